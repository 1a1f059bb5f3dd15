"""Workflows end to end, against one served emulator (a real socket on 127.0.0.1) shared
by the module and emptied before each test: files and ``workflow validate``, every step
kind, templating and its sandbox, retries and ``on_error``, run history and resume,
``--emulator``/``--seed`` rehearsals and ``--dry-run``, and the six built-in templates.

The SIGKILL-and-resume case runs real subprocesses: see ``test_workflow_resume.py``.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import signal
import socket
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from email import message_from_bytes
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from cli_helpers import cli_runner
from client_fixtures import fresh_tokens, served, sync_client
from fakes import HANG_GUARD_S, Recorder
from sasekit import errors
from sasekit.cli.workflow_cmd import TEMPLATES_DIR
from sasekit.emulator import DEMO_ACCOUNT
from sasekit.transport import RetryPolicy
from sasekit.workflows import notify as notify_mod
from sasekit.workflows.history import History, RunBusy
from sasekit.workflows.runner import Runner, RunResult

TEMPLATES = ["bulk-ioc-import", "compliance-report", "compromised-account", "ioc-blocking",
             "phishing-response", "remote-network"]
SCM_VARS = ("SCM_CLIENT_ID", "SCM_CLIENT_SECRET", "SCM_TSG_ID", "SCM_BASE_URL", "SCM_AUTH_URL",
            "SCM_SETUP_URL")
CLIENT_SECRET = DEMO_ACCOUNT["client_secret"]


# --------------------------------------------------------------------------- harness


@pytest.fixture(scope="module")
def srv():
    fresh_tokens()
    with served(rate_limit={"enabled": False}) as s:  # push_s=0.2 (client_fixtures.config)
        yield s


@pytest.fixture(autouse=True)
def isolated(srv, monkeypatch, tmp_path) -> Iterator[None]:
    """An empty tenant, private state and config dirs, no SCM_* variables, cwd = tmp_path."""
    srv.app.store.reset()
    for name in (*SCM_VARS, "SASEKIT_PROFILE", "SASEKIT_CONFIG_JSON", "COLUMNS"):
        monkeypatch.delenv(name, raising=False)
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("SASEKIT_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setenv("SASEKIT_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setattr(notify_mod, "RETRY_BACKOFF_S", 0.01)
    monkeypatch.chdir(tmp_path)
    yield
    srv.app.faults.update({"p500": 0.0, "latency_ms": 0.0})


@pytest.fixture
def tenant(srv, monkeypatch) -> None:
    """SCM_* variables pointing at the served emulator, for ``sasekit run`` on a "tenant"."""
    for name, value in {"SCM_CLIENT_ID": DEMO_ACCOUNT["client_id"], "SCM_CLIENT_SECRET": CLIENT_SECRET,
                        "SCM_TSG_ID": DEMO_ACCOUNT["tsg_id"], "SCM_BASE_URL": srv.url,
                        "SCM_AUTH_URL": srv.url, "SCM_SETUP_URL": srv.url}.items():
        monkeypatch.setenv(name, value)


@pytest.fixture
def client(srv):
    with sync_client(srv) as c:
        yield c


@pytest.fixture
def history(tmp_path) -> Iterator[History]:
    h = History(tmp_path / "runs.db")
    yield h
    h.close()


def write(path: Path, text: str) -> Path:
    path.write_text(text.lstrip("\n"), encoding="utf-8")
    return path


def execute(client: Any, history: History, path: Path, inputs: dict[str, Any] | None = None, *,
            sleep: Any = None, **kw: Any) -> RunResult:
    runner = Runner(client, history, base_dir=path.parent, sleep=sleep or (lambda s: None))
    return runner.run(path, inputs, **kw)


def addresses(client: Any, folder: str = "Shared") -> dict[str, dict[str, Any]]:
    return {a["name"]: a for a in client.paginate("address", "list", folder=folder)}


@pytest.fixture
def cli(capsys, monkeypatch):
    """``sasekit ARGS`` in this process: (exit code, stdout, stderr)."""
    return cli_runner(capsys, monkeypatch)


@pytest.fixture
def recorder(srv, monkeypatch) -> Recorder:
    """The address creates that reach the emulator, in order, and the most in flight at once."""
    return Recorder(srv.app).install(monkeypatch)


class Receiver:
    """A webhook receiver on 127.0.0.1 that records each POST and answers 200."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                receiver.requests.append({"path": self.path, "headers": dict(self.headers),
                                          "json": json.loads(body)})
                self.send_response(200)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.02},
                                       daemon=True)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    r.thread.start()
    yield r
    r.server.shutdown()
    r.server.server_close()


# --------------------------------------------------------------------------- 1. files and validation

BROKEN = """
name: broken
inputs:
  folder: {type: string, default: Shared}
  count: {type: integr}
steps:
  - id: tag
    resource: tagg
    operation: create
    parameters: {folder: Shared, name: x}
  - id: addr
    resource: address
    operation: destroy
  - id: addr2
    resource: address
    operation: create
    parameters:
      folder: "{{ inputs.folder }}"
      name: web
      ip_netmask: 192.0.2.1/32
      colour: red
  - id: rule
    resource: securityRule
    operation: create
    parameters:
      folder: Shared
      position: pre
      name: r1
      action: deny
      from: [any]
      to: [any]
      source: ["{{ steps.nothere.output.name }}"]
      destination: [any]
      application: [any]
      service: [any]
  - id: loop
    foreach: [a, b]
    concurrency: many
    do:
      resource: address
      operation: create
      parameters: {folder: Shared, name: "{{ item }}", ip_netmask: 5}
  - id: later
    set: {x: "{{ steps.after.output }}"}
    on_error: maybe
  - id: after
    push: {folders: Shared}
"""

# (line, path, part of the message): every problem of BROKEN, in line order.
BROKEN_PROBLEMS = [
    (4, "inputs.count.type", "type must be one of string, integer"),
    (7, "steps[0].resource", "unknown resource 'tagg' (did you mean 'tag'?)"),
    (12, "steps[1].operation", "unknown operation address.destroy"),
    (20, "steps[2].parameters.colour", "unknown field"),
    (31, "steps[3].parameters.source[0]", "refers to step 'nothere', which does not exist"),
    (37, "steps[4].concurrency", "concurrency must be a whole number from 1 to 64, not 'many'"),
    (41, "steps[4].do.parameters.ip_netmask", "expected string, got integer"),
    (43, "steps[5].set.x", "refers to step 'after', which runs later"),
    (44, "steps[5].on_error", "on_error must be 'stop' or 'continue', not 'maybe'"),
    (46, "steps[6].push.folders", "folders must be a list of folder names"),
]


def test_validate_reports_every_problem_with_its_line(cli, tmp_path):
    write(tmp_path / "broken.yaml", BROKEN)
    r = cli("workflow", "validate", "broken.yaml")
    assert r.code == 2 and r.out == ""
    lines = r.err.strip().splitlines()
    assert lines[-1] == f"{len(BROKEN_PROBLEMS)} problems in broken.yaml"
    assert len(lines) == len(BROKEN_PROBLEMS) + 1, r.err
    for line, (number, path, message) in zip(lines, BROKEN_PROBLEMS, strict=False):
        assert line.startswith(f"broken.yaml:{number}: {path}: "), (line, number, path)
        assert message in line, (line, message)
    assert "Traceback" not in r.err


