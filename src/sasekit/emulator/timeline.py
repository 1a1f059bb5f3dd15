"""One tunnel-state timeline per TSG: what the emulator says about each tunnel and BGP peer.

The health APIs (Insights tunnel lists, incidents) are answered from this timeline, so
every source of tunnel state writes to it the same way: state changes with the time they
happened, and the latest byte and packet counters. In lab mode the source is the lab's
monitor, which feeds what the real IKE daemons report (``POST /_emulator/tunnel-events``);
the timeline neither guesses nor smooths.

States are Insights' own (query_filters): ``init``, ``up``, ``inactive``, ``down`` for
tunnels, and ``up``/``down`` for BGP peers. A change to the state a tunnel is already in
is not a change: it is not recorded twice, so a source may repeat itself after a restart.

Each state change keeps the place its tunnel had when it happened (``site``, ``role``,
``service``: columns of ``tunnel_events``), so that the incidents it raised keep their code
and id when a later push moves the tunnel: the health API gives a change the place the
running configuration (or a source) names when it is recorded, and :meth:`Timeline.freeze`
gives one recorded before its tunnel had a place the place it has when incidents are first
derived from it (a tunnel no configuration names: a primary remote-network tunnel of its
own site). (A database made before these columns gets them from the store.)

Round-trip-time samples (kind ``rtt``: a tunnel's RTT in milliseconds at a time, what the
``…_TUNNEL_RTT_EXCEEDED_BASELINE`` incidents are derived from) are kept apart, in
``tunnel_rtt``. Their storage is bounded: for each tunnel the timeline keeps its first
``RTT_FIRST_KEPT`` samples (the baseline :func:`.incidents.derive` learns from them, so it
stays the same while the tunnel reports for days) and its latest ``RTT_KEEP`` (1,000), in
sample time; the ones between are deleted as new ones come. An excursion whose first
samples have been deleted is no longer seen as it was: its incident is gone, or raised
again later with another id if the tunnel is still above its threshold.

State changes (``tunnel_events``) are bounded too: per TSG the timeline keeps at most
``MAX_EVENTS`` (50,000), the oldest deleted first, except that each tunnel's and BGP peer's
latest change is always kept, so its state in every view stays what it is now. The bound
is enforced every ``TRIM_EVERY`` (1,000) changes recorded for a TSG, and the first time
one is (so a database from before the bound is trimmed at once), by deleting down to
``MAX_EVENTS - TRIM_EVERY``: the count never passes ``MAX_EVENTS``. Every health answer
replays the TSG's changes, so this bounds its memory and time as well (measured on this
kind of machine, 50,000 changes of 50 tunnels: an incidents search, 25,000 incidents,
about 1 s; a tunnel list about 0.2 s).
Incidents and window figures (disconnections, time up) older than the kept changes are
lost: an incident whose changes were deleted is no longer listed.
"""

from __future__ import annotations

import builtins
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypeGuard

from .incidents import RTT_BASELINE_SAMPLES
from .store import Store

TUNNEL_STATES = ("init", "up", "inactive", "down")
BGP_STATES = ("up", "down")
KINDS = {"tunnel": TUNNEL_STATES, "bgp": BGP_STATES}
COUNTERS = ("bytes_in", "bytes_out", "packets_in", "packets_out")
MAX_EVENTS_PER_POST = 200   # a request of 200 fits the admin endpoints' 64 kB body limit
MAX_NAME = 128
RTT_KIND = "rtt"
MAX_RTT_MS = 60_000.0       # a sample is above 0 and under a minute
RTT_FIRST_KEPT = RTT_BASELINE_SAMPLES
RTT_KEEP = 1000             # the latest samples kept per tunnel, besides its first RTT_FIRST_KEPT
RTT_FIELDS = ("tunnel", "site", "rtt_ms", "at")
MAX_EVENTS = 50_000         # state changes kept per TSG (each tunnel's and BGP peer's latest always among them)
TRIM_EVERY = 1_000          # how often (in changes recorded per TSG) the bound is enforced



