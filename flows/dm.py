"""One turn of the conversation in a DM: the stored state and one input in, the new state and what to send out,
as data. No I/O, no Slack: bot/render.py turns the replies into Slack calls, bot/dm.py carries them.

An input is a plain dict, as it waits in the user's queue (bot/dm.py writes them):
- ``{"kind": "text", "text", "ts", "retried"}`` a typed message (``retried``: Slack delivered it again);
- ``{"kind": "pick", "question", "values", "round", "message_ts"}`` an option clicked (or checkboxes' Done);
- ``{"kind": "again", "round"}`` the "check again" button under a verdict;
- ``{"kind": "start", "known", "at"}`` a start button or /migrate-check's "continue in the DM";
- ``{"kind": "over_limit", "count"}`` too many inputs at once (counted by the queue);
each with the ``channel`` to answer in and the ``user``, and ``clicked_in_dm`` for a click whose channel is
to be checked (`answer_channel`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from typing import Any

from flows import lang as languages
from flows.conversation import (
    ASIDES,
    Advisor,
    Again,
    Ask,
    Chosen,
    Conversation,
    Input,
    Missed,
    Open,
    Output,
    Pick,
    Result,
    Say,
    Text,
    Turn,
    is_late,
)

log = logging.getLogger(__name__)


@dataclass
class DmState:
    """What is kept of one user's DM between inputs: the conversation, where its open question's message is
    (to mark it answered) and whether Slack refused to show that question."""

    conversation: Conversation
    refs: dict[str, Any] = field(default_factory=dict)  # the open question's message: channel, ts, question
    unseen: dict[str, Any] | None = None  # the question (or verdict) Slack refused to post: question, round, reason
    new: bool = True  # nothing was stored for this user (not stored)

    def to_dict(self) -> dict[str, Any]:
        return {"conversation": self.conversation.to_dict(), "refs": self.refs, "unseen": self.unseen}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None, lang: str = "ja") -> DmState:
        """The state stored (a new one for None). A record of the earlier layout (last_ts beside the
        conversation) reads the same."""
        if not data:
            return cls(Conversation(lang=lang))
        conversation = Conversation.from_dict(data["conversation"])
        if data.get("last_ts") and not conversation.last_ts:
            conversation.last_ts = data["last_ts"]
        return cls(conversation, data.get("refs") or {}, data.get("unseen"), new=False)


@dataclass(frozen=True)
class Reply:
    """What one input says, in order, to `user` in `channel`; the renderer marks the open question's message
    (`refs`) answered or retired. With `aside`, only the one who clicked sees it."""

    channel: str
    user: str
    outputs: tuple[Output, ...]
    lang: str
    round: int
    refs: dict[str, Any] = field(default_factory=dict)
    aside: bool = False


def answer_channel(state: DmState, clicked: str, user: str) -> str:
    """The channel to answer a DM click in: the clicked one when it is the user's own DM (where their
    conversation's questions are, or the DM Slack opens for their user id), else the user's id (Slack posts that
    to their DM). A channel nothing stored says is theirs (nothing stored, or no open question) is not trusted:
    the answer goes to their user id, as a new message, never into another user's channel."""
    known = state.refs.get("channel")
    if clicked and clicked in (user, known):
        return clicked
    if clicked and clicked != user:
        log.info("a click named a channel not known as the user's DM: answered through their user id")
    return user


def needs_locale(state: DmState, entry: dict[str, Any]) -> bool:
    """Whether the turn needs the user's Slack locale to choose the language (a new conversation whose
    first words do not tell)."""
    if entry["kind"] == "text":
        conv = state.conversation
        return (state.new or conv.finished) and languages.detect(entry["text"]) is None
    return state.new and entry["kind"] in ("start", "pick", "again")


def take(state: DmState, entry: dict[str, Any], advisor: Advisor, locale: str | None = None) -> tuple[DmState,
                                                                                                     list[Reply]]:
    """The state after one input, and what it says."""
    if "clicked_in_dm" in entry:
        entry = {**entry, "channel": answer_channel(state, entry["channel"], entry["user"])}
    channel, user, conv = entry["channel"], entry["user"], state.conversation.copy()
    if entry["kind"] == "over_limit":
        note = Say("rate_limited", (("count", str(entry["count"])),))
        return state, [Reply(channel, user, (note,), conv.lang, conv.round)]
    event = _input(state, entry)
    if not (isinstance(event, Text) and is_late(conv, event.ts, event.resent)):
        conv.lang = _language(state, entry, locale)
    turn = advisor.step(conv, event)
    if isinstance(event, Pick | Again) and not state.new and _same(turn.conversation, state.conversation):
        asides = tuple(o for o in turn.outputs if isinstance(o, Say) and o.key in ASIDES)
        reply = Reply(channel, user, asides, turn.conversation.lang, turn.conversation.round, aside=True)
        return state, [reply] if asides else []
    refs = state.refs
    if isinstance(event, Pick):  # the clicked message is the one to mark as answered
        refs = {"channel": channel, "ts": entry["message_ts"], "question": entry["question"]}
    return _after(state, turn, refs), [Reply(channel, user, tuple(turn.outputs), turn.conversation.lang,
                                             turn.conversation.round, refs)]


def delivered(state: dict[str, Any], note: dict[str, Any], where: dict[str, Any] | None,
              reason: str = "") -> dict[str, Any]:
    """The stored state once a question (or verdict) was posted (`where` it landed), or refused for good
    (`reason`): its message is the one to mark answered, or the user's next message gets it again."""
    if where is not None:
        return {**state, "refs": {**where, "question": note["ask"]}, "unseen": None}
    return {**state, "unseen": {"question": note["ask"], "round": note.get("round", 0), "reason": reason}}


def _language(state: DmState, entry: dict[str, Any], locale: str | None) -> str:
    conv = state.conversation
    if entry["kind"] == "start":
        return (locale or "ja") if state.new else conv.lang
    new = state.new or (entry["kind"] == "text" and conv.finished)
    if entry["kind"] != "text" and not state.new:
        return conv.lang
    return languages.choose(conv.lang, entry.get("text", ""), locale, new=new)


def _input(state: DmState, entry: dict[str, Any]) -> Input:
    kind, conv, unseen = entry["kind"], state.conversation, state.unseen or {}
    if kind == "text":
        resent, ts = bool(entry.get("retried")), entry.get("ts", "")
        if is_late(conv, ts, resent):
            return Text(entry["text"], ts, resent=True)  # a late second delivery: never read as an answer
        if unseen.get("question") == conv.state and unseen.get("round", conv.round) == conv.round:
            return Missed(entry["text"], unseen.get("reason") or "", ts)  # the open question never reached them
        return Text(entry["text"], ts, resent)
    if kind == "start":
        return Open(entry.get("known"), entry.get("at") or "")
    if kind == "pick":
        return Pick(entry["question"], tuple(entry["values"]), entry["round"])
    return Again(entry["round"])


def _same(after: Conversation, before: Conversation) -> bool:
    """Nothing changed but when the last input came."""
    return replace(after, last_open=before.last_open, last_ts=before.last_ts) == before


def _after(state: DmState, turn: Turn, refs: dict[str, Any]) -> DmState:
    """The open question's message is forgotten once answered or asked again (its new message is noted when
    Slack accepts it: `delivered`); a note that Slack refused it holds until it is shown again."""
    shown = any(isinstance(o, Ask | Result) for o in turn.outputs)
    moved = any(isinstance(o, Ask | Chosen) or (isinstance(o, Result) and o.part == "main") for o in turn.outputs)
    return DmState(turn.conversation, {} if moved else refs, None if shown else state.unseen, new=False)
