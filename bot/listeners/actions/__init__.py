from __future__ import annotations

from slack_bolt.async_app import AsyncApp

from bot.listeners.actions import answers, start, verdict
from bot.services import Services


def register(app: AsyncApp, services: Services) -> None:
    answers.register(app, services)
    start.register(app, services)
    verdict.register(app, services)
