"""Nothing lost, nothing repeated: the bulk-import workflow under failures, then resumed.

Each test runs the built-in ``bulk-ioc-import`` template (or a small workflow) through
the runner against an emulator served on 127.0.0.1, makes it fail the way a tenant
does (5xx answers, a lost answer, a job that cannot be polled, a server that goes
away), resumes, and checks the tenant: every IOC once, a group holding all of them,
one push per change. The client's waits run on a fake clock (no sleeping).
"""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from typing import Any

import pytest

from client_fixtures import fresh_tokens, served, sync_client
from fakes import HANG_GUARD_S, FakeClock, virtual_fanout, virtual_sleeps
from sasekit import errors
from sasekit.emulator.serve import ServerThread
from sasekit.workflows.history import History
from sasekit.workflows.runner import Runner, RunResult

TEMPLATE = Path(__file__).resolve().parents[1] / "src" / "sasekit" / "workflows" / "templates" / "bulk-ioc-import.yaml"


@pytest.fixture(autouse=True)
def _fresh_tokens() -> None:
    fresh_tokens()


def iocs_csv(tmp_path: Path, n: int) -> Path:
    path = tmp_path / "iocs.csv"
    path.write_text("ioc\n" + "".join(f"198.51.100.{i}\n" for i in range(1, n + 1)), encoding="utf-8")
    return path


def ioc_name(i: int) -> str:
    return f"IOC_198_51_100_{i}"


def on_the_clock(monkeypatch: Any, client: Any, srv: Any) -> FakeClock:
    """The client's waits and deadlines, and the emulator's push jobs, on one fake clock,
    starting now (a push's send time and its job's start time are compared)."""
    clock = FakeClock(time.time())
    monkeypatch.setattr(srv.app.handlers, "clock", clock)
    virtual_fanout(monkeypatch, clock)
    virtual_sleeps(monkeypatch, client.engine, clock)
    return clock


def run(client: Any, history: History, inputs: dict[str, Any], resume: str | None = None,
        workflow: Path = TEMPLATE) -> RunResult:
    return Runner(client, history, base_dir=workflow.parent, sleep=lambda s: None).run(
        workflow, inputs, resume=resume)


def tenant(client: Any) -> dict[str, Any]:
    """What a run leaves: address names, each group's members, rule names, push jobs."""
    addresses = [a["name"] for a in client.paginate("address", "list", folder="Shared")]
    groups = {g["name"]: sorted(g.get("static") or []) for g in client.paginate("addressGroup", "list",
                                                                                 folder="Shared")}
    rules = [r["name"] for r in client.paginate("securityRule", "list", folder="Shared", position="pre")]
    jobs = [j for j in client.engine.run(client.engine.list_all("job", "list"))
            if j.get("type_str") == "CommitAndPush"]
    return {"addresses": sorted(addresses), "groups": groups, "rules": rules, "pushes": len(jobs)}


class Failing:
    """Wraps the emulator's pipeline: requests matching ``when(method, path, body)`` are
    answered 500 (``mode="500"``) or applied and their answer dropped (``mode="drop"``),
    while ``active``."""

    def __init__(self, app: Any, monkeypatch: Any, when: Any, mode: str = "500") -> None:
        from starlette.responses import Response

        self.original, self.when, self.mode, self.active, self.hits = app.respond, when, mode, True, 0
        self._response = Response

        async def respond(request: Any) -> Any:
            body = await request.body()
            data = json.loads(body) if body[:1] == b"{" else {}
            if self.active and self.when(request.method, request.url.path, data):
                self.hits += 1
                if self.mode == "500":
                    return self._response(b'{"_errors":[{"code":"E000","message":"boom"}]}', 500,
                                          media_type="application/json"), False
                answer, _ = await self.original(request)
                return answer, True
            return await self.original(request)

        monkeypatch.setattr(app, "respond", respond)


# --------------------------------------------------------------------------- resume completes the work


