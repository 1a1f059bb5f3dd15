"""What a blocking workflow must never block.

A feed entry saying "10.0.0.5 is compromised" is information about the company's own
network, not a reason to cut it off from itself. So every IOC a blocking workflow is
about to turn into a deny object is screened first: one that is, contains or overlaps
a protected network, or is (a subdomain of) a protected domain, is refused with its
reason, and the rest are blocked. Protected are:

- the addresses that are never a remote attacker: private (RFC 1918), shared CGNAT
  space, loopback, link-local, multicast, unspecified, broadcast, and in IPv6 the ULA,
  link-local, loopback, unspecified and multicast ranges; any network that covers one
  of them (``0.0.0.0/0``, ``::/0``, ``10.0.0.0/7``) overlaps it and is refused too;
- the networks and domains of the tenant's own protected list: the workflow's
  ``protected`` input and the profile's ``protected`` setting, together.

The documentation ranges (TEST-NET-1, -2 and -3: ``192.0.2.0/24``, ``198.51.100.0/24``,
``203.0.113.0/24``) stay blockable: the examples and the integration guide use them.

For the rare case, an explicit ``allow`` list names values that may be blocked although
protected; each use is reported (and so recorded in the run history).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sasekit.errors import ConfigError

__all__ = ["ALWAYS_PROTECTED", "Protection"]

Network = ipaddress.IPv4Network | ipaddress.IPv6Network

#: (network, why) that no IOC may overlap, whatever the lists say.
ALWAYS_PROTECTED: tuple[tuple[Network, str], ...] = tuple(
    (ipaddress.ip_network(net), why) for net, why in (
        ("10.0.0.0/8", "private (RFC 1918)"),
        ("172.16.0.0/12", "private (RFC 1918)"),
        ("192.168.0.0/16", "private (RFC 1918)"),
        ("100.64.0.0/10", "shared CGNAT space (RFC 6598)"),
        ("127.0.0.0/8", "loopback"),
        ("169.254.0.0/16", "link-local"),
        ("224.0.0.0/4", "multicast"),
        ("0.0.0.0/32", "unspecified"),
        ("255.255.255.255/32", "broadcast"),
        ("::/128", "unspecified (IPv6)"),
        ("::1/128", "loopback (IPv6)"),
        ("fc00::/7", "unique local (IPv6 ULA)"),
        ("fe80::/10", "link-local (IPv6)"),
        ("ff00::/8", "multicast (IPv6)"),
    )
)

#: The kinds of :func:`sasekit.workflows.iocs.parse_iocs` that a blocking object is made of.
SCREENED_KINDS = ("ipv4", "ipv6", "cidr", "domain", "url")


def _entry(text: str, where: str) -> Network | str:
    value = str(text).strip()
    if not value:
        raise ConfigError(f"{where}: an empty entry")
    try:
        return ipaddress.ip_network(value, strict=False)
    except ValueError:
        pass
    name = value.lower().rstrip(".").removeprefix("*.")
    labels = name.split(".")
    if len(labels) < 2 or not all(labels) or not all(c.isalnum() or c in "-." for c in name):
        raise ConfigError(f"{where}: {value!r} is neither an address, a network nor a domain")
    return name


def _entries(values: Iterable[Any] | str | None, where: str) -> list[Network | str]:
    if values is None or values == "":
        return []
    if isinstance(values, str):
        values = [v for v in values.replace(",", "\n").splitlines() if v.strip()]
    return [_entry(v, where) for v in values]


@dataclass
class Protection:
    """The protected networks and domains of one run, and its explicit exceptions."""

    networks: list[tuple[Network, str]]
    domains: list[str]
    allow: set[str]

    @classmethod
    def build(cls, protected: Iterable[Any] | str | None = None, profile: Iterable[Any] | str | None = None,
              allow: Iterable[Any] | str | None = None) -> Protection:
        """``protected`` from the workflow, ``profile`` from the settings (both apply);
        ``allow``: values that may be blocked although protected. Raises
        :class:`~sasekit.errors.ConfigError` naming a bad entry."""
        networks = list(ALWAYS_PROTECTED)
        domains: list[str] = []
        for source, values in (("protected", protected), ("profile setting protected", profile)):
            for entry in _entries(values, source):
                if isinstance(entry, str):
                    domains.append(entry)
                else:
                    networks.append((entry, f"on the protected list ({source}: {entry})"))
        allowed = {str(e) for e in _entries(allow, "allow_protected")}
        return cls(networks, domains, allowed)

    def reason(self, kind: str, value: str) -> str | None:
        """Why ``value`` (of a :data:`SCREENED_KINDS` kind) must not be blocked, or None."""
        host = value
        if kind == "url":
            host = value.partition("://")[2].split("/", 1)[0].split("?", 1)[0].rsplit("@", 1)[-1]
            host = host[1:].split("]", 1)[0] if host.startswith("[") else host.rsplit(":", 1)[0]
        try:
            net = ipaddress.ip_network(host, strict=False)
        except ValueError:
            name = host.lower().rstrip(".")
            for domain in self.domains:
                if name == domain or name.endswith("." + domain):
                    return f"on the protected list (domain {domain})"
            return None
        if isinstance(net, ipaddress.IPv6Network) and net.prefixlen == 128 and net.network_address.ipv4_mapped:
            net = ipaddress.ip_network(net.network_address.ipv4_mapped)
        if net.prefixlen == 0:
            return f"every IPv{net.version} address"
        for protected, why in self.networks:
            if net.version == protected.version and net.overlaps(protected):
                inside = net.prefixlen >= protected.prefixlen
                return why if inside else f"covers {protected}: {why}"
        return None

    def screen(self, parsed: Mapping[str, list[str]]) -> tuple[dict[str, list[str]], list[dict[str, str]],
                                                                list[dict[str, str]]]:
        """``(blockable, refused, overridden)``: the parsed IOCs without the protected ones,
        each refused one with its reason, and the protected ones let through by ``allow``."""
        blockable: dict[str, list[str]] = {}
        refused: list[dict[str, str]] = []
        overridden: list[dict[str, str]] = []
        for kind in SCREENED_KINDS:
            keep = []
            for value in parsed.get(kind, []):
                why = self.reason(kind, value)
                if why is None:
                    keep.append(value)
                elif value in self.allow or _as_network(value) in self.allow:
                    overridden.append({"value": value, "kind": kind, "reason": why})
                    keep.append(value)
                else:
                    refused.append({"value": value, "kind": kind, "reason": why})
            blockable[kind] = keep
        return blockable, refused, overridden


def _as_network(value: str) -> str:
    try:
        return str(ipaddress.ip_network(value, strict=False))
    except ValueError:
        return value
