"""The verdict scenario corpus (tests/data/scenarios*.yaml): shape only, the verdict is not run here."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).resolve().parent / "data"
HELDOUT = DATA / "scenarios_heldout.yaml"
MAIN = DATA / "scenarios.yaml"

# The agreed option ids (the shared brief), new values included.
OPTIONS: dict[str, set[str]] = {
    "platform": {"crowdworks", "lancers", "coconala"},
    "contract": {"negotiating", "contracted"},
    "job_format": {"fixed_single", "fixed_milestone", "hourly", "task", "competition", "unsure"},
    "escrow": {"all", "current_milestone", "promised", "not_yet", "unsure"},
    "contact_request": {"approved", "pending", "refused", "not_applied", "unsure"},
    "client": {"verified", "history_only", "new_account", "unsure"},
    "warning_signs": {"direct_deal", "move_before_contract", "id_or_bank", "contact_details", "survey_to_line",
                      "no_work_answers", "mlm_or_unpaid", "upfront_fee", "work_before_escrow", "fake_official",
                      "none"},
}
LEVELS = {"safe", "safe_if", "stop"}
# Each expected step list follows one of these orders (a subsequence of it).
ORDERS: tuple[tuple[str, ...], ...] = (
    ("submit_on_platform", "propose_on_platform", "stay_on_platform", "confirm_escrow", "file_contact_request",
     "wait_for_approval", "exchange_ids", "record_hours", "keep_on_platform"),
    ("wait_escrow", "lancers_contact_request", "exchange_ids", "pay_on_platform"),
    ("stay_on_coconala",),
    ("do_not_reply", "decline", "stay_on_platform", "keep_evidence"),
)
STEPS = {step for order in ORDERS for step in order}
REQUIRED = {"id", "lang", "answers", "level", "first_step", "must_not", "note"}
OPTIONAL = {"steps", "must_mention"}


def load(path: Path) -> list[dict]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, list), f"{path.name}: a list of scenarios"
    return data


HELD = load(HELDOUT)
ALL = HELD + load(MAIN)


def is_subsequence(steps: list[str], order: tuple[str, ...]) -> bool:
    rest = iter(order)
    return all(step in rest for step in steps)


def test_counts() -> None:
    assert len(HELD) >= 14
    assert len(ALL) >= 60
    for lang in ("ja", "en"):
        assert sum(s.get("lang") == lang for s in ALL) >= len(ALL) // 3, lang


def test_ids_unique() -> None:
    ids = [s.get("id") for s in ALL]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})


@pytest.mark.parametrize("s", ALL, ids=lambda s: str(s.get("id")))
def test_keys_and_types(s: dict) -> None:
    assert not REQUIRED - set(s), REQUIRED - set(s)
    assert set(s) <= REQUIRED | OPTIONAL, set(s) - REQUIRED - OPTIONAL
    assert s["lang"] in ("ja", "en")
    assert s["id"].endswith("-" + s["lang"])
    assert isinstance(s["note"], str) and s["note"].strip()
    for key in ("must_not", "must_mention"):
        values = s.get(key, [])
        assert isinstance(values, list) and all(isinstance(v, str) and v for v in values), key


@pytest.mark.parametrize("s", ALL, ids=lambda s: str(s.get("id")))
def test_answers_use_option_ids(s: dict) -> None:
    answers = s["answers"]
    assert isinstance(answers, dict)
    assert set(answers) <= set(OPTIONS), set(answers) - set(OPTIONS)
    for key, value in answers.items():
        if key == "warning_signs":
            assert isinstance(value, list) and value and len(value) == len(set(value))
            assert set(value) <= OPTIONS[key], set(value) - OPTIONS[key]
            assert "none" not in value or value == ["none"]
        else:
            assert value in OPTIONS[key], (key, value)


@pytest.mark.parametrize("s", ALL, ids=lambda s: str(s.get("id")))
def test_level_and_steps(s: dict) -> None:
    assert s["level"] in LEVELS
    assert s["first_step"] in STEPS
    steps = s.get("steps")
    if steps is None:
        return
    assert set(steps) <= STEPS, set(steps) - STEPS
    assert steps[0] == s["first_step"]
    assert len(steps) == len(set(steps))
    assert not {"file_contact_request", "wait_for_approval"} <= set(steps)
    assert any(is_subsequence(steps, order) for order in ORDERS), steps


@pytest.mark.parametrize("s", [s for s in ALL if s.get("level") == "safe"], ids=lambda s: str(s.get("id")))
def test_safe_only_when_everything_is_known(s: dict) -> None:
    answers = s["answers"]
    needed = ["platform", "contract", "job_format", "escrow", "client", "warning_signs"]
    if answers.get("platform") == "crowdworks":
        needed.append("contact_request")
    if answers.get("job_format") in ("task", "competition"):
        needed.remove("escrow")  # escrowed before publication (facts.md)
    unknown = [k for k in needed if answers.get(k) in (None, "unsure")]
    assert not unknown, unknown


@pytest.mark.parametrize("s", [s for s in ALL if s.get("level") == "stop"], ids=lambda s: str(s.get("id")))
def test_stop_forbids_move_advice(s: dict) -> None:
    assert "5,000" in s["must_not"]
