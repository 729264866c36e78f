"""A bare Bolt app, the yardstick of scripts/bench_load.py: every DM and every click gets one chat.postMessage.

Served like the bot (`python -m bot serve` in HTTP mode): aiohttp, Bolt's aiohttp adapter, `POST /slack/events`
and `GET /healthz`, the same Web API client settings (one kept aiohttp session, 30 s timeout, retries on 429 and
5xx). Its reply looks like one of the bot's questions (a section, a row of buttons, a context line) so that the
benchmark can click its buttons as it clicks the bot's. No store, no conversation.

With BARE_DURABLE=1 it is the floor of the bot's design instead: the same store work and Web API calls per DM
or click as the bot, and nothing else (no reading, no conversation, no checks). The input is queued with the
user's lease taken (ADVISOR_STORE_URL, the bot's store classes), the record is written with what to send, the
answered message is updated (chat.update) and the next one posted, and a last write marks them sent and
finishes the input: 3 store round trips and 2 calls, as in bot/dm.py. Two switches measure what a change of
that design would buy, with BARE_DURABLE=1 only (`scripts/bench_load.py --floor` passes them on from its own
environment): BARE_ONE_CALL=1 leaves out the update of the answered message (1 call per input), and
BARE_TWO_WRITES=1 sends before the first write and records the input applied with the sends marked in one write (2
round trips).

    SLACK_BOT_TOKEN=xoxb-… SLACK_SIGNING_SECRET=… SLACK_API_URL=http://127.0.0.1:…/api/ PORT=3001 \
        python scripts/bare_bolt_app.py
"""

from __future__ import annotations

import asyncio
import os
import re
import signal
import sys
import uuid
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.async_app import AsyncApp
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncRateLimitErrorRetryHandler,
    AsyncServerErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bot.store import Store, open_store  # noqa: E402  (the bot's own store classes)
from bot.store.base import Leased, Record  # noqa: E402

ONE_CALL = os.environ.get("BARE_ONE_CALL") == "1"  # the floor's switches (module docstring)
TWO_WRITES = os.environ.get("BARE_TWO_WRITES") == "1"
TEXT = "どのサービスで見つけたお仕事ですか？"
REPLY_BLOCKS: list[dict[str, Any]] = [
    {"type": "section", "text": {"type": "mrkdwn", "text": f"*{TEXT}*"}},
    {"type": "actions", "block_id": "q:bare", "elements": [
        {"type": "button", "action_id": f"answer:{value}", "value": f"0|bare|{value}",
         "text": {"type": "plain_text", "text": label}}
        for value, label in (("a", "クラウドワークス"), ("b", "ランサーズ"), ("c", "ココナラ"))
    ]},
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "「戻る」「はじめから」「ヘルプ」"}]},
]


def web_client() -> AsyncWebClient:
    """The bot's client settings (bot/app.py: web_client)."""
    session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30))
    client = AsyncWebClient(token=os.environ["SLACK_BOT_TOKEN"], base_url=os.environ["SLACK_API_URL"],
                            session=session)
    client.retry_handlers.append(AsyncRateLimitErrorRetryHandler(max_retry_count=3))
    client.retry_handlers.append(AsyncServerErrorRetryHandler(max_retry_count=3))
    return client


def bolt_app(store: Store | None = None) -> AsyncApp:
    app = AsyncApp(client=web_client(), signing_secret=os.environ["SLACK_SIGNING_SECRET"])

    async def reply(client: AsyncWebClient, user: str, channel: str, token: str) -> None:
        if store is None:
            await client.chat_postMessage(channel=channel, text=TEXT, blocks=REPLY_BLOCKS)
        else:
            await durable_reply(store, client, user, channel, token)

    @app.event("message")
    async def on_message(body: dict, event: dict, client: AsyncWebClient) -> None:
        if event.get("channel_type") == "im" and not event.get("subtype") and not event.get("bot_id"):
            await reply(client, event["user"], event["channel"], f"event:{body.get('event_id')}")

    @app.action(re.compile(".*"))
    async def on_click(ack: Any, body: dict, action: dict, client: AsyncWebClient) -> None:
        await ack()
        await reply(client, body["user"]["id"], body["channel"]["id"], f"action:{action.get('action_ts')}")

    return app


async def durable_reply(store: Store, client: AsyncWebClient, user: str, channel: str, token: str) -> None:
    """The bot's store work and calls for one input, and nothing else (bot/inbox.py, bot/dm.py)."""
    key, owner = f"T:{user}", uuid.uuid4().hex
    lease = (f"lease:{key}", 15.0, owner)
    queued, taken = await store.enqueue_and_lease(key, {"kind": "text", "channel": channel, "user": user},
                                                  [token], 600, 10, {"channel": channel, "user": user}, lease)
    while taken is not None and taken.entries:  # whoever holds the lease works what is queued
        record = await answer(store, client, key, channel, taken, (lease[0], owner))
        if record is None or record.idle:
            return
        taken = await store.take_lease(key, *lease)


async def answer(store: Store, client: AsyncWebClient, key: str, channel: str, taken: Leased,
                 release: tuple[str, str]) -> Record | None:
    """Record what to send with the input applied, send it, then mark it sent and the input done."""
    seq = taken.entries[-1]["seq"]
    data = dict(taken.record.data) if taken.record else {"refs": {}}
    version = taken.record.version if taken.record else 0
    post = {"method": "chat.postMessage", "args": {"channel": channel, "text": TEXT, "blocks": REPLY_BLOCKS}}
    update = {"method": "chat.update", "args": {"channel": channel, "ts": data["refs"].get("ts", ""), "text": TEXT,
                                                "blocks": REPLY_BLOCKS[:1]}}
    outbox = [update, post] if data["refs"].get("ts") and not ONE_CALL else [post]
    if TWO_WRITES:
        saved = taken.record or Record({}, 0, 0.0, 0.0)
    else:
        saved = await store.put(key, {**data, "outbox": outbox, "applied": seq}, version)
    if saved is None:
        return None
    sent: dict[str, Any] = {}
    for item in outbox:
        sent = (await getattr(client, item["method"].replace(".", "_"))(**item["args"])).data  # type: ignore[assignment]
    return await store.put(key, {**data, "outbox": [], "applied": seq, "refs": {"channel": channel,
                                                                                 "ts": sent.get("ts")}},
                           saved.version, done=seq, release=release)


def web_app(bolt: AsyncApp) -> web.Application:
    async def events(request: web.Request) -> web.Response:
        return await to_aiohttp_response(await bolt.async_dispatch(await to_bolt_request(request)))

    async def healthz(_: web.Request) -> web.Response:
        return web.json_response({"status": "ok"})

    app = web.Application()
    app.router.add_post("/slack/events", events)
    app.router.add_get("/healthz", healthz)
    return app


async def serve() -> None:
    """Serve until SIGINT or SIGTERM."""
    store = open_store(os.environ["ADVISOR_STORE_URL"], 3600) if os.environ.get("BARE_DURABLE") else None
    bolt = bolt_app(store)
    runner = web.AppRunner(web_app(bolt), access_log=None)
    await runner.setup()
    await web.TCPSite(runner, os.environ.get("HOST", "127.0.0.1"), int(os.environ.get("PORT", "3000"))).start()
    done = asyncio.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        asyncio.get_running_loop().add_signal_handler(sig, done.set)
    try:
        await done.wait()
    finally:
        await runner.cleanup()
        if bolt.client.session is not None:
            await bolt.client.session.close()
        if store is not None:
            await store.close()


if __name__ == "__main__":
    asyncio.run(serve())
