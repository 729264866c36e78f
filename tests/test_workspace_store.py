"""The store's parts for many workspaces, on SQLite and on Redis: installation records, one-time tokens (OAuth
states), and forgetting a workspace's keys by prefix; and the settings that choose the mode."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from cryptography.fernet import Fernet

from bot.config import ConfigError, load
from bot.store import Store, open_store

DATA = {"conversation": {"state": "platform", "answers": {}}, "refs": {}}


@pytest.fixture
async def store(store_url: str) -> AsyncIterator[Store]:
    s = open_store(store_url, 3600.0)
    yield s
    await s.close()


async def test_installation_records(store: Store) -> None:
    assert await store.get_installation("T1") is None
    await store.put_installation("T1", "sealed-1")
    await store.put_installation("T1", "sealed-2")  # a reinstall replaces it
    await store.put_installation("T2", "other")
    assert await store.get_installation("T1") == "sealed-2"
    assert await store.delete_installation("T1") is True
    assert await store.delete_installation("T1") is False
    assert await store.get_installation("T1") is None and await store.get_installation("T2") == "other"


async def test_a_one_time_token_is_consumed_once_and_not_after_it_expired(store: Store) -> None:
    await store.claim("oauth-state:abc", 60)
    assert await store.consume("oauth-state:abc") is True
    assert await store.consume("oauth-state:abc") is False
    assert await store.consume("oauth-state:never") is False
    await store.claim("oauth-state:old", 0.1)
    await asyncio.sleep(0.25)
    assert await store.consume("oauth-state:old") is False


async def test_forgetting_a_prefix_leaves_every_other_workspace(store: Store) -> None:
    for key in ("T1:U1", "T1:U2", "T10:U1", "T2:U1"):
        assert await store.put(key, DATA, 0) is not None
        await store.enqueue(key, {"kind": "text"}, [f"{key.split(':')[0]}:event:{key}"], 60, 10, {})
        assert await store.claim(f"lease:{key}", 60, "owner")
    removed = await store.forget_prefixed(["T1:", "lease:T1:"])
    assert removed >= 2 + 2 + 2 + 2  # conversations, queued inputs, claims, leases of T1
    for key in ("T1:U1", "T1:U2"):
        assert await store.get(key) is None and await store.pending(key) == []
        assert await store.claim(f"lease:{key}", 60, "someone else")  # the lease went too
        assert await store.claim(f"T1:event:{key}", 60)  # and the claim
    for key in ("T10:U1", "T2:U1"):  # T10 starts with "T1" but is another workspace
        assert await store.get(key) is not None and len(await store.pending(key)) == 1
        assert not await store.claim(f"lease:{key}", 60, "someone else")
    assert sorted(await store.queued_keys()) == ["T10:U1", "T2:U1"]


# ---------------------------------------------------------------- settings

KEY = Fernet.generate_key().decode()
MANY = {"SLACK_CLIENT_ID": "1.2", "SLACK_CLIENT_SECRET": "s3cret-client", "SLACK_SIGNING_SECRET": "x", "ADVISOR_TOKEN_KEY": KEY}


def test_one_workspace_is_unchanged() -> None:
    settings = load({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "x"})
    assert settings.oauth is None and settings.bot_token == "xoxb-1"


def test_many_workspaces_from_the_client_credentials() -> None:
    settings = load({**MANY, "ADVISOR_TOKEN_KEY": f"{KEY}, {Fernet.generate_key().decode()}",
                     "SLACK_REDIRECT_URI": "https://bot.example/slack/oauth_redirect"})
    assert settings.oauth is not None and settings.bot_token == "" and len(settings.oauth.token_keys) == 2
    assert settings.oauth.redirect_uri == "https://bot.example/slack/oauth_redirect"
    assert "s3cret-client" not in repr(settings) and KEY not in repr(settings)  # never in a log or a traceback


@pytest.mark.parametrize(("change", "says"), [
    ({"SLACK_CLIENT_SECRET": ""}, "SLACK_CLIENT_SECRET is not set"),
    ({"SLACK_CLIENT_ID": ""}, "SLACK_CLIENT_ID is not set"),
    ({"SLACK_BOT_TOKEN": "xoxb-1"}, "set either SLACK_BOT_TOKEN"),
    ({"SLACK_APP_TOKEN": "xapp-1"}, "Socket Mode serves one workspace"),
    ({"ADVISOR_TOKEN_KEY": ""}, "ADVISOR_TOKEN_KEY is not set"),
    ({"ADVISOR_TOKEN_KEY": "not-a-key"}, "ADVISOR_TOKEN_KEY must be Fernet keys"),
    ({"SLACK_SIGNING_SECRET": ""}, "SLACK_SIGNING_SECRET is not set"),
    ({"SLACK_REDIRECT_URI": "bot.example"}, "SLACK_REDIRECT_URI must be the full URL"),
])
def test_a_bad_many_workspaces_setting_says_what_to_set(change: dict[str, str], says: str) -> None:
    with pytest.raises(ConfigError) as raised:
        load({**MANY, **change})
    assert str(raised.value).startswith(says)
    assert "s3cret-client" not in str(raised.value)


def test_the_command_line_prints_one_line_for_a_bad_key(monkeypatch, capsys) -> None:
    from bot.__main__ import main

    for name in ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    for name, value in {**MANY, "ADVISOR_TOKEN_KEY": "short"}.items():
        monkeypatch.setenv(name, value)
    assert main(["serve"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: ADVISOR_TOKEN_KEY must be Fernet keys") and "\n" not in err
