"""The shared validator, run against the real committed catalog.

The client and the emulator both call it, so these tests pin what "valid" means:
the guide's own examples pass, bad requests report every problem at once with a
path that points at the value, and the spec quirks (folder suggestions, patterns
Python's ``re`` cannot read) are handled the way the real service behaves.
"""

from __future__ import annotations

import re
import subprocess
import sys
import warnings

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sasekit.catalog import load
from sasekit.validate import (
    RULES,
    Problem,
    Routed,
    coerce_query,
    route,
    validate,
    validate_params,
    validate_value,
)

FOLDER_PATTERN = r"^[0-9a-zA-Z._-\s]{1,}$"


def op(qualified: str):
    return load().operation(qualified)


def rules(problems: list[Problem]) -> set[tuple[str, str]]:
    return {(p.path, p.rule) for p in problems}


# --------------------------------------------------------------------------- the guide

GUIDE_EXAMPLES = [
    ("address.create", {
        "folder": "Shared", "name": "Malicious_IP_203_0_113_42",
        "ip_netmask": "203.0.113.42/32",
        "description": "IP flagged by threat intel feed on 2026-05-04",
        "tag": ["Blocked", "ThreatIntel"],
    }),
    ("urlCategory.create", {
        "folder": "Shared", "name": "Phishing_Domains_2026_05", "type": "URL List",
        "list": ["phishing-site-a.com", "*.phishing-site-b.net"],
        "description": "Phishing domains identified by inbound email analysis",
    }),
    ("securityRule.move", {
        "id": "abc-123-def-456", "destination": "before",
        "destination_rule": "xyz-789-pqr-012", "rulebase": "pre",
    }),
    ("configVersion.push", {
        "folders": ["Shared"],
        "description": "Deploy malicious IP block from incident #2026-001",
    }),
    ("job.get", {"id": "12345"}),
    ("configVersion.getRunning", {}),
    ("address.list", {"folder": "Shared", "limit": 200, "offset": 0}),
]


@pytest.mark.parametrize(("qualified", "params"), GUIDE_EXAMPLES,
                         ids=[q for q, _ in GUIDE_EXAMPLES])
def test_guide_examples_validate_clean(qualified, params):
    routed, problems = validate_params(op(qualified), params)
    assert problems == []
    assert routed.unknown == {}


def test_guide_address_create_is_routed_to_query_and_body():
    routed = route(op("address.create"), GUIDE_EXAMPLES[0][1])
    assert routed.path == {}
    assert routed.query == {"folder": "Shared"}
    assert routed.body == {
        "name": "Malicious_IP_203_0_113_42", "ip_netmask": "203.0.113.42/32",
        "description": "IP flagged by threat intel feed on 2026-05-04",
        "tag": ["Blocked", "ThreatIntel"],
    }


def test_guide_move_is_routed_to_path_and_body():
    routed = route(op("securityRule.move"), GUIDE_EXAMPLES[2][1])
    assert routed.path == {"id": "abc-123-def-456"}
    assert routed.query == {}
    assert routed.body == {"destination": "before", "destination_rule": "xyz-789-pqr-012",
                           "rulebase": "pre"}


def test_operations_without_body_route_to_none():
    assert route(op("job.get"), {"id": "12345"}) == Routed({"id": "12345"}, {}, None)
    assert route(op("configVersion.getRunning"), {}) == Routed({}, {}, None)


# --------------------------------------------------------------------------- folders


@pytest.mark.parametrize("folder", ["My Custom Folder", "Shared", "Mobile Users",
                                    "lab-snippet_2.0", "Tab\tSeparated"])
def test_custom_folder_names_are_accepted(folder):
    assert validate_params(op("address.list"), {"folder": folder})[1] == []
    assert validate_params(op("address.create"),
                           {"folder": folder, "name": "a", "fqdn": "example.com"})[1] == []


def test_folder_enum_is_a_suggestion_but_the_pattern_is_enforced():
    problems = validate_params(op("address.list"), {"folder": "Shared/Evil"})[1]
    assert rules(problems) == {("folder", "pattern")}
    assert "Shared/Evil" in problems[0].message


def test_folder_regex_needs_the_regex_package():
    with pytest.raises(re.error):
        re.compile(FOLDER_PATTERN)
    node = {"type": "string", "pattern": FOLDER_PATTERN}
    assert validate_value(node, "My Custom Folder") == []
    assert validate_value(node, "a-b_c.d") == []
    assert [p.rule for p in validate_value(node, "")] == ["pattern"]
    assert [p.rule for p in validate_value(node, "semi;colon")] == ["pattern"]


