"""Japanese typed in Latin letters (romaji: "keiyaku wa mou shita yo", "karibarai zumi"), as people without a
Japanese keyboard type it: recognised as Japanese, and turned into hiragana for the reader (flows/parse.py),
which then reads it as any Japanese text (words.MISHEARD gives the terms their usual spelling: けいやく → 契約).

Hepburn, with the common variants (si, ti, tu, hu, zi; ou and oo for long vowels are kept as typed). A word is
converted only when it is romaji from end to end, so English words in the same message ("client", "chatwork",
"time card") stay as they are; a message is taken as romaji only when most of its Latin words are romaji and
some of them are words only Japanese has (particles, endings, the platform's terms).
"""

from __future__ import annotations

import re

_VOWELS = "aiueo"
_ROWS = {
    "": "あいうえお", "k": "かきくけこ", "s": "さしすせそ", "t": "たちつてと", "n": "なにぬねの", "h": "はひふへほ",
    "m": "まみむめも", "r": "らりるれろ", "g": "がぎぐげご", "z": "ざじずぜぞ", "d": "だぢづでど", "b": "ばびぶべぼ",
    "p": "ぱぴぷぺぽ",
}
_SYLLABLES: dict[str, str] = {c + v: kana[i] for c, kana in _ROWS.items() for i, v in enumerate(_VOWELS)}
_SYLLABLES.update({
    "ya": "や", "yu": "ゆ", "yo": "よ", "wa": "わ", "wo": "を", "shi": "し", "si": "し", "chi": "ち", "ti": "ち",
    "tsu": "つ", "tu": "つ", "fu": "ふ", "hu": "ふ", "ji": "じ", "zi": "じ", "di": "ぢ", "du": "づ",
    "sha": "しゃ", "shu": "しゅ", "sho": "しょ", "she": "しぇ", "cha": "ちゃ", "chu": "ちゅ", "cho": "ちょ", "che": "ちぇ",
    "ja": "じゃ", "ju": "じゅ", "jo": "じょ", "je": "じぇ", "fa": "ふぁ", "fi": "ふぃ", "fe": "ふぇ", "fo": "ふぉ",
})
for _c, _i in (("k", "き"), ("g", "ぎ"), ("n", "に"), ("h", "ひ"), ("m", "み"), ("r", "り"), ("b", "び"), ("p", "ぴ"),
               ("s", "し"), ("z", "じ"), ("t", "ち")):
    _SYLLABLES.update({_c + "y" + v: _i + small for v, small in (("a", "ゃ"), ("u", "ゅ"), ("o", "ょ"))})
_DOUBLED = set("kstcpgzdbjfhmr")  # a doubled consonant is a small っ ("natteta", "ikkatsu", "matcha")
# Particles written as they sound: 「は」「を」「へ」 when they stand alone.
_PARTICLES = {"wa": "は", "wo": "を", "e": "へ"}
# Words only Japanese has: at least one of them makes a message of romaji words Japanese.
_JAPANESE_ONLY = {
    "desu", "desuka", "deshita", "desune", "desuyo", "masu", "mashita", "masen", "shita", "shimashita", "shiteru",
    "shitenai", "shiteimasu", "shiteimasen", "shitemasu", "kedo", "keredo", "kedomo", "nai", "naidesu", "arimasen",
    "arimasu", "imasu", "dayo", "dane", "tte", "mada", "zumi", "ga", "wa", "wo", "nandesu", "iwareta",
    "iwaremashita", "daijoubu", "keiyaku", "karibarai", "shinsei", "shounin", "honnin", "kakunin", "hyouka",
    "jisseki", "kotei", "houshuu", "ikkatsu", "tanka", "renrakusaki", "koukai", "okane", "kouza", "mibunshou",
    "naruhodo", "zenzen", "moratteru", "sareta", "natteta", "haitteru", "utsuritai", "hai", "iie", "toku",
}
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_ROMAJI_SHARE = 0.7


def to_kana(word: str) -> str | None:
    """The hiragana of one romaji word ("keiyaku" → けいやく), or None when it is not romaji from end to end."""
    if word in _PARTICLES:
        return _PARTICLES[word]
    out, i = [], 0
    word = word.replace("n'", "ん")
    while i < len(word):
        if word[i] == "ん":
            out.append("ん")
            i += 1
            continue
        if i + 1 < len(word) and word[i] in _DOUBLED and (word[i + 1] == word[i] or word[i:i + 3] == "tch"):
            out.append("っ")
            i += 1
            continue
        for size in (3, 2, 1):
            kana = _SYLLABLES.get(word[i:i + size])
            if kana:
                out.append(kana)
                i += size
                break
        else:
            if word[i] != "n" or (i + 1 < len(word) and word[i + 1] in _VOWELS + "y"):
                return None
            out.append("ん")
            i += 1
    return "".join(out)


def is_romaji(text: str, neutral: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether the Latin words of `text` are Japanese in romaji: most of them are romaji, one of them a word only
    Japanese has. `neutral` words (platform names, "ok") count for neither."""
    found = [w for w in _WORD.findall(text.lower()) if w not in neutral]
    if not any(w in _JAPANESE_ONLY for w in found):
        return False
    romaji = [w for w in found if to_kana(w) is not None]
    return len(romaji) >= _ROMAJI_SHARE * len(found)


def as_kana(text: str) -> str:
    """`text` (lower case) with each romaji word in hiragana, the spaces between two of them dropped
    ("keiyaku wa mou shita yo" → けいやくはもうしたよ); other words as they are."""
    out: list[str] = []
    last = 0
    previous_kana = False
    for m in _WORD.finditer(text):
        kana = to_kana(m.group())
        gap = text[last:m.start()]
        if kana is not None and previous_kana and not gap.strip():
            gap = ""
        out.append(gap + (kana if kana is not None else m.group()))
        previous_kana = kana is not None
        last = m.end()
    out.append(text[last:])
    return "".join(out)
