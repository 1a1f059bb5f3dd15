"""sasekit.health.probes: targets, the figures (RFC 3550 jitter by hand), and real probes
against 127.0.0.1 (UDP echo, TCP connect, HTTP, ICMP where permitted); one test, as
root, probes inside a network namespace of its own."""

from __future__ import annotations

import contextlib
import http.server
import json
import os
import select
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator

import pytest

from sasekit.health import probes
from sasekit.health.probes import Result, Sample, Target, figures, parse_target, rfc3550_jitter

MS = 1_000_000


def ok(seq: int, sent_ms: float, rtt_ms: float) -> Sample:
    return Sample(seq=seq, sent_ns=int(sent_ms * MS), rtt_ns=int(rtt_ms * MS), status="ok")


def lost(seq: int, sent_ms: float = 0.0, error: str | None = None) -> Sample:
    return Sample(seq=seq, sent_ns=int(sent_ms * MS), error=error)


def free_port(kind: int) -> int:
    with socket.socket(socket.AF_INET, kind) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# --------------------------------------------------------------------------- targets


@pytest.mark.parametrize(("spec", "expected"), [
    ("icmp:10.0.0.1", Target("icmp", "10.0.0.1")),
    ("icmp:gw.example.net", Target("icmp", "gw.example.net")),
    ("icmp:[2001:db8::1]", Target("icmp", "2001:db8::1")),
    ("udp:10.0.0.1:7", Target("udp", "10.0.0.1", 7)),
    ("udp:10.0.0.1", Target("udp", "10.0.0.1", 7)),
    ("UDP:[2001:db8::1]:5000", Target("udp", "2001:db8::1", 5000)),
    ("tcp:10.0.0.1:443", Target("tcp", "10.0.0.1", 443)),
    ("http://10.0.0.1:8080/health", Target("http", "10.0.0.1", 8080, "http://10.0.0.1:8080/health")),
    ("https://portal.example.com/", Target("http", "portal.example.com", 443, "https://portal.example.com/")),
])
def test_targets_parse_and_print_back(spec: str, expected: Target) -> None:
    target = parse_target(spec)
    assert target == expected
    assert parse_target(str(target)) == target


@pytest.mark.parametrize(("spec", "why"), [
    ("", "empty"),
    ("10.0.0.1", "no method"),
    ("ftp:10.0.0.1", "unknown method 'ftp'"),
    ("tcp:10.0.0.1", "no port"),
    ("tcp:10.0.0.1:0", "port '0'"),
    ("tcp:10.0.0.1:http", "port 'http'"),
    ("udp:10.0.0.1:70000", "port '70000'"),
    ("udp:2001:db8::1:7", "in brackets"),
    ("udp:[10.0.0.1]:7", "not an IPv6 address"),
    ("icmp:10.0.0.1:7", "no port"),
    ("tcp:bad_host!:80", "neither an IP address nor a host name"),
    ("http:10.0.0.1/health", "a URL"),
    ("http://user:pw@10.0.0.1/", "credentials"),
    ("http:///health", "no host"),
])
def test_bad_targets_name_the_value_and_the_rule(spec: str, why: str) -> None:
    with pytest.raises(ValueError) as info:
        parse_target(spec)
    message = str(info.value)
    assert repr(spec) in message and why in message
    assert "a target is icmp:HOST" in message


def test_bad_arguments_are_value_errors() -> None:
    for kwargs, why in [({"count": 0}, "count 0"), ({"interval_s": 0.0001}, "interval"),
                        ({"timeout_s": 0}, "timeout"), ({"concurrency": 0}, "concurrency"),
                        ({"source": "eth0"}, "source 'eth0'")]:
        with pytest.raises(ValueError, match=why):
            probes.run("udp:127.0.0.1:7", **kwargs)


# --------------------------------------------------------------------------- figures


