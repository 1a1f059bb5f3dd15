"""The health APIs served by the emulator: SCM incidents and Prisma Access Insights 2.0,
answered from the tunnel-state timeline and the running configuration.

What a client of these APIs relies on: the documented envelopes and enums, filters that
filter (and a bad one refused, naming itself, never a 5xx), pages that page, counts and
durations that follow the tunnels' history, and incidents raised and cleared by the
service's rules, with the thresholds compressed by the clock factor so that nothing here
waits. Every test runs on a fake clock.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from client_fixtures import async_client, config
from emulator_helpers import Api
from fakes import FakeClock
from sasekit import errors
from sasekit.catalog import load
from sasekit.emulator import DEMO_ACCOUNT
from sasekit.emulator.app import EmulatorApp
from sasekit.emulator.config import Account, EmulatorConfig
from sasekit.emulator.incidents import SITE_DOWN_S
from sasekit.emulator.timeline import Change

TSG = DEMO_ACCOUNT["tsg_id"]
HEADERS = {"X-PANW-Region": "europe", "Prisma-Tenant": TSG}
SEARCH = "/incidents/v1/search"
DETAILS = "/incidents/v1/details/"
CUSTOM = "/api/sase/v2.0/resource/custom/query/"
TUNNELS, RN_LIST, SC_LIST = (CUSTOM + "tunnels/tunnel_list", CUSTOM + "remotenetworks/rn_list",
                             CUSTOM + "serviceconnections/sc_list")
STATUS = "/api/sase/v2.0/resource/query/tunnel_status"
T0 = 1_700_000_000.0
RN, SC = "Remote Networks", "Service Connections"
PSK = {"pre_shared_key": {"key": "a-long-enough-psk-123"}}


def last(n: int, unit: str = "minutes") -> dict[str, Any]:
    return {"property": "event_time", "operator": f"last_n_{unit}", "values": [n]}


class Emu:
    """One emulator on a fake clock, with a raw HTTP client and sasekit's own."""

    def __init__(self, clock: FakeClock, **settings: Any) -> None:
        self.clock = clock
        self.app = EmulatorApp(config(push_s=0, rate_limit={"enabled": False}, **settings), clock=clock)
        self.api = Api(self.app)
        self.client, _ = async_client(self.app, incidents_url="http://emu", insights_url="http://emu",
                                      panw_region="europe")

    def record(self, tunnel: str, state: str, at: float, *, kind: str = "tunnel", site: str = "",
               reason: str = "") -> None:
        """A change ``at`` seconds after T0, as the lab's monitor would post it."""
        self.app.timeline.record(TSG, Change(kind, tunnel, site, state, T0 + at, reason))

    async def post(self, path: str, body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Any:
        resp = await self.api.post(path, json=body, headers=HEADERS if headers is None else headers)
        assert resp.status_code == status, resp.text
        return resp.json()

    async def search(self, rules: list[dict[str, Any]] | None = None, **pagination: Any) -> dict[str, Any]:
        body: dict[str, Any] = {"filter": {"rules": rules or []}}
        if pagination:
            body["pagination"] = pagination
        return await self.post(SEARCH, body)

    async def rows(self, path: str, *rules: dict[str, Any], **body: Any) -> list[dict[str, Any]]:
        answer = await self.post(path, {"filter": {"rules": list(rules)}, **body})
        assert answer["header"]["dataCount"] == len(answer["data"])
        return answer["data"]

    async def aclose(self) -> None:
        await self.client.aclose()
        await self.api.aclose()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0)


@pytest.fixture
async def emu(clock: FakeClock) -> AsyncIterator[Emu]:
    e = Emu(clock)
    yield e
    await e.aclose()


async def branch(c: Any, name: str = "paris", *, monitored: bool = True, sc: bool = True) -> None:
    """A remote network with a primary and a secondary tunnel (and, with ``sc``, a service
    connection), pushed: the running configuration the health APIs read."""
    await c.call("ikeGateway", "create", folder=RN, name=f"{name}-gw", authentication=PSK,
                 peer_address={"ip": "198.51.100.10"},
                 protocol={"version": "ikev2", "ikev2": {"ike_crypto_profile": "PaloAlto-Networks-IKE-Crypto"}})
    for tunnel in (f"{name}-wan1", f"{name}-wan2"):
        extra = {"tunnel_monitor": {"enable": True, "destination_ip": "10.9.0.1"}} if monitored else {}
        await c.call("ipsecTunnel", "create", folder=RN, name=tunnel, **extra,
                     auto_key={"ike_gateway": [{"name": f"{name}-gw"}],
                               "ipsec_crypto_profile": "PaloAlto-Networks-IPSec-Crypto"})
    await c.call("remoteNetwork", "create", folder=RN, name=name, region="eu-central-1",
                 license_type="FWAAS-AGGREGATE", spn_name="europe-central-linden", ipsec_tunnel=f"{name}-wan1",
                 secondary_ipsec_tunnel=f"{name}-wan2", subnets=["10.1.0.0/24"])
    folders = [RN]
    if sc:
        await c.call("ikeGateway", "create", folder=SC, name="dc-gw", authentication=PSK,
                     peer_address={"ip": "198.51.100.20"},
                     protocol={"version": "ikev2", "ikev2": {"ike_crypto_profile": "PaloAlto-Networks-IKE-Crypto"}})
        await c.call("ipsecTunnel", "create", folder=SC, name="dc-east-tun",
                     auto_key={"ike_gateway": [{"name": "dc-gw"}],
                               "ipsec_crypto_profile": "PaloAlto-Networks-IPSec-Crypto"})
        await c.call("serviceConnection", "create", folder=SC, name="dc-east", ipsec_tunnel="dc-east-tun",
                     region="us-east-1", subnets=["10.200.0.0/16"])
        folders.append(SC)
    job = await c.push(folders)
    assert job["job"]["result_str"] == "OK"


