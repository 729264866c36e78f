"""The /migrate-check form submitted: the verdict as an ephemeral message where the command was typed,
or in a DM where that is impossible (the bot is not in that channel)."""

from __future__ import annotations

import json

from slack_bolt.async_app import AsyncAck, AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot import blocks
from bot.listeners.errors import store_guard
from bot.services import Services
from bot.slack import origin, slack_call
from flows.verdict import assess


def metadata(view: dict) -> dict:
    try:
        data = json.loads(view.get("private_metadata") or "{}")
    except ValueError:
        data = {}
    return data if isinstance(data, dict) else {}


def register(app: AsyncApp, services: Services) -> None:
    @app.view(blocks.MODAL)
    @store_guard
    async def on_submit(ack: AsyncAck, body: dict, view: dict, client: AsyncWebClient) -> None:
        await ack()
        at = origin(body)
        user, team = at.user, at.team
        meta = metadata(view)
        lang = meta.get("lang") if meta.get("lang") in ("ja", "en") else "ja"
        answers = blocks.modal_answers((view.get("state") or {}).get("values") or {})
        verdict = assess(answers, lang)
        reply, text = blocks.verdict_blocks(verdict)
        payload = {"text": text, "blocks": [b.to_dict() for b in reply]}
        sent = None
        if meta.get("channel"):
            sent = await slack_call(client, "chat.postEphemeral", channel=meta["channel"], user=user, **payload)
        if sent is None:
            await slack_call(client, "chat.postMessage", channel=user, **payload)
        await services.dm.keep_verdict(team, user, answers, lang)
        await services.dm.publish_home(client, user, lang, verdict)
