"""Buttons that start a conversation: 'start a check' (Home tab, FAQ replies, quick assessment) and 'check again'."""

from __future__ import annotations

import json
import logging
from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncRespond
from slack_sdk.web.async_client import AsyncWebClient

from bot import blocks
from bot.listeners.checks import action_token
from bot.listeners.errors import guard
from bot.services import Services
from bot.slack import origin, slack_call, user_lang
from flows.questions import valid_answers
from flows.texts import say

log = logging.getLogger(__name__)


def known_answers(value: str) -> dict[str, Any]:
    """Answers carried by a start button (from a quick assessment): only questions and options this app
    offers; anything else, and bad JSON, is dropped."""
    try:
        data = json.loads(value or "{}")
    except (ValueError, RecursionError):
        return {}
    return valid_answers(data)


async def responded(respond: AsyncRespond, body: dict[str, Any], text: str) -> bool:
    """A note only the clicker sees, through the click's response_url; False when that cannot be done."""
    if not body.get("response_url"):
        return False
    try:
        sent = await respond(response_type="ephemeral", replace_original=False, text=text)
    except Exception as error:
        log.warning("response_url failed: %s", type(error).__name__)
        return False
    return getattr(sent, "status_code", 200) == 200


def home_dm(body: dict[str, Any]) -> str | None:
    """The user's DM with the bot, as the Home tab they clicked in was published with it (its private
    metadata), or None. Only a hint: the first question is still posted to the user's id; after a crash the next
    worker looks there for it before posting it again."""
    view = body.get("view")
    hint = view.get("private_metadata") if isinstance(view, dict) and view.get("type") == "home" else None
    return hint if isinstance(hint, str) and hint.startswith("D") and len(hint) <= 32 else None


def register(app: AsyncApp, services: Services) -> None:
    @app.action(blocks.START)
    @guard
    async def on_start(ack: AsyncAck, body: dict, action: dict, client: AsyncWebClient,
                       respond: AsyncRespond) -> None:
        at = origin(body)
        if not at.user:
            await ack()
            return
        known = known_answers(action.get("value") or "")
        queued = await services.dm.accept_start(at.team, at.user, known=known or None,
                                                dm=at.channel if at.in_dm else home_dm(body),
                                                action_ts=action.get("action_ts") or "",
                                                tokens=action_token(at.user, action))
        await ack()
        if queued == "duplicate":
            return
        await services.dm.work(at.team, at.user)
        if at.channel and not at.in_dm:  # where the user clicked, even in a channel the bot is not in
            lang = await user_lang(client, at.user) or "ja"
            if not await responded(respond, body, say("dm_opened", lang)):
                await slack_call(client, "chat.postEphemeral", channel=at.channel, user=at.user,
                                 text=say("dm_opened", lang))

    @app.action(blocks.RESTART)
    @guard
    async def on_restart(ack: AsyncAck, body: dict, action: dict, client: AsyncWebClient) -> None:
        at = origin(body)
        if not at.user:
            await ack()
            return
        queued = await services.dm.accept_again(at.team, at.user, at.channel or "", action.get("value") or "",
                                                action.get("action_ts") or "", tokens=action_token(at.user, action),
                                                in_dm=True if at.in_dm else None)
        await ack()
        if queued != "duplicate":
            await services.dm.work(at.team, at.user)
