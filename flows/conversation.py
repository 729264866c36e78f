"""The advice conversation: one `transitions` state machine shared by every conversation.

``TRANSITIONS`` below is the whole conversation, one row per way it can move, read top to bottom; the
diagram in docs/flow.md is generated from it (``python -m flows.diagram``). In a row:

- ``trigger`` is the kind of input: ``answer`` (an understood answer), ``unclear`` (not understood),
  ``asked`` (a question the FAQ answers, flows/faq.py, and nothing else the conversation can use),
  ``noted`` (not an answer, but other facts or warning signs), ``help``, ``back``, ``restart``,
  ``cancel``, ``begin`` (a first message), ``open`` (a button or command that opens the conversation in the
  DM, maybe with answers already known), ``late`` (a resent message older than the last one read), a click:
  ``stale_click`` (a button of another question or round), ``again`` (the "check again" button); ``not_delivered`` (a message while the open question, or
  the verdict, never reached the user: Slack refused to post it); and ``arrive`` / ``arrive_back``, fired by
  the machine itself on entering a question, to ask it or pass it;
- ``conditions`` / ``unless`` are named conditions (methods of `Step`), e.g. ``attempts_left``;
- ``before`` / ``after`` are what the row does and says (methods of `Step`).

The first row whose conditions hold is taken. A conversation is a plain `Conversation`; `Advisor.step`
wraps a copy of it in a `Step`, attaches that to the machine, fires the trigger for the input and detaches
it again, returning what to say as data (`Ask`, `Chosen`, `Say`, `Result`, `Answer`) for the terminal or Slack.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from transitions import EventData, Machine

from flows import faq, parse
from flows.conditions import DEFAULT_PLATFORM, effective, holds
from flows.questions import (
    BY_ID,
    CHECK_BEFORE_SAFE,
    CONFIRM,
    CONFIRM_FACT,
    CONFIRM_MORE,
    CONFIRM_READ,
    CONFIRM_READ_ALL,
    ORDER,
    Option,
    Question,
)
from flows.verdict import Level, Verdict, assess

MAX_ATTEMPTS = 3
DONE = ["verdict", "cancelled"]
ASKING = [*ORDER, "confirming"]
STATES = ["start", *ORDER, "confirming", *DONE]
NEXT = dict(zip(ORDER, [*ORDER[1:], "verdict"], strict=True))
PREVIOUS = dict(zip([*ORDER[1:], "verdict"], ORDER, strict=True))
DOUBLE_CLICK = 2.0  # seconds: a second open click this soon after the last one is the same click twice
ASIDES = ("stale", "finished")  # said about a click: only the one who clicked needs to see it


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
    doubts: list[list[str]] = field(default_factory=list)  # readings to confirm: [question id, value]
    last_ts: str = ""     # when the last typed message read was sent (Slack's ts): a resend older than it is late
    last_open: str = ""   # when the last "open" click was made, until anything else comes (a double click)
    read_from_words: list[str] = field(default_factory=list)  # answers read from typed words, not confirmed yet

    def to_dict(self) -> dict[str, Any]:
        """The fields as plain data (lists and dicts copied)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Conversation:
        names = cls.__dataclass_fields__
        data = {"read_from_words": data.get("read_in_passing", []), **data}  # its name until 2026-12
        return cls(**{k: v for k, v in data.items() if k in names})

    def copy(self) -> Conversation:
        """A copy whose lists and dicts can be changed without touching this one."""
        answers = {k: list(v) if isinstance(v, list) else v for k, v in self.answers.items()}
        last = None if self.last_answers is None else {
            k: list(v) if isinstance(v, list) else v for k, v in self.last_answers.items()}
        return Conversation(self.state, self.lang, answers, list(self.noted_signs), list(self.history),
                            list(self.skipped), self.attempts, self.round, last, [list(d) for d in self.doubts],
                            self.last_ts, self.last_open, list(self.read_from_words))

    @property
    def finished(self) -> bool:
        return self.state in DONE

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
    """A verdict: its main message ("main"), its details ("details") or the reply to send ("reply")."""

    verdict: Verdict
    part: str = "main"


@dataclass(frozen=True)
class Answer:
    """The answer to a question the user asked (a flows/faq.py entry), and, when `offer`, the offer to check
    their own case."""

    entry_id: str
    offer: bool = False


Output = Ask | Chosen | Say | Result | Answer


# ---- inputs ----

@dataclass(frozen=True)
class Text:
    """A typed message; `ts` when it was sent (Slack's ts) and `resent` when this is a second delivery of it."""

    text: str
    ts: str = ""
    resent: bool = False


@dataclass(frozen=True)
class Pick:
    """Option values picked with a button or checkboxes for one question (in conversation round `round`,
    when the button says which)."""

    question_id: str
    values: tuple[str, ...]
    round: int | None = None


@dataclass(frozen=True)
class Again:
    """The "check again" button under a verdict of round `round`."""

    round: int


