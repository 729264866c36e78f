"""Understanding typed text (flows/parse.py): what a user may type, and what the advisor takes it to mean.

Every expectation here is what a Japanese (or English-speaking) freelancer would mean by the words;
a negated answer must never be read as the positive one.
"""

from __future__ import annotations

import pytest

from flows import parse
from flows.conversation import offered
from flows.parse import command, compact, normalise, numbers
from flows.questions import BY_ID

MILESTONE = {"job_format": "fixed_milestone"}


def read(question_id: str, text: str, answers: dict | None = None) -> list[str] | None:
    """What the advisor understands from `text` typed as the answer to a question."""
    question = BY_ID[question_id]
    return parse.read(text, question_id, offered(question, answers or {})).values


def facts_in(text: str) -> dict[str, str]:
    """The facts a free first message (or a /migrate-check text) states."""
    return parse.read(text).facts


def signs_in(text: str) -> list[str]:
    """The warning signs a free first message (or a /migrate-check text) mentions."""
    return parse.read(text).signs


# ---- normalise / compact ----

@pytest.mark.parametrize(("text", "expected"), [
    ("ＹＥＳ", "yes"),
    ("Yes", "yes"),
    ("クラウドワークス", "くらうどわーくす"),
    ("ｸﾗｳﾄﾞﾜｰｸｽ", "くらうどわーくす"),  # half-width katakana
    ("①", "1"),
    ("②と③", "2と3"),
    ("  まだです  ", "まだです"),
    ("１，３", "1,3"),
    ("", ""),
])
def test_normalise(text, expected):
    assert normalise(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("はい、済んでます。", "はい済んでます"),
    ("not yet!", "notyet"),
    ("マイルストーン", "まいるすとーん"),  # the long-vowel mark inside a word is kept
    ("「仮払い済み」です", "仮払い済みです"),
    ("ｓｔａｒｔ　ｏｖｅｒ", "startover"),
    ("・・・", ""),
])
def test_compact(text, expected):
    assert compact(text) == expected


# ---- anytime commands ----

@pytest.mark.parametrize(("text", "expected"), [
    ("戻る", "back"), ("もどる", "back"), ("前に戻る", "back"), ("back", "back"), ("Back", "back"),
    ("ＢＡＣＫ", "back"), ("go back", "back"), ("back!", "back"),
    ("はじめから", "restart"), ("最初から", "restart"), ("やり直し", "restart"), ("Start over", "restart"),
    ("START OVER", "restart"), ("ｓｔａｒｔ　ｏｖｅｒ", "restart"), ("restart", "restart"),
    ("キャンセル", "cancel"), ("ｷｬﾝｾﾙ", "cancel"), ("やめる", "cancel"), ("cancel", "cancel"), ("Quit", "cancel"),
    ("ヘルプ", "help"), ("ﾍﾙﾌﾟ", "help"), ("使い方", "help"), ("help", "help"), ("HELP", "help"), ("？", "help"),
    ("?", "help"),
])
def test_commands(text, expected):
    assert command(text) == expected


@pytest.mark.parametrize("text", [
    "1", "はい", "まだ", "no", "none", "クラウドワークス",
    # a command word inside a longer message is an answer or a remark, not a command
    "戻るボタンはどこ", "はじめから教えて", "I want to go back to CrowdWorks", "help me decide",
    "キャンセルされた案件です",
])
def test_not_commands(text):
    assert command(text) is None


# ---- numbers ----

@pytest.mark.parametrize(("text", "count", "expected"), [
    ("2", 3, [2]), ("２", 3, [2]), ("②", 3, [2]), (" 3 ", 3, [3]), ("3番", 3, [3]),
    ("1,3", 7, [1, 3]), ("1、3", 7, [1, 3]), ("１，３", 7, [1, 3]), ("1と3", 7, [1, 3]), ("1 と 3", 7, [1, 3]),
    ("1 and 3", 7, [1, 3]), ("①、③", 7, [1, 3]), ("3,1,3", 7, [3, 1]),
    ("1です", 3, [1]), ("2番です", 3, [2]), ("２でお願いします", 3, [2]), ("1,3です", 7, [1, 3]),
])
def test_numbers(text, count, expected):
    assert numbers(text, count) == expected


@pytest.mark.parametrize(("text", "count"), [
    ("0", 3), ("4", 3), ("1,9", 7), ("", 3), ("はい", 3), ("1か2", 3), ("2つ目かな", 3),
    ("1ですか？", 3), ("です", 3), ("評価4です", 5),
])
def test_numbers_out_of_range_or_not_numbers(text, count):
    assert numbers(text, count) is None


# ---- understand(): each question, natural variants ----

@pytest.mark.parametrize(("text", "expected"), [
    ("クラウドワークス", "crowdworks"), ("くらうどわーくす", "crowdworks"), ("ｸﾗｳﾄﾞﾜｰｸｽ", "crowdworks"),
    ("クラウドワークスです", "crowdworks"), ("ＣＷ", "crowdworks"), ("cw", "crowdworks"),
    ("CrowdWorks", "crowdworks"), ("クラワク", "crowdworks"), ("1", "crowdworks"), ("１", "crowdworks"),
    ("ランサーズ", "lancers"), ("らんさーず", "lancers"), ("Lancers", "lancers"), ("2", "lancers"),
    ("ココナラ", "coconala"), ("coconala", "coconala"), ("③", "coconala"),
])
def test_understand_platform(text, expected):
    assert read("platform", text) == [expected]


@pytest.mark.parametrize("text", ["メルカリ", "mercari", "4", "1,2", "えーと"])
def test_understand_platform_unclear(text):
    assert read("platform", text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("はい", "contracted"), ("ええ", "contracted"), ("うん", "contracted"), ("済み", "contracted"),
    ("済んでる", "contracted"), ("契約済みです", "contracted"), ("契約しました", "contracted"), ("yes", "contracted"),
    ("signed", "contracted"), ("2", "contracted"),
    ("まだ", "negotiating"), ("まだです", "negotiating"), ("未", "negotiating"), ("いいえ", "negotiating"),
    ("まだ契約前です", "negotiating"), ("応募中", "negotiating"), ("契約はまだ", "negotiating"),
    ("まだしていません", "negotiating"), ("no", "negotiating"), ("not yet", "negotiating"),
    ("no, still negotiating", "negotiating"), ("1", "negotiating"),
])
def test_understand_contract(text, expected):
    assert read("contract", text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("固定報酬", "fixed_single"), ("一括", "fixed_single"), ("fixed price", "fixed_single"),
    ("マイルストーン", "fixed_milestone"), ("固定報酬のマイルストーン", "fixed_milestone"), ("milestones", "fixed_milestone"),
    ("時給", "hourly"), ("時間単価制です", "hourly"), ("hourly", "hourly"),
    ("タスク", "task"), ("task", "task"), ("コンペ", "competition"), ("competition", "competition"),
    ("わからない", "unsure"), ("not sure", "unsure"), ("6", "unsure"),
])
def test_understand_job_format(text, expected):
    assert read("job_format", text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("はい", "all"), ("ええ", "all"), ("うん", "all"), ("済み", "all"), ("済", "all"), ("済んでる", "all"),
    ("はい、済んでます", "all"), ("仮払い済みです", "all"), ("完了してます", "all"), ("yes", "all"), ("Yes!", "all"),
    ("ｙｅｓ", "all"), ("escrowed", "all"), ("１", "all"),
    ("まだ", "not_yet"), ("まだです", "not_yet"), ("未", "not_yet"), ("いいえ", "not_yet"),
    ("いいえ、まだです", "not_yet"), ("まだ仮払いされていません", "not_yet"), ("仮払いされてない", "not_yet"),
    ("no", "not_yet"), ("No", "not_yet"), ("not yet", "not_yet"), ("not escrowed", "not_yet"), ("③", "not_yet"),
    ("わからない", "unsure"), ("わかりません", "unsure"), ("分かりません", "unsure"), ("たぶん", "unsure"),
    ("idk", "unsure"), ("not sure", "unsure"), ("I don't know", "unsure"),
])
def test_understand_escrow(text, expected):
    assert read("escrow", text) == [expected]


def test_current_milestone_option_only_for_milestone_jobs():
    assert read("escrow", "今の分だけ", MILESTONE) == ["current_milestone"]
    assert read("escrow", "最初の分だけ", MILESTONE) == ["current_milestone"]
    assert read("escrow", "only current", MILESTONE) == ["current_milestone"]
    # the option list changes with the format: "2" is the current milestone only for a milestone job
    assert read("escrow", "2", MILESTONE) == ["current_milestone"]
    assert read("escrow", "2", {"job_format": "fixed_single"}) == ["promised"]
    assert read("escrow", "今の分だけ", {"job_format": "fixed_single"}) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("承認", "approved"), ("承認されました", "approved"), ("approved", "approved"), ("1", "approved"),
    ("申請中です", "pending"), ("審査中", "pending"), ("pending", "pending"), ("under review", "pending"),
    ("していない", "not_applied"), ("申請してない", "not_applied"), ("未申請", "not_applied"), ("まだ", "not_applied"),
    ("いいえ", "not_applied"), ("none", "not_applied"), ("not filed", "not_applied"), ("no", "not_applied"),
    ("わからない", "unsure"), ("知らなかった", "unsure"), ("初めて聞いた", "unsure"), ("never heard", "unsure"),
])
def test_understand_contact_request(text, expected):
    assert read("contact_request", text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("本人確認済み", "verified"), ("認定クライアント", "verified"), ("評価4.8で本人確認済み", "verified"),
    ("verified", "verified"),
    ("本人確認なし、評価は4.5", "history_only"), ("not verified, but good reviews", "history_only"),
    ("新規", "new_account"), ("評価なし", "new_account"), ("実績なし", "new_account"), ("new account", "new_account"),
    ("わからない", "unsure"), ("4", "unsure"),
])
def test_understand_client(text, expected):
    assert read("client", text) == [expected]


@pytest.mark.parametrize("text", ["本人確認なし", "not verified", "本人確認されてないです"])
def test_no_identity_check_alone_is_asked_again(text):
    """Changed with issue 8: "no identity check" with nothing said about ratings may be history_only or a new
    account; reading history_only (the safer of the two) would go beyond the user's words, so ask again."""
    assert read("client", text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("なし", ["none"]), ("特にない", ["none"]), ("ないです", ["none"]), ("ありません", ["none"]),
    ("特に何も言われていない", ["none"]), ("none", ["none"]), ("no", ["none"]), ("nothing", ["none"]),
    ("none of these", ["none"]), ("11", ["none"]),
    ("1,3", ["direct_deal", "id_or_bank"]), ("1と3", ["direct_deal", "id_or_bank"]),
    ("１、３", ["direct_deal", "id_or_bank"]), ("②", ["move_before_contract"]),
    ("口座と前払い", ["id_or_bank", "upfront_fee"]), ("直接契約しようと言われた", ["direct_deal"]),
    ("LINEを教えてと言われた", ["contact_details"]),
])
def test_understand_warning_signs(text, expected):
    assert read("warning_signs", text) == expected


@pytest.mark.parametrize("text", [
    "クラウドワークスの担当と名乗る人からLINEが来た",
    "LINEで運営を名乗る人から連絡が来た",
])
def test_understand_warning_signs_impersonation_on_line(text):
    """Being contacted ON LINE by a fake CrowdWorks is the impersonation sign, not "asked for my LINE"."""
    assert read("warning_signs", text) == ["fake_official"]


@pytest.mark.parametrize("text", ["12", "0", "ほげ"])
def test_understand_warning_signs_unclear(text):
    assert read("warning_signs", text) is None


# ---- negation traps: a negated answer must not be read as the positive one ----

@pytest.mark.parametrize(("question_id", "text", "wrong"), [
    ("escrow", "済んでない", "all"),
    ("escrow", "済んでいません", "all"),
    ("escrow", "まだ済んでない", "all"),
    ("escrow", "完了していない", "all"),
    ("escrow", "not paid", "all"),
    ("escrow", "not done", "all"),
    ("escrow", "not funded", "all"),
    ("escrow", "isn't escrowed", "all"),
    ("escrow", "hasn't been escrowed", "all"),
    ("contract", "済んでない", "contracted"),
    ("contract", "契約していません", "contracted"),
    ("contract", "応募しただけ", "contracted"),
    ("contract", "not signed", "contracted"),
    ("contact_request", "承認されていない", "approved"),
    ("contact_request", "承認されてない", "approved"),
    ("contact_request", "not approved", "approved"),
    ("client", "本人確認されていない", "verified"),
    ("client", "実績はあるけど本人確認はなし", "verified"),
])
def test_negation_is_never_the_positive_answer(question_id, text, wrong):
    assert read(question_id, text) != [wrong]


@pytest.mark.parametrize(("question_id", "text", "expected"), [
    ("escrow", "済んでない", "not_yet"),
    ("escrow", "済んでいません", "not_yet"),
    ("escrow", "まだ済んでない", "not_yet"),
    ("escrow", "されていません", "not_yet"),
    ("escrow", "not paid", "not_yet"),
    ("escrow", "hasn't been escrowed", "not_yet"),
    ("contract", "済んでない", "negotiating"),
    ("contract", "契約していません", "negotiating"),
    ("contract", "応募しただけ", "negotiating"),
    ("contact_request", "申請していません", "not_applied"),
])
def test_negated_answers_are_understood(question_id, text, expected):
    assert read(question_id, text) == [expected]


# ---- facts_in / signs_in on free text ----

@pytest.mark.parametrize(("text", "facts"), [
    ("仮払いは済んでいて、クライアントからチャットワークに移行しようと言われた", {"escrow": "all"}),
    ("クラウドワークスで契約前なのにチャットワークに移りたいと言われました",
     {"platform": "crowdworks", "contract": "negotiating"}),
    ("クラウドワークスで受注しました。まだ仮払いされていません",
     {"platform": "crowdworks", "contract": "contracted", "escrow": "not_yet"}),
    ("時給の案件でタイムカードを使っています", {"job_format": "hourly"}),
    ("ランサーズの固定報酬の案件で、仮払い済みです",
     {"platform": "lancers", "job_format": "fixed_single", "escrow": "all"}),
    ("ココナラで購入してくれた人からチャットワークに誘われた", {"platform": "coconala"}),
    ("サービス外連絡申請は承認されました", {"contact_request": "approved"}),
    ("連絡先の申請は審査中です", {"contact_request": "pending"}),
    ("相手は新規アカウントで評価もないです", {"client": "new_account"}),
    ("認定クライアントです", {"client": "verified"}),
    ("The client on CrowdWorks already escrowed the payment and wants to move to Chatwork",
     {"platform": "crowdworks", "escrow": "all"}),
    ("Lancers client hasn't escrowed yet but wants to chat on Chatwork", {"platform": "lancers", "escrow": "not_yet"}),
    ("I applied for a job and the client wants to chat on Chatwork before the contract", {"contract": "negotiating"}),
    ("I got hired for an hourly job on CrowdWorks",
     {"platform": "crowdworks", "contract": "contracted", "job_format": "hourly"}),
    ("マイルストーン払いで、最初の分だけ仮払いされています",
     {"job_format": "fixed_milestone", "escrow": "current_milestone"}),
])
def test_facts_in(text, facts):
    assert facts_in(text) == facts


@pytest.mark.parametrize(("text", "signs"), [
    ("手数料がかからないから直接取引しようと言われました", ["direct_deal"]),
    ("クラウドワークス外で支払うので直接契約しませんか、とのことです", ["direct_deal"]),
    # exchanging LINE IDs is contact details (the corpus's convention, issue 8); a move is the talk itself moving
    ("契約前にLINEを交換しようと言われた", ["contact_details"]),
    ("契約前にLINEで話そうと言われた", ["move_before_contract"]),
    ("銀行口座と免許証の写真を送ってと言われた", ["id_or_bank"]),
    ("まず教材を購入してくださいと言われた", ["upfront_fee"]),
    ("仮払いの前にテスト作業を始めてほしいと言われた", ["work_before_escrow"]),
    ("クラウドワークスの担当と名乗る人からLINEが来た", ["fake_official"]),
    ("口座を教えて、あと登録料が必要と言われた", ["id_or_bank", "upfront_fee"]),
    ("The client wants to pay me directly to skip the fee", ["direct_deal"]),
    ("They asked for my bank account", ["id_or_bank"]),
    ("He asked me to pay for a course first", ["upfront_fee"]),
    ("Someone claiming to be CrowdWorks staff messaged me on LINE", ["fake_official"]),
    ("They want me to start work before escrow", ["work_before_escrow"]),
])
def test_signs_in(text, signs):
    assert signs_in(text) == signs


@pytest.mark.parametrize("text", [
    "こんにちは", "よろしくお願いします", "今日はいい天気ですね", "ありがとうございます", "チャットワークって何ですか",
    "クライアントからチャットワークに移行しようと言われた", "Hello, how are you?", "I'm fine thanks",
    "I like online games", "The line at the store was long", "I bought a new laptop", "Let me check the fee",
    "my contract with my landlord is done",
])
def test_no_false_facts_or_signs_on_unrelated_chatter(text):
    assert facts_in(text) == {}
    assert signs_in(text) == []


@pytest.mark.parametrize("text", [
    # CrowdWorks itself notifying the approval of the contact request is not an impersonation
    "サービス外連絡申請がクラウドワークスから承認されました",
    "クラウドワークスから承認の通知が来ました",
])
def test_official_notice_on_the_platform_is_not_impersonation(text):
    assert "fake_official" not in signs_in(text)


# ---- THE SAFETY RULE (issue 8): a reading is never safer than the words ----

@pytest.mark.parametrize(("question_id", "text", "expected"), [
    # the future, an intention: a promise is not done
    ("escrow", "月曜に仮払いしてもらえるとのことです", "promised"),
    ("escrow", "来週仮払いしてくれるそうです", "promised"),
    ("escrow", "仮払いは今週中にやりますとのこと", "promised"),
    ("escrow", "the escrow is going to be funded next week", "promised"),
    ("escrow", "they'll fund it tonight", "promised"),
    ("contract", "来週契約する予定です", "negotiating"),
    ("contract", "契約したいと言われましたが、まだです", "negotiating"),
    ("contract", "we will sign next week", "negotiating"),
    ("contact_request", "これから申請します", "not_applied"),
    ("contact_request", "we're going to file it next week", "not_applied"),
    # hearsay: the client's claim that it is done is not verified
    ("escrow", "クライアントから仮払いしたと聞きました", "unsure"),
    ("escrow", "仮払いしたって言われた", "unsure"),
    ("escrow", "the client says it's in escrow", "unsure"),
    ("escrow", "yes they said so", "unsure"),
    ("contact_request", "承認されたってクライアントが言ってました", "unsure"),
    ("client", "the client claims to be verified", "unsure"),
    ("client", "本人確認済みだと言ってました", "unsure"),
    # a conditional is not done
    ("escrow", "仮払いしてもらえたら始めます", "promised"),
    ("escrow", "once they fund it I'll start", "promised"),
    ("contract", "契約してもらえるなら移ります", "negotiating"),
    # a hedge
    ("escrow", "たぶん済んでると思います", "unsure"),
    ("escrow", "仮払いはもうされてるはずです", "unsure"),
    ("escrow", "yes, I think", "unsure"),
    ("contact_request", "I think it was approved", "unsure"),
    # refused (a decision was made) is not pending
    ("contact_request", "申請が通りませんでした", "refused"),
    ("contact_request", "申請は却下されました", "refused"),
    ("contact_request", "申請したけどダメでした", "refused"),
    ("contact_request", "承認されませんでした", "refused"),
    ("contact_request", "it was rejected", "refused"),
    ("contact_request", "they turned it down", "refused"),
    ("contact_request", "it didn't go through", "refused"),
    # negated, also in everyday forms
    ("escrow", "仮払いしてもらってないです", "not_yet"),
    ("escrow", "仮払いはないです", "not_yet"),
    ("escrow", "it isn't funded", "not_yet"),
    ("escrow", "haven't been paid into escrow yet", "not_yet"),
    ("contract", "契約してません", "negotiating"),
    ("contract", "まだ採用されてません", "negotiating"),
    ("contract", "haven't signed anything yet", "negotiating"),
    ("contract", "they haven't hired me yet", "negotiating"),
    ("contact_request", "申請はしてないです", "not_applied"),
    ("contact_request", "no, never filed one", "not_applied"),
    ("client", "no reviews, no ID check", "new_account"),
    ("client", "評価はいいけど本人確認はまだみたいです", "history_only"),
    ("client", "no ID check but 200 reviews", "history_only"),
    # colloquial and contracted forms
    ("contact_request", "通りました！", "approved"),
    ("contact_request", "OK出ました", "approved"),
    ("contact_request", "got the OK yesterday", "approved"),
    ("escrow", "仮払い入ってます", "all"),
    ("escrow", "もう入ってるよ", "all"),
    ("escrow", "まだっす", "not_yet"),
    ("escrow", "nah", "not_yet"),
    ("contract", "採用前です", "negotiating"),
    ("contract", "採用されました", "contracted"),
    ("contract", "I got hired", "contracted"),
    ("contract", "nah", "negotiating"),
    ("warning_signs", "ないっす", ["none"]),
])
def test_safety_rule_readings(question_id, text, expected):
    answer = read(question_id, text)
    assert answer == (expected if isinstance(expected, list) else [expected])


@pytest.mark.parametrize(("question_id", "text"), [
    ("contact_request", "承認されてません"),      # pending or refused?
    ("contact_request", "not approved yet"),
    ("contact_request", "申請が通ったら移ります"),  # filed, or only planned?
    ("contact_request", "if it gets approved we'll move to chatwork"),
    ("contact_request", "yes"),                # filed, but which outcome?
    ("escrow", "半分だけ仮払いされてます"),       # part of the reward, not said to be a milestone
    ("escrow", "half of it"),
    ("escrow", "仮払い済みですか？"),             # a question states nothing
    ("escrow", "ok"),                          # an acknowledgement, not "yes"
    ("client", "本人確認なし"),                  # history_only or new_account?
    ("warning_signs", "手数料の話はされました"),    # "fee" alone
    ("warning_signs", "they mentioned the platform fee"),
    ("warning_signs", "yes"),
])
def test_unclear_readings_ask_again(question_id, text):
    assert read(question_id, text) is None


def test_partial_escrow_of_a_milestone_job():
    assert read("escrow", "1つ目のマイルストーンだけ仮払い済みです", MILESTONE) == ["current_milestone"]
    assert read("escrow", "第1マイルストーンは仮払い済み、第2はまだです", MILESTONE) == ["current_milestone"]
    assert read("escrow", "first milestone only", MILESTONE) == ["current_milestone"]
    # not offered for a single-payment job: asked again, never "all"
    assert read("escrow", "1つ目のマイルストーンだけ仮払い済みです") is None


@pytest.mark.parametrize(("text", "signs"), [
    # said in passing, inside an answer to another question
    ("契約済みです。今後は直接お願いできませんかと言われました", ["direct_deal"]),
    ("承認されました。でも手数料を浮かせるために直接契約しようって言われてます", ["direct_deal"]),
    ("仮払い済みです。ただ、口座番号を教えてと言われました", ["id_or_bank"]),
    ("済んでます。でも電話番号を聞かれました", ["contact_details"]),
    ("まだです。契約前だけどLINEで話そうと言われてます", ["move_before_contract"]),
    ("クラウドワークスの案件で、まだ応募中なんですがチャットワークに招待されました", ["move_before_contract"]),
    ("なしです。あ、でもチャットワークでクラウドワークスの担当者ですって人から連絡が来ました", ["fake_official"]),
    # English, at parity
    ("to save the fee, let's contract directly", ["direct_deal"]),
    ("they want to pay me outside the platform", ["direct_deal"]),
    ("a 100 yen survey that continues on LINE", ["survey_to_line"]),
    ("someone on Chatwork claiming to be CrowdWorks support", ["fake_official"]),
    ("crowdworks support messaged me on whatsapp", ["fake_official"]),
    ("they won't answer questions about the job here and want to talk on Chatwork", ["no_work_answers"]),
    ("it's unpaid but good for my portfolio", ["mlm_or_unpaid"]),
    ("I have to buy their starter kit before I can start", ["upfront_fee"]),
    ("they asked for a copy of my passport", ["id_or_bank"]),
    ("they asked me to add them on LINE", ["contact_details"]),
    ("not yet, they want me to do a test task first", ["work_before_escrow"]),
    ("we're about to sign, but they want to continue on LINE first", ["move_before_contract"]),
    # a sign said to be absent does not count; the others do
    ("直接契約はないです。口座は聞かれました", ["id_or_bank"]),
    ("not a direct deal, but they asked for my ID", ["id_or_bank"]),
    # "fee" alone is no sign; saving the fee is a direct deal
    ("手数料", []),
    ("fee?", []),
    ("How much is the CrowdWorks fee for workers?", []),
    ("手数料を節約したいので直接振込でと言われました", ["direct_deal"]),
])
def test_signs_in_passing_and_in_english(text, signs):
    assert signs_in(text) == signs


@pytest.mark.parametrize(("text", "facts"), [
    ("クラウドワークスで契約しました。仮払いは明日してくれるそうです", {"platform": "crowdworks", "contract": "contracted",
                                                   "escrow": "promised"}),
    ("client will escrow after contract, wants chatwork", {"escrow": "promised"}),
    ("仮払いは来週の予定、チャットワークに移りたいと言われた", {"escrow": "promised"}),
    # a claim, a conditional or a question is no fact
    ("クライアントは仮払いしたと言っているのですが、チャットワークに移っても平気ですか", {}),
    ("client claims escrow is done", {}),
    ("クラウドワークスで契約前です。仮払いしてくれたら移行してもいいと思っています",
     {"platform": "crowdworks", "contract": "negotiating"}),
    ("仮払いって契約前にされるものですか？", {}),
    ("hourly job on CrowdWorks, contract signed, this week's escrow is done",
     {"platform": "crowdworks", "job_format": "hourly", "contract": "contracted"}),
    ("サービス外連絡申請 通らなかった", {"contact_request": "refused"}),
    ("our contact request got denied", {"contact_request": "refused"}),
    # the platform an impersonator names is not where the job is
    ("Someone on LINE says they're from CrowdWorks and has a job for me", {}),
])
def test_facts_never_safer_than_the_words(text, facts):
    assert facts_in(text) == facts


def test_one_reading_gives_everything_and_how_sure():
    reading = parse.read("月曜に仮払いしてもらえるとのことです。あと口座番号を聞かれました", "escrow")
    assert reading.values == ["promised"] and reading.signs == ["id_or_bank"]
    reading = parse.read("仮払いしたって言われた", "escrow")
    assert reading.values == ["unsure"] and reading.sure == "less_safe"  # "done", but only the client's word
    reading = parse.read("仮払い済みです", "escrow")
    assert reading.values == ["all"] and reading.sure == "plain"  # the option's own words
    reading = parse.read("仮払いはもう済んでますよ", "escrow")
    assert reading.values == ["all"] and reading.sure == "stated"
    assert parse.read("なし", "warning_signs").sure == "plain"
    assert parse.read("she never asked for money", "warning_signs").sure == "stated"
    assert parse.read("2", "contract").sure == "number"
    assert parse.read("もどる", "contract") == parse.Reading(command="back", sure="command")
    reading = parse.read("契約済みです", "escrow")  # 「済み」 belongs to the contract here, not to the escrow
    assert reading.values is None and reading.facts == {"contract": "contracted"}


@pytest.mark.parametrize(("text", "expected"), [
    ("詳細", "details"), ("詳しく", "details"), ("詳しく見たい", "details"), ("もっと詳しく教えて", "details"),
    ("show details", "details"), ("more details please", "details"),
    ("前の質問に戻りたいです", "back"), ("previous question", "back"), ("最初からやり直したいです", "restart"),
    ("はじめからお願いします", "restart"), ("let me start over", "restart"), ("もういいです、終わります", "cancel"),
    ("キャンセルします", "cancel"), ("quit please", "cancel"), ("never mind, cancel", "cancel"),
    ("ヘルプお願いします", "help"), ("help?", "help"),
])
def test_polite_commands(text, expected):
    assert command(text) == expected


def test_option_words_are_normalised_once_not_per_message(monkeypatch):
    """Reading a message normalises the message (and its clauses), never every option word again."""
    calls = []
    real = parse.normalise
    monkeypatch.setattr(parse, "normalise", lambda text: calls.append(text) or real(text))
    parse.read("はい、済んでます", "escrow")
    assert len(calls) <= 8


@pytest.mark.parametrize(("question_id", "text", "wrong"), [
    ("contact_request", "承認をお願いしました", "approved"),   # asked for it, not given
    ("contact_request", "approval is needed first", "approved"),
    ("escrow", "仮払いをお願いしました", "all"),
    ("escrow", "start working before the payment is escrowed", "all"),
    ("escrow", "契約済みです", "all"),                       # 「済み」 belongs to the contract
])
def test_asking_for_it_or_before_it_is_not_done(question_id, text, wrong):
    assert read(question_id, text) != [wrong]


@pytest.mark.parametrize(("text", "question_id"), [
    ("承認が必要です", "contact_request"),
    ("許可を得る必要があります", "contact_request"),
    ("it needs to be approved", "contact_request"),
    ("I signed up on CrowdWorks last week", "contract"),
    ("I verified the escrow on the contract page", "client"),
    ("仮払いされたらチャットワークに移ります", "escrow"),
])
def test_no_safe_fact_from_free_text_that_does_not_state_it(text, question_id):
    assert question_id not in facts_in(text)


def test_a_kept_reading_is_the_fresh_one_for_every_question_and_survives_changes_to_a_copy():
    """Short messages' readings are kept (parse.read): for each corpus text, asked by each question in turn,
    the reading equals a fresh one, and changing what one caller got changes nothing for the next."""
    from tests.reading_eval import load

    texts = sorted({i.text for i in load("tests/data/reading_corpus.yaml") if len(i.text) <= parse.MEMO_CHARS})
    assert len(texts) > 50
    questions = [None, *BY_ID]
    for question in questions:
        for text in texts:
            first = parse.read(text, question)
            assert first == parse.read_message(text, question)
            if first.values is not None:
                first.values.append("changed")
            first.facts["changed"] = "changed"
            first.signs.append("changed")
            assert parse.read(text, question) == parse.read_message(text, question)
    some = BY_ID["escrow"]
    narrowed = tuple(o for o in some.options if o.value != "all")
    assert parse.read("1", "escrow", narrowed) == parse.read_message("1", "escrow", narrowed)


