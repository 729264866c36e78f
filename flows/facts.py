"""The domain facts the advisor states, each written once, with its confidence and sources.

This file is data, traced line by line to docs/sources.md (the team's domain facts). A figure or a rule
(「2営業日」, the penalty, the fee table, the 14-day task approval…) appears here and nowhere else in
flows/: the rules (flows/rules.py), the steps (flows/steps.py), the FAQ answers (flows/faq.py) and the
question help texts (flows/questions.py) all take it from here, so a change is made once.

- ``FIGURES``: the bare figures, as text fragments other facts are written with;
- ``Fact``: one statement, in Japanese and English, with its confidence as docs/sources.md marks it:
  "official" (said plainly), "secondary" (hedged in the sentence itself: 「…とされています」 / "reportedly",
  and followed once by a "check the latest …" note, see ``CHECK``), "seed" (only in the article the product
  grew from, and said as its claim: 「元の記事では…とされています」 / "The article this advisor grew from says …").

Each fact also records when its sources were last read (``checked``: a verdict shows the oldest date of the
facts it uses) and, for each source page it rests on, its *anchor phrases* (``anchors``): a few short phrases
that stand on that page today and carry the fact. ``scripts/check_sources.py`` fetches the pages and reports
any fact whose phrases are gone, so that a human reads the page again (README, "Keeping the advice current").

Never cite a terms article number: the numbers change between versions of the terms.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

LAST_READ = "2026-11-28"  # the date every source below was last read in full (a fact re-checked alone says its own)


@dataclass(frozen=True)
class Source:
    title: str
    url: str | None = None
    title_en: str | None = None
    short: str | None = None      # for the one-line source list under a verdict
    short_en: str | None = None

    def label(self, lang: str) -> str:
        """The title in `lang` (the Japanese one when there is no English title)."""
        return self.title_en if lang == "en" and self.title_en else self.title

    def brief(self, lang: str) -> str:
        """The short label in `lang` (the full label when there is none)."""
        short = self.short_en if lang == "en" else self.short
        return short or self.label(lang)


# ---- sources (URLs exactly as in docs/sources.md) ----

CW_FAQ_CONTACT = Source("クラウドワークス よくある質問 10562（サービス外での連絡・直接取引）",
                        "https://crowdworks.my.salesforce-sites.com/faq/articles/FAQ/10562?l=ja&url=10562",
                        "CrowdWorks FAQ 10562 (contact outside CrowdWorks, direct deals)",
                        "CW FAQ 10562", "CW FAQ 10562")
CW_FAQ_PROHIBITED_JOBS = Source("クラウドワークス よくある質問 10596（禁止されている仕事）",
                                "https://crowdworks.my.salesforce-sites.com/faq/articles/FAQ/10596?l=ja&url=10596",
                                "CrowdWorks FAQ 10596 (prohibited jobs)", "CW FAQ 10596", "CW FAQ 10596")
CW_BLOG_IMPERSONATION = Source("クラウドワークス公式ブログ（LINE・チャットワーク・WhatsAppでのなりすましへの注意）",
                               "https://blog.crowdworks.jp/archives/5449/",
                               "CrowdWorks blog (impersonation on LINE, Chatwork, WhatsApp)",
                               "CW公式ブログ（なりすまし）", "CW blog (impersonation)")
CW_BLOG_SCAMS = Source("クラウドワークス公式ブログ（悪質な仕事への注意）", "https://blog.crowdworks.jp/archives/6035",
                       "CrowdWorks blog (warning about malicious jobs)", "CW公式ブログ（悪質な仕事）",
                       "CW blog (malicious jobs)")
CW_FAQ_FIXED = Source("クラウドワークス よくある質問 10099（固定報酬制の仮払い）",
                      "https://crowdworks.secure.force.com/faq/articles/FAQ/10099/",
                      "CrowdWorks FAQ 10099 (escrow for fixed-price jobs)", "CW FAQ 10099", "CW FAQ 10099")
CW_MILESTONE = Source("クラウドワークス（マイルストーン払い）", "https://crowdworks.jp/cases/?p=1355",
                      "CrowdWorks (milestone payments)", "CW（マイルストーン）", "CW (milestones)")
CW_FAQ_HOURLY = Source("クラウドワークス よくある質問 10027（時間単価制）",
                       "https://crowdworks.secure.force.com/faq/articles/FAQ/10027/",
                       "CrowdWorks FAQ 10027 (hourly jobs)", "CW FAQ 10027", "CW FAQ 10027")
CW_GUIDE_HOURLY = Source("クラウドワークス ガイド（時間単価制）", "https://crowdworks.jp/pages/guides/employee/hourly",
                         "CrowdWorks guide (hourly jobs)", "CWガイド（時間単価）", "CW guide (hourly)")
CW_FAQ_TASK = Source("クラウドワークス よくある質問 10030（タスク形式）",
                     "https://crowdworks.my.salesforce-sites.com/faq/articles/FAQ/10030?l=ja&url=10030",
                     "CrowdWorks FAQ 10030 (task jobs)", "CW FAQ 10030", "CW FAQ 10030")
CW_FAQ_COMPETITION = Source("クラウドワークス よくある質問 10028（コンペ形式）",
                            "https://crowdworks.my.salesforce-sites.com/faq/articles/FAQ/10028/",
                            "CrowdWorks FAQ 10028 (competitions)", "CW FAQ 10028", "CW FAQ 10028")
CW_FAQ_ACCEPTANCE = Source("クラウドワークス よくある質問 10329（検収・契約の途中終了）",
                           "https://crowdworks.my.salesforce-sites.com/faq/articles/FAQ/10329/",
                           "CrowdWorks FAQ 10329 (acceptance, ending a contract midway)", "CW FAQ 10329",
                           "CW FAQ 10329")
CW_GUIDE_FEE = Source("クラウドワークス ガイド（受注者の手数料）", "https://crowdworks.jp/pages/guides/employee/fee",
                      "CrowdWorks guide (worker fees)", "CWガイド（手数料）", "CW guide (fees)")
CW_TRUST_MARKS = Source("クラウドワークス公式（本人確認・発注ルールチェック済み・認定クライアントの表示）",
                        title_en="CrowdWorks (identity verified, order-rule checked and certified client marks)",
                        short="CW公式（信頼の表示）", short_en="CrowdWorks (trust marks)")
CW_TERMS_QUOTED = Source("クラウドワークス利用規約（内容は第三者サイトでの引用による）",
                         "https://crowdworks.jp/pages/agreement.html",
                         "CrowdWorks terms of use (content as quoted by third-party sites)",
                         "CW利用規約（第三者の引用）", "CW terms (as quoted)")
CW_HISTORY = Source("サービス外連絡申請の導入（2020年）以前の扱いについての第三者サイトの解説",
                    title_en="Third-party articles on the rules before the 2020 contact-request system",
                    short="第三者の解説（以前のルール）", short_en="third-party (earlier rules)")
CW_ESCROW_ARTICLES = Source("仮払い前の作業・マイルストーンの仮払いについての第三者サイトの解説",
                            title_en="Third-party articles on work before escrow and milestone escrow",
                            short="第三者の解説（仮払い）", short_en="third-party (escrow)")
CLIENT_CHECK_ARTICLES = Source("クライアントの見極め方・詐欺の見分け方についての第三者サイトの解説",
                               title_en="Third-party articles on judging clients and spotting scams",
                               short="第三者の解説（クライアント）", short_en="third-party (clients)")
RECORD_ARTICLES = Source("クラウドワークスでのやり取りの記録・納品についての第三者サイトの解説",
                         title_en="Third-party articles on keeping records and delivering on CrowdWorks",
                         short="第三者の解説（記録）", short_en="third-party (records)")
CHATWORK_PLAN_ARTICLES = Source("Chatwork フリープランの閲覧制限についての報道（2022年）",
                                "https://www.bcnretail.com/news/detail/20221114_304268.html",
                                "News report on Chatwork's free-plan history limit (2022)",
                                "報道（Chatwork無料プラン）", "news (Chatwork free plan)")
SEED_ARTICLE = Source("元記事「クラウドワークスのやり取りをチャットワークに移行するときの注意点」",
                      title_en="The original article on moving from CrowdWorks to Chatwork",
                      short="元記事", short_en="original article")
LANCERS_FAQ_598 = Source("ランサーズ よくある質問（l1036/598）", "https://lancers.jp/faq/l1036/598",
                         "Lancers FAQ (l1036/598)", "ランサーズFAQ 598", "Lancers FAQ 598")
LANCERS_FAQ_770 = Source("ランサーズ よくある質問（l1028/770）", "https://www.lancers.jp/faq/l1028/770",
                         "Lancers FAQ (l1028/770)", "ランサーズFAQ 770", "Lancers FAQ 770")
COCONALA_NEWS = Source("ココナラ公式お知らせ（ココナラ外でのやり取りの禁止）", "https://coconala.com/news/1118",
                       "Coconala notice (no contact outside Coconala)", "ココナラ公式お知らせ", "Coconala notice")
COCONALA_SUPPORT = Source("ココナラ公式（サポートが確認できるのはココナラ上のやり取り）",
                          title_en="Coconala (support can only check messages on Coconala)",
                          short="ココナラ公式", short_en="Coconala")


# ---- the figures: each written here once ----

FIGURES: dict[str, dict[str, str]] = {
    "review_days": {"ja": "2営業日以内", "en": "within 2 business days"},
    "member_years": {"ja": "過去5年以内", "en": "within the past 5 years"},
    "penalty": {"ja": "その取引の報酬にかかるシステム利用料と100万円のいずれか高い額",
                "en": "the larger of the system fee on that deal's reward and ¥1,000,000"},
    "fee_table": {"ja": "報酬のうち10万円以下の部分が20%、10万円超〜20万円以下の部分が10%、20万円を超える部分が5%"
                        "（タスク形式は20%）",
                  "en": "20% of the part of the reward up to ¥100,000, 10% of the part from ¥100,000 to "
                        "¥200,000 and 5% above that (20% for task jobs)"},
    "hourly_week": {"ja": "クライアントの確認は火曜0:00〜木曜24:00、金曜に確定",
                    "en": "client review Tuesday 0:00 to Thursday 24:00, fixed on Friday"},
    "task_approval": {"ja": "14日で承認、過ぎると自動承認", "en": "14-day approval, then automatic approval"},
    "acceptance_time": {"ja": "約1週間", "en": "about one week"},
    "survey_pay": {"ja": "報酬10〜100円", "en": "paying ¥10–¥100"},
    "free_plan": {"ja": "直近40日以内の最新5,000件", "en": "the latest 5,000 messages from the last 40 days"},
    "free_plan_since": {"ja": "2022年10月", "en": "October 2022"},
    "client_marks": {"ja": "評価がおよそ4.5以上、完了率がおよそ90%以上", "en": "a rating of about 4.5 or more, a "
                     "completion rate around 90% or more"},
    "request_year": {"ja": "2020年", "en": "2020"},
}


def figure(name: str, lang: str) -> str:
    return FIGURES[name][lang]


def _both(ja: str, en: str) -> dict[str, str]:
    return {"ja": ja, "en": en}


class _Figures(dict):
    """The figures in one language; a name that is not a figure stays as it is ({platform})."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(template: dict[str, str]) -> dict[str, str]:
    """The template with {figure names} filled in, per language (other {names} are left for later)."""
    return {lang: text.format_map(_Figures({k: v[lang] for k, v in FIGURES.items()}))
            for lang, text in template.items()}


