"""Reading what people mean, through the real conversation: a sign said to be absent is absent, a correction
wins, a hedge then a checked fact is the fact, and a reading that would change the verdict and is not sure is
checked with one yes/no question naming it (flows/conversation.py, state "confirming")."""

from __future__ import annotations

import pytest

from flows import lang as languages
from flows import parse
from flows.conversation import Advisor, Ask, Chosen, Conversation, Pick, Result, Text, Turn
from flows.plain import output_text
from flows.questions import BY_ID
from flows.rules import RULES

ALL_CLEAR = {"platform": "crowdworks", "contract": "contracted", "job_format": "fixed_single", "escrow": "all",
             "contact_request": "approved", "client": "verified"}


def at_question(question: str, lang: str = "ja", **answers: str) -> tuple[Advisor, Conversation]:
    """A conversation whose open question is `question`, every earlier one answered (all clear by default)."""
    advisor = Advisor()
    known = {q: v for q, v in {**ALL_CLEAR, **answers}.items() if list(BY_ID).index(q) < list(BY_ID).index(question)}
    turn = advisor.start(lang, known=known)
    assert asked(turn) == question
    return advisor, turn.conversation


def asked(turn: Turn) -> str | None:
    ask = next((o for o in reversed(turn.outputs) if isinstance(o, Ask)), None)
    return ask.question.id if ask else None


def shown(turn: Turn) -> str:
    return "\n".join(output_text(o, turn.conversation.lang) for o in turn.outputs)


def level(turn: Turn) -> str | None:
    result = next((o for o in turn.outputs if isinstance(o, Result) and o.part == "main"), None)
    return str(result.verdict.level) if result else None


def click(advisor: Advisor, turn: Turn, *values: str) -> Turn:
    ask = next(o for o in reversed(turn.outputs) if isinstance(o, Ask))
    return advisor.step(turn.conversation, Pick(ask.question.id, values, turn.conversation.round))


# ---- a sign said to be absent ----

@pytest.mark.parametrize("text", [
    "口座とか身分証の話は一切出てないです",
    "身分証は求められていませんし、お金の話も特にないです",
    "口座や身分証を求められたり、お金を払ってほしいと言われたりといったことはございません。",
    "She hasn't asked for money or my personal details",
    "nope, nobody has mentioned bank details or ID",
    "no money talk, no ID, nothing like that",
])
def test_signs_said_to_be_absent_are_read_as_none_checked_once_then_all_clear(text):
    """No alarm; before the ✅, one yes/no check names "none of the signs" as what was read."""
    advisor, conv = at_question("warning_signs")
    turn = advisor.step(conv, Text(text))
    assert asked(turn) == "confirm", shown(turn)
    assert ("気になる点：該当なし" in shown(turn) or "Warning signs: None from the list" in shown(turn)), shown(turn)
    assert "身分証や口座の情報は送らないでください" not in shown(turn)
    assert level(click(advisor, turn, "yes")) == "safe"


def test_a_no_to_none_of_the_signs_shows_the_signs_question_again():
    advisor, conv = at_question("warning_signs", lang="en")
    turn = advisor.step(conv, Text("She hasn't asked for money or my personal details"))
    again = click(advisor, turn, "no")
    assert asked(again) == "warning_signs" and again.conversation.answers.get("warning_signs") is None


def test_a_sign_said_plainly_still_stops():
    advisor, conv = at_question("warning_signs")
    turn = advisor.step(conv, Text("口座の情報を送ってほしいと言われました"))
    assert level(turn) == "stop"


# ---- checking instead of guessing ----

def test_a_sign_near_an_unclear_negation_is_checked_by_name_and_yes_stops():
    advisor, conv = at_question("warning_signs", lang="en")
    turn = advisor.step(conv, Text("I don't know why they need my passport"))
    assert asked(turn) == "confirm"
    assert "Just to check: did they ask for your ID, bank details, or to open an account?" in shown(turn)
    assert level(click(advisor, turn, "yes")) == "stop"


