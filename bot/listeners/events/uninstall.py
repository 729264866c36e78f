"""Uninstall forgets: `app_uninstalled`, and `tokens_revoked` naming the bot's token, delete the workspace's
installation (many workspaces) and everything stored for it: conversations (with the App Home's last verdict),
queued inputs, claims and leases (bot/workspaces.py). Done before Slack's acknowledgement: when the store is
down, Slack gets a 503 and sends the event again."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from slack_bolt.async_app import AsyncApp
from slack_bolt.response import BoltResponse

from bot.services import Services
from bot.store import StoreUnavailable
from bot.workspaces import forget_data

log = logging.getLogger(__name__)


async def forget_workspace(services: Services, team: str, enterprise: str | None) -> int:
    """Delete the workspace's installation and data; how many stored records went."""
    if services.workspaces is not None:
        return await services.workspaces.forget(team, enterprise)
    return await forget_data(services.store, team)


def forgetter(services: Services) -> Callable[..., Awaitable[BoltResponse]]:
    async def forget_first(body: dict, event: dict, resp: BoltResponse,
                           next: Callable[[], Awaitable[None]]) -> BoltResponse:
        team = body.get("team_id")
        revoked = event.get("tokens") if isinstance(event.get("tokens"), dict) else {}
        if event.get("type") == "tokens_revoked" and not revoked.get("bot"):
            log.info("user tokens revoked (the app keeps none): nothing to forget")
        elif isinstance(team, str) and team:
            enterprise = body.get("enterprise_id") if isinstance(body.get("enterprise_id"), str) else None
            try:
                removed = await forget_workspace(services, team, enterprise)
            except StoreUnavailable as error:
                log.error("an uninstalled workspace could not be forgotten yet (Slack will resend): %s", error)
                return BoltResponse(status=503, body="")
            log.info("a workspace uninstalled the app (%s): its installation and %d stored records deleted",
                     event.get("type"), removed)
        await next()
        return resp

    return forget_first


def register(app: AsyncApp, services: Services) -> None:
    async def forgotten() -> None:  # the work is done before the ack (forget_first)
        return None

    app.event("app_uninstalled", middleware=[forgetter(services)])(forgotten)
    app.event("tokens_revoked", middleware=[forgetter(services)])(forgotten)