def test_json_workflow_validates_with_lines_and_runs(cli, tmp_path, client, history):
    write(tmp_path / "bad.json", """
{
  "name": "json-flow",
  "steps": [
    {"id": "a", "resource": "address", "operation": "create",
     "parameters": {"folder": "Shared", "name": "j1", "ip_netmask": "192.0.2.1/32"}},
    {"id": "b", "resource": "address", "operation": "lst"},
    {"id": "c", "set": {"v": "{{ steps.zz.output }}"}},
    {"id": "a", "set": {"w": 1}},
    {"id": "d", "foreach": [1, 2], "concurrency": 0, "do": {"set": {"x": 1}}}
  ]
}
""")
    r = cli("workflow", "validate", "bad.json")
    assert r.code == 2
    assert r.err.splitlines()[:4] == [
        "bad.json:6: steps[1].operation: unknown operation address.lst (did you mean 'list'?)",
        "bad.json:7: steps[2].set.v: refers to step 'zz', which does not exist",
        "bad.json:8: steps[3].id: duplicate step id 'a' (also step 1)",
        "bad.json:9: steps[4].concurrency: concurrency must be a whole number from 1 to 64, not 0",
    ]
    good = write(tmp_path / "good.json", json.dumps({
        "name": "json-flow", "inputs": {"ip": {"type": "string"}},
        "steps": [{"id": "a", "resource": "address", "operation": "create",
                   "parameters": {"folder": "Shared", "name": "j1", "ip_netmask": "{{ inputs.ip }}/32"}}]},
        indent=2))
    assert cli("workflow", "validate", "good.json").code == 0
    result = execute(client, history, good, {"ip": "192.0.2.1"})
    assert result.status == "succeeded", result.error
    assert addresses(client)["j1"]["ip_netmask"] == "192.0.2.1/32"


def test_unreadable_file_is_one_line_with_its_line(cli, tmp_path):
    write(tmp_path / "torn.yaml", "name: torn\nsteps:\n  - id: a\n    set: {x: [1, 2}\n")
    r = cli("workflow", "validate", "torn.yaml")
    assert r.code == 2 and len(r.err.strip().splitlines()) == 1, r.err
    assert "torn.yaml: line 4: not valid YAML/JSON" in r.err
    assert cli("run", "torn.yaml", "--dry-run").code == 2


def test_validate_checks_input_types_and_defaults(cli, tmp_path):
    write(tmp_path / "inputs.yaml", """
name: inputs
inputs:
  count: {type: integer, default: many}
  ratio: {type: number, default: 0.5}
  hosts: {type: list, default: {a: 1}}
  flag: {type: boolean, default: true, required: maybe}
  port: {default: 8080}
steps:
  - id: a
    set: {x: 1}
""")
    r = cli("workflow", "validate", "inputs.yaml")
    assert r.code == 2
    assert r.err.splitlines() == [
        "inputs.yaml:3: inputs.count.default: default 'many' is not of type integer",
        "inputs.yaml:5: inputs.hosts.default: default {'a': 1} is not of type list",
        "inputs.yaml:6: inputs.flag.required: required must be true or false, not 'maybe'",
        "inputs.yaml:7: inputs.port.default: default 8080 is not of type string",
        "4 problems in inputs.yaml",
    ]


def test_validate_flags_references_to_undeclared_inputs(cli, tmp_path):
    write(tmp_path / "refs.yaml", """
name: refs
inputs:
  folder: {default: Shared}
steps:
  - id: a
    resource: address
    operation: list
    parameters: {folder: "{{ inputs.foldr }}", name: "{{ inputs['folder'] }}"}
  - id: b
    set: {x: "{{ inputs.get('folder') }}", y: "{{ inputs['nope'] }}"}
""")
    r = cli("workflow", "validate", "refs.yaml")
    assert r.code == 2
    assert r.err.splitlines() == [
        "refs.yaml:8: steps[0].parameters.folder: template refers to input 'foldr', which is not declared "
        "under 'inputs' (did you mean 'folder'?) (declared: folder)",
        "refs.yaml:10: steps[1].set.y: template refers to input 'nope', which is not declared under 'inputs' "
        "(declared: folder)",
        "2 problems in refs.yaml",
    ]


# --------------------------------------------------------------------------- 2. steps


def test_calls_push_and_wait_job(client, history, tmp_path):
    wf = write(tmp_path / "calls.yaml", """
name: calls
inputs:
  folder: {type: string, default: Shared}
steps:
  - id: tag
    resource: tag
    operation: create
    parameters: {folder: "{{ inputs.folder }}", name: Blocked}
  - id: addr
    resource: address
    operation: create
    parameters:
      folder: "{{ inputs.folder }}"
      name: web-1
      fqdn: web.example.com
      tag: ["{{ steps.tag.output.name }}"]
  - id: fetch
    resource: address
    operation: get
    parameters: {id: "{{ steps.addr.output.id }}"}
  - id: category
    resource: urlCategory
    operation: create
    parameters: {folder: Shared, name: Bad_Sites, type: URL List, list: [bad.example.com]}
  - id: listed
    resource: address
    operation: list
    all: true
    parameters: {folder: Shared}
  - id: start_push
    push: {folders: ["{{ inputs.folder }}"], description: enqueue only, wait: false}
  - id: wait
    wait_job: {job_id: "{{ steps.start_push.output.job_id }}", timeout: 30}
  - id: push
    push: {folders: [Shared], description: wait for the whole tree}
""")
    result = execute(client, history, wf)
    assert result.status == "succeeded", result.error
    out = {sid: s["output"] for sid, s in result.steps.items()}
    assert out["addr"]["tag"] == ["Blocked"] and out["fetch"] == out["addr"]
    assert out["category"]["list"] == ["bad.example.com"]
    assert [a["name"] for a in out["listed"]] == ["web-1"]
    assert "job" not in out["start_push"]  # not waited for
    for key in ("wait", "push"):
        job, children = out[key]["job"], out[key]["children"]
        assert job["result_str"] == "OK" and job["status_str"] == "FIN"
        assert children and all(c["result_str"] == "OK" and str(c["parent_id"]) == str(job["id"])
                                for c in children)
    assert out["wait"]["job"]["id"] == out["start_push"]["job_id"]
    assert [j["type_str"] for j in result.jobs] == ["CommitAndPush", "CommitAll"] * 2
    assert result.created == 3 and result.summary()["objects_created"] == 3


