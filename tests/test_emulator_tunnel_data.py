"""What IPsec tunnel provisioning needs from the emulator, through sasekit's own client on
the in-process emulator, on both URL families: realistic locations, bandwidth allocations
seeded (and configurable), predefined crypto profiles that cannot change, the Prisma-side
public address of a pushed remote network (an endpoint sasekit invented, in the catalog as
``prismaAccessIp.list``), and the service's checks on remote networks, IPsec tunnels and
IKE gateways (see src/sasekit/emulator/provisioning.py).
"""

from __future__ import annotations

import ipaddress
from typing import Any

import pytest

from client_fixtures import async_client, config
from sasekit import errors
from sasekit.catalog import load
from sasekit.emulator import DEMO_ACCOUNT, create_app
from sasekit.emulator import prisma_data as data
from sasekit.emulator.config import Account, EmulatorConfig

pytestmark = pytest.mark.anyio

RN, SC, SHARED = "Remote Networks", "Service Connections", "Shared"
PA_IKE, PA_IPSEC = "PaloAlto-Networks-IKE-Crypto", "PaloAlto-Networks-IPSec-Crypto"
PSK = {"pre_shared_key": {"key": "a-long-enough-psk-123"}}
POOL = ipaddress.IPv4Network("198.18.0.0/15")
ADDRESSES = {"serviceType": "remote_network", "addrType": "all", "location": "all"}


@pytest.fixture(params=("legacy", "unified"))
def family(request: pytest.FixtureRequest) -> str:
    return request.param


def make_app(**kw: Any) -> Any:
    return create_app(config(push_s=0, **kw))


@pytest.fixture
def app() -> Any:
    return make_app()


@pytest.fixture
async def client(app: Any, family: str) -> Any:
    c, _ = async_client(app, url_family=family)
    yield c
    await c.aclose()


def details(exc: BaseException) -> str:
    """Every detail line of an API error's ``_errors``, joined."""
    assert isinstance(exc, errors.APIError), exc
    out = []
    for entry in exc.errors:
        d = entry.get("details")
        out += [str(x) for x in d] if isinstance(d, list) else [str(d)]
    return " | ".join(out)


async def refused(call: Any, kind: type[errors.APIError] = errors.BadRequest) -> str:
    with pytest.raises(kind) as info:
        await call
    if kind is errors.BadRequest:
        assert info.value.codes == ("API_I00035",), info.value
    return details(info.value)


async def tunnel(c: Any, name: str = "tun", folder: str = RN, gateway: str | None = None,
                 ike: str = PA_IKE, ipsec: str = PA_IPSEC) -> dict[str, Any]:
    """An IKE gateway and an IPsec tunnel on it (predefined profiles by default)."""
    gw = gateway or f"{name}-gw"
    if gateway is None:
        await c.call("ikeGateway", "create", folder=folder, name=gw, authentication=PSK,
                     peer_address={"ip": "198.51.100.10"},
                     protocol={"version": "ikev2", "ikev2": {"ike_crypto_profile": ike}})
    return await c.call("ipsecTunnel", "create", folder=folder, name=name,
                        auto_key={"ike_gateway": [{"name": gw}], "ipsec_crypto_profile": ipsec})


def remote_network(name: str = "branch-1", **changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"folder": RN, "name": name, "region": "us-east-1", "license_type": "FWAAS-AGGREGATE",
                            "spn_name": "us-east-whitebeam", "ipsec_tunnel": "tun", "subnets": ["10.1.0.0/24"]}
    body.update(changes)
    return {k: v for k, v in body.items() if v is not None}


async def listed(c: Any, resource: str, **params: Any) -> list[dict[str, Any]]:
    answer = await c.call(resource, "list", **params)
    return answer["data"] if isinstance(answer, dict) else answer


async def addresses(c: Any, **body: Any) -> dict[str, dict[str, str]]:
    """Remote network name -> {address, zone} from prismaAccessIp.list."""
    answer = await c.call("prismaAccessIp", "list", {**ADDRESSES, **body})
    assert answer["status"] == "success"
    out = {}
    for zone in answer["result"]:
        for d in zone["address_details"]:
            assert d["serviceType"] == "remote_network" and d["addressType"] == "active"
            out[d["node_name"]] = {"address": d["address"], "zone": zone["zone"]}
    return out