def test_every_item_failing_then_resume_imports_them_all(tmp_path, monkeypatch):
    # The minimal repro: 5 IOCs, every request answered 500. Nothing was imported,
    # so nothing is grouped, ruled or pushed, and the run is incomplete, not a success. With
    # the service well again, resume imports all 5, then groups, blocks and pushes them.
    csv = iocs_csv(tmp_path, 5)
    history = History(tmp_path / "runs.db")
    with served(faults={"p500": 1.0}) as srv, sync_client(srv) as client:
        on_the_clock(monkeypatch, client, srv)
        first = run(client, history, {"csv": str(csv)})
        assert first.status == "incomplete" and "step 'import': 5 items failed" in first.error
        assert first.failed_items == 5
        assert [first.steps[s]["status"] for s in ("group", "rule", "push")] == ["skipped"] * 3
        srv.app.faults.update({"p500": 0.0})
        again = run(client, history, {}, resume=first.run_id)
        state = tenant(client)
    assert again.status == "succeeded", again.error
    assert state["addresses"] == sorted(ioc_name(i) for i in range(1, 6))
    assert state["groups"] == {f"Bulk_IOCs_{first.run_id}": state["addresses"]}
    assert state["rules"] == [f"Block_Bulk_IOCs_{first.run_id}", f"Block_To_Bulk_IOCs_{first.run_id}"]
    assert state["pushes"] == 1


def test_a_partial_loop_leaves_the_run_incomplete_and_resume_finishes_it(tmp_path, monkeypatch):
    # Two IOCs keep failing; on_error: continue lets the run go on with the other three.
    # The run is not "succeeded": it is incomplete. Resume sends exactly the two, then
    # brings the group (which the first attempt made with three members) up to five.
    csv = iocs_csv(tmp_path, 5)
    history = History(tmp_path / "runs.db")
    bad = {ioc_name(2), ioc_name(4)}
    with served() as srv, sync_client(srv) as client:
        on_the_clock(monkeypatch, client, srv)
        failing = Failing(srv.app, monkeypatch,
                          lambda m, p, b: m == "POST" and p.endswith("/addresses") and b.get("name") in bad)
        first = run(client, history, {"csv": str(csv)})
        assert first.status == "incomplete" and first.failed_items == 2
        assert "step 'import': 2 items failed" in first.error
        assert history.run(first.run_id)["status"] == "incomplete"
        mid = tenant(client)
        assert mid["groups"] == {f"Bulk_IOCs_{first.run_id}": sorted(set(mid["addresses"]))}
        assert len(mid["addresses"]) == 3 and mid["pushes"] == 1
        group_id = next(iter(client.paginate("addressGroup", "list", folder="Shared")))["id"]

        failing.active = False
        sent: list[str] = []
        failing.when = lambda m, p, b: bool(m == "POST" and p.endswith("/addresses") and sent.append(b["name"]))
        failing.active = True
        again = run(client, history, {}, resume=first.run_id)
        state = tenant(client)
        group = next(iter(client.paginate("addressGroup", "list", folder="Shared")))
    assert again.status == "succeeded", again.error
    assert sorted(sent) == sorted(bad)  # exactly the items that had failed
    assert state["addresses"] == sorted(ioc_name(i) for i in range(1, 6))
    assert group["id"] == group_id and sorted(group["static"]) == state["addresses"]  # updated in place
    # their inputs did not change: replayed
    assert state["rules"] == [f"Block_Bulk_IOCs_{first.run_id}", f"Block_To_Bulk_IOCs_{first.run_id}"]
    assert state["pushes"] == 2  # the group changed, so the new candidate is pushed


def test_500s_on_half_the_creates_lose_nothing(tmp_path, monkeypatch):
    # 5xx answers are retried for creates (de-duplicated by name): with the service failing
    # half the time, the run still succeeds in one go with every IOC once.
    csv = iocs_csv(tmp_path, 60)
    history = History(tmp_path / "runs.db")
    with served(faults={"p500": 0.3, "p503": 0.1, "p502": 0.1, "seed": 5}) as srv, sync_client(srv) as client:
        on_the_clock(monkeypatch, client, srv)
        result = run(client, history, {"csv": str(csv), "concurrency": 8})
        srv.app.faults.update({"p500": 0.0, "p503": 0.0, "p502": 0.0})
        state = tenant(client)
    assert result.status == "succeeded", result.error
    assert result.failed_items == 0
    assert state["addresses"] == sorted(ioc_name(i) for i in range(1, 61))
    assert state["pushes"] == 1


# --------------------------------------------------------------------------- exactly one push


