"""The failures an operator meets outside a test process: the runner killed while it
waits for its push, the service killed in the middle of a bulk import, two imports
started at once from one machine. Every actor is a real process — ``python -m sasekit
run`` and ``python -m sasekit emulator serve`` — so a SIGKILL is the real thing: no
``finally``, no flush, no goodbye on the socket, and a rate limit shared between
processes is shared through the file it really lives in.

What each case checks is what the user sees afterwards: the exit code and the resume
hint, then after ``--resume`` the tenant — every IOC once, a group holding all of them,
exactly one push. Waits are bounded (:data:`process_helpers.HANG_S`) and only stop a
broken run from hanging; none is an assertion about speed.
"""

from __future__ import annotations

import signal
import sys
from pathlib import Path
from typing import Any

import pytest

import process_helpers as ph

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def bulk_import(work: Path, emulator: ph.Emulator, ips: list[str], *, concurrency: int,
                rate_limit_per_minute: int = 1_000_000, state: Path | None = None,
                history: Path | None = None, name: str = "run") -> ph.Run:
    """The built-in bulk-ioc-import template on ``ips``, as ``sasekit run`` in a subprocess.
    The client's own rate limit comes from a profile (high unless a case is about it)."""
    ph.write_profile(work / "config", rate_limit_per_minute)
    csv = ph.write_iocs(work / f"{name}-iocs.csv", ips)
    wf = ph.write_template(work / "bulk-ioc-import.yaml")
    args = [str(wf), "-i", f"csv={csv}", "-i", f"concurrency={concurrency}", "-o", "json"]
    if history is not None:
        args += ["--history", str(history)]
    env = ph.cli_env(emulator.url, state or work / "state", work / "config")
    return ph.Run(args, env, work, name)


def resume(work: Path, emulator: ph.Emulator, run_id: str, history: Path, name: str = "resume") -> ph.Run:
    env = ph.cli_env(emulator.url, work / "state", work / "config")
    return ph.Run(["--resume", run_id, "--history", str(history), "-o", "json"], env, work, name)


def finished(run: ph.Run, timeout: float = ph.HANG_S) -> tuple[int, dict[str, Any]]:
    code = run.wait(timeout)
    summary = run.summary()
    assert summary is not None, f"exit {code}, no summary; stderr: {run.stderr[-3000:]}"
    return code, summary


def assert_imported_once(state: dict[str, Any], ips: list[str], run_id: str) -> None:
    """Every IOC exactly once, the run's group holding all of them, its rule, one push."""
    expected = sorted(ph.ioc_name(ip) for ip in ips)
    assert sorted(state["addresses"]) == expected  # none lost, none twice
    assert sorted(state["groups"][f"Bulk_IOCs_{run_id}"]) == expected
    assert state["rules"] == [f"Block_Bulk_IOCs_{run_id}", f"Block_To_Bulk_IOCs_{run_id}"]
    assert [(j["status_str"], j["result_str"]) for j in state["pushes"]] == [("FIN", "OK")]


def test_runner_killed_during_the_push_wait_resumes_onto_the_same_job(tmp_path: Path) -> None:
    # The push is slow (push_s 5), so the runner is certainly waiting when it is killed,
    # right after it recorded the job id. A resume that pushed again would leave two
    # CommitAndPush jobs; an uninterrupted run leaves one.
    ips = ph.ioc_ips(20)
    history = tmp_path / "runs.db"
    with ph.cleanup() as started:
        emulator = ph.Emulator(tmp_path, {"push_s": 5.0, "rate_limit": {"enabled": False}}).start()
        started.append(emulator)
        run = bulk_import(tmp_path, emulator, ips, concurrency=4, history=history)
        started.append(run)

        def job_recorded() -> str | None:
            if not run.alive():
                raise AssertionError(f"the run ended before its push: {run.stderr[-3000:]}")
            return ph.push_record(history)[0]

        job_id = ph.wait_for(job_recorded, what="the push's job id in the history")
        assert run.kill() == -signal.SIGKILL
        run_id, status = ph.history_run(history) or ("", "")
        assert status == "running"  # killed: nothing got to say otherwise

        at_kill = ph.tenant(emulator.url)
        assert [(j["id"], j["status_str"]) for j in at_kill["pushes"]] == [(job_id, "ACT")]  # mid-wait

        again = resume(tmp_path, emulator, run_id, history)
        started.append(again)
        code, summary = finished(again)
        assert code == 0, again.stderr[-3000:]
        assert summary["status"] == "succeeded" and summary["run_id"] == run_id
        assert [j["job_id"] for j in summary["jobs"] if j["type"] == "CommitAndPush"] == [job_id]
        assert_imported_once(ph.tenant(emulator.url), ips, run_id)