# --------------------------------------------------------------------------- incidents: search


async def outages(emu: Emu) -> None:
    """Seven tunnels go down a minute apart; the odd ones come back after 30 s. Each has a
    site of its own with a second tunnel that stays up (so no site goes down)."""
    for i in range(7):
        emu.record(f"s{i}", "up", 0, site=f"site-{i}")
        emu.record(f"t{i}", "up", 0, site=f"site-{i}")
        emu.record(f"t{i}", "down", 60 * (i + 1), site=f"site-{i}", reason="DPD timeout")
        if i % 2:
            emu.record(f"t{i}", "up", 60 * (i + 1) + 30, site=f"site-{i}")
    emu.clock.now = T0 + 3600


@pytest.mark.anyio
async def test_search_filters_by_status_and_pages_in_the_order_asked(emu: Emu) -> None:
    await outages(emu)
    raised = [{"property": "status", "operator": "in", "values": ["Raised"]}]
    page = await emu.search(raised, page_size=1, page_number=2,
                            order_by=[{"property": "raised_time", "order": "asc"}])
    assert [r["primary_impacted_objects"]["tunnel_names"] for r in page["data"]] == [["t2"]]
    # t0, t2, t4, t6 are still down: four Raised incidents, the latest first
    page = await emu.search(raised, page_size=3, page_number=1, order_by=[{"property": "raised_time",
                                                                           "order": "desc"}])
    assert [r["primary_impacted_objects"]["site_names"][0] for r in page["data"]] == ["site-6", "site-4", "site-2"]
    everything = await emu.search(page_size=3, page_number=2, order_by=[{"property": "raised_time", "order": "asc"}])
    header = everything["header"]
    assert header["pagination"] == {"current_page": 2, "order_by": [{"property": "raised_time", "order": "asc"}],
                                    "page_count": 3, "total_count": 7, "page_size": 3, "next_page": 3}
    assert header["dataCount"] == 3 and header["status"] == {"subCode": 200}
    assert [r["primary_impacted_objects"]["tunnel_names"][0] for r in everything["data"]] == ["t3", "t4", "t5"]
    assert [r["status"] for r in everything["data"]] == ["Cleared", "Raised", "Cleared"]
    final = await emu.search(page_size=3, page_number=3)
    assert len(final["data"]) == 1 and "next_page" not in final["header"]["pagination"]
    # the default order: the most recently updated first
    updated = [r["updated_time"] for r in (await emu.search())["data"]]
    assert updated == sorted(updated, reverse=True) and len(updated) == 7


@pytest.mark.anyio
async def test_search_filters_by_code_severity_objects_id_and_time(emu: Emu) -> None:
    await outages(emu)
    emu.record("bgp-peer", "up", 0, kind="bgp", site="site-1")
    emu.record("bgp-peer", "down", 500, kind="bgp", site="site-1")

    async def tunnels(*rules: dict[str, Any]) -> list[str]:
        rows = (await emu.search(list(rules), page_size=100))["data"]
        return sorted(n for r in rows for n in r["primary_impacted_objects"]["tunnel_names"]
                      + r["primary_impacted_objects"]["bgp_peer_names"])

    bgp = {"property": "code", "operator": "in", "values": ["INC_RN_PRIMARY_WAN_BGP_DOWN"]}
    assert await tunnels(bgp) == ["bgp-peer"]
    assert await tunnels({**bgp, "operator": "not_in"}) == [f"t{i}" for i in range(7)]
    assert len(await tunnels({"property": "severity", "operator": "in", "values": ["High"]})) == 8
    assert await tunnels({"property": "primary_impacted_objects.site_names", "operator": "in",
                          "values": ["site-3", "site-5"]}) == ["t3", "t5"]
    assert await tunnels({"property": "primary_impacted_objects.tunnel_names", "operator": "in",
                          "values": ["t6"]}) == ["t6"]
    # raised in [T0 + 120 s, T0 + 240 s]: t1 (120), t2 (180), t3 (240)
    window = [str(int((T0 + 120) * 1000)), str(int((T0 + 240) * 1000))]
    assert await tunnels({"property": "raised_time", "operator": "between", "values": window}) == ["t1", "t2", "t3"]
    assert await tunnels({"property": "raised_time", "operator": "greater", "values": [window[1]]}) == [
        "bgp-peer", "t4", "t5", "t6"]
    emu.clock.now = T0 + 470  # updated in the last minute: t6 (420) only; bgp-peer's change (500) is to come
    assert await tunnels({"property": "updated_time", "operator": "last_n_minutes", "values": ["1"]}) == ["t6"]
    emu.clock.now = T0 + 3600
    one = (await emu.search([bgp]))["data"][0]
    assert await tunnels({"property": "incident_id", "operator": "in", "values": [one["incident_id"]]}) == [
        "bgp-peer"]


