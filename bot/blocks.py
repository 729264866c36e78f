"""Block Kit for every message and view the app sends, built with slack_sdk.models.

Each builder returns (blocks, fallback text) or a View; the plain text comes from flows/plain.py so
notifications and screen readers read the same words.
"""

from __future__ import annotations

import json
import re
from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    CheckboxesElement,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    InputBlock,
    MarkdownTextObject,
    Option,
    RichTextBlock,
    RichTextElementParts,
    RichTextPreformattedElement,
    SectionBlock,
    StaticSelectElement,
)
from slack_sdk.models.views import View

from flows import plain
from flows.conversation import Ask, Chosen
from flows.faq import FaqAnswer
from flows.questions import QUESTIONS, Question, valid_answer, valid_answers
from flows.rules import Source
from flows.texts import say
from flows.verdict import Verdict, assess

ANSWER = "answer"            # action_id prefix of an option button: answer:<value>
CHECKBOXES = "choices"       # the checkboxes of a multi-choice question
SUBMIT_CHOICES = "submit_choices"
START = "start_check"        # opens the conversation in DM (Home tab, FAQ replies, quick text)
RESTART = "restart_check"
DETAILS = "verdict_details"        # show the details in the verdict message
HIDE_DETAILS = "verdict_summary"   # back to the short verdict
REPLY = "verdict_reply"            # post a reply to send the client
VERDICT = "verdict"                # block_id of a verdict's first block (what is above it are notes)
VERDICT_ACTIONS = "verdict_actions"
MODAL = "migrate_check_modal"
NONE = "none"  # the "none of these" option of a multi-choice question
SECTION_LIMIT = 2900


def _label(text: str, limit: int = 75) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _sections(text: str) -> list[SectionBlock]:
    """Markdown sections, split to stay under Slack's 3,000-character limit."""
    chunks, current = [], ""
    for line in text.split("\n"):
        if len(current) + len(line) + 1 > SECTION_LIMIT and current:
            chunks.append(current)
            current = ""
        current = f"{current}\n{line}" if current else line
    return [SectionBlock(text=MarkdownTextObject(text=c)) for c in [*chunks, current] if c.strip()]


def button_value(run: int, question_id: str, value: str) -> str:
    """What an option button carries: the conversation's round (restarts make old buttons stale), the question
    and the option."""
    return f"{run}|{question_id}|{value}"


def parse_button_value(value: str) -> tuple[int, str, str]:
    """(round, question id, option value); round -1 for a value this app did not make."""
    run, _, rest = (value or "").partition("|")
    question_id, _, option = rest.partition("|")
    return (int(run) if run.isdigit() else -1), question_id, option


def question_blocks(ask: Ask, lang: str, notes: list[str], run: int) -> tuple[list[Block], str]:
    """A question with one button per option, or checkboxes and a Done button when several apply."""
    q = ask.question
    text = plain.question_text(ask, lang)
    blocks: list[Block] = [*_sections(esc("\n".join(notes))), *_sections(bold(esc(text)))]
    if q.multi:  # checkboxes (Slack allows 10), a Done button, and "none of these" as a button of its own
        options = [Option(value=o.value, text=_label(o.label[lang])) for o in ask.options if o.value != NONE]
        initial = [o for o in options if o.value in ask.preselected] or None
        none = [ButtonElement(text=_label(o.label[lang]), action_id=f"{ANSWER}:{o.value}",
                              value=button_value(run, q.id, o.value)) for o in ask.options if o.value == NONE]
        blocks.append(ActionsBlock(block_id=f"q:{q.id}", elements=[
            CheckboxesElement(action_id=CHECKBOXES, options=options, initial_options=initial),
            ButtonElement(text=say("submit_choices", lang), action_id=SUBMIT_CHOICES, style="primary",
                          value=button_value(run, q.id, "")),
            *none,
        ]))
    else:
        blocks.append(ActionsBlock(block_id=f"q:{q.id}", elements=[
            ButtonElement(text=_label(o.label[lang]), action_id=f"{ANSWER}:{o.value}",
                          value=button_value(run, q.id, o.value)) for o in ask.options
        ]))
    blocks.append(ContextBlock(elements=[MarkdownTextObject(text=esc(say("help", lang).split("\n")[0]))]))
    return blocks, "\n".join([*notes, plain.ask_text(ask, lang)])


def retired_question_blocks(ask: Ask, lang: str) -> tuple[list[Block], str]:
    """A question message once the question was asked again below it."""
    text = ask.question.ask[lang]
    return [*_sections(esc(text)), ContextBlock(elements=[MarkdownTextObject(text=esc(say("asked_again", lang)))])], text


