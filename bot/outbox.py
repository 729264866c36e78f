"""What a turn sends: Slack calls ({"method", "args"}, made by bot/render.py), recorded in the user's record
(the outbox) in the same write that applies the turn, then sent in order, each item marked sent (removed) right
after it went out. A restart, or another instance, sends what is left; a send is repeated only if the process
died between it and its mark.

An item with a `note` is one its conversation wants to hear back about: the mark passes the note, where the
post landed (or why Slack refused it for good) and the record's state to `on_sent`, and stores what it
returns (flows.dm.delivered: a question counts as asked only once Slack accepted it). A 429 is waited out here, not in the client, and the item is checked before each try: once it is
no longer the next thing to send (the conversation moved on elsewhere), it is dropped, never sent late.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.web.async_client import AsyncWebClient

from bot import metrics
from bot.sessions import Session, Sessions

log = logging.getLogger(__name__)
TRANSIENT_WAITS = (1.0, 2.0, 4.0)  # back-off before each new try after Slack said it is busy or in trouble
BLOCK_ERRORS = {"invalid_blocks", "invalid_blocks_format", "msg_blocks_too_long"}  # sent again as plain text
REPEATABLE = {"chat.update", "views.publish"}  # sending one again sets the same content: no repeat seen
METADATA_TYPE = "advisor_message"  # a post's metadata carries its outbox id (Outbox._already_posted)
HISTORY_LOOKBACK = 20  # latest messages of a channel looked through for a post a dead worker may have sent
MARK_TRIES = 10  # compare-and-set tries to mark items sent
SLACK_TROUBLE = {"internal_error", "fatal_error", "service_unavailable", "request_timeout"}
Item = dict[str, Any]
StillMine = Callable[[], bool]
ClientFor = Callable[[str], Awaitable[AsyncWebClient]]  # the Web API client for a record key's workspace
# (the record's state, an item's note, where the post landed or None, why not) -> the state to store
OnSent = Callable[[dict[str, Any] | None, dict[str, Any], dict[str, Any] | None, str], dict[str, Any] | None]


@dataclass(frozen=True)
class Sent:
    ok: bool
    data: dict[str, Any]
    reason: str = ""  # why not: "busy" (rate limited), "slack_error", or "" (Slack's answer says nothing useful)
    superseded: bool = False  # not sent: it is no longer the next thing to send


def numbered(items: list[Item], seq: int) -> list[Item]:
    """The items with their ids. A post carries its id in the message's metadata, so that a worker taking over
    from one that died can tell whether it went out (Outbox._already_posted)."""
    out = []
    for n, item in enumerate(items):
        item = {**item, "id": f"{seq}.{n}"}
        if item["method"] == "chat.postMessage":
            metadata = {"event_type": METADATA_TYPE, "event_payload": {"item": item["id"]}}
            item["args"] = {**item["args"], "metadata": metadata}
        out.append(item)
    return out


class Outbox:
    def __init__(self, sessions: Sessions, client: AsyncWebClient, on_sent: OnSent,
                 client_for: ClientFor | None = None) -> None:
        self.sessions = sessions
        self.on_sent = on_sent
        self.client_for = client_for or _fixed(client)  # the client with the token of a record's workspace

    async def deliver(self, session: Session, still_mine: StillMine, left_over: bool = False) -> Session:
        """Send the record's outbox in order, marking each item; stops early only when the lease is lost. An
        item sending it again would not change (REPEATABLE) is marked with the item after it, in one write,
        or before that item starts waiting out a 429. With `left_over` (what a worker that died or lost its
        lease did not mark), the first post is looked for in its channel before it is sent: it went out if
        that worker died between sending it and marking it."""
        sent: list[tuple[Item, Sent]] = []  # sent, not marked yet: repeatable items only
        look_first, stuck = left_over, False

        async def mark() -> None:
            nonlocal session, sent, stuck
            if sent:
                marked = await self._mark(session, sent)
                stuck, session, sent = marked is None, marked or session, []

        while len(session.outbox) > len(sent) and still_mine() and not stuck:
            item = session.outbox[len(sent)]
            result = None
            if look_first and item["method"] == "chat.postMessage":
                look_first = False
                result = await self._already_posted(session.key, item)
            result = result or await self._send(session.key, item, still_mine, mark,
                                                lambda item=item: self._already_posted(session.key, item))
            if result is None:  # the lease was lost while waiting: the new holder sends it
                break
            sent.append((item, result))
            if item["method"] not in REPEATABLE or len(session.outbox) == len(sent):
                await mark()
        return session

    async def _send(self, key: str, item: Item, still_mine: StillMine,
                    before_waiting: Callable[[], Awaitable[None]],
                    went_out: Callable[[], Awaitable[Sent | None]] | None = None) -> Sent | None:
        args, tries, maybe_done = item["args"], 0, False
        while True:
            try:
                # the item's arguments are Slack's JSON already: no need for the typed method's conversions
                response = await (await self.client_for(key)).api_call(item["method"], json=args)
                return Sent(True, response.data if isinstance(response.data, dict) else {})
            except SlackApiError as error:
                answer = error.response
                code = str(answer.get("error", "unknown_error")) if isinstance(answer.data, dict) else "unknown_error"
                if code in BLOCK_ERRORS and "blocks" in args:  # Slack refused the layout: say it in plain text
                    log.warning("Slack %s refused the blocks (%s): sent again as plain text", item["method"], code)
                    metrics.OUTBOX_FAILURES.labels(item["method"], "plain_text").inc()
                    args = {**{k: v for k, v in args.items() if k != "blocks"},  # chat.update: [] clears them
                            **({"blocks": []} if item["method"] == "chat.update" else {})}
                    continue
                reason = _reason(code, answer.status_code)
                delay = _retry_after(answer.headers) if answer.status_code == 429 else None
                if delay is None and reason and tries < len(TRANSIENT_WAITS):  # busy or in trouble: back off
                    delay, tries = TRANSIENT_WAITS[tries], tries + 1
                    maybe_done = reason == "slack_error" and item["method"] == "chat.postMessage"
                if delay is None:  # a Retry-After is waited out however long (the lease is renewed meanwhile)
                    log.warning("Slack %s failed: %s", item["method"], code)
                    return self._refused(item, reason)
            except (SlackClientError, aiohttp.ClientError, TimeoutError) as error:
                # not tried again here: the post may have gone out with its answer lost (the client retries
                # the connection errors that prove it did not; a worker taking over looks for it first)
                log.warning("Slack %s failed: %s", item["method"], type(error).__name__)
                return self._refused(item, "slack_error")
            await before_waiting()
            await asyncio.sleep(delay)
            if not still_mine():
                return None
            if not await self._still_next(key, item):
                return Sent(False, {}, superseded=True)
            if maybe_done and went_out is not None:  # Slack's trouble may have posted it all the same
                maybe_done, found = False, await went_out()
                if found is not None:
                    return found

    @staticmethod
    def _refused(item: Item, reason: str) -> Sent:  # the method is one of the outbox's own (a fixed few)
        metrics.OUTBOX_FAILURES.labels(item["method"], reason or "refused").inc()
        return Sent(False, {}, reason)

    async def _already_posted(self, key: str, item: Item) -> Sent | None:
        """The post, when it is among the latest messages of its DM, or of its thread for a channel answer (found
        by the id in its metadata); None when it is not there or cannot be read (it is sent then). A post to a
        user id names its DM in `dm` when it is known; otherwise the DM is opened (conversations.open, which
        finds the one that exists) to look in it."""
        args = item["args"]
        channel = next((c for c in (args.get("channel"), item.get("dm"))
                        if isinstance(c, str) and c.startswith("D")), None)
        thread = args.get("thread_ts") if isinstance(args.get("thread_ts"), str) else None
        if channel is None and thread and isinstance(args.get("channel"), str) and args["channel"][:1] in "CG":
            channel = args["channel"]  # a thread answer: looked for among the thread's replies
        to_user = args.get("channel") if isinstance(args.get("channel"), str) else ""
        if channel is None and not to_user.startswith(("U", "W")):
            return None
        try:
            client = await self.client_for(key)
            if channel is None:  # posted to a user id (a button clicked in a channel): the DM it landed in
                channel = await _dm_of(client, to_user)
                if channel is None:
                    return None
            if thread and not channel.startswith("D"):
                response = await client.conversations_replies(channel=channel, ts=thread, limit=HISTORY_LOOKBACK,
                                                              include_all_metadata=True)
            else:
                response = await client.conversations_history(channel=channel, limit=HISTORY_LOOKBACK,
                                                              include_all_metadata=True)
        except (SlackClientError, aiohttp.ClientError, TimeoutError) as error:
            log.info("could not look for a message sent before a restart: %s", type(error).__name__)
            return None
        messages = response.data.get("messages") if isinstance(response.data, dict) else None
        for message in messages if isinstance(messages, list) else []:
            metadata = message.get("metadata") if isinstance(message, dict) else None
            payload = metadata.get("event_payload") if isinstance(metadata, dict) else None
            if isinstance(payload, dict) and payload.get("item") == item.get("id"):
                log.info("a message sent before a restart was found: not sent again")
                return Sent(True, {"channel": channel, "ts": message.get("ts")})
        return None

    async def _still_next(self, key: str, item: Item) -> bool:
        """Is `item` still the next thing to send for this conversation?"""
        current = await self.sessions.load(key)
        return bool(current.outbox) and current.outbox[0].get("id") == item.get("id")

    async def _mark(self, session: Session, sent: list[tuple[Item, Sent]]) -> Session | None:
        """Remove the items sent from the outbox, in one write, with what their notes change in the state.
        Bounded like every compare-and-set loop: a record that keeps changing under it is left to its writer
        (None: nothing more is sent now; whoever works the record next looks for the post before sending it)."""
        ids = [item.get("id") for item, _ in sent]
        for _ in range(MARK_TRIES):
            if [i.get("id") for i in session.outbox[: len(ids)]] != ids:
                return session  # someone else marked or replaced them
            state = session.state
            for item, result in sent:
                if item.get("note") and not result.superseded:
                    where = ({"channel": result.data.get("channel", item["args"]["channel"]),
                              "ts": result.data.get("ts")} if result.ok else None)
                    state = self.on_sent(state, item["note"], where, result.reason)
            saved = await self.sessions.save(replace(session, state=state, outbox=session.outbox[len(ids):]))
            if saved is not None:
                return saved
            session = await self.sessions.load(session.key)
        log.warning("sent items not marked: the record kept changing (left to the next worker, who looks first)")
        return None


async def _dm_of(client: AsyncWebClient, user: str) -> str | None:
    """The id of the bot's DM with `user` (conversations.open answers the existing one), or None."""
    response = await client.conversations_open(users=user)
    found = response.data.get("channel") if isinstance(response.data, dict) else None
    channel = found.get("id") if isinstance(found, dict) else None
    return channel if isinstance(channel, str) and channel.startswith("D") else None


def _fixed(client: AsyncWebClient) -> ClientFor:
    """One workspace: the same client for every record."""
    async def client_for(_key: str) -> AsyncWebClient:
        return client

    return client_for


def _retry_after(headers: Any) -> float:
    """Seconds from a Retry-After header (1 when missing or unreadable)."""
    for name, value in dict(headers or {}).items():
        if name.lower() == "retry-after":
            try:
                return max(1.0, float(value[0] if isinstance(value, list) else value))  # 0 would spin
            except (TypeError, ValueError):
                break
    return 1.0


def _reason(code: str, status: int) -> str:
    if code == "ratelimited" or status == 429:
        return "busy"
    if code in SLACK_TROUBLE or status >= 500:
        return "slack_error"
    return ""