def test_foreach_over_a_list_a_csv_and_a_text_file(client, history, tmp_path):
    # A spreadsheet export: byte-order mark, a blank cell, a network.
    (tmp_path / "feed.csv").write_text("\ufeffioc,note\n203.0.113.5,first\n,blank\n198.51.100.0/24,net\n",
                                       encoding="utf-8")
    (tmp_path / "hosts.txt").write_text("# hosts\nweb.example.com\n\n  # indented comment\napi.example.com\n")
    wf = write(tmp_path / "loops.yaml", """
name: loops
steps:
  - id: from_list
    foreach: [192.0.2.1, 192.0.2.2]
    as: ip
    do:
      resource: address
      operation: create
      parameters:
        folder: Shared
        name: "L_{{ ip }}"
        ip_netmask: "{{ ip }}/32"
        description: "item {{ loop.index }} of {{ loop.length }}"
  - id: from_csv
    foreach: {csv: feed.csv, column: ioc}
    do:
      resource: address
      operation: create
      parameters:
        folder: Shared
        name: "C_{{ item | replace('/', '-') }}"
        ip_netmask: "{{ item if '/' in item else item ~ '/32' }}"
  - id: csv_rows
    foreach: {csv: feed.csv}
    as: row
    do:
      set: {label: "{{ row.ioc }}={{ row.note }}"}
  - id: from_file
    foreach: {file: hosts.txt}
    as: host
    do:
      resource: address
      operation: create
      parameters: {folder: Shared, name: "F_{{ host }}", fqdn: "{{ host }}"}
""")
    result = execute(client, history, wf)
    assert result.status == "succeeded", result.error
    made = addresses(client)
    assert sorted(made) == ["C_198.51.100.0-24", "C_203.0.113.5", "F_api.example.com", "F_web.example.com",
                            "L_192.0.2.1", "L_192.0.2.2"]
    assert made["L_192.0.2.2"]["description"] == "item 1 of 2"
    assert made["C_198.51.100.0-24"]["ip_netmask"] == "198.51.100.0/24"
    assert [o["label"] for o in result.steps["csv_rows"]["output"]] == ["203.0.113.5=first", "=blank",
                                                                        "198.51.100.0/24=net"]
    assert [o["name"] for o in result.steps["from_file"]["output"]] == ["F_web.example.com", "F_api.example.com"]

    missing = write(tmp_path / "col.yaml", """
name: col
steps:
  - id: x
    foreach: {csv: feed.csv, column: indicator}
    do: {set: {v: "{{ item }}"}}
""")
    # refused before the run starts: nothing sent, no run recorded
    runs = len(history.runs())
    with pytest.raises(errors.ConfigError) as exc:
        execute(client, history, missing)
    assert "feed.csv has no column 'indicator' (columns: ioc, note); nothing was changed" in str(exc.value)
    assert len(history.runs()) == runs


@pytest.mark.parametrize("cap", [1, 3])
def test_foreach_concurrency_cap(client, history, tmp_path, srv, monkeypatch, cap):
    wf = write(tmp_path / "cap.yaml", """
name: cap
inputs:
  n: {type: integer}
  cap: {type: integer}
steps:
  - id: many
    foreach: "{{ range(inputs.n) | list }}"
    as: i
    concurrency: "{{ inputs.cap }}"
    do:
      resource: address
      operation: create
      parameters: {folder: Shared, name: "CAP_{{ i }}", ip_netmask: "192.0.2.{{ i + 1 }}/32"}
""")
    # The emulator holds each create until ``cap`` are in flight at once (items sent one by
    # one would never open that gate); another can arrive only once one has been answered,
    # unless the loop breaks its cap: the latency (not needed to pass) gives that time to show.
    recorder = Recorder(srv.app, gate=cap).install(monkeypatch)
    srv.app.faults.update({"latency_ms": 50})
    n = 4 if cap == 1 else 12
    result = execute(client, history, wf, {"n": str(n), "cap": str(cap)})  # strings, as --input gives them
    assert result.status == "succeeded", result.error
    assert sorted(recorder.creates) == sorted(f"CAP_{i}" for i in range(n))
    assert recorder.gate_timeouts == 0, "the items were not on the wire together"
    assert recorder.max_inflight == cap  # reached, never exceeded


def test_when_and_set(client, history, tmp_path):
    wf = write(tmp_path / "when.yaml", """
name: when
inputs:
  block: {type: boolean, default: false}
  prefix: {type: string, default: WF}
steps:
  - id: names
    set:
      first: "{{ inputs.prefix }}_one"
      pair: ["{{ inputs.prefix }}_a", "{{ inputs.prefix }}_b"]
  - id: maybe
    when: "{{ inputs.block }}"
    resource: address
    operation: create
    parameters: {folder: Shared, name: "{{ vars.first }}", ip_netmask: 192.0.2.1/32}
  - id: always
    when: "{{ vars.pair | length == 2 and steps.maybe.status in ['skipped', 'done'] }}"
    resource: address
    operation: create
    parameters: {folder: Shared, name: "{{ steps.names.output.pair[1] }}_{{ steps.maybe.status }}",
                 ip_netmask: 192.0.2.2/32}
""")
    first = execute(client, history, wf)
    assert first.status == "succeeded", first.error
    assert first.steps["maybe"] == {"output": None, "status": "skipped"}
    assert sorted(addresses(client)) == ["WF_b_skipped"]
    second = execute(client, history, wf, {"block": "yes", "prefix": "X"})
    assert second.status == "succeeded", second.error
    assert sorted(addresses(client)) == ["WF_b_skipped", "X_b_done", "X_one"]
    assert [s["status"] for s in history.steps(first.run_id) if s["step"] == "maybe"] == ["skipped"]


def test_parse_iocs_defanged_text_and_file(client, history, tmp_path):
    (tmp_path / "intel.txt").write_text("seen: 198.51.100[.]77 and hxxps://cdn-update(.)example/a.js\n")
    wf = write(tmp_path / "iocs.yaml", """
name: iocs
inputs:
  feed: {type: string}
steps:
  - id: iocs
    parse_iocs: "{{ inputs.feed }}"
  - id: from_file
    parse_iocs: {file: intel.txt}
  - id: ips
    foreach: "{{ steps.iocs.output.ipv4 + steps.from_file.output.ipv4 }}"
    as: ip
    do:
      resource: address
      operation: create
      parameters: {folder: Shared, name: "IOC_{{ ip | replace('.', '_') }}", ip_netmask: "{{ ip }}/32"}
  - id: category
    resource: urlCategory
    operation: create
    parameters:
      folder: Shared
      name: Feed_Block
      type: URL List
      list: "{{ steps.iocs.output.domain + steps.iocs.output.url + steps.from_file.output.url }}"
""")
    feed = ("C2 at hxxp://198.51.100[.]23/gate.php and 203.0.113(.)9; phishing evil-login[.]example(.)com, "
            "hxxps://pay-now[.]example/x and 10.0.0.5")
    result = execute(client, history, wf, {"feed": feed})
    assert result.status == "succeeded", result.error
    parsed = result.steps["iocs"]["output"]
    # a private address is refused with its reason, never turned into a block; the rest is blocked
    assert parsed["ipv4"] == ["203.0.113.9"] and parsed["private"] == ["10.0.0.5"]
    assert parsed["refused"] == [{"value": "10.0.0.5", "kind": "ipv4", "reason": "private (RFC 1918)"}]
    assert result.summary()["refused_iocs"] == [{"step": "iocs", **parsed["refused"][0]}]
    assert parsed["domain"] == ["evil-login.example.com"]
    assert parsed["url"] == ["http://198.51.100.23/gate.php", "https://pay-now.example/x"]
    assert sorted(addresses(client)) == ["IOC_198_51_100_77", "IOC_203_0_113_9"]
    assert result.steps["category"]["output"]["list"] == [
        "evil-login.example.com", "http://198.51.100.23/gate.php", "https://pay-now.example/x",
        "https://cdn-update.example/a.js"]


