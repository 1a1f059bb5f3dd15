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

Every loop is bounded: the monitor ends on SIGTERM, at ``--max-seconds``, or when the
lab's record is gone; a listener thread ends when its daemon does.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import queue
import signal
import threading
import time
from pathlib import Path
from typing import Any

import httpx

from .lab import Lab, Link, section_of

log = logging.getLogger("sasekit.lab.monitor")

EVENTS = ("ike-updown", "child-updown", "ike-rekey", "child-rekey")
INTERVAL_S = 2.0
MAX_SECONDS = 86_400.0
LISTEN_RETRY_S = 1.0


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

    def post(self, changes: list[dict[str, Any]], counters: list[dict[str, Any]] | None = None) -> bool:
        if not changes and not counters:
            return True
        try:
            resp = self.http.post("/_emulator/tunnel-events", json={"tsg_id": self.tsg_id, "changes": changes,
                                                                     "counters": counters or []})
        except httpx.HTTPError as exc:
            log.warning("the emulator did not take %d changes: %s", len(changes), type(exc).__name__)
            return False
        if resp.status_code != 200:
            log.warning("the emulator refused the changes: %s %s", resp.status_code, resp.text[:300])
        return resp.status_code == 200

    def close(self) -> None:
        self.http.close()


class Monitor:
    def __init__(self, folder: Path, feed: Feed, client: Any = None, *, interval_s: float = INTERVAL_S,
                 max_seconds: float = MAX_SECONDS) -> None:
        self.lab = Lab(folder)
        self.feed = feed
        self.client = client
        self.interval_s = interval_s
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

    # ------------------------------------------------------------------ life

    def run(self) -> int:
        threads = [threading.Thread(target=self.listen, args=(link,), daemon=True, name=f"vici-{link.prisma_ns}")
                   for link in self.lab.record.links]
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sasekit.lab.monitor", description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--interval", type=float, default=INTERVAL_S)
    parser.add_argument("--max-seconds", type=float, default=MAX_SECONDS)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)  # two requests every round: not worth a line each
    the_lab = Lab(args.folder)
    emulator = the_lab.record.emulator
    feed = Feed(emulator["url"], emulator["admin_secret"], emulator["tsg_id"])
    from sasekit import Client

    client = Client(settings=the_lab.settings())
    monitor = Monitor(args.folder, feed, client, interval_s=args.interval, max_seconds=args.max_seconds)
    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, lambda *_: monitor.stopping.set())
    try:
        return monitor.run()
    finally:
        client.close()


if __name__ == "__main__":
    raise SystemExit(main())
