"""Requests are checked before anything parses them (bot/edge.py): bad signatures and timestamps get 401, odd
bodies 400 or 413, never a 5xx or a traceback, and nothing reaches Slack or the store."""

from __future__ import annotations

import json
import logging
import time
import urllib.parse
from urllib.parse import urlencode

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot import edge
from tests import slack_payloads as p
from tests.harness import SECRET, settle
from tests.test_processes import bots, http, post_number, slack  # noqa: F401  (fixtures)


def signed(raw: bytes, content_type: str = "application/json", stamp: str | None = None) -> dict[str, str]:
    stamp = stamp or str(int(time.time()))
    return {"Content-Type": content_type, "X-Slack-Request-Timestamp": stamp,
            "X-Slack-Signature": p.sign(raw, SECRET, stamp)}


NESTED = b"[" * 100_000


def unsigned_cases() -> list[tuple[str, bytes, dict[str, str]]]:
    now = str(int(time.time()))
    body = json.dumps(p.event_callback(p.dm_message("U0001", "hi"))).encode()
    return [
        ("nested, no signature", NESTED, {"Content-Type": "application/json"}),
        ("timestamp abc", body, {**signed(body), "X-Slack-Request-Timestamp": "abc"}),
        ("timestamp empty", body, {**signed(body), "X-Slack-Request-Timestamp": ""}),
        ("timestamp full-width digits", body, {**signed(body), "X-Slack-Request-Timestamp": "１７００"}),
        ("timestamp huge", body, {**signed(body), "X-Slack-Request-Timestamp": "9" * 40}),
        ("stale", body, signed(body, stamp=str(int(time.time()) - 400))),
        ("future", body, signed(body, stamp=str(int(time.time()) + 400))),
        ("wrong secret", body, {"Content-Type": "application/json", "X-Slack-Request-Timestamp": now,
                                "X-Slack-Signature": p.sign(body, "other-secret", now)}),
        ("signature of another body", body + b" ", signed(body)),
        ("no signature", body, {"Content-Type": "application/json", "X-Slack-Request-Timestamp": now}),
        ("non-ascii signature", body, {**signed(body), "X-Slack-Signature": "v0=é"}),
        ("binary body", b"\xff\xfe\x00", {"Content-Type": "application/json"}),
    ]


async def test_unsigned_and_odd_requests_get_401_and_change_nothing(app, fake_slack, caplog):
    caplog.set_level(logging.INFO)
    for name, body, headers in unsigned_cases():
        reply = await app.post(body, headers)
        assert reply.status == 401, name
    await settle()
    assert fake_slack.calls_to("chat.postMessage") == [] and fake_slack.calls_to("users.info") == []
    assert await app.store.pending("T0001:U0001") == []
    assert not any(r.exc_info for r in caplog.records), "a bad request left a traceback"
    assert (await app.get("/healthz")).status == 200


@pytest.mark.parametrize("name, body, content_type", [
    ("nested JSON", NESTED, "application/json"),
    ("nested object", b'{"a":' * 5000 + b"1" + b"}" * 5000, "application/json"),
    ("nested payload", b"payload=" + b"%5B" * 20_000, "application/x-www-form-urlencoded"),
    ("a list", b"[1, 2]", "application/json"),
    ("bad JSON", b"{not json", "application/json"),
    ("not UTF-8", b'{"a": "\xff"}', "application/json"),
    ("empty", b"", "application/json"),
    ("payload not JSON", b"payload=%7Bx", "application/x-www-form-urlencoded"),
])
async def test_signed_malformed_bodies_get_400(app, fake_slack, caplog, name, body, content_type):
    reply = await app.post(body, signed(body, content_type))
    assert reply.status == 400, name
    assert not any(r.exc_info for r in caplog.records)
    assert fake_slack.calls == []


async def test_a_body_over_the_limit_gets_413(app):
    body = b'{"a": "' + b"x" * (edge.MAX_BODY + 10) + b'"}'
    reply = await app.post(body, signed(body))
    assert reply.status == 413


async def test_a_signed_event_still_works_after_the_checks(app):
    reply = await app.dm("相談です")
    assert reply.status == 200
    assert (await app.posted(1))[0].args["channel"] == "D0001"


def test_depth_skips_brackets_inside_strings():
    assert edge.depth(b'{"a": "[[[[[[[[[[[["}') == 1
    assert edge.depth(b'{"a": [{"b": "\\"[["}]}') == 3
    assert edge.depth(b"[" * 50) == 50


