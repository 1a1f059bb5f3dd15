"""``sasekit health serve`` as Prometheus sees it: the metrics endpoint served by
:func:`sasekit.health.metrics.serve` (port 0, a stop event) over a watcher polling a served
emulator that plays tests/test_health_cli.py's scenario on a fake clock, scraped with
httpx and parsed with prometheus_client's own parsers (the classic text format and
OpenMetrics).

Each poll is released by the test (:class:`Gate`) after it has set the fake clock, so
what a scrape shows is the scenario's state at a known minute; the only waits are for
the server to be ready and for a released poll to be counted, both bounded.
"""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from prometheus_client.openmetrics.parser import (
    text_string_to_metric_families as openmetrics_families,
)
from prometheus_client.parser import text_string_to_metric_families

from cli_helpers import USER_VARS, cli_runner
from client_fixtures import config, fresh_tokens, sync_client
from process_helpers import kill, wait_for
from sasekit.emulator import DEMO_ACCOUNT
from sasekit.emulator.app import EmulatorApp
from sasekit.emulator.serve import ServerThread
from sasekit.health import metrics
from sasekit.health.collect import Collector
from sasekit.health.history import HealthHistory
from sasekit.health.probes import echo_server, run
from sasekit.health.sampling import points
from sasekit.health.watch import Watcher
from sasekit.tunnels import apply as applying
from sasekit.tunnels.intent import read
from sasekit.tunnels.plan import plan
from sasekit.workflows.history import History
from sasekit.workflows.loader import loads
from sasekit.workflows.runner import Runner
from test_health_cli import FACTOR, INTENT, SCENARIO, Clock, at_minute

READY_S = 20.0       # a bound for the server to listen and for a released poll to be counted


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """A served emulator on a fake clock playing the scenario, the intent applied and pushed
    (tests/test_health_cli.py's setup, with this module's own emulator)."""
    fresh_tokens()
    folder = tmp_path_factory.mktemp("metrics")
    (folder / "scenario.yaml").write_text(SCENARIO, encoding="utf-8")
    clock = Clock(round(time.time()))
    start = clock.t
    cfg = config(rate_limit={"enabled": False}, health_scenario=str(folder / "scenario.yaml"),
                 health_clock_factor=FACTOR)
    with ServerThread(app=EmulatorApp(cfg, clock=clock)) as srv:
        intent = folder / "tunnels.yaml"
        intent.write_text(INTENT, encoding="utf-8")
        with _client(srv) as client:
            planned = plan(client, read(intent))
            assert not planned.problems, planned.problems
            doc = loads(json.dumps(applying.workflow(planned, push=False, wait=False)), str(folder / "apply.json"))
            history = History(folder / "runs.db")
            assert Runner(client, history, base_dir=folder).run(doc, {}).status == "succeeded"
            history.close()
            client.push(["Remote Networks"], "metrics test", wait=False)
        clock.t += 1
        yield {"srv": srv, "clock": clock, "start": start, "folder": folder}


def _client(srv: Any) -> Any:
    return sync_client(srv, incidents_url=srv.url, insights_url=srv.url, panw_region="americas")


class Gate:
    """The watcher, polling only when the test releases a poll: ``serve`` runs its own loop
    (interval 0), each cycle waiting here until released or stopped (bounded)."""

    def __init__(self, watcher: Watcher, stop: threading.Event) -> None:
        self.watcher = watcher
        self.history = watcher.history
        self.stop = stop
        self.go = threading.Semaphore(0)

    def cycle(self) -> Any:
        for _ in range(3000):                     # 5 minutes at most, then the poll counts as failed
            if self.go.acquire(timeout=0.1):
                return self.watcher.cycle()
            if self.stop.is_set():
                break
        raise RuntimeError("the test released no poll")


