"""The independent conversation corpus (tests/data/fresh/, written from BRIEF.md by writers who had not read
flows/), scored end to end through the real conversation by tests/conversation_eval.py.

The dev half was read while the reader was changed; the held-out half was scored only at the end of each change
(nine writers, 275 conversations: 91.3% acceptable, 11 safer than the facts, 2 safe situations given stop, on
2026-12-07): its bounds guard against a regression, they are not the targets (≥ 95% acceptable, 0 safer than the
facts), which it does not meet yet.
"""

from __future__ import annotations

import pytest

from tests.conversation_eval import halves, score, summarise

DEV, HELDOUT = halves()


@pytest.fixture(scope="module")
def dev():
    return summarise(score(DEV))


@pytest.fixture(scope="module")
def heldout():
    return summarise(score(HELDOUT))


def test_the_corpus_has_both_halves_of_equal_size():
    assert len(DEV) == len(HELDOUT) == 34
    assert summarise(score([p for p in DEV if p.name == "h1_dev.yaml"])).total == 31


def test_dev_half(dev):
    assert dev.acceptable / dev.total >= 0.95, dev.lines("dev")
    # two safer, each a fact typed only in the answer to a question the bot never asks: h20-d003 corrects the
    # platform to Coconala in the answer to a question the first message already answered; h23-d003 says the client
    # wants a test article before escrow in the escrow answer, which a job not yet contracted is never asked; the
    # third (h28-d017) names a course to buy only in the answer to the contract question, which its first message
    # (「応募いたしました」) already answered; the fourth (h29-d029) says the request was refused only as "result was
    # rejection", words that also tell of a proposal's rejection (reading them as refused made other answers ⛔);
    # the fifth (h32-d016), like h23-d003, tells of a test article before escrow only in the escrow answer of a job
    # not contracted yet
    assert dev.safer <= 5 and dev.alarming == 0, dev.lines("dev")
    assert dev.reasks / dev.total <= 0.5 and dev.switched == 0, dev.lines("dev")


def test_held_out_half_does_not_fall_back(heldout):
    assert heldout.acceptable / heldout.total >= 0.85, heldout.lines("held-out")
    assert heldout.alarming / heldout.total <= 0.02, heldout.lines("held-out")
    # 20 of 845 at the end of the tenth to fourteenth reviews; 14 of 965 once the check before a ✅ named every answer
    # read from words (20 of the first 905 before it, 13 after); 14 of 1,025 with h33–h34
    assert heldout.safer <= 14, heldout.lines("held-out")
    assert heldout.reasks / heldout.total <= 0.5 and heldout.switched == 0, heldout.lines("held-out")
