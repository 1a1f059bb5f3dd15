"""The emulator end to end: what a user of ``sasekit emulator`` relies on.

Tokens (three paths, two ways to send credentials, scope, lifetime, expiry, JWKS), the
default account, the per-IP rate limit, injected faults (through the admin endpoint and
through the config, including dropped connections on a real socket), the served command
as a subprocess, state kept in a file across restarts, and the admin counters.
Time-based tests use sub-second or one-second settings so the file stays fast.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import jwt
import pytest

from emulator_helpers import BASE, Api, make_app
from fakes import FakeClock
from sasekit.emulator import DEMO_ACCOUNT, EmulatorConfig, create_app
from sasekit.emulator import app as app_module
from sasekit.emulator.auth import AUDIENCE, TokenAuthority
from sasekit.emulator.config import ADMIN_SECRET_ENV
from sasekit.emulator.limits import RateLimiter
from sasekit.emulator.serve import ServerThread, free_port

ROOT = Path(__file__).resolve().parents[1]
TOKEN_FORM = {"grant_type": "client_credentials", "scope": f"tsg_id:{DEMO_ACCOUNT['tsg_id']}"}
DEMO_AUTH = (DEMO_ACCOUNT["client_id"], DEMO_ACCOUNT["client_secret"])
ADDRESSES = f"{BASE}/addresses"


def http(app) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://emu")


def on_fake_clock(app):
    """The app's identity provider on a fake clock: token lifetimes pass when the test says."""
    clock = FakeClock(1_000_000.0)
    app.auth = TokenAuthority(app.config, clock=clock)
    return app, clock


def error_code(resp: httpx.Response) -> str:
    body = resp.json()
    assert isinstance(body["_errors"], list) and body["_errors"], body
    assert "_request_id" in body
    return body["_errors"][0]["code"]


async def token_for(client: httpx.AsyncClient, path: str = "/oauth2/access_token") -> str:
    resp = await client.post(path, auth=DEMO_AUTH, data=TOKEN_FORM)
    assert resp.status_code == 200, resp.text
    return resp.json()["access_token"]


async def list_addresses(client: httpx.AsyncClient, token: str) -> httpx.Response:
    return await client.get(ADDRESSES, params={"folder": "Shared"},
                            headers={"Authorization": f"Bearer {token}"})


@pytest.fixture
async def api():
    client = Api(make_app(push_s=0.2))
    yield client
    await client.aclose()


# ------------------------------------------------------------------ authentication


@pytest.mark.anyio
@pytest.mark.parametrize("path", ["/oauth2/access_token", "/auth/v1/oauth2/access_token",
                                  "/am/oauth2/access_token"])
async def test_every_token_path_issues_a_working_token(path: str) -> None:
    async with http(make_app()) as client:
        resp = await client.post(path, auth=DEMO_AUTH, data=TOKEN_FORM)
        assert resp.status_code == 200, resp.text
        body = resp.json()
        assert body["token_type"] == "Bearer" and body["expires_in"] == 899
        assert body["scope"] == TOKEN_FORM["scope"]
        assert (await list_addresses(client, body["access_token"])).status_code == 200


@pytest.mark.anyio
async def test_credentials_in_the_form_body_work() -> None:
    async with http(make_app()) as client:
        form = {**TOKEN_FORM, "client_id": DEMO_AUTH[0], "client_secret": DEMO_AUTH[1]}
        resp = await client.post("/oauth2/access_token", data=form)
        assert resp.status_code == 200, resp.text
        assert (await list_addresses(client, resp.json()["access_token"])).status_code == 200
        wrong = await client.post("/oauth2/access_token", data={**form, "client_secret": "nope"})
        assert wrong.status_code == 401 and wrong.json()["error"] == "invalid_client"


@pytest.mark.anyio
async def test_the_tsg_scope_is_checked() -> None:
    async with http(make_app()) as client:
        other = await client.post("/oauth2/access_token", auth=DEMO_AUTH,
                                  data={**TOKEN_FORM, "scope": "tsg_id:9999999999"})
        assert other.status_code == 403 and other.json()["error"] == "access_denied"
        for scope in (None, "tsg:1234567890", "profile"):
            form = {"grant_type": "client_credentials"} | ({"scope": scope} if scope else {})
            bad = await client.post("/oauth2/access_token", auth=DEMO_AUTH, data=form)
            assert bad.status_code == 400 and bad.json()["error"] == "invalid_scope", scope


