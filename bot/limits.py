"""How often one person may use the surfaces outside the DM's queue: /migrate-check and the channel answers.

The DM has its own limit (each user's queue holds QUEUE_LIMIT inputs, bot/inbox.py). A quick /migrate-check is
read and assessed at once, and a channel answer posts into the channel: one member sending hundreds of them
would take the CPU, or flood a thread. Each (workspace, user) gets a bucket of BURST uses that refills at RATE per
second, in this process's memory (a few hundred bytes per active user; the least recently used are forgotten past
USERS_KEPT). Several instances each keep their own: the limit is per instance, which is what it protects.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable

BURST = 10          # uses in a row
RATE = 0.5          # uses per second after that (one every 2 s)
USERS_KEPT = 10_000


class PerUser:
    def __init__(self, burst: float = BURST, rate: float = RATE, kept: int = USERS_KEPT,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.burst, self.rate, self.kept, self.clock = burst, rate, kept, clock
        self._buckets: OrderedDict[tuple[str, str], tuple[float, float]] = OrderedDict()

    def allow(self, team: str | None, user: str | None) -> bool:
        """One use by this user, if their bucket has one; False when they are going too fast."""
        key, now = (team or "-", user or "-"), self.clock()
        tokens, at = self._buckets.pop(key, (self.burst, now))
        tokens = min(self.burst, tokens + (now - at) * self.rate)
        allowed = tokens >= 1
        self._buckets[key] = (tokens - 1 if allowed else tokens, now)
        if len(self._buckets) > self.kept:
            self._buckets.popitem(last=False)
        return allowed