# ---------------------------------------------------------------------------- locations


async def test_locations_are_realistic(client: Any) -> None:
    locations = await client.call("location", "list")
    assert isinstance(locations, list) and 90 <= len(locations) <= 130  # a bare array, every location
    assert locations == [dict(loc) for loc in data.LOCATIONS]
    assert {loc["continent"] for loc in locations} == {
        "North America", "South America", "Europe", "Middle East", "Africa", "Asia", "Oceania"}
    values = [loc["value"] for loc in locations]
    assert len(set(values)) == len(values) and len({loc["display"] for loc in locations}) == len(values)
    for loc in locations:
        assert set(loc) == {"value", "display", "continent", "latitude", "longitude", "region", "aggregate_region"}
        assert -90 <= loc["latitude"] <= 90 and -180 <= loc["longitude"] <= 180, loc
        assert all(isinstance(loc[k], str) and loc[k] for k in ("value", "display", "region", "aggregate_region"))
    by_value = {loc["value"]: loc for loc in locations}
    # the ids and groupings pan-scm-sdk's own examples show; the workflow template's region
    assert (by_value["us-east-1"]["display"], by_value["us-east-1"]["region"]) == ("US East", "us-east4")
    assert by_value["us-east-1"]["aggregate_region"] == "us-east"
    assert (by_value["eu-central-1"]["display"], by_value["eu-central-1"]["region"]) == ("Germany Central",
                                                                                      "europe-west3")
    assert by_value["us-west-1"]["display"] == "US West"
    # city coordinates: Frankfurt for Germany Central, Sydney for Australia Southeast
    assert round(by_value["eu-central-1"]["latitude"]) == 50 and round(by_value["eu-central-1"]["longitude"]) == 9
    assert round(by_value["ap-southeast-2"]["latitude"]) == -34
    aggregates = {loc["aggregate_region"] for loc in locations}
    allocations = await listed(client, "bandwidthAllocation")
    assert {a["name"] for a in allocations} <= aggregates  # every allocated region is one locations use
    assert aggregates - {a["name"] for a in allocations}  # and some locations have none


async def test_locations_are_the_same_on_both_families(app: Any) -> None:
    legacy, _ = async_client(app)
    unified, _ = async_client(app, url_family="unified")
    try:
        assert await legacy.call("location", "list") == await unified.call("location", "list")
        assert [lt["value"] for lt in await legacy.call("licenseType", "list")] == ["FWAAS-AGGREGATE", "FWAAS-BYOL"]
    finally:
        await legacy.aclose()
        await unified.aclose()


# ---------------------------------------------------------------------------- bandwidth allocations


async def test_a_new_tenant_has_allocations_in_some_regions_only(client: Any, app: Any) -> None:
    allocations = {a["name"]: a for a in await listed(client, "bandwidthAllocation")}
    assert set(allocations) == set(data.DEFAULT_ALLOCATIONS) == {
        "us-east", "us-west", "europe-central", "japan-central", "australia-southeast"}
    for name, a in allocations.items():
        assert a["allocated_bandwidth"] > 0 and 1 <= len(a["spn_name_list"]) <= 3
        assert all(spn.startswith(name + "-") for spn in a["spn_name_list"]), a
    assert "us-east-whitebeam" in allocations["us-east"]["spn_name_list"]
    assert app.store.count() == 0  # served from the service's data: nothing stored until changed


@pytest.mark.parametrize(("choice", "expected"), [
    ("none", set()), ("all", set(data.AGGREGATE_REGIONS)), ("default", set(data.DEFAULT_ALLOCATIONS))])
async def test_seeding_is_set_in_the_config(family: str, choice: str, expected: set[str]) -> None:
    c, _ = async_client(make_app(seed_bandwidth_allocations=choice), url_family=family)
    try:
        got = await listed(c, "bandwidthAllocation")
        assert {a["name"] for a in got} == expected
        assert all(a["spn_name_list"] for a in got)
    finally:
        await c.aclose()


