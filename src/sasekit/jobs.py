"""Push and the job waiter: a push is done only when its whole job tree is.

A push answers with a parent job (CommitAndPush) whose children (CommitAll, linked by
``parent_id``) hold the results. The waiter polls with capped backoff against a
wall-clock deadline, follows the children, and succeeds only when every job's
``result_str`` is ``OK``: a finished job can have failed. A poll that fails for a
transient reason (a 5xx, a dropped connection, a 429) is not the job failing: the
waiter polls again until its deadline.

A push is not repeated blindly. Its request is not idempotent, so when its answer is
lost (or is a 5xx) the job list is searched for the push it may have started — the
same account, description and folders, started since the request was sent — and that
job is adopted; only when there is none is the push sent again. The workflow runner
records the time before sending and the job id as soon as it is known, so a resumed
run waits on its push instead of making another.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from . import transport as t
from .errors import (
    APIError,
    EmptyResponseError,
    JobFailed,
    JobTimeout,
    RateLimited,
    ServerError,
    TransportError,
)

if TYPE_CHECKING:
    from .engine import Engine

Progress = Callable[[dict[str, Any], list[dict[str, Any]]], None]

log = logging.getLogger(__name__)

DONE_STATUSES = frozenset({"FIN", "PUSHSENT", "PUSHFAIL", "PUSHABORT", "PUSHTIMEOUT"})
FIRST_POLL_S = 0.5
MAX_POLL_S = 10.0
PARENT_TYPE = "CommitAndPush"
#: Job timestamps are whole seconds (and the service's clock is not ours): a push found
#: up to this long before the request was sent still counts as the one it started.
CLOCK_SLACK_S = 120.0
#: Failures of one poll that are worth polling again for (the job has not failed).
TRANSIENT = (ServerError, RateLimited, TransportError, EmptyResponseError)


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
    job: dict[str, Any] = {}
    while True:
        try:
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
        except TRANSIENT as exc:
            log.info("polling job %s: %s; polling again", job_id, exc)
        else:
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
              progress: Progress | None = None, *, since: float | None = None,
              on_sending: Callable[[float], None] | None = None,
              on_job: Callable[[str], None] | None = None) -> t.Flow[Any]:
    """Push the candidate configuration; with ``wait``, follow the job tree to its end.

    ``since`` (epoch seconds): an earlier attempt may have sent this push then; a job it
    started is adopted instead of pushing again. ``on_sending`` is told the time just
    before each push request goes out, ``on_job`` the job id as soon as it is known, so
    that a caller can record both before the wait begins.
    """
    params: dict[str, Any] = {"folders": list(folders)}
    if description:
        params["description"] = description
    answer: dict[str, Any] | None = None
    if since is not None:
        answer = yield from _adopted(engine, folders, description, since)
    attempt = 0
    while answer is None:
        sent_at = time.time()
        if on_sending is not None:
            on_sending(sent_at)
        try:
            answer = (yield from engine.call(engine.plan("configVersion", "push", params))) or {}
        except (ServerError, TransportError) as exc:
            if isinstance(exc, TransportError) and not exc.may_have_reached_server:
                raise
            answer = yield from _adopted(engine, folders, description, sent_at)
            attempt += 1
            delay = engine.retry.backoff(attempt)
            if answer is None:
                if not engine.retry.allows(attempt, 0.0, delay):
                    raise
                log.info("push of %s: %s; no job was started, pushing again in %.1f s",
                         ", ".join(folders), exc, delay)
                yield t.Sleep(delay)
    job_id = str(answer.get("job_id", ""))
    log.info("push of %s enqueued as job %s", ", ".join(folders), job_id)
    if on_job is not None and job_id:
        on_job(job_id)
    if not wait:
        return answer
    result = yield from wait_flow(engine, job_id, timeout, progress, clock=engine.clock)
    return {**answer, **result}


def _adopted(engine: Engine, folders: list[str], description: str, since: float
             ) -> t.Flow[dict[str, Any] | None]:
    """The push answer for a job this account started since ``since`` with this
    description (and these folders, where the job says), or None."""
    try:
        listed = yield from engine.list_all("job", "list")
    except (APIError, TransportError, EmptyResponseError) as exc:
        raise TransportError(f"could not tell whether the push was applied: {exc}",
                             may_have_reached_server=True) from None
    mine = [j for j in listed if isinstance(j, dict) and _is_push_since(j, engine.settings.client_id,
                                                                          description, folders, since)]
    if not mine:
        return None
    job = max(mine, key=lambda j: int(j["id"]) if str(j.get("id", "")).isdigit() else 0)
    log.info("the push had been applied: adopting job %s", job.get("id"))
    return {"success": True, "job_id": str(job.get("id")), "adopted": True}


def _is_push_since(job: dict[str, Any], client_id: str, description: str, folders: list[str], since: float) -> bool:
    if job.get("type_str") != PARENT_TYPE or str(job.get("parent_id", "0")) not in ("0", ""):
        return False
    if (job.get("description") or "") != (description or ""):
        return False
    if job.get("uname") and job.get("uname") != client_id:
        return False
    started = _epoch(job.get("start_ts") or job.get("insert_ts"))
    return started is not None and started >= since - CLOCK_SLACK_S


def _epoch(text: Any) -> float | None:
    from datetime import UTC, datetime

    try:
        return datetime.strptime(str(text), "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC).timestamp()
    except ValueError:
        return None
