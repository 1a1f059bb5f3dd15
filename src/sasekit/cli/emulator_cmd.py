"""``sasekit emulator serve``: the local Prisma Access / SCM service.

Every setting is checked before anything is printed or bound (the rules are
``sasekit.emulator.config.RULES``), so a bad one is a one-line usage error naming where
it came from, not a traceback or an emulator that misbehaves later. The admin secret
that the ``/_emulator/`` endpoints require comes from ``--admin-secret``, else the
config file's ``admin_secret``, else ``SASEKIT_EMULATOR_ADMIN_SECRET``, else it is
generated; a generated one is printed with the demo account, a given one is not echoed.
A health scenario (``--health-scenario``, or ``health_scenario`` in the config) is read and
checked whole before the banner too: every problem of the file on one line, exit code 2.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from sasekit.emulator.config import EmulatorConfig


class ConfigFileError(click.ClickException):
    """A config file that cannot be used: one line on stderr, exit code 2 (a usage error)."""

    exit_code = 2


@click.group()
def emulator() -> None:
    """Run the local Prisma Access / SCM emulator."""


@emulator.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind. Keep 127.0.0.1 unless others must reach it.")
@click.option("--port", default=8443, show_default=True, type=click.IntRange(1, 65535))
@click.option("--db", type=click.Path(dir_okay=False), help="SQLite file to keep state in (default: memory).")
@click.option("--config", "config_file", type=click.Path(exists=True, dir_okay=False),
              help="JSON or YAML emulator settings (accounts, token_ttl_s, push_s, rate_limit, faults).")
@click.option("--push-seconds", type=float, help="How long a push job takes.")
@click.option("--token-ttl", type=float, help="Token lifetime in seconds (real service: 900).")
@click.option("--no-rate-limit", is_flag=True, help="Turn the documented per-IP rate limit off.")
@click.option("--tls-cert", type=click.Path(exists=True, dir_okay=False),
              help="Serve HTTPS with this PEM certificate (with --tls-key), as the real service does.")
@click.option("--tls-key", type=click.Path(exists=True, dir_okay=False), help="The certificate's PEM private key.")
@click.option("--log-level", default="warning", show_default=True,
              type=click.Choice(["critical", "error", "warning", "info", "debug"]))
@click.option("--admin-secret", metavar="SECRET",
              help="What the /_emulator/ admin endpoints require in the X-Emulator-Admin header "
                   "(16+ characters). Default: admin_secret in --config, else "
                   "$SASEKIT_EMULATOR_ADMIN_SECRET (preferred: a command line is visible to other "
                   "local users), else a random one, printed at start.")
@click.option("--health-scenario", type=click.Path(dir_okay=False), metavar="FILE",
              help="YAML or JSON file of timed tunnel and BGP state changes that the health APIs "
                   "(incidents, Insights) then report as they happen.")
@click.option("--health-clock-factor", type=float, metavar="FACTOR",
              help="Run the health clock FACTOR times faster: flap thresholds (5 flaps in 10 min, "
                   "cleared after 8 min up) and scenario offsets are divided by it. Default 1.")
@click.option("--health-simulate", metavar="INTENT|mirror",
              help="Simulate tunnel state: each pushed tunnel comes up, fails or flaps at every rekey as the "
                   "negotiation model predicts against the branch side INTENT renders ('mirror': a branch that "
                   "matches Prisma). A simulation, not the service's timing.")
@click.option("--health-rekey", "health_rekey_s", type=float, metavar="SECONDS",
              help="With --health-simulate: the CHILD_SA rekey interval (default: the IPsec lifetime).")
def serve(host: str, port: int, db: str | None, config_file: str | None, push_seconds: float | None,
          token_ttl: float | None, no_rate_limit: bool, tls_cert: str | None, tls_key: str | None,
          log_level: str, admin_secret: str | None, health_scenario: str | None,
          health_clock_factor: float | None, health_simulate: str | None, health_rekey_s: float | None) -> None:
    """Serve the emulator over HTTP (or HTTPS) until interrupted."""
    import os
    import sqlite3

    import yaml

    from sasekit.emulator.config import (
        ADMIN_HEADER,
        ADMIN_SECRET_ENV,
        EmulatorConfig,
        check_changes,
    )
    from sasekit.emulator.serve import serve as run

    try:
        config = EmulatorConfig.from_file(config_file) if config_file else EmulatorConfig()
        config.check()  # else a bad setting fails after the banner
    except (OSError, ValueError, TypeError, yaml.YAMLError) as exc:
        raise ConfigFileError(f"--config {config_file}: {' '.join(str(exc).split())}") from None
    env_secret = os.environ.get(ADMIN_SECRET_ENV) or None
    secret_from = ("--admin-secret" if admin_secret is not None
                   else f"--config {config_file}" if config.admin_secret is not None
                   else ADMIN_SECRET_ENV if env_secret is not None else None)
    given = [("--db", "db", db), ("--push-seconds", "push_s", push_seconds),
             ("--token-ttl", "token_ttl_s", token_ttl),
             ("--health-scenario", "health_scenario", health_scenario),
             ("--health-clock-factor", "health_clock_factor", health_clock_factor),
             ("--health-simulate", "health_simulate", health_simulate),
             ("--health-rekey", "health_rekey_s", health_rekey_s),
             (secret_from, "admin_secret", admin_secret if admin_secret is not None
              else env_secret if secret_from == ADMIN_SECRET_ENV else None)]
    for origin, name, value in given:
        if value is not None:
            checked, problems = check_changes("config", {name: value})
            if problems:
                raise click.UsageError(f"{origin}: {'; '.join(problems)}")
            setattr(config, name, checked[name])
    if config.health_scenario:
        _check_scenario(config, "--health-scenario" if health_scenario is not None
                        else f"--config {config_file}: health_scenario")
    if config.health_simulate and config.health_simulate != "mirror":
        _check_intent(config.health_simulate)
    if no_rate_limit:
        config.rate_limit.enabled = False
    if bool(tls_cert) != bool(tls_key):
        raise click.UsageError("--tls-cert and --tls-key go together")
    _check_port(host, port)  # before the banner: a port in use is one line, not a banner and a traceback
    config.with_default_account().with_admin_secret()
    from sasekit.emulator.app import EmulatorApp

    try:
        app = EmulatorApp(config)
    except ValueError as exc:  # the SCM_* account, the one setting not checked above
        raise click.UsageError(str(exc)) from None
    except (OSError, sqlite3.Error) as exc:
        raise click.ClickException(f"--db {config.db}: {exc}") from None
    url = f"{'https' if tls_cert else 'http'}://{host}:{port}"
    click.echo(f"sasekit emulator on {url}  (state: {config.db})", err=True)
    click.echo(f"  SCM_BASE_URL={url} SCM_AUTH_URL={url} SCM_SETUP_URL={url}", err=True)
    click.echo(f"  SCM_INCIDENTS_URL={url} SCM_INSIGHTS_URL={url} SCM_PANW_REGION=americas", err=True)
    if config.demo:
        from sasekit.emulator.config import DEMO_ACCOUNT

        click.echo("  demo account (no SCM_* credentials were set):", err=True)
        click.echo(f"    SCM_CLIENT_ID={DEMO_ACCOUNT['client_id']}", err=True)
        click.echo(f"    SCM_CLIENT_SECRET={DEMO_ACCOUNT['client_secret']}", err=True)
        click.echo(f"    SCM_TSG_ID={DEMO_ACCOUNT['tsg_id']}", err=True)
    else:
        names = ", ".join(f"{a.client_id} ({a.role}, tsg {a.tsg_id})" for a in config.accounts)
        click.echo(f"  accounts: {names}", err=True)
    if secret_from is None:
        click.echo(f"  admin endpoints /_emulator/* need the header {ADMIN_HEADER}: {app.admin_secret}", err=True)
    else:
        click.echo(f"  admin endpoints /_emulator/* need the header {ADMIN_HEADER}: the secret from {secret_from}",
                   err=True)
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"  warning: bound to {host}, reachable from other machines", err=True)
    run(config, host, port, log_level, (tls_cert, tls_key) if tls_cert and tls_key else None, app=app)


def _check_scenario(config: EmulatorConfig, origin: str) -> None:
    """A health scenario that cannot be played is a one-line error naming each of its problems."""
    from sasekit.emulator.scenario import read

    assert config.health_scenario
    config.with_default_account()  # the tenants a scenario's tsg_id may name
    _, problems = read(config.health_scenario, tuple(a.tsg_id for a in config.accounts))
    if problems:
        raise ConfigFileError(f"{origin} {config.health_scenario}: {' '.join('; '.join(problems).split())}")


def _check_intent(path: str) -> None:
    """The simulation's branch side must be readable now, not at the first push."""
    from sasekit.errors import ValidationError
    from sasekit.tunnels.intent import read
    from sasekit.workflows.loader import WorkflowFileError

    try:
        read(path)
    except (WorkflowFileError, ValidationError, OSError) as exc:
        raise ConfigFileError(f"--health-simulate {path}: {' '.join(str(exc).split())}") from None


def _check_port(host: str, port: int) -> None:
    """A usage error (one line, exit code 2) when ``host:port`` cannot be listened on:
    in use (another emulator?), or not this machine's to bind."""
    import errno
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise click.UsageError(f"--host {host}: not an address of this machine ({exc.strerror})") from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does
        try:
            probe.bind(address)
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise click.UsageError(f"port {port} on {host} is already in use (another emulator?): stop it, "
                                       f"or choose another port: --port {port + 1 if port < 65535 else 8443}",
                                       ) from None
            raise click.UsageError(f"cannot listen on {host}:{port} ({exc.strerror or exc}): choose another "
                                   "--port or --host") from None
