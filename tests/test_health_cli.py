"""The health view end to end: a served emulator playing a scenario file on a compressed,
fake clock; sasekit polling it as it would poll a tenant (status, events, watch).

The tenant's configuration is what ``sasekit.tunnels`` applies and pushes; the scenario
plays the tunnel and BGP state of those tunnels, of an ECMP site and of a service
connection (named in the scenario's places). The clock factor is 60: a scenario minute is
a second of the fake clock, so the 10-minute flap window and the 8-minute clear take 10 s
and 8 s of it, and nothing here sleeps.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

from cli_helpers import cli_runner, demo_env
from client_fixtures import config, fresh_tokens, sync_client
from sasekit.emulator import DEMO_ACCOUNT
from sasekit.emulator.app import EmulatorApp
from sasekit.emulator.serve import ServerThread
from sasekit.health.collect import Collector
from sasekit.health.history import HealthHistory
from sasekit.health.watch import Notifier, Watcher
from sasekit.tunnels import apply as applying
from sasekit.tunnels.intent import read
from sasekit.tunnels.plan import plan
from sasekit.workflows.history import History
from sasekit.workflows.loader import loads
from sasekit.workflows.runner import Runner

TSG = DEMO_ACCOUNT["tsg_id"]
FACTOR = 60.0

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

SCENARIO = """\
places:
  tokyo-e1: {site: tokyo-01, role: ecmp}
  tokyo-e2: {site: tokyo-01, role: ecmp}
  dc-sc1: {site: dc-east, role: primary, service: sc}
  dc-sc2: {site: dc-east, role: secondary, service: sc}
changes:
  - {at: 0, tunnel: paris-01-wan1, state: up}
  - {at: 0, tunnel: paris-01-lte, state: up}
  - {at: 0, tunnel: sydney-01-wan1, state: up}
  - {at: 0, tunnel: tokyo-e1, state: up}
  - {at: 0, tunnel: tokyo-e2, state: up}
  - {at: 0, tunnel: dc-sc1, state: up}
  - {at: 0, tunnel: dc-sc2, state: up}
  - {at: 10s, kind: bgp, tunnel: paris-01-wan1, state: up}
  - {at: 10s, kind: bgp, tunnel: paris-01-lte, state: up}
  - {at: 10s, kind: bgp, tunnel: tokyo-e1, state: up}
  - {at: 10s, kind: bgp, tunnel: dc-sc1, state: up}
  # the primary WAN of paris-01 flaps: down at minutes 1, 3, 5, 7, 9, up at 2 ... 10
  - {every: 1m, from: 1m, count: 10, tunnel: paris-01-wan1, states: [down, up], reason: DPD timeout}
  - {at: 3m, kind: bgp, tunnel: paris-01-lte, state: down, reason: hold timer expired}
  - {at: 4m, kind: bgp, tunnel: paris-01-lte, state: up}
  - {at: 2m, tunnel: tokyo-e1, state: down}
  - {at: 2m, kind: bgp, tunnel: tokyo-e1, state: down}
  - {at: 3m, tunnel: tokyo-e1, state: up}
  - {at: 3m, kind: bgp, tunnel: tokyo-e1, state: up}
  - {at: 5m, kind: bgp, tunnel: dc-sc1, state: down}
  - {at: 6m, kind: bgp, tunnel: dc-sc1, state: up}
  - {every: 30s, from: 1m, count: 10, tunnel: dc-sc2, states: [down, up]}
  - {at: 12m, tunnel: sydney-01-wan1, state: down, reason: IKE_SA deleted}
  - {at: 24m, tunnel: sydney-01-wan1, state: up}   # no tunnel up for 10 minutes: the site is down at 22
