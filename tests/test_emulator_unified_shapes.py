"""The unified family's answers, in the shapes its own spec declares, where they differ from
the legacy family or from what a generic handler would give: mobile-agent enable, the Setup
API's shares, audit logs, snapshots and trusts (integer ids per tenant), singleton defaults
and containers, jobs and config versions.

Each answer is checked twice: against the catalog's compiled unified response shape
(``op.variant("unified").response``, with :func:`sasekit.validate.validate_value`), and, where
the spec declares a ``format`` the catalog does not check (``date-time``), against the unified
spec file itself with the independent validator of the conformance run
(:mod:`conformance_schema`). The values a client relies on are asserted too. Times come from
the fake clock (``Handlers.clock``).
"""

from __future__ import annotations

import functools
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from conformance_schema import ResponseSchemas, load_yaml, mend_patterns
from emulator_helpers import BASE, Api, make_app
from fakes import FakeClock
from sasekit.catalog import load
from sasekit.emulator import DEMO_ACCOUNT
from sasekit.emulator.config import Account
from sasekit.validate import validate_value

pytestmark = pytest.mark.anyio

SETUP = "/config/setup/v1"
NOW = 1_796_000_000.0  # 2026-11-30 ...: the fake clock's start
RFC3339 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
LEGACY_TIME = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$")
SHARED = {"folder": "Shared"}


@functools.cache
def catalog() -> Any:
    return load()


def problems(qualified: str, answer: Any) -> list[str]:
    """What the compiled unified response shape of ``qualified`` finds wrong with ``answer``,
    taken out of the envelope the operation declares (each item of ``data`` or of a bare array).
    Undeclared fields are no fault in an answer: the spec's schemas leave
    ``additionalProperties`` open (the catalog closes them for requests only)."""
    key, name = qualified.split(".")
    op = catalog()[key].operations[name].variant("unified")
    assert op.response is not None, f"{qualified} declares no unified answer"
    if op.envelope == "data":
        items = answer["data"]
    elif op.envelope == "array":
        assert isinstance(answer, list), answer
        items = answer
    else:
        items = [answer]
    return [f"{p.path or '$'}: {p.message}" for item in items for p in validate_value(op.response, item)
            if p.rule != "unknown"]


@functools.cache
def _spec(spec_dir: Path, stem: str) -> ResponseSchemas:
    spec = load_yaml(spec_dir / "scm-config" / f"{stem}.yaml")
    mend_patterns(spec)
    servers = spec.get("servers") or [{"url": ""}]
    current = next((s for s in servers if s.get("description") == "Current"), servers[0])
    base = re.sub(r"^https?://[^/]+", "", current["url"]).rstrip("/")
    spec["paths"] = {base + path: item for path, item in spec.get("paths", {}).items()}
    return ResponseSchemas(spec, stem)


def violations(spec_dir: Path, stem: str, method: str, template: str, resp: Any) -> list[str]:
    """What the independent validator finds wrong with an answer, against the spec file itself."""
    schemas = _spec(spec_dir, stem)
    assert schemas.schema_uri(template, method, resp.status_code) is not None, (method, template)
    found = schemas.check(template, method, resp.status_code, resp.headers.get("content-type", ""), resp.content)
    return [str(v) for v in found]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW)


@pytest.fixture
def app(clock):
    app = make_app(push_s=30)
    app.handlers.clock = clock
    return app


@pytest.fixture
async def api(app):
    client = Api(app)
    yield client
    await client.aclose()


def rfc3339(t: float) -> str:
    return datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def objects(app, resource: str) -> list[dict]:
    return [o for o in app.store.all_objects(DEMO_ACCOUNT["tsg_id"]) if o["resource"] == resource]


def error(resp) -> dict:
    return resp.json()["_errors"][0]


# --------------------------------------------------------------------------- mobile-agent enable


