"""Slack payloads for tests: JSON templates in tests/payloads/ plus small builders that fill them.

Event builders return the inner ``event``; wrap with ``event_callback()`` to get the Events API body.
``socket_envelope()`` wraps any body for ``FakeSlack.socket_send()``; ``signed_http_request()`` turns it
into the exact bytes + headers Slack would POST to an HTTP endpoint.

Default ``response_url`` values point to 127.0.0.1:9 (nothing listens there), so a forgotten
``response_url=fake.response_url()`` fails fast instead of reaching the internet.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import itertools
import json
import time
import uuid
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlencode

PAYLOAD_DIR = Path(__file__).parent / "payloads"

TEAM_ID = "T0001"
APP_ID = "A0001"
BOT_USER_ID = "UBOT"
BOT_ID = "B0001"

_ts_counter = itertools.count(1)
_id_counter = itertools.count(1)


@functools.cache
def _template(name: str) -> str:
    return (PAYLOAD_DIR / f"{name}.json").read_text(encoding="utf-8")


def load_payload(name: str) -> dict[str, Any]:
    """A fresh (mutable) copy of tests/payloads/<name>.json."""
    return json.loads(_template(name))


def next_ts() -> str:
    """Unique, increasing Slack-style timestamps ("1710000000.000100", ...)."""
    micro = 1_710_000_000_000_000 + 100 * next(_ts_counter)
    return f"{micro // 1_000_000}.{micro % 1_000_000:06d}"


def _next_id(prefix: str) -> str:
    return f"{prefix}{next(_id_counter):06d}"


def _trigger_id() -> str:
    return f"{int(time.time())}.{next(_id_counter)}.{uuid.uuid4().hex[:16]}"


def rich_text_blocks(text: str) -> list[dict[str, Any]]:
    """The ``blocks`` Slack attaches to a user-typed message."""
    return [
        {
            "type": "rich_text",
            "block_id": uuid.uuid4().hex[:5],
            "elements": [{"type": "rich_text_section", "elements": [{"type": "text", "text": text}]}],
        }
    ]


def _channel_type(channel: str) -> str:
    return {"D": "im", "G": "group", "C": "channel"}.get(channel[:1], "channel")


# ---------------------------------------------------------------------- Events API


def event_callback(
    event: dict[str, Any],
    *,
    event_id: str | None = None,
    team_id: str = TEAM_ID,
    api_app_id: str = APP_ID,
    event_time: int | None = None,
) -> dict[str, Any]:
    body = load_payload("event_callback")
    body["event"] = event
    body["event_id"] = event_id or _next_id("Ev")
    body["team_id"] = team_id
    body["context_team_id"] = team_id
    body["api_app_id"] = api_app_id
    body["event_time"] = event_time if event_time is not None else int(time.time())
    for auth in body["authorizations"]:
        auth["team_id"] = team_id
    return body


def _message_event(user: str | None, text: str, channel: str, ts: str | None) -> dict[str, Any]:
    event = load_payload("message")
    ts = ts or next_ts()
    event.update(
        client_msg_id=str(uuid.uuid4()),
        text=text,
        ts=ts,
        event_ts=ts,
        channel=channel,
        channel_type=_channel_type(channel),
        blocks=rich_text_blocks(text),
    )
    if user is None:
        event.pop("user")
    else:
        event["user"] = user
    return event


def dm_message(user: str, text: str, ts: str | None = None, channel: str = "D0001") -> dict[str, Any]:
    """A ``message`` event in the bot's DM (channel_type "im")."""
    event = _message_event(user, text, channel, ts)
    event["channel_type"] = "im"
    return event


def channel_message(
    user: str | None,
    text: str,
    channel: str = "C0001",
    ts: str | None = None,
    thread_ts: str | None = None,
    bot_id: str | None = None,
    subtype: str | None = None,
) -> dict[str, Any]:
    """A ``message`` event in a channel; ``bot_id``/``subtype`` make it look like a bot/system message."""
    event = _message_event(user, text, channel, ts)
    if thread_ts is not None:
        event["thread_ts"] = thread_ts
        event["parent_user_id"] = user
    if bot_id is not None:
        event.pop("client_msg_id", None)
        event["bot_id"] = bot_id
        event["app_id"] = APP_ID
        event["bot_profile"] = {
            "id": bot_id,
            "deleted": False,
            "name": "some-bot",
            "app_id": APP_ID,
            "team_id": TEAM_ID,
        }
    if subtype is not None:
        event["subtype"] = subtype
    return event


def app_mention(
    user: str,
    text: str,
    channel: str = "C0001",
    ts: str | None = None,
    thread_ts: str | None = None,
) -> dict[str, Any]:
    """An ``app_mention`` event; pass text including the mention, e.g. "<@UBOT> hello"."""
    event = load_payload("app_mention")
    ts = ts or next_ts()
    event.update(
        client_msg_id=str(uuid.uuid4()),
        user=user,
        text=text,
        channel=channel,
        ts=ts,
        event_ts=ts,
        blocks=rich_text_blocks(text),
    )
    if thread_ts is not None:
        event["thread_ts"] = thread_ts
    return event