def chosen_blocks(chosen: Chosen, lang: str) -> tuple[list[Block], str]:
    """The question message once answered: what was chosen, no buttons."""
    text = plain.chosen_text(chosen, lang)
    return [SectionBlock(text=MarkdownTextObject(text=f"✔ {esc(text)}"))], text


def notes_blocks(notes: list[str]) -> tuple[list[Block], str]:
    text = "\n".join(notes)
    return _sections(esc(text)), text


def bold(text: str) -> str:
    """Each non-empty line in bold: a bold span across a line break shows its asterisks in Slack."""
    return "\n".join(f"*{line.strip()}*" if line.strip() else line for line in text.split("\n"))


def esc(text: str) -> str:
    """Text made safe for mrkdwn: Slack reads &, < and > as markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def link(source: Source, lang: str, short: bool = False) -> str:
    """A source as a link where there is a URL (its title otherwise), escaped for mrkdwn."""
    title = esc(source.brief(lang) if short else source.label(lang))
    return f"<{esc(source.url)}|{title}>" if source.url else title


def _links(sources: tuple[Source, ...], lang: str) -> str:
    """One line per source: a link where there is a URL, the title otherwise."""
    return "\n".join(f"• {link(s, lang)}" for s in sources)


def verdict_value(verdict: Verdict, run: int | None = None, quick: bool = False) -> str:
    """What the verdict's buttons carry, so a click can rebuild the verdict without the store: the answers,
    the language, the conversation round (a DM verdict) or that it is a quick assessment."""
    data: dict[str, Any] = {"a": dict(verdict.answers), "l": verdict.lang}
    if run is not None:
        data["r"] = run
    if quick:
        data["q"] = 1
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def read_verdict_value(value: str) -> tuple[Verdict, int | None, bool] | None:
    """(the verdict, its round, quick?) from a verdict button's value; None for a value this app did not make."""
    if not isinstance(value, str) or len(value) > 2000:  # Slack's limit for a button value
        return None
    try:
        data = json.loads(value or "")
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("a"), dict):
        return None
    answers = valid_answers(data["a"])
    run = data.get("r") if isinstance(data.get("r"), int) else None
    return assess(answers, data.get("l") if data.get("l") in ("ja", "en") else "ja"), run, bool(data.get("q"))


def quick_intro(verdict: Verdict) -> str:
    lang = verdict.lang
    return say("quick_intro", lang) + ("" if verdict.answers else " " + say("quick_nothing", lang))


def _main_sections(verdict: Verdict) -> list[Block]:
    lang = verdict.lang
    steps = [esc(line) for line in plain.step_lines(verdict)]
    if verdict.done:
        steps.insert(0, esc(plain.done_line(verdict) or ""))
    out: list[Block] = [SectionBlock(block_id=VERDICT, text=MarkdownTextObject(text=f"*{esc(plain.headline(verdict))}*"))]
    if verdict.steps:
        out += _sections(f"*{esc(say('steps', lang))}*\n" + "\n".join(steps))
    elif verdict.done:
        out += _sections(steps[0])
    if verdict.watch:
        lines = [f"• {esc(plain.watch_line(p, lang))}" for p in verdict.watch]
        out += _sections(f"*{esc(say('checklist', lang))}*\n" + "\n".join(lines))
    links = " · ".join(link(s, lang, short=True) for s in verdict.main_sources)
    out.append(ContextBlock(elements=[MarkdownTextObject(text=say("sources_line", lang, links=links,
                                                                   date=verdict.checked))]))
    return out


def details_sections(verdict: Verdict) -> list[Block]:
    """The details: every reason, the rest of the checklist, what is still to check, every source."""
    lang = verdict.lang
    out: list[Block] = []
    for title, items in plain.detail_sections(verdict):
        out += _sections(f"*{esc(title)}*\n" + "\n".join(f"• {esc(item)}" for item in items))
    out += [*_sections(f"*{esc(say('sources', lang, date=verdict.checked))}*\n{_links(verdict.sources, lang)}"),
            ContextBlock(elements=[MarkdownTextObject(text=esc(say("disclaimer", lang)))])]
    return out