@pytest.mark.anyio
@pytest.mark.parametrize(("body", "status", "named"), [
    ({"filter": {"rules": [{"property": "colour", "operator": "in", "values": ["red"]}]}}, 400, "'colour'"),
    ({"filter": {"rules": [{"property": "status", "operator": "greater", "values": ["Raised"]}]}}, 400, "'greater'"),
    ({"filter": {"rules": [{"property": "raised_time", "operator": "between", "values": ["1"]}]}}, 400, "between"),
    ({"filter": {"rules": [{"property": "raised_time", "operator": "less", "values": ["soon"]}]}}, 400, "'soon'"),
    ({"filter": {"rules": [{"property": "status", "operator": "in"}]}}, 400, "values"),
    ({"pagination": {"page_size": 0}}, 400, "pagination.page_size"),
    ({"pagination": {"page_number": 0}}, 400, "pagination.page_number"),
    ({"pagination": {"order_by": [{"property": "shoe_size", "order": "asc"}]}}, 400, "'shoe_size'"),
    ({"pagination": {"order_by": [{"property": "raised_time", "order": "sideways"}]}}, 400, "order"),
    ({"filter": "everything"}, 400, "filter"),
])
async def test_a_bad_search_is_a_400_that_names_what_is_wrong(emu: Emu, body: dict[str, Any], status: int,
                                                              named: str) -> None:
    answer = await emu.post(SEARCH, body, status)
    assert answer["errorCode"].startswith("DATA1000") and answer["message"]
    assert named in answer["details"], answer
    assert answer["_errors"][0]["code"] == answer["errorCode"] and answer["_request_id"]


@pytest.mark.anyio
async def test_the_region_and_tenant_headers_are_required_as_the_specs_say(emu: Emu) -> None:
    answer = await emu.post(SEARCH, {}, 400, headers={"Prisma-Tenant": TSG})
    assert "x-panw-region" in answer["details"]
    answer = await emu.post(TUNNELS, {"filter": {"rules": []}}, 400, headers={"X-PANW-Region": "europe"})
    assert "prisma-tenant" in answer["details"]
    answer = await emu.post(TUNNELS, {"filter": {"rules": []}}, 403, headers={"Prisma-Tenant": "999"})
    assert answer["errorCode"] == "REST10003" and "999" in answer["details"]
    assert (await emu.post(SEARCH, {}, 200, headers={"X-PANW-Region": "americas"}))["data"] == []


@pytest.mark.anyio
async def test_a_read_only_account_reads_the_health_apis(clock: FakeClock) -> None:
    viewer = Account("viewer@1234567890.iam.panserviceaccount.com", "viewer-secret", TSG, "read-only")
    app = EmulatorApp(EmulatorConfig(accounts=[viewer]), clock=clock)
    api = Api(app, {"client_id": viewer.client_id, "client_secret": viewer.client_secret, "tsg_id": TSG})
    try:
        for path, body in ((SEARCH, {}), (TUNNELS, {"filter": {"rules": []}})):
            resp = await api.post(path, json=body, headers=HEADERS)
            assert resp.status_code == 200, resp.text
    finally:
        await api.aclose()


# --------------------------------------------------------------------------- incidents: details


@pytest.mark.anyio
async def test_details_add_description_remediations_context_and_alerts(emu: Emu) -> None:
    await branch(emu.client, sc=False)
    emu.record("paris-wan2", "up", 10)
    emu.record("paris-wan2", "down", 100, reason="IKE_SA deleted: peer unreachable")
    emu.clock.now = T0 + 200
    row = (await emu.search())["data"][0]
    assert (row["code"], row["status"], row["severity"]) == ("INC_RN_SECONDARY_WAN_TUNNEL_DOWN", "Raised", "High")
    assert row["raised_time"] == int((T0 + 100) * 1000)
    resp = await emu.api.get(DETAILS + row["incident_id"], headers=HEADERS)
    assert resp.status_code == 200, resp.text
    details = resp.json()
    assert details["incident_id"] == row["incident_id"] and details["incident_code"] == row["code"]
    assert "peer unreachable" in details["description"]
    steps = json.loads(details["remediations"])["remediations"][0]["dynamic_content"]["steps"]
    assert steps[0]["title"] and all(s["description"] for s in steps[0]["subSteps"])
    context = json.loads(details["resource_context"])
    assert context["site_name"] == "paris" and context["tunnel_names"] == ["paris-wan2"]
    assert json.loads(details["resource_keys"]) == {"tenant_id": TSG, "sub_tenant_id": TSG}
    [alert] = details["alerts"]
    assert (alert["code"], alert["state"]) == ("AL_RN_SECONDARY_WAN_TUNNEL_DOWN", "Raised")
    # back up: the same incident, cleared, and so is its alert
    emu.record("paris-wan2", "up", 250)
    emu.clock.now = T0 + 300
    again = (await emu.api.get(DETAILS + row["incident_id"], headers=HEADERS)).json()
    assert again["status"] == "Cleared" and again["alerts"][0]["state"] == "Cleared"
    assert again["cleared_time"] == int((T0 + 250) * 1000)


