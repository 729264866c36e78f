"""Japanese typed in Latin letters (flows/romaji.py): read as Japanese, answered in Japanese; English stays
English."""

from __future__ import annotations

import pytest

from flows import lang, parse, romaji
from flows.conversation import Advisor, Ask, Text


@pytest.mark.parametrize(("word", "kana"), [
    ("keiyaku", "けいやく"), ("shinsei", "しんせい"), ("ikkatsu", "いっかつ"), ("houshuu", "ほうしゅう"),
    ("konnichiwa", "こんにちわ"), ("natteta", "なってた"), ("wa", "は"), ("kan'i", "かんい"),
    ("client", None), ("chatwork", None), ("app", None), ("card", None),
])
def test_a_word_is_kana_only_when_it_is_romaji_from_end_to_end(word, kana):
    assert romaji.to_kana(word) == kana


@pytest.mark.parametrize(("question", "text", "value"), [
    ("contract", "keiyaku wa mou shita yo", "contracted"),
    ("contract", "keiyaku zumi", "contracted"),
    ("escrow", "karibarai sumi. konshuu no bun haitteru", "all"),
    ("escrow", "tabun mada... a, ima mitara karibarai zumi ni natteta", "all"),
    ("escrow", "mada desu", "not_yet"),
    ("job_format", "kotei houshuu, ikkatsu", "fixed_single"),
    ("contact_request", "shinsei shite shounin sareta yo", "approved"),
    ("contact_request", "naruhodo. jaa mada dare mo shinsei shitenai desu", "not_applied"),
    ("lancers_contact_request", "renrakusaki koukai shinsei? mada shitenai", "not_yet"),
    ("client", "honnin kakunin zumi, jisseki mo aru", "verified"),
    ("warning_signs", "toku ni nai desu", "none"),
])
def test_romaji_answers_are_read_as_japanese(question, text, value):
    assert parse.read(text, question).values == [value]


@pytest.mark.parametrize("text", [
    "I have no idea", "the client said it is done", "no, not yet", "Kara said the escrow is done",
    "Sumi from the agency asked me to move to Chatwork",
])
def test_english_is_not_taken_for_romaji(text):
    assert parse.normalise(text) == text.lower()
    assert lang.detect(text) == "en"


def test_a_conversation_in_romaji_stays_japanese_and_skips_what_it_said():
    first = "crowdworks no案件で、client ga chatwork ni shiyou tte. daijoubu?"
    advisor = Advisor()
    turn = advisor.start(lang.choose(None, first, "en", new=True), first)  # the text's language, not the locale
    assert turn.conversation.lang == "ja"
    conv = turn.conversation
    conv.lang = lang.choose(conv.lang, "keiyaku shimashita")
    turn = advisor.step(conv, Text("keiyaku shimashita"))
    assert turn.conversation.lang == "ja"
    assert turn.conversation.answers["contract"] == "contracted"
    ask = next(o for o in reversed(turn.outputs) if isinstance(o, Ask))
    assert ask.question.id == "job_format"
