"""scripts/check_sources.py against stand-in source pages served on 127.0.0.1 (never the internet).

The pages are in tests/data/source_pages/ (short stand-ins written for the tests, not copies; see the README there). The
server plays each site through ``--mirror``: a page as written, one edited to drop an anchor phrase, a page that
answers 404, one that never answers in time. The script runs as the operator runs it, in its own process.
"""

from __future__ import annotations

import asyncio
import importlib.util
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from aiohttp import web

from flows.facts import FACTS, LAST_READ

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "check_sources.py"
PAGES = Path(__file__).parent / "data" / "source_pages"
FAQ_10562 = "https://crowdworks.my.salesforce-sites.com/faq/articles/FAQ/10562?l=ja&url=10562"
LANCERS_598 = "https://lancers.jp/faq/l1036/598"
CHATWORK_NEWS = "https://www.bcnretail.com/news/detail/20221114_304268.html"
SAVED = {FAQ_10562: ("cw_faq_10562.html", "utf-8"), LANCERS_598: ("lancers_faq_598.html", "utf-8"),
         CHATWORK_NEWS: ("bcnretail_chatwork_free_plan.html", "shift_jis")}  # the news page says so in a <meta>

spec = importlib.util.spec_from_file_location("check_sources", SCRIPT)
check_sources = importlib.util.module_from_spec(spec)
sys.modules["check_sources"] = check_sources
spec.loader.exec_module(check_sources)


def mirror_path(url: str) -> str:
    parts = urlsplit(url)
    return "/" + parts.netloc + parts.path + (f"?{parts.query}" if parts.query else "")


def saved(url: str) -> str:
    name, encoding = SAVED[url]
    return (PAGES / name).read_text(encoding=encoding)


def facts_on(url: str) -> set[str]:
    return {f.id for f in FACTS if any(u == url for u, _ in f.anchors)}


class Sites:
    """The sites, as a mirror: path → an HTML body, 404, or "slow" (no answer in time)."""

    def __init__(self) -> None:
        self.pages: dict[str, bytes | int | str] = {}   # path → HTML bytes, an HTTP status, or "slow"
        self.in_flight: Counter[str] = Counter()
        self.most_at_once: dict[str, int] = defaultdict(int)
        self.most_overall = 0
        self.user_agents: set[str] = set()

    async def handle(self, request: web.Request) -> web.StreamResponse:
        host = request.path.split("/")[1]
        self.user_agents.add(request.headers.get("User-Agent", ""))
        self.in_flight[host] += 1
        self.most_at_once[host] = max(self.most_at_once[host], self.in_flight[host])
        self.most_overall = max(self.most_overall, sum(self.in_flight.values()))
        try:
            page = self.pages.get(request.path_qs, 404)
            await asyncio.sleep(0.02)
            if page == "slow":
                await asyncio.sleep(30)
            if isinstance(page, int):
                return web.Response(status=page, text="Not Found")
            return web.Response(body=page, content_type="text/html")  # the encoding is the page's <meta>
        finally:
            self.in_flight[host] -= 1


@pytest.fixture
async def sites():
    state = Sites()
    app = web.Application()
    app.router.add_get("/{tail:.*}", state.handle)
    runner = web.AppRunner(app, shutdown_timeout=0.1)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    state.mirror = f"http://127.0.0.1:{port}"
    yield state
    await runner.cleanup()


async def run_script(sites: Sites, *args: str) -> tuple[int, str]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, str(SCRIPT), "--mirror", sites.mirror, "--pause", "0", "--timeout", "2", *args,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await asyncio.wait_for(proc.communicate(), 60)
    assert not err or b"Traceback" not in err, err.decode()
    return proc.returncode, out.decode()


def serve(sites: Sites, url: str, html: str) -> None:
    sites.pages[mirror_path(url)] = html.encode(SAVED[url][1] if url in SAVED else "utf-8")


def serve_saved(sites: Sites) -> None:
    for url in SAVED:
        serve(sites, url, saved(url))


