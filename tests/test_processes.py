"""`python -m bot serve` as real processes: kill -9 and restart, two instances on one Redis, a Redis outage,
configuration errors and what the logs may contain. Slack is the in-process fake; the processes call it over
127.0.0.1 and receive signed HTTP requests like Slack's."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from tests import slack_payloads as p
from tests.conftest import RedisServer, free_port
from tests.fake_slack import Call, FakeSlack
from tests.harness import find_button, texts

ROOT = Path(__file__).resolve().parent.parent
SECRET = "proc-signing-secret-5f2c81d0"
BOT_TOKEN = "xoxb-proc-test-token-93ab77e1"
WAIT = 10.0

WELCOME = "いくつか質問して判定します"
RESUMED = "前回の続きから再開します"
EXPIRED = "時間が経ったため終了しました"
UNAVAILABLE = "一時的に利用できません"
NOT_SAVED = "一時的にメッセージを保存できません"

# the typed path: first message, then one answer per question
TYPED = ["相談です", "1", "契約済み", "時間単価", "まだです", "していない", "わからない", "なし"]
# the clicked path: (question, option) per button, then the warning-signs checkboxes
CLICKS = [("platform", "crowdworks"), ("contract", "contracted"), ("job_format", "fixed_single"),
          ("escrow", "all"), ("contact_request", "approved"), ("client", "verified")]
ORDER = ["platform", "contract", "job_format", "escrow", "contact_request", "client", "warning_signs"]


def clean_env(**extra: str) -> dict[str, str]:
    """This environment without proxies or any bot setting, plus `extra`."""
    drop = ("PORT", "HOST", "LOG_LEVEL", "REDIS_URL")
    env = {k: v for k, v in os.environ.items()
           if "proxy" not in k.lower() and not k.startswith(("SLACK_", "ADVISOR_")) and k not in drop}
    env["PYTHONUNBUFFERED"] = "1"
    env.update(extra)
    return env


class BotProcess:
    """One `python -m bot serve` process; stdout and stderr go to files in the test's tmp_path."""

    def __init__(self, fake: FakeSlack, store_url: str, folder: Path, name: str = "bot", port: int | None = None,
                 **env: str) -> None:
        self.name = name
        self.port = port or free_port()
        settings = {"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SECRET, "SLACK_API_URL": fake.api_url,
                    "ADVISOR_STORE_URL": store_url, "PORT": str(self.port), "HOST": "127.0.0.1"}
        self.env = clean_env(**{**settings, **env})
        self.stdout_path = folder / f"{name}.stdout"
        self.stderr_path = folder / f"{name}.stderr"
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def start(self, http: aiohttp.ClientSession, timeout: float = 20, healthy: bool = True) -> BotProcess:
        """Start it and wait for /healthz to answer 200 (any answer, when not `healthy`)."""
        with open(self.stdout_path, "ab") as out, open(self.stderr_path, "ab") as err:
            self.proc = subprocess.Popen([sys.executable, "-m", "bot", "serve"], cwd=ROOT, env=self.env,
                                         stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"{self.name} exited with {self.proc.returncode}:\n{self.stderr()}")
            try:
                async with http.get(f"{self.url}/healthz", timeout=aiohttp.ClientTimeout(total=2)) as response:
                    if response.status == 200 or not healthy:
                        return self
            except (TimeoutError, aiohttp.ClientError):
                pass
            await asyncio.sleep(0.1)
        raise AssertionError(f"{self.name} was not healthy within {timeout}s:\n{self.stderr()}")

    def kill(self) -> int:
        """SIGKILL: no cleanup at all, like a crash or an OOM kill."""
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        return self.proc.wait(10)

    async def terminate(self, timeout: float = 15) -> int:
        """SIGTERM, then wait without blocking the event loop (the fake Slack in it must keep answering)."""
        assert self.proc is not None
        self.proc.terminate()
        deadline = time.monotonic() + timeout
        while self.proc.poll() is None:
            if time.monotonic() > deadline:
                self.proc.kill()
                self.proc.wait(5)
                raise AssertionError(f"{self.name} did not stop on SIGTERM within {timeout}s")
            await asyncio.sleep(0.05)
        return self.proc.returncode

    def cleanup(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)

    def stderr(self) -> str:
        return self.stderr_path.read_text(encoding="utf-8", errors="replace") if self.stderr_path.exists() else ""

    def stdout(self) -> str:
        return self.stdout_path.read_text(encoding="utf-8", errors="replace") if self.stdout_path.exists() else ""


