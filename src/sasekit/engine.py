"""The engine: every request sasekit sends is planned here and runs as a flow here.

Internal: users hold a :class:`~sasekit.client.Client` or ``AsyncClient``, thin
façades over one :class:`Engine` each. Everything else that talks to the service —
push and the job waiter (:mod:`sasekit.jobs`), folder discovery
(:mod:`sasekit.folders`), the health check (:mod:`sasekit.health`), the workflow
runner — builds on the engine's public methods, so a feature never brings its own
HTTP path:

- **planning**: :meth:`Engine.plan` looks an operation up in the catalog, routes and
  validates its parameters (every problem at once, before anything is sent);
- **flows**: :meth:`Engine.call`, :meth:`Engine.pages`, :meth:`Engine.list_all`,
  :meth:`Engine.existing`, :meth:`Engine.ensure`, :meth:`Engine.push`,
  :meth:`Engine.wait_job`, :meth:`Engine.folders`, :meth:`Engine.check`. A flow is a
  generator of actions (:mod:`sasekit.transport`) and does no I/O itself, so a flow
  that pages or pushes can run beside thousands of others on one thread;
- **drivers**: perform the actions. :class:`BlockingDriver` (httpx, blocking; a
  thread pool for many flows that block), :class:`AwaitedDriver` (httpx, awaited)
  and the libcurl :class:`~sasekit.fanout.FanoutDriver` (many flows on one thread).
  :meth:`Engine.run` and :meth:`Engine.run_many` pick the driver.
"""

from __future__ import annotations

import collections
import hashlib
import json
import logging
import os
import threading
import time
from collections.abc import AsyncIterator, Callable, Generator, Iterable, Iterator, Mapping
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, TypeVar
from urllib.parse import quote, urlencode

import httpx

from . import transport as t
from .auth import TokenManager
from .catalog import Catalog, Operation, load
from .errors import (
    APIError,
    EmptyResponseError,
    NameNotUnique,
    NotFound,
    RateLimitBlocked,
    TransportError,
    UnsupportedOperation,
    UnsupportedResource,
    ValidationError,
    parse_retry_after,
    redact,
)
from .limiter import Breaker, shared_bucket_path
from .settings import Settings
from .suggest import close_matches

if TYPE_CHECKING:
    from .folders import FolderList
    from .health import HealthReport

log = logging.getLogger(__name__)

T = TypeVar("T")
#: ``(index, result, error)`` of one flow of many, as it ends.
Outcome = tuple[int, Any, BaseException | None]

SCOPE_PARAMS = ("folder", "snippet", "device", "position")
BURST_WINDOW_S = 60.0
BURST_REQUESTS = 2000
BLOCK_MEMORY_S = 180.0
PAGE_SIZE = 200
#: The largest page a list of the configuration API returns: "Real tenants cap a page at
#: 5000" (shared/docs/api-facts.md, Parameters). No spec declares a ``maximum`` for
#: ``limit``, so the catalog has none; one it records wins (:func:`max_page_size`).
MAX_PAGE_SIZE = 5000
#: 429s one call may meet per retry it is allowed (each holds the whole client for its
#: Retry-After, and none is the call's own doing).
THROTTLED_PER_RETRY = 4


def page_cap(op: Operation) -> int | None:
    """The most items a page of ``op`` holds, where that is known: its ``limit`` maximum
    from the catalog, else :data:`MAX_PAGE_SIZE` on the configuration API; None for the
    Setup API, which documents no cap."""
    limit = op.parameters.get("limit")
    maximum = limit.constraints.get("maximum") if limit is not None else None
    if isinstance(maximum, int | float) and not isinstance(maximum, bool) and maximum >= 1:
        return int(maximum)
    return MAX_PAGE_SIZE if op.resource.family == "config" else None


def max_page_size(op: Operation) -> int:
    """The page size a full listing of ``op`` asks for: its :func:`page_cap`, else the
    service's default page, :data:`PAGE_SIZE`."""
    return page_cap(op) or PAGE_SIZE


