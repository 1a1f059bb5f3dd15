"""Real processes for fault tests and the fault bench: a ``sasekit emulator serve``
subprocess that can be SIGKILLed and started again on its port and state file, ``sasekit
run`` subprocesses, reading their run history as another process does, and reading what
the tenant holds.

Shared by tests/test_faults_process.py and bench/faults.py, so that the bench measures
the same scenario the tests assert. Only the standard library, httpx and sasekit are
imported (no pytest): the bench runs outside pytest. Every wait is bounded in time and
in count, every process started here is ended by its pid, and everything binds to
127.0.0.1.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import secrets
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import httpx

from sasekit.emulator import DEMO_ACCOUNT

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = ROOT / "src" / "sasekit" / "workflows" / "templates" / "bulk-ioc-import.yaml"
HOST = "127.0.0.1"
ADMIN_HEADER = "X-Emulator-Admin"
#: How long anything that must happen may take before it is called a hang. Not a speed
#: assertion: a correct run gets there in a fraction of it, also on a loaded machine.
HANG_S = 60.0

T = TypeVar("T")


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def wait_for(probe: Callable[[], T], *, timeout: float = HANG_S, interval: float = 0.02,
             what: str = "the condition") -> T:
    """``probe()``'s first truthy value, polling at most ``timeout / interval`` times;
    TimeoutError naming ``what`` when it never comes. A probe may raise to give up early
    (a process that died before doing the thing waited for)."""
    tries = max(1, int(timeout / interval))
    deadline = time.monotonic() + timeout
    for _ in range(tries):
        value = probe()
        if value:
            return value
        if time.monotonic() > deadline:
            break
        time.sleep(interval)
    raise TimeoutError(f"gave up after {timeout:.0f} s waiting for {what}")


def kill(proc: subprocess.Popen[Any], sig: int = signal.SIGKILL, timeout: float = 10.0) -> int:
    """Send ``sig`` to this one process (by its pid) unless it has ended; reap it."""
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(proc.pid, sig)
    try:
        return proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        if sig != signal.SIGKILL:  # it did not end as asked: its stacks (with PYTHONFAULTHANDLER) say why
            os.kill(proc.pid, signal.SIGABRT)
            with contextlib.suppress(subprocess.TimeoutExpired):
                return proc.wait(timeout=5)
        os.kill(proc.pid, signal.SIGKILL)
        return proc.wait(timeout=timeout)


# --------------------------------------------------------------------------- environment


def base_env() -> dict[str, str]:
    """This environment without the caller's credentials, sasekit settings or proxies,
    and with the checkout's sources first on the path."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("SCM_", "SASEKIT_"))
           and k.lower() not in ("http_proxy", "https_proxy", "all_proxy", "no_proxy")}
    env.update({"NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost",
                "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH")]))})
    return env


def cli_env(url: str, state_dir: Path, config_dir: Path, **extra: str) -> dict[str, str]:
    """What a ``sasekit`` CLI process on the demo account of the emulator at ``url`` gets:
    its own state folder (run history, token cache, the shared rate-limit bucket) and
    config folder (profiles)."""
    env = base_env()
    env.update({"SCM_CLIENT_ID": DEMO_ACCOUNT["client_id"], "SCM_CLIENT_SECRET": DEMO_ACCOUNT["client_secret"],
                "SCM_TSG_ID": DEMO_ACCOUNT["tsg_id"], "SCM_BASE_URL": url, "SCM_AUTH_URL": url,
                "SCM_SETUP_URL": url, "SASEKIT_STATE_DIR": str(state_dir),
                "SASEKIT_CONFIG_DIR": str(config_dir), **extra})
    return env


def write_profile(config_dir: Path, rate_limit_per_minute: int, name: str = "faults") -> Path:
    """A config.toml whose default profile sets only the client's rate limit (the
    credentials come from the environment, which wins over a profile)."""
    config_dir.mkdir(parents=True, exist_ok=True)
    path = config_dir / "config.toml"
    path.write_text(f'default_profile = "{name}"\n\n[profiles.{name}]\n'
                    f"rate_limit_per_minute = {int(rate_limit_per_minute)}\n", encoding="utf-8")
    return path


# --------------------------------------------------------------------------- workflow inputs


def ioc_ips(n: int, start: int = 1) -> list[str]:
    """``n`` distinct IPv4 addresses in 198.18.0.0/15, the benchmarking range (RFC 2544):
    public, so a blocking workflow blocks them (a private range would be refused), and
    131,072 of them. The ``start``-th on: two imports given different ranges share none."""
    if start + n > 2 ** 17:
        raise ValueError("198.18.0.0/15 holds 131,072 addresses")
    return [f"198.{18 + i // 65536}.{i // 256 % 256}.{i % 256}" for i in range(start, start + n)]


