"""What a verdict says fits the case: each property of the issue is a test, checked over the scenario corpus and
a seeded sample of every combination of answers (both languages).

- stop verdicts are coherent: they lead with what was reported, say what to do next, and carry no advice
  for after a move (and invent no reporting channel: docs/sources.md names none);
- points depend on the job format and the platform;
- nothing twice (one explanation of the サービス外連絡申請, each fact once);
- no contradictions (secondary history never decides advice);
- honest confidence labels (a restatement is the user's answer; every secondary fact keeps its hedge,
  in the verdict, the question help and the FAQ);
- one source per fact (each figure is written only in flows/facts.py);
- the reply fits the verdict and adds no claim;
- the size of the main message, and Block Kit that Slack renders as meant.
"""

from __future__ import annotations

import ast
import itertools
import random
import re
from pathlib import Path

import pytest

from bot import blocks
from flows import facts as F
from flows import faq, plain, replies
from flows.conditions import effective
from flows.questions import QUESTIONS
from flows.rules import BY_ID, RULES
from flows.verdict import Level, Verdict, assess
from tests.test_scenarios import ALL as CORPUS
from tests.test_scenarios import LIMITS, everything, main_texts

FLOWS = Path(__file__).resolve().parents[1] / "flows"
DIMENSIONS = {
    "platform": [None, "crowdworks", "lancers", "coconala"],
    "contract": [None, "negotiating", "contracted"],
    "job_format": [None, "fixed_single", "fixed_milestone", "hourly", "task", "competition", "unsure"],
    "escrow": [None, "all", "current_milestone", "promised", "not_yet", "unsure"],
    "contact_request": [None, "approved", "pending", "refused", "not_applied", "unsure"],
    "client": [None, "verified", "history_only", "new_account", "unsure"],
    "warning_signs": [None, ["none"], ["direct_deal"], ["id_or_bank"], ["fake_official"], ["contact_details"],
                      ["work_before_escrow"], ["no_work_answers"], ["upfront_fee"], ["survey_to_line"],
                      ["mlm_or_unpaid"], ["move_before_contract"], ["direct_deal", "id_or_bank"],
                      ["contact_details", "move_before_contract"]],
}


def sample(n: int = 400, seed: int = 9) -> list[dict]:
    """`n` answer sets drawn from every combination (None: left out), plus the corpus's."""
    combos = list(itertools.product(*DIMENSIONS.values()))
    drawn = random.Random(seed).sample(combos, n)
    out = [{k: v for k, v in zip(DIMENSIONS, combo, strict=True) if v is not None} for combo in drawn]
    return out + [s["answers"] for s in CORPUS]


ANSWERS = sample()
VERDICTS = [assess(a, lang) for a in ANSWERS for lang in ("ja", "en")]
STOPS = [v for v in VERDICTS if v.level is Level.STOP]


def shown_text(v: Verdict) -> str:
    """Main message, details and reply, as shown (every surface)."""
    return everything(v)


def details_and_main(v: Verdict) -> str:
    return plain.verdict_text(v, hint=False) + "\n" + plain.details_text(v)


# ---------------------------------------------------------------- stop verdicts


def test_stop_verdicts_lead_with_what_was_reported():
    for v in STOPS:
        first = next(r for r in RULES if r.effect == "stop" and r.id == v.reasons[0].rule_id)
        assert v.headline == first.headline[v.lang], v.answers


