"""Incidents from the tunnel-state timeline, by the service's documented rules.

The emulator does not store incidents: it derives them from the timeline (:mod:`.timeline`)
each time they are asked for, by replaying each tunnel's and BGP peer's state changes in
time order. The same timeline always gives the same incidents, with the same ids (a
UUID from the tenant, the code, the object and the time it was raised), so a client
polling them sees each incident once, raised and later cleared.

The rules (``../shared/docs/health-facts.md``; thresholds scaled by ``factor``, the
emulator's clock factor, so that tests compress ten minutes into a fraction of a second):

- ``…_TUNNEL_DOWN`` / ``…_BGP_DOWN``: raised when a tunnel (a BGP peer) goes down,
  cleared when it is up again. The service's own hold time before raising is not
  published; the emulator raises at once.
- ``…_TUNNEL_FLAP`` / ``…_BGP_FLAP``: raised at the 5th flap (a change from up to down)
  within 10 minutes, cleared after 8 minutes up without a flap. The flaps counted toward
  an incident are those since the later of the window's start and the last clear: the
  flaps of a cleared incident do not raise the next one.
- ``INC_RN_SITE_DOWN`` / ``INC_SC_SITE_DOWN``: no tunnel of the site up for 10 minutes
  (``api-facts.md``: ``AL_RN_SITE_DOWN``, "no site tunnel up for 10 minutes"), raised 10
  minutes after the last tunnel up left ``up`` (``init``, ``inactive`` and ``down`` are all
  "not up", as is a tunnel the configuration names with no state yet), for a site that had
  a tunnel up before (a new site whose tunnels never came up is not raised); cleared when
  one is up again.
- ``…_TUNNEL_RTT_EXCEEDED_BASELINE``: the service publishes the codes
  (``sase-mt-notifications/``) but no threshold, window or definition of the baseline
  (nor do the Insights and incidents specs), so the rule is the emulator's own guess:
  a tunnel's baseline is the median of its first ``RTT_BASELINE_SAMPLES`` (10)
  round-trip-time samples; from the next sample on, the incident is raised at the
  ``RTT_RUN``-th (3rd) sample in a row above ``max(2 * baseline, baseline + 50 ms)``, and
  cleared at the 3rd sample in a row at or under it. The first samples rather than a
  trailing window: a trailing window learns the excursion itself, so a lasting rise
  would become the new baseline and clear its own incident with nothing better (or need
  rules to stop learning while raised); the first samples are the tunnel as it came up,
  and a median keeps one odd sample among them from moving it. The rule counts samples,
  not seconds, so the clock factor does not change it.
- Codes by role: ``PRIMARY_WAN``, ``SECONDARY_WAN``, ``ECMP`` (remote networks only);
  ``INC_RN_…`` for remote networks, ``INC_SC_…`` for service connections. The role, the
  kind of site and the site are those of the change that raised the incident, as the
  timeline froze them on it (``role``, ``service``, ``site`` of an event), so a push that
  moves a tunnel does not rewrite its past incidents; an event without them takes the
  tunnel's place in ``places``.

Severities are the emulator's choice (the service publishes none for these codes).
"""

from __future__ import annotations

import math
import statistics
import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

FLAP_COUNT = 5
FLAP_WINDOW_S = 600.0
FLAP_CLEAR_S = 480.0
SITE_DOWN_S = 600.0         # SITE_DOWN: no tunnel of the site up for 10 minutes
ROLES = {"primary": "PRIMARY_WAN", "secondary": "SECONDARY_WAN", "ecmp": "ECMP"}
SEVERITY = {"SITE_DOWN": ("Critical", 500), "TUNNEL_DOWN": ("High", 400), "BGP_DOWN": ("High", 400),
            "TUNNEL_FLAP": ("Medium", 300), "BGP_FLAP": ("Medium", 300),
            "TUNNEL_RTT_EXCEEDED_BASELINE": ("Medium", 300)}
RTT_BASELINE_SAMPLES = 10   # the baseline: the median of a tunnel's first 10 samples
RTT_RUN = 3                 # samples in a row above the threshold to raise, at or under it to clear
RTT_TIMES = 2.0             # the threshold: max(RTT_TIMES * baseline, baseline + RTT_MARGIN_MS)
RTT_MARGIN_MS = 50.0
#: Every array of the incidents spec's ImpactedObjects (scm-incidents/), in its order: a row
#: carries them all, empty when the emulator does not know them, so a client may index any.
IMPACTED_OBJECTS = ("agent_ids", "aggr_locations", "app_names", "asn_org_names", "auth_server_profiles",
                    "auth_servers", "bgp_peer_names", "certificate_names", "cluster_names", "cves", "device_ids",
                    "directory_ids", "dns_servers", "gp_versions", "gre_tunnel_names", "host_names",
                    "ike_gateway_names", "interfaces", "licenses", "link_names", "locations", "log_receivers",
                    "nat_policies", "packages", "roles", "security_checks", "security_objects", "security_types",
                    "sha256s", "site_names", "slots", "spn_names", "theaters", "tunnel_names", "user_locations",
                    "zones")
