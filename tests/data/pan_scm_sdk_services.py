"""Every service pan-scm-sdk exposes, driven against the emulator with the SDK's own models.

Run with the python of the SDK's own virtual environment (tests/sdk_venv.py makes it):

    python pan_scm_sdk_services.py API_BASE_URL TOKEN_URL [--only svc1,svc2]

with SCM_CLIENT_ID, SCM_CLIENT_SECRET and SCM_TSG_ID in the environment. For each service of
the ``Scm`` client's registry (``scm/client.py``, ``Scm.__getattr__``) it runs, where the
service offers it, create -> list -> fetch(name) -> update -> delete, the payload of
:data:`PAYLOADS` going through the service's ``create`` and so through its ``CreateModel``;
then a security-rule move, ``commit(sync=True)`` and jobs list/get. It prints one line
``RESULT <json>``: per service and operation ``ok``, ``failed`` (with the request the SDK
sent and the emulator's answer, or the SDK's exception), ``skipped`` (an operation it
depends on failed) or ``not-offered`` (the service has no such method of its own, or the
method raises NotImplementedError).

What "offers" means: the method is defined by the service class itself. ``BaseObject``
gives every config service generic create/get/update/delete/list that post to the
endpoint whatever they are handed; where a service does not override one, the SDK does not
offer that operation (e.g. ``AgentVersions.create``: agent versions are read-only).

Nothing leaves 127.0.0.1: ``requests.Session.request`` is wrapped (for the SDK's session and
for ``requests.post``, which the Insights services call directly) to record each request and
to refuse any URL that is not the emulator's. The wrapper also gives requests a 30 s timeout.
The SDK itself is not changed.
"""

from __future__ import annotations

import inspect
import json
import os
import re
import sys
import time
import traceback
import typing
import uuid
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pydantic
import requests
import scm.client
from scm.client import Scm
from scm.config import BaseObject

SHARED, MU, SC, RN = "Shared", "Mobile Users", "Service Connections", "Remote Networks"
ANY = ["any"]
DESCRIPTION = "updated by pan-scm-sdk"
REQUEST_TIMEOUT_S = 30

