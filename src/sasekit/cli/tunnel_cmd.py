"""``sasekit tunnel validate|plan|apply|destroy|render|check``: IPsec tunnels from one intent."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from sasekit.cli.context import output_options

DEFAULT_INTENT = "tunnels.yaml"
intent_option = click.option("--intent", "-f", "intent_file", default=DEFAULT_INTENT, show_default=True,
                             envvar="SASEKIT_TUNNEL_INTENT", type=click.Path(dir_okay=False),
                             help="The intent file (also SASEKIT_TUNNEL_INTENT).")


def _state() -> Any:
    return click.get_current_context().find_root().obj


def _read(file: str) -> Any:
    from sasekit.tunnels.intent import read
    from sasekit.workflows.loader import WorkflowFileError

    try:
        return read(file)
    except WorkflowFileError as exc:
        raise _Problem(str(exc)) from None


class _Problem(click.ClickException):
    """A file that cannot be read, or a site that cannot be rendered: one line, exit 2."""

    exit_code = 2


def _show(text: str, data: Any) -> None:
    """Text on a terminal (or ``-o table``), data otherwise (``-o json|yaml``, piped)."""
    state = _state()
    if state.output == "table" or (state.output is None and sys.stdout.isatty()):
        click.echo(text)
    else:
        state.emit(data)


@click.group()
def tunnel() -> None:
    """IPsec tunnels between branch sites and Prisma Access, from one intent file.

    \b
    sasekit tunnel plan tunnels.yaml            what would change, with the region choice explained
    sasekit tunnel apply tunnels.yaml --push --wait
    sasekit tunnel render SITE --device junos   the branch side (secrets in a 0600 file)
    sasekit tunnel check SITE --config swanctl.conf
    """


@tunnel.command()
@click.argument("file", type=click.Path(dir_okay=False))
def validate(file: str) -> None:
    """Check an intent file (every problem at once, with its line); reads no tenant."""
    intent = _read(file)
    wans = sum(len(s.wan) for s in intent.sites)
    click.echo(f"{file}: ok ({len(intent.sites)} site{'s' if len(intent.sites) != 1 else ''}, "
               f"{wans} tunnel{'s' if wans != 1 else ''})", err=True)


def _plan(file: str, action: str) -> Any:
    from sasekit.tunnels.plan import plan

    intent = _read(file)
    return plan(_state().client(), intent, action=action)


@tunnel.command("plan")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--destroy", is_flag=True, help="Plan the deletion instead (what `tunnel destroy` would do).")
@output_options
def plan_cmd(file: str, destroy: bool) -> None:
    """Show, per site, what apply would create, update or leave alone (field diffs), and why
    each site goes to its Prisma location. Exit 0; 2 when the plan has problems."""
    from sasekit.tunnels.plan import format_text

    planned = _plan(file, "destroy" if destroy else "apply")
    _show(format_text(planned), planned.to_dict())
    if planned.problems:
        sys.exit(2)


def _carry_out(file: str, action: str, push: bool, wait: bool, dry_run: bool, history_path: str | None) -> None:
    from sasekit import errors
    from sasekit.cli import EXIT_JOB
    from sasekit.cli.workflow_cmd import _Progress
    from sasekit.tunnels import apply as applying
    from sasekit.tunnels.plan import format_text
    from sasekit.workflows.history import History, new_run_id
    from sasekit.workflows.loader import load, loads
    from sasekit.workflows.runner import Runner

    history = History(history_path)
    intent = _read(file)
    client = _state().client()
    earlier = None if dry_run else applying.unfinished(history, file, action)
    if earlier is not None and (earlier["inputs"].get("digest") == intent.digest):
        run_id = earlier["id"]
        click.echo(f"resuming run {run_id} (it did not finish; the intent is unchanged)", err=True)
        doc, resume = load(earlier["path"]), run_id
    else:
        from sasekit.tunnels.plan import plan

        planned = plan(client, intent, action=action)
        click.echo(format_text(planned), err=True)
        if planned.problems:
            sys.exit(2)
        pending = applying.push_pending(history, file)
        data = applying.workflow(planned, push=push and (bool(planned.pending) or pending), wait=wait)
        if push and not planned.pending and pending:
            click.echo("nothing left to change; pushing what an earlier apply of this intent changed", err=True)
        if dry_run:
            calls = [{"call": f"{i['resource']}.{i['action']}", "name": i["name"],
                      "parameters": {**i["params"], **({"id": i["id"]} if "id" in i else {})},
                      **({"secrets_from": [f["from"] for f in i["fill"]]} if i.get("fill") else {})}
                     for step in data["steps"] if "foreach" in step for i in step["foreach"]["items"]]
            calls += [{"call": "push", **s["push"]} for s in data["steps"] if "push" in s]
            _state().emit(calls)
            click.echo("dry run: nothing was sent", err=True)
            return
        if not data["steps"]:
            click.echo("nothing to do", err=True)
            return
        run_id, resume = new_run_id(), None
        import json

        path = applying.save(data, history, run_id)
        doc = loads(json.dumps(data), str(path))
    progress = _Progress()
    try:
        runner = Runner(client, history, base_dir=Path(file).parent, progress=progress)
        result = runner.run(doc, {}, resume=resume, run_id=None if resume else run_id)
    finally:
        progress.close()
    _state().emit(result.summary())
    if result.status != "succeeded":
        click.echo(f"run {result.run_id} {result.status}: {result.error}", err=True)
        click.echo(f"run `sasekit tunnel {action} {file}` again to complete it "
                   f"(or: sasekit run --resume {result.run_id})", err=True)
        sys.exit(EXIT_JOB if isinstance(result.cause, errors.JobFailed | errors.JobTimeout) else 1)
    click.echo(f"run {result.run_id} succeeded in {result.seconds:.1f} s", err=True)


_history = click.option("--history", "history_path", type=click.Path(dir_okay=False),
                        help="Run history database (default: $SASEKIT_STATE_DIR/runs.db).")


@tunnel.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--push", is_flag=True, help="Push the folder after the changes.")
@click.option("--wait/--no-wait", default=True, show_default=True, help="With --push: follow the job tree.")
@click.option("--dry-run", is_flag=True, help="Print the planned calls; send nothing.")
@_history
@output_options
def apply(file: str, push: bool, wait: bool, dry_run: bool, history_path: str | None) -> None:
    """Create and update the Prisma side in dependency order (through the workflow runner:
    a history, resume after a kill, no change made twice); with --push, push and wait."""
    _carry_out(file, "apply", push, wait, dry_run, history_path)


@tunnel.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--push", is_flag=True, help="Push the folder after the deletions.")
@click.option("--wait/--no-wait", default=True, show_default=True, help="With --push: follow the job tree.")
@click.option("--dry-run", is_flag=True, help="Print the planned calls; send nothing.")
@click.option("--yes", is_flag=True, help="Do not ask (needed without a terminal).")
@_history
@output_options
def destroy(file: str, push: bool, wait: bool, dry_run: bool, yes: bool, history_path: str | None) -> None:
    """Delete the intent's objects in reverse dependency order (shared profiles stay while used)."""
    if not (yes or dry_run):
        if not sys.stdin.isatty():
            raise click.UsageError("destroy deletes objects: give --yes (there is no terminal to ask on)")
        click.confirm(f"delete the Prisma objects of every site in {file}?", abort=True)
    _carry_out(file, "destroy", push, wait, dry_run, history_path)


