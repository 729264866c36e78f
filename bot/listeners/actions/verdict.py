"""The buttons under a verdict (DM, form result, quick assessment): details, back to the short verdict, and a
reply to send the client.

The buttons carry the answers, so the verdict is rebuilt from them: nothing is read from the store, and the
same code serves the DM's messages and the ephemeral ones (the form result in a channel, the quick
assessment), which can only be changed through the click's response_url.

- Details: the message is updated in place, the details below the short verdict, and the button becomes
  "hide details" (ephemeral messages cannot have a thread, and the details stay next to the verdict).
- Draft a reply: the draft is posted as a message of its own, easy to copy: under a DM verdict a normal
  message, under an ephemeral one a new message only the clicker sees.
"""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncRespond
from slack_sdk.web.async_client import AsyncWebClient

from bot import blocks
from bot.listeners.checks import action_token, once, own_dm
from bot.listeners.errors import guard
from bot.services import Services
from bot.slack import origin, slack_call


def ephemeral(body: dict[str, Any]) -> bool:
    return bool((body.get("container") or {}).get("is_ephemeral")) or not body.get("message")


def notes_above(body: dict[str, Any]) -> list[dict[str, Any]]:
    """The blocks of the clicked message above the verdict (what the DM said with it), kept as they are."""
    message_blocks = (body.get("message") or {}).get("blocks")
    message_blocks = [b for b in message_blocks if isinstance(b, dict)] if isinstance(message_blocks, list) else []
    ids = [b.get("block_id") for b in message_blocks]
    return message_blocks[: ids.index(blocks.VERDICT)] if blocks.VERDICT in ids else []


async def show(services: Services, body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient,
               respond: AsyncRespond, expanded: bool) -> None:
    read = blocks.read_verdict_value(action.get("value") or "")
    if read is None:
        return
    verdict, run, quick = read
    shown, text = blocks.verdict_blocks(verdict, [] if not quick else None, run=run, quick=quick, expanded=expanded)
    payload = [*notes_above(body), *(b.to_dict() for b in shown)]
    at = origin(body)
    if ephemeral(body):
        await respond(replace_original=True, blocks=payload, text=text)
        return
    channel = await own_dm(services, at)
    if channel == at.channel and at.ts:
        await slack_call(client, "chat.update", channel=channel, ts=at.ts, blocks=payload, text=text)
    elif channel:  # not the user's own DM: a new message in it instead of rewriting that one
        await slack_call(client, "chat.postMessage", channel=channel, blocks=payload[len(notes_above(body)):],
                         text=text)


def register(app: AsyncApp, services: Services) -> None:
    @app.action(blocks.DETAILS)
    @app.action(blocks.HIDE_DETAILS)
    @guard
    async def on_details(ack: AsyncAck, body: dict, action: dict, client: AsyncWebClient,
                         respond: AsyncRespond) -> None:
        """「詳しく」 shows the details under the verdict, 「閉じる」 hides them again."""
        await ack()
        if await once(services, origin(body).team, action_token(origin(body).user, action)):
            expanded = action.get("action_id") == blocks.DETAILS
            await show(services, body, action, client, respond, expanded=expanded)

    @app.action(blocks.REPLY)
    @guard
    async def on_reply(ack: AsyncAck, body: dict, action: dict, client: AsyncWebClient,
                       respond: AsyncRespond) -> None:
        await ack()
        at = origin(body)
        read = blocks.read_verdict_value(action.get("value") or "")
        if read is None or not await once(services, at.team, action_token(at.user, action)):
            return
        draft, text = blocks.reply_blocks(read[0])
        payload = [b.to_dict() for b in draft]
        if not ephemeral(body):  # a verdict in the DM (the only place one is a normal message)
            channel = await own_dm(services, at)
            if channel:
                await slack_call(client, "chat.postMessage", channel=channel, blocks=payload, text=text)
        else:
            await respond(response_type="ephemeral", replace_original=False, blocks=payload, text=text)