@pytest.mark.parametrize("text", [
    "「直接契約しませんか？」とは言われていません",
    "「LINE交換しよう」とかは一度も言われてないです",
    "「身分証は不要です」と言われました",
    "身分証の提出は不要とのことでした",
    "Kindly note that the client has not requested any upfront payment, bank details or personal identification "
    "documents.",
    "There was no talk of direct payment, or of my bank details.",
])
def test_a_sign_quoted_then_denied_or_listed_after_a_negation_is_absent(text):
    """Said not to have happened: the signs question reads none, no sign is noted (a ⛔ here would call an
    honest client a fraud)."""
    reading = parse.read_message(text, "warning_signs")
    assert reading.values == ["none"] and reading.signs == [], reading


@pytest.mark.parametrize("text", ["Did he ask for my bank details? No.", "Asked for my ID? Nope."])
def test_a_sign_asked_about_and_answered_no_is_not_noted(text):
    reading = parse.read_message(text, "warning_signs")
    assert reading.signs == [] and reading.values != ["id_or_bank"], reading


@pytest.mark.parametrize(("text", "sign"), [
    ("「直接契約しませんか？」と言われました", "direct_deal"),
    ("Did he ask for my bank details? Yes.", "id_or_bank"),
    ("he never asked for money or my ID, he just wants my phone number", "contact_details"),
    ("no upfront fee, and he asked for my bank account number", "id_or_bank"),
])
def test_a_sign_said_beside_a_denied_one_still_counts(text, sign):
    assert sign in parse.read_message(text, "warning_signs").signs


@pytest.mark.parametrize(("question_id", "text", "value"), [
    ("contract", "契約してへんよ", "negotiating"),        # Kansai: not contracted (it read as contracted)
    ("escrow", "仮払いしてもろてへん", "not_yet"),
    ("warning_signs", "身分証とか口座とかそういうのは聞かれてへんよ", "none"),
    ("warning_signs", "口座教えてって言われへんかった", "none"),
    ("warning_signs", "お金払えとかは全然言われてないっす、普通にいい人っす", "none"),
])
def test_kansai_negations_and_a_kind_word_about_the_client(question_id, text, value):
    assert parse.read_message(text, question_id).values == [value]


def test_a_kansai_past_tense_is_not_a_negation():
    assert parse.read_message("LINE教えてって言われてん", "warning_signs").signs == ["contact_details"]


@pytest.mark.parametrize(("question_id", "text"), [
    ("escrow", "仮払いされていないわけではありません"),
    ("escrow", "まだということはないです"),
    ("contract", "契約していないわけではありません"),
])
def test_a_negated_negation_is_asked_again_not_guessed(question_id, text):
    """Neither done nor not done: the options are shown again."""
    assert parse.read_message(text, question_id).values is None


@pytest.mark.parametrize("text", ["he's meant to have paid it", "yeah right, 'funded', surprise surprise it isn't"])
def test_escrow_said_with_sarcasm_or_as_what_should_be_is_not_done(text):
    assert parse.read_message(text, "escrow").values in (None, ["unsure"])


@pytest.mark.parametrize(("question_id", "text"), [
    ("contact_request", "approved, not this time though"),
    ("contact_request", "前回の案件では承認されました"),
    ("contact_request", "for my last job it was approved"),
    ("escrow", "前の案件では仮払いしてもらいました"),
    ("escrow", "funded for the first one, not for this one"),
])
def test_done_for_another_job_is_not_done_for_this_one(question_id, text):
    assert parse.read_message(text, question_id).values is None


@pytest.mark.parametrize(("question_id", "text", "value"), [
    ("escrow", "借り払いは済んでます", "all"),                       # voice input: the homophones of the terms
    ("contact_request", "サービス外連絡神聖はクライアントさんが出してくれて商人されたって通知来てました", "approved"),
    ("contact_request", "しょうにんされてました", "approved"),
    ("client", "本人確認済みで表かもあります", "verified"),
    # a correction inside one unpunctuated clause: what follows the marker
    ("contact_request", "審査注ですあごめんなさい今メール見たら昨日の夜に承認されませんでしたって来てました", "refused"),
    ("escrow", "済んでないと思う今見たら済んでた", "all"),
    # a look taken after a hedge, with nothing new said: the hedged answer
    ("client", "本人確認済みで評価も４．７とかあったはず…いや今見た４．７だわ", "verified"),
    ("escrow", "済んでると思います、確認しました", "all"),
    ("escrow", "I think it's funded... just checked, yep", "all"),
    # dialects and keigo
    ("client", "評価も実績もようけある人やけど、本人確認のマークはついてへんかったな", "history_only"),
    ("client", "評価や発注の実績はございますが、本人確認の印はついておりません。", "history_only"),
    ("client", "アカウントを作られたばかりのようで、評価や発注実績はまだございません。", "new_account"),
    ("contact_request", "そげな申請はしとらんよ", "not_applied"),
    ("contact_request", "なんすかそれ、知らんっす", "unsure"),
    ("warning_signs", "Wala po, all goods", "none"),
])
def test_voice_input_dialects_and_corrections_inside_a_clause(question_id, text, value):
    assert parse.read_message(text, question_id).values == [value]


@pytest.mark.parametrize("text", ["I think it's funded, let me check", "本人確認済みだったと思う… let me check"])
def test_a_look_only_promised_does_not_confirm_a_hedge(text):
    question = "escrow" if "funded" in text else "client"
    assert parse.read_message(text, question).values == ["unsure"]


@pytest.mark.parametrize("text", [
    "He didn't ask for: bank details, ID, fees",
    "I've heard scammers ask for your bank details, but this client hasn't",
    "口座を聞いてくる詐欺があるって聞きますけど、今回のクライアントさんはそういうのはないです",
])
def test_signs_said_of_others_or_listed_after_a_negation_are_not_this_clients(text):
    assert parse.read_message(text, "warning_signs").signs == []


def test_a_sign_of_this_client_stays_when_another_person_did_not():
    assert parse.read_message("he wants my ID, but she didn't", "warning_signs").signs == ["id_or_bank"]


@pytest.mark.parametrize(("question_id", "text", "value"), [
    ("escrow", "escrow pending from his side", "not_yet"),
    ("escrow", "it shows 'awaiting escrow'", "not_yet"),
    ("contract", "I accepted his offer yesterday", "contracted"),
    ("contract", "offer accepted", "contracted"),
])
def test_status_words_people_copy_from_the_platform(question_id, text, value):
    assert parse.read_message(text, question_id).values == [value]


@pytest.mark.parametrize(("question_id", "text", "wrong"), [
    # "actually" strengthens a negation; it does not correct what came before it
    ("escrow", "The escrow isn't actually funded yet", "all"),
    ("contract", "He hasn't actually signed the contract", "contracted"),
    ("contact_request", "It hasn't actually been approved", "approved"),
    # a look promised or not taken confirms nothing
    ("escrow", "たぶん仮払いされてると思うけど、確認したらまた連絡します", "all"),
    ("escrow", "It should be funded. Haven't double-checked though", "all"),
    ("escrow", "Probably funded. I haven't looked again since Monday", "all"),
    ("contact_request", "承認されたと思う、確認したら連絡する", "approved"),
    # a word that only looks like a misheard term
    ("contact_request", "申請中です、相手は個人商人です", "approved"),
    ("client", "本人確認はされてないです。代表から連絡があります", "verified"),
])
def test_review_cases_are_never_read_safer_than_the_words(question_id, text, wrong):
    assert parse.read_message(text, question_id).values != [wrong]


@pytest.mark.parametrize(("text", "sign"), [
    ("He didn't ask for my portfolio, instead my bank details", "id_or_bank"),
    ("No mention of the budget, my bank details straight away", "id_or_bank"),
    ("He didn't ask for a call, and my bank details he wants by Friday", "id_or_bank"),
    ("nobody mentioned fees, passport copy is what he asked", "id_or_bank"),
    ("He wants to pay me directly via PayPal? Nah.", "direct_deal"),
    ("Can you believe he asked for my passport? No.", "id_or_bank"),
    ("He messaged: 'Can you send me a copy of your passport?' No way!", "id_or_bank"),
    ("口座番号を教えてくれって？ないわ。", "id_or_bank"),
    ("口座番号を聞かれたんですが、クライアントさんは本人確認もないし、よくある手口らしいです", "id_or_bank"),
    ("身分証を送ってと言われたけど、クライアントは評価がないので詐欺かも", "id_or_bank"),
    ("LINE交換してくれへん？って言われた", "contact_details"),
    ("口座番号教えてくれへん？って言われました", "id_or_bank"),
    ("普通にいい人だけど口座聞かれた", "id_or_bank"),
    ("the client is nice けど口座聞かれた", "id_or_bank"),
])
def test_review_cases_a_sign_said_is_never_read_as_absent(text, sign):
    assert sign in parse.read_message(text, "warning_signs").signs


def test_a_deposit_wanted_for_a_company_reason_is_not_none():
    assert parse.read_message("he only wants a deposit from me because his company requires it",
                              "warning_signs").values != ["none"]


@pytest.mark.parametrize(("question_id", "text", "value"), [
    ("contact_request", "存じません", "unsure"),
    ("contact_request", "client make the request and it approve yesterday", "approved"),
    ("escrow", "✅", "all"),
    ("escrow", "❌", "not_yet"),
    ("contract", "👍", "contracted"),
    ("escrow", "i think they put it in a scroll hold on let me look yeah it says the money is in a scroll so yes", "all"),
])
def test_emoji_keigo_learner_english_and_dictation(question_id, text, value):
    assert parse.read_message(text, question_id).values == [value]


@pytest.mark.parametrize("text", [
    "銀行口座とかは聞かれてないです。あ、でも前の別のクライアントには口座番号教えてって言われたことがあって、それは怖くて断りました",
    "My previous client asked for my bank details, this one never did",
    "Oh ya, they totally asked me to buy a $500 course. Kidding lol, nothing like that",
    "教材を買えって言われた。うそうそ、冗談です",
])
def test_a_sign_said_of_another_client_or_taken_back_as_a_joke_is_not_this_clients(text):
    assert parse.read_message(text, "warning_signs").signs == []


@pytest.mark.parametrize(("text", "sign"), [
    ("前のクライアントにも口座番号を聞かれたし、今回も聞かれた", "id_or_bank"),
    ("My previous client also asked for my bank details", "id_or_bank"),
    ("He asked for my passport. I'm not kidding", "id_or_bank"),
    ("仮払いはまだだけど、先に作り始めててって言われてる", "work_before_escrow"),
])
def test_a_sign_of_this_client_is_kept_beside_another_client_or_an_earnest_word(text, sign):
    assert sign in parse.read_message(text, "warning_signs").signs


@pytest.mark.parametrize(("question_id", "text", "value"), [
    ("contact_request", "I thought it was still in review, but just checked: it says 非承認", "refused"),
    ("contact_request", "否認されました", "refused"),
    ("contact_request", "It was refused. Excuse me, I have mixed up the words: it was accepted, the status shows 承認済み.",
     "approved"),
    ("escrow", "I think done... I check now. Yes, it show 仮払い済み.", "all"),
    ("client", "本人確認済み。たぶん", "unsure"),
])
def test_platform_refusals_learner_looks_and_a_hedge_before_a_checked_profile(question_id, text, value):
    assert parse.read_message(text, question_id).values == [value]


@pytest.mark.parametrize(("question_id", "text", "value"), [
    ("client", "No identity check, but 200+ jobs and a 4.9", "history_only"),
    ("client", "評価いっぱい 本確はなし", "history_only"),
    ("client", "評価はついでるけど、本人確認はしてねえみてぇだ", "history_only"),
    ("contact_request", "してへん", "not_applied"),
    ("contact_request", "左様な申請は致して居りません。", "not_applied"),
    ("contact_request", "OK now I understand. We don't do it yet.", "not_applied"),
    ("contact_request", "アプルーブ済みです", "approved"),
    ("lancers_contact_request", "連絡先公開申請もクライアントさんのほうで済ませてくださってます。", "done"),
    ("escrow", "かりばら済", "all"),
    ("contract", "Contract is completed", "contracted"),
    ("platform", "ｸﾗﾜ", "crowdworks"),
])
def test_dialects_formal_kanji_slang_and_learner_english(question_id, text, value):
    assert parse.read_message(text, question_id).values == [value]


@pytest.mark.parametrize("text", [
    "nah none of that. she asked for my portfolio and my rate and that's it, no cap",
    "聞かれたのは納期の希望と、過去の制作物（ポートフォリオ）と、希望単価くらいです。",
    "Nothing of this, no. Very normal guy.",
    "None of those, honestly",
    "直契約だの口座だの、その手の話は一切ない。至って普通のクライアント",
])
def test_the_signs_question_answered_with_what_an_honest_client_asked_is_none(text):
    assert parse.read_message(text, "warning_signs").values == ["none"]


@pytest.mark.parametrize("text", ["he asked for", "He asked for my rate and something else", "LINE聞かれた それ以外なし"])
def test_an_unnamed_ask_beside_normal_ones_is_not_none(text):
    assert parse.read_message(text, "warning_signs").values != ["none"]


@pytest.mark.parametrize("text", [
    "身分証おくってっていわれなかったわけじゃない",
    "身分証を送ってと言われなかったわけではない",
    "It's not that he didn't ask for my bank details",
])
def test_a_sign_under_a_negated_negation_is_checked_never_absent(text):
    reading = parse.read_message(text, "warning_signs")
    assert ("warning_signs", "id_or_bank") in reading.doubts


@pytest.mark.parametrize(("question_id", "text", "wrong"), [
    # review of the new-writer changes: each of these had been read safer than the words
    ("escrow", "仮払いしました と言われました", "all"),
    ("escrow", "仮払いされた と思う", "all"),
    ("contact_request", "承認された と聞きました", "approved"),
    ("escrow", "作業が終わったら払ってもらってる形です", "all"),
    ("escrow", "It's not funded. He said he mixed things up, it's funded now", "all"),
    ("client", "Not sure, he has reviews but they could be fake", "history_only"),
    ("client", "I'm not sure he's who he says. He's verified though.", "verified"),
    ("warning_signs", "A nice guy? Not really.", "none"),
    ("warning_signs", "普通の人？いいえ", "none"),
    ("warning_signs", "honestly", "none"),
    ("warning_signs", "hardly", "none"),
])
def test_review_of_the_new_writers_changes_never_safer(question_id, text, wrong):
    assert parse.read_message(text, question_id).values != [wrong]


@pytest.mark.parametrize(("text", "sign"), [
    ("He asked for my bank details. No kidding.", "id_or_bank"),
    ("He asked for my passport. Joking aside, is that normal?", "id_or_bank"),
    ("身分証を送ってと言われました。嘘だよね？って思いました。", "id_or_bank"),
    ("LINE教えてって言われた。なんてね、ほんとに言われたよ", "contact_details"),
    ("別の案件で使うからLINE教えてって言われた", "contact_details"),
    ("Unlike my previous client, this one asked for my bank details.", "id_or_bank"),
    ("Like my last client, he asked for my bank details.", "id_or_bank"),
    ("My previous client asked for my ID and this one did too.", "id_or_bank"),
    ("前のクライアントは普通だったのに、今回は口座番号を聞かれた", "id_or_bank"),
    ("The other client I had was fine, this one wants my passport scan.", "id_or_bank"),
])
def test_review_of_the_new_writers_changes_a_sign_said_stays(text, sign):
    assert sign in parse.read_message(text, "warning_signs").signs


@pytest.mark.parametrize(("text", "sign"), [
    ("LINE交換しようと言われた ことはないです", "contact_details"),
    ("口座番号を聞かれた ことはありません", "id_or_bank"),
    ("先に作成した見積もりを送りました", "work_before_escrow"),
    ("私が先に作り始めたいと言っただけで、クライアントには何も言われてません", "work_before_escrow"),
])
def test_review_of_the_new_writers_changes_no_sign_from_a_denial_or_ones_own_work(text, sign):
    assert sign not in parse.read_message(text, "warning_signs").signs


@pytest.mark.parametrize(("question_id", "text"), [
    ("escrow", "I do not do anything yet, waiting for escrow"),
    ("contact_request", "He did not make the escrow yet"),
])
def test_a_not_yet_with_no_object_is_not_the_request_not_filed(question_id, text):
    reading = parse.read_message(text, question_id)
    assert reading.facts.get("contact_request") != "not_applied" and reading.values != ["not_applied"]


@pytest.mark.parametrize(("question_id", "text", "value"), [
    ("contact_request", "Filed it, got approved yesterday. No worries there.", "approved"),
    ("client", "Not sure if he's verified... checking... yes, the 本人確認済 badge is there.", "verified"),
    ("contact_request", "「【クラウドワークス】サービス外連絡申請が承認されました」というメールが昨日届いています", "approved"),
    ("escrow", "「【クラウドワークス】仮払いが完了しました」と通知が来ています", "all"),
    ("contact_request", "承認されたと思います。念のため通知メールを貼りますね。「【クラウドワークス】サービス外連絡申請の審査結果について"
     "　お申し込みいただいたサービス外連絡申請について確認いたしましたが、承認いたしかねます。」", "refused"),
    ("contact_request", "承認されたってクライアントが言ってました", "unsure"),
    ("warning_signs", "Nah, nothing like that. She'll be right.", "none"),
    ("warning_signs", "いいえ、何も言われていません。LINEや電話番号を聞かれたこともなく、お金の話もありません", "none"),
])
def test_pasted_notices_set_phrases_and_looks_in_progress(question_id, text, value):
    assert parse.read_message(text, question_id).values == [value]


def test_a_term_asked_about_is_not_an_answer():
    assert parse.read_message("外部連絡の許可って、どこで取るんですか？クライアントさんに頼めばいいんでしょうか？",
                              "contact_request").values != ["approved"]


def test_a_count_of_ones_own_jobs_is_not_the_clients_history():
    facts = parse.read_message("クラウドワークスで２件お仕事してて、そのうちBさんの方からチャットワークに移ろうって言われてます").facts
    assert "client" not in facts
    assert parse.read_message("評価は20件あります").facts["client"] == "history_only"


def test_a_strong_negation_running_on_is_no_sign():
    reading = parse.read_message("口座とか身分証の話も一切出てなくて、普通にお仕事の話だけです", "warning_signs")
    assert "id_or_bank" not in reading.signs
    assert "id_or_bank" in parse.read_message("口座番号を聞かれて、困っています", "warning_signs").signs


@pytest.mark.parametrize(("question_id", "text", "wrong"), [
    # a second review: each had been read safer than the words
    ("escrow", "クライアントからLINEで「【クラウドワークス】仮払いが完了しました」と届いた", "all"),
    ("escrow", "クライアントさんが【クラウドワークス】仮払いしましたって言ってた", "all"),
    ("contact_request", "クライアントから「【クラウドワークス】サービス外連絡申請が承認されました」と言われました", "approved"),
    ("escrow", "クライアントさんは海外に住んでいる方です", "all"),
    ("contact_request", "審査に通ってるか不安です", "approved"),
    ("lancers_contact_request", "済ませてから移りましょう、とのことです", "done"),
    ("lancers_contact_request", "済ませておきます", "done"),
    ("escrow", "仮払いされてないって、どういうこと？仮払い完了の通知は来てるのに", "all"),
    ("contact_request", "承認された 気がする", "approved"),
    ("client", "I've done 3 jobs for him", "history_only"),
    # … and these more alarming
    ("contact_request", "承認できませんって言われたら困るな", "refused"),
    ("contact_request", "非承認になったらどうしよう", "refused"),
    ("warning_signs", "前のクライアントには口座番号を聞かれたけど、今回はないです", "id_or_bank"),
    ("warning_signs", "口座番号を聞かれた 覚えはない", "id_or_bank"),
])
def test_second_review_never_safer_nor_more_alarming(question_id, text, wrong):
    assert wrong not in (parse.read_message(text, question_id).values or [])


@pytest.mark.parametrize(("text", "sign"), [
    ("口座番号も教えざるを得なくて、困っています", "id_or_bank"),
    ("直接契約も断りきれなくて、", "direct_deal"),
    ("口座番号も聞かれなくはなくて、", "id_or_bank"),
    ("別のクライアントから紹介された人に口座番号を聞かれた", "id_or_bank"),
    ("A client referred by my previous client asked for my bank details", "id_or_bank"),
    ("My previous client's friend asked for my bank details", "id_or_bank"),
    ("身分証送ってって言われた。冗談、じゃなくて本気で", "id_or_bank"),
    ("He asked for my ID. jk, he did", "id_or_bank"),
    ("He asked for my ID. Kidding me, right?", "id_or_bank"),
    ("口座を教えてと言われた。冗談だよ、と言ってたけど、また聞かれた", "id_or_bank"),
])
def test_second_review_a_sign_said_stays(text, sign):
    assert sign in parse.read_message(text, "warning_signs").signs


@pytest.mark.parametrize(("text", "sign"), [
    ("先にテスト記事を1本書いてほしいって言われてます。仮払いは本採用になってからだそうです", "work_before_escrow"),
    ("契約前からLINEで話そうって言われて、ID教えてって", "contact_details"),
])
def test_signs_from_the_signs_corpus_dev_halves(text, sign):
    assert sign in parse.read_message(text).signs


@pytest.mark.parametrize("text", ["質問したらグループチャットに招待されただけで回答なし",
                                  "client not answer my question, only say add LINE then explain"])
def test_an_evasion_with_its_own_negation_is_checked_not_denied(text):
    assert ("warning_signs", "no_work_answers") in parse.read_message(text).doubts


def test_a_contract_problem_is_not_a_contract_not_made():
    assert parse.read_message("We are not contract yet.").facts["contract"] == "negotiating"
    assert parse.read_message("we don't have a contract problem").facts.get("contract") != "negotiating"


def test_copywriting_is_no_id_copy_and_a_contract_said_with_wa_is_made():
    assert parse.read_message("the listing said copywriting.", "warning_signs").signs == []
    assert parse.read_message("契約はしたんですが").facts["contract"] == "contracted"
    assert parse.read_message("まだ契約してないです", "contract").values == ["negotiating"]


@pytest.mark.parametrize(("text", "sign"), [
    ("チャットワークに『ランサーズ サポート』って名前の人がいて、『認定ランサーになるための審査料3,000円をお振込みください』って言われました",
     "upfront_fee"),
    ("ちょ、インスタのDMで『CrowdWorks公式です🌟あなたのプロフィールが選ばれました！』ってきたんだけど笑", "fake_official"),
])
def test_fees_by_other_names_and_platform_staff_on_social_media(text, sign):
    assert sign in parse.read_message(text).signs


def test_a_per_option_list_with_arrows():
    reading = parse.read_message("直接契約→なし、契約前に移動→なし、身分証・口座→なし、電話/LINE→LINEだけ聞かれた、前払い→なし",
                                 "warning_signs")
    assert reading.values == ["contact_details"] and "move_before_contract" not in reading.signs


def test_a_sign_a_friend_warned_about_is_checked_not_counted():
    text = "A friend of mine warned me that scammers often ask for bank details or ID, so I wanted to make sure."
    reading = parse.read_message(text)
    assert "id_or_bank" not in reading.signs and ("warning_signs", "id_or_bank") in reading.doubts
    assert "id_or_bank" in parse.read_message("he often asks for my bank details", "warning_signs").signs


def test_a_paid_starter_course_is_an_upfront_fee():
    text = "nah not yet, he said he'll put it in once i've done his ¥5,000 starter course"
    assert "upfront_fee" in parse.read_message(text, "escrow").signs


@pytest.mark.parametrize(("question_id", "text", "value"), [
    ("escrow", "I cannot confirm whether the funds have been placed in escrow.", "unsure"),
    ("escrow", "わかりました。いま みたら かりばらいずみ って でてました", "all"),
])
def test_a_formal_hedge_and_an_all_hiragana_look(question_id, text, value):
    assert parse.read_message(text, question_id).values == [value]


def test_work_before_the_japanese_term_in_english():
    assert "work_before_escrow" in parse.read_message("he wants me to start before 仮払い").signs


def test_a_support_account_in_another_language_is_checked_and_a_denied_list_is_no_sign():
    text = "yesterday somebody from 'CrowdWorks soporte' wrote me on LINE to confirm my account, I guess that is normal?"
    reading = parse.read_message(text)
    assert "fake_official" in reading.signs or ("warning_signs", "fake_official") in reading.doubts


@pytest.mark.parametrize(("text", "sign"), [
    # a third review: each of these had lost its sign (safer than the words)
    ("I must pay a deposit first. Nothing like this in my previous jobs.", "upfront_fee"),
    ("Registration fee of ¥2,000 before starting. None of that on my last gig.", "upfront_fee"),
    ("He asked for my bank details, which I read is common with scammers.", "id_or_bank"),
    ("The client asked for a photo of my ID card and my friend warned me it's a scam.", "id_or_bank"),
    ("クライアントに口座番号を聞かれて、友達に詐欺じゃないかって注意された", "id_or_bank"),
    ("よく分からないんですが身分証の写真を送ってと言われました、詐欺ですか", "id_or_bank"),
    ("詐欺によくある前払いを要求されました", "upfront_fee"),
])
def test_third_review_a_sign_said_stays(text, sign):
    assert sign in parse.read_message(text, "warning_signs").signs


@pytest.mark.parametrize(("text", "sign"), [
    # … and these had been read more alarming than the words
    ("口座教えてって 全然言われてないです", "id_or_bank"),
    ("LINE交換しようって 一度も言われてない", "contact_details"),
    ("先に仮払いしてから書いてください", "work_before_escrow"),
    ("He said we'll make the contract first, before 仮払い.", "work_before_escrow"),
    ("オンライン面談のあとでチャットワークのIDを教えてもらいました", "contact_details"),
    ("LINEではなくチャットワークのIDを教えてと言われた", "contact_details"),
    ("He pays ¥5,000 per training video script", "upfront_fee"),
    ("write a starter course for beginners, budget ¥30,000", "upfront_fee"),
    ("Twitterでクラウドワークス公式サポートに問い合わせました", "fake_official"),
    ("グループのadminがクラウドワークスの担当です", "fake_official"),
])
def test_third_review_no_sign_from_other_words(text, sign):
    assert sign not in parse.read_message(text, "warning_signs").signs


def test_third_review_an_arrow_before_a_condition_is_no_denial_and_wanting_to_contract_is_not_a_contract():
    reading = parse.read_message("本人確認書類: なしだと契約できないと言われた", "warning_signs")
    assert "id_or_bank" in reading.signs or ("warning_signs", "id_or_bank") in reading.doubts
    assert parse.read_message("契約はしたくて応募しました", "contract").values != ["contracted"]
    assert parse.read_message("I don't have a contract template", "contract").values != ["negotiating"]


def test_a_bare_list_denied_in_the_next_sentence_and_a_sample_before_escrow():
    assert parse.read_message("Bank, ID card, money, course... nothing like this he ask me. Never.",
                              "warning_signs").signs == []
    assert "id_or_bank" in parse.read_message("bank details, passport, ID. Nothing like that before.", "warning_signs").signs
    text = "Client say first I make one logo sample for test, before 仮払い, and after he check, then contract and pay."
    assert "work_before_escrow" in parse.read_message(text).signs


@pytest.mark.parametrize(("question_id", "text", "value"), [
    ("contact_request", "承認されなかった…わけじゃなくて、ちゃんと承認されました", "approved"),
    ("warning_signs", "変な話はいっぺんも言われとらんよ。金の話も身分証の話もにゃあわ", "none"),
])
def test_a_negated_refusal_nagoya_negation_and_a_look_beside_hearsay(question_id, text, value):
    assert parse.read_message(text, question_id).values == [value]


def test_a_bare_zenzen_after_a_sign_is_checked():
    reading = parse.read_message("お金や個人情報の話は全然です", "warning_signs")
    assert "id_or_bank" not in reading.signs and ("warning_signs", "id_or_bank") in reading.doubts
    assert "id_or_bank" in parse.read_message("口座番号の話は全然出てきます", "warning_signs").signs


@pytest.mark.parametrize(("text", "sign"), [
    # a fourth review: each of these had lost its sign
    ("口座聞かれたにゃー", "id_or_bank"),
    ("口座番号を聞かれた...じゃあ電話番号はまだ聞かれてない", "id_or_bank"),
    ("身分証の提出を求められました...じゃ仕事にならない", "id_or_bank"),
    ("I was asked for my ID, some clients usually need it for invoices", "id_or_bank"),
])
def test_fourth_review_a_sign_said_stays(text, sign):
    assert sign in parse.read_message(text, "warning_signs").signs


def test_fourth_review_a_look_at_something_else_confirms_no_hedge():
    text = "Probably escrowed. The client posted the same job twice, I saw it too."
    assert parse.read_message(text, "escrow").values != ["all"]


def test_signs_read_about_with_nothing_of_the_sort_since_are_not_this_clients():
    text = ("None of those, as far as I'm aware. I have read that some clients ask for bank details, which is partly why "
            "I'm asking, but nothing of the sort has come up.")
    assert "id_or_bank" not in parse.read_message(text, "warning_signs").signs


# ---- a fifth review (a helper probing the reader with phrasings of its own; each of these was misread) ----

