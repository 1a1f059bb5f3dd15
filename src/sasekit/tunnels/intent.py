"""The tunnel intent file: sites, their WAN links, BGP and crypto — every problem at once.

An intent says *what* should exist (a site in Paris with two WAN links and BGP); the
plan works out *how* (which Prisma location, which SPN, which objects). The file is
YAML or JSON, read with the workflow loader so that each problem carries its line.
Secrets are never written in it: a pre-shared key or BGP secret is ``generate`` (a
random one kept in a 0600 file beside the intent), ``${ENV_VAR}`` or
``keyring:service/user``.
"""

from __future__ import annotations

import ipaddress
import re
import secrets as _random
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sasekit import errors
from sasekit.files import write_private
from sasekit.suggest import close_matches
from sasekit.workflows.loader import Document, load, loads

from .model import (
    DH_GROUPS,
    ESP_AUTHENTICATION,
    ESP_ENCRYPTION,
    HASHES,
    ID_TYPES,
    IKE_ENCRYPTION,
    PFS_GROUPS,
    Problem,
)

FOLDER = "Remote Networks"
DEVICE_KINDS = ("strongswan", "junos")
LICENSE_TYPES = ("FWAAS-AGGREGATE", "FWAAS-BYOL", "FWAAS-SITE", "FWAAS-PRE-SITE")
NAME = re.compile(r"^[A-Za-z][0-9A-Za-z._-]*$")
SITE_NAME_MAX = 24      # <site>-ipsec must fit a crypto profile name (31)
WAN_NAME_MAX = 16
TOP_KEYS = {"version", "folder", "defaults", "sites"}
SITE_KEYS = {"name", "location", "city", "country", "region", "spn_name", "license_type", "subnets", "wan",
             "bgp", "crypto", "device", "psk", "probe_targets", "description"}
DEFAULT_KEYS = SITE_KEYS - {"name", "wan", "subnets", "city", "country", "location", "description"}
WAN_KEYS = {"name", "interface", "address", "id", "psk"}
BGP_KEYS = {"local_as", "peer_as", "local_address", "peer_address", "secret", "secondary", "originate_default_route"}
PEER_KEYS = {"local_address", "peer_address", "secret"}
IKE_KEYS = {"encryption", "hash", "dh_group", "lifetime", "version"}
IPSEC_KEYS = {"encryption", "authentication", "dh_group", "lifetime"}
LIFETIME = re.compile(r"^\s*(\d+)\s*([smhd]?)\s*$")
UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}
ENV_REF = re.compile(r"^\$\{[A-Za-z_][A-Za-z0-9_]*\}$")

#: sasekit's own default crypto: widely supported, no GCM (kernel-less ESP in the lab has none).
DEFAULT_IKE = {"encryption": ["aes-256-cbc"], "hash": ["sha256"], "dh_group": ["group14"], "lifetime": 28800,
               "version": "ikev2"}
DEFAULT_IPSEC = {"encryption": ["aes-256-cbc"], "authentication": ["sha256"], "dh_group": "group14",
                 "lifetime": 3600}
DEFAULT_PROFILES = ("sasekit-default-ike", "sasekit-default-ipsec")


class IntentInvalid(errors.ValidationError):
    """An intent file with problems, all of them, each with its line."""

    REMEDY = "fix the lines above; `sasekit tunnel validate FILE` checks an intent without reading the tenant"

    def __init__(self, path: str, problems: list[Problem]) -> None:
        self.path = path
        self.resource = self.operation = None
        self.problems = tuple(sorted(problems, key=lambda p: (p.line, p.where)))
        lines = "\n".join("  " + p.format(path) for p in self.problems)
        n = len(self.problems)
        errors.SasekitError.__init__(self, f"{path}: {n} problem{'s' if n != 1 else ''}; nothing was changed\n"
                                           f"{lines}")

    def __str__(self) -> str:
        return str(self.args[0])

    @property
    def remedy(self) -> str | None:
        return self.REMEDY


@dataclass(frozen=True)
class Place:
    """Where a site is: coordinates (``source`` says where they came from), or a Prisma
    location value chosen by hand (``value``)."""

    latitude: float | None = None
    longitude: float | None = None
    source: str = ""
    value: str | None = None


