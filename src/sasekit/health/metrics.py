"""``sasekit health serve``: the health view as Prometheus/OpenMetrics metrics.

No exporter exists for Prisma Access; with this one an existing Prometheus/Grafana setup
scrapes tunnel and BGP state, open incidents by code and the probe figures. The text
format is prometheus_client's (both the classic and the OpenMetrics exposition, chosen by
the scraper's Accept header), from a custom collector over the last poll and the
history's latest probe samples: a scrape never calls the tenant, polls do, on their own
schedule, so scrapes cost nothing and many scrapers cannot exceed the rate limit.
Bound to 127.0.0.1 unless told otherwise: the metrics name the tenant's sites.
"""

from __future__ import annotations

import logging
import re
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

from .collect import Poll

log = logging.getLogger(__name__)

TUNNEL_LABELS = ("site", "tunnel", "role", "service")
PROBE_LABELS = ("site", "tunnel", "egress", "target", "method")
PROBE_FIGURES = (("latency_ms", "probe_latency_milliseconds", "Mean round-trip time of the last window"),
                 ("p95_ms", "probe_latency_p95_milliseconds", "95th percentile round-trip time of the last window"),
                 ("jitter_ms", "probe_jitter_milliseconds", "RFC 3550 interarrival jitter of the last window"),
                 ("loss_pct", "probe_loss_percent", "Probes lost or refused of those sent in the last window"),
                 ("rtt_ms", "probe_rtt_milliseconds", "Median round-trip time of the last window"))


class HealthCollector:
    """A prometheus_client collector over the watcher's last poll and the history."""

    def __init__(self, history: Any) -> None:
        self.history = history
        self.poll: Poll | None = None
        self.polls = 0
        self.failures = 0
        self.failing = False           # the last poll failed: the gauges are the last good poll's
        self.duration_s = 0.0
        self.codes: set[str] = set()   # every code seen open: one that closes reads 0, not absent

    def describe(self) -> list[Any]:
        return []  # metrics are made at scrape time: nothing to check at registration

    def collect(self) -> Iterator[Any]:
        from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily

        poll = self.poll
        up = GaugeMetricFamily("sasekit_tunnel_up", "1 when the tunnel is up (Insights' tunnel state)",
                               labels=TUNNEL_LABELS)
        state = GaugeMetricFamily("sasekit_tunnel_state", "1 for the tunnel's current state",
                                  labels=(*TUNNEL_LABELS, "state"))
        drops = GaugeMetricFamily("sasekit_tunnel_disconnections", "Disconnections Insights counts (last 24 h)",
                                  labels=TUNNEL_LABELS)
        bgp = GaugeMetricFamily("sasekit_bgp_up", "1 when the tunnel's BGP peer is up (no BGP_DOWN incident open)",
                                labels=TUNNEL_LABELS)
        sites = GaugeMetricFamily("sasekit_site_up", "1 up, 0.5 degraded, 0 down", labels=("site", "service"))
        incidents = GaugeMetricFamily("sasekit_incidents_open", "Open SCM incidents by code", labels=("code",))
        if poll is not None:
            for t in poll.tunnels.values():
                labels = [t.site, t.tunnel, t.role, t.service]
                up.add_metric(labels, 1.0 if t.state == "up" else 0.0)
                state.add_metric([*labels, t.state], 1.0)
                drops.add_metric(labels, float(t.disconnections))
                if t.bgp:
                    bgp.add_metric(labels, 1.0 if t.bgp == "up" else 0.0)
            for s in poll.sites:
                sites.add_metric([s.site, s.service], {"up": 1.0, "degraded": 0.5}.get(s.state, 0.0))
            counts = Counter(str(i.get("code")) for i in poll.open_incidents)
            self.codes.update(counts)
            for code in sorted(self.codes):
                incidents.add_metric([code], float(counts.get(code, 0)))
        yield from (up, state, drops, bgp, sites, incidents)
        latest: dict[tuple[str, ...], dict[str, Any]] = {}   # one series per path, even if two rows tie
        for row in self.history.latest_samples():
            latest[tuple(str(row[k]) for k in PROBE_LABELS)] = row
        for key, name, text in PROBE_FIGURES:
            family = GaugeMetricFamily(f"sasekit_{name}", text, labels=PROBE_LABELS)
            for path, row in sorted(latest.items()):
                if row.get(key) is not None:
                    family.add_metric(list(path), float(row[key]))
            yield family
        when = GaugeMetricFamily("sasekit_probe_timestamp_seconds",
                                 "When the path's last window was measured (the probe figures are that window's)",
                                 labels=PROBE_LABELS)
        for path, row in sorted(latest.items()):
            when.add_metric(list(path), float(row["at"]))
        yield when
        polls = CounterMetricFamily("sasekit_polls", "Polls of the tenant", labels=("result",))
        polls.add_metric(["ok"], float(self.polls))
        polls.add_metric(["failed"], float(self.failures))
        yield polls
        ok = GaugeMetricFamily("sasekit_poll_ok", "1 when the last poll succeeded; 0: the other gauges are "
                               "the last successful poll's (see sasekit_poll_timestamp_seconds)")
        ok.add_metric([], 0.0 if self.failing or poll is None else 1.0)
        yield ok
        last = GaugeMetricFamily("sasekit_poll_timestamp_seconds", "When the last successful poll ran")
        last.add_metric([], poll.at if poll else 0.0)
        yield last
        took = GaugeMetricFamily("sasekit_poll_duration_seconds", "How long the last poll took")
        took.add_metric([], self.duration_s)
        yield took
        calls = GaugeMetricFamily("sasekit_poll_api_calls", "API calls the last poll made")
        calls.add_metric([], float(poll.calls if poll else 0))
        yield calls


