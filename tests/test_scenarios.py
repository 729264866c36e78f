"""The verdict scenario corpus (tests/data/scenarios*.yaml) run through `assess` and every surface's rendering:
the level, the steps, what must not appear anywhere (main message, details, reply), what the main message must
mention, and the size of the main message (ja ≤ 900, en ≤ 1,500 visible characters) on every surface.

The DM surface itself (the real app over HTTP against the fake Slack) is in tests/test_slack_verdict.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot import blocks
from flows import plain
from flows.verdict import Verdict, assess

DATA = Path(__file__).resolve().parent / "data"
LIMITS = {"ja": 900, "en": 1500}


def load(name: str, part: str) -> list[dict]:
    return [{**s, "part": part} for s in yaml.safe_load((DATA / name).read_text(encoding="utf-8"))]


TUNING = load("scenarios.yaml", "tuning")
HELDOUT = load("scenarios_heldout.yaml", "heldout")
ALL = TUNING + HELDOUT


def sid(s: dict) -> str:
    return f"{s['part']}-{s['id']}"


def main_texts(v: Verdict) -> dict[str, str]:
    """What the user sees of the main verdict message, per surface."""
    return {
        "dm": blocks.visible_text(blocks.verdict_blocks(v, run=1)[0]),
        "form": blocks.visible_text(blocks.verdict_blocks(v)[0]),
        "quick": blocks.visible_text(blocks.verdict_blocks(v, quick=True)[0]),
        "terminal": plain.verdict_text(v),
    }


def everything(v: Verdict) -> str:
    """Main message, details (with every source and URL) and the reply, as the user can see them."""
    expanded = blocks.visible_text(blocks.verdict_blocks(v, run=1, expanded=True)[0])
    reply = blocks.visible_text(blocks.reply_blocks(v)[0])
    return "\n".join([*main_texts(v).values(), expanded, plain.details_text(v), plain.reply_text(v), reply])


def problems(s: dict) -> list[str]:
    """Every way the verdict for this scenario misses its expectations (empty: it passes)."""
    v = assess(s["answers"], s["lang"])
    out = []
    if v.level.value != s["level"]:
        out.append(f"level {v.level.value}, expected {s['level']}")
    if not v.steps or v.steps[0].id != s["first_step"]:
        out.append(f"first step {v.step_ids[:1]}, expected {s['first_step']}")
    if "steps" in s and list(v.step_ids) != s["steps"]:
        out.append(f"steps {list(v.step_ids)}, expected {s['steps']}")
    seen = everything(v).lower()
    out += [f"says {bad!r}" for bad in s["must_not"] if bad.lower() in seen]
    for surface, text in main_texts(v).items():
        out += [f"{surface}: does not mention {word!r}" for word in s.get("must_mention", [])
                if word.lower() not in text.lower()]
        if len(text) > LIMITS[s["lang"]]:
            out.append(f"{surface}: {len(text)} characters (limit {LIMITS[s['lang']]})")
    return out


@pytest.mark.parametrize("s", TUNING, ids=sid)
def test_tuning_scenario(s: dict) -> None:
    assert not problems(s), problems(s)


@pytest.mark.parametrize("s", HELDOUT, ids=sid)
def test_heldout_scenario(s: dict) -> None:
    assert not problems(s), problems(s)


def test_pass_rates() -> None:
    """Prints the pass rate of each part of the corpus (the per-scenario tests say which ones fail)."""
    for name, part in (("tuning", TUNING), ("held-out", HELDOUT)):
        passed = sum(not problems(s) for s in part)
        print(f"\n{name}: {passed}/{len(part)} scenarios pass")


def test_adding_a_question_no_rule_reads_leaves_every_scenario_verdict_unchanged(monkeypatch) -> None:
    """docs/adding-a-question.md, step 1: a new question, before any rule reads it, changes no verdict of the
    corpus (it is asked, but its answer cannot change the verdict, so it is never "still to check")."""
    from flows import verdict as verdict_module
    from flows.questions import QUESTIONS, Option, Question

    throwaway = Question(
        id="portfolio_link", short={"ja": "ポートフォリオ", "en": "Portfolio"},
        ask={"ja": "ポートフォリオのリンクを送りましたか？", "en": "Did you send your portfolio link?"},
        reask={"ja": "はいかいいえで教えてください。", "en": "Yes or no?"},
        help={"ja": "（試験用の質問）", "en": "(a question for this test)"},
        options=(Option("sent", {"ja": "送った", "en": "Sent"}), Option("not_sent", {"ja": "まだ", "en": "Not yet"})))
    before = {s["id"]: assess(s["answers"], s["lang"]) for s in TUNING + HELDOUT}
    monkeypatch.setattr(verdict_module, "QUESTIONS", (*QUESTIONS, throwaway))
    for s in TUNING + HELDOUT:
        after = assess(s["answers"], s["lang"])
        assert (after.level, after.still_to_check) == (before[s["id"]].level, before[s["id"]].still_to_check), s["id"]
