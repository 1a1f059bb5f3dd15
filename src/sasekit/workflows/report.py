"""Compliance-style reports (Markdown, CSV, HTML) from lists of API objects.

The guide's "Compliance Reporting" workflow lists security rules and URL categories,
formats a report and uploads it. The cell values are configuration written by many
people and, through IOC workflows, partly by threat feeds: a rule name or description
can contain ``|``, line breaks, ``<script>`` or a spreadsheet formula. Every format
therefore escapes for its own reader, so a value can only ever show up as text:

* Markdown: ``|`` and ``\\`` are backslash-escaped and line breaks become ``<br>`` so a
  value stays in its cell; ``< > &`` become entities and ``` ` * [ ] ``` are escaped so
  a value cannot inject HTML, code spans or links into a rendered page;
* CSV: standard quoting (``csv`` module), and text starting with ``= + - @`` (or a tab or
  carriage return) gets a leading ``'`` so spreadsheets do not run it as a formula;
* HTML: every value is HTML-escaped, and the page carries a Content-Security-Policy
  that forbids scripts outright as a second line of defence.

Cell values are flattened by ``sasekit.cells.cell_text``, as in CLI tables: lists are
joined with ``", "``, mappings become compact JSON, ``None`` is empty.
"""

from __future__ import annotations

import csv
import html
import io
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from sasekit.cells import cell_text
from sasekit.files import write_atomic

__all__ = ["FORMATS", "render_report", "write_report"]

#: Accepted ``fmt`` values (case-insensitive) and the format each means.
FORMATS = {"markdown": "markdown", "md": "markdown", "csv": "csv", "html": "html", "htm": "html"}
_SUFFIXES = {".md": "markdown", ".markdown": "markdown", ".csv": "csv", ".html": "html", ".htm": "html"}


class _Section:
    """A validated section: the column list is explicit or the union of the row keys."""

    def __init__(self, raw: Mapping[str, Any], index: int) -> None:
        if not isinstance(raw, Mapping):
            raise TypeError(f"section {index} must be a mapping, not {type(raw).__name__}")
        self.title = cell_text(raw.get("title")) or f"Section {index + 1}"
        self.summary = cell_text(raw.get("summary"))
        rows = raw.get("rows") or []
        for n, row in enumerate(rows):
            if not isinstance(row, Mapping):
                raise TypeError(f"section {self.title!r} row {n} must be a mapping, not {type(row).__name__}")
        self.rows: list[Mapping[str, Any]] = list(rows)
        columns = raw.get("columns")
        if columns is None:
            seen: dict[str, None] = {}
            for row in self.rows:
                seen.update(dict.fromkeys(str(key) for key in row))
            columns = list(seen)
        self.columns: list[str] = [str(c) for c in columns]

    def cells(self, row: Mapping[str, Any]) -> list[Any]:
        return [row.get(column) for column in self.columns]


# ---------------------------------------------------------------------------- markdown

_MD_ESCAPES = str.maketrans({
    "\\": "\\\\", "|": "\\|", "`": "\\`", "*": "\\*", "[": "\\[", "]": "\\]",
    "<": "&lt;", ">": "&gt;", "&": "&amp;",
})


def _md(text: str, *, breaks: str = "<br>") -> str:
    escaped = text.translate(_MD_ESCAPES)
    return escaped.replace("\r\n", "\n").replace("\r", "\n").replace("\n", breaks)


def _markdown(title: str, sections: list[_Section]) -> str:
    out = [f"# {_md(title, breaks=' ')}", ""]
    for section in sections:
        out += [f"## {_md(section.title, breaks=' ')}", ""]
        if section.summary:
            out += [_md(section.summary, breaks="  \n"), ""]
        if not section.rows or not section.columns:
            out += ["_No rows._", ""]
            continue
        out.append("| " + " | ".join(_md(c) for c in section.columns) + " |")
        out.append("|" + "|".join(" --- " for _ in section.columns) + "|")
        for row in section.rows:
            out.append("| " + " | ".join(_md(cell_text(v)) for v in section.cells(row)) + " |")
        out.append("")
    return "\n".join(out)


# --------------------------------------------------------------------------------- csv

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _csv_cell(value: Any) -> str:
    text = cell_text(value)
    if text.startswith(_FORMULA_START) and not isinstance(value, (int, float)):
        return "'" + text  # spreadsheet formula injection (numbers such as -5 stay as they are)
    return text


