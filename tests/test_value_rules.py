"""Values the service checks, refused the same way on both sides of the wire.

The client refuses them before sending (no request leaves) and the emulator refuses the
same values on receipt with a 400 naming the field, the rule and the value, because both
run the one validator over the one catalog. Where Palo Alto's legacy spec declares no
constraint, the rule is a catalog fact with its source (``rule_sources``, and a
``rule-added`` diagnostic that ``sasekit catalog lint`` lists), not code in the validator.

Also here: a parameter with a documented default (``position``) is optional and the
client sends the default; a push names only folders of the tenant; and a push whose
candidate names a tag that does not exist fails, naming the tag.
"""

from __future__ import annotations

import httpx
import pytest

from client_fixtures import FAST_RETRY, async_client, config
from emulator_helpers import BASE, Api
from sasekit import AsyncClient, errors
from sasekit.catalog import compiler, load
from sasekit.catalog.compiler import load_yaml
from sasekit.emulator import DEMO_ACCOUNT, create_app
from sasekit.validate import FORMATS, validate_params, validate_value

pytestmark = pytest.mark.anyio

PUSH = f"{BASE}/config-versions/candidate:push"
RULE = {"folder": "Shared", "name": "r1", "action": "deny", "from": ["any"], "to": ["any"],
        "source": ["any"], "destination": ["any"], "application": ["any"], "service": ["any"]}

# (field, value, the rule that refuses it, the words of the message)
BAD_ADDRESSES = [
    ("ip_netmask", "300.1.1.1", "format", "not an IPv4 or IPv6 address with an optional /prefix"),
    ("ip_netmask", "999.1.1.1/32", "format", "not an IPv4 or IPv6 address with an optional /prefix"),
    ("ip_netmask", "hello", "format", "not an IPv4 or IPv6 address with an optional /prefix"),
    ("ip_netmask", "10.0.0.1/33", "format", "optional /prefix"),
    ("ip_netmask", "2001:db8::/129", "format", "optional /prefix"),
    ("ip_netmask", "010.1.1.1", "format", "optional /prefix"),  # leading zeros are ambiguous (octal?)
    ("ip_netmask", "10.0.0.0/255.255.255.0", "format", "optional /prefix"),  # a prefix length, not a mask
    ("ip_netmask", "fe80::1%eth0", "format", "optional /prefix"),
    ("ip_range", "10.0.0.9-10.0.0.1", "format", "first <= last"),
    ("ip_range", "10.0.0.1-2001:db8::1", "format", "two IPv4 or two IPv6"),
    ("ip_range", "10.0.0.1", "format", "not an IP range"),
    ("ip_range", "10.0.0.1-10.0.0.300", "format", "not an IP range"),
    ("ip_wildcard", "10.20.1.0/24", "format", "address/wildcard-mask"),
    ("ip_wildcard", "2001:db8::/ffff::", "format", "IPv4"),
    ("fqdn", "a..example.com", "format", "not a domain name"),
    ("fqdn", "a" * 64 + ".example.com", "format", "1 to 63"),
    ("fqdn", "web-.example.com", "format", "starting or ending with '-'"),
    ("fqdn", "*.example.com", "pattern", "does not match"),  # the spec's own pattern refuses '*'
]
GOOD_ADDRESSES = [
    ("ip_netmask", "192.0.2.1"), ("ip_netmask", "192.0.2.0/24"), ("ip_netmask", "198.51.100.0/24"),
    ("ip_netmask", "203.0.113.0/24"), ("ip_netmask", "203.0.113.42/32"),
    ("ip_netmask", "10.1.1.5/24"),  # host bits set: PAN-OS accepts it
    ("ip_netmask", "0.0.0.0/0"), ("ip_netmask", "255.255.255.255"),
    ("ip_netmask", "2001:db8::/32"), ("ip_netmask", "2001:db8::1"), ("ip_netmask", "::/0"),
    ("ip_netmask", "::ffff:192.0.2.1"),
    ("ip_range", "192.0.2.1-192.0.2.10"), ("ip_range", "192.0.2.1-192.0.2.1"),
    ("ip_range", "2001:db8::1-2001:db8::ff"),
    ("ip_wildcard", "10.20.1.0/0.0.248.255"), ("ip_wildcard", "10.132.1.1/0.0.2.255"),
    ("fqdn", "x.example"), ("fqdn", "www.example.com"), ("fqdn", "xn--bcher-kva.example"),
    ("fqdn", "_sip._tcp.example.com"),  # the spec's pattern takes '_'
    ("fqdn", "a" * 63 + ".example.com"),
]


