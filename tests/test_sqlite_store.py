"""Stores that several processes open at once: two imports, a resume and a watcher
started together in one state folder must all get their history, not
"database is locked"."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from sasekit import sqlite_store
from sasekit.errors import ConfigError
from sasekit.health.history import HealthHistory
from sasekit.workflows.history import History


def _hold_lock(path: Path) -> sqlite3.Connection:
    """Another process writing the schema of a history it has just created, not yet in
    WAL mode. (SQLite's busy timeout does not cover this lock: switching to WAL while it
    is held fails at once.)"""
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("CREATE TABLE IF NOT EXISTS t (x)")
    return other


@pytest.mark.parametrize("opener", [History, HealthHistory], ids=["runs", "health"])
def test_a_store_opened_while_another_holds_a_lock_waits_for_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                opener: type) -> None:
    path = tmp_path / "state.db"
    other = _hold_lock(path)
    pauses: list[float] = []

    def pause(seconds: float) -> None:  # the other process finishes while this one waits
        pauses.append(seconds)
        if other.in_transaction:
            other.execute("COMMIT")

    monkeypatch.setattr(sqlite_store.time, "sleep", pause)
    store = opener(path)
    try:
        assert pauses, "the lock was not in the way: the test proves nothing"
        assert store._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        store.close()
        other.close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_lock_held_past_the_timeout_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "runs.db"
    other = _hold_lock(path)
    now = [0.0]
    monkeypatch.setattr(sqlite_store.time, "monotonic", lambda: now[0])
    monkeypatch.setattr(sqlite_store.time, "sleep", lambda s: now.__setitem__(0, now[0] + s))
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        sqlite_store.open_shared(path, "CREATE TABLE IF NOT EXISTS t (x);", timeout=2.0)
    assert 1.9 <= now[0] <= 2.0  # it waited the whole timeout, and no longer
    other.close()


def test_migrations_run_once_when_two_open_an_old_history(tmp_path: Path) -> None:
    path = tmp_path / "runs.db"
    old = sqlite3.connect(path)
    old.execute("CREATE TABLE steps (run_id TEXT NOT NULL, step TEXT NOT NULL, item TEXT NOT NULL DEFAULT '', "
                "status TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, output TEXT, error TEXT, "
                "started REAL, finished REAL, PRIMARY KEY (run_id, step, item))")
    old.commit()
    old.close()
    first, second = History(path), History(path)
    columns = [r["name"] for r in second._db.execute("PRAGMA table_info(steps)")]
    assert {"inputs", "push_sent", "job_id"} <= set(columns)
    assert len(columns) == len(set(columns))
    first.close()
    second.close()


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "tunnels.yaml"
    path.write_text("sites: []\n")
    path.chmod(0o644)
    with pytest.raises(ConfigError, match=r"tunnels\.yaml: not a SQLite database"):
        HealthHistory(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert path.read_text() == "sites: []\n"
