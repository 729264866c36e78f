"""Signed but odd payloads: answered in time, values checked against the real options, replays handled
once, odd messages answered, clicks never reaching another user's channel; and GET /metrics."""

from __future__ import annotations

import json
import time

from bot import blocks
from tests import slack_payloads as p
from tests.harness import USER, settle, texts


async def timed(coro) -> tuple[float, object]:
    started = time.monotonic()
    reply = await coro
    return time.monotonic() - started, reply


async def test_clicks_without_actions_get_a_quick_4xx(app, fake_slack):
    payload = p.block_actions(USER, [])
    took, reply = await timed(app.send(payload, "payload"))
    assert reply.status == 400 and took < 1.0
    assert (await app.get("/healthz")).status == 200


async def test_a_start_button_with_values_not_offered_is_answered_at_once(app, fake_slack):
    value = json.dumps({"platform": "evil", "contract": ["contracted"], "escrow": "all"})
    took, reply = await timed(app.send(p.block_actions(USER, [p.button(blocks.START, value)], channel="C0001"),
                                       "payload"))
    assert reply.status == 200 and took < 1.0
    first = await app.next_post(0)
    shown = texts(first)
    assert "evil" not in shown
    record = await app.store.get("T0001:U0001")
    answers = record.data["state"]["conversation"].get("answers") or {}
    assert "contract" not in answers and answers.get("platform") != "evil"


async def test_option_buttons_with_values_not_offered_change_nothing(app, fake_slack):
    await app.dm("相談です")
    question = await app.next_post(0)
    for value in ("1|platform|evil", "1|nothing|x", "x|platform|"):
        button = p.button(f"{blocks.ANSWER}:x", value)
        reply = await app.send(p.block_actions(USER, [button], message_ts=question.response["ts"]), "payload")
        assert reply.status == 200
    await settle()
    assert len(fake_slack.calls_to("chat.postMessage")) == 1


async def test_a_replayed_form_submission_gives_one_verdict(app, fake_slack):
    await app.command("")
    [opened] = await fake_slack.wait_for("views.open")
    view = opened.args["view"]
    state = {"platform": {"value": p.static_select_state("crowdworks")}}
    payload = p.view_submission(USER, view["callback_id"], state, private_metadata=view["private_metadata"],
                                view_id="V0777")
    for _ in range(3):
        assert (await app.send(payload, "payload")).status == 200
    await settle(0.5)
    assert len(fake_slack.calls_to("response_url")) == 1


async def test_a_replayed_forget_deletes_nothing_saved_after_it(app, fake_slack):
    fields = p.slash_command("forget", response_url=fake_slack.response_url())
    assert (await app.send(fields, "form")).status == 200
    await fake_slack.wait_for("response_url")
    await app.dm("相談です")
    await app.next_post(0)
    assert (await app.send(fields, "form")).status == 200  # the same trigger_id again
    await settle(0.5)
    assert await app.store.get("T0001:U0001") is not None
    assert len(fake_slack.calls_to("response_url")) == 1


async def test_a_slow_users_info_does_not_delay_help(app, fake_slack):
    fake_slack.slow("users.info", 4.0)
    took, reply = await timed(app.command("help"))
    assert reply.status == 200 and took < 1.5
    await fake_slack.wait_for("response_url", timeout=5)


async def test_a_dm_of_many_digits_gets_an_answer(app, fake_slack):
    await app.dm("相談です")
    await app.next_post(0)
    await app.dm("9" * 5000)
    reply = await app.next_post(1)
    assert reply.args["channel"] == "D0001"


async def test_a_dm_with_a_file_is_answered_and_told_files_are_not_read(app, fake_slack):
    event = p.dm_message(USER, "チャットワークに移ろうと言われました")
    event.update(subtype="file_share", files=[{"id": "F1", "name": "contract.pdf"}])
    assert (await app.event(event)).status == 200
    posts = await app.posted(2)
    shown = "\n".join(texts(c) for c in posts)
    assert "添付ファイルは読みません" in shown
    assert "どのサービスで見つけたお仕事ですか" in shown


