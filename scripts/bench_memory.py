"""Memory and speed of the DM conversation path over many complete conversations.

Runs N complete conversations (default 10,000) through the real DM path: DmAdvisor + Sessions + the SQLite
store (in a temporary folder), with the bot's own Web API client (bot.app.web_client) calling a minimal
Slack stub on 127.0.0.1 (a child process, so its memory is not counted and it uses the other core). Half the
conversations are typed, half are clicked (option buttons, then the checkboxes' Done button).

Prints the resident memory (VmRSS) before, after 1,000 and after N conversations, the conversations per
second, and how many flows.conversation.Conversation objects are still alive at the end (expect ~0).

    python scripts/bench_memory.py                      # 10,000 conversations
    python scripts/bench_memory.py --conversations 2000
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import itertools
import json
import multiprocessing
import os
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.app import web_client  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.dm import DmAdvisor  # noqa: E402
from bot.store import open_store  # noqa: E402
from flows.conversation import Advisor, Conversation  # noqa: E402

TEAM = "T0001"
TYPED = ["相談です", "1", "契約済み", "時間単価", "まだです", "していない", "わからない", "なし"]
CLICKS = [("platform", "crowdworks"), ("contract", "contracted"), ("job_format", "fixed_single"),
          ("escrow", "all"), ("contact_request", "approved"), ("client", "verified")]
CHECKPOINT = 1000
MAX_SECONDS = 600  # a hard stop, whatever N is (10,000 take about 5.5 min on this 2-core machine)


# ---------------------------------------------------------------- the Slack stub (child process)


def serve_stub(port_pipe) -> None:
    """A tiny stand-in for https://slack.com/api/: answers what the DM path calls, counts calls."""
    from aiohttp import web

    counts: dict[str, int] = {}
    stamps = itertools.count(1)

    async def api(request: web.Request) -> web.Response:
        method = request.match_info["method"]
        await request.read()
        counts[method] = counts.get(method, 0) + 1
        if method == "chat.postMessage":
            micro = 1_700_000_000_000_000 + 100 * next(stamps)
            return web.json_response({"ok": True, "ts": f"{micro // 1_000_000}.{micro % 1_000_000:06d}"})
        if method == "users.info":
            return web.json_response({"ok": True, "user": {"id": "U", "locale": "ja-JP"}})
        return web.json_response({"ok": True})

    async def stats(_: web.Request) -> web.Response:
        return web.json_response(counts)

    async def main() -> None:
        app = web.Application()
        app.router.add_post("/api/{method}", api)
        app.router.add_get("/stats", stats)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port_pipe.send(runner.addresses[0][1])
        port_pipe.close()
        await asyncio.Event().wait()

    asyncio.run(main())


# ---------------------------------------------------------------- measuring


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def live_conversations() -> int:
    gc.collect()
    return sum(1 for o in gc.get_objects() if isinstance(o, Conversation))


# ---------------------------------------------------------------- one conversation


async def typed(dm: DmAdvisor, client, n: int) -> None:
    user, channel = f"U{n:06d}", f"D{n:06d}"
    for step, text in enumerate(TYPED):
        await dm.on_text(TEAM, user, channel, text, f"1700000000.{n:06d}{step}")


async def clicked(dm: DmAdvisor, client, n: int) -> None:
    user, channel = f"U{n:06d}", f"D{n:06d}"
    await dm.on_text(TEAM, user, channel, "チャットワークに移行しようと言われました", f"1700000000.{n:06d}0")
    for step, (question, option) in enumerate(CLICKS):
        await dm.on_pick(TEAM, user, channel, f"1700000000.{n:06d}{step}", f"0|{question}|{option}")
    await dm.on_pick(TEAM, user, channel, f"1700000000.{n:06d}9", "0|warning_signs|", ["none"])


async def finished(dm: DmAdvisor, n: int) -> bool:
    return (await dm.state(TEAM, f"U{n:06d}")).conversation.state == "verdict"


# ---------------------------------------------------------------- the run


