"""Linux with strongSwan: ``swanctl.conf`` (loadable by ``swanctl --load-all`` of
strongSwan 5.9) and, when a tunnel has BGP, the BGP section of FRR's ``frr.conf``.

One connection per tunnel, named after it, with one child of the same name. IKE
proposals are written one combination each, in order (``aes256-sha256-modp2048,
aes128-sha1-ecp256``; with GCM the hash is the PRF: ``aes256gcm16-prfsha384-ecp384``);
ESP proposals likewise with the PFS group appended unless ``no-pfs``. A tunnel with BGP
gets an XFRM interface (``if_id_in``/``if_id_out``; a comment says how to create it) and
an FRR neighbor whose ``description`` is the tunnel's name, which is how :func:`parse`
puts neighbors and tunnels together again.

The pre-shared key is looked up by the initiator with its own identity and the
*configured* remote one, so a connection without a remote ``id`` would find no key
("no shared key found for '…' - '%any'"). When Prisma's IKE id is not set, the remote
``id`` is therefore Prisma's address (Prisma's default identity), marked with the comment
``# sasekit: Prisma's address``, and the secret names it.

Facts checked against the strongSwan 5.9.8 sources: the settings grammar
(``settings_lexer.l``/``settings_parser.y``), the options vici accepts
(``vici_config.c``; an unknown one discards the connection), the proposal keywords
(``proposal_keywords_static.txt``), identity prefixes (``identification.c``), the
``0x``/``0s`` secret prefixes (``load_creds.c``), and that routes are not installed
for policies with an XFRM interface id (``kernel_netlink_ipsec.c``). Rendered files
(random sites, every algorithm) were loaded by ``swanctl --load-all`` into a 5.9.8 charon,
and a rendered branch brought an IKE_SA up against a second charon; the same file without
the explicit remote ``id`` failed with "no shared key found".
"""

from __future__ import annotations

import base64
import binascii
import ipaddress
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..model import (
    BgpPeer,
    EspProposal,
    Identity,
    IkeProposal,
    Problem,
    Tunnel,
    dedupe,
)
from . import (
    SECRET_PLACEHOLDER,
    check_site,
    header,
    is_gcm,
    link_prefix,
    read_header,
    unit_number,
    unit_numbers,
    unknown_word,
)

KIND = "strongswan"
TITLE = "strongSwan (swanctl.conf) + FRR"
SWANCTL = "swanctl.conf"
FRR = "frr.conf"
INDENT = "    "
DPD_DELAY = "10s"
PRISMA_ADDRESS_MARK = "sasekit: Prisma's address (no Prisma IKE id is set)"

# ---------------------------------------------------------------------------- algorithms

def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ENCRYPTION = {"des": "des", "3des": "3des", "aes-128-cbc": "aes128", "aes-192-cbc": "aes192",
              "aes-256-cbc": "aes256", "aes-128-gcm": "aes128gcm16", "aes-256-gcm": "aes256gcm16", "null": "null"}
INTEGRITY = {"md5": "md5", "sha1": "sha1", "sha256": "sha256", "sha384": "sha384", "sha512": "sha512"}
PRF = {"md5": "prfmd5", "sha1": "prfsha1", "sha256": "prfsha256", "sha384": "prfsha384", "sha512": "prfsha512"}
DH = {"group1": "modp768", "group2": "modp1024", "group5": "modp1536", "group14": "modp2048", "group19": "ecp256",
      "group20": "ecp384"}

#: strongSwan keyword -> (transform type, Prisma name); aliases included.
KEYWORDS: dict[str, tuple[str, str]] = {
    **{v: ("enc", k) for k, v in ENCRYPTION.items()},
    "aes": ("enc", "aes-128-cbc"),
    "aes128gcm128": ("enc", "aes-128-gcm"), "aes128gcm": ("enc", "aes-128-gcm"),
    "aes256gcm128": ("enc", "aes-256-gcm"), "aes256gcm": ("enc", "aes-256-gcm"),
    **{v: ("integ", k) for k, v in INTEGRITY.items()},
    "sha": ("integ", "sha1"), "sha2_256": ("integ", "sha256"), "sha2_384": ("integ", "sha384"),
    "sha2_512": ("integ", "sha512"),
    **{v: ("prf", k) for k, v in PRF.items()},
    **{v: ("dh", k) for k, v in DH.items()},
    "none": ("dh", "no-pfs"), "modpnone": ("dh", "no-pfs"), "modpnull": ("dh", "no-pfs"),
    "esn": ("esn", "esn"), "noesn": ("esn", "noesn"),
}

#: Every other keyword strongSwan 5.9.8 knows (proposal_keywords_static.txt): valid, but not one Prisma offers.
OTHER_KEYWORDS = _words("""
aes128ctr aes192ctr aes256ctr aes128ccm8 aes128ccm64 aes128ccm12 aes128ccm96 aes128ccm16 aes128ccm128 aes128ccm
aes192ccm8 aes192ccm64 aes192ccm12 aes192ccm96 aes192ccm16 aes192ccm128 aes192ccm aes256ccm8 aes256ccm64
aes256ccm12 aes256ccm96 aes256ccm16 aes256ccm128 aes256ccm aes128gcm8 aes128gcm64 aes128gcm12 aes128gcm96
aes192gcm8 aes192gcm64 aes192gcm12 aes192gcm96 aes192gcm16 aes192gcm128 aes192gcm aes256gcm8 aes256gcm64
aes256gcm12 aes256gcm96 aes128gmac aes192gmac aes256gmac chacha20poly1305 chacha20poly1305compat blowfish
blowfish128 blowfish192 blowfish256 camellia camellia128 camellia192 camellia256 camellia128ctr camellia192ctr
camellia256ctr camellia128ccm8 camellia128ccm64 camellia128ccm12 camellia128ccm96 camellia128ccm16
camellia128ccm128 camellia192ccm8 camellia192ccm64 camellia192ccm12 camellia192ccm96 camellia192ccm16
camellia192ccm128 camellia256ccm8 camellia256ccm64 camellia256ccm12 camellia256ccm96 camellia256ccm16
camellia256ccm128 cast128 serpent serpent128 serpent192 serpent256 twofish twofish128 twofish192 twofish256
sha1_160 sha256_96 sha2_256_96 md5_128 aesxcbc camelliaxcbc aescmac prfaesxcbc prfcamelliaxcbc prfaescmac
modp3072 modp4096 modp6144 modp8192 ecp192 ecp224 ecp521 modp1024s160 modp2048s224 modp2048s256 ecp224bp
ecp256bp ecp384bp ecp512bp curve25519 x25519 curve448 x448 ntru112 ntru128 ntru192 ntru256 newhope128
""")