def test_the_seeding_setting_is_checked() -> None:
    with pytest.raises(ValueError, match="seed_bandwidth_allocations must be one of 'default', 'none', 'all', "
                                         "not 'some'"):
        EmulatorConfig.from_mapping({"seed_bandwidth_allocations": "some"}).check()
    assert EmulatorConfig.from_mapping({"seed_bandwidth_allocations": "all"}).check().seed_bandwidth_allocations == "all"


async def test_seeded_allocations_change_and_go_like_any_other(client: Any, app: Any, family: str) -> None:
    await client.call("bandwidthAllocation", "update", name="us-east", allocated_bandwidth=800,
                      spn_name_list=["us-east-whitebeam", "us-east-larch", "us-east-rowan"])
    await client.call("bandwidthAllocation", "delete", name="japan-central",
                      spn_name_list="japan-central-sakura,japan-central-hinoki,japan-central-sugi")
    allocations = {a["name"]: a for a in await listed(client, "bandwidthAllocation")}
    assert "japan-central" not in allocations and allocations["us-east"]["allocated_bandwidth"] == 800
    assert len(allocations["us-east"]["spn_name_list"]) == 3
    with pytest.raises(errors.NameNotUnique):
        await client.call("bandwidthAllocation", "create", name="us-west", allocated_bandwidth=10)
    made = await client.call("bandwidthAllocation", "create", name="japan-central", allocated_bandwidth=20,
                             spn_name_list=["japan-central-sakura"])
    assert made["allocated_bandwidth"] == 20
    assert {a["name"] for a in await listed(client, "bandwidthAllocation")} == set(data.DEFAULT_ALLOCATIONS)
    # the candidate discarded with nothing pushed: the tenant as it started
    await client.call("configVersion", "rollbackCandidate")
    allocations = {a["name"]: a for a in await listed(client, "bandwidthAllocation")}
    assert allocations["us-east"]["allocated_bandwidth"] == 500 and app.store.count() == 0


# ---------------------------------------------------------------------------- predefined profiles


@pytest.mark.parametrize(("resource", "names"), [
    ("ikeCryptoProfile", data.predefined_names("ikeCryptoProfile")),
    ("ipsecCryptoProfile", data.predefined_names("ipsecCryptoProfile"))])
async def test_predefined_profiles_are_listed_in_the_tunnel_folders(client: Any, family: str, resource: str,
                                                                    names: frozenset[str]) -> None:
    assert {PA_IKE, "Others-IKE-Crypto-Default", "CiscoISR-IKE-Crypto-Default", "CiscoASA-IKE-Crypto-Default",
            "Riverbed-IKE-Crypto-Default", "AWS-IKE-Crypto-Default"} <= data.predefined_names("ikeCryptoProfile")
    for folder in (RN, SC):
        got = await listed(client, resource, folder=folder)
        assert {p["name"] for p in got} == names
        assert all(p["snippet"] == "predefined" and "folder" not in p for p in got)
    assert await listed(client, resource, folder=SHARED) == []
    if family == "unified":  # the legacy list takes a folder only
        assert {p["name"] for p in await listed(client, resource, snippet="predefined")} == names


def test_every_predefined_ike_profile_has_its_ipsec_twin() -> None:
    ipsec = data.predefined_names("ipsecCryptoProfile")
    for p in data.PREDEFINED_IKE:
        assert p["name"].replace("-IKE-", "-IPSec-") in ipsec
        assert p["lifetime"] == {"hours": 8} and p["encryption"] and p["hash"] and p["dh_group"]
    for p in data.PREDEFINED_IPSEC:
        assert p["lifetime"] == {"hours": 1} and p["esp"]["encryption"] and p["esp"]["authentication"]
    assert "GUESS" in data.__doc__.upper() or "guess" in data.__doc__


async def test_predefined_profiles_are_found_by_name_and_id(client: Any, family: str) -> None:
    found = await client.call("ikeCryptoProfile", "list", folder=RN, name=PA_IKE)
    one = found if family == "unified" else found["data"][0]  # the unified lookup answers the object
    assert one["name"] == PA_IKE and one["snippet"] == "predefined"
    assert await client.call("ikeCryptoProfile", "get", id=one["id"]) == one
    profile = (await client.call("ipsecCryptoProfile", "list", folder=SC, name=PA_IPSEC))
    profile = profile if family == "unified" else profile["data"][0]
    assert profile["esp"]["encryption"][0] == "aes-256-gcm" and profile["lifetime"] == {"hours": 1}