PUSH_ONLY = """
name: push-once
steps:
  - id: tag
    resource: tag
    operation: create
    parameters: {folder: Shared, name: PushOnce}
  - id: push
    push: {folders: [Shared], description: push once, timeout: 30}
"""


def push_workflow(tmp_path: Path) -> tuple[Path, History]:
    wf = tmp_path / "push.yaml"
    wf.write_text(PUSH_ONLY, encoding="utf-8")
    return wf, History(tmp_path / "runs.db")


def test_a_push_that_cannot_be_polled_is_waited_on_by_resume_not_repeated(tmp_path, monkeypatch):
    wf, history = push_workflow(tmp_path)
    with served() as srv, sync_client(srv) as client:
        on_the_clock(monkeypatch, client, srv)
        polls = Failing(srv.app, monkeypatch, lambda m, p, b: m == "GET" and "/jobs" in p)
        first = run(client, history, {}, workflow=wf)
        assert first.status == "failed" and isinstance(first.cause, errors.JobTimeout)
        assert polls.hits > 3  # each failed poll was polled again, until the deadline
        job_id, _ = history.push_state(first.run_id, "push")
        assert job_id  # recorded before the wait began
        polls.active = False
        again = run(client, history, {}, resume=first.run_id, workflow=wf)
        state = tenant(client)
    assert again.status == "succeeded", again.error
    assert state["pushes"] == 1 and again.jobs[0]["id"] == job_id


def test_transient_poll_failures_do_not_fail_the_push(tmp_path, monkeypatch):
    wf, history = push_workflow(tmp_path)
    with served() as srv, sync_client(srv, retry=errors_free_retry()) as client:
        on_the_clock(monkeypatch, client, srv)
        count = {"n": 0}

        def first_polls(method: str, path: str, _body: Any) -> bool:
            if method == "GET" and "/jobs/" in path:
                count["n"] += 1
                return count["n"] <= 2
            return False

        Failing(srv.app, monkeypatch, first_polls)
        result = run(client, history, {}, workflow=wf)
        state = tenant(client)
    assert result.status == "succeeded", result.error
    assert count["n"] > 2 and state["pushes"] == 1


def errors_free_retry() -> Any:
    """No per-call retries: a 500 while polling reaches the waiter itself."""
    from sasekit.transport import RetryPolicy

    return RetryPolicy(max_retries=0)


def test_a_push_whose_answer_was_lost_is_adopted_not_sent_again(tmp_path, monkeypatch):
    wf, history = push_workflow(tmp_path)
    with served() as srv, sync_client(srv) as client:
        on_the_clock(monkeypatch, client, srv)
        lost = Failing(srv.app, monkeypatch, lambda m, p, b: m == "POST" and p.endswith("candidate:push"),
                       mode="drop")
        result = run(client, history, {}, workflow=wf)
        lost.active = False
        state = tenant(client)
    assert lost.hits == 1
    assert result.status == "succeeded", result.error
    assert state["pushes"] == 1  # the push the lost answer had started was found and waited on


def test_a_failed_job_is_pushed_again_only_when_the_step_says_so(tmp_path, monkeypatch):
    text = PUSH_ONLY.replace("description: push once, timeout: 30",
                             "description: push once, timeout: 30, retry_failed_push: RETRY")
    history = History(tmp_path / "runs.db")
    for retry, pushes in (("false", 1), ("true", 2)):
        wf = tmp_path / f"push-{retry}.yaml"
        wf.write_text(text.replace("RETRY", retry), encoding="utf-8")
        with served() as srv, sync_client(srv) as client:
            on_the_clock(monkeypatch, client, srv)
            calls = {"n": 0}
            original = srv.app.handlers.dangling

            def first_push_fails(tsg: str, original: Any = original, calls: Any = calls) -> list[str]:
                calls["n"] += 1  # the emulator fails a push whose candidate has a dangling reference
                return ["address group 'g' refers to 'missing', which does not exist"] if calls["n"] == 1 \
                    else original(tsg)

            monkeypatch.setattr(srv.app.handlers, "dangling", first_push_fails)
            result = run(client, history, {}, workflow=wf)
            state = tenant(client)
        assert state["pushes"] == pushes, retry
        assert result.status == ("succeeded" if retry == "true" else "failed")


# --------------------------------------------------------------------------- fail fast when the service is down