def test_a_sign_near_an_unclear_negation_answered_no_is_not_counted():
    advisor, conv = at_question("warning_signs")
    turn = advisor.step(conv, Text("身分証を出さないと仕事できないとかは、ないと思います"))
    assert asked(turn) == "confirm"
    assert "念のため確認です：身分証や銀行口座の情報、口座の開設を求められましたか？" in shown(turn)
    after = advisor.step(turn.conversation, Text("いいえ、聞かれてません"))
    # "none" of the other signs was only assumed: named in one more check before the ✅
    assert "もう一点、念のため確認です：お書きいただいた内容から「気になる点：該当なし」と読み取りました" in shown(after)
    assert level(click(advisor, after, "yes")) == "safe"


def test_none_after_a_sign_noted_in_passing_is_checked_both_ways():
    advisor = Advisor()
    turn = advisor.start("ja", "クラウドワークスの案件で、通帳の写真を送ってと言われてます")
    conv = turn.conversation
    for q in ("contract", "job_format", "escrow", "contact_request", "client"):
        turn = advisor.step(conv, Pick(q, (ALL_CLEAR[q],), conv.round))
        conv = turn.conversation
    assert asked(turn) == "warning_signs"
    turn = advisor.step(conv, Text("特になし"))
    assert asked(turn) == "confirm"
    assert level(click(advisor, turn, "yes")) == "stop"
    assert level(click(advisor, turn, "no")) == "safe"


def test_an_unreadable_yes_or_no_leaves_the_reading_unknown_and_asks_the_question_again():
    advisor, conv = at_question("warning_signs")
    turn = advisor.step(conv, Text("たぶん口座のことも聞かれるかも"))
    assert asked(turn) == "confirm"
    for _ in range(2):
        turn = advisor.step(turn.conversation, Text("うーん"))
        assert asked(turn) == "confirm"
    turn = advisor.step(turn.conversation, Text("うーん"))
    assert asked(turn) == "warning_signs", shown(turn)
    assert "はい・いいえが読み取れなかったので" in shown(turn)
    assert "id_or_bank" not in turn.conversation.verdict_answers().get("warning_signs", [])


def test_back_from_a_check_asks_the_last_question_again_and_forgets_the_check():
    advisor, conv = at_question("warning_signs")
    turn = advisor.step(conv, Text("I don't know why they need my passport"))
    turn = advisor.step(turn.conversation, Text("戻る"))
    assert asked(turn) == "warning_signs"
    assert turn.conversation.doubts == []


# ---- corrections and hedges ----

def test_a_later_correction_wins_over_an_earlier_answer():
    advisor = Advisor()
    turn = advisor.start("ja", "クラウドワークスで契約済み、仮払いも済んでます")
    assert turn.conversation.answers["escrow"] == "all"
    conv = turn.conversation
    turn = advisor.step(conv, Text("固定報酬です。あ、すみません、見間違いでした。仮払いはまだでした"))
    assert turn.conversation.answers["escrow"] == "not_yet"


def test_a_later_statement_that_disagrees_without_saying_so_is_checked():
    advisor = Advisor()
    turn = advisor.start("en", "CrowdWorks job, contracted, escrow is done")
    turn = advisor.step(turn.conversation, Text("fixed price. the escrow isn't funded"))
    assert asked(turn) == "confirm"
    assert "Escrow: “Not yet”. Is that right?" in shown(turn)
    assert click(advisor, turn, "yes").conversation.answers["escrow"] == "not_yet"
    turn = click(advisor, turn, "no")
    assert asked(turn) == "escrow"  # neither reading is taken: the question is asked with its options


@pytest.mark.parametrize(("text", "value"), [
    ("たぶん…あ、今見たら済んでました", "all"),
    ("わかんないです…あ、今アプリで見たら全部仮払い済みになってました！", "all"),
    ("i think so? lemme check… yep, says 仮払い済み", "all"),
    ("Not yet — oh hang on, no, it went through this morning. Status says 仮払い済.", "all"),
    ("escrow's done — wait, no, it says pending", "not_yet"),
    ("仮払いしてもらえてる", "all"),
])
def test_a_hedge_or_a_slip_then_what_they_checked(text, value):
    assert parse.read(text, "escrow").values == [value]


