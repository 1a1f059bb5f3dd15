"""The emulator as a process others can reach: admin endpoints behind a secret, settings
held to their rules, state files private, object names that mean something, and a bug
that leaves a trace.

An emulator often runs on a shared CI box or a laptop on a café network; whoever
reaches its port must not be able to reset the tenant or switch on failures, nor read
the pre-shared keys a test stored in its state file. A setting that cannot work
(a latency of 1e300 ms hangs every request) must fail at once, saying which.
"""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest

from emulator_helpers import BASE, Api, make_app
from sasekit.emulator import DEMO_ACCOUNT, EmulatorConfig, Faults, RateLimit, create_app
from sasekit.emulator.config import ADMIN_SECRET_ENV
from sasekit.emulator.handlers import Handlers
from sasekit.emulator.serve import free_port

ROOT = Path(__file__).resolve().parents[1]
ADDRESSES = f"{BASE}/addresses"
ADMIN_CALLS = [("GET", "faults"), ("PUT", "faults"), ("GET", "rate-limit"), ("PUT", "rate-limit"),
               ("POST", "tokens:expire"), ("POST", "reset"), ("GET", "stats"), ("POST", "tunnel-events"),
               ("GET", "tunnels"), ("GET", "no-such-action")]


@pytest.fixture
async def api() -> AsyncIterator[Api]:
    client = Api(make_app())
    yield client
    await client.aclose()


def error(resp: httpx.Response) -> dict:
    body = resp.json()
    assert body["_request_id"], body
    return body["_errors"][0]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# --------------------------------------------------------------------------- admin credential


@pytest.mark.anyio
@pytest.mark.parametrize(("method", "action"), ADMIN_CALLS)
async def test_admin_endpoints_need_the_admin_secret(api: Api, method: str, action: str) -> None:
    path = f"/_emulator/{action}"
    missing = await api.http.request(method, path, json={})
    assert missing.status_code == 401 and error(missing)["code"] == "E016"
    assert "X-Emulator-Admin" in error(missing)["details"]["message"]
    wrong = await api.http.request(method, path, json={}, headers={"X-Emulator-Admin": "x" * 43})
    assert wrong.status_code == 401 and error(wrong)["code"] == "E016"
    right = await api.http.request(method, path, json={}, headers=api.app.admin_headers)
    assert right.status_code in (200, 404), right.text  # 404: the unknown action, once let in


@pytest.mark.anyio
async def test_a_refused_admin_call_changes_nothing(api: Api) -> None:
    made = await api.create_address("kept")
    assert (await api.http.put("/_emulator/faults", json={"p500": 1.0})).status_code == 401
    assert (await api.http.post("/_emulator/reset")).status_code == 401
    assert (await api.get(f"{ADDRESSES}/{made['id']}")).status_code == 200  # not reset, not faulted


@pytest.mark.anyio
async def test_the_secret_also_works_as_a_bearer_token_but_an_api_token_does_not(api: Api) -> None:
    bearer = {"Authorization": f"Bearer {api.app.admin_secret}"}
    assert (await api.http.get("/_emulator/stats", headers=bearer)).status_code == 200
    token = await api.login()  # a client's token opens the API, not the emulator's controls
    denied = await api.http.get("/_emulator/stats", headers={"Authorization": f"Bearer {token}"})
    assert denied.status_code == 401 and error(denied)["message"] == "Invalid Credential"


def test_each_emulator_makes_its_own_secret_unless_given_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ADMIN_SECRET_ENV, raising=False)
    first, second = create_app().admin_secret, create_app().admin_secret
    assert first != second and len(first) >= 40
    given = "a-secret-from-the-config-file"
    assert create_app(admin_secret=given).admin_secret == given
    monkeypatch.setenv(ADMIN_SECRET_ENV, "a-secret-from-the-environment")
    assert create_app().admin_secret == "a-secret-from-the-environment"
    assert create_app(admin_secret=given).admin_secret == given  # the config wins


@pytest.mark.parametrize("secret", ["", "short", "has a space in it ok", "x" * 513, "café-au-lait-secret"])
def test_an_unusable_admin_secret_is_refused_at_start(secret: str) -> None:
    with pytest.raises(ValueError, match="admin_secret") as info:
        create_app(admin_secret=secret)
    if len(secret) > 5:
        assert secret not in str(info.value)  # a secret, even a bad one, is not echoed


# --------------------------------------------------------------------------- settings rules


