"""Japanese typed in Latin letters (romaji: "keiyaku wa mou shita yo", "nai desu"), as people without a Japanese
keyboard type it: recognised as Japanese, so that the conversation stays Japanese (flows/lang.py).

It is not read as Japanese: turned into kana it would lose what the reader finds in kanji (思う, 予定, 聞いた: the
hedges, promises and hearsay), and a reading safer than the words is worse than the question asked again with its
buttons. A word is romaji when it is from end to end (Hepburn, with the common variants); a message is romaji when
most of its Latin words are and it has words only Japanese has ("hai, no" or "ga ada" are not).
"""

from __future__ import annotations

import re

_VOWELS = "aiueo"
_CONSONANTS = "kstnhmrgzdbp"
_SYLLABLES = {c + v for c in ("", *_CONSONANTS) for v in _VOWELS} | {
    "ya", "yu", "yo", "wa", "wo", "shi", "chi", "tsu", "fu", "ji", "sha", "shu", "sho", "she", "cha", "chu", "cho",
    "che", "ja", "ju", "jo", "je", "fa", "fi", "fe", "fo",
} | {c + "y" + v for c in "kgnhmrbp" for v in "auo"}
_DOUBLED = set("kstcpgzdbjfhmr")  # a doubled consonant is a small っ ("natteta", "ikkatsu", "matcha")
# Words only Japanese has: endings and words of more than one syllable. Not the platform's terms, which English
# speakers type too ("keiyaku done"), nor "ga" or "wa", which Indonesian and English have.
_JAPANESE_ONLY = {
    "desu", "desuka", "deshita", "desune", "desuyo", "masu", "mashita", "masen", "shita", "shimashita", "shiteru",
    "shitenai", "shiteimasu", "shiteimasen", "shitemasu", "kedo", "keredo", "kedomo", "nai", "naidesu", "arimasen",
    "arimasu", "imasu", "dayo", "tte", "mada", "nandesu", "iwareta", "iwaremashita", "daijoubu", "naruhodo", "zenzen",
    "moratteru", "sareta", "natteta", "haitteru", "utsuritai", "iie", "sumimasen", "wakaranai", "wakarimasen",
}
# The platform's terms in romaji: in a Japanese conversation, romaji words beside them are no English
# ("honnin kakunin zumi de, hyouka mo takai"); on their own they say nothing (English speakers type "keiyaku done").
_TERMS = {"keiyaku", "karibarai", "shinsei", "shounin", "honnin", "kakunin", "hyouka", "jisseki", "kotei", "houshuu",
          "ikkatsu", "tanka", "renrakusaki", "koukai", "zumi", "sumi", "mibunshou", "kouza", "okane"}
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_ROMAJI_SHARE = 0.7
_ALONE = 3  # with one word only Japanese has, the message needs this many romaji words


def is_word(word: str) -> bool:
    """Whether one word is romaji from end to end ("keiyaku", "shinsei", "kan'i"; not "client", "card")."""
    i, word = 0, word.replace("n'", "n")
    while i < len(word):
        if i + 1 < len(word) and word[i] in _DOUBLED and (word[i + 1] == word[i] or word[i:i + 3] == "tch"):
            i += 1
            continue
        size = next((n for n in (3, 2, 1) if word[i:i + n] in _SYLLABLES), 0)
        if not size:
            if word[i] != "n" or (i + 1 < len(word) and word[i + 1] in _VOWELS + "y"):
                return False
            size = 1
        i += size
    return True


def is_romaji(text: str, neutral: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether the Latin words of `text` are Japanese in romaji: most of them are romaji, and two of them are words
    only Japanese has (or one, among a few more romaji words). `neutral` words (platform names, "ok") count for neither."""
    found = _latin(text, neutral)
    only = sum(w in _JAPANESE_ONLY for w in found)
    return bool(only) and _mostly_romaji(found) and (only >= 2 or sum(is_word(w) for w in found) >= _ALONE)


def mostly_japanese(text: str, neutral: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether most Latin words of `text` are romaji, one of them a word only Japanese has or a term in romaji
    ("jikan tanka sei. time card no app tsukatteru"; not "English please. keiyaku done, karibarai done")."""
    found = _latin(text, neutral)
    return any(w in _JAPANESE_ONLY or w in _TERMS for w in found) and _mostly_romaji(found)


def _latin(text: str, neutral: frozenset[str] | set[str]) -> list[str]:
    return [w for w in _WORD.findall(text.lower()) if w not in neutral]


def _mostly_romaji(found: list[str]) -> bool:
    return sum(is_word(w) for w in found) >= _ROMAJI_SHARE * len(found)
