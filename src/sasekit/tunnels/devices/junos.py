"""Juniper SRX: ``set`` commands for a route-based IPsec VPN per tunnel, and BGP.

Per tunnel: IKE proposals ``<tunnel>-ike-1…`` (one per combination, in order), IKE policy
``<tunnel>-ike`` (``proposals [ … ]``, ``pre-shared-key ascii-text``), IKE gateway
``<tunnel>-gw`` (``address``, ``external-interface``, ``local-address`` for a static
branch address, ``local-identity``/``remote-identity``, ``dead-peer-detection``,
``no-nat-traversal``, ``version v2-only|v1-only``), IPsec proposals ``<tunnel>-esp-1…``,
IPsec policy ``<tunnel>-ipsec`` (``perfect-forward-secrecy keys groupN``), and the vpn
``<tunnel>`` bound to ``st0.N`` (N is 1 for the primary, 2 for the secondary) with
``traffic-selector`` terms when the tunnel is not any-to-any. BGP: the st0 unit's
address, ``routing-options autonomous-system``, and a neighbor in group
``prisma-access`` whose ``description`` is the tunnel's name. The st0 unit's
``description`` (``sasekit tunnel NAME site=S role=R``) keeps what Junos has no place for,
so the texts need no comments (``load set`` and ``show configuration | display set``
carry none). Names longer than 31 characters are shortened with a hash.

What Junos cannot say, :meth:`Junos.render` refuses (ValueError): ``ikev2-preferred``,
more than one PFS group in a tunnel (one per IPsec policy), and an IKE GCM proposal whose
PRF is not the one Junos ties to the cipher. A committed configuration shows secrets as
``$9$…``; :func:`decrypt9` reads them back.

Keywords to verify against the target Junos release. Checked: the IKE proposal
statements and values (``authentication-algorithm md5 | sha1 | sha-256 | sha-384 |
sha-512``, ``dh-group group1…group20``, ``encryption-algorithm des-cbc | 3des-cbc |
aes-128/192/256-cbc | aes-128-gcm | aes-256-gcm``; Juniper's CLI reference, 2024),
``prf-algorithm`` (recent releases; refused with GCM, aes-256-gcm implies PRF-SHA384), and
the gateway and vpn statements as the community Terraform provider for Junos
(jeremmfr/terraform-provider-junos) writes them
(``address``, ``external-interface``, ``local-address``, ``local-identity``/
``remote-identity inet | inet6 | hostname | user-at-hostname``, ``no-nat-traversal``,
``version v1-only | v2-only``, ``dead-peer-detection interval N``/``threshold N``,
``bind-interface``, ``establish-tunnels immediately``, ``traffic-selector NAME local-ip |
remote-ip``). Not checked (from memory):
- the PRF Junos ties to aes-128-gcm (sasekit assumes SHA-256), and that a GCM IKE proposal
  takes no ``authentication-algorithm``;
- IPsec ``authentication-algorithm hmac-md5-96 | hmac-sha1-96 | hmac-sha-256-128 |
  hmac-sha-384-192 | hmac-sha-512-256``; GCM ESP without it; null encryption written as a
  proposal without ``encryption-algorithm``;
- ``local-identity key-id`` (not on every release);
- the defaults when unset: IKE version v1-only, lifetimes 28800 s (IKE) and 3600 s (IPsec);
- ``security-zone NAME interfaces st0.N host-inbound-traffic protocols bgp``, and the
  31-character limit on names.
IKE must also be allowed on the external interface's zone (``host-inbound-traffic
system-services ike``) and the security policies to and from zone ``vpn`` are the
site's own: sasekit does not write them.
"""

from __future__ import annotations

import hashlib
import ipaddress
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any, TypeVar, cast

from sasekit.suggest import close_matches

from ..model import BgpPeer, EspProposal, Identity, IkeProposal, Problem, Tunnel, dedupe
from . import (
    SECRET_PLACEHOLDER,
    check_site,
    header,
    is_gcm,
    link_prefix,
    read_header,
    unit_number,
    unit_numbers,
)

T = TypeVar("T")

KIND = "junos"
TITLE = "Juniper SRX (set commands)"
FILE = "junos.set"
NAME_MAX = 31
BGP_GROUP = "prisma-access"
VPN_ZONE = "vpn"
ANY_TS = "0.0.0.0/0"
DEFAULT_IKE_LIFETIME = 28800
DEFAULT_ESP_LIFETIME = 3600

IKE_ENCRYPTION = {"des": "des-cbc", "3des": "3des-cbc", "aes-128-cbc": "aes-128-cbc", "aes-192-cbc": "aes-192-cbc",
                  "aes-256-cbc": "aes-256-cbc", "aes-128-gcm": "aes-128-gcm", "aes-256-gcm": "aes-256-gcm"}
ESP_ENCRYPTION = dict(IKE_ENCRYPTION)
IKE_HASH = {"md5": "md5", "sha1": "sha1", "sha256": "sha-256", "sha384": "sha-384", "sha512": "sha-512"}
ESP_HASH = {"md5": "hmac-md5-96", "sha1": "hmac-sha1-96", "sha256": "hmac-sha-256-128",
            "sha384": "hmac-sha-384-192", "sha512": "hmac-sha-512-256"}
GCM_PRF = {"aes-128-gcm": "sha256", "aes-256-gcm": "sha384"}
PRF = {"prf-hmac-sha1": "sha1", "prf-hmac-sha256": "sha256", "prf-hmac-sha384": "sha384",
       "prf-hmac-sha512": "sha512"}
DH = {g: g for g in ("group1", "group2", "group5", "group14", "group19", "group20")}
VERSIONS = {"ikev2": "v2-only", "ikev1": "v1-only"}
#: Junos values that are valid but not ones Prisma Access offers.
OTHER_ENCRYPTION = ("aes-192-gcm", "chacha20-poly1305")
OTHER_HASH = ("hmac-sha-256-96", "sha-256-96")
OTHER_DH = ("group15", "group16", "group21", "group24", "group31", "group32")

IDENTITY_WORDS = {"ipaddr": "inet", "fqdn": "hostname", "ufqdn": "user-at-hostname", "keyid": "key-id"}
IDENTITY_KINDS = {"inet": "ipaddr", "inet6": "ipaddr", "hostname": "fqdn", "user-at-hostname": "ufqdn",
                  "key-id": "keyid"}

