"""Incidents derived from the tunnel-state timeline, by the service's thresholds.

Times are synthetic (the rules are a pure function of the timeline and "now"): a flap
series is a list of state changes, not a test that waits ten minutes.
"""

from __future__ import annotations

import pytest

from sasekit.emulator.incidents import FLAP_CLEAR_S, FLAP_WINDOW_S, SITE_DOWN_S, Place, derive

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
    assert raised[0].to_row()["raised_time"] == 100_000 and raised[0].to_row()["cleared_time"] == 100_000
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


def test_after_a_flap_clears_its_flaps_do_not_count_toward_the_next_one():
    events = flaps("paris-01-wan1", 0, 5, every=10)  # raised at the 5th flap, at 41
    cleared_at = events[-1]["at"] + FLAP_CLEAR_S  # up since 42: cleared at 522, inside the window of the flaps
    one = [*events, ev("paris-01-wan1", "down", cleared_at + 10), ev("paris-01-wan1", "up", cleared_at + 11)]
    found = [i for i in derive("t", one, PLACES, now=cleared_at + 100) if i.code.endswith("_FLAP")]
    assert [(i.status, i.cleared_at) for i in found] == [("Cleared", cleared_at)]
    # five new flaps after the clear raise a new one, at the fifth of them
    again = [*events, *flaps("paris-01-wan1", cleared_at + 10, 5, every=10)[1:]]
    found = [i for i in derive("t", again, PLACES, now=cleared_at + 100) if i.code.endswith("_FLAP")]
    assert [(i.status, i.raised_at) for i in found] == [("Cleared", 41), ("Raised", cleared_at + 10 + 41)]


def test_every_down_of_a_flap_series_is_also_a_down_incident_raised_and_cleared():
    found = derive("t", flaps("paris-01-wan1", 0, 5, every=10), PLACES, now=100)
    downs = [i for i in found if i.code.endswith("TUNNEL_DOWN")]
    assert len(downs) == 5 and all(i.status == "Cleared" for i in downs)
    assert len({i.incident_id for i in found}) == len(found)


def test_bgp_and_service_connections_have_their_own_codes():
    found = derive("t", [*flaps("paris-01-wan1", 0, 5, 10, kind="bgp"), ev("sc-east-t1", "up", -SITE_DOWN_S),
                         ev("sc-east-t1", "down", 5 - SITE_DOWN_S)], PLACES, now=100)
    assert set(codes(found, "Raised")) == {"INC_RN_PRIMARY_WAN_BGP_FLAP", "INC_SC_PRIMARY_WAN_TUNNEL_DOWN",
                                           "INC_SC_SITE_DOWN"}
    bgp = next(i for i in found if i.code == "INC_RN_PRIMARY_WAN_BGP_FLAP")
    assert bgp.to_row()["primary_impacted_objects"]["bgp_peer_names"] == ["paris-01-wan1"]


def site_down(events: list[dict], now: float, factor: float = 1.0) -> list[tuple[str, float, float | None]]:
    return [(i.status, i.raised_at, i.cleared_at) for i in derive("t", events, PLACES, now=now, factor=factor)
            if i.code == "INC_RN_SITE_DOWN"]


def test_a_site_is_down_when_no_tunnel_of_it_has_been_up_for_ten_minutes():
    events = [ev("paris-01-wan1", "up", 0), ev("paris-01-lte", "up", 0), ev("paris-01-wan1", "down", 10)]
    assert site_down(events, now=10 + 2 * SITE_DOWN_S) == []  # one tunnel still up
    events += [ev("paris-01-lte", "inactive", 15)]  # the last one up leaves up: inactive is not up
    assert site_down(events, now=15 + SITE_DOWN_S - 1) == []
    [site] = [i for i in derive("t", events, PLACES, now=15 + SITE_DOWN_S) if i.code == "INC_RN_SITE_DOWN"]
    assert (site.status, site.raised_at, site.tunnels) == ("Raised", 15 + SITE_DOWN_S, ["paris-01-lte",
                                                                                       "paris-01-wan1"])
    events += [ev("paris-01-lte", "init", 15 + SITE_DOWN_S + 5), ev("paris-01-lte", "up", 15 + SITE_DOWN_S + 40)]
    assert site_down(events, now=2000) == [("Cleared", 15 + SITE_DOWN_S, 15 + SITE_DOWN_S + 40)]