# ---- the "check the latest …" notes that follow secondary facts ----

CHECK: dict[str, dict[str, str]] = {
    "terms": _both("最新の規約をご確認ください。", "Check the latest terms."),
    "info": _both("最新の情報をご確認ください。", "Check the latest information."),
}


@dataclass(frozen=True)
class Fact:
    id: str
    text: dict[str, str]
    confidence: str
    sources: tuple[Source, ...]
    check: str | None = None   # the CHECK note a secondary fact is followed by
    checked: str = LAST_READ   # when its sources were last read (YYYY-MM-DD)
    anchors: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (page URL, phrases that must still be on it)

    def say(self, lang: str) -> str:
        return self.text[lang]


def fact(id: str, confidence: str, sources: tuple[Source, ...], ja: str, en: str, check: str | None = None,
         anchors: dict[Source, tuple[str, ...]] | None = None, checked: str = LAST_READ) -> Fact:
    """A fact; ``anchors`` maps each of its source pages to the phrases that carry it there."""
    if confidence == "secondary" and check is None:
        check = "terms"
    pages = tuple((source.url, tuple(phrases)) for source, phrases in (anchors or {}).items() if source.url)
    return Fact(id, fill(_both(ja, en)), confidence, sources, check, checked, pages)


# ---- CrowdWorks: contact outside CrowdWorks ----

