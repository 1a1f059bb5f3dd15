"""Emulator answers checked against the response schemas Palo Alto's specs declare, by an
independent JSON Schema validator (``jsonschema_rs``, the Rust implementation), never by
``sasekit.validate``.

The spec document itself is the only source of schemas: it is registered whole with the
validator under one URI, so every ``$ref`` resolves inside that document, exactly where the
spec points. Before that, the OpenAPI schema dialect is turned into plain JSON Schema, and
the known quirks of Palo Alto's files are mended, each counted in :attr:`ResponseSchemas.quirks`:

- OpenAPI 3.0 files are validated as JSON Schema draft 4 (their base dialect: boolean
  ``exclusiveMinimum``, ``$ref`` siblings ignored); OpenAPI 3.1 files (``network.yaml``) as
  draft 2020-12;
- ``nullable: true`` (3.0 only) also admits ``null`` (added to ``type``, and to ``enum``);
- ``pattern``s are ECMA 262 regular expressions (the validator's dialect). Two forms in the
  specs are not: a ``-`` between a class escape and another member (``[._-\\s]``,
  ``[\\d-_]``; also invalid for Python ``re``, "bad character range") is a literal hyphen,
  and POSIX classes (``[[:xdigit:]]``, which ECMA reads as a set of punctuation and letters
  followed by ``]``) mean their ASCII ranges. Both are rewritten to the ECMA spelling of the
  meaning the service gives them. A pattern the validator still cannot compile is dropped
  and counted (``pattern-uncompilable``; none today);
- ``format``s the validator knows (``date-time``, ``uuid``, ``ipv4``, ``email``, ...) are
  checked; the specs' own (``ip-address``, ``password``, ``int32``, ...) and one regex
  written as a format (objects ``applications.name``) are unknown and ignored.

Only schema locations are rewritten (``components/schemas``, media types and parameters),
walked keyword by keyword, so an example value or a property *named* ``pattern`` is left
alone. A violation names the operation, the status, the JSON path in the answer, the rule
(keyword and its place in the spec) and the value found.
"""

from __future__ import annotations

import copy
import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, unquote

import jsonschema_rs
import yaml

Spec = dict[str, Any]

# Keywords whose value is one schema / a list of schemas / a map of name -> schema.
_ONE = ("items", "additionalProperties", "not", "contains", "propertyNames", "if", "then", "else",
        "unevaluatedItems", "unevaluatedProperties", "additionalItems")
_LIST = ("allOf", "anyOf", "oneOf", "prefixItems")
_MAP = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")

_POSIX = {"alnum": "0-9A-Za-z", "alpha": "A-Za-z", "digit": "0-9", "xdigit": "0-9A-Fa-f",
          "lower": "a-z", "upper": "A-Z", "space": r"\s", "word": r"\w", "punct": r"!-\/:-@\[-`{-~"}
_POSIX_CLASS = re.compile(r"\[:(" + "|".join(_POSIX) + r"):\]")
# Inside a bracket: a hyphen right after a class escape, or right before one (not a range).
_HYPHEN_AFTER_ESCAPE = re.compile(r"(\\[dDsSwW])-(?!\])")
_HYPHEN_BEFORE_ESCAPE = re.compile(r"(?<!\\)(?<=[^\[\\])-(\\[dDsSwW])")
_BRACKET = re.compile(r"\[(?:\\.|[^\]\\])*\]")
_DRAFTS = {"3.0": jsonschema_rs.Draft4, "3.1": jsonschema_rs.Draft202012}
MAX_VIOLATIONS = 5  # per response: the first few say enough


class _Yaml12Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """YAML 1.2 booleans: only ``true``/``false``. Under YAML 1.1 the property names ``yes``
    and ``no`` (network.yaml, BGP ``inherit``) would become the keys ``True``/``False``, and
    the string enums ``[yes, no]`` (network.yaml, security.yaml) booleans."""


_Yaml12Loader.yaml_implicit_resolvers = {  # no 1.1 timestamps either: a JSON value is never a date
    first: [(tag, rx) for tag, rx in resolvers if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}
_Yaml12Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                                    list("tTfF"))


def load_yaml(path: Any) -> Spec:
    """A spec file, parsed as YAML 1.2 (the C parser when available: ten times faster)."""
    with open(path, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_Yaml12Loader)


def _fix_class(match: re.Match[str]) -> str:
    body = match.group(0)
    body = _HYPHEN_AFTER_ESCAPE.sub(r"\1\\-", body)
    return _HYPHEN_BEFORE_ESCAPE.sub(r"\\-\1", body)


def ecma_pattern(pattern: str) -> str:
    """A spec pattern in the ECMA 262 spelling of the meaning the service gives it."""
    fixed = _POSIX_CLASS.sub(lambda m: _POSIX[m.group(1)], pattern)
    return _BRACKET.sub(_fix_class, fixed)


def _compiles(pattern: str) -> bool:
    try:
        jsonschema_rs.validator_for({"pattern": pattern})
    except (ValueError, jsonschema_rs.ValidationError):
        return False
    return True


