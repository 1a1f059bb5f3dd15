"""The one validator of request parameters, shared by the client and the emulator.

The client runs it before sending, so that a typo or an over-long name is reported
locally, all at once, instead of one 400 at a time; the emulator runs it on receipt,
so that it rejects exactly what the client would have rejected. One implementation
means the two can never disagree.

Everything is driven by the compiled catalog (:mod:`sasekit.catalog`). Each schema
node is compiled once into a small :class:`_Plan` (constraints unpacked, regexes
compiled, key sets built) and cached, so validating a request is a walk over plain
attributes: no closures are built per call, and ``difflib`` is imported only when an
unknown name needs suggestions.

Deliberate departures from a literal reading of the catalog (each one a known spec
quirk, see ``shared/docs/api-facts.md``):

* ``suggestions`` (the folder enums, which the compiler records as such) are never
  enforced: tenants have custom folders.
* A path or query parameter that the body also requires (``name`` on the
  mobile-agent agent/tunnel profile updates) is routed to both places.
* Patterns are compiled with the ``regex`` package, never ``re``: the specs use
  ``[._-\\s]`` (which ``re`` rejects) and POSIX ``[[:xdigit:]]`` (which ``re``
  misreads). A pattern that fails to compile even there is skipped, not enforced.
* ``format`` is checked for the formats of :data:`FORMATS` only (address values, which
  the compiler records as catalog facts with their source); any other format the spec
  names (``float``) is not enforced. A value its pattern already refuses is not also
  reported against its format.
* A query or path parameter that the spec requires but that has a default (``position``,
  ``pre``) is optional: :func:`route` fills in the default, so the request carries it.
* Header parameters (the health APIs' ``x-panw-region``, ``prisma-tenant``) travel in
  ``Routed.headers``, their names matched without regard to case. A header the catalog
  fills from a setting is checked only when the caller says what the settings give
  (:func:`validate_params` ``header_defaults``, as the engine does): a workflow checked
  before it runs cannot know them.
"""

from __future__ import annotations

import math
from _collections_abc import Mapping  # what collections.abc re-exports, already loaded by os
from dataclasses import dataclass, field

TYPE_CHECKING = False  # `from typing import TYPE_CHECKING` would import typing (~4 ms)
if TYPE_CHECKING:
    from typing import Any

    from .catalog import Operation, Parameter, Shape

__all__ = [
    "RULES",
    "Problem",
    "Routed",
    "coerce_query",
    "route",
    "validate",
    "validate_params",
    "validate_value",
]

#: Every ``Problem.rule`` this module reports.
RULES = (
    "required", "type", "enum", "minLength", "maxLength", "pattern", "minimum", "maximum",
    "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minItems", "maxItems",
    "uniqueItems", "exclusive", "unknown", "format",
)

_SHOW_LIMIT = 40  # characters of a value shown in a message before it is cut with "…"
_REGEX_TIMEOUT_FROM = 256  # strings this long are matched under a timeout (ReDoS guard)
_REGEX_TIMEOUT = 0.25  # seconds
_MISSING = object()


# --------------------------------------------------------------------------- problems


@dataclass(frozen=True)
class Problem:
    """One reason a request is invalid.

    ``path`` locates the value inside the request (``name``, ``source[2]``,
    ``lifetime.hours``; ``""`` is the body itself). An exclusive group with no branch
    given is reported on its object, a clash on the first clashing key. ``rule`` is
    the schema keyword that failed (one of :data:`RULES`), ``value`` the offending
    value (for ``required`` and ``exclusive`` the key names involved). ``message`` is
    one line for humans; ``suggestions`` are close known names for an unknown one.
    """

    path: str
    rule: str
    value: Any
    message: str
    suggestions: tuple[str, ...] = ()

    def format(self) -> str:
        """The message, with the suggestions (if any) as a "did you mean" hint."""
        if not self.suggestions:
            return self.message
        names = [repr(s) for s in self.suggestions]
        hint = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"
        return f"{self.message}; did you mean {hint}?"

    def __str__(self) -> str:
        return self.format()


def _show(value: Any) -> str:
    """A short repr for messages: long strings and containers are cut with "…"."""
    if isinstance(value, str):
        return repr(value if len(value) <= _SHOW_LIMIT else value[:_SHOW_LIMIT] + "…")
    text = repr(value)
    return text if len(text) <= _SHOW_LIMIT + 2 else text[:_SHOW_LIMIT] + "…"


