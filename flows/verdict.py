"""The verdict: from the answers to "safe" / "safe once you do X first" / "stop", as an action plan.

``assess`` is pure: it reads the rule base (flows/rules.py), the steps (flows/steps.py), the reply
templates (flows/replies.py) and the answers, nothing else.

- Level: STOP when any "stop" rule applies, else SAFE_IF when any "do_first" rule applies or a question
  that applies is still unanswered (or answered "not sure"), else SAFE.
- The main message: ``headline`` (one sentence for this case: the first stop rule's, else the first
  do_first rule's, else what is done or still to check), ``steps`` (what to do, in order; the ones already
  done are acknowledged in ``done``), ``watch`` (at most three points this case's answers trigger, most
  important first), ``main_sources`` (the sources of what the main message shows).
- The details: ``reasons`` (STOP: the stop points; else the do_first points, then what is in order and
  history), the rest of the checklist (``more``), ``still_to_check`` and every source. A fact is said once
  per verdict: a point whose facts were already said shows only what is new.
- A STOP verdict carries no advice for after a move (rules with scope "move"), and a stop that ends the
  dealing with the client (anything but a refused request or Coconala) none about carrying on the job
  (scope "job").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from flows import replies, steps
from flows.conditions import effective, holds
from flows.facts import LAST_READ, Fact, with_check
from flows.lang import DEFAULT, LANGS
from flows.questions import BY_ID as QUESTIONS_BY_ID
from flows.questions import QUESTIONS, Question
from flows.rules import BY_ID, RULES, STRENGTH, Rule, Source, raised
from flows.steps import MOVE_ONLY_STOPS

MAIN_WATCH = 3  # points under "watch out for" in the main message


class Level(StrEnum):
    SAFE = "safe"
    SAFE_IF = "safe_if"
    STOP = "stop"


@dataclass(frozen=True)
class Point:
    rule_id: str
    text: str                      # the whole point (what the user said, then the facts)
    action: str | None
    confidence: str
    sources: tuple[Source, ...]
    checked: str
    line: str                      # its one line in the main message
    parts: tuple[tuple[str, str], ...] = ()  # (text, label) as the details show it: what is not said before


@dataclass(frozen=True)
class StepLine:
    id: str
    text: str
    rule_ids: tuple[str, ...]      # the rules it rests on, among those that apply


@dataclass(frozen=True)
class Verdict:
    level: Level
    headline: str
    reasons: tuple[Point, ...]
    todo_first: tuple[Point, ...]
    checklist: tuple[Point, ...]
    still_to_check: tuple[str, ...]
    sources: tuple[Source, ...]
    lang: str
    steps: tuple[StepLine, ...] = ()
    done: tuple[str, ...] = ()
    watch: tuple[Point, ...] = ()
    main_sources: tuple[Source, ...] = ()
    reply: replies.Draft = replies.Draft(None, ())
    answers: Mapping[str, Any] = field(default_factory=dict)
    checked: str = LAST_READ       # the oldest "last read" date of the facts this verdict uses

    @property
    def more(self) -> tuple[Point, ...]:
        """The checklist points the main message does not show."""
        shown = {p.rule_id for p in self.watch}
        return tuple(p for p in self.checklist if p.rule_id not in shown)

    @property
    def step_ids(self) -> tuple[str, ...]:
        return tuple(s.id for s in self.steps)


HEADLINES: dict[Level, dict[str, str]] = {
    Level.SAFE: {"ja": "{done}が済んでいるので、チャットワークに移って大丈夫です。",
                 "en": "With {done} done, it's fine to move to Chatwork."},
    Level.SAFE_IF: {"ja": "まだわからないこと（{unknown}）を確かめてから、チャットワークに移ってください。",
                    "en": "Check what is still unknown ({unknown}) before moving to Chatwork."},
    Level.STOP: {"ja": "移行も作業も、いったん止めてください。",
                 "en": "Stop for now: don't move to Chatwork and don't start any work."},
}
SAFE_NOTHING_DONE = {"ja": "チャットワークに移って大丈夫です。", "en": "It's fine to move to Chatwork."}
DONE_ITEMS: dict[str, dict[str, str]] = {
    "contract": {"ja": "契約", "en": "the contract"},
    "escrow": {"ja": "仮払い", "en": "the escrow"},
    "current_milestone": {"ja": "今のマイルストーンの仮払い", "en": "the current milestone's escrow"},
    "approved": {"ja": "サービス外連絡申請の承認", "en": "the approved contact request"},
    "lancers_contact": {"ja": "連絡先公開申請", "en": "the contact disclosure request (連絡先公開申請)"},
}


def assess(answers: Mapping[str, Any], lang: str = "ja") -> Verdict:
    """The verdict for these (possibly partial) answers, in ``lang`` ("ja" or "en")."""
    lang = lang if lang in LANGS else DEFAULT
    known = effective(answers)
    fired = [r for r in RULES if r.when(known)]
    unanswered = still_to_check(answers)
    by_effect = {effect: [r for r in fired if r.effect == effect] for effect in ("stop", "do_first", "watch", "info")}
    stops, todo = by_effect["stop"], by_effect["do_first"]
    level = Level.STOP if stops else Level.SAFE_IF if todo or unanswered else Level.SAFE
    stop = level is Level.STOP
    watch = [r for r in by_effect["watch"] if _in_scope(r, stops)]
    reasons = stops if stop else todo + by_effect["info"]
    step_ids = steps.choose(known, stop, (r.id for r in fired))
    step_lines = _steps(step_ids, answers, {r.id for r in fired}, stop, lang)
    covered = {rid for s in step_lines for rid in s.rule_ids}
    main = _main_watch([*(stops[1:] if stop else []), *(r for r in watch if r.id not in covered)], raised(known))
    headline_rule = stops[0] if stop else todo[0] if todo else None
    shown = [headline_rule] if headline_rule else []
    points = _points(main, reasons, watch, [steps.BY_ID[i] for i in step_ids], lang)
    by_id = {p.rule_id: p for p in points}
    return Verdict(
        level=level,
        headline=_headline(level, headline_rule, answers, unanswered, lang),
        reasons=tuple(by_id[r.id] for r in reasons),
        todo_first=() if stop else tuple(by_id[r.id] for r in todo),
        checklist=tuple(by_id[r.id] for r in watch),
        still_to_check=() if stop else unanswered,
        sources=_unique(s for r in [*reasons, *watch] for s in r.sources),
        lang=lang,
        steps=tuple(step_lines),
        done=() if stop else _done(answers, lang),
        watch=tuple(by_id[r.id] for r in main),
        main_sources=_main_sources(shown + [BY_ID[i] for s in step_lines for i in s.rule_ids], main),
        reply=replies.draft(known, stop, step_ids, (r.id for r in fired), lang),
        answers=dict(answers),
        checked=min((r.checked for r in [*reasons, *watch, *(BY_ID[i] for s in step_lines for i in s.rule_ids)]),
                    default=LAST_READ),
    )


def still_to_check(answers: Mapping[str, Any]) -> tuple[str, ...]:
    """The questions that apply to these answers and have no answer (given or implied) yet, or only "not
    sure", and whose answer can change the verdict: some of its options make other rules apply. A question no
    rule reads (one just added, before its rules) is never "still to check"."""
    known = effective(answers)
    return tuple(q.id for q in QUESTIONS
                 if known.get(q.id) in (None, "", [], "unsure") and holds(q.ask_if, known) and _matters(q, answers))


def _matters(question: Question, answers: Mapping[str, Any]) -> bool:
    """Some answers to `question` make a different set of rules apply than others."""
    seen = set()
    for option in question.options:
        value = [option.value] if question.multi else option.value
        known = effective({**answers, question.id: value})
        seen.add(frozenset(r.id for r in RULES if r.when(known)))
        if len(seen) > 1:
            return True
    return False


def rule(id: str) -> Rule:
    """The rule with this id (KeyError when there is none)."""
    return BY_ID[id]


def all_sources() -> tuple[Source, ...]:
    """Every source the rule base cites, each once, in rule-base order."""
    return _unique(s for r in RULES for s in r.sources)


def short_name(question_id: str, lang: str) -> str:
    name = QUESTIONS_BY_ID[question_id].short[lang]
    return name if lang == "ja" else name[0].lower() + name[1:]


def _main_watch(candidates: list[Rule], said: set[str]) -> list[Rule]:
    """The points to watch in the main message: what the user raised first (all of it), then the general
    warnings, up to MAIN_WATCH in all."""
    theirs = [r for r in candidates if r.id in said]
    general = [r for r in candidates if r.id not in said]
    return [*theirs, *general][:max(MAIN_WATCH, len(theirs))]


def _in_scope(r: Rule, stops: list[Rule]) -> bool:
    if not stops:
        return True
    move_only = all(s.id in MOVE_ONLY_STOPS for s in stops)
    return r.scope is None or (r.scope == "job" and move_only)


def _points(main: list[Rule], reasons: list[Rule], watch: list[Rule], shown_steps: list[steps.Step],
            lang: str) -> list[Point]:
    """Every point; each fact is said once: what the main message says first (its steps, its full lines),
    then the details in reading order (the reasons, then the rest of the checklist)."""
    said: set[str] = {f.id for r in main if not r.short for f in r.facts}
    said |= {f.id for s in shown_steps for f in s.facts}
    in_main = {r.id for r in main}
    out = [_point(r, lang, ()) for r in main]
    for r in [r for r in [*reasons, *watch] if r.id not in in_main]:
        new = tuple(f for f in r.facts if f.id not in said)
        said |= {f.id for f in new}
        out.append(_point(r, lang, new))
    return out


def _point(r: Rule, lang: str, new: tuple[Fact, ...]) -> Point:
    parts: list[tuple[str, str]] = []
    if r.lead:
        parts.append((r.lead[lang], "answer"))
    if new:
        parts.append((with_check(new, lang), max((f.confidence for f in new), key=STRENGTH.__getitem__)))
    action = r.action[lang] if r.action else None
    return Point(r.id, r.text(lang), action, r.confidence, r.sources, r.checked, r.line(lang), tuple(parts))


def _steps(ids: list[str], answers: Mapping[str, Any], fired: set[str], stop: bool, lang: str) -> list[StepLine]:
    name = steps.platform_name(answers, lang)
    joiner = "、" if lang == "ja" else " and "
    what = joiner.join(steps.DECLINES[s][lang] for s in steps.declined(effective(answers)))
    out = []
    job_format = effective(answers).get("job_format")
    for step_id in ids:
        step = steps.BY_ID[step_id]
        text = step.say(lang, stop, job_format, platform=name, what=what)
        out.append(StepLine(step_id, text, tuple(r for r in step.rules if r in fired)))
    return out


def _done(answers: Mapping[str, Any], lang: str) -> tuple[str, ...]:
    """What the user said is already done, as short items (only what they said, not what is implied)."""
    items = []
    if answers.get("contract") == "contracted":
        items.append("contract")
    if answers.get("escrow") == "all":
        items.append("escrow")
    elif answers.get("escrow") == "current_milestone":
        items.append("current_milestone")
    if answers.get("contact_request") == "approved" and answers.get("platform", "crowdworks") == "crowdworks":
        items.append("approved")
    if answers.get("lancers_contact_request") == "done" and answers.get("platform") == "lancers":
        items.append("lancers_contact")
    return tuple(DONE_ITEMS[i][lang] for i in items)


def _headline(level: Level, decider: Rule | None, answers: Mapping[str, Any], unanswered: tuple[str, ...],
              lang: str) -> str:
    if decider is not None:
        return decider.headline[lang] if decider.headline else HEADLINES[level][lang]
    if level is Level.SAFE_IF:
        unknown = listing((short_name(q, lang) for q in unanswered), lang)
        return HEADLINES[level][lang].format(unknown=unknown)
    done = _done(answers, lang)
    if not done:
        return SAFE_NOTHING_DONE[lang]
    return HEADLINES[level][lang].format(done=listing(done, lang))


def listing(items: Iterable[str], lang: str) -> str:
    """「a・b・c」 / "a, b and c"."""
    items = list(items)
    if lang == "ja" or len(items) < 2:
        return "・".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _main_sources(decided_by: list[Rule], watch: list[Rule]) -> tuple[Source, ...]:
    """The sources of what the main message shows: the first fact of the rules behind the headline and the
    steps (the one their sentence rests on), and every fact of the points to watch."""
    return _unique([*(s for r in decided_by for s in r.facts[0].sources), *(s for r in watch for s in r.sources)])


def _unique(sources: Iterable[Source]) -> tuple[Source, ...]:
    return tuple(dict.fromkeys(sources))