@pytest.mark.anyio
async def test_a_one_second_token_expires_and_a_new_one_works() -> None:
    app, clock = on_fake_clock(make_app(token_ttl_s=1.0))
    async with http(app) as client:
        resp = await client.post("/oauth2/access_token", auth=DEMO_AUTH, data=TOKEN_FORM)
        assert resp.json()["expires_in"] == 1
        token = resp.json()["access_token"]
        clock.now += 0.99
        assert (await list_addresses(client, token)).status_code == 200
        clock.now += 0.02
        expired = await list_addresses(client, token)
        assert expired.status_code == 401 and error_code(expired) == "E016"
        assert (await list_addresses(client, await token_for(client))).status_code == 200


@pytest.mark.anyio
async def test_admin_expire_all_kills_the_current_token_only() -> None:
    app = make_app()
    async with http(app) as client:
        token = await token_for(client)
        assert (await list_addresses(client, token)).status_code == 200
        assert (await client.post("/_emulator/tokens:expire", headers=app.admin_headers)).status_code == 200
        dead = await list_addresses(client, token)
        assert dead.status_code == 401 and error_code(dead) == "E016"
        assert (await list_addresses(client, await token_for(client))).status_code == 200


@pytest.mark.anyio
@pytest.mark.parametrize("path", ["/oauth2/jwks", "/auth/v1/oauth2/jwks", "/.well-known/jwks.json"])
async def test_the_jwks_key_verifies_an_issued_token(path: str) -> None:
    async with http(make_app()) as client:
        token = await token_for(client)
        keys = (await client.get(path)).json()["keys"]
        header = jwt.get_unverified_header(token)
        jwk = next(k for k in keys if k["kid"] == header["kid"])
        claims = jwt.decode(token, jwt.PyJWK(jwk).key, algorithms=["RS256"], audience=AUDIENCE)
        assert claims["sub"] == DEMO_ACCOUNT["client_id"]
        assert claims["tsg_id"] == DEMO_ACCOUNT["tsg_id"]
        assert claims["exp"] > time.time()


# ------------------------------------------------------------------ default account


def test_scm_variables_make_the_default_admin_account() -> None:
    env = {"SCM_CLIENT_ID": "me@42.iam.panserviceaccount.com", "SCM_CLIENT_SECRET": "s3cret",
           "SCM_TSG_ID": "42"}
    config = EmulatorConfig().with_default_account(env)
    assert [(a.client_id, a.client_secret, a.tsg_id, a.role) for a in config.accounts] == [
        ("me@42.iam.panserviceaccount.com", "s3cret", "42", "admin")]
    assert config.demo is False


@pytest.mark.parametrize("env", [{}, {"SCM_CLIENT_ID": "x", "SCM_TSG_ID": "42"}])
def test_without_scm_variables_the_demo_account_is_made(env: dict[str, str]) -> None:
    config = EmulatorConfig().with_default_account(env)
    assert [a.__dict__ for a in config.accounts] == [DEMO_ACCOUNT]
    assert config.demo is True


def test_configured_accounts_are_kept() -> None:
    config = EmulatorConfig.from_mapping({"accounts": [{"client_id": "a", "client_secret": "b",
                                                        "tsg_id": "7", "role": "read-only"}]})
    config.with_default_account({"SCM_CLIENT_ID": "x", "SCM_CLIENT_SECRET": "y", "SCM_TSG_ID": "1"})
    assert [a.client_id for a in config.accounts] == ["a"] and config.demo is False


# ------------------------------------------------------------------ rate limit


@pytest.mark.anyio
async def test_rate_limit_429_then_403_block_then_served_again() -> None:
    app = make_app(rate_limit={"limit": 20, "block_at": 25, "window_s": 60, "block_s": 1.0})
    clock = FakeClock(0.0)  # the block ends when the test says, not after a real second
    app.limiter = RateLimiter(app.config.rate_limit, clock=clock)
    async with http(app) as client:
        token = await token_for(client)  # token requests are not counted
        statuses = [(await list_addresses(client, token)).status_code for _ in range(20)]
        assert statuses == [200] * 20
        r21 = await list_addresses(client, token)
        assert r21.status_code == 429 and error_code(r21) == "E429"
        assert int(r21.headers["Retry-After"]) >= 1
        for _ in range(22, 26):
            assert (await list_addresses(client, token)).status_code == 429
        r26 = await list_addresses(client, token)
        assert r26.status_code == 403 and error_code(r26) == "E007"
        assert int(r26.headers["Retry-After"]) >= 1
        for _ in range(3):
            assert (await list_addresses(client, token)).status_code == 403
        # the admin endpoint is never limited
        assert (await client.get("/_emulator/stats", headers=app.admin_headers)).status_code == 200
        clock.now += 0.99
        assert (await list_addresses(client, token)).status_code == 403
        clock.now += 0.02
        assert (await list_addresses(client, token)).status_code == 200