class Slack:
    """Sends what Slack would send (signed) to any of the bot processes."""

    def __init__(self, http: aiohttp.ClientSession, secret: str = SECRET) -> None:
        self.http = http
        self.secret = secret

    async def post(self, bot: BotProcess, body: bytes, headers: dict[str, str]) -> int:
        async with self.http.post(f"{bot.url}/slack/events", data=body, headers=headers,
                                  timeout=aiohttp.ClientTimeout(total=WAIT)) as response:
            await response.read()
            return response.status

    async def send(self, bots: BotProcess | list[BotProcess], payload: dict[str, Any], kind: str,
                   retry_num: int | None = None) -> list[int]:
        """The same signed request to each of `bots` at once (`retry_num`: Slack resending it)."""
        retry = {"retry_num": retry_num, "retry_reason": "http_error"} if retry_num else {}
        body, headers = p.signed_http_request(payload, self.secret, kind=kind, **retry)  # type: ignore[arg-type]
        targets = bots if isinstance(bots, list) else [bots]
        return list(await asyncio.gather(*(self.post(bot, body, headers) for bot in targets)))

    async def dm(self, bots: BotProcess | list[BotProcess], text: str, user: str = "U0001", channel: str = "D0001",
                 event_id: str | None = None) -> list[int]:
        return await self.send(bots, p.event_callback(p.dm_message(user, text, channel=channel), event_id=event_id),
                               "json")

    async def resend(self, bots: BotProcess | list[BotProcess], payload: dict[str, Any], retry_num: int = 1) -> list[int]:
        """What Slack does with an event that did not get its 200: the same event again, marked as a retry."""
        return await self.send(bots, payload, "json", retry_num=retry_num)

    async def click(self, bots: BotProcess | list[BotProcess], call: Call, value: str,
                    user: str = "U0001") -> list[int]:
        button = find_button(call, value)
        ts = call.response["ts"] if call.response else ""
        message = {"ts": ts, "blocks": call.args.get("blocks")}
        payload = p.block_actions(user, [p.button(button["action_id"], button["value"])],
                                  channel=call.args.get("channel", "D0001"), message_ts=ts, message=message)
        return await self.send(bots, payload, "payload")

    async def tick_and_submit(self, bots: BotProcess | list[BotProcess], call: Call, values: list[str],
                              user: str = "U0001") -> list[int]:
        actions = next(b for b in call.args["blocks"] if b["type"] == "actions")
        done = next(e for e in actions["elements"] if e["type"] == "button")
        state = {actions["block_id"]: {"choices": p.checkboxes_state(values)}}
        payload = p.block_actions(user, [p.button(done["action_id"], done["value"], block_id=actions["block_id"])],
                                  channel=call.args["channel"], message_ts=call.response["ts"], state_values=state)
        return await self.send(bots, payload, "payload")


# ---------------------------------------------------------------- what the user sees


def in_channel(channel: str) -> Callable[[Call], bool]:
    return lambda call: call.args.get("channel") == channel


def posts(fake: FakeSlack, channel: str) -> list[Call]:
    return [c for c in fake.calls_to("chat.postMessage") if c.args.get("channel") == channel]


async def post_number(fake: FakeSlack, channel: str, n: int, timeout: float = WAIT) -> Call:
    """The n-th (0-based) chat.postMessage to `channel`."""
    return (await fake.wait_for("chat.postMessage", count=n + 1, timeout=timeout, where=in_channel(channel)))[n]


def question_id(call: Call) -> str | None:
    """The question a posted message asks (its actions block is `q:<id>`), or None."""
    for block in call.args.get("blocks") or []:
        if block.get("type") == "actions" and str(block.get("block_id", "")).startswith("q:"):
            return block["block_id"][2:]
    return None


def is_verdict(call: Call) -> bool:
    return any(e.get("action_id") == "restart_check" for b in call.args.get("blocks") or []
               if b.get("type") == "actions" for e in b.get("elements", []))


async def settle(seconds: float = 0.5) -> None:
    await asyncio.sleep(seconds)