"""

#: Every event of 003's table that the published incident codes cover and this scenario plays.
EXPECTED = {
    "Prisma RN Primary WAN Tunnel Down", "Prisma RN Primary WAN Tunnel Up", "Prisma RN Primary WAN Tunnel Flap",
    "Prisma RN Secondary WAN BGP Down", "Prisma RN Secondary WAN BGP Up",
    "Prisma RN ECMP Tunnel Down", "Prisma RN ECMP BGP Down",
    "Prisma Service Connection Primary WAN BGP Down", "Prisma Service Connection Primary WAN BGP Up",
    "Prisma Service Connection Secondary WAN Tunnel Down", "Prisma Service Connection Secondary WAN Tunnel Flap",
    "Prisma RN Site Down", "Prisma RN Site Up",
}


class Clock:
    def __init__(self, start: float) -> None:
        self.t = start

    def __call__(self) -> float:
        return self.t


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """A served emulator on a fake clock with the scenario, and the intent applied and pushed."""
    fresh_tokens()
    folder = tmp_path_factory.mktemp("health")
    (folder / "scenario.yaml").write_text(SCENARIO, encoding="utf-8")
    clock = Clock(round(time.time()))
    start = clock.t
    cfg = config(rate_limit={"enabled": False}, health_scenario=str(folder / "scenario.yaml"),
                 health_clock_factor=FACTOR)
    with ServerThread(app=EmulatorApp(cfg, clock=clock)) as srv:
        intent = folder / "tunnels.yaml"
        intent.write_text(INTENT, encoding="utf-8")
        with _client(srv) as client:
            planned = plan(client, read(intent))
            assert not planned.problems, planned.problems
            doc = loads(json.dumps(applying.workflow(planned, push=False, wait=False)), str(folder / "apply.json"))
            history = History(folder / "runs.db")
            assert Runner(client, history, base_dir=folder).run(doc, {}).status == "succeeded"
            history.close()
            client.push(["Remote Networks"], "health test", wait=False)
        clock.t += 1  # the push job finishes (push_s 0.2) at scenario second 60
        yield {"srv": srv, "clock": clock, "start": start, "folder": folder, "intent": intent}


def _client(srv: Any) -> Any:
    return sync_client(srv, incidents_url=srv.url, insights_url=srv.url, panw_region="americas")


def at_minute(world: dict, minute: float) -> None:
    world["clock"].t = world["start"] + minute * 60 / FACTOR


def watcher(world: dict, history: HealthHistory, client: Any, **kw: Any) -> Watcher:
    """The watcher, with the intent edited so that paris-01's branch offers PFS group20 where the
    pushed Prisma side has group14 (the file's generated keys stay the same)."""
    return Watcher(Collector(client, history, clock=world["clock"]), intent=kw.pop("intent", None),
                   intent_path=str(world["intent"]), clock=world["clock"], **kw)


def branch_intent(world: dict) -> Any:
    text = INTENT.replace("      secondary: {local_address: 169.254.11.2, peer_address: 169.254.11.1}\n",
                          "      secondary: {local_address: 169.254.11.2, peer_address: 169.254.11.1}\n"
                          "    crypto:\n"
                          "      ike: {encryption: [aes-256-cbc], hash: [sha256], dh_group: [group14], lifetime: 8h}\n"
                          "      ipsec: {encryption: [aes-256-cbc], authentication: [sha256], dh_group: group20, "
                          "lifetime: 1h}\n")
    assert text != INTENT
    path = world["folder"] / "branch" / "tunnels.yaml"   # a branch's view: same keys, other PFS group
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    import shutil

    shutil.copytree(world["folder"] / ".tunnels.secrets", path.parent / ".tunnels.secrets", dirs_exist_ok=True)
    return read(path)


@pytest.fixture(scope="module")
def played(world, tmp_path_factory):
    """Polls through the scenario, as `health watch` does, with a notifier that records."""
    sent: list[tuple[str, str]] = []
    path = tmp_path_factory.mktemp("history") / "health.db"
    polls = []
    with _client(world["srv"]) as client, HealthHistory(path) as history:
        w = watcher(world, history, client, intent=branch_intent(world),
                    notifiers=[Notifier("webhook", {"url": "http://127.0.0.1:9/hook"})],
                    send=lambda kind, target, message, data: sent.append((kind, message)))
        for minute in (0.5, 2.5, 3.5, 4.5, 5.5, 6.5, 9.5, 11, 12.5, 15, 19, 22.5, 25):
            at_minute(world, minute)
            polls.append(w.cycle())
        events = history.events()
    return {"events": events, "polls": polls, "sent": sent, "path": path}


def test_every_event_kind_the_codes_cover_is_named_as_scm_names_it(played):
    names = {e.name for e in played["events"]}
    assert names >= EXPECTED, EXPECTED - names
    from_incidents = [e for e in played["events"] if e.source == "incident"]
    assert from_incidents and all(e.incident_id and e.code.startswith("INC_") for e in from_incidents)


def test_a_flap_is_raised_at_the_fifth_flap_and_cleared_after_eight_minutes_up(played, world):
    flaps = [e for e in played["events"] if e.tunnel == "paris-01-wan1" and e.object == "tunnel"
             and e.state in ("flap", "flap-cleared")]
    assert [(e.state, e.status) for e in flaps] == [("flap", "Raised"), ("flap-cleared", "Cleared")]
    raised, cleared = flaps
    minute = 60 / FACTOR
    assert raised.at == pytest.approx(world["start"] + 9 * minute)           # the 5th loss, minute 9
    assert cleared.at == pytest.approx(world["start"] + 18 * minute)         # up at 10, + 8 minutes
    assert raised.incident_id == cleared.incident_id and raised.code == "INC_RN_PRIMARY_WAN_TUNNEL_FLAP"
    downs = [e for e in played["events"] if e.tunnel == "paris-01-wan1" and e.state == "down"]
    assert len(downs) == 5   # each loss its own incident (state changes seen by a poll are merged into them)


def test_the_flap_says_its_root_cause_and_the_mismatch_is_an_event(played):
    (flap,) = [e for e in played["events"] if e.state == "flap" and e.tunnel == "paris-01-wan1"]
    assert flap.cause == "flapping at every rekey: PFS group differs, branch group20, Prisma group14"
    mismatches = {e.tunnel: e for e in played["events"] if e.source == "check"}
    assert set(mismatches) == {"paris-01-wan1", "paris-01-lte"}       # sydney-01 matches
    assert all(e.name == "Prisma IPsec Config Mismatch" and e.state == "mismatch" for e in mismatches.values())


def test_status_counts_tunnels_and_bgp_per_wan_with_the_open_incidents(played, world):
    sites = {s.site: s for s in played["polls"][2].sites}          # minute 3.5
    paris = {w.role: w for w in sites["paris-01"].wans}
    assert (paris["primary"].tunnels, paris["primary"].bgp) == (1, 1)
    assert (paris["secondary"].tunnels_up, paris["secondary"].bgp_up, paris["secondary"].bgp) == (1, 0, 1)
    assert "INC_RN_SECONDARY_WAN_BGP_DOWN" in {i["code"] for i in sites["paris-01"].open_incidents}
    assert sites["paris-01"].state == "degraded"
    sydney = {s.site: s for s in played["polls"][8].sites}["sydney-01"]    # minute 12.5
    assert sydney.state == "down" and sydney.wans[0].tunnels_up == 0
    assert {i["code"] for i in sydney.open_incidents} == {"INC_RN_PRIMARY_WAN_TUNNEL_DOWN"}   # not 10 min yet
    sydney = {s.site: s for s in played["polls"][11].sites}["sydney-01"]   # minute 22.5
    assert {i["code"] for i in sydney.open_incidents} == {"INC_RN_PRIMARY_WAN_TUNNEL_DOWN", "INC_RN_SITE_DOWN"}
    last = {s.site: s for s in played["polls"][-1].sites}                  # minute 25: all settled
    assert all(s.state == "up" for s in last.values()), {k: s.state for k, s in last.items()}
    assert {"tokyo-01", "dc-east"} <= set(last)                           # sites the incidents named
    # tokyo-e1's incidents say it is an ECMP tunnel; tokyo-e2 had none and is in no configuration
    assert [(w.role, w.tunnels) for w in last["tokyo-01"].wans] == [("ecmp", 1), ("", 1)]


def test_the_watcher_tells_each_new_incident_once_and_a_restart_tells_nothing_again(played, world):
    told = [m for _, m in played["sent"]]
    assert told and len(told) == len(set(told))
    assert any("Prisma RN Primary WAN Tunnel Flap" in m and "root cause: flapping at every rekey" in m for m in told)
    sent: list[str] = []
    with _client(world["srv"]) as client, HealthHistory(played["path"]) as history:
        w = watcher(world, history, client, notifiers=[Notifier("webhook", {"url": "http://127.0.0.1:9/hook"})],
                    send=lambda kind, target, message, data: sent.append(message))
        at_minute(world, 25.5)
        poll = w.cycle()
    assert sent == []
    # a new poller knows what the earlier one learned from incidents: tokyo-e1 is an ECMP tunnel
    assert poll.tunnels["tokyo-e1"].role == "ecmp" and poll.tunnels["dc-sc2"].role == "secondary"


def test_a_failed_notification_is_sent_at_the_next_cycle(world, tmp_path):
    attempts: list[str] = []

    def flaky(kind: str, target: Any, message: str, data: Any) -> None:
        attempts.append(message)
        if len(attempts) == 1:
            raise OSError("connection refused")

    hook = Notifier("webhook", {"url": "http://127.0.0.1:9/other"})
    with _client(world["srv"]) as client, HealthHistory(tmp_path / "h.db") as history:
        w = watcher(world, history, client, notifiers=[hook], send=flaky)
        at_minute(world, 0.5)
        w.cycle()                    # a new channel: what is there is known, not told
        assert attempts == []
        at_minute(world, 2.5)
        w.cycle()
        assert len(attempts) == 1 and "connection refused" in w.failures[0]   # the rest not tried this cycle
        assert w.failures[0].startswith("webhook: ") and "not sent, tried again at the next poll" in w.failures[0]
        pending = int(w.failures[0].split()[1])
        at_minute(world, 2.6)
        w.cycle()
        assert attempts[1] == attempts[0]                      # the one that failed, first again
        assert len(attempts) == 1 + pending                    # then every other one, once
        assert len(set(attempts)) == pending


# ---------------------------------------------------------------------------- the CLI


@pytest.fixture
def cli(world, capsys, monkeypatch, tmp_path):
    srv = world["srv"]
    for name, value in demo_env(_KeepStore(srv), monkeypatch, tmp_path).items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("SCM_INCIDENTS_URL", srv.url)
    monkeypatch.setenv("SCM_INSIGHTS_URL", srv.url)
    monkeypatch.setenv("SCM_PANW_REGION", "americas")
    monkeypatch.setenv("SASEKIT_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.chdir(tmp_path)
    return cli_runner(capsys, monkeypatch)


class _KeepStore:
    """demo_env resets the tenant; these tests read the one the module set up."""

    def __init__(self, srv: Any) -> None:
        self.url = srv.url

        class _Store:
            def reset(self) -> None:
                pass

        self.app = type("App", (), {"store": _Store()})()


def test_health_status_and_events_from_the_cli(cli, world):
    at_minute(world, 3.5)
    r = cli("health", "status", "-o", "json")
    assert r.code == 0, r.err
    sites = {s["site"]: s for s in r.json()}
    assert sites["paris-01"]["state"] == "degraded"
    assert {w["role"]: (w["tunnels_up"], w["tunnels"]) for w in sites["paris-01"]["wans"]} == {
        "primary": (0, 1), "secondary": (1, 1)}       # minute 3.5: the primary is in its 2nd loss
    at_minute(world, 22.5)
    r = cli("health", "events", "--site", "sydney-01", "-o", "json")
    assert r.code == 0, r.err
    assert {e["name"] for e in r.json()} >= {"Prisma RN Primary WAN Tunnel Down", "Prisma RN Site Down"}
    assert all(e["incident_id"] for e in r.json())
    r = cli("health", "events", "--no-poll", "--kind", "flap", "-o", "json")
    assert r.code == 0 and {e["name"] for e in r.json()} == {"Prisma RN Primary WAN Tunnel Flap",
                                                             "Prisma Service Connection Secondary WAN Tunnel Flap"}
    r = cli("health", "events", "--kind", "nonsense")
    assert r.code == 2 and "'nonsense' is not one of" in r.err and "Traceback" not in r.err
    r = cli("health", "events", "--since", "yesterday")
    assert r.code == 2 and "--since" in r.err


def test_health_watch_draws_the_live_view(cli, world, monkeypatch):
    at_minute(world, 12.5)
    monkeypatch.setenv("TTY_COMPATIBLE", "1")          # a terminal: the view, redrawn
    r = cli("health", "watch", "--count", "1", "--interval", "1s", "--notify-existing")
    assert r.code == 0, r.err
    assert "sasekit health watch" in r.out and "sydney-01" in r.out and "down" in r.out
    assert "latest events" in r.out


def test_health_watch_into_a_file_writes_a_line_per_new_event(cli, world, monkeypatch):
    monkeypatch.setenv("TTY_COMPATIBLE", "0")          # a pipe or a log: no table to redraw
    at_minute(world, 2.5)
    r = cli("health", "watch", "--count", "1", "--interval", "1s", "--history", "h.db")
    assert r.code == 0, r.err
    first = r.out.splitlines()
    assert "sasekit health watch" not in r.out and "SITE" not in r.out
    assert any("Prisma RN ECMP Tunnel Down" in line and "tunnel tokyo-e1" in line and " UTC  tokyo-01  " in line
               for line in first), first
    at_minute(world, 3.5)
    r = cli("health", "watch", "--count", "1", "--interval", "1s", "--history", "h.db")
    later = r.out.splitlines()
    assert later and not set(later) & set(first)        # only what is new since the last poll
    assert all(line.count("  ") >= 2 for line in later)  # one event a line: time, site, name, ...
    r = cli("health", "watch", "--notify", "pager=http://x")
    assert r.code == 2 and "use slack=URL, webhook=URL or email=ADDRESS" in r.err


def test_a_tenant_without_the_region_setting_is_told_what_to_set(cli, monkeypatch):
    monkeypatch.delenv("SCM_PANW_REGION")
    r = cli("health", "status")
    assert r.code != 0 and "Traceback" not in r.err
    assert "panw_region" in r.err or "SCM_PANW_REGION" in r.err or "X-PANW-Region" in r.err, r.err


def test_the_history_is_private(played):
    assert Path(played["path"]).stat().st_mode & 0o077 == 0


def test_an_empty_tenant_says_it_has_no_sites(capsys, monkeypatch, tmp_path):
    with ServerThread(app=EmulatorApp(config(rate_limit={"enabled": False}))) as srv:
        for name, value in demo_env(srv, monkeypatch, tmp_path).items():
            monkeypatch.setenv(name, value)
        for name, value in (("SCM_INCIDENTS_URL", srv.url), ("SCM_INSIGHTS_URL", srv.url),
                            ("SCM_PANW_REGION", "americas"), ("SASEKIT_STATE_DIR", str(tmp_path / "state")),
                            ("TTY_COMPATIBLE", "1")):
            monkeypatch.setenv(name, value)
        r = cli_runner(capsys, monkeypatch)("health", "status", "-o", "table")
    assert r.code == 0, r.err
    assert r.out.startswith("no sites: the tenant has no remote network or service connection")
