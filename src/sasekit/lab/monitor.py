"""The lab's monitor: the emulator's view of each tunnel comes from the real daemons.

One process per lab (``python -m sasekit.lab.monitor FOLDER``, started by ``sasekit lab
up``, its pid recorded, stopped by ``sasekit lab down``). It listens to the SA events
of every Prisma-side charon over vici (Insights reports a tunnel as Prisma's end sees
it): on each event it reads that daemon's SAs and derives the tunnel's state, ``up``
(a CHILD SA installed), ``init`` (an IKE SA, no CHILD SA yet) or ``down`` (none), and
feeds the change to the emulator's timeline with the event that caused it. Every
``interval`` it also feeds the byte and packet counters and the Prisma speaker's BGP
state, re-derives every state (an event missed while a daemon restarted is caught up),
and reloads the daemons when the configuration they should run changed: a new running
configuration version in the tenant (a push) reloads the Prisma side, a changed intent
reloads the branch (:meth:`.lab.Lab.reload`).

Round-trip times, on a thread of their own (so a slow or failing measurement never delays
the state feed): every ``rtt_interval`` (``RTT_INTERVAL_S``, 2 s; ``--rtt-interval``) each
tunnel whose last state fed is ``up`` is measured as Prisma's end sees it, ``RTT_PROBES``
(5) ICMP echoes from the Prisma namespace's inside address to the branch's, through the
tunnel (:func:`sasekit.health.probes.run`, in a short-lived thread that entered the Prisma
namespace: no process started per sample), and their median is fed as an ``rtt`` sample;
the emulator's ``…_TUNNEL_RTT_EXCEEDED_BASELINE`` incidents come from these
(:mod:`sasekit.emulator.incidents`). A measurement with no reply feeds nothing, and is
logged once until the tunnel is measured again. What was fed is written to ``rtt.json``
in the lab folder after each round (per tunnel: samples fed, the first ten, the last).

Every loop is bounded: the monitor ends on SIGTERM, at ``--max-seconds``, or when the
lab's record is gone; a listener thread ends when its daemon does; a round of RTT
measurements ends by the probes' own time bound (:func:`.probes.time_bound_s`).
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import json
import logging
import os
import queue
import signal
import threading
import time
from pathlib import Path
from typing import Any

import httpx

from sasekit.files import write_private
from sasekit.health import probes

from .lab import Lab, Link, section_of

log = logging.getLogger("sasekit.lab.monitor")

EVENTS = ("ike-updown", "child-updown", "ike-rekey", "child-rekey")
INTERVAL_S = 2.0
MAX_SECONDS = 86_400.0
LISTEN_RETRY_S = 1.0
RTT_INTERVAL_S = 2.0        # a round of RTT samples this often (the incident rule counts samples, not seconds)
RTT_PROBES = 5              # ICMP echoes per sample; the sample is their median
RTT_PROBE_INTERVAL_S = 0.02
RTT_TIMEOUT_S = 1.0         # an echo with no reply by then is lost
RTT_FIRST = 10              # the first samples kept in rtt.json (the emulator's baseline is their median)
RTT_STATS = "rtt.json"
CLONE_NEWNET = 0x40000000
NETNS_DIR = Path("/run/netns")  # where `ip netns add` mounts a namespace


def tunnel_state(sas: list[dict[str, Any]], name: str) -> tuple[str, dict[str, int]]:
    """A tunnel's state from a daemon's SAs (``list-sas``), and its counters."""
    counters = {"bytes_in": 0, "bytes_out": 0, "packets_in": 0, "packets_out": 0}
    state = "down"
    for sa in sas:
        if sa.get("name") != name:
            continue
        children = list((sa.get("child-sas") or {}).values())
        if any(c.get("state") == "INSTALLED" for c in children):
            state = "up"
        elif state == "down":
            state = "init"
        for child in children:
            for key in counters:
                counters[key] += int(child.get(key.replace("_", "-")) or 0)
    return state, counters


class Feed:
    """The emulator's timeline endpoints (its admin control channel, not the API)."""

    def __init__(self, url: str, admin_secret: str, tsg_id: str) -> None:
        from sasekit.emulator.config import ADMIN_HEADER

        self.tsg_id = tsg_id
        self.http = httpx.Client(base_url=url, headers={ADMIN_HEADER: admin_secret}, timeout=5.0)
        self.lock = threading.Lock()  # the state feed and the RTT sampler post from their own threads

    def post(self, changes: list[dict[str, Any]], counters: list[dict[str, Any]] | None = None,
             rtt: list[dict[str, Any]] | None = None) -> bool:
        """State ``changes``, ``counters`` and ``rtt`` samples ({tunnel, site, rtt_ms, at}) in one request."""
        if not changes and not counters and not rtt:
            return True
        try:
            with self.lock:
                resp = self.http.post("/_emulator/tunnel-events", json={
                    "tsg_id": self.tsg_id, "changes": changes, "counters": counters or [], "rtt": rtt or []})
        except httpx.HTTPError as exc:
            log.warning("the emulator did not take %d changes, %d RTT samples: %s", len(changes), len(rtt or []),
                        type(exc).__name__)
            return False
        if resp.status_code != 200:
            log.warning("the emulator refused the changes: %s %s", resp.status_code, resp.text[:300])
        return resp.status_code == 200

    def close(self) -> None:
        self.http.close()


