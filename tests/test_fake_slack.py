"""The fake Slack works with the real slack_sdk / slack_bolt clients."""

import asyncio
import io
import json
import time
from urllib.parse import parse_qs

import pytest
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncRateLimitErrorRetryHandler,
    AsyncServerErrorRetryHandler,
)
from slack_sdk.signature import SignatureVerifier
from slack_sdk.socket_mode.aiohttp import SocketModeClient
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.webhook.async_client import AsyncWebhookClient

from tests import slack_payloads as sp
from tests.fake_slack import FakeSlack, fake_slack_fixture  # noqa: F401  (the `fake_slack` fixture)

BLOCKS = [
    {"type": "section", "text": {"type": "mrkdwn", "text": "*hello*"}},
    {
        "type": "actions",
        "block_id": "b1",
        "elements": [
            {
                "type": "button",
                "action_id": "yes",
                "value": "1",
                "text": {"type": "plain_text", "text": "Yes"},
            }
        ],
    },
]


def web_client(fake, **kwargs):
    return AsyncWebClient(base_url=fake.api_url, token="xoxb-test", **kwargs)


# ---------------------------------------------------------------- Web API


async def test_api_url_shape(fake_slack):
    assert fake_slack.api_url.startswith("http://127.0.0.1:")
    assert fake_slack.api_url.endswith("/api/")
    assert fake_slack.port and fake_slack.port > 0


async def test_post_message_records_decoded_blocks(fake_slack):
    client = web_client(fake_slack)
    resp = await client.chat_postMessage(channel="C0001", text="hi", blocks=BLOCKS)
    assert resp["ok"] is True
    assert resp["channel"] == "C0001"
    assert resp["message"]["blocks"] == BLOCKS

    [call] = await fake_slack.wait_for("chat.postMessage")
    assert call.args["blocks"] == BLOCKS
    assert call.args["text"] == "hi"
    assert call.token == "xoxb-test"
    assert call.headers["authorization"] == "Bearer xoxb-test"
    assert not call.failed


async def test_ts_are_unique_and_increasing(fake_slack):
    client = web_client(fake_slack)
    ts = [(await client.chat_postMessage(channel="C1", text=str(i)))["ts"] for i in range(3)]
    assert ts[0] == "1700000000.000100"
    assert len(set(ts)) == 3
    assert ts == sorted(ts, key=float)


async def test_form_encoded_json_fields_are_decoded(fake_slack):
    client = web_client(fake_slack)
    # data= sends application/x-www-form-urlencoded with blocks as a JSON string
    await client.api_call("chat.update", data={"channel": "C1", "ts": "1.2", "blocks": json.dumps(BLOCKS)})
    # a multipart body (files=) is decoded too
    await client.api_call(
        "chat.postEphemeral",
        files={"file": io.BytesIO(b"raw-bytes")},
        data={"channel": "C1", "user": "U1", "attachments": json.dumps([{"text": "a"}])},
    )
    [update] = fake_slack.calls_to("chat.update")
    assert update.args["blocks"] == BLOCKS
    assert update.headers["content-type"].startswith("application/x-www-form-urlencoded")
    [eph] = fake_slack.calls_to("chat.postEphemeral")
    assert eph.args["attachments"] == [{"text": "a"}]
    assert eph.args["file"]["content"] == b"raw-bytes"
    assert eph.response["message_ts"]


async def test_default_answers(fake_slack):
    client = web_client(fake_slack)
    auth = await client.auth_test()
    assert (auth["team_id"], auth["user_id"], auth["bot_id"]) == ("T0001", "UBOT", "B0001")

    fake_slack.set_user_locale("U2", "en-US")
    assert (await client.users_info(user="U1", include_locale=True))["user"]["locale"] == "ja-JP"
    assert (await client.users_info(user="U2", include_locale=True))["user"]["locale"] == "en-US"
    [first, _] = fake_slack.calls_to("users.info")
    assert first.http_method == "GET"
    assert first.args == {"user": "U1", "include_locale": "1"}

    assert (await client.conversations_open(users="U1"))["channel"]["id"] == "D1"  # as a post to U1 lands
    opened = await client.views_open(
        trigger_id="t", view={"type": "modal", "callback_id": "cb", "blocks": []}
    )
    assert opened["view"]["id"].startswith("V")
    assert opened["view"]["callback_id"] == "cb"
    updated = await client.views_update(view_id="V9", view={"type": "modal", "blocks": []})
    assert updated["view"]["id"] == "V9"
    home = await client.views_publish(user_id="U1", view={"type": "home", "blocks": []})
    assert home["view"]["type"] == "home"
    link = await client.chat_getPermalink(channel="C1", message_ts="1700000000.000100")
    assert link["permalink"].endswith("/archives/C1/p1700000000000100")
    assert (await client.chat_delete(channel="C1", ts="1.2"))["ts"] == "1.2"
    assert (await client.reactions_add(channel="C1", timestamp="1.2", name="eyes"))["ok"]
    assert (await client.api_call("some.unknownMethod"))["ok"]
    assert fake_slack.calls_to("some.unknownMethod")


