"""Typed stubs for the attribute sugar: ``src/sasekit/client.pyi`` from the catalog.

``client.address.create(folder=..., name=...)`` works at run time through
``__getattr__``, which editors and type checkers cannot see through. The stub
declares, for every resource of the catalog, a class with one method per operation
whose keyword-only parameters are the operation's flat parameters (path, query, body)
with their types, so that editors complete resources, operations and parameter names
and a type checker flags a misspelt keyword or a wrong type.

A ``.pyi`` shadows its ``.py`` for type checkers, so the stub also declares the rest
of ``client.py``'s public surface (:data:`_STATIC`); ``tests/test_stubs.py`` checks
that those declarations match ``client.py`` signature for signature.

What a stub cannot say, and how calls still reach it:

* Parameter names that are Python keywords or not identifiers (``from``,
  ``continue``) cannot be keywords: every method takes a leading positional-only
  mapping, ``client.securityRule.create({"from": ["trust"]}, folder=..., ...)``.
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

STUB_PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "client.pyi")

# Names the class bodies of the stub use in annotations: a resource or operation of
# that name would shadow them there, so it is left out of the stub (with a comment).
_CLIENT_ANNOTATION_NAMES = frozenset({
    "Any", "AsyncIterator", "Catalog", "Client", "AsyncClient", "Core", "Iterable", "Iterator", "Mapping",
    "Plan", "Settings", "TokenManager", "bool", "builtins", "float", "httpx", "list", "str", "t",
})
_OPS_ANNOTATION_NAMES = frozenset({
    "Any", "Literal", "Mapping", "bool", "builtins", "dict", "float", "int", "str",
})
# Members of Client/AsyncClient that a resource attribute would clash with (at run time
# the member wins: ``__getattr__`` is only asked for names that are not found).
_CLIENT_MEMBERS = frozenset({
    "aclose", "call", "call_many", "check", "close", "existing", "folders", "paginate", "plan", "push", "run",
    "settings", "tokens", "wait_job",
})
_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
_MAPPING_PARAM = "parameters: Mapping[str, Any] | None = None, /"


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
    params = ["self", _MAPPING_PARAM]
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
    """The full text of ``src/sasekit/client.pyi`` for this catalog."""
    keys, skipped = _resource_keys(catalog)
    out = [_HEADER.strip("\n")]
    for asynchronous in (False, True):
        for key in keys:
            out += ["", *_ops_class(catalog, key, asynchronous)]
    out += ["", _STATIC.strip("\n")]
    for cls, asynchronous in (("Client", False), ("AsyncClient", True)):
        body = _CLIENT_BODIES[cls].strip("\n").splitlines()
        out += ["", *body, "    # resources: client.address.create(folder=..., ...)"]
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
"""Types of :mod:`sasekit.client`, with one method per catalog operation for the attribute sugar."""

import builtins
import logging
from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal

import httpx

from . import transport as t
from .auth import TokenManager
from .catalog import Catalog, Operation
from .settings import Settings
'''

# Everything of client.py but the resource attributes, with client.py's own signatures.
_STATIC = '''
log: logging.Logger
SCOPE_PARAMS: tuple[str, ...]
BURST_WINDOW_S: float
BURST_REQUESTS: int
BLOCK_MEMORY_S: float

@dataclass
class Plan:
    op: Operation
    method: str
    url: str
    path: str
    query: dict[str, Any]
    body: dict[str, Any] | None
    @property
    def is_create(self) -> bool: ...
    @property
    def idempotent(self) -> bool: ...

def shared_tokens(settings: Settings) -> TokenManager: ...

class Core:
    settings: Settings
    catalog: Catalog
    validate: bool
    url_family: str
    retry: t.RetryPolicy
    limiter: t.RateLimiter | None
    tokens: TokenManager
    def __init__(self, settings: Settings, *, catalog: Catalog | None = None, validate: bool = True,
                 url_family: str = "legacy", retry: t.RetryPolicy | None = None,
                 rate_limit: float | None = None, tokens: TokenManager | None = None) -> None: ...
    def operation(self, resource: str, operation: str) -> Operation: ...
    def plan(self, resource: str, operation: str, params: Mapping[str, Any] | None = None) -> Plan: ...
    def build(self, plan: Plan, token: str) -> t.Outgoing: ...
    def call_flow(self, plan: Plan, http: httpx.Client | httpx.AsyncClient) -> t.Flow: ...
    def existing_flow(self, plan: Plan, http: httpx.Client | httpx.AsyncClient) -> t.Flow: ...
    def decode(self, plan: Plan, response: httpx.Response) -> Any: ...
    def paginate_flow(self, resource: str, operation: str, filters: Mapping[str, Any], page_size: int,
                      http: httpx.Client | httpx.AsyncClient) -> t.Flow: ...

class _Base:
    _core: Core
    def __dir__(self) -> list[str]: ...
    def plan(self, resource: str, operation: str, parameters: Mapping[str, Any] | None = None) -> Plan: ...
    def _plan_many(self, resource: str, operation: str, items: Iterable[Mapping[str, Any]]) -> list[Plan]: ...
    def _fanout(self, http: httpx.Client, concurrency: int) -> Any: ...
    @staticmethod
    def _spec(spec: Mapping[str, Any]) -> tuple[str, str, dict[str, Any]]: ...
'''

_CLIENT_BODIES = {
    "Client": '''
class Client(_Base):
    def __init__(self, client_id: str | None = None, client_secret: str | None = None,
                 tsg_id: str | None = None, *, base_url: str | None = None, auth_url: str | None = None,
                 setup_url: str | None = None, profile: str | None = None, settings: Settings | None = None,
                 validate: bool = True, url_family: str = "legacy", rate_limit: float | None = None,
                 retry: t.RetryPolicy | None = None, transport: httpx.BaseTransport | None = None,
                 connect_timeout: float | None = None, read_timeout: float | None = None,
                 token_cache_file: str | None = None, catalog: Catalog | None = None) -> None: ...
    @property
    def settings(self) -> Settings: ...
    @property
    def tokens(self) -> TokenManager: ...
    def call(self, resource: str, operation: str, parameters: Mapping[str, Any] | None = None, /,
             **params: Any) -> Any: ...
    def run(self, spec: Mapping[str, Any]) -> Any: ...
    def call_many(self, resource: str, operation: str, items: Iterable[Mapping[str, Any]], *,
                  concurrency: int = 8, return_exceptions: bool = False) -> list[Any]: ...
    def paginate(self, resource: str, operation: str = "list", *, page_size: int = 200,
                 **filters: Any) -> Iterator[Any]: ...
    def existing(self, resource: str, parameters: Mapping[str, Any]) -> Any: ...
    def folders(self) -> Any: ...
    def push(self, folders: list[str], description: str = "", *, wait: bool = True, timeout: float = 1800,
             progress: Any = None) -> Any: ...
    def wait_job(self, job_id: str, *, timeout: float = 1800, progress: Any = None) -> Any: ...
    def check(self) -> Any: ...
    def close(self) -> None: ...
    def __enter__(self) -> Client: ...
    def __exit__(self, *exc: object) -> None: ...
''',
    "AsyncClient": '''
class AsyncClient(_Base):
    def __init__(self, client_id: str | None = None, client_secret: str | None = None,
                 tsg_id: str | None = None, *, base_url: str | None = None, auth_url: str | None = None,
                 setup_url: str | None = None, profile: str | None = None, settings: Settings | None = None,
                 validate: bool = True, url_family: str = "legacy", rate_limit: float | None = None,
                 retry: t.RetryPolicy | None = None, transport: httpx.AsyncBaseTransport | None = None,
                 connect_timeout: float | None = None, read_timeout: float | None = None,
                 token_cache_file: str | None = None, catalog: Catalog | None = None) -> None: ...
    @property
    def settings(self) -> Settings: ...
    @property
    def tokens(self) -> TokenManager: ...
    async def call(self, resource: str, operation: str, parameters: Mapping[str, Any] | None = None, /,
                   **params: Any) -> Any: ...
    async def run(self, spec: Mapping[str, Any]) -> Any: ...
    async def call_many(self, resource: str, operation: str, items: Iterable[Mapping[str, Any]], *,
                        concurrency: int = 8, return_exceptions: bool = False) -> list[Any]: ...
    def paginate(self, resource: str, operation: str = "list", *, page_size: int = 200,
                 **filters: Any) -> AsyncIterator[Any]: ...
    async def existing(self, resource: str, parameters: Mapping[str, Any]) -> Any: ...
    async def folders(self) -> Any: ...
    async def push(self, folders: list[str], description: str = "", *, wait: bool = True,
                   timeout: float = 1800, progress: Any = None) -> Any: ...
    async def wait_job(self, job_id: str, *, timeout: float = 1800, progress: Any = None) -> Any: ...
    async def check(self) -> Any: ...
    async def aclose(self) -> None: ...
    async def __aenter__(self) -> AsyncClient: ...
    async def __aexit__(self, *exc: object) -> None: ...
''',
}


if __name__ == "__main__":
    print(f"wrote {write_client_stub()}")