def _op(qualified: str):
    return load().operation(qualified)


def _details(resp: httpx.Response) -> list[str]:
    assert resp.status_code == 400, resp.text
    err = resp.json()["_errors"][0]
    assert err["code"] == "API_I00035"
    return err["details"]


@pytest.fixture
async def api():
    client = Api(create_app(config()))
    yield client
    await client.aclose()


# --------------------------------------------------------------------------- address values


@pytest.mark.parametrize(("field", "value", "rule", "words"), BAD_ADDRESSES)
async def test_a_bad_address_value_is_refused_by_the_client_and_no_request_is_sent(field, value, rule, words):
    c, app = async_client()
    async with c:
        before = app.stats["requests"]
        with pytest.raises(errors.ValidationError) as exc:
            await c.address.create(folder="Shared", name="a1", **{field: value})
        assert app.stats["requests"] == before  # not even a token was fetched
    [problem] = exc.value.problems
    assert (problem.path, problem.rule, problem.value) == (field, rule, value)
    line = str(exc.value).splitlines()[-1].strip()
    assert line.startswith(f"{field}: ") and words in line and f"({rule}" in line
    assert repr(value)[:40] in line  # long values are cut with "…"


@pytest.mark.parametrize(("field", "value", "rule", "words"), BAD_ADDRESSES)
async def test_a_bad_address_value_sent_anyway_is_a_400_naming_field_rule_and_value(api, field, value, rule,
                                                                                    words):
    resp = await api.post(f"{BASE}/addresses", params={"folder": "Shared"}, json={"name": "a1", field: value})
    [detail] = _details(resp)
    assert detail.startswith(f'"{field}" ') and words in detail and repr(value)[:40] in detail
    assert f"({rule}" in detail
    assert (await api.get(f"{BASE}/addresses", params={"folder": "Shared"})).json()["total"] == 0


@pytest.mark.parametrize(("field", "value"), GOOD_ADDRESSES)
async def test_valid_address_values_are_accepted_on_both_sides(api, field, value):
    _, problems = validate_params(_op("address.create"), {"folder": "Shared", "name": "a1", field: value})
    assert problems == []
    resp = await api.post(f"{BASE}/addresses", params={"folder": "Shared"}, json={"name": "a1", field: value})
    assert resp.status_code == 201, resp.text
    assert resp.json()[field] == value


async def test_the_client_with_validation_off_gets_the_emulators_400():
    c, app = async_client(validate=False)
    async with c:
        with pytest.raises(errors.BadRequest) as exc:
            await c.address.create(folder="Shared", name="a1", ip_netmask="300.1.1.1")
    text = str(exc.value)
    assert "ip_netmask" in text and "format ip-netmask" in text and "300.1.1.1" in text
    assert app.stats["status"].get(400) == 1


# --------------------------------------------------------------------------- names and actions


