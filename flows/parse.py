"""Reading typed text: one reading per message (`read`), for the conversation and the quick command.

THE SAFETY RULE — a reading must never make the situation look safer than the user's words:

- When the text does not clearly state a COMPLETED fact, it is not that fact. The future, an intention,
  hearsay about a plan, a conditional and partial completion never count as done: 「月曜に仮払いしてもらえる
  とのことです」 is a promised escrow, not an escrow; "if it gets approved" is no approval; 「最初のマイルストーン分
  だけ」 is not the whole escrow. A client's unverified claim that it is done ("the client told me it's funded") is
  `unsure`. A negation is never the positive answer (「承認されてません」 may be pending or refused: ask).
- When a reading is uncertain, ask again (no reading), or take the less safe reading: two answers in one message
  give the less safe one; a question (「…済んでますか？」) states nothing.
- Warning signs count wherever they are said, also in passing inside another answer; a sign said to be absent
  ("not a direct deal") does not count. The word "fee" alone is no sign.

How: the text is normalised (`normalise`), cut into sentences and clauses, and matched against the data tables
in flows/words.py (statements of facts, warning signs, and how a statement is said: negated, a question, a
conditional, the future, hearsay, a hedge) and against the option words in flows/questions.py (short answers
to the question asked). Each statement is read with the markers around it and turned into the less safe value
when it is not stated as done (`words.LESS_SAFE`). Everything is compiled once, at import.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from flows import words
from flows.questions import BY_ID, ORDER, QUESTIONS, Option, Question
from flows.words import ASK, DROP

COMMANDS = words.COMMANDS

_PAUSE = re.compile(r"(?<=[はがもをに])\s*(?:\.{2,}|・{2,})\s*")  # a pause after a particle, before what it says
_CIRCLED = {chr(0x2460 + i): f" {i + 1} " for i in range(20)}
_FOLD = str.maketrans({"’": "'", "‘": "'", "＇": "'", "`": "'", "´": "'", **_CIRCLED})  # quotes as ', circled numbers as digits
_HIRAGANA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}  # katakana ァ…ヶ to hiragana ぁ…ゖ
_PUNCT = re.compile(r"[\s、。,.!！?？・「」『』()（）\[\]【】:：;；〜~ー\-_/]+")
_NUMBERS = re.compile(r"\d+")
_ASCII_WORD = re.compile(r"^[a-z0-9' .?-]+$")


_MISHEARD = re.compile("(?<![一-龯々])(?:" + "|".join(sorted(map(re.escape, words.MISHEARD), key=len, reverse=True)) + ")")


# A katakana word right after た or だ (「契約したイラスト」「契約したライター」): a space keeps it apart once folded, or
# 「したいらすと」 would read as 「したい」 and 「したらいたー」 as 「したら」
_LOANWORD_AFTER_KANA = re.compile(r"(?<=[ただ])(?=[イラリルレ][ァ-ヺー]{2})")


_DIALECT = re.compile(r"\b(?:" + "|".join(map(re.escape, words.DIALECT)) + r")\b")


def to_hiragana(text: str) -> str:
    """Fold katakana to hiragana (leaves the long-vowel mark and everything else alone)."""
    return text.translate(_HIRAGANA)


@functools.lru_cache(maxsize=256)
def normalise(text: str) -> str:
    """The form used for matching: NFKC, lower case, hiragana, circled numbers as digits. Kept for the last
    few texts: one message is normalised by several readers."""
    text = unicodedata.normalize("NFKC", text or "").translate(_FOLD)
    text = _DIALECT.sub(lambda m: words.DIALECT[m.group()], text.lower())
    text = _PAUSE.sub("", to_hiragana(_LOANWORD_AFTER_KANA.sub(" ", text))).strip()  # 「承認は…まだ」: one statement
    return _MISHEARD.sub(lambda m: words.MISHEARD[m.group()], text) if _MISHEARD.search(text) else text


def compact(text: str) -> str:
    """normalise() without spaces and punctuation (keeps the long-vowel mark inside words)."""
    return _squeezed(normalise(text))


def _squeezed(norm: str) -> str:
    return _PUNCT.sub("", norm.replace("ー", "ｰ")).replace("ｰ", "ー")


def _rx(pattern: str) -> re.Pattern[str]:
    """A words.py pattern, compiled for normalised text (katakana folded; \\b and \\w are ASCII-only, so an
    English word next to Japanese is still a whole word)."""
    return re.compile(to_hiragana(pattern), re.ASCII)


# ---- compiled once ----

class _Row(NamedTuple):
    question: str
    value: str
    rx: re.Pattern[str]
    priority: int


class _Word(NamedTuple):
    value: str
    word: str                       # normalised (ASCII) or compacted (Japanese) form
    rx: re.Pattern[str] | None      # whole-word regex for an ASCII word; None for a Japanese one


_COMMAND_INDEX = {compact(p) or normalise(p): name for name, phrases in words.COMMANDS.items() for p in phrases}
_FILLERS = {end: tuple(sorted((compact(f) for f in fs), key=len, reverse=True)) for end, fs in words.FILLERS.items()}
_MARKERS = {name: _rx(pattern) for name, pattern in words.MARKERS.items()}
_NOT_NEGATION = _rx(words.NOT_NEGATION)
_ASIDE = _rx(words.ASIDE)
_ROWS = tuple(_Row(f.question, f.value, _rx(f.pattern), f.priority) for f in words.FACTS)
_SIGNS = tuple((name, _rx(pattern)) for name, pattern in words.SIGNS)
_SIGN_COVERS = {sign: (covered, _rx(words_)) for sign, (covered, words_) in words.SIGN_COVERS.items()}
_SIGN_HINTS = tuple((name, tuple(_rx(part) for part in parts)) for name, parts in words.SIGN_HINTS.items())
_SIGN_AFTER, _SIGN_BEFORE = _rx(words.SIGN_NEGATED_AFTER), _rx(words.SIGN_NEGATED_BEFORE)
_QUOTE_DENIED = _rx(words.QUOTE_DENIED)
_DENIED = _rx(words.DENIED)
_DOUBLE_NEGATION = _rx(words.DOUBLE_NEGATION)
_SIGN_DOUBLE_NEGATION = _rx(words.SIGN_DOUBLE_NEGATION)
_SIGN_DOUBLE_NEGATION_EN = _rx(words.SIGN_DOUBLE_NEGATION_EN)
_TAKEN_BACK = _rx(words.TAKEN_BACK)
_KIDDING = _rx(words.KIDDING)
_CLIENT_ASKS = _rx(words.CLIENT_ASKS)
_SIGN_BARE_ADVERB = _rx(words.SIGN_BARE_ADVERB)
_BARE_LIST = _rx(words.BARE_LIST)
_LIST_DENIAL = _rx(words.LIST_DENIAL)
_LIST_VERB = _rx(words.LIST_VERB)
_AFTERTHOUGHT = _rx(words.AFTERTHOUGHT)
_ASKED_DENIED = _rx(words.ASKED_DENIED)
_UNSAYING = _rx(words.UNSAYING)
_NUMBER_TAIL = re.compile(words.NUMBER_TAIL)
_THIRD_PARTY = _rx(words.THIRD_PARTY)
_GENERIC = _rx(words.GENERIC)
_EVASIVE = _rx(words.EVASIVE)
_NOTICE = _rx(words.NOTICE)
_NOTICE_CAME = _rx(words.NOTICE_CAME)
_NOTICE_RELAYED = _rx(words.NOTICE_RELAYED)
_NOTICE_QUOTED = re.compile(r"「[^」]*」|『[^』]*』")  # the notice's own words, quoted
_TOPIC_ASKED = _rx(words.TOPIC_ASKED)
_NORMAL_ASKS = _rx(words.NORMAL_ASKS)
_NORMAL_ASK_GLUE = _rx(words.NORMAL_ASK_GLUE)
_NORMAL_ASKS_ABOUT = _rx(rf"(?:{words.NORMAL_ASKS})(?:の希望|の確認)?(?:くらい|ぐらい)")
_ANOTHER_CLIENT = _rx(words.ANOTHER_CLIENT)
_ANOTHER_TOO = _rx(words.ANOTHER_TOO)
_LOOKED = _rx(words.LOOKED)
_LOOK_ANY = _rx(words.LOOK_ANY)
_CUT_MARKERS = _rx(words.CUT_MARKERS)
_LOOK_DENIED = _rx(words.LOOK_DENIED)
_ASKED_WHETHER = _rx(words.ASKED_WHETHER)
_NOT_THIS_CLIENT = _rx(words.NOT_THIS_CLIENT)
_RETRACTED = _rx(words.RETRACTED)
_PAID_TEST = _rx(words.PAID_TEST)
_BEFORE_ESCROW = _rx(words.BEFORE_ESCROW)
_SIGN_OWN_BEFORE = _rx(words.SIGN_OWN_BEFORE)
_SIGN_AGAINST_RULES = _rx(words.SIGN_AGAINST_RULES)
_SIGN_PROPOSED = _rx(words.SIGN_PROPOSED)
_SIGN_OWN_AFTER = _rx(words.SIGN_OWN_AFTER)
_SIGN_OWN_ASKED = _rx(words.SIGN_OWN_ASKED)
_SUBJECTS = {question: _rx(pattern) for question, pattern in words.SUBJECTS.items()}
_OTHERS = _rx(words.OTHERS)
_SIGN_ABSENT_JA, _SIGN_ABSENT_EN = _rx(words.SIGN_ABSENT_JA), _rx(words.SIGN_ABSENT_EN)
_SIGN_ABSENT_EN_AFTER = _rx(words.SIGN_ABSENT_EN_AFTER)
_SIGN_UNSURE = _rx(words.SIGN_UNSURE)
_NEGATION_NEAR, _NEGATION_BEFORE = _rx(words.NEGATION_NEAR), _rx(words.NEGATION_BEFORE)
_INVITATION = _rx(words.INVITATION)
_PREDICATE_END = _rx(words.PREDICATE_END)
_ASKED_THEN = _rx(words.ASKED_THEN)
_CORRECTION = _rx(words.CORRECTION)
_NONE_SAID = _rx(words.NONE_SAID)
_REFERS_BACK = _rx(words.REFERS_BACK)
_LIST_OR = _rx(words.LIST_OR)
_CLAUSE_NEGATED = _rx(words.CLAUSE_NEGATED)
_MOVES = _rx(words.MOVES)
_OWN_ACTION = _rx(words.OWN_ACTION)
_ASKED_LATER = _rx(words.ASKED_LATER)
_UNDOING = _rx(words.UNDOING)
_WORK_REQUEST = _rx(words.WORK_REQUEST)
_ASKED_AFTER_ALL = _rx(words.ASKED_AFTER_ALL)
_APOLOGY = _rx(words.APOLOGY)
_SAYS_NO = re.compile(words.SAYS_NO, re.ASCII)
_SHORT_WORD = _rx(words.SHORT_WORD)
_WHETHER = _rx(words.WHETHER)
_SHORT_WORD_BEFORE = _rx(words.SHORT_WORD_BEFORE)
_NONE = tuple(sorted({compact(w) for w in words.NONE if compact(w)}, key=len, reverse=True))
_NONE_FILLERS = re.compile("(?<![a-z])(?:" + "|".join(re.escape(normalise(w)) for w in sorted(words.NONE_FILLERS, key=len,
                                                                                               reverse=True)) + ")(?![a-z])")
_SIGN_ORDER = [o.value for o in BY_ID["warning_signs"].options]
_GUARD_ORDER = ("other_approval", "by_client", "elsewhere", "negated", "conditional", "future", "hearsay", "hedge")
# a statement of this question (and value, or any) does not count in a sentence with this sign
_NOT_WITH_SIGN = {("platform", "*"): "fake_official", ("client", "verified"): "id_or_bank"}


def _option_words(option: Option) -> tuple[_Word, ...]:
    out = []
    for raw in dict.fromkeys((*option.words, option.label.get("ja", ""), option.label.get("en", ""))):
        norm = normalise(raw)
        if _ASCII_WORD.match(norm) and re.search(r"[a-z0-9]", norm):
            unless = words.NOT_AN_ANSWER.get(norm, "")
            out.append(_Word(option.value, norm, re.compile(rf"(?<![a-z0-9']){re.escape(norm)}(?![a-z0-9']){unless}")))
        elif compact(raw):
            out.append(_Word(option.value, compact(raw), None))
    return tuple(sorted(out, key=lambda w: -len(w.word)))


_OPTION_WORDS: dict[str, tuple[_Word, ...]] = {
    q.id: tuple(w for o in q.options for w in _option_words(o)) for q in QUESTIONS}
# an option's label and words as whole messages (「承認」, "approved"): an answer as plain as a click
_PLAIN: dict[tuple[str, str], frozenset[str]] = {
    (q.id, o.value): frozenset(compact(w) for w in (*o.words, *o.label.values())) for q in QUESTIONS for o in q.options}


# ---- the reading ----

@dataclass(frozen=True)
class Reading:
    """What one message says.

    - ``command``: an anytime command (restart, back, cancel, help, details) when the whole message is one;
    - ``values``: the answer to the question asked (one value, or several for a multi-choice question);
      None when it is unclear (ask again);
    - ``facts``: other questions' answers the message clearly states (question id -> value);
    - ``signs``: warning signs it mentions (in the order of the warning-signs question);
    - ``sure``: how the answer was read: "command", "number" (an option number), "plain" (the whole message is
      an option's label or one of its words), "stated" (read from what the message says),
      "less_safe" (said as not done, or two answers: the less safe one was taken), or "none" (no answer);
    - ``doubts``: readings to check with a yes/no question before they count: ("warning_signs", sign) for a
      sign said near a negation, a hedge, a condition or a question;
    - ``corrects``: the message says it corrects something said before (「見間違いでした」, "actually").
    """

    command: str | None = None
    values: list[str] | None = None
    facts: dict[str, str] = field(default_factory=dict)
    signs: list[str] = field(default_factory=list)
    sure: str = "none"
    doubts: list[tuple[str, str]] = field(default_factory=list)
    corrects: bool = False
    reopened: list[str] = field(default_factory=list)


READ_CHARS = 2000   # a message is read up to here: no answer needs more, and reading stays bounded
SIGN_MENTIONS = 3   # mentions of one sign read per sentence, and how far around each (bounded work per message)
SIGN_REACH = 120
MEMO_CHARS = 24     # readings of messages this short are kept: "1", 「まだです」, "not yet" come again and again
MEMO_LIMIT = 4096   # readings kept; past it the memo starts afresh
_READINGS: dict[tuple[Any, ...], Reading] = {}


def read(text: str, question: str | None = None, offered: tuple[Option, ...] | None = None,
         lang: str | None = None) -> Reading:
    """`read_message`, kept for short messages (the reading is a function of its arguments), in this process's
    memory only; each caller gets its own lists and dict."""
    if len(text) > MEMO_CHARS:
        return read_message(text, question, offered, lang)
    key = (text, question, None if offered is None else tuple(o.value for o in offered), lang)
    found = _READINGS.get(key)
    if found is None:
        if len(_READINGS) >= MEMO_LIMIT:
            _READINGS.clear()
        found = _READINGS[key] = read_message(text, question, offered, lang)
    return Reading(found.command, None if found.values is None else list(found.values), dict(found.facts),
                   list(found.signs), found.sure, list(found.doubts), found.corrects, list(found.reopened))


def read_message(text: str, question: str | None = None, offered: tuple[Option, ...] | None = None,
                 lang: str | None = None) -> Reading:
    """Read one typed message, in one pass: the command, the answer to `question` (among the `offered` options;
    when not given, the options offered whatever the earlier answers), the other facts stated, the warning signs,
    how sure.

    `question` is None for a free first message or a quick-command text. Both languages are read whatever
    `lang` says (people mix them), so `lang` is only a hint and is not needed.
    """
    name = command(text)
    if name:
        return Reading(command=name, sure="command")
    asked = BY_ID.get(question) if question else None
    if asked is not None and offered is None:
        offered = tuple(o for o in asked.options if o.only_if is None)
    norm = normalise(text[:READ_CHARS])
    topic = asked.id if asked is not None and asked.id in _TOPICS else ""
    sentences = _answered_questions([_Sentence(s, topic) for s in _split_sentences(norm)])
    found = _statements(sentences, asked, offered or ())
    values, sure = _answer(asked, offered or (), norm, found, sentences)
    facts = _facts(found, asked)
    if asked is not None and asked.id == "lancers_contact_request":
        facts.pop("contact_request", None)  # the same words answer the Lancers request asked, not CrowdWorks'
    negotiating = facts.get("contract") == "negotiating" or (asked is not None and asked.id == "contract"
                                                             and values == ["negotiating"])
    signs = _signs(sentences, negotiating)
    doubts = [("warning_signs", s) for s in _SIGN_ORDER
              if s not in signs and any(s in sentence.doubts for sentence in sentences)]
    escrow = values[0] if asked is not None and asked.id == "escrow" and values else facts.get("escrow")
    if "work_before_escrow" not in signs and escrow not in ("all", "current_milestone") and _WORK_REQUEST.search(norm) \
            and ("warning_signs", "work_before_escrow") not in doubts:
        doubts.append(("warning_signs", "work_before_escrow"))  # a sample, a rough draft: checked
    if asked is not None and asked.multi and values is None:
        if signs:
            values = list(signs)
            sure = "plain" if len(signs) == 1 and _plainly(norm, asked.id, signs[0]) else "stated"  # 「電話番号」
        elif doubts or _says_absent(sentences, norm):
            values, sure = ["none"], "stated"
    corrects = any(_CORRECTION.search(c) for sentence in sentences for c in sentence.clauses)
    reopened = _reopened(sentences, facts, asked) if corrects else []
    return Reading(values=values, facts=facts, signs=signs, sure=sure, doubts=doubts, corrects=corrects,
                   reopened=reopened)


def _reopened(sentences: list[_Sentence], facts: dict[str, str], asked: Question | None) -> list[str]:
    """Questions a correction names without restating their answer ("correction on the escrow — it's NOT
    done"): the earlier answer is checked again."""
    out = []
    for sentence in sentences:
        if not any(_CORRECTION.search(c) for c in sentence.clauses):
            continue
        for question, rx in _SUBJECTS.items():
            if rx.search(sentence.text) and question not in facts and question not in out \
                    and (asked is None or question != asked.id):
                out.append(question)
    return out


def _answered_questions(sentences: list[_Sentence]) -> list[_Sentence]:
    """A sign asked about and answered no at once ("Did he ask for my bank details? No.", 「口座は聞かれた？
    ないです」): absent, not said."""
    for question, answer in itertools.pairwise(sentences):
        asks = question.text.rstrip().endswith(("?", "？")) and _ASKED_WHETHER.search(question.text) \
            and not re.search(r"[「」『』\"“”']", question.text)
        listed = _BARE_LIST.search(question.text) and not _LIST_VERB.search(question.text) \
            and _LIST_DENIAL.search(answer.text)  # "Bank, ID card, money, course... Nothing like this he ask me."
        if question.signs and (asks and _denies(answer) or _KIDDING.search(answer.text) or listed):
            question.absent |= question.signs  # "…? No." / "…. Kidding lol"
            question.signs = set()
        elif answer.signs and _AFTERTHOUGHT.search(answer.text) and not _LIST_VERB.search(answer.text) \
                and not question.signs and _ASKED_DENIED.search(question.text) and _denies(question):
            answer.doubts |= answer.signs  # 「今回は何も聞かれてないです。口座も身分証も」: checked, not counted
            answer.signs = set()
        elif question.signs and _RETRACTED.search(answer.text):
            question.doubts |= question.signs  # 「口座を聞かれました。あ、いや、別の人でした」: checked, not counted
            question.signs = set()
    for sentence in sentences:  # 「口座番号聞かれた…いや違う、それは前の別の案件でした」: one sentence, the same
        if sentence.signs and _UNSAYING.search(sentence.text) and _RETRACTED.search(sentence.text):
            sentence.doubts |= sentence.signs
            sentence.signs = set()
    return sentences


def _denies(answer: _Sentence) -> bool:
    """A sentence that answers no to the question before it: 「ないです」「聞かれてない」 "Nope, never." — not one that
    denies what the person did (「まだ送ってないです」 "Never gave them") or goes on to say it was asked."""
    if _OWN_ACTION.search(answer.text) or _CLIENT_ASKS.search(answer.text) or _ASKED_LATER.search(answer.text) \
            or answer.signs:
        return False
    first = answer.clauses[0] if answer.clauses else answer.text
    return bool(_DENIED.search(answer.text) or _DENIED.search(first) or _SAYS_NO.search(answer.text)
                or _CLAUSE_NEGATED.search(_NOT_NEGATION.sub("〇", first)))


def _says_absent(sentences: list[_Sentence], norm: str) -> bool:
    """The message says no sign applies: signs only said to be absent ("she hasn't asked for money or my
    details"), or a way of saying none (「特に変なことは言われてない」, "nothing like that")."""
    if any(sentence.signs or sentence.doubts for sentence in sentences):
        return False
    if _REFERS_BACK.search(_NORMAL_ASKS_ABOUT.sub("", norm)):  # 「希望単価くらいです」 refers to nothing before
        return False  # "nothing else", 「それ以外は特に」: something was said before; the options are shown again
    return _says_none(norm) or all(_says_nothing(clause, sentence) for sentence in sentences
                                   for clause in _joined(sentence.clauses) if _WORDS.search(clause))


_LIST_GOES_ON = re.compile(words.LIST_GOES_ON)  # Unicode \W: a Japanese word is no list punctuation


def _joined(clauses: list[str]) -> list[str]:
    """The clauses, each 「…も、」 joined to the next: 「振込の話も、口座を聞かれることもありませんでした」 has one
    predicate, at its end; an English clause that only goes on with a list (", or for anything of the sort")
    joins the one before."""
    out: list[str] = []
    for clause in clauses:
        if out and (re.search(r"も[、,]$", out[-1]) or _LIST_GOES_ON.search(clause)):
            out[-1] += clause
        else:
            out.append(clause)
    return out


def _says_nothing(clause: str, sentence: _Sentence) -> bool:
    """A clause of an answer to the signs question that reports nothing: a way of saying none, a sign said to be
    absent, or a negated clause ("no money talk", 「…といったことはございません」). Any other clause may report a
    sign in words the tables do not have, so the answer is not read as "none"."""
    if _NONE_SAID.search(clause) or _says_none(clause) or _only_normal_asks(clause, sentence.text) \
            or _APOLOGY.match(clause):
        return True
    if sentence.absent and any(rx.search(clause) for name, rx in _SIGNS if name in sentence.absent):
        return True
    return bool(_CLAUSE_NEGATED.search(_NOT_NEGATION.sub("〇", clause)))


def _only_normal_asks(clause: str, sentence: str) -> bool:
    """The clause names only what an honest client asks about the work ("my portfolio and my rate"), or joins
    such a list ("and that's it") in a sentence that names them."""
    if not _NORMAL_ASKS.search(sentence):
        return False
    return not _WORDS.search(_NORMAL_ASK_GLUE.sub(" ", _NORMAL_ASKS.sub(" ", clause)))


def _facts(found: dict[str, list[_Found]], asked: Question | None) -> dict[str, str]:
    """The other questions' answers clearly stated (a claim, "unsure" or an unclear statement is no fact)."""
    facts = {}
    for q in ORDER:
        if asked is None or q != asked.id:
            said = found.get(q, [])
            value, _ = _resolve(q, said)
            if value not in (None, ASK, "unsure") and max(f.priority for f in said) > 0:  # 0: an answer only
                facts[q] = value
    return facts


def _signs(sentences: list[_Sentence], negotiating: bool) -> list[str]:
    """The warning signs, in the order of the question; a move to an outside tool while the contract is not made
    yet is one ("応募中なんですがチャットワークに招待されました")."""
    signs = {s for sentence in sentences for s in sentence.signs}
    if negotiating and any(_MOVES.search(s.text) for s in sentences):
        signs.add("move_before_contract")
    return [s for s in _SIGN_ORDER if s in signs]


# ---- commands and numbers ----

def command(text: str) -> str | None:
    """The anytime command the whole message asks for ('restart', 'back', 'cancel', 'help', 'details'), or None.
    Polite words around it are dropped first (「ヘルプお願いします」, "quit please", "let me start over")."""
    c = compact(text) or normalise(text)
    if len(c) > 40:  # a command is a few words
        return None
    for variant in _without_fillers(c):
        if variant in _COMMAND_INDEX:
            return _COMMAND_INDEX[variant]
    return None


def _without_fillers(text: str) -> list[str]:
    variants, todo = [text], [text]
    while todo:
        current = todo.pop()
        for filler in _FILLERS["start"]:
            if current.startswith(filler) and len(current) > len(filler) and current[len(filler):] not in variants:
                variants.append(current[len(filler):])
                todo.append(current[len(filler):])
        for filler in _FILLERS["end"]:
            if current.endswith(filler) and len(current) > len(filler) and current[:-len(filler)] not in variants:
                variants.append(current[:-len(filler)])
                todo.append(current[:-len(filler)])
    return variants


def numbers(text: str, count: int) -> list[int] | None:
    """1-based option numbers typed as '2', '２', '②', '1,3', '1 と 3', 「1です」; None unless all are in range."""
    norm = normalise(text)
    leftover = re.sub(words.NUMBER_GLUE, "", _NUMBER_TAIL.sub("", norm))
    found = [int(n) if len(n) <= 6 else 0 for n in _NUMBERS.findall(norm)]  # no option is numbered 1,000,000
    if not found or leftover or any(n < 1 or n > count for n in found):
        return None
    return list(dict.fromkeys(found))


# ---- sentences and clauses ----

_SENTENCE_CUT = re.compile(r"(?<=[。！？!?\n])(?![とって」』])|(?<=\.)(?=\s)|(?<=\.\.\.)(?!\.|わけ|訳|という|って話|っていう|だった(?:と|よう|かも|はず|っけ)|でした(?:っけ|かな|よね)|はず|のはず|多分|たぶん|かも|と思|気が|みたい|っぽい|らしい|ような)"
                           r"|(?<=[たすいしよね])\s+(?=[^\x00-\x7f])(?!と|って|こと|わけ|訳|はず|らしい|の|みたい|かも|だろ|でしょ"
                           r"|よう|そう|ん|思|たぶん|多分|おそらく|恐らく|気|的|だって|事|覚え|記憶|経験)")  # a space after a predicate: 「LINE聞かれた それ以外なし」
_CLAUSE_CUT = re.compile(r"(?<=[、,，;；)）])(?![0-9])|(?=[(（])|(?<=けど)(?!通ら|通り|だめ|ダメ|却下|断ら|承認され[なま])|(?<=けれど)|(?<=ですが)|(?<=ますが)|(?<=ましたが)"
                         r"|(?<=でしたが)|(?<=んだが)|(?<=のに)|(?<=[^も]ので)|(?<=が、)|(?<!nothing)\s(?=(?:but|though|although|however"
                         r"|whereas|and|—)\b)|(?<=—)|(?=(?:あ|あっ|いや|いえ|てか)(?:違う|ちがう|違った|ちがった|待って|まって))",
                         re.ASCII)
_JA_SPACE = re.compile(r"(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])")


def _split_sentences(norm: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_CUT.split(norm) if s.strip()]


class _Sentence:
    """A sentence, its clauses, and the warning signs it mentions: said (``signs``), said to be absent
    (``absent``), or to check (``doubts``: said near a negation, a hedge, a condition or a question)."""

    def __init__(self, text: str, topic: str = "") -> None:
        self.text = _JA_SPACE.sub("", text)
        self.clauses = [c.strip() for c in _CLAUSE_CUT.split(self.text) if c and c.strip()]
        self.signs, self.absent, self.doubts = _signs_in(self.text, topic)


_WORDS = re.compile(r"[^\W_]")
_PART_CUT = re.compile(r"[。！？!?\n;；]|けど|けれど|ですが|ますが|ましたが|でしたが|が、|しかし|\b(?:but|though|although|however"
                       r"|whereas|except|apart from|other than)\b", re.ASCII)
_EN_CUT = re.compile(r"[,;:—]|\band\b|\bso\b|\bbecause\b", re.ASCII)
_EN_CUT_KEPT = re.compile(r"([,;:—]|\band\b|\bso\b|\bbecause\b)", re.ASCII)
_EN_ASKS = re.compile(rf"\b{words.EN_ASK}s?\b|\b(?:he|she|they|it|i|we|you|client|who|just|only|also|even|instead"
                      r"|rather|but)\b")
# In a list after a denial, an item with a verb or a turn of the story ("…, my rate, then my bank account number")
# ends the list: what comes after it is not denied.
_EN_LATER = re.compile(r"\b(?:then|later|after|afterwards|finally|eventually|until|now|today|yesterday|but|except|nowhere"
                       r"|suddenly|first|at first|is|was|are|were|has|have|had|did|does|do|got|gets|wanted|wants)\b")
_EN_CONTRAST = re.compile(r"^[^.;]{0,40}?\b(?:instead|rather|straight away|right away|is what|was what|he|she|they"
                          r"|wants?|wanted|asked|needs?|by (?:monday|tuesday|wednesday|thursday|friday|tomorrow))\b")


# The question an answer is about, as the words a sign hint needs when the answer leaves them out ("not yet —
# meanwhile he wants three rough concepts" answers the escrow question).
_TOPICS = {"escrow": "escrow "}


def _signs_in(sentence: str, topic: str = "") -> tuple[set[str], set[str], set[str]]:
    """The warning signs of a sentence: (said, said to be absent, to check). A negation reaches as far as what
    it governs: 「口座とか身分証の話は一切出てないです」 and "she hasn't asked for money or my details" say both signs
    are absent; a negation nearby whose reach is unclear makes the sign one to check, never silently absent."""
    said, absent, doubt = set(), set(), set()
    for name, rx in _SIGNS:
        kinds = {_sign_reading(sentence, m.start(), m.end()) for m in itertools.islice(rx.finditer(sentence), SIGN_MENTIONS)}
        if "said" in kinds:
            said.add(name)
        elif "doubt" in kinds:
            doubt.add(name)
        elif "absent" in kinds:
            absent.add(name)
    if said and _THIRD_PARTY.search(sentence) and _GENERIC.search(sentence) and not _CLIENT_ASKS.search(sentence):  # "a friend warned me scammers ask for …"
        doubt, said = doubt | said, set()
    if said and _RETRACTED.search(sentence[min(m.end() for name, rx in _SIGNS if name in said
                                               for m in [rx.search(sentence)] if m):]):
        doubt, said = doubt | said, set()  # 「口座を聞かれた、というのは嘘で」: taken back in the same sentence
    if "work_before_escrow" in said and _PAID_TEST.search(sentence) and not _BEFORE_ESCROW.search(sentence):
        said.discard("work_before_escrow")  # "the test task is paid and escrowed": checked, not counted
        doubt.add("work_before_escrow")
    if said and _NOT_THIS_CLIENT.search(sentence) and _OTHERS.search(sentence):  # "scammers ask for your bank details, but this client hasn't"
        absent, said = absent | said, set()
    hinted = _TOPICS.get(topic, "") + sentence
    for name, parts in _SIGN_HINTS:
        if name not in said | absent | doubt and all(part.search(hinted) for part in parts):
            start = min(part.search(hinted).start() for part in parts)
            # the evasion is part of the sign: its own negation (「回答なし」, "not answer") is not one of the sign
            text = _EVASIVE.sub(lambda m: "〇" * len(m.group()), hinted) if name == "no_work_answers" else hinted
            kind = _sign_reading(text, start, max(part.search(hinted).end() for part in parts))
            (absent if kind == "absent" else doubt).add(name)  # a hint is checked, never counted unasked
    for sign, (covered, on_its_own) in _SIGN_COVERS.items():
        if sign in said and not on_its_own.search(sentence):
            said.discard(covered)
            doubt.discard(covered)
    return said, absent, doubt


def _sign_reading(sentence: str, start: int, end: int) -> str:
    """How one mention of a sign is said: "said", "absent" or "doubt"."""
    if _SIGN_DOUBLE_NEGATION.search(sentence[end:end + 40]) or _SIGN_DOUBLE_NEGATION_EN.search(
            sentence[max(0, start - 60):start]):
        return "doubt"  # 「…って言われなかったわけじゃない」, "not that he didn't ask for …"
    if _quote_denied(sentence, start, end):
        return "absent"
    if sentence[start:end].endswith("しか"):
        return "said"  # 「「チャットワークで」としか言われません」: only that, not a denial
    before = _PART_CUT.split(sentence[max(0, start - SIGN_REACH):start])[-1]
    clause_before = re.split(r"[、,;]|のに|けど", before)[-1]
    if _ANOTHER_CLIENT.search(clause_before) and not _ANOTHER_TOO.search(sentence):
        return "absent"  # said of another client: 「前の別のクライアントには口座番号を教えてって言われた」
    # 「直接契約しない？って」 invites: no negation, no question (before the cut at its "?")
    after = _PART_CUT.split(_INVITATION.sub("〇", sentence[end:end + SIGN_REACH]))[0]
    if _SIGN_AGAINST_RULES.search(after) and not _SIGN_PROPOSED.search(sentence[end:end + SIGN_REACH]):
        return "absent"  # 「直接契約はNGですよね？」: the rule asked about, not a proposal
    if _SIGN_AFTER.search(after) or _SIGN_BEFORE.search(re.split(r"[、,]", before)[-1]) or _own_account(before, after):
        return "absent"
    if _SIGN_BARE_ADVERB.search(after):
        return "doubt"  # 「口座の話は全然です」
    predicate = _first_predicate(after)
    english_before = _english_scope(before, sentence[end:end + 60])
    if _SIGN_ABSENT_JA.search(predicate) or _SIGN_ABSENT_EN.search(english_before) \
            or _SIGN_ABSENT_EN_AFTER.search(_EN_CUT.split(after)[0]):
        # 「身分証は出してないけど、求められてはいます」: what the person did not do, then that it was asked
        return "said" if _ASKED_AFTER_ALL.search(sentence[end + len(predicate):end + SIGN_REACH]) else "absent"
    if _SIGN_UNSURE.search(english_before + "◆" + predicate) or _NEGATION_BEFORE.search(english_before) \
            or _NEGATION_NEAR.search(predicate):
        return "doubt"
    return "said"


def _own_account(before: str, after: str) -> bool:
    """The person's own account with the platform, with no one asking for it: 「クラウドワークスの本人確認で免許証を
    出しました」, "my bank account is registered with CrowdWorks"."""
    return bool(_SIGN_OWN_BEFORE.search(before) and _SIGN_OWN_AFTER.search(after)
                and not _SIGN_OWN_ASKED.search(before + after))


def _quote_denied(sentence: str, start: int, end: int) -> bool:
    """The sign is inside a quote (「…」『…』"…") that the words after it say was not said to them."""
    opened = max(sentence.rfind(q, 0, start) for q in "「『“")
    if opened < 0 or max(sentence.rfind(q, opened, start) for q in "」』”") >= 0:
        return False
    closed = min((i for i in (sentence.find(q, end) for q in "」』”") if i >= 0), default=-1)
    return closed >= 0 and bool(_QUOTE_DENIED.search(sentence[closed + 1:closed + 40]))


def _english_scope(before: str, after: str = "") -> str:
    """The English words before a sign in its clause, taking in the list it ends ("has not requested any upfront
    payment, bank details or …"): an item of a few words with no verb of its own belongs to what came before."""
    pieces = _EN_CUT_KEPT.split(before)
    scope, i = pieces[-1], len(pieces) - 2
    if _EN_CONTRAST.search(after):
        return scope
    item, items = scope, 0  # each item of the list: a few words with no verb of its own, no turn of the story
    while i >= 1 and pieces[i].strip() in (",", "and", ":") and len(item.split()) <= 4 and not _EN_ASKS.search(item) \
            and not _EN_LATER.search(item) and items < 6:
        item, items = pieces[i - 1], items + 1
        scope, i = item + pieces[i] + scope, i - 2
    return scope


def _first_predicate(after: str) -> str:
    """What follows a sign up to the end of its first predicate (「を求められて、」 ends at the て、)."""
    ends = [m.end() for m in (_PREDICATE_END.search(after), _ASKED_THEN.search(after)) if m]
    return after[:min(ends)] if ends else after


# ---- statements of answers ----

class _Found(NamedTuple):
    value: str
    priority: int   # 1: a FACTS row or an option word of the question asked; higher: a more specific row; 0: a
    #               reading that answers the question asked but is no fact in passing (words.FACTS)
    clause: int
    guarded: bool   # said as not done (or negated, …): the value was made less safe
    hedged: str = ""  # the value a hedge made "unsure" (a look said after it, with nothing new, confirms it)
    looked: bool = True  # the message says they looked somewhere (words.LOOK_ANY)


class _Match(NamedTuple):
    question: str
    value: str
    priority: int
    start: int
    end: int


def _statements(sentences: list[_Sentence], asked: Question | None,
                offered: tuple[Option, ...]) -> dict[str, list[_Found]]:
    """Every statement of an answer in the message, read with how it is said (question id -> statements).
    After a correction (「いや」「見間違いでした」「今見たら」, "actually", "wait, no") only what follows counts."""
    per_sentence = [[_clause_statements(clause, sentence, asked, offered) for clause in sentence.clauses]
                    for sentence in sentences]
    milestones = any(o.value == "current_milestone" for o in offered) or any(
        m.question == "job_format" and m.value == "fixed_milestone"
        for clauses in per_sentence for matches, _ in clauses for m in matches)
    found: dict[str, list[_Found]] = {}
    number, corrections, looked, texts = 0, [], set(), {}
    for sentence, clauses in zip(sentences, per_sentence, strict=True):
        aside = any(not matches and not said and _ASIDE.search(clause)
                    for clause, (matches, said) in zip(sentence.clauses, clauses, strict=True))
        taken_back = any(_TAKEN_BACK.search(clause) for clause in sentence.clauses)
        for clause, (matches, said) in zip(sentence.clauses, clauses, strict=True):
            number += 1
            texts[number] = clause
            confirmed = False
            if _CORRECTION.search(clause):
                corrections.append(number)
                look = _LOOKED.search(clause)
                if look and not _LOOK_DENIED.search(clause[max(0, look.start() - 12):]):  # not "haven't looked"
                    looked.add(number)
                aside = False
                clause, matches, said, moved = _after_marker(clause, matches, said, sentence, asked, offered)
                confirmed = not moved and number in looked  # 「…はず…今見た」: the look confirms the hedge
            asked_in = _TOPIC_ASKED.search(clause) is not None and _MARKERS["question"].search(sentence.text) is not None
            notice = bool(_NOTICE.search(clause) and _NOTICE_CAME.search(clause) and not _NOTICE_RELAYED.search(
                _NOTICE_QUOTED.sub(" ", clause)))
            for question, statement in _read_clause(clause, matches, said, asked, aside, milestones, number, asked_in,
                                                    notice):
                if taken_back and statement.value != DROP:
                    statement = statement._replace(value=ASK, guarded=True)
                elif confirmed and statement.hedged:
                    statement = statement._replace(value=statement.hedged, guarded=False)
                found.setdefault(question, []).append(statement)
    undone = _taken_back(texts, corrections, asked, found)
    if not any(_LOOK_ANY.search(text) for text in texts.values()):
        found = {q: [f._replace(looked=False) for f in fs] for q, fs in found.items()}
    return {q: _after_correction(f, corrections, looked, q in undone) for q, f in found.items()}


_STEPS = {"escrow", "contract", "contact_request", "lancers_contact_request", "client"}


def _taken_back(texts: dict[int, str], corrections: list[int], asked: Question | None,
                found: dict[str, list[_Found]]) -> set[str]:
    """The steps the last correction takes back without restating them ("Actually no, he just said he would"): the
    question asked, or one it names, or one said in the clause just before it."""
    if not corrections:
        return set()
    rest = " ".join(texts[n] for n in range(corrections[-1], max(texts) + 1))
    if not _UNDOING.search(_NOT_NEGATION.sub("〇", rest)):
        return set()
    named = {q for q, rx in _SUBJECTS.items() if rx.search(rest)} | ({asked.id} if asked is not None else set())
    named |= {q for q, f in found.items() if any(x.clause == corrections[-1] - 1 for x in f)}
    return named & _STEPS


def _after_marker(clause: str, matches: list[_Match], said: list[_Said], sentence: _Sentence,
                  asked: Question | None, offered: tuple[Option, ...],
                  ) -> tuple[str, list[_Match], list[_Said], bool]:
    """In a clause that corrects itself with no comma (「たぶんしてないと思うんですけど今見たら承認されてました」), what
    follows its last correction marker, read on its own (and True); the whole clause when nothing is said after
    the marker (and False)."""
    cuts = [m.start() for m in _CUT_MARKERS.finditer(clause)]
    if not cuts or cuts[-1] == 0:
        return clause, matches, said, bool(cuts and (matches or said))
    cut = cuts[-1]
    tail = clause[cut:]
    later = _clause_statements(tail, sentence, asked, offered)
    return (tail, *later, True) if later[0] or later[1] else (clause, matches, said, False)


def _after_correction(found: list[_Found], corrections: list[int], looked: set[int] | None = None,
                      undone: bool = False) -> list[_Found]:
    """The statements from the last correction that has any after it (an apology at the very end corrects
    nothing more); all of them when there is none. After a correction, of statements that still disagree the
    last one is what they mean ("wait, no, it went through"). A look taken after a hedge with nothing new said
    (「…あったはず…いや今見た４．７だわ」) confirms what was hedged."""
    later = next((kept for c in reversed(corrections) if (kept := [f for f in found if f.clause >= c])), None)
    if not later or all(_part(f.value) for f in later):
        if corrections and corrections[-1] in (looked or set()):
            return [f._replace(value=f.hedged, guarded=False) if f.hedged else f for f in found]
        if not later and undone:  # "Actually no, he just said he would": taken back, nothing restated
            return [f._replace(value=ASK, guarded=True) for f in found]
        if not later:
            return found
    if len({f.value for f in later if not _part(f.value)}) > 1:
        last = max((f.clause for f in later if f.value != ASK and not _part(f.value)), default=0)
        later = [f for f in later if f.clause == last or _part(f.value)] or later
    return later


def _part(value: str) -> bool:
    """A part of an answer that adds to the others ("+history": ratings beside an identity check), never
    disagrees with them."""
    return value.startswith("+")


def _read_clause(clause: str, matches: list[_Match], said: list[_Said], asked: Question | None, aside: bool,
                 milestones: bool, number: int, asked_in: bool = False, notice: bool = False,
                 ) -> list[tuple[str, _Found]]:
    """The statements of one clause, each read with the words around it (its zone). `asked_in`: the clause is
    the topic of a question its sentence asks (「外部連絡の許可って、どこで取るんですか？」); `notice`: it quotes the
    platform's own notice, which is no hearsay."""
    is_question = asked_in or bool(_MARKERS["question"].search(clause))
    skip = ("hearsay",) if notice else ()
    out = []
    for m in matches:  # a platform's name is no statement's edge ("client said CW approved it")
        edges = [o for o in matches if o.question != "platform" or m.question == "platform"]
        lo = max((o.end for o in edges if o.end <= m.start), default=0)
        hi = min((o.start for o in edges if o.start >= m.end), default=len(clause))
        after, hi = _listed_after(clause, matches, m, hi)
        zone = _listed_before(clause, matches, m, lo) + "◆" + after + ("◇" if hi < len(clause) else "")
        answering = asked is not None and m.question == asked.id
        stated = _first_part(m.value, milestones)
        value, guarded = _guard(m.question, stated, zone, is_question, answering, aside, skip)
        if value != DROP:
            out.append((m.question, _Found(value, m.priority, number, guarded,
                                           _unhedged(m.question, stated, value, zone, is_question))))
    for word in said:
        value, guarded = _guard(word.question, word.value, word.zone, is_question, True, aside, skip)
        if value != DROP:
            out.append((word.question, _Found(value, 1, number, guarded,
                                              _unhedged(word.question, word.value, value, word.zone, is_question))))
    return out


def _listed_before(clause: str, matches: list[_Match], m: _Match, lo: int) -> str:
    """The words before a statement; when it only goes on a list of the same question's answers ("not milestones
    or hourly"), the words before the list's first item as well, so that a negation before the list governs every
    item (each item stands as "item")."""
    before = clause[lo:m.start]
    while _LIST_OR.match(before):
        prev = next((o for o in matches if o.end == lo and o.question == m.question), None)
        if prev is None:
            break
        lo = max((o.end for o in matches if o.end <= prev.start), default=0)
        before = clause[lo:prev.start] + "item" + before
    return before


def _listed_after(clause: str, matches: list[_Match], m: _Match, hi: int) -> tuple[str, int]:
    """The words after a statement up to the next one; when a list of the same question's answers goes on
    (「マイルストーンや時間単価ではなく」), up to the end of the list, so that a negation after it governs every item."""
    after = clause[m.end:hi]
    while _LIST_OR.match(after):
        nxt = next((o for o in matches if o.start == hi and o.question == m.question), None)
        if nxt is None:
            break
        hi = min((o.start for o in matches if o.start >= nxt.end), default=len(clause))
        after += "item" + clause[nxt.end:hi]
    return after, hi


def _unhedged(question: str, stated: str, value: str, zone: str, is_question: bool) -> str:
    """What a statement said before a hedge made it "unsure" ("" when no hedge did)."""
    if value != "unsure" or stated in ("unsure", ASK):
        return ""
    plain, _ = _guard(question, stated, zone, is_question, True, skip=("hedge",))
    return plain if plain not in ("unsure", ASK, DROP) else ""


def _first_part(value: str, milestones: bool) -> str:
    """「最初の分だけ」: the current milestone in a milestone job, else an unclear part of the escrow."""
    if value != words.FIRST_PART:
        return value
    return "current_milestone" if milestones else ASK


def _clause_statements(clause: str, sentence: _Sentence, asked: Question | None,
                       offered: tuple[Option, ...]) -> tuple[list[_Match], list[_Said]]:
    """The FACTS rows and the option words of the question asked found in a clause."""
    matches = [m for m in _matches(clause) if not _excluded(m, sentence)]
    said = _option_words_in(asked, offered, clause) if asked is not None and not asked.multi else []
    said, matches = _one_reading_of_each_word(said, matches, asked)
    if asked is not None and asked.id != "client" and any(m.question == asked.id for m in matches):
        said = []  # the clause states the answer in full: its short words are part of that statement
    return matches, said


class _Said(NamedTuple):
    """An option word of the question asked, found in a clause."""

    question: str
    value: str
    zone: str
    span: tuple[int, int] | None  # where in the clause (None when only found without punctuation)


def _one_reading_of_each_word(said: list[_Said], matches: list[_Match],
                              asked: Question | None) -> tuple[list[_Said], list[_Match]]:
    """Words are read once. An option word that overlaps another question's statement is part of that statement
    (「契約済み」 is not 「済み」 for the escrow); another question's statement made of just the answer's words is
    not read again as a fact ("I applied yesterday" answers the contact request only); a statement inside the
    answer's words counts too ("first milestone" also says the job has milestones), except a contract word inside
    the answer asked ("not applied" answers the request: its "applied" says nothing of the contract)."""
    other = [m for m in matches if asked is None or m.question != asked.id]
    answers = [m for m in matches if asked is not None and m.question == asked.id]
    matches = [m for m in matches if m.question != "contract" or not any(
        _inside((m.start, m.end), (a.start, a.end)) for a in answers)]
    keep_said, drop = [], set()
    for word in said:
        if word.span is None:
            keep_said.append(word)
            continue
        overlapping = [m for m in other if m.start < word.span[1] and word.span[0] < m.end]
        if any(not _inside((m.start, m.end), word.span) and (m.start, m.end) != word.span for m in overlapping):
            continue
        keep_said.append(word)
        drop |= {m for m in overlapping if (m.start, m.end) == word.span}
    return keep_said, [m for m in matches if m not in drop]


def _matches(clause: str) -> list[_Match]:
    """The FACTS rows found in a clause; of overlapping matches of one question, the highest priority, longest."""
    raw = [_Match(row.question, row.value, row.priority, m.start(), m.end())
           for row in _ROWS for m in row.rx.finditer(clause) if m.end() > m.start()]
    raw.sort(key=lambda m: (-m.priority, -(m.end - m.start)))
    kept: list[_Match] = []
    for m in raw:
        if not any(k.question == m.question and k.start < m.end and m.start < k.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


def _excluded(m: _Match, sentence: _Sentence) -> bool:
    sign = _NOT_WITH_SIGN.get((m.question, m.value)) or _NOT_WITH_SIGN.get((m.question, "*"))
    return sign is not None and sign in sentence.signs


def _option_words_in(asked: Question, offered: tuple[Option, ...], clause: str) -> list[_Said]:
    """The offered options whose words the clause contains (each option's longest word, leaving out a word that
    is part of a longer one: "sure" in "not sure", まだ in まだ確認してません), with the words around it."""
    allowed = {o.value for o in offered}
    comp = compact(clause)
    out = []
    for w in _OPTION_WORDS[asked.id]:
        if w.value not in allowed:
            continue
        if w.rx is not None:
            m = w.rx.search(clause)
            if m:
                zone = clause[:m.start()] + "◆" + clause[m.end():]
                out.append(_Said(asked.id, w.value, zone, (m.start(), m.end())))
        elif ((len(w.word) > 1 and w.word in comp) or comp == w.word) and _answers_alone(asked.id, w, comp):
            at = clause.find(w.word)
            if at >= 0:
                zone = clause[:at] + "◆" + clause[at + len(w.word):]
                span: tuple[int, int] | None = (at, at + len(w.word))
            else:
                at = comp.find(w.word)
                zone, span = comp[:at] + "◆" + comp[at + len(w.word):], None
            out.append(_Said(asked.id, w.value, zone, span))
    out = [w for w in out if not any(_inside(w.span, o.span) for o in out)]
    longest: dict[str, _Said] = {}
    for w in out:  # the words come longest first
        longest.setdefault(w.value, w)
    return list(longest.values())


def _answers_alone(question: str, word: _Word, comp: str) -> bool:
    """A short word of a done value (words.SHORT_WORD) counts only where nothing but an answer's lead-in comes
    before it."""
    if (question, word.value) not in words.SHORT_WORD_VALUES or not _SHORT_WORD.match(word.word):
        return True
    return any(_SHORT_WORD_BEFORE.match(comp[:m.start()]) for m in re.finditer(re.escape(word.word), comp))


def _inside(span: tuple[int, int] | None, other: tuple[int, int] | None) -> bool:
    """True when `span` lies strictly inside `other`."""
    return (span is not None and other is not None and other[0] <= span[0] and span[1] <= other[1]
            and other[1] - other[0] > span[1] - span[0])


def _guard(question: str, value: str, zone: str, is_question: bool, answering: bool,
           aside: bool = False, skip: tuple[str, ...] = ()) -> tuple[str, bool]:
    """The value a statement is read as, given how it is said (THE SAFETY RULE, words.LESS_SAFE): `zone` is the
    statement (◆) with the words around it; `aside`: its sentence also hedges it in a clause of its own."""
    if value in ("unsure", ASK):
        return (value if answering or value == ASK else DROP), False
    if is_question:
        return DROP, True
    if _DOUBLE_NEGATION.search(zone):
        return (ASK if answering else DROP), True
    table = words.LESS_SAFE.get((question, value), {})
    if table and "hedge" not in skip and _WHETHER.search(zone):  # 「承認されたか確認してない」: whether, not that
        new = table.get("hedge", ASK)
        return (DROP if not answering and new == "unsure" else new), True
    for name in _GUARD_ORDER:
        if name not in table or name in skip:
            continue
        text = _NOT_NEGATION.sub("〇", zone) if name == "negated" else zone
        if _MARKERS[name].search(text) or (aside and name == "hedge"):
            new = table[name]
            if not answering and (name == "conditional" or new == "unsure"):
                new = DROP
            return new, True
    return value, False


def _resolve(question: str, found: list[_Found]) -> tuple[str | None, bool]:
    """One value from the statements of one question: the highest priority; ASK when unclear; of two values,
    the less safe (words.SAFETY), or ASK when the question has no safety order. Also says whether the value was
    made less safe."""
    if not found:
        return None, False
    if question == "client":
        return _client(found)
    top = max(f.priority for f in found)
    group = [f for f in found if f.priority == top]
    asks = {f.clause for f in group if f.value == ASK}
    definite = [f for f in group if f.value != ASK]
    if asks and (not definite or any(f.clause in asks for f in definite)):
        return ASK, True
    values = list(dict.fromkeys(f.value for f in definite))
    guarded = any(f.guarded for f in definite)
    if len(values) == 1:
        return values[0], guarded
    hedged = max((f.clause for f in definite if f.value == "unsure"), default=0)
    after = [f for f in definite if f.clause > hedged]
    if hedged and after and all(f.looked for f in after) and len({f.value for f in after}) == 1 and not any(
            f.guarded for f in after) and all(
            f.value == "unsure" for f in definite if f.clause <= hedged):
        return after[0].value, False  # a hedge, then what they checked: 「たぶん…あ、今見たら済んでました、済みです」
    for later, earlier in words.PROGRESSION.get(question, {}).items():
        if later in values and set(values) <= {later, *earlier} and any(
                f.value == later and not f.guarded for f in definite) and (
                not set(values) & {"refused", "negotiating"} or max(f.clause for f in definite if f.value == later)
                > max(f.clause for f in definite if f.value in ("refused", "negotiating"))):  # refused, then approved
            return later, guarded  # one step after the other: "she filed it and it was approved"
    order = words.SAFETY.get(question)
    if order and all(v in order for v in values):
        return min(values, key=order.index), True
    return ASK, True


def _client(found: list[_Found]) -> tuple[str | None, bool]:
    """The client's profile from its parts: identity check (verified / -verified), ratings or history
    (+history), a new account, unsure. No identity check with nothing said about ratings is unclear."""
    top = [f for f in found if f.priority >= 1] or found
    parts = {f.value for f in top}
    guarded = any(f.guarded for f in top)
    history = bool(parts & {"+history", "history_only"})
    resolved = set()
    if "new_account" in parts:
        resolved.add("new_account")
    if "-verified" in parts:
        resolved.add("history_only" if history else ASK)
    elif "verified" in parts:
        resolved.add("verified")
    elif history:
        resolved.add("history_only")
    resolved |= parts & {"unsure", ASK}
    if len(resolved) > 1:
        resolved.discard(ASK)
    if not resolved:
        return None, False
    value = min(resolved, key=lambda v: words.SAFETY["client"].index(v) if v in words.SAFETY["client"] else -1)
    return value, guarded or len(resolved) > 1


def _answer(asked: Question | None, offered: tuple[Option, ...], norm: str, found: dict[str, list[_Found]],
            sentences: list[_Sentence]) -> tuple[list[str] | None, str]:
    if asked is None:
        return None, "none"
    picked = numbers(norm, len(offered))
    if picked is not None:
        values = [offered[n - 1].value for n in picked]
        return (values, "number") if asked.multi or len(values) == 1 else (None, "none")
    if asked.multi:
        if any(s.signs for s in sentences):
            return None, "none"  # filled in with the signs (and a move before the contract) by read()
        if not _says_none(norm) or _REFERS_BACK.search(norm):
            return None, "none"
        return ["none"], "plain" if _plainly(norm, asked.id, "none") else "stated"
    value, guarded = _resolve(asked.id, found.get(asked.id, []))
    if value in (None, ASK) or value not in {o.value for o in offered}:
        return None, "none"
    if guarded:
        return [value], "less_safe"
    return [value], "plain" if _plainly(norm, asked.id, value) else "stated"


def _plainly(norm: str, question: str, value: str) -> bool:
    """The whole message is the option's label or one of its words, maybe with です (「契約済みです」「なし」)."""
    return re.sub(r"(?:です|でした)$", "", _squeezed(norm)) in _PLAIN[question, value]


def safer(question: str, value: str, than: str) -> bool:
    """Whether `value` may make the situation look safer than `than` (words.SAFETY; for an answer with no
    safety order, any other value may)."""
    order = words.SAFETY.get(question)
    if order is None or value not in order or than not in order:
        return True
    return order.index(value) > order.index(than)


def yes_no(text: str) -> str | None:
    """"yes" or "no" for a yes/no check (「はい」「いいえ、聞かれてません」, "nope", "yes they did"); None when the
    message says neither, or says it does not know."""
    norm = normalise(text[:READ_CHARS])
    plain = _NOT_NEGATION.sub("〇", norm)  # 「間違いないです」 is no "no"
    if not compact(norm) or _MARKERS["hedge"].search(norm) or re.search(r"わからな|分からな|わかりませ|not sure|unsure"
                                                                        r"|don'?t know|no idea|idk", norm):
        return None
    if re.search(r"^(?:いいえ|いや|ううん|違|ちが|no\b|nope|nah|n\b|not\b|never|none|wrong)|ない|ません|なかった|なし|無し"
                 r"|n't\b|\bnot\b|\bnever\b|\bno\b", plain):
        return "no"
    if re.search(r"^(?:はい|ええ|うん|そう|その通り|合って|間違いな|あり|あっ|yes|yeah|yep|yup|y\b|correct|right|sure|they did|that'?s"
                 r" right|indeed|true)|(?:聞かれ|言われ|求められ|頼まれ|され|来)(?:ました|た|てます|ている|てる)", norm):
        return "yes"
    return None


def _says_none(norm: str) -> bool:
    """True when the whole message says "none of these" (なし, 特に何も言われてないです, "nope, nothing")."""
    rest = compact(_NONE_FILLERS.sub(" ", norm))
    if not rest:
        return False
    for word in _NONE:
        rest = rest.replace(word, "")
    return not rest
