"""Questions people ask, answered on every surface: a first DM, a message in the middle of the check, a
/migrate-check line and the terminal. A question only gets its answer (and, between checks, the offer to check
their own case); a question with a situation gets both; in the middle of the check the open question is asked
again and nothing is read from the question as an answer."""

from __future__ import annotations

import json

from flows.conversation import Advisor, Answer, Ask, Chosen, Text
from flows.questions import BY_ID
from tests.harness import texts
from tests.test_slack_commands import button_in, click_from_ephemeral
from tests.test_terminal_chat import Q_CONTRACT, Q_PLATFORM, chat, in_order, ok

FREE_PLAN = "直近40日以内の最新5,000件"
TASK_ESCROW = "タスク・コンペ形式は公開前です"


def kinds(outputs) -> list[str]:
    return [f"Answer:{o.entry_id}" if isinstance(o, Answer) else f"Ask:{o.question.id}" if isinstance(o, Ask)
            else type(o).__name__ for o in outputs]


# ---------------------------------------------------------------- the conversation (flows/)


def test_a_first_message_that_only_asks_gets_the_answer_and_an_offer():
    advisor = Advisor()
    turn = advisor.start(text="チャットワークって無料だとメッセージ消えるんですか？")
    assert turn.outputs == [Answer("chatwork_free_plan", offer=True)]
    assert turn.conversation.state == "start" and turn.conversation.answers == {}
    then = advisor.step(turn.conversation, Text("はい"))          # yes, check my case
    assert kinds(then.outputs) == ["Say", "Ask:platform"]


def test_asking_the_question_the_check_answers_starts_it_after_the_answer():
    turn = Advisor().start(lang="en", text="Is it ok to move my CrowdWorks client to Chatwork?")
    assert kinds(turn.outputs)[0] == "Answer:move_to_chatwork" and not turn.outputs[0].offer
    assert kinds(turn.outputs)[-1] in ("Ask:contract", "Ask:platform")


def test_a_question_in_the_middle_is_answered_and_the_open_question_asked_again():
    advisor = Advisor()
    conv = advisor.start(text="クラウドワークスで契約済みです").conversation
    assert conv.state == "job_format"
    turn = advisor.step(conv, Text("タスク形式でも仮払いってあるの？よくわからない"))
    assert kinds(turn.outputs) == ["Answer:escrow", "Ask:job_format"]
    assert turn.conversation.answers == conv.answers and turn.conversation.attempts == conv.attempts
    assert turn.conversation.history == conv.history          # 「よくわからない」 is not an answer here


def test_a_question_about_the_open_question_is_answered_by_its_topic():
    advisor = Advisor()
    conv = advisor.start(text="クラウドワークスで契約済み、固定報酬で仮払いも済んでます").conversation
    assert conv.state == "contact_request"
    turn = advisor.step(conv, Text("それって何日くらいかかるんでしょう"))
    assert kinds(turn.outputs) == ["Answer:contact_outside_request", "Ask:contact_request"]


def test_an_answer_with_a_question_records_the_answer_and_answers_the_question():
    advisor = Advisor()
    conv = advisor.start(text="クラウドワークスで契約済みです").conversation
    turn = advisor.step(conv, Text("固定報酬です。ちなみに仮払いっていつされるんですか？"))
    assert kinds(turn.outputs) == ["Chosen", "Answer:escrow", "Ask:escrow"]
    assert turn.conversation.answers["job_format"] == "fixed_single"
    assert isinstance(turn.outputs[0], Chosen)


def test_a_statement_is_not_a_question():
    advisor = Advisor()
    conv = advisor.start(text="クラウドワークスで契約済み、固定報酬です").conversation
    turn = advisor.step(conv, Text("He said he'll do it tomorrow"))
    assert not any(isinstance(o, Answer) for o in turn.outputs)


