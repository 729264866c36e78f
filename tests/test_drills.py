"""The fault drills (tests/drills.py) at test size, against real processes: every figure that must be zero is."""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp
import pytest

from tests import drills, test_processes

bots = test_processes.bots  # the same fixture: `python -m bot serve` processes against the fake Slack


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


def zero(figures: dict, *names: str) -> None:
    assert {n: figures[n] for n in names} == dict.fromkeys(names, 0), figures


async def test_sigkill_in_a_burst_loses_nothing(fake_slack, bots, http, store_url):
    figures = await drills.sigkill_burst(fake_slack, bots, http, store_url, count=12)
    zero(figures, "unanswered", "out_of_order", "not_200_after_restart")
    assert 0 < figures["acked_before_kill"] < figures["messages"]


async def test_dms_close_together_none_dropped_in_order(fake_slack, bots, http, store_url):
    figures = await drills.close_together(fake_slack, bots, http, store_url, count=12)
    zero(figures, "not_200", "dropped_at_once", "wrong_after_three_at_once", "unanswered", "out_of_order")


async def test_posting_failures_record_no_answer_for_an_unseen_question(fake_slack, bots, http, store_url):
    figures = await drills.posting_failures(fake_slack, bots, http, store_url, count=6)
    zero(figures, "answers_recorded_for_unseen_questions", "unanswered", "out_of_order", "posted_after_the_verdict",
         "rate_limited_out_of_order", "rate_limited_unanswered")
    assert figures["asked_again_with_a_note"] == figures["lasting_refusals"] == 2
    assert figures["delivered_after_a_back_off"] == figures["passing_refusals"] == 4


@pytest.mark.redis
async def test_redis_restart_under_load_no_unavailable_once_back(fake_slack, bots, http, tmp_path):
    figures = await drills.redis_restart(fake_slack, bots, http, tmp_path / "redis", count=10, spike=150)
    zero(figures, "unanswered", "out_of_order", "not_200_after_back", "unavailable_after_back", "spike_unanswered",
         "spike_unavailable_notices")


async def test_messages_of_slacks_largest_size_never_hold_up_anyone(fake_slack, bots, http, store_url):
    figures = await drills.huge_messages(fake_slack, bots, http, store_url, count=6)
    zero(figures, "unanswered", "out_of_order", "bystander_acks_over_3s", "unanswered_huge_dms_and_mentions")
    assert figures["huge_messages"] == 12 and figures["slowest_huge_ack_s"] < 3


async def test_a_refused_layout_is_sent_as_text_and_a_long_wait_is_waited_out(fake_slack, bots, http, store_url):
    figures = await drills.refused_layout_and_long_wait(fake_slack, bots, http, store_url, count=4, wait=3)
    zero(figures, "unanswered", "out_of_order", "repeated_posts", "long_wait_repeated", "long_wait_out_of_order")
    assert figures["refused_layouts"] == figures["first_question_as_plain_text"] == 4
    assert figures["all_delivered"] and figures["first_questions_after_the_wait"] == 4 and figures["waited_s"] >= 3


@pytest.mark.skipif(drills.can_freeze() is not None, reason=f"a frozen file system {drills.can_freeze()}")
async def test_a_frozen_file_system_stalls_the_store_not_the_process(fake_slack, bots, http, tmp_path):
    """The SQLite file's file system frozen for 4 s while users type: /healthz says 503 within a second and a
    request that needs no store is answered at once; once it thaws every conversation ends, in order, once."""
    try:
        figures = await drills.frozen_disk(fake_slack, bots, http, tmp_path, count=6, freeze=4.0)
    except drills.CannotFreeze as error:
        pytest.skip(str(error))
    zero(figures, "unanswered", "out_of_order", "repeated_posts", "dm_requests_over_3s")
    assert figures["healthz_during"] == "[503]" and figures["slowest_healthz_s"] < 1.0
    assert figures["slowest_storeless_request_s"] < 1.0 and figures["not_200_while_frozen"] > 0