class Served:
    def __init__(self, world: dict, gate: Gate, port: int, history_path: Path, told: list[str]) -> None:
        self.world, self.gate, self.port, self.history_path = world, gate, port, history_path
        self.told = told     # what serve reported (on stderr from the command)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/metrics"

    def get(self, accept: str | None = None) -> httpx.Response:
        r = httpx.get(self.url, headers={"Accept": accept} if accept else {}, timeout=10, trust_env=False)
        assert r.status_code == 200, r.text
        return r

    def scrape(self) -> dict[str, Any]:
        return {f.name: f for f in text_string_to_metric_families(self.get().text)}

    def polls(self) -> dict[str, float]:
        return {s.labels["result"]: s.value for s in self.scrape()["sasekit_polls"].samples}

    def poll_at(self, minute: float) -> dict[str, Any]:
        """Set the fake clock, release one poll, wait until it is counted; the scrape after it."""
        at_minute(self.world, minute)
        before = sum(self.polls().values())
        self.gate.go.release()
        wait_for(lambda: sum(self.polls().values()) == before + 1, timeout=READY_S, what="the released poll")
        return self.scrape()


@pytest.fixture
def served(world, tmp_path) -> Iterator[Served]:
    """``metrics.serve`` in a thread on 127.0.0.1, port 0, until the stop event: each test
    its own server, history and counters."""
    path = tmp_path / "served" / "health.db"
    stop = threading.Event()
    told: list[str] = []
    bound: queue.Queue[tuple[str, int]] = queue.Queue()
    with _client(world["srv"]) as client, HealthHistory(path) as history:
        gate = Gate(Watcher(Collector(client, history, clock=world["clock"]), clock=world["clock"]), stop)
        thread = threading.Thread(target=metrics.serve, args=(gate,), daemon=True,
                                  kwargs={"host": "127.0.0.1", "port": 0, "interval_s": 0.0, "stop": stop,
                                          "ready": bound.put, "report": told.append})
        thread.start()
        host, port = bound.get(timeout=READY_S)
        assert host == "127.0.0.1" and port > 0        # port 0: any free port, and ready says which
        try:
            yield Served(world, gate, port, path, told)
        finally:
            stop.set()
            gate.go.release()
            thread.join(READY_S)
        assert not thread.is_alive()


def by_labels(family: Any, *keys: str) -> dict[tuple[str, ...], float]:
    return {tuple(s.labels[k] for k in keys): s.value for s in family.samples}


def test_the_endpoint_answers_before_the_first_poll_and_makes_nothing_up(served):
    fams = served.scrape()
    assert served.polls() == {"ok": 0, "failed": 0}
    assert fams["sasekit_tunnel_up"].samples == [] and fams["sasekit_site_up"].samples == []
    assert fams["sasekit_poll_timestamp_seconds"].samples[0].value == 0


