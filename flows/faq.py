"""The channel FAQ: short answers to questions people ask in Slack channels.

This file is data. To change what the bot answers, edit ``FAQ_ENTRIES`` below. Each entry has:

- ``id``: a stable name for the entry;
- ``topic``: words or patterns that mean the message is about this topic (one of them must appear);
- ``also_needs``: words of which one must ALSO appear (empty = the topic words are enough), e.g. the
  Chatwork entry needs a word about moving, so "チャットワークの通知が来ない" is not about it;
- ``rules``: the rules of flows/rules.py the answer rests on;
- ``says``: the facts it states (flows/facts.py: each figure and rule is written there once, so the FAQ, the
  verdict and the question help always agree), optionally followed by ``advice`` (what to do, no new fact).
  The answer (``ja`` / ``en``, at most six sentences) and its ``sources`` are made from them: official facts
  said plainly, third-party facts hedged and followed by a "check the latest …" note;
- ``confidence``: "official" when the core of the answer is on the platform's own pages, "secondary"
  when it is consistent third-party information (the answer then says so);
- ``starts_check``: asking it in a DM starts the guided check after the answer (the check is the answer for
  the user's own case); other questions get the answer and a button to start the check.

Entries are tried in order; the first one that fits answers. Put the more specific entries first.

Patterns are regular expressions matched on normalised text: full width → half width (ＯＫ？ → ok?), half
width katakana → full width, lower case, Slack mentions, links and :emoji: removed. ``\\b`` only looks
at English letters and digits, so ``\\bcw\\b`` matches in "cwの案件". The bot answers a channel message only
when it also looks like a question or a request for advice (see ``QUESTION_MARKERS``); a message that
@mentions the bot needs only the topic.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from flows import facts as F
from flows.facts import Fact, with_check
from flows.lang import detect
from flows.rules import Source

# ---------------------------------------------------------------- shared words

CROWDWORKS = r"(クラウドワークス|くらうどわーくす|クラワク|crowd ?works)"
CHATWORK = r"(チャットワーク|ちゃっとわーく|チャトワ|chat ?work)"
# LINE the app; ライン only as a word of its own (not ガイドライン, オンライン).
LINE = r"(\bline\b|(?<![ァ-ヶー])ライン(?![ァ-ヶー]))"
# Other outside tools.
OTHER_TOOLS = (rf"(slack|スラック|discord|ディスコード|{LINE}|skype|スカイプ|zoom|ズーム|\bteams\b"
               r"|外部の?(ツール|チャット|サービス|アプリ)|(external|outside) (tool|chat|app))")
# Words about moving the conversation somewhere (or using a tool to talk).
MOVE = (r"(移行|移動|移[っるりらそすしろ]|(に|へ)?(行く|行こ|行って|行っても)|(に|へ)(いく|いこ)|切り?替え|切替|乗り?換え|に来て|で(の)?(やり取り|やりとり|連絡|話)"
        r"|で(打ち合わせ|相談|面談|通話)(しよ|したい|しません)|でお願い|に誘|招待(され|したい|して|リンク|が届|が来|url)|誘導"
        r"|使(って(も|いい|ほしい|ください|と|って)|う(の|こと|よう)|わ(ない|せ|れ))|で続け|に変え|に変更|入っ|参加"
        r"|で(」|』|って|と言)"                                     # 「詳細はChatworkで」って
        r"|\b(move|moving|switch|migrat\w*|continue|talk|chat(ting)? (on|via|over)|communicat\w*"
        r"|(use|using) \w+ with|join|invite\w*|add me|take (things|this|it|the conversation))\b)")
# What a contact-detail question is about, and what people do with contact details.
CONTACT_DETAILS = (r"(連絡先|メアド|メールアドレス|電話番号|携帯番号|個人情報|サービス外連絡|外部連絡|連絡申請"
                   rf"|({LINE}|skype|{CHATWORK}) ?(の?(id|アカウント))?を?(教え|交換|聞か)|({LINE}|skype|{CHATWORK}) ?id"
                   r"|(直接|対面で?|実際に)会|会いたい|会って|会う|対面"
                   r"|email address|phone number|contact (details|info\w*)|personal (info\w*|details|email)"
                   r"|\b(my|his|her|their|your) (e-?mail|phone|(phone )?number|line id|skype)\b"
                   r"|(off-platform|outside|external) contact|meet (in person|offline|up)|in person)")
CONTACT_ACTIONS = (r"(交換|教え|聞かれ|聞いて|渡|伝え|送[っるり]|共有|知らせ|申請|契約前|契約後|会"
                   r"|\b(exchange|share|give|send|ask(ed|s)?( me)? for|apply|request|application"
                   r"|before (the )?contract|after (the )?contract|meet)\b)")
# Where contact outside a platform is the subject (for the Lancers and Coconala entries).
OUTSIDE_CONTACT = (rf"(外部|連絡|{CHATWORK}|{LINE}|メール|電話|直接|外で|slack|zoom|skype|discord|ツール|移行"
                   r"|\b(contact|outside|external|tools?|email|phone|directly|move|switch)\b)")
# The message is about work (for the scam entry: not any scam anywhere).
WORK_CONTEXT = (rf"({CROWDWORKS}|\bcw\b|案件|仕事|クライアント|募集|スカウト|発注|応募|受注|報酬|アンケート|{CHATWORK}"
                rf"|{LINE}|whatsapp|\b(client|job|gig|offer|project|work)\b)")

# ---------------------------------------------------------------- is it a question?

# One of these must appear for the bot to answer a channel message (not needed for an @mention).
QUESTION_MARKERS = (
    r"\?",                                             # ? and ？ (normalised)
    r"(ですか|ますか|でしょうか|でしょう|かな|かしら|っけ)",
    r"か(ね|な)?\s*([。…w笑]|$)",                      # …のか / …ますか at the end of a sentence
    r"大丈夫(?!(です|でした|だった|だよ|でーす|。|!))",  # 大丈夫? but not 大丈夫です (a statement)
    r"(いいの|いいん(です|でしょう|だろう)|良いの|よいの|いいもの|良いもの)",
    r"て(も)?(いい|良い|よい)\s*([。…]|$)",            # …してもいい (casual question)
    # worry words, but not in a statement ("危ないからやめときな", "不安だったけど")
    r"(平気|まずい|マズい|危ない|危険|怪しい|あやしい)(?!(から|ので|よ|って|し|と思|だった|でした|かった))",
    r"(どうすれば|どうしたら|どうする|どうなる|どうなり|どう対応|どうやって|どうしよう|どうなの)",
    r"(教えて|知りたい|(知ってる|わかる|分かる|詳しい)(人|方)|アドバイス|相談)",
    r"(おk|アリ(です|かな|なの)|ありなの)",
    r"(違反(になる|じゃ|ですか|なの|かな|では)|規約的に|ルール的に|べき(か|なの|でしょう))",
    r"(何日|何時間|何回|何円|いつ(?!も)|どれ(くらい|ぐらい)|どのくらい|どのぐらい|なんで|なぜ|ダメ(?!(です|でした|だった|だよ|。))"
    r"|だめ(?!(です|でした|だった|だよ|。)))",
    r"よね\s*([。…w笑]|$)",                             # これ怪しいよね (asking to be told)
    r"((不安|心配)(?!(だった|でした|ない|なく|いらない))|迷って|悩んで|わから(ない|なく)|分から(ない|なく))",
    # English: a sentence that starts like a question, or asks for advice
    r"(^|[.!\n]\s*)(is|are|am|can|could|should|would|do|does|did|may|might|will|how|what|when|where|which|who"
    r"|why|anyone|any)\b",
    r"(^|[.,!;:]\s*|\b(and|or|but|so)\s+)(is|are|can|could|should|do|does|did) (that|this|it|i|we|they|he|she)\b"
    r"|\bhow (long|much|many|does|do|is)\b"
    r"|\bwhat('s| is| are| does)\b",
    r"\b(wondering|i wonder|not sure (if|whether)|any (advice|tips|thoughts)|advice (please|needed)|need advice"
    r"|help me|please advise|is it (ok|okay|safe|allowed|fine)|is this (ok|okay|safe|allowed|fine|legit))\b",
)


# ---------------------------------------------------------------- the entries

# Sources are the facts' (flows/facts.py): one title and URL per page, in both languages.


@dataclass(frozen=True, kw_only=True)
class FaqEntry:
    id: str
    topic: tuple[str, ...]
    also_needs: tuple[str, ...] = ()
    rules: tuple[str, ...]
    says: tuple[Fact, ...]
    ja: str
    en: str
    sources: tuple[Source, ...]
    confidence: str
    starts_check: bool = False

    @property
    def checked(self) -> str:
        """When its facts were last read: the oldest of their dates."""
        return min(f.checked for f in self.says)

    def answer(self, lang: str) -> FaqAnswer:
        return FaqAnswer(self.id, lang, self.ja if lang == "ja" else self.en, self.sources)


def entry(*, id: str, topic: tuple[str, ...], also_needs: tuple[str, ...] = (), rules: tuple[str, ...],
          says: tuple[Fact, ...], advice: dict[str, str] | None = None, confidence: str,
          starts_check: bool = False) -> FaqEntry:
    """An entry whose answer is its facts (and advice), in both languages, with the facts' sources."""
    text = {lang: with_check(says, lang) + ((" " if lang == "en" else "") + advice[lang] if advice else "")
            for lang in ("ja", "en")}
    sources = tuple(dict.fromkeys(src for f in says for src in f.sources))
    return FaqEntry(id=id, topic=topic, also_needs=also_needs, rules=rules, says=says, ja=text["ja"],
                    en=text["en"], sources=sources, confidence=confidence, starts_check=starts_check)


