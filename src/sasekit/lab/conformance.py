"""Does the mismatch check agree with a real IKE implementation? Random pairs, both ways.

Each pair is a Prisma-side and a branch-side tunnel drawn from a seed: a matching base,
then differences in IKE version, encryption, integrity, DH group, pre-shared key,
identities, ESP proposals, PFS group and traffic selectors (each with some chance, several
at once possible). :func:`predicted` is what ``sasekit tunnel check`` says;
:func:`observed` loads the two into real strongSwan daemons (two namespaces, one veth),
initiates from the branch, forces a rekey, and reads what happened. The outcome classes:

``up``, ``ike-no-proposal`` (NO_PROPOSAL_CHOSEN at IKE_SA_INIT), ``auth-failed``
(AUTHENTICATION_FAILED), ``child-no-proposal`` (IKE SA up, no CHILD SA),
``ts-unacceptable`` (TS_UNACCEPTABLE), ``rekey-fails`` (up, then the forced rekey fails).
"""

from __future__ import annotations

import random
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from sasekit.tunnels.check import predict
from sasekit.tunnels.devices import get
from sasekit.tunnels.model import EspProposal, Identity, IkeProposal, Tunnel

from .daemon import Charon
from .host import run
from .lab import lab_conf
from .responder import responder_conf

CLASSES = ("up", "ike-no-proposal", "auth-failed", "child-no-proposal", "ts-unacceptable", "rekey-fails")
# What a user-space ESP charon of this machine negotiates (no des, no md5: OpenSSL 3 dropped them)
ENCRYPTION = ("aes-128-cbc", "aes-192-cbc", "aes-256-cbc", "aes-128-gcm", "aes-256-gcm", "3des")
HASHES = ("sha1", "sha256", "sha384", "sha512")
GROUPS = ("group2", "group5", "group14", "group19", "group20")
BRANCH, PRISMA = "203.0.113.10", "198.18.0.5"
NS_BRANCH, NS_PRISMA = "skconf-b", "skconf-p"  # not sasekit-*: a lab may be up beside it
CHANGE = 0.22  # the chance that one dimension differs


@dataclass
class Pair:
    index: int
    prisma: Tunnel
    branch: Tunnel
    changed: tuple[str, ...]


def _ike(rng: random.Random) -> tuple[IkeProposal, ...]:
    out = []
    for _ in range(rng.randint(1, 2)):
        enc = rng.choice(ENCRYPTION)
        out.append(IkeProposal(enc, rng.choice(HASHES), rng.choice(GROUPS)))
    return tuple(dict.fromkeys(out))


def _esp(rng: random.Random, pfs: str) -> tuple[EspProposal, ...]:
    out = []
    for _ in range(rng.randint(1, 2)):
        enc = rng.choice(ENCRYPTION)
        out.append(EspProposal(enc, "none" if enc.endswith("gcm") else rng.choice(HASHES), pfs))
    return tuple(dict.fromkeys(out))


def draw(seed: int, count: int) -> Iterator[Pair]:
    """``count`` pairs, the same for the same seed."""
    rng = random.Random(seed)
    for i in range(count):
        pfs = rng.choice(("no-pfs", *GROUPS))
        base = Tunnel(name="t", site="s", branch_address=BRANCH, prisma_address=PRISMA,
                      branch_id=Identity("fqdn", "branch.example.com"), psk="lab-psk-" + str(rng.randrange(10**6)),
                      ike_version="ikev2", ike=_ike(rng), esp=_esp(rng, pfs), branch_ts=("10.20.0.0/24",),
                      prisma_ts=())
        prisma, branch = base, base
        changed: list[str] = []

        def differ(name: str, changed: list[str] = changed) -> bool:
            if rng.random() < CHANGE:
                changed.append(name)
                return True
            return False

        # which side differs is drawn too: the checker must not care
        if differ("ike_version"):
            if rng.random() < 0.5:
                branch = branch.with_(ike_version="ikev1")
            else:
                prisma = prisma.with_(ike_version=rng.choice(("ikev1", "ikev2-preferred")))
        if differ("ike"):
            target = _ike(rng)
            if rng.random() < 0.5:
                branch = branch.with_(ike=target)
            else:
                prisma = prisma.with_(ike=target)
        if differ("psk"):
            branch = branch.with_(psk="other-psk")
        if differ("branch_id"):
            other_id = rng.choice((Identity("fqdn", "other.example.com"), None,
                                   Identity("ufqdn", "u@branch.example.com")))
            if rng.random() < 0.5:
                branch = branch.with_(branch_id=other_id)
            else:
                prisma = prisma.with_(branch_id=other_id)
        if differ("prisma_id"):
            if rng.random() < 0.5:
                branch = branch.with_(prisma_id=Identity("fqdn", "prisma.example.com"))
            else:
                prisma = prisma.with_(prisma_id=Identity("fqdn", "prisma.example.com"))
        if differ("esp"):
            esp = _esp(rng, pfs)
            if rng.random() < 0.5:
                branch = branch.with_(esp=tuple(replace(p, pfs=pfs) for p in esp))
            else:
                prisma = prisma.with_(esp=tuple(replace(p, pfs=pfs) for p in esp))
        if differ("pfs"):
            other = rng.choice([g for g in ("no-pfs", *GROUPS) if g != pfs])
            if rng.random() < 0.5:
                branch = branch.with_(esp=tuple(replace(p, pfs=other) for p in branch.esp))
            else:
                prisma = prisma.with_(esp=tuple(replace(p, pfs=other) for p in prisma.esp))
        if differ("ts"):
            choice = rng.random()
            if choice < 0.4:
                branch = branch.with_(branch_ts=("10.21.0.0/24",))           # outside what Prisma expects
                prisma = prisma.with_(branch_ts=("10.20.0.0/24",))
            elif choice < 0.7:
                branch = branch.with_(branch_ts=("10.20.0.0/25",))           # narrower: accepted
                prisma = prisma.with_(branch_ts=("10.20.0.0/24",))
            else:
                prisma = prisma.with_(prisma_ts=("100.127.0.0/24",))         # Prisma offers less than any
        yield Pair(i, prisma, branch, tuple(changed))


