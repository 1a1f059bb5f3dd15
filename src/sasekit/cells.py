"""One value as the text of one table cell: CLI tables, Slack fields, report cells.

API objects nest (lists of tags, mappings of profile settings), cells do not, so every
place that draws a table flattens a value the same way, and a value reads the same in
the terminal, in a Slack message and in a report. Escaping is not done here: each
reader needs its own (rich markup, Slack's ``<>&``, Markdown, HTML, CSV formulas).

Only the standard library is imported: notifications and reports must stay light.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

__all__ = ["cell_text"]


def cell_text(value: Any) -> str:
    """``None`` is empty, booleans are ``true``/``false`` as in the JSON and YAML they
    come from, lists (tuples, sets) are joined with ``", "``, mappings are compact JSON,
    anything else is its ``str``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)
    if isinstance(value, list | tuple | set | frozenset):
        return ", ".join(cell_text(item) for item in value)
    return str(value)
