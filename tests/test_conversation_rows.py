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
