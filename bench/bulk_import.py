"""A 10,000-IOC import through the workflow runner, with the documented rate limit on and off.

The built-in bulk-ioc-import template (one address object per IP, then one address
group, one deny rule and one push), written out with the loop's ``concurrency`` as a
number (``--concurrency``, default: the template's own default, 16), runs through ``Runner`` with a
``Client`` on `python -m sasekit emulator serve` in a subprocess on 127.0.0.1, with the
run history in a temporary SQLite file. Each run gets a fresh emulator:

- limit on: the emulator's documented limit (over 2,000 requests in a rolling 60 s from
  one IP -> 429, over 2,500 -> 403 and a 180 s block); the client's own rate limiter at
  its default (settings ``rate_limit_per_minute``, token bucket with burst 20);
- limit off: `--no-rate-limit` on the emulator and ``rate_limit=0`` on the client.

Measured per run: wall time of the whole workflow and of the import loop, creates/s of the
loop, requests the emulator saw and their statuses (``GET /_emulator/stats``, before and
after), retries (API requests - successful answers), failed items (from the run result)
and duplicates (every address in Shared listed afterwards: names unique, count == N).

Targets:
- correctness, both runs: no failed item, no duplicate, N objects; with the limit on
  never a 403 (exit code 1 when one of these is missed);
- limit on: import loop at >= 95% of the allowed rate (2,000/60 s = 33.3/s -> 31.7/s);
- limit off: >= 80% of the emulator's own create capacity, measured here with
  bench/emulator_throughput.py's create load (a fresh emulator, 32 keep-alive
  connections from a minimal asyncio client), and >= 3x a sequential loop of
  pan-scm-sdk 0.15.1 ``client.address.create`` against the same (limit-off) emulator.

The limit-on run of 10,000 IOCs takes about 5 minutes by design (10,000 / 33.3 per s).
pan-scm-sdk lives in .cache/venv-pan-scm-sdk/ (the one tests/test_pan_scm_sdk.py builds;
made here on first use when missing); when it cannot be built, that row is skipped.
A progress bar shows on stderr (a line every 10% when stderr is not a terminal).

Run: .venv/bin/python bench/bulk_import.py [--iocs N] [--quick] [--only on|off] [--sdk-creates N]
  --quick: 1,000 IOCs per run (about 30 s with the limit on) and a smaller capacity load.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import csv
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import yaml

sys.path.insert(0, str(Path(__file__).parent))
import emulator_throughput as et
import loadgen
import sasekit.workflows
from sasekit import Client
from sasekit.emulator.config import DEMO_ACCOUNT
from sasekit.settings import Settings
from sasekit.workflows.history import History
from sasekit.workflows.loader import load
from sasekit.workflows.runner import Runner

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = Path(sasekit.workflows.__file__).parent / "templates" / "bulk-ioc-import.yaml"
ALLOWED_PER_S = 2000 / 60.0
ON_TARGET = 0.95  # of the allowed rate
CAPACITY_TARGET = 0.80  # of the emulator's create capacity
SDK_TARGET = 3.0  # times pan-scm-sdk's sequential creates/s
SDK = "pan-scm-sdk==0.15.1"
SDK_SCRIPT = '''
import json, os, sys, time
from scm.client import Scm

base, token_url, n, prefix = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
client = Scm(client_id=os.environ["SCM_CLIENT_ID"], client_secret=os.environ["SCM_CLIENT_SECRET"],
             tsg_id=os.environ["SCM_TSG_ID"], api_base_url=base, token_url=token_url)
client.address.create({"name": prefix + "warmup", "folder": "Shared", "ip_netmask": "198.19.255.255/32"})
start = time.perf_counter()
for i in range(n):
    client.address.create({"name": f"{prefix}{i}", "folder": "Shared",
                           "ip_netmask": f"198.19.{i // 256 % 256}.{i % 256}/32",
                           "description": "Imported from the IOC feed"})
print("RESULT " + json.dumps({"creates": n, "seconds": time.perf_counter() - start}))
'''


# --------------------------------------------------------------------------- pieces


def write_iocs(path: Path, n: int) -> list[str]:
    """N unique IPv4 addresses in the benchmarking range 198.18.0.0/15 (RFC 2544), one per
    row under an "ioc" header: private ranges (10/8...) are always protected and refused."""
    ips = [f"{198}.{18 + i // 65536 % 2}.{i // 256 % 256}.{i % 256}" for i in range(1, n + 1)]
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["ioc"])
        w.writerows([ip] for ip in ips)
    return ips


def write_workflow(path: Path, concurrency: int) -> Path:
    """The built-in template as a workflow file, with the loop's concurrency as a number."""
    doc = yaml.safe_load(TEMPLATE.read_text(encoding="utf-8"))
    loop = next(s for s in doc["steps"] if s.get("id") == "import")
    loop["concurrency"] = concurrency
    path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    return path


