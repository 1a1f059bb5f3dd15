"""One tunnel-state timeline per TSG: what the emulator says about each tunnel and BGP peer.

The health APIs (Insights tunnel lists, incidents) are answered from this timeline, so
every source of tunnel state writes to it the same way: state changes with the time they
happened, and the latest byte and packet counters. In lab mode the source is the lab's
monitor, which feeds what the real IKE daemons report (``POST /_emulator/tunnel-events``);
the timeline neither guesses nor smooths.

States are Insights' own (query_filters): ``init``, ``up``, ``inactive``, ``down`` for
tunnels, and ``up``/``down`` for BGP peers. A change to the state a tunnel is already in
is not a change: it is not recorded twice, so a source may repeat itself after a restart.
"""

from __future__ import annotations

import builtins
import time
from dataclasses import dataclass
from typing import Any

from .store import Store

TUNNEL_STATES = ("init", "up", "inactive", "down")
BGP_STATES = ("up", "down")
KINDS = {"tunnel": TUNNEL_STATES, "bgp": BGP_STATES}
COUNTERS = ("bytes_in", "bytes_out", "packets_in", "packets_out")
MAX_EVENTS_PER_POST = 200   # a request of 200 fits the admin endpoints' 64 kB body limit
MAX_NAME = 128



@dataclass(frozen=True)
class Change:
    """A tunnel or BGP peer entering a state, as a source reports it."""

    kind: str
    tunnel: str
    site: str
    state: str
    at: float
    reason: str = ""
    source: str = "lab"


class Timeline:
    """Reads and writes of the timeline, in the emulator's own database."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def record(self, tsg: str, change: Change) -> bool:
        """Enter ``change``; False when the tunnel was already in that state."""
        with self.store.transaction() as db:
            row = db.execute("SELECT state FROM tunnel_now WHERE tsg = ? AND kind = ? AND tunnel = ?",
                             (tsg, change.kind, change.tunnel)).fetchone()
            if row is not None and row["state"] == change.state:
                return False
            db.execute("INSERT INTO tunnel_events (tsg, kind, tunnel, site, state, at, reason, source) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (tsg, change.kind, change.tunnel, change.site,
                                                           change.state, change.at, change.reason, change.source))
            if row is None:
                db.execute("INSERT INTO tunnel_now (tsg, kind, tunnel, site, state, since, changes, source) "
                           "VALUES (?, ?, ?, ?, ?, ?, 0, ?)", (tsg, change.kind, change.tunnel, change.site,
                                                               change.state, change.at, change.source))
            else:
                db.execute("UPDATE tunnel_now SET state = ?, since = ?, changes = changes + 1, site = ?, source = ? "
                           "WHERE tsg = ? AND kind = ? AND tunnel = ?",
                           (change.state, change.at, change.site, change.source, tsg, change.kind, change.tunnel))
        return True

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


def parse(body: Any, now: float | None = None) -> tuple[builtins.list[Change], builtins.list[dict[str, Any]],
                                                       builtins.list[str]]:
    """The body of ``POST /_emulator/tunnel-events``: (changes, counters, problems).

    ``{"changes": [{kind?, tunnel, site?, state, at?, reason?, source?}],
    "counters": [{tunnel, bytes_in, bytes_out, packets_in, packets_out, at?}]}``;
    every problem is named with its place, and nothing is taken when there is one."""
    problems: builtins.list[str] = []
    changes: builtins.list[Change] = []
    counts: builtins.list[dict[str, Any]] = []
    stamp = time.time() if now is None else now
    if not isinstance(body, dict):
        return [], [], ["body: must be an object with 'changes' and/or 'counters'"]
    unknown = sorted(set(body) - {"changes", "counters"})
    if unknown:
        problems.append(f"body: unknown field(s) {', '.join(unknown)}")
    items = body.get("changes") or []
    counted = body.get("counters") or []
    for field, value in (("changes", items), ("counters", counted)):
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
        if kind not in KINDS:
            problems.append(f"{where}.kind: {kind!r} is not one of {', '.join(KINDS)}")
            continue
        state = item.get("state")
        if state not in KINDS[kind]:
            problems.append(f"{where}.state: {state!r} is not one of {', '.join(KINDS[kind])}")
        names = [_text(item, key, where, problems, required=key == "tunnel") for key in ("tunnel", "site")]
        reason = _text(item, "reason", where, problems, limit=500)
        source = _text(item, "source", where, problems) or "lab"
        at = _stamp(item, where, stamp, problems)
        if not problems:
            changes.append(Change(kind, names[0], names[1], str(state), at, reason, source))
    for i, item in enumerate(counted):
        where = f"counters[{i}]"
        if not isinstance(item, dict):
            problems.append(f"{where}: must be an object")
            continue
        tunnel = _text(item, "tunnel", where, problems, required=True)
        values = {}
        for key in COUNTERS:
            value = item.get(key, 0)
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                problems.append(f"{where}.{key}: {value!r} is not a whole number >= 0")
            else:
                values[key] = value
        counts.append({"tunnel": tunnel, "at": _stamp(item, where, stamp, problems), "counters": values})
    return ([], [], problems) if problems else (changes, counts, [])


def _text(item: dict[str, Any], key: str, where: str, problems: builtins.list[str], *, required: bool = False,
          limit: int = MAX_NAME) -> str:
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
