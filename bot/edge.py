"""The checks every HTTP request from Slack passes before anything parses its body.

In order: the size (at most MAX_BODY bytes), a numeric timestamp within five minutes, the signature (an HMAC
of the raw bytes), UTF-8, and a JSON (or form `payload`) nested at most MAX_DEPTH deep, measured on the text
without parsing it. The JSON is then parsed once, as Bolt would read it (server.py: 400 when it cannot be, or
is not an object; a plain form, a slash command, is parsed by Bolt), and the app checks its shape (`shape_ok`)
before any listener sees it. A request that fails gets its status and the kind of failure (for the log and the
metrics); nothing of its content is logged. Bolt verifies the signature again afterwards, on the raw body.
"""

from __future__ import annotations

import codecs
import contextlib
import hashlib
import hmac
import re
import time
import urllib.parse
from collections.abc import Mapping
from typing import Any

MAX_BODY = 1024 * 1024  # Slack's payloads are far smaller; aiohttp refuses bigger bodies too
MAX_DEPTH = 32          # Slack's deepest payloads (view state, rich text) nest about a dozen levels
MAX_SKEW = 300          # seconds: Slack's own limit for a request's timestamp
_STRINGS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKETS = re.compile(r"[^\[\]{}]+")
_PAIRS = re.compile(r"\[\]|\{\}")


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
    signature = header(headers, "x-slack-signature")
    expected = "v0=" + hmac.new(secret.encode(), b"v0:" + stamp.encode() + b":" + body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected.encode(), signature.encode("utf-8", "replace")):
        raise Rejected(401, "bad_signature")
    if abs((time.time() if now is None else now) - int(stamp)) > MAX_SKEW:
        raise Rejected(401, "stale_timestamp")  # signed by Slack, but not now: a replay, or this host's clock


class ClockWatch:
    """Requests Slack really signed, refused only for their timestamp, while none is accepted: this host's clock
    is probably off by more than five minutes (every request is then refused). /healthz says so. Only signed
    ones count (anyone can send an old timestamp, nobody but Slack can sign one), each once (a captured request
    sent again is one request)."""

    WINDOW = 60.0  # seconds
    ENOUGH = 3     # stale signed requests in the window, and no accepted one since the first of them

    def __init__(self) -> None:
        self.stale: list[tuple[float, float, str]] = []  # (monotonic time, how far off in seconds, signature)
        self.accepted_at = float("-inf")

    def refused_stale(self, stamp: str, signature: str = "") -> None:
        """One stale request; the same one sent again (a replay) counts once."""
        now = time.monotonic()
        self.stale = [s for s in self.stale if now - s[0] < self.WINDOW][-self.ENOUGH * 10:]
        if any(seen == signature for _, _, seen in self.stale):
            return
        with contextlib.suppress(ValueError):
            self.stale.append((now, int(stamp) - time.time(), signature))

    def accepted(self) -> None:
        self.accepted_at = time.monotonic()

    def trouble(self) -> str | None:
        now = time.monotonic()
        recent = [s for s in self.stale if now - s[0] < self.WINDOW and s[0] > self.accepted_at]
        if len(recent) < self.ENOUGH:
            return None
        off = sorted(seconds for _, seconds, _ in recent)[len(recent) // 2]
        return (f"Slack's signed requests are refused as stale: this host's clock looks {abs(off):.0f} s "
                f"{'behind' if off > 0 else 'ahead'} (sync it, e.g. with NTP)")


def depth(data: str | bytes, limit: int = MAX_DEPTH) -> int:
    """How deep the brackets of a JSON text nest (strings skipped), without parsing it; past `limit`, some number
    over it. Innermost pairs are dropped a round at a time; brackets left unpaired count as levels too."""
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    brackets = _NOT_BRACKETS.sub("", _STRINGS.sub("", text))
    rounds = 0
    while brackets and rounds <= limit:
        brackets, paired = _PAIRS.subn("", brackets)
        if not paired:
            break
        rounds += 1
    return rounds + brackets.count("[") + brackets.count("{")


def _opening(text: str) -> int:
    """How many brackets open in the text: no JSON in it nests deeper."""
    return text.count("[") + text.count("{")


def unquote_plus(value: str) -> str:
    """A form value decoded as `urllib.parse.unquote_plus` decodes it, ten times faster on the long,
    percent-encoded `payload` of a click (every Japanese character is nine characters there): the escapes are
    decoded by the C codec. Anything unusual (a malformed escape, bytes that are not UTF-8) is left to urllib."""
    value = value.replace("+", " ")
    if "%" not in value:
        return value
    try:
        raw = value.encode("ascii").replace(b"\\", b"\\x5c").replace(b"%", b"\\x")
        return codecs.escape_decode(raw)[0].decode("utf-8")
    except (UnicodeError, ValueError):
        return urllib.parse.unquote_plus(value)


def form_payload(text: str) -> str | None:
    """The `payload` field of a form body as Bolt reads it (the last one, decoded), or None."""
    if "payload" not in text:
        return None
    fields = [f for f in text.split("&") if unquote_plus(f.partition("=")[0]) == "payload"]
    return unquote_plus(fields[-1].partition("=")[2]) if fields else None


def json_text(text: str, content_type: str) -> str | None:
    """The JSON a body carries as Bolt reads it: the body itself (a JSON content type, or text starting with
    "{"), a form's `payload` field, or None (a plain form: a slash command)."""
    return text if content_type == "application/json" or text.startswith("{") else form_payload(text)


def check(body: bytes, headers: Mapping[str, str], content_type: str, secret: str) -> tuple[str, str | None]:
    """The body as text and the JSON it carries (`json_text`) once every check passed; raises Rejected
    otherwise."""
    if len(body) > MAX_BODY:
        raise Rejected(413, "too_large")
    check_signature(body, headers, secret)
    if not body:
        raise Rejected(400, "empty")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        raise Rejected(400, "not_utf8") from error
    carried = json_text(text, content_type)
    if carried is not None and _opening(carried) > MAX_DEPTH and depth(carried) > MAX_DEPTH:
        raise Rejected(400, "too_deep")
    return text, carried


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