def test_a_server_gone_mid_loop_stops_the_run_fast_and_resume_completes_it(tmp_path, monkeypatch):
    csv = iocs_csv(tmp_path, 120)
    history = History(tmp_path / "runs.db")
    srv = ServerThread(config=served_config()).start()
    port, app = srv.port, srv.app
    stopped = {"at": 0}
    original = app.respond

    async def until_it_no_longer_listens() -> None:
        deadline = time.monotonic() + HANG_GUARD_S
        while any(s.is_serving() for s in srv.server.servers) and time.monotonic() < deadline:
            await asyncio.sleep(0.01)

    async def stop_at_40(request: Any) -> Any:
        # Once the 40th object is made the server goes away. The answers in hand go out
        # only once it no longer listens, so the rest of the loop meets refused
        # connections however fast it runs (and however slow the machine is).
        if stopped["at"]:
            await until_it_no_longer_listens()
            return await original(request)
        answer = await original(request)
        if request.method == "POST" and request.url.path.endswith("/addresses") and app.store.count() >= 40:
            stopped["at"] = app.store.count()
            srv.server.should_exit = True
            await until_it_no_longer_listens()
        return answer

    monkeypatch.setattr(app, "respond", stop_at_40)
    with sync_client(srv) as client:
        clock = on_the_clock(monkeypatch, client, srv)
        began = clock.now
        first = run(client, history, {"csv": str(csv), "concurrency": 4})
        srv.thread.join(timeout=10)
        assert first.status == "failed"
        assert "connections to the service failed" in first.error and "not attempted" in first.error
        assert clock.now - began < 60  # it gave up in well under a minute of waiting
        monkeypatch.setattr(app, "respond", original)
        with ServerThread(app=app, port=port):
            client.engine.breaker.success()  # (a new process would start with a closed breaker)
            again = run(client, history, {}, resume=first.run_id)
            state = tenant(client)
    assert again.status == "succeeded", again.error
    assert state["addresses"] == sorted(ioc_name(i) for i in range(1, 121))
    assert list(state["groups"].values()) == [state["addresses"]] and state["pushes"] == 1


def served_config() -> Any:
    from client_fixtures import config

    return config()


# --------------------------------------------------------------------------- one retry policy


class Scripted:
    """Answers the requests matching ``when`` from a script, one entry per matching request:
    "apply+drop" (the emulator applies it, the connection then dies), "500", "503" (with
    Retry-After: 2), "401"; past the script's end, the emulator answers as usual. A request
    whose token the emulator refuses gets its 401 first, as from the service."""

    def __init__(self, app: Any, monkeypatch: Any, when: Any, script: list[str]) -> None:
        from starlette.responses import Response

        from sasekit.emulator.auth import AuthFailure

        self.original, self.when, self.script, self.seen = app.respond, when, list(script), []

        def authenticated(request: Any) -> bool:
            try:
                app.auth.verify(request.headers.get("authorization"))
            except AuthFailure:
                return False
            return True

        async def respond(request: Any) -> Any:
            body = await request.body()
            data = json.loads(body) if body[:1] == b"{" else {}
            if self.script and self.when(request.method, request.url.path, data) and authenticated(request):
                step = self.script.pop(0)
                self.seen.append(step)
                if step == "apply+drop":
                    answer, _ = await self.original(request)
                    return answer, True
                status = int(step)
                headers = {"Retry-After": "2"} if status == 503 else {}
                code = {401: "E016", 500: "E000", 503: "E000"}[status]
                return Response(json.dumps({"_errors": [{"code": code, "message": f"scripted {status}"}]}).encode(),
                                status, headers=headers, media_type="application/json"), False
            return await self.original(request)

        monkeypatch.setattr(app, "respond", respond)


