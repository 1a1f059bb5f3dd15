"""The health history and the event model: names, keys, merging, notification claims, retention."""

from __future__ import annotations

import os
import stat

import pytest

from sasekit.health.cause import cause_of, difference, mismatch_events
from sasekit.health.collect import incident_events, places_from
from sasekit.health.history import HealthHistory
from sasekit.health.model import Event, event_name, parse_code
from sasekit.tunnels.check import Event as CheckEvent
from sasekit.tunnels.check import Prediction, SiteCheck

T0 = 1_800_000_000.0


@pytest.mark.parametrize(("code", "name"), [
    ("INC_RN_PRIMARY_WAN_TUNNEL_DOWN", "Prisma RN Primary WAN Tunnel Down"),
    ("INC_RN_SECONDARY_WAN_BGP_FLAP", "Prisma RN Secondary WAN BGP Flap"),
    ("INC_RN_ECMP_TUNNEL_FLAP", "Prisma RN ECMP Tunnel Flap"),
    ("INC_RN_ECMP_BGP_DOWN", "Prisma RN ECMP BGP Down"),
    ("INC_SC_PRIMARY_WAN_TUNNEL_DOWN", "Prisma Service Connection Primary WAN Tunnel Down"),
    ("INC_SC_SECONDARY_WAN_TUNNEL_FLAP", "Prisma Service Connection Secondary WAN Tunnel Flap"),
    ("INC_SC_PRIMARY_WAN_BGP_DOWN", "Prisma Service Connection Primary WAN BGP Down"),
    ("INC_SC_PRIMARY_WAN_BGP_FLAP", "Prisma Service Connection Primary WAN BGP Flap"),
    ("INC_SC_SECONDARY_WAN_BGP_FLAP", "Prisma Service Connection WAN BGP Flap"),   # the table has no SC Secondary BGP
    ("INC_RN_SITE_DOWN", "Prisma RN Site Down"),
    ("INC_RN_PRIMARY_WAN_TUNNEL_RTT_EXCEEDED_BASELINE", "Prisma RN Primary WAN Tunnel RTT Above Baseline"),
])
def test_codes_are_named_as_the_product_table_names_them(code, name):
    c = parse_code(code)
    assert c is not None
    assert event_name(c.service, c.role, c.object, c.state) == name


def test_codes_outside_the_health_view_are_not_parsed():
    assert parse_code("INC_NGFW_TUNNEL_IKE_V2_IPSEC_SA_DH_MISMATCH") is None
    assert parse_code("INC_RN_CAPACITY_EXCEEDED") is None
    assert parse_code("") is None


def test_a_cleared_down_incident_is_a_down_then_an_up_event():
    row = {"incident_id": "i-1", "code": "INC_RN_PRIMARY_WAN_TUNNEL_DOWN", "status": "Cleared",
           "raised_time": int(T0 * 1000), "cleared_time": int((T0 + 60) * 1000), "updated_time": int((T0 + 60) * 1000),
           "title": "tunnel down", "primary_impacted_objects": {"site_names": ["paris"], "tunnel_names": ["paris-wan1"]}}
    down, up = incident_events(row, {})
    assert (down.name, down.at, down.status) == ("Prisma RN Primary WAN Tunnel Down", T0, "Raised")
    assert (up.name, up.at, up.status, up.state) == ("Prisma RN Primary WAN Tunnel Up", T0 + 60, "Cleared", "up")
    assert down.incident_id == up.incident_id == "i-1" and down.key != up.key


def test_places_give_each_tunnel_its_role_and_bgp():
    rns = [{"name": "paris", "ipsec_tunnel": "p1", "secondary_ipsec_tunnel": "p2",
            "protocol": {"bgp": {"enable": True, "peer_ip_address": "10.0.0.1"},
                         "bgp_peer": {"peer_ip_address": "10.0.0.5"}}},
           {"name": "tokyo", "ecmp_load_balancing": "enable",
            "ecmp_tunnels": [{"name": "e1", "ipsec_tunnel": "t1", "peer_ip_address": "10.1.0.1"},
                             {"name": "e2", "ipsec_tunnel": "t2"}], "protocol": {"bgp": {"enable": True}}}]
    scs = [{"name": "dc", "ipsec_tunnel": "dc1"}]
    places = places_from(rns, scs)
    assert places["p1"].role == "primary" and places["p1"].bgp
    assert places["p2"].role == "secondary" and places["p2"].bgp      # the secondary's own peer
    assert places["t1"].role == "ecmp" and places["t1"].bgp and not places["t2"].bgp
    assert places["dc1"].service == "sc" and not places["dc1"].bgp


def _event(key: str, at: float, source: str = "state", state: str = "down", **kw) -> Event:
    return Event(key=key, at=at, site="paris", name=event_name("rn", "primary", "tunnel", state), state=state,
                 tunnel="paris-wan1", role="primary", source=source, **kw)