@pytest.mark.anyio
async def test_a_row_carries_every_impacted_object_array_of_the_spec_and_numeric_times(emu: Emu, spec_dir) -> None:
    spec = yaml.safe_load((spec_dir / "scm-incidents" / "Unified_SCM_Incident.yaml").read_text())
    declared = set(spec["components"]["schemas"]["ImpactedObjects"]["properties"])
    await branch(emu.client, sc=False)
    emu.record("paris-wan2", "up", 10)
    emu.record("paris-wan2", "down", 100)
    emu.record("elsewhere-t1", "down", 100, site="elsewhere")  # a tunnel no configuration names
    emu.clock.now = T0 + 200
    rows = {r["primary_impacted_objects"]["tunnel_names"][0]: r for r in (await emu.search())["data"]}
    for row in rows.values():
        for group in ("primary_impacted_objects", "related_impacted_objects"):
            assert set(row[group]) == declared and all(isinstance(v, list) for v in row[group].values()), group
        # Raised: cleared_time is an integer (the spec's type; its Raised example repeats raised_time)
        assert row["status"] == "Raised" and row["cleared_time"] == row["raised_time"] == row["updated_time"]
    paris = rows["paris-wan2"]["primary_impacted_objects"]
    assert (paris["ike_gateway_names"], paris["spn_names"], paris["site_names"]) == (
        ["paris-gw"], ["europe-central-linden"], ["paris"])
    other = rows["elsewhere-t1"]["primary_impacted_objects"]
    assert (other["ike_gateway_names"], other["spn_names"], other["locations"]) == ([], [], [])


@pytest.mark.anyio
async def test_a_push_that_moves_a_tunnel_does_not_rewrite_the_incidents_it_raised(emu: Emu) -> None:
    emu.record("paris-wan2", "up", 0, site="paris")
    emu.record("paris-wan2", "down", 100, site="paris")
    emu.clock.now = T0 + 200
    [before] = (await emu.search())["data"]  # no config names it: a primary tunnel of its site
    assert before["code"] == "INC_RN_PRIMARY_WAN_TUNNEL_DOWN"
    await branch(emu.client, sc=False)  # pushes paris with paris-wan2 as its secondary tunnel
    emu.clock.now = T0 + 300
    [after] = (await emu.search())["data"]
    assert (after["code"], after["incident_id"]) == (before["code"], before["incident_id"])
    resp = await emu.api.get(DETAILS + before["incident_id"], headers=HEADERS)
    assert resp.status_code == 200 and resp.json()["incident_code"] == "INC_RN_PRIMARY_WAN_TUNNEL_DOWN"
    # changes after the push are the secondary tunnel's, posted by the lab's monitor or recorded
    feed = await emu.api.http.post("/_emulator/tunnel-events", headers=emu.app.admin_headers, json={"changes": [
        {"tunnel": "paris-wan2", "site": "paris", "state": "up", "at": T0 + 400},
        {"tunnel": "paris-wan2", "site": "paris", "state": "down", "at": T0 + 500}]})
    assert feed.status_code == 200, feed.text
    emu.clock.now = T0 + 600
    rows = sorted((r["raised_time"], r["code"], r["status"]) for r in (await emu.search())["data"])
    assert rows == [(int((T0 + 100) * 1000), "INC_RN_PRIMARY_WAN_TUNNEL_DOWN", "Cleared"),
                    (int((T0 + 500) * 1000), "INC_RN_SECONDARY_WAN_TUNNEL_DOWN", "Raised")]


@pytest.mark.anyio
async def test_an_unknown_incident_is_a_404_in_the_service_shape(emu: Emu) -> None:
    resp = await emu.api.get(DETAILS + "00000000-0000-4000-8000-000000000000", headers=HEADERS)
    assert resp.status_code == 404
    body = resp.json()
    assert body["errorCode"] == "REST10002" and "00000000-0000-4000-8000-000000000000" in body["details"]
    with pytest.raises(errors.NotFound):
        await emu.client.call("incident", "get", **{"incident-id": "no-such-incident"})


# --------------------------------------------------------------------------- flaps and the clock factor


async def flapping(clock: FakeClock, factor: float) -> Emu:
    """A tunnel up at T0, then down and up again every (scaled) minute, five times."""
    emu = Emu(clock, health_clock_factor=factor)
    minute = 60 / factor
    emu.record("wan1", "up", 0, site="lyon")
    for i in range(5):
        emu.record("wan1", "down", (2 * i + 1) * minute, site="lyon")
        emu.record("wan1", "up", (2 * i + 2) * minute, site="lyon")
    return emu


async def flaps(emu: Emu, at: float) -> list[dict[str, Any]]:
    emu.clock.now = T0 + at
    code = {"property": "code", "operator": "in", "values": ["INC_RN_PRIMARY_WAN_TUNNEL_FLAP"]}
    return (await emu.search([code]))["data"]


@pytest.mark.anyio
async def test_a_flap_is_raised_at_the_fifth_flap_and_cleared_after_8_minutes_up_at_factor_60(
        clock: FakeClock) -> None:
    emu = await flapping(clock, 60)
    try:
        # flaps (up -> down) at 1, 3, 5, 7 and 9 scaled minutes, i.e. seconds
        assert await flaps(emu, 8.99) == []
        [flap] = await flaps(emu, 9)
        assert flap["status"] == "Raised" and flap["raised_time"] == int((T0 + 9) * 1000)
        assert (await flaps(emu, 17.99))[0]["status"] == "Raised"  # up since 10 s: 8 s up at 18 s
        [cleared] = await flaps(emu, 18)
        assert cleared["status"] == "Cleared" and cleared["cleared_time"] == int((T0 + 18) * 1000)
        assert cleared["incident_id"] == flap["incident_id"]  # the same incident, seen raised then cleared
        details = (await emu.api.get(DETAILS + flap["incident_id"], headers=HEADERS)).json()
        assert [a["code"] for a in details["alerts"]] == ["AL_RN_PRIMARY_WAN_TUNNEL_DOWN"] * 5
        assert {a["state"] for a in details["alerts"]} == {"Cleared"}
    finally:
        await emu.aclose()


