"""Mistakes in ``sasekit health`` options, answered in one line naming the option and
the value, before the tenant is called or the history touched."""

from __future__ import annotations

from typing import Any

import pytest

from cli_helpers import cli_runner


@pytest.fixture
def cli(capsys, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    # a tenant nobody answers for: a mistake must be caught before any call is tried
    for name, value in {"SCM_CLIENT_ID": "someone@1234567890.iam.panserviceaccount.com",
                        "SCM_CLIENT_SECRET": "not-a-real-secret-0123456789", "SCM_TSG_ID": "1234567890",
                        "SCM_BASE_URL": "http://127.0.0.1:9", "SCM_AUTH_URL": "http://127.0.0.1:9",
                        "SASEKIT_CONFIG_DIR": str(tmp_path / "config")}.items():
        monkeypatch.setenv(name, value)
    return cli_runner(capsys, monkeypatch)


def one_line(r: Any) -> str:
    assert "Traceback" not in r.err, r.err
    lines = [line for line in r.err.strip().splitlines() if not line.startswith(("Usage:", "Try "))]
    assert len(lines) == 1, r.err
    return lines[0]


@pytest.mark.parametrize("args, option, value", [
    (("watch", "--interval", "0", "--count", "1"), "--interval", "'0'"),
    (("watch", "--interval", "0s", "--count", "1"), "--interval", "'0s'"),
    (("serve", "--interval", "0"), "--interval", "'0'"),
    (("status", "--retention", "0"), "--retention", "'0'"),
    (("status", "--retention", "-3d"), "--retention", "'-3d'"),
    (("events", "--since", "0s"), "--since", "'0s'"),
    (("watch", "--events", "-1", "--count", "1"), "--events", "-1"),
])
def test_a_duration_or_count_that_cannot_be_is_a_usage_error(cli, tmp_path, args, option, value):
    db = tmp_path / "health.db"
    r = cli("health", *args, "--history", str(db))
    assert r.code == 2
    line = one_line(r)
    assert option in line and value in line
    assert not db.exists()                        # nothing polled, nothing written


def test_a_bad_smtp_port_names_the_variable(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("SASEKIT_SMTP_PORT", "abc")
    db = tmp_path / "health.db"
    r = cli("health", "watch", "--notify", "email=noc@example.com", "--count", "1", "--history", str(db))
    assert r.code == 2
    assert "SASEKIT_SMTP_PORT='abc' is not a port" in one_line(r)


def test_a_history_that_is_not_a_database_is_named(cli, tmp_path):
    other = tmp_path / "tunnels.yaml"
    other.write_text("sites: []\n")
    r = cli("health", "events", "--no-poll", "--history", str(other))
    assert r.code != 0
    assert "tunnels.yaml: not a SQLite database" in r.err and "Traceback" not in r.err
    assert other.read_text() == "sites: []\n"