@pytest.mark.anyio
async def test_rate_limit_thresholds_change_at_run_time() -> None:
    app = make_app()
    admin = app.admin_headers
    async with http(app) as client:
        token = await token_for(client)
        for _ in range(5):
            assert (await list_addresses(client, token)).status_code == 200
        put = await client.put("/_emulator/rate-limit", json={"limit": 3, "block_at": 4}, headers=admin)
        assert put.status_code == 200 and put.json()["limit"] == 3 and put.json()["block_at"] == 4
        assert (await client.get("/_emulator/rate-limit", headers=admin)).json()["limit"] == 3
        got = [(await list_addresses(client, token)).status_code for _ in range(5)]
        assert got == [200, 200, 200, 429, 403]
        off = await client.put("/_emulator/rate-limit", json={"enabled": False}, headers=admin)
        assert off.status_code == 200 and off.json()["enabled"] is False
        assert (await list_addresses(client, token)).status_code == 200
        bad = await client.put("/_emulator/rate-limit", json={"limitt": 3}, headers=admin)
        assert bad.status_code == 400 and "limitt" in bad.text


# ------------------------------------------------------------------ faults


async def set_faults(client: httpx.AsyncClient, app, **faults) -> None:
    resp = await client.put("/_emulator/faults", json=faults, headers=app.admin_headers)
    assert resp.status_code == 200, resp.text


@pytest.mark.anyio
async def test_injected_500_502_503_have_the_right_bodies() -> None:
    app = make_app()
    async with http(app) as client:
        token = await token_for(client)
        await set_faults(client, app, p500=1.0)
        r500 = await list_addresses(client, token)
        assert r500.status_code == 500 and r500.headers["content-type"].startswith("application/json")
        assert error_code(r500)
        await set_faults(client, app, p500=0.0, p502=1.0)
        r502 = await list_addresses(client, token)
        assert r502.status_code == 502 and r502.headers["content-type"].startswith("text/html")
        assert "<html>" in r502.text
        await set_faults(client, app, p502=0.0, p503=1.0)
        r503 = await list_addresses(client, token)
        assert r503.status_code == 503
        await set_faults(client, app, p503=0.0)
        assert (await list_addresses(client, token)).status_code == 200


@pytest.mark.anyio
@pytest.mark.parametrize(("faults", "status"), [({"p500": 1.0}, 500), ({"p502": 1.0}, 502),
                                                ({"p503": 1.0}, 503)])
async def test_faults_from_the_config(faults: dict, status: int) -> None:
    async with http(make_app(faults=faults)) as client:
        token = await token_for(client)  # the token endpoint is never faulted
        assert (await list_addresses(client, token)).status_code == status


@pytest.mark.anyio
async def test_token_jwks_and_admin_endpoints_are_never_faulted() -> None:
    app = make_app(faults={"p500": 0.5, "p502": 0.5})
    async with http(app) as client:
        for _ in range(5):
            assert (await client.post("/oauth2/access_token", auth=DEMO_AUTH, data=TOKEN_FORM)).status_code == 200
            assert (await client.get("/oauth2/jwks")).status_code == 200
            assert (await client.get("/_emulator/faults", headers=app.admin_headers)).status_code == 200
            assert (await client.get("/_emulator/stats", headers=app.admin_headers)).status_code == 200


@pytest.mark.anyio
async def test_latency_is_added(monkeypatch) -> None:
    waits: list[float] = []

    async def sleep(seconds: float) -> None:  # the waits the emulator asks for, without waiting
        waits.append(seconds)

    monkeypatch.setattr(app_module.asyncio, "sleep", sleep)
    app = make_app()
    async with http(app) as client:
        token = await token_for(client)
        await set_faults(client, app, latency_ms=150)
        assert (await list_addresses(client, token)).status_code == 200
        assert waits == [0.15]
        await token_for(client)  # the token endpoint does not wait
        assert waits == [0.15]


