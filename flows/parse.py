"""Understanding typed text: answers to a question, the anytime commands, and facts in free text.

Matching is done on normalised text (NFKC, lower case, katakana folded to hiragana, spaces and
punctuation dropped), so 'ＹＥＳ', 'Yes', 'クラウドワークス' and 'くらうどわーくす' all match.
"""

from __future__ import annotations

import re
import unicodedata

from flows.questions import BY_ID, Option, Question

# Anytime commands, as whole messages. Edit the words here.
COMMANDS: dict[str, tuple[str, ...]] = {
    "restart": ("はじめから", "最初から", "やり直し", "やりなおし", "やり直す", "リセット", "もう一度", "最初に戻る",
                "start over", "restart", "reset", "start again", "from the start"),
    "back": ("戻る", "もどる", "前へ", "前に戻る", "ひとつ戻る", "一つ戻る", "back", "go back", "previous", "undo"),
    "cancel": ("キャンセル", "中止", "やめる", "やめます", "終了", "終わり", "おわり", "cancel", "quit", "stop", "exit",
               "abort"),
    "help": ("ヘルプ", "使い方", "助けて", "help", "?", "？", "h"),
    "details": ("詳しく", "くわしく", "詳細", "詳しく見る", "details", "detail", "more details"),
    "reply": ("文例", "返信の文例", "返信文", "返信例", "reply", "draft", "draft a reply"),
}

_CIRCLED = {chr(0x2460 + i): f" {i + 1} " for i in range(20)}
_PUNCT = re.compile(r"[\s、。,.!！?？・「」『』()（）\[\]【】:：;；〜~ー\-_/]+")
_NUMBERS = re.compile(r"\d+")
_ASCII_WORD = re.compile(r"^[a-z0-9' ]+$")


def to_hiragana(text: str) -> str:
    """Fold katakana to hiragana (leaves the long-vowel mark and everything else alone)."""
    return "".join(chr(ord(c) - 0x60) if "\u30a1" <= c <= "\u30f6" else c for c in text)


def normalise(text: str) -> str:
    """The form used for matching: NFKC, lower case, hiragana, circled numbers as digits."""
    text = unicodedata.normalize("NFKC", text or "")
    text = "".join(_CIRCLED.get(c, c) for c in text)
    return to_hiragana(text.lower()).strip()


def compact(text: str) -> str:
    """normalise() without spaces and punctuation (keeps the long-vowel mark inside words)."""
    return _PUNCT.sub("", normalise(text).replace("ー", "ｰ")).replace("ｰ", "ー")


def _word_in(word: str, text: str, compacted: str) -> bool:
    """Whole-word match for ASCII words, exact match for one-character words, substring otherwise."""
    w = normalise(word)
    if _ASCII_WORD.match(w):
        return re.search(rf"(?<![a-z0-9]){re.escape(w)}(?![a-z0-9])", text) is not None
    w = compact(w)
    if len(w) <= 1:
        return compacted == w
    return w in compacted


def command(text: str) -> str | None:
    """The anytime command the whole message asks for ('restart', 'back', 'cancel', 'help'), or None."""
    c = compact(text) or normalise(text)
    for name, words in COMMANDS.items():
        if any(c == (compact(w) or normalise(w)) for w in words):
            return name
    return None


_JA_NEGATION = re.compile(r"^.{0,4}?(ない|ません|なかった|なし|無し|ず)")
_EN_NEGATION = re.compile(r"(?:\b(?:not|never)|n't)\s+(?:\w+\s+){0,2}$")


def negated(word: str, text: str) -> bool:
    """True when `word` is negated in `text`: 済んで|いません, not| paid, isn't| escrowed."""
    w = normalise(word)
    if _ASCII_WORD.match(w):
        found = re.search(rf"(?<![a-z0-9]){re.escape(w)}(?![a-z0-9])", text)
        return bool(found) and bool(_EN_NEGATION.search(text[: found.start()]))
    comp, w = compact(text), compact(w)
    at = comp.find(w)
    return at >= 0 and bool(_JA_NEGATION.match(comp[at + len(w):]))


def _longest_word(option: Option, norm: str, comp: str) -> str | None:
    words = [w for w in (*option.words, option.label.get("ja", ""), option.label.get("en", ""))
             if w and _word_in(w, norm, comp)]
    return max(words, key=lambda w: len(compact(w) or w), default=None)


