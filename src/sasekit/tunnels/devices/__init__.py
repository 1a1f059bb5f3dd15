"""Branch device kinds: each renders a site's tunnels as that device's configuration,
reads such a configuration back into tunnels, and says which lines fix one field.

A kind is a module in this package with one object that follows :class:`Device`;
adding a kind is one module and one line in :data:`DEVICES` (at the end of this file).
The kinds speak :mod:`sasekit.tunnels.model` (algorithms in Prisma's names) and
translate to and from their own keywords.

Rendered texts hold the pre-shared key and the BGP secret in clear: the caller writes
them only to 0600 files and shows them through :func:`mask`. :func:`comparable` is the
tunnel a device can carry (the fields in ``not_expressed`` reset to their defaults):
``parse(render(ts)) == [comparable(t, device) for t in ts]``.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Sequence
from dataclasses import MISSING, fields
from typing import Protocol

from sasekit.suggest import close_matches, did_you_mean

from ..model import GCM, Problem, Tunnel

#: What a fix line holds instead of a pre-shared key or BGP secret.
SECRET_PLACEHOLDER = "<psk: see the 0600 file>"
#: What :func:`mask` puts where a secret was.
MASKED = "<secret>"

FIX_FIELDS = ("ike_version", "ike", "psk", "branch_id", "prisma_id", "esp", "pfs", "branch_ts", "prisma_ts", "bgp",
              "prisma_address")


class Device(Protocol):
    """One kind of branch device."""

    kind: str                      # "strongswan" | "junos"
    title: str                     # shown to users
    not_expressed: frozenset[str]  # Tunnel fields this device's configuration cannot carry

    def render(self, tunnels: Sequence[Tunnel]) -> dict[str, str]:
        """All tunnels of one site -> {file name suffix: text}; ValueError when a tunnel cannot be rendered."""
        ...

    def parse(self, texts: Sequence[str]) -> tuple[list[Tunnel], list[Problem]]:
        """Configuration texts (any order) -> tunnels seen from the branch, and problems; never raises."""
        ...

    def fix_lines(self, tunnel: Tunnel, field: str) -> list[str]:
        """The device lines that make the branch carry ``tunnel``'s value of ``field``."""
        ...


# ---------------------------------------------------------------------------- helpers shared by the kinds

def comparable(tunnel: Tunnel, device: Device) -> Tunnel:
    """``tunnel`` as ``device`` can carry it: its ``not_expressed`` fields reset to the defaults."""
    changes: dict[str, object] = {}
    for f in fields(Tunnel):
        if f.name in device.not_expressed and f.default is not MISSING:
            changes[f.name] = f.default
    return tunnel.with_(**changes) if changes else tunnel


def check_site(tunnels: Sequence[Tunnel]) -> None:
    """What every kind needs of a site's tunnels; ValueError naming the tunnel otherwise."""
    names: set[str] = set()
    peers: dict[str, str] = {}
    local_as: dict[str, str] = {}
    for t in tunnels:
        if t.name in names:
            raise ValueError(f"tunnel {t.name}: the name is used twice in the site")
        names.add(t.name)
        if not t.prisma_address:
            raise ValueError(f"tunnel {t.name}: Prisma's public address is not known yet: push first")
        if not t.ike:
            raise ValueError(f"tunnel {t.name}: no IKE proposals")
        if not t.esp:
            raise ValueError(f"tunnel {t.name}: no ESP proposals")
        for p in t.esp:
            if p.encryption == "null" and p.integrity == "none":
                raise ValueError(f"tunnel {t.name}: an ESP proposal with null encryption needs an integrity "
                                 f"algorithm")
        if t.bgp is not None:
            if t.bgp.peer_address in peers:
                raise ValueError(f"tunnel {t.name}: BGP peer {t.bgp.peer_address} is also the peer of "
                                 f"{peers[t.bgp.peer_address]}")
            peers[t.bgp.peer_address] = t.name
            local_as[t.name] = t.bgp.local_as
    if len(set(local_as.values())) > 1:
        raise ValueError("the tunnels of a site must share the branch's BGP AS: "
                         + ", ".join(f"{n} has {a}" for n, a in local_as.items()))


