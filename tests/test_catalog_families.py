"""Two URL families, each true to its own spec (issue: the whole SCM Configuration API).

What a user of either family relies on: a request valid by its family's spec is taken
(the unified security rule's ``log_start``, the app-override ``port`` as a string, the
container in the unified body); what the spec omits and the other family declares for
the same object is merged (an LDAP profile's ``name``); one container, never two; the
query parameters widely used clients send are accepted; objects only the unified API
serves (zones, NAT rules, labels) have state like any other.
"""

from __future__ import annotations

import pytest

from emulator_helpers import BASE, Api, make_app
from sasekit.catalog import load
from sasekit.validate import validate_params

CAT = load()
RULE = {"from": ["any"], "to": ["any"], "source": ["any"], "destination": ["any"],
        "application": ["any"], "service": ["any"], "action": "allow"}


@pytest.fixture
async def api():
    client = Api(make_app())
    yield client
    await client.aclose()


def _problems(resource: str, operation: str, family: str, /, **params) -> list[str]:
    op = CAT[resource].operations[operation].variant(family)
    return [p.message for p in validate_params(op, params)[1]]


# --------------------------------------------------------------------------- the catalog


def test_each_family_has_its_own_variant_path_and_schema():
    op = CAT["applicationOverrideRule"].operations["create"]
    unified = op.variant("unified")
    assert (op.family, unified.family) == ("legacy", "unified")
    assert op.path == "/sse/config/v1/app-override-rules"
    assert unified.path == "/config/security/v1/app-override-rules"
    assert unified.spec_file == "scm-config/security.yaml"
    assert op.variant("legacy") is op and unified.variant("unified") is not op
    # the container: a query parameter on one family, a body field on the other
    assert op.parameters["folder"].location == "query"
    assert unified.parameters["folder"].location == "body"


def test_a_property_one_family_omits_is_merged_from_the_other_with_a_diagnostic():
    legacy = CAT["ldapServerProfile"].operations["create"]
    assert "name" in legacy.parameters and legacy.parameters["name"].location == "body"
    merged = [d for d in CAT.diagnostics() if d["code"] == "property-merged"]
    assert any("ldapServerProfile" in d["message"] and "'name'" in d["message"]
               and d["file"] == "prisma-access-config/LDAPServerProfiles.yaml" for d in merged)
    # and the security rule's logging switches, which only the unified spec declares
    assert {"log_start", "log_end"} <= set(CAT["securityRule"].operations["create"].parameters)


def test_scope_is_exactly_one_of_folder_snippet_device():
    none = _problems("address", "list", "unified")
    assert none == ["folder: exactly one of folder | snippet | device is required (exclusive): none given"]
    two = _problems("address", "list", "unified", folder="Shared", snippet="s1")
    assert two == ["snippet: only one of folder | snippet | device may be given (exclusive): got folder, snippet"]
    assert _problems("address", "list", "unified", snippet="s1") == []
    # Kerberos profiles take a snippet on the legacy family too, instead of a folder
    assert _problems("kerberosServerProfile", "list", "legacy", snippet="s1") == []
    assert _problems("kerberosServerProfile", "list", "legacy") != []
    # a unified create names its container in the body: exactly one there
    body = {"name": "a", "ip_netmask": "192.0.2.1/32"}
    assert any("exactly one of folder | snippet | device" in m
               for m in _problems("address", "create", "unified", **body))
    assert _problems("address", "create", "unified", folder="Shared", **body) == []


def test_an_update_may_leave_the_container_out():
    """The object keeps its container; clients send only what they change."""
    params = {"id": "8c7d1b7e-1f6e-4c51-9a0b-2a3b4c5d6e7f", "name": "a", "ip_netmask": "192.0.2.1/32"}
    assert _problems("address", "update", "unified", **params) == []
    op = CAT["address"].operations["update"].variant("unified")
    group = next(g for g in op.body.exclusive if ("folder",) in g["keys"])
    assert group["required"] is False
    assert next(g for g in CAT["address"].operations["create"].variant("unified").body.exclusive
                if ("folder",) in g["keys"])["required"] is True