def test_push_folders_are_suggestions_too():
    push = op("configVersion.push")
    assert validate_params(push, {"folders": ["Shared", "My Custom Folder"]})[1] == []
    assert rules(validate_params(push, {"folders": "Shared"})[1]) == {("folders", "type")}
    assert rules(validate_params(push, {})[1]) == {("folders", "required")}


def test_folder_is_optional_on_by_id_operations_but_still_checked():
    get = op("ikeCryptoProfile.get")
    assert validate_params(get, {"id": "x"})[1] == []
    assert rules(validate_params(get, {"id": "x", "folder": "a/b"})[1]) == {("folder", "pattern")}
    # ... while collection operations still require it.
    assert rules(validate_params(op("ikeCryptoProfile.list"), {})[1]) == {("folder", "required")}


# --------------------------------------------------------------------------- all at once


def test_every_problem_is_reported_at_once():
    params = {
        "name": "n" * 70,
        "ip_netmask": "203.0.113.42/32",
        "fqdn": "bad.example.com",
        "tag": [f"t{i}" for i in range(65)],
        "ip_netmaks": "203.0.113.43/32",
    }
    routed, problems = validate_params(op("address.create"), params)
    assert rules(problems) == {
        ("folder", "required"),
        ("name", "maxLength"),
        ("fqdn", "exclusive"),
        ("tag", "maxItems"),
        ("ip_netmaks", "unknown"),
    }
    assert routed.body is not None and "ip_netmaks" in routed.body
    by_rule = {p.rule: p for p in problems}
    assert by_rule["required"].value == "folder"
    assert set(by_rule["exclusive"].value) == {"ip_netmask", "fqdn"}
    assert "ip_netmask" in by_rule["exclusive"].message and "fqdn" in by_rule["exclusive"].message
    assert by_rule["unknown"].suggestions == ("ip_netmask",)
    assert "did you mean 'ip_netmask'?" in by_rule["unknown"].format()
    assert "65 items" in by_rule["maxItems"].message


def test_message_names_field_rule_and_a_truncated_value():
    (problem,) = validate_params(op("address.create"),
                                 {"folder": "Shared", "name": "a" * 70, "fqdn": "x.example"})[1]
    assert problem.message.startswith("name: longer than 63 characters (maxLength 63): 'aaaa")
    assert problem.message.endswith("…'")
    assert len(problem.message) < 120
    assert problem.value == "a" * 70
    assert str(problem) == problem.format() == problem.message


def test_exclusive_required_group_with_no_branch_is_one_problem():
    problems = validate_params(op("address.create"), {"folder": "Shared", "name": "a"})[1]
    assert len(problems) == 1
    (p,) = problems
    assert (p.path, p.rule) == ("", "exclusive")
    assert p.value == ("ip_netmask", "ip_range", "ip_wildcard", "fqdn")
    assert "exactly one of ip_netmask | ip_range | ip_wildcard | fqdn" in p.message


def test_nested_paths_and_list_indexes():
    params = {
        "folder": "Shared", "name": "ike", "hash": ["sha1"], "dh_group": ["group2"],
        "encryption": ["aes-128-cbc", "rot13"],
        "lifetime": {"hours": 0, "days": 400, "weeks": 1},
    }
    problems = validate_params(op("ikeCryptoProfile.create"), params)[1]
    assert rules(problems) == {
        ("encryption[1]", "enum"),
        ("lifetime.hours", "minimum"),
        ("lifetime.days", "maximum"),
        ("lifetime.weeks", "unknown"),
        ("lifetime.days", "exclusive"),
    }

    tags = ["a", "b", "c", "x" * 128]
    problems = validate_params(op("address.create"),
                               {"folder": "Shared", "name": "a", "fqdn": "x.example", "tag": tags})[1]
    assert rules(problems) == {("tag[3]", "maxLength")}


def test_paths_through_lists_of_objects():
    body = {"name": "vp", "rules": [
        {"name": "r0", "action": {"allow": {}, "drop": {}}, "packet_capture": "always"},
        {"name": 7, "action": {"block_ip": {"duration": 0}}},
    ]}
    problems = validate_params(op("vulnerabilityProtectionProfile.create"),
                               {"folder": "Shared", **body})[1]
    assert rules(problems) == {
        ("rules[0].action.drop", "exclusive"),
        ("rules[0].packet_capture", "enum"),
        ("rules[1].name", "type"),
        ("rules[1].action.block_ip.duration", "minimum"),
    }


