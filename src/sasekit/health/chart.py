"""Probe-statistics charts: latency, jitter, loss and round-trip time per path, over time.

Mist's WAN Edge Insights shows a Prisma tunnel's "Probe Stats" as charts of latency,
jitter, loss and round-trip time, one series per path, each path named ``egress
interface <--> Prisma tunnel name``. ``sasekit health probes SITE --plot FILE`` draws the
same from sasekit's own probe history, and draws it into a file (PNG or SVG) because the
command runs where there is no display (a jump host, CI, cron) and its charts end up in
tickets and reports.

The input is plain data (:class:`Point`, :class:`Path`, :class:`Mark`) so that the
history store and the drawing know nothing of each other: the store fills them, and
:func:`plot` writes the file (:func:`figure` gives the matplotlib Figure itself, for
tests and for callers that want to add to it).

Choices
-------
* One figure, four panels on one time axis (latency, jitter, loss, round-trip time),
  one colour per path in every panel and one legend below the panels: an incident is
  read across the panels (a loss spike with a latency step at the same minute), so they
  line up, and a legend inside a panel would cover data.
* A missing value (None or NaN) breaks the line there, and so does a pause between runs
  longer than :data:`GAP_FACTOR` times the path's usual spacing: a zero would claim a
  perfect path and a line across would claim measurements nobody made. A value with no
  neighbour on either side (a single run, or one between two gaps) is drawn as a dot,
  because a line through one point is invisible.
* Nothing at all to draw is not an error: the file is still written, each empty panel
  says "no data" and the marks are still on the time axis, because a period without
  probe results is usually the one where a tunnel was down, and its down/up marks are
  then the whole story. A script that asked for a chart gets a file either way.
* Marks (tunnel down/up, flap incidents, config mismatches) are vertical lines through
  every panel, red for ``bad``, green for ``good``, grey for ``neutral`` (Mist's
  severities; the path colours avoid these three). Their labels sit above the top
  panel, horizontally, on up to :data:`MARK_LEVELS` rows; a mark whose label fits on
  no row without overlapping another (or past :data:`MAX_MARK_LABELS`) keeps a thinner
  line and no label, and the subtitle says how many are unlabelled: dozens of flaps in
  an hour stay readable as a band of lines.
* Times are shown in UTC by default (``tz`` for another zone), and the axis says which:
  the history stores epoch seconds, and a chart read by people in several countries
  must not depend on the zone of the machine that drew it.
* Same input, same bytes: matplotlib's defaults are used whatever the user's
  matplotlibrc says, the SVG carries no date and a fixed hash salt, and its text stays
  text (``svg.fonttype = none``), so labels are searchable and diffable.
* matplotlib is imported inside the functions, never at module level: it costs a few
  hundred milliseconds, and only ``--plot`` needs it. The figure is a
  ``matplotlib.figure.Figure`` drawn by the Agg canvas, without pyplot, so it works
  headless and leaves pyplot's global state (and any open GUI) alone.
"""

from __future__ import annotations

import io
import itertools
import math
import pathlib
import textwrap
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from typing import TYPE_CHECKING, Any

from sasekit.files import PRIVATE_MODE, write_atomic

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = [
    "FORMATS",
    "GAP_FACTOR",
    "MARK_LEVELS",
    "MAX_MARK_LABELS",
    "METRICS",
    "SEVERITIES",
    "Mark",
    "Path",
    "Point",
    "figure",
    "path_label",
    "plot",
]

FORMATS = (".png", ".svg")
SEVERITIES = ("bad", "good", "neutral")
METRICS: tuple[tuple[str, str], ...] = (       # (Point attribute, panel's axis label)
    ("latency_ms", "latency (ms)"),
    ("jitter_ms", "jitter (ms)"),
    ("loss_pct", "loss (%)"),
    ("rtt_ms", "round-trip\ntime (ms)"),
)
GAP_FACTOR = 3.0          # a pause longer than this many usual spacings breaks the line
MARK_LEVELS = 3           # rows of mark labels above the top panel
MAX_MARK_LABELS = 24
MARK_TEXT_MAX = 32        # characters of a mark's label shown (the rest: an ellipsis)
LEGEND_WRAP = 72          # a path label longer than this wraps in the legend