async def test_mobile_agent_enable_answers_each_familys_shape(api):
    unified, legacy = "/config/mobile-agent/v1/enable", f"{BASE}/mobile-agent/enable"
    before = await api.get(unified)
    assert before.status_code == 200 and before.json() == {"enabled": False}
    assert problems("mobileAgentEnable.get", before.json()) == []
    assert (await api.get(legacy)).json() == {}  # legacy: unchanged, nothing before the POST
    assert (await api.post(unified)).status_code == 201
    after = await api.get(unified)
    assert after.json() == {"enabled": True} and problems("mobileAgentEnable.get", after.json()) == []
    # The legacy family keeps its own shape (MobileAgent.yaml: data.enabled).
    assert (await api.get(legacy)).json() == {"id": "singleton:mobileAgentEnable:", "data": {"enabled": True}}


async def test_mobile_agent_enable_conforms_to_the_unified_spec(api, spec_dir):
    await api.post("/config/mobile-agent/v1/enable")
    resp = await api.get("/config/mobile-agent/v1/enable")
    assert violations(spec_dir, "mobile-agent", "GET", "/config/mobile-agent/v1/enable", resp) == []


# --------------------------------------------------------------------------- Setup API: shares


async def test_a_share_gets_an_integer_id_per_tenant_and_keeps_it(api, app, clock, spec_dir):
    first = await api.put(f"{SETUP}/shared-snippets", json={"id": "snip-uuid-1", "pause_update": True})
    assert first.status_code == 200, first.text
    share = first.json()
    assert problems("sharedSnippet.update", share) == []
    assert violations(spec_dir, "setup", "PUT", f"{SETUP}/shared-snippets", first) == []
    assert share["id"] == 1 and share["snippet_uuid"] == "snip-uuid-1"
    assert share["recipient_paused_update"] is True and share["recipient_validate_before_update"] is False
    assert share["recipient_tsg"] == DEMO_ACCOUNT["tsg_id"] and share["created"] == rfc3339(NOW)
    clock.now += 60
    # By its integer id (as the body's string id): the settings sent change, the others stay.
    again = (await api.put(f"{SETUP}/shared-snippets", json={"id": "1", "validate_before_update": True})).json()
    assert again["id"] == 1 and again["recipient_paused_update"] is True
    assert again["recipient_validate_before_update"] is True
    assert again["created"] == rfc3339(NOW) and again["last_updated"] == rfc3339(NOW + 60)
    # ... or by its snippet's uuid.
    by_uuid = (await api.put(f"{SETUP}/shared-snippets", json={"id": "snip-uuid-1", "pause_update": False})).json()
    assert by_uuid["id"] == 1 and by_uuid["recipient_paused_update"] is False
    other = (await api.put(f"{SETUP}/shared-snippets", json={"id": "snip-uuid-2"})).json()
    assert other["id"] == 2
    listed = await api.get(f"{SETUP}/shared-snippets")
    assert listed.status_code == 200 and [s["id"] for s in listed.json()] == [1, 2]
    assert listed.json()[0] == by_uuid
    assert problems("sharedSnippet.list", listed.json()) == []
    assert violations(spec_dir, "setup", "GET", f"{SETUP}/shared-snippets", listed) == []
    assert len(objects(app, "sharedSnippet")) == 2


async def test_share_ids_are_counted_per_tenant():
    other = Account("other@2222222222.iam.panserviceaccount.com", "other-secret-123456", "2222222222")
    app = make_app(accounts=[Account(**DEMO_ACCOUNT).__dict__, other.__dict__])
    demo, second = Api(app), Api(app, other.__dict__)
    try:
        assert (await demo.put(f"{SETUP}/shared-snippets", json={"id": "a"})).json()["id"] == 1
        assert (await demo.put(f"{SETUP}/shared-snippets", json={"id": "b"})).json()["id"] == 2
        assert (await second.put(f"{SETUP}/shared-snippets", json={"id": "a"})).json()["id"] == 1
        assert [s["snippet_uuid"] for s in (await second.get(f"{SETUP}/shared-snippets")).json()] == ["a"]
    finally:
        await demo.aclose()
        await second.aclose()