def test_ike_xdigit_patterns_are_posix_classes():
    node = {"type": "string", "pattern": "^(([[:xdigit:]][[:xdigit:]])+)$"}
    assert validate_value(node, "0aFF") == []
    assert [p.rule for p in validate_value(node, "0g")] == ["pattern"]
    # Python's `re` reads `[[:xdigit:]]` as the set "[:xdigt" then "]", matching this:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)  # "Possible nested set"
        assert re.search(node["pattern"], "x]x]") is not None
    assert [p.rule for p in validate_value(node, "x]x]")] == ["pattern"]

    create = op("ikeGateway.create")
    local_id = create.body.properties["local_id"]
    assert validate_value(local_id, {"type": "keyid", "id": "0a1B2c"}) == []
    problems = validate_value(local_id, {"type": "keyid", "id": "x]x]"}, "local_id")
    assert rules(problems) == {("local_id.id", "pattern")}


# --------------------------------------------------------------------------- query strings


def test_coerce_strings_for_the_emulator():
    listing = op("address.list")
    assert validate(listing, {}, {"folder": "Shared", "limit": "200"}, None,
                    coerce_strings=True) == []
    assert coerce_query(listing, {"folder": "Shared", "limit": "200", "offset": "0"}) == {
        "folder": "Shared", "limit": 200, "offset": 0}

    problems = validate(listing, {}, {"folder": "Shared", "limit": "abc"}, None,
                        coerce_strings=True)
    assert rules(problems) == {("limit", "type")}
    assert problems[0].value == "abc"
    assert coerce_query(listing, {"limit": "abc"}) == {"limit": "abc"}

    # Without coercion a string is not a number (the client sends real numbers).
    assert rules(validate(listing, {}, {"folder": "Shared", "limit": "200"}, None)) == {
        ("limit", "type")}


@pytest.mark.parametrize(("text", "ok"), [("1.5", True), ("1e3", True), (" 7 ", True),
                                          ("nan", False), ("inf", False), ("1_000", False),
                                          ("", False), ("true", False)])
def test_number_coercion(text, ok):
    listing = op("address.list")
    problems = validate(listing, {}, {"folder": "Shared", "limit": text}, None,
                        coerce_strings=True)
    assert (problems == []) is ok


def test_boolean_and_integer_coercion():
    node = {"name": "flag", "in": "query", "required": False, "type": "boolean"}
    fake = _FakeOp([node])
    assert coerce_query(fake, {"flag": "true"}) == {"flag": True}
    assert coerce_query(fake, {"flag": "False"}) == {"flag": False}
    assert rules(validate(fake, {}, {"flag": "yes"}, None, coerce_strings=True)) == {
        ("flag", "type")}
    whole = _FakeOp([{"name": "n", "in": "query", "required": True, "type": "integer"}])
    assert coerce_query(whole, {"n": "12"}) == {"n": 12}
    assert rules(validate(whole, {}, {"n": "1.5"}, None, coerce_strings=True)) == {("n", "type")}
    assert rules(validate(whole, {}, {}, None, coerce_strings=True)) == {("n", "required")}


def test_unknown_query_parameters_are_reported():
    problems = validate(op("address.list"), {}, {"folder": "Shared", "lmit": "5"}, None)
    assert rules(problems) == {("lmit", "unknown")}
    assert problems[0].suggestions == ("limit",)


# --------------------------------------------------------------------------- routing


def test_unknown_names_without_a_body_are_kept_aside_and_reported():
    routed, problems = validate_params(op("job.get"), {"id": "1", "folder": "Shared"})
    assert routed.body is None
    assert routed.unknown == {"folder": "Shared"}
    assert rules(problems) == {("folder", "unknown")}


def test_none_means_not_given():
    listing = op("address.list")
    routed, problems = validate_params(listing, {"folder": "Shared", "limit": None,
                                                 "name": None})
    assert routed.query == {"folder": "Shared"}
    assert problems == []
    # ... and for a required parameter it is reported, not dropped silently.
    assert rules(validate_params(listing, {"folder": None})[1]) == {("folder", "required")}


def test_body_parameter_supplies_the_body_and_flat_fields_win():
    create = op("address.create")
    routed, problems = validate_params(create, {
        "folder": "Shared",
        "body": {"name": "old", "fqdn": "a.example", "description": "from body"},
        "name": "new",
    })
    assert problems == []
    assert routed.body == {"name": "new", "fqdn": "a.example", "description": "from body"}
    assert routed.query == {"folder": "Shared"}


