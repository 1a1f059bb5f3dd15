"""``Client`` and ``AsyncClient``: any of the 344 operations through one code path.

``client.call(resource, operation, params)`` looks the operation up in the catalog,
routes flat parameters to path, query and body, validates them (every problem at
once, before anything is sent), and runs the request flow: rate limiter, bearer
token, one retry policy, one 401 refresh-and-replay, create de-duplication after an
ambiguous failure, typed errors. The flow is written once (:class:`Core`) and run
with blocking I/O by :class:`Client` and awaited I/O by :class:`AsyncClient`.
"""

from __future__ import annotations

import collections
import json
import logging
import threading
import time
from collections.abc import AsyncIterator, Generator, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlencode

import httpx

from . import transport as t
from .auth import TokenManager
from .catalog import Catalog, Operation, load
from .errors import (
    APIError,
    BulkFailed,
    EmptyResponseError,
    NotFound,
    TransportError,
    UnsupportedOperation,
    UnsupportedResource,
    ValidationError,
    parse_retry_after,
    redact,
)
from .settings import Settings, resolve

log = logging.getLogger(__name__)

SCOPE_PARAMS = ("folder", "snippet", "device", "position")
BURST_WINDOW_S = 60.0
BURST_REQUESTS = 2000
BLOCK_MEMORY_S = 180.0


@dataclass
class Plan:
    """One request, validated and ready: everything the flow needs to send it."""

    op: Operation
    method: str
    url: str
    path: str  # the API path, for messages
    query: dict[str, Any]
    body: dict[str, Any] | None

    @property
    def is_create(self) -> bool:
        return self.op.kind == "create"

    @property
    def idempotent(self) -> bool:
        return self.method in ("GET", "PUT", "DELETE", "HEAD")


_registry_lock = threading.Lock()
_token_registry: dict[tuple[str, str, str], TokenManager] = {}


def shared_tokens(settings: Settings) -> TokenManager:
    """One token manager per (token URL, client id, TSG) in a process: clients share tokens."""
    key = (settings.token_url, settings.client_id, settings.tsg_id)
    with _registry_lock:
        manager = _token_registry.get(key)
        if manager is None or manager.settings.client_secret != settings.client_secret:
            manager = _token_registry[key] = TokenManager(settings)
        return manager


