"""What IPsec tunnel provisioning meets in the service beyond the specs: the tenant's own
data (locations, license types, bandwidth allocations, predefined crypto profiles), the
checks a remote network, an IPsec tunnel and an IKE gateway pass on create and update, and
the Prisma-side public address of a pushed remote network. The data is
:mod:`.prisma_data`'s; this module serves it from a tenant's point of view.

Service data that no client made is *virtual*: answered from :mod:`.prisma_data`, never
stored, so an untouched tenant's store is empty. A seeded bandwidth allocation becomes a
stored object the first time a client changes it; one a client deletes leaves a marker
(resource :data:`REMOVED_ALLOCATION`) so it stays deleted. Both are configuration, so a
``load`` or ``rollbackCandidate`` brings them back as they were in that version (with no
version, the seeded ones). Predefined profiles are never stored and cannot be changed.

The checks, each a 400 ``API_I00035`` whose detail names the field and the value:

- ``remoteNetwork``: ``region`` is a location ``value`` (with a did-you-mean); its
  aggregate region has a bandwidth allocation; ``license_type`` is one the tenant holds;
  ``spn_name`` is given for FWAAS-AGGREGATE and is in the allocation's ``spn_name_list``;
  ``ipsec_tunnel`` (required when ``ecmp_load_balancing`` is ``disable``, as both specs
  say), ``secondary_ipsec_tunnel`` and every ``ecmp_tunnels[].ipsec_tunnel`` (required
  when it is ``enable``) name IPsec tunnels of the remote network's folder;
- ``ipsecTunnel``: ``auto_key.ike_gateway[].name`` names IKE gateways,
  ``auto_key.ipsec_crypto_profile`` an IPsec crypto profile;
- ``ikeGateway``: ``protocol.ikev1/ikev2.ike_crypto_profile`` names an IKE crypto profile.

A reference resolves in the object's own folder or a folder above it (a custom folder's
parents, then Shared), as the push-time reference checks of :mod:`.handlers` resolve them;
a predefined profile resolves everywhere. Deleting a bandwidth allocation that remote
networks use, or an update dropping an SPN one of them names, is refused (409 E009).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sasekit.suggest import close_matches, did_you_mean

from . import jobs
from . import prisma_data as data
from .config import EmulatorConfig
from .store import Store

ALLOCATION = "bandwidthAllocation"
#: Where a deleted seeded allocation's marker is stored (never listed by any operation).
REMOVED_ALLOCATION = "bandwidthAllocation:removed"
REMOTE_NETWORK, IPSEC_TUNNEL, IKE_GATEWAY = "remoteNetwork", "ipsecTunnel", "ikeGateway"
IKE_CRYPTO, IPSEC_CRYPTO = "ikeCryptoProfile", "ipsecCryptoProfile"
#: Resources whose lists the service's own data joins.
SERVICE_DATA_LISTS: dict[str, tuple[dict[str, Any], ...]] = {
    "location": data.LOCATIONS,
    "licenseType": data.LICENSE_TYPES,
}
#: The folder whose push gives remote networks their Prisma-side address.
RN_FOLDER = "Remote Networks"
#: Counter names of the addresses handed out (``prisma-ip:<remote network name>`` -> index).
ADDRESS_COUNTER = "prisma-ip:"
WHAT = {IPSEC_TUNNEL: "an IPsec tunnel", IKE_GATEWAY: "an IKE gateway", IKE_CRYPTO: "an IKE crypto profile",
        IPSEC_CRYPTO: "an IPsec crypto profile"}


class ServiceData:
    """A tenant's service data and the provisioning checks, for :class:`~.handlers.Handlers`."""

    def __init__(self, store: Store, config: EmulatorConfig) -> None:
        self.store = store
        self.config = config

    # ------------------------------------------------------------------ virtual objects

    def _seeded(self, tsg: str) -> list[dict[str, Any]]:
        return [{"id": data.object_id(tsg, ALLOCATION, a["name"]), **a}
                for a in data.seeded_allocations(self.config.seed_bandwidth_allocations)]

    def virtual(self, tsg: str, key: str) -> list[dict[str, Any]]:
        """The objects of ``key`` the service has and the store does not: predefined
        profiles, and seeded allocations no client has changed or deleted."""
        if key in data.PREDEFINED:
            return data.predefined(tsg, key)
        if key != ALLOCATION:
            return []
        seeded = self._seeded(tsg)
        if not seeded:
            return []
        stored = {o.get("name") for o in self.store.list(tsg, ALLOCATION, None)[0]}
        removed = {o.get("name") for o in self.store.list(tsg, REMOVED_ALLOCATION, None)[0]}
        return [a for a in seeded if a["name"] not in stored and a["name"] not in removed]

    def listed(self, tsg: str, key: str, scope: str, name: str | None) -> list[dict[str, Any]]:
        """The virtual objects a list of ``key`` in ``scope`` shows (its ``name`` filter, a
        substring as the store's, applied): predefined profiles in the folders that show
        them and in the snippet ``predefined``; seeded allocations everywhere."""
        if key in data.PREDEFINED and scope not in (*data.PREDEFINED_FOLDERS,
                                                     f"snippet:{data.PREDEFINED_SNIPPET}"):
            return []
        return [o for o in self.virtual(tsg, key) if not name or name in str(o.get("name"))]

    def find(self, tsg: str, key: str, *, obj_id: str | None = None,
             name: str | None = None) -> dict[str, Any] | None:
        """The virtual object of ``key`` with that id (or name), or None."""
        for o in self.virtual(tsg, key):
            if (obj_id is not None and o["id"] == obj_id) or (name is not None and o.get("name") == name):
                return o
        return None

    @staticmethod
    def predefined(key: str, obj: Mapping[str, Any]) -> bool:
        return key in data.PREDEFINED and obj.get("snippet") == data.PREDEFINED_SNIPPET \
            and obj.get("name") in data.predefined_names(key)

    def name_taken(self, tsg: str, key: str, name: Any) -> str | None:
        """Why a new object of ``key`` may not take ``name`` (a predefined profile's or a
        seeded allocation's), or None."""
        if not isinstance(name, str):
            return None
        if name in data.predefined_names(key):
            return f"{key} {name!r} already exists: it is predefined"
        if key == ALLOCATION and self.find(tsg, key, name=name) is not None:
            return f"{key} {name!r} already exists"
        return None

    def remove(self, tsg: str, obj: dict[str, Any]) -> None:
        """Delete a seeded allocation no client has changed: a marker keeps it deleted."""
        self.store.insert(tsg, REMOVED_ALLOCATION, "", {"id": f"removed:{obj['id']}", "name": obj["name"]})

    def forget_removal(self, tsg: str, name: Any) -> None:
        """A new allocation of a deleted seeded one's name: its marker goes."""
        for o in self.store.list(tsg, REMOVED_ALLOCATION, None)[0]:
            if o.get("name") == name:
                self.store.delete(tsg, o["id"])

    # ------------------------------------------------------------------ the tenant's data

    def allocations(self, tsg: str) -> dict[str, dict[str, Any]]:
        """Aggregate region (allocation name) -> its allocation, seeded or stored."""
        out = {str(a["name"]): a for a in self.virtual(tsg, ALLOCATION)}
        for a in self.store.list(tsg, ALLOCATION, None)[0]:
            if isinstance(a.get("name"), str):
                out[a["name"]] = a
        return out

    @staticmethod
    def license_types() -> list[str]:
        return [lt["value"] for lt in data.LICENSE_TYPES]

    def chain(self, tsg: str, scope: str) -> list[str]:
        """Where a reference made in ``scope`` resolves: the scope, the folders above it, Shared."""
        if not scope:
            return ["", "Shared"]
        if scope.startswith(("snippet:", "device:")):
            return [scope, "Shared"]
        parents = {f.get("name"): f.get("parent") for f in self.store.custom_folders(tsg)}
        out: list[str] = []
        current: str | None = scope
        while current and current not in out:
            out.append(current)
            if current == "Shared":
                break
            parent = parents.get(current)
            current = parent if isinstance(parent, str) and parent else "Shared"
        return out if "Shared" in out else [*out, "Shared"]

    def exists(self, tsg: str, key: str, name: str, chain: list[str]) -> bool:
        if name in data.predefined_names(key):
            return True
        return any(self.store.find_by_name(tsg, key, folder, name) is not None for folder in chain)

    def _names(self, tsg: str, key: str, chain: list[str]) -> list[str]:
        names = [str(o["name"]) for folder in chain for o in self.store.list(tsg, key, folder)[0]
                 if isinstance(o.get("name"), str)]
        return [*names, *sorted(data.predefined_names(key))]

    # ------------------------------------------------------------------ checks on create and update

    def problems(self, tsg: str, key: str, body: Mapping[str, Any], scope: str) -> list[str]:
        """What the service refuses in ``body``, an object of ``key`` written to ``scope``."""
        if key == REMOTE_NETWORK:
            return self._remote_network(tsg, body, scope)
        if key == IPSEC_TUNNEL:
            return self._ipsec_tunnel(tsg, body, scope)
        if key == IKE_GATEWAY:
            return self._ike_gateway(tsg, body, scope)
        return []

    def _reference(self, tsg: str, field: str, value: Any, key: str, chain: list[str]) -> str | None:
        if not isinstance(value, str) or not value or self.exists(tsg, key, value, chain):
            return None
        where = " or ".join(repr(f) for f in chain if f) or "the tenant"
        hint = did_you_mean(close_matches(value, self._names(tsg, key, chain)))
        extra = " or predefined" if key in data.PREDEFINED else ""
        return f'"{field}" {value!r} is not {WHAT[key]} ({key}) of folder {where}{extra}{hint}'

    def _remote_network(self, tsg: str, body: Mapping[str, Any], scope: str) -> list[str]:
        out: list[str] = []
        region = body.get("region")
        allocation: dict[str, Any] | None = None
        aggregate = None
        if isinstance(region, str):
            loc = data.location(region)
            if loc is None:
                hint = did_you_mean(close_matches(region, [x["value"] for x in data.LOCATIONS]))
                out.append(f'"region" {region!r} is not a Prisma Access location (the `value` of a '
                           f"location list entry){hint}")
            else:
                aggregate = str(loc["aggregate_region"])
                allocation = self.allocations(tsg).get(aggregate)
                if allocation is None:
                    out.append(f'"region" {region!r} ({loc["display"]}): no bandwidth allocated in aggregate '
                               f"region {aggregate}: allocate some first (bandwidthAllocation create)")
        license_type = body.get("license_type", data.AGGREGATE_LICENSE)
        held = self.license_types()
        if isinstance(license_type, str) and license_type not in held:
            out.append(f'"license_type" {license_type!r} is not a license type of this tenant; its license '
                       f"types: {', '.join(held)}{did_you_mean(close_matches(license_type, held))}")
        spn = body.get("spn_name")
        if license_type == data.AGGREGATE_LICENSE and allocation is not None:
            spns = [str(s) for s in allocation.get("spn_name_list") or []]
            if not spn:
                out.append(f'"spn_name" is required when "license_type" is {data.AGGREGATE_LICENSE}: one of the '
                           f"SPNs of aggregate region {aggregate} ({', '.join(spns) or 'none allocated'})")
            elif isinstance(spn, str) and spn not in spns:
                out.append(f'"spn_name" {spn!r} is not an SPN of aggregate region {aggregate}; its '
                           f"spn_name_list: {', '.join(spns) or 'empty'}{did_you_mean(close_matches(spn, spns))}")
        chain = self.chain(tsg, scope)
        ecmp = body.get("ecmp_load_balancing", "disable")
        primary = body.get("ipsec_tunnel")
        if ecmp == "disable" and not primary:
            out.append('"ipsec_tunnel" is required when "ecmp_load_balancing" is disable')
        tunnels = body.get("ecmp_tunnels")
        if ecmp == "enable" and not tunnels:
            out.append('"ecmp_tunnels" is required when "ecmp_load_balancing" is enable')
        refs: list[tuple[str, Any]] = [("ipsec_tunnel", primary),
                                       ("secondary_ipsec_tunnel", body.get("secondary_ipsec_tunnel"))]
        if isinstance(tunnels, list):
            refs += [(f"ecmp_tunnels[{i}].ipsec_tunnel", t.get("ipsec_tunnel"))
                     for i, t in enumerate(tunnels) if isinstance(t, dict)]
        for field, value in refs:
            problem = self._reference(tsg, field, value, IPSEC_TUNNEL, chain)
            if problem:
                out.append(problem)
        secondary = body.get("secondary_ipsec_tunnel")
        if isinstance(primary, str) and primary and secondary == primary:
            out.append(f'"secondary_ipsec_tunnel" {secondary!r} is the primary "ipsec_tunnel": the secondary '
                       "WAN needs a tunnel of its own")
        return out

    def _ipsec_tunnel(self, tsg: str, body: Mapping[str, Any], scope: str) -> list[str]:
        auto = body.get("auto_key")
        if not isinstance(auto, dict):
            return []
        chain = self.chain(tsg, scope)
        refs: list[tuple[str, Any, str]] = []
        gateways = auto.get("ike_gateway")
        if isinstance(gateways, list):
            refs += [(f"auto_key.ike_gateway[{i}].name", g.get("name"), IKE_GATEWAY)
                     for i, g in enumerate(gateways) if isinstance(g, dict)]
        refs.append(("auto_key.ipsec_crypto_profile", auto.get("ipsec_crypto_profile"), IPSEC_CRYPTO))
        return [p for f, v, k in refs if (p := self._reference(tsg, f, v, k, chain))]

    def _ike_gateway(self, tsg: str, body: Mapping[str, Any], scope: str) -> list[str]:
        protocol = body.get("protocol")
        if not isinstance(protocol, dict):
            return []
        chain = self.chain(tsg, scope)
        out = []
        for version in ("ikev1", "ikev2"):
            node = protocol.get(version)
            if isinstance(node, dict):
                problem = self._reference(tsg, f"protocol.{version}.ike_crypto_profile",
                                          node.get("ike_crypto_profile"), IKE_CRYPTO, chain)
                if problem:
                    out.append(problem)
        return out

    # ------------------------------------------------------------------ allocations in use

    def _remote_networks_in(self, tsg: str, aggregate: str) -> list[dict[str, Any]]:
        out = []
        for rn in self.store.list(tsg, REMOTE_NETWORK, None)[0]:
            loc = data.location(rn["region"]) if isinstance(rn.get("region"), str) else None
            if loc is not None and loc["aggregate_region"] == aggregate:
                out.append(rn)
        return out

    def allocation_users(self, tsg: str, allocation: Mapping[str, Any],
                         keeps: Mapping[str, Any] | None = None) -> list[str]:
        """The remote networks that deleting ``allocation`` (or, with ``keeps``, replacing it
        by ``keeps``) would leave without their bandwidth or their SPN."""
        name = allocation.get("name")
        if not isinstance(name, str):
            return []
        users = self._remote_networks_in(tsg, name)
        if keeps is None:
            return [f"remoteNetwork {rn.get('name')!r}" for rn in users]
        left = set(keeps.get("spn_name_list") or [])
        return [f"remoteNetwork {rn.get('name')!r} (spn_name {rn.get('spn_name')!r})" for rn in users
                if rn.get("spn_name") and rn.get("spn_name") not in left]

    # ------------------------------------------------------------------ Prisma-side addresses

    def _pushed_remote_networks(self, tsg: str) -> list[dict[str, Any]]:
        """The remote networks of the newest config version whose push named Remote Networks."""
        for v in self.store.versions(tsg):
            if RN_FOLDER in json.loads(v["folders"]):
                snapshot = self.store.version_snapshot(tsg, v["version"]) or []
                return [o["body"] for o in snapshot if o["resource"] == REMOTE_NETWORK
                        and o["folder"] == RN_FOLDER and isinstance(o["body"].get("name"), str)]
        return []

    def public_addresses(self, tsg: str, body: Mapping[str, Any], now: float) -> dict[str, Any]:
        """The ``getPrismaAccessIP/v2`` answer: each pushed remote network's address, by zone."""
        jobs.apply_due(self.store, now)
        wanted = body.get("serviceType") in ("all", "remote_network") and body.get("addrType") in ("all", "active")
        networks = sorted(self._pushed_remote_networks(tsg), key=lambda rn: rn["name"]) if wanted else []
        given = self.store.counters_named(tsg, ADDRESS_COUNTER)
        taken = set(given.values())
        zones: dict[str, list[dict[str, Any]]] = {}
        for rn in networks:
            index = given.get(rn["name"])
            if index is None:
                index = data.next_free(data.first_choice(tsg, rn["name"]), taken)
                self.store.set_counter(tsg, ADDRESS_COUNTER + rn["name"], index)
                given[rn["name"]] = index
                taken.add(index)
            loc = data.location(rn["region"]) if isinstance(rn.get("region"), str) else None
            zone = str(loc["display"]) if loc else str(rn.get("region") or "")
            zones.setdefault(zone, []).append({"address": data.address(index), "serviceType": "remote_network",
                                               "addressType": "active", "node_name": rn["name"]})
        return {"status": "success",
                "result": [{"zone": zone, "address_details": details} for zone, details in sorted(zones.items())]}
