"""The channel FAQ through the real app over HTTP: the labelled corpus, what a reply shows, what is ignored,
and @mentions delivered twice."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
import yaml

from flows import faq
from flows.texts import say
from tests import slack_payloads as p
from tests.fake_slack import Call, FakeSlack
from tests.harness import USER, Harness, settle, texts

CORPUS = Path(__file__).resolve().parent / "data" / "faq_corpus.yaml"
BATCH = 25
ON_TOPIC = "クライアントさんからチャットワークに移行しましょうって言われたんですが、これって大丈夫ですか？"
ON_TOPIC_2 = "仮払いがまだなのに作業を始めてって言われました。どうすればいいですか？"
CW_CONTACT_FAQ = "https://crowdworks.my.salesforce-sites.com/faq/articles/FAQ/10562"


def thread_replies(fake: FakeSlack, channel: str, ts: str) -> list[Call]:
    return [c for c in fake.calls_to("chat.postMessage")
            if c.args.get("channel") == channel and c.args.get("thread_ts") == ts]


async def replies_settled(fake: FakeSlack, quiet: float = 0.6, timeout: float = 20) -> list[Call]:
    """Wait until no new chat.postMessage arrived for `quiet` seconds."""
    deadline = time.monotonic() + timeout
    seen, since = -1, time.monotonic()
    while time.monotonic() < deadline:
        now = len(fake.calls_to("chat.postMessage"))
        if now != seen:
            seen, since = now, time.monotonic()
        elif time.monotonic() - since >= quiet:
            break
        await asyncio.sleep(0.05)
    return fake.calls_to("chat.postMessage")


def entry_of(call: Call) -> str | None:
    """Which FAQ entry a reply is (by its text), or None."""
    text = call.args.get("text", "")
    return next((e.id for e in faq.FAQ_ENTRIES if text in (e.ja, e.en)), None)


# ---------------------------------------------------------------- the corpus, through the app


async def test_corpus_precision_and_recall_through_the_app(app, fake_slack):
    messages = yaml.safe_load(CORPUS.read_text(encoding="utf-8"))["messages"]
    sent: list[tuple[dict, str, str]] = []
    started = time.monotonic()
    for first in range(0, len(messages), BATCH):
        batch = []
        for n, m in enumerate(messages[first:first + BATCH], start=first):
            channel, ts = f"C{n:05d}", p.next_ts()
            sent.append((m, channel, ts))
            batch.append(app.event(p.channel_message(f"U{n:05d}", m["text"], channel=channel, ts=ts)))
        statuses = [r.status for r in await asyncio.gather(*batch)]
        assert statuses == [200] * len(batch)
    await replies_settled(fake_slack)
    elapsed = time.monotonic() - started

    tp = fp = fn = tn = right = 0
    problems = []
    for m, channel, ts in sent:
        replies = thread_replies(fake_slack, channel, ts)
        assert len(replies) <= 1, f"{len(replies)} replies to {m['text']}"
        got = entry_of(replies[0]) if replies else None
        if replies:
            assert got is not None, f"a reply that is no FAQ answer: {texts(replies[0])[:200]}"
        label = m["label"]
        if label is None:
            tn += not replies
            fp += bool(replies)
        else:
            tp += bool(replies)
            fn += not replies
            right += got == label
        if got != label:
            problems.append(f"  expected {label!s:24} got {got!s:24} {m['text']}")
    stray = [c for c in fake_slack.calls_to("chat.postMessage")
             if (c.args.get("channel"), c.args.get("thread_ts")) not in {(ch, ts) for _, ch, ts in sent}]
    assert not stray, stray
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    print(f"\nFAQ corpus through the app: {len(sent)} channel messages in {elapsed:.1f}s, "
          f"tp={tp} fp={fp} fn={fn} tn={tn}")
    print(f"precision={precision:.3f} recall={recall:.3f} right entry among answered={right / tp if tp else 0:.3f}")
    if problems:
        print("\n".join(problems))
    assert precision >= 0.95
    assert recall >= 0.8


# ---------------------------------------------------------------- what a reply shows


async def test_reply_has_the_answer_sources_and_a_start_button(app, fake_slack):
    msg = p.channel_message(USER, ON_TOPIC, channel="C0100")
    assert (await app.event(msg)).status == 200
    [reply] = await fake_slack.wait_for("chat.postMessage")
    assert reply.args["channel"] == "C0100" and reply.args["thread_ts"] == msg["ts"]
    shown = texts(reply)
    assert "サービス外連絡申請" in shown and "仮払いの前には作業を始めないでください" in shown
    assert CW_CONTACT_FAQ in shown                                   # a source link
    links = [e["text"] for b in reply.args["blocks"] if b["type"] == "context" for e in b["elements"]]
    assert any(f"<{CW_CONTACT_FAQ}" in t for t in links), links
    buttons = [e for b in reply.args["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert [b["action_id"] for b in buttons] == ["start_check"]
    assert buttons[0]["text"]["text"] == say("continue_in_dm", "ja")
    await settle()
    assert len(fake_slack.calls_to("chat.postMessage")) == 1
    assert not fake_slack.calls_to("chat.postEphemeral")


async def test_english_question_gets_an_english_reply(app, fake_slack):
    msg = p.channel_message(USER, "My CrowdWorks client wants to move to Chatwork. Is that safe?", channel="C0101")
    await app.event(msg)
    [reply] = await fake_slack.wait_for("chat.postMessage")
    assert "off-platform contact request" in texts(reply)
    assert "サービス外連絡申請 (off-platform" in texts(reply)  # the Japanese name is kept, explained
    buttons = [e for b in reply.args["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert buttons[0]["text"]["text"] == say("continue_in_dm", "en")


async def test_start_button_in_a_reply_opens_the_dm(app, fake_slack):
    msg = p.channel_message(USER, ON_TOPIC, channel="C0102")
    await app.event(msg)
    [reply] = await fake_slack.wait_for("chat.postMessage")
    await app.click(reply, "", action_id="start_check")
    first = await app.next_post(1)
    assert first.args["channel"] == USER
    assert "どのサービスで見つけたお仕事ですか" in texts(first)
    [note] = await fake_slack.wait_for("chat.postEphemeral")
    assert note.args["channel"] == "C0102" and "DMでチェックを始めました" in note.args["text"]


# ---------------------------------------------------------------- no reply


NO_REPLY_TEXTS = [
    "おはようございます！今日もがんばりましょう",
    "昨日のランチ美味しかったね",
    "チャットワークの通知が来ないんだけど、設定どこだっけ？",
    "How do I export my chat history from Chatwork?",
    "What time is the meetup tomorrow?",
    "チャットワークに移行しました。ありがとうございました！",
]


@pytest.mark.parametrize("text", NO_REPLY_TEXTS)
async def test_chatter_and_off_topic_get_no_reply(app, fake_slack, text):
    assert (await app.event(p.channel_message(USER, text, channel="C0200"))).status == 200
    await settle(0.4)
    assert fake_slack.calls_to("chat.postMessage") == []


async def test_bot_messages_edits_and_our_own_messages_get_no_reply(app, fake_slack):
    events = [
        p.channel_message(None, ON_TOPIC, channel="C0201", bot_id="B0999"),               # another bot
        p.channel_message("U0999", ON_TOPIC, channel="C0201", bot_id="B0999"),            # a bot with a user
        p.channel_message(USER, ON_TOPIC, channel="C0201", subtype="bot_message"),
        p.message_changed(USER, ON_TOPIC, previous_text="チャットワーク", channel="C0201"),  # an edit
        p.channel_message("UBOT", ON_TOPIC, channel="C0201"),                             # ourselves
        p.channel_message("UBOT", ON_TOPIC, channel="C0201", bot_id="B0001"),
        p.channel_message(USER, ON_TOPIC, channel="C0201", subtype="channel_join"),
        p.channel_message(USER, ON_TOPIC, channel="C0201", subtype="thread_broadcast"),
    ]
    replies = await asyncio.gather(*(app.event(e) for e in events))
    assert [r.status for r in replies] == [200] * len(events)
    await settle(0.5)
    assert fake_slack.calls_to("chat.postMessage") == []
    # …while the same text from a person is answered (the test above can fail)
    await app.event(p.channel_message(USER, ON_TOPIC, channel="C0201"))
    await fake_slack.wait_for("chat.postMessage")


async def test_one_answer_per_thread(app, fake_slack):
    first = p.channel_message(USER, ON_TOPIC, channel="C0202")
    await app.event(first)
    await fake_slack.wait_for("chat.postMessage")
    in_thread = p.channel_message("U0002", ON_TOPIC_2, channel="C0202", thread_ts=first["ts"])
    await app.event(in_thread)
    await settle(0.5)
    assert len(fake_slack.calls_to("chat.postMessage")) == 1
    # a question in a thread the bot has not answered is answered there
    other = p.channel_message(USER, "雑談です", channel="C0202")
    await app.event(other)
    await app.event(p.channel_message("U0002", ON_TOPIC_2, channel="C0202", thread_ts=other["ts"]))
    [_, reply] = await fake_slack.wait_for("chat.postMessage", count=2)
    assert reply.args["thread_ts"] == other["ts"]
    assert "仮払い" in texts(reply)


async def test_no_second_answer_in_a_thread_the_bot_answered_for_a_mention(app, fake_slack):
    """A thread the bot already answered (here: because of an @mention) gets no FAQ answer for a plain question."""
    mention, message = mention_pair("C0205")
    await app.event(mention)
    await app.event(message)
    [answer] = await fake_slack.wait_for("chat.postMessage")
    assert answer.args["thread_ts"] == mention["ts"]
    await app.event(p.channel_message("U0002", ON_TOPIC_2, channel="C0205", thread_ts=mention["ts"]))
    await settle(0.5)
    assert len(fake_slack.calls_to("chat.postMessage")) == 1, fake_slack.dump()


async def test_a_mention_in_an_answered_thread_is_still_answered(app, fake_slack):
    first = p.channel_message(USER, ON_TOPIC, channel="C0206")
    await app.event(first)
    await fake_slack.wait_for("chat.postMessage")
    await app.event(p.app_mention("U0002", "<@UBOT> 仮払いって何ですか", channel="C0206", thread_ts=first["ts"]))
    [_, second] = await fake_slack.wait_for("chat.postMessage", count=2)
    assert second.args["thread_ts"] == first["ts"] and entry_of(second) == "escrow"


async def test_duplicate_delivery_and_retries_are_answered_once(app, fake_slack):
    msg = p.channel_message(USER, ON_TOPIC, channel="C0203")
    assert (await app.event(dict(msg), event_id="Ev0203")).status == 200
    assert (await app.event(dict(msg), event_id="Ev0203")).status == 200
    assert (await app.event(dict(msg), event_id="Ev0203", retry_num=1, retry_reason="http_timeout")).status == 200
    assert (await app.event(dict(msg), event_id="Ev0203", retry_num=2, retry_reason="http_error")).status == 200
    await fake_slack.wait_for("chat.postMessage")
    await settle(0.5)
    assert len(fake_slack.calls_to("chat.postMessage")) == 1


async def test_concurrent_copies_are_answered_once(app, fake_slack):
    msg = p.channel_message(USER, ON_TOPIC, channel="C0204")
    await asyncio.gather(*(app.event(dict(msg), event_id="Ev0204", **({"retry_num": n} if n else {}))
                           for n in range(4)))
    await fake_slack.wait_for("chat.postMessage")
    await settle(0.5)
    assert len(fake_slack.calls_to("chat.postMessage")) == 1


# ---------------------------------------------------------------- mentions


async def test_mention_off_topic_gets_the_usage(app, fake_slack):
    mention = p.app_mention(USER, "<@UBOT> こんにちは！", channel="C0300")
    assert (await app.event(mention)).status == 200
    [reply] = await fake_slack.wait_for("chat.postMessage")
    assert reply.args["channel"] == "C0300" and reply.args["thread_ts"] == mention["ts"]
    assert say("mention_usage", "ja") in texts(reply)
    buttons = [e for b in reply.args["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert [b["action_id"] for b in buttons] == ["start_check"]


async def test_mention_in_english_gets_english_usage(app, fake_slack):
    await app.event(p.app_mention(USER, "<@UBOT> hello there", channel="C0301"))
    [reply] = await fake_slack.wait_for("chat.postMessage")
    assert say("mention_usage", "en") in texts(reply)


async def test_mention_on_topic_gets_the_faq_answer_without_a_question_mark(app, fake_slack):
    mention = p.app_mention(USER, "<@UBOT> チャットワーク移行の件", channel="C0302")
    await app.event(mention)
    [reply] = await fake_slack.wait_for("chat.postMessage")
    assert entry_of(reply) == "move_to_chatwork"


async def test_mention_in_a_thread_is_answered_in_that_thread(app, fake_slack):
    parent = p.next_ts()
    mention = p.app_mention(USER, "<@UBOT> 仮払い前に作業していいですか", channel="C0303", thread_ts=parent)
    await app.event(mention)
    [reply] = await fake_slack.wait_for("chat.postMessage")
    assert reply.args["thread_ts"] == parent
    assert entry_of(reply) == "escrow"


def mention_pair(channel: str, text: str = "<@UBOT> チャットワークに移行しても大丈夫？") -> tuple[dict, dict]:
    ts = p.next_ts()
    return (p.app_mention(USER, text, channel=channel, ts=ts),
            p.channel_message(USER, text, channel=channel, ts=ts))


@pytest.mark.parametrize("order", ["mention_first", "message_first", "concurrent"])
@pytest.mark.parametrize("text", ["<@UBOT> チャットワークに移行しても大丈夫？", "<@UBOT> やあ"],
                         ids=["on_topic", "off_topic"])
async def test_mention_delivered_twice_is_answered_once(app, fake_slack, order, text):
    pairs = [mention_pair(f"C04{n:02d}", text) for n in range(6)]
    for mention, message in pairs:
        if order == "concurrent":
            await asyncio.gather(app.event(mention), app.event(message))
        else:
            for event in ((mention, message) if order == "mention_first" else (message, mention)):
                assert (await app.event(event)).status == 200
    await fake_slack.wait_for("chat.postMessage", count=len(pairs))
    await settle(0.5)
    for mention, _ in pairs:
        replies = thread_replies(fake_slack, mention["channel"], mention["ts"])
        assert len(replies) == 1, (order, mention["channel"], replies)
    assert len(fake_slack.calls_to("chat.postMessage")) == len(pairs)


async def test_mention_pair_on_two_instances_sharing_redis_is_answered_once(fake_slack, redis_url):
    """Two app instances behind a load balancer: the message copy reaches one, the app_mention the other."""
    first, second = Harness(fake_slack, redis_url), Harness(fake_slack, redis_url)
    await first.start()
    await second.start()
    try:
        pairs = [mention_pair(f"C05{n:02d}") for n in range(8)]
        await asyncio.gather(*(h.event(e) for mention, message in pairs
                               for h, e in ((first, mention), (second, message))))
        await fake_slack.wait_for("chat.postMessage", count=len(pairs))
        await settle(0.5)
        assert len(fake_slack.calls_to("chat.postMessage")) == len(pairs)
        for mention, _ in pairs:
            assert len(thread_replies(fake_slack, mention["channel"], mention["ts"])) == 1
    finally:
        await first.stop()
        await second.stop()


async def test_one_member_flooding_a_channel_gets_ten_answers_then_none(app, fake_slack):
    """Per-user pace (bot/limits.py): ten questions in a row are answered, the rest not; another member is
    answered as usual."""
    from bot.limits import PerUser

    app.bolt_services.pace = PerUser(burst=10, rate=0.0)  # no refill while the test runs, however slow
    question = "クラウドワークスの仮払いってどういう仕組みですか？"
    sent = []
    for n in range(14):
        channel, ts = f"C9{n:04d}", p.next_ts()
        sent.append((channel, ts))
        assert (await app.event(p.channel_message("U0777", question, channel=channel, ts=ts))).status == 200
    other_channel, other_ts = "C99999", p.next_ts()
    await app.event(p.channel_message("U0778", question, channel=other_channel, ts=other_ts))
    await replies_settled(fake_slack)
    answered = [bool(thread_replies(fake_slack, channel, ts)) for channel, ts in sent]
    assert sum(answered) == 10
    assert thread_replies(fake_slack, other_channel, other_ts)


async def test_a_channel_answer_queued_before_a_crash_is_posted_once_by_the_next_worker(app, fake_slack):
    """The delivery is claimed and the answer queued in one store write: a process that dies right after it
    (before posting) loses nothing; the next worker (the sweep) posts it once, and Slack's copy of the event
    is still a duplicate."""
    from bot.dm import thread_key
    from bot.inbox import lease_token

    dm, channel, ts = app.bolt_services.dm, "C0777", p.next_ts()
    event = p.channel_message("U0777", ON_TOPIC, channel=channel, ts=ts)
    assert await dm.accept_thread_answer("T0001", channel, ts, ts, "contact_outside_request", "ja",
                                         [f"msg:{channel}:{ts}", f"thread:{channel}:{ts}"]) == "queued"
    key = thread_key("T0001", channel, ts)
    dm.worker.inbox._held.clear()  # the process died with its lease, before posting
    await app.store.release(lease_token(key))
    assert not thread_replies(fake_slack, channel, ts)
    assert (await app.event(event)).status == 200  # Slack's copy: a duplicate, not a second answer
    assert await dm.worker.inbox.sweep(dm.worker.work_for) == 1
    await replies_settled(fake_slack)
    [reply] = thread_replies(fake_slack, channel, ts)
    assert "サービス外連絡申請" in texts(reply)
    await dm.worker.inbox.sweep(dm.worker.work_for)
    await replies_settled(fake_slack)
    assert len(thread_replies(fake_slack, channel, ts)) == 1


async def test_a_refused_mention_never_takes_another_members_queued_answer_with_it(app, fake_slack):
    """A's question in a thread is queued when A's process dies; B, going too fast, @mentions the bot in the same
    thread and is refused: A's answer is still posted by the next worker."""
    from bot.dm import thread_key
    from bot.inbox import lease_token
    from bot.limits import PerUser

    dm, channel, ts = app.bolt_services.dm, "C0778", p.next_ts()
    assert await dm.accept_thread_answer("T0001", channel, ts, ts, "contact_outside_request", "ja",
                                         [f"msg:{channel}:{ts}", f"thread:{channel}:{ts}"]) == "queued"
    dm.worker.inbox._held.clear()  # A's process died before posting
    await app.store.release(lease_token(thread_key("T0001", channel, ts)))
    app.bolt_services.pace = PerUser(burst=0, rate=0.0)  # B goes too fast
    mention = p.app_mention("U0779", "<@UBOT> チャットワークに移っても大丈夫？", channel=channel, thread_ts=ts)
    assert (await app.event(mention)).status == 200
    await settle(0.3)
    assert await dm.worker.inbox.sweep(dm.worker.work_for) == 1
    await replies_settled(fake_slack)
    [reply] = thread_replies(fake_slack, channel, ts)
    assert "サービス外連絡申請" in texts(reply)


