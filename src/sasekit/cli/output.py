"""Printing results: a table on a terminal, JSON when piped, YAML on request.

Data goes to stdout and nothing else does; messages and progress go to stderr, so
``sasekit address list --folder Shared | jq`` always gets clean JSON.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from sasekit.cells import cell_text

PREFERRED = ("name", "id", "folder", "position", "type", "action", "status_str", "result_str", "type_str",
             "percent", "description")
MAX_COLUMNS = 8


def apply_query(data: Any, query: str | None) -> Any:
    """``data`` filtered by a JMESPath ``--query``; a bad expression is a usage error
    (exit 2, one line), not a traceback."""
    if not query:
        return data
    import jmespath
    from jmespath.exceptions import JMESPathError

    try:
        return jmespath.search(query, data)
    except JMESPathError as exc:
        import click

        # jmespath's parse errors draw a caret under the expression on extra lines: keep one
        reason = str(exc).splitlines()[0].rstrip(": ") if str(exc) else type(exc).__name__
        where = getattr(exc, "lex_position", None)
        at = f" at position {where}" if isinstance(where, int) else ""
        raise click.UsageError(f"--query {query!r}: {reason}{at}") from None


def emit(data: Any, output: str | None = None, query: str | None = None) -> None:
    """Print a result on stdout: ``output`` if given, else a table for a person at a
    terminal and JSON for a pipe."""
    data = apply_query(data, query)
    fmt = output or ("table" if sys.stdout.isatty() else "json")
    if fmt == "json":
        sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    elif fmt == "yaml":
        import yaml

        sys.stdout.write(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    else:
        table(data)


def _rows(data: Any) -> list[Any] | None:
    if isinstance(data, list):
        return data
    if isinstance(data, dict) and isinstance(data.get("data"), list):
        return data["data"]
    return None


def table(data: Any) -> None:
    """A list of objects as one table (the useful columns first, at most eight), an
    object as key/value rows; cells flattened as in reports and notifications."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console()
    rows = _rows(data)
    if rows is None:
        if isinstance(data, dict):
            t = Table(show_header=False, box=None)
            for key, value in data.items():
                t.add_row(f"[bold]{escape(str(key))}[/]", escape(cell_text(value)))
            console.print(t)
        else:
            console.print(escape(cell_text(data)))
        return
    if not rows:
        console.print("(no items)")
        return
    if not all(isinstance(r, dict) for r in rows):
        for r in rows:
            console.print(escape(cell_text(r)))
        return
    keys: list[str] = []
    for r in rows:
        for k in r:
            if k not in keys:
                keys.append(k)
    columns = [k for k in PREFERRED if k in keys] + [k for k in keys if k not in PREFERRED]
    columns = columns[:MAX_COLUMNS]
    t = Table()
    for c in columns:
        t.add_column(c, overflow="fold")
    for r in rows:
        t.add_row(*(escape(cell_text(r.get(c))) for c in columns))
    console.print(t)
    if isinstance(data, dict) and "total" in data:
        shown = len(rows)
        console.print(f"{shown} of {data.get('total')} (offset {data.get('offset', 0)})", style="dim",
                      highlight=False)
