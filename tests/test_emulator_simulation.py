"""The emulator's tunnel-state simulation: a pushed tunnel comes up exactly when the
negotiation model says it would, on synthetic time (no sleeps).

The Prisma side is what ``sasekit.tunnels`` plans, applies and pushes to a served emulator
whose push jobs run on a fake clock; the branch side is the intent (or, without one, a
mirror of Prisma). ``Simulation.due`` is then asked at chosen times.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from client_fixtures import fresh_tokens, served, sync_client
from sasekit.emulator import DEMO_ACCOUNT, incidents
from sasekit.emulator.simulation import Simulation
from sasekit.emulator.store import Store
from sasekit.emulator.timeline import Change, Timeline
from sasekit.tunnels import apply as applying
from sasekit.tunnels.intent import read
from sasekit.tunnels.plan import plan
from sasekit.workflows.history import History
from sasekit.workflows.loader import loads
from sasekit.workflows.runner import Runner

TSG = DEMO_ACCOUNT["tsg_id"]
RN = "Remote Networks"
T0 = 1_800_000_000.0
PAIRS = ("paris-01-wan1", "paris-01-lte", "sydney-01-wan1")

INTENT = """\
defaults:
  crypto:
    ike: {encryption: [aes-256-cbc], hash: [sha256], dh_group: [group14], lifetime: 8h}
    ipsec: {encryption: [aes-256-cbc], authentication: [sha256], dh_group: group14, lifetime: 1h}
sites:
  - name: paris-01
    location: {city: Paris}
    subnets: [10.20.0.0/24]
    wan:
      - {name: wan1, interface: eth0, address: 203.0.113.10}
      - {name: lte, interface: eth1, address: dynamic, id: paris-01-lte.example.com}
    bgp:
      local_as: 65101
      local_address: 169.254.10.2
      peer_address: 169.254.10.1
      secondary: {local_address: 169.254.11.2, peer_address: 169.254.11.1}
  - name: sydney-01
    location: {country: Australia}
    subnets: [10.30.0.0/24]
    wan: [{name: wan1, interface: ge-0/0/0, address: 198.51.100.20}]
"""
PARIS_CRYPTO = """\
    bgp:
      local_as: 65101"""


def paris_crypto(ike: str = "[aes-256-cbc]", ike_dh: str = "[group14]", pfs: str = "group14") -> str:
    """The intent with paris-01's own crypto (the branch's side of it)."""
    own = (f"    crypto:\n"
           f"      ike: {{encryption: {ike}, hash: [sha256], dh_group: {ike_dh}, lifetime: 8h}}\n"
           f"      ipsec: {{encryption: [aes-256-cbc], authentication: [sha256], dh_group: {pfs}, lifetime: 1h}}\n")
    return INTENT.replace(PARIS_CRYPTO, own + PARIS_CRYPTO)


class Clock:
    """The emulator's push clock, moved by hand."""

    def __init__(self) -> None:
        self.t = T0

    def __call__(self) -> float:
        return self.t


@pytest.fixture(scope="module")
def srv():
    fresh_tokens()
    with served(rate_limit={"enabled": False}) as s:
        yield s


