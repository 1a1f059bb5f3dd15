"""The typed stub ``sasekit/resources.pyi``: current, complete, only namespaces, and useful.

Useful means what the issue asks for: a type checker (mypy here, as an editor would)
accepts correct use of the attribute sugar and flags a misspelt keyword or a wrong
type before anything is sent.
"""

from __future__ import annotations

import ast
import asyncio
import inspect
import keyword
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from sasekit.catalog import DATA_DIR, Catalog, Shape, stubs

SRC = Path(stubs.STUB_PATH).parent.parent
REGENERATE = "run `make catalog` (or `python -m sasekit.catalog.stubs` without the specs)"


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return Catalog(DATA_DIR)


@pytest.fixture(scope="module")
def stub_text() -> str:
    return Path(stubs.STUB_PATH).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def stub(stub_text) -> ast.Module:
    return ast.parse(stub_text, filename="resources.pyi")


def _classes(tree: ast.Module) -> dict[str, ast.ClassDef]:
    return {n.name: n for n in tree.body if isinstance(n, ast.ClassDef)}


def _methods(cls: ast.ClassDef) -> dict[str, ast.FunctionDef | ast.AsyncFunctionDef]:
    """Methods by name; for an overloaded one, its last (keyword) form."""
    return {n.name: n for n in cls.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)}


def _forms(cls: ast.ClassDef) -> dict[str, list[ast.FunctionDef | ast.AsyncFunctionDef]]:
    out: dict[str, list[ast.FunctionDef | ast.AsyncFunctionDef]] = {}
    for n in cls.body:
        if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef):
            out.setdefault(n.name, []).append(n)
    return out


def _annotated(cls: ast.ClassDef) -> dict[str, str]:
    return {n.target.id: ast.unparse(n.annotation) for n in cls.body
            if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)}


def _keywords(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> dict[str, tuple[str, bool]]:
    """Keyword-only parameters: name -> (annotation, required)."""
    a = fn.args
    return {arg.arg: (ast.unparse(arg.annotation), default is None)
            for arg, default in zip(a.kwonlyargs, a.kw_defaults, strict=True)}


# --------------------------------------------------------------------------- current and valid


def test_committed_stub_matches_a_fresh_render(catalog, stub_text):
    assert stub_text == stubs.render_client_stub(catalog), f"resources.pyi is out of date: {REGENERATE}"


def test_stub_is_python_and_holds_no_prose(stub_text, stub):
    assert isinstance(stub, ast.Module)
    docstrings = [ast.get_docstring(n) for n in ast.walk(stub)
                  if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef) and ast.get_docstring(n)]
    # The only docstrings are "METHOD /path" facts.
    assert docstrings and all(d.split(" ")[0] in {"GET", "POST", "PUT", "DELETE", "PATCH"}
                              and len(d.split(" ")) == 2 for d in docstrings)
    assert Path(SRC, "sasekit", "py.typed").is_file()


def test_render_is_deterministic(catalog):
    assert stubs.render_client_stub(catalog) == stubs.render_client_stub(Catalog(DATA_DIR))


# --------------------------------------------------------------------------- complete


def test_every_resource_and_operation_is_declared(catalog, stub):
    classes = _classes(stub)
    sync_attrs, async_attrs = _annotated(classes["Resources"]), _annotated(classes["AsyncResources"])
    health = len(catalog.keys_in("incidents")) + len(catalog.keys_in("insights"))  # the health APIs' own
    assert len(catalog) - health == 156 and {"folder", "snippet", "zone", "natRule", "prismaAccessIp",
                                             "incident", "dataResourceCustom"} <= set(catalog)
    skipped_ops = []
    for key in catalog:
        assert sync_attrs[key] == stubs.ops_class(key), key
        assert async_attrs[key] == stubs.ops_class(key, asynchronous=True), key
        sync_ops = _methods(classes[stubs.ops_class(key)])
        async_ops = _methods(classes[stubs.ops_class(key, asynchronous=True)])
        sync_forms = _forms(classes[stubs.ops_class(key)])
        for name, op in catalog[key].operations.items():
            if not name.isidentifier() or keyword.iskeyword(name):
                assert name not in sync_ops
                skipped_ops.append(f"{key}.{name}")
                continue
            fn, afn = sync_ops[name], async_ops[name]
            assert isinstance(fn, ast.FunctionDef) and isinstance(afn, ast.AsyncFunctionDef)
            mapping_form, keyword_form = sync_forms[name]
            assert [a.arg for a in mapping_form.args.posonlyargs] == ["self", "parameters"], op
            assert mapping_form.args.kwarg is not None, f"{op}: the mapping form takes any keywords too"
            assert keyword_form is fn
            for f in (fn, afn):
                assert [a.arg for a in f.args.args] == ["self"] and not f.args.posonlyargs, op
                assert f.args.kwarg is None and f.args.vararg is None, f"{op}: no **extra, no *args"
                expected = {n for n in op.parameters if stubs.keyword_name(n)}
                if op.body is not None:
                    expected.add("body")
                assert set(_keywords(f)) == expected, op
    assert skipped_ops == ["certificate.import"]


