"""The typed stub ``sasekit/client.pyi``: current, complete, true to client.py, and useful.

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
CLIENT_PY = Path(stubs.STUB_PATH).with_suffix(".py")
REGENERATE = "run `make catalog` (or `python -m sasekit.catalog.stubs` without the specs)"


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return Catalog(DATA_DIR)


@pytest.fixture(scope="module")
def stub_text() -> str:
    return Path(stubs.STUB_PATH).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def stub(stub_text) -> ast.Module:
    return ast.parse(stub_text, filename="client.pyi")


def _classes(tree: ast.Module) -> dict[str, ast.ClassDef]:
    return {n.name: n for n in tree.body if isinstance(n, ast.ClassDef)}


def _methods(cls: ast.ClassDef) -> dict[str, ast.FunctionDef | ast.AsyncFunctionDef]:
    return {n.name: n for n in cls.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)}


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
    assert stub_text == stubs.render_client_stub(catalog), f"client.pyi is out of date: {REGENERATE}"


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
    sync_attrs, async_attrs = _annotated(classes["Client"]), _annotated(classes["AsyncClient"])
    assert len(catalog) == 79 and "folder" in catalog and "snippet" in catalog
    skipped_ops = []
    for key in catalog:
        assert sync_attrs[key] == stubs.ops_class(key), key
        assert async_attrs[key] == stubs.ops_class(key, asynchronous=True), key
        sync_ops = _methods(classes[stubs.ops_class(key)])
        async_ops = _methods(classes[stubs.ops_class(key, asynchronous=True)])
        for name, op in catalog[key].operations.items():
            if not name.isidentifier() or keyword.iskeyword(name):
                assert name not in sync_ops
                skipped_ops.append(f"{key}.{name}")
                continue
            fn, afn = sync_ops[name], async_ops[name]
            assert isinstance(fn, ast.FunctionDef) and isinstance(afn, ast.AsyncFunctionDef)
            for f in (fn, afn):
                assert [a.arg for a in f.args.posonlyargs] == ["self", "parameters"], op
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
    assert create["position"] == ("Literal['pre', 'post']", True)
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


# --------------------------------------------------------------------------- true to client.py


def _async_generator(fn: ast.AST) -> bool:
    return isinstance(fn, ast.AsyncFunctionDef) and any(
        isinstance(n, ast.Yield | ast.YieldFrom) for n in ast.walk(fn))


def _signature(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> tuple:
    """What a caller and a type checker see of a function (an async generator is a def)."""
    a = fn.args

    def ann(x: ast.AST | None) -> str | None:
        return ast.unparse(x) if x is not None else None

    positional = a.posonlyargs + a.args
    defaults = [None] * (len(positional) - len(a.defaults)) + list(a.defaults)
    return (
        "async" if isinstance(fn, ast.AsyncFunctionDef) and not _async_generator(fn) else "def",
        tuple(ast.unparse(d) for d in fn.decorator_list),
        tuple((x.arg, ann(x.annotation), ann(d)) for x, d in zip(positional, defaults, strict=True)),
        len(a.posonlyargs),
        ann(a.vararg) if a.vararg is None else (a.vararg.arg, ann(a.vararg.annotation)),
        tuple((x.arg, ann(x.annotation), ann(d)) for x, d in zip(a.kwonlyargs, a.kw_defaults, strict=True)),
        None if a.kwarg is None else (a.kwarg.arg, ann(a.kwarg.annotation)),
        ann(fn.returns),
    )


def test_stub_declares_client_py_with_the_same_signatures(stub):
    runtime = ast.parse(CLIENT_PY.read_text(encoding="utf-8"))
    r_classes, s_classes = _classes(runtime), _classes(stub)
    problems = []

    # Module level: public functions, classes and constants.
    r_funcs = {n.name: n for n in runtime.body if isinstance(n, ast.FunctionDef)}
    s_funcs = {n.name: n for n in stub.body if isinstance(n, ast.FunctionDef)}
    for name in [n for n in r_funcs if not n.startswith("_")]:
        if name not in s_funcs or _signature(r_funcs[name]) != _signature(s_funcs[name]):
            problems.append(f"function {name}")
    constants = [t.id for n in runtime.body if isinstance(n, ast.Assign)
                 for t in n.targets if isinstance(t, ast.Name) and not t.id.startswith("_")]
    declared = {n.target.id for n in stub.body if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)}
    problems += [f"constant {c}" for c in constants if c not in declared]
    for name in [n for n in r_classes if not n.startswith("_")] + ["_Base"]:
        if name not in s_classes:
            problems.append(f"class {name} missing")
            continue
        r_cls, s_cls = r_classes[name], s_classes[name]
        if [ast.unparse(b) for b in r_cls.bases] != [ast.unparse(b) for b in s_cls.bases]:
            problems.append(f"{name}: bases differ")
        r_m, s_m = _methods(r_cls), _methods(s_cls)
        # __getattr__ is left out on purpose: declared, it would hide every typo.
        public = {m for m in r_m if (not m.startswith("_") or m.startswith("__"))
                  and m not in ("__getattr__", "__repr__")}
        for m in sorted(public | set(s_m)):
            if m not in r_m or m not in s_m:
                problems.append(f"{name}.{m}: only in {'client.py' if m in r_m else 'client.pyi'}")
            elif _signature(r_m[m]) != _signature(s_m[m]):
                problems.append(f"{name}.{m}: signature differs")
        # Fields (dataclass) and attributes set in __init__.
        fields = _annotated(s_cls)
        for f, annotation in _annotated(r_cls).items():
            if fields.get(f) != annotation:
                problems.append(f"{name}.{f}: field differs")
        if "__init__" in r_m and name == "Core":
            attrs = {t.attr for n in ast.walk(r_m["__init__"]) if isinstance(n, ast.Assign)
                     for t in n.targets if isinstance(t, ast.Attribute) and not t.attr.startswith("_")}
            problems += [f"Core.{a}: attribute not declared" for a in sorted(attrs - set(fields))]
    generated = {n for n in s_classes if n.startswith("_") and n.endswith("Ops")}
    extra = set(s_classes) - set(r_classes) - generated
    problems += [f"class {c} only in client.pyi" for c in sorted(extra)]
    assert not problems, f"client.pyi and client.py disagree (update stubs.py, then {REGENERATE}): {problems}"


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
    client.securityRule.create({"from": ["trust"]}, folder="Shared", position="pre", name="r",
                               action="allow", application=["any"], destination=["any"],
                               service=["any"], source=["any"], to=["untrust"])
    client.securityRule.move(id="x", destination="top", rulebase="pre")
    for item in client.paginate("address", folder="Shared"):
        print(item)


async def amain() -> None:
    async with AsyncClient("id", "secret", "tsg") as client:
        await client.address.create(folder="Shared", name="a", ip_netmask="1.2.3.4/32")
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
    errors = [line for line in proc.stdout.splitlines() if ": error:" in line]
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert all(line.startswith("bad.py:") for line in errors), "\n".join(errors)
    by_line: dict[int, str] = {}
    for line in errors:
        by_line[int(line.split(":")[1])] = by_line.get(int(line.split(":")[1]), "") + line
    assert 'Unexpected keyword argument "ip_netmsk"' in by_line[5] and '"ip_netmask"' in by_line[5]
    assert 'Argument "name"' in by_line[5] and 'expected "str"' in by_line[5]
    assert 'Argument "destination"' in by_line[6] and "Literal['top'" in by_line[6]
    assert '"adress"' in by_line[7]
    assert len(errors) == 4, "\n".join(errors)
