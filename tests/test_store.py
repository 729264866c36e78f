"""The conversation store, on SQLite and on Redis: compare-and-set, expiry, claims, outages."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from bot.store import Store, StoreUnavailable, open_store
from bot.store import sqlite as sqlite_store
from bot.store.sqlite import SqliteStore
from tests.conftest import RedisServer

ROOT = Path(__file__).resolve().parent.parent
DATA = {"conversation": {"state": "platform", "answers": {}}, "refs": {}}


@pytest.fixture
async def make_store(store_url: str) -> AsyncIterator[Callable[..., Store]]:
    """open_store(store_url, ttl) for the test; every store made is closed afterwards."""
    made: list[Store] = []

    def make(ttl: float = 3600.0) -> Store:
        store = open_store(store_url, ttl)
        made.append(store)
        return store

    yield make
    for store in made:
        await store.close()


@pytest.fixture
def store(make_store: Callable[..., Store]) -> Store:
    return make_store()


def data(n: int) -> dict:
    return {"conversation": {"state": "contract", "answers": {"n": n}, "note": "日本語"}, "refs": {"ts": str(n)}}


# ---------------------------------------------------------------- compare-and-set


async def test_create_get_and_put(store: Store) -> None:
    assert await store.get("T:U1") is None
    created = await store.put("T:U1", DATA, 0)
    assert created is not None and created.version == 1 and created.data == DATA
    got = await store.get("T:U1")
    assert got is not None and got.version == 1 and got.data == DATA
    assert abs(got.created_at - time.time()) < 5 and got.updated_at >= got.created_at
    updated = await store.put("T:U1", data(2), 1)
    assert updated is not None and updated.version == 2
    got = await store.get("T:U1")
    assert got is not None and got.version == 2 and got.data == data(2)
    assert got.created_at == pytest.approx(created.created_at)
    assert await store.get("T:U2") is None  # other keys are untouched


async def test_put_with_a_stale_version_conflicts(store: Store) -> None:
    await store.put("k", data(1), 0)
    await store.put("k", data(2), 1)
    assert await store.put("k", data(3), 1) is None  # someone else moved it to version 2
    assert await store.put("k", data(3), 5) is None  # a version that never was
    got = await store.get("k")
    assert got is not None and got.version == 2 and got.data == data(2)


async def test_put_on_a_missing_record_with_a_version_conflicts(store: Store) -> None:
    assert await store.put("missing", data(1), 1) is None
    assert await store.get("missing") is None


async def test_create_conflicts_when_a_live_record_exists(store: Store) -> None:
    assert await store.put("k", data(1), 0) is not None
    assert await store.put("k", data(2), 0) is None
    got = await store.get("k")
    assert got is not None and got.version == 1 and got.data == data(1)


async def test_concurrent_puts_with_one_expected_version_one_wins(store: Store) -> None:
    await store.put("k", data(0), 0)
    results = await asyncio.gather(*(store.put("k", data(n), 1) for n in range(1, 31)))
    winners = [r for r in results if r is not None]
    assert len(winners) == 1 and winners[0].version == 2
    got = await store.get("k")
    assert got is not None and got.version == 2 and got.data == winners[0].data


async def test_concurrent_mixed_operations_on_one_store_object(store: Store) -> None:
    """What one bot process does when several users write at once: claims, loads and saves interleave."""
    await store.put("existing", data(0), 0)
    # the smallest case: a claim (one user's new DM) while a save and a load run (other users' turns)
    results = await asyncio.gather(store.claim("event:Ev1", 60), store.put("new", data(1), 0), store.get("existing"),
                                   return_exceptions=True)
    assert not [r for r in results if isinstance(r, BaseException)], results
    # and a few dozen of them (below any connection-pool limit)
    jobs = []
    for n in range(12):
        jobs += [store.claim(f"event:Ev{n}x", 60), store.put(f"user{n}", data(n), 0), store.get("existing"),
                 store.release(f"event:Ev{n}x"), store.delete(f"gone{n}")]
    results = await asyncio.gather(*jobs, return_exceptions=True)
    errors = [f"{type(r).__name__}: {r}" for r in results if isinstance(r, BaseException)]
    assert not errors, f"{len(errors)} of {len(jobs)} operations failed, e.g. {errors[0]}"
    for n in range(12):
        got = await store.get(f"user{n}")
        assert got is not None and got.data == data(n)


async def test_a_burst_of_concurrent_operations_is_not_an_outage(store: Store) -> None:
    """250 loads at once (a busy moment of one process) wait for a connection; the backend is not 'down'."""
    await store.put("existing", data(0), 0)
    results = await asyncio.gather(*(store.get("existing") for _ in range(250)), return_exceptions=True)
    errors = [f"{type(r).__name__}: {r}" for r in results if isinstance(r, BaseException)]
    assert not errors, f"{len(errors)} of 250 loads failed, e.g. {errors[0]}"
    results = await asyncio.gather(*(store.put(f"user{n}", data(n), 0) for n in range(250)), return_exceptions=True)
    errors = [f"{type(r).__name__}: {r}" for r in results if isinstance(r, BaseException)]
    assert not errors, f"{len(errors)} of 250 saves failed, e.g. {errors[0]}"


async def test_concurrent_creates_one_wins(store: Store) -> None:
    results = await asyncio.gather(*(store.put("new", data(n), 0) for n in range(20)))
    assert sum(r is not None for r in results) == 1


async def test_concurrent_puts_from_two_store_objects_one_wins(make_store: Callable[..., Store]) -> None:
    a, b = make_store(), make_store()
    await a.put("k", data(0), 0)
    assert (await b.get("k")) is not None
    results = await asyncio.gather(*(s.put("k", data(n), 1) for n in range(20) for s in (a, b)))
    winners = [r for r in results if r is not None]
    assert len(winners) == 1
    for s in (a, b):
        got = await s.get("k")
        assert got is not None and got.version == 2 and got.data == winners[0].data


CONTENDER = textwrap.dedent("""
    import asyncio, sys, time
    from bot.store import open_store

    async def main(url, start_at):
        store = open_store(url, 3600)
        await store.get("warm-up")  # open the file before the race
        time.sleep(max(0.0, start_at - time.time()))
        results = await asyncio.gather(*(store.put("k", {"winner": sys.argv[3], "n": n}, 1) for n in range(10)))
        await store.close()
        print(sum(r is not None for r in results))

    asyncio.run(main(sys.argv[1], float(sys.argv[2])))
