"""A probe run cut into chart points: one row of the history per target and window.

A run of 1,000 probes is one figure for a report but a line for a chart, so its samples
are grouped by send time into windows of ``window_s`` and each window's figures
(:func:`sasekit.health.probes.figures`) become one row. ``latency_ms`` is the window's
mean round-trip time, with ``p50_ms``/``p95_ms``; ``rtt_ms`` is its median round trip
(the line 003's round-trip chart draws); ``jitter_ms`` RFC 3550's interarrival jitter
over the window's consecutive answers; ``loss_pct`` the probes of the window that got no
answer, lost or refused (a tunnel that dead-peer detection took down refuses the probes
at once: a chart that counted only the lost ones would show it at 0 %). The timestamps are
wall-clock: the run's start plus each window's start on the run's own monotonic clock.
"""

from __future__ import annotations

from typing import Any


def points(result: Any, *, site: str, tunnel: str, egress: str, started: float, window_s: float
           ) -> list[dict[str, Any]]:
    """Rows for :meth:`~sasekit.health.history.HealthHistory.add_samples` from one Result."""
    from .probes import figures

    if window_s <= 0:
        raise ValueError(f"window {window_s:g} s: must be above 0")
    size = int(window_s * 1e9)
    groups: dict[int, list[Any]] = {}
    for sample in result.samples:
        groups.setdefault(sample.sent_ns // size, []).append(sample)
    rows = []
    for index, samples in sorted(groups.items()):
        f = figures(samples)
        rows.append({"at": started + index * window_s, "site": site, "tunnel": tunnel, "egress": egress,
                     "target": result.target, "method": result.method, "sent": f.sent, "received": f.received,
                     "loss_pct": 100.0 * (f.sent - f.received) / f.sent if f.sent else None,
                     "latency_ms": f.rtt_mean_ms, "p50_ms": f.rtt_p50_ms,
                     "p95_ms": f.rtt_p95_ms, "jitter_ms": f.jitter_ms, "rtt_ms": f.rtt_p50_ms})
    return rows