FIFTH_REVIEW_NOT = [  # (question, answer, a value it must not be read as): each had been read safer than it is
    ('contact_request', '承認されたか確認してないです', 'approved'),
    ('contact_request', '承認されたか見てない', 'approved'),
    ('contact_request', '承認されたかは知らない', 'approved'),
    ('contact_request', '承認されたかは不明です', 'approved'),
    ('contact_request', '承認されたか、確認中です', 'approved'),
    ('contact_request', '承認されたかどうか、クライアントに聞いてみます', 'approved'),
    ('contact_request', '承認されたかどうか、どこで確認できる？', 'approved'),
    ('escrow', '仮払いされたか、確認中です', 'all'),
    ('escrow', '仮払いされたかは不明', 'all'),
    ('escrow', '仮払い済みかどうか見てないです', 'all'),
    ('escrow', '仮払いがされているか、どう確認すればいいですか', 'all'),
    ('contract', '契約したかどうか、まだ確定してない', 'contracted'),
    ('contract', '契約済みか、画面で確認してない', 'contracted'),
    ('lancers_contact_request', '済んだか、確認中', 'done'),
    ('contact_request', '承認せず', 'approved'),
    ('contact_request', '未承認', 'approved'),
    ('contact_request', '承認前', 'approved'),
    ('contact_request', '承認（未）', 'approved'),
    ('contact_request', '承認通知まだ', 'approved'),
    ('contact_request', '承認済み→取り消し', 'approved'),
    ('contact_request', '承認されたけど取り消された', 'approved'),
    ('contract', '提案を送りました', 'contracted'),
    ('contract', '見積もりを送りました', 'contracted'),
    ('contract', 'スカウトをもらいました', 'contracted'),
    ('contract', 'クライアントからオファーが届きました', 'contracted'),
    ('contract', 'メッセージでやりとりしてます', 'contracted'),
    ('contract', '条件を相談しています', 'contracted'),
    ('contract', '契約内容を確認しています', 'contracted'),
    ('contract', '契約の打診をされました', 'contracted'),
    ('contract', '仮契約しました', 'contracted'),
    ('contract', '契約っていうか、まだやりとりしてるだけ', 'contracted'),
    ('contract', '採用されそうです', 'contracted'),
    ('contract', '採用決定の連絡待ちです', 'contracted'),
    ('contract', '契約締結前', 'contracted'),
    ('contract', 'signed up but not hired yet', 'contracted'),
    ('contract', 'I signed an NDA', 'contracted'),
    ('contract', 'we signed the NDA but not the contract', 'contracted'),
    ('contract', 'he hired me, or said he will', 'contracted'),
    ('contract', 'we talked about it, done nothing official yet', 'contracted'),
    ('contract', "no, we've only done the chat", 'contracted'),
    ('escrow', '待たされてます', 'all'),
    ('escrow', '後回しにされてます', 'all'),
    ('escrow', '保留にされています', 'all'),
    ('escrow', 'お願いしたけど無視されてる', 'all'),
    ('escrow', 'はぐらかされてます', 'all'),
    ('escrow', '仮払いしたってクライアントから連絡ありました', 'all'),
    ('escrow', '済んだそうです', 'all'),
    ('escrow', '先方いわく済み', 'all'),
    ('escrow', 'クライアント曰く仮払い済み', 'all'),
    ('escrow', '仮払い済みと先方から報告あり', 'all'),
    ('escrow', 'クライアントから「仮払い済みです」', 'all'),
    ('escrow', '「仮払いしておきましたのでよろしくお願いします」とのメッセージ', 'all'),
    ('escrow', "I'm told it's been escrowed", 'all'),
    ('escrow', 'escrowed, or at least thats what the client says', 'all'),
    ('escrow', 'funded (client said so)', 'all'),
    ('escrow', 'The client informed me escrow is done', 'all'),
    ('escrow', "client messaged that it's funded", 'all'),
    ('escrow', 'He messaged "escrow done!"', 'all'),
    ('escrow', 'client: "funded, you can start"', 'all'),
    ('escrow', "The client wrote 'I have escrowed the payment'", 'all'),
    ('escrow', "the client let me know it's been funded", 'all'),
    ('escrow', "Client swears it's funded", 'all'),
    ('contact_request', '先方いわく承認済み', 'approved'),
    ('contact_request', 'client said CW approved it', 'approved'),
    ('contact_request', 'the client assured me CW approved it', 'approved'),
    ('contact_request', "I'm told it was approved", 'approved'),
    ('contact_request', 'approved (according to the client)', 'approved'),
    ('contact_request', 'was approved, so the client told me', 'approved'),
    ('contact_request', "approved — client's words, not mine", 'approved'),
    ('contact_request', 'client messaged me "approved!"', 'approved'),
    ('contact_request', "client let me know it's approved", 'approved'),
    ('escrow', '仮払いされた…はず', 'all'),
    ('escrow', '仮払い済み、のはず…', 'all'),
    ('escrow', '仮払い済…多分', 'all'),
    ('escrow', '仮払い済みだったような', 'all'),
    ('escrow', '仮払いされてると信じてます', 'all'),
    ('escrow', '仮払い済みであってほしい', 'all'),
    ('escrow', '十中八九済んでます', 'all'),
    ('escrow', "I assumed it's funded", 'all'),
    ('escrow', 'funded I reckon', 'all'),
    ('escrow', "funded, I'd imagine", 'all'),
    ('escrow', 'funded, I hope', 'all'),
    ('escrow', 'hopefully funded', 'all'),
    ('escrow', 'surely funded by now', 'all'),
    ('escrow', 'funded, or so I thought - it says pending', 'all'),
    ('contact_request', 'I assumed it was approved', 'approved'),
    ('contact_request', 'I was under the impression it was approved', 'approved'),
    ('contact_request', "I doubt it's approved", 'approved'),
    ('job_format', 'タスクっぽいけど自信ない', 'task'),
    ('escrow', '仮払いされたけど、キャンセルされた', 'all'),
    ('escrow', '仮払いは一度されたけど取り消されました', 'all'),
    ('escrow', 'It was funded, but he cancelled it', 'all'),
    ('escrow', '２回中１回分だけ仮払い済み', 'all'),
    ('escrow', '3万円のうち1万円だけ仮払いされてます', 'all'),
    ('escrow', 'only 50% in escrow so far', 'all'),
    ('escrow', 'part funded', 'all'),
    ('escrow', "what's escrow? the client paid something", 'all'),
    ('platform', 'found it on coconala but the client wants lancers', 'lancers'),
    ('lancers_contact_request', 'クライアントにお願いしました', 'done'),
    ('lancers_contact_request', '申請するよう頼みました', 'done'),
]


@pytest.mark.parametrize(("question_id", "text", "value"), FIFTH_REVIEW_NOT)
def test_fifth_review_never_safer(question_id, text, value):
    """Whether it was done (「承認されたか確認してない」), the client's word, a hedge, a refusal (「承認されず」), a
    passive that is no answer (「待たされてます」), a proposal sent (「提案を送りました」), part of the reward, a step
    undone."""
    assert value not in (parse.read_message(text, question_id).values or [])


@pytest.mark.parametrize(("question_id", "text", "value"), [
    ('contact_request', '承認されず', 'refused'),
    ('contact_request', '承認おりず', 'refused'),
    ('contact_request', '承認もらえず', 'refused'),
    ('contact_request', '承認ならず', 'refused'),
    ('contact_request', '承認に至らず', 'refused'),
    ('contact_request', '申請:済 承認:まだ', 'pending'),
    ('contact_request', 'crowdworks said no', 'refused'),
    ('contract', 'まだです。契約前ですがチャットワークで詳細を話そうと言われました', 'negotiating'),
    ('contact_request', '一度却下されて、再申請して承認されました', 'approved'),
    ('contact_request', 'it was rejected at first but approved on the second try', 'approved'),
])
def test_fifth_review_reads(question_id, text, value):
    assert parse.read_message(text, question_id).values == [value]


@pytest.mark.parametrize(("question_id", "text", "sign"), [
    ('warning_signs', '口座聞かれて教えてない', 'id_or_bank'),
    ('warning_signs', '身分証を求められ、提出していません', 'id_or_bank'),
    ('warning_signs', '身分証を送るよう言われてます、送りたくない', 'id_or_bank'),
    ('warning_signs', '口座番号聞かれてます、すみません', 'id_or_bank'),
    ('warning_signs', '直接契約を提案されてます、しょうがない', 'direct_deal'),
    ('warning_signs', '仮払い前に作業開始してと言われ、まだ始めてない', 'work_before_escrow'),
    ('warning_signs', '直接契約しない？って言われた', 'direct_deal'),
    ('warning_signs', '直接契約しない？と誘われました', 'direct_deal'),
    (None, '直接契約しない？って言われたんですが大丈夫ですか', 'direct_deal'),
    ('warning_signs', '身分証を送ってと言われました（ランサーズ）', 'id_or_bank'),
    ('warning_signs', '直接契約しようと持ちかけられた@ランサーズ', 'direct_deal'),
    ('warning_signs', '教材の購入を求められた案件、ランサーズ', 'upfront_fee'),
    ('warning_signs', 'クラウドワークスのサポートを名乗る人からLINEが来ています、案件はランサーズ', 'fake_official'),
])
def test_fifth_review_a_sign_said_stays(question_id, text, sign):
    """A sign followed by what the person did (「口座聞かれて教えてない」), an invitation (「直接契約しない？って」), or
    ランサーズ (whose ず is no negation): said, or at least checked."""
    reading = parse.read_message(text, question_id)
    assert sign in reading.signs or ("warning_signs", sign) in reading.doubts


@pytest.mark.parametrize(("question_id", "text", "sign"), [
    ('warning_signs', '口座？聞かれてない', 'id_or_bank'),
    ('warning_signs', '身分証？求められてないです', 'id_or_bank'),
    ('warning_signs', '直接契約？ないです', 'direct_deal'),
    ('warning_signs', '直接契約？そんな話ないです', 'direct_deal'),
    ('warning_signs', '口座？ないない', 'id_or_bank'),
    ('warning_signs', 'Bank details? No.', 'id_or_bank'),
    ('warning_signs', 'Bank details? Nope, never.', 'id_or_bank'),
    ('warning_signs', 'bank details? never', 'id_or_bank'),
    ('warning_signs', 'Direct deal? Not at all.', 'direct_deal'),
    ('warning_signs', 'upfront fee? none', 'upfront_fee'),
    ('warning_signs', "a direct deal? no way, he's been by the book", 'direct_deal'),
    ('warning_signs', '直接契約✕ 口座✕ LINE○', 'direct_deal'),
    ('warning_signs', '直接契約✕ 口座✕ LINE○', 'id_or_bank'),
    ('warning_signs', 'direct deal - nope; ID - nope; LINE - yep', 'direct_deal'),
    ('warning_signs', 'direct deal - nope; ID - nope; LINE - yep', 'id_or_bank'),
    (None, '直接契約？ないない', 'direct_deal'),
    (None, 'Bank details? never asked.', 'id_or_bank'),
    ('warning_signs', '口座を聞かれました。あ、いや、別の人でした', 'id_or_bank'),
    ('warning_signs', '口座を聞かれた、というのは嘘で、何も言われてません', 'id_or_bank'),
    ('warning_signs', '「身分証を送って」と言われた…という話を友達から聞いた', 'id_or_bank'),
    ('warning_signs', "my last client asked for my bank details, but this one hasn't", 'id_or_bank'),
    ('warning_signs', 'クライアントさんは「直接契約はNGですよね」と言ってました', 'direct_deal'),
    ('warning_signs', '仮払い前に作業しなくていいと言われました', 'work_before_escrow'),
    ('warning_signs', '先方の身分証を見せてもらいました', 'id_or_bank'),
    ('warning_signs', 'クライアントさんが自分の免許証を見せてくれた', 'id_or_bank'),
    ('warning_signs', '先方が本人確認書類を出してくれました', 'id_or_bank'),
    ('client', '本人確認書類を提出済みのクライアントです', 'id_or_bank'),
    ('client', '身分証で本人確認済みのクライアント', 'id_or_bank'),
    ('client', 'verified with ID documents, 40 reviews', 'id_or_bank'),
    (None, '直接契約って禁止ですよね？', 'direct_deal'),
    (None, '「直接契約は禁止」と読んだので確認したい', 'direct_deal'),
    (None, '身分証の提出を求められるのは本人確認のときだけですよね？', 'id_or_bank'),
    (None, 'He warned me that fake CrowdWorks staff sometimes message on LINE', 'fake_official'),
    (None, "My friend's client asked her for a passport copy; mine hasn't", 'id_or_bank'),
    (None, '前の案件では直接契約を持ちかけられたことがありますが、今回は違います', 'direct_deal'),
    (None, 'クラウドワークスの本人確認で免許証を出しました', 'id_or_bank'),
    (None, 'クラウドワークスの報酬の振込先口座は登録してあります', 'id_or_bank'),
    (None, 'my bank account is registered with CrowdWorks for withdrawals', 'id_or_bank'),
])
def test_fifth_review_no_sign_from_a_denial_or_someone_else(question_id, text, sign):
    """"Bank details? No.", a checklist (「直接契約✕」), a sign taken back, another job's, a rule asked about, the
    client's own ID, one's own account with the platform: never counted (at most checked)."""
    assert sign not in parse.read_message(text, question_id).signs


@pytest.mark.parametrize(("text", "question_id", "value"), [
    ("I'm on CrowdWorks, contracted, escrow funded — well, he says it is", 'escrow', 'all'),
    ('クラウドワークスで、前にコンペで受注したクライアントから新しい案件をもらいました', 'job_format', 'competition'),
    ('クラウドワークスでタスク案件…かと思ったらプロジェクトでした', 'job_format', 'task'),
])
def test_fifth_review_a_first_message_fact(text, question_id, value):
    assert parse.read_message(text).facts.get(question_id) != value


@pytest.mark.parametrize(("question_id", "text", "value"), [
    # from the dev halves of two new writers (h23, h24)
    ("client", "本確× 実績有 評価4.5", "history_only"),
    ("client", "She has a good record of ratings and prior engagements, though I do not see that her identity has "
               "been verified.", "history_only"),
    ("client", "身文証 確認済みマークあり 評価もある", "verified"),
    ("contact_request", "申請したって言ってた気がします", "unsure"),
    ("contact_request", "申請して承任された…いやちがう 今みたらまだ承任まちだった", "pending"),
    ("contact_request", "奥さんが「承認済み」って言ってた……と思ったら、もう一回見てもらったら「審査中」だった。さっきのは見間違いらしい",
     "pending"),
    ("contact_request", "クライアントさんが申請したって言ってた気がします…自信ないので見ますね。あ、「承認されました」って通知来てました",
     "approved"),
    ("escrow", "仮払い…されてると思うんですけど自信ないです。ちょっと見てきます。……済んでました、「仮払い済み」って出てます", "all"),
    ("warning_signs", "No. She has made no request for money, for my banking particulars, or for anything of the sort.",
     "none"),
])
def test_new_writers_dev_halves(question_id, text, value):
    assert parse.read_message(text, question_id).values == [value]


def test_a_loanword_after_ta_does_not_make_a_wish_or_a_condition():
    assert parse.read_message("クラウドワークスで契約したイラストのお仕事なんですけど").facts["contract"] == "contracted"
    assert parse.read_message("契約したライターです").facts["contract"] == "contracted"


def test_the_clients_id_check_is_no_sign_and_anything_of_the_sort_needs_a_negation():
    assert parse.read_message("身分証確認済み 評価あり", "client").signs == []
    assert parse.read_message("身分証を確認させてと言われた", "warning_signs").signs == ["id_or_bank"]
    assert parse.read_message("She asked for anything of the sort?", "warning_signs").values is None



@pytest.mark.parametrize(("question_id", "text", "sign"), [  # a fifth review: each of these signs had been missed
    ('escrow', 'まだです。先に1本テストで書いてから仮払いするって言われてます', 'work_before_escrow'),
    ('escrow', 'まだです。お試しで1本無料で書いてと言われてます', 'mlm_or_unpaid'),
    ('escrow', '仮払いなしでスタートしてほしいと言われてます', 'work_before_escrow'),
    (None, 'まずテストとして1記事書いてほしい、仮払いはその後', 'work_before_escrow'),
    ('warning_signs', '契約後すぐに作業開始、仮払いは来月とのこと', 'work_before_escrow'),
    (None, '直接契約しない？って言われたんですが大丈夫ですか', 'direct_deal'),
    ('warning_signs', 'システム利用料を払いたくないから外で契約したいと言われた', 'direct_deal'),
    ('warning_signs', '手数料引かれるのもったいないですよね、と言われました', 'direct_deal'),
    ('warning_signs', '外部で支払いたいと言われました', 'direct_deal'),
    ('contact_request', '報酬はアマギフで払うと言われました', 'direct_deal'),
    ('warning_signs', 'pay me in Amazon gift cards', 'direct_deal'),
    ('warning_signs', '申請なんかしなくていいから直接やろうと言われた', 'direct_deal'),
    ('warning_signs', "he said we'll deal directly", 'direct_deal'),
    ('warning_signs', 'he wants to skip CrowdWorks entirely', 'direct_deal'),
    ('warning_signs', 'he wants to work together without the platform', 'direct_deal'),
    ('warning_signs', "he said he'd pay me the rest by bank transfer", 'direct_deal'),
    ('warning_signs', 'he wants to cut out crowdworks', 'direct_deal'),
    ('warning_signs', 'he asked me to make a PayPal account', 'id_or_bank'),
    ('warning_signs', 'I said no to a direct contract he proposed', 'direct_deal'),
    ('warning_signs', '振込先を教えてと言われた', 'id_or_bank'),
    ('warning_signs', 'he asked for my IBAN', 'id_or_bank'),
    ('warning_signs', 'he asked for my routing number', 'id_or_bank'),
    ('warning_signs', 'ポートフォリオになるから無料でと言われた', 'mlm_or_unpaid'),
    ('warning_signs', '報酬は出世払いでと言われました', 'mlm_or_unpaid'),
    ('warning_signs', '有料のオンラインサロンに入ってと言われた', 'upfront_fee'),
    ('warning_signs', '説明会に参加するのに参加費がかかると言われた', 'upfront_fee'),
    ('warning_signs', 'クラウドワークスのスタッフだという人からメールが来た', 'fake_official'),
    ('warning_signs', '案件の詳細はLINEで送りますとのことで、こちらでは何も教えてくれない', 'no_work_answers'),
])
def test_fifth_review_signs_missed_before(question_id, text, sign):
    """Work before escrow said with a test piece or "escrow next month"; the fee avoided, payment in gift cards, the
    platform cut out; an IBAN, 振込先; a paid online salon; "portfolio, so free"; a staff member "who says so"."""
    reading = parse.read_message(text, question_id)
    assert sign in reading.signs or ("warning_signs", sign) in reading.doubts


@pytest.mark.parametrize(("text", "sign"), [
    ("チャットワークなど外でやり取りしたいと言われました", "direct_deal"),  # talking elsewhere is the move, not a deal
    ("clicked a quick survey job, ended up having to sign up for some crypto site", "direct_deal"),
    ("he wants to skip CrowdWorks chat and use Chatwork", "direct_deal"),
])
def test_fifth_review_words_of_a_sign_in_other_senses(text, sign):
    assert sign not in parse.read_message(text, "warning_signs").signs



# ---- a review of the fifth review's changes (old and new reader compared on a helper's probes) ----

@pytest.mark.parametrize(("question_id", "text", "sign"), [
    ('warning_signs', 'クラウドワークスに登録してる口座を教えてと言われた', 'id_or_bank'),
    ('warning_signs', 'クラウドワークスの出金口座とは別の口座を教えてと言われました', 'id_or_bank'),
    ('warning_signs', 'クラウドワークスの報酬受け取り口座を教えてと言われた', 'id_or_bank'),
    ('warning_signs', 'he asked for the bank account registered with crowdworks', 'id_or_bank'),
    ('warning_signs', 'my bank account is registered with crowdworks, and he wants it too', 'id_or_bank'),
    ('warning_signs', '身分証は提出済みです', 'id_or_bank'),
    ('warning_signs', 'クライアントに身分証を提出済み', 'id_or_bank'),
    (None, '身分証を送ってくれたら仕事を回すと言われました', 'id_or_bank'),
    (None, '免許証を見せてくれたら契約するって言われました', 'id_or_bank'),
    (None, '直接契約は規約違反なのに提案されました', 'direct_deal'),
    (None, '直接契約はNGですよね？と言ったら、バレなきゃ大丈夫と言われた', 'direct_deal'),
    ('warning_signs', '直接契約はダメって断りました', 'direct_deal'),
    (None, '直接契約は禁止だと思うんですが、クライアントからしつこく誘われてます', 'direct_deal'),
    ('warning_signs', '直接取引は規約違反だと伝えたらキレられました', 'direct_deal'),
    ('warning_signs', '身分証？まだ送ってないです', 'id_or_bank'),
    ('warning_signs', '口座？教えてないです', 'id_or_bank'),
    ('warning_signs', "Passport? Haven't sent it yet.", 'id_or_bank'),
    ('warning_signs', 'Bank details? Never gave them.', 'id_or_bank'),
    ('warning_signs', "Asked me to pay a registration fee? No way I'm paying that.", 'upfront_fee'),
    ('warning_signs', '口座？まだ教えてないけど聞かれてる', 'id_or_bank'),
    ('warning_signs', "Bank details? Nothing yet, but he said he'll need them", 'id_or_bank'),
    ('warning_signs', 'He wants to pay outside the platform no fees', 'direct_deal'),
    ('warning_signs', 'Client wants direct contract no crowdworks fee', 'direct_deal'),
    ('warning_signs', '口座を聞かれるという話をネットで見ましたが、私も聞かれました', 'id_or_bank'),
    ('warning_signs', '口座聞かれました。別の案件の話もされました', 'id_or_bank'),
])
def test_sixth_review_a_sign_said_stays(question_id, text, sign):
    """Someone asking for the account registered with the platform; 「提出済み」 of one's own ID; a condition
    (「送ってくれたら」); a rule named while the client proposes it; a bare question answered with what the person
    did (「身分証？まだ送ってないです」); an English "no fees" with no separator."""
    reading = parse.read_message(text, question_id)
    assert sign in reading.signs or ("warning_signs", sign) in reading.doubts


@pytest.mark.parametrize(("question_id", "text", "sign"), [
    (None, 'クラウドワークスの本人確認で免許証を出しました', 'id_or_bank'),
    ('warning_signs', '口座は聞かれてすらいないです', 'id_or_bank'),
    ('warning_signs', '身分証は求められてさえいません', 'id_or_bank'),
    ('warning_signs', '口座を求められてる感じはないです', 'id_or_bank'),
    ('warning_signs', '口座を聞かれてるわけではないです', 'id_or_bank'),
    ('warning_signs', '身分証を求められてるってことはないです', 'id_or_bank'),
    ('warning_signs', '直接契約を持ちかけられてたりはしないです', 'direct_deal'),
    ('warning_signs', '直接契約を勧められてきたことはない', 'direct_deal'),
])
def test_sixth_review_a_denied_or_own_sign_is_not_counted(question_id, text, sign):
    assert sign not in parse.read_message(text, question_id).signs


@pytest.mark.parametrize(("question_id", "text", "value"), [
    ('escrow', '仮払い済 未作業', 'all'),
    ('escrow', '仮払い済みで作業はせず待機中', 'all'),
    ('escrow', '仮払い済みでキャンセル不可です', 'all'),
    ('contract', '契約済みで作業はせず待機中', 'contracted'),
    ('escrow', 'The escrow is funded so I withdrew my other applications', 'all'),
    ('escrow', "I don't think there's any problem since it's funded", 'all'),
    ('contact_request', '承認されましたとクラウドワークスからメールが来ました', 'approved'),
    ('escrow', '仮払いが完了しましたとクラウドワークスからメールが来ました', 'all'),
    ('escrow', '仮払い済みで安心できそうです', 'all'),
    ('contract', '昨日しました', 'contracted'),
    ('contract', '実はもうしてます', 'contracted'),
    ('escrow', '昨日されてました', 'all'),
    ('escrow', 'もちろんされてます', 'all'),
    ('escrow', '入金されてます', 'all'),
    ('contract', '3日前に契約しました', 'contracted'),
    ('escrow', '3日前に仮払いされました', 'all'),
    ('contact_request', '少し前に承認されました', 'approved'),
    ('platform', '以前からクラウドワークスです', 'crowdworks'),
    ('job_format', 'client wants hourly', 'hourly'),
    ('job_format', 'The client wants milestones', 'fixed_milestone'),
    ('warning_signs', 'すみません、特にないです', 'none'),
    ('warning_signs', '特にないです、すみません', 'none'),
    ('contract', 'done the contract yesterday', 'contracted'),
    ('escrow', 'It was done a week ago', 'all'),
    ('escrow', 'It was paid for already', 'all'),
    ('escrow', '多分されてます', 'unsure'),
    ('job_format', '固定報酬で、マイルストーンがいくつかの段階に分かれてる', 'fixed_milestone'),
])
def test_sixth_review_plain_answers_read_again(question_id, text, value):
    """Words near a done answer that are no negation (未作業, 作業はせず, キャンセル不可, "withdrew my other
    applications"); the platform's own mail; lead-ins before a short done word (昨日, 実は, 3日前に); 以前から."""
    assert parse.read_message(text, question_id).values == [value]


@pytest.mark.parametrize(("question_id", "text", "value"), [
    ('contact_request', 'クライアントにOKもらいました', 'approved'),
    ('contact_request', 'クライアントからOKの返事が来ました', 'approved'),
    ('contract', '今は応募中で、他にも契約中の案件があります', 'contracted'),
    ('contract', '契約中の別案件があって、この案件はまだ応募中', 'contracted'),
    ('contact_request', '許可は下りず', 'approved'),
    ('contract', 'NDA締結済みです、本契約はまだ', 'contracted'),
])
def test_sixth_review_never_safer(question_id, text, value):
    """A client's OK is no approval by CrowdWorks; 契約中 of another job; an NDA is no contract."""
    assert value not in (parse.read_message(text, question_id).values or [])


def test_sixth_review_a_clients_ok_is_no_approval_in_a_first_message():
    text = "クラウドワークスで、クライアントからチャットワークに移る件OKもらいました"
    assert parse.read_message(text).facts.get("contact_request") != "approved"



# ---- a seventh review (first messages, facts in other answers, whole conversations) ----

SEVENTH_REVIEW = [  # (question or None for a first message, text, expectation: !value, =value, +sign, -sign, f!fact=value)
    ('contact_request', '承認の連絡待ちです', '!approved'),
    ('contact_request', '承認の通知待ち', '!approved'),
    ('contact_request', '承認のメール待ちです', '!approved'),
    ('contact_request', '申請は承認の返事待ちです', '!approved'),
    ('contact_request', 'いま承認の連絡を待ってるところです', '!approved'),
    ('contact_request', '承認って出るのを待ってる', '!approved'),
    (None, 'クラウドワークスの案件で、申請は承認されそう', 'f!contact_request=approved'),
    (None, 'Got approved for the job on CrowdWorks, the client wants Chatwork', 'f!contact_request=approved'),
    (None, 'My proposal got approved on CrowdWorks', 'f!contact_request=approved'),
    (None, 'The client approved my application on CrowdWorks', 'f!contact_request=approved'),
    (None, "My application was accepted on CrowdWorks, the contract isn't signed yet", 'f!contact_request=approved'),
    ('contact_request', 'approved! oh wait, that was the job, not the request', '!approved'),
    ('contact_request', '承認されました。あ、いや、それは契約の承認でした', '!approved'),
    ('escrow', '仮払いはお願い済みです', '!all'),
    ('escrow', '仮払いの依頼は済んでます', '!all'),
    ('escrow', '仮払いの催促済みです', '!all'),
    ('contract', '契約をお願い済みです', '!contracted'),
    ('contract', '契約の打診済みです', '!contracted'),
    ('contract', '契約オファー送付済みです', '!contracted'),
    ('contract', '契約の申し込み済みです', '!contracted'),
    ('contract', '契約が決まりそう', '!contracted'),
    ('contract', '採用が決まりそう', '!contracted'),
    ('contract', '契約成立しそう', '!contracted'),
    (None, 'クラウドワークスで、契約を結んだらチャットワークに移ろうと言われました', 'f!contract=contracted'),
    (None, 'クラウドワークスで、契約が済んだらチャットワークで話そうと言われました', 'f!contract=contracted'),
    ('contract', '契約締結に向けて話してます', '!contracted'),
    ('contract', '契約を結ぶことになりました', '!contracted'),
    ('contract', '契約を結ぶ流れになっています', '!contracted'),
    ('contract', '契約してもらえることになりました', '!contracted'),
    ('contract', 'The contract is almost signed', '!contracted'),
    ('contract', 'hired me (well, he sent the offer, I still need to accept it)', '!contracted'),
    ('escrow', '仮払いしてもらいました。あ、違う、するって言われただけでした', '!all'),
    ('escrow', "done! hmm, actually it's only the promise so far", '!all'),
    ('escrow', 'はい。あっ、すみません、クライアントがするって言ってただけでした', '!all'),
    ('contract', "Contract signed. Hmm, actually it's still an offer.", '!contracted'),
    ('contract', "Yes. Wait, he only sent the offer, I haven't accepted", '!contracted'),
    (None, 'He funded escrow on CrowdWorks. Actually no, he just said he would.', 'f!escrow=all'),
    (None, 'クラウドワークスで仮払い済みです。いや、正確には来週入れてくれるって話でした', 'f!escrow=all'),
    (None, 'クラウドワークスで契約済みです。いや、まだ正式には結んでないかも', 'f!contract=contracted'),
    ('contact_request', '申請したけど、なんでか却下されました', '=refused'),
    (None, 'there was a lot of competition for the job on CrowdWorks', 'f!job_format=competition'),
    (None, "I'm making a landing page for the client's photo contest on CrowdWorks", 'f!job_format=competition'),
    (None, 'クラウドワークスで競合（コンペ）サイトの分析記事を書く案件です', 'f!job_format=competition'),
    (None, 'クラウドワークスで社内コンペに出す企画書を作る案件です', 'f!job_format=competition'),
    (None, 'I usually do task work on CrowdWorks, but this is my first real contract', 'f!job_format=task'),
    (None, 'クラウドワークスで本人確認済みのクライアントかどうかはまだ見てないです', 'f!client=verified'),
    ('client', '本人確認済み…だったと思う', '!verified'),
    ('client', '本人確認は未提出です', '!verified'),
    ('client', 'identity verification: not yet', '!verified'),
    ('warning_signs', '仕事の詳細を聞いても「チャットワークで」としか言われません', '+no_work_answers'),
    ('warning_signs', '業務内容について聞いたらチャットワークのURLが送られてきた', '+no_work_answers'),
    ('warning_signs', "I asked what the job involves and he said he'd explain on Chatwork", '+no_work_answers'),
    ('warning_signs', "They won't tell me anything on CrowdWorks.", '+no_work_answers'),
    ('escrow', '仮払いは作業してもらってから入れますね、と言われました', '+work_before_escrow'),
    ('escrow', "He will fund once he's seen my work", '+work_before_escrow'),
    ('escrow', 'まだです。その間にラフ案を何個か作っておいてほしいそうです', '+work_before_escrow'),
    ('escrow', 'まだです。サンプル作って送ってって言われてます', '+work_before_escrow'),
    ('escrow', 'Not yet. He asked me to send a rough draft first so he can decide.', '+work_before_escrow'),
    ('escrow', '仮払い待ちの間に下書きを進めておいてください、と言われました', '+work_before_escrow'),
    ('escrow', 'まだ。でもとりあえず進めといてって言われた', '+work_before_escrow'),
    ('job_format', '時給です。タイムカードは使わず、チャットワークで報告して月末に振り込みと言われてます', '+direct_deal'),
    ('warning_signs', '身分証は出してないけど、求められてはいます', '+id_or_bank'),
    (None, 'He says CrowdWorks takes too long to load on his phone', '-fake_official'),
    (None, 'She says CrowdWorks messages are slow', '-fake_official'),
    (None, 'The client said crowdworks approved the request yesterday', '-fake_official'),
    (None, 'He said Lancers is where he usually hires', '-fake_official'),
    (None, 'My client says crowdworks chat is clunky', '-fake_official'),
    (None, 'クラウドワークスのサポートに問い合わせたら、LINEでの連絡はNGと言われました', '-fake_official'),
    ('escrow', '仮払いは来週です', '-work_before_escrow'),
    ('escrow', '仮払いは後日とのことです', '-work_before_escrow'),
    ('contract', '契約済み、仮払いは来週です', '-work_before_escrow'),
    ('escrow', '仮払いは来月初めになるそうです', '-work_before_escrow'),
    ('escrow', '仮払いは来週って言われてて、作業はそれからです', '-work_before_escrow'),
    ('escrow', '仮払いはあとで入れるって。作業はまだ始めてません', '-work_before_escrow'),
    ('warning_signs', 'none. the test task was paid and escrowed too', '-work_before_escrow'),
    ('escrow', 'yes, he paid upfront into escrow', '-upfront_fee'),
    ('escrow', '前払いしてもらってます', '-upfront_fee'),
    ('escrow', '仮払いは前払いで済んでます', '-upfront_fee'),
    (None, 'クラウドワークスで、Web制作の講座で習ったスキルを活かした案件です', '-upfront_fee'),
    (None, 'クラウドワークスで、スクールの課題で作ったポートフォリオを見て声をかけてもらいました', '-upfront_fee'),
    ('warning_signs', '特にないです。講座で学んだことが活かせそうです', '-upfront_fee'),
    ('warning_signs', 'ないです。作品は実績として公開OKとのことで嬉しいです', '-mlm_or_unpaid'),
    (None, 'クラウドワークスで、納品物は実績として公開してもいいと言われました', '-mlm_or_unpaid'),
    (None, 'クラウドワークスで銀行のシステム開発の案件です', '-id_or_bank'),
    ('warning_signs', '電話番号を聞かれました。銀行系の案件なので本人確認も厳しいのかも', '-id_or_bank'),
    ('warning_signs', 'チャットワークは手数料なしで使えるので便利ですよ、と言われました', '-direct_deal'),
    (None, 'クラウドワークスで電話番号の入力フォームを作る案件です', '-contact_details'),
]


