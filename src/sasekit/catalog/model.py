"""Lazy, read-only views over the compiled catalog.

``load()`` reads only the small index. A resource's file is parsed the first time
that resource is looked up, and operation, parameter and shape views are built on
demand, so looking up one operation never builds all 344.

Start-up cost is a promise (one cold lookup under 20 ms), so this module imports
nothing that pulls in ``re``, ``typing`` or ``pathlib``: JSON is parsed with the C
scanner directly, and ``Mapping`` comes from the module ``os`` already loaded.
"""

from __future__ import annotations

import os
from _collections_abc import Mapping  # already imported by os; collections.abc is not free
from types import MappingProxyType

TYPE_CHECKING = False  # `from typing import TYPE_CHECKING` would import typing itself
if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path
    from typing import Any

LEGACY_PREFIX = "/sse/config/v1"  # the legacy URL family (naming uses it too)
DATA_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
KINDS = ("list", "get", "create", "update", "delete")


def kind_of(operation: str) -> str:
    """Operation kind used by stats, the CLI and the emulator: list/get/create/update/delete/action."""
    return operation if operation in KINDS else "action"


def _scanner():
    try:
        import _json
    except ImportError:  # not CPython: the json module is fine there
        import json

        return lambda text: json.loads(text)

    class _Context:
        strict = True
        object_hook = None
        object_pairs_hook = None
        parse_float = float
        parse_int = int
        parse_constant = None

    scan = _json.make_scanner(_Context())
    return lambda text: scan(text.lstrip(), 0)[0]


_parse_json = _scanner()


def read_json(path: str) -> Any:
    """Parse one catalog file. The files are written by our compiler: plain, valid JSON."""
    with open(path, encoding="utf-8") as fh:
        return _parse_json(fh.read())


def _is_legacy(route: str) -> bool:
    return route.partition(" ")[2].startswith(LEGACY_PREFIX)


def _deepcopy(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _deepcopy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_deepcopy(v) for v in value]
    return value


class _cached:
    """A tiny ``functools.cached_property`` (functools costs milliseconds at start-up)."""

    def __init__(self, fn: Any) -> None:
        self.fn = fn
        self.name = fn.__name__
        self.__doc__ = fn.__doc__

    def __get__(self, obj: Any, owner: Any = None) -> Any:
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.fn(obj)
        return value


