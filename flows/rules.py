"""The rule base: what the advisor says, when, why, and where each point comes from.

This file is data. Every rule states facts from flows/facts.py (each traced to docs/sources.md, the team's
domain facts and the only source of truth); to change advice, edit the fact there first, then the rule
here. A figure is never written here: it comes with its fact. Each rule has:

- ``id``: a stable name (used by the steps, the reply templates, the tests and in logs);
- ``when``: the condition on the answers (the *effective* answers, see flows/conditions.py) under which
  the rule applies; the small named conditions just below read like sentences;
- ``effect``: "stop" (do not move / stop dealing), "do_first" (safe once you do this first),
  "watch" (a point to watch out for) or "info" (context: what is already in order);
- ``facts``: what the rule says (its confidence is the weakest of them; its sources are theirs);
- ``lead``: what the user told us, restated (never labelled with a confidence: it is their answer);
- ``action``: what to do, or None;
- ``headline``: the verdict's one sentence when this rule decides it (stop and do_first rules);
- ``short``: the one line shown under "watch out for" in the main message (None: the reason itself is
  short enough). Secondary facts keep their hedge here too;
- ``scope``: None (always), "job" (while the job goes on: not in a verdict that stops dealing with the
  client) or "move" (advice for after moving: never in a stop verdict).

Never cite a terms article number: the numbers change between versions of the terms.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from flows import facts as F
from flows.conditions import Answers, platform, signs
from flows.facts import (  # noqa: F401  (Source is part of this module's interface)  # noqa: F401  (the sources, as the FAQ and older code name them)
    CHATWORK_PLAN_ARTICLES,
    CLIENT_CHECK_ARTICLES,
    COCONALA_NEWS,
    COCONALA_SUPPORT,
    CW_BLOG_IMPERSONATION,
    CW_BLOG_SCAMS,
    CW_ESCROW_ARTICLES,
    CW_FAQ_ACCEPTANCE,
    CW_FAQ_COMPETITION,
    CW_FAQ_CONTACT,
    CW_FAQ_FIXED,
    CW_FAQ_HOURLY,
    CW_FAQ_PROHIBITED_JOBS,
    CW_FAQ_TASK,
    CW_GUIDE_FEE,
    CW_GUIDE_HOURLY,
    CW_HISTORY,
    CW_MILESTONE,
    CW_TERMS_QUOTED,
    CW_TRUST_MARKS,
    LANCERS_FAQ_598,
    LANCERS_FAQ_770,
    RECORD_ARTICLES,
    SEED_ARTICLE,
    Fact,
    Source,
)

EFFECTS = ("stop", "do_first", "watch", "info")
CONFIDENCES = ("official", "secondary", "seed")
SCOPES = (None, "job", "move")
STRENGTH = {"official": 0, "secondary": 1, "seed": 2}


def both(ja: str, en: str) -> dict[str, str]:
    """A text in Japanese and English; {figure names} (flows/facts.py FIGURES) are filled in."""
    return F.fill({"ja": ja, "en": en})


@dataclass(frozen=True)
class Rule:
    id: str
    when: Callable[[Answers], bool]
    effect: str
    facts: tuple[Fact, ...]
    action: dict[str, str] | None = None
    lead: dict[str, str] | None = None
    headline: dict[str, str] | None = None
    short: dict[str, str] | None = None
    scope: str | None = None

    @property
    def checked(self) -> str:
        """When its facts were last read: the oldest of their dates."""
        return min(f.checked for f in self.facts)

    @property
    def confidence(self) -> str:
        """The weakest confidence of the rule's facts."""
        return max((f.confidence for f in self.facts), key=STRENGTH.__getitem__)

    @property
    def sources(self) -> tuple[Source, ...]:
        return tuple(dict.fromkeys(s for f in self.facts for s in f.sources))

    @property
    def reason(self) -> dict[str, str]:
        """The whole point: what the user said (when restated), then the facts."""
        return {lang: self.text(lang) for lang in ("ja", "en")}

    def text(self, lang: str, facts: tuple[Fact, ...] | None = None) -> str:
        lead = self.lead[lang] if self.lead else ""
        said = F.with_check(self.facts if facts is None else facts, lang)
        return (lead + ("" if lang == "ja" or not lead or not said else " ") + said).strip()

    def line(self, lang: str) -> str:
        """The one line for the main message."""
        return self.short[lang] if self.short else self.text(lang)


# ---- conditions on the (effective) answers ----

ESCROWED = ("all", "current_milestone")
FIXED_FORMATS = ("fixed_single", "fixed_milestone")


def on_crowdworks(a: Answers) -> bool:
    return platform(a) == "crowdworks"