@dataclass(frozen=True)
class Change:
    """A tunnel or BGP peer entering a state, as a source reports it; or, of kind ``rtt``
    (state empty), a tunnel's round-trip time ``rtt_ms`` measured at ``at``."""

    kind: str
    tunnel: str
    site: str
    state: str
    at: float
    reason: str = ""
    source: str = "lab"
    rtt_ms: float = 0.0
    role: str = ""       # where the tunnel sat when it changed (its Place): primary | secondary | ecmp
    service: str = ""    # rn | sc; empty, with role: not known yet (frozen at the first derive, freeze())


class Timeline:
    """Reads and writes of the timeline, in the emulator's own database."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._until_trim: dict[str, int] = {}  # per TSG: changes to record before the bound is checked

    def record(self, tsg: str, change: Change) -> bool:
        """Enter ``change``; False when the tunnel was already in that state (an RTT sample
        is always entered: :meth:`sample`). A change with a ``role`` and ``service`` keeps that
        place; one without gets one at the first :meth:`freeze`."""
        if change.kind == RTT_KIND:
            self.sample(tsg, change.tunnel, change.site, change.at, change.rtt_ms)
            return True
        with self.store.transaction() as db:
            row = db.execute("SELECT state FROM tunnel_now WHERE tsg = ? AND kind = ? AND tunnel = ?",
                             (tsg, change.kind, change.tunnel)).fetchone()
            if row is not None and row["state"] == change.state:
                return False
            db.execute("INSERT INTO tunnel_events (tsg, kind, tunnel, site, state, at, reason, source, role, service) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       (tsg, change.kind, change.tunnel, change.site, change.state, change.at, change.reason,
                        change.source, change.role if change.service else "", change.service if change.role else ""))
            if row is None:
                db.execute("INSERT INTO tunnel_now (tsg, kind, tunnel, site, state, since, changes, source) "
                           "VALUES (?, ?, ?, ?, ?, ?, 0, ?)", (tsg, change.kind, change.tunnel, change.site,
                                                               change.state, change.at, change.source))
            else:
                db.execute("UPDATE tunnel_now SET state = ?, since = ?, changes = changes + 1, site = ?, source = ? "
                           "WHERE tsg = ? AND kind = ? AND tunnel = ?",
                           (change.state, change.at, change.site, change.source, tsg, change.kind, change.tunnel))
            left = self._until_trim.get(tsg, 1) - 1
            if left <= 0:
                self._trim(db, tsg)
                left = TRIM_EVERY
            self._until_trim[tsg] = left
        return True

    @staticmethod
    def _trim(db: Any, tsg: str) -> None:
        """Delete the TSG's oldest state changes past ``MAX_EVENTS - TRIM_EVERY``, each
        tunnel's and BGP peer's latest excepted (its state now)."""
        keep = MAX_EVENTS - TRIM_EVERY
        held = db.execute("SELECT COUNT(*) FROM tunnel_events WHERE tsg = ?", (tsg,)).fetchone()[0]
        if held <= keep:
            return
        db.execute("DELETE FROM tunnel_events WHERE seq IN (SELECT seq FROM tunnel_events WHERE tsg = ? AND seq NOT IN "
                   "(SELECT MAX(seq) FROM tunnel_events WHERE tsg = ? GROUP BY kind, tunnel) "
                   "ORDER BY at, seq LIMIT ?)", (tsg, tsg, held - keep))

    def freeze(self, tsg: str, places: Mapping[str, tuple[str, str, str]]) -> int:
        """Give every state change recorded without a place the one ``places`` (tunnel ->
        (site, role, service)) names, or its own site as a primary remote-network tunnel's:
        from then on it keeps it, whatever a later push says of the tunnel. How many were given one."""
        with self.store.transaction() as db:
            rows = db.execute("SELECT seq, tunnel, site FROM tunnel_events WHERE tsg = ? AND role = ''",
                              (tsg,)).fetchall()
            if rows:
                db.executemany("UPDATE tunnel_events SET site = ?, role = ?, service = ? WHERE seq = ?",
                               [(*places.get(row["tunnel"], (row["site"] or row["tunnel"], "primary", "rn")),
                                 row["seq"]) for row in rows])
        return len(rows)

    def sample(self, tsg: str, tunnel: str, site: str, at: float, rtt_ms: float) -> None:
        """Enter a round-trip-time sample, and delete the tunnel's samples past what is kept
        (its first ``RTT_FIRST_KEPT`` and latest ``RTT_KEEP``)."""
        with self.store.transaction() as db:
            db.execute("INSERT INTO tunnel_rtt (tsg, tunnel, site, at, rtt_ms) VALUES (?, ?, ?, ?, ?)",
                       (tsg, tunnel, site, at, float(rtt_ms)))
            held = db.execute("SELECT COUNT(*) FROM tunnel_rtt WHERE tsg = ? AND tunnel = ?",
                              (tsg, tunnel)).fetchone()[0]
            extra = held - RTT_FIRST_KEPT - RTT_KEEP
            if extra > 0:
                db.execute("DELETE FROM tunnel_rtt WHERE seq IN (SELECT seq FROM tunnel_rtt WHERE tsg = ? AND "
                           "tunnel = ? ORDER BY at, seq LIMIT ? OFFSET ?)", (tsg, tunnel, extra, RTT_FIRST_KEPT))

    def count(self, tsg: str, tunnel: str, at: float, counters: dict[str, int]) -> bool:
        """The tunnel's latest counters; False for a tunnel the timeline has no state for."""
        with self.store.transaction() as db:
            done = db.execute(
                "UPDATE tunnel_now SET bytes_in = ?, bytes_out = ?, packets_in = ?, packets_out = ?, counted = ? "
                "WHERE tsg = ? AND kind = 'tunnel' AND tunnel = ?",
                (*(int(counters.get(k, 0)) for k in COUNTERS), at, tsg, tunnel))
            return done.rowcount > 0

    def now(self, tsg: str) -> builtins.list[dict[str, Any]]:
        """Every tunnel and BGP peer with its state, since when, and its counters."""
        rows = self.store.query("SELECT * FROM tunnel_now WHERE tsg = ? ORDER BY kind DESC, tunnel", (tsg,))
        return [{k: v for k, v in dict(row).items() if k != "tsg"} for row in rows]

    def events(self, tsg: str, since: float = 0.0, limit: int = 1000) -> builtins.list[dict[str, Any]]:
        """State changes at or after ``since``, oldest first."""
        rows = self.store.query("SELECT * FROM tunnel_events WHERE tsg = ? AND at >= ? ORDER BY at, seq LIMIT ?",
                                (tsg, since, limit))
        return [{k: v for k, v in dict(row).items() if k != "tsg"} for row in rows]

    def rtt(self, tsg: str, since: float = 0.0, limit: int = 1 << 62) -> builtins.list[dict[str, Any]]:
        """Round-trip-time samples (tunnel, site, at, rtt_ms) at or after ``since``, oldest first."""
        rows = self.store.query("SELECT tunnel, site, at, rtt_ms FROM tunnel_rtt WHERE tsg = ? AND at >= ? "
                                "ORDER BY at, seq LIMIT ?", (tsg, since, limit))
        return [dict(row) for row in rows]


