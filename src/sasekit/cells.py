"""One value as the text of one table cell: CLI tables, Slack fields, report cells.

API objects nest (lists of tags, mappings of profile settings), cells do not, so every
place that draws a table flattens a value the same way, and a value reads the same in
the terminal, in a Slack message and in a report. Escaping is not done here: each
reader needs its own (rich markup, Slack's ``<>&``, Markdown, HTML), except for the
one rule every CSV writer shares, :func:`csv_cell`.

Times and durations have one spelling too: :func:`local_time` (the reader's local time,
ISO order, to the second) and :func:`duration_text`.

Only the standard library is imported: notifications and reports must stay light.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

__all__ = ["cell_text", "csv_cell", "duration_text", "epoch_seconds", "local_time"]

#: Text a spreadsheet would run as a formula when a CSV cell starts with it.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_CHARS = frozenset(FORMULA_START)
#: Epoch numbers above this are milliseconds (1e11 s is the year 5138; 1e11 ms is 1973).
_MS_ABOVE = 1e11
#: Numbers below this are not taken for times (1e8 s is 1973-03-03): small counters stay numbers.
_EPOCH_FROM = 1e8
_NAIVE = re.compile(r"^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d+)?$")


def cell_text(value: Any) -> str:
    """``None`` is empty, booleans are ``true``/``false`` as in the JSON and YAML they
    come from, lists (tuples, sets) are joined with ``", "``, mappings are compact JSON,
    anything else is its ``str``."""
    kind = type(value)
    if kind is str:
        return value
    if value is None:
        return ""
    if kind is bool:
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if kind is dict or isinstance(value, Mapping):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)
    if isinstance(value, list | tuple | set | frozenset):
        return ", ".join(cell_text(item) for item in value)
    return str(value)


def csv_cell(value: Any) -> str:
    """:func:`cell_text` for a CSV file: text that starts like a formula (``= + - @``, a
    tab or carriage return) gets a leading ``'`` so a spreadsheet shows it rather than
    runs it; numbers (``-5``) stay as they are. Quoting is the ``csv`` module's job."""
    if type(value) is str:  # the usual case, first
        return "'" + value if value[:1] in _FORMULA_CHARS and value else value
    text = cell_text(value)
    if text.startswith(FORMULA_START) and not isinstance(value, int | float):
        return "'" + text
    return text


def epoch_seconds(value: Any) -> float | None:
    """A time value as epoch seconds, or None when it is not one.

    Accepted: epoch seconds or milliseconds (numbers, or digit strings), ISO 8601 with an
    offset or ``Z``, and the service's naive ``YYYY-MM-DD HH:MM:SS``, which is UTC (job
    ``start_ts``/``end_ts``: the push de-duplication in ``sasekit.jobs`` reads them so,
    and the emulator writes them so)."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        if text.isdigit():
            value = int(text)
        else:
            try:
                when = datetime.fromisoformat(text.replace("Z", "+00:00"))
            except ValueError:
                return None
            if when.tzinfo is None:
                if not _NAIVE.match(text):
                    return None
                when = when.replace(tzinfo=UTC)
            return when.timestamp()
    if isinstance(value, int | float):
        number = float(value)
        if number != number or number < _EPOCH_FROM:  # NaN, zero, small counters
            return None
        return number / 1000.0 if number > _MS_ABOVE else number
    return None


def local_time(value: Any) -> str | None:
    """A time value (see :func:`epoch_seconds`) in the reader's local time,
    ``2026-12-01 23:05:38``; None when ``value`` is not a time."""
    seconds = epoch_seconds(value)
    if seconds is None:
        return None
    try:
        return datetime.fromtimestamp(seconds).strftime("%Y-%m-%d %H:%M:%S")
    except (OverflowError, OSError, ValueError):
        return None


def duration_text(seconds: float | None) -> str:
    """``12 ms``, ``14.2 s``, ``14 s`` (whole seconds stay whole), ``3 min 05 s``,
    ``2 h 03 min``; empty for None or a negative span."""
    if seconds is None or seconds != seconds or seconds < 0:
        return ""
    if seconds < 1 and not float(seconds).is_integer():
        return f"{seconds * 1000:.0f} ms"
    if seconds < 60:
        return f"{seconds:.0f} s" if float(seconds).is_integer() else f"{seconds:.1f} s"
    whole = round(seconds)
    if whole < 3600:
        return f"{whole // 60} min {whole % 60:02d} s"
    return f"{whole // 3600} h {whole % 3600 // 60:02d} min"