async def human_pause() -> None:
    """A person reads a question before answering it. (Answering within milliseconds of the post races with
    the bot noting where the question is: see test_click_right_after_the_question_is_posted_is_not_lost.)"""
    await asyncio.sleep(0.2)


# ---------------------------------------------------------------- fixtures


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


@pytest.fixture
async def slack(http: aiohttp.ClientSession) -> Slack:
    return Slack(http)


@pytest.fixture
def bots(fake_slack: FakeSlack, tmp_path: Path) -> Iterator[Callable[..., BotProcess]]:
    """make(store_url, name=..., port=..., **env) → a BotProcess (not started); all are killed afterwards."""
    made: list[BotProcess] = []

    def make(store_url: str, name: str = "bot", port: int | None = None, **env: str) -> BotProcess:
        bot = BotProcess(fake_slack, store_url, tmp_path, name=f"{name}{len(made)}", port=port, **env)
        made.append(bot)
        return bot

    yield make
    for bot in made:
        bot.cleanup()


# ---------------------------------------------------------------- kill -9 and restart


async def test_sigkill_mid_conversation_then_restart_continues(store_url, bots, slack, http, fake_slack):
    first = await bots(store_url, name="first").start(http)
    port = first.port
    await slack.dm(first, "相談です")
    q0 = await post_number(fake_slack, "D0001", 0)
    assert question_id(q0) == "platform" and WELCOME in texts(q0)
    await slack.click(first, q0, "crowdworks")
    q1 = await post_number(fake_slack, "D0001", 1)
    assert question_id(q1) == "contract"
    await slack.dm(first, "契約済み")
    q2 = await post_number(fake_slack, "D0001", 2)
    assert question_id(q2) == "job_format"
    await settle(0.3)  # the bot notes where the open question is right after posting it
    assert first.kill() == -signal.SIGKILL

    # restarted on the same store (and port): the click on the earlier message answers the third question
    second = await bots(store_url, name="second", port=port).start(http)
    await slack.click(second, q2, "fixed_single")
    q3 = await post_number(fake_slack, "D0001", 3)
    assert question_id(q3) == "escrow", texts(q3)
    shown = texts(q3)
    assert WELCOME not in shown and RESUMED not in shown and EXPIRED not in shown
    update = await fake_slack.wait_for("chat.update", where=lambda c: c.args.get("ts") == q2.response["ts"])
    assert "→" in texts(update[-1])
    await settle(0.3)
    assert second.kill() == -signal.SIGKILL

    # and once more, typing the answer this time
    third = await bots(store_url, name="third", port=port).start(http)
    await slack.dm(third, "まだです")
    q4 = await post_number(fake_slack, "D0001", 4)
    assert question_id(q4) == "contact_request", texts(q4)
    assert WELCOME not in texts(q4) and RESUMED not in texts(q4)
    await fake_slack.wait_for("chat.update", where=lambda c: c.args.get("ts") == q3.response["ts"])
    await settle()
    assert [question_id(c) for c in posts(fake_slack, "D0001")] == ORDER[:5]
    assert not fake_slack.calls_to("chat.postEphemeral")
    assert await third.terminate() == 0


# ---------------------------------------------------------------- two instances on one Redis


async def typed_conversation(slack: Slack, fake: FakeSlack, pair: list[BotProcess], user: str, channel: str,
                             offset: int) -> None:
    for n, text in enumerate(TYPED):
        await slack.dm(pair[(n + offset) % 2], text, user=user, channel=channel)
        await post_number(fake, channel, n)
        await human_pause()


async def clicked_conversation(slack: Slack, fake: FakeSlack, pair: list[BotProcess], user: str, channel: str,
                               offset: int) -> None:
    await slack.dm(pair[offset % 2], "チャットワークに移行しようと言われました", user=user, channel=channel)
    question = await post_number(fake, channel, 0)
    for n, (qid, value) in enumerate(CLICKS, start=1):
        assert question_id(question) == qid, texts(question)
        await human_pause()
        await slack.click(pair[(n + offset) % 2], question, value, user=user)
        question = await post_number(fake, channel, n)
    assert question_id(question) == "warning_signs"
    await human_pause()
    await slack.tick_and_submit(pair[(len(CLICKS) + 1 + offset) % 2], question, ["none"], user=user)
    await post_number(fake, channel, len(CLICKS) + 1)