@pytest.mark.anyio
async def test_early_token_expiry_fault() -> None:
    app, clock = on_fake_clock(make_app())
    async with http(app) as client:
        token = await token_for(client)
        await set_faults(client, app, token_ttl_s=0.3)
        clock.now += 0.29
        assert (await list_addresses(client, token)).status_code == 200
        clock.now += 0.02
        dead = await list_addresses(client, token)
        assert dead.status_code == 401 and error_code(dead) == "E016"
        fresh = await token_for(client)
        assert (await list_addresses(client, fresh)).status_code == 200


@pytest.mark.anyio
async def test_early_token_expiry_from_the_config() -> None:
    app, clock = on_fake_clock(make_app(faults={"token_ttl_s": 0.2}))
    async with http(app) as client:
        token = await token_for(client)
        clock.now += 0.19
        assert (await list_addresses(client, token)).status_code == 200
        clock.now += 0.02
        assert (await list_addresses(client, token)).status_code == 401


@pytest.mark.anyio
@pytest.mark.parametrize(("body", "named"), [({"p502": 2}, "p502"), ({"p502": -0.1}, "p502"),
                                             ({"latency_ms": "slow"}, "latency_ms"),
                                             ({"p500": 0.7, "p503": 0.7}, "p500"),
                                             ({"p_explode": 0.5}, "p_explode")])
async def test_invalid_fault_settings_are_400_naming_the_field(body: dict, named: str) -> None:
    app = make_app()
    async with http(app) as client:
        resp = await client.put("/_emulator/faults", json=body, headers=app.admin_headers)
        assert resp.status_code == 400 and named in resp.text
        assert error_code(resp) == "API_I00035"
        assert (await client.get("/_emulator/faults", headers=app.admin_headers)).json()["p502"] == 0.0


def test_invalid_faults_in_the_config_are_refused() -> None:
    with pytest.raises(ValueError, match="p502"):
        create_app(EmulatorConfig.from_mapping({"faults": {"p502": 2}}))


def _sync_token(client: httpx.Client) -> dict[str, str]:
    resp = client.post("/oauth2/access_token", auth=DEMO_AUTH, data=TOKEN_FORM)
    assert resp.status_code == 200, resp.text
    return {"Authorization": f"Bearer {resp.json()['access_token']}"}


def _named(client: httpx.Client, headers: dict[str, str], name: str) -> list[dict]:
    resp = client.get(ADDRESSES, params={"folder": "Shared", "name": name}, headers=headers)
    assert resp.status_code in (200, 404), resp.text
    return resp.json().get("data", []) if resp.status_code == 200 else []


@pytest.mark.parametrize(("fault", "created"), [("p_drop_after", True), ("p_drop_before", False)])
def test_dropped_connections_on_a_real_socket(fault: str, created: bool) -> None:
    logged: list[logging.LogRecord] = []
    handler = logging.Handler(logging.ERROR)
    handler.emit = logged.append  # type: ignore[method-assign]
    uvicorn_log = logging.getLogger("uvicorn.error")
    with ServerThread(config=EmulatorConfig()) as srv, httpx.Client(base_url=srv.url, timeout=10) as client:
        uvicorn_log.addHandler(handler)
        headers = _sync_token(client)
        admin = srv.admin_headers
        assert client.put("/_emulator/faults", json={fault: 1.0}, headers=admin).status_code == 200
        name = f"dropped-{fault}"
        with pytest.raises(httpx.TransportError):
            client.post(ADDRESSES, params={"folder": "Shared"}, headers=headers,
                        json={"name": name, "ip_netmask": "192.0.2.9/32"})
        assert client.put("/_emulator/faults", json={fault: 0.0}, headers=admin).status_code == 200
        found = _named(client, headers, name)
        assert bool(found) is created, found
        stats = client.get("/_emulator/stats", headers=admin).json()
        assert stats["objects"] == (1 if created else 0)
    uvicorn_log.removeHandler(handler)
    # an injected drop is not an emulator bug: no "Exception in ASGI application" traceback
    assert [rec.getMessage() for rec in logged] == []


# ------------------------------------------------------------------ served


SERVED_ADMIN = {"X-Emulator-Admin": "served-emulator-admin-secret"}