async def test_shared_snippet_load_and_snapshot_compare_answer_their_declared_shapes(api, spec_dir):
    load_ = await api.post(f"{SETUP}/shared-snippets:load", json={"id": "snip-uuid-1", "validation": True})
    assert load_.status_code == 200 and load_.json() == {"id": "snip-uuid-1", "validation": True}
    assert problems("sharedSnippet.load", load_.json()) == []
    assert violations(spec_dir, "setup", "POST", f"{SETUP}/shared-snippets:load", load_) == []
    bare = await api.post(f"{SETUP}/shared-snippets:load", json={"id": "x"})
    assert bare.json() == {"id": "x"}
    compare = await api.post(f"{SETUP}/snippet-snapshots:compare",
                             json={"id": "snip-uuid-1", "version": 1, "comparing_version": 2})
    assert compare.status_code == 200 and compare.json() == []  # no contents kept: no differences
    assert problems("snippetSnapshot.compare", compare.json()) == []
    assert violations(spec_dir, "setup", "POST", f"{SETUP}/snippet-snapshots:compare", compare) == []


# --------------------------------------------------------------------------- Setup API: audit logs


async def test_audit_log_entries_have_integer_ids_and_are_read_back(api, clock, spec_dir):
    made = await api.post(f"{SETUP}/snippet-audit-logs",
                          json={"donor_tsg": "1111111111", "snippet_uuid": "snip-uuid-1", "action": "share",
                                "version": "3", "donor_created": 5})
    assert made.status_code == 200, made.text
    entry = made.json()
    assert problems("snippetAuditLog.create", entry) == []
    assert violations(spec_dir, "setup", "POST", f"{SETUP}/snippet-audit-logs", made) == []
    assert entry["id"] == 1 and entry["action"] == "share" and entry["donor_created"] == 5
    assert entry["user"] == DEMO_ACCOUNT["client_id"] and entry["created"] == rfc3339(NOW)
    clock.now += 5
    second = (await api.post(f"{SETUP}/snippet-audit-logs", json={"action": "load"})).json()
    assert second["id"] == 2 and second["created"] == rfc3339(NOW + 5)
    got = await api.get(f"{SETUP}/snippet-audit-logs/1", params={"type": "subscriber"})
    assert got.status_code == 200 and got.json() == entry  # stable across reads
    assert problems("snippetAuditLog.get", got.json()) == []
    assert violations(spec_dir, "setup", "GET", f"{SETUP}/snippet-audit-logs/{{id}}", got) == []
    for missing in ("3", "not-a-number"):
        gone = await api.get(f"{SETUP}/snippet-audit-logs/{missing}", params={"type": "subscriber"})
        assert gone.status_code == 404 and error(gone)["code"] == "E005"


# --------------------------------------------------------------------------- Setup API: trusts


async def test_a_trust_answers_without_the_null_it_was_sent_and_gets_an_id(api, app, spec_dir):
    body = {"tsg": "1111111111", "donor_tenant_name": "donor", "recipient_tenant_name": "me", "psk": "s3cret",
            "trust_id": None}
    made = await api.post(f"{SETUP}/trusts", json=body)
    assert made.status_code == 201, made.text
    trust = made.json()
    assert problems("trust.create", trust) == []
    assert violations(spec_dir, "setup", "POST", f"{SETUP}/trusts", made) == []
    assert None not in trust.values()
    assert trust["trust_id"] == 1 and trust["donor_tenant_name"] == "donor" and trust["psk"] == "s3cret"
    assert trust["created"] == rfc3339(NOW) and trust["created_by"] == DEMO_ACCOUNT["client_id"]
    assert (await api.post(f"{SETUP}/trusts", json={"tsg": "3333333333"})).json()["trust_id"] == 2
    named = await api.post(f"{SETUP}/trusts", json={**body, "trust_id": 7})
    assert named.status_code == 201 and named.json()["trust_id"] == 7
    clash = await api.post(f"{SETUP}/trusts", json={**body, "trust_id": 7})
    assert clash.status_code == 409 and error(clash)["code"] == "E006"
    assert len(objects(app, "trust")) == 3


