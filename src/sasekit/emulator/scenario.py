"""A health scenario: a file of timed tunnel and BGP state changes the emulator plays back.

Without a lab there is no source of tunnel state, and the health APIs would only ever
answer "init". A scenario gives a demo or a test a tenant whose tunnels go up, go down and
flap on a schedule, with nothing but the emulator running (``sasekit emulator serve
--health-scenario FILE``, or ``health_scenario`` in the config). The file is YAML (or JSON,
which YAML reads too)::

    tsg_id: "1234567890"          # optional: the tenant it plays on (default: the first account)
    places:                        # optional: tunnels the running config does not name
      paris-01-primary: {site: paris-01, role: primary, service: rn}
    changes:
      - {at: 0, tunnel: paris-01-primary, state: up}
      - {at: 30s, tunnel: paris-01-primary, state: down, reason: "DPD timeout"}
      - {at: 2m, kind: bgp, tunnel: paris-01-primary, state: up}
      - {every: 60s, from: 5m, count: 6, tunnel: paris-01-primary, states: [down, up]}
      - {at: 20m, tunnel: paris-01-primary, rtt_ms: 85}
      - {every: 10s, from: 21m, count: 30, tunnel: paris-01-primary, rtt_ms: [20, 21, 19, 250]}

``at`` (and ``every``, ``from``) are offsets from the emulator's start: a number of seconds,
or a number with a unit (``500ms``, ``30s``, ``2m``, ``1h``, ``1d``). They are divided by
the clock factor (``health_clock_factor``), as the flap thresholds are, so a scenario
written in real minutes plays in seconds with the same incidents. A series (``every``)
enters ``states`` in turn, ``count`` times, the first at ``from`` (default 0).

A change with ``rtt_ms`` (kind ``rtt``, which it may say) is a round-trip-time sample of
the tunnel, in milliseconds (above 0, under 60000), what the
``…_TUNNEL_RTT_EXCEEDED_BASELINE`` incidents are derived from (:mod:`.incidents`); it has
no ``state`` or ``reason``. A series of samples gives ``rtt_ms`` a list of values, taken in
turn, ``count`` times, as ``states`` are.

The whole file is checked when it is loaded, and every problem is named with its place
(``changes[3].state: 'dwn' is not one of init, up, inactive, down``) in one ValueError, the
error a bad emulator setting raises, so a bad file stops the emulator at start with one
line instead of misbehaving later (:func:`read` and :func:`check` give the problems as a
list). A change is held in memory until its time comes, then handed to the
timeline by :meth:`ScenarioSource.due` (the health API's :class:`~.health.Source`
protocol), so a client sees it only once it has happened.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .incidents import ROLES, Place
from .timeline import KINDS, MAX_NAME, RTT_KIND, Change, one_of, rtt_problem, text_field

SERVICES = ("rn", "sc")
MAX_CHANGES = 100_000  # in all, series expanded (counted as they are read): a script, not a recording
MAX_OFFSET_S = 366 * 86_400.0
UNITS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86_400.0}
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$")
TOP_FIELDS = ("tsg_id", "places", "changes")
PLACE_FIELDS = ("site", "role", "service")
CHANGE_FIELDS = ("at", "kind", "tunnel", "site", "state", "reason")
SERIES_FIELDS = ("every", "from", "count", "kind", "tunnel", "site", "states", "reason")
RTT_FIELDS = ("at", "kind", "tunnel", "site", "rtt_ms")
RTT_SERIES_FIELDS = ("every", "from", "count", "kind", "tunnel", "site", "rtt_ms")
SOURCE = "scenario"


@dataclass(frozen=True)
class Step:
    """One change of the file: ``offset`` seconds after the start, in real (unscaled) time
    (of kind ``rtt``: a round-trip-time sample ``rtt_ms``, state empty)."""

    offset: float
    kind: str
    tunnel: str
    site: str
    state: str
    reason: str = ""
    rtt_ms: float = 0.0


@dataclass
class Scenario:
    tsg_id: str | None = None
    places: dict[str, Place] = field(default_factory=dict)
    steps: list[Step] = field(default_factory=list)


def load(path: str, tenants: tuple[str, ...] = ()) -> Scenario:
    """The scenario in ``path``, or a ValueError naming every problem (``; `` between them).
    ``tenants``: the TSGs the emulator serves (``tsg_id`` must be one of them)."""
    scenario, problems = read(path, tenants)
    if problems:
        raise ValueError("; ".join(problems))
    return scenario


def parse(data: Any, tenants: tuple[str, ...] = ()) -> Scenario:
    """A scenario from its parsed file, or a ValueError naming every problem."""
    scenario, problems = check(data, tenants)
    if problems:
        raise ValueError("; ".join(problems))
    return scenario


def read(path: str, tenants: tuple[str, ...] = ()) -> tuple[Scenario, list[str]]:
    """The scenario in ``path`` and what is wrong with it (an empty scenario when it cannot be read)."""
    import yaml

    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    except (OSError, UnicodeDecodeError) as exc:
        return Scenario(), [f"cannot read it: {getattr(exc, 'strerror', None) or exc}"]
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        return Scenario(), [f"not valid YAML or JSON{where}: {getattr(exc, 'problem', None) or exc}"]
    return check(data, tenants)


def check(data: Any, tenants: tuple[str, ...] = ()) -> tuple[Scenario, list[str]]:
    """A scenario from its parsed file and every problem of it, each named with its place."""
    if not isinstance(data, dict):
        return Scenario(), [f"expected a mapping with {', '.join(TOP_FIELDS)}, not {_kind(data)}"]
    problems: list[str] = []
    unknown = sorted(str(k) for k in data if k not in TOP_FIELDS)
    if unknown:
        problems.append(f"unknown field(s) {', '.join(unknown)}; known: {', '.join(TOP_FIELDS)}")
    tsg = data.get("tsg_id")
    if tsg is not None and (not isinstance(tsg, str) or not tsg.strip()):
        problems.append(f"tsg_id: must be a non-empty string (quote numbers in YAML), not {tsg!r}")
    elif tsg is not None and tenants and tsg not in tenants:
        problems.append(f"tsg_id: {tsg!r} is not a tenant of this emulator ({', '.join(tenants)})")
    scenario = Scenario(tsg if isinstance(tsg, str) else None, _places(data.get("places"), problems))
    changes = data.get("changes")
    if changes is None:
        problems.append("changes: required (a list of timed state changes)")
    elif not isinstance(changes, list):
        problems.append(f"changes: must be a list, not {_kind(changes)}")
    else:
        budget = _Budget(MAX_CHANGES)
        for i, item in enumerate(changes):
            scenario.steps += _steps(item, f"changes[{i}]", problems, budget)
    scenario.steps.sort(key=lambda s: s.offset)  # stable: changes at the same time keep the file's order
    return scenario, problems


@dataclass
class _Budget:
    """The changes still allowed (``MAX_CHANGES`` in all, series expanded), taken item by
    item before an item's steps are built, so a file past the limit is refused at the item
    that passes it without building the rest."""

    left: int
    over: bool = False

    def take(self, count: int, where: str, problems: list[str]) -> bool:
        if self.over:  # named once, at the item that passed it; later items are checked, not built
            return False
        if count > self.left:
            self.over = True
            problems.append(f"{where}: its {count} change(s) bring the total past {MAX_CHANGES} "
                            f"({MAX_CHANGES - self.left} before it, series expanded); at most {MAX_CHANGES}")
            return False
        self.left -= count
        return True


def _places(value: Any, problems: list[str]) -> dict[str, Place]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        problems.append(f"places: must be a mapping of tunnel name -> {{site, role, service}}, not {_kind(value)}")
        return {}
    out: dict[str, Place] = {}
    for name, spec in value.items():
        where = f"places[{name!r}]"
        if not isinstance(name, str) or not name.strip() or len(name) > MAX_NAME:
            problems.append(f"{where}: a tunnel name is a text of 1 to {MAX_NAME} characters")
            continue
        if not isinstance(spec, dict):
            problems.append(f"{where}: must be a mapping with {', '.join(PLACE_FIELDS)}, not {_kind(spec)}")
            continue
        before = len(problems)
        _unknown(spec, PLACE_FIELDS, where, problems)
        site = text_field(spec, "site", where, problems, required=True)
        role = spec.get("role", "primary")
        if not one_of(role, ROLES):
            problems.append(f"{where}.role: {role!r} is not one of {', '.join(ROLES)}")
        service = spec.get("service", "rn")
        if not one_of(service, SERVICES):
            problems.append(f"{where}.service: {service!r} is not one of {', '.join(SERVICES)}")
        if len(problems) == before:
            out[name] = Place(site, str(role), str(service))
    return out


def _steps(item: Any, where: str, problems: list[str], budget: _Budget) -> list[Step]:
    if not isinstance(item, dict):
        problems.append(f"{where}: must be a mapping (at, tunnel, state, ...), not {_kind(item)}")
        return []
    before = len(problems)
    series = "every" in item
    if item.get("kind", RTT_KIND if "rtt_ms" in item else None) == RTT_KIND:
        return _samples(item, where, series, problems, budget)
    _unknown(item, SERIES_FIELDS if series else CHANGE_FIELDS, where, problems)
    kind = item.get("kind", "tunnel")
    if not one_of(kind, KINDS):
        problems.append(f"{where}.kind: {kind!r} is not one of {', '.join(KINDS)}")
        kind = "tunnel"
    tunnel = text_field(item, "tunnel", where, problems, required=True)
    site = text_field(item, "site", where, problems)
    reason = text_field(item, "reason", where, problems, limit=500)
    allowed = KINDS[kind]
    if not series:
        at = _offset(item, "at", where, problems, required=True)
        state = item.get("state")
        if not one_of(state, allowed):
            problems.append(f"{where}.state: {state!r} is not one of {', '.join(allowed)}")
        if len(problems) != before or not budget.take(1, where, problems):
            return []
        return [Step(at, kind, tunnel, site, str(state), reason)]
    every, start, count = _series(item, where, problems)
    states = item.get("states")
    if not isinstance(states, list) or not states:
        problems.append(f"{where}.states: must be a non-empty list of states, not {states!r}")
    else:
        for j, state in enumerate(states):
            if not one_of(state, allowed):
                problems.append(f"{where}.states[{j}]: {state!r} is not one of {', '.join(allowed)}")
    if len(problems) != before or not _fits(every, start, count, where, problems):
        return []
    assert isinstance(count, int) and isinstance(states, list)
    if not budget.take(count, where, problems):
        return []
    return [Step(start + i * every, kind, tunnel, site, str(states[i % len(states)]), reason) for i in range(count)]


def _samples(item: dict[str, Any], where: str, series: bool, problems: list[str], budget: _Budget) -> list[Step]:
    """A round-trip-time sample (``rtt_ms`` a number), or a series of them (a list, cycled)."""
    before = len(problems)
    _unknown(item, RTT_SERIES_FIELDS if series else RTT_FIELDS, where, problems)
    tunnel = text_field(item, "tunnel", where, problems, required=True)
    site = text_field(item, "site", where, problems)
    value: Any = item.get("rtt_ms")
    if not series:
        at = _offset(item, "at", where, problems, required=True)
        wrong = "required" if value is None else rtt_problem(value)
        if wrong:
            problems.append(f"{where}.rtt_ms: {wrong}")
        if len(problems) != before or not budget.take(1, where, problems):
            return []
        return [Step(at, RTT_KIND, tunnel, site, "", rtt_ms=float(value))]
    every, start, count = _series(item, where, problems)
    if not isinstance(value, list) or not value:
        problems.append(f"{where}.rtt_ms: must be a non-empty list of round-trip times in milliseconds, "
                        f"not {value!r}")
    else:
        for j, one in enumerate(value):
            wrong = rtt_problem(one)
            if wrong:
                problems.append(f"{where}.rtt_ms[{j}]: {wrong}")
    if len(problems) != before or not _fits(every, start, count, where, problems):
        return []
    assert isinstance(count, int) and isinstance(value, list)
    if not budget.take(count, where, problems):
        return []
    return [Step(start + i * every, RTT_KIND, tunnel, site, "", rtt_ms=float(value[i % len(value)]))
            for i in range(count)]


def _series(item: dict[str, Any], where: str, problems: list[str]) -> tuple[float, float, Any]:
    """A series' ``every``, ``from`` and ``count`` (unchecked when a problem is named)."""
    before = len(problems)
    every = _offset(item, "every", where, problems, required=True)
    if "every" in item and every <= 0 and len(problems) == before:
        problems.append(f"{where}.every: must be above 0")
    start = _offset(item, "from", where, problems)
    count = item.get("count")
    if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= MAX_CHANGES:
        problems.append(f"{where}.count: {count!r} is not a whole number from 1 to {MAX_CHANGES}")
    return every, start, count