def test_query_parameters_clients_send_are_accepted_and_recorded():
    update = CAT["securityRule"].operations["update"]
    for op in (update, update.variant("unified")):
        position = op.parameters["position"]
        assert position.location == "query" and position.ignored
        assert "security_rule.py" in position.rule_sources["ignored"]
    assert CAT["hipObject"].operations["update"].variant("unified").parameters["folder"].ignored
    assert any("sideways" in m for m in _problems(
        "securityRule", "update", "unified", id="8c7d1b7e-1f6e-4c51-9a0b-2a3b4c5d6e7f",
        position="sideways", name="r", **RULE))
    codes = {d["code"] for d in CAT.diagnostics()}
    assert {"parameter-accepted-ignored", "scope-exactly-one", "property-merged"} <= codes


# --------------------------------------------------------------------------- the emulator


@pytest.mark.anyio
async def test_unified_security_rule_takes_log_start_and_legacy_takes_it_too(api):
    body = {"name": "r1", "folder": "Shared", "log_start": True, "log_end": True, **RULE}
    made = await api.post("/config/security/v1/security-rules", params={"position": "pre"}, json=body)
    assert made.status_code == 201, made.text
    assert made.json()["log_start"] is True and made.json()["folder"] == "Shared"
    # the legacy family takes them too (merged from the unified spec), its folder in the query
    legacy_body = {k: v for k, v in {**body, "name": "r2"}.items() if k != "folder"}
    legacy = await api.post(f"{BASE}/security-rules", params={"folder": "Shared", "position": "pre"},
                            json=legacy_body)
    assert legacy.status_code == 200, legacy.text  # each family its own status: 200 here, 201 there
    assert legacy.json()["log_start"] is True
    # update and delete with ?position=, as pan-scm-sdk sends them
    rid = made.json()["id"]
    put = await api.put(f"/config/security/v1/security-rules/{rid}", params={"position": "pre"},
                        json={**RULE, "name": "r1", "description": "changed"})
    assert put.status_code == 200, put.text
    assert put.json()["folder"] == "Shared" and put.json()["description"] == "changed"
    gone = await api.delete(f"{BASE}/security-rules/{rid}", params={"position": "pre"})
    assert gone.status_code == 200, gone.text


@pytest.mark.anyio
async def test_app_override_port_is_a_string_on_the_unified_family(api):
    body = {"name": "o1", "folder": "Shared", "from": ["any"], "to": ["any"], "source": ["any"],
            "destination": ["any"], "application": "web-browsing", "protocol": "tcp", "port": "8080"}
    made = await api.post("/config/security/v1/app-override-rules", params={"position": "pre"}, json=body)
    assert made.status_code in (200, 201), made.text
    assert made.json()["port"] == "8080"


@pytest.mark.anyio
async def test_ldap_profile_created_on_the_legacy_family_keeps_its_name(api):
    body = {"name": "corp-ldap", "server": [{"name": "dc1", "address": "192.0.2.5", "port": 389}],
            "base": "dc=example,dc=com"}
    made = await api.post(f"{BASE}/ldap-server-profiles", params={"folder": "Shared"}, json=body)
    assert made.status_code in (200, 201), made.text
    listed = await api.get("/config/identity/v1/ldap-server-profiles", params={"folder": "Shared"})
    assert [p["name"] for p in listed.json()["data"]] == ["corp-ldap"]


@pytest.mark.anyio
async def test_remote_network_names_its_folder_in_the_unified_body(api):
    # the tunnel it names must exist (the emulator checks references as the service does)
    rn = {"folder": "Remote Networks"}
    gw = await api.post(f"{BASE}/ike-gateways", params=rn, json={
        "name": "gw1", "authentication": {"pre_shared_key": {"key": "s3cret-psk"}},
        "peer_address": {"ip": "198.51.100.1"}, "protocol": {"ikev2": {"ike_crypto_profile": "Others-IKE-Crypto-Default"}}})
    tunnel = await api.post(f"{BASE}/ipsec-tunnels", params=rn, json={
        "name": "t1", "auto_key": {"ike_gateway": [{"name": "gw1"}], "ipsec_crypto_profile": "Others-IPSec-Crypto-Default"}})
    assert gw.status_code == tunnel.status_code == 201, (gw.text, tunnel.text)
    body = {"name": "branch-1", "folder": "Remote Networks", "region": "us-west-1",
            "license_type": "FWAAS-AGGREGATE", "spn_name": "us-west-dakota", "ipsec_tunnel": "t1"}
    made = await api.post("/config/deployment/v1/remote-networks", json=body)
    assert made.status_code == 201, made.text
    legacy = await api.get(f"{BASE}/remote-networks", params={"folder": "Remote Networks"})
    assert [r["name"] for r in legacy.json()["data"]] == ["branch-1"]


