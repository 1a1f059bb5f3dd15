"""A probe run cut into chart points: one row of the history per target and window.

A run of 1,000 probes is one figure for a report but a line for a chart, so its probes
are grouped into windows of ``window_s`` and each window's figures
(:func:`sasekit.health.probes.figures`) become one row. ``latency_ms`` is the window's
mean round-trip time, with ``p50_ms``/``p95_ms``; ``rtt_ms`` is its median round trip
(the line 003's round-trip chart draws); ``loss_pct`` the probes of the window that got
no answer, lost or refused (a tunnel that dead-peer detection took down refuses the
probes at once: a chart that counted only the lost ones would show it at 0 %).

Windows are cut on the run's schedule: probe ``i`` goes at ``i * interval_s``, so a
window is the ``round(window_s / interval_s)`` probes scheduled in it (at least one),
whatever the time the run took to start (resolving a name, opening an HTTP client) or
how late a busy machine sent some of them. Cutting on the measured send times instead
would shift every window by that start-up time and leave a last window of a few probes,
whose loss reads 0 or 100 % and which the metrics then show as the path's "last
window". For the same reason a last window of fewer than half a window's probes (a
count that is not a multiple of the window) joins the window before it.

``jitter_ms`` is RFC 3550's interarrival jitter as an RTP receiver reports it: one
estimator over the run's answers in order of arrival, read at the window's last answer.
Started afresh in every window it would begin at 0 each time and read low wherever a
window has few answers (the estimator moves by 1/16 of each difference), which are
the lossy windows; so the last window's jitter is the run's. A window with no answer,
or only the run's first one, has no jitter.

The timestamps are wall-clock: ``started`` (the wall-clock time just before the run)
plus the time, on the run's own monotonic clock, at which the window's first probe was
sent.
"""

from __future__ import annotations

import itertools
from typing import Any


def points(result: Any, *, site: str, tunnel: str, egress: str, started: float, window_s: float
           ) -> list[dict[str, Any]]:
    """Rows for :meth:`~sasekit.health.history.HealthHistory.add_samples` from one Result."""
    from .probes import figures

    if not window_s > 0:
        raise ValueError(f"window {window_s:g} s: must be above 0")
    interval = float(getattr(result, "interval_s", 0) or 0)
    per = max(1, round(window_s / interval)) if interval > 0 else 1
    groups: dict[int, list[Any]] = {}
    for sample in sorted(result.samples, key=lambda s: s.seq):
        groups.setdefault(sample.seq // per, []).append(sample)
    ordered = [groups[k] for k in sorted(groups)]
    if len(ordered) > 1 and 2 * len(ordered[-1]) < per:
        tail = ordered.pop()
        ordered[-1] = ordered[-1] + tail
    jitter = _running_jitter(result.samples)
    rows = []
    for samples in ordered:
        f = figures(samples)
        answered = [jitter[s.seq] for s in samples if s.seq in jitter]
        rows.append({"at": started + min(s.sent_ns for s in samples) / 1e9, "site": site, "tunnel": tunnel,
                     "egress": egress, "target": result.target, "method": result.method, "sent": f.sent,
                     "received": f.received,
                     "loss_pct": 100.0 * (f.sent - f.received) / f.sent if f.sent else None,
                     "latency_ms": f.rtt_mean_ms, "p50_ms": f.rtt_p50_ms,
                     "p95_ms": f.rtt_p95_ms, "jitter_ms": max(answered)[1] if answered else None,
                     "rtt_ms": f.rtt_p50_ms})
    return rows


def _running_jitter(samples: Any) -> dict[int, tuple[int, float]]:
    """Per answered probe (by sequence): (its arrival, RFC 3550's J just after it), J
    over the run's answers in order of arrival; the run's first answer has none."""
    ok = sorted((s for s in samples if s.status == "ok" and s.rtt_ns is not None),
                key=lambda s: (s.sent_ns + s.rtt_ns, s.seq))
    out: dict[int, tuple[int, float]] = {}
    j = 0.0
    for prev, cur in itertools.pairwise(ok):
        j += (abs(cur.rtt_ns - prev.rtt_ns) / 1e6 - j) / 16
        out[cur.seq] = (cur.sent_ns + cur.rtt_ns, j)
    return out
