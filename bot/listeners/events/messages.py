"""Messages: a DM continues the user's conversation; in channels, FAQ questions and @mentions get a thread reply.

Ignored: edits and other subtypes, bot messages (ours included), and anything already handled: Slack's
retries, the second copy of a mention (`message` + `app_mention`), a thread already answered.

A DM is made durable before Slack gets its acknowledgement: Bolt acknowledges an event before it runs the
listener, so the listener's middleware (`accept_dm`) does the one store write — claim the event, queue the
message — and answers 503 (Slack sends the event again) when the store cannot take it. The listener, after
the acknowledgement, works the user's queue.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.response import BoltResponse
from slack_sdk.web.async_client import AsyncWebClient

from bot import metrics
from bot.inbox import Busy
from bot.listeners.errors import guard
from bot.once import CLAIM_TTL, event_token, message_token, scoped, thread_token
from bot.services import Services
from bot.slack import origin, slack_call, tell
from bot.store import StoreUnavailable
from flows import faq
from flows.lang import detect
from flows.texts import say

log = logging.getLogger(__name__)

MENTION = re.compile(r"<@([A-Z0-9]+)(?:\|[^>]*)?>")


def is_from_person(event: dict[str, Any], bot_user_id: str | None) -> bool:
    """A new message a person wrote, with or without files (not an edit, a join, a bot, or ourselves), with
    the fields a reply needs."""
    return (event.get("subtype") in (None, "", "file_share") and not event.get("bot_id")
            and bool(event.get("user")) and event.get("user") != bot_user_id
            and isinstance(event.get("channel"), str) and isinstance(event.get("ts"), str))


def has_files(event: dict[str, Any]) -> bool:
    return bool(event.get("files")) or event.get("subtype") == "file_share"


def mentions(text: str, user_id: str | None) -> bool:
    return bool(user_id) and user_id in MENTION.findall(text or "")


def without_mentions(text: str) -> str:
    return MENTION.sub(" ", text or "").strip()


def is_dm(event: dict[str, Any], bot_user_id: str | None) -> bool:
    return event.get("channel_type") == "im" and is_from_person(event, bot_user_id)


def retry_number(req: AsyncBoltRequest) -> int:
    """Slack's X-Slack-Retry-Num (0 for a first delivery; Socket Mode mirrors it)."""
    value = (req.headers or {}).get("x-slack-retry-num") or ["0"]
    text = value[0] if isinstance(value, list | tuple) else value
    return int(text) if str(text).isdigit() else 0


def dm_acceptor(services: Services) -> Callable[..., Awaitable[BoltResponse]]:
    async def accept_dm(req: AsyncBoltRequest, resp: BoltResponse, body: dict, context: dict,
                        client: AsyncWebClient, next: Callable[[], Awaitable[None]]) -> BoltResponse:
        """Before the acknowledgement: make a person's DM durable (or know it is a duplicate)."""
        event = body.get("event") or {}
        if not is_dm(event, context.get("bot_user_id")):
            await next()
            return resp
        tokens = [*event_token(body.get("event_id")), message_token(event["channel"], event["ts"])]
        retried = retry_number(req) > 0
        try:
            context["dm_queued"] = await services.dm.accept_text(
                body.get("team_id"), event["user"], event["channel"], without_mentions(event.get("text", "")),
                event["ts"], tokens, retried)
        except Busy:
            log.warning("store busy: the DM is left to Slack's retry")
            return BoltResponse(status=503, body="")
        except StoreUnavailable as error:
            log.error("store unavailable while accepting a DM: %s", error)
            if not retried:  # once, not on every one of Slack's retries
                lang = detect(event.get("text") or "") or "ja"
                _background(tell(client, origin(body), say("unavailable_retrying", lang)))
            return BoltResponse(status=503, body="")
        await next()
        return resp

    return accept_dm


_running: set[asyncio.Task] = set()


def _background(job: Awaitable[None]) -> None:
    task = asyncio.ensure_future(job)
    _running.add(task)
    task.add_done_callback(_running.discard)


async def reply_in_thread(services: Services, client: AsyncWebClient, body: dict[str, Any],
                          event: dict[str, Any], mentioned: bool) -> None:
    """Answer a channel message in its thread, once; mentions always get an answer."""
    text = without_mentions(event.get("text", ""))
    answer = faq.match_mention(text) if mentioned else faq.match(text)
    if answer is None and not mentioned:
        return
    team, channel, thread = body.get("team_id"), event["channel"], event.get("thread_ts") or event["ts"]
    tokens = [*event_token(body.get("event_id")), message_token(channel, event["ts"])]
    if not mentioned:
        tokens.append(thread_token(channel, thread))
    entry_id, lang = (answer.entry_id, answer.lang) if answer is not None else (None, detect(text) or "ja")
    # one store write claims the delivery and queues the answer: sent once, even across a crash
    ts = event["ts"]
    if await services.dm.accept_thread_answer(team, channel, ts, thread, entry_id, lang, tokens) == "duplicate":
        return
    if not services.pace.allow(team, event.get("user")):  # one member flooding a channel: not answered
        log.info("a channel answer skipped: the member asks faster than the pace allows")
        metrics.REFUSED.labels("too_fast").inc()
        await services.dm.drop_thread_answer(team, channel, ts)
        return
    if mentioned:  # a mention is always answered, and marks the thread as answered too
        await services.store.claim(scoped(team, thread_token(channel, thread)), CLAIM_TTL)
    await services.dm.work_thread(team, channel, ts)


def register(app: AsyncApp, services: Services) -> None:
    @app.event("message", middleware=[dm_acceptor(services)])
    @guard
    async def on_message(body: dict, event: dict, client: AsyncWebClient, context: dict) -> None:
        if not is_from_person(event, context.get("bot_user_id")):
            return
        if event.get("channel_type") == "im":
            resent = context.get("dm_queued") == "duplicate"  # a DM already queued: its note was sent then
            if has_files(event) and not resent:  # the text is answered; the files are not read
                lang = detect(event.get("text") or "") or "ja"
                await slack_call(client, "chat.postMessage", channel=event["channel"], text=say("files_not_read", lang))
            await services.dm.work(body.get("team_id"), event["user"])  # the DM was queued before the ack
        else:
            mentioned = mentions(event.get("text", ""), context.get("bot_user_id"))
            await reply_in_thread(services, client, body, event, mentioned)

    @app.event("app_mention")
    @guard
    async def on_mention(body: dict, event: dict, client: AsyncWebClient, context: dict) -> None:
        if event.get("bot_id") or event.get("user") == context.get("bot_user_id") or not is_from_person(
                {**event, "subtype": None}, context.get("bot_user_id")):
            return
        await reply_in_thread(services, client, body, event, mentioned=True)