def stats(url: str) -> dict[str, Any]:
    return httpx.get(f"{url}/_emulator/stats", headers=loadgen.admin_headers(), timeout=10,
                     trust_env=False).json()


class Progress:
    """The Runner's progress callback: a rich bar on a terminal, a line every 10% otherwise.
    Also records when the import loop started and finished."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.first: dict[str, float] = {}
        self.last: dict[str, float] = {}
        self.tty = sys.stderr.isatty()
        self._bar: Any = None
        self._tasks: dict[str, Any] = {}
        self._tenth: dict[str, int] = {}

    def __call__(self, step: str, done: int, total: int) -> None:
        now = time.perf_counter()
        self.first.setdefault(step, now)
        if done == total:
            self.last[step] = now
        if self.tty:
            if self._bar is None:
                from rich.console import Console
                from rich.progress import (
                    BarColumn,
                    MofNCompleteColumn,
                    Progress,
                    TaskProgressColumn,
                    TextColumn,
                    TimeElapsedColumn,
                    TimeRemainingColumn,
                )

                self._bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                     TaskProgressColumn(), TimeElapsedColumn(), TimeRemainingColumn(),
                                     console=Console(stderr=True))
                self._bar.start()
            if step not in self._tasks:
                self._tasks[step] = self._bar.add_task(f"{self.label}: {step}", total=total)
            self._bar.update(self._tasks[step], completed=done, total=total)
            return
        tenth = done * 10 // max(total, 1)
        if self._tenth.get(step) != tenth:
            self._tenth[step] = tenth
            print(f"{self.label}: {step} {done}/{total}", file=sys.stderr, flush=True)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()

    def seconds(self, step: str) -> float | None:
        if step in self.first and step in self.last:
            return self.last[step] - self.first[step]
        return None


class LogCounter(logging.Handler):
    """Counts the client's retry and failure log records (without formatting them)."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.counts: collections.Counter[str] = collections.Counter()

    def emit(self, record: logging.LogRecord) -> None:
        msg = str(record.msg)
        if msg.startswith("retrying"):
            self.counts["client retries"] += 1
        elif record.name.endswith("runner") and "; retry" in msg:
            self.counts["step retries"] += 1
        elif "already exists" in msg or "earlier attempt had created it" in msg:
            self.counts["409 taken as done"] += 1
        elif record.levelno >= logging.WARNING:
            self.counts["warnings"] += 1


@contextlib.contextmanager
def counting_logs() -> Any:
    handler = LogCounter()
    loggers = [logging.getLogger(n) for n in ("sasekit.client", "sasekit.workflows.runner")]
    saved = [(lg.level, lg.propagate) for lg in loggers]
    for lg in loggers:
        lg.addHandler(handler)
        lg.setLevel(logging.INFO)
        lg.propagate = False
    try:
        yield handler
    finally:
        for lg, (level, propagate) in zip(loggers, saved, strict=True):
            lg.removeHandler(handler)
            lg.setLevel(level)
            lg.propagate = propagate


def make_client(url: str, rate_limit: float | None) -> Client:
    """A client on the emulator with default settings (no profile or SCM_* variables read)."""
    a = DEMO_ACCOUNT
    settings = Settings(client_id=a["client_id"], client_secret=a["client_secret"], tsg_id=a["tsg_id"],
                        base_url=url, auth_url=url, setup_url=url, incidents_url=url, insights_url=url,
                        panw_region="americas")
    return Client(settings=settings, rate_limit=rate_limit)


# --------------------------------------------------------------------------- one run