ALL_KEYWORDS = frozenset(KEYWORDS) | OTHER_KEYWORDS

# ---------------------------------------------------------------------------- what vici 5.9.8 accepts

CONN_KEYS = _words("""
local_addrs remote_addrs proposals vips pools version aggressive pull dscp encap mobike dpd_delay dpd_timeout
fragmentation childless send_certreq send_cert keyingtries unique local_port remote_port reauth_time rekey_time
over_time rand_time ppk_id ppk_required if_id_in if_id_out mediation mediated_by mediation_peer
""")
AUTH_KEYS = _words("groups cert_policy certs cacerts pubkeys auth id ca_id aaa_id eap_id xauth_id revocation round")
CHILD_KEYS = _words("""
ah_proposals esp_proposals local_ts remote_ts updown hostaccess mode policies policies_fwd_out replay_window
rekey_time life_time rand_time rekey_bytes life_bytes rand_bytes rekey_packets life_packets rand_packets dpd_action
start_action close_action ipcomp inactivity reqid mark_in mark_in_sa mark_out set_mark_in set_mark_out tfc_padding
priority interface hw_offload sha256_96 copy_df copy_ecn copy_dscp if_id_in if_id_out label label_mode
""")
TRUE = ("yes", "true", "enabled", "1")
FALSE = ("no", "false", "disabled", "0")
VERSIONS = {"ikev2": "2", "ikev1": "1", "ikev2-preferred": "0"}
ANY_ID = ("", "%any", "%any6", "0.0.0.0", "*", "::", "0::0")
ID_PREFIXES = (("ipv4:", "ipaddr"), ("ipv6:", "ipaddr"), ("fqdn:", "fqdn"), ("dns:", "fqdn"),
               ("email:", "ufqdn"), ("rfc822:", "ufqdn"), ("userfqdn:", "ufqdn"), ("keyid:", "keyid"))
ANY_TS = "0.0.0.0/0"
DEFAULT_IKE_REKEY = 4 * 3600     # vici's defaults when rekey_time is not set
DEFAULT_CHILD_REKEY = 3600


# ---------------------------------------------------------------------------- rendering

def _needs_quotes(value: str) -> bool:
    return not value or any(c in value for c in ' \t\r\n#{}="\\,')


def quote(value: str) -> str:
    """A value as the strongSwan settings parser reads it back unchanged."""
    if not _needs_quotes(value):
        return value
    escaped = (value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
               .replace("\t", "\\t"))
    return f'"{escaped}"'


def secret_value(secret: str) -> str:
    """A ``secret =`` value: quoted; hex (``0x…``) for one that starts with 0x/0s, which
    swanctl would otherwise decode."""
    if secret[:2].lower() in ("0x", "0s"):
        return "0x" + secret.encode().hex()
    escaped = (secret.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
               .replace("\t", "\\t"))
    return f'"{escaped}"'


def ike_proposal(p: IkeProposal) -> str:
    hash_ = PRF[p.integrity] if is_gcm(p.encryption) else INTEGRITY[p.integrity]
    return f"{ENCRYPTION[p.encryption]}-{hash_}-{DH[p.dh_group]}"


def esp_proposal(p: EspProposal) -> str:
    words = [ENCRYPTION[p.encryption]]
    if not is_gcm(p.encryption) and p.integrity != "none":
        words.append(INTEGRITY[p.integrity])
    if p.pfs != "no-pfs":
        words.append(DH[p.pfs])
    return "-".join(words)


def _check_algorithms(t: Tunnel) -> None:
    for p in t.ike:
        if p.encryption not in ENCRYPTION or p.encryption == "null" or p.integrity not in INTEGRITY \
                or p.dh_group not in DH:
            raise ValueError(f"tunnel {t.name}: IKE proposal {p} is not one strongSwan can be given")
    for e in t.esp:
        if e.encryption not in ENCRYPTION or (e.integrity != "none" and e.integrity not in INTEGRITY) \
                or (e.pfs != "no-pfs" and e.pfs not in DH):
            raise ValueError(f"tunnel {t.name}: ESP proposal {e} is not one strongSwan can be given")
    if t.ike_version not in VERSIONS:
        raise ValueError(f"tunnel {t.name}: unknown IKE version {t.ike_version!r}")


def identity(ident: Identity) -> str:
    """An IKE identity as swanctl writes it (``1.2.3.4``, ``fqdn:h``, ``email:u@h``, ``keyid:k``)."""
    prefix = {"ipaddr": "", "fqdn": "fqdn:", "ufqdn": "email:", "keyid": "keyid:"}.get(ident.kind)
    if prefix is None:
        raise ValueError(f"unknown IKE id type {ident.kind!r}")
    return quote(prefix + ident.value)


def _ts(selectors: tuple[str, ...]) -> str:
    return ", ".join(selectors) if selectors else ANY_TS


def _remote_id_line(t: Tunnel) -> str:
    if t.prisma_id is not None:
        return f"id = {identity(t.prisma_id)}"
    return f"id = {quote(str(t.prisma_address))}  # {PRISMA_ADDRESS_MARK}"


def _secret_ids(t: Tunnel) -> list[str]:
    ids = [identity(t.prisma_id) if t.prisma_id is not None else quote(str(t.prisma_address))]
    if t.branch_id is not None:
        ids.append(identity(t.branch_id))
    return ids


def section_name(name: str) -> str:
    """A tunnel's name as a swanctl section name, which cannot hold ``# { } : . , = "``
    or blanks (the full name stays in the header comment)."""
    return re.sub(r'[#{}:.,="\s]', "_", name) or "_"


