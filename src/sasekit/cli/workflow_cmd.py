"""``sasekit run``, ``sasekit workflow validate|templates|new`` and ``sasekit runs list|show``."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from sasekit.cli.context import output_options

TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "workflows" / "templates"


def _state() -> Any:
    return click.get_current_context().find_root().obj


def _inputs(pairs: tuple[str, ...], inputs_file: str | None) -> dict[str, Any]:
    values: dict[str, Any] = {}
    if inputs_file:
        import yaml

        try:
            with open(inputs_file, encoding="utf-8") as fh:
                loaded = yaml.safe_load(fh) or {}
        except (OSError, yaml.YAMLError) as exc:
            raise click.UsageError(f"--inputs-file {inputs_file}: {exc}") from None
        if not isinstance(loaded, dict):
            raise click.UsageError(f"--inputs-file {inputs_file}: expected a mapping of input names to values")
        values.update(loaded)
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise click.UsageError(f"--input {pair!r}: expected NAME=VALUE")
        if value.startswith("@"):
            try:
                value = Path(value[1:]).read_text(encoding="utf-8")
            except OSError as exc:
                raise click.UsageError(f"--input {name}: {value[1:]}: {exc.strerror}") from None
        values[name] = value
    return values


class _FileProblem(click.ClickException):
    """A workflow file that cannot be read or parsed: its one-line reason, exit code 2."""

    exit_code = 2


def _load(file: str) -> Any:
    from sasekit.workflows.loader import WorkflowFileError, load

    try:
        return load(file)
    except WorkflowFileError as exc:
        raise _FileProblem(str(exc)) from None


class _Progress:
    """Loop progress on stderr: a bar on a terminal, a line every 10% otherwise."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self._bar: Any = None
        self._tasks: dict[str, Any] = {}
        self._last: dict[str, int] = {}

    def __call__(self, step: str, done: int, total: int) -> None:
        if self.tty:
            if self._bar is None:
                from rich.progress import (
                    BarColumn,
                    MofNCompleteColumn,
                    Progress,
                    TextColumn,
                    TimeElapsedColumn,
                )

                self._bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                     TimeElapsedColumn(), transient=False)
                self._bar.start()
            if step not in self._tasks:
                self._tasks[step] = self._bar.add_task(step, total=total)
            self._bar.update(self._tasks[step], completed=done, total=total)
            return
        tenth = (done * 10) // max(total, 1)
        if self._last.get(step) != tenth or done == total:
            self._last[step] = tenth
            click.echo(f"{step}: {done}/{total}", err=True)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()


def _rehearsal_db(history: Any, run_id: str) -> Path:
    """Where a rehearsal keeps its emulator's state (mode 0600: workflows carry pre-shared
    keys), so that a failed or killed rehearsal can be resumed like a run on a tenant."""
    return history.path.parent / "rehearsals" / f"{run_id}.db"


def _forget(db: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)


@contextlib.contextmanager
def _rehearsal(seed: str | None, db: Path) -> Iterator[Any]:
    """A client on an embedded emulator (served on 127.0.0.1 for the length of the run),
    its state in ``db``, filled from ``seed`` first."""
    from sasekit.rehearsal import emulated_client

    with emulated_client(push_s=1.0, db=db) as (client, url):
        if seed:
            _seed(client, seed)
        click.echo(f"rehearsing on the embedded emulator at {url}", err=True)
        yield client


def _seed(client: Any, path: str) -> None:
    """Apply a fixture: a list of {resource, operation, parameters} calls."""
    from sasekit.workflows.loader import load

    doc = load(path)
    calls = doc.data if isinstance(doc.data, list) else (doc.data or {}).get("calls")
    if not isinstance(calls, list):
        raise click.UsageError(f"--seed {path}: expected a list of {{resource, operation, parameters}} calls")
    for call in calls:
        client.run(call)
    click.echo(f"seeded the emulator with {len(calls)} calls from {path}", err=True)


@click.command()
@click.argument("file", required=False, type=click.Path(dir_okay=False))
@click.option("--input", "-i", "pairs", multiple=True, metavar="NAME=VALUE",
              help="An input value (repeat; @file reads the value from a file).")