def _site_tunnels(intent: Any, site_name: str, tenant: Any, prisma_address: str | None = None) -> Any:
    from sasekit.tunnels.prisma import site_tunnels

    site = intent.site(site_name)
    if prisma_address:
        tenant.addresses[site.name] = prisma_address
    tunnels, _, problems = site_tunnels(intent, site, tenant)
    if problems:
        raise _Problem(f"site {site_name}: " + "; ".join(problems))
    return site, tunnels


def _address(value: str | None) -> str | None:
    import ipaddress

    if value is None:
        return None
    try:
        return str(ipaddress.IPv4Address(value))
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an IPv4 address", param_hint="--prisma-address") from None


prisma_address_option = click.option(
    "--prisma-address", metavar="IP",
    help="The Prisma side's public address, when the tenant does not publish it to sasekit (a real tenant: "
         "from the Prisma Access IP API or the SCM UI); overrides what the tenant says.")


@tunnel.command()
@click.argument("site")
@intent_option
@click.option("--device", type=click.Choice(["strongswan", "junos"]),
              help="The branch device kind (default: the site's `device`).")
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default=".", show_default=True,
              help="Where to write the configuration files (mode 0600: they hold the secrets).")
@prisma_address_option
def render(site: str, intent_file: str, device: str | None, out_dir: str, prisma_address: str | None) -> None:
    """Write the branch side of a site's tunnels; prints it with the secrets masked."""
    from sasekit.files import write_private
    from sasekit.tunnels import devices
    from sasekit.tunnels.prisma import read_tenant

    intent = _read(intent_file)
    tenant = read_tenant(_state().client(), intent.folder)
    spec, tunnels = _site_tunnels(intent, site, tenant, _address(prisma_address))
    kind = devices.get(device or spec.device)
    try:
        files = kind.render(tunnels)
    except ValueError as exc:
        raise _Problem(f"site {site}: {exc}") from None
    secrets = [t.psk for t in tunnels if t.psk] + [t.bgp.secret for t in tunnels if t.bgp and t.bgp.secret]
    for suffix, text in files.items():
        path = Path(out_dir) / f"{site}.{suffix}"
        write_private(path, text)
        click.echo(f"# {path} (mode 0600)", err=True)
        click.echo(devices.mask(text, secrets))


@tunnel.command()
@click.argument("site")
@intent_option
@click.option("--config", "configs", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="The branch's configuration (swanctl.conf, frr.conf, Junos set commands); repeat. "
                   "Without it the branch side is the intent.")
@click.option("--device", type=click.Choice(["strongswan", "junos"]),
              help="The kind of --config (default: the site's `device`).")
@prisma_address_option
@output_options
def check(site: str, intent_file: str, configs: tuple[str, ...], device: str | None,
          prisma_address: str | None) -> None:
    """Compare the live Prisma side with the branch side and predict the IKEv2 outcome.
    Exit 0 when they match, 4 on a mismatch."""
    from sasekit.cli import EXIT_JOB
    from sasekit.tunnels import devices
    from sasekit.tunnels.live import site_check
    from sasekit.tunnels.prisma import read_tenant

    intent = _read(intent_file)
    tenant = read_tenant(_state().client(), intent.folder)
    branch = None
    if configs:
        kind = device or intent.site(site).device
        texts = [Path(c).read_text(encoding="utf-8") for c in configs]
        branch, parse_problems = devices.get(kind).parse(texts)
        for problem in parse_problems:
            click.echo(f"{problem.format(', '.join(configs))}", err=True)
    report, warnings = site_check(intent, tenant, site, branch=branch, device=device,
                                  prisma_address=_address(prisma_address), intent_path=intent_file)
    for warning in warnings:
        click.echo(f"warning: {warning}", err=True)
    _show(report.format_text(), report.to_dict())
    if not report.ok:
        sys.exit(EXIT_JOB)
