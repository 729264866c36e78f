"""Exactly-once handling of Slack deliveries, across retries, duplicate copies and several instances.

A delivery is handled only by whoever first claims all of its tokens in the shared store: the event id
(Slack's retries reuse it), the message (a mention arrives both as `message` and as `app_mention`), and
for channel answers the thread (one answer per thread). Every claim is kept under its workspace's id
(`scoped`): workspaces never share one, and uninstalling a workspace forgets its claims.
"""

from __future__ import annotations

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
