"""Conformance of the emulator to Palo Alto's own OpenAPI files, both URL families.

Two families of spec files drive the run, against one in-process (ASGI) emulator that
serves both on one host, with a bearer token of the demo account:

- ``legacy``: ``../shared/openapi/prisma-access-config/*.yaml`` (68 files, 344 operations,
  paths ``/sse/config/v1/...``);
- ``unified``: ``../shared/openapi/scm-config/{setup,objects,security,network,identity,
  deployment,mobile-agent,operations}.yaml`` (697 operations). Their paths are relative to
  the server; each file's base path is the path of its ``Current`` server URL
  (``/config/<group>/v1``), prefixed to every path of that file as loaded.

Schemathesis generates valid (positive) and invalid (negative) requests for every
operation, and every answer must pass:

- ``not_a_server_error``: no 5xx;
- ``status_code_conformance``: the status is one the operation declares;
- ``content_type_conformance``: the media type is the declared one;
- ``response_schema``: the body validates against the schema the spec declares for that
  operation and status, checked by :mod:`conformance_schema` with ``jsonschema_rs``, an
  independent JSON Schema validator: ``$ref``s resolve in the spec document itself, and
  ``sasekit.validate`` plays no part. (Schemathesis's own ``response_schema_conformance``
  is not used: it runs the same engine on its own rewrite of the spec, and a pattern it
  cannot compile makes the whole operation untestable instead of naming the pattern.) A
  violation names the operation, the status, the JSON path in the answer, the rule and the
  value found.

Where the real service disagrees with its spec, ``../shared/docs/api-facts.md`` wins
and the emulator follows the service. Those known deviations are not hidden by
switching checks off: each is a patch of the loaded spec, listed in
:data:`DEVIATIONS` with its reason and the families it applies to (and in the README,
"Conformance deviations"). Patches only widen a schema to also accept what the service
really sends; a patch that no longer finds its target in a family it names fails
:func:`test_every_deviation_still_applies`, so the list cannot silently outlive the spec
defect it describes. :data:`CHECK_EXCLUSIONS` can take a single check off a single
operation, with a reason; it is empty.

Requests run per spec file in a fixed order (creates, then reads, updates and
deletes), and item operations (``/{id}``) are also sent with ids the emulator
handed out earlier in the run, so successful get/update/delete answers are checked
too, not only 404s. Every operation's generator has a fixed seed: a run is repeatable.
``make test`` runs both families with :data:`FAST_EXAMPLES` examples per operation and mode
(2 legacy, 1 unified: about 40 s together);
``bench/conformance.py --family legacy|unified|both --examples N [--seed S]`` is the long
run with the same checks, and prints figures per file and per family.
"""

from __future__ import annotations

import contextlib
import copy
import json
import re
import time
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

schemathesis = pytest.importorskip("schemathesis")

from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402
from hypothesis import seed as hypothesis_seed  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from hypothesis.errors import Unsatisfiable  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.core.control import SkipTest  # noqa: E402
from schemathesis.core.failures import FailureGroup  # noqa: E402
from schemathesis.generation import GenerationMode  # noqa: E402
from schemathesis.python import asgi  # noqa: E402
from schemathesis.specs.openapi.checks import (  # noqa: E402
    content_type_conformance,
    status_code_conformance,
)

from conformance_schema import (  # noqa: E402
    ResponseSchemas,
    Violation,
    ecma_pattern,
    load_yaml,
    mend_patterns,
)
from sasekit.emulator import DEMO_ACCOUNT, EmulatorConfig, create_app  # noqa: E402
from sasekit.emulator.config import Faults, RateLimit  # noqa: E402
from sasekit.emulator.responses import json_response  # noqa: E402

FAMILIES = ("legacy", "unified")
LEGACY_DIR = "prisma-access-config"
UNIFIED_DIR = "scm-config"
# setup first (folders and snippets), operations (push, jobs) last
UNIFIED_FILES = ("setup", "objects", "security", "network", "identity", "deployment", "mobile-agent",
                 "operations")