@pytest.mark.parametrize(("question_id", "text", "expected"), SEVENTH_REVIEW)
def test_seventh_review(question_id, text, expected):
    """Waiting for an approval, the job approved (not the request), a request for escrow, a contract 'likely', a
    correction that only takes back, なんでか, a contest the work is about, a sample asked for (checked), a test
    paid and escrowed, the client paying in advance, a subject that names a sign (銀行のシステム), one who says
    something about CrowdWorks without claiming to be it."""
    reading = parse.read_message(text, question_id)
    values, kind, what = reading.values or [], expected[0], expected[1:]
    if kind == "!":
        assert what not in values
    elif kind == "=":
        assert values == [what]
    elif kind == "+":
        assert what in reading.signs or ("warning_signs", what) in reading.doubts
    elif kind == "-":
        assert what not in reading.signs
    else:
        key, value = expected[2:].split("=")
        assert reading.facts.get(key) != value



EIGHTH_REVIEW = [  # a review of the seventh review's changes: (question, text, expectation as in SEVENTH_REVIEW, f: fact)
    ('warning_signs', '仮払いは来週になるけど、作業は今日から始めてほしいと言われました', '+work_before_escrow'),
    ('warning_signs', '仮払いは来週、作業はもう始めてって言われた', '+work_before_escrow'),
    ('warning_signs', '仮払いは後からするので、作業を始めてくださいとのこと', '+work_before_escrow'),
    ('warning_signs', '仮払いはあとでって言われて、もう作業してます', '+work_before_escrow'),
    (None, 'クラウドワークスで契約済み。仮払いは来月だけど、今月から作業を始めてと言われました', '+work_before_escrow'),
    ('warning_signs', 'The test is paid, but he wants it before escrow', '+work_before_escrow'),
    ('warning_signs', '前払いしてくれと言われました', '+upfront_fee'),
    ('warning_signs', '登録のために前払いしていただくことになりますと言われた', '+upfront_fee'),
    ('warning_signs', '前払いで入金してと言われた', '+upfront_fee'),
    ('warning_signs', 'I paid upfront for the course he recommended', '+upfront_fee'),
    ('warning_signs', 'まず指定の講座に通ってくださいと言われた', '+upfront_fee'),
    ('warning_signs', 'スクールに通ってもらう必要があると言われた', '+upfront_fee'),
    ('warning_signs', '実績として使っていいから無料でと言われた', '+mlm_or_unpaid'),
    ('warning_signs', 'Got a LINE message that says CrowdWorks needs to verify my account', '+fake_official'),
    (None, 'Someone on LINE says CrowdWorks wants me to confirm my account', '+fake_official'),
    ('warning_signs', '身分証を送ってと言われた...だったはず', '+id_or_bank'),
    ('warning_signs', '銀行のサイトにログインして確認してと言われた', '+id_or_bank'),
    ('warning_signs', '身分証は送ってないけど、聞かれたこともありません', '-id_or_bank'),
    ('warning_signs', '身分証は提出しておりませんが、求められてもおりません', '-id_or_bank'),
    ('warning_signs', '口座は教えていませんが、求められておりません', '-id_or_bank'),
    ('warning_signs', '口座は教えてないけど、聞かれてすらいない', '-id_or_bank'),
    ('warning_signs', '口座は教えてないけど、聞かれたのはLINEだけ', '-id_or_bank'),
    ('escrow', '仮払い済みで、納品してから検収です', '-work_before_escrow'),
    ('escrow', '仮払いは済んでいて、納品の後に検収', '-work_before_escrow'),
    ('escrow', "Yes, it's in escrow; funds are released when he likes the result", '-work_before_escrow'),
    ('escrow', 'Funded in escrow, released once the client has reviewed', '-work_before_escrow'),
    ('warning_signs', '契約後にテスト記事を書いて提出してと言われました', '-work_before_escrow'),
    ('warning_signs', 'テストライティングを書いてほしい、仮払いありとのこと', '-work_before_escrow'),
    (None, '契約後はチャットワークでの請求はなく、全部クラウドワークスで支払い', '-direct_deal'),
    (None, 'チャットワークで契約内容を相談しています', '-direct_deal'),
    (None, 'タイムカードは使わず、固定報酬に切り替えると言われました', '-direct_deal'),
    ('warning_signs', '仕事内容を質問したらすぐ答えてくれて、チャットワークの招待も来た', '-no_work_answers'),
    ('warning_signs', 'I asked what tools they use; he said they discuss everything on Chatwork after the request is approved', '-no_work_answers'),
    ('contract', '契約して仮払い待ちです', '=contracted'),
    ('contract', '契約済みで作業開始待ちです', '=contracted'),
    ('escrow', '仮払い済んで納品待ち', '=all'),
    ('contract', 'Signed almost a week ago', '=contracted'),
    ('escrow', 'Funded almost a week ago', '=all'),
    ('escrow', "Yes, it's escrowed, not just a promise", '=all'),
    ('contract', 'He sent me an offer, I accepted, contract started', '!negotiating'),
    ('contract', '申し込みが採用されました', '=contracted'),
    ('escrow', '仮払いされて作業に入ることになりました', '=all'),
    ('contact_request', 'approved, nae bother', '=approved'),
    ('escrow', "nae bother, it's funded", '=all'),
    (None, 'CrowdWorksで契約済みです。実はこういうの初めてで、よくわからないです', 'f:contract=contracted'),
    (None, 'ココナラの案件です。実はLINEに誘われてて、まだ返事してない', 'f:platform=coconala'),
    (None, "Got hired on Lancers, escrow funded. Actually I've never used Chatwork, is it ok?", 'f:platform=lancers'),
    ('escrow', 'Funded. Actually the full amount, not just one milestone.', '=all'),
    ('job_format', '固定報酬です。確認したら、マイルストーンじゃないです', '=fixed_single'),
    ('contact_request', '承認されて今は仮払い待ちです', '=approved'),
    ('contact_request', '承認済みで仮払いを待っています', '=approved'),
    ('contract', 'はい、5/10に契約', '=contracted'),
    (None, 'I entered a logo competition on CrowdWorks', 'f:job_format=competition'),
]


@pytest.mark.parametrize(("question_id", "text", "expected"), EIGHTH_REVIEW)
def test_eighth_review(question_id, text, expected):
    """A late escrow with work now is a sign; a course one must attend, 'paid upfront for the course'; a LINE message
    saying CrowdWorks…; 「…だったはず」 (はず is no negation); denials after what the person did not do; release after
    delivery is no work before escrow; a test after the contract or said paid; waiting for something else, 'almost a
    week ago', 'nae bother'; a correction that takes back only the step it names."""
    if expected.startswith("f:"):
        key, value = expected[2:].split("=")
        assert parse.read_message(text, question_id).facts.get(key) == value
    else:
        test_seventh_review(question_id, text, expected)



@pytest.mark.parametrize(("question_id", "text", "expected"), [
    # a ninth review, hunting only for readings safer than the words: each was read as done, approved or absent
    ('escrow', 'escrow isnt done', '!all'),
    ('escrow', 'he hasnt funded it', '!all'),
    ('escrow', "has'nt funded yet", '!all'),
    ('escrow', 'hasn`t funded', '!all'),
    ('contact_request', 'wasnt approved', '!approved'),
    ('contact_request', 'hasnt been approved', '!approved'),
    ('contract', 'havent signed yet', '!contracted'),
    ('lancers_contact_request', 'hasnt been done', '!done'),
    ('client', 'isnt verified', '!verified'),
    (None, 'crowdworks, the client hasnt funded and the request wasnt approved', 'f!escrow=all'),
    (None, 'I havent signed the contract but he wants chatwork', 'f!contract=contracted'),
    ('escrow', 'funded - no', '!all'),
    ('escrow', 'funded nope', '!all'),
    ('escrow', 'in escrow - not yet', '!all'),
    ('escrow', 'nothing escrowed', '!all'),
    ('contact_request', 'approved - no', '!approved'),
    ('contact_request', '承認 → まだ', '!approved'),
    ('contract', 'signed - not yet', '!contracted'),
    ('client', 'verified - no', '!verified'),
    ('contact_request', 'クライアントが承認してくれました', '!approved'),
    ('contact_request', 'クライアントから承認もらった', '!approved'),
    ('contact_request', 'the client approved it', '!approved'),
    ('contact_request', 'he approved', '!approved'),
    ('contact_request', 'got the ok from the client', '!approved'),
    ('contact_request', 'client side approved, CW side pending', '!approved'),
    ('contact_request', '提案が承認された', '!approved'),
    ('contact_request', '納品が承認された', '!approved'),
    ('contact_request', 'my delivery was approved', '!approved'),
    ('contact_request', 'my ID was approved, not the request', '!approved'),
    ('contact_request', 'クライアントさんが申請して、承認されました', '=approved'),
    ('escrow', '仮払いされてなか', '!all'),
    ('escrow', '仮払いされてまへん', '!all'),
    ('contact_request', '承認されんかった', '!approved'),
    ('contact_request', '承認されねがった', '!approved'),
    ('escrow', '仮払いされるのを待ちます', '!all'),
    ('escrow', 'funded by tmrw', '!all'),
    ('contract', '契約したら移ります', '!contracted'),
    ('escrow', 'yes pending', '!all'),
    ('contract', 'yes i was offered the job', '!contracted'),
    ('contract', 'NDAだけ結んだ', '!contracted'),
    ('escrow', '済み🤔', '!all'),
    ('escrow', 'もう済んでるって先方が', '!all'),
    ('escrow', 'done per the client', '!all'),
    ('escrow', 'paid 30%', '!all'),
    ('escrow', 'yeah he put like 50% in', '!all'),
    ('lancers_contact_request', '申請したけど却下された', '!done'),
    ('warning_signs', '報酬はPayPalで払うって言われた', '+direct_deal'),
    ('warning_signs', '個人間取引を提案されました', '+direct_deal'),
    ('warning_signs', 'he wants to pay me via GCash instead of crowdworks', '+direct_deal'),
    ('warning_signs', 'he asked for my PAN card and cancelled cheque', '+id_or_bank'),
    ('warning_signs', 'he needs my BVN so he can pay me', '+id_or_bank'),
    ('warning_signs', '研修動画を見るのに5000円かかると言われた', '+upfront_fee'),
    ('warning_signs', '友達紹介すれば紹介料が入るって言われた', '+mlm_or_unpaid'),
    ('warning_signs', '仕事内容聞いてもチャワのURLしか送ってこない', '+no_work_answers'),
    ('escrow', 'まだです。先に書き始めててって言われてます', '+work_before_escrow'),
    ('escrow', '固定報酬。納品後に仮払いするって', '+work_before_escrow'),
    (None, 'チャットワークで契約した', '+direct_deal'),
    ('escrow', '仮払い済みで作業はせず待機中', '=all'),
    ('client', 'the client claims to be verified', '=unsure'),
    ('job_format', '固定報酬で一回払いみたいな感じです', '=fixed_single'),
])
def test_ninth_review_never_safer(question_id, text, expected):
    """Contractions typed without an apostrophe ("he hasnt funded it"); a "no" after the word ("funded - no");
    approval by the client, or of something else, is no approved request; Kyushu, Kansai and Tohoku negatives;
    waiting, pending, "by tmrw"; an offer or an NDA is no contract; hedges (済み🤔); the client's word ("done per the
    client"); part of the reward; signs in new words (PayPal, 個人間取引, GCash, PAN card, BVN, 紹介料…)."""
    test_seventh_review(question_id, text, expected)


