"""Each user's record in the store: load, compare-and-set save, forget.

A record holds the conversation's state, opaque here (what flows/dm.py keeps: the conversation, where its
open question's message is…), and the delivery bookkeeping around it: the last input applied and what is
still to be sent (the outbox: Slack calls, in order). Nothing the user typed.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from bot.store import Record, Store


@dataclass
class Session:
    key: str
    state: dict[str, Any] | None = None  # the conversation's, as its owner stored it (None: nothing yet)
    version: int = 0
    applied: int = 0            # seq of the last queued input applied
    outbox: list[dict[str, Any]] = field(default_factory=list)  # Slack calls still to make, in order
    # not stored: the lease (token, owner) the write that leaves nothing to send may give back when no input
    # is left queued, whether a write did (the worker then has nothing left to hand back), and the inputs
    # queued meanwhile when it could not (the worker goes on with them)
    release: tuple[str, str] | None = None
    handed_back: bool = False
    queued: list[dict[str, Any]] = field(default_factory=list)  # what that write read instead when inputs were left

    @property
    def is_new(self) -> bool:
        return self.version == 0

    def to_data(self) -> dict[str, Any]:
        return {"state": self.state, "applied": self.applied, "outbox": self.outbox}


class Sessions:
    def __init__(self, store: Store) -> None:
        self.store = store

    async def load(self, key: str) -> Session:
        """The stored record, or a new one (version 0) when there is none or it expired."""
        return self.of_record(key, await self.store.get(key))

    @staticmethod
    def of_record(key: str, record: Record | None) -> Session:
        """The session a stored record holds (a new one for None). A record of the earlier layout (the
        conversation's fields beside the bookkeeping) is read as its state."""
        if record is None:
            return Session(key)
        data = record.data
        if "state" in data:
            return Session(key, data["state"], record.version, data.get("applied", 0), data.get("outbox") or [])
        state = {k: v for k, v in data.items() if k not in ("applied", "outbox")}
        outbox = [{**item, "note": {"ask": item["ask"], "round": item.get("round", 0)}} if item.get("ask") else item
                  for item in data.get("outbox") or []]
        return Session(key, state, record.version, data.get("applied", 0), outbox)

    async def save(self, session: Session) -> Session | None:
        """Store `session` if nobody changed the record since `session.version`; None if someone did. A write
        that leaves nothing to send also drops the queued inputs up to the one applied: they are finished."""
        done = 0 if session.outbox else session.applied
        release = session.release if done else None
        record = await self.store.put(session.key, session.to_data(), session.version, done, release)
        if record is None:
            return None
        return replace(session, version=record.version, handed_back=record.idle,
                       release=None if record.idle else session.release, queued=record.queued)

    async def forget(self, key: str) -> bool:
        return await self.store.delete(key)
