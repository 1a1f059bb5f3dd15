"""The collector and the watcher on a fake tenant and a fake clock: paging incidents without
losing any, tunnel states Insights leaves out, merging a change with its incident, what the
watcher tells (and tells again after an interruption), when it reads the whole tenant."""

from __future__ import annotations

from typing import Any

import pytest

from sasekit.health import watch as watching
from sasekit.health.collect import MAX_PAGES, PAGE_SIZE, Collector
from sasekit.health.history import HealthHistory
from sasekit.health.model import HEALTH_CODES, Event
from sasekit.health.watch import Notifier, Watcher

T0 = 1_800_000_000.0


class Clock:
    def __init__(self, t: float = T0) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t


class Engine:
    """Serves incidents as the search endpoint does: ``filter.rules`` (``in``, ``greater_or_equal``)
    and ``pagination`` (``order_by``, page size and number) honoured; Insights' tunnel list
    and the configuration from lists."""

    def __init__(self, incidents: list[dict[str, Any]] | None = None, tunnels: list[dict[str, Any]] | None = None,
                 rns: list[dict[str, Any]] | None = None) -> None:
        self.incidents = incidents or []
        self.tunnels = tunnels or []
        self.rns = rns or []
        self.searches: list[dict[str, Any]] = []

    def plan(self, resource: str, op: str, body: Any) -> Any:
        return (resource, op, body)

    def call(self, plan: Any) -> Any:
        return ("call", plan)

    def list_all(self, resource: str, op: str, params: Any) -> Any:
        return ("list", resource)

    def run(self, flow: Any) -> Any:
        kind, what = flow
        if kind == "list":
            return self.rns if what == "remoteNetwork" else []
        resource, _, body = what
        if resource == "dataResourceCustom":
            return {"header": {}, "data": [dict(t) for t in self.tunnels]}
        self.searches.append(body)
        rows = list(self.incidents)
        for rule in (body.get("filter") or {}).get("rules") or []:
            prop, op, values = rule["property"], rule["operator"], rule["values"]
            if op == "in":
                rows = [r for r in rows if r.get(prop) in values]
            elif op == "greater_or_equal":
                rows = [r for r in rows if r.get(prop) is not None and r[prop] >= float(values[0])]
            else:
                raise AssertionError(f"operator {op} not served")
        paging = body["pagination"]
        for o in reversed(paging.get("order_by") or []):
            rows.sort(key=lambda r, p=o["property"]: r.get(p), reverse=o.get("order") == "desc")
        size, number = paging["page_size"], paging["page_number"]
        return {"header": {"pagination": {"total_count": len(rows)}}, "data": rows[(number - 1) * size:number * size]}

    def run_many(self, flows: list[Any], concurrency: int) -> Any:
        for i, flow in enumerate(flows):
            yield i, self.run(flow), None


class Client:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine


def inc(ident: str, code: str, raised: float, *, status: str = "Raised", updated: float | None = None,
        tunnel: str = "t1", site: str = "s1") -> dict[str, Any]:
    updated = raised if updated is None else updated
    return {"incident_id": ident, "code": code, "status": status, "raised_time": int(raised * 1000),
            "updated_time": int(updated * 1000), "cleared_time": int(updated * 1000) if status == "Cleared" else None,
            "title": code, "primary_impacted_objects": {"tunnel_names": [tunnel], "site_names": [site]}}


def collector(tmp_path: Any, engine: Engine, clock: Clock, name: str = "h.db") -> Collector:
    return Collector(Client(engine), HealthHistory(tmp_path / name), clock=clock)


# ---------------------------------------------------------------------------- incidents, page by page