OPERATIONS = {"legacy": 344, "unified": 697}
# Examples per operation and generation mode in `make test` (about 15 s legacy, 20 s unified on
# 2 idle cores): every operation of both families gets valid and invalid requests.
FAST_EXAMPLES = {"legacy": 2, "unified": 1}
SCHEMATHESIS_CHECKS: dict[str, Callable[..., Any]] = {
    "not_a_server_error": not_a_server_error,
    "status_code_conformance": status_code_conformance,
    "content_type_conformance": content_type_conformance,
}
RESPONSE_SCHEMA = "response_schema"  # conformance_schema, the independent validator
CHECK_NAMES = (*SCHEMATHESIS_CHECKS, RESPONSE_SCHEMA)
MODES = (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
METHOD_ORDER = {"POST": 0, "GET": 1, "PUT": 2, "PATCH": 2, "DELETE": 3}
ITEM_PATH = re.compile(r"^(?P<collection>.*)/\{(?P<param>\w+)\}(?::\w+)?$")


# ---------------------------------------------------------------------------- spec files


@dataclass(frozen=True)
class SpecFile:
    """One spec file of one family, and the base path its paths are served under."""

    family: str
    path: Path
    base_path: str  # "" for legacy files, whose paths already start with /sse/config/v1

    @property
    def stem(self) -> str:
        return self.path.stem

    @property
    def key(self) -> str:
        return f"{self.family}/{self.stem}"


def current_base_path(spec: dict[str, Any]) -> str:
    """The path of the file's ``Current`` server URL (else its first), e.g. ``/config/objects/v1``."""
    servers = spec.get("servers") or [{"url": ""}]
    current = next((s for s in servers if s.get("description") == "Current"), servers[0])
    return urlsplit(current["url"]).path.rstrip("/")


def spec_files(spec_dir: Path, family: str, only: Iterable[str] = ()) -> list[SpecFile]:
    """The files of a family, in run order; ``only`` keeps the given stems."""
    keep = {s.strip() for s in only if s.strip()}
    if family == "legacy":
        paths = sorted((spec_dir / LEGACY_DIR).glob("*.yaml"))
    elif family == "unified":
        paths = [spec_dir / UNIFIED_DIR / f"{stem}.yaml" for stem in UNIFIED_FILES]
    else:
        raise ValueError(f"unknown family {family!r}: one of {', '.join(FAMILIES)}")
    out = []
    for path in paths:
        if keep and path.stem not in keep:
            continue
        base = "" if family == "legacy" else current_base_path(load_yaml(path))
        out.append(SpecFile(family, path, base))
    return out


# ---------------------------------------------------------------------------- deviations

Spec = dict[str, Any]


def _responses(spec: Spec) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """(path, METHOD, status, response object) of every inline response in a spec."""
    for path, item in spec.get("paths", {}).items():
        for method, op in item.items():
            if not isinstance(op, dict) or "responses" not in op:
                continue
            for status, response in op["responses"].items():
                yield path, method.upper(), str(status), response


def _json_schema(response: dict[str, Any]) -> dict[str, Any] | None:
    return response.get("content", {}).get("application/json", {}).get("schema")


def _declared_array_items(schema: dict[str, Any]) -> dict[str, Any] | None:
    """The item schema of a response declared as an array (``allOf: [{type: array, items}]``)."""
    if schema.get("type") == "array":
        return schema.get("items")
    parts = schema.get("allOf") or []
    if len(parts) == 1 and parts[0].get("type") == "array":
        return parts[0].get("items")
    return None


def _error_details_any_shape(spec: Spec) -> int:
    info = spec.get("components", {}).get("schemas", {}).get("error_detail_cause_info", {})
    details = info.get("properties", {}).get("details")
    legacy = {"type": "object"}
    unified = {"oneOf": [{"type": "string"}, {"type": "object"}]}
    if details not in (legacy, unified):
        return 0
    info["properties"]["details"] = {"anyOf": [{"type": "object"}, {"type": "array"}, {"type": "string"}]}
    return 1


def _get_by_id_returns_object(spec: Spec) -> int:
    changed = 0
    for path, method, status, response in _responses(spec):
        if method != "GET" or status != "200" or not path.endswith("}") or path.endswith("/jobs/{id}"):
            continue
        schema = _json_schema(response)
        items = _declared_array_items(schema) if schema else None
        if items is not None:
            response["content"]["application/json"]["schema"] = {"anyOf": [schema, copy.deepcopy(items)]}
            changed += 1
    return changed


def _job_get_is_enveloped(spec: Spec) -> int:
    changed = 0
    for path, method, status, response in _responses(spec):
        if (method, status) != ("GET", "200") or not path.endswith("/jobs/{id}"):
            continue
        schema = _json_schema(response)
        items = _declared_array_items(schema) if schema else None
        if items is not None:
            envelope = {"type": "object", "required": ["data"],
                        "properties": {"data": {"type": "array", "items": copy.deepcopy(items)}}}
            response["content"]["application/json"]["schema"] = {"anyOf": [schema, envelope]}
            changed += 1
    return changed


def _list_data_is_an_array(spec: Spec) -> int:
    changed = 0
    for path, method, status, response in _responses(spec):
        if (method, status) != ("GET", "200") or path.endswith("}"):
            continue
        schema = _json_schema(response) or {}
        data = schema.get("properties", {}).get("data")
        if isinstance(data, dict) and set(data) == {"$ref"}:  # one object where the list has its items
            schema["properties"]["data"] = {"anyOf": [data, {"type": "array", "items": copy.deepcopy(data)}]}
            changed += 1
    return changed


def _import_returns_the_object(spec: Spec) -> int:
    changed = 0
    created = {"$ref": "#/components/schemas/certificates-get"}
    for path, method, status, response in _responses(spec):
        if (method, status) != ("POST", "201") or not path.endswith("/certificates:import"):
            continue
        schema = _json_schema(response)
        if schema == {"$ref": "#/components/schemas/certificates-import"}:
            response["content"]["application/json"]["schema"] = {"anyOf": [schema, created]}
            changed += 1
    return changed


def _allocated_bandwidth_is_a_number(spec: Spec) -> int:
    prop = (spec.get("components", {}).get("schemas", {}).get("bandwidth-allocations", {})
            .get("properties", {}).get("allocated_bandwidth"))
    if isinstance(prop, dict) and prop.get("type") == "integer":
        prop["type"] = "number"
        return 1
    return 0


def _bare_list_of_objects(spec: Spec) -> int:
    """A GET whose 200 is an array of a schema that is itself an array (of objects)."""
    changed = 0
    schemas = spec.get("components", {}).get("schemas", {})
    for _path, method, status, response in _responses(spec):
        if (method, status) != ("GET", "200"):
            continue
        schema = _json_schema(response)
        items = _declared_array_items(schema) if schema else None
        ref = items.get("$ref", "") if isinstance(items, dict) else ""
        target = schemas.get(ref.rsplit("/", 1)[-1]) if ref.startswith("#/components/schemas/") else None
        if isinstance(target, dict) and target.get("type") == "array" and isinstance(target.get("items"), dict):
            flat = {"type": "array", "items": copy.deepcopy(target["items"])}
            response["content"]["application/json"]["schema"] = {"anyOf": [schema, flat]}
            changed += 1
    return changed


def _certificate_validity_is_text(spec: Spec) -> int:
    props = (spec.get("components", {}).get("schemas", {}).get("certificates-get", {})
             .get("properties", {}))
    changed = 0
    for name in ("not_valid_before", "not_valid_after"):
        prop = props.get(name)
        if isinstance(prop, dict) and prop.get("format") == "date":
            del prop["format"]
            changed += 1
    return changed


def _end_ts_once_finished(spec: Spec) -> int:
    schema = spec.get("components", {}).get("schemas", {}).get("jobs", {})
    required = schema.get("required")
    if isinstance(required, list) and "end_ts" in required:
        required.remove("end_ts")
        return 1
    return 0


def _url_admin_override_in_any_container(spec: Spec) -> int:
    changed = 0
    for node in _walk(spec.get("components", {}).get("schemas", {}).get("url-admin-override-get", {})):
        required = node.get("required")
        if isinstance(required, list) and "folder" in required and "folder" in node.get("properties", {}):
            required.remove("folder")
            node.setdefault("anyOf", []).extend({"required": [k]} for k in ("folder", "snippet", "device"))
            changed += 1
    return changed


# What the legacy schema requires of a vulnerability signature; the unified one adds more.
LEGACY_SIGNATURE_REQUIRED = ["threat_id", "threatname"]


def _signatures_written_by_either_family(spec: Spec) -> int:
    schema = spec.get("components", {}).get("schemas", {}).get("vulnerability-protection-signatures", {})
    required = schema.get("required")
    if isinstance(required, list) and set(required) > set(LEGACY_SIGNATURE_REQUIRED):
        schema["required"] = list(LEGACY_SIGNATURE_REQUIRED)
        return 1
    return 0


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def _is_key_branch(branch: Any) -> bool:
    """A ``oneOf`` branch of the "exactly one of these keys" form: an object schema naming
    its key(s) in ``properties`` (not a ``$ref``, nor another type)."""
    return (isinstance(branch, dict) and bool(branch.get("properties")) and "$ref" not in branch
            and branch.get("type", "object") == "object")


def _one_of_as_exclusive_keys(spec: Spec) -> int:
    changed = 0
    for node in _walk(spec):
        branches = node.get("oneOf")
        if not isinstance(branches, list) or not branches or not all(_is_key_branch(b) for b in branches) \
                or all("required" in b for b in branches):
            continue
        keys: list[str] = []
        for branch in branches:
            if "required" not in branch:
                branch["required"] = sorted(branch["properties"])
            keys += branch["required"]
        branches.append({"not": {"anyOf": [{"required": [k]} for k in keys]}})  # or none of them
        changed += 1
    return changed


@dataclass(frozen=True)
class Deviation:
    """A known, deliberate difference between the spec and the real service (api-facts wins)."""

    key: str
    reason: str
    patch: Callable[[Spec], int]  # widens the loaded spec in place; returns the places changed
    families: tuple[str, ...] = FAMILIES  # where the spec defect is; the patch must find it in each


DEVIATIONS: tuple[Deviation, ...] = (
    Deviation(
        "error-details-any-shape",
        "`_errors[].details` is declared `type: object` (legacy) or `oneOf: [string, object]` "
        "(unified), but the service sends an object, a list (validation messages, e.g. "
        "`[\"\\\"folder\\\" is required\"]`) or a string (api-facts: Responses/Errors). The error "
        "schema accepts all three.",
        _error_details_any_shape,
    ),
    Deviation(
        "get-by-id-returns-object",
        "GET by id (`.../{id}`, unified also `/config-versions/{version}` and "
        "`/subscribed-tenants/{id}`) is declared to return an array of the object, but the real "
        "service returns the object itself (api-facts: 'Get by id is declared as an array but "
        "real services return the object; accept both'). The 200 schema accepts both.",
        _get_by_id_returns_object,
    ),
    Deviation(
        "job-get-enveloped",
        "GET /jobs/{id} is declared as an array of jobs, but the service answers `{data: [job]}` "
        "(api-facts: Configuration versions and jobs). The 200 schema accepts both. (The unified "
        "spec already declares the envelope.)",
        _job_get_is_enveloped,
        ("legacy",),
    ),
    Deviation(
        "list-data-is-an-array",
        "A list (GET of a collection, unified `/application-groups`) declares `data` as one object, "
        "but lists answer `{data: [...], limit, offset, total}` (api-facts: Responses). `data` "
        "accepts the object or an array of it.",
        _list_data_is_an_array,
        ("unified",),
    ),
    Deviation(
        "import-returns-the-certificate",
        "`POST .../certificates:import` declares its 201 body as the import payload "
        "(`certificates-import`: name, certificate_file, format, key_file, passphrase), i.e. the "
        "request echoed, private key included; a create answers with the created object including "
        "its `id` (api-facts: Responses), here the certificate (`certificates-get`). The legacy "
        "file declares no body. The 201 schema accepts either.",
        _import_returns_the_object,
        ("unified",),
    ),
    Deviation(
        "allocated-bandwidth-is-a-number",
        "The unified spec declares a bandwidth allocation's `allocated_bandwidth` an integer, the "
        "legacy one a number; pan-scm-sdk 0.15.1, which works against tenants, models it as a float "
        "and sends 50.0 (scm/models/deployment/bandwidth_allocations.py). The catalog widens it "
        "(`type-widened`); so does the schema here.",
        _allocated_bandwidth_is_a_number,
        ("unified",),
    ),
    Deviation(
        "bare-list-of-objects",
        "GET /locations and /license-types declare their 200 as an array of `locations` "
        "(`license-types`), each itself declared an array of objects: an array of arrays. The "
        "service answers one array of the objects (the unified file declares `/locations` so; "
        "pan-scm-sdk's NetworkLocations.list reads a list of location objects). The 200 schema "
        "also accepts the flat array.",
        _bare_list_of_objects,
        ("legacy",),
    ),
    Deviation(
        "certificate-validity-is-openssl-text",
        "`not_valid_before`/`not_valid_after` of a certificate are declared `format: date` (unified; "
        "legacy: a plain string). They are PAN-OS's certificate entry (`not-valid-before`...), text "
        "as OpenSSL prints it, `Dec 02 05:53:40 2026 GMT`, with the instant also in `expiry_epoch`; "
        "pan-scm-sdk types them as strings; a full-date could not carry the time of day the service "
        "tracks. Plain strings here, as the legacy spec declares.",
        _certificate_validity_is_text,
        ("unified",),
    ),
    Deviation(
        "end-ts-once-finished",
        "The unified `jobs` schema requires `end_ts`; a job that is still running has not ended, "
        "so it carries none (the issue's rule; pan-scm-sdk's JobStatusData.end_ts is "
        "Optional[datetime] and refuses an empty string, so the field is left out, not blank).",
        _end_ts_once_finished,
        ("unified",),
    ),
    Deviation(
        "url-admin-override-in-any-container",
        "`POST /url-admin-override` takes `folder`, `snippet` or `device`, yet the list item "
        "schema requires `folder`: an override made in a snippet or on a device could never be "
        "listed. The item requires one of the three containers.",
        _url_admin_override_in_any_container,
        ("unified",),
    ),
    Deviation(
        "signatures-written-by-either-family",
        "One object, two schemas: a vulnerability signature created through the legacy family "
        "carries what the legacy schema requires (threat_id, threatname); the unified schema also "
        "requires affected_host, severity, direction and signature, which such an object may lack. "
        "The unified answer requires what both families require.",
        _signatures_written_by_either_family,
        ("unified",),
    ),
    Deviation(
        "oneof-exclusive-keys",
        "`oneOf`s (rule actions, IKE lifetimes, ...) with branches without `required`, so under "
        "strict JSON Schema `{}` or `{\"alert\": {}}` matches several branches and fails. The service "
        "means mutually exclusive keys (api-facts: Bodies and schemas): each branch requires its "
        "own key, and an extra branch allows none of them.",
        _one_of_as_exclusive_keys,
    ),
)

@dataclass(frozen=True)
class RequestDeviation:
    """Something the emulator refuses, like the service, although the spec allows it. No check
    fails for it (a 400 is declared everywhere): it only makes some spec-valid requests get a 4xx,
    which the long run counts under "spec-valid requests refused"."""

    key: str
    reason: str


REQUEST_DEVIATIONS: tuple[RequestDeviation, ...] = (
    RequestDeviation(
        "container-exactly-one",
        "The unified files declare `folder`, `snippet` and `device` as three independent optional "
        "query parameters (lists) or leave the body's container out of some schemas; the emulator "
        "wants exactly one (400 `exactly one of folder | snippet | device is required`, `only one "
        "of ... may be given`). The legacy spec requires `folder` on 152 operations (api-facts: "
        "Parameters) and pan-scm-sdk refuses a call without exactly one ('Exactly one of "
        "'folder', 'snippet', or 'device' must be provided.')."),
    RequestDeviation(
        "names-not-blank",
        "Many `name`s declare no `minLength`; the emulator refuses `\"\"` and white-space-only names "
        "(400 `\"name\" is not allowed to be empty`), as the service does: a blank name cannot be "
        "told apart in a list nor addressed with `?name=` (README, emulator hygiene)."),
    RequestDeviation(
        "name-pattern",
        "Legacy files omit the name pattern; the emulator checks `^[ a-zA-Z\\d._-]+$` (at most 63 "
        "characters, tags 127) on both families, as the unified files declare and the service does "
        "(api-facts: Values the service checks)."),
    RequestDeviation(
        "undeclared-fields-refused",
        "Schemas leave `additionalProperties` open, so generated bodies carry random extra keys; "
        "the emulator refuses a key its schema does not declare (400 `\"x\" is not allowed`), in "
        "the style of the service's own messages (api-facts: Errors, `\"folder\" is required`)."),
    RequestDeviation(
        "provisioning-references",
        "What IPsec provisioning names must exist when it is written (the service's checks; "
        "health-facts: Prisma-side objects): a remote network's `region` is a location `value` "
        "whose aggregate region has a bandwidth allocation, its `license_type` one the tenant "
        "holds, its `spn_name` (required for FWAAS-AGGREGATE) an SPN of that allocation, its "
        "`ipsec_tunnel` (required when `ecmp_load_balancing` is disable, as the specs say), "
        "`secondary_ipsec_tunnel` and `ecmp_tunnels[].ipsec_tunnel` IPsec tunnels of its folder; an "
        "IPsec tunnel's IKE gateways and IPsec crypto profile and an IKE gateway's IKE crypto "
        "profile exist (predefined profiles count). Each is a 400 naming the field and the value; "
        "a predefined crypto profile cannot be changed or deleted (400)."),
    RequestDeviation(
        "push-names-folders",
        "The push body's `folders` is optional in the specs; the emulator refuses a push of no "
        "folder (400 `\"folders\" must name at least one folder to push`): the emulator's choice "
        "(commit 15a129d), with the folders of api-facts (Configuration versions and jobs)."),
)

# (METHOD, path template) -> {check name: reason}. One check off one operation; empty today.
CHECK_EXCLUSIONS: dict[tuple[str, str], dict[str, str]] = {}

_BGP_ROUTE_ACTIONS = (
    "schemathesis cannot generate its body: the BGP route attributes of `vrf[].bgp.policy` "
    "(`aggregate_route_attributes`, `export`/`import` rule `action.allow.update`) are objects of "
    "three `oneOf`s of 4-6 branches each, which schemathesis's canonicalizer does not model "
    "(UnsupportedSchema, with or without the `oneof-exclusive-keys` patch). Its other modes and "
    "the logical-router GET/DELETE operations are tested.")
# (METHOD, path) -> reason: operations schemathesis cannot generate cases for (a limit of the
# tool, not of the emulator). The unified run fails when one of them becomes testable.
UNTESTABLE: dict[tuple[str, str], str] = {
    ("POST", "/config/network/v1/logical-routers"): _BGP_ROUTE_ACTIONS,
    ("PUT", "/config/network/v1/logical-routers/{id}"): _BGP_ROUTE_ACTIONS,
}


def load_spec(file: SpecFile | Path) -> tuple[Spec, dict[str, int]]:
    """A spec file as the run uses it: paths under the file's base path, patterns in the
    ECMA 262 spelling of their meaning (:func:`conformance_schema.mend_patterns`, for the
    generator as for the validator), every deviation of its family applied; and how many
    places each deviation patched."""
    return _prepare(file)[:2]


def _prepare(file: SpecFile | Path) -> tuple[Spec, dict[str, int], Counter[str], list[str]]:
    """:func:`load_spec`, and the spec quirks mended: counts, and patterns dropped."""
    if isinstance(file, Path):
        file = SpecFile("legacy", file, "")
    spec = load_yaml(file.path)
    quirks, uncompilable = mend_patterns(spec)
    if file.base_path:
        spec["paths"] = {file.base_path + path: item for path, item in spec.get("paths", {}).items()}
        url = urlsplit(next((s["url"] for s in spec.get("servers", []) if s.get("description") == "Current"),
                            "https://api.strata.paloaltonetworks.com"))
        spec["servers"] = [{"url": f"{url.scheme}://{url.netloc}", "description": "Current"}]
    return spec, {d.key: d.patch(spec) for d in DEVIATIONS if file.family in d.families}, quirks, uncompilable


# ---------------------------------------------------------------------------- the run


@dataclass
class Finding:
    """One failed check on one response."""

    family: str
    file: str
    operation: str
    mode: str
    check: str
    status: int
    message: str
    path: str = ""  # response_schema: the JSON path in the answer
    rule: str = ""  # response_schema: the keyword and its place in the spec
    value: str = ""  # response_schema: the value found

    def __str__(self) -> str:
        return f"{self.operation} [{self.mode}] {self.check} (HTTP {self.status}): {self.message}"

    def group(self) -> tuple[str, str, int, str, str]:
        """What makes two findings the same defect: the operation, the check, the status and,
        for a schema violation, the JSON path (indices folded) and the rule."""
        path = re.sub(r"\[\d+\]", "[*]", self.path)
        detail = f"{path} {self.rule}" if self.check == RESPONSE_SCHEMA else self.message[:80]
        return self.operation, self.check, self.status, detail, self.mode


@dataclass
class Tally:
    """The figures of one spec file (or, merged, of a family or a whole run)."""

    files: int = 0
    operations: int = 0
    requests: int = 0
    seconds: float = 0.0
    statuses: Counter[int] = field(default_factory=Counter)
    answered_2xx: set[str] = field(default_factory=set)  # operations that answered 2xx at least once
    seen: set[str] = field(default_factory=set)  # operations that got at least one request
    routed: set[str] = field(default_factory=set)  # ... and at least one answer from a route
    checks_run: Counter[str] = field(default_factory=Counter)
    schema_checked: int = 0  # answers validated against a declared schema
    failures: list[Finding] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # operations schemathesis could not test
    unsatisfiable: int = 0  # (operation, mode) pairs with no case to generate, e.g. negative of `GET /jobs`
    untestable: set[str] = field(default_factory=set)  # listed in UNTESTABLE and indeed not generated
    positive_refused: Counter[int] = field(default_factory=Counter)  # 4xx to spec-valid requests, by status
    refusals: Counter[str] = field(default_factory=Counter)  # their messages
    refusal_ops: dict[str, set[str]] = field(default_factory=dict)  # message -> operations that gave it
    patched: Counter[str] = field(default_factory=Counter)  # places each deviation patched
    quirks: Counter[str] = field(default_factory=Counter)  # spec quirks mended for the validator

    @property
    def unrouted(self) -> set[str]:
        """Operations every answer of which was "no such path" or 405: the emulator has no route."""
        return self.seen - self.routed

    def merge(self, other: Tally) -> None:
        self.files += other.files
        self.operations += other.operations
        self.requests += other.requests
        self.seconds += other.seconds
        self.statuses.update(other.statuses)
        self.answered_2xx |= other.answered_2xx
        self.seen |= other.seen
        self.routed |= other.routed
        self.checks_run.update(other.checks_run)
        self.schema_checked += other.schema_checked
        self.failures += other.failures
        self.errors += other.errors
        self.unsatisfiable += other.unsatisfiable
        self.untestable |= other.untestable
        self.positive_refused.update(other.positive_refused)
        self.refusals.update(other.refusals)
        for text, ops in other.refusal_ops.items():
            self.refusal_ops.setdefault(text, set()).update(ops)
        self.patched.update(other.patched)
        self.quirks.update(other.quirks)

    def failures_by_check(self) -> Counter[str]:
        return Counter(f.check for f in self.failures)

    def server_errors(self) -> int:
        return sum(1 for f in self.failures if f.check == "not_a_server_error")

    def violations(self) -> int:
        return sum(1 for f in self.failures if f.check == RESPONSE_SCHEMA)

    def grouped(self) -> list[tuple[tuple[str, str, int, str, str], int, Finding]]:
        """Distinct defects, most frequent first: (group key, how many findings, a sample)."""
        counts: Counter[tuple[str, str, int, str, str]] = Counter()
        sample: dict[tuple[str, str, int, str, str], Finding] = {}
        for f in self.failures:
            key = f.group()
            counts[key] += 1
            sample.setdefault(key, f)
        return [(key, n, sample[key]) for key, n in counts.most_common()]

    def summary(self, limit: int = 30) -> str:
        lines = [f"{len(self.failures)} failures ({self.server_errors()} server errors, "
                 f"{self.violations()} schema violations), {len(self.errors)} errors in "
                 f"{self.operations} operations ({self.requests} requests)"]
        for (_op, _check, _status, _detail, _mode), n, f in self.grouped()[:limit]:
            lines.append(f"  {n:>4}x {f}")
        lines += [f"  error: {e}" for e in self.errors[:limit]]
        return "\n".join(lines)


@dataclass
class Report(Tally):
    """A run: totals (the fields of :class:`Tally`) and the figures of each file."""

    by_file: dict[str, Tally] = field(default_factory=dict)  # SpecFile.key -> its figures

    def family(self, name: str) -> Tally:
        out = Tally()
        for key, tally in self.by_file.items():
            if key.split("/", 1)[0] == name:
                out.merge(tally)
        return out

    def families(self) -> list[str]:
        return [f for f in FAMILIES if any(k.startswith(f + "/") for k in self.by_file)]


def emulator_app() -> Any:
    """A fresh emulator: rate limit off (a run sends thousands of requests), pushes finish at once."""
    return create_app(EmulatorConfig(rate_limit=RateLimit(enabled=False), push_s=0.0))


def bearer_token(client: Any, account: dict[str, str] = DEMO_ACCOUNT) -> str:
    resp = client.post("/oauth2/access_token", auth=(account["client_id"], account["client_secret"]),
                       data={"grant_type": "client_credentials", "scope": f"tsg_id:{account['tsg_id']}"})
    assert resp.status_code == 200, resp.text
    return resp.json()["access_token"]


def _record_ids(known: dict[str, list[str]], collection: str, payload: Any) -> None:
    """Remember ids the emulator handed out, to address item operations with real objects."""
    found: list[Any] = []
    if isinstance(payload, dict):
        if "id" in payload:
            found.append(payload["id"])
        data = payload.get("data")
        if isinstance(data, list):
            found += [o.get("id") for o in data if isinstance(o, dict)]
        if "job_id" in payload:
            known.setdefault(re.sub(r"/config-versions.*$", "/jobs", collection), []).append(
                str(payload["job_id"]))
    elif isinstance(payload, list):
        found += [o.get("id") for o in payload if isinstance(o, dict)]
    bucket = known.setdefault(collection, [])
    for value in found:
        if isinstance(value, str | int) and str(value) not in bucket:
            bucket.append(str(value))
    del bucket[:-5]  # the newest few are enough


def _order(op: Any) -> tuple[int, bool, str]:
    return METHOD_ORDER.get(op.method.upper(), 4), "{" in op.path, op.path


def _error_text(content: bytes) -> str:
    """The message of an error answer, for grouping refusals (``_errors[0]``: message and details)."""
    try:
        first = json.loads(content)["_errors"][0]
    except (ValueError, KeyError, IndexError, TypeError):
        return content[:120].decode(errors="replace")
    details = first.get("details") if isinstance(first, dict) else None
    if isinstance(details, dict):
        details = details.get("message") or details.get("errors") or details
    text = f"{first.get('code', '')} {first.get('message', '')}: {json.dumps(details, default=str)}"
    return " ".join(text.split())[:160]


def _no_route(status: int, content: bytes) -> bool:
    return status == 405 or (status == 404 and b"no such path" in content)


def run_conformance(spec_dir: Path, *, examples: int, seed: int = 0, app: Any = None,
                    files: Iterable[SpecFile | Path] | None = None, families: Iterable[str] = ("legacy",),
                    modes: tuple[GenerationMode, ...] = MODES, isolate: bool = False) -> Report:
    """Run every check against every operation of the given families' spec files (or of
    ``files``); collect, never raise. All files share one emulator (``app``, else a fresh one),
    as both families share one service; ``isolate`` gives each family a fresh emulator
    instead, so that no family reads objects the other created."""
    report = Report()
    started = time.perf_counter()
    if files is None:
        chosen = [f for family in families for f in spec_files(spec_dir, family)]
    else:
        chosen = [f if isinstance(f, SpecFile) else SpecFile("legacy", f, "") for f in files]
    sessions: list[list[SpecFile]] = []
    for file in chosen:
        if sessions and (not isolate or sessions[-1][-1].family == file.family):
            sessions[-1].append(file)
        else:
            sessions.append([file])
    config = schemathesis.Config()
    for session in sessions:
        _run_session(session, app if app is not None and not isolate else emulator_app(), examples, seed,
                     modes, config, report)
    for tally in report.by_file.values():
        report.merge(tally)
    report.seconds = time.perf_counter() - started
    return report


def _run_session(files: list[SpecFile], app: Any, examples: int, seed: int,
                 modes: tuple[GenerationMode, ...], config: Any, report: Report) -> None:
    # Not entered as a context manager: that would start the app's lifespan, which schemathesis
    # then keeps (and the app with it) until the process exits. The emulator needs none.
    client = asgi.get_client(app)
    try:
        headers = {"Authorization": f"Bearer {bearer_token(client)}"}
        known: dict[str, list[str]] = {}
        for file in files:
            tally = report.by_file.setdefault(file.key, Tally())
            file_started = time.perf_counter()
            _run_file(file, examples, seed, app, client, headers, known, modes, config, tally)
            tally.seconds = time.perf_counter() - file_started
    finally:
        client.close()


def _run_file(file: SpecFile, examples: int, seed: int, app: Any, client: Any, headers: dict[str, str],
              known: dict[str, list[str]], modes: tuple[GenerationMode, ...], config: Any,
              tally: Tally) -> None:
    tally.files += 1
    spec, patched, quirks, uncompilable = _prepare(file)
    tally.patched.update(patched)
    schemas = ResponseSchemas(spec, file.key)
    tally.quirks.update(quirks + schemas.quirks)
    tally.errors += [f"{file.key}: pattern the validator cannot compile (not checked): {p!r}"
                     for p in uncompilable + schemas.uncompilable]
    schema = schemathesis.openapi.from_dict(spec, config=config)
    schema.config.generation.update(with_security_parameters=False)
    operations = []
    for result in schema.get_all_operations():
        try:
            operations.append(result.ok())
        except Exception as exc:  # an operation schemathesis cannot build
            tally.errors.append(f"{file.key}: {exc}")
    for op in sorted(operations, key=_order):
        tally.operations += 1
        for mode in modes:
            _run_operation(file, op, mode, examples, seed, app, client, headers, known, schemas, tally)


def _run_operation(file: SpecFile, op: Any, mode: GenerationMode, examples: int, seed: int, app: Any,
                   client: Any, headers: dict[str, str], known: dict[str, list[str]],
                   schemas: ResponseSchemas, tally: Tally) -> None:
    label = f"{op.method.upper()} {op.path}"
    excluded = CHECK_EXCLUSIONS.get((op.method.upper(), op.path), {})
    checks = {name: fn for name, fn in SCHEMATHESIS_CHECKS.items() if name not in excluded}
    item = ITEM_PATH.match(op.path)
    collection = item["collection"] if item else op.path
    strategy = op.as_strategy(generation_mode=mode)
    if item and mode is GenerationMode.POSITIVE and known.get(collection):
        # Also address objects that exist, so success answers are checked, not only 404s.
        strategy = st.one_of(strategy, *(op.as_strategy(generation_mode=mode,
                                                       path_parameters={item["param"]: obj_id})
                                         for obj_id in known[collection][-2:]))

    def finding(check: str, status: int, message: str, **extra: str) -> Finding:
        return Finding(file.family, file.stem, label, mode.value, check, status, message, **extra)

    def exercise(case: Any) -> None:
        response = case.call(app=app, session=client, headers=headers)
        status = response.status_code
        tally.requests += 1
        tally.statuses[status] += 1
        tally.seen.add(label)
        if not _no_route(status, response.content):
            tally.routed.add(label)
        if status < 300:
            tally.answered_2xx.add(label)
        elif mode is GenerationMode.POSITIVE and status < 500:
            tally.positive_refused[status] += 1
            if status != 404 or not _no_route(status, response.content):
                text = f"{status} {_error_text(response.content)}"
                tally.refusals[text] += 1
                tally.refusal_ops.setdefault(text, set()).add(label)
        if status < 300 and case.method.upper() in ("GET", "POST", "PUT"):
            with contextlib.suppress(ValueError):
                _record_ids(known, collection, response.json())
        for name, check in checks.items():
            tally.checks_run[name] += 1
            try:
                case.validate_response(response, checks=[check], headers=headers)
            except FailureGroup as group:
                for failure in group.exceptions:
                    message = getattr(failure, "title", "") + ": " + str(getattr(failure, "message", failure))
                    tally.failures.append(finding(name, status, " ".join(message.split())[:400]))
        if RESPONSE_SCHEMA not in excluded:
            tally.checks_run[RESPONSE_SCHEMA] += 1
            content_type = (response.headers.get("content-type") or [""])[0]
            before = sum(schemas.checked.values())
            violations = schemas.check(op.path, op.method, status, content_type, response.content, label)
            tally.schema_checked += sum(schemas.checked.values()) - before
            for v in violations:
                tally.failures.append(finding(RESPONSE_SCHEMA, status, _violation_message(v),
                                              path=v.path, rule=f"{v.rule} {v.where}", value=v.value))

    # One mode at a time: schemathesis then skips at once when an operation has nothing to negate.
    op.schema.config.generation.update(modes=[mode])
    test = settings(max_examples=examples, database=None, deadline=None, phases=[Phase.generate],
                    suppress_health_check=list(HealthCheck))(given(case=strategy)(exercise))
    # A fixed seed per operation makes the run repeatable. Seed and key set explicitly also spare
    # Hypothesis from hashing the test's source twice per operation (as its own `find` does).
    test = hypothesis_seed(zlib.crc32(f"{seed}:{label}:{mode.value}".encode()))(test)
    test._hypothesis_internal_database_key = label.encode()  # type: ignore[attr-defined]
    try:
        test()
    except (SkipTest, Unsatisfiable):  # nothing to generate in this mode (e.g. negative of `GET /jobs`)
        tally.unsatisfiable += 1
    except Exception as exc:  # generation itself failed
        if (op.method.upper(), op.path) in UNTESTABLE:
            tally.untestable.add(label)
            return
        tally.errors.append(f"{label} [{mode.value}]: {type(exc).__name__}: {' '.join(str(exc).split())[:300]}")


def _violation_message(v: Violation) -> str:
    return f"at {v.path}: {v.rule} ({v.where}): value {v.value}: {v.message}"


# ---------------------------------------------------------------------------- tests


def test_every_deviation_still_applies(spec_dir: Path) -> None:
    """Each listed deviation patches at least one place in every family it names: a fixed
    spec must drop its entry (or the family from it)."""
    stale = []
    for family in FAMILIES:
        totals: Counter[str] = Counter()
        for file in spec_files(spec_dir, family):
            totals.update(load_spec(file)[1])
        stale += [f"{d.key} ({family})" for d in DEVIATIONS if family in d.families and totals[d.key] == 0]
    assert not stale, f"deviations that no longer match the spec: {stale}"


def test_unified_base_paths_come_from_the_current_server(spec_dir: Path) -> None:
    bases = {f.stem: f.base_path for f in spec_files(spec_dir, "unified")}
    assert bases == {stem: f"/config/{stem}/v1" for stem in UNIFIED_FILES}
    spec, _ = load_spec(next(f for f in spec_files(spec_dir, "unified") if f.stem == "objects"))
    assert "/config/objects/v1/addresses/{id}" in spec["paths"]


def test_the_response_validator_is_independent_and_precise(spec_dir: Path) -> None:
    """The validator reads the spec (``$ref`` into components), admits ``nullable``, and names
    the operation, status, JSON path, rule and value of a violation; sasekit plays no part."""
    import conformance_schema

    assert "sasekit" not in Path(conformance_schema.__file__).read_text(encoding="utf-8").split('"""', 2)[2]
    spec, _ = load_spec(next(f for f in spec_files(spec_dir, "unified") if f.stem == "objects"))
    schemas = ResponseSchemas(spec, "unified/objects")
    tag = {"id": "x", "name": "t" * 128, "folder": "Shared"}
    found = schemas.check("/config/objects/v1/tags", "GET", 200, "application/json",
                          json.dumps({"data": [tag], "total": 1}).encode())
    assert [(v.operation, v.status, v.path, v.rule, v.where) for v in found] == [
        ("GET /config/objects/v1/tags", 200, "$.data[0].name", "maxLength",
         "#/components/schemas/tags/properties/name/maxLength")], found
    assert found[0].value == json.dumps("t" * 128)[:117] + "..."
    assert not schemas.check("/config/objects/v1/tags", "GET", 404, "application/json",
                             b'{"_errors": [{"code": "E005", "message": "m", "details": ["a"]}]}')
    setup, _ = load_spec(next(f for f in spec_files(spec_dir, "unified") if f.stem == "setup"))
    assert ResponseSchemas(setup, "unified/setup").quirks["nullable"] == 5
    # the specs' patterns in ECMA 262, as the service reads them
    assert ecma_pattern(r"^[0-9a-zA-Z._-\s]{1,}$") == r"^[0-9a-zA-Z._\-\s]{1,}$"
    assert ecma_pattern(r"^(([[:xdigit:]][[:xdigit:]])+)$") == r"^(([0-9A-Fa-f][0-9A-Fa-f])+)$"


def test_the_harness_reports_server_errors(spec_dir: Path) -> None:
    """Not vacuous: an emulator that answers 500 fails `not_a_server_error`, in both families."""
    broken = create_app(EmulatorConfig(rate_limit=RateLimit(enabled=False), faults=Faults(p500=1.0)))
    files: list[SpecFile | Path] = [spec_dir / LEGACY_DIR / "Tags.yaml", *spec_files(spec_dir, "unified", ["operations"])]
    report = run_conformance(spec_dir, examples=1, app=broken, files=files, modes=(GenerationMode.POSITIVE,))
    for family in FAMILIES:
        tally = report.family(family)
        assert tally.server_errors() >= tally.operations > 0, (family, tally.summary())


def test_the_harness_reports_wrong_shapes(spec_dir: Path) -> None:
    """Not vacuous: a list answer in the wrong shape fails `response_schema`, deviations
    notwithstanding, with the JSON path, rule and value."""
    broken = emulator_app()
    broken.handlers.list = lambda call: json_response({"data": "not a list", "total": "7"})
    report = run_conformance(spec_dir, examples=1, app=broken, files=[spec_dir / LEGACY_DIR / "Tags.yaml"],
                             modes=(GenerationMode.POSITIVE,))
    wrong = [f for f in report.failures if f.check == RESPONSE_SCHEMA]
    assert wrong and all(f.operation == "GET /sse/config/v1/tags" for f in wrong), report.summary()
    assert {(f.path, f.rule.split()[0], f.value) for f in wrong} >= {("$.data", "type", '"not a list"'),
                                                                      ("$.total", "type", '"7"')}


def test_emulator_conforms_to_palo_alto_specs(spec_dir: Path) -> None:
    """Legacy family: all 344 operations, FAST_EXAMPLES positive and negative cases each: no failed check."""
    report = run_conformance(spec_dir, examples=FAST_EXAMPLES["legacy"], families=("legacy",))
    assert report.operations == OPERATIONS["legacy"], report.summary()
    assert not report.failures and not report.errors, report.summary()


def test_emulator_conforms_to_the_unified_specs(spec_dir: Path) -> None:
    """Unified family: all 697 operations, FAST_EXAMPLES positive and negative cases each:
    no failed check."""
    report = run_conformance(spec_dir, examples=FAST_EXAMPLES["unified"], families=("unified",))
    assert report.operations == OPERATIONS["unified"], report.summary()
    assert report.untestable == {f"{m} {p}" for m, p in UNTESTABLE}, "UNTESTABLE lists a testable operation"
    assert not report.failures and not report.errors, report.summary()