def test_a_site_down_for_less_than_ten_minutes_raises_no_site_down():
    events = [ev("paris-01-wan1", "up", 0), ev("paris-01-wan1", "down", 100), ev("paris-01-wan1", "up", 130)]
    assert site_down(events, now=2000) == []
    # back up at the very moment the ten minutes are over: raised, and cleared then
    events = [ev("paris-01-wan1", "up", 0), ev("paris-01-wan1", "down", 100),
              ev("paris-01-wan1", "up", 100 + SITE_DOWN_S + 1)]
    assert site_down(events, now=2000) == [("Cleared", 100 + SITE_DOWN_S, 100 + SITE_DOWN_S + 1)]


def test_a_new_site_whose_tunnels_never_came_up_is_not_down():
    events = [ev("paris-01-wan1", "init", 0), ev("paris-01-wan1", "down", 10), ev("paris-01-lte", "init", 0)]
    assert site_down(events, now=10 * SITE_DOWN_S) == []


def test_the_site_down_hold_is_scaled_by_the_clock_factor():
    events = [ev("paris-01-wan1", "up", 0), ev("paris-01-wan1", "down", 1)]
    assert site_down(events, now=1 + SITE_DOWN_S / 60 - 0.5, factor=60) == []
    assert site_down(events, now=1 + SITE_DOWN_S / 60, factor=60) == [("Raised", 1 + SITE_DOWN_S / 60, None)]


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


# --------------------------------------------------------------------------- round-trip time above its baseline

RTT = "INC_RN_PRIMARY_WAN_TUNNEL_RTT_EXCEEDED_BASELINE"


def rtt(tunnel: str, values: list[float], start: float = 0, every: float = 10, site: str = "") -> list[dict]:
    """Samples of ``tunnel``, one each ``every`` seconds from ``start``."""
    return [{"tunnel": tunnel, "site": site, "at": start + i * every, "rtt_ms": v} for i, v in enumerate(values)]


BASE = [20.0] * 10  # a baseline of 20 ms: the threshold is max(2 x 20, 20 + 50) = 70 ms


def test_three_samples_in_a_row_above_the_baseline_raise_the_rtt_incident():
    samples = rtt("paris-01-wan1", [*BASE, 30, 80, 90, 85])
    [inc] = derive("t", [], PLACES, now=1000, rtt=samples)
    assert (inc.code, inc.status, inc.raised_at, inc.cleared_at) == (RTT, "Raised", 130, None)  # the 3rd high one
    assert inc.title == "tunnel paris-01-wan1 of paris-01: round-trip time above its baseline"
    assert "round-trip time 85 ms" in inc.description and "baseline 20 ms" in inc.description
    assert "above 70 ms" in inc.description
    row = inc.to_row()
    assert (row["severity"], row["severity_id"], row["sub_category"]) == ("Medium", 300, "Remote Networks")
    assert row["primary_impacted_objects"]["tunnel_names"] == ["paris-01-wan1"]
    # the same timeline, asked again later with more samples: the same incident, the same id
    again = derive("t", [], PLACES, now=2000, rtt=[*samples, *rtt("paris-01-wan1", [95], start=140)])
    assert [i.incident_id for i in again] == [inc.incident_id]


def test_three_samples_in_a_row_back_under_the_threshold_clear_it_and_a_new_run_raises_anew():
    samples = rtt("paris-01-wan1", [*BASE, 80, 80, 80, 30, 30, 80, 30, 30, 70])  # 70: not above 70
    [inc] = derive("t", [], PLACES, now=1000, rtt=samples)
    assert (inc.status, inc.raised_at, inc.cleared_at) == ("Cleared", 120, 180)  # the 3rd low one after the 80
    still = derive("t", [], PLACES, now=170, rtt=samples)  # two under, then one above: not cleared yet
    assert [i.status for i in still] == ["Raised"]
    twice = derive("t", [], PLACES, now=1000, rtt=[*samples, *rtt("paris-01-wan1", [90, 90, 90], start=200)])
    assert [(i.status, i.raised_at) for i in twice] == [("Cleared", 120), ("Raised", 220)]
    assert twice[0].incident_id != twice[1].incident_id


@pytest.mark.parametrize("values", [[80, 80], [80, 80, 30, 80, 80, 30, 80, 80], [60, 60, 60, 60], [70, 70, 70]])
def test_fewer_than_three_samples_in_a_row_above_the_threshold_raise_nothing(values: list[float]):
    assert derive("t", [], PLACES, now=1000, rtt=rtt("paris-01-wan1", [*BASE, *values])) == []


