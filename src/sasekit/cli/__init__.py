"""The ``sasekit`` command.

Every resource of the catalog is a sub-command (``sasekit address create ...``),
built lazily from the catalog index when invoked; hand-made verbs (``push``,
``folders``, ``auth test``...) are imported only when used. So ``sasekit --help``
and shell completion stay fast.

Exit codes: 0 success, 1 API error, 2 usage or validation error, 3 authentication
or credentials error, 4 job failed or timed out. A user mistake is one line on
stderr, never a traceback (``--debug`` shows one), followed by what to do about it
(``  fix: ...``, the error's ``remedy``).
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

import click

EXIT_OK, EXIT_API, EXIT_USAGE, EXIT_AUTH, EXIT_JOB = 0, 1, 2, 3, 4

# name -> (module, attribute, one-line help shown by --help without importing the module)
COMMANDS: dict[str, tuple[str, str, str]] = {
    "auth": ("sasekit.cli.verbs", "auth", "Check credentials: a token and one light call."),
    "call": ("sasekit.cli.verbs", "call", "Run the guide's {resource, operation, parameters} JSON."),
    "catalog": ("sasekit.cli.catalog_cmd", "catalog", "Build, lint and count the compiled API catalog."),
    "completion": ("sasekit.cli.verbs", "completion", "Print the shell completion script."),
    "describe": ("sasekit.cli.verbs", "describe", "Show a resource's operations or an operation's parameters."),
    "emulator": ("sasekit.cli.emulator_cmd", "emulator", "Run the local Prisma Access / SCM emulator."),
    "folders": ("sasekit.cli.verbs", "folders", "List the tenant's folders (system folders as fallback)."),
    "health": ("sasekit.cli.health_cmd", "health", "Tunnel and BGP health: status, events, watch, probe charts, "
                                                   "metrics."),
    "job": ("sasekit.cli.verbs", "job", "Get, list or wait for jobs."),
    "lab": ("sasekit.cli.lab_cmd", "lab", "A live IPsec lab: real IKEv2 tunnels in network namespaces (root)."),
    "probe": ("sasekit.cli.health_cmd", "probe", "Probe tunnel paths: latency, jitter, loss, RTT into the health "
                                                 "history."),
    "profile": ("sasekit.cli.profile_cmd", "profile", "Manage named connection profiles."),
    "push": ("sasekit.cli.verbs", "push", "Push the candidate configuration, optionally waiting for it."),
    "resources": ("sasekit.cli.verbs", "resources", "List the API's resources and their operations."),
    "run": ("sasekit.cli.workflow_cmd", "run", "Run a workflow file (or rehearse it with --emulator)."),
    "runs": ("sasekit.cli.workflow_cmd", "runs", "Read the run history: list and show runs."),
    "tunnel": ("sasekit.cli.tunnel_cmd", "tunnel", "IPsec tunnels to Prisma Access from one intent: plan, apply, "
                                                  "render, check."),
    "workflow": ("sasekit.cli.workflow_cmd", "workflow", "Validate workflows; list and write out templates."),
}


def resource_key(name: str) -> str | None:
    """A catalog resource key from its name as typed: camelCase or kebab-case."""
    from sasekit.catalog import load

    cat = load()
    if name in cat:
        return name
    if "-" in name:
        parts = name.split("-")
        camel = parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])
        if camel in cat:
            return camel
    return None


class RootGroup(click.Group):
    """Hand-made verbs plus one lazily built group per catalog resource."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        from sasekit.catalog import load

        return sorted(COMMANDS) + list(load())

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in COMMANDS:
            module, attr, _ = COMMANDS[name]
            return getattr(importlib.import_module(module), attr)
        key = resource_key(name)
        if key is None:
            return None
        from sasekit.cli.ops import resource_group

        return resource_group(key)

    def resolve_command(self, ctx: click.Context, args: list[str]) -> Any:
        name = args[0] if args else ""
        cmd = self.get_command(ctx, name)
        if cmd is None and not ctx.resilient_parsing and not name.startswith("-"):
            from sasekit.catalog import load
            from sasekit.suggest import close_matches, did_you_mean

            hint = did_you_mean(close_matches(name, [*COMMANDS, *load()]))
            raise click.UsageError(f"unknown command or resource {name!r}{hint}; `sasekit resources` lists them",
                                   ctx)
        return super().resolve_command(ctx, args)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with formatter.section("Commands"):
            formatter.write_dl([(name, COMMANDS[name][2]) for name in sorted(COMMANDS)])
        with formatter.section("Resources"):
            formatter.write_text("Every resource of the Prisma Access Configuration API is a command: "
                                 "`sasekit <resource> <operation> --param value`, e.g. "
                                 "`sasekit address create --folder Shared --name web --ip-netmask 192.0.2.1/32`. "
                                 "`sasekit resources` lists them; `sasekit describe <resource>` explains one.")


