"""Running a workflow: steps in order, loops with a concurrency cap, retries,
``on_error``, run history after every completed change, and resume.

Each step and loop item is a request flow of the client's engine
(:mod:`sasekit.engine`): a loop whose body calls the API, pages through a list or
pushes runs on the engine's fan-out — one thread, many requests on the wire — with
the same retries and de-duplication as a single call; other bodies (webhooks, mail,
nested loops) get a thread each.

A run is safe to interrupt: each step and each loop item is recorded as done the
moment it completes. ``resume`` replays the recorded outputs and runs only what is
left. The one change that can be applied without being recorded — the create in
flight when the process died — is sent again and comes back 409; a create whose
object already exists with the same content counts as done.

Nothing is lost and nothing is repeated:

- a loop whose items failed (``on_error: continue`` lets the run go on) is *partial*,
  not done: the run ends ``incomplete`` (exit 1) and a resume runs exactly the items
  that failed or never ran;
- a step that ran again on resume changes what later steps are given; a later step
  whose rendered inputs differ from the ones it ran with runs again too (a create it
  made is updated in place), the others are replayed;
- a push records when it was sent and, before it waits, its job id: a resumed run
  waits on that job (or adopts the job a lost answer had started) and pushes again
  only when the job failed and the step says ``retry_failed_push: true``;
- when the service refuses connections (the client's breaker opens), a loop stops
  sending, leaves the rest of its items not attempted, and the run says how to resume.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import logging
import threading
import time
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sasekit import errors
from sasekit.engine import Outcome
from sasekit.transport import Flow, Sleep, check_concurrency

from . import schema
from .history import REDACTED, History
from .loader import Document, load
from .template import TemplateProblem, render

if TYPE_CHECKING:
    from sasekit.client import Client

log = logging.getLogger(__name__)

# Step kinds whose work is request flows: as loop bodies they share the fan-out's thread.
FLOW_KINDS = frozenset({"resource", "push", "wait_job", "tunnel_change"})


class WorkflowInvalid(errors.SasekitError):
    """The workflow file has problems; ``issues`` lists every one with its line."""

    REMEDY = "fix the lines above; `sasekit workflow validate FILE` checks the file without running it"

    def __init__(self, path: str, issues: list[schema.Issue]) -> None:
        self.issues = issues
        lines = [i.format(path) for i in issues]
        super().__init__(f"{len(issues)} problem{'s' if len(issues) != 1 else ''} in {path}\n" + "\n".join(lines))


class StepFailed(errors.SasekitError):
    def __init__(self, step: str, cause: BaseException, item: str = "", note: str = "",
                 maybe_applied: bool = False, stops_run: bool = False) -> None:
        self.step, self.cause, self.item = step, cause, item
        # on_error: continue is about a step's own work (a loop's items); a loop whose items
        # cannot be read, or a service that refuses connections, stops the run regardless
        self.stops_run = stops_run or isinstance(cause, errors.ServiceUnreachable)
        # an attempt's answer was lost and the service could not be asked since: the change
        # may have been made (a resumed run finds out)
        self.maybe_applied = maybe_applied
        where = f"step {step!r}" + (f" item {item}" if item else "")
        super().__init__(f"{where} failed: {cause}{note}")


@dataclass
class Partial:
    """What a loop under ``on_error: continue`` that ended with failed items gives: its
    output is kept (failed items are None in it), but the step is not done."""

    outputs: list[Any]
    failed: int


@dataclass
class RunResult:
    run_id: str
    status: str
    steps: dict[str, dict[str, Any]]
    created: int = 0
    calls: int = 0
    failed_items: int = 0
    jobs: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0
    error: str | None = None
    cause: BaseException | None = None  # what made the failing step fail (e.g. errors.JobFailed)
    refused: list[dict[str, Any]] = field(default_factory=list)  # protected IOCs not blocked, with why
    not_parsed: list[dict[str, Any]] = field(default_factory=list)  # feed lines with no IOC

    def summary(self) -> dict[str, Any]:
        return {"run_id": self.run_id, "status": self.status, "objects_created": self.created,
                "calls": self.calls, "failed_items": self.failed_items,
                **({"refused_iocs": self.refused} if self.refused else {}),
                **({"not_parsed": self.not_parsed} if self.not_parsed else {}),
                "jobs": [{"job_id": j.get("id"), "result": j.get("result_str"), "type": j.get("type_str")}
                         for j in self.jobs],
                "seconds": round(self.seconds, 2), "error": self.error}


def _item_key(index: int, item: Any) -> str:
    digest = hashlib.sha256(json.dumps(item, sort_keys=True, default=str).encode()).hexdigest()[:10]
    return f"{index}:{digest}"


def _digest(doc: Document) -> str:
    return hashlib.sha256(json.dumps(doc.data, sort_keys=True, default=str).encode()).hexdigest()[:16]


#: Step keys that say how a step runs, not what it is given.
_HOW_KEYS = frozenset({"id", "do", "retry", "on_error", "as", "concurrency"})


def inputs_digest(step: dict[str, Any], ctx: dict[str, Any]) -> str | None:
    """A digest of what a step is given, rendered (None when it cannot be rendered yet)."""
    try:
        rendered = render({k: v for k, v in step.items() if k not in _HOW_KEYS}, ctx)
    except TemplateProblem:
        return None
    return hashlib.sha256(json.dumps(rendered, sort_keys=True, default=str).encode()).hexdigest()[:16]


def coerce_inputs(doc: Document, given: dict[str, Any]) -> dict[str, Any]:
    """Inputs with defaults applied and string values converted to the declared types."""
    specs = (doc.data.get("inputs") or {}) if isinstance(doc.data, dict) else {}
    unknown = sorted(set(given) - set(specs))
    if unknown:
        raise errors.ConfigError(f"unknown input(s) {', '.join(unknown)}; this workflow takes: "
                                 f"{', '.join(specs) or 'no inputs'}")
    out: dict[str, Any] = {}
    missing = []
    for name, spec in specs.items():
        spec = spec or {}
        if name in given:
            out[name] = _convert(name, given[name], spec.get("type", "string"))
        elif "default" in spec:
            out[name] = spec["default"]
        elif spec.get("required", True):
            missing.append(name)
        else:
            out[name] = None
    if missing:
        raise errors.ConfigError(f"input(s) required: {', '.join(missing)} (give them with --input NAME=VALUE)")
    return out


def _convert(name: str, value: Any, kind: str) -> Any:
    if not isinstance(value, str) or kind == "string":
        return value
    try:
        if kind == "integer":
            return int(value)
        if kind == "number":
            return float(value)
        if kind == "boolean":
            if value.lower() in ("true", "yes", "1", "on"):
                return True
            if value.lower() in ("false", "no", "0", "off"):
                return False
            raise ValueError(value)
        if kind in ("list", "object"):
            return json.loads(value)
    except ValueError:
        raise errors.ConfigError(f"input {name}: {value!r} is not a valid {kind}") from None
    return value


class Runner:
    """Runs workflows through a sasekit ``Client``, recording everything in ``History``."""

    def __init__(self, client: Client, history: History, *, base_dir: str | Path = ".",
                 progress: Callable[[str, int, int], None] | None = None,
                 sleep: Callable[[float], None] | None = None,
                 ) -> None:
        self.client = client
        self.engine = client.engine
        self.history = history
        self.base_dir = Path(base_dir)
        self.progress = progress
        self.sleep = sleep
        self._lock = threading.Lock()
        self._stats: dict[str, int] = {}
        self._jobs: list[dict[str, Any]] = []
        self._incomplete: list[str] = []
        self._failed_in: dict[str, int] = {}  # failed items of each partial loop
        self._ran = False  # a step ran (not replayed) in this run: later ones check their inputs
        secret = getattr(getattr(client, "settings", None), "client_secret", None)
        history.secrets = tuple(s for s in ((secret.reveal() if secret else ""),) if s)

    # ------------------------------------------------------------------ entry points

    def run(self, source: Document | str | Path, inputs: dict[str, Any] | None = None, *,
            resume: str | None = None, target: str = "tenant", run_id: str | None = None) -> RunResult:
        """Run (or, with ``resume``, continue) a workflow; ``run_id`` names a new run in advance."""
        doc = source if isinstance(source, Document) else load(source)
        issues = schema.validate(doc)
        if issues:
            raise WorkflowInvalid(doc.path, issues)
        given = dict(inputs or {})
        secret_inputs = {n for n, s in (doc.data.get("inputs") or {}).items() if (s or {}).get("secret")}
        completed: dict[tuple[str, str], Any] = {}
        if resume:
            record = resumable(self.history, resume)
            if record["digest"] != _digest(doc):
                log.warning("the workflow file changed since run %s started", resume)
            # secret inputs (and any value the history redacted) are not kept: give them again or use defaults
            stored = {k: v for k, v in record["inputs"].items() if k not in secret_inputs and v != REDACTED}
            given = {**stored, **given}
        values = coerce_inputs(doc, given)
        preflight(doc, values, self.base_dir)  # before the run is claimed or started: nothing to resume
        self.history.secrets += tuple(str(values[n]) for n in secret_inputs if values.get(n))
        if resume:
            run_id = resume
            self.history.reopen(run_id)
            completed = self.history.completed(run_id)
        else:
            path = str(Path(doc.path).resolve()) if Path(doc.path).is_file() else doc.path
            run_id = self.history.start(doc.data["name"], path, _digest(doc), target, values, secret_inputs, run_id)
        started = time.perf_counter()
        self._stats = {"created": 0, "calls": 0, "failed_items": 0}
        self._jobs = []
        self._incomplete, self._ran = [], False
        ctx: dict[str, Any] = {"inputs": values, "steps": {}, "vars": {}, "run": {"id": run_id},
                               "secret_file": self.secret_file, "secret_ref": self.secret_ref}
        status, error, cause = "succeeded", None, None
        try:
            for step in doc.data["steps"]:
                self._top_step(step, ctx, run_id, completed)
        except StepFailed as exc:
            status, error, cause = "failed", str(exc), exc.cause
        except KeyboardInterrupt:
            status, error = "interrupted", "interrupted"
            self.history.finish(run_id, status, error)
            raise
        except Exception as exc:  # a bug or an unexpected failure: the history must not say "running"
            self.history.finish(run_id, "failed", f"{type(exc).__name__}: {exc}")
            raise
        if status == "succeeded" and self._incomplete:
            status = "incomplete"
            error = "; ".join(self._incomplete) + " (the run went on: on_error is continue)"
        self.history.finish(run_id, status, error)
        refused, not_parsed = _screened(doc, ctx)
        return RunResult(run_id, status, ctx["steps"], self._stats["created"], self._stats["calls"],
                         self._stats["failed_items"], self._jobs, time.perf_counter() - started, error, cause,
                         refused, not_parsed)

    # ------------------------------------------------------------------ steps

    def _top_step(self, step: dict[str, Any], ctx: dict[str, Any], run_id: str,
                  completed: dict[tuple[str, str], Any]) -> None:
        sid = step["id"]
        previous = None
        if (sid, "") in completed:
            output, status, given = completed[(sid, "")]
            # replayed unless an earlier step ran again and changed what this one is given
            # (unknown — a skipped step whose inputs could not be rendered then — counts as changed)
            if not self._ran or (given is not None and given == inputs_digest(step, ctx)):
                ctx["steps"][sid] = {"output": output, "status": status}
                if "set" in step and isinstance(output, dict):
                    ctx["vars"].update(output)
                return
            log.info("step %s: what it is given changed since it ran (an earlier step ran again): "
                     "running it again", sid)
            previous = output
        self._ran = True
        try:
            output, status = self._guarded(step, ctx, run_id, sid, "", completed, previous)
        except StepFailed as exc:
            ctx["steps"][sid] = {"output": None, "status": "failed"}
            if step.get("on_error", "stop") == "continue" and not exc.stops_run:
                return
            raise
        ctx["steps"][sid] = {"output": output, "status": status}
        if status == "partial":
            failed = self._failed_in.get(sid, 0)
            self._incomplete.append(f"step {sid!r}: {failed} item{'s' if failed != 1 else ''} failed")

    def _guarded(self, step: dict[str, Any], ctx: dict[str, Any], run_id: str, sid: str, item: str,
                 completed: dict[tuple[str, str], Any], previous: Any = None) -> tuple[Any, str]:
        return self.engine.run(self._guarded_flow(step, ctx, run_id, sid, item, completed, previous))

    def _guarded_flow(self, step: dict[str, Any], ctx: dict[str, Any], run_id: str, sid: str, item: str,
                      completed: dict[tuple[str, str], Any], previous: Any = None) -> Flow:
        """One step (or loop item) with ``when``, retries and history records, as a request
        flow: the engine runs it alone, or many at once for a loop (``Engine.run_many``)."""
        given = None if item else inputs_digest(step, ctx)
        try:
            if "when" in step and not _truthy(render(step["when"], ctx)):
                # with its inputs: a resumed run whose earlier steps changed re-decides it
                self.history.step_done(run_id, sid, None, item, status="skipped", started=time.time(), inputs=given)
                return None, "skipped"
        except TemplateProblem as exc:
            raise StepFailed(sid, exc, item) from None
        retry = step.get("retry") or {}
        attempts, delay = int(retry.get("attempts", 1)), float(retry.get("delay", 1.0))
        maybe_applied = False
        for attempt in range(1, attempts + 1):
            # a step shows as running while it runs; a loop item is written once, when it ends
            started = time.time() if item else None
            if started is None:
                self.history.step_started(run_id, sid, item)
            try:
                output = yield from self._execute(step, ctx, run_id, sid, item, completed, previous)
            except (errors.SasekitError, TemplateProblem, OSError, ValueError, KeyError, TypeError) as exc:
                if isinstance(exc, StepFailed) and exc.step != sid:
                    self.history.step_failed(run_id, sid, str(exc), item, started)
                    raise
                cause = exc.cause if isinstance(exc, StepFailed) else exc
                maybe_applied = maybe_applied or _maybe_applied(cause)
                self.history.step_failed(run_id, sid, str(exc), item, started,
                                         "unknown" if maybe_applied else "failed")
                if attempt < attempts and not isinstance(cause, errors.ServiceUnreachable):
                    log.info("step %s%s failed (%s); retry %d of %d in %.1f s", sid,
                             f" item {item}" if item else "", exc, attempt, attempts - 1, delay)
                    if self.sleep is None:
                        yield Sleep(delay)
                    else:
                        self.sleep(delay)
                    continue
                if isinstance(exc, StepFailed):  # a loop's own failure, already worded
                    raise
                raise StepFailed(sid, exc, item, maybe_applied=maybe_applied) from None
            if isinstance(output, Partial):
                self._failed_in[sid] = output.failed
                self.history.step_done(run_id, sid, output.outputs, item, status="partial", started=started,
                                       inputs=given)
                return output.outputs, "partial"
            self.history.step_done(run_id, sid, output, item, started=started, inputs=given)
            completed[(sid, item)] = (output, "done", given)
            return output, "done"
        raise AssertionError("unreachable")

    def _execute(self, step: dict[str, Any], ctx: dict[str, Any], run_id: str, sid: str, item: str,
                 completed: dict[tuple[str, str], Any], previous: Any) -> Flow:
        kind = schema.step_kind(step)
        if kind == "foreach":
            return self._foreach(step, ctx, run_id, sid, completed)
        if kind == "resource":
            return (yield from self._resource_flow(step, ctx, previous))
        if kind == "push":
            return (yield from self._push_flow(step, ctx, run_id, sid, item, fresh=previous is not None))
        if kind == "wait_job":
            return (yield from self._wait_job_flow(step, ctx))
        if kind == "tunnel_change":
            return (yield from self._tunnel_change_flow(step, ctx))
        return getattr(self, f"_do_{kind}")(step, ctx)

    # ------------------------------------------------------------------ kinds

    def _resource_flow(self, step: dict[str, Any], ctx: dict[str, Any], previous: Any = None) -> Flow[Any]:
        """One call. ``previous``: the answer of the same step in the run's earlier attempt,
        whose inputs have changed since: a create then updates the object it made."""
        resource, operation = step["resource"], step["operation"]
        params = render(step.get("parameters") or {}, ctx)
        with self._lock:
            self._stats["calls"] += 1
        engine = self.engine
        if step.get("all") and engine.operation(resource, operation).lists:
            return (yield from engine.list_all(resource, operation, params))
        # a create whose object already exists with the same content counts as done
        try:
            result, already_there = yield from engine.ensure(engine.plan(resource, operation, params))
        except errors.NameNotUnique:
            made = previous.get("id") if isinstance(previous, dict) else None
            if operation != "create" or not made or "update" not in engine.catalog.operation_names(resource):
                raise
            update = engine.operation(resource, "update")
            log.info("%s %r: updating the object this run made (%s) with the step's new inputs", resource,
                     params.get("name"), made)
            changed = {k: v for k, v in params.items() if k in update.parameters}
            return (yield from engine.call(engine.plan(resource, "update", {**changed, "id": made})))
        if operation in ("create", "import") and not already_there:
            with self._lock:
                self._stats["created"] += 1
        return result

    def _push_flow(self, step: dict[str, Any], ctx: dict[str, Any], run_id: str, sid: str, item: str,
                   fresh: bool = False) -> Flow[Any]:
        """A push made once per run: a job already recorded for this step is waited on
        (or a job its lost answer started is adopted) instead of pushing again. ``fresh``:
        the step finished before and runs again because what it pushes changed."""
        spec = render(step["push"], ctx)
        folders, description = list(spec["folders"]), spec.get("description", "")
        wait, timeout = spec.get("wait", True), float(spec.get("timeout", 1800))
        job_id, sent = (None, None) if fresh else self.history.push_state(run_id, sid, item)
        answer: dict[str, Any] = {"job_id": job_id} if job_id else {}
        if job_id:
            log.info("step %s: its push was sent as job %s; waiting on that job", sid, job_id)
        for last in (False, True):
            if not job_id:
                answer = yield from self.engine.push(
                    folders, description, wait=False, since=sent,
                    on_sending=lambda at: self.history.push_sending(run_id, sid, item, at),
                    on_job=lambda j: self.history.push_job(run_id, sid, item, j))
                job_id = str(answer.get("job_id", ""))
            if not wait:
                return answer
            try:
                result = yield from self.engine.wait_job(job_id, timeout=timeout)
            except errors.JobFailed as failed:
                self._record_jobs([failed.job])
                if last or not spec.get("retry_failed_push"):
                    raise
                log.warning("step %s: job %s failed; pushing again (retry_failed_push)", sid, job_id)
                job_id, sent = None, None
                continue
            self._record_jobs([result["job"], *result.get("children", [])])
            return {**answer, **result}
        raise AssertionError("unreachable")

    def _record_jobs(self, jobs: list[dict[str, Any]]) -> None:
        with self._lock:
            self._jobs.extend(j for j in jobs if j)

    def _wait_job_flow(self, step: dict[str, Any], ctx: dict[str, Any]) -> Flow[Any]:
        spec = render(step["wait_job"], ctx)
        job_id, timeout = (spec.get("job_id"), spec.get("timeout", 1800)) if isinstance(spec, dict) else (spec, 1800)
        result = yield from self.engine.wait_job(str(job_id), timeout=float(timeout))
        self._record_jobs([result["job"], *result.get("children", [])])
        return result

    def _tunnel_change_flow(self, step: dict[str, Any], ctx: dict[str, Any]) -> Flow[Any]:
        from sasekit.tunnels.apply import change_flow

        item = render(step["tunnel_change"], ctx)
        with self._lock:
            self._stats["calls"] += 1
        result = yield from change_flow(self.engine, item)
        if result.get("action") == "create" and not result.get("already_there"):
            with self._lock:
                self._stats["created"] += 1
        return result

    def _do_tunnel_plan(self, step: dict[str, Any], ctx: dict[str, Any]) -> Any:
        from sasekit.tunnels import intent as intents
        from sasekit.tunnels import plan as plans

        spec = render(step["tunnel_plan"], ctx)
        source = spec["intent"]
        intent = intents.read(self._path(source) if isinstance(source, str) else source, base_dir=self.base_dir)
        planned = plans.plan(self.client, intent, action=spec.get("action", "apply"))
        if planned.problems:
            raise ValueError("the tunnel plan has problems; nothing was changed: " + "; ".join(planned.problems))
        counts = planned.counts()
        return {"phases": planned.phases(), "changes": len(planned.pending), "counts": counts,
                "reads": planned.reads, "sites": [sp.to_dict() for sp in planned.sites]}

    def secret_file(self, path: str, length: int = 32) -> str:
        """``{{ secret_file('site-psk.txt') }}`` in a workflow: the secret kept in that file
        (mode 0600, relative to the workflow), generated at random the first time. So a
        resumed run gets the same key, the key is shown to nobody but the file's owner, and
        the run history masks it wherever it appears."""
        import secrets

        from sasekit.files import write_private

        target = self._path(str(path))
        if target.is_file():
            if target.stat().st_mode & 0o077:
                raise errors.ConfigError(f"{target} holds a secret but others may read it; "
                                         f"fix: chmod 600 {target}")
            value = target.read_text(encoding="utf-8").strip()
        else:
            value = secrets.token_urlsafe(max(16, int(length)))[: max(16, int(length))]
            write_private(target, value + "\n")
            log.info("generated a secret in %s (mode 0600)", target)
        if value and value not in self.history.secrets:
            self.history.secrets += (value,)
        return value

    def secret_ref(self, path: str, length: int = 32) -> str:
        """``{{ secret_ref('site-psk.txt') }}``: a ``file:`` reference to that secret file
        (made as :meth:`secret_file` makes it), for a tunnel intent, which takes secrets
        by reference only."""
        self.secret_file(path, length)
        return f"file:{self._path(str(path)).resolve()}"

    def _do_set(self, step: dict[str, Any], ctx: dict[str, Any]) -> Any:
        return set_step(step, ctx)

    def _do_parse_iocs(self, step: dict[str, Any], ctx: dict[str, Any]) -> Any:
        return parse_iocs_step(step, ctx, self.base_dir, self.engine.settings.protected)

    def _do_notify(self, step: dict[str, Any], ctx: dict[str, Any]) -> Any:
        from .notify import notify

        spec = render(step["notify"], ctx)
        return notify(spec["kind"], spec.get("target") or {}, str(spec.get("message", "")), spec.get("data"))

    def _do_report(self, step: dict[str, Any], ctx: dict[str, Any]) -> Any:
        from .report import write_report

        spec = render(step["report"], ctx)
        sections = spec.get("sections") or []
        path = write_report(self._path(spec["path"]), spec.get("title") or "sasekit report", sections,
                            spec.get("format"))
        return {"path": str(path), "sections": len(sections),
                "rows": sum(len(s.get("rows") or []) for s in sections)}

    def _path(self, value: str) -> Path:
        p = Path(value).expanduser()
        return p if p.is_absolute() else self.base_dir / p

    # ------------------------------------------------------------------ loops

    def _items(self, step: dict[str, Any], ctx: dict[str, Any]) -> list[Any]:
        source = render(step["foreach"], ctx)
        if isinstance(source, dict):
            if "items" in source:
                source = source["items"]
            elif "csv" in source:
                # utf-8-sig: a spreadsheet's byte-order mark must not become part of the first column name
                with open(self._path(source["csv"]), newline="", encoding="utf-8-sig") as fh:
                    reader = csv.DictReader(fh)
                    rows = list(reader)
                column = source.get("column")
                if not column:
                    return rows
                if column not in (reader.fieldnames or []):
                    raise ValueError(f"{source['csv']} has no column {column!r} "
                                     f"(columns: {', '.join(reader.fieldnames or []) or 'none'})")
                return [v.strip() for v in (r.get(column) for r in rows) if v and v.strip()]
            else:
                text = self._path(source["file"]).read_text(encoding="utf-8-sig")
                lines = (line.strip() for line in text.splitlines())
                return [line for line in lines if line and not line.startswith("#")]
        if isinstance(source, str):
            return [line.strip() for line in source.splitlines() if line.strip()]
        if source is None:
            return []
        if not isinstance(source, list):
            raise ValueError(f"foreach needs a list, got {type(source).__name__}")
        return source

    def _foreach(self, step: dict[str, Any], ctx: dict[str, Any], run_id: str, sid: str,
                 completed: dict[tuple[str, str], Any]) -> list[Any] | Partial:
        try:
            items = self._items(step, ctx)
        except (OSError, ValueError, csv.Error, TemplateProblem) as exc:
            raise StepFailed(sid, exc, note=" (the loop's items could not be read: nothing was sent)",
                             stops_run=True) from None
        var = step.get("as", "item")
        inner = step["do"]
        keys = [_item_key(i, item) for i, item in enumerate(items)]
        outputs: list[Any] = [None] * len(items)
        todo = []
        for i, key in enumerate(keys):
            if (sid, key) in completed:
                outputs[i] = completed[(sid, key)][0]
            else:
                todo.append(i)
        done = len(items) - len(todo)
        if self.progress:
            self.progress(sid, done, len(items))
        failures: list[StepFailed] = []
        stop = threading.Event()
        continue_on_error = step.get("on_error", "stop") == "continue"
        attempted = 0
        down: list[StepFailed] = []  # the service refuses connections: nothing more is sent

        def one(i: int) -> Flow:
            nonlocal done, attempted
            attempted += 1
            local = {**ctx, var: items[i], "loop": {"index": i, "length": len(items)}}
            try:
                outputs[i], status = yield from self._guarded_flow(inner, local, run_id, sid, keys[i], completed)
                if status == "partial":  # a nested loop with failed items: this item is not done
                    outputs[i] = None
                    raise StepFailed(sid, RuntimeError("items of its own loop failed"), keys[i])
            except StepFailed as exc:
                with self._lock:
                    failures.append(exc)
                    self._stats["failed_items"] += 1
                if isinstance(exc.cause, errors.ServiceUnreachable):
                    down.append(exc)
                    stop.set()
                if not continue_on_error:
                    stop.set()
            with self._lock:
                done += 1
                if self.progress:
                    self.progress(sid, done, len(items))

        workers = render(step.get("concurrency", 1), ctx)
        if isinstance(workers, str) and workers.strip().isdigit():
            workers = int(workers)
        workers = check_concurrency(workers)
        if workers == 1:
            for i in todo:
                self.engine.run(one(i))
                if stop.is_set():
                    break
        else:
            # API calls, pages and pushes: many at once on one thread (the fan-out);
            # other kinds block (webhooks, mail, nested loops): a thread each
            blocking = schema.step_kind(inner) not in FLOW_KINDS
            self._drive(self.engine.run_many((one(i) for i in todo if not stop.is_set()), workers,
                                             blocking=blocking))
        if down:
            left = len(todo) - attempted
            unknown = sum(1 for f in failures if f.maybe_applied)
            maybe = f" ({unknown} may have been applied: resume checks them)" if unknown else ""
            raise StepFailed(sid, down[0].cause, note=f"; {len(failures)} item{'s' if len(failures) != 1 else ''} "
                             f"failed{maybe} and {left} {'were' if left != 1 else 'was'} not attempted: resume the "
                             "run when the service answers again")
        if failures and not continue_on_error:
            first = failures[0]
            raise StepFailed(sid, first.cause, first.item)
        if failures:
            return Partial(outputs, len(failures))
        return outputs


    @staticmethod
    def _drive(results: Generator[Outcome, None, None]) -> None:
        """Consume a fan-out of loop items (each records itself); a Ctrl-C lets the calls
        on the wire finish and be recorded before it goes on."""
        try:
            for _, _, error in results:
                if error is not None:  # the item flows catch their own failures: this is a bug
                    raise error
        except KeyboardInterrupt as exc:
            with contextlib.suppress(KeyboardInterrupt, StopIteration):
                results.throw(exc)
            raise
        finally:
            results.close()


# ---------------------------------------------------------------------- steps that change nothing
# (the dry-run plan runs them too, so that later steps can be planned)

PURE_KINDS = frozenset({"set", "parse_iocs"})


def set_step(step: dict[str, Any], ctx: dict[str, Any]) -> Any:
    values = render(step["set"], ctx)
    ctx["vars"].update(values)
    return values


def parse_iocs_step(step: dict[str, Any], ctx: dict[str, Any], base_dir: Path,
                    profile_protected: Any = None) -> Any:
    """IOCs out of text or a feed file, screened: the kinds of ``parse_iocs`` hold only
    what may be blocked; ``refused`` lists each protected one with its reason
    (:mod:`~sasekit.workflows.protect`), ``allowed_protected`` the ones ``allow`` let
    through, ``not_parsed`` the lines with no indicator (with their numbers)."""
    from .iocs import feed_lines, parse_iocs, unparsed
    from .protect import Protection

    spec = render(step["parse_iocs"], ctx)
    options = spec if isinstance(spec, dict) else {}
    protection = Protection.build(options.get("protected"), profile_protected, options.get("allow"))
    if "file" in options:
        path = Path(options["file"]).expanduser()
        lines = feed_lines(path if path.is_absolute() else base_dir / path, options.get("column"))
    else:
        text = options.get("text") if isinstance(spec, dict) else spec
        if not isinstance(text, str):
            text = "\n".join(map(str, text or []))
        lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
    parsed = parse_iocs(line for _, line in lines)
    blockable, refused, overridden = protection.screen(parsed)
    return {**parsed, **blockable, "private": [r["value"] for r in refused + overridden],
            "refused": refused, "allowed_protected": overridden, "not_parsed": unparsed(lines)}


def preflight(doc: Document, inputs: dict[str, Any], base_dir: Path) -> None:
    """Every input file the workflow names from its inputs alone — a loop's ``csv`` or
    ``file``, a ``parse_iocs`` ``file`` — is there and readable, with the CSV column it
    asks for, before anything is sent: a ConfigError naming the step, the file and what
    is wrong, or nothing. (A path built from a step's output is checked when it runs.)"""
    ctx: dict[str, Any] = {"inputs": inputs, "steps": {}, "vars": {}, "run": {"id": "preflight"}}

    def check(sid: str, source: Any, column: Any) -> None:
        try:
            path = Path(render(source, ctx)).expanduser()
            column = render(column, ctx) if column else None
        except TemplateProblem:
            return
        path = path if path.is_absolute() else base_dir / path
        try:
            with open(path, "rb") as fh:
                head = fh.read(65536).decode("utf-8-sig", errors="replace")
        except OSError as exc:
            raise errors.ConfigError(f"step {sid!r}: cannot read {path}: {exc.strerror or exc}; nothing was "
                                     "changed") from None
        if column and path.suffix.lower() in (".csv", ".tsv"):
            header = next(csv.reader(io.StringIO(head)), [])
            if str(column).strip().lower() not in [h.strip().lower() for h in header]:
                raise errors.ConfigError(f"step {sid!r}: {path} has no column {column!r} (columns: "
                                         f"{', '.join(header) or 'none'}); nothing was changed")

    def visit(steps: list[Any]) -> None:
        for step in steps:
            if not isinstance(step, dict):
                continue
            sid = str(step.get("id", "?"))
            source = step.get("foreach")
            if isinstance(source, dict) and ("csv" in source or "file" in source):
                check(sid, source.get("csv", source.get("file")), source.get("column") if "csv" in source else None)
            spec = step.get("parse_iocs")
            if isinstance(spec, dict) and "file" in spec:
                check(sid, spec["file"], spec.get("column"))
            if isinstance(step.get("do"), dict):
                visit([step["do"]])

    visit(doc.data.get("steps") or [])


def _screened(doc: Document, ctx: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The protected IOCs the run's parse_iocs steps refused, and their unparsed lines."""
    refused: list[dict[str, Any]] = []
    not_parsed: list[dict[str, Any]] = []
    for step in doc.data["steps"]:
        output = (ctx["steps"].get(step["id"]) or {}).get("output")
        if schema.step_kind(step) == "parse_iocs" and isinstance(output, dict):
            refused += [{"step": step["id"], **r} for r in output.get("refused") or []]
            not_parsed += [{"step": step["id"], **r} for r in output.get("not_parsed") or []]
    return refused, not_parsed


def _maybe_applied(cause: BaseException) -> bool:
    """Whether a failed change may have been made all the same (its answer was lost and the
    service could not be asked since). Its record says "unknown", not "failed"."""
    return isinstance(cause, errors.TransportError) and cause.may_have_reached_server


def resumable(history: History, run_id: str) -> dict[str, Any]:
    """The record of a run that ``--resume`` may continue; ConfigError says why not."""
    record = history.run(run_id)
    if record is None:
        raise errors.ConfigError(f"no run {run_id!r} in {history.path}")
    if record["status"] == "succeeded":
        raise errors.ConfigError(f"run {run_id} already succeeded; nothing to resume")
    return record


def _truthy(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() not in ("", "false", "no", "0", "none", "null")
    return bool(value)
