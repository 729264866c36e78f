"""Delivery of the DM conversation when things go wrong, through the real app over HTTP (SQLite and Redis):
durable before the ack, each user's inputs in order and none dropped, a bounded flood, questions Slack refused,
429s, work left in the store by a crash, /healthz and the start-up gate."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import AsyncIterator
from dataclasses import replace
from typing import Any

import pytest

from bot.inbox import lease_token
from bot.store import StoreUnavailable
from flows.dm import DmState
from tests import slack_payloads as p
from tests.fake_slack import Call, FakeSlack
from tests.harness import Harness, texts
from tests.test_processes import ORDER, TYPED, is_verdict, question_id

KEY = "T0001:U0001"
NOT_SAVED = "一時的にメッセージを保存できません"
NOT_DELIVERED = "前のメッセージをお届けできていなかった"
RATE_LIMITED = "読まずにとばしました"
FACTS = ["クラウドワークスの仕事です", "契約済みです", "時間単価の仕事です"]  # any order: the same three answers


@pytest.fixture
async def app(fake_slack: FakeSlack, store_url: str) -> AsyncIterator[Harness]:
    h = await Harness(fake_slack, store_url).start()
    yield h
    await h.stop()


class Watched:
    """A store that can delay or fail the write made before the ack, and notes when it completed."""

    def __init__(self, inner: Any, delay: float = 0.0, failures: int = 0, slow: list[float] | None = None) -> None:
        self.inner, self.delay, self.failures = inner, delay, failures
        self.slow = list(slow or [])  # delays for the next writes, before `delay` applies
        self.stored: list[float] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    async def enqueue_and_lease(self, *args: Any, **kwargs: Any) -> Any:
        """The write before the ack (it queues the input and takes the lease)."""
        await asyncio.sleep(self.slow.pop(0) if self.slow else self.delay)
        if self.failures:
            self.failures -= 1
            raise StoreUnavailable("test: the store refuses this write")
        result = await self.inner.enqueue_and_lease(*args, **kwargs)
        self.stored.append(time.monotonic())
        return result


async def watched_app(fake: FakeSlack, store_url: str, **options: Any) -> Harness:
    h = Harness(fake, store_url)
    h.store = Watched(h.store, **options)  # type: ignore[assignment]
    return await h.start()


def posts(fake: FakeSlack, channel: str = "D0001") -> list[Call]:
    return [c for c in fake.calls_to("chat.postMessage") if c.args.get("channel") == channel and not c.failed]


async def wait_until(condition: Any, timeout: float = 10, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not await condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        await asyncio.sleep(0.02)


async def shown(fake: FakeSlack, n: int, channel: str = "D0001", timeout: float = 15) -> Call:
    """The n-th (0-based) message Slack accepted in `channel`."""
    async def there() -> bool:
        return len(posts(fake, channel)) > n
    await wait_until(there, timeout, what=f"message {n} in {channel}")
    return posts(fake, channel)[n]


async def idle(h: Harness, key: str = KEY) -> None:
    """Wait until nobody works the user's queue and nothing waits in it or in its outbox."""
    async def done() -> bool:
        if await h.store.pending(key):
            return False
        if not await h.store.claim(lease_token(key), 60, owner="probe"):
            return False
        await h.store.release(lease_token(key), owner="probe")
        return not (await h.bolt_services.dm.worker.sessions.load(key)).outbox
    await wait_until(done, what="the queue to be worked")


# ---------------------------------------------------------------- durable before the ack


@pytest.mark.parametrize("kind", ["message", "click"])
async def test_slack_gets_its_ack_only_after_the_input_is_stored(fake_slack, store_url, kind):
    """Bolt acknowledges an event before running its listener: the DM is stored by the listener's middleware,
    and a click before the listener calls ack(). A slow store write delays the 200, never the other way."""
    h = await watched_app(fake_slack, store_url, delay=0.4)
    try:
        await h.dm("相談です")
        first = await h.next_post(0)
        before = len(h.store.stored)  # type: ignore[attr-defined]
        reply = await (h.dm("1") if kind == "message" else h.click(first, "crowdworks"))
        answered = time.monotonic()
        assert reply.status == 200
        stored = h.store.stored  # type: ignore[attr-defined]
        assert len(stored) == before + 1 and stored[-1] <= answered
        assert question_id(await h.next_post(1)) == "contract"
    finally:
        await h.stop()


