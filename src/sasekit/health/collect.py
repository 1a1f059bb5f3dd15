"""One poll of a tenant's health: what changed since the last one.

Everything is read through the client, like any other catalog operation (same token,
rate limiter and retries), and the same code reads the emulator and a real tenant:

- the configuration (remote networks and service connections: which tunnel is whose
  primary, secondary or ECMP tunnel, which has a BGP peer), cached for ``config_every``
  polls because it changes only with a push;
- Insights' tunnel list (each tunnel's state, disconnections, connected time);
- the incidents of the health view's codes (:data:`~sasekit.health.model.HEALTH_CODES`)
  updated since the last poll, oldest update first, each page asked for as "updated at or
  after the last one read" (so an incident updated while the poll pages moves to the end
  instead of shifting one onto a page already read); a poll reads at most ``MAX_PAGES``
  pages and keeps a low-water mark, the next poll going on from it: however much happens,
  no incident is skipped (one call per poll when little happens).

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
from .model import (
    CLEARED,
    HEALTH_CODES,
    Event,
    SiteStatus,
    TunnelState,
    Wan,
    event_name,
    parse_code,
    seconds_of,
)

RN_FOLDER = "Remote Networks"
SC_FOLDER = "Service Connections"
#: Insights' tunnel_state values (query_filters).
TUNNEL_STATES = {0: "init", 1: "up", 2: "inactive", 3: "down"}
#: The tunnel states that are events. 003's table names a tunnel Up, Down and Flap only:
#: Insights' Init (not negotiated yet) and Inactive (not in use) are states the view shows,
#: not events; a change is the tunnel going from its last up or down to the other one,
#: whatever it was in between (up, inactive, up is no event; up, init, down is a Down).
EVENT_STATES = ("up", "down")
PAGE_SIZE = 200
#: A poll reads at most this many pages of incidents (the rest at the next poll, from the
#: low-water mark this one leaves).
MAX_PAGES = 20
#: How far back the first poll reads incidents.
FIRST_WINDOW_S = 86400.0
#: The history's meta key prefix of each tunnel's last up or down (what a change is from).
SETTLED = "tunnel.settled:"


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
                 state=code.state, status="Raised", after=None, **common)]
    if row.get("status") == "Cleared":
        state = CLEARED[code.state]
        cleared = seconds_of(row.get("cleared_time")) or seconds_of(row.get("updated_time")) or raised
        out.append(Event(key=f"incident:{ident}:Cleared", at=cleared,
                         name=event_name(code.service, role, code.object, state), state=state, status="Cleared",
                         after=None, **{**common, "detail": f"cleared: {common['detail']}" if common["detail"] else ""}))
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
        self.next_cursor: tuple[int, int] = (0, 1)
        self.caught_up = False

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

    def _incident_flow(self, since_ms: int, page: int = 1) -> Any:
        """One page of the health view's incidents updated at or after ``since_ms``, oldest first."""
        return self._search_flow([{"property": "updated_time", "operator": "greater_or_equal",
                                   "values": [str(since_ms)]}], page, by_update=True)

    def _search_flow(self, rules: list[dict[str, Any]], page: int, *, by_update: bool = False) -> Any:
        """One page of the search for the health view's codes and ``rules``, in incident id
        order (``by_update``: oldest update first, then id)."""
        engine = self.client.engine
        order = [{"property": "incident_id", "order": "asc"}]
        return engine.call(engine.plan("incident", "search", {
            "filter": {"rules": [{"property": "code", "operator": "in", "values": list(HEALTH_CODES)}, *rules]},
            "pagination": {"page_size": PAGE_SIZE, "page_number": page,
                           "order_by": [{"property": "updated_time", "order": "asc"}, *order] if by_update
                           else order}}))

    def _cursor(self) -> tuple[int, int]:
        """(epoch ms, page): every incident updated before the ms was read, and the pages
        before ``page`` of those updated at it (more than a poll's pages at one millisecond)."""
        cursor = float(self.history.get("incidents.cursor", "0") or 0) or self.clock() - FIRST_WINDOW_S
        page = int(self.history.get("incidents.cursor_page", "1") or 1)
        return round(cursor * 1000), max(1, page)

    def read(self, with_config: bool) -> tuple[list[Any], list[Any], list[Any], list[dict[str, Any]], int]:
        """(remote networks, service connections, tunnel rows, incident rows, calls).

        The incident rows are those updated since the last poll, each once, oldest update
        first; the low-water mark to go on from is left in ``self.next_cursor`` for
        :meth:`poll` to keep once the rows are stored."""
        engine = self.client.engine
        start, page = self._cursor()
        flows = [self._tunnel_flow(), self._incident_flow(start, page),
                 *(self._config_flows() if with_config else [])]
        results: dict[int, Any] = {}
        errors: dict[int, BaseException] = {}
        for index, value, error in engine.run_many(flows, self.concurrency):
            if error is not None:
                errors[index] = error
            results[index] = value
        if errors:  # the first flow's, whichever failed first (a poll that fails the same way says the same)
            raise errors[min(errors)]
        calls = len(flows)
        tunnels = _data(results[0])
        rows, _ = _incident_page(results[1])
        read: dict[str, dict[str, Any]] = {}
        lo = start
        pages = 1
        while True:
            for row in rows:
                ident = str(row.get("incident_id") or "")
                if ident not in read or _ms(row) >= _ms(read[ident]):
                    read[ident] = row
            self.caught_up = len(rows) < PAGE_SIZE
            if self.caught_up:               # the last page: everything up to now is read
                lo = max([lo, *(_ms(r) for r in read.values())])
                page = 1
                break
            last = _ms(rows[-1])
            if last > lo:                    # the next page: at or after the last one read
                lo, page = last, 1
            else:                            # a full page at one millisecond: on through it by page
                page += 1
            if pages >= MAX_PAGES:           # the rest at the next poll, from here
                break
            rows, _ = _incident_page(engine.run(self._incident_flow(lo, page)))
            calls += 1
            pages += 1
        self.next_cursor = (lo, page)
        incidents = sorted((r for r in read.values() if not self._known(r, start)),
                           key=lambda r: (_ms(r), str(r.get("incident_id") or "")))
        rns = results.get(2) if with_config else None
        scs = results.get(3) if with_config else None
        return (rns if isinstance(rns, list) else []), (scs if isinstance(scs, list) else []), tunnels, \
            incidents, calls

    def _search(self, rules: list[dict[str, Any]], page: int) -> Any:
        return self.client.engine.run(self._search_flow(rules, page))

    def reconcile(self) -> tuple[list[dict[str, Any]], list[str], int]:
        """The incidents the history has open that the service no longer lists as raised:
        (their rows as the service has them now, to be stored as any update; the ids it
        does not know any more; calls). Run with the configuration reads, and only on a
        complete read of the raised ones (nothing is closed on a partial one)."""
        stored = {str(row.get("incident_id") or "") for row in self.history.open_incidents()}
        if not stored:
            return [], [], 0
        raised: set[str] = set()
        calls = 0
        for page in range(1, MAX_PAGES + 1):
            rows, _ = _incident_page(self._search([{"property": "status", "operator": "in", "values": ["Raised"]}],
                                                  page))
            calls += 1
            raised.update(str(r.get("incident_id") or "") for r in rows)
            if len(rows) < PAGE_SIZE:
                break
        else:
            return [], [], calls          # more raised than a poll reads: not now
        stale = sorted(stored - raised)
        found: dict[str, dict[str, Any]] = {}
        for i in range(0, len(stale), PAGE_SIZE):
            chunk = stale[i:i + PAGE_SIZE]
            rows, _ = _incident_page(self._search([{"property": "incident_id", "operator": "in", "values": chunk}], 1))
            calls += 1
            found.update((str(r.get("incident_id") or ""), r) for r in rows if r.get("incident_id") in chunk)
        return [found[i] for i in stale if i in found], [i for i in stale if i not in found], calls

    def _known(self, row: Mapping[str, Any], start: int) -> bool:
        """A row read again (updated at the low-water mark): stored as it is."""
        if _ms(row) > start:
            return False
        stored = self.history.incident(str(row.get("incident_id") or ""))
        return stored is not None and stored.get("updated_time") == row.get("updated_time") and \
            stored.get("status") == row.get("status")

    # ------------------------------------------------------------------ one poll

    def poll(self) -> Poll:
        now = self.clock()
        with_config = self.polls % self.config_every == 0
        rns, scs, rows, incidents, calls = self.read(with_config)
        if self.polls == 0:  # what an earlier poller learned from incidents (the history keeps them)
            for row in self.history.incident_rows():
                self._learn(row)
        if with_config:
            # A tunnel learned from an incident (in no configuration) stays while Insights lists
            # it or an incident on it is open; one of a site since deleted is not shown down forever.
            self.configured = places_from(rns, scs)
            alive = {str(r.get("tunnel_name") or "") for r in rows} | {
                str(n) for row in self.history.open_incidents()
                for n in (row.get("primary_impacted_objects") or {}).get("tunnel_names") or []}
            learned = {k: v for k, v in self.places.items() if k not in self.configured and k in alive}
            self.places = {**learned, **self.configured}
        self.polls += 1
        events: list[Event] = []
        for row in incidents:
            self._learn(row)
            events += incident_events(row, self.places)
        self.history.save_incidents(incidents)
        if with_config and self.next_cursor[1] == 1 and self.caught_up:
            more, gone, extra = self.reconcile()
            calls += extra
            for row in more:
                self._learn(row)
                events += incident_events(row, self.places)
            self.history.save_incidents(more)
            self.history.forget_incidents(gone)
        open_ = [row for row in self.history.open_incidents() if parse_code(str(row.get("code") or ""))]
        before = self.history.tunnels()
        seen = self.history.tunnels_seen()
        last = self.history.marks(SETTLED)
        tunnels, listed = self._tunnels(rows, open_, now, before)
        settled: dict[str, str] = {}
        for name, state in tunnels.items():
            old = before.get(name)
            if name not in listed or state.state not in EVENT_STATES:
                continue
            was = last.get(name) or (old.state if old is not None and old.state in EVENT_STATES else "")
            if was != state.state:
                settled[name] = state.state
            if was and was != state.state:
                events.append(self._change(state, "tunnel", state.state, now, seen.get(name)))
            # No BGP state changes: Insights has no BGP state for these peers; it is derived
            # from the BGP incidents, whose own events say it (a change would repeat them).
        new = self.history.add_events(events, now=now)
        self.history.save_tunnels(tunnels.values(), now=now, unseen=set(tunnels) - listed)
        if settled:
            self.history.put_many((SETTLED + name, state) for name, state in settled.items())
        cursor_ms, cursor_page = self.next_cursor
        self.history.put_many([("incidents.cursor", repr(cursor_ms / 1000)),
                               ("incidents.cursor_page", str(cursor_page))])
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

    def _tunnels(self, rows: Iterable[Mapping[str, Any]], open_: list[dict[str, Any]], now: float,
                 before: Mapping[str, TunnelState] | None = None) -> tuple[dict[str, TunnelState], set[str]]:
        """Every tunnel's state, and the names of those Insights listed. A tunnel it did not
        list this time keeps the state the history has for it (one answer missing a tunnel
        is no change of it); one it never listed is ``init``."""
        bgp_down = {n for row in open_ if (c := parse_code(str(row.get("code")))) and c.object == "bgp"
                    and c.state == "down"
                    for n in [*((row.get("primary_impacted_objects") or {}).get("tunnel_names") or []),
                              *((row.get("primary_impacted_objects") or {}).get("bgp_peer_names") or [])]}
        out: dict[str, TunnelState] = {}
        listed: set[str] = set()
        for name, place in self.places.items():  # configured tunnels Insights did not list: as they were
            old = (before or {}).get(name)
            out[name] = TunnelState(name, place.site, place.service, place.role, old.state if old else "init",
                                    old.since if old else None, old.disconnections if old else 0,
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
            listed.add(name)
        return out, listed

    @staticmethod
    def _change(t: TunnelState, obj: str, state: str, now: float, after: float | None = None) -> Event:
        """A change seen by this poll (``now``) that the poll at ``after`` had not seen."""
        return Event(key=f"state:{obj}:{t.tunnel}:{state}:{now:.3f}", at=now, site=t.site,
                     name=event_name(t.service, t.role, obj, state), state=state, object=obj, service=t.service,
                     role=t.role, tunnel=t.tunnel, source="state",
                     detail=f"{'BGP peer' if obj == 'bgp' else 'tunnel'} {t.tunnel} is {state}",
                     after=after if after is not None and after < now else None)

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


def _ms(row: Mapping[str, Any]) -> int:
    value = row.get("updated_time")
    return int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else 0


def _incident_page(answer: Any) -> tuple[list[dict[str, Any]], int]:
    rows = [r for r in _data(answer) if isinstance(r, dict)]
    header = answer.get("header") if isinstance(answer, Mapping) else None
    paging = (header or {}).get("pagination") or {}
    total = paging.get("total_count")
    return rows, int(total) if isinstance(total, int) else len(rows)