def test_notify_slack_webhook_and_email(client, history, tmp_path, receiver, monkeypatch):
    aiosmtpd = pytest.importorskip("aiosmtpd.controller", reason="aiosmtpd (dev extra) is the test SMTP server")
    inbox: list[tuple[str, list[str], Any]] = []

    class Handler:
        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
            inbox.append((envelope.mail_from, list(envelope.rcpt_tos), message_from_bytes(envelope.content)))
            return "250 OK"

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    smtp = aiosmtpd.Controller(Handler(), hostname="127.0.0.1", port=port, ready_timeout=5)
    smtp.start()
    monkeypatch.setenv("HOOK_TOKEN", "hook-token-value-1")
    try:
        wf = write(tmp_path / "notify.yaml", """
name: notify
inputs:
  slack_url: {type: string, secret: true}
  hook_url: {type: string}
  smtp_port: {type: integer}
steps:
  - id: addr
    resource: address
    operation: create
    parameters: {folder: Shared, name: N1, ip_netmask: 192.0.2.9/32}
  - id: slack
    notify:
      kind: slack
      target: {url: "{{ inputs.slack_url }}", channel: "#soc"}
      message: "Blocked {{ steps.addr.output.name }} <!channel>"
      data: {ip: "{{ steps.addr.output.ip_netmask }}"}
  - id: hook
    notify:
      kind: webhook
      target: {url: "{{ inputs.hook_url }}", headers: {Authorization: "Bearer ${HOOK_TOKEN}"}}
      message: done
      data: {id: "{{ steps.addr.output.id }}", run: "{{ run.id }}"}
  - id: mail
    notify:
      kind: email
      target: {host: 127.0.0.1, port: "{{ inputs.smtp_port }}", from: sasekit@example.com,
               to: soc@example.com, local_hostname: localhost}
      message: "IOC blocked\\nAddress {{ steps.addr.output.name }} is in place."
""")
        slack_url = receiver.url + "/services/T01/B02/SlackSecretToken"
        result = execute(client, history, wf, {"slack_url": slack_url, "hook_url": receiver.url + "/hook",
                                               "smtp_port": str(port)})
    finally:
        smtp.stop()
    assert result.status == "succeeded", result.error
    slack, hook = receiver.requests
    assert slack["path"] == "/services/T01/B02/SlackSecretToken"
    assert slack["json"]["text"] == "Blocked N1 &lt;!channel&gt;" and slack["json"]["channel"] == "#soc"
    assert slack["json"]["blocks"][1]["fields"][0]["text"] == "*ip*\n192.0.2.9/32"
    assert hook["path"] == "/hook" and hook["headers"]["Authorization"] == "Bearer hook-token-value-1"
    assert hook["json"] == {"message": "done", "data": {"id": result.steps["addr"]["output"]["id"],
                                                        "run": result.run_id}}
    (sender, rcpts, msg), = inbox
    assert sender == "sasekit@example.com" and rcpts == ["soc@example.com"]
    assert msg["Subject"] == "IOC blocked"
    assert result.steps["slack"]["output"]["target"] == f"{receiver.url}/…"
    db = b"".join(p.read_bytes() for p in tmp_path.glob("runs.db*"))
    assert b"SlackSecretToken" not in db and b"hook-token-value-1" not in db


def test_report_markdown_csv_and_html(client, history, tmp_path):
    client.call("address", "create", folder="Shared", name="plain", ip_netmask="192.0.2.1/32")
    client.call("address", "create", folder="Shared", name="tricky", fqdn="t.example.com",
                description="a|b <script>x</script>")
    client.call("address", "create", folder="Shared", name="formula", fqdn="f.example.com", description="=1+2")
    wf = write(tmp_path / "report.yaml", """
name: report
steps:
  - id: listed
    resource: address
    operation: list
    all: true
    parameters: {folder: Shared}
  - id: md
    report:
      path: out/addresses.md
      title: Addresses
      sections:
        - {title: Shared, columns: [name, description], rows: "{{ steps.listed.output }}",
           summary: "{{ steps.listed.output | length }} objects"}
  - id: csv
    report: {path: out/addresses.csv, sections: [{title: Shared, columns: [name, description],
                                                   rows: "{{ steps.listed.output }}"}]}
  - id: html
    report: {path: out/report.txt, format: html, title: "<b>Addresses</b>",
             sections: [{title: Shared, columns: [name, description], rows: "{{ steps.listed.output }}"}]}
""")
    result = execute(client, history, wf)
    assert result.status == "succeeded", result.error
    assert result.steps["md"]["output"] == {"path": str(tmp_path / "out/addresses.md"), "sections": 1, "rows": 3}
    md = (tmp_path / "out/addresses.md").read_text()
    assert md.startswith("# Addresses\n") and "3 objects" in md
    assert "| tricky | a\\|b &lt;script&gt;x&lt;/script&gt; |" in md
    csv_text = (tmp_path / "out/addresses.csv").read_text()
    assert csv_text.splitlines() == ["section,name,description", "Shared,plain,",
                                     "Shared,tricky,a|b <script>x</script>", "Shared,formula,'=1+2"]
    html = (tmp_path / "out/report.txt").read_text()
    assert html.startswith("<!DOCTYPE html>") and "&lt;b&gt;Addresses&lt;/b&gt;" in html
    assert "<script>" not in html and "a|b &lt;script&gt;x&lt;/script&gt;" in html


# --------------------------------------------------------------------------- 3. templating and errors


def test_templates_use_outputs_inputs_and_the_loop_item(client, history, tmp_path):
    wf = write(tmp_path / "refs.yaml", """
name: refs
inputs:
  folder: {type: string, default: Shared}
  hosts: {type: list}
  owner: {type: object}
steps:
  - id: tag
    resource: tag
    operation: create
    parameters: {folder: "{{ inputs.folder }}", name: "Owner_{{ inputs.owner.team }}"}
  - id: hosts
    foreach: "{{ inputs.hosts }}"
    as: h
    do:
      resource: address
      operation: create
      parameters:
        folder: "{{ inputs.folder }}"
        name: "{{ h.name | upper }}"
        ip_netmask: "{{ h.ip }}/32"
        tag: ["{{ steps.tag.output.name }}"]
        description: "{{ loop.index + 1 }}/{{ loop.length }} for {{ inputs.owner.team }} (tag id {{ steps.tag.output.id }})"
  - id: group
    resource: addressGroup
    operation: create
    parameters:
      folder: "{{ inputs.folder }}"
      name: "{{ steps.tag.output.name }}_hosts"
      static: "{{ steps.hosts.output | map(attribute='name') | list }}"
""")
    hosts = '[{"name": "db", "ip": "192.0.2.10"}, {"name": "app", "ip": "192.0.2.11"}]'
    result = execute(client, history, wf, {"hosts": hosts, "owner": '{"team": "sec"}'})
    assert result.status == "succeeded", result.error
    tag_id = result.steps["tag"]["output"]["id"]
    made = addresses(client)
    assert made["DB"]["tag"] == ["Owner_sec"] and made["APP"]["ip_netmask"] == "192.0.2.11/32"
    assert made["APP"]["description"] == f"2/2 for sec (tag id {tag_id})"
    assert result.steps["group"]["output"]["static"] == ["DB", "APP"]  # a list stays a list