CW_PRINCIPLE = fact(
    "cw_principle", "official", (CW_FAQ_CONTACT,),
    "クラウドワークスでは、原則としてクラウドワークスのメッセージでやり取りします。",
    "CrowdWorks asks members to talk on its own message system in principle.",
    anchors={CW_FAQ_CONTACT: ("原則メッセージ上でやり取り",)})
CW_CONTACT_REQUEST = fact(
    "cw_contact_request", "official", (CW_FAQ_CONTACT,),
    "クラウドワークスでは、メールや電話などの連絡先の交換や会うことは、契約の前でも後でも「サービス外連絡申請」を"
    "通します（やむを得ない事情があるときに、1つの相談・契約につき1回、受注者・発注者のどちらからでも申請できます）。",
    "On CrowdWorks, exchanging email, phone or other contact details, or meeting, before or after the contract, goes "
    "through a サービス外連絡申請 (off-platform contact request), which either side may file once per "
    "consultation or contract, given a good reason.",
    anchors={CW_FAQ_CONTACT: ("サービス外連絡申請", "ひとつの相談・契約につき", "どちらからも申請可能")})
CW_REVIEW = fact(
    "cw_review", "official", (CW_FAQ_CONTACT,),
    "申請は{review_days}に審査されます。", "It is reviewed {review_days}.",
    anchors={CW_FAQ_CONTACT: ("最大2営業日以内", "事務局による審査")})