def rtt_problem(value: Any) -> str | None:
    """What is wrong with ``value`` as a round-trip time in milliseconds, or None."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value < MAX_RTT_MS:
        return f"{value!r} is not a round-trip time in milliseconds (a number above 0 and under {MAX_RTT_MS:g})"
    return None


def parse(body: Any, now: float | None = None) -> tuple[builtins.list[Change], builtins.list[dict[str, Any]],
                                                       builtins.list[str]]:
    """The body of ``POST /_emulator/tunnel-events``: (changes, counters, problems).

    ``{"changes": [{kind?, tunnel, site?, state, at?, reason?, source?}],
    "counters": [{tunnel, bytes_in, bytes_out, packets_in, packets_out, at?}],
    "rtt": [{tunnel, rtt_ms, site?, at?}]}``; the ``rtt`` samples come after the state
    changes in ``changes``, as changes of kind ``rtt`` (what :meth:`Timeline.record` takes).
    Every problem is named with its place, and nothing is taken when there is one."""
    problems: builtins.list[str] = []
    changes: builtins.list[Change] = []
    counts: builtins.list[dict[str, Any]] = []
    stamp = time.time() if now is None else now
    if not isinstance(body, dict):
        return [], [], ["body: must be an object with 'changes', 'counters' and/or 'rtt'"]
    unknown = sorted(set(body) - {"changes", "counters", "rtt"})
    if unknown:
        problems.append(f"body: unknown field(s) {', '.join(unknown)}")
    items = body.get("changes") or []
    counted = body.get("counters") or []
    sampled = body.get("rtt") or []
    for field, value in (("changes", items), ("counters", counted), ("rtt", sampled)):
        if not isinstance(value, list):
            problems.append(f"{field}: must be a list")
        elif len(value) > MAX_EVENTS_PER_POST:
            problems.append(f"{field}: at most {MAX_EVENTS_PER_POST} per request, got {len(value)}")
    if problems:
        return [], [], problems
    for i, item in enumerate(items):
        where = f"changes[{i}]"
        if not isinstance(item, dict):
            problems.append(f"{where}: must be an object")
            continue
        kind = item.get("kind", "tunnel")
        if kind == RTT_KIND:
            problems.append(f"{where}.kind: 'rtt' samples go in the body's 'rtt' list")
            continue
        if not one_of(kind, KINDS):
            problems.append(f"{where}.kind: {kind!r} is not one of {', '.join(KINDS)}")
            continue
        state = item.get("state")
        if not one_of(state, KINDS[kind]):
            problems.append(f"{where}.state: {state!r} is not one of {', '.join(KINDS[kind])}")
        names = [text_field(item, key, where, problems, required=key == "tunnel") for key in ("tunnel", "site")]
        reason = text_field(item, "reason", where, problems, limit=500)
        source = text_field(item, "source", where, problems) or "lab"
        at = _stamp(item, where, stamp, problems)
        if not problems:
            changes.append(Change(kind, names[0], names[1], str(state), at, reason, source))
    for i, item in enumerate(counted):
        where = f"counters[{i}]"
        if not isinstance(item, dict):
            problems.append(f"{where}: must be an object")
            continue
        tunnel = text_field(item, "tunnel", where, problems, required=True)
        values = {}
        for key in COUNTERS:
            value = item.get(key, 0)
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                problems.append(f"{where}.{key}: {value!r} is not a whole number >= 0")
            else:
                values[key] = value
        counts.append({"tunnel": tunnel, "at": _stamp(item, where, stamp, problems), "counters": values})
    for i, item in enumerate(sampled):
        where = f"rtt[{i}]"
        if not isinstance(item, dict):
            problems.append(f"{where}: must be an object")
            continue
        extra = sorted(str(k) for k in item if k not in RTT_FIELDS)
        if extra:
            problems.append(f"{where}: unknown field(s) {', '.join(extra)}; known: {', '.join(RTT_FIELDS)}")
        tunnel = text_field(item, "tunnel", where, problems, required=True)
        site = text_field(item, "site", where, problems)
        rtt_ms = item.get("rtt_ms")
        wrong = "required" if rtt_ms is None else rtt_problem(rtt_ms)
        if wrong:
            problems.append(f"{where}.rtt_ms: {wrong}")
        at = _stamp(item, where, stamp, problems)
        if not problems:
            changes.append(Change(RTT_KIND, tunnel, site, "", at, source="lab", rtt_ms=float(rtt_ms or 0)))
    return ([], [], problems) if problems else (changes, counts, [])


def one_of(value: Any, choices: Iterable[str]) -> TypeGuard[str]:
    """Whether ``value`` is one of the texts ``choices`` (False for a list, a mapping or a
    number given where a name is expected: never a TypeError from hashing it)."""
    return isinstance(value, str) and value in choices


def text_field(item: dict[str, Any], key: str, where: str, problems: builtins.list[str], *,
               required: bool = False, limit: int = MAX_NAME) -> str:
    """``item[key]`` as a text of 1 to ``limit`` characters, or "" with the problem named
    (the admin endpoint and the scenario file check names alike)."""
    value = item.get(key)
    if value is None:
        if required:
            problems.append(f"{where}.{key}: required")
        return ""
    if not isinstance(value, str) or (required and not value.strip()) or len(value) > limit:
        problems.append(f"{where}.{key}: {value!r} is not a text of 1 to {limit} characters")
        return ""
    return value


def _stamp(item: dict[str, Any], where: str, default: float, problems: builtins.list[str]) -> float:
    value = item.get("at", default)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value < 1e11:
        problems.append(f"{where}.at: {value!r} is not a time in seconds since the epoch")
        return default
    return float(value)
