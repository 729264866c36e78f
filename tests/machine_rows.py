"""Which rows of the conversation's table (flows/conversation.py) the tests take, and what each step gave.

`install_recorder()` (from conftest.py, before any test) makes every `Advisor.step` of the session keep, for each
row it took, a few samples: the conversation before, the input and the turn it gave. tests/test_zz_machine_rows.py
then checks that every row is taken and that taking it away changes what a user sees in at least one of them.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from transitions import EventData

from flows import conversation
from flows.conversation import Advisor, Conversation, Input, Turn

SAMPLES_PER_ROW = 25
TAKEN: dict[int, list[tuple[Conversation, Input, Turn]]] = defaultdict(list)
_rows_now: list[int] = []


def row_index(event: EventData) -> int | None:
    """The index in conversation.TRANSITIONS of the row this event took."""
    taken = event.transition
    if taken is None:
        return None
    conditions = sorted((c.func, c.target) for c in taken.conditions)
    for n, row in enumerate(conversation.TRANSITIONS):
        if row["trigger"] != event.event.name or _conditions(row) != conditions:
            continue
        if _covers(row["source"], taken.source) and _dest(row, taken.source) == taken.dest:
            return n
    return None


def _conditions(row: dict[str, Any]) -> list[tuple[str, bool]]:
    def names(value: Any) -> list[str]:
        return [value] if isinstance(value, str) else list(value or [])
    return sorted([(c, True) for c in names(row.get("conditions"))] + [(u, False) for u in names(row.get("unless"))])


def _covers(source: Any, state: str) -> bool:
    return source == "*" or source == state or (isinstance(source, list) and state in source)


def _dest(row: dict[str, Any], source: str) -> str | None:
    return source if row["dest"] == "=" else row["dest"]


def _record(event: EventData) -> None:
    index = row_index(event)
    if index is not None:
        _rows_now.append(index)


PLAIN_STEP = Advisor.step


def plain_turn(advisor: Advisor, conv: Conversation, event: Input) -> Turn | str:
    """The turn an advisor gives, without recording; a step the machine cannot take gives its error's name."""
    try:
        return PLAIN_STEP(advisor, conv.copy(), event)
    except Exception as error:  # a trigger with no row left for it: MachineError
        return type(error).__name__


def install_recorder() -> None:
    conversation.MACHINE["finalize_event"] = _record
    plain_step = PLAIN_STEP

    def step(self: Advisor, conv: Conversation, event: Input) -> Turn:
        _rows_now.clear()
        before = conv.copy()
        turn = plain_step(self, conv, event)
        for index in set(_rows_now):
            if len(TAKEN[index]) < SAMPLES_PER_ROW:
                TAKEN[index].append((before, event, turn))
        return turn

    Advisor.step = step


def table_rows() -> dict[int, set[int]]:
    """Each row of the table as written (conversation.ROWS) → the indexes of the transitions it expands to (a
    row "for every question" is one transition per question)."""
    out = {}
    for n, row in enumerate(conversation.ROWS):
        expanded = conversation.expand([row])
        out[n] = {i for i, t in enumerate(conversation.TRANSITIONS) if t in expanded}
    return out


def advisor_without(indexes: set[int]) -> Advisor:
    """An Advisor whose machine lacks these transitions (one row of the table)."""
    from transitions import Machine

    advisor = Advisor()
    rows = [row for n, row in enumerate(conversation.TRANSITIONS) if n not in indexes]
    advisor.machine = Machine(model=None, **{**conversation.MACHINE, "transitions": rows,
                                             "finalize_event": None})
    return advisor