def ioc_name(ip: str) -> str:
    """The address object's name the bulk-ioc-import template gives an IP."""
    return "IOC_" + ip.replace(".", "_").replace("/", "-")


def write_iocs(path: Path, ips: list[str]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["ioc"])
        w.writerows([ip] for ip in ips)
    return path


def write_template(path: Path) -> Path:
    path.write_text(TEMPLATE.read_text(encoding="utf-8"), encoding="utf-8")
    return path


# --------------------------------------------------------------------------- the emulator


class Emulator:
    """``python -m sasekit emulator serve`` in a subprocess on 127.0.0.1.

    ``settings`` is the emulator's config file content (push_s, rate_limit, faults, ...).
    :meth:`kill` SIGKILLs it; :meth:`start` again serves the same port, state file
    (``db``) and admin secret, as an operator restarting a crashed service would.
    """

    def __init__(self, workdir: Path, settings: dict[str, Any] | None = None, *, db: Path | None = None,
                 port: int | None = None, name: str = "emulator") -> None:
        self.workdir = workdir
        self.port = port or free_port()
        self.db = db
        self.secret = secrets.token_urlsafe(24)
        self.name = name
        self.config_file = workdir / f"{name}.json"
        self.config_file.write_text(json.dumps(settings or {}), encoding="utf-8")
        self.log = workdir / f"{name}.log"
        self.proc: subprocess.Popen[bytes] | None = None
        self.starts = 0

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    @property
    def admin_headers(self) -> dict[str, str]:
        return {ADMIN_HEADER: self.secret}

    def start(self, timeout: float = HANG_S) -> Emulator:
        # the secret through the environment: a command line is visible to other local users
        env = {**base_env(), "SASEKIT_EMULATOR_ADMIN_SECRET": self.secret}
        args = [sys.executable, "-m", "sasekit", "emulator", "serve", "--host", HOST, "--port", str(self.port),
                "--config", str(self.config_file), "--log-level", "error"]
        if self.db is not None:
            args += ["--db", str(self.db)]
        self.starts += 1
        with open(self.log, "ab") as log:
            self.proc = subprocess.Popen(args, env=env, cwd=self.workdir, stdin=subprocess.DEVNULL,
                                         stdout=log, stderr=log)

        def up() -> bool:
            if self.proc is not None and self.proc.poll() is not None:
                raise RuntimeError(f"the emulator exited with {self.proc.returncode}: {self.log_text()[-2000:]}")
            try:
                return self.admin("GET", "stats", timeout=1.0).status_code == 200
            except httpx.TransportError:
                return False

        wait_for(up, timeout=timeout, interval=0.05, what=f"the emulator on {self.url}")
        return self

    def kill(self) -> int:
        """SIGKILL: no shutdown, no flush; what SQLite had committed is all that survives."""
        assert self.proc is not None
        return kill(self.proc)

    def stop(self) -> None:
        if self.proc is not None:
            kill(self.proc, signal.SIGTERM)

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace") if self.log.exists() else ""

    def admin(self, method: str, action: str, body: Any = None, timeout: float = 10.0) -> httpx.Response:
        return httpx.request(method, f"{self.url}/_emulator/{action}", headers=self.admin_headers,
                             json=body, timeout=timeout, trust_env=False)

    def stats(self) -> dict[str, Any]:
        answer = self.admin("GET", "stats")
        answer.raise_for_status()
        return dict(answer.json())

    def set_faults(self, **faults: Any) -> None:
        self.admin("PUT", "faults", faults).raise_for_status()

    def faults_off(self) -> None:
        """No injected failure and tokens of their normal lifetime: for reading the tenant."""
        self.set_faults(p500=0.0, p502=0.0, p503=0.0, p_drop_before=0.0, p_drop_after=0.0, p_empty=0.0,
                        latency_ms=0.0, token_ttl_s=None)

    def __enter__(self) -> Emulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


# --------------------------------------------------------------------------- sasekit run


