"""SQLite backend (aiosqlite, WAL): one file, safe for several processes on one machine."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import sqlite3
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import aiosqlite

from bot.store.base import Queued, Record, Store, StoreUnavailable

T = TypeVar("T")
HEALTH_BUSY_TIMEOUT = 1.0
OPEN_TRIES = 10  # the health write gives up on a lock sooner than the work does

SCHEMA = """
CREATE TABLE IF NOT EXISTS conversations (
    key TEXT PRIMARY KEY, data TEXT NOT NULL, version INTEGER NOT NULL,
    created_at REAL NOT NULL, updated_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS claims (token TEXT PRIMARY KEY, expires_at REAL NOT NULL, owner TEXT NOT NULL DEFAULT '');
CREATE TABLE IF NOT EXISTS inbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL, entry TEXT NOT NULL, created_at REAL NOT NULL);
CREATE INDEX IF NOT EXISTS inbox_by_key ON inbox (key, seq);
CREATE TABLE IF NOT EXISTS health (id INTEGER PRIMARY KEY, at REAL NOT NULL);
"""


class SqliteStore(Store):
    def __init__(self, path: str, conversation_ttl: float, busy_timeout: float = 10.0) -> None:
        self.path = path
        self.conversation_ttl = conversation_ttl
        self.busy_timeout = busy_timeout  # seconds another process may hold the write lock before we give up
        self._db: aiosqlite.Connection | None = None
        self._opening = asyncio.Lock()
        self._busy = asyncio.Lock()  # one statement-and-commit (or one transaction) at a time on the connection

    async def _conn(self) -> aiosqlite.Connection:
        async with self._opening:
            if self._db is None:
                folder = os.path.dirname(os.path.abspath(self.path))
                if not os.path.isdir(folder):
                    raise StoreUnavailable(f"SQLite file {self.path} cannot be created: no folder {folder}")
                self._db = await self._open()
            return self._db

    async def _open(self) -> aiosqlite.Connection:
        try:
            db = await aiosqlite.connect(self.path, timeout=self.busy_timeout)
        except sqlite3.Error as error:
            raise StoreUnavailable(f"SQLite file {self.path} cannot be opened: {error}") from error
        for attempt in range(OPEN_TRIES):
            try:
                await self._prepare(db)
                return db
            except sqlite3.OperationalError as error:
                # switching a new file to WAL does not wait for another process doing the same: try again
                if "locked" in str(error) and attempt + 1 < OPEN_TRIES:
                    await asyncio.sleep(0.05 * (attempt + 1))
                    continue
                await db.close()
                raise StoreUnavailable(f"SQLite file {self.path} cannot be opened: {error}") from error
            except Exception as error:
                await db.close()
                raise StoreUnavailable(f"SQLite file {self.path} cannot be opened: {error}") from error
        raise AssertionError("unreachable")

    async def _prepare(self, db: aiosqlite.Connection) -> None:
        await db.execute("PRAGMA journal_mode=WAL")
        await db.execute(f"PRAGMA busy_timeout={int(self.busy_timeout * 1000)}")
        await db.execute("PRAGMA secure_delete=ON")  # a handled message's text is overwritten, not left in free pages
        await db.executescript(SCHEMA)
        async with db.execute("PRAGMA table_info(claims)") as cursor:
            columns = [row[1] for row in await cursor.fetchall()]
        if "owner" not in columns:  # a file from before leases (another process may be adding it too)
            with contextlib.suppress(sqlite3.OperationalError):
                await db.execute("ALTER TABLE claims ADD COLUMN owner TEXT NOT NULL DEFAULT ''")
        await db.commit()

    def _oldest_live(self) -> float:
        return time.time() - self.conversation_ttl

    async def _guarded(self, work: Callable[[aiosqlite.Connection], Awaitable[T]]) -> T:
        """Run `work` alone on the connection; a failure rolls back and is StoreUnavailable."""
        db = await self._conn()
        async with self._busy:
            try:
                return await work(db)
            except sqlite3.DatabaseError as error:  # locked too long, disk full or read-only, not a database…
                if isinstance(error, sqlite3.IntegrityError | sqlite3.ProgrammingError):
                    raise  # a bug, not an outage
                with contextlib.suppress(sqlite3.Error):
                    await db.rollback()  # never keep a half-open transaction (and its old snapshot) around
                raise StoreUnavailable(f"SQLite file {self.path} is not usable: {error}") from error

    async def _run(self, sql: str, args: tuple[Any, ...] = (), commit: bool = True) -> tuple[list[Any], int]:
        """One statement (and its commit): rows returned and rows changed."""
        async def work(db: aiosqlite.Connection) -> tuple[list[Any], int]:
            async with db.execute(sql, args) as cursor:
                rows = list(await cursor.fetchall())
                changed = cursor.rowcount
            if commit:
                await db.commit()
            return rows, changed

        return await self._guarded(work)

    async def _transaction(self, work: Callable[[aiosqlite.Connection], Awaitable[T]]) -> T:
        """Several statements as one write: BEGIN IMMEDIATE takes the write lock first, so no other process
        writes between them."""
        async def atomic(db: aiosqlite.Connection) -> T:
            await db.execute("BEGIN IMMEDIATE")
            try:
                result = await work(db)
                await db.commit()
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    await db.rollback()
                raise
            return result

        return await self._guarded(atomic)

    async def get(self, key: str) -> Record | None:
        rows, _ = await self._run("SELECT data, version, created_at, updated_at FROM conversations "
                                  "WHERE key = ? AND updated_at >= ?", (key, self._oldest_live()), commit=False)
        return Record(json.loads(rows[0][0]), *rows[0][1:]) if rows else None

    async def put(self, key: str, data: dict[str, Any], expected_version: int) -> Record | None:
        now, text = time.time(), json.dumps(data, ensure_ascii=False)
        if expected_version == 0:
            sql = ("INSERT INTO conversations (key, data, version, created_at, updated_at) VALUES (?, ?, 1, ?, ?) "
                   "ON CONFLICT(key) DO UPDATE SET data = excluded.data, version = 1, "
                   "created_at = excluded.created_at, updated_at = excluded.updated_at "
                   "WHERE conversations.updated_at < ? RETURNING version, created_at")
            args: tuple[Any, ...] = (key, text, now, now, self._oldest_live())
        else:
            sql = ("UPDATE conversations SET data = ?, version = version + 1, updated_at = ? "
                   "WHERE key = ? AND version = ? AND updated_at >= ? RETURNING version, created_at")
            args = (text, now, key, expected_version, self._oldest_live())
        rows, _ = await self._run(sql, args)
        return Record(data, rows[0][0], rows[0][1], now) if rows else None

    async def delete(self, key: str) -> bool:
        async def work(db: aiosqlite.Connection) -> bool:
            await db.execute("DELETE FROM inbox WHERE key = ?", (key,))
            async with db.execute("DELETE FROM conversations WHERE key = ?", (key,)) as cursor:
                return cursor.rowcount > 0

        return await self._transaction(work)

    async def claim(self, token: str, ttl: float, owner: str = "") -> bool:
        now = time.time()
        _, changed = await self._run(
            "INSERT INTO claims (token, expires_at, owner) VALUES (?, ?, ?) ON CONFLICT(token) DO UPDATE "
            "SET expires_at = excluded.expires_at, owner = excluded.owner "
            "WHERE claims.expires_at < ? OR (excluded.owner != '' AND claims.owner = excluded.owner)",
            (token, now + ttl, owner, now))
        return changed == 1

    async def release(self, token: str, owner: str = "") -> None:
        if owner:
            await self._run("DELETE FROM claims WHERE token = ? AND owner = ?", (token, owner))
        else:
            await self._run("DELETE FROM claims WHERE token = ?", (token,))

    async def enqueue(self, key: str, entry: dict[str, Any], tokens: list[str], claim_ttl: float, limit: int,
                      marker: dict[str, Any]) -> Queued:
        now = time.time()

        async def work(db: aiosqlite.Connection) -> Queued:
            for token in tokens:
                async with db.execute("SELECT 1 FROM claims WHERE token = ? AND expires_at >= ?", (token, now)) as c:
                    if await c.fetchone():
                        return "duplicate"
            await db.executemany("INSERT INTO claims (token, expires_at) VALUES (?, ?) ON CONFLICT(token) DO UPDATE "
                                 "SET expires_at = excluded.expires_at, owner = ''",
                                 [(token, now + claim_ttl) for token in tokens])
            async with db.execute("SELECT count(*) FROM inbox WHERE key = ?", (key,)) as cursor:
                waiting = (await cursor.fetchone())[0]
            if waiting < limit:
                await self._append(db, key, entry, now)
                return "queued"
            async with db.execute("SELECT seq, entry FROM inbox WHERE key = ? ORDER BY seq DESC LIMIT 1",
                                  (key,)) as cursor:
                seq, text = await cursor.fetchone()
            last = json.loads(text)
            if last.get("kind") == "over_limit":
                last["count"] += 1
                await db.execute("UPDATE inbox SET entry = ? WHERE seq = ?", (json.dumps(last), seq))
            else:
                await self._append(db, key, {**marker, "kind": "over_limit", "count": 1}, now)
            return "over_limit"

        return await self._transaction(work)

    @staticmethod
    async def _append(db: aiosqlite.Connection, key: str, entry: dict[str, Any], now: float) -> None:
        await db.execute("INSERT INTO inbox (key, entry, created_at) VALUES (?, ?, ?)",
                         (key, json.dumps(entry, ensure_ascii=False), now))

    async def pending(self, key: str) -> list[dict[str, Any]]:
        rows, _ = await self._run("SELECT seq, entry FROM inbox WHERE key = ? ORDER BY seq", (key,), commit=False)
        return [{**json.loads(text), "seq": seq} for seq, text in rows]

    async def done(self, key: str, seq: int) -> None:
        await self._run("DELETE FROM inbox WHERE key = ? AND seq <= ?", (key, seq))

    async def queued_keys(self) -> list[str]:
        rows, _ = await self._run("SELECT DISTINCT key FROM inbox", commit=False)
        return [row[0] for row in rows]

    async def ping(self) -> None:
        async def work(db: aiosqlite.Connection) -> None:
            await db.execute(f"PRAGMA busy_timeout={int(HEALTH_BUSY_TIMEOUT * 1000)}")
            try:
                await db.execute("INSERT INTO health (id, at) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET at = "
                                 "excluded.at", (time.time(),))
                await db.commit()
            finally:
                await db.execute(f"PRAGMA busy_timeout={int(self.busy_timeout * 1000)}")

        await self._guarded(work)

    async def purge_expired(self) -> int:
        oldest = self._oldest_live()
        _, conversations = await self._run("DELETE FROM conversations WHERE updated_at < ?", (oldest,))
        _, claims = await self._run("DELETE FROM claims WHERE expires_at < ?", (time.time(),))
        _, inputs = await self._run("DELETE FROM inbox WHERE created_at < ?", (oldest,))
        return conversations + claims + inputs

    async def close(self) -> None:
        if self._db is not None:
            await self._db.close()
            self._db = None
