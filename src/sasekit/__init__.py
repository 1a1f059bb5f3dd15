"""sasekit: automation for Palo Alto Networks Prisma Access through Strata Cloud Manager.

Importing the package stays cheap: the catalog, HTTP stack and emulator load only
when first used (``sasekit.Client`` imports httpx on first access).
"""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["AsyncClient", "Client", "__version__", "errors"]

TYPE_CHECKING = False  # importing typing would cost start-up time
if TYPE_CHECKING:
    from typing import Any

    from . import errors
    from .client import AsyncClient, Client


def __getattr__(name: str) -> Any:
    import importlib

    if name in ("Client", "AsyncClient"):
        return getattr(importlib.import_module("sasekit.client"), name)
    if name == "errors":
        return importlib.import_module("sasekit.errors")
    raise AttributeError(f"module 'sasekit' has no attribute {name!r}")