def _plural(n: Any, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _label(path: str, root: str = "value") -> str:
    """The path as a message names it: the root's name when empty, and escaped and cut
    when a key holds control characters or is very long, so a message stays one line."""
    if not path:
        return root
    if not path.isprintable():
        path = repr(path)[1:-1]
    return path if len(path) <= 2 * _SHOW_LIMIT else path[:2 * _SHOW_LIMIT] + "…"


# --------------------------------------------------------------------------- regexes

_REGEXES: dict[str, Any] = {}  # pattern text -> compiled pattern, or None when it fails


def _regex(pattern: str) -> Any:
    """The compiled pattern (``regex`` package), cached for the life of the process."""
    try:
        return _REGEXES[pattern]
    except KeyError:
        pass
    import regex  # lazily: importing this module must stay cheap

    try:
        compiled = regex.compile(pattern)
    except (regex.error, TypeError, ValueError, OverflowError):
        compiled = None  # a pattern even `regex` cannot read is not enforced
    _REGEXES[pattern] = compiled
    return compiled


# --------------------------------------------------------------------------- formats

_ipaddress: Any = None  # the module, imported on the first IPv6 address checked


def _ip(text: str) -> tuple[int, int] | None:
    """``text`` as (IP version, address as an integer), or None when it is no address.

    IPv4 is read here (four decimal octets, no leading zeros, as :mod:`ipaddress` reads
    them, at a tenth of its cost); IPv6 by :mod:`ipaddress`. Zone ids (``fe80::1%eth0``)
    and blanks are not addresses here.
    """
    global _ipaddress
    if not text or not text.isascii():
        return None
    if ":" not in text:
        parts = text.split(".")
        if len(parts) != 4:
            return None
        n = 0
        for part in parts:
            if not (0 < len(part) <= 3 and part.isdigit()) or (part[0] == "0" and len(part) > 1):
                return None
            octet = int(part)
            if octet > 255:
                return None
            n = n << 8 | octet
        return 4, n
    if "%" in text or text.strip() != text:
        return None
    if _ipaddress is None:
        import ipaddress as _ipaddress
    try:
        return 6, int(_ipaddress.IPv6Address(text))
    except ValueError:
        return None


def _is_ip_netmask(text: str) -> bool:
    """An address with an optional ``/prefix``; host bits may be set (``10.1.1.5/24``)."""
    address, slash, prefix = text.partition("/")
    ip = _ip(address)
    if ip is None:
        return False
    if not slash:
        return True
    return (0 < len(prefix) <= 3 and prefix.isascii() and prefix.isdigit()
            and int(prefix) <= (32 if ip[0] == 4 else 128))


def _is_ip_range(text: str) -> bool:
    """``first-last``: two addresses of one family, first <= last."""
    first, dash, last = text.partition("-")
    if not dash:
        return False
    a, b = _ip(first), _ip(last)
    return a is not None and b is not None and a[0] == b[0] and a[1] <= b[1]


def _is_ip_wildcard(text: str) -> bool:
    """``address/wildcard-mask``, both dotted IPv4 (wildcard masks are IPv4 only)."""
    address, slash, mask = text.partition("/")
    a, m = _ip(address), _ip(mask)
    return bool(slash) and a is not None and m is not None and a[0] == m[0] == 4


def _is_fqdn(text: str) -> bool:
    """Dot-separated labels of 1-63 letters, digits, ``-`` or ``_`` (the spec's own pattern
    takes ``_``), none starting or ending with ``-``; at most 255 characters in all."""
    if not text or len(text) > 255 or not text.isascii():
        return False
    for label in text.split("."):
        if not 0 < len(label) <= 63 or label[0] == "-" or label[-1] == "-":
            return False
        if not label.replace("-", "").replace("_", "a").isalnum():
            return False
    return True


#: format name -> (check, what a valid value is). The compiler adds these formats to the
#: catalog (with their sources); validation applies them wherever a node names one.
FORMATS: dict[str, tuple[Any, str]] = {
    "ip-netmask": (_is_ip_netmask, "not an IPv4 or IPv6 address with an optional /prefix"),
    "ip-range": (_is_ip_range, "not an IP range first-last (two IPv4 or two IPv6 addresses, "
                               "first <= last)"),
    "ip-wildcard": (_is_ip_wildcard, "not an IPv4 address/wildcard-mask such as 10.20.1.0/0.0.248.255"),
    "fqdn": (_is_fqdn, "not a domain name (dot-separated labels of 1 to 63 letters, digits, "
                       "'-' or '_', none starting or ending with '-')"),
}


# --------------------------------------------------------------------------- plans

_KINDS: dict[type, str] = {
    str: "string", bool: "boolean", int: "integer", float: "number",
    list: "array", tuple: "array", dict: "object", type(None): "null",
}
_ACCEPTS = {
    "string": ("string",), "boolean": ("boolean",), "integer": ("integer",),
    "number": ("integer", "number"), "array": ("array",), "object": ("object",),
    "null": ("null",),
}


def _kind(value: Any) -> str:
    """The JSON kind of a Python value (``bool`` is never a number)."""
    kind = _KINDS.get(type(value))
    if kind is not None:
        return kind
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, str):
        return "string"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, Mapping):
        return "object"
    if isinstance(value, (list, tuple)):
        return "array"
    return type(value).__name__