async def test_set_response_override(fake_slack):
    client = web_client(fake_slack)
    fake_slack.set_response("team.info", {"ok": True, "team": {"id": "T0001", "name": "X"}})
    fake_slack.set_response("bots.info", lambda call: {"ok": True, "bot": {"id": call.args["bot"]}})
    assert (await client.team_info())["team"]["name"] == "X"
    assert (await client.bots_info(bot="B7"))["bot"]["id"] == "B7"


async def test_ratelimited_then_success_with_retry_handler(fake_slack):
    fake_slack.fail("chat.postMessage", status=429, headers={"Retry-After": "0"})
    client = web_client(fake_slack, retry_handlers=[AsyncRateLimitErrorRetryHandler(max_retry_count=1)])
    resp = await client.chat_postMessage(channel="C1", text="hi")
    assert resp["ok"] is True
    calls = fake_slack.calls_to("chat.postMessage")
    assert [c.failed for c in calls] == [True, False]
    assert calls[0].status == 429


async def test_ratelimited_without_handler_raises(fake_slack):
    fake_slack.fail("chat.postMessage", status=429)
    with pytest.raises(SlackApiError) as info:
        await web_client(fake_slack).chat_postMessage(channel="C1", text="hi")
    assert info.value.response.status_code == 429
    assert info.value.response["error"] == "ratelimited"
    assert info.value.response.headers["Retry-After"] == "1"


async def test_server_error_then_retry(fake_slack):
    fake_slack.fail("chat.update", status=503, times=1)
    client = web_client(fake_slack, retry_handlers=[AsyncServerErrorRetryHandler(max_retry_count=1)])
    assert (await client.chat_update(channel="C1", ts="1.2", text="x"))["ok"]
    assert [c.status for c in fake_slack.calls_to("chat.update")] == [503, 200]


async def test_ok_false_error_raises(fake_slack):
    fake_slack.fail("chat.postMessage", error="not_in_channel", times=2)
    client = web_client(fake_slack)
    for _ in range(2):
        with pytest.raises(SlackApiError) as info:
            await client.chat_postMessage(channel="C1", text="hi")
        assert info.value.response["error"] == "not_in_channel"
    assert (await client.chat_postMessage(channel="C1", text="hi"))["ok"]
    assert [c.failed for c in fake_slack.calls_to("chat.postMessage")] == [True, True, False]


async def test_wait_for_timeout_dumps_calls(fake_slack):
    await web_client(fake_slack).chat_postMessage(channel="C1", text="only this")
    with pytest.raises(AssertionError) as info:
        await fake_slack.wait_for("chat.update", timeout=0.05)
    assert "chat.postMessage" in str(info.value)
    assert "only this" in str(info.value)


async def test_wait_for_where_and_clear(fake_slack):
    client = web_client(fake_slack)

    async def later():
        await asyncio.sleep(0.05)
        await client.chat_postMessage(channel="C2", text="b")

    task = asyncio.create_task(later())
    await client.chat_postMessage(channel="C1", text="a")
    [call] = await fake_slack.wait_for("chat.postMessage", where=lambda c: c.args["channel"] == "C2")
    assert call.args["text"] == "b"
    await task
    fake_slack.clear()
    assert fake_slack.calls == []


async def test_response_url(fake_slack):
    url = fake_slack.response_url()
    resp = await AsyncWebhookClient(url).send(text="done", response_type="ephemeral")
    assert resp.status_code == 200
    [call] = await fake_slack.wait_for("response_url")
    assert call.args == {"text": "done", "response_type": "ephemeral"}