@pytest.mark.parametrize("name", ["bad name!", "semi;colon", "slash/name", "quote'd", "tab\tname", "é-accent"])
async def test_an_object_name_outside_the_pan_os_rule_is_refused_on_both_sides(api, name):
    _, problems = validate_params(_op("address.create"),
                                  {"folder": "Shared", "name": name, "ip_netmask": "192.0.2.1"})
    assert [(p.path, p.rule, p.value) for p in problems] == [("name", "pattern", name)]
    resp = await api.post(f"{BASE}/addresses", params={"folder": "Shared"},
                          json={"name": name, "ip_netmask": "192.0.2.1"})
    [detail] = _details(resp)
    assert detail.startswith('"name" does not match ') and "(pattern)" in detail and repr(name) in detail


@pytest.mark.parametrize("name", ["Malicious_IP_203_0_113_42", "web server 1", "v1.2-prod", "a" * 63, "9lives"])
def test_names_inside_the_rule_are_accepted(name):
    for qualified in ("address.create", "securityRule.create", "addressGroup.create", "service.create"):
        node = _op(qualified).parameters["name"]
        assert validate_value(node, name) == [], qualified


def test_names_keep_their_length_limits():
    too_long = "a" * 64
    assert [p.rule for p in validate_value(_op("address.create").parameters["name"], too_long)] == ["maxLength"]
    assert [p.rule for p in validate_value(_op("securityRule.create").parameters["name"], too_long)] == \
        ["maxLength"]
    # a spec's own stricter limit stays: applications are at most 31 characters
    assert [p.rule for p in validate_value(_op("application.create").parameters["name"], "a" * 32)] == \
        ["maxLength"]


def test_tag_names_keep_the_characters_real_tenants_accept():
    """Tags are exempt from the name rule: clients in use against real tenants send ':',
    brackets, '&' and parentheses in tag names."""
    assert validate_value(_op("tag.create").parameters["name"], "env:prod (EU) [1] & more") == []


async def test_a_security_rule_action_outside_the_documented_set_is_refused_on_both_sides(api):
    c, app = async_client()
    async with c:
        with pytest.raises(errors.ValidationError) as exc:
            await c.securityRule.create({**RULE, "action": "blah"})
        assert app.stats["requests"] == 0
    [problem] = exc.value.problems
    assert (problem.path, problem.rule, problem.value) == ("action", "enum", "blah")
    assert "reset-both" in problem.message and "'blah'" in problem.message
    body = {k: v for k, v in RULE.items() if k != "folder"}
    resp = await api.post(f"{BASE}/security-rules", params={"folder": "Shared", "position": "pre"},
                          json={**body, "action": "blah"})
    [detail] = _details(resp)
    assert detail.startswith('"action" not one of ') and "(enum)" in detail and "'blah'" in detail
    for action in ("allow", "deny", "drop", "reset-client", "reset-server", "reset-both"):
        made = await api.post(f"{BASE}/security-rules", params={"folder": "Shared", "position": "pre"},
                              json={**body, "name": f"r-{action}", "action": action})
        assert made.status_code in (200, 201), made.text


# --------------------------------------------------------------------------- rules are catalog facts


def test_each_added_rule_is_a_catalog_fact_with_its_source():
    params = _op("address.create").parameters
    for field, fmt in (("ip_netmask", "ip-netmask"), ("ip_range", "ip-range"),
                       ("ip_wildcard", "ip-wildcard"), ("fqdn", "fqdn")):
        assert params[field].constraints["format"] == fmt and fmt in FORMATS
        assert params[field].rule_sources["format"]
    assert params["ip_netmask"].rule_sources["format"].startswith("PAN-OS admin guide")
    assert params["name"].rule_sources["pattern"].startswith("scm-config/")
    # a constraint the spec declares is kept, with no source of ours
    assert "pattern" not in params["fqdn"].rule_sources and params["fqdn"].constraints["pattern"]
    added = {d["message"].split(":", 1)[0] for d in load().diagnostics() if d["code"] == "rule-added"}
    assert {"address.ip_netmask", "address.ip_range", "address.ip_wildcard", "address.fqdn", "address.name",
            "securityRule.action", "securityRule.name"} <= added