def verdict_blocks(verdict: Verdict, notes: list[str] | None = None, run: int | None = None,
                   quick: bool = False, expanded: bool = False) -> tuple[list[Block], str]:
    """A verdict message: the headline, the steps, at most three points to watch and one line of sources;
    with ``expanded``, the details below them. Buttons: details (or hide them), a reply to send the client,
    and check again (a DM or form verdict) or continue in DM (a quick assessment)."""
    lang = verdict.lang
    value = verdict_value(verdict, run, quick)
    toggle = (ButtonElement(text=say("hide_details", lang), action_id=HIDE_DETAILS, value=value) if expanded
              else ButtonElement(text=say("details", lang), action_id=DETAILS, value=value))
    if quick:
        last = start_button(lang, json.dumps(dict(verdict.answers), ensure_ascii=False), "continue_in_dm")
    else:
        restart = "restart" if run is None else str(run)  # the round makes a second click harmless
        last = ButtonElement(text=say("start_over", lang), action_id=RESTART, value=restart)
    reply = ButtonElement(text=say("reply_button", lang), action_id=REPLY, value=value)
    notes = [quick_intro(verdict)] if quick and notes is None else notes or []
    blocks: list[Block] = _main_sections(verdict)  # the headline first; notes about the conversation below it
    if notes:
        blocks.append(ContextBlock(elements=[MarkdownTextObject(text=esc("\n".join(notes))[:2900])]))
    if expanded:
        blocks += [DividerBlock(), *details_sections(verdict)]
    blocks.append(ActionsBlock(block_id=VERDICT_ACTIONS, elements=[toggle, reply, last]))
    return blocks, fallback("\n".join([plain.headline(verdict), *notes]))


FALLBACK_LIMIT = 3000  # Slack wants a message's `text` under 4,000 characters


def fallback(text: str) -> str:
    """A notification's short text: at most FALLBACK_LIMIT characters."""
    return text if len(text) <= FALLBACK_LIMIT else text[: FALLBACK_LIMIT - 1] + "…"


def details_blocks(verdict: Verdict) -> tuple[list[Block], str]:
    """The details as a message of their own (typed 「詳しく」 / "details" in the DM)."""
    title = f"{plain.LEVEL_EMOJI[verdict.level]} {say('details', verdict.lang)}"
    return [*_sections(f"*{esc(title)}*"), *details_sections(verdict)], plain.details_text(verdict)


def reply_blocks(verdict: Verdict) -> tuple[list[Block], str]:
    """The reply to send the client, easy to copy (a preformatted block), or why there is none."""
    lang = verdict.lang
    if verdict.reply.text is None:
        text = say("no_reply", lang)
        return _sections(esc(text)), text
    out: list[Block] = [*_sections(esc(say("reply_intro", lang)))]
    english = verdict.reply.english
    if english is not None:
        out += _sections(f"*{esc(say('reply_japanese', lang))}*")
    out.append(_preformatted(verdict.reply.text))
    if english is not None:
        out += [*_sections(f"*{esc(say('reply_english', lang))}*"), _preformatted(english)]
    return out, plain.reply_text(verdict)


def _preformatted(text: str) -> RichTextBlock:
    return RichTextBlock(elements=[RichTextPreformattedElement(elements=[RichTextElementParts.Text(text=text)])])


def visible_text(message_blocks: list[Any]) -> str:
    """The text a user sees in these blocks: link labels (not their URLs), no bold markers, no escapes."""
    out: list[str] = []
    for block in message_blocks:
        data = block.to_dict() if hasattr(block, "to_dict") else block
        kind = data.get("type")
        if kind in ("section", "header"):
            out.append(_seen((data.get("text") or {}).get("text", "")))
        elif kind == "context":
            out += [_seen(e.get("text", "")) for e in data.get("elements", [])]
        elif kind == "actions":
            out += [(e.get("text") or {}).get("text", "") for e in data.get("elements", []) if e.get("type") == "button"]
        elif kind == "rich_text":
            out += ["".join(part.get("text", "") for e in data.get("elements", []) for part in e.get("elements", []))]
    return "\n".join(line for line in out if line)


_LINK = re.compile(r"<[^|<>]+\|([^<>]*)>")


def _seen(mrkdwn: str) -> str:
    text = _LINK.sub(r"\1", mrkdwn).replace("*", "")
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def start_button(lang: str, value: str = "{}", text_key: str = "start_check") -> ButtonElement:
    return ButtonElement(text=say(text_key, lang), action_id=START, value=value, style="primary")


