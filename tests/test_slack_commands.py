"""/migrate-check through the real app over HTTP, against the fake Slack: the form, the quick assessment,
help and forget, and requests that are not from Slack."""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time

import pytest

from flows.questions import BY_ID, QUESTIONS
from flows.texts import say
from tests import slack_payloads as p
from tests.harness import SECRET, USER, Harness, settle, texts

CW_CONTACT_FAQ = "https://crowdworks.my.salesforce-sites.com/faq/articles/FAQ/10562"
ESCROW_QUESTION = BY_ID["escrow"].ask["ja"]          # クライアントの仮払い（報酬の預け入れ）は済んでいますか？
QUICK_TEXT = "仮払いはまだで、クライアントから直接契約しようと言われた"


def safe_answers() -> dict:
    """The modal state of a CrowdWorks job where everything is in order."""
    return {
        "platform": {"value": p.static_select_state("crowdworks")},
        "contract": {"value": p.static_select_state("contracted")},
        "job_format": {"value": p.static_select_state("fixed_single")},
        "escrow": {"value": p.static_select_state("all")},
        "contact_request": {"value": p.static_select_state("approved")},
        "client": {"value": p.static_select_state("verified")},
        "warning_signs": {"value": p.checkboxes_state(["none"])},
    }


def stop_answers() -> dict:
    """A client who proposes a direct deal and asks for bank details; the rest left blank."""
    return {
        "platform": {"value": p.static_select_state("crowdworks")},
        "contract": {"value": p.static_select_state(None)},
        "job_format": {"value": p.static_select_state(None)},
        "escrow": {"value": p.static_select_state(None)},
        "contact_request": {"value": p.static_select_state(None)},
        "client": {"value": p.static_select_state(None)},
        "warning_signs": {"value": p.checkboxes_state(["direct_deal", "id_or_bank"])},
    }


async def open_form(app: Harness, channel: str = "C0001", user: str = USER) -> dict:
    """/migrate-check without text; the modal that was opened."""
    reply = await app.command("", user=user, channel=channel)
    assert reply.status == 200
    [opened] = await app.fake.wait_for("views.open")
    return opened.args["view"]


async def submit_form(app: Harness, view: dict, state: dict, user: str = USER):
    payload = p.view_submission(user, view["callback_id"], state, private_metadata=view["private_metadata"],
                                blocks=view["blocks"])
    return await app.send(payload, "payload")


def button_in(blocks: list[dict], action_id: str) -> dict:
    for block in blocks:
        if block.get("type") != "actions":
            continue
        for element in block["elements"]:
            if element.get("action_id") == action_id:
                return element
    raise AssertionError(f"no {action_id} button in {json.dumps(blocks, ensure_ascii=False)[:600]}")


def click_from_ephemeral(button: dict, user: str = USER, channel: str = "C0001", response_url: str = "") -> dict:
    """The block_actions payload of a click on a button in an ephemeral message (Slack sends no `message`)."""
    ts = p.next_ts()
    payload = p.block_actions(user, [p.button(button["action_id"], button["value"])], channel=channel,
                              container={"type": "message", "message_ts": ts, "channel_id": channel,
                                         "is_ephemeral": True},
                              response_url=response_url or None)
    payload.pop("message", None)
    return payload


# ---------------------------------------------------------------- the form


