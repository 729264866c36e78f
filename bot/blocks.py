"""Block Kit for every message and view the app sends, built with slack_sdk.models.

Each builder returns (blocks, fallback text) or a View; the plain text comes from flows/plain.py so
notifications and screen readers read the same words.
"""

from __future__ import annotations

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
    SectionBlock,
    StaticSelectElement,
)
from slack_sdk.models.views import View

from flows import plain
from flows.conversation import Ask, Chosen
from flows.faq import FaqAnswer
from flows.questions import QUESTIONS, Question
from flows.rules import Source
from flows.texts import say
from flows.verdict import Verdict

ANSWER = "answer"            # action_id prefix of an option button: answer:<value>
CHECKBOXES = "choices"       # the checkboxes of a multi-choice question
SUBMIT_CHOICES = "submit_choices"
START = "start_check"        # opens the conversation in DM (Home tab, FAQ replies, quick text)
RESTART = "restart_check"
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
    blocks: list[Block] = [*_sections("\n".join(notes)), *_sections(f"*{text}*")]
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
    blocks.append(ContextBlock(elements=[MarkdownTextObject(text=say("help", lang).split("\n")[0])]))
    return blocks, "\n".join([*notes, plain.ask_text(ask, lang)])


def retired_question_blocks(ask: Ask, lang: str) -> tuple[list[Block], str]:
    """A question message once the question was asked again below it."""
    text = ask.question.ask[lang]
    return [*_sections(text), ContextBlock(elements=[MarkdownTextObject(text=say("asked_again", lang))])], text


def chosen_blocks(chosen: Chosen, lang: str) -> tuple[list[Block], str]:
    """The question message once answered: what was chosen, no buttons."""
    text = plain.chosen_text(chosen, lang)
    return [SectionBlock(text=MarkdownTextObject(text=f"✔ {text}"))], text


def notes_blocks(notes: list[str]) -> tuple[list[Block], str]:
    text = "\n".join(notes)
    return _sections(text), text


def _links(sources: tuple[Source, ...], lang: str) -> str:
    """One line per source: a link where there is a URL, the title otherwise."""
    return "\n".join(f"• <{s.url}|{s.label(lang)}>" if s.url else f"• {s.label(lang)}" for s in sources)


def verdict_blocks(verdict: Verdict, notes: list[str] | None = None, buttons: bool = True,
                   run: int | None = None) -> tuple[list[Block], str]:
    """The verdict: level with an emoji, reasons, what to do first, checklist, sources, start over."""
    lang = verdict.lang
    blocks: list[Block] = [*_sections("\n".join(notes or [])),
                           HeaderBlock(text=_label(plain.headline(verdict).split(":")[0], 150)),
                           *_sections(f"*{verdict.headline}*")]
    for title, items in plain.verdict_sections(verdict):
        blocks += _sections(f"*{title}*\n" + "\n".join(f"• {item}" for item in items))
    blocks += [DividerBlock(), *_sections(f"*{say('sources', lang, date=plain.CHECKED)}*\n{_links(verdict.sources, lang)}"),
               ContextBlock(elements=[MarkdownTextObject(text=say("disclaimer", lang))])]
    if buttons:
        value = "restart" if run is None else str(run)  # the round makes a second click harmless
        blocks.append(ActionsBlock(elements=[ButtonElement(text=say("start_over", lang), action_id=RESTART,
                                                           value=value)]))
    return blocks, "\n".join([*(notes or []), plain.verdict_text(verdict)])


def actions(*elements: ButtonElement) -> ActionsBlock:
    return ActionsBlock(elements=list(elements))


def start_button(lang: str, value: str = "{}", text_key: str = "start_check") -> ButtonElement:
    return ButtonElement(text=say(text_key, lang), action_id=START, value=value, style="primary")


def faq_blocks(answer: FaqAnswer) -> tuple[list[Block], str]:
    """A short FAQ answer for a channel thread, with its sources and a button to the full check."""
    links = _links(answer.sources, answer.lang)
    blocks: list[Block] = [*_sections(answer.text)]
    if links:
        blocks.append(ContextBlock(elements=[MarkdownTextObject(text=links[:2900])]))
    blocks.append(ActionsBlock(elements=[start_button(answer.lang, text_key="continue_in_dm")]))
    return blocks, answer.text


def usage_blocks(lang: str) -> tuple[list[Block], str]:
    """How to use the bot, for a mention that asks nothing the FAQ covers."""
    text = say("mention_usage", lang)
    return [*_sections(text), ActionsBlock(elements=[start_button(lang)])], text


def home_view(lang: str, last: Verdict | None) -> View:
    """The App Home tab: what the bot does, a start button, and the user's last verdict."""
    blocks: list[Block] = [HeaderBlock(text=say("home_title", lang)), *_sections(say("home_intro", lang)),
                           ActionsBlock(elements=[start_button(lang)]), DividerBlock()]
    if last is None:
        blocks += _sections(say("home_no_verdict", lang))
    else:
        blocks += _sections(f"*{say('home_last_verdict', lang)}*\n{plain.headline(last)}")
        for title, items in plain.verdict_sections(last)[:2]:
            blocks += _sections(f"*{title}*\n" + "\n".join(f"• {item}" for item in items))
    blocks.append(ContextBlock(elements=[MarkdownTextObject(text=say("home_usage", lang))]))
    return View(type="home", blocks=blocks)


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


def modal_answers(state_values: dict[str, Any]) -> dict[str, Any]:
    """Answers from a submitted modal's state.values (unanswered questions are left out)."""
    answers: dict[str, Any] = {}
    for q in QUESTIONS:
        field = (state_values.get(q.id) or {}).get("value") or {}
        if q.multi:
            none = ((state_values.get(f"{q.id}:{NONE}") or {}).get("value") or {}).get("selected_options") or []
            picked = [o["value"] for o in field.get("selected_options") or []] or [o["value"] for o in none]
            if picked:
                answers[q.id] = picked
        elif field.get("selected_option"):
            answers[q.id] = field["selected_option"]["value"]
    return answers
