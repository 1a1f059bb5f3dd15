"""OpenAPI files -> the committed catalog (facts only), with diagnostics.

Reads ``prisma-access-config/*.yaml`` (the 344 operations), ``scm-config/*.yaml`` (the
unified ``/config/<group>/v1`` paths of the same objects), the Setup API folders
and snippets from ``scm-config/setup.yaml``, the health APIs (``scm-incidents/``,
``access-insights-2.0/`` with the facts of ``insights-docs/``; families ``incidents`` and
``insights``, see :mod:`sasekit.catalog.health_apis`), and sasekit's own documents beside this
module in ``extra/`` (APIs outside Palo Alto's specs that the emulator invents, resource
family ``ip``: ``prismaAccessIp.list``). Writes one small index plus one JSON file
per resource so that looking up one operation never parses the rest.

Only facts are written: paths, methods, parameters, types, required flags, enums,
constraints, defaults and exclusive key groups. Description prose stays in the spec
files and is attached at run time by :mod:`sasekit.catalog.descriptions`.

Two kinds of fact go beyond a literal reading of the legacy files, each reported as a
diagnostic: a required parameter or field with a declared default becomes optional
(``required-with-default``; the client sends a parameter's default, the service fills
in a field's), and the value rules of :data:`VALUE_RULES` and the PAN-OS name rule are
added where the legacy spec declares none (``rule-added``), each with its source in the
node's ``rule_sources``.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex
import yaml

from . import naming
from .diagnostics import Diagnostics

FORMAT_VERSION = 1
CONFIG_DIR = "prisma-access-config"
UNIFIED_DIR = "scm-config"
SETUP_FILE = "scm-config/setup.yaml"
SETUP_PREFIX = "/config/setup/v1"
#: sasekit's own OpenAPI documents (not Palo Alto's): APIs outside the specs that the emulator
#: serves and the client reaches through the same engine. Compiled as resource family
#: :data:`EXTRA_FAMILY`, on their own paths (prefix "/", host "base"). Today one: the Prisma
#: Access IP document (``prismaAccessIp.list``, the public addresses of pushed remote networks).
EXTRA_DIR = Path(__file__).resolve().parent / "extra"
EXTRA_REL = "extra"  # how the index's sources and a resource's spec_file name them
EXTRA_FAMILY = "ip"
HTTP_METHODS = ("get", "post", "put", "delete", "patch")
OPERATION_ORDER = ("list", "create", "get", "update", "delete")

# Schema keywords kept as facts; everything else (description, example, title...) is dropped.
_CONSTRAINTS = (
    "format", "enum", "default", "minLength", "maxLength", "pattern", "minimum", "maximum",
    "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minItems", "maxItems",
    "uniqueItems", "readOnly", "writeOnly", "nullable",
)
_TYPE_ORDER = ("object", "array", "string", "integer", "number", "boolean")
# Keys whose enum lists system folders only: tenants have custom folders and snippets.
FOLDER_KEYS = ("folder", "folders")
# Request headers the engine fills in from a setting, by (lower-case) header name:
# header -> (Settings field, values the spec names only in prose, where it names them).
# The region header is spelt two ways in access-insights-3.0; its values are no enum anywhere.
_REGION_SOURCE = ("scm-incidents/Unified_SCM_Incident.yaml, components/parameters/PrismaRegionHeader: "
                  "\"The region for request(e.g., americas, europe, uk, au etc)\"")
HEADER_SETTINGS: dict[str, tuple[str, tuple[str, ...], str]] = {
    "x-panw-region": ("panw_region", ("americas", "europe", "uk", "au"), _REGION_SOURCE),
    "panw-region": ("panw_region", ("americas", "europe", "uk", "au"), _REGION_SOURCE),
    "prisma-tenant": ("prisma_tenant", (), ""),
}
# Body fields the spec marks required although the service fills them in (the guide's
# own examples omit them): (resource key, field) -> the value the service uses.
SERVICE_DEFAULTS: dict[tuple[str, str], Any] = {
    ("securityRule", "source_user"): ["any"],
    ("securityRule", "category"): ["any"],
}

# Value rules the service enforces where the legacy spec declares nothing. Each becomes
# constraint keywords on the field's node plus ``rule_sources`` (keyword -> where the
# rule is documented) and a ``rule-added`` diagnostic; a keyword the spec already
# declares is never replaced. ``facts`` None: read the keywords from ``source``, a JSON
# pointer into a Palo Alto spec file. Formats are checked by ``sasekit.validate``.
_ADDRESS_GUIDE = ("PAN-OS admin guide, Address Objects (docs.paloaltonetworks.com: "
                  "objects/addresses/address-objects-fields)")
# (resource key, dotted field path in its request body, facts or None, source)
VALUE_RULES: tuple[tuple[str, str, dict[str, Any] | None, str], ...] = (
    ("address", "ip_netmask", {"format": "ip-netmask"},
     f"{_ADDRESS_GUIDE}: IP Netmask, an IPv4 or IPv6 address with an optional /prefix length"),
    ("address", "ip_range", {"format": "ip-range"},
     f"{_ADDRESS_GUIDE}: IP Range, two IPv4 or two IPv6 addresses separated by a hyphen"),
    ("address", "ip_wildcard", {"format": "ip-wildcard"},
     f"{_ADDRESS_GUIDE}: IP Wildcard Mask, IPv4 only, address/wildcard-mask"),
    ("address", "fqdn", {"format": "fqdn"},
     "RFC 1123 section 2.1 and RFC 1035 section 2.3.4: labels of 1 to 63 characters, "
     "not starting or ending with a hyphen, at most 255 in all"),
    ("securityRule", "action", None,
     "scm-config/security.yaml#/components/schemas/base-rule-properties/properties/action"),
)
# PAN-OS object names: letters, digits, space, '.', '_' and '-', at most 63 characters, the
# rule the SCM spec declares for most objects. Added to the body `name` of every resource
# of these groups and every policy rule, where the spec declares no pattern (a declared
# pattern or maxLength is kept).
NAME_RULE_SOURCE = "scm-config/objects.yaml#/components/schemas/address-groups/properties/name"
NAME_RULE_GROUPS = ("objects", "security", "network")
NAME_RULE_EXEMPT = {
    # pan-scm-sdk, which works against real tenants, accepts ':', '[', ']', '&', '(' and
    # ')' in tag names (its TAG_NAME_PATTERN); the specs declare only maxLength 127.
    "tag",
    # the name is the excluded host name, e.g. '*.example.com'
    "decryptionExclusion",
}
_RULE_KEYWORDS = ("enum", "pattern", "format", "minLength", "maxLength")


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """YAML loader that keeps timestamps and dates as plain strings."""


# YAML 1.2 booleans only (OpenAPI 3 files are YAML 1.2): in 1.1, the property names
# `yes` and `no` of a BGP peer's `inherit` (scm-config/network.yaml) would read as booleans.
_BOOL_12 = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
_Loader.yaml_implicit_resolvers = {
    k: [(tag, _BOOL_12 if tag == "tag:yaml.org,2002:bool" else rx) for tag, rx in v
        if tag != "tag:yaml.org,2002:timestamp" and not (tag == "tag:yaml.org,2002:bool" and k not in "tTfF")]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_yaml(path: Path) -> Any:
    with open(path, "rb") as fh:
        return yaml.load(fh, Loader=_Loader)


@dataclass
class _Doc:
    """One spec file being compiled, with its shapes and a place to report findings."""

    rel: str
    data: dict[str, Any]
    diags: Diagnostics
    shapes: dict[str, Any] = field(default_factory=dict)

    def resolve(self, ref: str, where: str) -> tuple[str | None, Any]:
        if not ref.startswith("#/"):
            self.diags.error("ref-external", self.rel, where, f"external $ref {ref!r} not followed")
            return None, None
        node: Any = self.data
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, dict) or part not in node:
                self.diags.error("ref-unresolved", self.rel, where, f"$ref {ref!r} does not resolve")
                return None, None
            node = node[part]
        return ref.rsplit("/", 1)[-1], node


# --------------------------------------------------------------------------- schemas


def _check_pattern(doc: _Doc, pattern: str, where: str) -> bool:
    """Record how Python's ``re`` and the ``regex`` package read a spec pattern."""
    try:
        regex.compile(pattern)
    except regex.error as exc:
        doc.diags.error("pattern-invalid", doc.rel, where,
                        f"pattern {pattern!r} does not compile ({exc}); constraint dropped")
        return False
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            re.compile(pattern)
    except re.error as exc:
        doc.diags.warning("pattern-re-rejects", doc.rel, where,
                          f"Python re rejects {pattern!r} ({exc}); the regex package accepts it")
    except FutureWarning as exc:
        doc.diags.warning("pattern-re-misreads", doc.rel, where,
                          f"Python re misreads {pattern!r} ({exc}); POSIX classes need the regex package")
    return True


