"""A SIMULATION of tunnel state: each pushed tunnel comes up exactly when the negotiation
model (:func:`sasekit.tunnels.check.predict`) says it would.

This is the third source of the tunnel-state timeline (:mod:`.timeline`), beside the lab's
monitor (real daemons) and a scenario file (:mod:`.scenario`). Like them it answers
``due(tsg, now)``: the state changes due up to ``now``, each returned once, which the
emulator records before it answers a health API; and ``places(tsg)``, each tunnel's site and
role for the incidents. Its changes carry ``source="simulation"``. Like every read of the
configuration, ``due`` first makes a finished push the running version
(:func:`.jobs.apply_due`).

What it models
    When a push finishes (a new running configuration version), it reads the remote
    networks and service connections of that version, in every folder the push named, with
    their IPsec tunnels, IKE gateways and crypto profiles (the Prisma side, built with
    :func:`~sasekit.tunnels.prisma.tunnels_from` from the version's objects, predefined
    profiles included), and pairs each Prisma tunnel with a branch tunnel:

    - with a tunnel intent (``intent_path``, the file ``sasekit tunnel plan`` reads), the
      branch tunnels of a remote network the intent names are the intent's render
      (:func:`~sasekit.tunnels.prisma.site_tunnels`), paired by tunnel name as the lab pairs
      them (:meth:`sasekit.lab.lab.Lab.desired`). A Prisma tunnel the intent's site has no
      tunnel for never comes up: the branch never initiates it. Remote networks the intent
      does not name, and every service connection, have a branch that mirrors them;
    - without an intent (``intent_path=None``), **the branch is taken to mirror the Prisma
      side exactly**: every tunnel whose objects are complete comes up.

    Then, per tunnel, from the push time (the version's ``since``, epoch seconds):

    - the prediction is up: ``init`` at the push, ``up`` a negotiation time later
      (``negotiate_s``);
    - IKE_SA_INIT, IKE_AUTH or the first CHILD_SA fails: ``init``, then ``down`` a
      negotiation time later, the reason being the first blocking event's name and symptom
      ("Prisma IKE Config Mismatch: NO_PROPOSAL_CHOSEN at IKE_SA_INIT (ike: Prisma ...;
      branch ...)");
    - only the PFS group differs: up as above, then at every CHILD_SA rekey (the shorter
      of the two sides' IPsec lifetimes after it came up) ``down`` with a reason naming
      both PFS groups, and ``up`` again a negotiation time later (the branch builds a new
      IKE SA, whose first CHILD_SA needs no PFS). So a PFS mismatch flaps at every rekey;
    - BGP, for a tunnel whose Prisma side has a BGP peer: ``up`` ``bgp_s`` after the tunnel
      is up when the prediction finds BGP fine, else ``down`` then with the BGP mismatch as
      the reason; ``down`` when the tunnel fails or leaves ``up``. A branch-only BGP peer
      has no Prisma peer to report: no BGP changes.

    All durations are simulated seconds divided by ``factor``, the emulator's clock factor
    (the incidents' flap window is divided by the same factor). A note on flaps: the
    service raises a FLAP incident at 5 flaps within 10 minutes, so a PFS mismatch flaps
    fast enough for one only when rekeys come less than about 150 s apart. IPsec lifetimes
    are at least 180 s (the spec's minimum) and 1 h by default, so with real lifetimes a
    PFS mismatch gives one DOWN incident per rekey and no FLAP; ``rekey_s`` replaces the
    lifetime with a shorter interval, for demonstrations.

    A new running version replaces the schedule of each tunnel whose configuration (either
    side) changed: it renegotiates from the push (``init``: from ``up`` that is one flap,
    as a real gateway ends its IKE SA on a new configuration). Unchanged tunnels keep their
    schedule, so a push of an unrelated object is not a flap. A tunnel gone from a pushed
    folder goes ``down`` at the push ("removed from the running configuration") and is
    then forgotten. The intent is read again at every new running version: an intent
    edited without a push takes effect at the next push.

What it does not model
    No dead-peer detection, no packet loss, no link failures, no retransmissions, no real
    timing (each exchange takes exactly ``negotiate_s``), no IKE SA rekeys or
    reauthentication, no byte or packet counters, no SA lifetimes other than the CHILD_SA
    rekey of a PFS mismatch (a real branch retries the failed rekey until the CHILD_SA
    expires, and may stay down until it builds a new IKE SA; the simulation renegotiates at
    once), no ECMP tunnels, no custom-folder inheritance (a reference resolves in the
    object's own folder, then Shared, then the predefined profiles), no public addresses
    (both sides' are left unknown, so they are not compared).

Bounds and restarts
    Future changes are generated lazily, from each tunnel's schedule and a cursor: a call
    costs the same whatever the clock factor. At most ``max_changes`` changes per tunnel
    are returned by one call; when more are due (a huge factor, or a long pause between
    calls) the oldest are skipped, so the newest state is always right while the flaps in
    between are not all in the timeline. A simulation knows only what it has seen: made
    after a push (or on an emulator restarted on its state file), it starts from the newest
    version of each folder at that version's time, so it hands out again what an earlier
    simulation did. The timeline does not record a repeated state twice, but the flaps of a
    PFS mismatch would be recorded again.

The intent's secrets (``generate``, ``${ENV}``, ``keyring:``) are resolved in the
emulator's process, as ``sasekit tunnel check`` resolves them; none appears in a reason.
"""

