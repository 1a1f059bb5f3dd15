"""The service's own data that IPsec tunnel provisioning reads: Prisma Access locations,
aggregate regions and the bandwidth allocated in them, license types, predefined IKE and
IPsec crypto profiles, and the Prisma-side public address of a pushed remote network.

Locations (``GET /sse/config/v1/locations``, ``location.list``)
    About a hundred of the locations a Prisma Access tenant offers, on every continent, in
    the spec's shape ``{value, display, continent, latitude, longitude, region,
    aggregate_region}``. ``display`` is the location's name as Prisma Access shows it;
    ``value`` is what a remote network's ``region`` takes (the AWS-style ids of the oldest
    locations, ``us-east-1``, ``us-west-1``, ``eu-central-1``, as pan-scm-sdk's own examples
    show them; lower-case display names for the others); ``region`` is the compute region
    the location is served from (``us-east4``); ``aggregate_region`` groups locations for
    bandwidth: an allocation is made per aggregate region and shared by its locations.
    **The coordinates are those of the location's city (its capital, or the city the name
    points at), not of a data center**: good enough to pick the location nearest a site,
    nothing more. Where a location's id, compute region or grouping is not published, the
    table's choice is a plausible one, not the service's.

Bandwidth allocations (``bandwidthAllocation``)
    A new tenant starts with allocations in a few aggregate regions only
    (:data:`DEFAULT_ALLOCATIONS`: US East, US West, Europe Central, Japan Central,
    Australia Southeast), so a client can see a location whose aggregate region has no
    bandwidth. ``EmulatorConfig.seed_bandwidth_allocations`` chooses ``default`` (those),
    ``none`` or ``all`` (every aggregate region). They are answered from this table until a
    client changes or deletes one (:mod:`.provisioning`). Each allocation names its service
    processing nodes (``spn_name_list``, ``<aggregate region>-<tree>``, as real tenants name
    them, e.g. ``us-east-whitebeam``); a remote network licensed FWAAS-AGGREGATE names one
    of them in ``spn_name``.

Predefined crypto profiles (``ikeCryptoProfile``, ``ipsecCryptoProfile``)
    Every tenant has IKE and IPsec crypto profiles it did not create, one pair for Palo Alto
    devices, one for other vendors' in general and one per common vendor. They are listed in
    the folders ``Remote Networks`` and ``Service Connections`` (and in the snippet
    ``predefined``) marked ``"snippet": "predefined"``, count as references everywhere, and
    cannot be changed or deleted. **Their proposals are a guess**: Palo Alto does not
    publish them (read them from the tenant at run time). The guess follows each vendor's
    usual defaults: AES-CBC or AES-GCM, SHA-256 (SHA-1 for older vendors), DH groups 14, 19,
    20 (2 and 5 for older ones), IKE SAs living 8 hours, IPsec SAs 1 hour.

Public addresses (``prismaAccessIp.list``, ``POST /getPrismaAccessIP/v2``)
    The real service answers a remote network's Prisma-side address from a separate
    "Prisma Access IP API", which is outside the specs; sasekit invented an endpoint of that
    shape for the emulator (``src/sasekit/catalog/extra/prisma-access-ip.yaml``). Addresses
    come from 198.18.0.0/15 (RFC 2544's benchmarking range, never routed), deterministic per
    tenant and remote network name, distinct within a tenant.
"""

from __future__ import annotations

import hashlib
import ipaddress
import uuid
from typing import Any

# --------------------------------------------------------------------------- locations

NORTH_AMERICA, SOUTH_AMERICA, EUROPE = "North America", "South America", "Europe"
MIDDLE_EAST, AFRICA, ASIA, OCEANIA = "Middle East", "Africa", "Asia", "Oceania"

