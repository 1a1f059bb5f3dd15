"""pan-scm-sdk 0.15.1 from PyPI, unmodified, against the emulator on 127.0.0.1.

The SDK lives in its own virtual environment (its pins are not ours), made once under
``.cache/venv-pan-scm-sdk/`` and reused; when PyPI cannot be reached the test skips and
says why. A script run with that environment's python (tests/data/pan_scm_sdk_script.py)
uses the SDK as its users do: ``Scm(client_id, client_secret, tsg_id, api_base_url,
token_url)``, address create/list/fetch/update/get/delete in folder Shared, and
``commit(folders=["Shared"], ..., sync=True)``; a second run reads a push job while it
still runs. The test then checks, over the emulator's legacy URL family with a token of
its own, that the changes and the push really happened there. Smaller in-process tests
at the end pin the emulator behaviours the SDK relies on, so they hold without PyPI.

Two settings the SDK needs that are not sasekit's choice:
- ``OAUTHLIB_INSECURE_TRANSPORT=1``: oauthlib refuses a token URL that is not https, and
  the emulator serves plain http on loopback;
- a zero push time for the synchronous commit: ``commit(sync=True)`` polls the job every
  10 s (``wait_for_job``'s fixed ``poll_interval``), so a job still running at the first
  poll costs 10 s. The running-job run covers an unfinished job instead.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import jwt
import pytest

from emulator_helpers import BASE, Api, make_app
from sasekit.emulator import DEMO_ACCOUNT
from sasekit.emulator.config import Account, EmulatorConfig
from sasekit.emulator.serve import ServerThread

ROOT = Path(__file__).resolve().parents[1]
SDK = "pan-scm-sdk==0.15.1"
VENV = ROOT / ".cache" / "venv-pan-scm-sdk"
MARKER = VENV / ".sasekit-installed"  # holds SDK once the install is complete
SCRIPT = Path(__file__).parent / "data" / "pan_scm_sdk_script.py"
ACCOUNT = Account("sdk-test@1596000001.iam.panserviceaccount.com", "pan-scm-sdk-secret",
                  "1596000001", "admin")
VENV_TIMEOUT_S = 120
INSTALL_TIMEOUT_S = 300
SCRIPT_TIMEOUT_S = 90


def _venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _run(cmd: list[str], timeout: float, **kw) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout,
                          stdin=subprocess.DEVNULL, **kw)


def _tail(text: str, lines: int = 4) -> str:
    """The last lines of a tool's output, its ERROR lines when it has some."""
    all_lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    errors = [line for line in all_lines if line.startswith("ERROR")]
    return " | ".join((errors or all_lines)[-lines:])


def _build_venv() -> str | None:
    """Make the SDK's environment; return why it could not be made, or None."""
    shutil.rmtree(VENV, ignore_errors=True)
    try:
        made = _run([sys.executable, "-m", "venv", str(VENV)], VENV_TIMEOUT_S)
        if made.returncode != 0:
            return f"python -m venv failed: {_tail(made.stderr or made.stdout)}"
        pip = [str(_venv_python()), "-m", "pip", "install", "--disable-pip-version-check",
               "--no-input", "--timeout", "20", "--retries", "2", SDK]
        installed = _run(pip, INSTALL_TIMEOUT_S)
        if installed.returncode != 0:
            return f"pip install {SDK} failed (is PyPI reachable?): {_tail(installed.stderr or installed.stdout)}"
    except subprocess.TimeoutExpired as exc:
        return f"{' '.join(map(str, exc.cmd[1:4]))} timed out after {exc.timeout:.0f} s (is PyPI reachable?)"
    except OSError as exc:
        return f"could not make the SDK environment: {exc}"
    MARKER.write_text(SDK + "\n")
    return None


@pytest.fixture(scope="module")
def sdk_python() -> Path:
    """The python of a virtual environment holding the SDK, made on first use."""
    VENV.parent.mkdir(parents=True, exist_ok=True)
    # A lock, so that two test runs in one checkout do not build the same venv at once.
    with open(VENV.parent / "venv-pan-scm-sdk.lock", "w") as lock:
        with contextlib.suppress(ImportError):  # POSIX only; elsewhere, no lock
            import fcntl

            fcntl.flock(lock, fcntl.LOCK_EX)
        ready = MARKER.is_file() and MARKER.read_text().strip() == SDK and _venv_python().exists()
        if not ready:
            problem = _build_venv()
            if problem is not None:
                shutil.rmtree(VENV, ignore_errors=True)
                pytest.skip(problem)
    return _venv_python()