@pytest.mark.parametrize("expression", [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__.os.system('touch PWNED') }}",
    "{{ inputs.__class__ }}",
    "prefix {{ lipsum.__globals__['os'].popen('touch PWNED').read() }}",
    "{{ (steps|attr('__class__')).__base__ }}",
])
def test_templates_are_sandboxed(client, history, tmp_path, expression):
    wf = write(tmp_path / "evil.yaml", f"""
name: evil
steps:
  - id: evil
    set: {{x: "{expression}"}}
  - id: after
    resource: address
    operation: create
    parameters: {{folder: Shared, name: never, ip_netmask: 192.0.2.1/32}}
""")
    result = execute(client, history, wf)
    assert result.status == "failed"
    assert result.error.startswith("step 'evil' failed: ")
    assert re.search(r"unsafe|has no attribute|is undefined", result.error), result.error
    assert not (tmp_path / "PWNED").exists()
    assert addresses(client) == {}  # stopped: nothing after it ran


def test_sandbox_error_through_the_cli_is_clear(cli, tenant, tmp_path):
    write(tmp_path / "evil.yaml", """
name: evil
steps:
  - id: evil
    set: {x: "{{ ''.__class__.__mro__ }}"}
""")
    r = cli("run", "evil.yaml", "-o", "json")
    assert r.code == 1
    assert r.json()["status"] == "failed"
    assert "step 'evil' failed: " in r.err and "access to attribute '__class__' of 'str' object is unsafe" in r.err
    assert "Traceback" not in r.err and "resume with: sasekit run --resume " in r.err


def test_a_failed_run_exits_4_only_for_a_failed_job(cli, tenant, tmp_path):
    write(tmp_path / "job.yaml", """
name: job-words
steps:
  - id: wait_for_job
    wait_job: {job_id: "424242", timeout: 5}
""")
    r = cli("run", "job.yaml", "-o", "json")
    assert r.code == 1, r.err  # an API error (404), though "job" is all over the message
    assert "step 'wait_for_job' failed: " in r.err and "404" in r.err


def test_retry_fails_twice_then_succeeds(srv, history, tmp_path):
    wf = write(tmp_path / "retry.yaml", """
name: retry
inputs:
  attempts: {type: integer}
steps:
  - id: flaky
    resource: address
    operation: create
    retry: {attempts: 3, delay: 0.25}
    parameters: {folder: Shared, name: flaky, ip_netmask: 192.0.2.7/32}
""")
    pauses: list[float] = []

    def pause(seconds: float) -> None:  # the runner's sleep between attempts
        pauses.append(seconds)
        if len(pauses) == 2:
            srv.app.faults.update({"p500": 0.0})

    # No retries in the client: each workflow attempt is exactly one request.
    with sync_client(srv, retry=RetryPolicy(max_retries=0, budget=0)) as c:
        srv.app.faults.update({"p500": 1.0})
        result = execute(c, history, wf, {"attempts": "3"}, sleep=pause)
        assert result.status == "succeeded", result.error
        assert pauses == [0.25, 0.25]
        (row,) = history.steps(result.run_id)
        assert row["attempts"] == 3 and row["status"] == "done" and row["error"] is None
        assert addresses(c)["flaky"]["ip_netmask"] == "192.0.2.7/32"

        srv.app.faults.update({"p500": 1.0})
        pauses.clear()
        again = execute(c, history, wf, {"attempts": "3"}, sleep=lambda s: pauses.append(s))
    assert again.status == "failed" and len(pauses) == 2
    assert "step 'flaky' failed: " in again.error and "500" in again.error
    (row,) = history.steps(again.run_id)
    assert row["attempts"] == 3 and row["status"] == "failed" and "500" in row["error"]


def test_ctrl_c_stops_a_concurrent_loop_promptly(srv, client, history, tmp_path, monkeypatch):
    wf = write(tmp_path / "interrupt.yaml", """
name: interrupt
steps:
  - id: many
    foreach: "{{ range(40) | list }}"
    as: i
    concurrency: 2
    do:
      resource: address
      operation: create
      parameters: {folder: Shared, name: "INT_{{ i }}", ip_netmask: "192.0.2.{{ i + 1 }}/32"}
""")
    released = threading.Event()

    async def hold_the_sixth(n: int) -> None:  # on the wire until Ctrl-C has been pressed
        if n == 6:
            await asyncio.to_thread(released.wait, HANG_GUARD_S)

    recorder = Recorder(srv.app, on_create=hold_the_sixth).install(monkeypatch)
    started: list[str] = []  # the items whose create the runner has planned, in order
    plan = client.engine.plan

    def planning(resource: str, operation: str, params: Any = None) -> Any:
        if operation == "create":
            started.append(params["name"])
        return plan(resource, operation, params)

    monkeypatch.setattr(client.engine, "plan", planning)
    started_by_the_interrupt: list[str] = []

    def on_sigint(signum: int, frame: Any) -> None:  # Python's own handler, noting what had started
        started_by_the_interrupt.extend(started)
        released.set()
        raise KeyboardInterrupt

    def progress(step: str, done: int, total: int) -> None:
        if done == 8:  # Ctrl-C, delivered to the main thread, handled here and now
            signal.raise_signal(signal.SIGINT)

    runner = Runner(client, history, base_dir=tmp_path, progress=progress)
    previous = signal.signal(signal.SIGINT, on_sigint)
    try:
        with pytest.raises(KeyboardInterrupt):
            runner.run(wf)
    finally:
        signal.signal(signal.SIGINT, previous)
        released.set()
    (record,) = history.runs()
    assert record["status"] == "interrupted"
    # While the 6th create was held, the other slot ran the items one at a time: at the
    # interrupt 8 had finished and the held one was on the wire (concurrency 2) ...
    assert len(started_by_the_interrupt) == 9
    # ... nothing queued started after it ...
    assert started == started_by_the_interrupt
    assert sorted(recorder.creates) == sorted(started)
    # ... and the held one, answered only after the interrupt, finished and was recorded
    done = [s for s in history.steps(record["id"]) if s["item"] and s["status"] == "done"]
    assert len(done) == len(addresses(client)) == 9


def test_on_error_continue_and_stop(client, history, tmp_path):
    too_long = "x" * 70  # over the 63-character name limit: refused before it is sent
    wf = write(tmp_path / "errors.yaml", f"""
name: errors
inputs:
  names: {{type: list, default: [ok_a, {too_long}, ok_b]}}
steps:
  - id: loop
    foreach: "{{{{ inputs.names }}}}"
    as: n
    on_error: continue
    do:
      resource: address
      operation: create
      parameters: {{folder: Shared, name: "{{{{ n }}}}", fqdn: "{{{{ n }}}}.example.com"}}
  - id: missing
    on_error: continue
    resource: address
    operation: get
    parameters: {{id: 00000000-0000-4000-8000-000000000000}}
  - id: after
    resource: address
    operation: create
    parameters: {{folder: Shared, name: after, fqdn: after.example.com}}
  - id: stopper
    resource: address
    operation: get
    parameters: {{id: 00000000-0000-4000-8000-000000000001}}
  - id: never
    resource: address
    operation: create
    parameters: {{folder: Shared, name: never, fqdn: never.example.com}}
""")
    result = execute(client, history, wf)
    assert result.status == "failed" and result.failed_items == 1
    assert result.error.startswith("step 'stopper' failed: ") and "404" in result.error
    loop = result.steps["loop"]
    # a loop with a failed item is not done: the run went on (on_error: continue) with its output
    assert loop["status"] == "partial" and [o and o["name"] for o in loop["output"]] == ["ok_a", None, "ok_b"]
    assert result.steps["missing"]["status"] == "failed"
    assert "never" not in result.steps
    assert sorted(addresses(client)) == ["after", "ok_a", "ok_b"]
    record = history.run(result.run_id)
    assert record["status"] == "failed" and record["error"] == result.error
    failed_rows = [s for s in history.steps(result.run_id) if s["status"] == "failed"]
    assert sorted(s["step"] for s in failed_rows) == ["loop", "missing", "stopper"]
    assert "longer than 63 characters" in next(s["error"] for s in failed_rows if s["step"] == "loop")


