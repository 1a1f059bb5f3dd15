"""Typed stubs for the attribute sugar: ``src/sasekit/resources.pyi`` from the catalog.

``client.address.create(folder=..., name=...)`` works at run time through
``__getattr__``, which editors and type checkers cannot see through. The stub
declares, for every resource of the catalog, a class with one method per operation
whose keyword-only parameters are the operation's flat parameters (path, query, body)
with their types, so that editors complete resources, operations and parameter names
and a type checker flags a misspelt keyword or a wrong type. ``Resources`` and
``AsyncResources`` hold one attribute per resource; ``client.py`` names them as base
classes of ``Client`` and ``AsyncClient`` for type checkers only, so the stub says
nothing else about ``client.py``, which mypy checks as it is.

Each method has two forms (overloads): keywords, checked one by one; and the
guide's mapping, ``client.address.create({"folder": ..., "name": ...})`` (plus any
keywords), whose contents the validator checks at run time. What a stub cannot say,
and how calls still reach it:

* Parameter names that are Python keywords or not identifiers (``from``,
  ``continue``) cannot be keywords: they go in the mapping,
  ``client.securityRule.create({"from": ["trust"]}, folder=..., ...)``.
* An operation whose name is a Python keyword (``certificate.import``) cannot be a
  method: it stays reachable as ``client.call("certificate", "import", ...)``.

The text is deterministic (catalog order) and holds facts only: no description prose.
``sasekit catalog build`` rewrites it; ``python -m sasekit.catalog.stubs`` rewrites it
from the committed catalog alone.
"""

from __future__ import annotations

import keyword
import os
from typing import Any

from .model import Catalog, Operation, Parameter

STUB_PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "resources.pyi")

# Names the class bodies of the stub use in annotations: a resource or operation of
# that name would shadow them there, so it is left out of the stub (with a comment).
_CLIENT_ANNOTATION_NAMES = frozenset({"Any", "Mapping", "Resources", "AsyncResources", "builtins", "overload"})
_OPS_ANNOTATION_NAMES = frozenset({
    "Any", "Literal", "Mapping", "bool", "builtins", "dict", "float", "int", "overload", "str",
})
# Members of Client/AsyncClient that a resource attribute would clash with (at run time
# the member wins: ``__getattr__`` is only asked for names that are not found).
_CLIENT_MEMBERS = frozenset({
    "aclose", "call", "call_many", "check", "close", "driver", "engine", "existing", "folders", "paginate",
    "plan", "push", "run", "settings", "tokens", "wait_job",
})
_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
_MAPPING_FORM = "self, parameters: Mapping[str, Any], /, **params: Any"


# --------------------------------------------------------------------------- types


def _literal(values: tuple[Any, ...]) -> str | None:
    """``Literal[...]`` of an enum, or None when a value cannot be a literal (floats, None)."""
    if not values or not all(isinstance(v, str | int) for v in values):
        return None
    return "Literal[" + ", ".join(repr(v) for v in values) + "]"


def _node_type(node: Any) -> str:
    """The Python type of one compiled schema node (a :class:`~.model.Shape`)."""
    declared = node.type
    enum = node.get("enum")
    if enum is not None:  # `suggestions` (free strings) are deliberately not looked at
        lit = _literal(tuple(enum))
        if lit is not None:
            return lit + (" | None" if node.get("nullable") else "")
    names = declared if isinstance(declared, tuple) else (declared,)
    out: list[str] = []
    for name in names:
        if name in _SCALARS:
            one = _SCALARS[name]
        elif name == "array":
            items = node.items
            one = f"builtins.list[{_node_type(items) if items is not None else 'Any'}]"
        elif name == "object":
            one = "dict[str, Any]"
        else:  # no declared type, or one we do not model ("null")
            return "Any"
        if one not in out:
            out.append(one)
    if node.get("nullable"):
        out.append("None")
    return " | ".join(out)


def param_type(param: Parameter) -> str:
    """The annotation of one flat parameter, as written in the stub."""
    return _node_type(param.shape)


def keyword_name(name: str) -> bool:
    """Whether a parameter can be passed as ``name=...`` (else: through the mapping)."""
    return name.isidentifier() and not keyword.iskeyword(name) and name not in ("self", "parameters")


