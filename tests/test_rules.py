"""The rule base (flows/rules.py) and the verdict (flows/verdict.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from flows.conditions import effective
from flows.questions import BY_ID as QUESTIONS_BY_ID
from flows.rules import CONFIDENCES, EFFECTS, RULES
from flows.verdict import Level, Verdict, all_sources, assess, rule

FACTS = Path(__file__).resolve().parents[1] / "docs" / "sources.md"  # the domain facts (copy of the shared file)

CW = {"platform": "crowdworks", "contract": "contracted", "job_format": "fixed_single", "escrow": "all",
      "contact_request": "approved", "client": "verified", "warning_signs": ["none"]}
LANCERS = {"platform": "lancers", "contract": "contracted", "job_format": "fixed_single", "escrow": "all",
           "client": "verified", "warning_signs": ["none"]}
COCONALA = {"platform": "coconala", "contract": "contracted", "warning_signs": ["none"]}


def with_(base: dict, **changes) -> dict:
    """The base answers with some changed; a value of None removes the answer."""
    out = {**base, **changes}
    return {k: v for k, v in out.items() if v is not None}


def signs(base: dict, *values: str) -> dict:
    return with_(base, warning_signs=list(values))


def ids(verdict: Verdict) -> set[str]:
    return {p.rule_id for p in verdict.reasons + verdict.todo_first + verdict.checklist}


# rule id -> (answers where it applies, answers where it doesn't)
CASES: dict[str, tuple[dict, dict]] = {
    "coconala_no_outside_contact": (COCONALA, CW),
    "fake_official": (signs(CW, "fake_official"), CW),
    "fake_official_elsewhere": (signs(LANCERS, "fake_official"), signs(CW, "fake_official")),
    "scam_id_or_bank": (signs(CW, "id_or_bank"), CW),
    "scam_upfront_fee": (signs(CW, "upfront_fee"), CW),
    "scam_survey_to_line": (signs(CW, "survey_to_line"), CW),
    "scam_mlm_or_unpaid": (signs(LANCERS, "mlm_or_unpaid"), LANCERS),
    "no_work_answers": (signs(CW, "no_work_answers"), signs(LANCERS, "no_work_answers")),
    "lancers_work_before_escrow": (signs(LANCERS, "work_before_escrow"), signs(CW, "work_before_escrow")),
    "lancers_contact_details": (signs(LANCERS, "contact_details"), signs(CW, "contact_details")),
    "no_work_answers_lancers": (signs(LANCERS, "no_work_answers"), signs(CW, "no_work_answers")),
    "cw_contact_request_refused": (with_(CW, contact_request="refused"), with_(CW, contact_request="pending")),
    "cw_contact_details_need_request": (signs(with_(CW, contact_request="pending"), "contact_details"),
                                        signs(CW, "contact_details")),
    "cw_direct_deal_banned": (signs(CW, "direct_deal"), signs(LANCERS, "direct_deal")),
    "cw_direct_deal_penalty": (signs(CW, "direct_deal"), signs(LANCERS, "direct_deal")),
    "cw_direct_deal_account_restriction": (signs(CW, "direct_deal"), signs(LANCERS, "direct_deal")),
    "cw_direct_deal_no_escrow": (signs(CW, "direct_deal"), CW),
    "lancers_outside_payment": (signs(LANCERS, "direct_deal"), signs(CW, "direct_deal")),
    "cw_escrow_not_yet": (with_(CW, escrow="not_yet"), with_(CW, escrow="promised")),
    "cw_escrow_promised": (with_(CW, escrow="promised"), with_(LANCERS, escrow="promised")),
    "cw_escrow_unknown": (with_(CW, escrow="unsure"), with_(CW, escrow="not_yet")),
    "cw_work_before_escrow_request": (signs(CW, "work_before_escrow"), CW),
    "cw_move_before_contract": (with_(CW, contract="negotiating", escrow=None), CW),
    "cw_contact_request_needed": (with_(CW, contact_request="not_applied"), CW),
    "cw_contact_request_pending": (with_(CW, contact_request="pending"), CW),
    "lancers_before_escrow": (with_(LANCERS, escrow="not_yet"), LANCERS),
    "cw_work_before_escrow_unprotected": (with_(CW, escrow="not_yet"), CW),
    "cw_external_steering": (signs(CW, "move_before_contract"), CW),
    "cw_milestone_next_stage": (with_(CW, job_format="fixed_milestone", escrow="current_milestone"), CW),
    "cw_hourly_timecard": (with_(CW, job_format="hourly"), with_(LANCERS, job_format="hourly")),
    "cw_acceptance_and_cancellation": (CW, with_(CW, job_format="hourly")),
    "cw_no_direct_deal": (CW, signs(CW, "direct_deal")),
    "cw_worker_fee": (signs(CW, "direct_deal"), CW),
    "cw_no_official_offers_on_chat": (CW, signs(CW, "fake_official")),
    "lancers_contact_request": (LANCERS, CW),
    "lancers_no_outside_payment": (LANCERS, signs(LANCERS, "direct_deal")),
    "scam_patterns": (CW, COCONALA),
    "client_new_account": (with_(CW, client="new_account"), CW),
    "client_no_identity_check": (with_(CW, client="history_only"), CW),
    "client_check_profile": (with_(CW, client="unsure"), CW),
    "keep_agreements_on_platform": (CW, LANCERS),
    "coconala_keep_on_coconala": (COCONALA, LANCERS),
    "chatwork_free_plan_history": (LANCERS, COCONALA),
    "cw_escrow_done_fixed": (CW, with_(CW, job_format="hourly")),
    "cw_escrow_done": (with_(CW, job_format="hourly"), CW),
    "cw_current_milestone_escrowed": (with_(CW, job_format="fixed_milestone", escrow="current_milestone"),
                                      with_(CW, job_format="fixed_milestone")),
    "cw_task_escrowed": (with_(CW, job_format="task", escrow=None), with_(CW, job_format="task", escrow="not_yet")),
    "cw_competition_escrowed": (with_(CW, job_format="competition", escrow=None),
                                with_(CW, job_format="task", escrow=None)),
    "cw_old_guideline_before_escrow": (with_(CW, escrow="not_yet"),
                                       with_(CW, job_format="fixed_milestone", escrow="current_milestone")),
    "cw_contact_request_approved": (CW, with_(CW, contact_request="pending")),
    "cw_seed_advice_outdated": (with_(CW, contact_request="not_applied"), CW),
    "client_trust_marks": (CW, LANCERS),
    "lancers_external_ok_after_escrow": (LANCERS, with_(LANCERS, escrow="not_yet")),
}


def all_texts() -> list[str]:
    out = []
    for r in RULES:
        out += [*r.reason.values(), *(r.action or {}).values(), *(s.title for s in r.sources)]
    return out


# ---- every rule: when it applies and when it doesn't ----

def test_every_rule_has_a_case():
    assert set(CASES) == {r.id for r in RULES}


@pytest.mark.parametrize("rule_id", list(CASES))
def test_rule_fires_when_it_should(rule_id):
    fires, _ = CASES[rule_id]
    assert rule(rule_id).when(effective(fires))
    assert rule_id in ids(assess(fires))


@pytest.mark.parametrize("rule_id", list(CASES))
def test_rule_does_not_fire_when_it_should_not(rule_id):
    _, quiet = CASES[rule_id]
    assert not rule(rule_id).when(effective(quiet))
    assert rule_id not in ids(assess(quiet))


# ---- the rule base as data ----

def test_rule_ids_are_unique():
    assert len({r.id for r in RULES}) == len(RULES)


@pytest.mark.parametrize("r", RULES, ids=lambda r: r.id)
def test_rule_is_well_formed(r):
    assert r.effect in EFFECTS
    assert r.confidence in CONFIDENCES
    assert r.checked == "2026-11-28"
    assert r.sources, "every rule needs a source"
    assert all(s.title for s in r.sources)
    assert set(r.reason) == {"ja", "en"} and all(t.strip() for t in r.reason.values())
    if r.action is not None:
        assert set(r.action) == {"ja", "en"} and all(t.strip() for t in r.action.values())
    if r.effect == "do_first":
        assert r.action is not None, "a do_first rule says what to do first"


def test_every_url_appears_verbatim_in_facts():
    facts = FACTS.read_text(encoding="utf-8")
    urls = {s.url for s in all_sources() if s.url}
    assert urls
    for url in urls:
        assert url in facts, url


def test_no_article_numbers():
    pattern = re.compile(r"第\s*[0-9０-９一二三四五六七八九十百]+\s*条|\bArticle\s*\d+", re.IGNORECASE)
    for text in all_texts():
        assert not pattern.search(text), text
    for lang in ("ja", "en"):
        for answers in ({}, CW, COCONALA, signs(CW, "direct_deal")):
            assert not pattern.search(assess(answers, lang).headline)


@pytest.mark.parametrize("r", [r for r in RULES if r.confidence == "secondary"], ids=lambda r: r.id)
def test_secondary_rules_are_hedged_in_both_languages(r):
    assert "とされ" in r.reason["ja"] and "最新の" in r.reason["ja"] and "ご確認ください" in r.reason["ja"]
    en = r.reason["en"].lower()
    assert "reportedly" in en and "check the latest" in en


@pytest.mark.parametrize("r", [r for r in RULES if r.confidence == "seed"], ids=lambda r: r.id)
def test_seed_rules_read_as_the_original_article_s_claim(r):
    assert "元の記事では" in r.reason["ja"] and "article this advisor grew from" in r.reason["en"].lower()


@pytest.mark.parametrize("r", [r for r in RULES if r.confidence == "official"], ids=lambda r: r.id)
def test_official_rules_are_stated_plainly(r):
    assert "とされています" not in r.reason["ja"] and "reportedly" not in r.reason["en"].lower()


def test_rule_lookup():
    assert rule("cw_escrow_not_yet").effect == "do_first"
    with pytest.raises(KeyError):
        rule("no_such_rule")


def test_all_sources_are_unique_and_complete():
    sources = all_sources()
    assert len(sources) == len(set(sources))
    assert {s for r in RULES for s in r.sources} == set(sources)


def test_flows_do_not_import_slack():
    root = Path(__file__).resolve().parents[1] / "flows"
    for name in ("rules.py", "verdict.py"):
        lines = (root / name).read_text(encoding="utf-8").splitlines()
        imports = [line for line in lines if line.startswith(("import ", "from "))]
        assert imports and not any("slack" in line.lower() or "bot" in line.split()[1] for line in imports)


# ---- levels ----

def test_all_in_order_on_crowdworks_is_safe():
    v = assess(CW)
    assert v.level is Level.SAFE
    assert v.todo_first == ()
    assert {"cw_escrow_done_fixed", "cw_contact_request_approved", "client_trust_marks"} <= {
        p.rule_id for p in v.reasons}
    assert {"keep_agreements_on_platform", "chatwork_free_plan_history", "cw_no_direct_deal"} <= {
        p.rule_id for p in v.checklist}
    assert v.still_to_check == ()


def test_no_contact_request_means_file_it_first():
    v = assess(with_(CW, contact_request="not_applied"))
    assert v.level is Level.SAFE_IF
    assert [p.rule_id for p in v.todo_first] == ["cw_contact_request_needed"]
    assert "cw_seed_advice_outdated" in {p.rule_id for p in v.reasons}


def test_pending_request_means_wait_for_approval():
    assert assess(with_(CW, contact_request="pending")).level is Level.SAFE_IF


def test_no_escrow_means_do_not_start():
    v = assess(with_(CW, escrow="not_yet"))
    assert v.level is Level.SAFE_IF
    assert "cw_escrow_not_yet" in {p.rule_id for p in v.todo_first}


@pytest.mark.parametrize("sign", ["direct_deal", "id_or_bank", "upfront_fee", "fake_official"])
def test_stop_signs(sign):
    v = assess(signs(CW, sign))
    assert v.level is Level.STOP
    assert v.reasons and all(rule(p.rule_id).effect == "stop" for p in v.reasons)
    assert v.todo_first == () and v.still_to_check == ()


def test_work_before_escrow_request_is_a_stop():
    """CrowdWorks prohibits jobs that require work before escrow (FAQ 10596): decline, don't negotiate the move."""
    v = assess(signs(CW, "work_before_escrow"))
    assert v.level is Level.STOP
    assert "cw_work_before_escrow_request" in {p.rule_id for p in v.reasons}


