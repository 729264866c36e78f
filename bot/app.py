"""Wires the Slack app: the Web API client, the Bolt app, the shared services (bot/services.py) and the
listeners (bot/listeners/). Nothing here is imported by a listener."""

from __future__ import annotations

import logging

import aiohttp
from slack_bolt.async_app import AsyncApp
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncRateLimitErrorRetryHandler,
    AsyncServerErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient

from bot import listeners
from bot.config import Settings
from bot.services import build_services
from bot.store import Store

RETRIES = 3


class _NoTokenNotice(logging.Filter):
    """Bolt reads SLACK_BOT_TOKEN itself and warns that our client's token wins: that is intended."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "`token` will be unused" not in record.getMessage()


def web_client(settings: Settings, session: aiohttp.ClientSession | None = None) -> AsyncWebClient:
    """The Web API client, retrying 429s (honouring Retry-After) and 5xx answers; with `session`, its
    connections are kept and reused instead of opened for every call."""
    client = AsyncWebClient(token=settings.bot_token, base_url=settings.api_url, session=session)
    client.retry_handlers.append(AsyncRateLimitErrorRetryHandler(max_retry_count=RETRIES))
    client.retry_handlers.append(AsyncServerErrorRetryHandler(max_retry_count=RETRIES))
    return client


def build_app(settings: Settings, store: Store) -> AsyncApp:
    """The Bolt app with every listener registered."""
    logger = logging.getLogger("bot.app")
    if not any(isinstance(f, _NoTokenNotice) for f in logger.filters):
        logger.addFilter(_NoTokenNotice())
    client = web_client(settings, aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30)))
    app = AsyncApp(client=client, signing_secret=settings.signing_secret or "socket-mode", logger=logger)
    listeners.register(app, build_services(store))
    return app


async def close_app(app: AsyncApp) -> None:
    """Close the Web API client's connections."""
    session = app.client.session
    if session is not None and not session.closed:
        await session.close()