@pytest.mark.parametrize(("text", "value"), [
    ("Yes, she filed it and it was approved on Monday", "approved"),
    ("承認されてる！…って思ってたけど今見たらまだ審査中でした", "pending"),
])
def test_the_request_read_by_its_last_step(text, value):
    assert parse.read(text, "contact_request").values == [value]


# ---- every stop rule holds wherever its fact is read ----

STATEMENTS = {  # a plain statement of each warning sign, as a person might type it
    "direct_deal": "手数料がもったいないので直接契約しようと言われました",
    "move_before_contract": "契約前ですが、チャットワークに移ろうと言われました",
    "id_or_bank": "銀行口座と免許証の写真を送ってと言われました",
    "contact_details": "電話番号を教えてと言われました",
    "survey_to_line": "簡単なアンケートの続きはLINEに登録してと言われました",
    "no_work_answers": "仕事内容を質問しても答えてくれず、詳細はチャットワークでと言われます",
    "mlm_or_unpaid": "最初は実績作りなので無報酬でと言われました",
    "upfront_fee": "始める前に教材を購入してくださいと言われました",
    "work_before_escrow": "仮払いの前にテスト作業を始めてほしいと言われました",
    "fake_official": "クラウドワークスの運営を名乗る人からLINEが来ました",
}
SIGN_RULES = [(r.id, s) for r in RULES if r.effect == "stop"
              for s in STATEMENTS if r.when({**ALL_CLEAR, "warning_signs": [s]}) and not r.when(ALL_CLEAR)]


def test_every_stop_rule_on_a_warning_sign_is_covered():
    covered = {rule for rule, _ in SIGN_RULES}
    sign_rules = {r.id for r in RULES if r.effect == "stop" and not r.when(ALL_CLEAR)
                  and any(r.when({**ALL_CLEAR, "warning_signs": [s]}) for s in STATEMENTS)}
    assert covered == sign_rules and covered


@pytest.mark.parametrize(("rule", "sign"), SIGN_RULES)
@pytest.mark.parametrize("where", ["first message", "in passing", "signs question", "confirmation"])
def test_a_stop_rule_stops_wherever_its_fact_is_read(rule, sign, where):
    advisor = Advisor()
    statement = STATEMENTS[sign]
    first = f"クラウドワークスの案件です。{statement}" if where == "first message" else "クラウドワークスの案件です"
    turn = advisor.start("ja", first)
    for _ in range(12):
        question = asked(turn)
        if question is None:
            break
        conv = turn.conversation
        if question == "confirm":
            turn = click(advisor, turn, "yes")
        elif question == "client" and where == "in passing":
            turn = advisor.step(conv, Text(f"本人確認済みです。{statement}"))
        elif question == "warning_signs" and where == "signs question":
            turn = click(advisor, turn, sign)
        elif question == "warning_signs" and where == "confirmation":
            turn = advisor.step(conv, Text(f"{statement}…かもしれません"))
        elif question == "warning_signs":
            turn = advisor.step(conv, Text("それだけです"))
            if asked(turn) == "warning_signs":
                turn = click(advisor, turn, sign)
        else:
            turn = click(advisor, turn, ALL_CLEAR[question])
    assert level(turn) == "stop", (rule, where, shown(turn))


