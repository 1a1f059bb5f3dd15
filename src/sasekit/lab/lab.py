"""A live IPsec lab: each tunnel of an intent, both ends real strongSwan daemons.

Per tunnel (a site's WAN link) the lab makes three network namespaces: the *branch*
end, configured by sasekit's strongSwan renderer, the *Prisma* end, configured from the
tenant's pushed configuration (:mod:`.responder`), and between them the *wire*, a
bridge that a delay fault replaces with a user-space relay (:mod:`.relay`). Each end
has an address behind it (the site's subnet, "the internet" behind Prisma), so traffic
really crosses the tunnel; where the intent has BGP, both ends run FRR's bgpd
(:mod:`.bgp`) over it, on the inside addresses the remote network gives. One Prisma
namespace per tunnel, not per site: user-space ESP (kernel-libipsec, all this kind of
machine has) routes by policy only, and two SAs with the same selectors in one daemon
would share one route. A monitor process (:mod:`.monitor`) feeds the emulator what the
Prisma daemons report, and reloads either end when what it should run changes.

Nothing is routed from the root namespace: every address sits on an interface inside a
namespace the lab made. What the lab makes is written to its record (``lab.json``,
0600) *before* it is made, so ``sasekit lab down`` removes it all — namespaces, and the
daemons and emulator by the pids recorded — even after a crash.
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import os
import re
import signal
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sasekit import errors
from sasekit.files import write_private

from . import host, relay
from .bgp import Bgpd, branch_frr_conf, prisma_frr_conf
from .daemon import Charon
from .host import CommandFailed, run

PRISMA_INSIDE = "100.127.0.1"          # "the internet" behind Prisma, in every Prisma namespace
LAB_DPD = "2s"                          # a lost link is seen in seconds, not the rendered 10 s
UP_TIMEOUT_S = 20.0
FAULTS = ("link-down", "link-up", "flap", "loss", "rekey", "delay")
DELAY_PINGS = 20                        # pings before and after a delay fault, to measure what it added


class LabError(errors.SasekitError):
    """A lab command that cannot do what was asked (the message says why)."""


@dataclass
class Link:
    """One tunnel of the lab: its two namespaces, interfaces, addresses and daemons."""

    site: str
    tunnel: str
    role: str
    branch_ns: str
    prisma_ns: str
    branch_if: str
    prisma_if: str
    branch_address: str
    prisma_address: str
    branch_inside: str
    prisma_inside: str = PRISMA_INSIDE
    branch_pid: int | None = None
    prisma_pid: int | None = None
    wire_ns: str = ""
    wire_branch_if: str = ""
    wire_prisma_if: str = ""
    relay_pid: int | None = None
    delay: str = ""
    bgp_branch_pid: int | None = None
    bgp_prisma_pid: int | None = None

    def branch(self, folder: Path) -> Charon:
        return Charon(self.branch_ns, folder, self.branch_pid)

    def prisma(self, folder: Path) -> Charon:
        return Charon(self.prisma_ns, folder, self.prisma_pid)

    def speakers(self, folder: Path) -> list[Bgpd]:
        """The link's BGP speakers (none when its tunnel has no BGP)."""
        return [Bgpd(ns, folder, pid) for ns, pid in ((self.branch_ns, self.bgp_branch_pid),
                                                      (self.prisma_ns, self.bgp_prisma_pid)) if pid]


@dataclass
class Record:
    """What the lab made, kept on disk before each thing is made."""

    namespaces: list[str] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    emulator: dict[str, Any] = field(default_factory=dict)
    intent: str = ""
    monitor_pid: int | None = None

    @classmethod
    def read(cls, path: Path) -> Record:
        if not path.exists():
            return cls()
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(data.get("namespaces", []), [Link(**x) for x in data.get("links", [])],
                   data.get("emulator", {}), data.get("intent", ""), data.get("monitor_pid"))

    def write(self, path: Path) -> None:
        """0600: it holds the emulator's admin secret (the monitor's way to feed the timeline)."""
        write_private(path, json.dumps({"namespaces": self.namespaces, "links": [asdict(x) for x in self.links],
                                        "emulator": self.emulator, "intent": self.intent,
                                        "monitor_pid": self.monitor_pid}, indent=1))


def lab_dir() -> Path:
    from sasekit.workflows.history import state_dir

    return state_dir() / "lab"