def test_the_threshold_is_twice_the_baseline_when_that_is_more_than_50_ms_above_it():
    high = [100.0] * 10  # the threshold: max(200, 150) = 200 ms
    assert derive("t", [], PLACES, now=1000, rtt=rtt("paris-01-wan1", [*high, 190, 199, 200])) == []
    [inc] = derive("t", [], PLACES, now=1000, rtt=rtt("paris-01-wan1", [*high, 201, 201, 250]))
    assert "above 200 ms" in inc.description and "baseline 100 ms" in inc.description


def test_the_baseline_is_learnt_per_tunnel_from_the_median_of_its_first_ten_samples():
    near = rtt("paris-01-wan1", [20, 21, 19, 20, 500, 20, 22, 18, 20, 21, 150, 150, 150])  # one spike: median 20
    far = rtt("paris-01-lte", [200] * 10 + [150, 150, 150], start=5)
    found = derive("t", [], PLACES, now=1000, rtt=[*far, *near])
    assert codes(found) == [RTT]  # 150 ms is far above paris-01-wan1's 20, under paris-01-lte's 200
    assert "baseline 20 ms" in found[0].description
    # the baseline is the first samples', not the latest: a lasting rise stays raised
    lasting = rtt("paris-01-wan1", [*BASE, *[150] * 50])
    assert [i.status for i in derive("t", [], PLACES, now=1000, rtt=lasting)] == ["Raised"]


def test_no_baseline_no_incident_and_samples_after_now_are_not_seen():
    assert derive("t", [], PLACES, now=1000, rtt=rtt("paris-01-wan1", [20, 20, 20, 80, 80, 80, 80])) == []
    samples = rtt("paris-01-wan1", [*BASE, 80, 80, 80])
    assert derive("t", [], PLACES, now=119, rtt=samples) == []
    assert codes(derive("t", [], PLACES, now=120, rtt=samples)) == [RTT]
    # out of order, as a source may send them: taken in time order
    assert codes(derive("t", [], PLACES, now=120, rtt=list(reversed(samples)))) == [RTT]


@pytest.mark.parametrize(("place", "code"), [
    (Place("sc-east", "primary", "sc"), "INC_SC_PRIMARY_WAN_TUNNEL_RTT_EXCEEDED_BASELINE"),
    (Place("sc-east", "secondary", "sc"), "INC_SC_SECONDARY_WAN_TUNNEL_RTT_EXCEEDED_BASELINE"),
    (Place("sc-east", "ecmp", "sc"), "INC_SC_PRIMARY_WAN_TUNNEL_RTT_EXCEEDED_BASELINE"),  # no ECMP code for SC
    (Place("paris-01", "secondary"), "INC_RN_SECONDARY_WAN_TUNNEL_RTT_EXCEEDED_BASELINE"),
    (Place("paris-01", "ecmp"), "INC_RN_ECMP_TUNNEL_RTT_EXCEEDED_BASELINE"),
])
def test_the_rtt_code_follows_the_tunnels_role_and_kind_of_site(place: Place, code: str):
    [inc] = derive("t", [], {"x": place}, now=1000, rtt=rtt("x", [*BASE, 80, 80, 80]))
    assert inc.code == code and inc.site == place.site
    assert inc.to_row()["sub_category"] == ("Service Connections" if place.service == "sc" else "Remote Networks")


def test_a_tunnel_no_place_names_sits_at_its_samples_site_and_state_rules_still_apply():
    events = [ev("lab-t1", "up", 0), ev("lab-t1", "down", 500)]
    found = derive("t", events, {}, now=500 + SITE_DOWN_S, rtt=rtt("lab-t1", [*BASE, 80, 80, 80], site="lab"))
    assert [(i.code, i.site) for i in found] == [(RTT, "lab"), ("INC_RN_PRIMARY_WAN_TUNNEL_DOWN", "lab"),
                                                ("INC_RN_SITE_DOWN", "lab")]
    # without a site in the samples: the site of its latest state change
    [inc] = derive("t", [ev("lab-t1", "up", 0)], {}, now=1000, rtt=rtt("lab-t1", [*BASE, 80, 80, 80]))
    assert inc.site == "lab"