def _nesting(value: object) -> int:
    if isinstance(value, dict):
        return 1 + max((_nesting(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((_nesting(v) for v in value), default=0)
    return 0


_JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.text(alphabet='[]{}"\\ aあ\n%+&='),
                     lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3),
                     max_leaves=30)


@settings(max_examples=300, deadline=None)
@given(_JSON)
def test_depth_is_the_nesting_of_any_json_also_inside_a_form(value):
    """The depth read off the text (no parsing) is the real nesting, for JSON bodies and form payloads alike."""
    text = json.dumps(value, ensure_ascii=False)
    assert edge.depth(text, limit=1000) == _nesting(value)
    form = urlencode({"payload": text})
    assert edge.depth(edge.form_payload(form) or "", limit=1000) == _nesting(value)


def test_form_payload_is_the_field_bolt_reads():
    assert edge.form_payload("token=x&payload=%7B%22a%22%3A%5B1%5D%7D") == '{"a":[1]}'
    assert edge.form_payload("pay%6Coad=%7B%7D") is None  # Bolt looks for the word first: a plain form then
    assert edge.form_payload("text=payload&pay%6Coad=%5B%5B") == "[["
    assert edge.form_payload("command=%2Fmigrate-check&text=%5B%5B%5B") is None


def test_signature_checks_the_raw_bytes():
    body, now = b'{"a": 1}', time.time()
    headers = signed(body, stamp=str(int(now)))
    edge.check_signature(body, headers, SECRET, now)
    with pytest.raises(edge.Rejected):
        edge.check_signature(body, headers, SECRET, now + 301)


async def test_debug_logs_carry_no_message_text_answers_or_tokens(bots, slack, http, fake_slack, tmp_path):  # noqa: F811
    """At LOG_LEVEL=DEBUG the app logs more, but the libraries stay at WARNING: aiosqlite would print every
    stored conversation (the answers), Bolt and the SDK the payloads and tokens."""
    from tests.test_processes import BOT_TOKEN
    from tests.test_processes import SECRET as PROC_SECRET

    bot = await bots(f"sqlite:///{tmp_path}/debug.db", name="debug", LOG_LEVEL="DEBUG").start(http)
    typed = ["秘密の相談DBG1 チャットワークに移ろうと言われた", "クラウドワークスで見つけた仕事DBG2"]
    for n, text in enumerate(typed):
        await slack.dm(bot, text, user="U0601", channel="D0601")
        await post_number(fake_slack, "D0601", n)
        await settle(0.2)
    assert await bot.terminate() == 0
    logged = bot.stderr() + bot.stdout()
    assert "DEBUG" in logged or "INFO" in logged
    for text in [*typed, "DBG1", "DBG2", "crowdworks"]:  # the stored answer (platform) too
        assert text not in logged, f"{text!r} appears in the DEBUG log"
    assert BOT_TOKEN.removeprefix("xoxb-") not in logged and PROC_SECRET not in logged


_FORM_PIECES = [*"%+&=\\aZ09EeFf{}\"あé ", "%E3%81%82", "%5C", "%5c", "%zz", "%4", "%ff", "%C3", "payload="]
_FORM_TEXT = st.lists(st.sampled_from(_FORM_PIECES), max_size=20).map("".join)


@settings(max_examples=500, deadline=None)
@given(_FORM_TEXT)
def test_unquote_plus_reads_any_value_as_urllib_does(value):
    """The fast decoding of a form value gives what urllib gives, malformed escapes and non-UTF-8 bytes too."""
    assert edge.unquote_plus(value) == urllib.parse.unquote_plus(value)


@settings(max_examples=500, deadline=None)
@given(_FORM_TEXT, _FORM_TEXT)
def test_form_payload_is_what_bolt_parses_as_the_payload(before, value):
    """The payload field found and decoded here is the one Bolt's own parser (parse_qsl) reads."""
    form = f"{before}&payload={value}"
    assert edge.form_payload(form) == dict(urllib.parse.parse_qsl(form, keep_blank_values=True)).get("payload")


async def test_a_host_clock_off_by_minutes_shows_in_healthz_until_a_request_is_accepted(app, fake_slack):
    """Every request Slack signs refused as stale means this host's clock is off (Slack's is ten minutes ahead
    here): /healthz says so instead of 200. Unsigned stale requests (anyone can send them) never count."""
    body = json.dumps(p.event_callback(p.dm_message("U0001", "hi"))).encode()
    ahead = str(int(time.time()) + 600)
    for _ in range(5):   # forged ones first: no effect
        assert (await app.post(body, {**signed(body, stamp=ahead), "X-Slack-Signature": "v0=00"})).status == 401
    assert (await app.get("/healthz")).status == 200
    for _ in range(3):   # one captured request sent again and again: one request
        assert (await app.post(body, signed(body, stamp=ahead))).status == 401
    assert (await app.get("/healthz")).status == 200
    for n in range(2):
        other = json.dumps(p.event_callback(p.dm_message("U0001", f"hi {n}"))).encode()
        assert (await app.post(other, signed(other, stamp=ahead))).status == 401
    health = await app.get("/healthz")
    assert health.status == 503 and "clock" in health.json()["reason"] and "behind" in health.json()["reason"]
    fresh = json.dumps(p.event_callback(p.dm_message("U0001", "相談です"))).encode()
    assert (await app.post(fresh, signed(fresh))).status == 200   # the clock was fixed: accepted again
    assert (await app.get("/healthz")).status == 200
