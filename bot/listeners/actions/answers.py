"""Clicks on a question's buttons and checkboxes in the DM conversation: checked, queued in the store, then
acknowledged, then worked (bot/dm.py)."""

from __future__ import annotations

import logging
import re
from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot import blocks
from bot.listeners.checks import action_token, valid_pick
from bot.listeners.errors import guard
from bot.services import Services
from bot.slack import origin

log = logging.getLogger(__name__)


def ticked(body: dict[str, Any], block_id: str) -> list[Any]:
    """The values of the checkboxes ticked in the clicked message's block."""
    values = (body.get("state") or {}).get("values")
    state = (values.get(block_id) if isinstance(values, dict) else None) or {}
    selected = (state.get(blocks.CHECKBOXES) or {}).get("selected_options") if isinstance(state, dict) else None
    return [o.get("value") for o in selected if isinstance(o, dict)] if isinstance(selected, list) else []


def register(app: AsyncApp, services: Services) -> None:
    async def accept(ack: AsyncAck, body: dict, action: dict, values: list[Any] | None) -> None:
        at = origin(body)
        value = action.get("value") or ""
        _, question_id, option = blocks.parse_button_value(value)
        if not at.user or not valid_pick(question_id, option, values):
            log.warning("a click with a value this app did not offer: ignored")
            await ack()
            return
        queued = await services.dm.accept_pick(at.team, at.user, at.channel or "", at.ts or "", value, values,
                                               tokens=action_token(at.user, action), in_dm=at.in_dm)
        await ack()  # after the click is in the store
        if queued != "duplicate":
            await services.dm.work(at.team, at.user)

    @app.action(re.compile(f"^{blocks.ANSWER}:"))
    @guard
    async def on_answer(ack: AsyncAck, body: dict, action: dict, client: AsyncWebClient) -> None:
        await accept(ack, body, action, None)

    @app.action(blocks.CHECKBOXES)
    @guard
    async def on_tick(ack: AsyncAck, body: dict, client: AsyncWebClient) -> None:
        await ack()  # ticks are read from the message state when Done is pressed

    @app.action(blocks.SUBMIT_CHOICES)
    @guard
    async def on_submit(ack: AsyncAck, body: dict, action: dict, client: AsyncWebClient) -> None:
        await accept(ack, body, action, ticked(body, action.get("block_id") or ""))
