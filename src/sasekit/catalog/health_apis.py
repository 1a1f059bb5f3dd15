"""The health APIs as API families of their own: SCM incidents and Prisma Access Insights 2.0.

Compiled from Palo Alto's files like every other family (:func:`compile_health`), each on
the host its spec's ``servers`` names, which a setting of its own can change:

======================  ==================================  =====================  ======================
family                  spec folder                         host setting           resources
======================  ==================================  =====================  ======================
``incidents``           ``scm-incidents/``                  ``incidents_url``      ``incident``
``insights``            ``access-insights-2.0/``            ``insights_url``       ``dataResource``,
                        (+ the examples in ``insights-docs``)                      ``dataResourceCustom``
======================  ==================================  =====================  ======================

Names follow :mod:`sasekit.catalog.naming`: the incidents file is named by its paths' first
segment (``/incidents/v1/...`` -> ``incident``; its stem names the framework), the Insights
files by their stem as the legacy files are (``DataResource.yaml`` -> ``dataResource``). A
POST that reads is named by its verb segment (``incident.search``, ``dataResource.query``);
``GET .../{id}`` is ``get``.

``insights-docs/`` is markdown, not OpenAPI: it is read for facts only, never copied. Its
"2.0 Call" blocks give three kinds of fact:

* the **documented queries**: a call of a templated path (``POST .../custom/query/
  {feature_name}/{request_name}`` called as ``.../tunnels/tunnel_list``) becomes an
  operation of its own, named by its last bound value (``dataResourceCustom.tunnelList``),
  with the template's body and headers and without the bound path parameters;
* the **headers** every documented call sends (``Prisma-Tenant:{{tsg_id}}``), which the
  2.0 spec does not declare: declared on every operation of the family;
* the **example payloads**, validated against the compiled body at build time: a refused
  example is a ``doc-example-refused`` diagnostic, so the repairs below are checked.

Where a spec contradicts the documented examples, :data:`SPEC_REPAIRS` patches the spec in
memory before it is compiled, each repair a diagnostic with its evidence (``sasekit catalog
lint``). Headers named in :data:`sasekit.catalog.compiler.HEADER_SETTINGS` carry the fact
``setting``: the engine fills them in from that setting (``X-PANW-Region`` from
``panw_region``, ``Prisma-Tenant`` from ``prisma_tenant``, else the TSG id).

Not compiled: ``access-insights-3.0/`` (site and application throughput queries, not
tunnel health). Its filter rules are declared as objects keyed by the filterable property
names (``{event_time: ..., app: ...}``) where every example sends ``{property, operator,
values}``, and its region header is spelt two ways (``X-PANW-Region``, ``PANW-Region``):
compiled as written it would refuse every documented request.
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import naming
from .diagnostics import Diagnostics


@dataclass(frozen=True)
class HealthFamily:
    name: str
    folder: str  # under the spec folder
    host: str  # the settings host key (sasekit.settings.HOST_SETTINGS)
    key_rule: str  # "segment": the paths' first segment; "stem": the file stem
    docs: str | None = None  # a folder of markdown examples beside it


FAMILIES = (
    HealthFamily("incidents", "scm-incidents", "incidents", "segment"),
    HealthFamily("insights", "access-insights-2.0", "insights", "stem", docs="insights-docs"),
)

_DOCS_2 = "insights-docs/tunnel-list.md, rn-list.md, sc-list.md"
_QUERY_FILTERS = "insights-docs/query_filters.md (Numeric, String, Date Operators)"
#: The operators of the Insights query language: the ones query_filters.md lists, and the two
#: its own examples use besides (``equals`` in rn-tunnel-status.md and sc-list.md,
#: ``last_n_minutes`` in tunnel-list.md).
INSIGHTS_OPERATORS = ("equal", "equals", "not_equal", "greater", "greater_or_equal", "less",
                      "less_or_equal", "in", "not_in", "between", "last_n_minutes", "last_n_hours",
                      "last_n_days", "last_n_weeks")
#: Aggregation functions the examples use (the spec's own example: sum, avg, count; the docs:
#: avg, max, distinct_count). Not a closed list: kept as suggestions.
INSIGHTS_FUNCTIONS = ("avg", "count", "distinct_count", "max", "sum")


@dataclass(frozen=True)
class Repair:
    """One patch of a spec file before it is compiled: ``pointer`` (JSON pointer) is replaced
    by ``value``, or, with ``remove``, loses that item of its list."""

    folder: str
    pointer: str
    code: str
    message: str
    value: Any = None
    remove: str | None = None


SPEC_REPAIRS: tuple[Repair, ...] = (
    Repair("access-insights-2.0", "/components/schemas/DataResourceQuery/required", "required-contradicted-by-docs",
           "'properties' is required, yet the documented tunnel_list, rn_list, sc_list and "
           f"open_alerts_count_timeseries requests send none ({_DOCS_2}, open-alerts.md); made optional",
           remove="properties"),
    Repair("access-insights-2.0", "/components/schemas/QueryRule/required", "required-contradicted-by-docs",
           "'escapeValue' is required, yet no documented request sends it (insights-docs, every example); "
           "made optional", remove="escapeValue"),
    Repair("access-insights-2.0", "/components/schemas/QueryRule/properties/operator", "enum-contradicted-by-docs",
           "a rule's operator reuses the filter's boolean Operator enum [AND, OR], while the rules of every "
           f"example use in, equals, last_n_days...; the operators of {_QUERY_FILTERS} and of the examples",
           value={"type": "string", "enum": list(INSIGHTS_OPERATORS),
                  "x-sasekit-sources": {"enum": f"{_QUERY_FILTERS}, with 'equals' and 'last_n_minutes' "
                                                "that its examples use"}}),
    Repair("access-insights-2.0", "/components/schemas/QueryProperty/properties/function", "enum-contradicted-by-docs",
           "a property's aggregation function reuses the number-format Function enum [ceil, floor, round, "
           "trunc], while the spec's own example and the docs use sum, avg, count, max, distinct_count; "
           "no closed list is published: kept as suggestions",
           value={"type": "string", "x-sasekit-suggestions": list(INSIGHTS_FUNCTIONS),
                  "x-sasekit-sources": {"suggestions": "access-insights-2.0 DataResourceQuery example; "
                                                       "insights-docs/rn-tunnel-status.md, raised-alerts.md"}}),
    Repair("access-insights-2.0", "/components/schemas/HistogramCondition/properties/value", "type-widened-by-docs",
           "the histogram value is an int32, yet the documented requests send it as a string "
           "(\"30\" in rn-tunnel-status.md, \"3\" in the alert queries); integer or string",
           value={"type": ["integer", "string"],
                  "x-sasekit-sources": {"type": "insights-docs/rn-tunnel-status.md, open-alerts.md"}}),
    Repair("access-insights-2.0", "/components/schemas/MapStringObject", "schema-map-artifact",
           "a row is declared as an object whose only property is the boolean 'empty' (a Java Map's "
           "isEmpty(), serialised); rows are open objects (tunnel_name, site_name, ... in the docs)",
           value={"type": "object", "additionalProperties": {}}),
)


# --------------------------------------------------------------------------- the docs


@dataclass
class DocCall:
    """One "2.0 Call" block of an insights-docs page, and the example payload beside it."""

    rel: str
    line: int
    method: str
    path: str
    headers: dict[str, str] = field(default_factory=dict)
    example: str | None = None
    example_line: int = 0


_HEADER_LINE = re.compile(r"^([A-Za-z][A-Za-z0-9-]*)\s*:\s*(.+)$")
_NOT_FACTS = ("authorization", "content-type")


def read_doc_calls(path: Path, rel: str) -> list[DocCall]:
    """The 2.0 calls of one markdown page: method, path, headers, and the first JSON block
    under "Request Payload"."""
    calls: list[DocCall] = []
    lines = path.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        if re.match(r"^#{2,4}\s+2\.0 Call\s*$", lines[i]):
            block, j = [], i + 1
            while j < len(lines) and not lines[j].startswith("#"):
                if lines[j].startswith("    ") and lines[j].strip():
                    block.append((j + 1, lines[j].strip()))
                j += 1
            if block and re.match(r"^(GET|POST|PUT|DELETE|PATCH)\s+/", block[0][1]):
                method, route = block[0][1].split(None, 1)
                call = DocCall(rel, block[0][0], method, route.strip())
                for _, text in block[1:]:
                    m = _HEADER_LINE.match(text)
                    if m and m.group(1).lower() not in _NOT_FACTS:
                        call.headers[m.group(1)] = m.group(2).strip()
                calls.append(call)
            i = j
            continue
        if re.match(r"^##\s+Request Payload", lines[i]) and calls and calls[-1].example is None:
            j = i + 1
            while j < len(lines) and not lines[j].startswith("## "):
                if lines[j].strip().startswith("```json"):
                    k = j + 1
                    while k < len(lines) and not lines[k].strip().startswith("```"):
                        k += 1
                    calls[-1].example = "\n".join(lines[j + 1:k])
                    calls[-1].example_line = j + 2
                    break
                j += 1
        i += 1
    return calls


# --------------------------------------------------------------------------- compiling


def _pointer_parts(pointer: str) -> list[str]:
    return [p.replace("~1", "/").replace("~0", "~") for p in pointer.strip("/").split("/")]


def _repair(data: dict[str, Any], rel: str, repair: Repair, diags: Diagnostics) -> None:
    *parents, last = _pointer_parts(repair.pointer)
    node: Any = data
    for part in parents:
        node = node.get(part) if isinstance(node, dict) else None
    if not isinstance(node, dict) or last not in node:
        diags.error("repair-target-missing", rel, repair.pointer,
                    f"{repair.code}: nothing at this pointer any more; the repair is stale ({repair.message})")
        return
    if repair.remove is not None:
        if not isinstance(node[last], list) or repair.remove not in node[last]:
            diags.error("repair-target-missing", rel, repair.pointer,
                        f"{repair.code}: {repair.remove!r} is not listed any more; the repair is stale")
            return
        node[last] = [x for x in node[last] if x != repair.remove]
    else:
        node[last] = copy.deepcopy(repair.value)
    diags.warning(repair.code, rel, repair.pointer, repair.message)


def _template_regex(path: str) -> tuple[re.Pattern[str], list[str]]:
    names = re.findall(r"{([^}]+)}", path)
    rx = "".join("([^/]+)" if part.startswith("{") else re.escape(part)
                 for part in re.split(r"({[^}]+})", path))
    return re.compile(rx + "$"), names


def _common_prefix(paths: list[str]) -> str:
    split = [[s for s in p.split("/") if s] for p in paths]
    out: list[str] = []
    for parts in zip(*split, strict=False):
        if len(set(parts)) != 1 or parts[0].startswith("{"):
            break
        out.append(parts[0])
    shortest = min((len(s) for s in split), default=0)
    return "/" + "/".join(out[: max(shortest - 1, 0)] if len(out) >= shortest else out)


def _server(data: dict[str, Any]) -> str | None:
    for server in data.get("servers") or []:
        url = str((server or {}).get("url") or "").rstrip("/")
        if url:
            return url
    return None


def _error_envelope(rel: str, data: dict[str, Any], diags: Diagnostics) -> None:
    """Error answers in the ``{errorCode, message, details}`` shape, not ``_errors``."""
    text = json.dumps(data.get("components") or {}) + json.dumps(data.get("paths") or {})
    if '"errorCode"' in text and '"_errors"' not in text:
        diags.info("error-envelope-errorcode", rel, "/paths",
                   "error answers are {errorCode, message, details}, not the configuration API's "
                   "{_errors, _request_id}; sasekit reads their message")


def compile_health(spec_dir: Path, diags: Diagnostics, sources: dict[str, str],
                   resources: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Compile every family of :data:`FAMILIES` found under ``spec_dir`` into ``resources``;
    return their entries for the index's ``families``."""
    from .compiler import compile_file, spec_files

    entries: dict[str, dict[str, Any]] = {}
    for fam in FAMILIES:
        folder = spec_dir / fam.folder
        if not folder.is_dir():
            continue
        compiled: dict[str, dict[str, Any]] = {}
        paths: list[str] = []
        servers: dict[str, str | None] = {}
        for rel, f, data in spec_files(sorted(folder.glob("*.yaml")), fam.folder, sources, diags):
            data = copy.deepcopy(data)
            for repair in SPEC_REPAIRS:
                if repair.folder == fam.folder:
                    _repair(data, rel, repair, diags)
            servers[rel] = _server(data)
            paths += list(data.get("paths") or {})
            _error_envelope(rel, data, diags)

            def namer(method: str, path: str, returns_list: bool, stem: str = f.stem,
                      rule: str = fam.key_rule) -> tuple[str, str]:
                key = naming.first_segment_key(path) if rule == "segment" else naming.resource_key(stem, path)
                return key, naming.query_operation_name(method, path, returns_list)

            compile_file(rel, f.stem, data, diags, "/", fam.name, compiled, namer)
        if not compiled:
            continue
        known = {s for s in servers.values() if s}
        server = next((servers[r] for r in sorted(servers) if servers[r]), None)
        if len(known) > 1:
            diags.warning("servers-differ", fam.folder, "/servers",
                          f"the files name different servers {sorted(known)}; {server} is used")
        for key, res in compiled.items():
            for name, op in res["operations"].items():
                if name in naming.QUERY_VERBS:
                    op["reads"] = True  # a read sent as a POST: safe to repeat
                _note_pagination(res, key, name, op, diags)
        if fam.docs and (spec_dir / fam.docs).is_dir():
            _apply_docs(spec_dir, fam, compiled, diags, sources)
        for key, res in compiled.items():
            if key in resources:
                diags.error("operation-name-clash", res["spec_file"], "/",
                            f"resource {key!r} is already compiled from {resources[key]['spec_file']}; not compiled")
                continue
            resources[key] = res
        entries[fam.name] = {"prefix": _common_prefix(paths), "host": fam.host, "server": server}
    return entries