@pytest.mark.parametrize(("answers", "rule"), [
    ({"contact_request": "refused"}, "cw_contact_request_refused"),
    ({"platform": "coconala"}, "coconala_no_outside_contact"),
])
def test_the_stop_rules_on_answers_stop_when_typed(answers, rule):
    texts = {"refused": "サービス外連絡申請は却下されました", "coconala": "ココナラで見つけた仕事です"}
    (question, value), = answers.items()
    advisor = Advisor()
    turn = advisor.start("ja", texts[value] if question == "platform" else "クラウドワークスで契約済み、仮払いも済み")
    for _ in range(12):
        q = asked(turn)
        if q is None:
            break
        if q == question:
            turn = advisor.step(turn.conversation, Text(texts[value]))
        elif q == "warning_signs":
            turn = click(advisor, turn, "none")
        else:
            turn = click(advisor, turn, ALL_CLEAR.get(q, "unsure"))
    assert level(turn) == "stop"
    assert any(rule == r.id for r in RULES if r.when({**ALL_CLEAR, **answers}))


# ---- the conversation's language ----

@pytest.mark.parametrize("text", ["my 仮払い is done", "the status says 仮払い済", "yes, サービス外連絡申請 approved"])
def test_a_japanese_term_in_english_does_not_switch_the_language(text):
    assert languages.choose("en", text) == "en"
    assert languages.choose(None, text, new=True) == "en"


def test_an_english_conversation_stays_english_with_english_lists():
    advisor = Advisor()
    turn = advisor.start("en", "Hi, my CrowdWorks client wants Chatwork. We signed and my 仮払い is done.")
    text = shown(turn)
    assert "Platform: CrowdWorks; " in text and "、" not in text
    conv = turn.conversation
    turn = advisor.step(conv, Text("fixed price"))
    echoed = next(o for o in turn.outputs if isinstance(o, Chosen))
    assert output_text(echoed, conv.lang) == "Job format → Fixed price (one payment)"


def test_a_long_japanese_message_switches_an_english_conversation_and_a_short_one_does_not():
    assert languages.choose("en", "はい") == "en"
    assert languages.choose("en", "クライアントから仮払いはまだだと言われています") == "ja"


def test_english_words_in_a_japanese_answer_do_not_switch_it_but_an_english_answer_does():
    assert languages.choose("ja", "fixedのone paymentです") == "ja"  # a writer who mixes English terms in
    assert languages.choose("ja", "shinseiはclientがしてくれて、approvedになってます") == "ja"
    assert languages.choose("ja", "Sorry, I only speak English. It is a fixed price job.") == "en"


@pytest.mark.parametrize("text", [
    "it says 「【クラウドワークス】仮払いが完了しました　契約「記事作成（3000字×5本）」について、クライアントによる仮払いが完了しました。」",
    "【クラウドワークス】仮払いが完了しました　クライアントによる仮払いが完了しました。",
    "he wrote 『本人確認のため、身分証と口座番号を送ってください』 is that ok?",
])
def test_japanese_pasted_in_quotes_does_not_switch_an_english_conversation(text):
    assert languages.choose("en", text) == "en"
    assert languages.choose("en", "クライアントに「直接契約しませんか」と言われました。どうしたらいいですか") == "ja"
    assert languages.choose("en", "「仮払いは来週します」と言われた") == "ja"  # no English around the quote: the speaker's
    assert languages.choose("en", "【相談】クライアントから口座番号を聞かれました") == "ja"


# ---- bounded reading ----

@pytest.mark.parametrize("text", ["1" * 40_000, "あ" * 40_000, "仮払い済み、" * 6_000, "😀" * 40_000,
                                  "1,2 " * 10_000])
def test_a_message_is_read_up_to_a_bounded_prefix(text):
    for question in (None, "escrow", "warning_signs"):
        assert parse.read(text, question) == parse.read(text[:parse.READ_CHARS], question)


ADVERSARIAL = {  # words of the sign patterns repeated with nothing between: backtracking bait
    "startfund": "startfund" * 222, "askjust": "askjust" * 285, "ask just chatwork": "ask just chatwork " * 110,
    "質問だけ": "質問だけチャットワーク" * 180, "fund milestone": "fundfirst milestone" * 105,
    "仮払い前作業": "仮払い前に作業を始めてと言われ" * 130, "survey line": "survey line " * 180,
}


