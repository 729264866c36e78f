"""What the listeners share: the store, the stored conversations and the DM advisor. The listeners import
this module (never bot/app.py, which only wires)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.dm import DmAdvisor
from bot.sessions import Sessions
from bot.store import Store
from flows.conversation import Advisor


@dataclass
class Services:
    store: Store
    sessions: Sessions
    dm: DmAdvisor


def build_services(store: Store) -> Services:
    sessions = Sessions(store)
    return Services(store=store, sessions=sessions, dm=DmAdvisor(sessions, Advisor()))
