"""The store interface: conversations with compare-and-set versions, and exactly-once claims."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Record:
    data: dict[str, Any]
    version: int
    created_at: float
    updated_at: float


class StoreUnavailable(Exception):
    """The backend cannot be reached; the message says why (never a password)."""


class Store(ABC):
    conversation_ttl: float

    @abstractmethod
    async def get(self, key: str) -> Record | None:
        """The live record, or None when missing or idle longer than the conversation TTL."""

    @abstractmethod
    async def put(self, key: str, data: dict[str, Any], expected_version: int) -> Record | None:
        """Compare-and-set: store `data` if the live version is `expected_version` (0: no live record).
        The new record, or None when someone else changed it first."""

    @abstractmethod
    async def delete(self, key: str) -> bool:
        """Delete a record; True when there was one."""

    @abstractmethod
    async def claim(self, token: str, ttl: float) -> bool:
        """True only for the first claim of `token` within `ttl` seconds, across processes."""

    @abstractmethod
    async def release(self, token: str) -> None:
        """Undo a claim (the work it guarded failed)."""

    @abstractmethod
    async def ping(self) -> None:
        """Raise StoreUnavailable when the backend cannot be reached."""

    @abstractmethod
    async def close(self) -> None:
        """Release connections."""

    async def purge_expired(self) -> int:
        """Remove expired records and claims; how many were removed."""
        return 0
