"""The lab's delay relay: a wire namespace between two ends, bridged, then relayed late.

Needs Linux, root, ``ip`` and ``ping`` (the lab's packages, `make lab-deps`); skips
otherwise, saying which and how to fix it. The module's fixture makes three namespaces
of its own (skrelay-a, the wire skrelay-w, skrelay-b) with addresses only inside them,
and removes them at the end, checking that they and every relay it started are gone.
"""

from __future__ import annotations

import math
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sasekit.lab import host
from sasekit.lab.daemon import Charon, is_charon
from sasekit.lab.relay import (
    check,
    is_relay,
    read_stats,
    start_relay,
    stats_path,
    stop_relay,
    wire_up,
)

PROBLEM = host.missing() or (None if shutil.which("ping") else ("ping is not installed", host.FIX))
needs_lab = pytest.mark.skipif(PROBLEM is not None, reason=f"the lab cannot run here: {PROBLEM[0]}; fix: "
                                                            f"{PROBLEM[1]}" if PROBLEM else "")
A, WIRE, B = "skrelay-a", "skrelay-w", "skrelay-b"
A_IF, WA, WB, B_IF = "a0", "wa", "wb", "b0"
A_ADDR, B_ADDR = "10.99.0.1", "10.99.0.2"
A_INSIDE, B_INSIDE = "10.20.0.1", "100.127.0.1"   # behind each end, on its loopback: reached through ESP

IPSEC = """connections {{
  t {{
    version = 2
    local_addrs = {me}
    remote_addrs = {peer}
    proposals = aes256-sha256-modp2048
    local {{
      auth = psk
      id = {me_id}
    }}
    remote {{
      auth = psk
      id = {peer_id}
    }}
    children {{
      t {{
        local_ts = {me_ts}/32
        remote_ts = {peer_ts}/32
        esp_proposals = aes256gcm16
        start_action = none
      }}
    }}
  }}
}}
secrets {{
  ike-t {{
    id-a = branch.example.com
    id-b = prisma.example.com
    secret = "relay-test-only-psk"
  }}
}}
"""

UDP_ECHO = f"""
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(("{B_ADDR}", 7000))
s.settimeout(5)
for _ in range(50):
    try:
        data, peer = s.recvfrom(65535)
    except TimeoutError:
        break
    s.sendto(data, peer)
    s.settimeout(1)  # the client is done when it has been quiet a second
"""
UDP_CLIENT = f"""
import os, socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.settimeout(0.5)
ok = 0
for size in (1, 100, 1400, 4000, 8000):  # the last two are IP fragments
    data = os.urandom(size)
    for _ in range(6):  # the echo may not be listening yet
        s.sendto(data, ("{B_ADDR}", 7000))
        try:
            if s.recv(65535) == data:
                ok += 1
                break
        except TimeoutError:
            pass
print(ok)
"""
TCP_SINK = f"""
import hashlib, socket
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("{B_ADDR}", 7001))
s.listen(1)
s.settimeout(8)
c, _ = s.accept()
c.settimeout(8)
h, n = hashlib.sha256(), 0
while data := c.recv(65536):
    h.update(data)
    n += len(data)
c.sendall(f"{{n}} {{h.hexdigest()}}".encode())
c.close()
"""
TCP_CLIENT = f"""
import hashlib, os, socket, time
data = os.urandom(4 << 20)  # GSO frames of up to 64 KB, their checksums unfinished
for _ in range(40):
    try:
        c = socket.create_connection(("{B_ADDR}", 7001), timeout=3)
        break
    except OSError:
        time.sleep(0.05)
c.settimeout(8)
c.sendall(data)
c.shutdown(socket.SHUT_WR)
print(c.recv(200).decode() == f"{{len(data)}} {{hashlib.sha256(data).hexdigest()}}")
"""


def relay_namespaces() -> list[str]:
    out = subprocess.run(["ip", "netns", "list"], capture_output=True, text=True, check=False).stdout
    return [line.split()[0] for line in out.splitlines() if line.startswith("skrelay-")]