def test_emulator_killed_mid_import_stops_the_run_and_resume_after_restart_completes_it(
        tmp_path: Path) -> None:
    # The service dies with creates on the wire. The run must not spend its retry budget
    # on a service that refuses connections: the breaker stops it, exit 1, with the
    # command to resume and the rest of the items not attempted. The service comes back
    # on the same port and state file; the resume completes the import: every IOC once.
    ips = ph.ioc_ips(800)
    history = tmp_path / "runs.db"
    with ph.cleanup() as started:
        # 10 ms per request and 4 on the wire: the loop takes about 2 s, so the kill at a
        # quarter of it lands with most of it ahead
        emulator = ph.Emulator(tmp_path, {"push_s": 0.5, "rate_limit": {"enabled": False},
                                          "faults": {"latency_ms": 10.0}}, db=tmp_path / "tenant.db").start()
        started.append(emulator)
        run = bulk_import(tmp_path, emulator, ips, concurrency=4, history=history)
        started.append(run)

        def a_quarter_done() -> bool:
            if not run.alive():
                raise AssertionError(f"the run ended before the kill: {run.stderr[-3000:]}")
            return len(ph.items_with(history, "import")) >= len(ips) // 4

        ph.wait_for(a_quarter_done, what="a quarter of the import recorded")
        assert emulator.kill() == -signal.SIGKILL

        code, summary = finished(run)  # HANG_S: retrying each item against a dead port would take far longer
        run_id = summary["run_id"]
        assert code == 1 and summary["status"] == "failed"
        assert "connections to the service failed" in summary["error"] and "not attempted" in summary["error"]
        assert f"resume with: sasekit run --resume {run_id} --history {history}" in run.stderr
        attempted = len(ph.items_with(history, "import")) + len(ph.items_with(history, "import", "failed"))
        assert attempted < len(ips)  # it stopped sending

        emulator.start()  # same port, same --db, same admin secret
        emulator.set_faults(latency_ms=0.0)  # the slow requests were only there to place the kill
        again = resume(tmp_path, emulator, run_id, history)
        started.append(again)
        code, summary = finished(again)
        assert code == 0, again.stderr[-3000:]
        assert summary["status"] == "succeeded" and summary["failed_items"] == 0
        assert_imported_once(ph.tenant(emulator.url), ips, run_id)


def test_two_imports_from_one_machine_share_the_rate_limit(tmp_path: Path) -> None:
    # The service counts requests per source IP: over 200 in a rolling second -> 429,
    # over 260 -> 403 and a block. Each process may send 120 a second (rate_limit_per_minute
    # 7,200 in the profile; with the bucket's burst of 20 at most 140 in any second):
    # alone within the limit, two on their own buckets 240 a second, past it. Sharing a
    # state folder, as documented, they take from one bucket: together they stay under
    # the limit — no 429, so no 403 — and both finish with nothing failed. (On separate
    # state folders the same pair draws 429s and has to back off.)
    a_ips, b_ips = ph.ioc_ips(400), ph.ioc_ips(400, start=10_001)
    with ph.cleanup() as started:
        emulator = ph.Emulator(tmp_path, {"push_s": 0.5, "rate_limit": {
            "enabled": True, "window_s": 1.0, "limit": 200, "block_at": 260, "block_s": 5.0}}).start()
        started.append(emulator)
        runs = []
        for name, ips in (("a", a_ips), ("b", b_ips)):
            # the default history and token cache (so the bucket beside it), in one state folder
            runs.append(bulk_import(tmp_path, emulator, ips, concurrency=32, rate_limit_per_minute=60 * 120,
                                    name=name))
            started.append(runs[-1])
        results = [finished(run) for run in runs]
        for run, (code, summary) in zip(runs, results, strict=True):
            assert code == 0, run.stderr[-3000:]
            assert summary["status"] == "succeeded" and summary["failed_items"] == 0
        answered = emulator.stats()["status"]
        assert answered.get("403", 0) == 0 and answered.get("429", 0) == 0, answered
        state = ph.tenant(emulator.url)
    assert sorted(state["addresses"]) == sorted(ph.ioc_name(ip) for ip in a_ips + b_ips)
    assert len(state["pushes"]) == 2
