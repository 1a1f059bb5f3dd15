"""HTTPS end to end: the emulator served with a certificate, and both of the client's
HTTP paths (httpx for single calls, libcurl for bulk ones) trusting the same CAs —
``SSL_CERT_FILE`` included, as behind a company's TLS-inspecting proxy — and
refusing a server they cannot verify before anything is sent."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from client_fixtures import config, fresh_tokens
from pki import make_pki
from sasekit import Client, errors
from sasekit.cli import cli
from sasekit.emulator import DEMO_ACCOUNT
from sasekit.emulator.serve import ServerThread
from sasekit.settings import Settings
from sasekit.transport import RetryPolicy


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    return make_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture(scope="module")
def srv(pki: tuple[Path, Path, Path]) -> Iterator[ServerThread]:
    _, cert, key = pki
    with ServerThread(config=config(rate_limit={"enabled": False}), tls=(str(cert), str(key))) as s:
        yield s


@pytest.fixture(autouse=True)
def clean(srv: ServerThread, monkeypatch: pytest.MonkeyPatch) -> None:
    srv.app.store.reset()
    fresh_tokens()
    for name in ("SSL_CERT_FILE", "SSL_CERT_DIR", "http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY",
                 "all_proxy", "ALL_PROXY", "SCM_CLIENT_ID", "SCM_CLIENT_SECRET", "SCM_TSG_ID"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")


def client(srv: ServerThread, verify: bool = True) -> Client:
    a = DEMO_ACCOUNT
    settings = Settings(client_id=a["client_id"], client_secret=a["client_secret"], tsg_id=a["tsg_id"],
                        base_url=srv.url, auth_url=srv.url, setup_url=srv.url, verify_tls=verify)
    return Client(settings=settings, rate_limit=0, retry=RetryPolicy(max_retries=0))


ITEMS = [{"folder": "Shared", "name": f"TLS_{i}", "ip_netmask": f"192.0.2.{i}/32"} for i in range(1, 21)]


def test_both_paths_trust_the_ca_named_by_ssl_cert_file(srv: ServerThread, pki: Any,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    assert srv.url.startswith("https://")
    monkeypatch.setenv("SSL_CERT_FILE", str(pki[0]))
    with client(srv) as c:
        made = c.call_many("address", "create", ITEMS, concurrency=4)  # libcurl
        assert [m["name"] for m in made] == [i["name"] for i in ITEMS]
        listed = c.call("address", "list", folder="Shared")  # httpx
    assert sorted(a["name"] for a in listed["data"]) == sorted(i["name"] for i in ITEMS)


def test_an_unverifiable_server_is_refused_before_anything_is_sent(srv: ServerThread) -> None:
    # certifi's CAs do not include the test CA: the token request already fails
    before = srv.app.stats["requests"]
    with client(srv) as c, pytest.raises(errors.AuthError):
        c.call("address", "list", folder="Shared")
    assert srv.app.stats["requests"] == before


def test_the_fan_out_refuses_an_unverifiable_server_as_never_sent(srv: ServerThread, pki: Any,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    # the token comes from a trusted path; the API calls go to the same server, unverified by libcurl
    monkeypatch.setenv("SSL_CERT_FILE", str(pki[0]))
    with client(srv) as c:
        c.tokens.get_sync(c.engine.http)
        monkeypatch.delenv("SSL_CERT_FILE")  # libcurl now verifies against certifi's CAs
        results = c.call_many("address", "create", ITEMS[:3], return_exceptions=True)
    assert all(isinstance(r, errors.TransportError) and r.may_have_reached_server is False for r in results)
    assert all("libcurl error" in str(r) for r in results)
    monkeypatch.setenv("SSL_CERT_FILE", str(pki[0]))
    with client(srv) as c:
        assert c.call("address", "list", folder="Shared")["data"] == []


def test_verification_can_be_turned_off(srv: ServerThread) -> None:
    with client(srv, verify=False) as c:
        made = c.call_many("address", "create", ITEMS[:5])
        assert len(c.call("address", "list", folder="Shared")["data"]) == len(made) == 5


def test_emulator_serve_needs_both_tls_files(pki: Any) -> None:
    r = CliRunner().invoke(cli, ["emulator", "serve", "--tls-cert", str(pki[1])])
    assert r.exit_code == 2 and "--tls-cert and --tls-key go together" in r.output