# (value, display, continent, latitude, longitude, compute region, aggregate region).
# Latitude and longitude: the city's, not a data center's (see the module docstring).
_LOCATIONS: tuple[tuple[str, str, str, float, float, str, str], ...] = (
    # North America
    ("us-east-1", "US East", NORTH_AMERICA, 37.45244, -76.41686, "us-east4", "us-east"),
    ("us-northeast", "US Northeast", NORTH_AMERICA, 40.7128, -74.0060, "us-east4", "us-east"),
    ("us-southeast", "US Southeast", NORTH_AMERICA, 33.7490, -84.3880, "us-east1", "us-southeast"),
    ("us-south", "US South", NORTH_AMERICA, 32.7767, -96.7970, "us-south1", "us-south"),
    ("us-central", "US Central", NORTH_AMERICA, 41.2619, -95.8608, "us-central1", "us-central"),
    ("us-west-1", "US West", NORTH_AMERICA, 37.7749, -122.4194, "us-west2", "us-west"),
    ("us-southwest", "US Southwest", NORTH_AMERICA, 34.0522, -118.2437, "us-west2", "us-west"),
    ("us-west-2", "US Northwest", NORTH_AMERICA, 45.5152, -122.6784, "us-west1", "us-northwest"),
    ("ca-central-1", "Canada Central", NORTH_AMERICA, 43.6532, -79.3832, "northamerica-northeast2", "canada"),
    ("canada-east", "Canada East", NORTH_AMERICA, 45.5019, -73.5674, "northamerica-northeast1", "canada"),
    ("canada-west", "Canada West", NORTH_AMERICA, 49.2827, -123.1207, "us-west1", "us-northwest"),
    ("mexico-central", "Mexico Central", NORTH_AMERICA, 19.4326, -99.1332, "us-south1", "us-south"),
    ("mexico-west", "Mexico West", NORTH_AMERICA, 20.6597, -103.3496, "us-south1", "us-south"),
    ("costa-rica", "Costa Rica", NORTH_AMERICA, 9.9281, -84.0907, "us-east1", "us-southeast"),
    ("panama", "Panama", NORTH_AMERICA, 8.9824, -79.5199, "us-east1", "us-southeast"),
    ("guatemala", "Guatemala", NORTH_AMERICA, 14.6349, -90.5069, "us-east1", "us-southeast"),
    # South America
    ("sa-east-1", "Brazil East", SOUTH_AMERICA, -23.5505, -46.6333, "southamerica-east1", "south-america-east"),
    ("brazil-central", "Brazil Central", SOUTH_AMERICA, -15.7939, -47.8828, "southamerica-east1",
     "south-america-east"),
    ("brazil-south", "Brazil South", SOUTH_AMERICA, -30.0346, -51.2177, "southamerica-east1",
     "south-america-east"),
    ("argentina", "Argentina", SOUTH_AMERICA, -34.6037, -58.3816, "southamerica-east1", "south-america-east"),
    ("uruguay", "Uruguay", SOUTH_AMERICA, -34.9011, -56.1645, "southamerica-east1", "south-america-east"),
    ("paraguay", "Paraguay", SOUTH_AMERICA, -25.2637, -57.5759, "southamerica-east1", "south-america-east"),
    ("chile", "Chile", SOUTH_AMERICA, -33.4489, -70.6693, "southamerica-west1", "south-america-west"),
    ("peru", "Peru", SOUTH_AMERICA, -12.0464, -77.0428, "southamerica-west1", "south-america-west"),
    ("colombia", "Colombia", SOUTH_AMERICA, 4.7110, -74.0721, "southamerica-west1", "south-america-west"),
    ("ecuador", "Ecuador", SOUTH_AMERICA, -0.1807, -78.4678, "southamerica-west1", "south-america-west"),
    ("venezuela", "Venezuela", SOUTH_AMERICA, 10.4806, -66.9036, "southamerica-west1", "south-america-west"),
    ("bolivia", "Bolivia", SOUTH_AMERICA, -16.4897, -68.1193, "southamerica-west1", "south-america-west"),
    # Europe
    ("eu-west-1", "Ireland", EUROPE, 53.3498, -6.2603, "europe-west2", "uk"),
    ("eu-west-2", "UK", EUROPE, 51.5072, -0.1276, "europe-west2", "uk"),
    ("eu-west-3", "France North", EUROPE, 48.8566, 2.3522, "europe-west9", "europe-west"),
    ("france-south", "France South", EUROPE, 43.2965, 5.3698, "europe-west9", "europe-west"),
    ("monaco", "Monaco", EUROPE, 43.7384, 7.4246, "europe-west9", "europe-west"),
    ("belgium", "Belgium", EUROPE, 50.8503, 4.3517, "europe-west1", "europe-west"),
    ("luxembourg", "Luxembourg", EUROPE, 49.6116, 6.1319, "europe-west1", "europe-west"),
    ("netherlands-central", "Netherlands Central", EUROPE, 52.3676, 4.9041, "europe-west4", "europe-west"),
    ("netherlands-south", "Netherlands South", EUROPE, 51.4416, 5.4697, "europe-west4", "europe-west"),
    ("eu-central-1", "Germany Central", EUROPE, 50.11208, 8.68342, "europe-west3", "europe-central"),
    ("germany-north", "Germany North", EUROPE, 53.5511, 9.9937, "europe-west3", "europe-central"),
    ("germany-south", "Germany South", EUROPE, 48.1351, 11.5820, "europe-west3", "europe-central"),
    ("switzerland", "Switzerland", EUROPE, 47.3769, 8.5417, "europe-west6", "europe-central"),
    ("liechtenstein", "Liechtenstein", EUROPE, 47.1410, 9.5209, "europe-west6", "europe-central"),
    ("austria", "Austria", EUROPE, 48.2082, 16.3738, "europe-west3", "europe-central"),
    ("czech-republic", "Czech Republic", EUROPE, 50.0755, 14.4378, "europe-west3", "europe-central"),
    ("poland", "Poland", EUROPE, 52.2297, 21.0122, "europe-central2", "europe-central"),
    ("slovakia", "Slovakia", EUROPE, 48.1486, 17.1077, "europe-central2", "europe-central"),
    ("hungary", "Hungary", EUROPE, 47.4979, 19.0402, "europe-central2", "europe-central"),
    ("romania", "Romania", EUROPE, 44.4268, 26.1025, "europe-central2", "europe-central"),
    ("bulgaria", "Bulgaria", EUROPE, 42.6977, 23.3219, "europe-central2", "europe-central"),
    ("moldova", "Moldova", EUROPE, 47.0105, 28.8638, "europe-central2", "europe-central"),
    ("ukraine", "Ukraine", EUROPE, 50.4501, 30.5234, "europe-central2", "europe-central"),
    ("italy", "Italy", EUROPE, 45.4642, 9.1900, "europe-west8", "europe-south"),
    ("slovenia", "Slovenia", EUROPE, 46.0569, 14.5058, "europe-west8", "europe-south"),
    ("croatia", "Croatia", EUROPE, 45.8150, 15.9819, "europe-west8", "europe-south"),
    ("greece", "Greece", EUROPE, 37.9838, 23.7275, "europe-west8", "europe-south"),
    ("spain-central", "Spain Central", EUROPE, 40.4168, -3.7038, "europe-southwest1", "europe-south"),
    ("spain-east", "Spain East", EUROPE, 41.3874, 2.1686, "europe-southwest1", "europe-south"),
    ("portugal", "Portugal", EUROPE, 38.7223, -9.1393, "europe-southwest1", "europe-south"),
    ("andorra", "Andorra", EUROPE, 42.5063, 1.5218, "europe-southwest1", "europe-south"),
    ("eu-north-1", "Sweden", EUROPE, 59.3293, 18.0686, "europe-north1", "europe-north"),
    ("norway", "Norway", EUROPE, 59.9139, 10.7522, "europe-north1", "europe-north"),
    ("denmark", "Denmark", EUROPE, 55.6761, 12.5683, "europe-north1", "europe-north"),
    ("finland", "Finland", EUROPE, 60.1699, 24.9384, "europe-north1", "europe-north"),
    ("lithuania", "Lithuania", EUROPE, 54.6872, 25.2797, "europe-north1", "europe-north"),
    # Middle East
    ("me-south-1", "Bahrain", MIDDLE_EAST, 26.2285, 50.5860, "me-central2", "middle-east"),
    ("saudi-arabia", "Saudi Arabia", MIDDLE_EAST, 24.7136, 46.6753, "me-central2", "middle-east"),
    ("kuwait", "Kuwait", MIDDLE_EAST, 29.3759, 47.9774, "me-central2", "middle-east"),
    ("uae", "United Arab Emirates", MIDDLE_EAST, 25.2048, 55.2708, "me-central1", "middle-east"),
    ("qatar", "Qatar", MIDDLE_EAST, 25.2854, 51.5310, "me-central1", "middle-east"),
    ("oman", "Oman", MIDDLE_EAST, 23.5880, 58.3829, "me-central1", "middle-east"),
    ("israel", "Israel", MIDDLE_EAST, 32.0853, 34.7818, "me-west1", "middle-east"),
    ("jordan", "Jordan", MIDDLE_EAST, 31.9454, 35.9284, "me-west1", "middle-east"),
    ("lebanon", "Lebanon", MIDDLE_EAST, 33.8938, 35.5018, "me-west1", "middle-east"),
    ("turkey", "Turkey", MIDDLE_EAST, 41.0082, 28.9784, "europe-central2", "middle-east"),
    # Africa
    ("south-africa-central", "South Africa Central", AFRICA, -26.2041, 28.0473, "africa-south1", "africa-south"),
    ("af-south-1", "South Africa West", AFRICA, -33.9249, 18.4241, "africa-south1", "africa-south"),
    ("kenya", "Kenya", AFRICA, -1.2921, 36.8219, "africa-south1", "africa-south"),
    ("nigeria", "Nigeria", AFRICA, 6.5244, 3.3792, "africa-south1", "africa-south"),
    ("ghana", "Ghana", AFRICA, 5.6037, -0.1870, "africa-south1", "africa-south"),
    ("ivory-coast", "Ivory Coast", AFRICA, 5.3600, -4.0083, "africa-south1", "africa-south"),
    ("senegal", "Senegal", AFRICA, 14.7167, -17.4677, "europe-southwest1", "africa-north"),
    ("angola", "Angola", AFRICA, -8.8390, 13.2894, "africa-south1", "africa-south"),
    ("egypt", "Egypt", AFRICA, 30.0444, 31.2357, "me-west1", "africa-north"),
    ("morocco", "Morocco", AFRICA, 33.5731, -7.5898, "europe-southwest1", "africa-north"),
    ("algeria", "Algeria", AFRICA, 36.7538, 3.0588, "europe-southwest1", "africa-north"),
    ("tunisia", "Tunisia", AFRICA, 36.8065, 10.1815, "europe-west8", "africa-north"),
    # Asia
    ("ap-northeast-1", "Japan Central", ASIA, 35.6762, 139.6503, "asia-northeast1", "japan-central"),
    ("japan-south", "Japan South", ASIA, 34.6937, 135.5023, "asia-northeast2", "japan-central"),
    ("ap-northeast-2", "South Korea", ASIA, 37.5665, 126.9780, "asia-northeast3", "asia-northeast"),
    ("taiwan", "Taiwan", ASIA, 25.0330, 121.5654, "asia-east1", "asia-east"),
    ("ap-east-1", "Hong Kong", ASIA, 22.3193, 114.1694, "asia-east2", "asia-east"),
    ("philippines", "Philippines", ASIA, 14.5995, 120.9842, "asia-east1", "asia-east"),
    ("ap-southeast-1", "Singapore", ASIA, 1.3521, 103.8198, "asia-southeast1", "asia-southeast"),
    ("malaysia", "Malaysia", ASIA, 3.1390, 101.6869, "asia-southeast1", "asia-southeast"),
    ("indonesia", "Indonesia", ASIA, -6.2088, 106.8456, "asia-southeast2", "asia-southeast"),
    ("thailand", "Thailand", ASIA, 13.7563, 100.5018, "asia-southeast1", "asia-southeast"),
    ("vietnam", "Vietnam", ASIA, 10.8231, 106.6297, "asia-southeast1", "asia-southeast"),
    ("cambodia", "Cambodia", ASIA, 11.5564, 104.9282, "asia-southeast1", "asia-southeast"),
    ("myanmar", "Myanmar", ASIA, 16.8409, 96.1735, "asia-southeast1", "asia-southeast"),
    ("ap-south-1", "India West", ASIA, 19.0760, 72.8777, "asia-south1", "asia-south"),
    ("india-north", "India North", ASIA, 28.6139, 77.2090, "asia-south2", "asia-south"),
    ("india-south", "India South", ASIA, 13.0827, 80.2707, "asia-south1", "asia-south"),
    ("bangladesh", "Bangladesh", ASIA, 23.8103, 90.4125, "asia-south1", "asia-south"),
    ("sri-lanka", "Sri Lanka", ASIA, 6.9271, 79.8612, "asia-south1", "asia-south"),
    ("nepal", "Nepal", ASIA, 27.7172, 85.3240, "asia-south2", "asia-south"),
    ("pakistan-south", "Pakistan South", ASIA, 24.8607, 67.0011, "asia-south1", "asia-south"),
    ("kazakhstan", "Kazakhstan", ASIA, 43.2220, 76.8512, "asia-south2", "asia-central"),
    ("uzbekistan", "Uzbekistan", ASIA, 41.2995, 69.2401, "asia-south2", "asia-central"),
    # Oceania
    ("ap-southeast-2", "Australia Southeast", OCEANIA, -33.8688, 151.2093, "australia-southeast1",
     "australia-southeast"),
    ("australia-south", "Australia South", OCEANIA, -37.8136, 144.9631, "australia-southeast2",
     "australia-southeast"),
    ("australia-east", "Australia East", OCEANIA, -27.4698, 153.0251, "australia-southeast1",
     "australia-southeast"),
    ("new-zealand", "New Zealand", OCEANIA, -36.8485, 174.7633, "australia-southeast1", "australia-southeast"),
    ("papua-new-guinea", "Papua New Guinea", OCEANIA, -9.4438, 147.1803, "australia-southeast1",
     "australia-southeast"),
)

