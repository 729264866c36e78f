"""What a DM turn says (flows/dm.py's replies), as the Slack calls that say it, in order: Block Kit from
bot/blocks.py. A call is plain data ({"method", "args"}) that bot/outbox.py sends without knowing what it says;
a question's (or verdict's) post carries a `note` the DM gets back once Slack accepted or refused it
(flows.dm.delivered)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from bot import blocks
from flows import faq
from flows.conversation import Answer, Ask, Chosen, Result, Say
from flows.dm import Reply
from flows.plain import say_text

Call = dict[str, Any]
T = TypeVar("T")


def calls(reply: Reply) -> list[Call]:
    """The Slack calls that say `reply`: notes go with the question (or verdict) after them."""
    if reply.aside:
        return [aside(reply.channel, reply.user, say_text(o, reply.lang)) for o in reply.outputs
                if isinstance(o, Say)]
    lang, run, refs, notes, out = reply.lang, reply.round, reply.refs, [], []
    dm = refs.get("channel") if str(refs.get("channel", "")).startswith("D") else None
    home_dm = dm or (reply.channel if reply.channel.startswith("D") else None)  # for the Home tab's start button
    for output in reply.outputs:
        if isinstance(output, Chosen):
            if refs.get("ts") and refs.get("question") == output.question.id:
                out.append(update(refs, *_answered(output, lang)))
            refs = {}
        elif isinstance(output, Say):
            notes.append(say_text(output, lang))
        elif isinstance(output, Ask):
            if refs.get("ts") and refs.get("question") == output.question.id:  # asked again below
                out.append(update(refs, *blocks.retired_question_blocks(output, lang)))
            out.append(post(reply.channel, *_asked(output, lang, notes, run), ask=output.question.id, run=run))
            notes, refs = [], {}
        elif isinstance(output, Answer):  # the answer to a question the user asked, a message of its own
            out.append(post(reply.channel, *_answer(output, lang)))
        elif isinstance(output, Result) and output.part != "main":  # typed 「詳しく」 / 「文例」
            if notes:
                out.append(post(reply.channel, *blocks.notes_blocks(notes)))
            part = blocks.details_blocks if output.part == "details" else blocks.reply_blocks
            out.append(post(reply.channel, *part(output.verdict)))
            notes = []
        elif isinstance(output, Result):
            out.append(post(reply.channel, *_verdict(output, notes, run), ask="verdict", run=run))
            out.append(home(reply.user, output.verdict.lang, output.verdict, home_dm))
            notes, refs = [], {}
    if notes:
        out.append(post(reply.channel, *blocks.notes_blocks(notes)))
    return [{**call, "dm": dm} if dm and call["method"] == "chat.postMessage" else call for call in out]


_BUILT: dict[tuple[Any, ...], Any] = {}
BUILT_LIMIT = 2048  # messages (and Home tabs) kept built; past it the memo starts afresh


def _kept(key: tuple[Any, ...], build: Callable[[], T]) -> T:
    """What `build` makes, built once per `key` (everything it depends on). Shared: nothing may change it."""
    found = _BUILT.get(key)
    if found is None:
        if len(_BUILT) >= BUILT_LIMIT:
            _BUILT.clear()
        found = _BUILT[key] = build()
    return found


def thread_answer(channel: str, thread: str, entry_id: str | None, lang: str) -> list[Call]:
    """A channel question's answer in its thread: the FAQ entry's answer, or how to use the advisor."""
    if entry_id is not None and entry_id in faq.BY_ID:
        message_blocks, text = blocks.faq_blocks(faq.BY_ID[entry_id].answer(lang))
    else:
        message_blocks, text = blocks.usage_blocks(lang)
    return [{"method": "chat.postMessage", "args": {"channel": channel, "thread_ts": thread, "text": text,
                                                    "blocks": [_as_dict(b) for b in message_blocks],
                                                    "unfurl_links": False}}]


def _built(key: tuple[Any, ...], build: Callable[[], tuple[list[Any], str]]) -> tuple[list[dict[str, Any]], str]:
    """A message's blocks as Slack's dicts and its text, built once per `key`: a question or an answer looks
    the same for every user in a round and language."""
    def as_dicts() -> tuple[list[dict[str, Any]], str]:
        message_blocks, text = build()
        return [_as_dict(b) for b in message_blocks], text

    found = _kept(key, as_dicts)
    return list(found[0]), found[1]


def _asked(ask: Ask, lang: str, notes: list[str], run: int) -> tuple[list[dict[str, Any]], str]:
    key = ("ask", ask.question.id, ask.question.ask[lang], tuple(o.value for o in ask.options), ask.attempt,
           ask.preselected, ask.show_help, lang, run, tuple(notes))
    return _built(key, lambda: blocks.question_blocks(ask, lang, notes, run))


def _verdict(result: Result, notes: list[str], run: int) -> tuple[list[dict[str, Any]], str]:
    """A verdict is the same for the same answers and language (flows.verdict.assess), which its buttons'
    value holds, with the round."""
    value = blocks.verdict_value(result.verdict, run)
    return _built(("verdict", value, tuple(notes)), lambda: blocks.verdict_blocks(result.verdict, notes, run=run))


def _answer(answer: Answer, lang: str) -> tuple[list[dict[str, Any]], str]:
    found = faq.BY_ID[answer.entry_id].answer(lang)
    button = "start_check" if answer.offer else None
    return _built(("faq", answer, lang), lambda: blocks.faq_blocks(found, button, answer.offer))


def _answered(chosen: Chosen, lang: str) -> tuple[list[dict[str, Any]], str]:
    return _built(("chosen", chosen.question.id, chosen.values, lang), lambda: blocks.chosen_blocks(chosen, lang))


def _as_dict(block: Any) -> dict[str, Any]:
    return block if isinstance(block, dict) else block.to_dict()


def post(channel: str, message_blocks: list[Any], text: str, ask: str | None = None, run: int = 0) -> Call:
    call: Call = {"method": "chat.postMessage",
                  "args": {"channel": channel, "text": text, "blocks": [_as_dict(b) for b in message_blocks]}}
    if ask:
        call["note"] = {"ask": ask, "round": run}
    return call


def update(refs: dict[str, Any], message_blocks: list[Any], text: str) -> Call:
    return {"method": "chat.update", "args": {"channel": refs["channel"], "ts": refs["ts"], "text": text,
                                              "blocks": [_as_dict(b) for b in message_blocks]}}


def aside(channel: str, user: str, text: str) -> Call:
    return {"method": "chat.postEphemeral", "args": {"channel": channel, "user": user, "text": text}}


def home(user: str, lang: str, verdict: Any, dm: str | None = None) -> Call:
    """The App Home tab with the user's last verdict (built once per verdict and language, as `_verdict`), and
    their DM channel when known (for its start button: blocks.home_view)."""
    key = ("home", lang, blocks.verdict_value(verdict) if verdict is not None else None)
    view = _kept(key, lambda: blocks.home_view(lang, verdict).to_dict())
    if dm:
        view = {**view, "private_metadata": dm}
    return {"method": "views.publish", "args": {"user_id": user, "view": view}}
