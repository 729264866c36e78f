"""The App Home tab: what the bot does, a start button, and the user's last verdict."""

from __future__ import annotations

from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot.listeners.errors import guard
from bot.services import Services


def register(app: AsyncApp, services: Services) -> None:
    @app.event("app_home_opened")
    @guard
    async def on_home_opened(body: dict, event: dict, client: AsyncWebClient) -> None:
        if event.get("tab", "home") != "home" or not isinstance(event.get("user"), str):
            return
        channel = event.get("channel")
        dm = channel if isinstance(channel, str) and channel.startswith("D") else None
        await services.dm.refresh_home(client, body.get("team_id"), event["user"], dm)