async def test_two_instances_share_conversations_through_redis(redis_url, bots, slack, http, fake_slack):
    pair = [await bots(redis_url, name="a").start(http), await bots(redis_url, name="b").start(http)]
    users = [(f"U10{n}", f"D10{n}") for n in range(6)]
    runs = [typed_conversation(slack, fake_slack, pair, user, channel, n) if n % 2 == 0
            else clicked_conversation(slack, fake_slack, pair, user, channel, n)
            for n, (user, channel) in enumerate(users)]
    await asyncio.wait_for(asyncio.gather(*runs), 90)
    await settle()
    for _, channel in users:
        sent = posts(fake_slack, channel)
        assert [question_id(c) for c in sent[:-1]] == ORDER, (channel, [question_id(c) for c in sent])
        assert is_verdict(sent[-1]) and len(sent) == len(ORDER) + 1, channel
        assert WELCOME in texts(sent[0]) and not any(WELCOME in texts(c) for c in sent[1:])
    assert not fake_slack.calls_to("chat.postEphemeral")
    assert {c.args.get("user_id") for c in fake_slack.calls_to("views.publish")} == {u for u, _ in users}
    for bot in pair:
        assert bot.proc is not None and bot.proc.poll() is None


async def test_same_event_to_both_instances_is_answered_once(redis_url, bots, slack, http, fake_slack):
    pair = [await bots(redis_url, name="a").start(http), await bots(redis_url, name="b").start(http)]
    for n in range(5):
        channel = f"D20{n}"
        statuses = await slack.dm(pair, "相談です", user=f"U20{n}", channel=channel, event_id=f"EvSame{n}")
        assert statuses == [200, 200]
        await post_number(fake_slack, channel, 0)
    await settle()
    for n in range(5):
        assert len(posts(fake_slack, f"D20{n}")) == 1


async def test_double_click_on_both_instances_advances_once(redis_url, bots, slack, http, fake_slack):
    pair = [await bots(redis_url, name="a").start(http), await bots(redis_url, name="b").start(http)]
    for n in range(5):
        user, channel = f"U30{n}", f"D30{n}"
        await slack.dm(pair[n % 2], "相談です", user=user, channel=channel)
        first = await post_number(fake_slack, channel, 0)
        await human_pause()
        # a double click: two separate deliveries of the same button, one to each instance, at once
        statuses = await asyncio.gather(slack.click(pair[0], first, "crowdworks", user=user),
                                        slack.click(pair[1], first, "crowdworks", user=user))
        assert statuses == [[200], [200]]
        second = await post_number(fake_slack, channel, 1)
        assert question_id(second) == "contract"
    await settle()
    for n in range(5):
        assert [question_id(c) for c in posts(fake_slack, f"D30{n}")] == ["platform", "contract"]
    assert not fake_slack.calls_to("chat.postEphemeral")
    assert len(fake_slack.calls_to("chat.update")) == 5


async def test_back_to_back_messages_across_two_instances_stay_in_order(redis_url, bots, slack, http, fake_slack):
    """Users type without waiting for answers, each message going to the other instance: the store's queue
    decides the order, one instance at a time works each user's queue (an input queued behind the other
    instance's lease is worked by that instance)."""
    pair = [await bots(redis_url, name="a").start(http), await bots(redis_url, name="b").start(http)]
    users = [(f"U80{n}", f"D80{n}") for n in range(8)]

    async def type_all(user: str, channel: str) -> None:
        for n, text in enumerate(TYPED):
            assert await slack.dm(pair[n % 2], text, user=user, channel=channel) == [200]

    await asyncio.gather(*(type_all(u, c) for u, c in users))
    for _, channel in users:
        await post_number(fake_slack, channel, len(TYPED) - 1, timeout=30)
    await settle()
    for _, channel in users:
        sent = posts(fake_slack, channel)
        assert [question_id(c) for c in sent[:-1]] == ORDER and is_verdict(sent[-1]), channel