CW_DIRECT_REQUEST_REFUSED = fact(
    "cw_direct_request_refused", "official", (CW_FAQ_CONTACT,),
    "直接取引が目的の申請は認められません。", "A request aimed at a direct deal is refused.",
    anchors={CW_FAQ_CONTACT: ("を目的とした申請", "仕事依頼ガイドラインにて禁止")})
CW_ACCOUNT_RESTRICTION = fact(
    "cw_account_restriction", "official", (CW_FAQ_CONTACT,),
    "事務局が直接取引と判断した場合、予告なくアカウントが制限されることがあります。",
    "If the CrowdWorks office judges that a member deals directly, it may restrict the account without notice.",
    anchors={CW_FAQ_CONTACT: ("事前の予告なく", "ご利用を制限する場合")})
CW_HISTORY_SEED_ADVICE = fact(
    "cw_history_seed_advice", "secondary", (CW_HISTORY,),
    "「契約後ならチャットワークに移っても問題ない」という説明は、申請の仕組みができた{request_year}より前の"
    "状況とされています。",
    "The common advice that moving to Chatwork is fine after the contract reportedly describes the rules "
    "before the request system started in {request_year}.")
CW_HISTORY_BEFORE_ESCROW = fact(
    "cw_history_before_escrow", "secondary", (CW_HISTORY,),
    "以前のガイドライン（申請の仕組みができる前）でも、仮払い前に連絡先を見せたり会ったりすることは禁止されて"
    "いたとされています。",
    "Before the request system, the older guidelines reportedly already banned showing contact details or "
    "meeting before 仮払い (escrow).")
CW_STEERING_PROHIBITED = fact(
    "cw_steering_prohibited", "official", (CW_FAQ_PROHIBITED_JOBS,),
    "仕事内容についての質問に答えず、外部の連絡先へ誘導する仕事は、クラウドワークスで禁止されています。",
    "Jobs that steer you to an outside contact instead of answering questions about the work are prohibited "
    "on CrowdWorks.",
    anchors={CW_FAQ_PROHIBITED_JOBS: ("具体的な回答をせず外部連絡先に誘導",)})
