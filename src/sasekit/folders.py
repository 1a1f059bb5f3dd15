"""Folder discovery: live folders from the Setup API, or the six system folders.

Listing folders needs the SCM Admin role. Without it the Setup API answers 403, and
the guide's promise is that nothing breaks: the six predefined folders are returned
instead, the fallback is logged at INFO, and nothing is raised.
"""

from __future__ import annotations

import logging
from typing import Any

from . import transport as t
from .errors import Forbidden

log = logging.getLogger(__name__)

SYSTEM_FOLDERS = ("Shared", "Mobile Users", "Remote Networks", "Service Connections",
                  "Mobile Users Container", "Mobile Users Explicit Proxy")


class FolderList(list):
    """A list of folder objects; ``fallback`` is True when they are the system folders only."""

    fallback: bool = False


def folders_flow(core: Any, http: Any, page_size: int = 200) -> t.Flow:
    found = FolderList()
    offset = 0
    try:
        while True:
            page = yield from core.call_flow(core.plan("folder", "list", {"limit": page_size, "offset": offset}),
                                             http)
            items = page.get("data", []) if isinstance(page, dict) else page or []
            found.extend(items)
            offset += len(items)
            total = page.get("total") if isinstance(page, dict) else None
            if len(items) < page_size or (isinstance(total, int | float) and offset >= total):
                return found
    except Forbidden:
        log.info("no Setup API role (403 on folders): using the six system folders")
        fallback = FolderList({"name": name, "id": None, "parent": "" if name == "Shared" else "Shared"}
                              for name in SYSTEM_FOLDERS)
        fallback.fallback = True
        return fallback
