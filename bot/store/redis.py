"""Redis backend (redis-py asyncio): shared by several bot instances; keys expire by themselves.

Run Redis with persistence (appendonly yes) for "nothing lost": the queued inputs, the conversations and
what is still to be sent live here.

A lost connection (Redis restarted, a network blip) is retried with exponential backoff on a fresh
connection; the retry policy sits on the pool's connections (a `retry` given to the client is ignored when a
pool is passed in). Work in flight is bounded below the pool size, so a burst waits for a free slot ("busy")
instead of running the pool dry; only a Redis that still refuses after the retries is "down"
(StoreUnavailable).

Every write is a Lua script. Scripts called in the same turn of the event loop (a busy moment: many users at
once) go to Redis together in one pipeline: one connection, one write, one read, each caller getting its own
answer. Alone, a script goes as one command.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar, cast
from urllib.parse import urlsplit

import redis.asyncio as redis
from redis.asyncio.retry import Retry
from redis.backoff import ExponentialBackoff
from redis.commands.core import AsyncScript
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import NoScriptError, RedisError
from redis.exceptions import TimeoutError as RedisTimeoutError

from bot import codec
from bot.store.base import Lease, Leased, Queued, Record, Store, StoreUnavailable

T = TypeVar("T")
log = logging.getLogger(__name__)
PREFIX = "advisor:"
DOWN = (RedisConnectionError, RedisTimeoutError, OSError)
MAX_CONNECTIONS = 64
IN_FLIGHT = MAX_CONNECTIONS - 8  # at most this many commands at once: the pool never runs dry
RETRIES = 3
POOL_WAIT = 10.0  # seconds a command may wait for a free connection (only other work of ours holds them)
BATCH_LIMIT = 64  # scripts sent in one pipeline at most
Waiting = tuple[AsyncScript, list[Any], list[Any], "asyncio.Future[Any]"]  # a script call and its caller

# Drops the entries of the queue KEYS[q] up to seq ARGV[s]; the key ARGV[k] leaves the set KEYS[q + 1] once
# its queue is empty. Queue entries are "<seq>\t<entry JSON>".
DROP = """
local function drop(q, s, k)
  while true do
    local head = redis.call('LINDEX', KEYS[q], 0)
    if not head then break end
    local tab = string.find(head, '\t', 1, true)
    if tonumber(string.sub(head, 1, tab - 1)) > tonumber(ARGV[s]) then break end
    redis.call('LPOP', KEYS[q])
  end
  if redis.call('LLEN', KEYS[q]) == 0 then redis.call('SREM', KEYS[q + 1], ARGV[k]) end
end
"""

# KEYS: the conversation, its queue, the set of keys with a queue, a lease; ARGV: expected version, data
# JSON, now, ttl ms, done seq (0: none), the key, the lease's owner ('': none). Returns the new version,
# created_at, 1 when the lease was given back, and the entries left in the queue when it was not (with an
# owner), or nil when the stored version differs; with a done seq, the queue entries up to it go in the same
# script, and with an owner, the lease too once the queue is empty.
CAS = DROP + """
local current = redis.call('HMGET', KEYS[1], 'version', 'created_at')
local version = tonumber(current[1]) or 0
if version ~= tonumber(ARGV[1]) then return nil end
local created = current[2] or ARGV[3]
if version == 0 then created = ARGV[3] end
redis.call('HSET', KEYS[1], 'data', ARGV[2], 'version', version + 1, 'created_at', created, 'updated_at', ARGV[3])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
local idle, queued = 0, {}
if tonumber(ARGV[5]) > 0 then
  drop(2, 5, 6)
  if ARGV[7] ~= '' then
    if redis.call('LLEN', KEYS[2]) == 0 then
      if redis.call('GET', KEYS[4]) == ARGV[7] then redis.call('DEL', KEYS[4]) end
      idle = 1
    else
      queued = redis.call('LRANGE', KEYS[2], 0, -1)
    end
  end
