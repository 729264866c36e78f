"""Named conditions on the answers, used by questions.py (``ask_if``, ``only_if``) and by the rules.

Answers are a plain dict: question id -> option value (a list of values for a multi-choice question).
A missing key means "not answered yet".
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

Answers = Mapping[str, Any]

DEFAULT_PLATFORM = "crowdworks"


def platform(answers: Answers) -> str:
    """The platform, CrowdWorks when not (yet) known: the product is about CrowdWorks first."""
    return answers.get("platform") or DEFAULT_PLATFORM


def signs(answers: Answers) -> set[str]:
    """The warning signs reported so far (empty when none or not asked)."""
    value = answers.get("warning_signs") or []
    return {v for v in value if v != "none"}


def implied(answers: Answers) -> dict[str, str]:
    """Answers that follow from other answers, so the question need not be asked.

    - Task and competition jobs are escrowed before they are published (CrowdWorks FAQ 10030, 10028).
    - Before the contract there is no escrow yet.
    - Escrow is made at the contract (CrowdWorks FAQ 10099), so an escrowed job is contracted.
    """
    out: dict[str, str] = {}
    if answers.get("job_format") in ("task", "competition"):
        out["escrow"] = "all"
    elif answers.get("contract") == "negotiating":
        out["escrow"] = "not_yet"
    if answers.get("escrow") in ("all", "current_milestone"):
        out["contract"] = "contracted"
    return out


def effective(answers: Answers) -> dict[str, Any]:
    """The answers given plus the implied ones (given answers win)."""
    return {**implied(answers), **answers}


def platform_not_coconala(answers: Answers) -> bool:
    return platform(answers) != "coconala"


def is_crowdworks(answers: Answers) -> bool:
    return platform(answers) == "crowdworks"


def is_lancers(answers: Answers) -> bool:
    return answers.get("platform") == "lancers"


def is_milestone(answers: Answers) -> bool:
    return answers.get("job_format") == "fixed_milestone"


def contract_question_applies(answers: Answers) -> bool:
    """Not for task jobs: they are published once escrowed, with no contract to sign (a competition's contract
    is the selection)."""
    return platform_not_coconala(answers) and answers.get("job_format") != "task"


def escrow_question_applies(answers: Answers) -> bool:
    return platform_not_coconala(answers) and "escrow" not in implied(answers)


CONDITIONS: dict[str, Callable[[Answers], bool]] = {
    "platform_not_coconala": platform_not_coconala,
    "is_crowdworks": is_crowdworks,
    "is_lancers": is_lancers,
    "is_milestone": is_milestone,
    "escrow_question_applies": escrow_question_applies,
    "contract_question_applies": contract_question_applies,
}


def holds(name: str | None, answers: Answers) -> bool:
    """True when the named condition holds (no condition always holds)."""
    return name is None or CONDITIONS[name](answers)
