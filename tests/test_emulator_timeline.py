"""The emulator's tunnel-state timeline: what a source of tunnel state (the lab's monitor)
feeds in is what the emulator says about each tunnel, and bad input is refused whole.

The health views read this timeline; a repeated state (a monitor restarted) must not
count as a change, or a restart would look like a flap.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from emulator_helpers import Api, make_app
from sasekit.emulator import DEMO_ACCOUNT

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