def on_lancers(a: Answers) -> bool:
    return platform(a) == "lancers"


def on_coconala(a: Answers) -> bool:
    return platform(a) == "coconala"


def may_move(a: Answers) -> bool:
    """The platform allows talking outside it at some point (all but Coconala)."""
    return not on_coconala(a)


def reported(a: Answers, *any_of: str) -> bool:
    """The user reported one of these warning signs."""
    return bool(signs(a) & set(any_of))


def escrow_is(a: Answers, *values: str) -> bool:
    return a.get("escrow") in values


def escrow_unknown(a: Answers) -> bool:
    return a.get("escrow") in (None, "unsure")


def escrowed(a: Answers) -> bool:
    """The reward (or the current milestone's part of it) is in escrow."""
    return escrow_is(a, *ESCROWED)


def job_is(a: Answers, *formats: str) -> bool:
    return a.get("job_format") in formats


def client_is(a: Answers, *values: str) -> bool:
    return a.get("client") in values


def contact_request_is(a: Answers, *values: str) -> bool:
    return a.get("contact_request") in values


def before_contract(a: Answers) -> bool:
    """Not contracted yet, or not known to be (treated conservatively), or moving before it was proposed."""
    if job_is(a, "task"):  # published once escrowed: no contract to wait for
        return reported(a, "move_before_contract")
    unknown = a.get("contract") is None and not escrowed(a)
    return a.get("contract") == "negotiating" or unknown or reported(a, "move_before_contract")


SCAM_SIGNS = ("survey_to_line", "upfront_fee", "mlm_or_unpaid")


