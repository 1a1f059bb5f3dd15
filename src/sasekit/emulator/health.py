"""The health APIs (SCM incidents, Prisma Access Insights 2.0), answered from the timeline.

The real service watches the tunnels; the emulator has no tunnels of its own, so each
answer is computed when it is asked for from two things: which tunnels exist and where
they sit (the *running* configuration, the one the newest push of ``Remote Networks`` or
``Service Connections`` made, plus the places sources of state name), and what state
each was in when (the tunnel-state timeline, :mod:`.timeline`). Nothing here is stored,
so the same timeline always gives the same answers.

Sources of state (the lab's monitor posts to ``/_emulator/tunnel-events``; a scenario
file, :mod:`.scenario`; a simulation) that know in advance what will happen implement
:class:`Source`: before every health answer (and ``GET /_emulator/tunnels``) the changes
whose time has come are recorded, so a change is visible only once it has happened.

Choices the service does not publish, made here and named where they matter:

- ``tunnel_disconnection`` counts the changes from up to any other state inside the
  query's ``event_time`` window; ``tunnel_connection_duration`` is the milliseconds up
  inside that window (not since the tunnel last came up), so a tunnel up the whole of
  ``last_n_minutes 15`` reports 900000. Sites count the same way, a site being up while
  one of its tunnels is. The window is the client's, never scaled by the clock factor;
  without an ``event_time`` rule it is the last 30 days, as the docs' examples query.
  An Insights ``last_n_days`` window starts at midnight UTC, as every documented example
  shows (``rn-tunnel-status.md``: ``last_n_days 30`` at 2022-10-13T22:09Z is from
  2022-09-13T00:00:00Z), so its histogram intervals of days start at midnights too (the
  same example's ``range day, value 30`` gives two, at Sep 13 and Oct 13). Intervals
  start at the window's start, as a custom window's do in ``open-alerts.md``. Other
  windows, and the incidents' ``last_n_days``, start ``n`` units before now.
- Site state: Up when every tunnel of the site is up, Warning when some are, Down when
  none is (query_filters' 0 Down, 1 Up, 2 Warning).
- Throughput, capacity and source/destination addresses are not modelled: 0 and empty.
  The Prisma-side node (``instance_state``) is always up. ``instance_public_ip`` is the
  address ``POST /getPrismaAccessIP/v2`` gives a pushed remote network; other sites get
  one from the same pool, derived from their name and not reserved.
- Errors are in the family's shape (``{errorCode, message, details, values}``, the
  Insights codes DATA10002 bad property, DATA10003 bad parameter, REST10002 not found,
  REST10003 permission; the incidents spec publishes only REST10001, so it shares them)
  and carry the emulator's ``_errors``/``_request_id`` envelope as well, so every refusal
  of the emulator reads the same to sasekit and to the fuzzing suites.
"""

from __future__ import annotations

import contextlib
import json
import math
import time
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from functools import cache
from typing import Any, Protocol

from starlette.responses import Response

from . import jobs
from . import prisma_data as data
from . import responses as r
from .config import EmulatorConfig
from .handlers import Call
from .incidents import FLAP_WINDOW_S, IDS, Incident, Place, derive
from .provisioning import ServiceData
from .store import Store
from .timeline import RTT_KIND, Change, Timeline, one_of

FAMILIES = frozenset({"incidents", "insights"})
TUNNEL_STATES = {"init": (0, "Init"), "up": (1, "Up"), "inactive": (2, "Inactive"), "down": (3, "Down")}
SITE_STATES = ("Down", "Up", "Warning")
MONITORING = ("Down", "Up", "Not Configured")  # spelt as tunnel-list.md's example spells it
NODE_TYPES = {"rn": (48, "Remote Network"), "sc": (51, "Service Connection")}
#: Where the running configuration of each kind of site is pushed, and the resource it is.
SITE_FOLDERS = (("Remote Networks", "remoteNetwork", "rn"), ("Service Connections", "serviceConnection", "sc"))
DAY_S = 86_400.0
DEFAULT_WINDOW_S = 30 * DAY_S
LAST_N = {"last_n_minutes": (60.0, "minute"), "last_n_hours": (3600.0, "hour"), "last_n_days": (DAY_S, "day"),
          "last_n_weeks": (7 * DAY_S, "week")}
RANGES = {"minute": 60.0, "hour": 3600.0, "day": DAY_S, "week": 7 * DAY_S, "month": 30 * DAY_S, "year": 365 * DAY_S}
MAX_BUCKETS = 10_000
ROUNDINGS: dict[str, Callable[[float], int]] = {"ceil": math.ceil, "floor": math.floor, "trunc": math.trunc}
FUNCTIONS = ("avg", "count", "distinct_count", "max", "min", "sum")
ALL_EVENTS = 1 << 62


class Source(Protocol):
    """Something that knows tunnel states before they happen (a scenario, a simulation).

    Append one to :attr:`EmulatorApp.health_sources <.app.EmulatorApp>`; it is asked before
    every health answer. ``due`` hands out each change whose time (``Change.at``, epoch
    seconds) is at or before ``now``, once: the timeline records what it is given. A change
    with an empty ``site`` gets the site its tunnel has in ``places`` or the running config.
    ``places`` names tunnels the running configuration may not hold (it wins when it does)."""

    def due(self, tsg: str, now: float) -> list[Change]: ...

    def places(self, tsg: str) -> Mapping[str, Place]: ...


class HealthError(Exception):
    """A refusal, in the health APIs' error shape."""

    def __init__(self, status: int, code: str, message: str, details: str, values: Iterable[Any] = ()) -> None:
        super().__init__(details)
        self.status, self.code, self.message, self.details = status, code, message, details
        self.values = [str(v) for v in values]

    def response(self, rid: str) -> Response:
        return r.json_response({"errorCode": self.code, "message": self.message, "details": self.details,
                                "values": self.values,
                                "_errors": [{"code": self.code, "message": self.message,
                                             "details": {"message": self.details, "values": self.values}}],
                                "_request_id": rid}, self.status)


