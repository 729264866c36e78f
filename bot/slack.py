"""Slack helpers every listener shares: who and where a payload comes from, the user's language, and the
Web API called with the project's error handling (log the method and error code, never text or tokens)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

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


def origin(body: dict[str, Any]) -> Origin:
    """The origin of an event, a click, a slash command or a form submission."""
    event = body.get("event") or {}
    container = body.get("container") or {}
    user = event.get("user") or (body.get("user") or {}).get("id") or body.get("user_id")
    team = body.get("team_id") or (body.get("team") or {}).get("id")
    channel = (event.get("channel") or (body.get("channel") or {}).get("id") or container.get("channel_id")
               or body.get("channel_id"))
    ts = container.get("message_ts") or (body.get("message") or {}).get("ts")
    return Origin(user, team, channel, ts)


def kind(body: dict[str, Any]) -> str:
    """What a payload is, for logs: the event type, the interaction type or the command."""
    return (body.get("event") or {}).get("type") or body.get("type") or body.get("command") or "request"


async def slack_call(client: AsyncWebClient, method: str, **kwargs: Any) -> dict[str, Any] | None:
    """Call the Web API; on an error answer log the method and error code (never the text) and return None."""
    try:
        response = await getattr(client, method.replace(".", "_"))(**kwargs)
        return response.data if isinstance(response.data, dict) else None
    except SlackApiError as error:
        log.warning("Slack %s failed: %s", method, error.response.get("error", "unknown_error"))
        return None


async def user_lang(client: AsyncWebClient, user_id: str) -> str | None:
    """The user's language from their Slack locale (needs users:read), or None."""
    data = await slack_call(client, "users.info", user=user_id, include_locale=True)
    return languages.from_locale(((data or {}).get("user") or {}).get("locale"))


async def tell(client: AsyncWebClient, where: Origin, text: str) -> None:
    """A short note to the user: a message in their DM, or one only they see elsewhere."""
    if not (where.channel and where.user):
        return
    if where.in_dm:
        await slack_call(client, "chat.postMessage", channel=where.channel, text=text)
    else:
        await slack_call(client, "chat.postEphemeral", channel=where.channel, user=where.user, text=text)