async def test_predefined_profiles_cannot_be_changed_or_deleted(client: Any) -> None:
    for resource, name in (("ikeCryptoProfile", PA_IKE), ("ipsecCryptoProfile", PA_IPSEC)):
        page = await client.call(resource, "list", folder=RN, limit=200, offset=0)
        prof = next(p for p in page["data"] if p["name"] == name)
        body = {k: v for k, v in prof.items() if k not in ("id", "snippet")}
        message = await refused(client.call(resource, "update", id=prof["id"], **body))
        assert f"{resource} {name!r} is predefined: it cannot be changed" in message
        message = await refused(client.call(resource, "delete", id=prof["id"]))
        assert f"{resource} {name!r} is predefined: it cannot be deleted" in message
        with pytest.raises(errors.NameNotUnique, match="predefined"):
            await client.call(resource, "create", folder=RN, **body)
        assert prof in (await client.call(resource, "list", folder=RN))["data"]


async def test_lists_page_through_predefined_and_own_profiles(client: Any) -> None:
    await client.call("ikeCryptoProfile", "create", folder=RN, name="branch-ike", encryption=["aes-256-gcm"],
                      hash=["sha384"], dh_group=["group20"], lifetime={"hours": 8})
    every = [p["name"] for p in (await client.call("ikeCryptoProfile", "list", folder=RN))["data"]]
    assert every[-1] == "branch-ike" and len(every) == len(data.PREDEFINED_IKE) + 1
    pages = []
    for offset in range(0, len(every), 3):
        page = await client.call("ikeCryptoProfile", "list", folder=RN, limit=3, offset=offset)
        assert page["total"] == len(every)
        pages += [p["name"] for p in page["data"]]
    assert pages == every


# ---------------------------------------------------------------------------- remote network checks


async def test_a_complete_remote_network_is_accepted(client: Any) -> None:
    await tunnel(client)
    made = await client.call("remoteNetwork", "create", remote_network())
    assert made["region"] == "us-east-1" and made["spn_name"] == "us-east-whitebeam"
    # a user's own crypto profiles count as much as the predefined ones
    await client.call("ikeCryptoProfile", "create", folder=RN, name="own-ike", encryption=["aes-256-cbc"],
                      hash=["sha256"], dh_group=["group14"], lifetime={"hours": 8})
    await client.call("ipsecCryptoProfile", "create", folder=RN, name="own-ipsec", lifetime={"hours": 1},
                      esp={"encryption": ["aes-256-gcm"], "authentication": ["sha256"]}, dh_group="group14")
    await tunnel(client, "tun2", ike="own-ike", ipsec="own-ipsec")
    await tunnel(client, "tun3", gateway="tun2-gw")
    second = await client.call("remoteNetwork", "create", remote_network(
        "branch-2", region="us-west-1", spn_name="us-west-dakota", ipsec_tunnel="tun2",
        secondary_ipsec_tunnel="tun3"))
    assert second["secondary_ipsec_tunnel"] == "tun3"
    # BYOL licensing names no SPN
    byol = await client.call("remoteNetwork", "create", remote_network(
        "branch-3", license_type="FWAAS-BYOL", spn_name=None, region="eu-central-1"))
    assert "spn_name" not in byol
    # a region without bandwidth becomes usable once some is allocated
    await client.call("bandwidthAllocation", "create", name="uk", allocated_bandwidth=50, spn_name_list=["uk-oak"])
    await client.call("remoteNetwork", "create", remote_network("branch-4", region="eu-west-2", spn_name="uk-oak"))