async def test_files_upload_v2_stays_local(fake_slack):
    await web_client(fake_slack).files_upload_v2(channel="C1", content="hello", filename="a.txt")
    [upload] = fake_slack.calls_to("file_upload")
    assert upload.args["_body"] == b"hello"
    assert fake_slack.calls_to("files.completeUploadExternal")


async def test_context_manager_stops_server():
    async with FakeSlack() as fake:
        url = fake.api_url
        assert (await AsyncWebClient(base_url=url, token="xoxb-t").auth_test())["ok"]
    with pytest.raises(Exception):  # noqa: B017 - connection refused, whatever aiohttp calls it
        await AsyncWebClient(base_url=url, token="xoxb-t", retry_handlers=[]).auth_test()


# ---------------------------------------------------------------- Socket Mode


async def test_apps_connections_open_needs_app_token(fake_slack):
    client = web_client(fake_slack)
    assert (await client.apps_connections_open(app_token="xapp-1"))["url"] == fake_slack.socket_url
    with pytest.raises(SlackApiError) as info:
        await client.apps_connections_open(app_token="xoxb-oops")
    assert info.value.response["error"] == "not_allowed_token_type"


async def test_raw_socket_mode_client_gets_hello_and_acks(fake_slack):
    received = []
    client = SocketModeClient(app_token="xapp-test", web_client=web_client(fake_slack))

    async def listener(c, req):
        received.append(req)
        await c.send_socket_mode_response({"envelope_id": req.envelope_id, "payload": {"text": "pong"}})

    async def on_message(c, message, raw):
        received.append(message)

    client.message_listeners.append(on_message)
    client.socket_mode_request_listeners.append(listener)
    try:
        await client.connect()
        await fake_slack.wait_socket_connected()
        assert fake_slack.socket_connections == 1
        env = await fake_slack.socket_send(
            sp.socket_envelope(sp.slash_command("hello", response_url=fake_slack.response_url()))
        )
        ack = await fake_slack.wait_ack(env["envelope_id"])
        assert ack == {"envelope_id": env["envelope_id"], "payload": {"text": "pong"}}
        assert received[0]["type"] == "hello"
        assert env["type"] == "slash_commands" and env["accepts_response_payload"] is True
    finally:
        await client.close()
    [conn_open] = fake_slack.calls_to("apps.connections.open")
    assert conn_open.token == "xapp-test"


async def test_wait_ack_timeout_is_readable(fake_slack):
    with pytest.raises(AssertionError, match="ack of envelope nope"):
        await fake_slack.wait_ack("nope", timeout=0.05)
    with pytest.raises(AssertionError, match="Socket Mode connection"):
        await fake_slack.socket_send({"type": "events_api", "payload": {}}, timeout=0.05)


def make_app(fake):
    return AsyncApp(client=web_client(fake), signing_secret="secret")


async def test_bolt_app_over_socket_mode(fake_slack):
    app = AsyncApp(token="xoxb-test", signing_secret="secret", client=web_client(fake_slack))

    @app.event("app_mention")
    async def on_mention(event, say):
        await say(text=f"hi <@{event['user']}>", thread_ts=event["ts"])

    handler = AsyncSocketModeHandler(app, "xapp-test")  # uses app.client -> the fake
    try:
        await handler.connect_async()
        await fake_slack.wait_socket_connected()
        event = sp.app_mention("U0001", "<@UBOT> hello")
        env = await fake_slack.socket_send({"type": "events_api", "payload": sp.event_callback(event)})
        ack = await fake_slack.wait_ack(env["envelope_id"])
        assert ack == {"envelope_id": env["envelope_id"]}
        [post] = await fake_slack.wait_for("chat.postMessage")
        assert post.args["channel"] == "C0001"
        assert post.args["thread_ts"] == event["ts"]
        assert post.args["text"] == "hi <@U0001>"
        assert post.token == "xoxb-test"
    finally:
        await handler.close_async()
    assert fake_slack.calls_to("auth.test")  # Bolt's single-team authorization


