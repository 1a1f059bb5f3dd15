"""Applying a plan through the workflow runner, so that it has a history, resumes after a
kill and never repeats a completed change.

A plan becomes a workflow: one loop per object kind, in dependency order, whose items
are the plan's changes (``tunnel_change`` steps), then a push of the folder. The
generated workflow is kept beside the run history (0600), so ``sasekit tunnel apply``
run again after a failure — or ``sasekit run --resume RUN_ID`` — continues that run:
completed items are skipped, the push is made once. An intent edited since starts a
new run from a new plan, which sees what the first one already made.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sasekit import errors
from sasekit.engine import Engine
from sasekit.files import write_private
from sasekit.transport import Flow

from .plan import Plan
from .prisma import SecretRef, fill

log = logging.getLogger(__name__)

WORKFLOW = "tunnel-apply"
CONCURRENCY = 16
UNFINISHED = ("failed", "interrupted", "incomplete", "running")


def change_flow(engine: Engine, item: Mapping[str, Any]) -> Flow[dict[str, Any]]:
    """One planned change as an engine flow. The answer kept in the history is small and
    holds no secret: the object's kind, name, id and what was done."""
    resource, name, action = str(item["resource"]), str(item["name"]), str(item["action"])
    refs = [SecretRef(str(f["at"]), str(f["from"])) for f in item.get("fill") or []]
    params = fill(item.get("params") or {}, refs, f"{resource} {name}")
    done = {"resource": resource, "name": name, "action": action}
    if action == "create":
        answer, already = yield from engine.ensure(engine.plan(resource, "create", params))
        return {**done, "id": (answer or {}).get("id"), "already_there": already}
    if action == "update":
        answer = yield from engine.call(engine.plan(resource, "update", {**params, "id": item["id"]}))
        return {**done, "id": item["id"]}
    if action == "delete":
        scope = {"folder": params["folder"]} if "folder" in params else {}
        try:
            yield from engine.call(engine.plan(resource, "delete", {"id": item["id"], **scope}))
        except errors.NotFound:
            return {**done, "id": item["id"], "already_gone": True}
        return {**done, "id": item["id"]}
    raise ValueError(f"unknown tunnel change action {action!r}")


def workflow(plan: Plan, *, push: bool, wait: bool, description: str = "") -> dict[str, Any]:
    """The workflow that carries out ``plan``: a loop per object kind, then the push."""
    steps: list[dict[str, Any]] = []
    for resource, items in plan.phases().items():
        if not items:
            continue
        steps.append({"id": resource, "foreach": {"items": items}, "concurrency": CONCURRENCY,
                      "do": {"tunnel_change": "{{ item }}"}})
    if push:
        sites = ", ".join(sp.site.name for sp in plan.sites[:5]) + (" ..." if len(plan.sites) > 5 else "")
        steps.append({"id": "push", "push": {"folders": [plan.folder], "wait": wait,
                                             "description": description or f"sasekit tunnel {plan.action}: {sites}"}})
    return {"name": WORKFLOW, "description": f"{plan.action} of the tunnel intent {plan.intent.path}",
            "inputs": {"intent": {"type": "string", "default": str(Path(plan.intent.path).resolve())},
                       "digest": {"type": "string", "default": plan.intent.digest},
                       "action": {"type": "string", "default": plan.action}},
            "steps": steps}


def runs_dir(history: Any) -> Path:
    return Path(history.path).parent / "tunnel-runs"


def save(doc: Mapping[str, Any], history: Any, run_id: str) -> Path:
    path = runs_dir(history) / f"{run_id}.json"
    write_private(path, json.dumps(doc, indent=1))
    return path


def _runs_of(history: Any, intent_path: str) -> list[dict[str, Any]]:
    """This intent's tunnel runs, newest first."""
    wanted = str(Path(intent_path).resolve())
    out = []
    for row in history.runs(limit=500):
        if row["workflow"] != WORKFLOW:
            continue
        run = history.run(row["id"])
        if run and (run.get("inputs") or {}).get("intent") == wanted:
            out.append(run)
    return out


def push_pending(history: Any, intent_path: str) -> bool:
    """Whether a run of this intent changed objects that no later push carried: an
    ``apply`` without ``--push``, or one stopped before its push. Then ``--push`` pushes
    even when the plan finds nothing left to change."""
    for run in _runs_of(history, intent_path):
        done = {(s["step"], s["item"]) for s in history.steps(run["id"]) if s["status"] == "done"}
        if ("push", "") in done:
            return False
        if any(item for _, item in done):  # a loop item: a change was made
            return True
    return False


def unfinished(history: Any, intent_path: str, action: str) -> dict[str, Any] | None:
    """The latest run of this intent's ``action``, if it did not succeed and its workflow is kept."""
    for run in _runs_of(history, intent_path):
        if (run.get("inputs") or {}).get("action") != action:
            continue
        if run["status"] in UNFINISHED and run.get("path") and Path(run["path"]).is_file():
            return run
        return None
    return None