class Wire:
    """The test's topology, and the relays it started (stopped and checked at the end)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.pids: list[int] = []
        self.charons: list[Charon] = []

    def start(self, delay_ms: float, jitter_ms: float = 0.0, max_seconds: float = 60.0) -> int:
        pid = start_relay(WIRE, WA, WB, delay_ms, jitter_ms, self.folder, max_seconds=max_seconds)
        self.pids.append(pid)
        return pid

    def stop(self, pid: int) -> None:
        stop_relay(pid, WIRE, WA, WB)

    def stats(self) -> dict:
        return read_stats(stats_path(self.folder, WIRE))


@pytest.fixture(scope="module")
def wire(tmp_path_factory):
    if PROBLEM is not None:
        pytest.skip(f"the lab cannot run here: {PROBLEM[0]}; fix: {PROBLEM[1]}")
    assert not relay_namespaces(), "namespaces of another run are left: ip netns delete skrelay-a|w|b"
    the_wire = Wire(tmp_path_factory.mktemp("relay"))
    made = []
    try:
        for ns in (A, WIRE, B):
            made.append(ns)
            host.run(["ip", "netns", "add", ns])
            host.run(["ip", "-n", ns, "link", "set", "lo", "up"])
        host.run(["ip", "link", "add", A_IF, "netns", A, "type", "veth", "peer", "name", WA, "netns", WIRE])
        host.run(["ip", "link", "add", B_IF, "netns", B, "type", "veth", "peer", "name", WB, "netns", WIRE])
        wire_up(WIRE, WA, WB)
        for ns, dev, addr in ((A, A_IF, A_ADDR), (B, B_IF, B_ADDR)):
            host.run(["ip", "-n", ns, "addr", "add", f"{addr}/24", "dev", dev])
            host.run(["ip", "-n", ns, "link", "set", dev, "up"])
        yield the_wire
    finally:
        for pid in the_wire.pids:
            if is_relay(pid):
                the_wire.stop(pid)
        for daemon in the_wire.charons:
            daemon.stop()
        for ns in made:
            host.run(["ip", "netns", "delete", ns], check=False)
        assert not relay_namespaces()
        assert not any(is_relay(pid) for pid in the_wire.pids)
        assert not any(d.pid and is_charon(d.pid) for d in the_wire.charons)


def rtts(count: int = 20) -> list[float]:
    """Round trips (ms) of pings from A to B, every 50 ms."""
    done = host.run(["ping", "-n", "-c", str(count), "-i", "0.05", "-W", "1", B_ADDR], ns=A, check=False,
                    timeout=count * 0.05 + 10)
    return [float(x) for x in re.findall(r"time=([\d.]+) ms", done.stdout)]


def iqr(values: list[float]) -> float:
    q1, _, q3 = statistics.quantiles(values, n=4)
    return q3 - q1


def in_ns(ns: str, script: str, timeout: float = 15.0) -> str:
    return host.run(["ip", "netns", "exec", ns, sys.executable, "-c", script], timeout=timeout).stdout.strip()


def test_check_refuses_what_the_relay_cannot_do():
    check(0, 0)
    check(5000, 5000)
    for delay, jitter, rule in ((-1, 0, "between 0 and 5000"), (5001, 0, "between 0 and 5000"),
                                (math.nan, 0, "between 0 and 5000"), (20, 21, "between 0 and the delay (20 ms)"),
                                (20, -1, "between 0 and the delay")):
        with pytest.raises(ValueError, match=re.escape(rule)):
            check(delay, jitter)


def test_is_relay_is_not_fooled_by_other_processes():
    import os

    assert not is_relay(os.getpid())
    assert not is_relay(2**22 + 1)


@needs_lab
def test_the_bridge_forwards(wire):
    assert len(rtts(5)) == 5


@needs_lab
def test_a_delay_adds_to_the_round_trip_and_ends_with_the_bridge_back(wire):
    base = statistics.median(rtts())
    pid = wire.start(20)
    try:
        assert is_relay(pid)
        delayed = rtts()
    finally:
        wire.stop(pid)
    assert len(delayed) == 20
    added = statistics.median(delayed) - base
    assert 17 <= added <= 23, f"asked 20 ms, the round trip grew by {added:.2f} ms"
    assert not is_relay(pid)
    final = wire.stats()  # written at exit
    assert final["running"] is False and final["stopped"] == "signal SIGTERM"
    assert final["frames_a_to_b"] >= 20 and final["frames_b_to_a"] >= 20
    assert 19.5 <= final["held_ms"]["p50"] <= 21 and final["held_ms"]["count"] >= 20
    assert (stats_path(wire.folder, WIRE).stat().st_mode & 0o777) == 0o600
    after = rtts(5)
    assert len(after) == 5 and statistics.median(after) < 5, "the bridge does not forward after the relay"


@needs_lab
def test_jitter_spreads_the_round_trip(wire):
    base = rtts()
    pid = wire.start(20, 10)
    try:
        jittered = rtts()
    finally:
        wire.stop(pid)
    assert len(jittered) == 20
    # uniform over [10, 30] ms: an interquartile range of 10 ms; the bridge's is microseconds
    # (quartiles, not a standard deviation: one slow ping of a busy machine would swamp that)
    assert iqr(jittered) > 5 > 10 * iqr(base), (jittered, base)
    # no frame is held less than delay - jitter; above delay + jitter only the machine's own
    # scheduling adds (a busy 2-core box running the suite on both cores: tens of ms at worst)
    assert min(jittered) >= 10 - 0.5 and sorted(jittered)[len(jittered) // 2] <= 30 + 5 + max(base)


@needs_lab
def test_udp_and_tcp_pass_the_relay_with_their_checksums(wire):
    pid = wire.start(5)
    servers = []
    try:
        for script in (UDP_ECHO, TCP_SINK):
            servers.append(subprocess.Popen(["ip", "netns", "exec", B, sys.executable, "-c", script],
                                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True))
        assert in_ns(A, UDP_CLIENT) == "5"
        assert in_ns(A, TCP_CLIENT) == "True"
        assert len(rtts(3)) == 3
        for server in servers:
            assert server.wait(timeout=10) == 0, server.stderr.read() if server.stderr else ""
    finally:
        for server in servers:
            if server.poll() is None:
                server.kill()
                server.wait(timeout=5)
        wire.stop(pid)
    stats = wire.stats()  # written at exit
    assert stats["errors"] == {} and stats["dropped_queue_full"] == 0
    assert stats["bytes_a_to_b"] >= 4 << 20  # the TCP payload crossed the relay, not a bridge


@needs_lab
def test_a_relay_ends_by_itself(wire):
    pid = wire.start(1, max_seconds=0.5)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and is_relay(pid):
        time.sleep(0.05)
    assert not is_relay(pid)
    assert wire.stats()["stopped"] == "--max-seconds 0.5 reached"
    assert len(rtts(3)) == 3  # it put the wire's bridge back as it ended
    wire.stop(pid)  # a relay already gone: nothing to stop, the bridge stays
    assert len(rtts(3)) == 3


@needs_lab
def test_one_relay_per_wire(wire):
    pid = wire.start(1)
    try:
        with pytest.raises(host.CommandFailed, match=f"already runs in {WIRE} \\(pid {pid}\\)"):
            wire.start(1)
    finally:
        wire.stop(pid)


@needs_lab
def test_an_ipsec_tunnel_comes_up_and_carries_pings_through_the_relay(wire):
    branch, prisma = Charon(A, wire.folder / "ipsec"), Charon(B, wire.folder / "ipsec")
    for daemon, me, peer, me_id, peer_id, me_ts, peer_ts in (
            (prisma, B_ADDR, A_ADDR, "prisma", "branch", B_INSIDE, A_INSIDE),
            (branch, A_ADDR, B_ADDR, "branch", "prisma", A_INSIDE, B_INSIDE)):
        host.run(["ip", "-n", daemon.ns, "addr", "add", f"{me_ts}/32", "dev", "lo"])
        wire.charons.append(daemon)
        daemon.start()
        daemon.load(IPSEC.format(me=me, peer=peer, me_id=f"{me_id}.example.com",
                                 peer_id=f"{peer_id}.example.com", me_ts=me_ts, peer_ts=peer_ts))
    pid = wire.start(20)
    try:
        ok, lines = branch.initiate("t")  # IKE (500, then 4500) and ESP in UDP, all through the relay
        assert ok, lines[-3:]
        # no NAT in front of either end: its own address arrives unchanged (each end reports the
        # other behind a NAT all the same: kernel-libipsec fakes its NAT-D to force UDP encapsulation)
        for daemon, peer in ((branch, B_ADDR), (prisma, A_ADDR)):
            sa = next(x for x in daemon.sas() if x["name"] == "t")
            assert "nat-local" not in sa and (sa["remote-host"], sa["remote-port"]) == (peer, "4500"), sa
        done = host.run(["ping", "-n", "-c", "10", "-i", "0.05", "-W", "2", "-I", A_INSIDE, B_INSIDE], ns=A,
                        check=False, timeout=15)
        tunnelled = [float(x) for x in re.findall(r"time=([\d.]+) ms", done.stdout)]
    finally:
        wire.stop(pid)
    assert len(tunnelled) == 10, done.stdout
    assert 19 <= statistics.median(tunnelled) <= 25
    child = next(iter(next(x for x in branch.sas() if x["name"] == "t")["child-sas"].values()))
    assert int(child["packets-out"]) >= 10 and int(child["packets-in"]) >= 10
    assert wire.stats()["frames_a_to_b"] >= 10 + 2  # the pings' ESP, and the IKE exchanges
