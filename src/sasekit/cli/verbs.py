"""Hand-made verbs: the things a network engineer does that are not one API call."""

from __future__ import annotations

import json
import sys
import time
from typing import Any

import click

from sasekit.cli.context import output_options
from sasekit.cli.ops import describe_rules, flag_of, load_json, plan_json, read_text


def _state() -> Any:
    return click.get_current_context().find_root().obj


# --------------------------------------------------------------------------- discovery


@click.command()
@click.option("--family", type=click.Choice(["legacy", "unified", "config", "scm", "setup", "ip", "incidents",
                                            "insights", "all"]),
              default="all", show_default=True,
              help="A URL family (legacy: /sse/config/v1, unified: /config/<group>/v1) and the "
                   "operations it serves, or a resource family (config: Prisma Access, scm: only on "
                   "the unified family, setup: the Setup API, ip: the emulated Prisma Access IP API, "
                   "incidents: SCM incidents, insights: Prisma Access Insights 2.0).")
@output_options
def resources(family: str) -> None:
    """List the API's resources and their operations."""
    from sasekit.catalog import load

    cat = load()
    url_family = family if family in ("legacy", "unified") else None
    keys = list(cat) if family == "all" or url_family else cat.keys_in(family)
    rows = [{"resource": k, "operations": ", ".join(cat.operation_names(k, url_family))} for k in keys]
    _state().emit([r for r in rows if r["operations"]])