@pytest.mark.parametrize("name", ADVERSARIAL)
def test_no_message_can_freeze_the_reader(name):
    """A message built from the reader's own words, 2,000 characters: read in well under a second (a pattern
    whose work grows with the square of the input would take seconds or minutes here)."""
    import concurrent.futures

    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        done = pool.submit(lambda: [parse.read(ADVERSARIAL[name], q) for q in (None, "warning_signs", "escrow")])
        done.result(timeout=3)


def test_a_survey_s_line_add_covers_a_line_request_but_not_a_phone_request():
    said = parse.read("簡単なアンケートに答えたらLINE追加してと言われた").signs
    assert "survey_to_line" in said and "contact_details" not in said
    reading = parse.read("簡単なアンケートに答えたらLINE登録してと言われて、電話番号とメールアドレスも聞かれた")
    assert "survey_to_line" in reading.signs
    assert "contact_details" in reading.signs or ("warning_signs", "contact_details") in reading.doubts  # kept


# ---- the check before a ✅: what was read from words, named once ----

def typed_to_signs(lang: str = "ja", **typed: str) -> tuple[Advisor, Turn]:
    """Every question before the signs one answered with a click, except those given in `typed`."""
    advisor = Advisor()
    turn = advisor.start(lang)
    while asked(turn) != "warning_signs":
        question = asked(turn)
        event = Text(typed[question]) if question in typed else Pick(question, (ALL_CLEAR[question],),
                                                                     turn.conversation.round)
        turn = advisor.step(turn.conversation, event)
    return advisor, turn


def test_none_only_assumed_beside_a_sign_is_checked_after_the_sign_is_denied():
    advisor, turn = typed_to_signs()
    turn = advisor.step(turn.conversation, Text("LINEのIDを聞かれたかも。あと、作業用に専用アプリを入れてと言われました"))
    assert asked(turn) == "confirm"
    after = advisor.step(turn.conversation, Text("いいえ"))
    assert level(after) is None and "「気になる点：該当なし」と読み取りました" in shown(after)


@pytest.mark.parametrize("text", ["ないかな", "大丈夫かな", "not really", "nothing so far"])
def test_a_hedged_none_is_checked_a_plain_one_is_not(text):
    advisor, turn = typed_to_signs("en" if text.isascii() else "ja")
    checked = advisor.step(turn.conversation, Text(text))
    assert level(checked) is None and asked(checked) == "confirm", shown(checked)
    plain = advisor.step(turn.conversation, Text("none" if text.isascii() else "なし"))
    assert level(plain) == "safe"


def test_a_fact_confirmed_by_a_check_is_not_named_again_before_the_verdict():
    advisor, turn = Advisor(), None
    conv = advisor.start("ja").conversation
    for question, event in [("platform", Pick("platform", ("crowdworks",), 0)), ("contract", Text("2")),
                            ("job_format", Text("1")), ("escrow", Text("仮払いはまだしてもらってないです")),
                            ("contact_request", Text("仮払いは済んでいました。申請も承認されています"))]:
        assert conv.state == question, conv.state
        turn = advisor.step(conv, event)
        conv = turn.conversation
    assert "仮払いは「仮払い済み」で合っていますか？" in shown(turn)
    turn = click(advisor, turn, "yes")
    turn = advisor.step(turn.conversation, Text("1"))                  # the client, by number
    done = advisor.step(turn.conversation, Text("なし"))
    assert "仮払い：仮払い済み" not in shown(done)                       # confirmed already: not named again
    assert "「サービス外連絡申請：申請して承認された」と読み取りました" in shown(done)


def test_a_no_that_says_what_instead_replaces_only_that():
    advisor, turn = typed_to_signs(escrow="仮払いはもう済んでますよ")
    turn = advisor.step(turn.conversation, Text("口座とか身分証の話は一切出てないです"))
    assert "次のように読み取りました。\n・仮払い：仮払い済み\n・気になる点：該当なし\nすべて合っていますか？" in shown(turn)
    after = advisor.step(turn.conversation, Text("いいえ、LINEのIDを聞かれました"))
    assert after.conversation.answers["escrow"] == "all"          # not questioned: kept
    assert asked(after) == "warning_signs"                         # the signs asked again, the LINE one ticked
    assert after.conversation.noted_signs == ["contact_details"]