def test_address_create_parameters(stub):
    create = _methods(_classes(stub)["_AddressOps"])["create"]
    kw = _keywords(create)
    assert {n for n, (_, req) in kw.items() if req} == {"folder", "name"}
    assert kw["name"] == ("str", True)
    assert kw["folder"] == ("str", True)  # folder enum = suggestions: any string
    assert kw["ip_netmask"] == ("str | None", False)
    assert kw["tag"] == ("builtins.list[str] | None", False)
    assert {"description", "ip_range", "ip_wildcard", "fqdn", "body"} <= set(kw)


def test_security_rule_move_and_create_parameters(stub):
    ops = _methods(_classes(stub)["_SecurityRuleOps"])
    kw = _keywords(ops["move"])
    assert {n for n, (_, req) in kw.items() if req} == {"id", "destination", "rulebase"}
    assert kw["destination"] == ("Literal['top', 'bottom', 'before', 'after']", True)
    assert kw["rulebase"] == ("Literal['pre', 'post']", True)
    assert set(kw) == {"id", "folder", "destination", "destination_rule", "rulebase", "body"}
    create = _keywords(ops["create"])
    assert "from" not in create and "to" in create  # `from` goes through the mapping
    assert create["position"] == ("Literal['pre', 'post'] | None", False)  # default "pre"
    assert create["source_user"] == ("builtins.list[str] | None", False)  # service default: optional


@pytest.mark.parametrize(("node", "expected"), [
    ({"type": "string"}, "str"),
    ({"type": "integer"}, "int"),
    ({"type": "number"}, "float"),
    ({"type": "boolean"}, "bool"),
    ({"type": "object", "properties": {}}, "dict[str, Any]"),
    ({"type": "array", "items": {"type": "string", "enum": ["a", "b"]}}, "builtins.list[Literal['a', 'b']]"),
    ({"type": "array", "items": {"type": "object"}}, "builtins.list[dict[str, Any]]"),
    ({"type": "array"}, "builtins.list[Any]"),
    ({"type": "string", "suggestions": ["Shared"]}, "str"),
    ({"type": "string", "enum": ["x"], "nullable": True}, "Literal['x'] | None"),
    ({"type": ["string", "integer"]}, "str | int"),
    ({"type": "number", "enum": [1.5, 2]}, "float"),
    ({}, "Any"),
])
def test_type_mapping(node, expected):
    assert stubs._node_type(Shape(node)) == expected


# --------------------------------------------------------------------------- only namespaces


def test_the_stub_holds_only_resource_namespaces_so_client_py_is_type_checked(stub):
    """A ``client.pyi`` would shadow ``client.py`` and mypy would never check it."""
    assert not Path(SRC, "sasekit", "client.pyi").exists()
    classes = _classes(stub)
    assert set(classes) == {"Resources", "AsyncResources"} | {
        n for n in classes if n.startswith("_") and n.endswith("Ops")}
    assert not [n for n in stub.body if isinstance(n, ast.FunctionDef | ast.Assign | ast.AnnAssign)]
    client_py = Path(SRC, "sasekit", "client.py").read_text(encoding="utf-8")
    assert "class Client(_Base[httpx.BaseTransport], Resources)" in client_py
    assert "class AsyncClient(_Base[httpx.AsyncBaseTransport], AsyncResources)" in client_py


def test_client_members_are_not_resources(catalog):
    from sasekit.client import AsyncClient, Client

    members = {n for cls in (Client, AsyncClient) for n in dir(cls) if not n.startswith("_")}
    assert members <= stubs._CLIENT_MEMBERS, "a new client member: add it to stubs._CLIENT_MEMBERS"
    assert not members & set(catalog), "a resource is shadowed by a client member"


