"""What the health view is made of: events named as the product names them, tunnel states, sites.

Product document 003 names Prisma Access events per device ("Prisma RN Primary WAN
Tunnel Down", "Prisma Service Connection Primary WAN BGP Flap", ...; its table 6). The service
publishes incident codes instead (``INC_RN_PRIMARY_WAN_TUNNEL_DOWN``): :func:`parse_code`
reads a code into its parts and :func:`event_name` names the parts, so an incident, a
state change seen in Insights and a configuration mismatch found by ``tunnel check`` all
become the same kind of :class:`Event`. Names the table does not have (a site down, an
RTT above baseline, a flap cleared) follow the same pattern and are sasekit's own.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

SERVICES = {"rn": "RN", "sc": "Service Connection"}
ROLES = {"primary": "Primary WAN", "secondary": "Secondary WAN", "ecmp": "ECMP"}
OBJECTS = {"tunnel": "Tunnel", "bgp": "BGP", "proxy-tunnel": "Proxy Tunnel", "site": "Site"}
STATES = {"up": "Up", "down": "Down", "flap": "Flap", "flap-cleared": "Flap Cleared",
          "rtt-high": "RTT Above Baseline", "rtt-normal": "RTT Back To Baseline", "mismatch": "Mismatch"}
#: How bad an event is, for colours, notifications and chart marks.
SEVERITY = {"up": "good", "flap-cleared": "good", "rtt-normal": "good", "down": "bad", "flap": "bad",
            "rtt-high": "bad", "mismatch": "bad"}

_CODE = re.compile(r"INC_(?P<service>RN|SC)_(?:(?P<role>PRIMARY_WAN|SECONDARY_WAN|ECMP)_)?"
                   r"(?P<object>TUNNEL|BGP|SITE)_(?P<what>DOWN|FLAP|RTT_EXCEEDED_BASELINE)$")
_WHAT = {"DOWN": "down", "FLAP": "flap", "RTT_EXCEEDED_BASELINE": "rtt-high"}
#: What the clearing of an incident means, by what its raising meant.
CLEARED = {"down": "up", "flap": "flap-cleared", "rtt-high": "rtt-normal"}
#: The incident codes of the health view, as ``sase-mt-notifications/`` publishes them (remote
#: networks with ECMP, service connections without): the incident search asks for these only.
HEALTH_CODES = tuple(
    [f"INC_{svc}_{role}_{what}" for svc, roles in (("RN", ("PRIMARY_WAN", "SECONDARY_WAN", "ECMP")),
                                                   ("SC", ("PRIMARY_WAN", "SECONDARY_WAN")))
     for role in roles for what in ("TUNNEL_DOWN", "TUNNEL_FLAP", "BGP_DOWN", "BGP_FLAP",
                                    "TUNNEL_RTT_EXCEEDED_BASELINE")]
    + ["INC_RN_SITE_DOWN", "INC_SC_SITE_DOWN"])


def seconds_of(ms: Any) -> float | None:
    """An incident time (epoch milliseconds, as the service gives them) in seconds; None
    when it is not a number (a raised incident's ``cleared_time``)."""
    return float(ms) / 1000 if isinstance(ms, (int, float)) and not isinstance(ms, bool) else None


@dataclass(frozen=True)
class Code:
    """An incident code's parts: ``INC_RN_SECONDARY_WAN_BGP_FLAP`` → rn, secondary, bgp, flap."""

    service: str
    role: str
    object: str
    state: str


def parse_code(code: str) -> Code | None:
    """The parts of a remote-network or service-connection tunnel/BGP/site code, else None
    (capacity, NGFW and the tenant's other codes are not the health view's)."""
    m = _CODE.match(code or "")
    if m is None:
        return None
    role = {"PRIMARY_WAN": "primary", "SECONDARY_WAN": "secondary", "ECMP": "ecmp"}.get(m["role"] or "", "")
    return Code(m["service"].lower(), role, m["object"].lower(), _WHAT[m["what"]])


def event_name(service: str, role: str, obj: str, state: str) -> str:
    """003's name for an event (table 6), configuration mismatches keeping ``tunnel check``'s.

    The table names a service connection's BGP twice: "Prisma Service Connection Primary WAN
    BGP Down/Flap" (``INC_SC_PRIMARY_WAN_BGP_…``) and "Prisma Service Connection WAN BGP
    Down/Flap", and has no "Secondary WAN BGP" for service connections: the secondary's
    peer (``INC_SC_SECONDARY_WAN_BGP_…``) and a peer of no known role take the table's
    "WAN BGP" name, so every name a published code maps to is one of the table's (or, for
    what the table has no row for — an Up, a site, an RTT, a flap cleared — the same
    pattern)."""
    parts = ["Prisma", SERVICES.get(service, "RN")]
    if obj == "bgp" and service == "sc" and role != "primary":
        parts.append("WAN")
    elif role and obj != "site":
        parts.append(ROLES.get(role, role))
    parts += [OBJECTS.get(obj, obj.title()), STATES.get(state, state.title())]
    return " ".join(parts)


@dataclass
class Event:
    """One happening on one tunnel, BGP peer or site, whatever told sasekit of it.

    ``source``: ``incident`` (an SCM incident raised or cleared), ``state`` (a change of
    state seen between two polls of Insights), ``check`` (a configuration mismatch).
    ``key`` identifies the event across polls and restarts, so it is stored and notified
    once. ``after``: for a state change, when the poll before the one that saw it saw the
    old state (the change happened between ``after`` and ``at``); None otherwise."""

    key: str
    at: float
    site: str
    name: str
    state: str
    object: str = "tunnel"
    service: str = "rn"
    role: str = ""
    tunnel: str = ""
    source: str = "incident"
    incident_id: str = ""
    code: str = ""
    status: str = ""
    detail: str = ""
    cause: str = ""
    after: float | None = None

    @property
    def severity(self) -> str:
        return SEVERITY.get(self.state, "neutral")

    def to_dict(self) -> dict[str, Any]:
        out = {**asdict(self), "severity": self.severity}
        if out["after"] is None:
            del out["after"]
        return out


@dataclass
class TunnelState:
    """A tunnel as the last poll saw it (Insights' tunnel list, the config's roles)."""

    tunnel: str
    site: str
    service: str = "rn"
    role: str = "primary"
    state: str = "init"                # init | up | inactive | down (Insights' tunnel_state)
    since: float | None = None
    disconnections: int = 0
    bgp: str = ""                      # "" (no BGP peer), "up" or "down"


@dataclass
class Wan:
    """One WAN role of a site: how many of its tunnels and BGP peers are up."""

    role: str
    tunnels_up: int = 0
    tunnels: int = 0
    bgp_up: int = 0
    bgp: int = 0


@dataclass
class SiteStatus:
    site: str
    service: str
    wans: list[Wan] = field(default_factory=list)
    last_change: Event | None = None
    open_incidents: list[dict[str, Any]] = field(default_factory=list)

    @property
    def state(self) -> str:
        """up (every tunnel and peer up), down (no tunnel up) or degraded."""
        up = sum(w.tunnels_up for w in self.wans)
        total = sum(w.tunnels for w in self.wans)
        if total and up == 0:
            return "down"
        if up == total and sum(w.bgp_up for w in self.wans) == sum(w.bgp for w in self.wans) \
                and not self.open_incidents:
            return "up"
        return "degraded"

    def to_dict(self) -> dict[str, Any]:
        return {"site": self.site, "service": self.service, "state": self.state,
                "wans": [asdict(w) for w in self.wans],
                "last_change": self.last_change.to_dict() if self.last_change else None,
                "open_incidents": self.open_incidents}