def test_refused_contact_request_stops_the_move():
    v = assess(with_(CW, contact_request="refused"))
    assert v.level is Level.STOP
    assert [p.rule_id for p in v.reasons] == ["cw_contact_request_refused"]
    assert v.step_ids == ("stay_on_platform",)
    assert "クラウドワークス" in v.steps[0].text


def test_promised_escrow_is_not_escrowed():
    v = assess(with_(CW, escrow="promised"))
    assert v.level is Level.SAFE_IF
    assert "cw_escrow_promised" in {p.rule_id for p in v.todo_first}
    assert not {"cw_escrow_done", "cw_escrow_done_fixed"} & ids(v)
    assert v.step_ids[0] == "confirm_escrow"


def test_contact_details_need_the_request_unless_it_is_approved():
    asked = signs(with_(CW, contact_request="not_applied"), "contact_details")
    assert "cw_contact_details_need_request" in {p.rule_id for p in assess(asked).watch}  # in the main message
    assert assess(signs(CW, "contact_details")).level is Level.SAFE  # covered by the approved request


def test_move_before_contract_on_crowdworks_needs_the_request_first():
    v = assess(with_(signs(CW, "move_before_contract"), contract="negotiating", escrow=None,
                     contact_request="not_applied"))
    assert v.level is Level.SAFE_IF
    assert {"cw_move_before_contract", "cw_contact_request_needed", "cw_escrow_not_yet"} <= {
        p.rule_id for p in v.todo_first}