def test_history_file_is_private_and_events_are_stored_once(tmp_path):
    path = tmp_path / "h.db"
    with HealthHistory(path) as h:
        assert [e.key for e in h.add_events([_event("a", T0), _event("b", T0 + 1, state="up")], now=T0)] == ["a", "b"]
        assert h.add_events([_event("a", T0)], now=T0 + 5) == []
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    with HealthHistory(path) as again:  # a restart keeps them
        assert [e.key for e in again.events()] == ["a", "b"]


def test_a_state_change_and_its_incident_are_one_event(tmp_path):
    with HealthHistory(tmp_path / "h.db") as h:
        h.add_events([_event("state:1", T0)], now=T0)
        new = h.add_events([_event("incident:i-9:Raised", T0 - 2, source="incident", incident_id="i-9",
                                   code="INC_RN_PRIMARY_WAN_TUNNEL_DOWN", status="Raised")], now=T0 + 10)
        assert [e.incident_id for e in new] == ["i-9"]            # news: the incident behind the change
        (one,) = h.events()
        assert one.key == "state:1" and one.incident_id == "i-9"
        # seen again at the next poll: nothing new
        assert h.add_events([_event("incident:i-9:Raised", T0 - 2, source="incident", incident_id="i-9")],
                            now=T0 + 20) == []
        # a state change after the incident it belongs to is not added either
        assert h.add_events([_event("state:2", T0 + 3)], now=T0 + 30) == []
        assert len(h.events()) == 1


def test_claims_tell_each_channel_once_across_restarts_and_retry_failures(tmp_path):
    path = tmp_path / "h.db"
    with HealthHistory(path) as h:
        h.add_events([_event("incident:1:Raised", T0, source="incident"), _event("state:x", T0 + 1)], now=T0)
        assert [e.key for e in h.claim("slack:a", now=T0)] == ["incident:1:Raised"]   # state changes page nobody
        assert h.claim("slack:a", now=T0) == []
        assert [e.key for e in h.claim("webhook:b", now=T0)] == ["incident:1:Raised"]  # another channel
        h.release("webhook:b", "incident:1:Raised")
    with HealthHistory(path) as h:
        assert h.claim("slack:a", now=T0 + 60) == []
        assert [e.key for e in h.claim("webhook:b", now=T0 + 60)] == ["incident:1:Raised"]


def test_retention_prunes_old_events_and_samples_only(tmp_path):
    with HealthHistory(tmp_path / "h.db", retention_s=3600) as h:
        h.add_events([_event("old", T0 - 7200), _event("new", T0 - 60)], now=T0)
        h.add_samples([{"at": T0 - 7200, "site": "paris", "tunnel": "t", "egress": "e", "target": "icmp:x",
                        "method": "icmp"}, {"at": T0, "site": "paris", "tunnel": "t", "egress": "e",
                                            "target": "icmp:x", "method": "icmp", "rtt_ms": 1.5}])
        assert h.prune(now=T0) == 2
        assert [e.key for e in h.events()] == ["new"]
        assert [s["rtt_ms"] for s in h.samples()] == [1.5]
    with pytest.raises(ValueError, match="retention"):
        HealthHistory(tmp_path / "x.db", retention_s=0)


def _check_event(field: str, prisma: str, branch: str, *, latent: bool = False, stage: str = "rekey") -> CheckEvent:
    return CheckEvent(name="Prisma IPsec Config Mismatch", tunnel="paris-wan1", stage=stage, field=field,
                      prisma=prisma, branch=branch, symptom="tunnel comes up, then fails at the first CHILD_SA rekey",
                      responder_log="no acceptable KEY_EXCHANGE_METHOD found", latent=latent)


def test_a_flap_on_a_pfs_mismatch_says_it_flaps_at_every_rekey():
    pfs = _check_event("pfs", "group20", "group14", latent=True)
    flap = _event("incident:f:Raised", T0, source="incident", state="flap")
    assert cause_of(flap, [pfs]) == "flapping at every rekey: PFS group differs, branch group14, Prisma group20"
    assert cause_of(_event("k", T0, state="up"), [pfs]) == ""      # an up needs no cause
    assert cause_of(_event("k", T0), [pfs]) == ""                  # nor a down the mismatch cannot explain
    assert cause_of(flap, []) == ""                                 # nothing found: the cause is elsewhere
    down = cause_of(_event("d", T0), [_check_event("esp", "aes256/sha256", "aes128/sha1", stage="CREATE_CHILD_SA")])
    assert down.startswith("down: Prisma IPsec Config Mismatch: ESP proposals differs, branch aes128/sha1")


def test_secrets_are_never_in_a_cause():
    psk = _check_event("psk", "differs", "differs", stage="IKE_AUTH")
    assert difference(psk) == "pre-shared key differs"


def test_mismatches_are_events_keyed_by_what_differs():
    report = SiteCheck("paris", [Prediction("paris-wan1", events=[_check_event("pfs", "group20", "group14",
                                                                               latent=True)])])
    (e,) = mismatch_events([report], {"paris-wan1": ("rn", "primary")}, T0)
    again = mismatch_events([report], {"paris-wan1": ("rn", "primary")}, T0 + 300)
    assert e.key == again[0].key and e.name == "Prisma IPsec Config Mismatch" and e.state == "mismatch"
    assert "PFS group differs, branch group14, Prisma group20" in e.detail
