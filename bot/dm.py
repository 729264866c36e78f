"""The advice conversation in a DM: typed messages and button clicks in, Slack messages out.

Every change is a compare-and-set on the stored conversation, so two copies of one event (a double
click, two instances) advance it once and only the winner sends anything.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot import blocks
from bot.sessions import Session, Sessions
from bot.store import StoreUnavailable
from flows import lang as languages
from flows.conversation import (
    Advisor,
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
from flows.texts import say
from flows.verdict import Verdict, assess

log = logging.getLogger(__name__)
SAVE_TRIES = 3


def session_key(team_id: str | None, user_id: str) -> str:
    return f"{team_id or '-'}:{user_id}"


async def slack_call(client: AsyncWebClient, method: str, **kwargs: Any) -> dict[str, Any] | None:
    """Call the Web API; on an error answer log the method and error code (never the text) and return None."""
    try:
        response = await getattr(client, method.replace(".", "_"))(**kwargs)
        return response.data if isinstance(response.data, dict) else None
    except SlackApiError as error:
        log.warning("Slack %s failed: %s", method, error.response.get("error", "unknown_error"))
        return None


async def user_lang(client: AsyncWebClient, user_id: str) -> str | None:
    """The user's language from their Slack locale (needs users:read), or None."""
    data = await slack_call(client, "users.info", user=user_id, include_locale=True)
    return languages.from_locale(((data or {}).get("user") or {}).get("locale"))


class DmAdvisor:
    def __init__(self, sessions: Sessions, advisor: Advisor) -> None:
        self.sessions = sessions
        self.advisor = advisor

    async def on_text(self, client: AsyncWebClient, team_id: str | None, user_id: str, channel: str,
                      text: str) -> None:
        """A typed DM: starts or continues the user's conversation."""
        for _ in range(SAVE_TRIES):
            session = await self.sessions.load(session_key(team_id, user_id))
            await self._set_lang(client, user_id, session, text)
            turn = self.advisor.step(session.conversation, Text(text))
            saved = await self.sessions.save(session, turn.conversation)
            if saved:
                await self.deliver(client, saved, turn, channel, user_id)
                return
        log.warning("conversation busy: gave up after %d tries", SAVE_TRIES)

    async def on_pick(self, client: AsyncWebClient, team_id: str | None, user_id: str, channel: str,
                      message_ts: str, value: str, values: list[str] | None = None) -> None:
        """A click on an option button (or the Done button of checkboxes, with the ticked `values`)."""
        run, question_id, option = blocks.parse_button_value(value)
        picked = tuple(values if values is not None else [option])
        for _ in range(SAVE_TRIES):  # a lost compare-and-set is retried on what is stored now
            session = await self.sessions.load(session_key(team_id, user_id))
            conv = session.conversation
            if session.is_new:
                await self._start(client, session, user_id, channel, notice="expired")
                return
            if conv.finished or conv.round != run or conv.state != question_id:
                if not (conv.round == run and _same(conv.answers.get(question_id), picked)):  # not a double click
                    key = "finished" if conv.finished else "stale"
                    await self._ephemeral(client, channel, user_id, key, conv.lang)
                return
            session.refs = {"channel": channel, "ts": message_ts, "question": question_id}
            if await self._apply(client, session, Pick(question_id, picked), channel, user_id):
                return
        log.warning("conversation busy: gave up after %d tries", SAVE_TRIES)

    async def on_restart(self, client: AsyncWebClient, team_id: str | None, user_id: str, channel: str,
                         value: str) -> None:
        """'Check again' under a verdict: a new round, once even when clicked twice."""
        run = int(value) if value.isdigit() else None
        for _ in range(SAVE_TRIES):
            session = await self.sessions.load(session_key(team_id, user_id))
            conv = session.conversation
            if session.is_new or run is None:  # from a form's verdict: the check goes on in the DM
                await self._start(client, session, user_id, channel if channel.startswith("D") else None)
                return
            if conv.round != run:  # restarted already (a double click) or an old verdict's button
                if conv.round != run + 1 or conv.history:
                    await self._ephemeral(client, channel, user_id, "stale", conv.lang)
                return
            if await self._apply(client, session, Command("restart"), channel, user_id):
                return

    async def start(self, client: AsyncWebClient, team_id: str | None, user_id: str, channel: str | None = None,
                    known: dict[str, Any] | None = None) -> None:
        """Open (or resume) the conversation in the user's DM, optionally with answers already known."""
        session = await self.sessions.load(session_key(team_id, user_id))
        await self._start(client, session, user_id, channel, known)

    async def _start(self, client: AsyncWebClient, session: Session, user_id: str, channel: str | None,
                     known: dict[str, Any] | None = None, notice: str | None = None) -> None:
        conv = session.conversation
        if not session.is_new and not conv.finished and not known:
            await self._apply(client, session, Command("resume"), channel or user_id, user_id)
            return
        lang = (conv.lang if not session.is_new else await user_lang(client, user_id)) or "ja"
        turn = self.advisor.start(lang=lang, known=known, previous=None if session.is_new else conv)
        if notice:
            turn.outputs.insert(0, Say(notice))
        saved = await self.sessions.save(session, turn.conversation)
        if saved:
            await self.deliver(client, saved, turn, channel or user_id, user_id)

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
        for _ in range(SAVE_TRIES):
            session = await self.sessions.load(session_key(team_id, user_id), lang)
            conv = session.conversation
            conv.last_answers = answers
            if await self.sessions.save(session, conv):
                return

    async def forget(self, team_id: str | None, user_id: str) -> None:
        await self.sessions.forget(session_key(team_id, user_id))

    async def _apply(self, client: AsyncWebClient, session: Session, event: Input, channel: str,
                     user_id: str) -> bool:
        """Step and save; False when the stored conversation changed meanwhile (nothing was sent)."""
        turn = self.advisor.step(session.conversation, event)
        saved = await self.sessions.save(session, turn.conversation)
        if saved:
            await self.deliver(client, saved, turn, channel, user_id)
        return saved is not None

    async def _set_lang(self, client: AsyncWebClient, user_id: str, session: Session, text: str) -> None:
        conv = session.conversation
        written = languages.detect(text)
        if session.is_new or conv.finished:
            conv.lang = written or await user_lang(client, user_id) or conv.lang
        elif written:
            conv.lang = written

    async def _ephemeral(self, client: AsyncWebClient, channel: str, user_id: str, key: str, lang: str) -> None:
        await slack_call(client, "chat.postEphemeral", channel=channel, user=user_id, text=say(key, lang))

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


def _same(answer: Any, picked: tuple[str, ...]) -> bool:
    if answer is None:
        return False
    return tuple(answer) == picked if isinstance(answer, list) else (answer,) == picked