def _note_pagination(res: dict[str, Any], key: str, name: str, op: dict[str, Any], diags: Diagnostics) -> None:
    body = (op.get("body") or {}).get("shape")
    props = (res["shapes"].get(body) or {}).get("properties") or {} if body else {}
    if "page_number" in ((props.get("pagination") or {}).get("properties") or {}):
        diags.info("pagination-page-number", res["spec_file"], op["path"],
                   f"{key}.{name} pages by pagination.page_number in the body (header.pagination.next_page "
                   "answers), not limit/offset: each call is one page")


def _apply_docs(spec_dir: Path, fam: HealthFamily, compiled: dict[str, dict[str, Any]], diags: Diagnostics,
                sources: dict[str, str]) -> None:
    """Headers, documented queries and example checks from the family's markdown docs."""
    from .compiler import sha

    assert fam.docs is not None
    calls: list[DocCall] = []
    for md in sorted((spec_dir / fam.docs).glob("*.md")):
        rel = f"{fam.docs}/{md.name}"
        found = read_doc_calls(md, rel)
        if found:
            sources[rel] = sha(md)
            calls += found
    if not calls:
        return
    templates = [(key, name, op, *_template_regex(op["path"]))
                 for key, res in compiled.items() for name, op in res["operations"].items() if "{" in op["path"]]
    matched: list[tuple[DocCall, str, str, dict[str, str]]] = []
    for call in calls:
        hit = next(((key, name, dict(zip(names, m.groups(), strict=True)))
                    for key, name, op, rx, names in templates
                    if op["method"] == call.method and (m := rx.match(call.path))), None)
        if hit is None:
            diags.warning("doc-path-no-operation", call.rel, f"line {call.line}",
                          f"{call.method} {call.path} is documented but matches no path of the spec; not compiled")
            continue
        matched.append((call, *hit))
    _docs_contradict_enums(compiled, matched, diags)
    _declare_doc_headers(compiled, calls, diags)
    instances: dict[tuple[str, str], list[DocCall]] = {}
    for call, key, template, bound in matched:
        res = compiled[key]
        base = res["operations"][template]
        name = naming.instance_name(bound)
        existing = res["operations"].get(name)
        if existing is not None and existing.get("path") != call.path:
            diags.error("operation-name-clash", call.rel, f"line {call.line}",
                        f"{key}.{name} is already {existing['method']} {existing['path']}; {call.path} not compiled")
            continue
        instances.setdefault((key, name), []).append(call)
        if existing is not None:
            continue
        entry = copy.deepcopy(base)
        entry.update(path=call.path, instance_of=template, bound=bound, spec_path=base["path"], reads=True,
                     params=[p for p in entry["params"] if not (p["in"] == "path" and p["name"] in bound)])
        res["operations"][name] = entry
    for (key, name), docs in instances.items():
        op = compiled[key]["operations"][name]
        op["docs"] = sorted({c.rel for c in docs})
        diags.info("operation-from-docs", docs[0].rel, f"line {docs[0].line}",
                   f"{key}.{name}: {op['method']} {op['path']}, documented in {', '.join(op['docs'])}, "
                   f"compiled from {op['method']} {op['spec_path']} ({compiled[key]['spec_file']})")
        for call in docs:
            _check_example(compiled[key], key, name, op, call, diags)


