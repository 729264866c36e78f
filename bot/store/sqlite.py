"""SQLite backend (aiosqlite, WAL): one file, safe for several processes on one machine."""

from __future__ import annotations

import asyncio
import json
import os
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
    def __init__(self, path: str, conversation_ttl: float) -> None:
        self.path = path
        self.conversation_ttl = conversation_ttl
        self._db: aiosqlite.Connection | None = None
        self._opening = asyncio.Lock()
        self._busy = asyncio.Lock()  # one statement-and-commit at a time on the shared connection

    async def _conn(self) -> aiosqlite.Connection:
        async with self._opening:
            if self._db is None:
                folder = os.path.dirname(os.path.abspath(self.path))
                if not os.path.isdir(folder):
                    raise StoreUnavailable(f"SQLite file {self.path} cannot be created: no folder {folder}")
                try:
                    db = await aiosqlite.connect(self.path, timeout=10)
                    await db.execute("PRAGMA journal_mode=WAL")
                    await db.execute("PRAGMA busy_timeout=10000")
                    await db.executescript(SCHEMA)
                    await db.commit()
                except Exception as error:
                    raise StoreUnavailable(f"SQLite file {self.path} cannot be opened: {error}") from error
                self._db = db
            return self._db

    def _oldest_live(self) -> float:
        return time.time() - self.conversation_ttl

    async def _run(self, sql: str, args: tuple[Any, ...] = (), commit: bool = True) -> tuple[list[Any], int]:
        """One statement (and its commit) at a time: rows returned and rows changed."""
        db = await self._conn()
        async with self._busy:
            async with db.execute(sql, args) as cursor:
                rows = list(await cursor.fetchall())
                changed = cursor.rowcount
            if commit:
                await db.commit()
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
        try:
            await self._run("SELECT 1", commit=False)
        except StoreUnavailable:
            raise
        except Exception as error:
            raise StoreUnavailable(f"SQLite file {self.path} is not usable: {error}") from error

    async def purge_expired(self) -> int:
        _, conversations = await self._run("DELETE FROM conversations WHERE updated_at < ?", (self._oldest_live(),))
        _, claims = await self._run("DELETE FROM claims WHERE expires_at < ?", (time.time(),))
        return conversations + claims

    async def close(self) -> None:
        if self._db is not None:
            await self._db.close()
            self._db = None
