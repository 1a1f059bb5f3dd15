"""A wire with a delay: the lab's ``delay MS [JITTER]`` fault, without netem.

This kind of machine has no netem and no nft ``queue``, so each tunnel's path crosses a
third, *wire* namespace with two interfaces: one towards the branch (A), one towards
Prisma (B). Normally a kernel bridge joins them (:func:`wire_up`). For a delay the two
leave the bridge and this process forwards frames between them over AF_PACKET raw
sockets: every frame (ARP, IKE, ESP in UDP) passes byte for byte, addresses and ports
unchanged, so neither daemon sees a NAT. Frames from A to B are held as netem on the
branch's WAN egress would hold them — the round trip grows by the delay — each for a
time drawn uniformly from [MS - J, MS + J] (not below 0), independently, so frames may
reorder, as with netem. Frames from B to A pass at once.

Checksums: the branch's and Prisma's stacks hand their veth frames over with the
checksum left unfinished (CHECKSUM_PARTIAL) and TCP ones as GSO frames of up to 64 KB.
Read plainly, a frame loses that state: re-sent, its checksum is wrong (the receiver
drops it) or it is larger than the MTU (the send fails). So the sockets use
``PACKET_VNET_HDR``: each frame comes with the virtio-net header the kernel keeps for
tap devices (where the checksum starts and goes, the GSO type and segment size), and
giving it back on send restores that state; the kernel, or the receiving stack, which
trusts a partial checksum from a veth, finishes it. Nothing is recomputed here, and
every protocol is covered the same way.

Timing: one thread, ``select`` (microsecond timeouts) over the two sockets, and a heap of
timed sends on ``time.monotonic``. Timers of a virtual machine overshoot (0.15 ms
typically, 1 ms at times), so the loop wakes half a millisecond before a frame is due
and polls until it is: a frame leaves within microseconds of its time. A frame's hold
starts at its kernel receive time (``SO_TIMESTAMPNS``), so the time this process took
to wake up is part of the delay, not added to it.

Bounded everywhere: the relay exits after ``--max-seconds``, on SIGTERM, or when an
interface disappears; the frames it holds are capped in bytes; each loop turn reads and
sends a bounded batch. Its stats (frames each way, and how long the delayed frames were
held) go to a 0600 JSON file about once a second and at exit.

The functions the lab calls (:func:`wire_up`, :func:`start_relay`, :func:`stop_relay`,
:func:`is_relay`, :func:`read_stats`) run in the root namespace; the relay itself runs
as ``python -m sasekit.lab.relay`` inside the wire namespace.
"""

from __future__ import annotations

import argparse
import contextlib
import heapq
import json
import math
import os
import random
import select
import signal
import socket
import struct
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from sasekit.files import private_file, write_private

from .host import CommandFailed, run

BRIDGE = "wire"                  # the bridge's name inside each wire namespace
MAX_DELAY_MS = 5000.0
MAX_SECONDS = 24 * 3600.0        # a relay nobody stops still ends
START_TIMEOUT_S = 10.0
STOP_GRACE_S = 5.0
STATS_EVERY_S = 1.0
STATS_QUIET_S = 0.02             # write stats (an fsync, ~1 ms) only when no frame is due sooner...
STATS_LATEST_S = 5.0             # ...unless the last write is this old
MAX_HELD_BYTES = 64 << 20        # frames held beyond this are dropped (and counted)
SPIN_S = 0.0005                  # wake this early for a due frame, then poll: timers here overshoot ~0.15 ms
BATCH = 256                      # frames read per socket, and sent, per loop turn
BUFFER = 512 * 1024              # a GSO frame: 64 KB, up to 512 KB with BIG TCP (tso_max_size)

ETH_P_ALL = 0x0003
SOL_PACKET = 263
PACKET_ADD_MEMBERSHIP = 1
PACKET_MR_PROMISC = 1
PACKET_VNET_HDR = 15
PACKET_IGNORE_OUTGOING = 23
PACKET_OUTGOING = 4
VNET_HDR_LEN = 10                # struct virtio_net_hdr
SO_TIMESTAMPNS = 35
SO_RCVBUFFORCE = 33
SO_SNDBUFFORCE = 32


