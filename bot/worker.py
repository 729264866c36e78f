"""Working each user's queue: inputs in, in order and one at a time, Slack calls out. Delivery only: the
conversation's state is opaque here, and what an input does to it is the `apply` function given (bot/dm.py).

An input is first made durable in the user's queue with one store write, before Slack gets its ack (`put`,
bot/inbox.py). Then whoever holds the user's lease works the queue (`work`), one input at a time and in order:
one compare-and-set write applies the input to the state and records the Slack calls to make (the outbox,
bot/outbox.py); the sends follow, each marked once done, before the next input is applied.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import Any

from slack_sdk.web.async_client import AsyncWebClient

from bot import metrics
from bot.inbox import LEASE_TTL, Inbox, StillMine, Work
from bot.outbox import ClientFor, Item, OnSent, Outbox, numbered
from bot.sessions import Session, Sessions
from bot.store import Store, StoreUnavailable
from bot.store.base import Leased, Queued

log = logging.getLogger(__name__)
SAVE_TRIES = 10
State = dict[str, Any] | None
# (the record's key, its state, one queued input) -> the new state and the Slack calls that say what it did
Apply = Callable[[str, State, dict[str, Any]], Awaitable[tuple[State, list[Item]]]]
Change = Callable[[State], State | Awaitable[State]]


class ConversationBusy(Exception):
    """Every compare-and-set lost (only a store fault or an endless stream of other writers does this)."""


class Worker:
    def __init__(self, store: Store, client: AsyncWebClient, apply: Apply, on_sent: OnSent,
                 lease_ttl: float = LEASE_TTL, client_for: ClientFor | None = None) -> None:
        self.sessions = Sessions(store)
        self.apply = apply
        self.inbox = Inbox(store, lease_ttl)
        # its client waits out 429s itself; client_for: each workspace's token (many workspaces)
        self.outbox = Outbox(self.sessions, client, on_sent, client_for)

    async def put(self, key: str, entry: dict[str, Any], tokens: list[str], marker: dict[str, Any]) -> Queued:
        """Make one input durable in the queue of `key` (before the ack)."""
        return await self.inbox.put(key, entry, tokens, marker)

    async def work(self, key: str) -> None:
        """Apply the queued inputs of `key`, unless another worker holds its lease (it will). A store fault
        here loses nothing: the inputs wait in the store for the sweep."""
        try:
            with metrics.CONVERSATIONS_ACTIVE.track_inprogress():
                await self.inbox.drain(key, self.work_for(key), after_put=True)
        except (StoreUnavailable, ConversationBusy) as error:
            log.warning("queued input left for later: %s", error)

    async def sweep_forever(self) -> None:
        """Finish work a crashed or stopped instance left in the store, for as long as the process runs."""
        await self.inbox.sweep_forever(self.work_for)

    def work_for(self, key: str) -> Work:
        async def work(still_mine: StillMine, taken: Leased) -> bool:
            return await self._work(key, still_mine, taken)

        return work

    async def state(self, key: str) -> State:
        return (await self.sessions.load(key)).state

    async def change(self, key: str, change: Change) -> None:
        """Change the state of `key` outside the queue (compare-and-set; None from `change`: nothing to do)."""
        async def apply(session: Session) -> Session | None:
            changed = change(session.state)
            changed = await changed if isinstance(changed, Awaitable) else changed
            return None if changed is None else replace(session, state=changed)

        await self._commit(await self.sessions.load(key), apply)

    async def forget(self, key: str) -> bool:
        return await self.sessions.forget(key)

    async def drop(self, key: str) -> None:
        """Drop what `key` has queued, unworked (its claims stay), and the lease the put took."""
        await self.sessions.forget(key)
        await self.inbox.give_back(key)

    async def _work(self, key: str, still_mine: StillMine, taken: Leased) -> bool:
        """Send what is left, then apply the queued inputs one by one, sending what each says. The write that
        leaves nothing to send drops the inputs applied (Sessions.save). The queue read with the lease is
        worked through, then what the write finishing its last input read instead of giving the lease back
        (inputs queued meanwhile), and so on; an over-limit note is read afresh first (its count may still
        grow). That write gives the lease back when nothing else is queued: True then."""
        session = await self.outbox.deliver(self.sessions.of_record(key, taken.record), still_mine, left_over=True)
        entries = taken.entries
        while still_mine() and not session.outbox and entries:
            entry = entries[0]
            if entry["kind"] == "over_limit":
                fresh = [e for e in await self.sessions.store.pending(key) if e["seq"] == entry["seq"]]
                entry = fresh[0] if fresh else entry
            if entry["seq"] > session.applied:
                last = len(entries) == 1
                session = await self._apply(replace(session, release=(taken.token, taken.owner) if last else None),
                                            entry)
                session = await self.outbox.deliver(session, still_mine)
                if session.outbox:  # the lease was lost: the new holder sends the rest
                    return False
            else:
                await self.sessions.store.done(key, entry["seq"])
            entries = entries[1:]
            if not entries and session.queued:  # queued while this one was worked: read by its last write
                entries, session = session.queued, replace(session, queued=[])
        return session.handed_back

    async def _apply(self, session: Session, entry: dict[str, Any]) -> Session:
        """Apply one input with one compare-and-set write: the state, what to send, the input's seq."""
        async def change(current: Session) -> Session | None:
            if entry["seq"] <= current.applied:
                return None
            try:
                state, items = await self.apply(current.key, current.state, entry)
            except (StoreUnavailable, ConversationBusy):
                raise
            except Exception as error:  # a bug: never let one input block the user's queue for good
                log.error("input could not be applied (%s): skipped", type(error).__name__)
                return replace(current, applied=entry["seq"])
            return replace(current, state=state, applied=entry["seq"],
                           outbox=[*current.outbox, *numbered(items, entry["seq"])])

        return await self._commit(session, change)

    async def _commit(self, session: Session, change: Callable[[Session], Awaitable[Session | None]]) -> Session:
        """The one save-and-retry loop: apply `change` (None: nothing to change) and compare-and-set save; when
        another writer won, reload and apply it again to what is stored now."""
        for _ in range(SAVE_TRIES):
            changed = await change(session)
            if changed is None:
                return session
            saved = await self.sessions.save(changed)
            if saved is not None:
                return saved
            session = await self.sessions.load(session.key)
        raise ConversationBusy(f"gave up after {SAVE_TRIES} tries")