@dataclass
class Plan:
    """One request, validated and ready: everything the flow needs to send it."""

    op: Operation
    method: str
    url: str
    path: str  # the API path, for messages
    query: dict[str, Any]
    body: dict[str, Any] | None
    #: Headers of the operation's own (the health APIs' ``x-panw-region``, ``prisma-tenant``),
    #: from the call or, by the catalog's ``setting`` facts, from the settings.
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def is_create(self) -> bool:
        return self.op.kind == "create"

    @property
    def idempotent(self) -> bool:
        return self.method in ("GET", "PUT", "DELETE", "HEAD")

    @property
    def safe_to_repeat(self) -> bool:
        """Idempotent, a create (a repeated create is recognised by name), or a read sent as a
        POST (``incident.search``, the Insights queries: the catalog's ``reads`` fact)."""
        return self.idempotent or self.is_create or bool(getattr(self.op, "reads", False))


# --------------------------------------------------------------------------- tokens

_registry_lock = threading.Lock()
_token_registry: dict[tuple[str, ...], TokenManager] = {}


def token_key(settings: Settings) -> tuple[str, ...]:
    """Everything that changes how a token is obtained or kept: token URL, client id,
    TSG, scope, the secret's fingerprint (never the secret) and the cache file."""
    fingerprint = hashlib.sha256(settings.client_secret.reveal().encode()).hexdigest()
    return (settings.token_url, settings.client_id, settings.tsg_id, settings.scope, fingerprint,
            settings.token_cache_file or "")


def shared_tokens(settings: Settings) -> TokenManager:
    """One token manager per :func:`token_key` in a process: clients that agree on all
    of it share one token; clients that differ in any of it never do."""
    key = token_key(settings)
    with _registry_lock:
        manager = _token_registry.get(key)
        if manager is None:
            manager = _token_registry[key] = TokenManager(settings)
        return manager


def forget_tokens() -> None:
    """Drop every shared token manager (tests count their own token requests)."""
    with _registry_lock:
        _token_registry.clear()


def shared_bucket(settings: Settings) -> Any:
    """The rate-limit bucket file processes on this machine share, beside the token
    cache (None without one: the bucket is then this process's own)."""
    if not settings.token_cache_file:
        return None
    from urllib.parse import urlsplit

    return shared_bucket_path(os.path.dirname(os.path.abspath(settings.token_cache_file)),
                              urlsplit(settings.base_url).netloc)


# --------------------------------------------------------------------------- flow helpers


def advance(flow: t.Flow[T], value: Any, error: BaseException | None) -> tuple[bool, Any]:
    """Move a flow one step: ``(True, its return value)`` when it ends, else
    ``(False, the next action)``. The one place drivers resume flows."""
    try:
        return False, (flow.throw(error) if error is not None else flow.send(value))
    except StopIteration as stop:
        return True, stop.value


def intercept(flow: t.Flow[Any], on_page: Callable[[list[Any]], bool]) -> t.Flow[bool]:
    """Run ``flow`` inside another flow: its actions pass through, the pages it emits go
    to ``on_page``. Returns True when ``on_page`` asked to stop (``flow`` is then closed)."""
    value: Any = None
    error: BaseException | None = None
    try:
        while True:
            done, action = advance(flow, value, error)
            if done:
                return False
            value, error = None, None
            if type(action) is t.Emit:
                if on_page(action.items):
                    return True
                continue
            try:
                value = yield action
            except GeneratorExit:
                raise
            except BaseException as exc:  # handed to the inner flow, which decides
                error = exc
    finally:
        flow.close()


def returning(flow: t.Flow[T], into: list[T]) -> t.Flow[None]:
    """``flow``, with its return value appended to ``into`` (for drivers that stream)."""
    into.append((yield from flow))


def same_content(sent: Mapping[str, Any], existing: Mapping[str, Any]) -> bool:
    """Whether an existing object is what a create sent (every sent field equal)."""
    return all(json.dumps(existing.get(k), sort_keys=True) == json.dumps(v, sort_keys=True)
               for k, v in sent.items())


def page_items(page: Any) -> tuple[list[Any], int | None]:
    """Items and total of a list answer: an envelope, a bare array, or (a by-name lookup on
    some endpoints) the one object itself."""
    if isinstance(page, list):
        return page, None
    if isinstance(page, dict):
        data = page.get("data")
        if data is None and ("id" in page or "name" in page):
            return [page], 1
        total = page.get("total")
        return (data if isinstance(data, list) else []), (int(total) if isinstance(total, int | float) else None)
    return [], None


