from __future__ import annotations

from slack_bolt.async_app import AsyncApp

from bot.app import Services
from bot.listeners.commands import migrate_check


def register(app: AsyncApp, services: Services) -> None:
    migrate_check.register(app, services)