def best_option(options: tuple[Option, ...], text: str) -> Option | None:
    """The option whose longest matching word is longest (a negated mention counts as its `if_negated`
    option); None when nothing matches, two options tie, or the negation is unclear."""
    norm, comp = normalise(text), compact(text)
    scored = [(len(compact(word) or word), option, word) for option in options
              if (word := _longest_word(option, norm, comp))]
    scored.sort(key=lambda item: -item[0])
    if not scored or (len(scored) > 1 and scored[0][0] == scored[1][0] and scored[0][1] != scored[1][1]):
        return None
    _, option, word = scored[0]
    if option.if_negated and negated(word, norm):
        return next((o for o in options if o.value == option.if_negated), None)
    return option


def numbers(text: str, count: int) -> list[int] | None:
    """1-based option numbers typed as '2', '２', '②', '1,3', '1 と 3'; None unless all are in range."""
    norm = normalise(text)
    leftover = re.sub(r"[\d\s,、.・とand番&]+", "", norm)
    found = [int(n) for n in _NUMBERS.findall(norm)]
    if not found or leftover or any(n < 1 or n > count for n in found):
        return None
    return list(dict.fromkeys(found))


def understand(question: Question, offered: tuple[Option, ...], text: str) -> list[str] | None:
    """The option values a typed answer picks among the offered options, or None when unclear.

    A single-choice question gives a one-value list. A multi-choice question gives every option mentioned,
    by number or by words ("1,3", "口座と前払い"); "none" only when nothing else was picked.
    """
    picked = numbers(text, len(offered))
    if picked is not None:
        values = [offered[n - 1].value for n in picked]
        return values if question.multi or len(values) == 1 else None
    if not question.multi:
        option = best_option(offered, text)
        return [option.value] if option else None
    return _several(offered, text)


def _several(offered: tuple[Option, ...], text: str) -> list[str] | None:
    norm, comp = normalise(text), compact(text)
    values = [o.value for o in offered if o.value != "none"
              and any(_word_in(w, norm, comp) for w in (*o.words, o.label.get("ja", "")))]
    if values:
        return values
    none = next((o for o in offered if o.value == "none"), None)
    if none and best_option((none,), text):
        return ["none"]
    return None


# Facts a free-text message may already state ("仮払いは済んでいて…"). Each entry: a regex on the
# normalised text (hiragana, lower case), the question it answers, and the value. First match per
# question wins, so put negative forms ("まだ") before positive ones.
_K = "かりばらい|仮払い|仮払|かりばらい"
FACT_PATTERNS: tuple[tuple[str, str, str], ...] = (
    (r"くらうどわーくす|crowd ?works|くらわく", "platform", "crowdworks"),
    (r"らんさーず|lancers", "platform", "lancers"),
    (r"ここなら|coconala", "platform", "coconala"),
    (r"契約前|契約の前|契約(は|も)?(まだ|して(い)?ない|する前)|応募中|応募した|相談中|交渉中|面談|before (the )?contract"
     r"|not (yet )?(contracted|hired|signed)|still (applying|negotiating)", "contract", "negotiating"),
    (r"契約(済|ずみ|した|しました|して(い)?る|を結|が決ま|成立)|受注(した|しました|済)|contracted|hired me|got hired"
     r"|signed the contract|after (the )?contract", "contract", "contracted"),
    (r"まいるすとーん|milestone", "job_format", "fixed_milestone"),
    (r"時間単価|時給|hourly", "job_format", "hourly"),
    (r"固定報酬|fixed[- ]price", "job_format", "fixed_single"),
    (r"たすく(形式|案件|作業)|task (job|format)", "job_format", "task"),
    (r"こんぺ|competition|contest", "job_format", "competition"),
    (r"(最初|今|1つ目|一つ目|第1|一部|今回)[^。、,.]{0,10}(分)?(だけ)?[^。、,.]{0,6}(仮払|かりばらい)"
     r"|(仮払|かりばらい)[^。、,.]{0,10}(最初|今|1つ目|第1|一部|今回)[^。、,.]{0,6}(分|だけ)"
     r"|only the (first|current) milestone", "escrow", "current_milestone"),
    (rf"({_K})[^。、,.!?]{{0,12}}(ない|ません|まだ|前)|未仮払|まだ({_K})"
     r"|not (yet )?escrowed|no escrow|escrow (is )?not|before (the )?escrow|hasn't (been )?(escrowed|funded)",
     "escrow", "not_yet"),
    (rf"({_K})(は|が|も)?(済|ずみ|完了|され|して(もら|い)|してくれ|あり|確認)|({_K})済"
     r"|(already|been) escrowed|escrow (is )?(done|funded|paid|in place)|escrowed", "escrow", "all"),
    (r"(連絡|申請).{0,12}(承認|許可)(?!.{0,4}(ない|ません))|(?<!not )approved", "contact_request", "approved"),
    (r"(連絡|申請).{0,12}(審査中|申請中|待ち)|under review", "contact_request", "pending"),
    (r"本人確認[^。、,.]{0,8}(ない|なし|ません)|not (identity )?verified|unverified", "client", "history_only"),
    (r"本人確認(済|ずみ|されて|あり|ok)|認定くらいあんと|identity verified|verified client", "client", "verified"),
    (r"新規あかうんと|(評価|実績)(が)?(なし|ない|ゼロ|0)|new account|no (ratings|reviews|history)", "client",
     "new_account"),
)