def _merge(into: dict[str, Any], other: dict[str, Any]) -> None:
    """Merge one compiled node into another (allOf/anyOf semantics for our facts)."""
    for key, value in other.items():
        if key == "properties":
            props = into.setdefault("properties", {})
            for name, sub in value.items():
                if name in props:
                    _merge(props[name], sub)
                else:
                    props[name] = sub
        elif key == "required":
            req = into.setdefault("required", [])
            req.extend(r for r in value if r not in req)
        elif key == "exclusive":
            into.setdefault("exclusive", []).extend(value)
        elif key == "items" and "items" in into:
            _merge(into["items"], value)
        elif key not in into:
            into[key] = value


def compile_schema(doc: _Doc, node: Any, where: str, stack: tuple[str, ...] = (),
                   key: str | None = None) -> dict[str, Any]:
    """Compile one JSON-schema node into a fact node: refs and allOf resolved, oneOf as groups."""
    if not isinstance(node, dict):
        return {}
    if "$ref" in node:
        name, target = doc.resolve(node["$ref"], where)
        if target is None or name is None:
            return {}
        if name in stack:
            doc.diags.warning("ref-recursive", doc.rel, where, f"recursive $ref {name!r} cut")
            return {"type": "object", "recursive": name}
        # Findings inside a referenced schema are reported where it is defined, once.
        return compile_schema(doc, target, node["$ref"][1:], (*stack, name), key)

    out: dict[str, Any] = {}
    declared = node.get("type")
    if isinstance(declared, str):
        out["type"] = declared
    elif isinstance(declared, list):
        out["type"] = [t for t in _TYPE_ORDER if t in declared]

    for kw in _CONSTRAINTS:
        if kw in node:
            out[kw] = node[kw]
    if "pattern" in out and not (isinstance(out["pattern"], str)
                                 and _check_pattern(doc, out["pattern"], where + "/pattern")):
        out.pop("pattern")
    # sasekit's own keys, written only by the spec repairs of the health APIs (health_apis.py)
    if isinstance(node.get("x-sasekit-suggestions"), list):
        out["suggestions"] = list(node["x-sasekit-suggestions"])
    if isinstance(node.get("x-sasekit-sources"), dict):
        out["rule_sources"] = dict(node["x-sasekit-sources"])
    if key in FOLDER_KEYS and "enum" in out:
        # Tenants have custom folders and snippets: the enum lists suggestions only.
        out["suggestions"] = out.pop("enum")
        if key == "folders":
            doc.diags.info("folders-enum-suggestions", doc.rel, where,
                           "the push folders enum omits folders the service accepts; kept as suggestions")

    if "properties" in node and isinstance(node["properties"], dict):
        out["type"] = out.get("type", "object")
        props = {}
        for name, sub in node["properties"].items():
            props[name] = compile_schema(doc, sub, f"{where}/properties/{name}", stack, name)
        out["properties"] = props
    if "items" in node:
        out["type"] = out.get("type", "array")
        out["items"] = compile_schema(doc, node["items"], where + "/items", stack, key)
    ap = node.get("additionalProperties")
    if ap is False:
        out["additional"] = False
    elif isinstance(ap, dict):
        out["additional"] = compile_schema(doc, ap, where + "/additionalProperties", stack)

    for i, sub in enumerate(node.get("allOf") or []):
        _merge(out, compile_schema(doc, sub, f"{where}/allOf/{i}", stack, key))
    if node.get("anyOf"):
        branches = [compile_schema(doc, b, f"{where}/anyOf/{i}", stack, key)
                    for i, b in enumerate(node["anyOf"])]
        for b in branches:
            b.pop("required", None)
            _merge(out, b)
        doc.diags.info("anyof-merged", doc.rel, where,
                       f"anyOf of {len(branches)} branches merged into one set of optional keys")
    if node.get("oneOf"):
        _compile_one_of(doc, node["oneOf"], where, stack, key, out)

    if "required" in node and isinstance(node["required"], list):
        _apply_required(doc, out, node["required"], where)
    if out.get("type") == "object" or "properties" in out:
        out.setdefault("properties", {})
    return out