def _xfrm_name(n: int) -> str:
    return f"xfrm{n}"


def _child_lines(t: Tunnel, if_id: int | None) -> list[str]:
    lines = [f"local_ts = {_ts(t.branch_ts)}",
             f"remote_ts = {_ts(t.prisma_ts)}",
             f"esp_proposals = {', '.join(esp_proposal(p) for p in t.esp)}",
             f"rekey_time = {t.esp_lifetime}s",
             "start_action = start",
             "close_action = start"]
    if t.dpd:
        lines.append("dpd_action = restart")
    if if_id is not None:
        lines += [f"if_id_in = {if_id}", f"if_id_out = {if_id}"]
    return lines


def _connection(t: Tunnel, if_id: int | None) -> list[str]:
    i1, i2, i3 = INDENT, INDENT * 2, INDENT * 3
    name = section_name(t.name)
    out = [f"{i1}# {header(t)}", f"{i1}{name} {{"]
    body = [f"version = {VERSIONS[t.ike_version]}",
            f"local_addrs = {'%any' if t.branch_address == 'dynamic' else quote(t.branch_address)}",
            f"remote_addrs = {quote(str(t.prisma_address))}",
            f"proposals = {', '.join(ike_proposal(p) for p in t.ike)}",
            f"rekey_time = {t.ike_lifetime}s"]
    if t.dpd:
        body.append(f"dpd_delay = {DPD_DELAY}")
    if t.nat_traversal:
        body.append("encap = yes")
    body += ["mobike = no", "keyingtries = 0"]
    out += [i2 + line for line in body]
    out += [f"{i2}local {{", f"{i3}auth = psk"]
    if t.branch_id is not None:
        out.append(f"{i3}id = {identity(t.branch_id)}")
    out += [f"{i2}}}", f"{i2}remote {{", f"{i3}auth = psk", f"{i3}{_remote_id_line(t)}", f"{i2}}}"]
    if if_id is not None and t.bgp is not None:
        dev = f" dev {t.interface}" if t.interface else ""
        xfrm = _xfrm_name(if_id)
        prefix = link_prefix(t.bgp.local_address, t.bgp.peer_address)
        out += [f"{i2}# BGP runs over XFRM interface {xfrm} (if_id {if_id}); create it once, as root:",
                f"{i2}#   ip link add {xfrm} type xfrm{dev} if_id {if_id}",
                f"{i2}#   ip addr add {t.bgp.local_address}/{prefix} dev {xfrm}",
                f"{i2}#   ip link set {xfrm} up"]
    out += [f"{i2}children {{", f"{i3}{name} {{"]
    out += [INDENT * 4 + line for line in _child_lines(t, if_id)]
    out += [f"{i3}}}", f"{i2}}}", f"{i1}}}"]
    return out


def _secret(t: Tunnel) -> list[str]:
    i1, i2 = INDENT, INDENT * 2
    if t.psk is None:
        return [f"{i1}# {t.name}: no pre-shared key is known; add ike-{section_name(t.name)} {{ secret = ... }}"]
    out = [f"{i1}ike-{section_name(t.name)} {{"]
    out += [f"{i2}id-{n} = {v}" for n, v in enumerate(_secret_ids(t), 1)]
    out += [f"{i2}secret = {secret_value(t.psk)}", f"{i1}}}"]
    return out


def _frr_neighbor(bgp: BgpPeer, name: str, secret: str | None) -> list[str]:
    peer = bgp.peer_address
    lines = [f" neighbor {peer} remote-as {bgp.peer_as}",
             f" neighbor {peer} description {name}",
             f" neighbor {peer} update-source {bgp.local_address}"]
    if secret is not None:
        lines.append(f" neighbor {peer} password {secret}")
    return lines


def _check_bgp(t: Tunnel) -> None:
    if t.bgp is None:
        return
    for what, value in (("local AS", t.bgp.local_as), ("peer AS", t.bgp.peer_as),
                        ("local address", t.bgp.local_address), ("peer address", t.bgp.peer_address)):
        if not value or any(c.isspace() for c in value):
            raise ValueError(f"tunnel {t.name}: BGP {what} {value!r} is not one word")
    if t.bgp.secret is not None and (not t.bgp.secret or any(c.isspace() for c in t.bgp.secret)):
        raise ValueError(f"tunnel {t.name}: FRR takes a BGP password of one word, without spaces")