#: Every location as ``location.list`` answers it, in the table's order.
LOCATIONS: tuple[dict[str, Any], ...] = tuple(
    {"value": v, "display": d, "continent": c, "latitude": lat, "longitude": lon, "region": r,
     "aggregate_region": a}
    for v, d, c, lat, lon, r, a in _LOCATIONS)
#: Location ``value`` -> its row.
BY_VALUE: dict[str, dict[str, Any]] = {loc["value"]: loc for loc in LOCATIONS}
#: Every aggregate region, in the order its first location appears.
AGGREGATE_REGIONS: tuple[str, ...] = tuple(dict.fromkeys(loc["aggregate_region"] for loc in LOCATIONS))


def location(value: str) -> dict[str, Any] | None:
    """The location whose ``value`` is ``value`` (what a remote network's ``region`` takes)."""
    return BY_VALUE.get(value)


# --------------------------------------------------------------------------- bandwidth

#: What a new tenant has allocated by default: aggregate region -> (Mbps, SPN names). Not
#: every region: a client must be able to meet a location it cannot use yet.
DEFAULT_ALLOCATIONS: dict[str, tuple[int, tuple[str, ...]]] = {
    "us-east": (500, ("us-east-whitebeam", "us-east-larch")),
    "us-west": (300, ("us-west-dakota", "us-west-sequoia")),
    "europe-central": (200, ("europe-central-linden",)),
    "japan-central": (100, ("japan-central-sakura", "japan-central-hinoki", "japan-central-sugi")),
    "australia-southeast": (50, ("australia-southeast-banksia",)),
}
#: The trees other aggregate regions' SPNs are named after (``seed_bandwidth_allocations: all``).
_TREES = ("alder", "birch", "cedar", "elm", "hazel", "juniper", "maple", "oak", "rowan", "willow")
#: The choices of ``EmulatorConfig.seed_bandwidth_allocations``.
SEED_CHOICES = ("default", "none", "all")


