"""What a turn sends: recorded in the conversation's record (the outbox) in the same write that applies the
turn, then sent in order, each item marked sent (removed) right after it went out. A restart, or another
instance, sends what is left; a send is repeated only if the process died between it and its mark.

A question (or verdict) counts as asked only once Slack accepted it: the mark notes where it landed (refs);
a post Slack refused for good notes the question as unseen instead, and the user's next message gets it
again. A 429 is waited out here, not in the client, and the item is checked before each try: once it is
no longer the next thing to send (the conversation moved on elsewhere), it is dropped, never sent late.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.web.async_client import AsyncWebClient

from bot import blocks
from bot.sessions import Session, Sessions
from flows.conversation import Ask, Chosen, Result, Say, Turn
from flows.plain import say_text

log = logging.getLogger(__name__)
RATE_LIMIT_WAIT = 30.0  # seconds of Retry-After one item may wait out in all
IDEMPOTENT = {"chat.update", "views.publish"}  # sending these twice shows the same thing
SLACK_TROUBLE = {"internal_error", "fatal_error", "service_unavailable", "request_timeout"}
Item = dict[str, Any]
StillMine = Callable[[], bool]


@dataclass(frozen=True)
class Sent:
    ok: bool
    data: dict[str, Any]
    reason: str = ""  # why not: "busy" (rate limited), "slack_error", or "" (Slack's answer says nothing useful)
    superseded: bool = False  # not sent: it is no longer the next thing to send


def render(turn: Turn, refs: dict[str, Any], channel: str, user: str, seq: int) -> tuple[list[Item], dict[str, Any]]:
    """The Slack calls a turn makes, in order, and where the open question's message is afterwards."""
    lang, notes, items = turn.conversation.lang, [], []
    for output in turn.outputs:
        if isinstance(output, Chosen):
            if refs.get("ts") and refs.get("question") == output.question.id:
                answered, text = blocks.chosen_blocks(output, lang)
                items.append(update(refs, answered, text))
            refs = {}
        elif isinstance(output, Say):
            notes.append(say_text(output, lang))
        elif isinstance(output, Ask):
            if refs.get("ts") and refs.get("question") == output.question.id:  # asked again below
                retired, text = blocks.retired_question_blocks(output, lang)
                items.append(update(refs, retired, text))
            ask_blocks, text = blocks.question_blocks(output, lang, notes, turn.conversation.round)
            items.append(post(channel, ask_blocks, text, ask=output.question.id, run=turn.conversation.round))
            notes, refs = [], {}
        elif isinstance(output, Result):
            verdict_blocks, text = blocks.verdict_blocks(output.verdict, notes, run=turn.conversation.round)
            items.append(post(channel, verdict_blocks, text, ask="verdict", run=turn.conversation.round))
            items.append(home(user, output.verdict.lang, output.verdict))
            notes, refs = [], {}
    if notes:
        items.append(post(channel, *blocks.notes_blocks(notes)))
    return numbered(items, seq), refs


def post(channel: str, message_blocks: list[Any], text: str, ask: str | None = None, run: int = 0) -> Item:
    item: Item = {"method": "chat.postMessage",
                  "args": {"channel": channel, "text": text, "blocks": [b.to_dict() for b in message_blocks]}}
    if ask:
        item.update(ask=ask, round=run)
    return item


def update(refs: dict[str, Any], message_blocks: list[Any], text: str) -> Item:
    return {"method": "chat.update", "args": {"channel": refs["channel"], "ts": refs["ts"], "text": text,
                                              "blocks": [b.to_dict() for b in message_blocks]}}


def aside(channel: str, user: str, text: str) -> Item:
    return {"method": "chat.postEphemeral", "args": {"channel": channel, "user": user, "text": text}}


def home(user: str, lang: str, verdict: Any) -> Item:
    return {"method": "views.publish", "args": {"user_id": user, "view": blocks.home_view(lang, verdict).to_dict()}}


