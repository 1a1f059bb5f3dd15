"""What the lab needs from this machine, and the one way it runs a system command.

The lab is Linux-only and needs root: it makes network namespaces, veth pairs and
nftables rules, and starts strongSwan's charon and FRR's bgpd in them. Every command
is run with a time limit and its argument list (never a shell string built from input).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from sasekit import errors

CHARON = Path("/usr/lib/ipsec/charon")
BGPD = Path("/usr/lib/frr/bgpd")
PACKAGES = ("iproute2", "nftables", "iputils-ping", "strongswan-charon", "strongswan-swanctl",
            "libcharon-extra-plugins", "libstrongswan-standard-plugins", "frr")
FIX = "make lab-deps (as root: apt-get install -y " + " ".join(PACKAGES) + ")"
COMMAND_TIMEOUT_S = 20.0


class LabUnavailable(errors.SasekitError):
    """This machine cannot run the lab; the message says why and what fixes it."""

    def __init__(self, why: str, fix: str = FIX) -> None:
        self.why, self.fix = why, fix
        super().__init__(f"the lab cannot run here: {why}")

    @property
    def remedy(self) -> str | None:
        return self.fix


class CommandFailed(errors.SasekitError):
    """A system command of the lab failed (its output says why)."""


def missing() -> tuple[str, str] | None:
    """``(why, fix)`` when the lab cannot run on this machine, else None."""
    if not sys.platform.startswith("linux"):
        return f"it needs Linux network namespaces (this is {sys.platform})", "run it on a Linux machine"
    if os.geteuid() != 0:
        return "it needs root (network namespaces, veth pairs, nftables)", "run it as root (sudo)"
    for tool in ("ip", "nft", "swanctl"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed", FIX
    if not CHARON.exists():
        return f"{CHARON} (strongSwan's charon) is not installed", FIX
    if not BGPD.exists():
        return f"{BGPD} (FRR's bgpd) is not installed", FIX
    if shutil.which("vtysh") is None:
        return "vtysh (FRR's shell) is not installed", FIX
    if not Path("/dev/net/tun").exists():
        return "/dev/net/tun is missing (kernel-libipsec's user-space ESP needs a TUN device)", \
            "load the tun module (modprobe tun) or run on a kernel with TUN"
    return None


def require() -> None:
    problem = missing()
    if problem is not None:
        raise LabUnavailable(*problem)


def run(argv: list[str], *, ns: str | None = None, check: bool = True, timeout: float = COMMAND_TIMEOUT_S,
        stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run a command (inside namespace ``ns`` when given), bounded in time."""
    full = ["ip", "netns", "exec", ns, *argv] if ns else argv
    try:
        done = subprocess.run(full, capture_output=True, text=True, timeout=timeout, input=stdin, check=False)
    except subprocess.TimeoutExpired:
        raise CommandFailed(f"`{' '.join(full)}` did not finish in {timeout:.0f} s") from None
    if check and done.returncode != 0:
        out = (done.stderr or done.stdout).strip().splitlines()
        raise CommandFailed(f"`{' '.join(full)}` failed: {out[-1] if out else f'exit {done.returncode}'}")
    return done