class _Delayed:
    """A store wrapper that waits before some writes, to make an interleaving of two instances certain."""

    def __init__(self, inner: Any, delay: float, only_refs_saves: bool) -> None:
        self.inner, self.delay, self.only_refs_saves = inner, delay, only_refs_saves

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    async def put(self, key: str, data: dict[str, Any], expected_version: int, done: int = 0,
                  release: Any = None) -> Any:
        # deliver()'s second save notes the message of the question just asked: refs.question == the state
        state = data["state"] or {}
        is_refs_save = (state.get("refs") or {}).get("question") == state.get("conversation", {}).get("state")
        if is_refs_save or not self.only_refs_saves:
            await asyncio.sleep(self.delay)
        return await self.inner.put(key, data, expected_version, done, release)


async def test_click_right_after_the_question_is_posted_is_not_lost(redis_url, fake_slack):
    """Instance A posts question 2 and then (a moment later) notes where it posted it; meanwhile the user's
    click on question 2 reaches instance B, which loads the conversation before that note and saves after it.
    B's compare-and-set then fails against A's bookkeeping write, not against another copy of the click,
    and the click must still count (retry), not vanish without a word."""
    from tests.harness import Harness

    a, b = Harness(fake_slack, redis_url), Harness(fake_slack, redis_url)
    a.store = _Delayed(a.store, 0.3, only_refs_saves=True)  # type: ignore[assignment]
    b.store = _Delayed(b.store, 0.8, only_refs_saves=False)  # type: ignore[assignment]
    await a.start()
    await b.start()
    try:
        await a.dm("相談です")
        q0 = await a.next_post(0)
        await a.click(q0, "crowdworks")
        q1 = await a.next_post(1)
        assert question_id(q1) == "contract"
        await b.click(q1, "contracted")  # at once: B loads before A's note, and saves after it
        q2 = await b.next_post(2, timeout=5)
        assert question_id(q2) == "job_format"
    finally:
        await a.stop()
        await b.stop()


# ---------------------------------------------------------------- several users at once on one process


async def test_users_writing_at_the_same_time_all_get_answers(store_url, bots, slack, http, fake_slack):
    """Sixty people talk to one bot process at the same moments: every message gets its answer, and every
    conversation reaches its verdict."""
    bot = await bots(store_url, name="busy").start(http)
    users = [(f"U6{n:02d}", f"D6{n:02d}") for n in range(60)]
    for n, text in enumerate(TYPED):
        statuses = await asyncio.gather(*(slack.dm(bot, text, user=u, channel=c) for u, c in users))
        assert all(s == [200] for s in statuses), statuses
        got = await asyncio.gather(*(post_number(fake_slack, c, n) for _, c in users), return_exceptions=True)
        missing = [c for (_, c), call in zip(users, got, strict=True) if isinstance(call, BaseException)]
        errors = [line for line in bot.stderr().splitlines() if "ERROR" in line or "WARNING" in line]
        assert not missing, f"message {n} ({text!r}) got no answer in {len(missing)} DMs; log: {errors[:3]}"
        # no pause: typed answers are retried on a compare-and-set conflict, so this is fair
    for _, channel in users:
        sent = posts(fake_slack, channel)
        assert [question_id(c) for c in sent[:-1]] == ORDER and is_verdict(sent[-1]), channel


# ---------------------------------------------------------------- Redis outage under a running bot


async def health(http: aiohttp.ClientSession, bot: BotProcess) -> tuple[int, dict[str, Any]]:
    async with http.get(f"{bot.url}/healthz", timeout=aiohttp.ClientTimeout(total=WAIT)) as response:
        return response.status, json.loads(await response.text())


async def test_redis_outage_under_a_running_bot(bots, slack, http, fake_slack):
    server = RedisServer().start()
    try:
        bot = await bots(server.url, name="outage").start(http)
        assert await health(http, bot) == (200, {"status": "ok"})

        server.stop()
        started = time.monotonic()
        status, body = await health(http, bot)
        assert status == 503 and body["status"] == "unavailable", body
        assert "Redis" in body["reason"] and str(server.port) in body["reason"], body
        assert time.monotonic() - started < 3

        # the DM cannot be stored: 503, so Slack sends it again; the user is told once, not per retry
        event = p.event_callback(p.dm_message("U0401", "相談です", channel="D0401"))
        assert await slack.send(bot, event, "json") == [503]
        notice = await post_number(fake_slack, "D0401", 0)
        assert NOT_SAVED in notice.args.get("text", ""), notice
        assert question_id(notice) is None
        assert await slack.resend(bot, event, retry_num=1) == [503]

        server.start()  # same port
        deadline = time.monotonic() + 5
        while (await health(http, bot))[0] != 200:
            assert time.monotonic() < deadline, "still unhealthy 5 s after Redis came back"
            await asyncio.sleep(0.1)

        await slack.dm(bot, "相談です", user="U0402", channel="D0402")
        first = await post_number(fake_slack, "D0402", 0)
        assert question_id(first) == "platform" and WELCOME in texts(first)
        await slack.click(bot, first, "lancers", user="U0402")
        assert question_id(await post_number(fake_slack, "D0402", 1)) == "contract"
        # Slack's next retry of the DM that could not be stored gets its answer
        assert await slack.resend(bot, event, retry_num=2) == [200]
        assert question_id(await post_number(fake_slack, "D0401", 1)) == "platform"
        await settle()
        assert len(posts(fake_slack, "D0401")) == 2
        assert bot.proc is not None and bot.proc.poll() is None
    finally:
        server.stop()