def _freeze(value: Any) -> Any:
    if isinstance(value, dict):
        return MappingProxyType({k: _freeze(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return value


class _LazyMap(Mapping):
    """A read-only mapping whose values are built on first access."""

    __slots__ = ("_build", "_cache", "_keys")

    def __init__(self, keys: Any, build: Any) -> None:
        self._keys = tuple(keys)
        self._build = build
        self._cache: dict[str, Any] = {}

    def __getitem__(self, key: str) -> Any:
        if key not in self._cache:
            if key not in self._keys:
                raise KeyError(key)
            self._cache[key] = self._build(key)
        return self._cache[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def __contains__(self, key: object) -> bool:
        return key in self._keys

    def __repr__(self) -> str:
        return f"<{len(self._keys)} entries: {', '.join(self._keys[:6])}{', ...' if len(self._keys) > 6 else ''}>"


class Shape:
    """One schema node: type, constraints, nested properties or items, exclusive groups."""

    __slots__ = ("__dict__", "_node", "path")

    def __init__(self, node: Mapping[str, Any], path: str = "") -> None:
        self._node = node
        self.path = path

    @property
    def type(self) -> str | tuple[str, ...] | None:
        t = self._node.get("type")
        return tuple(t) if isinstance(t, list) else t

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(self._node.get("required", ()))

    @property
    def constraints(self) -> Mapping[str, Any]:
        skip = {"type", "properties", "items", "required", "exclusive", "additional",
                "suggestions", "name", "in", "rule_sources", "spec_required", "ignored", "setting"}
        return MappingProxyType({k: _freeze(v) for k, v in self._node.items() if k not in skip})

    @property
    def rule_sources(self) -> Mapping[str, str]:
        """Constraint keyword -> where it is documented, for the rules the catalog adds
        where the spec declares none (``{"format": "PAN-OS admin guide, ..."}``)."""
        return _freeze(self._node.get("rule_sources") or {})

    def get(self, keyword: str, default: Any = None) -> Any:
        return _freeze(self._node.get(keyword, default))

    @_cached
    def properties(self) -> Mapping[str, Shape]:
        props = self._node.get("properties") or {}
        return _LazyMap(props, lambda k: Shape(props[k], f"{self.path}.{k}" if self.path else k))

    @_cached
    def items(self) -> Shape | None:
        node = self._node.get("items")
        return Shape(node, f"{self.path}[]") if node is not None else None

    @property
    def exclusive(self) -> tuple[Mapping[str, Any], ...]:
        """Mutually exclusive key groups: ``{"keys": [[...], ...], "required": bool}``."""
        return _freeze(self._node.get("exclusive", []))

    @property
    def read_only(self) -> bool:
        return bool(self._node.get("readOnly"))

    def raw(self) -> dict[str, Any]:
        """A deep copy of the node, for code that wants plain dicts (validators, the emulator)."""
        return _deepcopy(self._node)

    def __repr__(self) -> str:
        return f"<Shape {self.path or '?'} type={self.type}>"


class Parameter:
    """A flat parameter of an operation: path, query or top-level body field."""

    __slots__ = ("_node", "location", "name", "required")

    def __init__(self, name: str, location: str, required: bool, node: Mapping[str, Any]) -> None:
        self.name = name
        self.location = location
        self.required = required
        self._node = node

    @property
    def shape(self) -> Shape:
        return Shape(self._node, self.name)

    @property
    def type(self) -> Any:
        return self.shape.type

    @property
    def enum(self) -> tuple[Any, ...] | None:
        e = self._node.get("enum")
        return tuple(e) if e is not None else None

    @property
    def suggestions(self) -> tuple[Any, ...] | None:
        s = self._node.get("suggestions")
        return tuple(s) if s is not None else None

    @property
    def default(self) -> Any:
        return self._node.get("default")

    @property
    def spec_required(self) -> bool:
        """The spec requires it, but it has a default: optional, and the client sends the default."""
        return bool(self._node.get("spec_required"))

    @property
    def rule_sources(self) -> Mapping[str, str]:
        return self.shape.rule_sources

    @property
    def ignored(self) -> bool:
        """Not in the spec; accepted because widely used clients send it, and ignored
        (``rule_sources["ignored"]`` gives the evidence)."""
        return bool(self._node.get("ignored"))

    @property
    def read_only(self) -> bool:
        return bool(self._node.get("readOnly"))

    @property
    def setting(self) -> str | None:
        """For a header the engine sends by itself: the Settings field its value comes from
        (``panw_region`` for ``x-panw-region``); a value given with the call wins."""
        return self._node.get("setting")

    @property
    def constraints(self) -> Mapping[str, Any]:
        return self.shape.constraints

    def __repr__(self) -> str:
        req = " required" if self.required else ""
        return f"<Parameter {self.location}:{self.name} {self.type}{req}>"


class Operation:
    __slots__ = ("__dict__", "_data", "_resource", "name")

    def __init__(self, resource: Resource, name: str, data: Mapping[str, Any]) -> None:
        self._resource = resource
        self.name = name
        self._data = data

    resource = property(lambda self: self._resource)
    method = property(lambda self: self._data["method"])
    path = property(lambda self: self._data["path"])
    unified_path = property(lambda self: self._data["unified_path"])
    operation_id = property(lambda self: self._data["operation_id"])
    kind = property(lambda self: self._data["kind"])
    action = property(lambda self: self._data["action"])
    lists = property(lambda self: self._data["lists"])
    envelope = property(lambda self: self._data["envelope"])
    paginates = property(lambda self: self._data["paginates"])
    success_status = property(lambda self: self._data["success_status"])

    @property
    def qualified_name(self) -> str:
        return f"{self._resource.key}.{self.name}"

    @property
    def reads(self) -> bool:
        """A read sent as a POST (``incident.search``, the Insights queries): safe to repeat."""
        return bool(self._data.get("reads"))

    @property
    def spec_path(self) -> str:
        """The path as its spec file declares it: the template of a documented instance
        (``dataResourceCustom.tunnelList`` is ``.../custom/query/{feature_name}/{request_name}``
        called as ``.../tunnels/tunnel_list``), else :attr:`path`."""
        return self._data.get("spec_path") or self._data["path"]

    @property
    def families(self) -> tuple[str, ...]:
        """The URL families that serve it: ``legacy`` (``/sse/config/v1``), ``unified``.
        None for an operation of sasekit's own documents (resource family ``ip``), served on
        its own path whichever family a client uses."""
        if self._data.get("variant"):
            return self._resource.operations[self.name].families
        legacy = self._data["path"].startswith(LEGACY_PREFIX)
        unified = bool(self._data["unified_path"])
        return ("legacy",) * legacy + ("unified",) * unified

    @property
    def family(self) -> str:
        """The family this view validates and sends by (a variant's own, else its first;
        the resource family for an operation no URL family serves)."""
        families = self.families
        return self._data.get("variant") or (families[0] if families else self._resource.family)

    @property
    def spec_file(self) -> str:
        return self._data.get("spec_file") or self._resource.spec_file

    @property
    def scope(self) -> Mapping[str, Any] | None:
        """``{"keys": (...), "required": bool}``: the container query parameters, of which
        at most one (exactly one when required) may be given."""
        scope = self._data.get("scope")
        return _freeze(scope) if scope else None

    def variant(self, family: str) -> Operation:
        """This operation as ``family`` serves it, with that family's path, parameters and
        schemas; itself when that family has no variant of its own."""
        if family != "unified" or "unified" not in self._data:
            return self
        cached = self.__dict__.get("_unified_variant")
        if cached is None:
            data = {**self._data, **self._data["unified"], "variant": "unified"}
            del data["unified"]
            if "scope" not in self._data["unified"]:
                data.pop("scope", None)  # each family's own container rule, or none
            cached = self.__dict__["_unified_variant"] = Operation(self._resource, self.name, data)
        return cached

    @_cached
    def body(self) -> Shape | None:
        body = self._data.get("body")
        if not body or not body.get("shape"):
            return None
        return self._resource.shapes[body["shape"]]

    @_cached
    def response(self) -> Shape | None:
        name = self._data.get("response_shape")
        return self._resource.shapes[name] if name else None

    @_cached
    def parameters(self) -> Mapping[str, Parameter]:
        """Path and query parameters first, then the body's writable top-level fields.

        Where a body field has the name of a query parameter (``folder``, ``name``), the
        query parameter wins: the value is routed to the query string.
        """
        out: dict[str, Parameter] = {}
        for p in self._data["params"]:
            out[p["name"]] = Parameter(p["name"], p["in"], p["required"], p)
        body = self._data.get("body") or {}
        node = self._resource._shape_nodes().get(body.get("shape") or "", {})
        required = set(node.get("required", ()))
        for name, sub in (node.get("properties") or {}).items():
            if name in out or sub.get("readOnly"):
                continue
            out[name] = Parameter(name, "body", name in required, sub)
        return MappingProxyType(out)

    def raw(self) -> dict[str, Any]:
        return _deepcopy(self._data)

    def __repr__(self) -> str:
        return f"<Operation {self.qualified_name} {self.method} {self.path}>"


class Resource:
    __slots__ = ("__dict__", "_catalog", "_entry", "key")

    def __init__(self, catalog: Catalog, key: str, entry: Mapping[str, Any]) -> None:
        self._catalog = catalog
        self.key = key
        self._entry = entry

    family = property(lambda self: self._entry["family"])
    spec_file = property(lambda self: self._entry["spec_file"])
    group = property(lambda self: self._entry["group"])

    @_cached
    def _data(self) -> dict[str, Any]:
        return self._catalog._read(f"resources/{self.key}.json")

    def _shape_nodes(self) -> dict[str, Any]:
        return self._data["shapes"]

    @_cached
    def operations(self) -> Mapping[str, Operation]:
        ops = self._entry["operations"]
        return _LazyMap(ops, lambda n: Operation(self, n, self._data["operations"][n]))

    @_cached
    def shapes(self) -> Mapping[str, Shape]:
        nodes = self._data["shapes"]
        return _LazyMap(nodes, lambda n: Shape(nodes[n], ""))

    def __repr__(self) -> str:
        return f"<Resource {self.key} ({', '.join(self._entry['operations'])})>"


class Catalog(Mapping):
    """All resources of the catalog; ``catalog["address"].operations["create"]``."""

    def __init__(self, data_dir: Path | str = DATA_DIR) -> None:
        self.data_dir = os.fspath(data_dir)
        self._index = self._read("index.json")
        self._resources: dict[str, Resource] = {}

    def _read(self, rel: str) -> Any:
        return read_json(os.path.join(self.data_dir, rel))

    @property
    def sources(self) -> Mapping[str, str]:
        return MappingProxyType(self._index["sources"])

    @property
    def families(self) -> Mapping[str, Any]:
        return _freeze(self._index["families"])

    def __getitem__(self, key: str) -> Resource:
        res = self._resources.get(key)
        if res is None:
            entry = self._index["resources"][key]
            res = self._resources[key] = Resource(self, key, entry)
        return res

    def __iter__(self) -> Iterator[str]:
        return iter(self._index["resources"])

    def __len__(self) -> int:
        return len(self._index["resources"])

    def keys_in(self, family: str) -> list[str]:
        return [k for k, e in self._index["resources"].items() if e["family"] == family]

    def operation_names(self, key: str, family: str | None = None) -> list[str]:
        """Operation names of a resource (those ``family`` serves, if given), from the
        index alone (no resource file parsed)."""
        return list(self.routes(key, family))

    def routes(self, key: str, family: str | None = None) -> dict[str, str]:
        """Operation name -> "METHOD /path" for a resource, from the index alone: the
        first family's path, or ``family``'s (``legacy`` or ``unified``) where it has one."""
        entry = self._index["resources"][key]
        if family == "unified":
            return dict(entry.get("unified") or {})
        if family == "legacy":
            return {n: r for n, r in entry["operations"].items() if _is_legacy(r)}
        return dict(entry["operations"])

    def operation(self, qualified: str) -> Operation:
        key, _, name = qualified.partition(".")
        return self[key].operations[name]

    def stats(self) -> dict[str, Any]:
        """Counts per URL family (``legacy``, ``unified``) and per resource family
        (``config``: the Prisma Access resources; ``scm``: those only the unified family
        serves; ``setup``; ``ip``; the health APIs ``incidents`` and ``insights``, counted
        apart from both URL families), each per operation kind, from the index alone."""
        out: dict[str, Any] = {}

        def count(fam_name: str, names: list[str]) -> None:
            if not names:
                return
            fam = out.setdefault(fam_name, {"resources": 0, "operations": 0, "kinds": {}})
            fam["resources"] += 1
            for name in names:
                fam["operations"] += 1
                kind = kind_of(name)
                fam["kinds"][kind] = fam["kinds"].get(kind, 0) + 1

        for key, entry in self._index["resources"].items():
            count(entry["family"], list(entry["operations"]))
            count("legacy", self.operation_names(key, "legacy"))
            count("unified", self.operation_names(key, "unified"))
        return out

    def diagnostics(self) -> list[dict[str, str]]:
        return self._read("diagnostics.json")

    def __repr__(self) -> str:
        return f"<Catalog {len(self)} resources at {self.data_dir}>"
