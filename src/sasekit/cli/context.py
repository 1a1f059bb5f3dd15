"""What every CLI command shares: the root options and a client built on first use."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sasekit.client import Client
    from sasekit.engine import Engine


@dataclass
class State:
    profile: str | None = None
    base_url: str | None = None
    auth_url: str | None = None
    setup_url: str | None = None
    output: str | None = None
    query: str | None = None
    unified: bool = False
    no_validate: bool = False
    debug: bool = False
    _client: Any = field(default=None, repr=False)

    def client(self) -> Client:
        """The sasekit Client for these options (credentials checked before any HTTP call)."""
        if self._client is None:
            from sasekit.client import Client

            self._client = Client(profile=self.profile, base_url=self.base_url, auth_url=self.auth_url,
                                  setup_url=self.setup_url, validate=not self.no_validate,
                                  url_family="unified" if self.unified else "legacy")
        return self._client

    def core_for_planning(self) -> Engine:
        """An engine for --dry-run: plans and validates without credentials or HTTP."""
        from sasekit.auth import TokenManager
        from sasekit.engine import Engine
        from sasekit.settings import Secret, Settings, resolve

        try:
            settings = resolve(profile=self.profile, base_url=self.base_url, setup_url=self.setup_url)
        except Exception:
            settings = Settings(client_id="dry-run", client_secret=Secret("-"), tsg_id="0")
        # a token manager of its own, never used: planning sends nothing
        return Engine(settings, validate=not self.no_validate, url_family="unified" if self.unified else "legacy",
                      rate_limit=0, tokens=TokenManager(settings))

    def emit(self, data: Any) -> None:
        from sasekit.cli.output import emit

        emit(data, self.output, self.query)


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