@dataclass(frozen=True)
class Command:
    """'start', 'restart', 'back', 'cancel', 'help', 'details' or
    'reply' (the verdict's details, or the reply to send the client)."""

    name: str


@dataclass(frozen=True)
class Open:
    """A button or command that opens the conversation (a start button, /migrate-check's "continue in the DM"),
    with the answers already `known`, if any; `at` is when it was clicked (Slack's action_ts)."""

    known: dict[str, Any] | None = None
    at: str = ""


@dataclass(frozen=True)
class Missed:
    """A typed message while the open question (or the verdict) was never shown: Slack refused to post it.
    It is not read as an answer; only an anytime command counts. `reason`: "busy", "slack_error" or ""."""

    text: str
    reason: str = ""
    ts: str = ""


Input = Text | Pick | Again | Command | Open | Missed


def offered(question: Question, answers: dict[str, Any]) -> tuple[Option, ...]:
    """The options shown for a question, given the answers so far."""
    return tuple(o for o in question.options if holds(o.only_if, answers))


def describe(answers: dict[str, Any], lang: str) -> str:
    """'仮払い: 仮払い済み、契約: 契約済み' for the answers given."""
    parts = []
    for qid, value in answers.items():
        values = value if isinstance(value, list) else [value]
        labels = "・".join(label_of(qid, v, lang) for v in values)
        parts.append(f"{BY_ID[qid].short[lang]}: {labels}")
    return "、".join(parts) if lang == "ja" else "; ".join(parts)


def _read_as(pairs: list[tuple[str, Any]], lang: str) -> str:
    """「お書きいただいた内容から「仮払い：仮払い済み」と読み取りました。…」; several readings one per line."""
    def line(qid: str, value: Any) -> str:
        option = {o.value: o for o in BY_ID[qid].options}
        labels = [(option[v].read_as or option[v].label)[lang] for v in (value if isinstance(value, list) else [value])]
        return BY_ID[qid].short[lang] + ("：" if lang == "ja" else ": ") + ("、" if lang == "ja" else "; ").join(labels)
    if len(pairs) == 1:
        return CONFIRM_READ[lang].format(items=line(*pairs[0]))
    bullet = "・" if lang == "ja" else "• "
    return CONFIRM_READ_ALL[lang].format(items="\n".join(bullet + line(q, v) for q, v in pairs))


def label_of(question_id: str, value: str, lang: str) -> str:
    option = next(o for o in BY_ID[question_id].options if o.value == value)
    return option.label.get(lang, option.label["ja"])


# ---- the machine: one table ----

QUESTION = "a question"  # a row for every question (in ORDER); its dest NEXT / PREVIOUS is that question's
NEXT_ONE, PREVIOUS_ONE = "the next question", "the previous question"
ANYWHERE = "*"
IDLE = ["start", *DONE]