""")


async def test_concurrent_puts_from_two_processes_one_wins(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/shared.db"
    store = open_store(url, 3600)
    try:
        await store.put("k", data(0), 0)
        start_at = time.time() + 1.5
        env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
        procs = [subprocess.Popen([sys.executable, "-c", CONTENDER, url, repr(start_at), name], cwd=ROOT, env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for name in "ab"]
        try:
            outputs = [proc.communicate(timeout=30) for proc in procs]
        finally:
            for proc in procs:
                if proc.poll() is None:
                    proc.kill()
                    proc.wait()
        assert [proc.returncode for proc in procs] == [0, 0], outputs
        assert sum(int(out.strip()) for out, _ in outputs) == 1, outputs
        got = await store.get("k")
        assert got is not None and got.version == 2 and got.data["winner"] in "ab"
    finally:
        await store.close()


# ---------------------------------------------------------------- expiry, delete, durability


async def test_idle_record_expires_and_can_be_created_again(make_store: Callable[..., Store]) -> None:
    store = make_store(ttl=0.3)
    await store.put("k", data(1), 0)
    assert await store.get("k") is not None
    await asyncio.sleep(0.45)
    assert await store.get("k") is None
    assert await store.put("k", data(9), 1) is None  # the old version is gone with it
    fresh = await store.put("k", data(2), 0)
    assert fresh is not None and fresh.version == 1
    got = await store.get("k")
    assert got is not None and got.version == 1 and got.data == data(2)


async def test_each_update_extends_the_idle_time(make_store: Callable[..., Store]) -> None:
    store = make_store(ttl=1.0)
    record = await store.put("k", data(0), 0)
    for n in range(1, 5):  # 4 × 0.4 s > ttl, but never 1 s idle
        await asyncio.sleep(0.4)
        assert record is not None
        record = await store.put("k", data(n), record.version)
        assert record is not None, f"expired while in use (update {n})"
    got = await store.get("k")
    assert got is not None and got.version == 5


async def test_delete(store: Store) -> None:
    await store.put("k", data(1), 0)
    assert await store.delete("k") is True
    assert await store.get("k") is None
    assert await store.delete("k") is False
    created = await store.put("k", data(2), 0)
    assert created is not None and created.version == 1


async def test_data_survives_a_new_store_object(store_url: str) -> None:
    first = open_store(store_url, 3600)
    try:
        await first.put("k", data(7), 0)
        assert await first.claim("event:Ev1", 60)
    finally:
        await first.close()
    second = open_store(store_url, 3600)
    try:
        got = await second.get("k")
        assert got is not None and got.version == 1 and got.data == data(7)
        assert not await second.claim("event:Ev1", 60)
        assert await second.put("k", data(8), 1) is not None
    finally:
        await second.close()


# ---------------------------------------------------------------- claims


async def test_claim_once_then_after_ttl_then_after_release(store: Store) -> None:
    assert await store.claim("event:Ev1", 0.3) is True
    assert await store.claim("event:Ev1", 0.3) is False
    assert await store.claim("event:Ev2", 0.3) is True  # another token
    await asyncio.sleep(0.45)
    assert await store.claim("event:Ev1", 60) is True  # the first claim lapsed
    assert await store.claim("event:Ev1", 60) is False
    await store.release("event:Ev1")
    assert await store.claim("event:Ev1", 60) is True
    await store.release("never-claimed")  # harmless


async def test_concurrent_claims_one_wins(make_store: Callable[..., Store]) -> None:
    a, b = make_store(), make_store()
    results = await asyncio.gather(*(s.claim("event:EvX", 60) for _ in range(10) for s in (a, b)))
    assert sum(results) == 1


async def test_ping(store: Store) -> None:
    await store.ping()


# ---------------------------------------------------------------- SQLite specifics


async def test_sqlite_purge_expired(tmp_path: Path) -> None:
    path = tmp_path / "purge.db"
    store = open_store(f"sqlite:///{path}", 1.0)
    try:
        await store.put("old1", data(1), 0)
        await store.put("old2", data(2), 0)
        assert await store.claim("event:old", 0.1)
        assert await store.claim("event:live", 60)
        await asyncio.sleep(1.2)
        await store.put("live", data(3), 0)
        assert await store.purge_expired() == 3
        assert await store.purge_expired() == 0
        assert (await store.get("live")) is not None
        assert not await store.claim("event:live", 60)
        with sqlite3.connect(path) as raw:
            assert [r[0] for r in raw.execute("SELECT key FROM conversations")] == ["live"]
            assert [r[0] for r in raw.execute("SELECT token FROM claims")] == ["event:live"]
    finally:
        await store.close()


async def test_sqlite_missing_folder_is_unavailable(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path}/no/such/folder/x.db", 60)
    try:
        with pytest.raises(StoreUnavailable, match="folder"):
            await store.ping()
    finally:
        await store.close()


@pytest.mark.parametrize("url", ["postgres://u:secret@h/db", "mysql://u@h/db", "advisor.db", "", "sqlite:///",
                                 "sqlite://advisor.db"])
def test_unsupported_url_is_a_value_error(url: str) -> None:
    with pytest.raises(ValueError) as caught:
        open_store(url)
    message = str(caught.value)
    assert "\n" not in message and "sqlite:///" in message and "redis://" in message and "secret" not in message


async def _record_locked_by_another_process(path: Path, busy_timeout: float) -> tuple[SqliteStore, sqlite3.Connection]:
    """A store with record "k" at version 1, and another connection (as another process would) in the middle
    of a write transaction that sets it to version 7: it holds the write lock until it commits."""
    store = SqliteStore(str(path), 3600, busy_timeout=busy_timeout)
    other = sqlite3.connect(path, isolation_level=None)
    await store.put("k", data(1), 0)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE conversations SET version = 7 WHERE key = 'k'")
    return store, other


async def test_sqlite_locked_too_long_is_unavailable_then_recovers(tmp_path: Path) -> None:
    """Another process holding the write lock past busy_timeout: StoreUnavailable, and no stuck transaction."""
    store, other = await _record_locked_by_another_process(tmp_path / "locked.db", busy_timeout=0.2)
    try:
        with pytest.raises(StoreUnavailable, match="locked"):
            await store.put("k", data(2), 1)
        with pytest.raises(StoreUnavailable, match="locked"):
            await store.claim("event:Ev1", 60)
        got = await store.get("k")  # WAL: readers still see the last committed state
        assert got is not None and got.version == 1
        other.execute("COMMIT")
        got = await store.get("k")  # and then the other process's commit, not an old snapshot
        assert got is not None and got.version == 7
        assert await store.put("k", data(3), 7) is not None
        assert await store.claim("event:Ev1", 60)
    finally:
        other.close()
        await store.close()


async def test_sqlite_a_write_waiting_for_a_lock_does_not_hold_up_the_loop(tmp_path: Path) -> None:
    """Another process holds the write lock for a moment: our write waits for it on the store's thread and
    then lands, while the event loop goes on serving everything else (reads too)."""
    store, other = await _record_locked_by_another_process(tmp_path / "waiting.db", busy_timeout=5.0)
    try:
        write = asyncio.create_task(store.put("k", data(2), 7))
        ticks, started = 0, time.monotonic()
        while time.monotonic() - started < 0.4:
            await asyncio.sleep(0.01)
            ticks += 1
        assert not write.done() and ticks >= 20  # the write waits; the loop ran on (a blocked loop ticks once)
        assert (await store.get("k")).version == 1  # reads still answer meanwhile (WAL)
        other.execute("COMMIT")
        saved = await asyncio.wait_for(write, 5)
        assert saved is not None and saved.version == 8 and (await store.get("k")).data == data(2)
    finally:
        other.close()
        await store.close()


async def test_sqlite_the_wal_is_checkpointed_and_does_not_grow_without_end(tmp_path: Path) -> None:
    """Checkpoints run on the store's thread every so many operations, so the WAL file is reused: a few
    thousand writes of a 20 kB record leave it far below the size of what they wrote."""
    path = tmp_path / "wal.db"
    store = SqliteStore(str(path), 3600)
    try:
        record = await store.put("k", data(0), 0)
        for n in range(1, 2000):
            record = await store.put("k", {**data(n), "pad": "x" * 20_000}, record.version)
            if n % 50 == 0:
                await asyncio.sleep(0.01)  # let a checkpoint on the thread finish now and then
        wal = path.with_name(path.name + "-wal")
        assert wal.exists() and wal.stat().st_size < 8 * 2**20  # 2,000 writes of 20 kB: 40 MB without checkpoints
        assert (await store.get("k")).version == 2000
    finally:
        await store.close()


async def test_sqlite_a_checkpoint_another_process_holds_up_does_not_hold_up_writes(tmp_path: Path) -> None:
    """Another process keeps a read open, so the WAL cannot be emptied: the checkpoint gives up after half a
    second and is tried again later, and every write still lands within a second or two (not after the
    busy timeout)."""
    path = tmp_path / "reader.db"
    store = SqliteStore(str(path), 3600, busy_timeout=10.0)
    record = await store.put("k", data(0), 0)
    reader = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3, sys; db = sqlite3.connect(sys.argv[1], isolation_level=None); "
         "db.execute('BEGIN'); db.execute('SELECT count(*) FROM conversations').fetchall(); print('reading', "
         "flush=True); sys.stdin.read()", str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert reader.stdout is not None and reader.stdout.readline().strip() == "reading"
        slowest = 0.0
        for n in range(1, 800):  # 800 writes of 40 kB: the WAL passes 4 MiB, and a checkpoint is tried
            started = time.monotonic()
            record = await store.put("k", {**data(n), "pad": "x" * 40_000}, record.version)
            slowest = max(slowest, time.monotonic() - started)
        assert slowest < 2.0, f"a write waited {slowest:.1f} s for the checkpoint"
        assert (await store.get("k")).version == 800
    finally:
        reader.communicate("", timeout=10)
        await store.close()

WRITER = textwrap.dedent("""
    import asyncio, sys, time
    from bot.store import open_store

    async def main(url):
        store = open_store(url, 3600)
        record = await store.put("k", {"n": 1}, 0)
        record = await store.put("k", {"n": 2}, record.version)
        await store.claim("event:Ev1", 60)
        print("written", flush=True)
        time.sleep(60)  # killed here, without closing anything

    asyncio.run(main(sys.argv[1]))
