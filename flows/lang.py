"""Which language to answer in: Japanese first, English for English speakers."""

from __future__ import annotations

import re

LANGS = ("ja", "en")
DEFAULT = "ja"
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# Words a Japanese speaker types in Latin letters too: they say nothing about the language.
NEUTRAL = {"ok", "okay", "line", "cw", "chatwork", "crowdworks", "lancers", "coconala", "id", "slack", "zoom",
           "url", "pc", "ng", "www", "http", "https", "com", "jp"}


def detect(text: str) -> str | None:
    """'ja' when the text has Japanese script, 'en' when it has English words, None when it can't tell."""
    text = re.sub(r"<[^>]*>", " ", text or "")  # Slack mentions and links
    if _JAPANESE.search(text):
        return "ja"
    words = [w.lower() for w in _LATIN_WORD.findall(text)]
    return "en" if any(w not in NEUTRAL for w in words) else None


def from_locale(locale: str | None) -> str | None:
    """'en' for an English Slack locale (en-US, en-GB…), 'ja' for ja-JP, None otherwise."""
    if not locale:
        return None
    prefix = locale.split("-")[0].lower()
    return prefix if prefix in LANGS else None