def test_after_a_verdict_a_question_is_answered_and_the_verdict_kept():
    advisor = Advisor()
    conv = advisor.start(known={"platform": "crowdworks", "contract": "contracted", "job_format": "fixed_single",
                                "escrow": "all", "contact_request": "approved", "client": "verified"}).conversation
    conv = advisor.step(conv, Text("どれもないです")).conversation
    assert conv.state == "verdict"
    turn = advisor.step(conv, Text("ところでチャットワークの無料プランって履歴消えるの？"))
    assert turn.outputs == [Answer("chatwork_free_plan", offer=True)]
    assert turn.conversation.state == "verdict" and turn.conversation.last_answers == conv.last_answers


# ---------------------------------------------------------------- Slack: the DM


async def test_dm_question_gets_the_answer_with_sources_and_a_button_to_check(app):
    await app.dm("チャットワークって無料だとメッセージ消えるんですか？")
    answer = await app.next_post(0)
    shown = texts(answer)
    assert FREE_PLAN in shown and "bcnretail.com" in shown            # the answer and its source's link
    assert "ご自身のケースも確認しますか" in shown
    assert "どのサービスで見つけたお仕事ですか" not in shown            # no questionnaire pushed on them
    await app.click(answer, "{}", action_id="start_check")
    first = await app.next_post(1)
    assert BY_ID["platform"].ask["ja"] in texts(first)


async def test_dm_question_mid_check_is_answered_then_the_question_comes_again(app):
    await app.dm("クラウドワークスで契約済みです")
    asked = await app.next_post(0)
    assert BY_ID["job_format"].ask["ja"] in texts(asked)
    await app.dm("タスク形式でも仮払いってあるの？よくわからない")
    answer, again = await app.next_post(1), await app.next_post(2)
    assert TASK_ESCROW in texts(answer) and '"actions"' not in texts(answer)
    assert BY_ID["job_format"].ask["ja"] in texts(again)
    await app.click(again, "task")                               # the question still works after the answer
    retired, chosen = await app.fake.wait_for("chat.update", count=2)
    assert retired.args["ts"] == asked.response["ts"] and '"actions"' not in texts(retired)
    assert chosen.args["ts"] == again.response["ts"] and "→" in texts(chosen)


# ---------------------------------------------------------------- Slack: /migrate-check


async def test_command_question_gets_its_answer_and_a_button_not_a_verdict(app):
    body = (await app.command("チャットワークの無料プランだと昔のメッセージって消えるんですか？")).json()
    shown = body.get("text", "") + json.dumps(body["blocks"], ensure_ascii=False)
    assert body["response_type"] == "ephemeral"
    assert FREE_PLAN in shown and "bcnretail.com" in shown
    assert "簡易判定" not in shown and "⚠️" not in shown and "⛔" not in shown
    button_in(body["blocks"], "start_check")


async def test_command_keywords_are_a_question(app):
    body = (await app.command("サービス外連絡申請 何日")).json()
    shown = json.dumps(body["blocks"], ensure_ascii=False)
    assert "2営業日以内に審査されます" in shown and "簡易判定" not in shown


async def test_command_question_with_a_situation_gets_the_answer_then_the_assessment(app, fake_slack):
    body = (await app.command("クラウドワークスで契約済み、仮払いはまだです。仮払いっていつするものなんですか？")).json()
    shown = json.dumps(body["blocks"], ensure_ascii=False)
    answer_at = shown.index("作業開始前に報酬を仮払いします")
    verdict_at = shown.index("⚠️ 仮払いがまだなので")
    assert answer_at < verdict_at
    button = button_in(body["blocks"], "start_check")                # the check goes on in DM, facts known
    assert json.loads(button["value"])["escrow"] == "not_yet"
    await app.send(click_from_ephemeral(button, response_url=fake_slack.response_url()), "payload")
    assert "仮払い: まだ" in texts(await app.next_post(0))


# ---------------------------------------------------------------- the terminal


def test_terminal_answers_a_question_then_asks_the_open_question_again(tmp_path):
    """The terminal opens on the first question: a question typed there is answered, then asked again."""
    out = ok(chat(tmp_path, ["チャットワークって無料だとメッセージ消えるんですか？", "1"]))
    assert in_order(out, Q_PLATFORM, FREE_PLAN, "出典: 報道（Chatwork無料プラン）（2026-11-28 確認）",
                    Q_PLATFORM, Q_CONTRACT)
    assert "読み取れませんでした" not in out
