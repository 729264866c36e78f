"""The verdict in Slack, through the real app over HTTP against the fake Slack: the scenario corpus through the
DM conversation, the details shown in place (DM: chat.update; form result and quick assessment: the click's
response_url), the reply to send the client, and 「詳しく」 / 「文例」 typed in the DM."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest

from bot import blocks
from flows.questions import BY_ID
from flows.verdict import Level, assess
from tests import slack_payloads as p
from tests.fake_slack import Call
from tests.harness import USER, Harness, find_button, settle, texts
from tests.test_processes import question_id
from tests.test_scenarios import HELDOUT, LIMITS, TUNING

EMOJI = {"safe": "✅", "safe_if": "⚠️", "stop": "⛔"}
GIBBERISH = {"ja": "ほげほげ", "en": "blorp zorp"}  # not an answer, in the user's language
CW_ALL_CLEAR = {"platform": "crowdworks", "contract": "contracted", "job_format": "fixed_single", "escrow": "all",
                "contact_request": "not_applied", "client": "verified", "warning_signs": ["none"]}


def is_verdict(call: Call) -> bool:
    return any(b.get("block_id") == blocks.VERDICT for b in call.args.get("blocks") or [])


async def start_with(app: Harness, known: dict[str, Any], user: str = USER) -> None:
    """Click a "full check in DM" button that carries these answers (as under a quick assessment)."""
    payload = p.block_actions(user, [p.button(blocks.START, json.dumps(known))], channel="C0001",
                              container={"type": "message", "message_ts": p.next_ts(), "channel_id": "C0001",
                                         "is_ephemeral": True})
    payload.pop("message", None)
    assert (await app.send(payload, "payload")).status == 200


async def dm_verdict(app: Harness, answers: dict[str, Any], user: str = USER, lang: str = "ja") -> Call:
    """A DM conversation to the verdict for these answers: what they give is clicked; a question they leave
    out is answered "not sure" where it can be, else typed at until it is skipped (so it stays unknown)."""
    await start_with(app, answers, user)  # warning signs come pre-ticked (and count where they are not asked)
    for n in range(40):
        call = await app.next_post(n)
        if is_verdict(call):
            return call
        qid = question_id(call)
        if qid is None:
            continue
        if qid == "confirm":  # the answers the start button carried (a quick check's) are checked before a ✅
            await app.click(call, "yes", user=user)
        elif qid == "warning_signs" and qid in answers:
            await app.tick_and_submit(call, answers[qid], user=user)
        elif qid in answers:
            await app.click(call, answers[qid], user=user)
        elif any(o.value == "unsure" for o in BY_ID[qid].options):
            await app.click(call, "unsure", user=user)
        else:
            await app.dm(GIBBERISH[lang], user=user, channel=call.args["channel"])
    raise AssertionError("no verdict after 40 messages")


async def updates_of(app: Harness, call: Call, count: int = 1) -> list[Call]:
    """The chat.update calls on this message (at least `count` of them)."""
    for _ in range(50):
        found = [c for c in app.fake.calls_to("chat.update") if c.args.get("ts") == call.response["ts"]]
        if len(found) >= count:
            return found
        await settle(0.1)
    raise AssertionError(f"fewer than {count} updates of the message")


def shown(call: Call) -> str:
    """What the user sees of a message; of a verdict, from the verdict on (without the notes above it)."""
    message_blocks = call.args.get("blocks") or []
    ids = [b.get("block_id") for b in message_blocks]
    return blocks.visible_text(message_blocks[ids.index(blocks.VERDICT):] if blocks.VERDICT in ids else message_blocks)


# ---------------------------------------------------------------- the corpus through the DM

@pytest.mark.parametrize("s", TUNING + HELDOUT, ids=lambda s: f"{s['part']}-{s['id']}")
async def test_scenario_through_the_dm(app, fake_slack, s):
    if s["lang"] == "en":
        fake_slack.set_user_locale(USER, "en-US")
    verdict_call = await dm_verdict(app, s["answers"], lang=s["lang"])
    main = shown(verdict_call)
    assert main.startswith(EMOJI[s["level"]]), main[:80]
    assert len(blocks.visible_text(verdict_call.args["blocks"])) <= LIMITS[s["lang"]]  # notes above included
    expected = assess({**s["answers"], **({"platform": "crowdworks"} if "platform" not in s["answers"] else {})},
                      s["lang"])
    assert expected.steps[0].text in main  # the first step, as the user reads it
    for word in s.get("must_mention", []):
        assert word.lower() in main.lower(), word
    await app.click(verdict_call, "", action_id=blocks.DETAILS)
    [update] = await updates_of(app, verdict_call)
    everything = (main + shown(update)).lower()
    for bad in s["must_not"]:
        assert bad.lower() not in everything, bad


# ---------------------------------------------------------------- details and reply in the DM


async def test_details_open_in_place_and_close_again_in_the_dm(app, fake_slack):
    verdict_call = await dm_verdict(app, CW_ALL_CLEAR)
    posts = len(fake_slack.calls_to("chat.postMessage"))
    main = shown(verdict_call)
    assert "理由" not in main and "https://" not in main
    await app.click(verdict_call, "", action_id=blocks.DETAILS)
    [update] = await updates_of(app, verdict_call)
    assert update.args["channel"] == verdict_call.args["channel"]
    assert update.args["ts"] == verdict_call.response["ts"]  # the same message, in place
    expanded = shown(update)
    assert expanded.startswith(main.split("\n詳しく")[0])  # the short verdict stays on top
    assert "理由" in expanded and "ほかに気をつけること" in expanded and "（公式）" in expanded
    assert "https://crowdworks.my.salesforce-sites.com/faq/articles/FAQ/10562" in texts(update)
    find_button(update, "", action_id=blocks.HIDE_DETAILS)
    await app.click(update_as_post(update, verdict_call), "", action_id=blocks.HIDE_DETAILS)
    updates = await updates_of(app, verdict_call, count=2)
    assert shown(updates[-1]) == main
    assert len(fake_slack.calls_to("chat.postMessage")) == posts  # nothing new was posted


def update_as_post(update: Call, post: Call) -> Call:
    """The message as it is after a chat.update (for clicking its new buttons)."""
    return Call("chat.postMessage", args={**post.args, "blocks": update.args["blocks"]}, headers={},
                response=post.response)


async def test_draft_reply_is_posted_as_its_own_message_easy_to_copy(app, fake_slack):
    verdict_call = await dm_verdict(app, CW_ALL_CLEAR)
    posts = len(fake_slack.calls_to("chat.postMessage"))
    await app.click(verdict_call, "", action_id=blocks.REPLY)
    draft = await app.next_post(posts)
    assert draft.args["channel"] == verdict_call.args["channel"]
    [code] = [b for b in draft.args["blocks"] if b["type"] == "rich_text"]
    assert code["elements"][0]["type"] == "rich_text_preformatted"
    text = code["elements"][0]["elements"][0]["text"]
    assert text.startswith("お世話になっております。")
    assert "「サービス外連絡申請」が必要ですので" in text and text.endswith("どうぞよろしくお願いいたします。")
    assert "クライアントへの返信の文例です" in draft.args["text"]


async def test_typed_details_and_reply_after_the_verdict(app, fake_slack):
    verdict_call = await dm_verdict(app, CW_ALL_CLEAR)
    posts = len(fake_slack.calls_to("chat.postMessage"))
    await app.dm("詳しく", channel=verdict_call.args["channel"])
    details = await app.next_post(posts)
    assert "理由" in shown(details) and "出典（2026-11-28 確認）" in shown(details)
    await app.dm("文例", channel=verdict_call.args["channel"])
    draft = await app.next_post(posts + 1)
    assert any(b["type"] == "rich_text" for b in draft.args["blocks"])
    await app.dm("続けて別の相談", channel=verdict_call.args["channel"])  # anything else: a new check
    assert "どのサービスで見つけたお仕事ですか" in texts(await app.next_post(posts + 2))


async def test_impersonation_gets_no_draft(app, fake_slack):
    verdict_call = await dm_verdict(app, {"platform": "crowdworks", "contract": "negotiating",
                                          "job_format": "unsure", "contact_request": "unsure", "client": "unsure",
                                          "warning_signs": ["fake_official"]})
    assert shown(verdict_call).startswith("⛔")
    posts = len(fake_slack.calls_to("chat.postMessage"))
    await app.click(verdict_call, "", action_id=blocks.REPLY)
    note = await app.next_post(posts)
    assert "返信しないでください" in texts(note) and not any(b["type"] == "rich_text" for b in note.args["blocks"])


# ---------------------------------------------------------------- ephemeral verdicts: response_url


def ephemeral_click(button: dict, response_url: str) -> dict:
    payload = p.block_actions(USER, [p.button(button["action_id"], button["value"])], channel="C0001",
                              container={"type": "message", "message_ts": p.next_ts(), "channel_id": "C0001",
                                         "is_ephemeral": True}, response_url=response_url)
    payload.pop("message", None)
    return payload


def button_in(message_blocks: list[dict], action_id: str) -> dict:
    return next(e for b in message_blocks if b.get("type") == "actions" for e in b["elements"]
                if e.get("action_id") == action_id)


async def test_quick_assessment_details_replace_the_ephemeral_message(app, fake_slack):
    started = time.monotonic()
    body = (await app.command("仮払いはまだで、クライアントから直接契約しようと言われた")).json()
    assert time.monotonic() - started < 1.0
    main = blocks.visible_text(body["blocks"])
    assert main.startswith("⛔") and "文章から読み取れた範囲での簡易判定です。" in main   # the headline first
    click = ephemeral_click(button_in(body["blocks"], blocks.DETAILS), fake_slack.response_url())
    assert (await app.send(click, "payload")).status == 200
    [respond] = await fake_slack.wait_for("response_url")
    assert respond.args["replace_original"] is True
    expanded = blocks.visible_text(respond.args["blocks"])
    assert expanded.startswith(main.split("\n詳しく")[0]) and "理由" in expanded
    assert button_in(respond.args["blocks"], blocks.HIDE_DETAILS)
    assert button_in(respond.args["blocks"], blocks.START)["value"] == button_in(body["blocks"], blocks.START)["value"]
    await settle()
    assert not fake_slack.calls_to("chat.update") and not fake_slack.calls_to("chat.postMessage")


async def test_quick_assessment_reply_is_a_new_ephemeral_message(app, fake_slack):
    body = (await app.command("My CrowdWorks client asked for my bank account details")).json()
    click = ephemeral_click(button_in(body["blocks"], blocks.REPLY), fake_slack.response_url())
    await app.send(click, "payload")
    [respond] = await fake_slack.wait_for("response_url")
    assert respond.args["replace_original"] is False and respond.args["response_type"] == "ephemeral"
    draft = blocks.visible_text(respond.args["blocks"])
    assert "I'm sorry, but I can't send ID documents or bank details." in draft


async def test_form_result_details_go_through_the_response_url(app, fake_slack):
    await app.command("")
    [opened] = await fake_slack.wait_for("views.open")
    view = opened.args["view"]
    state = {q: {"value": p.static_select_state(v)} for q, v in CW_ALL_CLEAR.items() if q != "warning_signs"}
    state["warning_signs:none"] = {"value": p.checkboxes_state(["none"])}
    await app.send(p.view_submission(USER, view["callback_id"], state, private_metadata=view["private_metadata"],
                                     blocks=view["blocks"]), "payload")
    [eph] = await fake_slack.wait_for("response_url")  # the verdict, through the command's response_url
    click = ephemeral_click(button_in(eph.args["blocks"], blocks.DETAILS), fake_slack.response_url())
    await app.send(click, "payload")
    respond = (await fake_slack.wait_for("response_url", count=2))[1]
    assert "理由" in blocks.visible_text(respond.args["blocks"])
    assert button_in(respond.args["blocks"], blocks.RESTART)["value"] == "restart"


async def test_a_button_value_this_app_did_not_make_is_ignored(app, fake_slack):
    click = ephemeral_click({"action_id": blocks.DETAILS, "value": "not json"}, fake_slack.response_url())
    assert (await app.send(click, "payload")).status == 200
    await settle()
    assert not fake_slack.calls_to("response_url")


def test_verdict_value_round_trip():
    v = assess(CW_ALL_CLEAR, "en")
    back, run, quick = blocks.read_verdict_value(blocks.verdict_value(v, run=3))
    assert back == v and run == 3 and not quick
    assert blocks.read_verdict_value(json.dumps({"a": {"platform": "x", "evil": 1}}))[0].level is Level.SAFE_IF
