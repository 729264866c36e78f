"""When a listener fails: log the error's kind (never message text or tokens) and tell the user briefly."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot.app import Services
from bot.dm import slack_call
from bot.store import StoreUnavailable
from flows.lang import detect
from flows.texts import say

log = logging.getLogger(__name__)


def _channel_and_user(body: dict[str, Any]) -> tuple[str | None, str | None]:
    event = body.get("event") or {}
    channel = event.get("channel") or (body.get("channel") or {}).get("id") or body.get("channel_id")
    user = event.get("user") or (body.get("user") or {}).get("id") or body.get("user_id")
    return channel, user


def register(app: AsyncApp, services: Services) -> None:
    @app.error
    async def on_error(error: Exception, body: dict, client: AsyncWebClient) -> None:
        kind = (body.get("event") or {}).get("type") or body.get("type") or body.get("command") or "request"
        if not isinstance(error, StoreUnavailable):
            log.error("listener failed on %s: %s", kind, type(error).__name__)
            return
        log.error("store unavailable while handling %s: %s", kind, error)
        channel, user = _channel_and_user(body)
        if not (channel and user):
            return
        lang = detect((body.get("event") or {}).get("text") or "") or "ja"
        if channel.startswith("D"):
            await slack_call(client, "chat.postMessage", channel=channel, text=say("unavailable", lang))
        else:
            await slack_call(client, "chat.postEphemeral", channel=channel, user=user, text=say("unavailable", lang))