def test_a_bare_no_to_several_readings_checks_them_one_by_one():
    advisor, turn = typed_to_signs("en", escrow="the client already paid it into escrow")
    turn = advisor.step(turn.conversation, Text("she hasn't asked for money or my personal details"))
    first = click(advisor, turn, "no")
    assert "One more check: I read your message as “Escrow: Yes, escrowed”." in shown(first)
    second = click(advisor, first, "yes")
    assert "I read your message as “Warning signs: None from the list”." in shown(second)
    again = click(advisor, second, "no")
    assert asked(again) == "warning_signs" and again.conversation.answers["escrow"] == "all"


def test_a_sign_read_from_words_that_leaves_the_verdict_safe_is_named_too():
    advisor, turn = typed_to_signs("en")
    turn = advisor.step(turn.conversation, Text("She asked for my LINE ID and wants me to install AnyDesk"))
    assert level(turn) is None and "Warning signs: Asked for your phone number or LINE ID" in shown(turn), shown(turn)
    assert level(click(advisor, turn, "yes")) == "safe"


def test_a_sign_confirmed_yes_is_named_as_it_is_not_as_none():
    advisor = Advisor()
    turn = advisor.start("ja", "クラウドワークスの案件で、LINEのIDを聞かれました")
    while asked(turn) != "warning_signs":
        question = asked(turn)
        turn = advisor.step(turn.conversation, Pick(question, (ALL_CLEAR[question],), turn.conversation.round))
    turn = advisor.step(turn.conversation, Text("とくに何も言われてないです"))
    assert asked(turn) == "confirm"                                  # the LINE ID said earlier: checked
    after = click(advisor, turn, "yes")
    assert "該当なし" not in shown(after), shown(after)


@pytest.mark.parametrize(("lang", "typed"), [("en", "actually she asked for my bank details"),
                                             ("ja", "LINEのIDを聞かれました")])
def test_a_sign_typed_at_the_check_of_none_is_a_no_to_it(lang, typed):
    advisor, turn = typed_to_signs(lang, escrow="仮払いはもう済んでますよ" if lang == "ja" else "it's in escrow already")
    turn = advisor.step(turn.conversation, Text("なにも言われてないですね" if lang == "ja" else "nothing like that"))
    assert "該当なし" in shown(turn) or "None from the list" in shown(turn)
    after = advisor.step(turn.conversation, Text(typed))
    assert "確認 → はい" not in shown(after) and "None from the list" not in shown(after), shown(after)
    assert asked(after) == "warning_signs" and after.conversation.noted_signs    # asked again, the sign ticked
    assert after.conversation.answers["escrow"] == "all"                      # not questioned: kept


def test_a_no_with_the_fact_instead_replaces_it_without_another_check():
    advisor, turn = typed_to_signs("en", escrow="it's in escrow already")
    turn = advisor.step(turn.conversation, Text("none"))
    assert "Escrow: Yes, escrowed" in shown(turn)
    after = advisor.step(turn.conversation, Text("no, the escrow isn't funded yet"))
    assert "Is that right?" not in shown(after) and after.conversation.answers["escrow"] == "not_yet"
    assert level(after) == "safe_if"


def test_a_sign_typed_as_its_own_option_words_is_not_checked():
    advisor, turn = typed_to_signs()
    assert level(advisor.step(turn.conversation, Text("電話番号やLINEのIDを聞かれた"))) == "safe"


def test_the_check_is_answered_by_its_option_number_too():
    advisor, turn = typed_to_signs(escrow="仮払いはもう済んでますよ")
    turn = advisor.step(turn.conversation, Text("なし"))
    assert asked(turn) == "confirm"
    assert level(advisor.step(turn.conversation, Text("1"))) == "safe"
