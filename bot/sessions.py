"""Conversations kept in the store: load, compare-and-set save, forget.

A stored record holds the conversation (state, answers, attempts…), the reference of the open
question's Slack message (to update it once answered), and nothing the user typed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.store import Store
from flows.conversation import Conversation


@dataclass
class Session:
    key: str
    conversation: Conversation
    version: int = 0
    refs: dict[str, Any] = field(default_factory=dict)

    @property
    def is_new(self) -> bool:
        return self.version == 0


class Sessions:
    def __init__(self, store: Store) -> None:
        self.store = store

    async def load(self, key: str, lang: str = "ja") -> Session:
        """The stored conversation, or a new one (version 0) when there is none or it expired."""
        record = await self.store.get(key)
        if record is None:
            return Session(key, Conversation(lang=lang))
        data = record.data
        return Session(key, Conversation.from_dict(data["conversation"]), record.version, data.get("refs", {}))

    async def save(self, session: Session, conversation: Conversation,
                   refs: dict[str, Any] | None = None) -> Session | None:
        """Store `conversation` if nobody else changed the session since it was loaded; None if someone did."""
        refs = session.refs if refs is None else refs
        data = {"conversation": conversation.to_dict(), "refs": refs}
        record = await self.store.put(session.key, data, session.version)
        if record is None:
            return None
        return Session(session.key, conversation, record.version, refs)

    async def forget(self, key: str) -> bool:
        return await self.store.delete(key)