@pytest.mark.parametrize(("question_id", "text", "expected"), [
    # a new writer's dev half (h27), a tenth review (a helper's 1,466 probes hunting readings safer or more
    # alarming than the words), then four more (861, 1,017, 620 and 1,003 probes of the changes, the reader before
    # against after): each was misread
    ('client', '本人確認済みで、実績もぎょうさんある会社さんです', '=verified'),
    ('client', '評価もたくさんある会社さんです', '=history_only'),
    ('escrow', '仮払いされんかった', '!all'),
    ('escrow', 'I think so comma let me look real quick okay yeah it says escrowed', '=all'),
    (None, 'クラウドワークスの案件でクライアントさんがチャットワークに移りたいとのことでサービス外連絡申請をしたんですが', 'f!contact_request=pending'),
    ('contact_request', '申請しました', '=pending'),
    ('contact_request', '申請して承認された', '=approved'),
    ('warning_signs', 'None of these, he is very respectful person', '=none'),
    ('escrow', '仮払いはお済ませいただいております', '=all'),
    ('escrow', 'まだ済ませてないです', '!all'),
    ('client', '評価は20件あります', '=history_only'),
    ('contact_request', '通ってます（申請はわたしから出して、2日くらいで承認でした）', '=approved'),
    ('warning_signs', '本名を教えてくれました', '-id_or_bank'),
    ('warning_signs', '住所や電話番号は聞かれてないです', '-id_or_bank'),
    ('warning_signs', '会社の住所もちゃんと載っていて安心です', '-id_or_bank'),
    ('warning_signs', '特になし。パスワードとかも聞かれてません', '-id_or_bank'),
    ('warning_signs', 'they never asked for my home address', '-id_or_bank'),
    ('warning_signs', 'CWを通さずにやり取りしたいとは言われてない', '-direct_deal'),
    ('warning_signs', '継続案件もクラウドワークスでお願いしたいと言われました', '-direct_deal'),
    ('warning_signs', '身元確認済みのクライアントです', '-id_or_bank'),
    (None, '実質契約済みで、チャットワークに移りたいと言われました', '-move_before_contract'),
    ('warning_signs', "he asked for my ID but he didn't pay", '+id_or_bank'),
    ('warning_signs', '仮払い前に作業内容の確認をしました', '-work_before_escrow'),
    ('warning_signs', '仮払い前に作業を始めてと言われた', '+work_before_escrow'),
    ('warning_signs', '先に作業してと言われた', '+work_before_escrow'),
    ('warning_signs', '口座を聞かれた友達がいるけど私は聞かれてない', '-id_or_bank'),
    ('warning_signs', '口座を聞かれました', '+id_or_bank'),
    ('warning_signs', '私が電話番号を聞かれた', '+contact_details'),
    ('warning_signs', 'マルチ商法の勧誘を受けました', '+mlm_or_unpaid'),
    ('warning_signs', 'LINE交換とかは無かった', '-contact_details'),
    ('client', '本人確認済みのスズキさんです', '=verified'),
    ('escrow', 'no problem 仮払いは済んでます', '=all'),
    ('escrow', "was told via email it's funded", '!all'),
    ('escrow', 'no, not funded', '!all'),
    ('escrow', 'probably, funded', '!all'),
    ('escrow', 'maybe, funded', '!all'),
    ('escrow', 'maybe comma funded', '!all'),
    ('escrow', 'たぶん…あ、今見たら済んでました', '=all'),
    ('escrow', 'not sure... checked now, yes all milestones are 仮払い済', '=all'),
    ('escrow', 'probably, funded. the client says so', '!all'),
    ('escrow', "maybe, funded, we'll see", '!all'),
    ('escrow', 'probably, funded, need to check', '!all'),
    ('escrow', "it says funded on the client's screenshot", '!all'),
    ('escrow', "he sent a screenshot showing it's funded", '!all'),
    ('escrow', 'クライアントから仮払い済みのスクショが送られてきた', '!all'),
    ('escrow', 'per client, funded', '!all'),
    ('escrow', 'funded, as of yesterday he said', '!all'),
    ('escrow', 'たしか仮払い済み', '!all'),
    ('escrow', 'probs funded', '!all'),
    ('escrow', '仮払いはされておらず', '!all'),
    ('escrow', '仮払いされてましぇん', '!all'),
    ('escrow', '仮払いはされちょらん', '!all'),
    ('escrow', 'nothing is in escrow', '!all'),
    ('escrow', '0 funded', '!all'),
    ('escrow', '$0 in escrow', '!all'),
    ('escrow', '¥0 escrowed', '!all'),
    ('escrow', 'funded 0 of 3 milestones', '!all'),
    ('escrow', '済んでるとは言い難い', '!all'),
    ('escrow', 'far from funded', '!all'),
    ('escrow', 'hardly funded', '!all'),
    ('escrow', 'funded is a strong word', '!all'),
    ('escrow', '仮払いは確認中となってます', '!all'),
    (None, '契約済み。仮払いは入金確認待ち', 'f!escrow=all'),
    ('escrow', '銀行振込で仮払いしたので反映待ちだそうです', '!all'),
    (None, 'only the first payment is in escrow', 'f!escrow=all'),
    (None, '仮払い済みだけど金額が足りない', 'f!escrow=all'),
    (None, 'Escrow funded for a smaller amount than agreed', 'f!escrow=all'),
    ('escrow', '最初の5万円分だけ入ってる', '!all'),
    ('escrow', 'ほぼ済んでる', '!all'),
    ('escrow', 'ほとんど済んでる', '!all'),
    ('escrow', 'だいたい済んでる', '!all'),
    ('escrow', '8割くらい仮払いされた', '!all'),
    ('escrow', 'only a small deposit was escrowed', '!all'),
    ('escrow', 'escrowed a token amount', '!all'),
    ('escrow', 'he escrowed just 500 yen for now', '!all'),
    ('escrow', "done - oh sorry, that's the other job", '!all'),
    ('contract', "I'm hired in principle", '!contracted'),
    ('contract', '契約…したっけ', '!contracted'),
    ('contract', 'はい、でも別の案件です', '!contracted'),
    ('contract', '契約しました、前の案件で', '!contracted'),
    ('contract', 'signed, well, not really', '!contracted'),
    ('contract', 'semi-hired', '!contracted'),
    ('contract', 'virtually hired', '!contracted'),
    ('contract', 'practically signed', '!contracted'),
    ('contract', 'basically hired', '!contracted'),
    ('contract', 'ほぼ契約済み', '!contracted'),
    ('contract', '実質契約済み', '!contracted'),
    ('contract', '契約したも同然', '!contracted'),
    ('contact_request', 'クライアントは承認してくれた', '!approved'),
    ('contact_request', 'クライアントは承認してくれました', '!approved'),
    ('contact_request', 'クライアントさんは承認してくれた', '!approved'),
    ('contact_request', '相手は承認してくれた', '!approved'),
    ('contact_request', '先方は許可してくれた', '!approved'),
    ('contact_request', 'クライアントは許可してくれました', '!approved'),
    ('contact_request', '依頼者が承認した', '!approved'),
    ('contact_request', 'クライアント側で承認済み', '!approved'),
    ('contact_request', 'the employer approved it', '!approved'),
    ('contact_request', 'it was approved by him', '!approved'),
    ('contact_request', 'the requester approved', '!approved'),
    ('contact_request', 'got the go-ahead from him', '!approved'),
    ('contact_request', 'the client gave the green light', '!approved'),
    (None, 'クラウドワークスで契約済みです。クライアントは外部連絡を承認してくれました', 'f!contact_request=approved'),
    ('contact_request', '私が承認しました', '!approved'),
    ('contact_request', '私の方で承認しました', '!approved'),
    ('contact_request', 'クライアントの申請を私が承認した', '!approved'),
    ('contact_request', 'approved - by me', '!approved'),
    (None, 'クラウドワークスで、先方がサービス外連絡申請を出して、私が承認しました', 'f!contact_request=approved'),
    ('contact_request', 'to be approved', '!approved'),
    (None, 'Crowdworks, contract signed, escrow funded, contact request to be approved', 'f!contact_request=approved'),
    ('contact_request', '承認されてなさそう', '!approved'),
    ('contact_request', '許可は得られず', '!approved'),
    ('contact_request', '許可は不要だった', '!approved'),
    ('contact_request', 'approved lol jk', '!approved'),
    ('contact_request', "was told it's approved", '!approved'),
    ('contact_request', '審査落ちました', '=refused'),
    ('lancers_contact_request', 'made but denied', '!done'),
    ('lancers_contact_request', 'nobody filed it', '!done'),
    ('warning_signs', '住所と生年月日と顔写真を送ってと言われた', '+id_or_bank'),
    ('warning_signs', 'they want my bank login', '+id_or_bank'),
    ('warning_signs', 'asked for my paypal password', '+id_or_bank'),
    ('warning_signs', '支払い用にPayPalのアカウントを作ってと言われた', '+id_or_bank'),
    ('warning_signs', '顔写真付きの証明書を送ってと言われた', '+id_or_bank'),
    ('warning_signs', '学生証の写真を送ってと', '+id_or_bank'),
    ('warning_signs', '身元確認として書類をアップロードするように言われた', '+id_or_bank'),
    ('warning_signs', '身元を証明できるものを送れと', '+id_or_bank'),
    ('warning_signs', '住所と本名を教えてと言われた', '+id_or_bank'),
    ('warning_signs', '本名と住所を聞かれた', '+id_or_bank'),
    ('warning_signs', '生年月日と住所を送れって', '+id_or_bank'),
    ('warning_signs', 'they asked for my full name and home address', '+id_or_bank'),
    ('warning_signs', 'they want my SSN', '+id_or_bank'),
    ('warning_signs', 'he wants me to verify my identity on his website', '+id_or_bank'),
    ('warning_signs', 'he asked me for a verification code sent to my phone', '+id_or_bank'),
    ('warning_signs', 'he asked me for a verification code sent to my phone', 'f!client=verified'),
    ('warning_signs', 'SMSで届いた認証コードを教えてと言われた', '+id_or_bank'),
    ('warning_signs', '認証コードを送ってほしいと言われた', '+id_or_bank'),
    ('warning_signs', 'クラウドワークスのパスワードを聞かれた', '+id_or_bank'),
    ('warning_signs', 'they asked for my crowdworks password', '+id_or_bank'),
    ('warning_signs', 'asked for my login details', '+id_or_bank'),
    ('warning_signs', 'he gave his LINE and asked me to add him', '+contact_details'),
    ('warning_signs', 'asked for my whatsapp', '+contact_details'),
    ('warning_signs', 'asked for my mobile', '+contact_details'),
    ('warning_signs', '電話したいので番号をと言われた', '+contact_details'),
    ('warning_signs', 'カカオトークのIDを聞かれた', '+contact_details'),
    ('warning_signs', '次からはサイトを通さずにと言われた', '+direct_deal'),
    ('warning_signs', '次回から直でお願いしたいと言われた', '+direct_deal'),
    ('warning_signs', 'クラウドワークスを退会して直接と言われた', '+direct_deal'),
    ('warning_signs', '継続案件は個別にと言われた', '+direct_deal'),
    ('warning_signs', '報酬は現金書留で送ると', '+direct_deal'),
    ('warning_signs', 'お金はLINE Payで払うって', '+direct_deal'),
    ('warning_signs', "he'll send payment via Revolut", '+direct_deal'),
    ('warning_signs', "send me an invoice and I'll pay you", '+direct_deal'),
    ('warning_signs', 'サポートプランに入る必要がある', '+upfront_fee'),
    ('warning_signs', 'need to pay a security deposit', '+upfront_fee'),
    ('warning_signs', '有料のツールに登録しないといけない', '+upfront_fee'),
    ('warning_signs', '有料のツールに登録しないといけない', '!none'),
    ('warning_signs', '月額3000円のツールを契約してと', '+upfront_fee'),
    ('warning_signs', '審査に通るには手数料がいると', '+upfront_fee'),
    ('warning_signs', '仕事をもらうにはまず研修を受けてと（有料）', '+upfront_fee'),
    ('warning_signs', "there's an onboarding fee of $50", '+upfront_fee'),
    ('warning_signs', 'asked me to send 3000 yen to unlock the job', '+upfront_fee'),
    ('warning_signs', 'start working, escrow after', '+work_before_escrow'),
    ('warning_signs', 'he asked for a free sample before hiring', '+work_before_escrow'),
    ('warning_signs', 'トライアルで1本書いてほしいと、契約前に', '+work_before_escrow'),
    ('warning_signs', 'ボランティアでやってほしいと', '+mlm_or_unpaid'),
    ('warning_signs', 'クラウドワークスのサポートと称する人から連絡', '+fake_official'),
    ('warning_signs', '運営スタッフを装ったメッセージが届いた', '+fake_official'),
    ('warning_signs', '身分証を求められなかったとは言えない', '+id_or_bank'),
    ('warning_signs', "I can't say they didn't ask for ID", '+id_or_bank'),
    ('warning_signs', 'they did not not ask for my LINE', '+contact_details'),
    ('warning_signs', '身分証の提出を求められないことはなかった', '+id_or_bank'),
    ('warning_signs', '登録料などは不要です', '-upfront_fee'),
    ('warning_signs', 'マルチではなさそう', '-mlm_or_unpaid'),
    ('escrow', '銀行振込で仮払いしてもらいました', '-id_or_bank'),
    ('escrow', '銀行振込で仮払いしてもらいました', '-direct_deal'),
    ('escrow', 'クライアントは銀行振込で仮払いしてくれました', '-id_or_bank'),
    ('escrow', 'クライアントは銀行振込で仮払いしてくれました', '-direct_deal'),
    ('escrow', '仮払いはクレジットカードで済ませたそうです', '-id_or_bank'),
    ('escrow', 'the client funded the escrow by credit card', '-id_or_bank'),
    ('escrow', 'he funded escrow via bank transfer', '-direct_deal'),
    ('warning_signs', 'the client was upfront about the budget', '-upfront_fee'),
    ('warning_signs', 'マルチメディアコンテンツの制作です', '-mlm_or_unpaid'),
    ('warning_signs', 'マルチデバイス対応のサイト制作', '-mlm_or_unpaid'),
    ('warning_signs', '先に作業の流れを説明してもらった', '-work_before_escrow'),
    ('client', '本人確認未済', '!verified'),
    ('client', 'claims to be verified', '!verified'),
    ('client', '発注実績0件', '=new_account'),
    ('client', 'joined last week, 0 jobs posted', '=new_account'),
    ('escrow', '仮払い済みで怪しくなさそう', '=all'),
    ('escrow', '仮払い済みで詐欺ではなさそう', '=all'),
    ('escrow', '仮払い済みで詐欺じゃなさそう', '=all'),
    ('escrow', '仮払い済みで何も困っておらず', '=all'),
    ('escrow', '仮払い済みで誰も困っておらず安心です', '=all'),
    ('escrow', '仮払い済みで確認不要と言われた', '!not_yet'),
    ('contract', '契約済みで心配不要です', '=contracted'),
    ('contract', '契約済みで怪しくなさそう', '=contracted'),
    ('contract', '契約済みで詐欺ではなさそう', '=contracted'),
    ('contract', '契約済みで悪くなさそう', '=contracted'),
    ('contract', '契約済みで特に困っておらず', '=contracted'),
    ('contact_request', '承認されて怪しくなさそう', '=approved'),
    ('contract', 'We had barely signed when he asked me to move to Chatwork', '=contracted'),
    ('contract', 'We had barely signed when he asked me to move to Chatwork', '-move_before_contract'),
    ('escrow', 'just barely funded in time', '=all'),
    ('escrow', "it was barely funded before the deadline, but it's funded", '=all'),
    ('contract', 'hired - no kidding, first job!', '=contracted'),
    ('contact_request', 'approved - nobody at CW questioned it', '=approved'),
    ('escrow', '仮払い済みなのは確かです', '=all'),
    ('escrow', 'あたしから確認したら仮払い済みだった', '=all'),
    ('contract', '契約したのは確かです', '=contracted'),
    ('contact_request', '承認されたのは確かです', '=approved'),
    ('lancers_contact_request', '承認されたのは確かです', '=done'),
    ('client', '認定クライアントなのは確かです', '=verified'),
    ('client', '本人確認済みなのは確かです', '=verified'),
    ('escrow', '金額が少ない案件ですが仮払い済みです', '=all'),
    ('escrow', '全額じゃなくても大丈夫と言われましたが、仮払いは全額してもらいました', '=all'),
    ('escrow', "It's just 5000 yen but it's fully escrowed", '=all'),
    ('escrow', 'だいたい1週間で仮払いされました', '=all'),
    ('escrow', 'ほとんど待たずに仮払いしてもらえた', '=all'),
    ('escrow', 'ほぼ同時に仮払いされました', '=all'),
    ('escrow', 'ほぼ即日で仮払い済みでした', '=all'),
    ('escrow', '契約してほぼすぐに仮払い済みになりました', '=all'),
    ('escrow', '大体昨日には仮払い済みでした', '=all'),
    ('escrow', "It's funded, only a small job", '=all'),
    ('escrow', "The job is just 3000円 and it's escrowed", '=all'),
    ('escrow', "funded, it's a small amount job", '=all'),
    ('escrow', '仮払い入金確認しました', '=all'),
    ('escrow', '仮払い入金確認できました', '=all'),
    ('escrow', '仮払い入金確認OKです', '=all'),
    ('escrow', '済ませてから始めると伝えてます', '!all'),
    ('escrow', '済ませておいてくださいとお願いしました', '!all'),
    ('escrow', '仮払いをお済ませくださいとメッセージを送りました', '!all'),
    ('escrow', '仮払いのお手続きをお済ませくださいと伝えました', '!all'),
    ('escrow', '済ませてって言ったけど返事なし', '!all'),
    ('escrow', 'I took a screenshot showing funded', '=all'),
    ('escrow', "Here's a screenshot of the contract page: escrowed", '=all'),
    ('contact_request', "approved, here's a screenshot of the notice: approved", '=approved'),
    ('contact_request', '私の申請を承認してもらいました', '=approved'),
    ('contact_request', '自分が出した申請を承認してもらいました', '=approved'),
    ('contact_request', '私の出した申請を承認してもらいました', '=approved'),
    ('contact_request', '僕の申請を承認いただきました', '=approved'),
    ('contact_request', '私のほうにも承認の通知が来ました', '=approved'),
    ('contact_request', '私にも承認のメールが来ました', '=approved'),
    ('contact_request', '自分にも承認通知が届きました', '=approved'),
    ('contact_request', 'I filed it and it was approved by them within 2 days', '=approved'),
    ('contact_request', 'I filed it, got approval from them yesterday', '=approved'),
    ('contact_request', 'got the green light from them (crowdworks support)', '=approved'),
    ('escrow', '仮払い済みで前回の案件のものより多いです', '=all'),
    ('contact_request', '審査落ちが怖くてまだ申請してません', '=not_applied'),
    ('contact_request', '審査に落ちたらどうしようと思って申請してない', '=not_applied'),
    ('lancers_contact_request', '一度差し戻されたけど、再申請して承認されました', '!not_yet'),
    ('lancers_contact_request', '差し戻しはなく、すぐ承認されました', '!not_yet'),
    ('lancers_contact_request', '差し戻されることもなく通りました', '!not_yet'),
    (None, 'クライアントから直接契約じゃないと困ると言われました', '+direct_deal'),
    (None, '直接契約じゃないとダメって言われた', '+direct_deal'),
    (None, '個人契約じゃないと発注できないそうです', '+direct_deal'),
    (None, 'マイナンバーじゃないとダメと言われた', '+id_or_bank'),
    (None, '免許証じゃないと本人確認できないと言われた', '+id_or_bank'),
    (None, '口座とかないの？作ってよと言われました', '+id_or_bank'),
    (None, '口座などない場合は作ってくださいと言われた', '+id_or_bank'),
    ('warning_signs', '直接取引じゃないとこの単価は出せないと言われた', '+direct_deal'),
    (None, '報酬は銀行振込で、仮払いはしないと言われました', '+direct_deal'),
    (None, '銀行振込で、仮払いなしでお願いしたいと言われた', '+direct_deal'),
    (None, '銀行振込で仮払い分とは別に払うと言われました', '+direct_deal'),
    (None, '次からは銀行振込で仮払いなしでと言われた', '+direct_deal'),
    (None, '銀行振込でかりばらいは不要と', '+direct_deal'),
    (None, "He said let's skip escrow via bank transfer instead", '+direct_deal'),
    (None, 'He suggested paying via PayPal on CrowdWorks messages instead of escrow', '+direct_deal'),
    (None, 'He asked me to verify with credit card details', '+id_or_bank'),
    (None, 'they want me to register with credit card', '+id_or_bank'),
    (None, 'I have to pay 5000 yen upfront with my credit card for the software', '+upfront_fee'),
    (None, '身分証を送ってほしいと記事作成の依頼者から言われた', '+id_or_bank'),
    (None, '免許証の画像を送ってほしいとライティング案件の説明で言われた', '+id_or_bank'),
    (None, '口座番号を教えてくださいとサイト制作のクライアントから連絡が来た', '+id_or_bank'),
    (None, '銀行口座を教えてと言われたサイト制作の案件です', '+id_or_bank'),
    (None, '身分証を提出してと言われた記事作成の仕事です', '+id_or_bank'),
    (None, '口座情報を入力するサイトです、と言われてリンクが送られてきた', '+id_or_bank'),
    (None, '身分証をアップロードするサイトです、とURLを送られました', '+id_or_bank'),
    (None, '口座開設用のアプリです、と言われてダウンロードさせられた', '+id_or_bank'),
    (None, 'He asked me to download an app to verify my ID', '+id_or_bank'),
    (None, 'he sent me a website to enter my bank details', '+id_or_bank'),
    (None, 'he sent a link to a site to upload my passport', '+id_or_bank'),
    (None, 'a landing page to enter your credit card info was sent to me', '+id_or_bank'),
    (None, 'He sent a video about how to open a bank account and asked me to open one', '+id_or_bank'),
    (None, 'He sent me a guide to register my bank account on his site', '+id_or_bank'),
    (None, 'He sent me a site for entering my credit card details', '+id_or_bank'),
    (None, 'He asked me to install an app to scan my ID', '+id_or_bank'),
    (None, 'he wants me to write an article about MLM and join his downline', '+mlm_or_unpaid'),
    (None, 'He asked me to download an app to pay the registration fee', '+upfront_fee'),
    (None, '直接契約しようと言われた記事作成の案件です', '+direct_deal'),
    (None, '前払いで教材を買ってと言われた記事作成の案件', '+upfront_fee'),
    (None, 'LINEを教えてと言われたサイト制作の案件', '+contact_details'),
    (None, '電話番号を教えてと言われた記事作成の案件', '+contact_details'),
    (None, 'He sent a deadline payment schedule', '-direct_deal'),
    (None, 'the client paid the escrow with online payment', '-direct_deal'),
    (None, 'The payment is via the online payment system of CrowdWorks', '-direct_deal'),
    (None, "client's deadline payment is next week on CW", '-direct_deal'),
    ('escrow', 'the client paid by online payment into escrow', '=all'),
    ('escrow', 'the client paid by online payment into escrow', '-direct_deal'),
    (None, 'I use Revolut for my own savings, anyway the client is fine', '-direct_deal'),
    (None, '前にランサーズを退会して、今はクラウドワークスだけです', '-direct_deal'),
    (None, '昔ランサーズを退会して、最近また登録しました', '-direct_deal'),
    (None, 'これから直でチャットワークでやり取りしましょうと言われました', '-direct_deal'),
    (None, 'これから直で会いましょうと言われた', '-direct_deal'),
    (None, '継続は個別に相談させてくださいとのこと', '-direct_deal'),
    (None, '継続案件は個別に見積もりをお送りしますとのこと', '-direct_deal'),
    (None, '継続分は個別にCWで契約します', '-direct_deal'),
    (None, '継続案件は個別にCW上で発注しますとのこと', '-direct_deal'),
    (None, "Send me an invoice and I'll pay through CrowdWorks", '-direct_deal'),
    (None, '現金書留で書類を送ってと言われた', '-direct_deal'),
    (None, 'WordPressのパスワードを教えてもらえるそうです', '-id_or_bank'),
    (None, '作業用にサイトのパスワードを送ってもらえるとのこと', '-id_or_bank'),
    (None, '管理画面のパスワードを教えていただけるとのことです', '-id_or_bank'),
    (None, 'パスワード付きのZIPで送ってほしいと言われた', '-id_or_bank'),
    (None, 'パスワードをかけたファイルを送ってくださいとのこと', '-id_or_bank'),
    (None, '納品はパスワード付きファイルで送ってと言われました', '-id_or_bank'),
    (None, 'He wants a password on the zip file', '-id_or_bank'),
    (None, 'I requested the password from the client for the WordPress', '-id_or_bank'),
    (None, "I'll need the password to the CMS to upload articles", '-id_or_bank'),
    (None, 'He gave me the login to his WordPress, need the password still', '-id_or_bank'),
    (None, 'I need the password from him to start', '-id_or_bank'),
    (None, 'ログイン時に認証コードを求められるのでスマホが必要です', '-id_or_bank'),
    (None, 'クラウドワークスで身元確認書類を提出済みです', '-id_or_bank'),
    (None, '身元確認のため本人確認済みのクライアントを選んでます', '-id_or_bank'),
    (None, 'クライアントは身元の証明ができている会社です', '-id_or_bank'),
    (None, '納品物に顔写真を使うので、モデルの顔写真を送ってと言われた', '-id_or_bank'),
    (None, 'I had to verify my identity on CrowdWorks', '-id_or_bank'),
    (None, 'he sent me his line of thinking on the project', '-contact_details'),
    ('escrow', 'funded. I was told to start right away', '=all'),
    ('client', '本人確認済み、発注実績もたくさん', '=verified'),
    ('warning_signs', '0 upfront fees', '-upfront_fee'),
    ('warning_signs', 'he wants $0 upfront, which is nice', '-upfront_fee'),
    (None, 'He claimed that he works for CrowdWorks, on LINE', '+fake_official'),
    ('escrow', 'funded lol are you kidding, that was quick', '=all'),
    ('escrow', '済んでるのはたしかです', '=all'),
    ('escrow', '確かな筋の会社で仮払い済み', '=all'),
    ('client', '確かな会社で本人確認済み', '=verified'),
    ('escrow', '仮払い済みで画像をもらったので始めます', '=all'),
    ('escrow', '仮払い済みで参考画像が来たので着手します', '=all'),
    ('escrow', '仮払いされて素材画像が届きました', '=all'),
    ('escrow', '仮払い済みで画像が届いたので作業開始しました', '=all'),
    ('escrow', '仮払い済みで画像が届いてから始めます', '=all'),
    ('contract', '契約済みで画像をもらいました', '=contracted'),
    ('contact_request', '承認されて画像が届いた', '=approved'),
    ('contact_request', 'approved - was told via CW notification', '=approved'),
    ('escrow', 'funded just 5 minutes ago', '=all'),
    ('escrow', 'escrowed just 2 hours ago', '=all'),
    ('escrow', 'deposited just 3 days before deadline', '=all'),
    ('escrow', 'funded only 1 day after', '=all'),
    ('escrow', 'funded in full, not a token amount', '=all'),
    ('escrow', 'funded the full amount, not the smaller amount he first mentioned', '=all'),
    ('escrow', '10割仮払い済み', '=all'),
    ('escrow', 'だいたい仮払い済みになってから1日で作業開始', '=all'),
    ('escrow', '最初の打ち合わせ分だけ無料で、仮払いは全額済み', '=all'),
    ('escrow', '最初の納品分だけ修正あり、仮払い済み', '=all'),
    ('escrow', '金額が足りないと言われたので追加で仮払いしてもらい、全額済みです', '=all'),
    ('escrow', '金額が足りないかと思ったけど、ちゃんと全額仮払いされていました', '=all'),
    ('contract', '契約済みです、前回の案件でお世話になった方なので', '=contracted'),
    ('client', '本人確認済み、以前のクライアントです', '=verified'),
    ('client', '本人確認済みで、前の案件でも発注してくれた人', '=verified'),
    ('contact_request', '承認されました、差し戻しなし', '=approved'),
    ('contact_request', '承認、差し戻しもなし', '=approved'),
    ('warning_signs', "She requires a copy of my driver's license", '+id_or_bank'),
    ('warning_signs', 'they need a copy of my residence card', '+id_or_bank'),
    ('warning_signs', 'she demanded a copy of my driving licence', '+id_or_bank'),
    ('warning_signs', "they need a scanned copy of my driver's license", '+id_or_bank'),
    ('warning_signs', 'need a copy of my bank card', '+id_or_bank'),
    ('warning_signs', 'he requires a copy of your bank account details', '+id_or_bank'),
    (None, "CrowdWorks. She requires a copy of my driver's license", '+id_or_bank'),
    ('warning_signs', 'For the blog post he needs my bank account details', '+id_or_bank'),
    ('warning_signs', 'The content client demanded my passport', '+id_or_bank'),
    ('warning_signs', 'The translation client requested my bank details', '+id_or_bank'),
    ('warning_signs', 'The translation client needs my bank account number', '+id_or_bank'),
    ('warning_signs', 'the blog client requires my ID', '+id_or_bank'),
    ('warning_signs', 'for the article job he needs my phone number', '+contact_details'),
    ('warning_signs', 'the translation guy needs my phone number', '+contact_details'),
    ('warning_signs', 'the copy client requested my phone number', '+contact_details'),
    ('warning_signs', 'the post says they need my bank details', '+id_or_bank'),
    ('warning_signs', 'the content team needs my LINE ID', '+contact_details'),
    ('warning_signs', 'for the translation he requires my passport scan', '+id_or_bank'),
    ('warning_signs', 'They need a copy of the passport of mine', '+id_or_bank'),
    ('warning_signs', 'The blog client proposed a direct contract', '+direct_deal'),
    ('warning_signs', 'the content client suggested paying via paypal', '+direct_deal'),
    ('warning_signs', 'the article client requested a registration fee', '+upfront_fee'),
    ('warning_signs', 'the blog post client demanded an upfront fee', '+upfront_fee'),
    (None, 'CrowdWorks. The translation client requested my bank details', '+id_or_bank'),
    ('warning_signs', '口座番号を聞かれた記事作成の案件です', '+id_or_bank'),
    ('warning_signs', '口座番号を聞かれたサイト制作の仕事です', '+id_or_bank'),
    ('warning_signs', 'LINEのIDを聞かれたサイト制作の案件です', '+contact_details'),
    ('warning_signs', '電話番号を聞かれたアプリ開発の仕事です', '+contact_details'),
    ('warning_signs', '身分証を要求された記事作成の案件', '+id_or_bank'),
    ('warning_signs', 'マイナンバーが必要な記事作成の仕事です', '+id_or_bank'),
    ('warning_signs', '口座を作れという記事作成の依頼です', '+id_or_bank'),
    ('warning_signs', 'LINEのIDを教えたらサイト制作の仕事をくれるそうです', '+contact_details'),
    ('warning_signs', '電話番号を教えればサイト制作の案件を任せるとのこと', '+contact_details'),
    ('warning_signs', 'LINE交換したら記事作成の仕事を回すって', '+contact_details'),
    ('warning_signs', '口座情報を聞いてくる記事作成の依頼者です', '+id_or_bank'),
    ('warning_signs', '本人確認書類の提示を要求する記事作成の案件', '+id_or_bank'),
    ('warning_signs', '口座開設をさせられる記事作成の仕事です', '+id_or_bank'),
    ('warning_signs', '身分証を出せと記事作成の依頼者が', '+id_or_bank'),
    ('warning_signs', '身分証を出させる記事作成の案件', '+id_or_bank'),
    ('warning_signs', '口座を借りたいという記事作成の依頼', '+id_or_bank'),
    ('warning_signs', '直接契約を提案されたLP制作の案件です', '+direct_deal'),
    ('warning_signs', '直接契約を持ちかけられた記事作成の仕事です', '+direct_deal'),
    ('warning_signs', '直接取引を提案されたサイト制作の案件', '+direct_deal'),
    ('warning_signs', 'LINE交換を持ちかけられたサイト制作の案件', '+contact_details'),
    ('warning_signs', '前払いを要求された記事作成の仕事', '+upfront_fee'),
    ('warning_signs', '登録料を請求された記事作成の仕事です', '+upfront_fee'),
    ('warning_signs', 'マイナンバーの提示を要求された翻訳の仕事', '+id_or_bank'),
    ('warning_signs', '口座番号を聞いてきた翻訳の依頼', '+id_or_bank'),
    (None, 'クラウドワークスで、口座番号を聞かれた記事作成の案件です', '+id_or_bank'),
    ('warning_signs', '口座を友達から借りてと言われた', '+id_or_bank'),
    ('warning_signs', '口座を友達に借りてくれと', '+id_or_bank'),
    ('warning_signs', 'LINE交換しようと友達感覚で言われた', '+contact_details'),
    ('warning_signs', '電話番号を友達にも教えてと', '+contact_details'),
    ('warning_signs', '口座なんかないって言ったら作れと言われた', '+id_or_bank'),
    ('warning_signs', '口座なんて無いって言ったのに作れって', '+id_or_bank'),
    ('warning_signs', '口座とか無かったら作ってと', '+id_or_bank'),
    ('warning_signs', '私が口座番号を教えました。聞かれたので', '+id_or_bank'),
    ('warning_signs', '私から電話番号を伝えました、クライアントに聞かれて', '+contact_details'),
    ('warning_signs', '口座の登録はクラウドワークスの登録とは別に必要だと言われた', '+id_or_bank'),
    ('warning_signs', '身分証の提出はクラウドワークスの本人確認とは別に必要と言われた', '+id_or_bank'),
    ('warning_signs', '電話番号の入力はクラウドワークスの登録とは別にお願いしたいと', '+contact_details'),
    ('warning_signs', "I'm on CrowdWorks and the client asked me to register my bank account for payouts on his own system", '+id_or_bank'),
    ('warning_signs', 'the CW client wants me to register my bank account for payouts outside CW', '+id_or_bank'),
    ('warning_signs', 'クラウドワークスの案件で先方のサイトに口座を登録しました', '+id_or_bank'),
    ('warning_signs', 'クラウドワークスの外で口座を登録した', '+id_or_bank'),
    ('warning_signs', 'クラウドワークスの案件で免許証を出しました', '+id_or_bank'),
    ('warning_signs', 'クラウドワークスの相手に免許証を出しました', '+id_or_bank'),
    ('warning_signs', 'クレジットカードで仮払いするのでカード情報をくださいと言われた', '+id_or_bank'),
    ('warning_signs', 'クレジットカードで済ませたいのでカード番号を教えてと', '+id_or_bank'),
    ('warning_signs', 'クレジットカードで支払い済みにするためにカード番号を教えてと', '+id_or_bank'),
    ('warning_signs', 'escrowed via bank transfer, then he asked for a refund to his paypal', '+direct_deal'),
    ('warning_signs', 'he said to use paypal on crowdworks instead of the escrow', '+direct_deal'),
    ('warning_signs', 'he will use a bank transfer on crowdworks, no escrow', '+direct_deal'),
    ('warning_signs', '直でやろうかって、チャットワークでのやり取りのこと', '-direct_deal'),
    ('warning_signs', '直でやろうと言われたのは連絡だけです', '-direct_deal'),
    ('warning_signs', 'the client paid escrow with his revolut card', '-direct_deal'),
    ('warning_signs', 'he paid the escrow via revolut', '-direct_deal'),
    ('warning_signs', "send me an invoice and I'll pay once the milestone is approved on CW", '-direct_deal'),
    ('warning_signs', "send me an invoice and i'll pay it via the CW system", '-direct_deal'),
    ('warning_signs', "send me an invoice and I'll pay with crowdworks escrow", '-direct_deal'),
    ('warning_signs', 'サポートプランは無料です', '-upfront_fee'),
    (None, 'クラウドワークスで契約済み、サポートプランは無料です', '-upfront_fee'),
    ('warning_signs', 'コンサル料は先方が払うそうです', '-upfront_fee'),
    ('warning_signs', 'コンサル料の相場についての記事', '-upfront_fee'),
    ('warning_signs', '月額50,000円で継続契約したいと言われた', '-upfront_fee'),
    ('warning_signs', '月額30000円で契約しましょうと言われた', '-upfront_fee'),
    ('warning_signs', '報酬は月額50000円で契約', '-upfront_fee'),
    ('warning_signs', '月額20000円払うので継続してほしいと', '-upfront_fee'),
    (None, 'クラウドワークスで契約済み。月額50,000円で継続契約したいと言われました', '-upfront_fee'),
    ('warning_signs', '月額1000円のサブスクを契約しているクライアントです', '-upfront_fee'),
    ('warning_signs', '有料のツールはクライアント側で契約済み', '-upfront_fee'),
    ('warning_signs', '有料ツールの契約はこちらでしますと言われた', '-upfront_fee'),
    ('warning_signs', '有料プランに登録済みのアカウントを貸してくれる', '-upfront_fee'),
    ('warning_signs', '早く入金してほしいと伝えました', '-upfront_fee'),
    ('warning_signs', '入金して欲しいと催促しました', '-upfront_fee'),
    (None, 'クラウドワークスで契約済み、早く入金してほしいと伝えました', '-upfront_fee'),
    ('warning_signs', 'クラウドワークスの手数料が高いので、仕事を受けると手数料が引かれる', '-upfront_fee'),
    ('warning_signs', '仕事を受けるとシステム手数料がかかるのは知ってます', '-upfront_fee'),
    ('warning_signs', '仕事をもらうにはサイトの手数料がかかります', '-upfront_fee'),
    ('warning_signs', 'he will send 5000 yen into escrow', '-upfront_fee'),
    ('warning_signs', 'I asked him to send 50000 yen to escrow', '-upfront_fee'),
    (None, 'Crowdworks; signed; he will send 5000 yen into escrow tomorrow', '-upfront_fee'),
    ('warning_signs', 'unless i pay attention the deadline slips', '-upfront_fee'),
    ('warning_signs', 'ボランティアでやってる団体の案件で報酬はちゃんと出ます', '-mlm_or_unpaid'),
    ('warning_signs', 'ボランティアでやってた経験を聞かれた', '-mlm_or_unpaid'),
    ('warning_signs', 'トライアル期間は契約前ではなく契約後です', '-work_before_escrow'),
    ('warning_signs', '契約前にトライアルがあるかと思ったけどなかった', '-work_before_escrow'),
    ('warning_signs', 'トライアルの説明を契約前に受けました', '-work_before_escrow'),
    ('warning_signs', 'I offered a free sample before the contract', '-work_before_escrow'),
    ('warning_signs', 'he asked for my mobile app experience', '-contact_details'),
    ('warning_signs', 'he wants my mobile design portfolio', '-contact_details'),
    ('warning_signs', 'they asked for my mobile development experience', '-contact_details'),
    ('warning_signs', 'asks for your mobile game samples', '-contact_details'),
    ('warning_signs', 'he sent me his line art', '-contact_details'),
    ('warning_signs', 'she sent me her line drawing references', '-contact_details'),
    ('warning_signs', 'ログインのパスワードを送ってくださいとクライアントに頼んだ', '-id_or_bank'),
    ('warning_signs', 'クーポンの確認コードを送ってほしいと', '-id_or_bank'),
    ('warning_signs', 'he asked for my new line id', '+contact_details'),
    ('warning_signs', 'he wants me to make a new LINE account and add him', '+contact_details'),
    ('warning_signs', 'he asked me to add him on his new line account', '+contact_details'),
    (None, 'Crowdworks, he asked for my new LINE ID', '+contact_details'),
    ('contact_request', '承認されたとクライアントに伝えました', '=approved'),
    ('contact_request', '承認済みと相手に伝えた', '=approved'),
    ('contact_request', '自分でも承認を確認しました', '=approved'),
    ('contact_request', '自分でも承認されたのを確認しました', '=approved'),
    ('contact_request', '僕のほうでも承認済みを確認', '=approved'),
    ('contact_request', '私からも承認を確認しました', '=approved'),
    ('escrow', '仮払い済みで、作業もほとんど済んでます', '=all'),
    ('escrow', '仮払い済み、打ち合わせはだいたい済んだ', '=all'),
    ('escrow', '仮払いされて、作業は8割済んでます', '=all'),
    ('escrow', '仮払い済み、原稿も5割くらい済んでる', '=all'),
    ('escrow', "funded, it's only the first job I've done for him", '=all'),
    ('escrow', 'funded, only the first draft is left', '=all'),
    ('escrow', 'funded, only first time working with him', '=all'),
    ('escrow', '仮払い済みで参考スクショもらった', '=all'),
    ('warning_signs', '口座とか無いですか、と聞かれました', '+id_or_bank'),
    ('warning_signs', 'LINEのIDとか無いですか？と言われた', '+contact_details'),
    ('warning_signs', '電話番号などは無いですかとしつこく聞かれた', '+contact_details'),
    ('warning_signs', '直接契約じゃなかったら払えないと言われた', '+direct_deal'),
    ('warning_signs', '直接契約じゃないんだったら単価は下げると', '+direct_deal'),
    ('warning_signs', '直接契約じゃないんなら受けないそうです', '+direct_deal'),
    ('warning_signs', '電話番号を聞かれた友達と同じで、私も聞かれました', '+contact_details'),
    ('warning_signs', '口座番号を聞かれた知人と同じクライアントです', '+id_or_bank'),
    ('warning_signs', '電話番号を聞かれた知り合いから紹介されたクライアントに、私も聞かれた', '+contact_details'),
    ('warning_signs', '僕から電話番号を尋ねたら、逆にこっちの番号も教えろと', '+contact_details'),
    ('warning_signs', '私から電話番号を聞いたんじゃなくて、相手から聞かれたんです', '+contact_details'),
    ('warning_signs', '俺が口座を聞いたわけじゃない、向こうが聞いてきた', '+id_or_bank'),
    ('warning_signs', '私が直接契約を提案したんじゃなくて、クライアントから提案された', '+direct_deal'),
    ('warning_signs', 'わたしが直接契約を提案したことにしてくれと言われた', '+direct_deal'),
    ('warning_signs', '口座の登録はクラウドワークスの本人確認が終わったら別サイトでと言われた', '+id_or_bank'),
    ('warning_signs', '身分証の提出はクラウドワークスの本人確認と同じものを私にも送ってと言われた', '+id_or_bank'),
    ('warning_signs', '電話番号の登録はクラウドワークスの登録の後で、先方のサイトにもしてと', '+contact_details'),
    ('warning_signs', '口座の登録はクラウドワークスの手続きが終わったら、先方のシステムにも必要と言われた', '+id_or_bank'),
    ('warning_signs', '電話番号の入力はCWの本人確認と別で、先方のフォームにと', '+contact_details'),
    ('warning_signs', '先方のサイトとクラウドワークスに口座を登録しました', '+id_or_bank'),
    ('warning_signs', '先方の管理画面とクラウドワークスに口座を登録した', '+id_or_bank'),
    ('warning_signs', 'クライアントの会計システムとクラウドワークスに身分証を出しました', '+id_or_bank'),
    ('warning_signs', '登録料3000円の記事作成の案件です', '+upfront_fee'),
    ('warning_signs', '初期費用5万円の記事作成の仕事です', '+upfront_fee'),
    ('warning_signs', '教材購入必須の記事作成の仕事です', '+upfront_fee'),
    ('warning_signs', '講座受講必須の記事作成の案件', '+upfront_fee'),
    ('warning_signs', '入会金1万円の翻訳の仕事です', '+upfront_fee'),
    ('warning_signs', '参加費2000円のライティング案件の記事作成の仕事', '+upfront_fee'),
    ('warning_signs', '無報酬の記事作成の依頼です', '+mlm_or_unpaid'),
    ('warning_signs', '報酬なしの翻訳の仕事です', '+mlm_or_unpaid'),
    ('warning_signs', '無償の翻訳の依頼', '+mlm_or_unpaid'),
    ('warning_signs', 'タダ働きの記事作成の案件', '+mlm_or_unpaid'),
    ('warning_signs', '経験になるからと無償の記事作成の依頼', '+mlm_or_unpaid'),
    ('warning_signs', 'テスト作業ありの記事作成の案件です', '+work_before_escrow'),
    ('warning_signs', '直接契約のみの翻訳の仕事です', '+direct_deal'),
    ('warning_signs', '直接取引限定の記事作成の依頼', '+direct_deal'),
    ('warning_signs', '個人契約希望の記事作成の依頼です', '+direct_deal'),
    ('warning_signs', '直接契約前提の記事作成の案件です', '+direct_deal'),
    ('warning_signs', 'サイト外で直接契約の記事作成の仕事です', '+direct_deal'),
    ('warning_signs', '手数料なしの直接取引の翻訳の仕事', '+direct_deal'),
    ('warning_signs', '電話番号必須の記事作成の案件', '+contact_details'),
    ('warning_signs', 'LINE ID必須のLP制作の案件です', '+contact_details'),
    ('warning_signs', 'マイナンバー記入ありの記事作成の仕事', '+id_or_bank'),
    ('warning_signs', '身分証コピー必須の翻訳の仕事です', '+id_or_bank'),
    ('warning_signs', '口座番号登録ありの記事作成の仕事', '+id_or_bank'),
    ('warning_signs', '運営を名乗る人から注意喚起のメッセージが来た', '+fake_official'),
    ('warning_signs', '運営を名乗ってて、本物らしい', '+fake_official'),
    ('warning_signs', 'ランサーズ運営を名乗ってるので本物らしいです', '+fake_official'),
    ('warning_signs', 'クラウドワークスの運営を名乗る方から、気をつけてくださいと連絡があり、リンクを踏むように言われた', '+fake_official'),
    ('warning_signs', 'he wants to pay via bank transfer on CW instead of using escrow', '+direct_deal'),
    ('warning_signs', "he said let's do paypal on lancers, it's faster than escrow", '+direct_deal'),
    ('warning_signs', 'he wants to pay with paypal on crowdworks rather than escrow', '+direct_deal'),
    ('warning_signs', "he'll pay by bank transfer on crowdworks and skip the escrow", '+direct_deal'),
    ('warning_signs', 'he wants to pay me through paypal on CW, not through escrow', '+direct_deal'),
    ('warning_signs', 'payment by paypal on crowdworks, without escrow', '+direct_deal'),
    ('warning_signs', 'he asked me to register by credit card on his site', '+id_or_bank'),
    ('warning_signs', 'he wants me to verify via credit card on his website', '+id_or_bank'),
    ('warning_signs', 'the client said to confirm my identity via credit card', '+id_or_bank'),
    ('warning_signs', 'クレジットカードで仮払いするから、あなたのカードを貸してと言われた', '+id_or_bank'),
    ('warning_signs', 'クレジットカードで支払い済みにしたいから、カードの裏の番号を教えてと', '+id_or_bank'),
    ('warning_signs', '銀行振込で、仮払いしたことにしてほしいと言われた', '+direct_deal'),
    ('warning_signs', '銀行振込で仮払いしたと言ってるけど、実際はクラウドワークス外の口座に振り込むと', '+direct_deal'),
    ('warning_signs', 'he wants me to send 3 samples of my past work', '-upfront_fee'),
    ('warning_signs', 'I have to send 2 more articles before the deadline', '-upfront_fee'),
    ('warning_signs', 'I need to send 10 photos by Friday', '-upfront_fee'),
    ('warning_signs', 'she wants me to send 2 revisions a week', '-upfront_fee'),
    (None, 'CrowdWorks, contract signed, escrow funded. He asked me to send 3 drafts by Monday', '-upfront_fee'),
    ('warning_signs', 'I must send 1 invoice per month through CW', '-upfront_fee'),
    ('warning_signs', 'he says he worked with CrowdWorks freelancers for years', '-fake_official'),
    ('warning_signs', 'she said she worked with Lancers before, so she knows the rules', '-fake_official'),
    ('warning_signs', 'he says he works with crowdworks writers a lot', '-fake_official'),
    ('warning_signs', 'none, he said he is with lancers too and has great reviews', '-fake_official'),
    ('warning_signs', '私はCanvaの有料プランに登録して使っています', '-upfront_fee'),
    ('warning_signs', '素材サイト（有料）はクライアントが用意してくれます', '-upfront_fee'),
    ('warning_signs', '月額3000円のツールはクライアントが払ってくれる', '-upfront_fee'),
    ('warning_signs', '月額1000円のプランはクライアント負担です', '-upfront_fee'),
    ('warning_signs', '報酬を入金してほしいとクライアントに連絡しました', '-upfront_fee'),
    ('warning_signs', '入金してくださいとメッセージを送った', '-upfront_fee'),
    ('warning_signs', 'クラウドワークスに登録してる人は手数料がかかる', '-upfront_fee'),
    ('warning_signs', '登録無料で、成約時に手数料がかかるのは知ってます', '-upfront_fee'),
    ('warning_signs', '決済システムの開発案件で、カード情報の入力画面を作る仕事です', '-id_or_bank'),
    ('warning_signs', 'カード番号の入力フォームを作るLP制作の案件です', '-id_or_bank'),
    ('warning_signs', 'クライアントのカード情報は登録済みで仮払いもされてる', '-id_or_bank'),
    ('warning_signs', 'サイトのログインパスワードを教えてほしいとお願いしました', '-id_or_bank'),
    ('warning_signs', 'WordPressのログインパスワードを送ってほしいとクライアントに伝えた', '-id_or_bank'),
    ('warning_signs', 'I had to verify my identity on the platform', '-id_or_bank'),
    ('warning_signs', 'I needed to verify my identity on the CW app first', '-id_or_bank'),
    ('warning_signs', 'he needs my mobile version by Friday', '-contact_details'),
    ('warning_signs', 'the client wants my mobile layout first', '-contact_details'),
    ('warning_signs', 'she asked for my mobile mockups', '-contact_details'),
    ('warning_signs', 'he sent me her line edits on my draft', '-contact_details'),
    ('warning_signs', 'she sent me her line edits', '-contact_details'),
    ('warning_signs', 'he sent me his line sketches for the logo', '-contact_details'),
    ('warning_signs', 'I withdraw from CW and send it to my PayPal', '-direct_deal'),
    ('warning_signs', 'ランサーズを退会して今はCWで契約してます', '-direct_deal'),
    ('warning_signs', 'ランサーズを退会してクラウドワークスで契約しました', '-direct_deal'),
    ('escrow', 'funded - I can claim it after delivery', '=all'),
    ('escrow', '仮払いはもう済んでるし、作業も8割済', '=all'),
    ('escrow', '仮払い済み。最初の打ち合わせ分だけ済んだ', '=all'),
    ('warning_signs', '電話番号などないでしょうか、と言われました', '+contact_details'),
    ('warning_signs', '口座などないでしょうか？とメッセージが来た', '+id_or_bank'),
    ('warning_signs', '免許証など無いですか？と聞かれた', '+id_or_bank'),
    ('warning_signs', '直接取引じゃないんですかと逆に聞かれた', '+direct_deal'),
    ('warning_signs', '直接契約じゃないんですね、残念と言われた', '+direct_deal'),
    ('warning_signs', '納品物は直で取引先に送ってほしいと言われた', '-direct_deal'),
    ('warning_signs', 'データは直で取引先の担当者に渡してと', '-direct_deal'),
    ('warning_signs', '継続は個別にって話だけど、当然クラウドワークス経由です', '-direct_deal'),
    ('warning_signs', 'I got paid into my Revolut from my CW withdrawal', '-direct_deal'),
    ('warning_signs', 'the client wants my cell shading style for the illustrations', '-contact_details'),
    ('warning_signs', 'the client needs my Telegram bot finished by Friday', '-contact_details'),
    ('warning_signs', 'he wants my whatsapp integration demo', '-contact_details'),
    ('warning_signs', '社員証のデザイン案を送ってほしいと言われました', '-id_or_bank'),
    ('warning_signs', '顔写真入りの名刺デザインを送ってほしいと', '-id_or_bank'),
    ('warning_signs', '請求書を送るので会社の住所を教えてほしいとクライアントにお願いした', '-id_or_bank'),
    ('warning_signs', "The login page I'm building needs a verification code step", '-id_or_bank'),
    ('warning_signs', "the app needs a verification code screen, that's my task", '-id_or_bank'),
    ('warning_signs', '学生証のデザインを提出してほしいとのこと', '-id_or_bank'),
    ('warning_signs', '住所の入力フォームを作って送ってほしいと言われた', '-id_or_bank'),
    ('warning_signs', '生年月日の入力欄のデザインを送ってほしいと', '-id_or_bank'),
    ('warning_signs', 'ワンタイムパスワードの仕組みを教えてほしいと聞かれた', '-id_or_bank'),
    ('warning_signs', 'なし、月額500円のプランは自分で前から使ってるもの', '-upfront_fee'),
    ('warning_signs', '特になし。素材（有料）は先方負担', '-upfront_fee'),
    ('warning_signs', 'none. I need to send 3 drafts by Friday', '-upfront_fee'),
    ('warning_signs', 'none, she said she worked with crowdworks for years', '-fake_official'),
    ('warning_signs', 'なし。社員証のデザインを送ってほしいという依頼です', '-id_or_bank'),
    ('warning_signs', 'なし、名刺の顔写真入りデザインを送ってほしいとのこと', '-id_or_bank'),
    ('warning_signs', 'none, he sent me his line edits which were helpful', '-contact_details'),
    ('warning_signs', 'none. client asked for my cell phone case designs', '-contact_details'),
    ('warning_signs', 'none, he wants my telegram sticker set designs', '-contact_details'),
    ('warning_signs', 'なし、ランサーズを退会してクラウドワークスで契約しました', '-direct_deal'),
    ('warning_signs', 'なし。クライアントのカード情報で仮払い済み', '-id_or_bank'),
    ('warning_signs', 'none, the feature I build needs a verification code', '-id_or_bank'),
    ('warning_signs', 'I gave him my bank account number for payouts', '+id_or_bank'),
    ('warning_signs', 'I sent the client my bank account for payouts outside CW', '+id_or_bank'),
    ('warning_signs', 'the client I met on crowdworks wants my bank account for payouts', '+id_or_bank'),
    ('warning_signs', 'someone from crowdworks wants my bank details for withdrawals', '+id_or_bank'),
    ('warning_signs', 'he said to email him my bank account for payouts', '+id_or_bank'),
    ('warning_signs', 'I already shared my bank details for payouts with him', '+id_or_bank'),
    ('warning_signs', 'I told him my account number for payments from CW would be fine', '+id_or_bank'),
    ('warning_signs', 'he has my bank account details for payouts now', '+id_or_bank'),
    ('warning_signs', 'my bank account for payouts went to his accountant', '+id_or_bank'),
    ('warning_signs', 'I put my bank account for payouts in his Google form', '+id_or_bank'),
    ('warning_signs', 'I entered my bank details for payouts on his website', '+id_or_bank'),
    ('warning_signs', 'I filled in my bank info for withdrawals on his app', '+id_or_bank'),
    (None, 'Crowdworks job. I gave the client my bank account number for payouts', '+id_or_bank'),
    ('warning_signs', 'I shared my passport for payouts with him', '+id_or_bank'),
    ('warning_signs', 'クラウドワークスの出金用と同じ口座を登録した、先方のサイトに', '+id_or_bank'),
    ('warning_signs', 'クラウドワークスの報酬振込先と同じ口座を登録した、クライアントの管理画面にも', '+id_or_bank'),
    ('warning_signs', 'クラウドワークスの登録用の身分証を登録した、クライアントのアプリで', '+id_or_bank'),
    ('warning_signs', 'クラウドワークスに免許証を出しました。クライアントにも同じものを', '+id_or_bank'),
    ('warning_signs', 'クラウドワークスの本人確認と同じ免許証を登録した、先方のサイトで', '+id_or_bank'),
    ('contact_request', '承認されたよと先方に伝えた', '=approved'),
    ('contact_request', '承認された旨を相手に送りました', '=approved'),
    ('contact_request', '承認済みと先方に伝えてあります', '=approved'),
    ('contact_request', '自分のほうでも承認を確認済み', '=approved'),
    ('contact_request', '私の方でも承認の通知を確認しました', '=approved'),
    ('contact_request', '私からも承認を確認して、クライアントにも伝えた', '=approved'),
    ('contact_request', '私で承認の確認はしました', '=approved'),
    ('escrow', '仮払い済みで資料のスクショが送られてきた', '=all'),
    (None, 'クラウドワークスで見つけた、無報酬の記事作成の依頼です', '+mlm_or_unpaid'),
    (None, 'ランサーズで、登録料5000円の記事作成の案件です', '+upfront_fee'),
    (None, 'クラウドワークスで、直接契約のみの翻訳の仕事です', '+direct_deal'),
    (None, 'クラウドワークスで応募した、入会金3万円の記事執筆の案件', '+upfront_fee'),
    (None, 'CWで契約前です。教材購入必須のコンテンツ制作の仕事です', '+upfront_fee'),
    (None, 'クラウドワークスで、LINE登録必須の記事作成の案件です', '+survey_to_line'),
    (None, 'ココナラで、手数料回避のため直接取引希望の記事作成の依頼です', '+direct_deal'),
    ('warning_signs', '身分証提示ありの記事作成の仕事', '+id_or_bank'),
    ('warning_signs', '電話番号の登録ありの記事作成の依頼', '+contact_details'),
    ('warning_signs', '口座開設ありきの記事作成の仕事です', '+id_or_bank'),
    ('warning_signs', '教材費ありの記事作成の仕事', '+upfront_fee'),
    ('warning_signs', 'サイト外での支払いの記事作成の案件です', '+direct_deal'),
    ('warning_signs', '事務局を名乗る人から「規約違反の注意」というメールが来て、リンクを押せと', '+fake_official'),
    ('warning_signs', 'CWの運営を名乗ってて、聞いたことない名前だった', '+fake_official'),
    ('warning_signs', 'ランサーズのサポートを名乗る人で、ニュースで見たのと同じ手口だった', '+fake_official'),
    ('escrow', '早く済ませてもらいたいんですけど', '!all'),
    ('escrow', '済ませてくれと催促してます', '!all'),
    ('escrow', 'お済ませいただくようお願いしております', '!all'),
    ('escrow', '済ませてくれとお願いしてるところ', '!all'),
    ('escrow', '済ませてくれと伝えたけど、音沙汰なし', '!all'),
    ('escrow', '済ませてもらいたいけど返事がない', '!all'),
    ('escrow', '済ませてもらいたくて催促しました', '!all'),
    ('escrow', 'お済ませいただくよう先方にお願いしました', '!all'),
    ('escrow', '済ませていただいてから始めますと伝えた', '!all'),
    ('escrow', '済ませてもらいます', '!all'),
    ('escrow', '済ませてくれず困ってます', '!all'),
    ('escrow', 'お済ませいただけず困っています', '!all'),
    ('escrow', '済ませたかったけど、カードが通らなかったそうです', '!all'),
    ('escrow', '済ませたいけど今月は無理と言われた', '!all'),
    ('escrow', '済ませてもらいたかったが断られた', '!all'),
    ('escrow', '済ませたふりをされた', '!all'),
    ('warning_signs', '口座とかない人は新しく作ってと言われた', '+id_or_bank'),
    ('warning_signs', '口座など無い方はこちらで開設してくださいと言われた', '+id_or_bank'),
    ('warning_signs', '口座とか無い時は新しく作ってと言われた', '+id_or_bank'),
    ('warning_signs', '口座などない方には開設をお願いしていますとのこと', '+id_or_bank'),
    ('warning_signs', '口座とかないっすか？と聞かれた', '+id_or_bank'),
    ('warning_signs', '口座とか無かったっけ？と聞かれた', '+id_or_bank'),
    ('warning_signs', '身分証などない状態だと契約できないと言われた', '+id_or_bank'),
    (None, 'クラウドワークスで契約前。口座など無い方はこちらで開設してください、とクライアントから言われました', '+id_or_bank'),
    ('warning_signs', '口座なんかない奴は仕事にならないと言われた', '+id_or_bank'),
    ('warning_signs', '直接契約じゃない案件は受けないと言われた', '+direct_deal'),
    ('warning_signs', '直接契約じゃない形は嫌だそうです', '+direct_deal'),
    ('warning_signs', '直接契約じゃないなんてありえないと言われた', '+direct_deal'),
    ('warning_signs', '直接取引じゃないやり方は手数料が高いから嫌だと', '+direct_deal'),
    ('warning_signs', '直接契約じゃない方法は考えてないそうです', '+direct_deal'),
    ('warning_signs', '個人契約じゃない限り発注しないと', '+direct_deal'),
    ('warning_signs', '直接契約じゃないのは困るって言われた', '+direct_deal'),
    ('warning_signs', 'マイナンバーじゃない書類でもいいから送ってと言われた', '+id_or_bank'),
    ('warning_signs', '私が直接契約を提案したということにされた', '+direct_deal'),
    ('warning_signs', '私が直接契約を提案したとクライアントが嘘をついている', '+direct_deal'),
    (None, 'クラウドワークスで、僕が口座を尋ねたのではなく、向こうから聞かれました。契約はまだです', '+id_or_bank'),
    ('warning_signs', '電話番号の入力はCWの本人確認でしたが、クライアントにも教えてと言われた', '+contact_details'),
    (None, 'クラウドワークスで契約前です。身分証の提出はクラウドワークスの本人確認で済ませたのに、また送れと言われた', '+id_or_bank'),
    (None, 'クラウドワークスで契約前です。身分証の提出はクラウドワークスの本人確認で済ませたのに、また送れと言われた', 'f!client=verified'),
    (None, 'クラウドワークスで契約済み、仮払い済み。口座の登録はクラウドワークスの登録で済んでるのに、先方のサイトにも登録しろと言われた', '+id_or_bank'),
    (None, 'クラウドワークスで契約済み。追加分は銀行振込で、仮払いした分とは別に払うと言われた', '+direct_deal'),
    ('warning_signs', '作業の前に仮払いを入金してほしいと伝えました', '-upfront_fee'),
    ('warning_signs', '着手前に仮払いを入金してくださいとお願いしました', '-upfront_fee'),
    ('warning_signs', '作業前に入金してほしいとクライアントにお願いしています', '-upfront_fee'),
    ('warning_signs', '始める前に入金してくださいとこちらから伝えた', '-upfront_fee'),
    ('warning_signs', '先に入金してほしいとクライアントに頼みました', '-upfront_fee'),
    ('warning_signs', '先に入金してくださいとこちらから言いました', '-upfront_fee'),
    ('warning_signs', '特になし。先に仮払いで入金してほしいと私から伝えました', '-upfront_fee'),
    ('warning_signs', '先に入金してほしいと伝えたのは私です', '-upfront_fee'),
    ('warning_signs', '仮払いを先に入金してほしいと言いました', '-upfront_fee'),
    ('warning_signs', '自費で購入した素材を使っています', '-upfront_fee'),
    ('warning_signs', '素材は自費で購入しました', '-upfront_fee'),
    ('warning_signs', '自費で買ったPCで作業してます', '-upfront_fee'),
    ('warning_signs', '特に無いです。参考書は自費で購入しました', '-upfront_fee'),
    ('warning_signs', '画像素材を自費で購入して使うと伝えた', '-upfront_fee'),
    ('warning_signs', '自費で購入したソフトを使ってます', '-upfront_fee'),
    ('warning_signs', 'なし。自費で購入したカメラで撮影します', '-upfront_fee'),
    ('warning_signs', '月額1000円のツールを契約して使っています（自分で）', '-upfront_fee'),
    ('warning_signs', '月額980円のサービスに登録して使ってます', '-upfront_fee'),
    ('warning_signs', '自分で月額500円のプランに加入して使ってます', '-upfront_fee'),
    ('warning_signs', '月額3000円のツールを契約してあるので作業できます', '-upfront_fee'),
    ('warning_signs', '月額2000円のサービスを契約しているのはクライアントです', '-upfront_fee'),
    ('warning_signs', 'コンサル料を払ってもらえる案件です', '-upfront_fee'),
    ('warning_signs', 'コンサル料を支払ってくれるそうです', '-upfront_fee'),
    ('warning_signs', 'コンサル料を払ってくれるクライアントです', '-upfront_fee'),
    ('warning_signs', 'I subscribe to a paid Adobe plan for my work', '-upfront_fee'),
    ('warning_signs', 'none. I subscribe to a paid stock photo site', '-upfront_fee'),
    ('warning_signs', 'I already subscribe to the paid version of Grammarly', '-upfront_fee'),
    ('warning_signs', 'I subscribe to a paid plan of Canva myself', '-upfront_fee'),
    (None, 'Crowdworks, hired, funded. I subscribe to a paid Adobe plan myself. Client wants Chatwork', '-upfront_fee'),
    ('warning_signs', 'I have to send 5000 yen invoice via crowdworks', '-upfront_fee'),
    ('warning_signs', 'he wants me to send 10000 yen quotes', '-upfront_fee'),
    ('warning_signs', 'he wants me to send $200 estimate', '-upfront_fee'),
    (None, 'CrowdWorks. Signed and funded. The client asked to move to Chatwork. I have to send 5000 yen invoice via crowdworks monthly', '-upfront_fee'),
    ('warning_signs', 'I must send 1000 yen worth of photos', '-upfront_fee'),
    ('warning_signs', 'I need to send 5000 yen worth of work', '-upfront_fee'),
    ('warning_signs', 'the deadline slips unless I pay close attention', '-upfront_fee'),
    ('warning_signs', "he can't pay but he'll fund escrow next week", '-mlm_or_unpaid'),
    ('warning_signs', "he can't pay but promised to fund escrow on Monday", '-mlm_or_unpaid'),
    ('warning_signs', 'カカオのIDとかは無かったです', '-contact_details'),
    ('escrow', '仮払い済みでおっけーです', '=all'),
    ('contact_request', '承認されておっけーでした', '=approved'),
    ('contact_request', '承認おっけー', '=approved'),
    ('escrow', '仮払い済みなの確かです', '=all'),
    ('escrow', '仮払い済みで確かです', '=all'),
    ('contact_request', '承認済みなの確かです', '=approved'),
    ('contract', '契約済みで言いがたいんですが、移りたいと言われて', '=contracted'),
    ('escrow', '仮払い済みで言い難いんですけど、作業が遅れてます', '=all'),
    ('contract', '契約済みで言い難いのですが、相談があります', '=contracted'),
    (None, 'ランサーズで契約済みで言い難いんですが、チャットワークに移りたいと言われて迷ってます', '-move_before_contract'),
    ('contact_request', 'approved - got told by support this morning', '=approved'),
    ('contact_request', 'approved - was told in the app', '=approved'),
    ('contact_request', 'approved - was told by the support team', '=approved'),
    ('lancers_contact_request', 'done - got told by the support', '=done'),
    ('contact_request', '承認されて先方にChatworkの招待を送った', '=approved'),
    ('contact_request', '承認されたからクライアントに連絡先教えた', '=approved'),
    ('contact_request', '承認されてすぐ相手にチャットワークIDを教えた', '=approved'),
    ('contact_request', '承認の連絡がクライアントにも私にも来ました', '=approved'),
    ('contact_request', '承認されたとクライアントにも私にも通知が来た', '=approved'),
    ('contact_request', '先方側にも承認のメールが届いた', '=approved'),
    ('contact_request', 'クライアントは承認されたことを知ってます', '=approved'),
    ('contact_request', 'クライアントは承認の通知を見て安心していました', '=approved'),
    ('contact_request', '先方は承認済みのことを把握しています', '=approved'),
    ('contact_request', '相手は承認されたのを確認済みです', '=approved'),
    ('contact_request', 'クライアントさんは承認済みだと知ってる', '=approved'),
    ('contact_request', '承認されました。クライアントは承認されたことを知っています', '=approved'),
    ('contact_request', 'I got the approval from CrowdWorks', '=approved'),
    ('contact_request', 'I got the approval email today', '=approved'),
    ('contact_request', 'I just got the approval notice', '=approved'),
    ('contact_request', 'i got approval lol', '=approved'),
    ('contact_request', 'I got the OK from crowdworks', '=approved'),
    ('contact_request', 'yes i got the approval', '=approved'),
    ('contact_request', 'Filed and I got the approval on Monday', '=approved'),
    ('contact_request', 'I have approved status now', '=approved'),
    ('contact_request', 'they gave me the green light (CW)', '=approved'),
    ('contact_request', 'approved, they gave me the green light', '=approved'),
    ('contact_request', 'approved - from me filing to approval took 2 days', '=approved'),
    ('contact_request', '審査に落ちたかと思ったけど承認されました', '=approved'),
    ('contact_request', '審査に落ちちゃうかと心配してたけど通りました', '=approved'),
    ('escrow', 'funded, faster than it was for my last job', '=all'),
    ('escrow', 'funded, just like it was for my previous client', '=all'),
    ('escrow', 'funded, same as it was for the old contract', '=all'),
    ('escrow', 'funded, unlike how it was for my previous one', '=all'),
    ('escrow', "funded, it's not like it was for the other job", '=all'),
    ('escrow', 'funded - client is an IG influencer', '=all'),
    ('escrow', 'funded for the IG reels job', '=all'),
    ('escrow', "funded, it's as good as done", '=all'),
    ('warning_signs', '口座なんか無いよって返したら、作れと言われました', '+id_or_bank'),
    ('warning_signs', '口座なんてない、と答えたら作れと言われた', '+id_or_bank'),
    ('warning_signs', '口座とか無いなあ、作れる？って言われた', '+id_or_bank'),
    ('warning_signs', '口座を聞かれた友達に相談したら、私も同じことを言われてた', '+id_or_bank'),
    ('warning_signs', '僕が口座を尋ねたのではなく、向こうから聞かれました', '+id_or_bank'),
    ('warning_signs', '私から電話番号を聞いたのではないです、相手から聞かれた', '+contact_details'),
    ('warning_signs', '私が電話番号を聞いたのは、相手に言われたからです', '+contact_details'),
    ('warning_signs', '私から直接契約をお願いしたと思われてるけど、言い出したのは先方', '+direct_deal'),
    ('warning_signs', '自分から電話番号を聞いた覚えはない、向こうから聞かれた', '+contact_details'),
    ('warning_signs', '私から電話番号を聞いたと思う？いや相手から', '+contact_details'),
    ('warning_signs', '身分証の提出はクラウドワークスの本人確認で済ませたのに、また送れと言われた', '+id_or_bank'),
    ('warning_signs', '口座の登録はクラウドワークスの登録で済んでるのに、先方のサイトにも登録しろと', '+id_or_bank'),
    ('warning_signs', '口座の登録はクラウドワークスの手続きでやったけど、先方にも教えてと言われた', '+id_or_bank'),
    ('warning_signs', '身分証の提出はCWの本人確認で一度したのに、もう一度クライアントに送れと', '+id_or_bank'),
    ('warning_signs', '電話番号の登録はクラウドワークスの登録でしてるのに、LINEで教えてと', '+contact_details'),
    ('warning_signs', '口座の登録はランサーズの手続きの中でと言われたけど、実際はクライアントのサイトだった', '+id_or_bank'),
    ('warning_signs', '身分証の提出はクラウドワークスの本人確認のためと言われて、LINEで送らされた', '+id_or_bank'),
    ('warning_signs', '身分証の提出はクラウドワークスの本人確認に必要だからと、クライアントに送るよう言われた', '+id_or_bank'),
    ('warning_signs', '電話番号の入力はクラウドワークスの登録に必要だと言われて、クライアントの用意したフォームに入力した', '+contact_details'),
    ('warning_signs', '追加分は銀行振込で、仮払いした分とは別に払うと言われた', '+direct_deal'),
    ('warning_signs', '残りは銀行振込で、仮払いされた分以外を払うそうです', '+direct_deal'),
    ('warning_signs', '今後は銀行振込で、仮払いしたら手数料がかかるからと', '+direct_deal'),
    ('warning_signs', '報酬は銀行振込で、仮払いした額は返金すると言われた', '+direct_deal'),
    ('warning_signs', '銀行振込で仮払いしたように見せかけたいと言われた', '+direct_deal'),
    ('warning_signs', 'クレジットカードで仮払いするので有効期限とセキュリティコードを教えてと', '+id_or_bank'),
    ('warning_signs', 'クレジットカードで済ませたいから名義と番号を送って', '+id_or_bank'),
    ('warning_signs', 'クレジットカードで支払い済みにしたいのでカードの表と裏の写真を', '+id_or_bank'),
    ('warning_signs', 'he paid by credit card, then asked for my card expiry date', '+id_or_bank'),
    ('warning_signs', 'He wants to be paid by credit card on his site, he asked for the card number', '+id_or_bank'),
    ('warning_signs', 'マルチツールの販売で、ダウンラインを作れと', '+mlm_or_unpaid'),
    ('contract', '契約済みでおっけーです', '=contracted'),
    ('contract', '契約済みなの確か', '=contracted'),
    ('contact_request', '承認されて言いがたい安心感です', '=approved'),
    ('escrow', 'fully funded, not a small deposit', '=all'),
    ('escrow', 'ほぼ仮払い直後に着手しました、全額済みです', '=all'),
    ('escrow', '手数料2割入ってますが、仮払いは全額です', '=all'),
    ('contract', 'signed, easier than it was for my last contract', '=contracted'),
    ('contract', 'hired by an IG shop owner', '=contracted'),
    ('contract', 'signed for IG content', '=contracted'),
    ('contract', 'got hired via my IG portfolio', '=contracted'),
    ('escrow', '確か仮払い済みだった', '!all'),
    ('escrow', '仮払いは済んでるっけ', '!all'),
    ('escrow', 'funded iirc', '!all'),
    ('escrow', 'funded, not quite', '!all'),
    ('escrow', 'funded, not really', '!all'),
    ('escrow', 'funded question mark', '!all'),
    ('escrow', '済ませてくれました', '=all'),
    ('escrow', '済ませていただきました', '=all'),
    ('escrow', '仮払いはお済ませいただきました', '=all'),
    ('escrow', 'クライアントが済ませてくれた', '=all'),
    ('escrow', '済ませてもらいました！', '=all'),
    ('escrow', '仮払いお済ませいただけました', '=all'),
    ('escrow', '済ませてくれたら始めます', '=promised'),
    ('contact_request', 'approved, no question mark', '=approved'),
    ('client', '本人確認未ですが評価は多い', '=history_only'),
    (None, 'CW client did the SMS verification only', 'f!client=verified'),
    ('warning_signs', 'クラウドワークスを騙るメールが来て、ログインしろと', '+fake_official'),
    ('warning_signs', '運営をかたるアカウントからDM', '+fake_official'),
    ('warning_signs', 'he claims he works for crowdworks', '+fake_official'),
    ('warning_signs', 'クラウドワークスの担当者を装って電話番号を聞かれた', '+fake_official'),
    ('warning_signs', '直接契約じゃないけど、LINE Payで払いたいって', '+direct_deal'),
    ('warning_signs', 'he wants 0 upfront from me', '-upfront_fee'),
    ('warning_signs', 'zero upfront cost, he covers tools', '-upfront_fee'),
    ('warning_signs', '電話したいので番号をと言われたけど断った', '+contact_details'),
    ('warning_signs', '電話したいから番号を、とは言われなかった', '=none'),
    ('warning_signs', 'The client is very respectful', '=none'),
    ('warning_signs', 'He is helpful', '=none'),
    ('warning_signs', 'ボランティアでやってと言われたけど断った', '+mlm_or_unpaid'),
    ('warning_signs', '本名を教えてほしいと言われたけど、クラウドワークスの登録名で十分と断った', '+id_or_bank'),
    ('warning_signs', '認証コードを送ってと言われたけど、断りました', '+id_or_bank'),
    ('warning_signs', '身元確認書類を提出してほしいと言われた', '+id_or_bank'),
    ('warning_signs', '有料のツールに登録する必要はないと言われた', '=none'),
    ('warning_signs', "there's no onboarding fee", '=none'),
    ('warning_signs', 'he said no onboarding fee', '=none'),
    ('warning_signs', '審査に手数料が必要ないと言われた', '=none'),
    ('warning_signs', 'he asked for my crowdworks password', '+id_or_bank'),
])
def test_tenth_review(question_id, text, expected):
    """The client's honorific さん is no Western negative (「会社さんです」); 「されんかった」; punctuation spoken into
    voice input; a request filed with no word of its outcome is asked, not assumed pending, in passing; keigo
    (お済ませいただいて); approval by the client or by the person themselves; pending, refused (審査落ち), 'to be approved';
    hedges before the word (たしか, probs), 'hardly', 'far from', zero; part of the escrow right beside it; the
    client's screenshot or word; escrow paid by card or bank transfer is no sign, a transfer instead of escrow is;
    'basically hired' is checked; personal details, account passwords and codes asked for; fees asked of the
    person; double negations checked; a friend who was asked is no sign; a hedge then a bare statement stays a
    hedge unless the message says they looked ("probably, funded"); and the regressions four reviews found
    in these readings (「怪しくなさそう」 after a done escrow, 'barely signed', 「…のは確かです」, 'a copy of my
    licence', 「直接契約じゃないと困る」, 'my mobile app experience'…)."""
    test_seventh_review(question_id, text, expected)


