"""The Prisma side: the tenant read once, the tunnel model built from an intent, the SCM
objects built from that model, and the model read back from live objects.

Both directions live here so that what is written and what is read are one mapping:
``objects_for`` turns a :class:`~sasekit.tunnels.model.Tunnel` into an IKE gateway,
an IPsec tunnel and their remote network; ``tunnels_from`` turns live objects back
into tunnels, which the check compares with the branch's.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sasekit import errors

from . import intent as intents
from .intent import Crypto, SiteIntent
from .model import (
    BgpPeer,
    EspProposal,
    Identity,
    IkeProposal,
    Tunnel,
    esp_lists,
    esp_product,
    ike_lists,
    ike_product,
)
from .region import Choice

log = logging.getLogger(__name__)

#: What the plan reads, once each, whatever the number of sites: resource -> takes a folder.
READS = {"location": False, "bandwidthAllocation": False, "infrastructureSetting": False,
         "ikeCryptoProfile": True, "ipsecCryptoProfile": True, "ikeGateway": True, "ipsecTunnel": True,
         "remoteNetwork": True}
#: Dependency order of the objects a site needs (delete in reverse).
ORDER = ("ikeCryptoProfile", "ipsecCryptoProfile", "ikeGateway", "ipsecTunnel", "remoteNetwork")
DEFAULT_PRISMA_AS = "65534"  # Prisma Access's default infrastructure BGP AS
PSK_AT = "authentication.pre_shared_key.key"
BGP_SECRET_AT = "protocol.bgp.secret"
PEER_SECRET_AT = "protocol.bgp_peer.secret"
FOLDERLESS = ("location", "bandwidthAllocation", "infrastructureSetting")


@dataclass
class Tenant:
    """Everything the plan needs from the tenant, by name."""

    folder: str
    locations: list[dict[str, Any]] = field(default_factory=list)
    allocations: list[dict[str, Any]] = field(default_factory=list)
    objects: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)  # resource -> name -> object
    prisma_as: str = DEFAULT_PRISMA_AS
    addresses: dict[str, str] = field(default_factory=dict)                    # remote network -> public IP
    reads: int = 0

    def get(self, resource: str, name: str) -> dict[str, Any] | None:
        return self.objects.get(resource, {}).get(name)


def read_tenant(client: Any, folder: str = intents.FOLDER) -> Tenant:
    """One list of each catalogue (all pages), run at once on the client's engine."""
    engine = client.engine
    names = list(READS)
    flows = [engine.list_all(r, "list", {"folder": folder} if READS[r] else None) for r in names]
    tenant = Tenant(folder)
    results: dict[str, list[Any]] = {}
    for index, value, error in engine.run_many(flows, len(flows)):
        if error is not None:
            raise error
        results[names[index]] = value if isinstance(value, list) else []
    tenant.reads = len(flows)
    tenant.locations = [x for x in results["location"] if isinstance(x, dict)]
    tenant.allocations = [x for x in results["bandwidthAllocation"] if isinstance(x, dict)]
    for item in results["infrastructureSetting"]:
        if isinstance(item, dict) and item.get("infra_bgp_as"):
            tenant.prisma_as = str(item["infra_bgp_as"])
    for r in ORDER:
        tenant.objects[r] = {o["name"]: o for o in results[r] if isinstance(o, dict) and o.get("name")}
    tenant.addresses = public_addresses(client)
    if tenant.addresses is not None:
        tenant.reads += 1
    return tenant


def public_addresses(client: Any) -> dict[str, str]:
    """Remote network name -> the public address of its Prisma side, known after a push.

    The real service publishes these through the Prisma Access IP API, which is outside
    the configuration specs; sasekit's emulator serves an endpoint of that shape
    (``prismaAccessIp``). A tenant or catalogue without it gives no addresses."""
    if "prismaAccessIp" not in client.engine.catalog:
        return {}
    try:
        answer = client.call("prismaAccessIp", "list", {"serviceType": "remote_network", "addrType": "all",
                                                         "location": "all"})
    except errors.SasekitError as exc:
        log.info("Prisma public addresses are not available: %s", exc)
        return {}
    out: dict[str, str] = {}
    for zone in (answer or {}).get("result") or []:
        for detail in zone.get("address_details") or []:
            if detail.get("node_name") and detail.get("address"):
                out[str(detail["node_name"])] = str(detail["address"])
    return out


# ---------------------------------------------------------------------------- crypto


def lifetime_seconds(value: Any) -> int | None:
    if not isinstance(value, Mapping):
        return None
    for unit, factor in (("seconds", 1), ("minutes", 60), ("hours", 3600), ("days", 86400)):
        if unit in value:
            return int(value[unit]) * factor
    return None


