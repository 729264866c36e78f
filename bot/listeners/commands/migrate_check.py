"""/migrate-check: no text opens the form; text gets a quick assessment; help and forget.

Every branch acknowledges within Slack's 3 seconds: the quick assessment is computed locally and sent
as the acknowledgement itself.
"""

from __future__ import annotations

import json

from slack_bolt.async_app import AsyncAck, AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot import blocks
from bot.services import Services
from bot.slack import slack_call, user_lang
from bot.store import StoreUnavailable
from flows import parse
from flows.lang import detect
from flows.texts import say
from flows.verdict import assess

HELP = {parse.normalise(w) for w in ("help", "ヘルプ", "使い方", "?", "？", "-h", "--help")}
FORGET = {parse.normalise(w) for w in ("forget", "削除", "忘れて", "データ削除")}


def known_from(text: str) -> dict:
    """Answers and warning signs a free text states, read once (flows/parse.read)."""
    reading = parse.read(text)
    known: dict = dict(reading.facts)
    if reading.signs:
        known["warning_signs"] = list(reading.signs)
    return known


def quick_reply(text: str, lang: str) -> tuple[list, str]:
    """The immediate assessment of a /migrate-check text, with its details and reply buttons and a button to
    continue in DM."""
    reply, fallback = blocks.verdict_blocks(assess(known_from(text), lang), quick=True)
    return [b.to_dict() for b in reply], fallback


def register(app: AsyncApp, services: Services) -> None:
    @app.command("/migrate-check")
    async def migrate_check(ack: AsyncAck, command: dict, client: AsyncWebClient) -> None:
        text = (command.get("text") or "").strip()
        word = parse.normalise(text)
        if word in HELP or word in FORGET or not text:  # a keyword says nothing of the language: the locale does
            lang = await user_lang(client, command["user_id"]) or detect(text) or "ja"
        else:
            lang = detect(text) or "ja"
        if word in HELP:
            await ack(text=say("command_help", lang))
        elif word in FORGET:
            await forget(ack, services, client, command, lang)
        elif not text:
            await ack()
            metadata = json.dumps({"channel": command.get("channel_id"), "lang": lang})
            await slack_call(client, "views.open", trigger_id=command["trigger_id"],
                             view=blocks.modal_view(lang, metadata).to_dict())
        else:
            reply, fallback = quick_reply(text, lang)
            await ack(response_type="ephemeral", blocks=reply, text=fallback)


async def forget(ack: AsyncAck, services: Services, client: AsyncWebClient, command: dict, lang: str) -> None:
    try:
        await services.dm.forget(command.get("team_id"), command["user_id"])
    except StoreUnavailable:
        await ack(text=say("unavailable", lang))
        return
    await ack(text=say("forgotten", lang))
    await services.dm.publish_home(client, command["user_id"], lang, None)