end
return {version + 1, created, idle, queued}
"""

# A lease: the claim `name`, taken for `owner` when free, renewed when the owner holds it (ttl in ms).
LEASE_BODY = """
local function lease(name, ttl, owner)
  local held = redis.call('GET', name)
  if not held then
    redis.call('SET', name, owner, 'PX', ttl)
    return 1
  end
  if held == owner then
    redis.call('PEXPIRE', name, ttl)
    return 1
  end
  return 0
end
"""
# KEYS[1] the claim; ARGV: ttl ms, owner.
LEASE = LEASE_BODY + "return lease(KEYS[1], ARGV[1], ARGV[2])"

# The lease (KEYS[1], ARGV as above) and, when ours, the conversation (KEYS[2]: its fields) and its queue
# (KEYS[3]); 0 when someone else holds the lease.
TAKE = LEASE_BODY + """
if lease(KEYS[1], ARGV[1], ARGV[2]) == 0 then return 0 end
return {redis.call('HGETALL', KEYS[2]), redis.call('LRANGE', KEYS[3], 0, -1)}
"""

UNLEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end
return 1
"""

# The lease given back (KEYS[1], ARGV[1] the owner) and how many entries wait in the queue KEYS[2].
HAND_BACK = """
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end
return redis.call('LLEN', KEYS[2])
"""

# Queues an input: KEYS[1] the queue (a list of "<seq>\\t<entry JSON>"), KEYS[2] the set of keys with a queue,
# KEYS[3] the seq counter, KEYS[first..] the claims. ARGV: entry JSON, claim ttl ms, limit, queue ttl ms, the
# key, the over-limit marker JSON.
ENQUEUE_BODY = """
local function enqueue(first)
  for i = first, #KEYS do
    if redis.call('EXISTS', KEYS[i]) == 1 then return 'duplicate' end
  end
  for i = first, #KEYS do redis.call('SET', KEYS[i], '1', 'PX', ARGV[2]) end
  local result = 'queued'
  if redis.call('LLEN', KEYS[1]) < tonumber(ARGV[3]) then
    redis.call('RPUSH', KEYS[1], redis.call('INCR', KEYS[3]) .. '\\t' .. ARGV[1])
  else
    result = 'over_limit'
    local last = redis.call('LINDEX', KEYS[1], -1)
    local tab = string.find(last, '\\t', 1, true)
    local entry = cjson.decode(string.sub(last, tab + 1))
    if entry['kind'] == 'over_limit' then
      entry['count'] = entry['count'] + 1
      redis.call('LSET', KEYS[1], -1, string.sub(last, 1, tab) .. cjson.encode(entry))
    else
      redis.call('RPUSH', KEYS[1], redis.call('INCR', KEYS[3]) .. '\\t' .. ARGV[6])
    end
  end
  redis.call('PEXPIRE', KEYS[1], ARGV[4])
  redis.call('SADD', KEYS[2], ARGV[5])
  return result
end
"""
ENQUEUE = ENQUEUE_BODY + "return enqueue(4)"

# Queues an input as above (the claims from KEYS[6]), then takes the lease KEYS[4] (ARGV[7] ttl ms, ARGV[8]
# owner) and reads the conversation KEYS[5] and the queue: {result} or {result, fields, entries}.
ENQUEUE_TAKE = ENQUEUE_BODY + LEASE_BODY + """
local result = enqueue(6)
if result == 'duplicate' or lease(KEYS[4], ARGV[7], ARGV[8]) == 0 then return {result} end
return {result, redis.call('HGETALL', KEYS[5]), redis.call('LRANGE', KEYS[1], 0, -1)}
"""

# KEYS: the queue, the set of keys with a queue; ARGV: seq, the key. Drops entries up to seq.
DONE = DROP + """
drop(1, 1, 2)
return 1
"""