class Monitor:
    def __init__(self, folder: Path, feed: Feed, client: Any = None, *, interval_s: float = INTERVAL_S,
                 max_seconds: float = MAX_SECONDS, rtt_interval_s: float = RTT_INTERVAL_S) -> None:
        self.lab = Lab(folder)
        self.feed = feed
        self.client = client
        self.interval_s = interval_s
        self.rtt_interval_s = rtt_interval_s  # 0: no RTT samples
        self.rtt_stats: dict[str, dict[str, Any]] = {}
        self.rtt_failing: dict[str, str] = {}  # tunnel: why its last measurement fed nothing (logged once)
        self.deadline = time.monotonic() + max_seconds
        self.stopping = threading.Event()
        self.events: queue.Queue[tuple[str, str]] = queue.Queue(maxsize=10_000)
        self.posted: dict[tuple[str, str], str] = {}
        self.running_version: Any = None
        self.intent_mtime = 0.0

    # ------------------------------------------------------------------ listening

    def listen(self, link: Link) -> None:
        """Queue the Prisma daemon's SA events for ``link`` until the monitor stops."""
        daemon = link.prisma(self.lab.folder)
        while not self.stopping.is_set() and daemon.alive():
            try:
                for label, _event in daemon.events(EVENTS, timeout_s=0.5):
                    if self.stopping.is_set():
                        return
                    if label:
                        with contextlib.suppress(queue.Full):
                            self.events.put_nowait((link.tunnel, label))
            except Exception as exc:  # the daemon restarting: vici's socket closes (OSError or vici's own)
                log.info("vici of %s: %s; listening again", link.prisma_ns, type(exc).__name__)
                self.stopping.wait(LISTEN_RETRY_S)

    # ------------------------------------------------------------------ feeding

    def observe(self, link: Link, reason: str) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
        """(a change to feed, or None; the tunnel's counters, or None) from the daemon now."""
        daemon = link.prisma(self.lab.folder)
        try:
            state, counters = tunnel_state(daemon.sas(), section_of(link.tunnel)) if daemon.alive() else ("down", {})
        except OSError:
            return None, None
        change = None
        if self.posted.get(("tunnel", link.tunnel)) != state:
            change = {"kind": "tunnel", "tunnel": link.tunnel, "site": link.site, "state": state, "at": time.time(),
                      "reason": reason, "source": "lab"}
        return change, ({"tunnel": link.tunnel, **counters} if counters else None)

    def bgp(self, link: Link) -> dict[str, Any] | None:
        speakers = link.speakers(self.lab.folder)
        if len(speakers) < 2:
            return None
        prisma = speakers[1]
        try:
            peers = prisma.summary() if prisma.alive() else []
        except Exception:  # vtysh unreachable while bgpd reloads: the next round tells
            return None
        state = "up" if peers and all(p["state"] == "Established" for p in peers) else "down"
        if self.posted.get(("bgp", link.tunnel)) == state:
            return None
        return {"kind": "bgp", "tunnel": link.tunnel, "site": link.site, "state": state, "at": time.time(),
                "reason": ", ".join(f"{p['address']} {p['state']}" for p in peers) or "no BGP peer", "source": "lab"}

    def send(self, changes: list[dict[str, Any]], counters: list[dict[str, Any]]) -> None:
        if self.feed.post(changes, counters):
            for c in changes:
                self.posted[(c["kind"], c["tunnel"])] = c["state"]

    def round(self) -> None:
        """Counters, BGP and every state, then the reloads a push or a new intent need."""
        changes, counters = [], []
        for link in self.lab.record.links:
            change, count = self.observe(link, "state read from the daemon")
            changes += [change] if change else []
            counters += [count] if count else []
            bgp = self.bgp(link)
            changes += [bgp] if bgp else []
        self.send(changes, counters)
        for line in self.reloads():
            log.warning("%s", line)

    def reloads(self) -> list[str]:
        if self.client is None:
            return []
        try:
            running = self.client.call("configVersion", "getRunning")
            mtime = Path(self.lab.record.intent).stat().st_mtime
        except Exception as exc:  # the emulator going away at `lab down`: nothing to reload
            log.info("no reload check: %s", exc)
            return []
        if self.running_version is None:
            self.running_version, self.intent_mtime = running, mtime
            return []
        if running == self.running_version and mtime == self.intent_mtime:
            return []
        try:
            done = self.lab.reload(self.client)
        except Exception as exc:  # an intent being edited may not parse: the next change is tried again
            return [f"reload failed: {exc}"]
        self.running_version, self.intent_mtime = running, mtime
        return done

    # ------------------------------------------------------------------ round-trip times

    def rtt_round(self) -> list[dict[str, Any]]:
        """Measure every tunnel whose last state fed is ``up`` (all at once), feed the
        samples measured; the samples fed (none when the emulator did not take them)."""
        links = [x for x in self.lab.record.links if self.posted.get(("tunnel", x.tunnel)) == "up"]
        at = time.time()
        measured = measure_rtts(links)
        samples: list[dict[str, Any]] = []
        for link in links:
            value, why = measured[link.tunnel]
            if value is None:
                if link.tunnel not in self.rtt_failing:
                    log.warning("no RTT sample of %s: %s (told once, until it is measured again)", link.tunnel, why)
                self.rtt_failing[link.tunnel] = why
                continue
            if self.rtt_failing.pop(link.tunnel, None) is not None:
                log.info("RTT of %s measured again: %.2f ms", link.tunnel, value)
            samples.append({"tunnel": link.tunnel, "site": link.site, "rtt_ms": round(value, 3), "at": at})
        if not samples or not self.feed.post([], rtt=samples):
            return []
        for sample in samples:
            stats = self.rtt_stats.setdefault(sample["tunnel"], {"fed": 0, "first_ms": []})
            stats["fed"] += 1
            if len(stats["first_ms"]) < RTT_FIRST:
                stats["first_ms"].append(sample["rtt_ms"])
            stats["last_ms"], stats["last_at"] = sample["rtt_ms"], sample["at"]
        return samples

    def sample(self) -> None:
        """RTT rounds every ``rtt_interval_s`` until the monitor stops (a late round is not
        made up: the next starts an interval after it)."""
        next_round = time.monotonic()
        while not self.stopping.is_set() and time.monotonic() < self.deadline:
            began = time.monotonic()
            try:
                self.rtt_round()
            except Exception as exc:  # never the end of the sampler: the next round tries again
                log.warning("an RTT round failed: %s: %s", type(exc).__name__, exc)
            took = time.monotonic() - began
            with contextlib.suppress(OSError):
                write_private(self.lab.folder / RTT_STATS, json.dumps(
                    {"interval_s": self.rtt_interval_s, "round_s": round(took, 3), "at": time.time(),
                     "tunnels": self.rtt_stats, "failing": self.rtt_failing}, indent=1))
            next_round = max(next_round + self.rtt_interval_s, time.monotonic())
            self.stopping.wait(next_round - time.monotonic())

    # ------------------------------------------------------------------ life

    def run(self) -> int:
        threads = [threading.Thread(target=self.listen, args=(link,), daemon=True, name=f"vici-{link.prisma_ns}")
                   for link in self.lab.record.links]
        if self.rtt_interval_s > 0:
            threads.append(threading.Thread(target=self.sample, daemon=True, name="rtt"))
        for thread in threads:
            thread.start()
        self.round()
        next_round = time.monotonic() + self.interval_s
        while not self.stopping.is_set() and time.monotonic() < self.deadline and self.lab.path.exists():
            try:
                tunnel, label = self.events.get(timeout=max(0.0, min(0.5, next_round - time.monotonic())))
            except queue.Empty:
                tunnel = label = ""
            if tunnel:
                link = self.lab.link(tunnel)
                change, _ = self.observe(link, label)
                if change:
                    self.send([change], [])
            if time.monotonic() >= next_round:
                self.round()
                next_round = time.monotonic() + self.interval_s
        self.stopping.set()
        for thread in threads:
            thread.join(timeout=2)
        self.feed.close()
        return 0


