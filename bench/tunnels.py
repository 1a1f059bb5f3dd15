"""Plan and apply N tunnel sites (two WAN links each, BGP on half) against a served emulator.

`python -m sasekit emulator serve` runs in a subprocess on 127.0.0.1; sasekit plans the
intent (one read of each catalogue), applies it through the workflow runner (history in
a temporary SQLite file) with a push of "Remote Networks" and a wait for the job tree,
then plans again (which must find nothing to do).

Measured, per run:
- API requests the emulator saw in each phase (``GET /_emulator/stats`` before and after:
  the plan's reads, the apply's writes, push and job polls) and per site;
- wall time of each phase (the first plan also generates every pre-shared key into a 0600
  file, one fsync'd write each; the second plan only reads them), and the share of it sasekit spent on the CPU (this process's
  CPU time / wall time) against waiting for the service;
- reads at N sites and at N/10 sites: the target is that they do not grow (one read of
  each catalogue, then the writes);
- with the documented rate limit on (over 2,000 requests in 60 s from one IP -> 429,
  over 2,500 -> 403 and a block; the client's limiter at its default): 429s and 403s
  seen, and the run's request rate against the allowed 33.3/s. Target: 0 blocks.

Run: .venv/bin/python bench/tunnels.py [--sites 500] [--limit-sites 100] [--only off|on]
The limit-on run of 100 sites sends about 900 requests: about 30 s by design.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).parent))
import emulator_throughput as et
import loadgen
from bulk_import import make_client, stats
from sasekit.tunnels import apply as applying
from sasekit.tunnels.intent import places, read
from sasekit.tunnels.plan import plan
from sasekit.workflows.history import History
from sasekit.workflows.loader import loads
from sasekit.workflows.runner import Runner

ALLOWED_PER_S = 2000 / 60.0


def intent_file(folder: Path, sites: int, seed: int = 7) -> Path:
    """N sites at real cities (shuffled), two WAN links each, BGP on every other site."""
    rng = random.Random(seed)
    cities = places()["cities"]
    out = []
    for i in range(sites):
        city = cities[rng.randrange(len(cities))]
        site: dict[str, Any] = {
            "name": f"site-{i:04d}",
            "location": {"latitude": round(city["latitude"] + rng.uniform(-0.5, 0.5), 4),
                         "longitude": round(city["longitude"] + rng.uniform(-0.5, 0.5), 4)},
            "subnets": [f"10.{i // 250}.{i % 250}.0/24"],
            "device": "junos" if i % 3 == 0 else "strongswan",
            "wan": [{"name": "wan1", "interface": "ge-0/0/0", "address": f"203.0.{113 + i // 250}.{i % 250 + 1}"},
                    {"name": "lte", "interface": "ge-0/0/1", "address": "dynamic",
                     "id": f"site-{i:04d}-lte.example.com"}],
        }
        if i % 2 == 0:
            a, b = 4 * i % 65536, (4 * i + 4) % 65536
            site["bgp"] = {"local_as": 64512 + i % 1000,
                           "local_address": f"169.254.{a // 256}.{a % 256 + 2}",
                           "peer_address": f"169.254.{a // 256}.{a % 256 + 1}",
                           "secondary": {"local_address": f"172.16.{b // 256}.{b % 256 + 2}",
                                         "peer_address": f"172.16.{b // 256}.{b % 256 + 1}"}}
        out.append(site)
    path = folder / f"sites-{sites}.yaml"
    path.write_text(yaml.safe_dump({"sites": out}, sort_keys=False), encoding="utf-8")
    return path


class Phase:
    """Wall time, this process's CPU time and the emulator's request count of a block."""

    def __init__(self, url: str) -> None:
        self.url = url

    def __enter__(self) -> Phase:
        self.before = stats(self.url)
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.wall = time.perf_counter() - self.wall
        self.cpu = time.process_time() - self.cpu
        after = stats(self.url)
        self.requests = after["requests"] - self.before["requests"] - 1  # the first stats request itself
        self.status = {k: v - self.before["status"].get(k, 0) for k, v in after["status"].items()
                       if v - self.before["status"].get(k, 0)}


def run(sites: int, rate_limit: bool, work: Path) -> dict[str, Any]:
    port = et.free_port()
    proc = loadgen.start_emulator(port, rate_limit=rate_limit)
    url = f"http://127.0.0.1:{port}"
    row: dict[str, Any] = {"sites": sites, "limit": "on" if rate_limit else "off"}
    try:
        client = make_client(url, None if rate_limit else 0)
        client.check()  # the token, outside the measured phases
        history = History(work / f"runs-{sites}-{row['limit']}.db")
        intent = read(intent_file(work, sites))
        with Phase(url) as p_plan:
            planned = plan(client, intent)
        assert not planned.problems, planned.problems[:3]
        data = applying.workflow(planned, push=True, wait=True)
        doc = loads(json.dumps(data), str(work / "apply.json"))
        with Phase(url) as p_apply:
            result = Runner(client, history, base_dir=work).run(doc, {})
        with Phase(url) as p_again:
            again = plan(client, intent)
        row.update(status=result.status, changes=len(planned.pending), left=len(again.pending),
                   reads=p_plan.requests, reads_again=p_again.requests, plan_s=p_plan.wall, again_s=p_again.wall,
                   plan_cpu=p_plan.cpu / max(p_plan.wall, 1e-9), apply_requests=p_apply.requests,
                   apply_s=p_apply.wall, apply_cpu=p_apply.cpu / max(p_apply.wall, 1e-9),
                   per_site=(p_plan.requests + p_apply.requests) / sites,
                   r429=sum(p.status.get("429", 0) for p in (p_plan, p_apply, p_again)),
                   r403=sum(p.status.get("403", 0) for p in (p_plan, p_apply, p_again)),
                   rate=(p_plan.requests + p_apply.requests) / (p_plan.wall + p_apply.wall),
                   error=result.error)
        client.close()
        history.close()
    finally:
        proc.kill()
        proc.wait(10)
    return row


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sites", type=int, default=500)
    ap.add_argument("--limit-sites", type=int, default=100, help="sites of the rate-limit-on run")
    ap.add_argument("--only", choices=["off", "on"])
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if args.only != "on":
            rows.append(run(max(args.sites // 10, 1), False, work))
            rows.append(run(args.sites, False, work))
        if args.only != "off":
            rows.append(run(args.limit_sites, True, work))
    print(f"{'sites':>5} {'limit':>5} {'changes':>7} {'reads':>5} {'2nd plan':>8} {'apply req':>9} "
          f"{'req/site':>8} {'plan s':>7} {'2nd s':>6} {'apply s':>7} {'sasekit CPU':>11} {'req/s':>6} {'429':>4} "
          f"{'403':>4} {'left':>4}  status")
    ok = True
    for r in rows:
        cpu = (r["plan_cpu"] * r["plan_s"] + r["apply_cpu"] * r["apply_s"]) / (r["plan_s"] + r["apply_s"])
        print(f"{r['sites']:>5} {r['limit']:>5} {r['changes']:>7} {r['reads']:>5} {r['reads_again']:>8} "
              f"{r['apply_requests']:>9} {r['per_site']:>8.1f} {r['plan_s']:>7.2f} {r['again_s']:>6.2f} "
              f"{r['apply_s']:>7.1f} "
              f"{cpu:>10.0%} {r['rate']:>6.1f} {r['r429']:>4} {r['r403']:>4} {r['left']:>4}  {r['status']}")
        ok &= r["status"] == "succeeded" and r["left"] == 0 and r["r403"] == 0
    reads = {r["reads"] for r in rows if r["limit"] == "off"}
    print(f"reads per plan: {sorted(reads)} ({'constant' if len(reads) == 1 else 'NOT constant'} across "
          f"{', '.join(str(r['sites']) for r in rows if r['limit'] == 'off')} sites); sasekit CPU = this "
          f"process's CPU time / wall time, the rest is waiting for the service")
    on = [r for r in rows if r["limit"] == "on"]
    if on:
        print(f"limit on: {on[0]['rate']:.1f} requests/s of the allowed {ALLOWED_PER_S:.1f}/s, "
              f"{on[0]['r429']} 429s, {on[0]['r403']} blocks (target 0)")
    ok &= len(reads) == 1
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
