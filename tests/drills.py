"""Fault drills against real `python -m bot serve` processes and a fake Slack on 127.0.0.1, each returning its
figures. tests/test_drills.py runs them small and checks the figures; scripts/drills.py runs them bigger and
prints them (README, "What is guaranteed").

- sigkill_burst: users type their conversations back to back; the bot is killed with SIGKILL mid-burst and
  restarted; Slack resends every event of the burst; the users go on to their verdicts.
- close_together: three DMs at the same moment from each user, then the rest of the conversation typed
  back to back.
- posting_failures: Slack refuses a question (channel_not_found, internal_error, ratelimited); the user types
  an answer to the question they never saw. And 429s with Retry-After while users type on.
- redis_restart: conversations under way while Redis (with its append-only file) is restarted; Slack resends
  what got a 503. Then a spike of users writing twice at once.
- frozen_disk: the file system under the SQLite file frozen (fsfreeze) while users type (needs root).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import shutil
import subprocess
import time
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import aiohttp

from tests import slack_payloads as p
from tests.conftest import RedisServer
from tests.fake_slack import Call, FakeSlack
from tests.test_processes import ORDER, TYPED, BotProcess, Slack, health, is_verdict, question_id

MakeBot = Callable[..., BotProcess]
FACTS = ["クラウドワークスの仕事です", "契約済みです", "時間単価の仕事です"]
REST = ["まだです", "していない", "わからない", "なし"]  # escrow, contact_request, client, warning_signs
EXPECTED = [*ORDER, "verdict"]
NOT_SAVED = "一時的にメッセージを保存できません"
UNAVAILABLE = "一時的に利用できません"
NOT_DELIVERED = "お届けでき"
LEASE = "2s"  # a killed process's leases lapse quickly in drills


def users(prefix: str, count: int) -> list[tuple[str, str]]:
    return [(f"U{prefix}{n:04d}", f"D{prefix}{n:04d}") for n in range(count)]


def shown(fake: FakeSlack, channel: str) -> list[Call]:
    return [c for c in fake.calls_to("chat.postMessage") if c.args.get("channel") == channel and not c.failed]


def collapsed(calls: list[Call]) -> tuple[list[Call], int]:
    """The messages with repeats of the same message right after itself taken out, and how many repeats."""
    out: list[Call] = []
    repeats = 0
    for call in calls:
        key = (call.args.get("text"), json.dumps(call.args.get("blocks"), sort_keys=True))
        if out and (out[-1].args.get("text"), json.dumps(out[-1].args.get("blocks"), sort_keys=True)) == key:
            repeats += 1
            continue
        out.append(call)
    return out, repeats


def steps(calls: list[Call]) -> list[str]:
    return ["verdict" if is_verdict(c) else (question_id(c) or "note") for c in calls]


async def until(condition: Callable[[], bool], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        await asyncio.sleep(0.05)
    return True


async def post(slack: Slack, bot: BotProcess, payload: dict[str, Any], retry_num: int = 0) -> int | None:
    """A signed event to the bot; its HTTP status, or None when the bot is gone."""
    try:
        return (await slack.send(bot, payload, "json", retry_num=retry_num or None))[0]
    except (aiohttp.ClientError, TimeoutError):
        return None


def event(user: str, channel: str, text: str) -> dict[str, Any]:
    return p.event_callback(p.dm_message(user, text, channel=channel))


# ---------------------------------------------------------------- SIGKILL in a burst


async def sigkill_burst(fake: FakeSlack, make_bot: MakeBot, http: aiohttp.ClientSession, store_url: str,
                        count: int = 20, timeout: float = 90) -> dict[str, Any]:
    started = time.monotonic()
    slack = Slack(http)
    first = await make_bot(store_url, name="killed", ADVISOR_LEASE_TTL=LEASE).start(http)
    people = users("K", count)
    sent: dict[str, list[dict[str, Any]]] = {u: [] for u, _ in people}
    acked = {"before_kill": 0}
    kill_after = count * len(TYPED) // 2
    killed = asyncio.Event()

    async def burst(user: str, channel: str) -> None:
        for text in TYPED:
            if killed.is_set():
                return
            payload = event(user, channel, text)
            sent[user].append(payload)
            if await post(slack, first, payload) != 200:
                return  # the bot is gone; Slack will resend this one
            acked["before_kill"] += 1
            if acked["before_kill"] >= kill_after and not killed.is_set():
                killed.set()
                first.kill()

    await asyncio.gather(*(burst(u, c) for u, c in people))
    if not killed.is_set():
        first.kill()
    second = await make_bot(store_url, name="restarted", port=first.port, ADVISOR_LEASE_TTL=LEASE).start(http)

    async def resend_then_go_on(user: str, channel: str) -> list[int | None]:
        statuses = [await post(slack, second, payload, retry_num=1) for payload in sent[user]]
        for text in TYPED[len(sent[user]):]:
            statuses.append(await post(slack, second, event(user, channel, text)))
        return statuses

    statuses = [s for group in await asyncio.gather(*(resend_then_go_on(u, c) for u, c in people)) for s in group]
    await until(lambda: all(len(collapsed(shown(fake, c))[0]) >= len(TYPED) for _, c in people), timeout)
    figures = tally(fake, people)
    figures.update(store=store_url.split(":")[0], users=count, messages=count * len(TYPED),
                   acked_before_kill=acked["before_kill"], resent=sum(len(v) for v in sent.values()),
                   not_200_after_restart=sum(s != 200 for s in statuses), seconds=round(time.monotonic() - started, 1))
    return figures


def tally(fake: FakeSlack, people: list[tuple[str, str]], expected: list[str] = EXPECTED) -> dict[str, Any]:
    """Per user: one reply per message, in the conversation's order."""
    unanswered = out_of_order = repeats = 0
    for _, channel in people:
        messages, repeated = collapsed(shown(fake, channel))
        repeats += repeated
        unanswered += max(0, len(expected) - len(messages))
        if steps(messages)[:len(expected)] != expected[:len(messages)]:
            out_of_order += 1
    return {"unanswered": unanswered, "out_of_order": out_of_order, "repeated_posts": repeats}


