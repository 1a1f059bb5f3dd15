"""Bulk calls that are safe to run again, and the files that hold their items.

A bulk call takes many items — the guide's ``{"resource", "operation", "parameters"}``
list of ``sasekit call FILE``, or the rows of ``sasekit address create --from-file
items.csv`` — and:

- plans (validates) every item before anything is sent; the invalid ones are reported
  all at once, each with its line in the file (:class:`~sasekit.errors.ItemsInvalid`);
- runs them through the engine's fan-out (:meth:`Engine.run_many`), each as
  :meth:`Engine.ensure`: a create whose object already exists with the same content
  counts as done, so the same file run again after a partial failure sends only what
  is missing and reports the rest as already present;
- tells every item's fate: applied, already present, failed (with the error), not
  attempted (the client's breaker opened: the service stopped answering, or the run
  stopped at a failure), or interrupted on the wire (Ctrl-C: it may have been applied).

There is no HTTP here: everything goes through the engine, whose rate limiter, retry
policy and breaker apply to each item.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .errors import (
    AuthError,
    ConfigError,
    ItemsInvalid,
    SasekitError,
    ServiceUnreachable,
    UnsupportedOperation,
    UnsupportedResource,
    ValidationError,
)

if TYPE_CHECKING:
    from . import transport as t
    from .catalog import Operation, Parameter
    from .engine import Engine, Plan

__all__ = ["APPLIED", "FAILED", "INTERRUPTED", "NOT_ATTEMPTED", "PRESENT", "Bulk", "Item", "ItemResult",
           "file_format", "read_items"]

APPLIED, PRESENT, FAILED, NOT_ATTEMPTED, INTERRUPTED = (
    "applied", "already present", "failed", "not attempted", "interrupted")
#: The statuses in the order a summary counts them (``interrupted`` only when there are some).
STATUSES = (APPLIED, PRESENT, FAILED, NOT_ATTEMPTED, INTERRUPTED)
#: Values of a CSV cell holding a list, when it is not JSON: ``Blocked;ThreatIntel``.
LIST_SEPARATOR = ";"


@dataclass(frozen=True)
class Item:
    """One call of a bulk run; ``label`` names it in messages (``line 4 (web-4)``);
    ``problem`` is set when the file's entry is not an item at all (bad JSON, say)."""

    resource: str
    operation: str
    parameters: dict[str, Any]
    label: str
    problem: BaseException | None = None


@dataclass
class ItemResult:
    item: Item
    status: str = NOT_ATTEMPTED
    answer: Any = None
    error: BaseException | None = None