@pytest.mark.anyio
async def test_the_same_flaps_at_factor_1_stay_raised_for_8_real_minutes(clock: FakeClock) -> None:
    emu = await flapping(clock, 1)
    try:
        assert await flaps(emu, 9 * 60 - 1) == []
        assert (await flaps(emu, 9 * 60))[0]["status"] == "Raised"
        assert (await flaps(emu, 18 * 60 - 1))[0]["status"] == "Raised"
        assert (await flaps(emu, 18 * 60))[0]["status"] == "Cleared"
    finally:
        await emu.aclose()


def test_the_clock_factor_is_checked_like_every_setting() -> None:
    for bad in (0, -1, "fast", float("inf"), True):
        with pytest.raises(ValueError, match=r"config\.health_clock_factor must be a number over 0"):
            EmulatorConfig(health_clock_factor=bad).check()
    assert EmulatorConfig(health_clock_factor=120).check().health_clock_factor == 120.0


# --------------------------------------------------------------------------- Insights: tunnels


@pytest.mark.anyio
async def test_tunnel_list_is_the_running_config_with_the_timelines_states(emu: Emu) -> None:
    assert await emu.rows(TUNNELS) == []
    await branch(emu.client)
    rows = {r["tunnel_name"]: r for r in await emu.rows(TUNNELS, last(15))}
    assert sorted(rows) == ["dc-east-tun", "paris-wan1", "paris-wan2"]
    # pushed, no state yet: Init
    assert {(r["tunnel_state"], r["tunnel_state_name"]) for r in rows.values()} == {(0, "Init")}
    wan1, sc = rows["paris-wan1"], rows["dc-east-tun"]
    assert (wan1["node_type"], wan1["node_type_name"], wan1["site_name"]) == (48, "Remote Network", "paris")
    assert (sc["node_type"], sc["node_type_name"], sc["site_name"]) == (51, "Service Connection", "dc-east")
    assert wan1["edge_location_display_name"] == "Germany Central" and sc["edge_location_display_name"] == "US East"
    # the address the Prisma Access IP endpoint gives the remote network
    ip = await emu.client.call("prismaAccessIp", "list", serviceType="remote_network", addrType="all",
                               location="all")
    assert wan1["instance_public_ip"] == ip["result"][0]["address_details"][0]["address"]
    # monitored tunnels (tunnel_monitor.enable) are Down until up; the SC's is not configured
    assert (wan1["tunnel_monitoring_state"], sc["tunnel_monitoring_state"]) == (0, 2)
    assert sc["tunnel_monitoring_state_name"] == "Not Configured"

    emu.record("paris-wan1", "up", 10, site="paris")
    emu.record("paris-wan2", "down", 20, site="paris")
    emu.record("dc-east-tun", "inactive", 30, site="dc-east")
    emu.record("lab-only", "up", 40, site="somewhere")  # known to the timeline only: still listed
    emu.clock.now = T0 + 60
    states = {r["tunnel_name"]: (r["tunnel_state"], r["tunnel_state_name"], r["site_name"])
              for r in await emu.rows(TUNNELS, last(15))}
    assert states == {"paris-wan1": (1, "Up", "paris"), "paris-wan2": (3, "Down", "paris"),
                      "dc-east-tun": (2, "Inactive", "dc-east"), "lab-only": (1, "Up", "somewhere")}
    up = await emu.rows(TUNNELS, last(15), {"property": "tunnel_state", "operator": "in", "values": [1]})
    assert sorted(r["tunnel_name"] for r in up) == ["lab-only", "paris-wan1"]
    assert [r["tunnel_monitoring_state"] for r in up if r["tunnel_name"] == "paris-wan1"] == [1]
    by_site = await emu.rows(TUNNELS, {"property": "site_name", "operator": "in", "values": ["dc-east"]})
    assert [r["tunnel_name"] for r in by_site] == ["dc-east-tun"]
    # a change not yet due (the future) is not visible
    emu.record("paris-wan1", "down", 120, site="paris")
    assert {r["tunnel_name"]: r["tunnel_state"] for r in await emu.rows(TUNNELS)}["paris-wan1"] == 1


@pytest.mark.anyio
async def test_roles_and_kinds_of_site_come_from_the_config_and_name_the_incidents(emu: Emu) -> None:
    await branch(emu.client, "paris")  # with the service connection dc-east
    for tunnel in ("ecmp-a", "ecmp-b"):
        await emu.client.call("ipsecTunnel", "create", folder=RN, name=tunnel,
                              auto_key={"ike_gateway": [{"name": "paris-gw"}],
                                        "ipsec_crypto_profile": "PaloAlto-Networks-IPSec-Crypto"})
    await emu.client.call("remoteNetwork", "create", folder=RN, name="big-site", region="us-east-1",
                          license_type="FWAAS-AGGREGATE", spn_name="us-east-whitebeam", ecmp_load_balancing="enable",
                          ecmp_tunnels=[{"name": "e1", "ipsec_tunnel": "ecmp-a"}, {"name": "e2", "ipsec_tunnel": "ecmp-b"}])
    await emu.client.push([RN])
    for tunnel in ("ecmp-a", "ecmp-b", "dc-east-tun"):
        emu.record(tunnel, "up", 1)
    emu.record("ecmp-b", "down", 5)
    emu.record("dc-east-tun", "down", 6)
    emu.clock.now = T0 + 6 + SITE_DOWN_S  # dc-east's only tunnel down for ten minutes: the site is down
    codes = {r["code"]: r["primary_impacted_objects"]["site_names"] for r in (await emu.search())["data"]}
    assert codes == {"INC_RN_ECMP_TUNNEL_DOWN": ["big-site"], "INC_SC_PRIMARY_WAN_TUNNEL_DOWN": ["dc-east"],
                     "INC_SC_SITE_DOWN": ["dc-east"]}
    sites = {r["site_name"]: (r["site_up_tunnels"], r["site_all_tunnels"]) for r in await emu.rows(RN_LIST)}
    assert sites == {"big-site": (1, 2), "paris": (0, 2)}