class Run:
    """One ``python -m sasekit run ...`` subprocess; its stdout and stderr go to files (a
    pipe nobody reads while it runs could fill and stall it)."""

    def __init__(self, args: list[str], env: dict[str, str], cwd: Path, name: str = "run") -> None:
        self.out, self.err = cwd / f"{name}.out", cwd / f"{name}.err"
        with open(self.out, "wb") as out, open(self.err, "wb") as err:
            self.proc = subprocess.Popen([sys.executable, "-m", "sasekit", "run", *args], env=env, cwd=cwd,
                                         stdin=subprocess.DEVNULL, stdout=out, stderr=err)

    @property
    def pid(self) -> int:
        return self.proc.pid

    def alive(self) -> bool:
        return self.proc.poll() is None

    def wait(self, timeout: float = HANG_S) -> int:
        """The exit code; a run still going after ``timeout`` is killed and TimeoutError raised."""
        try:
            return self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            kill(self.proc)
            raise TimeoutError(f"sasekit run (pid {self.pid}) still running after {timeout:.0f} s; "
                               f"stderr: {self.stderr[-2000:]}") from None

    def kill(self) -> int:
        return kill(self.proc)

    @property
    def stdout(self) -> str:
        return self.out.read_text(encoding="utf-8", errors="replace")

    @property
    def stderr(self) -> str:
        return self.err.read_text(encoding="utf-8", errors="replace")

    def summary(self) -> dict[str, Any] | None:
        """The run summary ``-o json`` prints, or None (killed before it printed)."""
        text = self.stdout.strip()
        if not text:
            return None
        try:
            value = json.loads(text)
        except ValueError:
            return None
        return value if isinstance(value, dict) else None


@contextlib.contextmanager
def cleanup() -> Iterator[list[Any]]:
    """A list to put started :class:`Run` and :class:`Emulator` objects in: whichever is
    still running at the end is ended, by its pid."""
    started: list[Any] = []
    try:
        yield started
    finally:
        for thing in reversed(started):
            if isinstance(thing, Emulator):
                thing.stop()
            else:
                thing.kill()


# --------------------------------------------------------------------------- the run history


@contextlib.contextmanager
def _read(db: Path) -> Iterator[sqlite3.Connection | None]:
    if not db.exists():
        yield None
        return
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    try:
        yield con
    finally:
        con.close()


def history_run(db: Path) -> tuple[str, str] | None:
    """(run id, status) of the latest run in a history, as another process sees it now."""
    with _read(db) as con:
        if con is None:
            return None
        try:
            row = con.execute("SELECT id, status FROM runs ORDER BY started DESC LIMIT 1").fetchone()
        except sqlite3.OperationalError:  # tables not created yet
            return None
    return (row[0], row[1]) if row else None


def items_with(db: Path, step: str, status: str = "done") -> list[str]:
    """The item keys (``index:digest``) of a loop's items recorded with ``status``."""
    with _read(db) as con:
        if con is None:
            return []
        try:
            rows = con.execute("SELECT item FROM steps WHERE step=? AND item != '' AND status=?",
                               (step, status)).fetchall()
        except sqlite3.OperationalError:
            return []
    return [r[0] for r in rows]


def item_errors(db: Path, step: str, status: str = "failed") -> dict[str, str]:
    """Item key -> the error recorded, for a loop's items recorded with ``status``
    ("failed"; "unknown": may have been applied, the service could not be asked)."""
    with _read(db) as con:
        if con is None:
            return {}
        try:
            rows = con.execute("SELECT item, error FROM steps WHERE step=? AND item != '' AND status=?",
                               (step, status)).fetchall()
        except sqlite3.OperationalError:
            return {}
    return {r[0]: r[1] or "" for r in rows}


def push_record(db: Path, step: str = "push") -> tuple[str | None, float | None]:
    """(job id, send time) a push step recorded, (None, None) before it pushed."""
    with _read(db) as con:
        if con is None:
            return None, None
        try:
            row = con.execute("SELECT job_id, push_sent FROM steps WHERE step=? AND item=''", (step,)).fetchone()
        except sqlite3.OperationalError:
            return None, None
    return (row[0], row[1]) if row else (None, None)


# --------------------------------------------------------------------------- the tenant


def tenant(url: str, prefix: str = "IOC_") -> dict[str, Any]:
    """What the tenant holds: address names starting with ``prefix`` (with repeats, if
    any), every address group's members, security rule names, and the push jobs."""
    from sasekit import Client
    from sasekit.transport import RetryPolicy

    a = DEMO_ACCOUNT
    with Client(a["client_id"], a["client_secret"], a["tsg_id"], base_url=url, auth_url=url, setup_url=url,
                rate_limit=0, retry=RetryPolicy(max_retries=5, budget=30.0, base=0.05, cap=1.0)) as c:
        names = [x["name"] for x in c.paginate("address", "list", folder="Shared", page_size=5000)
                 if str(x.get("name", "")).startswith(prefix)]
        groups = {g["name"]: list(g.get("static") or [])
                  for g in c.paginate("addressGroup", "list", folder="Shared")}
        rules = [r["name"] for r in c.paginate("securityRule", "list", folder="Shared", position="pre")]
        jobs = c.engine.run(c.engine.list_all("job", "list"))
    pushes = [j for j in jobs if j.get("type_str") == "CommitAndPush"]
    return {"addresses": names, "groups": groups, "rules": rules, "pushes": pushes}
