"""What the listeners share: the store, the DM advisor and the per-user pace. The listeners import
this module (never bot/app.py, which only wires)."""

from __future__ import annotations

from dataclasses import dataclass, field

from slack_sdk.web.async_client import AsyncWebClient

from bot.dm import DmAdvisor
from bot.inbox import LEASE_TTL
from bot.limits import PerUser
from bot.store import Store
from flows.conversation import Advisor


@dataclass
class Services:
    store: Store
    dm: DmAdvisor
    pace: PerUser = field(default_factory=PerUser)  # /migrate-check and channel answers, per user


def build_services(store: Store, outbox_client: AsyncWebClient, lease_ttl: float = LEASE_TTL) -> Services:
    """`outbox_client` sends the DM conversation's messages; it must not retry 429s itself (the outbox waits
    them out, and drops what a newer turn made stale)."""
    return Services(store=store, dm=DmAdvisor(store, Advisor(), outbox_client, lease_ttl))
