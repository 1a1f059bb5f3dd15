"""pan-scm-sdk in a virtual environment of its own, and running scripts with it.

The SDK (from PyPI, unmodified) has pins that are not sasekit's, so it lives in
``.cache/venv-pan-scm-sdk/``, made once and reused by tests/third_party_venv.py, as the
other tools' environments are. Used by tests/test_pan_scm_sdk.py and
bench/third_party_sdk.py. Every subprocess here is bounded by a timeout.

Two settings the SDK needs against the emulator, set by :func:`sdk_env`:
- ``OAUTHLIB_INSECURE_TRANSPORT=1``: oauthlib refuses a token URL that is not https, and
  the emulator serves plain http on loopback;
- ``NO_PROXY`` for 127.0.0.1: a proxy in the environment must not see loopback requests.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import third_party_venv

ROOT = Path(__file__).resolve().parents[1]
SDK = "pan-scm-sdk"  # the environment's name in third_party_venv.TOOLS (its pin is there)
#: The emulator account the SDK logs in with (an admin: the Setup API needs the role).
CLIENT_ID = "sdk-test@1596000001.iam.panserviceaccount.com"
CLIENT_SECRET = "pan-scm-sdk-secret"
TSG_ID = "1596000001"


def ensure() -> tuple[Path | None, str | None]:
    """The python of the SDK's environment, made on first use; or (None, why it could not
    be made, with the command that makes it)."""
    venv, problem = third_party_venv.ensure(SDK)
    if problem is not None:
        return None, f"{problem}; to make it: {venv.fix_command}"
    return venv.python, None


def run(cmd: list[str], timeout: float, **kw: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout,
                          stdin=subprocess.DEVNULL, **kw)


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
