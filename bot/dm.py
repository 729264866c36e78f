"""The advice conversation in a DM: typed messages and button clicks in, Slack messages out.

An input is first made durable in the user's queue with one store write, before Slack gets its ack
(`accept_*`, bot/inbox.py). Then whoever holds the user's lease works the queue (`work`), one input at a
time and in order: one compare-and-set write applies the input to the conversation and records what to send
(the outbox, bot/outbox.py); the sends follow, each marked once done, before the next input is applied.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import Any

from slack_sdk.web.async_client import AsyncWebClient

from bot import blocks, metrics
from bot.inbox import LEASE_TTL, Inbox, StillMine, Work
from bot.once import scoped
from bot.outbox import Outbox, aside, numbered, post, render
from bot.sessions import Session, Sessions
from bot.slack import slack_call, user_lang
from bot.store import StoreUnavailable
from bot.store.base import Leased, Queued
from bot.workspaces import ClientFor
from flows import lang as languages
from flows.conversation import (
    ASIDES,
    Advisor,
    Again,
    Ask,
    Command,
    Conversation,
    Input,
    Missed,
    Pick,
    Result,
    Say,
    Text,
    Turn,
)
from flows.plain import say_text
from flows.texts import say
from flows.verdict import Verdict, assess

log = logging.getLogger(__name__)
SAVE_TRIES = 10
Change = Callable[[Session], Awaitable[Session | None]]
DOUBLE_CLICK = 2.0  # seconds: a second start click this soon after one just applied is the same click twice


class ConversationBusy(Exception):
    """Every compare-and-set lost (only a store fault or an endless stream of other writers does this)."""


def session_key(team_id: str | None, user_id: str) -> str:
    return f"{team_id or '-'}:{user_id}"


def answer_channel(session: Session, clicked: str, user: str) -> str:
    """The channel to answer a DM click in: the clicked one when it is the user's own DM (where their
    conversation's questions are, or the DM Slack opens for their user id), else the user's id (Slack posts that
    to their DM). A channel nothing stored says is theirs (nothing stored, or no open question) is not trusted:
    the answer goes to their user id, as a new message, never into another user's channel."""
    known = (session.refs or {}).get("channel")
    if clicked and clicked in (user, known):
        return clicked
    if clicked and clicked != user:
        log.info("a click named a channel not known as the user's DM: answered through their user id")
    return user


