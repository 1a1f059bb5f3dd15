"""Two URL families of one API: joining the unified operations to the legacy ones, and
the spec defects resolved between them.

The legacy files (``/sse/config/v1``) and the unified ones (``/config/<group>/v1``)
describe the same objects twice, each with its own mistakes. An operation served by
both becomes one operation with a *variant* per family, validated by its own family's
schema. Where the two schemas disagree on what an object has (one omits ``name`` that
the other declares), each gains what the other declares: the service has one object.
Every such repair is a diagnostic, so nothing is changed silently.

The passes here work on the compiler's plain dictionaries, after every file is compiled.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from typing import Any

from . import naming
from .diagnostics import Diagnostics

SHAPE_PREFIX = "unified:"  # keeps a unified schema's name apart from the legacy one's
# What a variant holds of its own; the name, kind and action are the operation's.
VARIANT_KEYS = ("path", "operation_id", "params", "body", "response_shape", "envelope", "lists",
                "paginates", "success_status")
SCOPE_KEYS = ("folder", "snippet", "device")

# Query parameters that widely used clients send although the spec does not declare them.
# The real service accepts them (api-facts, "Values the service checks": a field a widely
# used client sends on every call and that works against tenants is accepted), so the
# catalog declares them as accepted and ignored: (name, schema, applies to, evidence).
_SDK = "pan-scm-sdk 0.15.1"
# applies to: (resource key, operation kind, path) -> bool
ACCEPTED_QUERY: tuple[tuple[str, dict[str, Any], Callable[[str, str, str], bool], str], ...] = (
    ("position", {"type": "string", "enum": ["pre", "post"]},
     lambda key, kind, path: key.endswith("Rule") and kind in ("update", "delete")
     and naming.is_item_path(path),
     f"{_SDK} sends ?position=<rulebase> on rule update and delete "
     "(scm/config/security/security_rule.py, update() and delete(); the same in "
     "decryption_rule.py, authentication_rule.py and app_override_rule.py)"),
    *((scope, {"type": "string"},
       lambda key, kind, path: kind in ("update", "delete"),
       f"{_SDK} moves the container from the body to the query on update "
       "(scm/config/objects/hip_object.py, update()) and sends ?folder= on the mobile-agent "
       "profile updates and deletes (scm/config/mobile_agent/agent_profiles.py)")
      for scope in SCOPE_KEYS),
    ("name", {"type": "string"},
     lambda key, kind, path: kind == "list" and key == "bandwidthAllocation",
     f"{_SDK} looks a bandwidth allocation up with ?name= "
     "(scm/config/deployment/bandwidth_allocations.py, get()); the list filters by it"),
    *((scope, {"type": "string"},
       lambda key, kind, path: kind == "list" and key == "autoTagAction",
       f"{_SDK} sends exactly one container on every list and fetch, auto-tag actions included "
       "(scm/config/objects/auto_tag_actions.py, list() and fetch())")
      for scope in SCOPE_KEYS),
)
# Fields whose type a widely used client shows to be wider than a spec declares:
# (resource key, field, wider type, evidence).
WIDER_TYPES: tuple[tuple[str, str, str, str], ...] = (
    ("bandwidthAllocation", "allocated_bandwidth", "number",
     f"{_SDK} models it as a float (scm/models/deployment/bandwidth_allocations.py, "
     "allocated_bandwidth: float) and sends 50.0; the legacy spec declares a number too"),
)
NARROWER = {"number": ("integer",)}
# Body fields that widely used clients send and neither family's schema declares:
# (resource key, field, schema, evidence). Accepted and kept, as the service keeps them.
ACCEPTED_BODY: tuple[tuple[str, str, dict[str, Any], str], ...] = (
    ("mobileAgentAuthenticationSetting", "name", {"type": "string", "maxLength": 63},
     f"{_SDK} requires a name in every authentication settings body "
     "(scm/models/mobile_agent/auth_settings.py, AuthSettingsBaseModel.name) and looks the "
     "settings up by it"),
    ("remoteNetwork", "folder", {"type": "string"},
     f"{_SDK} creates a remote network with its folder in the body and no query, on the legacy "
     "path too (scm/config/deployment/remote_networks.py:136-139; pan-scm-sdk 0.3.44, which "
     "scm-config-clone pins, the same at :117-119): the folder query is then satisfied by it"),
    ("remoteNetwork", "description", {"type": "string", "maxLength": 1023},
     f"{_SDK} models a remote network with a description and sends it on create and update "
     "(scm/models/deployment/remote_networks.py, RemoteNetworkBaseModel.description)"),
    ("serviceConnection", "folder", {"type": "string"},
     f"{_SDK} models a service connection with its folder and sends it back on update "
     "(scm/models/deployment/service_connections.py, ServiceConnectionBaseModel.folder; "
     "scm/config/deployment/service_connections.py, update())"),
)


def attach(resources: dict[str, dict[str, Any]], compiled: dict[str, dict[str, Any]], group: str,
           diags: Diagnostics) -> None:
    """Join the resources compiled from one unified file to the catalog's."""
    for key, ures in compiled.items():
        for op in ures["operations"].values():
            op["unified_path"] = op["path"]
        target = resources.get(key)
        if target is None:
            ures["group"] = group
            resources[key] = ures
            continue
        target["group"] = target["group"] or group
        for name, entry in ures["operations"].items():
            existing = target["operations"].get(name)
            if existing is None:
                target["operations"][name] = {**entry, "spec_file": ures["spec_file"]}
            elif existing["path"].startswith(naming.LEGACY_PREFIX) and "unified" not in existing:
                existing["unified_path"] = entry["path"]
                existing["unified"] = {"spec_file": ures["spec_file"],
                                       **{k: entry[k] for k in VARIANT_KEYS}}
            else:
                diags.error("operation-name-clash", ures["spec_file"], entry["path"],
                            f"{key}.{name} is already {existing['method']} {existing['path']}; "
                            f"{entry['method']} {entry['path']} not compiled")
                continue
            for shape in _shapes_of(entry):
                target["shapes"][shape] = ures["shapes"][shape]