async def test_bolt_interactivity_over_socket_mode(fake_slack):
    app = make_app(fake_slack)

    @app.action("choose")
    async def on_choose(ack, body, client):
        await ack()
        await client.chat_update(
            channel=body["channel"]["id"],
            ts=body["container"]["message_ts"],
            text=body["actions"][0]["value"],
        )

    @app.action("pick")
    async def on_pick(ack):
        await ack()

    @app.view("survey")
    async def on_submit(ack, view):
        values = view["state"]["values"]
        if not values["b_text"]["a_text"]["value"]:
            await ack(response_action="errors", errors={"b_text": "required"})
        else:
            await ack()

    @app.command("/migrate-check")
    async def on_command(ack, command, respond):
        await ack(text=f"checking {command['text']}")
        await respond("done")

    @app.event("message")
    async def on_message(event, say):
        await say(f"echo {event['text']}")

    handler = AsyncSocketModeHandler(app, "xapp-test")
    try:
        await handler.connect_async()
        msg_ts = "1700000000.000900"
        env = await fake_slack.socket_send(
            sp.socket_envelope(sp.block_actions("U0001", [sp.button("choose", "v1")], message_ts=msg_ts))
        )
        await fake_slack.wait_ack(env["envelope_id"])
        [update] = await fake_slack.wait_for("chat.update")
        # Bolt's per-request client adds team_id to every call
        assert update.args == {"channel": "D0001", "ts": msg_ts, "text": "v1", "team_id": "T0001"}

        env = await fake_slack.socket_send(
            sp.socket_envelope(sp.block_actions("U0001", [sp.checkboxes("pick", ["a", "b"])]))
        )
        await fake_slack.wait_ack(env["envelope_id"])

        bad = sp.view_submission("U0001", "survey", {"b_text": {"a_text": sp.plain_text_state(None)}})
        env = await fake_slack.socket_send(sp.socket_envelope(bad))
        assert env["accepts_response_payload"] is True
        ack = await fake_slack.wait_ack(env["envelope_id"])
        assert ack["payload"] == {"response_action": "errors", "errors": {"b_text": "required"}}

        good = sp.view_submission("U0001", "survey", {"b_text": {"a_text": sp.plain_text_state("x")}})
        env = await fake_slack.socket_send(sp.socket_envelope(good))
        assert "payload" not in await fake_slack.wait_ack(env["envelope_id"])

        cmd = sp.slash_command("abc", response_url=fake_slack.response_url())
        env = await fake_slack.socket_send(sp.socket_envelope(cmd))
        ack = await fake_slack.wait_ack(env["envelope_id"])
        assert ack["payload"] == {"text": "checking abc"}
        [respond] = await fake_slack.wait_for("response_url")
        assert respond.args["text"] == "done"

        env = await fake_slack.socket_send(
            sp.socket_envelope(
                sp.event_callback(sp.dm_message("U0001", "yo")), retry_attempt=1, retry_reason="timeout"
            )
        )
        await fake_slack.wait_ack(env["envelope_id"])
        [post] = await fake_slack.wait_for("chat.postMessage")
        assert post.args == {"channel": "D0001", "text": "echo yo", "team_id": "T0001"}
    finally:
        await handler.close_async()


async def test_socket_disconnect_triggers_reconnect(fake_slack):
    app = make_app(fake_slack)
    handler = AsyncSocketModeHandler(app, "xapp-test")
    try:
        await handler.connect_async()
        await fake_slack.wait_socket_connected()
        await fake_slack.socket_disconnect()
        await fake_slack.wait_for("apps.connections.open", count=2)
        deadline = time.monotonic() + 5
        while fake_slack.socket_connect_count < 2 and time.monotonic() < deadline:
            await asyncio.sleep(0.01)
        await fake_slack.wait_socket_connected()
        assert fake_slack.socket_connect_count == 2
    finally:
        await handler.close_async()


# ---------------------------------------------------------------- payloads & signatures


