"""/migrate-check: no text opens the form; text gets a quick assessment (and a question in it its answer); help
and forget.

Every branch acknowledges at once: the quick assessment is computed locally and sent as the
acknowledgement itself; help, forget and the form acknowledge first and answer through the command's
response_url afterwards (a slow Slack or store cannot make the command time out). A replayed command
(the same trigger_id) is handled once.
"""

from __future__ import annotations

import asyncio
import json

from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncRespond
from slack_sdk.models.blocks import ActionsBlock, DividerBlock
from slack_sdk.web.async_client import AsyncWebClient

from bot import blocks, metrics
from bot.listeners.checks import once
from bot.listeners.errors import guard
from bot.services import Services
from bot.slack import slack_call, user_lang
from bot.store import StoreUnavailable
from flows import faq, parse
from flows.lang import detect
from flows.texts import say
from flows.verdict import assess

HELP = {parse.normalise(w) for w in ("help", "ヘルプ", "使い方", "?", "？", "-h", "--help")}
FORGET = {parse.normalise(w) for w in ("forget", "削除", "忘れて", "データ削除")}
LANG_WAIT = 1.0  # seconds the locale lookup may take before the form opens (its trigger_id lapses after 3 s)


def known_from(text: str) -> dict:
    """Answers and warning signs a free text states, read once (flows/parse.read)."""
    reading = parse.read(text)
    known: dict = dict(reading.facts)
    if reading.signs:
        known["warning_signs"] = list(reading.signs)
    return known


def quick_reply(text: str, lang: str) -> tuple[list, str]:
    """The immediate answer to a /migrate-check text: a question the FAQ covers gets its answer; a situation
    gets the assessment, with its details and reply buttons and a button to continue in DM; both get both."""
    known = known_from(text)
    question = faq.asked(text, command=True, situation=bool(known))
    answer_blocks, answer_text = blocks.faq_blocks(question.answer(lang), button=None) if question else ([], "")
    if question and not known:
        answer_blocks.append(ActionsBlock(elements=[blocks.start_button(lang, text_key="continue_in_dm")]))
        return [b.to_dict() for b in answer_blocks], answer_text
    verdict = assess(known, lang)
    metrics.VERDICTS.labels(str(verdict.level), "quick").inc()
    reply, fallback = blocks.verdict_blocks(verdict, quick=True)
    if question:
        reply, fallback = [*answer_blocks, DividerBlock(), *reply], f"{answer_text}\n\n{fallback}"
    return [b.to_dict() for b in reply], fallback


async def locale(client: AsyncWebClient, user: str, text: str) -> str:
    """The user's language for a keyword or an empty command (which say nothing of it): the locale, unless
    Slack is slow to tell it."""
    try:
        found = await asyncio.wait_for(user_lang(client, user), LANG_WAIT)
    except TimeoutError:
        found = None
    return found or detect(text) or "ja"


def register(app: AsyncApp, services: Services) -> None:
    @app.command("/migrate-check")
    @guard
    async def migrate_check(ack: AsyncAck, command: dict, client: AsyncWebClient, respond: AsyncRespond,
                            body: dict) -> None:
        text = (command.get("text") or "").strip()
        word = parse.normalise(text)
        user = command.get("user_id") or ""
        quick = text and word not in HELP and word not in FORGET  # help and forget are never refused
        if quick and not services.pace.allow(command.get("team_id"), user):  # hundreds in a row: not read
            metrics.REFUSED.labels("too_fast").inc()
            await ack(response_type="ephemeral", text=say("too_fast", detect(text) or "ja"))
            return
        if quick:
            reply, fallback = quick_reply(text, detect(text) or "ja")
            await ack(response_type="ephemeral", blocks=reply, text=fallback)
            return
        await ack()
        if not await once(services, command.get("team_id"), [f"command:{command.get('trigger_id')}"] if command.get("trigger_id") else []):
            return
        lang = await locale(client, user, text)
        if word in HELP:
            await respond(response_type="ephemeral", text=say("command_help", lang))
        elif word in FORGET:
            await forget(services, client, command, respond, lang)
        else:
            metadata = json.dumps({"channel": command.get("channel_id"), "lang": lang,
                                   "response_url": command.get("response_url")})
            await slack_call(client, "views.open", trigger_id=command.get("trigger_id"),
                             view=blocks.modal_view(lang, metadata).to_dict())


async def forget(services: Services, client: AsyncWebClient, command: dict, respond: AsyncRespond, lang: str) -> None:
    try:
        await services.dm.forget(command.get("team_id"), command["user_id"])
    except StoreUnavailable:
        await respond(response_type="ephemeral", text=say("unavailable", lang))
        return
    await respond(response_type="ephemeral", text=say("forgotten", lang))
    await services.dm.publish_home(client, command["user_id"], lang, None)