def reconcile(resources: dict[str, dict[str, Any]], diags: Diagnostics) -> None:
    """The passes between the families, in order: what has no twin, merged properties,
    scope groups, accepted parameters."""
    for key, res in resources.items():
        for name, op in res["operations"].items():
            if op["path"].startswith(naming.LEGACY_PREFIX) and not op.get("unified_path"):
                diags.info("no-unified-path", res["spec_file"], op["path"],
                           f"{key}.{name} has no {op['method']} on the unified /config/<group>/v1 family")
    _merge_missing_properties(resources, diags)
    _accept_body_fields(resources, diags)
    _widen_types(resources, diags)
    for key, res in resources.items():
        copied: set[str] = set()
        for name, kind, entry, spec_file in _entries(res):
            where = (key, name, kind, entry, spec_file)
            _scope_query(*where, diags)
            _scope_body(res, *where, copied, diags)
            _accept_undeclared(*where, diags)


def _entries(res: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any], str]]:
    """(operation name, kind, entry, spec file) for every operation and unified variant."""
    for name, op in res["operations"].items():
        yield name, op["kind"], op, op.get("spec_file", res["spec_file"])
        variant = op.get("unified")
        if variant is not None:
            yield name, op["kind"], variant, variant["spec_file"]


def _shapes_of(entry: dict[str, Any]) -> list[str]:
    body = (entry.get("body") or {}).get("shape")
    return [s for s in (entry.get("response_shape"), body) if s]


def _own_copy(res: dict[str, Any], shape: str, copied: set[str]) -> dict[str, Any]:
    """The resource's own copy of a shape (shapes may be shared by the resources of a file)."""
    if shape not in copied:
        res["shapes"][shape] = copy.deepcopy(res["shapes"][shape])
        copied.add(shape)
    node: dict[str, Any] = res["shapes"][shape]
    return node


