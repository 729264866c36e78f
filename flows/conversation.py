"""The advice conversation: one `transitions` state machine shared by every conversation.

States, top to bottom:

    start ─advance─▶ platform ─▶ contract ─▶ job_format ─▶ escrow ─▶ contact_request ─▶ client
          ─▶ warning_signs ─▶ verdict                     (any state) ─cancel─▶ cancelled

- ``advance`` goes to the first question (in flows/questions.py order) that applies and has no answer
  yet, so answers already known (from a first message, or implied) are skipped; then to ``verdict``.
- ``back`` returns to the question answered last and forgets that answer.
- ``restart`` clears the answers and returns to ``start``; ``cancel`` ends the conversation.

A conversation is a plain `Conversation` model. `Advisor.step` attaches it to the machine, applies one
input (typed text, a picked option, or a command) and detaches it again, returning what to say as data
(`Ask`, `Chosen`, `Say`, `Result`) for the terminal or Slack to render.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from transitions import EventData, Machine

from flows import parse
from flows.conditions import DEFAULT_PLATFORM, effective, holds
from flows.questions import BY_ID, ORDER, Option, Question
from flows.verdict import Verdict, assess

MAX_ATTEMPTS = 3
DONE_STATES = ("verdict", "cancelled")
STATES = ["start", *ORDER, *DONE_STATES]


@dataclass
class Conversation:
    """One user's conversation: everything needed to continue it later. No message text is kept."""

    state: str = "start"
    lang: str = "ja"
    answers: dict[str, Any] = field(default_factory=dict)
    noted_signs: list[str] = field(default_factory=list)
    history: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    attempts: int = 0
    round: int = 0
    last_answers: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Conversation:
        names = cls.__dataclass_fields__
        return cls(**{k: v for k, v in data.items() if k in names})

    @property
    def finished(self) -> bool:
        return self.state in DONE_STATES

    def verdict_answers(self) -> dict[str, Any]:
        """The answers with the warning signs noticed in free text added."""
        answers = dict(self.answers)
        signs = [*answers.get("warning_signs", []), *self.noted_signs]
        if self.noted_signs or "warning_signs" in answers:
            answers["warning_signs"] = [s for s in dict.fromkeys(signs) if s != "none" or len(signs) == 1]
        return answers


# ---- what the advisor says, as data ----

@dataclass(frozen=True)
class Ask:
    question: Question
    options: tuple[Option, ...]
    attempt: int = 0
    preselected: tuple[str, ...] = ()
    show_help: bool = False


@dataclass(frozen=True)
class Chosen:
    question: Question
    values: tuple[str, ...]

    def labels(self, lang: str) -> list[str]:
        by_value = {o.value: o.label.get(lang, o.label["ja"]) for o in self.question.options}
        return [by_value[v] for v in self.values]


@dataclass(frozen=True)
class Say:
    key: str
    values: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Result:
    verdict: Verdict


Output = Ask | Chosen | Say | Result


def offered(question: Question, answers: dict[str, Any]) -> tuple[Option, ...]:
    """The options shown for a question, given the answers so far."""
    return tuple(o for o in question.options if holds(o.only_if, answers))


def next_question(conv: Conversation) -> str | None:
    """The first question that applies and is neither answered (or implied) nor skipped."""
    known = effective(conv.answers)
    for qid in ORDER:
        if qid not in known and qid not in conv.skipped and holds(BY_ID[qid].ask_if, conv.answers):
            return qid
    return None


def describe(answers: dict[str, Any], lang: str) -> str:
    """'仮払い: 仮払い済み、契約: 契約済み' for the answers given."""
    parts = []
    for qid, value in answers.items():
        values = value if isinstance(value, list) else [value]
        labels = "・".join(label_of(qid, v, lang) for v in values)
        parts.append(f"{BY_ID[qid].short[lang]}: {labels}")
    return "、".join(parts) if lang == "ja" else "; ".join(parts)


def label_of(question_id: str, value: str, lang: str) -> str:
    option = next(o for o in BY_ID[question_id].options if o.value == value)
    return option.label.get(lang, option.label["ja"])


# ---- the machine: built once from plain definitions ----

def _goes_next(dest: str | None):
    def condition(event: EventData) -> bool:
        return next_question(event.model) == dest
    return condition


def _was_last(dest: str):
    def condition(event: EventData) -> bool:
        return bool(event.model.history) and event.model.history[-1] == dest
    return condition


