"""A tenant-sized list through the CLI: `sasekit address list --all` over 100,000 addresses.

The emulator (`python -m sasekit emulator serve --no-rate-limit --db FILE`, in a subprocess
on 127.0.0.1) serves a state file filled beforehand through its own store (one SQLite
transaction, a few seconds) with N addresses in Shared (default 100,000). Then, per run,
each of these is one process, timed by wall clock, its peak memory read from the kernel
(`os.wait4`'s ru_maxrss, in a small launcher so that the figure is the command's own):

  library   python -c '... sum(1 for _ in Client(...).paginate("address", folder="Shared"))'
  json      sasekit address list --folder Shared --all -o json  > /dev/null
  jsonl     sasekit address list --folder Shared --all -o jsonl > /dev/null
  csv       sasekit address list --folder Shared --all -o csv   > /dev/null

The library row is the yardstick: `client.paginate` with its default page (the largest
the operation allows, 5,000). Its process time includes Python's start and sasekit's
import, as the CLI's does; the time inside the loop is shown beside it. Medians of
--runs runs (default 3) after one untimed warm-up each; memory is the largest seen.
One more run of json and jsonl writes to a file, which is checked: every address, once,
in the emulator's order.

Targets (the issue "A user's first hour", part 9): each CLI row at most 1.5x the library
process's time, and at most 60 MB peak RSS. Exit code 1 when one is missed.

Run: .venv/bin/python bench/cli_list.py [--addresses N] [--runs N] [--keep-db PATH]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import loadgen  # bench/ is on sys.path when a script in it runs
from sasekit.emulator.config import DEMO_ACCOUNT
from sasekit.emulator.serve import free_port
from sasekit.emulator.store import Store

ROOT = Path(__file__).resolve().parents[1]
TIME_TARGET = 1.5  # x the library's process time
RSS_TARGET_MB = 60.0
NAME = "bench{:06d}"
LIBRARY = """
import json, sys, time
from sasekit import Client
url = sys.argv[1]
a = json.loads(sys.argv[2])
with Client(a["client_id"], a["client_secret"], a["tsg_id"], base_url=url, auth_url=url, setup_url=url) as c:
    start = time.perf_counter()
    n = sum(1 for _ in c.paginate("address", folder="Shared"))
    print(json.dumps({"items": n, "loop_s": time.perf_counter() - start}))
"""


def seed(db: Path, count: int) -> None:
    """``count`` addresses in Shared, written through the emulator's store in one transaction."""
    store = Store(str(db))
    tsg = DEMO_ACCOUNT["tsg_id"]
    rows = []
    for i in range(count):
        body = {"id": str(uuid.uuid4()), "name": NAME.format(i),
                "ip_netmask": f"10.{i // 65536 % 256}.{i // 256 % 256}.{i % 256}/32",
                "description": "Imported from the IOC feed", "tag": ["ThreatIntel"], "folder": "Shared"}
        rows.append((tsg, "address", body["id"], "Shared", body["name"], None, 0.0, json.dumps(body)))
    with store.transaction() as conn:
        conn.executemany("INSERT INTO objects (tsg, resource, id, folder, name, position, seq, body) "
                         "VALUES (?,?,?,?,?,?,?,?)", rows)
    store.close()