def run_sdk(python: Path, base_url: str, token_path: str, mode: str) -> dict:
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    env.update({
        "SCM_CLIENT_ID": ACCOUNT.client_id,
        "SCM_CLIENT_SECRET": ACCOUNT.client_secret,
        "SCM_TSG_ID": ACCOUNT.tsg_id,
        "OAUTHLIB_INSECURE_TRANSPORT": "1",  # the emulator is plain http on loopback
        "NO_PROXY": ",".join(filter(None, [env.get("NO_PROXY"), "127.0.0.1", "localhost"])),
        "no_proxy": ",".join(filter(None, [env.get("no_proxy"), "127.0.0.1", "localhost"])),
    })
    proc = _run([str(python), str(SCRIPT), base_url, base_url + token_path, mode],
                SCRIPT_TIMEOUT_S, env=env, cwd=ROOT)
    assert proc.returncode == 0, f"pan-scm-sdk {mode} failed:\n{proc.stdout}\n{proc.stderr}"
    results = [line for line in proc.stdout.splitlines() if line.startswith("RESULT ")]
    assert len(results) == 1, proc.stdout
    return json.loads(results[0][len("RESULT "):])


def test_pan_scm_sdk_address_lifecycle_and_commit(sdk_python: Path) -> None:
    config = EmulatorConfig(accounts=[ACCOUNT], push_s=30.0)
    with ServerThread(config=config) as srv:
        # 1. A push that is still running (push_s=30): the SDK must read the job.
        running = run_sdk(sdk_python, srv.url, "/auth/v1/oauth2/access_token", "running-job")
        assert running["commit"]["success"] is True
        assert running["job"]["id"] == running["commit"]["job_id"]
        assert (running["job"]["status_str"], running["job"]["result_str"]) == ("ACT", "PEND")
        parents = {j["id"]: j for j in running["jobs"]}
        assert parents[running["job"]["id"]]["type_str"] == "CommitAndPush"
        assert any(j["parent_id"] == running["job"]["id"] for j in running["jobs"])

        # 2. The address lifecycle and a synchronous commit (the SDK's default token URL).
        config.push_s = 0.0  # read at push time; see the module docstring
        out = run_sdk(sdk_python, srv.url, "/am/oauth2/access_token", "lifecycle")

        created, updated, got = out["created"], out["updated"], out["got_after_update"]
        address_id = created["id"]
        assert (created["name"], created["folder"], created["ip_netmask"]) == (
            "sdk-web-01", "Shared", "192.0.2.10/32")
        assert created["description"] == "created by pan-scm-sdk"
        assert address_id in out["listed_ids"]
        assert out["fetched_id"] == address_id
        assert updated["id"] == address_id and updated["folder"] == "Shared"
        assert updated["description"] == got["description"] == "updated by pan-scm-sdk"
        assert got["ip_netmask"] == "192.0.2.10/32"
        assert out["deleted_id"] not in out["listed_after_delete"]
        assert address_id in out["listed_after_delete"]

        commit, job = out["commit"], out["job"]
        assert commit["success"] is True and commit["job_id"] == job["id"]
        assert commit["message"] == f"CommitAndPush job enqueued with jobid {commit['job_id']}"
        assert (job["status_str"], job["result_str"], job["type_str"]) == ("FIN", "OK", "CommitAndPush")

        # 3. The emulator's side, over the legacy URL family with a token of our own.
        with httpx.Client(base_url=srv.url, timeout=10, trust_env=False) as http:
            token = http.post("/oauth2/access_token", auth=(ACCOUNT.client_id, ACCOUNT.client_secret),
                              data={"grant_type": "client_credentials",
                                    "scope": f"tsg_id:{ACCOUNT.tsg_id}"}).json()["access_token"]
            http.headers["Authorization"] = f"Bearer {token}"
            listed = http.get("/sse/config/v1/addresses", params={"folder": "Shared"}).json()
            by_id = {a["id"]: a for a in listed["data"]}
            assert out["deleted_id"] not in by_id
            stored = by_id[address_id]
            assert (stored["name"], stored["folder"], stored["description"]) == (
                "sdk-web-01", "Shared", "updated by pan-scm-sdk")
            assert http.get(f"/sse/config/v1/addresses/{out['deleted_id']}").status_code == 404

            pushed = http.get(f"/sse/config/v1/jobs/{commit['job_id']}").json()["data"][0]
            assert (pushed["status_str"], pushed["result_str"]) == ("FIN", "OK")
            assert pushed["description"] == "pan-scm-sdk commit"
            assert pushed["uname"] == ACCOUNT.client_id
            versions = http.get("/sse/config/v1/config-versions").json()
            assert any(v["description"] == "pan-scm-sdk commit" for v in versions)


