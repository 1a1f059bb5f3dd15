"""Per-call cost of ``AsyncClient.call`` against raw httpx, on the same in-process emulator.

Both sides send the same requests to one emulator app through ``httpx.ASGITransport``
(no sockets, rate limit off), so the difference is what sasekit adds per call:
catalog lookup, parameter routing and validation (on, as by default), URL building,
the request flow, decoding. Raw httpx sends the same request with a bearer token
fetched once from ``/oauth2/access_token`` and decodes the JSON answer.

Runs are interleaved (raw, sasekit, then sasekit, raw in the next round) so that drift
(the store growing, the machine's load) falls on both sides alike; the table shows the
median over the rounds. Creates use a unique name per call on both sides.
Target: sasekit at most 1.10x raw httpx.

Times are CPU time of this process per call (in-process, so that is the cost; other load on
the machine does not count), with the wall-clock ratio shown alongside.

Run: .venv/bin/python bench/client_overhead.py [--iterations N] [--rounds R] [--budget S] [--profile]
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import gc
import io
import itertools
import pstats
import statistics
import time

import httpx

import sasekit
from sasekit.emulator import DEMO_ACCOUNT, EmulatorConfig, create_app

TARGET = 1.10
BASE = "/sse/config/v1"
EMU = "http://emu"


class Sides:
    """The two clients, sharing one emulator app, and the request each operation sends."""

    def __init__(self) -> None:
        self.app = create_app(EmulatorConfig.from_mapping({"rate_limit": {"enabled": False}}))
        a = DEMO_ACCOUNT
        self.client = sasekit.AsyncClient(a["client_id"], a["client_secret"], a["tsg_id"], base_url=EMU,
                                          auth_url=EMU, setup_url=EMU, rate_limit=0,
                                          transport=httpx.ASGITransport(app=self.app))
        self.raw = httpx.AsyncClient(transport=httpx.ASGITransport(app=self.app))  # absolute URLs, as sasekit
        self.headers: dict[str, str] = {}
        self.names = itertools.count()
        self.object_id = ""

    async def setup(self) -> None:
        a = DEMO_ACCOUNT
        resp = await self.raw.post(f"{EMU}/oauth2/access_token", auth=(a["client_id"], a["client_secret"]),
                                   data={"grant_type": "client_credentials", "scope": f"tsg_id:{a['tsg_id']}"})
        resp.raise_for_status()
        self.headers = {"Authorization": f"Bearer {resp.json()['access_token']}"}
        made = await self.client.call("address", "create", {"folder": "Shared", "name": "bench-get",
                                                            "ip_netmask": "192.0.2.1/32"})
        self.object_id = made["id"]

    async def close(self) -> None:
        await self.client.aclose()
        await self.raw.aclose()

    # The same request on both sides; raw checks the status and decodes JSON, as sasekit does.

    async def raw_get(self, n: int) -> None:
        raw, url, headers = self.raw, f"{EMU}{BASE}/addresses/{self.object_id}", self.headers
        for _ in range(n):
            resp = await raw.get(url, headers=headers)
            if resp.status_code != 200:
                raise RuntimeError(resp.text)
            resp.json()

    async def sasekit_get(self, n: int) -> None:
        call, params = self.client.call, {"id": self.object_id}
        for _ in range(n):
            await call("address", "get", params)

    async def raw_create(self, n: int) -> None:
        raw, url, headers, names = self.raw, f"{EMU}{BASE}/addresses", self.headers, self.names
        for _ in range(n):
            body = {"name": f"bench-{next(names)}", "ip_netmask": "192.0.2.7/32"}
            resp = await raw.post(url, params={"folder": "Shared"}, json=body, headers=headers)
            if resp.status_code != 201:
                raise RuntimeError(resp.text)
            resp.json()

    async def sasekit_create(self, n: int) -> None:
        call, names = self.client.call, self.names
        for _ in range(n):
            await call("address", "create", {"folder": "Shared", "name": f"bench-{next(names)}",
                                             "ip_netmask": "192.0.2.7/32"})


async def timed(run, n: int) -> tuple[float, float]:
    """Microseconds per call of ``n`` sequential calls: (CPU time, wall time)."""
    gc.collect()
    cpu, wall = time.process_time(), time.perf_counter()
    await run(n)
    return (time.process_time() - cpu) / n * 1e6, (time.perf_counter() - wall) / n * 1e6


async def measure(sides: Sides, op: str, iterations: int, rounds: int, budget: float) -> dict[str, float]:
    """Interleaved rounds (raw first, then sasekit first, ...) until ``rounds`` or the budget."""
    raw, ours = getattr(sides, f"raw_{op}"), getattr(sides, f"sasekit_{op}")
    await raw(200)  # warm-up: connections, caches, validator plans
    await ours(200)
    deadline = time.perf_counter() + budget
    cpu: dict[str, list[float]] = {"raw": [], "sasekit": []}
    wall: dict[str, list[float]] = {"raw": [], "sasekit": []}
    for r in range(rounds):
        if r >= 2 and r % 2 == 0 and time.perf_counter() > deadline:
            break  # whole pairs only, so both orders count alike
        for side in (("raw", "sasekit") if r % 2 == 0 else ("sasekit", "raw")):
            c, w = await timed(raw if side == "raw" else ours, iterations)
            cpu[side].append(c)
            wall[side].append(w)
    ratios = [b / a for a, b in zip(cpu["raw"], cpu["sasekit"], strict=True)]
    wall_ratios = [b / a for a, b in zip(wall["raw"], wall["sasekit"], strict=True)]
    return {"raw": statistics.median(cpu["raw"]), "sasekit": statistics.median(cpu["sasekit"]),
            "ratio": statistics.median(ratios), "low": min(ratios), "high": max(ratios),
            "wall_ratio": statistics.median(wall_ratios), "rounds": len(ratios),
            "best": min(cpu["sasekit"]) / min(cpu["raw"]),
            "extra": statistics.median(b - a for a, b in zip(cpu["raw"], cpu["sasekit"], strict=True))}


async def profile(sides: Sides, iterations: int) -> str:
    """cProfile of sasekit's calls (get and create), top functions by own time."""
    prof = cProfile.Profile()
    prof.enable()
    await sides.sasekit_get(iterations)
    await sides.sasekit_create(iterations)
    prof.disable()
    out = io.StringIO()
    # sasekit's own code (not the emulator), by cumulative time
    pstats.Stats(prof, stream=out).sort_stats("cumtime").print_stats(r"sasekit/(client|validate|transport|auth|catalog)", 25)
    return out.getvalue()