def _setns(fd: int) -> None:
    """Move the calling thread (only it) into the network namespace ``fd`` refers to."""
    setns = getattr(os, "setns", None)  # Python 3.12 and later
    if setns is not None:
        setns(fd, CLONE_NEWNET)
        return
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.setns(fd, CLONE_NEWNET) != 0:
        err = ctypes.get_errno()
        raise OSError(err, f"setns: {os.strerror(err)}")


def _measure(link: Link, out: dict[str, tuple[float | None, str]]) -> None:
    """In a thread of its own, which it moves into ``link``'s Prisma namespace and which
    ends with the measurement (no thread goes back: none probes from the root namespace)."""
    try:
        fd = os.open(NETNS_DIR / link.prisma_ns, os.O_RDONLY | os.O_CLOEXEC)
        try:
            _setns(fd)
        finally:
            os.close(fd)
        result = probes.run(f"icmp:{link.branch_inside.split('/')[0]}", source=link.prisma_inside.split("/")[0],
                            count=RTT_PROBES, interval_s=RTT_PROBE_INTERVAL_S, timeout_s=RTT_TIMEOUT_S)
    except Exception as exc:  # a namespace gone, setns refused, bad addresses: this sample is not taken
        out[link.tunnel] = (None, f"{type(exc).__name__}: {exc}")
        return
    if result.error is not None or result.rtt_p50_ms is None:
        out[link.tunnel] = (None, result.error or f"no reply to {result.sent} ICMP echoes")
    else:
        out[link.tunnel] = (result.rtt_p50_ms, "")