async def test_a_trust_validation_answers_the_trust_and_stores_nothing(api, app, spec_dir):
    body = {"tsg": "1111111111", "donor_tenant_name": "donor", "recipient_tenant_name": "me", "psk": "s3cret"}
    stored = (await api.post(f"{SETUP}/trusts", json=body)).json()
    unknown = await api.post(f"{SETUP}/trust-validations", json={**body, "trust_id": None})
    assert unknown.status_code == 200, unknown.text
    assert unknown.json() == body  # the null the answer cannot hold is left out
    assert problems("trustValidation.create", unknown.json()) == []
    assert violations(spec_dir, "setup", "POST", f"{SETUP}/trust-validations", unknown) == []
    known = await api.post(f"{SETUP}/trust-validations", json={**body, "trust_id": stored["trust_id"]})
    assert known.json() == stored
    assert violations(spec_dir, "setup", "POST", f"{SETUP}/trust-validations", known) == []
    assert len(objects(app, "trust")) == 1 and objects(app, "trustValidation") == []


async def test_trusts_are_deleted_by_their_ids(api, app):
    ids = [(await api.post(f"{SETUP}/trusts", json={"tsg": str(n)})).json()["trust_id"] for n in range(3)]
    assert ids == [1, 2, 3]
    unknown = await api.delete(f"{SETUP}/trusts", params={"trustids": "1,9", "type": "publisher"})
    assert unknown.status_code == 404 and "9" in error(unknown)["details"]["message"]
    assert len(objects(app, "trust")) == 3  # none deleted
    bad = await api.delete(f"{SETUP}/trusts", params={"trustids": "1,x", "type": "publisher"})
    assert bad.status_code == 400
    gone = await api.delete(f"{SETUP}/trusts", params={"trustids": "1, 3", "type": "publisher"})
    assert gone.status_code == 200, gone.text
    assert [o["body"]["trust_id"] for o in objects(app, "trust")] == [2]


# --------------------------------------------------------------------------- singletons


async def test_auto_vpn_settings_answer_their_defaults_before_any_put(api, spec_dir):
    path = "/config/network/v1/auto-vpn-settings"
    resp = await api.get(path)
    assert resp.status_code == 200
    assert resp.json() == {"vpn_address_pool": [], "as_range": {"start": 64512, "end": 65534},
                           "enable_mesh_between_hubs": False}
    assert problems("autoVpnSetting.get", resp.json()) == []
    assert violations(spec_dir, "network", "GET", path, resp) == []
    # The settings are tenant-wide (GET names no container): a PUT naming a folder changes them.
    put = await api.put(path, params=SHARED, json={"vpn_address_pool": ["10.99.0.0/16"],
                                                   "as_range": {"start": 65000, "end": 65100}})
    assert put.status_code == 200, put.text
    got = (await api.get(path)).json()
    assert got["vpn_address_pool"] == ["10.99.0.0/16"] and got["as_range"] == {"start": 65000, "end": 65100}
    assert problems("autoVpnSetting.get", got) == []


async def test_ssl_decryption_settings_keep_their_container(api, app, spec_dir):
    path = "/config/security/v1/ssl-decryption-settings"
    decrypt = {"forward_trust_certificate": {"rsa": "fwd-trust"}, "trusted_root_CA": []}
    put = await api.put(path, params={"device": "0"}, json={"ssl_decrypt": decrypt})
    assert put.status_code == 200, put.text
    assert put.json()["device"] == "0" and put.json()["ssl_decrypt"] == decrypt
    assert problems("sslDecryptionSetting.update", put.json()) == []
    assert violations(spec_dir, "security", "PUT", path, put) == []
    # The unified family may name the container in the body.
    in_body = await api.put(path, json={"ssl_decrypt": {}, "snippet": "snip"})
    assert in_body.status_code == 200 and in_body.json()["snippet"] == "snip"
    listed = await api.get(path, params={"device": "0"})
    assert listed.json()["total"] == 1 and listed.json()["data"] == [put.json()]
    assert problems("sslDecryptionSetting.list", listed.json()) == []
    assert violations(spec_dir, "security", "GET", path, listed) == []
    # A second PUT to the same container changes the one object, which keeps its container.
    again = (await api.put(path, params={"device": "0"}, json={"ssl_decrypt": {"trusted_root_CA": []}})).json()
    assert again["id"] == put.json()["id"] and again["device"] == "0"
    # Settings written in no container could not be answered as the spec declares: refused.
    before = app.store.all_objects(DEMO_ACCOUNT["tsg_id"])
    nowhere = await api.put(path, json={"ssl_decrypt": {}})
    assert nowhere.status_code == 400 and "folder | snippet | device" in str(error(nowhere)["details"])
    assert app.store.all_objects(DEMO_ACCOUNT["tsg_id"]) == before


