"""One folder per Slack surface, each with a register(app, services) function."""

from __future__ import annotations

from slack_bolt.async_app import AsyncApp

from bot.listeners import actions, commands, errors, events, views
from bot.services import Services


def register(app: AsyncApp, services: Services) -> None:
    """Bolt tries the listeners in this order: the busiest surfaces (DMs, then clicks) first."""
    events.register(app, services)
    actions.register(app, services)
    commands.register(app, services)
    views.register(app, services)
    errors.register(app, services)
