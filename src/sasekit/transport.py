"""HTTP plumbing shared by the sync and async clients: one retry policy, one rate
limiter, and the drivers that run a request *flow* with blocking or awaited I/O.

A flow is a generator that yields actions (:class:`Send`, :class:`Sleep`,
:class:`Acquire`, :class:`Token`) and receives their results. The logic of a call —
retries, 401 replay, create de-duplication, pagination, job polling — is written
once as flows; :func:`run_sync` and :func:`run_async` perform the actions. So the
two clients cannot drift apart, and a token refresh and a throttling retry can
never multiply each other: both live in one loop.
"""

from __future__ import annotations

import asyncio
import json
import random
import threading
import time
from collections.abc import AsyncIterator, Generator, Iterator
from dataclasses import dataclass
from typing import Any

import httpx

# Statuses worth another try: throttled, or a gateway that may have lost the request.
RETRY_STATUSES = frozenset({429, 502, 503, 504})
# Exceptions raised before the request could have reached the server.
NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Everything a failed exchange can raise, including a server dropping the connection
# of an in-process (ASGI) app, which surfaces as a plain ConnectionError.
TRANSPORT_ERRORS = (httpx.TransportError, ConnectionError, TimeoutError)
BACKOFF_CAP = 60.0


# --------------------------------------------------------------------------- actions


@dataclass(frozen=True, slots=True)
class Outgoing:
    """A request as flows describe it; each driver turns it into its own library's request."""

    method: str
    url: str  # with the query already encoded
    headers: dict[str, str]
    body: bytes | None = None


@dataclass(frozen=True)
class Send:
    request: Outgoing


@dataclass(frozen=True)
class Sleep:
    seconds: float


@dataclass(frozen=True)
class Acquire:
    """Wait for the client-side rate limiter."""


ACQUIRE = Acquire()


@dataclass(frozen=True)
class Token:
    """Get a bearer token; ``stale`` is one the server refused, to be replaced."""

    stale: str | None = None


@dataclass(frozen=True)
class Emit:
    """Hand one item to the caller of a streaming flow (pagination)."""

    item: Any


Flow = Generator[Any, Any, Any]


# --------------------------------------------------------------------------- retry policy


@dataclass
class RetryPolicy:
    """Full-jitter exponential backoff, capped, honouring Retry-After, within a budget.

    ``max_retries`` bounds the number of retries of one call; ``budget`` bounds the
    seconds one call may spend sleeping between them.
    """

    max_retries: int = 5
    budget: float = 120.0
    connect_retries: int = 2  # a refused connection is rarely transient: fail fast
    base: float = 1.0
    cap: float = BACKOFF_CAP
    rng: random.Random | None = None

    def backoff(self, attempt: int, retry_after: float | None = None) -> float:
        """Delay before retry number ``attempt`` (1-based): full jitter under min(2^n, cap);
        never shorter than the server's Retry-After."""
        rng = self.rng or random
        delay = rng.uniform(0, min(self.cap, self.base * 2 ** attempt))
        if retry_after is not None:
            delay = max(delay, retry_after)
        return delay

    def allows(self, attempt: int, slept: float, delay: float, connect: bool = False) -> bool:
        limit = min(self.max_retries, self.connect_retries) if connect else self.max_retries
        return attempt <= limit and slept + delay <= self.budget


# --------------------------------------------------------------------------- rate limiter


class RateLimiter:
    """A token bucket that keeps any rolling 60 s window under the service's limit.

    The bucket refills at ``per_minute / 60`` per second and holds at most ``burst``
    tokens, so no 60-second window can see more than ``per_minute + burst`` requests.
    Thread-safe; async callers await :meth:`wait_async`.
    """

    def __init__(self, per_minute: float, burst: int = 20, clock: Any = time.monotonic) -> None:
        self.rate = per_minute / 60.0
        self.burst = max(1, burst)
        self._tokens = float(self.burst)
        self._clock = clock
        self._last = clock()
        self._lock = threading.Lock()

    def reserve(self) -> float:
        """Take one token; return how long the caller must wait for it."""
        with self._lock:
            now = self._clock()
            self._tokens = min(self.burst, self._tokens + (now - self._last) * self.rate)
            self._last = now
            self._tokens -= 1.0
            return 0.0 if self._tokens >= 0 else -self._tokens / self.rate

    def wait_sync(self) -> None:
        delay = self.reserve()
        if delay > 0:
            time.sleep(delay)

    async def wait_async(self) -> None:
        delay = self.reserve()
        if delay > 0:
            await asyncio.sleep(delay)


# --------------------------------------------------------------------------- drivers


