"""The questions the advisor asks, in the order it asks them.

This file is data. To change a question, its wording, an option, or the words a user may type for an
option, edit the entries below. Each question has:

- ``id``: the answer's key (also the conversation state's name);
- ``ask`` / ``reask``: the question, and a differently worded re-ask for a reply that was not understood;
- ``help``: a short explanation shown with the third attempt or on "help";
- ``options``: the answers, each with its value, labels, and ``words`` (typed variants that mean it);
- ``multi``: several options may apply (checkboxes);
- ``ask_if``: asked only when this condition on the earlier answers holds (see flows/conditions.py);
- ``only_if`` on an option: the option is offered only when that condition holds;
- ``confirm`` on a warning sign: the yes/no question asked when a message may or may not report it.

``CONFIRM`` below is that yes/no question ("Just to check: …"), asked when a reading would change the verdict
and is not sure (flows/conversation.py, state ``confirming``).

How a typed answer is read beyond these words (negated, promised, hearsay, a conditional: never read as done),
the facts and warning signs a message may state anywhere, and the commands are data in flows/words.py.

Where each answer leads: to the next question in this list whose ``ask_if`` holds and that has no answer
yet; after the last one, to the verdict. Typed words are matched after normalisation (full/half width,
katakana/hiragana, case), see flows/parse.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from flows import facts as F
from flows.facts import with_check


@dataclass(frozen=True)
class Option:
    value: str
    label: dict[str, str]
    words: tuple[str, ...] = ()
    only_if: str | None = None
    confirm: dict[str, str] | None = None  # a warning sign's yes/no check ("did they ask for …?")
    read_as: dict[str, str] | None = None  # how the answer reads away from the options (「該当なし」), when not its label


@dataclass(frozen=True)
class Question:
    id: str
    ask: dict[str, str]
    reask: dict[str, str]
    help: dict[str, str]
    short: dict[str, str]
    options: tuple[Option, ...]
    multi: bool = False
    ask_if: str | None = None
    unknown: str | None = None
    extra: dict = field(default_factory=dict)
    faq: str | None = None  # the flows/faq.py entry that answers a question asked about it while it is open


YES = ("はい", "ええ", "うん", "そうです", "yes", "y", "yeah", "yep", "yup", "yes it is", "sure", "correct", "👍", "✅", "⭕",
       "〇", "○", "🙆", "🙆‍♀️", "🙆‍♂️", "👌")
NO = ("いいえ", "いや", "ううん", "no", "n", "nope", "nah", "not yet", "❌", "✖", "×", "🙅", "🙅‍♀️", "🙅‍♂️", "👎")
UNSURE = ("わからない", "わかりません", "分からない", "分かりません", "わかんない", "不明", "知らない", "たぶん", "unsure",
          "not sure", "don't know", "dont know", "do not know", "idk", "unknown", "no idea", "dunno", "?",
          "i think so", "maybe", "probably", "i'm not sure", "no clue")
# "Not sure / never heard of it" for a request the user may not know (CrowdWorks' and Lancers').
NEVER_HEARD = ("知らん", "しらん", "知らへん", "存じません", "存じ上げません", "存じておりません", "知らなかった", "知りませんでした", "知りません", "知らないです", "初めて聞いた", "never heard", "what is that",
               "what's that", "never heard of it", "didn't know", "did not know")

QUESTIONS: tuple[Question, ...] = (
    Question(
        id="platform",
        short={"ja": "プラットフォーム", "en": "Platform"},
        ask={"ja": "どのサービスで見つけたお仕事ですか？", "en": "Which platform did you find this job on?"},
        reask={"ja": "すみません、読み取れませんでした。お仕事を受けたサイトを下から選んでください。",
               "en": "Sorry, I didn't catch that. Please pick the site where you found the job."},
        help={"ja": "サービスごとに外部ツールへの移行ルールが違うため、最初に確認します。",
              "en": "Each platform has its own rules on moving to outside tools, so this comes first."},
        options=(
            Option("crowdworks", {"ja": "クラウドワークス", "en": "CrowdWorks"},
                   ("クラウドワークス", "くらうどわーくす", "クラワク", "クラワ", "crowdworks", "crowd works", "cw")),
            Option("lancers", {"ja": "ランサーズ", "en": "Lancers"}, ("ランサーズ", "lancers", "lancer")),
            Option("coconala", {"ja": "ココナラ", "en": "Coconala"}, ("ココナラ", "coconala")),
        ),
    ),
    Question(
        id="contract",
        ask_if="contract_question_applies",
        short={"ja": "契約", "en": "Contract"},
        ask={"ja": "クライアントとの契約はもう結びましたか？", "en": "Have you signed the contract with the client yet?"},
        reask={"ja": "契約の状況を教えてください。応募・相談中ですか、それとも契約済みですか？",
               "en": "Where does the contract stand: still applying or negotiating, or already contracted?"},
        help={"ja": "契約前と契約後では、外部で連絡を取ってよいかどうかが変わります。",
              "en": "Whether outside contact is allowed depends on whether the contract is made."},
        options=(
            Option("negotiating", {"ja": "まだ（応募中・相談中）", "en": "Not yet (applying / negotiating)"},
                   ("まだ", "未", "未契約", "契約前", "応募中", "応募した", "応募しただけ", "応募", "相談中", "交渉中",
                    "面談中", "契約してない", "契約していない", "契約していません", "していない", "してない",
                    "していません", "してません", "採用前", "選考中", "提案中", "返事待ち", "まだっす", *NO,
                    "negotiating", "applying", "applied", "just applied", "before contract", "not signed",
                    "not hired", "interviewing", "interview", "in talks", "still talking", "proposal sent", "bidding",
                    "not contracted", "still an offer", "only an offer", "need to accept", "still need to accept",
                    "haven't accepted", "not accepted yet", "オファーだけ", "オファーが来た")),
            Option("contracted", {"ja": "契約済み", "en": "Contracted"},
                   ("契約済み", "契約済", "済み", "済", "済んだ", "済んで", "済んでる", "済んでいる", "契約した",
                    "契約しました", "契約して", "結んだ", "結びました", "結んで", "しました", "採用された", "採用されました",
                    "受注した", "した", "してる", "してます", "しています", "契約はしてる", "契約してる", "契約してます", *YES, "contracted", "signed", "done", "hired", "got hired", "got the job",
                    "yes contracted", "we signed", "under contract", "accepted my proposal", "already")),
        ),
    ),
    Question(
        id="job_format",
        short={"ja": "契約形式", "en": "Job format"},
        ask={"ja": "お仕事の形式はどれですか？", "en": "What kind of job is it?"},
        reask={"ja": "お仕事の形式が読み取れませんでした。固定報酬・時間単価・タスク・コンペのどれに近いですか？",
               "en": "I couldn't tell the job format. Is it fixed price, hourly, a task, or a competition?"},
        help={lang: with_check((F.CW_ESCROW_TIMING,), lang) for lang in ("ja", "en")},  # the facts, said once
        ask_if="platform_not_coconala",
        unknown="unsure",
        options=(
            Option("fixed_single", {"ja": "固定報酬（一括）", "en": "Fixed price (one payment)"},
                   ("固定報酬", "固定", "一括", "固定報酬制", "一括払い", "fixed", "fixed price", "fixed-price", "one payment",
                    "single", "single payment", "lump sum", "flat fee", "one-time payment")),
            Option("fixed_milestone", {"ja": "固定報酬（マイルストーン）", "en": "Fixed price (milestones)"},
                   ("マイルストーン", "分割", "段階", "マイルストーン払い", "milestone", "milestones", "in stages",
                    "split payments", "installments", "staged")),
            Option("hourly", {"ja": "時間単価制", "en": "Hourly"},
                   ("時間単価", "時間単価制", "時給", "時間制", "タイムカード", "hourly", "per hour", "hour", "by the hour",
                    "hourly rate", "time card", "timecard")),
            Option("task", {"ja": "タスク形式", "en": "Task"}, ("タスク", "タスク形式", "task", "tasks", "task format",
                                                              "microtask")),
            Option("competition", {"ja": "コンペ形式", "en": "Competition"},
                   ("コンペ", "コンペ形式", "competition", "contest", "design contest")),
            Option("unsure", {"ja": "わからない", "en": "Not sure"}, UNSURE),
        ),
    ),
    Question(
        id="escrow",
        faq="escrow",
        short={"ja": "仮払い", "en": "Escrow"},
        ask={"ja": "クライアントの仮払い（報酬の預け入れ）は済んでいますか？",
             "en": "Has the client put the reward in escrow (仮払い)?"},
        reask={"ja": "仮払いの状況を教えてください。契約画面に「仮払い済み」と出ているかで確認できます。",
               "en": "Please tell me the escrow status. The contract page shows whether it is escrowed (仮払い済み)."},
        help={"ja": "仮払いは、作業の前にクライアントが報酬をプラットフォームに預ける仕組みです。これがあると未払いを防げます。",
              "en": "Escrow (仮払い) means the client deposits the reward with the platform before the work starts, "
                    "which protects you from non-payment."},
        ask_if="escrow_question_applies",
        unknown="unsure",
        options=(
            Option("all", {"ja": "仮払い済み", "en": "Yes, escrowed"},
                   ("仮払い済み", "仮払済み", "仮払い済", "済み", "済", "済んだ", "済んで", "済んでる", "済んでいる",
                    "済んでいます", "完了", "された", "されて", "されてる", "されている", "してもらった", "してもらって",
                    "してもらいました", "してくれた", "入ってる", "入ってます", "入っている", "入金済み", *YES, "done",
                    # whole done forms only: 「済ませてくれと伝えた」「お済ませいただけず」 are not done
                    "済ませてくれた", "済ませてくれました", "済ませてくれてます", "済ませてくれています", "済ませてもらいました",
                    "済ませてもらってます", "済ませてもらっています", "済ませていただきました", "済ませていただいています",
                    "お済ませいただけました", "お済ませいただきました", "お済ませいただいております", "お済ませいただいています",
                    "escrowed", "paid", "funded", "yes escrowed", "deposited", "in escrow", "all funded", "it's in",
                    "all set")),
            Option("current_milestone", {"ja": "今のマイルストーン分だけ済み", "en": "Only the current milestone"},
                   ("今の分だけ", "今回分", "最初の分", "最初だけ", "第1", "current milestone", "only current",
                    "first milestone", "only the first", "this milestone only"),
                   only_if="is_milestone"),
            Option("promised", {"ja": "まだ（これからすると言われた）", "en": "Not yet, only promised"},
                   ("約束", "するそう", "してくれるそう", "予定", "これから", "あとで", "後で", "明日", "来週", "promised",
                    "will escrow", "will fund", "going to", "later", "tomorrow", "next week", "soon", "they will",
                    "they'll", "するって言われただけ", "するって言ってただけ", "すると言われただけ", "入れるって言われた",
                    "only the promise", "only a promise")),
            Option("not_yet", {"ja": "まだ", "en": "Not yet"},
                   ("まだ", "未", "未払い", "まだです", "されてない", "されていない", "されていません", "してない",
                    "していない", "してもらっていない", "してもらってない", "まだっす", "まだやで", *NO, "not escrowed",
                    "not funded", "nothing yet", "none yet")),
            Option("unsure", {"ja": "わからない", "en": "Not sure"},
                   UNSURE + ("確認してない", "確認していない", "確認してません", "確認していません", "まだ確認",
                             "haven't checked", "didn't check", "not checked", "can't see it")),
        ),
    ),
    Question(
        id="contact_request",
        faq="contact_outside_request",
        short={"ja": "サービス外連絡申請", "en": "Off-platform contact request"},
        ask={"ja": "クラウドワークスの「サービス外連絡申請」はしましたか？",
             "en": "Have you or the client filed CrowdWorks' off-platform contact request (サービス外連絡申請)?"},
        reask={"ja": "チャットワークなど外部で連絡を取るための「サービス外連絡申請」の状況を選んでください。",
               "en": "Please pick the status of the off-platform contact request (サービス外連絡申請)."},
        help={lang: with_check((F.CW_CONTACT_REQUEST, F.CW_REVIEW), lang) for lang in ("ja", "en")},
        ask_if="is_crowdworks",
        unknown="unsure",
        options=(
            Option("approved", {"ja": "申請して承認された", "en": "Filed and approved"},
                   ("承認", "承認済み", "承認された", "承認されました", "許可", "許可された", "通った", "通りました",
                    "ok出", "okでた", "ok出ました", "okもらった", "おりた", "下りた", "approved", "accepted", "yes approved",
                    "got the ok", "got approval", "green light", "granted", "it went through", "went through")),
            Option("pending", {"ja": "申請して審査中", "en": "Filed, under review"},
                   ("審査中", "申請中", "申請した", "申請済み", "申請しました", "待ち", "返事待ち", "審査待ち", "pending",
                    "under review", "filed", "applied", "waiting", "submitted", "in review", "filed it")),
            Option("refused", {"ja": "申請したが承認されなかった", "en": "Filed, but refused"},
                   ("却下", "不承認", "非承認", "否認", "承認されず", "承認されなかった", "通らなかった", "通りませんでした", "断られた", "だめでした",
                    "ダメだった", "ダメでした", "だめだった", "ngでした", "落ちた", "rejected", "refused", "denied",
                    "declined", "not accepted", "turned it down", "turned down", "didn't go through",
                    "did not go through", "no luck", "they said no")),
            Option("not_applied", {"ja": "申請していない", "en": "Not filed"},
                   ("していない", "してない", "していません", "してません", "しておりません", "しない", "未申請", "まだ", "してへん",
                    "しとらん", "してねえ",
                    *NO, "not filed", "none", "haven't filed", "didn't file", "never filed", "not applied",
                    "didn't do it", "we didn't do it yet", "haven't done it", "not done yet", "didn't do it yet",
                    "haven't done that", "not done that", "didn't do that")),
            Option("unsure", {"ja": "わからない・知らなかった", "en": "Not sure / never heard of it"},
                   UNSURE + NEVER_HEARD),
        ),
    ),
    Question(
        id="lancers_contact_request",
        faq="lancers_rules",
        short={"ja": "連絡先公開申請", "en": "Contact disclosure request"},
        ask={"ja": "ランサーズの「連絡先公開申請」は済んでいますか？",
             "en": "Has Lancers' contact disclosure request (連絡先公開申請) been made?"},
        reask={"ja": "チャットワークのIDなどを伝えるための「連絡先公開申請」の状況を選んでください。",
               "en": "Please pick the status of the contact disclosure request (連絡先公開申請)."},
        help={lang: with_check((F.LANCERS_CONTACT,), lang) for lang in ("ja", "en")},
        ask_if="is_lancers",
        unknown="unsure",
        options=(
            Option("done", {"ja": "済んでいる", "en": "Yes, done"},
                   ("済み", "済", "済んだ", "済んでる", "済んでいます", "した", "しました", "申請した", "申請しました",
                    "承認", "承認された", "通った", "済ませました", "済ませてます", "済ませてくださってます", "済ませてくれました",
                    *YES, "done",
                    "made", "filed", "approved", "yes done")),
            Option("not_yet", {"ja": "まだ", "en": "Not yet"},
                   ("まだ", "未", "していない", "してない", "していません", "してません", *NO, "not filed",
                    "haven't", "not done", "didn't do it yet", "did not do it yet", "not do it yet")),
            Option("unsure", {"ja": "わからない・知らなかった", "en": "Not sure / never heard of it"},
                   UNSURE + NEVER_HEARD),
        ),
    ),
    Question(
        id="client",
        short={"ja": "クライアント", "en": "Client"},
        ask={"ja": "クライアントのプロフィールはどれに近いですか？", "en": "Which best describes the client's profile?"},
        reask={"ja": "クライアントのプロフィール（本人確認・評価・発注実績）を見て、近いものを選んでください。",
               "en": "Look at the client's profile (identity check, ratings, order history) and pick the closest."},
        help={lang: with_check((F.CW_TRUST_MARKS_FACT, F.CLIENT_WARNING_SIGNS), lang) for lang in ("ja", "en")},
        ask_if="platform_not_coconala",
        unknown="unsure",
        options=(
            Option("verified", {"ja": "本人確認済み・評価や発注実績あり", "en": "Identity verified, with ratings and history"},
                   ("本人確認済み", "本人確認", "認定", "認定クライアント", "verified", "identity verified",
                    "id verified", "certified")),
            Option("history_only", {"ja": "評価や実績はあるが本人確認なし", "en": "Ratings and history, but no identity check"},
                   ("実績だけ", "評価だけ", "評価はある", "実績はある", "history only", "ratings only",
                    "reviews only")),
            Option("new_account", {"ja": "新しいアカウント・評価や実績なし", "en": "New account, no ratings or history"},
                   ("新規", "新しい", "新規アカウント", "実績なし", "評価なし", "初めて", "new", "new account",
                    "no ratings", "no history", "brand new", "no reviews", "zero reviews", "first job")),
            Option("unsure", {"ja": "わからない", "en": "Not sure"},
                   UNSURE + ("見てない", "見てなかった", "確認してない", "didn't check", "haven't checked")),
        ),
    ),
    Question(
        id="warning_signs",
        faq="scam_signs",
        short={"ja": "気になる点", "en": "Warning signs"},
        ask={"ja": "クライアントから次のようなことを言われましたか？（当てはまるものをすべて）",
             "en": "Has the client asked for any of these? (pick all that apply)"},
        reask={"ja": "当てはまるものを番号で教えてください（例: 1,3）。なければ「なし」と送ってください。",
               "en": "Reply with the numbers that apply (e.g. 1,3), or \"none\"."},
        help={"ja": "どれかに当てはまると、判定が大きく変わります。当てはまらなければ「なし」を選んでください。",
              "en": "Any of these changes the verdict a lot; if none applies, pick \"none\"."},
        multi=True,
        ask_if="platform_not_coconala",
        options=(
            Option("direct_deal", {"ja": "直接契約・サイト外での支払いを提案された", "en": "A direct contract or payment outside the platform"},
                   ("直接契約", "直接取引", "直取引", "直接やり取りで契約", "サイト外", "手数料なし", "手数料がかからない",
                    "直接支払", "直接振込", "direct deal", "direct contract", "pay outside", "outside the platform",
                    "off platform payment", "skip the fee"),
                   confirm={"ja": "直接契約や、サイトの外での支払いを持ちかけられましたか？",
                            "en": "did the client propose a direct contract or payment outside the platform?"}),
            Option("move_before_contract", {"ja": "契約前に外部ツールへ移りたいと言われた", "en": "Moving to an outside tool before the contract"},
                   ("契約前に", "契約前", "応募段階", "契約の前", "before the contract", "before contract",
                    "before hiring"),
                   confirm={"ja": "契約の前に外部ツールへ移ろうと言われましたか？",
                            "en": "did the client want to move to an outside tool before the contract?"}),
            Option("id_or_bank", {"ja": "身分証・銀行口座の情報や、口座の開設を求められた",
                                  "en": "Asked for ID documents, bank details, or to open an account"},
                   ("口座", "銀行口座", "身分証", "免許証", "マイナンバー", "口座開設", "個人情報", "bank account",
                    "bank details", "id document", "passport", "driver's license", "open an account",
                    "personal data", "personal info"),
                   confirm={"ja": "身分証や銀行口座の情報、口座の開設を求められましたか？",
                            "en": "did they ask for your ID, bank details, or to open an account?"}),
            Option("contact_details", {"ja": "電話番号やLINEのIDを聞かれた", "en": "Asked for your phone number or LINE ID"},
                   ("電話番号", "lineのid", "line id", "line交換", "lineを教え", "line追加", "ラインを教え",
                    "phone number", "asked for my line", "my line"),
                   confirm={"ja": "電話番号やLINEのIDを聞かれましたか？",
                            "en": "did they ask for your phone number or LINE ID?"}),
            Option("survey_to_line", {"ja": "簡単なアンケートなどから、LINEや別サービスの登録へ誘導された",
                                      "en": "An easy survey or task that moves you to LINE or another sign-up"},
                   ("アンケート", "簡単なアンケート", "別サービス", "登録させ", "survey", "sign up", "signup"),
                   confirm={"ja": "簡単なアンケートなどから、LINEや別サービスへの登録に誘導されましたか？",
                            "en": "did an easy survey or task lead you to LINE or to sign up for another service?"}),
            Option("no_work_answers", {"ja": "仕事内容の質問に答えず、外部の連絡先へ誘導された",
                                       "en": "Won't answer questions about the work here, and pulls you outside"},
                   ("質問に答えない", "答えてくれない", "won't answer", "doesn't answer", "no answers"),
                   confirm={"ja": "仕事内容の質問に答えてもらえず、外部の連絡先へ誘導されましたか？",
                            "en": "does the client avoid questions about the work here and pull you to an outside contact?"}),
            Option("mlm_or_unpaid", {"ja": "マルチ商法の勧誘や、報酬の代わりに「経験・実績」と言われた",
                                     "en": "MLM, or \"experience\" instead of pay"},
                   ("マルチ", "ネットワークビジネス", "無報酬", "経験になる", "実績作り", "mlm", "network marketing",
                    "unpaid", "for exposure", "for experience"),
                   confirm={"ja": "マルチ商法の勧誘や、報酬の代わりに「経験・実績」と言われましたか？",
                            "en": "were you offered MLM, or 'experience' instead of pay?"}),
            Option("upfront_fee", {"ja": "前払いの費用や教材・講座の購入を求められた", "en": "An upfront fee or buying a course or materials"},
                   ("前払い", "初期費用", "登録料", "教材", "講座", "購入", "サポート費", "upfront", "upfront fee",
                    "registration fee", "course", "materials", "purchase"),
                   confirm={"ja": "前払いの費用や、教材・講座の購入を求められましたか？",
                            "en": "were you asked to pay an upfront fee or buy a course or materials?"}),
            Option("work_before_escrow", {"ja": "仮払いの前に作業を始めるよう言われた", "en": "Starting work before escrow"},
                   ("仮払い前", "先に作業", "先に始め", "仮払いの前", "テスト作業", "before escrow",
                    "start before", "start now"),
                   confirm={"ja": "仮払いの前に作業を始めるよう言われましたか？",
                            "en": "were you asked to start working before the escrow?"}),
            Option("fake_official", {"ja": "LINEやチャットワークで、クラウドワークスなど運営を名乗る連絡が来た",
                                     "en": "A message on LINE/Chatwork claiming to be CrowdWorks or platform support"},
                   ("名乗る", "名乗って", "なりすまし", "運営を名乗る", "公式を名乗", "事務局を名乗", "claiming to be",
                    "pretending to be", "crowdworks staff", "impersonat"),
                   confirm={"ja": "LINEやチャットワークなどで、運営（クラウドワークスなど）を名乗る連絡が来ましたか？",
                            "en": "did someone on LINE, Chatwork or the like claim to be CrowdWorks or platform staff?"}),
            Option("none", {"ja": "どれもない", "en": "None of these"},
                   ("なし", "ない", "ないです", "ありません", "特にない", "特になし", "どれもない", "いいえ",
                    "none", "no", "nothing", "n"),
                   read_as={"ja": "該当なし", "en": "None from the list"}),
        ),
    ),
)

# The yes/no check of a reading that would change the verdict ("{item}": what was understood, as a question).
CONFIRM = Question(
    id="confirm",
    short={"ja": "確認", "en": "Check"},
    ask={"ja": "念のため確認です：{item}", "en": "Just to check: {item}"},
    reask={"ja": "すみません、「はい」か「いいえ」でお答えください。\n{item}", "en": "Sorry, please answer Yes or No.\n{item}"},
    help={"ja": "判定が変わるところなので、読み取った内容で合っているか確かめています。",
          "en": "This changes the verdict, so I'm checking that I understood you."},
    options=(
        Option("yes", {"ja": "はい", "en": "Yes"},
               (*YES, "そう", "合ってます", "合っています", "その通り", "その通りです", "あります", "ありました",
                "right", "that's right", "yes they did", "they did", "it is")),
        Option("no", {"ja": "いいえ", "en": "No"},
               (*NO, "違います", "ちがいます", "違う", "ないです", "ありません", "なかった", "なかったです", "ないよ",
                "they didn't", "they did not", "it isn't", "it's not", "wrong", "not really", "none", "never")),
    ),
)
# the same, right after another check was answered
CONFIRM_MORE = {"ja": "もう一点、念のため確認です：{item}", "en": "One more check: {item}"}
# {item} for a fact: 「仮払いは「まだ」で合っていますか？」
CONFIRM_FACT = {"ja": "{question}は「{answer}」で合っていますか？", "en": "{question}: “{answer}”. Is that right?"}
# Answers read from typed words (in passing, in the first message or another answer, or as the answer itself,
# unless typed as an option's number or exactly one of its words) that a ✅ verdict rests on are checked once,
# together, before it is given: a wrong reading of one of these would make it safer than the truth; for the
# warning signs, as read (or none of them). One reading: {items} 「仮払い：仮払い済み」; several: one per line, and
# "yes" is said to cover them all.
CHECK_BEFORE_SAFE = ("contract", "escrow", "contact_request", "lancers_contact_request", "warning_signs")
CONFIRM_READ = {"ja": "お書きいただいた内容から「{items}」と読み取りました。合っていますか？",
                "en": "I read your message as “{items}”. Is that right?"}
CONFIRM_READ_ALL = {"ja": "お書きいただいた内容から、次のように読み取りました。\n{items}\nすべて合っていますか？",
                    "en": "here's how I read your message:\n{items}\nIs all of that right?"}

ORDER: tuple[str, ...] = tuple(q.id for q in QUESTIONS)
BY_ID: dict[str, Question] = {q.id: q for q in QUESTIONS}
CLICKABLE: dict[str, Question] = {**BY_ID, CONFIRM.id: CONFIRM}  # every question answered with buttons


def valid_answer(question_id: str, value: object) -> bool:
    """Whether `value` is an answer the question offers: one of its option values, or (a multi-choice
    question) a non-empty list of them."""
    question = BY_ID.get(question_id) if isinstance(question_id, str) else None
    if question is None:
        return False
    offered = {o.value for o in question.options}
    if question.multi:
        return (isinstance(value, list) and bool(value) and len(value) <= len(offered)
                and all(isinstance(v, str) and v in offered for v in value))
    return isinstance(value, str) and value in offered


def valid_answers(answers: object) -> dict[str, object]:
    """The answers in `answers` (a mapping from question id) that the questions offer; the rest dropped."""
    if not isinstance(answers, dict):
        return {}
    return {k: v for k, v in answers.items() if valid_answer(k, v)}
