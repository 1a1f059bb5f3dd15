"""A run killed with SIGKILL in the middle of a loop, then ``sasekit run --resume``, ends
in exactly the tenant state of an uninterrupted run: real ``python -m sasekit``
subprocesses against emulators served on 127.0.0.1.

The emulator holds back the answer to the 9th create of the loop after applying it; the
loop runs one item at a time, so by then the 8 before it are answered and recorded. The
test kills the run right there: the worst moment, a change made but not recorded. Resume sends that one again
and takes its 409 (same content) as done, and sends none of the creates the history had
recorded.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from client_fixtures import fresh_tokens, served, sync_client
from conftest import ROOT
from fakes import HANG_GUARD_S
from sasekit.emulator import DEMO_ACCOUNT

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

COUNT = 40
KILL_AFTER = 8  # loop items recorded as done before the kill

WORKFLOW = """
name: kill-and-resume
inputs:
  count: {type: integer, default: 40}
steps:
  - id: tag
    resource: tag
    operation: create
    parameters: {folder: Shared, name: KillTest}
  - id: hosts
    foreach: "{{ range(inputs.count) | list }}"
    as: i
    do:
      resource: address
      operation: create
      parameters:
        folder: Shared
        name: "{{ 'KILL_%02d' | format(i) }}"
        ip_netmask: "198.51.100.{{ i + 1 }}/32"
        tag: [KillTest]
  - id: group
    resource: addressGroup
    operation: create
    parameters:
      folder: Shared
      name: Killed_Hosts
      static: "{{ steps.hosts.output | map(attribute='name') | list }}"
  - id: rule
    resource: securityRule
    operation: create
    parameters:
      folder: Shared
      position: pre
      name: Block_Killed_Hosts
      action: deny
      from: [any]
      to: [any]
      source: ["{{ steps.group.output.name }}"]
      destination: [any]
      application: [any]
      service: [any]
  - id: push
    push: {folders: [Shared], description: kill and resume}
