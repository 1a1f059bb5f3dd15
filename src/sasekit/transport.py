"""What request flows are made of, and the HTTP settings every driver shares: the
flow actions, the one retry configuration, the rate limiter, the httpx clients.

A flow is a generator that yields actions (:class:`Send`, :class:`Sleep`,
:class:`Acquire`, :class:`Token`, :class:`Emit`) and receives their results. The
logic of a call — retries, 401 replay, create de-duplication, pagination, job
polling — is written once as flows (:mod:`sasekit.engine`); the drivers there and in
:mod:`sasekit.fanout` perform the actions. So the clients cannot drift apart, and a
token refresh and a throttling retry can never multiply each other: both live in
one loop.
"""

from __future__ import annotations

import json
import random
from collections.abc import Generator
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx

from .limiter import RateLimiter

__all__ = ["ACQUIRE", "CONCURRENCY", "Acquire", "Emit", "Flow", "Outgoing", "RateLimiter", "RetryPolicy",
           "Send", "Sleep", "Token", "check_concurrency", "json_body"]

# Exceptions raised before the request could have reached the server.
NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Refused or unreachable: what the client's breaker counts (a timeout on a live server does not).
REFUSED = (httpx.ConnectError,)
# Everything a failed exchange can raise, including a server dropping the connection
# of an in-process (ASGI) app, which surfaces as a plain ConnectionError.
TRANSPORT_ERRORS = (httpx.TransportError, ConnectionError, TimeoutError)
BACKOFF_CAP = 60.0
# How many calls a bulk call or a workflow loop may keep on the wire at once: the
# httpx pool's size, and far more than a tenant's 2,000 requests a minute can use.
CONCURRENCY = range(1, 65)


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
    """Hand a page of items to the caller of a streaming flow (pagination)."""

    items: list[Any]


T = TypeVar("T")
#: A request flow whose return value is a ``T``; it yields actions and receives their results.
Flow = Generator[Any, Any, T]


# --------------------------------------------------------------------------- retry policy


@dataclass
class RetryPolicy:
    """The one place that says what is retried, how long to wait, and for how long.

    An answer is retried when its status is in ``statuses`` and the request is safe to
    repeat: a 429 always (the service did not process it), a 5xx when the request is
    idempotent (GET, PUT, DELETE) or a create (which is de-duplicated by name: a create
    the server applied before failing is found and used). A failed exchange — a dropped
    connection, a timeout — is retried when the request never left, or is safe to
    repeat; a refused connection at most ``connect_retries`` times, since it is rarely
    transient (and the client's breaker, :class:`sasekit.limiter.Breaker`, stops a bulk
    run after several in a row). Waits are full-jitter exponential backoff under
    ``cap``, never shorter than the server's Retry-After; ``max_retries`` bounds the
    retries of one call and ``budget`` the seconds it may spend waiting between them.
    A 401 is not a retry: every new token may be replayed once (``Engine.call``).
    """

    max_retries: int = 5
    budget: float = 120.0
    connect_retries: int = 2
    base: float = 1.0
    cap: float = BACKOFF_CAP
    rng: random.Random | None = None
    statuses: frozenset[int] = field(default_factory=lambda: frozenset({429, 500, 502, 503, 504}))

    def retries_status(self, status: int, safe_to_repeat: bool) -> bool:
        """Whether an answer with this status is worth another try."""
        return status in self.statuses and (status == 429 or safe_to_repeat)

    def retries_failure(self, never_sent: bool, safe_to_repeat: bool) -> bool:
        """Whether a failed exchange (no answer) is worth another try."""
        return never_sent or safe_to_repeat

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


# --------------------------------------------------------------------------- HTTP clients

DEFAULT_HEADERS = {"Accept": "application/json", "User-Agent": "sasekit"}


def json_body(value: Any) -> bytes:
    """A JSON request body, encoded as httpx's ``json=`` encodes it."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")


def to_httpx(http: httpx.Client | httpx.AsyncClient, request: Outgoing) -> httpx.Request:
    return http.build_request(request.method, request.url, headers=request.headers, content=request.body)


def check_concurrency(n: object) -> int:
    """``n`` if it is an allowed number of calls on the wire at once (:data:`CONCURRENCY`)."""
    if not isinstance(n, int) or isinstance(n, bool) or n not in CONCURRENCY:
        raise ValueError(f"concurrency must be a whole number from {CONCURRENCY.start} to "
                         f"{CONCURRENCY.stop - 1}, not {n!r}")
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
