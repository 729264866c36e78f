"""Rows of the conversation's table that only clicks and anytime commands take: "check again" (once, even when
clicked twice), help, details and reply before a verdict, back after cancelling, start in the middle, and a
note that needs a yes/no check. Each test asserts what the person is shown."""

from __future__ import annotations

from flows.conversation import Advisor, Again, Ask, Chosen, Command, Conversation, Open, Say, Text
from flows.plain import output_text

KNOWN = {"platform": "crowdworks", "contract": "contracted", "job_format": "fixed_single", "escrow": "all",
         "contact_request": "approved", "client": "verified"}


def shown(turn) -> str:
    return "\n".join(output_text(o, turn.conversation.lang) for o in turn.outputs)


def at_question(advisor: Advisor, question: str) -> Conversation:
    conv = advisor.start(text="相談です").conversation
    for typed in ("クラウドワークス", "契約済み", "固定報酬"):
        if conv.state == question:
            break
        conv = advisor.step(conv, Text(typed)).conversation
    assert conv.state == question
    return conv


def verdict(advisor: Advisor) -> Conversation:
    conv = advisor.start(known=KNOWN).conversation
    conv = advisor.step(conv, Text("どれもないです")).conversation
    assert conv.state == "verdict"
    return conv


def test_check_again_under_a_verdict_starts_over_once_even_when_clicked_twice():
    advisor = Advisor()
    done = verdict(advisor)
    first = advisor.step(done, Again(done.round))
    assert first.conversation.state == "platform" and first.conversation.answers == {}
    assert "もう一度" in shown(first) or "最初から" in shown(first)
    assert isinstance(first.outputs[-1], Ask) and first.outputs[-1].question.id == "platform"
    second = advisor.step(first.conversation, Again(done.round))     # the same button, a moment later
    assert second.outputs == [] and second.conversation == first.conversation


def test_check_again_from_an_older_verdict_is_stale_and_one_on_a_new_conversation_starts_it():
    advisor = Advisor()
    done = verdict(advisor)
    old = advisor.step(done, Again(done.round - 1))
    assert old.conversation.state == "verdict" and [o.key for o in old.outputs if isinstance(o, Say)] == ["stale"]
    fresh = advisor.step(Conversation(), Again(0))                     # nothing stored: a new check
    assert fresh.conversation.state == "platform"
    assert [o.key for o in fresh.outputs if isinstance(o, Say)] == ["welcome"]


def test_start_in_the_middle_welcomes_again_and_keeps_the_answers():
    advisor = Advisor()
    conv = at_question(advisor, "job_format")
    turn = advisor.step(conv, Command("start"))
    assert turn.conversation.answers == conv.answers and turn.conversation.state == "job_format"
    assert [o.key for o in turn.outputs if isinstance(o, Say)] == ["welcome"]
    assert turn.outputs[-1].question.id == "job_format"


def test_help_before_any_check_and_details_or_reply_before_a_verdict():
    advisor = Advisor()
    idle = advisor.step(Conversation(), Command("help"))
    assert [type(o) for o in idle.outputs] == [Say] and idle.outputs[0].key == "help"
    for name in ("details", "reply"):
        before = advisor.step(Conversation(), Command(name))
        assert [o.key for o in before.outputs] == ["details_later"]
        conv = at_question(advisor, "escrow")
        during = advisor.step(conv, Command(name))
        assert [type(o) for o in during.outputs] == [Say, Ask] and during.outputs[0].key == "details_later"
        assert during.outputs[1].question.id == "escrow" and during.conversation == conv


def test_back_after_cancelling_says_the_check_is_over():
    advisor = Advisor()
    conv = at_question(advisor, "escrow")
    cancelled = advisor.step(conv, Command("cancel")).conversation
    back = advisor.step(cancelled, Command("back"))
    assert back.conversation.state == "cancelled" and [o.key for o in back.outputs] == ["finished"]


