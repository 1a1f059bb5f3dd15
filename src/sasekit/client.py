"""``Client`` and ``AsyncClient``: any of the 344 operations through one code path.

``client.call(resource, operation, params)`` plans the request (catalog lookup,
parameter routing, validation of every problem at once, before anything is sent)
and runs its flow: rate limiter, bearer token, one retry policy, one 401
refresh-and-replay, create de-duplication after an ambiguous failure, typed errors.
Both clients are thin façades over one :class:`~sasekit.engine.Engine`, which owns
the planning, the flows and the drivers (blocking, awaited, the libcurl fan-out).
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from . import transport as t
from .auth import TokenManager
from .catalog import Catalog
from .engine import AwaitedDriver, Engine, Outcome, Plan
from .errors import BulkFailed, UnsupportedOperation
from .settings import Settings, resolve
from .suggest import close_matches

if TYPE_CHECKING:
    from .folders import FolderList
    from .health import HealthReport

    # the resource attributes, generated from the catalog (resources.pyi)
    from .resources import AsyncResources, Resources
else:
    Resources = AsyncResources = object

__all__ = ["AsyncClient", "Client", "Plan"]

TransportT = TypeVar("TransportT", httpx.BaseTransport, httpx.AsyncBaseTransport)


def _settings(settings: Settings | None, profile: str | None, overrides: dict[str, Any]) -> Settings:
    given = {k: v for k, v in overrides.items() if v is not None}
    result = settings if settings is not None else resolve(profile=profile, **given)
    return result.require_credentials()


def _spec(spec: Mapping[str, Any]) -> tuple[str, str, dict[str, Any]]:
    """The guide's ``{"resource", "operation", "parameters"}`` shape, checked."""
    if not isinstance(spec, Mapping) or "resource" not in spec or "operation" not in spec:
        raise ValueError('expected {"resource": ..., "operation": ..., "parameters": {...}}')
    params = spec.get("parameters") or {}
    if not isinstance(params, Mapping):
        raise ValueError('"parameters" must be an object')
    return str(spec["resource"]), str(spec["operation"]), dict(params)


class _Resource:
    """``client.address`` — operations as methods: ``client.address.create(folder=..., ...)``."""

    __slots__ = ("_call", "_catalog", "_key")

    def __init__(self, catalog: Catalog, call: Callable[..., Any], key: str) -> None:
        self._catalog = catalog
        self._call = call
        self._key = key

    def __getattr__(self, operation: str) -> Callable[..., Any]:
        names = self._catalog.operation_names(self._key)
        if operation not in names:
            raise AttributeError(str(UnsupportedOperation(self._key, operation, close_matches(operation, names))))
        key, call = self._key, self._call

        def invoke(parameters: Mapping[str, Any] | None = None, /, **params: Any) -> Any:
            return call(key, operation, {**(parameters or {}), **params})

        invoke.__name__ = operation
        invoke.__qualname__ = f"{key}.{operation}"
        return invoke

    def __dir__(self) -> list[str]:
        return self._catalog.operation_names(self._key)

    def __repr__(self) -> str:
        return f"<resource {self._key}: {', '.join(self.__dir__())}>"


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

    def record(self, outcome: Outcome) -> None:
        index, result, error = outcome
        if error is not None and not isinstance(error, Exception):
            raise error  # KeyboardInterrupt and friends are not an item's failure
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


