"""The committed diagram (docs/flow.md and the README's section) is the one the machine generates."""

from __future__ import annotations

from flows import diagram
from flows.conversation import build_machine
from flows.questions import ORDER


def test_committed_diagram_matches_the_machine():
    assert diagram.main(["--check"]) == 0, "run: python -m flows.diagram"


def test_diagram_shows_every_question_the_verdict_and_the_conditions_on_the_arrows():
    text = diagram.mermaid(build_machine())
    for first, second in zip(ORDER, [*ORDER[1:], "verdict"], strict=True):
        assert f"{first} --> {second}: arrive [!needs_asking] / answer / unclear [has_fallback] / unclear" in text
    assert "verdict --> warning_signs: back [has_history]" in text
    assert 'state "仮払い (escrow)" as escrow' in text


def test_the_rows_table_lists_the_reask_limit_on_unclear():
    rows = diagram.table()
    assert "| unclear | any question | (stays) | attempts_left | count_attempt, ask |" in rows
    assert "| unclear | a question | the next question | has_fallback | give_up |" in rows
