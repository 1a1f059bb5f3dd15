"""Description text comes from the spec folder at run time, never from the catalog."""

from __future__ import annotations

from sasekit.catalog import load
from sasekit.catalog.descriptions import descriptions


def test_descriptions_from_configured_spec_dir(spec_dir, monkeypatch):
    monkeypatch.setenv("SASEKIT_SPEC_DIR", str(spec_dir))
    d = descriptions()
    assert d is not None
    cat = load()
    op = cat["address"].operations["create"]
    assert d.operation(op) == "Create an address"
    assert "folder" in d.parameter(op, "folder").lower()
    assert d.parameter(op, "name").startswith("Alphanumeric")
    assert d.parameter(op, "tag") == "Tags for address object"
    assert "address" in d.resource(cat["address"]).lower()
    assert d.parameter(op, "no_such_field") is None


def test_no_spec_dir_means_no_descriptions(monkeypatch, tmp_path):
    monkeypatch.delenv("SASEKIT_SPEC_DIR", raising=False)
    monkeypatch.setenv("SASEKIT_CONFIG_DIR", str(tmp_path))
    assert descriptions() is None
    assert descriptions(tmp_path / "missing") is None