ROWS: list[dict[str, Any]] = [
    # a first message (or the first after the end): welcome, note what it says, then the first open question
    # (or first a yes/no check of what it may say, when that would change the verdict: see "confirming")
    # (a question it asks is answered first; a reading to check is asked on arriving, see "arrive")
    {"trigger": "begin", "source": IDLE, "dest": "platform", "before": ["new_round", "answer_question", "welcome", "note"]},
    {"trigger": "begin", "source": ASKING, "dest": None, "after": ["welcome", "ask"]},
    # opened from a button or a command: the same click twice does nothing; a check going on is picked up again
    # (unless it brings answers); otherwise a new check starts with the answers it brings
    {"trigger": "open", "source": ANYWHERE, "dest": None, "conditions": "repeats_open"},
    {"trigger": "open", "source": ASKING, "dest": None, "unless": "brings_answers", "after": ["say_resumed", "ask"]},
    {"trigger": "open", "source": ANYWHERE, "dest": "platform",
     "before": ["start_over", "take_known", "welcome", "say_known"]},
    # a resent message older than the last one read: never read as an answer it did not give; the user is told
    {"trigger": "late", "source": ANYWHERE, "dest": None, "after": "say_late"},
    # entering a question: first any yes/no check still open; ask it, or pass it when it is answered, implied,
    # or does not apply
    {"trigger": "arrive", "source": QUESTION, "dest": "confirming", "conditions": "has_doubts"},
    {"trigger": "arrive", "source": QUESTION, "dest": NEXT_ONE, "unless": "needs_asking"},
    {"trigger": "arrive", "source": QUESTION, "dest": None, "after": "ask"},
    # an understood answer: echo it, note what else the message said, go on (a reading to check first: see below)
    # (and a question it asks is answered)
    {"trigger": "answer", "source": QUESTION, "dest": "confirming", "conditions": "doubtful",
     "before": ["record", "note", "answer_question"]},
    {"trigger": "answer", "source": QUESTION, "dest": NEXT_ONE, "before": ["record", "note", "answer_question"]},
    # not an answer, but other facts or signs: say what was noted and ask (or pass) the question again (entering
    # it again asks first any reading to check)
    {"trigger": "noted", "source": ASKING, "dest": "=", "before": ["note", "answer_question"]},
    # a question only (「無料プランだと消えるの？」): its answer; between checks, with the offer to check their own
    # case (the question the check itself answers starts it); in the middle of one, the open question again
    {"trigger": "asked", "source": IDLE, "dest": "platform", "conditions": "starts_check",
     "before": ["new_round", "answer_question", "welcome"]},
    {"trigger": "asked", "source": IDLE, "dest": None, "after": "answer_question"},
    {"trigger": "asked", "source": ASKING, "dest": None, "after": ["answer_question", "ask"]},
    # a reading that would change the verdict and is not sure (a sign near a negation, two statements that
    # disagree): one yes/no question naming it; the answer settles it, and the conversation goes on where it was
    {"trigger": "settle", "source": "confirming", "dest": "platform", "before": ["take_check", "note"]},
    # not understood: a re-ask worded differently, then with the help; then a safe fallback, or skip it
    {"trigger": "unclear", "source": ASKING, "dest": None, "conditions": "attempts_left",
     "before": "count_attempt", "after": "ask"},
    {"trigger": "unclear", "source": "confirming", "dest": "platform", "before": "leave_unknown"},
    {"trigger": "unclear", "source": QUESTION, "dest": NEXT_ONE, "conditions": "has_fallback", "before": "give_up"},
    {"trigger": "unclear", "source": QUESTION, "dest": NEXT_ONE, "before": "skip_question"},
    {"trigger": "help", "source": ASKING, "dest": None, "after": ["say_help", "ask_with_help"]},
    {"trigger": "help", "source": IDLE, "dest": None, "after": "say_help"},
    # back: to the question answered last, passing the ones not answered by the user, forgetting that answer
    {"trigger": "back", "source": "cancelled", "dest": None, "after": "say_finished"},
    {"trigger": "back", "source": "confirming", "dest": "platform", "before": "drop_doubts"},
    {"trigger": "back", "source": [*ORDER[1:], "verdict"], "dest": PREVIOUS_ONE, "conditions": "has_history"},
    {"trigger": "back", "source": ["start", *ORDER, "verdict"], "dest": None, "after": ["say_first", "ask"]},
    {"trigger": "arrive_back", "source": list(ORDER[1:]), "dest": PREVIOUS_ONE, "unless": "was_answered"},
    {"trigger": "arrive_back", "source": QUESTION, "dest": None, "before": "forget", "after": "ask"},
    {"trigger": "restart", "source": ANYWHERE, "dest": "platform", "before": ["clear", "say_restarted"]},
    {"trigger": "cancel", "source": ANYWHERE, "dest": "cancelled", "after": "say_cancelled"},
    # after the verdict: its details, or a reply to send the client
    {"trigger": "details", "source": "verdict", "dest": None, "after": "say_details"},
    {"trigger": "reply", "source": "verdict", "dest": None, "after": "say_reply"},
    {"trigger": "details", "source": ASKING, "dest": None, "after": ["say_details_later", "ask"]},
    {"trigger": "reply", "source": ASKING, "dest": None, "after": ["say_details_later", "ask"]},
    {"trigger": "details", "source": IDLE, "dest": None, "after": "say_details_later"},
    {"trigger": "reply", "source": IDLE, "dest": None, "after": "say_details_later"},
    # clicks that do not answer the open question
    {"trigger": "stale_click", "source": "start", "dest": "platform", "before": ["say_expired", "welcome"]},
    {"trigger": "stale_click", "source": ANYWHERE, "dest": None, "conditions": "repeats_last_click"},
    {"trigger": "stale_click", "source": DONE, "dest": None, "after": "say_finished"},
    {"trigger": "stale_click", "source": ASKING, "dest": None, "after": "say_stale"},
    # "check again" under a verdict: once, even when clicked twice
    {"trigger": "again", "source": "start", "dest": "platform", "before": "welcome"},
    {"trigger": "again", "source": ANYWHERE, "dest": "platform", "conditions": "same_round",
     "before": ["clear", "say_restarted"]},
    {"trigger": "again", "source": ANYWHERE, "dest": None, "conditions": "just_restarted"},
    {"trigger": "again", "source": ANYWHERE, "dest": None, "after": "say_stale"},
    # arriving at the verdict: a ✅ that rests on answers read from typed words checks them first, with one yes/no
    # question naming them (settled as above; the conversation comes back here)
    {"trigger": "conclude", "source": "verdict", "dest": "confirming", "conditions": "safe_on_readings",
     "before": "check_readings"},
    {"trigger": "conclude", "source": "verdict", "dest": None, "after": "give_verdict"},
    # the open question (or the verdict) never reached the user: the next message gets it again, with a note
    {"trigger": "not_delivered", "source": [*ASKING, "verdict"], "dest": None, "after": ["say_not_delivered", "ask"]},
]