def _serve(*args: str, env: dict[str, str] | None = None) -> tuple[subprocess.Popen, str]:
    """``sasekit emulator serve`` on a free port, with no SCM_* account and, unless ``env``
    says otherwise, the admin secret of :data:`SERVED_ADMIN`."""
    port = free_port()
    base_env = {k: v for k, v in os.environ.items() if not k.startswith("SCM_")}
    base_env[ADMIN_SECRET_ENV] = SERVED_ADMIN["X-Emulator-Admin"]
    proc = subprocess.Popen([sys.executable, "-m", "sasekit", "emulator", "serve", "--port", str(port), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**base_env, **(env or {})}, cwd=ROOT)
    return proc, f"http://127.0.0.1:{port}"


def _wait_until_up(proc: subprocess.Popen, url: str) -> None:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"emulator exited {proc.returncode}: {proc.stderr.read()}")
        try:
            httpx.get(f"{url}/oauth2/jwks", timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.05)
    raise AssertionError(f"emulator did not answer on {url}")


def _stop(proc: subprocess.Popen) -> str:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
    return proc.stderr.read() if proc.stderr else ""


def _banner(proc: subprocess.Popen) -> list[str]:
    """The lines the command prints before it serves, up to its admin-secret line."""
    lines: list[str] = []
    while not lines or "X-Emulator-Admin" not in lines[-1]:
        line = proc.stderr.readline()
        if not line:
            raise AssertionError(f"emulator exited {proc.wait(timeout=10)}: {''.join(lines)}")
        lines.append(line)
    return lines


def test_served_emulator_with_the_demo_account() -> None:
    proc, url = _serve(env={ADMIN_SECRET_ENV: ""})  # no secret given: one is made and printed
    try:
        banner = _banner(proc)
        secret = banner[-1].rsplit(": ", 1)[1].strip()
        _wait_until_up(proc, url)
        with httpx.Client(base_url=url, timeout=10) as client:
            headers = _sync_token(client)
            resp = client.get(ADDRESSES, params={"folder": "Shared"}, headers=headers)
            assert resp.status_code == 200 and resp.json()["total"] == 0
            assert client.get("/_emulator/stats").status_code == 401
            assert client.get("/_emulator/stats", headers={"X-Emulator-Admin": secret}).status_code == 200
    finally:
        stderr = "".join(banner) + _stop(proc)
    assert len(secret) >= 32
    assert url in stderr
    assert f"SCM_CLIENT_ID={DEMO_ACCOUNT['client_id']}" in stderr
    assert f"SCM_CLIENT_SECRET={DEMO_ACCOUNT['client_secret']}" in stderr
    assert f"SCM_TSG_ID={DEMO_ACCOUNT['tsg_id']}" in stderr


def test_served_emulator_honours_a_config_file_and_keeps_state_in_a_db(tmp_path: Path) -> None:
    account = {"client_id": "ci@77.iam.panserviceaccount.com", "client_secret": "ci-secret", "tsg_id": "77"}
    cfg = tmp_path / "emulator.json"
    cfg.write_text(json.dumps({"accounts": [account], "push_s": 0.1}))
    db = tmp_path / "state.db"
    auth = (account["client_id"], account["client_secret"])
    form = {"grant_type": "client_credentials", "scope": "tsg_id:77"}
    proc, url = _serve("--config", str(cfg), "--db", str(db))
    try:
        _wait_until_up(proc, url)
        with httpx.Client(base_url=url, timeout=10) as client:
            assert client.post("/oauth2/access_token", auth=DEMO_AUTH, data=TOKEN_FORM).status_code == 401
            token = client.post("/oauth2/access_token", auth=auth, data=form).json()["access_token"]
            headers = {"Authorization": f"Bearer {token}"}
            made = client.post(ADDRESSES, params={"folder": "Shared"}, headers=headers,
                               json={"name": "kept", "ip_netmask": "192.0.2.10/32"})
            assert made.status_code == 201, made.text
            # The state (and SQLite's write-ahead log beside it) holds what clients sent.
            for path in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
                assert path.stat().st_mode & 0o777 == 0o600, path
            assert client.get("/_emulator/stats", headers=SERVED_ADMIN).json()["objects"] == 1
            push = client.post(f"{BASE}/config-versions/candidate:push", headers=headers,
                               json={"folders": ["Mobile Users"]})
            assert push.status_code in (200, 201), push.text
            job_id = push.json()["job_id"]
            deadline = time.monotonic() + 5
            while True:  # push_s=0.1 from the file, not the 2 s default
                job = client.get(f"{BASE}/jobs/{job_id}", headers=headers).json()["data"][0]
                if job["status_str"] == "FIN" or time.monotonic() > deadline:
                    break
                time.sleep(0.05)
            assert job["status_str"] == "FIN" and job["result_str"] == "OK", job
    finally:
        stderr = _stop(proc)
    assert account["client_id"] in stderr and "demo account" not in stderr
    assert f"the secret from {ADMIN_SECRET_ENV}" in stderr
    assert SERVED_ADMIN["X-Emulator-Admin"] not in stderr  # a secret given is not echoed

    proc, url = _serve("--config", str(cfg), "--db", str(db))
    try:
        _wait_until_up(proc, url)
        with httpx.Client(base_url=url, timeout=10) as client:
            token = client.post("/oauth2/access_token", auth=auth, data=form).json()["access_token"]
            names = [a["name"] for a in client.get(ADDRESSES, params={"folder": "Shared"},
                                                   headers={"Authorization": f"Bearer {token}"}).json()["data"]]
            assert names == ["kept"]
    finally:
        _stop(proc)