@pytest.mark.anyio
@pytest.mark.parametrize(("path", "body"), [
    ("/config/network/v1/zones", {"name": "trust"}),
    ("/config/network/v1/logical-routers", {"name": "lr1"}),
    ("/config/objects/v1/log-forwarding-profiles",
     {"name": "lf1", "match_list": [{"name": "m1", "log_type": "traffic", "filter": "All Logs"}]}),
    ("/config/objects/v1/syslog-server-profiles",
     {"name": "sys1", "server": [{"name": "s1", "server": "192.0.2.9"}]}),
])
async def test_objects_only_the_unified_family_serves_have_state(api, path, body):
    made = await api.post(path, json={**body, "folder": "Shared"})
    assert made.status_code == 201, made.text
    oid = made.json()["id"]
    listed = await api.get(path, params={"folder": "Shared"})
    assert listed.status_code == 200 and [o["id"] for o in listed.json()["data"]] == [oid]
    got = await api.get(f"{path}/{oid}")
    assert got.status_code == 200 and got.json()["name"] == body["name"]
    put = await api.put(f"{path}/{oid}", json={**body, "description": "x"} if "description" in
                        CAT.operation(_key(path) + ".update").parameters else body)
    assert put.status_code == 200, put.text
    assert (await api.delete(f"{path}/{oid}")).status_code == 200
    assert (await api.get(f"{path}/{oid}")).status_code == 404
    # not on the legacy family: it has no such path
    assert (await api.get(BASE + path[path.index("/v1/") + 3:], params={"folder": "Shared"})).status_code == 404


def _key(path: str) -> str:
    hits = [k for k in CAT for r in CAT.routes(k, "unified").values() if r == f"GET {path}"]
    assert len(hits) == 1, (path, hits)
    return hits[0]


@pytest.mark.anyio
async def test_one_object_is_answered_in_each_familys_types(api):
    """An app-override rule written with an integer port (legacy) reads back with a string
    port on the unified family, and the other way round: one stored object, two schemas."""
    body = {"name": "o2", "from": ["any"], "to": ["any"], "source": ["any"], "destination": ["any"],
            "application": "web-browsing", "protocol": "tcp", "port": 8443}
    made = await api.post(f"{BASE}/app-override-rules", params={"folder": "Shared", "position": "pre"},
                          json=body)
    assert made.status_code in (200, 201), made.text
    assert made.json()["port"] == 8443
    unified = await api.get(f"/config/security/v1/app-override-rules/{made.json()['id']}")
    assert unified.json()["port"] == "8443"
    listed = await api.get("/config/security/v1/app-override-rules",
                           params={"folder": "Shared", "position": "pre"})
    assert [r["port"] for r in listed.json()["data"]] == ["8443"]
    legacy = await api.get(f"{BASE}/app-override-rules", params={"folder": "Shared", "position": "pre"})
    assert [r["port"] for r in legacy.json()["data"]] == [8443]


def test_every_object_has_a_name_on_both_families():
    """The legacy SAML profile schema omits `name`; merged from the unified one, it is
    required there too, so no profile is created without one."""
    assert any("name: required" in m for m in _problems(
        "samlServerProfile", "create", "legacy", folder="Shared",
        certificate="c", entity_id="https://idp.example.com", sso_url="https://idp.example.com/sso"))


def test_a_type_a_client_shows_wider_is_widened_with_its_evidence():
    op = CAT["bandwidthAllocation"].operations["create"].variant("unified")
    node = op.parameters["allocated_bandwidth"]
    assert node.type == "number" and "float" in node.rule_sources["type"]
    assert not [p for p in _problems("bandwidthAllocation", "create", "unified", name="us-west",
                                     allocated_bandwidth=50.5) if "allocated_bandwidth" in p]