def test_tunnels_bgp_sites_and_incidents_follow_the_scenario(served, world):
    fams = served.poll_at(3.5)       # paris-01's primary in its 2nd loss, its LTE's BGP down
    up = by_labels(fams["sasekit_tunnel_up"], "tunnel", "site", "role", "service")
    assert up[("paris-01-wan1", "paris-01", "primary", "rn")] == 0
    assert up[("paris-01-lte", "paris-01", "secondary", "rn")] == 1
    assert up[("sydney-01-wan1", "sydney-01", "primary", "rn")] == 1
    assert up[("tokyo-e1", "tokyo-01", "ecmp", "rn")] == 1     # down at 2, up again at 3
    assert {k[0] for k in up} >= {"tokyo-e2", "dc-sc1", "dc-sc2"}
    state = by_labels(fams["sasekit_tunnel_state"], "tunnel", "state")
    assert state[("paris-01-wan1", "down")] == 1 and ("paris-01-wan1", "up") not in state
    bgp = by_labels(fams["sasekit_bgp_up"], "tunnel", "site", "role")
    assert bgp[("paris-01-lte", "paris-01", "secondary")] == 0
    assert bgp[("tokyo-e1", "tokyo-01", "ecmp")] == 1
    assert ("sydney-01-wan1", "sydney-01", "primary") not in bgp     # no BGP peer configured: no series
    sites = by_labels(fams["sasekit_site_up"], "site", "service")
    assert sites[("paris-01", "rn")] == 0.5 and sites[("sydney-01", "rn")] == 1
    incidents = by_labels(fams["sasekit_incidents_open"], "code")
    assert incidents[("INC_RN_PRIMARY_WAN_TUNNEL_DOWN",)] == 1
    assert incidents[("INC_RN_SECONDARY_WAN_BGP_DOWN",)] == 1
    assert fams["sasekit_poll_timestamp_seconds"].samples[0].value == pytest.approx(world["clock"].t)
    assert fams["sasekit_poll_api_calls"].samples[0].value >= 2

    fams = served.poll_at(22.5)      # sydney-01's only tunnel down for 10 minutes: the site is down
    up = by_labels(fams["sasekit_tunnel_up"], "tunnel")
    assert up[("sydney-01-wan1",)] == 0 and up[("paris-01-wan1",)] == 1
    sites = by_labels(fams["sasekit_site_up"], "site")
    assert sites[("sydney-01",)] == 0
    codes = by_labels(fams["sasekit_incidents_open"], "code")
    assert codes[("INC_RN_SITE_DOWN",)] == 1 and codes[("INC_RN_PRIMARY_WAN_TUNNEL_DOWN",)] >= 1
    assert codes[("INC_RN_SECONDARY_WAN_BGP_DOWN",)] == 0            # cleared at minute 4
    bgp = by_labels(fams["sasekit_bgp_up"], "tunnel")
    assert bgp[("paris-01-lte",)] == 1

    fams = served.poll_at(25)        # everything settled
    assert set(by_labels(fams["sasekit_tunnel_up"], "tunnel").values()) == {1.0}
    assert set(by_labels(fams["sasekit_site_up"], "site").values()) == {1.0}
    # every code seen open reads 0 once closed (an alert on "> 0" resolves; "absent" would not)
    zeros = by_labels(fams["sasekit_incidents_open"], "code")
    assert zeros[("INC_RN_PRIMARY_WAN_TUNNEL_DOWN",)] == 0 and set(zeros.values()) == {0.0}


def test_the_poll_counter_is_named_as_prometheus_exposes_it(served):
    served.poll_at(19)
    text = served.get().text
    assert "# TYPE sasekit_polls_total counter" in text
    assert 'sasekit_polls_total{result="ok"}' in text and 'sasekit_polls_total{result="failed"}' in text
    assert served.polls() == {"ok": 1, "failed": 0}


def test_probe_figures_appear_once_a_probe_run_is_in_the_history(served):
    assert served.scrape()["sasekit_probe_latency_milliseconds"].samples == []
    with echo_server() as echo:
        result = run(f"udp:127.0.0.1:{echo.port}", count=60, interval_s=0.005, timeout_s=1.0)
    assert result.error is None and result.received == 60
    rows = points(result, site="paris-01", tunnel="paris-01-wan1", egress="eth0", started=time.time(),
                  window_s=0.1)
    assert len(rows) == 3
    with HealthHistory(served.history_path) as other:       # another process's `probe run`, same file
        other.add_samples(rows)
    fams = served.scrape()               # a scrape reads the history: no poll needed
    last = rows[-1]
    labels = ("site", "tunnel", "egress", "target", "method")
    want = ("paris-01", "paris-01-wan1", "eth0", result.target, "udp")
    for name, key in (("sasekit_probe_latency_milliseconds", "latency_ms"),
                      ("sasekit_probe_latency_p95_milliseconds", "p95_ms"),
                      ("sasekit_probe_jitter_milliseconds", "jitter_ms"),
                      ("sasekit_probe_loss_percent", "loss_pct"),
                      ("sasekit_probe_rtt_milliseconds", "rtt_ms"),
                      ("sasekit_probe_timestamp_seconds", "at")):
        assert by_labels(fams[name], *labels) == {want: pytest.approx(last[key])}, name
    assert by_labels(fams["sasekit_probe_loss_percent"], *labels)[want] == 0
    assert by_labels(fams["sasekit_probe_jitter_milliseconds"], *labels)[want] == pytest.approx(result.jitter_ms)