async def test_ssl_decryption_settings_posted_flat_are_read_nested(api, spec_dir):
    path = "/config/security/v1/ssl-decryption-settings"
    made = await api.post(path, json={"folder": "Shared", "forward_untrust_certificate": {"rsa": "untrust"}})
    assert made.status_code == 200, made.text
    # The POST answers its own (flat) schema ...
    assert made.json() == {"id": made.json()["id"], "folder": "Shared",
                           "forward_untrust_certificate": {"rsa": "untrust"}}
    assert problems("sslDecryptionSetting.create", made.json()) == []
    assert violations(spec_dir, "security", "POST", path, made) == []
    # ... the reads the nested one, with ssl_decrypt (required there) and the container.
    listed = await api.get(path, params=SHARED)
    assert listed.json()["data"] == [{"id": made.json()["id"], "folder": "Shared",
                                      "ssl_decrypt": {"forward_untrust_certificate": {"rsa": "untrust"}}}]
    assert problems("sslDecryptionSetting.list", listed.json()) == []
    assert violations(spec_dir, "security", "GET", path, listed) == []
    empty = await api.post(path, json={"device": "7"})
    assert (await api.get(path, params={"device": "7"})).json()["data"] == [
        {"id": empty.json()["id"], "device": "7", "ssl_decrypt": {}}]
    # A PUT to that container updates the POSTed object.
    put = (await api.put(path, params=SHARED, json={"ssl_decrypt": {"trusted_root_CA": []}})).json()
    assert put["id"] == made.json()["id"] and put["folder"] == "Shared"
    assert (await api.get(path, params=SHARED)).json()["total"] == 1


async def test_url_admin_overrides_carry_their_container(api, app, spec_dir):
    path = "/config/security/v1/url-admin-override"
    made = await api.post(path, params=SHARED, json={"password": "letmein", "mode": {"transparent": {}}})
    assert made.status_code == 200, made.text
    assert made.json()["folder"] == "Shared"
    listed = await api.get(path, params=SHARED)
    assert listed.json()["data"] == [made.json()]
    assert problems("urlAdminOverride.list", listed.json()) == []
    assert violations(spec_dir, "security", "GET", path, listed) == []
    # An empty container names none: a write so named is refused, nothing is stored without one.
    for container in ("folder", "snippet", "device"):
        empty = await api.post(path, params={container: ""}, json={"password": "x"})
        assert empty.status_code == 400 and error(empty)["details"] == [f'"{container}" is not allowed to be empty']
    assert [o["body"] for o in objects(app, "urlAdminOverride")] == [made.json()]
    ssl = await api.put("/config/security/v1/ssl-decryption-settings", params={"device": ""},
                        json={"ssl_decrypt": {}})
    assert ssl.status_code == 400 and error(ssl)["details"] == ['"device" is not allowed to be empty']
    assert objects(app, "sslDecryptionSetting") == []
    # A read with an empty one names none: it lists what the tenant has.
    assert (await api.get(path, params={"device": ""})).json()["data"] == [made.json()]


# --------------------------------------------------------------------------- jobs and config versions


async def _push(api, clock, family: str) -> str:
    path = (f"{BASE}/config-versions/candidate:push" if family == "legacy"
            else "/config/operations/v1/config-versions/candidate:push")
    resp = await api.post(path, json={"folders": ["Mobile Users"], "description": "nightly"})
    assert resp.status_code == 201, resp.text
    return resp.json()["job_id"]


