"""The steps of a verdict: what the freelancer does, in the order they do it.

This file is data. Each step has an id (the scenario corpus uses the same ids), its text in Japanese and
English (``{platform}`` is the platform's name, ``{what}`` what to decline; figures come from
flows/facts.py), an optional ``stop_text`` used in a "stop" verdict, the rules it rests on (its sources are
theirs) and the facts its text states (a figure such as the review time, so the details do not repeat it). The orders:

- CrowdWorks: submit_on_platform (task) | propose_on_platform (competition) → stay_on_platform →
  confirm_escrow (its text per job format: milestone, hourly) → file_contact_request | wait_for_approval →
  exchange_ids → record_hours (hourly) → keep_on_platform
- Lancers: wait_escrow → lancers_contact_request → exchange_ids → pay_on_platform
- Coconala: stay_on_coconala
- stop: do_not_reply → decline → stay_on_platform (stay_on_coconala) → keep_evidence

``choose`` picks the steps that apply; steps already done are not listed (the verdict acknowledges them
in one line).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from flows import facts as F
from flows.conditions import Answers, platform, signs
from flows.facts import Fact, fill


@dataclass(frozen=True)
class Step:
    id: str
    text: dict[str, str]
    rules: tuple[str, ...]
    stop_text: dict[str, str] | None = None
    facts: tuple[Fact, ...] = ()  # facts its text states (a figure): the details do not say them again
    by_format: dict[str, dict[str, str]] = field(default_factory=dict)  # job format → its own text

    def say(self, lang: str, stop: bool = False, job_format: str | None = None, **values: str) -> str:
        text = self.stop_text if stop and self.stop_text else self.by_format.get(job_format or "", self.text)
        return text[lang].format(**values)


def _t(ja: str, en: str) -> dict[str, str]:
    """Both languages; figure names are filled in now, {platform} and {what} when the step is said."""
    return fill({"ja": ja, "en": en})


SCAM_STOPS = ("scam_id_or_bank", "scam_upfront_fee", "scam_survey_to_line", "scam_mlm_or_unpaid",
              "cw_direct_deal_banned", "cw_direct_deal_penalty", "cw_direct_deal_account_restriction",
              "cw_direct_deal_no_escrow", "lancers_outside_payment", "cw_work_before_escrow_request",
              "no_work_answers", "no_work_answers_lancers", "fake_official", "fake_official_elsewhere")

STEPS: tuple[Step, ...] = (
    Step("submit_on_platform",
         _t("作業の提出はクラウドワークス上で行う。タスク形式は公開前に仮払いされていて、提出した作業は{task_approval}。",
            "Submit your work on CrowdWorks: task jobs are escrowed before publication, and submitted work gets "
            "a {task_approval}."),
         ("cw_task_escrowed",), facts=(F.CW_TASK,)),
    Step("propose_on_platform",
         _t("作品の提案はクラウドワークス上で行う（コンペ形式は仮払いの後に公開されています）。",
            "Make your proposal on CrowdWorks (competitions are published only after escrow)."),
         ("cw_competition_escrowed",), facts=(F.CW_COMPETITION,)),
    Step("stay_on_platform",
         _t("契約して仮払いが済むまでは、{platform}のメッセージでやり取りする。",
            "Until the contract is made and escrowed, keep talking on {platform} messages."),
         ("cw_move_before_contract", "cw_contact_request_refused", *SCAM_STOPS),
         stop_text=_t("チャットワークなど外部には移らず、やり取りは{platform}のメッセージだけで続ける。",
                      "Don't move to Chatwork or anywhere else: keep the conversation on {platform} messages "
                      "only.")),
    Step("confirm_escrow",
         _t("契約画面で「仮払い済み」になっているか確かめる。済むまで作業は始めない。",
            "Check that the contract page shows 仮払い済み (escrowed); don't start work until it does."),
         ("cw_escrow_not_yet", "cw_escrow_promised", "cw_escrow_unknown"),
         by_format={
             "fixed_milestone": _t("今のマイルストーンが契約画面で「仮払い済み」になっているか確かめる。済むまで、その段階の"
                                   "作業は始めない。",
                                   "Check that the contract page shows the current milestone as 仮払い済み "
                                   "(escrowed); don't start that stage's work until it does."),
             "hourly": _t("その週の見込み時間分が「仮払い済み」になっているか確かめる。済むまで作業は始めない。",
                          "Check that the week's expected hours are escrowed (仮払い済み); don't start work "
                          "until they are."),
         }),
    Step("file_contact_request",
         _t("サービス外連絡申請をして、承認を待つ（審査は{review_days}）。",
            "File the off-platform contact request (サービス外連絡申請) and wait for approval (reviewed "
            "{review_days})."),
         ("cw_contact_request_needed",), facts=(F.CW_REVIEW,)),
    Step("wait_for_approval",
         _t("サービス外連絡申請の承認を待つ（審査は{review_days}）。それまでIDや連絡先は伝えない。",
            "Wait for the contact request's approval (reviewed {review_days}); share no ID or contact "
            "details until then."),
         ("cw_contact_request_pending", "cw_contact_details_need_request"), facts=(F.CW_REVIEW,)),
    Step("wait_escrow",
         _t("仮払いが済むまでは、連絡先の交換も外部ツールの利用もしない。",
            "Until the escrow (仮払い) is done, exchange no contact details and use no outside tools."),
         ("lancers_before_escrow",)),
    Step("lancers_contact_request",
         _t("チャットワークのIDは「連絡先公開申請」で伝える。",
            "Share your Chatwork ID through the contact disclosure request (連絡先公開申請)."),
         ("lancers_contact_request",)),
    Step("exchange_ids",
         _t("チャットワークのIDを交換して、移行する。", "Exchange Chatwork IDs and move."),
         ("cw_contact_request_approved", "lancers_external_ok_after_escrow")),
    Step("record_hours",
         _t("作業時間はクラウドワークスのタイムカードアプリで記録する（支払いは週ごと）。",
            "Record your hours with the CrowdWorks time-card app (payment is weekly)."),
         ("cw_hourly_timecard",)),
    Step("keep_on_platform",
         _t("移行後も、作業範囲・金額・納期・変更の依頼は{platform}のメッセージに残し、納品は{platform}の納品機能で行う。",
            "After the move, keep scope, price, deadlines and changes on {platform} messages, and deliver "
            "through the delivery function on {platform}."),
         ("keep_agreements_on_platform",)),
    Step("pay_on_platform",
         _t("移行後も、契約と支払いは必ずランサーズを通す。", "After the move, keep the contract and the payment on Lancers."),
         ("lancers_no_outside_payment",)),
    Step("stay_on_coconala",
         _t("チャットワークへの移行はお断りし、やり取りはすべてココナラ上で続ける。",
            "Decline the move to Chatwork and keep everything on Coconala."),
         ("coconala_no_outside_contact",)),
    Step("do_not_reply",
         _t("その連絡には返信せず、登録もしない。", "Don't reply to that message or sign up for anything."),
         ("fake_official", "fake_official_elsewhere")),
    Step("decline",
         _t("{what}は、丁寧に断る。", "Politely decline {what}."),
         (*SCAM_STOPS, "coconala_no_outside_contact")),
    Step("keep_evidence",
         _t("相手とのやり取りは、消さずに残しておく。", "Keep the messages you exchanged; don't delete anything."),
         ("keep_agreements_on_platform", "coconala_keep_on_coconala")),
)

BY_ID: dict[str, Step] = {s.id: s for s in STEPS}

# What "decline" declines, per warning sign, in the order listed.
DECLINES: dict[str, dict[str, str]] = {
    "direct_deal": {"ja": "直接取引（サイトを通さない契約・支払い）の提案",
                    "en": "the direct deal (a contract or payment outside the platform)"},
    "id_or_bank": {"ja": "身分証や口座情報の送付", "en": "sending ID documents or bank details"},
    "upfront_fee": {"ja": "費用の支払いや講座・教材の購入", "en": "paying a fee or buying a course or materials"},
    "survey_to_line": {"ja": "LINEの追加や別サービスへの登録", "en": "adding them on LINE or signing up elsewhere"},
    "mlm_or_unpaid": {"ja": "勧誘や報酬のない作業", "en": "the recruiting or unpaid work"},
    "work_before_escrow": {"ja": "仮払い前の作業", "en": "working before escrow (仮払い)"},
    "contact_details": {"ja": "電話番号やLINEのIDを伝えること", "en": "sharing your phone number or LINE ID"},
}

PLATFORM_NAMES: dict[str | None, dict[str, str]] = {
    "crowdworks": {"ja": "クラウドワークス", "en": "CrowdWorks"},
    "lancers": {"ja": "ランサーズ", "en": "Lancers"},
    "coconala": {"ja": "ココナラ", "en": "Coconala"},
    None: {"ja": "お仕事を受けたサービス", "en": "the platform"},
}

FIRST_BY_FORMAT = {"submit_on_platform": "cw_task_escrowed", "propose_on_platform": "cw_competition_escrowed"}
MOVE_ONLY_STOPS = ("cw_contact_request_refused", "coconala_no_outside_contact")
ESCROW_STEPS_RULES = BY_ID["confirm_escrow"].rules


def platform_name(answers: Answers, lang: str) -> str:
    """The platform's name, or a generic one when the user did not say."""
    return PLATFORM_NAMES.get(answers.get("platform"), PLATFORM_NAMES[None])[lang]