class DmAdvisor:
    def __init__(self, sessions: Sessions, advisor: Advisor, client: AsyncWebClient,
                 lease_ttl: float = LEASE_TTL, client_for: ClientFor | None = None) -> None:
        self.sessions = sessions
        self.advisor = advisor
        self.client = client  # the outbox's own client: it waits out 429s itself
        self.inbox = Inbox(sessions.store, lease_ttl)
        self.outbox = Outbox(sessions, client, client_for)  # client_for: each workspace's token (many workspaces)

    # ---- accepting inputs: one durable store write each, before the ack ----

    async def accept_text(self, team_id: str | None, user_id: str, channel: str, text: str, ts: str,
                          tokens: list[str], retried: bool = False) -> Queued:
        """A typed DM (`tokens`: what makes a copy of this delivery a duplicate; `retried`: a resend)."""
        entry = {"kind": "text", "text": text, "channel": channel, "user": user_id, "ts": ts, "retried": retried}
        return await self._accept(team_id, user_id, channel, entry, tokens)

    async def accept_pick(self, team_id: str | None, user_id: str, channel: str, message_ts: str, value: str,
                          values: list[str] | None = None, tokens: list[str] | None = None,
                          in_dm: bool | None = None) -> Queued:
        """A click on an option button (or the Done button of checkboxes, with the ticked `values`). Whether it
        answers the open question, repeats a click or is stale is the conversation's to decide. With `in_dm`
        (what Slack says of the clicked channel), `channel` is the clicked one: the work answers in it only when
        it is the user's own DM (`answer_channel`)."""
        run, question_id, option = blocks.parse_button_value(value)
        entry = {"kind": "pick", "question": question_id, "values": values if values is not None else [option],
                 "round": run, "channel": channel, "user": user_id, "message_ts": message_ts}
        return await self._accept(team_id, user_id, channel, entry, tokens, in_dm)

    async def accept_again(self, team_id: str | None, user_id: str, channel: str, value: str,
                           action_ts: str = "", tokens: list[str] | None = None, in_dm: bool | None = None) -> Queued:
        """'Check again' under a verdict: a new round, once even when clicked twice. From a form's verdict
        (no round), the check goes on in the DM. `in_dm` as for accept_pick."""
        if not value.isdigit():
            return await self.accept_start(team_id, user_id, channel if channel.startswith("D") else None,
                                           action_ts=action_ts, tokens=tokens)
        entry = {"kind": "again", "round": int(value), "channel": channel, "user": user_id}
        return await self._accept(team_id, user_id, channel, entry, tokens, in_dm)

    async def accept_start(self, team_id: str | None, user_id: str, channel: str | None = None,
                           known: dict[str, Any] | None = None, action_ts: str = "",
                           tokens: list[str] | None = None) -> Queued:
        """Open (or resume) the conversation in the user's DM, optionally with answers already known."""
        entry = {"kind": "start", "known": known, "channel": channel or user_id, "user": user_id, "at": action_ts}
        return await self._accept(team_id, user_id, channel or user_id, entry, tokens)

    async def _accept(self, team_id: str | None, user_id: str, channel: str, entry: dict[str, Any],
                      tokens: list[str] | None = None, in_dm: bool | None = None) -> Queued:
        marker: dict[str, Any] = {"channel": channel, "user": user_id}
        if in_dm is not None:  # a clicked channel, checked when worked (the record is read then anyway)
            marker["clicked_in_dm"] = entry["clicked_in_dm"] = in_dm
        tokens = [scoped(team_id, t) for t in tokens or []]  # claims are kept per workspace
        return await self.inbox.put(session_key(team_id, user_id), entry, tokens, marker)

    # ---- working the queue: after the ack ----

    async def work(self, team_id: str | None, user_id: str) -> None:
        """Apply the user's queued inputs, unless another worker holds their lease (it will). A store fault
        here loses nothing: the inputs wait in the store for the sweep."""
        key = session_key(team_id, user_id)
        try:
            with metrics.CONVERSATIONS_ACTIVE.track_inprogress():
                await self.inbox.drain(key, self.work_for(key), after_put=True)
        except (StoreUnavailable, ConversationBusy) as error:
            log.warning("queued input left for later: %s", error)

    async def sweep_forever(self) -> None:
        """Finish work a crashed or stopped instance left in the store, for as long as the process runs."""
        await self.inbox.sweep_forever(self.work_for)

    def work_for(self, key: str) -> Work:
        async def work(still_mine: StillMine, taken: Leased) -> bool:
            return await self._work(key, still_mine, taken)

        return work

    async def _work(self, key: str, still_mine: StillMine, taken: Leased) -> bool:
        """Send what is left, then apply the queued inputs one by one, sending what each says. The write that
        leaves nothing to send drops the inputs applied (Sessions.save). The queue read with the lease is
        worked through, then what the write finishing its last input read instead of giving the lease back
        (inputs queued meanwhile), and so on; an over-limit note is read afresh first (its count may still
        grow). That write gives the lease back when nothing else is queued: True then."""
        session = await self.outbox.deliver(self.sessions.of_record(key, taken.record), still_mine, left_over=True)
        entries = taken.entries
        while still_mine() and not session.outbox and entries:
            entry = entries[0]
            if entry["kind"] == "over_limit":
                fresh = [e for e in await self.sessions.store.pending(key) if e["seq"] == entry["seq"]]
                entry = fresh[0] if fresh else entry
            if entry["seq"] > session.applied:
                last = len(entries) == 1
                session = await self._apply(replace(session, release=(taken.token, taken.owner) if last else None),
                                            entry)
                session = await self.outbox.deliver(session, still_mine)
                if session.outbox:  # the lease was lost: the new holder sends the rest
                    return False
            else:
                await self.sessions.store.done(key, entry["seq"])
            entries = entries[1:]
            if not entries and session.queued:  # queued while this one was worked: read by its last write
                entries, session = session.queued, replace(session, queued=[])
        return session.handed_back

    async def _apply(self, session: Session, entry: dict[str, Any]) -> Session:
        """Apply one input with one compare-and-set write: the conversation, what to send, the input's seq."""
        async def change(current: Session) -> Session | None:
            if entry["seq"] <= current.applied:
                return None
            try:
                return await self._turn(current, entry)
            except (StoreUnavailable, ConversationBusy):
                raise
            except Exception as error:  # a bug: never let one input block the user's queue for good
                log.error("input could not be applied (%s): skipped", type(error).__name__)
                return replace(current, applied=entry["seq"])

        return await self._commit(session, change)

    async def _commit(self, session: Session, change: Change) -> Session:
        """The one save-and-retry loop: apply `change` (None: nothing to change) and compare-and-set save; when
        another writer won, reload and apply it again to what is stored now."""
        for _ in range(SAVE_TRIES):
            changed = await change(session)
            if changed is None:
                return session
            saved = await self.sessions.save(changed)
            if saved is not None:
                return saved
            session = await self.sessions.load(session.key)
        raise ConversationBusy(f"gave up after {SAVE_TRIES} tries")

    async def _turn(self, session: Session, entry: dict[str, Any]) -> Session:
        """The session after `entry`: its conversation, what to send and the input noted as applied."""
        base = replace(session, applied=entry["seq"])
        if "clicked_in_dm" in entry:
            entry = {**entry, "channel": answer_channel(session, entry["channel"], entry["user"])}
        kind, channel, user = entry["kind"], entry["channel"], entry["user"]
        if kind == "over_limit":
            return self._note(base, channel, "rate_limited", count=str(entry["count"]))
        if kind == "text":
            if entry.get("retried") and _ts(entry["ts"]) <= _ts(session.last_ts):
                log.info("a resent message older than the last one applied: not used, the user is told")
                return self._note(base, channel, "late_message")  # never read as an answer it did not give
            await self._set_lang(session, entry["text"])
            turn = self.advisor.step(session.conversation, self._typed(session, entry["text"]))
            return self._with_turn(replace(base, last_ts=entry["ts"]), turn, channel, user)
        if kind == "start":
            started = replace(base, last_start={"seq": entry["seq"], "at": entry.get("at") or ""})
            if self._repeats_start(session, entry):
                return started
            return self._with_turn(started, await self._start(session, user, entry.get("known")), channel, user)
        return await self._click(base, entry)

    @staticmethod
    def _note(session: Session, channel: str, key: str, **values: str) -> Session:
        """Nothing changes in the conversation; a note tells the user why."""
        note = say(key, session.conversation.lang, **values)
        return replace(session, outbox=numbered([post(channel, *blocks.notes_blocks([note]))], session.applied))

    @staticmethod
    def _typed(session: Session, text: str) -> Input:
        """A typed message; Missed when the open question (or the verdict) never reached the user."""
        conv, unseen = session.conversation, session.unseen or {}
        if unseen.get("question") == conv.state and unseen.get("round", conv.round) == conv.round:
            return Missed(text, unseen.get("reason") or "")
        return Text(text)

    @staticmethod
    def _repeats_start(session: Session, entry: dict[str, Any]) -> bool:
        """The same start button clicked twice: the start just applied (nothing since) was moments before."""
        last = session.last_start or {}
        if last.get("seq") != session.applied or not entry.get("at") or not last.get("at"):
            return False
        return abs(_ts(entry["at"]) - _ts(last["at"])) < DOUBLE_CLICK

    async def _start(self, session: Session, user: str, known: dict[str, Any] | None) -> Turn:
        conv = session.conversation
        if not session.is_new and not conv.finished and not known:
            return self.advisor.step(conv, Command("resume"))
        client = await self.outbox.client_for(session.key)
        lang = (conv.lang if not session.is_new else await user_lang(client, user)) or "ja"
        return self.advisor.start(lang=lang, known=known, previous=None if session.is_new else conv)

    async def _click(self, session: Session, entry: dict[str, Any]) -> Session:
        """A click: a stale or repeated one changes nothing and only gets its note, seen by the clicker."""
        channel, user = entry["channel"], entry["user"]
        if session.is_new:
            await self._set_lang(session, "")
        event: Input = Again(entry["round"])
        clicked = session
        if entry["kind"] == "pick":  # the clicked message is the one to mark as answered
            clicked = replace(session, refs={"channel": channel, "ts": entry["message_ts"],
                                             "question": entry["question"]})
            event = Pick(entry["question"], tuple(entry["values"]), entry["round"])
        turn = self.advisor.step(session.conversation, event)
        if not session.is_new and turn.conversation == session.conversation:
            notes = [aside(channel, user, say_text(o, turn.conversation.lang)) for o in turn.outputs
                     if isinstance(o, Say) and o.key in ASIDES]
            return replace(session, outbox=numbered(notes, session.applied))
        return self._with_turn(clicked, turn, channel, user)

    @staticmethod
    def _with_turn(session: Session, turn: Turn, channel: str, user: str) -> Session:
        items, refs = render(turn, session.refs, channel, user, session.applied)
        for verdict in (o.verdict for o in turn.outputs if isinstance(o, Result) and o.part == "main"):
            metrics.VERDICTS.labels(str(verdict.level), "dm").inc()
        shown_again = any(isinstance(o, Ask | Result) for o in turn.outputs)
        return replace(session, conversation=turn.conversation, refs=refs, outbox=[*session.outbox, *items],
                       unseen=None if shown_again else session.unseen)

    async def _set_lang(self, session: Session, text: str) -> None:
        conv = session.conversation
        new = session.is_new or conv.finished
        locale = None
        if new and languages.detect(text) is None:
            locale = await user_lang(await self.outbox.client_for(session.key), _user_of(session.key))
        conv.lang = languages.choose(conv.lang, text, locale, new=new)

    # ---- outside the queue ----

    async def on_text(self, team_id: str | None, user_id: str, channel: str, text: str, ts: str) -> None:
        """Accept and work a typed DM at once (scripts; the listeners ack in between)."""
        await self.accept_text(team_id, user_id, channel, text, ts, [])
        await self.work(team_id, user_id)

    async def on_pick(self, team_id: str | None, user_id: str, channel: str, message_ts: str, value: str,
                      values: list[str] | None = None) -> None:
        await self.accept_pick(team_id, user_id, channel, message_ts, value, values)
        await self.work(team_id, user_id)

    async def refresh_home(self, client: AsyncWebClient, team_id: str | None, user_id: str) -> None:
        """Publish the Home tab with the user's last verdict, in their language (without it while the store
        is unreachable: the tab still works)."""
        try:
            session = await self.sessions.load(session_key(team_id, user_id))
        except StoreUnavailable as error:
            log.warning("Home tab without the last verdict: %s", error)
            session = Session(session_key(team_id, user_id), Conversation())
        conv = session.conversation
        lang = conv.lang if not session.is_new else (await user_lang(client, user_id) or "ja")
        last = None if conv.last_answers is None else assess(conv.last_answers, lang)
        await self.publish_home(client, user_id, lang, last)

    async def keep_verdict(self, team_id: str | None, user_id: str, answers: dict[str, Any], lang: str) -> None:
        """Remember a verdict given outside the conversation (the modal) for the Home tab."""
        async def change(current: Session) -> Session:
            conv = current.conversation.copy()
            conv.last_answers = answers
            return replace(current, conversation=conv)

        try:
            await self._commit(await self.sessions.load(session_key(team_id, user_id), lang), change)
        except ConversationBusy:
            log.warning("last verdict not kept: the conversation was busy")

    async def forget(self, team_id: str | None, user_id: str) -> None:
        await self.sessions.forget(session_key(team_id, user_id))

    async def publish_home(self, client: AsyncWebClient, user_id: str, lang: str, last: Verdict | None) -> None:
        view = blocks.home_view(lang, last)
        await slack_call(client, "views.publish", user_id=user_id, view=view.to_dict())


def _ts(ts: str) -> float:
    try:
        return float(ts)
    except (TypeError, ValueError):
        return 0.0


def _user_of(key: str) -> str:
    return key.partition(":")[2]