def test_a_note_with_a_hedged_sign_is_checked_with_a_yes_no_question():
    advisor = Advisor()
    conv = at_question(advisor, "escrow")
    turn = advisor.step(conv, Text("そういえば身分証の写真を送ってと言われたかも"))
    assert turn.conversation.state == "confirming"
    assert not any(isinstance(o, Chosen) for o in turn.outputs)      # the escrow is still unanswered
    assert isinstance(turn.outputs[-1], Ask) and "はい" in shown(turn)


def test_none_clicked_after_naming_a_sign_is_checked_with_a_yes_no_question():
    """The first message named a sign; "none of these" clicked later disagrees: the sign is checked, not
    silently kept or dropped."""
    from flows.conversation import Pick

    advisor = Advisor()
    conv = advisor.start(text="クラウドワークスで契約済み、固定報酬で仮払い済み。クライアントに電話番号を聞かれました").conversation
    assert "contact_details" in conv.noted_signs
    while conv.state != "warning_signs":
        ask = advisor.step(conv, Open()).outputs[-1]
        conv = advisor.step(conv, Pick(ask.question.id, (ask.options[0].value,), conv.round)).conversation
    turn = advisor.step(conv, Pick("warning_signs", ("none",), conv.round))
    assert turn.conversation.state == "confirming"
    assert "電話番号" in shown(turn) and turn.outputs[-1].question.id == "confirm"


def test_a_yes_with_more_to_say_keeps_the_rest():
    """「はい、あと仮払いはまだです」 in answer to a yes/no check: the yes settles the check and the escrow is noted."""
    advisor = Advisor()
    conv = advisor.start(text="クラウドワークスで契約済み、固定報酬です").conversation
    conv = advisor.step(conv, Text("そういえば身分証の写真を送ってと言われたかも")).conversation
    assert conv.state == "confirming"
    turn = advisor.step(conv, Text("はい、言われました。あと仮払いはまだです"))
    assert "id_or_bank" in turn.conversation.noted_signs
    assert turn.conversation.answers.get("escrow") == "not_yet"


def test_a_late_resend_while_the_question_was_refused_is_late_not_missed():
    """Slack resends an old message after a newer one was read, while the open question's post was refused:
    the person is told the message came late, not that the question never reached them, and the resend does
    not change the conversation's language."""
    from flows.dm import DmState, take
    advisor = Advisor()
    conv = at_question(advisor, "contract")
    conv.last_ts = "1700000100.000200"
    state = DmState(conv, unseen={"question": "contract", "round": conv.round, "reason": "slack_error"}, new=False)
    entry = {"kind": "text", "channel": "D1", "user": "U1", "text": "Yes, contracted already",
             "ts": "1700000050.000100", "retried": True}
    after, [reply] = take(state, entry, advisor)
    assert [o.key for o in reply.outputs if isinstance(o, Say)] == ["late_message"]
    assert after.conversation.lang == "ja" and "contract" not in after.conversation.answers
    fresh = {**entry, "ts": "1700000200.000100", "retried": False}   # a new message: the question was missed
    _, [reply] = take(after, fresh, advisor)
    assert [o.key for o in reply.outputs if isinstance(o, Say)] == ["not_delivered_slack_error"]


def test_a_message_typed_while_the_question_was_refused_counts_as_the_last_one_read():
    """A message typed while the open question was never shown moves the last-read time on, so Slack's resend
    of it is late."""
    from flows.dm import DmState, take
    advisor = Advisor()
    conv = at_question(advisor, "contract")
    state = DmState(conv, unseen={"question": "contract", "round": conv.round, "reason": "busy"}, new=False)
    entry = {"kind": "text", "channel": "D1", "user": "U1", "text": "契約済み", "ts": "1700000300.000100"}
    after, _ = take(state, entry, advisor)
    assert after.conversation.last_ts == "1700000300.000100"
    _, [reply] = take(after, {**entry, "retried": True}, advisor)
    assert [o.key for o in reply.outputs if isinstance(o, Say)] == ["late_message"]


