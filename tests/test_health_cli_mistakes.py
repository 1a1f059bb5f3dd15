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
                        "SCM_INCIDENTS_URL": "http://127.0.0.1:9", "SCM_INSIGHTS_URL": "http://127.0.0.1:9",
                        "SCM_PANW_REGION": "americas", "SASEKIT_STATE_DIR": str(tmp_path / "state"),
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


@pytest.mark.parametrize("notify, said", [
    ("webhook=notaurl", "target url must be an http(s) URL"),
    ("slack=${SASEKIT_TEST_UNSET_HOOK}", "refers to ${SASEKIT_TEST_UNSET_HOOK}, which is not set"),
    ("pager=https://example.com/hook", "use slack=URL, webhook=URL or email=ADDRESS"),
])
def test_a_notifier_that_could_never_send_is_refused_at_start(cli, tmp_path, monkeypatch, notify, said):
    monkeypatch.delenv("SASEKIT_TEST_UNSET_HOOK", raising=False)
    db = tmp_path / "health.db"
    r = cli("health", "watch", "--notify", notify, "--count", "1", "--history", str(db))
    assert r.code == 2
    line = one_line(r)
    assert "--notify" in line and said in line
    assert not db.exists()


def test_a_history_in_a_folder_that_does_not_exist_is_refused_not_made(cli, tmp_path):
    r = cli("health", "events", "--no-poll", "--history", str(tmp_path / "typo" / "health.db"))
    assert r.code == 2
    assert "--history" in one_line(r) and "does not exist" in r.err
    assert not (tmp_path / "typo").exists()


def test_probe_run_refuses_a_history_it_cannot_write_before_probing(cli, tmp_path):
    r = cli("probe", "run", "--site", "s1", "--tunnel", "s1-wan1", "--count", "1", "udp:127.0.0.1:9",
            "--history", str(tmp_path / "typo" / "health.db"))
    assert r.code == 2 and "--history" in one_line(r)
    assert "loss" not in r.out                   # nothing was measured, so nothing is lost


def test_a_duration_past_ten_years_is_a_usage_error(cli, tmp_path):
    r = cli("health", "watch", "--interval", "99999999999d", "--count", "2", "--history", str(tmp_path / "h.db"))
    assert r.code == 2 and "at most 3650d" in one_line(r)


def test_watch_with_a_count_whose_every_poll_failed_is_not_a_success(cli, tmp_path):
    # the tenant of the fixture answers nothing (port 9): each poll fails, and so does the run
    r = cli("health", "watch", "--count", "1", "--history", str(tmp_path / "h.db"))
    assert r.code == 3, (r.code, r.out, r.err)      # as `health status` exits: no token
    assert "poll failed" in r.out + r.err and "Traceback" not in r.err


def test_a_history_of_another_tenant_is_refused_before_polling(cli, tmp_path):
    from sasekit.health.history import HealthHistory

    db = tmp_path / "h.db"
    with HealthHistory(db) as history:
        history.put("tenant", "1999999999")          # written by a watcher of another tenant
    r = cli("health", "status", "--history", str(db))
    assert r.code == 1
    line = one_line(r)
    assert "holds tenant 1999999999's health, not tenant 1234567890's" in line and "--history" in line
