"""What the emulator keeps, and what it answers about it: objects addressed by name,
singletons, BGP routing, folder ids, push jobs' end times and the shape of a 400.

Each behaviour is checked over the legacy ``/sse/config/v1/...`` family and, where the
operation has one, the unified ``/config/<group>/v1/...`` family. pan-scm-sdk 0.15.1 (the
client named in the comments) uses the unified one.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest

from client_fixtures import async_client
from emulator_helpers import BASE, Api, make_app
from fakes import FakeClock
from sasekit import errors
from sasekit.emulator import DEMO_ACCOUNT, SYSTEM_FOLDERS
from sasekit.emulator.config import Account, system_folder_id
from sasekit.errors import APIError, BadRequest

pytestmark = pytest.mark.anyio

FAMILIES = ("legacy", "unified")
PATHS = {
    "bandwidth": {"legacy": f"{BASE}/bandwidth-allocations",
                  "unified": "/config/deployment/v1/bandwidth-allocations"},
    "gp_infra": {"legacy": f"{BASE}/mobile-agent/infrastructure-settings",
                 "unified": "/config/mobile-agent/v1/infrastructure-settings"},
    "shared_infra": {"legacy": f"{BASE}/shared-infrastructure-settings",
                     "unified": "/config/deployment/v1/shared-infrastructure-settings"},
    "bgp": {"legacy": f"{BASE}/bgp-routing", "unified": "/config/deployment/v1/bgp-routing"},
    "addresses": {"legacy": f"{BASE}/addresses", "unified": "/config/objects/v1/addresses"},
    "push": {"legacy": f"{BASE}/config-versions/candidate:push",
             "unified": "/config/operations/v1/config-versions/candidate:push"},
    "jobs": {"legacy": f"{BASE}/jobs", "unified": "/config/operations/v1/jobs"},
}
FOLDERS = "/config/setup/v1/folders"
MU = {"folder": "Mobile Users"}
# GET bgp-routing: the legacy spec requires a folder; the unified one takes none (pan-scm-sdk sends none).
SC = {"folder": "Service Connections"}
BGP_FIELDS = {"routing_preference", "backbone_routing", "accept_route_over_SC",
              "outbound_routes_for_services", "add_host_route_to_ike_peer", "withdraw_static_route"}


@pytest.fixture(params=FAMILIES)
def family(request) -> str:
    return request.param


@pytest.fixture
def app():
    # No seeded bandwidth allocations: the tests below count the allocations they make.
    return make_app(push_s=30, seed_bandwidth_allocations="none")


@pytest.fixture
async def api(app):
    client = Api(app)
    yield client
    await client.aclose()


def state(app) -> list[dict]:
    """Everything the tenant's candidate holds, as the store has it."""
    return app.store.all_objects(DEMO_ACCOUNT["tsg_id"])


def error(resp) -> dict:
    return resp.json()["_errors"][0]


def gp_infra(name: str = "gp", hostname: str = "acme", **extra) -> dict:
    return {"name": name, "dns_servers": [{"name": "dns1", "primary_public_dns": {"dns_server": "192.0.2.53"}}],
            "ip_pools": [{"name": "pool1", "ip_pool": ["10.8.0.0/16"]}],
            "portal_hostname": {"default_domain": {"hostname": hostname}}, **extra}


# --------------------------------------------------------------------------- objects addressed by name


async def test_bandwidth_allocation_put_updates_the_region_in_place(api, family):
    path = PATHS["bandwidth"][family]
    made = await api.post(path, json={"name": "europe", "allocated_bandwidth": 50, "spn_name_list": ["eu-a"]})
    assert made.status_code == 201, made.text
    # pan-scm-sdk's BandwidthAllocations.update: PUT to the collection, the region named in the body.
    put = await api.put(path, json={"name": "europe", "allocated_bandwidth": 200, "spn_name_list": ["eu-a", "eu-b"]})
    assert put.status_code == 200, put.text
    assert put.json() == {"id": made.json()["id"], "name": "europe", "allocated_bandwidth": 200,
                          "spn_name_list": ["eu-a", "eu-b"]}
    listed = (await api.get(path, params={"limit": 200, "offset": 0})).json()
    assert listed["total"] == 1 and listed["data"] == [put.json()]
    again = await api.put(path, json={"name": "europe", "allocated_bandwidth": 300})
    assert again.status_code == 200 and again.json()["allocated_bandwidth"] == 300
    assert "spn_name_list" not in again.json()  # a PUT replaces the object
    gone = await api.delete(path, params={"name": "europe", "spn_name_list": "eu-a,eu-b"})
    assert gone.status_code == 200, gone.text
    assert (await api.get(path)).json()["data"] == []


