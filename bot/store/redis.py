"""Redis backend (redis-py asyncio): shared by several bot instances; keys expire by themselves."""

from __future__ import annotations

import json
import time
from typing import Any
from urllib.parse import urlsplit

import redis.asyncio as redis
from redis.asyncio.retry import Retry
from redis.backoff import ExponentialBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from bot.store.base import Record, Store, StoreUnavailable

PREFIX = "advisor:"
DOWN = (RedisConnectionError, RedisTimeoutError, OSError)
MAX_CONNECTIONS = 64

# KEYS[1] conversation key; ARGV: expected version, data JSON, now, ttl ms. Returns the new version and
# created_at, or nil when the stored version differs.
CAS = """
local current = redis.call('HMGET', KEYS[1], 'version', 'created_at')
local version = tonumber(current[1]) or 0
if version ~= tonumber(ARGV[1]) then return nil end
local created = current[2] or ARGV[3]
if version == 0 then created = ARGV[3] end
redis.call('HSET', KEYS[1], 'data', ARGV[2], 'version', version + 1, 'created_at', created, 'updated_at', ARGV[3])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return {version + 1, created}
"""


class RedisStore(Store):
    def __init__(self, url: str, conversation_ttl: float) -> None:
        self.conversation_ttl = conversation_ttl
        parts = urlsplit(url)
        self.where = f"{parts.hostname or 'localhost'}:{parts.port or 6379}"
        # A burst of events waits for a free connection instead of failing (MaxConnectionsError).
        pool = redis.BlockingConnectionPool.from_url(url, max_connections=MAX_CONNECTIONS, timeout=2,
                                                     socket_connect_timeout=1, socket_timeout=2,
                                                     health_check_interval=15)
        self.client = redis.Redis(connection_pool=pool, retry=Retry(ExponentialBackoff(cap=0.5, base=0.05), 2))
        self._cas = self.client.register_script(CAS)

    def _down(self, error: Exception) -> StoreUnavailable:
        return StoreUnavailable(f"Redis at {self.where} is unreachable: {type(error).__name__}")

    async def get(self, key: str) -> Record | None:
        try:
            found = await self.client.hgetall(PREFIX + "conv:" + key)
        except DOWN as error:
            raise self._down(error) from error
        if not found:
            return None
        return Record(json.loads(found[b"data"]), int(found[b"version"]), float(found[b"created_at"]),
                      float(found[b"updated_at"]))

    async def put(self, key: str, data: dict[str, Any], expected_version: int) -> Record | None:
        now = time.time()
        args = [expected_version, json.dumps(data, ensure_ascii=False), repr(now), int(self.conversation_ttl * 1000)]
        try:
            result = await self._cas(keys=[PREFIX + "conv:" + key], args=args)
        except DOWN as error:
            raise self._down(error) from error
        if result is None:
            return None
        return Record(data, int(result[0]), float(result[1]), now)

    async def delete(self, key: str) -> bool:
        try:
            return bool(await self.client.delete(PREFIX + "conv:" + key))
        except DOWN as error:
            raise self._down(error) from error

    async def claim(self, token: str, ttl: float) -> bool:
        try:
            return bool(await self.client.set(PREFIX + "claim:" + token, b"1", nx=True, px=int(ttl * 1000)))
        except DOWN as error:
            raise self._down(error) from error

    async def release(self, token: str) -> None:
        try:
            await self.client.delete(PREFIX + "claim:" + token)
        except DOWN as error:
            raise self._down(error) from error

    async def ping(self) -> None:
        try:
            await self.client.ping()
        except DOWN as error:
            raise self._down(error) from error

    async def close(self) -> None:
        await self.client.aclose()
        await self.client.connection_pool.disconnect()