@click.option("--inputs-file", type=click.Path(exists=True, dir_okay=False), help="Inputs as YAML or JSON.")
@click.option("--emulator", is_flag=True, help="Rehearse against an embedded emulator, not a tenant.")
@click.option("--seed", type=click.Path(exists=True, dir_okay=False),
              help="With --emulator: calls to apply first (a list of {resource, operation, parameters}).")
@click.option("--dry-run", is_flag=True, help="Validate and print the planned calls; send nothing.")
@click.option("--resume", metavar="RUN_ID", help="Continue a failed or killed run where it stopped.")
@click.option("--history", "history_path", type=click.Path(dir_okay=False),
              help="Run history database (default: $SASEKIT_STATE_DIR/runs.db).")
@output_options
def run(file: str | None, pairs: tuple[str, ...], inputs_file: str | None, emulator: bool, seed: str | None,
        dry_run: bool, resume: str | None, history_path: str | None) -> None:
    """Run a workflow file (YAML or JSON); prints the run summary."""
    from sasekit import errors
    from sasekit.cli import EXIT_JOB
    from sasekit.files import private_file
    from sasekit.workflows.history import History, new_run_id
    from sasekit.workflows.runner import Runner, WorkflowInvalid, resumable

    if seed and not emulator:
        raise click.UsageError("--seed goes with --emulator (it fills the embedded emulator)")
    history = None
    if resume:
        history = History(history_path)
        try:
            record = resumable(history, resume)
        except errors.ConfigError as exc:
            raise click.UsageError(f"--resume {resume}: {exc}") from None
        file = file or record["path"]
        if record["target"] == "emulator":
            if seed:
                raise click.UsageError("--seed only fills a new rehearsal; a resumed one keeps its state")
            emulator = True
        elif emulator:
            raise click.UsageError(f"--resume {resume}: that run went to a tenant; resume it without --emulator")
    if not file:
        raise click.UsageError("give a workflow FILE (or --resume RUN_ID)")
    doc = _load(file)
    values = _inputs(pairs, inputs_file)
    if dry_run:
        from sasekit.workflows.plan import plan

        try:
            planned = plan(doc, values)
        except (WorkflowInvalid, errors.ConfigError) as exc:
            raise click.UsageError(str(exc)) from None
        _state().emit(planned)
        click.echo("dry run: nothing was sent", err=True)
        return
    history = history or History(history_path)
    progress = _Progress()
    target = "emulator" if emulator else "tenant"
    run_id = resume or new_run_id()
    db = _rehearsal_db(history, run_id)
    if emulator:
        if resume and not db.is_file():
            raise click.UsageError(f"--resume {resume}: the state of that rehearsal is gone ({db}); run the "
                                   "workflow again with --emulator")
        private_file(db)
    try:
        with _rehearsal(seed, db) if emulator else contextlib.nullcontext(_state().client()) as client:
            runner = Runner(client, history, base_dir=Path(file).parent, progress=progress)
            try:
                result = runner.run(doc, values, resume=resume, target=target, run_id=None if resume else run_id)
            except (WorkflowInvalid, errors.ConfigError) as exc:  # problems in the file, inputs, --resume
                if emulator and not resume:
                    _forget(db)
                raise click.UsageError(str(exc)) from None
    finally:
        progress.close()
    if emulator and result.status == "succeeded":
        _forget(db)  # nothing left to resume
    _state().emit(result.summary())
    if result.status != "succeeded":
        click.echo(f"run {result.run_id} {result.status}: {result.error}", err=True)
        again = f" --history {history_path}" if history_path else ""
        click.echo(f"resume with: sasekit run --resume {result.run_id}{again}", err=True)
        sys.exit(EXIT_JOB if isinstance(result.cause, errors.JobFailed | errors.JobTimeout) else 1)
    click.echo(f"run {result.run_id} succeeded in {result.seconds:.1f} s", err=True)


@click.group()
def workflow() -> None:
    """Validate workflows and write out the built-in templates."""