async def test_a_dm_the_store_cannot_take_gets_503_and_slacks_resend_is_answered(fake_slack, store_url):
    h = await watched_app(fake_slack, store_url, failures=2)
    try:
        event = p.event_callback(p.dm_message("U0001", "相談です"))
        assert (await h.send(event)).status == 503  # Slack will send it again
        [note] = await h.posted(1)
        assert NOT_SAVED in note.args["text"] and question_id(note) is None
        assert (await h.send(event, retry_num=1, retry_reason="http_error")).status == 503
        assert (await h.send(event, retry_num=2, retry_reason="http_error")).status == 200
        first = await h.next_post(1)
        assert question_id(first) == "platform"
        assert len(fake_slack.calls_to("chat.postMessage")) == 2  # one note, however many retries
    finally:
        await h.stop()


async def test_a_store_too_slow_for_slacks_3_seconds_gets_503_and_the_resend_is_a_duplicate(fake_slack, store_url):
    """The write before the ack takes longer than Slack waits: 503 at once (Slack resends); the slow write
    still lands, so the resend is a duplicate, and the message is answered once."""
    h = await watched_app(fake_slack, store_url, slow=[3.5])
    try:
        event = p.event_callback(p.dm_message("U0001", "相談です"))
        started = time.monotonic()
        assert (await h.send(event)).status == 503
        assert time.monotonic() - started < 3.2
        stored = h.store.stored  # type: ignore[attr-defined]
        await wait_until(lambda: asyncio.sleep(0, bool(stored)), what="the slow write to land")
        assert (await h.send(event, retry_num=1, retry_reason="http_timeout")).status == 200
        assert question_id(await shown(fake_slack, 0)) == "platform"
        await idle(h)
        assert len(posts(fake_slack)) == 1 and not [n for n in fake_slack.calls_to("chat.postMessage")
                                                     if NOT_SAVED in n.args.get("text", "")]
    finally:
        await h.stop()


async def test_a_late_resend_older_than_the_last_message_applied_is_not_used_and_the_user_is_told(fake_slack,
                                                                                                  store_url):
    """Message A could not be stored (503); B was sent after it and applied; Slack's resend of A arrives
    last and would answer a later question with an old message: it is not used, and the user is told (they
    must not think the verdict counts it)."""
    h = await watched_app(fake_slack, store_url)
    try:
        await h.dm("相談です")
        await h.next_post(0)
        h.store.failures = 1  # type: ignore[attr-defined]
        late = p.event_callback(p.dm_message("U0001", "まだです"))
        assert (await h.send(late)).status == 503
        await h.posted(2)  # the "could not save" note
        await h.dm("1")  # written after A
        assert question_id(await h.next_post(2)) == "contract"
        assert (await h.send(late, retry_num=1, retry_reason="http_error")).status == 200
        await idle(h)
        session = await h.bolt_services.dm.worker.sessions.load(KEY)
        assert DmState.from_dict(session.state).conversation.state == "contract" and "contract" not in DmState.from_dict(session.state).conversation.answers
        note = (await h.posted(4))[3]
        assert "遅れて届いたため、使わずにおきました" in texts(note) and question_id(note) is None
        assert len(fake_slack.calls_to("chat.postMessage")) == 4
    finally:
        await h.stop()


# ---------------------------------------------------------------- in order, one at a time, none dropped


async def test_messages_sent_back_to_back_are_applied_in_order(app, fake_slack):
    """A whole conversation typed without waiting for any reply: every message answered, in order."""
    for text in TYPED:
        assert (await app.dm(text)).status == 200
    sent = await app.posted(len(TYPED), timeout=20)
    await idle(app)
    sent = posts(fake_slack)
    assert [question_id(c) for c in sent[:-1]] == ORDER and is_verdict(sent[-1]), [question_id(c) for c in sent]