def test_openmetrics_is_served_to_a_scraper_that_asks_for_it(served):
    served.poll_at(19)
    r = served.get("application/openmetrics-text; version=1.0.0; charset=utf-8")
    assert r.headers["content-type"].startswith("application/openmetrics-text")
    assert r.text.endswith("# EOF\n")
    fams = {f.name: f for f in openmetrics_families(r.text)}   # the strict parser: it raises on bad text
    assert fams["sasekit_polls"].type == "counter"
    assert {s.name for s in fams["sasekit_polls"].samples} == {"sasekit_polls_total"}
    assert fams["sasekit_tunnel_up"].type == "gauge" and fams["sasekit_tunnel_up"].samples
    plain = served.get()
    assert plain.headers["content-type"].startswith("text/plain") and "# EOF" not in plain.text


def test_a_failed_poll_is_counted_and_the_endpoint_keeps_serving(served, world):
    srv = world["srv"]
    admin = {"X-Emulator-Admin": srv.app.admin_secret}
    before = served.poll_at(19)
    r = httpx.put(f"{srv.url}/_emulator/faults", json={"p503": 1.0}, headers=admin, trust_env=False)
    assert r.status_code == 200, r.text
    try:
        fams = served.poll_at(19.2)
        again = served.poll_at(19.3)
    finally:
        httpx.put(f"{srv.url}/_emulator/faults", json={"p503": 0.0}, headers=admin, trust_env=False)
    assert {s.labels["result"]: s.value for s in fams["sasekit_polls"].samples} == {"ok": 1, "failed": 1}
    assert fams["sasekit_poll_ok"].samples[0].value == 0 and before["sasekit_poll_ok"].samples[0].value == 1
    assert {s.labels["result"]: s.value for s in again["sasekit_polls"].samples} == {"ok": 1, "failed": 2}
    assert len(served.told) == 1 and served.told[0].startswith("poll failed: ")   # told once, not per poll
    assert "503" in served.told[0]
    # what the last good poll saw is still served, and when that poll ran says how old it is
    assert fams["sasekit_tunnel_up"].samples == before["sasekit_tunnel_up"].samples
    assert fams["sasekit_poll_timestamp_seconds"].samples == before["sasekit_poll_timestamp_seconds"].samples
    fams = served.poll_at(19.4)      # the emulator answers again: so does the next poll
    assert {s.labels["result"]: s.value for s in fams["sasekit_polls"].samples} == {"ok": 2, "failed": 2}
    assert fams["sasekit_poll_ok"].samples[0].value == 1
    assert served.told[1:] == ["poll ok again, after 2 failed"]


def test_no_secret_is_in_the_metrics(served, world):
    served.poll_at(19)
    for accept in (None, "application/openmetrics-text"):
        text = served.get(accept).text
        assert DEMO_ACCOUNT["client_secret"] not in text
        assert world["srv"].app.admin_secret not in text
        assert "Bearer" not in text and "eyJ" not in text          # no token either


# ---------------------------------------------------------------------------- the CLI


def _env(world: dict, tmp_path: Path) -> dict[str, str]:
    srv = world["srv"]
    return {"SCM_CLIENT_ID": DEMO_ACCOUNT["client_id"], "SCM_CLIENT_SECRET": DEMO_ACCOUNT["client_secret"],
            "SCM_TSG_ID": DEMO_ACCOUNT["tsg_id"], "SCM_BASE_URL": srv.url, "SCM_AUTH_URL": srv.url,
            "SCM_SETUP_URL": srv.url, "SCM_INCIDENTS_URL": srv.url, "SCM_INSIGHTS_URL": srv.url,
            "SCM_PANW_REGION": "americas", "SASEKIT_CONFIG_DIR": str(tmp_path / "config"),
            "SASEKIT_STATE_DIR": str(tmp_path / "state")}


