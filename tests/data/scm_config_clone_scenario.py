"""scm-config-clone 0.3.2 (unmodified, its own venv) copying one tenant to another in the emulator.

Shared by tests/test_scm_config_clone.py (asserts) and bench/third_party_cli.py (prints a table).

How the tool is configured (its source: scm_config_clone/utilities/settings.py and
commands/utilities/create_settings_file.py): ``scm-clone settings`` asks for the source and
destination client id, secret and TSG, a logging level and four yes/no defaults, and writes
``settings.yaml`` (``oauth: {source: {client_id, client_secret, tsg}, destination: {...}}``).
Every clone command then builds ``Scm(client_id, client_secret, tsg_id, log_level)``
(e.g. commands/objects/address.py, "Authenticate with source"): no base URL and no token URL,
so pan-scm-sdk 0.3.44 always talks to ``https://api.strata.paloaltonetworks.com`` and
``https://auth.apps.paloaltonetworks.com/am/oauth2/access_token`` (scm/client.py, ``Scm.__init__``
defaults), and ``api.sase.paloaltonetworks.com`` for remote networks
(scm/config/deployment/remote_networks.py).

So, to run it unmodified, the emulator serves HTTPS with a certificate for those names from
a CA of our own, and the tool's process gets ``HTTPS_PROXY`` = :class:`ConnectProxy`, a
CONNECT proxy on 127.0.0.1 that tunnels those three names (and nothing else: any other host
is refused and reported) to the emulator, plus ``REQUESTS_CA_BUNDLE``/``SSL_CERT_FILE`` = our
CA (requests and the SDK's JWKS fetch through urllib). Nothing leaves 127.0.0.1.

Each kind is seeded in the source tenant with plain httpx (its legacy path, or the unified
one for kinds only the unified spec has), copied with ``scm-clone <command> --source F
--destination F -A -s settings.yaml``, then every source object is compared with its copy
in the destination tenant.
"""

from __future__ import annotations

import json
import select
import socket
import ssl
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pan_scm_cli_scenario import Legacy, Recorder, failed_exchanges, writes

HOSTS = ("api.strata.paloaltonetworks.com", "auth.apps.paloaltonetworks.com", "api.sase.paloaltonetworks.com")
SRC_TSG, DST_TSG = "1596000010", "1596000020"
SOURCE, DESTINATION = "Austin", "Texas"  # the tool's README example folders
STEP_TIMEOUT_S = 90
#: Fields a copy may differ in because the tool says so: the id is the destination's own
#: (no build_create_params copies ``id``; the SDK's create models have none) and the folder
#: is the one given as ``--destination`` (each build_create_params: ``context_type: destination``).
DOCUMENTED_DIFFERENCES = ("id", "folder")


def account(side: str) -> Any:
    from sasekit.emulator.config import Account

    tsg = SRC_TSG if side == "src" else DST_TSG
    return Account(f"clone-{side}@{tsg}.iam.panserviceaccount.com", f"clone-{side}-secret", tsg, "admin")


def reader(side: str) -> Any:
    """Ours, for seeding and reading a tenant over its legacy URLs (never the tool's account)."""
    from sasekit.emulator.config import Account

    tsg = SRC_TSG if side == "src" else DST_TSG
    return Account(f"sasekit-reader@{tsg}.iam.panserviceaccount.com", f"reader-{side}-secret", tsg, "admin")


def accounts() -> list[Any]:
    return [account("src"), account("dst"), reader("src"), reader("dst")]


# --------------------------------------------------------------------------- TLS and the proxy