def _titled_choice(branch: Any) -> bool:
    """A oneOf branch whose ``title`` names the key it stands for: the PAN-OS choice
    nodes of the unified network spec (a zone's ``network`` is one of ``layer3: [...]``,
    ``tap: [...]``...; a NAT rule's ``source_translation`` one of ``dynamic_ip_and_port:
    {...}``...). Not a branch that declares the titled key itself (``ip_netmask``), nor one
    whose title only spells one of its properties differently (``ip-address``)."""
    if not isinstance(branch, dict) or "$ref" in branch or not isinstance(branch.get("title"), str):
        return False
    return branch["title"].replace("-", "_") not in (branch.get("properties") or {})


def _compile_one_of(doc: _Doc, branches_in: list[Any], where: str, stack: tuple[str, ...],
                    key: str | None, out: dict[str, Any]) -> None:
    if branches_in and all(_titled_choice(b) for b in branches_in):
        # pan-scm-sdk 0.15.1, which works against tenants, sends these as keys
        # (scm/models/network/security_zone.py NetworkConfig: tap | layer2 | layer3 ...;
        # nat_rules.py SourceTranslation: dynamic_ip_and_port | dynamic_ip | static_ip).
        props = out.setdefault("properties", {})
        titles = []
        for i, b in enumerate(branches_in):
            value = {k: v for k, v in b.items() if k not in ("title", "description")}
            props[b["title"]] = compile_schema(doc, value, f"{where}/oneOf/{i}", stack, b["title"])
            titles.append(b["title"])
        out["type"] = "object"
        out.setdefault("exclusive", []).append({"keys": [[t] for t in titles], "required": False})
        doc.diags.info("oneof-titled-choice", doc.rel, where,
                       f"oneOf branches titled {titles} stand for keys of those names: at most one of them")
        return
    branches = [compile_schema(doc, b, f"{where}/oneOf/{i}", stack, key)
                for i, b in enumerate(branches_in)]
    if not all("properties" in b for b in branches):
        # Scalar alternatives: a type union.
        types = []
        for b in branches:
            t = b.get("type")
            for one in t if isinstance(t, list) else [t]:
                if one and one not in types:
                    types.append(one)
        if types and "type" not in out:
            out["type"] = types[0] if len(types) == 1 else types
        doc.diags.info("oneof-scalar", doc.rel, where, f"oneOf of scalar types {types} compiled as a type union")
        return
    groups = [list(b["properties"]) for b in branches]
    every_required = all(b.get("required") for b in branches)
    shared = {k for i, g in enumerate(groups) for other in groups[i + 1:] for k in g if k in other}
    if shared:
        # Alternative object layouts (a security rule's and an internet rule's properties,
        # both with `name`, `action`...): no key tells them apart, so no key set excludes
        # another. Compiled as anyOf: every branch's properties, each optional.
        for b in branches:
            b.pop("required", None)
            _merge(out, b)
        doc.diags.info("oneof-overlapping", doc.rel, where,
                       f"oneOf branches share keys ({', '.join(sorted(shared)[:5])}...); compiled as "
                       "anyOf, their properties optional")
        return
    if len(groups) == 1 and len(groups[0]) > 1:
        doc.diags.warning("oneof-single-branch", doc.rel, where,
                          f"oneOf has one branch with keys {groups[0]}; compiled as mutually exclusive keys")
        groups = [[k] for k in groups[0]]
    out["type"] = "object"
    props = out.setdefault("properties", {})
    for b in branches:
        for name, sub in b["properties"].items():
            if name in props:
                _merge(props[name], sub)
            else:
                props[name] = sub
    out.setdefault("exclusive", []).append({"keys": groups, "required": every_required})
    if not every_required:
        doc.diags.info("oneof-no-required", doc.rel, where,
                       f"oneOf branches {groups} declare no required key: at most one may be given")