def test_rules_read_from_a_spec_say_exactly_what_that_spec_says(spec_dir):
    """A rule whose source is a JSON pointer into a Palo Alto spec carries that spec's value."""
    checked = 0
    for key in load():
        for shape in load()[key].shapes.values():
            for name, prop in shape.properties.items():
                for keyword, source in prop.rule_sources.items():
                    if "#" not in source:
                        continue
                    rel, pointer = source.split("#", 1)
                    node = load_yaml(spec_dir / rel)
                    for part in pointer.strip("/").split("/"):
                        node = node[part.replace("~1", "/").replace("~0", "~")]
                    assert prop.raw()[keyword] == node[keyword], (key, name, keyword)
                    checked += 1
    assert checked > 20


def test_a_format_is_applied_wherever_a_node_names_it():
    """validate.py knows formats, not resources: any node naming one is checked."""
    node = {"type": "string", "format": "ip-netmask"}
    assert [p.rule for p in validate_value(node, "300.1.1.1")] == ["format"]
    assert validate_value(node, "2001:db8::/64") == []
    assert validate_value({"type": "string", "format": "float"}, "anything") == []  # not ours: not checked


def test_the_rules_are_rebuilt_from_the_specs(spec_dir):
    built = compiler.build(spec_dir)
    node = built.resources["address"]["shapes"]["objects-addresses"]["properties"]["ip_netmask"]
    assert node["format"] == "ip-netmask" and node["rule_sources"]["format"]
    action = built.resources["securityRule"]["shapes"]["security-rules"]["properties"]["action"]
    assert action["enum"] == ["allow", "deny", "drop", "reset-client", "reset-server", "reset-both"]


# --------------------------------------------------------------------------- defaults


def test_a_spec_required_parameter_with_a_default_is_optional_and_recorded():
    for key in ("securityRule", "decryptionRule", "applicationOverrideRule", "authenticationRule",
                "qosPolicyRule"):
        for name in ("list", "create"):
            position = _op(f"{key}.{name}").parameters["position"]
            assert not position.required and position.default == "pre"
    found = {(d["file"], d["message"].split(" parameter", 1)[0]) for d in load().diagnostics()
             if d["code"] == "required-with-default" and "'position'" in d["message"]}
    legacy = {f for f in found if f[0].startswith("prisma-access-config/")}
    assert ("prisma-access-config/SecurityRules.yaml", "securityRule.create") in legacy and len(legacy) == 10
    assert ("scm-config/security.yaml", "securityRule.create") in found  # each family its own finding
    # body fields too: the service fills them in
    body = _op("remoteNetwork.create").body
    assert "license_type" not in body.required and body.properties["license_type"].get("default")


