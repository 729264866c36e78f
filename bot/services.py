"""What the listeners share: the store, the DM advisor, the per-user pace and (many workspaces) the installed
workspaces. The listeners import
this module (never bot/app.py, which only wires)."""

from __future__ import annotations

from dataclasses import dataclass, field

from slack_sdk.web.async_client import AsyncWebClient

from bot.dm import DmAdvisor
from bot.inbox import LEASE_TTL
from bot.limits import PerUser
from bot.store import Store
from bot.workspaces import Workspaces
from flows.conversation import Advisor


@dataclass
class Services:
    store: Store
    dm: DmAdvisor
    pace: PerUser = field(default_factory=PerUser)  # /migrate-check and channel answers, per user
    workspaces: Workspaces | None = None  # many workspaces (OAuth); None: the one workspace of the bot token


def build_services(store: Store, outbox_client: AsyncWebClient, lease_ttl: float = LEASE_TTL,
                   workspaces: Workspaces | None = None) -> Services:
    """`outbox_client` sends the DM conversation's messages; it must not retry 429s itself (the outbox waits
    them out, and drops what a newer turn made stale). With `workspaces`, each workspace's messages go out with
    its own bot token (a copy of `outbox_client` per workspace)."""
    client_for = workspaces.clients(outbox_client) if workspaces is not None else None
    dm = DmAdvisor(store, Advisor(), outbox_client, lease_ttl, client_for)
    return Services(store=store, dm=dm, workspaces=workspaces)
