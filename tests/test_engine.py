"""The engine seam: flows that page or push run beside each other, tokens are shared
only by clients that agree on everything that makes a token, reads that look for one
object follow every page, and the one retry configuration decides retries."""

from __future__ import annotations

import contextlib
import json
import threading
import time
from typing import Any

import httpx
import pytest

from client_fixtures import fresh_tokens, served, sync_client
from sasekit import Client, engine, errors
from sasekit import transport as t
from sasekit.emulator import DEMO_ACCOUNT
from sasekit.workflows.history import History
from sasekit.workflows.runner import Runner


@pytest.fixture(autouse=True)
def _fresh_tokens() -> None:
    fresh_tokens()


class InFlight:
    """Wraps the emulator's pipeline: the most list requests it was answering at once."""

    def __init__(self, app: Any) -> None:
        self.original = app.respond
        self.now = 0
        self.most = 0
        self.lists = 0

    async def respond(self, request: Any) -> Any:
        listing = request.method == "GET" and request.url.path.endswith("/addresses")
        if listing:
            self.lists += 1
            self.now += 1
            self.most = max(self.most, self.now)
        try:
            return await self.original(request)
        finally:
            if listing:
                self.now -= 1


# --------------------------------------------------------------------------- no blocking inside flows


def run_loop(client: Client, tmp_path: Any, body: str, items: list[Any], concurrency: int) -> Any:
    """A one-step workflow: ``body`` (YAML of the loop's ``do``) over ``items``."""
    workflow = tmp_path / "loop.yaml"
    do = "\n".join("      " + line for line in body.strip().splitlines())
    workflow.write_text(f"name: loop\nsteps:\n  - id: loop\n    foreach: {{items: {json.dumps(items)}}}\n"
                        f"    concurrency: {concurrency}\n    do:\n{do}\n", encoding="utf-8")
    with contextlib.closing(History(tmp_path / "runs.db")) as history:
        return Runner(client, history, base_dir=tmp_path).run(workflow)


def test_loop_items_that_page_run_side_by_side_on_the_fan_out(tmp_path, monkeypatch):
    """16 loop items, each paging through 3 pages, overlap: the emulator answers many of
    their list requests at once, and the loop takes far less than 16 items' pages in a row."""
    latency_s = 0.1
    with served(rate_limit={"enabled": False}) as srv, sync_client(srv) as c:
        for i in range(5):
            c.call("address", "create", folder="Shared", name=f"pg{i}", ip_netmask=f"192.0.2.{i + 1}/32")
        inflight = InFlight(srv.app)
        monkeypatch.setattr(srv.app, "respond", inflight.respond)
        srv.app.faults.update({"latency_ms": latency_s * 1000})
        started = time.monotonic()
        result = run_loop(c, tmp_path, "resource: address\noperation: list\nall: true\n"
                                       "parameters: {folder: Shared, limit: 2}", list(range(16)), 16)
        elapsed = time.monotonic() - started
    assert result.status == "succeeded", result.error
    outputs = result.steps["loop"]["output"]
    assert len(outputs) == 16
    assert all(sorted(a["name"] for a in out) == [f"pg{i}" for i in range(5)] for out in outputs)
    assert inflight.lists == 16 * 3  # pages of 2, 2 and 1
    assert inflight.most >= 8, inflight.most  # the items' pages were on the wire together
    serial = 16 * 3 * latency_s
    assert elapsed < serial / 2, (elapsed, serial)  # generous: together they take about 3 latencies


def test_a_push_inside_a_loop_waits_on_the_fan_out_without_a_thread(tmp_path, monkeypatch):
    """Push-and-wait is a flow: a loop of pushes runs on the fan-out, not on threads."""
    def no_threads(*_a: Any, **_k: Any) -> Any:
        raise AssertionError("a loop of pushes went to the thread pool")

    monkeypatch.setattr(engine, "threaded", no_threads)
    with served(rate_limit={"enabled": False}) as srv, sync_client(srv) as c:
        result = run_loop(c, tmp_path, "push: {folders: ['{{ item }}'], description: 'loop {{ item }}'}",
                          ["Remote Networks", "Mobile Users"], 2)
    assert result.status == "succeeded", result.error
    pushed = result.steps["loop"]["output"]
    assert [p["job"]["result_str"] for p in pushed] == ["OK", "OK"]
    assert all(p["children"] for p in pushed)