# --------------------------------------------------------------------------- rendering


def ops_class(key: str, asynchronous: bool = False) -> str:
    """The stub's class name for a resource's operations: ``_AddressOps``, ``_AsyncAddressOps``."""
    return f"_{'Async' if asynchronous else ''}{key[:1].upper()}{key[1:]}Ops"


def _signature(op: Operation) -> list[str]:
    """The parameter list of an operation's method, one entry per line."""
    required: list[str] = []
    optional: list[str] = []
    names = set()
    for name, param in op.parameters.items():
        if not keyword_name(name):
            continue
        names.add(name)
        annotation = param_type(param)
        if param.required:
            required.append(f"{name}: {annotation}")
        else:
            if not annotation.endswith("| None") and annotation != "Any":
                annotation += " | None"  # None means "not given" (validate.route)
            optional.append(f"{name}: {annotation} = ...")
    if op.body is not None and "body" not in names:
        # validate.route: a `body` mapping supplies the whole body, flat fields merged over it
        optional.append("body: Mapping[str, Any] | None = ...")
    params = ["self"]
    if required or optional:
        params += ["*", *required, *optional]
    return params


def _ops_class(catalog: Catalog, key: str, asynchronous: bool) -> list[str]:
    res = catalog[key]
    lines = [f"class {ops_class(key, asynchronous)}:"]
    returns = "Any"
    prefix = "async def" if asynchronous else "def"
    for name, op in res.operations.items():
        if keyword.iskeyword(name) or not name.isidentifier() or name in _OPS_ANNOTATION_NAMES:
            lines.append(f"    # {name}: not a method name here; client.call({key!r}, {name!r}, ...)")
            continue
        params = _signature(op)
        lines.append("    @overload")
        lines.append(f"    {prefix} {name}({_MAPPING_FORM}) -> {returns}: ...")
        lines.append("    @overload")
        lines.append(f"    {prefix} {name}(")
        lines.extend(f"        {p}," for p in params)
        lines.append(f"    ) -> {returns}:")
        lines.append(f'        """{op.method} {op.path}"""')
    return lines


def _resource_keys(catalog: Catalog) -> tuple[list[str], list[str]]:
    """Resources that get a client attribute, and those left out (with why, as comments)."""
    keys, skipped = [], []
    for key in catalog:
        if key in _CLIENT_MEMBERS or key in _CLIENT_ANNOTATION_NAMES:
            skipped.append(f"    # {key}: shadowed by a client member; client.call({key!r}, ...)")
        elif not key.isidentifier() or keyword.iskeyword(key) or key.startswith("_"):
            skipped.append(f"    # {key}: not an attribute name; client.call({key!r}, ...)")
        else:
            keys.append(key)
    return keys, skipped


def render_client_stub(catalog: Catalog) -> str:
    """The full text of ``src/sasekit/resources.pyi`` for this catalog."""
    keys, skipped = _resource_keys(catalog)
    out = [_HEADER.strip("\n")]
    for asynchronous in (False, True):
        for key in keys:
            out += ["", *_ops_class(catalog, key, asynchronous)]
    for cls, asynchronous in (("Resources", False), ("AsyncResources", True)):
        out += ["", f"class {cls}:", "    # client.address.create(folder=..., ...)"]
        out += [f"    {key}: {ops_class(key, asynchronous)}" for key in keys]
        out += skipped
    return "\n".join(out).rstrip("\n") + "\n"


def write_client_stub(catalog: Catalog | None = None, path: str = STUB_PATH) -> str:
    """Write the stub (from the committed catalog by default); return its path."""
    text = render_client_stub(catalog if catalog is not None else Catalog())
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    os.replace(tmp, path)
    return path


# --------------------------------------------------------------------------- the fixed part

_HEADER = '''
# Generated from the compiled catalog by sasekit.catalog.stubs (`sasekit catalog build`,
# or `python -m sasekit.catalog.stubs`): do not edit by hand.
"""The resource namespaces of Client and AsyncClient: one method per catalog operation."""

import builtins
from collections.abc import Mapping
from typing import Any, Literal, overload
'''


if __name__ == "__main__":
    print(f"wrote {write_client_stub()}")