def _query_value(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _request_id(response: Any) -> str:
    rid = response.headers.get("x-request-id")
    if rid:
        return str(rid)
    if response.status_code >= 400 and response.content[:1] == b"{":
        try:
            return str(response.json().get("_request_id", "-"))
        except ValueError:
            return "-"
    return "-"


# --------------------------------------------------------------------------- drivers


class Driver(Protocol):
    """Performs flows' actions with blocking I/O."""

    def run(self, flow: t.Flow[T]) -> T:
        """Run one flow to its return value."""
        ...

    def run_many(self, flows: Iterable[t.Flow[Any]], concurrency: int) -> Generator[Outcome, None, None]:
        """Run flows at most ``concurrency`` at a time; an :data:`Outcome` as each ends.
        The iterable is consumed lazily: ending it stops new flows from starting. A
        KeyboardInterrupt thrown in lets the calls on the wire finish first."""
        ...


class AsyncDriver(Protocol):
    """:class:`Driver`, awaited."""

    async def run(self, flow: t.Flow[T]) -> T: ...

    def run_many(self, flows: Iterable[t.Flow[Any]], concurrency: int) -> AsyncIterator[Outcome]: ...


class BlockingDriver:
    """httpx, blocking. Many flows run on a thread each: the driver for flows that
    block (webhooks, mail) and for custom httpx transports, which libcurl cannot use."""

    def __init__(self, http: httpx.Client, tokens: TokenManager, limiter: t.RateLimiter | None) -> None:
        self.http, self.tokens, self.limiter = http, tokens, limiter

    def stream(self, flow: t.Flow[Any]) -> Iterator[Any]:
        """Run a flow, yielding the items of the pages it emits."""
        value: Any = None
        error: BaseException | None = None
        while True:
            done, action = advance(flow, value, error)
            if done:
                return
            if type(action) is t.Emit:
                value, error = None, None
                yield from action.items
                action = None  # the page is not held while the next one is fetched
            else:
                value, error = self.perform(action)

    def perform(self, action: Any) -> tuple[Any, BaseException | None]:
        """One action's result, or the error to hand back to the flow (which decides)."""
        kind = type(action)
        if kind is t.Send:
            try:
                return self.http.send(t.to_httpx(self.http, action.request)), None
            except t.TRANSPORT_ERRORS as exc:
                return exc, None  # an answer that never came: the flow decides on a retry
        if kind is t.Acquire:
            if self.limiter is not None:
                self.limiter.wait_sync()
            return None, None
        if kind is t.Sleep:
            time.sleep(action.seconds)
            return None, None
        if kind is t.Token:
            try:
                return self.tokens.get_sync(self.http, action.stale), None
            except Exception as exc:
                return None, exc
        return None, TypeError(f"unknown flow action {action!r}")

    def run(self, flow: t.Flow[T]) -> T:
        result: list[T] = []
        for item in self.stream(returning(flow, result)):
            raise RuntimeError(f"flow emitted {item!r} outside a streaming call")
        return result[0]

    def run_many(self, flows: Iterable[t.Flow[Any]], concurrency: int) -> Generator[Outcome, None, None]:
        return threaded(self.run, flows, concurrency)


def threaded(run: Callable[[t.Flow[Any]], Any], flows: Iterable[t.Flow[Any]], concurrency: int
             ) -> Generator[Outcome, None, None]:
    """Flows on a pool of ``concurrency`` threads, each run to its end by ``run``."""
    t.check_concurrency(concurrency)
    source = enumerate(flows)
    pending: dict[Future[Any], int] = {}
    with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="sasekit-many") as pool:
        try:
            while True:
                while len(pending) < concurrency:
                    nxt = next(source, None)
                    if nxt is None:
                        break
                    pending[pool.submit(run, nxt[1])] = nxt[0]
                if not pending:
                    return
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in finished:
                    index = pending.pop(future)
                    error = future.exception()
                    yield (index, None, error) if error is not None else (index, future.result(), None)
        except KeyboardInterrupt:
            wait(pending)  # the calls on the wire finish, as they do on the fan-out
            raise


