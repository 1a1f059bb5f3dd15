"""The emulator's configuration API: surface, state, validation and errors."""

from __future__ import annotations

import asyncio
import uuid

import pytest

from emulator_helpers import BASE, Api, make_app
from sasekit.emulator import SYSTEM_FOLDERS, Account, EmulatorConfig, create_app

pytestmark = pytest.mark.anyio


@pytest.fixture
async def api():
    client = Api(make_app(push_s=0.2))
    yield client
    await client.aclose()


async def test_address_crud_on_both_url_families(api):
    created = await api.create_address("web1", ip_netmask="198.51.100.7/32", tag=["Blocked"])
    uuid.UUID(created["id"])
    assert created["folder"] == "Shared" and created["ip_netmask"] == "198.51.100.7/32"
    got = await api.get(f"{BASE}/addresses/{created['id']}")
    assert got.status_code == 200 and got.json() == created
    unified = await api.get(f"/config/objects/v1/addresses/{created['id']}")
    assert unified.json() == created
    listed = (await api.get("/config/objects/v1/addresses", params={"folder": "Shared"})).json()
    assert listed["total"] == 1 and listed["data"] == [created]
    upd = await api.put(f"{BASE}/addresses/{created['id']}", json={"name": "web1", "fqdn": "example.com"})
    assert upd.status_code == 200 and upd.json()["fqdn"] == "example.com" and "ip_netmask" not in upd.json()
    gone = await api.delete(f"/config/objects/v1/addresses/{created['id']}")
    assert gone.status_code == 200
    missing = await api.get(f"{BASE}/addresses/{created['id']}")
    assert missing.status_code == 404 and missing.json()["_errors"][0]["code"] == "E005"
    assert "_request_id" in missing.json()


async def test_duplicate_name_in_folder_is_409_e006_but_other_folders_are_fine(api):
    await api.create_address("dup")
    again = await api.post(f"{BASE}/addresses", params={"folder": "Shared"},
                           json={"name": "dup", "ip_netmask": "192.0.2.2/32"})
    assert again.status_code == 409 and again.json()["_errors"][0]["code"] == "E006"
    other = await api.post(f"{BASE}/addresses", params={"folder": "Mobile Users"},
                           json={"name": "dup", "ip_netmask": "192.0.2.2/32"})
    assert other.status_code == 201


async def test_delete_of_referenced_address_is_409_e009(api):
    a = await api.create_address("bad-ip")
    grp = await api.post(f"{BASE}/address-groups", params={"folder": "Shared"},
                         json={"name": "blocked", "static": ["bad-ip"]})
    assert grp.status_code == 201, grp.text
    refused = await api.delete(f"{BASE}/addresses/{a['id']}")
    assert refused.status_code == 409
    err = refused.json()["_errors"][0]
    assert err["code"] == "E009" and "blocked" in str(err["details"])
    await api.delete(f"{BASE}/address-groups/{grp.json()['id']}")
    assert (await api.delete(f"{BASE}/addresses/{a['id']}")).status_code == 200


async def test_list_pagination_name_filter_and_envelopes(api):
    for i in range(7):
        await api.create_address(f"host-{i}", ip_netmask=f"192.0.2.{i}/32")
    page = (await api.get(f"{BASE}/addresses", params={"folder": "Shared", "limit": 3, "offset": 3})).json()
    assert (page["limit"], page["offset"], page["total"]) == (3, 3, 7)
    assert [a["name"] for a in page["data"]] == ["host-3", "host-4", "host-5"]
    named = (await api.get(f"{BASE}/addresses", params={"folder": "Shared", "name": "host-6"})).json()
    assert [a["name"] for a in named["data"]] == ["host-6"]
    bare = await api.get(f"{BASE}/license-types")
    assert bare.status_code == 200 and isinstance(bare.json(), list)
    versions = await api.get(f"{BASE}/config-versions")
    assert isinstance(versions.json(), list)