async def test_slacks_resend_of_a_dm_with_a_file_does_not_repeat_the_files_note(app, fake_slack):
    event = p.dm_message(USER, "チャットワークに移ろうと言われました")
    event.update(subtype="file_share", files=[{"id": "F1", "name": "contract.pdf"}])
    body = p.event_callback(event)
    assert (await app.send(body)).status == 200
    await app.posted(2)
    assert (await app.send(body, retry_num=1, retry_reason="http_timeout")).status == 200
    await settle(0.5)
    notes = [c for c in fake_slack.calls_to("chat.postMessage") if "添付ファイルは読みません" in texts(c)]
    assert len(notes) == 1


async def test_a_click_naming_another_users_channel_does_not_touch_it(app, fake_slack):
    await app.dm("相談です", user="U0666", channel="D0666")  # the clicker has a conversation of their own
    await app.next_post(0)
    await app.dm("相談です")
    question = await app.next_post(1)
    button = next(e for b in question.args["blocks"] if b["type"] == "actions" for e in b["elements"])
    payload = p.block_actions("U0666", [p.button(button["action_id"], button["value"])], channel="D0001",
                              message_ts=question.response["ts"])
    assert (await app.send(payload, "payload")).status == 200
    await settle(0.5)
    touched = [c for c in fake_slack.calls if c.method in ("chat.update", "chat.postMessage", "chat.postEphemeral")
               and c.args.get("channel") == "D0001"]
    assert len(touched) == 1  # only the question the owner got
    assert question.args["channel"] == "D0001"


async def test_metrics_count_requests_and_verdicts_without_ids(app, fake_slack):
    await app.command("仮払い済みでチャットワークに移ろうと言われた")
    await app.post(b"[[[", {"Content-Type": "application/json"})
    reply = await app.get("/metrics")
    assert reply.status == 200
    text = reply.text
    assert 'advisor_events_total{outcome="acked",type="command"}' in text
    assert 'advisor_verdicts_total{level=' in text and 'surface="quick"' in text
    assert 'advisor_refused_requests_total{reason="bad_timestamp"}' in text
    assert "advisor_listener_seconds_bucket" in text and "advisor_conversations_active" in text
    assert USER not in text and "T0001" not in text and "チャットワーク" not in text


def test_mrkdwn_is_escaped_and_bold_never_spans_a_line():
    home = json.dumps(blocks.home_view("en", None).to_dict(), ensure_ascii=False)
    assert "&lt;your situation&gt;" in home and "<your situation>" not in home
    assert blocks.bold("a\nb") == "*a*\n*b*"


def test_the_verdict_fallback_text_is_short():
    from flows.verdict import assess

    every = {"platform": "crowdworks", "contract": "negotiating", "escrow": "promised", "warning_signs":
             ["direct_deal", "id_or_bank", "upfront_fee", "fake_official", "mlm_or_unpaid"]}
    for lang in ("ja", "en"):
        _, text = blocks.verdict_blocks(assess(every, lang), expanded=True)
        assert 0 < len(text) < 4000


async def test_a_click_from_someone_with_nothing_stored_cannot_rewrite_another_users_verdict(app, fake_slack):
    """A signed "details" click by a user with no conversation, naming another user's DM and their verdict's
    message: a channel nothing stored says is the clicker's is not trusted; the other user's message is never
    touched, and the details go to the clicker through their user id."""
    await app.dm("相談です")
    for n, value in enumerate(["crowdworks", "contracted", "fixed_single", "not_yet", "not_applied", "verified"]):
        await app.click(await app.next_post(n), value)
    await app.tick_and_submit(await app.next_post(6), ["none"])
    verdict = await app.next_post(7)
    assert "⚠️" in texts(verdict)
    details = next(e for b in verdict.args["blocks"] if b["type"] == "actions" for e in b["elements"]
                   if e["action_id"] == "verdict_details")
    forged = p.block_actions("U0999", [p.button(details["action_id"], details["value"])], channel="D0001",
                             message_ts=verdict.response["ts"], message={"ts": verdict.response["ts"],
                                                                         "blocks": verdict.args["blocks"]})
    before = len([c for c in fake_slack.calls if c.args.get("channel") == "D0001"])
    assert (await app.send(forged, "payload")).status == 200
    await settle(0.5)
    touched = [c for c in fake_slack.calls if c.args.get("channel") == "D0001"]
    assert len(touched) == before                          # nothing posted or updated in the owner's DM
    assert any(c.args.get("channel") == "U0999" for c in fake_slack.calls_to("chat.postMessage"))
