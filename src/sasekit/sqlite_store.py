"""Opening the SQLite files that several sasekit processes share.

Run histories and the health history sit in one state folder, which two imports, a
resume and a watcher started at the same moment all open. SQLite's busy timeout makes
a writer wait for another's lock, but not everything waits: switching a new database
to WAL takes an exclusive lock and fails at once ("database is locked") if another
process holds any lock on it, and two processes adding the same missing column would
both try. So the set-up is done here, once for every store: the WAL switch retried
for as long as the busy timeout allows, migrations inside one immediate transaction.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from sasekit.errors import ConfigError
from sasekit.files import private_file

__all__ = ["BUSY_TIMEOUT_S", "immediate", "open_shared"]

#: How long a statement waits for another process's lock before it fails.
BUSY_TIMEOUT_S = 30.0
_HEADER = b"SQLite format 3\x00"
_FIRST_PAUSE_S = 0.005
_LONGEST_PAUSE_S = 0.1


def open_shared(path: str | os.PathLike[str], schema: str, *,
                added_columns: Sequence[tuple[str, str, str]] = (),
                timeout: float = BUSY_TIMEOUT_S) -> sqlite3.Connection:
    """A connection to the database at ``path`` (created 0600), in WAL mode, with
    ``schema`` (idempotent DDL) applied, and each of ``added_columns`` (table, column,
    declaration: a column added since the first release) added, in one immediate
    transaction, to a database made before it.

    Autocommit (``isolation_level=None``): callers open their own transactions.
    """
    target = Path(path)
    _refuse_other_files(target)
    target = private_file(target)
    db = sqlite3.connect(target, check_same_thread=False, isolation_level=None, timeout=timeout)
    try:
        db.row_factory = sqlite3.Row
        _wal(db, timeout)
        # NORMAL with WAL: a commit survives the process being killed (even SIGKILL); only an
        # OS crash can lose the last ones. FULL's fsync per commit halved a 10,000-item
        # loop's rate (bench/bulk_import.py).
        db.execute("PRAGMA synchronous=NORMAL")
        db.executescript(schema)
        if added_columns:
            with immediate(db):
                for table, column, declaration in added_columns:
                    if column not in {str(row[1]) for row in db.execute(f"PRAGMA table_info({table})")}:
                        db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {declaration}")
    except BaseException:
        db.close()
        raise
    return db


@contextlib.contextmanager
def immediate(db: sqlite3.Connection, lock: threading.Lock | threading.RLock | None = None
              ) -> Iterator[sqlite3.Connection]:
    """One write transaction, its write lock taken at the start (a deferred one that
    reads first could not take it later in WAL mode: SQLite fails it at once). ``lock``
    keeps the connection's other threads out meanwhile."""
    with lock if lock is not None else contextlib.nullcontext():
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")


def _refuse_other_files(path: Path) -> None:
    """A path that names another kind of file (a YAML given as --history) is refused as
    it is: neither its mode changed nor SQLite's "file is not a database" without a name."""
    try:
        with path.open("rb") as fh:
            head = fh.read(len(_HEADER))
    except (FileNotFoundError, IsADirectoryError):
        return
    except OSError as exc:
        raise ConfigError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if head and head != _HEADER:
        raise ConfigError(f"{path}: not a SQLite database; give the path of a sasekit history, or a new file")


def _wal(db: sqlite3.Connection, timeout: float) -> None:
    """Switch to WAL; the switch does not wait for other processes' locks, so wait here."""
    deadline = time.monotonic() + timeout
    pause = _FIRST_PAUSE_S
    while True:
        try:
            db.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() + pause > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, _LONGEST_PAUSE_S)
