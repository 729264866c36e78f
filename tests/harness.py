"""The real app served over HTTP on 127.0.0.1, talking to a FakeSlack; signed requests in, Web API calls out."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from aiohttp import web

from bot.app import build, close_app
from bot.config import Settings
from bot.server import web_app
from bot.slack import forget_langs
from bot.store import Store, open_store
from tests import slack_payloads as p
from tests.fake_slack import Call, FakeSlack

SECRET = "test-signing-secret"
USER = "U0001"


def settings_for(fake: FakeSlack, store_url: str, ttl: float = 7 * 86400) -> Settings:
    return Settings(bot_token="xoxb-test-token", signing_secret=SECRET, app_token=None, api_url=fake.api_url,
                    store_url=store_url, conversation_ttl=ttl, host="127.0.0.1", port=0)


@dataclass
class Reply:
    status: int
    text: str
    headers: dict[str, str] = field(default_factory=dict)

    def json(self) -> Any:
        return json.loads(self.text)


APP_CODE = ("/slack_bolt/", "/bot/")
LEFT_WAIT = 0.1  # the test is over: what the app still does is cut short


async def finish_app_tasks(timeout: float = LEFT_WAIT) -> None:
    """Cancel the app's work still running (Bolt's listener tasks, the bot's own: a respond() retrying a dead
    response_url, say) while this test's loop runs, after `timeout` for what is about to end. A task left
    pending outlives its loop and is destroyed in a later test, where the code it runs on the way out (a new
    connection for respond(), say) lands on that test's loop: a socket registered there and then closed
    behind its back breaks the next connection given the same file descriptor."""
    current = asyncio.current_task()
    left = [t for t in asyncio.all_tasks() if t is not current and _runs_app_code(t)]
    if not left:
        return
    _, still = await asyncio.wait(left, timeout=timeout)
    for task in still:
        task.cancel()
    await asyncio.gather(*still, return_exceptions=True)


def _runs_app_code(task: asyncio.Task) -> bool:
    code = getattr(task.get_coro(), "cr_code", None)
    return code is not None and any(part in code.co_filename for part in APP_CODE)

class Harness:
    """One running app instance: `await h.dm("…")`, `await h.click(...)`, then look at `h.fake` calls."""

    def __init__(self, fake: FakeSlack, store_url: str, ttl: float = 7 * 86400) -> None:
        self.fake = fake
        self.settings = settings_for(fake, store_url, ttl)
        self.store: Store = open_store(store_url, ttl)
        self.runner: web.AppRunner | None = None
        self.http: aiohttp.ClientSession | None = None
        self.url = ""

    async def start(self) -> Harness:
        forget_langs()  # each test's users start with the locale the fake Slack gives them
        wired = build(self.settings, self.store)
        bolt = self.bolt = wired.app
        self.bolt_services = wired.services
        self.runner = web.AppRunner(web_app(bolt, self.store, SECRET))  # the token is checked on the first request
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}"
        self.http = aiohttp.ClientSession()
        return self

    async def stop(self) -> None:
        if self.http:
            await self.http.close()
        await finish_app_tasks()
        if self.runner:
            await self.runner.cleanup()
        await close_app(self.bolt)
        await self.store.close()

    # ---- raw requests ----

    async def post(self, body: bytes, headers: dict[str, str]) -> Reply:
        assert self.http is not None
        async with self.http.post(f"{self.url}/slack/events", data=body, headers=headers) as response:
            return Reply(response.status, await response.text(), dict(response.headers))

    async def get(self, path: str) -> Reply:
        assert self.http is not None
        async with self.http.get(f"{self.url}{path}") as response:
            return Reply(response.status, await response.text(), dict(response.headers))

    async def send(self, payload: dict[str, Any], kind: str = "json", **options: Any) -> Reply:
        body, headers = p.signed_http_request(payload, SECRET, kind=kind, **options)  # type: ignore[arg-type]
        return await self.post(body, headers)

    # ---- what a user does ----

    async def event(self, event: dict[str, Any], **options: Any) -> Reply:
        retry = {k: options.pop(k) for k in ("retry_num", "retry_reason") if k in options}
        return await self.send(p.event_callback(event, **options), "json", **retry)

    async def dm(self, text: str, user: str = USER, channel: str = "D0001", **options: Any) -> Reply:
        return await self.event(p.dm_message(user, text, channel=channel), **options)

    async def command(self, text: str, user: str = USER, channel: str = "C0001") -> Reply:
        return await self.send(p.slash_command(text, user=user, channel=channel,
                                               response_url=self.fake.response_url()), "form")

    async def click(self, call: Call, value: str, user: str = USER, action_id: str | None = None) -> Reply:
        """Click the button with `value` (an option value, or a full button value) in a posted message."""
        button = find_button(call, value, action_id)
        message = {"ts": call.response["ts"] if call.response else "", "blocks": call.args.get("blocks")}
        channel = call.args.get("channel", "D0001")
        payload = p.block_actions(user, [p.button(button["action_id"], button["value"])], channel=channel,
                                  message_ts=message["ts"], message=message)
        return await self.send(payload, "payload")

    async def tick_and_submit(self, call: Call, values: list[str], user: str = USER) -> Reply:
        """Tick checkboxes in a posted question and press its Done button."""
        actions = next(b for b in call.args["blocks"] if b["type"] == "actions")
        done = next(e for e in actions["elements"] if e["type"] == "button")
        state = {actions["block_id"]: {"choices": p.checkboxes_state(values)}}
        payload = p.block_actions(user, [p.button(done["action_id"], done["value"])], channel=call.args["channel"],
                                  message_ts=call.response["ts"], state_values=state)
        payload["actions"][0]["block_id"] = actions["block_id"]
        return await self.send(payload, "payload")

    # ---- what the user sees ----

    async def posted(self, count: int, timeout: float = 5) -> list[Call]:
        return await self.fake.wait_for("chat.postMessage", count=count, timeout=timeout)

    async def next_post(self, before: int, timeout: float = 5) -> Call:
        """The first chat.postMessage after `before` earlier ones."""
        return (await self.posted(before + 1, timeout))[before]


def find_button(call: Call, value: str, action_id: str | None = None) -> dict[str, Any]:
    for block in call.args.get("blocks") or []:
        for element in block.get("elements", []) if block.get("type") == "actions" else []:
            if element.get("type") != "button":
                continue
            if action_id and element.get("action_id") != action_id:
                continue
            if element.get("value") == value or element.get("value", "").endswith(f"|{value}") or action_id:
                return element
    raise AssertionError(f"no button {value!r} in {json.dumps(call.args.get('blocks'), ensure_ascii=False)[:800]}")


def texts(call: Call) -> str:
    """All text a user sees in a posted message (fallback text and every block)."""
    return call.args.get("text", "") + "\n" + json.dumps(call.args.get("blocks") or [], ensure_ascii=False)


async def settle(seconds: float = 0.3) -> None:
    """Give the app time to (not) do something, for assertions that nothing happened."""
    await asyncio.sleep(seconds)