@pytest.mark.anyio
async def test_disconnections_and_time_up_count_inside_the_event_time_window(emu: Emu) -> None:
    # up at 0; down 30 min later for 1 min; up again; down for 1 min at 55 min; now 60 min
    for state, minute in (("up", 0), ("down", 30), ("up", 31), ("down", 55), ("up", 56)):
        emu.record("t", state, minute * 60, site="s")
    emu.clock.now = T0 + 3600

    async def figures(*rules: dict[str, Any]) -> tuple[int, int]:
        [row] = await emu.rows(TUNNELS, *rules)
        return row["tunnel_disconnection"], row["tunnel_connection_duration"]

    assert await figures(last(15)) == (1, 14 * 60_000)
    assert await figures(last(1, "hours")) == (2, 58 * 60_000)
    assert await figures(last(1, "days")) == (2, 58 * 60_000)  # before T0 it did not exist
    assert await figures() == (2, 58 * 60_000)  # no window: the last 30 days
    between = {"property": "event_time", "operator": "between", "values": [int((T0 + 29 * 60) * 1000),
                                                                          int((T0 + 32 * 60) * 1000)]}
    assert await figures(between) == (1, 2 * 60_000)
    answer = await emu.post(TUNNELS, {"filter": {"rules": [last(15)]}})
    window = answer["header"]["queryInput"]
    assert window["time_range"] == "last 15 minute(s)"
    assert window["event_time"]["to_epoch"] - window["event_time"]["from_epoch"] == 15 * 60_000
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", answer["header"]["createdAt"])


@pytest.mark.anyio
async def test_rn_list_and_sc_list_give_each_site_its_state(emu: Emu) -> None:
    await branch(emu.client)
    await branch(emu.client, "lyon", sc=False)
    await branch(emu.client, "nice", sc=False)
    for tunnel, state in (("paris-wan1", "up"), ("paris-wan2", "up"), ("lyon-wan1", "up"),
                          ("lyon-wan2", "down"), ("nice-wan1", "down"), ("dc-east-tun", "up")):
        emu.record(tunnel, state, 10)
    emu.clock.now = T0 + 100
    sites = {r["site_name"]: r for r in await emu.rows(RN_LIST, last(30, "days"))}
    assert {s: (r["site_state"], r["site_state_name"], r["site_up_tunnels"], r["site_all_tunnels"])
            for s, r in sites.items()} == {"lyon": (2, "Warning", 1, 2), "nice": (0, "Down", 0, 2),
                                           "paris": (1, "Up", 2, 2)}
    paris = sites["paris"]
    assert (paris["node_type"], paris["node_type_name"], paris["ipsec_node"]) == (48, "Remote Network",
                                                                                  "europe-central-linden")
    assert paris["site_connection_duration"] == 90_000 and paris["site_disconnection"] == 0
    documented = {"node_type", "site_name", "node_type_name", "edge_location_display_name", "cloud_region_name",
                  "instance_state", "instance_public_ip", "site_disconnection", "site_connection_duration",
                  "event_time", "site_state", "site_state_name", "site_up_tunnels", "site_all_tunnels"}
    assert documented <= set(paris)
    [dc] = await emu.rows(SC_LIST, {"property": "node_type", "operator": "equals", "values": [51]}, last(30, "days"),
                          count=100)
    assert (dc["site_name"], dc["node_type"], dc["node_type_name"], dc["site_state_name"]) == (
        "dc-east", 51, "Service Connection", "Up")
    warning = await emu.rows(RN_LIST, {"property": "site_state", "operator": "in", "values": [0, 2]})
    assert sorted(r["site_name"] for r in warning) == ["lyon", "nice"]


@pytest.mark.anyio
async def test_tunnel_status_answers_the_documented_histogram_query() -> None:
    # rn-tunnel-status.md's request, made when its answer was made (createdAt 2022-10-13T22:09:43Z)
    emu = Emu(FakeClock(1_665_698_983.0))
    try:
        await branch(emu.client, sc=False)
        query = {"histogram": {"property": "event_time", "enableEmptyInterval": True, "range": "day", "value": "30"},
                 "properties": [{"function": "avg", "format": {"function": "round", "value": 2},
                                 "property": "tunnel_throughput_ingress", "alias": "avg_ingress"},
                                {"function": "max", "property": "tunnel_throughput_egress", "alias": "peak_egress"}],
                 "filter": {"rules": [{"property": "node_type", "operator": "equals", "values": [48]},
                                      last(30, "days")]},
                 "count": 100}
        answer = await emu.post(STATUS, query)
        window = answer["header"]["queryInput"]
        assert (window["histogram"], window["histogram_range"], window["histogram_value"]) == (True, "day", "30")
        # as documented: the window from midnight UTC 30 days back, and its intervals from there
        assert (window["event_time"]["from"], window["event_time"]["from_epoch"]) == ("2022-09-13T00:00:00Z",
                                                                                      1_663_027_200_000)
        assert [r["histogram_time"] for r in answer["data"]] == [1_663_027_200_000, 1_665_619_200_000]
        assert set(answer["data"][0]) == {"histogram_time", "event_time", "avg_ingress", "peak_egress"}
        daily = await emu.post(STATUS, {**query, "histogram": {**query["histogram"], "value": "1"}})
        times = [r["histogram_time"] for r in daily["data"]]
        assert len(times) == 31 and all(t % 86_400_000 == 0 for t in times)  # 30 days and today, at midnights
        assert times == list(range(1_663_027_200_000, 1_665_705_600_000, 86_400_000))
        # a window of minutes is not aligned: it ends now and starts 15 minutes before
        minutes = (await emu.post(STATUS, {"filter": {"rules": [last(15, "minutes")]}}))["header"]["queryInput"]
        assert minutes["event_time"]["from_epoch"] == (1_665_698_983 - 900) * 1000
        plain = await emu.rows(STATUS, {"property": "tunnel_name", "operator": "equal", "values": ["paris-wan1"]})
        assert [(r["tunnel_name"], r["tunnel_state_name"]) for r in plain] == [("paris-wan1", "Init")]
    finally:
        await emu.aclose()