async def test_no_text_acks_fast_and_opens_the_form(app, fake_slack):
    trigger = "1700000000.42.formtrigger"
    started = time.monotonic()
    reply = await app.send(p.slash_command("", trigger_id=trigger, channel="C0042"), "form")
    elapsed = time.monotonic() - started
    print(f"\n/migrate-check (no text) answered HTTP {reply.status} in {elapsed * 1000:.0f} ms")
    assert reply.status == 200
    assert elapsed < 1.0, f"took {elapsed:.2f}s: Slack gives up after 3 s"
    assert reply.text.strip() in ("", "{}"), reply.text  # nothing posted into the channel
    [opened] = await fake_slack.wait_for("views.open")
    assert opened.args["trigger_id"] == trigger
    view = opened.args["view"]
    assert view["type"] == "modal" and view["callback_id"] == "migrate_check_modal"
    inputs = {b["block_id"]: b for b in view["blocks"] if b["type"] == "input"}
    assert list(inputs) == [*(q.id for q in QUESTIONS), "warning_signs:none"]
    for q in QUESTIONS:
        block = inputs[q.id]
        assert block["label"]["text"] == q.ask["ja"], q.id
        assert block["element"]["action_id"] == "value"
        shown = [o["value"] for o in block["element"]["options"]]
        assert shown == [o.value for o in q.options if not (q.multi and o.value == "none")], q.id
        assert len(shown) <= 10  # Slack's limit for checkboxes
        assert block["element"]["type"] == ("checkboxes" if q.multi else "static_select")
    none = inputs["warning_signs:none"]["element"]
    assert none["type"] == "checkboxes" and [o["value"] for o in none["options"]] == ["none"]
    platform = inputs["platform"]["element"]
    assert platform["initial_option"]["value"] == "crowdworks"
    assert platform["initial_option"]["text"]["text"] == "クラウドワークス"
    assert json.loads(view["private_metadata"])["channel"] == "C0042"
    assert view["title"]["text"] == "移行チェック" and view["submit"]["text"] == "判定する"
    assert not fake_slack.calls_to("chat.postMessage") and not fake_slack.calls_to("chat.postEphemeral")


async def test_form_in_english_for_an_english_locale(app, fake_slack):
    fake_slack.set_user_locale("U0002", "en-US")
    view = await open_form(app, user="U0002")
    labels = [b["label"]["text"] for b in view["blocks"] if b["type"] == "input"]
    assert labels == [*(q.ask["en"] for q in QUESTIONS), "Warning signs"]
    assert view["submit"]["text"] == "Check"


async def test_form_submitted_gives_the_verdict_in_the_channel(app, fake_slack):
    view = await open_form(app, channel="C0042")
    reply = await submit_form(app, view, safe_answers())
    assert reply.status == 200
    assert reply.text.strip() in ("", "{}"), reply.text  # the modal just closes
    [eph] = await fake_slack.wait_for("response_url")  # where the command was typed, through its response_url
    assert eph.args["response_type"] == "ephemeral"
    assert not fake_slack.calls_to("chat.postEphemeral")
    shown = texts(eph)
    assert "✅ 契約・仮払い・サービス外連絡申請の承認が済んでいるので、チャットワークに移って大丈夫です。" in shown
    assert "この順で進めてください" in shown and "1. チャットワークのIDを交換して、移行する。" in shown
    assert {"verdict_details", "verdict_reply", "restart_check"} <= set(re.findall(r'"action_id": "(\w+)"', shown))
    assert CW_CONTACT_FAQ in shown
    await settle()
    assert not fake_slack.calls_to("chat.postMessage")  # nothing public, no DM needed
    home = await fake_slack.wait_for("views.publish")
    assert home[-1].args["user_id"] == USER
    published = json.dumps(home[-1].args["view"], ensure_ascii=False)
    assert "前回の判定" in published and "✅" in published


async def test_form_with_warning_signs_says_stop(app, fake_slack):
    view = await open_form(app)
    assert (await submit_form(app, view, stop_answers())).status == 200
    [eph] = await fake_slack.wait_for("response_url")
    shown = texts(eph)
    assert "⛔ 身分証や口座の情報は送らないでください。" in shown
    assert "1. 直接取引（サイトを通さない契約・支払い）の提案、身分証や口座情報の送付は、丁寧に断る。" in shown
    assert "✅" not in shown
    assert CW_CONTACT_FAQ in shown