def _canon(value: Any) -> Any:
    """A hashable key with JSON equality: ``1 == 1.0`` but ``True != 1``."""
    kind = _kind(value)
    if kind == "string":
        return value
    if kind in ("integer", "number"):
        return ("n", value)
    if kind == "boolean":
        return ("b", value)
    if kind == "null":
        return ("z",)
    if kind == "array":
        return ("a", tuple(_canon(v) for v in value))
    if kind == "object":
        return ("o", frozenset((k, _canon(v)) for k, v in value.items()))
    try:
        hash(value)
    except TypeError:
        return ("r", repr(value))
    return ("x", value)


def _number(value: Any) -> int | float | None:
    """A numeric constraint from the catalog, or None when absent or not a number."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return value


class _Plan:
    """One schema node, unpacked once so that validation only reads attributes."""

    __slots__ = (
        "accept", "additional", "closed", "enum", "enum_shown", "exclusive", "format",
        "has_arr", "has_num", "has_obj", "has_str", "items", "max_items", "max_len", "maximum",
        "min_items", "min_len", "minimum", "multiple", "pattern", "props", "read_only",
        "regex", "required", "unique", "want", "xmax", "xmin",
    )

    def __init__(self, node: Mapping[str, Any]) -> None:
        get = node.get
        declared = get("type")
        types = (declared,) if isinstance(declared, str) else tuple(declared or ())
        if types:
            accept = {k for t in types for k in _ACCEPTS.get(t, (t,))}
            if get("nullable"):
                accept.add("null")
            self.accept: frozenset[str] | None = frozenset(accept)
            self.want = " or ".join(types) + (" or null" if get("nullable") else "")
        else:
            self.accept = None  # no declared type: any JSON value
            self.want = "any"
        self.read_only = bool(get("readOnly"))

        enum = get("enum")
        if isinstance(enum, (list, tuple)):
            self.enum: frozenset[Any] | None = frozenset(_canon(v) for v in enum)
            self.enum_shown = ", ".join(_show(v) for v in enum[:12]) + (
                ", …" if len(enum) > 12 else "")
        else:
            self.enum = None
            self.enum_shown = ""

        self.min_len = _number(get("minLength"))
        self.max_len = _number(get("maxLength"))
        pattern = get("pattern")
        self.pattern = pattern if isinstance(pattern, str) else None
        self.regex = _regex(self.pattern) if self.pattern is not None else None
        fmt = get("format")
        known = FORMATS.get(fmt) if isinstance(fmt, str) else None
        self.format: tuple[str, Any, str] | None = (
            (fmt, known[0], known[1]) if known is not None and isinstance(fmt, str) else None)
        self.has_str = (self.min_len is not None or self.max_len is not None
                        or self.regex is not None or self.format is not None)

        minimum, maximum = _number(get("minimum")), _number(get("maximum"))
        xmin, xmax = get("exclusiveMinimum"), get("exclusiveMaximum")
        # OpenAPI 3.0 spells exclusivity as a boolean beside minimum/maximum;
        # JSON Schema (OpenAPI 3.1) as a number of its own. Accept both.
        if xmin is True and minimum is not None:
            xmin, minimum = minimum, None
        if xmax is True and maximum is not None:
            xmax, maximum = maximum, None
        self.minimum, self.maximum = minimum, maximum
        self.xmin, self.xmax = _number(xmin), _number(xmax)
        multiple = _number(get("multipleOf"))
        self.multiple = multiple if multiple else None  # 0 or absent: no check
        self.has_num = any(v is not None for v in (self.minimum, self.maximum, self.xmin,
                                                    self.xmax, self.multiple))

        self.min_items = _number(get("minItems"))
        self.max_items = _number(get("maxItems"))
        self.unique = bool(get("uniqueItems"))
        items = get("items")
        self.items = _Plan(items) if isinstance(items, Mapping) else None
        self.has_arr = (self.min_items is not None or self.max_items is not None
                        or self.unique or self.items is not None)

        props = get("properties")
        self.props: dict[str, _Plan] | None = (
            {name: _Plan(sub) for name, sub in props.items()}
            if isinstance(props, Mapping) and props else None)
        additional = get("additional")
        self.additional = _Plan(additional) if isinstance(additional, Mapping) else None
        # Keys outside `properties` are unknown where the node declares properties
        # (the API rejects them) or forbids extras; an object with neither is open.
        self.closed = self.additional is None and (self.props is not None or additional is False)
        required = get("required")
        self.required: tuple[str, ...] = (
            tuple(required) if isinstance(required, (list, tuple)) else ())
        groups = []
        for group in get("exclusive") or ():
            branches = tuple(tuple(b) for b in group.get("keys") or () if b)
            if branches:
                shown = " | ".join("+".join(b) for b in branches)
                groups.append((branches, bool(group.get("required")), shown))
        self.exclusive: tuple[tuple[tuple[tuple[str, ...], ...], bool, str], ...] = tuple(groups)
        self.has_obj = self.closed or bool(self.props or self.required or self.exclusive
                                           or self.additional)


_PLANS: dict[int, tuple[Any, _Plan]] = {}  # id(catalog node) -> (node kept alive, plan)


def _node_of(thing: Any) -> Mapping[str, Any]:
    """The raw node behind a Shape or Parameter (or the mapping itself)."""
    if isinstance(thing, Mapping):
        return thing
    node = getattr(thing, "_node", None)
    if isinstance(node, Mapping):
        return node
    raw = getattr(thing, "raw", None)
    if callable(raw):
        return raw()
    raise TypeError(f"expected a Shape, a Parameter or a schema node, got {type(thing).__name__}")


def _cached_plan(node: Mapping[str, Any]) -> _Plan:
    """The plan of a catalog node. Catalog nodes live as long as the catalog, so their
    identity is a safe cache key; the node is kept referenced to pin that identity."""
    hit = _PLANS.get(id(node))
    if hit is not None and hit[0] is node:
        return hit[1]
    plan = _Plan(node)
    _PLANS[id(node)] = (node, plan)
    return plan


# --------------------------------------------------------------------------- the walk


def _walk(p: _Plan, value: Any, path: str, root: str, out: list[Problem]) -> None:
    """Append every problem of ``value`` against plan ``p`` to ``out``."""
    kind = _KINDS.get(type(value)) or _kind(value)
    accept = p.accept
    if kind == "number" and accept is not None and "integer" in accept and "number" not in accept \
            and isinstance(value, float) and value.is_integer():
        kind = "integer"  # JSON Schema: an integer is a number without a fraction, 100.0 among them
    if accept is not None and kind not in accept:
        out.append(Problem(path, "type", value,
                           f"{_label(path, root)}: expected {p.want}, got {kind} (type): "
                           f"{_show(value)}"))
        return
    if p.enum is not None and (value if kind == "string" else _canon(value)) not in p.enum:
        out.append(Problem(path, "enum", value,
                           f"{_label(path, root)}: not one of {p.enum_shown} (enum): "
                           f"{_show(value)}"))
    if kind == "string":
        if p.has_str:
            _check_string(p, value, path, root, out)
    elif kind == "object":
        if p.has_obj:
            _check_object(p, value, path, root, out)
    elif kind == "array":
        if p.has_arr:
            _check_array(p, value, path, root, out)
    elif kind == "integer" or kind == "number":
        if kind == "number" and not math.isfinite(value):
            out.append(Problem(path, "type", value,
                               f"{_label(path, root)}: expected {p.want}, got a non-finite "
                               f"number (type): {_show(value)}"))
        elif p.has_num:
            _check_number(p, value, path, root, out)


def _check_string(p: _Plan, value: str, path: str, root: str, out: list[Problem]) -> None:
    n = len(value)
    if p.min_len is not None and n < p.min_len:
        out.append(Problem(path, "minLength", value,
                           f"{_label(path, root)}: shorter than {_plural(p.min_len, 'character')} "
                           f"(minLength {p.min_len}): {_show(value)}"))
    if p.max_len is not None and n > p.max_len:
        out.append(Problem(path, "maxLength", value,
                           f"{_label(path, root)}: longer than {_plural(p.max_len, 'character')} "
                           f"(maxLength {p.max_len}): {_show(value)}"))
    rx = p.regex
    if rx is not None:
        if n < _REGEX_TIMEOUT_FROM:
            matched = rx.search(value) is not None
        else:
            try:
                matched = rx.search(value, timeout=_REGEX_TIMEOUT) is not None
            except TimeoutError:
                matched = False
        if not matched:
            out.append(Problem(path, "pattern", value,
                               f"{_label(path, root)}: does not match {p.pattern} (pattern): "
                               f"{_show(value)}"))
            return
    fmt = p.format
    if fmt is not None and not fmt[1](value):
        out.append(Problem(path, "format", value,
                           f"{_label(path, root)}: {fmt[2]} (format {fmt[0]}): {_show(value)}"))


def _check_number(p: _Plan, value: Any, path: str, root: str, out: list[Problem]) -> None:
    label = _label(path, root)
    if p.minimum is not None and value < p.minimum:
        out.append(Problem(path, "minimum", value,
                           f"{label}: less than {p.minimum} (minimum {p.minimum}): {_show(value)}"))
    if p.maximum is not None and value > p.maximum:
        out.append(Problem(path, "maximum", value,
                           f"{label}: greater than {p.maximum} (maximum {p.maximum}): "
                           f"{_show(value)}"))
    if p.xmin is not None and value <= p.xmin:
        out.append(Problem(path, "exclusiveMinimum", value,
                           f"{label}: not greater than {p.xmin} (exclusiveMinimum {p.xmin}): "
                           f"{_show(value)}"))
    if p.xmax is not None and value >= p.xmax:
        out.append(Problem(path, "exclusiveMaximum", value,
                           f"{label}: not less than {p.xmax} (exclusiveMaximum {p.xmax}): "
                           f"{_show(value)}"))
    m = p.multiple
    if m is not None and not _is_multiple(value, m):
        out.append(Problem(path, "multipleOf", value,
                           f"{label}: not a multiple of {m} (multipleOf {m}): {_show(value)}"))


def _is_multiple(value: int | float, m: int | float) -> bool:
    if isinstance(value, int) and isinstance(m, int):
        return value % m == 0
    try:
        q = value / m
    except OverflowError:
        return False
    return abs(q - round(q)) <= 1e-9 * max(1.0, abs(q))


def _check_array(p: _Plan, value: Any, path: str, root: str, out: list[Problem]) -> None:
    n = len(value)
    label = _label(path, root)
    if p.min_items is not None and n < p.min_items:
        out.append(Problem(path, "minItems", value,
                           f"{label}: fewer than {_plural(p.min_items, 'item')} "
                           f"(minItems {p.min_items}): {_plural(n, 'item')}"))
    if p.max_items is not None and n > p.max_items:
        out.append(Problem(path, "maxItems", value,
                           f"{label}: more than {_plural(p.max_items, 'item')} "
                           f"(maxItems {p.max_items}): {_plural(n, 'item')}"))
    if p.unique and n > 1:
        seen: set[Any] = set()
        dups: list[Any] = []
        for item in value:
            key = _canon(item)
            if key in seen:
                dups.append(item)
            else:
                seen.add(key)
        if dups:
            out.append(Problem(path, "uniqueItems", tuple(dups),
                               f"{label}: items are not unique (uniqueItems): repeated "
                               f"{', '.join(_show(d) for d in dups[:5])}"
                               f"{', …' if len(dups) > 5 else ''}"))
    items = p.items
    if items is not None:
        for i, item in enumerate(value):
            _walk(items, item, f"{path}[{i}]", root, out)


def _check_object(p: _Plan, value: Mapping[str, Any], path: str, root: str,
                  out: list[Problem]) -> None:
    prefix = path + "." if path else ""
    props = p.props
    if props is not None or p.closed or p.additional is not None:
        additional = p.additional
        for key, sub_value in value.items():
            sub = props.get(key) if props is not None else None
            if sub is not None:
                if not sub.read_only:  # read-only fields are known and ignored on input
                    _walk(sub, sub_value, f"{prefix}{key}", root, out)
            elif additional is not None:
                _walk(additional, sub_value, f"{prefix}{key}", root, out)
            elif p.closed:
                out.append(_unknown(f"{prefix}{key}", sub_value, key, props or (), "field"))
    for key in p.required:
        if key not in value:
            out.append(Problem(f"{prefix}{key}", "required", key,
                               f"{_label(prefix + key)}: required field is missing (required)"))
    for branches, required, shown in p.exclusive:
        present = [k for b in branches for k in b if k in value]
        if not present:
            if required:
                keys = tuple(k for b in branches for k in b)
                out.append(Problem(path, "exclusive", keys,
                                   f"{_label(path, root)}: exactly one of {shown} is required "
                                   f"(exclusive): none given"))
            continue
        hit = [b for b in branches if any(k in value for k in b)]
        if len(hit) > 1:
            # The path names the first key that clashes with an earlier branch: a path
            # should point at something to remove, and "" (the body) would not.
            clash = next(k for k in hit[1] if k in value)
            out.append(Problem(f"{prefix}{clash}", "exclusive", tuple(present),
                               f"{_label(prefix + clash)}: only one of {shown} may be given "
                               f"(exclusive): got {', '.join(present)}"))


def _unknown(path: str, value: Any, name: Any, known: Any, what: str) -> Problem:
    """An unknown name, with close known names (the only path that imports ``difflib``)."""
    from .suggest import close_matches

    close = tuple(close_matches(str(name), known))
    return Problem(path, "unknown", value, f"{_label(path)}: unknown {what} (unknown): {_show(value)}",
                   close)


# --------------------------------------------------------------------------- operations


class _OpPlan:
    """Everything about one operation that validation and routing need, built once."""

    __slots__ = ("also_body", "body", "defaults", "has_body", "header_names", "header_params", "locations",
                 "names", "nullable", "path_params", "query_names", "query_params", "required_query", "scope")

    def __init__(self, op: Operation) -> None:
        self.locations: dict[str, str] = {}  # flat parameter name -> path/query/body
        self.nullable: frozenset[str] = frozenset()
        path_params: list[tuple[str, bool, _Plan]] = []
        query_params: dict[str, _Plan] = {}
        required_query: list[str] = []
        nullable: set[str] = set()
        defaults: list[tuple[str, str, Any]] = []
        header_params: list[tuple[str, bool, _Plan, str | None]] = []
        for name, param in op.parameters.items():
            node = _node_of(param)
            plan = _cached_plan(node)
            self.locations[name] = param.location
            if node.get("spec_required") and "default" in node and param.location in ("path", "query"):
                # The service wants it; the catalog made it optional because it has a default.
                defaults.append((name, param.location, node["default"]))
            if node.get("nullable"):
                nullable.add(name)
            required = bool(param.required)
            if param.location == "path":
                path_params.append((name, required, plan))
            elif param.location == "query":
                query_params[name] = plan
                if required:
                    required_query.append(name)
            elif param.location == "header":
                header_params.append((name, required, plan, node.get("setting")))
        self.header_params = tuple(header_params)
        self.header_names = {name.lower(): name for name, _, _, _ in header_params}
        self.nullable = frozenset(nullable)
        self.defaults = tuple(defaults)
        self.path_params = tuple(path_params)
        self.query_params = query_params
        self.query_names = tuple(query_params)
        self.required_query = tuple(required_query)
        shape = op.body
        self.has_body = shape is not None
        self.body = _cached_plan(_node_of(shape)) if shape is not None else None
        self.names = tuple(self.locations)
        scope = getattr(op, "scope", None)  # catalog operations have it; hand-made stand-ins may not
        # (container keys, exactly one required): at most one of them, in the query
        self.scope: tuple[tuple[str, ...], bool] | None = (
            (tuple(scope["keys"]), bool(scope["required"])) if scope else None)
        # A path/query parameter that the body also requires (`name` on the
        # mobile-agent profile updates) travels in both places: the query addresses
        # the object, the body must still be complete.
        both: set[str] = set()
        if self.body is not None and self.body.props is not None:
            for name in self.body.required:
                sub = self.body.props.get(name)
                if sub is not None and not sub.read_only and self.locations.get(name) != "body":
                    both.add(name)
        self.also_body = frozenset(both)


_OPS: dict[int, tuple[Any, _OpPlan]] = {}  # id(Operation) -> (operation kept alive, plan)


def _op_plan(op: Operation) -> _OpPlan:
    hit = _OPS.get(id(op))
    if hit is not None and hit[0] is op:
        return hit[1]
    plan = _OpPlan(op)
    _OPS[id(op)] = (op, plan)
    return plan


@dataclass
class Routed:
    """Flat parameters split by where they travel.

    ``body`` is ``None`` when the operation takes no body. ``unknown`` holds names the
    operation does not know and that had nowhere to go (the operation has no body);
    :func:`validate_params` reports each of them.
    """

    path: dict[str, Any]
    query: dict[str, Any]
    body: dict[str, Any] | None
    unknown: dict[str, Any] = field(default_factory=dict)
    headers: dict[str, Any] = field(default_factory=dict)


def route(op: Operation, params: Mapping[str, Any]) -> Routed:
    """Route flat parameters (as a workflow or the CLI gives them) to path/query/body.

    Declared names go where ``op.parameters`` says; a path or query parameter that the
    body also requires is copied into the body. A ``body`` mapping supplies the whole
    body, with flat body fields merged over it. Unknown names go into the body
    when there is one (validation then reports them with suggestions), else aside into
    ``Routed.unknown``. ``None`` means "not given" and is left out, except for a
    nullable parameter, where it is a value. A parameter the service requires but
    that has a default (``position``) gets its default when not given.
    """
    plan = _op_plan(op)
    locations = plan.locations
    path: dict[str, Any] = {}
    query: dict[str, Any] = {}
    fields: dict[str, Any] = {}
    unknown: dict[str, Any] = {}
    copies: dict[str, Any] = {}  # path/query values the body also requires
    headers: dict[str, Any] = {}
    base: Mapping[str, Any] | None = None
    for name, value in params.items():
        where = locations.get(name)
        if where is None and plan.header_names and isinstance(name, str) \
                and name.lower() in plan.header_names:
            name = plan.header_names[name.lower()]  # X-PANW-Region as the spec spells it
            where = "header"
        if where is None:
            if name == "body" and plan.has_body and isinstance(value, Mapping):
                base = value
            elif name == "body" and value is None:
                continue
            elif plan.has_body:
                fields[name] = value
            else:
                unknown[name] = value
            continue
        if value is None and name not in plan.nullable:
            continue  # "not given"; a missing required parameter is reported by validate
        if where == "query":
            query[name] = value
        elif where == "path":
            path[name] = value
        elif where == "header":
            headers[name] = value
            continue
        else:
            fields[name] = value
            continue
        if name in plan.also_body:
            copies[name] = value
    for name, where, default in plan.defaults:
        target = query if where == "query" else path
        if name not in target:
            target[name] = default
    body: dict[str, Any] | None = None
    if plan.has_body:
        if base is not None:
            body = {**copies, **base, **fields} if copies else {**base, **fields}
        else:
            body = {**copies, **fields} if copies else fields
    return Routed(path, query, body, unknown, headers)


def validate(op: Operation, path: Mapping[str, Any], query: Mapping[str, Any], body: Any, *,
             coerce_strings: bool = False, headers: Mapping[str, Any] | None = None) -> list[Problem]:
    """Every problem of one request, in path, query, header, body order; ``[]`` when valid.

    ``headers`` (the operation's header parameters, by catalog name) are checked when
    given; ``None`` leaves them unchecked (the emulator; a workflow checked before it runs).

    ``coerce_strings`` is for the emulator, which receives the query as strings: a
    numeric or boolean parameter is then checked as the number or boolean its text
    reads as (see :func:`coerce_query`). A missing body is checked as ``{}`` when the
    operation declares one, so that its required fields are reported.
    """
    plan = _op_plan(op)
    out: list[Problem] = []

    for name, required, pplan in plan.path_params:
        value = path.get(name)
        if value is None:
            if required:
                out.append(Problem(name, "required", name,
                                   f"{name}: required path parameter is missing (required)"))
            continue
        if coerce_strings and isinstance(value, str):  # a path is text: `/config-versions/3`
            coerced = _coerce(pplan, value)
            value = value if coerced is _MISSING else coerced
        _walk(pplan, value, name, "path", out)
    if len(path) > len(plan.path_params):
        declared = {n for n, _, _ in plan.path_params}
        for name, value in path.items():
            if name not in declared:
                out.append(_unknown(name, value, name, declared, "path parameter"))

    qparams = plan.query_params
    for name, value in query.items():
        qplan = qparams.get(name)
        if qplan is None:
            out.append(_unknown(name, value, name, plan.query_names, "query parameter"))
            continue
        if value is None:
            continue
        if coerce_strings and isinstance(value, str):
            value = _coerce(qplan, value)
            if value is _MISSING:
                value = query[name]
                out.append(Problem(name, "type", value,
                                   f"{name}: expected {qplan.want}, got a string that does not "
                                   f"read as one (type): {_show(value)}"))
                continue
        _walk(qplan, value, name, "query", out)
    for name in plan.required_query:
        if query.get(name) is None:
            out.append(Problem(name, "required", name,
                               f"{name}: required query parameter is missing (required)"))
    if plan.scope is not None:
        _check_scope(plan.scope, query, body, out)
    if headers is not None:
        _check_headers(plan, headers, out)

    if plan.body is not None:
        _walk(plan.body, {} if body is None else body, "", "body", out)
    elif body is not None and body != {}:
        if isinstance(body, Mapping):
            for key, value in body.items():
                out.append(Problem(str(key), "unknown", value,
                                   f"{_label(str(key))}: unknown field, the operation takes no body "
                                   f"(unknown): {_show(value)}"))
        else:
            out.append(Problem("", "unknown", body,
                               f"body: the operation takes no body (unknown): {_show(body)}"))
    return out


def _check_scope(scope: tuple[tuple[str, ...], bool], query: Mapping[str, Any], body: Any,
                 out: list[Problem]) -> None:
    """The container: one of ``folder | snippet | device`` (exactly one when required),
    in the query or, as clients of the unified family send it, in the body."""
    keys, required = scope
    shown = " | ".join(keys)
    in_body = body if isinstance(body, Mapping) else {}
    present = [k for k in keys if query.get(k) is not None or in_body.get(k) is not None]
    if len(present) > 1:
        out.append(Problem(present[1], "exclusive", tuple(present),
                           f"{present[1]}: only one of {shown} may be given (exclusive): "
                           f"got {', '.join(present)}"))
    elif not present and required and len(keys) == 1:
        out.append(Problem(keys[0], "required", keys[0],
                           f"{keys[0]}: required query parameter is missing, nor in the body (required)"))
    elif not present and required:
        out.append(Problem(keys[0], "exclusive", keys,
                           f"{keys[0]}: exactly one of {shown} is required (exclusive): none given"))


def _check_headers(plan: _OpPlan, headers: Mapping[str, Any], out: list[Problem]) -> None:
    for name, required, hplan, setting in plan.header_params:
        value = headers.get(name)
        if value is None or value == "":
            if required:
                hint = ""
                if setting:
                    from .settings import ENV_VARS  # only on this error path

                    var = ENV_VARS.get(setting)
                    hint = f"; set {setting} ({var}, --{setting.replace('_', '-')} or a profile's {setting})" \
                        if var else f"; set {setting}"
                out.append(Problem(name, "required", name,
                                   f"{name}: required header is missing (required){hint}"))
            continue
        _walk(hplan, value, name, "header", out)
    for name, value in headers.items():
        if name not in plan.header_names.values():
            out.append(_unknown(name, value, name, tuple(plan.header_names.values()), "header"))


def validate_params(op: Operation, params: Mapping[str, Any],
                    header_defaults: Mapping[str, str] | None = None) -> tuple[Routed, list[Problem]]:
    """Route flat parameters and validate them: the client's single call before sending.

    ``header_defaults`` are the header values the settings give (header name -> value, the
    engine's); a header given in ``params`` wins. With it, the headers are checked and
    ``Routed.headers`` holds what is to be sent; without it, only given headers travel and
    they are not checked (see :func:`validate`).
    """
    routed = route(op, params)
    if header_defaults is not None:
        for name, value in header_defaults.items():
            if value and routed.headers.get(name) in (None, ""):
                routed.headers[name] = value
    problems = validate(op, routed.path, routed.query, routed.body,
                        headers=routed.headers if header_defaults is not None else None)
    if routed.unknown:
        names = _op_plan(op).names
        problems.extend(_unknown(str(name), value, name, names, "parameter")
                        for name, value in routed.unknown.items())
    return routed, problems


def validate_value(node_or_shape: Shape | Parameter | Mapping[str, Any], value: Any,
                   path: str = "") -> list[Problem]:
    """Every problem of ``value`` against a Shape, a Parameter or a raw schema node.

    Shapes and Parameters come from the catalog and their compiled plans are cached;
    a raw node (a dict of your own) is compiled on each call, since it may change.
    """
    if isinstance(node_or_shape, Mapping):
        plan = _Plan(node_or_shape)
    else:
        plan = _cached_plan(_node_of(node_or_shape))
    out: list[Problem] = []
    _walk(plan, value, path, "value", out)
    return out


# --------------------------------------------------------------------------- query strings

_TRUE_FALSE = {"true": True, "false": False}


def _coerce(p: _Plan, text: str) -> Any:
    """``text`` read as the type the parameter declares, or ``_MISSING`` if it cannot be.

    A parameter that accepts strings keeps the text. Otherwise integer, number,
    boolean and null readings are tried in that order, as far as the type allows.
    """
    accept = p.accept
    if accept is None or "string" in accept:
        return text
    stripped = text.strip()
    if "integer" in accept and stripped and "_" not in stripped:
        try:
            return int(stripped)
        except ValueError:
            pass
    if "number" in accept and stripped and "_" not in stripped:
        try:
            number = float(stripped)
        except ValueError:
            pass
        else:
            if math.isfinite(number):
                return int(number) if number.is_integer() and "integer" in accept else number
    if "boolean" in accept:
        flag = _TRUE_FALSE.get(stripped.lower())
        if flag is not None:
            return flag
    if "null" in accept and stripped.lower() in ("", "null"):
        return None
    return _MISSING


def coerce_query(op: Operation, query: Mapping[str, Any]) -> dict[str, Any]:
    """The query with declared numeric and boolean parameters read from their text.

    For the emulator: ``{"limit": "200"}`` becomes ``{"limit": 200}``. Text that does
    not read as the declared type, and unknown names, are kept as given (``validate``
    with ``coerce_strings=True`` reports them).
    """
    qparams = _op_plan(op).query_params
    out: dict[str, Any] = {}
    for name, value in query.items():
        qplan = qparams.get(name)
        if qplan is not None and isinstance(value, str):
            coerced = _coerce(qplan, value)
            out[name] = value if coerced is _MISSING else coerced
        else:
            out[name] = value
    return out