async def test_click_during_a_redis_outage_gets_the_notice_and_a_prompt_200(bots, slack, http, fake_slack):
    """A button click while Redis is down: the user is told, and Slack gets its 200 at once (a late or non-2xx
    answer shows the user an error on the button)."""
    server = RedisServer().start()
    try:
        bot = await bots(server.url, name="click-outage").start(http)
        await slack.dm(bot, "相談です", user="U0403", channel="D0403")
        open_question = await post_number(fake_slack, "D0403", 0)
        server.stop()
        started = time.monotonic()
        statuses = await slack.click(bot, open_question, "crowdworks", user="U0403")
        answered_after = time.monotonic() - started
        notice = await post_number(fake_slack, "D0403", 1)
        assert UNAVAILABLE in notice.args.get("text", ""), notice
        assert statuses == [200] and answered_after < 2.5, \
            f"Slack got HTTP {statuses} after {answered_after:.1f} s; log: {bot.stderr()[-400:]}"
    finally:
        server.stop()


# ---------------------------------------------------------------- configuration errors


@pytest.mark.parametrize(("change", "names"), [
    ({"SLACK_BOT_TOKEN": None}, "SLACK_BOT_TOKEN"),
    ({"SLACK_BOT_TOKEN": "xapp-wrong-kind"}, "SLACK_BOT_TOKEN"),
    ({"PORT": "eighty"}, "PORT"),
    ({"PORT": "70000"}, "PORT"),
    ({"ADVISOR_STORE_URL": "postgres://x"}, "ADVISOR_STORE_URL"),
    ({"ADVISOR_CONVERSATION_TTL": "soon"}, "ADVISOR_CONVERSATION_TTL"),
    ({"SLACK_SIGNING_SECRET": None}, "SLACK_SIGNING_SECRET"),
], ids=["no-bot-token", "app-token-as-bot-token", "port-word", "port-too-big", "postgres-store", "bad-ttl",
        "no-secret"])