def test_a_click_after_a_start_click_is_not_a_double_click():
    """"Start" clicked, then an answer clicked: a later "start" is a new click, welcomed again, not swallowed as
    the second half of a double click."""
    from flows.conversation import Pick
    advisor = Advisor()
    first = advisor.step(Conversation(), Open(None, "1700000000.000100"))
    assert first.conversation.last_open
    picked = advisor.step(first.conversation, Pick("platform", ("crowdworks",), first.conversation.round))
    assert picked.conversation.last_open == ""
    again = advisor.step(picked.conversation, Open(None, "1700000000.900100"))
    assert [o.key for o in again.outputs if isinstance(o, Say)], shown(again)


def _safe_on_first_message(advisor: Advisor) -> Conversation:
    """Every fact a ✅ rests on said in the first message (read in passing), the rest answered."""
    conv = advisor.start(text="クラウドワークスで契約済みです。仮払いも済んでいて、サービス外連絡申請も承認されました。"
                              "チャットワークに移っていいですか？").conversation
    for typed in ("固定報酬です", "本人確認済みで評価も多いです", "どれもないです"):
        assert conv.state in ("job_format", "client", "warning_signs"), conv.state
        turn = advisor.step(conv, Text(typed))
        conv = turn.conversation
    return turn


def test_a_safe_verdict_resting_on_answers_read_in_passing_checks_them_first():
    """The escrow and the request were read from the first message, never asked: before ✅ the person is asked
    once, naming both; "yes" gives ✅."""
    from flows.conversation import Pick, Result
    advisor = Advisor()
    turn = _safe_on_first_message(advisor)
    conv = turn.conversation
    assert conv.state == "confirming" and not any(isinstance(o, Result) for o in turn.outputs)
    asked = shown(turn)
    assert "念のため確認です" in asked and "仮払い済み" in asked and "承認" in asked
    done = advisor.step(conv, Pick("confirm", ("yes",), conv.round))
    [result] = [o for o in done.outputs if isinstance(o, Result)]
    assert result.verdict.level == "safe" and done.conversation.state == "verdict"


def test_a_no_to_answers_read_in_passing_checks_each_and_asks_the_wrong_one_again():
    """A bare "no" to several readings: each is checked on its own; the one answered no is asked as a question,
    the others are kept; the person's answer decides the verdict."""
    from flows.conversation import Pick, Result
    advisor = Advisor()
    conv = _safe_on_first_message(advisor).conversation
    turn = advisor.step(conv, Pick("confirm", ("no",), conv.round))
    assert "もう一点、念のため確認です：お書きいただいた内容から「契約：契約済み」と読み取りました" in shown(turn)
    turn = advisor.step(turn.conversation, Pick("confirm", ("yes",), conv.round))
    assert "「仮払い：仮払い済み」と読み取りました" in shown(turn)
    turn = advisor.step(turn.conversation, Pick("confirm", ("no",), conv.round))
    assert "「サービス外連絡申請：申請して承認された」と読み取りました" in shown(turn)
    turn = advisor.step(turn.conversation, Pick("confirm", ("yes",), conv.round))
    assert turn.conversation.state == "escrow" and isinstance(turn.outputs[-1], Ask)
    assert turn.conversation.answers["contract"] == "contracted"
    turn = advisor.step(turn.conversation, Text("まだです"))
    [result] = [o for o in turn.outputs if isinstance(o, Result)]
    assert result.verdict.level == "safe_if"


