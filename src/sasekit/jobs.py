"""Push and the job waiter: a push is done only when its whole job tree is.

A push answers with a parent job (CommitAndPush) whose children (CommitAll, linked by
``parent_id``) hold the results. The waiter polls with capped backoff against a
wall-clock deadline, follows the children, and succeeds only when every job's
``result_str`` is ``OK``: a finished job can have failed.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from . import transport as t
from .errors import JobFailed, JobTimeout

if TYPE_CHECKING:
    from .engine import Engine

Progress = Callable[[dict[str, Any], list[dict[str, Any]]], None]

log = logging.getLogger(__name__)

DONE_STATUSES = frozenset({"FIN", "PUSHSENT", "PUSHFAIL", "PUSHABORT", "PUSHTIMEOUT"})
FIRST_POLL_S = 0.5
MAX_POLL_S = 10.0


def is_done(job: dict[str, Any]) -> bool:
    return str(job.get("status_str", "")).upper() in DONE_STATUSES


def _job_of(answer: Any) -> dict[str, Any]:
    """``GET /jobs/{id}`` answers ``{data: [job]}``; accept a bare object too."""
    if isinstance(answer, dict) and isinstance(answer.get("data"), list) and answer["data"]:
        return answer["data"][0]
    if isinstance(answer, list) and answer:
        return answer[0]
    return answer if isinstance(answer, dict) else {}


def _details(job: dict[str, Any]) -> Any:
    raw = job.get("details")
    if isinstance(raw, str):
        try:
            return json.loads(raw)
        except ValueError:
            return raw
    return raw


def wait_flow(engine: Engine, job_id: str, timeout: float, progress: Progress | None = None,
              clock: Callable[[], float] = time.monotonic) -> t.Flow[dict[str, Any]]:
    """Poll a job and its children until all are done; return {"job", "children"}.

    The children are found once, on every page of the job list, when the parent is
    done; after that each unfinished child is polled by its id.
    """
    started = clock()
    deadline = started + timeout
    delay = FIRST_POLL_S
    children: list[dict[str, Any]] | None = None
    while True:
        job = _job_of((yield from engine.call(engine.plan("job", "get", {"id": job_id}))))
        if is_done(job):
            if children is None:
                listed = yield from engine.list_all("job", "list")
                children = [j for j in listed if isinstance(j, dict) and str(j.get("parent_id")) == str(job_id)]
            else:
                for i, child in enumerate(children):
                    if not is_done(child):
                        children[i] = _job_of((yield from engine.call(engine.plan("job", "get",
                                                                                  {"id": str(child["id"])}))))
        if progress is not None:
            progress(job, children or [])
        if is_done(job) and all(is_done(c) for c in children or []):
            break
        now = clock()
        if now >= deadline:
            raise JobTimeout(job_id, now - started, job.get("status_str"))
        yield t.Sleep(min(delay, deadline - now))
        delay = min(delay * 1.5, MAX_POLL_S)
    children = children or []
    failed = [j for j in (job, *children) if str(j.get("result_str", "")).upper() != "OK"]
    if failed:
        per_job = {str(j.get("id")): _details(j) for j in failed}
        errors_seen: list[Any] = []
        for d in per_job.values():
            for e in (d.get("errors") or []) if isinstance(d, dict) else []:
                if e not in errors_seen:
                    errors_seen.append(e)
        details = {"errors": errors_seen, "jobs": per_job}
        log.warning("job %s finished with %s", job_id, ", ".join(
            f"{j.get('type_str')} {j.get('id')}={j.get('result_str')}" for j in failed))
        raise JobFailed(job, details)
    log.info("job %s finished OK in %.1f s", job_id, clock() - started)
    return {"job": job, "children": children}


def push_flow(engine: Engine, folders: list[str], description: str, wait: bool, timeout: float,
              progress: Progress | None = None) -> t.Flow[Any]:
    """Push the candidate configuration; with ``wait``, follow the job tree to its end."""
    params: dict[str, Any] = {"folders": list(folders)}
    if description:
        params["description"] = description
    answer = yield from engine.call(engine.plan("configVersion", "push", params))
    job_id = str((answer or {}).get("job_id", ""))
    log.info("push of %s enqueued as job %s", ", ".join(folders), job_id)
    if not wait:
        return answer
    result = yield from wait_flow(engine, job_id, timeout, progress)
    return {**answer, **result}