def test_query_parameter_the_body_also_requires_travels_in_both():
    update = op("mobileAgentAgentProfile.update")
    routed, problems = validate_params(update, {"folder": "Mobile Users", "name": "prof1"})
    assert problems == []
    assert routed.query == {"folder": "Mobile Users", "name": "prof1"}
    assert routed.body == {"name": "prof1"}
    # An explicit body keeps its own value.
    routed = route(update, {"folder": "Mobile Users", "name": "prof1", "body": {"name": "x"}})
    assert routed.body == {"name": "x"}


def test_read_only_fields_are_accepted_and_ignored():
    params = {"folder": "Shared", "name": "a", "fqdn": "a.example", "id": 12, "type": None}
    assert validate_params(op("address.create"), params)[1] == []


def test_missing_path_parameter_and_wrong_types():
    assert rules(validate_params(op("job.get"), {})[1]) == {("id", "required")}
    assert rules(validate_params(op("job.get"), {"id": 12345})[1]) == {("id", "type")}


def test_missing_body_is_checked_as_empty():
    problems = validate(op("securityRule.move"), {"id": "x"}, {}, None)
    assert rules(problems) == {("destination", "required"), ("rulebase", "required")}


def test_body_on_an_operation_without_one_is_unknown():
    problems = validate(op("job.get"), {"id": "1"}, {}, {"x": 1})
    assert rules(problems) == {("x", "unknown")}


def test_enum_is_enforced_for_real_enums():
    problems = validate_params(op("securityRule.move"),
                               {"id": "x", "destination": "sideways", "rulebase": "pre"})[1]
    assert rules(problems) == {("destination", "enum")}
    assert "'top'" in problems[0].message


# --------------------------------------------------------------------------- raw nodes


@pytest.mark.parametrize(("node", "good", "bad"), [
    ({"type": "number"}, [1, 1.5, -3], [True, "1", None, float("nan"), float("inf")]),
    ({"type": "integer"}, [0, -7, 2**70, 100.0], [1.5, False, "3", float("inf")]),
    ({"type": "boolean"}, [True, False], [0, "true"]),
    ({"type": "array"}, [[], (1,)], [{}, "ab"]),
    ({"type": "object"}, [{}, {"any": 1}], [[], "x"]),
    ({"type": ["string", "integer"]}, ["a", 3], [1.5, None]),
    ({"type": "string", "nullable": True}, ["a", None], [1]),
    ({}, [None, 1, "x", [], {}], []),
])
def test_types(node, good, bad):
    for value in good:
        assert validate_value(node, value) == [], value
    for value in bad:
        assert [p.rule for p in validate_value(node, value)] == ["type"], value


def test_numeric_constraints():
    node = {"type": "number", "minimum": 1, "maximum": 10, "multipleOf": 0.5}
    assert validate_value(node, 2.5) == []
    assert [p.rule for p in validate_value(node, 0.25)] == ["minimum", "multipleOf"]
    assert [p.rule for p in validate_value(node, 11)] == ["maximum"]
    xnode = {"type": "integer", "exclusiveMinimum": 0, "exclusiveMaximum": 5}
    assert validate_value(xnode, 1) == []
    assert [p.rule for p in validate_value(xnode, 0)] == ["exclusiveMinimum"]
    assert [p.rule for p in validate_value(xnode, 5)] == ["exclusiveMaximum"]
    # OpenAPI 3.0 spelling: a boolean beside minimum/maximum.
    old = {"type": "integer", "minimum": 0, "exclusiveMinimum": True}
    assert [p.rule for p in validate_value(old, 0)] == ["exclusiveMinimum"]
    assert validate_value({"type": "integer", "multipleOf": 3}, 9) == []


def test_array_constraints():
    node = {"type": "array", "minItems": 1, "maxItems": 3, "uniqueItems": True,
            "items": {"type": "string", "minLength": 1}}
    assert validate_value(node, ["a", "b"]) == []
    assert [p.rule for p in validate_value(node, [])] == ["minItems"]
    problems = validate_value(node, ["a", "a", "", "b"], "tag")
    assert rules(problems) == {("tag", "maxItems"), ("tag", "uniqueItems"), ("tag[2]", "minLength")}
    assert validate_value({"type": "array", "uniqueItems": True}, [1, True, 1.0]) != []
    assert validate_value({"type": "array", "uniqueItems": True}, [1, True, {"a": [1]}]) == []


def test_objects_open_closed_and_additional():
    open_node = {"type": "object", "properties": {}}
    assert validate_value(open_node, {"anything": 1}) == []
    closed = {"type": "object", "additional": False}
    assert rules(validate_value(closed, {"x": 1})) == {("x", "unknown")}
    typed = {"type": "object", "properties": {"a": {"type": "string"}},
             "additional": {"type": "integer"}}
    assert validate_value(typed, {"a": "x", "b": 2}) == []
    assert rules(validate_value(typed, {"a": "x", "b": "2"})) == {("b", "type")}