RULES: tuple[Rule, ...] = (
    # ---- stop: do not move / stop dealing. The first that applies gives the headline. ----
    Rule(
        id="fake_official",
        when=lambda a: reported(a, "fake_official") and on_crowdworks(a),
        effect="stop",
        facts=(F.CW_NO_OFFERS_ON_CHAT,),
        action=both("その連絡には返信も登録もせず、やり取りをやめてください。",
                    "Don't reply or sign up for anything; stop that conversation."),
        headline=both("「クラウドワークス」を名乗るLINEやチャットワークの連絡は、なりすましです。返信しないでください。",
                      "A message on LINE or Chatwork claiming to be CrowdWorks is impersonation: don't reply."),
    ),
    Rule(
        id="fake_official_elsewhere",
        when=lambda a: reported(a, "fake_official") and not on_crowdworks(a),
        effect="stop",
        facts=(F.CW_NO_OFFERS_ON_CHAT,),
        action=both("その連絡には返信も登録もせず、やり取りをやめてください。",
                    "Don't reply or sign up for anything; stop that conversation."),
        headline=both("運営を名乗るLINEやチャットワークの連絡には、返信しないでください。",
                      "Don't reply to a message on LINE or Chatwork that claims to be the platform's staff."),
        short=both("クラウドワークスは、LINEなどで自社を名乗る連絡はなりすましだとしています（クラウドワークスの案内）。",
                   "CrowdWorks states that messages on LINE and the like claiming to be CrowdWorks are "
                   "impersonation (CrowdWorks' own warning)."),
    ),
    Rule(
        id="scam_id_or_bank",
        when=lambda a: reported(a, "id_or_bank"),
        effect="stop",
        facts=(F.FRAUD_SIGNS,),
        action=both("個人情報は伝えず、この相手とのやり取りはいったん止めてください。",
                    "Don't share personal information, and stop dealing with this client for now."),
        headline=both("身分証や口座の情報は送らないでください。求めてくるのは詐欺のサインとされています。",
                      "Don't send ID documents or bank details: asking for them is reportedly a sign of fraud."),
        short=both("身分証や口座の情報を求めるのは、詐欺のサインとされています。送らないでください。",
                   "Asking for ID documents or bank details is reportedly a sign of fraud: don't send them."),
    ),
    Rule(
        id="cw_direct_deal_banned",
        when=lambda a: on_crowdworks(a) and reported(a, "direct_deal"),
        effect="stop",
        facts=(F.CW_DIRECT_DEAL_RULE,),
        action=both("直接取引には応じず、契約と支払いはクラウドワークス上で行ってください。",
                    "Decline the direct deal; keep the contract and the payment on CrowdWorks."),
        headline=both("直接取引の提案には応じないでください。クラウドワークスの規約で禁止とされています。",
                      "Decline the direct deal: CrowdWorks' terms reportedly forbid it."),
        short=both("直接取引は、クラウドワークスの規約で禁止とされています。",
                   "Direct deals are reportedly forbidden by CrowdWorks' terms."),
    ),
    Rule(
        id="cw_direct_deal_penalty",
        when=lambda a: on_crowdworks(a) and reported(a, "direct_deal"),
        effect="stop",
        facts=(F.CW_PENALTY,),
        short=both("違反すると、違約金（{penalty}）やアカウント削除の対象になるとされています。",
                   "Reportedly, breaking it can bring a penalty fee of {penalty} and removal of the account."),
    ),
    Rule(
        id="cw_direct_deal_account_restriction",
        when=lambda a: on_crowdworks(a) and reported(a, "direct_deal"),
        effect="stop",
        facts=(F.CW_ACCOUNT_RESTRICTION,),
    ),
    Rule(
        id="cw_direct_deal_no_escrow",
        when=lambda a: on_crowdworks(a) and reported(a, "direct_deal"),
        effect="stop",
        facts=(F.SEED_NO_ESCROW,),
    ),
    Rule(
        id="lancers_outside_payment",
        when=lambda a: on_lancers(a) and reported(a, "direct_deal"),
        effect="stop",
        facts=(F.LANCERS_NO_OUTSIDE_PAYMENT,),
        action=both("提案には応じず、契約と支払いはランサーズ上で行ってください。",
                    "Decline the proposal; keep the contract and the payment on Lancers."),
        headline=both("直接取引の提案には応じないでください。ランサーズでは、サイトの外での支払いは禁止です。",
                      "Decline the direct deal: Lancers prohibits payment outside it."),
    ),
    Rule(
        id="scam_upfront_fee",
        when=lambda a: reported(a, "upfront_fee"),
        effect="stop",
        facts=(F.CW_COURSE_SCAM,),
        action=both("お金は払わず、この相手とのやり取りはいったん止めてください。",
                    "Don't pay anything, and stop dealing with this client for now."),
        headline=both("講座や教材の購入、費用の支払いには応じないでください。講座や情報商材を買わせるのは、悪質な仕事の手口です。",
                      "Don't buy the course or pay any fee: making you buy courses or materials is a scam pattern."),
        short=both("講座や教材を買わせる仕事は、悪質な仕事の手口です。",
                   "Jobs that make you buy courses or materials are a scam pattern."),
    ),
    Rule(
        id="scam_survey_to_line",
        when=lambda a: reported(a, "survey_to_line"),
        effect="stop",
        facts=(F.CW_SURVEY_SCAM,),
        action=both("LINEの追加や別サービスへの登録はせず、この相手とのやり取りはいったん止めてください。",
                    "Don't add them on LINE or sign up for anything, and stop dealing with this client for now."),
        headline=both("LINEの追加や別サービスへの登録はしないでください。悪質な仕事の手口です。",
                      "Don't add them on LINE or sign up elsewhere: it is a scam pattern."),
        short=both("アンケートなどからLINEや別サービスの登録へ誘導する仕事は、悪質な仕事の手口です。",
                   "Surveys that move you to LINE or another sign-up are a scam pattern."),
    ),
    Rule(
        id="scam_mlm_or_unpaid",
        when=lambda a: reported(a, "mlm_or_unpaid"),
        effect="stop",
        facts=(F.CW_MLM_SCAM,),
        action=both("勧誘には応じず、この相手とのやり取りはいったん止めてください。",
                    "Don't join or work for \"experience\", and stop dealing with this client for now."),
        headline=both("勧誘や報酬のない仕事には応じないでください。悪質な仕事の手口です。",
                      "Don't join or work unpaid: it is a scam pattern."),
        short=both("マルチ商法の勧誘や、報酬の代わりに「経験」という仕事は、悪質な仕事の手口です。",
                   "MLM and pay replaced by \"experience\" are scam patterns."),
    ),
    Rule(
        id="cw_work_before_escrow_request",
        when=lambda a: on_crowdworks(a) and reported(a, "work_before_escrow"),
        effect="stop",
        facts=(F.CW_WORK_BEFORE_ESCROW_PROHIBITED,),
        action=both("作業は始めず、先に仮払いしてもらうようお願いしてください。応じてもらえない場合は、この仕事は見送って"
                    "ください。",
                    "Don't start; ask the client to escrow first. If they won't, walk away from this job."),
        headline=both("仮払いの前に作業を始めないでください。仮払い前の作業を求める仕事は、クラウドワークスで禁止されています。",
                      "Don't start work before escrow (仮払い): jobs that require it are prohibited on CrowdWorks."),
    ),
    Rule(
        id="no_work_answers",
        when=lambda a: reported(a, "no_work_answers") and on_crowdworks(a),
        effect="stop",
        facts=(F.CW_STEERING_PROHIBITED,),
        action=both("外部には移らず、仕事の内容はお仕事を受けたサービスのメッセージで質問してください。答えてもらえない"
                    "なら、この仕事は見送ってください。",
                    "Don't move; ask about the work on the platform's messages. If the client won't answer "
                    "there, walk away from this job."),
        headline=both("外部には移らないでください。仕事内容の質問に答えず外部へ誘導する仕事は、クラウドワークスで禁止されています。",
                      "Don't move: jobs that pull you outside instead of answering questions about the work are "
                      "prohibited on CrowdWorks."),
    ),
    Rule(
        id="no_work_answers_lancers",
        when=lambda a: reported(a, "no_work_answers") and on_lancers(a),
        effect="stop",
        facts=(F.LANCERS_BEFORE_ESCROW,),
        lead=both("仕事内容の質問に答えてもらえず、外部へ誘導されています。",
                  "The client won't answer questions about the work and pulls you outside."),
        action=both("外部には移らず、仕事の内容はランサーズのメッセージで質問してください。答えてもらえないなら、この仕事は"
                    "見送ってください。",
                    "Don't move; ask about the work on Lancers messages. If the client won't answer there, walk "
                    "away from this job."),
        headline=both("外部には移らず、仕事の内容はランサーズのメッセージで確かめてください。ランサーズでは、仮払いの前は外部"
                      "ツールを使えません。",
                      "Don't move: ask about the work on Lancers messages. On Lancers, outside tools can't be used "
                      "before escrow."),
    ),
    Rule(
        id="cw_contact_request_refused",
        when=lambda a: on_crowdworks(a) and contact_request_is(a, "refused"),
        effect="stop",
        facts=(F.CW_CONTACT_REQUEST, F.CW_DIRECT_REQUEST_REFUSED),
        lead=both("サービス外連絡申請は承認されませんでした。", "The off-platform contact request was refused."),
        action=both("チャットワークには移らず、やり取りはクラウドワークスのメッセージで続けてください。",
                    "Don't move to Chatwork; keep the conversation on CrowdWorks messages."),
        headline=both("サービス外連絡申請が承認されなかったので、チャットワークには移れません。",
                      "The off-platform contact request was refused, so you can't move to Chatwork."),
        short=both("クラウドワークスの外での連絡は、承認された申請を通すものです。",
                   "On CrowdWorks, contact outside it goes through an approved request."),
    ),
    Rule(
        id="coconala_no_outside_contact",
        when=on_coconala,
        effect="stop",
        facts=(F.COCONALA_NO_OUTSIDE,),
        action=both("やり取りはすべてココナラ上で続け、チャットワークへの移行はお断りしてください。",
                    "Keep all communication on Coconala and decline the move to Chatwork."),
        headline=both("ココナラでは、購入後もココナラの外での連絡は禁止されています。チャットワークには移れません。",
                      "Coconala prohibits contact outside Coconala, even after purchase: you can't move to Chatwork."),
        short=both("ココナラでは、購入後もココナラの外での連絡は禁止されています。",
                   "Coconala prohibits contact outside it, even after purchase."),
    ),

    # ---- do_first: safe once you do this first (in the order a freelancer acts) ----
    Rule(
        id="cw_move_before_contract",
        when=lambda a: on_crowdworks(a) and before_contract(a),
        effect="do_first",
        facts=(F.CW_PRINCIPLE, F.CW_CONTACT_REQUEST),
        lead=both("まだ契約前、または契約が確認できていません。", "The contract isn't made yet, or isn't confirmed."),
        action=both("契約して仮払いが済むまでは、クラウドワークスのメッセージでやり取りしてください。",
                    "Keep talking on CrowdWorks messages until the contract is made and the reward escrowed."),
        headline=both("契約が済むまでは、チャットワークには移らず、クラウドワークスのメッセージでやり取りしてください。",
                      "Until the contract is made, don't move to Chatwork: keep talking on CrowdWorks messages."),
    ),
    Rule(
        id="cw_escrow_not_yet",
        when=lambda a: on_crowdworks(a) and escrow_is(a, "not_yet"),
        effect="do_first",
        facts=(F.CW_ESCROW_BEFORE_WORK, F.CW_ESCROW_TIMING),
        lead=both("まだ仮払いされていません。", "The reward is not in escrow yet."),
        action=both("仮払い済みになるまで、作業を始めないでください。",
                    "Don't start any work until the reward is escrowed (仮払い済み)."),
        headline=both("仮払いがまだなので、まだ移行しないでください。作業も仮払いの後です。",
                      "The reward isn't in escrow yet: don't move yet, and don't start work until it is."),
    ),
    Rule(
        id="cw_escrow_promised",
        when=lambda a: on_crowdworks(a) and escrow_is(a, "promised"),
        effect="do_first",
        facts=(F.CW_ESCROW_BEFORE_WORK, F.CW_ESCROW_TIMING),
        lead=both("仮払いは「これからする」と言われただけで、まだ済んでいません。",
                  "The client only said they will escrow: it isn't done yet."),
        action=both("仮払い済みになるまで、作業を始めないでください。",
                    "Don't start any work until the reward is escrowed (仮払い済み)."),
        headline=both("仮払いはまだ約束だけです。済むまで、移行も作業も待ってください。",
                      "The escrow is only promised: wait with the move and the work until it is done."),
    ),
    Rule(
        id="cw_escrow_unknown",
        when=lambda a: on_crowdworks(a) and escrow_unknown(a),
        effect="do_first",
        facts=(F.CW_ESCROW_BEFORE_WORK, F.CW_ESCROW_TIMING),
        lead=both("仮払いが済んでいるかは、まだわかりません。", "It isn't known yet whether the reward is escrowed."),
        action=both("作業を始める前に、仮払い済みになっていることを確認してください。",
                    "Before any work, confirm that the reward is escrowed (仮払い済み)."),
        headline=both("仮払いが済んでいるか確かめるまで、移行も作業も待ってください。",
                      "Wait with the move and the work until you have confirmed the escrow (仮払い)."),
    ),
    Rule(
        id="cw_contact_request_needed",
        when=lambda a: on_crowdworks(a) and contact_request_is(a, None, "not_applied", "unsure"),
        effect="do_first",
        facts=(F.CW_CONTACT_REQUEST, F.CW_REVIEW, F.CW_DIRECT_REQUEST_REFUSED),
        action=both("チャットワークのIDを交換する前に、サービス外連絡申請をして承認を受けてください。",
                    "Before exchanging Chatwork IDs, file the off-platform contact request and get it approved."),
        headline=both("チャットワークに移る前に、サービス外連絡申請をして承認を受けてください。",
                      "Before moving to Chatwork, file the off-platform contact request (サービス外連絡申請) and "
                      "wait for approval."),
    ),
    Rule(
        id="cw_contact_request_pending",
        when=lambda a: on_crowdworks(a) and contact_request_is(a, "pending"),
        effect="do_first",
        facts=(F.CW_CONTACT_REQUEST, F.CW_REVIEW),
        lead=both("サービス外連絡申請は審査中です。", "The off-platform contact request is under review."),
        action=both("承認されるまでは、チャットワークのIDを交換せず、クラウドワークスのメッセージでやり取りしてください。",
                    "Until it is approved, don't exchange Chatwork IDs; keep talking on CrowdWorks messages."),
        headline=both("サービス外連絡申請が承認されるまでは、チャットワークに移らないでください。",
                      "Don't move to Chatwork until the off-platform contact request is approved."),
    ),
    Rule(
        id="lancers_before_escrow",
        when=lambda a: on_lancers(a) and (not escrowed(a) or reported(a, "move_before_contract")),
        effect="do_first",
        facts=(F.LANCERS_BEFORE_ESCROW,),
        action=both("仮払いが済んだことを確認してから、チャットワークに移ってください。",
                    "Confirm that the escrow (仮払い) is done before moving to Chatwork."),
        headline=both("ランサーズでは仮払いの前は外部ツールを使えません。仮払いが済むまで待ってください。",
                      "On Lancers, outside tools are not allowed before escrow (仮払い): wait until it is done."),
    ),
    Rule(
        id="lancers_contact_request",
        when=lambda a: on_lancers(a) and a.get("lancers_contact_request") != "done",
        effect="do_first",
        facts=(F.LANCERS_CONTACT,),
        action=both("チャットワークのIDなどの連絡先を伝えるときは、連絡先公開申請を使ってください。",
                    "Share your Chatwork ID or other contact details through the 連絡先公開申請."),
        headline=both("仮払いの後なので移れます。チャットワークのIDは「連絡先公開申請」で伝えてください。",
                      "After escrow you may move: share your Chatwork ID through the contact disclosure request "
                      "(連絡先公開申請)."),
    ),

    # ---- watch: points to watch out for, most important first ----
    Rule(
        id="cw_contact_details_need_request",
        when=lambda a: on_crowdworks(a) and reported(a, "contact_details") and not contact_request_is(a, "approved"),
        effect="watch",
        facts=(F.CW_CONTACT_REQUEST,),
        action=both("申請が承認されるまでは、電話番号やLINEのIDを伝えないでください。",
                    "Don't share your phone number or LINE ID until the request is approved."),
        short=both("電話番号やLINEのIDも、サービス外連絡申請が承認されるまで伝えないでください。",
                   "Don't share your phone number or LINE ID either until the contact request is approved."),
        scope="job",
    ),
    Rule(
        id="lancers_work_before_escrow",
        when=lambda a: on_lancers(a) and reported(a, "work_before_escrow"),
        effect="watch",
        facts=(F.LANCERS_BEFORE_ESCROW,),
        lead=both("仮払いの前に作業を求められています。", "The client wants work before escrow (仮払い)."),
        action=both("作業は、仮払いを確認してから始めてください。", "Start work only once the escrow is confirmed."),
        short=both("仮払いの前に作業を求められています。作業は仮払いを確認してから始めてください（ランサーズでは、仮払いの前は"
                   "外部ツールも使えません）。",
                   "The client wants work before escrow: start only once the escrow is confirmed (on Lancers, "
                   "outside tools can't be used before escrow either)."),
        scope="job",
    ),
    Rule(
        id="lancers_contact_details",
        when=lambda a: on_lancers(a) and reported(a, "contact_details"),
        effect="watch",
        facts=(F.LANCERS_CONTACT, F.LANCERS_BEFORE_ESCROW),
        short=both("電話番号やLINEのIDも、ランサーズでは「連絡先公開申請」を通して伝えます（仮払いの前は交換できません）。",
                   "On Lancers, a phone number or LINE ID is shared through the contact disclosure request (連絡先公開申請) "
                   "too, and not before escrow."),
        scope="job",
    ),
    Rule(
        id="cw_work_before_escrow_unprotected",
        when=lambda a: on_crowdworks(a) and (not escrow_is(a, "all") or reported(a, "work_before_escrow")),
        effect="watch",
        facts=(F.CW_WORK_BEFORE_ESCROW_UNPROTECTED,),
    ),
    Rule(
        id="cw_hourly_timecard",
        when=lambda a: on_crowdworks(a) and job_is(a, "hourly"),
        effect="watch",
        facts=(F.CW_HOURLY,),
        action=both("作業時間は必ずクラウドワークスのタイムカードアプリで記録し、その週の仮払いを確認してから作業してください。",
                    "Record your hours with the CrowdWorks time-card app, and work only once that week is "
                    "escrowed."),
        short=both("時間単価制では、その週の仮払いを確かめてから作業し、時間はタイムカードアプリで記録してください。",
                   "Hourly: work only once that week is escrowed, and record your hours with the time-card app."),
        scope="job",
    ),
    Rule(
        id="cw_milestone_next_stage",
        when=lambda a: on_crowdworks(a) and job_is(a, "fixed_milestone"),
        effect="watch",
        facts=(F.CW_MILESTONE_STAGES, F.CW_MILESTONE_NEXT),
        action=both("次のマイルストーンの作業は、その分の仮払いを確認してから始めてください。",
                    "Don't start the next milestone's work until its escrow is confirmed."),
        short=both("次のマイルストーンの作業は、その段階の仮払いが済んでから始めるものとされています。",
                   "Reportedly each later milestone needs its own escrow before its work starts."),
        scope="job",
    ),
    Rule(
        id="client_new_account",
        when=lambda a: may_move(a) and client_is(a, "new_account"),
        effect="watch",
        facts=(F.CLIENT_WARNING_SIGNS,),
        action=both("プロフィール（本人確認・評価・発注実績）を確認し、仮払いが済むまで作業を始めないでください。",
                    "Check the profile (identity check, ratings, order history), and don't start work before "
                    "escrow."),
        short=both("できたばかりのアカウントは、注意のサインとされています。プロフィールをよく確かめてください。",
                   "A brand-new account is reportedly a warning sign: check the profile closely."),
    ),
    Rule(
        id="client_no_identity_check",
        when=lambda a: may_move(a) and client_is(a, "history_only"),
        effect="watch",
        facts=(F.CLIENT_WARNING_SIGNS, F.CLIENT_GOOD_SIGNS),
        action=both("評価や完了率、発注実績も確認してください。", "Also check the rating, completion rate and order history."),
        short=both("本人確認のないクライアントは、注意のサインとされています。評価や発注実績も確かめてください。",
                   "A client without an identity check is reportedly a warning sign: check ratings and history too."),
    ),
    Rule(
        id="client_check_profile",
        when=lambda a: may_move(a) and client_is(a, None, "unsure"),
        effect="watch",
        facts=(F.CLIENT_GOOD_SIGNS, F.CLIENT_WARNING_SIGNS),
        action=both("移行する前に、クライアントのプロフィールを確認してください。",
                    "Check the client's profile before moving."),
        short=both("移る前にクライアントのプロフィールを確かめてください。本人確認なしや新しいアカウントは注意のサインとされています。",
                   "Check the client's profile before moving: no identity check or a new account is reportedly a "
                   "warning sign."),
        scope="move",
    ),
    Rule(
        id="cw_worker_fee",
        when=lambda a: on_crowdworks(a) and reported(a, "direct_deal"),
        effect="watch",
        facts=(F.CW_FEE,),
        action=both("手数料を理由に直接取引を持ちかけられても、応じないでください。",
                    "Don't accept a direct deal offered as a way to skip this fee."),
    ),
    Rule(
        id="cw_external_steering",
        when=lambda a: on_crowdworks(a) and before_contract(a) and not reported(a, "no_work_answers"),
        effect="watch",
        facts=(F.CW_STEERING_PROHIBITED,),
        action=both("仕事の内容はクラウドワークス上で質問し、答えてもらえないまま外部へ誘われるなら応じないでください。",
                    "Ask about the work on CrowdWorks; if the client won't answer there and keeps pulling you "
                    "outside, don't follow."),
    ),
    Rule(
        id="cw_no_direct_deal",
        when=lambda a: on_crowdworks(a) and not reported(a, "direct_deal"),
        effect="watch",
        facts=(F.CW_DIRECT_DEAL_RULE, F.CW_PENALTY),
        action=both("直接契約やサイト外での支払いを持ちかけられても、応じないでください。",
                    "If a direct contract or payment outside CrowdWorks is proposed, decline."),
        short=both("移った後も、クラウドワークスを通さない契約・支払い（直接取引）は規約で禁止とされています。",
                   "After the move too, a contract or payment that bypasses CrowdWorks is reportedly forbidden "
                   "by the terms."),
        scope="move",
    ),
    Rule(
        id="chatwork_free_plan_history",
        when=may_move,
        effect="watch",
        facts=(F.CHATWORK_FREE_PLAN,),
        action=both("合意した内容は、自分でも控えを残してください。", "Keep your own copy of everything you agree on."),
        short=both("Chatworkの無料プランでは古いメッセージが見られなくなるとされています。合意した内容は控えを残してください。",
                   "Chatwork's free plan reportedly hides older messages: keep your own copy of what you agree."),
        scope="move",
    ),
    Rule(
        id="cw_no_official_offers_on_chat",
        when=lambda a: on_crowdworks(a) and not reported(a, "fake_official"),
        effect="watch",
        facts=(F.CW_NO_OFFERS_ON_CHAT,),
        short=both("チャットワークで「クラウドワークス」を名乗る連絡が来たら、なりすましです。",
                   "A message on Chatwork claiming to be CrowdWorks is impersonation."),
        scope="move",
    ),
    Rule(
        id="cw_acceptance_and_cancellation",
        when=lambda a: on_crowdworks(a) and a.get("contract") == "contracted" and job_is(a, *FIXED_FORMATS),
        effect="watch",
        facts=(F.CW_ACCEPTANCE, F.CW_MIDWAY_END),
        action=both("検収が進まないときは事務局に相談してください。契約を途中で終える提案には注意してください。",
                    "If acceptance stalls, ask the office. Be careful with proposals to end the contract midway."),
        short=both("検収の目安は{acceptance_time}です。過ぎたら、依頼に応じて事務局が対応することがあります。",
                   "Acceptance should take {acceptance_time}; past that, the office may act on a request."),
        scope="job",
    ),
    Rule(
        id="lancers_no_outside_payment",
        when=lambda a: on_lancers(a) and not reported(a, "direct_deal"),
        effect="watch",
        facts=(F.LANCERS_NO_OUTSIDE_PAYMENT,),
        scope="move",
    ),
    Rule(
        id="scam_patterns",
        when=lambda a: may_move(a) and not reported(a, *SCAM_SIGNS),
        effect="watch",
        facts=(F.CW_SCAM_PATTERNS,),
        short=both("アンケートからLINEへの誘導、講座や教材の購入、報酬の代わりの「経験」は、悪質な仕事の手口です。",
                   "Surveys that move you to LINE, buying courses, and \"experience\" instead of pay are scam "
                   "patterns."),
    ),
    Rule(
        id="keep_agreements_on_platform",
        when=on_crowdworks,
        effect="watch",
        facts=(F.RECORDS,),
        action=both("作業範囲・金額・納期・変更の依頼はクラウドワークスのメッセージに残し、納品もクラウドワークスの納品機能で"
                    "行ってください。",
                    "Keep the scope, price, deadlines and change requests on CrowdWorks messages, and deliver "
                    "with the CrowdWorks delivery (納品) function."),
    ),
    Rule(
        id="coconala_keep_on_coconala",
        when=on_coconala,
        effect="watch",
        facts=(F.COCONALA_RECORDS,),
    ),

    # ---- info: what is already in order, and history ----
    Rule(
        id="cw_escrow_done_fixed",
        when=lambda a: on_crowdworks(a) and escrow_is(a, "all") and job_is(a, "fixed_single"),
        effect="info",
        facts=(F.CW_FIXED,),
        lead=both("報酬は仮払い済みです。", "The reward is escrowed."),
    ),
    Rule(
        id="cw_escrow_done",
        when=lambda a: on_crowdworks(a) and escrow_is(a, "all")
        and not job_is(a, "fixed_single", "task", "competition"),
        effect="info",
        facts=(F.CW_ESCROW_BEFORE_WORK,),
        lead=both("報酬は仮払い済みです。", "The reward is escrowed."),
    ),
    Rule(
        id="cw_current_milestone_escrowed",
        when=lambda a: on_crowdworks(a) and escrow_is(a, "current_milestone"),
        effect="info",
        facts=(F.CW_MILESTONE_STAGES,),
        lead=both("今のマイルストーンの分は仮払い済みです。", "The current milestone is escrowed."),
    ),
    Rule(
        id="cw_task_escrowed",
        when=lambda a: on_crowdworks(a) and job_is(a, "task") and escrow_is(a, "all"),
        effect="info",
        facts=(F.CW_TASK,),
    ),
    Rule(
        id="cw_competition_escrowed",
        when=lambda a: on_crowdworks(a) and job_is(a, "competition") and escrow_is(a, "all"),
        effect="info",
        facts=(F.CW_COMPETITION,),
    ),
    Rule(
        id="cw_contact_request_approved",
        when=lambda a: on_crowdworks(a) and contact_request_is(a, "approved"),
        effect="info",
        facts=(F.CW_CONTACT_REQUEST,),
        lead=both("サービス外連絡申請は承認済みです。", "The off-platform contact request is approved."),
    ),
    Rule(
        id="client_trust_marks",
        when=lambda a: on_crowdworks(a) and client_is(a, "verified"),
        effect="info",
        facts=(F.CW_TRUST_MARKS_FACT,),
        lead=both("クライアントは本人確認済みで、評価や発注実績もあります。",
                  "The client is identity-verified, with ratings and history."),
    ),
    Rule(
        id="lancers_external_ok_after_escrow",
        when=lambda a: on_lancers(a) and escrowed(a) and not reported(a, "move_before_contract"),
        effect="info",
        facts=(F.LANCERS_AFTER_ESCROW,),
    ),
    # History (secondary), shown after the official facts that decide the advice.
    Rule(
        id="cw_seed_advice_outdated",
        when=lambda a: on_crowdworks(a) and not contact_request_is(a, "approved"),
        effect="info",
        facts=(F.CW_HISTORY_SEED_ADVICE,),
    ),
    Rule(
        id="cw_old_guideline_before_escrow",
        when=lambda a: on_crowdworks(a) and not escrowed(a),
        effect="info",
        facts=(F.CW_HISTORY_BEFORE_ESCROW,),
    ),
)