@pytest.mark.parametrize(("question_id", "text", "expected"), [
    # a negation before (or after) a list of one question's answers governs every item
    ('job_format', "it's one fixed payment for the whole thing not milestones or hourly just one price",
     '=fixed_single'),
    ('job_format', 'neither hourly nor milestones, fixed', '=fixed_single'),
    ('job_format', 'マイルストーンや時間単価ではなく、一括です', '=fixed_single'),
    ('job_format', 'not fixed, hourly', '=hourly'),
    # 'actually' after a statement is a correction
    ('escrow', "it's done. actually, no, it's still pending", '=not_yet'),
    ('contact_request', 'not sure. it was filed and refused, I saw on the page', '=refused'),
    # an English 'not yet' after a Japanese topic
    ('escrow', '仮払いはnot yetです', '=not_yet'),
    ('client', '評価はgoodだけど本人確認はnot yetっぽいです', '!verified'),
    # a correction of the answer asked; a mix-up of subjects in English
    ('contact_request', '承認済み。あ、やっぱりまだです', '=not_applied'),
    ('lancers_contact_request', "Yes it's done — oh wait, no, I was thinking on the 仮払い. The contact request, not"
                                " yet.", '=not_yet'),
    ('escrow', 'かりばら済', '=all'),
    ('escrow', 'クライアントが画面に「仮払い済み」と書いてあると言ってました', '=unsure'),
    # a list after "nobody's asked for" is absent, item by item; the ask may begin the sign's own words
    ('warning_signs', "Nobody's asked for my bank login, my passport, or a small registration fee.", '=none'),
    ('warning_signs', 'Nobody asked for my bank login', '=none'),
    ('warning_signs', 'nobody but the client asked for my bank login', '+id_or_bank'),
    ('warning_signs', 'he asked for my bank login', '+id_or_bank'),
    # "not applied" answers the request, it is no contract fact
    ('contact_request', 'filed, result: rejected', '=refused'),
    ('contact_request', 'Not applied.', 'f!contract=negotiating'),
    # "trust no one" is no "no"; a pause after a topic particle does not end the statement
    ('client', '評価4.7で発注めっちゃしてる人。本人確認は…ついてないな', '=history_only'),
])
def test_lists_and_corrections_elsewhere(question_id, text, expected):
    """A negation governs a whole list of answers; a list after "nobody asked for" walks back item by item; "not
    applied" is no contract fact; a pause after a particle ends nothing; an English 'not yet' after a Japanese
    topic."""
    test_seventh_review(question_id, text, expected)