def test_move_before_contract_with_direct_deal_stops():
    v = assess(signs(with_(CW, contract="negotiating", escrow=None), "move_before_contract", "direct_deal"))
    assert v.level is Level.STOP
    assert v.todo_first == ()
    assert "cw_direct_deal_banned" in {p.rule_id for p in v.reasons}


@pytest.mark.parametrize("answers", [COCONALA, {"platform": "coconala"}, with_(COCONALA, warning_signs=None)])
def test_coconala_always_stops(answers):
    v = assess(answers)
    assert v.level is Level.STOP
    assert v.reasons[0].rule_id == "coconala_no_outside_contact"
    assert "ココナラ" in v.headline
    assert [p.rule_id for p in v.checklist] == ["coconala_keep_on_coconala"]
    assert v.step_ids == ("stay_on_coconala",)


def test_coconala_stops_even_when_everything_else_is_fine():
    assert assess(with_(CW, platform="coconala")).level is Level.STOP


def test_lancers_escrowed_still_needs_its_contact_request():
    v = assess(LANCERS)
    assert v.level is Level.SAFE_IF  # there is no question about the 連絡先公開申請: always still to do
    assert [p.rule_id for p in v.todo_first] == ["lancers_contact_request"]
    assert v.step_ids == ("lancers_contact_request", "exchange_ids", "pay_on_platform")
    assert not any(p.rule_id.startswith("cw_") for p in v.reasons + v.checklist)