def test_stop_verdicts_say_what_to_do_next():
    for v in STOPS:
        ids = v.step_ids
        move_only = {p.rule_id for p in v.reasons} <= {"cw_contact_request_refused", "coconala_no_outside_contact"}
        assert ids[0] in ("do_not_reply", "decline", "stay_on_platform", "stay_on_coconala"), (ids, v.answers)
        assert "stay_on_platform" in ids or "stay_on_coconala" in ids
        if not move_only or "decline" in ids:
            assert ids[-1] == "keep_evidence", (ids, v.answers)
        if "decline" in ids:
            assert v.reply.text is None or v.reply.parts, v.answers


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_stop_verdicts_carry_no_advice_for_after_a_move(lang):
    banned = {"ja": ["5,000", "40日", "IDを交換", "IDの交換", "チャットワークで話しても", "移行後も", "移った後も",
                     "移行してOK", "移って大丈夫"],
              "en": ["5,000", "40 days", "exchange chatwork id", "after the move", "chatting on chatwork",
                     "fine to move"]}[lang]
    for v in (v for v in STOPS if v.lang == lang):
        text = shown_text(v).lower()
        assert not [b for b in banned if b.lower() in text], v.answers
        assert not any(BY_ID[p.rule_id].scope == "move" for p in v.checklist)


def test_no_reporting_channel_is_invented():
    """docs/sources.md names no channel to report an account through, so the advisor names none."""
    for v in VERDICTS:
        text = shown_text(v).lower()
        assert "通報" not in text and not re.search(r"\breport (it|this|the|them)\b", text), v.answers


# ---------------------------------------------------------------- points fit the job format and platform


def test_acceptance_only_for_fixed_price_jobs():
    for v in VERDICTS:
        if v.answers.get("job_format") in ("hourly", "task", "competition"):
            text = shown_text(v).lower()
            assert "検収" not in text and "acceptance" not in text, v.answers


def test_task_text_only_for_tasks_and_time_card_only_for_hourly():
    for v in VERDICTS:
        text = shown_text(v).lower()
        if v.answers.get("job_format") != "task":
            assert "14日" not in text and "14-day" not in text, v.answers
        if v.answers.get("job_format") != "hourly":
            assert "タイムカード" not in text and "time-card" not in text, v.answers


def test_platform_sources_and_procedures_stay_with_their_platform():
    for v in VERDICTS:
        platform = effective(v.answers).get("platform") or "crowdworks"
        urls = " ".join(s.url or "" for s in v.sources)
        text = shown_text(v)
        if platform != "coconala":
            assert "coconala" not in urls and "ココナラ" not in text and "Coconala" not in text, v.answers
        if platform != "lancers":
            assert "lancers" not in urls and "連絡先公開申請" not in text, v.answers
        if platform != "crowdworks":
            assert "サービス外連絡申請" not in text and "タイムカード" not in text, v.answers


def test_other_platforms_get_their_own_rules_and_crowdworks_general_warnings_only():
    """A Lancers or Coconala verdict cites no CrowdWorks rule page (its FAQ, guides, terms): only CrowdWorks'
    general warnings (its official blog), worded as general (never "prohibited on CrowdWorks")."""
    for v in VERDICTS:
        if effective(v.answers).get("platform") not in ("lancers", "coconala"):
            continue
        for s in v.sources:
            assert "crowdworks" not in (s.url or "") or "blog.crowdworks.jp" in s.url, (v.answers, s.url)
        text = " ".join([v.headline, *(p.line for p in v.watch), *(p.text for p in [*v.reasons, *v.more])])
        assert "クラウドワークスで禁止" not in text and "prohibited on CrowdWorks" not in text, v.answers
        assert "クラウドワークスが注意を呼びかけている手口" not in v.headline + " ".join(p.line for p in v.watch)


# ---------------------------------------------------------------- nothing twice, no contradictions


def test_the_contact_request_is_explained_once():
    for v in VERDICTS:
        text = details_and_main(v)
        assert text.count(F.CW_CONTACT_REQUEST.say(v.lang)) <= 1, v.answers
        assert text.count(F.figure("review_days", v.lang)) <= 1, v.answers


def test_no_fact_is_said_twice():
    for v in VERDICTS:
        text = details_and_main(v)
        for fact in F.FACTS:
            assert text.count(fact.say(v.lang)) <= 1, (fact.id, v.answers)