class RedisStore(Store):
    def __init__(self, url: str, conversation_ttl: float) -> None:
        self.conversation_ttl = conversation_ttl
        parts = urlsplit(url)
        self.where = f"{parts.hostname or 'localhost'}:{parts.port or 6379}"
        # The retry policy goes on the pool: it is what each connection uses (a client `retry` is ignored
        # when a pool is passed in). A dead connection is dropped and the command re-sent on a new one.
        retry = Retry(ExponentialBackoff(cap=0.4, base=0.05), RETRIES)
        pool = redis.BlockingConnectionPool.from_url(
            url, max_connections=MAX_CONNECTIONS, timeout=POOL_WAIT, socket_connect_timeout=1, socket_timeout=2,
            health_check_interval=15, retry=retry, retry_on_error=[RedisConnectionError, RedisTimeoutError])
        self.client = redis.Redis(connection_pool=pool)
        self._slots = asyncio.Semaphore(IN_FLIGHT)
        self._cas = self.client.register_script(CAS)
        self._lease = self.client.register_script(LEASE)
        self._take = self.client.register_script(TAKE)
        self._hand_back = self.client.register_script(HAND_BACK)
        self._unlease = self.client.register_script(UNLEASE)
        self._enqueue = self.client.register_script(ENQUEUE)
        self._enqueue_take = self.client.register_script(ENQUEUE_TAKE)
        self._done = self.client.register_script(DONE)
        self._batch: list[Waiting] = []  # script calls of this turn of the loop, sent together at its end
        self._sending: set[asyncio.Task[None]] = set()

    async def _call(self, command: Callable[[], Awaitable[T]]) -> T:
        """Run one command in a free slot (waiting for one when busy); StoreUnavailable when Redis is down."""
        async with self._slots:
            try:
                return await command()
            except DOWN as error:
                raise StoreUnavailable(f"Redis at {self.where} is unreachable: {type(error).__name__}") from error

    async def _run(self, script: AsyncScript, keys: list[Any], args: list[Any]) -> Any:
        """Run a Lua script, together with the other scripts called in this turn of the event loop."""
        loop = asyncio.get_running_loop()
        waiting: asyncio.Future[Any] = loop.create_future()
        self._batch.append((script, keys, args, waiting))
        if len(self._batch) == 1:
            loop.call_soon(self._flush)  # runs after every callback already due in this turn
        return await waiting

    def _flush(self) -> None:
        batch, self._batch = self._batch, []
        for start in range(0, len(batch), BATCH_LIMIT):
            task = asyncio.ensure_future(self._send(batch[start:start + BATCH_LIMIT]))
            self._sending.add(task)
            task.add_done_callback(self._sending.discard)

    async def _send(self, batch: list[Waiting]) -> None:
        """One pipeline for the batch (one plain command for a batch of one); every caller gets its own answer,
        or the error that stopped the whole batch (StoreUnavailable when Redis is down)."""
        try:
            if len(batch) == 1:
                script, keys, args, _ = batch[0]
                results = [await self._call(lambda: script(keys=keys, args=args))]
            else:
                results = await self._call(lambda: self._pipeline(batch))
        except asyncio.CancelledError:  # shutting down: the callers stop waiting too
            for *_, waiting in batch:
                waiting.cancel()
            raise
        except Exception as error:
            results = [error] * len(batch)
        for (script, keys, args, waiting), result in zip(batch, results, strict=True):
            if isinstance(result, NoScriptError):  # Redis lost its scripts (a restart): load it, run it again
                try:
                    result = await self._call(lambda s=script, k=keys, a=args: s(keys=k, args=a))
                except Exception as error:
                    result = error
            if waiting.done():  # the caller was cancelled: the script ran all the same
                continue
            if isinstance(result, BaseException):
                waiting.set_exception(result)
            else:
                waiting.set_result(result)

    async def _pipeline(self, batch: list[Waiting]) -> list[Any]:
        """The scripts by their SHA1 (each is loaded on first use, and again after NOSCRIPT): answers and
        errors in order."""
        pipe = self.client.pipeline(transaction=False)
        for script, keys, args, _ in batch:
            pipe.evalsha(script.sha, len(keys), *keys, *args)
        return await pipe.execute(raise_on_error=False)

    @staticmethod
    def _conv(key: str) -> str:
        return PREFIX + "conv:" + key

    @staticmethod
    def _queue(key: str) -> str:
        return PREFIX + "inbox:" + key

    async def get(self, key: str) -> Record | None:
        return _record(await self._call(lambda: self.client.hgetall(self._conv(key))))

    async def put(self, key: str, data: dict[str, Any], expected_version: int, done: int = 0,
                  release: tuple[str, str] | None = None) -> Record | None:
        now = time.time()
        token, owner = release or ("-", "")
        keys = [self._conv(key), self._queue(key), PREFIX + "inboxes", PREFIX + "claim:" + token]
        args = [expected_version, codec.dumps(data), repr(now), int(self.conversation_ttl * 1000),
                done, key, owner]
        result = await self._run(self._cas, keys, args)
        if result is None:
            return None
        return Record(data, int(result[0]), float(result[1]), now, bool(result[2]), _entries(result[3]))

    async def delete(self, key: str) -> bool:
        async def both() -> int:
            async with self.client.pipeline(transaction=True) as pipe:
                pipe.delete(self._conv(key))
                pipe.delete(self._queue(key))
                pipe.srem(PREFIX + "inboxes", key)
                return (await pipe.execute())[0]

        return bool(await self._call(both))

    async def claim(self, token: str, ttl: float, owner: str = "") -> bool:
        name, ms = PREFIX + "claim:" + token, int(ttl * 1000)
        if owner:
            return bool(await self._run(self._lease, [name], [ms, owner]))
        return bool(await self._call(lambda: self.client.set(name, b"1", nx=True, px=ms)))

    async def take_lease(self, key: str, token: str, ttl: float, owner: str) -> Leased | None:
        keys = [PREFIX + "claim:" + token, self._conv(key), self._queue(key)]
        result = await self._run(self._take, keys, [int(ttl * 1000), owner])
        if not result:
            return None
        fields, items = result
        return Leased(_record(dict(zip(fields[::2], fields[1::2], strict=True))), _entries(items))

    async def hand_back(self, token: str, owner: str, key: str) -> bool:
        keys = [PREFIX + "claim:" + token, self._queue(key)]
        return bool(await self._run(self._hand_back, keys, [owner]))

    async def release(self, token: str, owner: str = "") -> None:
        name = PREFIX + "claim:" + token
        if owner:
            await self._run(self._unlease, [name], [owner])
        else:
            await self._call(lambda: self.client.delete(name))

    async def enqueue(self, key: str, entry: dict[str, Any], tokens: list[str], claim_ttl: float, limit: int,
                      marker: dict[str, Any]) -> Queued:
        keys = [self._queue(key), PREFIX + "inboxes", PREFIX + "seq", *(PREFIX + "claim:" + t for t in tokens)]
        result = await self._run(self._enqueue, keys, self._entry_args(key, entry, claim_ttl, limit, marker))
        return _queued(result)

    async def enqueue_and_lease(self, key: str, entry: dict[str, Any], tokens: list[str], claim_ttl: float,
                                limit: int, marker: dict[str, Any], lease: Lease) -> tuple[Queued, Leased | None]:
        token, ttl, owner = lease
        keys = [self._queue(key), PREFIX + "inboxes", PREFIX + "seq", PREFIX + "claim:" + token, self._conv(key),
                *(PREFIX + "claim:" + t for t in tokens)]
        args = [*self._entry_args(key, entry, claim_ttl, limit, marker), int(ttl * 1000), owner]
        result = await self._run(self._enqueue_take, keys, args)
        if len(result) == 1:
            return _queued(result[0]), None
        _, fields, items = result
        return _queued(result[0]), Leased(_record(dict(zip(fields[::2], fields[1::2], strict=True))), _entries(items))

    def _entry_args(self, key: str, entry: dict[str, Any], claim_ttl: float, limit: int,
                    marker: dict[str, Any]) -> list[Any]:
        over = codec.dumps({**marker, "kind": "over_limit", "count": 1})
        return [codec.dumps(entry), int(claim_ttl * 1000), limit,
                int(self.conversation_ttl * 1000), key, over]

    async def pending(self, key: str) -> list[dict[str, Any]]:
        return _entries(await self._call(lambda: self.client.lrange(self._queue(key), 0, -1)))

    async def done(self, key: str, seq: int) -> None:
        await self._run(self._done, [self._queue(key), PREFIX + "inboxes"], [seq, key])

    async def queued_keys(self) -> list[str]:
        members = await self._call(lambda: self.client.smembers(PREFIX + "inboxes"))
        return sorted(m.decode() for m in members)

    async def consume(self, token: str) -> bool:
        return bool(await self._call(lambda: self.client.delete(PREFIX + "claim:" + token)))

    async def put_installation(self, workspace: str, data: str) -> None:
        await self._call(lambda: self.client.set(PREFIX + "install:" + workspace, data))

    async def get_installation(self, workspace: str) -> str | None:
        found = await self._call(lambda: self.client.get(PREFIX + "install:" + workspace))
        return found.decode() if found is not None else None

    async def delete_installation(self, workspace: str) -> bool:
        return bool(await self._call(lambda: self.client.delete(PREFIX + "install:" + workspace)))

    async def forget_prefixed(self, prefixes: list[str]) -> int:
        """Found with SCAN (the whole keyspace, in steps: an uninstall is rare), deleted in batches; a queue's
        key leaves the set of keys with a queue too."""
        removed = 0
        for prefix in prefixes:
            for kind in ("conv:", "inbox:", "claim:"):
                match = PREFIX + kind + _glob_escape(prefix) + "*"
                names = await self._call(lambda m=match: self._scan(m))
                for start in range(0, len(names), 500):
                    batch = names[start:start + 500]
                    removed += await self._call(lambda b=batch: self.client.delete(*b))
                    if kind == "inbox:":
                        keys = [n.decode().removeprefix(PREFIX + kind) for n in batch]
                        await self._call(lambda k=keys: self.client.srem(PREFIX + "inboxes", *k))
        return removed

    async def _scan(self, match: str) -> list[bytes]:
        return [name async for name in self.client.scan_iter(match=match, count=1000)]

    async def ping(self) -> None:
        await self._call(lambda: self.client.set(PREFIX + "health", repr(time.time()), px=60_000))

    async def purge_expired(self) -> int:
        """Redis expires keys itself; what it keeps of deleted keys is in its append-only file, until the file is
        rewritten: ask for a rewrite, so that a typed message applied and deleted is gone from the disk too
        within the hour. A Redis that refuses (no AOF, a rewrite already running, the command renamed on a
        managed service) is left as it is."""
        try:
            if (await self.client.config_get("appendonly")).get("appendonly") != "yes":
                return 0  # no append-only file: nothing deleted is kept on disk by it
            await self.client.bgrewriteaof()
            log.info("asked Redis to rewrite its append-only file")
        except RedisError as error:
            log.info("Redis did not rewrite its append-only file: %s", type(error).__name__)
        return 0

    async def close(self) -> None:
        await self.client.aclose()
        await self.client.connection_pool.disconnect()


def _glob_escape(text: str) -> str:
    """`text` matched literally in a SCAN pattern."""
    return "".join("\\" + c if c in "*?[]\\" else c for c in text)


def _queued(result: bytes | str) -> Queued:
    return cast(Queued, result.decode() if isinstance(result, bytes) else result)


def _record(found: dict[bytes, bytes]) -> Record | None:
    if not found:
        return None
    return Record(codec.loads(found[b"data"]), int(found[b"version"]), float(found[b"created_at"]),
                  float(found[b"updated_at"]))


def _entries(items: list[bytes]) -> list[dict[str, Any]]:
    entries = []
    for item in items:
        seq, _, text = item.decode().partition("\t")
        entries.append({**codec.loads(text), "seq": int(seq)})
    return entries
