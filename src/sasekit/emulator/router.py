"""Request path -> catalog operation, for both URL families.

Every operation is reachable on the paths of the families that serve it: legacy
(``/sse/config/v1/...``) and unified (``/config/<group>/v1/...``), each matched to that
family's variant of the operation; those of sasekit's own documents (resource family
``ip``, ``POST /getPrismaAccessIP/v2``) and of the health APIs (families ``incidents`` and
``insights``, answered by :mod:`.health`) on their own paths. Paths with a literal
``:verb`` suffix and templated ids are matched by regular expressions built from the
catalog, bucketed by parent path so a request tries only a handful of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sasekit.catalog import Catalog, Operation

#: Resource families the catalog compiles and the emulator does not serve (none: the health
#: APIs are served since emulator/health.py). A family named here stays routed, so that a
#: request for one is answered 501 E012 "not served by the emulator yet" instead of a 404 that
#: reads as a wrong path; the suites that sweep every catalog operation
#: (tests/test_emulator_fuzz.py) skip the operations :func:`served` refuses.
UNSERVED_FAMILIES: frozenset[str] = frozenset()


def served(op: Operation) -> bool:
    """Whether the emulator serves ``op`` (by its resource family: :data:`UNSERVED_FAMILIES`)."""
    return op.resource.family not in UNSERVED_FAMILIES


@dataclass(frozen=True)
class Match:
    operation: Operation
    path_params: dict[str, str]
    family: str  # "legacy", "unified", "setup" (the Setup API, on the unified paths) or "ip"


def _pattern(template: str) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The template's regex and its parameter names, in order (groups are positional: a
    name such as the incidents spec's ``incident-id`` is no regex group name)."""
    out, names = [], []
    for part in re.split(r"(\{[^}]+\})", template):
        if part.startswith("{") and part.endswith("}"):
            out.append("([^/]+?)")
            names.append(part[1:-1])
        else:
            out.append(re.escape(part))
    return re.compile("".join(out) + "$"), tuple(names)


def _parent(path: str) -> str:
    return path.rsplit("/", 1)[0]


class Router:
    def __init__(self, catalog: Catalog) -> None:
        self.literal: dict[tuple[str, str], tuple[Operation, str]] = {}
        self.templated: dict[tuple[str, str], list[tuple[re.Pattern[str], tuple[str, ...], Operation, str]]] = {}
        self.known_paths: set[str] = set()
        for key in catalog:
            resource = catalog[key]
            for name in catalog.operation_names(key):
                op = resource.operations[name]
                if "legacy" in op.families:
                    self._add(op.method, op.path, op, "legacy")
                if "unified" in op.families:
                    # Each family's own variant: validated by its own spec's schemas.
                    family = "setup" if resource.family == "setup" else "unified"
                    self._add(op.method, op.unified_path, op.variant("unified"), family)
                if not op.families:
                    # sasekit's own documents (resource family "ip") and the health APIs: on
                    # their own paths.
                    self._add(op.method, op.path, op, resource.family)

    def _add(self, method: str, template: str, op: Operation, family: str) -> None:
        self.known_paths.add(template)
        if "{" not in template:
            self.literal.setdefault((method, template), (op, family))
            return
        # Bucket by the literal part before the first parameter's segment.
        head = template.split("{", 1)[0]
        bucket = _parent(head + "x") if not head.endswith("/") else head.rstrip("/")
        self.templated.setdefault((method, bucket), []).append((*_pattern(template), op, family))

    def match(self, method: str, path: str) -> Match | None:
        hit = self.literal.get((method, path))
        if hit:
            return Match(hit[0], {}, hit[1])
        probe = path
        while probe:
            probe = _parent(probe)
            for rx, names, op, family in self.templated.get((method, probe), ()):
                m = rx.match(path)
                if m:
                    return Match(op, dict(zip(names, m.groups(), strict=True)), family)
        return None

    def allowed_methods(self, path: str) -> list[str]:
        """Methods that would match this path (for 405 answers)."""
        methods = ("GET", "POST", "PUT", "DELETE", "PATCH")
        return [m for m in methods if self.match(m, path)]