# ---------------------------------------------------------------------------------------
# The payload table: what goes to each service's create(), beside its name. Minimal, valid
# for the SDK's CreateModel (which create() applies; a payload it refuses is reported as
# ``payload-invalid``, a bug of this table). Most references name objects that need not
# exist: the service accepts them into the candidate (they only fail a push). Those of the
# IPsec chain must exist when the object is written (IKE gateway -> IKE crypto profile,
# IPsec tunnel -> gateway and IPsec crypto profile, remote network -> tunnel, region with a
# bandwidth allocation, SPN): they name the tenant's predefined profiles, its seeded
# allocation in us-east, and the gateway and tunnel of :data:`PREREQUISITES`, made first
# (each service's own object is deleted at the end of its lifecycle, before the next runs).
# ---------------------------------------------------------------------------------------
PAYLOADS: dict[str, dict[str, Any]] = {
    # objects
    "address": {"folder": SHARED, "ip_netmask": "192.0.2.10/32", "description": "created by pan-scm-sdk"},
    "address_group": {"folder": SHARED, "static": ["sdk-address"]},
    "application": {"folder": SHARED, "category": "general-internet", "subcategory": "internet-utility",
                    "technology": "browser-based", "risk": 1},
    "application_filter": {"folder": SHARED, "category": ["general-internet"]},
    "application_group": {"folder": SHARED, "members": ["ssl", "web-browsing"]},
    "auto_tag_action": {"folder": SHARED, "filter": "'sdk-tag'",
                        "actions": [{"name": "a1", "type": {"tagging": {
                            "target": "source-address", "action": "add-tag", "tags": ["sdk-auto-tag"]}}}]},
    "dynamic_user_group": {"folder": SHARED, "filter": "'sdk-tag'"},
    "external_dynamic_list": {"folder": SHARED, "type": {"ip": {
        "url": "https://example.com/ips.txt", "recurring": {"daily": {"at": "03"}}}}},
    "hip_object": {"folder": SHARED, "host_info": {"criteria": {"managed": True}}},
    "hip_profile": {"folder": SHARED, "match": "'sdk-hip-object'"},
    "http_server_profile": {"folder": SHARED, "server": [
        {"name": "s1", "address": "192.0.2.20", "protocol": "HTTP", "port": 80, "http_method": "POST"}]},
    "log_forwarding_profile": {"folder": SHARED, "match_list": [
        {"name": "m1", "log_type": "traffic", "filter": "All Logs"}]},
    "quarantined_device": {"host_id": "sdk-host-01", "serial_number": "SDK0001"},
    "region": {"folder": SHARED, "geo_location": {"latitude": 37.38, "longitude": -121.98},
               "address": ["198.51.100.0/24"]},
    "schedule": {"folder": SHARED, "schedule_type": {"recurring": {"daily": ["09:00-17:00"]}}},
    "service": {"folder": SHARED, "protocol": {"tcp": {"port": "8443"}}},
    "service_group": {"folder": SHARED, "members": ["service-http"]},
    "syslog_server_profile": {"folder": SHARED, "server": [
        {"name": "s1", "server": "192.0.2.30", "transport": "UDP", "port": 514, "format": "BSD",
         "facility": "LOG_USER"}]},
    "tag": {"folder": SHARED, "color": "Red"},
    # security
    "anti_spyware_profile": {"folder": SHARED, "rules": [{"name": "r1", "severity": ["any"], "category": "any"}]},
    "decryption_profile": {"folder": SHARED},
    "dns_security_profile": {"folder": SHARED},
    "file_blocking_profile": {"folder": SHARED, "rules": [
        {"name": "r1", "action": "alert", "application": ANY, "direction": "both", "file_type": ANY}]},
    "url_access_profile": {"folder": SHARED},
    "url_category": {"folder": SHARED, "list": ["example.com"], "type": "URL List"},
    "vulnerability_protection_profile": {"folder": SHARED, "rules": [
        {"name": "r1", "severity": ["any"], "category": "any", "host": "any"}]},
    "wildfire_antivirus_profile": {"folder": SHARED, "rules": [
        {"name": "r1", "direction": "both", "application": ANY, "file_type": ANY}]},
    "security_rule": {"folder": SHARED, "from_": ANY, "to_": ANY, "source": ANY, "source_user": ANY,
                      "destination": ANY, "application": ANY, "category": ANY,
                      "service": ["application-default"], "action": "allow"},
    "decryption_rule": {"folder": SHARED, "from_": ANY, "to_": ANY, "source": ANY, "destination": ANY,
                        "service": ANY, "category": ANY, "source_user": ANY, "action": "no-decrypt"},
    "app_override_rule": {"folder": SHARED, "application": "ssl", "port": "8443", "protocol": "tcp",
                          "from_": ANY, "to_": ANY, "source": ANY, "destination": ANY},
    "authentication_rule": {"folder": SHARED, "from_": ANY, "to_": ANY, "source": ANY,
                            "destination": ANY, "service": ANY},
    # identity
    "authentication_profile": {"folder": SHARED, "method": {"local_database": {}}},
    "kerberos_server_profile": {"folder": SHARED, "server": [{"name": "k1", "host": "kdc.example.com", "port": 88}]},
    "ldap_server_profile": {"folder": SHARED, "server": [{"name": "l1", "address": "192.0.2.40", "port": 389}],
                            "base": "dc=example,dc=com", "ldap_type": "active-directory"},
    "radius_server_profile": {"folder": SHARED, "server": [
        {"name": "r1", "ip_address": "192.0.2.50", "port": 1812, "secret": "s3cret"}], "protocol": {"PAP": {}}},
    "saml_server_profile": {"folder": SHARED, "entity_id": "https://idp.example.com", "certificate": "sdk-cert",
                            "sso_url": "https://idp.example.com/sso", "sso_bindings": "post"},
    "tacacs_server_profile": {"folder": SHARED, "server": [
        {"name": "t1", "address": "192.0.2.60", "port": 49, "secret": "s3cret"}], "protocol": "PAP"},
    # network
    "ike_crypto_profile": {"folder": SHARED, "hash": ["sha256"], "encryption": ["aes-256-cbc"],
                           "dh_group": ["group14"]},
    "ike_gateway": {"folder": SHARED, "authentication": {"pre_shared_key": {"key": "s3cret-psk"}},
                    "protocol": {"ikev2": {"ike_crypto_profile": "PaloAlto-Networks-IKE-Crypto"}},
                    "peer_address": {"ip": "198.51.100.1"}},
    "ipsec_crypto_profile": {"folder": SHARED, "lifetime": {"hours": 1},
                             "esp": {"encryption": ["aes-256-gcm"], "authentication": ["sha256"]}},
    "ipsec_tunnel": {"folder": SHARED, "auto_key": {"ike_gateway": [{"name": "sdk-base-gateway"}],
                                                   "ipsec_crypto_profile": "PaloAlto-Networks-IPSec-Crypto"}},
    "interface_management_profile": {"folder": SHARED},
    "security_zone": {"folder": SHARED},
    "nat_rule": {"folder": SHARED, "from_": ANY, "to_": ANY, "source": ANY, "destination": ANY, "service": "any"},
    "logical_router": {"folder": SHARED},
    "aggregate_interface": {"folder": SHARED, "layer3": {"ip": [{"name": "192.0.2.1/24"}]}},
    "ethernet_interface": {"folder": SHARED},
    "layer2_subinterface": {"folder": SHARED, "vlan_tag": "100"},
    "layer3_subinterface": {"folder": SHARED},
    "loopback_interface": {"folder": SHARED},
    "tunnel_interface": {"folder": SHARED},
    "vlan_interface": {"folder": SHARED},
    "dhcp_interface": {"folder": SHARED},
    "zone_protection_profile": {"folder": SHARED},
    "bgp_address_family_profile": {"folder": SHARED},
    "bgp_auth_profile": {"folder": SHARED, "secret": "s3cret"},
    "ospf_auth_profile": {"folder": SHARED, "password": "s3cret"},
    "route_access_list": {"folder": SHARED},
    "route_prefix_list": {"folder": SHARED},
    "bgp_filtering_profile": {"folder": SHARED},
    "bgp_redistribution_profile": {"folder": SHARED, "ipv4": {"unicast": {"static": {"enable": True, "metric": 10}}}},
    "bgp_route_map": {"folder": SHARED},
    "bgp_route_map_redistribution": {"folder": SHARED, "bgp": {"ospf": {"route_map": [
        {"name": 10, "action": "permit"}]}}},
    "qos_profile": {"folder": SHARED},
    "qos_rule": {"folder": SHARED, "action": {"class": "1"}},
    "dns_proxy": {"folder": SHARED, "default": {"primary": "192.0.2.53"}},
    "pbf_rule": {"folder": SHARED},
    # deployment
    "bandwidth_allocation": {"allocated_bandwidth": 100, "spn_name_list": ["sdk-region-a"]},
    "internal_dns_server": {"domain_name": ["example.com"], "primary": "192.0.2.53"},
    "remote_network": {"folder": RN, "region": "us-east-1", "license_type": "FWAAS-AGGREGATE",
                       "spn_name": "us-east-whitebeam", "ipsec_tunnel": "sdk-base-tunnel"},
    "service_connection": {"ipsec_tunnel": "sdk-base-tunnel", "region": "us-east-1"},  # no folder in its body
    "bgp_routing": {"backbone_routing": "no-asymmetric-routing", "accept_route_over_SC": False},
    # mobile agent
    "agent_profile": {"folder": MU},
    "auth_setting": {"folder": MU, "authentication_profile": "sdk-authentication-profile", "os": "Any",
                     "user_credential_or_client_cert_required": False},
    "forwarding_profile": {"folder": MU},
    "forwarding_profile_destination": {"folder": MU},
    "forwarding_profile_regional_and_custom_proxy": {"folder": MU},
    "forwarding_profile_source_application": {"folder": MU, "applications": ["ssl"]},
    "forwarding_profile_user_location": {"folder": MU, "choice": {"ip_addresses": [{"name": "192.0.2.0/24"}]}},
    "infrastructure_settings": {"folder": MU, "dns_servers": [{"name": "d1"}], "ip_pools": [{"name": "p1"}],
                                "portal_hostname": {"default_domain": {"hostname": "sdk"}}},
    "tunnel_profile": {"folder": MU},
    # setup
    "folder": {"parent": "Shared"},
    "snippet": {},
    "label": {},
    "variable": {"folder": SHARED, "type": "ip-netmask", "value": "192.0.2.0/24"},
}