def _apply_required(doc: _Doc, out: dict[str, Any], required: list[str], where: str) -> None:
    props = out.get("properties", {})
    keep = []
    for name in required:
        if name not in props:
            doc.diags.warning("required-not-in-properties", doc.rel, where,
                              f"required name {name!r} has no property; not enforced")
        elif props[name].get("readOnly"):
            doc.diags.info("required-read-only", doc.rel, where,
                           f"required name {name!r} is readOnly; not required on input")
        elif name not in keep:
            keep.append(name)
    if keep:
        existing = out.setdefault("required", [])
        existing.extend(n for n in keep if n not in existing)


# --------------------------------------------------------------------------- operations


def _params(doc: _Doc, path_item: dict[str, Any], op: dict[str, Any], where: str) -> list[dict[str, Any]]:
    raw = list(path_item.get("parameters") or []) + list(op.get("parameters") or [])
    params: list[dict[str, Any]] = []
    seen: dict[tuple[str, str], int] = {}
    for i, p in enumerate(raw):
        pwhere = f"{where}/parameters/{i}"
        if "$ref" in p:
            ref = p["$ref"]
            _, p = doc.resolve(ref, pwhere)
            pwhere = ref[1:]
            if p is None:
                continue
        name, loc = p.get("name"), p.get("in")
        if not name or loc not in ("path", "query", "header", "cookie"):
            doc.diags.error("parameter-malformed", doc.rel, pwhere, "parameter without name or location")
            continue
        if loc == "header":
            name = name.lower()  # header names are case-insensitive (RFC 9110, 5.1): one spelling
        entry: dict[str, Any] = {"name": name, "in": loc, "required": bool(p.get("required"))}
        entry.update(compile_schema(doc, p.get("schema") or {}, pwhere + "/schema", key=name))
        if loc == "header":
            _header_setting(doc, entry, pwhere)
        if (name, loc) in seen:
            doc.diags.warning("parameter-duplicate", doc.rel, pwhere, f"parameter {name!r} declared twice")
            params[seen[(name, loc)]] = entry
            continue
        seen[(name, loc)] = len(params)
        params.append(entry)
    return params


def _header_setting(doc: _Doc, entry: dict[str, Any], where: str) -> None:
    """A header the engine fills from a setting (:data:`HEADER_SETTINGS`): the fact
    ``setting`` on the parameter, and the values the spec names in prose as suggestions."""
    known = HEADER_SETTINGS.get(entry["name"])
    if known is None:
        return
    setting, suggestions, source = known
    entry["setting"] = setting
    if suggestions and "enum" not in entry:
        entry["suggestions"] = list(suggestions)
        entry.setdefault("rule_sources", {})["suggestions"] = source
    doc.diags.info("header-from-setting", doc.rel, where,
                   f"header {entry['name']!r} ({'required' if entry['required'] else 'optional'}) is sent "
                   f"from the setting {setting}" + (f"; the spec names {', '.join(suggestions)} as examples "
                                                   "only (no enum)" if suggestions else ""))


def _success(doc: _Doc, op: dict[str, Any], where: str) -> tuple[int, Any]:
    codes = sorted(c for c in (op.get("responses") or {}) if str(c).startswith("2"))
    if not codes:
        doc.diags.warning("no-success-response", doc.rel, where, "no 2xx response declared")
        return 200, None
    code = codes[0]
    resp = op["responses"][code]
    if isinstance(resp, dict) and "$ref" in resp:
        _, resp = doc.resolve(resp["$ref"], f"{where}/responses/{code}")
    schema = None
    if isinstance(resp, dict):
        content = resp.get("content") or {}
        media = content.get("application/json") or next(iter(content.values()), None)
        if isinstance(media, dict):
            schema = media.get("schema")
    return int(code), schema


def _deref(doc: _Doc, node: Any, where: str) -> tuple[str | None, Any]:
    name = None
    while isinstance(node, dict) and "$ref" in node:
        name, node = doc.resolve(node["$ref"], where)
    return name, node


def _array_items(doc: _Doc, node: Any, where: str) -> Any | None:
    """The ``items`` of an array schema, looking through allOf wrappers."""
    _, node = _deref(doc, node, where)
    if not isinstance(node, dict):
        return None
    if "items" in node:
        return node["items"]
    for sub in node.get("allOf") or []:
        found = _array_items(doc, sub, where)
        if found is not None:
            return found
    return None


def _shape_ref(doc: _Doc, node: Any, fallback: str, where: str) -> str | None:
    """Compile a body or response item schema into the resource's shapes; return its name."""
    if not node:
        return None
    name, _target = _deref(doc, node, where)
    shape_name = name or fallback
    if shape_name not in doc.shapes:
        doc.shapes[shape_name] = compile_schema(doc, node, where)
    return shape_name


def _envelope(doc: _Doc, schema: Any, where: str) -> tuple[str | None, Any]:
    """Envelope ('data', 'array', 'object' or None) of a success response, and its item schema."""
    if schema is None:
        return None, None
    _, body = _deref(doc, schema, where)
    props = (body.get("properties") or {}) if isinstance(body, dict) else {}
    if "data" in props:
        items = _array_items(doc, props["data"], where)
        if items is not None:
            return "data", items
        if {"limit", "offset", "total"} <= set(props):
            doc.diags.warning("list-data-not-array", doc.rel, where,
                              "a paged answer's data is declared as one object, not an array of them; "
                              "compiled as an array of that object")
            return "data", props["data"]
    items = _array_items(doc, body, where)
    if items is not None:
        return "array", items
    return "object", schema


def _body(doc: _Doc, op: dict[str, Any], op_name: str, where: str) -> dict[str, Any] | None:
    rb = op.get("requestBody")
    if not rb:
        return None
    if "$ref" in rb:
        _, rb = doc.resolve(rb["$ref"], where + "/requestBody")
        if rb is None:
            return None
    content = rb.get("content") or {}
    media_type = "application/json" if "application/json" in content else next(iter(content), None)
    if media_type is None:
        return None
    schema = (content[media_type] or {}).get("schema")
    shape = _shape_ref(doc, schema, f"{op_name}-body", where + "/requestBody")
    return {"shape": shape, "required": bool(rb.get("required")), "media_type": media_type}


