"""Printing results: a table on a terminal, JSON when piped; YAML, CSV or JSON Lines on request.

Data goes to stdout and nothing else does; messages and progress go to stderr, so
``sasekit address list --folder Shared | jq`` always gets clean JSON.

Tables are for people: local times, ids and addresses kept whole, the columns that
matter (:mod:`sasekit.cli.columns`). JSON, YAML, CSV and JSON Lines carry the service's
values as they came (CSV flattens a cell as tables do, and defuses formulas).

A list followed page by page (``--all``) is written as it arrives (:func:`emit_items`):
the JSON array, the YAML list, CSV rows and JSON Lines item by item, a table in blocks
of :data:`TABLE_BLOCK` rows whose widths the first block decides. Memory stays bounded
by a page or two, whatever the count. ``--query`` needs the whole document, so with a
query the items are gathered first.
"""

from __future__ import annotations

import itertools
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import IO, Any

from sasekit.cells import cell_text, csv_cell

FORMATS = ("table", "json", "yaml", "csv", "jsonl")
#: Where the root ``--columns`` option leaves its value (``click.Context.meta`` is shared
#: by every command of an invocation).
COLUMNS_META = "sasekit.columns"
#: Rows per block of a streamed table (the first block decides the columns and widths),
#: and the items a streamed JSON/YAML/CSV write encodes at once.
TABLE_BLOCK = 1000
WRITE_BATCH = 1000
#: Batches encoded ahead of the writer at most (a page of 5000 items in flight).
PIPE_DEPTH = 5
STATUS_STYLES = {"ok": "green", "done": "green", "succeeded": "green", "fin ok": "green",
                 "fail": "red", "failed": "red", "fin fail": "red", "partial": "yellow",
                 "unknown": "yellow", "running": "cyan", "act": "cyan", "pend": "cyan"}


def resolve_format(output: str | None) -> str:
    """``output`` if given, else a table for a person at a terminal and JSON for a pipe."""
    return output or ("table" if sys.stdout.isatty() else "json")


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


def context_columns() -> list[str] | None:
    """The root ``--columns`` of this invocation, if one was given."""
    import click

    from sasekit.cli.columns import parse_columns

    ctx = click.get_current_context(silent=True)
    return parse_columns(ctx.meta.get(COLUMNS_META)) if ctx is not None else None


def _columns(columns: Sequence[str] | str | None) -> list[str] | None:
    from sasekit.cli.columns import parse_columns

    return parse_columns(columns) if columns else context_columns()


def emit(data: Any, output: str | None = None, query: str | None = None, *, op: Any = None,
         columns: Sequence[str] | str | None = None, defaults: Any = None) -> None:
    """Print a result on stdout in ``output`` (see :func:`resolve_format`).

    ``op``: the catalog operation the result came from (a table's default columns);
    ``columns``: the columns a table or CSV shows (else the root ``--columns``);
    ``defaults``: (primary, secondary) columns of a hand-made table (jobs, runs)."""
    data = apply_query(data, query)
    fmt = resolve_format(output)
    out = sys.stdout
    if fmt == "json":
        out.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    elif fmt == "yaml":
        import yaml

        out.write(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    elif fmt == "jsonl":
        rows = _rows(data)
        for item in (rows if rows is not None else [data]):
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        rows = _rows(data)
        write_csv(rows if rows is not None else [data], out, _columns(columns))
    else:
        table(data, op=None if query else op, columns=columns, defaults=None if query else defaults)


def emit_items(items: Iterable[Any], output: str | None = None, query: str | None = None, *,
               op: Any = None, columns: Sequence[str] | str | None = None) -> int:
    """Print a list as its items arrive (``--all``); returns how many were printed.

    Nothing holds more than a block of items, except ``--query``, which gathers them all
    first (a JMESPath expression needs the whole list). A reader that goes away (``| head``)
    ends the listing quietly."""
    if query:
        data = list(items)
        emit(data, output, query, op=op, columns=columns)
        return len(data)
    fmt = resolve_format(output)
    out = sys.stdout
    try:
        if fmt == "json":
            return _json_array(items, out)
        if fmt == "jsonl":
            return _json_lines(items, out)
        if fmt == "yaml":
            return _yaml_list(items, out)
        if fmt == "csv":
            return write_csv(items, out, _columns(columns))
        return stream_table(items, op=op, columns=columns)
    except BrokenPipeError:
        # the reader has gone: stop, and keep Python from complaining when it flushes stdout
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, out.fileno())
        raise SystemExit(0) from None


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while batch := list(itertools.islice(it, size)):
        yield batch


