"""The README's probe chart, from a real lab: one site, two tunnels, faults on the primary.

Builds a lab (root, `make lab-deps`) of one site with two WAN links, then for ``--rounds``
rounds probes both tunnels at once (ICMP from behind the branch to behind Prisma, 200
probes at 10 ms each, one chart point per 1 s window) while the primary gets, in turn:
nothing, 20 ms delay, 50 ms delay, 5 % loss, 20 % loss, its link down for three phases
(long enough for dead-peer detection to see it: the secondary carries on), and nothing
again. The health poller runs between rounds, so the tunnel's
down and up events are in the history and on the chart. Prints the figures per phase and
writes the chart (default docs/probe-chart.png). Removes the lab at the end.

Run: sudo .venv/bin/python bench/lab_chart.py [--out docs/probe-chart.png]
"""

from __future__ import annotations

import argparse
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from sasekit import Client
from sasekit.health.chart import Mark, Point, path_label, plot
from sasekit.health.chart import Path as ChartPath
from sasekit.health.collect import Collector
from sasekit.health.history import HealthHistory
from sasekit.health.probes import run_in_namespace
from sasekit.health.sampling import points
from sasekit.lab.lab import Lab

INTENT = """\
sites:
  - name: paris-01
    location: {city: Paris}
    subnets: [10.20.0.0/24]
    wan:
      - {name: wan1, interface: eth0, address: 203.0.113.10}
      - {name: lte, interface: eth1, address: dynamic, id: paris-01-lte.example.com}
"""
PHASES: list[tuple[str, str, float | None]] = [
    ("baseline", "", None), ("delay 20 ms", "delay", 20), ("delay 50 ms", "delay", 50), ("no delay", "delay", 0),
    ("loss 5 %", "loss", 5), ("loss 20 %", "loss", 20), ("no loss", "loss", 0), ("link down", "link-down", None),
    ("link down", "", None), ("link down", "", None),
    ("link up", "link-up", None), ("settled", "", None)]


def probe(lab: Lab, tunnel: str, history: HealthHistory, out: dict[str, Any]) -> None:
    link = lab.link(tunnel)
    started = time.time()
    (result,) = run_in_namespace(link.branch_ns, [f"icmp:{link.prisma_inside.split('/')[0]}"],
                                 source=link.branch_inside.split("/")[0], count=200, interval_s=0.01, timeout_s=0.5)
    history.add_samples(points(result, site=link.site, tunnel=link.tunnel, egress=link.branch_if, started=started,
                               window_s=1.0))
    out[tunnel] = result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default="docs/probe-chart.png")
    ap.add_argument("--rounds", type=int, default=2, help="rounds of probes per phase")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "tunnels.yaml").write_text(INTENT, encoding="utf-8")
        lab = Lab(folder / "state")
        try:
            _, settings = lab.start_emulator()
            with Client(settings=settings) as client:
                lab.up(str(folder / "tunnels.yaml"), client)
            lab.wait_up(20)
            with Client(settings=lab.settings()) as client, HealthHistory(folder / "health.db") as history:
                collector = Collector(client, history)
                collector.poll()
                print(f"{'phase':<12} {'tunnel':<15} {'sent':>5} {'loss %':>7} {'mean ms':>8} {'p95 ms':>7} "
                      f"{'jitter ms':>9}")
                for name, kind, value in PHASES:
                    if kind:
                        lab.fault("paris-01-wan1", kind, value)
                    for _ in range(args.rounds):
                        results: dict[str, Any] = {}
                        threads = [threading.Thread(target=probe, args=(lab, t, history, results))
                                   for t in ("paris-01-wan1", "paris-01-lte")]
                        for t in threads:
                            t.start()
                        for t in threads:
                            t.join(60)
                        collector.poll()
                        for tunnel, r in sorted(results.items()):
                            print(f"{name:<12} {tunnel:<15} {r.sent:>5} {r.loss_pct or 0:>7.1f} "
                                  f"{r.rtt_mean_ms or 0:>8.2f} {r.rtt_p95_ms or 0:>7.2f} {r.jitter_ms or 0:>9.2f}")
                    if kind == "link-up":
                        lab.wait_up(30, {"paris-01-wan1"})
                for _ in range(10):    # the up of the link, as the service reports it
                    collector.poll()
                    time.sleep(1)
                samples = history.samples(site="paris-01")
                marks = [Mark(e.at, e.name.removeprefix("Prisma RN "), e.severity) for e in history.events()
                         if e.site == "paris-01" and e.source == "incident"]
            paths = {}
            for s in samples:
                paths.setdefault(path_label(s["egress"], s["tunnel"]), []).append(
                    Point(s["at"], s["latency_ms"], s["jitter_ms"], s["loss_pct"], s["rtt_ms"]))
            out = plot("paris-01", [ChartPath(k, v) for k, v in paths.items()], marks, args.out)
            print(f"{out}: {len(paths)} paths, {len(samples)} points, {len(marks)} events marked")
        finally:
            lab.down()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