@workflow.command()
@click.argument("file", type=click.Path(dir_okay=False))
def validate(file: str) -> None:
    """Report every problem of a workflow file at once, with line numbers."""
    from sasekit.workflows.schema import validate as check

    doc = _load(file)
    issues = check(doc)
    for issue in issues:
        click.echo(issue.format(file), err=True)
    if issues:
        click.echo(f"{len(issues)} problem{'s' if len(issues) != 1 else ''} in {file}", err=True)
        sys.exit(2)
    click.echo(f"{file}: ok ({len(doc.data['steps'])} steps)", err=True)


def _template_names() -> list[str]:
    return sorted(p.stem for p in TEMPLATES_DIR.glob("*.yaml"))


@workflow.command()
@output_options
def templates() -> None:
    """List the built-in workflow templates."""
    from sasekit.workflows.loader import load

    rows = []
    for name in _template_names():
        doc = load(TEMPLATES_DIR / f"{name}.yaml")
        rows.append({"template": name, "description": str(doc.data.get("description", "")).strip().split("\n")[0]})
    _state().emit(rows)


@workflow.command()
@click.argument("template")
@click.option("-f", "--file", "out", type=click.Path(dir_okay=False), help="Where to write it (default: NAME.yaml).")
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
def new(template: str, out: str | None, force: bool) -> None:
    """Write a built-in template out as a workflow file to edit."""
    names = _template_names()
    if template not in names:
        from sasekit.suggest import close_matches, did_you_mean

        hints = close_matches(template, names)
        raise click.UsageError(f"no template {template!r}"
                               + (did_you_mean(hints) if hints else f"; templates: {', '.join(names)}"))
    target = Path(out or f"{template}.yaml")
    if target.exists() and not force:
        raise click.UsageError(f"{target} exists; use --force to overwrite it")
    target.write_text((TEMPLATES_DIR / f"{template}.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    click.echo(f"wrote {target}", err=True)


@click.group()
def runs() -> None:
    """Read the run history."""


@runs.command("list")
@click.option("--history", "history_path", type=click.Path(dir_okay=False), help="Run history database.")
@click.option("--limit", type=int, default=20, show_default=True)
@output_options
def runs_list(history_path: str | None, limit: int) -> None:
    """Recent runs (a table: id, workflow, status, duration, local start and end times)."""
    from sasekit.cli.output import runs_table, wants_table
    from sasekit.workflows.history import History

    state = _state()
    runs = History(history_path).runs(limit)
    if wants_table(state.output, state.query):
        runs_table(runs)
    else:
        state.emit(runs)


def _step_kinds(path: str | None) -> dict[str, str]:
    """Step id -> kind (resource, foreach, push...) from the run's workflow file, if it can
    still be read; the history does not record kinds."""
    from sasekit.workflows.loader import WorkflowFileError, load
    from sasekit.workflows.schema import step_kind

    if not path:
        return {}
    try:
        steps = load(path).data.get("steps") or []
    except (WorkflowFileError, OSError, AttributeError):
        return {}
    return {str(st["id"]): step_kind(st) or "" for st in steps if isinstance(st, dict) and "id" in st}


@runs.command("show")
@click.argument("run_id")
@click.option("--history", "history_path", type=click.Path(dir_okay=False), help="Run history database.")
@output_options
def runs_show(run_id: str, history_path: str | None) -> None:
    """One run: inputs, every step attempt, outputs, errors and timings (a table: one
    row per step, a loop's items counted ok/failed/skipped)."""
    from sasekit.cli.output import run_detail, wants_table
    from sasekit.workflows.history import History

    history = History(history_path)
    record = history.run(run_id)
    if record is None:
        raise click.UsageError(f"no run {run_id!r} in {history.path}")
    steps = history.steps(run_id)
    state = _state()
    if wants_table(state.output, state.query):
        run_detail(record, steps, _step_kinds(record.get("path")))
        return
    for s in steps:
        if s.get("output"):
            import json

            with contextlib.suppress(ValueError):
                s["output"] = json.loads(s["output"])
    _state().emit({**record, "steps": steps})