_NO_OBJECTS: dict[str, list[str]] = {name: [] for name in IMPACTED_OBJECTS}  # copied per row, never changed
IDS = uuid.UUID("6f1d3c52-9b8e-4d0a-8f43-5a1e2c7b9d10")  # the namespace of derived incident ids


@dataclass(frozen=True)
class Place:
    """Where a tunnel sits: its site, its role there, and the kind of site."""

    site: str
    role: str = "primary"          # primary | secondary | ecmp
    service: str = "rn"            # rn (remote network) | sc (service connection)


@dataclass
class Incident:
    incident_id: str
    code: str
    title: str
    status: str                    # Raised | Cleared
    raised_at: float
    cleared_at: float | None
    site: str
    tunnels: list[str] = field(default_factory=list)
    bgp_peers: list[str] = field(default_factory=list)
    description: str = ""
    counted_from: float | None = None  # a flap incident: the first of the flaps that raised it
    ike_gateways: list[str] = field(default_factory=list)  # of its tunnels, when the running config names them
    spns: list[str] = field(default_factory=list)

    @property
    def severity(self) -> tuple[str, int]:
        what = self.code.split("_", 2)[2]           # after INC_RN_ / INC_SC_
        for role in ROLES.values():
            what = what.removeprefix(role + "_")
        return SEVERITY.get(what, ("Medium", 300))

    def to_row(self) -> dict[str, Any]:
        """The incident as the search endpoint lists it (times in epoch milliseconds).

        ``cleared_time`` is a number on every row, as the spec types it (an integer, not
        nullable): a Raised incident's is its ``raised_time``, as in the spec's example of a
        Raised row (raised, cleared and updated times the same); ``status`` says whether it
        is cleared. Both impacted-object groups carry every array of the spec's
        ImpactedObjects (:data:`IMPACTED_OBJECTS`), empty when not known; the related
        objects are always empty (the emulator knows no incident behind another)."""
        severity, severity_id = self.severity
        updated = self.cleared_at if self.cleared_at is not None else self.raised_at
        primary = dict(_NO_OBJECTS)
        primary |= {"site_names": [self.site], "tunnel_names": list(self.tunnels),
                    "bgp_peer_names": list(self.bgp_peers), "ike_gateway_names": list(self.ike_gateways),
                    "spn_names": list(self.spns)}
        return {"incident_id": self.incident_id, "code": self.code, "title": self.title, "status": self.status,
                "severity": severity, "severity_id": severity_id, "priority": "Not Set", "priority_id": 0,
                "product": "Prisma Access", "category": "Network", "sub_category": "Remote Networks"
                if self.code.startswith("INC_RN_") else "Service Connections",
                "raised_time": _ms(self.raised_at), "cleared_time": _ms(updated),
                "updated_time": _ms(updated), "release_state": "Released", "incident_type": "SOURCE_INCIDENT",
                "designation": "root", "acknowledged": False,
                "primary_impacted_objects": primary,
                "related_impacted_objects": dict(_NO_OBJECTS)}