class Core:
    """Everything the two clients share: planning, the request flow, decoding."""

    def __init__(self, settings: Settings, *, catalog: Catalog | None = None, validate: bool = True,
                 url_family: str = "legacy", retry: t.RetryPolicy | None = None,
                 rate_limit: float | None = None, tokens: TokenManager | None = None) -> None:
        if url_family not in ("legacy", "unified"):
            raise ValueError("url_family must be 'legacy' or 'unified'")
        self.settings = settings
        self.catalog = catalog or load()
        self.validate = validate
        self.url_family = url_family
        self.retry = retry or t.RetryPolicy(settings.max_retries, settings.retry_budget)
        per_minute = settings.rate_limit_per_minute if rate_limit is None else rate_limit
        self.limiter = t.RateLimiter(per_minute) if per_minute and per_minute > 0 else None
        self.tokens = tokens or shared_tokens(settings)
        self._sent: collections.deque[float] = collections.deque(maxlen=BURST_REQUESTS)
        self._ops: dict[tuple[str, str], Operation] = {}
        self._last_429 = -1e9

    # ------------------------------------------------------------------ planning

    def operation(self, resource: str, operation: str) -> Operation:
        hit = self._ops.get((resource, operation))
        if hit is not None:
            return hit
        if resource not in self.catalog:
            raise UnsupportedResource(resource, _close(resource, list(self.catalog)))
        names = self.catalog.operation_names(resource)
        if operation not in names:
            raise UnsupportedOperation(resource, operation, _close(operation, names))
        op = self._ops[(resource, operation)] = self.catalog[resource].operations[operation]
        return op

    def plan(self, resource: str, operation: str, params: Mapping[str, Any] | None = None) -> Plan:
        from .validate import route, validate_params

        op = self.operation(resource, operation)
        params = dict(params or {})
        if self.validate:
            routed, problems = validate_params(op, params)
            if problems:
                raise ValidationError(problems, resource=resource, operation=operation)
        else:
            routed = route(op, params)
            if routed.unknown:
                routed.query.update(routed.unknown)
        template = op.unified_path if self.url_family == "unified" and op.unified_path else op.path
        path = template
        for name, value in routed.path.items():
            path = path.replace("{" + name + "}", quote(str(value), safe=""))
        base = self.settings.setup_url if op.resource.family == "setup" else self.settings.base_url
        query = {k: _query_value(v) for k, v in routed.query.items()}
        body = routed.body if op.body is not None else None
        return Plan(op, op.method, base.rstrip("/") + path, path, query, body)

    def build(self, plan: Plan, token: str) -> t.Outgoing:
        headers = {"Authorization": f"Bearer {token}"}
        # The query is encoded here, once: httpx would parse the URL a second time for params=.
        url = f"{plan.url}?{urlencode(plan.query, doseq=True)}" if plan.query else plan.url
        if plan.body is not None:
            headers["Content-Type"] = "application/json"
            return t.Outgoing(plan.method, url, headers, t.json_body(plan.body))
        return t.Outgoing(plan.method, url, headers)

    # ------------------------------------------------------------------ the request flow

    def call_flow(self, plan: Plan, http: httpx.Client | httpx.AsyncClient) -> t.Flow:
        """Send one planned request with retries; return the decoded answer."""
        attempt, slept = 0, 0.0
        ambiguous = False  # an earlier attempt may have been applied by the server
        replayed = False
        token = yield t.Token()
        while True:
            if self.limiter is not None:
                yield t.ACQUIRE
            started = time.perf_counter()
            self._sent.append(time.monotonic())
            outcome = yield t.Send(self.build(plan, token))
            elapsed_ms = (time.perf_counter() - started) * 1000

            if isinstance(outcome, BaseException):
                never_sent = isinstance(outcome, t.NEVER_SENT)
                log.debug("%s %s -> %s after %.1f ms", plan.method, plan.path, type(outcome).__name__, elapsed_ms)
                may_retry = never_sent or plan.idempotent or plan.is_create
                ambiguous = ambiguous or not never_sent
                delay = self.retry.backoff(attempt + 1)
                if may_retry and self.retry.allows(attempt + 1, slept, delay, connect=never_sent):
                    log.info("retrying %s %s in %.2f s after %s", plan.method, plan.path, delay,
                             type(outcome).__name__)
                    attempt, slept = attempt + 1, slept + delay
                    yield t.Sleep(delay)
                    continue
                log.warning("%s %s failed: %s", plan.method, plan.path, redact(str(outcome), self.tokens.secrets))
                raise TransportError(outcome, method=plan.method, path=plan.path,
                                     may_have_reached_server=not never_sent) from None

            response: httpx.Response = outcome
            status = response.status_code
            if log.isEnabledFor(logging.DEBUG):
                log.debug("%s %s -> %s in %.1f ms (request id %s)", plan.method, plan.path, status, elapsed_ms,
                          _request_id(response))
            if status == 401 and not replayed:
                replayed = True
                token = yield t.Token(stale=token)
                continue
            if status < 400:
                return self.decode(plan, response)
            if status == 429:
                self._last_429 = time.monotonic()
            if status in t.RETRY_STATUSES:
                if status != 429:
                    ambiguous = True
                safe = status == 429 or plan.idempotent or plan.is_create
                delay = self.retry.backoff(attempt + 1, parse_retry_after(response.headers.get("retry-after")))
                if safe and self.retry.allows(attempt + 1, slept, delay):
                    log.info("retrying %s %s in %.2f s after HTTP %s", plan.method, plan.path, delay, status)
                    attempt, slept = attempt + 1, slept + delay
                    yield t.Sleep(delay)
                    continue
            # libcurl (the fan-out) may have resent the request on a new connection by itself
            if status == 409 and plan.is_create and (ambiguous or getattr(response, "resent", False)):
                existing = yield from self.existing_flow(plan, http)
                if existing is not None and _same(plan.body or {}, existing):
                    log.info("%s %s: the earlier attempt had created it; using %s", plan.method, plan.path,
                             existing.get("id"))
                    return existing
            if ambiguous and status == 404 and plan.method == "DELETE":
                return None
            error = APIError.from_response(status, plan.method, plan.path, response.content, response.headers,
                                           after_burst=self._after_burst())
            log.warning("%s %s failed: HTTP %s %s", plan.method, plan.path, status,
                        redact(response.text[:4000], self.tokens.secrets))
            raise error

    def existing_flow(self, plan: Plan, http: httpx.Client | httpx.AsyncClient) -> t.Flow:
        """The object a create would have made, found by name in the same place, or None."""
        name = (plan.body or {}).get("name")
        resource = plan.op.resource.key
        if not name or "list" not in self.catalog.operation_names(resource):
            return None
        listing = self.catalog[resource].operations["list"]
        params = {k: v for k, v in plan.query.items() if k in SCOPE_PARAMS and k in listing.parameters}
        if "name" in listing.parameters:
            params["name"] = name
        try:
            found = yield from self.call_flow(self.plan(resource, "list", params), http)
        except NotFound:  # a by-name lookup that finds nothing answers 404 on some endpoints
            return None
        return next((i for i in _items(found)[0] if isinstance(i, dict) and i.get("name") == name), None)

    def _after_burst(self) -> bool:
        now = time.monotonic()
        if now - self._last_429 < BLOCK_MEMORY_S:
            return True
        recent = sum(1 for s in self._sent if now - s < BURST_WINDOW_S)
        return recent >= BURST_REQUESTS

    def decode(self, plan: Plan, response: httpx.Response) -> Any:
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

    def paginate_flow(self, resource: str, operation: str, filters: Mapping[str, Any], page_size: int,
                      http: httpx.Client | httpx.AsyncClient) -> t.Flow:
        op = self.operation(resource, operation)
        params = dict(filters)
        if not op.paginates:
            page = yield from self.call_flow(self.plan(resource, operation, params), http)
            for item in _items(page)[0]:
                yield t.Emit(item)
            return None
        offset = int(params.pop("offset", 0) or 0)
        limit = int(params.pop("limit", page_size) or page_size)
        while True:
            page = yield from self.call_flow(self.plan(resource, operation, {**params, "limit": limit,
                                                                              "offset": offset}), http)
            items, total = _items(page)
            for item in items:
                yield t.Emit(item)
            offset += len(items)
            if len(items) < limit or (total is not None and offset >= total):
                return None