@dataclass
class RunRow:
    name: str
    iocs: int
    seconds: float = 0.0  # whole workflow
    import_seconds: float = 0.0
    rate: float = 0.0  # creates/s of the import loop
    requests: int = 0
    statuses: dict[str, int] = field(default_factory=dict)
    r429: int = 0
    r403: int = 0
    retries: int = 0
    failed: int = 0
    duplicates: int = 0
    objects: int = 0
    group_members: int = 0
    status: str = ""
    error: str | None = None
    logs: dict[str, int] = field(default_factory=dict)
    limiter: str = ""
    checks: dict[str, bool] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def run_import(name: str, n: int, tmp: Path, limit_on: bool, concurrency: int, keep: bool = False
               ) -> tuple[RunRow, Any, int | None]:
    """One bulk import on a fresh emulator; returns (row, the emulator process if kept, port)."""
    work = tmp / name.replace(" ", "-")
    work.mkdir()
    csv_path = work / "iocs.csv"
    ips = write_iocs(csv_path, n)
    port = et.free_port()
    url = f"http://127.0.0.1:{port}"
    proc = et.start_server(port, rate_limit=limit_on)
    row = RunRow(name, n)
    workflow = write_workflow(work / "bulk-ioc-import.yaml", concurrency)
    try:
        client = make_client(url, None if limit_on else 0)
        lim = client.engine.limiter
        row.limiter = (f"client limiter {lim.rate * 60:.0f}/min, burst {lim.burst}" if lim is not None
                       else "client limiter off")
        history = History(work / "runs.db")
        progress = Progress(name)
        before = stats(url)
        with counting_logs() as logs:
            runner = Runner(client, history, base_dir=work, progress=progress)
            try:
                result = runner.run(load(workflow), {"csv": str(csv_path), "folder": "Shared"},
                                    target="emulator")
            finally:
                progress.close()
        after = stats(url)
        row.seconds = result.seconds
        row.import_seconds = progress.seconds("import") or result.seconds
        row.status, row.error, row.failed = result.status, result.error, result.failed_items
        row.logs = dict(logs.counts)
        created_ok = sum(1 for o in (result.steps.get("import", {}).get("output") or []) if o)
        row.rate = created_ok / row.import_seconds if row.import_seconds else 0.0

        # What the emulator saw: minus token requests and the stats call before the run.
        delta = {k: v - before["status"].get(k, 0) for k, v in after["status"].items()}
        delta = {k: v for k, v in delta.items() if v}
        tokens = after["tokens_issued"] - before["tokens_issued"]
        row.requests = after["requests"] - before["requests"] - tokens - 1
        ok = sum(v for k, v in delta.items() if k.startswith("2")) - tokens - 1
        row.statuses = delta
        row.r429, row.r403 = delta.get("429", 0), delta.get("403", 0)
        row.retries = row.requests - ok

        # Duplicates: every address in Shared, names unique, count == N.
        names = [a["name"] for a in client.paginate("address", "list", folder="Shared", page_size=5000)
                 if str(a.get("name", "")).startswith("IOC_")]
        row.objects = len(names)
        row.duplicates = len(names) - len(set(names))
        expected = {f"IOC_{ip.replace('.', '_')}" for ip in ips}
        missing = len(expected - set(names))
        if missing:
            row.notes.append(f"{missing} IOC(s) missing from the emulator")
        group = (result.steps.get("group") or {}).get("output") or {}
        row.group_members = len(group.get("static") or [])
        client.close()
        history.close()
    except BaseException:
        proc.terminate()
        proc.wait(timeout=10)
        raise
    if keep:
        return row, proc, port
    proc.terminate()
    proc.wait(timeout=10)
    return row, None, None


def correctness(row: RunRow, limit_on: bool) -> None:
    row.checks["no failed item"] = row.failed == 0 and row.status == "succeeded"
    row.checks["no duplicate"] = row.duplicates == 0 and row.objects == row.iocs \
        and row.group_members == row.iocs
    if limit_on:
        row.checks["no 403"] = row.r403 == 0


# --------------------------------------------------------------------------- comparisons


def create_capacity(n: int) -> tuple[float, dict[Any, int]]:
    """The emulator's own create capacity (creates/s), with bench/emulator_throughput.py's load."""
    port = et.free_port()
    proc = et.start_server(port)
    try:
        secs, statuses = et.measure_create(port, et.token(port), n, 32)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    return statuses.get(201, 0) / secs, dict(statuses)