@pytest.mark.parametrize("family", ["legacy", "unified"])
async def test_jobs_carry_a_device_name_on_both_families(api, clock, spec_dir, family):
    job_id = await _push(api, clock, family)
    running = (await api.get(f"/config/operations/v1/jobs/{job_id}")).json()["data"][0]
    assert running["device_name"] == "" and running["status_str"] == "ACT"
    # A running job has no end_ts yet: pan-scm-sdk's JobStatusData refuses "" there (see
    # jobs.view), although the unified schema requires the field. That is the only difference.
    assert [p.split(":")[0] for p in problems("job.get", {"data": [running]})] == ["end_ts"]
    clock.now += 30
    for path in (f"{BASE}/jobs", "/config/operations/v1/jobs"):
        listed = (await api.get(path)).json()["data"]
        assert {j["device_name"] for j in listed} == {""} and {j["status_str"] for j in listed} == {"FIN"}
    unified = await api.get("/config/operations/v1/jobs")
    assert problems("job.list", unified.json()) == []
    assert violations(spec_dir, "operations", "GET", "/config/operations/v1/jobs", unified) == []
    got = await api.get(f"/config/operations/v1/jobs/{job_id}")
    assert problems("job.get", got.json()) == []
    assert got.json()["data"][0]["start_ts"] == datetime.fromtimestamp(NOW, UTC).strftime("%Y-%m-%d %H:%M:%S")


async def test_config_version_dates_are_rfc3339_on_unified_and_job_text_on_legacy(api, clock, spec_dir):
    await _push(api, clock, "unified")
    clock.now += 30  # the push finishes at NOW + 30: the version is made then
    done = rfc3339(NOW + 30)
    unified = await api.get("/config/operations/v1/config-versions")
    assert unified.status_code == 200
    version = unified.json()["data"][0]
    assert version["date"] == done and RFC3339.match(version["date"])
    assert problems("configVersion.list", unified.json()) == []
    assert violations(spec_dir, "operations", "GET", "/config/operations/v1/config-versions", unified) == []
    running = await api.get("/config/operations/v1/config-versions/running")
    assert running.json()["data"] == [{"device": "Mobile Users", "version": version["id"], "date": done}]
    assert problems("configVersion.getRunning", running.json()) == []
    assert violations(spec_dir, "operations", "GET", "/config/operations/v1/config-versions/running",
                      running) == []
    # The legacy family keeps the service's job-time text for the same instant.
    text = datetime.fromtimestamp(NOW + 30, UTC).strftime("%Y-%m-%d %H:%M:%S")
    legacy = (await api.get(f"{BASE}/config-versions")).json()
    assert legacy[0]["date"] == text and LEGACY_TIME.match(legacy[0]["date"])
    assert legacy[0]["created"] == NOW + 30
    assert (await api.get(f"{BASE}/config-versions/running")).json() == [
        {"device": "Mobile Users", "version": version["id"], "date": text}]
    by_version = (await api.get(f"{BASE}/config-versions/{version['id']}")).json()
    assert by_version["date"] == text


# --------------------------------------------------------------------------- certificates


async def test_certificate_validity_is_openssl_text_on_both_families(api):
    """Not the unified spec's ``format: date``: the service sends what PAN-OS stores
    (``"Dec 02 05:53:40 2026 GMT"``, with the instant in ``expiry_epoch``). The evidence is in
    the deviation the conformance run lists for it."""
    made = await api.post("/config/identity/v1/certificates",
                          json={"certificate_name": "web", "common_name": "web.example.com", "signed_by": "root",
                                "algorithm": {"rsa_number_of_bits": 2048}, "digest": "sha256", "folder": "Shared"})
    assert made.status_code == 201, made.text
    openssl = re.compile(r"^[A-Z][a-z]{2} \d\d \d\d:\d\d:\d\d \d{4} GMT$")
    for path in ("/config/identity/v1/certificates", f"{BASE}/certificates"):
        cert = (await api.get(path, params=SHARED)).json()["data"][0]
        assert openssl.match(cert["not_valid_before"]) and openssl.match(cert["not_valid_after"])
        assert cert["expiry_epoch"].isdigit()
