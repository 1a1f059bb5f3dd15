"""The emulator as one ASGI application.

Request path, in order: token endpoints (no API token needed) and admin endpoints (the
admin secret instead) → rate limit per source IP → injected faults → bearer token →
route from the catalog → role → the body read and parsed (:mod:`.body`: size, nesting,
UTF-8, JSON) → validation against the catalog → handler. Every failure is answered in
the service's error shape. Input never gets a 5xx: whatever is wrong with a body, a
header or a path is a 400 (or 401/404/405) that says what. An unexpected exception is
logged at ERROR with the request id, answered 500 with that same id, and the test suite
treats any 500 as a bug.

The health APIs (families ``incidents`` and ``insights``) are answered by :mod:`.health`
from the tunnel-state timeline, after the same validation, their refusals in their own
error shape. Sources of state that know changes ahead of their time (the scenario file of
``health_scenario``, :mod:`.scenario`; the simulation of ``health_simulate``,
:mod:`.simulation`; others appended to :attr:`EmulatorApp.health_sources`)
are asked for what is due before each health answer and each ``GET /_emulator/tunnels``.

Admin endpoints (``/_emulator/faults``, ``rate-limit``, ``tokens:expire``, ``reset``,
``stats``, and the tunnel-state timeline's ``tunnel-events`` and ``tunnels``) can reset the tenant or make every request fail, so they need the admin
secret: the header ``X-Emulator-Admin: <secret>`` (also accepted: ``Authorization:
Bearer <secret>``), compared in constant time. The secret is ``admin_secret`` in the
config, else ``SASEKIT_EMULATOR_ADMIN_SECRET``, else generated at start
(:attr:`EmulatorApp.admin_secret`; ``sasekit emulator serve`` prints it). A missing or
wrong one is answered 401 ``E016``. Settings sent to them are checked against the same
rules as the config at start (:data:`~sasekit.emulator.config.RULES`), all or nothing.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import time
from collections.abc import Callable
from typing import Any, TypedDict

from starlette.requests import Request
from starlette.responses import Response

from sasekit.catalog import Catalog, load
from sasekit.validate import coerce_query, validate

from . import body as bodies
from . import render, timeline
from . import responses as r
from .auth import TOKEN_PATHS, AuthFailure, TokenAuthority
from .config import ADMIN_HEADER, EmulatorConfig, check_changes
from .faults import FaultInjector, error_500_body, error_page, html_502
from .handlers import Call, Handlers
from .health import FAMILIES as HEALTH_FAMILIES
from .health import HealthApi, Source
from .limits import RateLimiter
from .router import Router, served
from .scenario import ScenarioSource
from .scenario import load as load_scenario
from .store import Store
from .timeline import Timeline

log = logging.getLogger(__name__)

JWKS_PATHS = ("/oauth2/jwks", "/auth/v1/oauth2/jwks", "/.well-known/jwks.json",
              # The IdP is ForgeRock AM: its JWKS sits beside the token path at connect/jwk_uri.
              *(p.replace("access_token", "connect/jwk_uri") for p in TOKEN_PATHS))
ADMIN_PREFIX = "/_emulator/"
WRITE_METHODS = frozenset({"POST", "PUT", "DELETE", "PATCH"})
ADMIN_MAX_BODY = 65_536  # a settings change is tens of bytes
#: Where the request id of the current request sits in the ASGI scope: every answer to that
#: request, and the log line of a failure while serving it, carry the same id.
REQUEST_ID = "sasekit.request_id"


class ConnectionDropped(ConnectionError):
    """Raised to make the server drop the connection (the injected 'dropped connection' fault)."""


class Stats(TypedDict):
    """What ``GET /_emulator/stats`` counts: requests, answers by status, dropped connections."""

    requests: int
    status: dict[int, int]
    dropped: int


class EmulatorApp:
    """The Prisma Access / SCM service, served from the catalog."""

    def __init__(self, config: EmulatorConfig | None = None, catalog: Catalog | None = None, *,
                 clock: Callable[[], float] | None = None) -> None:
        self.config = (config or EmulatorConfig()).with_default_account().with_admin_secret().check()
        self.catalog = catalog or load()
        self.store = Store(self.config.db)
        self.auth = TokenAuthority(self.config)
        self.limiter = RateLimiter(self.config.rate_limit)
        self.faults = FaultInjector(self.config.faults)
        self.timeline = Timeline(self.store)
        self.router = Router(self.catalog)
        self.handlers = Handlers(self.store, self.config)
        if clock is not None:
            self.handlers.clock = clock
        #: Sources of tunnel state asked before every health answer (:class:`.health.Source`):
        #: the health scenario, if configured, and whatever a caller appends (a simulation).
        self.health_sources: list[Source] = []
        # One clock for the app: the handlers' (which tests may replace), unless one is given.
        self.health = HealthApi(self.store, self.timeline, self.config, self.health_sources,
                                clock or (lambda: self.handlers.clock()))
        if self.config.health_scenario:
            tenants = tuple(a.tsg_id for a in self.config.accounts)
            self.health_sources.append(ScenarioSource(load_scenario(self.config.health_scenario, tenants),
                                                      tenants[0], self.health.clock(),
                                                      self.config.health_clock_factor))
        if self.config.health_simulate:
            from .simulation import Simulation

            intent = None if self.config.health_simulate == "mirror" else self.config.health_simulate
            self.health_sources.append(Simulation(self.store, factor=self.config.health_clock_factor,
                                                  intent_path=intent, rekey_s=self.config.health_rekey_s))
        self.stats: Stats = {"requests": 0, "status": {}, "dropped": 0}

    @property
    def admin_secret(self) -> str:
        """What the ``/_emulator/`` endpoints require in ``X-Emulator-Admin``."""
        assert self.config.admin_secret is not None  # set by with_admin_secret()
        return self.config.admin_secret

    @property
    def admin_headers(self) -> dict[str, str]:
        """The headers that authorize an admin request to this app."""
        return {ADMIN_HEADER: self.admin_secret}

    # ------------------------------------------------------------------ ASGI

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        rid = scope[REQUEST_ID] = r.request_id()
        request = Request(scope, receive)
        drop = False
        try:
            response, drop = await self.respond(request)
        except Exception as exc:
            log.error("emulator bug: %s while serving %s %r, answered 500 with request id %s",
                      type(exc).__name__, scope.get("method"), scope.get("path"), rid, exc_info=True)
            response = Response(error_500_body(rid), 500, media_type=r.JSON)
        self.stats["requests"] += 1
        if drop or response is None:
            self.stats["dropped"] += 1
            await _drop(send)
            return
        self.stats["status"][response.status_code] = self.stats["status"].get(response.status_code, 0) + 1
        await response(scope, receive, send)

    # ------------------------------------------------------------------ pipeline

    async def respond(self, request: Request) -> tuple[Response | None, bool]:
        """The answer, and whether to drop the connection instead of (or after) producing it."""
        path, method = request.url.path, request.method
        if path in TOKEN_PATHS:
            if method != "POST":
                return r.not_supported(405, "Method Not Supported"), False
            return await self.auth.token_endpoint(request), False
        if path in JWKS_PATHS:
            return r.json_response(self.auth.jwks()), False
        if path.startswith(ADMIN_PREFIX):
            return await self.admin(request, path[len(ADMIN_PREFIX):]), False

        rid = _request_id(request)
        client = request.client.host if request.client else "unknown"
        verdict = self.limiter.check(client)
        if verdict is not None:
            headers = {"Retry-After": str(verdict.retry_after)}
            if verdict.status == 429:
                return r.error(429, "E429", "Too Many Requests", {"message": "rate limit exceeded",
                               "retry_after": verdict.retry_after}, rid, headers), False
            return r.error(403, "E007", "Forbidden", {"message": "request rate over the limit: blocked",
                           "retry_after": verdict.retry_after}, rid, headers), False

        decision = self.faults.decide()
        if decision.latency_s:
            await asyncio.sleep(decision.latency_s)
        if decision.kind == "500":
            return Response(error_500_body(rid), 500, media_type=r.JSON), False
        if decision.kind == "502":
            return Response(html_502(), 502, media_type="text/html"), False
        if decision.kind == "503":
            return Response(error_page(503), 503, media_type="text/html"), False
        if decision.kind == "empty":
            return Response(b"", 200), False

        try:
            principal = self.auth.verify(request.headers.get("authorization"))
        except AuthFailure as exc:
            return r.not_authenticated(exc.message, rid), False

        match = self.router.match(method, path)
        if match is None:
            allowed = self.router.allowed_methods(path)
            if allowed:
                return r.not_supported(405, "Method Not Supported", rid), False
            return r.error(404, "E005", "Object Not Present", {"message": f"no such path: {path}"}, rid), False
        op = match.operation
        if not served(op):
            return r.error(501, "E012", "Not Implemented",
                           {"message": f"{op.qualified_name} ({op.method} {op.path}, family "
                                       f"{op.resource.family}) is not served by the emulator yet"}, rid), False

        if op.resource.family == "setup" and principal.role == "no-setup":
            return r.unauthorized("the service account has no role on the Setup API", rid), False
        health = op.resource.family in HEALTH_FAMILIES
        if (principal.role == "read-only" and method in WRITE_METHODS and op.kind not in ("list", "get")
                and not health):  # the health APIs' POSTs (incident.search, the Insights queries) read
            # A read sent as a POST (prismaAccessIp.list, as the Prisma Access IP API does) is a read.
            return r.unauthorized("the service account's role is read-only", rid), False

        if decision.kind == "drop_before":
            return None, True

        body, problem = await self._body(request, op)
        if problem is not None:
            if health:
                return self.health.refused([problem], rid), False
            return r.invalid([problem], "Invalid Request Payload", rid), False
        query = dict(request.query_params)
        if match.family == "unified" and isinstance(body, dict):
            problem = _unified_push_admin(op, body)
            if problem is not None:
                return r.invalid([problem], rid=rid), False
        paging, problem = _undeclared_paging(op, query)
        if problem is not None:
            return r.invalid([problem], rid=rid), False
        problems = validate(op, match.path_params, query, body, coerce_strings=True)
        blank = _blank_name(op, body)
        if blank is not None and not any(p.path == "name" for p in problems):
            return r.invalid([*r.joi_messages(problems), blank], rid=rid), False
        if problems:
            if health:
                return self.health.refused(r.joi_messages(problems), rid), False
            return r.invalid(r.joi_messages(problems), rid=rid), False
        if health:
            call = Call(op, principal.tsg_id, principal.client_id, match.path_params, coerce_query(op, query), body,
                        rid, match.family)
            return self.health.handle(call, request.headers), decision.kind == "drop_after"
        if match.family != "setup" and isinstance(body, dict):
            _container_to_query(query, body)
        call = Call(op, principal.tsg_id, principal.client_id, match.path_params,
                    {**coerce_query(op, query), **paging}, body, rid, match.family)
        response = self.handlers.handle(call)
        fields = render.plan(op)
        if fields and 200 <= response.status_code < 300:
            response = r.json_response(render.render(json.loads(bytes(response.body)), fields),
                                       response.status_code)
        return response, decision.kind == "drop_after"

    async def _body(self, request: Request, op: Any) -> tuple[Any, str | None]:
        raw, problem = await bodies.read(request, self.config.max_body_bytes)
        if problem is not None or not raw.strip():
            return None, problem
        if op.body is None:
            return None, None  # bodies on operations that take none are ignored, as the service does
        body, problem = bodies.parse(raw)
        if problem is not None:
            return None, problem
        if not isinstance(body, dict):
            return None, f"body must be a JSON object, not {_json_kind(body)}"
        return body, None

    # ------------------------------------------------------------------ admin

    async def admin(self, request: Request, action: str) -> Response:
        """Test and operator controls: faults, token expiry, reset, counters."""
        rid = _request_id(request)
        refusal = self._admin_refusal(request, rid)
        if refusal is not None:
            return refusal
        if action == "faults":
            if request.method == "GET":
                return r.json_response(self.faults.snapshot())
            changes, problem = await _settings_body(request)
            if problem is not None:
                return r.invalid([problem], "Invalid Request Payload", rid)
            checked, problems = self.faults.check(changes)
            if problems:
                return r.invalid(problems, rid=rid)
            self.faults.update(checked)
            return r.json_response(self.faults.snapshot())
        if action == "rate-limit" and request.method in ("GET", "PUT"):
            rl = self.config.rate_limit
            if request.method == "PUT":
                changes, problem = await _settings_body(request)
                if problem is not None:
                    return r.invalid([problem], "Invalid Request Payload", rid)
                checked, problems = check_changes("rate_limit", changes)
                if problems:
                    return r.invalid(problems, rid=rid)
                for k, v in checked.items():  # all checked first: all or nothing
                    setattr(rl, k, v)
                self.limiter.reset()
            return r.json_response(rl.__dict__)
        if action == "tokens:expire" and request.method == "POST":
            self.auth.expire_all()
            return r.json_response({"success": True})
        if action == "reset" and request.method == "POST":
            self.store.reset()
            self.limiter.reset()
            for source in self.health_sources:  # a scenario plays again from its start, now
                if isinstance(source, ScenarioSource):
                    source.restart(self.health.clock())
            return r.json_response({"success": True})
        if action in ("tunnel-events", "tunnels"):
            return await self._timeline(request, action, rid)
        if action == "stats":
            return r.json_response({"requests": self.stats["requests"],
                                    "status": {str(k): v for k, v in self.stats["status"].items()},
                                    "tokens_issued": self.auth.issued, "objects": self.store.count(),
                                    "dropped": self.stats["dropped"],
                                    "time": time.time()})
        return r.error(404, "E005", "Object Not Present", {"message": f"no admin action {action!r}"}, rid)

    async def _timeline(self, request: Request, action: str, rid: str) -> Response:
        """The tunnel-state timeline: fed by a source of state (the lab's monitor), read back."""
        tsgs = [a.tsg_id for a in self.config.accounts]
        if action == "tunnel-events" and request.method == "POST":
            body, problem = await _settings_body(request)
            if problem is not None:
                return r.invalid([problem], "Invalid Request Payload", rid)
            tsg = body.pop("tsg_id", tsgs[0]) if isinstance(body, dict) else tsgs[0]
            changes, counts, problems = timeline.parse(body)
            if tsg not in tsgs:
                problems.append(f"tsg_id: {tsg!r} is not a tenant of this emulator")
            if problems:
                return r.invalid(problems, rid=rid)
            recorded = self.health.record(tsg, changes)  # each with the place its tunnel has now
            counted = sum(self.timeline.count(tsg, c["tunnel"], c["at"], c["counters"]) for c in counts)
            return r.json_response({"recorded": recorded, "repeated": len(changes) - recorded, "counted": counted,
                                    "unknown_tunnels": len(counts) - counted})
        if action == "tunnels" and request.method == "GET":
            tsg = request.query_params.get("tsg_id") or tsgs[0]
            try:
                since = float(request.query_params.get("since") or 0)
            except ValueError:
                return r.invalid([f"since: {request.query_params.get('since')!r} is not seconds since the epoch"],
                                 rid=rid)
            if tsg not in tsgs:
                return r.invalid([f"tsg_id: {tsg!r} is not a tenant of this emulator"], rid=rid)
            self.health.drain(tsg)  # what the sources have due is part of the timeline by now
            return r.json_response({"tunnels": self.timeline.now(tsg), "events": self.timeline.events(tsg, since)})
        return r.error(405, "E012", "Method Not Allowed",
                       {"message": f"/_emulator/{action} does not take {request.method}"}, rid)

    def _admin_refusal(self, request: Request, rid: str) -> Response | None:
        """None when the request carries the admin secret, else its 401."""
        given = request.headers.get(ADMIN_HEADER)
        if given is None:
            scheme, _, token = (request.headers.get("authorization") or "").partition(" ")
            given = token.strip() if scheme.lower() == "bearer" else None
        if given is None:
            return r.error(401, "E016", "Not Authenticated",
                           {"message": f"the /_emulator/ endpoints need the emulator's admin secret "
                                       f"in the {ADMIN_HEADER} header"}, rid)
        # Header values arrive as latin-1 text: every one encodes to UTF-8.
        if not hmac.compare_digest(given.encode("utf-8"), self.admin_secret.encode("utf-8")):
            return r.error(401, "E016", "Invalid Credential",
                           {"message": f"wrong admin secret in the {ADMIN_HEADER} header"}, rid)
        return None


def _request_id(request: Request) -> str:
    """The id :meth:`EmulatorApp.__call__` gave this request (a new one for a request that
    did not come through it, as when a test calls :meth:`EmulatorApp.respond` directly)."""
    rid = request.scope.get(REQUEST_ID)
    return rid if isinstance(rid, str) else r.request_id()


async def _settings_body(request: Request) -> tuple[Any, str | None]:
    """An admin request's JSON body (``{}`` when empty), read and parsed as API bodies are,
    or what is wrong with it."""
    raw, problem = await bodies.read(request, ADMIN_MAX_BODY)
    if problem is not None:
        return None, problem
    return bodies.parse(raw) if raw.strip() else ({}, None)


def _json_kind(value: Any) -> str:
    """What a parsed JSON value is, in JSON's words (an array, not a list)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return "an array"


def _blank_name(op: Any, body: Any) -> str | None:
    """An object's name must hold a visible character: the service refuses "" and "   "
    (a blank name cannot be told apart in a list, nor addressed with ``?name=``)."""
    if op.kind not in ("create", "update") or not isinstance(body, dict):
        return None
    name = body.get("name")
    if not isinstance(name, str) or name.strip():
        return None
    if not name:
        return '"name" is not allowed to be empty'
    return f'"name" is not allowed to be blank (white space only): {name[:20]!r}'


def _container_to_query(query: dict[str, str], body: dict[str, Any]) -> None:
    """The unified family names an object's container in its body (``scm-config`` specs:
    POST ``/config/objects/v1/addresses`` has one of ``folder | snippet | device`` there),
    the legacy family in the query (where clients send it in the body, as pan-scm-sdk does
    for remote networks, the catalog accepts it there); the handlers read it from the query.
    Once the body is validated by its family's schema, move it there (the stored object
    carries it)."""
    for key in ("folder", "snippet", "device"):
        value = body.get(key)
        if isinstance(value, str):
            del body[key]
            query.setdefault(key, value)


def _undeclared_paging(op: Any, query: dict[str, str]) -> tuple[dict[str, int], str | None]:
    """``GET /jobs`` pages with ``limit``/``offset`` although neither spec declares them (its
    answer carries both, and clients send them: a captured real answer to ``?limit=2`` has
    ``"limit": 2``). Take them out of ``query`` as integers, or say what is wrong."""
    if (op.resource.key, op.name) != ("job", "list"):
        return {}, None
    paging: dict[str, int] = {}
    for key in ("limit", "offset"):
        if key in query:
            text = query.pop(key)
            if not (text.isascii() and text.isdigit() and int(text) < 2**31):
                return {}, f'"{key}" must be an integer from 0 to {2**31 - 1}'
            paging[key] = int(text)
    return paging, None


def _unified_push_admin(op: Any, body: dict[str, Any]) -> str | None:
    """The unified push body also takes ``admin``, the administrators and service accounts
    whose changes to push (``scm-config/operations.yaml``); the legacy one has no such field.
    The emulator pushes the whole candidate, so it checks the field and sets it aside."""
    if (op.resource.key, op.name) != ("configVersion", "push") or "admin" not in body:
        return None
    admin = body.pop("admin")
    if not isinstance(admin, list) or not all(isinstance(a, str) for a in admin):
        return '"admin" must be an array of strings'
    return None


async def _drop(send: Any) -> None:
    """Start an answer and abandon it: the client sees the connection die mid-response."""
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"application/json"), (b"content-length", b"1000")]})
    raise ConnectionDropped("injected fault: connection dropped")