CW_WORK_BEFORE_ESCROW_PROHIBITED = fact(
    "cw_work_before_escrow_prohibited", "official", (CW_FAQ_PROHIBITED_JOBS,),
    "仮払いの前に作業を求める仕事は、クラウドワークスで禁止されています。",
    "Jobs that require work before escrow (仮払い) are prohibited on CrowdWorks.",
    anchors={CW_FAQ_PROHIBITED_JOBS: ("仮払い前の作業が必要な依頼",)})
CW_NO_OFFERS_ON_CHAT = fact(
    "cw_no_offers_on_chat", "official", (CW_BLOG_IMPERSONATION,),
    "クラウドワークスが LINE・チャットワーク・WhatsApp で仕事を紹介することはなく、そこで「クラウドワークス」を"
    "名乗る連絡はなりすましです。",
    "CrowdWorks never sends job offers through LINE, Chatwork or WhatsApp; a message there claiming to be "
    "CrowdWorks is impersonation.",
    anchors={CW_BLOG_IMPERSONATION: ("Chatwork、WhatsApp", "求人紹介や人材募集のメッセージ", "クラウドワークスを装った")})

# ---- CrowdWorks: direct deals ----

CW_DIRECT_DEAL_RULE = fact(
    "cw_direct_deal_rule", "secondary", (CW_TERMS_QUOTED,),
    "規約では、会員同士（{member_years}に会員だった人を含む）が、クラウドワークスで発注できる仕事を事前の承認なしに"
    "直接契約することも、それを持ちかけることも禁止とされています。",
    "The terms reportedly forbid members (and anyone who was a member {member_years}) from contracting "
    "directly, or soliciting a direct contract, for work that could be ordered through CrowdWorks without "
    "CrowdWorks' prior approval.")
CW_PENALTY = fact(
    "cw_penalty", "secondary", (CW_TERMS_QUOTED,),
    "違反すると、違約金（{penalty}）、アカウントの削除、法的措置の対象になるとされています。",
    "Reportedly, breaking it can bring a penalty fee of {penalty}, removal of the account, and legal action.")
SEED_NO_ESCROW = fact(
    "seed_no_escrow", "seed", (SEED_ARTICLE,),
    "元の記事では、直接取引では仮払いの保護がなくなり、報酬が支払われる保証はないとされています。",
    "The article this advisor grew from says that a direct deal loses the escrow protection: nothing guarantees "
    "that you get paid.")

# ---- CrowdWorks: escrow and payment ----

CW_ESCROW_BEFORE_WORK = fact(
    "cw_escrow_before_work", "official", (CW_FAQ_FIXED,),
    "クラウドワークスでは、どの契約形式でも、クライアントが作業開始前に報酬を仮払いします。",
    "On CrowdWorks, in every job format the client escrows the reward (仮払い) before the work starts.",
    anchors={CW_FAQ_FIXED: ("すべての依頼形式", "業務開始前")})
CW_ESCROW_TIMING = fact(
    "cw_escrow_timing", "official", (CW_FAQ_FIXED, CW_MILESTONE, CW_FAQ_HOURLY, CW_FAQ_TASK, CW_FAQ_COMPETITION),
    "仮払いの時期は、固定報酬制は契約時、マイルストーン制は段階ごと、時間単価制は週の見込み時間分、タスク・コンペ形式は"
    "公開前です。",
    "Escrow happens at the contract for fixed price, stage by stage for milestones, for the expected weekly "
    "hours for hourly jobs, and before publication for task and competition jobs.",
    anchors={CW_FAQ_FIXED: ("契約が成立した段階で",),
             CW_MILESTONE: ("作業工程ごとに任意の予算と納期",),
             CW_FAQ_HOURLY: ("週の想定稼働時間",),
             CW_FAQ_TASK: ("公開するために、仮払いを先に",),
             CW_FAQ_COMPETITION: ("仮払い反映後にお仕事が公開される",)})
