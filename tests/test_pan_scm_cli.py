"""pan-scm-cli 2.0.0 from PyPI, unmodified, run as its users run it, against the emulator.

The tool lives in ``.cache/venv-pan-scm-cli/`` (pins: tests/third_party_venv.py, made once;
without PyPI the tests skip and say how to make it). tests/data/pan_scm_cli_scenario.py
drives its ``scm`` console script in temporary HOMEs: ``context create`` (its own way of
being configured: a context file with the emulator's URL as ``api_base_url`` and
``.../am/oauth2/access_token`` as ``token_url``), then set/show/backup/delete/load on tags,
addresses, services, address groups and security rules (including the update of an existing
rule and a delete), commit, commit --sync and jobs list/status/wait. Every operation is
checked where it matters: in the emulator, over its legacy URLs, with a token of our own.

The operations that fail must be exactly :data:`KNOWN_FAILURES`, each classified as the
tool's bug (with the line of its source that causes it) or a defect of the emulator that is
expected to be fixed (then this list must shrink with the fix).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

import third_party_venv
from sasekit.emulator.app import EmulatorApp
from sasekit.emulator.config import EmulatorConfig
from sasekit.emulator.serve import ServerThread

scenario = third_party_venv.load_scenario("pan_scm_cli_scenario")

SRC = "scm_cli"  # the tool's package in its venv's site-packages; evidence paths start here

#: operation -> (whose, evidence). "tool": a bug of pan-scm-cli 2.0.0 itself, with the line
#: that causes it; "emulator": a sasekit defect expected to be fixed.
KNOWN_FAILURES: dict[str, tuple[str, str]] = {
    "load address (existing one unchanged)": (
        "tool",
        f"{SRC}/commands/objects.py:760 `backup object address` writes the API's `tag` key, but "
        f"`load object address` builds `Address(**addr_data)` ({SRC}/commands/objects.py:881) whose field is "
        f"`tags` ({SRC}/utils/validators.py:336; pydantic ignores `tag`), passes `tags=address.tags` = [] "
        f"({SRC}/commands/objects.py:890), and the update path replaces the tags with [] "
        f"({SRC}/utils/sdk_client.py:1359-1362): a backup/load round trip strips every address's tags"),
    "load service (file as backed up)": (
        "tool",
        f"{SRC}/commands/objects.py:4700 `load object service` calls validate_location_params first, so a "
        "file written by `backup object service` (every entry has its folder) is refused without "
        "--folder/--snippet/--device ('One of --folder, --snippet, or --device must be specified'), "
        f"unlike `load object address`, which only refuses more than one of them ({SRC}/commands/objects.py:833)"),
    "load address-group (deleted dynamic one back)": (
        "tool",
        f"{SRC}/commands/objects.py:447 `backup object address-group` writes a dynamic group's `filter`, "
        f"but `load object address-group` calls create_address_group without `filter=` "
        f"({SRC}/commands/objects.py:565-574), so {SRC}/utils/sdk_client.py:1668 raises 'Dynamic address "
        "groups require a filter expression': no dynamic group can be restored from a backup"),
}


def test_known_failures_are_classified_with_evidence() -> None:
    for op, (whose, evidence) in KNOWN_FAILURES.items():
        assert whose in ("tool", "emulator"), op
        if whose == "tool":
            assert re.search(rf"{SRC}/[\w/]+\.py:\d+", evidence), f"{op}: cite the tool's file:line"
        else:
            assert evidence, op


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """The whole scenario against one emulator; the emulator stays up for the checks."""
    venv = third_party_venv.venv_or_skip("pan-scm-cli")
    recorder = scenario.Recorder(EmulatorApp(EmulatorConfig(accounts=scenario.accounts(), push_s=0.0)))
    work = tmp_path_factory.mktemp("pan-scm-cli")
    with ServerThread(app=recorder) as srv:
        outcomes = scenario.run_scenario(venv.bin("scm"), srv.url, recorder, work, third_party_venv.clean_env())
        own = scenario.reader_account()
        api = scenario.Legacy(srv.url, own.client_id, own.client_secret, own.tsg_id)
        try:
            yield {"outcomes": outcomes, "api": api, "recorder": recorder, "work": work, "url": srv.url}
        finally:
            api.close()


def _table(outcomes: list[Any]) -> str:
    return "\n".join(f"  {o.op}: {o.cause}\n      {o.command}" + "".join(f"\n      {r}" for r in o.requests)
                     for o in outcomes)


def test_failing_operations_are_exactly_the_known_ones(run: dict[str, Any]) -> None:
    outcomes = run["outcomes"]
    ops = [o.op for o in outcomes]
    assert len(ops) == len(set(ops)), "operation names must be unique"
    assert set(KNOWN_FAILURES) <= set(ops), f"known failures the scenario no longer has: {set(KNOWN_FAILURES) - set(ops)}"
    new = [o for o in outcomes if not o.ok and o.op not in KNOWN_FAILURES]
    fixed = [o.op for o in outcomes if o.ok and o.op in KNOWN_FAILURES]
    assert not new, "operations failing that are not in KNOWN_FAILURES:\n" + _table(new)
    assert not fixed, f"these work now; take them out of KNOWN_FAILURES: {fixed}"
    assert len(outcomes) >= 50


def test_the_tool_was_configured_its_own_way_and_used_the_unified_family(run: dict[str, Any]) -> None:
    context = yaml.safe_load((run["work"] / "tags" / ".scm-cli" / "contexts" / "emulator.yaml").read_text())
    assert context["api_base_url"] == run["url"]
    assert context["token_url"] == run["url"] + "/am/oauth2/access_token"
    assert (run["work"] / "tags" / ".scm-cli" / "current-context").read_text().strip() == "emulator"
    paths = {x.path for x in run["recorder"].log if x.client and x.client.startswith("scm-cli-")}
    assert "/am/oauth2/access_token" in paths
    assert {p for p in paths if p.startswith("/sse/")} == set()  # ours is the only legacy client
    for family in ("/config/objects/v1/", "/config/security/v1/", "/config/operations/v1/"):
        assert any(p.startswith(family) for p in paths), family


def test_what_the_tool_did_is_in_the_emulator(run: dict[str, Any]) -> None:
    """The end state, read over the legacy URLs with a token of our own."""
    api = run["api"]

    def one(stem: str, name: str, **params: Any) -> dict[str, Any]:
        found = api.find(stem, name, **params)
        assert found is not None, f"{stem}/{name}"
        return found

    # set (create, then update), delete, then load from the backup
    assert (one("tags", "web")["color"], one("tags", "web")["comments"]) == ("Blue", "web tier")
    assert one("tags", "scratch")["color"] == "Green"  # deleted, then loaded back
    web1 = one("addresses", "web1")
    assert (web1["ip_netmask"], web1["description"]) == ("192.0.2.11/32", "web one, moved")
    assert one("addresses", "web2")["fqdn"] == "www.example.com"  # deleted, then loaded back
    assert one("addresses", "web3")["ip_range"] == "192.0.2.20-192.0.2.29"
    assert one("services", "web-http")["protocol"] == {"tcp": {"port": "80,8080,8443"}}
    assert one("services", "syslog-udp")["protocol"] == {"udp": {"port": "514"}}  # deleted, loaded back
    assert one("address-groups", "grp-web")["static"] == ["web1", "web3"]
    rule = one("security-rules", "allow-web", position="pre")
    assert (rule["action"], rule["description"]) == ("deny", "web in, closed")  # the update of a rule
    assert (rule["from"], rule["to"], rule["destination"], rule["service"]) == (
        ["trust"], ["untrust"], ["grp-web"], ["web-http"])
    cleanup = one("security-rules", "cleanup", position="post")
    assert (cleanup["action"], cleanup.get("log_end")) == ("drop", True)
    assert api.find("security-rules", "cleanup", position="pre") is None
    loaded = one("security-rules", "loaded-rule", position="pre")
    assert (loaded["destination"], loaded["service"], loaded["tag"]) == (["web3"], ["web-http"], ["web"])

    # the commits: three pushes by the ops lane's account, all finished OK
    jobs = [j for j in api.http.get("/sse/config/v1/jobs").json()["data"] if j["type_str"] == "CommitAndPush"]
    assert len(jobs) == 3
    for job in jobs:
        assert (job["status_str"], job["result_str"]) == ("FIN", "OK"), job
        assert job["uname"] == scenario.lane_account("ops").client_id
    descriptions = {v.get("description") for v in api.http.get("/sse/config/v1/config-versions").json()}
    assert {"scm-cli commit", "scm-cli commit, sync", "scm-cli commit after load"} <= descriptions


def test_backups_hold_what_the_emulator_held(run: dict[str, Any]) -> None:
    tags = yaml.safe_load((run["work"] / "tags" / "tags.yaml").read_text())["tags"]
    assert {t["name"]: t.get("color") for t in tags} == {"web": "Blue", "scratch": "Green"}
    rules = yaml.safe_load((run["work"] / "rules" / "rules.yaml").read_text())["security_rules"]
    assert {r["name"] for r in rules} == {"allow-web", "scratch-rule"}
    assert all(r["rulebase"] == "pre" for r in rules)


def test_rules_file_is_the_tools_format() -> None:
    data = yaml.safe_load(Path(scenario.RULES_FILE).read_text())
    assert [r["name"] for r in data["security_rules"]] == ["loaded-rule"]
