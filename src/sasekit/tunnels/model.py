"""The one normalised tunnel model that both sides are built from and read back into.

A tunnel joins a branch device (the IKE initiator) to Prisma Access (the responder).
The Prisma objects (:mod:`sasekit.tunnels.prisma`), the branch configurations
(:mod:`sasekit.tunnels.devices`) and the mismatch check (:mod:`sasekit.tunnels.check`)
all speak this model, so that the two sides are rendered from the same values and
compared in the same terms. Algorithms are kept in Prisma's own names
(``aes-256-cbc``, ``sha256``, ``group14``); each device module translates them.

Proposals are kept *expanded*: an ordered tuple of single-algorithm combinations.
A Prisma crypto profile (lists of encryption, hash and DH groups) stands for their
cartesian product; strongSwan writes each combination as one proposal; Junos writes
one ``proposal`` per combination. The order is the initiator's preference, which
decides what a responder picks (the first of the initiator's it accepts).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

IKE_ENCRYPTION = ("des", "3des", "aes-128-cbc", "aes-192-cbc", "aes-256-cbc", "aes-128-gcm", "aes-256-gcm")
ESP_ENCRYPTION = ("des", "3des", "aes-128-cbc", "aes-192-cbc", "aes-256-cbc", "aes-128-gcm", "aes-256-gcm",
                  "null")
HASHES = ("md5", "sha1", "sha256", "sha384", "sha512")
ESP_AUTHENTICATION = (*HASHES, "none")
DH_GROUPS = ("group1", "group2", "group5", "group14", "group19", "group20")
PFS_GROUPS = ("no-pfs", *DH_GROUPS)
IKE_VERSIONS = ("ikev2", "ikev1", "ikev2-preferred")
ID_TYPES = ("ipaddr", "fqdn", "ufqdn", "keyid")
GCM = ("aes-128-gcm", "aes-256-gcm")
T = TypeVar("T")


@dataclass(frozen=True)
class IkeProposal:
    """One IKE_SA_INIT combination. With a GCM cipher, ``integrity`` is the PRF."""

    encryption: str
    integrity: str
    dh_group: str


@dataclass(frozen=True)
class EspProposal:
    """One CHILD_SA combination; ``pfs`` is the DH group of a rekey, or ``no-pfs``.
    With a GCM cipher ``integrity`` is ``none``."""

    encryption: str
    integrity: str
    pfs: str = "no-pfs"


@dataclass(frozen=True)
class Identity:
    """An IKE identity: ``kind`` is one of :data:`ID_TYPES`."""

    kind: str
    value: str

    def __str__(self) -> str:
        return f"{self.kind}:{self.value}"


@dataclass(frozen=True)
class BgpPeer:
    """The branch's BGP session over one tunnel, seen from the branch.

    ``local_as`` is the branch's AS, ``peer_as`` Prisma's; ``local_address`` is the
    branch's address inside the tunnel, ``peer_address`` Prisma's. ``secret`` is the
    TCP MD5 secret, or None."""

    local_as: str
    peer_as: str
    local_address: str
    peer_address: str
    secret: str | None = None


@dataclass(frozen=True)
class Tunnel:
    """One IPsec tunnel, both ends, in terms that do not depend on either device.

    ``branch_*`` fields belong to the branch device, ``prisma_*`` to Prisma Access.
    ``branch_ts`` / ``prisma_ts`` are the traffic selectors of each side (the networks
    behind it); an empty tuple means "any" (0.0.0.0/0), as a route-based tunnel has."""

    name: str                          # the tunnel's name (Prisma ipsecTunnel name)
    site: str = ""
    role: str = "primary"              # primary | secondary
    interface: str = ""                # the branch's WAN interface (ge-0/0/0, eth0)
    branch_address: str = "dynamic"    # the branch's public address, or "dynamic"
    prisma_address: str | None = None  # Prisma's public address for this tunnel (known after a push)
    branch_id: Identity | None = None
    prisma_id: Identity | None = None
    psk: str | None = None
    ike_version: str = "ikev2"
    ike: tuple[IkeProposal, ...] = ()
    ike_lifetime: int = 28800
    esp: tuple[EspProposal, ...] = ()
    esp_lifetime: int = 3600
    branch_ts: tuple[str, ...] = ()
    prisma_ts: tuple[str, ...] = ()
    bgp: BgpPeer | None = None
    dpd: bool = True
    nat_traversal: bool = True

    def with_(self, **changes: Any) -> Tunnel:
        return replace(self, **changes)


def ike_product(encryption: Iterable[str], integrity: Iterable[str], dh_groups: Iterable[str]
                ) -> tuple[IkeProposal, ...]:
    """A Prisma IKE crypto profile's lists as expanded proposals (encryption-major)."""
    return dedupe(IkeProposal(e, h, g) for e, h, g in itertools.product(encryption, integrity, dh_groups))


def esp_product(encryption: Iterable[str], integrity: Iterable[str], pfs: str) -> tuple[EspProposal, ...]:
    """A Prisma IPsec crypto profile's lists as expanded proposals (one PFS group)."""
    return dedupe(EspProposal(e, "none" if e in GCM else h, pfs)
                  for e, h in itertools.product(encryption, integrity or ("none",)))


def dedupe(items: Iterable[T]) -> tuple[T, ...]:
    """Items in first-seen order, each once."""
    return tuple(dict.fromkeys(items))


def ike_lists(proposals: Iterable[IkeProposal]) -> tuple[list[str], list[str], list[str]]:
    """The Prisma profile lists (encryption, hash, dh_group) that cover ``proposals``."""
    props = list(proposals)
    return (list(dedupe(p.encryption for p in props)), list(dedupe(p.integrity for p in props)),
            list(dedupe(p.dh_group for p in props)))


def esp_lists(proposals: Iterable[EspProposal]) -> tuple[list[str], list[str], str]:
    """The Prisma IPsec profile lists (encryption, authentication, dh_group)."""
    props = list(proposals)
    auth = [a for a in dedupe(p.integrity for p in props) if a != "none"] or ["none"]
    pfs = next((p.pfs for p in props), "no-pfs")
    return list(dedupe(p.encryption for p in props)), auth, pfs


@dataclass
class Problem:
    """One thing wrong with an input (intent or device configuration), with its line."""

    line: int
    where: str
    message: str

    def format(self, file: str = "") -> str:
        place = f"{file}:{self.line}" if file else f"line {self.line}"
        return f"{place}: {self.where}: {self.message}" if self.where else f"{place}: {self.message}"


@dataclass
class Site:
    """A branch site from the intent, its tunnels resolved (one per WAN link)."""

    name: str
    tunnels: list[Tunnel] = field(default_factory=list)
    subnets: tuple[str, ...] = ()
    device: str = "strongswan"
    region: str | None = None          # the chosen Prisma location (`value` of the location list)
    probe_targets: tuple[str, ...] = ()