def _docs_contradict_enums(compiled: dict[str, dict[str, Any]],
                           matched: list[tuple[DocCall, str, str, dict[str, str]]], diags: Diagnostics) -> None:
    """A path parameter whose enum the documented calls step outside of (``request_name``:
    ``[query1, query2]``) lists examples only: the documented values become suggestions."""
    seen: dict[tuple[str, str, str], set[str]] = {}
    for _, key, template, bound in matched:
        for pname, value in bound.items():
            seen.setdefault((key, template, pname), set()).add(value)
    for (key, template, pname), values in sorted(seen.items()):
        op = compiled[key]["operations"][template]
        param = next(p for p in op["params"] if p["in"] == "path" and p["name"] == pname)
        enum = param.get("enum")
        if enum is None or values <= set(enum):
            continue
        param.pop("enum")
        param["suggestions"] = sorted(values)
        param.setdefault("rule_sources", {})["suggestions"] = "insights-docs (the documented 2.0 calls)"
        diags.warning("enum-contradicted-by-docs", compiled[key]["spec_file"], op["path"],
                      f"{key}.{template}: path parameter {pname!r} declares the enum {enum}, yet the documented "
                      f"calls use {sorted(values)}; not enforced, the documented values kept as suggestions")


def _declare_doc_headers(compiled: dict[str, dict[str, Any]], calls: list[DocCall], diags: Diagnostics) -> None:
    """Headers every documented call sends and the spec does not declare: required on every
    operation of the family (the API identifies the tenant by them)."""
    from .compiler import HEADER_SETTINGS

    names = [{h.lower() for h in c.headers} for c in calls]
    common = set.intersection(*names) if names else set()
    for header in sorted(common):
        docs = sorted({c.rel.rsplit("/", 1)[-1] for c in calls})
        shown = next(h for c in calls for h in c.headers if h.lower() == header)
        value = next(c.headers[h] for c in calls for h in c.headers if h.lower() == header)
        evidence = f"insights-docs: every documented 2.0 call sends {shown}:{value} ({', '.join(docs)})"
        setting = HEADER_SETTINGS.get(header)
        for key, res in compiled.items():
            for name, op in res["operations"].items():
                if any(p["in"] == "header" and p["name"] == header for p in op["params"]):
                    continue
                param: dict[str, Any] = {"name": header, "in": "header", "required": True, "type": "string",
                                         "rule_sources": {"declared": evidence}}
                if setting is not None:
                    param["setting"] = setting[0]
                op["params"].append(param)
                diags.warning("header-from-docs", res["spec_file"], op["path"],
                              f"{key}.{name}: header {shown!r} is not declared, yet every documented call sends "
                              f"it ({value}); declared required"
                              + (f", sent from the setting {setting[0]}" if setting else ""))


def _check_example(res: dict[str, Any], key: str, name: str, op: dict[str, Any], call: DocCall,
                   diags: Diagnostics) -> None:
    """The documented payload against the compiled body: a refusal is a finding."""
    if call.example is None:
        return
    where = f"line {call.example_line}"
    try:
        value = json.loads(call.example)
    except ValueError as exc:
        diags.warning("doc-example-not-json", call.rel, where,
                      f"the {key}.{name} example payload is not JSON ({exc.args[0].split(':')[0]}); not checked")
        return
    shape = (op.get("body") or {}).get("shape")
    if not shape:
        return
    from sasekit.validate import validate_value

    for problem in validate_value(res["shapes"][shape], value):
        diags.warning("doc-example-refused", call.rel, where,
                      f"{key}.{name}: the documented payload is refused by the compiled spec: {problem.message}")