@pytest.mark.parametrize("error", ["not_in_channel", "channel_not_found"])
async def test_form_verdict_goes_to_dm_when_the_bot_cannot_post_in_the_channel(app, fake_slack, error):
    view = await open_form(app, channel="C0099")
    meta = json.loads(view["private_metadata"])
    view["private_metadata"] = json.dumps({**meta, "response_url": None})  # no response_url to answer through
    fake_slack.fail("chat.postEphemeral", error=error)
    assert (await submit_form(app, view, safe_answers())).status == 200
    [dm] = await fake_slack.wait_for("chat.postMessage")
    assert dm.args["channel"] == USER
    shown = texts(dm)
    assert "✅ 契約・仮払い・サービス外連絡申請の承認が済んでいるので、チャットワークに移って大丈夫です。" in shown and CW_CONTACT_FAQ in shown
    [eph] = fake_slack.calls_to("chat.postEphemeral")
    assert eph.failed and eph.args["channel"] == "C0099"
    home = await fake_slack.wait_for("views.publish")
    assert "前回の判定" in json.dumps(home[-1].args["view"], ensure_ascii=False)
    await settle()
    assert len(fake_slack.calls_to("chat.postMessage")) == 1


async def test_english_form_gives_an_english_verdict_and_home(app, fake_slack):
    fake_slack.set_user_locale("U0002", "en-US")
    view = await open_form(app, user="U0002")
    await submit_form(app, view, safe_answers(), user="U0002")
    [eph] = await fake_slack.wait_for("response_url")
    assert "✅ With the contract, the escrow and the approved contact request done, it's fine to move" in texts(eph)
    assert "移って大丈夫です" not in texts(eph)
    home = await fake_slack.wait_for("views.publish")
    assert "Your last verdict" in json.dumps(home[-1].args["view"], ensure_ascii=False)


async def test_blank_text_opens_the_form(app, fake_slack):
    reply = await app.command("   ")
    assert reply.status == 200
    await fake_slack.wait_for("views.open")


async def test_form_verdict_is_kept_for_the_home_tab(app, fake_slack):
    view = await open_form(app)
    await submit_form(app, view, stop_answers())
    await fake_slack.wait_for("views.publish")
    fake_slack.clear()
    await app.event(p.app_home_opened(USER))
    [home] = await fake_slack.wait_for("views.publish")
    published = json.dumps(home.args["view"], ensure_ascii=False)
    assert "前回の判定" in published and "⛔" in published


# ---------------------------------------------------------------- the quick assessment


async def test_text_gets_a_quick_stop_with_a_button_carrying_the_facts(app, fake_slack):
    started = time.monotonic()
    reply = await app.command(QUICK_TEXT)
    assert time.monotonic() - started < 1.0
    assert reply.status == 200
    body = reply.json()
    assert body["response_type"] == "ephemeral"
    shown = body.get("text", "") + json.dumps(body["blocks"], ensure_ascii=False)
    assert "⛔ 直接取引の提案には応じないでください。" in shown
    assert "文章から読み取れた範囲での簡易判定です" in shown
    assert "1. 直接取引（サイトを通さない契約・支払い）の提案は、丁寧に断る。" in shown
    assert CW_CONTACT_FAQ in shown
    button = button_in(body["blocks"], "start_check")
    assert json.loads(button["value"]) == {"escrow": "not_yet", "warning_signs": ["direct_deal"]}
    await settle()
    assert fake_slack.calls == [] or all(c.method == "auth.test" for c in fake_slack.calls)



@pytest.mark.parametrize("where", ["text", "channel_name"])
async def test_a_command_that_says_payload_is_answered_like_any_other(app, fake_slack, where):
    """Bolt reads a form body with the word "payload" in it as a click without its payload (empty, 404): the
    command's own fields are read instead, so the user gets the quick check."""
    fields = p.slash_command(QUICK_TEXT + "（payload の件）" if where == "text" else QUICK_TEXT,
                             channel_name="payload-team", response_url=fake_slack.response_url())
    reply = await app.send(fields, "form")
    assert reply.status == 200
    body = reply.json()
    assert body["response_type"] == "ephemeral"
    assert "⛔ 直接取引の提案には応じないでください。" in body.get("text", "") + json.dumps(body["blocks"], ensure_ascii=False)

