"""Fault drills: real `python -m bot serve` processes, a fake Slack and Redis on 127.0.0.1; prints the figures.

    python scripts/drills.py                 # every drill, both stores
    python scripts/drills.py --users 40 --spike 2000
    python scripts/drills.py --only sigkill  # sigkill, together, failures, redis, huge, layout, frozen

The drills (tests/drills.py, also run small by tests/test_drills.py):
  sigkill   users type their conversations back to back; SIGKILL mid-burst; restart; Slack resends every
            event of the burst; the users go on to their verdicts (SQLite and Redis)
  together  three DMs at the same moment from each user, then the rest typed back to back
  failures  Slack refuses a question; the user types an answer to it anyway; 429s while users type on
  redis     Redis (append-only file) restarted under load, Slack resending what got a 503; then a spike
  huge      40,000-character messages (digits, kana, mixed, emoji) on every surface while others type on
  layout    Slack refuses the blocks (invalid_blocks) of the first question; then a 429 with a long Retry-After
            (--long-wait seconds, default 40)
  frozen    the file system under the SQLite file frozen for 10 s (fsfreeze) while users type (needs root)
Needs redis-server on the PATH for the Redis drills.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests import drills  # noqa: E402
from tests.conftest import RedisServer  # noqa: E402
from tests.fake_slack import FakeSlack  # noqa: E402
from tests.test_processes import BotProcess  # noqa: E402

Drill = Callable[..., Awaitable[dict[str, Any]]]


def without_proxies() -> None:
    """slack_sdk ignores NO_PROXY: everything here is on 127.0.0.1."""
    for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"):
        os.environ.pop(name, None)


async def run(name: str, drill: Drill, store: str, folder: Path, **options: Any) -> dict[str, Any]:
    """One drill with its own fake Slack, processes and (for Redis) a fresh Redis server."""
    made: list[BotProcess] = []
    redis = None
    async with FakeSlack() as fake, aiohttp.ClientSession() as http:
        def make_bot(store_url: str, name: str = "bot", port: int | None = None, **env: str) -> BotProcess:
            bot = BotProcess(fake, store_url, folder, name=f"{name}{len(made)}", port=port, **env)
            made.append(bot)
            return bot

        try:
            if name == "redis":
                return await drill(fake, make_bot, http, folder / "redis-data", **options)
            if name == "frozen":
                return await drill(fake, make_bot, http, folder, **options)
            if store == "redis":
                redis = RedisServer().start()
                url = redis.url
            else:
                url = f"sqlite:///{folder}/{name}.db"
            return await drill(fake, make_bot, http, url, **options)
        finally:
            for bot in made:
                bot.cleanup()
            if redis is not None:
                redis.stop()


def show(name: str, figures: dict[str, Any]) -> None:
    print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in figures.items()), flush=True)


async def main(users: int, spike: int, only: str | None, long_wait: float = 40.0) -> int:
    without_proxies()
    plan: list[tuple[str, str, Drill, dict[str, Any]]] = []
    for store in ("sqlite", "redis"):
        plan += [("sigkill", store, drills.sigkill_burst, {"count": users}),
                 ("together", store, drills.close_together, {"count": users}),
                 ("failures", store, drills.posting_failures, {"count": max(3, users // 2)}),
                 ("huge", store, drills.huge_messages, {"count": users}),
                 ("layout", store, drills.refused_layout_and_long_wait, {"count": max(3, users // 4), "wait": long_wait,
                                                                      "timeout": long_wait + 90})]
    plan.append(("redis", "redis", drills.redis_restart, {"count": users, "spike": spike}))
    plan.append(("frozen", "sqlite", drills.frozen_disk, {"count": users, "freeze": 10.0}))
    started = time.monotonic()
    for name, store, drill, options in plan:
        if only and name != only:
            continue
        if name == "frozen" and drills.can_freeze():
            print(f"frozen (sqlite): skipped, {drills.can_freeze()}", flush=True)
            continue
        with tempfile.TemporaryDirectory(prefix=f"drill-{name}-") as folder:
            try:
                show(f"{name} ({store})", await run(name, drill, store, Path(folder), **options))
            except drills.CannotFreeze as error:
                print(f"{name} ({store}): skipped, {error}", flush=True)
    print(f"all drills: {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--users", type=int, default=40, help="users per drill (default 40)")
    parser.add_argument("--spike", type=int, default=1000, help="users in the Redis spike, 2 DMs each (default 1000)")
    parser.add_argument("--only", choices=["sigkill", "together", "failures", "redis", "huge", "layout", "frozen"])
    parser.add_argument("--long-wait", type=float, default=40.0,
                        help="the Retry-After of the layout drill's 429, in seconds (default 40)")
    args = parser.parse_args()
    sys.exit(asyncio.run(main(args.users, args.spike, args.only, args.long_wait)))