CW_FIXED = fact(
    "cw_fixed", "official", (CW_FAQ_FIXED,),
    "固定報酬制では契約時に仮払いし、検収（納品物の確認）が終わると報酬が確定します。",
    "For fixed-price jobs the reward is escrowed at the contract and fixed when acceptance (検収) completes.",
    anchors={CW_FAQ_FIXED: ("契約が成立した段階で", "検収が完了した時点で")})
CW_MILESTONE_STAGES = fact(
    "cw_milestone_stages", "official", (CW_MILESTONE,),
    "マイルストーン払いでは、段階ごとに予算と納期を決め、段階ごとに仮払いします。",
    "With milestones, each stage has its own budget and deadline and is escrowed stage by stage.",
    anchors={CW_MILESTONE: ("作業工程ごとに任意の予算と納期", "少しずつ仮払いを行う方式", "その都度マイルストーンを追加")})
CW_MILESTONE_NEXT = fact(
    "cw_milestone_next", "secondary", (CW_ESCROW_ARTICLES,),
    "次の段階の作業も、その段階の仮払いが済んでから始めるものとされています。",
    "Reportedly each later stage needs its own escrow before its work starts.")
CW_HOURLY = fact(
    "cw_hourly", "official", (CW_FAQ_HOURLY, CW_GUIDE_HOURLY),
    "時間単価制では、想定される1週間の稼働時間分が仮払いされてから作業を始め、作業時間はクラウドワークスの"
    "タイムカードアプリで記録します。支払いは週ごとです（{hourly_week}）。",
    "For hourly jobs, escrow covers the expected weekly hours; work starts after escrow and is recorded with "
    "the CrowdWorks time-card app. Payment is weekly ({hourly_week}).",
    anchors={CW_FAQ_HOURLY: ("週の想定稼働時間", "翌週火曜日0時", "レビュー期間後の金曜日"),
             CW_GUIDE_HOURLY: ("週ごとに支払われる形式", "CWタイムカード")})
CW_TASK = fact(
    "cw_task", "official", (CW_FAQ_TASK,),
    "タスク形式は公開前に仮払いされます（{task_approval}）。",
    "Task jobs are escrowed before publication ({task_approval}).",
    anchors={CW_FAQ_TASK: ("公開するために、仮払いを先に", "14日間の承認期間内", "システムで自動的に")})
CW_COMPETITION = fact(
    "cw_competition", "official", (CW_FAQ_COMPETITION,),
    "コンペ形式は、仮払いの後にだけ公開されます。", "Competitions are published only after escrow.",
    anchors={CW_FAQ_COMPETITION: ("仮払い反映後にお仕事が公開される", "コンペ形式の特徴")})
CW_ACCEPTANCE = fact(
    "cw_acceptance", "official", (CW_FAQ_ACCEPTANCE,),
    "検収の目安は{acceptance_time}で、過ぎた場合は依頼に応じて事務局が対応することがあります。",
    "Acceptance (検収) should take {acceptance_time}; past that, the office may act on a request.",
    anchors={CW_FAQ_ACCEPTANCE: ("検収期間の目安を1週間", "事務局からクライアントへ連絡")})
CW_MIDWAY_END = fact(
    "cw_midway_end", "official", (CW_FAQ_ACCEPTANCE,),
    "契約が途中で終了すると、仮払いされたお金は全額クライアントに戻ります。",
    "If a contract is ended midway, the escrowed money goes back to the client in full.",
    anchors={CW_FAQ_ACCEPTANCE: ("全額クライアントに返金", "契約途中終了リクエスト")})
CW_WORK_BEFORE_ESCROW_UNPROTECTED = fact(
    "cw_work_before_escrow_unprotected", "secondary", (CW_ESCROW_ARTICLES,),
    "仮払いの前にした作業は、クラウドワークスが報酬の回収を手伝える範囲の外とされています。",
    "Work done before escrow (仮払い) is reportedly outside what CrowdWorks can help you recover.")
CW_FEE = fact(
    "cw_fee", "official", (CW_GUIDE_FEE,),
    "受注者の手数料は、{fee_table}です。", "The worker fee is {fee_table}.",
    anchors={CW_GUIDE_FEE: ("20万円超の部分", "10万円超20万円以下の部分", "タスク形式での場合")})

# ---- warning signs ----

