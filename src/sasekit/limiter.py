"""One request budget per source IP: the client's token bucket and the circuit breaker.

The service counts requests per source IP (2,000 in a rolling 60 s, 429 above that,
a 180 s block above 2,500, and refused requests count too). So the budget belongs to
the machine, not to one call or one process:

- every call of a client takes a token from one bucket (:class:`RateLimiter`), so a
  429 slows the whole client at once: the bucket *holds* every caller for the
  server's Retry-After and halves its rate, then climbs back after quiet periods;
- with ``shared`` (a file beside the token cache), every process on the machine takes
  from the same bucket under a file lock, so two imports on one IP together stay under
  the limit instead of each using all of it. The bucket is four numbers in the file;
  ``time.monotonic`` is the machine's clock, so processes agree on it;
- :class:`Breaker` stops a bulk run from spending minutes on retries when the service
  refuses connections: after ``threshold`` in a row it fails calls at once, then lets
  one through every ``cooldown`` seconds to see whether the service is back.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import math
import os
import struct
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import ServiceUnreachable

#: The documented limit (2,000 a minute), as a rate: what an unlimited client falls
#: back to when the service answers 429 anyway.
DOCUMENTED_PER_S = 2000 / 60.0
#: The slowest the bucket goes however many 429s come.
MIN_PER_S = 0.5
#: After this long without a 429 the rate climbs one step back towards its ceiling.
RECOVERY_S = 10.0
RECOVERY_FACTOR = 1.25
THROTTLE_FACTOR = 0.5

_FORMAT = struct.Struct("<5d")  # rate (inf: none), tokens, last, hold_until, last_429


@dataclass
class _State:
    rate: float
    tokens: float
    last: float
    hold_until: float
    last_429: float


class RateLimiter:
    """A token bucket that keeps every rolling 60 s under ``per_minute + burst``
    requests and adapts to the server's 429s.

    ``per_minute`` of None or 0 means no client-side limit until the server asks for
    one (a 429): the bucket then starts at the documented rate. Thread-safe; async
    callers await :meth:`wait_async`; the fan-out calls :meth:`reserve` and
    :meth:`held` and keeps its own timers.
    """

    def __init__(self, per_minute: float | None, burst: int = 20, clock: Callable[[], float] = time.monotonic,
                 shared: str | os.PathLike[str] | None = None) -> None:
        self.ceiling = per_minute / 60.0 if per_minute and per_minute > 0 else math.inf
        self.burst = max(1, burst)
        self._clock = clock
        self._lock = threading.Lock()
        now = clock()
        self._local = _State(self.ceiling, float(self.burst), now, 0.0, -math.inf)
        self.shared = Path(shared) if shared is not None else None
        self.throttles = 0  # 429s seen by this process, for reports and tests

    @property
    def rate(self) -> float:
        """Requests per second allowed now (``inf``: no limit)."""
        with self._state() as s:
            return s.rate

    @property
    def idle(self) -> bool:
        """True when no caller need wait: no limit, no hold, not shared with other
        processes. Read without the lock (a hold that begins meanwhile lets one more call
        go): the flows skip the limiter then, which saves every call a round trip."""
        s = self._local
        return self.shared is None and s.rate == math.inf and s.hold_until <= self._clock()

    def reserve(self) -> float:
        """Take one token; return how long the caller must wait before sending."""
        with self._state() as s:
            now = self._clock()
            self._recover(s, now)
            hold = max(0.0, s.hold_until - now)
            if math.isinf(s.rate):
                return hold
            if now > s.last:
                s.tokens = min(self.burst, s.tokens + (now - s.last) * s.rate)
                s.last = now
            s.tokens -= 1.0
            queued = 0.0 if s.tokens >= 0 else -s.tokens / s.rate
            return max(0.0, s.last - now) + queued

    def held(self) -> float:
        """Seconds left of a hold that began after the caller reserved (0: go)."""
        with self._state() as s:
            return max(0.0, s.hold_until - self._clock())

    def throttled(self, retry_after: float | None) -> None:
        """The server answered 429: hold every caller for ``retry_after`` (1 s when not
        given) and, once per episode, halve the rate."""
        self.throttles += 1
        with self._state() as s:
            now = self._clock()
            wait = retry_after if retry_after is not None and retry_after > 0 else 1.0
            if now >= s.hold_until:  # the first 429 of an episode; the rest were already in flight
                start = DOCUMENTED_PER_S if math.isinf(s.rate) else s.rate
                s.rate = max(MIN_PER_S, start * THROTTLE_FACTOR)
            s.hold_until = max(s.hold_until, now + wait)
            # no burst after the hold: one call goes at its end, the rest at the new rate
            s.tokens, s.last = 1.0, max(s.last, s.hold_until)
            s.last_429 = now

    def wait_sync(self, sleep: Callable[[float], None] = time.sleep) -> None:
        delay = self.reserve()
        while delay > 0:
            sleep(delay)
            delay = self.held()

    async def wait_async(self) -> None:
        delay = self.reserve()
        while delay > 0:
            await asyncio.sleep(delay)
            delay = self.held()

    def _recover(self, s: _State, now: float) -> None:
        if s.rate >= self.ceiling or now - s.last_429 < RECOVERY_S:
            return
        s.rate = s.rate * RECOVERY_FACTOR
        if s.rate >= self.ceiling or (math.isinf(self.ceiling) and s.rate >= DOCUMENTED_PER_S):
            s.rate = self.ceiling
        s.last_429 = now  # the next step after another quiet period

    @contextlib.contextmanager
    def _state(self) -> Iterator[_State]:
        with self._lock:
            if self.shared is None:
                yield self._local
                return
            with _locked_file(self.shared) as fd:
                raw = os.pread(fd, _FORMAT.size, 0)
                if len(raw) == _FORMAT.size:
                    s = _State(*_FORMAT.unpack(raw))
                    if s.rate > self.ceiling:
                        s.rate = self.ceiling  # the strictest of the processes' settings wins
                else:
                    s = _State(self.ceiling, float(self.burst), self._clock(), 0.0, -math.inf)
                yield s
                os.pwrite(fd, _FORMAT.pack(s.rate, s.tokens, s.last, s.hold_until, s.last_429), 0)


@contextlib.contextmanager
def _locked_file(path: Path) -> Iterator[int]:
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield fd
    finally:
        os.close(fd)  # closing releases the lock


def shared_bucket_path(directory: str | os.PathLike[str], api_host: str) -> Path:
    """Where processes on this machine keep the bucket for one API host."""
    import hashlib

    digest = hashlib.sha256(api_host.encode()).hexdigest()[:12]
    return Path(directory) / f"ratelimit-{digest}.bucket"


class Breaker:
    """Counts connection failures in a row across every call of a client."""

    def __init__(self, threshold: int, cooldown: float = 30.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.threshold = threshold
        self.cooldown = cooldown
        self._clock = clock
        self._lock = threading.Lock()
        self.failures = 0
        self._opened = -math.inf

    @property
    def open(self) -> bool:
        """Whether calls are being refused now."""
        with self._lock:
            return self.threshold > 0 and self.failures >= self.threshold and \
                self._clock() - self._opened < self.cooldown

    def check(self, method: str, path: str) -> bool:
        """Raise :class:`~sasekit.errors.ServiceUnreachable` while open; after the cooldown
        let one call through as a probe. True for that probe: it must end in
        :meth:`success`, :meth:`failure` or :meth:`abandoned`."""
        if self.failures < self.threshold or self.threshold <= 0:  # the common case, without the lock
            return False
        with self._lock:
            if self.threshold <= 0 or self.failures < self.threshold:
                return False
            now = self._clock()
            if now - self._opened >= self.cooldown:
                self._opened = now  # this call is the probe; the others keep failing fast
                return True
            raise ServiceUnreachable(method, path, self.failures, self.cooldown - (now - self._opened))

    def abandoned(self) -> None:
        """The probe was cut short with no answer (its caller stopped on a sibling call's
        error): the next call probes at once. Otherwise a caller that runs calls together
        and stops at the first refused one would cancel every probe, and stay refused
        after the service is back."""
        with self._lock:
            if self.failures >= self.threshold > 0:
                self._opened = self._clock() - self.cooldown

    def failure(self) -> None:
        with self._lock:
            self.failures += 1
            if self.failures == self.threshold:
                self._opened = self._clock()

    def success(self) -> None:
        if self.failures:
            with self._lock:
                self.failures = 0