class StrongSwan:
    """strongSwan's swanctl.conf, and FRR's frr.conf for BGP."""

    kind: str = KIND
    title: str = TITLE
    not_expressed: frozenset[str] = frozenset({"interface"})

    # ------------------------------------------------------------------ render
    def render(self, tunnels: Sequence[Tunnel]) -> dict[str, str]:
        check_site(tunnels)
        for t in tunnels:
            _check_algorithms(t)
            _check_bgp(t)
        numbers = unit_numbers(tunnels)
        site = next((t.site for t in tunnels if t.site), "")
        lines = [f"# swanctl.conf{f' for site {site}' if site else ''}, rendered by sasekit.",
                 "# Load it with `swanctl --load-all` (strongSwan 5.9). It holds the pre-shared keys: keep it 0600.",
                 "connections {"]
        for t, n in zip(tunnels, numbers, strict=True):
            lines += _connection(t, n if t.bgp is not None else None)
        lines += ["}", "", "secrets {"]
        for t in tunnels:
            lines += _secret(t)
        lines.append("}")
        out = {SWANCTL: "\n".join(lines) + "\n"}
        peers = [(t.name, t.bgp) for t in tunnels if t.bgp is not None]
        if peers:
            frr = [f"! frr.conf BGP section{f' for site {site}' if site else ''}, rendered by sasekit. "
                   "It holds the BGP secrets: keep it 0600.",
                   "! Needs bgpd=yes in /etc/frr/daemons; the neighbors are reached over the XFRM interfaces "
                   "of swanctl.conf.",
                   f"router bgp {peers[0][1].local_as}",
                   " no bgp ebgp-requires-policy"]
            for name, peer in peers:
                frr += _frr_neighbor(peer, name, peer.secret)
            frr.append("exit")
            out[FRR] = "\n".join(frr) + "\n"
        return out

    # ------------------------------------------------------------------ parse
    def parse(self, texts: Sequence[str]) -> tuple[list[Tunnel], list[Problem]]:
        problems: list[Problem] = []
        swanctl: list[str] = []
        frr: list[str] = []
        for text in texts:
            (frr if re.search(r"^\s*router\s+bgp\b", text, re.M) else swanctl).append(text)
        try:
            tunnels = _Reader(problems).read(swanctl)
            if frr:
                _read_frr(frr, tunnels, problems)
            result = [t.tunnel() for t in tunnels]
        except Exception as exc:  # never raise on bad input: say so instead
            problems.append(Problem(0, KIND, f"could not read the configuration: {exc!r}"))
            return [], problems
        problems.sort(key=lambda p: (p.where.split(" ")[0], p.line))
        return result, problems

    # ------------------------------------------------------------------ fix lines
    def fix_lines(self, tunnel: Tunnel, field: str) -> list[str]:
        """Lines relative to the tunnel's section ``connections.<name>`` (sub-sections
        written out, so that appending them in a ``connections { <name> { … } }`` block
        overrides: strongSwan extends a section named again and a later setting wins);
        ``psk`` relative to ``secrets.ike-<name>``; ``bgp`` FRR lines. The secrets are
        :data:`SECRET_PLACEHOLDER`; a line starting with ``#`` or ``!`` says what to remove."""
        t = tunnel
        name = section_name(t.name)
        child = ["children {", f"{INDENT}{name} {{"], [f"{INDENT}}}", "}"]
        if field == "ike_version":
            if t.ike_version not in VERSIONS:
                raise ValueError(f"tunnel {t.name}: unknown IKE version {t.ike_version!r}")
            return [f"version = {VERSIONS[t.ike_version]}"]
        if field == "ike":
            return [f"proposals = {', '.join(ike_proposal(p) for p in t.ike)}"]
        if field == "psk":
            return [f'secret = "{SECRET_PLACEHOLDER}"']
        if field == "branch_id":
            if t.branch_id is None:
                return ["# local: remove the id line (the branch's own address is its identity)"]
            return ["local {", f"{INDENT}id = {identity(t.branch_id)}", "}"]
        if field == "prisma_id":
            if t.prisma_address is None and t.prisma_id is None:
                raise ValueError(f"tunnel {t.name}: Prisma's public address is not known yet: push first")
            return ["remote {", f"{INDENT}{_remote_id_line(t)}", "}"]
        if field in ("esp", "pfs"):
            return [*child[0], f"{INDENT * 2}esp_proposals = {', '.join(esp_proposal(p) for p in t.esp)}",
                    *child[1]]
        if field == "branch_ts":
            return [*child[0], f"{INDENT * 2}local_ts = {_ts(t.branch_ts)}", *child[1]]
        if field == "prisma_ts":
            return [*child[0], f"{INDENT * 2}remote_ts = {_ts(t.prisma_ts)}", *child[1]]
        if field == "bgp":
            if t.bgp is None:
                return ["! no BGP over this tunnel: remove its neighbor from router bgp"]
            n = unit_number(t)
            secret = None if t.bgp.secret is None else SECRET_PLACEHOLDER
            unset = [] if secret is not None else [f" no neighbor {t.bgp.peer_address} password"]
            return [f"router bgp {t.bgp.local_as}", *_frr_neighbor(t.bgp, t.name, secret), *unset, "exit",
                    f"! and in swanctl.conf children.{name}: if_id_in = {n}, if_id_out = {n}"]
        if field == "prisma_address":
            if t.prisma_address is None:
                raise ValueError(f"tunnel {t.name}: Prisma's public address is not known yet: push first")
            lines = [f"remote_addrs = {quote(t.prisma_address)}"]
            if t.prisma_id is None:  # Prisma's address is also its identity, and names the secret
                lines += ["remote {", f"{INDENT}{_remote_id_line(t)}", "}",
                          f"# and in secrets.ike-{name}: id-1 = {quote(t.prisma_address)}"]
            return lines
        raise ValueError(f"unknown field {field!r} for fix lines")


# ---------------------------------------------------------------------------- the settings grammar

@dataclass
class _Setting:
    value: str
    line: int
    comment: str = ""


@dataclass
class _Section:
    name: str
    line: int
    settings: dict[str, _Setting] = field(default_factory=dict)
    sections: dict[str, _Section] = field(default_factory=dict)
    comment_lines: list[tuple[int, str]] = field(default_factory=list)
    references: list[tuple[str, int]] = field(default_factory=list)


NAME_STOP = set('#{}:.,="\r\n\t ')
VALUE_STOP = set('#}"\r\n\t ')