def test_create_that_already_exists(client, history, tmp_path):
    existing = client.call("address", "create", folder="Shared", name="dup", ip_netmask="192.0.2.10/32",
                           description="same")
    wf = write(tmp_path / "dup.yaml", """
name: dup
inputs:
  ip: {type: string}
steps:
  - id: create
    resource: address
    operation: create
    parameters: {folder: Shared, name: dup, ip_netmask: "{{ inputs.ip }}", description: same}
""")
    same = execute(client, history, wf, {"ip": "192.0.2.10/32"})
    assert same.status == "succeeded", same.error
    assert same.steps["create"]["output"]["id"] == existing["id"] and same.created == 0
    different = execute(client, history, wf, {"ip": "192.0.2.11/32"})
    assert different.status == "failed"
    assert "step 'create' failed: " in different.error and "409" in different.error
    assert addresses(client)["dup"]["ip_netmask"] == "192.0.2.10/32"


# --------------------------------------------------------------------------- 4. history and resume


def test_history_keeps_everything_but_secrets(client, tmp_path):
    db = tmp_path / "state" / "history.db"
    history = History(db)
    wf = write(tmp_path / "secret.yaml", f"""
name: secret
inputs:
  psk: {{type: string, secret: true}}
  site: {{type: string, default: branch}}
steps:
  - id: echo
    set: {{line: "psk={{{{ inputs.psk }}}} / {CLIENT_SECRET}", password: plain-looking}}
  - id: addr
    resource: address
    operation: create
    parameters: {{folder: Shared, name: "{{{{ inputs.site }}}}", fqdn: a.example.com,
                 description: "key {{{{ inputs.psk }}}}"}}
  - id: bad
    on_error: continue
    resource: address
    operation: create
    parameters: {{folder: Shared, name: "{{{{ inputs.psk }}}}{{{{ 'z' * 60 }}}}", fqdn: b.example.com}}
""")
    psk = "Sup3r-Secret-PSK"
    result = execute(client, history, wf, {"psk": psk})
    assert result.status == "succeeded", result.error
    assert addresses(client)["branch"]["description"] == f"key {psk}"  # the tenant got the real value
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    for extra in tmp_path.glob("state/history.db-*"):  # WAL and shared-memory files
        assert stat.S_IMODE(extra.stat().st_mode) == 0o600, extra
    record = history.run(result.run_id)
    assert record["inputs"] == {"psk": "****", "site": "branch"} and record["status"] == "succeeded"
    rows = {s["step"]: s for s in history.steps(result.run_id)}
    assert json.loads(rows["echo"]["output"]) == {"line": "psk=**** / ****", "password": "****"}
    assert json.loads(rows["addr"]["output"])["description"] == "key ****"
    assert rows["bad"]["status"] == "failed" and "longer than 63 characters" in rows["bad"]["error"]
    for row in rows.values():
        assert row["attempts"] == 1 and row["started"] <= row["finished"]
    assert record["started"] <= record["finished"]
    history.close()
    data = b"".join(p.read_bytes() for p in db.parent.glob("history.db*"))
    assert data and psk.encode() not in data and CLIENT_SECRET.encode() not in data
    assert psk[:12].encode() not in data  # not even the truncated echo in a validation message


def test_runs_list_and_show(cli, tenant, tmp_path):
    write(tmp_path / "wf.yaml", """
name: listed-run
inputs:
  token: {type: string, secret: true, default: tok-123456}
steps:
  - id: one
    resource: address
    operation: create
    parameters: {folder: Shared, name: r1, fqdn: r1.example.com}
  - id: two
    set: {n: "{{ steps.one.output.name }}"}
""")
    r = cli("run", "wf.yaml", "-o", "json")
    assert r.code == 0, r.err
    run_id = r.json()["run_id"]
    assert (tmp_path / "state" / "runs.db").exists()  # SASEKIT_STATE_DIR is the default home
    listed = cli("runs", "list", "-o", "json").json()
    assert [(x["id"], x["workflow"], x["status"], x["target"]) for x in listed] == [
        (run_id, "listed-run", "succeeded", "tenant")]
    shown = cli("runs", "show", run_id, "-o", "json").json()
    assert shown["inputs"] == {"token": "****"} and shown["path"] == str(tmp_path / "wf.yaml")
    assert [(s["step"], s["status"], s["attempts"]) for s in shown["steps"]] == [("one", "done", 1),
                                                                                 ("two", "done", 1)]
    assert shown["steps"][1]["output"] == {"n": "r1"}
    bad = cli("runs", "show", "nope")
    assert bad.code == 2 and "no run 'nope'" in bad.err


RESUME_WF = """
name: resume
inputs:
  names: {type: list}
steps:
  - id: hosts
    foreach: "{{ inputs.names }}"
    as: n
    do:
      resource: address
      operation: create
      parameters:
        folder: Shared
        name: "{{ n }}"
        ip_netmask: "192.0.2.{{ loop.index + 1 }}/32"
  - id: group
    resource: addressGroup
    operation: create
    parameters:
      folder: Shared
      name: "Hosts_{{ run.id | slug }}"
      static: "{{ steps.hosts.output | map(attribute='name') | list }}"
  - id: push
    push: {folders: [Shared], description: "run {{ run.id }}"}
"""


def test_resume_continues_a_failed_run_without_repeating_changes(cli, tenant, tmp_path, client, recorder):
    write(tmp_path / "wf.yaml", RESUME_WF)
    good = [f"H{i}" for i in range(8)]
    bad = [*good[:5], "y" * 70, *good[6:]]  # item 5 is invalid: on_error stop
    r = cli("run", "wf.yaml", "--history", "h.db", "-i", f"names={json.dumps(bad)}", "-o", "json")
    assert r.code == 1
    run_id = r.json()["run_id"]
    assert r.json()["status"] == "failed" and f"resume with: sasekit run --resume {run_id} --history h.db" in r.err
    assert recorder.creates == good[:5]
    assert sorted(addresses(client)) == good[:5]

    r = cli("run", "--resume", run_id, "--history", "h.db", "-i", f"names={json.dumps(good)}", "-o", "json")
    assert r.code == 0, r.err
    assert r.json()["run_id"] == run_id and r.json()["status"] == "succeeded"
    assert recorder.creates == good  # the first five were not sent again
    made = addresses(client)
    assert sorted(made) == sorted(good) and made["H7"]["ip_netmask"] == "192.0.2.8/32"
    (group,) = client.call("addressGroup", "list", folder="Shared")["data"]
    assert group["static"] == good
    jobs = client.call("job", "list")["data"]
    assert jobs and all(j["result_str"] == "OK" for j in jobs)
    shown = cli("runs", "show", run_id, "--history", "h.db", "-o", "json").json()
    assert shown["status"] == "succeeded"
    item_rows = [s for s in shown["steps"] if s["step"] == "hosts" and s["item"]]
    assert sum(s["status"] == "done" for s in item_rows) == 8

    again = cli("run", "--resume", run_id, "--history", "h.db")
    assert again.code == 2 and "already succeeded" in again.err
    assert cli("run", "--resume", "no-such-run", "--history", "h.db").code == 2