#: Objects the IPsec chain's payloads name, made (with the SDK, in this order) before any service
#: runs and kept to the end: service -> payload with its name.
PREREQUISITES: tuple[tuple[str, dict[str, Any]], ...] = (
    ("ike_gateway", {**PAYLOADS["ike_gateway"], "name": "sdk-base-gateway"}),
    ("ipsec_tunnel", {"folder": SHARED, "name": "sdk-base-tunnel", "auto_key": {
        "ike_gateway": [{"name": "sdk-base-gateway"}], "ipsec_crypto_profile": "PaloAlto-Networks-IPSec-Crypto"}}),
)

#: Names other than ``sdk-<service>`` (where the SDK's model wants another form).
NAMES = {
    "ethernet_interface": "$sdk-ethernet",  # EthernetInterfaceBaseModel.name: ^\$[a-zA-Z0-9_\-]+$
    "loopback_interface": "$sdk-loopback",  # LoopbackInterfaceBaseModel.name: ^\$[a-zA-Z\d\-_. ]+$
    "bandwidth_allocation": "sdk-region",   # the name of a bandwidth allocation is its region
}

#: The change each update makes (default: the description, where the update model has one).
UPDATES: dict[str, dict[str, Any]] = {
    "agent_profile": {"source_user": ["sdk-user"]},
    "authentication_profile": {"user_domain": "example.com"},
    "application_filter": {"risk": [2]},
    "application_group": {"members": ["ssl"]},
    "auth_setting": {"user_credential_or_client_cert_required": True},
    "http_server_profile": {"tag_registration": True},  # the spec has no description
    "region": {"address": ["198.51.100.0/25"]},  # the spec has no description
    "bandwidth_allocation": {"allocated_bandwidth": 200},
    "bgp_routing": {"accept_route_over_SC": True},
    "decryption_profile": {"ssl_no_proxy": {"block_expired_certificate": True}},
    "external_dynamic_list": {"type": {"ip": {"url": "https://example.com/ips2.txt",
                                              "recurring": {"daily": {"at": "04"}}}}},
    "global_settings": {"agent_version": "6.3.0"},
    "ike_crypto_profile": {"hash": ["sha384"]},
    "kerberos_server_profile": {"server": [{"name": "k1", "host": "kdc.example.com", "port": 750}]},
    "ike_gateway": {"peer_address": {"ip": "198.51.100.2"}},
    "infrastructure_settings": {"ipv6": True},
    "interface_management_profile": {"ping": True},
    "internal_dns_server": {"secondary": "192.0.2.54"},
    "ipsec_crypto_profile": {"lifetime": {"hours": 2}},
    "ipsec_tunnel": {"anti_replay": True},
    "ldap_server_profile": {"timelimit": 10},
    "logical_router": {"routing_stack": "advanced"},
    "radius_server_profile": {"retries": 3},
    "saml_server_profile": {"max_clock_skew": 120},
    "schedule": {"schedule_type": {"recurring": {"daily": ["08:00-18:00"]}}},
    "security_zone": {"enable_user_identification": True},
    "service_connection": {"subnets": ["10.9.0.0/16"]},
    "service_group": {"members": ["service-https"]},
    "syslog_server_profile": {"server": [{"name": "s1", "server": "192.0.2.31", "transport": "UDP",
                                          "port": 514, "format": "BSD", "facility": "LOG_USER"}]},
    "tacacs_server_profile": {"timeout": 5},
    "tag": {"comments": DESCRIPTION},
    "tunnel_profile": {"no_direct_access_to_local_network": True},
    "bgp_auth_profile": {"secret": "n3w-s3cret"},
    "ospf_auth_profile": {"password": "n3w-s3cret"},
    "qos_profile": {"aggregate_bandwidth": {"egress_max": 100}},
    "dns_proxy": {"enabled": False},
    **{k: {"comment": DESCRIPTION} for k in (
        "aggregate_interface", "ethernet_interface", "layer2_subinterface", "layer3_subinterface",
        "loopback_interface", "tunnel_interface", "vlan_interface")},
}