""")


async def test_sqlite_writes_survive_sigkill(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/killed.db"
    with subprocess.Popen([sys.executable, "-c", WRITER, url], cwd=ROOT, stdout=subprocess.PIPE, text=True) as proc:
        try:
            assert proc.stdout is not None and proc.stdout.readline().strip() == "written"
        finally:
            proc.kill()  # SIGKILL
    store = open_store(url, 3600)
    try:
        got = await store.get("k")
        assert got is not None and got.version == 2 and got.data == {"n": 2}
        assert not await store.claim("event:Ev1", 60)
    finally:
        await store.close()


# ---------------------------------------------------------------- Redis outage


async def _fails_fast(call: Callable[[], object]) -> StoreUnavailable:
    started = time.monotonic()
    with pytest.raises(StoreUnavailable) as caught:
        await asyncio.wait_for(call(), 10)  # type: ignore[arg-type]
    elapsed = time.monotonic() - started
    assert elapsed < 3, f"took {elapsed:.1f}s to notice Redis is down"
    return caught.value


@pytest.mark.redis
async def test_redis_outage_and_recovery_with_the_same_store_object() -> None:
    server = RedisServer().start()
    store = open_store(server.url, 3600)
    try:
        await store.ping()
        assert await store.put("k", data(1), 0) is not None
        assert await store.claim("event:before", 60)

        server.stop()
        for name, call in [("ping", store.ping), ("get", lambda: store.get("k")),
                           ("put", lambda: store.put("k", data(2), 1)),
                           ("claim", lambda: store.claim("event:during", 60)),
                           ("release", lambda: store.release("event:before")),
                           ("delete", lambda: store.delete("k"))]:
            error = await _fails_fast(call)
            assert "Redis" in str(error) and f"127.0.0.1:{server.port}" in str(error), (name, str(error))

        server.start()  # same port, empty (no persistence)
        await store.ping()
        assert await store.get("k") is None
        created = await store.put("k", data(3), 0)
        assert created is not None and created.version == 1
        assert await store.claim("event:after", 60) is True
        assert await store.claim("event:after", 60) is False
    finally:
        await store.close()
        server.stop()


@pytest.mark.redis
async def test_redis_not_running_at_all_is_unavailable() -> None:
    server = RedisServer()  # a free port, never started
    store = open_store(server.url, 3600)
    try:
        error = await _fails_fast(store.ping)
        assert "Redis" in str(error)
        await _fails_fast(lambda: store.get("k"))
    finally:
        await store.close()


# ---------------------------------------------------------------- the input queue and leases

MARKER = {"channel": "D1", "user": "U1"}


def entry(n: int) -> dict:
    return {"kind": "text", "text": f"メッセージ {n}", "channel": "D1", "user": "U1", "ts": f"1700000000.{n:06d}"}


def without_seq(entries: list[dict]) -> list[dict]:
    return [{k: v for k, v in e.items() if k != "seq"} for e in entries]


async def test_enqueue_pending_done(store: Store) -> None:
    assert await store.pending("T:U1") == [] and await store.queued_keys() == []
    for n in range(3):
        assert await store.enqueue("T:U1", entry(n), [f"event:Ev{n}"], 60, 10, MARKER) == "queued"
    queued = await store.pending("T:U1")
    assert without_seq(queued) == [entry(0), entry(1), entry(2)]
    seqs = [e["seq"] for e in queued]
    assert seqs == sorted(seqs) and len(set(seqs)) == 3
    assert await store.queued_keys() == ["T:U1"]
    await store.done("T:U1", seqs[1])
    assert without_seq(await store.pending("T:U1")) == [entry(2)]
    await store.done("T:U1", seqs[2])
    assert await store.pending("T:U1") == [] and await store.queued_keys() == []
    assert await store.enqueue("T:U1", entry(3), [], 60, 10, MARKER) == "queued"
    assert (await store.pending("T:U1"))[0]["seq"] > seqs[2]  # seq never goes back


async def test_enqueue_claims_its_tokens_atomically(store: Store) -> None:
    assert await store.enqueue("T:U1", entry(0), ["event:Ev1", "msg:D1:1.0"], 60, 10, MARKER) == "queued"
    # the same event again, or the same message under another event id: duplicates, nothing written
    assert await store.enqueue("T:U1", entry(0), ["event:Ev1", "msg:D1:1.0"], 60, 10, MARKER) == "duplicate"
    assert await store.enqueue("T:U1", entry(0), ["event:Ev2", "msg:D1:1.0"], 60, 10, MARKER) == "duplicate"
    assert len(await store.pending("T:U1")) == 1
    assert await store.claim("event:Ev2", 60)  # a duplicate claims nothing
    assert not await store.claim("event:Ev1", 60) and not await store.claim("msg:D1:1.0", 60)


async def test_enqueue_over_the_limit_is_counted_in_one_marker(store: Store) -> None:
    for n in range(3):
        assert await store.enqueue("T:U1", entry(n), [f"event:Ev{n}"], 60, 3, MARKER) == "queued"
    for n in range(3, 8):
        assert await store.enqueue("T:U1", entry(n), [f"event:Ev{n}"], 60, 3, MARKER) == "over_limit"
    queued = await store.pending("T:U1")
    assert without_seq(queued[:3]) == [entry(0), entry(1), entry(2)]
    assert without_seq(queued[3:]) == [{**MARKER, "kind": "over_limit", "count": 5}]
    assert await store.enqueue("T:U1", entry(3), ["event:Ev3"], 60, 3, MARKER) == "duplicate"  # still claimed
    await store.done("T:U1", queued[1]["seq"])  # room again (the marker counts): a new input goes after it
    assert await store.enqueue("T:U1", entry(9), ["event:Ev9"], 60, 3, MARKER) == "queued"
    assert [e.get("kind") for e in await store.pending("T:U1")] == ["text", "over_limit", "text"]


async def test_concurrent_enqueues_from_two_store_objects_keep_every_input(make_store: Callable[..., Store]) -> None:
    a, b = make_store(), make_store()
    results = await asyncio.gather(*(s.enqueue("T:U1", entry(n), [f"event:Ev{n}"], 60, 100, MARKER)
                                     for n in range(20) for s in (a, b)))
    assert results.count("queued") == 20 and results.count("duplicate") == 20
    texts = sorted(e["text"] for e in await a.pending("T:U1"))
    assert texts == sorted(entry(n)["text"] for n in range(20))


async def test_queueing_an_input_takes_a_free_lease_and_reads_what_taking_it_reads(store: Store) -> None:
    """The write before the ack also takes the user's lease when it is free, with the record and the queue;
    a lease held by someone else is left alone, and a duplicate takes nothing."""
    await store.put("T:U1", DATA, 0)
    queued, taken = await store.enqueue_and_lease("T:U1", entry(0), ["event:Ev0"], 60, 10, MARKER,
                                                  ("lease:T:U1", 30, "a"))
    assert queued == "queued" and taken is not None
    assert taken.record is not None and taken.record.data == DATA and taken.record.version == 1
    assert without_seq(taken.entries) == [entry(0)]
    assert not await store.claim("lease:T:U1", 30, owner="b")  # a holds it
    queued, taken = await store.enqueue_and_lease("T:U1", entry(1), ["event:Ev1"], 60, 10, MARKER,
                                                  ("lease:T:U1", 30, "b"))
    assert queued == "queued" and taken is None  # queued all the same, for a to work
    assert without_seq(await store.pending("T:U1")) == [entry(0), entry(1)]
    queued, taken = await store.enqueue_and_lease("T:U1", entry(1), ["event:Ev1"], 60, 10, MARKER,
                                                  ("lease:T:U2", 30, "c"))
    assert queued == "duplicate" and taken is None
    assert await store.claim("lease:T:U2", 30, owner="d")  # the duplicate took no lease
    await store.release("lease:T:U1", owner="a")
    queued, taken = await store.enqueue_and_lease("T:U9", entry(2), [], 60, 10, MARKER, ("lease:T:U9", 30, "e"))
    assert taken is not None and taken.record is None and without_seq(taken.entries) == [entry(2)]


async def test_delete_forgets_the_queue_too(store: Store) -> None:
    await store.put("T:U1", DATA, 0)
    await store.enqueue("T:U1", entry(0), [], 60, 10, MARKER)
    assert await store.delete("T:U1") is True
    assert await store.pending("T:U1") == [] and await store.queued_keys() == []


async def test_lease_is_renewed_by_its_owner_only(store: Store) -> None:
    assert await store.claim("lease:T:U1", 0.4, owner="a")
    assert await store.claim("lease:T:U1", 0.4, owner="a")  # renewed
    assert not await store.claim("lease:T:U1", 0.4, owner="b")
    assert not await store.claim("lease:T:U1", 0.4)
    await store.release("lease:T:U1", owner="b")  # not b's to give back
    assert not await store.claim("lease:T:U1", 0.4, owner="b")
    await asyncio.sleep(0.55)  # a's lease lapses (a died)
    assert await store.claim("lease:T:U1", 60, owner="b")
    assert not await store.claim("lease:T:U1", 60, owner="a")
    await store.release("lease:T:U1", owner="b")
    assert await store.claim("lease:T:U1", 60, owner="a")


async def test_ping_is_a_write(store: Store) -> None:
    await store.ping()
    await store.ping()


async def test_sqlite_locked_ping_is_unavailable_quickly(tmp_path: Path) -> None:
    """The health check writes: a file another process keeps locked is unavailable, within about a second."""
    path = tmp_path / "locked.db"
    store = open_store(f"sqlite:///{path}", 3600)
    other = sqlite3.connect(path, isolation_level=None)
    try:
        await store.ping()
        other.execute("BEGIN IMMEDIATE")
        other.execute("INSERT INTO claims (token, expires_at) VALUES ('x', 0)")
        started = time.monotonic()
        with pytest.raises(StoreUnavailable, match="locked"):
            await store.ping()
        assert time.monotonic() - started < 3
        assert await store.get("nothing") is None  # reading still works (WAL)
        other.execute("COMMIT")
        await store.ping()
    finally:
        other.close()
        await store.close()


FULL_DISK = textwrap.dedent("""
    import asyncio, resource, signal, sys
    from bot.store import StoreUnavailable, open_store

    async def main(url, path):
        store = open_store(url, 3600)
        await store.put("k", {"n": 1}, 0)
        await store.ping()
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        import os
        size = max(os.path.getsize(p) for p in (path, path + "-wal") if os.path.exists(p))
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))  # no file may grow: a full disk
        outcome = "ok"
        for n in range(50):  # the write-ahead log grows with each write until it cannot
            try:
                await store.ping()
            except StoreUnavailable as error:
                outcome = "unavailable: " + str(error)
                break
        print(outcome)
        await store.close()

    asyncio.run(main(sys.argv[1], sys.argv[2]))