class _Base(Generic[TransportT]):
    """What both clients share: construction, settings, the engine, the resource attributes.

    ``transport`` is an httpx transport of the caller's (tests, a proxy of one's own):
    ``httpx.BaseTransport`` for ``Client``, ``httpx.AsyncBaseTransport`` for ``AsyncClient``.
    """

    engine: Engine

    def __init__(self, client_id: str | None = None, client_secret: str | None = None,
                 tsg_id: str | None = None, *, base_url: str | None = None, auth_url: str | None = None,
                 setup_url: str | None = None, profile: str | None = None, settings: Settings | None = None,
                 validate: bool = True, url_family: str = "legacy", rate_limit: float | None = None,
                 retry: t.RetryPolicy | None = None, transport: TransportT | None = None,
                 connect_timeout: float | None = None, read_timeout: float | None = None,
                 token_cache_file: str | None = None, catalog: Catalog | None = None,
                 incidents_url: str | None = None, insights_url: str | None = None,
                 panw_region: str | None = None, prisma_tenant: str | None = None) -> None:
        s = _settings(settings, profile, {
            "client_id": client_id, "client_secret": client_secret, "tsg_id": tsg_id, "base_url": base_url,
            "auth_url": auth_url, "setup_url": setup_url, "connect_timeout": connect_timeout,
            "read_timeout": read_timeout, "token_cache_file": token_cache_file,
            "incidents_url": incidents_url, "insights_url": insights_url, "panw_region": panw_region,
            "prisma_tenant": prisma_tenant})
        sync_transport = transport if isinstance(transport, httpx.BaseTransport) else None
        self.engine = Engine(s, catalog=catalog, validate=validate, url_family=url_family, retry=retry,
                             rate_limit=rate_limit, transport=sync_transport, custom_transport=transport is not None)
        self._connect(transport)

    def _connect(self, transport: TransportT | None) -> None:
        """What a client needs beyond the engine (the asyncio client: its awaited driver)."""

    @property
    def settings(self) -> Settings:
        return self.engine.settings

    @property
    def tokens(self) -> TokenManager:
        return self.engine.tokens

    if not TYPE_CHECKING:  # declared, it would hide every misspelt resource from type checkers
        def __getattr__(self, name: str) -> _Resource:
            if name.startswith("_"):
                raise AttributeError(name)
            engine = self.__dict__.get("engine")
            if engine is None or name not in engine.catalog:
                raise AttributeError(f"{type(self).__name__} has no attribute {name!r}"
                                     + (f" (unsupported resource: {name})" if engine else ""))
            return _Resource(engine.catalog, self.call, name)

    def __dir__(self) -> list[str]:
        return [*super().__dir__(), *self.engine.catalog]

    def plan(self, resource: str, operation: str, parameters: Mapping[str, Any] | None = None) -> Plan:
        """The validated request a call would send, without sending it (for --dry-run)."""
        return self.engine.plan(resource, operation, parameters)

    def __repr__(self) -> str:
        s = self.engine.settings
        return f"<{type(self).__name__} tsg={s.tsg_id!r} base_url={s.base_url!r}>"


def _gather(engine: Engine, plans: list[Plan], concurrency: int, return_exceptions: bool,
            stop: threading.Event | None = None) -> list[Any]:
    """Planned calls through the engine's fan-out; results in input order."""
    tally = _Tally(len(plans), return_exceptions)

    def flows() -> Iterator[t.Flow[Any]]:
        for plan in plans:
            if tally.stopping or (stop is not None and stop.is_set()):
                return
            yield engine.call(plan)

    for outcome in engine.run_many(flows(), concurrency):
        tally.record(outcome)
    return tally.outcome()


