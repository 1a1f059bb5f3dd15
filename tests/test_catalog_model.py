"""The catalog views: lazy, read-only, and carrying the facts the validator and emulator need."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sasekit.catalog import DATA_DIR, Catalog, load


def test_import_sasekit_does_not_parse_the_catalog():
    code = ("import sys, sasekit; "
            "print(sorted(m for m in sys.modules if m.startswith(('sasekit.catalog', 'yaml', 'httpx'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_one_lookup_reads_the_index_and_one_resource_file(monkeypatch):
    reads: list[str] = []
    original = Catalog._read

    def spy(self, rel):
        reads.append(rel)
        return original(self, rel)

    monkeypatch.setattr(Catalog, "_read", spy)
    cat = Catalog(DATA_DIR)
    op = cat["address"].operations["create"]
    assert op.parameters["ip_netmask"].location == "body"
    assert reads == ["index.json", "resources/address.json"]


def test_views_are_read_only():
    op = load()["address"].operations["create"]
    with pytest.raises(TypeError):
        op.parameters["x"] = 1  # type: ignore[index]
    with pytest.raises(TypeError):
        op.body.constraints["type"] = "x"  # type: ignore[index]
    with pytest.raises(AttributeError):
        op.method = "GET"
    with pytest.raises(TypeError):
        load()["address"].operations["x"] = op  # type: ignore[index]


def test_parameter_locations_and_constraints():
    op = load()["address"].operations["create"]
    params = op.parameters
    assert params["folder"].location == "query" and params["folder"].required
    assert params["name"].location == "body" and params["name"].required
    assert params["name"].constraints["maxLength"] == 63
    assert params["tag"].shape.get("maxItems") == 64
    assert params["tag"].shape.items.get("maxLength") == 127
    assert params["fqdn"].constraints["maxLength"] == 255
    assert "id" not in params, "readOnly fields are not input parameters"
    assert op.success_status == 201


def test_folder_enum_is_only_suggestions():
    folder = load()["address"].operations["list"].parameters["folder"]
    assert folder.enum is None
    assert "Shared" in folder.suggestions and "Mobile Users" in folder.suggestions
    assert folder.constraints["pattern"] == r"^[0-9a-zA-Z._-\s]{1,}$"


@pytest.mark.parametrize("key, groups, required", [
    ("address", [["ip_netmask"], ["ip_range"], ["ip_wildcard"], ["fqdn"]], True),
    ("addressGroup", [["static"], ["dynamic"]], True),
    ("ipsecCryptoProfile", [["esp"], ["ah"]], True),
])
def test_one_of_compiles_to_exclusive_groups(key, groups, required):
    body = load()[key].operations["create"].body
    assert [list(map(list, g["keys"])) for g in body.exclusive] == [groups]
    assert body.exclusive[0]["required"] is required


def test_nested_exclusive_groups_are_kept():
    body = load()["ikeCryptoProfile"].operations["create"].body
    lifetime = body.properties["lifetime"]
    assert lifetime.type == "object"
    assert [list(k) for k in lifetime.exclusive[0]["keys"]] == [["seconds"], ["minutes"], ["hours"], ["days"]]
    assert lifetime.exclusive[0]["required"] is False


def test_position_is_optional_with_its_default_on_rules():
    """The spec requires `position` on rules but documents the default "pre": the catalog
    makes it optional and records that the service wants it (the client sends the default)."""
    cat = load()
    for key in ("securityRule", "decryptionRule", "applicationOverrideRule",
                "authenticationRule", "qosPolicyRule"):
        for name in ("list", "create"):
            p = cat[key].operations[name].parameters["position"]
            assert not p.required and p.spec_required
            assert p.enum == ("pre", "post") and p.default == "pre"
    # copy-pasted onto operations that are not rules: optional, and never sent unasked
    for p in (cat["mfaServer"].operations["create"].parameters["position"],
              cat["serviceConnection"].operations["getBgpRouting"].parameters["position"]):
        assert not p.required and not p.spec_required


def test_required_names_without_property_are_not_enforced():
    body = load()["trafficSteeringRule"].operations["create"].body
    assert "target" not in body.required
    assert "name" in body.required


def test_envelopes_and_pagination():
    cat = load()
    lst = cat["address"].operations["list"]
    assert (lst.lists, lst.envelope, lst.paginates) == (True, "data", True)
    assert cat["licenseType"].operations["list"].envelope == "array"
    assert cat["configVersion"].operations["list"].envelope == "array"
    assert cat["address"].operations["get"].envelope == "object"
    assert cat["job"].operations["get"].response.properties["status_str"].type == "string"
    paginating = [f"{k}.{n}" for k in cat.keys_in("config") for n in cat.operation_names(k)
                  if cat[k].operations[n].paginates]
    assert len(paginating) == 66


def test_unified_paths():
    cat = load()
    assert cat["address"].operations["list"].unified_path == "/config/objects/v1/addresses"
    assert cat["securityRule"].operations["move"].unified_path == "/config/security/v1/security-rules/{id}:move"
    assert cat["configVersion"].operations["push"].unified_path == (
        "/config/operations/v1/config-versions/candidate:push")
    assert cat["job"].operations["get"].unified_path == "/config/operations/v1/jobs/{id}"
    assert cat["mobileAgentAgentProfile"].operations["list"].unified_path == "/config/mobile-agent/v1/agent-profiles"


def test_setup_api_folders_are_in_the_catalog():
    cat = load()
    folder = cat["folder"]
    assert folder.family == "setup"
    assert set(folder.operations) == {"list", "create", "get", "update", "delete"}
    assert folder.operations["list"].path == "/config/setup/v1/folders"
    create = folder.operations["create"]
    assert create.parameters["name"].required and create.parameters["parent"].required
    assert "id" not in create.body.required


def test_action_operations():
    cat = load()
    move = cat["securityRule"].operations["move"]
    assert (move.method, move.kind, move.action) == ("POST", "action", "move")
    assert set(move.parameters) >= {"id", "destination", "rulebase", "destination_rule"}
    push = cat["configVersion"].operations["push"]
    assert push.parameters["folders"].required and push.parameters["folders"].location == "body"
    assert cat["configVersion"].operations["rollbackCandidate"].method == "DELETE"


def test_catalog_data_is_plain_json():
    index = json.loads(Path(DATA_DIR, "index.json").read_text())
    assert index["format"] == 1
    assert len([k for k, v in index["resources"].items() if v["family"] == "config"]) == 77