async def test_quick_button_starts_the_dm_with_the_facts_already_known(app, fake_slack):
    body = (await app.command(QUICK_TEXT)).json()
    button = button_in(body["blocks"], "start_check")
    click = click_from_ephemeral(button, response_url=fake_slack.response_url())
    assert (await app.send(click, "payload")).status == 200

    first = await app.next_post(0)
    assert first.args["channel"] == USER
    shown = texts(first)
    assert "メッセージから次のことを読み取りました" in shown
    assert "仮払い: まだ" in shown and "直接契約" in shown
    assert BY_ID["platform"].ask["ja"] in shown        # the first question not yet known
    assert ESCROW_QUESTION not in shown
    [note] = await fake_slack.wait_for("response_url")  # where the user clicked, even if the bot is not there
    assert note.args["response_type"] == "ephemeral" and note.args["replace_original"] is False
    assert "DMでチェックを始めました" in note.args["text"]

    # Answer the rest by clicking: the escrow question never comes, the warning sign is pre-ticked.
    question, asked = first, [texts(first)]
    for n, value in enumerate(["crowdworks", "contracted", "fixed_single", "approved", "verified"], start=1):
        await app.click(question, value)
        question = await app.next_post(n)
        asked.append(texts(question))
    assert not any(ESCROW_QUESTION in a for a in asked), "asked the escrow question the text already answered"
    assert "当てはまるものをすべて" in asked[-1]
    checkboxes = next(e for b in question.args["blocks"] if b["type"] == "actions" for e in b["elements"]
                      if e["type"] == "checkboxes")
    assert [o["value"] for o in checkboxes["initial_options"]] == ["direct_deal"]
    await app.tick_and_submit(question, ["direct_deal"])
    verdict = await app.next_post(6)
    assert "⛔ 直接取引の提案には応じないでください。" in texts(verdict)


async def test_double_click_on_the_quick_button_starts_one_conversation(app, fake_slack):
    body = (await app.command(QUICK_TEXT)).json()
    button = button_in(body["blocks"], "start_check")
    clicks = [click_from_ephemeral(button, response_url=fake_slack.response_url()) for _ in range(3)]
    await asyncio.gather(*(app.send(c, "payload") for c in clicks))
    await app.next_post(0)
    await settle(0.5)
    assert len(fake_slack.calls_to("chat.postMessage")) == 1


async def test_english_text_gets_an_english_answer(app, fake_slack):
    reply = await app.command("My CrowdWorks client wants to pay me directly outside the platform. Is that ok?")
    body = reply.json()
    shown = body.get("text", "") + json.dumps(body["blocks"], ensure_ascii=False)
    assert body["response_type"] == "ephemeral"
    assert "A quick assessment from what your text says." in shown
    assert "⛔ Decline the direct deal" in shown and "Don't move to Chatwork" in shown
    assert "直接取引" not in shown and "簡易判定" not in shown
    button = button_in(body["blocks"], "start_check")
    assert button["text"]["text"] == "Full check in DM"
    assert json.loads(button["value"]) == {"platform": "crowdworks", "warning_signs": ["direct_deal"]}


async def test_text_without_facts_says_it_is_the_general_picture(app):
    body = (await app.command("チャットワークに誘われました")).json()
    shown = json.dumps(body["blocks"], ensure_ascii=False)
    assert "状況が読み取れなかったため、一般的な判定です" in shown
    assert json.loads(button_in(body["blocks"], "start_check")["value"]) == {}


async def test_english_user_clicking_the_quick_button_is_told_in_english(app, fake_slack):
    fake_slack.set_user_locale("U0002", "en-US")
    body = (await app.command("The client escrowed and wants to move to Chatwork", user="U0002")).json()
    click = click_from_ephemeral(button_in(body["blocks"], "start_check"), user="U0002",
                                 response_url=fake_slack.response_url())
    await app.send(click, "payload")
    first = await app.next_post(0)
    assert "From your message I understood: Escrow: Yes, escrowed" in texts(first)
    [note] = await fake_slack.wait_for("response_url")
    assert note.args["text"] == say("dm_opened", "en"), note.args["text"]


# ---------------------------------------------------------------- help and forget


@pytest.mark.parametrize("word", ["help", "ヘルプ", "  ヘルプ  ", "使い方"])
async def test_help_shows_usage(app, fake_slack, word):
    reply = await app.command(word)
    assert reply.status == 200 and reply_text(reply) == ""  # acknowledged at once; the answer follows
    text = await answered(fake_slack)
    assert "/migrate-check" in text and "forget" in text
    assert ("使い方" in text) or ("How to use" in text)
    await settle()
    # only the locale lookup (to answer in the user's language) and the answer; nothing is posted
    assert not [c for c in fake_slack.calls if c.method not in ("auth.test", "users.info", "response_url")]