def test_rfc3550_jitter_worked_example() -> None:
    # RTTs 10, 12, 11, 15 ms: D = 2, 1, 4 (absolute differences of consecutive RTTs).
    # J1 = 0 + (2 - 0)/16 = 0.125
    # J2 = 0.125 + (1 - 0.125)/16 = 0.1796875
    # J3 = 0.1796875 + (4 - 0.1796875)/16 = 0.41845703125
    assert rfc3550_jitter([10, 12, 11, 15]) == 0.41845703125
    assert rfc3550_jitter([10]) == 0.0
    samples = [ok(0, 0, 10), ok(1, 20, 12), ok(2, 40, 11), ok(3, 60, 15)]
    f = figures(samples)
    assert f.jitter_ms == pytest.approx(0.41845703125)
    assert f.ipdv_mean_ms == pytest.approx((2 + 1 + 4) / 3)


def test_jitter_follows_arrival_order_and_skips_lost_and_failed() -> None:
    # Arrivals: probe 1 at 15 ms (sent 10, rtt 5), probe 0 at 30 (sent 0, rtt 30), probe 2
    # at 32 (sent 20, rtt 12). In arrival order the transits are 5, 30, 12: D = 25, 18.
    # (In sequence order, 30, 5, 12, they would be D = 25, 7.) Lost and failed: left out.
    samples = [ok(0, 0, 30), ok(1, 10, 5), ok(2, 20, 12),
               lost(3, 30), Sample(seq=4, sent_ns=40 * MS, rtt_ns=1 * MS, status="failed", error="x")]
    f = figures(samples)
    j1 = 25 / 16
    j2 = j1 + (18 - j1) / 16          # 30 -> 12
    assert f.jitter_ms == pytest.approx(j2)
    assert f.ipdv_mean_ms == pytest.approx((25 + 18) / 2)
    # in sequence order it would have been 30 -> 5 -> 12: D = 25, 7
    assert f.jitter_ms != pytest.approx(25 / 16 + (7 - 25 / 16) / 16)


def test_loss_failed_and_percentiles() -> None:
    samples = [ok(i, i * 10, float(i + 1)) for i in range(15)]       # RTTs 1..15 ms
    samples += [lost(15), lost(16), lost(17, error=probes.LATE), lost(18)]
    samples += [Sample(seq=19, sent_ns=0, rtt_ns=3 * MS, status="failed", http_status=503,
                       error="HTTP 503")]
    f = figures(samples)
    assert (f.sent, f.received, f.lost, f.failed, f.late) == (20, 15, 4, 1, 1)
    assert f.loss_pct == 20.0 and f.failed_pct == 5.0
    assert f.rtt_mean_ms == pytest.approx(8.0)
    assert f.rtt_p50_ms == pytest.approx(8.0)
    assert f.rtt_p95_ms == pytest.approx(14.3)                      # position 14 * 0.95 = 13.3
    assert (f.rtt_min_ms, f.rtt_max_ms) == (1.0, 15.0)
    assert probes.percentile([4.0], 95) == 4.0
    assert probes.percentile([1.0, 2.0], 50) == 1.5


def test_figures_of_nothing_received() -> None:
    f = figures([lost(0), lost(1)])
    assert f.loss_pct == 100.0 and f.received == 0
    assert f.rtt_mean_ms is None and f.jitter_ms is None and f.ipdv_mean_ms is None
    empty = figures([])
    assert empty.sent == 0 and empty.loss_pct is None


# --------------------------------------------------------------------------- against 127.0.0.1


@pytest.fixture
def echo() -> Iterator[probes.EchoServer]:
    with probes.echo_server("127.0.0.1", 0, tcp=True, lifetime_s=30) as server:
        yield server


def test_udp_echo(echo: probes.EchoServer) -> None:
    began = time.monotonic()
    r = probes.run(f"udp:127.0.0.1:{echo.port}", count=50, interval_s=0.002, timeout_s=0.5)
    assert time.monotonic() - began < 2.0
    assert r.error is None and r.sent == 50 and r.received == 50 and r.loss_pct == 0.0
    assert all(s.status == "ok" and s.rtt_ns and s.rtt_ns > 0 for s in r.samples)
    assert [s.seq for s in r.samples] == list(range(50))
    assert r.rtt_min_ms and r.rtt_min_ms > 0 and r.jitter_ms is not None
    assert echo.datagrams >= 50
    again = Result.from_dict(json.loads(json.dumps(r.to_dict())))
    assert again == r