def _items(page: Any) -> tuple[list[Any], int | None]:
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


def _same(sent: Mapping[str, Any], existing: Mapping[str, Any]) -> bool:
    """Whether an existing object is what a create sent (every sent field equal)."""
    return all(json.dumps(existing.get(k), sort_keys=True) == json.dumps(v, sort_keys=True)
               for k, v in sent.items())


def _request_id(response: httpx.Response) -> str:
    rid = response.headers.get("x-request-id")
    if rid:
        return rid
    if response.status_code >= 400 and response.content[:1] == b"{":
        try:
            return str(response.json().get("_request_id", "-"))
        except ValueError:
            return "-"
    return "-"


def _close(word: str, choices: list[str]) -> list[str]:
    import difflib

    lowered = {c.lower(): c for c in choices}
    hits = difflib.get_close_matches(word.lower(), list(lowered), n=3, cutoff=0.6)
    return [lowered[h] for h in hits]


# --------------------------------------------------------------------------- public clients


def _settings(settings: Settings | None, profile: str | None, overrides: dict[str, Any]) -> Settings:
    given = {k: v for k, v in overrides.items() if v is not None}
    result = settings if settings is not None else resolve(profile=profile, **given)
    return result.require_credentials()


class _Resource:
    """``client.address`` — operations as methods: ``client.address.create(folder=..., ...)``."""

    __slots__ = ("_client", "_key")

    def __init__(self, client: Any, key: str) -> None:
        self._client = client
        self._key = key

    def __getattr__(self, operation: str) -> Any:
        names = self._client._core.catalog.operation_names(self._key)
        if operation not in names:
            raise AttributeError(str(UnsupportedOperation(self._key, operation, _close(operation, names))))
        key, call = self._key, self._client.call

        def invoke(parameters: Mapping[str, Any] | None = None, /, **params: Any) -> Any:
            return call(key, operation, {**(parameters or {}), **params})

        invoke.__name__ = operation
        invoke.__qualname__ = f"{key}.{operation}"
        return invoke

    def __dir__(self) -> list[str]:
        return self._client._core.catalog.operation_names(self._key)

    def __repr__(self) -> str:
        return f"<resource {self._key}: {', '.join(self.__dir__())}>"