def parse_settings(text: str, problems: list[Problem], where: str = SWANCTL) -> tuple[_Section, dict[int, str]]:
    """The strongSwan settings grammar (as strongswan.conf and swanctl.conf use it):
    sections ``name {…}`` (the same name again extends it), ``key = value`` (a later one
    wins), ``#`` comments, double-quoted strings with backslash escapes. Returns the root
    section and the comments by line."""
    root = _Section("", 0)
    stack = [root]
    comments: dict[int, str] = {}
    i, n, line = 0, len(text), 1

    def problem(at: int, message: str) -> None:
        problems.append(Problem(at, where, message))

    def skip_line() -> None:
        nonlocal i
        while i < n and text[i] != "\n":
            i += 1

    def read_string() -> str | None:
        nonlocal i, line
        start = line
        i += 1
        out: list[str] = []
        while i < n:
            c = text[i]
            if c == '"':
                i += 1
                return "".join(out)
            if c == "\\":
                if i + 1 >= n:
                    break
                nxt = text[i + 1]
                if nxt == "\n" or (nxt == "\r" and i + 2 < n and text[i + 2] == "\n"):
                    i += 2 if nxt == "\n" else 3
                    line += 1
                    continue
                out.append({"n": "\n", "r": "\r", "t": "\t"}.get(nxt, nxt))
                i += 2
                continue
            if c == "\n":
                line += 1
            if c != "\r":
                out.append(c)
            i += 1
        problem(start, "unterminated string (a \" is missing)")
        return None

    def read_value() -> str | None:
        nonlocal i
        parts: list[str] = []
        while i < n:
            c = text[i]
            if c in " \t\r":
                i += 1
            elif c in "#}\n":
                break
            elif c == '"':
                s = read_string()
                if s is None:
                    return None
                parts.append(s)
            else:
                j = i
                while j < n and text[j] not in VALUE_STOP:
                    j += 1
                parts.append(text[i:j])
                i = j
        return " ".join(parts)

    while i < n:
        c = text[i]
        if c in " \t\r":
            i += 1
        elif c == "#":
            j = text.find("\n", i)
            j = n if j < 0 else j
            comments[line] = text[i + 1:j].strip()
            stack[-1].comment_lines.append((line, comments[line]))
            i = j
        elif c == "\n":
            line += 1
            i += 1
        elif c == "}":
            if len(stack) == 1:
                problem(line, "unexpected '}' (no section is open)")
            else:
                stack.pop()
            i += 1
        elif c == "{":
            problem(line, "'{' without a section name")
            stack.append(_Section("", line))
            i += 1
        elif c == '"':
            problem(line, "unexpected string (a name is expected)")
            skip_line()
        elif c == "=":
            problem(line, "'=' without a setting name")
            i += 1
            read_value()
        else:
            j = i
            while j < n and text[j] not in NAME_STOP:
                j += 1
            name, at = text[i:j], line
            i = j
            if name == "include" and i < n and text[i] in " \t":
                k = i
                while k < n and text[k] in " \t":
                    k += 1
                if k < n and text[k] != "=":
                    skip_line()  # another file: not read here
                    continue
            while i < n and text[i] in " \t\r":
                i += 1
            if i < n and text[i] == "=":
                i += 1
                value = read_value()
                if value is not None:
                    stack[-1].settings[name] = _Setting(value, at)
                continue
            k, extra = i, 0
            while k < n and text[k] in " \t\r\n":
                extra += text[k] == "\n"
                k += 1
            references: list[tuple[str, int]] = []
            if k < n and text[k] == ":" and extra == 0:  # name : a.b, c {  (a section that extends others)
                k += 1
                while True:
                    while k < n and text[k] in " \t\r\n":
                        extra += text[k] == "\n"
                        k += 1
                    m = re.match(r'[^#{}:.,="\r\n\t ]+(\.[^#{}:.,="\r\n\t ]+)*', text[k:])
                    if not m:
                        break
                    references.append((m.group(0), line + extra))
                    k += m.end()
                    while k < n and text[k] in " \t\r\n":
                        extra += text[k] == "\n"
                        k += 1
                    if k < n and text[k] == ",":
                        k += 1
                        continue
                    break
                if not references:
                    k = n + 1  # a problem below
            if k < n and text[k] == "{" and (extra <= 1 or references):
                i, line = k + 1, line + extra
                parent = stack[-1]
                section = parent.sections.get(name)
                if section is None:
                    section = parent.sections[name] = _Section(name, at)
                section.references += references
                stack.append(section)
            else:
                problem(at, f"'{name}' is followed by neither '=' nor '{{'")
                skip_line()
    for open_section in stack[1:]:
        problem(open_section.line, f"section '{open_section.name}' is not closed (a '}}' is missing)")
    for section in _walk(root):
        for s in section.settings.values():
            s.comment = comments.get(s.line, "")
    _resolve_references(root, root, problems, where, set())
    return root, comments


def _find(root: _Section, path: str) -> _Section | None:
    section: _Section | None = root
    for part in path.split("."):
        section = section.sections.get(part) if section is not None else None
    return section


def _inherit(into: _Section, base: _Section) -> None:
    for key, value in base.settings.items():
        into.settings.setdefault(key, value)
    for name, sub in base.sections.items():
        if name in into.sections:
            _inherit(into.sections[name], sub)
        else:
            into.sections[name] = sub


def _resolve_references(root: _Section, section: _Section, problems: list[Problem], where: str,
                        busy: set[int]) -> None:
    """Fold the sections a ``name : base {`` section refers to into it (what it sets wins)."""
    busy.add(id(section))
    for ref, line in section.references:
        base = _find(root, ref)
        if base is None:
            problems.append(Problem(line, where, f"section '{section.name}' refers to '{ref}', which is not "
                                                 f"defined"))
        elif id(base) in busy:
            problems.append(Problem(line, where, f"section '{section.name}' refers to '{ref}' in a loop"))
        else:
            _resolve_references(root, base, problems, where, busy)
            _inherit(section, base)
    section.references = []
    for sub in list(section.sections.values()):
        if id(sub) not in busy:
            _resolve_references(root, sub, problems, where, busy)
    busy.discard(id(section))


def _walk(section: _Section) -> list[_Section]:
    out = [section]
    for sub in section.sections.values():
        out += _walk(sub)
    return out


# ---------------------------------------------------------------------------- reading swanctl.conf

@dataclass
class _Seen:
    """A tunnel being read, with where its parts were."""

    name: str
    line: int
    values: dict[str, object] = field(default_factory=dict)
    section: str = ""
    remote_ids: list[str] = field(default_factory=list)
    local_ids: list[str] = field(default_factory=list)
    remote_addrs: list[str] = field(default_factory=list)
    if_id: str | None = None

    def tunnel(self) -> Tunnel:
        return Tunnel(name=self.name, **self.values)  # type: ignore[arg-type]


def parse_time(value: str) -> int | None:
    m = re.fullmatch(r"\s*(\d+)\s*([smhdSMHD]?)\s*", value)
    if not m:
        return None
    return int(m.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}[m.group(2).lower()]


def parse_bool(value: str) -> bool | None:
    v = value.strip().lower()
    return True if v in TRUE else False if v in FALSE else None