CW_SURVEY_SCAM = fact(
    "cw_survey_scam", "official", (CW_BLOG_SCAMS,),
    "{survey_pay}の「簡単なアンケート」などからLINEへ誘導し、別のサービスに登録させる仕事は、クラウドワークスが"
    "注意を呼びかけている悪質な手口です。",
    "\"Easy survey\" jobs {survey_pay} that move you to LINE and then to another service's sign-up are a "
    "scam pattern CrowdWorks officially warns about.",
    anchors={CW_BLOG_SCAMS: ("10円や100円などの低単価", "別サービスの登録へ誘導")})
CW_COURSE_SCAM = fact(
    "cw_course_scam", "official", (CW_BLOG_SCAMS,),
    "高額な講座や情報商材を買わせる仕事は、クラウドワークスが注意を呼びかけている悪質な手口です。",
    "Jobs that get you to buy expensive courses or information products are a scam pattern CrowdWorks "
    "officially warns about.",
    anchors={CW_BLOG_SCAMS: ("高額なスクールへの入会", "情報商材の購入を強く勧誘")})
CW_MLM_SCAM = fact(
    "cw_mlm_scam", "official", (CW_BLOG_SCAMS,),
    "マルチ商法（MLM）の勧誘や、報酬の代わりに「経験」を与えるという仕事は、クラウドワークスが注意を呼びかけている"
    "悪質な手口です。",
    "MLM recruiting, and jobs that replace pay with \"experience\", are scam patterns CrowdWorks officially "
    "warns about.")
CW_SCAM_PATTERNS = fact(
    "cw_scam_patterns", "official", (CW_BLOG_SCAMS,),
    "クラウドワークスは、{survey_pay}の「簡単なアンケート」からLINEや別サービスの登録へ誘導する仕事、高額な講座や"
    "情報商材の購入、「未経験者歓迎」「スキルアップ」「実績作り」などの誘い文句、マルチ商法（MLM）、報酬の代わりに"
    "「経験」を与えるという仕事に、注意を呼びかけています。",
    "CrowdWorks officially warns about \"easy survey\" jobs {survey_pay} that move you to LINE and another "
    "service's sign-up, expensive courses and information products, lures like \"beginners welcome\", \"skill "
    "up\" or \"build your portfolio\", MLM, and pay replaced by \"experience\".",
    anchors={CW_BLOG_SCAMS: ("10円や100円などの低単価", "未経験者歓迎", "高額なスクールへ誘導される")})
CW_TRUST_MARKS_FACT = fact(
    "cw_trust_marks", "official", (CW_TRUST_MARKS,),
    "クラウドワークスでは「本人確認」「発注ルールチェック済み」「認定クライアント」の表示が信頼の目安です。",
    "On CrowdWorks, the marks 本人確認 (identity verified), 発注ルールチェック済み (ordering rules checked) and "
    "認定クライアント (certified client) are the trust marks to look for.")
CLIENT_GOOD_SIGNS = fact(
    "client_good_signs", "secondary", (CLIENT_CHECK_ARTICLES,),
    "クライアントのプロフィールでは、{client_marks}、発注実績があることが目安とされています。",
    "On the client's profile, {client_marks} and an order history are reportedly good signs.", check="info")
CLIENT_WARNING_SIGNS = fact(
    "client_warning_signs", "secondary", (CLIENT_CHECK_ARTICLES,),
    "本人確認なし・評価なし・できたばかりのアカウントは、注意のサインとされています。",
    "No identity check, no ratings or a brand-new account are reportedly warning signs.", check="info")
FRAUD_SIGNS = fact(
    "fraud_signs", "secondary", (CLIENT_CHECK_ARTICLES,),
    "身分証や銀行口座の情報を求めたり、口座の開設を求めたりするのは、詐欺のサインとされています。",
    "Requests for ID documents, bank account details or opening accounts are reportedly signs of fraud.",
    check="info")

# ---- Chatwork ----

