"""Writing files that hold secrets, and files that must never be seen half-written.

Config files, the token cache, run histories and rehearsal states hold client
secrets, tokens or pre-shared keys, so they are readable by their owner only — from
the first byte: a file created with the default mode and tightened afterwards would
leave a window in which anyone could open it (and keep it open). Files are replaced
atomically (a temporary file beside the target, then a rename), so a reader, or a
process killed half-way, sees the old content or the new, never a mix.

Only the standard library is imported: the CLI imports this at start-up.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

__all__ = ["PRIVATE_MODE", "private_file", "write_atomic", "write_private"]

#: Owner read and write, nobody else anything.
PRIVATE_MODE = 0o600
_PRIVATE_DIR_MODE = 0o700


def write_atomic(path: str | os.PathLike[str], data: str | bytes, *, mode: int) -> None:
    """Replace ``path`` with ``data`` (text is written as UTF-8, newlines untouched).

    The new file has exactly ``mode`` whatever the umask, and no other: the temporary
    file is created with it (``O_EXCL``, so a planted file or link is never written
    through). The data and the rename are flushed to disk before this returns. The
    folder must exist.
    """
    target = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    tmp = target.with_name(f".{target.name}.{os.getpid()}.{os.urandom(4).hex()}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(tmp, flags, mode)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, mode)  # exact mode whatever the umask
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    _sync_folder(target.parent)


def write_private(path: str | os.PathLike[str], data: str | bytes) -> None:
    """Replace ``path`` with ``data``, mode 0600 from creation; a missing folder is
    created for its owner only (0700)."""
    Path(path).parent.mkdir(parents=True, exist_ok=True, mode=_PRIVATE_DIR_MODE)
    write_atomic(path, data, mode=PRIVATE_MODE)


def private_file(path: str | os.PathLike[str]) -> Path:
    """Create ``path`` empty if it is missing (its folder too, 0700), and make it 0600.

    For files that others fill in place — SQLite databases, which give their -wal and
    -shm files the database's mode — so they never exist with a wider mode.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True, mode=_PRIVATE_DIR_MODE)
    if not target.exists():
        os.close(os.open(target, os.O_WRONLY | os.O_CREAT, PRIVATE_MODE))
    os.chmod(target, PRIVATE_MODE)
    return target


def _sync_folder(folder: Path) -> None:
    """Flush a rename to disk: until the folder is synced, a crash may undo it."""
    if os.name != "posix":
        return
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
