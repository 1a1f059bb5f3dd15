"""Per source IP rate limiting, as the real gateway does it.

More than ``limit`` requests from one IP in a rolling ``window_s`` get 429; more than
``block_at`` get 403 and the IP is shut out for ``block_s`` seconds (the real numbers are
2,000 / 2,500 per 60 s and a 180 s block). Rejected requests count too: that is what
turns a client that ignores 429 into a blocked one, and the emulator must show a client
author that consequence.

``check`` runs on every request, so each IP keeps a deque of its timestamps inside the
window: appending is O(1) and every timestamp is popped once when it leaves the window.
IPs that fall silent are swept once per window, so memory is bounded by what one window
holds.
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from sasekit.emulator.config import RateLimit

__all__ = ["RateLimiter", "Verdict"]


@dataclass(frozen=True, slots=True)
class Verdict:
    """A refusal: the HTTP status (429 or 403) and the ``Retry-After`` value in seconds."""

    status: int
    retry_after: int


def _whole_seconds(delay: float) -> int:
    """Retry-After is whole seconds; round up so a client that obeys it is not refused again."""
    return max(1, math.ceil(delay))


class RateLimiter:
    """Rolling-window limiter keyed by source IP.

    ``cfg`` is read on every call, so changing its fields at run time takes effect at once.
    ``clock`` is monotonic seconds; tests pass a fake one.
    """

    def __init__(self, cfg: RateLimit, clock: Callable[[], float] = time.monotonic) -> None:
        self.cfg = cfg
        self._clock = clock
        self._hits: dict[str, deque[float]] = {}
        self._blocked_until: dict[str, float] = {}
        self._next_sweep = clock()

    def check(self, ip: str) -> Verdict | None:
        """Count one request from ``ip``; return ``None`` to serve it, or the refusal."""
        cfg = self.cfg
        if not cfg.enabled:
            return None
        now = self._clock()
        if now >= self._next_sweep:
            self._sweep(now)
        until = self._blocked_until.get(ip)
        if until is not None:
            if now < until:
                return Verdict(403, _whole_seconds(until - now))
            del self._blocked_until[ip]  # the block is served; the IP starts afresh
        hits = self._hits.get(ip)
        if hits is None:
            hits = self._hits[ip] = deque()
        horizon = now - cfg.window_s
        while hits and hits[0] <= horizon:
            hits.popleft()
        hits.append(now)
        count = len(hits)
        if count <= cfg.limit:
            return None
        if count > cfg.block_at:
            self._blocked_until[ip] = now + cfg.block_s
            # The history is irrelevant while blocked and the block outlasts it: free it.
            del self._hits[ip]
            return Verdict(403, _whole_seconds(cfg.block_s))
        # The next request is served once at most limit - 1 of these hits remain in the
        # window, i.e. once the one at index count - limit (0 = oldest) has left it. With
        # limit <= 0 there is never room; name the newest hit's exit as the honest bound.
        oldest_to_leave = hits[min(count - cfg.limit, count - 1)]
        return Verdict(429, _whole_seconds(oldest_to_leave + cfg.window_s - now))

    def _sweep(self, now: float) -> None:
        """Forget IPs with nothing left in the window and blocks that have ended.

        Runs at most once per window; every IP it visits made a request since the sweep
        before, so the cost is paid for by those requests.
        """
        horizon = now - self.cfg.window_s
        for ip in [ip for ip, hits in self._hits.items() if not hits or hits[-1] <= horizon]:
            del self._hits[ip]
        for ip in [ip for ip, until in self._blocked_until.items() if until <= now]:
            del self._blocked_until[ip]
        self._next_sweep = now + max(self.cfg.window_s, 1.0)

    def reset(self) -> None:
        """Forget every count and block (for the admin endpoint and between tests)."""
        self._hits.clear()
        self._blocked_until.clear()
        self._next_sweep = self._clock()