def lifetime_body(seconds: int) -> dict[str, int]:
    for unit, factor in (("days", 86400), ("hours", 3600), ("minutes", 60)):
        if seconds % factor == 0 and seconds // factor <= (365 if unit == "days" else 65535):
            return {unit: seconds // factor}
    return {"seconds": seconds}


def ike_settings(crypto: Crypto, tenant: Tenant) -> tuple[tuple[IkeProposal, ...], int, str] | str:
    """(proposals, lifetime, version) of a site's IKE crypto, or why they are unknown."""
    version = "ikev2"
    if isinstance(crypto.ike, str):
        prof = tenant.get("ikeCryptoProfile", crypto.ike)
        if prof is None:
            return f"IKE crypto profile {crypto.ike!r} does not exist in {tenant.folder}"
        return (ike_product(prof.get("encryption") or [], prof.get("hash") or [], prof.get("dh_group") or []),
                lifetime_seconds(prof.get("lifetime")) or 28800, version)
    ike = crypto.ike
    return (ike_product(ike["encryption"], ike["hash"], ike["dh_group"]), int(ike["lifetime"]),
            str(ike.get("version", version)))


def esp_settings(crypto: Crypto, tenant: Tenant) -> tuple[tuple[EspProposal, ...], int] | str:
    if isinstance(crypto.ipsec, str):
        prof = tenant.get("ipsecCryptoProfile", crypto.ipsec)
        if prof is None:
            return f"IPsec crypto profile {crypto.ipsec!r} does not exist in {tenant.folder}"
        esp = prof.get("esp") or {}
        return (esp_product(esp.get("encryption") or [], esp.get("authentication") or [],
                            str(prof.get("dh_group") or "group2")),
                lifetime_seconds(prof.get("lifetime")) or 3600)
    ipsec = crypto.ipsec
    return (esp_product(ipsec["encryption"], ipsec["authentication"], ipsec["dh_group"]), int(ipsec["lifetime"]))


# ---------------------------------------------------------------------------- intent -> model


@dataclass
class SecretRef:
    """Where a secret goes in an object's body (``at``) and the reference it comes from."""

    at: str
    ref: str


def secret_ref(intent: intents.Intent, ref: str | None, name: str) -> str | None:
    if ref is None:
        return None
    return intents.generated(intent.secrets_dir, name) if ref == "generate" else ref


def site_tunnels(intent: intents.Intent, site: SiteIntent, tenant: Tenant, *, resolve: bool = True
                 ) -> tuple[list[Tunnel], dict[str, list[SecretRef]], list[str]]:
    """The tunnels of a site as the intent says they should be, with the secret
    references of each (by tunnel name) and any problems."""
    problems: list[str] = []
    ike = ike_settings(site.crypto, tenant)
    esp = esp_settings(site.crypto, tenant)
    for got in (ike, esp):
        if isinstance(got, str):
            problems.append(got)
    if problems or isinstance(ike, str) or isinstance(esp, str):
        return [], {}, problems
    proposals, ike_life, version = ike
    esp_props, esp_life = esp
    tunnels, refs = [], {}
    for i, wan in enumerate(site.wan):
        name = f"{site.name}-{wan.name}"
        psk_ref = secret_ref(intent, wan.psk, f"{name}.psk") or ""
        tunnel_refs = [SecretRef(PSK_AT, psk_ref)]
        bgp = None
        if site.bgp is not None:
            peer = site.bgp.primary if i == 0 else site.bgp.secondary
            if peer is not None:
                sref = secret_ref(intent, peer.secret, f"{name}.bgp")
                if sref:
                    tunnel_refs.append(SecretRef(BGP_SECRET_AT if i == 0 else PEER_SECRET_AT, sref))
                bgp = BgpPeer(site.bgp.local_as, site.bgp.peer_as or tenant.prisma_as, peer.local_address,
                              peer.peer_address, _resolve(sref, name) if resolve and sref else None)
        refs[name] = tunnel_refs
        tunnels.append(Tunnel(
            name=name, site=site.name, role="primary" if i == 0 else "secondary", interface=wan.interface,
            branch_address=wan.address, prisma_address=tenant.addresses.get(site.name),
            branch_id=Identity(*wan.identity) if wan.identity else None, prisma_id=None,
            psk=_resolve(psk_ref, name) if resolve and psk_ref else None, ike_version=version, ike=proposals,
            ike_lifetime=ike_life, esp=esp_props, esp_lifetime=esp_life,
            branch_ts=site.subnets if site.bgp is None else (), prisma_ts=(), bgp=bgp))
    return tunnels, refs, problems


def _resolve(ref: str, where: str) -> str:
    return intents.resolve_secret(ref, f"tunnel {where}")


# ---------------------------------------------------------------------------- model -> objects


@dataclass
class Desired:
    """One object a site needs, its body without secrets, and where the secrets go."""

    resource: str
    name: str
    body: dict[str, Any]
    secrets: list[SecretRef] = field(default_factory=list)
    site: str = ""


def crypto_objects(site: SiteIntent, tunnels: Sequence[Tunnel]) -> list[Desired]:
    """The crypto profiles a site creates: none for predefined ones; the shared default
    pair, or the site's own explicit pair."""
    if site.crypto.kind == "predefined" or not tunnels:
        return []
    ike_name, ipsec_name = site.crypto.profile_names(site.name)
    t = tunnels[0]
    enc, hashes, groups = ike_lists(t.ike)
    e_enc, e_auth, pfs = esp_lists(t.esp)
    return [
        Desired("ikeCryptoProfile", ike_name, {"name": ike_name, "encryption": enc, "hash": hashes,
                                               "dh_group": groups, "lifetime": lifetime_body(t.ike_lifetime)},
                site=site.name),
        Desired("ipsecCryptoProfile", ipsec_name, {"name": ipsec_name, "esp": {"encryption": e_enc,
                                                                               "authentication": e_auth},
                                                   "dh_group": pfs, "lifetime": lifetime_body(t.esp_lifetime)},
                site=site.name),
    ]


def tunnel_objects(site: SiteIntent, tunnels: Sequence[Tunnel], refs: Mapping[str, list[SecretRef]],
                   choice: Choice) -> list[Desired]:
    """The IKE gateways, IPsec tunnels and the remote network of a site."""
    ike_name, ipsec_name = site.crypto.profile_names(site.name)
    out: list[Desired] = []
    for t in tunnels:
        version = t.ike_version if t.ike_version in ("ikev1", "ikev2") else "ikev2"
        gateway: dict[str, Any] = {
            "name": t.name,
            "authentication": {"pre_shared_key": {}},
            "peer_address": {"dynamic": {}} if t.branch_address == "dynamic" else {"ip": t.branch_address},
            "protocol": {"version": version, version: {"ike_crypto_profile": ike_name, "dpd": {"enable": t.dpd}}},
            "protocol_common": {"nat_traversal": {"enable": t.nat_traversal}, "fragmentation": {"enable": False}},
        }
        if t.branch_id is not None:
            gateway["peer_id"] = {"type": t.branch_id.kind, "id": t.branch_id.value}
        if t.prisma_id is not None:
            gateway["local_id"] = {"type": t.prisma_id.kind, "id": t.prisma_id.value}
        psk = [r for r in refs.get(t.name, []) if r.at == PSK_AT]
        out.append(Desired("ikeGateway", t.name, gateway, psk, site.name))
        tunnel: dict[str, Any] = {
            "name": t.name,
            "auto_key": {"ike_gateway": [{"name": t.name}], "ipsec_crypto_profile": ipsec_name},
            "anti_replay": True,
        }
        if site.probe_targets:
            tunnel["tunnel_monitor"] = {"enable": True, "destination_ip": site.probe_targets[0]}
        out.append(Desired("ipsecTunnel", t.name, tunnel, site=site.name))
    rn: dict[str, Any] = {"name": site.name, "region": choice.region, "license_type": site.license_type}
    if choice.spn_name:
        rn["spn_name"] = choice.spn_name
    if tunnels:
        rn["ipsec_tunnel"] = tunnels[0].name
    if len(tunnels) > 1:
        rn["secondary_ipsec_tunnel"] = tunnels[1].name
    if site.subnets:
        rn["subnets"] = list(site.subnets)
    if site.description:
        rn["description"] = site.description
    secrets: list[SecretRef] = []
    if site.bgp is not None and tunnels and tunnels[0].bgp is not None:
        first = tunnels[0].bgp
        bgp: dict[str, Any] = {"enable": True, "peer_as": first.local_as, "peer_ip_address": first.local_address,
                               "local_ip_address": first.peer_address,
                               "originate_default_route": site.bgp.originate_default_route}
        rn["protocol"] = {"bgp": bgp}
        if len(tunnels) > 1 and tunnels[1].bgp is not None:
            second = tunnels[1].bgp
            rn["protocol"]["bgp_peer"] = {"peer_ip_address": second.local_address,
                                          "local_ip_address": second.peer_address}
        for t in tunnels:
            secrets += [r for r in refs.get(t.name, []) if r.at != PSK_AT]
    out.append(Desired("remoteNetwork", site.name, rn, secrets, site.name))
    return out


def fill(body: Mapping[str, Any], secrets: Iterable[SecretRef], where: str) -> dict[str, Any]:
    """``body`` with each secret resolved and put at its place."""
    out = _copy(body)
    for s in secrets:
        node = out
        *parents, last = s.at.split(".")
        for p in parents:
            node = node.setdefault(p, {})
        node[last] = intents.resolve_secret(s.ref, where)
    return out


def _copy(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return value


# ---------------------------------------------------------------------------- objects -> model


def tunnels_from(tenant: Tenant, rn: Mapping[str, Any]) -> tuple[list[Tunnel], list[str]]:
    """The tunnels of a live remote network, as Prisma will negotiate them."""
    problems: list[str] = []
    out: list[Tunnel] = []
    bgp = ((rn.get("protocol") or {}).get("bgp") or {})
    peer = ((rn.get("protocol") or {}).get("bgp_peer") or {})
    for role, key in (("primary", "ipsec_tunnel"), ("secondary", "secondary_ipsec_tunnel")):
        name = rn.get(key)
        if not name:
            continue
        tun = tenant.get("ipsecTunnel", name)
        if tun is None:
            problems.append(f"remote network {rn.get('name')}: {key} {name!r} does not exist")
            continue
        auto = tun.get("auto_key") or {}
        gw_name = ((auto.get("ike_gateway") or [{}])[0] or {}).get("name")
        gw = tenant.get("ikeGateway", gw_name) if gw_name else None
        if gw is None:
            problems.append(f"IPsec tunnel {name}: IKE gateway {gw_name!r} does not exist")
            continue
        proto = gw.get("protocol") or {}
        version = str(proto.get("version") or "ikev2-preferred")
        ike_name = ((proto.get("ikev2") or proto.get("ikev1") or {}).get("ike_crypto_profile"))
        ike = tenant.get("ikeCryptoProfile", ike_name) if ike_name else None
        ipsec = tenant.get("ipsecCryptoProfile", auto.get("ipsec_crypto_profile") or "")
        if ike is None or ipsec is None:
            problems.append(f"IPsec tunnel {name}: crypto profile {ike_name if ike is None else auto.get('ipsec_crypto_profile')!r} "
                            f"does not exist")
            continue
        esp = ipsec.get("esp") or {}
        addr = gw.get("peer_address") or {}
        sess = bgp if role == "primary" else peer
        bgp_peer = None
        if bgp.get("enable") and sess.get("peer_ip_address"):
            bgp_peer = BgpPeer(str(bgp.get("peer_as") or ""), tenant.prisma_as, str(sess.get("peer_ip_address")),
                               str(sess.get("local_ip_address") or ""), sess.get("secret") or None)
        proxies = auto.get("proxy_id") or []
        common = gw.get("protocol_common") or {}
        out.append(Tunnel(
            name=str(name), site=str(rn.get("name") or ""), role=role,
            branch_address=str(addr.get("ip") or addr.get("fqdn") or "dynamic"),
            prisma_address=tenant.addresses.get(str(rn.get("name"))),
            branch_id=_identity(gw.get("peer_id")), prisma_id=_identity(gw.get("local_id")),
            psk=((gw.get("authentication") or {}).get("pre_shared_key") or {}).get("key"),
            ike_version=version,
            ike=ike_product(ike.get("encryption") or [], ike.get("hash") or [], ike.get("dh_group") or []),
            ike_lifetime=lifetime_seconds(ike.get("lifetime")) or 28800,
            esp=esp_product(esp.get("encryption") or [], esp.get("authentication") or [],
                            str(ipsec.get("dh_group") or "group2")),
            esp_lifetime=lifetime_seconds(ipsec.get("lifetime")) or 3600,
            branch_ts=tuple(str(p["remote"]) for p in proxies if p.get("remote") and p["remote"] != "0.0.0.0/0"),
            prisma_ts=tuple(str(p["local"]) for p in proxies if p.get("local") and p["local"] != "0.0.0.0/0"),
            bgp=bgp_peer,
            dpd=bool(((proto.get("ikev2") or proto.get("ikev1") or {}).get("dpd") or {}).get("enable", True)),
            nat_traversal=bool((common.get("nat_traversal") or {}).get("enable", True))))
    return out, problems


def _identity(value: Any) -> Identity | None:
    if isinstance(value, Mapping) and value.get("id"):
        return Identity(str(value.get("type") or "fqdn"), str(value["id"]))
    return None