def _merge_missing_properties(resources: dict[str, dict[str, Any]], diags: Diagnostics) -> None:
    """A property one family's schema declares for an object and the other's omits is
    merged into the other (``name`` of the LDAP profile, ``log_start`` of a security rule).
    The container keys stay each family's own: the legacy one takes them in the query."""
    for key, res in resources.items():
        copied: set[str] = set()
        done: set[tuple[str, str]] = set()
        for name, op in res["operations"].items():
            variant = op.get("unified")
            if variant is None:
                continue
            pairs = [((op.get("body") or {}).get("shape"), (variant.get("body") or {}).get("shape")),
                     (op.get("response_shape"), variant.get("response_shape"))]
            files = (res["spec_file"], variant["spec_file"])
            for legacy, unified in pairs:
                if not legacy or not unified or (legacy, unified) in done:
                    continue
                done.add((legacy, unified))
                for src, dst, src_file, dst_file in ((unified, legacy, files[1], files[0]),
                                                     (legacy, unified, files[0], files[1])):
                    have = res["shapes"][dst].get("properties")
                    give = res["shapes"][src].get("properties") or {}
                    if have is None:
                        continue
                    missing = [p for p in give if p not in have and p not in SCOPE_KEYS]
                    if not missing:
                        continue
                    node = _own_copy(res, dst, copied)
                    for prop in missing:
                        node["properties"][prop] = copy.deepcopy(give[prop])
                    if "name" in missing and "name" in (res["shapes"][src].get("required") or ()):
                        # every object has a name: required where the other family requires it
                        node.setdefault("required", []).append("name")
                    diags.info("property-merged", dst_file, f"/components/schemas/{_bare(dst)}",
                               f"{key} ({name}): {', '.join(map(repr, missing))} declared by "
                               f"{src_file} but not here; merged")


def _bare(shape: str) -> str:
    return shape[len(SHAPE_PREFIX):] if shape.startswith(SHAPE_PREFIX) else shape


def _scope_query(key: str, name: str, kind: str, op: dict[str, Any], spec_file: str,
                 diags: Diagnostics) -> None:
    """``folder``, ``snippet`` and ``device`` listed together: exactly one of them (at most
    one on an operation that addresses one object by id)."""
    scoped = [p for p in op["params"] if p["in"] == "query" and p["name"] in SCOPE_KEYS]
    if len(scoped) < 2:
        return
    required = any(p["required"] for p in scoped) or (
        kind in ("list", "create") and not naming.is_item_path(op["path"]))
    for p in scoped:
        p["required"] = False
    op.setdefault("scope", {"keys": [p["name"] for p in scoped], "required": required})
    diags.info("scope-exactly-one", spec_file, op["path"],
               f"{key}.{name}: {'exactly' if required else 'at most'} one of "
               f"{' | '.join(p['name'] for p in scoped)}")


def _scope_body(res: dict[str, Any], key: str, name: str, kind: str, op: dict[str, Any],
                spec_file: str, copied: set[str], diags: Diagnostics) -> None:
    """A body naming its container: exactly one on create; on update the container may be
    left out (the object keeps its own; clients send only what they change)."""
    body = op.get("body") or {}
    shape = body.get("shape")
    if not shape or kind not in ("create", "update"):
        return
    node = res["shapes"][shape]
    scoped = [k for k in SCOPE_KEYS if k in (node.get("properties") or {})]
    if len(scoped) < 2:
        return
    groups = [g for g in node.get("exclusive") or []
              if {k for branch in g["keys"] for k in branch} <= set(SCOPE_KEYS)]
    if kind == "create" and not groups:
        node = _own_copy(res, shape, copied)
        node.setdefault("exclusive", []).append({"keys": [[k] for k in scoped], "required": True})
        diags.info("scope-exactly-one", spec_file, op["path"],
                   f"{key}.{name}: exactly one of {' | '.join(scoped)} in the body")
    elif kind == "update" and any(g["required"] for g in groups):
        relaxed = shape + "@update"
        if relaxed not in res["shapes"]:
            res["shapes"][relaxed] = copy.deepcopy(node)
            for g in res["shapes"][relaxed]["exclusive"]:
                if g in groups:
                    g["required"] = False
        op["body"] = {**body, "shape": relaxed}
        diags.info("scope-optional-on-update", spec_file, op["path"],
                   f"{key}.{name}: the spec requires one of {' | '.join(scoped)} in the update body; "
                   "at most one (the object keeps its container)")


