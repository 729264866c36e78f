"""Exactly-once handling of Slack deliveries, across retries, duplicate copies and several instances.

A delivery is handled only by whoever first claims all of its tokens in the shared store: the event id
(Slack's retries reuse it), the message (a mention arrives both as `message` and as `app_mention`), and
for channel answers the thread (one answer per thread). Every claim is kept under its workspace's id
(`scoped`): workspaces never share one, and uninstalling a workspace forgets its claims.
"""

from __future__ import annotations

from bot.store import Store

CLAIM_TTL = 3600.0  # Slack retries within minutes; an hour covers them with room to spare


def event_token(event_id: str | None) -> list[str]:
    return [f"event:{event_id}"] if event_id else []


def message_token(channel: str, ts: str) -> str:
    return f"msg:{channel}:{ts}"


def thread_token(channel: str, thread_ts: str) -> str:
    return f"thread:{channel}:{thread_ts}"


def scoped(team: str | None, token: str) -> str:
    """A claim's token within its workspace (bot/workspaces.py forgets a workspace's claims by this prefix)."""
    return f"{team or '-'}:{token}"


async def claim_all(store: Store, team: str | None, tokens: list[str]) -> list[str] | None:
    """Claim every token of workspace `team`; None (keeping nothing new) when any was claimed before: a
    duplicate."""
    claimed: list[str] = []
    for token in (scoped(team, t) for t in tokens):
        if not await store.claim(token, CLAIM_TTL):
            return None
        claimed.append(token)
    return claimed


async def release_all(store: Store, tokens: list[str]) -> None:
    """Give the tokens back after a failure, so Slack's retry is handled."""
    for token in tokens:
        await store.release(token)
