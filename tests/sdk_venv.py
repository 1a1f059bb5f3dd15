"""pan-scm-sdk in a virtual environment of its own, and running scripts with it.

The SDK (from PyPI, unmodified) has pins that are not sasekit's, so it lives in
``.cache/venv-pan-scm-sdk/``, made once and reused; a marker file holding the SDK's
requirement says the install finished. Used by tests/test_pan_scm_sdk.py and
bench/third_party_sdk.py. Every subprocess here is bounded by a timeout.

Two settings the SDK needs against the emulator, set by :func:`sdk_env`:
- ``OAUTHLIB_INSECURE_TRANSPORT=1``: oauthlib refuses a token URL that is not https, and
  the emulator serves plain http on loopback;
- ``NO_PROXY`` for 127.0.0.1: a proxy in the environment must not see loopback requests.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SDK = "pan-scm-sdk==0.15.1"
VENV = ROOT / ".cache" / "venv-pan-scm-sdk"
MARKER = VENV / ".sasekit-installed"  # holds SDK once the install is complete
LOCK = VENV.parent / "venv-pan-scm-sdk.lock"
VENV_TIMEOUT_S = 120
INSTALL_TIMEOUT_S = 300
#: The emulator account the SDK logs in with (an admin: the Setup API needs the role).
CLIENT_ID = "sdk-test@1596000001.iam.panserviceaccount.com"
CLIENT_SECRET = "pan-scm-sdk-secret"
TSG_ID = "1596000001"


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def run(cmd: list[str], timeout: float, **kw: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout,
                          stdin=subprocess.DEVNULL, **kw)


def tail(text: str, lines: int = 4) -> str:
    """The last lines of a tool's output, its ERROR lines when it has some."""
    all_lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    errors = [line for line in all_lines if line.startswith("ERROR")]
    return " | ".join((errors or all_lines)[-lines:])


def _build() -> str | None:
    """Make the SDK's environment; return why it could not be made, or None."""
    shutil.rmtree(VENV, ignore_errors=True)
    try:
        made = run([sys.executable, "-m", "venv", str(VENV)], VENV_TIMEOUT_S)
        if made.returncode != 0:
            return f"python -m venv failed: {tail(made.stderr or made.stdout)}"
        pip = [str(venv_python()), "-m", "pip", "install", "--disable-pip-version-check",
               "--no-input", "--timeout", "20", "--retries", "2", SDK]
        installed = run(pip, INSTALL_TIMEOUT_S)
        if installed.returncode != 0:
            return f"pip install {SDK} failed (is PyPI reachable?): {tail(installed.stderr or installed.stdout)}"
    except subprocess.TimeoutExpired as exc:
        return f"{' '.join(map(str, exc.cmd[1:4]))} timed out after {exc.timeout:.0f} s (is PyPI reachable?)"
    except OSError as exc:
        return f"could not make the SDK environment: {exc}"
    MARKER.write_text(SDK + "\n")
    return None


def ensure() -> tuple[Path | None, str | None]:
    """The python of a virtual environment holding the SDK, made on first use; or
    (None, why it could not be made)."""
    VENV.parent.mkdir(parents=True, exist_ok=True)
    # A lock, so that two runs in one checkout do not build the same venv at once.
    with open(LOCK, "w") as lock:
        with contextlib.suppress(ImportError):  # POSIX only; elsewhere, no lock
            import fcntl

            fcntl.flock(lock, fcntl.LOCK_EX)
        ready = MARKER.is_file() and MARKER.read_text().strip() == SDK and venv_python().exists()
        if not ready:
            problem = _build()
            if problem is not None:
                shutil.rmtree(VENV, ignore_errors=True)
                return None, problem
    return venv_python(), None


def account() -> Any:
    """:data:`CLIENT_ID`'s account, for the emulator's config."""
    from sasekit.emulator.config import Account

    return Account(CLIENT_ID, CLIENT_SECRET, TSG_ID, "admin")


def sdk_env(client_id: str = CLIENT_ID, client_secret: str = CLIENT_SECRET,
            tsg_id: str = TSG_ID) -> dict[str, str]:
    """The environment of a script run with the SDK's python (credentials in SCM_*)."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    env.update({
        "SCM_CLIENT_ID": client_id,
        "SCM_CLIENT_SECRET": client_secret,
        "SCM_TSG_ID": tsg_id,
        "OAUTHLIB_INSECURE_TRANSPORT": "1",  # the emulator is plain http on loopback
        "NO_PROXY": ",".join(filter(None, [env.get("NO_PROXY"), "127.0.0.1", "localhost"])),
        "no_proxy": ",".join(filter(None, [env.get("no_proxy"), "127.0.0.1", "localhost"])),
    })
    return env


def run_script(python: Path, script: Path, args: list[str], env: dict[str, str],
               timeout: float) -> tuple[subprocess.CompletedProcess[str], dict[str, Any] | None]:
    """Run ``script`` with the SDK's python; its answer and the JSON of its one
    ``RESULT <json>`` line (None when it printed none, or more than one)."""
    proc = run([str(python), str(script), *args], timeout, env=env, cwd=ROOT)
    results = [line for line in proc.stdout.splitlines() if line.startswith("RESULT ")]
    if len(results) != 1:
        return proc, None
    return proc, json.loads(results[0][len("RESULT "):])


SERVICES_SCRIPT = Path(__file__).parent / "data" / "pan_scm_sdk_services.py"


def run_services(python: Path, timeout: float = 300, only: str | None = None,
                 ) -> tuple[subprocess.CompletedProcess[str], dict[str, Any] | None]:
    """Every service of the SDK against an emulator of its own on 127.0.0.1
    (tests/data/pan_scm_sdk_services.py); its answer and the JSON it printed.

    Pushes take no time (``push_s=0``): ``commit(sync=True)`` polls its job every 10 s
    (``Scm.wait_for_job``'s fixed ``poll_interval``), so a job still running at the first
    poll would cost 10 s."""
    from sasekit.emulator.config import EmulatorConfig
    from sasekit.emulator.serve import ServerThread

    config = EmulatorConfig(accounts=[account()], push_s=0.0)
    with ServerThread(config=config) as srv:
        args = [srv.url, srv.url + "/am/oauth2/access_token", *(["--only", only] if only else [])]
        return run_script(python, SERVICES_SCRIPT, args, sdk_env(), timeout)
