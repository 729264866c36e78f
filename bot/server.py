"""`python -m bot serve`: HTTP (`POST /slack/events`) or Socket Mode, with `GET /healthz` in both; for many
workspaces also `GET /slack/install` and `GET /slack/oauth_redirect` (Bolt's OAuth flow)."""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import parse_qsl

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest

from bot import codec, edge, metrics
from bot.app import AuthGate, build, close_app
from bot.config import Settings
from bot.store import Store, StoreUnavailable, open_store

log = logging.getLogger(__name__)


class ListenError(Exception):
    """The HTTP port cannot be opened (taken, or not allowed)."""
HOUSEKEEPING_SECONDS = 3600
HEALTH_TIMEOUT = 0.9  # /healthz answers within a second, whatever the store does
MAX_BODY = edge.MAX_BODY
DRAIN_SECONDS = 10


def bolt_request_of(text: str, carried: str | None, request: web.Request) -> AsyncBoltRequest:
    """Bolt's request for a checked body. The JSON it carries (`edge.json_text`: the body, or a form's
    `payload`) is parsed here with orjson, the field decoded quickly (edge.unquote_plus): Bolt's own reading
    of a click's form spends most of a click's time in urllib. Bolt keeps the raw body, for its signature
    check. A plain form (a slash command) is parsed by Bolt; Bolt reads any form body containing the word
    "payload" as a click's `payload` field and, without one, as empty: a command whose text (or channel name)
    says "payload" gets its own fields back here, as Bolt reads every other command."""
    if carried is not None:
        return _parsed(codec.loads_json(carried), text, request)
    bolt_request = AsyncBoltRequest(body=text, query=request.query_string, headers=request.headers)
    if bolt_request.body == {} and "payload" in text:
        return _parsed(dict(parse_qsl(text, keep_blank_values=True)), text, request)
    return bolt_request


def _parsed(body: Any, text: str, request: web.Request) -> AsyncBoltRequest:
    """A request whose body is already parsed, through Bolt's public constructor: a dict body is taken as
    parsed (and its context read from it) in the "socket_mode" form; it is then an HTTP request again, with the
    raw body kept for the signature check."""
    if not isinstance(body, dict):
        bolt_request = AsyncBoltRequest(body="", query=request.query_string, headers=request.headers)
        bolt_request.body = body
    else:
        bolt_request = AsyncBoltRequest(body=body, query=request.query_string, headers=request.headers,
                                        mode="socket_mode")
        bolt_request.mode = "http"
    bolt_request.raw_body = text
    return bolt_request


def web_app(bolt: AsyncApp, store: Store, signing_secret: str | None, auth: AuthGate | None = None,
            socket_connected: Callable[[], Awaitable[bool]] | None = None) -> web.Application:
    """The aiohttp application: Slack's requests (verified by Bolt) when a signing secret is given (HTTP
    mode) and GET /metrics, and the health check: 200 only when the store can be written, once Slack accepted
    the bot token (with `auth`) and, in Socket Mode, while the WebSocket is up (`socket_connected`), and not
    while every request Slack signs is refused for its timestamp (this host's clock is off)."""
    clock = edge.ClockWatch()

    async def events(request: web.Request) -> web.Response:
        """Checked at the edge first (bot/edge.py: size, timestamp, signature, depth), then parsed once (an
        object, or 400), then given to Bolt (CheckedApp checks its shape)."""
        try:
            body = await request.read()
            text, carried = edge.check(body, request.headers, request.content_type, signing_secret or "")
            clock.accepted()
            bolt_request = bolt_request_of(text, carried, request)
            if not isinstance(bolt_request.body, dict):
                raise edge.Rejected(400, "not_an_object")
        except web.HTTPRequestEntityTooLarge:
            return refused(edge.Rejected(413, "too_large"))
        except edge.Rejected as rejected:
            if rejected.reason == "stale_timestamp":
                clock.refused_stale(edge.header(request.headers, "x-slack-request-timestamp"),
                                    edge.header(request.headers, "x-slack-signature"))
            return refused(rejected)
        except Exception as error:  # anything else the body could provoke: never a 5xx, never a traceback
            return refused(edge.Rejected(400, type(error).__name__))
        try:
            response = await bolt.async_dispatch(bolt_request)
        except Exception as error:
            log.error("request failed in dispatch: %s", type(error).__name__)
            return refused(edge.Rejected(400, "failed"))
        if response.status == 500:  # Bolt's answer to an error nothing caught: the payload was odd, not us
            return refused(edge.Rejected(400, "failed"))
        return await to_aiohttp_response(response)

    async def metrics_page(_: web.Request) -> web.Response:
        data, content_type = metrics.exposition()
        return web.Response(body=data, headers={"Content-Type": content_type})

    async def healthz(_: web.Request) -> web.Response:
        reasons = []
        if socket_connected is not None and not await socket_connected():
            reasons.append("not connected to Slack (the Socket Mode WebSocket is down or still connecting)")
        try:
            await asyncio.wait_for(asyncio.shield(store.ping()), HEALTH_TIMEOUT)  # a tiny write
        except StoreUnavailable as error:
            reasons.append(str(error))
        except TimeoutError:
            reasons.append(f"the store did not take a write within {HEALTH_TIMEOUT:g} s")
        if clock.trouble():
            reasons.append(clock.trouble())
        starting = auth is not None and not auth.ready
        if starting:
            reasons.append("waiting for Slack to accept the bot token (auth.test)")
        if reasons:
            status = "starting" if starting else "unavailable"
            return web.json_response({"status": status, "reason": "; ".join(reasons)}, status=503)
        return web.json_response({"status": "ok"})

    app = web.Application(client_max_size=MAX_BODY)
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/metrics", metrics_page)
    if signing_secret:
        app.router.add_post("/slack/events", events)
        add_install_pages(app, bolt)
    return app