def check(delay_ms: float, jitter_ms: float) -> None:
    """Refuse a delay or jitter the relay cannot honour, naming the value and the rule."""
    if not (math.isfinite(delay_ms) and 0 <= delay_ms <= MAX_DELAY_MS):
        raise ValueError(f"delay {delay_ms:g} ms: must be between 0 and {MAX_DELAY_MS:g} ms")
    if not (math.isfinite(jitter_ms) and 0 <= jitter_ms <= delay_ms):
        raise ValueError(f"jitter {jitter_ms:g} ms: must be between 0 and the delay ({delay_ms:g} ms)")


# ---------------------------------------------------------------------- the lab's side


def stats_path(folder: Path, ns: str) -> Path:
    return folder / f"{ns}.relay.json"


def log_path(folder: Path, ns: str) -> Path:
    return folder / f"{ns}.relay.log"


def wire_up(ns: str, a_if: str, b_if: str) -> None:
    """Join ``a_if`` and ``b_if`` of namespace ``ns`` with a bridge, the wire without a fault.

    No STP and no forwarding delay (a port forwards as soon as it joins), no multicast
    snooping (the wire passes everything), and no IPv6 in the namespace, so the wire
    itself never sends a frame (router solicitations, MLD) into the tunnel's path.
    """
    run(["sysctl", "-q", "-w", "net.ipv6.conf.all.disable_ipv6=1", "net.ipv6.conf.default.disable_ipv6=1"],
        ns=ns, check=False)
    if run(["ip", "-n", ns, "link", "show", BRIDGE], check=False).returncode != 0:
        run(["ip", "-n", ns, "link", "add", BRIDGE, "type", "bridge", "stp_state", "0", "forward_delay", "0",
             "mcast_snooping", "0"])
    _bridged(ns, a_if, b_if)
    run(["ip", "-n", ns, "link", "set", BRIDGE, "up"])


def _bridged(ns: str, a_if: str, b_if: str) -> None:
    for dev in (a_if, b_if):
        run(["ip", "-n", ns, "link", "set", dev, "master", BRIDGE, "up"])


def start_relay(ns: str, a_if: str, b_if: str, delay_ms: float, jitter_ms: float, folder: Path,
                max_seconds: float = MAX_SECONDS) -> int:
    """Take the interfaces out of the bridge and relay between them, A to B late; its pid.

    Returns once the relay's sockets are bound and it forwards (it says so in its stats
    file). One relay per wire: a second start while one runs is refused. If it cannot
    start, the bridge is restored, so the link is never left cut.
    """
    check(delay_ms, jitter_ms)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    stats, log = stats_path(folder, ns), log_path(folder, ns)
    running = read_stats(stats).get("pid")
    if isinstance(running, int) and is_relay(running):
        raise CommandFailed(f"a delay relay already runs in {ns} (pid {running}): stop it first")
    stats.unlink(missing_ok=True)
    argv = ["ip", "netns", "exec", ns, sys.executable, "-m", "sasekit.lab.relay", "--a", a_if, "--b", b_if,
            "--delay-ms", f"{delay_ms:g}", "--jitter-ms", f"{jitter_ms:g}", "--stats", str(stats),
            "--max-seconds", f"{max_seconds:g}"]
    proc = None
    try:
        for dev in (a_if, b_if):
            run(["ip", "-n", ns, "link", "set", dev, "nomaster"])
        with open(private_file(log), "ab") as log_file:  # the child keeps its own descriptor
            proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=log_file,
                                    start_new_session=True)  # outlives `sasekit lab fault`; init reaps it
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise CommandFailed(f"the delay relay in {ns} exited at start: {_last_line(log)}")
            if read_stats(stats).get("pid") == proc.pid:
                return proc.pid
            time.sleep(0.02)
        raise CommandFailed(f"the delay relay in {ns} did not start in {START_TIMEOUT_S:.0f} s (see {log})")
    except BaseException:
        if proc is not None:
            stop_relay(proc.pid, ns, a_if, b_if)
        else:
            _bridged(ns, a_if, b_if)
        raise