async def test_bandwidth_allocation_put_of_an_unknown_region_is_404_and_stores_nothing(api, app, family):
    path = PATHS["bandwidth"][family]
    await api.post(path, json={"name": "europe", "allocated_bandwidth": 50})
    before = state(app)
    missing = await api.put(path, json={"name": "asia", "allocated_bandwidth": 10})
    assert missing.status_code == 404 and error(missing)["code"] == "E005"
    assert "asia" in error(missing)["details"]["message"]
    assert state(app) == before
    listed = (await api.get(path)).json()
    assert [r["name"] for r in listed["data"]] == ["europe"] and listed["total"] == 1


async def test_gp_infrastructure_settings_put_updates_in_place(api, family):
    path = PATHS["gp_infra"][family]
    made = await api.post(path, params=MU, json=gp_infra())
    assert made.status_code == 201, made.text
    # pan-scm-sdk's InfrastructureSettings.update: PUT ?folder=Mobile Users, the name in the body.
    put = await api.put(path, params=MU, json=gp_infra(hostname="acme-vpn", ipv6=True))
    assert put.status_code == 200, put.text
    assert put.json()["id"] == made.json()["id"] and put.json()["folder"] == "Mobile Users"
    assert put.json()["portal_hostname"] == {"default_domain": {"hostname": "acme-vpn"}} and put.json()["ipv6"]
    listed = (await api.get(PATHS["gp_infra"]["legacy"], params=MU)).json()
    assert listed["total"] == 1 and listed["data"] == [put.json()]


async def test_gp_infrastructure_settings_refused_puts_change_nothing(api, app, family):
    path = PATHS["gp_infra"][family]
    made = (await api.post(path, params=MU, json=gp_infra())).json()
    before = state(app)
    unknown = await api.put(path, params=MU, json=gp_infra(name="other"))
    assert unknown.status_code == 404 and error(unknown)["code"] == "E005"
    no_folder = await api.put(path, params={"folder": "Nowhere"}, json=gp_infra())
    assert no_folder.status_code == 400
    invalid = await api.put(path, params=MU, json={"name": "gp", "ipv6": True})  # required fields missing
    assert invalid.status_code == 400
    assert state(app) == before
    listed = (await api.get(PATHS["gp_infra"]["legacy"], params=MU)).json()
    assert listed["data"] == [made]


async def test_a_refused_update_by_id_leaves_the_store_as_it_was(api, app, family):
    path = PATHS["addresses"][family]
    one = await api.create_address("one")
    await api.create_address("two")
    before = state(app)
    clash = await api.put(f"{path}/{one['id']}", json={"name": "two", "fqdn": "x.example"})
    assert clash.status_code == 409 and error(clash)["code"] == "E006"
    missing = await api.put(f"{path}/{uuid.uuid4()}", json={"name": "three", "fqdn": "x.example"})
    assert missing.status_code == 404
    assert state(app) == before


async def test_a_singleton_is_created_by_its_first_put_and_updated_by_the_next(api, app, family):
    path = PATHS["shared_infra"][family]
    first = await api.put(path, json={"infra_bgp_as": "65000", "infrastructure_subnet": "172.16.0.0/16"})
    assert first.status_code == 200, first.text
    second = await api.put(path, json={"infra_bgp_as": "65001", "infrastructure_subnet": "172.16.0.0/16"})
    assert second.status_code == 200 and second.json()["id"] == first.json()["id"]
    listed = (await api.get(path)).json()
    if family == "legacy":  # {data, limit, offset, total}, as the legacy spec declares
        assert listed["total"] == 1 and listed["data"][0]["infra_bgp_as"] == "65001"
    else:  # the unified spec answers the settings object itself
        assert listed["infra_bgp_as"] == "65001" and listed["id"] == first.json()["id"]
    assert len(state(app)) == 1


# --------------------------------------------------------------------------- BGP routing


async def test_bgp_routing_answers_the_defaults_before_any_put(api):
    legacy = await api.get(PATHS["bgp"]["legacy"], params=SC)
    assert legacy.status_code == 200, legacy.text
    body = legacy.json()
    assert body["total"] == 1 and set(body["data"][0]) == BGP_FIELDS
    default = body["data"][0]
    assert default["routing_preference"] == {"default": {}}
    assert default["backbone_routing"] == "no-asymmetric-routing"
    assert default["outbound_routes_for_services"] == []
    unified = await api.get(PATHS["bgp"]["unified"])
    assert unified.status_code == 200 and unified.json() == default  # the object itself
    assert "success" not in unified.json()