class Recording(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.requests: list[httpx.Request] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return await self.inner.handle_async_request(request)


async def test_position_omitted_is_sent_as_pre():
    app = create_app(config())
    recording = Recording(httpx.ASGITransport(app=app))
    a = DEMO_ACCOUNT
    c = AsyncClient(a["client_id"], a["client_secret"], a["tsg_id"], base_url="http://emu", auth_url="http://emu",
                    setup_url="http://emu", transport=recording, retry=FAST_RETRY, rate_limit=0)
    async with c:
        made = await c.securityRule.create(RULE)
        listed = await c.securityRule.list(folder="Shared")
        post = await c.securityRule.list(folder="Shared", position="post")
    sent = [r for r in recording.requests if "/security-rules" in r.url.path]
    assert [r.url.params.get("position") for r in sent] == ["pre", "pre", "post"]
    assert [r["id"] for r in listed["data"]] == [made["id"]] and post["data"] == []


def test_position_fills_in_with_validation_off_too():
    from sasekit.validate import route

    routed = route(_op("securityRule.create"), RULE)
    assert routed.query == {"folder": "Shared", "position": "pre"}
    assert route(_op("securityRule.create"), {**RULE, "position": "post"}).query["position"] == "post"
    # `position` copy-pasted onto an operation that is no rule is not sent unasked
    assert "position" not in route(_op("mfaServer.create"), {"folder": "Shared", "name": "m"}).query


async def test_the_emulator_files_a_rule_without_position_under_pre(api):
    body = {k: v for k, v in RULE.items() if k != "folder"}
    made = await api.post(f"{BASE}/security-rules", params={"folder": "Shared"}, json=body)
    assert made.status_code in (200, 201), made.text
    pre = (await api.get(f"{BASE}/security-rules", params={"folder": "Shared", "position": "pre"})).json()
    assert [r["name"] for r in pre["data"]] == ["r1"]


# --------------------------------------------------------------------------- push


async def test_a_push_to_a_folder_the_tenant_does_not_have_is_refused(api):
    resp = await api.post(PUSH, json={"folders": ["Bogus"], "description": "x"})
    [detail] = _details(resp)
    assert "'Bogus'" in detail and "Mobile Users" in detail and "Remote Networks" in detail
    assert (await api.get(f"{BASE}/jobs")).json()["total"] == 0  # no job was started
    c, _ = async_client(api.app)
    async with c:
        with pytest.raises(errors.BadRequest) as exc:
            await c.push(["Mobile Users", "Bogus"], "x", wait=False)
    assert "Bogus" in str(exc.value)


async def test_a_push_of_no_folder_is_refused(api):
    resp = await api.post(PUSH, json={"folders": [], "description": "x"})
    assert resp.status_code == 400
    assert "must name at least one folder" in _details(resp)[0]
    assert (await api.get(f"{BASE}/jobs")).json()["total"] == 0


async def test_a_push_to_system_and_custom_folders_is_accepted(api):
    folder = await api.post("/config/setup/v1/folders", json={"name": "Branch Offices", "parent": "Shared"})
    assert folder.status_code in (200, 201), folder.text
    for folders in (["Mobile Users", "Remote Networks"], ["Branch Offices"]):
        resp = await api.post(PUSH, json={"folders": folders, "description": "x"})
        assert resp.status_code == 201, resp.text
    invalid = _details(await api.post(PUSH, json={"folders": ["Branch"], "description": "x"}))
    assert "Branch Offices" in invalid[0]  # the tenant's own folders are listed as valid


async def test_a_push_naming_an_unknown_tag_fails_naming_the_tag():
    c, _ = async_client()
    async with c:
        await c.address.create(folder="Shared", name="a1", ip_netmask="192.0.2.1", tag=["NoSuchTag"])
        with pytest.raises(errors.JobFailed) as exc:
            await c.push(["Shared"], "x")
        assert "tag 'NoSuchTag' is not a valid reference" in str(exc.value)
        assert "address 'a1'" in str(exc.value)
        await c.tag.create(folder="Shared", name="NoSuchTag")
        done = await c.push(["Shared"], "again")
    assert done["job"]["result_str"] == "OK"


async def test_a_tag_in_shared_serves_every_folder_and_a_tag_elsewhere_does_not():
    c, _ = async_client()
    async with c:
        await c.tag.create(folder="Shared", name="Everywhere")
        await c.tag.create(folder="Remote Networks", name="OnlyRN")
        await c.address.create(folder="Mobile Users", name="a1", ip_netmask="192.0.2.1", tag=["Everywhere"])
        await c.address.create(folder="Remote Networks", name="a2", ip_netmask="192.0.2.2", tag=["OnlyRN"])
        assert (await c.push(["Mobile Users", "Remote Networks"], "ok"))["job"]["result_str"] == "OK"
        await c.address.create(folder="Mobile Users", name="a3", ip_netmask="192.0.2.3", tag=["OnlyRN"])
        with pytest.raises(errors.JobFailed) as exc:
            await c.push(["Mobile Users"], "fails")
    assert "address 'a3' in 'Mobile Users': tag 'OnlyRN'" in str(exc.value)
