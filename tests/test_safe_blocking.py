"""Blocking workflows never block what must not be blocked, and fail early and loudly.

The built-in templates run through the runner (and the CLI) against a served emulator
with the feeds a SOC really gets: public indicators mixed with the company's own
addresses, loopback, a "block everything" network and lines that are no IOC at all.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from client_fixtures import fresh_tokens, served, sync_client
from sasekit.emulator import DEMO_ACCOUNT
from sasekit.workflows.history import History
from sasekit.workflows.protect import Protection
from sasekit.workflows.runner import Runner

TEMPLATES = Path(__file__).resolve().parents[1] / "src" / "sasekit" / "workflows" / "templates"

FEED = """\
203.0.113.5
C2 beacon at hxxp://203.0.113[.]77/gate
10.0.0.5
192.168.1.1
127.0.0.1
fd00::1
0.0.0.0/0
198.51.100.9
not-an-ip
hello world
"""


@pytest.fixture(autouse=True)
def _fresh_tokens() -> None:
    fresh_tokens()


@pytest.fixture(scope="module")
def srv() -> Any:
    with served(rate_limit={"enabled": False}) as s:
        yield s


@pytest.fixture
def tenant(srv: Any) -> Any:
    srv.app.store.reset()
    return srv


def addresses(client: Any) -> dict[str, str]:
    return {a["name"]: a["ip_netmask"] for a in client.paginate("address", "list", folder="Shared")}


def run(client: Any, tmp_path: Path, template: str, inputs: dict[str, Any]) -> Any:
    history = History(tmp_path / "runs.db")
    try:
        return Runner(client, history, base_dir=TEMPLATES, sleep=lambda s: None).run(TEMPLATES / template, inputs)
    finally:
        history.close()


def test_a_mixed_feed_blocks_only_what_may_be_blocked(tenant, tmp_path):
    with sync_client(tenant) as client:
        result = run(client, tmp_path, "ioc-blocking.yaml", {
            "iocs": FEED, "protected": ["198.51.100.0/24"], "allow_protected": ["192.168.1.1"]})
        blocked = addresses(client)
    assert result.status == "succeeded", result.error
    # public addresses are blocked, and the one protected address explicitly allowed (the
    # URL's host is a URL indicator, which this template does not turn into an address)
    assert blocked == {"IOC_203_0_113_5": "203.0.113.5/32", "IOC_192_168_1_1": "192.168.1.1/32"}
    refused = {r["value"]: r["reason"] for r in result.summary()["refused_iocs"]}
    assert refused == {
        "10.0.0.5": "private (RFC 1918)",
        "127.0.0.1": "loopback",
        "fd00::1": "unique local (IPv6 ULA)",
        "0.0.0.0/0": "every IPv4 address",
        "198.51.100.9": "on the protected list (protected: 198.51.100.0/24)",
    }
    parsed = result.steps["parse"]["output"]
    # the override is recorded (the parse step's output is in the run history)
    assert parsed["allowed_protected"] == [{"value": "192.168.1.1", "kind": "ipv4", "reason": "private (RFC 1918)"}]
    # lines that are no IOC are listed with their line numbers, never turned into objects
    assert result.summary()["not_parsed"] == [{"step": "parse", "line": 9, "text": "not-an-ip"},
                                              {"step": "parse", "line": 10, "text": "hello world"}]


def test_the_profile_protected_list_applies_too(tenant, tmp_path, monkeypatch):
    monkeypatch.setenv("SASEKIT_PROTECTED", "203.0.113.0/25, corp.example.com")
    with sync_client(tenant) as client:
        result = run(client, tmp_path, "ioc-blocking.yaml", {"iocs": "203.0.113.5\n203.0.113.200\n"})
        blocked = addresses(client)
    assert result.status == "succeeded", result.error
    assert blocked == {"IOC_203_0_113_200": "203.0.113.200/32"}
    assert result.summary()["refused_iocs"][0]["reason"] == (
        "on the protected list (profile setting protected: 203.0.113.0/25)")


def test_protected_domains_are_not_put_in_a_phishing_category(tenant, tmp_path):
    text = "Reset at hxxps://login.corp.example[.]com/reset and evil-login[.]example.net\n"
    with sync_client(tenant) as client:
        result = run(client, tmp_path, "phishing-response.yaml", {"email_text": text,
                                                                   "protected": ["corp.example.com"]})
        (category,) = client.call("urlCategory", "list", folder="Shared")["data"]
    assert result.status == "succeeded", result.error
    assert category["list"] == ["evil-login.example.net"]
    assert [r["value"] for r in result.summary()["refused_iocs"]] == ["https://login.corp.example.com/reset"]


def test_a_csv_with_garbage_and_private_rows_imports_only_the_public_ones(tenant, tmp_path):
    csv = tmp_path / "feed.csv"
    csv.write_text("ioc,source\n203.0.113.10,a\nnot-an-ip,b\n10.1.2.3,c\n198.51.100.0/24,d\n", encoding="utf-8")
    with sync_client(tenant) as client:
        result = run(client, tmp_path, "bulk-ioc-import.yaml", {"csv": str(csv), "concurrency": 2})
        blocked = addresses(client)
    assert result.status == "succeeded", result.error
    assert blocked == {"IOC_203_0_113_10": "203.0.113.10/32", "IOC_198_51_100_0-24": "198.51.100.0/24"}
    assert result.summary()["not_parsed"] == [{"step": "parse", "line": 3, "text": "not-an-ip"}]
    assert [r["value"] for r in result.summary()["refused_iocs"]] == ["10.1.2.3"]


def test_nothing_to_block_pushes_nothing(tenant, tmp_path):
    with sync_client(tenant) as client:
        result = run(client, tmp_path, "ioc-blocking.yaml", {"iocs": "10.0.0.5\nnot-an-ip\n"})
        rules = client.call("securityRule", "list", folder="Shared", position="pre")["data"]
    assert result.status == "succeeded"
    assert rules == [] and result.jobs == []
    assert [result.steps[s]["status"] for s in ("group", "rule", "rule_out", "push")] == ["skipped"] * 4


def test_a_missing_csv_fails_before_anything_is_sent(tenant, tmp_path, run_sasekit):
    before = tenant.app.stats["requests"]
    env = {"SCM_CLIENT_ID": DEMO_ACCOUNT["client_id"], "SCM_CLIENT_SECRET": DEMO_ACCOUNT["client_secret"],
           "SCM_TSG_ID": DEMO_ACCOUNT["tsg_id"], "SCM_BASE_URL": tenant.url, "SCM_AUTH_URL": tenant.url,
           "SCM_SETUP_URL": tenant.url, "SASEKIT_CONFIG_DIR": str(tmp_path / "config")}
    r = run_sasekit("run", str(TEMPLATES / "bulk-ioc-import.yaml"), "-i", f"csv={tmp_path / 'missing.csv'}",
                    env=env, cwd=tmp_path)
    assert r.returncode == 2, r.stderr
    assert "cannot read" in r.stderr and "missing.csv" in r.stderr and "nothing was changed" in r.stderr
    assert "Traceback" not in r.stderr
    assert tenant.app.stats["requests"] == before  # not even a token request reached the API
    assert tenant.app.store.count() == 0


@pytest.mark.parametrize("value, why", [
    ("10.255.0.1", "private (RFC 1918)"), ("172.31.9.9", "private (RFC 1918)"),
    ("100.64.0.1", "shared CGNAT space (RFC 6598)"), ("169.254.1.1", "link-local"),
    ("224.0.0.251", "multicast"), ("0.0.0.0", "unspecified"), ("255.255.255.255", "broadcast"),
    ("::", "unspecified (IPv6)"), ("::1", "loopback (IPv6)"), ("fe80::1", "link-local (IPv6)"),
    ("ff02::1", "multicast (IPv6)"), ("::/0", "every IPv6 address"),
    ("10.0.0.0/7", "covers 10.0.0.0/8: private (RFC 1918)"),
    ("::ffff:10.0.0.1", "private (RFC 1918)"),
])
def test_the_always_protected_ranges(value, why):
    kind = "cidr" if "/" in value else "ipv6" if ":" in value else "ipv4"
    assert Protection.build().reason(kind, value) == why


@pytest.mark.parametrize("value", ["192.0.2.1", "198.51.100.1", "203.0.113.1", "8.8.8.8", "2001:db8::1"])
def test_documentation_and_public_addresses_stay_blockable(value):
    assert Protection.build().reason("ipv6" if ":" in value else "ipv4", value) is None