# A fifteenth to eighteenth review (helpers comparing the reader before and after this change on 2,054, 966, 959
# and 640 probes of their own): the regressions they found, now read right, and the changes they judged right.
@pytest.mark.parametrize(("question_id", "text", "expected"), [
    ('contact_request', 'the answer is no', '!refused'),
    ('contact_request', 'answer: no', '!refused'),
    ('contact_request', "the answer is no, I haven't filed it", '=not_applied'),
    ('contact_request', "the short answer is no, we haven't applied", '=not_applied'),
    ('contact_request', "our answer was no, we didn't file", '=not_applied'),
    ('contact_request', 'my answer is no', '!refused'),
    ('contact_request', 'honest answer: no', '!refused'),
    ('contact_request', 'the answer is no idea', '=unsure'),
    ('contact_request', 'result was no reply yet', '!refused'),
    ('contact_request', 'the answer was no reply so far', '!refused'),
    ('contact_request', 'the outcome was no issue', '!refused'),
    ('escrow', 'the answer is no', 'f!contact_request=refused'),
    ('escrow', 'answer: no', '=not_yet'),
    ('escrow', 'answer: no', 'f!contact_request=refused'),
    ('escrow', 'the answer was no, not funded', 'f!contact_request=refused'),
    ('escrow', "the answer is no, he hasn't funded", 'f!contact_request=refused'),
    ('contract', 'the answer is no', '=negotiating'),
    ('contract', 'the answer is no', 'f!contact_request=refused'),
    ('client', 'the answer is no, no ID check', 'f!contact_request=refused'),
    ('client', 'the answer is no, no verification', 'f!contact_request=refused'),
    ('client', 'result was no reviews', 'f!contact_request=refused'),
    ('warning_signs', 'the answer is no', 'f!contact_request=refused'),
    ('warning_signs', 'the answer is no, nothing', 'f!contact_request=refused'),
    ('warning_signs', 'the short answer is no', 'f!contact_request=refused'),
    ('warning_signs', 'the result was no weird requests', 'f!contact_request=refused'),
    (None, "CrowdWorks job. The answer is no, I haven't signed yet", 'f!contact_request=refused'),
    (None, 'I asked the client if we could stay on CrowdWorks and the answer was no', 'f!contact_request=refused'),
    (None, "The client's answer is no, he wants Chatwork only. crowdworks", 'f!contact_request=refused'),
    (None, "I asked if he'd fund escrow first and the answer was no", 'f!contact_request=refused'),
    (None, "The decision is no: he won't fund before I start. CW", 'f!contact_request=refused'),
    (None, 'The result was no ratings on his profile', 'f!contact_request=refused'),
    (None, "result was rejection of my proposal, so I'm still negotiating", 'f!contact_request=refused'),
    (None, 'My proposal result was rejected, but he contacted me anyway via chatwork', 'f!contact_request=refused'),
    (None, 'The outcome was no reply from support', 'f!contact_request=refused'),
    (None, 'Crowdworks. I filed the request; result was no reply yet', 'f!contact_request=refused'),
    ('escrow', 'yes. wait, I was thinking of the contract. no', '!all'),
    ('escrow', "yes. sorry, I mixed it up with the contract, it's not yet", '!all'),
    ('escrow', 'yes — oops, I was answering about the contract. not yet', '!all'),
    ('escrow', 'done. sorry, I meant the contract is done. not yet', '!all'),
    ('escrow', "done. wait, that's the contract. not yet", '!all'),
    ('escrow', 'yes. no wait, I thought you asked about the contract. no', '!all'),
    ('escrow', 'yes! hmm wait, I mixed up with the contract. nope', '!all'),
    ('escrow', 'yes. no wait, I was thinking about the contract', '!all'),
    ('escrow', 'funded. wait, sorry, that was the contract', '!all'),
    ('escrow', 'はい。あ、すみません、契約と勘違いしてました。まだです', '!all'),
    ('escrow', 'はい。あ、契約のことと間違えました。まだ', '!all'),
    ('escrow', '済み。あ、契約と見間違えてた。まだです', '!all'),
    ('escrow', '済みです。いや、契約の話と勘違いしました、まだです', '!all'),
    ('escrow', '済み。あ、契約と勘違い。まだ', '!all'),
    ('escrow', '済み。あ、訂正、契約のことでした。まだです', '!all'),
    ('escrow', '済んでます。あ、違う、契約が済んでるだけでした。まだです', '!all'),
    ('escrow', '済んでます。あ、違った、契約の話だった', '!all'),
    ('escrow', '仮払い済み。いや、それは契約の話でした', '!all'),
    ('contract', 'はい。あ、仮払いと勘違いしました。まだです', '!contracted'),
    ('contract', '済み。あ、仮払いの話と間違えた。まだ', '!contracted'),
    ('contract', 'done. oops, that was the escrow. not yet', '!contracted'),
    ('contract', '済み。あ、違う、仮払いのことでした', '!contracted'),
    ('contract', 'はい。いや、仮払いの話と勘違い', '!contracted'),
    ('contact_request', 'approved. wait, no, I misread, that was the contract', '!approved'),
    ('contact_request', 'approved. oh no, sorry, I was looking at the contract page', '!approved'),
    ('contact_request', 'approved. hmm, actually that was the escrow, not the request', '!approved'),
    ('contact_request', '承認済み。いや、それ仮払いのことでした', '!approved'),
    ('contact_request', '承認済み。あ、違う、仮払いの話だった', '!approved'),
    ('lancers_contact_request', 'done. wait, I was thinking of the escrow. not yet', '!done'),
    ('lancers_contact_request', '済み。あ、仮払いと勘違いしてた。まだです', '!done'),
    ('escrow', 'funded. oops, I was looking at the contract', '!all'),
    ('contract', 'signed. oops, that was the escrow', '!contracted'),
    ('lancers_contact_request', 'done. oops, that was the escrow', '!done'),
    ('escrow', 'Hai, no', '!all'),
    ('escrow', 'hai no', '!all'),
    ('escrow', 'Hai. No', '!all'),
    ('escrow', 'hai, nope', '!all'),
    ('escrow', 'hai, none', '!all'),
    ('escrow', 'Hai, no idea', '!all'),
    ('escrow', 'Hai, no one made it', '!all'),
    ('escrow', 'Hai, I see no escrow', '!all'),
    ('escrow', 'Hai, no, he made no escrow', '!all'),
    ('escrow', 'Hai. none so far', '!all'),
    ('escrow', 'hai, belum ada', '!all'),
    ('escrow', 'hai, ga ada', '!all'),
    ('contract', 'hai, no', '!contracted'),
    ('contract', 'hai, none', '!contracted'),
    ('contract', 'hai, no idea', '!contracted'),
    ('contract', 'hai, no, I see', '!contracted'),
    ('contract', 'hai, belum', '!contracted'),
    ('lancers_contact_request', 'hai, no', '!done'),
    ('lancers_contact_request', 'Hai, none', '!done'),
    ('contact_request', 'shounin: no', '!approved'),
    ('contact_request', 'shounin no', '!approved'),
    ('contact_request', 'shounin: none', '!approved'),
    ('contact_request', 'shinsei shita, shounin: no', '!approved'),
    ('contact_request', 'shinsei: done. shounin: no', '!approved'),
    ('client', 'honnin kakunin: no', '!verified'),
    ('client', 'honnin kakunin no', '!verified'),
    ('client', 'honnin kakunin none', '!verified'),
    ('client', 'honnin kakunin: none', '!verified'),
    ('client', 'honnin kakunin - no', '!verified'),
    ('client', 'honnin kakunin: no, hyouka: one', '!verified'),
    ('warning_signs', 'mibunshou: no', '-id_or_bank'),
    ('warning_signs', 'mibunshou? no', '-id_or_bank'),
    ('warning_signs', 'mibunshou: none', '-id_or_bank'),
    ('warning_signs', 'mibunshou, kouza? no', '-id_or_bank'),
    ('warning_signs', 'no mibunshou', '-id_or_bank'),
    ('warning_signs', 'no, mibunshou no', '-id_or_bank'),
    ('warning_signs', 'no kouza, no mibunshou', '-id_or_bank'),
    ('escrow', 'karibarai zumi da to omou', '!all'),
    ('escrow', 'karibarai zumi to omoimasu', '!all'),
    ('escrow', 'karibarai sareta to omou', '!all'),
    ('escrow', 'karibarai sareta to omoimasu', '!all'),
    ('escrow', 'karibarai sumi da to omoimasu', '!all'),
    ('escrow', 'karibarai zumi, tashika', '!all'),
    ('escrow', 'karibarai zumi tte kiita', '!all'),
    ('escrow', 'karibarai zumi ni naru yotei', '!all'),
    ('escrow', 'saisho no mairusutoon dake karibarai zumi', '!all'),
    ('contract', 'keiyaku shita to omou', '!contracted'),
    ('contract', 'keiyaku shita to omoimasu', '!contracted'),
    ('contract', 'keiyaku zumi da to omou', '!contracted'),
    ('contact_request', 'shounin sareta to omou', '!approved'),
    ('contact_request', 'shounin sareta to omoimasu', '!approved'),
    ('contact_request', 'shounin zumi da to omou', '!approved'),
    ('contact_request', 'shounin sareta tte kiita', '!approved'),
    ('client', 'honnin kakunin zumi da to omou', '!verified'),
    ('client', 'honnin kakunin zumi to omoimasu', '!verified'),
    (None, 'CW desu. karibarai zumi to omoimasu', 'f!escrow=all'),
    ('escrow', 'karibarai done', '=all'),
    ('escrow', 'karibarai: done', '=all'),
    ('escrow', 'karibarai, done', '=all'),
    ('escrow', 'karibarai - done', '=all'),
    ('escrow', 'karibarai done!', '=all'),
    ('escrow', 'karibarai done desu', '=all'),
    ('escrow', 'karibarai: one done', '=all'),
    ('escrow', 'karibarai? sure', '=all'),
    ('escrow', 'karibarai? no', '=not_yet'),
    ('escrow', 'karibarai: no', '=not_yet'),
    ('escrow', 'karibarai, no', '=not_yet'),
    ('escrow', 'karibarai - no', '=not_yet'),
    ('escrow', 'karibarai: nope', '=not_yet'),
    ('escrow', 'karibarai... no', '=not_yet'),
    ('escrow', 'karibarai zumi? no', '=not_yet'),
    ('escrow', 'karibarai done? no', '=not_yet'),
    ('escrow', 'no karibarai', '=not_yet'),
    ('escrow', 'no karibarai made', '=not_yet'),
    ('escrow', 'karibarai? no idea', '=unsure'),
    ('escrow', 'karibarai: no idea', '=unsure'),
    ('escrow', 'Dane: no', '=not_yet'),
    ('escrow', 'no, Dane', '=not_yet'),
    ('escrow', 'Dane, no', '=not_yet'),
    ('escrow', 'hai, no. he said tomorrow', '=promised'),
    ('escrow', 'Hai! No. Dana said tomorrow', '=promised'),
    ('contract', 'keiyaku done', '=contracted'),
    ('contract', 'keiyaku: done', '=contracted'),
    ('contract', 'keiyaku: sure', '=contracted'),
    ('contract', 'keiyaku: no', '=negotiating'),
    ('contract', 'keiyaku? no', '=negotiating'),
    ('contract', 'keiyaku, no', '=negotiating'),
    ('contract', 'no keiyaku', '=negotiating'),
    ('contract', 'keiyaku done? no', '=negotiating'),
    ('contract', 'no, Dane', '=negotiating'),
    ('contact_request', 'shinsei: no', '=not_applied'),
    ('contact_request', 'shinsei no', '=not_applied'),
    ('contact_request', 'shinsei: none', '=not_applied'),
    ('contact_request', 'shinsei? no', '=not_applied'),
    ('contact_request', 'no shinsei', '=not_applied'),
    ('contact_request', 'shinsei: no idea', '=unsure'),
    ('contact_request', 'Hai, no', '=not_applied'),
    ('contact_request', 'hai, none', '=not_applied'),
    ('contact_request', 'Hai, no one did', '=not_applied'),
    ('contact_request', 'hai, no idea', '=unsure'),
    ('warning_signs', 'none desu', '=none'),
    ('warning_signs', 'no desu', '=none'),
    ('escrow', '画面に「仮払いしてください」と書いてある', '!all'),
    ('escrow', '通知に「仮払いをしてください」と来た', '!all'),
    ('escrow', 'ページには「仮払いをしてから作業を開始してください」と書いてある', '!all'),
    ('contact_request', '画面に「承認をお待ちください」と書いてある', '!approved'),
    ('contract', '画面に「契約してください」とある', '!contracted'),
    ('client', 'プロフィールに「本人確認してください」と書いてある', '!verified'),
    ('escrow', '向こうの画面では「仮払い済み」になってるって', '!all'),
    ('escrow', '向こうの画面だと「仮払い済み」と表示されてるとのこと', '!all'),
    ('escrow', 'あっちの画面には「仮払い済み」とあるそう', '!all'),
    ('escrow', '送られてきた画面に「仮払い済み」とある', '!all'),
    ('escrow', 'チャットワークの画面に「仮払い済み」と送られてきた', '!all'),
    ('escrow', '通知欄に「仮払い済み」とあるけど、別の案件のかも', '!all'),
    ('contact_request', '向こうの画面では「承認済み」だって', '!approved'),
    ('contact_request', '承認は…まだです', '!approved'),
    ('contact_request', '承認は…まだ', '!approved'),
    (None, 'CWで契約済み。承認は…まだです', 'f!contact_request=approved'),
    ('client', '本人確認は……ついてない', '!verified'),
    ('escrow', "funded so I guess we're good, not 100% sure though", '!all'),
    ('escrow', '仮払い済みだから大丈夫だと思う、クライアントがそう言ってた', '!all'),
    ('escrow', '仮払い済みだから大丈夫…と思うけど自信ない', '!all'),
    ('contract', '契約済みだから大丈夫だと思う、でも確認してない', '!contracted'),
    ('contact_request', "approved so I think it's fine, but I'm not 100% sure", '!approved'),
    ('job_format', 'マイルストーンか一括か、まだ決まってない', '!fixed_milestone'),
    ('job_format', 'マイルストーンか一括かまだ聞いてない', '!fixed_milestone'),
    ('job_format', 'マイルストーンか一括かは確認してない', '!fixed_milestone'),
    ('escrow', 'not yet, it actually got funded this morning', '=all'),
    ('contact_request', 'not applied. he actually filed it yesterday', '!not_applied'),
    ('contact_request', "not filed. I actually did file it, it's under review", '=pending'),
    ('client', 'new account. they actually have lots of reviews', '!new_account'),
    ('warning_signs', "nobody's asked for my ID except this client", '+id_or_bank'),
    ('warning_signs', "nobody's asked for ID... except the client yesterday", '+id_or_bank'),
    ('warning_signs', "nobody's asked for my bank details yet but he said he will", '+id_or_bank'),
    ('warning_signs', 'Nobody asked for my ID, bank details, or phone', '=none'),
    ('warning_signs', "no one's asked for my LINE, phone, or bank account", '=none'),
    ('escrow', 'no-one has put money in', '=not_yet'),
    ('client', '本人確認はno problem、済み', '=verified'),
    ('escrow', '済んでます。あ、違う、契約はしたけどこっちはまだでした', '=not_yet'),
    ('escrow', '済みです。いや、済んでるのは契約で、まだです', '=not_yet'),
    ('escrow', '済みです。あ、違う違う、契約のことだと思ってた。まだです', '=not_yet'),
    ('escrow', 'はい。いや、契約はしたけど、まだです', '=not_yet'),
    ('escrow', 'Yes. Oops, I read that as the contract question. Not yet.', '=not_yet'),
    ('escrow', "yes! wait no, I'm confusing it with the contract. not yet", '=not_yet'),
    ('escrow', "Yes. Actually no, the contract is what's done. Nothing yet.", '=not_yet'),
    ('contract', "Yes. Oh wait, the escrow is what's done. Not yet.", '=negotiating'),
    ('contact_request', '承認されました。あ、違う、承認されたのは契約でした。まだです', '!approved'),
    ('contact_request', '承認されました。いや、待って、あれは契約の承認だった。まだです', '!approved'),
    ('contact_request', '承認されてます。あ、違う、契約の承認でした。してないです', '=not_applied'),
    ('contact_request', '審査中です。あ、いや違う、契約の方が審査中で、こっちはまだ出してない', '=not_applied'),
    ('contact_request', 'approved. wait, the escrow was approved — not this. no', '!approved'),
    ('client', '本人確認済みです。あ、いや、評価があるだけでした', '!verified'),
    ('client', 'Verified. Actually wait, she just has lots of reviews.', '!verified'),
    ('client', "verified. Oh actually it's just reviews", '!verified'),
    ('client', "verified. wait, no — it's just a lot of job history, no badge", '!verified'),
    ('client', 'verified — actually no badge, just 4.9 stars', '!verified'),
    ('client', 'Verified! Oh wait, I was looking at the wrong client. This one just has some reviews.', '!verified'),
    ('client', "I thought verified, turns out it's just ratings", '!verified'),
    ('client', 'verified. hmm actually only reviews and past orders', '!verified'),
    ('client', "verified I think. actually no, it's only ratings", '=history_only'),
    ('escrow', 'yeah its funded so i think', '!all'),
    ('escrow', 'yes funded so i believe', '!all'),
    ('escrow', "it's funded so i guess", '!all'),
    ('escrow', "escrow is done, I haven't looked at the contract request though", '=all'),
    ('escrow', "Funded, haven't seen any weird requests", '=all'),
    ('escrow', "funded, didn't see any problems so far", '=all'),
    ('escrow', "Yes funded, haven't seen anything suspicious from him", '=all'),
    ('escrow', "funded, but I haven't seen the work details yet", '=all'),
    ('escrow', "funded but haven't looked at the brief yet", '=all'),
    ('escrow', "it's funded but I didn't look at his profile", '=all'),
    ('escrow', "I can see it's funded and the client said so too", '=all'),
    ('escrow', 'Funded, and she said so in the chat too', '=all'),
    ('escrow', '仮払いは済んでます、日本語に自信ないですが', '=all'),
    ('escrow', '仮払い済み、クライアントさんが言ってた金額で入ってました', '=all'),
    ('contact_request', "approved, haven't seen any problems with the client", '=approved'),
    ('contact_request', "approved, didn't see anything weird in the messages", '=approved'),
    ('client', "verified, haven't seen anything weird", '=verified'),
    ('client', "verified with lots of reviews, didn't see any bad ones", '=verified'),
    ('escrow', 'メッセージ画面に「仮払いしました」と来てます', '!all'),
    ('escrow', 'チャット画面に「仮払い完了しました！」と届いてます', '!all'),
    ('escrow', 'メッセージ欄に「仮払い済みです」と来ました', '!all'),
    ('escrow', 'チャット欄に「仮払い済みです」と来てます', '!all'),
    ('escrow', 'チャットワークの画面に「仮払い済み」と来ました', '!all'),
    ('escrow', '募集ページに「仮払い済み」と書いてあります', '!all'),
    ('escrow', '仕事の詳細ページに「仮払い済み」と書いてあります', '!all'),
    ('escrow', '画面に「仮払い済み」とありますけど、本当かな', '!all'),
    ('escrow', '画面に「仮払い済み」とありますが、クライアントが作ったページかも', '!all'),
    ('contact_request', 'Chatworkの通知に「承認されました」と来ました', '!approved'),
    ('contact_request', 'メッセージ画面に「承認しておきました」と来ています', '!approved'),
    ('contact_request', '画面に「承認」とありますが、別の案件の画面かも', '!approved'),
    ('client', 'プロフィールに「本人確認：未」とあります', '!verified'),
    ('client', 'プロフィールに「本人確認：未」とありました', '!verified'),
    ('client', 'プロフィールに「本人確認：未提出」と書いてあります', '!verified'),
    ('client', 'プロフィールに「本人確認済み」と書いてあるように見えます', '!verified'),
    ('client', 'プロフィールに「本人確認書類提出済み」とありますが、自分で書いてるだけかも', '!verified'),
    ('client', 'プロフィールの自己紹介文に「本人確認済みです」と書いてある', '!verified'),
    ('client', '自己紹介欄に「本人確認済みです」と書いてあります', '!verified'),
    ('client', 'プロフィール文に「本人確認済」と書いてあります', '!verified'),
    ('client', 'プロフィールのタイトルに「本人確認済み・安心企業」と書いてある', '!verified'),
    ('client', '募集ページに「本人確認済みの企業です」と書いてあります', '!verified'),
    ('client', '会社概要ページに「本人確認済み」と書いてあります', '!verified'),
    ('escrow', '画面に「仮払い申請中」とあります', 'f!contact_request=pending'),
    ('warning_signs', "Nobody's asked for my ID. Besides, he seems legit.", '-id_or_bank'),
    ('warning_signs', "She hasn't asked for bank details or money. Apart from that, she's been great.", '-id_or_bank'),
    ('warning_signs', "She hasn't asked for bank details or money. Apart from that, she's been great.", '-upfront_fee'),
    ('warning_signs', "He hasn't asked for an upfront fee. Other than that he's been very professional.", '-upfront_fee'),
    ('warning_signs', "hasn't asked for money or my ID, other than that he's very polite", '-id_or_bank'),
    ('warning_signs', "hasn't asked for money or my ID, other than that he's very polite", '-upfront_fee'),
    ('warning_signs', "hasn't asked for money or my ID — other than that he's very polite", '-id_or_bank'),
    ('warning_signs', "hasn't asked for money or my ID — other than that he's very polite", '-upfront_fee'),
    ('warning_signs', "hasn't asked for money or my ID. other than that he's very polite", '-id_or_bank'),
    ('warning_signs', "hasn't asked for money or my ID. other than that he's very polite", '-upfront_fee'),
    ('warning_signs', 'They never asked for money or personal info, besides they pay through CW anyway', '-id_or_bank'),
    ('warning_signs', 'They never asked for money or personal info, besides they pay through CW anyway', '-upfront_fee'),
    ('warning_signs', "Nobody's asked me to pay anything. Besides, they seem like a real company.", '-upfront_fee'),
    ('warning_signs', "She didn't ask for an upfront fee, besides she's the one paying me", '-upfront_fee'),
    ('warning_signs', "they haven't asked for my phone number or LINE. apart from that, they only talk on CW", '-contact_details'),
    ('warning_signs', 'nobody asked for my line id. besides that, they want to move to chatwork before the contract', '-contact_details'),
    ('warning_signs', 'nobody asked for my line id. besides that, they want to move to chatwork before the contract', '+move_before_contract'),
    ('warning_signs', 'nobody has asked for bank details. other than him nobody has even messaged me', '-id_or_bank'),
    (None, "Hi, client on CrowdWorks wants to move to Chatwork. Nobody's asked for my bank details. Besides, he's verified. Is it safe?", '-id_or_bank'),
    (None, "Found a job on CrowdWorks. She hasn't asked for money or my ID, apart from that she seems nice. Contract signed, escrow done.", '-id_or_bank'),
    (None, "Found a job on CrowdWorks. She hasn't asked for money or my ID, apart from that she seems nice. Contract signed, escrow done.", '-upfront_fee'),
    (None, "CW job. He hasn't asked for my bank account or ID. Other than that he wants to use Chatwork. Signed and funded.", '-id_or_bank'),
    (None, 'He never asked for money or personal info; apart from him wanting Chatwork, nothing unusual.', '-id_or_bank'),
    (None, 'He never asked for money or personal info; apart from him wanting Chatwork, nothing unusual.', '-upfront_fee'),
    ('warning_signs', 'No one has asked for my LINE, but they did ask if I use Chatwork', '-contact_details'),
    ('warning_signs', "The client hasn't asked for money or personal details, but he did want to move to Chatwork", '-id_or_bank'),
    ('warning_signs', "The client hasn't asked for money or personal details, but he did want to move to Chatwork", '-upfront_fee'),
    ('warning_signs', "she didn't ask for any personal info, but she asked for my portfolio link", '-id_or_bank'),
    (None, "I'm on CrowdWorks, contract signed and escrow done. The client hasn't asked for money or my ID, but he wants to move to Chatwork for faster communication. Is that OK?", '-id_or_bank'),
    (None, "I'm on CrowdWorks, contract signed and escrow done. The client hasn't asked for money or my ID, but he wants to move to Chatwork for faster communication. Is that OK?", '-upfront_fee'),
    ('contact_request', 'Not filed. My last proposal got a rejection though.', '=not_applied'),
    ('contact_request', "no. I got a rejection from a different client before, so this time I didn't apply", '=not_applied'),
    ('contact_request', 'approved. btw I got a rejection from another client today lol', '=approved'),
    ('contact_request', 'the request came back, result: approved. the earlier one was a rejection', '=approved'),
    ('contact_request', 'I submitted a proposal, the result was rejection, this is another client', '!refused'),
    ('contact_request', 'No one did', '=not_applied'),
    ('escrow', 'No one has put money in', '=not_yet'),
    ('warning_signs', 'デッドラインは聞かれた', '-contact_details'),
    ('warning_signs', '納期とデッドラインは教えてもらった', '-contact_details'),
    ('warning_signs', 'スケジュールとデッドラインも聞かれました', '-contact_details'),
    ('warning_signs', 'タイムラインは聞かれた', '-contact_details'),
    ('warning_signs', '納品のタイムラインも聞かれた、普通の質問だけです', '-contact_details'),
    ('warning_signs', 'ガイドラインは教えてもらいました', '-contact_details'),
    ('warning_signs', 'オンラインは聞かれたけど、それだけ', '-contact_details'),
    ('warning_signs', 'LINEは聞かれたことがある、前の案件で', '-contact_details'),
    ('warning_signs', 'LINEは聞かれた？いや、聞かれてないです', '-contact_details'),
    ('escrow', '済んでます。あ、違った、前の契約のでした。今回はまだです', '!all'),
    ('escrow', '済んでます。あ、違った、前の契約のやつでした。まだです', '!all'),
    ('escrow', '仮払い済みです。あ、違った、前の契約のでした。まだです', '!all'),
    ('escrow', '仮払い済みです。あ、違った、前の契約のでした。今回はまだです', '!all'),
    ('escrow', 'はい済んでます。あ、違う、前の案件の契約と混ざってた。まだです', '!all'),
    ('escrow', 'はい。あ、待って、前の契約の画面見てた。まだです', '!all'),
    ('escrow', 'はい！…いや、すみません、前の契約のときの記憶でした。まだです', '!all'),
    ('escrow', 'はい。あ、いや、それ前の契約の話だ。まだです', '!all'),
    ('escrow', '済み！あ、違う、前の契約のやつ見てた。まだ', '!all'),
    ('escrow', '済んでます。あ、いや、前の契約の方でした。今回はまだ', '!all'),
    ('escrow', '済んでます。いや、上の契約のとこ見間違えてた、まだです', '!all'),
    ('escrow', '済んでます。あ、やっぱり前の契約のやつでした、まだ', '!all'),
    ('escrow', '済んでます。いや、前の契約の時の話かも。確認します', '!all'),
    ('escrow', 'Yes funded. Oh wait, I was looking at my earlier contract. Not yet', '!all'),
    ('escrow', 'yes! wait no, earlier contract. this one not yet', '!all'),
    ('escrow', "yes, done. oh wait, that's from my earlier contract. not yet for this one", '!all'),
    ('escrow', "Yes. Oh wait, that's my earlier contract. Not yet.", '!all'),
    ('escrow', "Yes. Actually no — we signed earlier but he hasn't put money in yet", '!all'),
    ('escrow', "Yes. Actually no, I signed the contract earlier, but he hasn't paid in yet", '!all'),
    ('escrow', "funded. oh wait, the contract I mentioned isn't signed yet, so no money in yet", '!all'),
    ('escrow', "Yes. Wait, I said the contract was signed but it's not. So no payment yet either", '!all'),
    ('escrow', "yes. actually I said earlier we'd signed — we haven't, and he hasn't paid anything in", '!all'),
    ('contact_request', '承認済み。あ、違った、前の契約のでした。まだです', '!approved'),
    ('contact_request', '承認済み。あ、違う、さっきの仮払いの画面見てました。まだです', '!approved'),
    ('contact_request', "approved. wait, I mentioned the contract — that's what was approved. the request isn't filed", '!approved'),
    ('contact_request', "approved. wait, earlier I said the contract was signed — it isn't, so the request isn't filed either", '!approved'),
    ('contact_request', "Approved. Actually, the contract I mentioned isn't signed yet, and the request hasn't been filed either", '!approved'),
    ('contract', '契約済みです。あ、違った、前の仮払いのでした。まだです', '!contracted'),
    ('contract', 'はい。あ、違う、前の仮払いの画面でした。まだです', '!contracted'),
    ('contact_request', "actually, the escrow I mentioned earlier is done, but the request isn't filed yet", '=not_applied'),
    ('contract', 'Actually I just said yes to his offer this morning and he funded the escrow right after', '=contracted'),
    ('lancers_contact_request', '済んでます。あ、違った、前の契約のでした。まだです', '=not_yet'),
    ('warning_signs', "He never asked for a fee or my bank details. Apart from him, I haven't talked to anyone", '-id_or_bank'),
    ('warning_signs', "He never asked for a fee or my bank details. Apart from him, I haven't talked to anyone", '-upfront_fee'),
    ('warning_signs', "Nothing about bank details or ID. Except him, he's nice", '-id_or_bank'),
    ('warning_signs', 'No bank details, no ID, no fee. Except the client did ask for my phone number', '-id_or_bank'),
    ('warning_signs', 'No bank details, no ID, no fee. Except the client did ask for my phone number', '+contact_details'),
    ('warning_signs', 'nothing about money or my ID. except the client did ask for my email address', '-id_or_bank'),
    ('warning_signs', 'nothing about money or my ID. except the client did ask for my email address', '+contact_details'),
    ('warning_signs', 'no bank details. except the client had asked for my LINE', '-id_or_bank'),
    ('warning_signs', 'no bank details. except the client had asked for my LINE', '+contact_details'),
    ('warning_signs', 'no one asked for my bank account. except the client had asked for my address', '-id_or_bank'),
    ('warning_signs', 'nothing about my bank account. except the client did mention he pays by bank transfer', '-id_or_bank'),
    ('warning_signs', 'nothing about my bank account. except the client did mention he pays by bank transfer', '+direct_deal'),
    ('warning_signs', 'nobody asked for ID, bank info. other than the client, lol, he asked for my skype', '-id_or_bank'),
    (None, "He hasn't asked for ID or money. Except the client did ask me to use PayPal", '-id_or_bank'),
    (None, "He hasn't asked for ID or money. Except the client did ask me to use PayPal", '+direct_deal'),
    (None, 'Nobody has asked for my bank details. Except the client did ask for a quick test before escrow', '-id_or_bank'),
    (None, 'Nobody has asked for my bank details. Except the client did ask for a quick test before escrow', '+work_before_escrow'),
    ('warning_signs', "didn't ask for a fee or a course, my portfolio, my rate, then my bank account number", '+id_or_bank'),
    ('warning_signs', 'Nobody asked for anything at first, then a week later, out of nowhere, my bank details', '+id_or_bank'),
    ('warning_signs', 'nobody asked for anything weird at first, then last week, suddenly, a passport copy', '+id_or_bank'),
    ('warning_signs', "They haven't asked for money or ID, the escrow is funded, my bank details were requested though", '+id_or_bank'),
    (None, "The client hasn't asked for fees, course purchases, then yesterday, my bank account number and ID photo", '+id_or_bank'),
    ('warning_signs', 'none, or maybe', '!none'),
    ('warning_signs', 'nothing like that, or maybe', '!none'),
    ('warning_signs', 'none I think, or maybe', '!none'),
    ('warning_signs', 'none, or maybe one', '!none'),
    ('warning_signs', 'none of those, or idk', '!none'),
    ('warning_signs', 'none, or dunno', '!none'),
    ('warning_signs', 'none, or unsure', '!none'),
    ('warning_signs', 'None, or perhaps', '!none'),
    ('warning_signs', 'nothing, or possibly', '!none'),
    ('warning_signs', 'none, or hmm', '!none'),
    ('warning_signs', 'no, or wait', '!none'),
    ('warning_signs', 'No client has ever asked for my bank details until this one', '+id_or_bank'),
    ('warning_signs', "nobody's asked for money, ID, or bank details, but he wants me to start before escrow", '+work_before_escrow'),
    ('warning_signs', 'he has not asked for my ID, bank details or a fee, and he wants to pay outside CrowdWorks', '+direct_deal'),
    ('warning_signs', 'he did not mention fees, courses, bank details, ID, but wants my LINE ID', '+contact_details'),
    ('warning_signs', 'nobody else asked for my bank details apart from them', '+id_or_bank'),
    ('escrow', 'yes. the request I made for a deadline extension: result was denied', 'f!contact_request=refused'),
    ('contact_request', 'no one', '=not_applied'),
    ('contact_request', "nobody did anything wrong, it's approved", '=approved'),
    ('escrow', 'no one has', '=not_yet'),
    ('lancers_contact_request', 'no one did', '=not_yet'),
    ('job_format', 'one price per hour', '=hourly'),
    ('job_format', 'hourly, one price per hour', '=hourly'),
    ('job_format', 'competition, one price for the winner', '=competition'),
    ('job_format', 'コンペで、one priceです', '=competition'),
    ('escrow', 'かりばらいすみ、だと思います', '!all'),
    ('escrow', 'かりばらいすみ…かな', '!all'),
    ('escrow', 'かりばらいすみ…だと思う', '!all'),
    ('client', '本人確認済み。みぶんしょう提出済みのマークがある', '-id_or_bank'),
    (None, 'みぶんしょうはクラウドワークスの本人確認で出しました', '-id_or_bank'),
    (None, 'みぶんしょうはクラウドワークスの本人確認で提出済みです', '-id_or_bank'),
    ('warning_signs', 'みぶんしょうはクラウドワークスに出しただけで、クライアントには求められてない', '-id_or_bank'),
    (None, 'こじんじょうほうはクラウドワークスに登録してあるだけ', '-id_or_bank'),
    (None, 'こじんじょうほうの取り扱いについて質問されました', '-id_or_bank'),
    (None, 'こじんじょうほう保護方針に同意してって言われた', '-id_or_bank'),
    ('warning_signs', '納期のラインは聞かれた', '-contact_details'),
    ('warning_signs', 'ボーダーラインは聞かれた', '-contact_details'),
    ('warning_signs', 'フロントラインは聞かれた', '-contact_details'),
    ('warning_signs', 'ベースラインも聞かれた', '-contact_details'),
    ('warning_signs', '最低ラインも聞かれた', '-contact_details'),
    ('warning_signs', '単価の下限ラインは聞かれた', '-contact_details'),
    ('warning_signs', '予算のラインも聞かれたけど普通の話', '-contact_details'),
    ('warning_signs', 'LINEは聞かれたって友達が言ってた', '-contact_details'),
    ('warning_signs', 'LINEは聞かれたことあるけど、今回は聞かれてない', '-contact_details'),
    ('warning_signs', 'LINEは聞かれた。けど前の仕事のときの話', '-contact_details'),
    (None, "CrowdWorks, escrow done. Nobody's asked for my ID except the client yesterday.", '+id_or_bank'),
    (None, "CrowdWorks. Nobody's asked for my bank details except the client's assistant.", '+id_or_bank'),
    (None, 'CrowdWorks. Nobody has asked for my ID except the recruiter on Chatwork.', '+id_or_bank'),
    (None, "CrowdWorks. Nobody's asked for ID. Except the client on Chatwork.", '+id_or_bank'),
    (None, "CrowdWorks. Nobody's asked for fees, aside from a copy of my ID.", '+id_or_bank'),
    (None, "CrowdWorks. Nobody's asked for my bank details yet, but he said he would.", '+id_or_bank'),
    (None, "CrowdWorks. Nobody's asked for a fee so far, but she plans to sell me a course.", '+upfront_fee'),
    ('warning_signs', "Nobody's asked for my ID except the client yesterday.", '+id_or_bank'),
    ('warning_signs', "Nobody's asked for my bank details except this client, who asked yesterday.", '+id_or_bank'),
    ('warning_signs', "Nobody's asked for my ID except the client's assistant.", '+id_or_bank'),
    ('warning_signs', 'Nobody has asked for my ID except the recruiter on Chatwork.', '+id_or_bank'),
    ('warning_signs', "No one's asked for my passport except this new client.", '+id_or_bank'),
    ('warning_signs', 'Nobody asked for my bank account except my client lol', '+id_or_bank'),
    ('warning_signs', "Nobody's asked for my bank details except this client lol", '+id_or_bank'),
    ('warning_signs', "Nobody's asked for my ID except for this one client.", '+id_or_bank'),
    ('warning_signs', 'Nobody asked for my bank info apart from this client', '+id_or_bank'),
    ('warning_signs', 'Nobody asked for my ID besides the client', '+id_or_bank'),
    ('warning_signs', "Nobody's asked for my ID except the client yesterday, he wanted a photo of my license", '+id_or_bank'),
    ('warning_signs', 'Nobody asked for my bank details, except the client\'s "HR team"', '+id_or_bank'),
    ('warning_signs', 'Nobody asked for my bank details except the client, and I refused', '+id_or_bank'),
    ('warning_signs', "Nobody's asked for ID. Except the client, yesterday.", '+id_or_bank'),
    ('warning_signs', "Nobody's asked for ID. Except the client on Chatwork.", '+id_or_bank'),
    ('warning_signs', "Nobody's asked for ID. Except this guy.", '+id_or_bank'),
    ('warning_signs', "Nobody's asked for ID. Well, except the client.", '+id_or_bank'),
    ('warning_signs', "Nobody's asked for ID. Except the client did, twice.", '+id_or_bank'),
    ('warning_signs', "Nobody's asked for ID. Except, well, the client.", '+id_or_bank'),
    ('warning_signs', "Nobody's asked for my bank details yet, but he said he would", '+id_or_bank'),
    ('warning_signs', "Nobody's asked for my bank details yet, though he said he will", '+id_or_bank'),
    ('warning_signs', "Nobody's asked for my bank details yet. But he said he will.", '+id_or_bank'),
    ('warning_signs', "Nobody's asked for my bank details yet, but the client says he needs them next week", '+id_or_bank'),
    ('warning_signs', "Nobody's asked for a fee so far, but she plans to sell me a course", '+upfront_fee'),
    ('warning_signs', "Nobody's asked for fees, aside from a copy of my ID", '+id_or_bank'),
    ('warning_signs', "Nobody's asked for money, my bank details were requested though", '+id_or_bank'),
    ('warning_signs', "nobody's asked for a fee, a course purchase is required though", '+upfront_fee'),
    ('warning_signs', "Nobody's asked for a fee, a course, materials, the client's starter pack is 3000 yen", '+upfront_fee'),
    ('contact_request', "result was rejection last time, this time it's under review", '=pending'),
    ('escrow', 'しっかりバランス見て判断します、仮払いはまだ', '=not_yet'),
    ('escrow', 'Done, actually thinking of asking for more', '=all'),
    ('escrow', "done! actually, I'm thinking about whether to accept", '=all'),
    ('job_format', 'not milestones or hourly, fixed', '=fixed_single'),
    ('job_format', "not hourly or milestones, it's a fixed price one", '=fixed_single'),
    ('job_format', 'neither hourly nor milestones, one lump sum', '=fixed_single'),
    ('job_format', 'no milestones or hourly stuff, just fixed', '=fixed_single'),
    ('job_format', 'no, not hourly or milestones. fixed', '=fixed_single'),
    ('job_format', 'not milestones or hourly', '!hourly'),
    ('job_format', 'not milestones or hourly', '!fixed_milestone'),
    ('job_format', 'neither hourly nor milestone', '!hourly'),
    ('job_format', 'neither hourly nor milestone', '!fixed_milestone'),
    ('job_format', 'マイルストーンや時間単価ではなく、固定報酬の一括です', '=fixed_single'),
    ('job_format', 'マイルストーンや時間単価ではないです', '!fixed_milestone'),
    ('job_format', 'マイルストーンや時間単価ではないです', '!hourly'),
    ('job_format', '時間単価とかマイルストーンじゃなくて固定', '!hourly'),
    ('job_format', '時間単価とかマイルストーンじゃなくて固定', '!fixed_milestone'),
    ('job_format', '固定報酬です。マイルストーンや時間単価ではありません', '=fixed_single'),
    ('job_format', '固定報酬。マイルストーンとか時間単価じゃない', '=fixed_single'),
    ('job_format', '時間単価や固定報酬ではなく、タスク形式', '=task'),
    ('job_format', '時間単価/マイルストーンではない、固定', '=fixed_single'),
    ('contact_request', '承認も却下もされてない、審査中', '=pending'),
    ('contact_request', 'neither approved nor refused', '!approved'),
    ('contact_request', 'neither approved nor refused', '!refused'),
    ('contact_request', 'neither approved nor refused yet, under review', '=pending'),
    ('client', 'no verification or reviews', '=new_account'),
    ('platform', 'not lancers or coconala, crowdworks', '=crowdworks'),
    ('platform', 'ランサーズやココナラではなく、クラウドワークス', '=crowdworks'),
    ('platform', 'not crowdworks or lancers, coconala', '=coconala'),
    (None, "hi! Mika here - CW job, not milestones or hourly, it's fixed. escrow done", 'f!job_format=hourly'),
    (None, 'CWです。画面に「仮払い済み」と書いてあります。本人確認は…ついてないな', 'f!client=verified'),
    ('warning_signs', "Nobody's asked for my ID, bank details, or phone number", '=none'),
    ('warning_signs', "nobody's asked for ID, bank info or LINE", '=none'),
    ('warning_signs', 'nobody has asked for my bank details or ID', '=none'),
    ('warning_signs', "no one's asked me for money, ID or a direct deal", '=none'),
    ('warning_signs', "nobody's asked for payment outside the platform", '=none'),
    ('warning_signs', "nobody's asked me to pay a fee or buy materials", '=none'),
    ('warning_signs', "no one's asked me to open a bank account or send ID", '=none'),
    ('warning_signs', "nobody's asked for LINE, a direct contract, and bank details", '=none'),
    ('warning_signs', "nobody's asked for ID or bank details, but they want to pay outside CrowdWorks", '=direct_deal'),
    ('warning_signs', "nobody's asked for ID, bank, phone; he did ask me to buy a course", '=upfront_fee'),
    ('warning_signs', "nobody's asked for my ID, bank details, or phone number. he asked for my LINE", '=contact_details'),
    ('warning_signs', "Nobody's asked for my LINE, and he wants a direct deal", '=direct_deal'),
    ('warning_signs', "nobody's asked for ID, he asked me to pay a registration fee", '=upfront_fee'),
    (None, "nobody's asked for my ID, but he asked for my phone number, crowdworks", '+contact_details'),
    (None, "nobody's asked for my ID, but he asked for my phone number, crowdworks", '-id_or_bank'),
    ('contact_request', 'not applied', '=not_applied'),
    ('contact_request', 'not applied', 'f!contract=negotiating'),
    ('contact_request', 'not applied yet', '=not_applied'),
    ('contact_request', 'not applied yet', 'f!contract=negotiating'),
    ('contact_request', 'not applied, but he applied', '=not_applied'),
    ('contact_request', 'not applied, but he applied', 'f!contract=negotiating'),
    ('escrow', "no longer pending, it's funded", '=all'),
    ('escrow', "no more waiting, it's funded", '=all'),
    ('escrow', "no matter, it's funded", '=all'),
    ('escrow', "no more, it's done", '=all'),
    ('contact_request', "no matter, it's approved", '=approved'),
    ('contact_request', 'no more requests needed, approved', '=approved'),
    ('client', '本人確認は…ついてないな', '!verified'),
    ('client', '本人確認は...ついてないな', '!verified'),
    ('client', '本人確認が…ないです', '!verified'),
    ('client', '本人確認も…ない', '!verified'),
    ('contact_request', '承認は…されてない', '!approved'),
    ('escrow', '仮払いを…してもらえるって', '=promised'),
    ('warning_signs', '身分証は…聞かれてない', '=none'),
    ('warning_signs', '電話番号は…聞かれてない。でも口座は…聞かれた', '=id_or_bank'),
    ('warning_signs', '特には…ないかな', '=none'),
    (None, 'クラウドワークスです。仮払いは…済んでます。本人確認は…ついてないな', 'f!client=verified'),
    ('contact_request', '承認はnot yetです', '!approved'),
    ('contact_request', '承認はnoでした', '!approved'),
    ('client', '本人確認はnoです', '!verified'),
    ('client', '本人確認はnot yet', '!verified'),
    ('client', '本人確認はnothing', '!verified'),
    ('job_format', 'not milestones or hourly, one payment', '=fixed_single'),
    ('job_format', 'マイルストーンや時間単価ではなく、一括です', '=fixed_single'),
    ('job_format', 'マイルストーンとか時間単価じゃないです、一括', '=fixed_single'),
    ('job_format', 'No milestones or hourly stuff, just one payment', '=fixed_single'),
    ('job_format', "neither hourly nor milestones, it's a one-off fixed price", '=fixed_single'),
    ('job_format', '時間単価です。固定報酬やマイルストーンではないです', '=hourly'),
    ('job_format', '固定報酬の一括です、マイルストーンや時給ではありません', '=fixed_single'),
    ('contact_request', 'neither approved nor rejected so far', '!approved'),
    ('contract', 'neither signed nor funded yet', '=negotiating'),
    ('platform', 'クラウドワークスやランサーズではなく、ココナラです', '=coconala'),
    ('platform', "not Lancers or Coconala, it's CrowdWorks", '=crowdworks'),
    ('warning_signs', "nobody's asked for my ID, bank details, or money", '=none'),
    ('warning_signs', "nobody's asked for my ID, bank details, or money", '-id_or_bank'),
    ('warning_signs', "nobody's asked for my ID, bank details, or money", '-upfront_fee'),
    ('warning_signs', "nobody's asked for my ID, bank details, or money except this client", '+id_or_bank'),
    ('warning_signs', 'Nobody has asked for ID... except the client yesterday', '+id_or_bank'),
    ('warning_signs', 'nobody asked for my phone number. except him, last week', '+contact_details'),
    ('warning_signs', 'nobody asked for my ID except him', '+id_or_bank'),
    ('contact_request', 'no matter what I do it says pending', '=pending'),
    ('escrow', "no longer pending, it's funded now", '=all'),
    ('escrow', 'no more waiting, funded', '=all'),
    ('escrow', 'karibarai done, no more waiting', '=all'),
    ('contact_request', '承認は…されてるはず', '=unsure'),
    ('contact_request', '承認は…まだです', '!not_applied'),
    ('warning_signs', '口座番号を…いや、聞かれてないです', '-id_or_bank'),
    ('warning_signs', '身分証は…求められてないです', '=none'),
    ('warning_signs', '身分証は…求められてないです', '-id_or_bank'),
    ('warning_signs', '特には…ないです', '=none'),
    ('client', '実績は…ない', '=new_account'),
    ('client', '本人確認が…されてない', '!verified'),
    ('contact_request', '承認はnot yet', '!approved'),
    ('client', '本人確認はnot yet、評価はあり', '=history_only'),
    ('job_format', 'Not hourly or milestones — a single fixed price', '=fixed_single'),
    ('job_format', 'Not hourly or milestones — a single fixed price', '!hourly'),
    ('job_format', 'fixed price, not milestones or hourly', '=fixed_single'),
    ('job_format', "it isn't milestones or hourly. It's a competition", '=competition'),
    ('job_format', "it isn't milestones or hourly. It's a competition", '!fixed_milestone'),
    ('job_format', "it isn't milestones or hourly. It's a competition", '!hourly'),
    ('job_format', 'neither hourly nor milestones, just one fixed payment', '=fixed_single'),
    ('job_format', 'neither hourly nor milestones, just one fixed payment', '!hourly'),
    ('job_format', "not milestones or hourly, it's one payment", '=fixed_single'),
    ('job_format', "not milestones or hourly, it's one payment", '!hourly'),
    ('job_format', "not milestones or hourly, it's one payment", '!fixed_milestone'),
    ('job_format', 'タスク形式や時間単価ではなく、コンペ形式です', '=competition'),
    ('job_format', 'タスク形式や時間単価ではなく、コンペ形式です', '!task'),
    ('job_format', 'タスク形式や時間単価ではなく、コンペ形式です', '!hourly'),
    ('job_format', 'マイルストーンや時間単価ではなく、一括です', '!fixed_milestone'),
    ('job_format', 'マイルストーンや時間単価ではなく、一括です', '!hourly'),
    ('job_format', '固定報酬。マイルストーンや時間単価ではないです', '=fixed_single'),
    ('job_format', '固定報酬（一括）。時間単価やマイルストーンは使ってないです', '=fixed_single'),
    ('job_format', '固定報酬（一括）。時間単価やマイルストーンは使ってないです', '!hourly'),
    ('job_format', '時間単価とかマイルストーンじゃなくて、固定報酬の一括', '=fixed_single'),
    ('job_format', '時間単価とかマイルストーンじゃなくて、固定報酬の一括', '!hourly'),
    ('job_format', '時間単価もマイルストーンもなし。一括', '=fixed_single'),
    ('job_format', '時間単価もマイルストーンもなし。一括', '!hourly'),
    ('contact_request', 'approved. oh wait, the escrow I mentioned is not done', 'f!escrow=all'),
    ('contact_request', '承認済み。あ、さっきの仮払い、見たら別案件のだった。まだ入ってない', 'f!escrow=all'),
    ('warning_signs', 'Nobody asked for my ID. Except him, he did', '+id_or_bank'),
    ('warning_signs', "Nobody's asked for my bank details except him", '+id_or_bank'),
    ('warning_signs', "Nobody's asked for my bank details. Except this client, that is.", '+id_or_bank'),
    ('warning_signs', '銀行口座は聞かれてないです。ただ、クライアントからLINEは聞かれました', '-id_or_bank'),
    ('escrow', "No longer pending — it's funded", '=all'),
    ('escrow', 'no longer on hold, the client funded it this morning', '=all'),
    ('escrow', "no more waiting, it's funded now", '=all'),
    (None, '仮払いは…済んでるけど、口座を…教えてほしいと言われた', '+id_or_bank'),
    (None, '承認は…されてるはず', 'f!contact_request=approved'),
    ('client', '実績は…あります。本人確認は…ない', '=history_only'),
    ('escrow', '契約は…済んでます。仮払いは…まだ', '=not_yet'),
    ('warning_signs', '口座は…いや、聞かれてないです', '-id_or_bank'),
    ('warning_signs', '口座は…まだ聞かれてないけど、たぶん聞かれる', '-id_or_bank'),
    ('warning_signs', '口座は…聞かれてないです', '-id_or_bank'),
    ('warning_signs', '手数料が…もったいないから直接って言われた', '+direct_deal'),
    ('warning_signs', '直接契約の話は…ないです', '-direct_deal'),
    ('warning_signs', '電話番号を…聞かれました。口座は…まだ聞かれてない', '+contact_details'),
    ('warning_signs', '電話番号を…聞かれました。口座は…まだ聞かれてない', '-id_or_bank'),
    ('client', '本人確認はnoneです、評価はあり', '=history_only'),
    ('job_format', 'じかんたんかじゃなくて、こていほうしゅう', '!hourly'),
    ('warning_signs', 'LINEも聞かれたし、口座も聞かれた', '+id_or_bank'),
    (None, "I'm neither contracted nor funded, and he wants me on Chatwork now", 'f!contract=contracted'),
    (None, "I'm neither contracted nor funded, and he wants me on Chatwork now", 'f!escrow=all'),
    (None, 'LINEは聞かれたけど、仮払いは…まだです', 'f!escrow=all'),
    (None, 'クラウドワークスの契約は…済んでます。仮払いは…まだかな', 'f!escrow=all'),
    (None, '承認は…まだです。仮払いは済み', 'f!contact_request=approved'),
    ('client', '実績は…ゼロです', '=new_account'),
    ('contact_request', '承認は…されてないです', '!approved'),
    ('contract', 'neither signed nor accepted yet', '=negotiating'),
    ('escrow', "no longer waiting, it's in escrow", '=all'),
    ('warning_signs', 'LINEは聞かれたけど、口座は聞かれてない', '-id_or_bank'),
    ('warning_signs', 'Nobody asked for my phone number except him', '+contact_details'),
    ('warning_signs', "nobody asked for my bank details, other than them, it's all normal", '+id_or_bank'),
    ('warning_signs', '仮払いの前に…テストをやってと言われた', '+work_before_escrow'),
    ('warning_signs', '前払いや教材購入は…言われてないです', '=none'),
    ('warning_signs', '手数料や直接契約の話は…出てないです', '=none'),
    ('warning_signs', 'Nobody has asked for a fee, a course, my passport or my bank account', '-id_or_bank'),
    ('warning_signs', 'He never brought up fees, courses, my ID, or paying outside CrowdWorks', '-direct_deal'),
    ('client', 'neither verified nor reviewed', '!verified'),
    (None, "Not milestones or hourly — it's a one-price job on CrowdWorks, funded", 'f!job_format=hourly'),
    (None, '承認はnot yetだけど仮払いはdone', 'f!contact_request=approved'),
    ('warning_signs', "Nobody's asked for money, my ID, or my bank details", '=none'),
    ('warning_signs', "Nobody's asked for money, my ID, or my bank details", '-id_or_bank'),
    ('warning_signs', "No one's asked for my ID, bank info, or an upfront fee", '=none'),
    ('job_format', "Not milestones or hourly, it's one payment", '=fixed_single'),
    ('job_format', 'neither hourly nor milestones, one payment', '=fixed_single'),
    ('job_format', 'neither milestones nor task', '!fixed_milestone'),
    ('job_format', 'fixed price, no milestones or hourly stuff', '=fixed_single'),
    ('job_format', 'one payment, not milestones or hourly', '=fixed_single'),
    ('job_format', 'マイルストーンや時間単価じゃないです', '!fixed_milestone'),
    ('job_format', '時間単価とかマイルストーンではないです。固定報酬の一括です', '=fixed_single'),
    ('job_format', 'マイルストーンも時間単価もないです', '!fixed_milestone'),
    ('job_format', '時間単価ではなくて、マイルストーンや一括でもなくて、コンペです', '=competition'),
    ('job_format', '時間単価ではない。マイルストーンや一括でもない。タスクです', '=task'),
    ('job_format', '一括でもマイルストーンでもないかな、時間単価', '=hourly'),
    ('contact_request', '承認や却下ではなく、審査中です', '=pending'),
    ('client', 'neither verified nor rated', '!verified'),
    (None, 'Lancers job, neither hourly nor milestones. Client is verified.', 'f!job_format=hourly'),
    ('warning_signs', "Nobody's asked for my ID except this client.", '+id_or_bank'),
    ('warning_signs', "Nobody's asked for my ID except the client.", '+id_or_bank'),
    ('warning_signs', "Nobody's asked for my bank details except him.", '+id_or_bank'),
    ('warning_signs', 'nobody has asked for my ID other than this client', '+id_or_bank'),
    ('warning_signs', "No one's asked for my ID... except the client yesterday.", '+id_or_bank'),
    ('warning_signs', "Nobody's asked for ID. Except the client.", '+id_or_bank'),
    ('warning_signs', "Nobody's asked for my ID or bank details except the client.", '+id_or_bank'),
    ('warning_signs', "Nobody's asked for bank details except this client; he also wants my LINE", '+id_or_bank'),
    ('warning_signs', "Nobody's asked for bank details except this client; he also wants my LINE", '+contact_details'),
    ('warning_signs', "Nobody's asked for money, then my bank details", '+id_or_bank'),
    ('warning_signs', 'Nobody asked for money, my ID, my bank details, my LINE, or a direct deal', '=none'),
    ('warning_signs', "No one's asking for my ID", '=none'),
    (None, "CrowdWorks job. Nobody's asked for my ID except this client.", '+id_or_bank'),
    (None, "Nobody's asked for my bank login. Except the client yesterday.", '+id_or_bank'),
    ('contact_request', 'I have not applied', 'f!contract=negotiating'),
    ('escrow', "no longer pending, it's escrowed now", '=all'),
    ('escrow', 'No longer an issue, he funded it', '=all'),
    ('escrow', "no more waiting, it's in escrow", '=all'),
    ('escrow', "no matter, it's escrowed", '=all'),
    ('contact_request', "No matter, I filed and it's under review", '=pending'),
    ('lancers_contact_request', 'no longer pending, done', '=done'),
    ('escrow', '仮払いを…してくれるって', '=promised'),
    ('client', '本人確認は…されてないです', '!verified'),
    ('warning_signs', '身分証を...いや、聞かれてないです', '-id_or_bank'),
    ('warning_signs', 'LINEを…教えてと言われた', '+contact_details'),
    ('client', '本人確認はnoneです', '!verified'),
    ('escrow', 'Yes, escrowed. Actually I was thinking of the contract', '!all'),
    ('contract', 'Signed. Actually I was thinking of the escrow', '!contracted'),
    ('contact_request', 'Approved. Actually I was thinking of the contract', '!approved'),
    (None, 'CrowdWorks, escrow done. Actually I was thinking of the contract.', 'f!escrow=all'),
])
def test_fifteenth_review(question_id, text, expected):
    """"The answer is no" is no refused request; a mix-up named ("I was thinking of the contract") takes the answer
    back; a quoted prompt, a relayed screen or the client's own text is no status seen; a hedge after "so" still
    hedges; 「承認は…まだ」 is not yet; "apart from that" is no client asking; デッドライン is no LINE; a story that
    turns ("…, my rate, then my bank account number") keeps its sign; romaji is never read safer than its words."""
    test_seventh_review(question_id, text, expected)


