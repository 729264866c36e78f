"""Conversations idle past ADVISOR_CONVERSATION_TTL: an old button restarts politely, typing starts afresh,
and a conversation in use does not expire."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import aiohttp
import pytest

from tests.fake_slack import FakeSlack
from tests.harness import Harness, settle, texts
from tests.test_processes import EXPIRED, RESUMED, WELCOME, BotProcess, Slack, post_number, question_id

TTL = 1.0
IDLE = TTL + 0.6


@pytest.fixture
async def app(fake_slack: FakeSlack, store_url: str) -> AsyncIterator[Harness]:
    h = await Harness(fake_slack, store_url, ttl=TTL).start()
    yield h
    await h.stop()


async def two_questions_in(app: Harness):
    """Start a conversation and answer the first question; returns (first question, second question)."""
    await app.dm("相談です")
    first = await app.next_post(0)
    assert question_id(first) == "platform"
    await app.click(first, "crowdworks")
    second = await app.next_post(1)
    assert question_id(second) == "contract"
    return first, second


async def test_old_button_after_the_ttl_restarts_politely(app, fake_slack):
    _, second = await two_questions_in(app)
    await asyncio.sleep(IDLE)
    assert (await app.click(second, "contracted")).status == 200
    restart = await app.next_post(2)
    shown = texts(restart)
    assert EXPIRED in shown, shown
    assert question_id(restart) == "platform", shown
    assert "どのサービス" in shown
    await settle()
    assert not fake_slack.calls_to("chat.postEphemeral")  # no "stale button" note on top
    assert len(fake_slack.calls_to("chat.postMessage")) == 3
    # and the new conversation works from its own buttons
    await app.click(restart, "lancers")
    again = await app.next_post(3)
    assert question_id(again) == "contract" and EXPIRED not in texts(again)


async def test_typing_after_the_ttl_starts_a_new_conversation(app, fake_slack):
    await two_questions_in(app)
    await asyncio.sleep(IDLE)
    await app.dm("契約済みです")
    fresh = await app.next_post(2)
    shown = texts(fresh)
    assert WELCOME in shown, shown
    assert RESUMED not in shown
    assert question_id(fresh) == "platform", shown  # from the start, not the open contract question
    await settle()
    assert len(fake_slack.calls_to("chat.postMessage")) == 3


async def test_a_conversation_in_use_does_not_expire(app):
    await app.dm("相談です")
    question = await app.next_post(0)
    steps = [("crowdworks", "contract"), ("contracted", "job_format"), ("hourly", "escrow")]
    for n, (value, next_id) in enumerate(steps, start=1):
        await asyncio.sleep(TTL * 0.6)  # 3 × 0.6 TTL in all: longer than the TTL, but never idle that long
        await app.click(question, value)
        question = await app.next_post(n)
        assert question_id(question) == next_id, texts(question)
        assert EXPIRED not in texts(question) and WELCOME not in texts(question)


async def test_old_button_just_before_the_ttl_still_answers(app):
    _, second = await two_questions_in(app)
    await asyncio.sleep(TTL * 0.5)
    await app.click(second, "contracted")
    third = await app.next_post(2)
    assert question_id(third) == "job_format" and EXPIRED not in texts(third)


async def test_ttl_from_the_environment_in_a_served_process(fake_slack, tmp_path):
    """ADVISOR_CONVERSATION_TTL=1s for `python -m bot serve`."""
    async with aiohttp.ClientSession() as http:
        bot = BotProcess(fake_slack, f"sqlite:///{tmp_path}/env-ttl.db", tmp_path, name="ttl",
                         ADVISOR_CONVERSATION_TTL="1s")
        try:
            await bot.start(http)
            slack = Slack(http)
            await slack.dm(bot, "相談です")
            first = await post_number(fake_slack, "D0001", 0)
            await slack.click(bot, first, "crowdworks")
            second = await post_number(fake_slack, "D0001", 1)
            await asyncio.sleep(IDLE)
            await slack.click(bot, second, "contracted")
            # nothing stored says D0001 is theirs any more: the answer goes to their user id (Slack posts it to
            # their DM), never to a channel a click merely names
            restart = await post_number(fake_slack, "U0001", 0)
            assert EXPIRED in texts(restart) and question_id(restart) == "platform", texts(restart)
        finally:
            bot.cleanup()