OPS = ("create", "list", "fetch", "update", "delete")
#: Services that are not config CRUD: one read each, with what it needs.
READ_ONLY_CALLS = {
    "alerts": ("list", lambda svc: svc.list()),
    "incidents": ("search", lambda svc: svc.search(page_size=10)),
    "local_config": ("list_versions", lambda svc: svc.list_versions(device="007951000123456")),
    "device_operations": ("route_table", lambda svc: svc.route_table(devices=["007951000123456"])),
}


# ------------------------------------------------------------------------- recording

class Recorder:
    """Every request any ``requests.Session`` makes, with its answer; non-emulator URLs refused."""

    def __init__(self, allowed_netloc: str) -> None:
        self.allowed = allowed_netloc
        self.log: list[dict[str, Any]] = []
        original = requests.Session.request
        recorder = self

        def request(session: requests.Session, method: str, url: str, *args: Any, **kwargs: Any) -> Any:
            parts = urlsplit(url)
            params = kwargs.get("params") or {}
            query = dict(parse_qsl(parts.query))
            if isinstance(params, dict):
                query.update({k: str(v) for k, v in params.items() if v is not None})
            body = kwargs.get("json")
            entry: dict[str, Any] = {
                "method": method.upper(), "url": f"{parts.scheme}://{parts.netloc}{parts.path}",
                "path": parts.path, "query": query,
                "body_keys": sorted(body) if isinstance(body, dict) else None,
                "body": body if isinstance(body, dict) and len(json.dumps(body, default=str)) < 2000 else None,
            }
            recorder.log.append(entry)
            if parts.netloc != recorder.allowed:
                entry["refused"] = True
                raise requests.ConnectionError(
                    f"refused by the driver: {method.upper()} {url} is not the emulator "
                    f"({recorder.allowed}); the SDK did not use the api_base_url it was given")
            kwargs.setdefault("timeout", REQUEST_TIMEOUT_S)
            try:
                resp = original(session, method, url, *args, **kwargs)
            except requests.RequestException as exc:  # e.g. urllib3's retries on 5xx used up
                entry["answer"] = {"transport_error": _short(exc, 300)}
                raise
            entry["status"] = resp.status_code
            if resp.status_code >= 400:
                entry["answer"] = _error_of(resp)
            return resp

        requests.Session.request = request  # type: ignore[method-assign]

    def mark(self) -> int:
        return len(self.log)

    def since(self, mark: int) -> list[dict[str, Any]]:
        return self.log[mark:]


def _error_of(resp: requests.Response) -> dict[str, Any]:
    try:
        body = resp.json()
    except ValueError:
        return {"status": resp.status_code, "body": resp.text[:300]}
    errors = body.get("_errors") if isinstance(body, dict) else None
    if isinstance(errors, list) and errors and isinstance(errors[0], dict):
        first = errors[0]
        return {"status": resp.status_code, "code": first.get("code"), "message": first.get("message"),
                "details": first.get("details")}
    return {"status": resp.status_code, "body": json.dumps(body)[:300]}


# ------------------------------------------------------------------------- services

def registry() -> dict[str, tuple[str, str]]:
    """The ``Scm`` client's service registry: attribute -> (module, class), in its order."""
    source = inspect.getsource(scm.client.Scm.__getattr__)
    return {n: (m, c) for n, m, c in re.findall(r'"(\w+)": \(\s*"([\w.]+)",\s*"(\w+)",?\s*\)', source)}


def own_method(service: Any, op: str) -> Any:
    """The service's own method ``op``, or None when it has none (only BaseObject's, or none)."""
    cls = type(service)
    for klass in cls.__mro__:
        if op in vars(klass):
            if klass is BaseObject or klass.__name__ == "InsightsBaseObject":
                return None
            return getattr(service, op)
    return None


