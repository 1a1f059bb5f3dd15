"""What the CLI prints, against a served emulator: tables for people (local times, ids and
addresses whole, the catalog's columns, one line per job, one row per workflow step) and
data for programs (JSON, YAML, CSV, JSON Lines, streamed page by page).

In-process runs call ``sasekit.cli.main`` with stdout captured (a pipe: JSON unless
``-o`` says otherwise); ``COLUMNS`` sets the width of a table. A few run ``python -m
sasekit`` in a subprocess, where the reader can go away.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import os
import re
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml

from client_fixtures import fresh_tokens, served, sync_client
from conftest import ROOT
from sasekit.catalog import load
from sasekit.cells import csv_cell, duration_text, epoch_seconds, local_time
from sasekit.cli import main
from sasekit.cli import output as out
from sasekit.cli.columns import catalog_columns, step_rows, wrap
from sasekit.emulator import DEMO_ACCOUNT
from sasekit.engine import MAX_PAGE_SIZE, PAGE_SIZE, max_page_size


@dataclasses.dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self):
        return json.loads(self.out)


@pytest.fixture(scope="module")
def srv():
    fresh_tokens()
    with served(push_s=0.1, rate_limit={"enabled": False}) as s:
        yield s


@pytest.fixture
def env(srv, monkeypatch, tmp_path):
    srv.app.store.reset()
    values = {"SCM_CLIENT_ID": DEMO_ACCOUNT["client_id"], "SCM_CLIENT_SECRET": DEMO_ACCOUNT["client_secret"],
              "SCM_TSG_ID": DEMO_ACCOUNT["tsg_id"], "SCM_BASE_URL": srv.url, "SCM_AUTH_URL": srv.url,
              "SCM_SETUP_URL": srv.url, "SASEKIT_CONFIG_DIR": str(tmp_path / "config")}
    for name in ("SASEKIT_PROFILE", "SASEKIT_SPEC_DIR", "SASEKIT_CONFIG_JSON", "SASEKIT_TOKEN_CACHE", "COLUMNS"):
        monkeypatch.delenv(name, raising=False)
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    return values


@pytest.fixture
def run(env, capsys, monkeypatch):
    def invoke(*args: str, width: int | None = None) -> Result:
        if width is not None:
            monkeypatch.setenv("COLUMNS", str(width))
        capsys.readouterr()
        try:
            main(list(args))
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return invoke


@pytest.fixture
def client(env, srv):
    with sync_client(srv) as c:
        yield c


@pytest.fixture
def india():
    """Local time five and a half hours east of UTC (POSIX TZ, no tz database needed)."""
    saved = os.environ.get("TZ")
    os.environ["TZ"] = "IST-5:30"
    time.tzset()
    yield
    if saved is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = saved
    time.tzset()


def addresses(c, n: int, prefix: str = "a") -> list[str]:
    names = [f"{prefix}{i:04d}" for i in range(n)]
    c.call_many("address", "create", [{"folder": "Shared", "name": name, "ip_netmask": f"10.1.{i // 256}.{i % 256}/32"}
                                      for i, name in enumerate(names)])
    return names


def header_of(table: str, first: str = "name") -> list[str]:
    line = next(line for line in table.splitlines() if line.startswith(first))
    return line.split()


RULE = {"folder": "Shared", "position": "pre", "name": "Block_Malicious_IP_203_0_113_42", "action": "deny",
        "from": ["any"], "to": ["any"], "source": ["Malicious_IP_203_0_113_42", "203.0.113.0/24"],
        "destination": ["any"], "application": ["any"], "service": ["any"]}


# --------------------------------------------------------------------------- data formats


def test_csv_has_a_header_flat_cells_and_defused_formulas(run, client):
    client.call("address", "create", folder="Shared", name="web", ip_netmask="192.0.2.1/32",
                tag=["Blocked", "ThreatIntel"], description="=HYPERLINK(\"http://x\")")
    r = run("address", "list", "--folder", "Shared", "-o", "csv")
    assert r.code == 0, r.err
    rows = list(csv.DictReader(io.StringIO(r.out)))
    assert len(rows) == 1 and set(rows[0]) >= {"id", "name", "ip_netmask", "tag", "description", "folder"}
    assert rows[0]["tag"] == "Blocked, ThreatIntel"  # a list as a table shows it
    assert rows[0]["description"] == "'=HYPERLINK(\"http://x\")"  # a spreadsheet shows it, does not run it
    chosen = run("address", "list", "--folder", "Shared", "-o", "csv", "--columns", "name,ip_netmask")
    assert chosen.out == "name,ip_netmask\nweb,192.0.2.1/32\n"
    assert run("--columns", "name", "address", "list", "--folder", "Shared", "-o", "csv").out == "name\nweb\n"


def test_jsonl_is_one_object_per_line_and_json_stays_raw(run, client):
    names = addresses(client, 5)
    r = run("address", "list", "--folder", "Shared", "-o", "jsonl")
    lines = r.out.splitlines()
    assert [json.loads(line)["name"] for line in lines] == names
    assert all(line.startswith("{") and "\n" not in line for line in lines)
    whole = run("address", "list", "--folder", "Shared", "-o", "json").json()
    assert whole["total"] == 5 and [json.loads(line) for line in lines] == whole["data"]


def test_all_streams_every_page_complete_and_in_order(run, srv, client):
    addresses(client, 250)
    names = [a["name"] for a in client.paginate("address", folder="Shared")]  # the service's order
    assert sorted(names) == [f"a{i:04d}" for i in range(250)]
    before = srv.app.stats["requests"]
    r = run("address", "list", "--folder", "Shared", "--all", "--page-size", "60", "-o", "json")
    assert r.code == 0, r.err
    items = r.json()
    assert [a["name"] for a in items] == names  # the service's order, nothing lost or repeated
    assert r.out == json.dumps(items, indent=2, ensure_ascii=False) + "\n"  # the document, as before, only streamed
    assert srv.app.stats["requests"] - before in (5, 6)  # 60+60+60+60+10 (and maybe a token)
    lines = run("address", "list", "--folder", "Shared", "--all", "--page-size", "60", "-o", "jsonl").out
    assert [json.loads(line)["name"] for line in lines.splitlines()] == names
    rows = list(csv.DictReader(io.StringIO(run("address", "list", "--folder", "Shared", "--all", "-o", "csv").out)))
    assert [row["name"] for row in rows] == names
    assert yaml.safe_load(run("address", "list", "--folder", "Shared", "--all", "-o", "yaml").out) == items
    # --query needs the whole list: it still works (the items are gathered first)
    assert run("address", "list", "--folder", "Shared", "--all", "--page-size", "100",
               "--query", "[-1].name").json() == names[-1]
    table = run("address", "list", "--folder", "Shared", "--all", "-o", "table", width=120).out
    assert all(n in table for n in names) and "250 items" in table


def test_all_asks_for_the_largest_page_the_operation_allows(client, monkeypatch):
    addresses(client, 3)
    assert max_page_size(load()["address"].operations["list"]) == MAX_PAGE_SIZE == 5000
    assert max_page_size(load()["folder"].operations["list"]) == PAGE_SIZE  # the Setup API documents no cap
    asked: list[dict] = []
    plan = client.engine.plan

    def spy(resource, operation, params=None):
        asked.append(dict(params or {}))
        return plan(resource, operation, params)

    monkeypatch.setattr(client.engine, "plan", spy)
    assert len(list(client.paginate("address", folder="Shared"))) == 3
    assert len(list(client.paginate("address", folder="Shared", page_size=2))) == 3
    assert [a["limit"] for a in asked] == [5000, 2, 2]


def test_streamed_output_holds_a_bounded_number_of_items():
    """The writer never lags more than a few batches behind the items produced: nothing
    gathers the whole list (a million items would print in the same memory)."""
    produced = [0]
    lags: list[int] = []

    def items():
        for i in range(60_000):
            produced[0] += 1
            yield {"id": i, "name": f"n{i}"}

    class Sink(io.StringIO):
        written = 0
        marker = '"name"'

        def write(self, text: str) -> int:
            self.written += text.count(self.marker)
            lags.append(produced[0] - self.written)
            return len(text)

    for writer, marker in ((out._json_array, '"name"'), (out._json_lines, '"name"'), (out.write_csv, ",n")):
        lags.clear()
        produced[0] = 0
        sink = Sink()
        sink.marker = marker
        assert writer(items(), sink) == 60_000
        limit = out.WRITE_BATCH * (out.PIPE_DEPTH + 2) + out.TABLE_BLOCK
        assert max(lags) <= limit, (writer.__name__, max(lags))


def test_a_reader_that_goes_away_ends_the_listing_quietly(env, client):
    addresses(client, 300)
    proc = subprocess.Popen([sys.executable, "-m", "sasekit", "address", "list", "--folder", "Shared", "--all",
                             "--page-size", "50", "-o", "jsonl"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=os.environ.copy(), cwd=ROOT)
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0, err
    assert json.loads(first)["name"] == "a0000"
    assert "Traceback" not in err and "BrokenPipe" not in err


# --------------------------------------------------------------------------- columns


def test_security_rule_default_columns_come_from_the_catalog(run, client):
    client.call("securityRule", "create", RULE)
    table = run("securityRule", "list", "--folder", "Shared", "--position", "pre", "-o", "table", width=200).out
    assert header_of(table) == ["name", "action", "source", "destination", "application", "service", "from",
                                "to", "id", "folder"]  # (tag too, were any set) then id and folder: there is room
    primary, secondary = catalog_columns(load()["securityRule"].operations["list"]) or ([], [])
    assert [c.key for c in primary] == ["name", "action", "source", "destination", "application", "service",
                                        "from", "to", "tag"]
    assert [c.key for c in secondary][:3] == ["id", "folder", "snippet"]
    narrow = run("securityRule", "list", "--folder", "Shared", "--position", "pre", "-o", "table", width=80).out
    assert header_of(narrow)[:4] == ["name", "action", "source", "destination"]
    assert "not shown at 80 columns" in narrow and "--columns" in narrow
    assert "203.0.113.0/24" in narrow  # the network whole on its line


def test_address_default_columns_merge_the_one_of_values(run, client):
    client.call("address", "create", folder="Shared", name="web", ip_netmask="192.0.2.1/32", tag=["Blocked"])
    client.call("address", "create", folder="Shared", name="farm", ip_range="192.0.2.10-192.0.2.200")
    client.call("address", "create", folder="Shared", name="site", fqdn="www.example.com")
    table = run("address", "list", "--folder", "Shared", "-o", "table", width=120).out
    head = " ".join(table.split("─")[0].split())  # the header may take two lines
    assert all(word in head for word in ("name", "ip_netmask /", "ip_range", "/ fqdn", "tag")), table
    for value in ("192.0.2.1/32", "192.0.2.10-192.0.2.200", "www.example.com", "Blocked"):
        assert value in table
    assert "ip_wildcard" not in head  # a member no row uses is not named
    assert header_of(run("address", "list", "--folder", "Shared", "--name", "web", "-o", "table").out)[:3] == [
        "name", "ip_netmask", "tag"]  # one member in use: its name


def test_columns_option_chooses_the_columns(run, client):
    made = client.call("address", "create", folder="Shared", name="web", ip_netmask="192.0.2.1/32",
                       description="front end")
    local = run("address", "list", "--folder", "Shared", "-o", "table", "--columns", "id,name", width=120).out
    assert local.splitlines()[0].split() == ["id", "name"]
    assert made["id"] in local and "192.0.2.1/32" not in local
    root = run("--columns", "description,name", "address", "list", "--folder", "Shared", "-o", "table",
               width=120).out
    assert root.splitlines()[0].split() == ["description", "name"] and "front end" in root
    jobs = run("--columns", "id,type_str", "job", "list", "-o", "table", width=120)
    assert jobs.code == 0, jobs.err


def render(rows, width: int, **kw) -> str:
    sink = io.StringIO()
    out.table(rows, con=out.console(file=sink, width=width), **kw)
    return sink.getvalue()


def test_a_long_id_never_wraps_at_80_columns():
    ids = ["3f8a1c2e-9b4d-4e6f-a1b2-c3d4e5f60718", "20261201-230538-a1b2c3"]
    rows = [{"id": ids[0], "run": ids[1], "source": ["203.0.113.0/24", "198.51.100.0/24", "192.0.2.0/24"],
             "description": "a long description " * 8, "destination": ["any"]}]
    text = render(rows, 80, columns="id,run,source,description,destination")
    assert max(len(line) for line in text.splitlines()) <= 80
    for whole in (*ids, "203.0.113.0/24", "198.51.100.0/24", "192.0.2.0/24"):
        assert whole in text, text  # on one line, unbroken
    assert "not shown at 80 columns: description, destination" in text  # left out, and named
    # a 42-character IPv6 network beside two ids does not fit 80 columns: its column goes, unbroken
    wide = [{"id": ids[0], "run": ids[1], "source": ["2001:db8:ffff:ffff:ffff:ffff:ffff:ffff/128"]}]
    text = render(wide, 80, columns="id,run,source")
    assert ids[0] in text and "2001:db8" not in text and "not shown at 80 columns: source" in text
    assert "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff/128" in render(wide, 120, columns="id,run,source")
    # a default table: the name and the id whole at 80; the description goes
    rows = [{"name": "Block_Malicious_IP_203_0_113_42", "id": ids[0], "description": "x " * 60}]
    text = render(rows, 80)
    assert "Block_Malicious_IP_203_0_113_42" in text and ids[0] in text and "description" in text.splitlines()[-1]
    assert "id, description" in render(rows, 60).splitlines()[-1]  # the id does not fit 60 whole: it goes

def test_wrap_breaks_long_words_after_punctuation():
    assert wrap("application-default", 12) == "application-\ndefault"
    assert wrap("web-browsing, ssl", 13) == "web-browsing,\nssl"
    assert wrap("Block_Malicious_IP_203_0_113_42", 24) == "Block_Malicious_IP_203_\n0_113_42"


# --------------------------------------------------------------------------- times


def test_times_are_local_in_tables_and_raw_in_json(run, client, india):
    run("push", "--folders", "Shared", "--description", "first", "--wait")
    raw = run("configVersion", "list", "-o", "json").json()
    created, date = raw[0]["created"], raw[0]["date"]
    assert isinstance(created, float) and re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", date)  # untouched
    table = run("configVersion", "list", "-o", "table", width=120).out
    local = datetime.fromtimestamp(int(created)).strftime("%Y-%m-%d %H:%M:%S")  # +05:30
    assert local in table and date not in table  # the service's UTC text, shown in local time
    assert str(created) not in table and str(int(created)) not in table
    jobs = run("job", "list", "-o", "table", width=120).out
    assert header_of(jobs, "id")[:6] == ["id", "type", "status", "start", "end", "duration"]
    start = run("job", "list", "-o", "json").json()["data"][0]["start_ts"]
    assert local_time(start) in jobs and start not in jobs


def test_time_and_duration_text():
    utc = datetime(2026, 12, 1, 17, 35, 38, tzinfo=UTC).timestamp()
    assert epoch_seconds("2026-12-01 17:35:38") == utc  # the service's naive text is UTC
    assert epoch_seconds("2026-12-01T17:35:38Z") == utc
    assert epoch_seconds(utc * 1000) == utc  # epoch milliseconds
    assert epoch_seconds(0) is None and epoch_seconds(12) is None and epoch_seconds("soon") is None
    assert local_time(utc) == datetime.fromtimestamp(utc).strftime("%Y-%m-%d %H:%M:%S")
    assert [duration_text(s) for s in (0.012, 14.2, 14.0, 185, 7380, None)] == [
        "12 ms", "14.2 s", "14 s", "3 min 05 s", "2 h 03 min", ""]
    assert csv_cell("-1") == "'-1" and csv_cell(-1) == "-1" and csv_cell(["a", "b"]) == "a, b"


def test_runs_list_shows_local_start_and_a_whole_run_id(run, client, tmp_path, india):
    wf = tmp_path / "one.yaml"
    wf.write_text("name: one\nsteps:\n  - id: tag\n    resource: tag\n    operation: create\n"
                  "    parameters: {folder: Shared, name: T1}\n", encoding="utf-8")
    assert run("run", str(wf)).code == 0
    raw = run("runs", "list", "-o", "json").json()
    assert isinstance(raw[0]["started"], float)  # JSON keeps the history's epoch seconds
    for width in (80, 120):
        table = run("runs", "list", "-o", "table", width=width).out
        assert raw[0]["id"] in table  # 22 characters, never wrapped
        assert datetime.fromtimestamp(raw[0]["started"]).strftime("%Y-%m-%d %H:%M:%S") in table
        assert str(raw[0]["started"])[:10] not in table


# --------------------------------------------------------------------------- jobs and runs


def test_push_wait_ends_with_one_line_per_job(run, client):
    r = run("push", "--folders", "Shared", "--description", "deploy", "--wait", "-o", "table")
    assert r.code == 0, r.err
    lines = r.out.splitlines()
    assert re.fullmatch(r"job (\d+) CommitAndPush FIN OK \d+(\.\d)? m?s", lines[0]), r.out
    assert re.fullmatch(r"  job \d+ CommitAll FIN OK \d+(\.\d)? m?s", lines[1]), r.out
    assert "{" not in r.out
    assert json.loads(run("push", "--folders", "Shared", "--wait").out)["job"]["result_str"] == "OK"  # JSON: raw


def test_a_failed_push_shows_each_job_and_its_error_then_exits_4(run, client):
    client.call("securityRule", "create", {**RULE, "source": ["No_Such_Address"]})
    r = run("push", "--folders", "Shared", "--wait", "-o", "table")
    assert r.code == 4
    assert re.match(r"job \d+ CommitAndPush FIN FAIL", r.out.splitlines()[0]), r.out
    assert "No_Such_Address" in r.out.splitlines()[0]  # the first error, on the job's own line
    assert "\nerror: job" in "\n" + r.err


def test_job_get_reads_as_fields(run, client):
    run("push", "--folders", "Shared", "--description", "deploy", "--wait")
    job_id = run("job", "list", "-o", "json").json()["data"][-1]["id"]
    table = run("job", "get", job_id, "-o", "table", width=100).out
    assert re.search(rf"job +job {job_id} CommitAndPush FIN OK", table)
    assert "deploy" in table and "status_i" not in table


WORKFLOW = """\
name: items
steps:
  - id: tag
    resource: tag
    operation: create
    parameters: {folder: Shared, name: T1}
  - id: addresses
    foreach: ["192.0.2.1", "192.0.2.2", "not-an-address"]
    as: ip
    on_error: continue
    do:
      resource: address
      operation: create
      parameters: {folder: Shared, name: "a_{{ ip }}", ip_netmask: "{{ ip }}/32"}
  - id: after
    resource: tag
    operation: create
    parameters: {folder: Shared, name: T2}