def seeded_allocations(choice: str) -> list[dict[str, Any]]:
    """The bandwidth allocations a new tenant starts with (``name`` is the aggregate region)."""
    if choice == "none":
        return []
    out = []
    for i, agg in enumerate(AGGREGATE_REGIONS):
        if agg in DEFAULT_ALLOCATIONS:
            mbps, spns = DEFAULT_ALLOCATIONS[agg]
        elif choice == "all":
            mbps, spns = 50, (f"{agg}-{_TREES[i % len(_TREES)]}",)
        else:
            continue
        out.append({"name": agg, "allocated_bandwidth": mbps, "spn_name_list": list(spns)})
    return out


# --------------------------------------------------------------------------- licenses

#: The license types every emulated tenant holds (``licenseType.list``): aggregate bandwidth
#: licensing, the only one new tenants get (RemoteNetworks.yaml, ``license_type``: "New
#: customer will only be on aggregate bandwidth licensing"), and the older per-site BYOL one.
LICENSE_TYPES: tuple[dict[str, str], ...] = (
    {"value": "FWAAS-AGGREGATE", "display": "Aggregate Bandwidth"},
    {"value": "FWAAS-BYOL", "display": "Bring Your Own License (per site)"},
)
#: The license type whose remote networks name an SPN of their aggregate region.
AGGREGATE_LICENSE = "FWAAS-AGGREGATE"

