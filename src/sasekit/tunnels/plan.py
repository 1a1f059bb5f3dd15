"""What an intent needs done on the tenant: per site, the objects to create, update or
leave alone, in dependency order, with a field-level diff — from one read of each
catalogue, whatever the number of sites.

A plan is pure data. ``apply`` hands its changes to the workflow runner as loop items
(:func:`change_item`), which hold secret *references*, never secrets: the run history
can keep them, and a resumed run resolves them again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .intent import Intent, SiteIntent
from .model import Tunnel
from .prisma import (
    ORDER,
    PSK_AT,
    Desired,
    SecretRef,
    Tenant,
    crypto_objects,
    lifetime_seconds,
    read_tenant,
    site_tunnels,
    tunnel_objects,
)
from .region import Choice, Regions

#: Fields sasekit owns on an object it manages: one that the intent no longer gives is removed.
MANAGED = {"remoteNetwork": ("secondary_ipsec_tunnel", "protocol", "subnets", "spn_name", "description"),
           "ikeGateway": ("peer_id", "local_id"), "ipsecTunnel": ("tunnel_monitor",)}
#: Answer fields that are not part of an object's content.
NOT_CONTENT = ("id", "folder", "snippet", "device", "_links")
HIDDEN = "(secret)"


@dataclass
class Change:
    action: str                     # create | update | keep | delete
    resource: str
    name: str
    site: str
    body: dict[str, Any] = field(default_factory=dict)   # without secrets
    secrets: list[SecretRef] = field(default_factory=list)
    id: str | None = None
    diff: list[tuple[str, Any, Any]] = field(default_factory=list)
    shared: bool = False            # used by several sites (the default crypto profiles)

    def to_dict(self) -> dict[str, Any]:
        return {"action": self.action, "resource": self.resource, "name": self.name, "site": self.site,
                "id": self.id, "shared": self.shared,
                "diff": [{"field": f, "old": o, "new": n} for f, o, n in self.diff]}


@dataclass
class SitePlan:
    site: SiteIntent
    choice: Choice | None
    tunnels: list[Tunnel]
    changes: list[Change] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"site": self.site.name, "region": self.choice.to_dict() if self.choice else None,
                "changes": [c.to_dict() for c in self.changes], "problems": self.problems,
                "tunnels": [t.name for t in self.tunnels]}


@dataclass
class Plan:
    intent: Intent
    action: str                     # apply | destroy
    sites: list[SitePlan]
    reads: int
    folder: str

    @property
    def changes(self) -> list[Change]:
        """Every change once (a shared profile once), in dependency order."""
        seen: set[tuple[str, str]] = set()
        out: list[Change] = []
        order = ORDER if self.action == "apply" else tuple(reversed(ORDER))
        for resource in order:
            for sp in self.sites:
                for c in sp.changes:
                    if c.resource == resource and (c.resource, c.name) not in seen:
                        seen.add((c.resource, c.name))
                        out.append(c)
        return out

    @property
    def pending(self) -> list[Change]:
        return [c for c in self.changes if c.action != "keep"]

    @property
    def problems(self) -> list[str]:
        return [f"site {sp.site.name}: {p}" for sp in self.sites for p in sp.problems]

    def phases(self) -> dict[str, list[dict[str, Any]]]:
        """Resource -> the runner's loop items, in dependency order (no "keep"); every
        object kind is a key, so a workflow can loop over each whether or not it has items."""
        order = ORDER if self.action == "apply" else tuple(reversed(ORDER))
        out: dict[str, list[dict[str, Any]]] = {r: [] for r in order}
        for c in self.pending:
            out.setdefault(c.resource, []).append(change_item(c, self.folder))
        return out

    def counts(self) -> dict[str, int]:
        out = {"create": 0, "update": 0, "delete": 0, "keep": 0}
        for c in self.changes:
            out[c.action] += 1
        return out

    def to_dict(self) -> dict[str, Any]:
        return {"intent": self.intent.path, "action": self.action, "folder": self.folder, "reads": self.reads,
                "counts": self.counts(), "sites": [sp.to_dict() for sp in self.sites], "problems": self.problems}


def change_item(c: Change, folder: str) -> dict[str, Any]:
    """The loop item a ``tunnel_change`` step runs: secret references only (key ``fill``)."""
    item: dict[str, Any] = {"action": c.action, "resource": c.resource, "name": c.name, "site": c.site,
                            "params": {**c.body, "folder": folder}}
    if c.id:
        item["id"] = c.id
    if c.secrets:
        item["fill"] = [{"at": s.at, "from": s.ref} for s in c.secrets]
    return item


# ---------------------------------------------------------------------------- diff


def _content(value: Any, key: str = "") -> Any:
    if key == "lifetime" and isinstance(value, Mapping):
        return lifetime_seconds(value)
    if isinstance(value, Mapping):
        return {k: _content(v, k) for k, v in value.items() if k not in NOT_CONTENT}
    if isinstance(value, list):
        return [_content(v) for v in value]
    return value


def diff(desired: Mapping[str, Any], existing: Mapping[str, Any], resource: str,
         secrets: Mapping[str, str | None]) -> list[tuple[str, Any, Any]]:
    """``(field, old, new)`` for each difference that matters; secret values are never shown.
    ``secrets``: dotted path -> the resolved secret (None: not comparable)."""
    out: list[tuple[str, Any, Any]] = []
    want, have = _content(desired), _content(existing)
    for key in MANAGED.get(resource, ()):
        if key not in want and have.get(key) not in (None, [], {}, ""):
            out.append((key, have[key], None))

    def walk(w: Any, h: Any, path: str) -> None:
        if isinstance(w, dict) and isinstance(h, dict):
            for k, v in w.items():
                walk(v, h.get(k), f"{path}.{k}" if path else k)
            return
        if w != h and not (w == {} and h is None):
            out.append((path, h, w))

    walk(want, have, "")
    for at, value in secrets.items():
        node: Any = existing
        for part in at.split("."):
            node = node.get(part) if isinstance(node, Mapping) else None
        if value is not None and isinstance(node, str) and not node.startswith("-AQ==") and node != value:
            out.append((at, HIDDEN, HIDDEN + " changed"))
        elif value is not None and node is None:
            out.append((at, None, HIDDEN))
    return out


def merged(existing: Mapping[str, Any], desired: Mapping[str, Any], resource: str) -> dict[str, Any]:
    """What an update sends: the object's own fields sasekit does not manage, then the intent's."""
    managed = set(MANAGED.get(resource, ())) | set(desired)
    keep = {k: v for k, v in existing.items() if k not in NOT_CONTENT and k not in managed}
    return {**keep, **desired}


# ---------------------------------------------------------------------------- planning


def plan(client: Any, intent: Intent, *, tenant: Tenant | None = None, action: str = "apply") -> Plan:
    """The plan for ``intent``: reads the tenant once (unless given ``tenant``)."""
    tenant = tenant or read_tenant(client, intent.folder)
    regions = Regions(tenant.locations, tenant.allocations, tenant.objects.get("remoteNetwork", {}).values())
    sites = [_site_plan(intent, s, tenant, regions, action) for s in intent.sites]
    if action == "destroy":
        _keep_shared_in_use(sites, tenant)
    return Plan(intent, action, sites, tenant.reads, intent.folder)


def _site_plan(intent: Intent, site: SiteIntent, tenant: Tenant, regions: Regions, action: str) -> SitePlan:
    existing_rn = tenant.get("remoteNetwork", site.name)
    tunnels, refs, problems = site_tunnels(intent, site, tenant)
    sp = SitePlan(site, None, tunnels, problems=list(problems))
    if action == "destroy":
        wanted = crypto_objects(site, tunnels) + tunnel_objects(site, tunnels, refs, Choice())
        for d in reversed(wanted):
            obj = tenant.get(d.resource, d.name)
            if obj is not None:
                sp.changes.append(Change("delete", d.resource, d.name, site.name, id=obj.get("id"),
                                         shared=d.name in _shared_names(site)))
        return sp
    choice = regions.choose(site, existing_rn)
    sp.choice = choice
    if choice.problem:
        sp.problems.append(choice.problem)
    if sp.problems:
        return sp
    for d in crypto_objects(site, tunnels) + tunnel_objects(site, tunnels, refs, choice):
        sp.changes.append(_change(d, tenant, site, intent))
    return sp


def _shared_names(site: SiteIntent) -> set[str]:
    return set(site.crypto.profile_names(site.name)) if site.crypto.kind == "default" else set()


def _change(d: Desired, tenant: Tenant, site: SiteIntent, intent: Intent) -> Change:
    from .intent import resolve_secret

    shared = d.name in _shared_names(site)
    existing = tenant.get(d.resource, d.name)
    if existing is None:
        return Change("create", d.resource, d.name, site.name, d.body, d.secrets, shared=shared)
    secrets = {s.at: resolve_secret(s.ref, f"{d.resource} {d.name}") for s in d.secrets}
    found = diff(d.body, existing, d.resource, secrets)
    if not found:
        return Change("keep", d.resource, d.name, site.name, d.body, d.secrets, existing.get("id"), shared=shared)
    body = merged(existing, d.body, d.resource)
    if d.resource == "ikeGateway" and not any(f == PSK_AT for f, _, _ in found):
        body = {**body, "authentication": existing.get("authentication") or body.get("authentication")}
        return Change("update", d.resource, d.name, site.name, body, [], existing.get("id"), found, shared)
    return Change("update", d.resource, d.name, site.name, body, d.secrets, existing.get("id"), found, shared)


def _keep_shared_in_use(sites: list[SitePlan], tenant: Tenant) -> None:
    """A destroy leaves the shared default profiles alone while a gateway or tunnel the
    intent does not delete still uses them."""
    deleting = {(c.resource, c.name) for sp in sites for c in sp.changes}
    users: dict[str, set[str]] = {}
    for name, gw in tenant.objects.get("ikeGateway", {}).items():
        if ("ikeGateway", name) in deleting:
            continue
        proto = gw.get("protocol") or {}
        prof = (proto.get("ikev2") or proto.get("ikev1") or {}).get("ike_crypto_profile")
        if prof:
            users.setdefault(prof, set()).add(name)
    for name, tun in tenant.objects.get("ipsecTunnel", {}).items():
        if ("ipsecTunnel", name) in deleting:
            continue
        prof = (tun.get("auto_key") or {}).get("ipsec_crypto_profile")
        if prof:
            users.setdefault(prof, set()).add(name)
    for sp in sites:
        sp.changes = [c for c in sp.changes
                      if not (c.resource in ("ikeCryptoProfile", "ipsecCryptoProfile") and users.get(c.name))]


# ---------------------------------------------------------------------------- text


def format_text(p: Plan) -> str:
    """The plan as a terminal reads it: per site, the region choice and each object."""
    lines: list[str] = []
    marks = {"create": "+", "update": "~", "delete": "-", "keep": "="}
    shown: set[tuple[str, str]] = set()
    for sp in p.sites:
        lines.append(f"site {sp.site.name}")
        if sp.choice is not None and (sp.choice.region or sp.choice.candidates):
            place = sp.site.place
            where = f" from {place.source}" if place is not None and place.source else ""
            lines.append(f"  region: {sp.choice.region or '?'}{where} ({sp.choice.how or 'not chosen'})")
            lines += [f"    {x}" for x in sp.choice.explain()]
        for problem in sp.problems:
            lines.append(f"  ! {problem}")
        order = ORDER if p.action == "apply" else tuple(reversed(ORDER))
        for resource in order:
            for c in sp.changes:
                if c.resource != resource:
                    continue
                again = (c.resource, c.name) in shown
                shown.add((c.resource, c.name))
                note = " (shared; planned above)" if again else (" (shared)" if c.shared else "")
                verb = {"create": "create", "update": "update", "delete": "delete", "keep": "no change"}[c.action]
                lines.append(f"  {marks[c.action]} {c.resource} {c.name}: {verb}{note}")
                if not again:
                    for fld, old, new in c.diff:
                        lines.append(f"      {fld}: {_short(old)} -> {_short(new)}")
    counts = p.counts()
    if p.action == "apply":
        summary = f"{counts['create']} to create, {counts['update']} to update, {counts['keep']} unchanged"
    else:
        summary = f"{counts['delete']} to delete"
    lines.append(f"plan: {summary} ({len(p.sites)} site{'s' if len(p.sites) != 1 else ''}, "
                 f"{p.reads} reads of the tenant)")
    if p.problems:
        lines.append(f"{len(p.problems)} problem{'s' if len(p.problems) != 1 else ''}: nothing can be applied "
                     f"until they are fixed")
    return "\n".join(lines)


def _short(value: Any) -> str:
    import json

    if value is None:
        return "(none)"
    if isinstance(value, str):
        return value
    text = json.dumps(value, separators=(",", ":"))
    return text if len(text) <= 80 else text[:77] + "..."
