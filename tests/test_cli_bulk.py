"""Bulk calls that are safe to run again: ``sasekit call FILE`` with a list (or JSON
lines) and ``sasekit address create --from-file items.csv|jsonl --folder Shared``.

Every item is validated before anything is sent (all invalid items reported, with their
lines); the items go through the engine's fan-out, each as ``Engine.ensure``; the
summary says what was applied, already present, failed (and why) and not attempted;
the exit code is not 0 when an item did not get done; and the same file run again
completes the rest, reporting the earlier ones as already present."""

from __future__ import annotations

import json
import sys
from typing import Any

import pytest

from cli_helpers import cli_runner, demo_env
from client_fixtures import fresh_tokens, served, sync_client
from sasekit.emulator.serve import free_port


@pytest.fixture(scope="module")
def srv():
    fresh_tokens()
    with served(rate_limit={"enabled": False}) as s:
        yield s


@pytest.fixture
def env(srv, monkeypatch, tmp_path):
    values = demo_env(srv, monkeypatch, tmp_path)
    # each call tried once: a failure is a failure at once, not after the retry policy
    folder = tmp_path / "config"
    folder.mkdir()
    (folder / "config.toml").write_text('default_profile = "once"\n\n[profiles.once]\nmax_retries = 0\n'
                                        "max_connect_failures = 2\n")
    return values


@pytest.fixture
def run(env, capsys, monkeypatch):
    return cli_runner(capsys, monkeypatch)


@pytest.fixture
def client(env, srv):
    with sync_client(srv) as c:
        yield c


class Failing:
    """The emulator answers 500 to the creates of the given names while ``active``."""

    def __init__(self, app: Any, monkeypatch: Any, names: set[str]) -> None:
        from starlette.responses import Response

        original, self.names, self.active, self.hits = app.respond, names, True, 0

        async def respond(request: Any) -> Any:
            body = await request.body()
            data = json.loads(body) if body[:1] == b"{" else {}
            if self.active and request.method == "POST" and data.get("name") in self.names:
                self.hits += 1
                return Response(b'{"_errors":[{"code":"E000","message":"boom"}]}', 500,
                                media_type="application/json"), False
            return await original(request)

        monkeypatch.setattr(app, "respond", respond)


def names(client, folder: str = "Shared") -> list[str]:
    return sorted(a["name"] for a in client.call("address", "list", folder=folder)["data"])


CSV = "name,ip-netmask,tag,description\n" + "".join(
    f"{n},10.0.0.{i}/32,{'x;y' if i == 1 else ''},{'row ' + n if i == 2 else ''}\n"
    for i, n in enumerate("abcde", 1))


# --------------------------------------------------------------------------- create --from-file


def test_a_csv_file_creates_every_row_and_the_same_file_again_finds_them_present(run, client, tmp_path):
    items = tmp_path / "items.csv"
    items.write_text(CSV)
    r = run("address", "create", "--from-file", str(items), "--folder", "Shared", "--tag", "default")
    assert r.code == 0, r.err
    assert r.lines == ["5 items: 5 applied, 0 already present, 0 failed, 0 not attempted"]
    made = r.json()
    assert [m["name"] for m in made] == list("abcde")
    assert made[0]["tag"] == ["x", "y"] and made[1]["tag"] == ["default"]  # a row wins over the flag
    assert made[1]["description"] == "row b" and "description" not in made[0]  # empty cells are left out
    assert names(client) == list("abcde")
    again = run("address", "create", "--from-file", str(items), "--folder", "Shared", "--tag", "default")
    assert again.code == 0, again.err
    assert again.lines == ["5 items: 0 applied, 5 already present, 0 failed, 0 not attempted"]
    assert [m["id"] for m in again.json()] == [m["id"] for m in made]


def test_a_partial_failure_then_the_same_file_again_completes_the_rest(run, client, srv, tmp_path, monkeypatch):
    items = tmp_path / "items.csv"
    items.write_text(CSV)
    failing = Failing(srv.app, monkeypatch, {"b", "d"})
    first = run("address", "create", "--from-file", str(items), "--folder", "Shared")
    assert first.code == 1
    assert first.lines[0] == "error: 5 items: 3 applied, 0 already present, 2 failed, 0 not attempted"
    assert first.lines[1] == "  line 3 (b): failed: API error [500] on POST /sse/config/v1/addresses: boom"
    assert first.lines[2] == "  line 5 (d): failed: API error [500] on POST /sse/config/v1/addresses: boom"
    assert first.lines[3].startswith("  fix: a failure on the service's side: run the command again")
    assert len(first.lines) == 4
    assert [a and a["name"] for a in first.json()] == ["a", None, "c", None, "e"]  # in input order
    assert names(client) == ["a", "c", "e"] and failing.hits == 2
    failing.active = False
    second = run("address", "create", "--from-file", str(items), "--folder", "Shared")
    assert second.code == 0, second.err
    assert second.lines == ["5 items: 2 applied, 3 already present, 0 failed, 0 not attempted"]
    assert names(client) == list("abcde")