@dataclass(frozen=True)
class FaqAnswer:
    entry_id: str
    lang: str
    text: str
    sources: tuple[Source, ...]


FAQ_ENTRIES: tuple[FaqEntry, ...] = (
    entry(
        id="scam_signs",
        topic=(
            r"(詐欺|さぎ|サギ|なりすまし|成りすまし|名乗|偽物|偽の|ニセ|本物|フィッシング)",
            rf"({LINE}(に|へ)?(誘導|追加|登録|友だち|友達)|友(だち|達)追加|簡単な?アンケート|情報商材)",
            r"((高額|高い)な?(講座|教材|商材|塾|コンサル)|(講座|教材|商材)を?(買|購入)|マルチ商法|ネズミ講)",
            r"(本人確認書類|身分証|免許証|マイナンバー|パスポート|口座(番号|情報|開設|を(新しく)?(作|開))|キャッシュカード)",
            r"(本人確認(して(い)?ない|なし|無し|がない|未)|評価(が|も)?(ゼロ|0|なし|無し|ない)|新規アカウント)",
            r"(怪しい|あやしい)(クライアント|案件|募集|仕事|スカウト|メッセージ|依頼|人)",
            r"(クライアント|案件|募集|仕事|スカウト|メッセージ|依頼)(さん|様)?(が|って|は|、)?(なんか|ちょっと)?(怪し|あやし)",
            r"(これ|それ|この(人|方|案件|クライアント|話))(って|は|、)?\s*(なんか|ちょっと|やっぱ|絶対)?(怪し|あやし|詐欺)",
            r"\b(scam\w*|fraud\w*|impersonat\w*|claiming to be|pretending|fake|phishing|easy survey|mlm|pyramid"
            r"|bank (account|details)|id (document|card|photo)|photo of my id|whatsapp|red flag|warning sign"
            r"|sketchy|suspicious|legit|fishy)\b",
        ),
        also_needs=(WORK_CONTEXT,),
        rules=("fake_official", "scam_patterns", "client_new_account", "scam_id_or_bank", "client_trust_marks"),
        says=(F.CW_NO_OFFERS_ON_CHAT, F.CW_SCAM_PATTERNS, F.CLIENT_WARNING_SIGNS, F.FRAUD_SIGNS,
              F.CW_TRUST_MARKS_FACT),
        confidence="official",
    ),
    entry(
        id="coconala_rules",
        topic=(r"(ココナラ|coconala)",),
        also_needs=(OUTSIDE_CONTACT,),
        rules=("coconala_no_outside_contact",),
        says=(F.COCONALA_NO_OUTSIDE,),
        advice={"ja": "チャットワークへの移行もできないので、やり取りはココナラの中で続けてください。",
                "en": "So a Coconala deal cannot be moved to Chatwork: keep the conversation on Coconala."},
        confidence="official",
    ),
    entry(
        id="lancers_rules",
        topic=(r"(ランサーズ|らんさーず|lancers)",),
        also_needs=(OUTSIDE_CONTACT,),
        rules=("lancers_before_escrow", "lancers_external_ok_after_escrow", "lancers_contact_request",
               "lancers_no_outside_payment"),
        says=(F.LANCERS_BEFORE_ESCROW, F.LANCERS_AFTER_ESCROW, F.LANCERS_CONTACT, F.LANCERS_NO_OUTSIDE_PAYMENT),
        confidence="official",
    ),
    entry(
        id="direct_deal",
        topic=(
            r"(直接(取引|契約|依頼|発注|払|支払|お支払|振り?込|の?(お仕事|仕事|案件))|直取引|直契約|直取り)",
            rf"(({CROWDWORKS}|\bcw\b|サイト|プラットフォーム)を?(通さ|介さ|通じず|使わず|抜き))",
            r"(手数料を?(節約|浮|かから|払わ|取られたくな|抜き|なし|無し)|(サイト)?外で(取引|契約|支払|払|振込))",
            r"\b(direct (deals?|contracts?|payments?|work)|pay(ing|s)?( me)? (directly|outside|off[- ]platform)"
            r"|outside (of )?(crowdworks|the (platform|site))|off[- ](platform|site) (payment|deal|contract)"
            r"|(avoid|skip|save|bypass)(ing)? (the )?(crowdworks )?(fees?|platform)|without (going through )?crowdworks"
            r"|(work|contract|hire me) directly)\b",
        ),
        rules=("cw_direct_deal_banned", "cw_direct_deal_penalty", "cw_direct_deal_account_restriction",
               "cw_direct_deal_no_escrow"),
        says=(F.CW_DIRECT_DEAL_RULE, F.CW_PENALTY, F.CW_ACCOUNT_RESTRICTION, F.SEED_NO_ESCROW),
        confidence="secondary",
    ),
    entry(
        id="contact_outside_request",
        topic=(CONTACT_DETAILS,),
        also_needs=(CONTACT_ACTIONS,),
        rules=("cw_contact_request_needed", "cw_external_steering"),
        says=(F.CW_CONTACT_REQUEST, F.CW_REVIEW, F.CW_DIRECT_REQUEST_REFUSED, F.CW_STEERING_PROHIBITED),
        advice={"ja": "理由なく連絡先を求められたら注意してください。",
                "en": "Be careful if a client wants your contact details without a reason."},
        confidence="official",
    ),
    entry(
        id="chatwork_free_plan",
        topic=(CHATWORK,),
        also_needs=(
            r"(無料|フリー|有料|プラン|40日|5,?000件?)",
            r"((メッセージ|ログ|履歴|やり取り|やりとり|チャット)(が|は|も|って)?(消え|見れ|見られ|見え|遡|さかのぼ))",
            r"((昔|古い|過去)の(メッセージ|やり取り|やりとり|ログ|履歴|チャット))",
            r"\b(free|paid|plan|older|old messages|40 days|5,?000|disappear\w*|delet\w*|vanish\w*|limit\w*)\b",
        ),
        rules=("chatwork_free_plan_history",),
        says=(F.CHATWORK_FREE_PLAN,),
        advice={"ja": "合意した内容は自分でも控えを残し、クラウドワークスのメッセージにも残しておきましょう。",
                "en": "Keep your own copy of what you agreed, and keep it on the CrowdWorks message system too."},
        confidence="secondary",
    ),
    entry(
        id="move_to_chatwork",
        topic=(
            CHATWORK,
            OTHER_TOOLS,
            rf"({CROWDWORKS}.*\bcw\b|\bcw\b.*{CROWDWORKS})",  # CW is Chatwork only when CrowdWorks is named too
        ),
        also_needs=(MOVE,),
        rules=("cw_move_before_contract", "cw_contact_request_needed", "cw_seed_advice_outdated",
               "keep_agreements_on_platform"),
        says=(F.CW_PRINCIPLE, F.CW_CONTACT_REQUEST, F.CW_REVIEW, F.CW_HISTORY_SEED_ADVICE),
        advice={"ja": "移行しても作業範囲・金額・納期はクラウドワークスのメッセージに残し、仮払いの前には作業を始めないで"
                      "ください。",
                "en": "Even after moving, keep scope, price and deadlines on CrowdWorks messages, and don't start "
                      "work before 仮払い (escrow)."},
        confidence="official",
        starts_check=True,  # the question the guided check answers for the user's own case
    ),
    entry(
        id="escrow",
        topic=(r"(仮払|かりばらい|エスクロー|\bescrow\w*)",),
        also_needs=(
            r"(前|まえ|まだ|なし|無し|せず|されて(い)?ない|してくれな|しない|いつ|タイミング|とは|って(なに|なん|何(?![時日件回度%]))"
            r"|仕組み|必要|毎回|マイルストーン|時間単価|時給|タスク|コンペ|固定報酬|返金|戻|中止|キャンセル|終了|途中"
            r"|先に|以降|2回目|次の|どうな|初心者|すぐ|契約(したら|後|時))",
            r"\b(before|without|not yet|required|need\w*|how (does|do)|what is|what's|milestones?|hourly|tasks?"
            r"|competitions?|refund\w*|cancel\w*|ended|when)\b",
        ),
        rules=("cw_escrow_not_yet", "cw_work_before_escrow_request", "cw_work_before_escrow_unprotected",
               "cw_acceptance_and_cancellation"),
        says=(F.CW_ESCROW_BEFORE_WORK, F.CW_ESCROW_TIMING, F.CW_WORK_BEFORE_ESCROW_PROHIBITED,
              F.CW_WORK_BEFORE_ESCROW_UNPROTECTED, F.CW_MIDWAY_END),
        confidence="official",
    ),
)