def sdk_python() -> tuple[Path | None, str]:
    """The python of the pan-scm-sdk venv (tests/third_party_venv.py builds it on first
    use); or None and why."""
    sys.path.insert(0, str(ROOT / "tests"))
    import third_party_venv

    venv, problem = third_party_venv.ensure("pan-scm-sdk")
    if problem is not None:
        return None, f"{SDK} could not be installed: {problem}"
    return venv.python, SDK


def sdk_rate(python: Path, url: str, n: int, tmp: Path) -> tuple[float | None, str]:
    """pan-scm-sdk creates/s in a sequential loop of ``client.address.create`` against ``url``."""
    script = tmp / "sdk_creates.py"
    script.write_text(SDK_SCRIPT)
    a = DEMO_ACCOUNT
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV") and not k.startswith(("SCM_", "SASEKIT_"))}
    env.update({"SCM_CLIENT_ID": a["client_id"], "SCM_CLIENT_SECRET": a["client_secret"],
                "SCM_TSG_ID": a["tsg_id"], "OAUTHLIB_INSECURE_TRANSPORT": "1",
                "NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost"})
    try:
        proc = subprocess.run([str(python), str(script), url, url + "/am/oauth2/access_token", str(n), "SDK_"],
                              capture_output=True, text=True, timeout=600, env=env, cwd=tmp,
                              stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return None, "pan-scm-sdk loop timed out"
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT ")]
    if proc.returncode != 0 or not lines:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-1:] or ["?"]
        return None, f"pan-scm-sdk loop failed: {tail[0]}"
    out = json.loads(lines[0][len("RESULT "):])
    return out["creates"] / out["seconds"], f"{out['creates']} creates in {out['seconds']:.2f} s"


def sasekit_sequential(url: str, n: int) -> float:
    """The same sequential loop with sasekit's ``client.address.create`` (for reference)."""
    with make_client(url, 0) as client:
        client.address.create(folder="Shared", name="SEQ_warmup", ip_netmask="198.18.255.255/32")
        start = time.perf_counter()
        for i in range(n):
            client.address.create(folder="Shared", name=f"SEQ_{i}", ip_netmask=f"198.18.{i // 256 % 256}.{i % 256}/32",
                                  description="Imported from the IOC feed")
        return n / (time.perf_counter() - start)


# --------------------------------------------------------------------------- report


def mark(ok: bool) -> str:
    return "ok" if ok else "MISS"