REFUSALS = [
    ({"region": "us-east-9"}, ["\"region\" 'us-east-9' is not a Prisma Access location", "did you mean: us-east-1"]),
    ({"region": "eu-west-2", "spn_name": None},
     ["\"region\" 'eu-west-2' (UK): no bandwidth allocated in aggregate region uk: allocate some first "
      "(bandwidthAllocation create)"]),
    ({"license_type": "FWAAS-SITE-25Mbps"},
     ["\"license_type\" 'FWAAS-SITE-25Mbps' is not a license type of this tenant; its license types: "
      "FWAAS-AGGREGATE, FWAAS-BYOL"]),
    ({"spn_name": None}, ['"spn_name" is required when "license_type" is FWAAS-AGGREGATE: one of the SPNs of '
                          "aggregate region us-east (us-east-whitebeam, us-east-larch)"]),
    ({"spn_name": "us-west-dakota"}, ["\"spn_name\" 'us-west-dakota' is not an SPN of aggregate region us-east; "
                                      "its spn_name_list: us-east-whitebeam, us-east-larch"]),
    ({"spn_name": "us-east-whitebaem"}, ["did you mean: us-east-whitebeam"]),
    ({"ipsec_tunnel": None}, ['"ipsec_tunnel" is required when "ecmp_load_balancing" is disable']),
    ({"ipsec_tunnel": "tun-x"}, ["\"ipsec_tunnel\" 'tun-x' is not an IPsec tunnel (ipsecTunnel) of folder "
                                 "'Remote Networks' or 'Shared'", "did you mean: tun"]),
    ({"secondary_ipsec_tunnel": "backup"}, ["\"secondary_ipsec_tunnel\" 'backup' is not an IPsec tunnel"]),
    ({"secondary_ipsec_tunnel": "tun"}, ["\"secondary_ipsec_tunnel\" 'tun' is the primary \"ipsec_tunnel\""]),
    ({"ecmp_load_balancing": "enable", "ipsec_tunnel": None},
     ['"ecmp_tunnels" is required when "ecmp_load_balancing" is enable']),
    ({"ecmp_load_balancing": "enable", "ipsec_tunnel": None,
      "ecmp_tunnels": [{"name": "e1", "ipsec_tunnel": "tun", "protocol": {"bgp": {"enable": False}}},
                       {"name": "e2", "ipsec_tunnel": "gone", "protocol": {"bgp": {"enable": False}}}]},
     ["\"ecmp_tunnels[1].ipsec_tunnel\" 'gone' is not an IPsec tunnel"]),
]


@pytest.mark.parametrize(("change", "expected"), REFUSALS, ids=[str(c) for c, _ in REFUSALS])
async def test_remote_network_create_is_refused_as_the_service_refuses_it(
        client: Any, app: Any, family: str, change: dict[str, Any], expected: list[str]) -> None:
    await tunnel(client)
    before = app.store.count()
    body = remote_network(**change)
    if family == "legacy":  # the legacy ECMP tunnel spells its BGP settings flat
        body["ecmp_tunnels"] = [{k: v for k, v in t.items() if k != "protocol"} for t in body.get("ecmp_tunnels", ())]
        body = {k: v for k, v in body.items() if v != []}
    message = await refused(client.call("remoteNetwork", "create", body))
    for text in expected:
        assert text in message, message
    assert app.store.count() == before  # a refused write changes nothing


@pytest.mark.parametrize(("change", "expected"), REFUSALS[:6], ids=[str(c) for c, _ in REFUSALS[:6]])
async def test_remote_network_update_is_checked_too(client: Any, change: dict[str, Any],
                                                    expected: list[str]) -> None:
    await tunnel(client)
    made = await client.call("remoteNetwork", "create", remote_network())
    body = {k: v for k, v in remote_network(**change).items() if k != "folder"}
    message = await refused(client.call("remoteNetwork", "update", id=made["id"], **body))
    for text in expected:
        assert text in message, message
    moved = await client.call("remoteNetwork", "update", id=made["id"], **{
        **{k: v for k, v in remote_network().items() if k != "folder"}, "region": "ap-northeast-1",
        "spn_name": "japan-central-hinoki"})
    assert moved["region"] == "ap-northeast-1"