# what sasekit reads, level by level; other words at these levels are ignored unless they look like a typo
TOP = ("security", "interfaces", "protocols", "routing-options", "system", "policy-options", "firewall",
       "routing-instances", "snmp", "services", "applications", "chassis", "groups", "apply-groups", "vlans",
       "forwarding-options", "class-of-service", "access", "event-options", "logical-systems", "tenants",
       "schedulers", "poe", "switch-options", "virtual-chassis", "version", "multi-chassis", "bridge-domains")
SECURITY = ("ike", "ipsec", "zones", "policies", "nat", "screen", "address-book", "flow", "pki", "alg", "log",
            "utm", "idp", "application-tracking", "forwarding-options", "ssh-known-hosts", "dynamic-address",
            "authentication-key-chains", "user-identification", "certificates", "gprs", "dynamic-vpn",
            "ipsec-policy", "group-vpn", "advance-policy-based-routing", "tcp-encap", "distribution-profile",
            "remote-access")
IKE = ("proposal", "policy", "gateway", "traceoptions", "respond-bad-spi", "session", "ipsec-vpn")
IPSEC = ("proposal", "policy", "vpn", "traceoptions", "vpn-monitor-options", "security-association",
         "anti-replay-window-size", "distribution-profile")
IKE_PROPOSAL = ("authentication-method", "authentication-algorithm", "encryption-algorithm", "dh-group",
                "lifetime-seconds", "description", "prf-algorithm")
IKE_POLICY = ("mode", "proposals", "proposal-set", "pre-shared-key", "description", "certificate",
              "reauth-frequency")
IKE_GATEWAY = ("ike-policy", "address", "external-interface", "local-address", "local-identity", "remote-identity",
               "dead-peer-detection", "no-nat-traversal", "nat-keepalive", "version", "dynamic", "general-ikeid",
               "fragmentation", "aaa", "xauth", "advpn", "tcp-encap-profile", "ppk-profile", "description")
IPSEC_PROPOSAL = ("protocol", "authentication-algorithm", "encryption-algorithm", "lifetime-seconds",
                  "lifetime-kilobytes", "description")
IPSEC_POLICY = ("perfect-forward-secrecy", "proposals", "proposal-set", "description")
VPN = ("bind-interface", "ike", "traffic-selector", "establish-tunnels", "df-bit", "vpn-monitor",
       "copy-outer-dscp", "manual", "multi-sa", "passive-mode-tunneling", "udp-encapsulate", "distribution-profile",
       "tunnel-mtu")
VPN_IKE = ("gateway", "ipsec-policy", "proxy-identity", "idle-time", "install-interval", "no-anti-replay")
TRAFFIC_SELECTOR = ("local-ip", "remote-ip", "term")
BGP_GROUP_WORDS = ("type", "peer-as", "local-address", "authentication-key", "local-as", "neighbor", "description",
                   "export", "import", "hold-time", "multihop", "family", "bfd-liveness-detection", "passive",
                   "authentication-algorithm", "authentication-key-chain", "multipath", "traceoptions")
BGP_NEIGHBOR = ("peer-as", "local-address", "authentication-key", "description", "export", "import", "hold-time",
                "local-as", "family", "bfd-liveness-detection", "multihop", "passive", "authentication-algorithm",
                "authentication-key-chain")
VERBS = ("set", "delete", "deactivate", "activate", "annotate", "insert", "rename")


# ---------------------------------------------------------------------------- $9$ secrets

_FAMILY = ("QzF3n6/9CAtpu0O", "B1IREhcSyrleKvMW8LXx", "7N-dVbwsY2g4oaJZGUDj", "iHkq.mPf5T")
_ALPHABET = "".join(_FAMILY)
_EXTRA = {c: 3 - i for i, fam in enumerate(_FAMILY) for c in fam}
_ENCODING = ((1, 4, 32), (1, 16, 32), (1, 8, 32), (1, 64), (1, 32), (1, 4, 16, 128), (1, 32, 64))


def decrypt9(secret: str) -> str | None:
    """The clear text of a Junos ``$9$…`` secret (a reversible obfuscation, not a hash), or None."""
    if not secret.startswith("$9$"):
        return None
    chars = secret[3:]
    if not chars or any(c not in _EXTRA for c in chars):
        return None
    prev = chars[0]
    chars = chars[1 + _EXTRA[prev]:]
    out: list[str] = []
    size = len(_ALPHABET)
    while chars:
        weights = _ENCODING[len(out) % len(_ENCODING)]
        if len(chars) < len(weights):
            return None
        group, chars = chars[:len(weights)], chars[len(weights):]
        value = 0
        for c, weight in zip(group, weights, strict=True):
            gap = (_ALPHABET.index(c) - _ALPHABET.index(prev)) % size - 1
            value += gap * weight
            prev = c
        out.append(chr(value % 256))
    return "".join(out)


# ---------------------------------------------------------------------------- rendering

def _safe(value: str) -> bool:
    return bool(re.fullmatch(r"[A-Za-z0-9._:/@+-]+", value))


def quote(value: str, always: bool = False) -> str:
    """A Junos CLI word: as it is when safe, else double-quoted with \\ and " escaped."""
    if any(ord(c) < 32 or ord(c) == 127 for c in value):
        raise ValueError("a Junos value cannot hold control characters (tab, newline, …)")
    if _safe(value) and not always:
        return value
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def short_name(tunnel: str, suffix: str = "") -> str:
    """``<tunnel>-<suffix>``, shortened with a hash of the tunnel's name past 31 characters."""
    name = f"{tunnel}-{suffix}" if suffix else tunnel
    if len(name) <= NAME_MAX:
        return name
    digest = hashlib.sha1(tunnel.encode()).hexdigest()[:4]
    tail = f"-{digest}" + (f"-{suffix}" if suffix else "")
    return tunnel[:NAME_MAX - len(tail)] + tail


@dataclass(frozen=True)
class _Names:
    vpn: str
    gateway: str
    ike_policy: str
    ipsec_policy: str
    unit: int

    @classmethod
    def of(cls, t: Tunnel, unit: int | None = None) -> _Names:
        return cls(short_name(t.name), short_name(t.name, "gw"), short_name(t.name, "ike"),
                   short_name(t.name, "ipsec"), unit if unit is not None else unit_number(t))

    def ike_proposal(self, t: Tunnel, i: int) -> str:
        return short_name(t.name, f"ike-{i}")

    def esp_proposal(self, t: Tunnel, i: int) -> str:
        return short_name(t.name, f"esp-{i}")