@click.group(cls=RootGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="sasekit", prog_name="sasekit")
@click.option("--profile", envvar="SASEKIT_PROFILE", help="Named profile from the config file.")
@click.option("--base-url", envvar="SCM_BASE_URL", help="API host (regional tenants).")
@click.option("--auth-url", envvar="SCM_AUTH_URL", help="Identity provider host.")
@click.option("--setup-url", envvar="SCM_SETUP_URL", help="Setup API host (folders).")
@click.option("--incidents-url", envvar="SCM_INCIDENTS_URL", help="SCM incidents API host (family incidents).")
@click.option("--insights-url", envvar="SCM_INSIGHTS_URL", help="Prisma Access Insights 2.0 host (family insights).")
@click.option("--panw-region", envvar="SCM_PANW_REGION", metavar="REGION",
              help="The tenant's region, sent as X-PANW-Region (americas, europe, uk, au...).")
@click.option("--prisma-tenant", envvar="SCM_PRISMA_TENANT", metavar="TSG",
              help="Sent as Prisma-Tenant (default: the TSG id; tenant_id:sub_tenant_id for a sub-tenant).")
@click.option("-o", "--output", type=click.Choice(["table", "json", "yaml", "csv", "jsonl"]),
              help="Output format (default: table on a terminal, JSON when piped).")
@click.option("--query", help="JMESPath expression applied to the result before printing.")
@click.option("--columns", metavar="A,B,...", expose_value=False, callback=lambda ctx, _p, v: ctx.meta.__setitem__("sasekit.columns", v), help="Table (and CSV) columns to show, e.g. name,ip_netmask,tag.")
@click.option("--unified", is_flag=True, help="Use the unified /config/<group>/v1 URL family.")
@click.option("--no-validate", is_flag=True, help="Send without validating parameters first.")
@click.option("--token-cache", metavar="PATH",
              help="Share the access token between sasekit processes through this file (mode 0600; "
                   "default: tokens.json in the state folder; also SASEKIT_TOKEN_CACHE, 'off' for none).")