def _forget_last(event: EventData) -> None:
    conv: Conversation = event.model
    last = conv.history.pop()
    conv.answers.pop(last, None)
    if last in conv.skipped:
        conv.skipped.remove(last)


def _clear(event: EventData) -> None:
    conv: Conversation = event.model
    conv.answers, conv.noted_signs, conv.history, conv.skipped = {}, [], [], []
    conv.round += 1


def _reset_attempts(event: EventData) -> None:
    event.model.attempts = 0


def _keep_result(event: EventData) -> None:
    event.model.last_answers = event.model.verdict_answers()


ASKING = ["start", *ORDER]

TRANSITIONS: list[dict[str, Any]] = [
    # answering moves on to the first open question …
    *({"trigger": "advance", "source": ASKING, "dest": q, "conditions": [_goes_next(q)]} for q in ORDER),
    # … or to the verdict when none is left
    {"trigger": "advance", "source": ASKING, "dest": "verdict", "conditions": [_goes_next(None)],
     "after": [_keep_result]},
    # back: to the question answered last, forgetting that answer
    *({"trigger": "back", "source": [*ORDER, "verdict"], "dest": q, "conditions": [_was_last(q)],
       "before": [_forget_last]} for q in ORDER),
    {"trigger": "restart", "source": "*", "dest": "start", "before": [_clear]},
    {"trigger": "cancel", "source": "*", "dest": "cancelled"},
]


def build_machine() -> Machine:
    """The one machine every conversation model is attached to while it handles an input."""
    return Machine(model=None, states=STATES, transitions=TRANSITIONS, initial="start", auto_transitions=False,
                   send_event=True, after_state_change=[_reset_attempts], name="advisor")


# ---- inputs ----

@dataclass(frozen=True)
class Text:
    """A typed message."""

    text: str


@dataclass(frozen=True)
class Pick:
    """Option values picked with a button or checkboxes for one question."""

    question_id: str
    values: tuple[str, ...]


@dataclass(frozen=True)
class Command:
    """'start', 'restart', 'back', 'cancel', 'help' or 'resume' (ask the open question again)."""

    name: str


Input = Text | Pick | Command


@dataclass(frozen=True)
class Turn:
    conversation: Conversation
    outputs: list[Output]