class AwaitedDriver:
    """httpx, awaited: for the asyncio client."""

    def __init__(self, http: httpx.AsyncClient, tokens: TokenManager, limiter: t.RateLimiter | None) -> None:
        self.http, self.tokens, self.limiter = http, tokens, limiter

    async def stream(self, flow: t.Flow[Any]) -> AsyncIterator[Any]:
        value: Any = None
        error: BaseException | None = None
        while True:
            done, action = advance(flow, value, error)
            if done:
                return
            if type(action) is t.Emit:
                value, error = None, None
                for item in action.items:
                    yield item
            else:
                value, error = await self.perform(action)

    async def perform(self, action: Any) -> tuple[Any, BaseException | None]:
        """:meth:`BlockingDriver.perform`, awaited."""
        import asyncio

        kind = type(action)
        if kind is t.Send:
            try:
                return await self.http.send(t.to_httpx(self.http, action.request)), None
            except t.TRANSPORT_ERRORS as exc:
                return exc, None
        if kind is t.Acquire:
            if self.limiter is not None:
                await self.limiter.wait_async()
            return None, None
        if kind is t.Sleep:
            await asyncio.sleep(action.seconds)
            return None, None
        if kind is t.Token:
            try:
                return await self.tokens.get_async(self.http, action.stale), None
            except Exception as exc:
                return None, exc
        return None, TypeError(f"unknown flow action {action!r}")

    async def run(self, flow: t.Flow[T]) -> T:
        result: list[T] = []
        async for item in self.stream(returning(flow, result)):
            raise RuntimeError(f"flow emitted {item!r} outside a streaming call")
        return result[0]

    async def run_many(self, flows: Iterable[t.Flow[Any]], concurrency: int) -> AsyncIterator[Outcome]:
        """At most ``concurrency`` tasks; an outcome as each ends. The next flow is
        taken only after the caller has seen the outcomes so far, as on the other drivers."""
        import asyncio

        t.check_concurrency(concurrency)
        source = enumerate(flows)
        pending: dict[asyncio.Task[Any], int] = {}
        try:
            while True:
                while len(pending) < concurrency:
                    nxt = next(source, None)
                    if nxt is None:
                        break
                    pending[asyncio.ensure_future(self.run(nxt[1]))] = nxt[0]
                if not pending:
                    return
                finished, _ = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
                for task in finished:
                    index = pending.pop(task)
                    error = task.exception()
                    yield (index, None, error) if error is not None else (index, task.result(), None)
        finally:
            for task in pending:
                task.cancel()


# --------------------------------------------------------------------------- the engine


