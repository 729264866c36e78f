"""Which language to answer in: Japanese first, English for English speakers.

The conversation's language is the person's: what they write as a whole when it says (a Japanese platform term
inside English text, "my 仮払い is done", or a Japanese notice pasted in quotes says nothing; Japanese typed in
Latin letters, "keiyaku wa mou shita yo", is Japanese), else their Slack
locale, else Japanese. Once a
conversation has a language, only a message clearly written in the other language switches it.
"""

from __future__ import annotations

import re

from flows import romaji

LANGS = ("ja", "en")
DEFAULT = "ja"
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# Words a Japanese speaker types in Latin letters too: they say nothing about the language.
NEUTRAL = {"ok", "okay", "line", "cw", "chatwork", "crowdworks", "lancers", "coconala", "id", "slack", "zoom",
           "url", "pc", "ng", "www", "http", "https", "com", "jp"}
# Platform terms an English speaker writes in Japanese: they say nothing about the language either.
TERMS = re.compile(
    "サービス外連絡申請|外部連絡申請|連絡先公開申請|仮払い済み|仮払い済|仮払済み|仮払済|仮払い|仮払|本人確認済み|本人確認|"
    "認定クライアント|発注ルールチェック済み|クラウドワークス|チャットワーク|ランサーズ|ココナラ|直接取引|検収|"
    "マイルストーン|タイムカード|固定報酬|時間単価|タスク形式|コンペ|クラワク|済み|済")
_CLEAR_WORDS = 3   # a message switches a conversation's language only with this many words of the other one …
_STRAY = 1         # … and hardly any of its own (「fixedのone paymentです」 is Japanese with English words in it)
# Text quoted or pasted in (「…」, 『…』, a platform notice 【クラウドワークス】…) is someone else's words: it says nothing
# about the language of the person who quotes it.
_QUOTED = re.compile(r"「[^「」]*」|『[^『』]*』")
_NOTICE = re.compile(r"【(?:クラウドワークス|crowdworks|CrowdWorks|ランサーズ|lancers|Lancers)】[^「」『』\n]*")  # the platform's
_ENGLISH_AROUND = 2  # Latin words outside the quotes that make the quotes someone else's words


def _weights(text: str, in_japanese: bool = False) -> tuple[float, int]:
    """(Japanese words, English words) in the text, platform terms and neutral words left out. A Japanese word
    is counted as two characters; so is a romaji word in a message of romaji. `in_japanese` (a Japanese
    conversation): in a message mostly of romaji, with a word only Japanese has or a term, romaji words are no English
    ("jikan tanka sei. time card no app tsukatteru")."""
    text = _NOTICE.sub(" ", re.sub(r"<[^>]*>", " ", text or ""))  # Slack mentions and links, a pasted platform notice
    outside = text
    for _ in range(3):  # quotes, from the innermost out
        outside, found = _QUOTED.subn(" ", outside)
        if not found:
            break
    if outside != text and len(_LATIN_WORD.findall(outside)) >= _ENGLISH_AROUND:
        text = outside  # English written around a Japanese quote: the quote is someone else's words
    text = TERMS.sub(" ", text)
    japanese = len(_JAPANESE.findall(text)) / 2
    latin = [w for w in _LATIN_WORD.findall(text) if w.lower() not in NEUTRAL]
    if romaji.is_romaji(text, NEUTRAL):  # "keiyaku wa mou shita yo": Japanese in Latin letters
        said = [w for w in latin if romaji.is_word(w.lower())]
        return japanese + len(said), len(latin) - len(said)
    if in_japanese and romaji.mostly_japanese(text, NEUTRAL):
        return japanese, sum(1 for w in latin if not romaji.is_word(w.lower()))
    return japanese, len(latin)


def detect(text: str) -> str | None:
    """'ja' or 'en', by what most of the text is written in; None when it can't tell."""
    japanese, english = _weights(text)
    if not japanese and not english:
        return None
    return "ja" if japanese >= english else "en"


def choose(current: str | None, text: str, locale: str | None = None, new: bool = False) -> str:
    """The conversation's language after this message. A new conversation: the text's language, else the
    locale's, else the current one, else Japanese. A conversation under way switches only on a message
    clearly in the other language (a few words of it and hardly any of the current one)."""
    if new or current not in LANGS:
        return detect(text) or locale or (current if current in LANGS else DEFAULT)
    japanese, english = _weights(text, in_japanese=current == "ja")
    if current == "ja" and english >= _CLEAR_WORDS and japanese <= _STRAY:
        return "en"
    if current == "en" and japanese >= _CLEAR_WORDS and english <= _STRAY:
        return "ja"
    return current


def from_locale(locale: str | None) -> str | None:
    """'en' for an English Slack locale (en-US, en-GB…), 'ja' for ja-JP, None otherwise."""
    if not locale:
        return None
    prefix = locale.split("-")[0].lower()
    return prefix if prefix in LANGS else None
