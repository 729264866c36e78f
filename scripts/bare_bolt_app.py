"""A bare Bolt app, the yardstick of scripts/bench_load.py: every DM and every click gets one chat.postMessage.

Served like the bot (`python -m bot serve` in HTTP mode): aiohttp, Bolt's aiohttp adapter, `POST /slack/events`
and `GET /healthz`, the same Web API client settings (one kept aiohttp session, 30 s timeout, retries on 429 and
5xx). Its reply looks like one of the bot's questions (a section, a row of buttons, a context line) so that the
benchmark can click its buttons as it clicks the bot's. No store, no conversation.

    SLACK_BOT_TOKEN=xoxb-… SLACK_SIGNING_SECRET=… SLACK_API_URL=http://127.0.0.1:…/api/ PORT=3001 \
        python scripts/bare_bolt_app.py
"""

from __future__ import annotations

import asyncio
import os
import re
import signal
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


def bolt_app() -> AsyncApp:
    app = AsyncApp(client=web_client(), signing_secret=os.environ["SLACK_SIGNING_SECRET"])

    @app.event("message")
    async def on_message(event: dict, client: AsyncWebClient) -> None:
        if event.get("channel_type") == "im" and not event.get("subtype") and not event.get("bot_id"):
            await client.chat_postMessage(channel=event["channel"], text=TEXT, blocks=REPLY_BLOCKS)

    @app.action(re.compile(".*"))
    async def on_click(ack: Any, body: dict, client: AsyncWebClient) -> None:
        await ack()
        await client.chat_postMessage(channel=body["channel"]["id"], text=TEXT, blocks=REPLY_BLOCKS)

    return app


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
    bolt = bolt_app()
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


if __name__ == "__main__":
    asyncio.run(serve())
