"""Does `sasekit tunnel check` predict what real strongSwan daemons do? Random pairs, by seed.

Each pair is a Prisma side and a branch side (sasekit/lab/conformance.py draws them: a
matching base, then differences in IKE version, encryption, integrity, DH group, PSK,
identities, ESP proposals, PFS group and traffic selectors). The checker predicts the
outcome; the lab loads the Prisma side into a responder (as the lab configures Prisma)
and the branch side, rendered by sasekit's strongSwan renderer, into an initiator, in two
network namespaces; the branch initiates, then forces a CHILD SA rekey. The observed class
is read from what the daemons say.

Prints the confusion table (predicted rows, observed columns), the agreement rate and
every disagreement with its pair. Target: 100%. Needs Linux, root and the lab's
packages (make lab-deps). Exit 1 below 100%.

Run: .venv/bin/python bench/ike_conformance.py [--pairs 200] [--seed 1]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from sasekit.lab import host
from sasekit.lab.conformance import CLASSES, Bench, draw, predicted


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pairs", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    problem = host.missing()
    if problem:
        print(f"the lab cannot run here: {problem[0]}; fix: {problem[1]}", file=sys.stderr)
        return 2
    table: Counter[tuple[str, str]] = Counter()
    changed: Counter[str] = Counter()
    wrong = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp, Bench(Path(tmp)) as bench:
        for pair in draw(args.seed, args.pairs):
            want = predicted(pair)
            got, lines = bench.observed(pair)
            table[(want, got)] += 1
            changed.update(pair.changed or ("nothing",))
            if want != got:
                wrong.append((pair, want, got, lines[-3:]))
    seconds = time.perf_counter() - started
    agree = sum(v for (p, o), v in table.items() if p == o)
    width = max(len(c) for c in CLASSES) + 2
    print(f"seed {args.seed}, {args.pairs} pairs, {seconds:.0f} s ({seconds / max(args.pairs, 1):.2f} s a pair)")
    print("predicted \\ observed".ljust(width + 4) + "".join(c.rjust(width) for c in CLASSES))
    for p in CLASSES:
        print(p.ljust(width + 4) + "".join(str(table[(p, o)] or ".").rjust(width) for o in CLASSES))
    print(f"agreement: {agree}/{args.pairs} = {agree / max(args.pairs, 1):.1%}")
    print("differences drawn: " + ", ".join(f"{k} {v}" for k, v in sorted(changed.items())))
    for pair, want, got, lines in wrong:
        print(f"\npair {pair.index} ({', '.join(pair.changed) or 'no change'}): predicted {want}, observed {got}")
        print(f"  prisma: {pair.prisma}")
        print(f"  branch: {pair.branch}")
        for line in lines:
            print(f"  | {line}")
    return 0 if agree == args.pairs else 1


if __name__ == "__main__":
    raise SystemExit(main())