def test_incidents_beyond_a_polls_pages_are_read_by_the_next_polls(tmp_path):
    clock = Clock()
    n = PAGE_SIZE * MAX_PAGES + 500
    # a burst, the oldest updates spread over the hour before; some share a millisecond
    rows = [inc(f"i-{k:05d}", "INC_RN_PRIMARY_WAN_TUNNEL_DOWN", T0 - 3600 + (k // 3) * 0.5, tunnel=f"t{k}",
                site=f"s{k}") for k in range(n)]
    engine = Engine(rows)
    c = collector(tmp_path, engine, clock)
    seen: list[str] = []
    for _ in range(3):
        clock.t += 10
        seen += [e.incident_id for e in c.poll().new_events]
    assert sorted(seen) == sorted(r["incident_id"] for r in rows)            # every one, once
    assert len(c.history.incident_rows()) == n
    clock.t += 10
    poll = c.poll()
    assert poll.new_events == [] and poll.calls == 2                         # caught up: one search a poll


def test_an_incident_updated_while_a_poll_pages_is_not_skipped(tmp_path):
    clock = Clock()
    rows = [inc(f"i-{k:04d}", "INC_RN_PRIMARY_WAN_TUNNEL_DOWN", T0 - 3000 + k, tunnel=f"t{k}") for k in range(450)]
    engine = Engine(rows)
    real_run = engine.run

    def run(flow: Any) -> Any:   # the first incident is cleared just after page 1 is served
        answer = real_run(flow)
        if flow[0] == "call" and flow[1][0] == "incident" and rows[0]["status"] == "Raised":
            rows[0].update(status="Cleared", updated_time=int((T0 + 1) * 1000), cleared_time=int((T0 + 1) * 1000))
        return answer

    engine.run = run  # type: ignore[method-assign]
    c = collector(tmp_path, engine, clock)
    clock.t += 10
    ids = {e.incident_id for e in c.poll().new_events}
    assert ids == {r["incident_id"] for r in rows}                           # none shifted past a page
    assert c.history.incident("i-0000")["status"] == "Cleared"


def test_the_search_asks_for_the_health_views_codes_only(tmp_path):
    clock = Clock()
    engine = Engine([inc("a", "INC_RN_PRIMARY_WAN_TUNNEL_DOWN", T0 - 60),
                     inc("b", "INC_RN_SITE_LONG_DURATION_EXCEEDED_CAPACITY", T0 - 60)])
    c = collector(tmp_path, engine, clock)
    assert [e.incident_id for e in c.poll().new_events] == ["a"]
    (codes,) = [r["values"] for r in engine.searches[0]["filter"]["rules"] if r["property"] == "code"]
    assert set(codes) == set(HEALTH_CODES) and "INC_SC_SECONDARY_WAN_BGP_FLAP" in codes
    assert "INC_RN_SITE_DOWN" in codes and not any("CAPACITY" in x for x in codes)


# ---------------------------------------------------------------------------- tunnel states


def _rn_tenant(state: int = 1) -> Engine:
    rns = [{"name": f"s{k}", "ipsec_tunnel": f"t{k}"} for k in range(3)]
    return Engine(tunnels=[{"tunnel_name": f"t{k}", "site_name": f"s{k}", "tunnel_state": state, "node_type": 48}
                           for k in range(3)], rns=rns)


def test_a_tunnel_missing_from_one_insights_answer_keeps_its_state(tmp_path):
    clock = Clock()
    engine = _rn_tenant()
    c = collector(tmp_path, engine, clock)
    c.poll()
    listed = engine.tunnels
    engine.tunnels = []                      # one answer without them
    clock.t += 30
    poll = c.poll()
    assert poll.new_events == []
    assert {t.state for t in poll.tunnels.values()} == {"up"} and {s.state for s in poll.sites} == {"up"}
    engine.tunnels = listed
    clock.t += 30
    assert c.poll().new_events == []         # no "Tunnel Up" burst either


def test_init_and_inactive_are_states_not_events(tmp_path):
    clock = Clock()
    engine = _rn_tenant()
    c = collector(tmp_path, engine, clock)
    c.poll()
    names = []
    for state in (2, 1, 0, 1, 2, 3, 0, 1):   # inactive, up, init, up, inactive, down, init, up
        for row in engine.tunnels[:1]:
            row["tunnel_state"] = state
        clock.t += 30
        names.append([e.name for e in c.poll().new_events])
    assert names == [[], [], [], [], [], ["Prisma RN Primary WAN Tunnel Down"], [], ["Prisma RN Primary WAN Tunnel Up"]]
    assert c.poll().tunnels["t0"].state == "up"


def test_a_change_seen_by_a_poll_long_after_its_incident_is_one_event(tmp_path):
    clock = Clock()
    engine = Engine(tunnels=[{"tunnel_name": "t1", "site_name": "s1", "tunnel_state": 1}],
                    rns=[{"name": "s1", "ipsec_tunnel": "t1"}])
    c = collector(tmp_path, engine, clock)
    c.poll()
    engine.tunnels[0]["tunnel_state"] = 3
    engine.incidents = [inc("i-1", "INC_RN_PRIMARY_WAN_TUNNEL_DOWN", T0 + 60)]
    clock.t += 900                            # `health status` from cron every 15 minutes
    c.poll()
    (down,) = c.history.events()
    assert (down.at, down.incident_id, down.state) == (T0 + 60, "i-1", "down")
    # and the other way round: the change first, its incident (raised in between) at a later poll
    engine.tunnels[0]["tunnel_state"] = 1
    clock.t += 900
    c.poll()
    engine.incidents[0].update(status="Cleared", updated_time=int((T0 + 1200) * 1000),
                               cleared_time=int((T0 + 1200) * 1000))
    clock.t += 900
    c.poll()
    ups = [e for e in c.history.events() if e.state == "up"]
    assert [(e.incident_id, e.status) for e in ups] == [("i-1", "Cleared")]


def test_a_bgp_incident_is_not_repeated_by_a_state_change(tmp_path):
    clock = Clock()
    rns = [{"name": "s1", "ipsec_tunnel": "t1", "protocol": {"bgp": {"enable": True, "peer_ip_address": "10.0.0.1"}}}]
    engine = Engine(tunnels=[{"tunnel_name": "t1", "site_name": "s1", "tunnel_state": 1}], rns=rns)
    c = collector(tmp_path, engine, clock)
    c.poll()
    engine.incidents = [inc("b-1", "INC_RN_PRIMARY_WAN_BGP_DOWN", T0 + 10)]
    clock.t += 900
    assert c.poll().tunnels["t1"].bgp == "down"
    engine.incidents[0].update(status="Cleared", updated_time=int((T0 + 1000) * 1000),
                               cleared_time=int((T0 + 1000) * 1000))
    clock.t += 900
    assert c.poll().tunnels["t1"].bgp == "up"
    assert [(e.name, e.source) for e in c.history.events()] == [
        ("Prisma RN Primary WAN BGP Down", "incident"), ("Prisma RN Primary WAN BGP Up", "incident")]


# ---------------------------------------------------------------------------- the watcher


def test_an_interrupted_batch_is_sent_after_a_restart_and_nothing_twice(tmp_path):
    clock = Clock()
    engine = Engine()
    hook = Notifier("webhook", {"url": "http://127.0.0.1:9/x"})
    sent: list[str] = []

    def interrupted(kind: str, target: Any, text: str, data: Any) -> None:
        if len(sent) == 2:
            raise KeyboardInterrupt       # Ctrl-C while the 3rd goes out
        sent.append(data["incident_id"])

    w = Watcher(collector(tmp_path, engine, clock), notifiers=[hook], clock=clock, send=interrupted)
    w.cycle()                             # a new channel: nothing to tell yet
    engine.incidents = [inc(f"i-{k}", "INC_RN_PRIMARY_WAN_TUNNEL_DOWN", T0 + k, tunnel=f"t{k}") for k in range(5)]
    clock.t += 10
    with pytest.raises(KeyboardInterrupt):
        w.cycle()
    w.history.close()
    again: list[str] = []
    w = Watcher(collector(tmp_path, engine, clock), notifiers=[hook], clock=clock,
                send=lambda kind, target, text, data: again.append(data["incident_id"]))
    clock.t += 10
    w.cycle()
    assert sent == ["i-0", "i-1"] and again == ["i-2", "i-3", "i-4"]
    clock.t += 10
    w.cycle()
    assert again == ["i-2", "i-3", "i-4"] and w.sent_count == 3


def test_the_whole_tenant_is_checked_at_most_every_check_interval_for_a_clean_flapping_tunnel(tmp_path,
                                                                                             monkeypatch):
    import sasekit.tunnels.live as live

    calls: list[float] = []
    clock = Clock()

    class Prediction:
        tunnel, events = "t1", []

    class Report:
        site, tunnels = "s1", [Prediction()]

    monkeypatch.setattr(live, "checks", lambda client, intent, intent_path=None: calls.append(clock.t) or [Report()])
    engine = Engine(tunnels=[{"tunnel_name": "t1", "site_name": "s1", "tunnel_state": 1}],
                    rns=[{"name": "s1", "ipsec_tunnel": "t1"}])
    w = Watcher(collector(tmp_path, engine, clock), intent=object(), clock=clock)
    for i in range(40):                   # a poll every 10 s, the link down at every other one
        clock.t += 10
        engine.tunnels[0]["tunnel_state"] = 3 if i % 2 else 1
        w.cycle()
    assert [t - T0 for t in calls] == [10, 310]
    engine.tunnels.append({"tunnel_name": "t9", "site_name": "s9", "tunnel_state": 1})
    clock.t += 10
    w.cycle()
    engine.tunnels[-1]["tunnel_state"] = 3   # a tunnel the last check did not cover goes down
    clock.t += 10
    w.cycle()
    assert len(calls) == 3


def test_a_notifier_does_not_show_its_target():
    n = Notifier("slack", {"url": "https://hooks.slack.com/services/T000/B000/XXXXSECRET"})
    assert "SECRET" not in repr(n) and "SECRET" not in str(n) and "slack" in repr(n)


def test_the_watcher_remembers_a_bounded_number_of_sends(tmp_path, monkeypatch):
    monkeypatch.setattr(watching, "SENT_KEPT", 3)
    clock = Clock()
    engine = Engine()
    w = Watcher(collector(tmp_path, engine, clock), notifiers=[Notifier("webhook", {"url": "http://x"})],
                clock=clock, send=lambda *a: None)
    w.cycle()
    engine.incidents = [inc(f"i-{k}", "INC_RN_PRIMARY_WAN_TUNNEL_DOWN", T0 + k, tunnel=f"t{k}") for k in range(5)]
    clock.t += 10
    w.cycle()
    assert w.sent_count == 5 and len(w.sent) == 3 and w.sent[-1][1] == "incident:i-4:Raised"


# ---------------------------------------------------------------------------- reading the history


def test_the_latest_events_are_the_newest_and_a_bounded_read_says_it_was_cut(tmp_path):
    with HealthHistory(tmp_path / "h.db") as h:
        h.add_events([Event(key=f"state:{i:05d}", at=T0 + i * 60, site="s", name="x", state="down", tunnel=f"t{i}",
                            source="state") for i in range(120)], now=T0 + 8000)
        latest = h.latest(15)
        assert [e.key for e in latest] == [f"state:{i:05d}" for i in range(105, 120)]   # oldest first
        assert not latest.truncated or latest.total == 120
        some = h.events(since=T0, limit=100, newest=True)
        assert some.truncated and some.total == 120 and some[-1].key == "state:00119" and len(some) == 100
        oldest = h.events(limit=100)
        assert oldest.truncated and oldest[0].key == "state:00000"
        everything = h.events()
        assert not everything.truncated and len(everything) == 120


def test_a_raised_incident_whose_clearing_was_missed_is_closed_by_a_full_read(tmp_path):
    clock = Clock()
    engine = Engine([inc("i-1", "INC_RN_PRIMARY_WAN_TUNNEL_DOWN", T0 - 600),
                     inc("i-2", "INC_RN_PRIMARY_WAN_TUNNEL_DOWN", T0 - 500, tunnel="t2", site="s2")])
    c = Collector(Client(engine), HealthHistory(tmp_path / "h.db"), clock=clock, config_every=1)
    assert {row["incident_id"] for row in c.poll().open_incidents} == {"i-1", "i-2"}
    # an earlier sasekit's cursor went past these updates: the incremental read will not see them
    c.history.put("incidents.cursor", repr(T0 + 100))
    engine.incidents[0].update(status="Cleared", updated_time=int((T0 + 50) * 1000),
                               cleared_time=int((T0 + 50) * 1000))
    del engine.incidents[1]                       # and the service forgot this one
    clock.t += 120
    poll = c.poll()
    assert poll.open_incidents == [] and all(not s.open_incidents for s in poll.sites)
    assert [(e.incident_id, e.status) for e in poll.new_events] == [("i-1", "Cleared")]
    assert c.history.incident("i-2")["status"] == "Raised"     # the row as last listed; no longer open
    clock.t += 60
    assert c.poll().new_events == []


def test_a_site_known_only_from_an_old_incident_is_not_shown_down_once_it_is_gone(tmp_path):
    # The history learnt tunnel old-1 of site old from an incident, long cleared; the site has
    # since been deleted: no configuration names it, Insights lists it no more.
    clock = Clock()
    old = inc("i-old", "INC_RN_PRIMARY_WAN_TUNNEL_DOWN", T0 - 7200, status="Cleared", updated=T0 - 7000,
              tunnel="old-1", site="old")
    live = {"tunnel_name": "new-1", "site_name": "new", "tunnel_state": 1, "node_type": 48}
    first = collector(tmp_path, Engine([old], [live, {**live, "tunnel_name": "old-1", "site_name": "old"}]), clock)
    clock.t += 10
    assert {s.site for s in first.poll().sites} == {"new", "old"}
    first.history.close()
    later = collector(tmp_path, Engine([old], [live]), clock)          # a new watcher, the site gone
    clock.t += 10
    sites = {s.site: s for s in later.poll().sites}
    assert set(sites) == {"new"}