def _fits(every: float, start: float, count: int, where: str, problems: list[str]) -> bool:
    if start + every * (count - 1) > MAX_OFFSET_S:
        problems.append(f"{where}: the series ends after {MAX_OFFSET_S / 86_400:g} days")
        return False
    return True


def _offset(item: dict[str, Any], key: str, where: str, problems: list[str], *, required: bool = False) -> float:
    value = item.get(key)
    if value is None:
        if required:
            problems.append(f"{where}.{key}: required")
        return 0.0
    seconds: float | None = None
    if isinstance(value, int | float) and not isinstance(value, bool):
        seconds = float(value)
    elif isinstance(value, str):
        m = _DURATION.match(value)
        if m:
            seconds = float(m.group(1)) * UNITS[m.group(2) or "s"]
    if seconds is None or not 0 <= seconds <= MAX_OFFSET_S:
        problems.append(f"{where}.{key}: {value!r} is not a time offset (seconds from 0 to "
                        f"{MAX_OFFSET_S:g}, or a number with a unit: 500ms, 30s, 2m, 1h, 1d)")
        return 0.0
    return seconds


def _unknown(item: dict[str, Any], known: tuple[str, ...], where: str, problems: list[str]) -> None:
    unknown = sorted(str(k) for k in item if k not in known)
    if unknown:
        problems.append(f"{where}: unknown field(s) {', '.join(unknown)}; known: {', '.join(known)}")