def lab_conf(text: str) -> str:
    """A rendered swanctl.conf (branch or responder) as the lab loads it: DPD every 2 s
    on both ends (a lost link is seen in seconds, so the emulator's view follows within
    seconds too), and no XFRM interface ids (user-space ESP has no XFRM interfaces; routes
    follow the policies)."""
    text = re.sub(r"^\s*if_id_(in|out) = \d+\s*\n", "", text, flags=re.M)
    return text.replace("dpd_delay = 10s", f"dpd_delay = {LAB_DPD}")


class Lab:
    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or lab_dir()
        self.path = self.folder / "lab.json"
        self.record = Record.read(self.path)

    def save(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.record.write(self.path)

    # ------------------------------------------------------------------ up

    def up(self, intent_path: str, client: Any, *, push_wait: bool = True) -> list[Link]:
        """Apply the intent, push, and build a namespace pair per tunnel with both daemons."""
        from sasekit.tunnels import apply as applying
        from sasekit.tunnels.intent import read
        from sasekit.tunnels.plan import plan
        from sasekit.workflows.history import History
        from sasekit.workflows.loader import loads
        from sasekit.workflows.runner import Runner

        host.require()
        self.refuse_if_up(emulator=False)  # the emulator this lab just started or was given is expected
        intent = read(intent_path)
        planned = plan(client, intent)
        if planned.problems:
            raise LabError("the intent's plan has problems: " + "; ".join(planned.problems))
        history = History(self.folder / "runs.db")
        try:
            data = applying.workflow(planned, push=True, wait=push_wait)
            if data["steps"]:
                doc = loads(json.dumps(data), str(self.folder / "apply.json"))
                result = Runner(client, history, base_dir=Path(intent_path).parent).run(doc, {})
                if result.status != "succeeded":
                    raise LabError(f"applying the intent failed: {result.error}")
        finally:
            history.close()
        self.record.intent = str(Path(intent_path).resolve())
        self.save()
        links = []
        for s_index, site, tunnels in self.desired(client, intent):
            for k, (b, p) in enumerate(tunnels):
                links.append(self._build(s_index, k, site, b, p))
        if self.record.emulator.get("admin_secret"):
            self.start_monitor()
        return links

    def start_monitor(self) -> int:
        """The monitor process (:mod:`.monitor`) that feeds the emulator what the daemons say."""
        with open(self.folder / "monitor.log", "ab") as log_file:  # the child keeps its own descriptor
            proc = subprocess.Popen([sys.executable, "-m", "sasekit.lab.monitor", str(self.folder)],
                                    stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=log_file,
                                    start_new_session=True)  # outlives `sasekit lab up`; init reaps it
        self.record.monitor_pid = proc.pid
        self.save()
        return proc.pid

    def refuse_if_up(self, *, emulator: bool = True) -> None:
        """A LabError when a lab is up (or, with ``emulator``, its emulator still runs)."""
        pid = self.record.emulator.get("pid")
        if self.record.links or (emulator and pid and is_lab_emulator(int(pid))):
            what = f"{len(self.record.links)} tunnels from {self.record.intent}" if self.record.links else "its emulator"
            raise LabError(f"a lab is up ({what}): `sasekit lab down` first")

    def use_emulator(self, url: str, settings: Any, admin_secret: str | None) -> None:
        """Record an emulator the lab did not start (its credentials stay in the environment
        and settings, where the monitor finds them too); without its admin secret the
        emulator's tunnel view is not fed."""
        self.refuse_if_up()
        self.record.emulator = {"url": url, "own": False, "tsg_id": settings.tsg_id, "admin_secret": admin_secret}
        self.save()

    def settings(self) -> Any:
        """The settings of the lab's emulator: its demo account, or those of the user's own."""
        from dataclasses import replace

        from sasekit.emulator.config import DEMO_ACCOUNT
        from sasekit.settings import Secret, Settings, resolve

        url = self.record.emulator["url"]
        if self.record.emulator.get("own"):
            a = DEMO_ACCOUNT
            return Settings(client_id=a["client_id"], client_secret=Secret(a["client_secret"]), tsg_id=a["tsg_id"],
                            base_url=url, auth_url=url, setup_url=url, incidents_url=url, insights_url=url,
                            panw_region="americas")
        return replace(resolve(), base_url=url, auth_url=url, setup_url=url, incidents_url=url, insights_url=url)

    def desired(self, client: Any, intent: Any = None) -> list[tuple[int, Any, list[tuple[Any, Any]]]]:
        """Per site of the intent: (its index, the site, [(branch tunnel, Prisma tunnel)]).
        The branch side is what the intent renders; the Prisma side is what the tenant holds."""
        from sasekit.tunnels.intent import read
        from sasekit.tunnels.prisma import read_tenant, site_tunnels, tunnels_from

        intent = intent or read(self.record.intent)
        tenant = read_tenant(client, intent.folder)
        out = []
        for s_index, site in enumerate(intent.sites):
            rn = tenant.get("remoteNetwork", site.name)
            if rn is None:
                raise LabError(f"site {site.name}: its remote network is not in the tenant after the push")
            prisma, problems = tunnels_from(tenant, rn)
            if problems:
                raise LabError(f"site {site.name}: " + "; ".join(problems))
            branch, _, problems = site_tunnels(intent, site, tenant)
            if problems:
                raise LabError(f"site {site.name}: " + "; ".join(problems))
            by_name = {t.name: t for t in prisma}
            pairs = []
            for b in branch:
                p = by_name.get(b.name)
                if p is None:
                    raise LabError(f"tunnel {b.name}: not in the pushed configuration")
                pairs.append((b, p.with_(branch_address=b.branch_address)))
            out.append((s_index, site, pairs))
        return out

    def reload(self, client: Any) -> list[str]:
        """Bring each daemon's configuration in line with what it should run now: the
        Prisma side with the tenant's configuration, the branch with the intent's render.
        A daemon whose configuration changed gets it loaded and its tunnel renegotiated
        (Prisma ends its IKE SA, as a real gateway does on a new configuration; the
        branch starts again), so the tunnel runs the new configuration or fails with it.
        Tunnels the lab was not built with (a site added since) are left out: rebuild."""
        from sasekit.tunnels.devices import get

        from .responder import responder_conf

        done: list[str] = []
        retry: list[Link] = []
        wanted = {b.name: (site, b, p) for _, site, pairs in self.desired(client) for b, p in pairs}
        for link in self.record.links:
            if link.tunnel not in wanted:
                done.append(f"{link.tunnel}: no longer in the intent (kept as built; rebuild the lab to drop it)")
                continue
            site, branch, prisma = wanted[link.tunnel]
            rendered = get("strongswan").render([branch])
            name = section_of(link.tunnel)
            p, b = link.prisma(self.folder), link.branch(self.folder)
            prisma_text, branch_text = lab_conf(responder_conf(prisma)), lab_conf(rendered["swanctl.conf"])
            if _text(p.swanctl) != prisma_text:
                p.load(prisma_text)
                p.terminate(name)
                retry.append(link)
                done.append(f"{link.tunnel}: Prisma side reloaded from the pushed configuration")
            if _text(b.swanctl) != branch_text:
                b.load(branch_text)
                b.terminate(name)
                retry.append(link)
                done.append(f"{link.tunnel}: branch reloaded from its new render")
            speakers = link.speakers(self.folder)
            if speakers and branch.bgp is not None:
                for speaker, text in zip(speakers, (branch_frr_conf(rendered["frr.conf"], list(site.subnets)),
                                                    prisma_frr_conf(prisma)), strict=False):
                    if _text(speaker.conf) != text:
                        speaker.reload(text)
                        done.append(f"{link.tunnel}: bgpd in {speaker.ns} reloaded")
        self.retry(retry)
        return done

    def retry(self, links: list[Link], timeout_s: int = 5) -> None:
        """Start each link's tunnel again from the branch, all at once, unless it is up.

        A branch keeps trying to reach Prisma; strongSwan, after a refusal such as
        NO_PROPOSAL_CHOSEN, does not, so the lab tries for it after every reload (a
        tunnel that Prisma ended while up is started again by its close action)."""
        import threading

        def start(link: Link) -> None:
            if self.child_state(link) != "installed":
                link.branch(self.folder).initiate(section_of(link.tunnel), timeout_s=timeout_s)

        unique = {x.tunnel: x for x in links}.values()
        threads = [threading.Thread(target=start, args=(x,), daemon=True) for x in unique]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=timeout_s + 2)

    def _build(self, s: int, k: int, site: Any, branch: Any, prisma: Any) -> Link:
        from sasekit.tunnels.devices import get

        from .responder import responder_conf

        tag = f"{s}-{k}"
        address = branch.branch_address if branch.branch_address != "dynamic" else f"100.64.{s % 250}.{k + 1}"
        inside = (str(next(ipaddress.IPv4Network(site.subnets[0]).hosts())) if site.subnets
                  else (branch.bgp.local_address if branch.bgp else f"10.255.{s % 250}.{k + 1}"))
        link = Link(site.name, branch.name, branch.role, f"sasekit-b{tag}", f"sasekit-p{tag}", f"sk{s}w{k}b",
                    f"sk{s}w{k}p", address, str(prisma.prisma_address), inside, wire_ns=f"sasekit-w{tag}",
                    wire_branch_if=f"sk{s}w{k}wb", wire_prisma_if=f"sk{s}w{k}wp")
        for ns in (link.branch_ns, link.wire_ns, link.prisma_ns):
            self.record.namespaces.append(ns)
            self.save()
            run(["ip", "netns", "add", ns])
            run(["ip", "-n", ns, "link", "set", "lo", "up"])
        for end, end_ns, wire_end in ((link.branch_if, link.branch_ns, link.wire_branch_if),
                                      (link.prisma_if, link.prisma_ns, link.wire_prisma_if)):
            run(["ip", "link", "add", end, "netns", end_ns, "type", "veth", "peer", "name", wire_end,
                 "netns", link.wire_ns])
        relay.wire_up(link.wire_ns, link.wire_branch_if, link.wire_prisma_if)
        for ns, dev, mine, other in ((link.branch_ns, link.branch_if, link.branch_address, link.prisma_address),
                                     (link.prisma_ns, link.prisma_if, link.prisma_address, link.branch_address)):
            run(["ip", "-n", ns, "addr", "add", f"{mine}/32", "dev", dev])
            run(["ip", "-n", ns, "link", "set", dev, "up"])
            run(["ip", "-n", ns, "route", "add", f"{other}/32", "dev", dev])
        run(["ip", "-n", link.branch_ns, "addr", "add", f"{link.branch_inside}/32", "dev", "lo"])
        run(["ip", "-n", link.prisma_ns, "addr", "add", f"{link.prisma_inside}/32", "dev", "lo"])
        if branch.bgp is not None:  # the BGP peers' inside addresses, carried by the tunnel
            for ns, bgp_address, taken in ((link.branch_ns, branch.bgp.local_address, link.branch_inside),
                                           (link.prisma_ns, branch.bgp.peer_address, link.prisma_inside)):
                if bgp_address != taken:
                    run(["ip", "-n", ns, "addr", "add", f"{bgp_address}/32", "dev", "lo"])
        b, p = link.branch(self.folder), link.prisma(self.folder)
        link.prisma_pid = p.start()
        self.record.links.append(link)
        self.save()
        link.branch_pid = b.start()
        self.save()
        p.load(lab_conf(responder_conf(prisma)))
        rendered = get("strongswan").render([branch])
        b.load(lab_conf(rendered["swanctl.conf"]))
        if branch.bgp is not None:
            prisma_bgp = Bgpd(link.prisma_ns, self.folder)
            link.bgp_prisma_pid = prisma_bgp.start(prisma_frr_conf(prisma))
            self.save()
            branch_bgp = Bgpd(link.branch_ns, self.folder)
            link.bgp_branch_pid = branch_bgp.start(branch_frr_conf(rendered["frr.conf"], list(site.subnets)))
            self.save()
        return link

    # ------------------------------------------------------------------ status

    def status(self) -> list[dict[str, Any]]:
        """Each tunnel's IKE and CHILD SA state and counters, from the branch daemon."""
        out = []
        for link in self.record.links:
            # the states first: a table as wide as the terminal shows them, and drops the addresses
            row: dict[str, Any] = {"tunnel": link.tunnel, "role": link.role, "ike": "down", "child": "down",
                                   "bgp": self.bgp_state(link), "delay": link.delay or "none",
                                   "bytes_in": 0, "bytes_out": 0, "packets_in": 0, "packets_out": 0,
                                   "site": link.site, "branch": f"{link.branch_address} ({link.branch_ns})",
                                   "prisma": f"{link.prisma_address} ({link.prisma_ns})"}
            daemon = link.branch(self.folder)
            if not daemon.alive():
                row["ike"] = row["child"] = "no daemon"
                out.append(row)
                continue
            try:
                sas = daemon.sas()
            except OSError as exc:
                row["ike"] = f"vici: {exc}"
                out.append(row)
                continue
            for sa in sas:
                if sa["name"] != section_of(link.tunnel):
                    continue
                row["ike"] = str(sa.get("state", "?")).lower()
                children = list((sa.get("child-sas") or {}).values())
                installed = [c for c in children if c.get("state") == "INSTALLED"]
                row["child"] = "installed" if installed else (str(children[0].get("state", "?")).lower()
                                                              if children else "none")
                for c in children:
                    for key in ("bytes-in", "bytes-out", "packets-in", "packets-out"):
                        row[key.replace("-", "_")] += int(c.get(key) or 0)
            out.append(row)
        return out

    def bgp_state(self, link: Link) -> str:
        """The branch speaker's session: its state and prefixes received ("none": no BGP)."""
        speakers = link.speakers(self.folder)
        if not speakers:
            return "none"
        branch = speakers[0]
        if not branch.alive():
            return "no daemon"
        try:
            peers = branch.summary()
        except CommandFailed as exc:
            return f"vtysh: {exc}"
        return ", ".join(f"{p['state'].lower()} ({p['prefixes_received']} received)" for p in peers) or "no peer"

    def wait_up(self, timeout_s: float = UP_TIMEOUT_S, tunnels: set[str] | None = None) -> dict[str, str]:
        """Wait until every (or each named) tunnel's CHILD SA is installed; the last states."""
        deadline = time.monotonic() + timeout_s
        states: dict[str, str] = {}
        while True:
            states = {r["tunnel"]: r["child"] for r in self.status() if tunnels is None or r["tunnel"] in tunnels}
            if all(v == "installed" for v in states.values()) or time.monotonic() > deadline:
                return states
            time.sleep(0.2)

    def ping(self, tunnel: str, count: int = 3) -> tuple[int, int]:
        """Pings from behind the branch to behind Prisma, through the tunnel: (sent, received)."""
        link = self.link(tunnel)
        done = run(["ping", "-n", "-q", "-c", str(count), "-i", "0.2", "-W", "1", "-I", link.branch_inside,
                    link.prisma_inside], ns=link.branch_ns, check=False, timeout=count * 2 + 5)
        m = re.search(r"(\d+) packets transmitted, (\d+) received", done.stdout)
        return (int(m.group(1)), int(m.group(2))) if m else (count, 0)

    def link(self, name: str) -> Link:
        for link in self.record.links:
            if name in (link.tunnel, f"{link.site}:{link.role}", link.site):
                return link
        known = ", ".join(x.tunnel for x in self.record.links) or "none (is the lab up?)"
        raise LabError(f"no lab tunnel {name!r}; tunnels: {known}")

    # ------------------------------------------------------------------ faults

    def fault(self, target: str, kind: str, value: float | None = None, jitter: float | None = None) -> str:
        link = self.link(target)
        if kind == "link-down":
            run(["ip", "-n", link.branch_ns, "link", "set", link.branch_if, "down"])
            return f"{link.tunnel}: link down"
        if kind == "link-up":
            run(["ip", "-n", link.branch_ns, "link", "set", link.branch_if, "up"])
            run(["ip", "-n", link.branch_ns, "route", "replace", f"{link.prisma_address}/32", "dev", link.branch_if])
            return f"{link.tunnel}: link up"
        if kind == "loss":
            pct = int(value if value is not None else 0)
            if not 0 <= pct <= 100:
                raise LabError(f"loss {pct}: a percentage 0-100")
            run(["nft", "delete", "table", "inet", "sasekit_lab"], ns=link.branch_ns, check=False)
            if pct:
                chance = "" if pct == 100 else f"numgen random mod 100 < {pct} "  # nft: a value 0-99 there
                rules = (f"table inet sasekit_lab {{\n chain out {{\n  type filter hook output priority 0;\n"
                         f'  oifname "{link.branch_if}" udp dport 4500 {chance}drop\n }}\n}}\n')
                run(["nft", "-f", "-"], ns=link.branch_ns, stdin=rules)
            return f"{link.tunnel}: {pct}% of its ESP/IKE packets to Prisma dropped"
        if kind == "rekey":
            link.branch(self.folder).rekey(section_of(link.tunnel))
            return f"{link.tunnel}: CHILD SA rekey started"
        if kind == "flap":
            cycles = self.flap(link, int(value or 1))
            return f"{link.tunnel}: {len(cycles)} flaps; " + ", ".join(
                f"down seen in {d:.1f} s, up again in {u:.1f} s" for d, u in cycles)
        if kind == "delay":
            return self.delay(link, value or 0.0, jitter or 0.0)
        raise LabError(f"unknown fault {kind!r}; faults: {', '.join(FAULTS)}")

    def flap(self, link: Link, times: int, timeout_s: float = UP_TIMEOUT_S) -> list[tuple[float, float]]:
        """``times`` cycles of link down until the daemon sees the tunnel down (DPD), then up
        until it is back: (seconds to see it down, seconds to have it up) per cycle."""
        if not 1 <= times <= 20:
            raise LabError(f"flap {times}: between 1 and 20 times")
        cycles = []
        for _ in range(times):
            started = time.monotonic()
            self.fault(link.tunnel, "link-down")
            while self.child_state(link) == "installed" and time.monotonic() - started < timeout_s:
                time.sleep(0.1)
            seen_down = time.monotonic() - started
            self.fault(link.tunnel, "link-up")
            back = time.monotonic()
            self.wait_up(timeout_s, {link.tunnel})
            cycles.append((seen_down, time.monotonic() - back))
        return cycles

    def delay(self, link: Link, delay_ms: float, jitter_ms: float = 0.0) -> str:
        """Delay the link's frames from the branch to Prisma by ``delay_ms`` (± ``jitter_ms``,
        uniform, per frame): the wire's bridge is replaced by the user-space relay. 0 puts
        the bridge back. What the delay added to the tunnel's round trip is measured with
        pings through the tunnel before and after, and reported beside what was asked."""
        try:
            relay.check(delay_ms, jitter_ms)
        except ValueError as exc:
            raise LabError(f"delay: {exc}") from None
        if link.relay_pid is not None:
            relay.stop_relay(link.relay_pid, link.wire_ns, link.wire_branch_if, link.wire_prisma_if)
            link.relay_pid, link.delay = None, ""
            self.save()
        before = self.rtt(link)  # the bridged wire's round trip: what the delay is measured against
        if delay_ms == 0:
            return f"{link.tunnel}: no delay (the wire is a bridge again); round trip {_ms(self.rtt(link))}"
        link.relay_pid = relay.start_relay(link.wire_ns, link.wire_branch_if, link.wire_prisma_if, delay_ms, jitter_ms,
                                           self.folder)
        link.delay = f"{delay_ms:g} ms" + (f" ± {jitter_ms:g} ms" if jitter_ms else "")
        self.save()
        after = self.rtt(link)
        held: dict[str, Any] = {}
        deadline = time.monotonic() + 3.0  # the relay writes its figures about once a second
        while time.monotonic() < deadline and int(held.get("count") or 0) < DELAY_PINGS:
            time.sleep(0.2)
            held = relay.read_stats(relay.stats_path(self.folder, link.wire_ns)).get("held_ms") or {}
        added = f"{after - before:+.1f} ms" if after is not None and before is not None else "not measured (no replies)"
        return (f"{link.tunnel}: {link.delay} added to frames towards Prisma; measured through the tunnel over "
                f"{DELAY_PINGS} pings: round trip {_ms(before)} -> {_ms(after)} (median, {added}); the relay held "
                f"frames {float(held.get('mean', 0)):.2f} ms on average")

    def rtt(self, link: Link, count: int = DELAY_PINGS) -> float | None:
        """The median round trip of ``count`` pings through the tunnel, in ms (None: no reply)."""
        done = run(["ping", "-n", "-c", str(count), "-i", "0.05", "-W", "2", "-I", link.branch_inside,
                    link.prisma_inside], ns=link.branch_ns, check=False, timeout=count * 3 + 5)
        times = sorted(float(m) for m in re.findall(r"time=([\d.]+) ms", done.stdout))
        return times[len(times) // 2] if times else None

    def child_state(self, link: Link) -> str:
        return next((r["child"] for r in self.status() if r["tunnel"] == link.tunnel), "down")

    # ------------------------------------------------------------------ down

    def down(self) -> list[str]:
        """Stop every daemon by its recorded pid, then any process still inside a namespace
        the lab made (one it started before it could record the pid), and delete the
        namespaces."""
        done = []
        monitor = self.record.monitor_pid
        if monitor and is_monitor(monitor):
            _stop(monitor, 5.0, is_monitor)
            done.append(f"stopped the lab's monitor {monitor}")
        for link in self.record.links:
            if link.relay_pid is not None and relay.is_relay(link.relay_pid):
                relay.stop_relay(link.relay_pid, link.wire_ns, link.wire_branch_if, link.wire_prisma_if)
                done.append(f"stopped the delay relay {link.relay_pid} ({link.wire_ns})")
            for speaker in link.speakers(self.folder):
                if speaker.alive():
                    speaker.stop()
                    done.append(f"stopped bgpd {speaker.pid} ({speaker.ns})")
            for daemon in (link.branch(self.folder), link.prisma(self.folder)):
                if daemon.alive():
                    daemon.stop()
                    done.append(f"stopped charon {daemon.pid} ({daemon.ns})")
        pid = self.record.emulator.get("pid")
        if pid and is_lab_emulator(int(pid)):
            _stop(int(pid))
            done.append(f"stopped the lab's emulator {pid}")
        existing = set(run(["ip", "netns", "list"], check=False).stdout.split())
        for ns in self.record.namespaces:
            if ns in existing:
                for pid in _pids_in(ns):
                    _stop(pid, 5.0, lambda p: Path(f"/proc/{p}").exists())
                    done.append(f"stopped process {pid} left in {ns}")
                run(["ip", "netns", "delete", ns], check=False)
                done.append(f"deleted namespace {ns}")
        self.record = Record()
        self.path.unlink(missing_ok=True)
        return done

    # ------------------------------------------------------------------ the lab's own emulator

    def start_emulator(self) -> tuple[str, Any]:
        """``sasekit emulator serve`` on a free loopback port, state in the lab folder; its
        pid is recorded. Returns (url, settings of its demo account)."""
        import secrets

        from sasekit.emulator.config import ADMIN_SECRET_ENV, DEMO_ACCOUNT
        from sasekit.emulator.serve import free_port

        self.refuse_if_up()
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        port = free_port()
        admin_secret = secrets.token_urlsafe(32)
        env = {k: v for k, v in os.environ.items() if not k.startswith("SCM_")} | {ADMIN_SECRET_ENV: admin_secret}
        with open(self.folder / "emulator.log", "ab") as log_file:  # the child keeps its own descriptor
            proc = subprocess.Popen([sys.executable, "-m", "sasekit", "emulator", "serve", "--port", str(port),
                                     "--db", str(self.folder / "emulator.db"), "--log-level", "warning"],
                                    env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=log_file,
                                    start_new_session=True)
        url = f"http://127.0.0.1:{port}"
        self.record.emulator = {"pid": proc.pid, "url": url, "own": True, "tsg_id": DEMO_ACCOUNT["tsg_id"],
                                "admin_secret": admin_secret}
        self.save()
        import socket

        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.2):
                break
            if proc.poll() is not None:
                raise CommandFailed(f"the lab's emulator exited at start (see {self.folder / 'emulator.log'})")
            time.sleep(0.05)
        return url, self.settings()