async def run(conversations: int, concurrency: int, folder: str, api_url: str, stats_url: str) -> int:
    settings = Settings(bot_token="xoxb-bench", signing_secret="bench", app_token=None, api_url=api_url,
                        store_url=f"sqlite:///{folder}/bench.db", conversation_ttl=7 * 86400, host="127.0.0.1",
                        port=0)
    store = open_store(settings.store_url, settings.conversation_ttl)
    session = aiohttp.ClientSession()  # as the app does (bot.app.build_app): connections are reused
    client = web_client(settings, session)
    dm = DmAdvisor(store, Advisor(), web_client(settings, session, rate_limits=False))
    try:
        # warm up (imports, first connection, the database file) outside the measurement
        await typed(dm, client, 999_999)
        assert await finished(dm, 999_999), "the warm-up conversation did not reach a verdict"
        await store.delete(f"{TEAM}:U999999")
        gc.collect()
        before = rss_mib()
        print(f"RSS before:                 {before:8.1f} MiB", flush=True)
        started = time.monotonic()
        at_checkpoint: float | None = None
        not_finished = 0
        numbers = iter(range(conversations))
        done = 0

        async def worker() -> None:
            nonlocal done, at_checkpoint, not_finished
            for n in numbers:
                if time.monotonic() - started > MAX_SECONDS:
                    return
                await (typed if n % 2 == 0 else clicked)(dm, client, n)
                if n % 97 == 0 and not await finished(dm, n):  # spot checks: the conversation reached its verdict
                    not_finished += 1
                done += 1
                if done == CHECKPOINT:
                    at_checkpoint = rss_mib()
                    print(f"RSS after {CHECKPOINT:>6,} conversations: {at_checkpoint:8.1f} MiB "
                          f"({time.monotonic() - started:.1f} s)", flush=True)
                elif done % 1000 == 0:
                    print(f"  … {done:,} conversations, RSS {rss_mib():.1f} MiB, "
                          f"{time.monotonic() - started:.1f} s", file=sys.stderr, flush=True)

        await asyncio.gather(*(worker() for _ in range(concurrency)))
        if done < conversations:
            print(f"stopped after {done:,} conversations: over {MAX_SECONDS} s", file=sys.stderr)
            conversations = done
        elapsed = time.monotonic() - started
        after = rss_mib()
        print(f"RSS after {conversations:>6,} conversations: {after:8.1f} MiB "
              f"(+{after - before:.1f} MiB since before"
              + (f", +{after - at_checkpoint:.1f} MiB since {CHECKPOINT:,})" if at_checkpoint else ")"))
        print(f"conversations/second:       {conversations / elapsed:8.1f}  ({elapsed:.1f} s, concurrency {concurrency}, "
              f"{conversations * len(TYPED) / elapsed:.0f} turns/s)")
        print(f"live Conversation objects:  {live_conversations():8d}")
        import urllib.request

        with urllib.request.urlopen(stats_url, timeout=5) as response:  # noqa: S310 (127.0.0.1 only)
            calls = json.loads(response.read())
        verdicts = calls.get("views.publish", 0) - 1  # one Home tab update per verdict, less the warm-up
        print(f"Slack calls:                {json.dumps(calls, sort_keys=True)}")
        print(f"verdicts:                   {verdicts:8d} of {conversations}")
        if verdicts != conversations or not_finished:
            print("error: not every conversation reached its verdict", file=sys.stderr)
            return 1
        return 0
    finally:
        await session.close()
        await store.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--conversations", "-n", type=int, default=10_000, help="how many (default 10,000)")
    parser.add_argument("--concurrency", "-c", type=int, default=1,
                        help="conversations in progress at once, each its own user (default 1)")
    args = parser.parse_args(argv)
    if args.conversations < 1 or args.concurrency < 1:
        parser.error("--conversations and --concurrency must be at least 1")
    for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"):
        os.environ.pop(name, None)
    import logging

    logging.getLogger("transitions").setLevel(logging.WARNING)
    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    stub = context.Process(target=serve_stub, args=(send,), daemon=True)
    stub.start()
    try:
        if not receive.poll(20):
            print("error: the Slack stub did not start", file=sys.stderr)
            return 1
        port = receive.recv()
        with tempfile.TemporaryDirectory(prefix="bench-memory-") as folder:
            return asyncio.run(run(args.conversations, args.concurrency, folder, f"http://127.0.0.1:{port}/api/",
                                   f"http://127.0.0.1:{port}/stats"))
    finally:
        stub.terminate()
        stub.join(5)
        if stub.is_alive():
            stub.kill()
            stub.join(5)


if __name__ == "__main__":
    sys.exit(main())
