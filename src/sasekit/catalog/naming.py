"""Resource keys and operation names, decided once, at compile time.

The names are the ones the integration guide and ``operation-names.tsv`` use. They
follow a handful of rules (see ``docs`` in the README): the resource key comes from
the spec file stem, acronyms lower-cased and the last word singular; two files are
split by path segment; a few operations are named by hand because no rule gives
the name users know them by.

The health APIs (:mod:`sasekit.catalog.health_apis`) follow the same rules with two
additions: a POST that reads (``search``, ``query`` in its literal segments) is named by
that word, not ``create``; and the documented instances of a templated query
(``.../custom/query/{feature_name}/{request_name}`` called as ``.../tunnels/tunnel_list``)
are operations named by their last bound value (``tunnelList``).
"""

from __future__ import annotations

import re

from .model import LEGACY_PREFIX, kind_of

__all__ = ["HAND_NAMED", "LEGACY_PREFIX", "kind_of", "name_operation", "resource_key"]


# Words the camel-case splitter would cut in the wrong place.
_WORD_OVERRIDES = {"QoS": "Qos", "WildFire": "Wildfire", "IPSec": "Ipsec"}
_WORD_RE = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")

# Spec files that hold several resources: the key comes from the path segment.
_SPLIT_BY_SEGMENT = {
    "MobileAgent": ("mobile-agent", "mobileAgent"),
    "ConfigurationManagement": (None, ""),
}

# Operations whose names no rule yields: (method, legacy path) -> (resource, operation).
HAND_NAMED: dict[tuple[str, str], tuple[str | None, str]] = {
    ("DELETE", "/sse/config/v1/config-versions/candidate"): (None, "rollbackCandidate"),
    ("GET", "/sse/config/v1/config-versions/running"): (None, "getRunning"),
    ("GET", "/sse/config/v1/snapshots"): ("configVersion", "listSnapshots"),
    ("POST", "/sse/config/v1/enable"): (None, "enable"),
    ("GET", "/sse/config/v1/bgp-routing"): (None, "getBgpRouting"),
    ("PUT", "/sse/config/v1/bgp-routing"): (None, "updateBgpRouting"),
    # sasekit's own Prisma Access IP document (catalog/extra/): a POST that lists addresses.
    ("POST", "/getPrismaAccessIP/v2"): (None, "list"),
}


def words(stem: str) -> list[str]:
    """Split a CamelCase or kebab-case name into words."""
    if "-" in stem or "_" in stem:
        return [w for w in re.split(r"[-_]", stem) if w]
    for old, new in _WORD_OVERRIDES.items():
        stem = stem.replace(old, new)
    return _WORD_RE.findall(stem)


def singular(word: str) -> str:
    low = word.lower()
    if low.endswith("ies"):
        return word[:-3] + "y"
    if low.endswith("sses"):
        return word[:-2]
    if low.endswith("s") and not low.endswith("ss"):
        return word[:-1]
    return word


def lower_camel(parts: list[str]) -> str:
    if not parts:
        return ""
    return parts[0].lower() + "".join(p[:1].upper() + p[1:].lower() for p in parts[1:])


def key_from_words(parts: list[str], prefix: str = "") -> str:
    parts = [*parts[:-1], singular(parts[-1])]
    key = lower_camel(parts)
    return prefix + key[:1].upper() + key[1:] if prefix else key


def split_path(path: str, prefix: str = LEGACY_PREFIX) -> tuple[list[str], str | None]:
    """Path segments after the family prefix, and the ``:verb`` suffix if any."""
    rest = path[len(prefix):] if path.startswith(prefix) else path
    verb = None
    last = rest.rsplit("/", 1)[-1]
    if ":" in last:
        verb = last.split(":", 1)[1]
        rest = rest[: len(rest) - len(verb) - 1]
    return [s for s in rest.split("/") if s], verb


def resource_key(stem: str, path: str, prefix: str = LEGACY_PREFIX) -> str:
    """The resource key for an operation at ``path`` declared in spec file ``stem``."""
    segments, _ = split_path(path, prefix)
    if stem in _SPLIT_BY_SEGMENT:
        family_segment, key_prefix = _SPLIT_BY_SEGMENT[stem]
        if family_segment and segments and segments[0] == family_segment:
            segments = segments[1:]
        return key_from_words(words(segments[0]), key_prefix)
    return key_from_words(words(stem))


def unified_resource_key(file_stem: str, path: str, prefix: str) -> str:
    """The resource key of an operation of a unified ``scm-config`` file that no legacy
    operation shares: files there hold many resources, so the key comes from the first
    path segment, as for ``MobileAgent.yaml`` (whose unified file keeps its key prefix)."""
    segments, _ = split_path(path, prefix)
    key_prefix = _SPLIT_BY_SEGMENT["MobileAgent"][1] if file_stem == "mobile-agent" else ""
    return key_from_words(words(segments[0]) if segments else [file_stem], key_prefix)


#: Literal path segments that name a read sent as a POST in the health APIs: the incidents
#: search (``POST /incidents/v1/search``) and the Insights queries (``POST
#: /api/sase/v2.0/resource/query/{resource_name}``). Such an operation takes the segment's name.
QUERY_VERBS = ("search", "query")


def first_segment_key(path: str) -> str:
    """The resource key from a path's first segment, singular (``/incidents/v1/search`` ->
    ``incident``): for a file whose paths name their API in the first segment (the
    incidents spec; its stem names the framework, ``Unified_SCM_Incident``)."""
    segments = [s for s in path.split("/") if s]
    return key_from_words(words(segments[0]) if segments else ["root"])


def query_operation_name(method: str, path: str, returns_list: bool) -> str:
    """The operation name in the health APIs: a POST whose literal segments hold a
    :data:`QUERY_VERBS` word is named by it (the last such word: ``search``, ``query``);
    anything else by the general rules (``GET .../details/{incident-id}`` -> ``get``)."""
    if method.upper() == "POST":
        literal = [s for s in path.split("/") if s and not s.startswith("{")]
        verbs = [s for s in literal if s in QUERY_VERBS]
        if verbs:
            return verbs[-1]
    return operation_name(method, path, returns_list)


def instance_name(bound: dict[str, str]) -> str:
    """The name of a documented instance of a templated query: its last bound path value,
    lowerCamel (``tunnels/tunnel_list`` -> ``tunnelList``, ``edge_location_current_status`` ->
    ``edgeLocationCurrentStatus``)."""
    return lower_camel(words(list(bound.values())[-1]))


def is_item_path(path: str) -> bool:
    segments, _ = split_path(path)
    return bool(segments) and segments[-1].startswith("{")


def operation_name(method: str, path: str, returns_list: bool) -> str:
    """The operation name by the general rules (hand-named ones are applied separately)."""
    _, verb = split_path(path)
    if verb:
        return lower_camel(words(verb)) if "-" in verb or "_" in verb else verb
    method = method.upper()
    if is_item_path(path):
        return {"GET": "get", "PUT": "update", "DELETE": "delete", "POST": "create",
                "PATCH": "patch"}[method]
    return {
        "GET": "list" if returns_list else "get",
        "POST": "create",
        "PUT": "update",
        "DELETE": "delete",
        "PATCH": "patch",
    }[method]


def name_operation(
    stem: str, method: str, path: str, returns_list: bool, prefix: str = LEGACY_PREFIX
) -> tuple[str, str]:
    """(resource key, operation name) for one operation of the spec."""
    key = resource_key(stem, path, prefix)
    hand = HAND_NAMED.get((method.upper(), path))
    if hand:
        return hand[0] or key, hand[1]
    return key, operation_name(method, path, returns_list)

