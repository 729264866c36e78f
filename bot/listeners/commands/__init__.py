from __future__ import annotations

from slack_bolt.async_app import AsyncApp

from bot.listeners.commands import migrate_check
from bot.services import Services


def register(app: AsyncApp, services: Services) -> None:
    migrate_check.register(app, services)