def test_once_the_service_stops_answering_the_rest_is_not_attempted(run, client, tmp_path):
    items = tmp_path / "items.csv"
    items.write_text(CSV)
    dead = f"http://127.0.0.1:{free_port()}"
    r = run("--base-url", dead, "address", "create", "--from-file", str(items), "--folder", "Shared",
            "--concurrency", "1")
    assert r.code == 1
    assert r.lines[0] == "error: 5 items: 0 applied, 0 already present, 2 failed, 3 not attempted"
    assert r.lines[1].startswith("  line 2 (a): failed: transport error on POST /sse/config/v1/addresses: ")
    assert r.lines[2].startswith("  line 3 (b): failed: ")
    assert r.lines[3].startswith("  not attempted: line 4 (c), line 5 (d), line 6 (e): transport error")
    assert "the last 2 connections to the service failed" in r.lines[3]
    assert r.lines[4].startswith(f"  fix: is --base-url {dead} (from the command line) right?")
    assert "run the same command again" in r.lines[4]
    again = run("address", "create", "--from-file", str(items), "--folder", "Shared")
    assert again.code == 0, again.err
    assert again.lines == ["5 items: 5 applied, 0 already present, 0 failed, 0 not attempted"]


def test_a_create_whose_name_exists_with_other_content_fails_and_says_why(run, client, tmp_path):
    client.call("address", "create", folder="Shared", name="c", fqdn="c.example.com")
    items = tmp_path / "items.jsonl"
    items.write_text('{"name": "a", "ip_netmask": "10.0.0.1/32"}\n\n{"name": "c", "ip_netmask": "10.0.0.3/32"}\n')
    r = run("address", "create", "--from-file", str(items), "--folder", "Shared")
    assert r.code == 1
    assert r.lines[0] == "error: 2 items: 1 applied, 0 already present, 1 failed, 0 not attempted"
    assert r.lines[1].startswith("  line 3 (c): failed: API error [409] on POST /sse/config/v1/addresses: "
                                 "Name Not Unique")
    assert r.lines[2].startswith("  fix: an object of that name already exists there: change it with `update "
                                 "--name NAME --folder FOLDER`, or choose another name; then run the same "
                                 "command again")


def test_every_invalid_item_is_reported_with_its_line_before_anything_is_sent(run, srv, client, tmp_path):
    before = srv.app.stats["requests"]
    jsonl = tmp_path / "items.jsonl"
    jsonl.write_text('{"name": "ok", "ip_netmask": "10.0.0.1/32"}\n'
                     '{"name": "broken"\n'
                     '{"ip_netmask": "10.0.0.3/32"}\n'
                     '["not", "an", "object"]\n'
                     '{"name": "two", "ip_netmask": "10.0.0.5/32", "fqdn": "x.example.com"}\n')
    r = run("address", "create", "--from-file", str(jsonl), "--folder", "Shared")
    assert r.code == 2 and r.out == ""
    assert r.lines[0] == f"error: 4 of 5 items are invalid in {jsonl} (nothing was sent)"
    assert r.lines[1].startswith("  line 2: not valid JSON (")
    assert r.lines[2] == "  line 3: address.create: name: required field is missing (required)"
    assert r.lines[3] == "  line 4: expected a JSON object of parameters, got list"
    assert r.lines[4].startswith("  line 5 (two): address.create: fqdn: only one of ip_netmask | ip_range")
    assert r.lines[5] == ("  fix: fix those items and run again; `sasekit describe address create` lists the "
                          "parameters and their rules")
    csv = tmp_path / "items.csv"
    csv.write_text('name,ip_netmask\nok,10.0.0.1/32\n"multi\nline",10.0.0.2/32\nbad name!,10.0.0.3/32\n'
                   "x,10.0.0.4/32,extra\n")
    r = run("address", "create", "--from-file", str(csv), "--folder", "Shared")
    assert r.code == 2
    assert [line.split(":")[0] for line in r.lines[1:-1]] == ["  line 3 (multi line)", "  line 5 (bad name!)",
                                                              "  line 6"]
    assert "3 values for 2 columns" in r.lines[-2]
    unknown = tmp_path / "unknown.csv"
    unknown.write_text("nam,ip-netmask\nx,10.0.0.1/32\n")
    r = run("address", "create", "--from-file", str(unknown), "--folder", "Shared")
    assert r.code == 2 and len(r.lines) == 1
    assert r.lines[0].startswith(f"error: --from-file {unknown}: line 1: column 'nam' is not a parameter of "
                                 "address.create (did you mean: name?)")
    assert srv.app.stats["requests"] == before
    assert names(client) == []


