"""Real BGP over the lab's tunnels: FRR's bgpd in a network namespace, without zebra.

One ``bgpd`` per namespace, run with ``-Z`` (no zebra: nothing is installed in the
namespace's kernel tables, and no FRR daemon runs in the root namespace) and ``-n``
(no kernel). Its files are in the lab's folder, named after the namespace: the
configuration (0600: it holds the TCP MD5 password), the log, the pid file, the vty
socket's directory and FRR's crash-buffer directory (0700), which is bind-mounted on
``/var/tmp`` inside the daemon's own mount namespace, so nothing is written under
``/etc/frr``, ``/run/frr`` or ``/var/tmp/frr`` of the machine. sasekit talks to it with
``vtysh --vty_socket DIR -d bgpd``, a Unix socket reachable from the root namespace.

The daemon starts with an empty configuration and is then given its configuration over
the vty (``vtysh -f``), the way :meth:`Bgpd.reload` gives it a new one: vtysh says which
line it refused, which bgpd reading a file at start only logs. Secrets never leave the
configuration file: every vtysh answer is masked before it is put into an exception.

The configurations are the renderer's ``frr.conf`` (:mod:`sasekit.tunnels.devices.strongswan`)
with what the lab needs added (:func:`branch_frr_conf`), and the Prisma side's, rendered
from the mirrored tunnel (:func:`prisma_frr_conf`).
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import os
import re
import signal
import subprocess
import time
from pathlib import Path
from typing import Any

from sasekit.files import write_private
from sasekit.tunnels.model import Tunnel

from .host import BGPD, CommandFailed, run

VTYSH = "vtysh"
PRISMA_PREFIX = "100.127.0.0/16"   # Prisma's "internet" in the lab (PRISMA_INSIDE sits in it)
LAB_TIMERS = (1, 3)                # keepalive, hold (s): a lost link is seen in ~3 s
CONNECT_RETRY_S = 1                # FRR's default is 120 s: the session is back soon after the link
START_TIMEOUT_S = 10.0
STOP_GRACE_S = 5.0
MASK = "<hidden>"

# bgpd inside the namespace: FRR's crash buffers (/var/tmp/frr) go to the lab's folder, and
# every file it creates is its owner's only. "$0" is that folder; "$@" the bgpd command line.
_LAUNCH = 'mount --bind "$0" /var/tmp && umask 077 && exec "$@"'


class Bgpd:
    """FRR's bgpd of one namespace of the lab: where its files are, and its pid once started."""

    def __init__(self, ns: str, folder: Path, pid: int | None = None) -> None:
        self.ns = ns
        self.folder = folder
        self.pid = pid
        self.conf = folder / f"{ns}.bgpd.conf"
        self.log = folder / f"{ns}.bgpd.log"
        self.pid_file = folder / f"{ns}.bgpd.pid"
        self.vty_dir = folder / f"{ns}.bgpd.vty"
        self.tmp_dir = folder / f"{ns}.bgpd.tmp"

    @property
    def socket(self) -> Path:
        return self.vty_dir / "bgpd.vty"

    def command(self) -> list[str]:
        """bgpd's command line (run inside the namespace): no zebra, no kernel, root (its
        files are root's, 0600), no TCP vty, an empty start-up configuration."""
        return [str(BGPD), "-Z", "-n", "-S", "-P", "0", "-f", "/dev/null", "-i", str(self.pid_file),
                "--vty_socket", str(self.vty_dir), "--log", f"file:{self.log}"]

    # ------------------------------------------------------------------ life

    def start(self, conf_text: str) -> int:
        """Start bgpd in the namespace with ``conf_text``; its pid. On a refused line the
        daemon is stopped and CommandFailed says which line (secrets masked)."""
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        for folder in (self.vty_dir, self.tmp_dir):
            folder.mkdir(exist_ok=True, mode=0o700)
            os.chmod(folder, 0o700)
        self.socket.unlink(missing_ok=True)
        write_private(self.conf, conf_text)
        write_private(self.pid_file, "")  # FRR writes its pid file 0644 unless it exists: now it does, 0600
        log_fd = os.open(self.log, os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0), 0o600)
        try:
            env = {"PATH": os.environ.get("PATH", "/usr/sbin:/usr/bin:/sbin:/bin")}
            proc = subprocess.Popen(["ip", "netns", "exec", self.ns, "sh", "-c", _LAUNCH, str(self.tmp_dir),
                                     *self.command()],
                                    env=env, stdin=subprocess.DEVNULL, stdout=log_fd, stderr=log_fd,
                                    start_new_session=True)  # outlives `sasekit lab up`, as charon does
        finally:
            os.close(log_fd)
        self.pid = proc.pid
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            if proc.poll() is not None:
                raise CommandFailed(f"bgpd in {self.ns} exited at start (see {self.log})")
            if self.socket.exists() and self._vtysh(["-c", "show bgp summary json"], check=False).returncode == 0:
                break
            if time.monotonic() > deadline:
                self.stop()
                raise CommandFailed(f"bgpd in {self.ns} did not open its vty socket in {START_TIMEOUT_S:.0f} s "
                                    f"(see {self.log})")
            time.sleep(0.05)
        try:
            self._load(conf_text)
        except CommandFailed:
            self.stop()
            raise
        return proc.pid

    def alive(self) -> bool:
        return self.pid is not None and is_bgpd(self.pid, self.vty_dir)

    def stop(self) -> None:
        """SIGTERM, then SIGKILL after 5 s — only if the pid is still this bgpd."""
        if self.pid is None or not is_bgpd(self.pid, self.vty_dir):
            return
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGTERM)
        deadline = time.monotonic() + STOP_GRACE_S
        while time.monotonic() < deadline and is_bgpd(self.pid, self.vty_dir):
            with contextlib.suppress(ChildProcessError, OSError):  # our own child: reaped, not left a zombie
                os.waitpid(self.pid, os.WNOHANG)
            time.sleep(0.05)
        if is_bgpd(self.pid, self.vty_dir):
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)
            with contextlib.suppress(ChildProcessError, OSError):
                os.waitpid(self.pid, 0)
        with contextlib.suppress(ChildProcessError, OSError):
            os.waitpid(self.pid, os.WNOHANG)
        self.socket.unlink(missing_ok=True)
        self.pid_file.unlink(missing_ok=True)

    def reload(self, conf_text: str) -> None:
        """Replace the running configuration with ``conf_text``, same pid: every
        ``router bgp`` is removed (its sessions end with a Cease), then the new
        configuration is given over the vty. The sessions start again at once."""
        running = self._vtysh(["-c", "show running-config"]).stdout
        instances = re.findall(r"^router bgp (\d+(?: (?:vrf|view) \S+)?)\s*$", running, flags=re.M)
        if instances:
            self._vtysh(["-c", "configure terminal", *[a for i in instances for a in ("-c", f"no router bgp {i}")]])
        self._load(conf_text)

    def _load(self, conf_text: str) -> None:
        write_private(self.conf, conf_text)
        self._vtysh(["-f", str(self.conf)], secrets=secrets_of(conf_text))

    # ------------------------------------------------------------------ state

    def summary(self) -> list[dict[str, Any]]:
        """Each neighbor: address, AS numbers, state (Established, Active, Connect, ...),
        uptime, prefixes received and sent — from ``show bgp summary json``."""
        data = self._json("show bgp summary json")
        out = []
        for family, block in data.items():
            if not isinstance(block, dict):
                continue
            for address, peer in (block.get("peers") or {}).items():
                out.append({"address": address, "family": family, "local_as": peer.get("localAs"),
                            "remote_as": peer.get("remoteAs"), "state": peer.get("state", "?"),
                            "uptime": peer.get("peerUptime", ""), "uptime_ms": int(peer.get("peerUptimeMsec") or 0),
                            "prefixes_received": int(peer.get("pfxRcd") or 0),
                            "prefixes_sent": int(peer.get("pfxSnt") or 0),
                            "description": peer.get("desc", "")})
        return out

    def routes(self) -> list[dict[str, Any]]:
        """The IPv4 unicast BGP table: each path's prefix, the neighbor it came from (None
        when this speaker originates it), AS path, and whether it is the best path."""
        data = self._json("show bgp ipv4 unicast json")
        out = []
        for prefix, paths in (data.get("routes") or {}).items():
            for path in paths:
                peer = path.get("peerId")
                out.append({"prefix": prefix, "from": None if peer in (None, "(unspec)") else peer,
                            "as_path": path.get("path", ""), "best": bool(path.get("bestpath"))})
        return out

    def received(self) -> set[str]:
        """The prefixes learned from neighbors."""
        return {r["prefix"] for r in self.routes() if r["from"] is not None}

    # ------------------------------------------------------------------ vtysh

    def _json(self, command: str) -> dict[str, Any]:
        text = self._vtysh(["-c", command]).stdout
        try:
            data = json.loads(text) if text.strip() else {}
        except ValueError:
            raise CommandFailed(f"bgpd in {self.ns}: `{command}` did not answer JSON") from None
        return data if isinstance(data, dict) else {}

    def _vtysh(self, args: list[str], *, check: bool = True, secrets: tuple[str, ...] = ()
               ) -> subprocess.CompletedProcess[str]:
        """vtysh on this daemon's socket. Its argument lists never hold a secret (a
        configuration is given by file); what it answers is masked before it is raised."""
        done = run([VTYSH, "--vty_socket", str(self.vty_dir), "-d", "bgpd", *args], check=False)
        if check and done.returncode != 0:
            lines = [masked(x, secrets) for x in (done.stdout + "\n" + done.stderr).splitlines() if x.strip()]
            what = "; ".join(lines[-3:]) or f"exit {done.returncode}"
            raise CommandFailed(f"bgpd in {self.ns}: vtysh {masked(' '.join(args), secrets)} failed: {what}")
        return done


