"""Start-up cost: `import sasekit` against bare Python, and one cold catalog lookup.

Targets: import adds under 50 ms; one lookup, cold (fresh process), under 20 ms.
Run: .venv/bin/python bench/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

LOOKUP = (
    "import time; t = time.perf_counter(); "
    "from sasekit.catalog import load; "
    "op = load()['address'].operations['create']; op.parameters['ip_netmask']; "
    "print(time.perf_counter() - t)"
)


def wall(code: str, runs: int) -> float:
    samples = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        samples.append(time.perf_counter() - t)
    return statistics.median(samples)


def inner(code: str, runs: int) -> float:
    out = [float(subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                                text=True).stdout) for _ in range(runs)]
    return statistics.median(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=15)
    runs = ap.parse_args().runs
    bare = wall("pass", runs)
    imp = wall("import sasekit", runs)
    lookup = inner(LOOKUP, runs)
    rows = [
        ("python -c pass", bare * 1e3, ""),
        ("python -c 'import sasekit'", imp * 1e3, ""),
        ("import sasekit, added", (imp - bare) * 1e3, "< 50 ms"),
        ("cold load() + one operation lookup", lookup * 1e3, "< 20 ms"),
    ]
    print(f"{'measure (median of ' + str(runs) + ' runs)':<40} {'ms':>8}  target")
    for name, ms, target in rows:
        print(f"{name:<40} {ms:>8.1f}  {target}")


if __name__ == "__main__":
    main()
