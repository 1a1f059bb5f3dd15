"""Other SCM tools, unmodified, against the emulator: what works and what does not, and why.

Runs the two scenarios the tests assert on (tests/data/pan_scm_cli_scenario.py and
tests/data/scm_config_clone_scenario.py) and prints, per tool, a table of operation,
result and cause, then totals and the share that works. A failing operation's cause is the
emulator's answer (status code message: details) or the tool's own error; its "whose" is
the classification kept beside the test's assertions (KNOWN_FAILURES in
tests/test_pan_scm_cli.py and tests/test_scm_config_clone.py), "?" when a failure is new.

  pan-scm-cli 2.0.0       every command in its own process, as a user runs ``scm ...``
  scm-config-clone 0.3.2  ``scm-clone <kind> -A`` from a seeded tenant to a second one

The tools are installed from PyPI into .cache/venv-<tool>/ on first use (see
tests/third_party_venv.py). ``--markdown FILE`` also writes the report with every failing
operation's requests (method, path, query, body keys) and the emulator's answers.

Run: .venv/bin/python bench/third_party_cli.py [--only pan-scm-cli|scm-config-clone] [--markdown FILE]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import third_party_venv  # noqa: E402  (tests/ is on sys.path only from here)
from sasekit.emulator.app import EmulatorApp  # noqa: E402
from sasekit.emulator.config import EmulatorConfig  # noqa: E402
from sasekit.emulator.serve import ServerThread  # noqa: E402

cli = third_party_venv.load_scenario("pan_scm_cli_scenario")
clone = third_party_venv.load_scenario("scm_config_clone_scenario")


@dataclass
class Row:
    op: str
    ok: bool
    cause: str
    command: str
    whose: str = ""
    evidence: str = ""
    requests: list[str] = field(default_factory=list)
    details: list[str] = field(default_factory=list)
    sent: list[str] = field(default_factory=list)


@dataclass
class Report:
    tool: str
    rows: list[Row]
    seconds: float
    skipped: str = ""


def _known(module: str) -> dict[str, tuple[str, str]]:
    """op -> (whose, evidence), from the test module that asserts on it."""
    try:
        mod = __import__(module)
    except ImportError as exc:  # pytest missing: the table still prints, without the classification
        print(f"(no classification: {exc})", file=sys.stderr)
        return {}
    return {op: (k[0], k[1]) for op, k in mod.KNOWN_FAILURES.items()}


def run_pan_scm_cli() -> Report:
    venv, why = third_party_venv.ensure("pan-scm-cli")
    if why:
        return Report("pan-scm-cli 2.0.0", [], 0.0, f"{why}; make it with {venv.fix_command}")
    known = _known("test_pan_scm_cli")
    started = time.monotonic()
    recorder = cli.Recorder(EmulatorApp(EmulatorConfig(accounts=cli.accounts(), push_s=0.0)))
    with tempfile.TemporaryDirectory(prefix="sasekit-pan-scm-cli-") as tmp, ServerThread(app=recorder) as srv:
        outcomes = cli.run_scenario(venv.bin("scm"), srv.url, recorder, Path(tmp), third_party_venv.clean_env())
    rows = []
    for o in outcomes:
        whose, evidence = known.get(o.op, ("?", "")) if not o.ok else ("", "")
        rows.append(Row(o.op, o.ok, o.cause, o.command, whose, evidence, o.requests,
                        [f"check: {o.problem}"] if o.problem else [], o.sent))
    return Report("pan-scm-cli 2.0.0", rows, time.monotonic() - started)


def run_scm_config_clone() -> Report:
    venv, why = third_party_venv.ensure("scm-config-clone")
    if why:
        return Report("scm-config-clone 0.3.2", [], 0.0, f"{why}; make it with {venv.fix_command}")
    known = _known("test_scm_config_clone")
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="sasekit-scm-config-clone-") as tmp:
        work = Path(tmp)
        ca, cert, key = clone.make_pki(work)
        recorder = cli.Recorder(EmulatorApp(EmulatorConfig(accounts=clone.accounts(), push_s=0.0)))
        with ServerThread(app=recorder, tls=(str(cert), str(key))) as srv, clone.ConnectProxy(srv.port) as proxy:
            outcomes, facts = clone.run_scenario(venv.bin("scm-clone"), srv.url, recorder, proxy, ca,
                                                 work / "run", third_party_venv.clean_env())
    rows = []
    for o in outcomes:
        whose, evidence = known.get(o.op, ("?", "")) if not o.ok else ("", "")
        details = [f"{name}: {clone.format_differences(d)}" for name, d in o.differ.items()]
        details += [f"seeding: {e}" for e in o.seed_errors]
        if not o.ok and o.tool_said:
            details.append(f"tool: {o.tool_said}")
        shown = f" ({o.copied}/{o.objects} copied, {o.identical} identical)" if o.objects else ""
        rows.append(Row(o.op + shown if not o.ok else o.op, o.ok, o.cause, o.command, whose, evidence,
                        o.requests, details, o.sent))
    if facts.get("refused"):
        rows.append(Row("only the emulator's hosts", False, f"the proxy refused {facts['refused']}", ""))
    return Report("scm-config-clone 0.3.2", rows, time.monotonic() - started)


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def print_report(rep: Report) -> None:
    print(f"\n== {rep.tool}")
    if rep.skipped:
        print(f"   not run: {rep.skipped}")
        return
    width = max(len(r.op) for r in rep.rows)
    print(f"{'operation':<{width}}  {'result':<6}  {'whose':<8}  cause")
    print(f"{'-' * width}  ------  --------  {'-' * 60}")
    for r in rep.rows:
        print(f"{r.op:<{width}}  {'works' if r.ok else 'FAILS':<6}  {r.whose:<8}  {_cut(r.cause, 110)}")
    print(totals(rep))


def totals(rep: Report) -> str:
    n = len(rep.rows)
    works = sum(r.ok for r in rep.rows)
    by = {w: sum(1 for r in rep.rows if not r.ok and r.whose == w) for w in ("tool", "emulator", "?")}
    return (f"{n} operations: {works} work ({100 * works / n:.0f}%), {n - works} fail "
            f"({by['tool']} the tool's bugs, {by['emulator']} emulator defects, {by['?']} unclassified); "
            f"{rep.seconds:.0f} s")


def markdown(reports: list[Report]) -> str:
    out = ["# Third-party SCM tools against the sasekit emulator", ""]
    for rep in reports:
        out += [f"## {rep.tool}", ""]
        if rep.skipped:
            out += [f"Not run: {rep.skipped}", ""]
            continue
        out += [totals(rep), "", "| operation | result | whose | cause |", "|---|---|---|---|"]
        for r in rep.rows:
            cause = r.cause.replace("|", "\\|")
            out.append(f"| {r.op} | {'works' if r.ok else '**FAILS**'} | {r.whose} | {_cut(cause, 300)} |")
        failing = [r for r in rep.rows if not r.ok]
        if failing:
            out += ["", "### Failing operations", ""]
        for r in failing:
            out += [f"#### {r.op}", "", f"- command: `{r.command}`", f"- result: {r.cause}"]
            out += [f"- refused: `{q}`" for q in r.requests] or ["- refused: nothing (the emulator accepted every request)"]
            out += [f"- sent: `{q}`" for q in r.sent[:6]]
            out += [f"- {d}" for d in r.details]
            out += [f"- whose: **{r.whose}**. {r.evidence}", ""]
        out.append("")
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", choices=["pan-scm-cli", "scm-config-clone"])
    ap.add_argument("--markdown", metavar="FILE", help="also write the report as markdown")
    opts = ap.parse_args()
    runs: list[Any] = []
    if opts.only in (None, "pan-scm-cli"):
        runs.append(run_pan_scm_cli)
    if opts.only in (None, "scm-config-clone"):
        runs.append(run_scm_config_clone)
    reports = []
    for run in runs:
        rep = run()
        print_report(rep)
        reports.append(rep)
    if opts.markdown:
        Path(opts.markdown).write_text(markdown(reports))
        print(f"\nwrote {opts.markdown}")


if __name__ == "__main__":
    main()