def make_pki(folder: Path) -> tuple[Path, Path, Path]:
    """A CA, and a certificate signed by it for :data:`HOSTS` and 127.0.0.1: (ca, cert, key)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for pki
    from pki import make_pki as make

    return make(folder, HOSTS, ("127.0.0.1",), "sasekit clone-test CA")


def trust(ca: Path) -> ssl.SSLContext:
    """A client TLS context that trusts our CA only (for our own httpx clients)."""
    return ssl.create_default_context(cafile=str(ca))


class ConnectProxy:
    """An HTTP CONNECT proxy on 127.0.0.1 that tunnels :data:`HOSTS` port 443 to the
    emulator's port and refuses (and remembers) anything else. It never resolves a name."""

    IDLE_S = 60.0

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.tunnels = 0
        self.refused: list[str] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="clone-connect-proxy", daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> ConnectProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self.sock.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=self._tunnel, args=(conn,), daemon=True).start()

    def _tunnel(self, conn: socket.socket) -> None:
        conn.settimeout(10)
        upstream = None
        try:
            head = b""
            while b"\r\n\r\n" not in head and len(head) < 16384:
                chunk = conn.recv(4096)
                if not chunk:
                    return
                head += chunk
            method, _, rest = head.split(b"\r\n", 1)[0].decode("latin-1").partition(" ")
            target = rest.split(" ", 1)[0]
            host, _, port = target.rpartition(":")
            if method != "CONNECT" or host not in HOSTS or port != "443":
                self.refused.append(f"{method} {target}")
                conn.sendall(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                return
            upstream = socket.create_connection(("127.0.0.1", self.target_port), timeout=10)
            conn.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
            self.tunnels += 1
            self._pipe(conn, upstream)
        except OSError:
            return
        finally:
            conn.close()
            if upstream is not None:
                upstream.close()

    def _pipe(self, a: socket.socket, b: socket.socket) -> None:
        idle_since = time.monotonic()
        while not self._stop.is_set() and time.monotonic() - idle_since < self.IDLE_S:
            ready, _, _ = select.select([a, b], [], [], 0.5)
            for s in ready:
                data = s.recv(65536)
                if not data:
                    return
                (b if s is a else a).sendall(data)
                idle_since = time.monotonic()


# --------------------------------------------------------------------------- what is copied


@dataclass
class Kind:
    """One clone command and what it copies."""

    command: str
    stem: str  # the URL stem
    group: str  # the unified group
    seeds: list[dict[str, Any]]
    legacy: bool = True  # False: only the unified spec has it (seeded and read there)
    folder: str | None = None  # both tenants' folder, when not SOURCE/DESTINATION ("": none)
    args: list[str] = field(default_factory=list)
    params: dict[str, Any] = field(default_factory=dict)  # e.g. position for rules
    paged: bool = True  # False: the list takes no limit/offset
    label: str = ""

    @property
    def op(self) -> str:
        return self.label or self.command

    @property
    def source(self) -> str:
        return SOURCE if self.folder is None else self.folder

    @property
    def destination(self) -> str:
        return DESTINATION if self.folder is None else self.folder

    @property
    def path(self) -> str:
        return f"/sse/config/v1/{self.stem}" if self.legacy else f"/config/{self.group}/v1/{self.stem}"


def kinds() -> list[list[Kind]]:
    """The kinds in waves: a wave's commands run side by side, after the waves before it
    (what a kind refers to is copied first, as a user would)."""
    return [
        [Kind("tags", "tags", "objects", [
            {"name": "web", "color": "Red", "comments": "web servers"},
            {"name": "db", "color": "Blue"}]),
         Kind("schedules", "schedules", "objects", [
             {"name": "biz-hours", "schedule_type": {"recurring": {"daily": ["09:00-17:00"]}}}]),
         Kind("applications", "applications", "objects", [
             {"name": "custom-db", "category": "business-systems", "subcategory": "database",
              "technology": "client-server", "risk": 3, "description": "in-house database",
              "default": {"port": ["tcp/5432"]}, "evasive_behavior": True}]),
         Kind("edls", "external-dynamic-lists", "objects", [
             {"name": "bad-ips", "type": {"ip": {"url": "https://lists.example.com/bad.txt",
                                                 "description": "bad actors", "recurring": {"five_minute": {}}}}}]),
         Kind("url-categories", "url-categories", "security", [
             {"name": "partners", "list": ["partner.example.com", "*.partner.example.net"], "type": "URL List",
              "description": "partner sites"}]),
         Kind("hip-objects", "hip-objects", "objects", [
             {"name": "win-hosts", "description": "Windows", "host_info": {"criteria": {"os": {
                 "contains": {"Microsoft": "All"}}}}}]),
         Kind("regions", "regions", "objects", [
             {"name": "campus", "geo_location": {"latitude": 37.38, "longitude": -121.98},
              "address": ["192.0.2.0/24"]}]),
         Kind("ike-crypto-profiles", "ike-crypto-profiles", "network", [
             {"name": "ike-strong", "hash": ["sha256"], "dh_group": ["group14"], "encryption": ["aes-256-cbc"],
              "lifetime": {"hours": 8}}], folder="Remote Networks"),
         Kind("ipsec-crypto-profiles", "ipsec-crypto-profiles", "network", [
             {"name": "ipsec-strong", "esp": {"encryption": ["aes-256-gcm"], "authentication": ["sha256"]},
              "dh_group": "group14", "lifetime": {"hours": 1}}], folder="Remote Networks"),
         Kind("anti-spyware-profiles", "anti-spyware-profiles", "security", [
             {"name": "as-strict", "description": "strict", "cloud_inline_analysis": False,
              "rules": [{"name": "crit", "severity": ["critical"], "category": "any",
                         "packet_capture": "disable", "action": {"reset_both": {}}}]}]),
         Kind("vulnerability-profiles", "vulnerability-protection-profiles", "security", [
             {"name": "vp-strict", "description": "strict",
              "rules": [{"name": "crit", "severity": ["critical"], "host": "any", "category": "any",
                         "threat_name": "any", "cve": ["any"], "vendor_id": ["any"], "packet_capture": "disable",
                         "action": {"reset_both": {}}}]}]),
         Kind("wildfire-profiles", "wildfire-anti-virus-profiles", "security", [
             {"name": "wf-all", "description": "everything", "packet_capture": False,
              "rules": [{"name": "all", "direction": "both", "application": ["any"], "file_type": ["any"],
                         "analysis": "public-cloud"}]}]),
         Kind("dns-security-profiles", "dns-security-profiles", "security", [
             {"name": "dns-strict", "description": "sinkhole",
              "botnet_domains": {"dns_security_categories": [{"name": "pan-dns-sec-malware", "action": "sinkhole",
                                                              "log_level": "high", "packet_capture": "disable"}]}}]),
         Kind("decryption-profiles", "decryption-profiles", "security", [
             {"name": "dec-tls12", "ssl_protocol_settings": {"min_version": "tls1-2", "max_version": "max"}}]),
         Kind("http-server-profiles", "http-server-profiles", "objects", [
             {"name": "siem-http", "tag_registration": True, "server": [
                 {"name": "siem", "address": "192.0.2.50", "protocol": "HTTPS", "port": 443}]}], legacy=False),
         Kind("syslog-server-profiles", "syslog-server-profiles", "objects", [
             {"name": "siem-syslog", "server": [
                 {"name": "siem", "server": "192.0.2.60", "transport": "UDP", "port": 514, "format": "BSD",
                  "facility": "LOG_USER"}]}], legacy=False),
         Kind("quarantined-devices", "quarantined-devices", "objects", [
             {"host_id": "laptop-0042", "serial_number": "SN-0042"}], folder="", paged=False),
         ],
        [Kind("addresses", "addresses", "objects", [
            {"name": "web1", "ip_netmask": "192.0.2.10/32", "description": "web one", "tag": ["web"]},
            {"name": "web-range", "ip_range": "192.0.2.20-192.0.2.29"},
            {"name": "web-wild", "ip_wildcard": "10.0.0.1/0.0.255.0"},
            {"name": "web-fqdn", "fqdn": "www.example.com", "tag": ["web", "db"]}]),
         Kind("services", "services", "objects", [
             {"name": "web-http", "description": "web", "tag": ["web"],
              "protocol": {"tcp": {"port": "80,8080", "override": {"timeout": 300}}}},
             {"name": "dns-udp", "protocol": {"udp": {"port": "53"}}}]),
         Kind("application-groups", "application-groups", "objects", [
             {"name": "web-apps", "members": ["ssl", "web-browsing"]}]),
         Kind("application-filters", "application-filters", "objects", [
             {"name": "risky-db", "category": ["business-systems"], "subcategory": ["database"], "risk": [4, 5]}]),
         Kind("dynamic-user-groups", "dynamic-user-groups", "objects", [
             {"name": "web-admins", "filter": "'web'", "description": "admins", "tag": ["web"]}]),
         Kind("hip-profiles", "hip-profiles", "objects", [
             {"name": "win-managed", "description": "managed Windows", "match": "'win-hosts'"}]),
         Kind("log-forwarding-profiles", "log-forwarding-profiles", "objects", [
             {"name": "to-siem", "description": "siem", "match_list": [
                 {"name": "traffic", "log_type": "traffic", "filter": "All Logs", "send_http": ["siem-http"]}]}],
             legacy=False),
         Kind("ike-gateways", "ike-gateways", "network", [
             {"name": "branch-gw", "authentication": {"pre_shared_key": {"key": "s3cret-psk"}},
              "peer_address": {"ip": "198.51.100.7"},
              "protocol": {"ikev2": {"ike_crypto_profile": "ike-strong", "dpd": {"enable": True}}},
              "protocol_common": {"nat_traversal": {"enable": True}}}], folder="Remote Networks"),
         ],
        [Kind("address-groups", "address-groups", "objects", [
            {"name": "grp-web", "description": "web servers", "static": ["web1", "web-fqdn"], "tag": ["web"]},
            {"name": "dyn-web", "dynamic": {"filter": "'web'"}}]),
         Kind("service-groups", "service-groups", "objects", [
             {"name": "web-svcs", "members": ["web-http", "dns-udp"], "tag": ["web"]}]),
         Kind("remote-networks", "remote-networks", "deployment", [
             {"name": "branch-1", "region": "us-west-1", "license_type": "FWAAS-AGGREGATE",
              "spn_name": "us-west-dakota", "ecmp_load_balancing": "disable", "ipsec_tunnel": "branch-tunnel",
              "subnets": ["10.10.0.0/16"], "protocol": {"bgp": {"enable": True, "peer_as": "65001",
                                                                "peer_ip_address": "10.10.0.1"}}}],
             folder="Remote Networks"),
         ],
        [Kind("security-rules", "security-rules", "security", [
            {"name": "allow-web", "description": "web in", "tag": ["web"], "from": ["trust"], "to": ["untrust"],
             "source": ["any"], "source_user": ["any"], "destination": ["grp-web"], "service": ["web-svcs"],
             "application": ["web-apps"], "category": ["any"], "action": "allow", "log_end": True,
             "schedule": "biz-hours"},
            {"name": "block-bad", "from": ["any"], "to": ["any"], "source": ["bad-ips"], "source_user": ["any"],
             "destination": ["any"], "service": ["any"], "application": ["any"], "category": ["any"],
             "action": "deny", "disabled": True}],
             args=["--rulebase", "pre"], params={"position": "pre"}, label="security-rules --rulebase pre"),
         Kind("nat-rules", "nat-rules", "network", [
             {"name": "outbound", "from": ["trust"], "to": ["untrust"], "source": ["any"], "destination": ["any"],
              "service": "any", "description": "outbound", "source_translation": {"dynamic_ip_and_port": {
                  "interface_address": {"interface": "ethernet1/1"}}}}], legacy=False),
         ],
        [Kind("security-rules", "security-rules", "security", [
            {"name": "cleanup", "from": ["any"], "to": ["any"], "source": ["any"], "source_user": ["any"],
             "destination": ["any"], "service": ["any"], "application": ["any"], "category": ["any"],
             "action": "drop", "log_start": True}],
            args=["--rulebase", "post", "--commit-and-push"], params={"position": "post"},
            label="security-rules --rulebase post --commit-and-push")],
    ]


# --------------------------------------------------------------------------- the two tenants


class Tenant(Legacy):
    """One tenant of the emulator, read over its legacy URLs (the unified ones for kinds the
    legacy spec does not have)."""

    def objects(self, kind: Kind, folder: str) -> list[dict[str, Any]]:
        params: dict[str, Any] = {"limit": 5000, **kind.params} if kind.paged else dict(kind.params)
        if folder:
            params["folder"] = folder
        resp = self.http.get(kind.path, params=params)
        if resp.status_code != 200:
            raise LookupError(f"GET {kind.path} answered {resp.status_code}: {resp.text[:300]}")
        body = resp.json()
        return body["data"] if isinstance(body, dict) else body

    def seed(self, kind: Kind, folder: str, body: dict[str, Any]) -> str | None:
        """Create one object; why it could not be, or None."""
        params = dict(kind.params)
        data = dict(body)
        if folder and kind.legacy:
            params["folder"] = folder
        elif folder:
            data["folder"] = folder
        resp = self.http.post(kind.path, params=params, json=data)
        if resp.status_code in (200, 201):
            return None
        return f"POST {kind.path} {sorted(data)} answered {resp.status_code}: {resp.text[:400]}"


def make_folder(t: Tenant, name: str) -> None:
    made = t.http.post("/config/setup/v1/folders", json={"name": name, "parent": "Shared"})
    if made.status_code not in (200, 201, 409):
        raise RuntimeError(f"could not make folder {name}: {made.status_code} {made.text[:200]}")


#: What the remote networks copied need in both tenants and the tool cannot copy (it has no
#: IPsec tunnel command): the tunnel "branch-1" names, with its gateway, on predefined crypto
#: profiles, in Shared (above "Remote Networks", where the reference resolves; no kind lists
#: Shared, so nothing compares them). A remote network naming a tunnel that does not exist
#: is refused, as the service refuses it.
PREREQUISITES: tuple[tuple[str, dict[str, Any]], ...] = (
    ("/sse/config/v1/ike-gateways", {
        "name": "branch-uplink-gw", "authentication": {"pre_shared_key": {"key": "s3cret-psk"}},
        "peer_address": {"ip": "198.51.100.8"},
        "protocol": {"ikev2": {"ike_crypto_profile": "PaloAlto-Networks-IKE-Crypto"}}}),
    ("/sse/config/v1/ipsec-tunnels", {
        "name": "branch-tunnel", "auto_key": {"ike_gateway": [{"name": "branch-uplink-gw"}],
                                              "ipsec_crypto_profile": "PaloAlto-Networks-IPSec-Crypto"}}),
)


def make_prerequisites(t: Tenant) -> None:
    for path, body in PREREQUISITES:
        made = t.http.post(path, params={"folder": "Shared"}, json=body)
        if made.status_code not in (200, 201):
            raise RuntimeError(f"could not make {body['name']}: {made.status_code} {made.text[:200]}")


def _key(obj: dict[str, Any]) -> str:
    return str(obj.get("name") or obj.get("host_id"))


_SHAPES: dict[str, dict[str, Any]] = {}


def body_shape(kind: Kind) -> dict[str, Any]:
    """The schema of the kind's create body, from sasekit's own catalog (for its defaults)."""
    if not _SHAPES:
        from importlib.resources import files

        for res in (files("sasekit.catalog") / "data" / "resources").iterdir():
            if not res.name.endswith(".json"):
                continue
            data = json.loads(res.read_text())
            create = data.get("operations", {}).get("create") or {}
            body = create.get("body") or {}
            if body.get("shape") in data.get("shapes", {}):
                _SHAPES[create["path"]] = data["shapes"][body["shape"]]
    return _SHAPES.get(kind.path, {})


def _unset(value: Any) -> bool:
    """The values the API takes for "not set": nothing, an empty list, false, ``["any"]``
    (not ``{}``: ``action: {reset_both: {}}`` says something)."""
    return value is None or value is False or value == [] or value == ["any"]


def normalize(value: Any, schema: dict[str, Any] | None) -> Any:
    """An object as the API means it: a property the object leaves out takes its spec
    default, and a property that is not set (:func:`_unset`) is left out. So a copy that
    spells out ``tag: []``, ``negate_source: false`` or a profile's default algorithms
    (pan-scm-sdk's create models fill those) equals a source that leaves them out."""
    schema = schema or {}
    if isinstance(value, dict):
        props = schema.get("properties", {})
        out = {}
        for k in sorted(set(value) | {p for p, s in props.items() if "default" in s}):
            v = normalize(value[k] if k in value else props[k]["default"], props.get(k))
            if not _unset(v):
                out[k] = v
        return out
    if isinstance(value, list):
        return [normalize(v, schema.get("items")) for v in value]
    return value


def differences(src: dict[str, Any], dst: dict[str, Any], schema: dict[str, Any] | None = None,
                ) -> dict[str, tuple[Any, Any]]:
    """The fields (beyond :data:`DOCUMENTED_DIFFERENCES`) where a copy means something
    else than its source (see :func:`normalize`); values as stored, source then copy."""
    a, b = normalize(src, schema), normalize(dst, schema)
    keys = (set(a) | set(b)) - set(DOCUMENTED_DIFFERENCES)
    return {k: (src.get(k), dst.get(k)) for k in sorted(keys) if a.get(k) != b.get(k)}


# --------------------------------------------------------------------------- running


@dataclass
class Outcome:
    op: str
    command: str
    ok: bool
    cause: str
    objects: int = 0  # seeded in the source
    copied: int = 0  # found in the destination
    identical: int = 0  # equal to their source but for DOCUMENTED_DIFFERENCES
    missing: list[str] = field(default_factory=list)
    differ: dict[str, dict[str, tuple[Any, Any]]] = field(default_factory=dict)  # name -> field -> (src, dst)
    seed_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)  # failed exchanges of the run
    tool_said: str = ""
    rc: int = 0
    tail: str = ""  # the last lines the tool printed
    sent: list[str] = field(default_factory=list)  # the tool's writes for this kind

    @property
    def fields_dropped(self) -> set[str]:
        return {f for diff in self.differ.values() for f in diff}