def test_fake_clock_times_the_probes(echo: probes.EchoServer) -> None:
    # The clock is read at the run's start, before each send and after each answer:
    # with each probe answered before the next leaves, every RTT is one clock step.
    ticks = iter(range(0, 10**12, 7 * MS))
    r = probes.run(f"udp:127.0.0.1:{echo.port}", count=4, interval_s=0.05, timeout_s=1.0,
                   clock=lambda: next(ticks))
    assert r.received == 4
    assert {s.rtt_ns for s in r.samples} == {7 * MS}
    assert r.rtt_mean_ms == 7.0 and r.jitter_ms == 0.0


def test_udp_nothing_listening_is_all_lost() -> None:
    port = free_port(socket.SOCK_DGRAM)
    began = time.monotonic()
    r = probes.run(f"udp:127.0.0.1:{port}", count=5, interval_s=0.01, timeout_s=0.2)
    assert time.monotonic() - began < 1.5
    assert r.error is None and r.sent == 5 and r.received == 0 and r.lost == 5
    assert r.loss_pct == 100.0 and r.rtt_mean_ms is None
    assert "received 0, lost 5 (100.0%)" in r.summary()


def test_tcp_connect_to_listener_and_to_closed_port(echo: probes.EchoServer) -> None:
    r = probes.run(f"tcp:127.0.0.1:{echo.port}", count=10, interval_s=0.005, timeout_s=0.5)
    assert r.error is None and r.received == 10 and r.failed == 0 and r.concurrency
    assert r.rtt_p95_ms is not None and r.rtt_p95_ms > 0
    closed = free_port(socket.SOCK_STREAM)
    began = time.monotonic()
    refused = probes.run(f"tcp:127.0.0.1:{closed}", count=5, interval_s=0.005, timeout_s=2.0)
    assert time.monotonic() - began < 1.0                            # refused at once, no timeout
    assert refused.failed == 5 and refused.lost == 0 and refused.loss_pct == 0.0
    assert refused.failed_pct == 100.0 and refused.received == 0
    assert refused.errors == {"ECONNREFUSED (Connection refused)": 5}
    assert all(s.status == "failed" and s.rtt_ns is not None for s in refused.samples)


def test_tcp_echo_echoes(echo: probes.EchoServer) -> None:
    with socket.create_connection(("127.0.0.1", echo.port), timeout=2) as conn:
        conn.sendall(b"hello, echo")
        assert conn.recv(100) == b"hello, echo"


@pytest.fixture
def web() -> Iterator[str]:
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            code = 200 if self.path == "/health" else 503
            body = b"ok" if code == 200 else b"down"
            self.send_response(code)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def test_http_time_to_first_byte_and_status(web: str) -> None:
    r = probes.run(f"{web}/health", count=5, interval_s=0.01, timeout_s=2.0)
    assert r.error is None and r.received == 5 and r.http_statuses == {"200": 5}
    assert all(s.http_status == 200 and s.rtt_ns for s in r.samples)
    bad = probes.run(f"{web}/down", count=3, interval_s=0.01, timeout_s=2.0)
    # an answer, so not lost: failed, with its status and its time kept
    assert bad.failed == 3 and bad.lost == 0 and bad.received == 0 and bad.loss_pct == 0.0
    assert bad.http_statuses == {"503": 3} and bad.errors == {"HTTP 503": 3}
    assert all(s.rtt_ns for s in bad.samples)
    refused = probes.run(f"http://127.0.0.1:{free_port(socket.SOCK_STREAM)}/", count=2,
                         interval_s=0.01, timeout_s=2.0)
    assert refused.failed == 2 and refused.http_statuses == {}


def test_icmp_loopback() -> None:
    r = probes.run("icmp:127.0.0.1", count=20, interval_s=0.002, timeout_s=0.5)
    if r.error and "not permitted" in r.error:
        pytest.skip(f"ICMP sockets not permitted here: {r.error}")
    assert r.error is None and r.received == 20 and r.loss_pct == 0.0, r.summary()
    assert r.detail and r.detail.startswith("icmp: ")
    assert r.rtt_mean_ms is not None and r.rtt_mean_ms > 0