async def test_japanese_help_is_japanese(app, fake_slack):
    await app.command("ヘルプ")
    assert await answered(fake_slack) == say("command_help", "ja")


async def answered(fake_slack, count: int = 1) -> str:
    """The text of the `count`-th answer sent through a command's response_url."""
    calls = await fake_slack.wait_for("response_url", count=count)
    assert calls[count - 1].args.get("response_type") == "ephemeral"
    return calls[count - 1].args["text"]


def reply_text(reply) -> str:
    """What the user sees of a command's acknowledgement: Bolt answers a bare text as text/plain."""
    try:
        body = reply.json()
    except ValueError:
        return reply.text
    return body["text"] if isinstance(body, dict) else reply.text


async def finish_a_dm_check(app: Harness) -> int:
    """A whole DM conversation to a ✅ verdict; the number of chat.postMessage calls so far."""
    await app.dm("クライアントからチャットワークに移行しようと言われました")
    question = await app.next_post(0)
    for n, value in enumerate(["crowdworks", "contracted", "fixed_single", "all", "approved", "verified"], start=1):
        await app.click(question, value)
        question = await app.next_post(n)
    await app.tick_and_submit(question, ["none"])
    verdict = await app.next_post(7)
    assert "✅" in texts(verdict)
    return 8


async def test_forget_deletes_the_conversation_and_the_last_verdict(app, fake_slack):
    posts = await finish_a_dm_check(app)
    await app.dm("もう一度相談させてください")                      # a second check, left half-way
    question = await app.next_post(posts)
    await app.click(question, "lancers")
    contract = await app.next_post(posts + 1)
    assert BY_ID["contract"].ask["ja"] in texts(contract)
    await fake_slack.wait_for("views.publish")
    fake_slack.clear()

    reply = await app.command("forget")
    assert reply.status == 200
    assert await answered(fake_slack) in (say("forgotten", "ja"), say("forgotten", "en"))
    [home] = await fake_slack.wait_for("views.publish")
    published = json.dumps(home.args["view"], ensure_ascii=False)
    assert "前回の判定" not in published and "Your last verdict" not in published
    assert "✅" not in published

    await app.dm("こんにちは")                               # a brand-new conversation, not the old one resumed
    first = await app.next_post(0)
    shown = texts(first)
    assert "いくつか質問して判定します" in shown                 # the welcome
    assert BY_ID["platform"].ask["ja"] in shown
    assert BY_ID["contract"].ask["ja"] not in shown and "再開" not in shown

    fake_slack.clear()
    await app.event(p.app_home_opened(USER))
    [home] = await fake_slack.wait_for("views.publish")
    published = json.dumps(home.args["view"], ensure_ascii=False)
    assert "まだ判定はありません" in published and "前回の判定" not in published


async def test_forget_keyword_answers_a_japanese_user_in_japanese(app, fake_slack):
    """`forget` and `help` are the keywords the Japanese help and Home tab tell people to type."""
    await finish_a_dm_check(app)
    await fake_slack.wait_for("views.publish")  # the verdict's Home tab
    await settle()
    fake_slack.clear()
    await app.command("forget")
    home = (await fake_slack.wait_for("views.publish"))[-1]
    published = json.dumps(home.args["view"], ensure_ascii=False)
    assert "まだ判定はありません" in published, published[:300]   # the Home tab stays Japanese
    assert await answered(fake_slack) == say("forgotten", "ja")
    await app.command("help")
    assert await answered(fake_slack, 2) == say("command_help", "ja")


async def test_forget_with_nothing_stored_still_confirms(app, fake_slack):
    await app.command("削除")
    assert await answered(fake_slack) == say("forgotten", "ja")
    [home] = await fake_slack.wait_for("views.publish")
    assert "まだ判定はありません" in json.dumps(home.args["view"], ensure_ascii=False)


# ---------------------------------------------------------------- not from Slack


def no_tracebacks(caplog) -> list[str]:
    return [f"{r.name}: {r.getMessage()}" for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]