def test_secondary_history_never_decides_the_advice():
    """Where an official fact and a secondary one pull apart (contact before 仮払い vs the approved request
    path), the official one decides: the history is context in the details, hedged and worded as history."""
    history = {F.CW_HISTORY_BEFORE_ESCROW.id, F.CW_HISTORY_SEED_ADVICE.id}
    for r in RULES:
        if {f.id for f in r.facts} & history:
            assert r.effect == "info" and r.action is None and r.headline is None and r.short is None, r.id
    assert "以前" in F.CW_HISTORY_BEFORE_ESCROW.say("ja") and "より前" in F.CW_HISTORY_SEED_ADVICE.say("ja")
    assert all("before" in f.say("en") for f in (F.CW_HISTORY_BEFORE_ESCROW, F.CW_HISTORY_SEED_ADVICE))


# ---------------------------------------------------------------- honest confidence labels


def test_a_restatement_is_labelled_as_the_users_answer():
    for v in VERDICTS:
        for p in v.reasons:
            rule = BY_ID[p.rule_id]
            if rule.lead:
                assert p.parts[0] == (rule.lead[v.lang], "answer")
    ja = plain.details_text(assess({"platform": "crowdworks", "contact_request": "approved"}))
    assert "サービス外連絡申請は承認済みです。（あなたの回答）" in ja
    assert "承認済みです。（公式）" not in ja


@pytest.mark.parametrize("fact", [f for f in F.FACTS if f.confidence == "secondary"], ids=lambda f: f.id)
def test_every_secondary_fact_is_hedged(fact):
    assert "とされ" in fact.say("ja") and "reportedly" in fact.say("en").lower()
    assert fact.check in F.CHECK


def test_secondary_points_keep_their_hedge_in_the_main_message_too():
    for r in RULES:
        for text in [r.short, r.headline]:
            if text and r.confidence == "secondary":
                assert "とされ" in text["ja"] and "reportedly" in text["en"].lower(), r.id


def test_question_help_and_faq_keep_the_hedge_of_secondary_facts():
    secondary = [f for f in F.FACTS if f.confidence == "secondary"]
    for lang in ("ja", "en"):
        texts = [q.help[lang] for q in QUESTIONS] + [getattr(e, lang) for e in faq.FAQ_ENTRIES]
        for text in texts:
            for fact in secondary:
                if fact.say(lang) in text:
                    assert F.CHECK[fact.check][lang] in text, (fact.id, text)
    # the client question's help says what third parties say, hedged
    client = next(q for q in QUESTIONS if q.id == "client")
    assert "とされています" in client.help["ja"] and "reportedly" in client.help["en"]


# ---------------------------------------------------------------- one source per fact