def raises_not_implemented(method: Any) -> str | None:
    """The message of a method whose body is a bare ``raise NotImplementedError(...)``."""
    try:
        source = inspect.getsource(method)
    except (OSError, TypeError):
        return None
    m = re.search(r'raise NotImplementedError\(\s*((?:"[^"]*"\s*)+)\)', source)
    if m and "self.api_client" not in source:
        return "".join(re.findall(r'"([^"]*)"', m.group(1)))
    return None


def model_of(method: Any, suffix: str) -> type[pydantic.BaseModel] | None:
    """The pydantic model ``method`` takes as its first argument, if any."""
    params = list(inspect.signature(method).parameters.values())
    if not params:
        return None
    try:
        hints = typing.get_type_hints(method)
    except Exception:
        return None
    hint = hints.get(params[0].name)
    for candidate in (hint, *typing.get_args(hint)):
        if isinstance(candidate, type) and issubclass(candidate, pydantic.BaseModel) \
                and candidate.__name__.endswith(suffix):
            return candidate
    return None


class Failure(Exception):
    """An operation that answered but did not do what it should."""


def attr(obj: Any, key: str) -> Any:
    if isinstance(obj, dict):
        return obj.get(key)
    return getattr(obj, key, None)


class Lifecycle:
    """create -> list -> fetch -> update -> delete of one service."""

    def __init__(self, name: str, service: Any) -> None:
        self.name = name
        self.svc = service
        self.payload = dict(PAYLOADS.get(name, {}))
        self.obj_name = NAMES.get(name, "sdk-" + name.replace("_", "-"))[:63]
        self.folder = self.payload.get("folder")
        self.created: Any = None
        self.fetched: Any = None
        self.created_id: str | None = None

    def kwargs_for(self, method: Any, **known: Any) -> dict[str, Any]:
        """Those of ``known`` that ``method`` takes; a ``**filters`` method (it sends its
        filters as query parameters, as ``Variable.fetch`` calls ``list(folder=...)``) takes
        the folder too."""
        params = inspect.signature(method).parameters
        spread = any(p.kind is p.VAR_KEYWORD for p in params.values())
        return {k: v for k, v in known.items()
                if v is not None and (k in params or (spread and k == "folder"))}

    # -- the operations
    def create(self) -> Any:
        method = self.svc.create
        data = dict(self.payload)
        if self.name != "quarantined_device":
            data["name"] = self.obj_name
        if self.name in ("bgp_routing",):
            data.pop("name")
        kwargs = {}
        if "folder" in inspect.signature(method).parameters and "folder" in data:
            kwargs["folder"] = data.pop("folder")
        self.created = method(data, **kwargs)
        self.created_id = _str(attr(self.created, "id"))
        return self.created

    def list(self) -> Any:
        method = self.svc.list
        extra = {"folder": self.folder}
        if self.name == "infrastructure_settings":
            extra["name"] = self.obj_name  # its list() requires a name
        if self.name == "quarantined_device":
            extra = {}
        items = method(**self.kwargs_for(method, **extra))
        if self.created is not None:
            key = "host_id" if self.name == "quarantined_device" else "name"
            wanted = attr(self.created, key)
            found = [i for i in items if attr(i, key) == wanted]
            if not found:
                raise Failure(f"list answered {len(items)} objects, none with {key} {wanted!r} (just created)")
        return {"count": len(items)}

    def fetch(self) -> Any:
        method = self.svc.fetch
        first = next(iter(inspect.signature(method).parameters))
        kwargs = self.kwargs_for(method, folder=self.folder)
        obj = method(**{first: self.obj_name}, **kwargs)
        if obj is None:
            raise Failure(f"fetch({self.obj_name!r}) answered None (not found)")
        if self.created_id and _str(attr(obj, "id")) != self.created_id:
            raise Failure(f"fetch answered id {attr(obj, 'id')}, created {self.created_id}")
        self.fetched = obj
        return obj

    def update(self) -> Any:
        method = self.svc.update
        base = self.fetched if self.fetched is not None else self.created
        change = UPDATES.get(self.name)
        model = model_of(method, "UpdateModel") or model_of(method, "ResponseModel")
        params = list(inspect.signature(method).parameters)
        if model is not None:
            fields = model.model_fields
            if change is None:
                change = {"description": DESCRIPTION} if "description" in fields else {}
            data = {k: v for k, v in base.model_dump(mode="json", exclude_unset=True).items() if k in fields}
            data.update(change)
            result = method(model(**data))
        else:
            if change is None:
                change = {"description": DESCRIPTION}
            if isinstance(base, pydantic.BaseModel):
                data = base.model_dump(exclude_unset=True, exclude_none=True, by_alias=True)
            else:
                data = dict(self.payload)
                if self.name != "bgp_routing":
                    data["name"] = self.obj_name
            data.update(change)
            if params[:2] == ["object_id", "data"]:
                data.pop("id", None)
                result = method(self.created_id or _str(attr(base, "id")), data)
            else:
                kwargs = {}
                if "folder" in params:
                    kwargs["folder"] = data.pop("folder", self.folder)
                elif "folder" not in (self.payload or {}):
                    data.pop("folder", None)
                if self.name in ("agent_profile", "infrastructure_settings", "tunnel_profile"):
                    data.pop("id", None)
                result = method(data, **kwargs)
        for key, value in change.items():
            got = attr(result, key)
            got = got.model_dump(mode="json", exclude_none=True) if isinstance(got, pydantic.BaseModel) else got
            if isinstance(got, list):
                got = [g.model_dump(mode="json", exclude_none=True) if isinstance(g, pydantic.BaseModel)
                       else getattr(g, "value", g) for g in got]
            got = getattr(got, "value", got)
            if result is not None and not _contains(got, value):
                raise Failure(f"update answered {key}={got!r}, sent {value!r}")
        return result

    def delete(self) -> Any:
        method = self.svc.delete
        params = list(inspect.signature(method).parameters)
        if not params:
            return method()
        first = params[0]
        if first == "name":
            args: dict[str, Any] = {"name": self.obj_name}
            if "spn_name_list" in params:
                args["spn_name_list"] = ",".join(self.payload.get("spn_name_list", []))
            args.update(self.kwargs_for(method, folder=self.folder))
            method(**args)
        elif first == "host_id":
            method(host_id=attr(self.created, "host_id"))
        else:
            if not self.created_id:
                raise Failure("nothing to delete: create answered no id")
            method(self.created_id)
        # Gone from the list?
        listing = own_method(self.svc, "list")
        if listing is not None and self.name not in ("quarantined_device",):
            extra = {"folder": self.folder}
            if self.name == "infrastructure_settings":
                extra["name"] = self.obj_name
            try:
                items = listing(**self.kwargs_for(listing, **extra))
            except Exception:
                return None  # the list's own failure is reported by the list operation
            left = [i for i in items if attr(i, "name") == self.obj_name]
            if left:
                raise Failure(f"delete answered OK but {self.obj_name!r} is still listed")
        return None


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def _contains(got: Any, want: Any) -> bool:
    """``want`` (what was sent) is found in ``got`` (what came back), dicts compared by their keys."""
    if isinstance(want, dict):
        return isinstance(got, dict) and all(k in got and _contains(got[k], v) for k, v in want.items())
    if isinstance(want, list):
        return isinstance(got, list) and len(got) == len(want) and all(
            _contains(g, w) for g, w in zip(got, want, strict=True))
    if isinstance(want, float | int) and isinstance(got, float | int):
        return float(got) == float(want)
    if isinstance(want, str) and got is not None and not isinstance(got, str):
        return str(got) == want  # an IPv4Address, a UUID, an enum's value
    return got == want


