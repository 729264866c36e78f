"""The DM conversation through the real app over HTTP, against the fake Slack."""

from __future__ import annotations

from tests import slack_payloads as p
from tests.fake_slack import Call
from tests.harness import find_button, settle, texts


async def test_full_conversation_by_clicking(app):
    reply = await app.dm("クライアントからチャットワークに移行しようと言われました")
    assert reply.status == 200
    first = await app.next_post(0)
    assert "どのサービスで見つけたお仕事ですか" in texts(first)
    steps = [("platform", "crowdworks", "契約"), ("contract", "contracted", "形式"), ("job_format", "fixed_single", "仮払い"),
             ("escrow", "all", "サービス外連絡申請"), ("contact_request", "approved", "プロフィール"),
             ("client", "verified", "当てはまるものをすべて")]
    question = first
    for n, (qid, value, next_words) in enumerate(steps, start=1):
        assert (await app.click(question, value)).status == 200
        update = (await app.fake.wait_for("chat.update", count=n))[-1]
        assert update.args["ts"] == question.response["ts"]
        assert "→" in texts(update) and "button" not in texts(update)
        question = await app.next_post(n)
        assert next_words in texts(question), (qid, texts(question))
    await app.tick_and_submit(question, ["none"])
    verdict = await app.next_post(len(steps) + 1)
    shown = texts(verdict)
    assert "✅ 契約・仮払い・サービス外連絡申請の承認が済んでいるので、チャットワークに移って大丈夫です。" in shown
    assert "https://crowdworks.my.salesforce-sites.com/faq/articles/FAQ/10562" in shown
    find_button(verdict, "restart", action_id="restart_check")
    home = await app.fake.wait_for("views.publish")
    assert "前回の判定" in str(home[-1].args["view"]) and "✅" in str(home[-1].args["view"])


async def type_answers(app, answers: list[str], **who: str) -> Call:
    """Each answer typed once the question before it is posted; the post that follows the last one."""
    for n, answer in enumerate(answers, start=1):
        await app.next_post(n - 1)
        await app.dm(answer, **who)
    return await app.next_post(len(answers))


async def test_conversation_by_typing(app):
    await app.dm("相談です")
    verdict = await type_answers(app, ["1", "契約済み", "時間単価", "まだです", "していない", "わからない", "なし"])
    shown = texts(verdict)
    assert "⚠️ 仮払いがまだなので、まだ移行しないでください。" in shown
    assert "1. その週の見込み時間分が「仮払い済み」になっているか確かめる。" in shown  # hourly: its own words
    assert "タイムカードアプリ" in shown  # hourly: weekly escrow and the time-card app


async def test_a_safe_verdict_on_typed_words_is_checked_first_with_yes_and_no_buttons(app):
    """Typed in the person's own words, the escrow and the request are named in one yes/no check before the ✅."""
    await app.dm("相談です")
    answers = ["1", "2", "1", "仮払いはもう済んでますよ", "申請して、もう承認されてます", "1", "とくに何も言われてないです"]
    check = await type_answers(app, answers)
    shown = texts(check)
    assert "念のため確認です：お書きいただいた内容から、次のように読み取りました。\n・仮払い：仮払い済み\n・サービス外連絡申請：申請して承認された" in shown, shown
    assert "✅" not in shown
    await app.click(check, "yes")
    verdict = await app.next_post(len(answers) + 1)
    assert "✅ 契約・仮払い・サービス外連絡申請の承認が済んでいるので、チャットワークに移って大丈夫です。" in texts(verdict)


async def test_a_bare_no_to_the_check_checks_each_reading_and_asks_the_wrong_one_again(app):
    await app.dm("I'd like to check a CrowdWorks job", user="U0002", channel="D0002")
    answers = ["2", "1", "the client already paid it into escrow", "approved, it went through", "1", "nothing like that"]
    check = await type_answers(app, answers, user="U0002", channel="D0002")
    assert "• Escrow: Yes, escrowed" in texts(check), texts(check)
    await app.click(check, "no", user="U0002")              # a bare no: each reading checked on its own
    escrow = await app.next_post(len(answers) + 1)
    assert "One more check: I read your message as “Escrow: Yes, escrowed”." in texts(escrow)
    await app.click(escrow, "no", user="U0002")
    request = await app.next_post(len(answers) + 2)
    assert "“Off-platform contact request: Filed and approved”" in texts(request), texts(request)
    await app.click(request, "yes", user="U0002")
    signs = await app.next_post(len(answers) + 3)
    assert "“Warning signs: None from the list”" in texts(signs), texts(signs)
    await app.click(signs, "yes", user="U0002")
    again = await app.next_post(len(answers) + 4)
    assert "Has the client put the reward in escrow" in texts(again), texts(again)
    find_button(again, "promised")