# --------------------------------------------------------------------------- crypto profiles

#: The snippet predefined objects are answered in.
PREDEFINED_SNIPPET = "predefined"
#: The folders whose crypto profile lists show the predefined profiles.
PREDEFINED_FOLDERS = ("Remote Networks", "Service Connections")
_IKE_8H = {"hours": 8}
_IPSEC_1H = {"hours": 1}
# A GUESS (Palo Alto does not publish these): plausible proposals, each vendor's usual defaults.
PREDEFINED_IKE: tuple[dict[str, Any], ...] = (
    {"name": "PaloAlto-Networks-IKE-Crypto", "encryption": ["aes-256-cbc", "aes-128-cbc"],
     "hash": ["sha256"], "dh_group": ["group20", "group19", "group14"], "lifetime": _IKE_8H},
    {"name": "Others-IKE-Crypto-Default", "encryption": ["aes-256-cbc", "aes-128-cbc", "3des"],
     "hash": ["sha256", "sha1"], "dh_group": ["group14", "group5", "group2"], "lifetime": _IKE_8H},
    {"name": "CiscoISR-IKE-Crypto-Default", "encryption": ["aes-256-cbc", "aes-128-cbc"],
     "hash": ["sha256", "sha1"], "dh_group": ["group14", "group5"], "lifetime": _IKE_8H},
    {"name": "CiscoASA-IKE-Crypto-Default", "encryption": ["aes-256-cbc", "aes-128-cbc"],
     "hash": ["sha256", "sha1"], "dh_group": ["group14", "group5", "group2"], "lifetime": _IKE_8H},
    {"name": "Riverbed-IKE-Crypto-Default", "encryption": ["aes-128-cbc"],
     "hash": ["sha1"], "dh_group": ["group2"], "lifetime": _IKE_8H},
    {"name": "AWS-IKE-Crypto-Default", "encryption": ["aes-256-cbc", "aes-128-cbc"],
     "hash": ["sha256", "sha1"], "dh_group": ["group14", "group2"], "lifetime": _IKE_8H},
    {"name": "Azure-IKE-Crypto-Default", "encryption": ["aes-256-cbc"],
     "hash": ["sha256"], "dh_group": ["group14", "group2"], "lifetime": _IKE_8H},
)
PREDEFINED_IPSEC: tuple[dict[str, Any], ...] = (
    {"name": "PaloAlto-Networks-IPSec-Crypto",
     "esp": {"encryption": ["aes-256-gcm", "aes-128-gcm", "aes-256-cbc", "aes-128-cbc"],
             "authentication": ["sha256"]}, "dh_group": "group20", "lifetime": _IPSEC_1H},
    {"name": "Others-IPSec-Crypto-Default",
     "esp": {"encryption": ["aes-256-cbc", "aes-128-cbc", "3des"], "authentication": ["sha256", "sha1"]},
     "dh_group": "group14", "lifetime": _IPSEC_1H},
    {"name": "CiscoISR-IPSec-Crypto-Default",
     "esp": {"encryption": ["aes-256-cbc", "aes-128-cbc"], "authentication": ["sha256", "sha1"]},
     "dh_group": "group14", "lifetime": _IPSEC_1H},
    {"name": "CiscoASA-IPSec-Crypto-Default",
     "esp": {"encryption": ["aes-256-cbc", "aes-128-cbc"], "authentication": ["sha256", "sha1"]},
     "dh_group": "group14", "lifetime": _IPSEC_1H},
    {"name": "Riverbed-IPSec-Crypto-Default",
     "esp": {"encryption": ["aes-128-cbc"], "authentication": ["sha1"]},
     "dh_group": "group2", "lifetime": _IPSEC_1H},
    {"name": "AWS-IPSec-Crypto-Default",
     "esp": {"encryption": ["aes-256-cbc", "aes-128-cbc"], "authentication": ["sha256", "sha1"]},
     "dh_group": "group14", "lifetime": _IPSEC_1H},
    {"name": "Azure-IPSec-Crypto-Default",
     "esp": {"encryption": ["aes-256-gcm", "aes-256-cbc"], "authentication": ["sha256"]},
     "dh_group": "no-pfs", "lifetime": _IPSEC_1H},
)
PREDEFINED: dict[str, tuple[dict[str, Any], ...]] = {
    "ikeCryptoProfile": PREDEFINED_IKE,
    "ipsecCryptoProfile": PREDEFINED_IPSEC,
}
#: The namespace of predefined objects' and seeded allocations' ids (uuid5 of it and
#: ``<tsg>/<resource>/<name>``): the same on every start, and per tenant, as folder ids are.
DATA_NAMESPACE = uuid.UUID("5a5e0f01-de75-4c3a-9e1b-5a5e4b17da7a")