@dataclass
class Bulk:
    """Items planned (every one validated, or ``ItemsInvalid``), then run by :meth:`run`."""

    engine: Engine
    items: list[Item]
    source: str = ""
    plans: list[Plan] = field(init=False)
    results: list[ItemResult] = field(init=False)
    interrupted: bool = field(init=False, default=False)

    def __post_init__(self) -> None:
        self.plans = plan_items(self.engine, self.items, self.source)
        self.results = [ItemResult(item) for item in self.items]

    def run(self, concurrency: int = 8, *, stop_on_error: bool = False,
            progress: Callable[[ItemResult], None] | None = None) -> Bulk:
        """Send the items, at most ``concurrency`` at once; each result as it ends goes
        to ``progress``. With ``stop_on_error`` nothing new starts after a failure (the
        calls on the wire finish). Once the service is found unreachable (the breaker
        opened) or no token can be had, nothing new starts either: the rest is not
        attempted. Ctrl-C lets the
        calls on the wire finish, marks them interrupted and raises KeyboardInterrupt."""
        engine, stopping, started = self.engine, [False], set()

        def flows() -> Iterator[t.Flow[Any]]:
            for index, plan in enumerate(self.plans):
                if stopping[0]:
                    return
                started.add(index)
                yield engine.ensure(plan)

        try:
            for index, value, error in engine.run_many(flows(), concurrency):
                if error is not None and not isinstance(error, Exception):
                    raise error  # KeyboardInterrupt and friends are not the item's failure
                result = self.results[index]
                if error is None:
                    result.answer, there = value
                    result.status = PRESENT if there else APPLIED
                elif isinstance(error, ServiceUnreachable):  # refused before sending: not attempted
                    result.status, result.error = NOT_ATTEMPTED, error
                    stopping[0] = True
                else:
                    result.status, result.error = FAILED, error
                    # no token (or no usable settings): every other item would fail the same way
                    stopping[0] = stopping[0] or stop_on_error or isinstance(error, AuthError | ConfigError)
                if progress is not None:
                    progress(result)
        except KeyboardInterrupt:
            self.interrupted = True
            for index in started:
                result = self.results[index]
                if result.status == NOT_ATTEMPTED and result.error is None:
                    result.status = INTERRUPTED
            raise
        return self

    # ------------------------------------------------------------------ the report

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def ok(self) -> bool:
        return not self.interrupted and all(r.status in (APPLIED, PRESENT) for r in self.results)

    @property
    def first_error(self) -> BaseException | None:
        failed = [r.error for r in self.results if r.status == FAILED and r.error is not None]
        unsent = [r.error for r in self.results if r.status == NOT_ATTEMPTED and r.error is not None]
        return (failed or unsent)[0] if failed or unsent else None

    def answers(self) -> list[Any]:
        """Each item's answer in input order (None for the items without one)."""
        return [r.answer if r.status in (APPLIED, PRESENT) else None for r in self.results]

    def summary(self) -> str:
        """``10 items: 6 applied, 2 already present, 1 failed, 1 not attempted``."""
        n = len(self.results)
        counts = [f"{self.count(s):,} {s}" for s in STATUSES if s != INTERRUPTED or self.count(s)]
        return f"{n:,} item{'s' if n != 1 else ''}: {', '.join(counts)}"

    def details(self, limit: int = 20) -> list[str]:
        """A line per failed item (at most ``limit``), then one for those not attempted
        and one for those interrupted."""
        lines = []
        failed = [r for r in self.results if r.status == FAILED]
        for r in failed[:limit]:
            lines.append(f"{r.item.label}: failed: {_one_line(r.error)}")
        if len(failed) > limit:
            lines.append(f"... and {len(failed) - limit:,} more failed")
        for status, why in ((NOT_ATTEMPTED, ""), (INTERRUPTED, " (on the wire when interrupted: they may have "
                                                              "been applied; a run again finds out)")):
            left = [r for r in self.results if r.status == status]
            if not left:
                continue
            reason = next((f": {_one_line(r.error)}" for r in left if r.error is not None),
                          ": not started after a failure")
            names = ", ".join(r.item.label for r in left[:3])
            more = f" and {len(left) - 3:,} more" if len(left) > 3 else ""
            lines.append(f"{status}: {names}{more}{why or reason}")
        return lines


def _one_line(error: BaseException | None) -> str:
    if error is None:
        return ""
    text = str(error) if isinstance(error, SasekitError) else f"{type(error).__name__}: {error}"
    return " ".join(text.split())


def plan_items(engine: Engine, items: Sequence[Item], source: str = "") -> list[Plan]:
    """Every item planned (validated) before any is sent; ``ItemsInvalid`` names every
    invalid item, each problem with the item's label (its line in the file)."""
    plans: list[Plan] = []
    bad: list[tuple[str, BaseException]] = []
    for item in items:
        if item.problem is not None:
            bad.append((item.label, item.problem))
            continue
        try:
            plans.append(engine.plan(item.resource, item.operation, item.parameters))
        except (ValidationError, UnsupportedResource, UnsupportedOperation) as exc:
            bad.append((item.label, exc))
    if bad:
        ops = {(i.resource, i.operation) for i in items if i.resource}
        resource, operation = ops.pop() if len(ops) == 1 else (None, None)
        raise ItemsInvalid(bad, len(items), source, resource=resource, operation=operation)
    return plans


# --------------------------------------------------------------------------- files of items