def bad_parameter(details: str, *values: Any) -> HealthError:
    return HealthError(400, "DATA10003", "Invalid Resource request parameter", details, values)


def bad_property(details: str, *values: Any) -> HealthError:
    return HealthError(400, "DATA10002", "Invalid Resource property name", details, values)


def not_found(details: str, *values: Any) -> HealthError:
    return HealthError(404, "REST10002", "Resource not found", details, values)


@dataclass(frozen=True)
class Known:
    """A tunnel as the health APIs show it: its place, and what the running config says of it."""

    name: str
    place: Place
    region: str = ""     # the site's location value (remoteNetwork.region)
    spn: str = ""
    monitored: bool = False
    gateways: tuple[str, ...] = ()  # the IKE gateways its IPsec tunnel names (auto_key.ike_gateway)


class HealthApi:
    """Every operation of the ``incidents`` and ``insights`` families, for the caller's TSG."""

    def __init__(self, store: Store, timeline: Timeline, config: EmulatorConfig,
                 sources: list[Source] | None = None, clock: Callable[[], float] = time.time) -> None:
        self.store, self.timeline, self.config = store, timeline, config
        self.sources: list[Source] = [] if sources is None else sources
        self.clock = clock
        self.data = ServiceData(store, config)

    # ------------------------------------------------------------------ sources

    def drain(self, tsg: str, now: float | None = None) -> int:
        """Record every change the sources have due for ``tsg``; how many were new states."""
        now = self.clock() if now is None else now
        due = sorted((c for s in self.sources for c in s.due(tsg, now)), key=lambda c: c.at)
        return self.record(tsg, due, now) if due else 0

    def places(self, tsg: str, now: float | None = None) -> dict[str, Place]:
        """Where each tunnel the running config or a source names sits now (the config wins)."""
        places = {n: k.place for n, k in self._configured(tsg, self.clock() if now is None else now).items()}
        for source in self.sources:
            places = {**source.places(tsg), **places}
        return places

    def record(self, tsg: str, changes: Iterable[Change], now: float | None = None) -> int:
        """Enter ``changes`` in the timeline, each state change with the place its tunnel has
        now (its site, role and kind of site: frozen on it, so a later push that moves the
        tunnel does not rewrite the incidents it raised); how many were new states. A change
        whose tunnel has no place yet gets one when incidents are first derived from it."""
        places = self.places(tsg, now)
        recorded = 0
        for change in changes:
            place = places.get(change.tunnel)
            if place is not None and change.kind != RTT_KIND:
                change = replace(change, site=place.site, role=place.role, service=place.service)
            elif place is not None and not change.site:
                change = replace(change, site=place.site)
            recorded += self.timeline.record(tsg, change)
        return recorded

    # ------------------------------------------------------------------ dispatch

    def handle(self, call: Call, headers: Mapping[str, str]) -> Response:
        """The answer to one validated request (never raises for bad input)."""
        try:
            self._check_headers(call, headers)
            now = self.clock()
            self.drain(call.tsg, now)
            return r.json_response(self._answer(call, now))
        except HealthError as exc:
            return exc.response(call.rid)

    def refused(self, details: list[str], rid: str) -> Response:
        """A request the catalog's validator refused, in the family's error shape."""
        return bad_parameter("; ".join(details) or "invalid request", *details).response(rid)

    def _check_headers(self, call: Call, headers: Mapping[str, str]) -> None:
        missing = [n for n, p in call.op.parameters.items()
                   if p.location == "header" and p.required and not (headers.get(n) or "").strip()]
        if missing:
            raise bad_parameter(f"required header(s) missing: {', '.join(missing)}", *missing)
        tenant = (headers.get("prisma-tenant") or "").strip()
        if tenant and call.tsg not in tenant.split(":"):
            raise HealthError(403, "REST10003", "Permission Denied",
                              f"Prisma-Tenant {tenant[:80]!r} is not the tenant of this token (TSG {call.tsg})", [tenant])

    def _answer(self, call: Call, now: float) -> dict[str, Any]:
        key, name = call.op.resource.key, call.op.name
        if key == "incident":
            return self._search(call, now) if name == "search" else self._details(call, now)
        resource = _resource_of(key, name, call.path)
        if call.op.kind == "get":
            return _envelope(call.rid, now, [{"property": p, "dataType": t} for p, t in _fields(resource).items()], {})
        return self._query(call, resource, now)

    # ------------------------------------------------------------------ what exists

    def _running(self, tsg: str, folder: str) -> list[dict[str, Any]]:
        """The objects of ``folder`` in the newest config version whose push named it."""
        for v in self.store.versions(tsg):
            if folder in json.loads(v["folders"]):
                return [o for o in self.store.version_snapshot(tsg, v["version"]) or []
                        if isinstance(o.get("body"), dict)]
        return []

    def _configured(self, tsg: str, now: float) -> dict[str, Known]:
        """The tunnels the running configuration names, by IPsec tunnel name."""
        jobs.apply_due(self.store, now)
        out: dict[str, Known] = {}
        for folder, resource, service in SITE_FOLDERS:
            objects = self._running(tsg, folder)
            tunnels = {o["body"]["name"]: o["body"] for o in sorted(  # its own folder's win
                (o for o in objects if o["resource"] == "ipsecTunnel" and isinstance(o["body"].get("name"), str)),
                key=lambda o: o["folder"] == folder)}
            for o in objects:
                body = o["body"]
                site = body.get("name")
                if o["resource"] != resource or o["folder"] != folder or not isinstance(site, str):
                    continue
                region, spn = (v if isinstance(v, str) else "" for v in (body.get("region"), body.get("spn_name")))
                for role, tunnel in _roles(body):
                    monitor = (tunnels.get(tunnel) or {}).get("tunnel_monitor")
                    monitored = isinstance(monitor, dict) and monitor.get("enable") is True
                    out.setdefault(tunnel, Known(tunnel, Place(site, role, service), region, spn, monitored,
                                                 _gateways(tunnels.get(tunnel) or {})))
        return out

    def _known(self, tsg: str, now: float, events: list[dict[str, Any]]) -> dict[str, Known]:
        """Configured tunnels, then those the sources place, then those only the timeline knows."""
        out = self._configured(tsg, now)
        for source in self.sources:
            for name, place in source.places(tsg).items():
                out.setdefault(name, Known(name, place))
        latest = {e["tunnel"]: e for e in events if e["kind"] == "tunnel" and e["tunnel"] not in out}
        for name, e in latest.items():  # the site its latest change names, as incidents.derive takes it
            out[name] = Known(name, Place(str(e["site"] or name)))
        return out

    def _events(self, tsg: str, now: float) -> list[dict[str, Any]]:
        return [e for e in self.timeline.events(tsg, 0.0, ALL_EVENTS) if float(e["at"]) <= now]

    def _addresses(self, tsg: str, now: float) -> dict[str, str]:
        answer = self.data.public_addresses(tsg, {"serviceType": "all", "addrType": "all"}, now)
        return {d["node_name"]: d["address"] for zone in answer["result"] for d in zone["address_details"]}

    # ------------------------------------------------------------------ incidents

    def _incidents(self, tsg: str, now: float) -> tuple[list[Incident], list[dict[str, Any]]]:
        events = self._events(tsg, now)
        known = self._known(tsg, now, events)
        if self.timeline.freeze(tsg, {n: (k.place.site, k.place.role, k.place.service) for n, k in known.items()}):
            events = self._events(tsg, now)  # the changes recorded with no place have the one they have now
        found = derive(tsg, events, {n: k.place for n, k in known.items()}, now,
                       factor=self.config.health_clock_factor, rtt=self.timeline.rtt(tsg))
        for inc in found:  # the impacted objects the running config names for its tunnels
            mine = [known[t] for t in (*inc.tunnels, *inc.bgp_peers) if t in known]
            inc.ike_gateways = sorted({g for k in mine for g in k.gateways})
            inc.spns = sorted({k.spn for k in mine if k.spn})
        return found, events

    def _search(self, call: Call, now: float) -> dict[str, Any]:
        body = call.body if isinstance(call.body, dict) else {}
        rules = [x for x in _seq(_obj(body.get("filter")).get("rules")) if isinstance(x, dict)]
        paging = _obj(body.get("pagination"))
        tests, query_input = _incident_tests(rules, now)
        rows = [row for row in (i.to_row() for i in self._incidents(call.tsg, now)[0])
                if all(t(row) for t in tests)]
        size, number = paging.get("page_size", 50), paging.get("page_number", 1)
        if not 1 <= size <= self.config.max_page:
            raise bad_parameter(f"pagination.page_size: {size} is not from 1 to {self.config.max_page}", size)
        if not 1 <= number <= 1 << 31:
            raise bad_parameter(f"pagination.page_number: {number} is not from 1 to {1 << 31}", number)
        order = [o for o in _seq(paging.get("order_by")) if isinstance(o, dict)] or [
            {"property": "updated_time", "order": "desc"}]
        for i, o in reversed(list(enumerate(order))):
            prop = o.get("property")
            if prop not in INCIDENT_SORTABLE:
                raise bad_property(f"pagination.order_by[{i}].property: {prop!r} is not a property incidents are "
                                   f"ordered by; known: {', '.join(INCIDENT_SORTABLE)}", prop)
            rows.sort(key=_by(str(prop)), reverse=o.get("order") == "desc")
        total = len(rows)
        pages = math.ceil(total / size)
        page = rows[(number - 1) * size: number * size]
        pagination: dict[str, Any] = {"current_page": number, "order_by": order, "page_count": pages,
                                      "total_count": total, "page_size": size}
        if number < pages:
            pagination["next_page"] = number + 1
        header = {"createdAt": jobs.rfc3339(now), "dataCount": len(page), "requestId": call.rid,
                  "queryInput": query_input, "isResourceDataOverridden": False, "status": {"subCode": 200},
                  "pagination": pagination, "name": "netsec/incidents/incidents_list"}
        return {"header": header, "data": page}

    def _details(self, call: Call, now: float) -> dict[str, Any]:
        wanted = call.path.get("incident-id", "")
        incidents, events = self._incidents(call.tsg, now)
        inc = next((i for i in incidents if i.incident_id == wanted), None)
        if inc is None:
            raise not_found(f"incident {wanted[:80]!r} does not exist", wanted)
        row = inc.to_row()
        node_type = NODE_TYPES["sc" if inc.code.startswith("INC_SC_") else "rn"][0]
        keys = json.dumps({"tenant_id": call.tsg, "sub_tenant_id": call.tsg})
        context = {"site_name": inc.site, "tunnel_names": inc.tunnels, "bgp_peer_names": inc.bgp_peers,
                   "node_type": node_type}
        return {**row, "description": inc.title + (f": {inc.description}" if inc.description else ""),
                "resource_keys": keys, "incident_code": inc.code, "incident_settings_id": inc.code,
                "remediations": json.dumps({"remediations": [{"dynamic_content": {"steps": _steps(inc.code)}}]}),
                "resource_context": json.dumps(context),
                "alerts": _alerts(inc, events, keys, FLAP_WINDOW_S / self.config.health_clock_factor, now)}

    # ------------------------------------------------------------------ insights

    def _query(self, call: Call, resource: str, now: float) -> dict[str, Any]:
        body = call.body if isinstance(call.body, dict) else {}
        flt = _obj(body.get("filter"))
        rules = [x for x in _seq(flt.get("rules")) if isinstance(x, dict)]
        add = body.get("addOnFilter")
        if isinstance(add, dict):  # "the existing property will be replaced"
            extra = [x for x in _seq(add.get("rules")) if isinstance(x, dict)]
            replaced = [e.get("property") for e in extra]
            rules = [x for x in rules if x.get("property") not in replaced] + extra
        fields = _fields(resource)
        frm, to, query_input = _window([x for x in rules if x.get("property") == "event_time"], now, midnight=True)
        row_rules = [x for x in rules if x.get("property") != "event_time"]
        for x in row_rules:
            if not one_of(x.get("property"), fields):
                raise bad_property(f"filter: resource property {x.get('property')!r} is not a property of "
                                   f"{resource}; known: event_time, {', '.join(fields)}", x.get("property"))
        tests = [_rule(x, fields) for x in row_rules]
        rows = self._rows(call.tsg, resource, frm, to, now)
        join = any if flt.get("operator") == "OR" else all
        rows = [row for row in rows if not tests or join(t(row) for t in tests)]
        props = [p for p in _seq(body.get("properties")) if isinstance(p, dict)]
        histogram = body.get("histogram")
        if isinstance(histogram, dict):
            rows = _histogram(rows, histogram, props, fields, frm, to, query_input, resource)
        elif props:
            rows = _project(rows, props, fields)
        count = body.get("count", 10_000)
        return _envelope(call.rid, now, rows[:count] if isinstance(count, int) else rows, query_input)

    def _rows(self, tsg: str, resource: str, frm: float, to: float, now: float) -> list[dict[str, Any]]:
        events = self._events(tsg, now)
        known = self._known(tsg, now, events)
        addresses = self._addresses(tsg, now)
        series: dict[str, list[dict[str, Any]]] = {}
        for e in events:
            if e["kind"] == "tunnel":
                series.setdefault(e["tunnel"], []).append(e)

        def ip(k: Known) -> str:
            return addresses.get(k.place.site) or _invented_ip(tsg, k.place)

        if resource in ("tunnel_list", "tunnel_status"):
            build = _tunnel_row if resource == "tunnel_list" else _status_row
            return [build(k, series.get(n, []), frm, to, ip(k)) for n, k in sorted(known.items())]
        service = "rn" if resource == "rn_list" else "sc"
        sites: dict[str, list[Known]] = {}
        for _, k in sorted(known.items()):
            if k.place.service == service:
                sites.setdefault(k.place.site, []).append(k)
        return [_site_row(tunnels, series, frm, to, now, ip(tunnels[0])) for _, tunnels in sorted(sites.items())]