async def test_references_resolve_in_the_folder_and_above_it(client: Any) -> None:
    await tunnel(client, "shared-tun", folder=SHARED)  # Shared is above Remote Networks
    await client.call("remoteNetwork", "create", remote_network(ipsec_tunnel="shared-tun"))
    await tunnel(client, "sc-tun", folder=SC)  # a sibling folder is not
    message = await refused(client.call("remoteNetwork", "create", remote_network("b2", ipsec_tunnel="sc-tun")))
    assert "\"ipsec_tunnel\" 'sc-tun' is not an IPsec tunnel" in message
    message = await refused(client.call("ipsecTunnel", "create", folder=RN, name="t9", auto_key={
        "ike_gateway": [{"name": "sc-tun-gw"}], "ipsec_crypto_profile": PA_IPSEC}))
    assert "\"auto_key.ike_gateway[0].name\" 'sc-tun-gw' is not an IKE gateway (ikeGateway) of folder " \
           "'Remote Networks' or 'Shared'" in message


async def test_tunnel_and_gateway_references_are_checked(client: Any, app: Any) -> None:
    message = await refused(client.call("ikeGateway", "create", folder=RN, name="gw", authentication=PSK,
                                        peer_address={"ip": "198.51.100.10"},
                                        protocol={"ikev2": {"ike_crypto_profile": "PaloAlto-Networks-IKE"}}))
    assert ("\"protocol.ikev2.ike_crypto_profile\" 'PaloAlto-Networks-IKE' is not an IKE crypto profile "
            "(ikeCryptoProfile) of folder 'Remote Networks' or 'Shared' or predefined (did you mean: "
            "PaloAlto-Networks-IKE-Crypto") in message
    message = await refused(client.call("ikeGateway", "create", folder=RN, name="gw", authentication=PSK,
                                        peer_address={"ip": "198.51.100.10"},
                                        protocol={"version": "ikev1", "ikev1": {"ike_crypto_profile": "old"}}))
    assert "\"protocol.ikev1.ike_crypto_profile\" 'old' is not an IKE crypto profile" in message
    message = await refused(client.call("ipsecTunnel", "create", folder=RN, name="t1", auto_key={
        "ike_gateway": [{"name": "nope"}], "ipsec_crypto_profile": "none-such"}))
    assert "\"auto_key.ike_gateway[0].name\" 'nope' is not an IKE gateway" in message
    assert "\"auto_key.ipsec_crypto_profile\" 'none-such' is not an IPsec crypto profile" in message
    assert app.store.count() == 0
    made = await tunnel(client, "t1")
    message = await refused(client.call("ipsecTunnel", "update", id=made["id"], name="t1", auto_key={
        "ike_gateway": [{"name": "t1-gw"}], "ipsec_crypto_profile": "none-such"}))
    assert "'none-such' is not an IPsec crypto profile" in message


async def test_what_is_referenced_cannot_be_deleted(client: Any) -> None:
    await client.call("ikeCryptoProfile", "create", folder=RN, name="own-ike", encryption=["aes-256-cbc"],
                      hash=["sha256"], dh_group=["group14"], lifetime={"hours": 8})
    await tunnel(client, ike="own-ike")
    rn = await client.call("remoteNetwork", "create", remote_network())

    async def ids(resource: str) -> dict[str, str]:
        return {o["name"]: o["id"] for o in await listed(client, resource, folder=RN) if "snippet" not in o}

    tunnels, gateways, profiles = await ids("ipsecTunnel"), await ids("ikeGateway"), await ids("ikeCryptoProfile")
    for resource, obj_id, user in (("ipsecTunnel", tunnels["tun"], "remoteNetwork 'branch-1'"),
                                   ("ikeGateway", gateways["tun-gw"], "ipsecTunnel 'tun'"),
                                   ("ikeCryptoProfile", profiles["own-ike"], "ikeGateway 'tun-gw'")):
        message = str(await _conflict(client.call(resource, "delete", id=obj_id)))
        assert user in message, message
    message = str(await _conflict(client.call("bandwidthAllocation", "delete", name="us-east",
                                              spn_name_list="us-east-whitebeam,us-east-larch")))
    assert "remoteNetwork 'branch-1'" in message
    message = str(await _conflict(client.call("bandwidthAllocation", "update", name="us-east",
                                              allocated_bandwidth=500, spn_name_list=["us-east-larch"])))
    assert "drops SPNs used by remoteNetwork 'branch-1' (spn_name 'us-east-whitebeam')" in message
    await client.call("remoteNetwork", "delete", id=rn["id"])
    await client.call("ipsecTunnel", "delete", id=tunnels["tun"])
    await client.call("ikeGateway", "delete", id=gateways["tun-gw"])
    await client.call("ikeCryptoProfile", "delete", id=profiles["own-ike"])