from __future__ import annotations

import json
import logging
import math
import threading
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sasekit import errors
from sasekit.tunnels.check import BGP_EVENT, Event, Prediction, check_site, predict
from sasekit.tunnels.intent import Intent, read
from sasekit.tunnels.model import Tunnel
from sasekit.tunnels.prisma import DEFAULT_PRISMA_AS, ORDER, Tenant, site_tunnels, tunnels_from

from . import jobs
from . import prisma_data as data
from .incidents import Place
from .store import Store
from .timeline import Change

log = logging.getLogger(__name__)

SOURCE = "simulation"
REMOTE_NETWORK, SERVICE_CONNECTION = "remoteNetwork", "serviceConnection"
#: The resources a simulated tunnel is read from (the tunnel model's, and service connections).
RESOURCES = (*ORDER, SERVICE_CONNECTION)
SHARED = "Shared"
MAX_CHANGES = 50          # per tunnel per call of ``due``
MAX_REASON = 500          # as the timeline's feed takes them


@dataclass(frozen=True)
class Step:
    """One change of a schedule, ``offset`` seconds after the schedule's (or a cycle's) start."""

    offset: float
    kind: str          # tunnel | bgp
    state: str
    reason: str = ""


@dataclass
class Schedule:
    """One tunnel's changes: a finite ``head`` from ``start``, then ``cycle`` repeated every
    ``period`` seconds from ``cycle_start`` (no cycle: the tunnel stays as the head leaves
    it). ``cursor`` is the index of the first change not returned yet."""

    tunnel: str
    site: str
    folder: str
    place: Place
    key: tuple[Tunnel, Tunnel | None]
    prediction: Prediction
    start: float
    head: tuple[Step, ...]
    cycle: tuple[Step, ...] = ()
    cycle_start: float = 0.0
    period: float = 0.0
    cursor: int = 0

    def __post_init__(self) -> None:
        self._head_at = [self.start + s.offset for s in self.head]

    def count(self, now: float) -> int:
        """How many of the changes are due at ``now`` (``at <= now``)."""
        n = bisect_right(self._head_at, now)
        if n < len(self.head) or not self.cycle or now < self.cycle_start:
            return n
        k = math.floor((now - self.cycle_start) / self.period)
        while k > 0 and self.cycle_start + k * self.period > now:  # float rounding
            k -= 1
        base = self.cycle_start + k * self.period
        return n + k * len(self.cycle) + sum(1 for s in self.cycle if base + s.offset <= now)

    def change(self, index: int) -> Change:
        if index < len(self.head):
            step, at = self.head[index], self._head_at[index]
        else:
            k, m = divmod(index - len(self.head), len(self.cycle))
            step = self.cycle[m]
            at = self.cycle_start + k * self.period + step.offset
        return Change(step.kind, self.tunnel, self.site, step.state, at, step.reason, SOURCE)


@dataclass
class _Tenant:
    """What the simulation knows of one TSG."""

    version: int | None = None
    schedules: dict[str, Schedule] = field(default_factory=dict)
    last: dict[tuple[str, str], str] = field(default_factory=dict)  # (kind, tunnel) -> last state returned