def stop_relay(pid: int, ns: str, a_if: str, b_if: str, grace_s: float = STOP_GRACE_S) -> None:
    """Stop the relay ``pid`` (only if it still is one) and put the interfaces back in the bridge."""
    for sig, wait_s in ((signal.SIGTERM, grace_s), (signal.SIGKILL, 2.0)):
        if not is_relay(pid):
            break
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, sig)
        deadline = time.monotonic() + wait_s
        while time.monotonic() < deadline and is_relay(pid):
            time.sleep(0.01)
    with contextlib.suppress(ChildProcessError, OSError):  # our own child: reaped now, not left a zombie
        os.waitpid(pid, os.WNOHANG)
    _bridged(ns, a_if, b_if)


def is_relay(pid: int) -> bool:
    """Whether ``pid`` is a running (not zombie) delay relay."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False
    return b"sasekit.lab.relay" in cmdline.split(b"\0") and not _is_zombie(pid)


def _is_zombie(pid: int) -> bool:
    try:
        return "\nState:\tZ" in Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False


def read_stats(path: Path) -> dict[str, Any]:
    """The relay's last stats; {} before it has written any (files are replaced whole)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _last_line(path: Path) -> str:
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").strip().splitlines()
    except OSError:
        return "no log"
    return lines[-1] if lines else "no output"


# ---------------------------------------------------------------------- the relay


class Held:
    """How long delayed frames were held, in bounded memory: exact count, mean and max,
    and percentiles from a log histogram (0.1% relative resolution: 20 µs at 20 ms)."""

    SCALE = 1000.0

    def __init__(self) -> None:
        self.count = 0
        self.total_ms = 0.0
        self.max_ms = 0.0
        self.buckets: dict[int, int] = {}

    def add(self, ms: float) -> None:
        self.count += 1
        self.total_ms += ms
        self.max_ms = max(self.max_ms, ms)
        key = int(math.log1p(max(ms, 0.0) * 1000.0) * self.SCALE)
        self.buckets[key] = self.buckets.get(key, 0) + 1

    def quantile(self, q: float) -> float:
        rank, seen = q * self.count, 0
        for key in sorted(self.buckets):
            seen += self.buckets[key]
            if seen >= rank:
                return min(math.expm1((key + 0.5) / self.SCALE) / 1000.0, self.max_ms)
        return self.max_ms

    def summary(self) -> dict[str, float | int]:
        if not self.count:
            return {"count": 0, "mean": 0.0, "p50": 0.0, "p95": 0.0, "max": 0.0}
        return {"count": self.count, "mean": round(self.total_ms / self.count, 4),
                "p50": round(self.quantile(0.5), 4), "p95": round(self.quantile(0.95), 4),
                "max": round(self.max_ms, 4)}


def port(ifname: str) -> socket.socket:
    """A raw socket that reads every frame ``ifname`` receives (not those it sends) and sends
    frames out of it, each with its virtio-net header."""
    sock = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(ETH_P_ALL))
    sock.setsockopt(SOL_PACKET, PACKET_VNET_HDR, 1)
    with contextlib.suppress(OSError):  # older kernels: the pkttype check in `receive` does it
        sock.setsockopt(SOL_PACKET, PACKET_IGNORE_OUTGOING, 1)
    sock.setsockopt(socket.SOL_SOCKET, SO_TIMESTAMPNS, 1)
    for force, plain in ((SO_RCVBUFFORCE, socket.SO_RCVBUF), (SO_SNDBUFFORCE, socket.SO_SNDBUF)):
        try:
            sock.setsockopt(socket.SOL_SOCKET, force, 8 << 20)
        except OSError:
            sock.setsockopt(socket.SOL_SOCKET, plain, 8 << 20)
    sock.bind((ifname, ETH_P_ALL))
    # frames for the endpoints' MACs, not this interface's: taken even when the bridge is gone
    sock.setsockopt(SOL_PACKET, PACKET_ADD_MEMBERSHIP,
                    struct.pack("iHH8s", socket.if_nametoindex(ifname), PACKET_MR_PROMISC, 0, b""))
    sock.setblocking(False)
    return sock


