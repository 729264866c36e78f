"""Check that the advice's source pages still say what the advice rests on (an operator's tool).

Fetches every URL in docs/sources.md, politely (one request at a time per host, a pause between two requests
to the same host, a timeout, a User-Agent naming the project), reads each page's text and looks for each
fact's anchor phrases (flows/facts.py: a few short phrases per source page that carry the fact). Per fact:

    still there   every phrase is on every page the fact rests on
    changed       a phrase is gone: read the page again (README, "Keeping the advice current")
    page gone     the page answers 404 or 410
    unreachable   timeout, connection error, or another HTTP status (after one more try)

Exits 1 when any fact needs a human look, 0 when all are still there, 2 on bad arguments. Run it where
there is internet:

    .venv/bin/python scripts/check_sources.py            # a table
    .venv/bin/python scripts/check_sources.py --json     # the same, for machines (--report FILE: both)
    .venv/bin/python scripts/check_sources.py --page 10562 --show   # one page, and the text it was read as

``--mirror URL`` reads each page from URL + host + path instead of the site (saved copies; the tests use it).
"""

from __future__ import annotations

import argparse
import asyncio
import codecs
import datetime
import json
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import aiohttp

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from flows.facts import FACTS, Fact  # noqa: E402  (the repository's own package, run as a script)

SOURCES = ROOT / "docs" / "sources.md"
USER_AGENT = "migrate-advisor-source-check/1.0 (the CrowdWorks-to-Chatwork advisor's operator checking its sources)"
MAX_BYTES = 5_000_000
URL = re.compile(r"https?://[^\s)>\]」]+")

STILL_THERE, CHANGED, GONE, UNREACHABLE = "still there", "changed", "page gone", "unreachable"
READ = "read"  # a page that answered 200
SEVERITY = {STILL_THERE: 0, UNREACHABLE: 1, GONE: 2, CHANGED: 3}


@dataclass
class Page:
    url: str
    status: str                 # read / page gone / unreachable
    detail: str = ""            # "HTTP 404", "timeout after 20 s", …
    text: str = field(default="", repr=False)


@dataclass
class PageCheck:
    url: str
    status: str
    missing: list[str] = field(default_factory=list)
    detail: str = ""


@dataclass
class FactCheck:
    id: str
    status: str
    checked: str
    pages: list[PageCheck]


# ---------------------------------------------------------------- reading a page


class _Text(HTMLParser):
    """The text a reader sees: everything but scripts, styles and templates."""

    SKIP = {"script", "style", "noscript", "template", "svg"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self.SKIP:
            self._skipping += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self._skipping:
            self._skipping -= 1

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def page_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    parser.close()
    return "\n".join(p.strip() for p in parser.parts if p.strip())


def normal(text: str) -> str:
    """Compared without width or spacing differences: ２営業日 = 2営業日, 「最大 2 営業日」 = 「最大2営業日」."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).lower()


# ---------------------------------------------------------------- fetching, politely


def source_urls(path: Path = SOURCES) -> list[str]:
    """Every URL in docs/sources.md, once, in order."""
    return list(dict.fromkeys(u.rstrip(".,;") for u in URL.findall(path.read_text(encoding="utf-8"))))


META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_-]+)""", re.IGNORECASE)


def encoding(header: str | None, body: bytes) -> str:
    """The page's encoding: the HTTP header's, else the page's own <meta charset>, else UTF-8."""
    meta = META_CHARSET.search(body[:4096])
    for name in (header, meta.group(1).decode() if meta else None):
        if name:
            try:
                return codecs.lookup(name).name
            except LookupError:
                continue
    return "utf-8"


def _address(url: str, mirror: str | None) -> str:
    if not mirror:
        return url
    parts = urlsplit(url)
    return mirror.rstrip("/") + "/" + parts.netloc + parts.path + (f"?{parts.query}" if parts.query else "")