class Simulation:
    """Tunnel state from the negotiation model, for every tunnel of the running configuration.

    ``factor`` is the emulator's clock factor (every duration is divided by it);
    ``intent_path`` the tunnel intent whose render is the branch side (None: the branch
    mirrors Prisma); ``negotiate_s`` how long one negotiation takes, ``bgp_s`` how long
    BGP takes once the tunnel is up, ``rekey_s`` the CHILD_SA rekey interval of a PFS
    mismatch (None: the shorter of the two sides' IPsec lifetimes), all in simulated
    seconds; ``max_changes`` the most changes one call returns per tunnel."""

    source = SOURCE

    def __init__(self, store: Store, *, factor: float = 1.0, intent_path: str | None = None,
                 negotiate_s: float = 2.0, bgp_s: float = 1.0, rekey_s: float | None = None,
                 max_changes: int = MAX_CHANGES) -> None:
        if not factor > 0 or math.isinf(factor):
            raise ValueError(f"clock factor {factor}: must be a number above 0")
        for name, value in (("negotiate_s", negotiate_s), ("bgp_s", bgp_s)):
            if not value >= 0 or math.isinf(value):
                raise ValueError(f"{name} {value}: must be a number of seconds, 0 or more")
        if rekey_s is not None and (not rekey_s > 0 or math.isinf(rekey_s)):
            raise ValueError(f"rekey_s {rekey_s}: must be a number of seconds above 0, or None")
        if max_changes < 1:
            raise ValueError(f"max_changes {max_changes}: must be 1 or more")
        self.store = store
        self.factor = float(factor)
        self.intent_path = intent_path
        self.negotiate_s = float(negotiate_s)
        self.bgp_s = float(bgp_s)
        self.rekey_s = rekey_s
        self.max_changes = max_changes
        self._tenants: dict[str, _Tenant] = {}
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ the source protocol

    def due(self, tsg: str, now: float) -> list[Change]:
        """The changes due up to ``now`` (epoch seconds) not returned before, oldest first."""
        with self._lock:
            jobs.apply_due(self.store, now)  # a finished push becomes the running version, as on any read
            state = self._tenants.setdefault(tsg, _Tenant())
            out: list[Change] = []
            running = self.store.running(tsg)
            if running is None:
                if state.version is not None:  # the emulator was reset
                    self._tenants[tsg] = _Tenant()
                return []
            if state.version is None or running["version"] < state.version:
                if state.version is not None:  # reset, then pushed again
                    state = self._tenants[tsg] = _Tenant()
                self._first_sight(tsg, state, now, out)
            elif running["version"] > state.version:
                rows = sorted((r for r in self.store.versions(tsg) if r["version"] > state.version),
                              key=lambda r: r["version"])
                for row in rows:
                    self._apply(tsg, state, row, set(json.loads(row["folders"])), now, out)
            state.version = running["version"]
            for schedule in state.schedules.values():
                self._advance(state, schedule, now, out)
            out.sort(key=lambda c: c.at)
            return out

    # ------------------------------------------------------------------ what it knows

    def places(self, tsg: str) -> dict[str, Place]:
        """Every simulated tunnel's site, role and kind of site (for :func:`.incidents.derive`)."""
        with self._lock:
            state = self._tenants.get(tsg)
            return {name: s.place for name, s in state.schedules.items()} if state else {}

    def prediction(self, tsg: str, tunnel: str) -> Prediction | None:
        """The prediction a simulated tunnel's schedule was made from (None: not simulated)."""
        with self._lock:
            state = self._tenants.get(tsg)
            schedule = state.schedules.get(tunnel) if state else None
            return schedule.prediction if schedule else None

    # ------------------------------------------------------------------ versions

    def _first_sight(self, tsg: str, state: _Tenant, now: float, out: list[Change]) -> None:
        """Each folder from the newest version whose push named it (what is running there)."""
        newest: dict[str, Any] = {}
        rows = self.store.versions(tsg)  # newest first
        for row in rows:
            for folder in json.loads(row["folders"]):
                newest.setdefault(folder, row)
        for row in sorted(rows, key=lambda r: r["version"]):
            folders = {f for f, r in newest.items() if r is row}
            if folders:
                self._apply(tsg, state, row, folders, now, out)

    def _apply(self, tsg: str, state: _Tenant, row: Any, folders: set[str], now: float,
               out: list[Change]) -> None:
        """Version ``row`` runs in ``folders`` from its time on."""
        at = float(row["created"])
        for schedule in state.schedules.values():  # what happened before the push
            self._advance(state, schedule, min(at, now), out)
        snapshot = self.store.version_snapshot(tsg, row["version"]) or []
        found = self._tunnels(tsg, snapshot, folders)
        for name, schedule in list(state.schedules.items()):
            if schedule.folder in folders and name not in found:
                reason = f"removed from the running configuration (version {row['version']})"
                self._emit(state, Change("tunnel", name, schedule.site, "down", at, reason, SOURCE), out)
                if state.last.get(("bgp", name)) == "up":
                    self._emit(state, Change("bgp", name, schedule.site, "down", at, reason, SOURCE), out)
                del state.schedules[name]
        for name, (folder, place, prisma, branch) in found.items():
            old = state.schedules.get(name)
            if old is not None and old.key == (prisma, branch):
                continue
            state.schedules[name] = self._schedule(state, folder, place, prisma, branch, at, row["version"])

    def _tunnels(self, tsg: str, snapshot: Sequence[Mapping[str, Any]], folders: set[str]
                 ) -> dict[str, tuple[str, Place, Tunnel, Tunnel | None]]:
        """Tunnel name -> (folder, place, Prisma side, branch side or None: the branch has none)."""
        tenants = _tenants(tsg, snapshot)
        intent = self._intent() if any(f in tenants for f in folders) else None
        out: dict[str, tuple[str, Place, Tunnel, Tunnel | None]] = {}
        for folder in sorted(folders):
            tenant = tenants.get(folder)
            if tenant is None:
                continue
            for resource in (REMOTE_NETWORK, SERVICE_CONNECTION):
                for name, obj in tenant.objects.get(resource, {}).items():
                    rn = obj if resource == REMOTE_NETWORK else _as_remote_network(obj)
                    prisma, problems = tunnels_from(tenant, rn)
                    for problem in problems:
                        log.info("simulation: %s: not simulated", problem)
                    branch = None
                    if resource == REMOTE_NETWORK:
                        branch = self._branch(intent, tenant, name) if intent is not None else None
                    for p in prisma:
                        place = Place(p.site, p.role, "rn" if resource == REMOTE_NETWORK else "sc")
                        b = p if branch is None else branch.get(p.name)
                        out[p.name] = (folder, place, p, b)
        return out

    def _intent(self) -> Intent | None:
        if self.intent_path is None:
            return None
        try:
            return read(self.intent_path)
        except (errors.SasekitError, OSError, ValueError) as exc:
            log.warning("simulation: the intent %s cannot be read (%s): every branch mirrors Prisma",
                        self.intent_path, " ".join(str(exc).split()))
            return None

    @staticmethod
    def _branch(intent: Intent, tenant: Tenant, rn_name: str) -> dict[str, Tunnel] | None:
        """The intent's render of the site ``rn_name`` by tunnel name; None when the intent
        does not name it (or cannot render it): its branch mirrors Prisma."""
        if tenant.folder != intent.folder:
            return None
        site = next((s for s in intent.sites if s.name == rn_name), None)
        if site is None:
            return None
        try:
            tunnels, _, problems = site_tunnels(intent, site, tenant)
        except (errors.SasekitError, OSError, ValueError) as exc:
            problems = [" ".join(str(exc).split())]
        if problems:
            log.warning("simulation: site %s of %s cannot be rendered (%s): its branch mirrors Prisma",
                        rn_name, intent.path, "; ".join(problems))
            return None
        return {t.name: t for t in tunnels}

    # ------------------------------------------------------------------ schedules

    def _schedule(self, state: _Tenant, folder: str, place: Place, prisma: Tunnel, branch: Tunnel | None,
                  at: float, version: int) -> Schedule:
        """The changes of one tunnel from the push at ``at`` on, as its prediction says."""
        if branch is None:  # the branch has no such tunnel: it never initiates it
            prediction = check_site([prisma], []).tunnels[0]
        else:
            prediction = predict(prisma, branch)
        f = self.factor
        negotiate, bgp_after = self.negotiate_s / f, self.bgp_s / f
        name, site = prisma.name, prediction.site or prisma.site
        has_bgp = prisma.bgp is not None
        bgp_event = next((e for e in prediction.events if e.name == BGP_EVENT and not e.masked), None)

        def bgp_up(offset: float) -> list[Step]:
            if not has_bgp:
                return []
            if prediction.bgp == "ok":
                return [Step(offset, "bgp", "up", "BGP session established")]
            return [Step(offset, "bgp", "down", _reason(bgp_event) if bgp_event else "BGP session not established")]

        def bgp_down(offset: float, why: str) -> list[Step]:
            return [Step(offset, "bgp", "down", why)] if has_bgp else []

        head = [Step(0.0, "tunnel", "init", f"negotiating: configuration version {version} is running")]
        if state.last.get(("bgp", name)) == "up":
            head.append(Step(0.0, "bgp", "down", "the tunnel renegotiates: its configuration changed"))
        failed = prediction.ike_sa != "up" or prediction.child_sa != "up"
        if failed:
            blocking = next((e for e in prediction.events if not e.latent and not e.masked and e.stage != "BGP"),
                            None)
            why = _reason(blocking) if blocking else f"negotiation fails: {prediction.outcome()}"
            head += [Step(negotiate, "tunnel", "down", why), *bgp_down(negotiate, "the tunnel is down")]
            return Schedule(name, site, folder, place, (prisma, branch), prediction, at, tuple(head))
        head += [Step(negotiate, "tunnel", "up", prediction.outcome()), *bgp_up(negotiate + bgp_after)]
        if prediction.rekey != "fails":
            return Schedule(name, site, folder, place, (prisma, branch), prediction, at, tuple(head))
        lifetime = self.rekey_s or min(prisma.esp_lifetime, (branch or prisma).esp_lifetime)
        rekey = lifetime / f
        bgp_after = min(bgp_after, rekey / 2)  # every step of a cycle comes before the next cycle
        pfs = next((e for e in prediction.events if e.stage == "rekey"), None)
        why = (f"{pfs.name}: the CHILD_SA rekey fails: PFS group differs (Prisma {pfs.prisma}, branch {pfs.branch}); "
               f"Prisma logs: {pfs.responder_log}" if pfs else "the CHILD_SA rekey fails: PFS group differs")
        cycle = (Step(0.0, "tunnel", "down", why[:MAX_REASON]), *bgp_down(0.0, "the tunnel is down"),
                 Step(negotiate, "tunnel", "up", "renegotiated: a new IKE SA builds its first CHILD_SA without PFS"),
                 *bgp_up(negotiate + bgp_after))
        return Schedule(name, site, folder, place, (prisma, branch), prediction, at, tuple(head), cycle,
                        cycle_start=at + negotiate + rekey, period=rekey + negotiate)

    def _advance(self, state: _Tenant, schedule: Schedule, now: float, out: list[Change]) -> None:
        """The schedule's changes due at ``now`` and not returned yet (the newest
        ``max_changes`` of them), into ``out``."""
        total = schedule.count(now)
        for index in range(max(schedule.cursor, total - self.max_changes), total):
            self._emit(state, schedule.change(index), out)
        schedule.cursor = max(schedule.cursor, total)

    @staticmethod
    def _emit(state: _Tenant, change: Change, out: list[Change]) -> None:
        """``change`` into ``out`` unless it repeats the state last returned."""
        key = (change.kind, change.tunnel)
        if state.last.get(key) == change.state:
            return
        state.last[key] = change.state
        out.append(change)