class Relay:
    """The forwarding loop and its counters."""

    def __init__(self, a_if: str, b_if: str, delay_ms: float, jitter_ms: float, stats: Path,
                 max_seconds: float) -> None:
        self.names = (a_if, b_if)
        self.delay_s, self.jitter_s = delay_ms / 1000.0, jitter_ms / 1000.0
        self.stats = stats
        self.max_seconds = max_seconds
        self.rng = random.Random()
        self.a, self.b = port(a_if), port(b_if)
        self.buffer = bytearray(BUFFER)
        self.view = memoryview(self.buffer)
        self.pending: list[tuple[float, int, bytes, float]] = []   # (due, sequence, frame, arrived)
        self.pending_bytes = 0
        self.sequence = 0
        self.held = Held()
        self.frames = {"a_to_b": 0, "b_to_a": 0}
        self.bytes = {"a_to_b": 0, "b_to_a": 0}
        self.dropped_full = 0
        self.errors: dict[str, int] = {}
        self.stop_reason = ""
        self.started = time.monotonic()

    # -------------------------------------------------------------- one frame

    def receive(self, sock: socket.socket) -> tuple[bytes, float] | None:
        """The next frame (with its virtio-net header) and its arrival on the monotonic clock;
        None when none is waiting."""
        try:
            n, ancdata, flags, address = sock.recvmsg_into([self.view], socket.CMSG_SPACE(16))
        except (BlockingIOError, InterruptedError):
            return None
        now = time.monotonic()
        if address[2] == PACKET_OUTGOING or n <= VNET_HDR_LEN:
            return b"", now
        if flags & socket.MSG_TRUNC:
            self.count_error("truncated")
            return b"", now
        arrived = now
        for level, kind, data in ancdata:
            if level == socket.SOL_SOCKET and kind == SO_TIMESTAMPNS and len(data) >= 16:
                sec, nsec = struct.unpack("qq", data[:16])
                age = time.time() - (sec + nsec * 1e-9)
                if 0.0 <= age < 1.0:  # a real-clock receive stamp (not a sender's delivery time)
                    arrived = now - age
        return bytes(self.view[:n]), arrived

    def send(self, sock: socket.socket, frame: bytes, way: str) -> None:
        try:
            sock.send(frame)
        except OSError as exc:  # interface down, queue full: the frame is lost, as on a wire
            self.count_error(type(exc).__name__ if exc.errno is None else os.strerror(exc.errno))
            return
        self.frames[way] += 1
        self.bytes[way] += len(frame) - VNET_HDR_LEN

    def count_error(self, what: str) -> None:
        self.errors[what] = self.errors.get(what, 0) + 1

    def hold(self, frame: bytes, arrived: float) -> None:
        """Send a frame from A to B when its drawn delay is over (now, if it already is)."""
        delay = self.delay_s
        if self.jitter_s:
            delay = max(0.0, delay + self.rng.uniform(-self.jitter_s, self.jitter_s))
        due = arrived + delay
        now = time.monotonic()
        if due <= now:
            self.send(self.b, frame, "a_to_b")
            self.held.add((now - arrived) * 1000.0)
            return
        if self.pending_bytes + len(frame) > MAX_HELD_BYTES:
            self.dropped_full += 1
            return
        self.sequence += 1
        heapq.heappush(self.pending, (due, self.sequence, frame, arrived))
        self.pending_bytes += len(frame)

    def send_due(self, limit: int = BATCH) -> None:
        for _ in range(limit):
            if not self.pending:
                return
            now = time.monotonic()
            if self.pending[0][0] > now:
                return
            _, _, frame, arrived = heapq.heappop(self.pending)
            self.pending_bytes -= len(frame)
            self.send(self.b, frame, "a_to_b")
            self.held.add((now - arrived) * 1000.0)

    def drain(self, sock: socket.socket) -> bool:
        """Read up to a batch from one side and forward it; False when its interface is gone."""
        for _ in range(BATCH):
            try:
                got = self.receive(sock)
            except OSError as exc:  # ENETDOWN and the like: the interface went down, or away
                self.count_error(os.strerror(exc.errno) if exc.errno else type(exc).__name__)
                return self.interfaces_exist()
            if got is None:
                return True
            frame, arrived = got
            if not frame:
                continue
            if sock is self.a:
                self.hold(frame, arrived)
            else:
                self.send(self.a, frame, "b_to_a")
        return True

    def interfaces_exist(self) -> bool:
        try:
            for name in self.names:
                socket.if_nametoindex(name)
        except OSError:
            self.stop_reason = "an interface disappeared"
            return False
        return True

    # -------------------------------------------------------------- the loop

    def write_stats(self, running: bool) -> None:
        write_private(self.stats, json.dumps({
            "pid": os.getpid(), "a": self.names[0], "b": self.names[1],
            "delay_ms": self.delay_s * 1000.0, "jitter_ms": self.jitter_s * 1000.0,
            "running": running, "stopped": self.stop_reason,
            "uptime_s": round(time.monotonic() - self.started, 3),
            "frames_a_to_b": self.frames["a_to_b"], "frames_b_to_a": self.frames["b_to_a"],
            "bytes_a_to_b": self.bytes["a_to_b"], "bytes_b_to_a": self.bytes["b_to_a"],
            "held_now": len(self.pending), "dropped_queue_full": self.dropped_full,
            "errors": self.errors, "held_ms": self.held.summary()}, indent=1))

    def run(self) -> int:
        stop = {"signal": 0}
        wake_r, wake_w = os.pipe()
        for fd in (wake_r, wake_w):
            os.set_blocking(fd, False)
        signal.set_wakeup_fd(wake_w)  # a signal wakes select, it is not retried with its old timeout

        def stopping(signum: int, _frame: object) -> None:
            stop["signal"] = signum

        for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
            signal.signal(signum, stopping)
        fds = [self.a.fileno(), self.b.fileno(), wake_r]
        deadline = self.started + self.max_seconds
        self.write_stats(running=True)  # the lab waits for this: the sockets are bound, frames flow
        last_write = time.monotonic()
        ok = True
        while ok and not stop["signal"]:
            self.send_due()
            now = time.monotonic()
            if now >= deadline:
                self.stop_reason = f"--max-seconds {self.max_seconds:g} reached"
                break
            next_due = self.pending[0][0] if self.pending else math.inf
            if now - last_write >= STATS_EVERY_S and (next_due - now >= STATS_QUIET_S
                                                      or now - last_write >= STATS_LATEST_S):
                self.write_stats(running=True)
                last_write = now = time.monotonic()
            stats_at = last_write + (STATS_EVERY_S if now - last_write < STATS_EVERY_S else STATS_LATEST_S)
            wake_at = min(next_due - SPIN_S, deadline, stats_at)
            readable, _, _ = select.select(fds, [], [], max(0.0, wake_at - now))
            if wake_r in readable:
                with contextlib.suppress(BlockingIOError):
                    os.read(wake_r, 64)
            for sock in (self.a, self.b):
                if sock.fileno() in readable:
                    ok = ok and self.drain(sock)
        if stop["signal"]:
            self.stop_reason = f"signal {signal.Signals(stop['signal']).name}"
        for _, _, frame, _ in self.pending:  # what is held is sent now, not lost, when the fault ends
            self.send(self.b, frame, "a_to_b")
        self.pending.clear()
        self.write_stats(running=False)
        self.a.close()
        self.b.close()
        return 0 if ok else 1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m sasekit.lab.relay", description=__doc__.split("\n")[0])
    ap.add_argument("--a", required=True, help="the branch side's interface (its frames are delayed)")
    ap.add_argument("--b", required=True, help="the Prisma side's interface")
    ap.add_argument("--delay-ms", type=float, default=0.0)
    ap.add_argument("--jitter-ms", type=float, default=0.0)
    ap.add_argument("--stats", type=Path, required=True, help="the stats JSON file (0600)")
    ap.add_argument("--max-seconds", type=float, default=MAX_SECONDS)
    args = ap.parse_args(argv)
    try:
        check(args.delay_ms, args.jitter_ms)
        if not 0 < args.max_seconds <= 7 * MAX_SECONDS:
            raise ValueError(f"--max-seconds {args.max_seconds:g}: must be above 0 and at most a week")
        relay = Relay(args.a, args.b, args.delay_ms, args.jitter_ms, args.stats, args.max_seconds)
    except (ValueError, OSError) as exc:
        print(f"relay: {exc}", file=sys.stderr)
        return 2
    code = relay.run()
    print(f"relay: stopped: {relay.stop_reason}", file=sys.stderr)
    for dev in (args.a, args.b):  # the wire again, whoever ends the relay (stop_relay does it too)
        run(["ip", "link", "set", dev, "master", BRIDGE], check=False)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
