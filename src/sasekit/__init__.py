"""sasekit: automation for Palo Alto Networks Prisma Access through Strata Cloud Manager.

Importing the package stays cheap: the catalog, HTTP stack and emulator load only
when first used.
"""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["__version__"]