# ---------------------------------------------------------------------------- helpers


def _reason(event: Event) -> str:
    """An event as a state change's reason: its name and symptom, then what differs (never a
    secret: the check writes those as "differs")."""
    text = f"{event.name}: {event.symptom} ({event.field}: Prisma {event.prisma}; branch {event.branch})"
    return text[:MAX_REASON]


def _tenants(tsg: str, snapshot: Iterable[Mapping[str, Any]]) -> dict[str, Tenant]:
    """A :class:`~sasekit.tunnels.prisma.Tenant` per folder of a version's objects, so that
    :func:`~sasekit.tunnels.prisma.tunnels_from` reads them unchanged: each folder's own
    objects, then Shared's, then the predefined crypto profiles (the service's own, never
    stored)."""
    by_folder: dict[str, dict[str, dict[str, dict[str, Any]]]] = {}
    prisma_as = DEFAULT_PRISMA_AS
    for obj in snapshot:
        resource, body = obj.get("resource"), obj.get("body")
        if not isinstance(body, dict):
            continue
        if resource == "infrastructureSetting" and body.get("infra_bgp_as"):
            prisma_as = str(body["infra_bgp_as"])
        name = body.get("name")
        if resource in RESOURCES and isinstance(name, str):
            by_folder.setdefault(str(obj.get("folder") or ""), {}).setdefault(str(resource), {})[name] = body
    predefined = {r: {p["name"]: p for p in data.predefined(tsg, r)} for r in data.PREDEFINED}
    shared = by_folder.get(SHARED, {})
    out: dict[str, Tenant] = {}
    for folder, objects in by_folder.items():
        tenant = Tenant(folder, prisma_as=prisma_as)
        for r in RESOURCES:
            tenant.objects[r] = {**predefined.get(r, {}), **shared.get(r, {}), **objects.get(r, {})}
        out[folder] = tenant
    return out


def _as_remote_network(sc: Mapping[str, Any]) -> dict[str, Any]:
    """A service connection in a remote network's shape: its secondary tunnel's BGP peer is
    ``bgp_peer`` at the top, a remote network's is ``protocol.bgp_peer``."""
    out = dict(sc)
    if isinstance(sc.get("bgp_peer"), Mapping):
        out["protocol"] = {**(sc.get("protocol") or {}), "bgp_peer": sc["bgp_peer"]}
    return out
