"""What a workflow file may say, and every way it can be wrong — reported at once.

A workflow is ``name``, optional ``description`` and ``inputs``, and a list of
``steps``. Each step has an ``id`` and exactly one kind:

=============  ==============================================================
``resource``   a call: ``resource``, ``operation``, ``parameters`` (any of the 344)
``push``       push folders and wait for the whole job tree
``wait_job``   wait for a job id
``foreach``    run ``do`` (one step) for each item of a list, a CSV or a text file
``set``        name values for later steps
``parse_iocs`` IPs, networks, domains and URLs out of text, normalised
``notify``     Slack-compatible or generic webhook, or SMTP email
``report``     Markdown, CSV or HTML file
``tunnel_plan``   the plan of a tunnel intent (:mod:`sasekit.tunnels`): its changes per object kind
``tunnel_change`` one change of such a plan (a loop item of ``tunnel_plan``'s ``phases``)
=============  ==============================================================

and optionally ``when`` (a condition), ``retry`` (``attempts``, ``delay``) and
``on_error`` (``stop`` or ``continue``). Values may be templates
(``{{ steps.create_rule.output.id }}``, ``{{ inputs.folder }}``, the loop variable).
Literal call parameters are checked against the catalog with the client's own
validator; templated ones are checked when the run renders them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sasekit.suggest import close_matches

from .loader import Document
from .template import check_syntax, input_references, is_template, step_references

STEP_KINDS = ("resource", "push", "wait_job", "foreach", "set", "parse_iocs", "notify", "report",
              "tunnel_plan", "tunnel_change")
COMMON_KEYS = {"id", "name", "description", "when", "retry", "on_error"}
KIND_KEYS = {
    "resource": {"resource", "operation", "parameters", "all"},
    "push": {"push"},
    "wait_job": {"wait_job"},
    "foreach": {"foreach", "as", "concurrency", "do"},
    "set": {"set"},
    "parse_iocs": {"parse_iocs"},
    "notify": {"notify"},
    "report": {"report"},
    "tunnel_plan": {"tunnel_plan"},
    "tunnel_change": {"tunnel_change"},
}
TUNNEL_ACTIONS = ("apply", "destroy")
CHANGE_KEYS = {"action", "resource", "name", "site", "params", "id", "fill"}
TOP_KEYS = {"name", "description", "version", "inputs", "steps"}
INPUT_KEYS = {"type", "default", "required", "description", "secret"}
INPUT_TYPES = ("string", "integer", "number", "boolean", "list", "object")
NOTIFY_KINDS = ("slack", "webhook", "email")
REPORT_FORMATS = ("markdown", "csv", "html")


@dataclass(frozen=True, order=True)
class Issue:
    line: int
    path: str
    message: str

    def format(self, file: str = "") -> str:
        where = f"{file}:{self.line}" if file else f"line {self.line}"
        return f"{where}: {self.path}: {self.message}" if self.path else f"{where}: {self.message}"


def step_kind(step: Mapping[str, Any]) -> str | None:
    kinds = [k for k in STEP_KINDS if k in step]
    return kinds[0] if len(kinds) == 1 else None


def _suggest(word: str, choices: Iterable[str]) -> str:
    """The workflow checker's hint: `` (did you mean 'a' or 'b'?)``, or nothing."""
    hits = close_matches(word, choices, n=2)
    return f" (did you mean {' or '.join(repr(h) for h in hits)}?)" if hits else ""