def test_exclusive_with_multi_key_branches():
    node = {"type": "object", "properties": {k: {"type": "string"} for k in "abc"},
            "exclusive": [{"keys": [["a", "b"], ["c"]], "required": True}]}
    assert validate_value(node, {"a": "1", "b": "2"}) == []
    (clash,) = validate_value(node, {"a": "1", "c": "2"})
    assert clash.rule == "exclusive" and set(clash.value) == {"a", "c"}
    (none,) = validate_value(node, {})
    assert "exactly one of a+b | c" in none.message


def test_broken_pattern_is_skipped():
    assert validate_value({"type": "string", "pattern": "(unclosed"}, "anything") == []


def test_pattern_is_search_not_fullmatch():
    assert validate_value({"type": "string", "pattern": "[0-9]"}, "abc1def") == []


def test_shapes_and_parameters_are_accepted():
    create = op("address.create")
    assert validate_value(create.body, {"name": "a", "fqdn": "a.example"}) == []
    name = create.parameters["name"]
    assert rules(validate_value(name, "a" * 64, "name")) == {("name", "maxLength")}
    folders = op("configVersion.push").body.properties["folders"]
    assert validate_value(folders, ["My Custom Folder"]) == []


def test_difflib_is_imported_only_for_unknown_names():
    code = (
        "import sys\n"
        "from sasekit.catalog import load\n"
        "from sasekit.validate import validate_params\n"
        "op = load()['address'].operations['create']\n"
        "validate_params(op, {'folder': 'Shared', 'name': 'a', 'fqdn': 'a.example'})\n"
        "print('difflib' in sys.modules, 're' in sys.modules)\n"
        "validate_params(op, {'folder': 'Shared', 'name': 'a', 'fqdnn': 'a.example'})\n"
        "print('difflib' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    first, second = out.stdout.split("\n")[:2]
    assert first.split()[0] == "False"
    assert second == "True"


def test_every_operation_of_the_catalog_validates_without_crashing():
    """Both families' variants: nothing given is only ever "missing", never a crash (a
    body that is an array is reported as not being one)."""
    catalog = load()
    for key in catalog:
        for operation in catalog[key].operations.values():
            for op in {operation, operation.variant("unified")}:
                array_body = op.body is not None and op.body.type == "array"
                for problem in validate_params(op, {})[1]:
                    assert problem.rule in ("required", "exclusive") or (
                        array_body and problem.rule == "type" and problem.path == ""), (op, problem)


# --------------------------------------------------------------------------- properties


@st.composite
def length_case(draw):
    lo = draw(st.integers(0, 20))
    hi = draw(st.integers(lo, 40))
    return lo, hi


@given(length_case(), st.data())
@settings(max_examples=200, deadline=None)
def test_strings_inside_length_bounds_pass_and_outside_fail(bounds, data):
    lo, hi = bounds
    node = {"type": "string", "minLength": lo, "maxLength": hi}
    inside = data.draw(st.text(min_size=lo, max_size=hi))
    assert validate_value(node, inside) == []
    if lo > 0:
        short = data.draw(st.text(max_size=lo - 1))
        assert [p.rule for p in validate_value(node, short)] == ["minLength"]
    long = data.draw(st.text(min_size=hi + 1, max_size=hi + 30))
    assert [p.rule for p in validate_value(node, long)] == ["maxLength"]


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner,
                                                                max_size=4),
    max_leaves=20,
)
SHAPED = ["address.create", "ikeCryptoProfile.create", "vulnerabilityProtectionProfile.create",
          "ikeGateway.create", "securityRule.move", "configVersion.push"]


@given(st.sampled_from(SHAPED), st.dictionaries(st.text(max_size=12), JSON, max_size=6))
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_arbitrary_bodies_never_crash(qualified, body):
    operation = op(qualified)
    problems = validate(operation, {"id": "x"}, {"folder": "Shared"}, body)
    for problem in problems:
        assert problem.rule in RULES
        assert isinstance(problem.message, str) and "\n" not in problem.message


class _FakeOp:
    """A minimal stand-in for an Operation whose parameters are given as raw nodes."""

    path = "/fake"
    body = None

    def __init__(self, nodes):
        from sasekit.catalog.model import Parameter

        self.parameters = {n["name"]: Parameter(n["name"], n["in"], n["required"], n)
                           for n in nodes}
