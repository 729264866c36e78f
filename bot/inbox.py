"""Each user's inputs, in order and one at a time, across processes: a queue per user in the store.

A listener makes its input durable with one atomic store write (claim the event, append the input to the
user's queue) before it acknowledges Slack, then asks for the queue to be worked. Whoever holds the user's
lease (a claim with an owner, renewed while working) works it; everyone else leaves it to them. The same
write takes the lease when it is free, and reads the conversation and the queue with it: the work after the
ack starts without another round trip. A holder that dies leaves its lease to expire; the sweep then finds
the queue and works it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import Any

from bot.once import CLAIM_TTL
from bot.store import Store, StoreUnavailable
from bot.store.base import Leased, Queued

log = logging.getLogger(__name__)
QUEUE_LIMIT = 10       # inputs one user may have waiting; more are counted and answered with one polite note
ACCEPT_WAIT = 2.5      # seconds the write before an ack may take (Slack waits 3)
LEASE_TTL = 15.0       # a lease left by a dead process lapses after this
SWEEP_SECONDS = 2.0
SWEEP_PARALLEL = 8
STOP, AGAIN, GIVE_BACK = "stop", "again", "give_back"  # after a work: done; take the lease again; give it back

StillMine = Callable[[], bool]
Work = Callable[[StillMine, Leased], Awaitable[bool]]  # True: the work gave the lease back itself


class Busy(Exception):
    """The store did not confirm the write in time (it may still land: a retry is then a duplicate)."""


def lease_token(key: str) -> str:
    return f"lease:{key}"


class Inbox:
    def __init__(self, store: Store, lease_ttl: float = LEASE_TTL) -> None:
        self.store = store
        self.lease_ttl = lease_ttl
        self._sweeping: set[str] = set()  # keys a sweep is working
        self._slots = asyncio.Semaphore(SWEEP_PARALLEL)
        self._held: dict[str, tuple[Leased, float]] = {}  # leases taken with an input, not worked yet
        self._behind: dict[str, float] = {}  # keys whose last input was queued while someone held the lease

    async def put(self, key: str, entry: dict[str, Any], tokens: list[str], marker: dict[str, Any]) -> Queued:
        """Make an input durable (before the ack), taking the lease when it is free. The write is not
        cancelled when it is slow: Busy is raised, and the write lands or fails on its own (a lease it takes
        is kept for the sweep, which works the queue)."""
        owner = uuid.uuid4().hex
        write = asyncio.ensure_future(self.store.enqueue_and_lease(
            key, entry, tokens, CLAIM_TTL, QUEUE_LIMIT, marker, (lease_token(key), self.lease_ttl, owner)))
        try:
            await asyncio.wait((write,), timeout=ACCEPT_WAIT)  # never cancels the write
        finally:
            if not write.done():
                write.add_done_callback(lambda done: self._landed_late(key, owner, done))
        if not write.done():
            raise Busy(f"the store took more than {ACCEPT_WAIT} s")
        queued, taken = write.result()
        self._hold(key, owner, taken)
        if taken is None and queued != "duplicate":  # the write found the lease held: its holder works it
            self._behind[key] = time.monotonic()
        return queued

    def _hold(self, key: str, owner: str, taken: Leased | None) -> None:
        if taken is not None:
            self._held[key] = (replace(taken, token=lease_token(key), owner=owner), time.monotonic())
            self._behind.pop(key, None)

    def _landed_late(self, key: str, owner: str, write: asyncio.Future) -> None:
        """A write that outlasted the ack's wait: a lease it took is kept for the sweep (not left to lapse)."""
        _quiet(write)
        if not write.cancelled() and write.exception() is None:
            self._hold(key, owner, write.result()[1])

    def _take_held(self, key: str) -> Leased | None:
        """The lease an input of `key` took, while it is young enough to work under without renewing it first."""
        held = self._held.pop(key, None)
        if held is None or time.monotonic() - held[1] > self.lease_ttl / 3:
            return None
        return held[0]

    async def give_back(self, key: str) -> None:
        """Give back the lease a put took for `key` without working its queue (its inputs were dropped)."""
        held = self._held.pop(key, None)
        if held is not None:
            await self.store.release(held[0].token, held[0].owner)

    async def drain(self, key: str, work: Work, after_put: bool = False) -> None:
        """Work the queue of `key` while holding its lease; nothing when someone else holds it. Taking the
        lease reads the conversation and its queue in the same round trip. A work that kept the lease (inputs
        were queued while it ran, so its last write could not give it back) takes it again at once, which
        reads them. Once the lease is given back, look again (same round trip): an input queued meanwhile by
        someone who found the lease taken is ours. `after_put`: right after this process queued an input;
        when its write found the lease held, nothing is tried: the holder cannot give the lease back while the
        input waits (the write that would checks the queue in the same step), so the holder works it, or the
        sweep once a dead holder's lease lapses."""
        taken, owner = self._take_held(key), ""
        behind = self._behind.pop(key, None)
        if taken is None and after_put and behind is not None:
            return
        while True:
            if taken is None:
                owner = owner or uuid.uuid4().hex
                found = await self.store.take_lease(key, lease_token(key), self.lease_ttl, owner)
                if found is None:
                    return
                taken = replace(found, token=lease_token(key), owner=owner)
            owner = taken.owner
            after = await self._work_once(key, work, taken) if _has_work(taken) else GIVE_BACK
            if after == STOP:
                return
            if after == GIVE_BACK:
                left = True
                with contextlib.suppress(StoreUnavailable):
                    left = await self.store.hand_back(lease_token(key), owner, key)
                if not left:
                    return
                owner = ""  # given back: taken afresh
            taken = None

    async def _work_once(self, key: str, work: Work, taken: Leased) -> str:
        """Run the work, renewing the lease every third of its time (most work ends long before the first
        renewal: a timer, not a task, waits for it); what to do with the lease after it (STOP, AGAIN or
        GIVE_BACK). A work that fails gives the lease back."""
        lost, renewing = asyncio.Event(), asyncio.Event()
        renewal: list[asyncio.Task[None]] = []

        def renew() -> None:
            renewal.append(asyncio.ensure_future(self._renew(key, taken.owner, lost, renewing)))

        timer = asyncio.get_running_loop().call_later(self.lease_ttl / 3, renew)

        async def stop_renewing() -> None:
            timer.cancel()
            for task in renewal:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task

        try:
            handed_back = await work(still_held(lost), taken)
        except BaseException:
            await stop_renewing()
            with contextlib.suppress(StoreUnavailable):
                await self.store.hand_back(lease_token(key), taken.owner, key)
            raise
        await stop_renewing()
        if lost.is_set():
            return STOP
        if not handed_back:
            return AGAIN
        # a renewal in flight may have taken the lease again after the work gave it back
        return GIVE_BACK if renewing.is_set() else STOP

    async def _renew(self, key: str, owner: str, lost: asyncio.Event, renewing: asyncio.Event) -> None:
        """Renew the lease now and every third of its time after, until cancelled or the lease is lost."""
        while True:
            renewing.set()  # left set when cancelled mid-way: the claim may have landed
            try:
                kept = await self.store.claim(lease_token(key), self.lease_ttl, owner)
            except StoreUnavailable:
                kept = False
            renewing.clear()
            if not kept:
                log.warning("lost the lease of a conversation: stopping its work")
                lost.set()
                return
            await asyncio.sleep(self.lease_ttl / 3)

    async def sweep(self, work_for: Callable[[str], Work]) -> int:
        """Work every queue found in the store (left by a crash, or waiting for a lapsed lease), and wait for
        that work to end; how many queues were found."""
        started = await self._start_sweep(work_for)
        for failed in await asyncio.gather(*started):
            if failed is not None:
                raise failed
        return len(started)

    async def _start_sweep(self, work_for: Callable[[str], Work]) -> list[asyncio.Task]:
        """Start working every queue found in the store that is not being worked already: a task each, at most
        SWEEP_PARALLEL of them at work at once. A conversation that waits (a long Retry-After) holds up only
        its own queue, not the next sweep."""
        now = time.monotonic()
        self._held = {k: v for k, v in self._held.items() if now - v[1] <= self.lease_ttl / 3}  # never worked
        self._behind = {k: at for k, at in self._behind.items() if now - at <= self.lease_ttl}
        keys = [k for k in await self.store.queued_keys() if k not in self._sweeping]
        self._sweeping.update(keys)
        return [asyncio.create_task(self._sweep_one(key, work_for(key))) for key in keys]

    async def _sweep_one(self, key: str, work: Work) -> StoreUnavailable | None:
        """Work one queue for a sweep; the store's failure is returned (the queue stays for a later sweep)."""
        try:
            async with self._slots:
                await self.drain(key, work)
        except StoreUnavailable as error:
            log.info("sweep left a queue: the store is unavailable")
            return error
        except Exception as error:
            log.error("sweep failed on a queue: %s", type(error).__name__)
        finally:
            self._sweeping.discard(key)
        return None

    async def sweep_forever(self, work_for: Callable[[str], Work], every: float = SWEEP_SECONDS) -> None:
        """Start a sweep every `every` seconds, without waiting for the work it started (cancelled with it)."""
        failing, running = False, set()
        try:
            while True:
                try:
                    started = await self._start_sweep(work_for)
                    running.update(started)
                    for task in started:
                        task.add_done_callback(running.discard)
                    if failing:
                        log.info("sweep works again")
                    failing = False
                except StoreUnavailable as error:
                    if not failing:
                        log.warning("sweep paused: %s", error)
                    failing = True
                await asyncio.sleep(every)
        finally:
            for task in running:
                task.cancel()


def _has_work(taken: Leased) -> bool:
    """Inputs queued, or messages a worker left unsent."""
    return bool(taken.entries) or (taken.record is not None and bool(taken.record.data.get("outbox")))


def still_held(lost: asyncio.Event) -> StillMine:
    return lambda: not lost.is_set()


def _quiet(task: asyncio.Future) -> None:
    """Collect the outcome of a write nobody waits for any more (no 'exception never retrieved')."""
    if not task.cancelled() and task.exception() is not None:
        log.warning("a slow store write failed: %s", type(task.exception()).__name__)