def declined(answers: Answers) -> list[str]:
    """The reported warning signs that the freelancer declines, in DECLINES order."""
    reported = signs(answers)
    return [s for s in DECLINES if s in reported]


def choose(answers: Answers, stop: bool, fired: Iterable[str]) -> list[str]:
    """The ids of the steps that apply, in order. `answers` are the effective answers, `fired` the ids of
    every rule that applies (all effects)."""
    fired = set(fired)
    if stop:
        return _stop_steps(answers, fired)
    if platform(answers) == "lancers":
        return [*(["wait_escrow"] if "lancers_before_escrow" in fired else []),
                *(["lancers_contact_request"] if "lancers_contact_request" in fired else []),
                "exchange_ids", "pay_on_platform"]
    out = [step for step, rule in FIRST_BY_FORMAT.items() if rule in fired
           and not (step == "propose_on_platform" and answers.get("contract") == "contracted")]
    if "cw_move_before_contract" in fired:
        out.append("stay_on_platform")
    if fired & set(ESCROW_STEPS_RULES):
        out.append("confirm_escrow")
    if "cw_contact_request_needed" in fired:
        out.append("file_contact_request")
    elif "cw_contact_request_pending" in fired:
        out.append("wait_for_approval")
    hours = ["record_hours"] if "cw_hourly_timecard" in fired else []
    return [*out, "exchange_ids", *hours, "keep_on_platform"]


def _stop_steps(answers: Answers, fired: set[str]) -> list[str]:
    stops = fired & {*SCAM_STOPS, *MOVE_ONLY_STOPS}
    on_coconala = platform(answers) == "coconala"
    stay = "stay_on_coconala" if on_coconala else "stay_on_platform"
    if stops <= set(MOVE_ONLY_STOPS) and not set(declined(answers)) - {"contact_details"}:  # its watch point says it
        escrow = ["confirm_escrow"] if fired & set(ESCROW_STEPS_RULES) and not on_coconala else []
        return [stay, *escrow]
    out = []
    if fired & {"fake_official", "fake_official_elsewhere"}:
        out.append("do_not_reply")
    if declined(answers):
        out.append("decline")
    return [*out, stay, "keep_evidence"]