async def test_unsigned_and_wrongly_signed_commands_are_rejected(app, fake_slack, caplog):
    body, headers = p.signed_http_request(p.slash_command(QUICK_TEXT), SECRET, kind="form")
    unsigned = {"Content-Type": headers["Content-Type"]}
    assert (await app.post(body, unsigned)).status == 401
    wrong = dict(headers, **{"X-Slack-Signature": p.sign(body, "not-the-secret", headers["X-Slack-Request-Timestamp"])})
    assert (await app.post(body, wrong)).status == 401
    tampered = body.replace(b"channel_id=C0001", b"channel_id=C0666")
    assert (await app.post(tampered, headers)).status == 401
    stale_body, stale_headers = p.signed_http_request(p.slash_command(""), SECRET, kind="form",
                                                      timestamp=int(time.time()) - 3600)
    assert (await app.post(stale_body, stale_headers)).status == 401
    await settle()
    assert fake_slack.calls == []
    assert not no_tracebacks(caplog)


GARBAGE = [
    ("application/x-www-form-urlencoded", b"\xff\xfe\x00garbage%%%&&=="),   # not UTF-8
    ("application/x-www-form-urlencoded", b"payload=%7Bnot-json"),          # payload that is not JSON
    ("application/x-www-form-urlencoded", b"payload=%5B1%2C2%5D"),          # payload that is a JSON list
    ("application/json", b"{not json at all"),
    ("application/json", b"[1, 2, 3]"),
    ("application/json", b""),
    ("text/plain", b"hello"),
]


async def post_garbage(app: Harness, content_type: str, raw: bytes, secret: str):
    ts = str(int(time.time()))
    headers = {"Content-Type": content_type, "X-Slack-Request-Timestamp": ts,
               "X-Slack-Signature": p.sign(raw, secret, ts)}
    return await app.post(raw, headers)


@pytest.mark.parametrize("content_type, raw", GARBAGE)
async def test_garbage_with_a_valid_signature_is_a_4xx_without_a_traceback(app, fake_slack, caplog,
                                                                          content_type, raw):
    reply = await post_garbage(app, content_type, raw, SECRET)
    assert 400 <= reply.status < 500, (reply.status, reply.text[:300])
    assert "Traceback" not in reply.text
    await settle()
    assert [c for c in fake_slack.calls if c.method != "auth.test"] == []
    assert not no_tracebacks(caplog)


@pytest.mark.parametrize("content_type, raw", [GARBAGE[0], GARBAGE[3]])
async def test_unsigned_garbage_is_rejected_without_a_traceback(app, fake_slack, caplog, content_type, raw):
    reply = await post_garbage(app, content_type, raw, "a-guessed-secret")
    assert 400 <= reply.status < 500, (reply.status, reply.text[:300])
    await settle()
    assert fake_slack.calls == []
    assert not no_tracebacks(caplog)


async def test_many_commands_at_once_all_answered(app):
    replies = await asyncio.gather(*(app.command(f"仮払いは済んでいます {n}", user=f"U1{n:03d}") for n in range(20)))
    assert [r.status for r in replies] == [200] * 20
    for reply in replies:
        assert "⚠️" in json.dumps(reply.json()["blocks"], ensure_ascii=False)


async def test_quick_checks_in_a_burst_are_paced_per_user(app, fake_slack):
    """/migrate-check <text> twelve times in a row: ten assessments, then a polite note to wait; another user
    is not slowed."""
    shown = []
    for _ in range(12):
        body = (await app.command(QUICK_TEXT)).json()
        shown.append(body.get("text", "") + json.dumps(body.get("blocks", []), ensure_ascii=False))
    assert all("⛔" in s for s in shown[:10])
    assert all("少し間をおいてから" in s and "⛔" not in s for s in shown[10:])
    other = (await app.command(QUICK_TEXT, user="U0002")).json()
    assert "⛔" in json.dumps(other.get("blocks", []), ensure_ascii=False)
    assert (await app.command("forget")).status == 200   # deleting one's data is never refused as too fast
    [done] = await fake_slack.wait_for("response_url")
    assert done.args["text"] == say("forgotten", "ja")