class _Base:
    _core: Core

    def _setup(self, http_factory: Any, transport: Any, settings: Settings | None, profile: str | None,
               validate: bool, url_family: str, rate_limit: float | None, retry: t.RetryPolicy | None,
               catalog: Catalog | None, overrides: dict[str, Any]) -> None:
        """What both clients do on construction: settings, the shared core, an HTTP client."""
        s = _settings(settings, profile, overrides)
        self._core = Core(s, catalog=catalog, validate=validate, url_family=url_family, retry=retry,
                          rate_limit=rate_limit)
        verify = s.verify_tls and t.needs_tls(s.base_url, s.auth_url, s.setup_url)
        self._http = http_factory(s.connect_timeout, s.read_timeout, verify, transport)
        self._http_verify = verify
        self._verify = s.verify_tls
        self._custom_transport = transport is not None

    def __getattr__(self, name: str) -> _Resource:
        if name.startswith("_"):
            raise AttributeError(name)
        core = self.__dict__.get("_core")
        if core is None or name not in core.catalog:
            raise AttributeError(f"{type(self).__name__} has no attribute {name!r}"
                                 + (f" (unsupported resource: {name})" if core else ""))
        return _Resource(self, name)

    def __dir__(self) -> list[str]:
        return [*super().__dir__(), *self._core.catalog]

    def plan(self, resource: str, operation: str, parameters: Mapping[str, Any] | None = None) -> Plan:
        """The validated request a call would send, without sending it (for --dry-run)."""
        return self._core.plan(resource, operation, parameters)

    def _plan_many(self, resource: str, operation: str, items: Iterable[Mapping[str, Any]]) -> list[Plan]:
        """Every item of a bulk call planned (validated) before any is sent."""
        plans = []
        for i, params in enumerate(items):
            try:
                plans.append(self._core.plan(resource, operation, params))
            except ValidationError as exc:
                raise ValidationError(exc.problems, resource=resource,
                                      operation=f"{operation} (item {i})") from None
        return plans

    def _fanout(self, http: httpx.Client, concurrency: int) -> Any:
        """A libcurl fan-out with this client's settings; ``http`` fetches tokens."""
        from .fanout import Fanout

        s = self._core.settings
        return Fanout(http, self._core.tokens, self._core.limiter, concurrency=concurrency,
                      connect_timeout=s.connect_timeout, read_timeout=s.read_timeout, verify=self._verify)

    @staticmethod
    def _spec(spec: Mapping[str, Any]) -> tuple[str, str, dict[str, Any]]:
        if not isinstance(spec, Mapping) or "resource" not in spec or "operation" not in spec:
            raise ValueError('expected {"resource": ..., "operation": ..., "parameters": {...}}')
        params = spec.get("parameters") or {}
        if not isinstance(params, Mapping):
            raise ValueError('"parameters" must be an object')
        return str(spec["resource"]), str(spec["operation"]), dict(params)

    def __repr__(self) -> str:
        s = self._core.settings
        return f"<{type(self).__name__} tsg={s.tsg_id!r} base_url={s.base_url!r}>"


