"""Wires the Slack app: the Web API clients, the Bolt app, the shared services (bot/services.py) and the
listeners (bot/listeners/). Nothing here is imported by a listener.

One workspace (SLACK_BOT_TOKEN): the token is checked with auth.test before any request is taken (AuthGate).
Many workspaces (OAuth): Bolt's install flow (/slack/install, /slack/oauth_redirect) keeps each installation
in the store, encrypted (bot/installations.py); each request and each conversation's messages use their own
workspace's token (bot/workspaces.py)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import aiohttp
from slack_bolt.async_app import AsyncApp
from slack_bolt.authorization import AuthorizeResult
from slack_bolt.oauth.async_oauth_settings import AsyncOAuthSettings
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.response import BoltResponse
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncRateLimitErrorRetryHandler,
    AsyncServerErrorRetryHandler,
)
from slack_sdk.oauth.token_rotation.async_rotator import AsyncTokenRotator
from slack_sdk.web.async_client import AsyncWebClient

from bot import codec, edge, listeners, metrics
from bot.config import BOT_SCOPES, OAuth, Settings
from bot.installations import Sealed, StoreInstallations, StoreStates
from bot.services import Services, build_services
from bot.slack import kind
from bot.store import Store
from bot.workspaces import ROTATE_BEFORE_MINUTES, WorkspaceAuthorize, Workspaces

log = logging.getLogger(__name__)
RETRIES = 3
AUTH_BACKOFF_CAP = 60.0


class _NoTokenNotice(logging.Filter):
    """Bolt reads SLACK_BOT_TOKEN itself and warns that our client's token wins: that is intended."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "`token` will be unused" not in record.getMessage()


def web_client(settings: Settings, session: aiohttp.ClientSession | None = None,
               rate_limits: bool = True, token: bool = True) -> AsyncWebClient:
    """The Web API client, retrying 5xx answers and (with `rate_limits`) 429s, honouring Retry-After; with
    `session`, its connections are kept and reused instead of opened for every call."""
    client = AsyncWebClient(token=settings.bot_token if token else None, base_url=settings.api_url,
                            session=session, logger=quiet_client_log())
    if rate_limits:
        client.retry_handlers.append(CountingRetries(max_retry_count=RETRIES))
    client.retry_handlers.append(CountingServerRetries(max_retry_count=RETRIES))
    return client


def quiet_client_log() -> logging.Logger:
    """The Web API client's logger at WARNING, set on the logger itself: the client checks `logger.level`
    (not the level inherited from "slack_sdk"), and below DEBUG it formats every request's payload."""
    logger = logging.getLogger("slack_sdk.web.async_base_client")
    logger.setLevel(logging.WARNING)
    return logger


class AuthGate:
    """Requests are taken only once the bot token is known to work (auth.test). Until then Bolt would answer
    them 200 and drop them (its own auth.test failing during a Slack outage): they get a 503 instead, and
    Slack sends them again. `wait()` checks at start-up, retrying with backoff."""

    def __init__(self, client: AsyncWebClient) -> None:
        self.client = client
        self.ready = False
        self.result: AuthorizeResult | None = None
        self._checking = asyncio.Lock()

    async def check(self) -> bool:
        """One auth.test unless it worked before; True once it has."""
        if self.ready:
            return True
        async with self._checking:
            if not self.ready:
                try:
                    response = await self.client.auth_test()
                except SlackApiError as error:
                    log.warning("Slack auth.test failed: %s", error.response.get("error", "unknown_error"))
                    return False
                except (SlackClientError, aiohttp.ClientError, TimeoutError) as error:
                    log.warning("Slack auth.test failed: %s", type(error).__name__)
                    return False
                self.result = AuthorizeResult.from_auth_test_response(bot_token=self.client.token,
                                                                      auth_test_response=response)
                self.ready = True
                log.info("Slack accepted the bot token (auth.test)")
        return True

    async def wait(self) -> None:
        """Check until it works: 0.5 s, 1 s, 2 s… up to a minute apart."""
        delay = 0.5
        while not await self.check():
            await asyncio.sleep(delay)
            delay = min(delay * 2, AUTH_BACKOFF_CAP)

    async def authorize(self) -> AuthorizeResult | None:
        """Bolt's `authorize` (its public hook): the result of the auth.test that opened the gate, so Bolt never
        calls auth.test itself (and cannot fail there)."""
        return self.result if await self.check() else None

    async def middleware(self, req: AsyncBoltRequest, resp: BoltResponse,
                         next: Callable[[], Awaitable[None]]) -> BoltResponse:
        if (req.body or {}).get("type") in ("url_verification", "ssl_check") or await self.check():
            await next()
            return resp
        return BoltResponse(status=503, body="")