@pytest.mark.parametrize("escrow", ["not_yet", "unsure", None])
def test_lancers_not_escrowed_waits_for_escrow(escrow):
    v = assess(with_(LANCERS, escrow=escrow))
    assert v.level is Level.SAFE_IF
    assert [p.rule_id for p in v.todo_first] == ["lancers_before_escrow", "lancers_contact_request"]
    assert v.step_ids[0] == "wait_escrow"


def test_lancers_before_contract_waits_for_escrow():
    v = assess(with_(LANCERS, contract="negotiating", escrow=None))
    assert [p.rule_id for p in v.todo_first] == ["lancers_before_escrow", "lancers_contact_request"]


def test_new_client_account_is_a_watch_point_not_a_stop():
    v = assess(with_(CW, client="new_account"))
    assert v.level is Level.SAFE
    assert "client_new_account" in {p.rule_id for p in v.checklist}


def test_hourly_gets_weekly_escrow_and_time_card_point():
    v = assess(with_(CW, job_format="hourly"))
    assert v.level is Level.SAFE
    point = next(p for p in v.checklist if p.rule_id == "cw_hourly_timecard")
    assert "タイムカード" in point.text and "週" in point.text


def test_current_milestone_only_means_not_the_next_stage():
    v = assess(with_(CW, job_format="fixed_milestone", escrow="current_milestone"))
    assert v.level is Level.SAFE
    assert {"cw_milestone_next_stage", "cw_work_before_escrow_unprotected"} <= {p.rule_id for p in v.checklist}