def _complete_resource(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[str]:
    from sasekit.catalog import load

    return [k for k in load() if k.startswith(incomplete)]


def _complete_operation(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[str]:
    from sasekit.catalog import load
    from sasekit.cli import resource_key

    key = resource_key(ctx.params.get("resource") or "")
    return [n for n in load().operation_names(key) if n.startswith(incomplete)] if key else []


@click.command()
@click.argument("resource", shell_complete=_complete_resource)
@click.argument("operation", required=False, shell_complete=_complete_operation)
@output_options
def describe(resource: str, operation: str | None) -> None:
    """Show a resource's operations, or an operation's parameters and their rules."""
    from sasekit.catalog import load
    from sasekit.catalog.descriptions import descriptions
    from sasekit.cli import resource_key
    from sasekit.errors import UnsupportedOperation, UnsupportedResource
    from sasekit.suggest import close_matches

    cat = load()
    key = resource_key(resource)
    if key is None:
        raise UnsupportedResource(resource, close_matches(resource, cat))
    desc = descriptions()
    if operation is None:
        rows = []
        for name, route in cat.routes(key).items():
            op = cat[key].operations[name]
            rows.append({"operation": name, "route": route, "unified": op.unified_path or "",
                         "summary": (desc.operation(op) if desc else None) or ""})
        _state().emit(rows)
        return
    if operation not in cat.operation_names(key):
        raise UnsupportedOperation(key, operation, close_matches(operation, cat.operation_names(key)))
    state = _state()
    op = cat[key].operations[operation].variant("unified" if state.unified else "legacy")
    rows = []
    for name, p in op.parameters.items():
        row = {"parameter": name, "flag": flag_of(name), "in": p.location, "type": str(p.type),
               "required": p.required, "enum": ", ".join(map(str, p.enum or ())),
               "suggested": ", ".join(map(str, p.suggestions or ())), "rules": describe_rules(p),
               "default": "" if p.default is None else json.dumps(p.default)}
        if desc:
            row["description"] = desc.parameter(op, name) or ""
        rows.append(row)
    exclusive = [*(op.body.exclusive if op.body else ()), *((op.scope,) if op.scope else ())]
    groups = [" | ".join("+".join(k) if isinstance(k, tuple | list) else k for k in g["keys"])
              for g in exclusive]
    if (state.output or ("table" if sys.stdout.isatty() else "json")) == "table":
        other = op.unified_path if op.family == "legacy" else (
            op.resource.operations[op.name].path if "legacy" in op.families else None)
        click.echo(f"{op.qualified_name}: {op.method} {op.path}  ({op.family} family"
                   + (f"; also {other}" if other and other != op.path else "") + ")", err=True)
        for g, one in zip(groups, exclusive, strict=False):
            click.echo(f"  {'exactly' if one['required'] else 'at most'} one of: {g}", err=True)
        compact = []
        for r in rows:
            notes = [f"one of: {r['enum']}" if r["enum"] else "", f"e.g. {r['suggested']}" if r["suggested"] else "",
                     r["rules"], f"default {r['default']}" if r["default"] else "", r.get("description", "")]
            compact.append({"parameter": r["parameter"], "in": r["in"], "datatype": r["type"],
                            "required": "yes" if r["required"] else "", "details": "; ".join(n for n in notes if n)})
        state.emit(compact)
    else:
        state.emit({"operation": op.qualified_name, "method": op.method, "path": op.path,
                    "unified_path": op.unified_path, "families": list(op.families), "family": op.family,
                    "spec_file": op.spec_file, "exclusive": groups, "parameters": rows})


# --------------------------------------------------------------------------- calls


@click.command()
@click.argument("source", metavar="FILE|-")
@click.option("--dry-run", is_flag=True, help="Validate and print the request without sending it.")
@click.option("--concurrency", type=click.IntRange(1, 64), default=1, show_default=True,
              help="A list: how many items to send at once (1: one after another, in order).")
@click.option("--keep-going", is_flag=True,
              help="A list: try every item even after one failed (default: start no new one after a failure).")
@output_options
def call(source: str, dry_run: bool, concurrency: int, keep_going: bool) -> None:
    """Run the guide's {"resource", "operation", "parameters"} JSON.

    One object is one call. A list (or JSON lines, one call a line) is a bulk call that
    is safe to run again: every item is validated before anything is sent, a create whose
    object already exists with the same content counts as done, and a summary says what
    was applied, already present, failed and not attempted.
    """
    from sasekit.bulk import file_format, read_items
    from sasekit.cli.ops import run_bulk

    def check(one: Any, where: str) -> None:
        if not isinstance(one, dict) or "resource" not in one or "operation" not in one:
            raise click.UsageError(f'{where}: expected {{"resource": ..., "operation": ..., "parameters": '
                                   "{...}}")
        if not isinstance(one.get("parameters") or {}, dict):
            raise click.UsageError(f'{where}: "parameters" must be a JSON object, not '
                                   f"{type(one['parameters']).__name__}")

    text = read_text(source)
    fmt = "jsonl" if file_format(source, text) == "jsonl" else "json"
    spec: Any = load_json(text, source) if fmt == "json" else None
    state = _state()
    if fmt == "json" and not isinstance(spec, list):  # one call
        check(spec, source)
        if dry_run:
            plan = state.core_for_planning().plan(spec["resource"], spec["operation"], spec.get("parameters") or {})
            state.emit(plan_json(plan))
        else:
            state.emit(state.client().run(spec))
        return
    for n, one in enumerate(spec or ()):  # every entry's shape is checked before anything is sent
        check(one, f"{source}[{n}]")
    name = "stdin" if source == "-" else source
    try:
        items = read_items(text, name, fmt)
    except ValueError as exc:  # JSONDecodeError included (the list was parsed already: not expected)
        raise click.UsageError(f"{source}: {exc}") from None
    run_bulk(state, items, name, concurrency=concurrency, stop_on_error=not keep_going, dry_run=dry_run)


# --------------------------------------------------------------------------- auth


@click.group()
def auth() -> None:
    """Check credentials."""


@auth.command("test")
def auth_test() -> None:
    """The guide's "Test Connection": a token and one light call, with remedies."""
    from sasekit.cli import EXIT_API, EXIT_AUTH, setting_text
    from sasekit.errors import TLS_REMEDY, is_tls_failure

    def remedy(step: Any) -> str | None:
        """The guide's remedy, but a certificate that failed verification is not blamed on
        the network, and an unreachable host is named with the setting that chose it."""
        if is_tls_failure(step.detail):
            return TLS_REMEDY
        if step.remedy and ("not reachable" in step.remedy or "did not reach" in step.detail):
            where = setting_text("auth_url" if step.name == "token" else "base_url")
            return f"{step.remedy} ({where})" if where else step.remedy
        return str(step.remedy) if step.remedy else None

    state = _state()
    report = state.client().check()
    for step in report.steps:
        mark = click.style("ok", fg="green") if step.ok else click.style("FAIL", fg="red")
        click.echo(f"[{mark}] {step.name}: {step.detail}" + (f" ({step.ms:.0f} ms)" if step.ok else ""), err=True)
        fix = remedy(step)
        if fix:
            click.echo(f"       {fix}", err=True)
    if not report.ok:
        failed = next(s for s in report.steps if not s.ok)
        sys.exit(EXIT_AUTH if failed.name == "token" or "401" in failed.detail else EXIT_API)


# --------------------------------------------------------------------------- folders, push, jobs


@click.command()
@output_options
def folders() -> None:
    """List the tenant's folders; without the SCM Admin role, the six system folders."""
    result = _state().client().folders()
    if getattr(result, "fallback", False):
        click.echo("notice: no Setup API role (403): showing the six system folders", err=True)
    _state().emit([{k: f.get(k) for k in ("name", "id", "parent", "description") if k in f} for f in result])


class _JobDisplay:
    """A live line per job on stderr while waiting (plain lines when not a terminal)."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.last = ""
        self.started = time.monotonic()

    def __call__(self, job: dict[str, Any], children: list[dict[str, Any]]) -> None:
        parts = [f"{job.get('type_str', 'job')} {job.get('id')}: {job.get('status_str')} "
                 f"{job.get('result_str')} {job.get('percent', '')}%"]
        parts += [f"{c.get('type_str')} {c.get('id')}: {c.get('status_str')} {c.get('result_str')}"
                  for c in children]
        line = f"[{time.monotonic() - self.started:5.1f}s] " + " | ".join(parts)
        if self.tty:
            sys.stderr.write("\r\033[K" + line)
            sys.stderr.flush()
        elif line.split("] ", 1)[1] != self.last.split("] ", 1)[-1]:
            sys.stderr.write(line + "\n")
        self.last = line

    def close(self) -> None:
        if self.tty and self.last:
            sys.stderr.write("\n")


@click.command()
@click.option("--folders", "folder_list", multiple=True, required=True,
              help="Folder to push (repeat for several), e.g. --folders 'Mobile Users'.")
@click.option("--description", default="", help="Description recorded with the push.")
@click.option("--wait/--no-wait", default=False, show_default=True, help="Wait for the job tree to finish.")
@click.option("--timeout", type=float, default=1800, show_default=True, help="Seconds to wait at most.")
@output_options
def push(folder_list: tuple[str, ...], description: str, wait: bool, timeout: float) -> None:
    """Push the candidate configuration; with --wait, follow the parent and child jobs."""
    from sasekit.cli.output import follow_jobs, job_result, wants_table

    state = _state()
    result = follow_jobs(lambda progress: state.client().push(list(folder_list), description, wait=wait,
                                                              timeout=timeout, progress=progress),
                         _JobDisplay() if wait else None, state.output, state.query)
    if wants_table(state.output, state.query):
        job_result(result)  # one line per job, children indented
    else:
        state.emit(result)


@click.group()
def job() -> None:
    """Get, list or wait for jobs."""


@job.command("get")
@click.argument("job_id")
@output_options
def job_get(job_id: str) -> None:
    """One job, as the service returns it (a table: its line, fields, errors and warnings)."""
    from sasekit.cli.output import job_detail, wants_table

    state = _state()
    result = state.client().call("job", "get", id=job_id)
    if wants_table(state.output, state.query):
        job_detail(result)
    else:
        state.emit(result)


@job.command("list")
@output_options
def job_list() -> None:
    """Recent jobs (a table: type, status and result, start, end, duration)."""
    from sasekit.cli.output import job_table, wants_table

    state = _state()
    result = state.client().call("job", "list")
    if wants_table(state.output, state.query):
        job_table(result)
    else:
        state.emit(result)


@job.command("wait")
@click.argument("job_id")
@click.option("--timeout", type=float, default=1800, show_default=True, help="Seconds to wait at most.")
@output_options
def job_wait(job_id: str, timeout: float) -> None:
    """Wait for a job and its children; exit 4 unless every result is OK."""
    from sasekit.cli.output import follow_jobs, job_result, wants_table

    state = _state()
    result = follow_jobs(lambda progress: state.client().wait_job(job_id, timeout=timeout, progress=progress),
                         _JobDisplay(), state.output, state.query)
    if wants_table(state.output, state.query):
        job_result(result)
    else:
        state.emit(result)


# --------------------------------------------------------------------------- completion


@click.command()
@click.argument("shell", type=click.Choice(["bash", "zsh", "fish"]))
def completion(shell: str) -> None:
    """Print the completion script, e.g. `eval "$(sasekit completion bash)"`."""
    from click.shell_completion import get_completion_class

    from sasekit.cli import cli

    cls = get_completion_class(shell)
    assert cls is not None
    click.echo(cls(cli, {}, "sasekit", "_SASEKIT_COMPLETE").source())