# ------------------------------------------------------------------------- running

class Runner:
    def __init__(self, base_url: str, token_url: str, recorder: Recorder) -> None:
        self.base_url = base_url
        self.token_url = token_url
        self.rec = recorder
        self.results: list[dict[str, Any]] = []
        self.client = self.new_client()

    def new_client(self) -> Scm:
        return Scm(client_id=os.environ["SCM_CLIENT_ID"], client_secret=os.environ["SCM_CLIENT_SECRET"],
                   tsg_id=os.environ["SCM_TSG_ID"], api_base_url=self.base_url, token_url=self.token_url)

    def record(self, service: str, op: str, fn: Any) -> tuple[bool, Any]:
        mark = self.rec.mark()
        entry: dict[str, Any] = {"service": service, "op": op}
        started = time.monotonic()
        value = None
        try:
            value = fn()
            entry["result"] = "ok"
        except NotImplementedError as exc:
            entry.update(result="not-offered", cause=f"the SDK raises NotImplementedError: {exc}")
        except Failure as exc:
            entry.update(result="failed", cause=str(exc))
        except pydantic.ValidationError as exc:
            sent = self.rec.since(mark)
            kind = "failed" if sent else "payload-invalid"
            where = "the answer" if sent else "the payload"
            entry.update(result=kind, exception=_short(exc),
                         cause=f"the SDK's model refused {where}: {_short(exc, 300)}")
        except Exception as exc:
            entry.update(result="failed", exception=_short(exc))
        entry["seconds"] = round(time.monotonic() - started, 3)
        sent = self.rec.since(mark)
        entry["requests"] = len(sent)
        if sent:
            bad = [s for s in sent if s.get("refused") or "answer" in s]
            shown = (bad or sent)[0]
            entry["request"] = {k: shown.get(k) for k in ("method", "url", "path", "query", "body_keys", "body")}
            if shown.get("refused"):
                entry["answer"] = {"refused": True}
            elif "answer" in shown:
                entry["answer"] = shown["answer"]
            else:
                entry["answer"] = {"status": shown.get("status")}
            if entry["result"] == "failed" and "cause" not in entry:
                ans = entry["answer"]
                if ans.get("refused"):
                    entry["cause"] = f"the SDK sent {shown['method']} {shown['url']}, not to the emulator"
                elif ans.get("transport_error"):
                    entry["cause"] = f"no answer the SDK accepted: {ans['transport_error']}"
                elif (ans.get("status") or 0) >= 400:
                    entry["cause"] = " ".join(str(x).strip() for x in (
                        ans.get("status"), ans.get("code"), ans.get("message"),
                        json.dumps(ans.get("details"), default=str)[:300] if ans.get("details") else None,
                        ans.get("body")) if x)
                else:
                    entry["cause"] = f"answered {ans.get('status')}, then the SDK raised {entry.get('exception')}"
        elif entry["result"] == "failed" and "cause" not in entry:
            entry["cause"] = f"no request sent; the SDK raised {entry.get('exception')}"
        if entry["result"] == "ok" and op in ("list", "fetch", "create", "update"):
            entry["value"] = _summary(value)
        self.results.append(entry)
        return entry["result"] == "ok", value

    def skip(self, service: str, op: str, why: str) -> None:
        self.results.append({"service": service, "op": op, "result": "skipped", "cause": why})

    def not_offered(self, service: str, op: str, why: str) -> None:
        self.results.append({"service": service, "op": op, "result": "not-offered", "cause": why})

    # -- one CRUD service
    def lifecycle(self, name: str, service: Any) -> None:
        life = Lifecycle(name, service)
        methods = {op: own_method(service, op) for op in OPS}
        if name in ("bgp_routing", "global_settings"):  # singletons: get, then update
            methods["fetch"] = own_method(service, "get")
        done: dict[str, bool] = {}
        for op in OPS:
            method = methods[op]
            if method is None:
                self.not_offered(name, op, f"{type(service).__name__} has no {op}() of its own")
                continue
            stub = raises_not_implemented(method)
            if stub is not None:
                self.not_offered(name, op, f"the SDK raises NotImplementedError: {stub}")
                continue
            if name in ("bgp_routing", "global_settings"):
                if op == "create":
                    self.not_offered(name, op, "a singleton: create() is update() of the one object")
                    continue
                if op == "fetch":
                    done[op], life.fetched = self.record(name, "fetch", method)
                    continue
            needs_object = op in ("fetch", "update", "delete") and name not in ("bgp_routing", "global_settings")
            if (needs_object and methods["create"] is not None and not done.get("create")
                    and not (op == "update" and done.get("fetch"))):
                self.skip(name, op, "create failed: no object to work on")
                continue
            if name in ("network_location", "agent_version") and op == "fetch":
                # Locations and agent versions are the service's own: fetch the first one listed.
                try:
                    first = getattr(self.client, name).list()[:1]
                except Exception:
                    first = []
                if not first:
                    self.skip(name, op, f"no {name} listed to fetch")
                    continue
                life.obj_name = getattr(first[0], "value", first[0])
            # Devices cannot be created through the API: work on the first one listed.
            if name == "device" and op in ("fetch", "update") and not self._first_device(life):
                self.skip(name, op, "no device listed (devices are onboarded, not created)")
                continue
            done[op], _ = self.record(name, op, getattr(life, op))

    def _first_device(self, life: Lifecycle) -> bool:
        try:
            devices = self.client.device.list()
        except Exception:
            return False
        if not devices:
            return False
        life.obj_name = devices[0].name
        life.created = devices[0]
        life.created_id = _str(devices[0].id)
        return True

    # -- rules: move
    def move_rules(self) -> None:
        svc = self.client.security_rule
        base = dict(PAYLOADS["security_rule"])
        ids: list[str] = []
        for i in (1, 2):
            ok, rule = self.record("security_rule", f"move:create rule {i}",
                                   lambda i=i: svc.create({**base, "name": f"sdk-move-{i}"}, rulebase="pre"))
            if ok:
                ids.append(str(rule.id))
        if len(ids) < 2:
            self.skip("security_rule", "move", "could not create the two rules to move")
            return
        first, second = ids

        def order() -> list[str]:
            return [str(r.id) for r in svc.list(folder=SHARED, rulebase="pre") if str(r.id) in ids]

        def move(rule: str, dest: str, other: str | None = None) -> Any:
            data: dict[str, Any] = {"destination": dest, "rulebase": "pre"}
            if other:
                data["destination_rule"] = other
            svc.move(uuid.UUID(rule), data)
            now = order()
            want = {"top": [rule, other or (second if rule == first else first)],
                    "bottom": [other or (second if rule == first else first), rule],
                    "before": [rule, other], "after": [other, rule]}[dest]
            if now != want:
                raise Failure(f"after move {dest}: rule order {now}, expected {want}")
            return now

        self.record("security_rule", "move:bottom", lambda: move(first, "bottom"))
        self.record("security_rule", "move:top", lambda: move(first, "top"))
        self.record("security_rule", "move:after", lambda: move(first, "after", second))
        self.record("security_rule", "move:before", lambda: move(first, "before", second))
        for i, rule_id in enumerate(ids, 1):
            self.record("security_rule", f"move:delete rule {i}", lambda r=rule_id: svc.delete(r, rulebase="pre"))

    # -- commit and jobs
    def commit_and_jobs(self) -> None:
        out: dict[str, Any] = {}

        def commit() -> Any:
            resp = self.client.commit(folders=[SHARED], description="pan-scm-sdk services", sync=True, timeout=60)
            if not resp.success or not resp.job_id:
                raise Failure(f"commit answered {resp.model_dump(mode='json')}")
            out["job_id"] = resp.job_id
            return resp

        ok, _ = self.record("commit", "commit(sync=True)", commit)
        if not ok:
            self.skip("jobs", "get", "commit failed: no job to read")
        else:
            def get() -> Any:
                job = self.client.get_job_status(out["job_id"]).data[0]
                if (job.status_str, job.result_str) != ("FIN", "OK"):
                    raise Failure(f"job {job.id} after commit(sync=True): status_str={job.status_str} "
                                  f"result_str={job.result_str}")
                return {"id": job.id, "status_str": job.status_str, "result_str": job.result_str,
                        "type_str": job.type_str}
            self.record("jobs", "get", get)

        def jobs() -> Any:
            listed = self.client.list_jobs(limit=10)
            if "job_id" in out:
                ids = {j.id for j in listed.data}
                if out["job_id"] not in ids:
                    raise Failure(f"list_jobs does not hold the commit's job {out['job_id']}")
                children = self.client.list_jobs(limit=100, parent_id=out["job_id"]).data
                if not children:
                    raise Failure(f"no child job with parent_id {out['job_id']}")
            return {"count": len(listed.data)}

        self.record("jobs", "list", jobs)

    # -- everything
    def prerequisites(self) -> None:
        """The gateway and tunnel of :data:`PREREQUISITES`, through the SDK's own services;
        one made is not a result (a failure is: the operations naming it would fail too)."""
        for service, payload in PREREQUISITES:
            try:
                getattr(self.client, service).create(dict(payload))
            except Exception as exc:
                self.results.append({"service": f"{service} (prerequisite {payload['name']})", "op": "create",
                                     "result": "failed", "exception": _short(exc)})

    def run(self, only: set[str] | None) -> None:
        reg = registry()
        self.prerequisites()
        for name in reg:
            if only and name not in only:
                continue
            if name in READ_ONLY_CALLS:
                op, call = READ_ONLY_CALLS[name]
                ok, svc = self.record(name, "instantiate", lambda n=name: getattr(self.client, n))
                if ok:
                    self.results.pop()
                    self.record(name, op, lambda c=call, s=svc: c(s))
                continue
            if name == "remote_network":
                self.remote_networks()
                continue
            try:
                service = getattr(self.client, name)
            except AttributeError as exc:
                self.skip(name, "*", f"the SDK could not load it: {exc}")
                continue
            self.lifecycle(name, service)
        if not only or "security_rule" in only:
            self.move_rules()
        if not only or "commit" in only:
            self.commit_and_jobs()

    def remote_networks(self) -> None:
        """RemoteNetworks.__init__ sets the shared client's api_base_url to the production host.
        Run it as users do, on a client of its own; then once more with the URL put back, to
        see what the emulator answers on the path."""
        own = self.new_client()
        before = own.api_base_url
        service = own.remote_network
        after = own.api_base_url
        self.results.append({"service": "remote_network", "op": "instantiate",
                             "result": "ok" if after == before else "failed",
                             "cause": None if after == before else
                             f"instantiating the service rewrote the client's api_base_url "
                             f"{before!r} -> {after!r}"})
        self.lifecycle("remote_network", service)
        own.api_base_url = before  # what a user would have to do
        self.lifecycle_renamed("remote_network", "remote_network (api_base_url put back)", service)

    def lifecycle_renamed(self, name: str, label: str, service: Any) -> None:
        start = len(self.results)
        self.lifecycle(name, service)
        for entry in self.results[start:]:
            entry["service"] = label