# (METHOD, full path, returns a list) -> (resource key, operation name)
Namer = Callable[[str, str, bool], tuple[str, str]]


def _compile_operation(doc: _Doc, stem: str, file_path: str, method: str, path_item: dict[str, Any],
                       op: dict[str, Any], prefix: str, namer: Namer | None = None,
                       mount: str = "") -> tuple[str, str, dict[str, Any]]:
    """One operation of a spec file; ``mount`` is prepended to the file's path (the unified
    files declare paths relative to their server URL)."""
    where = f"/paths/{file_path.replace('~', '~0').replace('/', '~1')}/{method}"
    path = mount + file_path
    code, schema = _success(doc, op, where)
    params = _params(doc, path_item, op, where)
    envelope, item_schema = _envelope(doc, schema, where + f"/responses/{code}")
    returns_list = envelope in ("data", "array")
    if namer is None:
        key, name = naming.name_operation(stem, method, path, returns_list, prefix)
    else:
        key, name = namer(method.upper(), path, returns_list)
    suffix = "response" if envelope == "object" else "item"
    response_shape = _shape_ref(doc, item_schema, f"{key}.{name}-{suffix}", where + "/responses")
    body = _body(doc, op, f"{key}.{name}", where)
    kind = naming.kind_of(name)

    if kind == "get" and naming.is_item_path(path) and envelope == "array":
        doc.diags.info("get-declared-array", doc.rel, where,
                       "get by id is declared as an array; the service returns the object")
        envelope = "object"
    if name == "list" and envelope == "array":
        doc.diags.warning("list-bare-array", doc.rel, where,
                          "list returns a bare array, not the {data, limit, offset, total} envelope")
    if not op.get("operationId"):
        doc.diags.warning("missing-operation-id", doc.rel, where, "operation has no operationId")

    template_params = set(re.findall(r"{([^}]+)}", path))
    declared = {p["name"] for p in params if p["in"] == "path"}
    for missing in sorted(template_params - declared):
        doc.diags.error("path-param-undeclared", doc.rel, where, f"path parameter {missing!r} not declared")
        params.append({"name": missing, "in": "path", "required": True, "type": "string"})
    for extra in sorted(declared - template_params):
        doc.diags.warning("path-param-unused", doc.rel, where,
                          f"path parameter {extra!r} is not in the path {path}; dropped (it cannot be sent)")
        params = [p for p in params if not (p["in"] == "path" and p["name"] == extra)]

    for p in params:
        if p["name"] == "position" and not key.endswith("Rule"):
            doc.diags.warning("position-copy-pasted", doc.rel, where,
                              f"rule 'position' parameter on {key}.{name}, which is not a rule; made optional")
            p["required"] = False
        if p["in"] == "query" and p["name"] == "folder" and p["required"] and "{" in path:
            doc.diags.warning("folder-on-id-path", doc.rel, where,
                              f"{key}.{name} addresses one object by id yet requires folder; made optional")
            p["required"] = False
        if p["in"] == "query" and p["name"] == "folder" and "suggestions" in p:
            doc.diags.info("folder-enum-suggestions", doc.rel, "/components/parameters/folder",
                           "the folder enum lists system folders; custom folders are legal, kept as suggestions")
        if p["required"] and "default" in p:
            doc.diags.warning("required-with-default", doc.rel, where,
                              f"{key}.{name} parameter {p['name']!r} is required yet has the default "
                              f"{p['default']!r}; made optional, the client sends the default when omitted")
            p["required"] = False
            p["spec_required"] = True

    names = {p["name"] for p in params}
    entry: dict[str, Any] = {
        "method": method.upper(),
        "path": path,
        "unified_path": None,
        "operation_id": op.get("operationId"),
        "kind": kind,
        "action": naming.split_path(path, prefix)[1],
        "lists": returns_list and kind != "get",
        "envelope": envelope,
        "paginates": "limit" in names and "offset" in names,
        "success_status": code,
        "params": params,
        "body": body,
        "response_shape": response_shape,
    }
    return key, name, entry


# --------------------------------------------------------------------------- unified paths


def _norm(path: str) -> str:
    return re.sub(r"{[^}]+}", "{}", path)


@dataclass
class _Unified:
    """The unified spec files as read: relative path -> YAML, and where each operation is."""

    files: dict[str, Any] = field(default_factory=dict)
    # (METHOD, unified path as the catalog records it) -> (file, path key in that file)
    ops: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)


def _servers(data: dict[str, Any]) -> tuple[str | None, str | None]:
    """The path parts of a unified file's current and legacy server URLs."""
    current = legacy = None
    for server in data.get("servers") or []:
        url = str(server.get("url", ""))
        path_part = "/" + url.split("://", 1)[-1].split("/", 1)[-1] if "://" in url else url
        if (server.get("description") or "").lower() == "legacy":
            legacy = path_part
        elif current is None:
            current = path_part
    return current, legacy