"""


def test_runs_show_has_one_row_per_step_with_item_counts(run, client, tmp_path):
    wf = tmp_path / "items.yaml"
    wf.write_text(WORKFLOW, encoding="utf-8")
    r = run("run", str(wf))
    run_id = run("runs", "list", "-o", "json").json()[0]["id"]
    assert run_id in r.err
    table = run("runs", "show", run_id, "-o", "table", width=120).out
    rows = [line for line in table.splitlines() if line.split()[:1] in (["tag"], ["addresses"], ["after"])]
    assert [line.split()[0] for line in rows] == ["tag", "addresses", "after"], table
    loop = rows[1].split()
    assert loop[1] == "foreach" and loop[2] == "partial" and "2/1/0" in loop, table
    assert "item 2" in rows[1] and "not-an-address" in table  # the loop's first error, from its item
    assert rows[0].split()[1:3] == ["resource", "done"]
    assert "{" not in table.split("step")[1]  # no JSON fragments in the steps
    shown = run("runs", "show", run_id, "-o", "json").json()
    assert len(shown["steps"]) == 6  # three steps and three loop items: the history as stored


def test_step_rows_count_items_by_status():
    steps = [{"step": "loop", "item": "", "status": "partial", "attempts": 1, "started": 10.0, "finished": 12.5},
             {"step": "loop", "item": "0:aa", "status": "done"}, {"step": "loop", "item": "1:bb", "status": "failed",
                                                                 "error": "HTTP 400\nbad value"},
             {"step": "loop", "item": "2:cc", "status": "skipped"}, {"step": "loop", "item": "3:dd",
                                                                   "status": "unknown"},
             {"step": "push", "item": "", "status": "running", "attempts": 2, "job_id": "7"}]
    rows = step_rows(steps, {"loop": "foreach", "push": "push"})
    assert rows[0] == {"step": "loop", "kind": "foreach", "status": "partial", "attempts": 1,
                       "duration": "2.5 s", "items": "1/2/1", "job": "", "error": "item 1: HTTP 400 bad value"}
    assert rows[1]["status"] == "running" and rows[1]["job"] == "7" and rows[1]["items"] == ""


def test_bench_script_is_valid_python():
    compile(Path(ROOT, "bench", "cli_list.py").read_text(encoding="utf-8"), "cli_list.py", "exec")


def test_a_merged_container_column_is_not_shown_twice():
    """The unified shapes name the container as "exactly one of folder | snippet | device":
    one merged column, and `folder` does not come back among the secondary ones."""
    from sasekit.catalog import load
    from sasekit.cli.columns import catalog_columns

    for key in ("zone", "address", "natRule"):
        op = load()[key].operations["list"].variant("unified")
        found = catalog_columns(op)
        assert found is not None
        shown = [k for c in (*found[0], *found[1]) for k in (c.members or (c.key,))]
        assert len(shown) == len(set(shown)), (key, shown)
        assert "folder" in shown