@pytest.mark.anyio
@pytest.mark.parametrize(("section", "body", "named"), [
    ("faults", {"latency_ms": 1e300}, "faults.latency_ms must be a number of milliseconds from 0 to 60000, "
                                      "not 1e+300"),
    ("faults", {"latency_ms": 60_001}, "faults.latency_ms"),
    ("faults", {"p503": 1.01}, "faults.p503 must be a probability between 0 and 1, not 1.01"),
    ("faults", {"token_ttl_s": -1}, "faults.token_ttl_s"),
    ("rate-limit", {"window_s": -5}, "rate_limit.window_s must be a number of seconds over 0 and at most "
                                     "86400, not -5"),
    ("rate-limit", {"window_s": 1e9}, "rate_limit.window_s"),
    ("rate-limit", {"limit": -1}, "rate_limit.limit must be a whole number from 1 to 1000000000, not -1"),
    ("rate-limit", {"limit": 2.5}, "rate_limit.limit"),
    ("rate-limit", {"block_at": True}, "rate_limit.block_at"),
    ("rate-limit", {"block_s": 1e9}, "rate_limit.block_s"),
    ("rate-limit", {"enabled": 1}, "rate_limit.enabled must be true or false"),
])
async def test_admin_settings_out_of_range_are_a_400_naming_field_rule_and_value(
        api: Api, section: str, body: dict, named: str) -> None:
    admin = api.app.admin_headers
    before = (await api.http.get(f"/_emulator/{section}", headers=admin)).json()
    # with one good change beside the bad one: nothing may be applied
    good = {"p500": 0.5} if section == "faults" else {"block_at": 9}
    resp = await api.http.put(f"/_emulator/{section}", json={**good, **body}, headers=admin)
    assert resp.status_code == 400 and error(resp)["code"] == "API_I00035"
    assert any(named in d for d in error(resp)["details"]), error(resp)["details"]
    assert (await api.http.get(f"/_emulator/{section}", headers=admin)).json() == before


@pytest.mark.anyio
async def test_every_bad_setting_in_a_change_is_named(api: Api) -> None:
    resp = await api.http.put("/_emulator/rate-limit", json={"window_s": -5, "limit": -1, "limitt": 3},
                              headers=api.app.admin_headers)
    text = " ".join(error(resp)["details"])
    assert "window_s" in text and "rate_limit.limit" in text and "limitt" in text


@pytest.mark.anyio
async def test_a_bad_admin_body_is_a_400_not_a_500(api: Api) -> None:
    admin = api.app.admin_headers
    for body in (b"[" * 5000, b'{"p502": NaN}', b"\xff", b"[1, 2]", b'{"p502": "\\ud800"}'):
        resp = await api.http.put("/_emulator/faults", content=body, headers=admin)
        assert resp.status_code == 400 and error(resp)["code"] == "API_I00035", (body[:20], resp.text)


@pytest.mark.anyio
async def test_whole_numbers_sent_as_floats_are_stored_as_integers(api: Api) -> None:
    resp = await api.http.put("/_emulator/rate-limit", json={"limit": 3.0, "block_at": 4.0},
                              headers=api.app.admin_headers)
    assert resp.status_code == 200 and resp.json()["limit"] == 3 and isinstance(resp.json()["limit"], int)


@pytest.mark.parametrize(("config", "named"), [
    (EmulatorConfig(faults=Faults(latency_ms=1e300)), "faults.latency_ms"),
    (EmulatorConfig(rate_limit=RateLimit(window_s=-5)), "rate_limit.window_s"),
    (EmulatorConfig(rate_limit=RateLimit(limit=-1)), "rate_limit.limit"),
    (EmulatorConfig(token_ttl_s=0), "config.token_ttl_s"),
    (EmulatorConfig(push_s=float("nan")), "config.push_s"),
    (EmulatorConfig(max_body_bytes=0), "config.max_body_bytes"),
    (EmulatorConfig(max_page=10, default_page=200), "default_page must be at most max_page (10)"),
])
def test_a_config_out_of_range_is_refused_at_start(config: EmulatorConfig, named: str) -> None:
    with pytest.raises(ValueError, match=named.replace("(", r"\(").replace(")", r"\)")):
        create_app(config)


def test_a_config_file_out_of_range_is_refused_at_start() -> None:
    with pytest.raises(ValueError) as info:
        create_app(EmulatorConfig.from_mapping({"rate_limit": {"window_s": -5, "limit": -1},
                                                "faults": {"latency_ms": 1e300}}))
    message = str(info.value)  # every bad setting at once, not one per attempt
    assert "rate_limit.window_s" in message and "rate_limit.limit" in message and "faults.latency_ms" in message


# --------------------------------------------------------------------------- state files


@pytest.fixture
def wide_umask() -> Iterator[None]:
    old = os.umask(0o022)  # the usual default: new files world-readable
    yield
    os.umask(old)


@pytest.mark.anyio
async def test_the_state_file_and_its_wal_and_shm_are_private(tmp_path: Path, wide_umask: None) -> None:
    db = tmp_path / "state" / "emulator.db"
    client = Api(create_app(EmulatorConfig(db=str(db))))
    try:
        await client.create_address("psk-holder")
        files = [db, Path(f"{db}-wal"), Path(f"{db}-shm")]
        assert all(f.exists() for f in files)
        assert [mode(f) for f in files] == [0o600] * 3
        assert mode(db.parent) == 0o700  # a folder made for it is the owner's too
    finally:
        await client.aclose()