@pytest.mark.parametrize(("text", "signs", "doubts"), [
    # taken back in the same sentence: checked, never counted
    ("口座番号聞かれた…いや違う、それは前の別の案件でした。今回は何も聞かれてないです。口座も身分証も", [], ["id_or_bank"]),
    ("口座番号聞かれた、いや、それは別の人だった", [], ["id_or_bank"]),
    # another person or job named without taking anything back: counted
    ("担当は別の人ですが、口座番号を聞かれました", ["id_or_bank"], []),
    # a list of nouns after a sentence that says nothing was asked: maybe what was denied, so checked
    ("何も言われてない。口座も身分証も", [], ["id_or_bank"]),
    # …but not after a word of contrast, a sentence that says a sign, or one that denies something else
    ("変なことは言われてないです。でも口座番号とか", ["id_or_bank"], []),
    ("何も聞かれてないです。ただ口座とか", ["id_or_bank"], []),
    ("返事はまだ来てないです。身分証も", ["id_or_bank"], []),
    ("LINE交換しようって。口座も身分証も", ["id_or_bank", "contact_details"], []),
])
def test_a_sign_taken_back_in_its_sentence_or_denied_as_an_afterthought(text, signs, doubts):
    reading = parse.read_message(text, "warning_signs")
    assert reading.signs == signs and [s for _, s in reading.doubts] == doubts


@pytest.mark.parametrize(("text", "signs"), [
    # a denial ending in 〜からね, or in Hakata speech (〜とらんばい, 一切なか): no sign (h34's dev half)
    ("ううん、そういうのは全然ないよ。お金を払ってとか、口座を教えてとか、何も言われてないからね", []),
    ("口座の話は何も言われてないからね", []),
    ("そげなことは何も言われとらんばい。お金の話も口座の話も一切なか", []),
    # …while an invitation stays one
    ("直接契約しないかって言われた", ["direct_deal"]),
    ("口座教えてくれないかって", ["id_or_bank"]),
])
def test_a_denial_with_a_sentence_ending_or_in_dialect_is_no_sign(text, signs):
    assert parse.read_message(text, "warning_signs").signs == signs