async def test_a_japanese_question_with_emoji_names_is_answered_in_japanese(app, fake_slack):
    text = "LINE誘導は詐欺？ :money_with_wings: :face_with_symbols_on_mouth: :thinking_face: :rolling_on_the_floor_laughing:"
    message = p.channel_message("U0780", text, channel="C0780")
    assert (await app.event(message)).status == 200
    await replies_settled(fake_slack)
    [reply] = thread_replies(fake_slack, "C0780", message["ts"])
    assert faq.BY_ID["scam_signs"].answer("ja").text[:30] in reply.args["text"]  # in Japanese, not English


@pytest.mark.parametrize("found", [True, False])
async def test_a_channel_answer_posted_just_before_a_crash_is_not_posted_again(app, fake_slack, found):
    """A worker recorded a thread answer, posted it and died before marking it. The next worker finds it among
    the thread's replies (by the id in its metadata) and marks it instead of answering twice; when the post did
    not go out, it is sent."""
    from bot.dm import thread_key
    from bot.inbox import lease_token

    dm, channel, ts = app.bolt_services.dm, "C0790", p.next_ts()
    key = thread_key("T0001", channel, ts)
    sessions = dm.worker.sessions
    assert await dm.accept_thread_answer("T0001", channel, ts, ts, "contact_outside_request", "ja",
                                         [f"msg:{channel}:{ts}", f"thread:{channel}:{ts}"]) == "queued"
    [entry] = await app.store.pending(key)
    session = await dm.worker._apply(await sessions.load(key), entry)  # the answer recorded in the outbox
    [item] = [i for i in session.outbox if i["method"] == "chat.postMessage"]
    if found:  # … posted, and then the worker was killed
        await (await dm.worker.outbox.client_for(key)).chat_postMessage(**item["args"])
    dm.worker.inbox._held.clear()
    await app.store.release(lease_token(key))
    await dm.worker.inbox.sweep(dm.worker.work_for)  # the next worker
    await replies_settled(fake_slack)
    [reply] = thread_replies(fake_slack, channel, ts)
    assert "サービス外連絡申請" in texts(reply)
    assert len(fake_slack.calls_to("conversations.replies")) == 1