SIGN_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"直接(契約|取引|やり取りで契約|支払|振込|払)|直取引|手数料(が)?(かからない|なし|浮)|(さいと|くらうどわーくす)外(で|の)?(契約|支払|払)"
     r"|direct (deal|contract|payment)|pay(ing)? (me )?(directly|outside)|outside the platform|avoid the fee"
     r"|skip the fee", "direct_deal"),
    (r"契約(前|の前|する前)(に|から)?.{0,20}(ちゃっとわーく|chatwork|line|外部|移|連絡)"
     r"|(ちゃっとわーく|chatwork|line|外部).{0,20}契約(前|の前|する前)|before (the )?contract.{0,40}(chatwork|line|move)"
     r"|(chatwork|line|move).{0,40}before (the )?contract", "move_before_contract"),
    (r"口座|身分証|免許証|まいなんばー|ぱすぽーと|個人情報|bank account|bank details|"
     r"id (card|document)|passport|open (an|a bank) account|personal (info|data|details)", "id_or_bank"),
    (r"電話番号|line(の)?(id|交換|追加|登録|を教)|phone number|line id|add (me|them) on line", "contact_details"),
    (r"前払い|初期費用|登録料|教材|講座|さぽーと費|upfront|registration fee|buy (a |the )?(course|material)"
     r"|pay (for )?(a |the )?(course|training|material)", "upfront_fee"),
    (rf"({_K})(の)?前に?.{{0,12}}(作業|始め|着手|開始|納品)|先に(作業|着手|始め|納品)|てすと作業.{{0,8}}(無償|無料)"
     r"|(start|work|begin).{0,20}before (the )?escrow|before escrow", "work_before_escrow"),
    (r"(くらうどわーくす|運営|事務局|公式)[^。、,.]{0,8}名乗|名乗[^。、,.]{0,12}(くらうどわーくす|運営|事務局)|なりすまし"
     r"|(line|ちゃっとわーく|chatwork|whatsapp)[^。]{0,20}(くらうどわーくす|運営|事務局)(から|の担当|です)"
     r"|(くらうどわーくす|運営|事務局)(から|の担当)[^。]{0,20}(line|ちゃっとわーく|chatwork|whatsapp)"
     r"|(claim|pretend)(s|ing|ed)? to be (from )?crowdworks|crowdworks staff"
     r"|from crowdworks on (line|chatwork|whatsapp)", "fake_official"),
)


def facts_in(text: str) -> dict[str, str]:
    """Answers a free-text message states, e.g. {'escrow': 'all', 'contract': 'contracted'}."""
    norm = normalise(text)
    found: dict[str, str] = {}
    for pattern, question_id, value in FACT_PATTERNS:
        if question_id not in found and re.search(pattern, norm):
            found[question_id] = value
    return found


def signs_in(text: str) -> list[str]:
    """Warning signs a free-text message mentions, in the order of the warning-signs question."""
    norm = normalise(text)
    hits = {sign for pattern, sign in SIGN_PATTERNS if re.search(pattern, norm)}
    return [o.value for o in BY_ID["warning_signs"].options if o.value in hits]