class CheckedApp(AsyncApp):
    """Bolt, with every request's shape checked first (bot/edge.py; over HTTP the edge did it already, in
    Socket Mode this is the first look) and counted by type and outcome (bot/metrics.py)."""

    async def async_dispatch(self, req: AsyncBoltRequest) -> BoltResponse:
        body = req.body if isinstance(req.body, dict) else {}
        if not edge.shape_ok(body):
            metrics.REFUSED.labels("bad_shape").inc()
            return BoltResponse(status=400, body="")
        response = await super().async_dispatch(req)
        metrics.REQUESTS.labels(kind(body), metrics.outcome(response.status)).inc()
        return response


class CountingRetries(AsyncRateLimitErrorRetryHandler):
    """Retries 429s (honouring Retry-After) and counts them."""

    async def prepare_for_next_attempt_async(self, **kwargs: Any) -> None:
        metrics.SLACK_API_RETRIES.labels("rate_limited").inc()
        await super().prepare_for_next_attempt_async(**kwargs)


class CountingServerRetries(AsyncServerErrorRetryHandler):
    async def prepare_for_next_attempt_async(self, **kwargs: Any) -> None:
        metrics.SLACK_API_RETRIES.labels("server_error").inc()
        await super().prepare_for_next_attempt_async(**kwargs)


@dataclass
class Bot:
    app: AsyncApp
    services: Services
    auth: AuthGate | None  # one workspace: the start-up gate; None for many workspaces


def build(settings: Settings, store: Store) -> Bot:
    """The Bolt app with every listener registered, its services and (one workspace) its start-up gate."""
    logger = logging.getLogger("bot.app")
    if not any(isinstance(f, _NoTokenNotice) for f in logger.filters):
        logger.addFilter(_NoTokenNotice())
    session = codec.web_session()
    client = web_client(settings, session, token=False)  # each request's client gets the token from `authorize`
    if settings.oauth is not None:
        return _many_workspaces(settings, settings.oauth, store, session, client, logger)
    # one quick try per check (no client retries): a request waiting on it must still be answered in time
    auth = AuthGate(AsyncWebClient(token=settings.bot_token, base_url=settings.api_url, session=session,
                                   retry_handlers=[], logger=quiet_client_log()))
    async def authorize() -> AuthorizeResult | None:  # a plain function: Bolt passes the arguments it names
        return await auth.authorize()

    app = CheckedApp(client=client, signing_secret=settings.signing_secret or "socket-mode", logger=logger,
                     before_authorize=auth.middleware, authorize=authorize)
    services = build_services(store, web_client(settings, session, rate_limits=False), settings.lease_ttl)
    listeners.register(app, services)
    return Bot(app, services, auth)


def _many_workspaces(settings: Settings, oauth: OAuth, store: Store, session: aiohttp.ClientSession,
                     client: AsyncWebClient, logger: logging.Logger) -> Bot:
    """Installable by many workspaces: Bolt's OAuth flow on the store, each request authorized (and each
    conversation's messages sent) with its own workspace's token."""
    installations = StoreInstallations(store, Sealed(oauth.token_keys))
    rotator = AsyncTokenRotator(client_id=oauth.client_id, client_secret=oauth.client_secret, client=client)
    workspaces = Workspaces(installations, rotator)
    flow = AsyncOAuthSettings(client_id=oauth.client_id, client_secret=oauth.client_secret, scopes=list(BOT_SCOPES),
                              redirect_uri=oauth.redirect_uri, installation_store=installations,
                              state_store=StoreStates(store), token_rotation_expiration_minutes=ROTATE_BEFORE_MINUTES,
                              logger=logger)
    app = CheckedApp(client=client, signing_secret=settings.signing_secret, logger=logger, oauth_settings=flow,
                     authorize=WorkspaceAuthorize(workspaces))
    outbox_client = web_client(settings, session, rate_limits=False, token=False)
    services = build_services(store, outbox_client, settings.lease_ttl, workspaces)
    listeners.register(app, services)
    return Bot(app, services, None)


def build_app(settings: Settings, store: Store) -> AsyncApp:
    """The Bolt app with every listener registered."""
    return build(settings, store).app


async def close_app(app: AsyncApp) -> None:
    """Close the Web API client's connections."""
    session = app.client.session
    if session is not None and not session.closed:
        await session.close()