def print_table(rows: list[RunRow]) -> None:
    head = (f"{'run':<10} {'IOCs':>6} {'seconds':>8} {'loop s':>7} {'creates/s':>9} {'requests':>8} "
            f"{'429s':>5} {'403s':>5} {'retries':>7} {'failed':>6} {'dups':>5}  targets")
    print(head)
    print("-" * len(head))
    for r in rows:
        targets = ", ".join(f"{k} {mark(v)}" for k, v in r.checks.items())
        print(f"{r.name:<10} {r.iocs:>6} {r.seconds:>8.1f} {r.import_seconds:>7.1f} {r.rate:>9.1f} "
              f"{r.requests:>8} {r.r429:>5} {r.r403:>5} {r.retries:>7} {r.failed:>6} {r.duplicates:>5}  {targets}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--iocs", type=int, default=10_000, help="IOCs per run (default 10,000)")
    ap.add_argument("--quick", action="store_true", help="1,000 IOCs per run: a smoke run (~1 minute)")
    ap.add_argument("--only", choices=("on", "off"), help="only the run with the limit on, or off")
    ap.add_argument("--concurrency", type=int, default=None,
                    help="the loop's concurrency (default: the template's default input)")
    ap.add_argument("--sdk-creates", type=int, default=300, help="pan-scm-sdk sequential creates (0: skip)")
    ap.add_argument("--capacity-requests", type=int, default=None,
                    help="creates for the emulator capacity measurement (default 6,000; 3,000 with --quick)")
    args = ap.parse_args()
    if args.concurrency is None:
        args.concurrency = int(yaml.safe_load(TEMPLATE.read_text(encoding="utf-8"))["inputs"]["concurrency"]["default"])
    n = 1000 if args.quick else args.iocs
    cap_n = args.capacity_requests or (3000 if args.quick else 6000)
    rows: list[RunRow] = []
    lines: list[str] = []
    tmp = Path(tempfile.mkdtemp(prefix="sasekit-bulk-"))
    try:
        if args.only in (None, "off"):
            print(f"limit off: {n:,} IOCs ...", file=sys.stderr)
            row, proc, port = run_import("limit off", n, tmp, False, args.concurrency, keep=True)
            correctness(row, limit_on=False)
            try:
                print(f"emulator create capacity ({cap_n:,} creates, 32 connections) ...", file=sys.stderr)
                capacity, cap_statuses = create_capacity(cap_n)
                row.checks[f">= {CAPACITY_TARGET:.0%} capacity"] = row.rate >= CAPACITY_TARGET * capacity
                lines.append(f"emulator create capacity (bench/emulator_throughput.py load, {cap_n:,} creates, "
                             f"32 connections, fresh emulator): {capacity:.0f}/s {cap_statuses}; "
                             f"limit-off import at {row.rate / capacity:.0%} of it "
                             f"(target >= {CAPACITY_TARGET:.0%}: {mark(row.rate >= CAPACITY_TARGET * capacity)})")
                url = f"http://127.0.0.1:{port}"
                seq = sasekit_sequential(url, args.sdk_creates or 300)
                lines.append(f"sasekit sequential client.address.create loop, same emulator: {seq:.0f}/s "
                             f"(for reference)")
                if args.sdk_creates:
                    python, why = sdk_python()
                    if python is None:
                        lines.append(f"pan-scm-sdk comparison skipped: {why}")
                    else:
                        print(f"{SDK}: {args.sdk_creates} sequential creates ...", file=sys.stderr)
                        theirs, detail = sdk_rate(python, url, args.sdk_creates, tmp)
                        if theirs is None:
                            lines.append(f"pan-scm-sdk comparison skipped: {detail}")
                        else:
                            ratio = row.rate / theirs
                            row.checks[f">= {SDK_TARGET:.0f}x pan-scm-sdk"] = ratio >= SDK_TARGET
                            lines.append(f"{SDK} sequential address.create loop, same emulator: {theirs:.0f}/s "
                                         f"({detail}); limit-off import {row.rate:.0f}/s = {ratio:.1f}x "
                                         f"(target >= {SDK_TARGET:.0f}x: {mark(ratio >= SDK_TARGET)})")
            finally:
                proc.terminate()
                proc.wait(timeout=10)
            rows.append(row)
        if args.only in (None, "on"):
            print(f"limit on: {n:,} IOCs at most 2,000 requests / 60 s (about {n / ALLOWED_PER_S:.0f} s) ...",
                  file=sys.stderr)
            row, _, _ = run_import("limit on", n, tmp, True, args.concurrency)
            correctness(row, limit_on=True)
            share = row.rate / ALLOWED_PER_S
            row.checks[f">= {ON_TARGET:.0%} allowed"] = share >= ON_TARGET
            lines.insert(0, f"limit on: import loop at {row.rate:.1f}/s = {share:.1%} of the allowed "
                            f"{ALLOWED_PER_S:.1f}/s (target >= {ON_TARGET:.0%}: {mark(share >= ON_TARGET)})")
            rows.insert(0, row)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    print(f"bulk-ioc-import through Runner: address creates (foreach, concurrency {args.concurrency}), group, rule, push; "
          f"python -m sasekit emulator serve on 127.0.0.1, a fresh one per run{' (--quick)' if args.quick else ''}")
    print_table(rows)
    print("seconds: the whole workflow (import, group, rule, push and its job wait); loop s and creates/s: "
          "the import loop alone")
    for r in rows:
        extra = f"; {'; '.join(r.notes)}" if r.notes else ""
        print(f"{r.name}: {r.limiter}; status {r.status}{f' ({r.error})' if r.error else ''}; "
              f"{r.objects} IOC addresses listed, group of {r.group_members}; emulator statuses {r.statuses}; "
              f"client logs {r.logs or '{}'}{extra}")
    for line in lines:
        print(line)
    correctness_keys = ("no failed item", "no duplicate", "no 403")
    missed = [f"{r.name}: {k}" for r in rows for k, v in r.checks.items() if not v]
    if missed:
        print("missed: " + "; ".join(missed))
    return 1 if any(k in correctness_keys for r in rows for k, v in r.checks.items() if not v) else 0


if __name__ == "__main__":
    sys.exit(main())