def expand(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows as `transitions` takes them: a QUESTION row once per question, its NEXT_ONE / PREVIOUS_ONE
    dest resolved per source."""
    out = []
    for row in rows:
        sources = ORDER if row["source"] == QUESTION else None
        if sources is None and row["dest"] not in (NEXT_ONE, PREVIOUS_ONE):
            out.append(row)
            continue
        for source in sources or row["source"]:
            dest = {NEXT_ONE: NEXT, PREVIOUS_ONE: PREVIOUS}.get(row["dest"], {}).get(source, row["dest"])
            out.append({**row, "source": source, "dest": dest})
    return out


TRANSITIONS = expand(ROWS)

STATE_CONFIG: list[dict[str, Any]] = [
    {"name": "start"},
    *({"name": q, "on_enter": "arrived"} for q in ORDER),
    {"name": "confirming", "on_enter": "ask_doubt"},
    {"name": "verdict", "on_enter": "concluded"},
    {"name": "cancelled"},
]

MACHINE: dict[str, Any] = {
    "states": STATE_CONFIG, "transitions": TRANSITIONS, "initial": "start", "auto_transitions": False,
    "send_event": True, "queued": True, "name": "advisor",
}


class Step:
    """A conversation while one input is handled: the model attached to the machine. Its methods are the
    table's named conditions and callbacks; what they say is collected in `said`."""

    def __init__(self, conv: Conversation, click: Pick | Again | None = None) -> None:
        self.take(conv, click)

    def take(self, conv: Conversation, click: Pick | Again | None) -> None:
        """Handle the next input with this conversation (the model stays attached to the machine)."""
        self.conv = conv
        self.click = click
        self.said: list[Output] = []

    @property
    def state(self) -> str:
        return self.conv.state

    @state.setter
    def state(self, value: str) -> None:
        self.conv.state = value

    @property
    def question(self) -> Question:
        return BY_ID[self.conv.state]

    # -- conditions --

    def needs_asking(self, event: EventData) -> bool:
        """The question is not answered (nor implied), not skipped, and applies to the answers so far."""
        q, conv = self.conv.state, self.conv
        return q not in effective(conv.answers) and q not in conv.skipped and holds(BY_ID[q].ask_if, conv.answers)

    def starts_check(self, event: EventData) -> bool:
        """The question asked is the one the check answers for the user's own case."""
        return faq.BY_ID[event.kwargs["faq"]].starts_check

    def doubtful(self, event: EventData) -> bool:
        """The input brings a reading to check with a yes/no question."""
        return bool(event.kwargs.get("doubts"))

    def has_doubts(self, event: EventData) -> bool:
        return bool(self.conv.doubts)

    def attempts_left(self, event: EventData) -> bool:
        return self.conv.attempts + 1 < MAX_ATTEMPTS

    def has_fallback(self, event: EventData) -> bool:
        return self._fallback() is not None

    def has_history(self, event: EventData) -> bool:
        return bool(self.conv.history)

    def was_answered(self, event: EventData) -> bool:
        return self.conv.state in self.conv.history

    def repeats_last_click(self, event: EventData) -> bool:
        """A second copy of the click that gave the answer already recorded (a double click)."""
        pick = self.click
        if not isinstance(pick, Pick) or pick.round != self.conv.round:  # a button names its round
            return False
        answer = self.conv.answers.get(pick.question_id)
        given = tuple(answer) if isinstance(answer, list) else (answer,)
        return answer is not None and given == pick.values

    def repeats_open(self, event: EventData) -> bool:
        """The same open button clicked twice: the last open, with nothing else since, moments before."""
        at, last = _seconds(event.kwargs.get("at")), _seconds(self.conv.last_open)
        return bool(at and last) and abs(at - last) < DOUBLE_CLICK

    def brings_answers(self, event: EventData) -> bool:
        return bool(event.kwargs.get("known"))

    def same_round(self, event: EventData) -> bool:
        return isinstance(self.click, Again) and self.click.round == self.conv.round

    def just_restarted(self, event: EventData) -> bool:
        """The conversation was restarted by this same button a moment ago (a double click)."""
        return (isinstance(self.click, Again) and self.click.round + 1 == self.conv.round
                and not self.conv.history)

    # -- what the rows do --

    def arrived(self, event: EventData) -> None:
        self.conv.attempts = 0
        back = event.event.name in ("back", "arrive_back") and event.transition.source != "confirming"
        self.conv_trigger("arrive_back" if back else "arrive")

    def concluded(self, event: EventData) -> None:
        self.conv_trigger("conclude")

    def conv_trigger(self, name: str) -> None:
        self.trigger(name)  # added by the machine while attached; queued after the current transition

    def new_round(self, event: EventData) -> None:
        if self.conv.finished:
            self.clear(event)

    def clear(self, event: EventData) -> None:
        conv = self.conv
        conv.answers, conv.noted_signs, conv.history, conv.skipped = {}, [], [], []
        conv.read_from_words, conv.doubts = [], []
        conv.round += 1

    def start_over(self, event: EventData) -> None:
        """A new check: the answers and readings so far are dropped (the last verdict is kept for the Home tab),
        a conversation that was ever used starts a new round (its old buttons go stale)."""
        conv = self.conv
        if conv.state != "start" or conv.round or conv.last_answers is not None:
            self.clear(event)
        conv.doubts, conv.attempts, conv.read_from_words = [], 0, []

    def take_known(self, event: EventData) -> None:
        known = dict(event.kwargs.get("known") or {})
        self.conv.noted_signs = [s for s in known.pop("warning_signs", []) if s != "none"]
        self.conv.answers.update({q: v for q, v in known.items() if q in BY_ID})
        # read from a quick check's text, never picked: checked before a ✅ like anything read from words
        self.conv.read_from_words = [q for q in CHECK_BEFORE_SAFE if q in self.conv.answers]

    def say_known(self, event: EventData) -> None:
        items = describe(self.conv.verdict_answers(), self.conv.lang)
        if event.kwargs.get("known") and items:
            self.said.append(Say("understood", (("items", items),)))

    def record(self, event: EventData) -> None:
        question, values = self.question, list(event.kwargs["values"])
        if question.multi and len(values) > 1:
            values = [v for v in values if v != "none"]
        self.conv.answers[question.id] = values if question.multi else values[0]
        self.conv.history.append(question.id)
        self._confirmed([question.id])
        if event.kwargs.get("from_words") and question.id in CHECK_BEFORE_SAFE:
            self.conv.read_from_words.append(question.id)  # typed in words: checked before a ✅ rests on it
        self.said.append(Chosen(question, tuple(values)))

    def note(self, event: EventData) -> None:
        """Record the facts and warning signs the message stated beyond the current question, and the readings
        to check (a sign to check is not counted until it is confirmed)."""
        facts, signs = event.kwargs.get("facts") or {}, event.kwargs.get("signs") or []
        self.conv.answers.update(facts)
        passing = [q for q in facts if q in CHECK_BEFORE_SAFE and q not in self.conv.read_from_words]
        self.conv.read_from_words.extend(passing)
        self.conv.noted_signs.extend(signs)
        for question, value in event.kwargs.get("doubts") or []:
            if question == "warning_signs" and value in self.conv.noted_signs:
                self.conv.noted_signs.remove(value)
            if [question, value] not in self.conv.doubts:
                self.conv.doubts.append([question, value])
        lang = self.conv.lang
        if facts:
            self.said.append(Say("understood", (("items", describe(facts, lang)),)))
        if signs:
            items = ("、" if lang == "ja" else ", ").join(label_of("warning_signs", s, lang) for s in signs)
            self.said.append(Say("signs_noted", (("items", items),)))

    def answer_question(self, event: EventData) -> None:
        """Answer the question the message asked, if any; offered a check when none is going on or starting."""
        entry = event.kwargs.get("faq")
        if entry:
            idle = self.conv.state == "start" or self.conv.finished
            self.said.append(Answer(entry, offer=idle and event.transition.dest is None))

    def take_check(self, event: EventData) -> None:
        """The yes/no answer to the first reading to check: yes, it counts; no, a sign is dropped and a fact
        is asked again as a question."""
        question, value = self.conv.doubts.pop(0)
        yes = event.kwargs.get("value") == "yes"
        if question == READINGS:
            self._settle_readings(value, yes, _told(event))
        elif question == "warning_signs":
            if yes and value not in self.conv.noted_signs:
                self.conv.noted_signs.append(value)
        elif yes:
            self.conv.answers[question] = value
            self._confirmed([question])
        else:
            self._forget(question)
        self.said.append(Chosen(CONFIRM, ("yes" if yes else "no",)))

    def _settle_readings(self, value: str, yes: bool, told: set[str]) -> None:
        """Yes: what was read counts. No: what the message says instead replaces it (「いいえ、LINEは聞かれました」);
        a bare no to several readings checks them one by one; to one, asks its question again."""
        read = [q for q, _ in readings(value)]
        if yes:
            self._confirmed(read)
            return
        wrong = [q for q in read if q in told]
        if not wrong and len(read) > 1:
            self.conv.doubts[:0] = [[READINGS, pair] for pair in value.split(",")]
            return
        wrong = wrong or read
        self._confirmed([q for q in read if q not in wrong])
        self._forget(*wrong)

    def leave_unknown(self, event: EventData) -> None:
        """No readable yes or no: the reading stays unknown. A sign is not counted, and its question is asked
        again when it was answered; a fact's question is asked again."""
        question, value = self.conv.doubts.pop(0)
        self._forget(*([q for q, _ in readings(value)] if question == READINGS else [question]))
        self.said.append(Say("confirm_unknown"))

    def drop_doubts(self, event: EventData) -> None:
        """"Back" from a check: the checks are dropped, and the question answered last is asked again."""
        self.conv.doubts = []
        if self.conv.history:
            self._forget(self.conv.history[-1])

    def safe_on_readings(self, event: EventData) -> bool:
        """The verdict would be ✅ and rests on answers read from typed words, not confirmed yet."""
        conv = self.conv
        return bool(self._read_to_check()) and assess(conv.verdict_answers(), conv.lang).level == Level.SAFE

    def check_readings(self, event: EventData) -> None:
        self.conv.doubts.append([READINGS, ",".join(f"{q}={v}" for q, v in self._read_to_check())])

    def _read_to_check(self) -> list[tuple[str, str]]:
        """The answers read from words that a ✅ rests on (their questions apply): facts, and the signs (or none)."""
        answers = self.conv.verdict_answers()  # the signs with those noted elsewhere
        read = [(q, answers.get(q)) for q in self.conv.read_from_words if holds(BY_ID[q].ask_if, answers)]
        return [(q, "+".join(v) if isinstance(v, list) else v) for q, v in read if v]

    def _confirmed(self, questions: list[str]) -> None:
        self.conv.read_from_words = [q for q in self.conv.read_from_words if q not in questions]

    def _forget(self, *questions: str) -> None:
        conv = self.conv
        self._confirmed(list(questions))
        for question in questions:
            conv.answers.pop(question, None)
            for kept in (conv.history, conv.skipped):
                if question in kept:
                    kept.remove(question)

    def count_attempt(self, event: EventData) -> None:
        self.conv.attempts += 1

    def give_up(self, event: EventData) -> None:
        """Take the safe fallback ("not sure"; CrowdWorks for the platform) after three unclear answers."""
        q, value = self.conv.state, self._fallback()
        self.conv.answers[q] = value
        self.conv.history.append(q)
        self.said.append(Say("gave_up", (("value", label_of(q, value, self.conv.lang)),)))

    def skip_question(self, event: EventData) -> None:
        """Leave the question open (listed under "still to check"); "back" can return to it."""
        self.conv.skipped.append(self.conv.state)
        self.conv.history.append(self.conv.state)
        self.said.append(Say("skipped"))

    def forget(self, event: EventData) -> None:
        self._forget(self.conv.state)

    def ask(self, event: EventData, show_help: bool = False) -> None:
        conv = self.conv
        if conv.state == "verdict":
            self.said.append(Result(assess(conv.verdict_answers(), conv.lang)))
        elif conv.state == "confirming" and conv.doubts:
            more = any(isinstance(o, Chosen) and o.question is CONFIRM for o in self.said)  # a check just answered
            question = confirmation(*conv.doubts[0], more=more)
            self.said.append(Ask(question, question.options, conv.attempts, (), show_help))
        elif conv.state in BY_ID:
            question = self.question
            preselected = tuple(conv.noted_signs) if question.multi else ()
            options = offered(question, conv.answers)
            self.said.append(Ask(question, options, conv.attempts, preselected, show_help))

    def ask_doubt(self, event: EventData) -> None:
        self.conv.attempts = 0
        self.ask(event)

    def ask_with_help(self, event: EventData) -> None:
        self.ask(event, show_help=True)

    def give_verdict(self, event: EventData) -> None:
        self.conv.last_answers = self.conv.verdict_answers()
        self.ask(event)

    def say_details(self, event: EventData) -> None:
        self.said.append(Result(assess(self.conv.verdict_answers(), self.conv.lang), "details"))

    def say_reply(self, event: EventData) -> None:
        self.said.append(Result(assess(self.conv.verdict_answers(), self.conv.lang), "reply"))

    def say_details_later(self, event: EventData) -> None:
        self.said.append(Say("details_later"))

    def say_not_delivered(self, event: EventData) -> None:
        reason = event.kwargs.get("reason") or ""
        self.said.append(Say(f"not_delivered_{reason}" if reason in ("busy", "slack_error") else "not_delivered"))

    def _fallback(self) -> str | None:
        question = self.question
        return question.unknown or (DEFAULT_PLATFORM if question.id == "platform" else None)


def _saying(key: str) -> Callable[[Step, EventData], None]:
    def callback(self: Step, event: EventData) -> None:
        self.said.append(Say(key))
    return callback


# Callbacks that only say one thing: the table's name for it → the text's key in flows/texts.py.
SAYINGS = {"welcome": "welcome", "say_help": "help", "say_first": "nothing_to_go_back", "say_resumed": "resumed",
           "say_restarted": "restarted", "say_cancelled": "cancelled", "say_finished": "finished",
           "say_stale": "stale", "say_expired": "expired", "say_late": "late_message"}
for _name, _key in SAYINGS.items():
    setattr(Step, _name, _saying(_key))


IDLE = Conversation()  # what a model holds between inputs (nothing of anybody's)


def build_machine() -> Machine:
    """The one machine the conversation models are attached to (each takes one input at a time, see Advisor.step)."""
    return Machine(model=None, **MACHINE)


# ---- turning an input into a trigger ----

@dataclass(frozen=True)
class Turn:
    conversation: Conversation
    outputs: list[Output]


class Advisor:
    """Applies inputs to conversations. One instance (one machine) serves every conversation."""

    def __init__(self) -> None:
        self.machine = build_machine()
        self._idle: list[Step] = []  # models attached to the machine and free to take the next input

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
        """Apply one input to a copy of `conv`: the new conversation and what to say. The model's state is the
        conversation's own (Step.state), so a model attached once takes any conversation: attaching one per
        input would cost more than the step itself."""
        model = self._idle.pop() if self._idle else None
        if model is None:
            model = Step(conv.copy())
            self.machine.add_model(model, initial=model.state)
        model.take(conv.copy(), event if isinstance(event, Pick | Again) else None)
        try:
            name, kwargs = trigger_for(model.conv, event)
            model.trigger(name, **kwargs)
            remember(model.conv, event)
            return Turn(model.conv, model.said)
        finally:
            model.take(IDLE, None)
            self._idle.append(model)


def remember(conv: Conversation, event: Input) -> None:
    """Note when the input was made: the latest typed message read, and the last open click until anything
    else comes (a message typed, a button or "check again" clicked)."""
    if isinstance(event, Open):
        conv.last_open = event.at
        return
    conv.last_open = ""
    if isinstance(event, Text | Missed) and _seconds(event.ts) > _seconds(conv.last_ts):
        conv.last_ts = event.ts


def is_late(conv: Conversation, ts: str, resent: bool) -> bool:
    """A second delivery of a message no newer than the last one read (Slack resent it after we had moved on)."""
    return resent and _seconds(ts) <= _seconds(conv.last_ts)


def _seconds(ts: str | None) -> float:
    try:
        return float(ts or 0)
    except (TypeError, ValueError):
        return 0.0


def _told(event: EventData) -> set[str]:
    """The questions a message answers beside its yes or no: its facts, its readings to check, its signs."""
    kwargs = event.kwargs
    told = {*(kwargs.get("facts") or {}), *(q for q, _ in kwargs.get("doubts") or [])}
    return told | ({"warning_signs"} if kwargs.get("signs") else set())


def trigger_for(conv: Conversation, event: Input) -> tuple[str, dict[str, Any]]:
    """The trigger (and its arguments) an input fires in this conversation."""
    if isinstance(event, Open):
        return "open", {"known": event.known, "at": event.at}
    if isinstance(event, Text) and is_late(conv, event.ts, event.resent):
        return "late", {}
    if isinstance(event, Command):
        return ("begin" if event.name == "start" else event.name), {}
    if isinstance(event, Again):
        return "again", {}
    if isinstance(event, Pick):
        return _pick_trigger(conv, event)
    if isinstance(event, Missed):
        name = parse.command(event.text)
        if name:
            return ("begin" if name == "start" else name), {}
        return "not_delivered", {"reason": event.reason}
    return _text_trigger(conv, event.text)


def _pick_trigger(conv: Conversation, pick: Pick) -> tuple[str, dict[str, Any]]:
    if pick.question_id == CONFIRM.id:
        current = conv.state == "confirming" and pick.round in (None, conv.round) and len(pick.values) == 1
        if current and pick.values[0] in ("yes", "no"):
            return "settle", {"value": pick.values[0]}
        return "stale_click", {}
    question = BY_ID.get(pick.question_id)
    current = conv.state == pick.question_id and pick.round in (None, conv.round)
    allowed = {o.value for o in offered(question, conv.answers)} if question else set()
    if not current or not set(pick.values) <= allowed:
        return "stale_click", {}
    values = [v for v in pick.values if v != "none"] or list(pick.values)
    if not values or (len(values) > 1 and not question.multi):
        return "unclear", {}
    if question.multi and values == ["none"] and conv.noted_signs:  # "none" clicked after naming a sign: check it
        return "answer", {"values": values, "doubts": [("warning_signs", s) for s in conv.noted_signs]}
    return "answer", {"values": values}


def _text_trigger(conv: Conversation, text: str) -> tuple[str, dict[str, Any]]:
    reading = read(conv, text)
    if reading.command:
        return _command_trigger(conv, reading.command), {}
    news = {"facts": reading.facts, "signs": reading.signs, "doubts": reading.doubts}
    if conv.state == "confirming":
        picked = parse.numbers(text, len(CONFIRM.options)) or []
        said = parse.yes_no(text) or (CONFIRM.options[picked[0] - 1].value if len(picked) == 1 else None)
        named = _named(conv)
        if set(reading.facts) & named or (reading.signs or reading.doubts) and "warning_signs" in named:
            said = "no"  # 「実は仮払いはまだでした」「LINEは聞かれました」 while what was read is checked: not as read
        if said:  # and whatever else the message says (「はい、あと仮払いはまだです」) is noted too
            return "settle", {"value": said, **news}
    question = faq.asked(text, pending=BY_ID[conv.state].faq if conv.state in BY_ID else None)
    if question is not None:
        news["faq"] = question.id
    situation = bool(reading.facts or reading.signs or reading.doubts)
    if conv.state == "start" or conv.finished:
        return ("asked" if question and not situation else "begin"), news
    values = [] if question and reading.values == ["unsure"] else reading.values  # 「…ってあるの？わからない」
    if values:
        return "answer", {"values": values, "from_words": reading.sure in ("stated", "less_safe"), **news}
    if situation:  # facts, signs, or a reading to check (「身分証を送ってと言われたかも」): none of it is lost
        return "noted", news
    return ("asked", news) if question else ("unclear", {})


def _named(conv: Conversation) -> set[str]:
    """The questions the open check of answers read from words names (none when another check is open)."""
    if conv.state != "confirming" or not conv.doubts or conv.doubts[0][0] != READINGS:
        return set()
    return {q for q, _ in readings(conv.doubts[0][1])}


def _command_trigger(conv: Conversation, name: str) -> str:
    """The trigger for a typed command; one the machine has no row for here (e.g. "details" before a verdict)
    shows the help, which every state has."""
    name = "begin" if name == "start" else name
    return name if any(t["trigger"] == name and _from(t["source"], conv.state) for t in TRANSITIONS) else "help"


def _from(source: str | list[str], state: str) -> bool:
    return source == ANYWHERE or state == source or (isinstance(source, list) and state in source)


Reading = parse.Reading


def read(conv: Conversation, text: str) -> Reading:
    """Read a typed message once (flows/parse.read) in the context of the open question; keep only what the
    conversation does not know yet.

    A fact that disagrees with an earlier answer replaces it when the message says it corrects something
    (「見間違いでした」, "actually") and it makes the situation no safer; otherwise it is checked with a yes/no
    question, and so is an earlier answer a correction names without restating ("correction on the escrow —
    it's NOT done"). A sign read with a
    negation or a hedge near it is checked too, and so is a sign noted earlier when the answer to the signs
    question is "none"."""
    current = BY_ID.get(conv.state)
    options = offered(current, conv.answers) if current else None
    reading = parse.read(text, current.id if current else None, options, conv.lang)
    if reading.command:
        return reading
    facts, doubts = {}, []
    checked = _named(conv)  # 「いいえ、仮払いはまだです」 to a check of what was read corrects it
    for question, value in reading.facts.items():
        before = conv.answers.get(question)
        corrects = reading.corrects or question in checked
        if before is None or (before != value and corrects and not parse.safer(question, value, before)):
            facts[question] = value
        elif before != value:
            doubts.append((question, value))
    known = {*conv.noted_signs, *conv.answers.get("warning_signs", [])}
    pending = {value for question, value in conv.doubts if question == "warning_signs"}
    signs = [] if current is not None and current.multi else [s for s in reading.signs if s not in known]
    doubts += [d for d in reading.doubts if d[1] not in known | pending]
    if current is not None and current.multi and reading.values == ["none"]:
        doubts += [("warning_signs", s) for s in conv.noted_signs]
    # a correction that names an earlier answer without restating it: that answer is checked again
    doubts += [(q, conv.answers[q]) for q in reading.reopened
               if isinstance(conv.answers.get(q), str) and (q, conv.answers[q]) not in doubts]
    return replace(reading, facts=facts, signs=signs, doubts=doubts)


# a check of answers read from words: [READINGS, "escrow=all,warning_signs=none"] (a list's values joined by "+");
# the key (not the field `read_from_words`) keeps its first name: conversations stored in the middle of a check carry it
READINGS = "read_in_passing"


def readings(value: str) -> list[tuple[str, Any]]:
    """The (question, answer) pairs a check of answers read from words names (a multi-choice answer as a list)."""
    pairs = [pair.split("=", 1) for pair in value.split(",") if "=" in pair]
    return [(q, v.split("+") if BY_ID[q].multi else v) for q, v in pairs if q in BY_ID]


def confirmation(question: str, value: str, more: bool = False) -> Question:
    """The yes/no question that checks one reading: a warning sign's own wording, or a fact's answer; `more`: one
    more, right after another check was answered."""
    if question == READINGS:
        items = {lang: _read_as(readings(value), lang) for lang in ("ja", "en")}
    elif question == "warning_signs":
        option = next(o for o in BY_ID[question].options if o.value == value)
        items = option.confirm or {lang: label + ("？" if lang == "ja" else "?") for lang, label in option.label.items()}
    else:
        items = {lang: CONFIRM_FACT[lang].format(question=BY_ID[question].short[lang],
                                                  answer=label_of(question, value, lang)) for lang in ("ja", "en")}
    ask = CONFIRM_MORE if more else CONFIRM.ask
    return replace(CONFIRM, ask={lang: ask[lang].format(item=item) for lang, item in items.items()},
                   reask={lang: CONFIRM.reask[lang].format(item=item[:1].upper() + item[1:]) for lang, item in items.items()})
