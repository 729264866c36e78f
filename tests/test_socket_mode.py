"""`python -m bot serve` in Socket Mode (SLACK_APP_TOKEN): connects to the fake's WebSocket, acknowledges
envelopes, answers DMs and clicks through the Web API, answers slash commands in the acknowledgement, and
still serves /healthz on PORT."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from tests import slack_payloads as p
from tests.fake_slack import FakeSlack
from tests.harness import find_button, texts
from tests.test_processes import BotProcess, post_number, question_id

APP_TOKEN = "xapp-1-A0001-socket-test-token"


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


@pytest.fixture
async def bot(fake_slack: FakeSlack, tmp_path: Path, http: aiohttp.ClientSession) -> AsyncIterator[BotProcess]:
    process = BotProcess(fake_slack, f"sqlite:///{tmp_path}/socket.db", tmp_path, name="socket",
                         SLACK_APP_TOKEN=APP_TOKEN, SLACK_SIGNING_SECRET="")
    try:
        await process.start(http)
        await fake_slack.wait_socket_connected(timeout=15)
        yield process
    finally:
        process.cleanup()


def click_payload(call, value: str, user: str = "U0001") -> dict:
    button = find_button(call, value)
    ts = call.response["ts"]
    return p.block_actions(user, [p.button(button["action_id"], button["value"])], channel=call.args["channel"],
                           message_ts=ts, message={"ts": ts, "blocks": call.args["blocks"]})


async def test_connects_with_the_app_token(bot, fake_slack):
    [opened] = fake_slack.calls_to("apps.connections.open")
    assert opened.token == APP_TOKEN
    assert fake_slack.socket_connections == 1


async def test_dm_and_click_over_the_socket(bot, fake_slack):
    sent = await fake_slack.socket_send(p.socket_envelope(p.event_callback(p.dm_message("U0001", "相談です"))))
    ack = await fake_slack.wait_ack(sent["envelope_id"])
    assert ack["envelope_id"] == sent["envelope_id"]
    first = await post_number(fake_slack, "D0001", 0)
    assert question_id(first) == "platform" and "どのサービス" in texts(first)
    assert first.token == "xoxb-proc-test-token-93ab77e1"  # the Web API is called with the bot token

    sent = await fake_slack.socket_send(p.socket_envelope(click_payload(first, "crowdworks")))
    await fake_slack.wait_ack(sent["envelope_id"])
    second = await post_number(fake_slack, "D0001", 1)
    assert question_id(second) == "contract"
    update = await fake_slack.wait_for("chat.update")
    assert update[-1].args["ts"] == first.response["ts"]

    # a typed answer over the socket continues the same conversation
    sent = await fake_slack.socket_send(p.socket_envelope(p.event_callback(p.dm_message("U0001", "契約済み"))))
    await fake_slack.wait_ack(sent["envelope_id"])
    assert question_id(await post_number(fake_slack, "D0001", 2)) == "job_format"


async def test_redelivered_envelope_is_answered_once(bot, fake_slack):
    body = p.event_callback(p.dm_message("U0002", "相談です", channel="D0002"), event_id="EvSock1")
    first = await fake_slack.socket_send(p.socket_envelope(body))
    await fake_slack.wait_ack(first["envelope_id"])
    again = await fake_slack.socket_send(p.socket_envelope(body, retry_attempt=1, retry_reason="timeout"))
    await fake_slack.wait_ack(again["envelope_id"])
    await post_number(fake_slack, "D0002", 0)
    await asyncio.sleep(0.5)
    assert len([c for c in fake_slack.calls_to("chat.postMessage") if c.args.get("channel") == "D0002"]) == 1


async def test_slash_command_quick_assessment_is_in_the_ack(bot, fake_slack):
    command = p.slash_command("仮払い済みで、サービス外連絡申請も承認済み。チャットワークに移ろうと言われた",
                              user="U0003", channel="C0001", response_url=fake_slack.response_url())
    sent = await fake_slack.socket_send(p.socket_envelope(command))
    ack = await fake_slack.wait_ack(sent["envelope_id"])
    payload = ack.get("payload")
    assert isinstance(payload, dict), ack
    assert payload.get("response_type") == "ephemeral"
    shown = payload.get("text", "") + json.dumps(payload.get("blocks"), ensure_ascii=False)
    assert "簡易判定" in shown
    assert any(e.get("action_id") == "start_check" for b in payload["blocks"] if b.get("type") == "actions"
               for e in b.get("elements", []))


async def test_slash_command_help_acked_then_answered(bot, fake_slack):
    sent = await fake_slack.socket_send(p.socket_envelope(p.slash_command("help", response_url=fake_slack.response_url())))
    await fake_slack.wait_ack(sent["envelope_id"])  # at once; the answer follows through the response_url
    [answer] = await fake_slack.wait_for("response_url")
    assert "/migrate-check" in answer.args["text"]


async def test_healthz_in_socket_mode(bot, http):
    async with http.get(f"{bot.url}/healthz") as response:
        assert response.status == 200
        assert await response.json() == {"status": "ok"}
    async with http.post(f"{bot.url}/slack/events", data=b"{}") as response:
        assert response.status in (404, 405)  # no HTTP events endpoint in Socket Mode


async def wait_health(http: aiohttp.ClientSession, url: str, status: int, timeout: float = 15) -> dict:
    """Poll /healthz until it answers `status`; its JSON body."""
    deadline = asyncio.get_running_loop().time() + timeout
    last = None
    while True:
        try:
            async with http.get(f"{url}/healthz", timeout=aiohttp.ClientTimeout(total=2)) as response:
                last = (response.status, await response.json())
        except (TimeoutError, aiohttp.ClientError) as error:
            last = (None, repr(error))
        if last[0] == status:
            return last[1]
        assert asyncio.get_running_loop().time() < deadline, f"/healthz never answered {status}; last: {last}"
        await asyncio.sleep(0.05)


async def test_healthz_is_503_while_the_websocket_is_down(bot, fake_slack, http):
    await wait_health(http, bot.url, 200)
    fake_slack.slow("apps.connections.open", 3)  # Slack slow to hand out a new WebSocket URL
    await fake_slack.socket_close_all()
    body = await wait_health(http, bot.url, 503, timeout=5)
    assert body["status"] == "unavailable" and "Socket Mode" in body["reason"], body
    await fake_slack.wait_socket_connected(timeout=20)
    assert await wait_health(http, bot.url, 200, timeout=10) == {"status": "ok"}


async def test_healthz_is_503_until_the_websocket_connects(fake_slack, tmp_path, http):
    fake_slack.slow("apps.connections.open", 3)
    process = BotProcess(fake_slack, f"sqlite:///{tmp_path}/socket.db", tmp_path, name="socket",
                         SLACK_APP_TOKEN=APP_TOKEN, SLACK_SIGNING_SECRET="")
    started = asyncio.create_task(process.start(http))  # returns once /healthz answers 200
    try:
        body = await wait_health(http, process.url, 503)
        assert not fake_slack.socket_connections
        assert "Socket Mode" in body["reason"], body
        await started
        assert fake_slack.socket_connections == 1
    finally:
        started.cancel()
        process.cleanup()


async def test_reconnects_when_slack_asks(bot, fake_slack):
    await fake_slack.socket_disconnect("refresh_requested")
    deadline = asyncio.get_running_loop().time() + 15
    while fake_slack.socket_connect_count < 2:
        assert asyncio.get_running_loop().time() < deadline, "did not reconnect"
        await asyncio.sleep(0.05)
    await fake_slack.wait_socket_connected(timeout=15)
    sent = await fake_slack.socket_send(p.socket_envelope(p.event_callback(p.dm_message("U0004", "相談", channel="D0004"))))
    await fake_slack.wait_ack(sent["envelope_id"], timeout=10)
    assert question_id(await post_number(fake_slack, "D0004", 0)) == "platform"


async def test_sigterm_closes_the_socket_and_exits_0(bot, fake_slack):
    started = asyncio.get_running_loop().time()
    assert await bot.terminate() == 0
    assert asyncio.get_running_loop().time() - started < 5, "slow shutdown"
    deadline = asyncio.get_running_loop().time() + 5
    while fake_slack.socket_connections:
        assert asyncio.get_running_loop().time() < deadline, "the WebSocket stayed open"
        await asyncio.sleep(0.05)
    assert "Traceback" not in bot.stderr()


async def test_socket_connects_only_once_slack_accepts_the_token(fake_slack, tmp_path, http):
    """During a Slack outage at start-up no envelope is acknowledged: the socket opens after auth.test works."""
    fake_slack.fail("auth.test", status=503, times=2)
    process = BotProcess(fake_slack, f"sqlite:///{tmp_path}/socket.db", tmp_path, name="socket-late",
                         SLACK_APP_TOKEN=APP_TOKEN, SLACK_SIGNING_SECRET="")
    try:
        await process.start(http, healthy=False)
        await fake_slack.wait_socket_connected(timeout=15)
        methods = [c.method for c in fake_slack.calls if c.method in ("auth.test", "apps.connections.open")]
        first_open = methods.index("apps.connections.open")
        assert methods[:first_open] == ["auth.test"] * 3, methods  # two failures, then the one that worked
    finally:
        process.cleanup()
