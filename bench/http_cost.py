"""Client-side CPU per request and throughput of ways to send address creates.

Why bulk work in sasekit (``Client.call_many``, workflow loops) goes through libcurl
(``sasekit.fanout``) rather than httpx: with the emulator answering fast, a bulk import
is bound by the client's CPU per request, not by the network. The same address create
(``POST /sse/config/v1/addresses?folder=Shared``, a unique name per request) is sent
five ways to one `python -m sasekit emulator serve --no-rate-limit` in a subprocess on
127.0.0.1:

- httpx.Client, sequential: one POST after another (json body, bearer header);
- httpx.AsyncClient, C workers: asyncio tasks sharing one client;
- sasekit ``client.call("address", "create", ...)`` in a sequential loop (httpx underneath);
- sasekit ``client.call_many("address", "create", items, concurrency=C)`` (libcurl);
- sasekit ``await AsyncClient.call_many(...)`` (the same fan-out in a worker thread);
- bench/loadgen.py with C connections: pre-built requests on asyncio streams, only the
  status line and Content-Length parsed; the bound used elsewhere as "emulator capacity".

Each way gets its own names and a warm-up request (token, connection, imports) before
the timed part. Measured around the timed part only: wall seconds (``time.perf_counter``)
and this process's CPU seconds (``time.process_time``), shown as requests/s and client CPU
in microseconds per request. Statuses: from the responses for the raw ways and loadgen;
for the sasekit ways, which return decoded objects, from the emulator's own counters
(``GET /_emulator/stats`` before and after). Every request should answer 201.

Run: .venv/bin/python bench/http_cost.py [--requests N] [--concurrency C]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).parent))
import bulk_import
import emulator_throughput as et
import loadgen

BASE = et.BASE


def address(prefix: str, i: int) -> dict[str, str]:
    return {"name": f"{prefix}-{i}", "ip_netmask": f"10.{i // 65536 % 256}.{i // 256 % 256}.{i % 256}/32"}


def emulator_statuses(url: str) -> Counter:
    resp = httpx.get(f"{url}/_emulator/stats", headers=loadgen.admin_headers(), timeout=10, trust_env=False)
    resp.raise_for_status()
    return Counter({int(k): v for k, v in resp.json()["status"].items()})


class Row:
    def __init__(self, way: str, requests: int, concurrency: int, wall: float, cpu: float,
                 statuses: Counter) -> None:
        self.way, self.requests, self.concurrency = way, requests, concurrency
        self.wall, self.cpu, self.statuses = wall, cpu, statuses


def timed(fn: Callable[[], Counter]) -> tuple[float, float, Counter]:
    """(wall seconds, CPU seconds of this process, statuses) of ``fn()``."""
    wall0, cpu0 = time.perf_counter(), time.process_time()
    statuses = fn()
    return time.perf_counter() - wall0, time.process_time() - cpu0, statuses


# --------------------------------------------------------------------------- the ways


def httpx_sequential(url: str, tok: str, n: int) -> tuple[float, float, Counter]:
    target = f"{url}{BASE}/addresses?folder=Shared"
    with httpx.Client(headers={"Authorization": f"Bearer {tok}"}, timeout=30, trust_env=False) as http:
        http.post(target, json=address("hx-seq-warmup", 0)).raise_for_status()

        def run() -> Counter:
            statuses: Counter = Counter()
            for i in range(n):
                statuses[http.post(target, json=address("hx-seq", i)).status_code] += 1
            return statuses

        return timed(run)


def httpx_async(url: str, tok: str, n: int, c: int) -> tuple[float, float, Counter]:
    target = f"{url}{BASE}/addresses?folder=Shared"

    async def main() -> tuple[float, float, Counter]:
        async with httpx.AsyncClient(headers={"Authorization": f"Bearer {tok}"}, timeout=30,
                                     trust_env=False) as http:
            (await http.post(target, json=address("hx-async-warmup", 0))).raise_for_status()
            statuses: Counter = Counter()
            indexes = iter(range(n))

            async def worker() -> None:
                for i in indexes:
                    statuses[(await http.post(target, json=address("hx-async", i))).status_code] += 1

            wall0, cpu0 = time.perf_counter(), time.process_time()
            await asyncio.gather(*(worker() for _ in range(c)))
            return time.perf_counter() - wall0, time.process_time() - cpu0, statuses

    return asyncio.run(main())


def sasekit_call(url: str, n: int) -> tuple[float, float, Counter]:
    with bulk_import.make_client(url, 0) as client:
        client.call("address", "create", {"folder": "Shared", **address("sk-call-warmup", 0)})
        before = emulator_statuses(url)

        def run() -> Counter:
            for i in range(n):
                client.call("address", "create", {"folder": "Shared", **address("sk-call", i)})
            return Counter()

        wall, cpu, _ = timed(run)
        return wall, cpu, seen_since(url, before)


def sasekit_call_many(url: str, n: int, c: int) -> tuple[float, float, Counter]:
    with bulk_import.make_client(url, 0) as client:
        client.call("address", "create", {"folder": "Shared", **address("sk-many-warmup", 0)})
        client.call_many("address", "create", [{"folder": "Shared", **address("sk-many-warmup", 1)}],
                         concurrency=c)
        items = [{"folder": "Shared", **address("sk-many", i)} for i in range(n)]
        before = emulator_statuses(url)
        results: list[Any] = []

        def run() -> Counter:
            results.extend(client.call_many("address", "create", items, concurrency=c))
            return Counter()

        wall, cpu, _ = timed(run)
        missing = sum(1 for r in results if not (isinstance(r, dict) and r.get("id")))
        if missing:
            raise SystemExit(f"call_many: {missing} result(s) without an id")
        return wall, cpu, seen_since(url, before)


def sasekit_async_call_many(url: str, n: int, c: int) -> tuple[float, float, Counter]:
    """``await AsyncClient.call_many``: the same fan-out, in a worker thread (CPU of every thread counts)."""
    from sasekit import AsyncClient

    settings = bulk_import.make_client(url, 0).settings
    items = [{"folder": "Shared", **address("sk-amany", i)} for i in range(n)]

    async def main() -> tuple[float, float, Counter]:
        async with AsyncClient(settings=settings, rate_limit=0) as client:
            await client.call_many("address", "create", [{"folder": "Shared", **address("sk-amany-warmup", 0)}])
            before = emulator_statuses(url)
            start, cpu0 = time.perf_counter(), time.process_time()
            results = await client.call_many("address", "create", items, concurrency=c)
            wall, cpu = time.perf_counter() - start, time.process_time() - cpu0
        missing = sum(1 for r in results if not (isinstance(r, dict) and r.get("id")))
        if missing:
            raise SystemExit(f"async call_many: {missing} result(s) without an id")
        return wall, cpu, seen_since(url, before)

    return asyncio.run(main())


def seen_since(url: str, before: Counter) -> Counter:
    """Statuses the emulator answered since ``before``, less the stats request that took it."""
    after = emulator_statuses(url)
    after.subtract(before)
    after[200] -= 1
    return +after


def loadgen_run(port: int, tok: str, n: int, c: int) -> tuple[float, float, Counter]:
    def make(prefix: str) -> Callable[[int], bytes]:
        def create(i: int) -> bytes:
            body = json.dumps(address(prefix, i)).encode()
            return loadgen.request("POST", f"{BASE}/addresses?folder=Shared", tok, body)
        return create

    loadgen.run("127.0.0.1", port, make("lg-warmup"), 1, 1)
    return timed(lambda: loadgen.run("127.0.0.1", port, make("lg"), n, c)[1])


# --------------------------------------------------------------------------- report


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--requests", type=int, default=3000, help="creates per way (default 3,000)")
    ap.add_argument("--concurrency", type=int, default=8, help="workers / connections of the concurrent ways")
    args = ap.parse_args()
    n, c = args.requests, args.concurrency
    port = et.free_port()
    url = f"http://127.0.0.1:{port}"
    proc = loadgen.start_emulator(port, rate_limit=False)
    rows: list[Row] = []
    try:
        tok = et.token(port)
        ways: list[tuple[str, int, Callable[[], tuple[float, float, Counter]]]] = [
            ("httpx.Client, sequential", 1, lambda: httpx_sequential(url, tok, n)),
            ("httpx.AsyncClient, workers", c, lambda: httpx_async(url, tok, n, c)),
            ("sasekit client.call, sequential", 1, lambda: sasekit_call(url, n)),
            ("sasekit client.call_many (libcurl)", c, lambda: sasekit_call_many(url, n, c)),
            ("sasekit AsyncClient.call_many", c, lambda: sasekit_async_call_many(url, n, c)),
            ("loadgen.run (emulator capacity)", c, lambda: loadgen_run(port, tok, n, c)),
        ]
        for way, conc, fn in ways:
            print(f"{way}: {n:,} creates ...", file=sys.stderr, flush=True)
            wall, cpu, statuses = fn()
            rows.append(Row(way, n, conc, wall, cpu, statuses))
    finally:
        proc.terminate()
        proc.wait(timeout=10)

    print(f"address creates on python -m sasekit emulator serve --no-rate-limit (127.0.0.1), "
          f"{n:,} per way, after one warm-up request")
    head = f"{'way':<36} {'requests':>8} {'conc':>4} {'req/s':>7} {'client CPU µs/req':>17}  statuses"
    print(head)
    print("-" * len(head))
    bad = False
    for r in rows:
        ok = set(r.statuses) == {201} and r.statuses[201] == r.requests
        bad = bad or not ok
        print(f"{r.way:<36} {r.requests:>8} {r.concurrency:>4} {r.requests / r.wall:>7.0f} "
              f"{r.cpu / r.requests * 1e6:>17.0f}  {dict(r.statuses)}{'' if ok else '  (expected only 201)'}")
    print(f"client CPU: time.process_time() of this process only, per request (the emulator runs in its own "
          f"process and is not counted); this machine has {os.cpu_count()} cores")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