async def test_english_user_gets_english(app):
    await app.dm("My client on CrowdWorks wants to move to Chatwork. Is it safe?")
    answer, first = await app.next_post(0), await app.next_post(1)
    assert "off-platform contact request" in texts(answer)    # the question asked is answered first
    assert "From your message I understood: Platform: CrowdWorks" in texts(first)
    assert "Have you signed the contract with the client yet?" in texts(first)


async def test_slack_locale_english(app, fake_slack):
    fake_slack.set_user_locale("U0002", "en-US")
    await app.dm("1", user="U0002", channel="D0002")
    first = await app.next_post(0)
    assert "Which platform did you find this job on?" in texts(first)


async def test_unclear_answer_is_reasked_with_options(app):
    await app.dm("こんにちは")
    await app.next_post(0)
    await app.dm("ぜんぜんわからん話")
    reask = await app.next_post(1)
    assert "読み取れませんでした" in texts(reask)
    find_button(reask, "crowdworks")
    [retired] = await app.fake.wait_for("chat.update")  # the first copy loses its buttons: one live set
    assert retired.args["ts"] == (await app.next_post(0)).response["ts"]
    assert "下でもう一度お聞きしています" in texts(retired) and '"actions"' not in texts(retired)


async def test_stale_button_gets_a_polite_note(app, fake_slack):
    await app.dm("相談")
    first = await app.next_post(0)
    await app.click(first, "crowdworks")
    second = await app.next_post(1)
    await app.dm("はじめから")
    await app.next_post(2)
    await app.click(second, "contracted")  # a button from before the restart
    note = await fake_slack.wait_for("chat.postEphemeral")
    assert "以前の質問" in note[-1].args["text"]
    await settle()
    assert len(fake_slack.calls_to("chat.postMessage")) == 3


async def test_double_click_advances_once(app, fake_slack):
    await app.dm("相談")
    first = await app.next_post(0)
    import asyncio

    await asyncio.gather(*(app.click(first, "crowdworks") for _ in range(3)))
    await app.next_post(1)
    await settle(0.5)
    assert len(fake_slack.calls_to("chat.postMessage")) == 2
    assert not fake_slack.calls_to("chat.postEphemeral")


async def test_retried_event_is_answered_once(app, fake_slack):
    event = p.dm_message("U0001", "相談です")
    for retry in (None, 1, 2):
        options = {"event_id": "Ev0001"}
        if retry:
            options.update(retry_num=retry, retry_reason="http_timeout")
        assert (await app.event(dict(event), **options)).status == 200
    await app.next_post(0)
    await settle(0.5)
    assert len(fake_slack.calls_to("chat.postMessage")) == 1


async def test_bad_and_stale_signatures_are_rejected(app, fake_slack):
    body, headers = p.signed_http_request(p.event_callback(p.dm_message("U0001", "hi")), "wrong-secret", kind="json")
    assert (await app.post(body, headers)).status == 401
    body, headers = p.signed_http_request(p.event_callback(p.dm_message("U0001", "hi")), "test-signing-secret",
                                          kind="json", timestamp=1_000_000_000)
    assert (await app.post(body, headers)).status == 401
    await settle()
    assert fake_slack.calls == []


async def test_slack_429_then_success(app, fake_slack):
    fake_slack.fail("chat.postMessage", status=429, headers={"Retry-After": "0"})
    await app.dm("相談です")
    calls = await fake_slack.wait_for("chat.postMessage", count=2, timeout=8)
    assert calls[0].failed and not calls[1].failed
    assert "どのサービス" in texts(calls[1])


async def test_a_question_slack_refused_is_asked_again_not_answered(app, fake_slack):
    """The contract question never reached the user (Slack refused the post): their next message is not
    read as its answer; they get the question again, with a note, and answer that one."""
    await app.dm("相談です")
    first = await app.next_post(0)
    fake_slack.fail("chat.postMessage", error="channel_not_found")
    await app.click(first, "lancers")
    await fake_slack.wait_for("chat.postMessage", count=2)
    await app.dm("契約済み")  # typed without having seen the question
    again = await app.next_post(2)
    assert "前のメッセージをお届けできていなかった" in texts(again) and "契約はもう結びましたか" in texts(again)
    conversation = (await app.bolt_services.dm.state("T0001", "U0001")).conversation
    assert "contract" not in conversation.answers and conversation.state == "contract"
    await app.click(again, "contracted")
    third = await app.next_post(3)
    assert "形式" in texts(third)