# ---------------------------------------------------------------- one user's DMs close together


async def close_together(fake: FakeSlack, make_bot: MakeBot, http: aiohttp.ClientSession, store_url: str,
                         count: int = 20, timeout: float = 60) -> dict[str, Any]:
    started = time.monotonic()
    slack = Slack(http)
    bot = await make_bot(store_url, name="together").start(http)
    people = users("C", count)
    statuses = await asyncio.gather(*(post(slack, bot, event(u, c, text)) for u, c in people for text in FACTS))
    await until(lambda: all(len(shown(fake, c)) >= len(FACTS) for _, c in people), timeout)
    dropped = sum(max(0, len(FACTS) - len(shown(fake, c))) for _, c in people)
    not_escrow = sum(steps(shown(fake, c))[len(FACTS) - 1:len(FACTS)] != ["escrow"] for _, c in people)

    async def type_on(user: str, channel: str) -> None:
        for text in REST:  # back to back, without waiting for the answers
            statuses.append(await post(slack, bot, event(user, channel, text)))

    await asyncio.gather(*(type_on(u, c) for u, c in people))
    expected = ["escrow", "contact_request", "client", "warning_signs", "verdict"]
    total = len(FACTS) - 1 + len(expected)
    await until(lambda: all(len(shown(fake, c)) >= total for _, c in people), timeout)
    out_of_order = sum(steps(shown(fake, c))[len(FACTS) - 1:] != expected for _, c in people)
    return {"store": store_url.split(":")[0], "users": count, "messages": count * (len(FACTS) + len(REST)),
            "not_200": sum(s != 200 for s in statuses), "dropped_at_once": dropped,
            "wrong_after_three_at_once": not_escrow,
            "unanswered": sum(max(0, total - len(shown(fake, c))) for _, c in people),
            "out_of_order": out_of_order, "seconds": round(time.monotonic() - started, 1)}


# ---------------------------------------------------------------- Slack refusing posts


