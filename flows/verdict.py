"""The verdict: from the answers to "safe" / "safe once you do X first" / "stop", with reasons and sources.

``assess`` is pure: it reads the rule base (flows/rules.py) and the answers, nothing else.

- Level: STOP when any "stop" rule applies, else SAFE_IF when any "do_first" rule applies, else SAFE.
- reasons: why this level. STOP: the stop points only (a "do this first" would contradict the stop).
  SAFE_IF: the do_first points, then the info points (what is already in order). SAFE: the info points
  (what makes it safe). Within each group, rule-base order (most important first).
- todo_first: the do_first points (empty for SAFE and STOP); checklist: the watch points.
- still_to_check: the questions not answered yet that apply to these answers (none after a stop: no
  answer can lift a stop, since stop rules depend only on the platform and the warning signs).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from flows.conditions import effective, holds
from flows.lang import DEFAULT, LANGS
from flows.questions import QUESTIONS
from flows.rules import BY_ID, RULES, Rule, Source


class Level(StrEnum):
    SAFE = "safe"
    SAFE_IF = "safe_if"
    STOP = "stop"


@dataclass(frozen=True)
class Point:
    rule_id: str
    text: str
    action: str | None
    confidence: str
    sources: tuple[Source, ...]
    checked: str


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


HEADLINES: dict[Level, dict[str, str]] = {
    Level.SAFE: {"ja": "チャットワークに移行してOKです。",
                 "en": "It's fine to move to Chatwork."},
    Level.SAFE_IF: {"ja": "先に次のことを済ませれば、チャットワークに移行してOKです。",
                    "en": "It's fine to move to Chatwork once you have done the following first."},
    Level.STOP: {"ja": "移行も作業も、いったん止めてください。",
                 "en": "Stop for now: don't move to Chatwork and don't start any work."},
}
# SAFE_IF when nothing is to be done first, only things still unknown
CHECK_FIRST = {"ja": "下の「まだ確認が必要なこと」を確かめて問題がなければ、チャットワークに移行してOKです。",
               "en": "It's fine to move to Chatwork once you've checked the points under \"Still to check\"."}

# Stops that are about the move only (the job itself may go on, on the platform).
MOVE_ONLY_STOPS: dict[str, dict[str, str]] = {
    "coconala_no_outside_contact": {
        "ja": "ココナラではチャットワークに移行できません。やり取りはココナラ上で続けてください。",
        "en": "Coconala doesn't allow moving to Chatwork: keep the conversation on Coconala.",
    },
    "cw_contact_request_refused": {
        "ja": "サービス外連絡申請が承認されなかったので、チャットワークには移れません。やり取りはクラウドワークスで続けてください。",
        "en": "The off-platform contact request was refused, so you can't move to Chatwork: keep talking on CrowdWorks.",
    },
}


def assess(answers: Mapping[str, Any], lang: str = "ja") -> Verdict:
    """The verdict for these (possibly partial) answers, in ``lang`` ("ja" or "en")."""
    lang = lang if lang in LANGS else DEFAULT
    known = effective(answers)
    fired = [r for r in RULES if r.when(known)]
    stops, todo, watch, info = (_points(fired, effect, lang) for effect in ("stop", "do_first", "watch", "info"))
    unanswered = still_to_check(answers)
    # "safe" is said only when nothing that could change it is still unknown
    level = Level.STOP if stops else Level.SAFE_IF if todo or unanswered else Level.SAFE
    if level is Level.STOP:
        todo, info = (), ()
    reasons = stops + todo + info
    return Verdict(
        level=level,
        headline=_headline(level, stops, lang) if stops or todo or not unanswered else CHECK_FIRST[lang],
        reasons=reasons,
        todo_first=todo,
        checklist=watch,
        still_to_check=() if level is Level.STOP else unanswered,
        sources=_unique(s for p in reasons + todo + watch for s in p.sources),
        lang=lang,
    )


def still_to_check(answers: Mapping[str, Any]) -> tuple[str, ...]:
    """The questions that apply to these answers and have no answer (given or implied) yet."""
    known = effective(answers)
    return tuple(q.id for q in QUESTIONS if not known.get(q.id) and holds(q.ask_if, known))


def rule(id: str) -> Rule:
    """The rule with this id (KeyError when there is none)."""
    return BY_ID[id]


def all_sources() -> tuple[Source, ...]:
    """Every source the rule base cites, each once, in rule-base order."""
    return _unique(s for r in RULES for s in r.sources)


def _points(rules: Iterable[Rule], effect: str, lang: str) -> tuple[Point, ...]:
    return tuple(_point(r, lang) for r in rules if r.effect == effect)


def _point(r: Rule, lang: str) -> Point:
    action = r.action[lang] if r.action else None
    return Point(r.id, r.reason[lang], action, r.confidence, r.sources, r.checked)


def _headline(level: Level, stops: tuple[Point, ...], lang: str) -> str:
    if stops and all(p.rule_id in MOVE_ONLY_STOPS for p in stops):
        return MOVE_ONLY_STOPS[stops[0].rule_id][lang]
    return HEADLINES[level][lang]


def _unique(sources: Iterable[Source]) -> tuple[Source, ...]:
    return tuple(dict.fromkeys(sources))