@dataclass(frozen=True)
class Wan:
    name: str
    interface: str
    address: str                     # IPv4 or "dynamic"
    identity: tuple[str, str] | None  # (type, id)
    psk: str                          # a reference: generate | ${ENV} | keyring:...


@dataclass(frozen=True)
class Peer:
    local_address: str
    peer_address: str
    secret: str | None


@dataclass(frozen=True)
class Bgp:
    local_as: str
    peer_as: str | None               # Prisma's AS; None: the tenant's (infrastructure settings)
    primary: Peer
    secondary: Peer | None
    originate_default_route: bool = False


@dataclass(frozen=True)
class Crypto:
    """``ike``/``ipsec`` are a predefined profile's name, or explicit settings (dicts)."""

    kind: str                          # default | predefined | explicit
    ike: str | Mapping[str, Any]
    ipsec: str | Mapping[str, Any]

    def profile_names(self, site: str) -> tuple[str, str]:
        if self.kind == "default":
            return DEFAULT_PROFILES
        ike = self.ike if isinstance(self.ike, str) else f"{site}-ike"
        ipsec = self.ipsec if isinstance(self.ipsec, str) else f"{site}-ipsec"
        return ike, ipsec


@dataclass(frozen=True)
class SiteIntent:
    name: str
    place: Place | None
    subnets: tuple[str, ...]
    wan: tuple[Wan, ...]
    bgp: Bgp | None
    crypto: Crypto
    device: str
    license_type: str
    spn_name: str | None
    probe_targets: tuple[str, ...]
    description: str = ""
    line: int = 1


@dataclass
class Intent:
    path: str
    folder: str
    sites: list[SiteIntent]
    digest: str = ""
    secrets_dir: Path = field(default_factory=Path)

    def site(self, name: str) -> SiteIntent:
        for s in self.sites:
            if s.name == name:
                return s
        hint = close_matches(name, [s.name for s in self.sites])
        raise errors.ValidationError(
            [f"site {name!r} is not in {self.path}" + (f" (did you mean {hint[0]!r}?)" if hint else "")
             + f"; sites: {', '.join(s.name for s in self.sites) or 'none'}"])


# ---------------------------------------------------------------------------- places


_PLACES: dict[str, Any] | None = None


def places() -> dict[str, Any]:
    """The shipped city and country table (``data/places.json``)."""
    global _PLACES
    if _PLACES is None:
        import json

        _PLACES = json.loads((Path(__file__).parent / "data" / "places.json").read_text(encoding="utf-8"))
    return _PLACES


def find_place(city: str | None, country: str | None) -> tuple[Place | None, str]:
    """Coordinates for a city and/or country hint, or ``(None, why)``."""
    table = places()
    countries = table["countries"]
    code = None
    if country:
        wanted = country.strip().lower()
        code = next((c for c, v in countries.items() if wanted in (c.lower(), v["name"].lower())), None)
        if code is None:
            hint = close_matches(country, [v["name"] for v in countries.values()] + list(countries))
            return None, (f"country {country!r} is not in the table" + (f" (did you mean {hint[0]!r}?)" if hint
                                                                         else "") + "; give coordinates instead")
    if city:
        wanted = city.strip().lower()
        hits = [c for c in table["cities"] if c["name"].lower() == wanted and (code is None or c["country"] == code)]
        if not hits:
            names = [c["name"] for c in table["cities"] if code is None or c["country"] == code]
            hint = close_matches(city, names)
            return None, (f"city {city!r} is not in the table" + (f" (did you mean {hint[0]!r}?)" if hint else "")
                          + "; give `country` or coordinates instead")
        hit = hits[0]
        return Place(hit["latitude"], hit["longitude"], f"{hit['name']}, {countries[hit['country']]['name']}"), ""
    if code:
        c = countries[code]
        return Place(c["latitude"], c["longitude"], c["name"]), ""
    return None, "location 'auto' needs `city` or `country` on the site (or give coordinates)"


# ---------------------------------------------------------------------------- secrets


def is_reference(value: Any) -> bool:
    return isinstance(value, str) and (value == "generate" or value.startswith(("keyring:", "file:"))
                                       or bool(ENV_REF.match(value)))