# ---------------------------------------------------------------- the functions

_SLACK_TOKEN = re.compile(r"<[^<>\s][^<>]*>")             # <@U123>, <#C1|x>, <!here>, <https://…|label>
_EMOJI = re.compile(r":[a-z0-9][a-z0-9_+'\-]*:", re.IGNORECASE)


@lru_cache(maxsize=512)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.ASCII)                   # \b and \w look at English letters only


def _found(patterns: tuple[str, ...], text: str) -> bool:
    return any(_compiled(p).search(text) for p in patterns)


def _clean(text: str) -> str:
    """The message without Slack mentions, links and :emoji:, NFKC-normalised (case kept)."""
    text = _SLACK_TOKEN.sub(" ", text or "")
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"[^\S\n]+", " ", _EMOJI.sub(" ", text)).strip()   # keep line breaks


def normalise(text: str) -> str:
    """The form patterns are matched on: cleaned, NFKC, lower case."""
    return _clean(text).lower()


def is_question(text: str) -> bool:
    """True when the (normalised) message asks something or asks for advice."""
    return _found(QUESTION_MARKERS, text)


def find_entry(text: str) -> FaqEntry | None:
    """The first entry whose topic (and extra words) the normalised message has."""
    for entry in FAQ_ENTRIES:
        if _found(entry.topic, text) and (not entry.also_needs or _found(entry.also_needs, text)):
            return entry
    return None