def _compile_unified(spec_dir: Path, diags: Diagnostics, sources: dict[str, str], docs: _Unified,
                     resources: dict[str, dict[str, Any]]) -> None:
    """Every operation of every ``scm-config`` file, on its own paths and schemas.

    An operation whose legacy twin exists (its path under the file's legacy server, or the
    same resource key and operation name) becomes that operation's unified variant; the
    others become operations of their own, of new resources where the key is new."""
    from . import families

    legacy_routes = {(op["method"], _norm(op["path"])): (key, name)
                     for key, res in resources.items() for name, op in res["operations"].items()}
    for rel, f, data in spec_files(sorted((spec_dir / UNIFIED_DIR).glob("*.yaml")), UNIFIED_DIR, sources, diags):
        docs.files[rel] = data
        current, legacy = _servers(data)
        if current is None:
            diags.warning("unified-no-server", rel, "/servers", "no server URL; file skipped")
            continue
        group = current.strip("/").split("/")[1] if current.count("/") >= 2 else f.stem

        def namer(method: str, path: str, returns_list: bool, current: str = current,
                  legacy: str | None = legacy, stem: str = f.stem) -> tuple[str, str]:
            twin = legacy_routes.get((method, _norm(legacy + path[len(current):]))) if legacy else None
            if twin:
                return twin
            return (naming.unified_resource_key(stem, path, current),
                    naming.operation_name(method, path, returns_list))

        for p, item in (data.get("paths") or {}).items():
            for m in HTTP_METHODS:
                if m in (item or {}):
                    docs.ops.setdefault((m.upper(), current + p), (rel, p))
        compiled: dict[str, dict[str, Any]] = {}
        family = "setup" if rel == SETUP_FILE else "scm"
        compile_file(rel, f.stem, data, diags, current, family, compiled, namer, current,
                      families.SHAPE_PREFIX)
        families.attach(resources, compiled, group, diags)


def _compile_extra(diags: Diagnostics, sources: dict[str, str],
                   resources: dict[str, dict[str, Any]], extra_dir: Path = EXTRA_DIR) -> None:
    """sasekit's own documents under ``catalog/extra/`` (see :data:`EXTRA_DIR`), each
    operation named by the legacy rules (the file stem; :data:`naming.HAND_NAMED`), as
    resource family :data:`EXTRA_FAMILY`. They sit beside the package, not in the spec folder:
    every build compiles them, whichever spec folder it reads."""
    for rel, f, data in spec_files(sorted(extra_dir.glob("*.yaml")), EXTRA_REL, sources, diags):
        compiled: dict[str, dict[str, Any]] = {}
        compile_file(rel, f.stem, data, diags, "/", EXTRA_FAMILY, compiled)
        for key, res in compiled.items():
            if key in resources:
                diags.error("operation-name-clash", rel, "/",
                            f"resource {key!r} of {rel} is already compiled from {resources[key]['spec_file']}; "
                            "not compiled")
                continue
            resources[key] = res


def spec_files(files: list[Path], rel_dir: str, sources: dict[str, str], diags: Diagnostics
                ) -> Iterator[tuple[str, Path, Any]]:
    """``(rel, path, document)`` of each file, its hash recorded in ``sources``; a file that
    does not parse is a diagnostic and is skipped."""
    for f in files:
        rel = f"{rel_dir}/{f.name}"
        sources[rel] = sha(f)
        try:
            data = load_yaml(f)
        except yaml.YAMLError as exc:
            diags.error("yaml-invalid", rel, "/", f"file does not parse: {exc}")
            continue
        yield rel, f, data


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --------------------------------------------------------------------------- build


@dataclass
class Build:
    index: dict[str, Any]
    resources: dict[str, dict[str, Any]]
    diagnostics: Diagnostics

    def files(self) -> dict[str, bytes]:
        """Relative path -> bytes of every file of the catalog data folder."""
        out = {"index.json": dump(self.index),
               "diagnostics.json": dump(self.diagnostics.to_json())}
        for key, res in self.resources.items():
            out[f"resources/{key}.json"] = dump(res)
        return out


def dump(obj: Any) -> bytes:
    return (json.dumps(obj, indent=1, ensure_ascii=False) + "\n").encode()


def _ordered_ops(ops: dict[str, Any]) -> dict[str, Any]:
    rank = {n: i for i, n in enumerate(OPERATION_ORDER)}
    return {k: ops[k] for k in sorted(ops, key=lambda n: (rank.get(n, len(rank)), n))}


def compile_file(rel: str, stem: str, data: dict[str, Any], diags: Diagnostics, prefix: str,
                  family: str, resources: dict[str, dict[str, Any]], namer: Namer | None = None,
                  mount: str = "", shape_prefix: str = "") -> None:
    """Compile every operation of one file into ``resources``. ``shape_prefix`` keeps the
    shape names of a second family apart from the first's in a shared resource."""
    doc = _Doc(rel, data, diags)
    owners: dict[str, list[str]] = {}
    for path, item in (data.get("paths") or {}).items():
        for method in HTTP_METHODS:
            op = (item or {}).get(method)
            if not isinstance(op, dict):
                continue
            key, name, entry = _compile_operation(doc, stem, path, method, item, op, prefix, namer, mount)
            if shape_prefix:
                if entry["response_shape"]:
                    entry["response_shape"] = shape_prefix + entry["response_shape"]
                if entry["body"] and entry["body"].get("shape"):
                    entry["body"]["shape"] = shape_prefix + entry["body"]["shape"]
            res = resources.setdefault(key, {
                "key": key, "family": family, "spec_file": rel, "group": None,
                "operations": {}, "shapes": {},
            })
            if name in res["operations"]:
                name, entry = _by_name_twin(res, key, name, entry, diags, rel)
            res["operations"][name] = entry
            for shape in (entry["response_shape"], (entry["body"] or {}).get("shape")):
                if shape:
                    owners.setdefault(shape, []).append(key)
    for shape, keys in owners.items():
        own = shape[len(shape_prefix):]
        _relax_defaults(doc, doc.shapes[own], f"/components/schemas/{own}")
        for key in sorted(set(keys)):
            _service_defaults(doc, key, own)
            resources[key]["shapes"][shape] = doc.shapes[own]


