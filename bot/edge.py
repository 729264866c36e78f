"""The checks every HTTP request from Slack passes before anything parses its body.

In order: the size (at most MAX_BODY bytes), a numeric timestamp within five minutes, the signature (an HMAC
of the raw bytes), UTF-8, and for a signed body a JSON (or form `payload`) that is an object nested at most
MAX_DEPTH deep. A request that fails gets its status and the kind of failure (for the log and the metrics);
nothing of its content is logged. Bolt verifies the signature again afterwards.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import time
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl

MAX_BODY = 1024 * 1024  # Slack's payloads are far smaller; aiohttp refuses bigger bodies too
MAX_DEPTH = 32          # Slack's deepest payloads (view state, rich text) nest about a dozen levels
MAX_SKEW = 300          # seconds: Slack's own limit for a request's timestamp
_STRINGS = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_NOT_BRACKETS = re.compile(rb"[^\[\]{}]")


class Rejected(Exception):
    """A request refused at the edge: the HTTP status to answer and what was wrong (a fixed word)."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


def header(headers: Mapping[str, str], name: str) -> str:
    return next((v for k, v in headers.items() if k.lower() == name), "")


def check_signature(body: bytes, headers: Mapping[str, str], secret: str, now: float | None = None) -> None:
    """Raise Rejected(401) unless the request carries a fresh, numeric timestamp and a valid signature."""
    stamp = header(headers, "x-slack-request-timestamp")
    if not (stamp.isascii() and stamp.isdigit() and len(stamp) <= 12):
        raise Rejected(401, "bad_timestamp")
    if abs((time.time() if now is None else now) - int(stamp)) > MAX_SKEW:
        raise Rejected(401, "stale_timestamp")
    signature = header(headers, "x-slack-signature")
    expected = "v0=" + hmac.new(secret.encode(), b"v0:" + stamp.encode() + b":" + body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected.encode(), signature.encode("utf-8", "replace")):
        raise Rejected(401, "bad_signature")


def depth(data: bytes) -> int:
    """How deep the brackets of a JSON text nest (strings skipped), without parsing it."""
    deepest = level = 0
    for char in _NOT_BRACKETS.sub(b"", _STRINGS.sub(b"", data)):
        level += 1 if char in b"[{" else -1
        deepest = max(deepest, level)
    return deepest


def _json_object(text: str) -> dict[str, Any]:
    if depth(text.encode()) > MAX_DEPTH:
        raise Rejected(400, "too_deep")
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as error:
        raise Rejected(400, "bad_json") from error
    if not isinstance(data, dict):
        raise Rejected(400, "not_an_object")
    return data


def parse(text: str, content_type: str) -> dict[str, Any]:
    """The body as Bolt will read it (JSON, or a form with an optional JSON `payload`), checked: an object,
    not nested too deep. Raises Rejected(400)."""
    if not text:
        raise Rejected(400, "empty")
    if content_type == "application/json" or text.startswith("{"):
        return _json_object(text)
    form = dict(parse_qsl(text, keep_blank_values=True))
    return _json_object(form["payload"]) if "payload" in form else form


def check(body: bytes, headers: Mapping[str, str], content_type: str, secret: str) -> str:
    """The body as text once every check passed; raises Rejected otherwise."""
    if len(body) > MAX_BODY:
        raise Rejected(413, "too_large")
    check_signature(body, headers, secret)
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        raise Rejected(400, "not_utf8") from error
    check_shape(parse(text, content_type))
    return text


# ---- the shape of a payload: what the listeners read, with the types they expect ----

EVENT_STRINGS = ("type", "user", "channel", "ts", "text", "channel_type", "thread_ts", "subtype", "bot_id", "tab",
                 "event_ts")
TOP_STRINGS = ("type", "team_id", "event_id", "api_app_id", "trigger_id", "response_url", "command", "user_id",
               "channel_id", "text")


def _strings(data: dict[str, Any], keys: tuple[str, ...]) -> bool:
    """Every key present (and not null) holds a string."""
    return all(data.get(k) is None or isinstance(data[k], str) for k in keys)


def _dicts(data: dict[str, Any], keys: tuple[str, ...]) -> bool:
    return all(data.get(k) is None or isinstance(data[k], dict) for k in keys)


def _id_of(value: Any) -> bool:
    return isinstance(value, dict) and isinstance(value.get("id"), str) and bool(value["id"])


def shape_ok(body: dict[str, Any]) -> bool:
    """Whether a payload has the shape Slack gives it, as far as this app reads it: an event with its typed
    fields, clicks with at least one action (each with an action_id), a form submission with its view."""
    if not _strings(body, TOP_STRINGS) or not _dicts(body, ("team", "channel", "container", "message", "state")):
        return False
    kind = body.get("type")
    if kind == "event_callback":
        event = body.get("event")
        return isinstance(event, dict) and isinstance(event.get("type"), str) and _strings(event, EVENT_STRINGS)
    if kind == "block_actions":
        actions = body.get("actions")
        return (_id_of(body.get("user")) and isinstance(actions, list) and bool(actions)
                and all(isinstance(a, dict) and isinstance(a.get("action_id"), str)
                        and _strings(a, ("value", "block_id", "action_ts", "type")) for a in actions))
    if kind in ("view_submission", "view_closed"):
        view = body.get("view")
        return (_id_of(body.get("user")) and isinstance(view, dict) and _dicts(view, ("state",))
                and _strings(view, ("id", "hash", "callback_id", "private_metadata")))
    if body.get("command") is not None:
        return isinstance(body.get("user_id"), str) and bool(body["user_id"])
    return True


def check_shape(body: dict[str, Any]) -> None:
    if not shape_ok(body):
        raise Rejected(400, "bad_shape")