def unit_numbers(tunnels: Sequence[Tunnel]) -> list[int]:
    """A small number per tunnel (st0 unit, XFRM if_id): 1 for the primary, 2 for the
    secondary (so :func:`unit_number` finds it again from one tunnel), the next free one
    for any other."""
    taken: set[int] = set()
    numbers: list[int] = []
    for t in tunnels:
        n = unit_number(t)
        while n in taken:
            n += 1
        taken.add(n)
        numbers.append(n)
    return numbers


def unit_number(tunnel: Tunnel) -> int:
    return 2 if tunnel.role == "secondary" else 1


def link_prefix(local: str, peer: str) -> int:
    """The longest prefix (/31 at most) of a link that holds both addresses as hosts."""
    try:
        a, b = ipaddress.IPv4Address(local), ipaddress.IPv4Address(peer)
    except ValueError:
        return 32
    for length in range(31, 7, -1):
        net = ipaddress.IPv4Network(f"{a}/{length}", strict=False)
        if b not in net:
            continue
        if length == 31:
            return 31
        if {a, b} & {net.network_address, net.broadcast_address}:
            continue
        return length
    return 32


def is_gcm(encryption: str) -> bool:
    return encryption in GCM


def header(tunnel: Tunnel) -> str:
    """The words that keep a tunnel's name, site and role in a comment or description."""
    return f"sasekit tunnel {tunnel.name} site={tunnel.site} role={tunnel.role}"


def read_header(text: str) -> tuple[str, dict[str, str]] | None:
    """(name, {site, role}) from a :func:`header`, or None."""
    words = text.strip().split()
    if len(words) < 3 or words[0] != "sasekit" or words[1] != "tunnel":
        return None
    extra = dict(w.split("=", 1) for w in words[3:] if "=" in w)
    return words[2], extra


def unknown_word(word: str, known: Iterable[str]) -> str:
    """``'x' (did you mean: y?)``, for a message that says what x is not."""
    return f"'{word}'{did_you_mean(close_matches(word, known))}"


# ---------------------------------------------------------------------------- masking

def _forms(secret: str) -> set[str]:
    """How a secret can appear in a rendered text: as it is, escaped in a double-quoted
    string, or (strongSwan, for one that starts with 0x/0s) hex-encoded."""
    quoted = secret.replace("\\", "\\\\").replace('"', '\\"')
    forms = {secret, quoted, quoted.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")}
    if secret[:2].lower() in ("0x", "0s"):
        forms.add(secret.encode().hex())
    return {f for f in forms if f}


def mask(text: str, secrets: Iterable[str | None]) -> str:
    """``text`` with every secret (in every form a kind writes it) replaced by ``<secret>``."""
    forms: set[str] = set()
    for secret in secrets:
        if secret:
            forms |= _forms(secret)
    for form in sorted(forms, key=len, reverse=True):
        text = text.replace(form, MASKED)
    return text


# ---------------------------------------------------------------------------- the registry

from . import junos as junos  # noqa: E402  (the kinds use the helpers above)
from . import strongswan as strongswan  # noqa: E402

DEVICES: dict[str, Device] = {d.kind: d for d in (strongswan.DEVICE, junos.DEVICE)}


def get(kind: str) -> Device:
    """The device of ``kind``; ValueError naming the kinds (with a did-you-mean) otherwise."""
    try:
        return DEVICES[kind]
    except KeyError:
        pass
    hint = close_matches(kind, DEVICES)
    guess = f" (did you mean {hint[0]!r}?)" if hint else ""
    raise ValueError(f"unknown device kind {kind!r}{guess}; the kinds are: {', '.join(sorted(DEVICES))}") from None


__all__ = ["DEVICES", "FIX_FIELDS", "MASKED", "SECRET_PLACEHOLDER", "Device", "comparable", "get", "junos", "mask", "strongswan"]