def _pfs(t: Tunnel) -> str:
    groups = list(dedupe(p.pfs for p in t.esp))
    if len(groups) > 1:
        raise ValueError(f"tunnel {t.name}: Junos has one PFS group per IPsec policy, the tunnel has "
                         f"{', '.join(groups)}")
    return groups[0] if groups else "no-pfs"


def _check(t: Tunnel) -> None:
    if t.ike_version not in VERSIONS:
        raise ValueError(f"tunnel {t.name}: Junos cannot say IKE version {t.ike_version!r} "
                         f"(it has v1-only and v2-only)")
    if not t.interface:
        raise ValueError(f"tunnel {t.name}: Junos needs the WAN interface (external-interface)")
    for p in t.ike:
        if p.encryption not in IKE_ENCRYPTION or p.integrity not in IKE_HASH or p.dh_group not in DH:
            raise ValueError(f"tunnel {t.name}: IKE proposal {p} is not one Junos can be given")
        if is_gcm(p.encryption) and p.integrity != GCM_PRF[p.encryption]:
            raise ValueError(f"tunnel {t.name}: Junos ties {p.encryption} to PRF {GCM_PRF[p.encryption]}; the IKE "
                             f"proposal asks for {p.integrity}")
    for what, secret in (("pre-shared key", t.psk), ("BGP secret", t.bgp.secret if t.bgp else None)):
        if secret is not None and secret.startswith("$9$"):
            raise ValueError(f"tunnel {t.name}: a {what} that starts with $9$ would be taken by Junos for an "
                             f"encrypted one")
        if secret is not None and any(ord(c) < 32 or ord(c) == 127 for c in secret):
            raise ValueError(f"tunnel {t.name}: the {what} holds control characters, which Junos cannot take")
    for e in t.esp:
        if (e.encryption != "null" and e.encryption not in ESP_ENCRYPTION) \
                or (e.integrity != "none" and e.integrity not in ESP_HASH) or (e.pfs != "no-pfs" and e.pfs not in DH):
            raise ValueError(f"tunnel {t.name}: ESP proposal {e} is not one Junos can be given")
    _pfs(t)


def _identity(ident: Identity) -> str:
    word = IDENTITY_WORDS.get(ident.kind)
    if word is None:
        raise ValueError(f"unknown IKE id type {ident.kind!r}")
    if ident.kind == "ipaddr":
        try:
            if ipaddress.ip_address(ident.value).version == 6:
                word = "inet6"
        except ValueError:
            pass
    return f"{word} {quote(ident.value)}"


def _ike_lines(t: Tunnel, n: _Names, secret: str | None) -> list[str]:
    out: list[str] = []
    names = []
    for i, p in enumerate(t.ike, 1):
        name = n.ike_proposal(t, i)
        names.append(name)
        base = f"set security ike proposal {name}"
        out += [f"{base} authentication-method pre-shared-keys", f"{base} dh-group {DH[p.dh_group]}"]
        if not is_gcm(p.encryption):
            out.append(f"{base} authentication-algorithm {IKE_HASH[p.integrity]}")
        out += [f"{base} encryption-algorithm {IKE_ENCRYPTION[p.encryption]}",
                f"{base} lifetime-seconds {t.ike_lifetime}"]
    base = f"set security ike policy {n.ike_policy}"
    if t.ike_version == "ikev1":
        out.append(f"{base} mode main")
    out.append(f"{base} proposals {_list(names)}")
    if secret is not None:
        out.append(f"{base} pre-shared-key ascii-text {quote(secret, always=True)}")
    return out


def _list(names: list[str]) -> str:
    return names[0] if len(names) == 1 else "[ " + " ".join(names) + " ]"


def _gateway_lines(t: Tunnel, n: _Names) -> list[str]:
    base = f"set security ike gateway {n.gateway}"
    out = [f"{base} ike-policy {n.ike_policy}", f"{base} address {quote(str(t.prisma_address))}"]
    if t.dpd:
        out += [f"{base} dead-peer-detection interval 10", f"{base} dead-peer-detection threshold 3"]
    if not t.nat_traversal:
        out.append(f"{base} no-nat-traversal")
    if t.branch_id is not None:
        out.append(f"{base} local-identity {_identity(t.branch_id)}")
    if t.prisma_id is not None:
        out.append(f"{base} remote-identity {_identity(t.prisma_id)}")
    out.append(f"{base} external-interface {quote(t.interface)}")
    if t.branch_address != "dynamic":
        out.append(f"{base} local-address {quote(t.branch_address)}")
    out.append(f"{base} version {VERSIONS[t.ike_version]}")
    return out


def _esp_lines(t: Tunnel, n: _Names) -> list[str]:
    out: list[str] = []
    names = []
    for i, p in enumerate(t.esp, 1):
        name = n.esp_proposal(t, i)
        names.append(name)
        base = f"set security ipsec proposal {name}"
        out.append(f"{base} protocol esp")
        if not is_gcm(p.encryption) and p.integrity != "none":
            out.append(f"{base} authentication-algorithm {ESP_HASH[p.integrity]}")
        if p.encryption != "null":
            out.append(f"{base} encryption-algorithm {ESP_ENCRYPTION[p.encryption]}")
        out.append(f"{base} lifetime-seconds {t.esp_lifetime}")
    base = f"set security ipsec policy {n.ipsec_policy}"
    pfs = _pfs(t)
    if pfs != "no-pfs":
        out.append(f"{base} perfect-forward-secrecy keys {DH[pfs]}")
    out.append(f"{base} proposals {_list(names)}")
    return out


def _ts_lines(t: Tunnel, n: _Names) -> list[str]:
    if not t.branch_ts and not t.prisma_ts:
        return []
    out = []
    base = f"set security ipsec vpn {n.vpn} traffic-selector"
    pairs = [(a, b) for a in (t.branch_ts or (ANY_TS,)) for b in (t.prisma_ts or (ANY_TS,))]
    for i, (local, remote) in enumerate(pairs, 1):
        out += [f"{base} ts-{i} local-ip {quote(local)}", f"{base} ts-{i} remote-ip {quote(remote)}"]
    return out


