"""The health APIs (SCM incidents, Prisma Access Insights 2.0) as catalog operations.

Compiled from Palo Alto's specs (families ``incidents`` and ``insights``, counted apart
from the configuration API's 77 resources and 344 operations), reached from the client and
the CLI like any other operation, through the one engine: its validator, rate limiter,
retries and shared token. ``X-PANW-Region`` and ``Prisma-Tenant`` come from the settings,
chosen by the catalog's parameter facts. All fast: fake transports, an in-process emulator.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from cli_helpers import USER_VARS, cli_runner
from client_fixtures import FAST_RETRY, async_client
from fakes import FakeClock, virtual_sleeps
from sasekit import Client, errors
from sasekit.catalog import load
from sasekit.catalog.compiler import load_yaml
from sasekit.catalog.health_apis import read_doc_calls
from sasekit.emulator.router import UNSERVED_FAMILIES, Router, served
from sasekit.engine import forget_tokens
from sasekit.settings import DEFAULT_INCIDENTS_URL, DEFAULT_INSIGHTS_URL, ENV_VARS, resolve
from sasekit.transport import RetryPolicy

CAT = load()
TSG = "1234567890"
SEARCH = {"filter": {"rules": [{"property": "status", "operator": "in", "values": ["Raised"]}]},
          "pagination": {"page_size": 50, "page_number": 1,
                         "order_by": [{"property": "updated_time", "order": "desc"}]}}
TUNNELS = {"filter": {"operator": "AND", "rules": [
    {"property": "event_time", "operator": "last_n_days", "values": [30]},
    {"property": "tunnel_state", "operator": "in", "values": [1]}]}}
ANSWER = {"header": {"dataCount": 1}, "data": [{"tunnel_name": "t1", "tunnel_state": 1}]}


class Fake:
    """An httpx transport standing in for the token endpoint and the APIs: answers from
    ``script`` (a list of (status, body, headers), the last one repeated) and keeps every
    API request it saw."""

    def __init__(self, *script: tuple[int, Any, dict[str, str]]) -> None:
        self.script = list(script) or [(200, ANSWER, {})]
        self.seen: list[httpx.Request] = []
        self.tokens = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/access_token"):
            self.tokens += 1
            return httpx.Response(200, json={"access_token": f"tok{self.tokens}", "token_type": "Bearer",
                                             "expires_in": 900})
        self.seen.append(request)
        status, body, headers = self.script.pop(0) if len(self.script) > 1 else self.script[0]
        return httpx.Response(status, json=body, headers=headers)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)


def client(fake: Fake, **kw: Any) -> Client:
    kw.setdefault("panw_region", "europe")
    kw.setdefault("retry", FAST_RETRY)
    kw.setdefault("rate_limit", 0)
    return Client("ops@1234567890.iam.panserviceaccount.com", "secret", TSG, base_url="http://scm.test",
                  auth_url="http://auth.test", setup_url="http://setup.test", incidents_url="http://incidents.test",
                  insights_url="http://insights.test", transport=fake.transport(), **kw)


@pytest.fixture(autouse=True)
def _own_tokens():
    forget_tokens()
    yield
    forget_tokens()


# --------------------------------------------------------------------------- the catalog


def test_the_health_families_are_counted_apart_from_the_configuration_api():
    stats = CAT.stats()
    assert (stats["legacy"]["resources"], stats["legacy"]["operations"]) == (77, 344)
    assert stats["unified"]["operations"] == 697
    assert (stats["incidents"]["resources"], stats["incidents"]["operations"]) == (1, 2)
    assert (stats["insights"]["resources"], stats["insights"]["operations"]) == (2, 10)
    fams = CAT.families
    assert dict(fams["incidents"]) == {"prefix": "/incidents/v1", "host": "incidents",
                                       "server": DEFAULT_INCIDENTS_URL}
    assert dict(fams["insights"]) == {"prefix": "/api/sase/v2.0/resource", "host": "insights",
                                      "server": DEFAULT_INSIGHTS_URL}
    for key in CAT.keys_in("incidents") + CAT.keys_in("insights"):
        assert all(not op.families for op in CAT[key].operations.values())  # on neither URL family


def _headers(op: Any) -> dict[str, tuple[bool, str | None]]:
    return {n: (p.required, p.setting) for n, p in op.parameters.items() if p.location == "header"}


def test_the_operations_have_their_method_path_and_headers():
    search, get = CAT["incident"].operations["search"], CAT["incident"].operations["get"]
    assert (search.method, search.path, search.reads) == ("POST", "/incidents/v1/search", True)
    assert (get.method, get.path, get.parameters["incident-id"].location) == (
        "GET", "/incidents/v1/details/{incident-id}", "path")
    for op in (search, get):
        assert _headers(op) == {"x-panw-region": (True, "panw_region"), "prisma-tenant": (False, "prisma_tenant")}
    assert set(search.parameters) - {"x-panw-region", "prisma-tenant"} == {"filter", "pagination"}
    assert search.parameters["x-panw-region"].suggestions == ("americas", "europe", "uk", "au")

    routes = {(k, n): f"{op.method} {op.path}" for k in ("dataResource", "dataResourceCustom")
              for n, op in CAT[k].operations.items()}
    custom = "POST /api/sase/v2.0/resource/custom/query"
    assert routes == {
        ("dataResource", "query"): "POST /api/sase/v2.0/resource/query/{resource_name}",
        ("dataResource", "get"): "GET /api/sase/v2.0/resource/{resource_name}",
        ("dataResource", "tunnelStatus"): "POST /api/sase/v2.0/resource/query/tunnel_status",
        ("dataResource", "edgeLocationCurrentStatus"): "POST /api/sase/v2.0/resource/query/edge_location_current_status",
        ("dataResource", "prismaSaseExternalAlertsCurrent"):
            "POST /api/sase/v2.0/resource/query/prisma_sase_external_alerts_current",
        ("dataResourceCustom", "query"): f"{custom}/{{feature_name}}/{{request_name}}",
        ("dataResourceCustom", "get"): "GET /api/sase/v2.0/resource/custom/{feature_name}/{request_name}",
        ("dataResourceCustom", "tunnelList"): f"{custom}/tunnels/tunnel_list",
        ("dataResourceCustom", "rnList"): f"{custom}/remotenetworks/rn_list",
        ("dataResourceCustom", "scList"): f"{custom}/serviceconnections/sc_list",
    }
    tunnels = CAT["dataResourceCustom"].operations["tunnelList"]
    assert tunnels.spec_path == f"{custom.split(' ')[1]}/{{feature_name}}/{{request_name}}" and tunnels.reads
    assert _headers(tunnels) == {"prisma-subtenant": (False, None), "prisma-tenant": (True, "prisma_tenant")}
    assert {"filter", "properties", "count", "histogram"} <= set(tunnels.parameters)
    assert tunnels.parameters["filter"].required and not tunnels.parameters["properties"].required
    assert "x-panw-region" not in tunnels.parameters  # Insights 2.0 declares no region header


def test_spec_quirks_are_diagnostics_with_file_and_path():
    found = {(d["code"], d["file"]) for d in CAT.diagnostics()}
    for code, file in [
        ("path-param-unused", "access-insights-2.0/DataResourceCustom.yaml"),  # tenant_id, not in the path
        ("header-from-docs", "access-insights-2.0/DataResourceCustom.yaml"),  # Prisma-Tenant undeclared
        ("enum-contradicted-by-docs", "access-insights-2.0/DataResourceCustom.yaml"),  # request_name, operator
        ("required-contradicted-by-docs", "access-insights-2.0/DataResource.yaml"),
        ("type-widened-by-docs", "access-insights-2.0/DataResource.yaml"),
        ("schema-map-artifact", "access-insights-2.0/DataResource.yaml"),
        ("doc-path-no-operation", "insights-docs/open-alerts.md"),
        ("doc-example-not-json", "insights-docs/raised-alerts.md"),
        ("header-from-setting", "scm-incidents/Unified_SCM_Incident.yaml"),
        ("pagination-page-number", "scm-incidents/Unified_SCM_Incident.yaml"),
        ("error-envelope-errorcode", "scm-incidents/Unified_SCM_Incident.yaml"),
    ]:
        assert (code, file) in found, (code, file)
    assert not [d for d in CAT.diagnostics() if d["code"] in ("doc-example-refused", "repair-target-missing")]


def test_every_documented_example_is_accepted_by_the_client(spec_dir):
    """The payloads of insights-docs, planned through the client: the spec repairs let every
    documented request through (raised-alerts.md's is not JSON: a diagnostic, skipped)."""
    fake = Fake()
    checked = 0
    with client(fake) as c:
        for md in sorted((spec_dir / "insights-docs").glob("*.md")):
            for call in read_doc_calls(md, md.name):
                match = [(k, n) for k in CAT.keys_in("insights") for n, op in CAT[k].operations.items()
                         if op.path == call.path and op.method == call.method]
                if not match or call.example is None or md.name == "raised-alerts.md":
                    continue
                plan = c.plan(*match[0], json.loads(call.example))
                assert plan.url == "http://insights.test" + call.path and plan.headers == {"prisma-tenant": TSG}
                checked += 1
    assert checked == 8 and not fake.seen


def test_the_settings_defaults_are_the_specs_servers(spec_dir):
    for folder, default in (("scm-incidents", DEFAULT_INCIDENTS_URL), ("access-insights-2.0", DEFAULT_INSIGHTS_URL)):
        for f in (spec_dir / folder).glob("*.yaml"):
            assert load_yaml(f)["servers"][0]["url"].rstrip("/") == default


# --------------------------------------------------------------------------- sending


def test_a_search_sends_method_url_headers_and_body_from_the_settings():
    fake = Fake((200, {"header": {}, "data": [{"incident_id": "i-1", "code": "INC_RN_PRIMARY_WAN_TUNNEL_DOWN"}]}, {}))
    with client(fake) as c:
        answer = c.call("incident", "search", SEARCH)
        c.call("incident", "get", {"incident-id": "i-1"})
        c.call("dataResourceCustom", "tunnelList", TUNNELS)
        c.call("address", "list", folder="Shared")
    assert answer["data"][0]["incident_id"] == "i-1"
    search, get, tunnels, config = fake.seen
    assert (search.method, str(search.url)) == ("POST", "http://incidents.test/incidents/v1/search")
    assert search.headers["X-PANW-Region"] == "europe" and search.headers["Prisma-Tenant"] == TSG
    assert search.headers["authorization"] == "Bearer tok1" and search.headers["content-type"] == "application/json"
    assert json.loads(search.content) == SEARCH
    assert (get.method, str(get.url)) == ("GET", "http://incidents.test/incidents/v1/details/i-1")
    assert get.headers["x-panw-region"] == "europe"
    assert str(tunnels.url) == "http://insights.test/api/sase/v2.0/resource/custom/query/tunnels/tunnel_list"
    assert tunnels.headers["prisma-tenant"] == TSG and "x-panw-region" not in tunnels.headers
    assert json.loads(tunnels.content) == TUNNELS
    # chosen by the operations' parameter facts: a configuration call carries neither
    assert str(config.url).startswith("http://scm.test/sse/config/v1/addresses")
    assert "x-panw-region" not in config.headers and "prisma-tenant" not in config.headers
    assert fake.tokens == 1  # one token for every host


def test_a_header_given_with_the_call_wins_and_prisma_tenant_has_its_own_setting():
    fake = Fake()
    with client(fake, prisma_tenant="1234567890:42") as c:
        c.call("incident", "search", {**SEARCH, "X-PANW-Region": "uk"})  # as the spec spells it
        c.call("dataResourceCustom", "scList", {"filter": {"rules": []}, "prisma-subtenant": "42"})
    search, sc = fake.seen
    assert search.headers["x-panw-region"] == "uk" and search.headers["prisma-tenant"] == "1234567890:42"
    assert json.loads(search.content) == SEARCH  # the header did not land in the body
    assert sc.headers["prisma-subtenant"] == "42" and sc.headers["prisma-tenant"] == "1234567890:42"


def test_the_region_and_tenant_come_from_env_profile_and_arguments(tmp_path):
    env = {"SCM_PANW_REGION": "americas", "SCM_PRISMA_TENANT": "77:78", "SCM_INCIDENTS_URL": "http://inc.env"}
    st = resolve(env=env, config_file=tmp_path / "none.toml")
    assert (st.panw_region, st.prisma_tenant, st.incidents_url) == ("americas", "77:78", "http://inc.env")
    assert st.source["panw_region"] == "env SCM_PANW_REGION"
    toml = tmp_path / "config.toml"
    toml.write_text('default_profile = "p"\n[profiles.p]\nclient_id = "a"\ntsg_id = "5"\npanw_region = "uk"\n'
                    'insights_url = "https://pa-de.api.prismaaccess.com"\n')
    st = resolve(env={}, config_file=toml)
    assert (st.panw_region, st.header_value("prisma_tenant"), st.insights_url) == (
        "uk", "5", "https://pa-de.api.prismaaccess.com")
    assert resolve(env=env, config_file=toml, panw_region="au").panw_region == "au"  # an argument wins
    assert ENV_VARS["panw_region"] == "SCM_PANW_REGION" and ENV_VARS["insights_url"] == "SCM_INSIGHTS_URL"
    with pytest.raises(errors.ConfigError, match="panw_region from env SCM_PANW_REGION must be a region name"):
        resolve(env={"SCM_PANW_REGION": "eu\r\nX-Evil: 1"}, config_file=tmp_path / "none.toml")


def test_a_missing_region_is_refused_before_anything_is_sent():
    fake = Fake()
    with client(fake, panw_region="") as c, pytest.raises(errors.ValidationError) as exc:
        c.call("incident", "search", SEARCH)
    [problem] = exc.value.problems
    assert (problem.path, problem.rule) == ("x-panw-region", "required")
    assert "SCM_PANW_REGION" in problem.message and "--panw-region" in problem.message
    assert not fake.seen and fake.tokens == 0


@pytest.mark.parametrize(("resource", "operation", "params", "path", "rule", "value"), [
    ("incident", "search", {"pagination": {"order_by": [{"property": "updated_time", "order": "up"}]}},
     "pagination.order_by[0].order", "enum", "up"),
    ("incident", "search", {"pagination": {"page_size": "fifty"}}, "pagination.page_size", "type", "fifty"),
    ("incident", "search", {"filters": {}}, "filters", "unknown", {}),
    ("dataResourceCustom", "tunnelList", {"filter": {"rules": [{"property": "x", "operator": "contains",
                                                                 "values": [1]}]}},
     "filter.rules[0].operator", "enum", "contains"),
    ("dataResourceCustom", "tunnelList", {**TUNNELS, "count": 20000}, "count", "maximum", 20000),
    ("dataResourceCustom", "rnList", {"count": 5}, "filter", "required", "filter"),
    ("dataResource", "tunnelStatus", {**TUNNELS, "histogram": {"property": "event_time", "range": "days"}},
     "histogram.range", "enum", "days"),
])
def test_a_bad_body_is_refused_naming_the_field_the_rule_and_the_value(resource, operation, params, path, rule,
                                                                         value):
    fake = Fake()
    with client(fake) as c, pytest.raises(errors.ValidationError) as exc:
        c.call(resource, operation, params)
    problems = [(p.path, p.rule, p.value) for p in exc.value.problems]
    assert problems == [(path, rule, value)]
    text = str(exc.value)
    assert path in text and (f"({rule}" in text or f"[{rule}]" in text)
    if rule not in ("required", "unknown"):
        assert repr(value) in text or str(value) in text
    assert not fake.seen  # nothing was sent


# --------------------------------------------------------------------------- one engine


def test_the_rate_limiter_holds_health_calls_after_a_429(monkeypatch):
    fake = Fake((429, {"errorCode": "REST10005", "message": "Too many requests"}, {"Retry-After": "7"}),
                (200, ANSWER, {}))
    with client(fake) as c:
        waits = virtual_sleeps(monkeypatch, c.engine, FakeClock())
        assert c.call("dataResourceCustom", "tunnelList", TUNNELS) == ANSWER
        assert waits == [7.0]  # the client's one limiter held the call for the Retry-After
        # ... and every other call of the client waits behind the same hold
        assert c.engine.limiter.ceiling == float("inf") or c.engine.limiter is not None


def test_health_calls_are_paced_by_the_clients_limiter(monkeypatch):
    fake = Fake()
    with client(fake, rate_limit=60) as c:
        waits = virtual_sleeps(monkeypatch, c.engine, FakeClock())
        for _ in range(25):  # 20 go at once (the burst); then one a second
            c.call("incident", "search", SEARCH)
        c.call("address", "list", folder="Shared")  # in the same queue
    assert len(fake.seen) == 26 and len(waits) == 6 and all(w == pytest.approx(1.0, abs=0.05) for w in waits)


def test_a_search_is_a_read_retried_like_a_get_and_a_401_renews_the_token(monkeypatch):
    fake = Fake((503, {"errorCode": "REST10001", "message": "Unavailable"}, {}),
                (401, {"errorCode": "REST10003", "message": "expired"}, {}), (200, ANSWER, {}))
    with client(fake) as c:
        virtual_sleeps(monkeypatch, c.engine, FakeClock())
        assert c.call("incident", "search", SEARCH) == ANSWER
    assert len(fake.seen) == 3 and fake.tokens == 2
    assert [r.headers["authorization"] for r in fake.seen] == ["Bearer tok1", "Bearer tok1", "Bearer tok2"]


def test_clients_share_one_token_across_the_configuration_and_health_apis():
    fake = Fake()
    with client(fake) as one, client(fake) as two:
        one.call("address", "list", folder="Shared")
        two.call("incident", "search", SEARCH)
        two.call("dataResource", "edgeLocationCurrentStatus", {"filter": {"rules": []}})
        assert one.tokens is two.tokens and fake.tokens == 1


def test_an_https_health_host_is_verified_when_the_others_are_plain_http():
    """An emulator for the configuration API (http) and the real incidents host (https):
    the blocking client switches to certificate verification when that host is first used."""
    c = Client("a@1.iam.panserviceaccount.com", "s", "1", base_url="http://127.0.0.1:9", auth_url="http://127.0.0.1:9",
               setup_url="http://127.0.0.1:9", panw_region="europe")
    try:
        assert c.engine.verify is False
        assert c.plan("incident", "search", SEARCH).url == DEFAULT_INCIDENTS_URL + "/incidents/v1/search"
        assert c.engine.verify is True
    finally:
        c.close()


# --------------------------------------------------------------------------- the emulator


def test_the_emulator_routes_and_serves_every_health_operation():
    router = Router(CAT)
    hit = router.match("POST", "/incidents/v1/search")
    assert hit is not None and hit.operation.qualified_name == "incident.search" and served(hit.operation)
    assert router.match("POST", "/api/sase/v2.0/resource/custom/query/tunnels/tunnel_list") is not None
    assert not UNSERVED_FAMILIES
    assert all(served(CAT[k].operations[n]) for k in CAT for n in CAT.operation_names(k))


@pytest.mark.anyio
async def test_a_client_pointed_at_the_emulator_reads_incidents_and_tunnels():
    c, _app = async_client(incidents_url="http://emu", insights_url="http://emu", panw_region="europe",
                          retry=RetryPolicy(max_retries=0))
    async with c:
        found = await c.call("incident", "search", SEARCH)
        assert found["data"] == [] and found["header"]["dataCount"] == 0
        tunnels = await c.call("dataResourceCustom", "tunnelList", TUNNELS)
        assert tunnels["data"] == [] and "createdAt" in tunnels["header"]
        assert (await c.call("address", "list", folder="Shared"))["total"] == 0


# --------------------------------------------------------------------------- the CLI


@pytest.fixture
def cli(capsys, monkeypatch, tmp_path):
    for name in (*USER_VARS, *(v for v in ENV_VARS.values() if v.startswith("SCM_"))):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SASEKIT_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("SCM_TSG_ID", TSG)
    return cli_runner(capsys, monkeypatch)


def test_the_cli_plans_the_calls_with_the_headers(cli, monkeypatch):
    monkeypatch.setenv("SCM_INSIGHTS_URL", "http://insights.test")
    r = cli("--panw-region", "americas", "incident", "search", "--json", json.dumps(SEARCH), "--dry-run")
    assert r.code == 0, r.err
    assert r.json() == {"method": "POST", "url": DEFAULT_INCIDENTS_URL + "/incidents/v1/search", "query": {},
                        "body": SEARCH, "headers": {"x-panw-region": "americas", "prisma-tenant": TSG}}
    r = cli("data-resource-custom", "tunnelList", "--filter", json.dumps(TUNNELS["filter"]), "--dry-run")
    assert r.code == 0, r.err
    assert r.json()["url"] == "http://insights.test/api/sase/v2.0/resource/custom/query/tunnels/tunnel_list"
    assert r.json()["headers"] == {"prisma-tenant": TSG}
    r = cli("incident", "get", "--incident-id", "i-9", "--x-panw-region", "uk", "-o", "json", "--dry-run")
    assert r.code == 2 and "--dry-run" in r.err  # a GET sends nothing to plan: no such option
    monkeypatch.setenv("SCM_PANW_REGION", "europe")
    r = cli("call", "-", "--dry-run", stdin=json.dumps({"resource": "incident", "operation": "search",
                                                        "parameters": SEARCH}))
    assert r.code == 0, r.err
    assert r.json()["headers"]["x-panw-region"] == "europe"


def test_the_cli_refuses_a_bad_body_in_one_line(cli):
    r = cli("--panw-region", "europe", "incident", "search", "--pagination", '{"page_number": "one"}', "--dry-run")
    assert r.code == 2 and r.lines[0].startswith("error: incident.search: pagination.page_number")
    assert "(type)" in r.lines[0] and "'one'" in r.lines[0]
    r = cli("incident", "search", "--dry-run")
    assert r.code == 2 and "x-panw-region" in r.lines[0] and "SCM_PANW_REGION" in r.lines[0]


def test_the_cli_lists_and_describes_the_health_operations(cli):
    rows = {r["resource"]: r["operations"] for r in cli("resources", "--family", "insights", "-o", "json").json()}
    assert set(rows) == {"dataResource", "dataResourceCustom"} and "tunnelList" in rows["dataResourceCustom"]
    described = cli("describe", "incident", "search", "-o", "json").json()
    assert (described["method"], described["path"], described["family"]) == ("POST", "/incidents/v1/search",
                                                                             "incidents")
    params = {p["parameter"]: p for p in described["parameters"]}
    assert params["x-panw-region"]["in"] == "header" and params["x-panw-region"]["flag"] == "--x-panw-region"