def object_id(tsg: str, resource: str, name: str) -> str:
    return str(uuid.uuid5(DATA_NAMESPACE, f"{tsg}/{resource}/{name}"))


def predefined(tsg: str, resource: str) -> list[dict[str, Any]]:
    """The predefined objects of ``resource`` in tenant ``tsg``, as lists answer them."""
    return [{"id": object_id(tsg, resource, p["name"]), **_copy(p), "snippet": PREDEFINED_SNIPPET}
            for p in PREDEFINED.get(resource, ())]


def predefined_names(resource: str) -> frozenset[str]:
    return frozenset(p["name"] for p in PREDEFINED.get(resource, ()))


def _copy(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return value


# --------------------------------------------------------------------------- public addresses

#: Where the Prisma-side addresses come from: RFC 2544's benchmarking range, never routed.
PUBLIC_POOL = ipaddress.IPv4Network("198.18.0.0/15")
_USABLE = PUBLIC_POOL.num_addresses


def _usable(index: int) -> bool:
    """Not an address ending in .0 or .255, which look like a network or a broadcast."""
    return index % 256 not in (0, 255)


def first_choice(tsg: str, name: str) -> int:
    """Where the address of remote network ``name`` of tenant ``tsg`` is looked for first
    (an index into :data:`PUBLIC_POOL`)."""
    digest = hashlib.sha256(f"{tsg}/remoteNetwork/{name}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % _USABLE


def next_free(start: int, taken: set[int]) -> int:
    """The first usable index from ``start`` on (wrapping) that ``taken`` does not hold."""
    index = start
    for _ in range(_USABLE):
        if _usable(index) and index not in taken:
            return index
        index = (index + 1) % _USABLE
    raise RuntimeError("the public address pool is exhausted")


def address(index: int) -> str:
    return str(PUBLIC_POOL.network_address + index)