def test_from_stdin_and_a_json_list_and_one_object_as_before(run, client):
    lines = '{"name": "s1", "ip_netmask": "10.0.1.1/32"}\n{"name": "s2", "fqdn": "s2.example.com"}\n'
    r = run("address", "create", "--from-file", "-", "--folder", "Shared", stdin=lines)
    assert r.code == 0, r.err
    assert r.lines == ["2 items: 2 applied, 0 already present, 0 failed, 0 not attempted"]
    r = run("address", "create", "--from-file", "-", "--folder", "Shared",
            stdin='[{"name": "s2", "fqdn": "s2.example.com"}, {"name": "s3", "fqdn": "s3.example.com"}]')
    assert r.lines == ["2 items: 1 applied, 1 already present, 0 failed, 0 not attempted"]
    one = run("address", "create", "--from-file", "-", stdin='{"folder": "Shared", "name": "s4", "fqdn": "s4.x"}')
    assert one.code == 0 and one.json()["name"] == "s4" and one.err == ""  # one object: one create, as before
    assert names(client) == ["s1", "s2", "s3", "s4"]


def test_a_bulk_dry_run_validates_everything_and_sends_nothing(run, srv, client, tmp_path):
    items = tmp_path / "items.csv"
    items.write_text(CSV)
    before = srv.app.stats["requests"]
    r = run("address", "create", "--from-file", str(items), "--folder", "Shared", "--dry-run")
    assert r.code == 0, r.err
    plans = r.json()
    assert [p["body"]["name"] for p in plans] == list("abcde") and plans[0]["query"] == {"folder": "Shared"}
    assert r.lines == ["dry run: 5 items valid, nothing was sent"]
    assert srv.app.stats["requests"] == before


def test_ctrl_c_in_a_bulk_run_says_what_was_done_and_how_to_go_on(run, client, tmp_path, monkeypatch):
    import sasekit.engine

    original = sasekit.engine.Engine.run_many

    def interrupted(self: Any, flows: Any, concurrency: int, **kw: Any) -> Any:
        for n, outcome in enumerate(original(self, flows, concurrency, **kw)):
            yield outcome
            if n == 1:
                raise KeyboardInterrupt

    monkeypatch.setattr(sasekit.engine.Engine, "run_many", interrupted)
    items = tmp_path / "items.csv"
    items.write_text(CSV)
    r = run("address", "create", "--from-file", str(items), "--folder", "Shared", "--concurrency", "1")
    assert r.code == 130
    assert r.lines[0].startswith("interrupted: 5 items: 2 applied, 0 already present, 0 failed, ")
    assert r.lines[-1].startswith("  fix: run the same command again")
    monkeypatch.setattr(sasekit.engine.Engine, "run_many", original)
    again = run("address", "create", "--from-file", str(items), "--folder", "Shared")
    assert again.code == 0 and again.lines[0].endswith(" 0 failed, 0 not attempted")
    assert names(client) == list("abcde")


def test_a_progress_bar_on_a_terminal(run, client, tmp_path, monkeypatch):
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    items = tmp_path / "items.csv"
    items.write_text(CSV)
    r = run("address", "create", "--from-file", str(items), "--folder", "Shared", "-o", "json")
    assert r.code == 0, r.err
    assert r.err.rstrip().endswith("5 items: 5 applied, 0 already present, 0 failed, 0 not attempted")


# --------------------------------------------------------------------------- call FILE


def calls(*params: dict[str, Any]) -> str:
    return json.dumps([{"resource": "address", "operation": "create", "parameters": {"folder": "Shared", **p}}
                       for p in params], indent=2)