async def test_bgp_routing_put_is_stored_and_get_returns_it(api, family):
    path = PATHS["bgp"][family]
    # What pan-scm-sdk's BGPRouting.update sends: only the fields set.
    put = await api.put(path, json={"routing_preference": {"hot_potato_routing": {}},
                                    "backbone_routing": "asymmetric-routing-only",
                                    "outbound_routes_for_services": ["10.0.0.0/8"]})
    assert put.status_code == 200, put.text
    stored = put.json()
    assert set(stored) == BGP_FIELDS
    assert stored["routing_preference"] == {"hot_potato_routing": {}}
    assert stored["outbound_routes_for_services"] == ["10.0.0.0/8"]
    assert stored["accept_route_over_SC"] is False  # not sent: kept
    legacy = (await api.get(PATHS["bgp"]["legacy"], params=SC)).json()
    unified = (await api.get(PATHS["bgp"]["unified"])).json()
    assert legacy["data"] == [stored] and unified == stored
    # A later PUT changes what it sends and keeps the rest.
    again = await api.put(path, json={"withdraw_static_route": True})
    assert again.status_code == 200
    assert again.json() == {**stored, "withdraw_static_route": True}
    assert (await api.get(PATHS["bgp"]["unified"])).json() == again.json()


async def test_a_refused_bgp_routing_put_keeps_the_settings(api, app, family):
    path = PATHS["bgp"][family]
    ok = (await api.put(path, json={"backbone_routing": "asymmetric-routing-with-load-share"})).json()
    before = state(app)
    bad = await api.put(path, json={"backbone_routing": "sideways"})
    assert bad.status_code == 400 and error(bad)["code"] == "API_I00035"
    assert state(app) == before
    assert (await api.get(PATHS["bgp"]["unified"])).json() == ok


async def test_bgp_routing_is_not_a_service_connection(api):
    await api.put(PATHS["bgp"]["legacy"], json={"withdraw_static_route": True})
    listed = (await api.get(f"{BASE}/service-connections", params={"folder": "Service Connections"})).json()
    assert listed["data"] == [] and listed["total"] == 0


# --------------------------------------------------------------------------- folder ids


async def test_every_folder_id_is_a_uuid(api):
    made = await api.post(FOLDERS, json={"name": "Lab", "parent": "Shared"})
    assert made.status_code == 201, made.text
    folders = (await api.get(FOLDERS)).json()["data"]
    assert [f["name"] for f in folders] == [*SYSTEM_FOLDERS, "Lab"]
    for f in folders:
        assert str(uuid.UUID(f["id"])) == f["id"], f  # pan-scm-sdk's FolderResponseModel: id is a UUID
    assert len({f["id"] for f in folders}) == len(folders)


async def test_system_folder_ids_are_the_same_on_every_start_and_differ_per_tenant():
    other = Account("other@2222222222.iam.panserviceaccount.com", "other-secret-123456", "2222222222")
    accounts = [Account(**DEMO_ACCOUNT), other]
    runs = []
    for _ in range(2):
        app = make_app(accounts=[a.__dict__ for a in accounts])
        ids = {}
        for account in accounts:
            client = Api(app, account.__dict__)
            ids[account.tsg_id] = {f["name"]: f["id"] for f in (await client.get(FOLDERS)).json()["data"]}
            await client.aclose()
        runs.append(ids)
    assert runs[0] == runs[1]
    demo, second = runs[0][DEMO_ACCOUNT["tsg_id"]], runs[0][other.tsg_id]
    assert demo == {n: system_folder_id(DEMO_ACCOUNT["tsg_id"], n) for n in SYSTEM_FOLDERS}
    assert not set(demo.values()) & set(second.values())


async def test_folders_by_id_get_update_and_delete(api):
    folders = (await api.get(FOLDERS)).json()["data"]
    shared = next(f for f in folders if f["name"] == "Shared")
    got = await api.get(f"{FOLDERS}/{shared['id']}")
    assert got.status_code == 200 and got.json() == shared
    refused = await api.put(f"{FOLDERS}/{shared['id']}", json={"name": "Shared", "parent": "", "description": "x"})
    assert refused.status_code == 403
    assert (await api.delete(f"{FOLDERS}/{shared['id']}")).status_code == 403

    lab = (await api.post(FOLDERS, json={"name": "Lab", "parent": "Shared"})).json()
    changed = await api.put(f"{FOLDERS}/{lab['id']}", json={"name": "Lab", "parent": "Shared", "description": "lab"})
    assert changed.status_code == 200 and changed.json()["id"] == lab["id"]
    assert (await api.get(f"{FOLDERS}/{lab['id']}")).json()["description"] == "lab"
    taken = await api.put(f"{FOLDERS}/{lab['id']}", json={"name": "Mobile Users", "parent": "Shared"})
    assert taken.status_code == 409
    assert (await api.get(f"{FOLDERS}/{lab['id']}")).json()["name"] == "Lab"
    assert (await api.delete(f"{FOLDERS}/{lab['id']}")).status_code == 200
    assert (await api.get(f"{FOLDERS}/{lab['id']}")).status_code == 404
    assert (await api.get(f"{FOLDERS}/system-shared")).status_code == 404  # the old ids are gone