def _kind(value: Any) -> str:
    if value is None:
        return "nothing (empty)"
    return {dict: "a mapping", list: "a list", str: "a text", bool: "a boolean"}.get(type(value), "a number")


class ScenarioSource:
    """A scenario being played: its changes wait here until their time, then go to the timeline.

    ``start`` is the emulator's start (epoch seconds); ``factor`` the clock factor the offsets
    are divided by. Only the scenario's own tenant gets its changes."""

    def __init__(self, scenario: Scenario, tsg: str, start: float, factor: float = 1.0) -> None:
        if factor <= 0:
            raise ValueError(f"clock factor {factor}: must be above 0")
        self.tsg = scenario.tsg_id or tsg
        self._scenario, self._factor = scenario, factor
        self._places = dict(scenario.places)
        self._lock = threading.Lock()
        self._pending: list[Change] = []
        self.restart(start)

    def restart(self, start: float) -> None:
        """Play the scenario again from its first change, its offsets now counted from
        ``start`` (what ``POST /_emulator/reset`` does, the timeline being emptied)."""
        pending = [Change(s.kind, s.tunnel, s.site or self._site(s.tunnel), s.state, start + s.offset / self._factor,
                          s.reason, SOURCE, s.rtt_ms) for s in self._scenario.steps]
        pending.reverse()  # latest first: due ones are popped from the end
        with self._lock:
            self._pending = pending

    def _site(self, tunnel: str) -> str:
        place = self._places.get(tunnel)
        return place.site if place is not None else ""

    def due(self, tsg: str, now: float) -> list[Change]:
        """The changes whose time has come, oldest first; each is handed out once."""
        if tsg != self.tsg:
            return []
        out: list[Change] = []
        with self._lock:
            while self._pending and self._pending[-1].at <= now:
                out.append(self._pending.pop())
        return out

    def places(self, tsg: str) -> Mapping[str, Place]:
        return self._places if tsg == self.tsg else {}

    @property
    def pending(self) -> int:
        """How many changes are still to come."""
        return len(self._pending)
