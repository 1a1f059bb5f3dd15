"""sasekit.health.chart: the probe-statistics chart, PNG and SVG, its gaps, marks, empty
and crowded inputs, and byte-identical output. ``render_example`` draws a realistic
half hour for a person to look at (``python tests/test_health_chart.py [OUT.png]``)."""

from __future__ import annotations

import itertools
import math
import stat
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path as FilePath
from typing import Any

import pytest

from sasekit.health import chart
from sasekit.health.chart import Mark, Path, Point, path_label

T0 = 1_767_225_600.0        # 2026-01-01 00:00:00 UTC
SVG_NS = "{http://www.w3.org/2000/svg}"


def steady(label: str, n: int = 10, step_s: float = 30.0, latency: float = 20.0) -> Path:
    return Path(label, [Point(T0 + i * step_s, latency + i % 3, 1.0, 0.0, 2 * latency)
                        for i in range(n)])


def svg_texts(file: FilePath) -> list[str]:
    """Every text of the SVG, as a reader (or a search) sees it: entities decoded."""
    root = ET.parse(file).getroot()
    return ["".join(el.itertext()) for el in root.iter(f"{SVG_NS}text")]


def path_lines(fig: Any, metric: str) -> list[Any]:
    ax = fig.axes[[name for name, _ in chart.METRICS].index(metric)]
    return [ln for ln in ax.get_lines() if (ln.get_gid() or "").startswith("path")]


def test_path_label_is_mists_string() -> None:
    assert path_label("eth1", "paris-01-primary") == "eth1 <--> paris-01-primary"


def test_png_and_svg_written(tmp_path: FilePath) -> None:
    paths = [steady(path_label("eth1", "paris-01-primary")),
             steady(path_label("eth2", "paris-01-secondary"), latency=30.0)]
    marks = [Mark(T0 + 120, "tunnel down", "bad"), Mark(T0 + 200, "tunnel up", "good"),
             Mark(T0 + 60, "IKE config mismatch", "neutral")]
    png = chart.plot("paris-01", paths, marks, tmp_path / "c.png")
    assert png == tmp_path / "c.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = chart.plot("paris-01", paths, marks, str(tmp_path / "c.SVG"))
    texts = svg_texts(svg)
    for label in ("eth1 <--> paris-01-primary", "eth2 <--> paris-01-secondary",
                  "tunnel down", "tunnel up", "IKE config mismatch"):
        assert label in texts, label
    assert any("<-->" in t for t in texts)
    assert "&lt;--&gt;" in svg.read_text()          # real text, escaped, not glyph outlines
    assert any("UTC" in t for t in texts)            # the time axis says its zone
    assert "Probe statistics: paris-01" in " ".join(texts)
    assert "2 paths, 20 points" in " ".join(texts)   # what was drawn: 10 points on each path