def test_config_error_is_one_line_and_exit_2(change: dict[str, str | None], names: str, tmp_path: Path) -> None:
    env = clean_env(SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_SIGNING_SECRET=SECRET, PORT=str(free_port()),
                    HOST="127.0.0.1", SLACK_API_URL="http://127.0.0.1:9/api/",
                    ADVISOR_STORE_URL=f"sqlite:///{tmp_path}/x.db")
    for key, value in change.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    done = subprocess.run([sys.executable, "-m", "bot", "serve"], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=30, stdin=subprocess.DEVNULL)
    assert done.returncode == 2, (done.returncode, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "Traceback" not in done.stderr and names in lines[0], done.stderr
    assert done.stdout == ""
    assert SECRET not in done.stderr and BOT_TOKEN not in done.stderr


def test_port_already_in_use_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    """Not a malformed setting, but the same promise: PORT taken by another program is one clear line."""
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = clean_env(SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_SIGNING_SECRET=SECRET, PORT=str(port), HOST="127.0.0.1",
                        SLACK_API_URL="http://127.0.0.1:9/api/", ADVISOR_STORE_URL=f"sqlite:///{tmp_path}/x.db")
        done = subprocess.run([sys.executable, "-m", "bot", "serve"], cwd=ROOT, env=env, capture_output=True,
                              text=True, timeout=30, stdin=subprocess.DEVNULL)
    assert done.returncode != 0
    assert "Traceback" not in done.stderr, done.stderr[-600:]
    lines = [line for line in done.stderr.strip().splitlines() if " INFO " not in line]
    assert len(lines) == 1 and str(port) in lines[0], done.stderr


# ---------------------------------------------------------------- logs


async def test_logs_never_contain_messages_or_secrets(bots, slack, http, fake_slack, tmp_path):
    bot = await bots(f"sqlite:///{tmp_path}/logs.db", name="logs").start(http)
    typed = ["極秘の相談XQ7: 取引先の山田商事からチャットワークに移ろうと言われた",
             "ぜんぜんわからん話ですZZ9", "クラウドワークスで見つけた仕事です", "契約済みになりました",
             "時間単価の仕事です", "仮払いはまだです", "申請していないです", "本人確認はわからない",
             "特になしです"]
    for n, text in enumerate(typed):
        if n == 3:  # a Slack error answer gets logged (method and error code only)
            fake_slack.fail("chat.update", error="message_not_found")
        await slack.dm(bot, text, user="U0501", channel="D0501")
        await post_number(fake_slack, "D0501", n)
        await human_pause()
    assert is_verdict(posts(fake_slack, "D0501")[-1])
    await slack.dm(bot, "I am in English, secret phrase QWERTY-42", user="U0502", channel="D0502")
    await post_number(fake_slack, "D0502", 0)
    # a channel question and a quick assessment by command too
    await slack.send(bot, p.event_callback(p.channel_message("U0503", "仮払い前に作業していいですか？秘密KK3")),
                     "json")
    await slack.send(bot, p.slash_command("仮払い済みでチャットワークに移ろうと言われた 内緒MM5",
                                          user="U0503", response_url=fake_slack.response_url()), "form")
    await settle(1.0)
    assert await bot.terminate() == 0
    logged = bot.stderr() + bot.stdout()
    assert "listening on" in logged  # the log is there, and has content
    assert "message_not_found" in logged  # the Slack error was logged
    for text in [*typed, "QWERTY-42", "秘密KK3", "内緒MM5", "山田商事"]:
        assert text not in logged, f"message text {text!r} appears in the log"
    assert BOT_TOKEN not in logged and BOT_TOKEN.removeprefix("xoxb-") not in logged
    assert SECRET not in logged


# ---------------------------------------------------------------- graceful shutdown


async def test_sigterm_lets_a_running_reply_finish(bots, slack, http, fake_slack, tmp_path):
    bot = await bots(f"sqlite:///{tmp_path}/drain.db").start(http)
    fake_slack.slow("users.info", 1.0)  # the new conversation looks up the locale first: a slow Slack
    await slack.dm(bot, "1")  # says nothing of the language, so the locale is looked up
    await fake_slack.wait_for("users.info")
    assert await bot.terminate() == 0  # SIGTERM while the listener waits for Slack
    question = await post_number(fake_slack, "D0001", 0, timeout=1)
    assert question_id(question) == "platform"


# ---------------------------------------------------------------- a start during a Slack outage


async def test_start_during_a_slack_outage_answers_503_until_the_token_is_checked(bots, slack, http, fake_slack,
                                                                                  tmp_path):
    """auth.test fails at start-up: /healthz says so, events get 503 (Slack sends them again) instead of a 200
    that drops them; once auth.test works, the resent event is answered."""
    fake_slack.fail("auth.test", status=503, times=10_000)
    bot = await bots(f"sqlite:///{tmp_path}/outage.db", name="slack-down").start(http, healthy=False)
    status, body = await health(http, bot)
    assert status == 503 and body["status"] == "starting", body
    event = p.event_callback(p.dm_message("U0601", "相談です", channel="D0601"))
    assert await slack.send(bot, event, "json") == [503]
    assert await slack.resend(bot, event) == [503]
    assert len(fake_slack.calls_to("auth.test")) >= 3  # at start-up, and for each event
    assert not posts(fake_slack, "D0601")

    fake_slack.stop_failing("auth.test")  # Slack is back
    assert await slack.resend(bot, event, retry_num=2) == [200]
    assert question_id(await post_number(fake_slack, "D0601", 0)) == "platform"
    assert (await health(http, bot))[0] == 200
    await settle()
    assert len(posts(fake_slack, "D0601")) == 1