async def test_three_dms_at_once_from_each_of_many_users_none_dropped(app, fake_slack):
    users = [(f"U7{n:02d}", f"D7{n:02d}") for n in range(15)]
    await asyncio.gather(*(app.dm(text, user=u, channel=c) for u, c in users for text in FACTS))
    for user, channel in users:
        async def three(channel: str = channel) -> bool:
            return len(posts(fake_slack, channel)) >= 3
        await wait_until(three, what=f"three replies in {channel}")
        await idle(app, f"T0001:{user}")
        session = await app.bolt_services.dm.worker.sessions.load(f"T0001:{user}")
        answers = DmState.from_dict(session.state).conversation.answers
        assert answers == {"platform": "crowdworks", "contract": "contracted", "job_format": "hourly"}, answers
        assert DmState.from_dict(session.state).conversation.state == "escrow"
        assert len(posts(fake_slack, channel)) == 3


async def test_a_flood_from_one_user_is_bounded_with_a_polite_note(app, fake_slack):
    """Forty messages at once: the first are answered one by one, the rest are counted and the user is told
    how many were skipped. Nothing is dropped without a word."""
    fake_slack.slow("chat.postMessage", 0.3)  # a busy moment: messages arrive faster than answers go out
    replies = await asyncio.gather(*(app.dm(f"ヘルプ {n}") for n in range(40)))
    assert all(r.status == 200 for r in replies)

    def accounted() -> tuple[int, int]:
        notes = [c for c in posts(fake_slack) if RATE_LIMITED in c.args.get("text", "")]
        skipped = sum(int("".join(ch for ch in c.args["text"].split("件")[0] if ch.isdigit())) for c in notes)
        return len(posts(fake_slack)) - len(notes), skipped

    async def all_accounted() -> bool:
        answered, skipped = accounted()
        return answered + skipped == 40
    await wait_until(all_accounted, timeout=30, what="every message answered or counted")
    await idle(app)
    answered, skipped = accounted()
    assert skipped > 0 and answered + skipped == 40, (answered, skipped)


# ---------------------------------------------------------------- questions Slack refused, 429s


async def test_a_question_slack_fails_on_for_a_while_is_sent_again_after_a_back_off(app, fake_slack):
    """Slack answers 500 more times than the client retries: the outbox backs off and sends the question itself,
    without waiting for the user to write."""
    await app.dm("相談です")
    first = await app.next_post(0)
    fake_slack.fail("chat.postMessage", status=500, times=4)  # beyond the client's 3 retries
    await app.click(first, "lancers")
    delivered = await fake_slack.wait_for("chat.postMessage", where=lambda c: not c.failed, count=2, timeout=20)
    assert question_id(delivered[-1]) == "contract" and "Slack側の一時的な問題" not in texts(delivered[-1])


async def test_a_question_lost_to_a_longer_slack_trouble_is_asked_again_with_a_note(app, fake_slack):
    await app.dm("相談です")
    first = await app.next_post(0)
    fake_slack.fail("chat.postMessage", error="internal_error", times=4)  # the first try and every back-off
    await app.click(first, "lancers")
    await fake_slack.wait_for("chat.postMessage", count=5, timeout=20)
    await idle(app)
    await app.dm("契約済み")
    again = await shown(fake_slack, 1)
    assert "Slack側の一時的な問題" in texts(again) and question_id(again) == "contract"
    session = await app.bolt_services.dm.worker.sessions.load(KEY)
    assert "contract" not in DmState.from_dict(session.state).conversation.answers  # no answer recorded for a question never shown
    await app.dm("契約済み")
    assert question_id(await shown(fake_slack, 2)) == "job_format"


async def test_a_verdict_slack_refused_is_given_again(app, fake_slack):
    await app.dm("相談です")
    for n, text in enumerate(TYPED[1:-1], start=1):
        await app.next_post(n - 1)
        await app.dm(text)
    await app.next_post(len(TYPED) - 2)
    fake_slack.fail("chat.postMessage", error="msg_too_long")
    await app.dm("なし")
    await fake_slack.wait_for("chat.postMessage", where=lambda c: c.failed)
    await idle(app)
    await app.dm("ありがとう")
    verdict = await shown(fake_slack, len(TYPED) - 1)
    assert is_verdict(verdict) and NOT_DELIVERED in texts(verdict)