def derive(tsg: str, events: Iterable[Mapping[str, Any]], places: Mapping[str, Place], now: float, *,
           factor: float = 1.0, rtt: Iterable[Mapping[str, Any]] = ()) -> list[Incident]:
    """Every incident the timeline's ``events`` and ``rtt`` samples give up to ``now``, oldest first.

    ``events`` are the timeline's state changes (kind, tunnel, site, state, at); ``rtt`` its
    round-trip-time samples (tunnel, site?, at, rtt_ms), each tunnel's from its first (the
    baseline is learnt from them: :meth:`.Timeline.rtt` with ``since`` 0). A tunnel missing
    from ``places`` is taken as its site's primary remote-network tunnel."""
    if factor <= 0:
        raise ValueError(f"clock factor {factor}: must be above 0")
    window, clear_after = FLAP_WINDOW_S / factor, FLAP_CLEAR_S / factor
    series: dict[tuple[str, str], list[Mapping[str, Any]]] = defaultdict(list)
    for event in events:
        if float(event["at"]) <= now:
            series[(str(event["kind"]), str(event["tunnel"]))].append(event)
    out: list[Incident] = []
    for (kind, tunnel), changes in series.items():
        changes.sort(key=lambda e: float(e["at"]))
        place = places.get(tunnel) or Place(str(changes[-1].get("site") or tunnel))
        out += _one(tsg, kind, tunnel, place, changes, now, window, clear_after)
    out += _sites(tsg, series, places, now, SITE_DOWN_S / factor)
    samples: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for sample in rtt:
        if float(sample["at"]) <= now:
            samples[str(sample["tunnel"])].append(sample)
    for tunnel, taken in samples.items():
        taken.sort(key=lambda s: float(s["at"]))  # stable: samples of the same time keep their order
        states = series.get(("tunnel", tunnel))
        site = str(taken[-1].get("site") or (states[-1].get("site") if states else "") or tunnel)
        out += _rtt(tsg, tunnel, places.get(tunnel) or Place(site), taken)
    return sorted(out, key=lambda i: (i.raised_at, i.code, i.site))


def _frozen(event: Mapping[str, Any], place: Place) -> Place:
    """Where the tunnel sat when ``event`` happened: the place the timeline froze on it
    (``role``, ``service``, ``site``), else ``place`` (the tunnel's place now)."""
    role, service = event.get("role"), event.get("service")
    if role and service:
        return _place(str(event.get("site") or place.site), str(role), str(service))
    return place


@lru_cache(maxsize=4096)
def _place(site: str, role: str, service: str) -> Place:
    return Place(site, role, service)


def _code(place: Place, kind: str, what: str) -> str:
    service = "SC" if place.service == "sc" else "RN"
    role = ROLES.get(place.role, "PRIMARY_WAN")
    if service == "SC" and role == "ECMP":
        role = "PRIMARY_WAN"
    return f"INC_{service}_{role}_{'BGP' if kind == 'bgp' else 'TUNNEL'}_{what}"


def _incident(tsg: str, code: str, place: Place, kind: str, tunnel: str, raised: float, title: str,
              description: str) -> Incident:
    key = f"{tsg}|{code}|{place.site}|{tunnel}|{_ms(raised)}"
    return Incident(str(uuid.uuid5(IDS, key)), code, title, "Raised", raised, None, place.site,
                    [tunnel] if kind == "tunnel" else [], [tunnel] if kind == "bgp" else [], description)


def _one(tsg: str, kind: str, tunnel: str, place: Place, changes: list[Mapping[str, Any]], now: float,
         window: float, clear_after: float) -> list[Incident]:
    noun = "BGP peer" if kind == "bgp" else "tunnel"
    out: list[Incident] = []
    down: Incident | None = None
    flap: Incident | None = None
    flaps: list[float] = []
    previous = ""
    up_since: float | None = None
    for change in changes:
        state, at = str(change["state"]), float(change["at"])
        if flap is not None and up_since is not None and up_since + clear_after <= at:
            flap.status, flap.cleared_at = "Cleared", up_since + clear_after
            flap = None
            flaps = []  # the flaps before a clear do not count toward the next incident
        if previous == "up" and state != "up":  # a flap: the tunnel lost its up state
            flaps = [t for t in flaps if t > at - window] + [at]
            if len(flaps) >= FLAP_COUNT and flap is None:
                where = _frozen(change, place)
                flap = _incident(tsg, _code(where, kind, "FLAP"), where, kind, tunnel, at,
                                 f"{noun} {tunnel} of {where.site} is flapping",
                                 f"{len(flaps)} flaps within {window:g} s")
                flap.counted_from = flaps[0]
                out.append(flap)
        if state == "down" and previous != "down":
            if down is None:
                where = _frozen(change, place)
                down = _incident(tsg, _code(where, kind, "DOWN"), where, kind, tunnel, at,
                                 f"{noun} {tunnel} of {where.site} is down", str(change.get("reason") or ""))
                out.append(down)
            up_since = None
        elif state == "up":
            if down is not None:
                down.status, down.cleared_at = "Cleared", at
                down = None
            if previous != "up":
                up_since = at
        elif state != "down":
            up_since = None
        previous = state
    if flap is not None and up_since is not None and up_since + clear_after <= now:
        flap.status, flap.cleared_at = "Cleared", up_since + clear_after
    return out


