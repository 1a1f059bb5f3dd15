"""Bulk calls: ``Client.call_many`` on the libcurl fan-out (``sasekit.fanout``) and on the
thread pool used with a custom httpx transport.

What these tests protect: every item is done exactly once and its result lands in its
input place; nothing is sent when any item is invalid; the first failure stops new calls
(``BulkFailed`` says what was done, what failed, what never started) unless
``return_exceptions=True``; retries, the create de-duplication after a lost answer, the
one-token-refresh-on-401, Retry-After and the client rate limiter behave on the fan-out
as they do on a single call; a create libcurl resent by itself is not taken for a name
clash; a refused connection is reported as never having reached the server; and
the pieces of the fan-out that turn libcurl's view into httpx's (header blocks, error
numbers) keep their meaning.
"""

from __future__ import annotations

import json
import socket
import socketserver
import threading
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from client_fixtures import fresh_tokens, served, sync_client
from fakes import HANG_GUARD_S, FakeClock, Recorder, virtual_fanout, virtual_limiter
from sasekit import Client, errors, fanout
from sasekit import engine as engine_module
from sasekit import transport as t
from sasekit.emulator import DEMO_ACCOUNT
from sasekit.emulator.limits import RateLimiter as EmulatorRateLimiter
from sasekit.emulator.serve import free_port
from sasekit.limiter import Breaker
from sasekit.transport import RateLimiter, RetryPolicy

# Many retries with tiny sleeps: injected faults are survived quickly and almost surely.
PATIENT = RetryPolicy(max_retries=10, budget=30.0, base=0.005, cap=0.05)
NO_FAULTS = {"p500": 0.0, "p502": 0.0, "p503": 0.0, "p_drop_before": 0.0, "p_drop_after": 0.0,
             "p_empty": 0.0, "latency_ms": 0.0}


def addresses(n: int, prefix: str = "bulk") -> list[dict[str, Any]]:
    return [{"folder": "Shared", "name": f"{prefix}_{i:03d}", "ip_netmask": f"10.{i // 250}.{i % 250}.1/32",
             "description": f"bulk item {i}"} for i in range(n)]


def listed(c: Client) -> list[dict[str, Any]]:
    return list(c.paginate("address", folder="Shared"))


def status_count(srv, status: int) -> int:
    return srv.app.stats["status"].get(status, 0)


@pytest.fixture(scope="module")
def srv():
    fresh_tokens()
    with served(rate_limit={"enabled": False}) as s:
        yield s