def faq_blocks(answer: FaqAnswer, button: str | None = "continue_in_dm", offer: bool = False) -> tuple[list[Block], str]:
    """A short FAQ answer with its sources; `button`: a button to the full check (its text's key), or none;
    `offer`: the line offering to check the user's own case (in a DM between checks)."""
    links = _links(answer.sources, answer.lang)
    blocks: list[Block] = [*_sections(esc(answer.text))]
    if links:
        blocks.append(ContextBlock(elements=[MarkdownTextObject(text=links[:2900])]))
    text = answer.text
    if offer:
        blocks += _sections(esc(say("faq_offer", answer.lang)))
        text += "\n" + say("faq_offer", answer.lang)
    if button:
        blocks.append(ActionsBlock(elements=[start_button(answer.lang, text_key=button)]))
    return blocks, text


def usage_blocks(lang: str) -> tuple[list[Block], str]:
    """How to use the bot, for a mention that asks nothing the FAQ covers."""
    text = say("mention_usage", lang)
    return [*_sections(esc(text)), ActionsBlock(elements=[start_button(lang)])], text


def home_view(lang: str, last: Verdict | None, dm: str | None = None) -> View:
    """The App Home tab: what the bot does, a start button, and the user's last verdict; its private metadata
    names the user's DM with the bot (`dm`), when known."""
    blocks: list[Block] = [HeaderBlock(text=say("home_title", lang)), *_sections(esc(say("home_intro", lang))),
                           ActionsBlock(elements=[start_button(lang)]), DividerBlock()]
    if last is None:
        blocks += _sections(esc(say("home_no_verdict", lang)))
    else:
        steps = "\n".join(esc(line) for line in plain.step_lines(last))
        blocks += _sections(f"*{esc(say('home_last_verdict', lang))}*: {esc(plain.level_name(last))}\n"
                            f"{esc(last.headline)}\n{steps}")
    blocks.append(ContextBlock(elements=[MarkdownTextObject(text=esc(say("home_usage", lang)))]))
    return View(type="home", blocks=blocks, private_metadata=dm)


def _modal_inputs(q: Question, lang: str) -> list[InputBlock]:
    """A select for a single-choice question; checkboxes (at most 10 in Slack) plus a separate "none of these"
    tick for a multi-choice one."""
    if not q.multi:
        return [_modal_input(q, lang)]
    options = [Option(value=o.value, text=_label(o.label[lang])) for o in q.options if o.value != NONE]
    none = [Option(value=o.value, text=_label(o.label[lang])) for o in q.options if o.value == NONE]
    inputs = [InputBlock(block_id=q.id, label=_label(q.ask[lang], 2000), optional=True, hint=_label(q.help[lang], 2000),
                         element=CheckboxesElement(action_id="value", options=options))]
    if none:
        inputs.append(InputBlock(block_id=f"{q.id}:{NONE}", label=_label(q.short[lang], 2000), optional=True,
                                 element=CheckboxesElement(action_id="value", options=none)))
    return inputs


def _modal_input(q: Question, lang: str) -> InputBlock:
    options = [Option(value=o.value, text=_label(o.label[lang])) for o in q.options]
    initial = options[0] if q.id == "platform" else None
    element = StaticSelectElement(action_id="value", options=options, initial_option=initial,
                                  placeholder=say("choose", lang))
    return InputBlock(block_id=q.id, label=_label(q.ask[lang], 2000), element=element, optional=q.id != "platform",
                      hint=_label(q.help[lang], 2000))


def modal_view(lang: str, private_metadata: str) -> View:
    """The whole check as one form, generated from the questions in flows/questions.py."""
    return View(type="modal", callback_id=MODAL, title=_label(say("modal_title", lang), 24),
                submit=say("modal_submit", lang), close=say("modal_close", lang),
                private_metadata=private_metadata,
                blocks=[*_sections(say("modal_intro", lang)), *(i for q in QUESTIONS for i in _modal_inputs(q, lang))])


def _values(options: Any) -> list[Any]:
    return [o.get("value") for o in options if isinstance(o, dict)] if isinstance(options, list) else []


def modal_answers(state_values: dict[str, Any]) -> dict[str, Any]:
    """Answers from a submitted modal's state.values (unanswered questions are left out)."""
    answers: dict[str, Any] = {}
    for q in QUESTIONS:
        field = (state_values.get(q.id) or {}).get("value") or {}
        if q.multi:
            none = ((state_values.get(f"{q.id}:{NONE}") or {}).get("value") or {}).get("selected_options") or []
            picked = _values(field.get("selected_options")) or _values(none)
            if picked:
                answers[q.id] = picked
        elif isinstance(field.get("selected_option"), dict):
            answers[q.id] = field["selected_option"].get("value")
    return {k: v for k, v in answers.items() if valid_answer(k, v)}