async def fetch(session: aiohttp.ClientSession, url: str, mirror: str | None, timeout: float) -> Page:
    try:
        async with session.get(_address(url, mirror), timeout=aiohttp.ClientTimeout(total=timeout)) as resp:
            if resp.status in (404, 410):
                return Page(url, GONE, f"HTTP {resp.status}")
            if resp.status != 200:
                return Page(url, UNREACHABLE, f"HTTP {resp.status}")
            body = bytearray()
            async for chunk in resp.content.iter_chunked(65536):  # the whole page, up to MAX_BYTES
                body += chunk
                if len(body) >= MAX_BYTES:
                    break
            return Page(url, READ, "", page_text(bytes(body).decode(encoding(resp.charset, bytes(body)), errors="replace")))
    except TimeoutError:
        return Page(url, UNREACHABLE, f"no answer within {timeout:g} s")
    except (aiohttp.ClientError, UnicodeError, LookupError) as error:
        return Page(url, UNREACHABLE, type(error).__name__)


async def fetch_host(session: aiohttp.ClientSession, urls: list[str], mirror: str | None, timeout: float,
                     pause: float, retries: int) -> list[Page]:
    """One host's pages, one request at a time, ``pause`` seconds apart; an unreachable page is tried again."""
    pages = []
    for n, url in enumerate(urls):
        for attempt in range(retries + 1):
            if n or attempt:
                await asyncio.sleep(pause)
            page = await fetch(session, url, mirror, timeout)
            if page.status != UNREACHABLE:
                break
        pages.append(page)
    return pages


async def fetch_all(urls: list[str], mirror: str | None = None, timeout: float = 20, pause: float = 1.0,
                    retries: int = 1) -> dict[str, Page]:
    """Every page, hosts side by side, each host's pages one after another."""
    by_host: dict[str, list[str]] = defaultdict(list)
    for url in urls:
        by_host[urlsplit(url).netloc].append(url)
    async with aiohttp.ClientSession(headers={"User-Agent": USER_AGENT}) as session:
        done = await asyncio.gather(*(fetch_host(session, host_urls, mirror, timeout, pause, retries)
                                      for host_urls in by_host.values()))
    return {page.url: page for pages in done for page in pages}


# ---------------------------------------------------------------- judging each fact


def check_fact(fact: Fact, pages: dict[str, Page]) -> FactCheck:
    checks = []
    for url, phrases in fact.anchors:
        page = pages.get(url)
        if page is None:
            continue  # not fetched this run (--page)
        if page.status != READ:
            checks.append(PageCheck(url, page.status, [], page.detail))
            continue
        text = normal(page.text)
        missing = [p for p in phrases if normal(p) not in text]
        checks.append(PageCheck(url, CHANGED if missing else STILL_THERE, missing))
    worst = max((c.status for c in checks), key=SEVERITY.__getitem__, default=STILL_THERE)
    return FactCheck(fact.id, worst, fact.checked, checks)


def unanchored(fact: Fact) -> list[str]:
    """Where the script cannot check this fact: its source pages without phrases, "no page" for a source
    that is not one page (third-party articles, the seed article)."""
    have = {url for url, _ in fact.anchors}
    return list(dict.fromkeys(s.url or "no page" for s in fact.sources if s.url not in have))


def anchored(facts: tuple[Fact, ...], urls: list[str]) -> list[Fact]:
    return [f for f in facts if any(url in urls for url, _ in f.anchors)]


def unknown_pages(facts: tuple[Fact, ...], listed: list[str]) -> list[str]:
    """Anchor pages that docs/sources.md does not list (a fact's URL must be one of the sources)."""
    return sorted({url for f in facts for url, _ in f.anchors if url not in listed})


@dataclass
class Report:
    date: str
    facts: list[FactCheck]
    pages: list[dict]
    by_hand: list[str]

    @property
    def needs_look(self) -> list[FactCheck]:
        return [f for f in self.facts if f.status != STILL_THERE]

    @property
    def pages_to_look_at(self) -> list[dict]:
        return [p for p in self.pages if p["status"] != READ]

    @property
    def ok(self) -> bool:
        return not self.needs_look and not self.pages_to_look_at