async def test_a_429_while_the_user_keeps_typing_posts_nothing_stale(app, fake_slack):
    """Slack asks to wait while the user types on: the questions still go out in order, none after the
    verdict, and each typed answer is applied to the question shown before it."""
    await app.dm("相談です")
    await app.next_post(0)
    fake_slack.fail("chat.postMessage", status=429, headers={"Retry-After": "1"}, times=2)
    for text in TYPED[1:]:
        await app.dm(text)
    await app.posted(len(TYPED), timeout=20)
    await idle(app)
    sent = posts(fake_slack)
    assert [question_id(c) for c in sent[:-1]] == ORDER and is_verdict(sent[-1])


async def test_an_item_superseded_while_waiting_out_a_429_is_never_sent(app, fake_slack):
    """While the outbox waits out Retry-After, the conversation moves on elsewhere (another instance took
    over): the old question is dropped, not posted late."""
    await app.dm("相談です")
    first = await app.next_post(0)
    fake_slack.fail("chat.postMessage", status=429, headers={"Retry-After": "1"})
    await app.click(first, "lancers")
    await fake_slack.wait_for("chat.postMessage", where=lambda c: c.failed)
    sessions = app.bolt_services.dm.worker.sessions
    session = await sessions.load(KEY)
    assert any((item.get("note") or {}).get("ask") == "contract" for item in session.outbox)
    assert await sessions.save(replace(session, outbox=[])) is not None  # someone else moved on
    await idle(app)
    assert [question_id(c) for c in fake_slack.calls_to("chat.postMessage")] == ["platform", "contract"]


# ---------------------------------------------------------------- work a crash left in the store


async def test_inputs_queued_by_a_process_that_died_are_answered_by_the_sweep(fake_slack, store_url):
    h = Harness(fake_slack, store_url)
    h.settings = replace(h.settings, lease_ttl=0.5)
    await h.start()
    try:
        dm = h.bolt_services.dm
        # a process took the user's lease, stored two messages and died before working them
        assert await h.store.claim(lease_token(KEY), 0.5, owner="dead-process")
        for n, text in enumerate(["相談です", "1"]):
            await dm.accept_text("T0001", "U0001", "D0001", text, f"1700000000.00000{n}", [f"event:EvDead{n}"])
        assert await dm.worker.inbox.sweep(dm.worker.work_for) == 1  # found, but the lease is still held
        assert not fake_slack.calls_to("chat.postMessage")

        async def answered() -> bool:
            await dm.worker.inbox.sweep(dm.worker.work_for)
            return len(posts(fake_slack)) == 2
        await wait_until(answered, what="the sweep to answer once the lease lapsed")
        assert [question_id(c) for c in posts(fake_slack)] == ["platform", "contract"]
    finally:
        await h.stop()


async def test_an_outbox_left_unsent_is_sent_once(app, fake_slack):
    """A process applied a message (conversation and outbox in one write) and died before sending: the next
    worker sends it, once."""
    dm = app.bolt_services.dm
    await dm.accept_text("T0001", "U0001", "D0001", "相談です", "1700000000.000001", [])
    [entry] = await app.store.pending(KEY)
    session = await dm.worker._apply(await app.bolt_services.dm.worker.sessions.load(KEY), entry)  # applied, nothing sent
    assert session.outbox and DmState.from_dict(session.state).conversation.state == "platform"
    await dm.worker.inbox.sweep(dm.worker.work_for)
    await idle(app)
    assert [question_id(c) for c in posts(fake_slack)] == ["platform"]
    assert (await app.bolt_services.dm.state("T0001", "U0001")).refs.get("question") == "platform"


# ---------------------------------------------------------------- /healthz and the start-up gate