def test_a_run_being_run_by_a_live_process_cannot_be_resumed(client, history, tmp_path):
    wf = write(tmp_path / "wf.yaml", """
name: busy
steps:
  - id: a
    set: {x: 1}
""")
    run_id = history.start("busy", str(wf), "d", "tenant", {}, set())
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        history._exec("UPDATE runs SET pid=? WHERE id=?", (other.pid, run_id))
        with pytest.raises(RunBusy, match=f"being run by process {other.pid}"):
            execute(client, history, wf, resume=run_id)
        assert history.run(run_id)["pid"] == other.pid  # untouched
    finally:
        other.kill()
        other.wait()
    # the process died (as after SIGKILL): the run is free to resume
    result = execute(client, history, wf, resume=run_id)
    assert result.status == "succeeded" and history.run(run_id)["pid"] == os.getpid()


# --------------------------------------------------------------------------- 5. rehearsal and dry run

SEEDED_WF = """
name: seeded
steps:
  - id: tags
    resource: tag
    operation: list
    parameters: {folder: Shared}
  - id: found
    report:
      path: tags.md
      sections: [{title: Tags, columns: [name], rows: "{{ steps.tags.output.data }}"}]
  - id: rule
    resource: securityRule
    operation: create
    parameters:
      folder: Shared
      position: pre
      name: Block_Seeded
      action: deny
      from: [any]
      to: [any]
      source: [Seeded_Host]
      destination: [any]
      application: [any]
      service: [any]
  - id: push
    push: {folders: [Shared]}
"""


def test_emulator_rehearsal_with_a_seed(cli, tmp_path, srv):
    write(tmp_path / "seeded.yaml", SEEDED_WF)
    write(tmp_path / "seed.yaml", """
- resource: tag
  operation: create
  parameters: {folder: Shared, name: Seeded}
- resource: address
  operation: create
  parameters: {folder: Shared, name: Seeded_Host, ip_netmask: 192.0.2.50/32, tag: [Seeded]}
""")
    before = srv.app.stats["requests"]
    r = cli("run", "seeded.yaml", "--emulator", "--seed", "seed.yaml", "-o", "json")
    assert r.code == 0, r.err
    assert "seeded the emulator with 2 calls from seed.yaml" in r.err and "rehearsing on the embedded" in r.err
    assert r.json()["status"] == "succeeded" and r.json()["jobs"][0]["result"] == "OK"
    assert "| Seeded |" in (tmp_path / "tags.md").read_text()  # the workflow saw the seeded tag
    assert srv.app.stats["requests"] == before  # the module's emulator (a "tenant") got nothing
    listed = cli("runs", "list", "-o", "json").json()
    assert listed[0]["target"] == "emulator"

    # Without the seed the rule's source points at nothing, and the push job fails.
    r = cli("run", "seeded.yaml", "--emulator", "-o", "json")
    assert r.code == 4 and r.json()["status"] == "failed", r.err
    assert "Seeded_Host" in r.err
    assert cli("run", "seeded.yaml", "--seed", "seed.yaml").code == 2  # --seed needs --emulator


def test_a_failed_rehearsal_resumes_on_its_kept_emulator_state(cli, tmp_path, srv):
    write(tmp_path / "wf.yaml", RESUME_WF)
    good = [f"R{i}" for i in range(6)]
    bad = [*good[:3], "y" * 70, *good[4:]]  # item 3 is invalid: on_error stop
    before = srv.app.stats["requests"]
    r = cli("run", "wf.yaml", "--emulator", "--history", "h.db", "-i", f"names={json.dumps(bad)}", "-o", "json")
    assert r.code == 1 and r.json()["objects_created"] == 3
    run_id = r.json()["run_id"]
    assert f"resume with: sasekit run --resume {run_id} --history h.db" in r.err
    kept = tmp_path / "rehearsals" / f"{run_id}.db"
    assert kept.is_file() and stat.S_IMODE(kept.stat().st_mode) == 0o600

    assert cli("run", "--resume", run_id, "--history", "h.db", "--seed", "wf.yaml").code == 2
    r = cli("run", "--resume", run_id, "--history", "h.db", "-i", f"names={json.dumps(good)}", "-o", "json")
    assert r.code == 0, r.err
    summary = r.json()
    # the three addresses made before were still there: only the rest, the group and the push now
    assert summary["run_id"] == run_id and summary["status"] == "succeeded"
    assert summary["objects_created"] == 3 + 1 and summary["jobs"][0]["result"] == "OK"
    assert not kept.exists()  # done: nothing left to resume
    assert srv.app.stats["requests"] == before  # the "tenant" got nothing
    gone = cli("run", "--resume", run_id, "--history", "h.db")
    assert gone.code == 2 and "already succeeded" in gone.err


def test_dry_run_prints_the_plan_and_sends_nothing(cli, tenant, tmp_path, srv):
    write(tmp_path / "ioc.yaml", (TEMPLATES_DIR / "ioc-blocking.yaml").read_text())
    before = srv.app.stats["requests"]
    r = cli("run", "ioc.yaml", "--dry-run", "-o", "json", "-i", "folder=Mobile Users")
    assert r.code == 0, r.err
    assert "dry run: nothing was sent" in r.err
    assert srv.app.stats["requests"] == before and srv.app.store.count() == 0
    assert not (tmp_path / "state" / "runs.db").exists()
    planned = {p["step"]: p for p in r.json()}
    assert list(planned) == ["parse", "tag", "addresses", "group", "rule", "rule_out", "push", "notify"]
    ips = planned["parse"]["output"]["ipv4"]
    assert len(ips) >= 2 and "203.0.113.42" in ips
    assert planned["tag"] == {"step": "tag", "call": "tag.create",
                              "parameters": {"folder": "Mobile Users", "name": "ThreatIntel"}}
    loop = planned["addresses"]
    assert loop["foreach"] == f"{len(ips)} items" and [c["parameters"]["name"] for c in loop["first"]] == [
        "IOC_" + ip.replace(".", "_") for ip in ips[:3]]
    assert loop["first"][0]["call"] == "address.create" and "problems" not in loop["first"][0]
    assert planned["rule"]["parameters"]["source"] == ["{{ steps.group.output.name }}"]  # known only later
    assert planned["rule_out"]["parameters"]["destination"] == ["{{ steps.group.output.name }}"]  # both ways
    assert planned["push"]["push"]["folders"] == ["Mobile Users"]

    write(tmp_path / "broken.yaml", BROKEN)
    r = cli("run", "broken.yaml", "--dry-run")
    assert r.code == 2 and "10 problems in broken.yaml" in r.err
    r = cli("run", "ioc.yaml", "--dry-run", "-i", "nope=1")
    assert r.code == 2 and "unknown input(s) nope" in r.err
    assert srv.app.stats["requests"] == before


# --------------------------------------------------------------------------- 6. templates