class _Checker:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.issues: list[Issue] = []
        self.inputs: set[str] = set()

    def add(self, where: str, message: str) -> None:
        self.issues.append(Issue(self.doc.line(where) or 1, where, message))

    def unknown_keys(self, obj: Mapping[str, Any], allowed: set[str], where: str, what: str) -> None:
        for key in obj:
            if key not in allowed:
                self.add(f"{where}.{key}" if where else key,
                         f"unknown {what} key {key!r}{_suggest(key, allowed)}")

    def templates(self, value: Any, where: str) -> None:
        if isinstance(value, str) and is_template(value):
            problem = check_syntax(value)
            if problem:
                self.add(where, f"template does not compile: {problem}")
            for name in sorted(input_references(value) - self.inputs):
                declared = ", ".join(sorted(self.inputs)) or "none"
                self.add(where, f"template refers to input {name!r}, which is not declared under 'inputs'"
                                f"{_suggest(name, self.inputs)} (declared: {declared})")
        elif isinstance(value, list):
            for i, v in enumerate(value):
                self.templates(v, f"{where}[{i}]")
        elif isinstance(value, dict):
            for k, v in value.items():
                self.templates(v, f"{where}.{k}")

    # ------------------------------------------------------------------ top level

    def check(self) -> list[Issue]:
        data = self.doc.data
        if not isinstance(data, dict):
            self.add("", "a workflow must be a mapping with 'name' and 'steps'")
            return self.issues
        self.unknown_keys(data, TOP_KEYS, "", "workflow")
        if not isinstance(data.get("name"), str) or not data.get("name"):
            self.add("name", "'name' is required and must be a string")
        inputs = data.get("inputs") or {}
        if not isinstance(inputs, dict):
            self.add("inputs", "'inputs' must be a mapping of input name to its settings")
            inputs = {}
        self.inputs = {str(n) for n in inputs}
        for name, spec in inputs.items():
            where = f"inputs.{name}"
            if not isinstance(spec, dict):
                self.add(where, "an input must be a mapping (type, default, required, description, secret)")
                continue
            self.unknown_keys(spec, INPUT_KEYS, where, "input")
            if "type" in spec and spec["type"] not in INPUT_TYPES:
                self.add(f"{where}.type", f"type must be one of {', '.join(INPUT_TYPES)}, not {spec['type']!r}")
            elif spec.get("default") is not None and not _of_type(spec["default"], spec.get("type", "string")):
                self.add(f"{where}.default", f"default {spec['default']!r} is not of type {spec.get('type', 'string')}")
            for flag in ("required", "secret"):
                if flag in spec and not isinstance(spec[flag], bool):
                    self.add(f"{where}.{flag}", f"{flag} must be true or false, not {spec[flag]!r}")
        steps = data.get("steps")
        if not isinstance(steps, list) or not steps:
            self.add("steps", "'steps' is required and must be a non-empty list")
            return self.issues
        seen: dict[str, int] = {}
        for i, step in enumerate(steps):
            self.step(step, f"steps[{i}]", seen, i, loop_vars=set())
        return sorted(self.issues)

    # ------------------------------------------------------------------ steps

    def step(self, step: Any, where: str, seen: dict[str, int], index: int, loop_vars: set[str],
             nested: bool = False) -> None:
        if not isinstance(step, dict):
            self.add(where, "a step must be a mapping")
            return
        sid = step.get("id")
        if not nested:
            if not isinstance(sid, str) or not sid.isidentifier():
                self.add(f"{where}.id", "every step needs an 'id' made of letters, digits and _ "
                         f"(got {sid!r})")
            elif sid in seen:
                self.add(f"{where}.id", f"duplicate step id {sid!r} (also step {seen[sid] + 1})")
            else:
                seen[sid] = index
        kinds = [k for k in STEP_KINDS if k in step]
        if len(kinds) != 1:
            what = "no kind" if not kinds else f"several kinds ({', '.join(kinds)})"
            self.add(where, f"a step has exactly one of {', '.join(STEP_KINDS)}; this one has {what}")
            return
        kind = kinds[0]
        allowed = COMMON_KEYS | KIND_KEYS[kind]
        # A step inside foreach has no id of its own: the loop's id names it.
        self.unknown_keys(step, allowed - {"id"} if nested else allowed, where, f"{kind} step")
        own = {k: v for k, v in step.items() if not (kind == "foreach" and k == "do")}  # do: checked below
        self.templates(own, where)
        for path, ref in _references(own, where):
            if ref not in seen or seen[ref] == index:
                if seen.get(ref) == index:
                    earlier = "is this step itself" if not nested else "is the loop itself (not finished yet)"
                else:
                    earlier = "runs later" if ref in _all_ids(self.doc.data) else "does not exist"
                self.add(path, f"refers to step {ref!r}, which {earlier}")
        if "on_error" in step and step["on_error"] not in ("stop", "continue"):
            self.add(f"{where}.on_error", f"on_error must be 'stop' or 'continue', not {step['on_error']!r}")
        retry = step.get("retry")
        if retry is not None:
            if not isinstance(retry, dict):
                self.add(f"{where}.retry", "retry must be a mapping: {attempts: N, delay: seconds}")
            else:
                self.unknown_keys(retry, {"attempts", "delay"}, f"{where}.retry", "retry")
                if "attempts" in retry and (not isinstance(retry["attempts"], int) or retry["attempts"] < 1):
                    self.add(f"{where}.retry.attempts", "attempts must be a whole number >= 1")
                if "delay" in retry and (not isinstance(retry["delay"], int | float) or retry["delay"] < 0):
                    self.add(f"{where}.retry.delay", "delay must be a number of seconds >= 0")
        getattr(self, f"k_{kind}")(step, where, seen, index, loop_vars)

    def k_resource(self, step: dict, where: str, *_: Any) -> None:
        from sasekit.catalog import load

        cat = load()
        resource, operation = step.get("resource"), step.get("operation")
        if not isinstance(resource, str) or resource not in cat:
            self.add(f"{where}.resource", f"unknown resource {resource!r}{_suggest(str(resource), cat)}")
            return
        names = cat.operation_names(resource)
        if not isinstance(operation, str) or operation not in names:
            self.add(f"{where}.operation",
                     f"unknown operation {resource}.{operation}{_suggest(str(operation), names)}")
            return
        params = step.get("parameters", {})
        if is_template(params):
            return
        if not isinstance(params, dict):
            self.add(f"{where}.parameters", "parameters must be a mapping")
            return
        self.parameters(cat[resource].operations[operation], params, f"{where}.parameters")

    def parameters(self, op: Any, params: dict[str, Any], where: str) -> None:
        from sasekit.validate import validate_params

        templated = {k for k, v in params.items() if has_template(v)}
        literal = {k: v for k, v in params.items() if k not in templated}
        _, problems = validate_params(op, literal)
        for p in problems:
            root = p.path.split(".")[0].split("[")[0]
            if root in templated:
                continue
            if p.rule == "exclusive" and any(k in templated for k in _group_keys(op, p)):
                continue
            self.add(f"{where}.{root}" if root else where, p.format())

    def k_push(self, step: dict, where: str, *_: Any) -> None:
        push = step["push"]
        if not isinstance(push, dict):
            self.add(f"{where}.push", "push must be a mapping: {folders: [...], description: ...}")
            return
        self.unknown_keys(push, {"folders", "description", "timeout", "wait", "retry_failed_push"},
                          f"{where}.push", "push")
        folders = push.get("folders")
        if folders is None:
            self.add(f"{where}.push.folders", "push needs 'folders'")
        elif not (has_template(folders) or (isinstance(folders, list) and all(isinstance(f, str)
                                                                                 for f in folders))):
            self.add(f"{where}.push.folders", "folders must be a list of folder names")
        self._number(push, "timeout", f"{where}.push")
        again = push.get("retry_failed_push", False)
        if not isinstance(again, bool):
            self.add(f"{where}.push.retry_failed_push", f"retry_failed_push must be true or false, not {again!r}")

    def k_wait_job(self, step: dict, where: str, *_: Any) -> None:
        spec = step["wait_job"]
        if isinstance(spec, dict):
            self.unknown_keys(spec, {"job_id", "timeout"}, f"{where}.wait_job", "wait_job")
            if "job_id" not in spec:
                self.add(f"{where}.wait_job.job_id", "wait_job needs 'job_id'")
            self._number(spec, "timeout", f"{where}.wait_job")
        elif not isinstance(spec, str | int):
            self.add(f"{where}.wait_job", "wait_job is a job id or {job_id: ..., timeout: ...}")

    def k_foreach(self, step: dict, where: str, seen: dict[str, int], index: int, loop_vars: set[str]) -> None:
        source = step["foreach"]
        if isinstance(source, dict):
            self.unknown_keys(source, {"csv", "file", "column", "items"}, f"{where}.foreach", "foreach")
            if not any(k in source for k in ("csv", "file", "items")):
                self.add(f"{where}.foreach", "foreach needs a list, a template, or {csv: path} / {file: path}")
        elif not isinstance(source, list | str):
            self.add(f"{where}.foreach", "foreach needs a list, a template, or {csv: path} / {file: path}")
        var = step.get("as", "item")
        if not isinstance(var, str) or not var.isidentifier():
            self.add(f"{where}.as", f"'as' must be a name, not {var!r}")
        conc = step.get("concurrency", 1)
        if not has_template(conc):
            from sasekit.transport import check_concurrency  # the one allowed range

            try:
                check_concurrency(conc)
            except ValueError as exc:
                self.add(f"{where}.concurrency", str(exc))
        inner = step.get("do")
        if inner is None:
            self.add(f"{where}.do", "foreach needs 'do': the step to run for each item")
            return
        if isinstance(inner, dict) and "foreach" in inner:
            self.add(f"{where}.do", "a foreach cannot contain another foreach")
            return
        self.step(inner, f"{where}.do", seen, index, {*loop_vars, str(var)}, nested=True)

    def k_tunnel_plan(self, step: dict, where: str, *_: Any) -> None:
        spec = step["tunnel_plan"]
        if not isinstance(spec, dict):
            self.add(f"{where}.tunnel_plan", "tunnel_plan must be a mapping: {intent: FILE or {sites: [...]}, "
                                             "action: apply|destroy}")
            return
        self.unknown_keys(spec, {"intent", "action"}, f"{where}.tunnel_plan", "tunnel_plan")
        if not isinstance(spec.get("intent"), str | dict):
            self.add(f"{where}.tunnel_plan.intent", "intent is a file name or an inline intent {sites: [...]}")
        action = spec.get("action", "apply")
        if not has_template(action) and action not in TUNNEL_ACTIONS:
            self.add(f"{where}.tunnel_plan.action", f"action must be one of {', '.join(TUNNEL_ACTIONS)}, "
                                                    f"not {action!r}")

    def k_tunnel_change(self, step: dict, where: str, *_: Any) -> None:
        spec = step["tunnel_change"]
        if isinstance(spec, dict):
            self.unknown_keys(spec, CHANGE_KEYS, f"{where}.tunnel_change", "tunnel_change")
            for key in ("action", "resource", "name", "params"):
                if key not in spec:
                    self.add(f"{where}.tunnel_change.{key}", f"tunnel_change needs {key!r}")
        elif not has_template(spec):
            self.add(f"{where}.tunnel_change", "tunnel_change takes a change of a tunnel plan, usually "
                                               "\"{{ item }}\" in a loop over a tunnel_plan step's phases")

    def k_set(self, step: dict, where: str, *_: Any) -> None:
        if not isinstance(step["set"], dict) or not step["set"]:
            self.add(f"{where}.set", "set must be a mapping of names to values")
            return
        for name in step["set"]:
            if not str(name).isidentifier():
                self.add(f"{where}.set.{name}", f"{name!r} is not a valid name")

    def k_parse_iocs(self, step: dict, where: str, *_: Any) -> None:
        spec = step["parse_iocs"]
        if isinstance(spec, dict):
            self.unknown_keys(spec, {"text", "file", "column", "protected", "allow"}, f"{where}.parse_iocs",
                              "parse_iocs")
            if not ("text" in spec) ^ ("file" in spec):
                self.add(f"{where}.parse_iocs", "parse_iocs takes text or {text: ...} or {file: path}, one of them")
        elif not isinstance(spec, str | list):
            self.add(f"{where}.parse_iocs", "parse_iocs takes text, a list of lines, {text: ...} or {file: path}")

    def k_notify(self, step: dict, where: str, *_: Any) -> None:
        spec = step["notify"]
        if not isinstance(spec, dict):
            self.add(f"{where}.notify", "notify must be a mapping: {kind, target, message, data}")
            return
        self.unknown_keys(spec, {"kind", "target", "message", "data"}, f"{where}.notify", "notify")
        if spec.get("kind") not in NOTIFY_KINDS and not has_template(spec.get("kind")):
            self.add(f"{where}.notify.kind", f"kind must be one of {', '.join(NOTIFY_KINDS)}, "
                     f"not {spec.get('kind')!r}")
        if not isinstance(spec.get("target"), dict) and not has_template(spec.get("target")):
            self.add(f"{where}.notify.target", "target must be a mapping (url, or SMTP host/from/to)")
        if "message" not in spec:
            self.add(f"{where}.notify.message", "notify needs a 'message'")

    def k_report(self, step: dict, where: str, *_: Any) -> None:
        spec = step["report"]
        if not isinstance(spec, dict):
            self.add(f"{where}.report", "report must be a mapping: {path, format, title, sections}")
            return
        self.unknown_keys(spec, {"path", "format", "title", "sections"}, f"{where}.report", "report")
        if "path" not in spec:
            self.add(f"{where}.report.path", "report needs a 'path'")
        fmt = spec.get("format")
        if fmt is not None and fmt not in REPORT_FORMATS and not has_template(fmt):
            self.add(f"{where}.report.format", f"format must be one of {', '.join(REPORT_FORMATS)}, not {fmt!r}")
        sections = spec.get("sections")
        if not isinstance(sections, list) and not has_template(sections):
            self.add(f"{where}.report.sections", "sections must be a list of {title, rows, columns}")

    def _number(self, spec: dict, key: str, where: str) -> None:
        if key in spec and not has_template(spec[key]) and (
                not isinstance(spec[key], int | float) or isinstance(spec[key], bool) or spec[key] <= 0):
            self.add(f"{where}.{key}", f"{key} must be a positive number of seconds, not {spec[key]!r}")


