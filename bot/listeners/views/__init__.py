from __future__ import annotations

from slack_bolt.async_app import AsyncApp

from bot.listeners.views import migrate_check_modal
from bot.services import Services


def register(app: AsyncApp, services: Services) -> None:
    migrate_check_modal.register(app, services)