def said_strings(path: Path) -> list[str]:
    """The string constants of a module, without regular expressions (patterns for reading text)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    strings = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    return [s for s in strings if not ("|" in s and "(" in s)]


FIGURES = ["2営業日", "business days", "100万円", "1,000,000", "20%", "10万円", "100,000", "14日", "14-day",
           "5,000", "40日", "40 days", "4.5", "90%", "10〜100円", "¥10", "5年", "5 years", "火曜", "Tuesday",
           "約1週間", "about one week", "2020", "2022"]


@pytest.mark.parametrize("path", sorted(p for p in FLOWS.glob("*.py") if p.name != "facts.py"), ids=lambda p: p.name)
def test_figures_are_written_only_in_facts(path):
    found = [(figure, s) for s in said_strings(path) for figure in FIGURES if figure in s]
    assert not found, found


def test_the_figures_reach_every_place_that_says_them():
    review = F.figure("review_days", "ja")
    contact = next(q for q in QUESTIONS if q.id == "contact_request")
    assert review in contact.help["ja"]
    assert review in next(e for e in faq.FAQ_ENTRIES if e.id == "contact_outside_request").ja
    verdict = assess({"platform": "crowdworks", "contract": "contracted", "escrow": "all"})
    assert review in plain.verdict_text(verdict)
    penalty = F.figure("penalty", "ja")
    assert penalty in next(e for e in faq.FAQ_ENTRIES if e.id == "direct_deal").ja
    assert penalty in plain.verdict_text(assess({"platform": "crowdworks", "warning_signs": ["direct_deal"]}))


# ---------------------------------------------------------------- the reply


def test_every_reply_part_is_tied_to_a_rule_that_applies():
    assert all(r in BY_ID for p in replies.PARTS for r in p.rules)
    for v in VERDICTS:
        fired = {r.id for r in RULES if r.when(effective(v.answers))}
        for part in v.reply.parts:
            assert fired & set(replies.BY_ID[part].rules), (part, v.answers)


def test_a_reply_comes_with_every_verdict_but_impersonation():
    for v in VERDICTS:
        if "do_not_reply" in v.step_ids:
            assert v.reply.text is None
        else:
            assert v.reply.text and v.reply.parts, v.answers


def test_replies_add_no_claim():
    for part in replies.PARTS:
        for lang in ("ja", "en"):
            assert not re.search(r"\d", part.text[lang]), part.id  # no figure, no date, no amount
    for v in STOPS:
        text = (v.reply.text or "").lower()
        assert "移らせていただきます" not in text and "happy to move" not in text


# ---------------------------------------------------------------- size and Block Kit


def test_main_message_fits_on_every_surface():
    for v in VERDICTS:
        for surface, text in main_texts(v).items():
            assert len(text) <= LIMITS[v.lang], (surface, len(text), v.answers)


def mrkdwn_texts(message_blocks: list[dict]) -> list[str]:
    out = []
    for b in message_blocks:
        if b["type"] == "section":
            out.append(b["text"]["text"])
        elif b["type"] == "context":
            out += [e["text"] for e in b["elements"] if e.get("type") == "mrkdwn"]
    return out


def test_block_kit_is_rendered_as_meant():
    for v in VERDICTS:
        for expanded in (False, True):
            message, fallback = blocks.verdict_blocks(v, run=1, expanded=expanded)
            data = [b.to_dict() for b in message]
            assert len(data) <= 50 and len(fallback) < 4000
            assert fallback.startswith(plain.headline(v))
            for text in mrkdwn_texts(data):
                assert len(text) <= 3000
                for line in text.split("\n"):
                    assert line.count("*") % 2 == 0, line  # no bold span across a line break
                bare = re.sub(r"<https?://[^|<>]+\|[^<>]*>", "", text)
                assert "<" not in bare and ">" not in bare, text
                assert not re.search(r"&(?!amp;|lt;|gt;)", text), text
            for b in data:
                for e in b.get("elements", []) if b["type"] == "actions" else []:
                    assert len(e.get("value", "")) <= 2000


def test_a_url_with_an_ampersand_is_escaped_in_links():
    v = assess({"platform": "crowdworks", "contact_request": "not_applied"})
    data = [b.to_dict() for b in blocks.verdict_blocks(v)[0]]
    assert "10562?l=ja&amp;url=10562|" in str(data)


# ---------------------------------------------------------------- it speaks to what the user raised


# What the main message must say (one of these words) when the user raised each sign or job format.
RAISED_WORDS = {
    "fake_official": {"ja": ("なりすまし", "名乗る"), "en": ("impersonation", "claims to be", "claiming to be")},
    "id_or_bank": {"ja": ("身分証", "口座"), "en": ("ID document", "bank")},
    "direct_deal": {"ja": ("直接取引",), "en": ("direct deal",)},
    "upfront_fee": {"ja": ("講座", "費用"), "en": ("course", "fee")},
    "survey_to_line": {"ja": ("LINE",), "en": ("LINE",)},
    "mlm_or_unpaid": {"ja": ("勧誘", "報酬のない", "経験"), "en": ("unpaid", "MLM", "experience")},
    "work_before_escrow": {"ja": ("仮払いの前", "仮払い前"), "en": ("before escrow",)},
    "no_work_answers": {"ja": ("仕事内容", "仕事の内容"), "en": ("about the work",)},
    "move_before_contract": {"ja": ("契約", "移らず", "移れません"), "en": ("contract", "Don't move", "can't move")},
    "contact_details": {"ja": ("電話番号", "LINEのID", "連絡先", "IDを交換"),
                        "en": ("phone number", "LINE ID", "contact details", "Chatwork IDs")},
    "fixed_milestone": {"ja": ("マイルストーン",), "en": ("milestone",)},
    "hourly": {"ja": ("タイムカード", "見込み時間"), "en": ("time-card", "expected hours")},
}


def test_the_main_message_speaks_to_every_sign_and_format_the_user_raised():
    """Over every corpus verdict: each warning sign reported (and a milestone or hourly job) is spoken to in the
    main message a user sees (the headline, a step, or a point to watch), and before any general warning."""
    from flows.rules import raised

    for v in VERDICTS:
        known = effective(v.answers)
        if known.get("platform") == "coconala":
            continue  # nothing moves on Coconala: its own stop speaks to all of it
        main = plain.verdict_text(v, hint=False)
        stop = v.level.value == "stop"  # a stop ends the job; the job formats' facts are CrowdWorks'
        job = [known.get("job_format")] if known.get("platform", "crowdworks") == "crowdworks" and not stop else []
        for item in [*known.get("warning_signs", []), *job]:
            words = RAISED_WORDS.get(item or "", {}).get(v.lang, ())
            assert not words or any(w in main for w in words), (item, v.answers, v.lang, main)
        said = raised(known)
        watch = [p.rule_id for p in v.watch]
        theirs = [i for i, r in enumerate(watch) if r in said]
        assert theirs == list(range(len(theirs))), (watch, v.answers)   # theirs first


# ---------------------------------------------------------------- the shape a user sees


def test_headline_first_no_empty_heading_nothing_answered_still_to_check():
    """Over every corpus verdict, as the DM shows it (with a conversation note) and as plain text: the headline
    comes first (notes go below it), no heading stands without lines under it, and "still to check" never
    lists a question whose answer is known."""
    for v in VERDICTS:
        text = plain.verdict_text(v, hint=False).split("\n")
        assert text[0] == plain.headline(v)
        for n, line in enumerate(text):
            if line.startswith("■"):
                assert n + 1 < len(text) and text[n + 1].strip(), (line, v.answers)
        message, _ = blocks.verdict_blocks(v, notes=["この質問は飛ばして先に進みます。"], run=1)
        first = message[0].to_dict()
        assert first["type"] == "section" and plain.headline(v) in first["text"]["text"]
        for block in message[1:]:                                  # the headline is bold on its own
            body = block.to_dict().get("text", {}).get("text", "")
            assert not re.fullmatch(r"\*[^*\n]+\*\n?", body), (body, v.answers)   # a bold heading alone
        known = effective(v.answers)
        for question in v.still_to_check:
            assert known.get(question) in (None, "", [], "unsure"), (question, v.answers)
        details = plain.details_text(v).split("\n")
        for n, line in enumerate(details):
            if line.startswith("■"):
                assert n + 1 < len(details) and details[n + 1].strip(), (line, v.answers)


def test_drafts_say_only_what_the_user_confirmed_and_read_well():
    """Over every corpus verdict's reply draft: nothing the answers do not say (a review under way, an escrow to
    make, ID or bank details, filing the request for a client the verdict stops), a stop draft says where the
    work can go on (a scam's is declined outright), no two sentences in a row open alike, and an English-speaking user gets the Japanese to send
    with the English beside it."""
    for v in VERDICTS:
        draft, known = v.reply, effective(v.answers)
        if draft.text is None:
            continue
        text = draft.text
        said = set(known.get("warning_signs", []))
        if "審査" in text or "under review" in (draft.english or ""):
            assert known.get("contact_request") == "pending", v.answers
        if "仮払いがまだでしたら" in text:
            assert known.get("escrow") not in ("all", "current_milestone"), v.answers
        if "身分証" in text:
            assert "id_or_bank" in said, v.answers
        if "申請はこちらからいたします" in text:
            assert v.level.value != "stop", v.answers
        if v.level.value == "stop":   # where the work can go on; a scam is declined outright
            assert "メッセージ" in text or "を通して" in text or "上で" in text or "辞退" in text, text
            assert "辞退" not in text or "引き続き" not in text, text   # declined outright: no invitation
        sentences = [line for line in text.split("\n") if line]
        openers = [line.split("、")[0] if "、" in line[:12] else None for line in sentences]  # 「申し訳ありませんが、」
        for first, second in itertools.pairwise(openers):
            assert first is None or first != second, (first, text)
        assert re.search(r"[ぁ-ん]", text), text                  # the text to send is Japanese
        assert (draft.english is not None) == (v.lang == "en"), v.answers


def _written_pieces(lang: str) -> str:
    """Every text the verdict is made of, in `lang`: the facts, the rules' own lines, the steps, the headlines,
    the draft parts, the interface's texts and the answers' labels."""
    from flows import steps as step_table
    from flows.facts import CHECK, FACTS
    from flows.questions import QUESTIONS
    from flows.texts import TEXTS
    from flows.verdict import DONE_ITEMS, HEADLINES, SAFE_NOTHING_DONE

    pieces = [f.say(lang) for f in FACTS] + [c[lang] for c in CHECK.values()]
    for r in RULES:
        pieces += [field[lang] for field in (r.lead, r.action, r.headline, r.short) if field]
    for step in step_table.STEPS:
        pieces += [t[lang] for t in (step.text, step.stop_text, *step.by_format.values()) if t]
    pieces += [t[lang] for t in (*HEADLINES.values(), SAFE_NOTHING_DONE, *DONE_ITEMS.values(), *TEXTS.values())]
    pieces += [part.text[lang] for part in replies.PARTS]
    pieces += [o.label.get(lang, "") for q in QUESTIONS for o in q.options] + [q.short[lang] for q in QUESTIONS]
    pieces += [src.label(lang) for f in FACTS for src in f.sources]
    return "\n".join(pieces)


def test_every_sentence_of_every_corpus_verdict_is_one_the_sources_wrote():
    """Over every corpus verdict, main message and details: each sentence is (a piece of) a fact, a rule's own
    line, a step, a headline or an interface text, so it traces to docs/sources.md through its rule; nothing is
    said that no fact or rule wrote. What is filled into a template (a platform's name, a question's name, what
    to decline, what is done) is cut out of both before comparing."""
    from flows.questions import QUESTIONS
    from flows.steps import DECLINES, PLATFORM_NAMES
    from flows.verdict import DONE_ITEMS

    cut = "\x00"
    for lang in ("ja", "en"):
        fills = [n[lang] for n in PLATFORM_NAMES.values()] + [d[lang] for d in DECLINES.values()]
        fills += [d[lang] for d in DONE_ITEMS.values()] + [q.short[lang] for q in QUESTIONS]
        fills += [q.short[lang][0].lower() + q.short[lang][1:] for q in QUESTIONS]
        fills = sorted(set(fills), key=len, reverse=True)
        blob = re.sub(r"\{[a-z_]+\}", cut, _written_pieces(lang))
        for fill in fills:
            blob = blob.replace(fill, cut)
        for v in [v for v in VERDICTS if v.lang == lang]:
            text = plain.verdict_text(v) + "\n" + plain.details_text(v)
            for fill in fills:
                text = text.replace(fill, cut)
            for line in text.split("\n"):
                line = re.sub(r"^\s*(■|・|•|→|\d+\.|[✅⚠️⛔✔]+)\s*", "", line)
                line = re.sub(r"（(公式|第三者情報|元記事のみ|あなたの回答)）|\((official|third-party|original article "
                              r"only|your answer)\)|https?://\S+", "", line)
                if re.search(r"20\d\d-\d\d-\d\d|出典|Sources", line):
                    continue                                       # the source lines: titles and the date
                for sentence in re.split(r"(?<=[。])|(?<=[.!?]) ", line):
                    pieces = [p.strip(" 、,.。:：") for p in sentence.split(cut)]
                    for piece in (p for p in pieces if len(p) > 5):
                        assert piece in blob, (piece, sentence, v.answers, lang)
