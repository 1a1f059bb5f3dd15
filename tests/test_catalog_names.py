"""The catalog names every operation exactly as the product documentation does."""

from __future__ import annotations

import csv

from sasekit.catalog import load


def test_counts_match_the_guide():
    stats = load().stats()
    assert stats["legacy"]["resources"] == 77
    assert stats["legacy"]["operations"] == 344


def test_every_row_of_operation_names_tsv(spec_dir):
    with open(spec_dir / "operation-names.tsv", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    assert len(rows) == 344
    cat = load()
    wrong = []
    for row in rows:
        key, name = row["resourceKey"], row["operation"]
        if key not in cat or name not in cat.operation_names(key):
            wrong.append(f"{key}.{name} missing")
            continue
        op = cat[key].operations[name]
        if (op.method, op.path, op.operation_id) != (row["method"], row["path"], row["operationId"]):
            wrong.append(f"{key}.{name}: {op.method} {op.path} != {row['method']} {row['path']}")
        if f"prisma-access-config/{row['file']}" != cat[key].spec_file:
            wrong.append(f"{key}: from {cat[key].spec_file}, expected {row['file']}")
    assert not wrong, "\n".join(wrong)
    named = {(r["resourceKey"], r["operation"]) for r in rows}
    ours = {(k, n) for k in cat for n in cat.operation_names(k, "legacy")}
    assert ours == named


def test_guide_resource_keys_are_camel_singular():
    cat = load()
    for key in ("address", "securityRule", "qosPolicyRule", "wildfireAntivirusProfile",
                "ipsecTunnel", "hipObject", "internalDnsServer", "mobileAgentAgentProfile",
                "configVersion", "job"):
        assert key in cat
    assert set(cat.operation_names("configVersion")) >= {
        "list", "push", "load", "getRunning", "rollbackCandidate", "listSnapshots"}
    assert "enable" in cat.operation_names("infrastructureSetting")
    assert {"getBgpRouting", "updateBgpRouting"} <= set(cat.operation_names("serviceConnection"))


def test_every_operation_of_the_unified_family_golden():
    """The unified family's names, as ``tests/data/unified-operations.tsv`` pins them: all
    697 operations of ``scm-config/``, one resource per object shared with the legacy
    family (``address``: the same key on both), new keys for objects only it serves."""
    from pathlib import Path

    golden = Path(__file__).parent / "data" / "unified-operations.tsv"
    with open(golden, newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    assert len(rows) == 697
    cat = load()
    ours = {(cat[k].family, k, n, *cat.routes(k, "unified")[n].split(" ", 1))
            for k in cat for n in cat.operation_names(k, "unified")}
    pinned = {(r["family"], r["resourceKey"], r["operation"], r["method"], r["path"]) for r in rows}
    assert sorted(ours - pinned)[:10] == [] and sorted(pinned - ours)[:10] == []
    # Shared objects keep the legacy key; the legacy operation gains a unified variant.
    op = cat["address"].operations["create"]
    assert op.families == ("legacy", "unified")
    assert op.variant("unified").path == "/config/objects/v1/addresses"
    assert {"zone", "natRule", "logicalRouter", "label", "variable", "device"} <= set(cat)
    assert cat["zone"].family == "scm" and cat["label"].family == "setup"
    assert cat["natRule"].operations["list"].families == ("unified",)