# -- What the SDK relies on, checked in-process (runs even when PyPI is out of reach) ------

UNIFIED = "/config/objects/v1/addresses"


@pytest.fixture
async def emu():
    client = Api(make_app(push_s=30))
    yield client
    await client.aclose()


@pytest.mark.anyio
async def test_jwks_beside_each_token_path_and_aud_holds_the_client_id(emu):
    token = await emu.login()
    for path in ("/am/oauth2/connect/jwk_uri", "/oauth2/connect/jwk_uri",
                 "/auth/v1/oauth2/connect/jwk_uri"):
        jwks = (await emu.http.get(path)).json()
        key = jwt.PyJWK(jwks["keys"][0]).key
        # What the SDK does before every request.
        claims = jwt.decode(token, key, algorithms=["RS256"], audience=DEMO_ACCOUNT["client_id"])
        assert claims["sub"] == DEMO_ACCOUNT["client_id"]


@pytest.mark.anyio
async def test_unified_family_takes_the_folder_in_the_body_and_answers_names_bare(emu):
    made = await emu.post(UNIFIED, json={"name": "web", "folder": "Shared", "fqdn": "a.example"})
    assert made.status_code == 201, made.text
    assert made.json()["folder"] == "Shared"
    bare = await emu.get(UNIFIED, params={"folder": "Shared", "name": "web"})
    assert bare.status_code == 200 and bare.json()["id"] == made.json()["id"]
    missing = await emu.get(UNIFIED, params={"folder": "Shared", "name": "we"})  # no prefix match
    assert missing.status_code == 404 and missing.json()["_errors"][0]["code"] == "E005"
    legacy = await emu.get(f"{BASE}/addresses", params={"folder": "Shared", "name": "web"})
    assert [a["id"] for a in legacy.json()["data"]] == [made.json()["id"]]
    # An update may carry the folder back; the object stays where it is.
    put = await emu.put(f"{UNIFIED}/{made.json()['id']}",
                        json={"name": "web", "folder": "Shared", "fqdn": "b.example"})
    assert put.status_code == 200, put.text
    assert (put.json()["folder"], put.json()["fqdn"]) == ("Shared", "b.example")
    no_folder = await emu.post(UNIFIED, json={"name": "x", "fqdn": "x.example"})
    assert no_folder.status_code == 400


@pytest.mark.anyio
async def test_unified_push_takes_admin_and_jobs_page_with_limit_offset(emu):
    push = "/config/operations/v1/config-versions/candidate:push"
    ok = await emu.post(push, json={"folders": ["Shared"], "admin": [DEMO_ACCOUNT["client_id"]],
                                    "description": "d"})
    assert ok.status_code == 201, ok.text
    bad = await emu.post(push, json={"folders": ["Shared"], "admin": "everyone"})
    assert bad.status_code == 400
    running = (await emu.get(f"/config/operations/v1/jobs/{ok.json()['job_id']}")).json()["data"][0]
    assert running["status_str"] == "ACT"
    assert running["end_ts"] and running["end_ts"] == running["last_update"]
    page = (await emu.get("/config/operations/v1/jobs", params={"limit": 1, "offset": 1})).json()
    assert (page["limit"], page["offset"], page["total"], len(page["data"])) == (1, 1, 2, 1)
    for bad_value in ("-1", "x", "99999999999999999999"):
        resp = await emu.get("/config/operations/v1/jobs", params={"limit": bad_value})
        assert resp.status_code == 400, bad_value