def measure_rtts(links: list[Link]) -> dict[str, tuple[float | None, str]]:
    """Per link, (the median round trip in ms of ``RTT_PROBES`` echoes from Prisma's inside
    address to the branch's, through the tunnel, or None; why not), all links at once.
    Bounded by the probes' time bound: a measurement not done by then is None."""
    out: dict[str, tuple[float | None, str]] = {}
    threads = [threading.Thread(target=_measure, args=(x, out), daemon=True, name=f"rtt-{x.prisma_ns}")
               for x in links]
    for thread in threads:
        thread.start()
    bound = time.monotonic() + probes.time_bound_s("icmp:127.0.0.1", RTT_PROBES, RTT_PROBE_INTERVAL_S,
                                                   RTT_TIMEOUT_S)
    for thread in threads:
        thread.join(max(0.0, bound - time.monotonic()))
    return {x.tunnel: out.get(x.tunnel, (None, "not measured within the probes' time bound")) for x in links}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sasekit.lab.monitor", description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--interval", type=float, default=INTERVAL_S)
    parser.add_argument("--max-seconds", type=float, default=MAX_SECONDS)
    parser.add_argument("--rtt-interval", type=float, default=RTT_INTERVAL_S, help="seconds between RTT samples "
                        f"of each tunnel up (0: none; default {RTT_INTERVAL_S:g})")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)  # two requests every round: not worth a line each
    the_lab = Lab(args.folder)
    emulator = the_lab.record.emulator
    feed = Feed(emulator["url"], emulator["admin_secret"], emulator["tsg_id"])
    from sasekit import Client

    client = Client(settings=the_lab.settings())
    monitor = Monitor(args.folder, feed, client, interval_s=args.interval, max_seconds=args.max_seconds,
                      rtt_interval_s=args.rtt_interval)
    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, lambda *_: monitor.stopping.set())
    try:
        return monitor.run()
    finally:
        client.close()


if __name__ == "__main__":
    raise SystemExit(main())
