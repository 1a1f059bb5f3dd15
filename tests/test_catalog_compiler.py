"""The compiler turns spec quirks into diagnostics and never stops on one."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from sasekit.catalog import Catalog, compiler

BASE = "/sse/config/v1"


def _spec(paths: dict, schemas: dict, parameters: dict | None = None) -> dict:
    return {"openapi": "3.0.0", "info": {"title": "t", "version": "1"}, "paths": paths,
            "components": {"schemas": schemas, "parameters": parameters or {}}}


def _write(root: Path, name: str, doc: dict | str) -> None:
    folder = root / "prisma-access-config"
    folder.mkdir(parents=True, exist_ok=True)
    text = doc if isinstance(doc, str) else yaml.safe_dump(doc, sort_keys=False)
    (folder / name).write_text(text)


@pytest.fixture
def quirky(tmp_path: Path) -> Path:
    folder_param = {"name": "folder", "in": "query", "required": True,
                    "schema": {"type": "string", "enum": ["Shared"], "pattern": r"^[0-9a-zA-Z._-\s]{1,}$"}}
    widgets = {
        "type": "object",
        "required": ["name", "ghost"],
        "properties": {
            "id": {"type": "string", "readOnly": True},
            "name": {"type": "string", "maxLength": 63, "description": "A long description of a name."},
            "hex": {"type": "string", "pattern": "^[[:xdigit:]]+$"},
            "broken": {"type": "string", "pattern": "([unclosed"},
            "child": {"$ref": "#/components/schemas/widgets"},
            "missing": {"$ref": "#/components/schemas/nope"},
        },
        "oneOf": [{"properties": {"a": {"type": "string"}}, "required": ["a"]},
                  {"properties": {"b": {"type": "integer"}}, "required": ["b"]}],
    }
    list_resp = {"200": {"description": "ok", "content": {"application/json": {"schema": {
        "type": "object", "properties": {"data": {"allOf": [{"type": "array", "items": {
            "$ref": "#/components/schemas/widgets"}}]}, "total": {"type": "number"}}}}}}}
    paths = {
        f"{BASE}/widgets": {
            "get": {"operationId": "list-widgets", "parameters": [
                {"$ref": "#/components/parameters/folder"},
                {"name": "position", "in": "query", "required": True, "schema": {"type": "string"}}],
                "responses": list_resp},
            "post": {"operationId": "create-widget", "parameters": [{"$ref": "#/components/parameters/folder"}],
                     "requestBody": {"content": {"application/json": {"schema": {
                         "$ref": "#/components/schemas/widgets"}}}},
                     "responses": {"201": {"description": "created"}}},
        },
        f"{BASE}/widgets/{{id}}": {
            "get": {"operationId": "get-widget", "parameters": [],
                    "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {
                        "type": "array", "items": {"$ref": "#/components/schemas/widgets"}}}}}}},
        },
        f"{BASE}/widgets/{{id}}:move": {
            "post": {"operationId": "move-widget", "parameters": [
                {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": {"description": "ok"}}},
        },
    }
    _write(tmp_path, "Widgets.yaml", _spec(paths, {"widgets": widgets}, {"folder": folder_param}))
    _write(tmp_path, "Broken.yaml", "paths: [unclosed\n  - : :")
    return tmp_path


def test_quirks_become_diagnostics_and_the_build_goes_on(quirky, tmp_path):
    result = compiler.build(quirky)
    codes = {(d.code, d.file) for d in result.diagnostics.items}
    for code in ("pattern-re-rejects", "pattern-re-misreads", "pattern-invalid", "ref-recursive",
                 "ref-unresolved", "required-not-in-properties", "position-copy-pasted",
                 "get-declared-array", "path-param-undeclared", "yaml-invalid",
                 "folder-enum-suggestions"):
        assert any(c == code for c, _ in codes), f"no {code} diagnostic"
    assert ("yaml-invalid", "prisma-access-config/Broken.yaml") in codes
    for d in result.diagnostics.items:
        assert d.file and d.path, d

    out = tmp_path / "out"
    compiler.write(result, out)
    cat = Catalog(out)
    assert set(cat.operation_names("widget")) == {"list", "create", "get", "move"}
    create = cat["widget"].operations["create"]
    body = create.body
    assert body.required == ("name",)
    assert "pattern" not in body.properties["broken"].constraints
    assert body.properties["hex"].constraints["pattern"] == "^[[:xdigit:]]+$"
    assert [list(map(list, g["keys"])) for g in body.exclusive] == [[["a"], ["b"]]]
    assert body.properties["child"].get("recursive") == "widgets"
    assert create.parameters["folder"].suggestions == ("Shared",)
    assert cat["widget"].operations["get"].envelope == "object"
    assert cat["widget"].operations["get"].parameters["id"].location == "path"
    assert not cat["widget"].operations["list"].parameters["position"].required
    assert b"A long description" not in (out / "resources" / "widget.json").read_bytes()


def test_empty_spec_folder_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="no spec files"):
        compiler.build(tmp_path)


def test_write_removes_stale_resource_files(quirky, tmp_path):
    out = tmp_path / "out"
    (out / "resources").mkdir(parents=True)
    (out / "resources" / "gone.json").write_text("{}")
    compiler.write(compiler.build(quirky), out)
    assert not (out / "resources" / "gone.json").exists()