def _rtt(tsg: str, tunnel: str, place: Place, samples: list[Mapping[str, Any]]) -> list[Incident]:
    """RTT_EXCEEDED_BASELINE: runs of samples above the threshold the first samples set."""
    if len(samples) <= RTT_BASELINE_SAMPLES:
        return []
    baseline = float(statistics.median(float(s["rtt_ms"]) for s in samples[:RTT_BASELINE_SAMPLES]))
    threshold = max(RTT_TIMES * baseline, baseline + RTT_MARGIN_MS)
    code = _code(place, "tunnel", "RTT_EXCEEDED_BASELINE")
    out: list[Incident] = []
    open_: Incident | None = None
    above = under = 0
    for sample in samples[RTT_BASELINE_SAMPLES:]:
        value, at = float(sample["rtt_ms"]), float(sample["at"])
        above, under = (above + 1, 0) if value > threshold else (0, under + 1)
        if open_ is None and above >= RTT_RUN:
            open_ = _incident(tsg, code, place, "tunnel", tunnel, at,
                              f"tunnel {tunnel} of {place.site}: round-trip time above its baseline",
                              f"round-trip time {value:g} ms, {RTT_RUN} samples in a row above "
                              f"{threshold:g} ms; baseline {baseline:g} ms (the median of the tunnel's first "
                              f"{RTT_BASELINE_SAMPLES} samples)")
            out.append(open_)
        elif open_ is not None and under >= RTT_RUN:
            open_.status, open_.cleared_at = "Cleared", at
            open_ = None
    return out


def _sites(tsg: str, series: Mapping[tuple[str, str], list[Mapping[str, Any]]], places: Mapping[str, Place],
           now: float, hold: float) -> list[Incident]:
    """SITE_DOWN: no tunnel of a site up for ``hold`` seconds, raised when the last one up left
    ``up`` plus ``hold``, for a site that had a tunnel up before; cleared when one is up."""
    by_site: dict[str, set[str]] = defaultdict(set)
    for tunnel, place in places.items():  # a known tunnel with no state yet is one of its site's (not up)
        by_site[place.site].add(tunnel)
    at_site: dict[str, list[tuple[float, str, str]]] = defaultdict(list)
    service: dict[str, str] = {}  # of a site, as its tunnels' changes froze it
    for (kind, tunnel), changes in series.items():
        if kind != "tunnel":
            continue
        now_at = places.get(tunnel) or Place(str(changes[-1].get("site") or tunnel))
        for e in changes:  # each change at the site where it happened
            where = _frozen(e, now_at)
            by_site[where.site].add(tunnel)
            at_site[where.site].append((float(e["at"]), tunnel, str(e["state"])))
            service.setdefault(where.site, where.service)
    out: list[Incident] = []
    for site, tunnels in by_site.items():
        known = next((places[t] for t in sorted(tunnels) if t in places and places[t].site == site), None)
        kind_of_site = service.get(site) or (known.service if known else "rn")
        code = f"INC_{'SC' if kind_of_site == 'sc' else 'RN'}_SITE_DOWN"
        out += _site_down(tsg, code, site, sorted(tunnels), sorted(at_site.get(site, [])), now, hold)
    return out


def _site_down(tsg: str, code: str, site: str, tunnels: list[str], timeline: list[tuple[float, str, str]],
               now: float, hold: float) -> list[Incident]:
    """One site's SITE_DOWN incidents from its tunnels' changes (at, tunnel, state), in time order."""
    out: list[Incident] = []
    up: set[str] = set()
    ever_up = False
    none_up_since: float | None = None  # when the site's last tunnel up left up
    open_: Incident | None = None
    for at, tunnel, value in [*timeline, (math.inf, "", "")]:  # the end: what is due by now
        due = none_up_since + hold if open_ is None and none_up_since is not None else math.inf
        if due <= min(at, now):
            open_ = Incident(str(uuid.uuid5(IDS, f"{tsg}|{code}|{site}|{_ms(due)}")), code,
                             f"site {site} is down: no tunnel up for {hold:g} s ({len(tunnels)} in all)",
                             "Raised", due, None, site, list(tunnels))
            out.append(open_)
        if at == math.inf:
            break
        if value == "up":
            up.add(tunnel)
        else:
            up.discard(tunnel)
        if up:
            ever_up, none_up_since = True, None
            if open_ is not None:
                open_.status, open_.cleared_at = "Cleared", at
                open_ = None
        elif ever_up and none_up_since is None:
            none_up_since = at
    return out


def _ms(seconds: float | None) -> int:
    return round((seconds or 0.0) * 1000)
