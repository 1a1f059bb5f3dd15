"""Run history in SQLite: runs, step attempts, inputs, outputs, errors and timings.

Each step (and each item of a loop) is recorded the moment it finishes, in its own
transaction (a step also when it starts; a loop item in one write when it ends), so
a run killed at any point — even with SIGKILL — leaves a history that says exactly
which changes were completed; ``sasekit run --resume ID`` reads it and skips them.
Secrets are redacted before anything is written, and the database file is created
with mode 0600.
"""

from __future__ import annotations

import json
import os
import threading
import time
import uuid
from pathlib import Path
from typing import Any

from sasekit.errors import MASK, RunBusy, mask_secrets, redact
from sasekit.sqlite_store import immediate, open_shared

__all__ = ["REDACTED", "SECRET_WORDS", "History", "RunBusy", "new_run_id", "redact_secret_fields", "state_dir"]

#: Keys whose values are masked wherever they appear in what is stored.
SECRET_WORDS = ("secret", "password", "token", "passphrase", "api_key", "apikey", "private_key", "key_file",
                "pre_shared_key", "psk")
#: What a masked value is stored as (resume knows such an input must be given again).
REDACTED = MASK

SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    id TEXT PRIMARY KEY, workflow TEXT NOT NULL, path TEXT, digest TEXT, target TEXT,
    inputs TEXT NOT NULL, status TEXT NOT NULL, error TEXT, started REAL NOT NULL, finished REAL,
    pid INTEGER
);
CREATE TABLE IF NOT EXISTS steps (
    run_id TEXT NOT NULL, step TEXT NOT NULL, item TEXT NOT NULL DEFAULT '', status TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0, output TEXT, error TEXT, started REAL, finished REAL,
    inputs TEXT, push_sent REAL, job_id TEXT,
    PRIMARY KEY (run_id, step, item)
);
"""
#: Columns added since the first release, for histories written before them: a digest of
#: the step's rendered inputs, and a push's send time and job id (recorded before it waits).
ADDED_COLUMNS = (("steps", "inputs", "TEXT"), ("steps", "push_sent", "REAL"), ("steps", "job_id", "TEXT"))
#: Step statuses a resumed run does not run again ("partial", "failed", "unknown" and
#: "running" it does).
FINISHED = ("done", "skipped")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # somebody else's process
        return True
    except OSError:
        return False
    return True


def new_run_id() -> str:
    """A run id: sortable by start time, unique."""
    return time.strftime("%Y%m%d-%H%M%S-") + uuid.uuid4().hex[:6]


def state_dir() -> Path:
    base = os.environ.get("SASEKIT_STATE_DIR") or os.path.join(
        os.environ.get("XDG_STATE_HOME") or os.path.join(os.path.expanduser("~"), ".local", "state"), "sasekit")
    return Path(base)


def redact_secret_fields(value: Any, secrets: tuple[str, ...] = (), key: str = "") -> Any:
    """A copy of a JSON-like ``value`` safe to store: the values of secret-looking keys
    (``pre_shared_key``, ``password``...) masked at any depth, and the known ``secrets``
    masked inside every string. ``key`` is the key ``value`` sits under.

    Other strings stay exactly as they are, even when shaped like a credential
    (``errors.redact`` would mask those): resume replays stored outputs, and a phishing
    URL with ``access_token=`` in it must still be blocked as it was seen."""
    if key and any(w in key.lower() for w in SECRET_WORDS) and value not in (None, "", [], {}):
        return REDACTED
    if isinstance(value, dict):
        return {k: redact_secret_fields(v, secrets, str(k)) for k, v in value.items()}
    if isinstance(value, list):
        return [redact_secret_fields(v, secrets) for v in value]
    if isinstance(value, str):
        return mask_secrets(value, secrets)
    return value


class History:
    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path) if path else state_dir() / "runs.db"
        # A commit survives the process being killed; an OS crash can lose the last ones,
        # and resume takes such a create's 409 as done.
        self._db = open_shared(self.path, SCHEMA, added_columns=ADDED_COLUMNS)
        self._lock = threading.Lock()
        self.secrets: tuple[str, ...] = ()

    def close(self) -> None:
        self._db.close()

    def _exec(self, sql: str, args: tuple[Any, ...]) -> None:
        with self._lock:
            self._db.execute(sql, args)

    def _json(self, value: Any) -> str:
        text = json.dumps(value, default=str)
        # Most outputs hold no secret-looking key and no known secret: checking the text
        # (for each secret as JSON spells it) is much cheaper than walking the value.
        lowered = text.lower()
        if not any(w in lowered for w in SECRET_WORDS) and not any(json.dumps(s)[1:-1] in text
                                                                    for s in self.secrets if s):
            return text
        return json.dumps(redact_secret_fields(value, self.secrets), default=str)

    # ------------------------------------------------------------------ runs

    def start(self, workflow: str, path: str | None, digest: str, target: str, inputs: dict[str, Any],
              secret_inputs: set[str], run_id: str | None = None) -> str:
        run_id = run_id or new_run_id()
        shown = {k: (REDACTED if k in secret_inputs else v) for k, v in inputs.items()}
        self._exec("INSERT INTO runs (id, workflow, path, digest, target, inputs, status, started, pid) "
                   "VALUES (?,?,?,?,?,?,?,?,?)",
                   (run_id, workflow, path, digest, target, self._json(shown), "running", time.time(), os.getpid()))
        return run_id

    def reopen(self, run_id: str) -> None:
        """Take a run over for this process — unless a live process is running it now
        (two processes resuming one run would both send its remaining changes)."""
        with immediate(self._db, self._lock) as db:  # the check and the claim are one step
            row = db.execute("SELECT status, pid FROM runs WHERE id=?", (run_id,)).fetchone()
            pid = row["pid"] if row is not None else None
            if row is not None and row["status"] == "running" and pid and pid != os.getpid() and _alive(pid):
                raise RunBusy(run_id, pid)
            db.execute("UPDATE runs SET status='running', error=NULL, finished=NULL, pid=? WHERE id=?",
                       (os.getpid(), run_id))

    def finish(self, run_id: str, status: str, error: str | None = None) -> None:
        self._exec("UPDATE runs SET status=?, error=?, finished=? WHERE id=?",
                   (status, redact(error, self.secrets) if error else None, time.time(), run_id))

    def run(self, run_id: str) -> dict[str, Any] | None:
        with self._lock:
            row = self._db.execute("SELECT * FROM runs WHERE id=?", (run_id,)).fetchone()
        if row is None:
            return None
        out = dict(row)
        out["inputs"] = json.loads(out["inputs"])
        return out

    def runs(self, limit: int = 50) -> list[dict[str, Any]]:
        with self._lock:
            rows = self._db.execute("SELECT id, workflow, target, status, started, finished, error FROM runs "
                                    "ORDER BY started DESC LIMIT ?", (limit,)).fetchall()
        return [dict(r) for r in rows]

    # ------------------------------------------------------------------ steps

    def step_started(self, run_id: str, step: str, item: str = "") -> None:
        self._exec("INSERT INTO steps (run_id, step, item, status, attempts, started) VALUES (?,?,?,?,1,?) "
                   "ON CONFLICT(run_id, step, item) DO UPDATE SET status='running', attempts=attempts+1, "
                   "started=excluded.started, error=NULL",
                   (run_id, step, item, "running", time.time()))

    def step_done(self, run_id: str, step: str, output: Any, item: str = "", status: str = "done",
                  started: float | None = None, inputs: str | None = None) -> None:
        """A step's end; with ``started`` (an attempt not recorded by ``step_started``) the
        whole attempt in one write. ``status`` "partial": a loop that ended with failed
        items, whose output is kept but which a resumed run runs again. ``inputs`` is the
        digest of what the step was given (a resumed run compares it)."""
        self._end(run_id, step, item, status, self._json(output), None, started)
        if inputs is not None:
            self._exec("UPDATE steps SET inputs=? WHERE run_id=? AND step=? AND item=?", (inputs, run_id, step, item))

    def push_sending(self, run_id: str, step: str, item: str, at: float) -> None:
        """A push request is about to go out (before its answer, which can be lost)."""
        self._exec("INSERT INTO steps (run_id, step, item, status, started, push_sent) VALUES (?,?,?,?,?,?) "
                   "ON CONFLICT(run_id, step, item) DO UPDATE SET push_sent=excluded.push_sent, job_id=NULL",
                   (run_id, step, item, "running", at, at))

    def push_job(self, run_id: str, step: str, item: str, job_id: str) -> None:
        """The job a push started, recorded before the wait for it begins."""
        self._exec("UPDATE steps SET job_id=? WHERE run_id=? AND step=? AND item=?", (job_id, run_id, step, item))

    def push_state(self, run_id: str, step: str, item: str = "") -> tuple[str | None, float | None]:
        """``(job id, time the push was sent)`` recorded for a step; ``(None, None)`` if it never pushed."""
        with self._lock:
            row = self._db.execute("SELECT job_id, push_sent FROM steps WHERE run_id=? AND step=? AND item=?",
                                   (run_id, step, item)).fetchone()
        return (row["job_id"], row["push_sent"]) if row is not None else (None, None)

    def step_failed(self, run_id: str, step: str, error: str, item: str = "", started: float | None = None,
                    status: str = "failed") -> None:
        """A failed attempt; ``status`` "unknown": it may have been applied (its answer was
        lost and the service could not be asked), which a resumed run finds out."""
        self._end(run_id, step, item, status, None, redact(error, self.secrets), started)

    def _end(self, run_id: str, step: str, item: str, status: str, output: str | None, error: str | None,
             started: float | None) -> None:
        now = time.time()
        if started is None:
            self._exec("UPDATE steps SET status=?, output=?, error=?, finished=? WHERE run_id=? AND step=? AND item=?",
                       (status, output, error, now, run_id, step, item))
            return
        self._exec("INSERT INTO steps (run_id, step, item, status, attempts, output, error, started, finished) "
                   "VALUES (?,?,?,?,1,?,?,?,?) ON CONFLICT(run_id, step, item) DO UPDATE SET "
                   "status=excluded.status, attempts=attempts+1, output=excluded.output, error=excluded.error, "
                   "started=excluded.started, finished=excluded.finished",
                   (run_id, step, item, status, output, error, started, now))

    def completed(self, run_id: str) -> dict[tuple[str, str], Any]:
        """(step, item) -> (output, status, inputs digest) of every finished step and loop
        item of a run. A loop that ended with failed items ("partial") is not finished."""
        with self._lock:
            rows = self._db.execute("SELECT step, item, output, status, inputs FROM steps WHERE run_id=? "
                                    f"AND status IN ({','.join('?' * len(FINISHED))})", (run_id, *FINISHED)).fetchall()
        return {(r["step"], r["item"]): (json.loads(r["output"]) if r["output"] else None, r["status"], r["inputs"])
                for r in rows}

    def steps(self, run_id: str) -> list[dict[str, Any]]:
        with self._lock:
            rows = self._db.execute("SELECT * FROM steps WHERE run_id=? ORDER BY started, rowid",
                                    (run_id,)).fetchall()
        return [dict(r) for r in rows]