def is_bgpd(pid: int, vty_dir: Path | None = None) -> bool:
    """Whether ``pid`` is a running (not zombie) FRR bgpd — with ``vty_dir``, the one
    whose vty socket is there."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    argv = cmdline.split(b"\0")
    if not argv or not argv[0].endswith(b"bgpd") or "\nState:\tZ" in status:
        return False
    return vty_dir is None or str(vty_dir).encode() in argv


# ---------------------------------------------------------------------------- secrets

def secrets_of(conf_text: str) -> tuple[str, ...]:
    """The passwords of a configuration (to mask them wherever it could be echoed)."""
    return tuple(dict.fromkeys(re.findall(r"^\s*neighbor\s+\S+\s+password\s+(\S+)", conf_text, flags=re.M)))


def masked(text: str, secrets: tuple[str, ...] = ()) -> str:
    """``text`` with every ``password X`` and every known secret replaced by a mask."""
    text = re.sub(r"(\bpassword\s+)\S+", rf"\g<1>{MASK}", text)
    for secret in sorted(secrets, key=len, reverse=True):
        text = text.replace(secret, MASK)
    return text


# ---------------------------------------------------------------------------- configurations

def branch_frr_conf(rendered: str, advertise: list[str], *, timers: tuple[int, int] = LAB_TIMERS) -> str:
    """The renderer's ``frr.conf`` as the lab loads it into a bgpd without zebra.

    The renderer's lines are kept; added to its ``router bgp``: a router id (bgpd without
    zebra knows no interface address to take one from: the first neighbor's
    update-source, the speaker's inside address), ``no bgp network import-check`` (no
    RIB to check a ``network`` against), short timers, a 1 s connect retry, and per
    neighbor ``disable-connected-check``. The peers' inside addresses are on ``lo`` and
    reached through the tunnel, which delivers them without a forwarding hop: a TTL of 1
    is right (``ebgp-multihop`` would accept a peer many hops away), but eBGP's check
    that the peer is on a connected network needs zebra's interfaces, so it is disabled.
    ``advertise`` (the site's subnets) becomes ``network`` statements."""
    keepalive, hold = timers
    if not 0 < keepalive < hold:
        raise ValueError(f"BGP timers {keepalive} {hold}: the keepalive must be shorter than the hold time")
    networks = [_ipv4_network(p) for p in advertise]
    lines = rendered.splitlines()
    start = next((i for i, x in enumerate(lines) if re.match(r"^router bgp \S+\s*$", x)), None)
    if start is None:
        raise ValueError("the rendered frr.conf has no `router bgp` section")
    end = next((i for i in range(start + 1, len(lines)) if lines[i].strip() == "exit"), None)
    if end is None:
        raise ValueError("the rendered frr.conf's `router bgp` section does not end with `exit`")
    body = lines[start + 1:end]
    neighbors = list(dict.fromkeys(m.group(1) for x in body if (m := re.match(r"^\s*neighbor (\S+) remote-as ", x))))
    if not neighbors:
        raise ValueError("the rendered frr.conf's `router bgp` has no neighbor")
    sources = [m.group(1) for x in body if (m := re.match(rf"^\s*neighbor {re.escape(neighbors[0])} update-source "
                                                          r"(\d+\.\d+\.\d+\.\d+)\s*$", x))]
    if not sources:
        raise ValueError(f"neighbor {neighbors[0]}: an update-source address is needed (the router id of a "
                         "bgpd without zebra)")
    head = [x for x in lines[:start] if not x.startswith("! Needs bgpd=yes")]
    head.append("! As the sasekit lab loads it: bgpd without zebra (nothing goes into the kernel); the inside "
                "addresses are on lo, carried by the tunnel's traffic selectors.")
    added = [f" bgp router-id {sources[0]}"]
    if not any(x.strip() == "no bgp ebgp-requires-policy" for x in body):
        added.append(" no bgp ebgp-requires-policy")
    added += [" no bgp network import-check", f" timers bgp {keepalive} {hold}"]
    tail = [line for n in neighbors for line in (f" neighbor {n} disable-connected-check",
                                                 f" neighbor {n} timers connect {CONNECT_RETRY_S}")]
    if networks:
        tail += [" address-family ipv4 unicast", *[f"  network {p}" for p in networks], " exit-address-family"]
    out = [*head, lines[start], *added, *body, *tail, *lines[end:]]
    return "\n".join(out) + "\n"


def prisma_frr_conf(t: Tunnel, advertise: tuple[str, ...] = (PRISMA_PREFIX,)) -> str:
    """The Prisma side's bgpd configuration for tunnel ``t`` (seen from the branch): the
    renderer's ``frr.conf`` of the mirrored tunnel (Prisma's AS and inside address local,
    the same password), as :func:`branch_frr_conf` makes it, advertising Prisma's
    ``100.127.0.0/16`` — not a default route, which a branch learning it would take for
    the way to everything, its tunnel's outer IKE/ESP packets included."""
    from sasekit.tunnels.devices import get

    from .responder import mirrored

    if t.bgp is None:
        raise ValueError(f"tunnel {t.name}: no BGP over it")
    rendered = get("strongswan").render([mirrored(t)])["frr.conf"]
    rendered = re.sub(r"^! frr\.conf BGP section.*$", f"! Prisma side of tunnel {t.name} (lab BGP speaker, from the "
                                                      f"pushed configuration). It holds the BGP secret: keep it 0600.",
                      rendered, count=1, flags=re.M)
    return branch_frr_conf(rendered, list(advertise))


def _ipv4_network(prefix: str) -> str:
    try:
        net = ipaddress.ip_network(prefix)
    except ValueError:
        raise ValueError(f"{prefix!r} is not a network (address/length, no host bits)") from None
    if net.version != 4:
        raise ValueError(f"{prefix}: the lab's BGP carries IPv4 unicast only")
    return str(net)