def test_task_and_competition_are_escrowed_by_implication():
    for job in ("task", "competition"):
        v = assess(with_(CW, job_format=job, escrow=None))
        assert v.level is Level.SAFE
        assert "escrow" not in v.still_to_check


# ---- partial answers ----

def test_empty_answers_give_a_cautious_verdict():
    v = assess({})
    assert v.level is Level.SAFE_IF
    todo = {p.rule_id for p in v.todo_first}
    assert {"cw_escrow_unknown", "cw_move_before_contract", "cw_contact_request_needed"} <= todo
    assert v.still_to_check
    assert {"platform", "contract", "escrow", "contact_request", "warning_signs"} <= set(v.still_to_check)


def test_unknown_escrow_means_confirm_it_first():
    v = assess(with_(CW, escrow=None))
    assert "cw_escrow_unknown" in {p.rule_id for p in v.todo_first}
    assert v.still_to_check == ("escrow",)


def test_unknown_contract_is_treated_as_before_contract():
    v = assess(with_(CW, contract=None, escrow=None))
    assert "cw_move_before_contract" in {p.rule_id for p in v.todo_first}
    assert "contract" in v.still_to_check


def test_still_to_check_skips_questions_that_do_not_apply():
    assert "contact_request" not in assess({"platform": "lancers"}).still_to_check
    assert "escrow" not in assess({"contract": "negotiating"}).still_to_check
    assert assess({"platform": "coconala"}).still_to_check == ()


def test_still_to_check_lists_only_unanswered_questions():
    v = assess(with_(CW, client=None, warning_signs=None))
    assert v.still_to_check == ("client", "warning_signs")


def test_assess_does_not_change_the_answers():
    answers = with_(CW, escrow=None)
    before = {k: (list(v) if isinstance(v, list) else v) for k, v in answers.items()}
    assert assess(answers) == assess(answers)
    assert answers == before


# ---- languages and sources in the verdict ----

SCENARIOS = [{}, CW, LANCERS, COCONALA, signs(CW, "direct_deal", "id_or_bank"), with_(CW, escrow="not_yet"),
             with_(CW, job_format="hourly", client="new_account", contact_request="pending")]


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("answers", SCENARIOS)
def test_both_languages_have_text_everywhere(answers, lang):
    v = assess(answers, lang)
    assert v.lang == lang and v.headline.strip()
    for p in v.reasons + v.todo_first + v.checklist:
        assert p.text.strip() and (p.action is None or p.action.strip())
        assert p.checked == "2026-11-28" and p.sources
    points = v.reasons + v.todo_first + v.checklist
    for text in [v.headline, *(p.text for p in points), *(p.action for p in points if p.action)]:
        assert written_in(text) == lang, text


def written_in(text: str) -> str:
    """'ja' when most letters are Japanese (English text may quote a Japanese term like 仮払い)."""
    japanese = len(re.findall(r"[\u3040-\u30ff\u3400-\u9fff]", text))
    latin = len(re.findall(r"[A-Za-z]", text))
    return "ja" if japanese > latin else "en"


def test_english_and_japanese_verdicts_match():
    ja, en = assess(CW, "ja"), assess(CW, "en")
    assert ja.level == en.level
    assert [p.rule_id for p in ja.reasons] == [p.rule_id for p in en.reasons]
    assert ja.headline != en.headline


def test_unknown_language_falls_back_to_japanese():
    assert assess(CW, "fr").lang == "ja"


@pytest.mark.parametrize("answers", SCENARIOS)
def test_verdict_sources_are_every_cited_source_once(answers):
    v = assess(answers)
    cited = [s for p in v.reasons + v.todo_first + v.checklist for s in p.sources]
    assert list(v.sources) == list(dict.fromkeys(cited))