def predicted(pair: Pair) -> str:
    """The outcome class ``sasekit tunnel check`` predicts."""
    p = predict(pair.prisma, pair.branch)
    if p.ike_sa != "up":
        first = next((e for e in p.events if not e.masked), None)
        return "auth-failed" if first is not None and first.stage == "IKE_AUTH" else "ike-no-proposal"
    if p.child_sa != "up":
        first = next((e for e in p.events if not e.masked and e.stage == "CREATE_CHILD_SA"), None)
        return "ts-unacceptable" if first is not None and first.field in ("branch_ts", "prisma_ts") \
            else "child-no-proposal"
    if p.rekey == "fails":
        return "rekey-fails"
    return "up"


class Bench:
    """Two namespaces and two daemons, reused for every pair."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.branch = Charon(NS_BRANCH, folder)
        self.prisma = Charon(NS_PRISMA, folder)

    def __enter__(self) -> Bench:
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        for ns in (NS_BRANCH, NS_PRISMA):
            run(["ip", "netns", "delete", ns], check=False)
            run(["ip", "netns", "add", ns])
            run(["ip", "-n", ns, "link", "set", "lo", "up"])
        run(["ip", "link", "add", "skcb", "netns", NS_BRANCH, "type", "veth", "peer", "name", "skcp", "netns",
             NS_PRISMA])
        for ns, dev, mine, other in ((NS_BRANCH, "skcb", BRANCH, PRISMA), (NS_PRISMA, "skcp", PRISMA, BRANCH)):
            run(["ip", "-n", ns, "addr", "add", f"{mine}/32", "dev", dev])
            run(["ip", "-n", ns, "link", "set", dev, "up"])
            run(["ip", "-n", ns, "route", "add", f"{other}/32", "dev", dev])
        # an address inside each side's selectors: libipsec installs a CHILD_SA's route from one, and
        # without it the install fails and the responder answers TS_UNACCEPTABLE (a lab artefact)
        run(["ip", "-n", NS_BRANCH, "addr", "add", "10.20.0.1/32", "dev", "lo"])
        run(["ip", "-n", NS_PRISMA, "addr", "add", "100.127.0.1/32", "dev", "lo"])
        self.prisma.start()
        self.branch.start()
        return self

    def __exit__(self, *exc: object) -> None:
        for d in (self.branch, self.prisma):
            d.stop()
        for ns in (NS_BRANCH, NS_PRISMA):
            run(["ip", "netns", "delete", ns], check=False)

    def observed(self, pair: Pair) -> tuple[str, list[str]]:
        """What the daemons do with the pair: (outcome class, the branch's log lines)."""
        for d in (self.branch, self.prisma):
            d.terminate("t")
        self.prisma.load(responder_conf(pair.prisma))
        text = lab_conf(get("strongswan").render([pair.branch])["swanctl.conf"])
        self.branch.load(text.replace("start_action = start", "start_action = none")
                         .replace("close_action = start", "close_action = none")
                         .replace("dpd_action = restart", "dpd_action = clear"))
        ok, lines = self.branch.initiate("t", timeout_s=8)
        log = "\n".join(lines)
        if not ok:
            if "AUTHENTICATION_FAILED" in log:
                return "auth-failed", lines
            if "TS_UNACCEPTABLE" in log:
                return "ts-unacceptable", lines
            if re.search(r"NO_PROPOSAL_CHOSEN notify, no CHILD_SA built|IKE_AUTH response.*N\(NO_PROP\)", log):
                return "child-no-proposal", lines
            return "ike-no-proposal", lines
        mark = self._size()
        self.branch.rekey("t")
        deadline = time.monotonic() + 6
        while time.monotonic() < deadline:
            after = self._since(mark)
            if re.search(r"CHILD_SA rekeying failed|received NO_PROPOSAL_CHOSEN notify|"
                         r"failed to establish CHILD_SA", after):
                return "rekey-fails", lines
            if re.search(r"CHILD_SA t\{\d+\} established", after):
                return "up", lines
            time.sleep(0.05)
        return "up", [*lines, "(the forced rekey gave no answer in 6 s)"]

    def _size(self) -> int:
        try:
            return self.branch.log.stat().st_size
        except OSError:
            return 0

    def _since(self, mark: int) -> str:
        try:
            with open(self.branch.log, "rb") as fh:
                fh.seek(mark)
                return fh.read().decode(errors="replace")
        except OSError:
            return ""
