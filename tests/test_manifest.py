"""manifest.yml asks for exactly the OAuth scopes the code needs: one per Web API method called and per event
subscribed (tests/test_manifest.py keeps the two in step; add a method's scope below when the code starts
calling it)."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = yaml.safe_load((ROOT / "manifest.yml").read_text(encoding="utf-8"))

# Web API method -> the bot scope it needs (None: no scope needed).
METHOD_SCOPES: dict[str, str | None] = {
    "chat.postMessage": "chat:write",
    "chat.postEphemeral": "chat:write",
    "chat.update": "chat:write",
    "conversations.history": "im:history",  # called on DMs only (Outbox._already_posted)
    "conversations.open": "im:write",  # the DM a post to a user id landed in (Outbox._already_posted)
    "conversations.replies": "channels:history",  # a channel answer's thread (Outbox._already_posted; groups:history for private ones)
    "users.info": "users:read",
    "views.open": None,
    "views.publish": None,
    "auth.test": None,  # Bolt's own check of the token
}
# Event subscription -> the bot scope it needs.
EVENT_SCOPES: dict[str, str | None] = {
    "app_home_opened": None,
    "app_mention": "app_mentions:read",
    "message.channels": "channels:history",
    "message.groups": "groups:history",
    "message.im": "im:history",
    "app_uninstalled": None,
    "tokens_revoked": None,
}


def methods_called() -> set[str]:
    """Every Web API method named in bot/: slack_call(client, "chat.update", …) or client.chat_update(…)."""
    found = set()
    for path in (ROOT / "bot").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        found |= set(re.findall(r"slack_call\(\s*\w+,\s*\"([a-z]+\.[a-zA-Z]+)\"", text))
        found |= {f"{a}.{b}" for a, b in re.findall(r"client\.(chat|views|users|conversations|reactions|files)_"
                                                     r"([a-zA-Z]+)\(", text)}
    return found


def test_every_method_called_has_a_known_scope():
    called = methods_called()
    assert {"chat.postMessage", "users.info"} <= called
    unknown = called - set(METHOD_SCOPES)
    assert not unknown, f"add the scope these methods need to METHOD_SCOPES (and manifest.yml): {unknown}"


def test_scopes_are_exactly_what_the_methods_and_events_need():
    events = MANIFEST["settings"]["event_subscriptions"]["bot_events"]
    assert set(events) <= set(EVENT_SCOPES), set(events) - set(EVENT_SCOPES)
    needed = {METHOD_SCOPES[m] for m in methods_called()} | {EVENT_SCOPES[e] for e in events}
    if MANIFEST["features"].get("slash_commands"):
        needed.add("commands")
    assert set(MANIFEST["oauth_config"]["scopes"]["bot"]) == needed - {None}


def test_every_subscribed_event_has_a_listener():
    listened = set()
    for path in (ROOT / "bot").rglob("*.py"):
        listened |= set(re.findall(r"\.event\(\s*\"([a-z_]+)\"", path.read_text(encoding="utf-8")))
    for event in MANIFEST["settings"]["event_subscriptions"]["bot_events"]:
        assert event.split(".")[0] in listened, event


def test_the_install_flow_asks_for_the_manifests_scopes():
    from bot.config import BOT_SCOPES

    assert set(BOT_SCOPES) == set(MANIFEST["oauth_config"]["scopes"]["bot"])