def _pipelined(batches: Iterable[list[Any]], encode: Callable[[list[Any], bool], str], out: IO[str]) -> int:
    """Write ``encode(batch, first)`` of each batch, in order, from a writer thread, so that
    encoding overlaps the wait for the next page (the socket read releases the GIL).
    At most :data:`PIPE_DEPTH` batches wait for the writer; a writer error (a closed
    pipe) stops the listing and is raised here. Returns the items written."""
    import queue
    import threading

    waiting: queue.Queue[list[Any] | None] = queue.Queue(maxsize=PIPE_DEPTH)
    failed: list[BaseException] = []
    written = [0]

    def work() -> None:
        first = True
        while (batch := waiting.get()) is not None:
            if failed:
                continue  # drain: the listing is stopping
            try:
                out.write(encode(batch, first))
                written[0] += len(batch)
                first = False
            except BaseException as exc:
                failed.append(exc)

    writer = threading.Thread(target=work, name="sasekit-writer", daemon=True)
    writer.start()
    try:
        for batch in batches:
            if failed:
                break
            waiting.put(batch)
    finally:
        waiting.put(None)
        writer.join()
    if failed:
        raise failed[0]
    return written[0]


def _json_array(items: Iterable[Any], out: IO[str]) -> int:
    """The JSON array, byte for byte as ``json.dumps(list, indent=2)`` writes it, a batch
    of items at a time."""
    def encode(batch: list[Any], first: bool) -> str:
        text = json.dumps(batch, indent=2, ensure_ascii=False)
        return ("[\n" if first else ",\n") + text[2:-2]  # without the batch's own "[\n" and "\n]"

    count = _pipelined(_batches(items, WRITE_BATCH), encode, out)
    out.write("\n]\n" if count else "[]\n")
    out.flush()
    return count


def _json_lines(items: Iterable[Any], out: IO[str]) -> int:
    dumps = json.JSONEncoder(ensure_ascii=False).encode
    count = _pipelined(_batches(items, WRITE_BATCH), lambda batch, _: "".join(dumps(i) + "\n" for i in batch), out)
    out.flush()
    return count


def _yaml_list(items: Iterable[Any], out: IO[str]) -> int:
    import yaml

    count = _pipelined(_batches(items, WRITE_BATCH),
                       lambda batch, _: yaml.safe_dump(batch, sort_keys=False, allow_unicode=True), out)
    if not count:
        out.write("[]\n")
    out.flush()
    return count


def write_csv(items: Iterable[Any], out: IO[str], columns: Sequence[str] | None = None) -> int:
    """Rows as CSV with a header: ``columns``, else every field of the first
    :data:`TABLE_BLOCK` rows in the order they appear. Cells are flattened as in tables
    (lists joined with ", ", objects as compact JSON) and text that a spreadsheet would
    run as a formula is defused (:func:`sasekit.cells.csv_cell`). Fields first seen
    later are named on stderr, not added (the header is written already)."""
    import csv
    import io

    from sasekit.cli.columns import dig

    it = iter(items)
    first = list(itertools.islice(it, TABLE_BLOCK))
    if columns:
        header = list(columns)
    else:
        keys: dict[str, None] = {}
        for row in first:
            for k in (row if isinstance(row, Mapping) else {"value": row}):
                keys.setdefault(str(k), None)
        header = list(keys) or ["value"]
    known = set(header)
    unseen: dict[str, None] = {}
    plain = not any("." in c for c in header)

    def encode(batch: list[Any], _: bool) -> str:
        lines = []
        for row in batch:
            if not isinstance(row, dict):
                row = dict(row) if isinstance(row, Mapping) else {"value": row}
            if not columns and not known.issuperset(row):
                unseen.update((str(k), None) for k in row if k not in known)
            get = row.get
            lines.append([csv_cell(get(c)) for c in header] if plain else [csv_cell(dig(row, c)) for c in header])
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerows(lines)
        return buffer.getvalue()

    out.write(_header_line(header))
    count = _pipelined(itertools.chain([first] if first else [], _batches(it, WRITE_BATCH)), encode, out)
    out.flush()
    if unseen:
        sys.stderr.write(f"note: fields not in the CSV header (it is decided by the first {TABLE_BLOCK} rows): "
                         f"{', '.join(unseen)}; name them with --columns\n")
    return count


