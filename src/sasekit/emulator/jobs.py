"""Push jobs: a CommitAndPush parent and a CommitAll child, ACT -> FIN over time.

Job state is computed from the clock when a job is read, so no background task is
needed: a job created at ``created`` and due at ``due`` is ``ACT`` in between and
``FIN`` afterwards, with the result decided when the push was accepted (``FAIL``
when the candidate held a dangling reference). Finished pushes are applied to the
config versions in submission order by :func:`apply_due`.
"""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from typing import Any

from .store import Store

PARENT_TYPE = "CommitAndPush"
CHILD_TYPE = "CommitAll"
_TYPE_I = {PARENT_TYPE: "53", CHILD_TYPE: "13"}
# Numeric codes as seen in captured service answers (ACT 1, FIN 2; a pending result 0).
_STATUS_I = {"PEND": "0", "ACT": "1", "FIN": "2"}
_RESULT_I = {"PEND": "0", "OK": "2", "FAIL": "3"}


def timestamp(t: float | None) -> str:
    """Epoch seconds as the service writes times in jobs and legacy config versions (UTC, no
    zone: ``2026-12-02 05:53:41``; api-facts: job fields are strings of that form)."""
    if t is None:
        return ""
    return datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%d %H:%M:%S")


def rfc3339(t: float | None) -> str:
    """Epoch seconds as RFC 3339 UTC (``2026-12-02T05:53:41Z``): the ``format: date-time`` the
    unified specs declare for config versions' ``date`` (scm-config/operations.yaml
    ``config-version``, ``running-versions``) and the Setup API's ``created``/``last_updated``."""
    if t is None:
        return ""
    return datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def view(row: Any, now: float) -> dict[str, Any]:
    """The job as the service returns it: every field a string; ``end_ts`` only once it is FIN.

    ``device_name`` is ``""``: a push job runs on the tenant's Prisma Access, no one device. The
    unified ``jobs`` schema requires the field (scm-config/operations.yaml) and pan-scm-sdk
    0.15.1's job models default it to ``""`` (scm/models/operations/jobs.py); the legacy
    ``jobs`` schema does not name it and admits further fields, so both families carry it."""
    created, due = row["created"], row["due"]
    done = now >= due
    span = max(due - created, 1e-9)
    percent = 100 if done else int(min(99, max(0, (now - created) / span * 100)))
    status = "FIN" if done else "ACT"
    result = row["outcome"] if done else "PEND"
    details = json.loads(row["details"])
    if not done:
        details = {"info": [], "errors": [], "warnings": [], "description": row["description"] or ""}
    summary = ""
    if done:
        summary = "Configuration pushed successfully" if result == "OK" else "Configuration push failed"
    job = {
        "id": str(row["id"]),
        "parent_id": str(row["parent_id"]),
        "type_str": row["type"],
        "type_i": _TYPE_I.get(row["type"], "0"),
        "job_type": _TYPE_I.get(row["type"], "0"),
        "status_str": status,
        "status_i": _STATUS_I[status],
        "job_status": _STATUS_I[status],
        "result_str": result,
        "result_i": _RESULT_I[result],
        "job_result": _RESULT_I[result],
        "percent": str(percent),
        "summary": summary,
        "details": json.dumps(details),
        "description": row["description"] or "",
        "device_name": "",
        "uname": row["uname"] or "",
        "owner": row["uname"] or "",
        "insert_ts": timestamp(created),
        "start_ts": timestamp(created),
        "last_update": timestamp(min(now, due)),
        "opaque_int": "0",
        "opaque_str": "",
        "session_id": "",
    }
    if done:
        # A job's end is known only once it has ended: a running job has no end_ts at all.
        # Absent rather than "" because pan-scm-sdk's JobStatusData (GET /jobs/{id}) takes
        # end_ts as Optional[datetime], which refuses "" but accepts a missing field (its
        # JobListItem accepts both); absent, every field present is still a string.
        job["end_ts"] = timestamp(due)
    return job


def create_push(store: Store, tsg: str, uname: str, description: str, folders: list[str],
                outcome: str, problems: list[str], duration: float, now: float | None = None) -> int:
    """Record a parent push job and its child; return the parent id."""
    now = time.time() if now is None else now
    parent = store.next_number(tsg, "job", 1)
    child = store.next_number(tsg, "job", 1)
    snapshot = json.dumps(store.all_objects(tsg))
    details = {"info": [] if problems else ["Configuration committed successfully"],
               "errors": problems, "warnings": [], "description": description}
    base = {"created": now, "due": now + duration, "outcome": outcome, "uname": uname,
            "description": description, "details": details, "folders": folders}
    store.add_job(tsg, {**base, "id": parent, "parent_id": 0, "type": PARENT_TYPE, "snapshot": snapshot})
    store.add_job(tsg, {**base, "id": child, "parent_id": parent, "type": CHILD_TYPE})
    return parent


def apply_due(store: Store, now: float | None = None) -> None:
    """Turn every finished, successful push into a config version, oldest first."""
    now = time.time() if now is None else now
    for row in store.due_jobs(now):
        version = None
        if row["outcome"] == "OK":
            version = store.next_number(row["tsg"], "version", 1)
            # Made when the push finished: on the clock the jobs run on (a test's fake one too).
            store.add_version(row["tsg"], version, row["uname"] or "", row["description"] or "",
                              json.loads(row["folders"]), row["snapshot"] or "[]", created=row["due"])
        store.mark_applied(row["tsg"], row["id"], version)