async def test_saved_copies_still_carry_every_anchor(sites):
    serve_saved(sites)
    code, out = await run_script(sites, "--page", "10562", "--page", "l1036/598", "--page", "bcnretail", "--json")
    report = json.loads(out)
    assert code == 0 and report["ok"] and report["needs_look"] == []
    seen = {f["id"]: f["status"] for f in report["facts"]}
    expected = facts_on(FAQ_10562) | facts_on(LANCERS_598) | facts_on(CHATWORK_NEWS)
    assert expected and {i for i, s in seen.items() if s == "still there"} == expected


async def test_a_page_that_dropped_a_phrase_is_reported_changed(sites):
    serve_saved(sites)
    serve(sites, FAQ_10562, saved(FAQ_10562).replace("２営業日", "５営業日"))
    code, out = await run_script(sites, "--page", "10562")
    assert code == 1
    line = next(x for x in out.splitlines() if "cw_review" in x)
    assert line.split()[0] == "CHANGED"
    assert "missing 「最大2営業日以内」" in out
    assert "still there  cw_principle" in out  # the rest of the page still carries its facts
    assert "Needs a human look: 1 facts" in out


async def test_a_page_gone_and_a_page_that_never_answers(sites):
    serve_saved(sites)
    del sites.pages[mirror_path(LANCERS_598)]                 # 404
    sites.pages[mirror_path(CHATWORK_NEWS)] = "slow"
    code, out = await run_script(sites, "--page", "l1036/598", "--page", "bcnretail", "--timeout", "0.5",
                                 "--retries", "0", "--json")
    report = json.loads(out)
    assert code == 1 and not report["ok"]
    by_id = {f["id"]: f for f in report["facts"]}
    for fact_id in facts_on(LANCERS_598):
        page = next(p for p in by_id[fact_id]["pages"] if p["url"] == LANCERS_598)
        assert page["status"] == "page gone" and page["detail"] == "HTTP 404"
    for fact_id in facts_on(CHATWORK_NEWS):
        assert by_id[fact_id]["status"] == "unreachable"
        assert by_id[fact_id]["pages"][0]["detail"] == "no answer within 0.5 s"
    assert set(report["needs_look"]) == facts_on(LANCERS_598) | facts_on(CHATWORK_NEWS)


async def test_text_in_a_script_is_not_on_the_page(sites):
    html = saved(FAQ_10562).replace("サービス外連絡申請", "申請")
    html = html.replace("</body>", "<script>var t = 'サービス外連絡申請';</script></body>")
    serve(sites, FAQ_10562, html)
    code, out = await run_script(sites, "--page", "10562")
    assert code == 1 and "missing 「サービス外連絡申請」" in out


async def test_every_source_page_once_one_request_per_host_at_a_time(sites):
    """The whole list of docs/sources.md, each page holding its facts' phrases (written in full width and
    with spaces, as a page may): every fact still there; no host gets two requests at once."""
    urls = check_sources.source_urls()
    for url in urls:
        phrases = [p for f in FACTS for u, ps in f.anchors if u == url for p in ps]
        body = " ".join(p.replace("2", "２").replace("・", " ・ ") for p in phrases) or "<p>a page</p>"
        sites.pages[mirror_path(url)] = f"<html><body><p>{body}</p></body></html>".encode()
    report, _ = await check_sources.run(urls, mirror=sites.mirror, timeout=5, pause=0, retries=0)
    assert report.ok, check_sources.table(report)
    assert {f.id for f in report.facts} == {f.id for f in FACTS if f.anchors}
    assert max(sites.most_at_once.values()) == 1 and sites.most_overall > 1
    assert sites.user_agents == {check_sources.USER_AGENT} and "migrate-advisor" in check_sources.USER_AGENT


