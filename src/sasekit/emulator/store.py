"""The emulator's state in SQLite: objects per TSG and folder, rule order, config
versions, jobs and custom folders.

Objects hold the *candidate* configuration. A successful push copies the candidate
into a numbered config version, which becomes the running configuration; ``load``
and ``rollbackCandidate`` copy a version back into the candidate. In memory by
default, or in a file so a served emulator keeps its tenant across restarts.

A state file holds what clients sent (pre-shared keys, certificates' private keys), so it
and SQLite's ``-wal`` and ``-shm`` files beside it are readable by their owner only
(0600) from the first byte: the database file is created 0600 before SQLite opens it
(SQLite gives its side files the database's mode), and side files left by an earlier
run with a wider mode are tightened after the open.
"""

from __future__ import annotations

import builtins
import contextlib
import json
import os
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sasekit.files import PRIVATE_MODE
from sasekit.sqlite_store import immediate, open_shared

SCHEMA = """
CREATE TABLE IF NOT EXISTS objects (
    tsg TEXT NOT NULL, resource TEXT NOT NULL, id TEXT NOT NULL, folder TEXT NOT NULL,
    name TEXT, position TEXT, seq REAL NOT NULL DEFAULT 0, body TEXT NOT NULL,
    PRIMARY KEY (tsg, id)
);
CREATE INDEX IF NOT EXISTS objects_by_name ON objects (tsg, resource, folder, name);
CREATE INDEX IF NOT EXISTS objects_by_order ON objects (tsg, resource, folder, position, seq);
CREATE TABLE IF NOT EXISTS versions (
    tsg TEXT NOT NULL, version INTEGER NOT NULL, created REAL NOT NULL, admin TEXT,
    description TEXT, folders TEXT NOT NULL, snapshot TEXT NOT NULL,
    PRIMARY KEY (tsg, version)
);
CREATE TABLE IF NOT EXISTS running (
    tsg TEXT PRIMARY KEY, version INTEGER NOT NULL, since REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS jobs (
    tsg TEXT NOT NULL, id INTEGER NOT NULL, parent_id INTEGER NOT NULL, type TEXT NOT NULL,
    created REAL NOT NULL, due REAL NOT NULL, outcome TEXT NOT NULL, applied INTEGER NOT NULL DEFAULT 0,
    uname TEXT, description TEXT, details TEXT NOT NULL, folders TEXT NOT NULL,
    snapshot TEXT, version INTEGER,
    PRIMARY KEY (tsg, id)
);
CREATE TABLE IF NOT EXISTS folders (
    tsg TEXT NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL, body TEXT NOT NULL,
    PRIMARY KEY (tsg, id)
);
CREATE TABLE IF NOT EXISTS counters (tsg TEXT NOT NULL, name TEXT NOT NULL, value INTEGER NOT NULL,
    PRIMARY KEY (tsg, name));
-- the tunnel-state timeline (its reads and writes: timeline.py)
CREATE TABLE IF NOT EXISTS tunnel_events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, tsg TEXT NOT NULL, kind TEXT NOT NULL, tunnel TEXT NOT NULL,
    site TEXT NOT NULL, state TEXT NOT NULL, at REAL NOT NULL, reason TEXT NOT NULL, source TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT '', service TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS tunnel_events_by_time ON tunnel_events (tsg, at);
CREATE TABLE IF NOT EXISTS tunnel_now (
    tsg TEXT NOT NULL, kind TEXT NOT NULL, tunnel TEXT NOT NULL, site TEXT NOT NULL, state TEXT NOT NULL,
    since REAL NOT NULL, changes INTEGER NOT NULL DEFAULT 0, source TEXT NOT NULL,
    bytes_in INTEGER NOT NULL DEFAULT 0, bytes_out INTEGER NOT NULL DEFAULT 0,
    packets_in INTEGER NOT NULL DEFAULT 0, packets_out INTEGER NOT NULL DEFAULT 0,
    counted REAL NOT NULL DEFAULT 0,
    PRIMARY KEY (tsg, kind, tunnel)
);
-- round-trip-time samples per tunnel: its first ones (the baseline) and its latest (timeline.RTT_KEEP)
CREATE TABLE IF NOT EXISTS tunnel_rtt (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, tsg TEXT NOT NULL, tunnel TEXT NOT NULL, site TEXT NOT NULL,
    at REAL NOT NULL, rtt_ms REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS tunnel_rtt_by_tunnel ON tunnel_rtt (tsg, tunnel, at);
CREATE INDEX IF NOT EXISTS tunnel_rtt_by_time ON tunnel_rtt (tsg, at);
"""
#: The timeline's tables (:mod:`.timeline` reads and writes them; a reset empties them too).
TIMELINE_TABLES = ("tunnel_events", "tunnel_now", "tunnel_rtt")
#: Columns added since the first release, for databases made before them: where a tunnel
#: sat when it changed (timeline.py).
ADDED_COLUMNS = (("tunnel_events", "role", "TEXT NOT NULL DEFAULT ''"),
                 ("tunnel_events", "service", "TEXT NOT NULL DEFAULT ''"))
