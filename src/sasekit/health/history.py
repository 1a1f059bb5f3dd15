"""The health history in SQLite: events, tunnel states, incidents seen, probe samples.

A poller that restarts must neither lose what it saw nor tell anyone twice, so every
event is stored under its :attr:`~sasekit.health.model.Event.key` (an incident raised,
the same incident cleared, a state change at a moment) and a notification is recorded
in ``notified`` in the same transaction that finds it new. The database is created with
mode 0600 (probe targets and site names are the tenant's business) and kept for
``retention_s`` seconds: older events, probe samples and cleared incidents are pruned.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import fields
from pathlib import Path
from typing import Any

from sasekit.sqlite_store import immediate, open_shared

from .model import Event, TunnelState, seconds_of

DEFAULT_RETENTION_S = 30 * 86400.0

SCHEMA = """
CREATE TABLE IF NOT EXISTS events (
    key TEXT PRIMARY KEY, at REAL NOT NULL, site TEXT NOT NULL, name TEXT NOT NULL, state TEXT NOT NULL,
    object TEXT, service TEXT, role TEXT, tunnel TEXT, source TEXT, incident_id TEXT, code TEXT,
    status TEXT, detail TEXT, cause TEXT, stored REAL NOT NULL, after REAL
);
CREATE INDEX IF NOT EXISTS events_at ON events (at);
CREATE INDEX IF NOT EXISTS events_tunnel ON events (tunnel, state, at);
CREATE TABLE IF NOT EXISTS tunnels (
    tunnel TEXT PRIMARY KEY, site TEXT NOT NULL, service TEXT, role TEXT, state TEXT NOT NULL,
    since REAL, disconnections INTEGER, bgp TEXT, seen REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS incidents (
    incident_id TEXT PRIMARY KEY, code TEXT, status TEXT, site TEXT, updated REAL, row TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS notified (key TEXT PRIMARY KEY, at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS samples (
    at REAL NOT NULL, site TEXT NOT NULL, tunnel TEXT NOT NULL, egress TEXT NOT NULL, target TEXT NOT NULL,
    method TEXT NOT NULL, sent INTEGER, received INTEGER, loss_pct REAL, latency_ms REAL, p50_ms REAL,
    p95_ms REAL, jitter_ms REAL, rtt_ms REAL
);
CREATE INDEX IF NOT EXISTS samples_site ON samples (site, at);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
SAMPLE_FIELDS = ("at", "site", "tunnel", "egress", "target", "method", "sent", "received", "loss_pct",
                 "latency_ms", "p50_ms", "p95_ms", "jitter_ms", "rtt_ms")
_EVENT_FIELDS = tuple(f.name for f in fields(Event))
#: How many events a read returns at most, unless told otherwise.
EVENTS_LIMIT = 10_000


class EventList(list[Event]):
    """Events, oldest first, and whether the read left some out (more matched than its limit:
    ``total`` says how many did)."""

    truncated: bool = False
    total: int = 0


#: Columns added since the first release, for histories written before them: when the
#: poll before a state change last saw the tunnel (NULL: not a state change's).
ADDED_COLUMNS = (("events", "after", "REAL"),)


def default_path() -> Path:
    from sasekit.workflows.history import state_dir

    return state_dir() / "health.db"


class HealthHistory:
    """One poller's memory. Thread-safe (one connection, one lock)."""

    def __init__(self, path: str | os.PathLike[str] | None = None, *, retention_s: float = DEFAULT_RETENTION_S
                 ) -> None:
        if retention_s <= 0:
            raise ValueError(f"retention {retention_s:g} s: must be above 0")
        self.path = Path(path) if path else default_path()
        self.retention_s = retention_s
        self._db = open_shared(self.path, SCHEMA, added_columns=ADDED_COLUMNS)
        self._lock = threading.Lock()

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> HealthHistory:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _tx(self) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        return immediate(self._db, self._lock)

    def _rows(self, sql: str, args: Sequence[Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._db.execute(sql, tuple(args)).fetchall()

    # ------------------------------------------------------------------ events

    def add_events(self, events: Iterable[Event], *, now: float | None = None) -> list[Event]:
        """Store the events not stored before; the new ones, oldest first (an incident that
        named an earlier state change is returned too: it is news).

        A state change and the incident behind it are one event: an incident's event
        takes the place of a state change on the same tunnel, to the same state, within
        ``merge_s`` before it (the poll that saw the change came first), and a state change
        that finds such an incident's event already stored is not added."""
        stamp = time.time() if now is None else now
        new: list[Event] = []
        with self._tx() as db:
            for event in sorted(events, key=lambda e: e.at):
                if db.execute("SELECT 1 FROM events WHERE key = ? UNION ALL SELECT 1 FROM meta WHERE key = ?",
                              (event.key, "alias:" + event.key)).fetchone():
                    continue
                twin = _twin(db, event)
                if twin is not None:
                    if event.source == "incident":  # the incident names the state change
                        db.execute("UPDATE events SET source = 'incident', at = MIN(at, ?), incident_id = ?, "
                                   "code = ?, status = ?, name = ?, detail = ? WHERE key = ?",
                                   (event.at, event.incident_id, event.code, event.status, event.name,
                                    event.detail, twin))
                        db.execute("INSERT OR IGNORE INTO meta VALUES (?, ?)", ("alias:" + event.key, twin))
                        new.append(event)
                    continue
                db.execute(f"INSERT INTO events ({', '.join(_EVENT_FIELDS)}, stored) VALUES "
                           f"({', '.join('?' * len(_EVENT_FIELDS))}, ?)",
                           (*(getattr(event, f) for f in _EVENT_FIELDS), stamp))
                new.append(event)
        return new

    def events(self, *, since: float = 0.0, site: str | None = None, kinds: Sequence[str] = (),
               limit: int = EVENTS_LIMIT, newest: bool = False) -> EventList:
        """Stored events at or after ``since``, oldest first; ``kinds`` match the event's
        object (tunnel, bgp, site), its state (down, up, flap, mismatch) or its source.

        At most ``limit`` of them: the oldest ones, or with ``newest`` the newest ones (still
        returned oldest first). The list's ``truncated`` says whether more matched, and then
        ``total`` how many."""
        where = " WHERE at >= ?"
        args: list[Any] = [since]
        if site:
            where += " AND site = ?"
            args.append(site)
        if kinds:
            marks = ", ".join("?" * len(kinds))
            where += f" AND (object IN ({marks}) OR state IN ({marks}) OR source IN ({marks}))"
            args += [*kinds, *kinds, *kinds]
        order = "at DESC, key DESC" if newest else "at, key"
        rows = self._rows(f"SELECT * FROM events{where} ORDER BY {order} LIMIT ?", [*args, max(0, limit) + 1])
        out = EventList(_event(row) for row in rows[:max(0, limit)])
        if newest:
            out.reverse()
        out.total = len(out)
        if len(rows) > limit:
            out.truncated = True
            out.total = int(self._rows(f"SELECT COUNT(*) AS n FROM events{where}", args)[0]["n"])
        return out

    def latest(self, n: int, *, since: float = 0.0, site: str | None = None, kinds: Sequence[str] = ()
               ) -> EventList:
        """The newest ``n`` stored events (of ``since``, ``site``, ``kinds`` as :meth:`events`),
        oldest first: what a live view shows as the latest events."""
        return self.events(since=since, site=site, kinds=kinds, limit=n, newest=True)

    def last_events(self) -> dict[str, Event]:
        """Per site, its latest event."""
        rows = self._rows("SELECT e.* FROM events e JOIN (SELECT site, MAX(at) AS at FROM events GROUP BY site) m "
                          "ON e.site = m.site AND e.at = m.at ORDER BY e.key")
        return {row["site"]: _event(row) for row in rows}

    def set_cause(self, key: str, cause: str) -> None:
        with self._tx() as db:
            db.execute("UPDATE events SET cause = ? WHERE key = ?", (cause, key))

    # ------------------------------------------------------------------ notifications

    def claim(self, channel: str, *, sources: Sequence[str] = ("incident", "check"), since: float = 0.0,
              now: float | None = None) -> list[Event]:
        """The stored events of ``sources`` that ``channel`` was not told of yet, marked as
        told in the same transaction: a restart cannot tell twice, and an event stored just
        before a crash is still told after it. A failed send is given back by :meth:`release`."""
        stamp = time.time() if now is None else now
        marks = ", ".join("?" * len(sources))
        with self._tx() as db:
            rows = db.execute(f"SELECT * FROM events WHERE source IN ({marks}) AND at >= ? AND "
                              f"(? || '|' || key) NOT IN (SELECT key FROM notified) ORDER BY at, key",
                              (*sources, since, channel)).fetchall()
            db.executemany("INSERT OR IGNORE INTO notified VALUES (?, ?)",
                           [(f"{channel}|{row['key']}", stamp) for row in rows])
        return [_event(row) for row in rows]

    def unclaimed(self, channel: str, *, sources: Sequence[str] = ("incident", "check"), since: float = 0.0
                  ) -> list[Event]:
        """The stored events of ``sources`` that ``channel`` was not told of yet, oldest first,
        without marking them: each is marked by :meth:`claim_one` just before it is sent."""
        marks = ", ".join("?" * len(sources))
        rows = self._rows(f"SELECT * FROM events WHERE source IN ({marks}) AND at >= ? AND "
                          f"(? || '|' || key) NOT IN (SELECT key FROM notified) ORDER BY at, key",
                          (*sources, since, channel))
        return [_event(row) for row in rows]

    def claim_one(self, channel: str, key: str, *, now: float | None = None) -> bool:
        """Mark one event as told to ``channel``; False when it already was (another watcher
        on this history, or an earlier cycle, took it). A send that does not go out is given
        back by :meth:`release`."""
        stamp = time.time() if now is None else now
        with self._tx() as db:
            return db.execute("INSERT OR IGNORE INTO notified VALUES (?, ?)",
                              (f"{channel}|{key}", stamp)).rowcount == 1

    def release(self, channel: str, key: str) -> None:
        """A notification that did not go out: to be claimed again at the next cycle."""
        with self._tx() as db:
            db.execute("DELETE FROM notified WHERE key = ?", (f"{channel}|{key}",))

    # ------------------------------------------------------------------ tunnels and incidents

    def save_tunnels(self, states: Iterable[TunnelState], *, now: float | None = None,
                     unseen: Iterable[str] = ()) -> None:
        """Store each tunnel's state as seen ``now``; the tunnels in ``unseen`` (not listed by
        this poll, their last state kept) keep the time they were last seen."""
        stamp = time.time() if now is None else now
        kept = set(unseen)
        with self._tx() as db:
            for s in states:
                # A role learned earlier (from an incident) is kept when this poll does not know it.
                db.execute("INSERT INTO tunnels VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tunnel) DO UPDATE SET "
                           "site = excluded.site, service = excluded.service, state = excluded.state, "
                           "since = excluded.since, disconnections = excluded.disconnections, bgp = excluded.bgp, "
                           "seen = CASE WHEN ? THEN tunnels.seen ELSE excluded.seen END, "
                           "role = CASE WHEN excluded.role = '' THEN tunnels.role ELSE excluded.role END",
                           (s.tunnel, s.site, s.service, s.role, s.state, s.since, s.disconnections, s.bgp, stamp,
                            s.tunnel in kept))

    def tunnels(self) -> dict[str, TunnelState]:
        return {row["tunnel"]: TunnelState(row["tunnel"], row["site"], row["service"], row["role"], row["state"],
                                           row["since"], row["disconnections"] or 0, row["bgp"] or "")
                for row in self._rows("SELECT * FROM tunnels ORDER BY tunnel")}

    def tunnels_seen(self) -> dict[str, float]:
        """tunnel → when a poll last listed it (the time of the state :meth:`tunnels` holds)."""
        return {row["tunnel"]: float(row["seen"]) for row in self._rows("SELECT tunnel, seen FROM tunnels")}

    def save_incidents(self, rows: Iterable[dict[str, Any]]) -> None:
        with self._tx() as db:
            for row in rows:
                db.execute("INSERT OR REPLACE INTO incidents VALUES (?, ?, ?, ?, ?, ?)",
                           (str(row.get("incident_id")), row.get("code"), row.get("status"),
                            ",".join(_sites(row)), seconds_of(row.get("updated_time")), json.dumps(row)))

    def forget_incidents(self, ids: Iterable[str]) -> int:
        """Incidents the service no longer knows: no longer open (kept, status ``Gone``, until
        the retention prunes them); how many were open."""
        with self._tx() as db:
            return sum(db.execute("UPDATE incidents SET status = 'Gone' WHERE incident_id = ? AND status = 'Raised'",
                                  (str(i),)).rowcount for i in ids)

    def incident_rows(self) -> list[dict[str, Any]]:
        """Every incident kept (open, and cleared ones within the retention), oldest update first."""
        return [json.loads(row["row"]) for row in self._rows("SELECT row FROM incidents ORDER BY updated")]

    def open_incidents(self) -> list[dict[str, Any]]:
        return [json.loads(row["row"]) for row in
                self._rows("SELECT row FROM incidents WHERE status = 'Raised' ORDER BY updated, incident_id")]

    def incident(self, incident_id: str) -> dict[str, Any] | None:
        rows = self._rows("SELECT row FROM incidents WHERE incident_id = ?", (incident_id,))
        return json.loads(rows[0]["row"]) if rows else None

    # ------------------------------------------------------------------ probe samples

    def add_samples(self, samples: Iterable[dict[str, Any]]) -> int:
        rows = [tuple(s.get(f) for f in SAMPLE_FIELDS) for s in samples]
        with self._tx() as db:
            db.executemany(f"INSERT INTO samples VALUES ({', '.join('?' * len(SAMPLE_FIELDS))})", rows)
        return len(rows)

    def samples(self, *, site: str | None = None, since: float = 0.0) -> list[dict[str, Any]]:
        sql = "SELECT * FROM samples WHERE at >= ?"
        args: list[Any] = [since]
        if site:
            sql += " AND site = ?"
            args.append(site)
        return [dict(row) for row in self._rows(sql + " ORDER BY at", args)]

    def latest_samples(self) -> list[dict[str, Any]]:
        """Per path (site, tunnel, egress, target, method), its latest sample."""
        return [dict(row) for row in self._rows(
            "SELECT s.* FROM samples s JOIN (SELECT site, tunnel, egress, target, method, MAX(at) AS at FROM samples "
            "GROUP BY site, tunnel, egress, target, method) m USING (site, tunnel, egress, target, method, at)")]

    # ------------------------------------------------------------------ cursors and retention

    def get(self, key: str, default: str = "") -> str:
        rows = self._rows("SELECT value FROM meta WHERE key = ?", (key,))
        return str(rows[0]["value"]) if rows else default

    def put(self, key: str, value: str) -> None:
        with self._tx() as db:
            db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def put_many(self, items: Iterable[tuple[str, str]]) -> None:
        with self._tx() as db:
            db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", list(items))

    def marks(self, prefix: str) -> dict[str, str]:
        """The meta values whose keys start with ``prefix``, by the rest of the key."""
        rows = self._rows("SELECT key, value FROM meta WHERE substr(key, 1, ?) = ?", (len(prefix), prefix))
        return {str(row["key"])[len(prefix):]: str(row["value"]) for row in rows}

    def prune(self, *, now: float | None = None) -> int:
        """Forget what is older than the retention; how many rows went."""
        cutoff = (time.time() if now is None else now) - self.retention_s
        gone = 0
        with self._tx() as db:
            gone += db.execute("DELETE FROM events WHERE at < ?", (cutoff,)).rowcount
            gone += db.execute("DELETE FROM samples WHERE at < ?", (cutoff,)).rowcount
            gone += db.execute("DELETE FROM incidents WHERE status IN ('Cleared', 'Gone') AND updated < ?",
                               (cutoff,)).rowcount
            # A notification is remembered as long as the incident could still be listed.
            gone += db.execute("DELETE FROM notified WHERE at < ?", (cutoff - self.retention_s,)).rowcount
        return gone


#: How far apart a state change seen by a poll and the incident behind it may be and still
#: count as one (Insights and the incident service do not report the same moment).
MERGE_S = 300.0


def _twin(db: sqlite3.Connection, event: Event) -> str | None:
    """The stored event that is this one seen by the other source: the tunnel's latest
    event (nothing happened to it in between), to the same state, close in time.

    A state change happened somewhere between the poll before (its ``after``) and the poll
    that saw it (its ``at``): polls minutes apart (``health status`` from cron) still find
    the incident raised in between, within ``MERGE_S`` of that span."""
    if not event.tunnel or event.source not in ("incident", "state"):
        return None
    row = db.execute("SELECT key, source, state, at, after, incident_id FROM events WHERE tunnel = ? AND object = ? "
                     "ORDER BY at DESC, stored DESC LIMIT 1", (event.tunnel, event.object)).fetchone()
    if row is None or row["state"] != event.state:
        return None
    if event.source == "incident" and row["source"] == "state" and not row["incident_id"] and \
            _within(event.at, row["after"], float(row["at"])):
        return str(row["key"])
    if event.source == "state" and row["source"] == "incident" and _within(float(row["at"]), event.after, event.at):
        return str(row["key"])
    return None


def _within(at: float, after: float | None, seen: float) -> bool:
    """Whether an incident at ``at`` can be a change seen at ``seen`` and not seen at ``after``."""
    lo = seen if after is None else min(float(after), seen)
    return lo - MERGE_S <= at <= seen + MERGE_S


def _event(row: sqlite3.Row) -> Event:
    return Event(**{f: row[f] for f in _EVENT_FIELDS})


def _sites(row: dict[str, Any]) -> list[str]:
    objects = row.get("primary_impacted_objects") or {}
    return [str(s) for s in (objects.get("site_names") or [])] if isinstance(objects, dict) else []