class Client(_Base):
    """The synchronous client. Thread-safe: threads may share one instance."""

    def __init__(self, client_id: str | None = None, client_secret: str | None = None,
                 tsg_id: str | None = None, *, base_url: str | None = None, auth_url: str | None = None,
                 setup_url: str | None = None, profile: str | None = None, settings: Settings | None = None,
                 validate: bool = True, url_family: str = "legacy", rate_limit: float | None = None,
                 retry: t.RetryPolicy | None = None, transport: httpx.BaseTransport | None = None,
                 connect_timeout: float | None = None, read_timeout: float | None = None,
                 token_cache_file: str | None = None, catalog: Catalog | None = None) -> None:
        self._setup(t.sync_http, transport, settings, profile, validate, url_family, rate_limit, retry, catalog,
                    {"client_id": client_id, "client_secret": client_secret, "tsg_id": tsg_id,
                     "base_url": base_url, "auth_url": auth_url, "setup_url": setup_url,
                     "connect_timeout": connect_timeout, "read_timeout": read_timeout,
                     "token_cache_file": token_cache_file})

    @property
    def settings(self) -> Settings:
        return self._core.settings

    @property
    def tokens(self) -> TokenManager:
        return self._core.tokens

    def _run(self, flow: t.Flow) -> Any:
        return t.run_sync(flow, self._http, self._core.tokens, self._core.limiter)

    def call(self, resource: str, operation: str, parameters: Mapping[str, Any] | None = None, /,
             **params: Any) -> Any:
        """Run one operation; parameters as a mapping, keywords, or both."""
        plan = self._core.plan(resource, operation, {**(parameters or {}), **params})
        return self._run(self._core.call_flow(plan, self._http))

    def run(self, spec: Mapping[str, Any]) -> Any:
        """Run the guide's ``{"resource", "operation", "parameters"}`` shape as it is."""
        return self.call(*self._spec(spec))

    def call_many(self, resource: str, operation: str, items: Iterable[Mapping[str, Any]], *,
                  concurrency: int = 8, return_exceptions: bool = False) -> list[Any]:
        """One operation over many parameter sets at once (bulk creates, updates, deletes).

        Every item is validated before anything is sent (a ``ValidationError`` names the
        item). Results come back in input order. By default the first failure stops new
        calls and raises ``BulkFailed`` (with every result so far) once the calls on the
        wire have finished; with ``return_exceptions=True`` errors take their item's place
        and every item is tried. The client's rate limiter and retry policy apply to each call.
        """
        plans = self._plan_many(resource, operation, items)
        return _gather(self._core, self._http, plans, lambda flows: self._many(flows, concurrency),
                       return_exceptions)

    def _many(self, flows: Iterable[t.Flow], concurrency: int
              ) -> Generator[tuple[int, Any, BaseException | None], None, None]:
        """Run flows at most ``concurrency`` at a time; ``(index, result, error)`` as each ends.

        On the network this is one thread driving libcurl (:mod:`sasekit.fanout`); with a
        custom httpx transport (tests, proxies of one's own) it is a thread pool.
        """
        t.check_concurrency(concurrency)
        if self._custom_transport:
            yield from _threaded(self._run, flows, concurrency)
            return
        yield from self._fanout(self._http, concurrency).run(flows)

    def paginate(self, resource: str, operation: str = "list", *, page_size: int = 200,
                 **filters: Any) -> Iterator[Any]:
        """Every item of a list, page by page, in bounded memory."""
        yield from t.iter_sync(self._core.paginate_flow(resource, operation, filters, page_size, self._http),
                               self._http, self._core.tokens, self._core.limiter)

    def existing(self, resource: str, parameters: Mapping[str, Any]) -> Any:
        """The object a create with these parameters would make, found by name in the same
        folder (or None): how a repeated create is recognised as already done."""
        plan = self._core.plan(resource, "create", parameters)
        return self._run(self._core.existing_flow(plan, self._http))

    def folders(self) -> Any:
        from .folders import folders_flow

        return self._run(folders_flow(self._core, self._http))

    def push(self, folders: list[str], description: str = "", *, wait: bool = True, timeout: float = 1800,
             progress: Any = None) -> Any:
        from .jobs import push_flow

        return self._run(push_flow(self._core, self._http, folders, description, wait, timeout, progress))

    def wait_job(self, job_id: str, *, timeout: float = 1800, progress: Any = None) -> Any:
        from .jobs import wait_flow

        return self._run(wait_flow(self._core, self._http, str(job_id), timeout, progress))

    def check(self) -> Any:
        """A health check before a big job: a token plus one light call, with remedies."""
        from .health import check_flow

        return self._run(check_flow(self._core, self._http))

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Tally:
    """A bulk call's results in input order: each item's result, its error, or None if it
    never started; and whether the first failure should stop new calls."""

    def __init__(self, n: int, return_exceptions: bool) -> None:
        self.results: list[Any] = [None] * n
        self.failed: list[int] = []
        self.done = 0
        self.return_exceptions = return_exceptions

    @property
    def stopping(self) -> bool:
        return bool(self.failed) and not self.return_exceptions

    def record(self, index: int, result: Any, error: BaseException | None) -> None:
        if error is None:
            self.results[index] = result
            self.done += 1
        else:
            self.results[index] = error
            self.failed.append(index)

    def outcome(self) -> list[Any]:
        if self.stopping:
            first = min(self.failed)
            raise BulkFailed(first, self.results[first], self.results, self.done)
        return self.results


