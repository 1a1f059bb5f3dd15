"""``--dry-run``: the calls a workflow would make, without making any.

Inputs are known before a run, step outputs are not: values that depend on an
earlier step's output are shown as their template text. Loops over a known list are
expanded (the first few items, then a count).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from . import schema
from .loader import Document
from .runner import PURE_KINDS, WorkflowInvalid, coerce_inputs, parse_iocs_step, set_step
from .template import TemplateProblem, render

SHOWN_ITEMS = 3


def _try(value: Any, ctx: dict[str, Any]) -> Any:
    """Render what can be rendered; leave a template that needs a step's output as it is."""
    if isinstance(value, dict):
        return {k: _try(v, ctx) for k, v in value.items()}
    if isinstance(value, list):
        return [_try(v, ctx) for v in value]
    try:
        return render(value, ctx)
    except TemplateProblem:
        return value


def _pure(step: dict[str, Any], ctx: dict[str, Any], base_dir: Path) -> Any:
    """Run a step that changes nothing (the runner's own code) so later steps can be planned."""
    kind = schema.step_kind(step)
    if kind not in PURE_KINDS:
        return None
    try:
        if kind == "set":
            return set_step(step, ctx)
        return parse_iocs_step(step, ctx, base_dir)
    except (TemplateProblem, OSError, ValueError, TypeError):
        return None


def _describe(step: dict[str, Any], ctx: dict[str, Any]) -> dict[str, Any]:
    kind = schema.step_kind(step)
    if kind == "resource":
        params = _try(step.get("parameters") or {}, ctx)
        entry: dict[str, Any] = {"call": f"{step['resource']}.{step['operation']}", "parameters": params}
        if isinstance(params, dict) and not schema.has_template(params):
            from sasekit.catalog import load
            from sasekit.validate import validate_params

            _, problems = validate_params(load()[step["resource"]].operations[step["operation"]], params)
            if problems:
                entry["problems"] = [p.format() for p in problems]
        return entry
    return {kind or "step": _try(step.get(kind or ""), ctx)}


def plan(doc: Document, inputs: dict[str, Any], base_dir: str | Path = ".") -> list[dict[str, Any]]:
    issues = schema.validate(doc)
    if issues:
        raise WorkflowInvalid(doc.path, issues)
    values = coerce_inputs(doc, inputs)
    ctx: dict[str, Any] = {"inputs": values, "steps": {}, "vars": {}, "run": {"id": "dry-run"}}
    out = []
    for step in doc.data["steps"]:
        entry: dict[str, Any] = {"step": step["id"]}
        if "when" in step:
            entry["when"] = _try(step["when"], ctx)
        if "foreach" in step:
            items = _try(step["foreach"], ctx)
            if isinstance(items, dict) and isinstance(items.get("items"), list):
                items = items["items"]
            var = step.get("as", "item")
            if isinstance(items, list):
                entry["foreach"] = f"{len(items)} items"
                entry["first"] = [_describe(step["do"], {**ctx, var: item}) for item in items[:SHOWN_ITEMS]]
            else:
                entry["foreach"] = items
                entry["do"] = _describe(step["do"], ctx)
        else:
            entry.update(_describe(step, ctx))
        output = _pure(step, ctx, Path(base_dir))
        if output is not None:
            ctx["steps"][step["id"]] = {"output": output, "status": "planned"}
            entry["output"] = output
        out.append(entry)
    return out
