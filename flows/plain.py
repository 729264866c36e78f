"""Plain-text rendering of what the advisor says: the terminal chat and Slack's fallback text."""

from __future__ import annotations

from flows.conversation import Ask, Chosen, Output, Result, Say
from flows.questions import BY_ID
from flows.rules import CHECKED as RULES_CHECKED
from flows.texts import say
from flows.verdict import Level, Point, Verdict

LEVEL_EMOJI = {Level.SAFE: "✅", Level.SAFE_IF: "⚠️", Level.STOP: "⛔"}
CHECKED = RULES_CHECKED  # the date every rule was last checked


def question_text(ask: Ask, lang: str) -> str:
    """The question (re-worded on a re-ask, with its help from the third attempt)."""
    q = ask.question
    lines = [q.reask[lang] if ask.attempt and not ask.show_help else q.ask[lang]]
    if ask.attempt >= 2 or ask.show_help:
        lines.append(q.help[lang])
    if q.multi:
        lines.append(say("multi_hint", lang))
        if ask.preselected:
            lines.append(say("preselected_hint", lang))
    return "\n".join(lines)


def ask_text(ask: Ask, lang: str) -> str:
    """The question with numbered options."""
    options = [f"  {n}. {o.label[lang]}" + (" ✔" if o.value in ask.preselected else "")
               for n, o in enumerate(ask.options, 1)]
    return "\n".join([question_text(ask, lang), *options])


def chosen_text(chosen: Chosen, lang: str) -> str:
    return say("chosen", lang, question=chosen.question.short[lang], answer="、".join(chosen.labels(lang)))


def say_text(message: Say, lang: str) -> str:
    return say(message.key, lang, **dict(message.values))


def point_text(point: Point, lang: str) -> str:
    """One point: its text, what to do, and its confidence label."""
    confidence = say(f"confidence_{point.confidence}", lang)
    text = f"{point.text} （{confidence}）" if lang == "ja" else f"{point.text} ({confidence})"
    return f"{text}\n    → {point.action}" if point.action and point.action not in point.text else text


def headline(verdict: Verdict) -> str:
    level = say(f"level_{verdict.level.value}", verdict.lang)
    return f"{LEVEL_EMOJI[verdict.level]} {level}: {verdict.headline}"


def verdict_sections(verdict: Verdict) -> list[tuple[str, list[str]]]:
    """(title, lines) for each non-empty part of the verdict, in reading order."""
    lang = verdict.lang
    parts = [
        ("reasons", [point_text(p, lang) for p in verdict.reasons]),
        ("todo_first", [point_text(p, lang) for p in verdict.todo_first if p not in verdict.reasons]),
        ("checklist", [point_text(p, lang) for p in verdict.checklist]),
        ("still_to_check", [_short(q, lang) for q in verdict.still_to_check]),
    ]
    return [(say(key, lang), lines) for key, lines in parts if lines]


def source_lines(verdict: Verdict) -> list[str]:
    lang = verdict.lang
    return [f"{s.label(lang)} {s.url}" if s.url else s.label(lang) for s in verdict.sources]


def verdict_text(verdict: Verdict) -> str:
    lang = verdict.lang
    lines = [headline(verdict)]
    for title, items in verdict_sections(verdict):
        lines += ["", f"■ {title}", *(f"  ・{item}" for item in items)]
    lines += ["", f"■ {say('sources', lang, date=CHECKED)}", *(f"  ・{s}" for s in source_lines(verdict))]
    lines += ["", say("disclaimer", lang)]
    return "\n".join(lines)


def output_text(output: Output, lang: str) -> str:
    if isinstance(output, Ask):
        return ask_text(output, lang)
    if isinstance(output, Chosen):
        return chosen_text(output, lang)
    if isinstance(output, Result):
        return verdict_text(output.verdict)
    return say_text(output, lang)


def _short(question_id: str, lang: str) -> str:
    return BY_ID[question_id].short[lang]