@pytest.fixture
def cli(world, capsys, monkeypatch, tmp_path):
    for name in USER_VARS:
        monkeypatch.delenv(name, raising=False)
    for name, value in _env(world, tmp_path).items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(tmp_path)
    return cli_runner(capsys, monkeypatch)


def test_serve_listens_on_loopback_unless_told(cli):
    r = cli("health", "serve", "--help")
    assert r.code == 0
    text = " ".join(r.out.split())
    assert "--host TEXT Address to listen on. [default: 127.0.0.1]" in text, r.out
    assert "[default: 9108" in text


def test_serve_refuses_a_zero_interval_and_a_taken_port_in_one_line(cli, tmp_path):
    r = cli("health", "serve", "--interval", "0", "--history", str(tmp_path / "h.db"))
    assert r.code == 2 and "--interval" in r.err and "Traceback" not in r.err
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        r = cli("health", "serve", "--port", str(port), "--history", str(tmp_path / "h.db"))
    assert r.code == 1 and "Traceback" not in r.err
    assert len(r.lines) == 1, r.err
    assert f"cannot listen on 127.0.0.1:{port}" in r.err and "--port" in r.err


def test_the_command_serves_on_any_free_port_and_stops_on_ctrl_c(world, tmp_path):
    """`sasekit health serve --port 0` as a user starts it: the URL it prints answers with
    the scenario's tunnels, and Ctrl-C (SIGINT) ends it cleanly."""
    env = {k: v for k, v in os.environ.items() if k not in USER_VARS}
    env.update(_env(world, tmp_path), PYTHONUNBUFFERED="1", PYTHONFAULTHANDLER="1")  # SIGABRT: every stack
    at_minute(world, 19)
    proc = subprocess.Popen([sys.executable, "-m", "sasekit", "health", "serve", "--port", "0", "--interval", "1h",
                             "--history", str(tmp_path / "h.db")], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, cwd=tmp_path, env=env)
    try:
        assert proc.stdout is not None
        lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=lambda: lines.put(proc.stdout.readline() if proc.stdout else ""),
                         daemon=True).start()
        line = lines.get(timeout=60)
        assert line.startswith("metrics on http://127.0.0.1:") and "/metrics" in line, line
        url = line.split()[2]

        def polled() -> Any:
            text = httpx.get(url, timeout=10, trust_env=False).text
            return 'sasekit_polls_total{result="ok"} 1.0' in text and text

        text = wait_for(polled, timeout=60, interval=0.1, what="the first poll of `health serve`")
        fams = {f.name: f for f in text_string_to_metric_families(text)}
        assert by_labels(fams["sasekit_tunnel_up"], "tunnel")[("paris-01-wan1",)] == 1
        assert DEMO_ACCOUNT["client_secret"] not in text
    finally:
        code = kill(proc, signal.SIGINT, timeout=20)
        err = proc.stderr.read() if proc.stderr else ""
    assert code == 0, f"exit {code}: {err}"
    assert "Traceback" not in err
    assert Path(tmp_path / "h.db").stat().st_mode & 0o077 == 0


def test_an_outage_is_told_once_however_its_countdown_reads(tmp_path):
    # the breaker's message counts down between polls; an operator reads one line per outage
    from sasekit.errors import TransportError

    class Down:
        def __init__(self, history: HealthHistory) -> None:
            self.history = history
            self.left = [f"the last 8 connections to the service failed (try again in {n} s)" for n in (29, 27, 25)]
            self.left.append("failed to obtain access token: 401")

        def cycle(self) -> Any:
            raise TransportError(RuntimeError(self.left.pop(0)), method="POST", path="/incidents/v1/search")

    told: list[str] = []
    with HealthHistory(tmp_path / "h.db") as history:
        metrics.serve(Down(history), host="127.0.0.1", port=0, interval_s=0.0, cycles=4, ready=lambda _a: None,
                      report=told.append)
    assert len(told) == 2, told
    assert "try again in 29 s" in told[0] and "401" in told[1]