def test_state_files_left_with_a_wide_mode_are_tightened(tmp_path: Path, wide_umask: None) -> None:
    db = tmp_path / "emulator.db"
    for f in (db, Path(f"{db}-wal")):
        f.touch(mode=0o644)
        f.chmod(0o644)
    create_app(EmulatorConfig(db=str(db)))
    assert mode(db) == 0o600 and mode(Path(f"{db}-wal")) == 0o600 and mode(Path(f"{db}-shm")) == 0o600


# --------------------------------------------------------------------------- names


@pytest.mark.anyio
@pytest.mark.parametrize(("name", "rule"), [("", "empty"), ("   ", "blank"), ("\t \n", "blank")])
async def test_an_empty_or_blank_name_is_a_400_naming_field_and_rule(api: Api, name: str, rule: str) -> None:
    body = {"name": name, "ip_netmask": "192.0.2.1/32"}
    # Address names also follow the PAN-OS name rule (a catalog pattern, which the client
    # checks too): a name it refuses ("", tabs, newlines) is reported against it; spaces
    # pass the pattern, so "   " is caught as blank.
    refused_by_pattern = name == "" or name.strip(" ") != ""
    expected = (f'"name" does not match ^[ a-zA-Z\\d._-]+$ (pattern): {name!r}' if refused_by_pattern
                else f'"name" is not allowed to be blank (white space only): {name!r}')
    # the legacy family names the folder in the query, the unified one in the body
    for path, query, sent in ((ADDRESSES, {"folder": "Shared"}, body),
                              ("/config/objects/v1/addresses", {}, {**body, "folder": "Shared"})):
        created = await api.post(path, params=query, json=sent)
        assert created.status_code == 400 and error(created)["code"] == "API_I00035", created.text
        assert error(created)["details"] == [expected]
    made = await api.create_address("named")
    updated = await api.put(f"{ADDRESSES}/{made['id']}", json=body)
    assert updated.status_code == 400 and '"name"' in error(updated)["details"][0]
    assert (await api.get(f"{ADDRESSES}/{made['id']}")).json()["name"] == "named"
    folder = await api.post("/config/setup/v1/folders", json={"name": name, "parent": "Shared"})
    assert folder.status_code == 400 and rule in error(folder)["details"][0]


# --------------------------------------------------------------------------- a bug leaves a trace


def _broken_list(self: Handlers, call: object) -> None:
    raise ZeroDivisionError("a bug in a handler")


@pytest.mark.anyio
async def test_an_unexpected_error_is_logged_with_the_request_id_it_answered(
        api: Api, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(Handlers, "list", _broken_list)
    with caplog.at_level(logging.ERROR, logger="sasekit.emulator"):
        resp = await api.get(ADDRESSES, params={"folder": "Shared"})
    assert resp.status_code == 500 and error(resp)["code"] == "E000"
    rid = resp.json()["_request_id"]
    [record] = [r for r in caplog.records if r.name == "sasekit.emulator.app"]
    assert record.levelno == logging.ERROR and rid in record.getMessage()
    assert record.exc_info is not None and isinstance(record.exc_info[1], ZeroDivisionError)


def test_under_emulator_serve_the_bug_and_its_request_id_reach_stderr() -> None:
    """``sasekit emulator serve`` with a handler broken on purpose: what an operator sees."""
    port = free_port()
    code = ("import sys; from sasekit.emulator.handlers import Handlers; "
            "Handlers.list = lambda self, call: 1 / 0; "
            "from sasekit.cli import main; main(sys.argv[1:])")
    env = {k: v for k, v in os.environ.items() if not k.startswith("SCM_")}
    env[ADMIN_SECRET_ENV] = "served-emulator-admin-secret"
    proc = subprocess.Popen([sys.executable, "-c", code, "emulator", "serve", "--port", str(port),
                             "--log-level", "critical"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True, env=env, cwd=ROOT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 15
        while True:
            assert proc.poll() is None and time.monotonic() < deadline, "the emulator did not start"
            try:
                httpx.get(f"{url}/oauth2/jwks", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.05)
        with httpx.Client(base_url=url, timeout=10) as client:
            a = DEMO_ACCOUNT
            token = client.post("/oauth2/access_token", auth=(a["client_id"], a["client_secret"]),
                                data={"grant_type": "client_credentials", "scope": f"tsg_id:{a['tsg_id']}"})
            headers = {"Authorization": f"Bearer {token.json()['access_token']}"}
            resp = client.get(ADDRESSES, params={"folder": "Shared"}, headers=headers)
    finally:
        proc.terminate()
        stderr = proc.communicate(timeout=10)[1]
    assert resp.status_code == 500
    rid = resp.json()["_request_id"]
    assert f"request id {rid}" in stderr and "ZeroDivisionError" in stderr and "Traceback" in stderr