@pytest.mark.anyio
async def test_properties_project_and_aggregate_rows(emu: Emu) -> None:
    await branch(emu.client)
    emu.record("paris-wan1", "up", 10)
    emu.clock.now = T0 + 100
    body = {"properties": [{"property": "node_type_name"},
                           {"property": "tunnel_name", "function": "count", "alias": "tunnels",
                            "sort": {"order": "desc", "sequence": 1}}]}
    counted = await emu.rows(TUNNELS, **body)
    assert counted == [{"node_type_name": "Remote Network", "tunnels": 2},
                       {"node_type_name": "Service Connection", "tunnels": 1}]
    names = await emu.rows(TUNNELS, properties=[{"property": "tunnel_name", "sort": {"order": "asc"}}])
    assert names == [{"tunnel_name": "dc-east-tun"}, {"tunnel_name": "paris-wan1"}, {"tunnel_name": "paris-wan2"}]
    assert len(await emu.rows(TUNNELS, count=1)) == 1


@pytest.mark.anyio
@pytest.mark.parametrize(("path", "body", "status", "named"), [
    (TUNNELS, {"filter": {"rules": [{"property": "colour", "operator": "in", "values": [1]}]}}, 400, "'colour'"),
    (TUNNELS, {"filter": {"rules": [{"property": "event_time", "operator": "equal", "values": [1]}]}}, 400,
     "event_time"),
    (TUNNELS, {"filter": {"rules": [{"property": "tunnel_state", "operator": "greater", "values": ["up"]}]}}, 400,
     "'up'"),
    (TUNNELS, {"filter": {"rules": [last(0)]}}, 400, "not above 0"),
    (TUNNELS, {"filter": {"rules": []}, "properties": [{"property": "nope"}]}, 400, "'nope'"),
    (TUNNELS, {"filter": {"rules": []}, "properties": [{"property": "site_name", "function": "avg"}]}, 400,
     "site_name"),
    (TUNNELS, {"filter": {"rules": []}, "histogram": {"property": "event_time", "range": "day"}}, 400,
     "tunnel_status only"),
    (STATUS, {"filter": {"rules": []}, "histogram": {"property": "event_time", "range": "minute"}}, 400,
     "at most 10000"),
    (TUNNELS, {"filter": {"operator": "XOR", "rules": []}}, 400, "operator"),
    (TUNNELS, {}, 400, "filter"),
    ("/api/sase/v2.0/resource/query/site_current_status", {"filter": {"rules": []}}, 404, "site_current_status"),
    ("/api/sase/v2.0/resource/query/edge_location_current_status", {"filter": {"rules": []}}, 404,
     "edge_location_current_status"),
    (CUSTOM + "mobileusers/query1", {"filter": {"rules": []}}, 404, "mobileusers/query1"),
])
async def test_insights_refusals_name_what_is_wrong(emu: Emu, path: str, body: dict[str, Any], status: int,
                                                    named: str) -> None:
    answer = await emu.post(path, body, status)
    assert named in answer["details"] and answer["errorCode"] and answer["_errors"][0]["code"], answer


@pytest.mark.anyio
async def test_a_resource_describes_its_properties(emu: Emu) -> None:
    resp = await emu.api.get("/api/sase/v2.0/resource/custom/tunnels/tunnel_list", headers=HEADERS)
    assert resp.status_code == 200, resp.text
    props = {p["property"]: p["dataType"] for p in resp.json()["data"]}
    assert props["tunnel_state"] == "number" and props["tunnel_name"] == "string"
    resp = await emu.api.get("/api/sase/v2.0/resource/alerts", headers=HEADERS)
    assert resp.status_code == 404 and "alerts" in resp.json()["details"]


@pytest.mark.anyio
async def test_sasekits_own_client_reads_the_documented_queries(emu: Emu) -> None:
    await branch(emu.client)
    emu.record("paris-wan1", "up", 1)
    emu.clock.now = T0 + 10
    answer = await emu.client.call("dataResourceCustom", "tunnelList", {"filter": {"operator": "AND", "rules": [
        last(30, "days"), {"property": "tunnel_state", "operator": "in", "values": [1]}]}})
    assert [r["tunnel_name"] for r in answer["data"]] == ["paris-wan1"]
    found = await emu.client.call("incident", "search", {"filter": {"rules": []}})
    assert found["header"]["pagination"]["total_count"] == 0


# --------------------------------------------------------------------------- never a 5xx

CATALOG = load()
HEALTH_OPS = [CATALOG[k].operations[n] for k in CATALOG for n in CATALOG.operation_names(k)
              if CATALOG[k].family in ("incidents", "insights")]