def settings_step(clone: Path, workdir: Path, env: dict[str, str]) -> tuple[bool, str]:
    """``scm-clone settings`` answered on its stdin as a user types; True when it wrote the
    file a clone command reads (else the file is written here in its documented format)."""
    src, dst = account("src"), account("dst")
    answers = [src.client_id, src.client_secret, src.tsg_id, dst.client_id, dst.client_secret, dst.tsg_id,
               "INFO", "y", "n", "n", "n"]
    try:
        proc = subprocess.run([str(clone), "settings", "-o", "settings.yaml"], input="\n".join(answers) + "\n",
                              capture_output=True, text=True, timeout=STEP_TIMEOUT_S, cwd=workdir, env=env,
                              start_new_session=True)  # no controlling terminal: the secrets come from stdin too
        rc, out = proc.returncode, proc.stdout + proc.stderr
    except subprocess.TimeoutExpired:
        rc, out = -9, "timed out"
    path = workdir / "settings.yaml"
    got = yaml.safe_load(path.read_text()) if path.is_file() else None
    want = {"oauth": {"source": {"client_id": src.client_id, "client_secret": src.client_secret, "tsg": src.tsg_id},
                      "destination": {"client_id": dst.client_id, "client_secret": dst.client_secret,
                                      "tsg": dst.tsg_id}},
            "logging": "INFO", "auto_approve": True, "create_report": False, "dry_run": False, "quiet": False}
    if rc == 0 and got == want:
        return True, ""
    path.write_text(yaml.safe_dump(want))
    tail = " | ".join(line.strip() for line in out.strip().splitlines()[-2:])
    return False, f"exit {rc}; wrote {got!r}: {tail}"