@pytest.mark.parametrize("kind", ["json", "form", "payload"])
def test_signed_http_request_validates(kind):
    body = {
        "json": sp.event_callback(sp.dm_message("U1", "こんにちは")),
        "form": sp.slash_command("check ほげ & more"),
        "payload": sp.block_actions("U1", [sp.button("a", "b")]),
    }[kind]
    raw, headers = sp.signed_http_request(body, "secret", kind=kind, retry_num=1, retry_reason="http_timeout")
    verifier = SignatureVerifier("secret")
    assert verifier.is_valid(raw, headers["X-Slack-Request-Timestamp"], headers["X-Slack-Signature"])
    assert verifier.is_valid_request(raw, headers)
    assert not SignatureVerifier("other").is_valid(
        raw, headers["X-Slack-Request-Timestamp"], headers["X-Slack-Signature"]
    )
    assert headers["X-Slack-Retry-Num"] == "1"
    assert headers["X-Slack-Retry-Reason"] == "http_timeout"
    if kind == "json":
        assert headers["Content-Type"] == "application/json"
        assert json.loads(raw) == body
    elif kind == "form":
        assert {k: v[0] for k, v in parse_qs(raw.decode()).items()} == {k: v for k, v in body.items() if v}
    else:
        assert json.loads(parse_qs(raw.decode())["payload"][0]) == body


def test_sign_matches_sdk():
    ts = str(int(time.time()))
    assert sp.sign(b"a=b", "s", ts) == SignatureVerifier("s").generate_signature(timestamp=ts, body="a=b")
    assert sp.sign("a=b", "s", int(ts)) == sp.sign(b"a=b", "s", ts)


async def test_bolt_http_dispatch_accepts_signed_requests(fake_slack):
    app = AsyncApp(client=web_client(fake_slack), signing_secret="secret")

    @app.command("/migrate-check")
    async def on_command(ack, command):
        await ack(text=f"got {command['text']}")

    raw, headers = sp.signed_http_request(sp.slash_command("xyz"), "secret", kind="form")
    resp = await app.async_dispatch(AsyncBoltRequest(body=raw.decode(), headers=headers))
    assert resp.status == 200
    assert resp.body == "got xyz"  # ack(text=...) alone answers plain text

    raw, headers = sp.signed_http_request(sp.slash_command("xyz"), "wrong", kind="form")
    resp = await app.async_dispatch(AsyncBoltRequest(body=raw.decode(), headers=headers))
    assert resp.status == 401

    raw, headers = sp.signed_http_request(sp.slash_command("x"), "secret", kind="form", timestamp=1)
    resp = await app.async_dispatch(AsyncBoltRequest(body=raw.decode(), headers=headers))
    assert resp.status == 401  # stale timestamp


def test_event_builders_shapes():
    dm = sp.dm_message("U1", "hi")
    assert dm["type"] == "message" and dm["channel_type"] == "im" and dm["channel"] == "D0001"
    assert dm["ts"] == dm["event_ts"]
    ch = sp.channel_message("U1", "x", thread_ts="1.0", bot_id="B9", subtype="bot_message")
    assert ch["channel_type"] == "channel" and ch["thread_ts"] == "1.0"
    assert ch["bot_id"] == "B9" and ch["subtype"] == "bot_message"
    edit = sp.message_changed("U1", "new", previous_text="old", message_ts="1.5")
    assert edit["subtype"] == "message_changed"
    assert edit["message"]["text"] == "new" and edit["message"]["ts"] == "1.5"
    assert edit["previous_message"]["text"] == "old"
    assert "view" in sp.app_home_opened("U1") and "view" not in sp.app_home_opened("U1", tab="messages")
    body = sp.event_callback(sp.app_mention("U1", "<@UBOT> hi"))
    assert body["type"] == "event_callback" and body["event"]["type"] == "app_mention"
    assert body["team_id"] == "T0001" and body["api_app_id"] == "A0001"
    assert sp.event_callback(dm)["event_id"] != sp.event_callback(dm)["event_id"]
    # templates are not shared between calls
    assert sp.dm_message("U1", "a")["blocks"] is not sp.dm_message("U1", "a")["blocks"]
    in_view = sp.block_actions("U1", [sp.button("a", "b")], view={"id": "V1", "type": "home"})
    assert in_view["container"] == {"type": "view", "view_id": "V1"} and "channel" not in in_view
    sub = sp.view_submission("U1", "cb", {}, private_metadata="m", view_id="V5")
    assert sub["view"]["id"] == "V5" and sub["view"]["private_metadata"] == "m"
    assert sp.socket_envelope(sp.event_callback(dm))["type"] == "events_api"
    assert sp.socket_envelope(sub)["type"] == "interactive"