def _answer(text: str, need_question: bool) -> FaqAnswer | None:
    cleaned = _clean(text)
    norm = cleaned.lower()
    entry = find_entry(norm)
    if entry is None or (need_question and not is_question(norm)):
        return None
    return entry.answer(detect(cleaned) or "ja")


# A line of keywords (「直接契約 違約金」, "chatwork free plan message limit"): no kana sentence, no one's story.
KEYWORDS_ONLY = re.compile(r"^(?!.*[ぁ-ん]{2})(?!.*\b(i|i'm|i've|my|me|we|our|he|she|they|his|her|their|wants?|asked|said|"
                           r"told)\b)[^。.!]{1,60}$")


def asked(text: str, pending: str | None = None, command: bool = False, situation: bool = False) -> FaqEntry | None:
    """The entry that answers the question this message asks, else None. Like a channel message, it must look
    like a question on a covered topic; a question with no topic of its own while a question of the check is
    open is about that one (`pending`: its entry, 「それって何日かかるんでしょう」). A /migrate-check line
    (`command`) is a question too when it states no `situation`, or is a line of keywords, unless its topic is
    the check itself (then the assessment answers it)."""
    norm = _clean(text).lower()
    entry = find_entry(norm)
    query = command and (not situation or KEYWORDS_ONLY.match(norm) is not None)
    if entry is not None and ((query and not entry.starts_check) or is_question(norm)):  # 「チャットワークに誘われました」: the check
        return entry
    return BY_ID[pending] if entry is None and pending and is_question(norm) else None


def match(text: str) -> FaqAnswer | None:
    """The FAQ answer for a channel message that asks about a covered topic, else None."""
    return _answer(text, need_question=True)


def match_mention(text: str) -> FaqAnswer | None:
    """Like match, for a message that @mentions the bot: the topic is enough, no question needed."""
    return _answer(text, need_question=False)


BY_ID: dict[str, FaqEntry] = {e.id: e for e in FAQ_ENTRIES}
