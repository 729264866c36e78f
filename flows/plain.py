"""Plain-text rendering of what the advisor says: the terminal chat and Slack's fallback text.

A verdict has three parts: the main message (``verdict_text``: headline, steps, at most three points to
watch, one line of sources), the details (``details_text``: every reason, the rest of the checklist, what is
still to check, every source with its URL) and the reply to send the client (``reply_text``).
"""

from __future__ import annotations

from flows import faq
from flows.conversation import Answer, Ask, Chosen, Output, Result, Say
from flows.questions import BY_ID
from flows.texts import say
from flows.verdict import Level, Point, Verdict

LEVEL_EMOJI = {Level.SAFE: "✅", Level.SAFE_IF: "⚠️", Level.STOP: "⛔"}


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


# ---- the verdict ----

def label(kind: str, lang: str) -> str:
    """（公式） / (official): a confidence, or "your answer" for a restatement."""
    name = say(f"confidence_{kind}", lang)
    return f"（{name}）" if lang == "ja" else f" ({name})"


def headline(verdict: Verdict) -> str:
    return f"{LEVEL_EMOJI[verdict.level]} {verdict.headline}"


def level_name(verdict: Verdict) -> str:
    """✅ 移行して大丈夫です: the level in words (the Home tab)."""
    return f"{LEVEL_EMOJI[verdict.level]} {say(f'level_{verdict.level.value}', verdict.lang)}"


def done_line(verdict: Verdict) -> str | None:
    if not verdict.done:
        return None
    joiner = "・" if verdict.lang == "ja" else ", "
    return say("done", verdict.lang, items=joiner.join(verdict.done))


def step_lines(verdict: Verdict) -> list[str]:
    return [f"{n}. {s.text}" for n, s in enumerate(verdict.steps, 1)]


def watch_line(point: Point, lang: str) -> str:
    """A point of the main message: its one line and its confidence."""
    return point.line + label(point.confidence, lang)


def detail_line(point: Point, lang: str, action: bool = False) -> str | None:
    """A point in the details: what is new in it, each part with its label; None when nothing is new."""
    if not point.parts:
        return None
    joiner = "" if lang == "ja" else " "
    text = joiner.join(part + label(kind, lang) for part, kind in point.parts)
    return f"{text}\n    → {point.action}" if action and point.action else text


def summary(verdict: Verdict) -> str:
    """The headline and the steps: the notification and screen-reader text of a verdict message."""
    lines = [headline(verdict), *([done_line(verdict)] if verdict.done else []), *step_lines(verdict)]
    return "\n".join(lines)


def detail_sections(verdict: Verdict) -> list[tuple[str, list[str]]]:
    """(title, lines) of the details: every reason, the rest of the checklist, what is still to check."""
    lang = verdict.lang
    parts = [
        ("reasons", [detail_line(p, lang) for p in verdict.reasons]),
        ("more_checklist", [detail_line(p, lang, action=True) for p in verdict.more]),
        ("still_to_check", [BY_ID[q].short[lang] for q in verdict.still_to_check]),
    ]
    return [(say(key, lang), [line for line in lines if line]) for key, lines in parts
            if any(lines)]


def source_lines(verdict: Verdict) -> list[str]:
    lang = verdict.lang
    return [f"{s.label(lang)} {s.url}" if s.url else s.label(lang) for s in verdict.sources]


def verdict_text(verdict: Verdict, hint: bool = True) -> str:
    """The main message: headline, steps, at most three points to watch, the sources in one line."""
    lang = verdict.lang
    lines = [headline(verdict), ""]
    if verdict.done:
        lines.append(done_line(verdict))
    if verdict.steps:
        lines += [f"■ {say('steps', lang)}", *(f"  {line}" for line in step_lines(verdict))]
    if verdict.watch:
        lines += ["", f"■ {say('checklist', lang)}", *(f"  ・{watch_line(p, lang)}" for p in verdict.watch)]
    links = " · ".join(s.brief(lang) for s in verdict.main_sources)
    lines += ["", say("sources_line", lang, links=links, date=verdict.checked)]
    if hint:
        lines += ["", say("terminal_more", lang)]
    return "\n".join(lines)


def details_text(verdict: Verdict) -> str:
    """Everything the main message leaves out, with every source and its URL."""
    lang = verdict.lang
    lines = [f"{LEVEL_EMOJI[verdict.level]} {say('details', lang)}"]
    for title, items in detail_sections(verdict):
        lines += ["", f"■ {title}", *(f"  ・{item}" for item in items)]
    lines += ["", f"■ {say('sources', lang, date=verdict.checked)}", *(f"  ・{s}" for s in source_lines(verdict))]
    lines += ["", say("disclaimer", lang)]
    return "\n".join(lines)


def reply_text(verdict: Verdict) -> str:
    """The reply to send the client, or why there is none."""
    lang = verdict.lang
    if verdict.reply.text is None:
        return say("no_reply", lang)
    draft = verdict.reply
    if draft.english is None:
        return f"{say('reply_intro', lang)}\n\n{draft.text}"
    return (f"{say('reply_intro', lang)}\n\n{say('reply_japanese', lang)}\n{draft.text}\n\n"
            f"{say('reply_english', lang)}\n{draft.english}")


def result_text(result: Result) -> str:
    verdict = result.verdict
    if result.part == "details":
        return details_text(verdict)
    if result.part == "reply":
        return reply_text(verdict)
    return verdict_text(verdict)


def answer_text(answer: Answer, lang: str) -> str:
    """A FAQ answer: the answer, its sources, and the offer to check the user's own case when it has one."""
    entry = faq.BY_ID[answer.entry_id]
    links = " · ".join(s.brief(lang) for s in entry.sources)
    lines = [entry.answer(lang).text, "", say("sources_line", lang, links=links, date=entry.checked)]
    return "\n".join([*lines, "", say("faq_offer", lang)] if answer.offer else lines)


def output_text(output: Output, lang: str) -> str:
    if isinstance(output, Answer):
        return answer_text(output, lang)
    if isinstance(output, Ask):
        return ask_text(output, lang)
    if isinstance(output, Chosen):
        return chosen_text(output, lang)
    if isinstance(output, Result):
        return result_text(output)
    return say_text(output, lang)