def test_runtime_accepts_what_the_stub_declares():
    """The call shapes of the stub work at run time: a positional mapping (for `from`),
    keywords, ``body=`` and None for an optional parameter."""
    import httpx

    import sasekit
    from sasekit.emulator import DEMO_ACCOUNT, EmulatorConfig, create_app

    async def main() -> None:
        app = create_app(EmulatorConfig.from_mapping({"rate_limit": {"enabled": False}}))
        a = DEMO_ACCOUNT
        async with sasekit.AsyncClient(a["client_id"], a["client_secret"], a["tsg_id"], base_url="http://emu",
                                       auth_url="http://emu", setup_url="http://emu", rate_limit=0,
                                       transport=httpx.ASGITransport(app=app)) as client:
            params = list(inspect.signature(client.address.create).parameters.values())
            assert [(p.name, p.kind) for p in params] == [
                ("parameters", inspect.Parameter.POSITIONAL_ONLY), ("params", inspect.Parameter.VAR_KEYWORD)]
            made = await client.address.create(folder="Shared", name="a1", ip_netmask="192.0.2.1/32",
                                               description=None)
            assert (await client.address.get(id=made["id"]))["name"] == "a1"
            made = await client.address.create({"folder": "Shared"}, name="a2", body={"fqdn": "x.example"})
            assert made["fqdn"] == "x.example"
            rule = await client.securityRule.create(
                {"from": ["trust"]}, folder="Shared", position="pre", name="r1", action="allow",
                application=["any"], destination=["any"], service=["any"], source=["any"], to=["untrust"])
            moved = await client.securityRule.move(id=rule["id"], folder="Shared", destination="top",
                                                   rulebase="pre")
            assert moved is None or moved.get("from", ["trust"]) == ["trust"]

    asyncio.run(main())


# --------------------------------------------------------------------------- useful to a type checker


GOOD = """
from sasekit import AsyncClient, Client


def main() -> None:
    client = Client("id", "secret", "tsg")
    client.address.create(folder="Shared", name="a", ip_netmask="1.2.3.4/32")
    client.address.create({"folder": "Custom"}, folder="Custom", name="b", fqdn="x.example", tag=None)
    client.address.create({"folder": "Shared", "name": "m", "ip_netmask": "1.2.3.4/32"})
    client.run({"resource": "address", "operation": "list", "parameters": {"folder": "Shared"}})
    client.securityRule.create({"from": ["trust"]}, folder="Shared", position="pre", name="r",
                               action="allow", application=["any"], destination=["any"],
                               service=["any"], source=["any"], to=["untrust"])
    client.securityRule.move(id="x", destination="top", rulebase="pre")
    for item in client.paginate("address", folder="Shared"):
        print(item)


async def amain() -> None:
    async with AsyncClient("id", "secret", "tsg") as client:
        await client.address.create(folder="Shared", name="a", ip_netmask="1.2.3.4/32")
        await client.address.create({"folder": "Shared", "name": "m", "ip_netmask": "1.2.3.4/32"})
        async for item in client.paginate("address", folder="Shared"):
            print(item)
"""

BAD = """
from sasekit import Client

client = Client("id", "secret", "tsg")
client.address.create(folder="Shared", name=1, ip_netmsk="1.2.3.4/32")
client.securityRule.move(id="x", destination="middle", rulebase="pre")
client.adress.list(folder="Shared")
"""


def test_mypy_accepts_correct_use_and_flags_typos(tmp_path):
    pytest.importorskip("mypy", reason="mypy is in the dev extra: pip install -e '.[dev]'")
    (tmp_path / "good.py").write_text(textwrap.dedent(GOOD))
    (tmp_path / "bad.py").write_text(textwrap.dedent(BAD))
    (tmp_path / "mypy.ini").write_text("[mypy]\n")
    env = {**os.environ, "MYPYPATH": str(SRC)}
    # One run (cold, ~10 s): the two snippets and the stub itself, which must be clean too.
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", "mypy.ini", "--cache-dir", str(tmp_path / "cache"),
         "--follow-imports=silent", "--no-error-summary", "--show-error-codes", "--no-color-output",
         "good.py", "bad.py", stubs.STUB_PATH],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    lines = proc.stdout.splitlines()
    errors = [line for line in lines if ": error:" in line]
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert all(line.startswith("bad.py:") for line in errors), "\n".join(errors)
    by_line: dict[int, str] = {}
    for line in lines:  # errors and the notes that list the forms a call may take
        if line.startswith("bad.py:"):
            by_line[int(line.split(":")[1])] = by_line.get(int(line.split(":")[1]), "") + line
    # the keyword form names every parameter with its type: a typo or a wrong type matches no form
    assert 'No overload variant of "create"' in by_line[5] and "ip_netmask: str | None" in by_line[5]
    assert "name: str," in by_line[5]
    assert 'No overload variant of "move"' in by_line[6] and "Literal['top', 'bottom'" in by_line[6]
    assert '"adress"' in by_line[7]
    assert len(errors) == 3, "\n".join(errors)
