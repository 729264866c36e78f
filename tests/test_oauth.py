"""Many workspaces (issue 23): the install flow, each workspace served with its own token, isolation of two
workspaces whose user ids are the same, a revoked token, token rotation and uninstall — the real app over
HTTP with real signatures, on a real SQLite file and a real Redis, against the fake Slack."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from bot.dm import session_key
from bot.installations import Sealed, StoreInstallations
from tests import slack_payloads as p
from tests.fake_slack import FakeSlack
from tests.harness import settle, texts
from tests.oauth_harness import CLIENT_ID, CLIENT_SECRET, TOKEN_KEY, OAuthHarness, dump

A, B = "TAAA1", "TBBB2"
FIRST_QUESTION = "どのサービスで見つけたお仕事ですか"


@pytest.fixture
async def many(fake_slack: FakeSlack, store_url: str) -> AsyncIterator[OAuthHarness]:
    """The app in many-workspaces mode on each store (SQLite, then Redis)."""
    h = await OAuthHarness(fake_slack, store_url).start()
    yield h
    await h.stop()


def posts_in(fake: FakeSlack, team: str) -> list:
    return [c for c in fake.calls_to("chat.postMessage") if c.team == team]


async def wait_posts(fake: FakeSlack, team: str, count: int, timeout: float = 5) -> list:
    found = await fake.wait_for("chat.postMessage", count=count, timeout=timeout, where=lambda c: c.team == team)
    return found


# ---------------------------------------------------------------- the install round trip


async def test_install_round_trip_stores_the_installation_encrypted(many, fake_slack, store_url):
    page, state, cookie = await many.install_page()
    assert page.status == 200 and state and cookie.startswith("slack-app-oauth-state=")
    assert f"client_id={CLIENT_ID}" in page.text and "chat%3Awrite" in page.text.replace(":", "%3A")
    code = fake_slack.add_workspace(A, name="Freelancers of Osaka")
    back = await many.come_back(code, state, cookie)
    assert back.status == 200 and "Thank you" in back.text
    [access] = fake_slack.calls_to("oauth.v2.access")
    assert access.args["code"] == code
    assert fake_slack.calls_to("auth.test")[-1].token == fake_slack.token_of(A)  # Bolt checked the new token
    token = fake_slack.token_of(A)
    found = await many.installations.async_find_installation(enterprise_id=None, team_id=A)
    assert found is not None and found.bot_token == token and found.team_name == "Freelancers of Osaka"
    stored = dump(store_url)
    assert A in stored  # the record is there, under the workspace's id…
    for secret in (token, "xoxb-", "Freelancers of Osaka", CLIENT_SECRET):  # …and shows nothing without the key
        assert secret not in stored
    if store_url.startswith("sqlite:///"):  # not in the file or its WAL either, not even in deleted pages
        path = store_url.removeprefix("sqlite:///")
        raw = b"".join(Path(f).read_bytes() for f in (path, path + "-wal") if os.path.exists(f))
        assert b"xoxb-" not in raw and token.encode() not in raw


async def test_a_state_is_used_once_and_needs_its_browser(many, fake_slack):
    _, state, cookie = await many.install_page()
    replay_code = fake_slack.add_workspace(B)
    assert (await many.come_back(fake_slack.add_workspace(A), state, cookie)).status == 200
    again = await many.come_back(replay_code, state, cookie)  # the same state a second time
    assert again.status != 200 or "Thank you" not in again.text
    _, other_state, _ = await many.install_page()
    no_cookie = await many.come_back(replay_code, other_state, "")  # a link opened in another browser
    assert no_cookie.status != 200 or "Thank you" not in no_cookie.text
    assert await many.installations.async_find_installation(enterprise_id=None, team_id=B) is None
    assert len(fake_slack.calls_to("oauth.v2.access")) == 1  # only the first came back to exchange its code


async def test_a_failed_code_exchange_is_a_page_not_a_traceback(many, fake_slack):
    _, state, cookie = await many.install_page()
    reply = await many.come_back("code-nobody-gave", state, cookie)
    assert reply.status >= 400 and "Thank you" not in reply.text  # Bolt's failure page
    assert "Traceback" not in reply.text and CLIENT_SECRET not in reply.text


# ---------------------------------------------------------------- two workspaces


async def test_each_workspace_is_served_with_its_own_token(many, fake_slack):
    token_a, token_b = await many.install(A), await many.install(B)
    await many.dm_in(A, "相談です")
    await many.dm_in(B, "相談です", user="U0002", channel="D0002")
    [in_a], [in_b] = await wait_posts(fake_slack, A, 1), await wait_posts(fake_slack, B, 1)
    assert in_a.token == token_a and in_a.args["channel"] == "D0001"
    assert in_b.token == token_b and in_b.args["channel"] == "D0002"
    # every call carried a token of its own workspace (none without, none with another's)
    api_calls = [c for c in fake_slack.calls if c.method not in ("oauth.v2.access",)]
    assert all(c.team in (A, B) for c in api_calls), fake_slack.dump()


async def test_two_workspaces_with_the_same_user_id_never_see_each_others_data(many, fake_slack, store_url):
    await many.install(A)
    await many.install(B)
    ts = p.next_ts()
    await many.dm_in(A, "相談です", ts=ts)  # the same user id, DM channel id and ts in both workspaces
    await many.dm_in(B, "相談です", ts=ts)
    [first_a], [first_b] = await wait_posts(fake_slack, A, 1), await wait_posts(fake_slack, B, 1)
    assert FIRST_QUESTION in texts(first_a) and FIRST_QUESTION in texts(first_b)  # both answered (no shared claim)
    await many.dm_in(A, "クラウドワークス")
    second_a = (await wait_posts(fake_slack, A, 2))[1]
    assert "契約" in texts(second_a)
    await many.dm_in(B, "はい")  # B's conversation is still on its first question: A's answer is not B's
    await settle(0.3)
    b_state = await many.bolt_services.dm.state(B, "U0001")
    a_state = await many.bolt_services.dm.state(A, "U0001")
    assert a_state.conversation.answers.get("platform") == "crowdworks"
    assert "platform" not in b_state.conversation.answers
    # B's user forgets their data: A's conversation stays
    reply = await many.send(p.slash_command("forget", team_id=B, response_url=fake_slack.response_url()), "form")
    assert reply.status == 200
    await settle(0.3)
    assert (await many.store.get(session_key(B, "U0001"))) is None
    assert (await many.store.get(session_key(A, "U0001"))) is not None
    stored = dump(store_url)
    for key in re.findall(r"(?:conv:|claim:|inbox:|')([A-Z0-9-]+:[A-Za-z0-9:._-]+)", stored):
        assert key.split(":")[0] in (A, B, "oauth-state") or key.startswith(("lease", "-")), key


# ---------------------------------------------------------------- a revoked token, token rotation


async def test_a_revoked_token_fails_alone_and_never_borrows_another(many, fake_slack, caplog):
    caplog.set_level(logging.DEBUG)
    token_a, token_b = await many.install(A), await many.install(B)
    fake_slack.revoke(token_a)
    before = len(fake_slack.calls)
    assert (await many.dm_in(A, "相談です")).status == 200
    await many.dm_in(B, "相談です", user="U0002", channel="D0002")
    [in_b] = await wait_posts(fake_slack, B, 1)
    assert in_b.token == token_b
    await settle(0.5)
    tried_a = [c for c in fake_slack.calls[before:] if c.token == token_a]
    assert tried_a and all(c.failed and c.response["error"] == "token_revoked" for c in tried_a)
    assert not [c for c in fake_slack.calls_to("chat.postMessage") if c.args.get("channel") == "D0001"
                and not c.failed]
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert token_a not in logged and token_b not in logged and "xoxb-" not in logged and "xoxe-" not in logged


async def test_an_expiring_token_is_refreshed_and_the_new_one_saved(many, fake_slack, store_url):
    old = await many.install(A, expires_in=600)  # rotation: within the two hours before expiry, refreshed
    assert (await many.installations.async_find_installation(enterprise_id=None, team_id=A)).bot_refresh_token
    await many.dm_in(A, "相談です")
    [post] = await wait_posts(fake_slack, A, 1)
    refresh = [c for c in fake_slack.calls_to("oauth.v2.access") if c.args.get("grant_type") == "refresh_token"]
    assert len(refresh) == 1
    new = fake_slack.token_of(A)
    assert new != old and post.token == new
    saved = await many.installations.async_find_installation(enterprise_id=None, team_id=A)
    assert saved.bot_token == new and saved.bot_token_expires_at > 0
    assert new not in dump(store_url) and old not in dump(store_url)


# ---------------------------------------------------------------- uninstall forgets


@pytest.mark.parametrize("kind", ["app_uninstalled", "tokens_revoked"])
async def test_uninstall_forgets_everything_of_that_workspace(many, fake_slack, store_url, kind):
    await many.install(A)
    await many.install(B)
    for team in (A, B):
        await many.dm_in(team, "相談です")
        await wait_posts(fake_slack, team, 1)
        await many.dm_in(team, "クラウドワークス")
        await wait_posts(fake_slack, team, 2)
    await many.send(p.slash_command("help", team_id=A, response_url=fake_slack.response_url()), "form")
    await settle(0.3)
    assert A in dump(store_url)
    event = {"type": kind, "event_ts": p.next_ts()}
    if kind == "tokens_revoked":
        event["tokens"] = {"oauth": [], "bot": ["UBOT" + A]}
    assert (await many.event(event, team_id=A)).status == 200
    stored = dump(store_url)
    assert A not in stored, stored  # no installation, conversation, queue, claim or lease of A is left
    assert B in stored and await many.store.get(session_key(B, "U0001")) is not None
    assert await many.installations.async_find_installation(enterprise_id=None, team_id=B) is not None
    assert await many.installations.async_find_installation(enterprise_id=None, team_id=A) is None
    before = len(fake_slack.calls)
    await many.dm_in(A, "相談です")  # a late event of the uninstalled workspace: not handled, nothing stored
    await settle(0.3)
    assert not [c for c in fake_slack.calls[before:] if c.method == "chat.postMessage"]
    assert A not in dump(store_url)


async def test_user_tokens_revoked_leave_the_workspace_installed(many, fake_slack):
    await many.install(A)
    event = {"type": "tokens_revoked", "event_ts": p.next_ts(), "tokens": {"oauth": ["U0INSTALL"], "bot": []}}
    assert (await many.event(event, team_id=A)).status == 200
    assert await many.installations.async_find_installation(enterprise_id=None, team_id=A) is not None


async def test_a_record_opens_only_with_one_of_its_keys(many):
    await many.install(A)
    new_key = Fernet.generate_key().decode()
    assert await StoreInstallations(many.store, Sealed((new_key,))).async_find_installation(
        enterprise_id=None, team_id=A) is None
    replaced = StoreInstallations(many.store, Sealed((new_key, TOKEN_KEY)))  # a new key first, the old one kept
    assert (await replaced.async_find_installation(enterprise_id=None, team_id=A)).bot_token


# ---------------------------------------------------------------- every stored key carries its workspace

GLOBAL = {"health", "clock", "seq", "inboxes"}  # the store's own bookkeeping: no workspace's data


def stored_keys(store_url: str) -> list[tuple[str, str]]:
    """(kind, key) for everything in the store: SQLite's tables' keys, Redis' keys (and the queue set's
    members)."""
    import sqlite3

    import redis

    if store_url.startswith("sqlite:///"):
        with sqlite3.connect(store_url.removeprefix("sqlite:///")) as db:
            rows = [("conversation", k) for (k,) in db.execute("SELECT key FROM conversations")]
            rows += [("queued input", k) for (k,) in db.execute("SELECT key FROM inbox")]
            rows += [("claim", k) for (k,) in db.execute("SELECT token FROM claims")]
            rows += [("installation", k) for (k,) in db.execute("SELECT workspace FROM installations")]
            return rows + [("health", "health"), ("clock", "clock")]
    client = redis.Redis.from_url(store_url)
    try:
        rows = []
        for name in (n.decode() for n in client.scan_iter("*")):
            kind, _, key = name.removeprefix("advisor:").partition(":")
            if kind == "inboxes":
                rows += [("queue set member", m.decode()) for m in client.smembers(name)]
            rows.append(({"conv": "conversation", "inbox": "queued input", "claim": "claim",
                          "install": "installation"}.get(kind, kind), key or kind))
        return rows
    finally:
        client.close()


def workspace_of_key(kind: str, key: str) -> str | None:
    if kind in GLOBAL:
        return None
    if key.startswith("lease:"):
        key = key.removeprefix("lease:")
    return key.split(":")[0]


async def test_every_stored_key_of_a_workspace_carries_its_id(many, fake_slack, store_url):
    for team in (A, B):
        await many.install(team)
        await many.dm_in(team, "相談です")
        [first] = (await wait_posts(fake_slack, team, 1))[-1:]
        await many.click_in(team, first, "crowdworks")
        await many.event(p.channel_message("U0001", "チャットワークに移行しようと言われたけど大丈夫？"), team_id=team)
        await many.event(p.app_mention("U0001", "<@UBOT> 仮払いって何？"), team_id=team)
        await many.send(p.slash_command("help", team_id=team, response_url=fake_slack.response_url()), "form")
        await many.event(p.app_home_opened("U0001"), team_id=team)
    await settle(0.5)
    # an input still queued, its lease held (taken by the write that queued it, not worked here)
    await many.bolt_services.dm.accept_text(A, "U0009", "D0009", "まだ", p.next_ts(), ["event:EvHeld"])
    await _with_state(many)
    rows = stored_keys(store_url)
    kinds = {}
    for kind, key in rows:
        label = "lease" if key.startswith("lease:") else ("oauth state" if key.startswith("oauth-state:") else kind)
        if label == "claim":
            label = "claim (" + key.split(":")[1] + ")"
        owner = workspace_of_key(kind, key)
        kinds.setdefault(label, set()).add(owner in (A, B) if owner is not None and label != "oauth state" else None)
    print("\nstore:", store_url.split(":")[0])
    for label, present in sorted(kinds.items()):
        print(f"  {label:28} workspace id: {present}")
    for label, present in kinds.items():
        assert present in ({True}, {None}), (label, present)
    for expected in ("conversation", "queued input", "lease", "installation", "claim (event)", "claim (msg)",
                     "claim (action)", "claim (thread)", "claim (command)"):
        assert expected in kinds, (expected, sorted(kinds))


async def _with_state(many) -> None:
    """An install begun and not finished: its OAuth state waits in the store (it belongs to no workspace)."""
    await many.install_page()
