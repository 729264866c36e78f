"""The advice conversation in a DM: typed messages and button clicks in, Slack messages out.

A listener turns a Slack event into one input (`accept_*`) and has bot/worker.py make it durable before the
ack; the worker then applies it with `apply`: flows.dm.take (the turn: state and input in, state and replies
out, no I/O), bot/render.py (the replies as Slack calls), back to the worker, which records and sends them.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_sdk.web.async_client import AsyncWebClient

from bot import blocks, metrics, render
from bot.inbox import LEASE_TTL
from bot.once import scoped
from bot.outbox import ClientFor, Item
from bot.slack import slack_call, user_lang
from bot.store import Store, StoreUnavailable
from bot.store.base import Queued
from bot.worker import ConversationBusy, State, Worker
from flows import dm
from flows.conversation import Advisor, Result
from flows.dm import DmState
from flows.verdict import Verdict, assess

log = logging.getLogger(__name__)


def session_key(team_id: str | None, user_id: str) -> str:
    return f"{team_id or '-'}:{user_id}"


def thread_key(team_id: str | None, channel: str, ts: str) -> str:
    """The queue of the answer to one channel message (under the workspace's id, as every stored key)."""
    return f"{team_id or '-'}:thread:{channel}:{ts}"


class DmAdvisor:
    def __init__(self, store: Store, advisor: Advisor, client: AsyncWebClient, lease_ttl: float = LEASE_TTL,
                 client_for: ClientFor | None = None) -> None:
        self.advisor = advisor
        self.worker = Worker(store, client, self.apply, dm.delivered, lease_ttl, client_for)

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
                           tokens: list[str] | None = None, dm: str | None = None) -> Queued:
        """Open (or resume) the conversation in the user's DM, optionally with answers already known. `dm`: the
        user's DM channel where it is known but not trusted to post to (where to look for a post after a crash)."""
        entry = {"kind": "start", "known": known, "channel": channel or user_id, "user": user_id, "at": action_ts,
                 **({"dm": dm} if dm else {})}
        return await self._accept(team_id, user_id, channel or user_id, entry, tokens)

    async def accept_thread_answer(self, team_id: str | None, channel: str, ts: str, thread: str,
                                   entry_id: str | None, lang: str, tokens: list[str]) -> Queued:
        """A channel message (`ts`) to answer in its thread, queued (durable) like a DM: a crash before the post
        loses nothing. Its own queue: it waits for nobody's conversation, and nobody's waits for it."""
        marker = {"channel": channel, "user": "", "queue": "thread"}
        entry = {**marker, "kind": "thread", "thread": thread, "faq": entry_id, "lang": lang}
        return await self.worker.put(thread_key(team_id, channel, ts), entry, [scoped(team_id, t) for t in tokens],
                                     marker)

    async def work_thread(self, team_id: str | None, channel: str, ts: str) -> None:
        await self.worker.work(thread_key(team_id, channel, ts))

    async def drop_thread_answer(self, team_id: str | None, channel: str, ts: str) -> None:
        """Not answered after all (the member goes too fast): the queued answer is deleted, its claims kept (a
        copy of the delivery is still a duplicate)."""
        await self.worker.drop(thread_key(team_id, channel, ts))

    async def _accept(self, team_id: str | None, user_id: str, channel: str, entry: dict[str, Any],
                      tokens: list[str] | None = None, in_dm: bool | None = None) -> Queued:
        marker: dict[str, Any] = {"channel": channel, "user": user_id}
        if in_dm is not None:  # a clicked channel, checked when worked (the record is read then anyway)
            marker["clicked_in_dm"] = entry["clicked_in_dm"] = in_dm
        tokens = [scoped(team_id, t) for t in tokens or []]  # claims are kept per workspace
        return await self.worker.put(session_key(team_id, user_id), entry, tokens, marker)

    # ---- working the queue: after the ack (bot/worker.py) ----

    async def work(self, team_id: str | None, user_id: str) -> None:
        await self.worker.work(session_key(team_id, user_id))

    async def sweep_forever(self) -> None:
        await self.worker.sweep_forever()

    async def apply(self, key: str, stored: State, entry: dict[str, Any]) -> tuple[State, list[Item]]:
        """One queued input applied to the stored state: the new state and the Slack calls that answer it."""
        if entry.get("queue") == "thread":  # a channel question: its answer (once), nothing kept
            if entry["kind"] != "thread":
                return stored, []  # more mentions in one thread than a queue holds: answered once already
            return stored, render.thread_answer(entry["channel"], entry["thread"], entry["faq"], entry["lang"])
        state = DmState.from_dict(stored)
        locale = None
        if dm.needs_locale(state, entry):
            locale = await user_lang(await self.worker.outbox.client_for(key), entry["user"])
        state, replies = dm.take(state, entry, self.advisor, locale)
        for reply in replies:
            for verdict in (o.verdict for o in reply.outputs if isinstance(o, Result) and o.part == "main"):
                metrics.VERDICTS.labels(str(verdict.level), "dm").inc()
        calls = [call for reply in replies for call in render.calls(reply)]
        if entry.get("dm"):  # posted to the user's id: where to look for it after a crash (Outbox._already_posted)
            calls = [{**c, "dm": entry["dm"]} if c["method"] == "chat.postMessage" and "dm" not in c else c
                     for c in calls]
        return state.to_dict(), calls

    async def state(self, team_id: str | None, user_id: str, lang: str = "ja") -> DmState:
        """The user's DM as stored (a new one when nothing is)."""
        return DmState.from_dict(await self.worker.state(session_key(team_id, user_id)), lang)

    # ---- outside the queue ----

    async def on_text(self, team_id: str | None, user_id: str, channel: str, text: str, ts: str) -> None:
        """Accept and work a typed DM at once (scripts; the listeners ack in between)."""
        await self.accept_text(team_id, user_id, channel, text, ts, [])
        await self.work(team_id, user_id)

    async def on_pick(self, team_id: str | None, user_id: str, channel: str, message_ts: str, value: str,
                      values: list[str] | None = None) -> None:
        await self.accept_pick(team_id, user_id, channel, message_ts, value, values)
        await self.work(team_id, user_id)

    async def refresh_home(self, client: AsyncWebClient, team_id: str | None, user_id: str,
                           dm: str | None = None) -> None:
        """Publish the Home tab with the user's last verdict, in their language (without it while the store
        is unreachable: the tab still works), and the user's DM channel (`dm`) for its start button."""
        try:
            state = await self.state(team_id, user_id)
        except StoreUnavailable as error:
            log.warning("Home tab without the last verdict: %s", error)
            state = DmState.from_dict(None)
        conv = state.conversation
        lang = conv.lang if not state.new else (await user_lang(client, user_id) or "ja")
        last = None if conv.last_answers is None else assess(conv.last_answers, lang)
        await self.publish_home(client, user_id, lang, last, dm)

    async def keep_verdict(self, team_id: str | None, user_id: str, answers: dict[str, Any], lang: str) -> None:
        """Remember a verdict given outside the conversation (the modal) for the Home tab."""
        def change(stored: State) -> State:
            state = DmState.from_dict(stored, lang)
            state.conversation.last_answers = answers
            return state.to_dict()

        try:
            await self.worker.change(session_key(team_id, user_id), change)
        except ConversationBusy:
            log.warning("last verdict not kept: the conversation was busy")

    async def forget(self, team_id: str | None, user_id: str) -> None:
        await self.worker.forget(session_key(team_id, user_id))

    async def publish_home(self, client: AsyncWebClient, user_id: str, lang: str, last: Verdict | None,
                           dm: str | None = None) -> None:
        view = blocks.home_view(lang, last, dm)
        await slack_call(client, "views.publish", user_id=user_id, view=view.to_dict())

