"""Property-based fuzzing of every payload kind (event callbacks, block actions, view submissions, slash
commands), signed and unsigned, against the real app over HTTP with the fake Slack.

Asserted for every request: no 5xx, an answer within Slack's 3 seconds; for a bad signature a 401 and no
side effect (no Web API call, no store write). Afterwards the bot is healthy and a normal conversation works.
The app runs on an event loop of its own thread, so hypothesis drives it from a plain test.
"""

from __future__ import annotations

import asyncio
import collections
import json
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot import blocks
from tests import slack_payloads as p
from tests.fake_slack import FakeSlack
from tests.harness import SECRET, USER, Harness

EXAMPLES = 150
SLACK_LIMIT = 3.0
SEEN: collections.Counter = collections.Counter()


class Running:
    """The fake Slack and the app, on an event loop in a thread of their own."""

    def __init__(self, db: str) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.fake: FakeSlack = self.run(FakeSlack().start())
        self.app: Harness = self.run(Harness(self.fake, db).start())

    def run(self, coro: Any, timeout: float = 30) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def stop(self) -> None:
        self.run(self.app.stop())
        self.run(self.fake.stop())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)


@pytest.fixture(scope="module")
def running(tmp_path_factory, monkeypatch_module) -> Iterator[Running]:
    bot = Running(f"sqlite:///{tmp_path_factory.mktemp('fuzz')}/fuzz.db")
    yield bot
    bot.stop()


@pytest.fixture(scope="module")
def monkeypatch_module() -> Iterator[pytest.MonkeyPatch]:
    patch = pytest.MonkeyPatch()
    for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"):
        patch.delenv(name, raising=False)
    yield patch
    patch.undo()


# ---- payloads: a valid one of each kind, then some of its fields replaced by odd values ----

leaf = st.one_of(st.none(), st.booleans(), st.integers(-2**70, 2**70), st.floats(allow_nan=False),
                 st.text(max_size=30), st.just(""), st.just("9" * 5000))
odd = st.recursive(leaf, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                 st.dictionaries(st.text(max_size=8), inner, max_size=3)),
                   max_leaves=8)


def bases() -> dict[str, tuple[dict[str, Any], str]]:
    value = blocks.button_value(1, "platform", "crowdworks")
    return {
        "event": (p.event_callback(p.dm_message(USER, "相談です")), "json"),
        "mention": (p.event_callback(p.app_mention(USER, "<@UBOT> 仮払いって？")), "json"),
        "home": (p.event_callback(p.app_home_opened(USER)), "json"),
        "answer": (p.block_actions(USER, [p.button(f"{blocks.ANSWER}:crowdworks", value)]), "payload"),
        "start": (p.block_actions(USER, [p.button(blocks.START, '{"platform": "crowdworks"}')], channel="C0001"),
                  "payload"),
        "details": (p.block_actions(USER, [p.button(blocks.DETAILS, '{"a": {}, "l": "ja"}')]), "payload"),
        "reply": (p.block_actions(USER, [p.button(blocks.REPLY, '{"a": {}, "l": "ja"}')]), "payload"),
        "restart": (p.block_actions(USER, [p.button(blocks.RESTART, "1")]), "payload"),
        "submit": (p.view_submission(USER, blocks.MODAL, {"platform": {"value": p.static_select_state("lancers")}},
                                     private_metadata='{"lang": "ja"}'), "payload"),
        "command": (p.slash_command("仮払い済みです"), "form"),
        "command_help": (p.slash_command("help"), "form"),
    }


BASES = bases()


def paths(data: Any, prefix: tuple = ()) -> list[tuple]:
    """Every path to a value inside a payload."""
    out = [prefix] if prefix else []
    if isinstance(data, dict):
        for key, value in data.items():
            out += paths(value, (*prefix, key))
    elif isinstance(data, list):
        for n, value in enumerate(data):
            out += paths(value, (*prefix, n))
    return out


def replace(data: Any, path: tuple, value: Any) -> Any:
    copy = json.loads(json.dumps(data))
    target = copy
    for step in path[:-1]:
        target = target[step]
    if value is DROP and isinstance(target, dict):
        target.pop(path[-1], None)
    else:
        target[path[-1]] = None if value is DROP else value
    return copy


DROP = object()