async def run(urls: list[str], facts: tuple[Fact, ...] = FACTS, **fetching: object) -> tuple[Report, dict]:
    pages = await fetch_all(urls, **fetching)  # type: ignore[arg-type]
    checked = [check_fact(f, {u: pages[u] for u, _ in f.anchors if u in pages})
               for f in anchored(facts, urls)]
    used = {u for f in facts for u, _ in f.anchors}
    others = [{"url": p.url, "status": p.status, "detail": p.detail} for p in pages.values() if p.url not in used]
    by_hand = [f"{f.id} ({url})" for f in facts for url in unanchored(f)]
    return Report(datetime.date.today().isoformat(), checked, others, by_hand), pages


# ---------------------------------------------------------------- printing


def _label(status: str) -> str:
    return status if status == STILL_THERE else status.upper()


def table(report: Report) -> str:
    lines = [f"Source check {report.date}: {len(report.facts)} facts on their pages"]
    for f in sorted(report.facts, key=lambda f: -SEVERITY[f.status]):
        lines.append(f"  {_label(f.status):<12} {f.id}  (last read {f.checked})")
        for p in f.pages:
            if p.status != STILL_THERE:
                why = "missing " + " ".join(f"「{m}」" for m in p.missing) if p.missing else p.detail
                lines.append(f"      {p.url}: {why}")
    for p in report.pages:
        state = READ if p["status"] == READ else f"{p['status'].upper()} ({p['detail']})"
        lines.append(f"  page without anchors, {state}: {p['url']}")
    if report.by_hand:
        lines.append(f"To read by hand ({len(report.by_hand)}: no phrases recorded on that page, or no one page):")
        lines += [f"  {item}" for item in report.by_hand]
    look, pages = len(report.needs_look), len(report.pages_to_look_at)
    lines.append(f"Needs a human look: {look} facts, {pages} pages (README, \"Keeping the advice current\")."
                 if look or pages else "Every anchored fact is still there.")
    return "\n".join(lines)


def as_json(report: Report) -> str:
    data = {"date": report.date, "ok": report.ok, "needs_look": [f.id for f in report.needs_look],
            "pages_to_look_at": [p["url"] for p in report.pages_to_look_at],
            "facts": [asdict(f) for f in report.facts], "other_pages": report.pages, "by_hand": report.by_hand}
    return json.dumps(data, ensure_ascii=False, indent=2)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--page", action="append", default=[], metavar="TEXT",
                        help="only the pages whose URL contains TEXT (repeatable)")
    parser.add_argument("--report", type=Path, metavar="FILE", help="also write the JSON report to FILE")
    parser.add_argument("--show", action="store_true", help="also print each page's text as it was read")
    parser.add_argument("--timeout", type=float, default=20.0, help="seconds per request (default 20)")
    parser.add_argument("--pause", type=float, default=1.0, help="seconds between two requests to one host")
    parser.add_argument("--retries", type=int, default=1, help="more tries for an unreachable page (default 1)")
    parser.add_argument("--mirror", help="read pages from MIRROR/host/path (saved copies) instead of the sites")
    args = parser.parse_args(argv)
    listed = source_urls()
    stray = unknown_pages(FACTS, listed)
    if stray:
        print(f"flows/facts.py anchors pages that docs/sources.md does not list: {', '.join(stray)}",
              file=sys.stderr)
        return 2
    urls = [u for u in listed if not args.page or any(t in u for t in args.page)]
    if not urls:
        print("no URL in docs/sources.md matches --page", file=sys.stderr)
        return 2
    report, pages = asyncio.run(run(urls, mirror=args.mirror, timeout=args.timeout, pause=args.pause,
                                    retries=args.retries))
    print(as_json(report) if args.json else table(report))
    if args.report:
        args.report.write_text(as_json(report) + "\n", encoding="utf-8")
    if args.show:
        for page in pages.values():
            print(f"\n----- {page.url} ({page.status})\n{page.text}")
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