async def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--iterations", type=int, default=1000, help="calls per measure (default 1000)")
    ap.add_argument("--rounds", type=int, default=16,
                    help="interleaved rounds per operation, at most (default 16)")
    ap.add_argument("--budget", type=float, default=22.0,
                    help="seconds per operation after which no new pair of rounds starts (default 22)")
    ap.add_argument("--profile", action="store_true", help="also print a cProfile of sasekit's calls")
    args = ap.parse_args()

    sides = Sides()
    started = time.perf_counter()
    try:
        await sides.setup()
        results = {op: await measure(sides, op, args.iterations, args.rounds, args.budget)
                   for op in ("get", "create")}
        report = await profile(sides, args.iterations // 2) if args.profile else ""
    finally:
        await sides.close()

    print("client.call vs raw httpx on the in-process emulator (ASGITransport): validation ON, rate limit off")
    print(f"{args.iterations} calls per measure, interleaved rounds, median; µs = CPU time of this process "
          "per call (the machine may be shared); best runs = fastest sasekit / fastest raw")
    print(f"{'operation':<10} {'raw µs/call':>12} {'sasekit µs/call':>16} {'+µs':>5} {'ratio':>7} {'target':>7}")
    failed = False
    for op, r in results.items():
        ok = r["ratio"] <= TARGET
        failed |= not ok
        print(f"{op:<10} {r['raw']:>12.0f} {r['sasekit']:>16.0f} {r['extra']:>5.0f}"
              f" {r['ratio']:>6.2f}x {TARGET:>6.2f}x  {'ok' if ok else 'OVER'}"
              f"  ({r['rounds']} rounds, ratio {r['low']:.2f}-{r['high']:.2f}, best runs {r['best']:.2f}x;"
              f" wall clock {r['wall_ratio']:.2f}x)")
    print(f"({time.perf_counter() - started:.0f} s)")
    if report:
        print(report)
    if failed:
        print(f"sasekit is over the {TARGET:.2f}x target; rerun with --profile to see where the time goes")


if __name__ == "__main__":
    asyncio.run(main())