@click.option("--no-token-cache", is_flag=True, help="Keep the access token in memory only.")
@click.option("--debug", is_flag=True, help="Show tracebacks and debug logging.")
@click.pass_context
def cli(ctx: click.Context, **options: Any) -> None:
    """Automate Palo Alto Networks Prisma Access through Strata Cloud Manager."""
    from sasekit.cli.context import State

    if options["token_cache"] is not None:
        if options["no_token_cache"]:
            raise click.UsageError("--token-cache and --no-token-cache contradict each other: give one", ctx)
        if not options["token_cache"].strip():
            raise click.UsageError("--token-cache needs a file path (or 'off'); got an empty value", ctx)
    ctx.obj = State(**options)
    _current["ctx"] = ctx  # for the error handler: the settings and where each option came from
    import logging

    if options["debug"]:
        logging.basicConfig(level=logging.DEBUG, stream=sys.stderr,
                            format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    else:
        # The client logs each failure at WARNING; with no handler configured, Python's
        # last-resort handler would print it (raw response body included) beside the
        # one-line error. A handler on the package logger keeps that off the terminal.
        lib = logging.getLogger("sasekit")
        if not any(isinstance(h, logging.NullHandler) for h in lib.handlers):
            lib.addHandler(logging.NullHandler())


def exit_code(exc: BaseException) -> int:
    from sasekit import errors

    if isinstance(exc, errors.JobFailed | errors.JobTimeout):
        return EXIT_JOB
    if isinstance(exc, errors.AuthError | errors.ConfigError | errors.NotAuthenticated):
        return EXIT_AUTH
    if isinstance(exc, errors.ValidationError | errors.UnsupportedResource | errors.UnsupportedOperation
                  | errors.NameAmbiguous):
        return EXIT_USAGE
    return EXIT_API


#: What the running command has told the error handler: its root context ("ctx") and
#: the job it follows ("job"); emptied when ``main`` starts.
_current: dict[str, Any] = {}


def note_job(job_id: Any) -> None:
    """Record the job this command follows, so that an interrupt (Ctrl-C during
    ``push --wait``, ``job wait``) can say that it continues and how to follow it again."""
    if job_id:
        _current["job"] = str(job_id)


def _interrupted() -> None:
    """After "Aborted." or "Interrupted.": what keeps running on the service."""
    job = _current.get("job")
    ctx = _current.get("ctx")
    if job:
        click.echo(f"  job {job} continues on the service; follow it with: sasekit job wait {job}", err=True)
    elif ctx is not None and ctx.invoked_subcommand == "push":
        click.echo("  a push already sent continues on the service: `sasekit job list` shows it, "
                   "`sasekit job wait ID` follows it", err=True)


def setting_text(field: str) -> str | None:
    """``SCM_BASE_URL=http://127.0.0.1:9 (from env)``: a URL setting of the running
    command, and the place its value came from."""
    from sasekit.settings import ENV_VARS

    ctx = _current.get("ctx")
    state = getattr(ctx, "obj", None)
    if ctx is None or state is None:
        return None
    try:
        settings = state._client.settings if state._client is not None else state.settings()
    except Exception:
        return None
    value = getattr(settings, field)
    source = settings.source.get(field, "default")
    var, flag = ENV_VARS[field], "--" + field.replace("_", "-")
    if source == "argument":  # a root option, which click also fills from SCM_*_URL
        from_env = ctx.get_parameter_source(field) == click.core.ParameterSource.ENVIRONMENT
        return f"{var}={value} (from env)" if from_env else f"{flag} {value} (from the command line)"
    if source.startswith("env "):
        return f"{var}={value} (from env)"
    if source == "default":
        return f"{field} {value} (the default; {var} or {flag} changes it)"
    return f"{field} {value} (from {source})"


def _url_setting(path: str) -> str:
    """The URL setting whose host serves ``path``: by the catalog's family prefixes."""
    from sasekit.catalog import load
    from sasekit.settings import HOST_SETTINGS

    for family in load().families.values():
        prefix = family.get("prefix") or ""
        if "<" not in prefix and prefix != "/" and path.startswith(prefix + "/"):
            return HOST_SETTINGS.get(family.get("host", "base"), "base_url")
    return "base_url"


def remedy(exc: BaseException) -> str | None:
    """The line printed under an error after ``fix:``: the error's own remedy; for a
    connection that failed, with the URL that was used and the setting that chose it."""
    from sasekit import errors

    if not isinstance(exc, errors.SasekitError):
        return None
    inner = getattr(exc, "cause", None)
    target = inner if isinstance(inner, errors.TransportError | errors.TokenUnavailableError) else exc
    if isinstance(target, errors.TokenUnavailableError) and not errors.is_tls_failure(target.cause_text or ""):
        where = setting_text("auth_url")
        if where:
            return f"is {where} right? check it, and the network path to it (DNS, proxy, firewall)"
    if isinstance(target, errors.TransportError) and not (target.tls or target.timed_out):
        where = setting_text(_url_setting(target.path or ""))
        if where:
            again = ("; then run the command again: what was done is recognised"
                     if isinstance(target, errors.ServiceUnreachable) else "")
            return f"is {where} right? check it, and the network path to it (DNS, proxy, firewall){again}"
    return exc.remedy


def main(argv: list[str] | None = None) -> Any:
    """Console entry point: user mistakes become one line on stderr, never a traceback."""
    args = sys.argv[1:] if argv is None else argv
    debug = "--debug" in args
    _current.clear()
    try:
        return cli.main(args=args, prog_name="sasekit", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        _interrupted()
        sys.exit(130)
    except click.UsageError as exc:
        bare = getattr(click.exceptions, "NoArgsIsHelpError", ())  # click >= 8.2
        if isinstance(exc, bare):  # a bare group (`sasekit job`): its help, as click shows it
            exc.show()
            sys.exit(exc.exit_code)
        where = exc.ctx.command_path if exc.ctx is not None else "sasekit"
        click.echo(f"error: {exc.format_message()} (see '{where} --help')", err=True)
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        click.echo(f"error: {exc.format_message()}", err=True)
        sys.exit(exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        _interrupted()
        sys.exit(130)
    except Exception as exc:  # the last line of defence: no traceback unless --debug
        if debug:
            import traceback

            traceback.print_exc()  # then the usual line and exit code
        from sasekit.errors import SasekitError, ValidationError

        text = str(exc) if isinstance(exc, SasekitError) else f"{type(exc).__name__}: {exc}"
        lines = text.splitlines() or [type(exc).__name__]
        if isinstance(exc, ValidationError) and len(exc.problems) == 1 and len(lines) == 2 and exc.operation:
            where = f"{exc.resource}.{exc.operation}" if exc.resource else exc.operation
            lines = [f"{where}: {lines[1].strip()}"]  # one problem: one line
        click.echo(f"error: {lines[0]}", err=True)
        for line in lines[1:]:
            click.echo(f"  {line.strip()}", err=True)
        fix = remedy(exc)
        if fix:
            click.echo(f"  fix: {fix}", err=True)
        sys.exit(exit_code(exc))