def start_emulator(port: int, db: Path, env: dict[str, str]) -> subprocess.Popen:
    env = {**env, "SASEKIT_EMULATOR_ADMIN_SECRET": loadgen.ADMIN_SECRET}
    proc = subprocess.Popen([sys.executable, "-m", "sasekit", "emulator", "serve", "--port", str(port),
                             "--no-rate-limit", "--db", str(db), "--log-level", "error"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    import socket

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return proc
        except OSError:
            if proc.poll() is not None:
                break
            time.sleep(0.05)
    proc.kill()
    raise SystemExit("the emulator did not start")


#: Runs a command and reports its wall time and peak RSS. A process forked from this one
#: would start with this process's peak (it holds the seeded rows) and keep it through
#: exec; forked from this small launcher, the command's own peak is what the kernel reports.
LAUNCH = """
import json, os, sys, time
report, argv = sys.argv[1], sys.argv[2:]
start = time.perf_counter()
pid = os.fork()
if pid == 0:
    os.execv(argv[0], argv)
_, status, usage = os.wait4(pid, 0)
with open(report, "w") as fh:
    json.dump({"seconds": time.perf_counter() - start, "rss_kb": usage.ru_maxrss,
               "code": os.waitstatus_to_exitcode(status)}, fh)
"""


def timed(argv: list[str], env: dict[str, str], out: int | None = None) -> tuple[float, float, str]:
    """(wall seconds, peak RSS in MB, stdout when not redirected) of one process."""
    with tempfile.NamedTemporaryFile(suffix=".json") as report:
        proc = subprocess.run([sys.executable, "-S", "-c", LAUNCH, report.name, *argv], env=env, cwd=ROOT,
                              stdout=out if out is not None else subprocess.PIPE, stderr=subprocess.PIPE)
        result = json.loads(Path(report.name).read_text() or "{}")
    if proc.returncode != 0 or result.get("code") != 0:
        tail = proc.stderr.decode(errors="replace").strip().splitlines()
        raise SystemExit(f"{' '.join(argv[:4])} ... failed (exit {result.get('code')}): {tail[-1] if tail else ''}")
    return result["seconds"], result["rss_kb"] / 1024.0, (proc.stdout or b"").decode()


def check(path: Path, fmt: str, count: int) -> str:
    """Whether a written list holds every seeded address once, in order."""
    if fmt == "json":
        names = [item["name"] for item in json.loads(path.read_text(encoding="utf-8"))]
    else:
        with path.open(encoding="utf-8") as fh:
            names = [json.loads(line)["name"] for line in fh]
    expected = [NAME.format(i) for i in range(count)]
    if names == expected:
        return f"all {count}, in order"
    return f"WRONG: {len(names)} items, {len(set(names))} distinct, in order: {names == sorted(names)}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--addresses", type=int, default=100_000, help="addresses in Shared (default 100,000)")
    ap.add_argument("--runs", type=int, default=3, help="timed runs per command (default 3)")
    opts = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="sasekit-cli-list-"))
    db = tmp / "emulator.db"
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("SCM_", "SASEKIT_"))}
    started = time.perf_counter()
    seed(db, opts.addresses)
    seeded_s = time.perf_counter() - started
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    emulator = start_emulator(port, db, clean)
    a = DEMO_ACCOUNT
    env = {**clean, "SCM_CLIENT_ID": a["client_id"], "SCM_CLIENT_SECRET": a["client_secret"],
           "SCM_TSG_ID": a["tsg_id"], "SCM_BASE_URL": url, "SCM_AUTH_URL": url, "SCM_SETUP_URL": url,
           "SASEKIT_CONFIG_DIR": str(tmp / "config"), "SASEKIT_STATE_DIR": str(tmp / "state")}
    sasekit = str(Path(sys.executable).parent / "sasekit")
    listing = [sasekit, "address", "list", "--folder", "Shared", "--all", "-o"]
    account = json.dumps({k: a[k] for k in ("client_id", "client_secret", "tsg_id")})
    commands = [
        ("library: client.paginate(\"address\", folder=\"Shared\")", [sys.executable, "-c", LIBRARY, url, account]),
        ("sasekit address list --folder Shared --all -o json > /dev/null", [*listing, "json"]),
        ("sasekit address list --folder Shared --all -o jsonl > /dev/null", [*listing, "jsonl"]),
        ("sasekit address list --folder Shared --all -o csv > /dev/null", [*listing, "csv"]),
    ]
    samples: list[list[tuple[float, float]]] = [[] for _ in commands]
    loops: list[float] = []
    checks: dict[str, str] = {}
    try:
        with open(os.devnull, "wb") as devnull:
            for i in range(opts.runs + 1):  # the first round is the warm-up
                order = list(enumerate(commands)) if i % 2 == 0 else list(reversed(list(enumerate(commands))))
                for n, (_, argv) in order:
                    is_library = n == 0
                    seconds, rss, out = timed(argv, env, None if is_library else devnull.fileno())
                    if i == 0:
                        continue
                    samples[n].append((seconds, rss))
                    if is_library:
                        result = json.loads(out)
                        if result["items"] != opts.addresses:
                            raise SystemExit(f"the library listed {result['items']} of {opts.addresses}")
                        loops.append(result["loop_s"])
            for fmt in ("json", "jsonl"):
                target = tmp / f"list.{fmt}"
                with target.open("wb") as fh:
                    timed([*listing, fmt], env, fh.fileno())
                checks[fmt] = check(target, fmt, opts.addresses)
                target.unlink()
    finally:
        emulator.terminate()
        try:
            emulator.wait(timeout=10)
        except subprocess.TimeoutExpired:
            emulator.kill()
        shutil.rmtree(tmp, ignore_errors=True)

    print(f"emulator {url}, {opts.addresses:,} addresses in Shared (seeded through its store in {seeded_s:.1f} s); "
          f"median wall clock of {opts.runs} runs per command after one warm-up, peak RSS the largest seen\n")
    head = f"{'command':<66} {'wall s':>7} {'x lib':>6} {'RSS MB':>7}  {'target':<17} verdict"
    print(head)
    print("-" * len(head))
    lib_s = statistics.median(s for s, _ in samples[0])
    missed = False
    for n, (label, _) in enumerate(commands):
        wall = statistics.median(s for s, _ in samples[n])
        rss = max(r for _, r in samples[n])
        if n == 0:
            print(f"{label:<66} {wall:>7.2f} {'1.00':>6} {rss:>7.1f}  {'(yardstick)':<17} "
                  f"loop {statistics.median(loops):.2f} s")
            continue
        ratio = wall / lib_s
        ok = ratio <= TIME_TARGET and rss <= RSS_TARGET_MB
        missed |= not ok
        print(f"{label:<66} {wall:>7.2f} {ratio:>6.2f} {rss:>7.1f}  "
              f"<= {TIME_TARGET}x, {RSS_TARGET_MB:.0f} MB  {'ok' if ok else 'MISSED'}")
    print()
    for fmt, verdict in checks.items():
        print(f"output -o {fmt}: {verdict}")
        missed |= verdict.startswith("WRONG")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