class Client(_Base[httpx.BaseTransport], Resources):
    """The synchronous client. Thread-safe: threads may share one instance."""

    def call(self, resource: str, operation: str, parameters: Mapping[str, Any] | None = None, /,
             **params: Any) -> Any:
        """Run one operation; parameters as a mapping, keywords, or both."""
        engine = self.engine
        return engine.run(engine.call(engine.plan(resource, operation, {**(parameters or {}), **params})))

    def run(self, spec: Mapping[str, Any]) -> Any:
        """Run the guide's ``{"resource", "operation", "parameters"}`` shape as it is."""
        return self.call(*_spec(spec))

    def call_many(self, resource: str, operation: str, items: Iterable[Mapping[str, Any]], *,
                  concurrency: int = 8, return_exceptions: bool = False) -> list[Any]:
        """One operation over many parameter sets at once (bulk creates, updates, deletes).

        Every item is validated before anything is sent (a ``ValidationError`` names the
        item). Results come back in input order. By default the first failure stops new
        calls and raises ``BulkFailed`` (with every result so far) once the calls on the
        wire have finished; with ``return_exceptions=True`` errors take their item's place
        and every item is tried. The client's rate limiter and retry policy apply to each
        call. On the network one thread drives libcurl (:mod:`sasekit.fanout`); with a
        custom httpx transport (tests, proxies of one's own) a thread pool does.
        """
        t.check_concurrency(concurrency)
        plans = self.engine.plan_many(resource, operation, items)
        return _gather(self.engine, plans, concurrency, return_exceptions)

    def paginate(self, resource: str, operation: str = "list", *, page_size: int | None = None,
                 **filters: Any) -> Iterator[Any]:
        """Every item of a list, page by page, in bounded memory; pages of ``page_size``
        items, by default the largest the operation allows (5000 on the configuration API)."""
        return self.engine.stream(self.engine.pages(resource, operation, filters, page_size))

    def existing(self, resource: str, parameters: Mapping[str, Any]) -> dict[str, Any] | None:
        """The object a create with these parameters would make, found by name in the same
        folder (or None): how a repeated create is recognised as already done."""
        engine = self.engine
        return engine.run(engine.existing(engine.plan(resource, "create", parameters)))

    def folders(self) -> FolderList:
        return self.engine.run(self.engine.folders())

    def push(self, folders: list[str], description: str = "", *, wait: bool = True, timeout: float = 1800,
             progress: Any = None) -> Any:
        return self.engine.run(self.engine.push(folders, description, wait=wait, timeout=timeout,
                                                progress=progress))

    def wait_job(self, job_id: str, *, timeout: float = 1800, progress: Any = None) -> dict[str, Any]:
        return self.engine.run(self.engine.wait_job(str(job_id), timeout=timeout, progress=progress))

    def check(self) -> HealthReport:
        """A health check before a big job: a token plus one light call, with remedies."""
        return self.engine.run(self.engine.check())

    def close(self) -> None:
        self.engine.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncClient(_Base[httpx.AsyncBaseTransport], AsyncResources):
    """The asyncio client: the same operations, awaited."""

    def _connect(self, transport: httpx.AsyncBaseTransport | None) -> None:
        s, engine = self.engine.settings, self.engine
        # built once, here: with verification when any host is https (the health APIs' hosts
        # too, which the blocking client only switches to when first used)
        verify = engine.verify or (s.verify_tls and t.needs_tls(s.incidents_url, s.insights_url))
        self._http = t.async_http(s.connect_timeout, s.read_timeout, verify, transport)
        self.driver = AwaitedDriver(self._http, engine.tokens, engine.limiter)

    async def call(self, resource: str, operation: str, parameters: Mapping[str, Any] | None = None, /,
                   **params: Any) -> Any:
        engine = self.engine
        return await self.driver.run(engine.call(engine.plan(resource, operation,
                                                             {**(parameters or {}), **params})))

    async def run(self, spec: Mapping[str, Any]) -> Any:
        return await self.call(*_spec(spec))

    async def call_many(self, resource: str, operation: str, items: Iterable[Mapping[str, Any]], *,
                        concurrency: int = 8, return_exceptions: bool = False) -> list[Any]:
        """``Client.call_many``, awaited. On the network the libcurl fan-out runs in a
        worker thread (httpx's asyncio path costs several times the CPU per request,
        ``bench/http_cost.py``), leaving the event loop free; cancelling stops new
        calls, and those on the wire finish in the thread. With a custom transport,
        ``concurrency`` tasks share the items."""
        import asyncio

        t.check_concurrency(concurrency)
        engine = self.engine
        plans = engine.plan_many(resource, operation, items)
        if not engine.libcurl:
            tally = _Tally(len(plans), return_exceptions)

            def flows() -> Iterator[t.Flow[Any]]:
                for plan in plans:
                    if tally.stopping:
                        return
                    yield engine.call(plan)

            async for outcome in self.driver.run_many(flows(), concurrency):
                tally.record(outcome)
            return tally.outcome()
        stop = threading.Event()
        task = asyncio.ensure_future(asyncio.to_thread(_gather, engine, plans, concurrency, return_exceptions,
                                                       stop))
        try:
            return await asyncio.shield(task)
        except asyncio.CancelledError:
            stop.set()
            raise

    async def paginate(self, resource: str, operation: str = "list", *, page_size: int | None = None,
                       **filters: Any) -> AsyncIterator[Any]:
        async for item in self.driver.stream(self.engine.pages(resource, operation, filters, page_size)):
            yield item

    async def existing(self, resource: str, parameters: Mapping[str, Any]) -> dict[str, Any] | None:
        engine = self.engine
        return await self.driver.run(engine.existing(engine.plan(resource, "create", parameters)))

    async def folders(self) -> FolderList:
        return await self.driver.run(self.engine.folders())

    async def push(self, folders: list[str], description: str = "", *, wait: bool = True,
                   timeout: float = 1800, progress: Any = None) -> Any:
        return await self.driver.run(self.engine.push(folders, description, wait=wait, timeout=timeout,
                                                      progress=progress))

    async def wait_job(self, job_id: str, *, timeout: float = 1800, progress: Any = None) -> dict[str, Any]:
        return await self.driver.run(self.engine.wait_job(str(job_id), timeout=timeout, progress=progress))

    async def check(self) -> HealthReport:
        return await self.driver.run(self.engine.check())

    async def aclose(self) -> None:
        await self._http.aclose()
        self.engine.close()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