# --------------------------------------------------------------------------- resources

#: Served Insights resources: (resource key, operation) or the generic path's names -> resource.
DOCUMENTED = {("dataResourceCustom", "tunnelList"): "tunnel_list", ("dataResourceCustom", "rnList"): "rn_list",
              ("dataResourceCustom", "scList"): "sc_list", ("dataResource", "tunnelStatus"): "tunnel_status"}
CUSTOM = {("tunnels", "tunnel_list"): "tunnel_list", ("remotenetworks", "rn_list"): "rn_list",
          ("serviceconnections", "sc_list"): "sc_list"}
STANDARD = ("tunnel_status",)
#: Documented queries the emulator does not answer (it has no edge locations' status nor alerts).
UNSERVED_DOCUMENTED = {"edgeLocationCurrentStatus": "edge_location_current_status",
                       "prismaSaseExternalAlertsCurrent": "prisma_sase_external_alerts_current"}
SERVED = "tunnels/tunnel_list, remotenetworks/rn_list, serviceconnections/sc_list and tunnel_status"


def _resource_of(key: str, name: str, path: Mapping[str, str]) -> str:
    if (key, name) in DOCUMENTED:
        return DOCUMENTED[(key, name)]
    wanted = (f"{path.get('feature_name')}/{path.get('request_name')}" if key == "dataResourceCustom"
              else path.get("resource_name") or name)
    if key == "dataResourceCustom" and (path.get("feature_name"), path.get("request_name")) in CUSTOM:
        return CUSTOM[(path["feature_name"], path["request_name"])]
    if key == "dataResource" and wanted in STANDARD:
        return wanted
    wanted = UNSERVED_DOCUMENTED.get(name, wanted)
    raise not_found(f"resource {wanted[:80]!r} is not served by the emulator (it serves {SERVED})", wanted)