def clone_env(base: dict[str, str], proxy: ConnectProxy, ca: Path, home: Path) -> dict[str, str]:
    return {**base, "HOME": str(home), "COLUMNS": "200", "HTTPS_PROXY": proxy.url, "https_proxy": proxy.url,
            "REQUESTS_CA_BUNDLE": str(ca), "SSL_CERT_FILE": str(ca), "NO_PROXY": "", "no_proxy": ""}


def _tool_said(out: str) -> str:
    lines = [line.strip() for line in out.splitlines() if line.strip()]
    hits = [line for line in lines if "ERROR" in line or "Error" in line or "failed" in line]
    return hits[-1][:400] if hits else ""


def run_kind(kind: Kind, clone: Path, workdir: Path, env: dict[str, str], recorder: Recorder,
             src: Tenant, dst: Tenant) -> Outcome:
    seed_errors = [e for e in (src.seed(kind, kind.source, body) for body in kind.seeds) if e]
    args = [kind.command]
    if kind.command != "quarantined-devices":
        args += ["--source", kind.source, "--destination", kind.destination]
    args += [*kind.args, "-A", "-s", "settings.yaml"]
    mark = len(recorder.log)
    try:
        proc = subprocess.run([str(clone), *args], capture_output=True, text=True, timeout=STEP_TIMEOUT_S,
                              cwd=workdir, env=env, stdin=subprocess.DEVNULL)
        rc, out = proc.returncode, proc.stdout + "\n" + proc.stderr
    except subprocess.TimeoutExpired:
        rc, out = -9, f"timed out after {STEP_TIMEOUT_S} s"
    tool = {account("src").client_id, account("dst").client_id}
    mine = [x for x in recorder.since(mark) if x.client in tool and (
        x.path.endswith(kind.stem) or f"{kind.stem}/" in x.path
        or ("candidate:push" in x.path and "--commit-and-push" in kind.args))]
    failed = failed_exchanges(mine)
    outcome = Outcome(kind.op, "scm-clone " + " ".join(repr(a) if " " in a else a for a in args), False, "",
                      seed_errors=seed_errors, requests=[str(x) for x in failed], tool_said=_tool_said(out), rc=rc,
                      tail="\n".join(out.strip().splitlines()[-8:]), sent=writes(mine))
    try:
        sources = src.objects(kind, kind.source)
        copies = {_key(o): o for o in dst.objects(kind, kind.destination)}
    except LookupError as exc:
        outcome.cause = f"emulator: {exc}"
        return outcome
    outcome.objects = len(sources)
    for obj in sources:
        copy = copies.get(_key(obj))
        if copy is None:
            outcome.missing.append(_key(obj))
            continue
        outcome.copied += 1
        diff = differences(obj, copy, body_shape(kind))
        if diff:
            outcome.differ[_key(obj)] = diff
        else:
            outcome.identical += 1
    outcome.ok = bool(sources) and not seed_errors and not outcome.missing and not outcome.differ and rc == 0
    if outcome.ok:
        return outcome
    causes = []
    if seed_errors:
        causes.append(f"seeding the source failed: {seed_errors[0]}")
    if outcome.missing:
        why = failed[-1].error if failed else (outcome.tool_said or f"exit {rc}")
        causes.append(f"not copied {outcome.missing}: {why}")
    if outcome.differ:
        causes.append("copies differ in " + ", ".join(sorted(outcome.fields_dropped)))
    if rc and not causes:
        causes.append(f"exit {rc}: {outcome.tool_said}")
    if not sources and not seed_errors:
        causes.append("nothing in the source to copy")
    outcome.cause = "; ".join(causes)
    return outcome


