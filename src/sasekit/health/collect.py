"""One poll of a tenant's health: what changed since the last one.

Everything is read through the client, like any other catalog operation (same token,
rate limiter and retries), and the same code reads the emulator and a real tenant:

- the configuration (remote networks and service connections: which tunnel is whose
  primary, secondary or ECMP tunnel, which has a BGP peer), cached for ``config_every``
  polls because it changes only with a push;
- Insights' tunnel list (each tunnel's state, disconnections, connected time);
- the incidents updated since the last poll, newest first, page by page until one is
  older than the cursor (one call per poll when little happens).

Insights reports no BGP state for third-party branches: a peer is down while a
``…_BGP_DOWN`` incident on it is raised, else up. A poll turns incidents and state
changes into :class:`~sasekit.health.model.Event` s and stores them in the history, which
keeps the cursor, so a restarted poller goes on where it stopped.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .history import HealthHistory
from .model import CLEARED, Event, SiteStatus, TunnelState, Wan, event_name, parse_code, seconds_of

RN_FOLDER = "Remote Networks"
SC_FOLDER = "Service Connections"
#: Insights' tunnel_state values (query_filters).
TUNNEL_STATES = {0: "init", 1: "up", 2: "inactive", 3: "down"}
PAGE_SIZE = 200
#: A poll reads at most this many pages of incidents (the rest at the next poll).
MAX_PAGES = 20
#: How far back the first poll reads incidents.
FIRST_WINDOW_S = 86400.0


@dataclass(frozen=True)
class Place:
    site: str
    service: str = "rn"
    role: str = "primary"
    bgp: bool = False


@dataclass
class Poll:
    """What one poll found: every tunnel, every site, the events it had not seen before."""

    at: float
    tunnels: dict[str, TunnelState]
    sites: list[SiteStatus]
    new_events: list[Event]
    open_incidents: list[dict[str, Any]]
    calls: int = 0
    problems: list[str] = field(default_factory=list)


def places_from(remote_networks: Iterable[Mapping[str, Any]], service_connections: Iterable[Mapping[str, Any]]
                ) -> dict[str, Place]:
    """tunnel name → its site, kind of site, role and whether it has a BGP peer."""
    out: dict[str, Place] = {}
    for service, items in (("rn", remote_networks), ("sc", service_connections)):
        for obj in items:
            site = str(obj.get("name") or "")
            proto = obj.get("protocol") or {}
            bgp = proto.get("bgp") or {}
            enabled = bool(bgp.get("enable"))
            peer = proto.get("bgp_peer") or {}
            if obj.get("ecmp_load_balancing") == "enable":
                for e in obj.get("ecmp_tunnels") or []:
                    if e.get("ipsec_tunnel"):
                        out[str(e["ipsec_tunnel"])] = Place(site, service, "ecmp",
                                                            enabled and bool(e.get("peer_ip_address")))
                continue
            if obj.get("ipsec_tunnel"):
                out[str(obj["ipsec_tunnel"])] = Place(site, service, "primary",
                                                      enabled and bool(bgp.get("peer_ip_address")))
            if obj.get("secondary_ipsec_tunnel"):
                out[str(obj["secondary_ipsec_tunnel"])] = Place(
                    site, service, "secondary", enabled and bool(peer.get("peer_ip_address") or
                                                                 (service == "sc" and bgp.get("peer_ip_address"))))
    return out


def incident_events(row: Mapping[str, Any], places: Mapping[str, Place]) -> list[Event]:
    """The events an incident row stands for: its raising, and its clearing when cleared."""
    code = parse_code(str(row.get("code") or ""))
    if code is None:
        return []
    objects = row.get("primary_impacted_objects") or {}
    names = [*(objects.get("tunnel_names") or []), *(objects.get("bgp_peer_names") or [])]
    tunnel = str(names[0]) if names and code.object != "site" else ""
    place = places.get(tunnel)
    site = str(((objects.get("site_names") or [None])[0]) or (place.site if place else "") or tunnel)
    role = code.role or (place.role if place and code.object != "site" else "")
    ident = str(row.get("incident_id") or "")
    common = {"site": site, "object": code.object, "service": code.service, "role": role, "tunnel": tunnel,
              "source": "incident", "incident_id": ident, "code": str(row.get("code")),
              "detail": str(row.get("title") or "")}
    raised = seconds_of(row.get("raised_time")) or seconds_of(row.get("updated_time")) or 0.0
    out = [Event(key=f"incident:{ident}:Raised", at=raised, name=event_name(code.service, role, code.object,
                                                                              code.state),
                 state=code.state, status="Raised", **common)]
    if row.get("status") == "Cleared":
        state = CLEARED[code.state]
        cleared = seconds_of(row.get("cleared_time")) or seconds_of(row.get("updated_time")) or raised
        out.append(Event(key=f"incident:{ident}:Cleared", at=cleared,
                         name=event_name(code.service, role, code.object, state), state=state, status="Cleared",
                         **{**common, "detail": f"cleared: {common['detail']}" if common["detail"] else ""}))
    return out


class Collector:
    """Polls one tenant into one history. ``clock`` is injectable (tests run on fake time)."""

    def __init__(self, client: Any, history: HealthHistory, *, config_every: int = 10,
                 clock: Callable[[], float] = time.time, concurrency: int = 4) -> None:
        self.client = client
        self.history = history
        self.config_every = max(1, config_every)
        self.clock = clock
        self.concurrency = concurrency
        self.places: dict[str, Place] = {}
        self.configured: dict[str, Place] = {}
        self.polls = 0

    # ------------------------------------------------------------------ reads

    def _config_flows(self) -> list[Any]:
        engine = self.client.engine
        return [engine.list_all("remoteNetwork", "list", {"folder": RN_FOLDER}),
                engine.list_all("serviceConnection", "list", {"folder": SC_FOLDER})]

    def _tunnel_flow(self) -> Any:
        engine = self.client.engine
        body = {"filter": {"operator": "AND", "rules": [
            {"property": "event_time", "operator": "last_n_hours", "values": [24]}]}}
        return engine.call(engine.plan("dataResourceCustom", "tunnelList", body))

    def _incident_flow(self, page: int) -> Any:
        engine = self.client.engine
        return engine.call(engine.plan("incident", "search", {
            "pagination": {"page_size": PAGE_SIZE, "page_number": page,
                           "order_by": [{"property": "updated_time", "order": "desc"}]}}))

    def read(self, with_config: bool) -> tuple[list[Any], list[Any], list[Any], list[dict[str, Any]], int]:
        """(remote networks, service connections, tunnel rows, incident rows, calls)."""
        engine = self.client.engine
        flows = [self._tunnel_flow(), self._incident_flow(1), *(self._config_flows() if with_config else [])]
        results: dict[int, Any] = {}
        for index, value, error in engine.run_many(flows, self.concurrency):
            if error is not None:
                raise error
            results[index] = value
        calls = len(flows)
        tunnels = _data(results[0])
        incidents, total = _incident_page(results[1])
        cursor = float(self.history.get("incidents.cursor", "0") or 0) or self.clock() - FIRST_WINDOW_S
        page = 1
        while len(incidents) < total and page < MAX_PAGES and incidents and \
                (seconds_of(incidents[-1].get("updated_time")) or 0) >= cursor:
            page += 1
            more, total = _incident_page(engine.run(self._incident_flow(page)))
            calls += 1
            if not more:
                break
            incidents += more
        rns = results.get(2) if with_config else None
        scs = results.get(3) if with_config else None
        return (rns if isinstance(rns, list) else []), (scs if isinstance(scs, list) else []), tunnels, \
            [i for i in incidents if (seconds_of(i.get("updated_time")) or 0) >= cursor], calls

    # ------------------------------------------------------------------ one poll

    def poll(self) -> Poll:
        now = self.clock()
        with_config = self.polls % self.config_every == 0
        rns, scs, rows, incidents, calls = self.read(with_config)
        if self.polls == 0:  # what an earlier poller learned from incidents (the history keeps them)
            for row in self.history.incident_rows():
                self._learn(row)
        if with_config:
            learned = {k: v for k, v in self.places.items() if k not in self.configured}
            self.configured = places_from(rns, scs)
            self.places = {**learned, **self.configured}
        self.polls += 1
        events: list[Event] = []
        for row in incidents:
            self._learn(row)
            events += incident_events(row, self.places)
        self.history.save_incidents(incidents)
        open_ = [row for row in self.history.open_incidents() if parse_code(str(row.get("code") or ""))]
        before = self.history.tunnels()
        tunnels = self._tunnels(rows, open_, now)
        for name, state in tunnels.items():
            old = before.get(name)
            if old is not None and old.state != state.state:
                events.append(self._change(state, "tunnel", state.state, now))
            if old is not None and old.bgp and state.bgp and old.bgp != state.bgp:
                events.append(self._change(state, "bgp", state.bgp, now))
        new = self.history.add_events(events, now=now)
        self.history.save_tunnels(tunnels.values(), now=now)
        latest = max((seconds_of(i.get("updated_time")) or 0 for i in incidents), default=0.0)
        if latest:
            self.history.put("incidents.cursor", repr(latest))
        elif not self.history.get("incidents.cursor"):
            self.history.put("incidents.cursor", repr(now - FIRST_WINDOW_S))
        self.history.prune(now=now)
        return Poll(now, tunnels, self.sites(tunnels, open_), new, open_, calls)

    def _learn(self, row: Mapping[str, Any]) -> None:
        """A tunnel no configuration names (another folder, a tenant read without the
        configuration role): its site and role as its incidents name them."""
        code = parse_code(str(row.get("code") or ""))
        objects = row.get("primary_impacted_objects") or {}
        names = [*(objects.get("tunnel_names") or []), *(objects.get("bgp_peer_names") or [])]
        if code is None or code.object == "site" or not names or str(names[0]) in self.configured:
            return
        tunnel = str(names[0])
        known = self.places.get(tunnel)
        site = str((objects.get("site_names") or [None])[0] or (known.site if known else tunnel))
        self.places[tunnel] = Place(site, code.service, code.role or "primary",
                                    code.object == "bgp" or bool(known and known.bgp))

    def _tunnels(self, rows: Iterable[Mapping[str, Any]], open_: list[dict[str, Any]], now: float
                 ) -> dict[str, TunnelState]:
        bgp_down = {n for row in open_ if (c := parse_code(str(row.get("code")))) and c.object == "bgp"
                    and c.state == "down"
                    for n in [*((row.get("primary_impacted_objects") or {}).get("tunnel_names") or []),
                              *((row.get("primary_impacted_objects") or {}).get("bgp_peer_names") or [])]}
        out: dict[str, TunnelState] = {}
        for name, place in self.places.items():  # configured tunnels Insights has not listed yet: init
            out[name] = TunnelState(name, place.site, place.service, place.role, "init",
                                    bgp=("down" if name in bgp_down else "up") if place.bgp else "")
        for row in rows:
            name = str(row.get("tunnel_name") or "")
            if not name:
                continue
            # A tunnel in no configuration and no incident yet: its site from Insights, its role unknown.
            place = self.places.get(name) or Place(str(row.get("site_name") or name),
                                                   "sc" if row.get("node_type") == 51 else "rn", "")
            state = TUNNEL_STATES.get(row.get("tunnel_state"), "init")  # type: ignore[arg-type]
            duration = row.get("tunnel_connection_duration")
            since = now - float(duration) / 1000 if state == "up" and isinstance(duration, (int, float)) else None
            out[name] = TunnelState(name, place.site, place.service, place.role, state, since,
                                    int(row.get("tunnel_disconnection") or 0),
                                    ("down" if name in bgp_down else "up") if place.bgp else "")
        return out

    @staticmethod
    def _change(t: TunnelState, obj: str, state: str, now: float) -> Event:
        return Event(key=f"state:{obj}:{t.tunnel}:{state}:{now:.3f}", at=now, site=t.site,
                     name=event_name(t.service, t.role, obj, state), state=state, object=obj, service=t.service,
                     role=t.role, tunnel=t.tunnel, source="state",
                     detail=f"{'BGP peer' if obj == 'bgp' else 'tunnel'} {t.tunnel} is {state}")

    def sites(self, tunnels: Mapping[str, TunnelState], open_: list[dict[str, Any]]) -> list[SiteStatus]:
        """Per site, per WAN role: tunnels and BGP peers up of how many; last change; incidents."""
        by_site: dict[str, dict[str, Wan]] = defaultdict(dict)
        service: dict[str, str] = {}
        for t in tunnels.values():
            wan = by_site[t.site].setdefault(t.role, Wan(t.role))
            service[t.site] = t.service
            wan.tunnels += 1
            wan.tunnels_up += t.state == "up"
            if t.bgp:
                wan.bgp += 1
                wan.bgp_up += t.bgp == "up"
        last = self.history.last_events()
        incidents: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for row in open_:
            for site in (row.get("primary_impacted_objects") or {}).get("site_names") or []:
                incidents[str(site)].append(row)
        order = {"primary": 0, "secondary": 1, "ecmp": 2}
        return [SiteStatus(site, service[site], sorted(wans.values(), key=lambda w: order.get(w.role, 3)),
                           last.get(site), incidents.get(site, []))
                for site, wans in sorted(by_site.items())]


def _data(answer: Any) -> list[Any]:
    if isinstance(answer, Mapping):
        data = answer.get("data")
        return data if isinstance(data, list) else []
    return answer if isinstance(answer, list) else []


def _incident_page(answer: Any) -> tuple[list[dict[str, Any]], int]:
    rows = [r for r in _data(answer) if isinstance(r, dict)]
    header = answer.get("header") if isinstance(answer, Mapping) else None
    paging = (header or {}).get("pagination") or {}
    total = paging.get("total_count")
    return rows, int(total) if isinstance(total, int) else len(rows)