def _by_name_twin(res: dict[str, Any], key: str, name: str, entry: dict[str, Any], diags: Diagnostics,
                  rel: str) -> tuple[str, dict[str, Any]]:
    """Two operations with one name: a collection PUT/DELETE addressing objects by the
    ``name`` query beside the by-id one becomes ``updateByName``/``deleteByName``."""
    other = res["operations"][name]
    by_query = [e for e in (entry, other) if not naming.is_item_path(e["path"])
                and any(p["name"] == "name" and p["in"] == "query" for p in e["params"])]
    if len(by_query) == 1 and name in ("update", "delete"):
        diags.info("named-by-query", rel, by_query[0]["path"],
                   f"{key}: {by_query[0]['method']} on the collection addresses objects by name "
                   f"beside the by-id {name}; named {name}ByName")
        if by_query[0] is other:
            res["operations"][name + "ByName"] = res["operations"].pop(name)
            return name, entry
        return name + "ByName", entry
    diags.error("operation-name-clash", rel, entry["path"], f"{key}.{name} defined twice; second kept")
    return name, entry


def _relax_defaults(doc: _Doc, node: Any, where: str) -> None:
    """A required field with a declared default is optional: the service fills it in."""
    if not isinstance(node, dict):
        return
    props = node.get("properties") or {}
    required = node.get("required")
    if required:
        for name in [n for n in required if "default" in props.get(n, {})]:
            required.remove(name)
            doc.diags.warning("required-with-default", doc.rel, f"{where}/properties/{name}",
                              f"field {name!r} is required yet has the default {props[name]['default']!r}; "
                              "made optional (the service fills in the default)")
        if not required:
            node.pop("required")
    for name, sub in props.items():
        _relax_defaults(doc, sub, f"{where}/properties/{name}")
    if isinstance(node.get("items"), dict):
        _relax_defaults(doc, node["items"], f"{where}/items")
    if isinstance(node.get("additional"), dict):
        _relax_defaults(doc, node["additional"], f"{where}/additionalProperties")


def _service_defaults(doc: _Doc, key: str, shape: str) -> None:
    node = doc.shapes[shape]
    for (res, field_name), value in SERVICE_DEFAULTS.items():
        prop = (node.get("properties") or {}).get(field_name)
        if res != key or prop is None or "default" in prop:
            continue
        prop["default"] = value
        if field_name in node.get("required", []):
            node["required"].remove(field_name)
            doc.diags.warning("required-with-service-default", doc.rel, f"/components/schemas/{shape}",
                              f"{key} field {field_name!r} is required by the spec but the service fills "
                              f"in {value!r}; made optional with that default")


def _rule_facts(source: str, docs: _Unified, diags: Diagnostics) -> dict[str, Any] | None:
    """The rule keywords at a ``file#/json/pointer`` source, or None (reported) when absent."""
    rel, _, pointer = source.partition("#")
    data = docs.files.get(rel)
    if data is None:
        diags.error("rule-source-missing", rel, pointer or "/", f"rule source {source!r}: file not read")
        return None
    doc = _Doc(rel, data, diags)
    _, node = doc.resolve("#" + pointer, pointer)
    if not isinstance(node, dict):
        return None
    facts = {k: node[k] for k in _RULE_KEYWORDS if k in node}
    if "pattern" in facts and not (isinstance(facts["pattern"], str)
                                   and _check_pattern(doc, facts["pattern"], pointer + "/pattern")):
        facts.pop("pattern")
    if not facts:
        diags.error("rule-source-empty", rel, pointer, f"rule source {source!r} declares no constraint")
        return None
    return facts


def _find_property(data: Any, node: Any, pointer: str, name: str, want: str,
                   seen: frozenset[str] = frozenset()) -> str | None:
    """The JSON pointer of the first property ``name`` declaring ``want`` in a schema,
    looking through $ref, allOf, anyOf and oneOf."""
    if not isinstance(node, dict):
        return None
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/") and ref not in seen:
        target: Any = data
        for part in ref[2:].split("/"):
            target = target.get(part.replace("~1", "/").replace("~0", "~")) if isinstance(target, dict) else None
        return _find_property(data, target, ref[1:], name, want, seen | {ref})
    prop = (node.get("properties") or {}).get(name)
    if isinstance(prop, dict) and want in prop:
        return f"{pointer}/properties/{name}"
    for kw in ("allOf", "anyOf", "oneOf"):
        for i, sub in enumerate(node.get(kw) or ()):
            found = _find_property(data, sub, f"{pointer}/{kw}/{i}", name, want, seen)
            if found:
                return found
    return None


def _unified_name_source(res: dict[str, Any], docs: _Unified) -> str | None:
    """``file#pointer`` of the name pattern the unified spec declares for this resource's
    create body, if it declares one."""
    op = res["operations"].get("create")
    if not op or not op.get("unified_path"):
        return None
    hit = docs.ops.get((op["method"], op["unified_path"]))
    if hit is None:
        return None
    rel, path = hit
    data = docs.files[rel]
    body = (((data.get("paths") or {}).get(path) or {}).get(op["method"].lower()) or {}).get("requestBody")
    media = ((body or {}).get("content") or {}).get("application/json") or {}
    pointer = f"/paths/{path.replace('~', '~0').replace('/', '~1')}/{op['method'].lower()}" \
              "/requestBody/content/application~1json/schema"
    found = _find_property(data, media.get("schema"), pointer, "name", "pattern")
    return f"{rel}#{found}" if found else None


def _field_node(node: Any, dotted: str) -> dict[str, Any] | None:
    for part in dotted.split("."):
        if not isinstance(node, dict):
            return None
        node = (node.get("properties") or {}).get(part)
    return node if isinstance(node, dict) else None


