"""When a listener fails: log the error's kind and where in the code (never message text or tokens), keep
Slack's acknowledgement, and tell the user briefly."""

from __future__ import annotations

import functools
import logging
import time
import traceback
from collections.abc import Awaitable, Callable
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot import metrics
from bot.inbox import Busy
from bot.services import Services
from bot.slack import kind, origin, tell
from bot.store import StoreUnavailable
from flows.lang import detect
from flows.texts import say

log = logging.getLogger(__name__)
Listener = Callable[..., Awaitable[None]]


def where(error: BaseException) -> str:
    """The traceback's frames (file, line, function, code): what the code did, none of the data."""
    frames = traceback.extract_tb(error.__traceback__)
    return "".join(traceback.format_list(frames)).rstrip()


def guard(listener: Listener) -> Listener:
    """Every listener runs inside this: whatever it raises, Slack still gets its acknowledgement (without one
    Slack shows the user an error after 3 s, and Bolt answers 404), the failure is logged with its traceback
    (the exception's type and frames, never its message: it could quote the payload) and the user is told
    briefly. A store that is slow or down gets its own notes (bot/inbox.py: a slow write still lands)."""

    @functools.wraps(listener)
    async def guarded(*args: Any, **kwargs: Any) -> None:
        ack, body, client = kwargs.get("ack"), kwargs.get("body") or {}, kwargs.get("client")
        started, outcome = time.monotonic(), "ok"
        try:
            await listener(*args, **kwargs)
        except Busy:
            outcome = "busy"
            log.warning("store busy while handling %s: left to the sweep", kind(body))
            await _ack(ack)
        except StoreUnavailable as error:
            outcome = "store_unavailable"
            metrics.STORE_ERRORS.labels("unavailable").inc()
            await _ack(ack)
            if client is not None:
                await tell_unavailable(client, body, error)
        except Exception as error:
            outcome = "error"
            log.error("listener %s failed on %s: %s\n%s", listener.__name__, kind(body), type(error).__name__,
                      where(error))
            await _ack(ack)
            if client is not None:
                await _tell_quietly(client, body, "failed")
        finally:
            metrics.LISTENER_SECONDS.labels(listener.__name__).observe(time.monotonic() - started)
            metrics.LISTENER_RUNS.labels(listener.__name__, outcome).inc()

    return guarded


store_guard = guard  # the earlier name


async def _ack(ack: Any) -> None:
    if ack is not None and getattr(ack, "response", None) is None:
        try:
            await ack()
        except Exception as error:  # an ack that cannot be sent: nothing more to do
            log.warning("ack failed: %s", type(error).__name__)


async def _tell_quietly(client: AsyncWebClient, body: dict[str, Any], key: str) -> None:
    try:
        await tell(client, origin(body), say(key, _lang(body)))
    except Exception as error:
        log.warning("could not tell the user about a failure: %s", type(error).__name__)


def _lang(body: dict[str, Any]) -> str:
    event = body.get("event") if isinstance(body.get("event"), dict) else {}
    text = event.get("text") if isinstance(event.get("text"), str) else body.get("text")
    return detect(text if isinstance(text, str) else "") or "ja"


def register(app: AsyncApp, services: Services) -> None:
    @app.error
    async def on_error(error: Exception, body: dict, client: AsyncWebClient) -> None:
        """What no listener guard caught (Bolt's own steps): the kind and the frames only."""
        if not isinstance(error, StoreUnavailable):
            log.error("request failed on %s: %s\n%s", kind(body), type(error).__name__, where(error))
            return
        await tell_unavailable(client, body, error)


async def tell_unavailable(client: AsyncWebClient, body: dict[str, Any], error: StoreUnavailable) -> None:
    """Log why (never message text) and send the user a short 'temporarily unavailable'."""
    log.error("store unavailable while handling %s: %s", kind(body), error)
    try:
        await tell(client, origin(body), say("unavailable", _lang(body)))
    except Exception as failure:
        log.warning("could not tell the user the store is unavailable: %s", type(failure).__name__)
