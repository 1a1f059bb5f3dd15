"""``sasekit catalog build|lint|stats`` as a user runs them."""

from __future__ import annotations

import json


def test_stats_prints_counts_per_kind(run_sasekit):
    out = run_sasekit("catalog", "stats")
    assert out.returncode == 0, out.stderr
    assert "legacy family (/sse/config/v1): 77 resources, 344 operations" in out.stdout
    assert "unified family (/config/<group>/v1): 153 resources, 697 operations" in out.stdout
    for kind in ("list", "get", "create", "update", "delete", "action"):
        assert kind in out.stdout
    data = json.loads(run_sasekit("catalog", "stats", "--json").stdout)
    assert data["legacy"]["operations"] == 344 and data["unified"]["operations"] == 697
    assert sum(data["legacy"]["kinds"].values()) == 344
    assert sum(data["unified"]["kinds"].values()) == 697


def test_python_m_sasekit_catalog(run_sasekit):
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "sasekit.catalog", "stats"], capture_output=True, text=True)
    assert out.returncode == 0 and "344 operations" in out.stdout


def test_lint_lists_quirks_with_file_and_path(run_sasekit):
    out = run_sasekit("catalog", "lint", "--level", "warning")
    assert out.returncode == 0, out.stderr
    assert "pattern-re-rejects" in out.stdout
    assert "prisma-access-config/Addresses.yaml:/components/parameters/folder/schema/pattern" in out.stdout
    assert "required-not-in-properties" in out.stdout and "'target'" in out.stdout
    assert "position-copy-pasted" in out.stdout
    assert "list-bare-array" in out.stdout
    assert "info" not in out.stdout.split()[0:1]


def test_build_from_a_named_folder(run_sasekit, spec_dir, tmp_path):
    out = run_sasekit("catalog", "build", "--spec-dir", str(spec_dir), "--out", str(tmp_path / "cat"))
    assert out.returncode == 0, out.stderr
    assert "77 resources, 344 operations" in out.stdout
    assert (tmp_path / "cat" / "resources" / "address.json").is_file()


def test_build_without_specs_is_a_one_line_usage_error(run_sasekit, tmp_path):
    out = run_sasekit("catalog", "build", "--spec-dir", str(tmp_path / "none"), "--out", str(tmp_path / "o"))
    assert out.returncode == 2
    assert "Traceback" not in out.stderr
    assert "no OpenAPI spec folder found" in out.stderr