async def test_validation_reports_every_field(api):
    resp = await api.post(f"{BASE}/addresses", params={"folder": "Shared"},
                          json={"name": "x" * 70, "ip_netmask": "1.1.1.1/32", "fqdn": "a.example.com",
                                "tag": ["t"] * 65, "colour": "red"})
    assert resp.status_code == 400
    err = resp.json()["_errors"][0]
    assert err["code"] == "API_I00035"
    text = " ".join(err["details"])
    for field in ("name", "tag", "colour", "fqdn"):
        assert f'"{field}' in text, (field, text)
    missing_folder = await api.get(f"{BASE}/addresses")
    assert missing_folder.status_code == 400
    assert any('"folder" is required' in d for d in missing_folder.json()["_errors"][0]["details"])


async def test_custom_folder_must_exist_and_can_be_created(api):
    resp = await api.post(f"{BASE}/addresses", params={"folder": "Lab"}, json={"name": "a", "fqdn": "a.example"})
    assert resp.status_code == 400
    created = await api.post("/config/setup/v1/folders", json={"name": "Lab", "parent": "Shared"})
    assert created.status_code == 201, created.text
    ok = await api.post(f"{BASE}/addresses", params={"folder": "Lab"}, json={"name": "a", "fqdn": "a.example"})
    assert ok.status_code == 201
    folders = (await api.get("/config/setup/v1/folders")).json()
    names = [f["name"] for f in folders["data"]]
    assert names[:6] == list(SYSTEM_FOLDERS) and "Lab" in names and folders["total"] == 7


async def test_malformed_input_never_500(api):
    cases = [
        ("POST", f"{BASE}/addresses", {"params": {"folder": "Shared"}, "content": b"{not json"}),
        ("POST", f"{BASE}/addresses", {"params": {"folder": "Shared"}, "content": b"[1,2,3]"}),
        ("POST", f"{BASE}/addresses", {"params": {"folder": "Shared"}, "json": {"name": 5, "ip_netmask": []}}),
        ("POST", f"{BASE}/addresses", {"params": {"folder": "Shared"}, "json": {"name": "y" * 200_000}}),
        ("GET", f"{BASE}/addresses", {"params": {"folder": "Shared", "limit": "lots"}}),
        ("GET", f"{BASE}/no-such-thing", {}),
        ("PATCH", f"{BASE}/addresses", {}),
        ("POST", f"{BASE}/security-rules/x:move", {"params": {"folder": "Shared"}, "content": b"\xff\xfe"}),
        ("GET", f"{BASE}/jobs/not-a-number", {}),
        ("POST", f"{BASE}/config-versions:load", {"json": {"version": "abc"}}),
        ("POST", f"{BASE}/config-versions:load", {"json": {"version": 1.5}}),
    ]
    for method, path, kw in cases:
        resp = await api.request(method, path, **kw)
        assert resp.status_code < 500, (method, path, resp.status_code, resp.text)
        assert resp.status_code >= 400
        assert "_errors" in resp.json()


async def _rule(api, name, position="pre", **extra):
    body = {"name": name, "action": "deny", "from": ["any"], "to": ["any"], "source": ["any"],
            "destination": ["any"], "source_user": ["any"], "category": ["any"], "application": ["any"],
            "service": ["any"], **extra}
    resp = await api.post(f"{BASE}/security-rules", params={"folder": "Shared", "position": position}, json=body)
    assert resp.status_code == api.app.catalog.operation("securityRule.create").success_status, resp.text
    return resp.json()


async def _order(api, position="pre"):
    data = (await api.get(f"{BASE}/security-rules", params={"folder": "Shared", "position": position})).json()
    return [r["name"] for r in data["data"]]


