"""A local fake of Slack's Web API and Socket Mode for the test suite.

Everything listens on 127.0.0.1 with an OS-chosen port, so no test reaches the internet.

    async with FakeSlack() as fake:
        client = AsyncWebClient(base_url=fake.api_url, token="xoxb-test")
        await client.chat_postMessage(channel="C0001", text="hi")
        [call] = await fake.wait_for("chat.postMessage")

Socket Mode: ``apps.connections.open`` answers with ``fake.socket_url``; the WebSocket endpoint greets
each client with a ``hello`` message, ``socket_send()`` pushes envelopes and ``wait_ack()`` returns what
the client acknowledged (``{"envelope_id": ..., "payload": ...}``).

Many workspaces: ``add_workspace(team_id)`` returns an OAuth code; ``oauth.v2.access`` exchanges it for that
workspace's own bot token (and, with ``expires_in``, a refresh token: token rotation), ``auth.test`` answers
per token, and every call's ``Call.token`` / ``Call.team`` says which token (workspace) it used.
``revoke(token)`` makes Slack refuse a token from then on (``token_revoked``).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiohttp import WSMsgType, web
from multidict import MultiDictProxy

TEAM_ID = "T0001"
TEAM_DOMAIN = "fake-workspace"
BOT_USER_ID = "UBOT"
BOT_ID = "B0001"
APP_ID = "A0001"
DEFAULT_LOCALE = "ja-JP"

# Form fields that slack_sdk (or Slack itself) sends as JSON strings; they are decoded in Call.args.
JSON_FIELDS = frozenset(
    {
        "attachments",
        "blocks",
        "bookmarks",
        "chunks",
        "dialog",
        "files",
        "metadata",
        "option_groups",
        "options",
        "payload",
        "prompts",
        "unfurls",
        "user_auth_blocks",
        "view",
    }
)

ResponseFactory = Callable[["Call"], dict[str, Any]]


@dataclass
class Call:
    """One recorded HTTP request to the fake.

    ``method`` is the Web API method name (e.g. "chat.postMessage"), or "response_url" / "file_upload"
    for the non-API endpoints. ``headers`` keys are lower-cased. ``response`` is the JSON body answered.
    ``at`` is when the request arrived (``time.monotonic()``).
    """

    method: str
    args: dict[str, Any]
    headers: dict[str, str]
    failed: bool = False
    status: int = 200
    response: dict[str, Any] | None = None
    path: str = ""
    http_method: str = "POST"
    at: float = field(default_factory=time.monotonic)

    team: str | None = None  # the workspace of the token used (many workspaces: a token from oauth.v2.access)

    @property
    def token(self) -> str | None:
        """The token the caller used (Bearer header, or a ``token`` argument)."""
        auth = self.headers.get("authorization", "")
        if auth.lower().startswith("bearer "):
            return auth[7:]
        token = self.args.get("token")
        return token if isinstance(token, str) else None

    def __repr__(self) -> str:
        flag = f" FAILED({self.status})" if self.failed else ""
        return f"Call({self.method!r}{flag}, args={_short(self.args)})"


@dataclass
class Workspace:
    """A workspace of the fake (many workspaces): its bot user and the bot tokens it was given, latest last."""

    team_id: str
    name: str
    installer: str
    expires_in: int | None = None
    enterprise_id: str | None = None
    tokens: list[str] = field(default_factory=list)

    @property
    def bot_user_id(self) -> str:
        return f"UBOT{self.team_id}"

    @property
    def bot_id(self) -> str:
        return f"B{self.team_id}"


@dataclass
class _Failure:
    status: int
    error: str | None
    headers: dict[str, str]
    remaining: int


@dataclass
class _SocketConn:
    ws: web.WebSocketResponse
    received: list[dict[str, Any]] = field(default_factory=list)


def _short(value: Any, limit: int = 400) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= limit else text[:limit] + "...(truncated)"


def _maybe_json(key: str, value: Any) -> Any:
    if key in JSON_FIELDS and isinstance(value, str) and value[:1] in ("[", "{"):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _form_to_dict(form: MultiDictProxy[Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in form:
        values = []
        for value in form.getall(key):
            if isinstance(value, web.FileField):
                values.append(
                    {
                        "filename": value.filename,
                        "content_type": value.content_type,
                        "content": value.file.read(),
                    }
                )
            else:
                values.append(_maybe_json(key, value))
        out[key] = values[0] if len(values) == 1 else values
    return out


class FakeSlack:
    """aiohttp server standing in for ``https://slack.com/api/`` and the Socket Mode WebSocket."""

    def __init__(self, *, host: str = "127.0.0.1") -> None:
        self.host = host
        self.port: int | None = None
        self.calls: list[Call] = []
        self.acks: list[dict[str, Any]] = []
        self.socket_messages: list[dict[str, Any]] = []
        self.sent_envelopes: list[dict[str, Any]] = []
        self.socket_connect_count = 0
        self._failures: dict[str, list[_Failure]] = {}
        self._overrides: dict[str, ResponseFactory] = {}
        self._delays: dict[str, float] = {}
        self._users: dict[str, dict[str, Any]] = {}
        self._sockets: list[_SocketConn] = []
        self._ts_counter = itertools.count(1)
        self._id_counter = itertools.count(1)
        self._runner: web.AppRunner | None = None
        self.on_call: Callable[[Call], None] | None = None  # called with each Web API call once answered
        self.workspaces: dict[str, Workspace] = {}  # team id -> workspace (many workspaces)
        self._codes: dict[str, str] = {}  # OAuth code -> team id (each code used once)
        self._tokens: dict[str, str] = {}  # bot token or refresh token -> team id
        self.revoked: set[str] = set()

    # ------------------------------------------------------------------ lifecycle

    async def start(self) -> FakeSlack:
        app = web.Application()
        app.router.add_route("*", "/api/{method}", self._handle_api)
        app.router.add_get("/socket-mode", self._handle_socket)
        app.router.add_post("/response/{rid:.*}", self._handle_response_url)
        app.router.add_post("/upload/{fid}", self._handle_upload)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, 0)
        await site.start()
        self.port = self._runner.addresses[0][1]
        return self

    async def stop(self) -> None:
        for conn in list(self._sockets):
            with contextlib.suppress(Exception):
                await asyncio.wait_for(conn.ws.close(code=1001, message=b"fake slack stopping"), 1)
        self._sockets.clear()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeSlack:
        return await self.start()

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    # ------------------------------------------------------------------ URLs

    @property
    def base_url(self) -> str:
        if self.port is None:
            raise RuntimeError("FakeSlack is not started")
        return f"http://{self.host}:{self.port}"

    @property
    def api_url(self) -> str:
        """Give this to ``AsyncWebClient(base_url=...)``; it ends with "/"."""
        return f"{self.base_url}/api/"

    @property
    def socket_url(self) -> str:
        return f"ws://{self.host}:{self.port}/socket-mode"

    def response_url(self, rid: str = "T0001/1/fake") -> str:
        """A response_url (slash commands / block actions) that posts back into this fake."""
        return f"{self.base_url}/response/{rid}"

    # ------------------------------------------------------------------ scripting

    def fail(
        self,
        method: str,
        *,
        status: int = 200,
        error: str | None = None,
        headers: dict[str, str] | None = None,
        times: int = 1,
    ) -> None:
        """Make the next ``times`` calls to ``method`` fail.

        status 200 -> ``{"ok": false, "error": error}``; any other status answers that HTTP status
        (429 defaults to error "ratelimited" and a ``Retry-After: 1`` header).
        """
        if status == 200 and error is None:
            raise ValueError("fail(status=200) needs an error, e.g. error='channel_not_found'")
        if status == 429 and headers is None:
            headers = {"Retry-After": "1"}
        if error is None:
            error = "ratelimited" if status == 429 else "internal_error"
        self._failures.setdefault(method, []).append(_Failure(status, error, dict(headers or {}), times))

    def stop_failing(self, method: str) -> None:
        """Forget the failures still scripted for ``method``: its next call succeeds."""
        self._failures.pop(method, None)

    def set_response(self, method: str, response: dict[str, Any] | ResponseFactory) -> None:
        """Override the answer for ``method`` (a dict, or a callable taking the Call)."""
        if callable(response):
            self._overrides[method] = response
        else:
            body = dict(response)
            self._overrides[method] = lambda _call: json.loads(json.dumps(body))

    def slow(self, method: str, seconds: float) -> None:
        """Answer every later call to `method` only after `seconds` (a slow Slack)."""
        self._delays[method] = seconds

    # ------------------------------------------------------------------ many workspaces

    def add_workspace(self, team_id: str, name: str = "", expires_in: int | None = None,
                      installer: str = "U0INSTALL", enterprise_id: str | None = None) -> str:
        """A workspace that can install the app; returns the OAuth code Slack would give its installer. With
        `expires_in` (seconds) its tokens expire and come with a refresh token (token rotation)."""
        workspace = self.workspaces.get(team_id) or Workspace(team_id, name or f"Workspace {team_id}",
                                                              installer, expires_in, enterprise_id)
        self.workspaces[team_id] = workspace
        code = f"code-{team_id}-{next(self._id_counter)}"
        self._codes[code] = team_id
        return code

    def token_of(self, team_id: str) -> str:
        """The workspace's latest bot token."""
        return self.workspaces[team_id].tokens[-1]

    def revoke(self, token: str) -> None:
        """Slack refuses this token from now on (``token_revoked``)."""
        self.revoked.add(token)

    def _new_token(self, workspace: Workspace) -> str:
        token = f"xoxb-{workspace.team_id.lower()}-{uuid.uuid4().hex[:12]}"
        workspace.tokens.append(token)
        self._tokens[token] = workspace.team_id
        return token

    def _oauth_access(self, a: dict[str, Any]) -> dict[str, Any]:
        """oauth.v2.access: a code for a new installation, or (token rotation) a refresh token for a new token."""
        if a.get("grant_type") == "refresh_token":
            team = self._tokens.get(str(a.get("refresh_token")))
            if team is None or a.get("refresh_token") in self.revoked:
                return {"ok": False, "error": "invalid_refresh_token"}
            workspace = self.workspaces[team]
            return {"ok": True, "token_type": "bot", "access_token": self._new_token(workspace),
                    "refresh_token": a["refresh_token"], "expires_in": 43200, "team": {"id": team}}
        team = self._codes.pop(str(a.get("code")), None)
        if team is None:
            return {"ok": False, "error": "invalid_code"}
        workspace = self.workspaces[team]
        answer: dict[str, Any] = {
            "ok": True, "app_id": APP_ID, "token_type": "bot", "access_token": self._new_token(workspace),
            "scope": "app_mentions:read,chat:write,commands,im:history,users:read", "bot_user_id": workspace.bot_user_id,
            "team": {"id": team, "name": workspace.name}, "is_enterprise_install": False,
            "enterprise": {"id": workspace.enterprise_id, "name": "Grid"} if workspace.enterprise_id else None,
            "authed_user": {"id": workspace.installer}}
        if workspace.expires_in is not None:
            refresh = f"xoxe-1-{team.lower()}-{uuid.uuid4().hex[:12]}"
            self._tokens[refresh] = team
            answer.update(refresh_token=refresh, expires_in=workspace.expires_in)
        return answer

    def set_user_locale(self, user_id: str, locale: str) -> None:
        self._users.setdefault(user_id, {})["locale"] = locale

    def set_user_info(self, user_id: str, **fields: Any) -> None:
        """Override fields of the ``user`` object answered by users.info."""
        self._users.setdefault(user_id, {}).update(fields)

    def next_ts(self) -> str:
        micro = 1_700_000_000_000_000 + 100 * next(self._ts_counter)
        return f"{micro // 1_000_000}.{micro % 1_000_000:06d}"

    # ------------------------------------------------------------------ inspection

    def calls_to(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method]

    def clear(self) -> None:
        """Forget recorded calls, acks and scripted failures (connections stay open)."""
        self.calls.clear()
        self.acks.clear()
        self.socket_messages.clear()
        self.sent_envelopes.clear()
        self._failures.clear()

    def dump(self) -> str:
        if not self.calls:
            return "  (no calls recorded)"
        return "\n".join(f"  #{i} {c!r}" for i, c in enumerate(self.calls))

    async def wait_for(
        self,
        method: str,
        count: int = 1,
        timeout: float = 5,
        where: Callable[[Call], bool] | None = None,
    ) -> list[Call]:
        """Wait until at least ``count`` calls to ``method`` (matching ``where``) were recorded."""
        deadline = time.monotonic() + timeout
        while True:
            found = [c for c in self.calls_to(method) if where is None or where(c)]
            if len(found) >= count:
                return found
            if time.monotonic() >= deadline:
                cond = " matching `where`" if where is not None else ""
                raise AssertionError(
                    f"Timed out after {timeout}s waiting for {count} call(s) to {method}{cond}; "
                    f"got {len(found)}. Recorded calls:\n{self.dump()}"
                )
            await asyncio.sleep(0.01)

    # ------------------------------------------------------------------ socket mode

    @property
    def socket_connections(self) -> int:
        return sum(1 for c in self._sockets if not c.ws.closed)

    async def wait_socket_connected(self, timeout: float = 5, count: int = 1) -> None:
        deadline = time.monotonic() + timeout
        while self.socket_connections < count:
            if time.monotonic() >= deadline:
                raise AssertionError(
                    f"Timed out after {timeout}s waiting for {count} Socket Mode connection(s); "
                    f"open: {self.socket_connections}. Recorded calls:\n{self.dump()}"
                )
            await asyncio.sleep(0.01)

    async def socket_send(
        self, envelope: dict[str, Any], *, broadcast: bool = False, timeout: float = 5
    ) -> dict[str, Any]:
        """Send an envelope to the newest connected client (all of them with ``broadcast``).

        Missing ``envelope_id``, ``accepts_response_payload`` and (events_api) ``retry_attempt`` /
        ``retry_reason`` are filled in. Returns the envelope as sent.
        """
        env = dict(envelope)
        env.setdefault("envelope_id", str(uuid.uuid4()))
        kind = env.get("type")
        payload = env.get("payload") or {}
        if kind == "events_api":
            env.setdefault("accepts_response_payload", False)
            env.setdefault("retry_attempt", 0)
            env.setdefault("retry_reason", "")
        elif kind == "slash_commands":
            env.setdefault("accepts_response_payload", True)
        elif kind == "interactive":
            accepts = isinstance(payload, dict) and payload.get("type") in (
                "view_submission",
                "block_suggestion",
            )
            env.setdefault("accepts_response_payload", accepts)
        await self.wait_socket_connected(timeout=timeout)
        targets = [c for c in self._sockets if not c.ws.closed]
        if not broadcast:
            targets = targets[-1:]
        text = json.dumps(env)
        for conn in targets:
            await conn.ws.send_str(text)
        self.sent_envelopes.append(env)
        return env

    async def wait_ack(self, envelope_id: str, timeout: float = 5) -> dict[str, Any]:
        """Return the acknowledgement (``{"envelope_id", "payload"?}``) the client sent back."""
        deadline = time.monotonic() + timeout
        while True:
            for ack in self.acks:
                if ack.get("envelope_id") == envelope_id:
                    return ack
            if time.monotonic() >= deadline:
                raise AssertionError(
                    f"Timed out after {timeout}s waiting for the ack of envelope {envelope_id}; "
                    f"acks: {_short(self.acks)}; open connections: {self.socket_connections}. "
                    f"Recorded calls:\n{self.dump()}"
                )
            await asyncio.sleep(0.01)

    async def socket_disconnect(self, reason: str = "refresh_requested") -> None:
        """Send Slack's ``disconnect`` message (the SDK then reconnects via apps.connections.open)."""
        msg = {
            "type": "disconnect",
            "reason": reason,
            "debug_info": {"host": "applink-fake"},
        }
        for conn in [c for c in self._sockets if not c.ws.closed]:
            await conn.ws.send_str(json.dumps(msg))

    async def socket_close_all(self) -> None:
        """Drop every WebSocket from the server side."""
        for conn in list(self._sockets):
            with contextlib.suppress(Exception):
                await asyncio.wait_for(conn.ws.close(), 1)

    # ------------------------------------------------------------------ handlers

    async def _read_args(self, request: web.Request) -> dict[str, Any]:
        args: dict[str, Any] = {k: _maybe_json(k, v) for k, v in request.query.items()}
        if request.method in ("GET", "HEAD") or not request.body_exists:
            return args
        ctype = request.content_type
        if ctype == "application/json":
            raw = await request.read()
            body = json.loads(raw) if raw.strip() else {}
            if isinstance(body, dict):
                args.update({k: _maybe_json(k, v) for k, v in body.items()})
            else:
                args["_json"] = body
        elif ctype in ("application/x-www-form-urlencoded", "multipart/form-data"):
            args.update(_form_to_dict(await request.post()))
        else:
            args["_body"] = await request.read()
        return args

    async def _handle_api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        arrived = time.monotonic()
        call = Call(
            method=method,
            args=await self._read_args(request),
            headers={k.lower(): v for k, v in request.headers.items()},
            path=request.path,
            http_method=request.method,
            at=arrived,
        )
        self.calls.append(call)
        if self._delays.get(method):
            await asyncio.sleep(self._delays[method])
        response = self._answer(call)
        if self.on_call is not None:
            self.on_call(call)
        return response

    def _answer(self, call: Call) -> web.Response:
        """The scripted failure, override or default answer for a recorded call."""
        method = call.method
        call.team = self._tokens.get(call.token or "")
        if call.token in self.revoked:
            call.failed, call.response = True, {"ok": False, "error": "token_revoked"}
            return web.json_response(call.response)
        failures = self._failures.get(method)
        if failures:
            failure = failures[0]
            failure.remaining -= 1
            if failure.remaining <= 0:
                failures.pop(0)
            call.failed = True
            call.status = failure.status
            call.response = {"ok": False, "error": failure.error}
            return web.json_response(call.response, status=failure.status, headers=failure.headers)

        override = self._overrides.get(method)
        body = override(call) if override is not None else self._default_response(call)
        call.response = body
        call.failed = not body.get("ok", True)
        return web.json_response(body)

    async def _handle_response_url(self, request: web.Request) -> web.Response:
        self.calls.append(
            Call(
                method="response_url",
                args=await self._read_args(request),
                headers={k.lower(): v for k, v in request.headers.items()},
                path=request.path,
            )
        )
        return web.Response(text="ok", content_type="text/html")

    async def _handle_upload(self, request: web.Request) -> web.Response:
        raw = await request.read()
        self.calls.append(
            Call(
                method="file_upload",
                args={"file_id": request.match_info["fid"], "size": len(raw), "_body": raw},
                headers={k.lower(): v for k, v in request.headers.items()},
                path=request.path,
            )
        )
        return web.Response(text=f"OK - {len(raw)}", content_type="text/plain")

    async def _handle_socket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        conn = _SocketConn(ws)
        self._sockets.append(conn)
        self.socket_connect_count += 1
        hello = {
            "type": "hello",
            "num_connections": self.socket_connections,
            "debug_info": {
                "host": "applink-fake",
                "build_number": 1,
                "approximate_connection_time": 18060,
            },
            "connection_info": {"app_id": APP_ID},
        }
        await ws.send_str(json.dumps(hello))
        try:
            async for msg in ws:
                if msg.type != WSMsgType.TEXT:
                    continue
                try:
                    data = json.loads(msg.data)
                except ValueError:
                    data = {"_raw": msg.data}
                conn.received.append(data)
                if isinstance(data, dict) and "envelope_id" in data:
                    self.acks.append(data)
                else:
                    self.socket_messages.append(data)
        finally:
            with contextlib.suppress(ValueError):
                self._sockets.remove(conn)
        return ws

    # ------------------------------------------------------------------ default answers

    def _new_id(self, prefix: str) -> str:
        return f"{prefix}{next(self._id_counter):08d}"

    def _bot_message(self, args: dict[str, Any], ts: str) -> dict[str, Any]:
        message: dict[str, Any] = {
            "type": "message",
            "text": args.get("text", ""),
            "user": BOT_USER_ID,
            "bot_id": BOT_ID,
            "app_id": APP_ID,
            "team": TEAM_ID,
            "ts": ts,
        }
        for key in ("blocks", "attachments", "thread_ts", "metadata"):
            if key in args:
                message[key] = args[key]
        return message

    def _view(self, args: dict[str, Any]) -> dict[str, Any]:
        view = args.get("view")
        view = dict(view) if isinstance(view, dict) else {}
        view_id = args.get("view_id") or view.get("id") or self._new_id("V")
        return {
            "id": view_id,
            "team_id": TEAM_ID,
            "type": view.get("type", "modal"),
            "blocks": view.get("blocks", []),
            "private_metadata": view.get("private_metadata", ""),
            "callback_id": view.get("callback_id", ""),
            "state": {"values": {}},
            "hash": f"{int(time.time())}.{uuid.uuid4().hex[:8]}",
            "title": view.get("title"),
            "submit": view.get("submit"),
            "close": view.get("close"),
            "external_id": view.get("external_id", ""),
            "clear_on_close": bool(view.get("clear_on_close", False)),
            "notify_on_close": bool(view.get("notify_on_close", False)),
            "root_view_id": view_id,
            "previous_view_id": None,
            "app_id": APP_ID,
            "app_installed_team_id": TEAM_ID,
            "bot_id": BOT_ID,
        }

    def _default_response(self, call: Call) -> dict[str, Any]:
        a = call.args
        m = call.method
        if m == "oauth.v2.access":
            return self._oauth_access(a)
        if m == "auth.test" and call.team is not None:
            workspace = self.workspaces[call.team]
            return {"ok": True, "url": f"https://{call.team.lower()}.slack.com/", "team": workspace.name,
                    "user": "migrate-advisor", "team_id": call.team, "user_id": workspace.bot_user_id,
                    "bot_id": workspace.bot_id, "is_enterprise_install": False,
                    **({"enterprise_id": workspace.enterprise_id} if workspace.enterprise_id else {})}
        if m == "auth.test":
            return {
                "ok": True,
                "url": f"https://{TEAM_DOMAIN}.slack.com/",
                "team": "Fake Workspace",
                "user": "migrate-advisor",
                "team_id": TEAM_ID,
                "user_id": BOT_USER_ID,
                "bot_id": BOT_ID,
                "bot_user_id": BOT_USER_ID,
                "is_enterprise_install": False,
            }
        if m == "chat.postMessage":  # posted to a user id: to their DM with the bot, as Slack does (U0001 -> D0001)
            ts, channel = self.next_ts(), a.get("channel")
            if isinstance(channel, str) and channel.startswith("U"):
                channel = "D" + channel[1:]
            return {"ok": True, "channel": channel, "ts": ts, "message": self._bot_message(a, ts)}
        if m == "conversations.history":  # the posts Slack accepted in the channel, newest first
            channel, limit = a.get("channel"), int(a.get("limit") or 100)
            posted = [c.response["message"] for c in reversed(self.calls)
                      if c.method == "chat.postMessage" and not c.failed and c.response
                      and c.response.get("channel") == channel and "message" in c.response]
            return {"ok": True, "messages": posted[:limit], "has_more": len(posted) > limit}
        if m == "conversations.replies":  # a thread: its posts Slack accepted, oldest first
            channel, thread, limit = a.get("channel"), a.get("ts"), int(a.get("limit") or 100)
            posted = [c.response["message"] for c in self.calls
                      if c.method == "chat.postMessage" and not c.failed and c.response
                      and c.response.get("channel") == channel and c.args.get("thread_ts") == thread
                      and "message" in c.response]
            return {"ok": True, "messages": posted[:limit], "has_more": len(posted) > limit}
        if m == "chat.update":
            ts = a.get("ts") or self.next_ts()
            message = self._bot_message(a, ts)
            message["edited"] = {"user": BOT_USER_ID, "ts": self.next_ts()}
            return {
                "ok": True,
                "channel": a.get("channel"),
                "ts": ts,
                "text": a.get("text", ""),
                "message": message,
            }
        if m == "chat.postEphemeral":
            return {"ok": True, "message_ts": self.next_ts()}
        if m == "chat.delete":
            return {"ok": True, "channel": a.get("channel"), "ts": a.get("ts")}
        if m == "chat.getPermalink":
            channel = a.get("channel", "")
            ts = str(a.get("message_ts", "")).replace(".", "")
            return {
                "ok": True,
                "channel": channel,
                "permalink": f"https://{TEAM_DOMAIN}.slack.com/archives/{channel}/p{ts}",
            }
        if m in ("views.open", "views.update", "views.publish", "views.push"):
            return {"ok": True, "view": self._view(a)}
        if m == "users.info":
            user_id = str(a.get("user", ""))
            user: dict[str, Any] = {
                "id": user_id,
                "team_id": TEAM_ID,
                "name": user_id.lower(),
                "deleted": False,
                "real_name": f"User {user_id}",
                "tz": "Asia/Tokyo",
                "tz_label": "Japan Standard Time",
                "tz_offset": 32400,
                "profile": {"real_name": f"User {user_id}", "display_name": user_id.lower(), "team": TEAM_ID},
                "is_admin": False,
                "is_owner": False,
                "is_bot": False,
                "is_app_user": False,
                "updated": 1700000000,
                "locale": DEFAULT_LOCALE,
            }
            user.update(self._users.get(user_id, {}))
            return {"ok": True, "user": user}
        if m == "conversations.open":
            if a.get("channel"):
                channel_id = a["channel"]
            else:
                users = str(a.get("users", "")).split(",")
                # the user's DM with the bot, as chat.postMessage to the user's id lands (U0001 -> D0001)
                channel_id = "D" + users[0][1:] if len(users) == 1 else "G" + "".join(users)
            return {"ok": True, "no_op": True, "already_open": True, "channel": {"id": channel_id}}
        if m == "apps.connections.open":
            token = call.token or ""
            if not token:
                return {"ok": False, "error": "not_authed"}
            if token.startswith(("xoxb-", "xoxp-")):
                return {"ok": False, "error": "not_allowed_token_type"}
            return {"ok": True, "url": self.socket_url}
        if m == "files.getUploadURLExternal":
            file_id = self._new_id("F")
            return {"ok": True, "upload_url": f"{self.base_url}/upload/{file_id}", "file_id": file_id}
        if m == "files.completeUploadExternal":
            files = a.get("files") if isinstance(a.get("files"), list) else []
            return {"ok": True, "files": [{"id": f.get("id"), "title": f.get("title", "")} for f in files]}
        return {"ok": True}


@pytest.fixture(name="fake_slack")
async def fake_slack_fixture(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeSlack]:
    """The ``fake_slack`` fixture: a started FakeSlack, stopped afterwards.

    Register it with ``from tests.fake_slack import fake_slack_fixture  # noqa: F401`` (conftest.py or a
    test module). slack_sdk ignores NO_PROXY, so proxy env variables are removed for the test.
    """
    for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"):
        monkeypatch.delenv(name, raising=False)
    async with FakeSlack() as fake:
        yield fake