CHATWORK_FREE_PLAN = fact(
    "chatwork_free_plan", "secondary", (CHATWORK_PLAN_ARTICLES,),
    "Chatwork のフリープランでは、{free_plan_since}以降、見られるのは{free_plan}のメッセージだけ（組織全体での件数）で、"
    "それより古いメッセージは有料プランでないと見られないとされています。",
    "On Chatwork's free plan (since {free_plan_since}), reportedly only {free_plan} can be viewed, counted "
    "across the organisation; older ones come back only on a paid plan.", check="info",
    anchors={CHATWORK_PLAN_ARTICLES: ("直近40日以内に投稿された最新5000件", "2022年10月6日から変更")})

# ---- keeping a record ----

RECORDS = fact(
    "records", "secondary", (RECORD_ARTICLES,),
    "トラブルのとき、クラウドワークスのサポートが事実を確認できるのは、クラウドワークス上のメッセージだけとされています。",
    "In a dispute, CrowdWorks support can reportedly only check what is on CrowdWorks' own messages.")
COCONALA_RECORDS = fact(
    "coconala_records", "official", (COCONALA_SUPPORT,),
    "ココナラのサポートが確認できるのは、ココナラ上のやり取りだけです。",
    "Coconala's support can only check what happened on Coconala.")

# ---- Lancers and Coconala ----

LANCERS_BEFORE_ESCROW = fact(
    "lancers_before_escrow", "official", (LANCERS_FAQ_598, LANCERS_FAQ_770),
    "ランサーズでは、仮払いの前は、連絡先や個人情報の交換も外部ツールの利用もできません。",
    "On Lancers, before escrow (仮払い) you may not exchange contact or personal details or use outside tools.",
    anchors={LANCERS_FAQ_598: ("仮払いされる前の段階で", "連絡先や個人情報交換", "ランサーズサイト外のツール"),
             LANCERS_FAQ_770: ("ランサーズ外でのコミュニケーション",)})
LANCERS_AFTER_ESCROW = fact(
    "lancers_after_escrow", "official", (LANCERS_FAQ_598, LANCERS_FAQ_770),
    "ランサーズでは、仮払いの後であれば、外部のチャット・メール・電話でのやり取りが認められています。",
    "On Lancers, outside chat, mail and phone are allowed after escrow (仮払い).",
    anchors={LANCERS_FAQ_598: ("仮払い後であれば", "チャットツール・メール・電話"), LANCERS_FAQ_770: ("仮払い後であれば", "必要に応じて連絡先")})
LANCERS_CONTACT = fact(
    "lancers_contact", "official", (LANCERS_FAQ_598, LANCERS_FAQ_770),
    "ランサーズでは、連絡先は「連絡先公開申請」を通して伝えます。",
    "On Lancers, contact details are shared through a contact disclosure request (連絡先公開申請).",
    anchors={LANCERS_FAQ_770: ("連絡先公開申請",)})
LANCERS_NO_OUTSIDE_PAYMENT = fact(
    "lancers_no_outside_payment", "official", (LANCERS_FAQ_598, LANCERS_FAQ_770),
    "ランサーズの外での支払いは禁止されています。", "Paying outside Lancers is prohibited.",
    anchors={LANCERS_FAQ_598: ("直接銀行口座に振り込んでもらう", "直接報酬の支払いを受ける行為")})
COCONALA_NO_OUTSIDE = fact(
    "coconala_no_outside", "official", (COCONALA_NEWS,),
    "ココナラでは、購入後であってもココナラの外での連絡は禁止されています（LINE・Slack・Discord・Zoom・"
    "Google Drive が例として挙げられています）。",
    "Coconala prohibits any contact outside Coconala, even after purchase (LINE, Slack, Discord, Zoom and "
    "Google Drive are named as examples).")

FACTS: tuple[Fact, ...] = tuple(v for v in dict(globals()).values() if isinstance(v, Fact))


def with_check(facts: Iterable[Fact], lang: str) -> str:
    """The facts' sentences, with the "check the latest …" note once, after the last secondary one."""
    facts = list(facts)
    last = max((n for n, f in enumerate(facts) if f.confidence == "secondary" and f.check), default=None)
    said = [f.say(lang) for f in facts]
    if last is not None:
        said.insert(last + 1, CHECK[facts[last].check or "terms"][lang])
    return ("" if lang == "ja" else " ").join(said)