# --------------------------------------------------------------------------- push jobs


async def test_a_running_job_has_no_end_ts_and_a_finished_one_has(api, app, family):
    clock = FakeClock()
    app.handlers.clock = clock
    pushed = await api.post(PATHS["push"][family], json={"folders": ["Shared"], "description": "d"})
    assert pushed.status_code == 201, pushed.text
    job_path = f"{PATHS['jobs'][family]}/{pushed.json()['job_id']}"
    clock.now += 10  # a third of the way
    running = (await api.get(job_path)).json()["data"][0]
    assert running["status_str"] == "ACT" and running["result_str"] == "PEND"
    # pan-scm-sdk's JobStatusData takes end_ts as Optional[datetime]: "" would not parse.
    assert "end_ts" not in running
    assert running["start_ts"] and running["last_update"]
    for job in (await api.get(PATHS["jobs"][family])).json()["data"]:
        assert "end_ts" not in job
    clock.now += 25
    done = (await api.get(job_path)).json()["data"][0]
    assert done["status_str"] == "FIN" and done["result_str"] == "OK"
    end = datetime.strptime(done["end_ts"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
    start = datetime.strptime(done["start_ts"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
    assert (end - start).total_seconds() == pytest.approx(30, abs=1)
    listed = (await api.get(PATHS["jobs"][family])).json()["data"]
    assert all(j["end_ts"] == done["end_ts"] for j in listed)


# --------------------------------------------------------------------------- 400 answers


async def test_validation_400s_carry_the_real_services_code_and_message(api, family):
    path = PATHS["addresses"][family]

    def in_folder(folder: str) -> dict:  # the legacy family names it in the query, the unified in the body
        if family == "legacy":
            return {"params": {"folder": folder}, "json": {"name": "a", "fqdn": "a.example"}}
        return {"json": {"name": "a", "fqdn": "a.example", "folder": folder}}

    answers = [
        await api.post(path, json={"name": "a", "fqdn": "a.example"}),  # no folder
        await api.post(path, params={"folder": "Shared"}, content=b"{not json"),
        await api.post(path, **in_folder("Nowhere")),
        await api.post(path, **{**in_folder("Shared"), "json": {**in_folder("Shared")["json"], "name": "n" * 64}}),
        await api.post(PATHS["push"][family], json={"folders": []}),
    ]
    for resp in answers:
        assert resp.status_code == 400, resp.text
        body = resp.json()
        assert body["_errors"] == [{"code": "API_I00035", "message": "Invalid Request Payload ",
                                    "details": body["_errors"][0]["details"]}]
        details = body["_errors"][0]["details"]
        assert isinstance(details, list) and details and all(isinstance(d, str) for d in details)
        assert isinstance(body["_request_id"], str) and body["_request_id"]
    assert any("folder" in d for d in answers[0].json()["_errors"][0]["details"])
    assert any("Nowhere" in d for d in answers[2].json()["_errors"][0]["details"])


async def test_sasekits_client_reads_these_400s_as_bad_requests():
    client, _ = async_client(make_app(), validate=False)  # so that the request reaches the emulator
    async with client:
        with pytest.raises(errors.BadRequest) as exc:
            await client.call("address", "create", folder="Shared", name="n" * 64, fqdn="x.example")
    assert exc.value.status == 400 and exc.value.codes == ("API_I00035",)
    assert "Invalid Request Payload: " in str(exc.value) and '"name"' in str(exc.value)


async def test_the_real_400_body_is_classified_from_the_emulators_answer(api):
    resp = await api.post(PATHS["addresses"]["legacy"], json={"name": "a", "fqdn": "a.example"})
    err = APIError.from_response(resp.status_code, "POST", PATHS["addresses"]["legacy"], resp.content)
    assert type(err) is BadRequest and err.request_id == resp.json()["_request_id"]
    assert str(err).endswith(': Invalid Request Payload: "folder" is required')
