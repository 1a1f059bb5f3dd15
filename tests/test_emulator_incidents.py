"""Incidents derived from the tunnel-state timeline, by the service's thresholds.

Times are synthetic (the rules are a pure function of the timeline and "now"): a flap
series is a list of state changes, not a test that waits ten minutes.
"""

from __future__ import annotations

import pytest

from sasekit.emulator.incidents import FLAP_CLEAR_S, FLAP_WINDOW_S, Place, derive

PLACES = {"paris-01-wan1": Place("paris-01", "primary"), "paris-01-lte": Place("paris-01", "secondary"),
          "sc-east-t1": Place("sc-east", "primary", "sc")}


def ev(tunnel: str, state: str, at: float, kind: str = "tunnel") -> dict:
    return {"kind": kind, "tunnel": tunnel, "site": tunnel.rsplit("-", 1)[0], "state": state, "at": at}


def flaps(tunnel: str, start: float, count: int, every: float, kind: str = "tunnel") -> list[dict]:
    out = [ev(tunnel, "up", start, kind)]
    for i in range(count):
        out += [ev(tunnel, "down", start + every * i + 1, kind), ev(tunnel, "up", start + every * i + 2, kind)]
    return out


def codes(incidents, status: str | None = None) -> list[str]:
    return [i.code for i in incidents if status is None or i.status == status]


def test_a_tunnel_down_raises_and_its_return_clears():
    events = [ev("paris-01-wan1", "up", 0), ev("paris-01-wan1", "down", 100)]
    raised = derive("t", events, PLACES, now=150)
    assert codes(raised, "Raised") == ["INC_RN_PRIMARY_WAN_TUNNEL_DOWN"]
    assert raised[0].to_row()["raised_time"] == 100_000 and raised[0].to_row()["cleared_time"] is None
    cleared = derive("t", [*events, ev("paris-01-wan1", "up", 130)], PLACES, now=150)
    assert codes(cleared, "Cleared") == ["INC_RN_PRIMARY_WAN_TUNNEL_DOWN"] and cleared[0].cleared_at == 130
    assert cleared[0].incident_id == raised[0].incident_id  # the same incident, seen again: the same id


@pytest.mark.parametrize(("count", "flapping"), [(4, False), (5, True)])
def test_a_flap_is_raised_at_five_flaps_in_ten_minutes(count: int, flapping: bool):
    events = flaps("paris-01-lte", 0, count, every=FLAP_WINDOW_S / 5 - 1)
    found = derive("t", events, PLACES, now=FLAP_WINDOW_S)
    assert ("INC_RN_SECONDARY_WAN_TUNNEL_FLAP" in codes(found, "Raised")) is flapping


def test_five_flaps_spread_over_more_than_ten_minutes_are_not_a_flap():
    events = flaps("paris-01-lte", 0, 5, every=FLAP_WINDOW_S / 4 + 1)
    assert "INC_RN_SECONDARY_WAN_TUNNEL_FLAP" not in codes(derive("t", events, PLACES, now=2000))


def test_a_flap_clears_after_eight_minutes_up_and_not_before():
    events = flaps("paris-01-wan1", 0, 5, every=10)
    last_up = events[-1]["at"]
    still = derive("t", events, PLACES, now=last_up + FLAP_CLEAR_S - 1)
    assert codes(still, "Raised") == ["INC_RN_PRIMARY_WAN_TUNNEL_FLAP"]
    done = derive("t", events, PLACES, now=last_up + FLAP_CLEAR_S)
    flap = next(i for i in done if i.code.endswith("_FLAP"))
    assert flap.status == "Cleared" and flap.cleared_at == last_up + FLAP_CLEAR_S
    # a flap inside the eight minutes restarts the wait
    again = [*events, ev("paris-01-wan1", "down", last_up + 300), ev("paris-01-wan1", "up", last_up + 301)]
    assert codes(derive("t", again, PLACES, now=last_up + FLAP_CLEAR_S + 10), "Raised") == [
        "INC_RN_PRIMARY_WAN_TUNNEL_FLAP"]


def test_every_down_of_a_flap_series_is_also_a_down_incident_raised_and_cleared():
    found = derive("t", flaps("paris-01-wan1", 0, 5, every=10), PLACES, now=100)
    downs = [i for i in found if i.code.endswith("TUNNEL_DOWN")]
    assert len(downs) == 5 and all(i.status == "Cleared" for i in downs)
    assert len({i.incident_id for i in found}) == len(found)


def test_bgp_and_service_connections_have_their_own_codes():
    found = derive("t", [*flaps("paris-01-wan1", 0, 5, 10, kind="bgp"), ev("sc-east-t1", "up", 0),
                         ev("sc-east-t1", "down", 5)], PLACES, now=100)
    assert set(codes(found, "Raised")) == {"INC_RN_PRIMARY_WAN_BGP_FLAP", "INC_SC_PRIMARY_WAN_TUNNEL_DOWN",
                                           "INC_SC_SITE_DOWN"}
    bgp = next(i for i in found if i.code == "INC_RN_PRIMARY_WAN_BGP_FLAP")
    assert bgp.to_row()["primary_impacted_objects"]["bgp_peer_names"] == ["paris-01-wan1"]


def test_a_site_is_down_when_all_its_tunnels_are():
    events = [ev("paris-01-wan1", "up", 0), ev("paris-01-lte", "up", 0), ev("paris-01-wan1", "down", 10)]
    assert "INC_RN_SITE_DOWN" not in codes(derive("t", events, PLACES, now=20))
    events += [ev("paris-01-lte", "down", 15), ev("paris-01-lte", "up", 40)]
    site = next(i for i in derive("t", events, PLACES, now=50) if i.code == "INC_RN_SITE_DOWN")
    assert (site.raised_at, site.cleared_at, site.tunnels) == (15, 40, ["paris-01-lte", "paris-01-wan1"])


def test_the_clock_factor_compresses_the_thresholds():
    events = flaps("paris-01-wan1", 0, 5, every=FLAP_WINDOW_S / 60 / 5)  # five flaps in ten seconds
    assert "INC_RN_PRIMARY_WAN_TUNNEL_FLAP" in codes(derive("t", events, PLACES, now=12, factor=60))
    end = events[-1]["at"]
    cleared = derive("t", events, PLACES, now=end + FLAP_CLEAR_S / 60, factor=60)
    assert next(i for i in cleared if i.code.endswith("FLAP")).status == "Cleared"
    with pytest.raises(ValueError, match="clock factor 0"):
        derive("t", events, PLACES, now=1, factor=0)


def test_events_after_now_are_not_seen():
    assert derive("t", [ev("paris-01-wan1", "down", 100)], PLACES, now=99) == []
