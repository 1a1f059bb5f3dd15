"""Rebuilding from the specs reproduces the committed catalog byte for byte."""

from __future__ import annotations

from pathlib import Path

from sasekit.catalog import DATA_DIR, compiler


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for p in sorted(root.rglob("*.json"))}


def test_rebuild_matches_committed_catalog(spec_dir, tmp_path):
    compiler.write(compiler.build(spec_dir), tmp_path)
    fresh, committed = _tree(tmp_path), _tree(Path(DATA_DIR))
    assert sorted(fresh) == sorted(committed), "the set of catalog files differs"
    changed = [name for name in fresh if fresh[name] != committed[name]]
    assert not changed, f"catalog out of date, run `make catalog`: {changed[:10]}"


def test_build_is_deterministic(spec_dir):
    assert compiler.build(spec_dir).files() == compiler.build(spec_dir).files()


def test_catalog_holds_no_description_prose(spec_dir):
    """Facts only: no spec description sentence is copied into the committed data."""
    from sasekit.catalog.compiler import load_yaml

    blob = b"".join(_tree(Path(DATA_DIR)).values()).decode()
    copied = []
    for f in sorted((spec_dir / "prisma-access-config").glob("*.yaml")):
        stack = [load_yaml(f)]
        while stack:
            node = stack.pop()
            if isinstance(node, dict):
                for k, v in node.items():
                    if k in ("description", "summary") and isinstance(v, str) and len(v) > 30:
                        text = " ".join(v.split())
                        if text in blob or v.strip() in blob:
                            copied.append((f.name, text[:60]))
                    else:
                        stack.append(v)
            elif isinstance(node, list):
                stack.extend(node)
    assert not copied, copied[:5]
