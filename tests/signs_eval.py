"""Score the reading of warning signs on the independent phrasing corpus (tests/data/fresh_signs/, written from
its BRIEF.md by a writer who never read flows/).

Each message is read as the conversation reads it: a first DM (flows/parse.read with no question), or the
answer to the warning-signs question (with its options). For every sign the message says happened: read, or
checked with a yes/no question (fine: the person answers it), or MISSED (the verdict would be safer than their
words). For every sign it did not say: read anyway is an ALARM (more alarming than their words), a check costs a
question.

    python -m tests.signs_eval              # the dev halves, with their misses and alarms
    python -m tests.signs_eval --heldout    # both halves (the held-out half: at the end of a change)
"""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from flows import parse
from flows.conversation import offered
from flows.questions import BY_ID

DATA = Path(__file__).parent / "data" / "fresh_signs"
# the halves used to tune the reader (signs_dev2/3.yaml: other writers', added later); the held-out half is apart
DEV_HALVES = tuple(h for h in ("dev", "dev2", "dev3") if (DATA / f"signs_{h}.yaml").exists())
SIGNS = BY_ID["warning_signs"]


@dataclass
class Scored:
    text: str
    said: set[str]
    read: set[str]
    checked: set[str]

    @property
    def missed(self) -> set[str]:
        return self.said - self.read - self.checked

    @property
    def alarms(self) -> set[str]:
        return self.read - self.said

    @property
    def extra_checks(self) -> set[str]:
        return self.checked - self.said - self.read


def load(half: str) -> list[dict[str, Any]]:
    return yaml.safe_load((DATA / f"signs_{half}.yaml").read_text(encoding="utf-8"))["messages"]


def read(message: dict[str, Any]) -> Scored:
    text, lang = message["text"], message.get("lang", "ja")
    if message["where"] == "signs_answer":
        reading = parse.read(text, SIGNS.id, offered(SIGNS, {}), lang)
        read_signs = {v for v in (reading.values or []) if v != "none"} | set(reading.signs)
    else:
        reading = parse.read(text, None, None, lang)
        read_signs = set(reading.signs)
    checked = {value for question, value in reading.doubts if question == "warning_signs"}
    return Scored(text, set(message.get("said") or []), read_signs, checked - read_signs)


def figures(scored: list[Scored]) -> dict[str, Any]:
    said = sum(len(s.said) for s in scored)
    return {"messages": len(scored), "signs said": said,
            "read": sum(len(s.said & s.read) for s in scored),
            "checked": sum(len(s.said & s.checked) for s in scored),
            "missed": sum(len(s.missed) for s in scored),
            "alarms": sum(len(s.alarms) for s in scored),
            "extra checks": sum(len(s.extra_checks) for s in scored),
            "missed by sign": Counter(x for s in scored for x in s.missed),
            "alarms by sign": Counter(x for s in scored for x in s.alarms)}


def report(half: str, show: bool) -> None:
    scored = [read(m) for m in load(half)]
    f = figures(scored)
    print(f"== {half}: {f['messages']} messages, {f['signs said']} signs said: read {f['read']}, checked "
          f"{f['checked']}, MISSED {f['missed']}; alarms {f['alarms']}, extra checks {f['extra checks']}")
    print(f"   missed by sign: {dict(f['missed by sign'])}")
    print(f"   alarms by sign: {dict(f['alarms by sign'])}")
    if show:
        for s in scored:
            if s.missed or s.alarms:
                print(f"   {'MISS ' + ','.join(sorted(s.missed)) if s.missed else ''}"
                      f"{' ALARM ' + ','.join(sorted(s.alarms)) if s.alarms else ''} | {s.text}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--heldout", action="store_true")
    args = parser.parse_args()
    for half in DEV_HALVES:
        report(half, show=True)
    if args.heldout:
        report("heldout", show=False)


if __name__ == "__main__":
    main()