BY_ID: dict[str, Rule] = {r.id: r for r in RULES}

# What the user raised, and the rules that speak to it: the main message says one of them (headline, a step or
# a point to watch) before any general warning. A warning sign (its option value), or the job format they named.
RAISED: dict[str, tuple[str, ...]] = {
    "fake_official": ("fake_official", "fake_official_elsewhere"),
    "id_or_bank": ("scam_id_or_bank",),
    "direct_deal": ("cw_direct_deal_banned", "lancers_outside_payment"),
    "upfront_fee": ("scam_upfront_fee",),
    "survey_to_line": ("scam_survey_to_line",),
    "mlm_or_unpaid": ("scam_mlm_or_unpaid",),
    "work_before_escrow": ("cw_work_before_escrow_request", "lancers_work_before_escrow"),
    "no_work_answers": ("no_work_answers", "no_work_answers_lancers"),
    "move_before_contract": ("cw_move_before_contract", "lancers_before_escrow"),
    "contact_details": ("cw_contact_details_need_request", "lancers_contact_details"),
    "fixed_milestone": ("cw_milestone_next_stage",),
    "hourly": ("cw_hourly_timecard",),
}


def raised(answers: Answers) -> set[str]:
    """The rule ids that speak to what the user raised (their warning signs, their job format)."""
    said = [*signs(answers), answers.get("job_format") or ""]
    return {rule for item in said for rule in RAISED.get(item, ())}