def test_run_level_errors_are_results_not_tracebacks() -> None:
    # 192.0.2.1 (TEST-NET-1) is not an address of this host: nothing is sent
    r = probes.run("udp:127.0.0.1:7", source="192.0.2.1", count=3)
    assert r.sent == 0 and r.error and "source 192.0.2.1: cannot bind" in r.error
    assert not r.ok and "error:" in r.summary()
    unresolved = probes.run("tcp:no-such-host.invalid:80", count=1)
    assert unresolved.error and "cannot resolve" in unresolved.error


def test_command_line_json(echo: probes.EchoServer, capsys: pytest.CaptureFixture[str]) -> None:
    closed = free_port(socket.SOCK_STREAM)
    code = probes.main(["run", "--count", "3", "--interval", "0.005", "--timeout", "0.5", "--json",
                        f"udp:127.0.0.1:{echo.port}", f"tcp:127.0.0.1:{closed}"])
    assert code == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["version"] == 1
    udp, tcp = (Result.from_dict(d) for d in doc["results"])
    assert udp.received == 3 and tcp.failed == 3
    with pytest.raises(SystemExit):
        probes.main(["run", "tcp:10.0.0.1"])
    assert "no port" in capsys.readouterr().err


def test_echo_server_lifetime_is_bounded() -> None:
    server = probes.echo_server("127.0.0.1", 0, lifetime_s=0.2)
    assert server._thread is not None
    server._thread.join(3)
    assert not server._thread.is_alive()
    with pytest.raises(ValueError, match="lifetime"):
        probes.EchoServer(lifetime_s=10**6)


# --------------------------------------------------------------------------- in a namespace (root)

NS = "skprobe-a"
NS_ADDRESS = "192.0.2.1"     # only inside the test's own namespace, on its loopback


def _netns_list() -> str:
    return subprocess.run(["ip", "netns", "list"], capture_output=True, text=True, timeout=10).stdout


@pytest.mark.skipif(sys.platform != "linux" or os.geteuid() != 0 or shutil.which("ip") is None,
                    reason="network namespaces need root and ip (iproute2) on Linux")
def test_run_in_namespace() -> None:
    def ip(*args: str) -> None:
        subprocess.run(["ip", *args], check=True, capture_output=True, timeout=10)

    if NS in _netns_list().split():
        ip("netns", "del", NS)
    echo = None
    try:
        ip("netns", "add", NS)
        ip("-n", NS, "link", "set", "lo", "up")
        ip("-n", NS, "addr", "add", f"{NS_ADDRESS}/32", "dev", "lo")
        echo = subprocess.Popen(
            ["ip", "netns", "exec", NS, sys.executable, "-m", "sasekit.health.probes", "echo",
             "--host", NS_ADDRESS, "--port", "7", "--lifetime", "30"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)
        assert echo.stdout is not None
        ready, _, _ = select.select([echo.stdout], [], [], 15)
        assert ready, "the echo responder did not start"
        assert json.loads(echo.stdout.readline())["echo"]["port"] == 7
        results = probes.run_in_namespace(
            NS, [f"udp:{NS_ADDRESS}:7", f"icmp:{NS_ADDRESS}", f"tcp:{NS_ADDRESS}:9"],
            source=NS_ADDRESS, count=20, interval_s=0.005, timeout_s=0.5)
        udp, icmp, tcp = results
        assert udp.received == 20 and udp.source == NS_ADDRESS, udp.summary()
        assert icmp.received == 20, icmp.summary()               # root there: a raw socket
        assert tcp.failed == 20 and tcp.lost == 0, tcp.summary()  # nothing on port 9: refused
        with pytest.raises(probes.ProbeError, match="exit"):
            probes.run_in_namespace("skprobe-none", ["icmp:127.0.0.1"], count=1)
    finally:
        if echo is not None:
            echo.terminate()
            try:
                echo.wait(5)
            except subprocess.TimeoutExpired:
                echo.kill()
                echo.wait(5)
            for stream in (echo.stdout, echo.stderr):
                if stream is not None:
                    with contextlib.suppress(OSError):
                        stream.close()
        subprocess.run(["ip", "netns", "del", NS], capture_output=True, timeout=10)
    assert NS not in _netns_list().split()
