"""Buttons that start a conversation: 'start a check' (Home tab, FAQ replies, quick assessment) and 'check again'."""

from __future__ import annotations

import json
from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot import blocks
from bot.app import Services
from bot.dm import slack_call, user_lang
from bot.listeners.actions.answers import where
from bot.listeners.errors import store_guard
from flows.questions import BY_ID
from flows.texts import say


def known_answers(value: str) -> dict[str, Any]:
    """Answers carried by a start button (from a quick assessment); unknown keys and bad JSON are dropped."""
    try:
        data = json.loads(value or "{}")
    except ValueError:
        return {}
    return {k: v for k, v in data.items() if k in BY_ID} if isinstance(data, dict) else {}


def register(app: AsyncApp, services: Services) -> None:
    @app.action(blocks.START)
    @store_guard
    async def on_start(ack: AsyncAck, body: dict, action: dict, client: AsyncWebClient) -> None:
        await ack()
        user, team = body["user"]["id"], (body.get("team") or {}).get("id")
        channel, _ = where(body)
        known = known_answers(action.get("value", ""))
        await services.dm.start(client, team, user, known=known or None)
        if channel and not channel.startswith("D"):
            lang = await user_lang(client, user) or "ja"
            await slack_call(client, "chat.postEphemeral", channel=channel, user=user, text=say("dm_opened", lang))

    @app.action(blocks.RESTART)
    @store_guard
    async def on_restart(ack: AsyncAck, body: dict, action: dict, client: AsyncWebClient) -> None:
        await ack()
        channel, _ = where(body)
        await services.dm.on_restart(client, (body.get("team") or {}).get("id"), body["user"]["id"], channel,
                                     action.get("value", ""))
