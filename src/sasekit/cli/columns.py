"""Which columns a table shows, how wide each is, and the table views of jobs and runs.

Default columns come from the catalog: for a resource's list, the item shape's key
fields (``name``, the body's "exactly one of" group as one column, ``tag``) and its
required fields, ordered so the deciding fields come first (a security rule reads
``name, action, source, destination, application, service, from, to``). ``id``,
``folder`` and ``description`` follow when the terminal has room for them. Other lists
(runs, jobs, folders...) put the usual fields first. ``--columns a,b,c`` names the
columns instead (dotted names reach into objects: ``protocol.tcp.port``).

Widths are decided here, not by rich (:func:`layout`, :func:`wrap`): ids and times never
wrap; IP addresses, networks and ranges, domain names and UUIDs are never broken, nor
other words up to :data:`WORD_LEAST` characters (:data:`FIRST_LEAST` for the object's
name); longer words break after ``- _ . / :``. When the columns still do not fit the
terminal, the least important ones are left out, and the table says which.

Only tables use this module; JSON, YAML, CSV and JSON Lines print the service's values.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sasekit.cells import cell_text, duration_text, epoch_seconds, local_time

#: Words of a value longer than this may be folded (compact JSON, long URLs); shorter
#: ones (a 39-character IPv6 address with its prefix length fits) never are.
TOKEN_CAP = 45
#: Characters between two columns (rich's padding collapsed with a blank separator).
GAP = 2
#: Field order for defaults: lower first; unlisted fields keep their declared order at 50.
RANK = {"name": 0, "action": 1, "type": 2, "source": 10, "destination": 11, "source_user": 12,
        "category": 13, "application": 14, "service": 15, "from": 20, "to": 21, "tag": 80,
        "description": 90, "comments": 90}
#: Fields shown after the catalog's, when the terminal has room.
SECONDARY = ("id", "folder", "snippet", "device", "description")
#: Usual fields first for lists the catalog does not describe.
PREFERRED = ("name", "id", "folder", "position", "type", "action", "status_str", "result_str", "type_str",
             "percent", "description")
MAX_PRIMARY = 8
TIME_KEYS = frozenset({"started", "finished", "created", "updated", "date", "timestamp", "time", "start",
                       "end", "last_update", "insert_ts", "start_ts", "end_ts", "expiry_epoch"})
_SECRET_WORDS = ("password", "secret", "key", "token", "passphrase")
#: Fields of free text: they may fold anywhere, down to FREE_LEAST characters, to make room.
FREE_TEXT = frozenset({"description", "comments", "error", "summary", "message", "details"})
FREE_LEAST = 12
#: Narrowest a text column becomes; words up to WORD_LEAST characters (FIRST_LEAST in the
#: first column, the object's name) are never broken, longer ones break after ``- _ . / :``.
TEXT_LEAST = 6
WORD_LEAST = 12
FIRST_LEAST = 32
#: Words never broken: IPv4/IPv6 addresses, networks and ranges, domain names, UUIDs, run ids.
_KEEP_WHOLE = re.compile(
    r"^(?:[0-9a-f]*[.:][0-9a-f.:]*[0-9a-f](?:/\d{1,3})?(?:-[0-9a-f.:]+)?"  # 192.0.2.0/24, 2001:db8::1, a-b
    r"|(?:\*\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+"  # www.example.com
    r"|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d{8}-\d{6}-[0-9a-f]{6})$",
    re.IGNORECASE)
WHOLE = ("id", "time", "whole")
#: Default columns where the catalog's shape says little (no required fields): by operation.
OVERRIDES = {"configVersion.list": ("version", "date", "admin", "scope", "description"),
             "configVersion.listSnapshots": ("version", "date", "admin", "scope", "description"),
             "configVersion.getRunning": ("device", "version", "date")}


def is_time_key(key: str) -> bool:
    last = key.rsplit(".", 1)[-1].lower()
    return last in TIME_KEYS or last.endswith(("_ts", "_time", "_at", "_epoch"))


def is_id_key(key: str) -> bool:
    last = key.rsplit(".", 1)[-1].lower()
    return last == "id" or last.endswith("_id")


def dig(row: Any, key: str) -> Any:
    """``row[key]``; a dotted key reaches into nested objects when no field has that name."""
    if not isinstance(row, Mapping):
        return None
    if key in row or "." not in key:
        return row.get(key)
    value: Any = row
    for part in key.split("."):
        if not isinstance(value, Mapping):
            return None
        value = value.get(part)
    return value


@dataclass
class Col:
    """One column: what ``--columns`` calls it, its header, how a row gives its value."""

    key: str
    label: str = ""
    get: Callable[[Any], Any] | None = None
    #: text: protected and short words whole; free: may break anywhere (errors, descriptions);
    #: id, whole: never wrapped; time: a time value, shown in local time, never wrapped.
    kind: str = "text"
    members: tuple[str, ...] = ()  # a merged "exactly one of" column: the fields it shows

    def __post_init__(self) -> None:
        self.label = self.label or self.key
        if self.kind == "text":
            self.kind = ("time" if is_time_key(self.key) else "id" if is_id_key(self.key)
                         else "free" if self.key in FREE_TEXT else "text")

    def value(self, row: Any) -> Any:
        if self.get is not None:
            return self.get(row)
        if self.members:
            return next((v for v in (dig(row, m) for m in self.members) if v not in (None, "", [])), None)
        return dig(row, self.key)

    def text(self, row: Any) -> str:
        value = self.value(row)
        if self.kind == "time":
            shown = local_time(value)
            if shown is not None:
                return shown
        return cell_text(value)


@dataclass
class Layout:
    columns: list[Col]
    widths: list[int]
    no_wrap: list[bool]
    hidden: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- which columns


def _item_shape(op: Any) -> Any:
    shape = getattr(op, "response", None)
    if shape is None:
        return None
    props = shape.properties
    if "data" in props and props["data"].type == "array" and not shape.required:
        return props["data"].items
    return shape


def _secretish(name: str) -> bool:
    return any(w in name.lower() for w in _SECRET_WORDS)


def catalog_columns(op: Any) -> tuple[list[Col], list[Col]] | None:
    """(primary, secondary) columns for a list operation's items, from its response shape;
    None when the catalog does not describe the items."""
    override = OVERRIDES.get(getattr(op, "qualified_name", ""))
    if override:
        return [Col(n) for n in override], []
    shape = _item_shape(op)
    if shape is None:
        return None
    props = shape.properties
    if not props:
        return None
    names = list(props)
    required = [n for n in shape.required if n in props]
    groups = [g for g in shape.exclusive if all(len(keys) == 1 for keys in g["keys"])]
    grouped = {keys[0] for g in groups for keys in g["keys"]}
    picked: list[tuple[float, int, Col]] = []
    seen: set[str] = set()
    secondary: list[Col] = []

    def add(name: str, rank: float | None = None) -> None:
        if name in seen or name not in props or _secretish(name):
            return
        seen.add(name)
        col = Col(name)
        if props[name].type == "object":
            secondary.append(col)  # compact JSON: shown only when there is room
            return
        picked.append((RANK.get(name, 50) if rank is None else rank, len(picked), col))

    if "name" in props:
        add("name")
    for name in required:
        add(name)
    for g in groups:
        members = tuple(keys[0] for g2 in (g,) for keys in g2["keys"])
        seen.update(members)
        picked.append((RANK.get(members[0], 50), len(picked), Col("/".join(members), members=members)))
    if "tag" in props:
        add("tag")
    if len(picked) <= 1:  # nothing required beyond the name: the declared plain fields
        for name in names:
            if name not in grouped and not props[name].read_only and name != "id":
                add(name)
    picked.sort(key=lambda t: (t[0], t[1]))
    primary = [c for _, _, c in picked]
    if not primary:
        return None
    # A merged "exactly one of" column (folder/snippet/device) takes its members too.
    taken = {k for c in [*primary, *secondary] for k in (c.key, *c.members)}
    secondary = [Col(n) for n in SECONDARY if n not in taken] + secondary
    return primary, secondary


def guessed_columns(rows: Sequence[Any]) -> tuple[list[Col], list[Col]]:
    """Columns for rows the catalog does not describe: the usual fields first."""
    keys: dict[str, None] = {}
    for r in rows:
        if isinstance(r, Mapping):
            for k in r:
                keys.setdefault(str(k), None)
    ordered = [k for k in PREFERRED if k in keys] + [k for k in keys if k not in PREFERRED]
    cols = [Col(k) for k in ordered]
    return cols[:MAX_PRIMARY], cols[MAX_PRIMARY:]


def parse_columns(spec: str | Sequence[str] | None) -> list[str] | None:
    """``--columns a,b,c`` (repeatable) as a list of names; None when not given."""
    if spec is None or spec == () or spec == "":
        return None
    parts = [spec] if isinstance(spec, str) else list(spec)
    names = [n.strip() for p in parts for n in str(p).split(",") if n.strip()]
    return names or None


def chosen_columns(names: Sequence[str], known: Iterable[Col] = ()) -> list[Col]:
    """The columns named by ``--columns``: a known column by its name or header, else the field."""
    by_name: dict[str, Col] = {}
    for c in known:
        by_name.setdefault(c.key, c)
        by_name.setdefault(c.label, c)
        for m in c.members:
            by_name.setdefault(m, Col(m))
    return [by_name.get(n) or Col(n) for n in names]


def pick(rows: Sequence[Any], op: Any = None, names: Sequence[str] | None = None,
         defaults: tuple[list[Col], list[Col]] | None = None) -> tuple[list[Col], list[Col], bool]:
    """(primary, secondary, explicit) for these rows: ``--columns`` names, else the
    caller's ``defaults``, else the catalog's for ``op``, else a guess. Default columns
    empty in every row are left out, and a merged column is headed by the fields it shows."""
    base = defaults or (catalog_columns(op) if op is not None else None) or guessed_columns(rows)
    if names:
        return chosen_columns(names, [*base[0], *base[1]]), [], True
    primary, secondary = base
    primary = [c for c in primary if _present(c, rows)] or primary[:1]
    secondary = [c for c in secondary if _present(c, rows)]
    for c in primary:
        if c.members:
            used = [m for m in c.members if any(dig(r, m) not in (None, "", []) for r in rows)]
            c.label = " / ".join(used) or c.members[0]
    return primary, secondary, False


def _present(col: Col, rows: Sequence[Any]) -> bool:
    return any(col.value(r) not in (None, "", [], {}) for r in rows)


# --------------------------------------------------------------------------- widths


def _protected(word: str) -> bool:
    """Whether a word of a value must never be broken: an IP address, range or network,
    a domain name, a UUID or run id (a trailing comma of a list counts with it)."""
    return len(word) <= TOKEN_CAP and bool(_KEEP_WHOLE.match(word.rstrip(",")))


def _measure(col: Col, texts: list[str], first: bool) -> tuple[int, int, int]:
    """(natural, soft, hard) widths of a column. Natural: its longest line (a header of
    several words may wrap). Soft: no word broken. Hard: no protected word broken (see
    :func:`_protected`; the whole value for ids and times), the header's words whole,
    and for the first column (the object's name) words up to :data:`FIRST_LEAST`."""
    label_words = col.label.split() or [col.label]
    label_least = max(len(w) for w in label_words)
    lines = [len(line) for t in texts for line in (t.splitlines() or [""])]
    natural = max([label_least if len(label_words) > 1 else len(col.label), *lines])
    if col.kind in WHOLE:
        return natural, natural, natural
    if col.kind == "free":  # free text gives way before any other column breaks a word
        hard = min(max(label_least, FREE_LEAST), natural)
        return natural, hard, hard
    words = [w for t in texts for w in t.split()]
    soft = max([label_least, *(len(w) for w in words if len(w) <= TOKEN_CAP)])
    keep = [len(w) for w in words if _protected(w)]
    cap = FIRST_LEAST if first else WORD_LEAST
    hard = max([label_least, min(natural, TEXT_LEAST), *keep, *(min(len(w), cap) for w in words)])
    soft = min(max(soft, hard), natural)
    return natural, soft, min(hard, natural)


_BREAK_AFTER = "-_./:@,;"


def wrap(text: str, width: int) -> str:
    """``text`` in lines of at most ``width`` characters: broken between words, and a word
    longer than the line after its last ``- _ . / :`` that fits (else at the width)."""
    if width < 1:
        return text
    out: list[str] = []
    for para in text.splitlines() or [""]:
        line = ""
        for word in para.split():
            while len(word) > width:
                if line:
                    room = width - len(line) - 1
                    cut = max((i + 1 for i, ch in enumerate(word[:room]) if ch in _BREAK_AFTER), default=0)
                    if cut >= max(3, room // 2):  # fill the line only with a fair piece of the word
                        out.append(f"{line} {word[:cut]}")
                        word, line = word[cut:], ""
                        continue
                    out.append(line)
                    line = ""
                cut = max((i + 1 for i, ch in enumerate(word[:width]) if ch in _BREAK_AFTER), default=0)
                cut = cut if cut >= width // 3 else width
                out.append(word[:cut])
                word = word[cut:]
            if not word:
                continue
            if line and len(line) + 1 + len(word) <= width:
                line = f"{line} {word}"
            else:
                if line:
                    out.append(line)
                line = word
        out.append(line)
    return "\n".join(out)


def layout(columns: list[Col], secondary: list[Col], rows: Sequence[Any], width: int,
           explicit: bool = False) -> Layout:
    """The columns that fit ``width`` characters and their widths.

    While the primary columns do not fit at their hard widths, the last (least
    important) is left out, the first never. Secondary columns are added while the
    table fits at natural widths. Then the widest columns give way: first down to their
    soft widths (no word broken), then to their hard ones (long names break after
    punctuation, IP addresses and ids never); the first column last."""
    everything = [*columns, *secondary]
    texts = {id(c): [c.text(r) for r in rows] for c in everything}
    sizes = {id(c): _measure(c, texts[id(c)], c is columns[0]) for c in everything}

    def need(cols: list[Col], which: int) -> int:
        return sum(sizes[id(c)][which] for c in cols) + GAP * (len(cols) - 1)

    shown = list(columns)
    hidden: list[str] = []
    while len(shown) > 1 and need(shown, 2) > width:
        hidden.insert(0, shown.pop().label)
    if not hidden:
        for c in secondary:
            if need([*shown, c], 0) <= width:
                shown.append(c)
    widths = [sizes[id(c)][0] for c in shown]
    excess = sum(widths) + GAP * (len(shown) - 1) - width
    for which, first_too in ((1, False), (2, False), (1, True), (2, True)):  # the name gives way last
        floors = [sizes[id(c)][which] for c in shown]
        while excess > 0:
            slack = [i for i in range(len(shown)) if widths[i] > floors[i] and (i > 0 or first_too)]
            if not slack:
                break
            i = max(slack, key=lambda j: widths[j])
            others = [widths[j] for j in slack if j != i]
            step = min(excess, widths[i] - floors[i], max(1, widths[i] - max(others, default=0)))
            widths[i] -= step
            excess -= step
    if excess > 0 and shown:  # one column wider than the terminal: it folds
        widths[-1] = max(1, widths[-1] - excess)
    return Layout(shown, widths, [c.kind in WHOLE for c in shown], hidden)


def grow(lay: Layout, rows: Sequence[Any], width: int) -> None:
    """Widen, in place, the columns whose values in ``rows`` are longer than they are, while
    the table still fits ``width``: a streamed table's later blocks, whose widths the first
    block decided (a value that still does not fit wraps in its column)."""
    room = width - (sum(lay.widths) + GAP * (len(lay.widths) - 1))
    for i, col in enumerate(lay.columns):
        if room <= 0:
            return
        need = max((len(line) for r in rows for line in (col.text(r).splitlines() or [""])), default=0)
        if need > lay.widths[i]:
            extra = min(need - lay.widths[i], room)
            lay.widths[i] += extra
            room -= extra


# --------------------------------------------------------------------------- jobs


def _job_span(job: Mapping[str, Any]) -> float | None:
    start, end = epoch_seconds(job.get("start_ts")), epoch_seconds(job.get("end_ts"))
    if start is None or end is None:
        return None
    return max(0.0, end - start)


def job_line(job: Mapping[str, Any], indent: str = "") -> str:
    """``job 12 CommitAndPush FIN OK 14 s``, and the job's first error when it failed."""
    parts = [f"{indent}job {job.get('id', '?')}", str(job.get("type_str") or "job"),
             str(job.get("status_str") or "?"), str(job.get("result_str") or "?")]
    span = duration_text(_job_span(job))
    if span:
        parts.append(span)
    line = " ".join(parts)
    if str(job.get("result_str", "")).upper() not in ("OK", "PEND", "WAIT", ""):
        problem = first_job_error(job)
        if problem:
            line += f": {problem}"
    return line


def first_job_error(job: Mapping[str, Any]) -> str:
    raw = job.get("details")
    details: Any = raw
    if isinstance(raw, str):
        try:
            details = json.loads(raw)
        except ValueError:
            details = raw
    if isinstance(details, Mapping):
        for e in details.get("errors") or []:
            text = e.get("msg") or e.get("message") if isinstance(e, Mapping) else e
            if text:
                return " ".join(cell_text(text).split())
    elif isinstance(details, str) and details.strip():
        return " ".join(details.split())
    return " ".join(cell_text(job.get("summary")).split())


def job_tree_lines(result: Mapping[str, Any]) -> list[str]:
    """The one-line results of a waited job and its children (``push --wait``, ``job wait``)."""
    job = result.get("job") if isinstance(result.get("job"), Mapping) else None
    if job is None:
        return []
    children = [c for c in result.get("children") or [] if isinstance(c, Mapping)]
    return [job_line(job), *(job_line(c, "  ") for c in children)]


def _same_day(a: str, b: str) -> str:
    """``b`` without its date when ``a`` (local ISO text) is the same day."""
    return b[11:] if a[:10] == b[:10] and len(b) == 19 else b


def job_rows(jobs: Iterable[Any]) -> list[dict[str, Any]]:
    """Rows of ``job list`` as a table shows them: the service's fields, plus start, end
    (the time only, on the start's day), duration, and status with result in one column."""
    rows = []
    for j in jobs:
        if not isinstance(j, Mapping):
            continue
        start = local_time(j.get("start_ts")) or cell_text(j.get("start_ts"))
        end = local_time(j.get("end_ts")) or cell_text(j.get("end_ts"))
        parent = cell_text(j.get("parent_id"))
        rows.append({**j, "id": cell_text(j.get("id")), "type": j.get("type_str"),
                     "status": " ".join(cell_text(j.get(k)) for k in ("status_str", "result_str") if j.get(k)),
                     "start": start, "end": _same_day(start, end), "duration": duration_text(_job_span(j)),
                     "parent": "" if parent in ("0", "") else parent, "user": j.get("uname")})
    return rows


def job_view(job: Mapping[str, Any]) -> dict[str, Any]:
    """One job (``job get``) as field/value rows: the fields a person reads, its
    details' errors and warnings one per line; the numeric codes are left out."""
    details: Any = job.get("details")
    if isinstance(details, str):
        with contextlib.suppress(ValueError):
            details = json.loads(details)
    view: dict[str, Any] = {"job": job_line(job)}
    for key, label in (("description", "description"), ("summary", "summary"), ("uname", "user"),
                       ("percent", "percent"), ("start_ts", "start"), ("end_ts", "end")):
        if job.get(key) not in (None, ""):
            view[label] = job.get(key)
    parent = cell_text(job.get("parent_id"))
    if parent not in ("", "0"):
        view["parent"] = parent
    if isinstance(details, Mapping):
        for key in ("errors", "warnings", "info"):
            lines = [_one_line(e.get("msg") or e.get("message") or e) if isinstance(e, Mapping) else _one_line(e)
                     for e in details.get(key) or []]
            if lines:
                view[key] = "\n".join(lines)
    elif details:
        view["details"] = details
    return view


JOB_COLUMNS = ([Col("id", kind="id"), Col("type"), Col("status"), Col("start", kind="whole"),
                Col("end", kind="whole"), Col("duration", kind="whole")],
               [Col("parent", kind="id"), Col("description"), Col("summary"), Col("user")])


# --------------------------------------------------------------------------- runs


def _span(started: Any, finished: Any) -> float | None:
    if isinstance(started, int | float) and isinstance(finished, int | float):
        return finished - started
    return None


def run_rows(runs: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Rows of ``runs list``: local start and end (the time only, on the start's day),
    the duration, the error on one line."""
    rows = []
    for r in runs:
        started, finished = r.get("started"), r.get("finished")
        start_text = local_time(started) or ""
        rows.append({**r, "duration": duration_text(_span(started, finished)), "started": start_text,
                     "finished": _same_day(start_text, local_time(finished) or ""),
                     "error": _one_line(r.get("error"))})
    return rows


def run_view(record: Mapping[str, Any]) -> dict[str, Any]:
    """A run's own fields (``runs show``) as field/value rows, with its duration."""
    view = {k: record.get(k) for k in ("id", "workflow", "status", "target", "path") if record.get(k)}
    view["started"] = record.get("started")
    if record.get("finished"):
        view["finished"] = record.get("finished")
    span = duration_text(_span(record.get("started"), record.get("finished")))
    if span:
        view["duration"] = span
    if record.get("error"):
        view["error"] = record.get("error")
    inputs = record.get("inputs")
    if isinstance(inputs, Mapping) and inputs:
        view["inputs"] = "\n".join(f"{k}: {_one_line(v)}" for k, v in inputs.items())
    return view


RUN_COLUMNS = ([Col("id", kind="id"), Col("workflow"), Col("status"), Col("duration", kind="whole"),
                Col("started", kind="whole"), Col("finished", kind="whole"), Col("target")],
               [Col("error")])


def _one_line(value: Any) -> str:
    return " ".join(cell_text(value).split())


#: Item statuses counted as failed (an "unknown" item may or may not have been applied).
FAILED_ITEMS = ("failed", "unknown", "partial")


def step_rows(steps: Iterable[Mapping[str, Any]], kinds: Mapping[str, str] | None = None) -> list[dict[str, Any]]:
    """One row per step of a run: its status, attempts, duration, and for a loop its
    items (rows with a non-empty ``item``) counted as ok/failed/skipped, with the first
    error of the step or of its items."""
    kinds = kinds or {}
    order: list[str] = []
    heads: dict[str, Mapping[str, Any]] = {}
    items: dict[str, list[Mapping[str, Any]]] = {}
    for s in steps:
        name = str(s.get("step"))
        if name not in order:
            order.append(name)
        if s.get("item"):
            items.setdefault(name, []).append(s)
        else:
            heads[name] = s
    rows = []
    for name in order:
        head = heads.get(name, {})
        mine = items.get(name, [])
        status = head.get("status") or ("running" if any(i.get("status") == "running" for i in mine) else "")
        started, finished = head.get("started"), head.get("finished")
        if not head and mine:
            begun = [i["started"] for i in mine if isinstance(i.get("started"), int | float)]
            ended = [i["finished"] for i in mine if isinstance(i.get("finished"), int | float)]
            started, finished = (min(begun) if begun else None), (max(ended) if ended else None)
        span = finished - started if isinstance(started, int | float) and isinstance(finished, int | float) else None
        counts = ""
        if mine or kinds.get(name) == "foreach":
            ok = sum(1 for i in mine if i.get("status") == "done")
            bad = sum(1 for i in mine if i.get("status") in FAILED_ITEMS)
            skipped = sum(1 for i in mine if i.get("status") == "skipped")
            counts = f"{ok}/{bad}/{skipped}"
        error = head.get("error") or next((i.get("error") for i in mine if i.get("error")), None)
        if error and not head.get("error"):
            failed_item = next(i for i in mine if i.get("error"))
            error = f"item {str(failed_item.get('item')).split(':', 1)[0]}: {error}"
        rows.append({"step": name, "kind": kinds.get(name, ""), "status": status,
                     "attempts": head.get("attempts", "") if head else "",
                     "duration": duration_text(span), "items": counts,
                     "job": head.get("job_id") or "", "error": _one_line(error)})
    return rows


STEP_COLUMNS = ([Col("step"), Col("kind"), Col("status"), Col("attempts"), Col("duration", kind="whole"),
                 Col("items", label="ok/fail/skip", kind="whole"), Col("error")],
                [Col("job", kind="id")])