def test_the_chart_is_private_and_replaced_whole(tmp_path: FilePath) -> None:
    # it names sites, tunnels and targets, like the 0600 history it is drawn from
    target = tmp_path / "c.png"
    target.write_text("an older chart")
    target.chmod(0o644)
    chart.plot("paris-01", [steady(path_label("eth1", "paris-01-primary"))], [], target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert [p.name for p in tmp_path.iterdir()] == ["c.png"]  # no temporary file left beside it


def test_one_line_per_path_same_colour_in_every_panel() -> None:
    paths = [steady(f"eth{i} <--> tunnel-{i}") for i in range(9)]
    fig = chart.figure("big", paths, [])
    per_panel = [[ln.get_color() for ln in path_lines(fig, name)] for name, _ in chart.METRICS]
    assert all(len(colours) == 9 for colours in per_panel)
    assert all(colours == per_panel[0] for colours in per_panel)
    styles = {(ln.get_color(), ln.get_linestyle()) for ln in path_lines(fig, "latency_ms")}
    assert len(styles) == 9                           # 9 paths, 9 distinguishable lines
    assert len(fig.legends) == 1
    legend_texts = [t.get_text() for t in fig.legends[0].get_texts()]
    assert legend_texts == [p.label for p in paths]


def test_none_is_a_gap_not_a_zero() -> None:
    pts = [Point(T0 + i * 30, None if i in (4, 5) else 20.0, 1.0, 0.0, 40.0) for i in range(10)]
    fig = chart.figure("s", [Path("eth1 <--> t", pts)], [])
    (line,) = path_lines(fig, "latency_ms")
    ys = list(line.get_ydata())
    assert [i for i, y in enumerate(ys) if math.isnan(y)] == [4, 5]
    assert 0.0 not in ys
    (rtt,) = path_lines(fig, "rtt_ms")                # the other metrics are unbroken
    assert not any(math.isnan(y) for y in rtt.get_ydata())


def test_missing_runs_break_the_line() -> None:
    pts = [Point(T0 + i * 30, 20.0, 1.0, 0.0, 40.0) for i in range(5)]
    pts += [Point(T0 + 600 + i * 30, 20.0, 1.0, 0.0, 40.0) for i in range(5)]
    fig = chart.figure("s", [Path("eth1 <--> t", pts[::-1])], [])   # any order in
    (line,) = path_lines(fig, "loss_pct")
    ys = list(line.get_ydata())
    assert len(ys) == 11 and math.isnan(ys[5])
    xs = list(line.get_xdata())
    assert xs == sorted(xs)


def test_isolated_values_are_dots() -> None:
    pts = [Point(T0, 20.0), Point(T0 + 30, None), Point(T0 + 60, 25.0), Point(T0 + 90, 26.0)]
    fig = chart.figure("s", [Path("eth1 <--> t", pts), Path("eth2 <--> u", [Point(T0, 9.0)])], [])
    first, single = path_lines(fig, "latency_ms")
    assert first.get_marker() == "o" and list(first.get_markevery()) == [0]
    assert single.get_marker() == "o" and list(single.get_markevery()) == [0]
    (rtt_first, _) = path_lines(fig, "rtt_ms")       # nothing there: no dots either
    assert rtt_first.get_marker() in ("", "None", None)


def test_single_point_gets_a_time_range(tmp_path: FilePath) -> None:
    fig = chart.figure("s", [Path("eth1 <--> t", [Point(T0, 20.0, 1.0, 5.0, 40.0)])], [])
    lo, hi = fig.axes[-1].get_xlim()
    assert (hi - lo) * 86400 == pytest.approx(600, rel=0.01)
    chart.plot("s", [Path("eth1 <--> t", [Point(T0, 20.0)])], [], tmp_path / "one.png")


def test_bad_suffix(tmp_path: FilePath) -> None:
    for name, said in (("c.pdf", "'.pdf'"), ("chart", "no suffix"), ("c.png.txt", "'.txt'")):
        with pytest.raises(ValueError, match=r"\.png or \.svg") as err:
            chart.plot("s", [steady("a <--> b")], [], tmp_path / name)
        assert said in str(err.value)
        assert not (tmp_path / name).exists()


def test_bad_mark_and_point() -> None:
    with pytest.raises(ValueError, match="bad, good, neutral"):
        Mark(T0, "x", "critical")
    with pytest.raises(ValueError, match="finite"):
        Point(math.nan)


def test_no_points_still_writes_a_chart_with_the_marks(tmp_path: FilePath) -> None:
    marks = [Mark(T0, "tunnel down", "bad"), Mark(T0 + 900, "tunnel up", "good")]
    out = chart.plot("lyon", [Path("eth1 <--> lyon-1", [])], marks, tmp_path / "e.svg")
    texts = svg_texts(out)
    assert texts.count("no data") == len(chart.METRICS)
    assert "eth1 <--> lyon-1 (no data)" in texts
    assert "tunnel down" in texts and "tunnel up" in texts
    assert any("no probe results" in t for t in texts)


def test_nothing_at_all(tmp_path: FilePath) -> None:
    out = chart.plot("lyon", [], [], tmp_path / "e.png")
    assert out.stat().st_size > 0
    fig = chart.figure("lyon", [], [])
    assert "no probe results" in fig.get_suptitle()
    assert not fig.legends


def test_all_values_missing_in_one_panel() -> None:
    pts = [Point(T0 + i * 30, 20.0, None, 0.0, 40.0) for i in range(5)]
    fig = chart.figure("s", [Path("eth1 <--> t", pts)], [])
    jitter = fig.axes[1]
    assert [t.get_text() for t in jitter.texts] == ["no data"]
    assert not fig.axes[0].texts or all(t.get_text() != "no data" for t in fig.axes[0].texts)


def test_many_marks_are_not_all_labelled() -> None:
    marks = [Mark(T0 + i * 20, f"flap {i}", "bad" if i % 2 else "good") for i in range(60)]
    fig = chart.figure("s", [steady("a <--> b", n=60, step_s=20)], marks)
    labels = [t for t in fig.axes[0].texts if t.get_text().startswith("flap")]
    assert 0 < len(labels) <= chart.MAX_MARK_LABELS
    assert {round(t.get_position()[1]) for t in labels} <= {3 + lv * 11 for lv in range(chart.MARK_LEVELS)}
    assert "not labelled" in fig.get_suptitle()
    vlines = [ln for ln in fig.axes[2].get_lines() if (ln.get_gid() or "").startswith("mark")]
    assert len(vlines) == 60                          # every mark keeps its line
    # labels on one row do not overlap once drawn
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    by_row: dict[float, list[tuple[float, float]]] = {}
    for t in labels:
        box = t.get_window_extent(renderer)
        by_row.setdefault(t.get_position()[1], []).append((box.x0, box.x1))
    for spans in by_row.values():
        spans.sort()
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


def test_long_labels_wrap_in_the_legend_only(tmp_path: FilePath) -> None:
    long = path_label("ge-0/0/3.0", "remote-network-frankfurt-02-" + "x" * 20 + "-primary-tunnel")
    huge = path_label("ge-0/0/4.0", "y" * 200)
    fig = chart.figure("s", [steady(long), steady(huge)], [])
    texts = [t.get_text() for t in fig.legends[0].get_texts()]
    assert texts[0] == long.replace(" <--> ", " <-->\n")
    assert all(len(line) <= chart.LEGEND_WRAP for t in texts for line in t.splitlines())
    assert fig.legends[0]._ncols == 1                 # the wrapped label takes the width
    out = chart.plot("s", [steady(long), steady(huge)], [], tmp_path / "long.svg")
    shown = " ".join(svg_texts(out))                  # a wrapped label: one text, two lines
    assert "ge-0/0/3.0 <-->" in shown and long.split(" <--> ")[1] in shown


def test_other_time_zone_is_named() -> None:
    from zoneinfo import ZoneInfo

    fig = chart.figure("s", [steady("a <--> b")], [], tz=ZoneInfo("Europe/Paris"))
    assert fig.axes[-1].get_xlabel() == "time (Europe/Paris)"
    assert "01:00" in fig.get_suptitle()             # T0 is midnight UTC, 01:00 in Paris


def test_same_input_same_bytes(tmp_path: FilePath) -> None:
    paths = [steady("eth1 <--> a"), steady("eth2 <--> b", latency=50)]
    marks = [Mark(T0 + 90, "tunnel down", "bad")]
    for suffix in (".svg", ".png"):
        one = chart.plot("s", paths, marks, tmp_path / f"1{suffix}").read_bytes()
        two = chart.plot("s", paths, marks, tmp_path / f"2{suffix}").read_bytes()
        assert one == two, suffix


def test_user_style_does_not_leak_in_or_out() -> None:
    import matplotlib

    with matplotlib.rc_context({"axes.facecolor": "black", "svg.fonttype": "path"}):
        fig = chart.figure("s", [steady("a <--> b")], [])
        assert matplotlib.rcParams["axes.facecolor"] == "black"
        assert matplotlib.rcParams["svg.fonttype"] == "path"
    assert fig.axes[0].get_facecolor() == (1.0, 1.0, 1.0, 1.0)   # the default, not the user's
    assert not fig.axes[0].spines["top"].get_visible()           # and ours on top


def test_import_stays_light() -> None:
    code = ("import sys, sasekit.health.chart, sasekit.health; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('matplotlib', 'numpy')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_no_pyplot() -> None:
    code = ("import sys; from sasekit.health import chart; "
            "chart.figure('s', [chart.Path('a <--> b', [chart.Point(0.0, 1.0)])], []); "
            "print('matplotlib.pyplot' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# --------------------------------------------------------------------------- for people


def example() -> tuple[list[Path], list[Mark]]:
    """Half an hour of a site with two tunnels: a config mismatch, 5% loss on the primary,
    its latency stepping from 20 to 50 ms, 20% loss on the secondary, then the primary
    down for three minutes (no latency, 100% loss) and a flap incident around it."""
    primary, secondary = [], []
    for i in range(60):                               # one run every 30 s
        at, minute = T0 + i * 30, i / 2
        down = 21 <= minute < 24
        lat = 50.0 if 12 <= minute < 21 else 20.0
        wobble = (i * 7 % 5) * 0.4
        loss = 100.0 if down else 5.0 if 7 <= minute < 11 else 0.0
        primary.append(Point(at, None if down else lat + wobble,
                             None if down else 0.8 + (i % 4) * 0.3 + (6.0 if minute == 12 else 0),
                             loss, None if down else 2 * lat + wobble))
        lat2 = 28.0 + (i * 3 % 4) * 0.5
        loss2 = 20.0 if 14 <= minute < 18 else 0.0
        secondary.append(Point(at, lat2, 1.2 + (i % 3) * 0.4 + (3.0 if loss2 else 0.0),
                               loss2, 2 * lat2))
    paths = [Path(path_label("ge-0/0/1", "paris-01-primary"), primary),
             Path(path_label("ge-0/0/2", "paris-01-secondary"), secondary)]
    marks = [Mark(T0 + 3 * 60, "Prisma IKE config mismatch", "neutral"),
             Mark(T0 + 21 * 60, "tunnel down: paris-01-primary", "bad"),
             Mark(T0 + 21.5 * 60, "flap incident raised", "bad"),
             Mark(T0 + 24 * 60, "tunnel up: paris-01-primary", "good"),
             Mark(T0 + 28 * 60, "flap incident cleared", "good")]
    return paths, marks


def render_example(out: str = "/tmp/chart_example.png") -> FilePath:
    paths, marks = example()
    return chart.plot("paris-01", paths, marks, out)


def test_example_renders(tmp_path: FilePath) -> None:
    out = render_example(str(tmp_path / "example.svg"))
    texts = svg_texts(out)
    assert all(m.text in texts for m in example()[1])


if __name__ == "__main__":
    print(render_example(*sys.argv[1:2]))
