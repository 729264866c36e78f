"""Score the answers to questions people type in a DM and after /migrate-check on the independent corpus
(tests/data/fresh_faq/faq_surfaces_*.yaml, written from its BRIEF.md by a writer who never read flows/).

Each message goes through what the surface runs: ``dm_first`` a new DM conversation (flows.conversation
Advisor), ``dm_mid`` a conversation waiting for the answer to ``pending``, ``command`` the /migrate-check reader
(flows.faq.asked, as bot/listeners/commands/migrate_check.py calls it). The answer given (an FAQ entry, or none)
is compared with the label: precision and recall per surface; what the bot does with the message besides is
counted by kind (question only / situation only / both).

    python -m tests.faq_surfaces_eval             # the dev half
    python -m tests.faq_surfaces_eval --heldout   # both halves (the held-out half: at the end of a change)
    python -m tests.faq_surfaces_eval --misses    # the dev half's misses
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.listeners.commands.migrate_check import known_from
from flows import faq
from flows.conversation import Advisor, Answer, Ask, Conversation, Result, Text
from flows.questions import ORDER

DATA = Path(__file__).parent / "data" / "fresh_faq"
SURFACES = ("dm_first", "dm_mid", "command")
# What a person has answered before the question they are on (a CrowdWorks fixed-price job, contracted).
BEFORE = {"platform": "crowdworks", "contract": "contracted", "job_format": "fixed_single", "escrow": "all",
          "contact_request": "approved", "lancers_contact_request": "done", "client": "verified"}


@dataclass
class Scored:
    surface: str
    label: str | None
    got: str | None
    situation: bool
    did: str
    text: str


def load(half: str) -> list[dict[str, Any]]:
    return yaml.safe_load((DATA / f"faq_surfaces_{half}.yaml").read_text(encoding="utf-8"))["messages"]


def _did(outputs: list[Any], before: Conversation, after: Conversation) -> str:
    """What the user sees besides the answer: the check started, the same question again, a next one…"""
    asks = [o for o in outputs if isinstance(o, Ask)]
    if any(isinstance(o, Result) for o in outputs):
        return "verdict"
    if not asks:
        return "offer" if any(isinstance(o, Answer) and o.offer for o in outputs) else "nothing"
    if before.state == "start":
        return "check started"
    return "same question" if asks[-1].question.id == before.state else "next question"


def run_one(advisor: Advisor, message: dict[str, Any]) -> Scored:
    text, surface = message["text"], message["surface"]
    situation = bool(message.get("situation"))
    if surface == "command":
        entry = faq.asked(text, command=True, situation=bool(known_from(text)))
        return Scored(surface, message.get("label"), entry.id if entry else None, situation, "-", text)
    lang = message.get("lang", "ja")
    conv = Conversation(lang=lang)
    if surface == "dm_mid":
        pending = message["pending"]
        conv.answers = {q: BEFORE[q] for q in ORDER[:ORDER.index(pending)]}
        conv.history = list(conv.answers)
        conv.state = pending
    turn = advisor.step(conv, Text(text))
    answers = [o.entry_id for o in turn.outputs if isinstance(o, Answer)]
    return Scored(surface, message.get("label"), answers[0] if answers else None, situation,
                  _did(turn.outputs, conv, turn.conversation), text)


def score(half: str) -> list[Scored]:
    advisor = Advisor()
    return [run_one(advisor, m) for m in load(half)]


def figures(scored: list[Scored]) -> dict[str, dict[str, float]]:
    out = {}
    for surface in (*SURFACES, "all"):
        rows = [s for s in scored if surface in ("all", s.surface)]
        answered = [s for s in rows if s.got]
        asked = [s for s in rows if s.label]
        right = [s for s in answered if s.got == s.label]
        out[surface] = {"n": len(rows), "precision": len(right) / len(answered) if answered else 1.0,
                        "recall": len([s for s in asked if s.got == s.label]) / len(asked) if asked else 1.0,
                        "wrong_topic": len([s for s in answered if s.label and s.got != s.label]),
                        "answered_nothing_asked": len([s for s in answered if not s.label])}
    return out


def kinds(scored: list[Scored]) -> dict[tuple[str, str], Counter]:
    table: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for s in scored:
        kind = ("both" if s.situation else "question only") if s.label else (
            "situation only" if s.situation else "neither")
        answered = "answered" if s.got == s.label and s.label else ("wrong answer" if s.got else "no answer")
        table[(s.surface, kind)][f"{answered}, {s.did}" if s.surface not in ("command", "channel") else answered] += 1
    return table


def channel(half: str) -> list[Scored]:
    """The same messages posted in a channel (flows/faq.match, as bot/listeners/events/messages.py calls it):
    a thread answer or silence."""
    out = []
    for m in load(half):
        found = faq.match(m["text"])
        out.append(Scored("channel", m.get("label"), found.entry_id if found else None, bool(m.get("situation")),
                          "thread answer" if found else "silent", m["text"]))
    return out


def report(half: str, misses: bool = False) -> None:
    scored = score(half)
    print(f"== {half} ({len(scored)} messages)")
    for surface, f in figures(scored).items():
        print(f"  {surface:<9} n={f['n']:<4} precision {f['precision']:.0%}  recall {f['recall']:.0%}  "
              f"wrong topic {f['wrong_topic']}  answered when nothing was asked {f['answered_nothing_asked']}")
    for (surface, kind), counts in sorted(kinds(scored).items()):
        print(f"  {surface:<9} {kind:<15} " + "; ".join(f"{k} ×{n}" for k, n in counts.most_common()))
    for (_, kind), counts in sorted(kinds(channel(half)).items()):
        print(f"  (channel) {kind:<15} " + "; ".join(f"{k} ×{n}" for k, n in counts.most_common()))
    if misses:
        for s in scored:
            if s.got != s.label:
                print(f"  MISS {s.surface:<8} label={s.label} got={s.got} | {s.text}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--heldout", action="store_true")
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args()
    report("dev", args.misses)
    if args.heldout:
        report("heldout")


if __name__ == "__main__":
    main()