class _Dialect:
    """Rewrites one document's schemas into JSON Schema, counting what it changed
    (``patterns_only``: mends the patterns and leaves the OpenAPI dialect alone)."""

    def __init__(self, version: str, patterns_only: bool = False) -> None:
        self.version = "" if patterns_only else version
        self.quirks: Counter[str] = Counter()
        self.uncompilable: list[str] = []
        self._pattern_cache: dict[str, str | None] = {}

    def schema(self, node: Any) -> None:
        if not isinstance(node, dict):
            return
        if self.version == "3.0" and node.pop("nullable", False) is True:
            kind = node.get("type")
            if isinstance(kind, str):
                node["type"] = [kind, "null"]
            if isinstance(node.get("enum"), list) and None not in node["enum"]:
                node["enum"] = [*node["enum"], None]
            self.quirks["nullable"] += 1
        if "pattern" in node:
            self._pattern(node)
        for key in _ONE:
            self.schema(node.get(key))
        for key in _LIST:
            for sub in node.get(key) or ():
                self.schema(sub)
        for key in _MAP:
            value = node.get(key)
            if isinstance(value, dict):
                for sub in value.values():
                    self.schema(sub)

    def _pattern(self, node: dict[str, Any]) -> None:
        original = node["pattern"]
        if original not in self._pattern_cache:
            fixed = ecma_pattern(original) if isinstance(original, str) else None
            if fixed is not None and not _compiles(fixed):
                self.uncompilable.append(original)
                fixed = None
            self._pattern_cache[original] = fixed
        fixed = self._pattern_cache[original]
        if fixed is None:
            del node["pattern"]
            self.quirks["pattern-uncompilable"] += 1
        elif fixed != original:
            node["pattern"] = fixed
            self.quirks["pattern-rewritten"] += 1

    def media(self, container: Any) -> None:
        """Schemas under a ``content`` map, a parameter or a response/request body."""
        if not isinstance(container, dict):
            return
        self.schema(container.get("schema"))
        for media in (container.get("content") or {}).values():
            if isinstance(media, dict):
                self.schema(media.get("schema"))

    def document(self, spec: Spec) -> None:
        components = spec.get("components") or {}
        for sub in (components.get("schemas") or {}).values():
            self.schema(sub)
        for section in ("responses", "parameters", "requestBodies", "headers"):
            for sub in (components.get(section) or {}).values():
                self.media(sub)
        for item in (spec.get("paths") or {}).values():
            for op in item.values() if isinstance(item, dict) else ():
                if not isinstance(op, dict):
                    continue
                for param in op.get("parameters") or ():
                    self.media(param)
                self.media(op.get("requestBody"))
                for response in (op.get("responses") or {}).values():
                    self.media(response)


def mend_patterns(spec: Spec) -> tuple[Counter[str], list[str]]:
    """Rewrite, in place, the spec's patterns into the ECMA 262 spelling of their meaning
    (see the module's docstring), for the request generator as for the validator; drop
    those that still do not compile. What changed, and the patterns dropped."""
    dialect = _Dialect(str(spec.get("openapi", "3.0"))[:3], patterns_only=True)
    dialect.document(spec)
    return dialect.quirks, dialect.uncompilable


def _pointer(*parts: str) -> str:
    """A JSON pointer (RFC 6901) as a URI fragment: ``{id}`` and the like percent-encoded."""
    return "/".join(quote(p.replace("~", "~0").replace("/", "~1"), safe="~:@!$&'()*+,;=") for p in parts)


def json_path(parts: Any) -> str:
    out = "$"
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def _short(value: Any, limit: int = 120) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= limit else text[: limit - 3] + "..."


@dataclass(frozen=True)
class Violation:
    """One way an answer breaks the schema its spec declares for (operation, status)."""

    operation: str
    status: int
    path: str  # JSON path in the answer, e.g. ``$.data[0].name``
    rule: str  # the keyword, e.g. ``maxLength``
    where: str  # the keyword's place in the spec, e.g. ``#/components/schemas/tags/properties/name/maxLength``
    value: str  # the offending value, JSON, shortened
    message: str

    def __str__(self) -> str:
        return (f"{self.operation} -> {self.status}: at {self.path}: {self.rule} "
                f"({self.where}): value {self.value}: {self.message}")


def _deepest(error: jsonschema_rs.ValidationError) -> jsonschema_rs.ValidationError:
    """For ``anyOf``/``oneOf`` failures, the branch error that got furthest into the value:
    it names the field at fault rather than "not valid under any of the schemas"."""
    context = getattr(error.kind, "context", None)
    if not context:
        return error
    candidates = [_deepest(e) for branch in context for e in branch]
    if not candidates:
        return error
    best = max(candidates, key=lambda e: len(e.instance_path))
    return best if len(best.instance_path) > len(error.instance_path) else error