# (fact, page) pairs with no phrase recorded: the page could not be read when the phrases were chosen, or the
# fact is not on that page (the script lists them "to read by hand"). A new fact needs its phrases, or a line here.
NOT_ANCHORED = {
    ("cw_direct_deal_rule", "https://crowdworks.jp/pages/agreement.html"),
    ("cw_penalty", "https://crowdworks.jp/pages/agreement.html"),
    ("cw_mlm_scam", "https://blog.crowdworks.jp/archives/6035"),
    ("coconala_no_outside", "https://coconala.com/news/1118"),
    ("lancers_contact", "https://lancers.jp/faq/l1036/598"),
    ("lancers_no_outside_payment", "https://www.lancers.jp/faq/l1028/770"),
}


def test_every_fact_on_a_page_has_its_phrases_there_or_is_listed_to_read_by_hand():
    listed = check_sources.source_urls()
    missing = set()
    for fact in FACTS:
        pages = {s.url for s in fact.sources if s.url}
        assert {u for u, _ in fact.anchors} <= pages, fact.id
        missing |= {(fact.id, u) for u in pages - {u for u, _ in fact.anchors}}
        for url, phrases in fact.anchors:
            assert url in listed and phrases and all(4 <= len(p) <= 30 for p in phrases), (fact.id, url)
    assert missing == NOT_ANCHORED


def test_a_fact_without_phrases_is_named_to_read_by_hand_and_dates_are_dates():
    import datetime

    assert check_sources.unanchored(next(f for f in FACTS if f.id == "records")) == ["no page"]
    assert check_sources.unanchored(next(f for f in FACTS if f.id == "cw_penalty")) == [
        "https://crowdworks.jp/pages/agreement.html"]
    assert check_sources.unanchored(next(f for f in FACTS if f.id == "cw_review")) == []
    for fact in FACTS:
        assert datetime.date.fromisoformat(fact.checked) <= datetime.date.today(), fact.id
    assert LAST_READ == "2026-11-28"


def test_the_page_encoding_is_the_header_s_then_the_page_s_own():
    sjis = "<meta charset='Shift_JIS'>仮払い".encode("shift_jis")
    assert check_sources.encoding(None, sjis) == "shift_jis"
    assert check_sources.encoding("euc-jp", sjis) == "euc_jp"
    assert check_sources.encoding("no-such-charset", b"<p>x</p>") == "utf-8"


def test_the_weekly_workflow_runs_the_checker_and_can_open_nothing():
    import yaml

    flow = yaml.safe_load((ROOT / ".github" / "workflows" / "check-sources.yml").read_text(encoding="utf-8"))
    triggers = flow[True]  # YAML 1.1 reads the key `on` as True
    assert triggers["schedule"][0]["cron"].split()[4] == "1" and "workflow_dispatch" in triggers
    assert flow["permissions"] == {"contents": "read"}
    runs = [step.get("run", "") for step in flow["jobs"]["check"]["steps"]]
    assert any(r.startswith(".venv/bin/python scripts/check_sources.py") for r in runs)
    assert not any("|| true" in r or "continue-on-error" in str(flow) for r in runs)


async def test_a_page_that_arrives_in_pieces_is_read_whole(sites):
    """A real page comes in several pieces: the phrases near its end are found too."""
    html = saved(FAQ_10562).encode("utf-8")
    head, tail = html[: len(html) // 3], html[len(html) // 3:]

    async def slow(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "text/html; charset=utf-8"})
        await response.prepare(request)
        await response.write(head + b"<!--" + b" " * 70_000 + b"-->")
        await asyncio.sleep(0.2)
        await response.write(tail)
        await response.write_eof()
        return response

    app = web.Application()
    app.router.add_get("/{tail:.*}", slow)
    runner = web.AppRunner(app, shutdown_timeout=0.1)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        mirror = f"http://127.0.0.1:{runner.addresses[0][1]}"
        report, _ = await check_sources.run([FAQ_10562], mirror=mirror, timeout=5, pause=0, retries=0)
        assert report.ok, check_sources.table(report)
    finally:
        await runner.cleanup()