def file_format(path: str, text: str) -> str:
    """``csv``, ``jsonl`` or ``json`` (an object, or a list of items): by the file's
    extension, else (stdin, other names) by its content."""
    lower = path.lower()
    if lower.endswith(".csv"):
        return "csv"
    if lower.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if lower.endswith(".json"):
        return "json"
    head = text.lstrip()
    if head.startswith("["):
        return "json"
    if head.startswith("{"):
        try:
            json.loads(text)
            return "json"
        except ValueError:
            pass
        lines = [line for line in text.splitlines() if line.strip()]
        try:
            first = json.loads(lines[0])
        except ValueError:
            return "json"  # reported as the JSON error it is
        return "jsonl" if isinstance(first, dict) and len(lines) > 1 else "json"
    return "csv" if head else "json"


def json_list_items(text: str) -> list[tuple[int, Any]]:
    """``(line, value)`` for each element of a JSON array (the line it starts on).
    Raises ``json.JSONDecodeError`` when the text is not a JSON array."""
    decoder = json.JSONDecoder()
    ws = re.compile(r"\s*")
    pos = ws.match(text, 0).end()  # type: ignore[union-attr]
    if text[pos:pos + 1] != "[":
        json.loads(text)  # the error for what it is instead
        raise json.JSONDecodeError("expected a JSON array", text, pos)
    pos = ws.match(text, pos + 1).end()  # type: ignore[union-attr]
    found: list[tuple[int, Any]] = []
    if text[pos:pos + 1] == "]":
        rest = ws.match(text, pos + 1).end()  # type: ignore[union-attr]
        if rest != len(text):
            raise json.JSONDecodeError("Extra data", text, rest)
        return found
    while True:
        value, end = decoder.raw_decode(text, pos)
        found.append((text.count("\n", 0, pos) + 1, value))
        pos = ws.match(text, end).end()  # type: ignore[union-attr]
        mark = text[pos:pos + 1]
        if mark == "]":
            rest = ws.match(text, pos + 1).end()  # type: ignore[union-attr]
            if rest != len(text):
                raise json.JSONDecodeError("Extra data", text, rest)
            return found
        if mark != ",":
            raise json.JSONDecodeError("Expecting ',' delimiter", text, pos)
        pos = ws.match(text, pos + 1).end()  # type: ignore[union-attr]


def jsonl_items(text: str) -> list[tuple[int, Any]]:
    """``(line, value)`` for each non-blank line; a line that is not JSON gives a
    ``ValueError`` as its value (reported with the other invalid items)."""
    found: list[tuple[int, Any]] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            found.append((n, json.loads(line)))
        except json.JSONDecodeError as exc:
            found.append((n, ValueError(f"not valid JSON ({exc.msg} at column {exc.colno})")))
    return found


def _column(op: Operation, header: str) -> str | None:
    raw = header.strip().lstrip("-")
    for name in (raw, raw.replace("-", "_")):
        if name in op.parameters:
            return name
    return None


def csv_items(text: str, op: Operation) -> list[tuple[int, Any]]:
    """``(line, parameters)`` for each row under a header row of parameter names
    (``ip_netmask`` or ``ip-netmask``). Empty cells are left out; cells are typed by
    the parameter (numbers, true/false); a list is JSON or ``a;b``; an object JSON.
    A header naming no parameter is a ``ValueError`` for the whole file."""
    from .suggest import close_matches, did_you_mean

    reader = csv.reader(io.StringIO(text))
    try:
        header = next(reader)
    except StopIteration:
        return []
    except csv.Error as exc:
        raise ValueError(f"line 1: {exc}") from None
    columns = []
    for cell in header:
        name = _column(op, cell)
        if name is None:
            hint = did_you_mean(close_matches(cell.strip().lstrip("-").replace("-", "_"), list(op.parameters)))
            raise ValueError(f"line 1: column {cell.strip()!r} is not a parameter of "
                             f"{op.qualified_name}{hint}")
        columns.append(name)
    found: list[tuple[int, Any]] = []
    line = reader.line_num
    while True:
        start = line + 1
        try:
            row = next(reader)
        except StopIteration:
            return found
        except csv.Error as exc:
            found.append((start, ValueError(f"not valid CSV ({exc})")))
            line = reader.line_num
            continue
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(columns):
            found.append((start, ValueError(f"{len(row)} values for {len(columns)} columns")))
            continue
        params: dict[str, Any] = {}
        for name, cell in zip(columns, row, strict=False):
            if cell.strip():
                params[name] = _cell(op.parameters[name], cell.strip())
        found.append((start, params))