async def posting_failures(fake: FakeSlack, make_bot: MakeBot, http: aiohttp.ClientSession, store_url: str,
                           count: int = 12, timeout: float = 60) -> dict[str, Any]:
    """Each user's second question is refused by Slack once (channel_not_found, internal_error or ratelimited);
    a refusal Slack says is passing (internal_error, ratelimited) is tried again after a back-off and reaches the
    user; after a lasting one (channel_not_found) the user, who never saw the question, types an answer anyway,
    and the question is asked again, with a note."""
    started = time.monotonic()
    slack = Slack(http)
    bot = await make_bot(store_url, name="refused").start(http)
    people = users("F", count)
    errors = ["channel_not_found", "internal_error", "ratelimited"]
    refuse: dict[str, str] = {}  # channel → the error its contract question gets, once
    lasting: set[str] = set()  # channels whose refusal is not passing

    def answer(call: Call) -> dict[str, Any]:
        channel = call.args.get("channel", "")
        blocks = json.dumps(call.args.get("blocks") or [])
        if channel in refuse and '"q:contract"' in blocks:
            return {"ok": False, "error": refuse.pop(channel)}
        ts = fake.next_ts()
        return {"ok": True, "channel": channel, "ts": ts, "message": {"ts": ts, "text": call.args.get("text", "")}}

    fake.set_response("chat.postMessage", answer)
    for n, (_, channel) in enumerate(people):
        refuse[channel] = errors[n % len(errors)]
        if refuse[channel] == "channel_not_found":
            lasting.add(channel)

    async def converse(user: str, channel: str) -> None:
        await post(slack, bot, event(user, channel, "相談です"))
        await until(lambda: len(shown(fake, channel)) >= 1, timeout)
        await slack.click(bot, shown(fake, channel)[0], "crowdworks", user=user)
        await until(lambda: channel not in refuse, timeout)  # the contract question was refused
        if channel in lasting:
            await post(slack, bot, event(user, channel, "契約済み"))  # an answer to a question never seen
            await until(lambda: len(shown(fake, channel)) >= 2, timeout)  # asked again, with a note
        else:
            await until(lambda: len(shown(fake, channel)) >= 2, timeout)  # sent again after a back-off
        for n, text in enumerate(["契約済み", *TYPED[3:]], start=2):
            await post(slack, bot, event(user, channel, text))
            await until(lambda n=n: len(shown(fake, channel)) > n, timeout)

    await asyncio.gather(*(converse(u, c) for u, c in people))
    refused = recorded = noted = delivered = 0
    for _, channel in people:
        messages = shown(fake, channel)
        refused += 1
        after = messages[1] if len(messages) > 1 else None
        if after is None or question_id(after) != "contract":
            recorded += 1  # the typed answer was taken for the question never shown
        elif NOT_DELIVERED in (after.args.get("text") or ""):
            noted += channel in lasting
        else:
            delivered += channel not in lasting  # a passing refusal: sent again after a back-off
    figures = tally(fake, people)
    figures.update(store=store_url.split(":")[0], users=count, refused_questions=refused,
                   answers_recorded_for_unseen_questions=recorded, lasting_refusals=len(lasting),
                   asked_again_with_a_note=noted, passing_refusals=count - len(lasting),
                   delivered_after_a_back_off=delivered)
    fake._overrides.pop("chat.postMessage", None)

    # 429 with Retry-After while everyone types on: nothing is posted after a user's verdict
    typists = users("R", count)
    fake.fail("chat.postMessage", status=429, headers={"Retry-After": "1"}, times=count)
    await asyncio.gather(*(type_all(slack, bot, u, c) for u, c in typists))
    await until(lambda: all(any(is_verdict(m) for m in shown(fake, c)) for _, c in typists), timeout)
    late = sum(len(shown(fake, c)) - 1 - next(i for i, m in enumerate(shown(fake, c)) if is_verdict(m))
               for _, c in typists)
    order = tally(fake, typists)
    figures.update(rate_limited_users=count, posted_after_the_verdict=late,
                   rate_limited_out_of_order=order["out_of_order"], rate_limited_unanswered=order["unanswered"],
                   seconds=round(time.monotonic() - started, 1))
    return figures


async def type_all(slack: Slack, bot: BotProcess, user: str, channel: str) -> None:
    """A whole conversation typed back to back."""
    for text in TYPED:
        await post(slack, bot, event(user, channel, text))