_SEVERITY_COLOURS = {"bad": "#d62728", "good": "#2ca02c", "neutral": "#7f7f7f"}
_SEVERITY_TEXT = {"bad": "#a50f15", "good": "#1b6b2a", "neutral": "#505050"}
# matplotlib's tab10 without its red, green and grey, which mean a mark's severity
_PATH_COLOURS = ("#1f77b4", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#bcbd22", "#17becf")
_PATH_STYLES: tuple[Any, ...] = ("-", (0, (5, 2)), (0, (1, 1.5)), (0, (6, 2, 1, 2)))

_FIG_WIDTH_IN = 12.0
_PANEL_HEIGHT_IN = 1.9
_MARK_FONT_PT = 8.0
_MARK_ROW_PT = 11.0
_LEGEND_FONT_PT = 9.0
_CHAR_WIDTH_EM = 0.62                      # DejaVu Sans, a little generous (legend columns)
_DPI = 110
_STYLE: dict[str, Any] = {
    "svg.hashsalt": "sasekit-probe-chart",
    "svg.fonttype": "none",
    "font.family": "DejaVu Sans",          # ships with matplotlib: the same on every machine
    "axes.titlesize": 10,
    "axes.labelsize": 9,
    "xtick.labelsize": 8,
    "ytick.labelsize": 8,
    "legend.fontsize": _LEGEND_FONT_PT,
    "axes.grid": True,
    "grid.color": "#dddddd",
    "grid.linewidth": 0.6,
    "axes.spines.top": False,
    "axes.spines.right": False,
}


@dataclass(frozen=True, slots=True)
class Point:
    """One probe run (or one interval's aggregate) on one path.

    ``at`` is epoch seconds, as the history stores it. A value is None where the run did
    not measure it (a run whose probes were all lost has a loss but no latency): the
    chart leaves a gap there rather than drawing a zero."""

    at: float
    latency_ms: float | None = None
    jitter_ms: float | None = None
    loss_pct: float | None = None
    rtt_ms: float | None = None

    def __post_init__(self) -> None:
        if isinstance(self.at, bool) or not isinstance(self.at, int | float) \
                or not math.isfinite(self.at):
            raise ValueError(f"point time {self.at!r}: finite epoch seconds")


@dataclass(frozen=True, slots=True)
class Path:
    """One path's series; ``label`` as Mist names it (see :func:`path_label`)."""

    label: str
    points: list[Point] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Mark:
    """An event to show on the time axis: a tunnel down or up, a flap incident raised
    or cleared, a config mismatch. ``severity`` is Mist's: bad, good or neutral."""

    at: float
    text: str
    severity: str = "neutral"

    def __post_init__(self) -> None:
        if isinstance(self.at, bool) or not isinstance(self.at, int | float) \
                or not math.isfinite(self.at):
            raise ValueError(f"mark time {self.at!r}: finite epoch seconds")
        if self.severity not in SEVERITIES:
            raise ValueError(f"mark severity {self.severity!r}: one of {', '.join(SEVERITIES)}")


def path_label(egress_interface: str, tunnel_name: str) -> str:
    """The path's name as Mist's Probe Stats shows it, so the two charts read alike."""
    return f"{egress_interface} <--> {tunnel_name}"


# --------------------------------------------------------------------------- drawing


@contextmanager
def _style() -> Iterator[None]:
    """matplotlib's defaults plus ours, whatever the user's matplotlibrc says, restored
    afterwards (the same input then gives the same file on every machine)."""
    import matplotlib.style

    with matplotlib.style.context(["default", _STYLE]):
        yield


def _value(v: float | None) -> float:
    return math.nan if v is None or not math.isfinite(v) else float(v)


def _series(points: Sequence[Point]) -> tuple[list[float], dict[str, list[float]]]:
    """Times and each metric's values, NaN where a value is missing and between runs
    further apart than GAP_FACTOR times the median spacing (a break in the line)."""
    pts = sorted(points, key=lambda p: p.at)
    spacings = sorted(b.at - a.at for a, b in itertools.pairwise(pts) if b.at > a.at)
    limit = GAP_FACTOR * spacings[len(spacings) // 2] if len(spacings) >= 2 else math.inf
    times: list[float] = []
    values: dict[str, list[float]] = {name: [] for name, _ in METRICS}
    for i, p in enumerate(pts):
        if i and p.at - pts[i - 1].at > limit:
            times.append((p.at + pts[i - 1].at) / 2)
            for name, _ in METRICS:
                values[name].append(math.nan)
        times.append(p.at)
        for name, _ in METRICS:
            values[name].append(_value(getattr(p, name)))
    return times, values


def _isolated(ys: Sequence[float]) -> list[int]:
    """Indices of values with no finite neighbour: a line would not show them."""
    n = len(ys)
    return [i for i, y in enumerate(ys) if not math.isnan(y)
            and (i == 0 or math.isnan(ys[i - 1])) and (i == n - 1 or math.isnan(ys[i + 1]))]


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MARK_TEXT_MAX else text[:MARK_TEXT_MAX - 1] + "\u2026"


def _place_marks(marks: Sequence[Mark], x0: float, x1: float,
                 width: Callable[[str], float]) -> list[tuple[Mark, int | None, bool]]:
    """Each mark (in time order) with its label row (None: no label) and whether the
    label runs leftwards from its line (near the right edge). ``width``: a label's width
    as a fraction of the panel's. Greedy, lowest free row first. A label starts (or
    ends) exactly at its line's x, in its line's colour, so it is read with its line
    even where its connector runs hidden behind a lower row's label."""
    ends = [-math.inf] * MARK_LEVELS
    placed: list[tuple[Mark, int | None, bool]] = []
    labelled = 0
    for m in sorted(marks, key=lambda m: m.at):
        frac = (m.at - x0) / (x1 - x0)
        w = width(_short(m.text))
        leftwards = frac + w > 1.0
        start, end = (frac - w, frac) if leftwards else (frac, frac + w)
        level = next((lv for lv in range(MARK_LEVELS) if ends[lv] < start), None)
        if level is not None and labelled < MAX_MARK_LABELS:
            ends[level] = end + 0.006
            labelled += 1
            placed.append((m, level, leftwards))
        else:
            placed.append((m, None, leftwards))
    return placed


def _legend_label(label: str) -> str:
    """A long path label broken after its ``<-->`` first (the two halves are the two
    things a reader looks for), then at the wrap width."""
    if len(label) <= LEGEND_WRAP:
        return label
    egress, sep, tunnel = label.partition(" <--> ")
    parts = [egress + " <-->", tunnel] if sep else [label]
    return "\n".join(textwrap.fill(p, LEGEND_WRAP, break_on_hyphens=False) for p in parts)


def _zone_name(tz: tzinfo, at: datetime) -> str:
    return str(getattr(tz, "key", None) or tz.tzname(at) or "UTC")


def _period(lo: float, hi: float, tz: tzinfo) -> str:
    a, b = datetime.fromtimestamp(lo, tz), datetime.fromtimestamp(hi, tz)
    end = b.strftime("%H:%M" if a.date() == b.date() else "%Y-%m-%d %H:%M")
    return f"{a:%Y-%m-%d %H:%M} to {end}"


def _limits(values: Sequence[float]) -> tuple[float, float]:
    """From a little below 0 (so a steady zero shows above the axis line) to a little
    above the largest value: these are all magnitudes, and a zero baseline keeps a
    1 ms wobble from looking like an outage."""
    finite = [v for v in values if not math.isnan(v)]
    top = max(max(finite, default=0.0), 0.0)
    top = top * 1.12 if top > 0 else 1.0
    return -0.04 * top, top


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' * (n != 1)}"


def figure(site: str, paths: Sequence[Path], marks: Sequence[Mark] = (), *,
           title: str | None = None, tz: tzinfo = UTC) -> Figure:
    """The chart as a matplotlib Figure (Agg canvas, no pyplot), for :func:`plot` and
    for tests that look at what was drawn rather than at pixels.

    The figure's style is taken when it is built: save it inside the same matplotlib
    defaults (``plot`` does) for byte-identical files."""
    with _style():
        return _figure(site, paths, marks, title=title, tz=tz)


def _figure(site: str, paths: Sequence[Path], marks: Sequence[Mark], *,
            title: str | None, tz: tzinfo) -> Figure:
    import matplotlib.dates as mdates
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties
    from matplotlib.lines import Line2D
    from matplotlib.transforms import blended_transform_factory

    def num(at: float) -> float:
        return float(mdates.date2num(datetime.fromtimestamp(at, UTC)))

    series = [_series(p.points) for p in paths]
    instants = [t for times, _ in series for t in times] + [m.at for m in marks]
    has_time = bool(instants)
    lo, hi = (min(instants), max(instants)) if has_time else (0.0, 1.0)
    pad = (hi - lo) * 0.01 if hi > lo else 300.0
    x0, x1 = lo - pad, hi + pad
    zone = _zone_name(tz, datetime.fromtimestamp(lo, tz))

    handles: list[Line2D] = []
    for i, path in enumerate(paths):
        handles.append(Line2D([], [], color=_PATH_COLOURS[i % len(_PATH_COLOURS)],
                              linestyle=_PATH_STYLES[(i // len(_PATH_COLOURS)) % len(_PATH_STYLES)],
                              linewidth=1.6,
                              label=_legend_label(path.label + ("" if path.points else " (no data)"))))
    for severity in SEVERITIES:
        if any(m.severity == severity for m in marks):
            handles.append(Line2D([], [], color=_SEVERITY_COLOURS[severity], linestyle="none",
                                  marker="|", markersize=12, markeredgewidth=1.6,
                                  label=f"event: {severity}"))
    longest = max((len(line) for h in handles for line in str(h.get_label()).splitlines()),
                  default=1)
    per_row = _FIG_WIDTH_IN * 72 / (_CHAR_WIDTH_EM * _LEGEND_FONT_PT)
    ncol = max(1, min(len(handles), int(per_row // (longest + 8)))) if handles else 1
    legend_rows = math.ceil(len(handles) / ncol) + sum(str(h.get_label()).count("\n")
                                                      for h in handles)

    fig = Figure(figsize=(_FIG_WIDTH_IN, 1.0), dpi=_DPI, layout="constrained")
    canvas = FigureCanvasAgg(fig)
    axes: list[Axes] = list(fig.subplots(len(METRICS), 1, sharex=True))
    xs = [[num(t) for t in times] for times, _ in series]

    for ax, (name, ylabel) in zip(axes, METRICS, strict=True):
        ax.set_ylabel(ylabel)
        everything: list[float] = []
        for i, (path_x, (_, values)) in enumerate(zip(xs, series, strict=True)):
            ys = values[name]
            everything += ys
            dots = _isolated(ys)
            ax.plot(path_x, ys, color=handles[i].get_color(),
                    linestyle=handles[i].get_linestyle(), linewidth=1.6,
                    marker="o" if dots else "", markersize=4, markevery=dots or None,
                    gid=f"path{i}-{name}", label="_nolegend_")
        if all(math.isnan(v) for v in everything):
            ax.text(0.5, 0.5, "no data", transform=ax.transAxes, ha="center", va="center",
                    color="#888888", fontsize=10)
            ax.set_ylim(0, 1)
            ax.set_yticks([])                         # a 0-1 scale of nothing would mislead
        else:
            ax.set_ylim(*_limits(everything))

    bottom = axes[-1]
    if has_time:
        bottom.set_xlim(num(x0), num(x1))
        locator = mdates.AutoDateLocator(tz=tz, minticks=5, maxticks=12)
        bottom.xaxis.set_major_locator(locator)
        bottom.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator, tz=tz))
        bottom.set_xlabel(f"time ({zone})")
    else:
        bottom.set_xticks([])
        bottom.set_xlabel("time")
    if handles:
        fig.legend(handles=handles, loc="outside lower center", ncol=ncol, frameon=False,
                   handlelength=2.8, columnspacing=1.8)

    placed: list[tuple[Mark, int | None, bool]] = []
    if marks and has_time:
        # the panels' width once laid out (labels above add height, never width), and
        # each label's width as drawn: an estimate from character counts either wastes
        # rows or lets labels overlap
        fig.set_size_inches(_FIG_WIDTH_IN, len(METRICS) * _PANEL_HEIGHT_IN + 2.0)
        fig.suptitle("X\nX", fontsize=11, linespacing=1.5)
        engine = fig.get_layout_engine()
        if engine is not None:
            engine.execute(fig)
        panel_px = axes[0].get_window_extent().width
        renderer = canvas.get_renderer()
        font = FontProperties(size=_MARK_FONT_PT)

        def width(text: str) -> float:
            w, _, _ = renderer.get_text_width_height_descent(text, font, ismath=False)
            return float(w + 3) / panel_px

        placed = _place_marks(marks, x0, x1, width)
    label_rows = max((lv + 1 for _, lv, _ in placed if lv is not None), default=0)

    top = axes[0]
    blend = blended_transform_factory(top.transData, top.transAxes)
    for j, (m, level, _) in enumerate(placed):
        for row, ax in enumerate(axes):
            ax.axvline(num(m.at), color=_SEVERITY_COLOURS[m.severity],
                       linewidth=1.3 if level is not None else 0.7,
                       alpha=0.85 if level is not None else 0.45, zorder=1.5,
                       gid=f"mark{j}-{row}")
    # highest row first: a lower row's label, on a white ground, is drawn over the
    # connectors that pass behind it to the rows above
    labelled = sorted((lv, j, m, left) for j, (m, lv, left) in enumerate(placed) if lv is not None)
    for level, j, m, leftwards in reversed(labelled):
        colour = _SEVERITY_COLOURS[m.severity]
        label = top.annotate(
            _short(m.text), xy=(num(m.at), 1.0), xycoords=blend,
            xytext=(0, 3 + level * _MARK_ROW_PT), textcoords="offset points",
            ha="right" if leftwards else "left", va="bottom", fontsize=_MARK_FONT_PT,
            color=_SEVERITY_TEXT[m.severity], annotation_clip=False, gid=f"mark{j}-label",
            bbox={"boxstyle": "square,pad=0.15", "facecolor": "white", "edgecolor": "none"},
            arrowprops={"arrowstyle": "-", "color": colour, "linewidth": 1.3, "alpha": 0.85,
                        "shrinkA": 0, "shrinkB": 0, "relpos": (1.0 if leftwards else 0.0, 0.0)})
        if label.arrow_patch is not None:
            label.arrow_patch.set_clip_on(False)

    points = sum(len(p.points) for p in paths)
    head = title if title is not None else f"Probe statistics: {site}"
    sub = f"{_period(lo, hi, tz)} {zone}; " if has_time else ""
    sub += f"{_plural(len(paths), 'path')}, "
    if points:
        sub += _plural(points, "point")
    else:
        sub += "no probe results in this period" if has_time else "no probe results, no events"
    if marks:
        unlabelled = sum(1 for _, lv, _ in placed if lv is None)
        sub += f"; {_plural(len(marks), 'event')}"
        if unlabelled:
            sub += f", {unlabelled} not labelled (thin lines)"
    fig.suptitle(f"{head}\n{sub}", fontsize=11, linespacing=1.5)
    fig.set_size_inches(_FIG_WIDTH_IN, 1.0 + len(METRICS) * _PANEL_HEIGHT_IN
                        + label_rows * _MARK_ROW_PT / 72 + legend_rows * 0.2 + 0.35)
    return fig


def plot(site: str, paths: Sequence[Path], marks: Sequence[Mark], out: str | pathlib.Path, *,
         title: str | None = None, tz: tzinfo = UTC) -> pathlib.Path:
    """Write the chart to ``out``, PNG or SVG by its suffix, and return its path.

    The suffix decides (rather than a format argument) because the CLI takes one file
    name, and a file whose name says .png must not hold an SVG. Raises ValueError for
    another suffix, before any drawing; OSError if the file cannot be written."""
    target = pathlib.Path(out)
    suffix = target.suffix.lower()
    if suffix not in FORMATS:
        said = f"suffix {target.suffix!r}" if target.suffix else "no suffix"
        raise ValueError(f"chart file {str(target)!r}: {said}; the chart is written as "
                         f"{' or '.join(FORMATS)}")
    with _style():
        fig = _figure(site, paths, marks, title=title, tz=tz)
        metadata: dict[str, Any] = {"Date": None} if suffix == ".svg" else {}
        drawn = io.BytesIO()
        fig.savefig(drawn, format=suffix[1:], metadata=metadata)
    # 0600 like the history it is drawn from (site, tunnel and target names), and whole or
    # not at all: a chart a dashboard reloads is never seen half-written.
    write_atomic(target, drawn.getvalue(), mode=PRIVATE_MODE)
    return target