async def test_rule_order_and_move(api):
    ids = {n: (await _rule(api, n))["id"] for n in ("a", "b", "c", "d")}
    await _rule(api, "p", position="post")
    assert await _order(api) == ["a", "b", "c", "d"] and await _order(api, "post") == ["p"]

    async def move(rule, **body):
        return await api.post(f"{BASE}/security-rules/{ids[rule]}:move", params={"folder": "Shared"},
                              json={"rulebase": "pre", **body})

    assert (await move("d", destination="top")).status_code == 200
    assert await _order(api) == ["d", "a", "b", "c"]
    assert (await move("d", destination="bottom")).status_code == 200
    assert await _order(api) == ["a", "b", "c", "d"]
    assert (await move("a", destination="after", destination_rule=ids["c"])).status_code == 200
    assert await _order(api) == ["b", "c", "a", "d"]
    assert (await move("d", destination="before", destination_rule=ids["b"])).status_code == 200
    assert await _order(api) == ["d", "b", "c", "a"]
    no_target = await move("a", destination="before")
    assert no_target.status_code == 400 and "destination_rule" in str(no_target.json())
    cross = await move("a", destination="top", rulebase="post")
    assert cross.status_code == 400
    # The unified move takes no query (scm-config/security.yaml; pan-scm-sdk sends none).
    unified = await api.post(f"/config/security/v1/security-rules/{ids['a']}:move",
                             json={"rulebase": "pre", "destination": "top"})
    assert unified.status_code == 200 and (await _order(api))[0] == "a"


async def _wait_job(api, job_id, timeout=5.0):
    for _ in range(int(timeout / 0.05)):
        data = (await api.get(f"{BASE}/jobs/{job_id}")).json()["data"][0]
        if data["status_str"] == "FIN":
            return data
        await asyncio.sleep(0.05)
    raise AssertionError("job did not finish")


async def test_push_ok_creates_parent_child_jobs_and_a_running_version(api):
    await api.create_address("blk", ip_netmask="203.0.113.42/32")
    await _rule(api, "Block", source=["blk"])
    resp = await api.post(f"{BASE}/config-versions/candidate:push",
                          json={"folders": ["Shared"], "description": "deploy"})
    assert resp.status_code == 201
    body = resp.json()
    assert body["success"] is True and body["message"] == f"CommitAndPush job enqueued with jobid {body['job_id']}"
    first = (await api.get(f"{BASE}/jobs/{body['job_id']}")).json()["data"][0]
    assert first["status_str"] == "ACT" and first["result_str"] == "PEND" and first["type_str"] == "CommitAndPush"
    job = await _wait_job(api, body["job_id"])
    assert job["result_str"] == "OK" and job["percent"] == "100"
    jobs = (await api.get("/config/operations/v1/jobs")).json()["data"]
    child = [j for j in jobs if j["parent_id"] == body["job_id"]]
    assert len(child) == 1 and child[0]["type_str"] == "CommitAll" and child[0]["result_str"] == "OK"
    assert all(isinstance(v, str) for v in job.values())
    versions = (await api.get(f"{BASE}/config-versions")).json()
    assert len(versions) == 1 and versions[0]["description"] == "deploy"
    running = (await api.get(f"{BASE}/config-versions/running")).json()
    assert running == [{"device": "Shared", "version": versions[0]["id"], "date": versions[0]["date"]}]


async def test_push_with_dangling_reference_fails_with_details(api):
    await _rule(api, "Block", source=["no-such-address"])
    job_id = (await api.post(f"{BASE}/config-versions/candidate:push", json={"folders": ["Shared"]})).json()["job_id"]
    job = await _wait_job(api, job_id)
    assert job["status_str"] == "FIN" and job["result_str"] == "FAIL"
    assert "no-such-address" in job["details"]
    assert (await api.get(f"{BASE}/config-versions")).json() == []


