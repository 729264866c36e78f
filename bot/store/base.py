"""The store interface, shared by both backends: conversations with compare-and-set versions, exactly-once
claims (and leases: claims with an owner), one input queue per user, and each workspace's installation (an
opaque, encrypted text: bot/installations.py)."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any, Literal

Queued = Literal["queued", "duplicate", "over_limit"]
Lease = tuple[str, float, str]  # a lease to take: its token, ttl (seconds) and owner


@dataclass(frozen=True)
class Record:
    data: dict[str, Any]
    version: int
    created_at: float
    updated_at: float
    idle: bool = False  # a put given `release`: no input was left queued, and the lease was given back
    # a put given `release` that could not give the lease back: the inputs still queued, read by the same write
    queued: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class Leased:
    """What taking a lease reads in the same round trip: the conversation's record and its queued entries
    (and, filled in by the taker, the lease's token and owner)."""

    record: Record | None
    entries: list[dict[str, Any]]
    token: str = ""
    owner: str = ""


class StoreUnavailable(Exception):
    """The backend cannot be reached or written; the message says why (never a password)."""


class Store(ABC):
    conversation_ttl: float

    @abstractmethod
    async def get(self, key: str) -> Record | None:
        """The live record, or None when missing or idle longer than the conversation TTL."""

    @abstractmethod
    async def put(self, key: str, data: dict[str, Any], expected_version: int, done: int = 0,
                  release: tuple[str, str] | None = None) -> Record | None:
        """Compare-and-set: store `data` if the live version is `expected_version` (0: no live record).
        The new record, or None when someone else changed it first. With `done`, the same write also
        removes the queued entries of `key` up to that seq (they are finished); with `release` as well (a
        lease's token and owner), it gives the lease back when no entry is left (the record says `idle`), and
        otherwise reads the entries left (the record's `queued`): the lease's holder works them next."""

    @abstractmethod
    async def delete(self, key: str) -> bool:
        """Delete a record and the inputs queued for it; True when there was a record."""

    @abstractmethod
    async def claim(self, token: str, ttl: float, owner: str = "") -> bool:
        """True only for the first claim of `token` within `ttl` seconds, across processes. With an `owner`
        the claim is a lease: its owner may claim it again to renew it."""

    @abstractmethod
    async def release(self, token: str, owner: str = "") -> None:
        """Undo a claim (the work it guarded failed); a lease only when `owner` still holds it."""

    @abstractmethod
    async def enqueue(self, key: str, entry: dict[str, Any], tokens: list[str], claim_ttl: float, limit: int,
                      marker: dict[str, Any]) -> Queued:
        """One atomic write: claim every token and append `entry` to the queue of `key`. "duplicate" (nothing
        written) when any token was claimed before. When `limit` entries wait already, the tokens are claimed
        and the entry is counted instead, in a `{**marker, "kind": "over_limit", "count": n}` entry at the
        end of the queue ("over_limit"). Entries get a `seq` that grows across the whole store."""

    async def enqueue_and_lease(self, key: str, entry: dict[str, Any], tokens: list[str], claim_ttl: float,
                                limit: int, marker: dict[str, Any], lease: Lease) -> tuple[Queued, Leased | None]:
        """`enqueue`, then, when the entry was not a duplicate, `take_lease(key, *lease)`: whoever queues an input
        usually works it too. Backends do both in one round trip (one transaction, one script)."""
        queued = await self.enqueue(key, entry, tokens, claim_ttl, limit, marker)
        if queued == "duplicate":
            return queued, None
        return queued, await self.take_lease(key, *lease)

    @abstractmethod
    async def pending(self, key: str) -> list[dict[str, Any]]:
        """The queued entries of `key`, oldest first, each with its `seq`."""

    @abstractmethod
    async def done(self, key: str, seq: int) -> None:
        """Remove the entries of `key` up to `seq`."""

    @abstractmethod
    async def queued_keys(self) -> list[str]:
        """Every key with queued entries (work a crashed or busy instance left)."""

    async def take_lease(self, key: str, token: str, ttl: float, owner: str) -> Leased | None:
        """Claim (or renew) the lease `token` for `owner` and, when it is ours, read the record of `key` and
        its queued entries; None when someone else holds the lease. Backends do it in one round trip."""
        if not await self.claim(token, ttl, owner):
            return None
        return Leased(await self.get(key), await self.pending(key))

    async def hand_back(self, token: str, owner: str, key: str) -> bool:
        """Release the lease `token` (if `owner` still holds it); True when `key` has queued entries left
        (someone must work them). Backends do it in one round trip."""
        await self.release(token, owner)
        return bool(await self.pending(key))

    @abstractmethod
    async def consume(self, token: str) -> bool:
        """Remove the claim `token`; True when it was there and live (a one-time token used once)."""

    @abstractmethod
    async def put_installation(self, workspace: str, data: str) -> None:
        """Keep the installation record of `workspace` (replacing the one before)."""

    @abstractmethod
    async def get_installation(self, workspace: str) -> str | None:
        """The installation record of `workspace`, or None."""

    @abstractmethod
    async def delete_installation(self, workspace: str) -> bool:
        """Delete the installation record of `workspace`; True when there was one."""

    @abstractmethod
    async def forget_prefixed(self, prefixes: list[str]) -> int:
        """Delete every conversation and queued input whose key, and every claim whose token, starts with one of
        `prefixes` (a workspace's data: bot/workspaces.py); how many were deleted."""

    @abstractmethod
    async def ping(self) -> None:
        """A tiny write; raise StoreUnavailable when the backend cannot be reached or written."""

    @abstractmethod
    async def close(self) -> None:
        """Release connections."""

    async def purge_expired(self) -> int:
        """Remove expired records, claims and queued entries; how many were removed."""
        return 0