async def test_healthz_is_503_while_sqlite_cannot_be_written(fake_slack, tmp_path):
    path = tmp_path / "health.db"
    h = await Harness(fake_slack, f"sqlite:///{path}").start()
    other = sqlite3.connect(path, isolation_level=None)
    try:
        assert (await h.get("/healthz")).status == 200
        other.execute("BEGIN IMMEDIATE")
        other.execute("INSERT INTO claims (token, expires_at) VALUES ('held', 0)")
        started = time.monotonic()
        reply = await h.get("/healthz")
        assert reply.status == 503 and "locked" in reply.json()["reason"], reply.text
        assert time.monotonic() - started < 3
        other.execute("COMMIT")
        assert (await h.get("/healthz")).status == 200
    finally:
        other.close()
        await h.stop()


async def test_events_before_slack_accepts_the_token_get_503_not_200(fake_slack, tmp_path):
    """A restart during a Slack outage: auth.test fails, and an event is not acknowledged (Slack resends it)
    until it works; then the resend is answered."""
    h = await Harness(fake_slack, f"sqlite:///{tmp_path}/gate.db").start()
    try:
        fake_slack.fail("auth.test", status=503, times=2)
        event = p.event_callback(p.dm_message("U0001", "相談です"))
        assert (await h.send(event)).status == 503
        assert (await h.send(event, retry_num=1, retry_reason="http_error")).status == 503
        assert not fake_slack.calls_to("chat.postMessage")
        assert (await h.send(event, retry_num=2, retry_reason="http_error")).status == 200
        assert question_id(await h.next_post(0)) == "platform"
        assert len([c for c in fake_slack.calls_to("auth.test") if not c.failed]) == 1  # Bolt never asks again
    finally:
        await h.stop()


@pytest.mark.parametrize("found", [True, False])
async def test_a_post_sent_just_before_a_crash_is_not_sent_again(app, fake_slack, found):
    """A worker recorded a turn, sent its question and died before marking it. The next worker finds the
    question in the DM (by the id in its metadata) and marks it instead of posting it twice; when the post
    did not go out, it is sent."""
    dm, sessions = app.bolt_services.dm, app.bolt_services.dm.worker.sessions
    await dm.accept_text("T0001", "U0001", "D0001", "相談です", "1700000000.000001", [])
    [entry] = await app.store.pending(KEY)
    session = await dm.worker._apply(await sessions.load(KEY), entry)  # the turn and what it sends, recorded
    [item] = [i for i in session.outbox if i["method"] == "chat.postMessage"]
    if found:
        sent = await (await dm.worker.outbox.client_for(KEY)).chat_postMessage(**item["args"])  # … sent, and then the worker was killed
    dm.worker.inbox._held.clear()  # the dead worker's lease is gone with it
    await app.store.release(lease_token(KEY))
    await dm.worker.inbox.sweep(dm.worker.work_for)  # the next worker
    await idle(app)
    [post] = posts(fake_slack)
    assert question_id(post) == "platform"
    assert len(fake_slack.calls_to("conversations.history")) == 1
    refs = DmState.from_dict((await sessions.load(KEY)).state).refs
    assert refs == {"channel": "D0001", "ts": post.response["ts"], "question": "platform"}
    if found:
        assert post.response["ts"] == sent["ts"]


# ---------------------------------------------------------------- posts Slack refuses


async def outbox_failures(app: Harness, reason: str) -> float:
    """The /metrics count of chat.postMessage items Slack refused, for `reason` (0 before the first)."""
    text = (await app.get("/metrics")).text
    line = f'advisor_outbox_failures_total{{method="chat.postMessage",reason="{reason}"}} '
    return next((float(x[len(line):]) for x in text.splitlines() if x.startswith(line)), 0.0)


