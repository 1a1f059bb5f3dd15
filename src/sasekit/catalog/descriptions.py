"""Description text, read from the spec folder at run time.

The committed catalog holds facts only. Help texts and tooltips want Palo Alto's own
words, so they are looked up here, in the spec files themselves, when a spec folder
is configured: an explicit argument, else ``SASEKIT_SPEC_DIR``, else the
``spec_dir`` setting (:func:`sasekit.catalog.specs.spec_dir` decides). With none
configured, or a folder that is not there, there are no descriptions.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from .model import Operation, Resource
from .specs import spec_dir


@lru_cache(maxsize=32)
def _spec(path: str) -> dict[str, Any]:
    from .compiler import load_yaml

    return load_yaml(Path(path))


def _resolve(doc: dict[str, Any], node: Any) -> Any:
    seen = 0
    while isinstance(node, dict) and "$ref" in node and seen < 32:
        target: Any = doc
        for part in node["$ref"][2:].split("/"):
            target = target.get(part, {}) if isinstance(target, dict) else {}
        node, seen = target, seen + 1
    return node


def _clean(text: Any) -> str | None:
    return " ".join(str(text).split()) or None if text else None


class Descriptions:
    """Description lookups for one spec folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _doc(self, resource: Resource) -> dict[str, Any] | None:
        # sasekit's own documents (catalog/extra/) sit beside the package, not in the spec folder.
        base = Path(__file__).resolve().parent if resource.spec_file.startswith("extra/") else self.folder
        path = base / resource.spec_file
        return _spec(str(path)) if path.is_file() else None

    def _op_node(self, op: Operation) -> tuple[dict[str, Any], dict[str, Any]] | None:
        doc = self._doc(op.resource)
        if doc is None:
            return None
        path = op.spec_path
        if op.resource.family == "setup":
            path = path.removeprefix("/config/setup/v1")
        node = ((doc.get("paths") or {}).get(path) or {}).get(op.method.lower())
        return (doc, node) if isinstance(node, dict) else None

    def resource(self, resource: Resource) -> str | None:
        doc = self._doc(resource)
        return _clean(((doc or {}).get("info") or {}).get("description"))

    def operation(self, op: Operation) -> str | None:
        found = self._op_node(op)
        if not found:
            return None
        _, node = found
        return _clean(node.get("summary") or node.get("description"))

    def parameter(self, op: Operation, name: str) -> str | None:
        """A path/query parameter's description, or a body field's (``a.b`` for nested)."""
        found = self._op_node(op)
        if not found:
            return None
        doc, node = found
        for p in node.get("parameters") or []:
            p = _resolve(doc, p)
            if isinstance(p, dict) and (p.get("name") == name or (
                    p.get("in") == "header" and str(p.get("name", "")).lower() == name)):
                return _clean(p.get("description"))
        body = (((node.get("requestBody") or {}).get("content") or {}).get("application/json") or {})
        schema = _resolve(doc, body.get("schema"))
        for part in name.split("."):
            schema = _find_property(doc, schema, part)
            if schema is None:
                return None
        return _clean(schema.get("description"))


def _find_property(doc: dict[str, Any], schema: Any, name: str) -> dict[str, Any] | None:
    schema = _resolve(doc, schema)
    if not isinstance(schema, dict):
        return None
    if schema.get("type") == "array" and "items" in schema:
        schema = _resolve(doc, schema["items"])
    props = schema.get("properties") or {}
    if name in props:
        return _resolve(doc, props[name])
    for combo in ("allOf", "oneOf", "anyOf"):
        for branch in schema.get(combo) or []:
            hit = _find_property(doc, branch, name)
            if hit is not None:
                return hit
    return None


def descriptions(explicit: str | Path | None = None) -> Descriptions | None:
    """A :class:`Descriptions` for the configured spec folder, or ``None``."""
    folder = spec_dir(explicit)
    return Descriptions(folder) if folder is not None and folder.is_dir() else None
