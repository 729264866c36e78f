"""What a turn sends, as `bot/render.calls` builds it: a verdict (and the Home tab) built once and reused
must be exactly the message built afresh for those answers, whichever verdicts came before it."""

from __future__ import annotations

from bot import blocks, render
from flows.conversation import Result
from flows.dm import Reply
from flows.verdict import assess
from tests.test_scenarios import TUNING


def _fresh(verdict, notes, run):
    message_blocks, text = blocks.verdict_blocks(verdict, notes, run=run)
    return [b.to_dict() for b in message_blocks], text


def _sent(answers, lang, run):
    verdict = assess(answers, lang)
    post, home = render.calls(Reply("D1", "U1", (Result(verdict),), lang, run))
    return verdict, post, home


def test_each_verdict_sent_is_the_one_its_answers_give():
    cases = [(s["answers"], s["lang"]) for s in TUNING][:40]
    for round_no in (0, 1):
        for answers, lang in cases + cases[::-1]:  # each built once, then reused after the others
            verdict, post, home = _sent(answers, lang, round_no)
            assert (post["args"]["blocks"], post["args"]["text"]) == _fresh(verdict, [], round_no)
            assert home["args"]["view"] == blocks.home_view(lang, verdict, "D1").to_dict()
    assert len({str(_fresh(assess(a, lang), [], 0)) for a, lang in cases}) > 10  # the cases do differ
