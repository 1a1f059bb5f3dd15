"""Does the lab's delay relay add the round trip it is asked for? Pings through a wire, by delay.

Builds the lab's path of one tunnel in three network namespaces of its own (skrelay-a, the
wire skrelay-w, skrelay-b; addresses only inside them), joined by the wire's bridge. Pings
A to B over the bridge give the baseline; then, for each asked delay (0, 20, 50, 100 ms,
and 50 ms with 10 ms jitter), the relay replaces the bridge and the same pings measure the
round trip again. Added RTT is each ping's round trip minus the bridged median.

Prints, per asked delay: the added RTT's mean, p50 and p95, the round trips' standard
deviation, the relay's own held time of the delayed frames (mean, p95, from its stats
file) and the error of the mean against the ask, all in ms. Target: |error| < 1 ms, plus,
with jitter, three standard errors of the mean of the drawn delays (uniform: J / sqrt(3)
over sqrt(pings)), which is chance, not the relay. ping prints 0.1 ms above 10 ms and
1 ms above 100 ms: single rows are that coarse, their means are not. Needs Linux, root
and the lab's packages (make lab-deps). Removes its namespaces at the end, always. Exit 1
if an error is above its target or pings are lost.

Run: .venv/bin/python bench/lab_delay.py [--pings 200] [--interval 0.02]
"""

from __future__ import annotations

import argparse
import math
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sasekit.lab import host
from sasekit.lab.relay import read_stats, start_relay, stats_path, stop_relay, wire_up

A, WIRE, B = "skrelay-a", "skrelay-w", "skrelay-b"
A_IF, WA, WB, B_IF = "a0", "wa", "wb", "b0"
A_ADDR, B_ADDR = "10.99.0.1", "10.99.0.2"
ASKED = ((0.0, 0.0), (20.0, 0.0), (50.0, 0.0), (100.0, 0.0), (50.0, 10.0))


def namespaces() -> list[str]:
    out = host.run(["ip", "netns", "list"], check=False).stdout
    return [line.split()[0] for line in out.splitlines() if line.startswith("skrelay-")]


def build() -> None:
    for ns in (A, WIRE, B):
        host.run(["ip", "netns", "add", ns])
        host.run(["ip", "-n", ns, "link", "set", "lo", "up"])
    host.run(["ip", "link", "add", A_IF, "netns", A, "type", "veth", "peer", "name", WA, "netns", WIRE])
    host.run(["ip", "link", "add", B_IF, "netns", B, "type", "veth", "peer", "name", WB, "netns", WIRE])
    wire_up(WIRE, WA, WB)
    for ns, dev, addr in ((A, A_IF, A_ADDR), (B, B_IF, B_ADDR)):
        host.run(["ip", "-n", ns, "addr", "add", f"{addr}/24", "dev", dev])
        host.run(["ip", "-n", ns, "link", "set", dev, "up"])


def rtts(count: int, interval: float) -> list[float]:
    done = host.run(["ping", "-n", "-c", str(count), "-i", f"{interval:g}", "-W", "2",
                     B_ADDR], ns=A, check=False, timeout=count * interval + 15)
    return [float(x) for x in re.findall(r"time=([\d.]+) ms", done.stdout)]


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(q * len(ordered)) - 1))] if ordered else math.nan


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pings", type=int, default=200)
    ap.add_argument("--interval", type=float, default=0.02, help="seconds between pings")
    args = ap.parse_args()
    problem = host.missing() or (None if shutil.which("ping") else ("ping is not installed", host.FIX))
    if problem:
        print(f"the lab cannot run here: {problem[0]}; fix: {problem[1]}", file=sys.stderr)
        return 2
    if namespaces():
        print(f"namespaces of another run are up ({', '.join(namespaces())}): ip netns delete them first",
              file=sys.stderr)
        return 2
    rows = []
    started = time.perf_counter()
    pid = 0
    try:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            build()
            base = rtts(args.pings, args.interval)
            base_median = statistics.median(base)
            for delay, jitter in ASKED:
                pid = start_relay(WIRE, WA, WB, delay, jitter, folder, max_seconds=600)
                try:
                    got = rtts(args.pings, args.interval)
                finally:
                    stop_relay(pid, WIRE, WA, WB)
                pid = 0
                held = read_stats(stats_path(folder, WIRE)).get("held_ms", {})
                added = [r - base_median for r in got]
                rows.append((delay, jitter, args.pings - len(got), statistics.fmean(added), pct(added, 0.5),
                             pct(added, 0.95), statistics.stdev(got), held.get("mean", math.nan),
                             held.get("p95", math.nan), statistics.fmean(added) - delay))
            after = rtts(args.pings, args.interval)
    finally:
        if pid:  # interrupted while a relay ran (stopped by its pid, only if it still is one)
            stop_relay(pid, WIRE, WA, WB)
        for ns in (A, WIRE, B):
            subprocess.run(["ip", "netns", "delete", ns], capture_output=True, check=False, timeout=20)
    left = namespaces()
    seconds = time.perf_counter() - started
    print(f"{args.pings} pings every {args.interval * 1000:g} ms per row, {seconds:.0f} s; "
          f"bridged RTT median {base_median:.3f} ms, p95 {pct(base, 0.95):.3f} ms "
          f"(after: median {statistics.median(after):.3f} ms, lost {args.pings - len(after)})")
    head = ("asked ms", "jitter", "lost", "added mean", "p50", "p95", "stdev", "held mean", "held p95", "error")
    print("".join(h.rjust(11) for h in head))
    for r in rows:
        print(f"{r[0]:11g}{r[1]:11g}{r[2]:11d}" + "".join(f"{v:11.3f}" for v in r[3:]))
    targets = [1.0 + 3 * r[1] / math.sqrt(3) / math.sqrt(max(args.pings - r[2], 1)) for r in rows]
    over = [f"{r[0]:g}/{r[1]:g} ms: {r[-1]:+.3f} ms (target {t:.2f})" for r, t in zip(rows, targets, strict=True)
            if abs(r[-1]) >= t]
    lost = sum(r[2] for r in rows) + args.pings - len(after)
    print(f"worst |error| {max(abs(r[-1]) for r in rows):.3f} ms; above target: {', '.join(over) or 'none'}; "
          f"pings lost {lost}; namespaces left: {left or 'none'}")
    return 0 if not over and not lost and not left else 1


if __name__ == "__main__":
    raise SystemExit(main())