# ---------------------------------------------------------------- Redis restarted under load


async def redis_restart(fake: FakeSlack, make_bot: MakeBot, http: aiohttp.ClientSession, folder: Path,
                        count: int = 20, spike: int = 200, timeout: float = 90) -> dict[str, Any]:
    started = time.monotonic()
    server = RedisServer(folder=str(folder)).start()
    try:
        figures = await _under_restart(fake, make_bot, http, server, count, timeout)
        figures.update(await _spike(fake, make_bot, http, server, spike, timeout))
    finally:
        server.stop()
    figures["seconds"] = round(time.monotonic() - started, 1)
    return figures


async def resend_until_200(slack: Slack, bot: BotProcess, payload: dict[str, Any], log: list[dict[str, Any]],
                           tries: int = 200, sent: Callable[[], None] | None = None) -> int | None:
    """Slack's way with an event that did not get a 200: send it again (here sooner than Slack would)."""
    record: dict[str, Any] = {"first_sent": time.monotonic(), "statuses": []}
    log.append(record)
    for attempt in range(tries):
        begun = time.monotonic()
        status = await post(slack, bot, payload, retry_num=attempt)
        record["slowest"] = max(record.get("slowest", 0.0), time.monotonic() - begun)
        record["statuses"].append(status)
        if sent is not None:
            sent()
        if status == 200:
            return status
        await asyncio.sleep(0.25)
    return None


def notices(fake: FakeSlack, channels: set[str]) -> int:
    return sum(1 for c in fake.calls_to("chat.postMessage")
               if c.args.get("channel") in channels and (NOT_SAVED in (c.args.get("text") or "")
                                                          or UNAVAILABLE in (c.args.get("text") or "")))


async def _under_restart(fake: FakeSlack, make_bot: MakeBot, http: aiohttp.ClientSession, server: RedisServer,
                         count: int, timeout: float) -> dict[str, Any]:
    slack = Slack(http)
    bot = await make_bot(server.url, name="redis", ADVISOR_LEASE_TTL=LEASE).start(http)
    people = users("S", count)
    channels = {c for _, c in people}
    log: list[dict[str, Any]] = []
    back_at: list[float] = []

    paused: set[str] = set()
    outage = asyncio.Event()
    tried_in_outage: set[str] = set()

    async def converse(user: str, channel: str) -> None:
        """Typed on without waiting for the answers, each message resent until it gets its 200; the fourth
        is sent while Redis is down."""
        for n, text in enumerate(TYPED):
            if n == 3:
                paused.add(user)
                await outage.wait()
            noted = (lambda: tried_in_outage.add(user)) if n == 3 else None
            await resend_until_200(slack, bot, event(user, channel, text), log, sent=noted)

    def answered(channel: str) -> list[Call]:
        return collapsed([m for m in shown(fake, channel) if NOT_SAVED not in (m.args.get("text") or "")])[0]

    async def restart_midway() -> None:
        await until(lambda: len(paused) == count, timeout)
        server.stop()
        await until_health(http, bot, 503, timeout)  # the bot has noticed the outage
        outage.set()
        await until(lambda: len(tried_in_outage) == count, timeout)  # every user wrote during it
        server.start()  # same port, same append-only file
        await until_health(http, bot, 200, timeout)
        back_at.append(time.monotonic())

    await asyncio.gather(restart_midway(), *(converse(u, c) for u, c in people))
    await until(lambda: all(len(answered(c)) >= len(EXPECTED) for c in channels), timeout)
    after = [r for r in log if back_at and r["first_sent"] > back_at[0]]
    return {"users": count, "messages": len(log),
            "unanswered": sum(max(0, len(EXPECTED) - len(answered(c))) for c in channels),
            "out_of_order": sum(steps(answered(c)) != EXPECTED for c in channels),
            "not_200_during_restart": sum(1 for r in log for s in r["statuses"] if s != 200),
            "unavailable_notices": notices(fake, channels),
            "not_200_after_back": sum(1 for r in after for s in r["statuses"] if s != 200),
            "unavailable_after_back": sum(1 for r in after if r["statuses"][:1] != [200])}