async def test_blocks_slack_refuses_are_sent_again_as_plain_text_and_counted(app, fake_slack):
    """invalid_blocks: the question still reaches the user, as its plain text; /metrics counts it."""
    counted = await outbox_failures(app, "plain_text")
    fake_slack.fail("chat.postMessage", error="invalid_blocks")
    await app.dm("相談です")
    await fake_slack.wait_for("chat.postMessage", where=lambda c: not c.failed)
    await idle(app)
    [refused, resent] = fake_slack.calls_to("chat.postMessage")[:2]
    assert refused.failed and "blocks" in refused.args
    assert not resent.failed and "blocks" not in resent.args
    assert "どのサービスで見つけたお仕事ですか" in resent.args["text"]
    assert await outbox_failures(app, "plain_text") == counted + 1


async def test_a_post_slack_refuses_is_counted_in_metrics(app, fake_slack):
    counted = await outbox_failures(app, "refused")
    fake_slack.fail("chat.postMessage", error="channel_not_found")
    await app.dm("相談です")
    await fake_slack.wait_for("chat.postMessage", where=lambda c: c.failed)
    await idle(app)
    assert await outbox_failures(app, "refused") == counted + 1


class Contended:
    """A store where another writer changes the record just before each of our writes (a real conflict)."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    async def put(self, key: str, data: dict[str, Any], expected_version: int, *args: Any, **kwargs: Any) -> Any:
        current = await self.inner.get(key)
        await self.inner.put(key, current.data, current.version)  # the other writer wins the race
        return await self.inner.put(key, data, expected_version, *args, **kwargs)


async def test_a_post_that_cannot_be_marked_is_not_sent_again_by_the_same_worker(app, fake_slack):
    """The record keeps changing under the write that marks a question sent: the worker gives up after its
    tries and sends nothing more (the next worker looks for the post first); it never posts it again itself."""
    dm, sessions = app.bolt_services.dm, app.bolt_services.dm.worker.sessions
    await dm.accept_text("T0001", "U0001", "D0001", "相談です", "1700000000.000001", [])
    [entry] = await app.store.pending(KEY)
    session = await dm.worker._apply(await sessions.load(KEY), entry)
    inner, sessions.store = sessions.store, Contended(sessions.store)
    try:
        left = await asyncio.wait_for(dm.worker.outbox.deliver(session, lambda: True), 10)
    finally:
        sessions.store = inner
    assert len(posts(fake_slack)) == 1 and left.outbox


async def test_a_record_of_the_earlier_layout_is_read_and_worked_on(app, fake_slack):
    """A record written before the state was made opaque (the conversation's fields beside the bookkeeping, an
    outbox item naming its question in `ask`) after an upgrade: its question is sent, noted as the one to
    mark answered, and the conversation goes on from where it was."""
    from flows.conversation import Conversation
    conv = Conversation(state="contract", answers={"platform": "crowdworks"}, lang="ja")
    question = {"id": "1.0", "method": "chat.postMessage", "ask": "contract", "round": 0,
                "args": {"channel": "D0001", "text": "クライアントとの契約はもう結びましたか？"}}
    old = {"conversation": conv.to_dict(), "refs": {}, "last_ts": "1700000000.000001", "unseen": None,
           "applied": 0, "outbox": [question]}
    assert await app.store.put(KEY, old, 0) is not None
    await app.dm("契約済みです")
    asked = await shown(fake_slack, 1)
    assert question_id(asked) == "job_format"
    first = posts(fake_slack)[0]
    assert first.args["text"] == question["args"]["text"]
    [marked] = [c for c in fake_slack.calls_to("chat.update") if c.args.get("ts") == first.response["ts"]]
    assert "契約済み" in texts(marked)
    state = DmState.from_dict((await app.bolt_services.dm.worker.sessions.load(KEY)).state)
    assert state.conversation.answers["contract"] == "contracted" and state.conversation.last_ts


@pytest.mark.parametrize("found", [True, False])
async def test_a_first_question_started_from_the_home_tab_is_not_posted_twice_after_a_crash(app, fake_slack, found):
    """The Home tab is published with the user's DM channel; its start button posts the first question to the
    user's id. A worker that posted it and died before marking it: the next one looks in that DM first and does
    not post it again (it did before: nothing told it where a post to a user id lands); when it did not go out,
    it is sent."""
    from bot.listeners.actions.start import home_dm
    await app.event(p.app_home_opened("U0001", channel="D0001"))
    [published] = await fake_slack.wait_for("views.publish")
    view = published.args["view"]
    assert view["private_metadata"] == "D0001"
    click = p.block_actions("U0001", [p.button("start_check", "")], view={**view, "id": "V0001"})
    item = await first_question_left_by_a_dead_worker(app, found, dm=home_dm(click))
    assert item["args"]["channel"] == "U0001"
    assert len(first_questions(fake_slack)) == 1


async def first_question_left_by_a_dead_worker(h: Harness, posted: bool, dm: str | None = None) -> dict[str, Any]:
    """A check started by a button: its worker applied the start, (`posted`) sent the first question to the user's
    id, and died before marking it; the sweep works what it left. The first question's outbox item."""
    worker = h.bolt_services.dm.worker
    await h.bolt_services.dm.accept_start("T0001", "U0001", dm=dm, action_ts="1700000000.000100")
    [entry] = await h.store.pending(KEY)
    session = await worker._apply(await worker.sessions.load(KEY), entry)
    [item] = [i for i in session.outbox if i["method"] == "chat.postMessage"]
    if posted:
        await (await worker.outbox.client_for(KEY)).chat_postMessage(**item["args"])  # … then the worker died
    worker.inbox._held.clear()
    await h.store.release(lease_token(KEY))
    await worker.inbox.sweep(worker.work_for)
    await idle(h)
    return item