#: SQLite's files beside a database: the write-ahead log, its index, a rollback journal.
SIDE_FILES = ("-wal", "-shm", "-journal")


def new_id() -> str:
    return str(uuid.uuid4())


def _name(body: dict[str, Any]) -> str | None:
    """The name column of an object: its ``name`` when that is text. Validation has checked
    the body against its shape; this keeps an open shape's odd ``name`` (a number past
    SQLite's integers, an object) from reaching the driver, which would raise."""
    name = body.get("name")
    return name if isinstance(name, str) else None


class Store:
    """All reads and writes of emulator state. Methods are small and synchronous:
    SQLite answers in microseconds, well inside one event-loop step.

    Annotations say ``builtins.list`` because the :meth:`list` method shadows the
    builtin inside the class body."""

    def __init__(self, path: str = ":memory:") -> None:
        self.path = path
        on_disk = path not in ("", ":memory:")
        self._lock = threading.RLock()
        if on_disk:
            self._db = open_shared(path, SCHEMA, added_columns=ADDED_COLUMNS)
        else:
            self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
            self._db.row_factory = sqlite3.Row
            self._db.executescript(SCHEMA)
        if on_disk:
            for suffix in SIDE_FILES:
                with contextlib.suppress(FileNotFoundError):
                    os.chmod(path + suffix, PRIVATE_MODE)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with immediate(self._db, self._lock) as db:
            yield db

    def close(self) -> None:
        self._db.close()

    def query(self, sql: str, params: tuple[Any, ...] = ()) -> builtins.list[sqlite3.Row]:
        """Rows of one read, for a module with tables of its own (the timeline)."""
        with self._lock:
            return self._db.execute(sql, params).fetchall()

    def reset(self) -> None:
        with self.transaction() as db:
            for table in ("objects", "versions", "running", "jobs", "folders", "counters", *TIMELINE_TABLES):
                db.execute(f"DELETE FROM {table}")

    # ------------------------------------------------------------------ objects

    @staticmethod
    def _row(row: sqlite3.Row | None) -> dict[str, Any] | None:
        return json.loads(row["body"]) if row is not None else None

    def get(self, tsg: str, resource: str, obj_id: str) -> dict[str, Any] | None:
        with self._lock:
            row = self._db.execute(
                "SELECT body FROM objects WHERE tsg=? AND id=? AND resource=?", (tsg, obj_id, resource)
            ).fetchone()
        return self._row(row)

    def meta(self, tsg: str, obj_id: str) -> sqlite3.Row | None:
        with self._lock:
            return self._db.execute(
                "SELECT resource, folder, name, position, seq FROM objects WHERE tsg=? AND id=?",
                (tsg, obj_id),
            ).fetchone()

    def find_by_name(self, tsg: str, resource: str, folder: str, name: str) -> dict[str, Any] | None:
        with self._lock:
            row = self._db.execute(
                "SELECT body FROM objects WHERE tsg=? AND resource=? AND folder=? AND name=?",
                (tsg, resource, folder, name),
            ).fetchone()
        return self._row(row)

    def list(self, tsg: str, resource: str, folder: str | None, *, name: str | None = None,
             position: str | None = None, limit: int | None = None, offset: int = 0,
             ) -> tuple[builtins.list[dict[str, Any]], int]:
        where = ["tsg=?", "resource=?"]
        args: list[Any] = [tsg, resource]
        if folder is not None:
            where.append("folder=?")
            args.append(folder)
        if position is not None:
            where.append("position=?")
            args.append(position)
        if name:
            where.append("instr(name, ?) > 0")
            args.append(name)
        clause = " AND ".join(where)
        with self._lock:
            total = self._db.execute(f"SELECT count(*) FROM objects WHERE {clause}", args).fetchone()[0]
            rows = self._db.execute(
                f"SELECT body FROM objects WHERE {clause} ORDER BY position, seq, rowid LIMIT ? OFFSET ?",
                [*args, -1 if limit is None else limit, offset],
            ).fetchall()
        return [json.loads(r["body"]) for r in rows], total

    def insert(self, tsg: str, resource: str, folder: str, body: dict[str, Any],
               position: str | None = None, row_id: str | None = None) -> dict[str, Any]:
        """Store ``body`` under ``row_id``, by default its own ``id``. Objects whose answers
        carry an integer id (the Setup API's shares, audit logs and trusts) are stored under a
        text id of their own (``"trust:3"``): ids are unique across a tenant's resources."""
        with self.transaction() as db:
            seq = 0.0
            if position is not None:
                seq = (db.execute(
                    "SELECT max(seq) FROM objects WHERE tsg=? AND resource=? AND folder=? AND position=?",
                    (tsg, resource, folder, position)).fetchone()[0] or 0.0) + 1.0
            db.execute(
                "INSERT INTO objects (tsg, resource, id, folder, name, position, seq, body) VALUES (?,?,?,?,?,?,?,?)",
                (tsg, resource, body["id"] if row_id is None else row_id, folder, _name(body), position, seq,
                 json.dumps(body)),
            )
        return body

    def replace(self, tsg: str, obj_id: str, body: dict[str, Any]) -> None:
        with self.transaction() as db:
            db.execute("UPDATE objects SET body=?, name=? WHERE tsg=? AND id=?",
                       (json.dumps(body), _name(body), tsg, obj_id))

    def delete(self, tsg: str, obj_id: str) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM objects WHERE tsg=? AND id=?", (tsg, obj_id))

    def set_seq(self, tsg: str, obj_id: str, seq: float) -> None:
        with self.transaction() as db:
            db.execute("UPDATE objects SET seq=? WHERE tsg=? AND id=?", (seq, tsg, obj_id))

    def ordered(self, tsg: str, resource: str, folder: str,
                position: str) -> builtins.list[tuple[str, float]]:
        with self._lock:
            rows = self._db.execute(
                "SELECT id, seq FROM objects WHERE tsg=? AND resource=? AND folder=? AND position=? "
                "ORDER BY seq, rowid", (tsg, resource, folder, position)).fetchall()
        return [(r["id"], r["seq"]) for r in rows]

    def all_objects(self, tsg: str) -> builtins.list[dict[str, Any]]:
        """Every candidate object with its placement, for push checks and snapshots."""
        with self._lock:
            rows = self._db.execute(
                "SELECT resource, id, folder, name, position, seq, body FROM objects WHERE tsg=? "
                "ORDER BY resource, folder, position, seq, rowid", (tsg,)).fetchall()
        return [{"resource": r["resource"], "id": r["id"], "folder": r["folder"], "name": r["name"],
                 "position": r["position"], "seq": r["seq"], "body": json.loads(r["body"])} for r in rows]

    def restore(self, tsg: str, snapshot: builtins.list[dict[str, Any]]) -> None:
        """Replace the candidate with a snapshot taken by :meth:`all_objects`."""
        with self.transaction() as db:
            db.execute("DELETE FROM objects WHERE tsg=?", (tsg,))
            db.executemany(
                "INSERT INTO objects (tsg, resource, id, folder, name, position, seq, body) VALUES (?,?,?,?,?,?,?,?)",
                [(tsg, o["resource"], o["id"], o["folder"], o["name"], o["position"], o["seq"],
                  json.dumps(o["body"])) for o in snapshot],
            )

    def count(self, tsg: str | None = None) -> int:
        with self._lock:
            if tsg is None:
                return self._db.execute("SELECT count(*) FROM objects").fetchone()[0]
            return self._db.execute("SELECT count(*) FROM objects WHERE tsg=?", (tsg,)).fetchone()[0]

    # ------------------------------------------------------------------ counters

    def next_number(self, tsg: str, name: str, start: int) -> int:
        with self.transaction() as db:
            row = db.execute("SELECT value FROM counters WHERE tsg=? AND name=?", (tsg, name)).fetchone()
            value = (row["value"] + 1) if row else start
            db.execute("INSERT OR REPLACE INTO counters (tsg, name, value) VALUES (?,?,?)", (tsg, name, value))
        return value

    def counters_named(self, tsg: str, prefix: str) -> dict[str, int]:
        """The tenant's counters whose name starts with ``prefix`` (name without it -> value).
        Counters outlive ``load`` and ``rollbackCandidate`` (they are not configuration):
        the Prisma-side address a remote network was given stays its own."""
        with self._lock:
            rows = self._db.execute("SELECT name, value FROM counters WHERE tsg=? AND substr(name, 1, ?)=?",
                                    (tsg, len(prefix), prefix)).fetchall()
        return {r["name"][len(prefix):]: r["value"] for r in rows}

    def set_counter(self, tsg: str, name: str, value: int) -> None:
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO counters (tsg, name, value) VALUES (?,?,?)", (tsg, name, value))

    # ------------------------------------------------------------------ versions

    def add_version(self, tsg: str, version: int, admin: str, description: str,
                    folders: builtins.list[str], snapshot: str, created: float | None = None) -> None:
        """Record a config version made at ``created`` (epoch seconds; now by default) and make
        it the running one."""
        now = time.time() if created is None else created
        with self.transaction() as db:
            db.execute("INSERT INTO versions VALUES (?,?,?,?,?,?,?)",
                       (tsg, version, now, admin, description, json.dumps(folders), snapshot))
            db.execute("INSERT OR REPLACE INTO running VALUES (?,?,?)", (tsg, version, now))

    def versions(self, tsg: str) -> builtins.list[sqlite3.Row]:
        with self._lock:
            return self._db.execute(
                "SELECT version, created, admin, description, folders FROM versions WHERE tsg=? "
                "ORDER BY version DESC", (tsg,)).fetchall()

    def version_snapshot(self, tsg: str, version: int) -> builtins.list[dict[str, Any]] | None:
        with self._lock:
            row = self._db.execute("SELECT snapshot FROM versions WHERE tsg=? AND version=?",
                                   (tsg, version)).fetchone()
        return json.loads(row["snapshot"]) if row else None

    def running(self, tsg: str) -> sqlite3.Row | None:
        with self._lock:
            return self._db.execute("SELECT version, since FROM running WHERE tsg=?", (tsg,)).fetchone()

    # ------------------------------------------------------------------ jobs

    def add_job(self, tsg: str, job: dict[str, Any]) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO jobs (tsg, id, parent_id, type, created, due, outcome, uname, description, "
                "details, folders, snapshot) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (tsg, job["id"], job["parent_id"], job["type"], job["created"], job["due"], job["outcome"],
                 job["uname"], job["description"], json.dumps(job["details"]), json.dumps(job["folders"]),
                 job.get("snapshot")),
            )

    def job(self, tsg: str, job_id: int) -> sqlite3.Row | None:
        with self._lock:
            return self._db.execute("SELECT * FROM jobs WHERE tsg=? AND id=?", (tsg, job_id)).fetchone()

    def jobs(self, tsg: str, limit: int, offset: int) -> tuple[builtins.list[sqlite3.Row], int]:
        with self._lock:
            total = self._db.execute("SELECT count(*) FROM jobs WHERE tsg=?", (tsg,)).fetchone()[0]
            rows = self._db.execute("SELECT * FROM jobs WHERE tsg=? ORDER BY id DESC LIMIT ? OFFSET ?",
                                    (tsg, limit, offset)).fetchall()
        return rows, total

    def due_jobs(self, now: float) -> builtins.list[sqlite3.Row]:
        """Parent push jobs whose time has come but whose result is not applied yet, oldest first."""
        with self._lock:
            return self._db.execute(
                "SELECT * FROM jobs WHERE applied=0 AND parent_id=0 AND due<=? ORDER BY tsg, id", (now,)
            ).fetchall()

    def mark_applied(self, tsg: str, job_id: int, version: int | None) -> None:
        with self.transaction() as db:
            db.execute("UPDATE jobs SET applied=1, version=?, snapshot=NULL WHERE tsg=? AND (id=? OR parent_id=?)",
                       (version, tsg, job_id, job_id))

    # ------------------------------------------------------------------ folders

    def custom_folders(self, tsg: str) -> builtins.list[dict[str, Any]]:
        with self._lock:
            rows = self._db.execute("SELECT body FROM folders WHERE tsg=? ORDER BY rowid", (tsg,)).fetchall()
        return [json.loads(r["body"]) for r in rows]

    def put_folder(self, tsg: str, body: dict[str, Any]) -> None:
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO folders (tsg, id, name, body) VALUES (?,?,?,?)",
                       (tsg, body["id"], body["name"], json.dumps(body)))

    def delete_folder(self, tsg: str, folder_id: str) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM folders WHERE tsg=? AND id=?", (tsg, folder_id))