def run_sync(flow: Flow, http: httpx.Client, tokens: Any, limiter: RateLimiter | None) -> Any:
    """Run a flow to its return value with blocking I/O."""
    holder: list[Any] = []
    for item in iter_sync(flow, http, tokens, limiter, holder):
        raise RuntimeError(f"flow emitted {item!r} outside a streaming call")
    return holder[0] if holder else None


def iter_sync(flow: Flow, http: httpx.Client, tokens: Any, limiter: RateLimiter | None,
              result: list[Any] | None = None) -> Iterator[Any]:
    """Run a flow, yielding what it emits; its return value is appended to ``result``."""
    value: Any = None
    error: BaseException | None = None
    while True:
        try:
            action = flow.throw(error) if error is not None else flow.send(value)
        except StopIteration as stop:
            if result is not None:
                result.append(stop.value)
            return
        value, error = None, None
        if isinstance(action, Send):
            try:
                value = http.send(to_httpx(http, action.request))
            except TRANSPORT_ERRORS as exc:
                value = exc
        elif isinstance(action, Acquire):
            if limiter is not None:
                limiter.wait_sync()
        elif isinstance(action, Sleep):
            time.sleep(action.seconds)
        elif isinstance(action, Token):
            try:
                value = tokens.get_sync(http, action.stale)
            except Exception as exc:  # handed back to the flow, which decides
                error = exc
        elif isinstance(action, Emit):
            yield action.item
        else:
            raise TypeError(f"unknown flow action {action!r}")


async def run_async(flow: Flow, http: httpx.AsyncClient, tokens: Any, limiter: RateLimiter | None) -> Any:
    """Run a flow to its return value with awaited I/O."""
    holder: list[Any] = []
    async for item in iter_async(flow, http, tokens, limiter, holder):
        raise RuntimeError(f"flow emitted {item!r} outside a streaming call")
    return holder[0] if holder else None


async def iter_async(flow: Flow, http: httpx.AsyncClient, tokens: Any, limiter: RateLimiter | None,
                     result: list[Any] | None = None) -> AsyncIterator[Any]:
    value: Any = None
    error: BaseException | None = None
    while True:
        try:
            action = flow.throw(error) if error is not None else flow.send(value)
        except StopIteration as stop:
            if result is not None:
                result.append(stop.value)
            return
        value, error = None, None
        if isinstance(action, Send):
            try:
                value = await http.send(to_httpx(http, action.request))
            except TRANSPORT_ERRORS as exc:
                value = exc
        elif isinstance(action, Acquire):
            if limiter is not None:
                await limiter.wait_async()
        elif isinstance(action, Sleep):
            await asyncio.sleep(action.seconds)
        elif isinstance(action, Token):
            try:
                value = await tokens.get_async(http, action.stale)
            except Exception as exc:
                error = exc
        elif isinstance(action, Emit):
            yield action.item
        else:
            raise TypeError(f"unknown flow action {action!r}")


# --------------------------------------------------------------------------- HTTP clients

DEFAULT_HEADERS = {"Accept": "application/json", "User-Agent": "sasekit"}


def json_body(value: Any) -> bytes:
    """A JSON request body, encoded as httpx's ``json=`` encodes it."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")


def to_httpx(http: httpx.Client | httpx.AsyncClient, request: Outgoing) -> httpx.Request:
    return http.build_request(request.method, request.url, headers=request.headers, content=request.body)


def check_concurrency(n: int) -> int:
    """How many calls a bulk call may keep on the wire at once."""
    if not 1 <= n <= 256:
        raise ValueError(f"concurrency must be from 1 to 256, not {n}")
    return n


def timeouts(connect: float, read: float) -> httpx.Timeout:
    return httpx.Timeout(connect=connect, read=read, write=read, pool=read)


def limits() -> httpx.Limits:
    return httpx.Limits(max_connections=64, max_keepalive_connections=32, keepalive_expiry=30)


def needs_tls(*urls: str) -> bool:
    """Whether any of the URLs is https (building a TLS context costs ~0.2 s at start-up)."""
    return any(not u.lower().startswith("http://") for u in urls if u)


def sync_http(connect: float, read: float, verify: bool = True, transport: Any = None) -> httpx.Client:
    return httpx.Client(timeout=timeouts(connect, read), limits=limits(), verify=verify,
                        transport=transport, headers=DEFAULT_HEADERS)


def async_http(connect: float, read: float, verify: bool = True, transport: Any = None) -> httpx.AsyncClient:
    return httpx.AsyncClient(timeout=timeouts(connect, read), limits=limits(), verify=verify,
                             transport=transport, headers=DEFAULT_HEADERS)
