"""``sasekit lab up|status|fault|down``: the live IPsec lab (Linux, root)."""

from __future__ import annotations

import sys
from typing import Any

import click

from sasekit.cli.context import output_options


def _state() -> Any:
    return click.get_current_context().find_root().obj


def _lab() -> Any:
    from sasekit.lab.host import LabUnavailable, missing
    from sasekit.lab.lab import Lab

    problem = missing()
    if problem is not None:
        raise LabUnavailable(*problem)
    return Lab()


@click.group()
def lab() -> None:
    """Real IKEv2 tunnels in network namespaces: a Prisma side configured from what the
    emulator runs, and branches configured by `sasekit tunnel render`.

    \b
    sasekit lab up tunnels.yaml        apply, push, then build both ends of every tunnel
    sasekit lab status                 IKE and CHILD SA state and counters, from the daemons
    sasekit lab fault paris-01-wan1 link-down
    sasekit lab down                   remove everything the lab made (also after a crash)
    """


@lab.command()
@click.argument("intent", type=click.Path(exists=True, dir_okay=False))
@click.option("--emulator-url", metavar="URL",
              help="Use this emulator (on 127.0.0.1, with the current credentials) instead of starting one.")
@output_options
def up(intent: str, emulator_url: str | None) -> None:
    """Start an emulator (unless given), apply INTENT to it, push, and bring every tunnel up."""
    from urllib.parse import urlparse

    from sasekit import Client

    the_lab = _lab()
    if emulator_url:
        if urlparse(emulator_url).hostname not in ("127.0.0.1", "localhost", "::1"):
            raise click.UsageError("--emulator-url must be an emulator on this machine (127.0.0.1): the lab writes "
                                   "to what it is given")
        import os
        from dataclasses import replace

        from sasekit.emulator.config import ADMIN_SECRET_ENV

        settings = replace(_state().settings(), base_url=emulator_url, auth_url=emulator_url, setup_url=emulator_url,
                           incidents_url=emulator_url, insights_url=emulator_url)
        url = emulator_url
        admin = os.environ.get(ADMIN_SECRET_ENV)
        the_lab.use_emulator(url, settings, admin)
        if not admin:
            click.echo(f"the emulator's tunnel view is not fed from the lab: set {ADMIN_SECRET_ENV} to its admin "
                       "secret", err=True)
    else:
        url, settings = the_lab.start_emulator()
        click.echo(f"the lab's emulator: {url} (demo account; `sasekit lab down` stops it)", err=True)
    try:
        with Client(settings=settings) as client:
            links = the_lab.up(intent, client)
    except BaseException:
        click.echo("the lab is partly built: `sasekit lab down` removes what was made", err=True)
        raise
    states = the_lab.wait_up()
    rows = [{"tunnel": x.tunnel, "site": x.site, "role": x.role, "branch": f"{x.branch_address} in {x.branch_ns}",
             "prisma": f"{x.prisma_address} in {x.prisma_ns}", "child_sa": states.get(x.tunnel, "?")} for x in links]
    _state().emit(rows)
    click.echo(f"lab up: {len(links)} tunnels; emulator {url}", err=True)
    if any(v != "installed" for v in states.values()):
        sys.exit(1)


@lab.command()
@output_options
def status() -> None:
    """Each tunnel's IKE and CHILD SA state, with byte and packet counters (from vici)."""
    the_lab = _lab()
    if not the_lab.record.links:
        click.echo("no lab is up (sasekit lab up INTENT)", err=True)
        return
    _state().emit(the_lab.status())


@lab.command()
@click.argument("tunnel")
@click.argument("kind", type=click.Choice(["link-down", "link-up", "flap", "loss", "rekey", "delay"]))
@click.argument("value", required=False, type=float)
@click.argument("jitter", required=False, type=float)
def fault(tunnel: str, kind: str, value: float | None, jitter: float | None) -> None:
    """Inject a fault on a tunnel (its name, SITE:primary|secondary, or SITE for its first):
    link-down, link-up, flap N, loss PCT (0 ends it), rekey, delay MS [JITTER] (0 ends it;
    frames towards Prisma are held MS ± JITTER ms, and what that added is measured)."""
    if jitter is not None and kind != "delay":
        raise click.UsageError(f"{kind} takes one value; only delay takes a jitter")
    click.echo(_lab().fault(tunnel, kind, value, jitter))


@lab.command()
def env() -> None:
    """Print the shell exports that point sasekit at the lab's emulator (`eval "$(sasekit lab env)"`),
    so that `sasekit health ...` and every other command read the lab's tenant."""
    import shlex

    from sasekit.lab.lab import Lab

    the_lab = Lab()
    if not the_lab.record.emulator:
        raise click.ClickException("no lab is up (sasekit lab up INTENT)")
    url = the_lab.record.emulator["url"]
    names = ("SCM_BASE_URL", "SCM_AUTH_URL", "SCM_SETUP_URL", "SCM_INCIDENTS_URL", "SCM_INSIGHTS_URL")
    lines = [f"export {name}={shlex.quote(url)}" for name in names] + ["export SCM_PANW_REGION=americas"]
    if the_lab.record.emulator.get("own"):  # the lab's own emulator: its public demo account
        from sasekit.emulator.config import DEMO_ACCOUNT

        lines += [f"export SCM_CLIENT_ID={shlex.quote(DEMO_ACCOUNT['client_id'])}",
                  f"export SCM_CLIENT_SECRET={shlex.quote(DEMO_ACCOUNT['client_secret'])}",
                  f"export SCM_TSG_ID={shlex.quote(DEMO_ACCOUNT['tsg_id'])}"]
    click.echo("\n".join(lines))


@lab.command()
def down() -> None:
    """Stop the lab's daemons (by their recorded pids) and delete its namespaces."""
    done = _lab().down()
    for line in done:
        click.echo(line, err=True)
    click.echo(f"lab down: {len(done)} things removed", err=True)
