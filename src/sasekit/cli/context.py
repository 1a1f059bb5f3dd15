"""What every CLI command shares: the root options and a client built on first use.

The CLI caches its access token in ``<state dir>/tokens.json`` unless told otherwise
(``--token-cache PATH``, ``--no-token-cache``, ``SASEKIT_TOKEN_CACHE``, a profile's
``token_cache_file``): each command is a new process, and without the cache a script
running ten of them at once would make ten token requests, where the identity provider
tolerates about ten per tenant at a time. The library's ``Client()`` keeps the token in
memory unless asked; only the CLI turns the file on by default.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sasekit.client import Client
    from sasekit.engine import Engine
    from sasekit.settings import Settings

log = logging.getLogger(__name__)
#: ``Settings.source`` of the CLI's own default cache file.
DEFAULT_CACHE_SOURCE = "default (CLI state folder)"


@dataclass
class State:
    profile: str | None = None
    base_url: str | None = None
    auth_url: str | None = None
    setup_url: str | None = None
    incidents_url: str | None = None
    insights_url: str | None = None
    panw_region: str | None = None
    prisma_tenant: str | None = None
    output: str | None = None
    query: str | None = None
    unified: bool = False
    no_validate: bool = False
    debug: bool = False
    token_cache: str | None = None
    no_token_cache: bool = False
    _client: Any = field(default=None, repr=False)

    def settings(self) -> Settings:
        """Settings from these options and the usual layers, with the CLI's token cache."""
        from sasekit.settings import resolve

        cache = "off" if self.no_token_cache else self.token_cache
        settings = resolve(profile=self.profile, base_url=self.base_url, auth_url=self.auth_url,
                           setup_url=self.setup_url, token_cache_file=cache, **self._health_options())
        if cache is not None:  # name the option in messages, not "argument"
            flag = "--no-token-cache" if self.no_token_cache else "--token-cache"
            return replace(settings, source={**settings.source, "token_cache_file": f"option {flag}"})
        return with_default_token_cache(settings)

    def _health_options(self) -> dict[str, Any]:  # Any: resolve() also takes env= by keyword
        return {"incidents_url": self.incidents_url, "insights_url": self.insights_url,
                "panw_region": self.panw_region, "prisma_tenant": self.prisma_tenant}

    def client(self) -> Client:
        """The sasekit Client for these options (credentials checked before any HTTP call)."""
        if self._client is None:
            from sasekit.client import Client

            self._client = Client(settings=self.settings(), validate=not self.no_validate,
                                  url_family="unified" if self.unified else "legacy")
        return self._client

    def core_for_planning(self) -> Engine:
        """An engine for --dry-run: plans and validates without credentials or HTTP."""
        from sasekit.auth import TokenManager
        from sasekit.engine import Engine
        from sasekit.settings import Secret, Settings, resolve

        try:
            settings = resolve(profile=self.profile, base_url=self.base_url, setup_url=self.setup_url,
                               **self._health_options())
        except Exception:
            settings = Settings(client_id="dry-run", client_secret=Secret("-"), tsg_id="0")
        # a token manager of its own, never used: planning sends nothing
        return Engine(settings, validate=not self.no_validate, url_family="unified" if self.unified else "legacy",
                      rate_limit=0, tokens=TokenManager(settings))

    def emit(self, data: Any) -> None:
        from sasekit.cli.output import emit

        emit(data, self.output, self.query)


def with_default_token_cache(settings: Settings) -> Settings:
    """``settings`` with the CLI's cache file when no layer chose one (or chose off).

    Best effort: the default is a convenience nobody asked for, so a state folder that
    cannot be created or a cache file that cannot be made private turns the cache off
    (debug log) instead of failing the command. A path somebody gave is checked strictly,
    by the token manager, before the first token request.
    """
    if settings.source.get("token_cache_file", "default") != "default":
        return settings
    from sasekit.auth import check_token_cache
    from sasekit.errors import ConfigError
    from sasekit.workflows.history import state_dir

    path = state_dir() / "tokens.json"
    try:
        check_token_cache(path, f"token_cache_file ({DEFAULT_CACHE_SOURCE})", create_folder=True)
    except ConfigError as exc:
        log.debug("token cache off: %s", exc)
        return settings
    return replace(settings, token_cache_file=str(path),
                   source={**settings.source, "token_cache_file": DEFAULT_CACHE_SOURCE})


def output_options(fn: Any) -> Any:
    """``-o/--output`` and ``--query`` on a command, overriding the root options."""
    import functools

    import click

    @click.option("-o", "--output", "output_", type=click.Choice(["table", "json", "yaml"]),
                  help="Output format (default: table on a terminal, JSON when piped).")
    @click.option("--query", "query_", help="JMESPath expression applied to the result.")
    @functools.wraps(fn)
    def wrapper(*args: Any, output_: str | None = None, query_: str | None = None, **kwargs: Any) -> Any:
        state = click.get_current_context().find_root().obj
        if output_:
            state.output = output_
        if query_:
            state.query = query_
        return fn(*args, **kwargs)

    return wrapper
