"""SQLite backend (sqlite3, WAL): one file, safe for several processes on one machine.

Every operation is one small function run with a connection; an operation of several statements is one
transaction (BEGIN IMMEDIATE takes the write lock first: no other process writes between them). No operation
runs on the event loop: a file system that stalls (frozen, a dead network disk) stalls the store, not the
process — `/healthz` says so within a second, and requests that need no store are still served.

An operation runs on the store's thread (`StoreThread`), whose connection never waits for a lock; the thread
runs, at each wake-up, every operation waiting, in the order they were asked, and hands all their results back
to the loop in one call. When the file is locked (another process is writing), the operation is undone and runs
again on the waiting thread, whose connection waits for the lock up to the busy timeout: a lock held elsewhere
holds up only the operations that need it, and an operation never runs half. Checkpoints (copying the WAL into
the database file, with an fsync, once it passes 4 MiB) run on the waiting thread.

The journal is WAL with synchronous=NORMAL: a commit survives the process being killed at any point (what
the ack promises), but the last commits before a power cut or an OS crash may be lost.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import queue
import sqlite3
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from bot import codec
from bot.store.base import Lease, Leased, Queued, Record, Store, StoreUnavailable

T = TypeVar("T")
log = logging.getLogger(__name__)
HEALTH_BUSY_TIMEOUT = 0.5  # the health write gives up on a lock sooner than the work does
OPEN_TRIES = 10
WAL_LIMIT = 4 * 2**20  # a WAL file past this size is checkpointed (SQLite's own default: 1,000 pages)
WAL_LOOK_EVERY = 32  # operations between two looks at the WAL's size
CHECKPOINT_WAIT = 0.5  # seconds a checkpoint waits for other processes' transactions
CHECKPOINT_PAUSE = 5.0  # seconds before trying again after a checkpoint that could not finish
Db = sqlite3.Connection
Outcome = tuple[bool, Any]  # (True, result) or (False, the exception raised)


class Locked(Exception):
    """The file was locked and the operation was undone (the store's thread never waits for a lock)."""


class StoreThread:
    """One thread that runs functions in the order they are given; each wake-up runs every function waiting
    and hands their outcomes back to their event loops in one call per loop."""

    def __init__(self, name: str) -> None:
        self._waiting: queue.SimpleQueue[tuple[Callable[[], Any], asyncio.Future[Any],
                                               asyncio.AbstractEventLoop] | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def run(self, function: Callable[[], T]) -> asyncio.Future[T]:
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        self._waiting.put((function, future, loop))
        return future

    def stop(self) -> None:
        """Stop once the functions given before have run."""
        self._waiting.put(None)

    def _run(self) -> None:
        while True:
            batch = [self._waiting.get()]
            with contextlib.suppress(queue.Empty):
                while True:
                    batch.append(self._waiting.get_nowait())
            outcomes: dict[asyncio.AbstractEventLoop, list[tuple[asyncio.Future[Any], Outcome]]] = {}
            stopping = False
            for item in batch:
                if item is None:
                    stopping = True
                    continue
                function, future, loop = item
                try:
                    outcome: Outcome = (True, function())
                except BaseException as error:  # handed to the caller, raised there
                    outcome = (False, error)
                outcomes.setdefault(loop, []).append((future, outcome))
            for loop, settled in outcomes.items():
                with contextlib.suppress(RuntimeError):  # that loop is closed: nobody waits any more
                    loop.call_soon_threadsafe(_settle, settled)
            if stopping:
                return


def _settle(settled: list[tuple[asyncio.Future[Any], Outcome]]) -> None:
    for future, (ok, value) in settled:
        if future.done():  # the caller stopped waiting
            continue
        if ok:
            future.set_result(value)
        else:
            future.set_exception(value)

SCHEMA = """
CREATE TABLE IF NOT EXISTS conversations (
    key TEXT PRIMARY KEY, data TEXT NOT NULL, version INTEGER NOT NULL,
    created_at REAL NOT NULL, updated_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS claims (token TEXT PRIMARY KEY, expires_at REAL NOT NULL, owner TEXT NOT NULL DEFAULT '');
CREATE TABLE IF NOT EXISTS inbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL, entry TEXT NOT NULL, created_at REAL NOT NULL);
CREATE INDEX IF NOT EXISTS inbox_by_key ON inbox (key, seq);
CREATE TABLE IF NOT EXISTS health (id INTEGER PRIMARY KEY, at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS clock (id INTEGER PRIMARY KEY, boot TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS installations (workspace TEXT PRIMARY KEY, data TEXT NOT NULL, updated_at REAL NOT NULL);
"""
BOOT_ID = "/proc/sys/kernel/random/boot_id"


def boot() -> str | None:
    """This boot of the host (Linux), or None where the system does not say."""
    try:
        with open(BOOT_ID, encoding="ascii") as f:
            return f.read().strip() or None
    except OSError:
        return None


def claim_clock() -> float:
    """The time claims and leases expire by: the host's monotonic clock where a boot can be told apart
    (CLOCK_MONOTONIC is the same in every process of the host and a wall-clock step does not move it), else the
    wall clock. A file opened on a new boot (or written by an older version) forgets its claims: they were
    made on another clock."""
    return time.monotonic() if BOOT else time.time()


BOOT = boot()
GET = "SELECT data, version, created_at, updated_at FROM conversations WHERE key = ? AND updated_at >= ?"
PENDING = "SELECT seq, entry FROM inbox WHERE key = ? ORDER BY seq"
CLAIM = ("INSERT INTO claims (token, expires_at, owner) VALUES (?, ?, ?) ON CONFLICT(token) DO UPDATE "
         "SET expires_at = excluded.expires_at, owner = excluded.owner "
         "WHERE claims.expires_at < ? OR (excluded.owner != '' AND claims.owner = excluded.owner)")
CREATE = ("INSERT INTO conversations (key, data, version, created_at, updated_at) VALUES (?, ?, 1, ?, ?) "
          "ON CONFLICT(key) DO UPDATE SET data = excluded.data, version = 1, "
          "created_at = excluded.created_at, updated_at = excluded.updated_at "
          "WHERE conversations.updated_at < ? RETURNING version, created_at")
UPDATE = ("UPDATE conversations SET data = ?, version = version + 1, updated_at = ? "
          "WHERE key = ? AND version = ? AND updated_at >= ? RETURNING version, created_at")


class SqliteStore(Store):
    def __init__(self, path: str, conversation_ttl: float, busy_timeout: float = 10.0) -> None:
        self.path = path
        self.conversation_ttl = conversation_ttl
        self.busy_timeout = busy_timeout  # seconds another process may hold the write lock before we give up
        self._db: Db | None = None  # used on the store's thread only; never waits for a lock
        self._waiting_db: Db | None = None  # used on the waiting thread only; waits for a lock
        self._thread: StoreThread | None = None
        self._waiting_thread: StoreThread | None = None
        self._opening = asyncio.Lock()
        self._closed = False
        self._since_look = 0
        self._checkpoint: asyncio.Future[Any] | None = None
        self._next_checkpoint = 0.0  # monotonic time before which no checkpoint is tried
        self._ping: asyncio.Future[Any] | None = None

    # ---- running an operation: on the store's thread, or on the waiting thread when the file is locked ----

    async def _call(self, work: Callable[[Db], T], wait: float | None = None) -> T:
        """Run `work` with a connection (opened on first use) on the store's thread when the file is free,
        else on the waiting thread, waiting for the lock up to `wait` seconds (default: the busy timeout). A
        failure rolls back and is StoreUnavailable."""
        if self._db is None:
            await self._open()
        if self._checkpoint is not None and not self._checkpoint.done():
            await asyncio.wait((self._checkpoint,))  # it holds writers off: trying now would only find the lock
        thread, waiting = self._thread, self._waiting_thread
        db, waiting_db = self._db, self._waiting_db
        assert thread is not None and waiting is not None and db is not None and waiting_db is not None
        self._since_look += 1
        look = self._since_look >= WAL_LOOK_EVERY and self._checkpoint is None
        wal = self.path + "-wal"
        try:  # the WAL's size is looked at on the thread too: a stat can stall like any disk access
            result, wal_size = await thread.run(
                lambda: (self._guarded(db, work, locked_is_final=False), _size(wal) if look else 0))
        except Locked:
            return await waiting.run(lambda: self._waiting(waiting_db, work, wait))
        if look:
            self._since_look = 0
            if wal_size >= WAL_LIMIT and time.monotonic() >= self._next_checkpoint:
                self._checkpoint = waiting.run(lambda: self._waiting(waiting_db, _checkpoint_wal, CHECKPOINT_WAIT))
                self._checkpoint.add_done_callback(self._checkpointed)
        return result

    def _guarded(self, db: Db, work: Callable[[Db], T], locked_is_final: bool = True) -> T:
        try:
            return work(db)
        except sqlite3.DatabaseError as error:  # locked too long, disk full or read-only, not a database…
            if isinstance(error, sqlite3.IntegrityError | sqlite3.ProgrammingError):
                raise  # a bug, not an outage
            if db.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    db.rollback()  # never keep a half-open transaction (and its old snapshot) around
            if not locked_is_final and _is_locked(error):
                raise Locked() from error
            raise StoreUnavailable(f"SQLite file {self.path} is not usable: {error}") from error

    def _waiting(self, db: Db, work: Callable[[Db], T], wait: float | None) -> T:
        """On the waiting thread: `work`, waiting for the lock up to `wait` seconds."""
        if wait is None:
            return self._guarded(db, work)
        db.execute(f"PRAGMA busy_timeout={int(wait * 1000)}")
        try:
            return self._guarded(db, work)
        finally:
            db.execute(f"PRAGMA busy_timeout={int(self.busy_timeout * 1000)}")

    def _checkpointed(self, done: asyncio.Future[Any]) -> None:
        """A checkpoint (TRUNCATE: it holds writers off for a moment and empties the WAL file, so it starts over
        instead of growing while writes never pause) that could not finish is tried again after
        CHECKPOINT_PAUSE seconds."""
        self._checkpoint = None
        failed = done.cancelled() or done.exception() is not None
        if failed or (done.result() and done.result()[0][0]):  # (busy, pages, copied): busy 1 = not finished
            self._next_checkpoint = time.monotonic() + CHECKPOINT_PAUSE
        if not done.cancelled() and done.exception() is not None:
            log.warning("SQLite checkpoint failed: %s", type(done.exception()).__name__)

    async def _open(self) -> None:
        async with self._opening:
            if self._closed:  # work still running at shutdown must not open the file again
                raise StoreUnavailable(f"SQLite file {self.path} is closed")
            if self._db is not None:
                return
            folder = os.path.dirname(os.path.abspath(self.path))
            if not os.path.isdir(folder):
                raise StoreUnavailable(f"SQLite file {self.path} cannot be created: no folder {folder}")
            self._thread = self._thread or StoreThread("sqlite-store")
            self._waiting_thread = self._waiting_thread or StoreThread("sqlite-store-waiting")
            self._waiting_db = await self._waiting_thread.run(lambda: self._connect(self.busy_timeout))
            try:
                self._db = await self._thread.run(lambda: self._connect(0.0))
            except StoreUnavailable:
                self._waiting_db.close()
                self._waiting_db = None
                raise

    def _connect(self, busy_timeout: float) -> Db:
        """A connection (on the store's thread: opening may wait for another process preparing the file)."""
        try:
            db = sqlite3.connect(self.path, timeout=busy_timeout, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as error:
            raise StoreUnavailable(f"SQLite file {self.path} cannot be opened: {error}") from error
        for attempt in range(OPEN_TRIES):
            try:
                self._prepare(db, busy_timeout)
                return db
            except sqlite3.OperationalError as error:
                # switching a new file to WAL does not wait for another process doing the same: try again
                if "locked" in str(error) and attempt + 1 < OPEN_TRIES:
                    time.sleep(0.05 * (attempt + 1))
                    continue
                db.close()
                raise StoreUnavailable(f"SQLite file {self.path} cannot be opened: {error}") from error
            except Exception as error:
                db.close()
                raise StoreUnavailable(f"SQLite file {self.path} cannot be opened: {error}") from error
        raise AssertionError("unreachable")

    def _prepare(self, db: Db, busy_timeout: float) -> None:
        db.execute(f"PRAGMA busy_timeout={int(max(busy_timeout, 1.0) * 1000)}")  # while preparing the file
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")  # with WAL: a commit survives a killed process (see above)
        db.execute("PRAGMA secure_delete=ON")  # a handled message's text is overwritten, not left in free pages
        db.execute("PRAGMA wal_autocheckpoint=0")  # checkpoints run on the waiting thread (_call)
        db.executescript(SCHEMA)
        self._on_this_boot(db)
        columns = [row[1] for row in db.execute("PRAGMA table_info(claims)").fetchall()]
        if "owner" not in columns:  # a file from before leases (another process may be adding it too)
            with contextlib.suppress(sqlite3.OperationalError):
                db.execute("ALTER TABLE claims ADD COLUMN owner TEXT NOT NULL DEFAULT ''")
        db.execute(f"PRAGMA busy_timeout={int(busy_timeout * 1000)}")

    @staticmethod
    def _on_this_boot(db: Db) -> None:
        """Claims made on another boot (or by a version that used the wall clock) are on another clock: gone.
        Checked and done under the write lock, so that two processes opening the file at once reset it once."""
        here = BOOT or "wall-clock"
        try:
            db.execute("BEGIN IMMEDIATE")
            row = db.execute("SELECT boot FROM clock WHERE id = 1").fetchone()
            if row is None or row[0] != here:
                db.execute("DELETE FROM claims")
                db.execute("INSERT INTO clock (id, boot) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET boot = ?",
                           (here, here))
            db.execute("COMMIT")
        except sqlite3.OperationalError as error:  # the file stayed locked past the busy timeout
            with contextlib.suppress(sqlite3.Error):
                db.rollback()
            log.warning("claims of another boot not checked (%s): the next process opening the file does it",
                        type(error).__name__)

    @staticmethod
    def _atomic(db: Db, work: Callable[[], T]) -> T:
        """Several statements as one write: BEGIN IMMEDIATE takes the write lock first."""
        db.execute("BEGIN IMMEDIATE")
        try:
            result = work()
            db.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                db.rollback()
            raise
        return result

    def _oldest_live(self) -> float:
        return time.time() - self.conversation_ttl

    def _get(self, db: Db, key: str) -> Record | None:
        row = db.execute(GET, (key, self._oldest_live())).fetchone()
        return Record(codec.loads(row[0]), *row[1:]) if row else None

    @staticmethod
    def _pending(db: Db, key: str) -> list[dict[str, Any]]:
        return [{**codec.loads(text), "seq": seq} for seq, text in db.execute(PENDING, (key,)).fetchall()]

    @staticmethod
    def _claim(db: Db, token: str, ttl: float, owner: str) -> bool:
        now = claim_clock()
        return db.execute(CLAIM, (token, now + ttl, owner, now)).rowcount == 1

    # ---- the operations ----

    async def get(self, key: str) -> Record | None:
        return await self._call(lambda db: self._get(db, key))

    async def put(self, key: str, data: dict[str, Any], expected_version: int, done: int = 0,
                  release: tuple[str, str] | None = None) -> Record | None:
        now, text = time.time(), codec.dumps(data)
        if expected_version == 0:
            sql, args = CREATE, (key, text, now, now, self._oldest_live())
        else:
            sql, args = UPDATE, (text, now, key, expected_version, self._oldest_live())

        def write(db: Db) -> tuple[list[Any], bool, list[dict[str, Any]]]:
            if not done:
                return db.execute(sql, args).fetchall(), False, []

            def both() -> tuple[list[Any], bool, list[dict[str, Any]]]:
                rows = db.execute(sql, args).fetchall()
                if not rows:
                    return rows, False, []
                db.execute("DELETE FROM inbox WHERE key = ? AND seq <= ?", (key, done))
                if release is None:
                    return rows, False, []
                queued = self._pending(db, key)
                if queued:
                    return rows, False, queued
                db.execute("DELETE FROM claims WHERE token = ? AND owner = ?", release)
                return rows, True, []

            return self._atomic(db, both)

        rows, idle, queued = await self._call(write)
        return Record(data, rows[0][0], rows[0][1], now, idle, queued) if rows else None

    async def delete(self, key: str) -> bool:
        def work(db: Db) -> bool:
            db.execute("DELETE FROM inbox WHERE key = ?", (key,))
            return db.execute("DELETE FROM conversations WHERE key = ?", (key,)).rowcount > 0

        return await self._call(lambda db: self._atomic(db, lambda: work(db)))

    async def claim(self, token: str, ttl: float, owner: str = "") -> bool:
        return await self._call(lambda db: self._claim(db, token, ttl, owner))

    async def release(self, token: str, owner: str = "") -> None:
        if owner:
            await self._call(lambda db: db.execute("DELETE FROM claims WHERE token = ? AND owner = ?", (token, owner)))
        else:
            await self._call(lambda db: db.execute("DELETE FROM claims WHERE token = ?", (token,)))

    async def take_lease(self, key: str, token: str, ttl: float, owner: str) -> Leased | None:
        def work(db: Db) -> Leased | None:
            if not self._claim(db, token, ttl, owner):
                return None
            return Leased(self._get(db, key), self._pending(db, key))

        return await self._call(work)

    async def hand_back(self, token: str, owner: str, key: str) -> bool:
        def work(db: Db) -> bool:
            db.execute("DELETE FROM claims WHERE token = ? AND owner = ?", (token, owner))
            return db.execute("SELECT 1 FROM inbox WHERE key = ? LIMIT 1", (key,)).fetchone() is not None

        return await self._call(work)

    async def enqueue(self, key: str, entry: dict[str, Any], tokens: list[str], claim_ttl: float, limit: int,
                      marker: dict[str, Any]) -> Queued:
        return (await self._enqueue(key, entry, tokens, claim_ttl, limit, marker, None))[0]

    async def enqueue_and_lease(self, key: str, entry: dict[str, Any], tokens: list[str], claim_ttl: float,
                                limit: int, marker: dict[str, Any], lease: Lease) -> tuple[Queued, Leased | None]:
        return await self._enqueue(key, entry, tokens, claim_ttl, limit, marker, lease)

    async def _enqueue(self, key: str, entry: dict[str, Any], tokens: list[str], claim_ttl: float, limit: int,
                       marker: dict[str, Any], lease: Lease | None) -> tuple[Queued, Leased | None]:
        """One transaction: the claims, the entry (or the over-limit count) and, with `lease`, the lease and
        what taking it reads."""
        now, tick, text = time.time(), claim_clock(), codec.dumps(entry)

        def queue(db: Db) -> Queued:
            for token in tokens:
                if db.execute("SELECT 1 FROM claims WHERE token = ? AND expires_at >= ?", (token, tick)).fetchone():
                    return "duplicate"
            db.executemany("INSERT INTO claims (token, expires_at) VALUES (?, ?) ON CONFLICT(token) DO UPDATE "
                           "SET expires_at = excluded.expires_at, owner = ''",
                           [(token, tick + claim_ttl) for token in tokens])
            waiting = db.execute("SELECT count(*) FROM inbox WHERE key = ?", (key,)).fetchone()[0]
            if waiting < limit:
                self._append(db, key, text, now)
                return "queued"
            seq, last_text = db.execute("SELECT seq, entry FROM inbox WHERE key = ? ORDER BY seq DESC LIMIT 1",
                                        (key,)).fetchone()
            last = codec.loads(last_text)
            if last.get("kind") == "over_limit":
                last["count"] += 1
                db.execute("UPDATE inbox SET entry = ? WHERE seq = ?", (codec.dumps(last), seq))
            else:
                self._append(db, key, codec.dumps({**marker, "kind": "over_limit", "count": 1}), now)
            return "over_limit"

        def work(db: Db) -> tuple[Queued, Leased | None]:
            queued = queue(db)
            if lease is None or queued == "duplicate" or not self._claim(db, lease[0], lease[1], lease[2]):
                return queued, None
            return queued, Leased(self._get(db, key), self._pending(db, key))

        return await self._call(lambda db: self._atomic(db, lambda: work(db)))

    @staticmethod
    def _append(db: Db, key: str, text: str, now: float) -> None:
        db.execute("INSERT INTO inbox (key, entry, created_at) VALUES (?, ?, ?)", (key, text, now))

    async def pending(self, key: str) -> list[dict[str, Any]]:
        return await self._call(lambda db: self._pending(db, key))

    async def done(self, key: str, seq: int) -> None:
        await self._call(lambda db: db.execute("DELETE FROM inbox WHERE key = ? AND seq <= ?", (key, seq)))

    async def queued_keys(self) -> list[str]:
        return await self._call(lambda db: [row[0] for row in db.execute("SELECT DISTINCT key FROM inbox")])

    async def consume(self, token: str) -> bool:
        return await self._call(lambda db: db.execute(
            "DELETE FROM claims WHERE token = ? AND expires_at >= ?", (token, claim_clock())).rowcount == 1)

    async def put_installation(self, workspace: str, data: str) -> None:
        await self._call(lambda db: db.execute(
            "INSERT INTO installations (workspace, data, updated_at) VALUES (?, ?, ?) ON CONFLICT(workspace) "
            "DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at", (workspace, data, time.time())))

    async def get_installation(self, workspace: str) -> str | None:
        row = await self._call(lambda db: db.execute(
            "SELECT data FROM installations WHERE workspace = ?", (workspace,)).fetchone())
        return row[0] if row else None

    async def delete_installation(self, workspace: str) -> bool:
        return await self._call(lambda db: db.execute(
            "DELETE FROM installations WHERE workspace = ?", (workspace,)).rowcount > 0)

    async def forget_prefixed(self, prefixes: list[str]) -> int:
        def work(db: Db) -> int:
            removed = 0
            for prefix in prefixes:
                args = (prefix, prefix + "\U0010ffff")  # every key that starts with `prefix`, by the index
                for table, column in (("conversations", "key"), ("inbox", "key"), ("claims", "token")):
                    removed += db.execute(f"DELETE FROM {table} WHERE {column} >= ? AND {column} < ?", args).rowcount
            return removed

        return await self._call(lambda db: self._atomic(db, lambda: work(db)))

    async def ping(self) -> None:
        """A tiny write. While one is still waiting on the store's thread (a stalled disk), callers share it
        instead of queueing more."""
        if self._ping is None or self._ping.done() or self._ping.get_loop() is not asyncio.get_running_loop():
            self._ping = asyncio.ensure_future(self._call(lambda db: db.execute(
                "INSERT INTO health (id, at) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET at = excluded.at",
                (time.time(),)), wait=HEALTH_BUSY_TIMEOUT))
        await asyncio.shield(self._ping)

    async def purge_expired(self) -> int:
        oldest = self._oldest_live()

        def work(db: Db) -> int:
            conversations = db.execute("DELETE FROM conversations WHERE updated_at < ?", (oldest,)).rowcount
            claims = db.execute("DELETE FROM claims WHERE expires_at < ?", (claim_clock(),)).rowcount
            inputs = db.execute("DELETE FROM inbox WHERE created_at < ?", (oldest,)).rowcount
            return conversations + claims + inputs

        return await self._call(work)

    async def close(self) -> None:
        self._closed = True
        pairs = [(self._thread, self._db), (self._waiting_thread, self._waiting_db)]
        self._db, self._waiting_db, self._thread, self._waiting_thread = None, None, None, None
        for thread, db in pairs:
            if thread is None:
                continue
            if db is not None:  # on its thread, after any work given to it (the last close checkpoints the WAL)
                with contextlib.suppress(sqlite3.Error):
                    await thread.run(db.close)
            thread.stop()


def _checkpoint_wal(db: Db) -> list[Any]:
    return db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _is_locked(error: sqlite3.DatabaseError) -> bool:
    """SQLITE_BUSY (any of its extended codes): another connection holds the lock we need."""
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
