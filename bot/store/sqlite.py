"""SQLite backend (aiosqlite, WAL): one file, safe for several processes on one machine."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import sqlite3
import time
from typing import Any

import aiosqlite

from bot.store.base import Record, Store, StoreUnavailable

SCHEMA = """
CREATE TABLE IF NOT EXISTS conversations (
    key TEXT PRIMARY KEY, data TEXT NOT NULL, version INTEGER NOT NULL,
    created_at REAL NOT NULL, updated_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS claims (token TEXT PRIMARY KEY, expires_at REAL NOT NULL);
"""


class SqliteStore(Store):
    def __init__(self, path: str, conversation_ttl: float, busy_timeout: float = 10.0) -> None:
        self.path = path
        self.conversation_ttl = conversation_ttl
        self.busy_timeout = busy_timeout  # seconds another process may hold the write lock before we give up
        self._db: aiosqlite.Connection | None = None
        self._opening = asyncio.Lock()
        self._busy = asyncio.Lock()  # one statement-and-commit at a time on the shared connection

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
        try:
            await db.execute("PRAGMA journal_mode=WAL")
            await db.execute(f"PRAGMA busy_timeout={int(self.busy_timeout * 1000)}")
            await db.executescript(SCHEMA)
            await db.commit()
        except Exception as error:
            await db.close()
            raise StoreUnavailable(f"SQLite file {self.path} cannot be opened: {error}") from error
        return db

    def _oldest_live(self) -> float:
        return time.time() - self.conversation_ttl

    async def _run(self, sql: str, args: tuple[Any, ...] = (), commit: bool = True) -> tuple[list[Any], int]:
        """One statement (and its commit) at a time: rows returned and rows changed."""
        db = await self._conn()
        async with self._busy:
            try:
                async with db.execute(sql, args) as cursor:
                    rows = list(await cursor.fetchall())
                    changed = cursor.rowcount
                if commit:
                    await db.commit()
            except sqlite3.DatabaseError as error:  # locked too long, disk full or read-only, not a database…
                if isinstance(error, sqlite3.IntegrityError | sqlite3.ProgrammingError):
                    raise  # a bug, not an outage
                with contextlib.suppress(sqlite3.Error):
                    await db.rollback()  # never keep a half-open transaction (and its old snapshot) around
                raise StoreUnavailable(f"SQLite file {self.path} is not usable: {error}") from error
        return rows, changed

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
        _, changed = await self._run("DELETE FROM conversations WHERE key = ?", (key,))
        return changed > 0

    async def claim(self, token: str, ttl: float) -> bool:
        now = time.time()
        _, changed = await self._run(
            "INSERT INTO claims (token, expires_at) VALUES (?, ?) ON CONFLICT(token) DO UPDATE "
            "SET expires_at = excluded.expires_at WHERE claims.expires_at < ?", (token, now + ttl, now))
        return changed == 1

    async def release(self, token: str) -> None:
        await self._run("DELETE FROM claims WHERE token = ?", (token,))

    async def ping(self) -> None:
        await self._run("SELECT 1", commit=False)

    async def purge_expired(self) -> int:
        _, conversations = await self._run("DELETE FROM conversations WHERE updated_at < ?", (self._oldest_live(),))
        _, claims = await self._run("DELETE FROM claims WHERE expires_at < ?", (time.time(),))
        return conversations + claims

    async def close(self) -> None:
        if self._db is not None:
            await self._db.close()
            self._db = None
