"""The channel FAQ (flows/faq.py): corpus precision/recall, sources, language, @mentions."""

from __future__ import annotations

import ast
import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

from flows import faq
from flows.lang import detect

CORPUS = Path(__file__).resolve().parent / "data" / "faq_corpus.yaml"
FACTS = Path(__file__).resolve().parents[1] / "docs" / "sources.md"  # the domain facts (copy of the shared file)
ENTRY_IDS = {e.id for e in faq.FAQ_ENTRIES}


def load_corpus() -> list[dict]:
    return yaml.safe_load(CORPUS.read_text(encoding="utf-8"))["messages"]


def facts_urls() -> set[str]:
    if not FACTS.is_file():
        pytest.fail(f"{FACTS} not found: the FAQ sources are checked against the domain facts there")
    return {u.rstrip(".,;)") for u in re.findall(r"https?://[^\s<>]+", FACTS.read_text(encoding="utf-8"))}


# ---------------------------------------------------------------- the corpus itself


def test_corpus_shape():
    msgs = load_corpus()
    on = [m for m in msgs if m["label"] is not None]
    off = [m for m in msgs if m["label"] is None]
    assert len(on) >= 40 and len(off) >= 40
    for group in (on, off):
        langs = Counter(detect(m["text"]) or "ja" for m in group)
        assert langs["en"] >= 10
        assert langs["ja"] > langs["en"]
    assert {m["label"] for m in on} <= ENTRY_IDS
    assert {m["label"] for m in on} == ENTRY_IDS, "every entry should have corpus examples"
    texts = [m["text"] for m in msgs]
    assert len(texts) == len(set(texts)), "duplicate corpus messages"


def test_corpus_precision_recall():
    msgs = load_corpus()
    tp = fp = fn = tn = right_entry = 0
    per_entry: dict[str, Counter] = {i: Counter() for i in ENTRY_IDS}
    problems: list[str] = []
    for m in msgs:
        label, ans = m["label"], faq.match(m["text"])
        got = ans.entry_id if ans else None
        if label is None:
            tn += got is None
            fp += got is not None
        else:
            per_entry[label]["labelled"] += 1
            tp += got is not None
            fn += got is None
            if got == label:
                right_entry += 1
                per_entry[label]["correct"] += 1
        if got is not None:
            per_entry[got]["answered"] += 1
        if got != label:
            problems.append(f"  expected {label!s:24} got {got!s:24} {m['text']}")
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    entry_accuracy = right_entry / tp if tp else 0.0
    print(f"\nFAQ corpus: {len(msgs)} messages, tp={tp} fp={fp} fn={fn} tn={tn}")
    print(f"precision={precision:.3f} recall={recall:.3f} right entry among hits={entry_accuracy:.3f}")
    print(f"  {'entry':26} labelled  answered  correct")
    for entry_id in sorted(per_entry):
        c = per_entry[entry_id]
        print(f"  {entry_id:26} {c['labelled']:8}  {c['answered']:8}  {c['correct']:7}")
    if problems:
        print("mismatches:\n" + "\n".join(problems))
    assert precision >= 0.95
    assert recall >= 0.8
    assert entry_accuracy >= 0.9


# ---------------------------------------------------------------- the entries


def test_entries_well_formed():
    assert len(ENTRY_IDS) == len(faq.FAQ_ENTRIES), "duplicate entry ids"
    for e in faq.FAQ_ENTRIES:
        assert e.topic and e.sources, e.id
        assert e.confidence in ("official", "secondary"), e.id
        assert detect(e.ja) == "ja", e.id
        assert 2 <= e.ja.count("。") <= 6 and e.ja.endswith("。"), e.id
        en_sentences = [s for s in re.split(r"(?<=[.!?])\s+", e.en.strip()) if s]
        assert 2 <= len(en_sentences) <= 6, (e.id, en_sentences)
        if e.confidence == "secondary":
            assert "とされて" in e.ja and "reportedly" in e.en, f"{e.id}: a secondary fact must be hedged"
            assert "最新" in e.ja and "check the latest" in e.en.lower(), f"{e.id}: a secondary answer says to check"
        else:
            assert any(s.url for s in e.sources), f"{e.id}: an official answer needs a URL"


