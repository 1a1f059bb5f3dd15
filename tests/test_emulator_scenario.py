"""Health scenarios: a file of timed tunnel and BGP state changes that the emulator plays back
through the health APIs, for demos and tests with no lab.

What a user relies on: a bad file is refused at start with every problem named where it
is (one line from ``sasekit emulator serve``, exit code 2, no traceback); a good one plays
its changes when their time comes, never before, at the speed of the clock factor; and
its places join the running configuration's. Every test here runs on a fake clock.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from client_fixtures import async_client, config
from emulator_helpers import Api
from fakes import FakeClock
from sasekit.cli import cli
from sasekit.emulator import DEMO_ACCOUNT
from sasekit.emulator import scenario as scenario_module
from sasekit.emulator.app import EmulatorApp
from sasekit.emulator.incidents import Place
from sasekit.emulator.scenario import MAX_CHANGES, ScenarioSource, check, load, parse, read

DATA = Path(__file__).parent / "data" / "health"
FLAPPING, TWO_SITES = DATA / "flapping-branch.yaml", DATA / "two-sites.yaml"
TSG = DEMO_ACCOUNT["tsg_id"]
HEADERS = {"X-PANW-Region": "europe", "Prisma-Tenant": TSG}
T0 = 1_700_000_000.0
RN = "Remote Networks"


def problems(data: Any, tenants: tuple[str, ...] = ()) -> list[str]:
    found = check(data, tenants)[1]
    with pytest.raises(ValueError) as info:  # the error a bad emulator setting raises
        parse(data, tenants)
    assert str(info.value) == "; ".join(found) and found
    return found


# --------------------------------------------------------------------------- the file


def test_the_example_files_are_valid_scenarios() -> None:
    flapping = load(str(FLAPPING), (TSG,))
    assert flapping.tsg_id == TSG
    assert flapping.places["paris-01-wan2"] == Place("paris-01", "secondary", "rn")
    # 4 single changes and a series of 10, in time order
    assert len(flapping.steps) == 14
    assert [s.offset for s in flapping.steps] == sorted(s.offset for s in flapping.steps)
    series = [s for s in flapping.steps if s.reason == "DPD timeout"]
    assert [(s.offset, s.state) for s in series[:3]] == [(60.0, "down"), (120.0, "up"), (180.0, "down")]
    assert series[-1].offset == 600.0 and series[-1].state == "up"
    two = load(str(TWO_SITES))
    assert two.tsg_id is None and two.places["dc-east-sc"] == Place("dc-east", "primary", "sc")
    assert [(s.kind, s.tunnel, s.state) for s in two.steps if s.offset == 240.0] == [("bgp", "dc-east-sc", "down")]


@pytest.mark.parametrize(("at", "seconds"), [(0, 0.0), (12, 12.0), (1.5, 1.5), ("500ms", 0.5), ("30s", 30.0),
                                             ("2m", 120.0), ("1.5h", 5400.0), ("1d", 86_400.0), (" 7 ", 7.0)])
def test_offsets_are_seconds_or_a_number_with_a_unit(at: Any, seconds: float) -> None:
    [step] = parse({"changes": [{"at": at, "tunnel": "t", "state": "up"}]}).steps
    assert step.offset == seconds


def test_every_problem_is_named_with_its_place_at_once() -> None:
    found = problems({
        "tsg_id": 1234567890, "colour": "blue",
        "places": {"a": {"site": "s", "role": "tertiary"}, "b": {"service": "gp"}, "c": "s"},
        "changes": [
            {"at": 0, "tunnel": "t", "state": "up"},
            {"at": "3x", "tunnel": "t", "state": "up"},
            {"tunnel": "t", "state": "up"},
            {"at": 5, "tunnel": "t", "state": "dwn"},
            {"at": 5, "kind": "bgp", "tunnel": "t", "state": "inactive"},
            {"at": 5, "kind": "ospf", "tunnel": "t", "state": "up"},
            {"at": 5, "state": "up", "colour": "red"},
            {"every": 0, "count": 0, "tunnel": "t", "states": ["up", "sideways"]},
            {"every": "1m", "count": 3, "tunnel": "t", "states": []},
            "up",
        ]})
    assert found == [
        "unknown field(s) colour; known: tsg_id, places, changes",
        "tsg_id: must be a non-empty string (quote numbers in YAML), not 1234567890",
        "places['a'].role: 'tertiary' is not one of primary, secondary, ecmp",
        "places['b'].site: required",
        "places['b'].service: 'gp' is not one of rn, sc",
        "places['c']: must be a mapping with site, role, service, not a text",
        "changes[1].at: '3x' is not a time offset (seconds from 0 to 3.16224e+07, or a number with a unit: "
        "500ms, 30s, 2m, 1h, 1d)",
        "changes[2].at: required",
        "changes[3].state: 'dwn' is not one of init, up, inactive, down",
        "changes[4].state: 'inactive' is not one of up, down",
        "changes[5].kind: 'ospf' is not one of tunnel, bgp",
        "changes[6]: unknown field(s) colour; known: at, kind, tunnel, site, state, reason",
        "changes[6].tunnel: required",
        "changes[7].every: must be above 0",
        "changes[7].count: 0 is not a whole number from 1 to 100000",
        "changes[7].states[1]: 'sideways' is not one of init, up, inactive, down",
        "changes[8].states: must be a non-empty list of states, not []",
        "changes[9]: must be a mapping (at, tunnel, state, ...), not a text",
    ]


def test_a_file_past_the_limit_is_refused_at_the_item_that_passes_it_before_its_steps_are_built(
        monkeypatch: pytest.MonkeyPatch) -> None:
    built = 0
    real = scenario_module.Step

    def counted(*args: Any, **kwargs: Any) -> Any:
        nonlocal built
        built += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(scenario_module, "Step", counted)
    half = MAX_CHANGES // 2
    series = {"every": 1, "count": half, "tunnel": "t", "states": ["up", "down"]}
    found = problems({"changes": [series, {"at": 0, "tunnel": "t", "state": "up"}, series,
                                  *[series] * 17, {"at": 0, "tunnel": "t", "state": "sideways"}]})
    assert found == [f"changes[2]: its {half} change(s) bring the total past {MAX_CHANGES} ({half + 1} before it, "
                     f"series expanded); at most {MAX_CHANGES}",
                     "changes[20].state: 'sideways' is not one of init, up, inactive, down"]
    assert built <= 2 * (half + 1)  # checked twice by problems(); the 17 series past the limit never built
    assert len(parse({"changes": [series, series]}).steps) == MAX_CHANGES  # up to the limit is fine


def test_a_list_or_mapping_where_a_name_is_expected_is_named_not_a_crash() -> None:
    found = problems({
        "places": {"a": {"site": "s", "role": ["primary"]}, "b": {"site": "s", "service": {"x": 1}}},
        "changes": [
            {"at": 0, "tunnel": "t", "state": "up", "kind": ["tunnel"]},
            {"every": 1, "count": 2, "tunnel": "t", "states": ["up"], "kind": {"a": 1}},
            {"at": 0, "tunnel": "t", "state": ["up"]},
            {"every": 1, "count": 2, "tunnel": "t", "states": [["up"]]},
        ]})
    assert found == [
        "places['a'].role: ['primary'] is not one of primary, secondary, ecmp",
        "places['b'].service: {'x': 1} is not one of rn, sc",
        "changes[0].kind: ['tunnel'] is not one of tunnel, bgp",
        "changes[1].kind: {'a': 1} is not one of tunnel, bgp",
        "changes[2].state: ['up'] is not one of init, up, inactive, down",
        "changes[3].states[0]: ['up'] is not one of init, up, inactive, down",
    ]


@pytest.mark.parametrize(("data", "said"), [
    (None, "expected a mapping with tsg_id, places, changes, not nothing (empty)"),
    ([1, 2], "not a list"),
    ({"places": {}}, "changes: required"),
    ({"changes": {"at": 0}}, "changes: must be a list, not a mapping"),
    ({"changes": [{"every": "1d", "count": 400, "tunnel": "t", "states": ["up"]}]}, "ends after 366 days"),
    ({"changes": [{"every": 1, "count": 100_000, "tunnel": "t", "states": ["up"]}] * 2}, "at most 100000"),
])
def test_a_scenario_that_is_no_scenario_says_why(data: Any, said: str) -> None:
    assert any(said in p for p in problems(data)), problems(data)


def test_the_tenant_must_be_one_of_the_emulators() -> None:
    assert problems({"tsg_id": "42", "changes": []}, (TSG,)) == [
        f"tsg_id: '42' is not a tenant of this emulator ({TSG})"]


def test_an_unreadable_or_broken_file_is_one_problem(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="cannot read it: No such file"):
        load(str(tmp_path / "missing.yaml"))
    broken = tmp_path / "broken.yaml"
    broken.write_text("changes:\n  - {at: 0, tunnel: t\n  - x: :\n")
    [problem] = read(str(broken))[1]
    assert re.match(r"not valid YAML or JSON at line \d+, column \d+", problem), problem
    as_json = tmp_path / "scenario.json"
    as_json.write_text('{"changes": [{"at": "1m", "tunnel": "t", "state": "down"}]}')
    assert load(str(as_json)).steps[0].offset == 60.0


# --------------------------------------------------------------------------- playing it


def test_changes_are_handed_out_once_when_due_at_the_clock_factors_speed() -> None:
    scenario = parse({"places": {"t": {"site": "s"}},
                      "changes": [{"at": "1m", "tunnel": "t", "state": "up"},
                                  {"at": "2m", "tunnel": "t", "state": "down", "reason": "DPD"},
                                  {"at": "2m", "tunnel": "u", "site": "v", "state": "up"}]})
    source = ScenarioSource(scenario, TSG, start=T0, factor=60)
    assert source.due(TSG, T0 + 0.99) == []
    [first] = source.due(TSG, T0 + 1)
    assert (first.tunnel, first.site, first.state, first.at, first.source) == ("t", "s", "up", T0 + 1, "scenario")
    assert source.due(TSG, T0 + 1.5) == []  # handed out once
    assert source.due("another-tenant", T0 + 10) == [] and source.pending == 2
    later = source.due(TSG, T0 + 10)
    assert [(c.tunnel, c.site, c.state, c.reason) for c in later] == [("t", "s", "down", "DPD"), ("u", "v", "up", "")]
    assert source.places(TSG) == {"t": Place("s")} and source.places("another-tenant") == {}


class Served:
    """An app playing a scenario, on a fake clock started at T0."""

    def __init__(self, path: Path, factor: float = 60) -> None:
        self.clock = FakeClock(T0)
        self.app = EmulatorApp(config(push_s=0, health_scenario=str(path), health_clock_factor=factor),
                               clock=self.clock)
        self.api = Api(self.app)

    async def at(self, minute: float) -> None:
        """The clock at ``minute`` scenario minutes (seconds, at factor 60)."""
        self.clock.now = T0 + minute

    async def query(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        resp = await self.api.post(path, json=body, headers=HEADERS)
        assert resp.status_code == 200, resp.text
        return resp.json()

    async def incidents(self) -> dict[str, str]:
        rows = (await self.query("/incidents/v1/search", {"pagination": {"page_size": 100}}))["data"]
        return {r["code"]: r["status"] for r in rows}

    async def sites(self) -> dict[str, str]:
        rows = (await self.query("/api/sase/v2.0/resource/custom/query/remotenetworks/rn_list",
                                 {"filter": {"rules": []}}))["data"]
        return {r["site_name"]: r["site_state_name"] for r in rows}

    async def tunnels(self) -> dict[str, tuple[str, str]]:
        rows = (await self.query("/api/sase/v2.0/resource/custom/query/tunnels/tunnel_list",
                                 {"filter": {"rules": []}}))["data"]
        return {r["tunnel_name"]: (r["site_name"], r["tunnel_state_name"]) for r in rows}


@pytest.fixture
async def two_sites() -> AsyncIterator[Served]:
    served = Served(TWO_SITES)
    yield served
    await served.api.aclose()


@pytest.mark.anyio
async def test_a_scenario_plays_through_the_health_apis_as_its_time_comes(two_sites: Served) -> None:
    s = two_sites
    assert await s.sites() == {"lyon": "Up"} and await s.incidents() == {}
    await s.at(2)
    assert await s.sites() == {"lyon": "Warning"}
    assert await s.incidents() == {"INC_RN_SECONDARY_WAN_TUNNEL_DOWN": "Raised"}
    await s.at(4.5)
    assert await s.sites() == {"lyon": "Down"}
    # lyon has no tunnel up from minute 3 to 6: under the ten minutes of a site down
    assert await s.incidents() == {"INC_RN_SECONDARY_WAN_TUNNEL_DOWN": "Raised", "INC_RN_PRIMARY_WAN_TUNNEL_DOWN":
                                   "Raised", "INC_SC_PRIMARY_WAN_BGP_DOWN": "Raised"}
    await s.at(11)
    assert await s.sites() == {"lyon": "Up"}
    assert set((await s.incidents()).values()) == {"Cleared"}
    assert await s.tunnels() == {"lyon-wan1": ("lyon", "Up"), "lyon-wan2": ("lyon", "Up"),
                                 "dc-east-sc": ("dc-east", "Up")}
    sc = await s.query("/api/sase/v2.0/resource/custom/query/serviceconnections/sc_list", {"filter": {"rules": []}})
    assert [(r["site_name"], r["node_type"]) for r in sc["data"]] == [("dc-east", 51)]


@pytest.mark.anyio
async def test_a_reset_plays_the_scenario_again_from_its_start_counted_from_the_reset(two_sites: Served) -> None:
    s = two_sites
    await s.at(2.5)
    assert await s.tunnels() == {"lyon-wan1": ("lyon", "Up"), "lyon-wan2": ("lyon", "Down"),
                                 "dc-east-sc": ("dc-east", "Up")}
    resp = await s.api.http.post("/_emulator/reset", headers=s.app.admin_headers)
    assert resp.status_code == 200, resp.text
    await s.at(2.5 + 1)  # one scenario minute after the reset: everything up, nothing lost yet
    assert await s.tunnels() == {"lyon-wan1": ("lyon", "Up"), "lyon-wan2": ("lyon", "Up"),
                                 "dc-east-sc": ("dc-east", "Up")}
    assert await s.incidents() == {}
    await s.at(2.5 + 2)  # the scenario's minute 2, counted from the reset
    assert await s.incidents() == {"INC_RN_SECONDARY_WAN_TUNNEL_DOWN": "Raised"}


@pytest.mark.anyio
async def test_the_admin_view_of_the_timeline_shows_what_is_due_and_nothing_more(two_sites: Served) -> None:
    s = two_sites

    async def events() -> list[tuple[str, str, str]]:
        resp = await s.api.http.get("/_emulator/tunnels", headers=s.app.admin_headers)
        assert resp.status_code == 200, resp.text
        return [(e["tunnel"], e["state"], e["source"]) for e in resp.json()["events"]]

    assert len(await events()) == 3  # the three tunnels up at 0; BGP comes up at 10 s (1/6 s here)
    await s.at(3)
    assert await events() == [("lyon-wan1", "up", "scenario"), ("lyon-wan2", "up", "scenario"),
                              ("dc-east-sc", "up", "scenario"), ("dc-east-sc", "up", "scenario"),
                              ("lyon-wan2", "down", "scenario"), ("lyon-wan1", "down", "scenario")]


@pytest.mark.anyio
async def test_scenario_places_join_the_running_config_which_wins(tmp_path: Path) -> None:
    scenario = tmp_path / "s.yaml"
    scenario.write_text("places:\n  paris-wan1: {site: elsewhere, role: ecmp}\n  extra: {site: lab, service: sc}\n"
                        "changes:\n  - {at: 0, tunnel: paris-wan1, state: up}\n"
                        "  - {at: 1m, tunnel: extra, state: down}\n")
    s = Served(scenario)
    c, _ = async_client(s.app)
    try:
        psk = {"pre_shared_key": {"key": "a-long-enough-psk-123"}}
        await c.call("ikeGateway", "create", folder=RN, name="gw", authentication=psk,
                     peer_address={"ip": "198.51.100.10"},
                     protocol={"version": "ikev2", "ikev2": {"ike_crypto_profile": "PaloAlto-Networks-IKE-Crypto"}})
        await c.call("ipsecTunnel", "create", folder=RN, name="paris-wan1",
                     auto_key={"ike_gateway": [{"name": "gw"}], "ipsec_crypto_profile": "PaloAlto-Networks-IPSec-Crypto"})
        await c.call("remoteNetwork", "create", folder=RN, name="paris", region="eu-central-1",
                     license_type="FWAAS-AGGREGATE", spn_name="europe-central-linden", ipsec_tunnel="paris-wan1")
        await c.push([RN])
        await s.at(2)
        # the configured tunnel sits where the config puts it; the scenario's own tunnel where it says
        assert await s.tunnels() == {"paris-wan1": ("paris", "Up"), "extra": ("lab", "Down")}
        # "lab" never had a tunnel up: a new site, not a site down
        assert await s.incidents() == {"INC_SC_PRIMARY_WAN_TUNNEL_DOWN": "Raised"}
    finally:
        await c.aclose()
        await s.api.aclose()


def test_an_app_given_a_bad_scenario_refuses_to_start(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("changes:\n  - {at: 0, tunnel: t, state: dwn}\n")
    with pytest.raises(ValueError, match=r"changes\[0\]\.state: 'dwn'"):
        EmulatorApp(config(health_scenario=str(bad)))


# --------------------------------------------------------------------------- the serve command

BAD_FILE = ("tsg_id: '42'\nchanges:\n  - {at: 0, tunnel: t, state: dwn}\n  - {at: soon, tunnel: t, state: up}\n"
            "  - {every: 1m, count: 3, tunnel: t}\n")


def serve(*args: str) -> Any:
    return CliRunner().invoke(cli, ["emulator", "serve", "--port", "1", *args])


def test_serve_refuses_a_bad_scenario_with_one_line_naming_every_problem(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(BAD_FILE)
    result = serve("--health-scenario", str(bad))
    assert result.exit_code == 2, (result.output, result.exception)
    assert isinstance(result.exception, SystemExit)  # no traceback
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"Error: --health-scenario {bad}: ")
    for named in ("tsg_id: '42' is not a tenant", "changes[0].state: 'dwn'", "changes[1].at: 'soon'",
                  "changes[2].states"):
        assert named in line, line


def test_serve_refuses_a_bad_scenario_named_in_the_config_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(BAD_FILE)
    cfg = tmp_path / "emulator.yaml"
    cfg.write_text(f"health_scenario: {bad}\n")
    result = serve("--config", str(cfg))
    assert result.exit_code == 2, (result.output, result.exception)
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"Error: --config {cfg}: health_scenario {bad}: ") and "changes[0].state" in line


@pytest.mark.parametrize(("args", "said"), [
    (("--health-clock-factor", "0"), "config.health_clock_factor must be a number over 0"),
    (("--health-clock-factor", "-3"), "config.health_clock_factor must be a number over 0"),
    (("--health-scenario", "/nonexistent/scenario.yaml"), "cannot read it"),
])
def test_serve_refuses_bad_health_options_with_one_error_line(args: tuple[str, ...], said: str) -> None:
    result = serve(*args)
    assert result.exit_code == 2, (result.output, result.exception)
    assert isinstance(result.exception, SystemExit)
    # a usage error: click's usage lines, then the one error line naming the option and its rule
    [line] = [x for x in result.stderr.splitlines() if x.startswith("Error:")]
    assert said in line and line.startswith(f"Error: {args[0]}"), line


# --------------------------------------------------------------------------- round-trip-time samples


def test_rtt_samples_and_series_of_them_are_parsed() -> None:
    steps = parse({"changes": [
        {"at": "1m", "tunnel": "t", "rtt_ms": 85},
        {"at": 5, "kind": "rtt", "tunnel": "t", "site": "s", "rtt_ms": 20.5},
        {"every": "10s", "from": "2m", "count": 5, "tunnel": "u", "rtt_ms": [20, 21, 250]},
        {"at": 0, "tunnel": "t", "state": "up"}]}).steps
    assert [(s.offset, s.kind, s.tunnel, s.site, s.state, s.rtt_ms) for s in steps] == [
        (0.0, "tunnel", "t", "", "up", 0.0), (5.0, "rtt", "t", "s", "", 20.5), (60.0, "rtt", "t", "", "", 85.0),
        (120.0, "rtt", "u", "", "", 20.0), (130.0, "rtt", "u", "", "", 21.0), (140.0, "rtt", "u", "", "", 250.0),
        (150.0, "rtt", "u", "", "", 20.0), (160.0, "rtt", "u", "", "", 21.0)]  # the values cycled


def test_bad_rtt_entries_are_named_with_their_place() -> None:
    found = problems({"changes": [
        {"at": 0, "tunnel": "t", "rtt_ms": 0},
        {"at": 0, "tunnel": "t", "rtt_ms": "fast"},
        {"at": 0, "kind": "rtt", "tunnel": "t"},
        {"tunnel": "t", "rtt_ms": 60_000, "state": "up"},
        {"at": 0, "kind": "tunnel", "tunnel": "t", "state": "up", "rtt_ms": 20},
        {"every": "1s", "count": 3, "tunnel": "t", "rtt_ms": []},
        {"every": "1s", "count": 3, "tunnel": "t", "rtt_ms": [20, -1, True]},
        {"every": 0, "count": 3, "rtt_ms": 20},
        {"at": 0, "tunnel": "t", "rtt_ms": [20, 30]},
    ]})
    said = "is not a round-trip time in milliseconds (a number above 0 and under 60000)"
    assert found == [
        f"changes[0].rtt_ms: 0 {said}",
        f"changes[1].rtt_ms: 'fast' {said}",
        "changes[2].rtt_ms: required",
        "changes[3]: unknown field(s) state; known: at, kind, tunnel, site, rtt_ms",
        "changes[3].at: required",
        f"changes[3].rtt_ms: 60000 {said}",
        "changes[4]: unknown field(s) rtt_ms; known: at, kind, tunnel, site, state, reason",
        "changes[5].rtt_ms: must be a non-empty list of round-trip times in milliseconds, not []",
        f"changes[6].rtt_ms[1]: -1 {said}",
        f"changes[6].rtt_ms[2]: True {said}",
        "changes[7].tunnel: required",
        "changes[7].every: must be above 0",
        "changes[7].rtt_ms: must be a non-empty list of round-trip times in milliseconds, not 20",
        f"changes[8].rtt_ms: [20, 30] {said}",
    ]


def test_rtt_samples_are_handed_out_when_due_with_their_value() -> None:
    scenario = parse({"places": {"t": {"site": "s"}},
                      "changes": [{"at": "1m", "tunnel": "t", "rtt_ms": 85}, {"at": "2m", "tunnel": "t", "rtt_ms": 90}]})
    source = ScenarioSource(scenario, TSG, start=T0, factor=60)
    [first] = source.due(TSG, T0 + 1.5)
    assert (first.kind, first.tunnel, first.site, first.state, first.at, first.rtt_ms, first.source) == (
        "rtt", "t", "s", "", T0 + 1, 85.0, "scenario")
    assert source.pending == 1


@pytest.mark.anyio
async def test_a_scenario_of_rtt_samples_raises_and_clears_the_rtt_incident(tmp_path: Path) -> None:
    scenario = tmp_path / "rtt.yaml"
    scenario.write_text("places:\n  dc-east-sc: {site: dc-east, service: sc}\n"
                        "changes:\n  - {at: 0, tunnel: dc-east-sc, state: up}\n"
                        "  - {every: 10s, count: 10, tunnel: dc-east-sc, rtt_ms: [30, 31, 29]}\n"
                        "  - {every: 10s, from: 100s, count: 3, tunnel: dc-east-sc, rtt_ms: [140]}\n"
                        "  - {every: 10s, from: 130s, count: 3, tunnel: dc-east-sc, rtt_ms: [35]}\n")
    s = Served(scenario)  # factor 60: 10 s of the file are 1/6 s
    try:
        await s.at(115 / 60)
        assert await s.incidents() == {}  # two samples above 80 ms so far
        await s.at(125 / 60)
        assert await s.incidents() == {"INC_SC_PRIMARY_WAN_TUNNEL_RTT_EXCEEDED_BASELINE": "Raised"}
        await s.at(155 / 60)
        assert await s.incidents() == {"INC_SC_PRIMARY_WAN_TUNNEL_RTT_EXCEEDED_BASELINE": "Cleared"}
        assert await s.tunnels() == {"dc-east-sc": ("dc-east", "Up")}
    finally:
        await s.api.aclose()