BAD_CONFIGS = [
    (".json", "{not json"), (".json", '{"acounts": []}'), (".json", '{"faults": {"p502": 2}}'),
    (".json", '{"accounts": [{"client_id": "a"}]}'), (".json", "[1, 2]"),
    (".yaml", "accounts: [unclosed\n  - x: :"), (".yaml", "rate_limit:\n  limmit: 3\n"),
    (".json", '{"faults": {"latency_ms": 1e300}}'), (".yaml", "rate_limit:\n  window_s: -5\n"),
    (".yaml", "rate_limit:\n  limit: -1\n"), (".json", '{"admin_secret": "short"}'),
    (".yaml", "accounts:\n  - {client_id: a, client_secret: b, tsg_id: 77}\n"),
    (".json", '{"push_s": "soon"}'), (".json", '{"max_page": 10, "default_page": 200}'),
]


@pytest.mark.parametrize(("suffix", "content"), BAD_CONFIGS)
def test_a_bad_config_file_is_a_one_line_error(tmp_path: Path, suffix: str, content: str) -> None:
    from click.testing import CliRunner

    from sasekit.cli import cli

    cfg = tmp_path / f"bad{suffix}"
    cfg.write_text(content)
    result = CliRunner().invoke(cli, ["emulator", "serve", "--port", "1", "--config", str(cfg)])
    assert result.exit_code == 2, (result.exit_code, result.output, result.exception)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: --config") and str(cfg) in lines[0], lines
    assert isinstance(result.exception, SystemExit)  # a clean exit, no exception escaped


def test_a_bad_config_file_through_the_real_entry_point(tmp_path: Path, run_sasekit) -> None:
    cfg = tmp_path / "bad.json"
    cfg.write_text('{"faults": {"p502": 2}}')
    env = {k: "" for k in os.environ if k.startswith("SCM_")}
    result = run_sasekit("emulator", "serve", "--port", str(free_port()), "--config", str(cfg), env=env)
    assert result.returncode == 2, (result.returncode, result.stderr)
    assert result.stderr.strip().splitlines() == [
        f"error: --config {cfg}: faults.p502 must be a probability between 0 and 1, not 2"]


# ------------------------------------------------------------------ state and stats


@pytest.mark.anyio
async def test_a_db_file_keeps_objects_across_an_app_restart(tmp_path: Path) -> None:
    db = str(tmp_path / "emulator.db")
    first = Api(create_app(EmulatorConfig(db=db)))
    try:
        made = await first.create_address("survivor", ip_netmask="198.51.100.1/32")
    finally:
        await first.aclose()
    second = Api(create_app(EmulatorConfig(db=db)))
    try:
        got = await second.get(f"{ADDRESSES}/{made['id']}")
        assert got.status_code == 200 and got.json() == made
    finally:
        await second.aclose()


@pytest.mark.anyio
async def test_stats_count_requests_tokens_and_objects(api) -> None:
    admin = api.app.admin_headers
    before = (await api.http.get("/_emulator/stats", headers=admin)).json()
    assert before["tokens_issued"] == 0 and before["objects"] == 0
    await api.login()
    await api.create_address("a1")
    await api.create_address("a2", ip_netmask="192.0.2.2/32")
    await api.get(ADDRESSES, params={"folder": "Shared"})
    await api.login()
    stats = (await api.http.get("/_emulator/stats", headers=admin)).json()
    assert stats["tokens_issued"] == 2
    assert stats["objects"] == 2
    assert stats["requests"] - before["requests"] == 1 + 5  # the first stats call, then five
    assert stats["status"]["201"] == 2 and stats["status"]["200"] >= 3