def test_a_call_that_outlives_two_tokens_is_replayed_on_each(monkeypatch):
    # Tokens live 3 s; the service asks twice for 2 s patience (503, Retry-After: 2) before
    # each answer. The call outlives its first token and then its second: each new token
    # gets its one replay (the second 401 used to be raised as "Key Expired").
    from sasekit import engine as engine_module
    from sasekit.auth import TokenManager
    from sasekit.emulator.auth import TokenAuthority

    clock = FakeClock()
    monkeypatch.setattr(engine_module, "shared_tokens", lambda settings: TokenManager(settings, clock=clock))
    with served(token_ttl_s=3.0) as srv, sync_client(srv) as client:
        srv.app.auth = TokenAuthority(srv.app.config, clock=clock)
        waits = virtual_sleeps(monkeypatch, client.engine, clock)
        patient = Scripted(srv.app, monkeypatch, lambda m, p, b: m == "POST" and p.endswith("/addresses"),
                           ["503", "503", "503", "503"])
        made = client.call("address", "create", folder="Shared", name="long_call", ip_netmask="192.0.2.7/32")
        statuses = dict(srv.app.stats["status"])
    assert made["name"] == "long_call"
    assert patient.seen == ["503"] * 4 and waits == [2.0] * 4
    assert srv.app.auth.issued == 3  # the first token, and one for each 401
    assert statuses.get(401) == 2


@pytest.mark.parametrize("after", [["500"] * 7, ["401", "401"]], ids=["then 500s", "then two 401s"])
def test_an_applied_create_is_never_reported_failed(monkeypatch, after):
    # The server applies the create and the answer is lost; every retry then fails (500s
    # until the budget is spent, or 401s). The object exists, so the call succeeds with it.
    with served() as srv, sync_client(srv) as client:
        virtual_sleeps(monkeypatch, client.engine, FakeClock())
        Scripted(srv.app, monkeypatch, lambda m, p, b: m == "POST" and p.endswith("/addresses"),
                 ["apply+drop", *after])
        made = client.call("address", "create", folder="Shared", name="applied", ip_netmask="192.0.2.8/32")
        listed = [a["name"] for a in client.paginate("address", "list", folder="Shared")]
    assert made["name"] == "applied" and made["ip_netmask"] == "192.0.2.8/32"
    assert listed == ["applied"]


def test_processes_sharing_a_bucket_share_the_rate_and_the_hold(tmp_path):
    # Two clients (as in two processes) keep their bucket in one file: together they go at
    # one client's rate, and a 429 seen by one holds the other.
    from sasekit.limiter import RateLimiter

    clock = FakeClock(100.0)
    path = tmp_path / "bucket"
    first, second = (RateLimiter(600, burst=10, clock=clock, shared=path) for _ in range(2))
    sent = []
    for i in range(60):  # alternating, as two busy processes would
        clock.sleep((first if i % 2 else second).reserve())
        sent.append(clock.now)
    # 10 at once (the burst), then 10 a second between them both: 50 more take 5 s
    assert sent[9] == 100.0 and sent[-1] == pytest.approx(105.0)
    first.throttled(7.0)
    assert second.held() == pytest.approx(7.0)
    assert second.reserve() >= 7.0
    assert second.rate == pytest.approx(5.0)  # halved for everyone


def test_a_create_applied_before_the_service_went_away_says_it_may_have_been(monkeypatch, tmp_path):
    # The create is applied, its answer lost, and the service is gone before any retry:
    # nobody can tell yet whether it was made. The error must not say "did not reach the
    # server", and the run's record says "unknown" (resume finds out), not "failed".
    srv = ServerThread(config=served_config()).start()
    port, app, original = srv.port, srv.app, srv.app.respond

    async def apply_then_vanish(request: Any) -> Any:
        answer, _ = await original(request)
        if request.method == "POST" and request.url.path.endswith("/addresses"):
            srv.server.should_exit = True
            return answer, True
        return answer, False

    class GoneByTheRetry(FakeClock):
        def sleep(self, seconds: float) -> None:  # the backoff outlasts the server's shutdown
            srv.thread.join(timeout=10)
            super().sleep(seconds)

    with sync_client(srv) as client:
        virtual_sleeps(monkeypatch, client.engine, GoneByTheRetry())
        client.call("tag", "list", folder="Shared")  # a token while the service is there
        monkeypatch.setattr(app, "respond", apply_then_vanish)
        with pytest.raises(errors.TransportError) as exc:
            client.call("address", "create", folder="Shared", name="R1", ip_netmask="192.0.2.1/32")
        assert exc.value.may_have_reached_server is True and "may have reached the server" in str(exc.value)
        srv.thread.join(timeout=10)
        monkeypatch.setattr(app, "respond", original)
        with ServerThread(app=app, port=port):
            assert [a["name"] for a in client.paginate("address", "list", folder="Shared")] == ["R1"]