def test_every_entry_cites_the_rules_it_rests_on():
    """An answer states facts of flows/facts.py that the rules it cites state too: the FAQ and the verdict
    say the same thing, from one text."""
    from flows.rules import BY_ID as RULES

    for e in faq.FAQ_ENTRIES:
        assert e.rules and all(r in RULES for r in e.rules), e.id
        stated = {f.id for r in e.rules for f in RULES[r].facts}
        extra = {f.id for f in e.says} - stated
        assert not extra, f"{e.id}: facts no cited rule states: {extra}"
        for f in e.says:
            assert f.say("ja") in e.ja and f.say("en") in e.en, (e.id, f.id)
        assert set(e.sources) == {s for f in e.says for s in f.sources}, e.id


def test_sources_only_use_urls_from_facts():
    allowed = facts_urls()
    assert allowed, "no URLs found in facts.md"
    for e in faq.FAQ_ENTRIES:
        for source in e.sources:
            assert source.title.strip() and source.label("en").strip(), e.id
            assert source.url is None or source.url in allowed, f"{e.id}: {source.url} is not in facts.md"


def test_faq_does_not_import_slack():
    tree = ast.parse(Path(faq.__file__).read_text(encoding="utf-8"))
    modules = [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
    modules += [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    assert not [m for m in modules if "slack" in m.lower()]


# ---------------------------------------------------------------- language and normalisation


def test_answers_come_in_the_detected_language():
    for m in load_corpus():
        ans = faq.match(m["text"])
        if ans is None:
            continue
        entry = ans_entry(ans)
        lang = detect(faq.normalise(m["text"])) or "ja"
        assert ans.lang == lang, m["text"]
        assert ans.text == (entry.ja if lang == "ja" else entry.en)
        assert ans.sources == entry.sources


def test_no_language_means_japanese(monkeypatch):
    monkeypatch.setattr(faq, "detect", lambda text: None)
    ans = faq.match("Is it safe to move to Chatwork?")
    assert ans is not None and ans.lang == "ja" and ans.text == ans_entry(ans).ja


def ans_entry(ans: faq.FaqAnswer) -> faq.FaqEntry:
    return next(e for e in faq.FAQ_ENTRIES if e.id == ans.entry_id)


@pytest.mark.parametrize("text", [
    "ＣＨＡＴＷＯＲＫに移行しても大丈夫ですか？",
    "<@U0BOT12> チャットワークに移行しても大丈夫ですか :pray:",
    "ﾁｬｯﾄﾜｰｸに移行してって言われたけど、いいの？",
])
def test_normalisation(text):
    ans = faq.match(text)
    assert ans is not None and ans.entry_id == "move_to_chatwork"


def test_sentence_start_on_a_new_line_counts():
    assert faq.match("client wants chatwork\nshould I move there") is not None


def test_links_and_emoji_do_not_count_as_words():
    assert faq.match("こんにちは <https://chatwork.com/move|チャットワーク移行> ですか") is None
    assert faq.normalise("<@U1> Ｏｋ :chatwork: ？") == "ok ?"


# ---------------------------------------------------------------- channel messages vs @mentions


@pytest.mark.parametrize("text", [
    "今日チャットワークで打ち合わせした",
    "仮払いきた！",
    "thanks!",
    "チャットワークの通知が来ない",
    "how do I export from Chatwork?",
    "チャットワークに移行しました",
])
def test_channel_chatter_is_ignored(text):
    assert faq.match(text) is None


def test_mention_needs_only_the_topic():
    text = "<@U0BOT12> クライアントがチャットワークに移行したいって"
    assert faq.match(text) is None
    ans = faq.match_mention(text)
    assert ans is not None and ans.entry_id == "move_to_chatwork" and ans.lang == "ja"
    en = faq.match_mention("<@U0BOT12> client wants a direct deal outside crowdworks")
    assert en is not None and en.entry_id == "direct_deal" and en.lang == "en"


@pytest.mark.parametrize("text", ["<@U0BOT12> thanks!", "<@U0BOT12> 確定申告について教えて", "<@U0BOT12>", ""])
def test_mention_still_needs_a_topic(text):
    assert faq.match_mention(text) is None


def test_every_corpus_hit_is_also_a_mention_hit():
    for m in load_corpus():
        ans = faq.match(m["text"])
        if ans is not None:
            assert faq.match_mention(m["text"]) == ans
