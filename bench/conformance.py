"""The long conformance run: schemathesis against the in-process emulator, many examples,
both URL families.

The same checks, deviations and order as tests/test_emulator_conformance.py (which
`make test` runs with a few examples per operation), driven by Palo Alto's specs:
the legacy family ../shared/openapi/prisma-access-config/ (/sse/config/v1/...) and the
unified family ../shared/openapi/scm-config/ (/config/<group>/v1/...), on one emulator.
Every answer is also validated against the response schema its spec declares, by an
independent JSON Schema validator (tests/conformance_schema.py, jsonschema_rs).

Prints a table per spec file and per family (operations, requests, statuses, server
errors, schema violations), then the distinct failures; exits 1 when any check failed or
an operation could not be tested.
Run: .venv/bin/python bench/conformance.py [--family legacy|unified|both] [--examples N]
     [--seed S] [--only Tags,objects] [--isolate] [--show N] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from sasekit.catalog.specs import shared_spec_dir  # noqa: E402

SPEC_DIR = shared_spec_dir()


def _statuses(counter: dict[int, int]) -> str:
    return " ".join(f"{k}:{v}" for k, v in sorted(counter.items()))


def _row(name: str, tally: Any) -> list[str]:
    """One table row of a conformance.Tally."""
    other = len(tally.failures) - tally.server_errors() - tally.violations()
    return [name, str(tally.operations), str(len(tally.answered_2xx)), str(len(tally.unrouted)),
            str(tally.requests), str(tally.server_errors()), str(tally.violations()), str(other),
            f"{len(tally.errors)}+{len(tally.untestable)}", _statuses(tally.statuses)]


HEADER = ["file", "ops", "2xx ops", "unrouted", "requests", "5xx", "schema viol.", "other fails",
          "not testable", "statuses"]


def _table(rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in [HEADER, *rows]) for i in range(len(HEADER))]
    fmt = "  ".join(f"{{:<{w}}}" if i in (0, len(HEADER) - 1) else f"{{:>{w}}}" for i, w in enumerate(widths))
    return "\n".join([fmt.format(*HEADER), fmt.format(*("-" * w for w in widths)),
                      *(fmt.format(*r) for r in rows)])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--family", choices=("legacy", "unified", "both"), default="both",
                    help="which URL family's specs drive the run (default both)")
    ap.add_argument("--examples", type=int, default=10, help="examples per operation and mode (default 10)")
    ap.add_argument("--seed", type=int, default=0, help="another seed gives other examples (default 0)")
    ap.add_argument("--only", default="", help="comma-separated spec file stems, e.g. Tags,Addresses,objects")
    ap.add_argument("--show", type=int, default=25, help="distinct failures to list (default 25)")
    ap.add_argument("--isolate", action="store_true",
                    help="a fresh emulator per family (default: one emulator serves both, like the service)")
    ap.add_argument("--json", default="", help="also write the figures and findings to this file")
    args = ap.parse_args()

    if not (SPEC_DIR / "prisma-access-config").is_dir():
        print(f"skipped: Palo Alto OpenAPI specs not found at {SPEC_DIR} (../shared is absent)")
        return 0
    logging.getLogger("sasekit.emulator").setLevel(logging.CRITICAL)  # 500s are counted, not logged
    import test_emulator_conformance as conformance

    families = conformance.FAMILIES if args.family == "both" else (args.family,)
    only = [s for s in args.only.split(",") if s.strip()]
    files = [f for family in families for f in conformance.spec_files(SPEC_DIR, family, only)]
    report = conformance.run_conformance(SPEC_DIR, examples=args.examples, seed=args.seed, files=files,
                                         isolate=args.isolate)

    print(f"conformance: {args.examples} examples per operation and mode, seed {args.seed}, "
          f"{len(conformance.DEVIATIONS)} documented deviations, "
          f"{'a fresh emulator per family' if args.isolate else 'one emulator for all'}, {report.seconds:.0f} s")
    for family in report.families():
        print(f"\n== {family} family: per file")
        rows = [_row(key.split("/", 1)[1], tally) for key, tally in report.by_file.items()
                if key.startswith(family + "/")]
        fam = report.family(family)
        rows.append(_row(f"TOTAL {family}", fam))
        print(_table(rows))
        print("  columns: 2xx ops = operations that answered 2xx at least once; unrouted = every answer "
              "was 'no such path' or 405; not testable = unexpected + listed in UNTESTABLE")
        print(f"  responses validated against a declared schema: {fam.schema_checked} of {fam.requests}; "
              f"modes with nothing to generate: {fam.unsatisfiable}; seconds: {fam.seconds:.0f}")
        print(f"  deviations patched (places): {dict(fam.patched)}; spec quirks mended: {dict(fam.quirks)}")
        by_check = fam.failures_by_check()
        print("  failures by check: " + ", ".join(f"{name} {by_check[name]} of {fam.checks_run[name]}"
                                                for name in conformance.CHECK_NAMES))
        if fam.positive_refused:
            print(f"  spec-valid requests refused: {_statuses(fam.positive_refused)}; most frequent:")
            for text, n in fam.refusals.most_common(8):
                ops = sorted(fam.refusal_ops.get(text, ()))
                print(f"    {n:>5}x in {len(ops)} operations (e.g. {ops[0] if ops else '-'}): {text}")
        if fam.failures or fam.errors:
            print(f"  distinct failures ({len(fam.grouped())}), most frequent first:")
            print("\n".join("  " + line for line in fam.summary(args.show).splitlines()[1:]))
    if args.json:
        out = {"examples": args.examples, "seed": args.seed, "seconds": report.seconds, "files": {
            key: {"operations": t.operations, "requests": t.requests, "answered_2xx": len(t.answered_2xx),
                  "unrouted": sorted(t.unrouted), "statuses": dict(t.statuses),
                  "server_errors": t.server_errors(), "violations": t.violations(),
                  "untestable": sorted(t.untestable),
                  "failures": [vars(f) for f in t.failures], "errors": t.errors,
                  "positive_refused": dict(t.positive_refused), "refusals": dict(t.refusals),
                  "refusal_ops": {k: sorted(v) for k, v in t.refusal_ops.items()}}
            for key, t in report.by_file.items()}}
        Path(args.json).write_text(json.dumps(out, indent=1, default=str), encoding="utf-8")
    if report.failures or report.errors:
        return 1
    print("no failures")
    return 0


if __name__ == "__main__":
    sys.exit(main())