def run_scenario(clone: Path, url: str, recorder: Recorder, proxy: ConnectProxy, ca: Path, workdir: Path,
                 base_env: dict[str, str], workers: int = 4) -> tuple[list[Outcome], dict[str, Any]]:
    """Seed, clone and compare every kind (waves in order, a wave's kinds side by side);
    ``settings`` first. Returns the outcomes and facts about the run: the destination's push
    (``push``, ``push_job``) and the proxy's ``tunnels`` and ``refused`` hosts."""
    workdir.mkdir(parents=True, exist_ok=True)
    env = clone_env(base_env, proxy, ca, workdir)
    src, dst = (Tenant(url, r.client_id, r.client_secret, r.tsg_id, verify=trust(ca))
                for r in (reader("src"), reader("dst")))
    dst_acc = account("dst")
    facts: dict[str, Any] = {}
    try:
        for tenant, folder in ((src, SOURCE), (dst, DESTINATION)):
            make_folder(tenant, folder)
            make_prerequisites(tenant)
        settings_ok, settings_why = settings_step(clone, workdir, env)
        outcomes = [Outcome("settings", "scm-clone settings -o settings.yaml", settings_ok, settings_why)]
        mark = len(recorder.log)
        with ThreadPoolExecutor(max_workers=workers) as pool:
            for wave in kinds():
                outcomes += list(pool.map(lambda k: run_kind(k, clone, workdir, env, recorder, src, dst), wave))
        pushes = [x for x in recorder.since(mark, dst_acc.client_id) if x.path.endswith("candidate:push")]
        facts["push"] = pushes[-1] if pushes else None
        job = None
        if pushes and isinstance(pushes[-1].answer, dict) and pushes[-1].answer.get("job_id"):
            job = dst.job(str(pushes[-1].answer["job_id"]))
        facts["push_job"] = job
        facts["tunnels"], facts["refused"] = proxy.tunnels, list(proxy.refused)
        return outcomes, facts
    finally:
        src.close()
        dst.close()


def format_differences(diff: dict[str, tuple[Any, Any]]) -> str:
    return "; ".join(f"{k}: {json.dumps(a)} -> {json.dumps(b)}" for k, (a, b) in diff.items())

