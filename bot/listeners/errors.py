"""When a listener fails: log the error's kind (never message text or tokens) and tell the user briefly."""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot.inbox import Busy
from bot.services import Services
from bot.slack import kind, origin, tell
from bot.store import StoreUnavailable
from flows.lang import detect
from flows.texts import say

log = logging.getLogger(__name__)
Listener = Callable[..., Awaitable[None]]


def store_guard(listener: Listener) -> Listener:
    """Tell the user the store is unavailable from inside the listener, after its ack(): an error raised out
    of an action or view listener would make Bolt drop the acknowledgement Slack is waiting for (Slack does
    not resend clicks). A click the store was slow to take is acknowledged too: its write lands on its own
    and the sweep works it."""

    @functools.wraps(listener)
    async def guarded(*args: Any, **kwargs: Any) -> None:
        ack = kwargs.get("ack")
        try:
            await listener(*args, **kwargs)
        except Busy:
            log.warning("store busy while handling %s: left to the sweep", kind(kwargs["body"]))
            if ack is not None and ack.response is None:
                await ack()
        except StoreUnavailable as error:
            if ack is not None and ack.response is None:
                await ack()
            await tell_unavailable(kwargs["client"], kwargs["body"], error)

    return guarded


def register(app: AsyncApp, services: Services) -> None:
    @app.error
    async def on_error(error: Exception, body: dict, client: AsyncWebClient) -> None:
        if not isinstance(error, StoreUnavailable):
            log.error("listener failed on %s: %s", kind(body), type(error).__name__)
            return
        await tell_unavailable(client, body, error)


async def tell_unavailable(client: AsyncWebClient, body: dict[str, Any], error: StoreUnavailable) -> None:
    """Log why (never message text) and send the user a short 'temporarily unavailable'."""
    log.error("store unavailable while handling %s: %s", kind(body), error)
    lang = detect((body.get("event") or {}).get("text") or "") or "ja"
    await tell(client, origin(body), say("unavailable", lang))