# --------------------------------------------------------------------------- tokens


def _client(srv: Any, client_secret: str = DEMO_ACCOUNT["client_secret"], **kw: Any) -> Client:
    return sync_client(srv, {**DEMO_ACCOUNT, "client_secret": client_secret}, **kw)


def test_clients_that_agree_share_a_token_and_ones_that_differ_do_not(tmp_path):
    with served() as srv:
        one, two = _client(srv), _client(srv)
        cached_a = _client(srv, token_cache_file=str(tmp_path / "a.json"))
        cached_b = _client(srv, token_cache_file=str(tmp_path / "b.json"))
        other_secret = _client(srv, client_secret="not-the-secret")
        assert one.tokens is two.tokens
        managers = {id(m) for m in (one.tokens, cached_a.tokens, cached_b.tokens, other_secret.tokens)}
        assert len(managers) == 4
        cached_a.call("address", "list", folder="Shared", limit=1)
        cached_b.call("address", "list", folder="Shared", limit=1)
        for name in ("a.json", "b.json"):  # the second client's cache file is not ignored
            path = tmp_path / name
            assert path.is_file() and path.stat().st_mode & 0o777 == 0o600
            assert json.loads(path.read_text())  # one entry, keyed by client id and TSG
        with pytest.raises(errors.TokenFetchError):
            other_secret.call("address", "list", folder="Shared", limit=1)
        for c in (one, two, cached_a, cached_b, other_secret):
            c.close()


def test_the_token_key_holds_a_fingerprint_never_the_secret():
    from sasekit.settings import Secret, Settings

    s = Settings(client_id="id@1.iam.panserviceaccount.com", client_secret=Secret("s3cr3t-value"), tsg_id="1")
    key = engine.token_key(s)
    assert "s3cr3t-value" not in repr(key)
    assert key != engine.token_key(Settings(client_id=s.client_id, client_secret=Secret("other"), tsg_id="1"))


# --------------------------------------------------------------------------- complete reads


def test_create_de_duplication_finds_the_exact_name_beyond_the_first_page():
    """The name filter matches substrings: 250 other objects come first, the one looked
    for is on the second page."""
    with served(rate_limit={"enabled": False}) as srv, sync_client(srv) as c:
        c.call_many("address", "create", [{"folder": "Shared", "name": f"dupweb-{i:03}",
                                           "ip_netmask": "192.0.2.1/32"} for i in range(250)], concurrency=8)
        made = c.call("address", "create", folder="Shared", name="web", ip_netmask="192.0.2.9/32")
        found = c.existing("address", {"folder": "Shared", "name": "web", "ip_netmask": "192.0.2.9/32"})
        assert found is not None and found["id"] == made["id"]
        assert c.existing("address", {"folder": "Shared", "name": "we", "ip_netmask": "192.0.2.9/32"}) is None


class PagedJobs:
    """A tenant whose job list is oldest first, 200 a page: the push's child is on page 3."""

    def __init__(self) -> None:
        self.jobs = [{"id": str(i), "parent_id": "0", "status_str": "FIN", "result_str": "OK",
                      "type_str": "CommitAll"} for i in range(1, 451)]
        self.jobs.append({"id": "451", "parent_id": "0", "status_str": "FIN", "result_str": "OK",
                          "type_str": "CommitAndPush"})
        self.jobs.append({"id": "452", "parent_id": "451", "status_str": "FIN", "result_str": "FAIL",
                          "type_str": "CommitAll", "details": json.dumps({"errors": ["bad rule"]})})
        self.offsets: list[int] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/access_token"):
            return httpx.Response(200, json={"access_token": "tok", "token_type": "Bearer", "expires_in": 899})
        if request.url.path.endswith("/jobs"):
            offset = int(request.url.params.get("offset", 0))
            self.offsets.append(offset)
            page = self.jobs[offset:offset + 200]
            return httpx.Response(200, json={"data": page, "limit": 200, "offset": offset,
                                             "total": len(self.jobs)})
        job_id = request.url.path.rsplit("/", 1)[-1]
        return httpx.Response(200, json={"data": [j for j in self.jobs if j["id"] == job_id]})


