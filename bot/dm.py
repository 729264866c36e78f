"""The advice conversation in a DM: typed messages and button clicks in, Slack messages out.

Every change is a compare-and-set on the stored conversation (`_commit`, the one save-and-retry loop), so
two copies of one event (a double click, two instances) advance it once and only the winner sends anything.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from slack_sdk.web.async_client import AsyncWebClient

from bot import blocks
from bot.sessions import Session, Sessions
from bot.slack import slack_call, user_lang
from bot.store import StoreUnavailable
from flows import lang as languages
from flows.conversation import (
    ASIDES,
    Advisor,
    Again,
    Ask,
    Chosen,
    Command,
    Conversation,
    Input,
    Pick,
    Result,
    Say,
    Text,
    Turn,
)
from flows.plain import say_text
from flows.verdict import Verdict, assess

log = logging.getLogger(__name__)
SAVE_TRIES = 3
TurnFor = Callable[[Session], Awaitable[Turn | None]]


def session_key(team_id: str | None, user_id: str) -> str:
    return f"{team_id or '-'}:{user_id}"


class DmAdvisor:
    def __init__(self, sessions: Sessions, advisor: Advisor) -> None:
        self.sessions = sessions
        self.advisor = advisor

    async def on_text(self, client: AsyncWebClient, team_id: str | None, user_id: str, channel: str,
                      text: str) -> None:
        """A typed DM: starts or continues the user's conversation."""
        async def turn_for(session: Session) -> Turn:
            await self._set_lang(client, user_id, session, text)
            return self.advisor.step(session.conversation, Text(text))

        await self._run(client, session_key(team_id, user_id), turn_for, channel, user_id)

    async def on_pick(self, client: AsyncWebClient, team_id: str | None, user_id: str, channel: str,
                      message_ts: str, value: str, values: list[str] | None = None) -> None:
        """A click on an option button (or the Done button of checkboxes, with the ticked `values`). Whether it
        answers the open question, repeats a click or is stale is the conversation's to decide."""
        run, question_id, option = blocks.parse_button_value(value)
        pick = Pick(question_id, tuple(values if values is not None else [option]), run)
        refs = {"channel": channel, "ts": message_ts, "question": question_id}
        await self._click(client, session_key(team_id, user_id), pick, channel, user_id, refs)

    async def on_restart(self, client: AsyncWebClient, team_id: str | None, user_id: str, channel: str,
                         value: str) -> None:
        """'Check again' under a verdict: a new round, once even when clicked twice. From a form's verdict
        (no round), the check goes on in the DM."""
        if not value.isdigit():
            await self.start(client, team_id, user_id, channel if channel.startswith("D") else None)
            return
        await self._click(client, session_key(team_id, user_id), Again(int(value)), channel, user_id)

    async def start(self, client: AsyncWebClient, team_id: str | None, user_id: str, channel: str | None = None,
                    known: dict[str, Any] | None = None) -> None:
        """Open (or resume) the conversation in the user's DM, optionally with answers already known."""
        async def turn_for(session: Session) -> Turn:
            conv = session.conversation
            if not session.is_new and not conv.finished and not known:
                return self.advisor.step(conv, Command("resume"))
            lang = (conv.lang if not session.is_new else await user_lang(client, user_id)) or "ja"
            return self.advisor.start(lang=lang, known=known, previous=None if session.is_new else conv)

        # not retried: a start that lost its compare-and-set lost to another start (a double click)
        await self._run(client, session_key(team_id, user_id), turn_for, channel or user_id, user_id, tries=1)

    async def _click(self, client: AsyncWebClient, key: str, event: Input, channel: str, user_id: str,
                     refs: dict[str, Any] | None = None) -> None:
        """A click: a stale or repeated one changes nothing and only gets its note, seen by the clicker."""
        async def turn_for(session: Session) -> Turn | None:
            if session.is_new:
                await self._set_lang(client, user_id, session, "")
            if refs is not None:
                session.refs = refs
            turn = self.advisor.step(session.conversation, event)
            if not session.is_new and turn.conversation == session.conversation:
                await self._asides(client, channel, user_id, turn)
                return None
            return turn

        await self._run(client, key, turn_for, channel, user_id)

    async def _run(self, client: AsyncWebClient, key: str, turn_for: TurnFor, channel: str, user_id: str,
                   tries: int = SAVE_TRIES) -> None:
        committed = await self._commit(key, turn_for, tries=tries)
        if committed is not None:
            await self.deliver(client, *committed, channel, user_id)

    async def _commit(self, key: str, turn_for: TurnFor, lang: str = "ja",
                      tries: int = SAVE_TRIES) -> tuple[Session, Turn] | None:
        """The one save-and-retry loop: load, compute the turn, compare-and-set save; a lost compare-and-set
        is retried on what is stored now. None when there is nothing to save or every try lost."""
        for _ in range(tries):
            session = await self.sessions.load(key, lang)
            turn = await turn_for(session)
            if turn is None:
                return None
            saved = await self.sessions.save(session, turn.conversation)
            if saved:
                return saved, turn
        if tries > 1:
            log.warning("conversation busy: gave up after %d tries", tries)
        return None

    async def _asides(self, client: AsyncWebClient, channel: str, user_id: str, turn: Turn) -> None:
        for output in turn.outputs:
            if isinstance(output, Say) and output.key in ASIDES:
                text = say_text(output, turn.conversation.lang)
                await slack_call(client, "chat.postEphemeral", channel=channel, user=user_id, text=text)

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
        async def turn_for(session: Session) -> Turn:
            conv = session.conversation.copy()
            conv.last_answers = answers
            return Turn(conv, [])

        await self._commit(session_key(team_id, user_id), turn_for, lang)

    async def forget(self, team_id: str | None, user_id: str) -> None:
        await self.sessions.forget(session_key(team_id, user_id))

    async def _set_lang(self, client: AsyncWebClient, user_id: str, session: Session, text: str) -> None:
        conv = session.conversation
        written = languages.detect(text)
        if session.is_new or conv.finished:
            conv.lang = written or await user_lang(client, user_id) or conv.lang
        elif written:
            conv.lang = written

    async def deliver(self, client: AsyncWebClient, session: Session, turn: Turn, channel: str,
                      user_id: str) -> None:
        """Send what the turn says, then remember where the open question's message is."""
        lang, refs, notes = turn.conversation.lang, dict(session.refs), []
        for output in turn.outputs:
            if isinstance(output, Chosen):
                await self._mark_answered(client, refs, output, lang)
                refs = {}
            elif isinstance(output, Say):
                notes.append(say_text(output, lang))
            elif isinstance(output, Ask):
                if refs.get("ts") and refs.get("question") == output.question.id:  # asked again below
                    await self._retire(client, refs, output, lang)
                ask_blocks, text = blocks.question_blocks(output, lang, notes, turn.conversation.round)
                sent = await self._post(client, channel, ask_blocks, text)
                refs = {**sent, "question": output.question.id} if sent else {}
                notes = []
            elif isinstance(output, Result) and output.part != "main":  # typed 「詳しく」 / 「文例」
                if notes:
                    await self._post(client, channel, *blocks.notes_blocks(notes))
                part = blocks.details_blocks if output.part == "details" else blocks.reply_blocks
                await self._post(client, channel, *part(output.verdict))
                notes = []
            elif isinstance(output, Result):
                verdict_blocks = blocks.verdict_blocks(output.verdict, notes, run=turn.conversation.round)
                await self._post(client, channel, *verdict_blocks)
                await self.publish_home(client, user_id, output.verdict.lang, output.verdict)
                notes, refs = [], {}
        if notes:
            await self._post(client, channel, *blocks.notes_blocks(notes))
        if refs != session.refs:
            await self.sessions.save(session, turn.conversation, refs)

    async def _mark_answered(self, client: AsyncWebClient, refs: dict[str, Any], chosen: Chosen, lang: str) -> None:
        if refs.get("ts") and refs.get("question") == chosen.question.id:
            answered, text = blocks.chosen_blocks(chosen, lang)
            await slack_call(client, "chat.update", channel=refs["channel"], ts=refs["ts"],
                             blocks=[b.to_dict() for b in answered], text=text)

    async def _retire(self, client: AsyncWebClient, refs: dict[str, Any], ask: Ask, lang: str) -> None:
        """The earlier copy of a question asked again: its text stays, its buttons go (one live set)."""
        old_blocks, text = blocks.retired_question_blocks(ask, lang)
        await slack_call(client, "chat.update", channel=refs["channel"], ts=refs["ts"], text=text,
                         blocks=[b.to_dict() for b in old_blocks])

    async def _post(self, client: AsyncWebClient, channel: str, message_blocks: list[Any],
                    text: str) -> dict[str, str] | None:
        """Post a message; where it landed ({"channel", "ts"}) or None when Slack refused it."""
        data = await slack_call(client, "chat.postMessage", channel=channel, text=text,
                                blocks=[b.to_dict() for b in message_blocks])
        return {"channel": data.get("channel", channel), "ts": data["ts"]} if data and data.get("ts") else None

    async def publish_home(self, client: AsyncWebClient, user_id: str, lang: str, last: Verdict | None) -> None:
        view = blocks.home_view(lang, last)
        await slack_call(client, "views.publish", user_id=user_id, view=view.to_dict())