def test_templates_list_and_new(cli, tmp_path):
    r = cli("workflow", "templates", "-o", "json")
    assert r.code == 0, r.err
    rows = r.json()
    assert [t["template"] for t in rows] == TEMPLATES and all(t["description"] for t in rows)
    r = cli("workflow", "new", "ioc-blocking")
    assert r.code == 0 and "wrote ioc-blocking.yaml" in r.err
    assert (tmp_path / "ioc-blocking.yaml").read_text() == (TEMPLATES_DIR / "ioc-blocking.yaml").read_text()
    assert cli("workflow", "new", "ioc-blocking").code == 2  # exists
    assert cli("workflow", "new", "ioc-blocking", "--force").code == 0
    r = cli("workflow", "new", "ioc-blockin")
    assert r.code == 2 and "did you mean: ioc-blocking" in r.err


@pytest.mark.parametrize("name", TEMPLATES)
def test_each_template_validates_and_runs_green(cli, client, history, tmp_path, name):
    path = tmp_path / "work" / f"{name}.yaml"
    path.parent.mkdir()
    r = cli("workflow", "new", name, "-f", str(path))
    assert r.code == 0, r.err
    r = cli("workflow", "validate", str(path))
    assert r.code == 0 and r.err.strip().endswith("steps)"), r.err
    inputs: dict[str, str] = {}
    if name == "bulk-ioc-import":
        (path.parent / "iocs.csv").write_text("ioc,source\n203.0.113.1,feed\n203.0.113.2,feed\n"
                                              "198.51.100.0/24,feed\n", encoding="utf-8")
        inputs = {"concurrency": "2"}
    if name == "compliance-report":
        client.call("securityRule", "create", folder="Shared", position="pre", name="Allow_Web", action="allow",
                    **{"from": ["any"], "to": ["any"]}, source=["any"], destination=["any"],
                    application=["web-browsing"], service=["application-default"])
        client.call("urlCategory", "create", folder="Shared", name="Blocked_Sites", type="URL List",
                    list=["bad.example.com"])
    result = execute(client, history, path, inputs)
    assert result.status == "succeeded", result.error
    assert result.failed_items == 0
    for sid, step in result.steps.items():
        assert step["status"] in ("done", "skipped"), (sid, step)
    pushed = [j for j in result.jobs if j.get("type_str") == "CommitAndPush"]
    if name != "compliance-report":
        assert pushed and all(j["result_str"] == "OK" for j in result.jobs)
    if name == "bulk-ioc-import":
        assert sorted(addresses(client)) == ["IOC_198_51_100_0-24", "IOC_203_0_113_1", "IOC_203_0_113_2"]
    if name == "compliance-report":
        report = (path.parent / "compliance-report.md").read_text()
        assert "| Allow_Web | allow |" in report and "Blocked_Sites" in report
    if name == "compromised-account":
        assert result.steps["notify"]["status"] == "skipped"
        (rule,) = client.call("securityRule", "list", folder="Mobile Users", position="pre")["data"]
        assert rule["source_user"] == [f"Contained_{result.run_id}"]
    if name == "ioc-blocking":
        ips = result.steps["parse"]["output"]["ipv4"]
        assert len(ips) >= 2 and sorted(addresses(client)) == sorted("IOC_" + ip.replace(".", "_") for ip in ips)
        (group,) = client.call("addressGroup", "list", folder="Shared")["data"]
        assert sorted(group["static"]) == sorted(addresses(client))
        assert result.steps["notify"]["status"] == "skipped"
        rules = client.call("securityRule", "list", folder="Shared", position="pre")["data"]
        # both directions: from the IOCs and to them
        assert sorted((r["source"], r["destination"], r["action"]) for r in rules) == [
            ([group["name"]], ["any"], "deny"), (["any"], [group["name"]], "deny")]
    if name == "phishing-response":
        (category,) = client.call("urlCategory", "list", folder="Shared")["data"]
        extracted = result.steps["extract"]["output"]
        assert category["list"] == result.steps["entries"]["output"]["list"]
        assert sorted(category["list"]) == sorted(set(extracted["domain"] + extracted["url"])) != []
        assert result.steps["notify_soc"]["status"] == "skipped"
        (rule,) = client.call("securityRule", "list", folder="Shared", position="pre")["data"]
        assert rule["category"] == [category["name"]] and rule["action"] == "deny"  # the category blocks
    if name == "remote-network":
        record = (path.parent / "provisioning-record.md").read_text()
        assert "## Objects (region us-east-1, SPN us-east-" in record
        assert "| remoteNetwork | branch-01 | create |" in record and "| 1 | OK |" in record
        assert result.steps["plan"]["output"]["changes"] == 5  # the tunnel plan: the same code as `tunnel apply`
        history.close()
        # no default key: a random one, in a file only its owner can read, never in the history
        key_file = path.parent / "branch-01-psk.txt"
        assert oct(key_file.stat().st_mode & 0o777) == "0o600"
        key = key_file.read_text().strip()
        assert len(key) >= 32
        (gateway,) = client.call("ikeGateway", "list", folder="Remote Networks")["data"]
        assert gateway["authentication"]["pre_shared_key"]["key"] == key
        data = b"".join(p.read_bytes() for p in tmp_path.glob("runs.db*"))
        assert key.encode() not in data and b"change-me-now" not in data


def test_ioc_blocking_notifies_a_webhook(client, history, tmp_path, receiver):
    path = write(tmp_path / "ioc.yaml", (TEMPLATES_DIR / "ioc-blocking.yaml").read_text())
    url = receiver.url + "/services/T9/B9/IocHookSecret"
    result = execute(client, history, path, {"webhook_url": url, "iocs": "hxxp://203.0.113[.]80/x 203.0.113.81"})
    assert result.status == "succeeded", result.error
    (request,) = receiver.requests
    assert request["path"] == "/services/T9/B9/IocHookSecret"
    job_id = result.steps["push"]["output"]["job_id"]
    assert request["json"]["text"] == f"Blocked 1 IOC addresses; push job {job_id} finished OK."
    assert sorted(addresses(client)) == ["IOC_203_0_113_81"]
    history.close()
    data = b"".join(p.read_bytes() for p in tmp_path.glob("runs.db*"))
    assert b"IocHookSecret" not in data  # the webhook URL is a credential: a secret input


def test_a_template_rehearsed_with_the_cli(cli, tmp_path, srv, monkeypatch):
    """With a real tenant's SCM_* credentials in the environment, --emulator still
    rehearses on its own emulator (demo account) and sends the tenant nothing."""
    for name, value in {"SCM_CLIENT_ID": "real@5550001111.iam.panserviceaccount.com",
                        "SCM_CLIENT_SECRET": "a-real-tenant-secret", "SCM_TSG_ID": "5550001111",
                        "SCM_BASE_URL": srv.url, "SCM_AUTH_URL": srv.url, "SCM_SETUP_URL": srv.url}.items():
        monkeypatch.setenv(name, value)
    assert cli("workflow", "new", "compromised-account").code == 0
    before = srv.app.stats["requests"]
    r = cli("run", "compromised-account.yaml", "--emulator", "-i", "username=acme\\jdoe", "-o", "json")
    assert r.code == 0, r.err
    summary = r.json()
    assert summary["status"] == "succeeded" and summary["objects_created"] == 3
    assert [j["result"] for j in summary["jobs"]] == ["OK", "OK"]
    assert os.path.exists(tmp_path / "state" / "runs.db")
    assert srv.app.stats["requests"] == before and srv.app.store.count() == 0