def _short(exc: BaseException, limit: int = 500) -> str:
    text = f"{type(exc).__name__}: {exc}".replace("\n", " | ")
    return text if len(text) <= limit else text[:limit] + "..."


def _summary(value: Any) -> Any:
    if isinstance(value, pydantic.BaseModel):
        data = value.model_dump(mode="json", exclude_unset=True)
        return {k: data[k] for k in ("id", "name", "folder") if k in data}
    if isinstance(value, dict) and len(json.dumps(value, default=str)) < 300:
        return value
    return None


def main() -> int:
    base_url, token_url = sys.argv[1], sys.argv[2]
    only = None
    if "--only" in sys.argv:
        only = set(sys.argv[sys.argv.index("--only") + 1].split(","))
    recorder = Recorder(urlsplit(base_url).netloc)
    runner = Runner(base_url, token_url, recorder)
    started = time.monotonic()
    try:
        runner.run(only)
    except Exception:
        traceback.print_exc()
        print("RESULT " + json.dumps({"results": runner.results, "crashed": traceback.format_exc()}, default=str))
        return 1
    offered = {}
    for name in registry():
        try:
            svc = getattr(runner.new_client() if name == "remote_network" else runner.client, name)
        except AttributeError:
            continue
        offered[name] = [op for op in (*OPS, "get", "move") if own_method(svc, op) is not None]
    print("RESULT " + json.dumps({"results": runner.results, "offered": offered,
                                  "requests": len(recorder.log),
                                  "seconds": round(time.monotonic() - started, 1)}, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
