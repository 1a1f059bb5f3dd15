"""Nothing lost, nothing repeated, at scale: a 10,000-IOC bulk import through faults and kills.

The tests (tests/test_faults_process.py, tests/test_nothing_lost.py) show each failure
once, on a few hundred items. A fault that costs one item in 10,000, or a kill that
lands in the one unlucky spot, only shows on a run this size, so this bench runs the
built-in bulk-ioc-import template on a CSV of N distinct IPs (``--items``, default
10,000) as an operator would: ``python -m sasekit run`` in a subprocess against
``python -m sasekit emulator serve`` in another (state in a SQLite file), so every kill
is a real SIGKILL. Four configurations, each on a fresh emulator:

  a  10% injected faults: 2% each of 500, 502, 503, connection dropped before the
     request is processed, and dropped after it was applied (the answer lost);
  b  the same faults, and tokens that die 3 s after they are issued (the client finds
     out from a 401, not from the token's advertised lifetime);
  c  the runner SIGKILLed three times: after two random numbers of created objects, then
     while it waits for its push; each time ``sasekit run --resume``;
  d  the emulator SIGKILLed at a random point of the import, started again on the same
     port and state file, then ``--resume``.

After the scripted interruptions a run that has not succeeded is resumed again (at most
``--max-resumes`` times). Then the tenant is read with the faults switched off through
the admin API, and the table reports per configuration:

  lost            IOCs with no address object
  duplicates      address objects beyond one per IOC, and groups or rules beyond one
  group missing   IOCs missing from the run's address group
  pushes          CommitAndPush jobs (one change, one push)
  false failures  items a run recorded as failed (the history's steps rows, read after
                  each attempt, before the next one could redo them) whose object the
                  tenant held at that moment
  unknown         items recorded "unknown": the answer was lost and the service went
                  away before it could be asked, so the run said "may have been
                  applied" (not failed); resume found out (for information)
  resumes         ``--resume`` runs needed to succeed
  wall s          from the first start to success, without the bench's own checks

Targets, every configuration: 0 lost, 0 duplicates, 0 group missing, exactly 1 push,
0 false failures; exit code 1 when one is missed.

The emulator's rate limit is off and the client's ``rate_limit_per_minute`` is set far
above it (a profile in a private config folder), so that the bench measures fault
handling, not pacing: with the documented 2,000 a minute each configuration would take
five minutes of waiting. ``--rate-limit`` keeps both at their documented values.

Run: .venv/bin/python bench/faults.py [--items N] [--seed S] [--config a,b,c,d]
     [--concurrency 64] [--rate-limit] [--max-resumes 5] [--keep]
``make bench`` runs it with the defaults (10,000 items: a few minutes in all).
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
import process_helpers as ph

FAULTS = {"p500": 0.02, "p502": 0.02, "p503": 0.02, "p_drop_before": 0.02, "p_drop_after": 0.02}
CONFIGS = {
    "a": "10% mixed faults",
    "b": "faults + 3 s tokens",
    "c": "runner SIGKILL x3",
    "d": "emulator SIGKILL",
}
PUSH_S = 3.0  # long enough that a kill "during the push wait" lands in it
RUN_TIMEOUT_S = 1800.0  # one sasekit run process; a hang guard


@dataclass
class Row:
    key: str
    items: int
    lost: int = 0
    duplicates: int = 0
    group_missing: int = 0
    pushes: int = 0
    false_failures: int = 0
    reported_failed: int = 0
    unknown: int = 0
    resumes: int = 0
    seconds: float = 0.0
    status: str = ""
    notes: list[str] = field(default_factory=list)
    answers: dict[str, int] = field(default_factory=dict)

    def misses(self) -> list[str]:
        out = []
        if self.status != "succeeded":
            out.append(f"run {self.status or 'never finished'}")
        for what, value, want in (("lost", self.lost, 0), ("duplicates", self.duplicates, 0),
                                  ("group missing", self.group_missing, 0), ("pushes", self.pushes, 1),
                                  ("false failures", self.false_failures, 0)):
            if value != want:
                out.append(f"{what} {value} (target {want})")
        return out


class Scenario:
    """One configuration: its emulator, its CLI environment, its run history, and the
    bookkeeping of every ``sasekit run`` process it starts."""

    def __init__(self, key: str, work: Path, args: argparse.Namespace, rng: random.Random) -> None:
        self.key, self.work, self.args, self.rng = key, work, args, rng
        self.ips = ph.ioc_ips(args.items)
        self.names = [ph.ioc_name(ip) for ip in self.ips]
        self.history = work / "runs.db"
        faults: dict[str, Any] = {}
        if key in ("a", "b"):
            faults = {**FAULTS, "seed": args.seed}
        if key == "b":
            faults["token_ttl_s"] = 3.0
        settings = {"push_s": PUSH_S, "faults": faults}
        if not args.rate_limit:
            settings["rate_limit"] = {"enabled": False}
        self.emulator = ph.Emulator(work, settings, db=work / "tenant.db")
        config = work / "config"
        config.mkdir()
        if not args.rate_limit:
            ph.write_profile(config, 1_000_000)
        self.env = ph.cli_env(self.emulator.url, work / "state", config)
        self.csv = ph.write_iocs(work / "iocs.csv", self.ips)
        self.workflow = ph.write_template(work / "bulk-ioc-import.yaml")
        self.row = Row(CONFIGS[key], args.items)
        self.procs: list[ph.Run] = []
        self.run_id: str | None = None
        self.overhead = 0.0  # seconds spent in the bench's own checks, not in the run
        self.last_stats: dict[str, Any] = {}  # the emulator's counters as last read
        self.earlier: dict[str, int] = {}  # counted by an emulator process since killed

    # ------------------------------------------------------------------ processes

    def start(self) -> ph.Run:
        n = len(self.procs)
        if n == 0:
            args = [str(self.workflow), "-i", f"csv={self.csv}", "-i", f"concurrency={self.args.concurrency}"]
        else:
            assert self.run_id is not None
            args = ["--resume", self.run_id]
            self.row.resumes += 1
        run = ph.Run([*args, "--history", str(self.history), "-o", "json"], self.env, self.work,
                     f"run{n}")
        self.procs.append(run)
        return run

    def status(self) -> str:
        record = ph.history_run(self.history)
        if record is not None:
            self.run_id = record[0]
        return record[1] if record else ""

    def objects(self) -> int:
        self.last_stats = self.emulator.stats()
        return int(self.last_stats["objects"])

    def kill_emulator(self) -> None:
        """SIGKILL the emulator, keeping what it had counted (as of the last read: the
        answers of the last few milliseconds before the kill go uncounted)."""
        for key, value in self.answers(self.last_stats).items():
            self.earlier[key] = self.earlier.get(key, 0) + value
        self.emulator.kill()

    @staticmethod
    def answers(stats: dict[str, Any]) -> dict[str, int]:
        out = {str(k): int(v) for k, v in (stats.get("status") or {}).items()}
        out["dropped"] = int(stats.get("dropped", 0))
        return out

    def wait_objects(self, run: ph.Run, at_least: int) -> int:
        """Objects on the tenant once there are ``at_least`` (or the run ended first)."""

        def reached() -> int | None:
            count = self.objects()
            return count if count >= at_least or not run.alive() else None

        return ph.wait_for(reached, timeout=RUN_TIMEOUT_S, interval=0.05, what=f"{at_least} objects")

    # ------------------------------------------------------------------ checks

    def after_attempt(self) -> None:
        """Items this attempt recorded as failed whose object the tenant holds: read now,
        before a resume could redo them (the faults off for the read, then back on)."""
        started = time.monotonic()
        self.row.unknown += len(ph.item_errors(self.history, "import", "unknown"))
        failed = ph.item_errors(self.history, "import")
        if failed:
            self.row.reported_failed += len(failed)
            saved = self.emulator.admin("GET", "faults").json()
            self.emulator.faults_off()
            present = set(ph.tenant(self.emulator.url)["addresses"])
            self.emulator.set_faults(**{k: v for k, v in saved.items() if k != "seed"})
            there = [key for key in failed if self.names[int(key.split(":", 1)[0])] in present]
            self.row.false_failures += len(there)
            if there:
                said = failed[there[0]]
                self.row.notes.append(f"{len(there)} of {len(failed)} items recorded failed existed on the "
                                      f"tenant (the first recorded: {said[-160:]!r})")
        self.overhead += time.monotonic() - started

    def final_check(self) -> None:
        self.emulator.faults_off()
        answers = self.answers(self.emulator.stats())
        for key, value in self.earlier.items():
            answers[key] = answers.get(key, 0) + value
        state = ph.tenant(self.emulator.url)
        present = state["addresses"]
        self.row.lost = len(set(self.names) - set(present))
        groups = {k: v for k, v in state["groups"].items() if k.startswith("Bulk_IOCs_")}
        rules = [r for r in state["rules"] if r.startswith("Block_Bulk_IOCs_")]
        self.row.duplicates = (len(present) - len(set(present)) + len(set(present) - set(self.names))
                               + max(0, len(groups) - 1) + max(0, len(rules) - 1))
        members = set(groups.get(f"Bulk_IOCs_{self.run_id}", []))
        self.row.group_missing = len(set(self.names) - members)
        self.row.pushes = len(state["pushes"])
        not_ok = [j for j in state["pushes"] if j.get("result_str") != "OK"]
        if not_ok:
            self.row.notes.append(f"{len(not_ok)} push job(s) not OK")
        self.row.answers = answers

    # ------------------------------------------------------------------ the configuration

    def run(self) -> Row:
        self.emulator.start()
        began = time.monotonic()
        try:
            getattr(self, f"_scripted_{self.key}")()
            self.row.status = self.status()
            unforced = 0
            while self.row.status != "succeeded" and unforced < self.args.max_resumes:
                unforced += 1
                self.finish(self.start())
                self.row.status = self.status()
            self.row.seconds = time.monotonic() - began - self.overhead
            self.final_check()
        finally:
            for run in self.procs:
                run.kill()
            self.emulator.stop()
        return self.row

    def finish(self, run: ph.Run) -> int:
        code = run.wait(RUN_TIMEOUT_S)
        self.status()
        self.after_attempt()
        return code

    def _scripted_a(self) -> None:
        self.finish(self.start())

    _scripted_b = _scripted_a

    def _scripted_c(self) -> None:
        n = self.args.items
        points = [self.rng.randint(max(1, n // 10), max(1, n * 45 // 100)),
                  self.rng.randint(max(1, n * 55 // 100), max(1, n * 9 // 10))]
        killed_at: list[str] = []
        for point in points:
            run = self.start()
            count = self.wait_objects(run, point)
            if run.alive():
                run.kill()
                killed_at.append(f"{count:,} objects")
            else:
                killed_at.append(f"missed ({point:,}: the run had ended)")
            self.status()
            self.after_attempt()
        run = self.start()

        def job_recorded() -> str | None:
            job = ph.push_record(self.history)[0]
            return job if job or not run.alive() else None

        job = ph.wait_for(job_recorded, timeout=RUN_TIMEOUT_S, interval=0.02, what="the push's job id")
        if run.alive():
            run.kill()
            jobs = ph.tenant(self.emulator.url)["pushes"]
            state = next((j["status_str"] for j in jobs if j["id"] == job), "?")
            killed_at.append(f"the push wait (job {job} {state})")
        else:
            killed_at.append("missed (the push: the run had ended)")
        self.status()
        self.after_attempt()
        self.finish(self.start())
        self.row.notes.append("runner killed at " + ", ".join(killed_at))

    def _scripted_d(self) -> None:
        n = self.args.items
        point = self.rng.randint(max(1, n // 10), max(1, n * 9 // 10))
        run = self.start()
        count = self.wait_objects(run, point)
        if not run.alive():
            self.row.notes.append(f"emulator kill missed ({point:,}: the run had ended)")
            self.finish(run)
            return
        self.kill_emulator()
        stopped = time.monotonic()
        code = run.wait(RUN_TIMEOUT_S)
        hint = "resume with: sasekit run --resume" in run.stderr
        self.row.notes.append(f"emulator killed at {count:,} objects; the run stopped "
                              f"{time.monotonic() - stopped:.1f} s later, exit {code}"
                              f"{', with the resume hint' if hint else ', NO resume hint'}")
        self.emulator.start()  # same port, same state file, same admin secret
        self.status()
        self.after_attempt()
        self.finish(self.start())


# --------------------------------------------------------------------------- report


def print_table(rows: list[Row], args: argparse.Namespace) -> None:
    print(f"bulk-ioc-import of {args.items:,} IOCs: python -m sasekit run (concurrency {args.concurrency}) "
          f"against python -m sasekit emulator serve --db FILE on 127.0.0.1; seed {args.seed}; "
          f"rate limit {'documented' if args.rate_limit else 'off (emulator) / 1,000,000 a minute (client)'}")
    head = (f"{'configuration':<22} {'items':>6} {'lost':>5} {'dups':>5} {'grp miss':>8} {'pushes':>6} "
            f"{'false fail':>10} {'unknown':>7} {'resumes':>7} {'wall s':>7}  result")
    print(head)
    print("-" * len(head))
    for r in rows:
        missed = r.misses()
        print(f"{r.key:<22} {r.items:>6} {r.lost:>5} {r.duplicates:>5} {r.group_missing:>8} {r.pushes:>6} "
              f"{r.false_failures:>10} {r.unknown:>7} {r.resumes:>7} {r.seconds:>7.1f}  "
              f"{'ok' if not missed else 'MISS'}")
    for r in rows:
        answers = ", ".join(f"{k}: {v}" for k, v in sorted(r.answers.items()) if v)
        extra = f"; {'; '.join(r.notes)}" if r.notes else ""
        missed = r.misses()
        print(f"{r.key}: status {r.status}; items recorded failed along the way {r.reported_failed}; "
              f"emulator answers {{{answers}}}{extra}{'; missed: ' + ', '.join(missed) if missed else ''}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--items", type=int, default=10_000, help="IOCs per configuration (default 10,000)")
    ap.add_argument("--seed", type=int, default=1, help="seeds the faults and the kill points (default 1)")
    ap.add_argument("--config", default="a,b,c,d", help="which configurations, e.g. a,c (default a,b,c,d)")
    ap.add_argument("--concurrency", type=int, default=64, help="the import loop's concurrency (default 64)")
    ap.add_argument("--rate-limit", action="store_true",
                    help="keep the emulator's documented rate limit and the client's default pacing")
    ap.add_argument("--max-resumes", type=int, default=5,
                    help="resumes of a run that did not succeed, beyond the scripted ones (default 5)")
    ap.add_argument("--keep", action="store_true", help="keep the work folders (logs, histories, state files)")
    args = ap.parse_args()
    keys = [k.strip() for k in args.config.split(",") if k.strip()]
    unknown = [k for k in keys if k not in CONFIGS]
    if unknown or not keys:
        ap.error(f"--config: unknown {', '.join(unknown) or '(none given)'}; choose from {', '.join(CONFIGS)}")
    tmp = Path(tempfile.mkdtemp(prefix="sasekit-faults-"))
    rows: list[Row] = []
    try:
        for key in keys:
            work = tmp / key
            work.mkdir()
            rng = random.Random(f"{args.seed}:{key}")
            print(f"{key}: {CONFIGS[key]}, {args.items:,} IOCs ...", file=sys.stderr, flush=True)
            row = Scenario(key, work, args, rng).run()
            print(f"{key}: {row.status} after {row.resumes} resume(s), {row.seconds:.1f} s", file=sys.stderr,
                  flush=True)
            rows.append(row)
    finally:
        if args.keep:
            print(f"work folders kept in {tmp}", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    print_table(rows, args)
    return 1 if any(r.misses() for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