def _message(error: jsonschema_rs.ValidationError) -> str:
    """The validator's message; for an ``anyOf``/``oneOf`` that no branch admits, also what
    each branch objected to first (e.g. ``[0] "folder" is a required property``)."""
    text = " ".join(error.message.split())
    context = getattr(error.kind, "context", None)
    if context and error.kind.name in ("anyOf", "oneOf"):
        reasons = [f"[{i}] {' '.join(branch[0].message.split())[:80]}"
                   for i, branch in enumerate(context) if branch]
        text = f"no branch of {error.kind.name} admits the value: " + "; ".join(reasons)
    return text[:300]


class ResponseSchemas:
    """The response schemas of one spec document, compiled on first use."""

    def __init__(self, spec: Spec, name: str) -> None:
        version = str(spec.get("openapi", "3.0"))[:3]
        self.name = name
        self.draft = _DRAFTS.get(version, jsonschema_rs.Draft4)
        self.uri = f"urn:spec:{re.sub(r'[^A-Za-z0-9.-]', '-', name)}"
        self.doc = copy.deepcopy(spec)
        dialect = _Dialect(version)
        dialect.document(self.doc)
        self.quirks = dialect.quirks
        self.uncompilable = dialect.uncompilable
        self.registry = jsonschema_rs.Registry([(self.uri, self.doc)], draft=self.draft)
        self._validators: dict[str, Any] = {}
        self.checked: Counter[str] = Counter()  # responses validated, by operation
        self.unschematized: Counter[str] = Counter()  # answers whose status declares no JSON schema

    def _response(self, path: str, method: str, status: int) -> tuple[str, dict[str, Any]] | None:
        """The pointer to, and object of, the response the spec declares for this status."""
        op = self.doc.get("paths", {}).get(path, {}).get(method.lower())
        if not isinstance(op, dict):
            return None
        responses = op.get("responses") or {}
        for key in (str(status), f"{str(status)[0]}XX", f"{str(status)[0]}xx", "default"):
            if key in responses:
                pointer = _pointer("paths", path, method.lower(), "responses", key)
                response = responses[key]
                while isinstance(response, dict) and "$ref" in response:  # OpenAPI-level reference
                    parts = response["$ref"].removeprefix("#/").split("/")
                    parts = [unquote(p).replace("~1", "/").replace("~0", "~") for p in parts]
                    pointer = _pointer(*parts)
                    response = self._resolve(parts)
                return pointer, response if isinstance(response, dict) else {}
        return None

    def _resolve(self, parts: list[str]) -> Any:
        node: Any = self.doc
        for part in parts:
            node = node[part]
        return node

    def schema_uri(self, path: str, method: str, status: int, content_type: str = "") -> str | None:
        found = self._response(path, method, status)
        if found is None:
            return None
        pointer, response = found
        content = response.get("content") or {}
        media = content_type.split(";")[0].strip().lower()
        candidates = [media] if media in content else []
        candidates += [m for m in content if m == "application/json" or m.endswith("+json")]
        for media_type in candidates:
            if isinstance(content[media_type], dict) and "schema" in content[media_type]:
                return f"{self.uri}#/{pointer}/{_pointer('content', media_type, 'schema')}"
        return None

    def validator(self, uri: str) -> Any:
        if uri not in self._validators:
            cls = jsonschema_rs.Draft4Validator if self.draft == jsonschema_rs.Draft4 \
                else jsonschema_rs.Draft202012Validator
            self._validators[uri] = cls({"$ref": uri}, registry=self.registry, validate_formats=True)
        return self._validators[uri]

    def check(self, path: str, method: str, status: int, content_type: str, body: bytes,
              operation: str | None = None) -> list[Violation]:
        """Validate one answer; the violations found (an empty list when it conforms)."""
        label = operation or f"{method.upper()} {path}"
        uri = self.schema_uri(path, method, status, content_type)
        if uri is None:
            self.unschematized[label] += 1
            return []
        self.checked[label] += 1
        where = "#" + uri.split("#", 1)[1]
        try:
            value = json.loads(body)
        except ValueError as exc:
            return [Violation(label, status, "$", "json", where, _short(body[:80].decode(errors="replace")),
                              f"the answer is not JSON: {exc}")]
        out = []
        for error in self.validator(uri).iter_errors(value):
            leaf = _deepest(error)
            location = leaf.absolute_keyword_location or ""
            out.append(Violation(label, status, json_path(leaf.instance_path), leaf.kind.name,
                                 "#" + location.split("#", 1)[1] if "#" in location else where,
                                 _short(leaf.instance), _message(leaf)))
            if len(out) >= MAX_VIOLATIONS:
                break
        return out


def iter_patterns(spec: Spec) -> Iterator[str]:
    """Every ``pattern`` string in a document's schemas (for reports on the quirks)."""
    found: list[str] = []

    class _Collect(_Dialect):
        def _pattern(self, node: dict[str, Any]) -> None:
            if isinstance(node["pattern"], str):
                found.append(node["pattern"])

    _Collect(str(spec.get("openapi", "3.0"))[:3]).document(copy.deepcopy(spec))
    yield from found