def message_changed(
    user: str,
    text: str,
    *,
    previous_text: str = "",
    channel: str = "C0001",
    message_ts: str | None = None,
    ts: str | None = None,
    thread_ts: str | None = None,
) -> dict[str, Any]:
    """A ``message`` event with subtype ``message_changed``: ``user`` edited ``message_ts`` to ``text``."""
    event = load_payload("message_changed")
    message_ts = message_ts or next_ts()
    ts = ts or next_ts()
    msg_id = str(uuid.uuid4())
    event["message"].update(
        client_msg_id=msg_id,
        text=text,
        user=user,
        ts=message_ts,
        edited={"user": user, "ts": ts},
        blocks=rich_text_blocks(text),
    )
    event["previous_message"].update(
        client_msg_id=msg_id,
        text=previous_text,
        user=user,
        ts=message_ts,
        blocks=rich_text_blocks(previous_text),
    )
    if thread_ts is not None:
        event["message"]["thread_ts"] = thread_ts
        event["previous_message"]["thread_ts"] = thread_ts
    event.update(channel=channel, channel_type=_channel_type(channel), ts=ts, event_ts=ts)
    return event


def app_home_opened(
    user: str, tab: str = "home", channel: str = "D0001", view: dict[str, Any] | None = None
) -> dict[str, Any]:
    event = load_payload("app_home_opened")
    event.update(user=user, tab=tab, channel=channel, event_ts=next_ts())
    if tab != "home":
        event.pop("view")
    elif view is not None:
        event["view"].update(view)
    return event


# ---------------------------------------------------------------------- commands & interactivity


def slash_command(
    text: str,
    user: str = "U0001",
    channel: str = "C0001",
    command: str = "/migrate-check",
    trigger_id: str | None = None,
    *,
    response_url: str | None = None,
    user_name: str = "taro",
    channel_name: str = "general",
    team_id: str = TEAM_ID,
) -> dict[str, str]:
    """The form fields Slack sends for a slash command (all values are strings)."""
    fields: dict[str, str] = load_payload("slash_command")
    fields.update(
        text=text,
        user_id=user,
        user_name=user_name,
        channel_id=channel,
        channel_name="directmessage" if channel.startswith("D") else channel_name,
        command=command,
        team_id=team_id,
        trigger_id=trigger_id or _trigger_id(),
    )
    if response_url is not None:
        fields["response_url"] = response_url
    return fields


def button(action_id: str, value: str, block_id: str | None = None, text: str = "Button") -> dict[str, Any]:
    """A ``button`` entry for block_actions' ``actions``."""
    return {
        "action_id": action_id,
        "block_id": block_id or uuid.uuid4().hex[:5],
        "text": {"type": "plain_text", "text": text, "emoji": True},
        "value": value,
        "type": "button",
        "action_ts": next_ts(),
    }


def _option(value: str | dict[str, Any]) -> dict[str, Any]:
    if isinstance(value, dict):
        return value
    return {"text": {"type": "plain_text", "text": value, "emoji": True}, "value": value}


def checkboxes(
    action_id: str, selected_values: list[str] | list[dict[str, Any]], block_id: str | None = None
) -> dict[str, Any]:
    """A ``checkboxes`` entry for block_actions' ``actions`` (values as str, or full option dicts)."""
    return {
        "type": "checkboxes",
        "action_id": action_id,
        "block_id": block_id or uuid.uuid4().hex[:5],
        "selected_options": [_option(v) for v in selected_values],
        "action_ts": next_ts(),
    }


def block_actions(
    user: str,
    actions: list[dict[str, Any]],
    *,
    channel: str = "D0001",
    message_ts: str | None = None,
    container: dict[str, Any] | None = None,
    trigger_id: str | None = None,
    message: dict[str, Any] | None = None,
    view: dict[str, Any] | None = None,
    state_values: dict[str, Any] | None = None,
    response_url: str | None = None,
    team_id: str = TEAM_ID,
) -> dict[str, Any]:
    """The ``payload`` object of a block_actions request.

    By default the action comes from a bot message in ``channel``; pass ``view`` (a view dict with an id)
    for actions inside a modal / App Home, which drops channel/message/response_url like Slack does.
    """
    body = load_payload("block_actions")
    body["user"].update(id=user, team_id=team_id)
    body["team"]["id"] = team_id
    body["trigger_id"] = trigger_id or _trigger_id()
    body["actions"] = actions
    body["state"] = {"values": state_values or {}}
    if view is not None:
        for key in ("channel", "message", "response_url"):
            body.pop(key)
        body["view"] = view
        body["container"] = container or {"type": "view", "view_id": view.get("id", "V0001")}
        return body
    message_ts = message_ts or (message or {}).get("ts") or next_ts()
    body["container"] = container or {
        "type": "message",
        "message_ts": message_ts,
        "channel_id": channel,
        "is_ephemeral": False,
    }
    body["channel"] = {"id": channel, "name": "directmessage" if channel.startswith("D") else "general"}
    body["message"].update(ts=message_ts)
    if message is not None:
        body["message"].update(message)
    if response_url is not None:
        body["response_url"] = response_url
    return body