def _gather(core: Core, http: Any, plans: list[Plan], many: Any, return_exceptions: bool,
            stop: threading.Event | None = None) -> list[Any]:
    """Run planned calls through a driver of many flows; results in input order."""
    tally = _Tally(len(plans), return_exceptions)

    def flows() -> Iterator[t.Flow]:
        for plan in plans:
            if tally.stopping or (stop is not None and stop.is_set()):
                return
            yield core.call_flow(plan, http)

    for index, result, error in many(flows()):
        if error is not None and not isinstance(error, Exception):
            raise error
        tally.record(index, result, error)
    return tally.outcome()


def _threaded(run: Any, flows: Iterable[t.Flow], concurrency: int
               ) -> Generator[tuple[int, Any, BaseException | None], None, None]:
    """``Client._many`` on a thread pool: each flow run to its end by ``run``."""
    from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

    def one(flow: t.Flow) -> Any:
        return run(flow)

    source = enumerate(flows)
    pending: dict[Any, int] = {}
    with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="sasekit-many") as pool:
        try:
            while True:
                while len(pending) < concurrency:
                    nxt = next(source, None)
                    if nxt is None:
                        break
                    pending[pool.submit(one, nxt[1])] = nxt[0]
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


class AsyncClient(_Base):
    """The asyncio client: the same operations, awaited."""

    def __init__(self, client_id: str | None = None, client_secret: str | None = None,
                 tsg_id: str | None = None, *, base_url: str | None = None, auth_url: str | None = None,
                 setup_url: str | None = None, profile: str | None = None, settings: Settings | None = None,
                 validate: bool = True, url_family: str = "legacy", rate_limit: float | None = None,
                 retry: t.RetryPolicy | None = None, transport: httpx.AsyncBaseTransport | None = None,
                 connect_timeout: float | None = None, read_timeout: float | None = None,
                 token_cache_file: str | None = None, catalog: Catalog | None = None) -> None:
        self._setup(t.async_http, transport, settings, profile, validate, url_family, rate_limit, retry, catalog,
                    {"client_id": client_id, "client_secret": client_secret, "tsg_id": tsg_id,
                     "base_url": base_url, "auth_url": auth_url, "setup_url": setup_url,
                     "connect_timeout": connect_timeout, "read_timeout": read_timeout,
                     "token_cache_file": token_cache_file})

    @property
    def settings(self) -> Settings:
        return self._core.settings

    @property
    def tokens(self) -> TokenManager:
        return self._core.tokens

    async def _run(self, flow: t.Flow) -> Any:
        return await t.run_async(flow, self._http, self._core.tokens, self._core.limiter)

    async def call(self, resource: str, operation: str, parameters: Mapping[str, Any] | None = None, /,
                   **params: Any) -> Any:
        plan = self._core.plan(resource, operation, {**(parameters or {}), **params})
        return await self._run(self._core.call_flow(plan, self._http))

    async def run(self, spec: Mapping[str, Any]) -> Any:
        return await self.call(*self._spec(spec))

    async def call_many(self, resource: str, operation: str, items: Iterable[Mapping[str, Any]], *,
                        concurrency: int = 8, return_exceptions: bool = False) -> list[Any]:
        """``Client.call_many`` on the event loop: ``concurrency`` tasks share the items."""
        import asyncio

        t.check_concurrency(concurrency)
        plans = self._plan_many(resource, operation, items)
        if not self._custom_transport:
            return await self._fanout_in_thread(plans, concurrency, return_exceptions)
        tally = _Tally(len(plans), return_exceptions)
        queue = iter(enumerate(plans))

        async def worker() -> None:
            for index, plan in queue:
                if tally.stopping:
                    return
                try:
                    tally.record(index, await self._run(self._core.call_flow(plan, self._http)), None)
                except Exception as exc:
                    tally.record(index, None, exc)

        await asyncio.gather(*(worker() for _ in range(min(concurrency, len(plans)))))
        return tally.outcome()

    async def _fanout_in_thread(self, plans: list[Plan], concurrency: int, return_exceptions: bool) -> list[Any]:
        """The libcurl fan-out in a worker thread: httpx's asyncio path costs several times
        the CPU per request (``bench/http_cost.py``). Cancelling stops new calls; those on
        the wire finish in the thread."""
        import asyncio

        stop = threading.Event()
        s = self._core.settings

        def work() -> list[Any]:
            with t.sync_http(s.connect_timeout, s.read_timeout, self._http_verify) as http:  # for tokens
                return _gather(self._core, http, plans, self._fanout(http, concurrency).run, return_exceptions, stop)

        task = asyncio.ensure_future(asyncio.to_thread(work))
        try:
            return await asyncio.shield(task)
        except asyncio.CancelledError:
            stop.set()
            raise

    async def paginate(self, resource: str, operation: str = "list", *, page_size: int = 200,
                       **filters: Any) -> AsyncIterator[Any]:
        async for item in t.iter_async(self._core.paginate_flow(resource, operation, filters, page_size,
                                                                self._http),
                                       self._http, self._core.tokens, self._core.limiter):
            yield item

    async def existing(self, resource: str, parameters: Mapping[str, Any]) -> Any:
        plan = self._core.plan(resource, "create", parameters)
        return await self._run(self._core.existing_flow(plan, self._http))

    async def folders(self) -> Any:
        from .folders import folders_flow

        return await self._run(folders_flow(self._core, self._http))

    async def push(self, folders: list[str], description: str = "", *, wait: bool = True,
                   timeout: float = 1800, progress: Any = None) -> Any:
        from .jobs import push_flow

        return await self._run(push_flow(self._core, self._http, folders, description, wait, timeout, progress))

    async def wait_job(self, job_id: str, *, timeout: float = 1800, progress: Any = None) -> Any:
        from .jobs import wait_flow

        return await self._run(wait_flow(self._core, self._http, str(job_id), timeout, progress))

    async def check(self) -> Any:
        from .health import check_flow

        return await self._run(check_flow(self._core, self._http))

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
