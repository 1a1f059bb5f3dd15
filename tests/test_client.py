"""The client against the emulator: configuration, tokens, dispatch, validation,
transport, pagination, folders, push and jobs, logging and the health check."""

from __future__ import annotations

import asyncio
import logging
import os
import stat
import threading

import pytest

from client_fixtures import FAST_RETRY, async_client, config, fresh_tokens, served, sync_client
from fakes import FakeClock, Recorder, virtual_sleeps
from sasekit import Client, errors
from sasekit import engine as engine_module
from sasekit.auth import TokenManager
from sasekit.emulator import DEMO_ACCOUNT, Account, EmulatorConfig, create_app
from sasekit.emulator.auth import TokenAuthority
from sasekit.emulator.limits import RateLimiter as EmulatorRateLimiter
from sasekit.emulator.serve import ServerThread
from sasekit.jobs import FIRST_POLL_S
from sasekit.transport import RateLimiter, RetryPolicy

BASE = "/sse/config/v1"
ADDRESS = {"folder": "Shared", "name": "Malicious_IP_203_0_113_42", "ip_netmask": "203.0.113.42/32",
           "description": "IP flagged by threat intel feed on 2026-05-04", "tag": ["Blocked", "ThreatIntel"]}
# The tags ADDRESS names: a push fails while a referenced tag does not exist (api-facts).
ADDRESS_TAGS = [{"resource": "tag", "operation": "create", "parameters": {"folder": "Shared", "name": n}}
                for n in ADDRESS["tag"]]


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path):
    fresh_tokens()
    for var in ("SCM_CLIENT_ID", "SCM_CLIENT_SECRET", "SCM_TSG_ID", "SCM_BASE_URL", "SCM_AUTH_URL",
                "SCM_SETUP_URL", "SASEKIT_PROFILE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("SASEKIT_CONFIG_DIR", str(tmp_path / "cfg"))
    yield
    fresh_tokens()


@pytest.fixture(scope="module")
def srv():
    with served() as server:
        yield server


# --------------------------------------------------------------------------- configuration


def test_missing_credentials_fail_before_any_http_call():
    with pytest.raises(errors.ConfigError) as exc:
        Client(base_url="http://127.0.0.1:9")
    assert "clientId is required" in str(exc.value)
    assert "clientSecret is required" in str(exc.value) and "tsgId is required" in str(exc.value)


def test_environment_supplies_credentials_and_urls(srv, monkeypatch):
    monkeypatch.setenv("SCM_CLIENT_ID", DEMO_ACCOUNT["client_id"])
    monkeypatch.setenv("SCM_CLIENT_SECRET", DEMO_ACCOUNT["client_secret"])
    monkeypatch.setenv("SCM_TSG_ID", DEMO_ACCOUNT["tsg_id"])
    for var in ("SCM_BASE_URL", "SCM_AUTH_URL", "SCM_SETUP_URL"):
        monkeypatch.setenv(var, srv.url)
    with Client(rate_limit=0) as c:
        assert c.call("address", "list", folder="Shared")["offset"] == 0
        assert c.settings.source["client_id"] == "env SCM_CLIENT_ID"


# --------------------------------------------------------------------------- tokens


def test_fifty_threads_cause_one_token_request():
    with served() as s, sync_client(s) as c:
        barrier = threading.Barrier(50)
        failures = []

        def work():
            barrier.wait()
            try:
                c.call("address", "list", folder="Shared", limit=1)
            except Exception as exc:
                failures.append(exc)

        threads = [threading.Thread(target=work) for _ in range(50)]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        assert not failures
        assert s.app.auth.issued == 1
        assert c.tokens.requests == 1


@pytest.mark.anyio
async def test_two_hundred_tasks_cause_one_token_request():
    c, app = async_client()
    async with c:
        results = await asyncio.gather(*(c.call("address", "list", folder="Shared", limit=1) for _ in range(200)))
    assert len(results) == 200
    assert app.auth.issued == 1


@pytest.mark.anyio
async def test_async_call_many_validates_first_keeps_order_and_stops_at_the_first_failure():
    c, app = async_client()
    items = [{"folder": "Shared", "name": f"A{i}", "ip_netmask": f"192.0.2.{i}/32"} for i in range(1, 41)]
    async with c:
        with pytest.raises(errors.ValidationError, match=r"item 3"):
            await c.call_many("address", "create", [*items[:3], {"folder": "Shared", "name": "x" * 70}])
        assert app.stats["requests"] == 0  # nothing was sent, not even for a token
        made = await c.call_many("address", "create", items[:30], concurrency=6)
        assert [m["name"] for m in made] == [i["name"] for i in items[:30]]
        with pytest.raises(errors.BulkFailed) as caught:
            await c.call_many("address", "create", items[28:], concurrency=1)
        assert caught.value.index == 0 and isinstance(caught.value.cause, errors.NameNotUnique)
        assert caught.value.results[1:] == [None] * 11  # nothing started after the failure
        mixed = await c.call_many("address", "create", items[28:], return_exceptions=True)
        assert [type(r).__name__ for r in mixed[:3]] == ["NameNotUnique", "NameNotUnique", "dict"]
        listed = await c.call("address", "list", folder="Shared", limit=500)
    assert sorted(a["name"] for a in listed["data"]) == sorted(i["name"] for i in items)


@pytest.mark.anyio
async def test_token_expiring_mid_run_is_refreshed_without_errors(monkeypatch):
    # The identity provider and the client's token manager on one fake clock.
    clock = FakeClock()
    monkeypatch.setattr(engine_module, "shared_tokens", lambda settings: TokenManager(settings, clock=clock))
    app = create_app(config(token_ttl_s=1.0))
    app.auth = TokenAuthority(app.config, clock=clock)
    c, _ = async_client(app)
    async with c:
        for _ in range(40):  # 2.5 s of calls, one every 1/16 s (exact in binary: no rounding at the edges)
            await c.call("address", "list", folder="Shared", limit=1)
            clock.now += 1 / 16
    # Refreshed ahead of expiry, at half the 1 s lifetime: at 0, 0.5, 1, 1.5 and 2 s.
    # (Refreshing only at expiry would make 3; never refreshing would meet 401s.)
    assert app.auth.issued == 5 and c.tokens.requests == 5
    assert app.stats["status"].get(401, 0) == 0


@pytest.mark.anyio
async def test_a_401_triggers_one_refresh_and_one_replay():
    c, app = async_client()
    async with c:
        await c.call("address", "list", folder="Shared")
        app.auth.expire_all()
        assert (await c.call("address", "list", folder="Shared"))["total"] == 0
    assert app.auth.issued == 2
    assert app.stats["status"][401] == 1


@pytest.mark.anyio
async def test_a_401_after_the_replay_is_raised_not_looped(monkeypatch):
    from sasekit.emulator.auth import AuthFailure

    c, app = async_client()

    def refuse_every_token(_authorization: str | None) -> None:  # every token is already expired
        raise AuthFailure("Key Expired")

    monkeypatch.setattr(app.auth, "verify", refuse_every_token)
    async with c:
        with pytest.raises(errors.NotAuthenticated) as exc:
            await c.call("address", "list", folder="Shared")
    assert exc.value.status == 401
    assert app.auth.issued == 2 and app.stats["status"][401] == 2


def test_wrong_secret_gives_the_guides_message(srv):
    account = {**DEMO_ACCOUNT, "client_secret": "wrong"}
    with sync_client(srv, account) as c, pytest.raises(errors.TokenFetchError) as exc:
        c.call("address", "list", folder="Shared")
    assert str(exc.value) == "token fetch failed: status=401 body=invalid_client"


def test_unreachable_token_endpoint():
    from sasekit.emulator.serve import free_port

    port = free_port()
    c = Client("id", "secret", "1", base_url=f"http://127.0.0.1:{port}", auth_url=f"http://127.0.0.1:{port}",
               rate_limit=0, retry=FAST_RETRY)
    with c, pytest.raises(errors.TokenUnavailableError) as exc:
        c.call("address", "list", folder="Shared")
    assert str(exc.value).startswith("failed to obtain access token")


def test_token_cache_file_is_private_and_shared_between_processes(srv, tmp_path):
    cache = tmp_path / "tokens.json"
    before = srv.app.auth.issued
    with sync_client(srv, token_cache_file=str(cache)) as one:
        one.call("address", "list", folder="Shared")
    assert stat.S_IMODE(os.stat(cache).st_mode) == 0o600
    fresh_tokens()  # a new process would start with no token in memory
    with sync_client(srv, token_cache_file=str(cache)) as two:
        two.call("address", "list", folder="Shared")
        assert two.tokens.requests == 0
    assert srv.app.auth.issued == before + 1


# --------------------------------------------------------------------------- dispatch


GUIDE_EXAMPLES = [
    {"resource": "address", "operation": "list", "parameters": {"folder": "Shared", "limit": 200}},
    {"resource": "address", "operation": "create", "parameters": ADDRESS},
    {"resource": "securityRule", "operation": "create", "parameters": {
        "folder": "Shared", "position": "pre", "name": "Block_Malicious_IP_203_0_113_42", "action": "deny",
        "from": ["any"], "to": ["any"], "source": ["Malicious_IP_203_0_113_42"], "destination": ["any"],
        "application": ["any"], "service": ["any"], "description": "Auto-block from threat intel workflow"}},
    {"resource": "configVersion", "operation": "push", "parameters": {
        "folders": ["Shared"], "description": "Deploy malicious IP block from incident #2026-001"}},
    {"resource": "job", "operation": "get", "parameters": {"id": "12345"}},
    {"resource": "configVersion", "operation": "getRunning", "parameters": {}},
    {"resource": "securityRule", "operation": "move", "parameters": {
        "id": "abc-123-def-456", "destination": "before", "destination_rule": "xyz-789-pqr-012",
        "rulebase": "pre"}},
    {"resource": "urlCategory", "operation": "create", "parameters": {
        "folder": "Shared", "name": "Phishing_Domains_2026_05", "type": "URL List",
        "list": ["phishing-site-a.com", "*.phishing-site-b.net"],
        "description": "Phishing domains identified by inbound email analysis"}},
    {"resource": "address", "operation": "list", "parameters": {"folder": "Shared", "limit": 200, "offset": 0}},
    {"resource": "address", "operation": "list", "parameters": {"folder": "Shared", "name": "Malicious"}},
]


def test_every_json_example_of_the_guide_runs_as_written():
    with served() as s, sync_client(s) as c:
        results = {}
        for spec in ADDRESS_TAGS:  # the guide's address names two tags it never creates
            c.run(spec)
        for spec in GUIDE_EXAMPLES:
            key = f"{spec['resource']}.{spec['operation']}"
            try:
                results[key] = c.run(spec)
            except errors.NotFound:
                # the guide's ids (job 12345, rule abc-123-def-456) do not exist in a fresh tenant
                assert key in ("job.get", "securityRule.move"), key
        assert results["address.create"]["name"] == ADDRESS["name"]
        assert results["securityRule.create"]["source"] == ["Malicious_IP_203_0_113_42"]
        assert results["configVersion.push"]["success"] is True
        assert isinstance(results["configVersion.getRunning"], list)
        assert [a["name"] for a in results["address.list"]["data"]] == [ADDRESS["name"]]
        job = c.wait_job(results["configVersion.push"]["job_id"], timeout=10)
        assert job["job"]["result_str"] == "OK"


def test_attribute_sugar_and_action_verbs(srv):
    with sync_client(srv) as c:
        made = c.address.create(folder="Mobile Users", name="sugar", fqdn="sugar.example.com")
        assert c.address.get(id=made["id"])["fqdn"] == "sugar.example.com"
        rule = c.securityRule.create({"from": ["any"], "to": ["any"]}, folder="Mobile Users", position="pre",
                                     name="r1", action="allow", source=["sugar"], destination=["any"],
                                     application=["any"], service=["any"])
        c.securityRule.create({"from": ["any"], "to": ["any"]}, folder="Mobile Users", position="pre",
                              name="r2", action="allow", source=["any"], destination=["any"],
                              application=["any"], service=["any"])
        c.securityRule.move(id=rule["id"], destination="bottom", rulebase="pre")
        names = [r["name"] for r in c.securityRule.list(folder="Mobile Users", position="pre")["data"]]
        assert names == ["r2", "r1"]
        assert c.call("infrastructureSetting", "enable")["success"] is True
        assert c.configVersion.rollbackCandidate()["success"] is True
        assert "address" in dir(c) and "create" in dir(c.address)


def test_unknown_names_get_suggestions(srv):
    with sync_client(srv) as c:
        with pytest.raises(errors.UnsupportedResource) as exc:
            c.call("addresses", "list")
        assert str(exc.value).startswith("unsupported resource: addresses") and "address" in str(exc.value)
        with pytest.raises(errors.UnsupportedOperation) as exc2:
            c.call("address", "craete")
        assert "unsupported operation: address.craete" in str(exc2.value) and "create" in str(exc2.value)
        with pytest.raises(AttributeError):
            _ = c.adress


# --------------------------------------------------------------------------- validation


def test_validation_reports_everything_and_sends_nothing(srv):
    with sync_client(srv) as c:
        c.call("address", "list", folder="Shared")
        before = srv.app.stats["requests"]
        with pytest.raises(errors.ValidationError) as exc:
            c.call("address", "create", folder="Shared", name="n" * 64, ip_netmask="1.1.1.1",
                   fqdn="x.example", tag=["t"] * 65, ip_netmaks="typo")
        text = str(exc.value)
        assert "4 problems in address.create" in text
        for fragment in ("name", "tag", "fqdn", "ip_netmaks", "ip_netmask"):
            assert fragment in text
        assert srv.app.stats["requests"] == before


def test_validation_can_be_switched_off(srv):
    with sync_client(srv, validate=False) as c, pytest.raises(errors.BadRequest) as exc:
        c.call("address", "create", folder="Shared", name="n" * 64, fqdn="x.example")
    assert exc.value.status == 400 and "API_I00035" in exc.value.codes


# --------------------------------------------------------------------------- transport


def test_429_with_retry_after_is_honoured(monkeypatch):
    # The emulator's rate-limit window and the client's waits on one fake clock: the window
    # moves only while the client waits.
    clock = FakeClock(1000.0)
    with served(rate_limit={"limit": 3, "block_at": 100, "window_s": 1.0}) as s, sync_client(s) as c:
        s.app.limiter = EmulatorRateLimiter(s.app.config.rate_limit, clock=clock)
        rec = Recorder(s.app, clock=clock).install(monkeypatch)
        waits = virtual_sleeps(monkeypatch, c.engine, clock)
        for _ in range(6):
            c.call("address", "list", folder="Shared", limit=1)
    # the 4th call in the same instant is refused, waits the 1 s asked for, and is served;
    # the client then goes at half the documented rate (the limiter adapts to the 429)
    gap = 1 / c.engine.limiter.rate
    assert c.engine.limiter.rate == pytest.approx(2000 / 60 / 2)
    assert [(a.status, a.retry_after) for a in rec.answers] == [(200, None)] * 3 + [(429, "1")] + [(200, None)] * 3
    assert [a.at - 1000.0 for a in rec.answers] == pytest.approx([0, 0, 0, 0, 1.0, 1.0 + gap, 1.0 + 2 * gap])
    assert waits[0] == pytest.approx(1.0)


def test_injected_5xx_and_html_502_are_retried():
    with served(faults={"p502": 0.3, "p503": 0.2, "seed": 7}) as s, sync_client(s) as c:
        for i in range(15):
            c.call("address", "create", folder="Shared", name=f"r{i}", ip_netmask=f"192.0.2.{i}/32")
        assert s.app.stats["status"].get(502, 0) + s.app.stats["status"].get(503, 0) > 0
        names = [a["name"] for a in c.paginate("address", folder="Shared")]
        assert sorted(names) == sorted(f"r{i}" for i in range(15))


def test_html_502_that_persists_is_a_readable_server_error():
    with served(faults={"p502": 1.0}) as s, sync_client(s) as c, pytest.raises(errors.ServerError) as exc:
        c.call("address", "list", folder="Shared")
    assert exc.value.status == 502
    assert "<html" not in str(exc.value).lower() and "502" in str(exc.value)


def test_500_is_retried_for_reads_and_creates_but_not_for_a_push(monkeypatch):
    clock = FakeClock()
    with served(faults={"p500": 1.0}) as s, sync_client(s, retry=RetryPolicy(max_retries=3)) as c:
        waits = virtual_sleeps(monkeypatch, c.engine, clock)
        with pytest.raises(errors.ServerError):
            c.call("address", "list", folder="Shared")
        assert s.app.stats["status"][500] == 4  # the first try and 3 retries
        with pytest.raises(errors.ServerError):
            c.call("address", "create", folder="Shared", name="a500", ip_netmask="192.0.2.1/32")
        # a create is de-duplicated by name, so retried too; as a 500 may have applied it, it
        # is then looked for by name (a list, retried as well) before it is called failed
        assert s.app.stats["status"][500] == 12
        with pytest.raises(errors.ServerError):
            c.call("configVersion", "push", folders=["Shared"])
        assert s.app.stats["status"][500] == 13  # a push is not repeated blindly
    assert len(waits) == 9 and all(w <= 60 for w in waits)


def test_500s_that_pass_are_invisible_to_the_caller(monkeypatch):
    with served(faults={"p500": 0.5, "seed": 11}) as s, sync_client(s, retry=RetryPolicy(max_retries=8)) as c:
        virtual_sleeps(monkeypatch, c.engine, FakeClock())
        made = [c.call("address", "create", folder="Shared", name=f"r{i}", ip_netmask=f"192.0.2.{i}/32")
                for i in range(1, 21)]
        s.app.faults.update({"p500": 0.0})
        listed = c.call("address", "list", folder="Shared", limit=200)["data"]
    assert s.app.stats["status"][500] >= 5
    assert sorted(a["name"] for a in made) == sorted(a["name"] for a in listed) == sorted(f"r{i}" for i in range(1, 21))


def test_connection_dropped_during_create_leaves_no_duplicate():
    with served(faults={"p_drop_after": 0.4, "p_drop_before": 0.1, "seed": 3}) as s, sync_client(s) as c:
        made = [c.call("address", "create", folder="Shared", name=f"d{i}", ip_netmask=f"198.51.100.{i}/32")
                for i in range(20)]
        assert s.app.stats.get("dropped", 0) >= 3
        s.app.faults.update({"p_drop_after": 0.0, "p_drop_before": 0.0})
        listed = list(c.paginate("address", folder="Shared"))
    assert sorted(a["name"] for a in listed) == sorted(f"d{i}" for i in range(20))
    assert {a["id"] for a in made} == {a["id"] for a in listed}


def test_a_real_name_clash_is_not_hidden():
    with served() as s, sync_client(s) as c:
        c.call("address", "create", folder="Shared", name="taken", ip_netmask="192.0.2.1/32")
        with pytest.raises(errors.NameNotUnique) as exc:
            c.call("address", "create", folder="Shared", name="taken", ip_netmask="192.0.2.1/32")
    assert str(exc.value).startswith("API error [409] on POST /sse/config/v1/addresses: Name Not Unique")
    assert exc.value.request_id and exc.value.codes == ("E006",)


def test_non_idempotent_action_is_not_replayed_after_an_ambiguous_failure():
    with served(faults={"p_drop_after": 1.0}) as s, sync_client(s) as c:
        with pytest.raises(errors.TransportError) as exc:
            c.call("configVersion", "push", folders=["Shared"])
        assert exc.value.may_have_reached_server
        s.app.faults.update({"p_drop_after": 0.0})
        assert len(c.call("job", "list")["data"]) == 2  # one push (parent + child), not several


def test_403_after_a_burst_is_the_rate_limit_block(monkeypatch):
    with served(rate_limit={"limit": 2, "block_at": 3, "block_s": 30}) as s, \
            sync_client(s, retry=RetryPolicy(max_retries=0)) as c:
        s.app.limiter = EmulatorRateLimiter(s.app.config.rate_limit, clock=FakeClock())  # one instant
        waits = virtual_sleeps(monkeypatch, c.engine, FakeClock())
        c.call("address", "list", folder="Shared")
        c.call("address", "list", folder="Shared")
        with pytest.raises(errors.RateLimited):
            c.call("address", "list", folder="Shared")
        with pytest.raises(errors.RateLimitBlocked) as exc:
            c.call("address", "list", folder="Shared")
        assert waits == [60.0]  # after the 429 (Retry-After: 60) the client held every call that long
        assert c.engine.limiter.held() == pytest.approx(30)  # and now holds them for the block
    assert "180" in str(exc.value) or "block" in str(exc.value).lower()


def test_empty_answer_is_reported():
    with served(faults={"p_empty": 1.0}) as s, sync_client(s) as c, pytest.raises(errors.EmptyResponseError) as exc:
        c.call("address", "list", folder="Shared")
    assert str(exc.value) == "received empty response from API"


def test_rate_limiter_keeps_any_window_under_the_limit():
    clock = FakeClock(0.0)
    limiter = RateLimiter(per_minute=1920, burst=20, clock=clock)
    sent = []
    for _ in range(6000):
        clock.sleep(limiter.reserve())
        sent.append(clock.now)
    for i, start in enumerate(sent):
        j = i
        while j < len(sent) and sent[j] < start + 60:
            j += 1
        assert j - i <= 1940
    assert 6000 / (sent[-1] - sent[0]) > 31.5  # close to 1,920 a minute, above 95% of 2,000


def test_explicit_timeouts():
    c = Client("id", "s", "1", base_url="http://127.0.0.1:9", connect_timeout=3, read_timeout=7)
    assert c.engine.http.timeout.connect == 3 and c.engine.http.timeout.read == 7
    assert Client("id", "s", "1").engine.http.timeout.connect == 10.0


# --------------------------------------------------------------------------- pagination


def test_paginate_streams_pages_lazily():
    with served() as s, sync_client(s) as c:
        for i in range(45):
            c.call("address", "create", folder="Shared", name=f"p{i:02}", ip_netmask=f"203.0.113.{i}/32")
        before = s.app.stats["requests"]
        it = c.paginate("address", folder="Shared", page_size=10)
        first = [next(it) for _ in range(10)]
        assert s.app.stats["requests"] - before == 1
        rest = list(it)
        assert [a["name"] for a in first + rest] == [f"p{i:02}" for i in range(45)]
        assert s.app.stats["requests"] - before == 5  # 10+10+10+10+5: stops on the short page
        assert len(list(c.paginate("address", folder="Shared", page_size=15))) == 45  # offset reaches total


@pytest.mark.anyio
async def test_async_paginate():
    c, _ = async_client()
    async with c:
        for i in range(7):
            await c.address.create(folder="Shared", name=f"a{i}", ip_netmask=f"192.0.2.{i}/32")
        names = [a["name"] async for a in c.paginate("address", folder="Shared", page_size=3)]
    assert names == [f"a{i}" for i in range(7)]


# --------------------------------------------------------------------------- folders


def test_folders_live_and_fallback(caplog):
    accounts = [Account("admin", "s1", "55", "admin"), Account("limited", "s2", "55", "no-setup")]
    with ServerThread(config=EmulatorConfig(accounts=accounts)) as s:
        with sync_client(s, {"client_id": "admin", "client_secret": "s1", "tsg_id": "55"}) as c:
            c.call("folder", "create", name="Lab", parent="Shared")
            live = c.folders()
            assert not live.fallback and "Lab" in [f["name"] for f in live]
        with caplog.at_level(logging.INFO, logger="sasekit"), \
                sync_client(s, {"client_id": "limited", "client_secret": "s2", "tsg_id": "55"}) as c:
            fallback = c.folders()
    assert fallback.fallback and [f["name"] for f in fallback] == [
        "Shared", "Mobile Users", "Remote Networks", "Service Connections", "Mobile Users Container",
        "Mobile Users Explicit Proxy"]
    assert any("system folders" in r.getMessage() and r.levelno == logging.INFO for r in caplog.records)


# --------------------------------------------------------------------------- push and jobs


def test_push_waits_for_the_job_tree_and_reports_progress(srv, monkeypatch):
    # The emulator's jobs and the waiter on one clock (the push takes 0.2 s); the waiter's
    # sleeps move it.
    clock = FakeClock()
    monkeypatch.setattr(srv.app.handlers, "clock", clock)
    seen = []
    with sync_client(srv) as c:
        waits = virtual_sleeps(monkeypatch, c.engine, clock)
        result = c.push(["Shared"], "deploy", progress=lambda job, children: seen.append(job["status_str"]))
    assert result["job"]["result_str"] == "OK"
    assert [ch["type_str"] for ch in result["children"]] == ["CommitAll"]
    assert seen == ["ACT", "FIN"]  # a report per poll: still running, then done
    assert waits == [FIRST_POLL_S]


def test_push_failure_raises_job_failed_with_details():
    with served() as s, sync_client(s) as c:
        c.securityRule.create({"from": ["any"], "to": ["any"]}, folder="Shared", position="pre", name="bad",
                              action="deny", source=["ghost-address"], destination=["any"],
                              application=["any"], service=["any"])
        with pytest.raises(errors.JobFailed) as exc:
            c.push(["Shared"], "will fail")
    assert "ghost-address" in str(exc.value.details)


def test_push_timeout_raises_job_timeout():
    with served(push_s=30) as s, sync_client(s) as c, pytest.raises(errors.JobTimeout) as exc:
        c.push(["Shared"], "slow", timeout=0.6)
    # it gave up at its own deadline, while the 30 s job still ran, rather than wait for the job
    assert exc.value.last_status == "ACT"
    assert exc.value.waited_s >= 0.6 and "did not finish within" in str(exc.value)


# --------------------------------------------------------------------------- logging and health


def test_debug_logging_never_shows_the_secret_or_token(caplog):
    secret = DEMO_ACCOUNT["client_secret"]
    with caplog.at_level(logging.DEBUG):
        with served() as s, sync_client(s) as c:
            c.call("address", "list", folder="Shared")
            token = c.tokens._token
            with pytest.raises(errors.NameNotUnique):
                c.call("address", "create", folder="Shared", name="x", ip_netmask="192.0.2.1/32")
                c.call("address", "create", folder="Shared", name="x", ip_netmask="192.0.2.1/32")
            rendered = repr(c) + repr(c.settings) + repr(c.tokens)
        with served() as s, sync_client(s, {**DEMO_ACCOUNT, "client_secret": secret + "x"}) as bad, \
                pytest.raises(errors.TokenFetchError) as exc:
            bad.call("address", "list", folder="Shared")
    text = caplog.text + rendered + str(exc.value) + repr(exc.value)
    assert "GET /sse/config/v1/addresses -> 200" in caplog.text  # requests are logged at DEBUG
    assert secret not in text and token not in text


def test_check_reports_success_and_remedies(srv):
    with sync_client(srv) as c:
        report = c.check()
    assert report.ok and [s.name for s in report.steps] == ["token", "api"]
    with sync_client(srv, {**DEMO_ACCOUNT, "client_secret": "nope"}) as c:
        bad = c.check()
    assert not bad.ok and "Regenerate the credential" in bad.steps[0].remedy
    assert "token fetch failed: status=401" in str(bad)


@pytest.mark.anyio
async def test_async_client_push_and_errors():
    c, _ = async_client()
    async with c:
        for spec in ADDRESS_TAGS:
            await c.run(spec)
        await c.run({"resource": "address", "operation": "create", "parameters": ADDRESS})
        with pytest.raises(errors.NameNotUnique):
            await c.address.create(ADDRESS)
        result = await c.push(["Shared"], "async deploy")
        assert result["job"]["result_str"] == "OK"
        assert (await c.check()).ok


def test_clients_share_one_token_per_account(srv):
    with sync_client(srv) as one, sync_client(srv) as two:
        one.call("address", "list", folder="Shared")
        two.call("address", "list", folder="Shared")
        assert one.tokens is two.tokens and one.tokens.requests == 1


def test_dropped_create_on_the_unified_family_is_recognised():
    """The unified /config/... lookup by name answers the bare object (or 404): still no duplicate."""
    with served(faults={"p_drop_after": 0.5, "seed": 11}) as s, sync_client(s, url_family="unified") as c:
        made = [c.call("address", "create", folder="Shared", name=f"u{i}", fqdn=f"u{i}.example.com")
                for i in range(12)]
        assert s.app.stats.get("dropped", 0) >= 2
        s.app.faults.update({"p_drop_after": 0.0})
        assert c.existing("address", {"folder": "Shared", "name": "u3", "fqdn": "u3.example.com"})["id"] == \
            made[3]["id"]
        assert c.existing("address", {"folder": "Shared", "name": "nope", "fqdn": "n.example.com"}) is None
        listed = list(c.paginate("address", folder="Shared"))
    assert sorted(a["name"] for a in listed) == sorted(f"u{i}" for i in range(12))
