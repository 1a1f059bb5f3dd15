"""A faithful local Prisma Access / Strata Cloud Manager service.

Mount it in-process (``httpx.ASGITransport(app=create_app())``) or serve it with
``sasekit emulator serve``. Its behaviour follows the documented facts of the real
service: OAuth2 tokens, candidate and running configuration, push jobs, SCM error
shapes, rate limits, and injectable faults.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .config import DEMO_ACCOUNT, SYSTEM_FOLDERS, Account, EmulatorConfig, Faults, RateLimit

if TYPE_CHECKING:
    from sasekit.catalog import Catalog

    from .app import EmulatorApp

__all__ = ["DEMO_ACCOUNT", "SYSTEM_FOLDERS", "Account", "EmulatorApp", "EmulatorConfig", "Faults",
           "RateLimit", "create_app"]


def create_app(config: EmulatorConfig | None = None, catalog: Catalog | None = None,
               **settings: Any) -> EmulatorApp:
    """An emulator application (ASGI). ``settings`` are EmulatorConfig fields, used
    when no config is given; ``catalog`` defaults to the packaged one. The app module
    is imported here, not at package import, so that importing the configuration
    classes stays cheap."""
    from .app import EmulatorApp

    if config is None:
        config = EmulatorConfig.from_mapping(settings) if settings else EmulatorConfig()
    return EmulatorApp(config, catalog)


def __getattr__(name: str) -> Any:
    if name == "EmulatorApp":
        from .app import EmulatorApp

        return EmulatorApp
    raise AttributeError(name)
