"""The ``sasekit`` command as a user runs it, against a served emulator.

In-process tests call ``sasekit.cli.main`` (where the one-line errors and exit codes
live) and read stdout/stderr with capsys; a few run ``python -m sasekit`` in a real
subprocess, where stdout is a pipe. One emulator serves the whole module; its store
is emptied before each test. Exit codes: 0 ok, 1 API, 2 usage/validation,
3 auth/credentials, 4 job.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import stat
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import yaml
from click.shell_completion import ShellComplete

from cli_helpers import Result, cli_runner
from client_fixtures import fresh_tokens, served, sync_client
from conftest import ROOT, SHARED
from sasekit.cli import cli
from sasekit.emulator import DEMO_ACCOUNT, SYSTEM_FOLDERS, Account
from sasekit.emulator.serve import free_port

NO_SETUP = Account("nosetup@1234567890.iam.panserviceaccount.com", "no-setup-secret", DEMO_ACCOUNT["tsg_id"],
                   "no-setup")
ISSUE_CREATE = ["address", "create", "--folder", "Shared", "--name", "Malicious_IP_203_0_113_42",
                "--ip-netmask", "203.0.113.42/32", "--tag", "Blocked", "--tag", "ThreatIntel"]

# Every JSON example of the integration guide, verbatim, in the guide's order, with the
# exit code each gets when run in that order on an empty tenant. The two with made-up
# ids (job 12345, rule abc-123-def-456) are 404s: exit 1, one line.
GUIDE_EXAMPLES: list[tuple[dict, int]] = [
    ({"resource": "address", "operation": "list", "parameters": {"folder": "Shared", "limit": 200}}, 0),
    ({"resource": "address", "operation": "create", "parameters": {
        "folder": "Shared", "name": "Malicious_IP_203_0_113_42", "ip_netmask": "203.0.113.42/32",
        "description": "IP flagged by threat intel feed on 2026-05-04", "tag": ["Blocked", "ThreatIntel"]}}, 0),
    ({"resource": "securityRule", "operation": "create", "parameters": {
        "folder": "Shared", "position": "pre", "name": "Block_Malicious_IP_203_0_113_42", "action": "deny",
        "from": ["any"], "to": ["any"], "source": ["Malicious_IP_203_0_113_42"], "destination": ["any"],
        "application": ["any"], "service": ["any"], "description": "Auto-block from threat intel workflow"}}, 0),
    ({"resource": "configVersion", "operation": "push", "parameters": {
        "folders": ["Shared"], "description": "Deploy malicious IP block from incident #2026-001"}}, 0),
    ({"resource": "job", "operation": "get", "parameters": {"id": "12345"}}, 1),
    ({"resource": "configVersion", "operation": "getRunning", "parameters": {}}, 0),
    ({"resource": "securityRule", "operation": "move", "parameters": {
        "id": "abc-123-def-456", "destination": "before", "destination_rule": "xyz-789-pqr-012",
        "rulebase": "pre"}}, 1),
    ({"resource": "urlCategory", "operation": "create", "parameters": {
        "folder": "Shared", "name": "Phishing_Domains_2026_05", "type": "URL List",
        "list": ["phishing-site-a.com", "*.phishing-site-b.net"],
        "description": "Phishing domains identified by inbound email analysis"}}, 0),
    ({"resource": "address", "operation": "list", "parameters": {"folder": "Shared", "limit": 200, "offset": 0}},
     0),
    ({"resource": "address", "operation": "list", "parameters": {"folder": "Shared", "name": "Malicious"}}, 0),
]


# --------------------------------------------------------------------------- harness


@pytest.fixture(scope="module")
def srv():
    fresh_tokens()
    accounts = [dict(DEMO_ACCOUNT), dataclasses.asdict(NO_SETUP)]
    with served(accounts=accounts, push_s=0.1, rate_limit={"enabled": False}) as s:
        yield s


@pytest.fixture
def env(srv, monkeypatch, tmp_path):
    """An empty tenant and SCM_* variables pointing at it; a private config and state dir
    (the CLI caches its token there)."""
    srv.app.store.reset()
    values = {"SCM_CLIENT_ID": DEMO_ACCOUNT["client_id"], "SCM_CLIENT_SECRET": DEMO_ACCOUNT["client_secret"],
              "SCM_TSG_ID": DEMO_ACCOUNT["tsg_id"], "SCM_BASE_URL": srv.url, "SCM_AUTH_URL": srv.url,
              "SCM_SETUP_URL": srv.url, "SASEKIT_CONFIG_DIR": str(tmp_path / "config"),
              "SASEKIT_STATE_DIR": str(tmp_path / "state")}
    for name in ("SASEKIT_PROFILE", "SASEKIT_SPEC_DIR", "SASEKIT_CONFIG_JSON", "SASEKIT_TOKEN_CACHE",
                 "_SASEKIT_COMPLETE", "COLUMNS"):
        monkeypatch.delenv(name, raising=False)
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    return values


@pytest.fixture
def run(env, capsys, monkeypatch):
    """``sasekit ARGS`` in this process: (exit code, stdout, stderr)."""
    return cli_runner(capsys, monkeypatch)


def sub(*args: str, stdin: str | None = None, env: dict[str, str] | None = None) -> Result:
    """``python -m sasekit ARGS`` in a subprocess (stdout is a pipe), with os.environ as set by fixtures."""
    proc = subprocess.run([sys.executable, "-m", "sasekit", *args], input=stdin or "", capture_output=True,
                          text=True, env={**os.environ, **(env or {})}, cwd=ROOT, timeout=60)
    return Result(proc.returncode, proc.stdout, proc.stderr)


def one_line_error(r: Result, code: int, *needles: str) -> None:
    """A user mistake: nothing on stdout, one line on stderr (and at most its remedy, on a
    line after it: ``  fix: ...``), no traceback, the right code."""
    assert r.code == code, (r.code, r.err)
    assert r.out == "", r.out
    fixes = [line for line in r.lines[1:] if line.startswith("  fix: ")]
    assert len(r.lines) == 1 + len(fixes) and len(fixes) <= 1, r.err
    assert r.lines[0].startswith("error: "), r.err
    assert "Traceback" not in r.err
    for needle in needles:
        assert needle in r.err, (needle, r.err)


@pytest.fixture
def client(env, srv):
    """A sasekit client on the emulator, for arranging and checking what the CLI did."""
    with sync_client(srv) as c:
        yield c


def create_addresses(c, n: int, prefix: str = "bulk") -> None:
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda i: c.call("address", "create", folder="Shared", name=f"{prefix}{i:04d}",
                                       ip_netmask=f"10.{i // 65536}.{i // 256 % 256}.{i % 256}/32"), range(n)))


def complete(args: list[str], incomplete: str) -> list[str]:
    comp = ShellComplete(cli, {}, "sasekit", "_SASEKIT_COMPLETE")
    return [item.value for item in comp.get_completions(args, incomplete)]


# --------------------------------------------------------------------------- 1. operations


def test_address_create_exactly_as_in_the_issue(run):
    r = run(*ISSUE_CREATE)
    assert r.code == 0, r.err
    made = r.json()
    assert made["name"] == "Malicious_IP_203_0_113_42" and made["ip_netmask"] == "203.0.113.42/32"
    assert made["tag"] == ["Blocked", "ThreatIntel"] and made["folder"] == "Shared" and made["id"]
    assert r.err == ""
    got = run("address", "get", "--id", made["id"], "-o", "json").json()
    assert got == made
    again = run(*ISSUE_CREATE)
    one_line_error(again, 1, "API error [409]", "Name Not Unique")


def test_address_create_exactly_as_in_the_issue_in_a_subprocess(client):
    r = sub(*ISSUE_CREATE)
    assert r.code == 0, r.err
    assert r.json()["tag"] == ["Blocked", "ThreatIntel"]  # JSON, because stdout is a pipe
    assert r.err == ""
    assert client.call("address", "list", folder="Shared")["total"] == 1


def test_json_and_flags_beside_it(run):
    r = run("address", "create", "--json", '{"folder": "Shared", "name": "from-json", "fqdn": "a.example.com",'
            ' "tag": ["x"]}', "--tag", "y", "--description", "flag wins")
    assert r.code == 0, r.err
    made = r.json()
    assert made["fqdn"] == "a.example.com" and made["tag"] == ["y"] and made["description"] == "flag wins"


def test_from_file_and_from_stdin(run, tmp_path):
    f = tmp_path / "params.json"
    f.write_text(json.dumps({"folder": "Shared", "name": "from-file", "ip_range": "192.0.2.1-192.0.2.9"}))
    r = run("address", "create", "--from-file", str(f))
    assert r.code == 0, r.err
    assert r.json()["ip_range"] == "192.0.2.1-192.0.2.9"
    r = run("address", "create", "--from-file", "-",
            stdin='{"folder": "Shared", "name": "from-stdin", "ip_wildcard": "10.0.0.0/0.0.0.255"}')
    assert r.code == 0, r.err
    assert r.json()["ip_wildcard"] == "10.0.0.0/0.0.0.255"
    listed = run("address", "list", "--from-file", "-", stdin='{"folder": "Shared", "name": "from-"}').json()
    assert sorted(a["name"] for a in listed["data"]) == ["from-file", "from-stdin"]
    one_line_error(run("address", "create", "--from-file", str(tmp_path / "missing.json")), 2,
                   "--from-file", "No such file")
    one_line_error(run("address", "create", "--from-file", "-", stdin="[1, 2]"), 2, "expected a JSON object")


def test_every_guide_example_through_call_file(run, tmp_path, client):
    for n, (example, code) in enumerate(GUIDE_EXAMPLES):
        path = tmp_path / f"example{n}.json"
        path.write_text(json.dumps(example, indent=2))
        r = run("call", str(path))
        if code == 0:
            assert r.code == 0, (example, r.err)
            assert r.err == ""
            r.json()
        else:
            one_line_error(r, code, "API error [404]", "Object Not Present")
    rules = client.call("securityRule", "list", folder="Shared", position="pre")["data"]
    assert [x["name"] for x in rules] == ["Block_Malicious_IP_203_0_113_42"]
    assert client.call("urlCategory", "list", folder="Shared")["total"] == 1
    found = run("call", "-", stdin=json.dumps(GUIDE_EXAMPLES[-1][0])).json()
    assert [a["name"] for a in found["data"]] == ["Malicious_IP_203_0_113_42"]


def test_guide_examples_as_one_list_through_call_stdin(run):
    chain = [e for e, code in GUIDE_EXAMPLES if code == 0]
    r = run("call", "-", stdin=json.dumps(chain))
    assert r.code == 0, r.err
    results = r.json()
    assert len(results) == len(chain)
    assert results[1]["name"] == "Malicious_IP_203_0_113_42"
    assert results[3]["job_id"]


def test_every_guide_example_validates_with_dry_run_and_sends_nothing(run, srv, monkeypatch):
    for name in ("SCM_CLIENT_ID", "SCM_CLIENT_SECRET", "SCM_TSG_ID"):  # planning needs no credentials
        monkeypatch.delenv(name)
    before = srv.app.stats["requests"]
    r = run("call", "--dry-run", "-", stdin=json.dumps([e for e, _ in GUIDE_EXAMPLES]))
    assert r.code == 0, r.err
    plans = r.json()
    assert srv.app.stats["requests"] == before
    assert [p["method"] for p in plans] == ["GET", "POST", "POST", "POST", "GET", "GET", "POST", "POST", "GET",
                                            "GET"]
    assert plans[4]["url"] == f"{srv.url}/sse/config/v1/jobs/12345"
    assert plans[6]["url"] == f"{srv.url}/sse/config/v1/security-rules/abc-123-def-456:move"
    assert plans[3]["url"] == f"{srv.url}/sse/config/v1/config-versions/candidate:push"
    assert plans[2]["query"] == {"folder": "Shared", "position": "pre"}
    assert plans[2]["body"]["source"] == ["Malicious_IP_203_0_113_42"]


def test_guide_examples_match_the_guide():
    """The examples above are every JSON example of the guide (when ../shared is present)."""
    guides = sorted((SHARED / "product-docs").glob("000_*.txt"))
    if not guides:
        pytest.skip(f"the integration guide is not at {SHARED / 'product-docs'} (fix: put the shared folder "
                    f"beside the repository, or export SASEKIT_SHARED_DIR=/path/to/shared)")
    text = guides[0].read_text(encoding="utf-8")
    decoder = json.JSONDecoder()
    found = [decoder.raw_decode(text, m.start())[0] for m in re.finditer(r'^\{\s*\n\s*"resource"', text, re.M)]
    assert found == [e for e, _ in GUIDE_EXAMPLES]


def test_call_rejects_bad_input_before_sending(run, srv):
    before = srv.app.stats["requests"]
    one_line_error(run("call", "-", stdin='{"resource": "address"'), 2, "not valid JSON")
    one_line_error(run("call", "-", stdin='{"operation": "list"}'), 2, "expected")
    one_line_error(run("call", "-", stdin='[{"resource": "address", "operation": "list", "parameters": '
                                          '{"folder": "Shared"}}, {"resource": "address", "operation": "list", '
                                          '"parameters": "x"}]'), 2, '-[1]: "parameters" must be a JSON object')
    one_line_error(run("call", "-", stdin='{"resource": "addresses", "operation": "list"}'), 2,
                   "unsupported resource: addresses", "did you mean: address")
    one_line_error(run("call", "-", stdin='{"resource": "address", "operation": "lst"}'), 2,
                   "unsupported operation: address.lst")
    one_line_error(run("call", "/no/such/file.json"), 2, "No such file")
    assert srv.app.stats["requests"] == before


def test_all_pages_through_more_than_200_items(run, srv, client):
    create_addresses(client, 250)
    first = run("address", "list", "--folder", "Shared").json()
    assert len(first["data"]) == 200 and first["total"] == 250
    before = srv.app.stats["requests"]
    r = run("address", "list", "--folder", "Shared", "--all")
    assert r.code == 0, r.err
    items = r.json()
    assert sorted(a["name"] for a in items) == [f"bulk{i:04d}" for i in range(250)]
    assert srv.app.stats["requests"] - before in (1, 2)  # one page of up to 5000 (and maybe a token)
    before = srv.app.stats["requests"]
    small = run("address", "list", "--folder", "Shared", "--all", "--page-size", "100", "--query", "length(@)")
    assert small.json() == 250
    assert srv.app.stats["requests"] - before in (3, 4)  # three pages of 100
    assert run("address", "list", "--folder", "Shared", "--all", "--limit", "100", "--query", "length(@)").json() == 250


def test_dry_run_prints_the_validated_request_and_sends_nothing(run, srv, client):
    before = srv.app.stats["requests"]
    r = run(*ISSUE_CREATE, "--dry-run")
    assert r.code == 0, r.err
    assert r.json() == {"method": "POST", "url": f"{srv.url}/sse/config/v1/addresses",
                        "query": {"folder": "Shared"},
                        "body": {"name": "Malicious_IP_203_0_113_42", "ip_netmask": "203.0.113.42/32",
                                 "tag": ["Blocked", "ThreatIntel"]}}
    assert "nothing was sent" in r.err
    unified = run("--unified", *ISSUE_CREATE, "--dry-run").json()
    assert unified["url"] == f"{srv.url}/config/objects/v1/addresses"
    one_line_error(run("address", "create", "--folder", "Shared", "--name", "x", "--dry-run"), 2,
                   "address.create", "exactly one of ip_netmask")
    assert srv.app.stats["requests"] == before
    assert client.call("address", "list", folder="Shared")["total"] == 0


# --------------------------------------------------------------------------- 2. discovery


def test_resources(run):
    rows = run("resources", "-o", "json").json()
    config = run("resources", "--family", "legacy", "-o", "json").json()
    assert len(config) == 77 and sum(len(r["operations"].split(", ")) for r in config) == 344
    unified = run("resources", "--family", "unified", "-o", "json").json()
    assert len(unified) == 153 and sum(len(r["operations"].split(", ")) for r in unified) == 697
    assert {"folder", "snippet", "zone", "natRule"} <= {r["resource"] for r in rows} - {
        r["resource"] for r in config}
    by = {r["resource"]: r["operations"] for r in rows}
    assert by["address"] == "list, create, get, update, delete"
    assert by["securityRule"] == "list, create, get, update, delete, move"
    assert "push" in by["configVersion"]


def test_describe_a_resource_and_an_operation(run):
    ops = run("describe", "address", "-o", "json").json()
    assert [o["operation"] for o in ops] == ["list", "create", "get", "update", "delete"]
    assert ops[1]["route"] == "POST /sse/config/v1/addresses"
    op = run("describe", "address", "create", "-o", "json").json()
    assert op["method"] == "POST" and op["path"] == "/sse/config/v1/addresses"
    assert op["exclusive"] == ["ip_netmask | ip_range | ip_wildcard | fqdn"]
    params = {p["parameter"]: p for p in op["parameters"]}
    assert params["name"]["required"] is True and "maxLength 63" in params["name"]["rules"]
    assert params["tag"]["type"] == "array" and params["ip_netmask"]["flag"] == "--ip-netmask"
    assert "Shared" in params["folder"]["suggested"]
    rule = {p["parameter"]: p for p in run("describe", "securityRule", "list", "-o", "json").json()["parameters"]}
    assert rule["position"]["enum"] == "pre, post"
    one_line_error(run("describe", "adress"), 2, "unsupported resource: adress", "did you mean: address")
    one_line_error(run("describe", "address", "craete"), 2, "unsupported operation: address.craete")


def test_describe_shows_palo_altos_descriptions_with_a_spec_dir(run, spec_dir, monkeypatch):
    from sasekit.catalog import load
    from sasekit.catalog.descriptions import descriptions

    monkeypatch.setenv("SASEKIT_SPEC_DIR", str(spec_dir))
    op = load()["address"].operations["create"]
    expected = descriptions().parameter(op, "folder")
    assert expected
    described = {p["parameter"]: p for p in run("describe", "address", "create", "-o", "json").json()["parameters"]}
    assert described["folder"]["description"] == expected
    monkeypatch.setenv("COLUMNS", "400")
    table = run("describe", "address", "create", "-o", "table")
    assert expected in table.out
    assert "exactly one of: ip_netmask | ip_range | ip_wildcard | fqdn" in table.err
    assert expected in " ".join(run("address", "create", "--help").out.split())


def test_operation_help_shows_types_required_enums_and_rules(run):
    r = run("address", "create", "--help")
    assert r.code == 0
    text = " ".join(r.out.split())
    assert "--folder TEXT [string; required; in query]" in text
    assert "--name TEXT [string; required; in body] Rules: maxLength 63, pattern ^[ a-zA-Z\\d._-]+$." in text
    assert "--tag TEXT [list of string; optional; in body] Rules: maxItems 64." in text
    assert "pattern ^[a-zA-Z0-9_]([a-zA-Z0-9._-])+[a-zA-Z0-9]$" in text  # fqdn
    assert "e.g. Shared, Mobile Users" in text
    assert "Exactly one of: --ip-netmask | --ip-range | --ip-wildcard | --fqdn." in text
    assert "--dry-run" in text and "--from-file FILE|-" in text and "--json TEXT" in text
    rules = " ".join(run("securityRule", "list", "--help").out.split())
    assert "--position [pre|post]" in rules and "one of: pre, post." in rules and "--all" in rules
    create = " ".join(run("securityRule", "create", "--help").out.split())
    assert "--profile-setting JSON [object; optional; in body]" in create and "Give JSON." in create
    assert 'Default: ["any"].' in create
    root = run("--help").out
    assert "Commands:" in root and "Resources:" in root and "sasekit resources" in root
    ops = run("securityRule", "--help").out
    assert "Operations:" in ops and "move" in ops and "POST /sse/config/v1/security-rules/{id}:move" in ops


# --------------------------------------------------------------------------- 3. verbs


def test_auth_test_ok_and_with_a_wrong_secret(run, monkeypatch):
    r = run("auth", "test")
    assert r.code == 0, r.err
    assert r.out == ""
    assert "[ok] token" in r.err and "[ok] api" in r.err
    monkeypatch.setenv("SCM_CLIENT_SECRET", "not-the-secret")
    bad = run("auth", "test")
    assert bad.code == 3
    assert bad.out == ""
    assert "[FAIL] token: token fetch failed: status=401 body=invalid_client" in bad.err
    # the guide's troubleshooting remedy for a 401 on the token
    assert "Client ID or Client Secret is incorrect, or the secret has been rotated" in bad.err
    assert "Traceback" not in bad.err
    one_line_error(run("address", "list", "--folder", "Shared"), 3, "token fetch failed: status=401")


def test_folders_with_and_without_the_setup_role(run, monkeypatch):
    r = run("folders", "-o", "json")
    assert r.code == 0, r.err
    assert "Shared" in [f["name"] for f in r.json()] and "notice" not in r.err
    monkeypatch.setenv("SCM_CLIENT_ID", NO_SETUP.client_id)
    monkeypatch.setenv("SCM_CLIENT_SECRET", NO_SETUP.client_secret)
    r = run("folders", "-o", "json")
    assert r.code == 0, r.err
    assert [f["name"] for f in r.json()] == list(SYSTEM_FOLDERS)
    assert len(r.json()) == 6
    assert r.err.strip() == "notice: no Setup API role (403): showing the six system folders"


def test_push_and_wait(run):
    for tag in ("Blocked", "ThreatIntel"):  # a push fails while a tag the address names does not exist
        assert run("tag", "create", "--folder", "Shared", "--name", tag).code == 0
    assert run(*ISSUE_CREATE).code == 0
    r = run("push", "--folders", "Shared", "--description", "x", "--wait")
    assert r.code == 0, r.err
    done = r.json()
    assert done["job"]["result_str"] == "OK" and done["job"]["status_str"] == "FIN"
    assert [c["result_str"] for c in done["children"]] == ["OK"]
    assert "CommitAndPush" in r.err  # progress goes to stderr
    running = run("configVersion", "getRunning").json()
    assert running


def test_a_push_with_a_dangling_reference_exits_4(run):
    r = run("securityRule", "create", "--folder", "Shared", "--position", "pre", "--name", "dangling",
            "--action", "deny", "--from", "any", "--to", "any", "--source", "No_Such_Address",
            "--destination", "any", "--application", "any", "--service", "any")
    assert r.code == 0, r.err
    failed = run("push", "--folders", "Shared", "--description", "x", "--wait")
    assert failed.code == 4, failed.err
    assert failed.out == ""
    error = [line for line in failed.lines if line.startswith("error:")]
    assert len(error) == 1 and error[0].startswith("error: job ") and "result=FAIL" in error[0]
    assert "Traceback" not in failed.err


def test_job_get_list_and_wait(run):
    pushed = run("push", "--folders", "Shared", "--description", "jobs")
    assert pushed.code == 0, pushed.err
    job_id = pushed.json()["job_id"]
    got = run("job", "get", job_id).json()
    assert got["data"][0]["id"] == job_id
    listed = run("job", "list").json()
    assert job_id in [j["id"] for j in listed["data"]]
    waited = run("job", "wait", job_id)
    assert waited.code == 0, waited.err
    assert waited.json()["job"]["result_str"] == "OK"
    one_line_error(run("job", "get", "12345"), 1, "API error [404]")


def test_job_wait_on_a_failed_push_exits_4(run, client):
    client.call("addressGroup", "create", folder="Shared", name="g", static=["missing-member"])
    job_id = client.push(["Shared"], "x", wait=False)["job_id"]
    r = run("job", "wait", job_id)
    assert r.code == 4
    assert next(line for line in r.lines if line.startswith("error:")).startswith(f"error: job {job_id}")


def test_profiles_add_list_use_remove(run, env, monkeypatch, srv):
    monkeypatch.setenv("EMU_SECRET", DEMO_ACCOUNT["client_secret"])
    urls = ["--base-url", srv.url, "--auth-url", srv.url, "--setup-url", srv.url]
    r = run("profile", "add", "emu", "--client-id", DEMO_ACCOUNT["client_id"], "--tsg-id", DEMO_ACCOUNT["tsg_id"],
            "--secret-env", "EMU_SECRET", *urls)
    assert r.code == 0, r.err
    assert r.out == "" and "saved" in r.err
    path = Path(env["SASEKIT_CONFIG_DIR"]) / "config.toml"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = path.read_text()
    assert "${EMU_SECRET}" in text and DEMO_ACCOUNT["client_secret"] not in text
    assert run("profile", "add", "other", "--client-id", "x", "--tsg-id", "1", "--secret-env", "NOPE").code == 0
    listed = run("profile", "list", "-o", "json").json()
    assert [(p["name"], p["default"], p["secret"]) for p in listed] == [
        ("emu", True, "${EMU_SECRET}"), ("other", False, "${NOPE}")]
    for name in ("SCM_CLIENT_ID", "SCM_CLIENT_SECRET", "SCM_TSG_ID", "SCM_BASE_URL", "SCM_AUTH_URL",
                 "SCM_SETUP_URL"):
        monkeypatch.delenv(name)
    assert run("address", "list", "--folder", "Shared").json()["total"] == 0  # through the default profile
    assert run("profile", "use", "other").code == 0
    assert [p["name"] for p in run("profile", "list", "-o", "json").json() if p["default"]] == ["other"]
    one_line_error(run("address", "list", "--folder", "Shared"), 3, "NOPE", "not set")
    assert run("--profile", "emu", "address", "list", "--folder", "Shared").code == 0
    assert run("profile", "remove", "other").code == 0
    assert [p["name"] for p in run("profile", "list", "-o", "json").json()] == ["emu"]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    one_line_error(run("profile", "use", "nope"), 3, "profile 'nope' not found")
    one_line_error(run("profile", "add", "x", "--client-id", "a", "--tsg-id", "1"), 2, "give the client secret")
    one_line_error(run("profile", "add", "emu", "--client-id", "a", "--tsg-id", "1", "--secret-env", "X"), 3,
                   "already exists")


def test_profile_with_a_clear_secret_in_a_file_is_private(run, env):
    r = run("profile", "add", "clear", "--client-id", "a", "--tsg-id", "1", "--secret-stdin", "--store-secret",
            "file", stdin="s3cret\n")
    assert r.code == 0, r.err
    path = Path(env["SASEKIT_CONFIG_DIR"]) / "config.toml"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert 's3cret' in path.read_text()
    assert run("profile", "list", "-o", "json").json()[0]["secret"] == "clear text (in file)"


def test_profile_secret_in_the_keyring(run, env, monkeypatch, srv):
    pytest.importorskip("keyring")
    import keyring.core
    from keyring.backend import KeyringBackend
    from keyring.errors import PasswordDeleteError

    class Memory(KeyringBackend):
        priority = 1

        def __init__(self):
            super().__init__()
            self.entries: dict[tuple[str, str], str] = {}

        def get_password(self, service, username):
            return self.entries.get((service, username))

        def set_password(self, service, username, password):
            self.entries[(service, username)] = password

        def delete_password(self, service, username):
            if self.entries.pop((service, username), None) is None:
                raise PasswordDeleteError(username)

    memory = Memory()
    monkeypatch.setattr(keyring.core, "_keyring_backend", memory)
    r = run("profile", "add", "kr", "--client-id", DEMO_ACCOUNT["client_id"], "--tsg-id", DEMO_ACCOUNT["tsg_id"],
            "--secret-stdin", "--base-url", srv.url, "--auth-url", srv.url, "--setup-url", srv.url,
            stdin=DEMO_ACCOUNT["client_secret"] + "\n")
    assert r.code == 0, r.err
    assert memory.entries == {("sasekit", "kr"): DEMO_ACCOUNT["client_secret"]}
    text = (Path(env["SASEKIT_CONFIG_DIR"]) / "config.toml").read_text()
    assert "keyring:sasekit/kr" in text and DEMO_ACCOUNT["client_secret"] not in text
    monkeypatch.delenv("SCM_CLIENT_SECRET")
    assert run("--profile", "kr", "address", "list", "--folder", "Shared").code == 0
    assert run("profile", "remove", "kr", "--delete-secret").code == 0
    assert memory.entries == {}


def test_secret_keyring_must_be_service_slash_user(run, env):
    for value in ("sasekit", "/prod", "sasekit/", " / ", "", "keyring:"):
        r = run("profile", "add", "kr", "--client-id", "a", "--tsg-id", "1", "--secret-keyring", value)
        one_line_error(r, 2, "'--secret-keyring'", "must be SERVICE/USER", "both non-empty", f"got {value!r}")
    assert not (Path(env["SASEKIT_CONFIG_DIR"]) / "config.toml").exists()  # refused before anything was written
    assert run("profile", "add", "kr", "--client-id", "a", "--tsg-id", "1", "--secret-keyring",
               "keyring:sasekit/prod").code == 0  # the reference as written in config.toml is accepted too
    assert [p["secret"] for p in run("profile", "list", "-o", "json").json()] == ["keyring:sasekit/prod"]


# --------------------------------------------------------------------------- token cache


def test_the_cli_caches_its_token_in_the_state_folder_by_default(run, env, srv):
    before = srv.app.auth.issued
    for _ in range(3):
        fresh_tokens()  # each command as a new process: nothing in memory
        assert run("address", "list", "--folder", "Shared").code == 0
    assert srv.app.auth.issued - before == 1
    cache = Path(env["SASEKIT_STATE_DIR"]) / "tokens.json"
    assert stat.S_IMODE(cache.stat().st_mode) == 0o600 and len(json.loads(cache.read_text())) == 1


@pytest.mark.parametrize(("how", "written"), [
    (["--token-cache", "{tmp}/mine.json"], "mine.json"),
    ({"SASEKIT_TOKEN_CACHE": "{tmp}/env.json"}, "env.json"),
    (["--no-token-cache"], None),
    ({"SASEKIT_TOKEN_CACHE": "off"}, None),
    (["--token-cache", "off"], None),
])
def test_the_token_cache_flag_and_variable(run, env, srv, monkeypatch, tmp_path, how, written):
    flags: list[str] = []
    if isinstance(how, dict):
        for name, value in how.items():
            monkeypatch.setenv(name, value.format(tmp=tmp_path))
    else:
        flags = [arg.format(tmp=tmp_path) for arg in how]
    before = srv.app.auth.issued
    for _ in range(2):
        fresh_tokens()
        assert run(*flags, "address", "list", "--folder", "Shared").code == 0
    assert not (Path(env["SASEKIT_STATE_DIR"]) / "tokens.json").exists()  # not the default
    if written:
        assert srv.app.auth.issued - before == 1
        assert stat.S_IMODE((tmp_path / written).stat().st_mode) == 0o600
    else:
        assert srv.app.auth.issued - before == 2
        assert not list(tmp_path.glob("*.json"))


def test_a_token_cache_path_that_cannot_work_is_a_config_error_before_any_request(run, env, srv, monkeypatch,
                                                                                  tmp_path):
    before = srv.app.stats["requests"]
    missing = tmp_path / "typo" / "tokens.json"
    one_line_error(run("--token-cache", str(missing), "address", "list", "--folder", "Shared"), 3,
                   "token_cache_file from option --token-cache", f"{missing.parent} does not exist",
                   f"mkdir -p -m 700 {missing.parent}", "--no-token-cache")
    monkeypatch.setenv("SASEKIT_TOKEN_CACHE", str(tmp_path))
    one_line_error(run("address", "list", "--folder", "Shared"), 3, "token_cache_file from env SASEKIT_TOKEN_CACHE",
                   f"{tmp_path} (the token cache) is a folder", "SASEKIT_TOKEN_CACHE=off")
    assert srv.app.stats["requests"] == before
    assert run("--no-token-cache", "address", "list", "--folder", "Shared").code == 0  # the remedy works
    one_line_error(run("--token-cache", "x.json", "--no-token-cache", "address", "list"), 2,
                   "--token-cache and --no-token-cache")
    one_line_error(run("--token-cache", " ", "address", "list"), 2, "--token-cache needs a file path")


def test_a_default_state_folder_that_cannot_be_made_only_turns_the_cache_off(run, env, monkeypatch, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("SASEKIT_STATE_DIR", str(blocker / "state"))
    r = run("address", "list", "--folder", "Shared")
    assert r.code == 0 and r.err == "", r.err


def test_a_failed_call_in_a_subprocess_prints_one_line_and_no_logged_body(env, srv, client):
    client.call("address", "create", folder="Shared", name="dup", ip_netmask="192.0.2.9/32")
    r = sub("address", "create", "--folder", "Shared", "--name", "dup", "--ip-netmask", "192.0.2.9/32")
    one_line_error(r, 1, "API error [409]")  # the client's WARNING (with the body) stays off the terminal
    assert "WARNING" not in r.err and "failed: HTTP" not in r.err


# --------------------------------------------------------------------------- 4. output


def test_output_formats_and_query(run, monkeypatch):
    assert run(*ISSUE_CREATE).code == 0
    as_json = run("address", "list", "--folder", "Shared", "-o", "json").json()
    assert as_json["data"][0]["name"] == "Malicious_IP_203_0_113_42"
    as_yaml = yaml.safe_load(run("address", "list", "--folder", "Shared", "-o", "yaml").out)
    assert as_yaml == as_json
    assert yaml.safe_load(run("-o", "yaml", "address", "list", "--folder", "Shared").out) == as_json
    monkeypatch.setenv("COLUMNS", "200")
    table = run("address", "list", "--folder", "Shared", "-o", "table").out
    header = next(line for line in table.splitlines() if "name" in line)
    assert header.index("name") < header.index("id") < header.index("folder")
    assert "Malicious_IP_203_0_113_42" in table and "Blocked, ThreatIntel" in table and "1 of 1" in table
    assert run("address", "list", "--folder", "Shared", "--query", "data[].name").json() == [
        "Malicious_IP_203_0_113_42"]
    assert run("--query", "total", "address", "list", "--folder", "Shared").json() == 1
    assert run("address", "list", "--folder", "Shared", "--query", "data[0].tag", "-o", "yaml").out == \
        "- Blocked\n- ThreatIntel\n"
    one_line_error(run("address", "list", "--folder", "Shared", "--query", "data[?"), 2, "--query")
    empty = run("address", "list", "--folder", "Shared", "--name", "zzz", "-o", "table")
    assert "(no items)" in empty.out


def test_data_on_stdout_messages_on_stderr(run):
    r = run(*ISSUE_CREATE, "--dry-run")
    assert json.loads(r.out)["method"] == "POST"
    assert r.err.strip() == "dry run: nothing was sent"
    r = run("push", "--folders", "Shared", "--description", "x", "--wait")
    assert json.loads(r.out)["job"]["result_str"] == "OK"
    assert all(not line.startswith("{") for line in r.lines)


def test_piped_output_is_json_and_debug_shows_a_traceback(env):
    piped = sub("address", "list", "--folder", "Shared")
    assert piped.code == 0, piped.err
    assert json.loads(piped.out) == {"data": [], "limit": 200, "offset": 0, "total": 0}
    plain = sub("address", "create", "--folder", "Shared", "--name", "x")
    one_line_error(plain, 2, "address.create", "exactly one of ip_netmask")
    debug = sub("--debug", "address", "create", "--folder", "Shared", "--name", "x")
    assert debug.code == 2  # the same exit code, with the traceback before the line
    assert "Traceback (most recent call last)" in debug.err and "sasekit.errors.ValidationError" in debug.err
    *_, last, fix = debug.err.strip().splitlines()
    assert last.startswith("error: address.create") and fix.startswith("  fix: `sasekit describe address create`")


# --------------------------------------------------------------------------- invalid input


@pytest.mark.parametrize(("args", "code", "needles"), [
    (["address", "create", "--folder", "Shared", "--bogus", "1"], 2, ["No such option '--bogus'"]),
    (["securityRule", "list", "--folder", "Shared", "--position", "middle"], 2,
     ["'--position'", "'middle' is not one of 'pre', 'post'"]),
    (["address", "list", "--folder", "Shared", "--limit", "abc"], 2, ["'--limit'", "'abc' is not a valid"]),
    (["securityRule", "create", "--negate-source", "maybe"], 2, ["'--negate-source'", "'maybe'"]),
    (["address", "create", "--json", "{bad"], 2, ["--json: not valid JSON"]),
    (["securityRule", "create", "--profile-setting", "{bad"], 2, ["'--profile-setting'", "not valid JSON"]),
    (["address", "create", "--json", "[1]"], 2, ["--json: expected a JSON object"]),
    (["addresses", "list"], 2, ["unknown command or resource 'addresses'", "did you mean: address"]),
    (["address", "lst"], 2, ["unsupported operation: address.lst", "did you mean: list"]),
    (["address", "create", "--folder", "Shared", "--name", "x"], 2,
     ["address.create", "exactly one of ip_netmask | ip_range | ip_wildcard | fqdn"]),
    (["address", "create", "--folder", "Shared", "--name", "x" * 64, "--fqdn", "a.example.com"], 2,
     ["address.create: name", "maxLength"]),
    (["-o", "xml", "address", "list"], 2, ["'xml' is not one of"]),
    (["job", "get", "12345"], 1, ["API error [404] on GET /sse/config/v1/jobs/12345"]),
    (["securityRule", "move", "--id", "abc-123-def-456", "--destination", "before", "--destination-rule",
      "xyz-789-pqr-012", "--rulebase", "pre"], 1, ["API error [404]", "abc-123-def-456"]),
])
def test_invalid_input_is_one_line_and_the_right_exit_code(run, srv, args, code, needles):
    before = srv.app.stats["requests"]
    one_line_error(run(*args), code, *needles)
    if code == 2:
        assert srv.app.stats["requests"] == before  # refused before anything was sent


def test_a_bare_group_shows_its_help(run):
    r = run("job")
    assert r.code == 2 and r.out == ""
    assert r.err.startswith("Usage: sasekit job [OPTIONS] COMMAND") and "error" not in r.err
    assert "wait" in r.err
    one_line_error(run("job", "lst"), 2, "No such command 'lst'", "Did you mean 'list'?")


def test_several_validation_problems_are_all_reported(run):
    r = run("address", "create", "--folder", "Shared")
    assert r.code == 2 and r.out == ""
    assert r.lines[0] == "error: 2 problems in address.create parameters"
    assert any("name" in line and "required" in line for line in r.lines[1:])
    assert any("exactly one of" in line for line in r.lines[1:])


def test_missing_credentials(run, monkeypatch):
    monkeypatch.delenv("SCM_CLIENT_ID")
    one_line_error(run("address", "list", "--folder", "Shared"), 3)
    assert run("address", "list", "--folder", "Shared").err == (
        "error: clientId is required\n  fix: SCM_CLIENT_ID is not set; export it or run: sasekit profile add NAME "
        "--client-id ID --tsg-id TSG_ID --secret-env VAR\n")
    monkeypatch.delenv("SCM_CLIENT_SECRET")
    monkeypatch.delenv("SCM_TSG_ID")
    one_line_error(run("auth", "test"), 3, "clientId is required; clientSecret is required; tsgId is required")


def test_missing_credentials_in_a_subprocess(env):
    r = sub("address", "list", "--folder", "Shared", env={"SCM_CLIENT_ID": ""})
    one_line_error(r, 3)
    assert r.err.startswith("error: clientId is required\n  fix: SCM_CLIENT_ID is not set; export it")


def test_unreachable_api(run, env, srv):
    # One attempt only (a profile setting), so the test does not sit through the retry policy.
    cfg = Path(env["SASEKIT_CONFIG_DIR"])
    cfg.mkdir(parents=True)
    (cfg / "config.toml").write_text('default_profile = "once"\n\n[profiles.once]\nmax_retries = 0\n')
    r = run("--base-url", f"http://127.0.0.1:{free_port()}", "address", "list", "--folder", "Shared")
    one_line_error(r, 1, "transport error on GET /sse/config/v1/addresses", "did not reach the server")
    r = run("--auth-url", f"http://127.0.0.1:{free_port()}", "address", "list", "--folder", "Shared")
    one_line_error(r, 3, "failed to obtain access token")


def test_usage_errors_in_a_subprocess(env):
    one_line_error(sub("address", "create", "--bogus"), 2, "No such option '--bogus'")
    one_line_error(sub("call", "-", stdin='{"resource": "job", "operation": "get", "parameters": {"id": "12345"}}'),
                   1, "API error [404]")


# --------------------------------------------------------------------------- 5. completion


def test_completion_script():
    r = sub("completion", "bash")
    assert r.code == 0
    assert "_sasekit_completion()" in r.out and "_SASEKIT_COMPLETE=bash_complete" in r.out
    assert "complete -o nosort -F _sasekit_completion sasekit" in r.out


def test_completion_through_the_shell_protocol():
    r = sub(env={"_SASEKIT_COMPLETE": "bash_complete", "COMP_WORDS": "sasekit address create --ip",
                 "COMP_CWORD": "3"})
    assert r.code == 0, r.err
    assert r.out.split() == ["plain,--ip-netmask", "plain,--ip-range", "plain,--ip-wildcard"]


def test_completion_of_resources_operations_parameters_and_values():
    assert {"address", "addressGroup"} <= set(complete([], "addr"))
    assert {"push", "profile", "folders", "address", "securityRule"} <= set(complete([], ""))
    assert complete(["address"], "") == ["list", "create", "get", "update", "delete"]
    assert complete(["security-rule"], "m") == ["move"]
    assert complete(["address", "create"], "--ip") == ["--ip-netmask", "--ip-range", "--ip-wildcard"]
    assert "--dry-run" in complete(["address", "create"], "--d")
    assert complete(["securityRule", "list", "--position"], "") == ["pre", "post"]
    assert complete(["address", "create", "--folder"], "Mob") == [
        "Mobile Users", "Mobile Users Container", "Mobile Users Explicit Proxy"]
    assert complete(["address", "list", "-o"], "") == ["table", "json", "yaml", "csv", "jsonl"]
    assert complete(["describe"], "securityR") == ["securityRule"]
    assert complete(["describe", "address"], "") == ["list", "create", "get", "update", "delete"]
    assert complete(["job"], "") == ["get", "list", "wait"]
