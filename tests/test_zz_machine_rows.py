"""Every row of the conversation's table is taken by a behaviour test, and taking any row away changes what a
user sees (a message, the next question, what is recorded) in at least one step those tests took.

Runs last (its file name): it replays the steps the session's other tests took (tests/machine_rows.py), each
with one row removed from the machine. Run alone, it has nothing to replay and is skipped.
"""

from __future__ import annotations

import pytest

from flows import conversation
from tests.machine_rows import TAKEN, advisor_without, plain_turn, table_rows


def _describe(index: int) -> str:
    row = conversation.ROWS[index]
    return (f"row {index}: {row['trigger']} from {row['source']} to {row['dest']} "
            f"({row.get('conditions') or row.get('unless') or ''})")


def test_every_row_is_taken_and_needed():
    if sum(len(samples) for samples in TAKEN.values()) < 100:
        pytest.skip("run with the whole suite: the conversation tests' steps are what is replayed")
    rows = table_rows()
    never = [_describe(n) for n, expanded in rows.items() if not expanded & set(TAKEN)]
    assert not never, "rows no test takes:\n" + "\n".join(never)
    unseen = []
    for n, expanded in rows.items():
        advisor = advisor_without(expanded)
        samples = [sample for index in expanded for sample in TAKEN.get(index, [])]
        if all(plain_turn(advisor, before, event) == turn for before, event, turn in samples):
            unseen.append(_describe(n))
    assert not unseen, "rows whose removal no step of the tests would show:\n" + "\n".join(unseen)
