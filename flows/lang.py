"""Which language to answer in: Japanese first, English for English speakers."""

from __future__ import annotations

import re

LANGS = ("ja", "en")
DEFAULT = "ja"
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def detect(text: str) -> str | None:
    """'ja' when the text has Japanese script, 'en' when it has English words only, None when it can't tell."""
    if _JAPANESE.search(text or ""):
        return "ja"
    if _LATIN_WORD.search(text or ""):
        return "en"
    return None


def from_locale(locale: str | None) -> str | None:
    """'en' for an English Slack locale (en-US, en-GB…), 'ja' for ja-JP, None otherwise."""
    if not locale:
        return None
    prefix = locale.split("-")[0].lower()
    return prefix if prefix in LANGS else None
