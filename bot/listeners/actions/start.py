"""Buttons that start a conversation: 'start a check' (Home tab, FAQ replies, quick assessment) and 'check again'."""

from __future__ import annotations

import json
from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot import blocks
from bot.listeners.errors import store_guard
from bot.services import Services
from bot.slack import origin, slack_call, user_lang
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
        at = origin(body)
        known = known_answers(action.get("value", ""))
        await services.dm.accept_start(at.team, at.user, known=known or None, action_ts=action.get("action_ts", ""))
        await ack()
        await services.dm.work(at.team, at.user)
        if at.channel and not at.in_dm:
            lang = await user_lang(client, at.user) or "ja"
            await slack_call(client, "chat.postEphemeral", channel=at.channel, user=at.user, text=say("dm_opened", lang))

    @app.action(blocks.RESTART)
    @store_guard
    async def on_restart(ack: AsyncAck, body: dict, action: dict, client: AsyncWebClient) -> None:
        at = origin(body)
        await services.dm.accept_again(at.team, at.user, at.channel or "", action.get("value", ""),
                                       action.get("action_ts", ""))
        await ack()
        await services.dm.work(at.team, at.user)
