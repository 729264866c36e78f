"""The /migrate-check form submitted: the verdict where the command was typed, through the command's
response_url (it works even in channels the bot is not in), else as an ephemeral message, else in a DM.
A replayed submission (the same view id and hash) gives one verdict."""

from __future__ import annotations

import json
import logging
from typing import Any
from urllib.parse import urlparse

from slack_bolt.async_app import AsyncAck, AsyncApp
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.webhook.async_client import AsyncWebhookClient

from bot import blocks, metrics
from bot.listeners.checks import once
from bot.listeners.errors import guard
from bot.services import Services
from bot.slack import origin, slack_call
from flows.verdict import assess

log = logging.getLogger(__name__)
SLACK_HOOKS = "hooks.slack.com"


def metadata(view: dict) -> dict:
    text = view.get("private_metadata")
    try:
        data = json.loads(text) if isinstance(text, str) and len(text) <= 3000 else {}
    except (ValueError, RecursionError):
        data = {}
    return data if isinstance(data, dict) else {}


def response_url(meta: dict[str, Any], client: AsyncWebClient) -> str | None:
    """The command's response_url, if it points at Slack (or the Slack API this app talks to)."""
    url = meta.get("response_url")
    if not isinstance(url, str):
        return None
    host = urlparse(url).hostname
    return url if host and host in (SLACK_HOOKS, urlparse(str(client.base_url)).hostname) else None


async def post_where_typed(client: AsyncWebClient, meta: dict[str, Any], user: str, payload: dict[str, Any]) -> None:
    url = response_url(meta, client)
    if url:
        try:
            sent = await AsyncWebhookClient(url).send(response_type="ephemeral", replace_original=False, **payload)
            if sent.status_code == 200:
                return
            log.warning("response_url answered %d: posting the verdict another way", sent.status_code)
        except Exception as error:
            log.warning("response_url failed (%s): posting the verdict another way", type(error).__name__)
    sent = None
    if isinstance(meta.get("channel"), str):
        sent = await slack_call(client, "chat.postEphemeral", channel=meta["channel"], user=user, **payload)
    if sent is None:
        await slack_call(client, "chat.postMessage", channel=user, **payload)


def register(app: AsyncApp, services: Services) -> None:
    @app.view(blocks.MODAL)
    @guard
    async def on_submit(ack: AsyncAck, body: dict, view: dict, client: AsyncWebClient) -> None:
        await ack()
        at = origin(body)
        user, team = at.user, at.team
        if not user or not await once(services, team, [f"view:{view.get('id')}:{view.get('hash')}"]):
            return
        meta = metadata(view)
        lang = meta.get("lang") if meta.get("lang") in ("ja", "en") else "ja"
        state = view.get("state") if isinstance(view.get("state"), dict) else {}
        values = state.get("values") if isinstance(state.get("values"), dict) else {}
        answers = blocks.modal_answers(values)
        verdict = assess(answers, lang)
        metrics.VERDICTS.labels(str(verdict.level), "form").inc()
        reply, text = blocks.verdict_blocks(verdict)
        await post_where_typed(client, meta, user, {"text": text, "blocks": [b.to_dict() for b in reply]})
        await services.dm.keep_verdict(team, user, answers, lang)
        await services.dm.publish_home(client, user, lang, verdict)