def _roles(body: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(role, IPsec tunnel name) of a remote network or service connection."""
    out = [(role, body[key]) for role, key in (("primary", "ipsec_tunnel"), ("secondary", "secondary_ipsec_tunnel"))
           if isinstance(body.get(key), str) and body[key]]
    for ecmp in _seq(body.get("ecmp_tunnels")):
        if isinstance(ecmp, dict) and isinstance(ecmp.get("ipsec_tunnel"), str) and ecmp["ipsec_tunnel"]:
            out.append(("ecmp", ecmp["ipsec_tunnel"]))
    return out


def _gateways(tunnel: Mapping[str, Any]) -> tuple[str, ...]:
    """The IKE gateway names of an IPsec tunnel's body."""
    auto_key = tunnel.get("auto_key")
    gateways = auto_key.get("ike_gateway") if isinstance(auto_key, dict) else None
    return tuple(g["name"] for g in _seq(gateways) if isinstance(g, dict) and isinstance(g.get("name"), str))


def _invented_ip(tsg: str, place: Place) -> str:
    return data.address(data.next_free(data.first_choice(tsg, f"{place.service}:{place.site}"), set()))


def _location(k: Known) -> tuple[str, str]:
    loc = data.location(k.region) if k.region else None
    return (str(loc["display"]), str(loc["region"])) if loc else ("", "")


def _state_at(changes: list[dict[str, Any]], t: float) -> str:
    state = "init"
    for e in changes:
        if float(e["at"]) > t:
            break
        state = str(e["state"])
    return state


def _up_stats(points: Iterable[tuple[float, bool]], frm: float, to: float) -> tuple[int, float]:
    """(how often up was lost within [frm, to], seconds up within it); ``points`` are
    (time, up) in time order, down before the first."""
    lost, up_s, state, since = 0, 0.0, False, frm
    for at, up in points:
        if at > to:
            break
        if up == state:
            continue
        if state:
            up_s += max(0.0, at - max(since, frm))
            lost += at >= frm
        state, since = up, at
    if state:
        up_s += max(0.0, to - max(since, frm))
    return lost, up_s


def _tunnel_row(k: Known, changes: list[dict[str, Any]], frm: float, to: float, ip: str) -> dict[str, Any]:
    state = _state_at(changes, to)
    lost, up_s = _up_stats(((float(e["at"]), e["state"] == "up") for e in changes), frm, to)
    node_type, node_name = NODE_TYPES[k.place.service]
    display, region = _location(k)
    monitoring = (1 if state == "up" else 0) if k.monitored else 2
    return {"node_type": node_type, "okyo_tunnel_type": 0, "tunnel_name": k.name, "node_type_name": node_name,
            "site_name": k.place.site, "edge_location_display_name": display, "instance_name": k.spn or k.place.site,
            "cloud_region_name": region, "cloud_provider": "gcp", "instance_state": 1, "instance_state_name": "Up",
            "instance_public_ip": ip, "sub_node_type": 0, "tunnel_disconnection": lost,
            "tunnel_connection_duration": round(up_s * 1000), "avg_throughput": 0.0, "peak_throughput": 0.0,
            "tunnel_state": TUNNEL_STATES[state][0], "tunnel_state_name": TUNNEL_STATES[state][1],
            "tunnel_monitoring_state": monitoring, "tunnel_monitoring_state_name": MONITORING[monitoring],
            "tunnel_type_name": node_name}


def _status_row(k: Known, changes: list[dict[str, Any]], frm: float, to: float, ip: str) -> dict[str, Any]:
    state = _state_at(changes, to)
    last = max((float(e["at"]) for e in changes if float(e["at"]) <= to), default=to)
    return {"node_type": NODE_TYPES[k.place.service][0], "node_type_name": NODE_TYPES[k.place.service][1],
            "tunnel_name": k.name, "site_name": k.place.site, "edge_location_display_name": _location(k)[0],
            "instance_public_ip": ip, "tunnel_state": TUNNEL_STATES[state][0],
            "tunnel_state_name": TUNNEL_STATES[state][1], "event_time": _ms(last),
            "tunnel_throughput_ingress": 0.0, "tunnel_throughput_egress": 0.0}


def _site_row(tunnels: list[Known], series: Mapping[str, list[dict[str, Any]]], frm: float, to: float, now: float,
              ip: str) -> dict[str, Any]:
    first = tunnels[0]
    merged = sorted((float(e["at"]), k.name, str(e["state"])) for k in tunnels for e in series.get(k.name, []))
    states: dict[str, str] = {}
    points = []
    for at, name, state in merged:
        states[name] = state
        points.append((at, any(s == "up" for s in states.values())))
    lost, up_s = _up_stats(points, frm, to)
    up = sum(_state_at(series.get(k.name, []), to) == "up" for k in tunnels)
    site_state = 1 if up == len(tunnels) else 2 if up else 0
    node_type, node_name = NODE_TYPES[first.place.service]
    display, region = _location(first)
    row: dict[str, Any] = {
        "node_type": node_type, "site_name": first.place.site, "node_type_name": node_name,
        "edge_location_display_name": display, "cloud_region_name": region, "cloud_provider": "gcp",
        "instance_state": 1, "instance_state_name": "Up", "instance_public_ip": ip}
    if first.place.service == "rn":
        row |= {"ipsec_node": first.spn, "compute_location_display_name": display}
    row |= {"site_capacity": 0, "site_aggregate_capacity": 0}
    if first.place.service == "rn":
        row |= {"latest_site_capacity": 0, "latest_site_aggregate_capacity": 0}
    last = max((at for at, _, _ in merged if at <= to), default=now)
    return row | {"site_disconnection": lost, "site_connection_duration": round(up_s * 1000), "event_time": _ms(last),
                  "avg_throughput": 0.0, "peak_throughput": 0.0, "avg_ingress": 0.0, "avg_egress": 0.0,
                  "source_ip": [], "destination_ip": [], "source_ip_string": "", "destination_ip_string": "",
                  "site_state": site_state, "site_state_name": SITE_STATES[site_state], "site_up_tunnels": up,
                  "site_all_tunnels": len(tunnels)}


@cache
def _fields(resource: str) -> dict[str, str]:
    """Property -> its type, from a row of the resource: what a filter or a property may name."""
    k = Known("t", Place("s", "primary", "sc" if resource == "sc_list" else "rn"))
    if resource == "tunnel_list":
        row = _tunnel_row(k, [], 0.0, 0.0, "")
    elif resource == "tunnel_status":
        row = _status_row(k, [], 0.0, 0.0, "")
    else:
        row = _site_row([k], {}, 0.0, 0.0, 0.0, "")
    kinds = {bool: "boolean", int: "number", float: "number", str: "string", list: "array"}
    return {p: kinds[type(v)] for p, v in row.items()}


# --------------------------------------------------------------------------- the query language

def _envelope(rid: str, now: float, rows: list[dict[str, Any]], query_input: dict[str, Any]) -> dict[str, Any]:
    return {"header": {"createdAt": jobs.rfc3339(now), "dataCount": len(rows), "requestId": rid,
                       "queryInput": query_input, "status": {"subCode": 200}}, "data": rows}


def _number(value: Any, where: str) -> float:
    """A rule's numeric value (a number, or a text that reads as one)."""
    if isinstance(value, str):
        with contextlib.suppress(ValueError):
            value = float(value)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise bad_parameter(f"{where}: {value!r} is not a number", value)
    return float(value)


def _window(rules: list[dict[str, Any]], now: float, name: str = "filter: event_time", *,
            midnight: bool = False) -> tuple[float, float, dict[str, Any]]:
    """The ``event_time`` window the rules ask for (epoch seconds), and its ``queryInput``;
    with ``midnight`` (Insights) a window of days starts at midnight UTC."""
    frm, to, label = now - DEFAULT_WINDOW_S, now, "last 30 day(s)"
    if midnight:
        frm = math.floor(frm / DAY_S) * DAY_S
    for rule in rules:
        op, values = rule.get("operator"), _seq(rule.get("values"))
        where = f"{name} {op}"
        if one_of(op, LAST_N):
            if len(values) != 1:
                raise bad_parameter(f"{where} takes one value, got {len(values)}", op)
            n = _number(values[0], where)
            if n <= 0:
                raise bad_parameter(f"{where}: {values[0]!r} is not above 0", values[0])
            unit_s, unit = LAST_N[op]
            frm, label = now - min(n * unit_s, now), f"last {n:g} {unit}(s)"
            if midnight and op == "last_n_days":
                frm = math.floor(frm / DAY_S) * DAY_S
        elif op == "between" and len(values) == 2:
            frm, to = (_number(v, where) / 1000 for v in values)
            label = f"between {jobs.rfc3339(_clamp(frm))} and {jobs.rfc3339(_clamp(to))}"
        elif op in ("greater", "greater_or_equal") and len(values) == 1:
            frm, label = _number(values[0], where) / 1000, "since " + jobs.rfc3339(_clamp(frm))
        elif op in ("less", "less_or_equal") and len(values) == 1:
            to = _number(values[0], where) / 1000
        else:
            raise bad_parameter(f"{where}: event_time takes last_n_minutes|last_n_hours|last_n_days|last_n_weeks "
                                "[n], between [from_ms, to_ms], greater or less [ms]", op)
    to = _clamp(min(to, now))
    frm = min(_clamp(frm), to)
    return frm, to, {"time_range": label, "event_time": {"from": jobs.rfc3339(frm), "to": jobs.rfc3339(to),
                                                         "from_epoch": _ms(frm), "to_epoch": _ms(to)}}


def _rule(rule: Mapping[str, Any], fields: Mapping[str, str]) -> Callable[[Mapping[str, Any]], bool]:
    """A row test for one filter rule, checked before any row is (so a bad rule is refused on
    an empty tenant too)."""
    prop, op = str(rule.get("property")), rule.get("operator")
    values = _seq(rule.get("values"))
    where = f"filter: {prop} {op}"
    if fields[prop] == "number":
        values = [_number(v, where) if isinstance(v, str) else v for v in values]
    if op in ("equal", "equals", "in", "not_equal", "not_in"):
        negate = op in ("not_equal", "not_in")

        def member(row: Mapping[str, Any]) -> bool:
            have = row.get(prop)
            return any((v in have) if isinstance(have, list) else have == v for v in values) != negate

        return member
    if op in ("greater", "greater_or_equal", "less", "less_or_equal", "between"):
        want = 2 if op == "between" else 1
        if len(values) != want or fields[prop] not in ("number", "string"):
            raise bad_parameter(f"{where} takes {want} value(s) and a number or text property", prop)
        kind = int | float if fields[prop] == "number" else str
        if not all(isinstance(v, kind) and not isinstance(v, bool) for v in values):
            raise bad_parameter(f"{where}: {values!r} are not all {fields[prop]}s", prop)
        a, b = values[0], values[-1]
        compare: Callable[[Any], bool] = {
            "greater": lambda x: x > a, "greater_or_equal": lambda x: x >= a, "less": lambda x: x < a,
            "less_or_equal": lambda x: x <= a, "between": lambda x: a <= x <= b}[str(op)]
        return lambda row: compare(row.get(prop))
    raise bad_parameter(f"{where}: operator {op!r} applies to event_time only", op)


def _alias(prop: Mapping[str, Any]) -> str:
    return str(prop.get("alias") or prop.get("property"))


def _check_properties(props: list[dict[str, Any]], fields: Mapping[str, str]) -> None:
    for i, p in enumerate(props):
        name, fn = p.get("property"), p.get("function")
        if not one_of(name, fields):
            raise bad_property(f"properties[{i}].property: {name!r} is not a property; known: {', '.join(fields)}",
                               name)
        if fn is not None and fn not in FUNCTIONS:
            raise bad_parameter(f"properties[{i}].function: {fn!r} is not one of {', '.join(FUNCTIONS)}", fn)
        if fn in ("avg", "sum") and fields[str(name)] != "number":
            raise bad_parameter(f"properties[{i}]: {fn} of {name}, which is not a number", name)


def _aggregate(fn: str, values: list[Any]) -> Any:
    if fn == "count":
        return len(values)
    if fn == "distinct_count":
        return len({json.dumps(v, sort_keys=True) for v in values})
    if not values:
        return 0 if fn == "sum" else None
    if fn in ("max", "min"):
        return max(values, key=_sort_key) if fn == "max" else min(values, key=_sort_key)
    return sum(values) / (len(values) if fn == "avg" else 1)


def _formatted(value: Any, fmt: Any) -> Any:
    if not isinstance(fmt, dict) or isinstance(value, bool) or not isinstance(value, int | float):
        return value
    given = fmt.get("value")
    digits = max(-15, min(15, given)) if isinstance(given, int) else 0
    scale = 10.0 ** digits
    fn = str(fmt.get("function"))
    if fn not in ROUNDINGS:
        return round(value, digits)
    return ROUNDINGS[fn](value * scale) / scale


def _project(rows: list[dict[str, Any]], props: list[dict[str, Any]], fields: Mapping[str, str],
             keys: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    """The rows reduced to the asked properties: aggregated by the plain ones when some carry a
    function, and ordered by those that carry a ``sort``."""
    _check_properties(props, fields)
    plain = [p for p in props if not p.get("function")]
    aggs = [p for p in props if p.get("function")]
    if aggs:
        groups: dict[str, list[dict[str, Any]]] = {}
        for row in rows:
            key = json.dumps([row.get(k) for k in keys] + [row.get(p["property"]) for p in plain], default=str)
            groups.setdefault(key, []).append(row)
        out = [{**{k: g[0].get(k) for k in keys}, **{_alias(p): g[0].get(p["property"]) for p in plain},
                **{_alias(p): _formatted(_aggregate(p["function"], [x.get(p["property"]) for x in g]),
                                         p.get("format")) for p in aggs}} for g in groups.values()]
    else:
        out = [{**{k: row.get(k) for k in keys}, **{_alias(p): _formatted(row.get(p["property"]), p.get("format"))
                                                  for p in plain}} for row in rows]
    sorts = sorted((p for p in props if isinstance(p.get("sort"), dict)),
                   key=lambda p: p["sort"].get("sequence") if isinstance(p["sort"].get("sequence"), int) else 0)
    for p in reversed(sorts):
        out.sort(key=_by(_alias(p)), reverse=p["sort"].get("order") == "desc")
    return out


def _histogram(rows: list[dict[str, Any]], histogram: Mapping[str, Any], props: list[dict[str, Any]],
               fields: Mapping[str, str], frm: float, to: float, query_input: dict[str, Any],
               resource: str) -> list[dict[str, Any]]:
    """Rows per interval of the window: each tunnel is one sample in every interval (the
    emulator keeps no throughput history, so a sample's figures are its current ones)."""
    if resource != "tunnel_status":
        raise bad_parameter(f"histogram: served for tunnel_status only, not {resource}", resource)
    if histogram.get("property") != "event_time":
        raise bad_parameter(f"histogram.property: {histogram.get('property')!r}; histograms run over event_time",
                            histogram.get("property"))
    value = histogram.get("value", 1)
    step_n = _number(value, "histogram.value")
    if step_n < 1 or step_n != int(step_n):
        raise bad_parameter(f"histogram.value: {value!r} is not a whole number of ranges from 1", value)
    if not one_of(histogram.get("range"), RANGES):
        raise bad_parameter(f"histogram.range: {histogram.get('range')!r} is not one of {', '.join(RANGES)}",
                            histogram.get("range"))
    step = RANGES[str(histogram.get("range"))] * step_n
    buckets = math.ceil((to - frm) / step) if to > frm else 0
    if buckets > MAX_BUCKETS:
        raise bad_parameter(f"histogram: {buckets} intervals of {value} {histogram.get('range')}; at most "
                            f"{MAX_BUCKETS}", value)
    query_input |= {"histogram": True, "histogram_range": histogram.get("range"), "histogram_value": str(value)}
    out: list[dict[str, Any]] = []
    stamp = {"histogram_time": "number"}
    for i in range(buckets):
        t = _ms(frm + i * step)
        samples = [{**row, "event_time": t, "histogram_time": t} for row in rows]
        if not samples and not histogram.get("enableEmptyInterval"):
            continue
        if samples:
            out += _project(samples, props, {**fields, **stamp}, ("histogram_time", "event_time"))
        else:
            _check_properties(props, fields)
            out.append({"histogram_time": t, "event_time": t,
                        **{_alias(p): _aggregate(p["function"], []) for p in props if p.get("function")}})
    return out


# --------------------------------------------------------------------------- incidents: filters, details

INCIDENT_TEXT = ("incident_id", "code", "title", "status", "severity", "priority", "product", "category",
                 "sub_category", "release_state", "incident_type", "designation")
INCIDENT_NUMBER = ("severity_id", "priority_id", "raised_time", "updated_time", "cleared_time")
INCIDENT_TIME = ("raised_time", "updated_time", "cleared_time")
IMPACTED = ("site_names", "tunnel_names", "bgp_peer_names", "ike_gateway_names", "spn_names", "locations")
INCIDENT_LISTS = tuple(f"{g}.{x}" for g in ("primary_impacted_objects", "related_impacted_objects") for x in IMPACTED)
INCIDENT_SORTABLE = (*INCIDENT_TEXT, *INCIDENT_NUMBER, "acknowledged")
SET_OPS = ("in", "not_in", "equal", "equals", "not_equal")
ORDER_OPS = ("greater", "greater_or_equal", "less", "less_or_equal", "between")


def _operators(prop: str) -> tuple[str, ...]:
    if prop in INCIDENT_TIME:
        return (*SET_OPS, *ORDER_OPS, *LAST_N)
    return (*SET_OPS, *ORDER_OPS) if prop in INCIDENT_NUMBER else SET_OPS


def _incident_tests(rules: list[Any], now: float) -> tuple[list[Callable[[dict[str, Any]], bool]], dict[str, Any]]:
    """A test per ``filter.rules[]`` entry, and the queryInput of the time window asked for."""
    tests: list[Callable[[dict[str, Any]], bool]] = []
    query_input: dict[str, Any] = {}
    known = (*INCIDENT_TEXT, *INCIDENT_NUMBER, "acknowledged", *INCIDENT_LISTS)
    for i, rule in enumerate(rules):
        where = f"filter.rules[{i}]"
        prop, op, values = rule.get("property"), rule.get("operator"), rule.get("values")
        if prop not in known:
            raise bad_property(f"{where}.property: {prop!r} is not a property incidents are searched by; known: "
                               f"{', '.join(known)}", prop)
        if op not in _operators(str(prop)):
            raise bad_parameter(f"{where}.operator: {op!r} does not apply to {prop}; its operators: "
                                f"{', '.join(_operators(str(prop)))}", op)
        if not isinstance(values, list):
            raise bad_parameter(f"{where}.values: required (a list)", prop)
        if op in LAST_N:
            frm, _, query_input = _window([{"operator": op, "values": values}], now, f"{where}: {prop}")
            tests.append(_between(str(prop), _ms(frm), math.inf))
            continue
        tests.append(_incident_test(str(prop), str(op), values, where))
    return tests, query_input


def _between(prop: str, lo: float, hi: float) -> Callable[[dict[str, Any]], bool]:
    return lambda row: row.get(prop) is not None and lo <= row[prop] <= hi


def _incident_test(prop: str, op: str, values: list[Any], where: str) -> Callable[[dict[str, Any]], bool]:
    if prop in INCIDENT_NUMBER:
        wanted: list[Any] = [_number(v, f"{where}.values") for v in values]
    elif prop == "acknowledged":
        wanted = [str(v).lower() == "true" for v in values]
    else:
        wanted = list(values)

    def value(row: dict[str, Any]) -> Any:
        if prop in INCIDENT_LISTS:
            group, name = prop.split(".")
            return (row.get(group) or {}).get(name) or []
        return row.get(prop)

    if op in ORDER_OPS:
        want = 2 if op == "between" else 1
        if len(wanted) != want:
            raise bad_parameter(f"{where}.values: {op} takes {want} value(s), got {len(wanted)}", op)
        a = wanted[0]
        b = wanted[-1]
        compare = {"greater": lambda x: x > a, "greater_or_equal": lambda x: x >= a, "less": lambda x: x < a,
                   "less_or_equal": lambda x: x <= a, "between": lambda x: a <= x <= b}[op]
        return lambda row: value(row) is not None and compare(value(row))
    negate = op in ("not_in", "not_equal")

    def test(row: dict[str, Any]) -> bool:
        have = value(row)
        hit = any(v in have for v in wanted) if isinstance(have, list) else have in wanted
        return hit != negate

    return test


REMEDIES = {
    "TUNNEL_DOWN": ("The IPsec tunnel is down", (
        "Check that the branch reaches the Prisma Access public address on UDP 500 and 4500.",
        "Compare the IKE and IPsec crypto profiles, the pre-shared key and the IKE ids of both sides.")),
    "TUNNEL_FLAP": ("The IPsec tunnel keeps going down and up", (
        "Check the branch's WAN link for loss and errors.",
        "Check that both sides use the same DPD and rekey settings, and the same PFS group.")),
    "BGP_DOWN": ("The BGP peering over the tunnel is down", (
        "Check the peer address, the local address and the AS numbers of both sides.",
        "Check that the tunnel under it is up.")),
    "BGP_FLAP": ("The BGP peering keeps going down and up", (
        "Check the hold timers of both sides and the stability of the tunnel under it.",)),
    "SITE_DOWN": ("No tunnel of the site has been up for ten minutes", (
        "Check the branch device and each of its WAN links.",)),
    "TUNNEL_RTT_EXCEEDED_BASELINE": ("The tunnel's round-trip time is above its baseline", (
        "Check the branch's WAN link for congestion, and its ISP's path to the Prisma Access location.",
        "Compare the latency of the site's other tunnels: one slow link, or the whole site.")),
}


def _steps(code: str) -> list[dict[str, Any]]:
    title, steps = next((v for k, v in REMEDIES.items() if code.endswith(k)), REMEDIES["TUNNEL_DOWN"])
    return [{"title": title, "subSteps": [{"title": " ", "description": s} for s in steps]}]


def _alerts(inc: Incident, events: list[dict[str, Any]], keys: str, window: float, now: float) -> list[dict[str, Any]]:
    """The alerts behind an incident: one of the same code (``AL_`` for ``INC_``), or for a flap
    the down alert of each flap that raised it."""
    severity = inc.severity[0]

    def alert(code: str, state: str, at: float) -> dict[str, Any]:
        alert_id = str(uuid.uuid5(IDS, f"{inc.incident_id}|{code}|{_ms(at)}"))
        return {"alert_id": alert_id, "processed_alert_id": alert_id, "severity": severity, "state": state,
                "title": inc.title, "updated_time": _ms(at), "domain": "External", "inc_prop": 0,
                "ctx_only_alert": False, "code": code, "resource_keys": keys, "release_state": "Released"}

    code = "AL_" + inc.code.removeprefix("INC_")
    if not code.endswith("_FLAP"):
        return [alert(code, inc.status, inc.cleared_at if inc.cleared_at is not None else inc.raised_at)]
    kind = "bgp" if "_BGP_" in code else "tunnel"
    names = set(inc.bgp_peers if kind == "bgp" else inc.tunnels)
    out, previous = [], ""
    mine = sorted((e for e in events if e["kind"] == kind and e["tunnel"] in names), key=lambda e: float(e["at"]))
    first = inc.counted_from if inc.counted_from is not None else math.nextafter(inc.raised_at - window, math.inf)
    for n, e in enumerate(mine):
        at = float(e["at"])
        if previous == "up" and e["state"] != "up" and first <= at <= inc.raised_at:
            back = next((float(x["at"]) for x in mine[n + 1:] if x["state"] == "up" and float(x["at"]) <= now), None)
            out.append(alert(code.removesuffix("_FLAP") + "_DOWN", "Cleared" if back is not None else "Raised",
                             back if back is not None else at))
        previous = str(e["state"])
    return out


# --------------------------------------------------------------------------- small things

def _obj(value: Any) -> dict[str, Any]:
    """A body member the validator let through as an object, or an empty one (never a crash)."""
    return value if isinstance(value, dict) else {}


def _seq(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _ms(seconds: float) -> int:
    return round(seconds * 1000)


def _clamp(t: float) -> float:
    """A time the answer can print (a client's ``between`` may be any number)."""
    return max(0.0, min(t, 253_402_300_799.0))  # up to 9999-12-31


def _by(field: str) -> Callable[[Mapping[str, Any]], tuple[int, Any]]:
    return lambda row: _sort_key(row.get(field))


def _sort_key(value: Any) -> tuple[int, Any]:
    """Orders values of mixed kinds without comparing across kinds: missing, numbers, texts, the rest."""
    if value is None:
        return (0, 0)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return (1, value)
    if isinstance(value, str):
        return (2, value)
    return (3, json.dumps(value, sort_keys=True, default=str))