def test_the_job_waiter_finds_children_on_every_page_of_the_job_list():
    tenant = PagedJobs()
    with Client("id", "secret", "1", base_url="http://scm", auth_url="http://scm", rate_limit=0,
                transport=httpx.MockTransport(tenant)) as c, pytest.raises(errors.JobFailed) as failed:
        c.wait_job("451", timeout=5)
    assert tenant.offsets == [0, 200, 400]
    assert "bad rule" in str(failed.value.details)


# --------------------------------------------------------------------------- one retry configuration


def test_the_retry_configuration_decides_which_statuses_are_retried():
    sent: list[int] = []
    answers = iter([500, 500, 201])

    def tenant(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/access_token"):
            return httpx.Response(200, json={"access_token": "tok", "expires_in": 899})
        status = next(answers)
        sent.append(status)
        return httpx.Response(status, json={"id": "1", "name": "a"} if status == 201 else {"_errors": []})

    policy = t.RetryPolicy(max_retries=3, base=0.0, cap=0.0, statuses=frozenset({500}))
    with Client("id", "secret", "1", base_url="http://scm", auth_url="http://scm", rate_limit=0, retry=policy,
                transport=httpx.MockTransport(tenant)) as c:
        assert c.call("address", "get", id="1")["name"] == "a"
    assert sent == [500, 500, 201]
    assert not policy.retries_status(403, True) and policy.retries_status(500, True)
    assert not policy.retries_status(500, False)  # a POST that is not a create is not repeated


@pytest.mark.parametrize("bad", [0, 65, True, "8", 2.5])
def test_one_concurrency_range_for_bulk_calls_and_loops(bad):
    with pytest.raises(ValueError, match="concurrency must be a whole number from 1 to 64"):
        t.check_concurrency(bad)
    assert t.check_concurrency(64) == 64 and range(1, 65) == t.CONCURRENCY


# --------------------------------------------------------------------------- drivers


def test_the_three_drivers_run_the_same_flow_to_the_same_answer():
    """Blocking, awaited and libcurl drivers: one flow (a call that pages), one answer."""
    import asyncio

    from sasekit import AsyncClient

    with served(rate_limit={"enabled": False}) as srv, sync_client(srv) as c:
        for i in range(3):
            c.call("address", "create", folder="Shared", name=f"d{i}", ip_netmask="192.0.2.1/32")
        e = c.engine

        def flow() -> t.Flow[list[Any]]:
            return e.list_all("address", "list", {"folder": "Shared", "limit": 2})

        blocking = e.run(flow())
        fanned = e.fanout().run(flow())
        a = DEMO_ACCOUNT

        async def awaited() -> list[Any]:
            async with AsyncClient(a["client_id"], a["client_secret"], a["tsg_id"], base_url=srv.url,
                                   auth_url=srv.url, setup_url=srv.url, rate_limit=0) as ac:
                return await ac.driver.run(ac.engine.list_all("address", "list", {"folder": "Shared", "limit": 2}))

        waited = asyncio.run(awaited())
    names = [x["name"] for x in blocking]
    assert names == [x["name"] for x in fanned] == [x["name"] for x in waited] == ["d0", "d1", "d2"]


def test_a_flow_that_emits_outside_a_streaming_call_is_a_bug_not_a_hang():
    with Client("id", "secret", "1", base_url="http://scm", auth_url="http://scm", rate_limit=0,
                transport=httpx.MockTransport(lambda r: httpx.Response(500))) as c:
        def emitting() -> t.Flow[None]:
            yield t.Emit([1])

        with pytest.raises(RuntimeError, match="outside a streaming call"):
            c.engine.run(emitting())


def test_engine_threads_share_one_blocking_http_client():
    with Client("id", "secret", "1", base_url="http://scm", auth_url="http://scm", rate_limit=0,
                transport=httpx.MockTransport(lambda r: httpx.Response(500))) as c:
        seen: list[int] = []
        threads = [threading.Thread(target=lambda: seen.append(id(c.engine.http))) for _ in range(8)]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
    assert len(set(seen)) == 1