@st.composite
def payloads(draw: st.DrawFn) -> tuple[str, dict[str, Any], str]:
    name = draw(st.sampled_from(sorted(BASES)))
    body, kind = BASES[name]
    body = json.loads(json.dumps(body))
    if "trigger_id" in body:
        body["trigger_id"] = f"{time.time()}.{draw(st.integers(0, 10**9))}"
    if kind == "form":  # slash command fields are strings
        key = draw(st.sampled_from(sorted(body)))
        body[key] = draw(st.one_of(st.text(max_size=40), st.just("9" * 5000), st.just("")))
        return name, body, kind
    where = paths(body)
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(where))
        body = replace(body, path, draw(st.one_of(odd, st.just(DROP))))
        where = paths(body) or [("type",)]
    return name, body, kind


def request(body: dict[str, Any], kind: str, signature: str) -> tuple[bytes, dict[str, str]]:
    raw, headers = p.signed_http_request(body, SECRET, kind=kind)  # type: ignore[arg-type]
    if signature == "wrong":
        headers["X-Slack-Signature"] = "v0=" + "0" * 64
    elif signature == "stale":
        stamp = str(int(time.time()) - 600)
        headers.update({"X-Slack-Request-Timestamp": stamp, "X-Slack-Signature": p.sign(raw, SECRET, stamp)})
    elif signature == "odd_timestamp":
        headers["X-Slack-Request-Timestamp"] = "abc"
    elif signature == "none":
        headers.pop("X-Slack-Signature")
    return raw, headers


@settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                 HealthCheck.data_too_large])
@given(case=payloads(), signature=st.sampled_from(["valid"] * 5 + ["wrong", "stale", "odd_timestamp", "none"]))
def test_any_payload_is_answered_in_time_and_never_with_a_5xx(running, case, signature):
    name, body, kind = case
    raw, headers = request(body, kind, signature)
    started = time.monotonic()
    reply = running.run(running.app.post(raw, headers))
    took = time.monotonic() - started
    SEEN[(name if signature == "valid" else "unsigned", reply.status)] += 1
    assert reply.status < 500, (name, signature, reply.status, reply.text[:200])
    assert took < SLACK_LIMIT, (name, signature, took)
    if signature != "valid":
        assert reply.status == 401


@pytest.fixture(scope="module")
def untouched(tmp_path_factory, monkeypatch_module) -> Iterator[Running]:
    """An app that only ever gets badly signed requests."""
    bot = Running(f"sqlite:///{tmp_path_factory.mktemp('fuzz-unsigned')}/fuzz.db")
    yield bot
    bot.stop()


@settings(max_examples=50, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                 HealthCheck.data_too_large])
@given(case=payloads(), signature=st.sampled_from(["wrong", "stale", "odd_timestamp", "none"]))
def test_a_bad_signature_gets_401_and_has_no_side_effect(untouched, case, signature):
    name, body, kind = case
    reply = untouched.run(untouched.app.post(*request(body, kind, signature)))
    SEEN[("unsigned", reply.status)] += 1
    assert reply.status == 401, (name, signature, reply.status)
    assert untouched.fake.calls == [], "a bad signature reached Slack's Web API"
    assert untouched.run(untouched.app.store.queued_keys()) == []
    assert untouched.run(untouched.app.store.get(f"T0001:{USER}")) is None


def quiet(running: Running, still: float = 0.3, timeout: float = 5.0) -> None:
    """Wait until the fake Slack got no call for `still` seconds."""
    deadline = time.monotonic() + timeout
    last, since = len(running.fake.calls), time.monotonic()
    while time.monotonic() < deadline and time.monotonic() - since < still:
        time.sleep(0.05)
        if len(running.fake.calls) != last:
            last, since = len(running.fake.calls), time.monotonic()


def test_after_the_fuzzing_the_bot_is_healthy_and_a_conversation_works(running):
    """Runs after the property (same module, same app)."""
    quiet(running)
    app, fake = running.app, running.fake
    assert running.run(app.get("/healthz")).status == 200
    before = len(fake.calls_to("chat.postMessage"))
    reply = running.run(app.dm("クライアントからチャットワークに移ろうと言われました", user="U0999", channel="D0999"))
    assert reply.status == 200
    [first] = running.run(fake.wait_for("chat.postMessage", timeout=10,
                                        where=lambda c: c.args.get("channel") == "D0999"))
    assert "どのサービスで見つけたお仕事ですか" in json.dumps(first.args, ensure_ascii=False)
    assert before >= 0
    print("fuzz statuses:", dict(sorted(SEEN.items())))
