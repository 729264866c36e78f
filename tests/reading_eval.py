"""Scores a text reader against the labelled reading corpus (tests/data/reading_*.yaml).

A reader takes what a user typed, the question the bot had just asked (a question id; None for a free first
message; "quick" for a `/migrate-check <text>` one-liner) and the language, and says what it read: an anytime
command, the answer to the question, other facts the text states, and warning signs.

`score` measures per-question answer accuracy, how often the reader would ask again, wrong answers, facts,
signs, commands, and above all UNSAFE readings: readings that make the verdict look safer than the user's
words (THE SAFETY RULE).

    python -m tests.reading_eval       # the reader (flows/parse.read) on the tuning and held-out parts

No Slack imports and no pytest test here: this is a plain module.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from flows import parse
from flows.conditions import implied
from flows.conversation import offered
from flows.questions import BY_ID

DATA = Path(__file__).resolve().parent / "data"
TUNING = DATA / "reading_corpus.yaml"
HELDOUT = DATA / "reading_heldout.yaml"

# The agreed option values (shared brief), question id -> values. Labels are checked against these.
VALUES: dict[str, tuple[str, ...]] = {
    "platform": ("crowdworks", "lancers", "coconala"),
    "contract": ("negotiating", "contracted"),
    "job_format": ("fixed_single", "fixed_milestone", "hourly", "task", "competition", "unsure"),
    "escrow": ("all", "current_milestone", "promised", "not_yet", "unsure"),
    "contact_request": ("approved", "pending", "refused", "not_applied", "unsure"),
    "client": ("verified", "history_only", "new_account", "unsure"),
    "warning_signs": ("direct_deal", "move_before_contract", "id_or_bank", "contact_details", "survey_to_line",
                      "no_work_answers", "mlm_or_unpaid", "upfront_fee", "work_before_escrow", "fake_official",
                      "none"),
}
QUESTION_IDS = tuple(VALUES)
COMMANDS = ("restart", "back", "cancel", "help", "details")
HARD_KINDS = ("future", "hearsay", "conditional", "partial", "refused", "negated", "contracted", "colloquial",
              "passing_sign", "ambiguous", "english_sign")

# Safety ranks: how safe a value makes the verdict look (higher = safer). Reading a value of a higher rank than
# the label's value, or a value of rank > 1 where the label says nothing, makes the situation look safer than
# the user's words: an UNSAFE reading. A value with no rank here is never unsafe to read or to miss.
# - escrow: done (all) > only the current milestone > anything not done (promised, not yet, unsure).
# - contact_request: pending ranks above refused, so reading "pending" for a refused request is unsafe.
# - job_format: task and competition jobs are escrowed before they are published (flows/conditions.implied),
#   so reading one of them makes the escrow look done; a definite format read where the label is "unsure"
#   is not unsafe ("unsure" has no rank).
RANKS: dict[str, dict[str, int]] = {
    "escrow": {"all": 3, "current_milestone": 2, "promised": 1, "not_yet": 1, "unsure": 1},
    "contract": {"contracted": 2, "negotiating": 1},
    "contact_request": {"approved": 3, "pending": 2, "not_applied": 1, "refused": 1, "unsure": 1},
    "client": {"verified": 3, "history_only": 2, "new_account": 1, "unsure": 1},
    "job_format": {"task": 2, "competition": 2, "fixed_single": 1, "fixed_milestone": 1, "hourly": 1},
}
# Commands whose misreading as an answer records something the user did not say ('help' just shows help).
STEERING_COMMANDS = ("restart", "back", "cancel", "details")

Answer = str | list[str] | None


@dataclass
class Item:
    """One labelled utterance of the corpus (see the header of tests/data/reading_corpus.yaml)."""

    text: str
    lang: str
    question: str | None
    answer: Answer = None
    facts: dict[str, str] = field(default_factory=dict)
    signs: list[str] = field(default_factory=list)
    command: str | None = None
    hard: str | None = None

    @property
    def asks(self) -> bool:
        """True when the item is an answer to a question (not a first message, a one-liner or a command)."""
        return self.question in QUESTION_IDS and self.command is None


@dataclass
class Reading:
    """What a reader made of a text."""

    command: str | None = None
    answer: Answer = None
    facts: dict[str, str] = field(default_factory=dict)
    signs: list[str] = field(default_factory=list)


Reader = Callable[[str, str | None, str], Reading]


# ---- loading ----

def load(path: Path | str) -> list[Item]:
    """The items of a corpus file; raises ValueError on an item with an unknown field or value."""
    raw = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or []
    items = []
    for number, entry in enumerate(raw, 1):
        try:
            items.append(_item(entry))
        except (ValueError, TypeError, KeyError) as error:
            raise ValueError(f"{path}: item {number} ({entry!r}): {error}") from error
    return items


def _item(entry: dict[str, Any]) -> Item:
    unknown = set(entry) - set(Item.__dataclass_fields__)
    if unknown:
        raise ValueError(f"unknown fields {sorted(unknown)}")
    item = Item(text=str(entry["text"]), lang=entry["lang"], question=entry["question"],
                answer=entry.get("answer"), facts=dict(entry.get("facts") or {}),
                signs=list(entry.get("signs") or []), command=entry.get("command"), hard=entry.get("hard"))
    _check(item)
    return item


def _check(item: Item) -> None:
    if item.lang not in ("ja", "en"):
        raise ValueError(f"lang {item.lang!r}")
    if item.question not in (*QUESTION_IDS, None, "quick"):
        raise ValueError(f"question {item.question!r}")
    if item.command not in (*COMMANDS, None) or item.hard not in (*HARD_KINDS, None):
        raise ValueError(f"command {item.command!r} or hard {item.hard!r}")
    if item.answer is not None:
        if not item.asks:
            raise ValueError("an answer needs a question and no command")
        values = item.answer if item.question == "warning_signs" else [item.answer]
        if not isinstance(values, list) or not set(values) <= set(VALUES[item.question]):
            raise ValueError(f"answer {item.answer!r}")
    for question, value in item.facts.items():
        if question not in VALUES or value not in VALUES[question] or question == item.question:
            raise ValueError(f"fact {question}={value!r}")
    if not set(item.signs) <= set(VALUES["warning_signs"]) - {"none"}:
        raise ValueError(f"signs {item.signs!r}")


# ---- comparing ----

def rank(question: str, value: Any) -> int | None:
    """The safety rank of a value (None when the value has none)."""
    return RANKS.get(question, {}).get(value) if isinstance(value, str) else None


def same_answer(item: Item, answer: Answer) -> bool:
    """Exact match; warning signs compare as sets; a null label is matched only by no answer."""
    if item.answer is None or answer is None:
        return item.answer is None and answer is None
    if item.question == "warning_signs":
        return isinstance(answer, list) and set(answer) == set(item.answer)
    return answer == item.answer


def labelled_state(item: Item) -> dict[str, Any]:
    """What the label says is known: the answer and facts, plus what the rules imply from them."""
    stated = dict(item.facts)
    if item.asks and item.answer is not None and item.question != "warning_signs":
        stated[item.question] = item.answer
    return {**implied(stated), **stated}


def other_facts(item: Item, reading: Reading) -> dict[str, str]:
    """The facts read, without the question being answered (its answer is scored as the answer)."""
    return {q: v for q, v in reading.facts.items() if q != item.question}


def labelled_signs(item: Item) -> set[str]:
    signs = set(item.signs)
    if item.question == "warning_signs" and isinstance(item.answer, list):
        signs |= set(item.answer)
    return signs - {"none"}


def read_signs(item: Item, reading: Reading) -> set[str]:
    signs = set(reading.signs)
    if item.question == "warning_signs" and isinstance(reading.answer, list):
        signs |= set(reading.answer)
    return signs - {"none"}


def _safer(question: str, read: Any, expected: Any) -> bool:
    """True when reading `read` looks safer than `expected` (None: the label says nothing)."""
    got = rank(question, read)
    if got is None:
        return False
    if expected is None:
        return got > 1
    want = rank(question, expected)
    return want is not None and got > want


def unsafe_reasons(item: Item, reading: Reading) -> list[str]:
    """Why a reading makes the situation look safer than the label (empty when it does not)."""
    state, reasons = labelled_state(item), []
    if item.command in STEERING_COMMANDS and reading.command != item.command and reading.answer is not None:
        reasons.append(f"the command '{item.command}' read as the answer {reading.answer!r}")
    if item.asks and item.question != "warning_signs" and reading.answer is not None \
            and _safer(item.question, reading.answer, state.get(item.question)):
        reasons.append(f"answer {reading.answer!r} where the label is {item.answer!r}")
    for question, value in other_facts(item, reading).items():
        if _safer(question, value, state.get(question)):
            reasons.append(f"fact {question}={value!r} where the label has {state.get(question)!r}")
    missing = labelled_signs(item) - read_signs(item, reading)
    if missing:
        reasons.append(f"missed signs {sorted(missing)}")
    return reasons


# ---- scoring ----

@dataclass
class QuestionScore:
    items: int = 0
    correct: int = 0
    labelled: int = 0  # items whose label is not null
    reask: int = 0     # no answer read where the label has one
    wrong: int = 0     # an answer read that is not the label's


@dataclass
class Finding:
    item: Item
    reading: Reading
    what: str


@dataclass
class Report:
    items: int = 0
    questions: dict[str, QuestionScore] = field(default_factory=dict)
    facts_items: int = 0      # items where the label or the reading has facts
    facts_exact: int = 0
    facts_labelled: int = 0
    facts_read: int = 0
    facts_hit: int = 0
    signs_labelled: int = 0
    signs_read: int = 0
    signs_hit: int = 0
    commands_labelled: int = 0
    commands_hit: int = 0
    false_commands: int = 0   # a command read where none was meant
    hard: dict[str, list[int]] = field(default_factory=dict)  # kind -> [fully right, items]
    unsafe: list[Finding] = field(default_factory=list)
    wrong: list[Finding] = field(default_factory=list)

    @property
    def total(self) -> QuestionScore:
        out = QuestionScore()
        for s in self.questions.values():
            out.items, out.correct, out.labelled = out.items + s.items, out.correct + s.correct, out.labelled + s.labelled
            out.reask, out.wrong = out.reask + s.reask, out.wrong + s.wrong
        return out


def score(items: list[Item], reader: Reader) -> Report:
    """Read every item with `reader` and score the readings against the labels."""
    report = Report(items=len(items), questions={q: QuestionScore() for q in QUESTION_IDS})
    for item in items:
        reading = reader(item.text, item.question, item.lang)
        problems = _score_answer(report, item, reading) + _score_facts(report, item, reading)
        problems += _score_signs(report, item, reading) + _score_command(report, item, reading)
        if problems:
            report.wrong.append(Finding(item, reading, "; ".join(problems)))
        reasons = unsafe_reasons(item, reading)
        if reasons:
            report.unsafe.append(Finding(item, reading, "; ".join(reasons)))
        if item.hard:
            tally = report.hard.setdefault(item.hard, [0, 0])
            tally[0] += not problems
            tally[1] += 1
    return report


def _score_answer(report: Report, item: Item, reading: Reading) -> list[str]:
    if not item.asks:
        return []
    s = report.questions[item.question]
    s.items += 1
    s.labelled += item.answer is not None
    if same_answer(item, reading.answer):
        s.correct += 1
        return []
    if reading.answer is None:
        s.reask += 1
        return [f"asks again (label {item.answer!r})"]
    s.wrong += 1
    return [f"answer {reading.answer!r} (label {item.answer!r})"]


def _score_facts(report: Report, item: Item, reading: Reading) -> list[str]:
    if item.command is not None:
        return []
    read = other_facts(item, reading)
    report.facts_labelled += len(item.facts)
    report.facts_read += len(read)
    report.facts_hit += sum(read.get(q) == v for q, v in item.facts.items())
    if not read and not item.facts:
        return []
    report.facts_items += 1
    if read == item.facts:
        report.facts_exact += 1
        return []
    return [f"facts {read} (label {item.facts})"]


def _score_signs(report: Report, item: Item, reading: Reading) -> list[str]:
    want, got = labelled_signs(item), read_signs(item, reading)
    report.signs_labelled += len(want)
    report.signs_read += len(got)
    report.signs_hit += len(want & got)
    if want == got or (item.question == "warning_signs" and item.asks):
        return []  # for the warning-signs question the answer already says it
    return [f"signs {sorted(got)} (label {sorted(want)})"]


def _score_command(report: Report, item: Item, reading: Reading) -> list[str]:
    report.commands_labelled += item.command is not None
    if reading.command == item.command:
        report.commands_hit += item.command is not None
        return []
    report.false_commands += item.command is None
    return [f"command {reading.command!r} (label {item.command!r})"]


# ---- printing ----

def _pct(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.0f}%)" if whole else f"{part}/0"


def _describe(finding: Finding) -> str:
    item = finding.item
    where = item.question if item.question is not None else "first message"
    return f"  [{where}] {item.text!r} -> {finding.what}"


def format_report(report: Report, title: str = "") -> str:
    """The report as text: per-question accuracy, re-ask rate, unsafe count, then the unsafe and wrong items."""
    total = report.total
    lines = [f"== {title} ({report.items} items)" if title else f"== {report.items} items",
             "answer accuracy by question (exact; warning signs as sets; a null label needs no answer):"]
    for question, s in report.questions.items():
        lines.append(f"  {question:<16} {_pct(s.correct, s.items):<15} re-ask {s.reask:<3} wrong {s.wrong}")
    lines += [f"  {'all':<16} {_pct(total.correct, total.items)}",
              f"re-ask rate: {_pct(total.reask, total.labelled)} of the answers the label gives",
              f"wrong-answer rate: {_pct(total.wrong, total.items)} of the answers to a question",
              f"facts: exact on {_pct(report.facts_exact, report.facts_items)} items stating or read with facts; "
              f"recall {_pct(report.facts_hit, report.facts_labelled)}, "
              f"precision {_pct(report.facts_hit, report.facts_read)}",
              f"signs: recall {_pct(report.signs_hit, report.signs_labelled)}, "
              f"precision {_pct(report.signs_hit, report.signs_read)}",
              f"commands: {_pct(report.commands_hit, report.commands_labelled)} recognised, "
              f"{report.false_commands} read where none was meant",
              "hard items fully right: " + ", ".join(f"{kind} {_pct(ok, n)}" for kind, (ok, n)
                                                      in sorted(report.hard.items())),
              f"UNSAFE readings: {len(report.unsafe)}"]
    lines += [_describe(f) for f in report.unsafe]
    lines.append(f"wrong or incomplete readings: {len(report.wrong)}")
    lines += [_describe(f) for f in report.wrong]
    return "\n".join(lines)


# ---- the reader ----

_MILESTONE = re.compile(r"マイルストーン|まいるすとーん|milestone", re.IGNORECASE)

# Before the one-pass reader (issue 8), today's parser used as the conversation used it ("current_reader", removed
# with the old facts_in/signs_in/understand) scored: tuning 71% answers and 92 unsafe readings, held-out 63%
# answers, re-ask 24%, 20 unsafe (the shared brief's figures, old option values); with the new option values of
# flows/questions.py, before the reader changed: tuning 78% (284/363), 67 unsafe; held-out 72% (66/92), re-ask
# 18%, 15 unsafe.


def new_reader(text: str, question: str | None, lang: str) -> Reading:
    """flows.parse.read, as the conversation and the quick command use it.

    The corpus gives no earlier answers; the bot asks the job format before the escrow, so the escrow options
    are those of a milestone job when the text itself speaks of milestones, of a single-payment job otherwise.
    A sign to check (said near a negation, a hedge or a condition) counts as read: the conversation asks about
    it with a yes/no question and never drops it silently.
    """
    if question not in QUESTION_IDS:
        reading = parse.read(text, None, None, lang)
        return Reading(command=reading.command, facts=reading.facts, signs=_with_checked(reading))
    asked = BY_ID[question]
    context = {"job_format": "fixed_milestone"} if _MILESTONE.search(text) else {}
    reading = parse.read(text, question, offered(asked, context), lang)
    values = reading.values
    answer: Answer = None if values is None else (values if asked.multi else values[0])
    return Reading(command=reading.command, answer=answer, facts=reading.facts, signs=_with_checked(reading))


def _with_checked(reading: parse.Reading) -> list[str]:
    checked = [value for question, value in reading.doubts if question == "warning_signs"]
    return list(dict.fromkeys([*reading.signs, *checked]))


def main() -> int:
    for title, path in (("tuning", TUNING), ("held-out", HELDOUT)):
        print(format_report(score(load(path), new_reader), title))
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
