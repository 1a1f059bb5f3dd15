"""CLI start-up and a first list: `sasekit` beside pan-scm-cli 2.0.0's `scm`, on one emulator.

Times, as wall clock per process (median over N runs, interleaved so drift falls on both):

  sasekit --help                                  scm --help
  sasekit address list --folder Shared            scm show object address --folder Shared
  sasekit address list --folder Shared --all      (the same scm command)

against one emulator (`python -m sasekit emulator serve --no-rate-limit`, in a subprocess)
holding 500 addresses in Shared, and checks how many of the 500 each list printed.
`sasekit address list` prints one page, as the API answers it (limit 200 by default);
`--all` follows the pages. `scm show object address` always fetches every page.
Target: ours at most 0.5x theirs.

pan-scm-cli is installed from PyPI into .cache/venv-pan-scm-cli/ on first run. It reads
its settings through Dynaconf (prefix SCM_) and passes `api_base_url` and `token_url` on to
pan-scm-sdk, so it is pointed at the emulator without modification:

  SCM_API_BASE_URL=<emulator>  SCM_TOKEN_URL=<emulator>/am/oauth2/access_token
  SCM_CLIENT_ID, SCM_CLIENT_SECRET, SCM_TSG_ID='@str <tsg>' (Dynaconf would read the digits
      as an int, which the SDK's pydantic model refuses; '@str' is Dynaconf's cast marker)
  OAUTHLIB_INSECURE_TRANSPORT=1 (oauthlib refuses a plain-http token URL; the emulator is http)
  HOME=<temporary dir> (its contexts and token cache live in ~/.scm-cli; cwd is that dir too,
      as Dynaconf loads a .env file from the working directory)

pan-scm-cli keeps the OAuth token in ~/.scm-cli/cache between runs, so after the untimed
warm-up run its commands skip the token request; sasekit asks for a token in every process.

Run: .venv/bin/python bench/cli_startup.py [--runs N] [--addresses N]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import loadgen  # bench/ is on sys.path when a script in it runs
from sasekit.emulator.config import DEMO_ACCOUNT
from sasekit.emulator.serve import free_port

ROOT = Path(__file__).resolve().parents[1]
THEIR_VENV = ROOT / ".cache" / "venv-pan-scm-cli"
THEIR_VERSION = "2.0.0"
TARGET = 0.5
NAME = "bench{:04d}"
NAME_RE = re.compile(r"\bbench\d{4}\b")


# --------------------------------------------------------------------------- set-up


def their_cli() -> tuple[Path | None, str]:
    """The `scm` executable of pan-scm-cli 2.0.0, installing it on first use; or None and why."""
    scm = THEIR_VENV / "bin" / "scm"
    python = THEIR_VENV / "bin" / "python"
    if not scm.exists():
        print(f"installing pan-scm-cli=={THEIR_VERSION} into {THEIR_VENV.relative_to(ROOT)} ...", file=sys.stderr)
        try:
            if not python.exists():
                subprocess.run([sys.executable, "-m", "venv", str(THEIR_VENV)], check=True, capture_output=True)
            subprocess.run([str(python), "-m", "pip", "install", "--quiet", f"pan-scm-cli=={THEIR_VERSION}"],
                           check=True, capture_output=True, text=True, timeout=900)
        except (OSError, subprocess.SubprocessError) as exc:
            detail = getattr(exc, "stderr", "") or str(exc)
            lines = [line for line in str(detail).splitlines() if "ERROR" in line] or [str(exc)]
            return None, f"pan-scm-cli=={THEIR_VERSION} could not be installed: {lines[-1].strip()}"
    version = subprocess.run([str(python), "-c", "import importlib.metadata as m; print(m.version('pan-scm-cli'))"],
                             capture_output=True, text=True).stdout.strip()
    if version != THEIR_VERSION:
        return None, f"{THEIR_VENV} holds pan-scm-cli {version or '?'}, not {THEIR_VERSION}; delete it to reinstall"
    return scm, f"pan-scm-cli {version}"


def clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith(("SCM_", "SASEKIT_", "OAUTHLIB_"))}


def start_emulator(port: int) -> subprocess.Popen:
    return loadgen.start_emulator(port, env=clean_env())


def seed(url: str, count: int) -> None:
    from sasekit import Client

    a = DEMO_ACCOUNT
    with Client(a["client_id"], a["client_secret"], a["tsg_id"], base_url=url, auth_url=url, setup_url=url,
                rate_limit=0) as client, ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda i: client.call("address", "create", folder="Shared", name=NAME.format(i),
                                            ip_netmask=f"10.{i // 65536}.{i // 256 % 256}.{i % 256}/32"),
                      range(count)))
        total = client.call("address", "list", folder="Shared", limit=1)["total"]
    if total != count:
        raise SystemExit(f"seeding failed: {total} addresses in Shared, expected {count}")


# --------------------------------------------------------------------------- timing


class Side:
    def __init__(self, exe: str, env: dict[str, str], cwd: Path) -> None:
        self.exe, self.env, self.cwd = exe, env, cwd

    def run(self, args: list[str]) -> tuple[float, subprocess.CompletedProcess]:
        started = time.perf_counter()
        proc = subprocess.run([self.exe, *args], env=self.env, cwd=self.cwd, capture_output=True, text=True,
                              timeout=300)
        return time.perf_counter() - started, proc


def measure(pairs: list[tuple[Side | None, list[str]]], runs: int) -> list[dict]:
    """Interleaved runs of each (side, args); one untimed warm-up each. Median seconds, last output."""
    results = [{"samples": [], "proc": None, "error": None} for _ in pairs]
    for res, (side, args) in zip(results, pairs, strict=True):
        if side is None:
            continue
        _, proc = side.run(args)
        if proc.returncode != 0:
            tail = (proc.stderr or proc.stdout).strip().splitlines()
            res["error"] = f"exit {proc.returncode}: {tail[-1] if tail else ''}"
    for i in range(runs):
        order = list(enumerate(pairs)) if i % 2 == 0 else list(reversed(list(enumerate(pairs))))
        for n, (side, args) in order:
            if side is None or results[n]["error"]:
                continue
            seconds, proc = side.run(args)
            results[n]["samples"].append(seconds)
            results[n]["proc"] = proc
    for res in results:
        res["median"] = statistics.median(res["samples"]) if res["samples"] else None
    return results


def count(proc: subprocess.CompletedProcess | None) -> int | None:
    return None if proc is None else len(set(NAME_RE.findall(proc.stdout)))


# --------------------------------------------------------------------------- main


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=10, help="timed runs per command (default 10)")
    ap.add_argument("--addresses", type=int, default=500, help="addresses in Shared (default 500)")
    opts = ap.parse_args()

    scm, about_theirs = their_cli()
    print(f"theirs: {about_theirs}")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    proc = start_emulator(port)
    tmp = Path(tempfile.mkdtemp(prefix="sasekit-cli-bench-"))
    try:
        seed(url, opts.addresses)
        a = DEMO_ACCOUNT
        base = {**clean_env(), "COLUMNS": "200"}
        ours = Side(str(Path(sys.executable).parent / "sasekit"), {
            **base, "SCM_CLIENT_ID": a["client_id"], "SCM_CLIENT_SECRET": a["client_secret"],
            "SCM_TSG_ID": a["tsg_id"], "SCM_BASE_URL": url, "SCM_AUTH_URL": url, "SCM_SETUP_URL": url,
            "SASEKIT_CONFIG_DIR": str(tmp / "sasekit")}, tmp)
        theirs = None
        if scm is not None:
            home = tmp / "home"
            home.mkdir()
            theirs = Side(str(scm), {
                **base, "HOME": str(home), "SCM_CLIENT_ID": a["client_id"], "SCM_CLIENT_SECRET": a["client_secret"],
                "SCM_TSG_ID": f"@str {a['tsg_id']}", "SCM_API_BASE_URL": url,
                "SCM_TOKEN_URL": f"{url}/am/oauth2/access_token", "OAUTHLIB_INSECURE_TRANSPORT": "1"}, home)
        their_list = ["show", "object", "address", "--folder", "Shared"]
        rows = [
            ("--help", ["--help"], ["--help"], False),
            ("address list --folder Shared", ["address", "list", "--folder", "Shared"], their_list, True),
            ("address list --folder Shared --all", ["address", "list", "--folder", "Shared", "--all"], their_list,
             True),
        ]
        pairs: list[tuple[Side | None, list[str]]] = []
        for _, our_args, their_args, _ in rows:
            pairs += [(ours, our_args), (theirs, their_args)]
        results = measure(pairs, opts.runs)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(tmp, ignore_errors=True)

    n = opts.addresses
    print(f"emulator {url} with {n} addresses in Shared; median wall clock of {opts.runs} runs per command, "
          "after one untimed warm-up\n")
    head = (f"{'command (sasekit ... | scm ...)':<38} {'ours ms':>8} {'theirs ms':>10} {'ratio':>6}  "
            f"{'target':<7} {'listed ours/theirs':<19} verdict")
    print(head)
    print("-" * len(head))
    notes = []
    for i, (label, _, their_args, lists) in enumerate(rows):
        o, t = results[2 * i], results[2 * i + 1]
        om, tm = o["median"], t["median"]
        ratio = om / tm if om and tm else None
        listed = ""
        if lists:
            co, ct = count(o["proc"]), count(t["proc"])
            listed = f"{'-' if co is None else co}/{'-' if ct is None else ct} of {n}"
        verdict = "-" if ratio is None else ("ok" if ratio <= TARGET else "MISSED")
        print(f"{label:<38} {om * 1e3 if om else float('nan'):>8.0f} "
              f"{tm * 1e3 if tm else float('nan'):>10.0f} {ratio if ratio else float('nan'):>6.2f}  "
              f"<= {TARGET:<4} {listed:<19} {verdict}")
        for command, res in ((f"sasekit {label}", o), ("scm " + " ".join(their_args), t)):
            if res["error"]:
                notes.append(f"`{command}` failed ({res['error']}), not timed")
    if theirs is None:
        notes.append(f"theirs not timed: {about_theirs}")
    print()
    print("listed: distinct seeded names in each command's output. sasekit's plain list prints the API's first "
          "page (limit 200); --all and scm fetch every page.")
    for note in notes:
        print(f"note: {note}")


if __name__ == "__main__":
    main()
