"""The rule base: what the advisor says, when, why, and where each point comes from.

This file is data. Every rule traces to a fact in docs/sources.md (this repository's copy of the team's
domain facts, the only source of truth); to change advice, edit the fact there first, then the rule here. Each rule has:

- ``id``: a stable name (used by the tests and in logs);
- ``when``: the condition on the answers (the *effective* answers, see flows/conditions.py) under which
  the rule applies; the small named conditions just below read like sentences;
- ``effect``: "stop" (do not move / stop dealing), "do_first" (safe once you do this first),
  "watch" (a point to watch out for) or "info" (context: what is already in order);
- ``reason``: why, in Japanese and English (for watch/info: the point itself);
- ``action``: what to do, in Japanese and English, or None (required for "do_first");
- ``confidence``: "official", "secondary" or "seed", as marked in docs/sources.md. Secondary facts are written
  hedged (「…とされています。最新の…をご確認ください」 / "reportedly …; check the latest …"); seed facts are
  written as common advice (「一般に…と言われています」 / "It is common advice that …");
- ``sources``: where the fact comes from; a URL only when docs/sources.md gives it, otherwise a title only;
- ``checked``: the date the sources were last read.

Never cite a terms article number: the numbers change between versions of the terms.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from flows.conditions import Answers, platform, signs

CHECKED = "2026-11-28"
EFFECTS = ("stop", "do_first", "watch", "info")
CONFIDENCES = ("official", "secondary", "seed")


@dataclass(frozen=True)
class Source:
    title: str
    url: str | None = None
    title_en: str | None = None

    def label(self, lang: str) -> str:
        """The title in `lang` (the Japanese one when there is no English title)."""
        return self.title_en if lang == "en" and self.title_en else self.title


@dataclass(frozen=True)
class Rule:
    id: str
    when: Callable[[Answers], bool]
    effect: str
    reason: dict[str, str]
    action: dict[str, str] | None
    confidence: str
    sources: tuple[Source, ...]
    checked: str = CHECKED


# ---- conditions on the (effective) answers ----

ESCROWED = ("all", "current_milestone")


def on_crowdworks(a: Answers) -> bool:
    return platform(a) == "crowdworks"


def on_lancers(a: Answers) -> bool:
    return platform(a) == "lancers"


def on_coconala(a: Answers) -> bool:
    return platform(a) == "coconala"


def may_move(a: Answers) -> bool:
    """The platform allows talking outside it at some point (all but Coconala)."""
    return not on_coconala(a)


def reported(a: Answers, sign: str) -> bool:
    """The user reported this warning sign."""
    return sign in signs(a)


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
    unknown = a.get("contract") is None and not escrowed(a)
    return a.get("contract") == "negotiating" or unknown or reported(a, "move_before_contract")


# ---- sources (URLs exactly as in docs/sources.md) ----

CW_FAQ_CONTACT = Source("クラウドワークス よくある質問 10562（サービス外での連絡・直接取引）",
                        "https://crowdworks.my.salesforce-sites.com/faq/articles/FAQ/10562?l=ja&url=10562",
    title_en="CrowdWorks FAQ 10562 (contact outside CrowdWorks, direct deals)")
CW_FAQ_PROHIBITED_JOBS = Source("クラウドワークス よくある質問 10596（禁止されている仕事）",
                                "https://crowdworks.my.salesforce-sites.com/faq/articles/FAQ/10596?l=ja&url=10596",
    title_en="CrowdWorks FAQ 10596 (prohibited jobs)")
CW_BLOG_IMPERSONATION = Source("クラウドワークス公式ブログ（LINE・チャットワーク・WhatsAppでのなりすましへの注意）",
                               "https://blog.crowdworks.jp/archives/5449/",
    title_en="CrowdWorks blog (impersonation on LINE, Chatwork, WhatsApp)")
CW_BLOG_SCAMS = Source("クラウドワークス公式ブログ（悪質な仕事への注意）", "https://blog.crowdworks.jp/archives/6035",
    title_en="CrowdWorks blog (warning about malicious jobs)")
CW_FAQ_FIXED = Source("クラウドワークス よくある質問 10099（固定報酬制の仮払い）",
                      "https://crowdworks.secure.force.com/faq/articles/FAQ/10099/",
    title_en="CrowdWorks FAQ 10099 (escrow for fixed-price jobs)")
CW_MILESTONE = Source("クラウドワークス（マイルストーン払い）", "https://crowdworks.jp/cases/?p=1355",
    title_en="CrowdWorks (milestone payments)")
CW_FAQ_HOURLY = Source("クラウドワークス よくある質問 10027（時間単価制）",
                       "https://crowdworks.secure.force.com/faq/articles/FAQ/10027/",
    title_en="CrowdWorks FAQ 10027 (hourly jobs)")
CW_GUIDE_HOURLY = Source("クラウドワークス ガイド（時間単価制）", "https://crowdworks.jp/pages/guides/employee/hourly",
    title_en="CrowdWorks guide (hourly jobs)")
CW_FAQ_TASK = Source("クラウドワークス よくある質問 10030（タスク形式）",
                     "https://crowdworks.my.salesforce-sites.com/faq/articles/FAQ/10030?l=ja&url=10030",
    title_en="CrowdWorks FAQ 10030 (task jobs)")
CW_FAQ_COMPETITION = Source("クラウドワークス よくある質問 10028（コンペ形式）",
                            "https://crowdworks.my.salesforce-sites.com/faq/articles/FAQ/10028/",
    title_en="CrowdWorks FAQ 10028 (competitions)")
CW_FAQ_ACCEPTANCE = Source("クラウドワークス よくある質問 10329（検収・契約の途中終了）",
                           "https://crowdworks.my.salesforce-sites.com/faq/articles/FAQ/10329/",
    title_en="CrowdWorks FAQ 10329 (acceptance, ending a contract midway)")
CW_GUIDE_FEE = Source("クラウドワークス ガイド（受注者の手数料）", "https://crowdworks.jp/pages/guides/employee/fee",
    title_en="CrowdWorks guide (worker fees)")
CW_TRUST_MARKS = Source("クラウドワークス公式（本人確認・発注ルールチェック済み・認定クライアントの表示）",
    title_en="CrowdWorks (identity verified, order-rule checked and certified client marks)")
LANCERS_FAQ_598 = Source("ランサーズ よくある質問（l1036/598）", "https://lancers.jp/faq/l1036/598",
    title_en="Lancers FAQ (l1036/598)")
LANCERS_FAQ_770 = Source("ランサーズ よくある質問（l1028/770）", "https://www.lancers.jp/faq/l1028/770",
    title_en="Lancers FAQ (l1028/770)")
COCONALA_NEWS = Source("ココナラ公式お知らせ（ココナラ外でのやり取りの禁止）", "https://coconala.com/news/1118",
    title_en="Coconala notice (no contact outside Coconala)")
COCONALA_SUPPORT = Source("ココナラ公式（サポートが確認できるのはココナラ上のやり取り）",
    title_en="Coconala (support can only check messages on Coconala)")

CW_TERMS_QUOTED = Source("クラウドワークス利用規約（第三者サイトでの引用）",
    title_en="CrowdWorks terms of use (as quoted by third-party sites)")
CW_HISTORY = Source("サービス外連絡申請の導入（2020年）以前の扱いについての第三者サイトの解説",
    title_en="Third-party articles on the rules before the 2020 contact-request system")
CW_ESCROW_ARTICLES = Source("仮払い前の作業・マイルストーンの仮払いについての第三者サイトの解説",
    title_en="Third-party articles on work before escrow and milestone escrow")
CLIENT_CHECK_ARTICLES = Source("クライアントの見極め方・詐欺の見分け方についての第三者サイトの解説",
    title_en="Third-party articles on judging clients and spotting scams")
RECORD_ARTICLES = Source("クラウドワークスでのやり取りの記録・納品についての第三者サイトの解説",
    title_en="Third-party articles on keeping records and delivering on CrowdWorks")
CHATWORK_PLAN_ARTICLES = Source("Chatwork フリープランの閲覧制限（2022年10月〜）についての第三者サイトの解説",
    title_en="Third-party articles on Chatwork's free-plan history limit (since Oct 2022)")
SEED_ARTICLE = Source("元記事「クラウドワークスのやり取りをチャットワークに移行するときの注意点」",
    title_en="The original article on moving from CrowdWorks to Chatwork")


RULES: tuple[Rule, ...] = (
    # ---- stop: do not move / stop dealing ----
    Rule(
        id="coconala_no_outside_contact",
        when=on_coconala,
        effect="stop",
        reason={"ja": "ココナラでは、購入後であってもココナラの外での連絡は禁止されています（LINE・Slack・Discord・Zoom・"
                      "Google Drive が例として挙げられています）。チャットワークへの移行もできません。",
                "en": "Coconala prohibits any contact outside Coconala, even after purchase (LINE, Slack, Discord, "
                      "Zoom and Google Drive are named as examples), so moving to Chatwork is not allowed."},
        action={"ja": "やり取りはすべてココナラ上で続け、チャットワークへの移行はお断りしてください。",
                "en": "Keep all communication on Coconala and decline the move to Chatwork."},
        confidence="official",
        sources=(COCONALA_NEWS,),
    ),
    Rule(
        id="fake_official",
        when=lambda a: reported(a, "fake_official"),
        effect="stop",
        reason={"ja": "クラウドワークスが LINE・チャットワーク・WhatsApp で仕事を紹介することはありません。"
                      "そこで「クラウドワークス」を名乗る連絡はなりすましです。",
                "en": "CrowdWorks never sends job offers through LINE, Chatwork or WhatsApp; a message there "
                      "claiming to be CrowdWorks is impersonation."},
        action={"ja": "その連絡には返信も登録もせず、やり取りをやめてください。",
                "en": "Don't reply or sign up for anything; stop that conversation."},
        confidence="official",
        sources=(CW_BLOG_IMPERSONATION,),
    ),
    Rule(
        id="scam_id_or_bank",
        when=lambda a: reported(a, "id_or_bank"),
        effect="stop",
        reason={"ja": "身分証や銀行口座の情報を求めたり、口座の開設を求めたりするのは詐欺のサインとされています。"
                      "最新の情報をご確認ください。",
                "en": "Requests for ID documents, bank account details or opening accounts are reportedly "
                      "signs of fraud; check the latest information."},
        action={"ja": "個人情報は伝えず、この相手とのやり取りはいったん止めてください。",
                "en": "Don't share personal information, and stop dealing with this client for now."},
        confidence="secondary",
        sources=(CLIENT_CHECK_ARTICLES,),
    ),
    Rule(
        id="scam_upfront_fee",
        when=lambda a: reported(a, "upfront_fee"),
        effect="stop",
        reason={"ja": "高額な講座や情報商材を買わせる仕事は、クラウドワークスが注意を呼びかけている悪質な手口です。",
                "en": "Jobs that get you to buy expensive courses or information products are a scam pattern "
                      "CrowdWorks officially warns about."},
        action={"ja": "お金は払わず、この相手とのやり取りはいったん止めてください。",
                "en": "Don't pay anything, and stop dealing with this client for now."},
        confidence="official",
        sources=(CW_BLOG_SCAMS, CW_FAQ_PROHIBITED_JOBS),
    ),
    Rule(
        id="scam_survey_to_line",
        when=lambda a: reported(a, "survey_to_line"),
        effect="stop",
        reason={"ja": "報酬10〜100円の「簡単なアンケート」などからLINEへ誘導し、別のサービスに登録させる仕事は、"
                      "クラウドワークスが注意を呼びかけている悪質な手口です。",
                "en": "\"Easy survey\" jobs paying ¥10–¥100 that move you to LINE and then to another service's "
                      "sign-up are a scam pattern CrowdWorks officially warns about."},
        action={"ja": "LINEの追加や別サービスへの登録はせず、この相手とのやり取りはいったん止めてください。",
                "en": "Don't add them on LINE or sign up for anything, and stop dealing with this client for now."},
        confidence="official",
        sources=(CW_BLOG_SCAMS, CW_FAQ_PROHIBITED_JOBS),
    ),
    Rule(
        id="scam_mlm_or_unpaid",
        when=lambda a: reported(a, "mlm_or_unpaid"),
        effect="stop",
        reason={"ja": "マルチ商法（MLM）の勧誘や、報酬の代わりに「経験」を与えるという仕事は、クラウドワークスが注意を"
                      "呼びかけている悪質な手口です。",
                "en": "MLM recruiting, and jobs that replace pay with \"experience\", are scam patterns CrowdWorks "
                      "officially warns about."},
        action={"ja": "勧誘には応じず、この相手とのやり取りはいったん止めてください。",
                "en": "Don't join or work for \"experience\", and stop dealing with this client for now."},
        confidence="official",
        sources=(CW_BLOG_SCAMS,),
    ),
    Rule(
        id="no_work_answers",
        when=lambda a: reported(a, "no_work_answers"),
        effect="stop",
        reason={"ja": "仕事内容についての質問に答えず、外部の連絡先へ誘導する仕事は、クラウドワークスで禁止されています。",
                "en": "Jobs that steer you to an outside contact instead of answering questions about the work "
                      "are prohibited on CrowdWorks."},
        action={"ja": "外部には移らず、仕事の内容はお仕事を受けたサービスのメッセージで質問してください。答えてもらえない"
                      "なら、この仕事は見送ってください。",
                "en": "Don't move; ask about the work on the platform's messages. If the client won't answer "
                      "there, walk away from this job."},
        confidence="official",
        sources=(CW_FAQ_PROHIBITED_JOBS,),
    ),
    Rule(
        id="cw_contact_request_refused",
        when=lambda a: on_crowdworks(a) and contact_request_is(a, "refused"),
        effect="stop",
        reason={"ja": "サービス外連絡申請が承認されませんでした。クラウドワークスでは、連絡先の交換や外部での連絡はこの"
                      "申請を通して行うため、承認がなければチャットワークには移れません。直接取引が目的の申請は"
                      "認められません。",
                "en": "The off-platform contact request (サービス外連絡申請) was refused. On CrowdWorks, contact "
                      "outside it goes through this request, so without approval you can't move to Chatwork. A "
                      "request aimed at a direct deal is refused."},
        action={"ja": "チャットワークには移らず、やり取りはクラウドワークスのメッセージで続けてください。",
                "en": "Don't move to Chatwork; keep the conversation on CrowdWorks messages."},
        confidence="official",
        sources=(CW_FAQ_CONTACT,),
    ),
    Rule(
        id="cw_direct_deal_banned",
        when=lambda a: on_crowdworks(a) and reported(a, "direct_deal"),
        effect="stop",
        reason={"ja": "規約では、会員同士（過去5年以内に会員だった人を含む）が、クラウドワークスで発注できる仕事を事前の"
                      "承認なしに直接契約することも、それを持ちかけることも禁止とされています。違反すると、違約金（その"
                      "取引の報酬にかかるシステム利用料と100万円のいずれか高い額）、アカウントの削除、法的措置の対象に"
                      "なるとされています。最新の規約をご確認ください。",
                "en": "The terms reportedly forbid members (and anyone who was a member within the past 5 years) "
                      "from contracting directly, or soliciting a direct contract, for work that could be ordered "
                      "through CrowdWorks without CrowdWorks' prior approval. The reported penalty is a fee of the "
                      "larger of the system fee on that deal's reward and ¥1,000,000, removal of the account, "
                      "and legal action; check the latest terms."},
        action={"ja": "直接取引には応じず、契約と支払いはクラウドワークス上で行ってください。",
                "en": "Decline the direct deal; keep the contract and the payment on CrowdWorks."},
        confidence="secondary",
        sources=(CW_TERMS_QUOTED,),
    ),
    Rule(
        id="cw_direct_deal_account_restriction",
        when=lambda a: on_crowdworks(a) and reported(a, "direct_deal"),
        effect="stop",
        reason={"ja": "事務局が直接取引と判断した場合、予告なくアカウントが制限されることがあります。",
                "en": "If the CrowdWorks office judges that a member deals directly, it may restrict the account "
                      "without notice."},
        action=None,
        confidence="official",
        sources=(CW_FAQ_CONTACT,),
    ),
    Rule(
        id="cw_direct_deal_no_escrow",
        when=lambda a: on_crowdworks(a) and reported(a, "direct_deal"),
        effect="stop",
        reason={"ja": "一般に、直接取引では仮払いの保護がなくなり、報酬が支払われる保証はないと言われています。",
                "en": "It is common advice that a direct deal loses the escrow protection: nothing guarantees "
                      "that you get paid."},
        action=None,
        confidence="seed",
        sources=(SEED_ARTICLE,),
    ),
    Rule(
        id="lancers_outside_payment",
        when=lambda a: on_lancers(a) and reported(a, "direct_deal"),
        effect="stop",
        reason={"ja": "ランサーズの外での支払いは禁止されています。直接契約やサイト外での支払いの提案には応じられません。",
                "en": "Paying outside Lancers is prohibited, so a direct contract or payment outside the platform "
                      "can't be accepted."},
        action={"ja": "提案には応じず、契約と支払いはランサーズ上で行ってください。",
                "en": "Decline the proposal; keep the contract and the payment on Lancers."},
        confidence="official",
        sources=(LANCERS_FAQ_598, LANCERS_FAQ_770),
    ),

    # ---- do_first: safe once you do this first ----
    Rule(
        id="cw_escrow_not_yet",
        when=lambda a: on_crowdworks(a) and escrow_is(a, "not_yet", "promised"),
        effect="do_first",
        reason={"ja": "クラウドワークスでは、どの形式でもクライアントが作業開始前に報酬を仮払いします。まだ仮払いされていません。",
                "en": "On CrowdWorks, in every job format the client escrows the reward (仮払い) before the work "
                      "starts, and this reward is not escrowed yet."},
        action={"ja": "仮払い済みになるまで、作業を始めないでください。",
                "en": "Don't start any work until the reward is escrowed (仮払い済み)."},
        confidence="official",
        sources=(CW_FAQ_FIXED,),
    ),
    Rule(
        id="cw_escrow_unknown",
        when=lambda a: on_crowdworks(a) and escrow_unknown(a),
        effect="do_first",
        reason={"ja": "仮払いが済んでいるかわかっていません。クラウドワークスでは、どの形式でもクライアントが作業開始前に"
                      "報酬を仮払いします。",
                "en": "It isn't known yet whether the reward is escrowed. On CrowdWorks, in every job format the "
                      "client escrows the reward (仮払い) before the work starts."},
        action={"ja": "作業を始める前に、仮払い済みになっていることを確認してください。",
                "en": "Before any work, confirm that the reward is escrowed (仮払い済み)."},
        confidence="official",
        sources=(CW_FAQ_FIXED,),
    ),
    Rule(
        id="cw_work_before_escrow_request",
        when=lambda a: on_crowdworks(a) and reported(a, "work_before_escrow"),
        effect="stop",
        reason={"ja": "仮払いの前に作業を求める仕事は、クラウドワークスで禁止されています。",
                "en": "Jobs that require work before escrow (仮払い) are prohibited on CrowdWorks."},
        action={"ja": "作業は始めず、先に仮払いしてもらうようお願いしてください。応じてもらえない場合は、この仕事は見送って"
                      "ください。",
                "en": "Don't start; ask the client to escrow first. If they won't, walk away from this job."},
        confidence="official",
        sources=(CW_FAQ_PROHIBITED_JOBS,),
    ),
    # Before the contract: the official FAQ allows contact before the contract through the application
    # (with a good reason), so this is "do first", not "stop"; a request aimed at a direct deal is refused,
    # and a direct-deal proposal is a stop of its own (cw_direct_deal_*).
    Rule(
        id="cw_move_before_contract",
        when=lambda a: on_crowdworks(a) and before_contract(a),
        effect="do_first",
        reason={"ja": "まだ契約前（または契約が確認できていない段階）です。クラウドワークスでは原則メッセージ上でやり取りし、"
                      "契約前に外部で連絡を取るにも、やむを得ない事情があるときの「サービス外連絡申請」が必要です。"
                      "直接取引が目的の申請は認められません。",
                "en": "The contract isn't made yet (or isn't confirmed). CrowdWorks asks members to talk on its "
                      "message system in principle; contact outside it before the contract also needs an "
                      "off-platform contact request (サービス外連絡申請) with a good reason, and a request aimed at "
                      "a direct deal is refused."},
        action={"ja": "契約して仮払いが済むまでは、クラウドワークスのメッセージでやり取りしてください。それより前に外部で"
                      "話す必要があるときは、先にサービス外連絡申請をして承認を受けてください。",
                "en": "Keep talking on CrowdWorks messages until the contract is made and the reward escrowed. "
                      "If you really need to talk outside before that, file the off-platform contact request "
                      "first and wait for approval."},
        confidence="official",
        sources=(CW_FAQ_CONTACT,),
    ),
    Rule(
        id="cw_contact_request_needed",
        when=lambda a: on_crowdworks(a) and contact_request_is(a, None, "not_applied", "unsure"),
        effect="do_first",
        reason={"ja": "クラウドワークスでは、契約の前でも後でも、メール・電話などの連絡先を交換したり会ったりするには"
                      "「サービス外連絡申請」が必要です。やむを得ない事情が必要で、1つの相談・契約につき1回、受注者・"
                      "発注者のどちらからでも申請でき、2営業日以内に審査されます。直接取引が目的の申請は認められません。",
                "en": "On CrowdWorks, exchanging email, phone or other contact details, or meeting, before or "
                      "after the contract, needs an off-platform contact request (サービス外連絡申請): it needs a "
                      "good reason, is made once per consultation or contract, either side may file it, and it is "
                      "reviewed within 2 business days. A request aimed at a direct deal is refused."},
        action={"ja": "チャットワークのIDを交換する前に、サービス外連絡申請をして承認を受けてください。",
                "en": "Before exchanging Chatwork IDs, file the off-platform contact request and get it approved."},
        confidence="official",
        sources=(CW_FAQ_CONTACT,),
    ),
    Rule(
        id="cw_contact_request_pending",
        when=lambda a: on_crowdworks(a) and contact_request_is(a, "pending"),
        effect="do_first",
        reason={"ja": "サービス外連絡申請は審査中です（審査は2営業日以内）。",
                "en": "The off-platform contact request is under review (reviewed within 2 business days)."},
        action={"ja": "承認されるまでは、チャットワークのIDを交換せず、クラウドワークスのメッセージでやり取りしてください。",
                "en": "Until it is approved, don't exchange Chatwork IDs; keep talking on CrowdWorks messages."},
        confidence="official",
        sources=(CW_FAQ_CONTACT,),
    ),
    Rule(
        id="cw_contact_details_need_request",
        when=lambda a: on_crowdworks(a) and reported(a, "contact_details")
        and not contact_request_is(a, "approved", "refused"),
        effect="do_first",
        reason={"ja": "電話番号やLINEのIDなどの連絡先を交換するにも、クラウドワークスでは「サービス外連絡申請」が必要です。",
                "en": "On CrowdWorks, exchanging a phone number, a LINE ID or other contact details also goes "
                      "through the off-platform contact request (サービス外連絡申請)."},
        action={"ja": "申請が承認されるまでは、電話番号やLINEのIDを伝えないでください。",
                "en": "Don't share your phone number or LINE ID until the request is approved."},
        confidence="official",
        sources=(CW_FAQ_CONTACT,),
    ),
    Rule(
        id="lancers_before_escrow",
        when=lambda a: on_lancers(a) and (not escrowed(a) or reported(a, "move_before_contract")),
        effect="do_first",
        reason={"ja": "ランサーズでは、仮払いの前は連絡先や個人情報の交換も外部ツールの利用もできません。外部のチャットが"
                      "認められるのは仮払いの後です。",
                "en": "On Lancers, before escrow (仮払い) you may not exchange contact or personal details or use "
                      "outside tools; outside chat is allowed only after escrow."},
        action={"ja": "仮払いが済んだことを確認してから、チャットワークに移ってください。",
                "en": "Confirm that the escrow (仮払い) is done before moving to Chatwork."},
        confidence="official",
        sources=(LANCERS_FAQ_598, LANCERS_FAQ_770),
    ),

    # ---- watch: points to watch out for ----
    Rule(
        id="cw_work_before_escrow_unprotected",
        when=lambda a: on_crowdworks(a) and (not escrow_is(a, "all") or reported(a, "work_before_escrow")),
        effect="watch",
        reason={"ja": "仮払いの前にした作業は、クラウドワークスが報酬の回収を手伝える範囲の外とされています。"
                      "最新の規約をご確認ください。",
                "en": "Work done before escrow (仮払い) is reportedly outside what CrowdWorks can help you "
                      "recover; check the latest terms."},
        action=None,
        confidence="secondary",
        sources=(CW_ESCROW_ARTICLES,),
    ),
    Rule(
        id="cw_contact_before_escrow",
        when=lambda a: on_crowdworks(a) and not escrowed(a),
        effect="watch",
        reason={"ja": "仮払い前に連絡先を見せたり会ったりすることは、申請制度ができる前のガイドラインでも禁止されて"
                      "いたとされています。最新の規約をご確認ください。",
                "en": "Showing contact details or meeting before escrow (仮払い) was reportedly banned even by the "
                      "guidelines before the application system; check the latest terms."},
        action={"ja": "仮払いが済むまでは、連絡先を交換しないでください。",
                "en": "Don't exchange contact details until the reward is escrowed."},
        confidence="secondary",
        sources=(CW_HISTORY,),
    ),
    Rule(
        id="cw_external_steering",
        when=lambda a: on_crowdworks(a) and before_contract(a),
        effect="watch",
        reason={"ja": "仕事内容についての質問に答えず、外部の連絡先へ誘導する仕事は禁止されています。",
                "en": "Jobs that steer you to an outside contact instead of answering questions about the work "
                      "are prohibited."},
        action={"ja": "仕事の内容はクラウドワークス上で質問し、答えてもらえないまま外部へ誘われるなら応じないでください。",
                "en": "Ask about the work on CrowdWorks; if the client won't answer there and keeps pulling you "
                      "outside, don't follow."},
        confidence="official",
        sources=(CW_FAQ_PROHIBITED_JOBS,),
    ),
    Rule(
        id="cw_milestone_next_stage",
        when=lambda a: on_crowdworks(a) and job_is(a, "fixed_milestone"),
        effect="watch",
        reason={"ja": "マイルストーン払いでは、段階ごとに予算と納期を決めて仮払いします。次の段階の作業も、その段階の"
                      "仮払いが済んでから始めるものとされています。最新の規約をご確認ください。",
                "en": "With milestones, each stage has its own budget and deadline and is escrowed stage by stage; "
                      "reportedly each later stage needs its own escrow before its work starts. Check the latest "
                      "terms."},
        action={"ja": "次のマイルストーンの作業は、その分の仮払いを確認してから始めてください。",
                "en": "Don't start the next milestone's work until its escrow is confirmed."},
        confidence="secondary",
        sources=(CW_MILESTONE, CW_ESCROW_ARTICLES),
    ),
    Rule(
        id="cw_hourly_timecard",
        when=lambda a: on_crowdworks(a) and job_is(a, "hourly"),
        effect="watch",
        reason={"ja": "時間単価制では、想定される1週間の稼働時間分が仮払いされてから作業を始め、作業時間はクラウドワークスの"
                      "タイムカードアプリで記録します。支払いは週ごとで、クライアントの確認は火曜0:00〜木曜24:00、"
                      "金曜に確定します。",
                "en": "For hourly jobs, escrow covers the expected weekly hours; work starts after escrow and is "
                      "recorded with the CrowdWorks time-card app. Payment is weekly (client review Tuesday "
                      "0:00 to Thursday 24:00, fixed on Friday)."},
        action={"ja": "チャットワークでやり取りしていても、作業時間は必ずタイムカードアプリで記録し、その週の仮払いを"
                      "確認してから作業してください。",
                "en": "Even while chatting on Chatwork, record your hours with the time-card app, and work only "
                      "once that week is escrowed."},
        confidence="official",
        sources=(CW_FAQ_HOURLY, CW_GUIDE_HOURLY),
    ),
    Rule(
        id="cw_acceptance_and_cancellation",
        when=lambda a: on_crowdworks(a) and a.get("contract") == "contracted",
        effect="watch",
        reason={"ja": "検収（納品物の確認）の目安は約1週間で、過ぎた場合は依頼に応じて事務局が対応することがあります。"
                      "契約が途中で終了すると、仮払いされたお金は全額クライアントに戻ります。",
                "en": "Acceptance (検収) should take about one week; past that, the office may act on a request. "
                      "If the contract is ended midway, the escrowed money goes back to the client in full."},
        action={"ja": "検収が1週間ほど進まないときは事務局に相談してください。契約を途中で終える提案には注意してください。",
                "en": "If acceptance stalls for about a week, ask the office. Be careful with proposals to end "
                      "the contract midway."},
        confidence="official",
        sources=(CW_FAQ_ACCEPTANCE,),
    ),
    Rule(
        id="cw_no_direct_deal",
        when=lambda a: on_crowdworks(a) and not reported(a, "direct_deal"),
        effect="watch",
        reason={"ja": "チャットワークに移っても、直接取引（クラウドワークスを通さない契約・支払い）は規約で禁止とされ、"
                      "違約金（システム利用料と100万円のいずれか高い額）やアカウント削除の対象になるとされています。"
                      "最新の規約をご確認ください。",
                "en": "Even on Chatwork, a direct deal (a contract or payment that bypasses CrowdWorks) is "
                      "reportedly forbidden by the terms, with a penalty of the larger of the system fee and "
                      "¥1,000,000 and removal of the account; check the latest terms."},
        action={"ja": "直接契約やサイト外での支払いを持ちかけられても、応じないでください。",
                "en": "If a direct contract or payment outside CrowdWorks is proposed, decline."},
        confidence="secondary",
        sources=(CW_TERMS_QUOTED,),
    ),
    Rule(
        id="cw_worker_fee",
        when=lambda a: on_crowdworks(a) and reported(a, "direct_deal"),
        effect="watch",
        reason={"ja": "受注者の手数料は、報酬のうち10万円以下の部分が20%、10万円超〜20万円以下の部分が10%、20万円を"
                      "超える部分が5%です（タスク形式は20%）。",
                "en": "The worker fee is 20% of the part of the reward up to ¥100,000, 10% of the part from "
                      "¥100,000 to ¥200,000 and 5% above that (20% for task jobs)."},
        action={"ja": "手数料を理由に直接取引を持ちかけられても、応じないでください。",
                "en": "Don't accept a direct deal offered as a way to skip this fee."},
        confidence="official",
        sources=(CW_GUIDE_FEE,),
    ),
    Rule(
        id="cw_no_official_offers_on_chat",
        when=lambda a: on_crowdworks(a) and not reported(a, "fake_official"),
        effect="watch",
        reason={"ja": "クラウドワークスが LINE・チャットワーク・WhatsApp で仕事を紹介することはありません。チャットワーク"
                      "上で「クラウドワークス」を名乗る連絡が来たら、なりすましです。",
                "en": "CrowdWorks never sends job offers through LINE, Chatwork or WhatsApp: a message on Chatwork "
                      "claiming to be CrowdWorks is impersonation."},
        action=None,
        confidence="official",
        sources=(CW_BLOG_IMPERSONATION,),
    ),
    Rule(
        id="lancers_contact_request",
        when=on_lancers,
        effect="watch",
        reason={"ja": "ランサーズでは、連絡先を伝えるときは「連絡先公開申請」を使います。",
                "en": "On Lancers, contact details are shared through a contact disclosure request (連絡先公開申請)."},
        action={"ja": "チャットワークのIDなどの連絡先を交換するときは、先に連絡先公開申請をしてください。",
                "en": "Before exchanging your Chatwork ID or other contact details, file the 連絡先公開申請."},
        confidence="official",
        sources=(LANCERS_FAQ_598, LANCERS_FAQ_770),
    ),
    Rule(
        id="lancers_no_outside_payment",
        when=lambda a: on_lancers(a) and not reported(a, "direct_deal"),
        effect="watch",
        reason={"ja": "チャットワークに移っても、支払いは必ずランサーズを通します。ランサーズの外での支払いは禁止されています。",
                "en": "Even on Chatwork, payment goes through Lancers: paying outside Lancers is prohibited."},
        action=None,
        confidence="official",
        sources=(LANCERS_FAQ_598, LANCERS_FAQ_770),
    ),
    Rule(
        id="scam_patterns",
        when=may_move,
        effect="watch",
        reason={"ja": "注意が呼びかけられている手口：報酬10〜100円の「簡単なアンケート」からLINEへ誘導し、別のサービスに"
                      "登録させるもの／高額な講座や情報商材の購入／「未経験者歓迎」「スキルアップ」「実績作り」などの"
                      "誘い文句／マルチ商法（MLM）／報酬の代わりに「経験」を与えるというもの。",
                "en": "Officially warned-about patterns: \"easy survey\" jobs paying ¥10–¥100 that move you to "
                      "LINE and then to another service's sign-up; expensive courses and information products; "
                      "lures like \"beginners welcome\", \"skill up\" or \"build your portfolio\"; MLM; pay "
                      "replaced by \"experience\"."},
        action=None,
        confidence="official",
        sources=(CW_BLOG_SCAMS, CW_FAQ_PROHIBITED_JOBS),
    ),
    Rule(
        id="client_new_account",
        when=lambda a: may_move(a) and client_is(a, "new_account"),
        effect="watch",
        reason={"ja": "できたばかりで評価や実績のないアカウントは、注意のサインとされています。最新の情報をご確認ください。",
                "en": "A brand-new account with no ratings or history is reportedly a warning sign; check the "
                      "latest information."},
        action={"ja": "プロフィール（本人確認・評価・発注実績）を確認し、仮払いが済むまで作業を始めないでください。",
                "en": "Check the profile (identity check, ratings, order history), and don't start work before "
                      "escrow."},
        confidence="secondary",
        sources=(CLIENT_CHECK_ARTICLES,),
    ),
    Rule(
        id="client_no_identity_check",
        when=lambda a: may_move(a) and client_is(a, "history_only"),
        effect="watch",
        reason={"ja": "本人確認をしていないクライアントは、注意のサインとされています。最新の情報をご確認ください。",
                "en": "A client without an identity check is reportedly a warning sign; check the latest "
                      "information."},
        action={"ja": "評価（目安とされるのはおよそ4.5以上）や完了率（およそ90%以上）、発注実績も確認してください。",
                "en": "Also check the rating (reportedly about 4.5 or more is a good sign), the completion rate "
                      "(around 90% or more) and the order history."},
        confidence="secondary",
        sources=(CLIENT_CHECK_ARTICLES,),
    ),
    Rule(
        id="client_check_profile",
        when=lambda a: may_move(a) and client_is(a, None, "unsure"),
        effect="watch",
        reason={"ja": "クライアントのプロフィールでは、評価がおよそ4.5以上、完了率がおよそ90%以上、発注実績があることが"
                      "目安とされ、本人確認なし・評価なし・できたばかりのアカウントは注意のサインとされています。"
                      "最新の情報をご確認ください。",
                "en": "On the client's profile, a rating of about 4.5 or more, a completion rate around 90% or "
                      "more and an order history are reportedly good signs; no identity check, no ratings or a "
                      "brand-new account are reportedly warning signs. Check the latest information."},
        action={"ja": "移行する前に、クライアントのプロフィールを確認してください。",
                "en": "Check the client's profile before moving."},
        confidence="secondary",
        sources=(CLIENT_CHECK_ARTICLES,),
    ),
    Rule(
        id="keep_agreements_on_platform",
        when=may_move,
        effect="watch",
        reason={"ja": "トラブルのとき、サポートが事実を確認できるのはサービス上のメッセージだけとされています。"
                      "最新の規約をご確認ください。",
                "en": "In a dispute, support can reportedly only check what is on the platform's own messages; "
                      "check the latest terms."},
        action={"ja": "チャットワークで話しても、作業範囲・金額・納期・変更の依頼は、お仕事を受けたサービスのメッセージ"
                      "にも残してください。",
                "en": "Even when chatting on Chatwork, keep the scope, price, deadlines and change requests on "
                      "the platform's message system too."},
        confidence="secondary",
        sources=(RECORD_ARTICLES, COCONALA_SUPPORT),
    ),
    Rule(
        id="deliver_via_platform",
        when=may_move,
        effect="watch",
        reason={"ja": "サポートが確認できるのはサービス上の記録だけとされているため、納品はサービスの「納品」機能で行う"
                      "よう勧められています。最新の規約をご確認ください。",
                "en": "Since support can reportedly only check the platform's own records, delivery should go "
                      "through the platform's delivery (納品) function; check the latest terms."},
        action={"ja": "ファイルをチャットワークで送った場合も、正式な納品はサービスの納品機能で行ってください。",
                "en": "Even if you share files on Chatwork, make the official delivery with the platform's "
                      "delivery function."},
        confidence="secondary",
        sources=(RECORD_ARTICLES, COCONALA_SUPPORT),
    ),
    Rule(
        id="chatwork_free_plan_history",
        when=may_move,
        effect="watch",
        reason={"ja": "Chatwork のフリープランでは、2022年10月以降、見られるのは直近40日以内の最新5,000件のメッセージ"
                      "だけ（組織全体での件数）とされています。それより古いメッセージは有料プランでないと見られません。"
                      "最新の情報をご確認ください。",
                "en": "On Chatwork's free plan (since October 2022), reportedly only the latest 5,000 messages "
                      "from the last 40 days can be viewed, counted across the organisation; older ones come back "
                      "only on a paid plan. Check the latest information."},
        action={"ja": "合意した内容は、自分でも控えを残してください。",
                "en": "Keep your own copy of everything you agree on."},
        confidence="secondary",
        sources=(CHATWORK_PLAN_ARTICLES,),
    ),

    # ---- info: what is already in order ----
    Rule(
        id="cw_escrow_done",
        when=lambda a: on_crowdworks(a) and escrow_is(a, "all") and not job_is(a, "task", "competition"),
        effect="info",
        reason={"ja": "報酬は仮払い済みで、クラウドワークスに預けられています（固定報酬制では検収が終わると報酬が確定します）。",
                "en": "The reward is escrowed with CrowdWorks (for fixed-price jobs it is fixed when acceptance "
                      "completes)."},
        action=None,
        confidence="official",
        sources=(CW_FAQ_FIXED,),
    ),
    Rule(
        id="cw_task_competition_escrowed",
        when=lambda a: on_crowdworks(a) and job_is(a, "task", "competition"),
        effect="info",
        reason={"ja": "タスク形式は公開前に仮払いされ（14日で承認、過ぎると自動承認）、コンペ形式も仮払いの後にだけ"
                      "公開されます。",
                "en": "Task jobs are escrowed before publication (14-day approval, then automatic approval), and "
                      "competitions are published only after escrow."},
        action=None,
        confidence="official",
        sources=(CW_FAQ_TASK, CW_FAQ_COMPETITION),
    ),
    Rule(
        id="cw_contact_request_approved",
        when=lambda a: on_crowdworks(a) and contact_request_is(a, "approved"),
        effect="info",
        reason={"ja": "サービス外連絡申請が承認されています。クラウドワークスの外で連絡を取るための手続きは済んでいます。",
                "en": "The off-platform contact request (サービス外連絡申請) is approved: the step CrowdWorks "
                      "requires for contact outside it is done."},
        action=None,
        confidence="official",
        sources=(CW_FAQ_CONTACT,),
    ),
    Rule(
        id="cw_seed_advice_outdated",
        when=lambda a: on_crowdworks(a) and not contact_request_is(a, "approved"),
        effect="info",
        reason={"ja": "「契約後ならチャットワークに移っても問題ない」という説明をよく見かけますが、これはサービス外連絡"
                      "申請の仕組みができた2020年より前の状況とされています。今は契約後でも申請が必要です。"
                      "最新の規約をご確認ください。",
                "en": "The common advice that \"after the contract, moving to Chatwork is no problem\" reportedly "
                      "describes the situation before the application system started in 2020; today the "
                      "request is needed after the contract too. Check the latest terms."},
        action=None,
        confidence="secondary",
        sources=(CW_HISTORY, CW_FAQ_CONTACT),
    ),
    Rule(
        id="client_trust_marks",
        when=lambda a: on_crowdworks(a) and client_is(a, "verified"),
        effect="info",
        reason={"ja": "クライアントは本人確認済みで、評価や発注実績もあります。クラウドワークスでは「本人確認」"
                      "「発注ルールチェック済み」「認定クライアント」の表示が信頼の目安になります。",
                "en": "The client is identity-verified with ratings and history. On CrowdWorks, the marks "
                      "本人確認 (identity verified), 発注ルールチェック済み (ordering rules checked) and 認定クライアント "
                      "(certified client) are the trust marks to look for."},
        action=None,
        confidence="official",
        sources=(CW_TRUST_MARKS,),
    ),
    Rule(
        id="lancers_external_ok_after_escrow",
        when=lambda a: on_lancers(a) and escrowed(a) and not reported(a, "move_before_contract"),
        effect="info",
        reason={"ja": "ランサーズでは、仮払いの後であれば外部のチャット・メール・電話でのやり取りが認められています。",
                "en": "On Lancers, outside chat, mail and phone are allowed after escrow (仮払い)."},
        action=None,
        confidence="official",
        sources=(LANCERS_FAQ_598, LANCERS_FAQ_770),
    ),
)

BY_ID: dict[str, Rule] = {r.id: r for r in RULES}
