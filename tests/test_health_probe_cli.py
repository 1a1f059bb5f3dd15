"""``sasekit probe run`` and ``sasekit health probes SITE [--plot FILE]`` as a user runs them:
real UDP probes to an echo responder on 127.0.0.1 (and to a port where nothing listens),
the history they leave (one row per window), the listing and the charts drawn from it,
and every mistake answered in one line. Also :func:`sasekit.health.sampling.points` on
made-up runs, where the windows and the jitter can be checked exactly."""

from __future__ import annotations

import socket
import sqlite3
import time
import xml.etree.ElementTree as ET
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest

from cli_helpers import cli_runner
from sasekit.health.history import HealthHistory
from sasekit.health.model import Event
from sasekit.health.probes import Result, Sample, echo_server, figures
from sasekit.health.sampling import points

SVG_NS = "{http://www.w3.org/2000/svg}"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def cli(capsys, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    return cli_runner(capsys, monkeypatch)


@pytest.fixture
def echo():
    with echo_server("127.0.0.1", 0, lifetime_s=120) as server:
        yield server


def rows_of(db: Path) -> list[dict[str, Any]]:
    with HealthHistory(db) as history:
        return history.samples()


def free_udp_port() -> int:
    """A UDP port nothing listens on (bound, then closed: the kernel answers port-unreachable)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def svg_texts(file: Path) -> list[str]:
    return ["".join(el.itertext()) for el in ET.parse(file).getroot().iter(f"{SVG_NS}text")]


def one_line(r: Any) -> str:
    assert "Traceback" not in r.err and len(r.lines) == 1, r.err
    return r.lines[0]


# ---------------------------------------------------------------------------- probe run


def probe_run(cli: Any, db: Path, target: str, *extra: str) -> Any:
    return cli("probe", "run", "--site", "s1", "--tunnel", "s1-wan1", "--egress", "eth0", target, "--count", "200",
               "--interval", "0.005", "--window", "0.2", "--history", str(db), "-o", "json", *extra)


def test_a_run_is_summed_up_and_kept_as_one_row_per_window(cli, echo, tmp_path):
    db = tmp_path / "health.db"
    before = time.time()
    r = probe_run(cli, db, f"udp:127.0.0.1:{echo.port}")
    after = time.time()
    assert r.code == 0, r.err
    (summary,) = r.json()
    assert summary["target"] == f"udp:127.0.0.1:{echo.port}" and summary["error"] is None
    assert (summary["sent"], summary["received"], summary["lost"], summary["failed"]) == (200, 200, 0, 0)
    assert summary["loss_pct"] == 0 and summary["failed_pct"] == 0
    assert 0 < summary["p50_ms"] <= summary["p95_ms"] and summary["latency_ms"] > 0
    assert summary["jitter_ms"] is not None and summary["jitter_ms"] >= 0
    assert echo.datagrams == 200

    rows = rows_of(db)
    assert len(rows) == 5                                      # 1 s of probes in windows of 0.2 s
    assert [r_["sent"] for r_ in rows] == [40] * 5 and [r_["received"] for r_ in rows] == [40] * 5
    for row in rows:
        assert (row["site"], row["tunnel"], row["egress"], row["method"]) == ("s1", "s1-wan1", "eth0", "udp")
        assert row["target"] == summary["target"]
        assert row["loss_pct"] == 0
        assert row["latency_ms"] > 0 and row["p50_ms"] <= row["p95_ms"] and row["rtt_ms"] == row["p50_ms"]
        assert row["jitter_ms"] is not None and row["jitter_ms"] >= 0
    times = [row["at"] for row in rows]
    assert times == sorted(times) and len(set(times)) == 5
    assert before <= times[0] and times[-1] <= after           # wall-clock times within the run
    assert rows[-1]["jitter_ms"] == pytest.approx(summary["jitter_ms"])   # the run's jitter is its last window's
    assert db.stat().st_mode & 0o777 == 0o600


def test_health_probes_lists_the_path_and_draws_it_with_the_sites_events(cli, echo, tmp_path):
    db = tmp_path / "health.db"
    assert probe_run(cli, db, f"udp:127.0.0.1:{echo.port}").code == 0
    rows = rows_of(db)

    r = cli("health", "probes", "s1", "--history", str(db), "-o", "json")
    assert r.code == 0, r.err
    (listed,) = r.json()
    assert listed["path"] == "eth0 <--> s1-wan1" and listed["points"] == 5
    last = rows[-1]
    assert {k: listed[k] for k in ("latency_ms", "p95_ms", "jitter_ms", "loss_pct", "rtt_ms", "at")} == {
        k: last[k] for k in ("latency_ms", "p95_ms", "jitter_ms", "loss_pct", "rtt_ms", "at")}

    png = tmp_path / "out.png"
    r = cli("health", "probes", "s1", "--history", str(db), "--plot", str(png))
    assert r.code == 0, r.err
    assert png.read_bytes()[:8] == PNG_MAGIC
    assert "1 paths, 5 points, 0 events marked" in r.err

    down_at, up_at = rows[1]["at"] + 0.05, rows[3]["at"] + 0.05
    with HealthHistory(db) as history:
        history.add_events([
            Event(key="incident:1:Raised", at=down_at, site="s1", name="Prisma RN Primary WAN Tunnel Down",
                  state="down", tunnel="s1-wan1", role="primary", incident_id="1", status="Raised"),
            Event(key="incident:1:Cleared", at=up_at, site="s1", name="Prisma RN Primary WAN Tunnel Up",
                  state="up", tunnel="s1-wan1", role="primary", incident_id="1", status="Cleared"),
            Event(key="incident:2:Raised", at=down_at, site="s2", name="Prisma RN Site Down", state="down",
                  object="site", incident_id="2", status="Raised"),           # another site's
        ])
    svg = tmp_path / "out.svg"
    r = cli("health", "probes", "s1", "--history", str(db), "--plot", str(svg))
    assert r.code == 0, r.err
    assert "1 paths, 5 points, 2 events marked" in r.err
    texts = svg_texts(svg)
    assert "eth0 <--> s1-wan1" in texts                      # the path's label, as text
    assert "RN Primary WAN Tunnel Down" in texts and "RN Primary WAN Tunnel Up" in texts
    assert not any("Site Down" in t for t in texts)
    assert any("Probe statistics: s1" in t for t in texts)
    assert png.read_bytes()[:8] == PNG_MAGIC


def test_a_target_that_never_answers_is_100_percent_loss(cli, tmp_path):
    db = tmp_path / "health.db"
    target = f"udp:127.0.0.1:{free_udp_port()}"
    r = cli("probe", "run", "--site", "s9", "--tunnel", "s9-wan1", target, "--count", "20", "--interval", "0.005",
            "--timeout", "0.05", "--window", "0.05", "--history", str(db), "-o", "json")
    assert r.code == 0, r.err                                  # the run probed: what it found is the answer
    (summary,) = r.json()
    assert (summary["sent"], summary["received"], summary["lost"]) == (20, 0, 20)
    assert summary["loss_pct"] == 100 and summary["latency_ms"] is None and summary["jitter_ms"] is None
    rows = rows_of(db)
    assert rows and sum(r_["sent"] for r_ in rows) == 20
    assert all(r_["loss_pct"] == 100 and r_["latency_ms"] is None and r_["jitter_ms"] is None for r_ in rows)
    r = cli("health", "probes", "s9", "--history", str(db), "-o", "json")
    (listed,) = r.json()
    assert listed["path"] == "- <--> s9-wan1" and listed["loss_pct"] == 100 and listed["latency_ms"] is None


def test_refused_probes_are_counted_apart_in_the_summary_and_as_loss_on_the_chart(cli, tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]                              # closed again: connect() is refused
    db = tmp_path / "health.db"
    r = cli("probe", "run", "--site", "s9", "--tunnel", "s9-wan1", f"tcp:127.0.0.1:{port}", "--count", "5",
            "--interval", "0.01", "--timeout", "0.5", "--history", str(db), "-o", "json")
    assert r.code == 0, r.err
    (summary,) = r.json()
    assert (summary["received"], summary["lost"], summary["failed"]) == (0, 0, 5)
    assert summary["loss_pct"] == 0 and summary["failed_pct"] == 100   # the summary says why: refused
    (row,) = rows_of(db)
    assert row["loss_pct"] == 100                              # the chart: no answer is no answer


def test_a_tunnel_seen_going_down_and_up_between_polls_is_drawn_coming_back(cli, echo, tmp_path):
    # state changes (no incident behind them): both ends are marked, not only the down
    db = tmp_path / "health.db"
    assert probe_run(cli, db, f"udp:127.0.0.1:{echo.port}").code == 0
    rows = rows_of(db)
    with HealthHistory(db) as history:
        history.add_events([
            Event(key="state:1", at=rows[1]["at"], site="s1", name="Prisma RN Primary WAN Tunnel Down",
                  state="down", tunnel="s1-wan1", role="primary", source="state"),
            Event(key="state:2", at=rows[3]["at"], site="s1", name="Prisma RN Primary WAN Tunnel Up",
                  state="up", tunnel="s1-wan1", role="primary", source="state"),
        ])
    svg = tmp_path / "out.svg"
    r = cli("health", "probes", "s1", "--history", str(db), "--plot", str(svg))
    assert r.code == 0, r.err
    assert "2 events marked" in r.err
    texts = svg_texts(svg)
    assert "RN Primary WAN Tunnel Down" in texts and "RN Primary WAN Tunnel Up" in texts


def test_mistakes_are_one_line_and_probe_nothing(cli, echo, tmp_path):
    db = tmp_path / "health.db"
    good = f"udp:127.0.0.1:{echo.port}"
    base = ("probe", "run", "--site", "s1", "--tunnel", "s1-wan1", "--count", "3", "--history", str(db))
    r = cli(*base, "foo:bar")
    assert r.code == 2 and "unknown method 'foo'" in one_line(r)
    r = cli(*base, good, "--window", "0")
    assert r.code == 2 and "--window" in one_line(r)
    r = cli(*base, good, "--window", "soon")
    assert r.code == 2 and "--window" in one_line(r)
    r = cli(*base, good, "--interval", "0")
    assert r.code == 2 and "interval" in one_line(r)
    r = cli(*base, good, "--count", "70000")
    assert r.code == 2 and "--count" in one_line(r)
    r = cli("probe", "run", "--tunnel", "s1-wan1", good, "--history", str(db))
    assert r.code == 2 and "--site and --tunnel" in one_line(r)
    assert echo.datagrams == 0                                  # refused before any probe left
    assert not db.exists() or rows_of(db) == []


def test_health_probes_mistakes_are_one_line(cli, echo, tmp_path):
    db = tmp_path / "health.db"
    r = cli("health", "probes", "nowhere", "--history", str(db))
    assert r.code == 1 and "no probe samples for site 'nowhere'" in one_line(r)
    assert probe_run(cli, db, f"udp:127.0.0.1:{echo.port}").code == 0
    r = cli("health", "probes", "s1", "--history", str(db), "--plot", str(tmp_path / "chart.jpg"))
    assert r.code == 2 and "--plot" in one_line(r) and ".png" in r.err
    assert not (tmp_path / "chart.jpg").exists()
    r = cli("health", "probes", "s1", "--history", str(db), "--plot", str(tmp_path / "no" / "such" / "c.png"))
    assert r.code == 1 and "cannot write the chart" in one_line(r)
    r = cli("health", "probes", "s1", "--history", str(db), "--since", "yesterday")
    assert r.code == 2 and "--since" in one_line(r)


def test_two_targets_of_one_path_are_two_lines_each_named_once(cli, echo, tmp_path):
    db = tmp_path / "health.db"
    with echo_server("127.0.0.1", 0, lifetime_s=120) as other:
        a, b = f"udp:127.0.0.1:{echo.port}", f"udp:127.0.0.1:{other.port}"
        r = cli("probe", "run", "--site", "s1", "--tunnel", "s1-wan1", "--egress", "eth0", a, b, a, "--count", "20",
                "--interval", "0.005", "--window", "1m", "--history", str(db), "-o", "json")
    assert r.code == 0, r.err
    assert [s["target"] for s in r.json()] == [a, b]            # the target given twice is probed once
    assert echo.datagrams == 20
    r = cli("health", "probes", "s1", "--history", str(db), "-o", "json")
    assert sorted(p["path"] for p in r.json()) == sorted([f"eth0 <--> s1-wan1 ({a})", f"eth0 <--> s1-wan1 ({b})"])
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT COUNT(*) FROM samples").fetchone()[0] == 2


# ---------------------------------------------------------------------------- windows, exactly


def made_up(rtts_ms: list[float | None], *, interval_s: float = 0.005, offset_ms: float = 0.0) -> Result:
    """A run whose probe i was sent ``offset_ms`` + i * interval and answered after rtts_ms[i]
    (None: lost)."""
    samples = [Sample(seq=i, sent_ns=int((offset_ms + i * interval_s * 1000) * 1e6),
                      rtt_ns=None if rtt is None else int(rtt * 1e6), status="lost" if rtt is None else "ok")
               for i, rtt in enumerate(rtts_ms)]
    return Result(**asdict(figures(samples)), target="udp:192.0.2.1:7", method="udp", host="192.0.2.1", port=7,
                  source=None, count=len(samples), interval_s=interval_s, timeout_s=1.0, concurrency=None,
                  started_at="", duration_s=0.0, samples=samples)


def cut(result: Result, window_s: float) -> list[dict[str, Any]]:
    return points(result, site="s", tunnel="t", egress="e", started=1_000.0, window_s=window_s)


def test_windows_follow_the_schedule_not_the_start_up_time():
    # an HTTP run spends some 35 ms opening its client before the first probe: the windows still
    # hold 40 probes each, and no last window of a few probes reads 0 or 100 % loss
    rows = cut(made_up([1.0] * 199 + [None], offset_ms=36.0), 0.2)
    assert [r["sent"] for r in rows] == [40] * 5
    assert rows[-1]["loss_pct"] == pytest.approx(2.5)
    assert rows[0]["at"] == pytest.approx(1_000.036) and rows[1]["at"] == pytest.approx(1_000.236)


def test_a_last_window_of_a_few_probes_joins_the_one_before():
    rows = cut(made_up([1.0] * 100 + [None], interval_s=0.1), 10.0)
    assert [r["sent"] for r in rows] == [101]               # not a 101st probe alone at 100 % loss
    rows = cut(made_up([1.0] * 150, interval_s=0.1), 10.0)
    assert [r["sent"] for r in rows] == [100, 50]           # half a window is a window
    rows = cut(made_up([1.0] * 3, interval_s=1.0), 0.5)
    assert [r["sent"] for r in rows] == [1, 1, 1]           # windows shorter than the interval: a probe each


def test_jitter_is_one_estimator_over_the_run_so_lossy_windows_do_not_read_smooth():
    # RTTs alternate 10 and 12 ms (|D| = 2 ms); the third window loses 32 of its 40 probes, and
    # the 8 answers left (probes 80, 85, 90 ...) still alternate
    rtts: list[float | None] = [10.0 + 2 * (i % 2) for i in range(200)]
    for i in range(80, 120):
        if i % 5:
            rtts[i] = None
    result = made_up(rtts)
    rows = cut(result, 0.2)
    assert [r["received"] for r in rows] == [40, 40, 8, 40, 40]
    jitters = [r["jitter_ms"] for r in rows]
    assert jitters[1] == pytest.approx(2.0, abs=0.03)       # settled on |D|
    assert jitters[2] == pytest.approx(2.0, abs=0.03)       # a fresh estimator would read 0.73 ms here
    assert jitters[-1] == pytest.approx(result.jitter_ms)    # the run's figure is its last window's
    alone = cut(made_up([5.0] + [None] * 39 + [5.0] * 40), 0.2)
    assert alone[0]["jitter_ms"] is None and alone[0]["latency_ms"] == 5.0   # one answer: no pair, no jitter


def test_a_window_of_zero_is_refused():
    with pytest.raises(ValueError, match="window 0 s"):
        cut(made_up([1.0]), 0.0)