def parse_identity(value: str) -> tuple[Identity | None, str]:
    """An IKE identity as charon reads it -> (identity or None for "any", a problem or "")."""
    v = value.strip()
    low = v.lower()
    for prefix, kind in ID_PREFIXES:
        if low.startswith(prefix):
            return Identity(kind, v[len(prefix):]), ""
    if re.match(r"^\{\d+\}:", v) or low.startswith(("asn1dn:", "asn1gn:", "xmppaddr:", "ipv4net:", "ipv6net:",
                                                     "ipv4range:", "ipv6range:")):
        return None, f"IKE id {v!r} is not of a type Prisma Access offers (ipaddr, fqdn, ufqdn, keyid)"
    if "=" in v:
        return None, f"IKE id {v!r} is a distinguished name, which Prisma Access does not offer"
    if "@" not in v:
        if v in ANY_ID:
            return None, ""
        try:
            ipaddress.ip_address(v)
            return Identity("ipaddr", v), ""
        except ValueError:
            return Identity("fqdn", v), ""
    if v.startswith("@#"):
        return Identity("keyid", v[1:]), ""
    if v.startswith("@@"):
        return Identity("ufqdn", v[2:]), ""
    if v.startswith("@"):
        return Identity("fqdn", v[1:]), ""
    return Identity("ufqdn", v), ""