async def test_rollback_and_load_restore_candidates(api):
    await api.create_address("keep")
    job_id = (await api.post(f"{BASE}/config-versions/candidate:push", json={"folders": ["Shared"]})).json()["job_id"]
    await _wait_job(api, job_id)
    await api.create_address("scratch")
    names = lambda d: sorted(a["name"] for a in d["data"])  # noqa: E731
    assert names((await api.get(f"{BASE}/addresses", params={"folder": "Shared"})).json()) == ["keep", "scratch"]
    assert (await api.delete(f"{BASE}/config-versions/candidate")).status_code == 200
    assert names((await api.get(f"{BASE}/addresses", params={"folder": "Shared"})).json()) == ["keep"]
    await api.create_address("later")
    version = (await api.get(f"{BASE}/config-versions")).json()[0]["id"]
    loaded = await api.post(f"{BASE}/config-versions:load", json={"version": version})
    assert loaded.status_code == 201
    assert names((await api.get(f"{BASE}/addresses", params={"folder": "Shared"})).json()) == ["keep"]
    missing = await api.post(f"{BASE}/config-versions:load", json={"version": 999})
    assert missing.status_code == 404


async def test_roles_read_only_and_no_setup():
    accounts = [Account("ro", "s1", "111", "read-only"), Account("ns", "s2", "111", "no-setup")]
    app = create_app(EmulatorConfig(accounts=accounts))
    ro = Api(app, {"client_id": "ro", "client_secret": "s1", "tsg_id": "111"})
    ns = Api(app, {"client_id": "ns", "client_secret": "s2", "tsg_id": "111"})
    try:
        assert (await ro.get(f"{BASE}/addresses", params={"folder": "Shared"})).status_code == 200
        denied = await ro.post(f"{BASE}/addresses", params={"folder": "Shared"}, json={"name": "a", "fqdn": "a.b"})
        assert denied.status_code == 403 and denied.json()["_errors"][0]["code"] == "E007"
        assert (await ns.get("/config/setup/v1/folders")).status_code == 403
        assert (await ns.post(f"{BASE}/addresses", params={"folder": "Shared"},
                              json={"name": "a", "fqdn": "a.b"})).status_code == 201
    finally:
        await ro.aclose()
        await ns.aclose()


async def test_tenants_are_isolated():
    accounts = [Account("a", "sa", "1"), Account("b", "sb", "2")]
    app = create_app(EmulatorConfig(accounts=accounts))
    one, two = Api(app, {"client_id": "a", "client_secret": "sa", "tsg_id": "1"}), \
        Api(app, {"client_id": "b", "client_secret": "sb", "tsg_id": "2"})
    try:
        made = await one.create_address("mine")
        assert (await two.get(f"{BASE}/addresses/{made['id']}")).status_code == 404
        assert (await two.get(f"{BASE}/addresses", params={"folder": "Shared"})).json()["total"] == 0
    finally:
        await one.aclose()
        await two.aclose()


async def test_requests_need_a_valid_token(api):
    resp = await api.http.get(f"{BASE}/addresses", params={"folder": "Shared"})
    assert resp.status_code == 401 and resp.json()["_errors"][0]["code"] == "E016"
    resp = await api.http.get(f"{BASE}/addresses", params={"folder": "Shared"},
                              headers={"Authorization": "Bearer not.a.jwt"})
    assert resp.status_code == 401


async def test_every_operation_answers_without_server_error(api):
    """Smoke the whole surface: each of the 344 operations with minimal input gets no 5xx."""
    cat = api.app.catalog
    for key in cat.keys_in("config"):
        for name in cat.operation_names(key):
            op = cat[key].operations[name]
            path = op.path.replace("{id}", str(uuid.uuid4())).replace("{version}", "1").replace("{name}", "x")
            params = {p.name: ("Shared" if p.name == "folder" else "pre" if p.name == "position" else "x")
                      for p in op.parameters.values() if p.location == "query" and p.required}
            kw = {"params": params}
            if op.body is not None:
                kw["json"] = {}
            resp = await api.request(op.method, path, **kw)
            assert resp.status_code < 500, (op.qualified_name, resp.status_code, resp.text[:300])
