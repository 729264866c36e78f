"""The App Home tab through the real app over HTTP: what it shows before and after a verdict, in the user's
language, and its start button."""

from __future__ import annotations

import json

from flows.questions import BY_ID
from flows.texts import say
from tests import slack_payloads as p
from tests.harness import USER, Harness, settle, texts


async def open_home(app: Harness, user: str = USER) -> dict:
    """The user opens the Home tab; the view the app published for them."""
    before = len(app.fake.calls_to("views.publish"))
    assert (await app.event(p.app_home_opened(user))).status == 200
    calls = await app.fake.wait_for("views.publish", count=before + 1)
    call = calls[before]
    assert call.args["user_id"] == user
    assert call.response and call.response["ok"]
    view = call.args["view"]
    view["id"] = call.response["view"]["id"]
    return view


def shown(view: dict) -> str:
    return json.dumps(view.get("blocks"), ensure_ascii=False)


def start_button(view: dict) -> dict:
    buttons = [e for b in view["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert [b["action_id"] for b in buttons] == ["start_check"], buttons
    return buttons[0]


async def click_home_start(app: Harness, view: dict, user: str = USER):
    button = start_button(view)
    home = {"id": view["id"], "type": "home", "blocks": view["blocks"], "callback_id": "", "private_metadata": "",
            "state": {"values": {}}, "hash": "1700000000.abc", "app_id": "A0001", "bot_id": "B0001"}
    payload = p.block_actions(user, [p.button(button["action_id"], button["value"])], view=home)
    return await app.send(payload, "payload")


async def dm_check_to_verdict(app: Harness, posts_before: int = 0) -> str:
    """A DM conversation to the ✅ verdict by clicking; the verdict's text."""
    await app.dm("クライアントからチャットワークに移行しようと言われました")
    question = await app.next_post(posts_before)
    steps = ["crowdworks", "contracted", "fixed_single", "all", "approved", "verified"]
    for n, value in enumerate(steps, start=1):
        await app.click(question, value)
        question = await app.next_post(posts_before + n)
    await app.tick_and_submit(question, ["none"])
    verdict = await app.next_post(posts_before + len(steps) + 1)
    return texts(verdict)


async def test_home_before_any_verdict(app, fake_slack):
    view = await open_home(app)
    assert view["type"] == "home"
    text = shown(view)
    assert "チャットワーク移行チェック" in text
    assert "まだ判定はありません" in text and "前回の判定" not in text
    assert start_button(view)["text"]["text"] == "チェックを始める"
    assert "/migrate-check" in text
    assert not fake_slack.calls_to("chat.postMessage")


async def test_home_shows_the_last_verdict_after_a_dm_check(app, fake_slack):
    verdict = await dm_check_to_verdict(app)
    assert "✅" in verdict
    fake_slack.clear()
    text = shown(await open_home(app))
    assert "前回の判定" in text and "まだ判定はありません" not in text
    assert "✅" in text and "移って大丈夫です" in text
    start_button(await open_home(app))


async def test_home_shows_a_stop_verdict(app, fake_slack):
    await app.dm("相談です")
    question = await app.next_post(0)
    await app.click(question, "coconala")                            # Coconala: no outside contact at all
    verdict = await app.next_post(1)
    assert "⛔" in texts(verdict)
    text = shown(await open_home(app))
    assert "前回の判定" in text and "⛔" in text and "ストップ" in text
    assert "✅" not in text


async def test_last_verdict_survives_a_restart_of_the_app(fake_slack, db):
    first = await Harness(fake_slack, db).start()
    try:
        await dm_check_to_verdict(first)
    finally:
        await first.stop()
    fake_slack.clear()
    second = await Harness(fake_slack, db).start()
    try:
        text = shown(await open_home(second))
        assert "前回の判定" in text and "✅" in text
    finally:
        await second.stop()


async def test_last_verdict_is_kept_while_a_new_check_is_under_way(app, fake_slack):
    await dm_check_to_verdict(app)
    await app.dm("もう一度お願いします")
    question = await app.next_post(8)
    assert BY_ID["platform"].ask["ja"] in texts(question)
    text = shown(await open_home(app))
    assert "前回の判定" in text and "✅" in text


async def test_home_in_english_for_an_english_locale(app, fake_slack):
    fake_slack.set_user_locale("U0002", "en-US")
    view = await open_home(app, user="U0002")
    text = shown(view)
    assert "Chatwork migration check" in text and "No verdict yet" in text
    assert start_button(view)["text"]["text"] == "Start a check"
    assert "まだ判定はありません" not in text and "チェックを始める" not in text


async def test_english_verdict_shows_in_english_on_home(app, fake_slack):
    fake_slack.set_user_locale("U0002", "en-US")
    await app.dm("My client on CrowdWorks wants to move to Chatwork", user="U0002", channel="D0002")
    question = await app.next_post(0)
    for n, value in enumerate(["contracted", "fixed_single", "all", "approved", "verified"], start=1):
        await app.click(question, value, user="U0002")
        question = await app.next_post(n)
    await app.tick_and_submit(question, ["none"], user="U0002")
    assert "✅" in texts(await app.next_post(6))
    text = shown(await open_home(app, user="U0002"))
    assert "Your last verdict" in text and "✅ Safe to move" in text


async def test_messages_tab_publishes_nothing(app, fake_slack):
    assert (await app.event(p.app_home_opened(USER, tab="messages"))).status == 200
    await settle(0.4)
    assert fake_slack.calls_to("views.publish") == []


async def test_home_start_button_opens_the_dm(app, fake_slack):
    view = await open_home(app)
    assert (await click_home_start(app, view)).status == 200
    first = await app.next_post(0)
    assert first.args["channel"] == USER
    text = texts(first)
    assert "いくつか質問して判定します" in text                      # the welcome
    assert BY_ID["platform"].ask["ja"] in text
    buttons = [e["value"] for b in first.args["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert any(v.endswith("|platform|crowdworks") for v in buttons), buttons
    await settle()
    assert not fake_slack.calls_to("chat.postEphemeral")           # no channel to post a note in
    assert len(fake_slack.calls_to("chat.postMessage")) == 1


async def test_home_start_button_in_english(app, fake_slack):
    fake_slack.set_user_locale("U0002", "en-US")
    view = await open_home(app, user="U0002")
    await click_home_start(app, view, user="U0002")
    first = await app.next_post(0)
    assert first.args["channel"] == "U0002"
    assert BY_ID["platform"].ask["en"] in texts(first)
    assert say("welcome", "en") in texts(first)


async def test_home_start_button_resumes_a_check_under_way(app, fake_slack):
    await app.dm("相談です")
    question = await app.next_post(0)
    await app.click(question, "crowdworks")
    await app.next_post(1)
    view = await open_home(app)
    await click_home_start(app, view)
    resumed = await app.next_post(2)
    text = texts(resumed)
    assert "前回の続きから再開します" in text
    assert BY_ID["contract"].ask["ja"] in text
    assert BY_ID["platform"].ask["ja"] not in text


async def test_home_start_button_after_a_verdict_starts_a_new_check(app, fake_slack):
    await dm_check_to_verdict(app)
    view = await open_home(app)
    await click_home_start(app, view)
    first = await app.next_post(8)
    assert BY_ID["platform"].ask["ja"] in texts(first)
    assert "前回の続き" not in texts(first)
    text = shown(await open_home(app))
    assert "前回の判定" in text and "✅" in text


async def test_home_tab_still_opens_while_the_store_is_unreachable(fake_slack):
    from tests.conftest import RedisServer

    server = RedisServer().start()
    app = await Harness(fake_slack, server.url).start()
    try:
        server.stop()
        view = await open_home(app)
        shown = json.dumps(view, ensure_ascii=False)
        assert say("home_no_verdict", "ja") in shown
        await settle()
        assert not fake_slack.calls_to("chat.postMessage")  # no "unavailable" DM just for opening the tab
    finally:
        await app.stop()
        server.stop()