def _of_type(value: Any, kind: str) -> bool:
    expected = {"string": str, "integer": int, "number": int | float, "boolean": bool, "list": list,
                "object": dict}[kind]
    return isinstance(value, expected) and (kind == "boolean" or not isinstance(value, bool))


def has_template(value: Any) -> bool:
    """Whether a value holds a template anywhere (its value is known only at run time)."""
    if isinstance(value, str):
        return is_template(value)
    if isinstance(value, list):
        return any(has_template(v) for v in value)
    if isinstance(value, dict):
        return any(has_template(v) for v in value.values())
    return False


def _references(value: Any, where: str) -> list[tuple[str, str]]:
    """(path of the value, step id) for every ``steps.<id>`` in the templates of ``value``."""
    if isinstance(value, str):
        return [(where, ref) for ref in sorted(step_references(value))]
    if isinstance(value, list):
        return [hit for i, v in enumerate(value) for hit in _references(v, f"{where}[{i}]")]
    if isinstance(value, dict):
        return [hit for k, v in value.items() for hit in _references(v, f"{where}.{k}")]
    return []


def _group_keys(op: Any, problem: Any) -> set[str]:
    keys: set[str] = set()
    for group in (op.body.exclusive if op.body is not None else ()):
        for branch in group["keys"]:
            keys.update(branch)
    if op.scope:  # folder | snippet | device in the query
        keys.update(op.scope["keys"])
    return keys


def _all_ids(data: Any) -> set[str]:
    steps = data.get("steps") if isinstance(data, dict) else None
    return {s["id"] for s in steps or [] if isinstance(s, dict) and isinstance(s.get("id"), str)}


def validate(doc: Document) -> list[Issue]:
    """Every problem of a workflow document, sorted by line."""
    return _Checker(doc).check()
