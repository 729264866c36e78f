from __future__ import annotations

from slack_bolt.async_app import AsyncApp

from bot.listeners.events import app_home, messages, uninstall
from bot.services import Services


def register(app: AsyncApp, services: Services) -> None:
    messages.register(app, services)
    app_home.register(app, services)
    uninstall.register(app, services)
