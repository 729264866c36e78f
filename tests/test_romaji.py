"""Japanese typed in Latin letters (flows/romaji.py): the conversation stays Japanese; the words are not read as
Japanese (kana would lose the hedges the reader finds in kanji), so a romaji answer the reader cannot place is asked
again with its buttons, never guessed. English and Indonesian stay what they are."""

from __future__ import annotations

import pytest

from flows import lang, parse, romaji
from flows.conversation import Advisor, Ask, Text


@pytest.mark.parametrize(("word", "is_romaji"), [
    ("keiyaku", True), ("shinsei", True), ("ikkatsu", True), ("houshuu", True), ("konnichiwa", True),
    ("natteta", True), ("kan'i", True), ("client", False), ("chatwork", False), ("app", False), ("card", False),
])
def test_a_word_is_romaji_only_from_end_to_end(word, is_romaji):
    assert romaji.is_word(word) is is_romaji


@pytest.mark.parametrize("text", [
    "keiyaku wa mou shita yo", "nai desu", "karibarai sumi. konshuu no bun haitteru",
    "Lancers de ukete iru shigoto nandesu kedo, client kara Chatwork ni utsuritai to iwaremashita",
])
def test_romaji_is_japanese(text):
    assert lang.detect(text) == "ja"


@pytest.mark.parametrize("text", [
    "I have no idea", "the client said it is done", "no, not yet", "Kara said the escrow is done", "Hai, no",
    "hai, ga ada", "WA no", "no, Dane", "Sumi from the agency asked me to move to Chatwork",
    "hi! keiyaku done, karibarai done, no one asked for money",
])
def test_english_and_indonesian_are_not_taken_for_romaji(text):
    assert not romaji.is_romaji(text.lower(), lang.NEUTRAL)
    assert lang.detect(text) == "en"


@pytest.mark.parametrize(("question", "text"), [
    ("escrow", "karibarai zumi to omoimasu"), ("escrow", "karibarai zumi ni naru yotei"),
    ("contact_request", "shounin sareta tte kiita"), ("contact_request", "shounin: no"),
    ("client", "honnin kakunin: no"),
])
def test_a_romaji_answer_is_never_read_safer_than_its_words(question, text):
    assert parse.read(text, question).values in (None, ["unsure"], ["not_yet"], ["promised"], ["not_applied"],
                                                 ["pending"], ["history_only"], ["new_account"])


def test_romaji_in_a_japanese_conversation_is_no_english_but_english_is():
    assert lang.choose("ja", "honnin kakunin zumi de, hyouka mo takai") == "ja"
    assert lang.choose("ja", "I have no idea what that is") == "en"


def test_a_conversation_in_romaji_stays_japanese_and_asks_again_with_its_options():
    first = "crowdworks no案件で、client ga chatwork ni shiyou tte. daijoubu?"
    advisor = Advisor()
    turn = advisor.start(lang.choose(None, first, "en", new=True), first)  # the text's language, not the locale
    assert turn.conversation.lang == "ja"
    conv = turn.conversation
    ask = next(o for o in reversed(turn.outputs) if isinstance(o, Ask))
    conv.lang = lang.choose(conv.lang, "keiyaku wa mou shita yo")
    turn = advisor.step(conv, Text("keiyaku wa mou shita yo"))
    assert turn.conversation.lang == "ja"
    again = next(o for o in reversed(turn.outputs) if isinstance(o, Ask))
    assert again.question.id == ask.question.id and "contract" not in turn.conversation.answers