def _csv(sections: list[_Section]) -> str:
    columns: dict[str, None] = {}
    for section in sections:
        columns.update(dict.fromkeys(section.columns))
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(["section", *columns])
    for section in sections:
        for row in section.rows:
            writer.writerow([_csv_cell(section.title), *(_csv_cell(row.get(c)) for c in columns)])
    return buffer.getvalue()


# -------------------------------------------------------------------------------- html

_STYLE = """
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2rem; color: #1f2328; }
h1 { font-size: 1.6rem; margin-bottom: 1.5rem; }
h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #d0d7de; padding-bottom: .3rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .9rem; }
th, td { border: 1px solid #d0d7de; padding: .35rem .6rem; text-align: left; vertical-align: top;
         white-space: pre-wrap; overflow-wrap: anywhere; }
th { background: #f6f8fa; }
tbody tr:nth-child(even) { background: #fafbfc; }
.summary { color: #57606a; white-space: pre-wrap; }
.empty { color: #57606a; font-style: italic; }
""".strip()


def _h(value: Any) -> str:
    return html.escape(cell_text(value), quote=True)


def _html(title: str, sections: list[_Section]) -> str:
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        # No script, image, font or frame may load: the page is data only.
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_h(title)}</title>",
        f"<style>\n{_STYLE}\n</style>",
        "</head>",
        "<body>",
        f"<h1>{_h(title)}</h1>",
    ]
    for section in sections:
        out += ["<section>", f"<h2>{_h(section.title)}</h2>"]
        if section.summary:
            out.append(f'<p class="summary">{_h(section.summary)}</p>')
        if not section.rows or not section.columns:
            out += ['<p class="empty">No rows.</p>', "</section>"]
            continue
        out += ["<table>", "<thead>", "<tr>"]
        out += [f'<th scope="col">{_h(c)}</th>' for c in section.columns]
        out += ["</tr>", "</thead>", "<tbody>"]
        for row in section.rows:
            out.append("<tr>" + "".join(f"<td>{_h(v)}</td>" for v in section.cells(row)) + "</tr>")
        out += ["</tbody>", "</table>", "</section>"]
    out += ["</body>", "</html>", ""]
    return "\n".join(out)


# ------------------------------------------------------------------------------ public


def render_report(title: str, sections: Sequence[Mapping[str, Any]], fmt: str) -> str:
    """Render ``sections`` as one report in ``fmt`` (``markdown``/``md``, ``csv``, ``html``).

    Each section is ``{"title", "rows", "columns", "summary"}``; ``columns`` defaults to
    every key of the rows in first-seen order, and fixes the column order when given
    (missing keys give empty cells). Markdown and HTML show the title and summaries;
    CSV is data only: one header ``section,<columns of all sections>`` and one line per
    row, so the file loads into a spreadsheet or ``csv.DictReader`` as it is.
    """
    kind = FORMATS.get(str(fmt).lower())
    if kind is None:
        raise ValueError(f"unknown report format {fmt!r}; use one of: markdown, csv, html")
    parsed = [_Section(section, n) for n, section in enumerate(sections)]
    if kind == "markdown":
        return _markdown(title, parsed)
    if kind == "csv":
        return _csv(parsed)
    return _html(title, parsed)


def write_report(
    path: str | os.PathLike[str],
    title: str,
    sections: Sequence[Mapping[str, Any]],
    fmt: str | None = None,
) -> Path:
    """Render and write a report; returns the path written.

    Without ``fmt`` the suffix decides (``.md``/``.markdown``, ``.csv``, ``.html``/``.htm``).
    The file is written to a temporary file beside it and renamed into place, so an
    upload step running next (or a crash half-way) never sees a half-written report.
    Missing parent folders are created.
    """
    target = Path(path)
    if fmt is None:
        fmt = _SUFFIXES.get(target.suffix.lower())
        if fmt is None:
            raise ValueError(f"cannot tell the report format from {target.name!r}; "
                             "use a .md, .csv or .html name, or pass fmt")
    content = render_report(title, sections, fmt)
    target.parent.mkdir(parents=True, exist_ok=True)
    mode = target.stat().st_mode & 0o777 if target.exists() else 0o644
    write_atomic(target, content, mode=mode)
    return target