def resolve_secret(ref: str, where: str) -> str:
    """The secret a reference stands for: ``file:PATH`` (a generated one), ``${ENV}``, ``keyring:``."""
    from sasekit.settings import resolve_reference

    if ref.startswith("file:"):
        path = Path(ref[len("file:"):])
        try:
            return path.read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise errors.ConfigError(f"{where}: cannot read the generated secret {path}: "
                                     f"{exc.strerror or exc}") from None
    return resolve_reference(ref, where)


def generated(secrets_dir: Path, name: str, length: int = 32) -> str:
    """A ``file:`` reference to a random secret kept in ``secrets_dir/name`` (0600),
    made on first use and reused after: the plan, apply, render and check see one value."""
    path = secrets_dir / name
    if not path.exists():
        alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
        write_private(path, "".join(_random.choice(alphabet) for _ in range(length)) + "\n")
    return f"file:{path.resolve()}"


# ---------------------------------------------------------------------------- parsing


def seconds(value: Any) -> int | None:
    """``3600``, ``"3600s"``, ``"60m"``, ``"8h"``, ``"1d"`` -> seconds; None when not one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    m = LIFETIME.match(str(value))
    return int(m.group(1)) * UNITS[m.group(2)] if m else None


class _Reader:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.problems: list[Problem] = []

    def add(self, where: str, message: str) -> None:
        self.problems.append(Problem(self.doc.line(where) or 1, where, message))

    def keys(self, obj: Mapping[str, Any], allowed: set[str], where: str, what: str) -> None:
        for k in obj:
            if k not in allowed:
                hint = close_matches(str(k), allowed, n=1)
                self.add(f"{where}.{k}", f"unknown {what} key {k!r}" + (f" (did you mean {hint[0]!r}?)" if hint
                                                                        else ""))

    def mapping(self, value: Any, where: str, what: str) -> dict[str, Any]:
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.add(where, f"{what} must be a mapping, got {_kind(value)}")
            return {}
        return value

    def name(self, value: Any, where: str, what: str, limit: int) -> str:
        if not isinstance(value, str) or not value:
            self.add(where, f"{what} is required (letters, digits, '.', '_' and '-', starting with a letter)")
            return ""
        if not NAME.match(value):
            self.add(where, f"{what} {value!r} must start with a letter and hold only letters, digits, "
                            f"'.', '_' and '-'")
        elif len(value) > limit:
            self.add(where, f"{what} {value!r} is {len(value)} characters; at most {limit} (Prisma object names "
                            f"are built from it)")
        return value

    def ipv4(self, value: Any, where: str, what: str, *, dynamic: bool = False) -> str:
        if dynamic and value == "dynamic":
            return "dynamic"
        try:
            return str(ipaddress.IPv4Address(str(value)))
        except ValueError:
            self.add(where, f"{what} {value!r} is not an IPv4 address" + (" (or 'dynamic')" if dynamic else ""))
            return ""

    def secret(self, value: Any, where: str, what: str, *, default: str | None = "generate") -> str | None:
        if value is None:
            return default
        if not is_reference(value):
            self.add(where, f"{what} must not be written in the file: use 'generate', ${{ENV_VAR}} or "
                            f"keyring:service/user")
            return default
        return str(value)

    def choices(self, values: Any, allowed: tuple[str, ...], where: str, what: str) -> list[str]:
        items = values if isinstance(values, list) else [values]
        out = []
        for i, v in enumerate(items):
            if v not in allowed:
                hint = close_matches(str(v), allowed, n=1)
                why = (" (Prisma Access has no group21: a known feature request)" if v == "group21"
                       else f" (did you mean {hint[0]!r}?)" if hint else "")
                self.add(f"{where}[{i}]" if isinstance(values, list) else where,
                         f"{what} {v!r} is not one of {', '.join(allowed)}{why}")
            else:
                out.append(v)
        if not items:
            self.add(where, f"{what} needs at least one value")
        return out

    # ------------------------------------------------------------------ sections

    def crypto(self, value: Any, where: str) -> Crypto:
        if value in (None, "default"):
            return Crypto("default", dict(DEFAULT_IKE), dict(DEFAULT_IPSEC))
        if isinstance(value, str):
            if "-IKE-" in value:
                return Crypto("predefined", value, value.replace("-IKE-", "-IPSec-"))
            self.add(where, f"crypto {value!r}: give 'default', or {{ike: NAME, ipsec: NAME}} with predefined "
                            f"profile names, or explicit proposals")
            return Crypto("default", dict(DEFAULT_IKE), dict(DEFAULT_IPSEC))
        data = self.mapping(value, where, "crypto")
        self.keys(data, {"ike", "ipsec"}, where, "crypto")
        ike = self.ike(data.get("ike"), f"{where}.ike")
        ipsec = self.ipsec(data.get("ipsec"), f"{where}.ipsec")
        named = isinstance(ike, str) or isinstance(ipsec, str)
        return Crypto("predefined" if named else "explicit", ike, ipsec)

    def ike(self, value: Any, where: str) -> str | dict[str, Any]:
        if isinstance(value, str):
            return value
        data = self.mapping(value, where, "crypto.ike")
        self.keys(data, IKE_KEYS, where, "crypto.ike")
        out = dict(DEFAULT_IKE)
        for key, allowed in (("encryption", IKE_ENCRYPTION), ("hash", HASHES), ("dh_group", DH_GROUPS)):
            if key in data:
                out[key] = self.choices(data[key], allowed, f"{where}.{key}", key)
        if "version" in data:
            out["version"] = (self.choices(data["version"], ("ikev2", "ikev1"), f"{where}.version", "version")
                              or ["ikev2"])[0]
        if "lifetime" in data:
            out["lifetime"] = self.lifetime(data["lifetime"], f"{where}.lifetime", 180, 65535 * 3600)
        return out

    def ipsec(self, value: Any, where: str) -> str | dict[str, Any]:
        if isinstance(value, str):
            return value
        data = self.mapping(value, where, "crypto.ipsec")
        self.keys(data, IPSEC_KEYS, where, "crypto.ipsec")
        out = dict(DEFAULT_IPSEC)
        for key, allowed in (("encryption", ESP_ENCRYPTION), ("authentication", ESP_AUTHENTICATION)):
            if key in data:
                out[key] = self.choices(data[key], allowed, f"{where}.{key}", key)
        if "dh_group" in data:
            got = self.choices(data["dh_group"], PFS_GROUPS, f"{where}.dh_group", "dh_group (PFS)")
            out["dh_group"] = got[0] if got else "group14"
        if "lifetime" in data:
            out["lifetime"] = self.lifetime(data["lifetime"], f"{where}.lifetime", 180, 65535 * 3600)
        return out

    def lifetime(self, value: Any, where: str, lo: int, hi: int) -> int:
        s = seconds(value)
        if s is None or not lo <= s <= hi:
            self.add(where, f"lifetime {value!r} must be seconds ({lo}-{hi}) or a number with s, m, h or d "
                            f"(e.g. 8h)")
            return lo
        return s

    def place(self, site: dict[str, Any], where: str) -> Place | None:
        loc = site.get("location", "auto")
        if isinstance(loc, dict):
            self.keys(loc, {"latitude", "longitude", "city", "country"}, f"{where}.location", "location")
            if "latitude" in loc or "longitude" in loc:
                try:
                    lat, lon = float(loc["latitude"]), float(loc["longitude"])
                except (KeyError, TypeError, ValueError):
                    self.add(f"{where}.location", "coordinates need both latitude and longitude as numbers")
                    return None
                if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                    self.add(f"{where}.location", f"coordinates {lat}, {lon} are out of range "
                                                  f"(latitude -90..90, longitude -180..180)")
                    return None
                return Place(lat, lon, f"{lat:.4f}, {lon:.4f}")
            city, country = loc.get("city"), loc.get("country")
        elif loc == "auto":
            city, country = site.get("city"), site.get("country")
        elif isinstance(loc, str) and loc:
            return Place(value=loc, source="given")
        else:
            self.add(f"{where}.location", "location must be 'auto', a Prisma location (e.g. us-east-1), "
                                          "{city|country} or {latitude, longitude}")
            return None
        place, why = find_place(city, country)
        if place is None:
            self.add(f"{where}.location", why)
        return place

    def bgp(self, value: Any, where: str, wans: int) -> Bgp | None:
        if value is None:
            return None
        data = self.mapping(value, where, "bgp")
        self.keys(data, BGP_KEYS, where, "bgp")
        local_as = str(data.get("local_as", ""))
        if not local_as.isdigit() or not 1 <= int(local_as) <= 4294967295:
            self.add(f"{where}.local_as", f"local_as {data.get('local_as')!r}: the branch's AS number "
                                          f"(1-4294967295) is required")
        peer_as = data.get("peer_as")
        if peer_as is not None and (not str(peer_as).isdigit() or not 1 <= int(peer_as) <= 4294967295):
            self.add(f"{where}.peer_as", f"peer_as {peer_as!r} must be an AS number (or left out: the tenant's)")
        primary = self.peer(data, where)
        secondary = None
        if "secondary" in data:
            if wans < 2:
                self.add(f"{where}.secondary", "a secondary BGP peer needs a second WAN link")
            sec = self.mapping(data["secondary"], f"{where}.secondary", "bgp.secondary")
            self.keys(sec, PEER_KEYS, f"{where}.secondary", "bgp.secondary")
            secondary = self.peer(sec, f"{where}.secondary", data.get("secret"))
        elif wans == 2:
            self.add(where, "the secondary WAN needs its own BGP peer: add bgp.secondary "
                            "{local_address, peer_address} (addresses inside its tunnel)")
        return Bgp(local_as, str(peer_as) if peer_as is not None else None, primary, secondary,
                   bool(data.get("originate_default_route", False)))

    def peer(self, data: dict[str, Any], where: str, inherited: Any = None) -> Peer:
        return Peer(self.ipv4(data.get("local_address"), f"{where}.local_address", "local_address"),
                    self.ipv4(data.get("peer_address"), f"{where}.peer_address", "peer_address"),
                    self.secret(data.get("secret", inherited), f"{where}.secret", "a BGP secret", default=None))

    def wan(self, value: Any, where: str, site_psk: str) -> Wan | None:
        data = self.mapping(value, where, "a WAN link")
        if not data:
            return None
        self.keys(data, WAN_KEYS, where, "wan")
        name = self.name(data.get("name"), f"{where}.name", "WAN name", WAN_NAME_MAX)
        interface = data.get("interface", name)
        if not isinstance(interface, str) or not interface:
            self.add(f"{where}.interface", "interface must be the device's interface name (e.g. ge-0/0/0, eth0)")
            interface = name
        address = self.ipv4(data.get("address", "dynamic"), f"{where}.address", "address", dynamic=True)
        identity = None
        if "id" in data:
            identity = self.identity(data["id"], f"{where}.id")
        elif address == "dynamic":
            self.add(f"{where}.id", "a WAN link with a dynamic address needs an IKE identity (id: "
                                    "branch.example.com, or {ufqdn: u@example.com})")
        psk = self.secret(data.get("psk"), f"{where}.psk", "a pre-shared key", default=site_psk) or site_psk
        return Wan(name, interface, address, identity, psk)

    def identity(self, value: Any, where: str) -> tuple[str, str] | None:
        if isinstance(value, dict) and len(value) == 1:
            kind, ident = next(iter(value.items()))
            if kind not in ID_TYPES:
                self.add(where, f"id type {kind!r} is not one of {', '.join(ID_TYPES)}")
                return None
            return str(kind), str(ident)
        if isinstance(value, str) and value:
            try:
                ipaddress.IPv4Address(value)
                return "ipaddr", value
            except ValueError:
                return ("ufqdn" if "@" in value else "fqdn"), value
        self.add(where, "id must be a string (an address, host name or user@host) or {type: id}")
        return None

    def site(self, value: Any, where: str, defaults: dict[str, Any], seen: set[str]) -> SiteIntent | None:
        data = self.mapping(value, where, "a site")
        if not data:
            return None
        self.keys(data, SITE_KEYS, where, "site")
        merged = {**defaults, **data}
        name = self.name(data.get("name"), f"{where}.name", "site name", SITE_NAME_MAX)
        if name in seen:
            self.add(f"{where}.name", f"site {name!r} is given twice")
        seen.add(name)
        if merged.get("region") == "auto":
            merged.pop("region")
        if "region" in merged:  # a location chosen by hand: `location` is not needed
            place: Place | None = Place(value=str(merged["region"]), source="region given")
        else:
            place = self.place(data, where)
        subnets = []
        raw_subnets = merged.get("subnets") or []
        if not isinstance(raw_subnets, list):
            self.add(f"{where}.subnets", "subnets must be a list of networks (10.1.0.0/24)")
            raw_subnets = []
        for i, s in enumerate(raw_subnets):
            try:
                subnets.append(str(ipaddress.IPv4Network(str(s), strict=True)))
            except ValueError as exc:
                self.add(f"{where}.subnets[{i}]", f"subnet {s!r} is not an IPv4 network ({exc})")
        psk = self.secret(merged.get("psk"), f"{where}.psk", "a pre-shared key") or "generate"
        raw_wan = data.get("wan")
        wans: list[Wan] = []
        if not isinstance(raw_wan, list) or not 1 <= len(raw_wan) <= 2:
            self.add(f"{where}.wan", "wan must list one or two WAN links (primary, then secondary)")
        if isinstance(raw_wan, list):
            names: set[str] = set()
            for i, w in enumerate(raw_wan):
                link = self.wan(w, f"{where}.wan[{i}]", psk)
                if link is None:
                    continue
                if link.name in names:
                    self.add(f"{where}.wan[{i}].name", f"WAN name {link.name!r} is given twice")
                names.add(link.name)
                wans.append(link)
        bgp = self.bgp(merged.get("bgp"), f"{where}.bgp", len(wans))
        if bgp is None and not subnets:
            self.add(f"{where}.subnets", "a site without BGP needs its subnets (what Prisma routes to it)")
        device = merged.get("device", "strongswan")
        if device not in DEVICE_KINDS:
            hint = close_matches(str(device), DEVICE_KINDS, n=1)
            self.add(f"{where}.device", f"device {device!r} is not one of {', '.join(DEVICE_KINDS)}"
                                        + (f" (did you mean {hint[0]!r}?)" if hint else ""))
        license_type = merged.get("license_type", "FWAAS-AGGREGATE")
        if license_type not in LICENSE_TYPES:
            self.add(f"{where}.license_type", f"license_type {license_type!r} is not one of "
                                              f"{', '.join(LICENSE_TYPES)}")
        probes = []
        for i, p in enumerate(merged.get("probe_targets") or []):
            probes.append(self.ipv4(p, f"{where}.probe_targets[{i}]", "probe target"))
        return SiteIntent(name, place, tuple(subnets), tuple(wans), bgp,
                          self.crypto(merged.get("crypto"), f"{where}.crypto"), str(device), str(license_type),
                          merged.get("spn_name"), tuple(probes), str(data.get("description", "")),
                          self.doc.line(where) or 1)


def _kind(value: Any) -> str:
    names: dict[type, str] = {dict: "a mapping", list: "a list", str: "a string"}
    return names.get(type(value), type(value).__name__)


def read(source: str | Path | Document | Mapping[str, Any], *, base_dir: Path | None = None) -> Intent:
    """Read and check an intent (a path, a parsed Document, or an inline mapping); raises
    :class:`IntentInvalid` with every problem, or ``WorkflowFileError`` for unreadable files."""
    import hashlib
    import json

    if isinstance(source, Document):
        doc = source
    elif isinstance(source, Mapping):
        doc = loads(json.dumps(dict(source)), "<intent>")
    else:
        doc = load(source)
    r = _Reader(doc)
    data = doc.data
    if not isinstance(data, dict):
        raise IntentInvalid(doc.path, [Problem(1, "", "an intent must be a mapping with 'sites'")])
    r.keys(data, TOP_KEYS, "", "intent")
    defaults = r.mapping(data.get("defaults"), "defaults", "defaults")
    r.keys(defaults, DEFAULT_KEYS, "defaults", "defaults")
    sites_raw = data.get("sites")
    sites: list[SiteIntent] = []
    if not isinstance(sites_raw, list) or not sites_raw:
        r.add("sites", "'sites' must list at least one site")
    else:
        seen: set[str] = set()
        for i, s in enumerate(sites_raw):
            site = r.site(s, f"sites[{i}]", defaults, seen)
            if site is not None:
                sites.append(site)
    if r.problems:
        raise IntentInvalid(doc.path, r.problems)
    folder = str(data.get("folder", FOLDER))
    path = Path(doc.path)
    base = base_dir or (path.parent if path.is_file() else Path.cwd())
    secrets_dir = base / f".{path.stem if path.is_file() else 'intent'}.secrets"
    digest = hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()[:16]
    return Intent(doc.path, folder, sites, digest, secrets_dir)