def test_secondary_points_are_hedged_in_the_verdict():
    for lang, hedge in (("ja", "ご確認ください"), ("en", "check the latest")):
        v = assess({}, lang)
        for p in v.reasons + v.checklist:
            if p.confidence == "secondary":
                assert hedge in p.text.lower() or hedge in p.text


def test_every_warning_sign_option_changes_the_verdict():
    values = [o.value for o in QUESTIONS_BY_ID["warning_signs"].options if o.value != "none"]
    not_filed = with_(CW, contact_request="not_applied")
    for value in values:
        assert ids(assess(signs(not_filed, value))) != ids(assess(not_filed)), value


def test_safe_is_only_said_when_nothing_that_matters_is_unknown():
    answers = {"platform": "crowdworks", "contract": "contracted", "job_format": "fixed_single", "escrow": "all",
               "contact_request": "approved", "client": "verified"}
    partial = assess(answers, "ja")
    assert partial.level is Level.SAFE_IF and partial.still_to_check == ("warning_signs",)
    assert partial.headline == "まだわからないこと（気になる点）を確かめてから、チャットワークに移ってください。"
    assert assess({**answers, "warning_signs": ["none"]}).level is Level.SAFE


def test_every_source_has_an_english_title_for_english_verdicts():
    assert all(s.title_en for s in all_sources())
    verdict = assess({"platform": "crowdworks", "warning_signs": ["direct_deal"]}, "en")
    assert all(not re.search(r"[\u3040-\u30ff]", s.label("en")) for s in verdict.sources)


def test_the_date_a_verdict_shows_is_the_oldest_of_its_facts(monkeypatch):
    """A fact re-read on its own keeps its own date; a verdict that uses an older fact shows the older date
    (main message and details), and one that does not use it keeps the newer date."""
    import dataclasses

    from bot import blocks
    from flows import plain
    from flows import verdict as verdict_module

    done = next(r for r in RULES if r.id == "cw_escrow_done_fixed")
    older = dataclasses.replace(done, facts=tuple(dataclasses.replace(f, checked="2025-06-30")
                                                  for f in done.facts))
    monkeypatch.setattr(verdict_module, "RULES", tuple(older if r is done else r for r in RULES))
    monkeypatch.setattr(verdict_module, "BY_ID", {**verdict_module.BY_ID, done.id: older})
    escrowed = dict(platform="crowdworks", contract="contracted", job_format="fixed_single", escrow="all",
                    contact_request="approved", client="verified", signs=["none"])
    not_yet = dict(escrowed, escrow="not_yet")
    for answers, lang, date in [(escrowed, "ja", "2025-06-30"), (escrowed, "en", "2025-06-30"),
                                (not_yet, "ja", "2026-11-28")]:
        v = assess(answers, lang)
        assert (done.id in {p.rule_id for p in v.reasons}) == (date == "2025-06-30")
        assert v.checked == date
        assert date in plain.verdict_text(v) and date in plain.details_text(v)
        assert date in blocks.visible_text(blocks.verdict_blocks(v, run=1)[0])   # the Slack message too


HEDGES = {"ja": ("とされ", "と言われ"), "en": ("reportedly", "Reportedly", "grew from says")}


def _hedged(text: str, lang: str) -> bool:
    return any(h in text for h in HEDGES[lang])


def test_every_sentence_is_worded_at_the_strength_of_its_source():
    """Each fact says its confidence in its own wording (official plainly, secondary hedged, seed as the
    original article's claim: a point found only there is not "common advice"), and so does every line written for a rule beside its facts (the main message's short line, the
    headline): a verdict, its details and the FAQ are made of these, so every sentence traces to docs/sources.md
    at the strength it has there."""
    from flows.facts import FACTS

    for fact in FACTS:
        for lang in ("ja", "en"):
            said = fact.say(lang)
            assert _hedged(said, lang) == (fact.confidence != "official"), (fact.id, lang, said)
            if fact.confidence == "seed":
                assert ("元の記事" in said) if lang == "ja" else ("article this advisor grew from" in said), said
    for r in RULES:
        for line in (r.short, r.headline):
            for lang in ("ja", "en"):
                if line:
                    assert _hedged(line[lang], lang) == (r.confidence != "official"), (r.id, lang, line[lang])