def add_install_pages(app: web.Application, bolt: AsyncApp) -> None:
    """Many workspaces: the install page and the page Slack sends the installer back to (Bolt's OAuth flow
    answers both; a failure is one plain line, never a traceback)."""
    flow = bolt.oauth_flow
    if flow is None:
        return

    async def page(request: web.Request) -> web.Response:
        bolt_request = AsyncBoltRequest(body="", query=request.query_string, headers=request.headers)
        try:
            if request.path == flow.install_path:
                response = await flow.handle_installation(bolt_request)
            else:
                response = await flow.handle_callback(bolt_request)
        except Exception as error:
            log.error("the install flow failed: %s", type(error).__name__)
            return web.Response(status=500, text="The installation could not be completed; please try again.")
        return await to_aiohttp_response(response)

    app.router.add_get(flow.install_path, page)
    app.router.add_get(flow.redirect_uri_path, page)


def refused(rejected: edge.Rejected) -> web.Response:
    """The answer to a request refused at the edge; the log names the kind of failure only."""
    metrics.REFUSED.labels(metrics.word(rejected.reason.lower())).inc()
    if rejected.status == 401:
        log.info("request refused: %s", rejected.reason)
    else:
        log.warning("request refused: %s", rejected.reason)
    return web.json_response({"error": rejected.reason}, status=rejected.status)


async def housekeeping(store: Store) -> None:
    """Every hour: drop expired conversations and claims (SQLite; Redis expires keys itself), and have Redis
    rewrite its append-only file (what was deleted leaves the disk too)."""
    while True:
        await asyncio.sleep(HOUSEKEEPING_SECONDS)
        try:
            removed = await store.purge_expired()
            log.info("housekeeping removed %d expired records", removed)
        except StoreUnavailable as error:
            log.warning("housekeeping skipped: %s", error)


async def serve(settings: Settings) -> int:
    """Run until SIGINT or SIGTERM."""
    store = open_store(settings.store_url, settings.conversation_ttl)
    wired = build(settings, store)
    bolt = wired.app
    secret = None if settings.socket_mode else settings.signing_secret
    socket = AsyncSocketModeHandler(bolt, settings.app_token) if settings.socket_mode else None
    connected = socket.client.is_connected if socket is not None else None
    runner = web.AppRunner(web_app(bolt, store, secret, wired.auth, connected), access_log=None)
    await runner.setup()
    try:
        await web.TCPSite(runner, settings.host, settings.port).start()
    except OSError as error:
        if socket is not None:
            await socket.close_async()
        await runner.cleanup()
        await close_app(bolt)
        await store.close()
        raise ListenError(f"cannot listen on {settings.host}:{settings.port}: {error.strerror or error} "
                          "(set PORT to a free port)") from error
    if socket is None:
        log.info("listening on http://%s:%d/slack/events", settings.host, settings.port)
    chores = {asyncio.create_task(housekeeping(store)),
              asyncio.create_task(start_up(wired.auth, socket, settings.port)),
              asyncio.create_task(wired.services.dm.sweep_forever())}
    try:
        await stopped()
    finally:
        for chore in chores:
            chore.cancel()
        if socket is not None:
            await socket.close_async()
        await runner.cleanup()
        await finish_listeners(exclude=chores)
        await close_app(bolt)
        await store.close()
    return 0


async def start_up(auth: AuthGate | None, socket: AsyncSocketModeHandler | None, port: int) -> None:
    """Check the bot token with Slack (retrying with backoff during an outage); connect Socket Mode only
    then, so no event is acknowledged before it can be processed. Over HTTP, events get 503 until then. Many
    workspaces (no `auth`): each workspace's token was checked when it was installed."""
    if auth is None:
        log.info("serving the workspaces that installed the app (install page: /slack/install)")
        return
    await auth.wait()
    if socket is not None:
        await socket.connect_async()
        log.info("connected to Slack by Socket Mode; health check on port %d", port)


async def finish_listeners(exclude: set[asyncio.Task], timeout: float = DRAIN_SECONDS) -> None:
    """On shutdown, let listeners that are still running (Bolt runs them after the ack) finish their replies."""
    others = asyncio.all_tasks() - exclude - {asyncio.current_task()}
    if others:
        log.info("finishing %d running listener(s)", len(others))
        await asyncio.wait(others, timeout=timeout)


async def stopped() -> None:
    """Wait for SIGINT or SIGTERM."""
    done = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, done.set)
    await done.wait()