ANY_JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
                        | st.text(max_size=12), lambda inner: st.lists(inner, max_size=3)
                        | st.dictionaries(st.text(max_size=8), inner, max_size=3), max_leaves=12)
RULE_VALUES = ANY_JSON | st.sampled_from(["1", "1e400", "-5", "nan", "Raised", "INC_RN_SITE_DOWN"])
PROPERTIES = ["event_time", "tunnel_state", "site_name", "node_type", "status", "raised_time", "code",
              "primary_impacted_objects.tunnel_names", "x"]
OPERATORS = ["in", "not_in", "equal", "equals", "greater", "between", "last_n_days", "last_n_minutes", "less",
             "contains"]


def rules(values: st.SearchStrategy[Any]) -> st.SearchStrategy[list[dict[str, Any]]]:
    return st.lists(st.fixed_dictionaries({"property": st.sampled_from(PROPERTIES),
                                           "operator": st.sampled_from(OPERATORS),
                                           "values": st.lists(values, max_size=3)}), max_size=3)


INCIDENT_BODIES = st.fixed_dictionaries({}, optional={
    "filter": st.fixed_dictionaries({"rules": rules(st.text(max_size=6) | st.sampled_from(
        ["1", "Raised", "High", "9999999999999", "lyon", "wan1", "1e400"]))}),
    "pagination": st.fixed_dictionaries({}, optional={
        "page_size": st.integers(-5, 10**12) | st.integers(1, 5), "page_number": st.integers(-5, 10**12),
        "order_by": st.lists(st.fixed_dictionaries({"property": st.sampled_from(["raised_time", "x", "code"]),
                                                    "order": st.sampled_from(["asc", "desc"])}), max_size=2)})})
INSIGHTS_BODIES = st.fixed_dictionaries({"filter": st.fixed_dictionaries(
    {"rules": rules(RULE_VALUES)}, optional={"operator": st.sampled_from(["AND", "OR"])})}, optional={
    "histogram": st.fixed_dictionaries({"property": st.sampled_from(["event_time", "x"]),
                                        "range": st.sampled_from(["day", "hour", "month", "year"])},
                                       optional={"value": st.integers(-3, 10**9) | st.text(max_size=4),
                                                 "enableEmptyInterval": st.booleans()}),
    "properties": st.lists(st.fixed_dictionaries(
        {"property": st.sampled_from(["tunnel_name", "tunnel_state", "event_time", "tunnel_throughput_ingress",
                                      "x"])},
        optional={"function": st.sampled_from(["avg", "sum", "count", "max", "distinct_count", "median"]),
                  "alias": st.text(max_size=5),
                  "format": st.fixed_dictionaries({"function": st.sampled_from(["round", "ceil"]),
                                                   "value": st.integers(-10**6, 10**6)}),
                  "sort": st.fixed_dictionaries({"order": st.sampled_from(["asc", "desc"]),
                                                 "sequence": st.integers(-3, 3)})}), max_size=3),
    "count": st.integers(1, 10_000) | st.integers(-1, 20_000),
    "addOnFilter": st.fixed_dictionaries({"rules": rules(RULE_VALUES)}),
})
JUNK = st.dictionaries(st.sampled_from(["filter", "pagination", "histogram", "properties", "count", "x"]), ANY_JSON,
                       max_size=3)


@pytest.fixture(scope="module")
def busy() -> Iterator[tuple[EmulatorApp, asyncio.AbstractEventLoop, httpx.AsyncClient, dict[str, str]]]:
    """One emulator with a flapping tunnel, driven synchronously for hypothesis."""
    app = EmulatorApp(config(rate_limit={"enabled": False}))
    now = app.health.clock()
    for i, state in enumerate(["up", "down"] * 6):
        app.timeline.record(TSG, Change("tunnel", "wan1", "lyon", state, now - 600 + 30 * i))
    loop = asyncio.new_event_loop()
    http = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://emu")
    a = DEMO_ACCOUNT
    token = loop.run_until_complete(http.post(
        "/oauth2/access_token", auth=(a["client_id"], a["client_secret"]),
        data={"grant_type": "client_credentials", "scope": f"tsg_id:{TSG}"})).json()["access_token"]
    yield app, loop, http, {**HEADERS, "Authorization": f"Bearer {token}"}
    loop.run_until_complete(http.aclose())
    loop.close()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(data=st.data(), op=st.sampled_from(HEALTH_OPS), segment=st.sampled_from(
    ["tunnels", "tunnel_list", "tunnel_status", "query1", "x", "%00", "00000000-0000-4000-8000-000000000000"]))
def test_no_body_sent_to_a_health_api_gets_a_5xx(busy: Any, data: st.DataObject, op: Any, segment: str) -> None:
    _app, loop, http, headers = busy
    shaped = INCIDENT_BODIES if op.resource.family == "incidents" else INSIGHTS_BODIES
    body = data.draw(st.one_of(shaped, shaped, shaped, JUNK))
    path = re.sub(r"\{[^}]+\}", segment, op.path)
    resp = loop.run_until_complete(http.request(op.method, path, json=body, headers=headers))
    assert resp.status_code < 500, (op.qualified_name, body, resp.text[:300])
    if resp.status_code >= 400:
        answer = resp.json()
        assert answer["_errors"][0]["code"] and answer["_request_id"], resp.text[:300]
        if resp.status_code != 401:
            assert answer["errorCode"] and answer["details"], resp.text[:300]