def _vpn_lines(t: Tunnel, n: _Names) -> list[str]:
    base = f"set security ipsec vpn {n.vpn}"
    return [f"{base} bind-interface st0.{n.unit}", f"{base} ike gateway {n.gateway}",
            f"{base} ike ipsec-policy {n.ipsec_policy}", *_ts_lines(t, n), f"{base} establish-tunnels immediately"]


def _unit_lines(t: Tunnel, n: _Names) -> list[str]:
    base = f"set interfaces st0 unit {n.unit}"
    out = [f"{base} description {quote(header(t), always=True)}"]
    if t.bgp is not None:
        prefix = link_prefix(t.bgp.local_address, t.bgp.peer_address)
        out.append(f"{base} family inet address {t.bgp.local_address}/{prefix}")
    else:
        out.append(f"{base} family inet")
    zone = f"set security zones security-zone {VPN_ZONE} interfaces st0.{n.unit}"
    out.append(zone if t.bgp is None else f"{zone} host-inbound-traffic protocols bgp")
    return out


def _bgp_lines(t: Tunnel, secret: str | None) -> list[str]:
    assert t.bgp is not None
    base = f"set protocols bgp group {BGP_GROUP} neighbor {t.bgp.peer_address}"
    out = [f"{base} description {quote(t.name)}", f"{base} peer-as {t.bgp.peer_as}",
           f"{base} local-address {t.bgp.local_address}"]
    if secret is not None:
        out.append(f"{base} authentication-key {quote(secret, always=True)}")
    return out


class Junos:
    """Juniper SRX set commands."""

    kind: str = KIND
    title: str = TITLE
    not_expressed: frozenset[str] = frozenset()

    # ------------------------------------------------------------------ render
    def render(self, tunnels: Sequence[Tunnel]) -> dict[str, str]:
        check_site(tunnels)
        for t in tunnels:
            _check(t)
        lines: list[str] = []
        for t, unit in zip(tunnels, unit_numbers(tunnels), strict=True):
            n = _Names.of(t, unit)
            lines += _unit_lines(t, n)
            lines += _ike_lines(t, n, t.psk)
            lines += _gateway_lines(t, n)
            lines += _esp_lines(t, n)
            lines += _vpn_lines(t, n)
        bgp = [t for t in tunnels if t.bgp is not None]
        if bgp:
            lines += [f"set routing-options autonomous-system {bgp[0].bgp.local_as}",  # type: ignore[union-attr]
                      f"set protocols bgp group {BGP_GROUP} type external"]
            for t in bgp:
                lines += _bgp_lines(t, t.bgp.secret if t.bgp else None)
        return {FILE: "\n".join(lines) + "\n"}

    # ------------------------------------------------------------------ parse
    def parse(self, texts: Sequence[str]) -> tuple[list[Tunnel], list[Problem]]:
        problems: list[Problem] = []
        try:
            reader = _Reader(problems)
            for text in texts:
                reader.feed(text)
            tunnels = reader.tunnels()
        except Exception as exc:  # never raise on bad input: say so instead
            problems.append(Problem(0, FILE, f"could not read the configuration: {exc!r}"))
            return [], problems
        problems.sort(key=lambda p: p.line)
        return tunnels, problems

    # ------------------------------------------------------------------ fix lines
    def fix_lines(self, tunnel: Tunnel, field: str) -> list[str]:
        """``set``/``delete`` commands in sasekit's names (as :meth:`render` writes them);
        the secrets are :data:`SECRET_PLACEHOLDER`. Where Junos cannot say the value, the
        nearest it can: ``ikev2-preferred`` is ``version v2-only`` (what a Prisma side that
        prefers IKEv2 accepts), and IKE GCM proposals whose PRF Junos cannot take are left
        out. ValueError when nothing fits (no IKE proposal left, several PFS groups, no
        Prisma address)."""
        t = tunnel
        n = _Names.of(t)
        gw = f"security ike gateway {n.gateway}"
        if field == "ike_version":
            version = VERSIONS.get("ikev2" if t.ike_version == "ikev2-preferred" else t.ike_version)
            if version is None:
                raise ValueError(f"tunnel {t.name}: Junos cannot say IKE version {t.ike_version!r}")
            return [f"set {gw} version {version}"]
        if field == "ike":
            fits = tuple(p for p in t.ike if not is_gcm(p.encryption) or p.integrity == GCM_PRF.get(p.encryption))
            if not fits:
                raise ValueError(f"tunnel {t.name}: Junos can take none of the IKE proposals (it ties the PRF of a "
                                 f"GCM cipher to the cipher)")
            return [f"delete security ike policy {n.ike_policy} proposals", *_ike_lines(t.with_(ike=fits), n, None)]
        if field == "psk":
            return [f"set security ike policy {n.ike_policy} pre-shared-key ascii-text "
                    f"{quote(SECRET_PLACEHOLDER, always=True)}"]
        if field in ("branch_id", "prisma_id"):
            word = "local-identity" if field == "branch_id" else "remote-identity"
            ident = t.branch_id if field == "branch_id" else t.prisma_id
            if ident is None:
                return [f"delete {gw} {word}"]
            return [f"delete {gw} {word}", f"set {gw} {word} {_identity(ident)}"]
        if field == "esp":
            return [f"delete security ipsec policy {n.ipsec_policy} proposals", *_esp_lines(t, n)]
        if field == "pfs":
            pfs = _pfs(t)
            base = f"security ipsec policy {n.ipsec_policy} perfect-forward-secrecy"
            return [f"delete {base}"] if pfs == "no-pfs" else [f"set {base} keys {DH[pfs]}"]
        if field in ("branch_ts", "prisma_ts"):
            return [f"delete security ipsec vpn {n.vpn} traffic-selector", *_ts_lines(t, n)]
        if field == "bgp":
            if t.bgp is None:
                return [f"delete interfaces st0 unit {n.unit} family inet address",
                        f"delete protocols bgp group {BGP_GROUP} neighbor"
                        " <the neighbor of this tunnel>"]
            secret = None if t.bgp.secret is None else SECRET_PLACEHOLDER
            prefix = link_prefix(t.bgp.local_address, t.bgp.peer_address)
            unset = [] if secret is not None else [
                f"delete protocols bgp group {BGP_GROUP} neighbor {t.bgp.peer_address} authentication-key"]
            return [f"set interfaces st0 unit {n.unit} family inet address {t.bgp.local_address}/{prefix}",
                    f"set routing-options autonomous-system {t.bgp.local_as}",
                    f"set protocols bgp group {BGP_GROUP} type external", *_bgp_lines(t, secret), *unset]
        if field == "prisma_address":
            if t.prisma_address is None:
                raise ValueError(f"tunnel {t.name}: Prisma's public address is not known yet: push first")
            return [f"set {gw} address {quote(t.prisma_address)}"]
        raise ValueError(f"unknown field {field!r} for fix lines")