class Engine:
    """Planning, the request flows, and the drivers that run them for one client."""

    def __init__(self, settings: Settings, *, catalog: Catalog | None = None, validate: bool = True,
                 url_family: str = "legacy", retry: t.RetryPolicy | None = None,
                 rate_limit: float | None = None, tokens: TokenManager | None = None,
                 transport: httpx.BaseTransport | None = None, custom_transport: bool = False) -> None:
        if url_family not in ("legacy", "unified"):
            raise ValueError("url_family must be 'legacy' or 'unified'")
        self.settings = settings
        self.catalog = catalog or load()
        self.validate = validate
        self.url_family = url_family
        self.retry = retry or t.RetryPolicy(settings.max_retries, settings.retry_budget)
        per_minute = settings.rate_limit_per_minute if rate_limit is None else rate_limit
        self.limiter = t.RateLimiter(per_minute, shared=shared_bucket(settings))
        self.breaker = Breaker(settings.max_connect_failures)
        self.tokens = tokens or shared_tokens(settings)
        self.verify = settings.verify_tls and t.needs_tls(settings.base_url, settings.auth_url,
                                                          settings.setup_url)
        self._transport = transport
        # libcurl cannot go through an httpx transport of the caller's: threads then
        self.libcurl = transport is None and not custom_transport
        self._http: httpx.Client | None = None
        self._driver: BlockingDriver | None = None
        self._http_lock = threading.Lock()
        self._sent: collections.deque[float] = collections.deque(maxlen=BURST_REQUESTS)
        self._ops: dict[tuple[str, str], Operation] = {}
        #: header name -> setting, per operation that declares headers the settings fill in
        self._op_headers: dict[tuple[str, str], dict[str, str]] = {}
        self._bases: dict[str, str] = {}  # resource family -> the base URL of its host
        self._last_429 = -1e9
        #: What job deadlines are measured on (monotonic seconds); tests put a fake clock here.
        self.clock: Callable[[], float] = time.monotonic

    # ------------------------------------------------------------------ drivers

    @property
    def http(self) -> httpx.Client:
        """The blocking httpx client (also fetches tokens for the fan-out); built on first use."""
        if self._http is None:
            with self._http_lock:
                if self._http is None:
                    s = self.settings
                    self._http = t.sync_http(s.connect_timeout, s.read_timeout, self.verify, self._transport)
        return self._http

    @property
    def driver(self) -> BlockingDriver:
        if self._driver is None:
            self._driver = BlockingDriver(self.http, self.tokens, self.limiter)
        return self._driver

    def fanout(self) -> Driver:
        """The libcurl fan-out with this engine's settings (see :mod:`sasekit.fanout`)."""
        from .fanout import FanoutDriver

        s = self.settings
        return FanoutDriver(self.http, self.tokens, self.limiter, connect_timeout=s.connect_timeout,
                            read_timeout=s.read_timeout, verify=s.verify_tls)

    def run(self, flow: t.Flow[T]) -> T:
        """Run one flow to its return value, blocking."""
        return self.driver.run(flow)

    def stream(self, flow: t.Flow[Any]) -> Iterator[Any]:
        """Run a flow that emits pages, yielding their items."""
        return self.driver.stream(flow)

    def run_many(self, flows: Iterable[t.Flow[Any]], concurrency: int, *, blocking: bool = False
                 ) -> Generator[Outcome, None, None]:
        """Run flows at most ``concurrency`` at a time; an :data:`Outcome` as each ends.

        Flows that only yield actions share one thread over libcurl; ``blocking`` flows
        (ones that do I/O of their own) get a thread each, as do all flows when the
        engine sends through a custom httpx transport.
        """
        t.check_concurrency(concurrency)
        if blocking or not self.libcurl:
            return self.driver.run_many(flows, concurrency)
        return self.fanout().run_many(flows, concurrency)

    def close(self) -> None:
        if self._http is not None:
            self._http.close()

    # ------------------------------------------------------------------ planning

    def operation(self, resource: str, operation: str) -> Operation:
        hit = self._ops.get((resource, operation))
        if hit is not None:
            return hit
        if resource not in self.catalog:
            raise UnsupportedResource(resource, close_matches(resource, list(self.catalog)))
        names = self.catalog.operation_names(resource)
        if operation not in names:
            raise UnsupportedOperation(resource, operation, close_matches(operation, names))
        # The URL family's own variant: its path, parameters and schemas.
        op = self.catalog[resource].operations[operation].variant(self.url_family)
        self._ops[(resource, operation)] = op
        return op

    def header_settings(self, resource: str, operation: str) -> dict[str, str]:
        """Header name -> the setting it is sent from, for the headers the catalog says the
        settings fill in (``{"x-panw-region": "panw_region", "prisma-tenant": "prisma_tenant"}``
        on ``incident.search``; ``{}`` on the configuration API). Data, not paths: the
        parameters' ``setting`` facts."""
        key = (resource, operation)
        found = self._op_headers.get(key)
        if found is None:
            op = self.operation(resource, operation)
            found = self._op_headers[key] = {name: p.setting for name, p in op.parameters.items()
                                             if p.location == "header" and p.setting}
        return found

    def base_url(self, family: str) -> str:
        """The base URL of a resource family's host: ``base_url``, or the one the catalog's
        ``families`` names (``setup_url``; ``incidents_url`` and ``insights_url`` for the
        health APIs)."""
        base = self._bases.get(family)
        if base is None:
            host = (self.catalog.families.get(family) or {}).get("host", "base")
            base = self._bases[family] = self.settings.host_url(host).rstrip("/")
            self._require_tls(base)
        return base

    def _require_tls(self, url: str) -> None:
        """An https host where the others are plain http (an emulator for the configuration
        API, the real host for the health APIs): the blocking client verifies certificates
        from here on. Only then is the TLS context built (~0.1 s), not for every client."""
        if self.verify or not self.settings.verify_tls or not t.needs_tls(url):
            return
        with self._http_lock:
            if not self.verify:
                self.verify = True
                self._http = None  # rebuilt with verification; calls under way keep the old one
                self._driver = None

    def plan(self, resource: str, operation: str, params: Mapping[str, Any] | None = None) -> Plan:
        """The validated request; raises ``ValidationError`` with every problem at once."""
        from .validate import route, validate_params

        op = self.operation(resource, operation)
        params = dict(params or {})
        settings_of = self.header_settings(resource, operation)
        defaults = {name: self.settings.header_value(setting) for name, setting in settings_of.items()} \
            if settings_of else None
        if self.validate:
            routed, problems = validate_params(op, params, defaults)
            if problems:
                raise ValidationError(problems, resource=resource, operation=operation)
        else:
            routed = route(op, params)
            if routed.unknown:
                routed.query.update(routed.unknown)
            for name, value in (defaults or {}).items():
                if value and not routed.headers.get(name):
                    routed.headers[name] = value
        path = op.path
        for name, value in routed.path.items():
            path = path.replace("{" + name + "}", quote(str(value), safe=""))
        base = self.base_url(op.resource.family)
        query = {k: _query_value(v) for k, v in routed.query.items()}
        body = routed.body if op.body is not None else None
        headers = {k: str(v) for k, v in routed.headers.items()} if routed.headers else {}
        return Plan(op, op.method, base + path, path, query, body, headers)

    def plan_many(self, resource: str, operation: str, items: Iterable[Mapping[str, Any]]) -> list[Plan]:
        """Every item of a bulk call planned (validated) before any is sent."""
        plans = []
        for i, params in enumerate(items):
            try:
                plans.append(self.plan(resource, operation, params))
            except ValidationError as exc:
                raise ValidationError(exc.problems, resource=resource,
                                      operation=f"{operation} (item {i})") from None
        return plans

    def build(self, plan: Plan, token: str) -> t.Outgoing:
        headers = {"Authorization": f"Bearer {token}", **plan.headers} if plan.headers else \
            {"Authorization": f"Bearer {token}"}
        # The query is encoded here, once: httpx would parse the URL a second time for params=.
        url = f"{plan.url}?{urlencode(plan.query, doseq=True)}" if plan.query else plan.url
        if plan.body is not None:
            headers["Content-Type"] = "application/json"
            return t.Outgoing(plan.method, url, headers, t.json_body(plan.body))
        return t.Outgoing(plan.method, url, headers)

    # ------------------------------------------------------------------ the request flow

    def call(self, plan: Plan) -> t.Flow[Any]:
        """Send one planned request with retries; return the decoded answer.

        Retries follow :class:`~sasekit.transport.RetryPolicy`. A 401 fetches a new token
        and replays the request once per token: a call that outlives several tokens
        (long Retry-After waits, short-lived tokens) replays on each, and only a token
        refused on its first use is a real authentication failure. A 429 holds every
        call of the client (:meth:`~sasekit.limiter.RateLimiter.throttled`). A create
        whose earlier attempt may have been applied (its answer lost, a 5xx) and which
        then fails in any way is looked up by name: the object it made is the answer.
        """
        retry = self.retry
        attempt, slept = 0, 0.0
        ambiguous = False  # an earlier attempt may have been applied by the server
        fresh = False  # the token was fetched because the last answer was a 401
        refreshes = throttled = 0
        token = yield t.Token()
        while True:
            probe = self.breaker.check(plan.method, plan.path)
            try:
                if not self.limiter.idle:
                    yield t.ACQUIRE
                started = time.perf_counter()
                self._sent.append(time.monotonic())
                outcome = yield t.Send(self.build(plan, token))
            except GeneratorExit:  # closed by its caller before the answer came
                if probe:
                    self.breaker.abandoned()
                raise
            elapsed_ms = (time.perf_counter() - started) * 1000

            if isinstance(outcome, BaseException):
                never_sent = isinstance(outcome, t.NEVER_SENT)
                if isinstance(outcome, t.REFUSED):
                    self.breaker.failure()
                log.debug("%s %s -> %s after %.1f ms", plan.method, plan.path, type(outcome).__name__, elapsed_ms)
                ambiguous = ambiguous or not never_sent
                fresh = False
                delay = retry.backoff(attempt + 1)
                if (retry.retries_failure(never_sent, plan.safe_to_repeat)
                        and retry.allows(attempt + 1, slept, delay, connect=never_sent)
                        and not self.breaker.open):
                    log.info("retrying %s %s in %.2f s after %s", plan.method, plan.path, delay,
                             type(outcome).__name__)
                    attempt, slept = attempt + 1, slept + delay
                    yield t.Sleep(delay)
                    continue
                failure: BaseException = TransportError(outcome, method=plan.method, path=plan.path,
                                                        may_have_reached_server=ambiguous)
                log.info("%s", failure)  # raised to the caller: a library does not also warn
                found = yield from self._applied(plan, ambiguous)
                if found is not None:
                    return found
                raise failure from None

            self.breaker.success()
            response = outcome
            status = response.status_code
            if log.isEnabledFor(logging.DEBUG):
                log.debug("%s %s -> %s in %.1f ms (request id %s)", plan.method, plan.path, status, elapsed_ms,
                          _request_id(response))
            if status == 401 and not fresh and refreshes <= retry.max_retries:
                fresh, refreshes = True, refreshes + 1
                token = yield t.Token(stale=token)
                continue
            fresh = False
            if status < 400:
                return self.decode(plan, response)
            retry_after = parse_retry_after(response.headers.get("retry-after"))
            if status == 429:
                self._last_429 = time.monotonic()
                self.limiter.throttled(retry_after)
            if status == 429 and throttled < THROTTLED_PER_RETRY * retry.max_retries:
                # not the call's fault and not processed: the limiter's hold is the wait
                throttled += 1
                log.info("%s %s: HTTP 429; every call waits %.1f s", plan.method, plan.path, self.limiter.held())
                continue
            if retry.retries_status(status, plan.safe_to_repeat):
                if status != 429:
                    ambiguous = True
                delay = retry.backoff(attempt + 1, retry_after)
                if retry.allows(attempt + 1, slept, delay):
                    log.info("retrying %s %s in %.2f s after HTTP %s", plan.method, plan.path, delay, status)
                    attempt, slept = attempt + 1, slept + delay
                    yield t.Sleep(delay)
                    continue
            # libcurl (the fan-out) may have resent the request on a new connection by itself
            ambiguous = ambiguous or getattr(response, "resent", False)
            if ambiguous and status == 404 and plan.method == "DELETE":
                return None
            error = APIError.from_response(status, plan.method, plan.path, response.content, response.headers,
                                           after_burst=self._after_burst())
            if isinstance(error, RateLimitBlocked):
                self.limiter.throttled(retry_after)  # the source IP is shut out: nobody sends meanwhile
            # raised to the caller, so not a warning (with logging unconfigured, Python prints
            # warnings on stderr); the body, redacted, only at debug
            log.info("%s", error)
            if log.isEnabledFor(logging.DEBUG):
                log.debug("%s %s answer body: %s", plan.method, plan.path,
                          redact(response.text[:4000], self.tokens.secrets))
            found = yield from self._applied(plan, ambiguous)
            if found is not None:
                return found
            raise error

    def _applied(self, plan: Plan, ambiguous: bool) -> t.Flow[dict[str, Any] | None]:
        """For a create whose earlier attempt may have been applied: the object it made
        (exact name, same content), or None. A lookup that fails says nothing."""
        if not (ambiguous and plan.is_create):
            return None
        try:
            existing = yield from self.existing(plan)
        except (APIError, TransportError):
            return None
        if existing is None or not same_content(plan.body or {}, existing):
            return None
        log.info("%s %s: the earlier attempt had created it; using %s", plan.method, plan.path, existing.get("id"))
        return existing

    def existing(self, plan: Plan) -> t.Flow[dict[str, Any] | None]:
        """The object a create would have made: the exact name in the same place, looked
        for on every page of the list (a name filter may match by substring), or None."""
        name = (plan.body or {}).get("name")
        resource = plan.op.resource.key
        if not name or "list" not in self.catalog.operation_names(resource):
            return None
        listing = self.operation(resource, "list")
        # The container is in the query (legacy family) or in the body (unified family).
        placed = {**(plan.body or {}), **plan.query}
        params = {k: v for k, v in placed.items() if k in SCOPE_PARAMS and k in listing.parameters}
        if "name" in listing.parameters:
            params["name"] = name
        found: list[dict[str, Any]] = []

        def look(items: list[Any]) -> bool:
            found.extend(i for i in items if isinstance(i, dict) and i.get("name") == name)
            return bool(found)

        try:
            yield from intercept(self.pages(resource, "list", params), look)
        except NotFound:  # a by-name lookup that finds nothing answers 404 on some endpoints
            return None
        return found[0] if found else None

    def ensure(self, plan: Plan) -> t.Flow[tuple[Any, bool]]:
        """``(answer, already_there)``: a create whose object already exists with the same
        content counts as done (a repeated run, a resumed one); other calls as :meth:`call`."""
        try:
            return (yield from self.call(plan)), False
        except NameNotUnique:
            if not plan.is_create:
                raise
            existing = yield from self.existing(plan)
            if existing is None or not same_content(plan.body or {}, existing):
                raise
            log.info("%s %r already exists with the same content: counted as done", plan.op.resource.key,
                     (plan.body or {}).get("name"))
            return existing, True

    def _after_burst(self) -> bool:
        now = time.monotonic()
        if now - self._last_429 < BLOCK_MEMORY_S:
            return True
        recent = sum(1 for s in self._sent if now - s < BURST_WINDOW_S)
        return recent >= BURST_REQUESTS

    def decode(self, plan: Plan, response: Any) -> Any:
        content = response.content
        if not content or not content.strip():
            if plan.method == "DELETE":
                return None
            raise EmptyResponseError(plan.method, plan.path, response.status_code)
        try:
            return json.loads(content)
        except ValueError:
            return response.text

    # ------------------------------------------------------------------ pagination

    def pages(self, resource: str, operation: str = "list", filters: Mapping[str, Any] | None = None,
              page_size: int | None = None) -> t.Flow[None]:
        """Every page of a list, emitted as it arrives (:class:`~sasekit.transport.Emit`).

        Operations that declare ``limit``/``offset`` are paged with them, ``page_size``
        items a page (default: the largest the operation allows, :func:`max_page_size`).
        Others are called once; if the answer is an envelope whose ``total`` says more
        items exist (the job list does this), the following pages are asked for with ``offset``.
        """
        op = self.operation(resource, operation)
        page_size = page_size or max_page_size(op)
        params = dict(filters or {})
        offset = int(params.pop("offset", 0) or 0) if op.paginates else 0
        limit = int(params.pop("limit", page_size) or page_size) if op.paginates else page_size
        plan = self.plan(resource, operation, {**params, "limit": limit, "offset": offset} if op.paginates
                         else params)
        while True:
            page = yield from self.call(plan)
            items, total = page_items(page)
            yield t.Emit(items)
            offset, count = offset + len(items), len(items)
            page = None
            del items  # neither is held while the next page is fetched (a 100,000-item list)
            if op.paginates:
                # the end: an empty page, the total reached, or (no total given) a short page;
                # a service that caps pages below ``limit`` answers short pages and a total
                if not count or (offset >= total if total is not None else count < limit):
                    return None
                plan = self.plan(resource, operation, {**params, "limit": limit, "offset": offset})
            else:
                if total is None or not count or offset >= total:
                    return None
                plan = Plan(plan.op, plan.method, plan.url, plan.path, {**plan.query, "offset": offset},
                            plan.body, plan.headers)

    def list_all(self, resource: str, operation: str = "list", filters: Mapping[str, Any] | None = None,
                 page_size: int | None = None) -> t.Flow[list[Any]]:
        """Every item of a list, as one list (pages as in :meth:`pages`)."""
        items: list[Any] = []

        def keep(page: list[Any]) -> bool:
            items.extend(page)
            return False

        yield from intercept(self.pages(resource, operation, filters, page_size), keep)
        return items

    # ------------------------------------------------------------------ composite flows

    def push(self, folders: list[str], description: str = "", *, wait: bool = True, timeout: float = 1800,
             progress: Any = None, since: float | None = None, on_sending: Callable[[float], None] | None = None,
             on_job: Callable[[str], None] | None = None) -> t.Flow[Any]:
        """Push the candidate configuration; with ``wait``, follow the job tree to its end.
        A push whose answer was lost is found in the job list, not sent twice; ``since``,
        ``on_sending`` and ``on_job`` let a caller resume one (:func:`sasekit.jobs.push_flow`)."""
        from .jobs import push_flow

        return push_flow(self, folders, description, wait, timeout, progress, since=since,
                         on_sending=on_sending, on_job=on_job)

    def wait_job(self, job_id: str, *, timeout: float = 1800, progress: Any = None) -> t.Flow[dict[str, Any]]:
        """Poll a job and its children until all are done (raises JobFailed / JobTimeout)."""
        from .jobs import wait_flow

        return wait_flow(self, str(job_id), timeout, progress, clock=self.clock)

    def folders(self) -> t.Flow[FolderList]:
        """Live folders, or the six system folders without the Setup API role."""
        from .folders import folders_flow

        return folders_flow(self)

    def check(self) -> t.Flow[HealthReport]:
        """A token plus one light call, with the guide's remedies."""
        from .health import check_flow

        return check_flow(self)
