"""Prometheus metrics, served at GET /metrics (HTTP and Socket Mode). Labels are fixed words (kinds,
outcomes, levels, listener and method names, Slack error codes): never a user, channel or text."""

from __future__ import annotations

import re
from typing import Any

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)

REGISTRY = CollectorRegistry()

REQUESTS = Counter("advisor_events_total", "Slack requests (events, clicks, commands, forms) by type and outcome",
                   ["type", "outcome"], registry=REGISTRY)
REFUSED = Counter("advisor_refused_requests_total", "Requests refused at the edge, by reason", ["reason"],
                  registry=REGISTRY)
VERDICTS = Counter("advisor_verdicts_total", "Verdicts given, by level and surface (dm, form, quick)",
                   ["level", "surface"], registry=REGISTRY)
LISTENER_SECONDS = Histogram("advisor_listener_seconds", "Time a listener took, acknowledgement and work",
                             ["listener"], registry=REGISTRY,
                             buckets=(0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10, 30))
LISTENER_RUNS = Counter("advisor_listener_runs_total", "Listener runs by outcome", ["listener", "outcome"],
                        registry=REGISTRY)
SLACK_API_ERRORS = Counter("advisor_slack_api_errors_total", "Slack Web API error answers, by method and error",
                           ["method", "error"], registry=REGISTRY)
SLACK_API_RETRIES = Counter("advisor_slack_api_retries_total", "Slack Web API calls retried, by reason",
                            ["reason"], registry=REGISTRY)
OUTBOX_FAILURES = Counter("advisor_outbox_failures_total",
                          "Messages of a conversation Slack refused, by method and reason (busy, slack_error, refused), "
                          "and block messages sent again as plain text (plain_text)", ["method", "reason"],
                          registry=REGISTRY)
STORE_ERRORS = Counter("advisor_store_errors_total", "Store failures seen by listeners and the edge", ["kind"],
                       registry=REGISTRY)
CONVERSATIONS_ACTIVE = Gauge("advisor_conversations_active", "DM conversations being worked in this process",
                             registry=REGISTRY)

_WORD = re.compile(r"^[a-z0-9_.]{1,48}$")


def word(value: Any) -> str:
    """A label value: a short lower-case word as it is, anything else 'other'."""
    return value if isinstance(value, str) and _WORD.match(value) else "other"


def exposition() -> tuple[bytes, str]:
    """The metrics in Prometheus' text format, and its content type."""
    return generate_latest(REGISTRY), CONTENT_TYPE_LATEST


def outcome(status: int) -> str:
    if status < 300:
        return "acked"
    return "unavailable" if status >= 500 else "refused"