# ---------------------------------------------------------------------------- reading set commands

def tokens(line: str) -> tuple[list[str], str]:
    """The words of a CLI line (double-quoted strings unquoted, ``[``/``]`` apart) and
    an error ("" when none)."""
    out: list[str] = []
    i, n = 0, len(line)
    while i < n:
        c = line[i]
        if c.isspace():
            i += 1
        elif c == "#":
            break
        elif c == '"':
            i += 1
            buf: list[str] = []
            while i < n and line[i] != '"':
                if line[i] == "\\" and i + 1 < n:
                    i += 1
                buf.append(line[i])
                i += 1
            if i >= n:
                return out, "unterminated string (a \" is missing)"
            i += 1
            out.append("".join(buf))
        elif c in "[]":
            out.append(c)
            i += 1
        else:
            j = i
            while j < n and not line[j].isspace() and line[j] not in '"[]':
                j += 1
            out.append(line[i:j])
            i = j
    return out, ""


@dataclass
class _Obj:
    """One named object (proposal, policy, gateway, vpn, st0 unit, neighbor)."""

    name: str
    line: int
    attrs: dict[str, list[tuple[list[str], int]]] = field(default_factory=dict)

    def last(self, key: str) -> tuple[list[str], int] | None:
        values = self.attrs.get(key)
        return values[-1] if values else None

    def word(self, key: str) -> tuple[str, int] | None:
        got = self.last(key)
        if got is None or not got[0]:
            return None
        return got[0][0], got[1]

    def words(self, key: str) -> list[tuple[str, int]]:
        return [(w, line) for values, line in self.attrs.get(key, []) for w in values if w not in "[]"]