def _header_line(header: list[str]) -> str:
    import csv
    import io

    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(header)
    return buffer.getvalue()


def _rows(data: Any) -> list[Any] | None:
    if isinstance(data, list):
        return data
    if isinstance(data, dict) and isinstance(data.get("data"), list):
        return data["data"]
    return None


# --------------------------------------------------------------------------- tables


def console(file: IO[str] | None = None, width: int | None = None) -> Any:
    """The console tables are drawn on: stdout's, ``width`` wide when given."""
    from rich.console import Console

    return Console(file=file, width=width, highlight=False, soft_wrap=False)


def _cell(text: str, key: str) -> Any:
    from rich.text import Text

    style = STATUS_STYLES.get(text.lower()) if key in ("status", "result", "status_str", "result_str") else None
    return Text(text, style=style or "")


def _render(con: Any, rows: Sequence[Any], lay: Any, header: bool) -> None:
    from rich import box
    from rich.table import Table

    from sasekit.cli.columns import wrap

    t = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, collapse_padding=True, show_header=header,
              header_style="bold", show_lines=False)
    for col, width in zip(lay.columns, lay.widths, strict=True):
        t.add_column(wrap(col.label, width), width=width, no_wrap=True, overflow="fold")  # lines: wrap()
    plan = list(zip(lay.columns, lay.widths, lay.no_wrap, strict=True))
    for r in rows:
        t.add_row(*(_cell(c.text(r) if whole else wrap(c.text(r), w), c.key) for c, w, whole in plan))
    con.print(t)


def _note(con: Any, text: str) -> None:
    con.print(text, style="dim", highlight=False, markup=False, soft_wrap=True)


def _hidden_text(hidden: list[str], width: int) -> str:
    return f"not shown at {width} columns: {', '.join(hidden)} (see --columns)" if hidden else ""


def table(data: Any, *, op: Any = None, columns: Sequence[str] | str | None = None, defaults: Any = None,
          con: Any = None) -> None:
    """A list of objects as one table, an object as key/value rows (see :mod:`sasekit.cli.columns`)."""
    con = con or console()
    rows = _rows(data)
    if rows is None:
        if isinstance(data, dict):
            key_values(data, con)
        else:
            con.print(cell_text(data), markup=False, highlight=False)
        return
    footer = ""
    if isinstance(data, dict) and "total" in data:
        footer = f"{len(rows)} of {data.get('total')} (offset {data.get('offset', 0)})"
    _table_rows(rows, con, op=op, columns=columns, defaults=defaults, footer=footer)


def _table_rows(rows: Sequence[Any], con: Any, *, op: Any, columns: Any, defaults: Any, footer: str) -> None:
    from sasekit.cli.columns import layout, pick

    if not rows:
        con.print("(no items)")
        return
    if not all(isinstance(r, dict) for r in rows):
        for r in rows:
            con.print(cell_text(r), markup=False, highlight=False)
        return
    primary, secondary, explicit = pick(rows, op, _columns(columns), defaults)
    lay = layout(primary, secondary, rows, con.width, explicit)
    _render(con, rows, lay, header=True)
    notes = [n for n in (footer, _hidden_text(lay.hidden, con.width)) if n]
    if notes:
        _note(con, " · ".join(notes))


def stream_table(items: Iterable[Any], *, op: Any = None, columns: Sequence[str] | str | None = None,
                 defaults: Any = None, con: Any = None) -> int:
    """A table of items as they arrive: blocks of :data:`TABLE_BLOCK` rows, the columns
    and widths decided by the first block (later blocks widen a column while the terminal
    has room; past that a longer value wraps in its column)."""
    from sasekit.cli.columns import grow, layout, pick

    con = con or console()
    it = iter(items)
    first = list(itertools.islice(it, TABLE_BLOCK))
    if not first or not all(isinstance(r, dict) for r in first):
        _table_rows(first, con, op=op, columns=columns, defaults=defaults, footer="")
        count = len(first)
        for r in it:
            con.print(cell_text(r), markup=False, highlight=False)
            count += 1
        return count
    primary, secondary, explicit = pick(first, op, _columns(columns), defaults)
    lay = layout(primary, secondary, first, con.width, explicit)
    _render(con, first, lay, header=True)
    count = len(first)
    for block in _batches(it, TABLE_BLOCK):
        grow(lay, block, con.width)
        _render(con, block, lay, header=False)
        count += len(block)
    notes = [f"{count} item{'s' if count != 1 else ''}", _hidden_text(lay.hidden, con.width)]
    _note(con, " · ".join(n for n in notes if n))
    return count