def section_of(name: str) -> str:
    """The strongSwan connection (and CHILD SA) name of a tunnel, on either end."""
    from sasekit.tunnels.devices.strongswan import section_name

    return section_name(name)


def _text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""


def _ms(value: float | None) -> str:
    return "no reply" if value is None else f"{value:.1f} ms"


def _pids_in(ns: str) -> list[int]:
    """The processes inside namespace ``ns`` (all of them the lab's: it made the namespace)."""
    return [int(x) for x in run(["ip", "netns", "pids", ns], check=False).stdout.split() if x.isdigit()]


def _stop(pid: int, grace_s: float = 10.0, still: Any = None) -> None:
    """SIGTERM, a bounded wait, then SIGKILL; reaped when it is this process's child.
    ``still(pid)`` says whether it is still the process meant (default: the lab's emulator)."""
    alive = still or is_lab_emulator
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + grace_s
    while time.monotonic() < deadline and alive(pid):
        with contextlib.suppress(ChildProcessError, OSError):
            if os.waitpid(pid, os.WNOHANG)[0] == pid:
                return
        time.sleep(0.05)
    if alive(pid):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        with contextlib.suppress(ChildProcessError, OSError):
            os.waitpid(pid, 0)


def is_monitor(pid: int) -> bool:
    return _runs(pid, b"sasekit.lab.monitor")


def is_lab_emulator(pid: int) -> bool:
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return b"sasekit" in cmdline and b"emulator" in cmdline and "\nState:\tZ" not in status


def _runs(pid: int, marker: bytes) -> bool:
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return marker in cmdline and "\nState:\tZ" not in status
