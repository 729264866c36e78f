"""Clicks on a question's buttons and checkboxes in the DM conversation: queued in the store, then
acknowledged, then worked (bot/dm.py)."""

from __future__ import annotations

import re
from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot import blocks
from bot.listeners.errors import store_guard
from bot.services import Services
from bot.slack import origin


def ticked(body: dict[str, Any], block_id: str) -> list[str]:
    """The values of the checkboxes ticked in the clicked message's block."""
    state = ((body.get("state") or {}).get("values") or {}).get(block_id) or {}
    selected = (state.get(blocks.CHECKBOXES) or {}).get("selected_options") or []
    return [option["value"] for option in selected]


def register(app: AsyncApp, services: Services) -> None:
    @app.action(re.compile(f"^{blocks.ANSWER}:"))
    @store_guard
    async def on_answer(ack: AsyncAck, body: dict, action: dict, client: AsyncWebClient) -> None:
        at = origin(body)
        await services.dm.accept_pick(at.team, at.user, at.channel or "", at.ts or "", action.get("value", ""))
        await ack()  # after the click is in the store
        await services.dm.work(at.team, at.user)

    @app.action(blocks.CHECKBOXES)
    async def on_tick(ack: AsyncAck) -> None:
        await ack()  # ticks are read from the message state when Done is pressed

    @app.action(blocks.SUBMIT_CHOICES)
    @store_guard
    async def on_submit(ack: AsyncAck, body: dict, action: dict, client: AsyncWebClient) -> None:
        at, values = origin(body), ticked(body, action.get("block_id", ""))
        await services.dm.accept_pick(at.team, at.user, at.channel or "", at.ts or "", action.get("value", ""),
                                      values)
        await ack()
        await services.dm.work(at.team, at.user)
