"""Folder discovery: live folders from the Setup API, or the six system folders.

Listing folders needs the SCM Admin role. Without it the Setup API answers 403, and
the guide's promise is that nothing breaks: the six predefined folders are returned
instead, the fallback is logged at INFO, and nothing is raised.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from . import transport as t
from .errors import Forbidden

if TYPE_CHECKING:
    from .engine import Engine

log = logging.getLogger(__name__)

SYSTEM_FOLDERS = ("Shared", "Mobile Users", "Remote Networks", "Service Connections",
                  "Mobile Users Container", "Mobile Users Explicit Proxy")


class FolderList(list[Any]):
    """A list of folder objects; ``fallback`` is True when they are the system folders only."""

    fallback: bool = False


def folders_flow(engine: Engine) -> t.Flow[FolderList]:
    try:
        return FolderList((yield from engine.list_all("folder", "list")))
    except Forbidden:
        log.info("no Setup API role (403 on folders): using the six system folders")
        fallback = FolderList({"name": name, "id": None, "parent": "" if name == "Shared" else "Shared"}
                              for name in SYSTEM_FOLDERS)
        fallback.fallback = True
        return fallback