class Advisor:
    """Applies inputs to conversations. One instance (one machine) serves every conversation."""

    def __init__(self) -> None:
        self.machine = build_machine()

    def start(self, lang: str = "ja", text: str | None = None, known: dict[str, Any] | None = None,
              previous: Conversation | None = None) -> Turn:
        """A new conversation, opened by a first message (which may already answer questions) or by
        answers already `known` (e.g. read from a /migrate-check text); `previous` keeps the last verdict."""
        conv = Conversation(lang=lang)
        if previous is not None:
            conv.round, conv.last_answers = previous.round + 1, previous.last_answers
        known = dict(known or {})
        conv.noted_signs = [s for s in known.pop("warning_signs", []) if s != "none"]
        conv.answers.update({q: v for q, v in known.items() if q in BY_ID})
        turn = self.step(conv, Text(text) if text else Command("start"))
        if known or conv.noted_signs:
            turn.outputs.insert(1, Say("understood", (("items", describe(conv.verdict_answers(), lang)),)))
        return turn

    def step(self, conv: Conversation, event: Input) -> Turn:
        """Apply one input to a copy of `conv`: the new conversation and what to say."""
        model = Conversation.from_dict(conv.to_dict())
        self.machine.add_model(model, initial=model.state)
        try:
            outputs = self._dispatch(model, event)
        finally:
            self.machine.remove_model(model)
        return Turn(Conversation.from_dict(model.to_dict()), outputs)

    def _dispatch(self, conv: Any, event: Input) -> list[Output]:
        if isinstance(event, Command):
            return self._command(conv, event.name)
        if isinstance(event, Pick):
            return self._pick(conv, event)
        name = parse.command(event.text)
        if name:
            return self._command(conv, name)
        if conv.state == "start" or conv.finished:
            return self._begin(conv, event.text)
        return self._answer_text(conv, event.text)

    def _command(self, conv: Any, name: str) -> list[Output]:
        if name == "help":
            return [Say("help"), *self._ask(conv, help_shown=True)]
        if name == "back":
            if conv.state == "cancelled":
                return [Say("finished")]
            if not conv.history or conv.state == "start":
                return [Say("nothing_to_go_back"), *self._ask(conv)]
            conv.back()
            return self._ask(conv)
        if name == "resume" and not conv.finished and conv.state != "start":
            return [Say("resumed"), *self._ask(conv)]
        if name == "cancel":
            conv.cancel()
            return [Say("cancelled")]
        if name == "restart":
            conv.restart()
            return [Say("restarted"), *self._advance(conv)]
        if conv.finished:
            conv.restart()
        return [Say("welcome"), *self._advance(conv)]

    def _begin(self, conv: Any, text: str) -> list[Output]:
        if conv.finished:
            conv.restart()
        return [Say("welcome"), *self._note(conv, text, current=None), *self._advance(conv)]

    def _answer_text(self, conv: Any, text: str) -> list[Output]:
        question = BY_ID[conv.state]
        values = self._values_in(conv, question, text)
        if values:
            chosen = self._remember(conv, question, values)
            return [chosen, *self._note(conv, text, current=question.id), *self._advance(conv)]
        notes = self._note(conv, text, current=question.id)
        if notes:
            return [*notes, *self._ask(conv)]
        return self._not_understood(conv, question)

    def _values_in(self, conv: Any, question: Question, text: str) -> list[str] | None:
        options = offered(question, conv.answers)
        values = parse.understand(question, options, text)
        if values is None and question.multi:
            values = parse.signs_in(text) or None
        if values is None:
            stated = parse.facts_in(text).get(question.id)
            values = [stated] if stated in {o.value for o in options} else None
        return values

    def _note(self, conv: Any, text: str, current: str | None) -> list[Output]:
        """Record facts and warning signs a message states beyond the current question."""
        facts = {q: v for q, v in parse.facts_in(text).items() if q not in conv.answers and q != current}
        conv.answers.update(facts)
        known = {*conv.noted_signs, *conv.answers.get("warning_signs", [])}
        signs = [] if current == "warning_signs" else [s for s in parse.signs_in(text) if s not in known]
        conv.noted_signs.extend(signs)
        out: list[Output] = []
        if facts:
            out.append(Say("understood", (("items", describe(facts, conv.lang)),)))
        if signs:
            items = ("、" if conv.lang == "ja" else ", ").join(label_of("warning_signs", s, conv.lang) for s in signs)
            out.append(Say("signs_noted", (("items", items),)))
        return out

    def _pick(self, conv: Any, pick: Pick) -> list[Output]:
        if conv.finished:
            return [Say("finished")]
        question = BY_ID.get(pick.question_id)
        allowed = {o.value for o in offered(question, conv.answers)} if question else set()
        if conv.state != pick.question_id or not set(pick.values) <= allowed:
            return [Say("stale")]
        values = [v for v in pick.values if v != "none"] or list(pick.values)
        if not values or (len(values) > 1 and not question.multi):
            return self._not_understood(conv, question)
        return self._record(conv, question, values)

    def _record(self, conv: Any, question: Question, values: list[str]) -> list[Output]:
        return [self._remember(conv, question, values), *self._advance(conv)]

    def _remember(self, conv: Any, question: Question, values: list[str]) -> Chosen:
        if question.multi and len(values) > 1:
            values = [v for v in values if v != "none"]
        conv.answers[question.id] = values if question.multi else values[0]
        conv.history.append(question.id)
        return Chosen(question, tuple(values))

    def _not_understood(self, conv: Any, question: Question) -> list[Output]:
        conv.attempts += 1
        if conv.attempts < MAX_ATTEMPTS:
            return self._ask(conv)
        fallback = question.unknown or (DEFAULT_PLATFORM if question.id == "platform" else None)
        if fallback is None:
            conv.skipped.append(question.id)
            conv.history.append(question.id)  # so "back" can return to it
            return [Say("skipped"), *self._advance(conv)]
        conv.answers[question.id] = fallback
        conv.history.append(question.id)
        label = label_of(question.id, fallback, conv.lang)
        return [Say("gave_up", (("value", label),)), *self._advance(conv)]

    def _advance(self, conv: Any) -> list[Output]:
        conv.advance()
        return self._ask(conv)

    def _ask(self, conv: Any, help_shown: bool = False) -> list[Output]:
        if conv.state == "verdict":
            return [Result(assess(conv.verdict_answers(), conv.lang))]
        if conv.state not in BY_ID:
            return []
        question = BY_ID[conv.state]
        preselected = tuple(conv.noted_signs) if question.multi else ()
        return [Ask(question, offered(question, conv.answers), conv.attempts, preselected, help_shown)]