async def until_health(http: aiohttp.ClientSession, bot: BotProcess, status: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while (await health(http, bot))[0] != status:
        assert time.monotonic() < deadline, f"/healthz did not answer {status}"
        await asyncio.sleep(0.05)


async def _spike(fake: FakeSlack, make_bot: MakeBot, http: aiohttp.ClientSession, server: RedisServer, count: int,
                 timeout: float) -> dict[str, Any]:
    """`count` users write twice at the same moment."""
    slack = Slack(http)
    bot = await make_bot(server.url, name="spike", ADVISOR_LEASE_TTL=LEASE).start(http)
    people = users("P", count)
    log: list[dict[str, Any]] = []
    sends: list[Awaitable[int | None]] = [resend_until_200(slack, bot, event(u, c, text), log)
                                          for u, c in people for text in ("相談です", "1")]
    await asyncio.gather(*sends)
    await until(lambda: all(len(shown(fake, c)) >= 2 for _, c in people), timeout)
    return {"spike_users": count, "spike_messages": len(log),
            "spike_busy_503": sum(1 for r in log for s in r["statuses"] if s != 200),
            "spike_unanswered": sum(max(0, 2 - len(shown(fake, c))) for _, c in people),
            "spike_unavailable_notices": notices(fake, {c for _, c in people})}


# ---------------------------------------------------------------- the largest messages Slack sends

HUGE = {"digits": "7" * 40_000, "kana": "あ" * 40_000, "mixed": ("仮払いはまだです not yet 123、" * 2000)[:40_000],
        "emoji": "🙂" * 40_000}
SURFACES = ("dm", "command", "mention")


async def huge_messages(fake: FakeSlack, make_bot: MakeBot, http: aiohttp.ClientSession, store_url: str,
                        count: int = 10, timeout: float = 60) -> dict[str, Any]:
    """Every kind of 40,000-character message (Slack's limit: digits, kana, mixed text, emoji) on every surface
    (a DM, a /migrate-check text, a channel mention), while `count` bystanders type their conversations: the
    slowest ack a bystander got, how long the huge messages took to be acked and answered, and the bystanders'
    conversations complete and in order."""
    started = time.monotonic()
    slack = Slack(http)
    bot = await make_bot(store_url, name="huge").start(http)
    people, acks, huge_acks, unanswered_huge = users("B", count), [], [], 0

    async def timed(payload: dict[str, Any], kind: str = "json") -> float:
        begun = time.monotonic()
        await slack.send(bot, payload, kind)
        return time.monotonic() - begun

    async def bystander(user: str, channel: str) -> None:
        for n, text in enumerate(TYPED):
            acks.append(await timed(event(user, channel, text)))
            await until(lambda n=n: len(shown(fake, channel)) > n, timeout)

    async def huge(n: int, kind: str, surface: str) -> None:
        nonlocal unanswered_huge
        text, user, where = HUGE[kind], f"UH{n:03d}", f"DH{n:03d}"
        if surface == "dm":
            huge_acks.append(await timed(event(user, where, text)))
            answered = await until(lambda: bool(shown(fake, where)), timeout)
        elif surface == "command":
            url = fake.response_url()
            huge_acks.append(await timed(p.slash_command(text, user=user, response_url=url), "form"))
            answered = True  # answered in the ack itself or through response_url: the ack time is what counts
        else:
            where = f"CH{n:03d}"
            huge_acks.append(await timed(p.event_callback(p.app_mention(user, "<@UBOT> " + text, channel=where))))
            answered = await until(lambda: bool(shown(fake, where)), timeout)
        unanswered_huge += not answered

    jobs = [huge(n, kind, surface) for n, (kind, surface) in enumerate((k, s) for k in HUGE for s in SURFACES)]
    await asyncio.gather(*(bystander(u, c) for u, c in people), *jobs)
    figures = tally(fake, people)
    figures.update(store=store_url.split(":")[0], bystanders=count, huge_messages=len(jobs),
                   slowest_bystander_ack_s=round(max(acks), 2), slowest_huge_ack_s=round(max(huge_acks), 2),
                   bystander_acks_over_3s=sum(a > 3 for a in acks), unanswered_huge_dms_and_mentions=unanswered_huge,
                   seconds=round(time.monotonic() - started, 1))
    return figures


# ---------------------------------------------------------------- Slack refuses the layout, or asks for a long wait


async def refused_layout_and_long_wait(fake: FakeSlack, make_bot: MakeBot, http: aiohttp.ClientSession,
                                       store_url: str, count: int = 6, wait: float = 5.0,
                                       timeout: float = 90) -> dict[str, Any]:
    """Slack refuses the blocks of each user's first question (invalid_blocks): they get it as plain text and
    answer on. Then Slack answers 429 with a Retry-After of `wait` seconds to the first post for new users, who
    answer it meanwhile: each gets their question once the wait is over, then the next one, in order, once."""
    started = time.monotonic()
    slack = Slack(http)
    bot = await make_bot(store_url, name="layout").start(http)
    people, refused = users("L", count), set()

    def answer(call: Call) -> dict[str, Any]:
        channel = call.args.get("channel", "")
        if call.args.get("blocks") and channel not in refused and channel.startswith("DL"):
            refused.add(channel)
            return {"ok": False, "error": "invalid_blocks"}
        ts = fake.next_ts()
        return {"ok": True, "channel": channel, "ts": ts, "message": {"ts": ts, "text": call.args.get("text", "")}}

    fake.set_response("chat.postMessage", answer)
    await asyncio.gather(*(type_all_waiting(slack, fake, bot, u, c, timeout) for u, c in people))
    plain = sum(1 for _, c in people if shown(fake, c) and not shown(fake, c)[0].args.get("blocks"))
    figures = tally(fake, people)
    # the first question went as plain text (no blocks to tell it by): the order is read from the second on
    figures["out_of_order"] = sum(steps(collapsed(shown(fake, c))[0][1:]) != EXPECTED[1:] for _, c in people)
    figures.update(store=store_url.split(":")[0], users=count, refused_layouts=len(refused),
                   first_question_as_plain_text=plain)
    fake._overrides.pop("chat.postMessage", None)

    waiting = users("W", count)
    fake.fail("chat.postMessage", status=429, headers={"Retry-After": str(int(wait))}, times=count)
    begun = time.monotonic()
    await asyncio.gather(*(post(slack, bot, event(u, c, "相談です")) for u, c in waiting))
    await asyncio.sleep(min(1.0, wait / 2))  # during the wait, each answers the question they have not seen yet
    await asyncio.gather(*(post(slack, bot, event(u, c, FACTS[0])) for u, c in waiting))
    delivered = await until(lambda: all(len(shown(fake, c)) >= 2 for _, c in waiting), timeout)
    first = tally(fake, waiting, expected=["platform", "contract"])
    figures.update(long_wait_s=wait, first_questions_after_the_wait=sum(bool(shown(fake, c)) for _, c in waiting),
                   all_delivered=delivered, waited_s=round(time.monotonic() - begun, 1),
                   long_wait_repeated=first["repeated_posts"], long_wait_out_of_order=first["out_of_order"],
                   seconds=round(time.monotonic() - started, 1))
    return figures


async def type_all_waiting(slack: Slack, fake: FakeSlack, bot: BotProcess, user: str, channel: str,
                           timeout: float) -> None:
    """A whole conversation typed, each answer once the previous message arrived."""
    for n, text in enumerate(TYPED):
        await post(slack, bot, event(user, channel, text))
        await until(lambda n=n: len(shown(fake, channel)) > n, timeout)


# ---------------------------------------------------------------- the file system under SQLite freezes


class CannotFreeze(Exception):
    """This machine cannot make, mount or freeze a file system (a container without the rights, say)."""


def can_freeze() -> str | None:
    """Why a file system cannot be frozen here (None when it can: root, fsfreeze, a loop device)."""
    if os.geteuid() != 0:
        return "needs root (mount, fsfreeze)"
    missing = [tool for tool in ("fsfreeze", "mkfs.ext4", "mount", "umount") if shutil.which(tool) is None]
    if missing or not Path("/dev/loop-control").exists():
        return f"needs {', '.join(missing) or 'loop devices'}"
    return None


@contextlib.contextmanager
def small_file_system(folder: Path) -> Iterator[Path]:
    """A 64 MiB ext4 file system mounted on `folder`/mnt (thawed and unmounted whatever happens)."""
    image, mount_point = folder / "fs.img", folder / "mnt"
    mount_point.mkdir()
    with open(image, "wb") as f:
        f.truncate(64 * 2**20)
    for command in (["mkfs.ext4", "-q", "-F", str(image)], ["mount", "-o", "loop", str(image), str(mount_point)]):
        done = subprocess.run(command, capture_output=True)
        if done.returncode != 0:
            raise CannotFreeze(f"{command[0]} failed: {done.stderr.decode(errors='replace').strip()[:200]}")
    try:
        yield mount_point
    finally:
        subprocess.run(["fsfreeze", "-u", str(mount_point)], capture_output=True)
        subprocess.run(["umount", "-l", str(mount_point)], capture_output=True)


async def frozen_disk(fake: FakeSlack, make_bot: MakeBot, http: aiohttp.ClientSession, folder: Path,
                      count: int = 10, freeze: float = 10.0, timeout: float = 90) -> dict[str, Any]:
    """The file system under the SQLite file is frozen (fsfreeze) for `freeze` seconds while `count` users type
    their conversations (Slack resending what did not get a 200): how long /healthz and requests that need no
    store take meanwhile, and, once it thaws, every conversation complete, in order, nothing posted twice."""
    started = time.monotonic()
    with small_file_system(folder) as mounted:
        slack = Slack(http)
        bot = await make_bot(f"sqlite:///{mounted}/bot.db", name="frozen", ADVISOR_LEASE_TTL=LEASE).start(http)
        people, log = users("F", count), []
        health_times, health_statuses, other_times = [], [], []

        async def typist(n: int, user: str, channel: str) -> None:
            await asyncio.sleep(n * (freeze + 2) / count)  # some start before the freeze, some during, some after
            for n, text in enumerate(TYPED):
                await asyncio.sleep(0.2)
                await resend_until_200(slack, bot, event(user, channel, text), log)
                await until(lambda n=n: len(shown(fake, channel)) > n, timeout)

        async def timed(request: Awaitable[int]) -> tuple[float, int]:
            begun = time.monotonic()
            status = await request
            return time.monotonic() - begun, status

        async def frozen_meanwhile() -> None:
            await asyncio.sleep(1.0)
            if subprocess.run(["fsfreeze", "-f", str(mounted)], capture_output=True).returncode != 0:
                raise CannotFreeze("fsfreeze -f failed")
            try:
                until_thaw = time.monotonic() + freeze
                while time.monotonic() < until_thaw:
                    took, status = await timed(_health_status(http, bot))
                    health_times.append(took)
                    health_statuses.append(status)
                    challenge = {"type": "url_verification", "challenge": "c", "token": "t"}
                    other_times.append((await timed(_first(slack.send(bot, challenge, "json"))))[0])
                    await asyncio.sleep(0.5)
            finally:
                subprocess.run(["fsfreeze", "-u", str(mounted)], check=True, capture_output=True)

        await asyncio.gather(frozen_meanwhile(), *(typist(n, u, c) for n, (u, c) in enumerate(people)))
        figures = tally(fake, people)
        await bot.terminate()
    figures.update(users=count, frozen_s=freeze, healthz_during=f"{sorted(set(health_statuses))}",
                   slowest_healthz_s=round(max(health_times), 2),
                   slowest_storeless_request_s=round(max(other_times), 2),
                   dm_requests_over_3s=sum(1 for r in log if r.get("slowest", 0) > 3),
                   not_200_while_frozen=sum(1 for r in log for s in r["statuses"] if s != 200),
                   seconds=round(time.monotonic() - started, 1))
    return figures


async def _health_status(http: aiohttp.ClientSession, bot: BotProcess) -> int:
    async with http.get(f"{bot.url}/healthz", timeout=aiohttp.ClientTimeout(total=10)) as response:
        await response.read()
        return response.status


async def _first(statuses: Awaitable[list[int]]) -> int:
    return (await statuses)[0]
