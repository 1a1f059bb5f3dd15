"""``get``, ``update`` and ``delete`` by name: ``--name`` with the scope (``--folder``...)
instead of ``--id``; an update merges the given fields into the object (``--dry-run``
shows each change and sends nothing); a delete asks on a terminal, and without one
refuses unless ``--yes`` is given. Against a served emulator, through the CLI."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from typing import Any

import pytest

from cli_helpers import cli_runner, demo_env
from client_fixtures import fresh_tokens, served, sync_client
from conftest import ROOT


@pytest.fixture(scope="module")
def srv():
    fresh_tokens()
    with served(rate_limit={"enabled": False}) as s:
        yield s


@pytest.fixture
def env(srv, monkeypatch, tmp_path):
    return demo_env(srv, monkeypatch, tmp_path)


@pytest.fixture
def run(env, capsys, monkeypatch):
    return cli_runner(capsys, monkeypatch)


@pytest.fixture
def client(env, srv):
    with sync_client(srv) as c:
        yield c


@pytest.fixture
def web(client) -> dict[str, Any]:
    """An address named web in Shared, and one of the same name in another folder."""
    client.call("address", "create", folder="Mobile Users", name="web", fqdn="elsewhere.example.com")
    return client.call("address", "create", folder="Shared", name="web", ip_netmask="192.0.2.10/32",
                       tag=["a"], description="old")


def addresses(client, folder: str = "Shared") -> dict[str, dict[str, Any]]:
    return {a["name"]: a for a in client.call("address", "list", folder=folder)["data"]}


# --------------------------------------------------------------------------- get


def test_get_by_name_is_the_object_get_by_id_gives(run, web):
    by_name = run("address", "get", "--name", "web", "--folder", "Shared", "-o", "json")
    assert by_name.code == 0, by_name.err
    assert by_name.json() == run("address", "get", "--id", web["id"], "-o", "json").json() == web
    assert by_name.err == ""


def test_no_object_of_that_name_is_a_clear_error(run, web):
    r = run("address", "get", "--name", "Web", "--folder", "Shared")
    assert r.code == 1 and r.out == ""
    assert r.lines == ["error: no address named 'Web' in folder 'Shared'",
                       "  fix: `sasekit address list --folder Shared` shows what is there (names are exact and "
                       "case-sensitive)"]
    r = run("address", "delete", "--name", "web", "--folder", "Remote Networks", "--yes")
    assert r.lines[0] == "error: no address named 'web' in folder 'Remote Networks'"
    assert "--folder 'Remote Networks'" in r.lines[1]


def test_several_objects_of_that_name_are_listed(run, web, monkeypatch):
    import sasekit.client

    twins = [{"id": "id-1", "name": "web", "folder": "Shared"}, {"id": "id-2", "name": "web", "folder": "Texas"},
             {"id": "id-3", "name": "web-2", "folder": "Shared"}]  # a substring match is no match
    monkeypatch.setattr(sasekit.client.Client, "paginate", lambda self, *a, **k: iter(twins))
    r = run("address", "get", "--name", "web", "--folder", "Shared")
    assert r.code == 2 and r.out == ""
    assert r.lines == ["error: 2 address objects named 'web' in folder 'Shared': id-1 (folder Shared); "
                       "id-2 (folder Texas)", "  fix: choose one with --id ID instead of --name"]


def test_by_name_needs_the_scope_and_not_an_id_as_well(run, srv, web):
    before = srv.app.stats["requests"]
    r = run("address", "get", "--name", "web")
    assert r.code == 2 and r.lines == ["error: --name needs the scope to look in: --folder "
                                       "(see 'sasekit address get --help')"]
    r = run("address", "delete", "--name", "web", "--id", web["id"], "--folder", "Shared")
    assert r.code == 2 and "give --id or --name, not both" in r.err
    assert srv.app.stats["requests"] == before


# --------------------------------------------------------------------------- update


def test_update_by_name_merges_the_given_fields_into_the_object(run, client, web):
    r = run("address", "update", "--name", "web", "--folder", "Shared", "--description", "new", "-o", "json")
    assert r.code == 0, r.err
    got = r.json()
    assert (got["id"], got["ip_netmask"], got["tag"], got["description"]) == (web["id"], "192.0.2.10/32", ["a"],
                                                                              "new")
    assert addresses(client)["web"] == got
    assert addresses(client, "Mobile Users")["web"]["fqdn"] == "elsewhere.example.com"  # the other folder's is untouched
    # one of a one-of group replaces the object's other member: fqdn instead of ip_netmask
    r = run("address", "update", "--name", "web", "--folder", "Shared", "--fqdn", "web.example.com", "-o", "json")
    assert r.code == 0, r.err
    now = addresses(client)["web"]
    assert now["fqdn"] == "web.example.com" and "ip_netmask" not in now and now["tag"] == ["a"]


def test_update_by_id_merges_too_and_replace_sends_only_the_fields_given(run, client, web):
    r = run("address", "update", "--id", web["id"], "--name", "web", "--tag", "b")
    assert r.code == 0, r.err
    assert addresses(client)["web"]["description"] == "old" and addresses(client)["web"]["tag"] == ["b"]
    r = run("address", "update", "--id", web["id"], "--name", "web2", "--ip-netmask", "192.0.2.11/32",
            "--replace")
    assert r.code == 0, r.err
    renamed = addresses(client)["web2"]
    assert "description" not in renamed and "tag" not in renamed


def test_update_dry_run_shows_each_change_and_sends_nothing(run, client, srv, web):
    before = dict(srv.app.stats["status"])
    r = run("address", "update", "--name", "web", "--folder", "Shared", "--description", "new", "--tag", "a",
            "--tag", "b", "--fqdn", "web.example.com", "--dry-run", "-o", "json")
    assert r.code == 0, r.err
    assert r.lines == [
        f"address 'web' (id {web['id']}) in folder 'Shared': 4 changes",
        '  description: "old" → "new"',
        '  tag: ["a"] → ["a", "b"]',
        '  ip_netmask: "192.0.2.10/32" → (unset)',
        '  fqdn: (unset) → "web.example.com"',
        "dry run: nothing was sent",
    ]
    plan = r.json()
    assert plan["method"] == "PUT" and plan["url"].endswith(f"/sse/config/v1/addresses/{web['id']}")
    assert plan["body"] == {"name": "web", "description": "new", "tag": ["a", "b"], "fqdn": "web.example.com"}
    assert plan["changes"][0] == {"field": "description", "old": "old", "new": "new"}
    assert plan["changes"][2] == {"field": "ip_netmask", "old": "192.0.2.10/32", "new": None}
    assert addresses(client)["web"] == web  # nothing was changed
    assert sum(srv.app.stats["status"].values()) - sum(before.values()) >= 2  # it read (list, get) ...
    unchanged = run("address", "update", "--name", "web", "--folder", "Shared", "--description", "old",
                    "--dry-run")
    assert unchanged.code == 0
    assert f"address 'web' (id {web['id']}) in folder 'Shared': no changes (it already has these values)" \
        in unchanged.lines


def test_update_dry_run_still_validates(run, client, web):
    r = run("address", "update", "--name", "web", "--folder", "Shared", "--description", "x" * 2000, "--dry-run")
    assert r.code == 2 and r.lines[0].startswith("error: address.update: description")
    assert addresses(client)["web"] == web


# --------------------------------------------------------------------------- delete


def test_delete_without_a_terminal_refuses_unless_told_yes(run, client, web):
    r = run("address", "delete", "--name", "web", "--folder", "Shared")
    assert r.code == 2 and r.out == ""
    assert r.lines == [f"error: refusing to delete address 'web' (id {web['id']}) in folder 'Shared' without "
                       "confirmation (stdin is not a terminal): add --yes (see 'sasekit address delete --help')"]
    assert "web" in addresses(client)
    r = run("address", "delete", "--id", web["id"])
    assert r.code == 2 and f"refusing to delete address {web['id']} without confirmation" in r.err
    dry = run("address", "delete", "--name", "web", "--folder", "Shared", "--dry-run", "-o", "json")
    assert dry.code == 0 and dry.json()["method"] == "DELETE" and dry.json()["url"].endswith(web["id"])
    assert "web" in addresses(client)
    r = run("address", "delete", "--name", "web", "--folder", "Shared", "--yes")
    assert r.code == 0, r.err
    assert "web" not in addresses(client) and "web" in addresses(client, "Mobile Users")


def test_delete_asks_on_a_terminal(run, client, web, monkeypatch):
    import sasekit.cli.ops

    monkeypatch.setattr(sasekit.cli.ops, "_interactive", lambda: True)
    r = run("address", "delete", "--name", "web", "--folder", "Shared", stdin="n\n")
    assert r.code == 1 and r.out == ""
    assert f"Delete address 'web' (id {web['id']}) in folder 'Shared'? [y/N]" in r.err
    assert r.err.endswith(f"not deleted: address 'web' (id {web['id']}) in folder 'Shared'\n")  # no echo here
    assert "web" in addresses(client)
    r = run("address", "delete", "--name", "web", "--folder", "Shared", stdin="y\n")
    assert r.code == 0, r.err
    assert "web" not in addresses(client)


def test_delete_asks_in_a_real_terminal(env, client, web):
    leader, follower = pty.openpty()
    try:
        proc = subprocess.Popen([sys.executable, "-m", "sasekit", "address", "delete", "--name", "web", "--folder",
                                 "Shared", "-o", "json"], stdin=follower, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, env=dict(os.environ), cwd=ROOT)
        os.close(follower)
        os.write(leader, b"y\n")  # the terminal holds the answer until the prompt reads it
        out, err = proc.communicate(timeout=60)
    finally:
        os.close(leader)
    assert proc.returncode == 0, err
    assert f"Delete address 'web' (id {web['id']}) in folder 'Shared'? [y/N]" in err
    assert json.loads(out)["id"] == web["id"]
    assert "web" not in addresses(client)


def test_a_rule_is_found_by_name_in_either_rulebase(run, client):
    rule = client.call("securityRule", "create", folder="Shared", position="post", name="late", action="deny",
                       **{"from": ["any"], "to": ["any"]}, source=["any"], destination=["any"],
                       application=["any"], service=["any"])
    r = run("security-rule", "get", "--name", "late", "--folder", "Shared", "-o", "json")
    assert r.code == 0, r.err
    assert r.json()["id"] == rule["id"]
    r = run("security-rule", "delete", "--name", "late", "--folder", "Shared", "--position", "pre", "--yes")
    assert r.code == 1
    assert r.lines == ["error: no securityRule named 'late' in folder 'Shared' in position 'pre'",
                       "  fix: `sasekit securityRule list --folder Shared --position pre` shows what is there "
                       "(names are exact and case-sensitive)"]
    r = run("security-rule", "update", "--name", "late", "--folder", "Shared", "--action", "allow", "-o", "json")
    assert r.code == 0, r.err
    assert r.json()["action"] == "allow" and r.json()["source"] == ["any"]