def _scalar(kind: Any, text: str) -> Any:
    if kind == "integer" and re.fullmatch(r"[+-]?\d+", text):
        return int(text)
    if kind == "number" and re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", text):
        return int(text) if re.fullmatch(r"[+-]?\d+", text) else float(text)
    if kind == "boolean" and text.lower() in ("true", "false", "yes", "no", "1", "0"):
        return text.lower() in ("true", "yes", "1")
    return text


def _cell(p: Parameter, text: str) -> Any:
    kind = p.type
    if kind == "array":
        if text.startswith("["):
            try:
                return json.loads(text)
            except ValueError:
                pass
        items = p.shape.items
        inner = items.type if items is not None else None
        return [_scalar(inner, part.strip()) for part in text.split(LIST_SEPARATOR) if part.strip()]
    if kind in ("integer", "number", "boolean"):
        return _scalar(kind, text)
    if kind != "string" and text[:1] in ("{", "["):
        try:
            return json.loads(text)
        except ValueError:
            pass
    return text


def read_items(text: str, source: str, fmt: str, op: Operation | None = None,
               defaults: dict[str, Any] | None = None) -> list[Item]:
    """The items of a file's text. ``fmt`` is :func:`file_format`'s answer. With ``op``,
    each entry is that operation's parameters (``defaults`` under them: command-line
    options shared by every item); without, each is a ``{"resource", "operation",
    "parameters"}`` call. Raises ``ValueError`` (or ``json.JSONDecodeError``) when the
    text as a whole cannot be read; entries that are not items come back with their
    ``problem`` set."""
    if fmt == "csv":
        if op is None:
            raise ValueError("a CSV file needs the operation its rows are for")
        entries = csv_items(text, op)
    elif fmt == "jsonl":
        entries = jsonl_items(text)
    else:
        entries = json_list_items(text)
    return [_item(line, value, op, defaults or {}) for line, value in entries]


def _item(line: int, value: Any, op: Operation | None, defaults: dict[str, Any]) -> Item:
    label = f"line {line}"
    resource, operation = (op.resource.key, op.name) if op is not None else ("", "")
    if isinstance(value, BaseException):
        return Item(resource, operation, {}, label, value)
    if op is not None:
        if not isinstance(value, dict):
            return Item(resource, operation, {}, label, ValueError(f"expected a JSON object of parameters, got "
                                                                   f"{type(value).__name__}"))
        params = {**defaults, **value}
        return Item(op.resource.key, op.name, params, _named(label, params))
    if not isinstance(value, dict) or "resource" not in value or "operation" not in value:
        return Item("", "", {}, label, ValueError('expected {"resource": ..., "operation": ..., '
                                                  '"parameters": {...}}'))
    params = value.get("parameters") or {}
    if not isinstance(params, dict):
        return Item("", "", {}, label, ValueError(f'"parameters" must be a JSON object, not '
                                                  f"{type(params).__name__}"))
    return Item(str(value["resource"]), str(value["operation"]), dict(params), _named(label, params))


def _named(label: str, params: dict[str, Any]) -> str:
    name = params.get("name")
    return f"{label} ({' '.join(name.split())})" if isinstance(name, str) and name.strip() else label


def items_of_calls(specs: Iterable[tuple[str, dict[str, Any]]]) -> list[Item]:
    """Items from ``(label, {"resource", "operation", "parameters"})`` pairs already read."""
    return [Item(str(s["resource"]), str(s["operation"]), dict(s.get("parameters") or {}),
                 _named(label, s.get("parameters") or {})) for label, s in specs]
