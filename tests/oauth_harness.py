"""The real app in many-workspaces mode (OAuth) over HTTP on 127.0.0.1, against the fake Slack: installs go
through /slack/install and /slack/oauth_redirect as a browser would, events are signed per workspace."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import replace
from typing import Any

from cryptography.fernet import Fernet

from bot.config import OAuth
from bot.installations import Sealed, StoreInstallations
from tests import slack_payloads as p
from tests.fake_slack import Call, FakeSlack
from tests.harness import Harness, Reply, find_button

CLIENT_ID = "1111.2222"
CLIENT_SECRET = "test-client-secret-9f3a"
TOKEN_KEY = Fernet.generate_key().decode()
STATE_COOKIE = "slack-app-oauth-state"


class OAuthHarness(Harness):
    def __init__(self, fake: FakeSlack, store_url: str, ttl: float = 7 * 86400) -> None:
        super().__init__(fake, store_url, ttl)
        oauth = OAuth(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, token_keys=(TOKEN_KEY,))
        self.settings = replace(self.settings, bot_token="", oauth=oauth)
        self.installations = StoreInstallations(self.store, Sealed((TOKEN_KEY,)))

    async def install_page(self) -> tuple[Reply, str, str]:
        """GET /slack/install: the page, the state in its Slack link and the state cookie it set."""
        page = await self.get("/slack/install")
        found = re.search(r"state=([\w-]+)", page.text)
        cookie = page.headers.get("Set-Cookie", "").split(";")[0]
        return page, found.group(1) if found else "", cookie

    async def come_back(self, code: str, state: str, cookie: str) -> Reply:
        """GET /slack/oauth_redirect as the installer's browser does after Slack's authorize page."""
        assert self.http is not None
        url = f"{self.url}/slack/oauth_redirect?code={code}&state={state}"
        async with self.http.get(url, headers={"Cookie": cookie} if cookie else {}) as response:
            return Reply(response.status, await response.text(), dict(response.headers))

    async def install(self, team: str, **options: Any) -> str:
        """The whole install of workspace `team`; its bot token."""
        code = self.fake.add_workspace(team, **options)
        _, state, cookie = await self.install_page()
        reply = await self.come_back(code, state, cookie)
        assert reply.status == 200, reply.text
        return self.fake.token_of(team)

    async def click_in(self, team: str, call: Call, value: str, user: str = "U0001") -> Reply:
        """Click the button with `value` in a message posted in workspace `team`."""
        button = find_button(call, value)
        payload = p.block_actions(user, [p.button(button["action_id"], button["value"])],
                                  channel=call.args.get("channel", "D0001"), message_ts=call.response["ts"],
                                  message={"ts": call.response["ts"], "blocks": call.args.get("blocks")}, team_id=team)
        return await self.send(payload, "payload")

    async def dm_in(self, team: str, text: str, user: str = "U0001", channel: str = "D0001",
                    ts: str | None = None) -> Reply:
        return await self.event(p.dm_message(user, text, ts=ts, channel=channel), team_id=team)


def sqlite_rows(path: str) -> str:
    """Every row of every table of a SQLite store, as text (what a dump of the file shows)."""
    with sqlite3.connect(path) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return "\n".join(f"{t}: {row!r}" for t in tables for row in db.execute(f"SELECT * FROM {t}"))


def redis_rows(url: str) -> str:
    """Every key of the Redis store with its value, as text."""
    import redis

    client = redis.Redis.from_url(url)
    try:
        out = []
        for key in client.scan_iter("*"):
            kind = client.type(key).decode()
            value: Any = {"string": client.get, "hash": client.hgetall, "list": lambda k: client.lrange(k, 0, -1),
                          "set": client.smembers}[kind](key)
            out.append(f"{key!r}: {value!r}")
        return "\n".join(out)
    finally:
        client.close()


def dump(store_url: str) -> str:
    if store_url.startswith("sqlite:///"):
        return sqlite_rows(store_url.removeprefix("sqlite:///"))
    return redis_rows(store_url)
