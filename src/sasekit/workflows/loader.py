"""Reading workflow files (YAML or JSON) while remembering where each value was.

Every problem ``sasekit workflow validate`` reports carries a line number, so the
loader keeps a map from each value's path (``steps[2].parameters.name``) to the line
it started on. JSON is read with the same YAML loader: YAML is a superset of JSON.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from sasekit.errors import WorkflowFileError

__all__ = ["Document", "WorkflowFileError", "load", "loads"]


@dataclass
class Document:
    data: Any
    lines: dict[str, int] = field(default_factory=dict)
    path: str = "<string>"

    def line(self, where: str) -> int | None:
        """The line of ``where`` or of its nearest enclosing value."""
        probe = where
        while probe:
            if probe in self.lines:
                return self.lines[probe]
            cut = max(probe.rfind("."), probe.rfind("["))
            probe = probe[:cut] if cut > 0 else ""
        return self.lines.get("", 1)


def _join(prefix: str, key: Any) -> str:
    if isinstance(key, int):
        return f"{prefix}[{key}]"
    return f"{prefix}.{key}" if prefix else str(key)


def _build(node: yaml.Node, where: str, lines: dict[str, int]) -> Any:
    lines[where] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = yaml.safe_load(yaml.serialize(key_node)) if not isinstance(key_node, yaml.ScalarNode) \
                else _scalar(key_node)
            if not isinstance(key, str):
                key = str(key)
            if key in out:
                raise WorkflowFileError(f"line {key_node.start_mark.line + 1}: duplicate key {key!r}")
            out[key] = _build(value_node, _join(where, key), lines)
            lines.setdefault(_join(where, key), key_node.start_mark.line + 1)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, _join(where, i), lines) for i, item in enumerate(node.value)]
    return _scalar(node)


def _scalar(node: yaml.Node) -> Any:
    """A leaf's value, constructed as ``safe_load`` would (tags, timestamps, ...)."""
    loader = yaml.SafeLoader("")
    try:
        return loader.construct_object(node, deep=True)
    finally:
        loader.dispose()


def loads(text: str, path: str = "<string>") -> Document:
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise WorkflowFileError(f"{path}: {where}not valid YAML/JSON ({problem})") from None
    if root is None:
        return Document({}, {"": 1}, path)
    lines: dict[str, int] = {}
    return Document(_build(root, "", lines), lines, path)


def load(path: str | Path) -> Document:
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise WorkflowFileError(f"{path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise WorkflowFileError(f"{path}: not a UTF-8 text file") from None
    return loads(text, str(path))
