"""The reading corpus read by the one-pass reader (flows/parse.read, through tests/reading_eval.new_reader).

Prints, for the tuning part (tests/data/reading_corpus.yaml) and the held-out part (reading_heldout.yaml,
written before any tuning and never edited), per-question answer accuracy, the re-ask rate and the unsafe
readings (``pytest -s tests/test_reading_corpus.py`` shows it; a failure shows it too).

THE SAFETY RULE: no reading may make the verdict look safer than the label, so unsafe readings must be 0 on
both parts. The accuracy floors are what the reader reaches, minus a margin. Held-out history (answers,
re-ask, unsafe): the old parser 63%, 24%, 20 (old option values) / 72%, 18%, 15 (new option values); the new
reader at its first held-out run 95% (87/92), 4% (3/82), 2; after fixing the kinds of error that run showed
(a bare "move to Chatwork", a bank transfer "directly", "on Monday" read as the future, polite command endings)
100%, 0%, 0 — a figure no longer blind to the held-out items.
"""

from __future__ import annotations

import pytest

from tests.reading_eval import HELDOUT, TUNING, Report, format_report, load, new_reader, score

FLOORS = {"tuning": 0.97, "held-out": 0.92}  # answer accuracy
REASK_CEILING = {"tuning": 0.05, "held-out": 0.08}  # share of labelled answers the reader would ask again


@pytest.fixture(scope="module")
def reports() -> dict[str, Report]:
    out = {title: score(load(path), new_reader) for title, path in (("tuning", TUNING), ("held-out", HELDOUT))}
    for title, report in out.items():
        print()
        print(summary(report, title))
    return out


def summary(report: Report, title: str) -> str:
    """The report up to the list of wrong readings (the unsafe ones included), for the test output."""
    text = format_report(report, title)
    return text.split("\nwrong or incomplete readings:")[0] + f"\nwrong or incomplete readings: {len(report.wrong)}"


@pytest.mark.parametrize("title", ["tuning", "held-out"])
def test_no_unsafe_readings(reports, title):
    report = reports[title]
    assert not report.unsafe, summary(report, title)


@pytest.mark.parametrize("title", ["tuning", "held-out"])
def test_answer_accuracy_floor(reports, title):
    report = reports[title]
    total = report.total
    assert total.correct >= FLOORS[title] * total.items, summary(report, title)


@pytest.mark.parametrize("title", ["tuning", "held-out"])
def test_reask_rate_ceiling(reports, title):
    report = reports[title]
    total = report.total
    assert total.reask <= REASK_CEILING[title] * total.labelled, summary(report, title)


@pytest.mark.parametrize("title", ["tuning", "held-out"])
def test_every_question_is_read(reports, title):
    """No question is left behind by a good total: each is read right at least 85% of the time."""
    report = reports[title]
    low = {q: f"{s.correct}/{s.items}" for q, s in report.questions.items() if s.items and s.correct < 0.85 * s.items}
    assert not low, summary(report, title)


@pytest.mark.parametrize("title", ["tuning", "held-out"])
def test_commands_and_signs(reports, title):
    report = reports[title]
    assert report.false_commands == 0, summary(report, title)
    assert report.commands_hit >= 0.75 * report.commands_labelled, summary(report, title)
    assert report.signs_hit >= 0.9 * report.signs_labelled, summary(report, title)