async def _conflict(call: Any) -> errors.APIError:
    with pytest.raises(errors.ReferenceNotZero) as info:
        await call
    return info.value


# ---------------------------------------------------------------------------- public addresses


async def test_a_remote_network_has_a_public_address_once_pushed(client: Any) -> None:
    await tunnel(client)
    await client.call("remoteNetwork", "create", remote_network())
    assert await addresses(client) == {}  # not pushed yet
    job = await client.push([RN])
    assert job["job"]["result_str"] == "OK"
    first = await addresses(client)
    assert list(first) == ["branch-1"] and first["branch-1"]["zone"] == "US East"
    assert ipaddress.IPv4Address(first["branch-1"]["address"]) in POOL
    assert await addresses(client) == first  # stable
    assert await addresses(client, serviceType="all") == first
    assert await addresses(client, serviceType="gp_gateway") == {}
    # a second remote network: its own address once pushed, the first one's unchanged
    await client.call("remoteNetwork", "create", remote_network("branch-2", region="eu-central-1",
                                                                spn_name="europe-central-linden"))
    await client.push([SHARED])  # a push without Remote Networks gives it none
    assert await addresses(client) == first
    await client.push([RN, SHARED])
    both = await addresses(client)
    assert both["branch-1"] == first["branch-1"] and both["branch-2"]["zone"] == "Germany Central"
    assert both["branch-2"]["address"] != both["branch-1"]["address"]


async def test_addresses_are_distinct_and_deterministic_over_300_remote_networks(family: str) -> None:
    seen = []
    for _ in range(2):  # two emulators, the same tenant and names: the same addresses
        c, _ = async_client(make_app(), url_family=family)
        try:
            await tunnel(c)
            await c.call_many("remoteNetwork", "create", [remote_network(f"site-{i:03d}") for i in range(300)],
                              concurrency=8)
            await c.push([RN])
            got = await addresses(c)
        finally:
            await c.aclose()
        assert len(got) == 300
        values = [ipaddress.IPv4Address(v["address"]) for v in got.values()]
        assert len(set(values)) == 300 and all(v in POOL for v in values)
        assert all(str(v).split(".")[-1] not in ("0", "255") for v in values)
        seen.append(got)
    assert seen[0] == seen[1]


async def test_the_address_endpoint_is_in_the_catalog_and_takes_three_strings(app: Any) -> None:
    cat = load()
    op = cat["prismaAccessIp"].operations["list"]
    assert (op.method, op.path, op.resource.family, op.families) == ("POST", "/getPrismaAccessIP/v2", "ip", ())
    assert set(op.body.required) == {"serviceType", "addrType", "location"}
    assert "ip" in cat.families and cat.stats()["ip"]["operations"] == 1
    c, _ = async_client(app, validate=False)
    try:
        message = await refused(c.call("prismaAccessIp", "list", serviceType="remote_network", location="all"))
        assert '"addrType" is required' in message
        message = await refused(c.call("prismaAccessIp", "list", {**ADDRESSES, "location": 3}))
        assert '"location"' in message
    finally:
        await c.aclose()


async def test_a_read_only_account_reads_the_addresses() -> None:
    viewer = Account("viewer@1234567890.iam.panserviceaccount.com", "viewer-secret", DEMO_ACCOUNT["tsg_id"],
                     "read-only")
    app = create_app(EmulatorConfig(accounts=[Account(**DEMO_ACCOUNT), viewer], push_s=0))
    c, _ = async_client(app, {"client_id": viewer.client_id, "client_secret": viewer.client_secret,
                              "tsg_id": viewer.tsg_id})
    try:
        assert await addresses(c) == {}
        with pytest.raises(errors.APIError) as info:
            await c.call("bandwidthAllocation", "create", name="uk", allocated_bandwidth=1)
        assert info.value.status == 403
    finally:
        await c.aclose()
