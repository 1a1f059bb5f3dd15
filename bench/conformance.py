"""The long conformance run: schemathesis against the in-process emulator, many examples.

The same checks, deviations and order as tests/test_emulator_conformance.py (which
`make test` runs with a few examples per operation), driven by Palo Alto's specs in
../shared/openapi/prisma-access-config/. Prints operations checked, requests sent and
failures by check; exits 1 when any check failed or an operation could not be tested.
Run: .venv/bin/python bench/conformance.py [--examples N] [--seed S] [--only Tags,Addresses]
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from sasekit.catalog.specs import shared_spec_dir  # noqa: E402

SPEC_DIR = shared_spec_dir()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--examples", type=int, default=10, help="examples per operation and mode (default 10)")
    ap.add_argument("--seed", type=int, default=0, help="another seed gives other examples (default 0)")
    ap.add_argument("--only", default="", help="comma-separated spec file stems, e.g. Tags,Addresses")
    ap.add_argument("--show", type=int, default=20, help="distinct failures to list (default 20)")
    args = ap.parse_args()

    if not (SPEC_DIR / "prisma-access-config").is_dir():
        print(f"skipped: Palo Alto OpenAPI specs not found at {SPEC_DIR} (../shared is absent)")
        return 0
    logging.getLogger("sasekit.emulator").setLevel(logging.CRITICAL)  # 500s are counted, not logged
    import test_emulator_conformance as conformance

    files = None
    if args.only:
        files = [SPEC_DIR / conformance.SPEC_FAMILY / f"{stem.strip()}.yaml" for stem in args.only.split(",")]
    report = conformance.run_conformance(SPEC_DIR, examples=args.examples, seed=args.seed, files=files)

    by_check = report.failures_by_check()
    rows = [("spec files", report.files), ("operations checked", report.operations),
            ("operations answering 2xx", len(report.answered_2xx)), ("requests sent", report.requests),
            ("responses by status", " ".join(f"{k}:{v}" for k, v in sorted(report.statuses.items()))),
            ("modes with nothing to generate", report.unsatisfiable),
            ("operations not testable", len(report.errors)),
            ("seconds", f"{report.seconds:.1f}")]
    rows += [(f"failures: {name}", f"{by_check[name]} of {report.checks_run[name]} checks")
             for name in conformance.CHECKS]
    width = max(len(k) for k, _ in rows)
    print(f"conformance: {args.examples} examples per operation and mode, seed {args.seed}, "
          f"{len(conformance.DEVIATIONS)} documented deviations")
    for key, value in rows:
        print(f"  {key:<{width}}  {value}")
    if report.failures or report.errors:
        print(report.summary(args.show))
        return 1
    print("no failures")
    return 0


if __name__ == "__main__":
    sys.exit(main())
