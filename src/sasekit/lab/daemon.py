"""One strongSwan charon in one network namespace, driven over vici.

The daemon runs with the ``kernel-libipsec`` plugin (ESP in user space over a TUN
device: this kind of machine has no kernel ESP), a private ``/run`` (so daemons of
several namespaces do not fight over pid files), and its vici socket as a Unix socket
in the lab's own folder: a Unix socket is a file, reachable from the root namespace, so
sasekit talks to every daemon with the ``vici`` library without entering namespaces.
Configurations are loaded with ``swanctl --load-all --file``, the same parser a branch
uses. A daemon is stopped by the pid recorded when it started, after checking that the
pid is still that charon.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sasekit.files import write_private

from .host import CHARON, CommandFailed, run

PLUGINS = ("random nonce aes sha1 sha2 hmac gcm pem pkcs1 x509 pubkey openssl kdf gmp kernel-libipsec "
           "kernel-netlink socket-default vici")
START_TIMEOUT_S = 10.0


def strongswan_conf(vici_path: Path, log_path: Path) -> str:
    return f"""# strongswan.conf of one lab daemon, written by sasekit
charon {{
    load = {PLUGINS}
    # retransmissions short enough for a lab: an unanswered IKE request fails in ~4.4 s, not 165 s
    retransmit_tries = 2
    retransmit_timeout = 1.0
    retransmit_base = 1.4
    plugins {{
        vici {{
            socket = unix://{vici_path}
        }}
    }}
    filelog {{
        lab {{
            path = {log_path}
            time_format = %H:%M:%S
            flush_line = yes
            default = 1
            ike = 2
            cfg = 2
            knl = 1
        }}
    }}
}}
"""


class Charon:
    """A daemon of the lab: where its files are, and its pid once started."""

    def __init__(self, ns: str, folder: Path, pid: int | None = None) -> None:
        self.ns = ns
        self.folder = folder
        self.pid = pid
        self.vici = folder / f"{ns}.vici"
        self.conf = folder / f"{ns}.strongswan.conf"
        self.log = folder / f"{ns}.charon.log"
        self.swanctl = folder / f"{ns}.swanctl.conf"

    def start(self) -> int:
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_private(self.conf, strongswan_conf(self.vici, self.log))
        self.vici.unlink(missing_ok=True)
        env = {"PATH": os.environ.get("PATH", "/usr/sbin:/usr/bin:/sbin:/bin"), "STRONGSWAN_CONF": str(self.conf)}
        proc = subprocess.Popen(
            ["ip", "netns", "exec", self.ns, "sh", "-c", f"mount -t tmpfs tmpfs /run && exec {CHARON}"],
            env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True)  # outlives `sasekit lab up`; init reaps it
        self.pid = proc.pid
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise CommandFailed(f"charon in {self.ns} exited at start (see {self.log})")
            if self.vici.exists():
                with contextlib.suppress(OSError):
                    self.session().version()
                    return proc.pid
            time.sleep(0.05)
        raise CommandFailed(f"charon in {self.ns} did not open its vici socket in {START_TIMEOUT_S:.0f} s")

    def alive(self) -> bool:
        return self.pid is not None and is_charon(self.pid)

    def stop(self) -> None:
        """SIGTERM, then SIGKILL after 5 s — only if the pid is still a charon."""
        if self.pid is None or not is_charon(self.pid):
            return
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGTERM)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and is_charon(self.pid):
            time.sleep(0.05)
        if is_charon(self.pid):
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)
        with contextlib.suppress(ChildProcessError, OSError):  # our own child: reaped now, not left a zombie
            os.waitpid(self.pid, os.WNOHANG)

    # ------------------------------------------------------------------ vici

    def session(self) -> Any:
        import vici

        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(15)
        sock.connect(str(self.vici))
        return vici.Session(sock)

    def load(self, text: str) -> None:
        """Replace the daemon's connections and secrets with those of ``text`` (swanctl.conf)."""
        write_private(self.swanctl, text)
        run(["swanctl", "--load-all", "--noprompt", "--uri", f"unix://{self.vici}", "--file", str(self.swanctl)])

    def initiate(self, child: str, timeout_s: int = 10) -> tuple[bool, list[str]]:
        """Bring ``child`` up; (it came up, the daemon's log lines of the attempt)."""
        lines: list[str] = []
        ok = True
        try:
            for entry in self.session().initiate({"child": child, "timeout": timeout_s * 1000, "loglevel": 1}):
                msg = entry.get("msg")
                if msg:
                    lines.append(msg.decode(errors="replace") if isinstance(msg, bytes) else str(msg))
        except Exception as exc:  # vici.exception.CommandException: the attempt failed
            ok = False
            lines.append(str(exc))
        return ok, lines

    def rekey(self, child: str) -> None:
        with contextlib.suppress(Exception):
            self.session().rekey({"child": child})

    def terminate(self, ike: str) -> None:
        with contextlib.suppress(Exception):
            for _ in self.session().terminate({"ike": ike, "timeout": 3000}):
                pass

    def sas(self) -> list[dict[str, Any]]:
        """Every IKE SA with its CHILD SAs, as vici lists them (bytes decoded)."""
        out = []
        for entry in self.session().list_sas():
            for name, sa in entry.items():
                out.append({"name": name, **_decoded(sa)})
        return out

    def events(self, names: tuple[str, ...] = ("ike-updown", "child-updown", "ike-rekey", "child-rekey"),
               timeout_s: float = 1.0) -> Iterator[tuple[str, dict[str, Any]]]:
        """SA events as they happen (used by the lab's monitor)."""
        session = self.session()
        for label, event in session.listen(list(names), timeout=timeout_s):
            if label is None:
                yield "", {}
                continue
            yield (label.decode() if isinstance(label, bytes) else str(label)), _decoded(event)


def _decoded(value: Any) -> Any:
    if isinstance(value, bytes):
        return value.decode(errors="replace")
    if isinstance(value, dict):
        return {str(k): _decoded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_decoded(v) for v in value]
    return value


def is_charon(pid: int) -> bool:
    """Whether ``pid`` is a running (not zombie) strongSwan charon."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return b"charon" in cmdline and "\nState:\tZ" not in status
