"""Conversations kept in the store: load, compare-and-set save, forget.

A stored record holds the conversation (state, answers, attempts…) and the delivery bookkeeping around it:
where the open question's Slack message is (to update it once answered), the last input applied, what is
still to be sent (the outbox) and whether the open question was never shown. Nothing the user typed.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from bot.store import Record, Store
from flows.conversation import Conversation


@dataclass
class Session:
    key: str
    conversation: Conversation
    version: int = 0
    refs: dict[str, Any] = field(default_factory=dict)  # the open question's message: channel, ts, question
    applied: int = 0            # seq of the last queued input applied
    last_ts: str = ""           # Slack ts of the last message applied: a late resend older than it is not used
    outbox: list[dict[str, Any]] = field(default_factory=list)  # Slack calls still to make, in order
    unseen: dict[str, Any] | None = None  # the question (or verdict) whose post Slack refused: question, round, reason
    last_start: dict[str, Any] | None = None  # the last start click applied: its seq and action_ts (double clicks)
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
        return {"conversation": self.conversation.to_dict(), "refs": self.refs, "applied": self.applied,
                "last_ts": self.last_ts, "outbox": self.outbox, "unseen": self.unseen, "last_start": self.last_start}


class Sessions:
    def __init__(self, store: Store) -> None:
        self.store = store

    async def load(self, key: str, lang: str = "ja") -> Session:
        """The stored conversation, or a new one (version 0) when there is none or it expired."""
        return self.of_record(key, await self.store.get(key), lang)

    @staticmethod
    def of_record(key: str, record: Record | None, lang: str = "ja") -> Session:
        """The session a stored record holds (a new one for None)."""
        if record is None:
            return Session(key, Conversation(lang=lang))
        data = record.data
        return Session(key, Conversation.from_dict(data["conversation"]), record.version, data.get("refs") or {},
                       data.get("applied", 0), data.get("last_ts", ""), data.get("outbox") or [],
                       data.get("unseen"), data.get("last_start"))

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
