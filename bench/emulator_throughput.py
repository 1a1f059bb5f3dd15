"""Requests per second of one uvicorn-served emulator worker: get, list and create.

The emulator runs as `sasekit emulator serve` in its own process (one worker, rate
limit off); the load comes from bench/loadgen.py in this process over keep-alive
connections on 127.0.0.1. Target for get: at least 1,500/s on this machine.
Run: .venv/bin/python bench/emulator_throughput.py [--requests N] [--concurrency C]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import urllib.request
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import loadgen
from sasekit.emulator.config import DEMO_ACCOUNT
from sasekit.emulator.serve import free_port  # also used by bulk_import.py

BASE = "/sse/config/v1"


def start_server(port: int, rate_limit: bool = False) -> subprocess.Popen:
    return loadgen.start_emulator(port, rate_limit)


def token(port: int) -> str:
    data = (f"grant_type=client_credentials&scope=tsg_id:{DEMO_ACCOUNT['tsg_id']}"
            f"&client_id={DEMO_ACCOUNT['client_id']}&client_secret={DEMO_ACCOUNT['client_secret']}").encode()
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/oauth2/access_token", data) as resp:
        return json.loads(resp.read())["access_token"]


def measure_create(port: int, tok: str, n: int, c: int) -> tuple[float, Counter]:
    """Create ``n`` addresses in Shared over ``c`` connections; (seconds, status counts).
    bench/bulk_import.py reuses it as the emulator's create capacity."""

    def create(i: int) -> bytes:
        body = json.dumps({"name": f"bench-{i}", "ip_netmask": f"10.{i // 65536 % 256}.{i // 256 % 256}"
                           f".{i % 256}/32"}).encode()
        return loadgen.request("POST", f"{BASE}/addresses?folder=Shared", tok, body)

    return loadgen.run("127.0.0.1", port, create, n, c)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--requests", type=int, default=6000)
    ap.add_argument("--concurrency", type=int, default=32)
    args = ap.parse_args()
    port = free_port()
    proc = start_server(port)
    try:
        tok = token(port)
        n, c = args.requests, args.concurrency
        # create first: it also seeds the objects that get and list read.
        secs_c, st_c = measure_create(port, tok, n, c)
        seed = json.loads(urllib.request.urlopen(urllib.request.Request(
            f"http://127.0.0.1:{port}{BASE}/addresses?folder=Shared&limit=50",
            headers={"Authorization": f"Bearer {tok}"})).read())["data"]
        ids = [a["id"] for a in seed]
        secs_g, st_g = loadgen.run("127.0.0.1", port,
                                   lambda i: loadgen.request("GET", f"{BASE}/addresses/{ids[i % len(ids)]}", tok),
                                   n, c)
        secs_l, st_l = loadgen.run("127.0.0.1", port, lambda i: loadgen.request(
            "GET", f"{BASE}/addresses?folder=Shared&limit=20&offset={i % 100 * 20}", tok), n // 2, c)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    print(f"{'operation':<10} {'requests':>9} {'seconds':>8} {'req/s':>8}  statuses")
    for name, secs, st, target in (("get", secs_g, st_g, " (target >= 1500)"), ("list", secs_l, st_l, ""),
                                   ("create", secs_c, st_c, "")):
        total = sum(st.values())
        print(f"{name:<10} {total:>9} {secs:>8.2f} {total / secs:>8.0f}  {dict(st)}{target}")


if __name__ == "__main__":
    main()