@pytest.fixture
def clock(srv, monkeypatch, tmp_path) -> Iterator[Clock]:
    srv.app.store.reset()
    monkeypatch.setenv("SASEKIT_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    fake = Clock()
    real = srv.app.handlers.clock
    srv.app.handlers.clock = fake
    yield fake
    srv.app.handlers.clock = real


@pytest.fixture
def client(srv, clock):
    with sync_client(srv) as c:
        yield c


def write_intent(tmp_path: Path, text: str) -> Path:
    """Always the same file: its generated keys (``.tunnels.secrets``) stay the same."""
    path = tmp_path / "tunnels.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def apply(client: Any, tmp_path: Path, text: str = INTENT) -> Path:
    """Plan, apply and push the intent (the push job is left to the fake clock)."""
    path = write_intent(tmp_path, text)
    planned = plan(client, read(path))
    assert not planned.problems, planned.problems
    doc = loads(json.dumps(applying.workflow(planned, push=True, wait=False)), str(tmp_path / "apply.json"))
    history = History(tmp_path / "runs.db")
    try:
        result = Runner(client, history, base_dir=tmp_path).run(doc, {})
    finally:
        history.close()
    assert result.status == "succeeded", result.error
    return path


def push(client: Any, clock: Clock, folders: tuple[str, ...] = (RN,)) -> None:
    client.push(list(folders), "test push", wait=False)


def since(srv: Any) -> float:
    running = srv.app.store.running(TSG)
    assert running is not None
    return float(running["since"])


def by_tunnel(changes: list[Change], kind: str = "tunnel") -> dict[str, list[tuple[str, float]]]:
    out: dict[str, list[tuple[str, float]]] = {}
    for c in changes:
        if c.kind == kind:
            out.setdefault(c.tunnel, []).append((c.state, c.at))
    return out


def events(changes: list[Change]) -> list[dict[str, Any]]:
    return [{"kind": c.kind, "tunnel": c.tunnel, "site": c.site, "state": c.state, "at": c.at,
             "reason": c.reason} for c in changes]


# ---------------------------------------------------------------------------- coming up


def test_a_matching_tunnel_goes_init_then_up_after_the_negotiation_time(srv, client, clock, tmp_path):
    path = apply(client, tmp_path)
    sim = Simulation(srv.app.store, intent_path=str(path))
    assert sim.due(TSG, T0) == []  # the push is still running
    first = sim.due(TSG, T0 + 1)
    pushed = since(srv)
    assert T0 < pushed <= T0 + 1
    assert by_tunnel(first) == {name: [("init", pushed)] for name in PAIRS}
    assert all(c.source == "simulation" for c in first)
    later = sim.due(TSG, pushed + 10)
    assert by_tunnel(later) == {name: [("up", pushed + 2.0)] for name in PAIRS}
    up = next(c for c in later if c.tunnel == "paris-01-wan1" and c.kind == "tunnel")
    assert up.reason.startswith("IKE SA up [aes-256-cbc/sha256/group14], CHILD_SA up") and "rekey ok" in up.reason
    # BGP comes up shortly after the tunnel, on the two paris tunnels (sydney has no BGP)
    assert by_tunnel(later, "bgp") == {"paris-01-wan1": [("up", pushed + 3.0)], "paris-01-lte": [("up", pushed + 3.0)]}
    # each change is returned once; a matching tunnel has nothing more to say, even hours later
    assert sim.due(TSG, pushed + 10) == []
    assert sim.due(TSG, pushed + 86_400) == []
    timeline = Timeline(srv.app.store)
    for change in first + later:
        assert timeline.record(TSG, change)
    assert {(t["kind"], t["tunnel"]): t["state"] for t in timeline.now(TSG)} == {
        **{("tunnel", n): "up" for n in PAIRS}, ("bgp", "paris-01-wan1"): "up", ("bgp", "paris-01-lte"): "up"}
    places = sim.places(TSG)
    assert places["paris-01-lte"] == incidents.Place("paris-01", "secondary", "rn")
    assert places["sydney-01-wan1"] == incidents.Place("sydney-01", "primary", "rn")


def test_the_negotiation_time_is_scaled_by_the_clock_factor(srv, client, clock, tmp_path):
    apply(client, tmp_path)
    sim = Simulation(srv.app.store, factor=10.0, negotiate_s=3.0)
    changes = sim.due(TSG, T0 + 5)
    pushed = since(srv)
    assert by_tunnel(changes)["sydney-01-wan1"] == [("init", pushed), ("up", pushed + 0.3)]
    assert by_tunnel(changes, "bgp")["paris-01-wan1"] == [("up", pytest.approx(pushed + 0.4))]


# ---------------------------------------------------------------------------- mismatches


def test_an_ike_mismatch_goes_down_naming_it_and_without_an_intent_everything_comes_up(
        srv, client, clock, tmp_path):
    path = apply(client, tmp_path)
    # the branch now proposes nothing Prisma accepts (the pushed profile is aes-256-cbc/group14)
    write_intent(tmp_path, paris_crypto(ike="[aes-128-cbc]", ike_dh="[group19]"))
    sim = Simulation(srv.app.store, intent_path=str(path))
    changes = sim.due(TSG, T0 + 60)
    pushed = since(srv)
    tunnels = by_tunnel(changes)
    assert tunnels["paris-01-wan1"] == [("init", pushed), ("down", pushed + 2.0)]
    assert tunnels["paris-01-lte"] == [("init", pushed), ("down", pushed + 2.0)]
    assert tunnels["sydney-01-wan1"] == [("init", pushed), ("up", pushed + 2.0)]
    down = next(c for c in changes if c.tunnel == "paris-01-wan1" and c.state == "down" and c.kind == "tunnel")
    assert down.reason.startswith("Prisma IKE Config Mismatch: NO_PROPOSAL_CHOSEN at IKE_SA_INIT (ike: Prisma "
                                  "aes-256-cbc/sha256/group14; branch aes-128-cbc/sha256/group19)"), down.reason
    assert by_tunnel(changes, "bgp") == {"paris-01-wan1": [("down", pushed + 2.0)],
                                         "paris-01-lte": [("down", pushed + 2.0)]}
    prediction = sim.prediction(TSG, "paris-01-wan1")
    assert prediction is not None and prediction.ike_sa == "fails"
    found = incidents.derive(TSG, events(changes), sim.places(TSG), T0 + 60)
    codes = {(i.code, i.status) for i in found}
    assert ("INC_RN_PRIMARY_WAN_TUNNEL_DOWN", "Raised") in codes
    assert "INC_RN_SITE_DOWN" not in {c for c, _ in codes}  # a new site whose tunnels never came up is not down
    assert next(i for i in found if i.code == "INC_RN_PRIMARY_WAN_TUNNEL_DOWN").description == down.reason
    # without an intent the branch mirrors Prisma: every tunnel comes up
    mirror = Simulation(srv.app.store)
    changes = mirror.due(TSG, T0 + 60)
    assert by_tunnel(changes) == {name: [("init", pushed), ("up", pushed + 2.0)] for name in PAIRS}
    assert all(state == "up" for states in by_tunnel(changes, "bgp").values() for state, _ in states)


def test_a_wrong_key_is_an_authentication_failure(srv, client, clock, tmp_path):
    path = apply(client, tmp_path)
    (tmp_path / ".tunnels.secrets" / "sydney-01-wan1.psk").write_text("not-the-pushed-key\n", encoding="utf-8")
    changes = Simulation(srv.app.store, intent_path=str(path)).due(TSG, T0 + 60)
    down = next(c for c in changes if c.tunnel == "sydney-01-wan1" and c.state == "down")
    assert down.reason.startswith("Prisma IKE Config Mismatch: AUTHENTICATION_FAILED at IKE_AUTH (psk: Prisma "
                                  "differs; branch differs)")
    assert "not-the-pushed-key" not in json.dumps(events(changes))


def pfs_cycle(changes: list[Change], tunnel: str) -> list[tuple[str, float]]:
    return by_tunnel(changes)[tunnel]


def test_a_pfs_mismatch_is_up_then_down_at_every_rekey_and_up_again(srv, client, clock, tmp_path):
    path = apply(client, tmp_path)
    write_intent(tmp_path, paris_crypto(pfs="group5"))  # only the PFS group differs
    factor = 60.0  # an hour's lifetime is a minute
    sim = Simulation(srv.app.store, intent_path=str(path), factor=factor)
    n, rekey = 2.0 / factor, 3600 / factor
    changes = sim.due(TSG, T0 + 1)
    pushed = since(srv)
    changes += sim.due(TSG, pushed + n + 3.5 * (rekey + n))
    up0 = pushed + n
    expected = [("init", pushed), ("up", up0)]
    for k in range(3):
        down = up0 + rekey + k * (rekey + n)
        expected += [("down", down), ("up", down + n)]
    assert pfs_cycle(changes, "paris-01-wan1") == [(s, pytest.approx(t)) for s, t in expected]
    assert by_tunnel(changes)["sydney-01-wan1"] == [("init", pushed), ("up", up0)]  # its crypto matches
    down = next(c for c in changes if c.tunnel == "paris-01-wan1" and c.state == "down")
    assert down.reason.startswith("Prisma IPsec Config Mismatch: the CHILD_SA rekey fails: PFS group differs "
                                  "(Prisma group14, branch group5)"), down.reason
    up = [c for c in changes if c.tunnel == "paris-01-wan1" and c.state == "up" and c.kind == "tunnel"]
    assert "rekey fails" in up[0].reason and "without PFS" in up[1].reason
    bgp = [s for s, _ in by_tunnel(changes, "bgp")["paris-01-wan1"]]
    assert bgp == ["up", "down", "up", "down", "up", "down", "up"]  # BGP follows the tunnel
    # an hour's lifetime: 5 flaps take 4 hours, far from 5 within 10 minutes: a DOWN per rekey, no FLAP
    found = incidents.derive(TSG, events(changes), sim.places(TSG), changes[-1].at, factor=factor)
    downs = [i for i in found if i.code == "INC_RN_PRIMARY_WAN_TUNNEL_DOWN"]
    assert len(downs) == 3 and all(i.status == "Cleared" for i in downs)
    assert not any(i.code.endswith("_FLAP") for i in found)


def test_rekeys_close_enough_together_make_a_pfs_mismatch_a_flap_incident_at_the_5th(srv, client, clock,
                                                                                     tmp_path):
    path = apply(client, tmp_path)
    write_intent(tmp_path, paris_crypto(pfs="group5"))
    factor = 100.0
    # rekeys every 100 simulated seconds (shorter than the 180 s any lifetime can be)
    sim = Simulation(srv.app.store, intent_path=str(path), factor=factor, rekey_s=100.0)
    n, rekey = 2.0 / factor, 100.0 / factor
    changes = sim.due(TSG, T0 + 1)
    pushed = since(srv)
    changes += sim.due(TSG, pushed + 100)
    downs = [c.at for c in changes if c.tunnel == "paris-01-wan1" and c.kind == "tunnel" and c.state == "down"]
    assert downs[:2] == [pytest.approx(pushed + n + rekey), pytest.approx(pushed + 2 * n + 2 * rekey)]
    places = sim.places(TSG)

    def flaps(now: float) -> list[incidents.Incident]:
        found = incidents.derive(TSG, events([c for c in changes if c.at <= now]), places, now, factor=factor)
        return [i for i in found if i.code == "INC_RN_PRIMARY_WAN_TUNNEL_FLAP" and "paris-01-wan1" in i.tunnels]

    assert flaps(downs[3] + n / 2) == []  # 4 rekeys: no flap incident yet
    raised = flaps(downs[4] + n / 2)
    assert len(raised) == 1 and raised[0].raised_at == pytest.approx(downs[4]) and raised[0].status == "Raised"
    # the secondary tunnel flaps too, BGP with them
    assert any(i.code == "INC_RN_SECONDARY_WAN_TUNNEL_FLAP" for i in
               incidents.derive(TSG, events(changes), places, pushed + 100, factor=factor))


def test_a_huge_clock_factor_is_bounded_per_call_and_keeps_the_newest_state(srv, client, clock, tmp_path):
    path = apply(client, tmp_path)
    write_intent(tmp_path, paris_crypto(pfs="group5"))
    sim = Simulation(srv.app.store, intent_path=str(path), factor=1e6, max_changes=10)
    sim.due(TSG, T0 + 1)
    pushed = since(srv)
    started = time.monotonic()
    changes = sim.due(TSG, pushed + 3600.0)  # about a million rekeys
    assert time.monotonic() - started < 1.0
    per_tunnel = by_tunnel(changes)
    assert len(per_tunnel["paris-01-wan1"]) <= 10 and "sydney-01-wan1" not in per_tunnel
    assert all(len([c for c in changes if c.tunnel == t]) <= 10 for t in PAIRS)
    # the newest state is the one at `now`: down within a negotiation time of a rekey, else up
    n, rekey = 2.0 / 1e6, 3600 / 1e6
    into_cycle = (pushed + 3600.0 - (pushed + n + rekey)) % (rekey + n)
    state, at = per_tunnel["paris-01-wan1"][-1]
    assert state == ("down" if into_cycle < n else "up") and pushed + 3600.0 - (rekey + n) < at <= pushed + 3600.0
    assert sim.due(TSG, pushed + 3600.0) == []


# ---------------------------------------------------------------------------- later pushes


def test_an_unrelated_push_does_not_reset_a_tunnel_and_a_changed_one_renegotiates(srv, client, clock, tmp_path):
    path = apply(client, tmp_path)
    sim = Simulation(srv.app.store, intent_path=str(path))
    sim.due(TSG, T0 + 1)
    assert len(by_tunnel(sim.due(TSG, T0 + 30))) == 3
    # an address pushed with the tunnels' folder: a new version, nothing for the tunnels
    clock.t = T0 + 100
    client.call("address", "create", folder=RN, name="unrelated", ip_netmask="192.0.2.1/32")
    push(client, clock)
    assert sim.due(TSG, T0 + 200) == []
    assert srv.app.store.running(TSG)["version"] == 2
    # Prisma's IPsec profile of paris drifts to another PFS group: paris renegotiates, sydney does not
    clock.t = T0 + 300
    prof = next(o for o in client.paginate("ipsecCryptoProfile", "list", folder=RN) if o["name"] == "paris-01-ipsec")
    client.call("ipsecCryptoProfile", "update", id=prof["id"], folder=RN,
                **{k: prof[k] for k in ("name", "esp", "lifetime")}, dh_group="group5")
    push(client, clock)
    changes = sim.due(TSG, T0 + 310)
    third = since(srv)
    assert by_tunnel(changes) == {"paris-01-wan1": [("init", third), ("up", third + 2.0)],
                                  "paris-01-lte": [("init", third), ("up", third + 2.0)]}
    assert by_tunnel(changes, "bgp") == {"paris-01-wan1": [("down", third), ("up", third + 3.0)],
                                         "paris-01-lte": [("down", third), ("up", third + 3.0)]}
    prediction = sim.prediction(TSG, "paris-01-wan1")
    assert prediction is not None and prediction.rekey == "fails"
    later = sim.due(TSG, third + 3600 + 2.5)
    assert by_tunnel(later)["paris-01-wan1"] == [("down", third + 3602.0)]
    # the secondary tunnel leaves the remote network: down at that push, then nothing
    clock.t = T0 + 5000
    rn = next(o for o in client.paginate("remoteNetwork", "list", folder=RN) if o["name"] == "paris-01")
    body = {k: v for k, v in rn.items() if k not in ("secondary_ipsec_tunnel", "id", "folder")}
    body["protocol"] = {"bgp": rn["protocol"]["bgp"]}
    client.call("remoteNetwork", "update", id=rn["id"], folder=RN, **body)
    push(client, clock)
    changes = sim.due(TSG, T0 + 5010)
    fourth = since(srv)
    lte = [c for c in changes if c.tunnel == "paris-01-lte"]
    # first what happened before the push (it came up again after its rekey), then its end
    assert [(c.kind, c.state) for c in lte if c.at < fourth] == [("tunnel", "up"), ("bgp", "up")]
    gone = [c for c in lte if c.at >= fourth]
    assert [(c.kind, c.state, c.at) for c in gone] == [("tunnel", "down", fourth), ("bgp", "down", fourth)]
    assert gone[0].reason == "removed from the running configuration (version 4)"
    assert "paris-01-lte" not in sim.places(TSG)
    assert [c for c in sim.due(TSG, T0 + 99_999) if c.tunnel == "paris-01-lte"] == []


def test_a_push_of_another_folder_leaves_the_tunnels_alone(srv, client, clock, tmp_path):
    apply(client, tmp_path)
    sim = Simulation(srv.app.store)
    sim.due(TSG, T0 + 30)
    clock.t = T0 + 100
    client.call("address", "create", folder="Shared", name="elsewhere", ip_netmask="192.0.2.2/32")
    push(client, clock, ("Shared",))
    assert sim.due(TSG, T0 + 200) == []
    # a simulation made now sees the Remote Networks folder as its newest push left it
    late = Simulation(srv.app.store)
    changes = late.due(TSG, T0 + 200)
    first = float(srv.app.store.versions(TSG)[-1]["created"])
    assert by_tunnel(changes) == {name: [("init", first), ("up", first + 2.0)] for name in PAIRS}


def test_a_reset_emulator_starts_the_simulation_again(srv, client, clock, tmp_path):
    apply(client, tmp_path)
    sim = Simulation(srv.app.store)
    assert sim.due(TSG, T0 + 30)
    srv.app.store.reset()
    assert sim.due(TSG, T0 + 40) == [] and sim.places(TSG) == {}


# ---------------------------------------------------------------------------- service connections


def test_service_connections_are_simulated_with_their_own_bgp_peers():
    store = Store()
    ike = {"name": "sc-ike", "encryption": ["aes-256-cbc"], "hash": ["sha256"], "dh_group": ["group14"],
           "lifetime": {"hours": 8}}
    gateway = {"name": "dc-gw", "authentication": {"pre_shared_key": {"key": "k"}}, "peer_address": {"ip": "192.0.2.9"},
               "protocol": {"version": "ikev2", "ikev2": {"ike_crypto_profile": "sc-ike"}}}
    objects = [("ikeCryptoProfile", "Service Connections", ike), ("ikeGateway", "Service Connections", gateway),
               *[("ipsecTunnel", "Service Connections",
                  {"name": name, "auto_key": {"ike_gateway": [{"name": "dc-gw"}],
                                              "ipsec_crypto_profile": "Others-IPSec-Crypto-Default"}})
                 for name in ("dc-1", "dc-2")],
               ("serviceConnection", "Service Connections",
                {"name": "dc", "region": "us-east-1", "ipsec_tunnel": "dc-1", "secondary_ipsec_tunnel": "dc-2",
                 "protocol": {"bgp": {"enable": True, "peer_as": "65010", "peer_ip_address": "169.254.20.2",
                                      "local_ip_address": "169.254.20.1"}},
                 "bgp_peer": {"peer_ip_address": "169.254.21.2", "local_ip_address": "169.254.21.1"}})]
    snapshot = [{"resource": r, "id": str(i), "folder": f, "name": b["name"], "position": None, "seq": 0,
                 "body": b} for i, (r, f, b) in enumerate(objects)]
    store.add_version(TSG, 1, "admin", "", ["Service Connections"], json.dumps(snapshot), created=T0)
    sim = Simulation(store)
    changes = sim.due(TSG, T0 + 10)
    assert by_tunnel(changes) == {"dc-1": [("init", T0), ("up", T0 + 2.0)], "dc-2": [("init", T0), ("up", T0 + 2.0)]}
    assert by_tunnel(changes, "bgp") == {"dc-1": [("up", T0 + 3.0)], "dc-2": [("up", T0 + 3.0)]}
    assert sim.places(TSG)["dc-2"] == incidents.Place("dc", "secondary", "sc")
    assert {c.site for c in changes} == {"dc"}


def test_bad_settings_are_refused():
    store = Store()
    for bad in ({"factor": 0}, {"factor": -1.0}, {"negotiate_s": -1}, {"rekey_s": 0}, {"max_changes": 0}):
        with pytest.raises(ValueError):
            Simulation(store, **bad)
