"""`sasekit tunnel plan|apply|destroy|render|check` against a served emulator, as a user runs them."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cli_helpers import cli_runner
from client_fixtures import fresh_tokens, served, sync_client
from fakes import HANG_GUARD_S
from sasekit.emulator import DEMO_ACCOUNT
from sasekit.tunnels import apply as applying
from sasekit.tunnels.intent import read
from sasekit.tunnels.plan import plan
from sasekit.workflows.history import History
from sasekit.workflows.loader import loads
from sasekit.workflows.runner import Runner

SCM_VARS = ("SCM_CLIENT_ID", "SCM_CLIENT_SECRET", "SCM_TSG_ID", "SCM_BASE_URL", "SCM_AUTH_URL", "SCM_SETUP_URL")
RN = "Remote Networks"

INTENT = """\
sites:
  - name: paris-01
    location: {city: Paris}
    subnets: [10.20.0.0/24]
    device: strongswan
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
    device: junos
    wan: [{name: wan1, interface: ge-0/0/0, address: 198.51.100.20}]
"""


@pytest.fixture(scope="module")
def srv():
    fresh_tokens()
    with served(rate_limit={"enabled": False}) as s:
        yield s


@pytest.fixture(autouse=True)
def isolated(srv, monkeypatch, tmp_path) -> Iterator[None]:
    srv.app.store.reset()
    for name in (*SCM_VARS, "SASEKIT_PROFILE", "SASEKIT_CONFIG_JSON", "COLUMNS", "SASEKIT_TUNNEL_INTENT"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("SASEKIT_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setenv("SASEKIT_CONFIG_DIR", str(tmp_path / "config"))
    for name, value in {"SCM_CLIENT_ID": DEMO_ACCOUNT["client_id"],
                        "SCM_CLIENT_SECRET": DEMO_ACCOUNT["client_secret"], "SCM_TSG_ID": DEMO_ACCOUNT["tsg_id"],
                        "SCM_BASE_URL": srv.url, "SCM_AUTH_URL": srv.url, "SCM_SETUP_URL": srv.url}.items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(tmp_path)
    yield
    srv.app.faults.update({"p500": 0.0, "latency_ms": 0.0})


@pytest.fixture
def client(srv):
    with sync_client(srv) as c:
        yield c


@pytest.fixture
def cli(capsys, monkeypatch):
    return cli_runner(capsys, monkeypatch)


def write_intent(tmp_path: Path, text: str = INTENT) -> Path:
    path = tmp_path / "tunnels.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def objects(client: Any, resource: str) -> dict[str, dict[str, Any]]:
    return {o["name"]: o for o in client.paginate(resource, "list", folder=RN)}


def writes(srv: Any) -> int:
    """Objects the emulator holds (any create made since the reset adds one)."""
    return srv.app.store.count()


# ---------------------------------------------------------------------------- plan


def test_plan_reads_the_tenant_once_and_explains_the_region(client, tmp_path):
    planned = plan(client, read(write_intent(tmp_path)))
    assert not planned.problems
    assert planned.reads == 9  # 8 catalogues and the public addresses, whatever the number of sites
    paris, sydney = planned.sites
    # the nearest location (France North) has no bandwidth allocated by default; Germany Central has
    assert paris.choice.candidates[0].display == "France North" and not paris.choice.candidates[0].allocated
    assert paris.choice.region == "eu-central-1" and paris.choice.spn_name.startswith("europe-central-")
    assert sydney.choice.aggregate_region.startswith("australia")
    order = [(c.resource, c.name, c.action) for c in planned.changes]
    assert order == [
        ("ikeCryptoProfile", "sasekit-default-ike", "create"), ("ipsecCryptoProfile", "sasekit-default-ipsec", "create"),
        ("ikeGateway", "paris-01-wan1", "create"), ("ikeGateway", "paris-01-lte", "create"),
        ("ikeGateway", "sydney-01-wan1", "create"), ("ipsecTunnel", "paris-01-wan1", "create"),
        ("ipsecTunnel", "paris-01-lte", "create"), ("ipsecTunnel", "sydney-01-wan1", "create"),
        ("remoteNetwork", "paris-01", "create"), ("remoteNetwork", "sydney-01", "create")]
    items = planned.phases()["ikeGateway"]
    assert all(i["params"]["authentication"] == {"pre_shared_key": {}} for i in items)  # references only
    assert items[0]["fill"][0]["from"].startswith("file:")


def test_the_plan_on_the_command_line_shows_region_reasons_and_diffs(cli, tmp_path):
    path = write_intent(tmp_path)
    r = cli("tunnel", "plan", str(path), "-o", "table")
    assert r.code == 0, r.err
    assert "site paris-01" in r.out and "region: eu-central-1 from Paris, France" in r.out
    assert "France North (eu-west-3, europe-west): 0 km, no bandwidth allocation" in r.out
    assert "Germany Central (eu-central-1, europe-central):" in r.out and "<- chosen" in r.out
    assert "+ ikeGateway paris-01-wan1: create" in r.out
    assert "plan: 10 to create, 0 to update, 0 unchanged (2 sites, 9 reads of the tenant)" in r.out
    data = cli("tunnel", "plan", str(path), "-o", "json").json()
    assert data["counts"] == {"create": 10, "update": 0, "delete": 0, "keep": 0}


# ---------------------------------------------------------------------------- apply


def test_apply_pushes_and_a_second_plan_has_nothing_to_do(cli, client, srv, tmp_path):
    path = write_intent(tmp_path)
    r = cli("tunnel", "apply", str(path), "--push", "--wait", "-o", "json")
    assert r.code == 0, r.err
    summary = r.json()
    assert summary["status"] == "succeeded" and summary["objects_created"] == 10
    assert [j["result"] for j in summary["jobs"]][:1] == ["OK"]
    rn = objects(client, "remoteNetwork")["paris-01"]
    assert rn["region"] == "eu-central-1" and rn["license_type"] == "FWAAS-AGGREGATE"
    assert rn["ipsec_tunnel"] == "paris-01-wan1" and rn["secondary_ipsec_tunnel"] == "paris-01-lte"
    assert rn["protocol"]["bgp"] == {"enable": True, "peer_as": "65101", "peer_ip_address": "169.254.10.2",
                                     "local_ip_address": "169.254.10.1", "originate_default_route": False}
    assert rn["protocol"]["bgp_peer"] == {"peer_ip_address": "169.254.11.2", "local_ip_address": "169.254.11.1"}
    gateways = objects(client, "ikeGateway")
    key = (tmp_path / ".tunnels.secrets" / "paris-01-wan1.psk").read_text().strip()
    assert gateways["paris-01-wan1"]["authentication"]["pre_shared_key"]["key"] == key
    assert gateways["paris-01-lte"]["peer_address"] == {"dynamic": {}}
    assert gateways["paris-01-lte"]["peer_id"] == {"type": "fqdn", "id": "paris-01-lte.example.com"}
    assert oct((tmp_path / ".tunnels.secrets" / "paris-01-wan1.psk").stat().st_mode & 0o777) == "0o600"
    data = b"".join(p.read_bytes() for p in (tmp_path / "state").rglob("*") if p.is_file())
    assert key.encode() not in data  # neither the run history nor the kept workflow holds the key
    before = writes(srv)
    again = cli("tunnel", "plan", str(path), "-o", "json").json()
    assert again["counts"] == {"create": 0, "update": 0, "delete": 0, "keep": 10}
    r = cli("tunnel", "apply", str(path), "--push")
    assert r.code == 0 and "nothing to do" in r.err and writes(srv) == before


def test_a_changed_intent_is_an_update_with_a_field_diff(cli, client, tmp_path):
    path = write_intent(tmp_path)
    assert cli("tunnel", "apply", str(path)).code == 0
    path.write_text(INTENT.replace("10.30.0.0/24", "10.31.0.0/24").replace("local_as: 65101", "local_as: 65102"),
                    encoding="utf-8")
    r = cli("tunnel", "plan", str(path), "-o", "table")
    assert "~ remoteNetwork sydney-01: update" in r.out
    assert 'subnets: ["10.30.0.0/24"] -> ["10.31.0.0/24"]' in r.out
    assert "protocol.bgp.peer_as: 65101 -> 65102" in r.out
    assert "plan: 0 to create, 2 to update, 8 unchanged" in r.out
    assert cli("tunnel", "apply", str(path)).code == 0
    rns = objects(client, "remoteNetwork")
    assert rns["sydney-01"]["subnets"] == ["10.31.0.0/24"] and rns["paris-01"]["protocol"]["bgp"]["peer_as"] == "65102"


def test_dry_run_prints_the_calls_and_sends_no_write(cli, srv, tmp_path):
    r = cli("tunnel", "apply", str(write_intent(tmp_path)), "--push", "--dry-run", "-o", "json")
    assert r.code == 0 and "dry run: nothing was sent" in r.err
    calls = r.json()
    assert [c["call"] for c in calls][:3] == ["ikeCryptoProfile.create", "ipsecCryptoProfile.create",
                                              "ikeGateway.create"]
    assert calls[-1]["call"] == "push" and calls[-1]["folders"] == [RN]
    assert calls[2]["secrets_from"][0].startswith("file:") and writes(srv) == 0


def test_a_failed_apply_is_completed_by_the_next_apply_without_repeating_a_change(cli, client, srv, tmp_path):
    """The plan is made, then the region loses its allocation: the remote networks are refused
    (after the gateways and tunnels were made). The next `apply` resumes that run."""
    path = write_intent(tmp_path)
    intent = read(path)
    planned = plan(client, intent)
    alloc = next(a for a in client.call("bandwidthAllocation", "list")["data"] if a["name"] == "europe-central")
    client.call("bandwidthAllocation", "delete", name="europe-central", spn_name_list=",".join(alloc["spn_name_list"]))
    history = History(tmp_path / "state" / "runs.db")
    data = applying.workflow(planned, push=True, wait=True)
    run_id = "tunnel-test-1"
    doc = loads(json.dumps(data), str(applying.save(data, history, run_id)))
    result = Runner(client, history, base_dir=tmp_path).run(doc, {}, run_id=run_id)
    history.close()
    assert result.status == "failed" and "remoteNetwork" in result.error
    assert set(objects(client, "ipsecTunnel")) == {"paris-01-wan1", "paris-01-lte", "sydney-01-wan1"}
    client.call("bandwidthAllocation", "create", **{k: alloc[k] for k in ("name", "allocated_bandwidth",
                                                                         "spn_name_list")})
    r = cli("tunnel", "apply", str(path), "--push", "--wait", "-o", "json")
    assert r.code == 0, r.err
    assert f"resuming run {run_id}" in r.err and r.json()["run_id"] == run_id
    assert set(objects(client, "remoteNetwork")) == {"paris-01", "sydney-01"}
    jobs = client.call("job", "list")["data"]
    assert len([j for j in jobs if j.get("type_str") == "CommitAndPush"]) == 1


def test_destroy_deletes_in_reverse_order_and_keeps_shared_profiles_in_use(cli, client, tmp_path):
    path = write_intent(tmp_path)
    assert cli("tunnel", "apply", str(path)).code == 0
    other = tmp_path / "other.yaml"
    other.write_text("sites:\n  - name: lima-01\n    location: {city: Lima}\n    region: us-east-1\n"
                     "    subnets: [10.60.0.0/24]\n    wan: [{name: wan1, address: 192.0.2.60}]\n", encoding="utf-8")
    assert cli("tunnel", "apply", str(other)).code == 0
    r = cli("tunnel", "destroy", str(path))
    assert r.code == 2 and "give --yes" in r.err
    r = cli("tunnel", "destroy", str(path), "--yes", "-o", "json")
    assert r.code == 0, r.err
    assert set(objects(client, "remoteNetwork")) == {"lima-01"}
    assert set(objects(client, "ikeGateway")) == {"lima-01-wan1"}
    assert "sasekit-default-ike" in objects(client, "ikeCryptoProfile")  # lima-01 still uses it
    assert cli("tunnel", "destroy", str(other), "--yes").code == 0
    assert "sasekit-default-ike" not in objects(client, "ikeCryptoProfile")
    assert cli("tunnel", "plan", str(path), "--destroy", "-o", "json").json()["counts"]["delete"] == 0


def test_apply_killed_with_sigkill_resumes_without_duplicates(srv, tmp_path):
    """A real process, killed while it writes; `apply` run again completes it."""
    sites = "\n".join(f"  - name: s{i:02d}\n    region: us-east-1\n    subnets: [10.{i}.0.0/24]\n"
                      f"    wan: [{{name: wan1, address: 192.0.2.{i + 1}}}]" for i in range(12))
    path = tmp_path / "many.yaml"
    path.write_text(f"sites:\n{sites}\n", encoding="utf-8")
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    cmd = [sys.executable, "-m", "sasekit", "tunnel", "apply", str(path), "--push", "--wait", "-o", "json"]
    srv.app.faults.update({"latency_ms": 150.0})
    proc = subprocess.Popen(cmd, env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    db = tmp_path / "state" / "runs.db"
    deadline = time.monotonic() + HANG_GUARD_S
    done = 0
    while time.monotonic() < deadline and proc.poll() is None:
        if db.exists():
            try:
                with sqlite3.connect(db) as conn:
                    done = conn.execute("SELECT COUNT(*) FROM steps WHERE status='done' AND item != ''").fetchone()[0]
            except sqlite3.OperationalError:  # the history is being created
                pass
            if done >= 6:
                break
        time.sleep(0.05)
    assert proc.poll() is None and done >= 6, "the apply ended before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    srv.app.faults.update({"latency_ms": 0.0})
    again = subprocess.run(cmd, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    assert "resuming run" in again.stderr
    with sync_client(srv) as client:
        assert len(objects(client, "ikeGateway")) == 12 and len(objects(client, "remoteNetwork")) == 12
        pushes = [j for j in client.call("job", "list")["data"] if j.get("type_str") == "CommitAndPush"]
        assert len(pushes) == 1


# ---------------------------------------------------------------------------- render and check


def test_render_needs_the_prisma_address_then_writes_0600_files_and_masks_secrets(cli, tmp_path):
    path = write_intent(tmp_path)
    assert cli("tunnel", "apply", str(path)).code == 0
    r = cli("tunnel", "render", "paris-01", "--intent", str(path), "--out", str(tmp_path / "out"))
    assert r.code == 2 and "push first" in r.err
    r = cli("tunnel", "render", "paris-01", "--intent", str(path), "--out", str(tmp_path / "given"),
            "--prisma-address", "192.0.2.200")  # a tenant that does not publish it: given by hand
    assert r.code == 0 and "remote_addrs = 192.0.2.200" in (tmp_path / "given" / "paris-01.swanctl.conf").read_text()
    r = cli("tunnel", "render", "paris-01", "--intent", str(path), "--prisma-address", "nope")
    assert r.code == 2 and "'nope' is not an IPv4 address" in r.err
    assert cli("tunnel", "apply", str(path), "--push", "--wait").code == 0  # nothing to change: the push
    r = cli("tunnel", "render", "paris-01", "--intent", str(path), "--out", str(tmp_path / "out"))
    assert r.code == 0, r.err
    conf = tmp_path / "out" / "paris-01.swanctl.conf"
    assert oct(conf.stat().st_mode & 0o777) == "0o600"
    key = (tmp_path / ".tunnels.secrets" / "paris-01-wan1.psk").read_text().strip()
    assert key in conf.read_text() and key not in r.out and "<secret>" in r.out
    assert "remote_addrs = 198.1" in conf.read_text()  # the Prisma side's public address (198.18.0.0/15)
    assert (tmp_path / "out" / "paris-01.frr.conf").is_file()
    r = cli("tunnel", "render", "sydney-01", "--intent", str(path), "--out", str(tmp_path / "out"))
    assert r.code == 0 and (tmp_path / "out" / "sydney-01.junos.set").is_file()
    r = cli("tunnel", "render", "paris-02", "--intent", str(path))
    assert r.code == 2 and "did you mean 'paris-01'?" in r.err


def test_check_matches_after_apply_and_names_a_latent_pfs_mismatch(cli, client, tmp_path):
    path = write_intent(tmp_path)
    assert cli("tunnel", "apply", str(path), "--push", "--wait").code == 0
    r = cli("tunnel", "check", "paris-01", "--intent", str(path), "-o", "json")
    assert r.code == 0, r.out + r.err
    out = tmp_path / "out"
    assert cli("tunnel", "render", "paris-01", "--intent", str(path), "--out", str(out)).code == 0
    conf = out / "paris-01.swanctl.conf"
    r = cli("tunnel", "check", "paris-01", "--intent", str(path), "--config", str(conf),
            "--config", str(out / "paris-01.frr.conf"))
    assert r.code == 0, r.out + r.err
    text = conf.read_text()
    assert "esp_proposals = aes256-sha256-modp2048" in text
    conf.write_text(text.replace("esp_proposals = aes256-sha256-modp2048", "esp_proposals = aes256-sha256-ecp384"),
                    encoding="utf-8")
    r = cli("tunnel", "check", "paris-01", "--intent", str(path), "--config", str(conf),
            "--config", str(out / "paris-01.frr.conf"), "-o", "json")
    assert r.code == 4, r.out + r.err
    events = r.json()["events"]
    assert events and {e["name"] for e in events} == {"Prisma IPsec Config Mismatch"}
    assert all(e["latent"] and e["change"] == "branch" for e in events)
    # the Prisma side drifts: the intent is right, so the fix is on the Prisma side
    prof = objects(client, "ipsecCryptoProfile")["sasekit-default-ipsec"]
    client.call("ipsecCryptoProfile", "update", id=prof["id"], folder=RN,
                **{k: prof[k] for k in ("name", "esp", "lifetime")}, dh_group="group5")
    r = cli("tunnel", "check", "paris-01", "--intent", str(path), "-o", "json")
    assert r.code == 4
    events = r.json()["events"]
    assert events and all(e["change"] == "prisma" for e in events)
    assert any(f"sasekit tunnel apply {path}" in line for e in events for line in e["fixes"]["prisma"])
    assert cli("tunnel", "apply", str(path)).code == 0  # the plan puts the profile back
    assert cli("tunnel", "check", "paris-01", "--intent", str(path)).code == 0


def test_the_remote_network_template_drives_the_same_plan_and_a_second_run_changes_nothing(client, tmp_path):
    from sasekit.cli.workflow_cmd import TEMPLATES_DIR

    path = tmp_path / "rn.yaml"
    path.write_text((TEMPLATES_DIR / "remote-network.yaml").read_text(), encoding="utf-8")
    history = History(tmp_path / "runs.db")
    inputs = {"site": "lima-01", "region": "auto", "city": "Lima", "peer_ip": "192.0.2.77"}
    first = Runner(client, history, base_dir=tmp_path).run(path, inputs)
    assert first.status == "succeeded", first.error
    region = first.steps["plan"]["output"]["sites"][0]["region"]
    assert region["candidates"][0]["display"] and region["region"] and region["how"] == "nearest with an allocation"
    assert objects(client, "remoteNetwork")["lima-01"]["region"] == region["region"]
    second = Runner(client, history, base_dir=tmp_path).run(path, inputs)
    history.close()
    assert second.status == "succeeded", second.error
    assert second.steps["plan"]["output"]["changes"] == 0
    assert second.steps["push"]["status"] == "skipped" and second.created == 0
    key = (tmp_path / "lima-01-psk.txt").read_text().strip()
    assert objects(client, "ikeGateway")["lima-01-wan1"]["authentication"]["pre_shared_key"]["key"] == key
    assert key.encode() not in b"".join(p.read_bytes() for p in tmp_path.glob("runs.db*"))


def test_tunnel_steps_in_a_workflow_are_checked_like_any_step(tmp_path):
    from sasekit.workflows import schema
    from sasekit.workflows.loader import load

    path = tmp_path / "wf.yaml"
    path.write_text("name: t\nsteps:\n  - id: plan\n    tunnel_plan: {intent: sites.yaml, action: rebuild}\n"
                    "  - id: go\n    foreach: \"{{ steps.plan.output.phases.ikeGateway }}\"\n"
                    "    do: {tunnel_change: {action: create}}\n", encoding="utf-8")
    issues = [i.format() for i in schema.validate(load(path))]
    assert any("line 4: steps[0].tunnel_plan.action: action must be one of apply, destroy, not 'rebuild'" in i
               for i in issues), issues
    assert any("steps[1].do.tunnel_change.resource: tunnel_change needs 'resource'" in i for i in issues), issues


def test_junos_branch_config_round_trips_through_check(cli, tmp_path):
    path = write_intent(tmp_path)
    assert cli("tunnel", "apply", str(path), "--push", "--wait").code == 0
    out = tmp_path / "out"
    assert cli("tunnel", "render", "sydney-01", "--intent", str(path), "--out", str(out)).code == 0
    conf = out / "sydney-01.junos.set"
    text = conf.read_text()
    assert "set security ike gateway" in text and "external-interface ge-0/0/0" in text
    r = cli("tunnel", "check", "sydney-01", "--intent", str(path), "--config", str(conf))
    assert r.code == 0, r.out + r.err
    conf.write_text(text.replace("pre-shared-key ascii-text", "pre-shared-key ascii-text \"wrong\" #"),
                    encoding="utf-8")
    r = cli("tunnel", "check", "sydney-01", "--intent", str(path), "--config", str(conf), "-o", "json")
    assert r.code == 4, r.out + r.err
    (event,) = r.json()["events"]
    assert event["name"] == "Prisma IKE Config Mismatch" and event["field"] == "psk"
    assert event["symptom"].startswith("AUTHENTICATION_FAILED") and "wrong" not in r.out


def test_the_unified_url_family_plans_and_applies_the_same_objects(cli, client, tmp_path):
    path = write_intent(tmp_path)
    r = cli("--unified", "tunnel", "apply", str(path), "-o", "json")
    assert r.code == 0, r.err
    assert set(objects(client, "remoteNetwork")) == {"paris-01", "sydney-01"}
    legacy = cli("tunnel", "plan", str(path), "-o", "json").json()
    unified = cli("--unified", "tunnel", "plan", str(path), "-o", "json").json()
    assert legacy["counts"]["keep"] == unified["counts"]["keep"] == 10