class _Reader:
    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        self.statements: list[tuple[list[str], int]] = []
        self.local_as: tuple[str, int] | None = None
        self.memo: dict[tuple[str, str], Any] = {}

    def once(self, kind: str, name: str, read: Callable[[], T]) -> T:
        """``read()`` the first time an object is asked for, its result after (one set of problems)."""
        key = (kind, name)
        if key not in self.memo:
            self.memo[key] = read()
        return cast(T, self.memo[key])

    def problem(self, line: int, where: list[str] | str, message: str) -> None:
        place = where if isinstance(where, str) else " ".join(where)
        self.problems.append(Problem(line, f"{FILE} {place}".rstrip(), message))

    # -------------------------------------------------------------- statements
    def feed(self, text: str) -> None:
        for number, raw in enumerate(text.splitlines(), 1):
            stripped = raw.strip()
            if not stripped or stripped.startswith(("#", "/*", "*", "##")):
                continue
            words, error = tokens(stripped)
            if error:
                self.problem(number, "", error)
                continue
            if not words:
                continue
            verb, path = words[0], words[1:]
            if verb in ("set",):
                if not path:
                    self.problem(number, "", "set with nothing to set")
                    continue
                self.statements.append((path, number))
            elif verb in ("delete", "deactivate"):
                self.statements = [(p, ln) for p, ln in self.statements if p[:len(path)] != path]
            elif verb in VERBS:
                continue
            else:
                hint = close_matches(verb, VERBS)
                self.problem(number, "", f"'{verb}' is not a set command"
                             + (f" (did you mean '{hint[0]}'?)" if hint else ": only set lines are read"))

    def known(self, word: str, choices: Sequence[str], where: list[str], line: int) -> bool:
        """Whether ``word`` is one of ``choices``; a Problem when it looks like a typo of one."""
        if word in choices:
            return True
        hint = close_matches(word, choices, n=1, cutoff=0.75)
        if hint:
            self.problem(line, where, f"unknown statement '{word}' (did you mean '{hint[0]}'?)")
        return False

    # -------------------------------------------------------------- objects
    def tunnels(self) -> list[Tunnel]:
        ike_proposals: dict[str, _Obj] = {}
        ike_policies: dict[str, _Obj] = {}
        gateways: dict[str, _Obj] = {}
        esp_proposals: dict[str, _Obj] = {}
        ipsec_policies: dict[str, _Obj] = {}
        vpns: dict[str, _Obj] = {}
        units: dict[str, _Obj] = {}
        neighbors: dict[str, _Obj] = {}
        groups: dict[str, _Obj] = {}
        local_as: tuple[str, int] | None = None
        tables = {("ike", "proposal"): (ike_proposals, IKE_PROPOSAL), ("ike", "policy"): (ike_policies, IKE_POLICY),
                  ("ike", "gateway"): (gateways, IKE_GATEWAY),
                  ("ipsec", "proposal"): (esp_proposals, IPSEC_PROPOSAL),
                  ("ipsec", "policy"): (ipsec_policies, IPSEC_POLICY), ("ipsec", "vpn"): (vpns, VPN)}

        def put(table: dict[str, _Obj], name: str, line: int, attr: str | None, values: list[str]) -> None:
            obj = table.setdefault(name, _Obj(name, line))
            if attr is not None:
                obj.attrs.setdefault(attr, []).append((values, line))

        for path, line in self.statements:
            if not self.known(path[0], TOP, [], line):
                continue
            if path[0] == "security":
                if len(path) < 2 or not self.known(path[1], SECURITY, path[:1], line) \
                        or path[1] not in ("ike", "ipsec"):
                    continue
                if len(path) < 3 or not self.known(path[2], IKE if path[1] == "ike" else IPSEC, path[:2], line):
                    continue
                key = (path[1], path[2])
                if key not in tables:
                    continue
                table, attrs = tables[key]
                if len(path) < 4:
                    self.problem(line, path, "a name is missing")
                    continue
                if len(path) == 4:
                    put(table, path[3], line, None, [])
                elif self.known(path[4], attrs, path[:4], line):
                    put(table, path[3], line, path[4], path[5:])
            elif path[0] == "interfaces":
                if len(path) >= 4 and path[1] == "st0" and path[2] == "unit":
                    put(units, path[3], line, path[4] if len(path) > 4 else None, path[5:])
            elif path[0] == "routing-options":
                if len(path) >= 2 and self.known(path[1], ("autonomous-system", "static", "router-id",
                                                           "rib-groups", "instance-import", "forwarding-table",
                                                           "interface-routes", "martians", "aggregate",
                                                           "generate", "graceful-restart", "options"),
                                                 path[:1], line) and path[1] == "autonomous-system":
                    if len(path) < 3:
                        self.problem(line, path, "the AS number is missing")
                    else:
                        local_as = (path[2], line)
            elif path[0] == "protocols":
                if len(path) < 4 or path[1] != "bgp" or path[2] != "group":
                    continue
                group = path[3]
                if len(path) == 4 or not self.known(path[4], BGP_GROUP_WORDS, path[:4], line):
                    continue
                if path[4] == "neighbor":
                    if len(path) < 6:
                        self.problem(line, path, "the neighbor's address is missing")
                        continue
                    if len(path) == 6:
                        put(neighbors, path[5], line, "group", [group])
                    elif self.known(path[6], BGP_NEIGHBOR, path[:6], line):
                        put(neighbors, path[5], line, "group", [group])
                        put(neighbors, path[5], line, path[6], path[7:])
                else:
                    put(groups, group, line, path[4], path[5:])
        out: list[Tunnel] = []
        self.local_as = local_as
        for vpn in vpns.values():
            out.append(self.tunnel(vpn, ike_proposals, ike_policies, gateways, esp_proposals, ipsec_policies, units))
        # objects no vpn uses: their problems too
        for gw in gateways.values():
            self.once("gateway", gw.name, partial(self.gateway, gw, ike_policies, ike_proposals))
        for pol in ike_policies.values():
            self.once("ike-policy", pol.name, partial(self.ike_policy, pol, ike_proposals))
        for prop in ike_proposals.values():
            self.once("ike-proposal", prop.name, partial(self.ike_proposal, prop))
        for pol in ipsec_policies.values():
            self.once("ipsec-policy", pol.name, partial(self.ipsec_policy, pol, esp_proposals))
        for prop in esp_proposals.values():
            self.once("esp-proposal", prop.name, partial(self.esp_proposal, prop))
        return self.bgp(out, vpns, units, neighbors, groups)

    def tunnel(self, vpn: _Obj, ike_proposals: dict[str, _Obj], ike_policies: dict[str, _Obj],
               gateways: dict[str, _Obj], esp_proposals: dict[str, _Obj], ipsec_policies: dict[str, _Obj],
               units: dict[str, _Obj]) -> Tunnel:
        where = f"security ipsec vpn {vpn.name}"
        values: dict[str, object] = {}
        name = vpn.name
        unit = self.unit_of(vpn)
        if unit is not None and unit in units:
            got = units[unit].last("description")
            if got and got[0]:
                head = read_header(" ".join(got[0]))
                if head:
                    name = head[0]
                    for key in ("site", "role"):
                        if head[1].get(key):
                            values[key] = head[1][key]
        elif vpn.last("bind-interface") is None:
            self.problem(vpn.line, where, "no bind-interface: sasekit reads route-based VPNs (st0)")
        ike = self.sub(vpn, "ike")
        gw_name = ike.get("gateway")
        pol_name = ike.get("ipsec-policy")
        if gw_name is None:
            self.problem(vpn.line, where, "no ike gateway")
        elif gw_name[0] not in gateways:
            self.problem(gw_name[1], where, f"ike gateway {gw_name[0]} is not defined")
        else:
            gw = gateways[gw_name[0]]
            values.update(self.once("gateway", gw.name, partial(self.gateway, gw, ike_policies, ike_proposals)))
        if pol_name is None:
            self.problem(vpn.line, where, "no ike ipsec-policy")
        elif pol_name[0] not in ipsec_policies:
            self.problem(pol_name[1], where, f"ipsec-policy {pol_name[0]} is not defined")
        else:
            pol = ipsec_policies[pol_name[0]]
            values.update(self.once("ipsec-policy", pol.name, partial(self.ipsec_policy, pol, esp_proposals)))
        local: list[str] = []
        remote: list[str] = []
        for values_, line in vpn.attrs.get("traffic-selector", []):
            if len(values_) < 2:
                continue
            if not self.known(values_[1], TRAFFIC_SELECTOR, [*where.split(), "traffic-selector", values_[0]], line):
                continue
            if len(values_) < 3:
                self.problem(line, where, f"traffic-selector {values_[0]} {values_[1]} needs a prefix")
                continue
            (local if values_[1] == "local-ip" else remote if values_[1] == "remote-ip" else []).append(values_[2])
        if local or remote:
            values["branch_ts"] = () if list(dedupe(local)) in ([], [ANY_TS]) else tuple(dedupe(local))
            values["prisma_ts"] = () if list(dedupe(remote)) in ([], [ANY_TS]) else tuple(dedupe(remote))
        return Tunnel(name=name, **values)  # type: ignore[arg-type]

    @staticmethod
    def unit_of(vpn: _Obj) -> str | None:
        got = vpn.word("bind-interface")
        if got is None:
            return None
        m = re.fullmatch(r"st0\.(\d+)", got[0])
        return m.group(1) if m else None

    def sub(self, obj: _Obj, key: str) -> dict[str, tuple[str, int]]:
        out: dict[str, tuple[str, int]] = {}
        for values, line in obj.attrs.get(key, []):
            if not values:
                continue
            if key == "ike" and not self.known(values[0], VPN_IKE, ["security", "ipsec", "vpn", obj.name, key],
                                               line):
                continue
            if len(values) >= 2:
                out.setdefault(values[0], (values[1], line))
        return out

    def gateway(self, gw: _Obj, ike_policies: dict[str, _Obj], ike_proposals: dict[str, _Obj]
                ) -> dict[str, object]:
        where = f"security ike gateway {gw.name}"
        values: dict[str, object] = {}
        got = gw.word("address")
        if got:
            values["prisma_address"] = got[0]
        else:
            self.problem(gw.line, where, "no address: the branch cannot start the tunnel")
        got = gw.word("external-interface")
        if got:
            values["interface"] = got[0]
        else:
            self.problem(gw.line, where, "no external-interface")
        got = gw.word("local-address")
        values["branch_address"] = got[0] if got else "dynamic"
        for key, target in (("local-identity", "branch_id"), ("remote-identity", "prisma_id")):
            first = gw.last(key)
            if first is None:
                continue
            words, line = first
            if len(words) < 2 or words[0] not in IDENTITY_KINDS:
                kind = words[0] if words else ""
                self.problem(line, where, f"{key} {kind}: not an id type Prisma Access offers "
                                          f"(inet, hostname, user-at-hostname, key-id)")
                continue
            values[target] = Identity(IDENTITY_KINDS[words[0]], words[1])
        values["dpd"] = "dead-peer-detection" in gw.attrs
        values["nat_traversal"] = "no-nat-traversal" not in gw.attrs
        got = gw.word("version")
        version = {"v2-only": "ikev2", "v1-only": "ikev1"}
        if got is None:
            values["ike_version"] = "ikev1"  # Junos's default
        elif got[0] in version:
            values["ike_version"] = version[got[0]]
        else:
            self.problem(got[1], where, f"version {got[0]}: Junos has v1-only and v2-only")
        got = gw.word("ike-policy")
        if got is None:
            self.problem(gw.line, where, "no ike-policy")
        elif got[0] not in ike_policies:
            self.problem(got[1], where, f"ike-policy {got[0]} is not defined")
        else:
            policy = ike_policies[got[0]]
            values.update(self.once("ike-policy", policy.name, partial(self.ike_policy, policy, ike_proposals)))
        return values

    def ike_policy(self, policy: _Obj, ike_proposals: dict[str, _Obj]) -> dict[str, object]:
        values: dict[str, object] = {}
        pwhere = f"security ike policy {policy.name}"
        first = policy.last("pre-shared-key")
        if first is not None:
            words, line = first
            if len(words) >= 2 and words[0] == "ascii-text":
                secret = words[1]
                if secret.startswith("$9$"):
                    clear = decrypt9(secret)
                    if clear is None:
                        self.problem(line, pwhere, "the pre-shared key looks Junos-encrypted ($9$) but does not "
                                                   "decode")
                    else:
                        secret = clear
                values["psk"] = secret
            elif len(words) >= 2 and words[0] == "hexadecimal":
                try:
                    values["psk"] = bytes.fromhex(words[1]).decode()
                except ValueError:
                    self.problem(line, pwhere, "the hexadecimal pre-shared key does not decode to text")
            else:
                self.problem(line, pwhere, "pre-shared-key needs ascii-text or hexadecimal and the key")
        got = policy.word("proposal-set")
        if got is not None:
            self.problem(got[1], pwhere, f"proposal-set {got[0]} stands for Junos's built-in proposals, which "
                                         f"cannot be compared with Prisma's: name the proposals")
        names = policy.words("proposals")
        if not names and got is None:
            self.problem(policy.line, pwhere, "no proposals")
        proposals: list[IkeProposal] = []
        lifetime: int | None = None
        for pname, line in names:
            if pname not in ike_proposals:
                self.problem(line, pwhere, f"proposal {pname} is not defined")
                continue
            obj = ike_proposals[pname]
            p, life = self.once("ike-proposal", obj.name, partial(self.ike_proposal, obj))
            if p is not None:
                proposals.append(p)
            if lifetime is None and life is not None:
                lifetime = life
        values["ike"] = tuple(dedupe(proposals))
        values["ike_lifetime"] = lifetime if lifetime is not None else DEFAULT_IKE_LIFETIME
        return values

    def lifetime(self, obj: _Obj, where: str) -> int | None:
        got = obj.word("lifetime-seconds")
        if got is None:
            return None
        if not got[0].isdigit():
            self.problem(got[1], where, f"lifetime-seconds {got[0]} is not a number")
            return None
        return int(got[0])

    def algorithm(self, obj: _Obj, key: str, table: dict[str, str], other: Sequence[str], where: str
                  ) -> tuple[str | None, bool]:
        """(Prisma name or None, whether the statement is there)."""
        got = obj.word(key)
        if got is None:
            return None, False
        by_junos = {v: k for k, v in table.items()}
        if got[0] in by_junos:
            return by_junos[got[0]], True
        if got[0] in other:
            self.problem(got[1], where, f"{key} {got[0]} is not one Prisma Access offers")
        else:
            self.problem(got[1], where, f"unknown {key} {unknown_value(got[0], list(table.values()))}")
        return None, True

    def ike_proposal(self, obj: _Obj) -> tuple[IkeProposal | None, int | None]:
        where = f"security ike proposal {obj.name}"
        return self.ike_algorithms(obj, where), self.lifetime(obj, where)

    def ike_algorithms(self, obj: _Obj, where: str) -> IkeProposal | None:
        got = obj.word("authentication-method")
        if got is not None and got[0] != "pre-shared-keys":
            self.problem(got[1], where, f"authentication-method {got[0]}: sasekit tunnels use pre-shared-keys")
        enc, enc_there = self.algorithm(obj, "encryption-algorithm", IKE_ENCRYPTION, OTHER_ENCRYPTION, where)
        integ, integ_there = self.algorithm(obj, "authentication-algorithm", IKE_HASH, (), where)
        dh, dh_there = self.algorithm(obj, "dh-group", DH, OTHER_DH, where)
        prf_word = obj.word("prf-algorithm")
        if not enc_there:
            self.problem(obj.line, where, "no encryption-algorithm")
        if not dh_there:
            self.problem(obj.line, where, "no dh-group")
        if enc is None or dh is None:
            return None
        if is_gcm(enc):
            if prf_word is not None:
                self.problem(prf_word[1], where, "prf-algorithm must not be set with a GCM cipher")
            return IkeProposal(enc, GCM_PRF[enc], dh)
        if not integ_there:
            self.problem(obj.line, where, "no authentication-algorithm")
        if integ is None:
            return None
        if prf_word is not None and PRF.get(prf_word[0]) != integ:
            self.problem(prf_word[1], where, f"prf-algorithm {prf_word[0]} differs from the authentication-algorithm; "
                                             f"Prisma Access uses one hash for both")
        return IkeProposal(enc, integ, dh)

    def ipsec_policy(self, policy: _Obj, esp_proposals: dict[str, _Obj]) -> dict[str, object]:
        where = f"security ipsec policy {policy.name}"
        values: dict[str, object] = {}
        pfs = "no-pfs"
        first = policy.last("perfect-forward-secrecy")
        if first is not None:
            words, line = first
            if len(words) >= 2 and words[0] == "keys":
                if words[1] in DH:
                    pfs = words[1]
                elif words[1] in OTHER_DH:
                    self.problem(line, where, f"perfect-forward-secrecy keys {words[1]} is not one Prisma Access "
                                              f"offers")
                else:
                    self.problem(line, where, f"unknown perfect-forward-secrecy keys "
                                              f"{unknown_value(words[1], list(DH))}")
            else:
                self.problem(line, where, "perfect-forward-secrecy needs keys groupN")
        got = policy.word("proposal-set")
        if got is not None:
            self.problem(got[1], where, f"proposal-set {got[0]} stands for Junos's built-in proposals, which "
                                        f"cannot be compared with Prisma's: name the proposals")
        names = policy.words("proposals")
        if not names and got is None:
            self.problem(policy.line, where, "no proposals")
        proposals: list[EspProposal] = []
        lifetime: int | None = None
        for pname, line in names:
            if pname not in esp_proposals:
                self.problem(line, where, f"proposal {pname} is not defined")
                continue
            obj = esp_proposals[pname]
            algorithms, life = self.once("esp-proposal", obj.name, partial(self.esp_proposal, obj))
            if algorithms is not None:
                proposals.append(EspProposal(algorithms[0], algorithms[1], pfs))
            if lifetime is None and life is not None:
                lifetime = life
        values["esp"] = tuple(dedupe(proposals))
        values["esp_lifetime"] = lifetime if lifetime is not None else DEFAULT_ESP_LIFETIME
        return values

    def esp_proposal(self, obj: _Obj) -> tuple[tuple[str, str] | None, int | None]:
        """((encryption, integrity) or None, lifetime) of an IPsec proposal."""
        pwhere = f"security ipsec proposal {obj.name}"
        life = self.lifetime(obj, pwhere)
        got = obj.word("protocol")
        if got is not None and got[0] != "esp":
            self.problem(got[1], pwhere, f"protocol {got[0]}: Prisma Access tunnels use esp")
        enc, enc_there = self.algorithm(obj, "encryption-algorithm", ESP_ENCRYPTION, OTHER_ENCRYPTION, pwhere)
        integ, integ_there = self.algorithm(obj, "authentication-algorithm", ESP_HASH, OTHER_HASH, pwhere)
        if (enc_there and enc is None) or (integ_there and integ is None):
            return None, life
        enc = enc or "null"
        integ = "none" if is_gcm(enc) else (integ or "none")
        if enc == "null" and integ == "none":
            self.problem(obj.line, pwhere, "neither encryption-algorithm nor authentication-algorithm")
            return None, life
        return (enc, integ), life

    def bgp(self, tunnels: list[Tunnel], vpns: dict[str, _Obj], units: dict[str, _Obj], neighbors: dict[str, _Obj],
            groups: dict[str, _Obj]) -> list[Tunnel]:
        if not neighbors:
            return tunnels
        # the branch's address in each tunnel, from the st0 unit it is bound to
        unit_address: dict[int, str] = {}
        for i, vpn in enumerate(vpns.values()):
            unit = self.unit_of(vpn)
            if i >= len(tunnels) or unit is None or unit not in units:
                continue
            got = units[unit].last("family")
            if got and len(got[0]) >= 3 and got[0][0] == "inet" and got[0][1] == "address":
                unit_address[i] = got[0][2].split("/")[0]
        by_name = {t.name: i for i, t in enumerate(tunnels)}
        peers: dict[int, BgpPeer] = {}
        unplaced: list[tuple[_Obj, BgpPeer]] = []
        for nb in neighbors.values():
            where = f"protocols bgp neighbor {nb.name}"
            group = groups.get(nb.attrs["group"][0][0][0]) if "group" in nb.attrs else None

            def value(key: str, nb: _Obj = nb, group: _Obj | None = group) -> tuple[str, int] | None:
                got = nb.word(key)
                if got is None and group is not None:
                    got = group.word(key)
                return got

            peer_as = value("peer-as")
            if peer_as is None:
                self.problem(nb.line, where, "no peer-as")
                continue
            local_address = value("local-address")
            secret = value("authentication-key")
            clear = secret[0] if secret else None
            if clear is not None and clear.startswith("$9$"):
                decoded = decrypt9(clear)
                if decoded is None:
                    self.problem(secret[1] if secret else nb.line, where,
                                 "the authentication-key looks Junos-encrypted ($9$) but does not decode")
                else:
                    clear = decoded
            local_as = self.local_as or value("local-as")
            if local_as is None:
                self.problem(nb.line, where, "no AS for the branch: set routing-options autonomous-system")
            peer = BgpPeer(local_as[0] if local_as else "", peer_as[0], local_address[0] if local_address else "",
                           nb.name, clear)
            description = nb.word("description")
            index = by_name.get(description[0]) if description else None
            if index is None and local_address is not None:
                index = next((i for i, a in unit_address.items() if a == local_address[0]), None)
            if index is None or index in peers:
                unplaced.append((nb, peer))
            else:
                peers[index] = peer
        free = [i for i in range(len(tunnels)) if i not in peers]
        if unplaced and len(unplaced) == len(free) == 1:
            peers[free[0]] = unplaced[0][1]
        else:
            for nb, _peer in unplaced:
                self.problem(nb.line, f"protocols bgp neighbor {nb.name}",
                             "cannot tell which tunnel this neighbor belongs to: give it a description with the "
                             "tunnel's name")
        return [t.with_(bgp=peers[i]) if i in peers else t for i, t in enumerate(tunnels)]


def unknown_value(word: str, known: Sequence[str]) -> str:
    hint = close_matches(word, known, n=1)
    return f"'{word}'" + (f" (did you mean '{hint[0]}'?)" if hint else "")


DEVICE: Junos = Junos()