def _body_shapes(res: dict[str, Any]) -> list[str]:
    """The request body shapes of a resource, both families' (one object, one service)."""
    entries = [e for op in res["operations"].values() for e in (op, op.get("unified") or {})]
    names = {(e.get("body") or {}).get("shape") for e in entries}
    return sorted(n for n in names if n)


def _add_rule(res: dict[str, Any], shape: str, dotted: str, facts: dict[str, Any], source: str,
              diags: Diagnostics) -> None:
    """Add the keywords of ``facts`` the field lacks, each with its source; report them."""
    node = _field_node(res["shapes"][shape], dotted)
    if node is None or node.get("readOnly"):
        return
    added = {k: v for k, v in facts.items() if k not in node}
    if not added:
        return
    # Shapes may be shared by the resources of one spec file: change this resource's own copy.
    res["shapes"][shape] = copy.deepcopy(res["shapes"][shape])
    node = _field_node(res["shapes"][shape], dotted)
    assert node is not None
    node.update(added)
    node.setdefault("rule_sources", {}).update({k: source for k in added})
    shown = ", ".join(f"{k} {v!r}" for k, v in added.items())
    where = "/components/schemas/" + shape + "".join(f"/properties/{p}" for p in dotted.split("."))
    diags.info("rule-added", res["spec_file"], where,
               f"{res['key']}.{dotted}: {shown} added, not declared here (source: {source})")


def _apply_value_rules(resources: dict[str, dict[str, Any]], docs: _Unified,
                       diags: Diagnostics) -> None:
    """The rules of :data:`VALUE_RULES` and the PAN-OS name rule, as catalog facts."""
    cache: dict[str, dict[str, Any] | None] = {}

    def facts_at(source: str) -> dict[str, Any] | None:
        if source not in cache:
            cache[source] = _rule_facts(source, docs, diags) if docs.files else None
        return cache[source]

    for key, dotted, facts, source in VALUE_RULES:
        res = resources.get(key)
        given = facts if facts is not None else facts_at(source)
        if res is None or not given:
            continue
        for shape in _body_shapes(res):
            _add_rule(res, shape, dotted, given, source, diags)

    for key, res in resources.items():
        if key in NAME_RULE_EXEMPT or res["family"] != "config":
            continue
        if res["group"] not in NAME_RULE_GROUPS and not key.endswith("Rule"):
            continue
        # The resource's own unified schema first; else the rule most objects declare.
        source = _unified_name_source(res, docs) or NAME_RULE_SOURCE
        facts = facts_at(source)
        if not facts:
            continue
        for shape in _body_shapes(res):
            node = _field_node(res["shapes"][shape], "name")
            if node is None or node.get("type") != "string" or "pattern" in node:
                continue  # a declared pattern is kept, with its own length (or none)
            _add_rule(res, shape, "name", facts, source, diags)


def build(spec_dir: Path | str) -> Build:
    """Compile the specs under ``spec_dir``. Never raises on a spec quirk."""
    spec_dir = Path(spec_dir)
    diags = Diagnostics()
    resources: dict[str, dict[str, Any]] = {}
    sources: dict[str, str] = {}
    files = sorted((spec_dir / CONFIG_DIR).glob("*.yaml"))
    if not files:
        raise FileNotFoundError(f"no spec files under {spec_dir / CONFIG_DIR}")
    for rel, f, data in spec_files(files, CONFIG_DIR, sources, diags):
        compile_file(rel, f.stem, data, diags, naming.LEGACY_PREFIX, "config", resources)

    unified_docs = _Unified()
    if (spec_dir / UNIFIED_DIR).is_dir():
        _compile_unified(spec_dir, diags, sources, unified_docs, resources)
    _compile_extra(diags, sources, resources)
    from . import families

    families.reconcile(resources, diags)
    _apply_value_rules(resources, unified_docs, diags)
    from .health_apis import compile_health

    # the health APIs last: their own families, hosts and repairs (nothing above touches them)
    health = compile_health(spec_dir, diags, sources, resources)
    for res in resources.values():
        res["operations"] = _ordered_ops(res["operations"])
        res["shapes"] = dict(sorted(res["shapes"].items()))
    resources = dict(sorted(resources.items()))
    index = {
        "format": FORMAT_VERSION,
        "families": {
            "config": {"prefix": naming.LEGACY_PREFIX, "host": "base"},
            "scm": {"prefix": "/config/<group>/v1", "host": "base"},
            "setup": {"prefix": SETUP_PREFIX, "host": "setup"},
            EXTRA_FAMILY: {"prefix": "/", "host": "base"},
            **health,
        },
        "sources": dict(sorted(sources.items())),
        "resources": {
            key: {
                "family": res["family"],
                "spec_file": res["spec_file"],
                "group": res["group"],
                "operations": {n: f"{o['method']} {o['path']}" for n, o in res["operations"].items()},
                "unified": {n: f"{o['method']} {o['unified_path']}" for n, o in res["operations"].items()
                            if o.get("unified_path")},
            }
            for key, res in resources.items()
        },
    }
    return Build(index, resources, diags)


def write(result: Build, out_dir: Path | str) -> list[Path]:
    """Write the catalog files, replacing stale resource files. Returns the written paths."""
    out_dir = Path(out_dir)
    (out_dir / "resources").mkdir(parents=True, exist_ok=True)
    files = result.files()
    for stale in (out_dir / "resources").glob("*.json"):
        if f"resources/{stale.name}" not in files:
            stale.unlink()
    written = []
    for rel, content in files.items():
        target = out_dir / rel
        tmp = target.with_suffix(".tmp")
        tmp.write_bytes(content)
        tmp.replace(target)
        written.append(target)
    return written