def _split_list(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def _parse_proposals(value: str, esp: bool, line: int, where: str, problems: list[Problem]) -> list[object]:
    out: list[object] = []
    for text in _split_list(value):
        out += _parse_proposal(text, esp, line, where, problems)
    return list(dedupe(out))


def _parse_proposal(text: str, esp: bool, line: int, where: str, problems: list[Problem]) -> list[object]:
    def problem(message: str) -> None:
        problems.append(Problem(line, where, message))

    if text.lower() == "default":
        problem("'default' stands for strongSwan's built-in proposals, which cannot be compared with Prisma's: "
                "write the proposals out")
        return []
    found: dict[str, list[str]] = {"enc": [], "integ": [], "prf": [], "dh": [], "esn": []}
    bad = False
    for word in text.lower().split("-"):
        if word in KEYWORDS:
            kind, name = KEYWORDS[word]
            if name not in found[kind]:
                found[kind].append(name)
        elif word in OTHER_KEYWORDS:
            problem(f"'{word}' in proposal '{text}' is a strongSwan algorithm that Prisma Access does not offer")
            bad = True
        else:
            problem(f"unknown algorithm {unknown_word(word, ALL_KEYWORDS)} in proposal '{text}'")
            bad = True
    if bad:
        return []
    encs = found["enc"]
    if not encs:
        problem(f"proposal '{text}' has no encryption algorithm")
        return []
    aead = [e for e in encs if is_gcm(e)]
    if aead and len(aead) != len(encs):
        problem(f"proposal '{text}' mixes GCM with other ciphers, which strongSwan refuses: write two proposals")
        return []
    if esp:
        if "no-pfs" in found["dh"] and len(found["dh"]) > 1:
            found["dh"].remove("no-pfs")
        integ = ["none"] if aead else (found["integ"] or ["none"])
        if not aead and encs == ["null"] and integ == ["none"]:
            problem(f"proposal '{text}' has neither encryption nor integrity")
            return []
        return [EspProposal(e, i, g) for e, i, g in itertools.product(encs, integ, found["dh"] or ["no-pfs"])]
    dh = [g for g in found["dh"] if g != "no-pfs"]
    if not dh:
        problem(f"IKE proposal '{text}' has no DH group")
        return []
    if "null" in encs:
        problem(f"IKE proposal '{text}': null encryption is not allowed for IKE")
        return []
    if aead:
        hashes = found["prf"] or found["integ"]
        if not hashes:
            problem(f"IKE proposal '{text}' has no PRF for its GCM cipher")
            return []
    else:
        hashes = found["integ"]
        if not hashes:
            problem(f"IKE proposal '{text}' has no integrity algorithm")
            return []
        if found["prf"] and found["prf"] != hashes:
            problem(f"IKE proposal '{text}' gives PRF {', '.join(found['prf'])} apart from the integrity "
                    f"{', '.join(hashes)}; Prisma Access uses one hash for both")
    return [IkeProposal(e, h, g) for e, h, g in itertools.product(encs, hashes, dh)]


def _decode_secret(value: str) -> str:
    low = value[:2].lower()
    try:
        if low == "0x":
            return bytes.fromhex(value[2:]).decode()
        if low == "0s":
            return base64.b64decode(value[2:], validate=True).decode()
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return value
    return value


class _Reader:
    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems

    def problem(self, line: int, where: str, message: str) -> None:
        self.problems.append(Problem(line, where, message))

    def read(self, texts: Sequence[str]) -> list[_Seen]:
        conns: dict[str, tuple[_Section, dict[int, str]]] = {}
        secrets: list[tuple[str, _Section]] = []
        for text in texts:
            root, comments = parse_settings(text, self.problems)
            for name, sec in root.sections.items():
                if name not in ("connections", "secrets", "authorities", "pools"):
                    self.problem(sec.line, SWANCTL, f"unknown section {unknown_word(name, ['connections', 'secrets', 'authorities', 'pools'])}")
            if "connections" in root.sections:
                for name, sec in root.sections["connections"].sections.items():
                    conns.setdefault(name, (sec, comments))
            if "secrets" in root.sections:
                secrets += list(root.sections["secrets"].sections.items())
        seen = [self.connection(name, sec, comments) for name, (sec, comments) in conns.items()]
        self.secrets(seen, secrets)
        return seen

    def connection(self, name: str, sec: _Section, comments: dict[int, str]) -> _Seen:
        where = f"{SWANCTL} connections.{name}"
        t = _Seen(name, sec.line, section=name)
        v = t.values
        for line in sorted(comments):
            got = read_header(comments[line])
            if got and section_name(got[0]) == name:
                t.name = got[0]
                if got[1].get("site"):
                    v["site"] = got[1]["site"]
                if got[1].get("role"):
                    v["role"] = got[1]["role"]
        for key, setting in sec.settings.items():
            if key not in CONN_KEYS:
                self.problem(setting.line, where, f"unknown setting {unknown_word(key, CONN_KEYS)}: swanctl discards "
                                            f"the connection")
        for sub, subsec in sec.sections.items():
            if not (sub.startswith(("local", "remote")) or sub == "children"):
                self.problem(subsec.line, where, f"unknown section {unknown_word(sub, ['local', 'remote', 'children'])}")
        s: _Setting | None = sec.settings.get("version")
        version = s.value.strip() if s else "0"
        by_number = {n: k for k, n in VERSIONS.items()}
        if version in by_number:
            v["ike_version"] = by_number[version]
        elif s:
            self.problem(s.line, where, f"version must be 0, 1 or 2, not {version!r}")
        s = sec.settings.get("local_addrs")
        if s:
            addrs = _split_list(s.value)
            v["branch_address"] = "dynamic" if not addrs or addrs[0] in ("%any", "%any4", "%any6", "0.0.0.0") \
                else addrs[0]
        s = sec.settings.get("remote_addrs")
        if s and _split_list(s.value) and _split_list(s.value)[0] not in ("%any", "%any4", "%any6"):
            t.remote_addrs = _split_list(s.value)
            v["prisma_address"] = t.remote_addrs[0]
        else:
            self.problem(s.line if s else sec.line, where, "no remote_addrs: the branch cannot start the tunnel")
        s = sec.settings.get("proposals")
        if s:
            v["ike"] = tuple(_parse_proposals(s.value, False, s.line, f"{where}.proposals", self.problems))
        else:
            self.problem(sec.line, where, "no proposals: strongSwan would offer its defaults, which cannot be "
                                          "compared with Prisma's; write them out")
        s = sec.settings.get("rekey_time")
        v["ike_lifetime"] = self.time(s, where, DEFAULT_IKE_REKEY)
        s = sec.settings.get("dpd_delay")
        dpd = self.time(s, where, 0)
        v["dpd"] = dpd > 0
        s = sec.settings.get("encap")
        v["nat_traversal"] = self.flag(s, where, False)
        if "if_id_in" in sec.settings:
            t.if_id = sec.settings["if_id_in"].value.strip()
        self.auth(t, sec, where)
        self.children(t, sec, where)
        return t

    def time(self, s: _Setting | None, where: str, default: int) -> int:
        if s is None:
            return default
        value = parse_time(s.value)
        if value is None:
            self.problem(s.line, where, f"{s.value!r} is not a time (seconds, or with s, m, h, d)")
            return default
        return value

    def flag(self, s: _Setting | None, where: str, default: bool) -> bool:
        if s is None:
            return default
        value = parse_bool(s.value)
        if value is None:
            self.problem(s.line, where, f"{s.value!r} is not yes or no")
            return default
        return value

    def auth(self, t: _Seen, sec: _Section, where: str) -> None:
        for side in ("local", "remote"):
            rounds = sorted((name for name in sec.sections if name.startswith(side)),
                            key=lambda n: (n != side, n))
            if not rounds:
                if side == "remote":
                    self.problem(sec.line, where, "no remote section: say `remote { auth = psk }`")
                continue
            for name in rounds:
                sub = sec.sections[name]
                for key, setting in sub.settings.items():
                    if key not in AUTH_KEYS:
                        self.problem(setting.line, f"{where}.{name}",
                                     f"unknown setting {unknown_word(key, AUTH_KEYS)}: swanctl discards the "
                                     f"connection")
            sub = sec.sections[rounds[0]]
            s: _Setting | None = sub.settings.get("auth")
            if s is None or s.value.strip().lower() != "psk":
                self.problem(s.line if s else sub.line, f"{where}.{rounds[0]}",
                             f"auth = {s.value.strip() if s else 'pubkey'}: sasekit tunnels authenticate with a "
                             f"pre-shared key (auth = psk)")
            s = sub.settings.get("id")
            if s is None:
                continue
            ident, message = parse_identity(s.value)
            if message:
                self.problem(s.line, f"{where}.{rounds[0]}.id", message)
            if side == "local":
                t.values["branch_id"] = ident
                t.local_ids.append(s.value.strip())
            else:
                t.remote_ids.append(s.value.strip())
                marked = PRISMA_ADDRESS_MARK.split(" (")[0] in s.comment
                if marked and ident is not None and ident.kind == "ipaddr" \
                        and ident.value == t.values.get("prisma_address"):
                    ident = None
                t.values["prisma_id"] = ident

    def children(self, t: _Seen, sec: _Section, where: str) -> None:
        children = sec.sections.get("children")
        if children is None or not children.sections:
            self.problem(sec.line, where, "no children: no CHILD_SA (ESP) is set up")
            return
        if len(children.sections) > 1:
            self.problem(children.line, f"{where}.children",
                         f"{len(children.sections)} children; sasekit reads the first, "
                         f"{next(iter(children.sections))}")
        for cname, child in children.sections.items():
            for key, setting in child.settings.items():
                if key not in CHILD_KEYS:
                    self.problem(setting.line, f"{where}.children.{cname}",
                                 f"unknown setting {unknown_word(key, CHILD_KEYS)}: swanctl discards the connection")
        cname, child = next(iter(children.sections.items()))
        cwhere = f"{where}.children.{cname}"
        v = t.values
        s: _Setting | None = child.settings.get("esp_proposals")
        if s:
            v["esp"] = tuple(_parse_proposals(s.value, True, s.line, f"{cwhere}.esp_proposals", self.problems))
        else:
            self.problem(child.line, cwhere, "no esp_proposals: strongSwan would offer its defaults, which cannot "
                                             "be compared with Prisma's; write them out")
        for key, name in (("local_ts", "branch_ts"), ("remote_ts", "prisma_ts")):
            s = child.settings.get(key)
            if s is None:
                v[name] = ("dynamic",)  # strongSwan's default: the tunnel's own outer address
                continue
            selectors = tuple(_split_list(s.value))
            v[name] = () if selectors in ((ANY_TS,), ("0.0.0.0/0[any]",)) else selectors
        s = child.settings.get("rekey_time")
        v["esp_lifetime"] = self.time(s, cwhere, DEFAULT_CHILD_REKEY)
        s = child.settings.get("if_id_in")
        if s:
            t.if_id = s.value.strip()

    def secrets(self, seen: list[_Seen], secrets: list[tuple[str, _Section]]) -> None:
        by_name = {t.section: t for t in seen}
        loose: list[tuple[str, _Section, str, list[str]]] = []
        for name, sec in secrets:
            if not name.startswith("ike"):
                continue
            s = sec.settings.get("secret")
            if s is None:
                self.problem(sec.line, f"{SWANCTL} secrets.{name}", "no secret")
                continue
            value = _decode_secret(s.value)
            ids = [x.value.strip() for k, x in sec.settings.items() if k.startswith("id")]
            target = by_name.get(name[len("ike-"):]) if name.startswith("ike-") else None
            if target is not None and "psk" not in target.values:
                target.values["psk"] = value
            else:
                loose.append((name, sec, value, ids))
        def known(t: _Seen) -> set[Identity]:
            return {i for i in (parse_identity(x)[0] for x in t.remote_ids + t.local_ids + t.remote_addrs) if i}

        for name, _sec, value, ids in loose:
            wanted = {i for i in (parse_identity(x)[0] for x in ids) if i}
            matches = [t for t in seen if "psk" not in t.values and wanted & known(t)]
            if not ids:
                matches = [t for t in seen if "psk" not in t.values]
            for t in matches:
                t.values["psk"] = value
            if not matches:
                self.problem(_sec.line, f"{SWANCTL} secrets.{name}", "no connection uses this secret")


# ---------------------------------------------------------------------------- reading frr.conf

BGP_BLOCK_WORDS = ("neighbor", "bgp", "no", "address-family", "exit-address-family", "network", "redistribute",
                   "timers", "maximum-paths", "distance", "aggregate-address", "table-map", "coalesce-time",
                   "read-quanta", "write-quanta", "update-delay", "vnc", "segment-routing", "sid", "import",
                   "export", "rd", "rt", "label", "nexthop", "advertise", "neighbor-group")


@dataclass
class _Neighbor:
    address: str
    line: int
    attrs: dict[str, tuple[str, int]] = field(default_factory=dict)


def _read_frr(texts: Sequence[str], seen: list[_Seen], problems: list[Problem]) -> None:
    neighbors: dict[str, _Neighbor] = {}
    groups: dict[str, _Neighbor] = {}
    local_as: str | None = None
    for text in texts:
        inside = False
        for number, raw in enumerate(text.splitlines(), 1):
            line = raw.rstrip()
            words = line.split()
            if not words or words[0].startswith(("!", "#")):
                continue
            top = not raw[:1].isspace()
            if words[:2] == ["router", "bgp"]:
                if len(words) < 3 or not re.fullmatch(r"\d+(\.\d+)?", words[2]):
                    problems.append(Problem(number, FRR, "router bgp needs the branch's AS number"))
                    inside = False
                    continue
                if len(words) > 3:  # router bgp N vrf X: not the default instance
                    inside = False
                    continue
                local_as, inside = words[2], True
                continue
            if not inside:
                continue
            if words[0] in ("exit", "end") and top:
                inside = False
                continue
            if top and words[0] not in BGP_BLOCK_WORDS and words[0] != "exit":
                inside = False
                continue
            if words[:2] == ["no", "neighbor"] and len(words) >= 4:  # no neighbor X password
                for table in (neighbors, groups):
                    if words[2] in table:
                        table[words[2]].attrs.pop(words[3], None)
                continue
            if words[0] != "neighbor":
                continue
            if len(words) < 3:
                problems.append(Problem(number, f"{FRR} router bgp", "a neighbor line needs an address and what to set"))
                continue
            who, what, rest = words[1], words[2], words[3:]
            try:
                ipaddress.ip_address(who)
                table = neighbors
            except ValueError:
                table = groups
            entry = table.setdefault(who, _Neighbor(who, number))
            if what == "peer-group" and not rest:
                continue
            value = " ".join(rest)
            if what in ("remote-as", "update-source", "password", "description", "peer-group", "local-as") \
                    and not value:
                problems.append(Problem(number, f"{FRR} router bgp neighbor {who}", f"{what} needs a value"))
                continue
            entry.attrs[what] = (value, number)
    if not neighbors:
        return
    with_bgp = [t for t in seen if t.if_id is not None]
    unplaced: list[tuple[_Neighbor, BgpPeer]] = []
    by_name = {t.name: t for t in seen}
    for nb in neighbors.values():
        attrs = dict(nb.attrs)
        if "peer-group" in attrs and attrs["peer-group"][0] in groups:
            for k, val in groups[attrs["peer-group"][0]].attrs.items():
                attrs.setdefault(k, val)
        where = f"{FRR} router bgp neighbor {nb.address}"
        if "remote-as" not in attrs:
            problems.append(Problem(nb.line, where, "no remote-as"))
            continue
        if "update-source" not in attrs:
            problems.append(Problem(nb.line, where, "no update-source: the branch's address in the tunnel is not "
                                                    "known"))
        peer = BgpPeer(local_as or "", attrs["remote-as"][0], attrs.get("update-source", ("", 0))[0], nb.address,
                       attrs["password"][0] if "password" in attrs else None)
        target = by_name.get(attrs.get("description", ("", 0))[0])
        if target is None or "bgp" in target.values:
            unplaced.append((nb, peer))
        else:
            target.values["bgp"] = peer
    free = [t for t in (with_bgp or seen) if "bgp" not in t.values]
    if unplaced and len(unplaced) == len(free):
        for (_nb, peer), t in zip(unplaced, free, strict=True):
            t.values["bgp"] = peer
    else:
        for nb, _peer in unplaced:
            problems.append(Problem(nb.line, f"{FRR} router bgp neighbor {nb.address}",
                                    "cannot tell which tunnel this neighbor belongs to: give it "
                                    "`neighbor ADDRESS description TUNNEL`"))


DEVICE: StrongSwan = StrongSwan()