@pytest.fixture(autouse=True)
def isolated(srv, monkeypatch, tmp_path) -> Iterator[None]:
    """An empty tenant, fresh tokens, no SCM_* or proxy variables (libcurl reads them too)."""
    srv.app.store.reset()
    fresh_tokens()
    for name in ("SCM_CLIENT_ID", "SCM_CLIENT_SECRET", "SCM_TSG_ID", "SCM_BASE_URL", "SCM_AUTH_URL",
                 "SCM_SETUP_URL", "SASEKIT_PROFILE", "http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY",
                 "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("SASEKIT_CONFIG_DIR", str(tmp_path / "cfg"))
    monkeypatch.setenv("SASEKIT_STATE_DIR", str(tmp_path / "state"))
    yield
    srv.app.faults.update(NO_FAULTS)
    fresh_tokens()


@pytest.fixture
def no_thread_pool(monkeypatch) -> None:
    """Fail if call_many leaves the fan-out for the thread pool (only custom transports may)."""
    def refuse(*_a: Any, **_k: Any) -> Any:
        raise AssertionError("call_many used the thread pool without a custom transport")

    monkeypatch.setattr(engine_module, "threaded", refuse)


# --------------------------------------------------------------------------- the happy path


def test_two_hundred_creates_all_exist_and_come_back_in_input_order(srv, no_thread_pool):
    items = addresses(200)
    with sync_client(srv) as c:
        results = c.call_many("address", "create", items, concurrency=8)
        on_server = listed(c)
    assert len(results) == 200
    assert [r["name"] for r in results] == [i["name"] for i in items]
    assert [r["ip_netmask"] for r in results] == [i["ip_netmask"] for i in items]
    assert len({r["id"] for r in results}) == 200
    assert sorted(a["name"] for a in on_server) == sorted(i["name"] for i in items)
    assert {a["id"] for a in on_server} == {r["id"] for r in results}


def test_the_fan_out_caps_calls_in_flight_and_runs_them_together(srv, monkeypatch, no_thread_pool):
    # The emulator holds each create until 4 are in flight at once: calls sent one by one
    # would never open that gate. A fifth can only arrive once one of the four has been
    # answered, unless the fan-out breaks its cap; the latency (not needed to pass) gives
    # such a breach the time to show.
    rec = Recorder(srv.app, gate=4).install(monkeypatch)
    srv.app.faults.update({"latency_ms": 50})
    items = addresses(16)
    with sync_client(srv) as c:
        results = c.call_many("address", "create", items, concurrency=4)
    assert [r["name"] for r in results] == [i["name"] for i in items]
    assert sorted(rec.creates) == sorted(i["name"] for i in items)  # each sent once
    assert rec.gate_timeouts == 0, "the calls were not on the wire together"
    assert rec.max_inflight == 4  # reached, never exceeded


def test_updates_reads_and_deletes_go_through_the_fan_out(srv, no_thread_pool):
    items = [{**item, "description": f"Zürich ✓ {i}"} for i, item in enumerate(addresses(12, "cycle"))]
    with sync_client(srv) as c:
        made = c.call_many("address", "create", items)
        assert [m["description"] for m in made] == [i["description"] for i in items]  # UTF-8 body intact
        changes = ({"id": m["id"], "name": m["name"], "ip_netmask": "198.51.100.7/32"} for m in made)
        updated = c.call_many("address", "update", changes)  # PUT with a body; a generator is fine
        read = c.call_many("address", "get", [{"id": m["id"]} for m in made])
        c.call_many("address", "delete", [{"id": m["id"]} for m in made[:8]])
        left = listed(c)
    assert [u["id"] for u in updated] == [m["id"] for m in made]
    assert {r["ip_netmask"] for r in read} == {"198.51.100.7/32"}
    assert [r["name"] for r in read] == [i["name"] for i in items]
    assert sorted(a["name"] for a in left) == sorted(i["name"] for i in items[8:])


def test_an_empty_list_sends_nothing(srv):
    with sync_client(srv) as c:
        before = srv.app.stats["requests"]
        assert c.call_many("address", "create", []) == []
    assert srv.app.stats["requests"] == before


@pytest.mark.parametrize("concurrency", [0, 65, True])
def test_concurrency_out_of_range_is_refused(srv, concurrency):
    with sync_client(srv) as c, pytest.raises(ValueError, match="concurrency must be a whole number from 1 to 64"):
        c.call_many("address", "create", addresses(2), concurrency=concurrency)


# --------------------------------------------------------------------------- validation


def test_one_invalid_item_stops_everything_before_sending(srv):
    items = addresses(30)
    items[17] = {**items[17], "name": "n" * 64}
    before, issued = srv.app.stats["requests"], srv.app.auth.issued
    with sync_client(srv) as c, pytest.raises(errors.ValidationError) as exc:
        c.call_many("address", "create", items)
    text = str(exc.value)
    assert "item 17" in text and "name" in text
    assert exc.value.resource == "address"
    assert srv.app.stats["requests"] == before  # not even a token request
    assert srv.app.auth.issued == issued
    assert srv.app.store.count() == 0


# --------------------------------------------------------------------------- failures


def test_first_failure_stops_new_calls_and_reports_what_was_done(srv, no_thread_pool):
    items = addresses(40)
    with sync_client(srv) as c:
        for i in (5, 39):  # same names, other addresses: real clashes
            c.call("address", "create", {**items[i], "ip_netmask": "192.0.2.99/32"})
        with pytest.raises(errors.BulkFailed) as exc:
            c.call_many("address", "create", items, concurrency=4)
        on_server = {a["name"] for a in listed(c)}
    err = exc.value
    assert err.index == 5
    assert isinstance(err.cause, errors.NameNotUnique)
    assert len(err.results) == 40 and err.results[5] is err.cause
    done = [i for i, r in enumerate(err.results) if isinstance(r, dict)]
    failed = [i for i, r in enumerate(err.results) if isinstance(r, BaseException)]
    not_started = [i for i, r in enumerate(err.results) if r is None]
    assert err.done == len(done) and failed == [5]
    assert not_started, "calls kept starting after the first failure"
    # calls start in input order and every started call finished: a prefix is done, the rest is None
    assert not_started == list(range(not_started[0], 40))
    assert "item 5 of 40 failed" in str(err)
    assert f"({len(done)} done, 1 failed, {len(not_started)} not started)" in str(err)
    for i in done:
        assert err.results[i]["name"] == items[i]["name"]
    # the server holds exactly the reported creates plus the two made beforehand
    assert on_server == {items[i]["name"] for i in done} | {items[5]["name"], items[39]["name"]}


def test_return_exceptions_tries_every_item_and_puts_errors_in_place(srv, no_thread_pool):
    items = addresses(40)
    with sync_client(srv) as c:
        for i in (5, 39):
            c.call("address", "create", {**items[i], "ip_netmask": "192.0.2.99/32"})
        results = c.call_many("address", "create", items, concurrency=4, return_exceptions=True)
        on_server = listed(c)
    assert len(results) == 40
    for i, r in enumerate(results):
        if i in (5, 39):
            assert isinstance(r, errors.NameNotUnique), r
        else:
            assert isinstance(r, dict) and r["name"] == items[i]["name"]
    assert len(on_server) == 40
    kept = {a["name"]: a["ip_netmask"] for a in on_server}
    assert kept[items[5]["name"]] == kept[items[39]["name"]] == "192.0.2.99/32"  # not overwritten


# --------------------------------------------------------------------------- retries and lost answers


def test_gateway_errors_are_retried_and_every_item_is_made_once(srv, no_thread_pool):
    # 500 is not retried by design (test_client.test_500_is_not_retried); 502/503 are.
    srv.app.faults.update({"p502": 0.15, "p503": 0.15, "seed": 5})
    before = status_count(srv, 502) + status_count(srv, 503)
    items = addresses(100, "retry")
    with sync_client(srv, retry=PATIENT) as c:
        results = c.call_many("address", "create", items, concurrency=8)
        srv.app.faults.update(NO_FAULTS)
        on_server = listed(c)
    assert status_count(srv, 502) + status_count(srv, 503) - before >= 5  # the faults did fire
    assert [r["name"] for r in results] == [i["name"] for i in items]
    names = [a["name"] for a in on_server]
    assert len(names) == 100 and len(set(names)) == 100
    assert set(names) == {i["name"] for i in items}


def test_throttling_is_waited_out_as_the_server_asks(monkeypatch):
    # One fake clock for the emulator's rate-limit window and the fan-out's timers: the
    # window moves only while the client waits, and the emulator sees each request at the
    # clock time it was sent.
    clock = FakeClock(1000.0)
    virtual_fanout(monkeypatch, clock)
    with served(rate_limit={"limit": 5, "block_at": 1000, "window_s": 1.0}) as s, sync_client(s) as c:
        s.app.limiter = EmulatorRateLimiter(s.app.config.rate_limit, clock=clock)
        virtual_limiter(c.engine, clock)
        rec = Recorder(s.app, clock=clock).install(monkeypatch)
        results = c.call_many("address", "create", addresses(10, "throttled"), concurrency=4)
        clock.now += 60  # the window is empty again for the listing
        on_server = sorted(a["name"] for a in listed(c))
    names = [f"throttled_{i:03d}" for i in range(10)]
    assert [r["name"] for r in results] == names
    assert on_server == names
    creates = [a for a in rec.answers if a.name is not None]
    refused = [a for a in creates if a.status == 429]
    assert refused, "10 creates at one instant must meet the limit of 5"  # the clock stood still until then
    for answer in refused:
        retry_after = int(answer.retry_after)
        assert retry_after >= 1  # whole seconds
        later = [a.at for a in creates if a.name == answer.name and a.at > answer.at]
        assert later and min(later) >= answer.at + retry_after, (answer, later)  # waited as asked
    assert sorted(a.name for a in creates if a.status == 201) == names  # each made once
    # a 429 slows the whole client: nothing at all is sent until its Retry-After has passed
    first = refused[0]
    assert not [a for a in creates if first.at < a.at < first.at + int(first.retry_after)]


def test_mixed_5xx_and_dropped_connections_fail_no_create(srv, monkeypatch, no_thread_pool):
    # The repro: 2% each of 500, 502, 503, dropped before and dropped after; 54 of
    # 2,000 creates used to fail with a 500. Every kind is now retried (creates are
    # de-duplicated by name), so none fails and none is made twice.
    virtual_fanout(monkeypatch, FakeClock())
    srv.app.faults.update({"p500": 0.02, "p502": 0.02, "p503": 0.02, "p_drop_before": 0.02,
                           "p_drop_after": 0.02, "seed": 12})
    before = status_count(srv, 500)
    items = addresses(500, "mixed")
    with sync_client(srv, retry=RetryPolicy(max_retries=8)) as c:
        results = c.call_many("address", "create", items, concurrency=16, return_exceptions=True)
        srv.app.faults.update(NO_FAULTS)
        on_server = listed(c)
    assert [r for r in results if isinstance(r, BaseException)] == []
    assert [r["name"] for r in results] == [i["name"] for i in items]
    assert sorted(a["name"] for a in on_server) == sorted(i["name"] for i in items)
    assert status_count(srv, 500) - before >= 3  # the faults did happen


def test_answers_lost_after_the_create_leave_no_duplicates_or_failures(srv, no_thread_pool):
    srv.app.faults.update({"p_drop_after": 0.3, "p_drop_before": 0.05, "seed": 3})
    dropped, clashes = srv.app.stats.get("dropped", 0), status_count(srv, 409)
    items = addresses(60, "lost")
    with sync_client(srv, retry=PATIENT) as c:
        results = c.call_many("address", "create", items, concurrency=8)
        srv.app.faults.update(NO_FAULTS)
        on_server = listed(c)
    assert srv.app.stats.get("dropped", 0) - dropped >= 5
    assert status_count(srv, 409) - clashes >= 1  # some retried creates met their own earlier copy
    assert all(isinstance(r, dict) for r in results)
    assert [r["name"] for r in results] == [i["name"] for i in items]
    assert len(on_server) == 60 and len({a["name"] for a in on_server}) == 60
    # a create whose answer was lost is recognised: its result is the object the server made
    assert {r["id"] for r in results} == {a["id"] for a in on_server}


def test_tokens_expiring_mid_run_cost_one_refresh(srv, monkeypatch, no_thread_pool):
    items = addresses(200, "tok")
    expired_at: list[int] = []

    def expire_before_the_41st(n: int) -> None:  # the emulator expires every token mid-run
        if n == 41:
            srv.app.auth.expire_all()
            expired_at.append(srv.app.store.count())

    with sync_client(srv) as c:
        c.call("address", "list", folder="Shared", limit=1)
        issued, fetches, refused = srv.app.auth.issued, c.tokens.requests, status_count(srv, 401)
        Recorder(srv.app, on_create=expire_before_the_41st).install(monkeypatch)
        results = c.call_many("address", "create", items, concurrency=8)
        on_server = listed(c)
    assert expired_at == [40]
    # The 41st create carried the old token, so at least one call was refused; no call
    # that started after the refresh was, so at most the 8 then in flight were (each once).
    assert 1 <= status_count(srv, 401) - refused <= 8
    assert srv.app.auth.issued - issued == 1
    assert c.tokens.requests - fetches == 1
    assert [r["name"] for r in results] == [i["name"] for i in items]
    assert len(on_server) == 200


def test_a_refused_connection_fails_every_item_fast_as_never_sent(srv, monkeypatch, no_thread_pool):
    clock = FakeClock(1000.0)
    virtual_fanout(monkeypatch, clock)
    port = free_port()  # nothing listens there
    a = DEMO_ACCOUNT
    with Client(a["client_id"], a["client_secret"], a["tsg_id"], base_url=f"http://127.0.0.1:{port}",
                auth_url=srv.url, setup_url=srv.url, retry=RetryPolicy(max_retries=0), rate_limit=0) as c:
        results = c.call_many("address", "create", addresses(12), concurrency=4, return_exceptions=True)
    assert clock.now == 1000.0  # fast: no item waited for anything (no backoff, no timer)
    assert len(results) == 12
    for r in results:
        assert isinstance(r, errors.TransportError), r
        assert r.may_have_reached_server is False
        assert "did not reach the server" in str(r)
        assert r.method == "POST" and r.path.endswith("/addresses")
    refused = [r for r in results if not isinstance(r, errors.ServiceUnreachable)]
    # refused at once, not a connect timeout waited out; after 8 in a row the breaker opens
    # and the rest are not sent at all
    assert len(refused) == 8 and all(r.cause_type == "ConnectError" for r in refused)
    assert all("the last 8 connections to the service failed" in str(r) for r in results[8:])


def test_a_probe_cut_short_by_a_sibling_refused_call_lets_the_next_call_probe(srv, no_thread_pool):
    # After the cooldown one call goes through as the breaker's probe, the others are refused.
    # A caller that runs two calls together and stops at the first error (a poller: both
    # answers or neither) closes the probe before its answer comes. The next call must be
    # allowed to probe; otherwise each cooldown's probe is cut short the same way, and the
    # poller stays refused long after the service is back.
    clock = FakeClock(1000.0)
    with socket.socket() as silent:                  # accepts connections (backlog), never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        a = DEMO_ACCOUNT
        with Client(a["client_id"], a["client_secret"], a["tsg_id"],
                    base_url=f"http://127.0.0.1:{silent.getsockname()[1]}", auth_url=srv.url, setup_url=srv.url,
                    retry=RetryPolicy(max_retries=0), rate_limit=0, read_timeout=HANG_GUARD_S) as c:
            engine = c.engine
            engine.breaker = Breaker(8, cooldown=30.0, clock=clock)
            engine.tokens.get_sync(engine.http)       # the token first: only the two calls race
            for _ in range(8):
                engine.breaker.failure()             # the service went away: the breaker is open
            clock.now += 31.0                        # past the cooldown
            flows = [engine.call(engine.plan("address", "list", {"folder": "Shared"})) for _ in range(2)]
            outcomes = engine.run_many(flows, 2)
            with pytest.raises(errors.ServiceUnreachable):
                for _index, _value, error in outcomes:
                    if error is not None:
                        raise error                  # the sibling's refusal, while the probe waits
            outcomes.close()
            try:
                engine.breaker.check("GET", "/addresses")
                refused = False
            except errors.ServiceUnreachable:
                refused = True
            assert not refused, "the cut-short probe kept the breaker shut for another cooldown"


class ClosingServer(socketserver.ThreadingMixIn, socketserver.TCPServer):
    """A minimal keep-alive HTTP/1.1 API that applies the create of ``victim`` and then
    closes the connection without answering, once: the way a server restart or an idle
    timeout loses an answer. Creates of an existing name answer 409 E006; a GET lists by name."""

    daemon_threads = True

    def __init__(self, victim: str, only_on_reused: bool) -> None:
        self.victim, self.only_on_reused = victim, only_on_reused
        self.objects: dict[str, dict[str, Any]] = {}
        self.creates: list[str] = []
        self.dropped = False
        self.lock = threading.Lock()
        super().__init__(("127.0.0.1", 0), _ClosingHandler)
        threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _ClosingHandler(socketserver.StreamRequestHandler):
    server: ClosingServer

    def handle(self) -> None:
        srv, answered = self.server, 0
        while line := self.rfile.readline():
            method, target, _ = line.decode().split(" ", 2)
            headers = {}
            while (h := self.rfile.readline()) not in (b"\r\n", b""):
                k, _, v = h.decode().partition(":")
                headers[k.strip().lower()] = v.strip()
            body = self.rfile.read(int(headers.get("content-length") or 0))
            url = urlsplit(target)
            if url.path.endswith("/access_token"):
                status, out = 200, {"access_token": "tok", "token_type": "Bearer", "expires_in": 900}
            elif method == "POST":
                obj = json.loads(body)
                with srv.lock:
                    srv.creates.append(obj["name"])
                    exists = obj["name"] in srv.objects
                    if not exists:
                        srv.objects[obj["name"]] = {**obj, "id": f"id-{obj['name']}"}
                    drop = (obj["name"] == srv.victim and not srv.dropped
                            and (answered > 0 or not srv.only_on_reused))
                    srv.dropped = srv.dropped or drop
                if drop:
                    return  # applied; the connection closes with no answer
                status, out = (409, {"_errors": [{"code": "E006", "message": "Name Not Unique", "details": {}}]}
                               ) if exists else (201, srv.objects[obj["name"]])
            else:
                name = parse_qs(url.query).get("name", [None])[0]
                found = [o for n, o in srv.objects.items() if name in (None, n)]
                status, out = 200, {"data": found, "total": len(found), "offset": 0, "limit": 200}
            data = json.dumps(out).encode()
            self.wfile.write(f"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\n"
                             f"Content-Length: {len(data)}\r\n\r\n".encode() + data)
            answered += 1


def closing_client(server: ClosingServer) -> Client:
    return Client("id", "secret", "1234567890", base_url=server.url, auth_url=server.url, setup_url=server.url,
                  rate_limit=0, retry=RetryPolicy(max_retries=0))


def test_a_create_libcurl_resent_by_itself_is_recognised_not_reported_as_a_clash(no_thread_pool):
    # On a reused connection closed with no answer, libcurl sends the request again on a new
    # one; the server had applied the first copy, so the second answers 409. No retries are
    # allowed here: only the fan-out's "resent" mark can make the client look the object up.
    server = ClosingServer("resend_001", only_on_reused=True)
    items = addresses(4, "resend")
    try:
        with closing_client(server) as c:
            results = c.call_many("address", "create", items, concurrency=1, return_exceptions=True)
    finally:
        server.shutdown()
        server.server_close()
    assert server.dropped and server.creates.count("resend_001") == 2  # sent twice by libcurl
    assert [r["name"] for r in results] == [i["name"] for i in items], results
    assert results[1]["id"] == "id-resend_001"


def test_a_create_whose_answer_was_lost_on_a_fresh_connection_is_looked_up(no_thread_pool):
    server = ClosingServer("fresh_000", only_on_reused=False)
    try:
        with closing_client(server) as c:
            results = c.call_many("address", "create", addresses(1, "fresh"), return_exceptions=True)
    finally:
        server.shutdown()
        server.server_close()
    assert server.creates == ["fresh_000"]  # not resent: it was not a reused connection
    (made,) = results
    # the retry is not sent blindly: the create may have been applied, so it is looked up by
    # name, and the object the server made is the answer (never a false failure)
    assert made == {"name": "fresh_000", "ip_netmask": "10.0.0.1/32", "description": "bulk item 0",
                    "id": "id-fresh_000"}


# --------------------------------------------------------------------------- the client rate limiter


def test_the_client_rate_limiter_paces_the_fan_out(srv, monkeypatch, no_thread_pool):
    # The limiter and the fan-out's timers on one fake clock, which the emulator reads too:
    # each create is stamped with the clock time the client let it go.
    clock = FakeClock(1000.0)
    virtual_fanout(monkeypatch, clock)
    rec = Recorder(srv.app, clock=clock).install(monkeypatch)
    with sync_client(srv, rate_limit=600) as c:  # 10 per second after a burst of 20
        c.engine.limiter = RateLimiter(600, clock=clock)
        results = c.call_many("address", "create", addresses(30, "paced"), concurrency=8)
    assert all(isinstance(r, dict) for r in results)
    sent = sorted(a.at - 1000.0 for a in rec.answers if a.name is not None)
    # the burst of 20 at once, then one every 0.1 s: (30 - 20) / 10 per second = 1 s
    assert sent == pytest.approx([0.0] * 20 + [k / 10 for k in range(1, 11)], abs=1e-9)


# --------------------------------------------------------------------------- custom transport: thread pool


def test_a_custom_transport_runs_on_a_thread_pool_within_the_cap(monkeypatch):
    def refuse(*_a: Any, **_k: Any) -> Any:
        raise AssertionError("a custom transport must not go through libcurl")

    monkeypatch.setattr(fanout, "FanoutDriver", refuse)
    lock = threading.Lock()
    state = {"now": 0, "max": 0}
    seen: list[str] = []

    four_at_once = threading.Event()  # the first calls wait for it: concurrency is seen, not hoped for
    never_together: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/access_token"):
            return httpx.Response(200, json={"access_token": "tok", "token_type": "Bearer", "expires_in": 900})
        assert request.headers["authorization"] == "Bearer tok"
        name = json.loads(request.content)["name"]
        with lock:
            state["now"] += 1
            state["max"] = max(state["max"], state["now"])
            seen.append(name)
            if state["now"] == 4:
                four_at_once.set()
        if not four_at_once.wait(HANG_GUARD_S):  # the concurrency never came: end the run, fail below
            never_together.append(name)
            four_at_once.set()
        time.sleep(0.02)  # latency, not needed to pass: gives a fifth call over the cap time to show
        with lock:
            state["now"] -= 1
        return httpx.Response(201, json={"id": f"id-{name}", "name": name})

    items = addresses(40, "mock")
    with Client("id", "secret", "1234567890", base_url="http://scm.test", auth_url="http://auth.test",
                setup_url="http://scm.test", transport=httpx.MockTransport(handler), rate_limit=0,
                retry=RetryPolicy(max_retries=0)) as c:
        results = c.call_many("address", "create", items, concurrency=4)
    assert [r["name"] for r in results] == [i["name"] for i in items]
    assert [r["id"] for r in results] == [f"id-{i['name']}" for i in items]
    assert sorted(seen) == sorted(i["name"] for i in items)  # each sent once
    assert not never_together, "the calls were not in flight together"
    assert state["max"] == 4, state  # reached, never exceeded


def test_a_custom_transport_also_stops_at_the_first_failure():
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/access_token"):
            return httpx.Response(200, json={"access_token": "tok", "token_type": "Bearer", "expires_in": 900})
        name = json.loads(request.content)["name"]
        if name == "mock_003":
            return httpx.Response(409, json={"_errors": [{"code": "E006", "message": "Name Not Unique",
                                                           "details": {}}], "_request_id": "r-1"})
        time.sleep(0.01)
        return httpx.Response(201, json={"id": f"id-{name}", "name": name})

    with Client("id", "secret", "1234567890", base_url="http://scm.test", auth_url="http://auth.test",
                setup_url="http://scm.test", transport=httpx.MockTransport(handler), rate_limit=0,
                retry=RetryPolicy(max_retries=0)) as c, pytest.raises(errors.BulkFailed) as exc:
        c.call_many("address", "create", addresses(40, "mock"), concurrency=2)
    err = exc.value
    assert err.index == 3 and isinstance(err.cause, errors.NameNotUnique)
    assert len(err.results) == 40 and err.results[-1] is None
    assert err.done == sum(isinstance(r, dict) for r in err.results)
    assert err.done + 1 + err.results.count(None) == 40


# --------------------------------------------------------------------------- libcurl to httpx


def test_parse_headers_keeps_only_the_last_response():
    lines = [
        b"HTTP/1.1 100 Continue\r\n", b"\r\n",
        b"HTTP/1.1 302 Found\r\n", b"Location: /elsewhere\r\n", b"X-Old: 1\r\n", b"\r\n",
        b"HTTP/1.1 201 Created\r\n",
        b"Content-Type: application/json\r\n",
        b"Set-Cookie: a=1\r\n",
        b"set-cookie: b=2\r\n",
        b"X-Request-Id:  abc-123 \r\n",
        b"Date: Mon, 04 May 2026 10:00:00 GMT\r\n",
        b"\r\n",
    ]
    assert fanout.parse_headers(lines) == {
        "content-type": "application/json",
        "set-cookie": "a=1, b=2",
        "x-request-id": "abc-123",
        "date": "Mon, 04 May 2026 10:00:00 GMT",
    }


def test_parse_headers_of_a_single_response_and_of_nothing():
    assert fanout.parse_headers([b"HTTP/2 200\r\n", b"Retry-After: 3\r\n", b"\r\n"]) == {"retry-after": "3"}
    assert fanout.parse_headers([]) == {}


@pytest.mark.parametrize(("errno", "sent", "kind"), [
    (7, False, httpx.ConnectError),
    (7, True, httpx.ConnectError),
    (6, False, httpx.ConnectError),
    (28, False, httpx.ConnectTimeout),
    (28, True, httpx.ReadTimeout),
    (52, True, httpx.RemoteProtocolError),
    (55, True, httpx.WriteError),
    (56, True, httpx.ReadError),
    (18, True, httpx.RemoteProtocolError),
    (18, False, httpx.ConnectError),
])
def test_transport_error_maps_libcurl_errors_to_httpx(errno, sent, kind):
    err = fanout.transport_error(errno, "boom", sent)
    assert type(err) is kind
    assert str(err) == f"boom (libcurl error {errno})"
    # the flows decide whether a create may be resent from this classification
    never_sent = errno in (6, 7) or not sent
    assert isinstance(err, t.NEVER_SENT) is never_sent


def test_transport_error_without_a_message_names_the_failure():
    assert str(fanout.transport_error(7, "", False)) == "could not connect (libcurl error 7)"
    assert str(fanout.transport_error(99, "", True)) == "transfer failed (libcurl error 99)"


# --------------------------------------------------------------------------- the async client


def async_on(srv: Any, **kw: Any) -> Any:
    from sasekit import AsyncClient

    a = DEMO_ACCOUNT
    kw.setdefault("retry", RetryPolicy(max_retries=2, budget=5, base=0.01))
    return AsyncClient(a["client_id"], a["client_secret"], a["tsg_id"], base_url=srv.url, auth_url=srv.url,
                       setup_url=srv.url, rate_limit=0, **kw)


@pytest.mark.anyio
async def test_async_call_many_runs_on_the_fan_out_in_a_thread(srv, monkeypatch):
    import asyncio

    threads: set[str] = set()
    original = fanout.FanoutDriver.run_many

    def spy(self: Any, flows: Any, concurrency: int) -> Any:
        threads.add(threading.current_thread().name)
        return original(self, flows, concurrency)

    monkeypatch.setattr(fanout.FanoutDriver, "run_many", spy)
    loop = asyncio.get_running_loop()
    answered = threading.Event()
    loop_was_free: list[bool] = []

    async def ask_the_event_loop(n: int) -> None:
        # The 50th create waits for the caller's event loop to run a callback: it can
        # only if call_many left the loop free while its thread works.
        if n == 50:
            loop.call_soon_threadsafe(answered.set)
            loop_was_free.append(await asyncio.to_thread(answered.wait, HANG_GUARD_S))

    Recorder(srv.app, on_create=ask_the_event_loop).install(monkeypatch)
    items = [{"folder": "Shared", "name": f"AS{i}", "ip_netmask": f"198.51.100.{i}/32"} for i in range(1, 101)]
    async with async_on(srv) as c:
        made = await c.call_many("address", "create", items, concurrency=8)
    assert [m["name"] for m in made] == [i["name"] for i in items]
    assert threads and threading.current_thread().name not in threads
    assert loop_was_free == [True], "the event loop was blocked during call_many"
    with sync_client(srv) as s:
        assert sorted(a["name"] for a in listed(s)) == sorted(i["name"] for i in items)


@pytest.mark.anyio
async def test_cancelling_an_async_call_many_stops_new_calls(srv, monkeypatch):
    import asyncio

    from sasekit import client as client_module

    held, release, finished = threading.Event(), threading.Event(), threading.Event()

    async def hold_the_tenth(n: int) -> None:  # on the wire until the test has cancelled
        if n == 10:
            held.set()
            await asyncio.to_thread(release.wait, HANG_GUARD_S)

    rec = Recorder(srv.app, on_create=hold_the_tenth).install(monkeypatch)
    gather = client_module._gather

    def gather_in_the_thread(*args: Any, **kw: Any) -> Any:  # says when the worker thread is done
        try:
            return gather(*args, **kw)
        finally:
            finished.set()

    monkeypatch.setattr(client_module, "_gather", gather_in_the_thread)
    items = [{"folder": "Shared", "name": f"CX{i}", "ip_netmask": "198.51.100.1/32"} for i in range(300)]
    async with async_on(srv) as c:
        try:
            task = asyncio.ensure_future(c.call_many("address", "create", items, concurrency=4))
            assert await asyncio.to_thread(held.wait, HANG_GUARD_S), "the 10th create never arrived"
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            arrived_by_the_cancel = len(rec.creates)
        finally:
            release.set()
        assert await asyncio.to_thread(finished.wait, HANG_GUARD_S), "the worker thread did not end"
    with sync_client(srv) as s:
        on_server = sorted(a["name"] for a in listed(s))
    # The calls on the wire finished in the thread (the held one only after the cancel) ...
    assert on_server == sorted(rec.creates)
    # ... and no new one started: after the cancel at most the other 3 of the 4 calls then
    # in flight could still arrive.
    assert 10 <= len(rec.creates) <= arrived_by_the_cancel + 3 < len(items)