def _accept_undeclared(key: str, name: str, kind: str, op: dict[str, Any], spec_file: str,
                       diags: Diagnostics) -> None:
    declared = {p["name"] for p in op["params"]}
    for pname, schema, applies, evidence in ACCEPTED_QUERY:
        if pname in declared or not applies(key, kind, op["path"]):
            continue
        # `name` filters a list (the emulator's and the service's lists filter by it);
        # the others change nothing.
        ignored = pname != "name"
        op["params"].append({"name": pname, "in": "query", "required": False, **schema,
                             **({"ignored": True} if ignored else {}),
                             "rule_sources": {"ignored" if ignored else "accepted": evidence}})
        diags.info("parameter-accepted-ignored", spec_file, op["path"],
                   f"{key}.{name}: query parameter {pname!r} is not declared; accepted"
                   f"{' and ignored' if ignored else ''} ({evidence})")


def _widen_types(resources: dict[str, dict[str, Any]], diags: Diagnostics) -> None:
    """Types a widely used client shows the service takes, where a spec declares a
    narrower one (``number`` where it says ``integer``), in every shape of the resource."""
    for key, field, wider, evidence in WIDER_TYPES:
        res = resources.get(key)
        if res is None:
            continue
        for shape_name in list(res["shapes"]):
            prop = (res["shapes"][shape_name].get("properties") or {}).get(field)
            if prop is None or prop.get("type") == wider or prop.get("type") not in NARROWER[wider]:
                continue
            node = _own_copy(res, shape_name, set())
            node["properties"][field] = {**prop, "type": wider,
                                         "rule_sources": {**prop.get("rule_sources", {}), "type": evidence}}
            unified_file = next((op["unified"]["spec_file"] for op in res["operations"].values()
                                 if op.get("unified")), res["spec_file"])
            spec_file = unified_file if shape_name.startswith(SHAPE_PREFIX) else res["spec_file"]
            diags.info("type-widened", spec_file, f"/components/schemas/{_bare(shape_name)}",
                       f"{key}.{field}: {prop.get('type')} widened to {wider} ({evidence})")


def _accept_body_fields(resources: dict[str, dict[str, Any]], diags: Diagnostics) -> None:
    for key, field, schema, evidence in ACCEPTED_BODY:
        res = resources.get(key)
        if res is None:
            continue
        copied: set[str] = set()
        for name, kind, entry, spec_file in _entries(res):
            shape = (entry.get("body") or {}).get("shape")
            if not shape or kind not in ("create", "update"):
                continue
            if field in (res["shapes"][shape].get("properties") or {}):
                continue
            node = _own_copy(res, shape, copied)
            node["properties"][field] = {**schema, "rule_sources": {"accepted": evidence}}
            query = [p for p in entry["params"] if p["name"] == field and p["in"] == "query"]
            if field in SCOPE_KEYS and query and query[0]["required"]:
                # the container in the body satisfies the query's: one of the two places
                query[0]["required"] = False
                entry.setdefault("scope", {"keys": [field], "required": True})
            diags.info("field-accepted", spec_file, f"/components/schemas/{_bare(shape)}",
                       f"{key}.{name}: body field {field!r} is not declared; accepted ({evidence})")