def numbered(items: list[Item], seq: int) -> list[Item]:
    return [{**item, "id": f"{seq}.{n}"} for n, item in enumerate(items)]


class Outbox:
    def __init__(self, sessions: Sessions, client: AsyncWebClient) -> None:
        self.sessions = sessions
        self.client = client

    async def deliver(self, session: Session, still_mine: StillMine) -> Session:
        """Send the record's outbox in order, marking items sent; stops early only when the lease is lost. An
        update (chat.update, views.publish) is marked together with the item after it: sending it twice
        changes nothing."""
        sent_ahead = 0  # items at the head sent but not yet marked
        while len(session.outbox) > sent_ahead and still_mine():
            item = session.outbox[sent_ahead]
            sent = await self._send(session.key, item, still_mine)
            if sent is None:  # the lease was lost while waiting: the new holder sends it
                break
            sent_ahead += 1
            if item["method"] in IDEMPOTENT and len(session.outbox) > sent_ahead:
                continue
            session = await self._mark(session, [i.get("id") for i in session.outbox[:sent_ahead]], item, sent)
            sent_ahead = 0
        return session

    async def _send(self, key: str, item: Item, still_mine: StillMine) -> Sent | None:
        waited = 0.0
        while True:
            try:
                response = await getattr(self.client, item["method"].replace(".", "_"))(**item["args"])
                return Sent(True, response.data if isinstance(response.data, dict) else {})
            except SlackApiError as error:
                answer = error.response
                code = str(answer.get("error", "unknown_error")) if isinstance(answer.data, dict) else "unknown_error"
                delay = _retry_after(answer.headers) if answer.status_code == 429 else None
                if delay is None or waited + delay > RATE_LIMIT_WAIT:
                    log.warning("Slack %s failed: %s", item["method"], code)
                    return Sent(False, {}, _reason(code, answer.status_code))
            except (SlackClientError, aiohttp.ClientError, TimeoutError) as error:
                log.warning("Slack %s failed: %s", item["method"], type(error).__name__)
                return Sent(False, {}, "slack_error")
            await asyncio.sleep(delay)
            waited += delay
            if not still_mine():
                return None
            if not await self._still_next(key, item):
                return Sent(False, {}, superseded=True)

    async def _still_next(self, key: str, item: Item) -> bool:
        """Is `item` still to be sent for this conversation (not marked or replaced by someone else)?"""
        current = await self.sessions.load(key)
        return any(i.get("id") == item.get("id") for i in current.outbox)

    async def _mark(self, session: Session, ids: list[Any], item: Item, sent: Sent) -> Session:
        """Remove the items `ids` (the head of the outbox, `item` last) from the outbox; for a question, note
        where it landed, or that it was not seen."""
        while True:
            if [i.get("id") for i in session.outbox[:len(ids)]] != ids:
                return session  # someone else marked or replaced them
            changes: dict[str, Any] = {"outbox": session.outbox[len(ids):]}
            if item.get("ask") and not sent.superseded:
                if sent.ok:
                    where = {"channel": sent.data.get("channel", item["args"]["channel"]), "ts": sent.data.get("ts")}
                    changes.update(refs={**where, "question": item["ask"]}, unseen=None)
                else:
                    changes["unseen"] = {"question": item["ask"], "round": item.get("round", 0),
                                         "reason": sent.reason}
            saved = await self.sessions.save(replace(session, **changes))
            if saved is not None:
                return saved
            session = await self.sessions.load(session.key)


def _retry_after(headers: Any) -> float:
    """Seconds from a Retry-After header (1 when missing or unreadable)."""
    for name, value in dict(headers or {}).items():
        if name.lower() == "retry-after":
            try:
                return max(0.0, float(value[0] if isinstance(value, list) else value))
            except (TypeError, ValueError):
                break
    return 1.0


def _reason(code: str, status: int) -> str:
    if code == "ratelimited" or status == 429:
        return "busy"
    if code in SLACK_TROUBLE or status >= 500:
        return "slack_error"
    return ""
