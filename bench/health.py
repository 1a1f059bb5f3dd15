"""Poll the health of a tenant of 2,000 sites (4,000 tunnels) on a served emulator, rate limit on.

`python -m sasekit emulator serve` runs in a subprocess on 127.0.0.1. Set-up (not
measured, rate limit off): the sites of bench/tunnels.py's intent are planned, applied and
pushed (two WAN tunnels each, BGP on half), then every tunnel's state is fed to the
emulator's timeline (all up an hour ago; a share of them down, flapping or back up since,
so that incidents exist). Then the documented rate limit is turned on (over 2,000 requests
in 60 s from one IP -> 429, over 2,500 -> 403 and a 180 s block) and sasekit's poller
(:class:`sasekit.health.collect.Collector`, the code behind `sasekit health status|watch`)
runs ``--cycles`` polls, the first one also reading the configuration.

Printed per cycle: API calls (the emulator's count), wall time, this process's CPU time,
the peak of Python memory allocated during the cycle (tracemalloc) and the process's
maximum resident size, the 429s and 403s seen. Then the polling interval sasekit can
sustain: the longer of a cycle's wall time and the time its calls take of the documented
limit (calls / 33.3 per s), and the share of the limit that polling at 60 s leaves to
every other automation on the same source IP.

Run: .venv/bin/python bench/health.py [--sites 2000] [--cycles 5]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).parent))
import emulator_throughput as et
import loadgen
from bulk_import import make_client, stats
from sasekit.health.collect import Collector
from sasekit.health.history import HealthHistory
from sasekit.tunnels import apply as applying
from sasekit.tunnels.intent import read
from sasekit.tunnels.plan import plan
from sasekit.workflows.history import History
from sasekit.workflows.loader import loads
from sasekit.workflows.runner import Runner
from tunnels import intent_file

LIMIT, WINDOW_S = 2000, 60.0
ALLOWED_PER_S = LIMIT / WINDOW_S


def admin(url: str, method: str, path: str, body: Any = None) -> Any:
    resp = httpx.request(method, f"{url}/_emulator/{path}", json=body, headers=loadgen.admin_headers(), timeout=60)
    resp.raise_for_status()
    return resp.json()


def populate(client: Any, work: Path, sites: int) -> Path:
    intent_path = intent_file(work, sites)
    intent = read(intent_path)
    planned = plan(client, intent)
    assert not planned.problems, planned.problems[:3]
    doc = loads(json.dumps(applying.workflow(planned, push=True, wait=True)), str(work / "apply.json"))
    result = Runner(client, History(work / "runs.db"), base_dir=work).run(doc, {})
    assert result.status == "succeeded", result.error
    return intent_path


def feed(url: str, sites: int, seed: int = 3) -> dict[str, int]:
    """Every tunnel up an hour ago; then 5 % go down, 2 % flap 6 times, 3 % go down and come back."""
    rng = random.Random(seed)
    now = time.time()
    changes: list[dict[str, Any]] = []
    counts = {"down": 0, "flapping": 0, "recovered": 0}
    for i in range(sites):
        site = f"site-{i:04d}"
        for wan in ("wan1", "lte"):
            tunnel = f"{site}-{wan}"
            changes.append({"tunnel": tunnel, "site": site, "state": "up", "at": now - 3600})
            if i % 2 == 0:
                changes.append({"kind": "bgp", "tunnel": tunnel, "site": site, "state": "up", "at": now - 3590})
            roll = rng.random()
            if roll < 0.05:
                changes.append({"tunnel": tunnel, "site": site, "state": "down", "at": now - rng.uniform(60, 1800)})
                counts["down"] += 1
            elif roll < 0.07:
                start = now - 500
                for k in range(6):
                    changes.append({"tunnel": tunnel, "site": site, "state": "down", "at": start + 60 * k})
                    changes.append({"tunnel": tunnel, "site": site, "state": "up", "at": start + 60 * k + 20})
                counts["flapping"] += 1
            elif roll < 0.10:
                at = now - rng.uniform(600, 3000)
                changes += [{"tunnel": tunnel, "site": site, "state": "down", "at": at},
                            {"tunnel": tunnel, "site": site, "state": "up", "at": at + 120}]
                counts["recovered"] += 1
    changes.sort(key=lambda c: c["at"])
    for k in range(0, len(changes), 200):
        admin(url, "POST", "tunnel-events", {"changes": changes[k:k + 200]})
    counts["changes"] = len(changes)
    return counts


def measure(collector: Collector, url: str) -> dict[str, Any]:
    before = stats(url)
    tracemalloc.start()
    wall, cpu = time.perf_counter(), time.process_time()
    poll = collector.poll()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    after = stats(url)
    status = {k: v - before["status"].get(k, 0) for k, v in after["status"].items()}
    return {"calls": after["requests"] - before["requests"] - 1, "client_calls": poll.calls, "wall_s": wall,
            "cpu_s": cpu, "peak_mb": peak / 1e6, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "r429": status.get("429", 0), "r403": status.get("403", 0), "tunnels": len(poll.tunnels),
            "sites": len(poll.sites), "open": len(poll.open_incidents), "new_events": len(poll.new_events)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sites", type=int, default=2000)
    ap.add_argument("--cycles", type=int, default=5)
    args = ap.parse_args()
    port = et.free_port()
    proc = loadgen.start_emulator(port, rate_limit=True)
    url = f"http://127.0.0.1:{port}"
    rows: list[dict[str, Any]] = []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            admin(url, "PUT", "rate-limit", {"enabled": False})
            setup = time.perf_counter()
            client = make_client(url, 0)
            populate(client, work, args.sites)
            fed = feed(url, args.sites)
            client.close()
            setup = time.perf_counter() - setup
            admin(url, "PUT", "rate-limit", {"enabled": True})
            client = make_client(url, None)    # the client's limiter at its default
            client.check()                     # the token, outside the measured cycles
            with HealthHistory(work / "health.db") as history:
                collector = Collector(client, history, config_every=10)
                for _ in range(args.cycles):
                    rows.append(measure(collector, url))
            client.close()
    finally:
        proc.kill()
        proc.wait(10)
    print(f"set-up (rate limit off, not measured): {args.sites} sites planned, applied and pushed, "
          f"{fed['changes']} state changes fed ({fed['down']} tunnels down, {fed['flapping']} flapping, "
          f"{fed['recovered']} recovered) in {setup:.0f} s")
    print(f"{'cycle':>5} {'API calls':>9} {'wall s':>7} {'CPU s':>6} {'peak MB':>8} {'RSS MB':>7} {'429':>4} "
          f"{'403':>4} {'tunnels':>7} {'sites':>6} {'open inc':>8} {'new events':>10}")
    for i, r in enumerate(rows, 1):
        print(f"{i:>5} {r['calls']:>9} {r['wall_s']:>7.2f} {r['cpu_s']:>6.2f} {r['peak_mb']:>8.1f} "
              f"{r['rss_mb']:>7.0f} {r['r429']:>4} {r['r403']:>4} {r['tunnels']:>7} {r['sites']:>6} {r['open']:>8} "
              f"{r['new_events']:>10}")
    steady = rows[1:] or rows
    calls = sum(r["calls"] for r in steady) / len(steady)
    wall = max(r["wall_s"] for r in steady)
    config_calls = rows[0]["calls"] - calls
    per_cycle = calls + config_calls / 10       # the configuration is read every 10th cycle
    interval = max(wall, per_cycle / ALLOWED_PER_S)
    print(f"API calls per cycle: {rows[0]['calls']} with the configuration (cycle 1, every 10th), "
          f"{calls:.1f} without; {per_cycle:.1f} on average")
    print(f"sustainable polling interval: {interval:.2f} s (the longer of a cycle's wall time {wall:.2f} s and its "
          f"calls at the limit's {ALLOWED_PER_S:.1f}/s: {per_cycle / ALLOWED_PER_S:.2f} s)")
    print(f"polling every 60 s uses {per_cycle / (ALLOWED_PER_S * 60):.2%} of the limit; every 10 s "
          f"{per_cycle / (ALLOWED_PER_S * 10):.2%}")
    ok = all(r["r403"] == 0 for r in rows) and all(r["tunnels"] == 2 * args.sites for r in rows)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
