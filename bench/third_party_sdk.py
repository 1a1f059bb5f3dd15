"""pan-scm-sdk 0.15.1 (unmodified, in its own venv) on every service it exposes, as a table.

Runs tests/data/pan_scm_sdk_services.py with the SDK's python against an emulator on
127.0.0.1 (the venv is made on first use, as the test does: tests/sdk_venv.py). For each
service of the SDK's registry it tries create, list, fetch, update and delete where the
service offers them, with payloads built from the SDK's own models; then a security-rule
move, ``commit(sync=True)`` and jobs list/get. Prints one row per operation: service,
operation, result, cause (the emulator's answer or the SDK's exception, and the
diagnosis tests/data/pan_scm_sdk_known.py gives it); then the totals: operations tried,
worked, failed, % working, and what was skipped, not offered, or not served.

Run: .venv/bin/python bench/third_party_sdk.py [--failures] [--json PATH] [--only svc1,svc2]
Exits 0 when the driver ran (whatever failed: that is the report), 1 when it could not run.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "data"))
import pan_scm_sdk_known as known  # noqa: E402

import sdk_venv  # noqa: E402

WHO = {known.SDK_BUG: "SDK bug", known.EMULATOR: "emulator (to fix)", known.NOT_SERVED_KIND: "not served"}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--failures", action="store_true", help="list only operations that did not work")
    ap.add_argument("--json", type=Path, help="also write the driver's raw result to this file")
    ap.add_argument("--only", default=None, help="comma-separated SDK service names (e.g. address,tag)")
    ap.add_argument("--timeout", type=float, default=300, help="seconds the driver may take (default 300)")
    args = ap.parse_args()

    python, problem = sdk_venv.ensure()
    if python is None:
        print(f"skipped: {problem}")
        return 0
    started = time.monotonic()
    proc, out = sdk_venv.run_services(python, args.timeout, args.only)
    if out is None or "crashed" in out:
        print("the driver did not finish:", proc.stdout[-3000:], proc.stderr[-3000:], sep="\n")
        return 1
    if args.json:
        args.json.write_text(json.dumps(out, indent=1, default=str))
    results = out["results"]

    rows = []
    for r in results:
        if args.failures and r["result"] in ("ok", "not-offered"):
            continue
        cause = r.get("cause") or r.get("exception") or ""
        kind = known.kind_of(r["service"], r["op"])
        if r["result"] == "failed":
            cause = f"[{WHO.get(kind or '', 'NEW')}] {cause}"
        rows.append((r["service"], r["op"], r["result"], cause))
    widths = [max([len(h)] + [len(row[i]) for row in rows]) for i, h in enumerate(("service", "operation", "result"))]
    print(f"{'service':{widths[0]}}  {'operation':{widths[1]}}  {'result':{widths[2]}}  cause")
    for service, op, result, cause in rows:
        print(f"{service:{widths[0]}}  {op:{widths[1]}}  {result:{widths[2]}}  {_clip(cause, 220)}")

    # Totals. Operations of a service the emulator does not model are not "tried".
    not_served = [r for r in results if known.kind_of(r["service"], r["op"]) == known.NOT_SERVED_KIND]
    counted = [r for r in results if r not in not_served and r["result"] in ("ok", "failed")]
    by = Counter(r["result"] for r in counted)
    failed = [r for r in counted if r["result"] == "failed"]
    sdk = sum(1 for r in failed if known.kind_of(r["service"], r["op"]) == known.SDK_BUG)
    emu = sum(1 for r in failed if known.kind_of(r["service"], r["op"]) == known.EMULATOR)
    new = len(failed) - sdk - emu
    tried = len(counted)
    pct = 100.0 * by["ok"] / tried if tried else 0.0
    tried_without_sdk_bugs = tried - sdk
    pct_ours = 100.0 * by["ok"] / tried_without_sdk_bugs if tried_without_sdk_bugs else 0.0
    other = Counter(r["result"] for r in results if r["result"] not in ("ok", "failed"))
    services = len(out["offered"])
    extra = sorted({r["service"] for r in results} - set(out["offered"]))
    print()
    print(f"services in the SDK's registry: {services}, and {', '.join(extra)}; requests sent: "
          f"{out['requests']}; driver {out['seconds']} s, total {time.monotonic() - started:.1f} s")
    print(f"operations tried: {tried}   worked: {by['ok']}   failed: {len(failed)}   working: {pct:.1f}%")
    print(f"  failed because of SDK bugs: {sdk}; emulator, expected to be fixed: {emu}; not yet classified: {new}")
    print(f"  working, not counting SDK bugs: {by['ok']} of {tried_without_sdk_bugs} ({pct_ours:.1f}%)")
    print(f"not tried: skipped (an earlier step failed) {other['skipped']}, not offered by the SDK "
          f"{other['not-offered']}, payload refused by the SDK's model {other['payload-invalid']}")
    print(f"not served by the emulator (not counted): {len(not_served)} operation(s): "
          + ", ".join(f"{r['service']}.{r['op']}" for r in not_served))
    comparison = known.compare(results)
    if not comparison.exact and not args.only:
        print("\ndifferences from tests/data/pan_scm_sdk_known.py (the test will fail):")
        print(comparison.message())
    return 0


def _clip(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 3] + "..."


if __name__ == "__main__":
    sys.exit(main())