def first_questions(fake: FakeSlack) -> list[Call]:
    return [c for c in fake.calls_to("chat.postMessage") if not c.failed and question_id(c) == "platform"]


@pytest.mark.parametrize("found", [True, False])
async def test_a_first_question_started_from_a_channel_button_is_not_posted_twice_after_a_crash(app, fake_slack,
                                                                                               found):
    """A 'start a check' button under a channel answer: nothing tells where the user's DM is, so the first question
    is posted to the user's id. A worker that posted it and died before marking it: the next one opens the DM
    (conversations.open finds it) and looks there first (it posted it again before); when it did not go out, it
    is sent."""
    item = await first_question_left_by_a_dead_worker(app, found)  # no DM known, as on_start for a channel click
    assert item["args"]["channel"] == "U0001" and "dm" not in item
    assert len(first_questions(fake_slack)) == 1
    assert [c.args["users"] for c in fake_slack.calls_to("conversations.open")] == ["U0001"]


async def test_a_long_retry_after_is_waited_out_without_holding_up_work_left_by_others(app, fake_slack):
    """Work a dead process left, found by the sweep: Slack asks one user's first question to wait (429,
    Retry-After 6 s). Another user's left-over work, found meanwhile, is sent by the next sweep at once, not
    after the wait (the sweep waited for all it started before); the first question goes out once the wait is
    over, once."""
    dm = app.bolt_services.dm
    first, second = "T0001:U0001", "T0001:U0002"

    async def left_over(user: str, key: str) -> None:  # queued, then the process that took the lease died
        await dm.accept_start("T0001", user, action_ts=f"1700000000.00010{user[-1]}")
        dm.worker.inbox._held.clear()
        await app.store.release(lease_token(key))

    fake_slack.fail("chat.postMessage", status=429, headers={"Retry-After": "6"}, times=1)
    await left_over("U0001", first)
    sweeping = asyncio.create_task(dm.worker.inbox.sweep_forever(dm.worker.work_for, every=0.2))
    try:
        await fake_slack.wait_for("chat.postMessage", where=lambda c: c.failed)
        waiting_since = time.monotonic()
        await left_over("U0002", second)
        [other] = await fake_slack.wait_for("chat.postMessage", where=lambda c: c.args.get("channel") == "U0002")
        assert time.monotonic() - waiting_since < 3 and not posts(fake_slack, "U0001")
        await idle(app, first)
        assert time.monotonic() - waiting_since >= 5
    finally:
        sweeping.cancel()
    assert [question_id(c) for c in posts(fake_slack, "U0001")] == ["platform"]
    assert [question_id(c) for c in posts(fake_slack, "U0002")] == ["platform"] and question_id(other) == "platform"
