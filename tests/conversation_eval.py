"""Scores whole conversations, end to end through the real conversation (flows.conversation.Advisor), against
the independent corpus in tests/data/fresh/ (written from tests/data/fresh/BRIEF.md by writers who had not read
flows/; the *_heldout.yaml files are scored only at the end of a change and never edited to pass).

A simulated person types the corpus's first message, then, for each question the bot asks, what the corpus
says they type for it. When the bot asks the same question again (a re-ask), they click the option their words
meant (the `truth`); when it asks a yes/no confirmation, they click yes or no by the truth. When the bot has
answered a question they asked inside an answer, they type the corpus's `followup`.

For each conversation: the level reached against the labelled level (acceptable = the same level), whether it
is SAFER than the label (the worst error) or MORE ALARMING (a safe situation given stop), the re-asks and the
confirmations asked, and which answers were misread (the final answers against the truth).

    python -m tests.conversation_eval            # the dev half, with its misses (while tuning)
    python -m tests.conversation_eval --heldout  # both halves, with their misses (at the end of a change only)
    python -m tests.conversation_eval --writer=h11  # one writer's files only (repeatable)

No Slack imports and no pytest test here: this is a plain module.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from flows import lang as languages
from flows.conditions import effective
from flows.conversation import READINGS, Advisor, Ask, Conversation, Pick, Result, Say, Text, readings
from flows.questions import BY_ID

FRESH = Path(__file__).resolve().parent / "data" / "fresh"
RANK = {"stop": 0, "safe_if": 1, "safe": 2}
MAX_TURNS = 40


@dataclass
class Outcome:
    id: str
    lang: str
    kinds: list[str]
    expected: str
    level: str | None = None
    reasks: int = 0
    confirms: int = 0
    misread: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    lang_switched: bool = False
    transcript: list[str] = field(default_factory=list)

    @property
    def acceptable(self) -> bool:
        return self.level == self.expected

    @property
    def safer(self) -> bool:
        return self.level is not None and RANK[self.level] > RANK[self.expected]

    @property
    def alarming(self) -> bool:
        return self.expected == "safe" and self.level == "stop"


def load(paths: list[Path]) -> list[dict[str, Any]]:
    items = []
    for path in paths:
        items.extend(yaml.safe_load(path.read_text(encoding="utf-8")) or [])
    return items


def halves() -> tuple[list[Path], list[Path]]:
    return sorted(FRESH.glob("*_dev.yaml")), sorted(FRESH.glob("*_heldout.yaml"))


def truth_pick(question_id: str, truth: dict[str, Any], offered_values: list[str]) -> tuple[str, ...]:
    """The option(s) a person clicks for what they meant."""
    value = truth.get(question_id)
    if question_id == "warning_signs":
        values = [v for v in (value or ["none"]) if v in offered_values]
        return tuple(values or ["none"])
    if value in offered_values:
        return (value,)
    return ("unsure",) if "unsure" in offered_values else (offered_values[0],)


def confirm_answer(doubt: list[str], truth: dict[str, Any]) -> str:
    """yes / no for a confirmation of [question, value], by what the person meant."""
    question, value = doubt
    if question == READINGS:
        return "yes" if all(_meant(truth, q, v) for q, v in readings(value)) else "no"
    if question == "warning_signs":
        return "yes" if value in (truth.get("warning_signs") or []) else "no"
    return "yes" if truth.get(question) == value else "no"


def _meant(truth: dict[str, Any], question: str, value: Any) -> bool:
    if question == "warning_signs":  # the signs read (or "none")
        return set(value) - {"none"} == set(truth.get(question) or []) - {"none"}
    return truth.get(question) == value


def run(item: dict[str, Any], advisor: Advisor | None = None) -> Outcome:
    advisor = advisor or Advisor()
    truth, typed = item.get("truth") or {}, dict(item.get("answers") or {})
    followups = dict(item.get("followup") or {})
    out = Outcome(item["id"], item.get("lang", "ja"), list(item.get("kinds") or []), item["level"])
    person_lang = out.lang
    conv = Conversation()
    conv.lang = languages.choose(None, item["first"], person_lang, new=True)
    turn = advisor.start(conv.lang, item["first"])
    out.transcript.append(f"> {item['first']}")
    asked: Counter[str] = Counter()
    for _ in range(MAX_TURNS):
        conv = turn.conversation
        if conv.lang != person_lang:
            out.lang_switched = True
        out.transcript.extend(_describe(o) for o in turn.outputs)
        result = next((o for o in turn.outputs if isinstance(o, Result) and o.part == "main"), None)
        if result is not None:
            out.level = str(result.verdict.level)
            _misreadings(out, result.verdict.answers, truth)
            return out
        event, note = _respond(turn.outputs, conv, truth, typed, followups, asked, out)
        out.transcript.append(f"> {note}")
        if isinstance(event, Text):
            conv.lang = languages.choose(conv.lang, event.text, person_lang, new=False)
        turn = advisor.step(conv, event)
    return out


def _respond(outputs: list[Any], conv: Conversation, truth: dict[str, Any], typed: dict[str, str],
             followups: dict[str, str], asked: Counter[str], out: Outcome) -> tuple[Any, str]:
    ask = next((o for o in reversed(outputs) if isinstance(o, Ask)), None)
    if ask is None:  # nothing asked (a note, an answer to a question): say what is still to say
        return Text("ok"), "ok"
    qid = ask.question.id
    if qid == "confirm":
        out.confirms += 1
        answer = confirm_answer(conv.doubts[0], truth)
        return Pick("confirm", (answer,), conv.round), f"[{answer} to {conv.doubts[0]}]"
    asked[qid] += 1
    if qid in followups and asked[qid] > 1:
        text = followups.pop(qid)
        return Text(text), text
    if ask.attempt > 0 or asked[qid] > 1 or qid not in typed:
        if qid in typed or ask.attempt > 0 or asked[qid] > 1:
            out.reasks += 1
        values = truth_pick(qid, truth, [o.value for o in ask.options])
        return Pick(qid, values, conv.round), f"[{'/'.join(values)}]"
    text = str(typed.pop(qid))
    return Text(text), text


def _misreadings(out: Outcome, answers: dict[str, Any], truth: dict[str, Any]) -> None:
    known = effective(answers)
    for qid, expected in truth.items():
        if qid not in BY_ID:
            continue
        got = known.get(qid)
        if qid == "warning_signs":
            got_set = set(got or []) - {"none"}
            want = set(expected or []) - {"none"}
            if got_set != want:
                out.misread[qid] = (sorted(got_set), sorted(want))
        elif got is not None and got != expected:
            out.misread[qid] = (got, expected)


def _describe(output: Any) -> str:
    if isinstance(output, Ask):
        return f"  bot asks {output.question.id}" + (f" (again, attempt {output.attempt})" if output.attempt else "")
    if isinstance(output, Result):
        return f"  bot verdict {output.verdict.level}"
    if isinstance(output, Say):
        return f"  bot says {output.key}"
    return f"  bot {type(output).__name__}"


@dataclass
class Summary:
    total: int
    acceptable: int
    safer: int
    alarming: int
    safe_total: int
    reasks: int
    confirms: int
    switched: int
    by_kind: dict[str, tuple[int, int]]

    def lines(self, title: str) -> list[str]:
        per = self.total or 1
        out = [f"{title}: {self.total} conversations",
               f"  acceptable level   {self.acceptable}/{self.total} ({100 * self.acceptable / per:.1f}%)",
               f"  safer than facts   {self.safer}",
               f"  more alarming      {self.alarming} of {self.safe_total} safe situations given stop"
               f" ({100 * self.alarming / per:.1f}% of all)",
               f"  re-asks            {self.reasks} ({self.reasks / per:.2f} per conversation)",
               f"  confirmations      {self.confirms} ({self.confirms / per:.2f} per conversation)",
               f"  language switched  {self.switched}"]
        out += [f"    {kind:22} {ok}/{n}" for kind, (ok, n) in sorted(self.by_kind.items())]
        return out


def summarise(outcomes: list[Outcome]) -> Summary:
    kinds: dict[str, list[int]] = {}
    for o in outcomes:
        for k in o.kinds:
            kinds.setdefault(k, [0, 0])
            kinds[k][0] += o.acceptable
            kinds[k][1] += 1
    return Summary(len(outcomes), sum(o.acceptable for o in outcomes), sum(o.safer for o in outcomes),
                   sum(o.alarming for o in outcomes), sum(o.expected == "safe" for o in outcomes),
                   sum(o.reasks for o in outcomes), sum(o.confirms for o in outcomes),
                   sum(o.lang_switched for o in outcomes), {k: (v[0], v[1]) for k, v in kinds.items()})


def score(paths: list[Path]) -> list[Outcome]:
    advisor = Advisor()
    return [run(item, advisor) for item in load(paths)]


def misses(outcomes: list[Outcome], verbose: bool = False) -> list[str]:
    lines = []
    for o in outcomes:
        if o.acceptable and not o.misread and not o.lang_switched and not (verbose and o.reasks):
            continue
        flag = "SAFER" if o.safer else "ALARMING" if o.alarming else "" if o.acceptable else "wrong"
        lines.append(f"- {o.id} [{o.lang}] expected {o.expected}, got {o.level} {flag} reasks={o.reasks} "
                     f"confirms={o.confirms} misread={o.misread} switched={o.lang_switched}")
        if verbose:
            lines.extend("    " + t for t in o.transcript)
    return lines


def main(argv: list[str]) -> int:
    dev, heldout = halves()
    writers = [a.split("=", 1)[1] for a in argv if a.startswith("--writer=")]  # e.g. --writer=h11: one writer's files
    if writers:
        dev, heldout = ([p for p in half if p.name.split("_")[0] in writers] for half in (dev, heldout))
    report = []
    parts = (("dev", dev), ("held-out", heldout)) if "--heldout" in argv else (("dev", dev),)
    for title, paths in parts:
        outcomes = score(paths)
        report += summarise(outcomes).lines(title)
        report += misses(outcomes, "-v" in argv)
    print("\n".join(report))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