def view_submission(
    user: str,
    callback_id: str,
    state_values: dict[str, Any],
    private_metadata: str = "",
    view_id: str | None = None,
    *,
    blocks: list[dict[str, Any]] | None = None,
    trigger_id: str | None = None,
    team_id: str = TEAM_ID,
) -> dict[str, Any]:
    """The ``payload`` object of a view_submission (``state_values``: {block_id: {action_id: value}})."""
    body = load_payload("view_submission")
    view_id = view_id or _next_id("V")
    body["user"].update(id=user, team_id=team_id)
    body["team"]["id"] = team_id
    body["trigger_id"] = trigger_id or _trigger_id()
    body["view"].update(
        id=view_id,
        root_view_id=view_id,
        team_id=team_id,
        callback_id=callback_id,
        private_metadata=private_metadata,
        state={"values": state_values},
        blocks=blocks or [],
    )
    return body


# state_values helpers: {block_id: {action_id: <one of these>}}


def plain_text_state(value: str | None) -> dict[str, Any]:
    return {"type": "plain_text_input", "value": value}


def checkboxes_state(values: list[str] | list[dict[str, Any]]) -> dict[str, Any]:
    return {"type": "checkboxes", "selected_options": [_option(v) for v in values]}


def radio_buttons_state(value: str | dict[str, Any] | None) -> dict[str, Any]:
    return {"type": "radio_buttons", "selected_option": None if value is None else _option(value)}


def static_select_state(value: str | dict[str, Any] | None) -> dict[str, Any]:
    return {"type": "static_select", "selected_option": None if value is None else _option(value)}


# ---------------------------------------------------------------------- transport wrappers


def socket_envelope(
    body: dict[str, Any],
    *,
    kind: str | None = None,
    envelope_id: str | None = None,
    retry_attempt: int | None = None,
    retry_reason: str | None = None,
    accepts_response_payload: bool | None = None,
) -> dict[str, Any]:
    """Wrap a body into a Socket Mode envelope.

    ``kind`` (the envelope ``type``) is inferred: events_api / slash_commands / interactive.
    """
    if kind is None:
        if body.get("type") == "event_callback":
            kind = "events_api"
        elif "command" in body:
            kind = "slash_commands"
        else:
            kind = "interactive"
    env: dict[str, Any] = {"envelope_id": envelope_id or str(uuid.uuid4()), "type": kind, "payload": body}
    if kind == "events_api":
        env["retry_attempt"] = retry_attempt or 0
        env["retry_reason"] = retry_reason or ""
    if accepts_response_payload is not None:
        env["accepts_response_payload"] = accepts_response_payload
    return env


def sign(body: bytes | str, secret: str, timestamp: str | int) -> str:
    """Slack's request signature: ``v0=`` + hex HMAC-SHA256 of ``v0:{timestamp}:{body}``."""
    raw = body.encode("utf-8") if isinstance(body, str) else body
    base = b"v0:" + str(timestamp).encode("ascii") + b":" + raw
    return "v0=" + hmac.new(secret.encode("utf-8"), base, hashlib.sha256).hexdigest()


def signed_http_request(
    body: dict[str, Any],
    signing_secret: str,
    *,
    kind: Literal["json", "form", "payload"],
    timestamp: str | int | None = None,
    retry_num: int | None = None,
    retry_reason: str | None = None,
) -> tuple[bytes, dict[str, str]]:
    """The exact body bytes + headers of a signed request from Slack.

    kind "json": Events API body; "form": slash command fields (url-encoded);
    "payload": interactivity, ``payload=<url-encoded JSON>``.
    """
    if kind == "json":
        raw = json.dumps(body).encode("utf-8")
        content_type = "application/json"
    elif kind == "form":
        raw = urlencode(body).encode("utf-8")
        content_type = "application/x-www-form-urlencoded"
    elif kind == "payload":
        raw = urlencode({"payload": json.dumps(body)}).encode("utf-8")
        content_type = "application/x-www-form-urlencoded"
    else:
        raise ValueError(f"unknown kind: {kind!r}")
    ts = str(int(time.time()) if timestamp is None else timestamp)
    headers = {
        "Content-Type": content_type,
        "X-Slack-Request-Timestamp": ts,
        "X-Slack-Signature": sign(raw, signing_secret, ts),
    }
    if retry_num is not None:
        headers["X-Slack-Retry-Num"] = str(retry_num)
    if retry_reason is not None:
        headers["X-Slack-Retry-Reason"] = retry_reason
    return raw, headers