"""


def environment(url: str, tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("SCM_", "SASEKIT_")) and k.lower() not in ("http_proxy", "https_proxy", "all_proxy")}
    env.update({"SCM_CLIENT_ID": DEMO_ACCOUNT["client_id"], "SCM_CLIENT_SECRET": DEMO_ACCOUNT["client_secret"],
                "SCM_TSG_ID": DEMO_ACCOUNT["tsg_id"], "SCM_BASE_URL": url, "SCM_AUTH_URL": url,
                "SCM_SETUP_URL": url, "SASEKIT_STATE_DIR": str(tmp / "state"),
                "SASEKIT_CONFIG_DIR": str(tmp / "config"), "NO_PROXY": "127.0.0.1,localhost",
                "PYTHONPATH": str(ROOT / "src")})
    return env


def sasekit(*args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "sasekit", *args], capture_output=True, text=True, env=env,
                          cwd=cwd, timeout=60)


def done_items(db: Path) -> tuple[str | None, int]:
    """(run id, loop items recorded as done) as another process sees the history now."""
    if not db.exists():
        return None, 0
    con = sqlite3.connect(db, timeout=5)
    try:
        run = con.execute("SELECT id FROM runs").fetchone()
        count = con.execute("SELECT count(*) FROM steps WHERE step='hosts' AND item != '' "
                            "AND status='done'").fetchone()[0]
        return (run[0] if run else None), count
    except sqlite3.OperationalError:  # tables not created yet
        return None, 0
    finally:
        con.close()


class HoldOne:
    """Wraps the emulator's pipeline: create number ``n`` (from 1) is applied, then its
    answer is held back until ``release`` is set (``applied`` says it is being held)."""

    def __init__(self, app: Any, n: int) -> None:
        self.original, self.n, self.seen = app.respond, n, 0
        self.applied, self.release = threading.Event(), threading.Event()
        self.sent: list[str] = []

    async def respond(self, request: Any) -> Any:
        if not (request.method == "POST" and request.url.path.endswith("/addresses")):
            return await self.original(request)
        self.sent.append(json.loads(await request.body())["name"])  # starlette caches the body
        self.seen += 1
        answer = await self.original(request)
        if self.seen == self.n:
            self.applied.set()
            await asyncio.to_thread(self.release.wait, HANG_GUARD_S)
        return answer


def tenant_state(srv: Any) -> dict[str, Any]:
    with sync_client(srv) as c:
        names = [a["name"] for a in c.paginate("address", "list", folder="Shared")]
        groups = c.call("addressGroup", "list", folder="Shared")["data"]
        rules = c.call("securityRule", "list", folder="Shared", position="pre")["data"]
        tags = c.call("tag", "list", folder="Shared")["data"]
        jobs = c.call("job", "list")["data"]
    return {
        "addresses": sorted(names), "count": len(names), "distinct": len(set(names)),
        "tags": sorted(t["name"] for t in tags),
        "groups": [(g["name"], sorted(g["static"])) for g in groups],
        "rules": [(r["name"], r["action"], r["source"]) for r in rules],
        "jobs": sorted((j["type_str"], j["status_str"], j["result_str"]) for j in jobs),
    }


def test_sigkill_mid_loop_then_resume_matches_an_uninterrupted_run(tmp_path: Path) -> None:
    fresh_tokens()
    (tmp_path / "wf.yaml").write_text(WORKFLOW.lstrip(), encoding="utf-8")
    db = tmp_path / "history.db"

    with served(rate_limit={"enabled": False}) as srv:
        env = environment(srv.url, tmp_path)
        hold = HoldOne(srv.app, KILL_AFTER + 1)
        srv.app.respond = hold.respond
        proc = subprocess.Popen([sys.executable, "-m", "sasekit", "run", "wf.yaml", "--history", str(db),
                                 "-o", "json"], cwd=tmp_path, env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        try:
            if not hold.applied.wait(HANG_GUARD_S):
                proc.kill()
                pytest.fail(f"create {KILL_AFTER + 1} never arrived: {proc.communicate()}")
            # items are recorded as they are answered, one at a time: the history holds the 8 before it
            assert proc.poll() is None and done_items(db)[1] == KILL_AFTER
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
        finally:
            hold.release.set()
            proc.kill()
            proc.communicate(timeout=10)
        srv.app.respond = hold.original
        assert proc.returncode == -signal.SIGKILL

        run_id, done = done_items(db)
        assert run_id and done == KILL_AFTER
        killed = tenant_state(srv)
        # Every recorded item exists, and one more: the create applied but never answered.
        assert killed["count"] == done + 1 and hold.sent == [f"KILL_{i:02d}" for i in range(done + 1)]
        assert killed["groups"] == [] and killed["jobs"] == []
        con = sqlite3.connect(db)
        assert con.execute("SELECT status FROM runs WHERE id=?", (run_id,)).fetchone()[0] == "running"
        recorded = {json.loads(out)["name"] for (out,) in con.execute(
            "SELECT output FROM steps WHERE step='hosts' AND item != '' AND status='done'")}
        con.close()
        assert len(recorded) == done

        sent_on_resume: list[str] = []
        original = srv.app.respond

        async def respond(request: Any) -> Any:
            if request.method == "POST" and request.url.path.endswith("/addresses"):
                sent_on_resume.append(json.loads(await request.body())["name"])
            return await original(request)

        srv.app.respond = respond
        resumed = sasekit("run", "--resume", run_id, "--history", str(db), "-o", "json", env=env, cwd=tmp_path)
        srv.app.respond = original
        assert resumed.returncode == 0, resumed.stderr
        summary = json.loads(resumed.stdout)
        assert summary["run_id"] == run_id and summary["status"] == "succeeded"
        assert not recorded & set(sent_on_resume)  # no completed change was repeated
        assert sent_on_resume == [f"KILL_{i:02d}" for i in range(done, COUNT)]  # the rest, in order
        # Objects this process made: the addresses not yet on the tenant, the group, the rule.
        assert summary["objects_created"] == COUNT - killed["count"] + 2
        after_resume = tenant_state(srv)

    fresh_tokens()
    with served(rate_limit={"enabled": False}) as fresh:
        clean = sasekit("run", "wf.yaml", "--history", str(tmp_path / "clean.db"), "-o", "json",
                        env=environment(fresh.url, tmp_path), cwd=tmp_path)
        assert clean.returncode == 0, clean.stderr
        uninterrupted = tenant_state(fresh)

    expected_names = sorted(f"KILL_{i:02d}" for i in range(COUNT))
    assert uninterrupted["addresses"] == expected_names and uninterrupted["distinct"] == COUNT
    assert uninterrupted["groups"] == [("Killed_Hosts", expected_names)]
    assert uninterrupted["rules"] == [("Block_Killed_Hosts", "deny", ["Killed_Hosts"])]
    assert uninterrupted["jobs"] == [("CommitAll", "FIN", "OK"), ("CommitAndPush", "FIN", "OK")]
    assert after_resume == uninterrupted