""")


def test_sqlite_full_disk_ping_is_unavailable(tmp_path: Path) -> None:
    """A disk that is full (here: a file-size limit on the process) fails the health write."""
    path = tmp_path / "full.db"
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    done = subprocess.run([sys.executable, "-c", FULL_DISK, f"sqlite:///{path}", str(path)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("unavailable: ") and "not usable" in done.stdout, done.stdout


@pytest.mark.redis
async def test_redis_restart_is_retried_not_unavailable() -> None:
    """Redis restarted between two commands: the pooled connections are dead, the next commands reconnect
    (retry with backoff on the pool's connections) instead of failing."""
    server = RedisServer().start()
    store = open_store(server.url, 3600)
    try:
        await asyncio.gather(*(store.put(f"k{n}", data(n), 0) for n in range(40)))  # many pooled connections
        server.stop()
        server.start()
        results = await asyncio.gather(*(store.get(f"k{n}") for n in range(40)), return_exceptions=True)
        errors = [r for r in results if isinstance(r, BaseException)]
        assert not errors, errors[:3]
        await store.ping()
    finally:
        await store.close()
        server.stop()


@pytest.mark.redis
async def test_redis_burst_beyond_the_pool_waits_instead_of_failing(redis_url: str) -> None:
    """Far more commands at once than the pool has connections: they wait for a slot ("busy"), none fails."""
    store = open_store(redis_url, 3600)
    try:
        results = await asyncio.gather(*(store.enqueue(f"T:U{n % 300}", entry(n), [f"event:Burst{n}"], 60, 100,
                                                       MARKER) for n in range(2000)), return_exceptions=True)
        errors = [r for r in results if isinstance(r, BaseException)]
        assert not errors, f"{len(errors)} failed, e.g. {errors[0]!r}"
        assert results.count("queued") == 2000
    finally:
        await store.close()



@pytest.mark.redis
async def test_redis_writes_made_at_once_each_get_their_own_answer(redis_url: str) -> None:
    """Writes made at the same moment go to Redis together (one pipeline): each caller gets its own answer, a
    script failing on one key fails only its caller, and scripts Redis forgot (as after a restart) are
    loaded again."""
    import redis.asyncio as aioredis
    from redis.exceptions import ResponseError

    store = open_store(redis_url, 3600)
    other = aioredis.Redis.from_url(redis_url)
    try:
        await other.set("advisor:conv:T:Ubad", "not a conversation")  # the compare-and-set fails on this key
        await other.script_flush()
        saved = await asyncio.gather(*(store.put(f"T:U{n}", data(n), 0) for n in range(100)),
                                     store.put("T:Ubad", data(0), 0), return_exceptions=True)
        assert isinstance(saved[-1], ResponseError)
        assert [r.version for r in saved[:-1]] == [1] * 100
        taken = await asyncio.gather(*(store.take_lease(f"T:U{n}", f"lease:T:U{n}", 60, "me") for n in range(100)))
        assert [t.record.data for t in taken] == [data(n) for n in range(100)]
        leases = await asyncio.gather(*(store.claim("lease:T:Ushared", 60, f"owner{n}") for n in range(50)))
        assert leases.count(True) == 1
        again = await asyncio.gather(*(store.put(f"T:U{n}", data(n + 1), 1 if n % 2 else 7) for n in range(100)))
        assert [r is not None for r in again] == [n % 2 == 1 for n in range(100)]  # only the right versions
    finally:
        await other.aclose()
        await store.close()

async def test_a_closed_sqlite_store_is_not_opened_again_by_late_work(tmp_path: Path) -> None:
    """Work still running at shutdown gets StoreUnavailable (its input stays queued for the next start); the
    file is not opened again behind the closed store's back."""
    store = SqliteStore(str(tmp_path / "late.db"), 3600)
    await store.put("T:U1", DATA, 0)
    await store.close()
    (tmp_path / "late.db").rename(tmp_path / "moved.db")
    with pytest.raises(StoreUnavailable):
        await store.get("T:U1")
    assert not (tmp_path / "late.db").exists()


async def test_the_write_that_cannot_give_the_lease_back_reads_the_inputs_left(store: Store) -> None:
    """A write finishing an input gives the lease back when nothing else is queued; when something is, it keeps
    the lease and reads what is queued, in the same round trip (the worker goes on with it)."""
    await store.put("T:U1", DATA, 0)
    _, taken = await store.enqueue_and_lease("T:U1", entry(0), ["event:Ev0"], 60, 10, MARKER, ("lease:T:U1", 30, "a"))
    assert taken is not None
    first = taken.entries[0]["seq"]
    assert await store.enqueue("T:U1", entry(1), ["event:Ev1"], 60, 10, MARKER) == "queued"  # while a works
    record = await store.put("T:U1", {"n": 1}, 1, done=first, release=("lease:T:U1", "a"))
    assert record is not None and not record.idle
    assert without_seq(record.queued) == [entry(1)]
    assert not await store.claim("lease:T:U1", 30, owner="b")  # still a's
    record = await store.put("T:U1", {"n": 2}, 2, done=record.queued[0]["seq"], release=("lease:T:U1", "a"))
    assert record is not None and record.idle and record.queued == []
    assert await store.claim("lease:T:U1", 30, owner="b")  # given back
    assert (await store.put("T:U1", {"n": 3}, 3)).queued == []  # a plain write reads nothing


# ---------------------------------------------------------------- the clock leases expire by (SQLite)


@pytest.mark.skipif(sqlite_store.BOOT is None, reason="the host does not say which boot this is")
async def test_a_wall_clock_step_does_not_end_a_sqlite_lease(tmp_path: Path, monkeypatch) -> None:
    """The host's clock steps ten minutes ahead while a worker holds a user's lease: the lease still holds (it
    expires by the monotonic clock), so no other worker takes the user's queue and sends its replies again."""
    store = SqliteStore(str(tmp_path / "clock.db"), 3600)
    try:
        assert await store.claim("lease:T:U1", 15, owner="a")
        assert await store.claim("event:Ev1", 60)
        wall = time.time
        monkeypatch.setattr(time, "time", lambda: wall() + 600)
        assert not await store.claim("lease:T:U1", 15, owner="b")
        assert not await store.claim("event:Ev1", 60)                  # a replay is still one
        assert await store.claim("lease:T:U1", 15, owner="a")          # renewed by its holder
    finally:
        await store.close()


@pytest.mark.skipif(sqlite_store.BOOT is None, reason="the host does not say which boot this is")
async def test_claims_made_on_another_boot_are_forgotten(tmp_path: Path, monkeypatch) -> None:
    path = str(tmp_path / "boot.db")
    first = SqliteStore(path, 3600)
    assert await first.claim("lease:T:U1", 3600, owner="a")
    await first.close()
    monkeypatch.setattr(sqlite_store, "BOOT", "the next boot")
    again = SqliteStore(path, 3600)
    try:
        assert await again.claim("lease:T:U1", 15, owner="b")          # a's lease died with the last boot
    finally:
        await again.close()


@pytest.mark.redis
async def test_redis_housekeeping_rewrites_the_append_only_file(tmp_path: Path) -> None:
    """A typed message applied and deleted stays in Redis' append-only file until the file is rewritten: the
    hourly housekeeping asks for the rewrite, after which the text is gone from the disk."""
    from tests.conftest import RedisServer

    server = RedisServer(folder=str(tmp_path / "aof")).start()
    store = open_store(server.url, 3600)

    def on_disk() -> bytes:
        return b"".join(f.read_bytes() for f in (tmp_path / "aof").rglob("*") if f.is_file())

    try:
        secret = "秘密の相談文 9f3c"
        await store.enqueue("T:U1", {"kind": "text", "text": secret}, [], 60, 10, {})
        [entry] = await store.pending("T:U1")
        await store.done("T:U1", entry["seq"])
        assert secret.encode() in on_disk()                # applied and deleted, but still in the file
        await store.purge_expired()
        for _ in range(50):
            if secret.encode() not in on_disk():
                break
            await asyncio.sleep(0.1)
        assert secret.encode() not in on_disk()
    finally:
        await store.close()
        server.stop()
