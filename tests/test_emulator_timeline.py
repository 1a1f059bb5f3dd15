"""The emulator's tunnel-state timeline: what a source of tunnel state (the lab's monitor)
feeds in is what the emulator says about each tunnel, and bad input is refused whole.

The health views read this timeline; a repeated state (a monitor restarted) must not
count as a change, or a restart would look like a flap.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from client_fixtures import config
from emulator_helpers import Api, make_app
from fakes import FakeClock
from sasekit.emulator import DEMO_ACCOUNT, timeline
from sasekit.emulator.app import EmulatorApp
from sasekit.emulator.store import Store
from sasekit.emulator.timeline import RTT_FIRST_KEPT, Change, Timeline

FEED = "/_emulator/tunnel-events"


@pytest.fixture
async def api() -> AsyncIterator[Api]:
    client = Api(make_app())
    yield client
    await client.aclose()


async def feed(api: Api, body: dict) -> dict:
    resp = await api.http.post(FEED, json=body, headers=api.app.admin_headers)
    assert resp.status_code == 200, resp.text
    return resp.json()


async def view(api: Api, **query: str) -> dict:
    resp = await api.http.get("/_emulator/tunnels", params=query, headers=api.app.admin_headers)
    assert resp.status_code == 200, resp.text
    return resp.json()


@pytest.mark.anyio
async def test_changes_and_counters_fed_in_are_the_tunnels_state(api: Api) -> None:
    answer = await feed(api, {"changes": [
        {"tunnel": "paris-01-wan1", "site": "paris-01", "state": "init", "at": 100.0, "reason": "IKE_SA connecting"},
        {"tunnel": "paris-01-wan1", "site": "paris-01", "state": "up", "at": 101.5},
        {"kind": "bgp", "tunnel": "paris-01-wan1", "site": "paris-01", "state": "up", "at": 103.0}]})
    assert answer == {"recorded": 3, "repeated": 0, "counted": 0, "unknown_tunnels": 0}
    answer = await feed(api, {"counters": [{"tunnel": "paris-01-wan1", "bytes_in": 840, "bytes_out": 840,
                                            "packets_in": 10, "packets_out": 10, "at": 110.0},
                                           {"tunnel": "nowhere", "bytes_in": 1}]})
    assert answer["counted"] == 1 and answer["unknown_tunnels"] == 1
    state = await view(api)
    tunnel = next(t for t in state["tunnels"] if t["kind"] == "tunnel")
    assert (tunnel["tunnel"], tunnel["state"], tunnel["since"], tunnel["changes"]) == ("paris-01-wan1", "up",
                                                                                       101.5, 1)
    assert (tunnel["bytes_in"], tunnel["packets_out"], tunnel["counted"]) == (840, 10, 110.0)
    assert [e["state"] for e in state["events"]] == ["init", "up", "up"]
    assert state["events"][0]["reason"] == "IKE_SA connecting" and state["events"][0]["source"] == "lab"
    assert [e["state"] for e in (await view(api, since="101"))["events"]] == ["up", "up"]


@pytest.mark.anyio
async def test_a_repeated_state_is_not_a_change(api: Api) -> None:
    change = {"tunnel": "t1", "state": "up", "at": 5.0}
    assert (await feed(api, {"changes": [change]}))["recorded"] == 1
    answer = await feed(api, {"changes": [{**change, "at": 9.0}]})
    assert (answer["recorded"], answer["repeated"]) == (0, 1)
    state = await view(api)
    assert len(state["events"]) == 1 and state["tunnels"][0]["since"] == 5.0


@pytest.mark.anyio
@pytest.mark.parametrize(("body", "named"), [
    ({"changes": [{"tunnel": "t", "state": "sideways"}]}, "changes[0].state: 'sideways'"),
    ({"changes": [{"kind": "bgp", "tunnel": "t", "state": "init"}]}, "changes[0].state: 'init'"),
    ({"changes": [{"kind": "ospf", "tunnel": "t", "state": "up"}]}, "changes[0].kind"),
    ({"changes": [{"state": "up"}]}, "changes[0].tunnel: required"),
    ({"changes": [{"tunnel": "t", "state": "up", "at": "yesterday"}]}, "changes[0].at"),
    ({"counters": [{"tunnel": "t", "bytes_in": -1}]}, "counters[0].bytes_in"),
    ({"counters": [{"tunnel": "t", "packets_in": True}]}, "counters[0].packets_in"),
    ({"changes": "up"}, "changes: must be a list"),
    ({"changes": [{"tunnel": "t", "state": "up"}] * 201}, "at most 200"),
    ({"chnages": []}, "unknown field(s) chnages"),
    ({"tsg_id": "999", "changes": []}, "tsg_id: '999'"),
    ([1, 2], "body: must be an object"),
    ({"changes": [{"tunnel": "t", "state": "up", "kind": ["tunnel"]}]},
     "changes[0].kind: ['tunnel'] is not one of tunnel, bgp"),
    ({"changes": [{"tunnel": "t", "state": "up", "kind": {"a": 1}}]},
     "changes[0].kind: {'a': 1} is not one of tunnel, bgp"),
    ({"changes": [{"tunnel": "t", "state": {"up": 1}}]},
     "changes[0].state: {'up': 1} is not one of init, up, inactive, down"),
])
async def test_bad_input_is_refused_whole_naming_field_and_value(api: Api, body: object, named: str) -> None:
    good = {"tunnel": "kept-out", "state": "up"}
    if isinstance(body, dict) and isinstance(body.get("changes", []), list) and len(body.get("changes", [])) < 50:
        body = {**body, "changes": [*body.get("changes", []), good]}
    resp = await api.http.post(FEED, json=body, headers=api.app.admin_headers)
    assert resp.status_code == 400, resp.text
    details = " ".join(resp.json()["_errors"][0]["details"])
    assert named in details, details
    assert (await view(api))["tunnels"] == []  # nothing of a refused request is taken


@pytest.mark.anyio
async def test_the_timeline_is_per_tenant_and_emptied_by_a_reset(api: Api) -> None:
    await feed(api, {"tsg_id": DEMO_ACCOUNT["tsg_id"], "changes": [{"tunnel": "t", "state": "down"}]})
    assert len((await view(api, tsg_id=DEMO_ACCOUNT["tsg_id"]))["tunnels"]) == 1
    bad = await api.http.get("/_emulator/tunnels", params={"tsg_id": "42"}, headers=api.app.admin_headers)
    assert bad.status_code == 400
    await api.http.post("/_emulator/reset", headers=api.app.admin_headers)
    assert (await view(api))["tunnels"] == []


# --------------------------------------------------------------------------- round-trip-time samples

TSG = DEMO_ACCOUNT["tsg_id"]


@pytest.mark.anyio
async def test_rtt_samples_fed_in_are_stored_per_tenant_in_time_order(api: Api) -> None:
    answer = await feed(api, {"changes": [{"tunnel": "paris-01-wan1", "state": "up", "at": 100.0}],
                              "rtt": [{"tunnel": "paris-01-wan1", "site": "paris-01", "rtt_ms": 21.5, "at": 120.0},
                                      {"tunnel": "paris-01-wan1", "rtt_ms": 20, "at": 110.0},
                                      {"tunnel": "lyon-wan1", "rtt_ms": 59_999.9, "at": 115.0}]})
    assert answer == {"recorded": 4, "repeated": 0, "counted": 0, "unknown_tunnels": 0}  # a sample is always new
    assert api.app.timeline.rtt(TSG) == [
        {"tunnel": "paris-01-wan1", "site": "", "at": 110.0, "rtt_ms": 20.0},
        {"tunnel": "lyon-wan1", "site": "", "at": 115.0, "rtt_ms": 59_999.9},
        {"tunnel": "paris-01-wan1", "site": "paris-01", "at": 120.0, "rtt_ms": 21.5}]
    assert [s["at"] for s in api.app.timeline.rtt(TSG, since=115.0)] == [115.0, 120.0]
    assert api.app.timeline.rtt("another-tenant") == []
    state = await view(api)
    assert [e["state"] for e in state["events"]] == ["up"]  # samples are no state changes
    assert [t["tunnel"] for t in state["tunnels"]] == ["paris-01-wan1"]


@pytest.mark.anyio
@pytest.mark.parametrize(("rtt", "named"), [
    ([{"tunnel": "t", "rtt_ms": 0}], "rtt[0].rtt_ms: 0 is not a round-trip time in milliseconds"),
    ([{"tunnel": "t", "rtt_ms": 60_000}], "rtt[0].rtt_ms: 60000 is not a round-trip time"),
    ([{"tunnel": "t", "rtt_ms": -3}], "rtt[0].rtt_ms: -3"),
    ([{"tunnel": "t", "rtt_ms": "fast"}], "rtt[0].rtt_ms: 'fast'"),
    ([{"tunnel": "t", "rtt_ms": True}], "rtt[0].rtt_ms: True"),
    ([{"tunnel": "t"}], "rtt[0].rtt_ms: required"),
    ([{"rtt_ms": 20}], "rtt[0].tunnel: required"),
    ([{"tunnel": "t", "rtt_ms": 20, "at": "now"}], "rtt[0].at: 'now'"),
    ([{"tunnel": "t", "rtt_ms": 20, "state": "up"}], "rtt[0]: unknown field(s) state; known: tunnel, site, rtt_ms, at"),
    ([{"tunnel": "t", "rtt_ms": 20}, "20"], "rtt[1]: must be an object"),
    ([{"tunnel": "t", "rtt_ms": 20}] * 201, "rtt: at most 200 per request, got 201"),
    ("20", "rtt: must be a list"),
])
async def test_bad_rtt_samples_are_refused_whole_naming_field_and_value(api: Api, rtt: object, named: str) -> None:
    good = [{"tunnel": "kept-out", "rtt_ms": 5}] if isinstance(rtt, list) and len(rtt) < 200 else []
    body = {"rtt": rtt if not isinstance(rtt, list) else [*rtt, *good],
            "changes": [{"tunnel": "kept-out", "state": "up"}]}
    resp = await api.http.post(FEED, json=body, headers=api.app.admin_headers)
    assert resp.status_code == 400, resp.text
    details = " ".join(resp.json()["_errors"][0]["details"])
    assert named in details, details
    assert api.app.timeline.rtt(TSG) == [] and (await view(api))["tunnels"] == []


@pytest.mark.anyio
async def test_a_change_of_kind_rtt_is_sent_as_a_sample_instead(api: Api) -> None:
    resp = await api.http.post(FEED, json={"changes": [{"kind": "rtt", "tunnel": "t", "state": "up"}]},
                               headers=api.app.admin_headers)
    assert resp.status_code == 400 and "changes[0].kind: 'rtt' samples go in the body's 'rtt' list" in resp.text


@pytest.mark.anyio
async def test_a_reset_empties_the_rtt_samples(api: Api) -> None:
    await feed(api, {"rtt": [{"tunnel": "t", "rtt_ms": 20, "at": 5.0}]})
    assert len(api.app.timeline.rtt(TSG)) == 1
    await api.http.post("/_emulator/reset", headers=api.app.admin_headers)
    assert api.app.timeline.rtt(TSG) == []


def test_state_changes_are_bounded_per_tenant_keeping_each_tunnels_latest(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(timeline, "MAX_EVENTS", 50)
    monkeypatch.setattr(timeline, "TRIM_EVERY", 10)
    line = Timeline(Store())
    line.record(TSG, Change("tunnel", "quiet", "s", "up", 0.0))  # changes once, long ago
    line.record(TSG, Change("bgp", "quiet", "s", "up", 0.5))
    for i in range(300):
        line.record(TSG, Change("tunnel", "busy", "s", "down" if i % 2 else "up", 1.0 + i))
        line.record("another", Change("tunnel", "busy", "s", "down" if i % 2 else "up", 1.0 + i))
        assert len(line.events(TSG, 0.0, 1 << 62)) <= 50
    kept = line.events(TSG, 0.0, 1 << 62)
    assert [(e["kind"], e["tunnel"], e["state"]) for e in kept[:2]] == [("tunnel", "quiet", "up"), ("bgp", "quiet", "up")]
    busy = [e["at"] for e in kept if e["tunnel"] == "busy"]
    assert busy == [float(t) for t in range(301 - len(busy), 301)]  # the newest, in order
    assert kept[-1]["state"] == "down"  # the latest change, as the views replay it, is the state now
    states = {(t["kind"], t["tunnel"]): t["state"] for t in line.now(TSG)}
    assert states == {("tunnel", "quiet"): "up", ("bgp", "quiet"): "up", ("tunnel", "busy"): "down"}
    assert 40 <= len(line.events("another", 0.0, 1 << 62)) <= 50  # per tenant


def test_rtt_storage_keeps_each_tunnels_first_samples_and_its_latest(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(timeline, "RTT_KEEP", 5)
    line = Timeline(Store())
    for i in range(40):
        line.sample(TSG, "a", "s", float(i), 10.0 + i)
        if i < 3:
            line.record(TSG, Change("rtt", "b", "s", "", float(i), rtt_ms=1.0))
    kept = [s["at"] for s in line.rtt(TSG) if s["tunnel"] == "a"]
    assert kept == [float(i) for i in [*range(RTT_FIRST_KEPT), *range(35, 40)]]  # the baseline's and the latest
    assert [s["at"] for s in line.rtt(TSG) if s["tunnel"] == "b"] == [0.0, 1.0, 2.0]  # per tunnel


@pytest.mark.anyio
async def test_rtt_samples_fed_in_raise_an_incident_listed_by_the_search() -> None:
    t0 = 1_700_000_000.0
    clock = FakeClock(t0)
    app = EmulatorApp(config(push_s=0, rate_limit={"enabled": False}), clock=clock)
    client = Api(app)
    try:
        values = [20.0] * 10 + [90.0, 95.0, 120.0]
        samples = [{"tunnel": "paris-01-wan1", "site": "paris-01", "rtt_ms": v, "at": t0 + 10 * i}
                   for i, v in enumerate(values)]
        resp = await client.http.post(FEED, json={"rtt": samples}, headers=app.admin_headers)
        assert resp.status_code == 200, resp.text
        clock.now = t0 + 200
        headers = {"X-PANW-Region": "europe", "Prisma-Tenant": TSG}
        resp = await client.post("/incidents/v1/search", json={"filter": {"rules": [
            {"property": "status", "operator": "in", "values": ["Raised"]}]}}, headers=headers)
        assert resp.status_code == 200, resp.text
        [row] = resp.json()["data"]
        assert (row["code"], row["status"], row["severity"]) == (
            "INC_RN_PRIMARY_WAN_TUNNEL_RTT_EXCEEDED_BASELINE", "Raised", "Medium")
        assert row["title"] == "tunnel paris-01-wan1 of paris-01: round-trip time above its baseline"
        assert row["raised_time"] == round((t0 + 120) * 1000)
        assert row["primary_impacted_objects"]["site_names"] == ["paris-01"]
        details = await client.get(f"/incidents/v1/details/{row['incident_id']}", headers=headers)
        assert details.status_code == 200, details.text
        assert "round-trip time 120 ms" in details.json()["description"]
        assert "baseline 20 ms" in details.json()["description"]
        # back under the threshold for three samples: cleared
        back = [{"tunnel": "paris-01-wan1", "rtt_ms": 25, "at": t0 + 130 + 10 * i} for i in range(3)]
        assert (await client.http.post(FEED, json={"rtt": back}, headers=app.admin_headers)).status_code == 200
        resp = await client.post("/incidents/v1/search", json={}, headers=headers)
        [row] = resp.json()["data"]
        assert (row["status"], row["cleared_time"]) == ("Cleared", round((t0 + 150) * 1000))
    finally:
        await client.aclose()


def test_a_database_from_before_the_place_columns_gets_them_and_keeps_its_changes(tmp_path):
    import sqlite3

    path = tmp_path / "emulator.db"
    old = sqlite3.connect(path)
    old.execute("CREATE TABLE tunnel_events (seq INTEGER PRIMARY KEY AUTOINCREMENT, tsg TEXT NOT NULL, "
                "kind TEXT NOT NULL, tunnel TEXT NOT NULL, site TEXT NOT NULL, state TEXT NOT NULL, "
                "at REAL NOT NULL, reason TEXT NOT NULL, source TEXT NOT NULL)")
    old.execute("INSERT INTO tunnel_events (tsg, kind, tunnel, site, state, at, reason, source) "
                "VALUES ('t1', 'tunnel', 'a-1', 'a', 'up', 1.0, '', 'lab')")
    old.commit()
    old.close()
    store = Store(str(path))
    line = Timeline(store)
    assert line.record("t1", Change("tunnel", "a-1", "a", "down", 2.0, role="primary", service="rn"))
    assert [(e["state"], e["role"]) for e in line.events("t1")] == [("up", ""), ("down", "primary")]
    store.close()