def test_call_a_list_stops_at_a_failure_and_the_same_file_again_completes_it(run, client, tmp_path):
    client.call("address", "create", folder="Shared", name="b", fqdn="in-the-way.example.com")
    path = tmp_path / "calls.json"
    path.write_text(calls({"name": "a", "fqdn": "a.example.com"}, {"name": "b", "fqdn": "b.example.com"},
                          {"name": "c", "fqdn": "c.example.com"}, {"name": "d", "fqdn": "d.example.com"}))
    first = run("call", str(path))
    assert first.code == 1
    assert first.lines[0] == "error: 4 items: 1 applied, 0 already present, 1 failed, 2 not attempted"
    assert first.lines[1].startswith("  line 11 (b): failed: API error [409]")  # the line its item starts on
    assert first.lines[2] == "  not attempted: line 20 (c), line 29 (d): not started after a failure"
    assert [a and a["name"] for a in first.json()] == ["a", None, None, None]
    keep = run("call", str(path), "--keep-going")
    assert keep.lines[0] == "error: 4 items: 2 applied, 1 already present, 1 failed, 0 not attempted"
    client.call("address", "delete", id=next(a["id"] for a in client.call("address", "list", folder="Shared")["data"]
                                             if a["name"] == "b"))
    again = run("call", str(path), "--concurrency", "4")
    assert again.code == 0, again.err
    assert again.lines == ["4 items: 1 applied, 3 already present, 0 failed, 0 not attempted"]
    assert [a["name"] for a in again.json()] == list("abcd")
    assert names(client) == list("abcd")


def test_call_a_list_reports_every_invalid_item_before_sending(run, srv, tmp_path):
    before = srv.app.stats["requests"]
    text = ('[\n  {"resource": "address", "operation": "create", "parameters": {"folder": "Shared", "name": "a",'
            ' "fqdn": "a.example.com"}},\n'
            '  {"resource": "adress", "operation": "create", "parameters": {}},\n'
            '  {"resource": "address", "operation": "create", "parameters": {"folder": "Shared", "name": "b"}}\n]\n')
    r = run("call", "-", stdin=text)
    assert r.code == 2
    assert r.lines[0] == "error: 2 of 3 items are invalid in stdin (nothing was sent)"
    assert r.lines[1] == "  line 3: unsupported resource: adress (did you mean: address, addressGroup?)"
    assert r.lines[2].startswith("  line 4 (b): address.create: body: exactly one of")
    assert srv.app.stats["requests"] == before


def test_call_json_lines(run, client):
    lines = "".join(json.dumps({"resource": "address", "operation": "create",
                                "parameters": {"folder": "Shared", "name": n, "fqdn": f"{n}.example.com"}}) + "\n"
                    for n in "xy")
    r = run("call", "-", stdin=lines)
    assert r.code == 0, r.err
    assert r.lines == ["2 items: 2 applied, 0 already present, 0 failed, 0 not attempted"]
    assert names(client) == ["x", "y"]


def test_call_one_object_is_one_call_as_before(run, client):
    r = run("call", "-", stdin=calls({"name": "one", "fqdn": "one.example.com"})[1:-1].strip().rstrip(","))
    assert r.code == 0 and r.err == "" and r.json()["name"] == "one"


def test_every_create_has_the_bulk_options():
    from click.testing import CliRunner

    from sasekit.cli import cli

    text = CliRunner().invoke(cli, ["address", "create", "--help"]).output
    assert "--concurrency" in text and "--stop-on-error / --keep-going" in text and "CSV" in text


def test_without_a_token_the_rest_is_not_attempted(run, client, srv, tmp_path, monkeypatch):
    monkeypatch.setenv("SCM_CLIENT_SECRET", "not-the-secret")
    fresh_tokens()
    before = srv.app.auth.issued
    items = tmp_path / "items.csv"
    items.write_text(CSV)
    r = run("address", "create", "--from-file", str(items), "--folder", "Shared", "--concurrency", "1")
    assert r.code == 3  # a credentials error
    assert r.lines[0] == "error: 5 items: 0 applied, 0 already present, 1 failed, 4 not attempted"
    assert r.lines[1].startswith("  line 2 (a): failed: token fetch failed: status=401")
    assert r.lines[-1].startswith("  fix: client ID or client secret is incorrect")
    assert srv.app.auth.issued == before and names(client) == []