def test_other_than_what_i_said_nothing_shows_the_signs_question_again_with_the_signs_noted_ticked():
    """A sign said in passing, then "Other than the sample thing, nothing": the options are shown again with the
    sign noted ticked, never answered with the signs noted alone (what was noted may not be all that was said)."""
    advisor = Advisor()
    conv = advisor.start(text="CrowdWorks job, not signed yet. He wants a sample before escrow.").conversation
    assert conv.noted_signs == ["work_before_escrow"], conv
    typed = {"platform": "crowdworks", "contract": "not yet", "job_format": "fixed, one payment",
             "escrow": "not yet", "contact_request": "not filed", "client": "verified, many reviews"}
    while conv.state != "warning_signs":
        conv = advisor.step(conv, Text(typed[conv.state])).conversation
    turn = advisor.step(conv, Text("Other than the sample thing, nothing"))
    assert turn.conversation.state == "warning_signs" and "warning_signs" not in turn.conversation.answers
    [ask] = [o for o in turn.outputs if isinstance(o, Ask)]
    assert ask.preselected == ("work_before_escrow",)


def test_restart_or_a_correction_during_the_check_of_answers_read_in_passing():
    """Restart while the ✅ check is open: the new round starts clean (no check about the old answers); a
    correction typed instead of yes/no counts as "no" and the corrected answer is what the verdict uses."""
    from flows.conversation import Command, Result
    advisor = Advisor()
    conv = _safe_on_first_message(advisor).conversation
    assert conv.state == "confirming"
    restarted = advisor.step(conv, Command("restart")).conversation
    assert restarted.doubts == [] and restarted.state == "platform"
    conv = _safe_on_first_message(advisor).conversation
    turn = advisor.step(conv, Text("すみません、実は仮払いはまだでした"))
    assert turn.conversation.answers.get("escrow") == "not_yet", turn.conversation
    assert "合っていますか" not in shown(turn)  # the check naming the old reading is not asked again
    while not any(isinstance(o, Result) for o in turn.outputs):
        assert isinstance(turn.outputs[-1], Ask), shown(turn)
        question = turn.outputs[-1].question.id
        turn = advisor.step(turn.conversation, Text({"contract": "契約済みです", "contact_request": "承認されています",
                                                     "confirm": "はい"}.get(question, "はい")))
    [result] = [o for o in turn.outputs if isinstance(o, Result)]
    assert result.verdict.level == "safe_if"


def test_answers_from_a_quick_check_are_checked_before_a_safe_verdict():
    """/migrate-check's one line read as contracted, escrowed and approved, continued in the DM: the ✅ waits for
    one yes/no naming them (they were read from text, never picked)."""
    from flows.conversation import Pick, Result
    advisor = Advisor()
    known = {"platform": "crowdworks", "contract": "contracted", "job_format": "fixed_single", "escrow": "all",
             "contact_request": "approved"}
    conv = advisor.step(Conversation(), Open(known, "1700000000.000100")).conversation
    for typed in ("本人確認済みで評価も多いです", "どれもないです"):
        turn = advisor.step(conv, Text(typed))
        conv = turn.conversation
    assert conv.state == "confirming" and "仮払い済み" in shown(turn)
    done = advisor.step(conv, Pick("confirm", ("yes",), conv.round))
    assert [o.verdict.level for o in done.outputs if isinstance(o, Result)] == ["safe"]


def test_a_conversation_stored_before_the_rename_keeps_its_readings_to_check():
    """Stored sessions from before `read_from_words` had its name still check what was read before a ✅."""
    stored = {**Conversation(state="warning_signs").to_dict(), "answers": KNOWN}
    stored.pop("read_from_words")
    stored["read_in_passing"] = ["escrow"]
    conv = Conversation.from_dict(stored)
    assert conv.read_from_words == ["escrow"]
    turn = Advisor().step(conv, Text("なし"))
    assert conv.state != turn.conversation.state == "confirming"
    assert "仮払い：仮払い済み" in shown(turn)


def test_an_answer_typed_as_an_option_number_or_its_own_words_is_not_checked_again():
    advisor = Advisor()
    conv = Conversation(state="warning_signs", answers=dict(KNOWN))
    for typed in ("どれもない", "なし", "なしです", "11", "11です"):
        turn = advisor.step(conv, Text(typed))
        assert turn.conversation.state == "verdict", typed