def registry_for(collector: HealthCollector) -> Any:
    from prometheus_client import CollectorRegistry

    registry = CollectorRegistry(auto_describe=False)
    registry.register(collector)
    return registry


def serve(watcher: Any, *, host: str = "127.0.0.1", port: int = 9108, interval_s: float = 30.0,
          stop: threading.Event | None = None, cycles: int | None = None, ready: Any = None,
          report: Callable[[str], None] | None = None) -> None:
    """Poll every ``interval_s`` and serve the metrics on ``host:port`` until ``stop`` is set,
    ``cycles`` polls are done or Ctrl-C. ``ready(address)`` is told the bound address;
    ``report(line)`` (default: stderr) each failure that differs from the one before, and
    the recovery: an operator sees an outage start and end, not one line per poll."""
    from prometheus_client import start_http_server

    collector = HealthCollector(watcher.history)
    try:
        server, thread = start_http_server(port, addr=host, registry=registry_for(collector))
    except OSError as exc:  # the port taken, an address not of this host, a name that does not resolve
        raise OSError(exc.errno, f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
    bound = (str(server.server_address[0]), int(server.server_address[1]))
    if ready is not None:
        ready(bound)
    else:
        shown = f"[{bound[0]}]" if ":" in bound[0] else bound[0]
        print(f"metrics on http://{shown}:{bound[1]}/metrics (polling every {interval_s:g} s; Ctrl-C stops)",
              flush=True)
    stop = stop or threading.Event()
    tell = report or (lambda line: print(line, file=sys.stderr, flush=True))
    done = failed_in_a_row = 0
    last_told = ""
    try:
        while not stop.is_set() and (cycles is None or done < cycles):
            started = time.monotonic()
            try:
                collector.poll = watcher.cycle()
            except Exception as exc:  # a failed poll is counted and told; the next one tries again
                collector.failures += 1
                failed_in_a_row += 1
                collector.failing = True
                told = " ".join(str(exc).split())
                same = re.sub(r"\d+", "#", told)   # "try again in 29 s", then 27 s: the same failure
                if same != last_told:
                    tell(f"poll failed: {told}")
                    last_told = same
                log.warning("poll failed: %s", exc)
            else:
                collector.polls += 1
                collector.failing = False
                if failed_in_a_row:
                    tell(f"poll ok again, after {failed_in_a_row} failed")
                failed_in_a_row, last_told = 0, ""
            collector.duration_s = time.monotonic() - started
            done += 1
            if cycles is not None and done >= cycles:
                break
            stop.wait(max(0.0, interval_s - collector.duration_s))
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