def key_values(data: Mapping[str, Any], con: Any = None) -> None:
    """An object as two columns, field and value; times in local time."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from sasekit.cli.columns import Col

    con = con or console()
    if not data:
        con.print("(empty)")
        return
    t = Table(show_header=False, box=box.SIMPLE, show_edge=False, pad_edge=False, collapse_padding=True)
    t.add_column(no_wrap=True, style="bold")
    t.add_column(overflow="fold")
    for key, value in data.items():
        t.add_row(Text(str(key)), _cell(Col(str(key)).text({str(key): value}), str(key)))
    con.print(t)


# --------------------------------------------------------------------------- views of jobs and runs


def wants_table(output: str | None, query: str | None) -> bool:
    """Whether a result goes out as a person's table (a view of it), not as data: no
    ``--query``, and the table format asked for or a terminal."""
    return resolve_format(output) == "table" and not query


def job_result(result: Any, con: Any = None) -> None:
    """A push's or a job wait's result as a person reads it: one line per job of the
    tree (``job 12 CommitAndPush FIN OK 14 s``, children indented); an enqueued push as
    the line that says how to follow it."""
    from sasekit.cli.columns import job_tree_lines

    con = con or console()
    lines = job_tree_lines(result) if isinstance(result, Mapping) else []
    if lines:
        for line in lines:
            con.print(line, markup=False, highlight=False, soft_wrap=True)  # one line each, whatever the width
        return
    if isinstance(result, Mapping) and result.get("job_id"):
        job_id = result["job_id"]
        con.print(f"job {job_id} enqueued; follow it with: sasekit job wait {job_id}", markup=False,
                  highlight=False)
        return
    table(result, con=con)


def job_table(result: Any, con: Any = None) -> None:
    """``job list``: id, type, status and result, start, end, duration (parent, user,
    description and summary where there is room)."""
    from sasekit.cli.columns import JOB_COLUMNS, job_rows

    rows = _rows(result)
    if rows is None:
        table(result, con=con)
        return
    shown = job_rows(rows)
    table({**result, "data": shown} if isinstance(result, dict) else shown, defaults=JOB_COLUMNS, con=con)


def job_detail(result: Any, con: Any = None) -> None:
    """``job get``: the job's line, then its fields and its details' errors and warnings."""
    from sasekit.cli.columns import job_view

    rows = _rows(result)
    job = rows[0] if rows else result
    if not isinstance(job, Mapping):
        table(result, con=con)
        return
    key_values(job_view(job), con)


def runs_table(runs: Sequence[Mapping[str, Any]], con: Any = None) -> None:
    """``runs list``: id, workflow, status, duration, start, end, target (the error where there is room)."""
    from sasekit.cli.columns import RUN_COLUMNS, run_rows

    table(run_rows(runs), defaults=RUN_COLUMNS, con=con)


def run_detail(record: Mapping[str, Any], steps: Sequence[Mapping[str, Any]], kinds: Mapping[str, str],
               con: Any = None) -> None:
    """``runs show``: the run's fields, then one row per step (a loop's items counted)."""
    from sasekit.cli.columns import STEP_COLUMNS, run_view, step_rows

    con = con or console()
    key_values(run_view(record), con)
    con.print()
    table(step_rows(steps, kinds), defaults=STEP_COLUMNS, con=con)


def follow_jobs(call: Any, display: Any, output: str | None, query: str | None) -> Any:
    """``call(progress)`` — a push or job wait — with ``display`` (a live line on stderr,
    or None) told of each poll. When the jobs fail or time out, a table's reader first
    gets each job's line as last seen (with the first error), then the error."""
    from sasekit.errors import JobFailed, JobTimeout

    seen: dict[str, Any] = {}

    def progress(job: dict[str, Any], children: list[dict[str, Any]]) -> None:
        from sasekit.cli import note_job

        note_job(job.get("id"))  # so that Ctrl-C can say the job goes on, and how to follow it
        seen.update(job=job, children=children)
        if display is not None:
            display(job, children)

    try:
        try:
            return call(progress)
        finally:
            if display is not None:
                display.close()
    except (JobFailed, JobTimeout):
        if seen and wants_table(output, query):
            job_result(seen)
        raise
