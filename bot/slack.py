"""Slack helpers every listener shares: who and where a payload comes from, the user's language, and the
Web API called with the project's error handling (log the method and error code, never text or tokens)."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot import metrics
from flows import lang as languages

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Origin:
    """Who sent a payload, from which workspace, and where (the channel and, for a click, the message)."""

    user: str | None
    team: str | None
    channel: str | None
    ts: str | None = None

    @property
    def in_dm(self) -> bool:
        return bool(self.channel) and self.channel.startswith("D")


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _text(*values: Any) -> str | None:
    """The first value that is a non-empty string."""
    return next((v for v in values if isinstance(v, str) and v), None)


def origin(body: dict[str, Any]) -> Origin:
    """The origin of an event, a click, a slash command or a form submission (None where a field is missing
    or not a string)."""
    event, container = _dict(body.get("event")), _dict(body.get("container"))
    user = _text(event.get("user"), _dict(body.get("user")).get("id"), body.get("user_id"))
    team = _text(body.get("team_id"), _dict(body.get("team")).get("id"))
    channel = _text(event.get("channel"), _dict(body.get("channel")).get("id"), container.get("channel_id"),
                    body.get("channel_id"))
    ts = _text(container.get("message_ts"), _dict(body.get("message")).get("ts"))
    return Origin(user, team, channel, ts)


def kind(body: dict[str, Any]) -> str:
    """What a payload is, for logs and metrics: the event type, the interaction type or the command; one of a
    known few (never what a sender made up)."""
    name = _text(_dict(body.get("event")).get("type"), body.get("type"), body.get("command") and "command")
    return name if name in KINDS else "other"


KINDS = frozenset({"message", "app_mention", "app_home_opened", "block_actions", "view_submission", "view_closed",
                   "command", "url_verification", "event_callback", "app_uninstalled", "tokens_revoked"})


async def slack_call(client: AsyncWebClient, method: str, **kwargs: Any) -> dict[str, Any] | None:
    """Call the Web API; on an error answer log the method and error code (never the text) and return None."""
    try:
        response = await getattr(client, method.replace(".", "_"))(**kwargs)
        return response.data if isinstance(response.data, dict) else None
    except SlackApiError as error:
        code = error.response.get("error", "unknown_error")
        log.warning("Slack %s failed: %s", method, code)
        metrics.SLACK_API_ERRORS.labels(metrics.word(method), metrics.word(code)).inc()
        return None


LANG_TTL = 600.0      # seconds a user's locale is remembered
LANG_CACHE_SIZE = 10_000
_langs: dict[tuple[str, str, str], tuple[float, str | None]] = {}


async def user_lang(client: AsyncWebClient, user_id: str) -> str | None:
    """The user's language from their Slack locale (needs users:read), or None; remembered for LANG_TTL per
    Slack API (a test's fake Slack has its own), workspace (its token: user ids of two workspaces may be the
    same) and user. A failed lookup is not remembered."""
    key = (str(client.base_url), client.token or "", user_id)
    now = time.monotonic()
    cached = _langs.get(key)
    if cached is not None and now - cached[0] < LANG_TTL:
        return cached[1]
    data = await slack_call(client, "users.info", user=user_id, include_locale=True)
    lang = languages.from_locale(((data or {}).get("user") or {}).get("locale"))
    if data is not None:
        if len(_langs) >= LANG_CACHE_SIZE:
            _langs.pop(next(iter(_langs)))
        _langs[key] = (now, lang)
    return lang


def forget_langs() -> None:
    """Forget every remembered locale (tests that change a user's locale)."""
    _langs.clear()


async def tell(client: AsyncWebClient, where: Origin, text: str) -> None:
    """A short note to the user: a message in their DM, or one only they see elsewhere."""
    if not (where.channel and where.user):
        return
    if where.in_dm:
        await slack_call(client, "chat.postMessage", channel=where.channel, text=text)
    else:
        await slack_call(client, "chat.postEphemeral", channel=where.channel, user=where.user, text=text)
