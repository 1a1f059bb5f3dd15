"""Every operation of both URL families is reachable from every entry point a user has:
the CLI (its command and flags built from the family's variant), ``describe``, shell
completion, the Python client (planned on each family's path), the workflow validator.
"""

from __future__ import annotations

from typing import Any

import click
import pytest
from click.shell_completion import ShellComplete

from sasekit import Client
from sasekit.catalog import load
from sasekit.cli import cli
from sasekit.cli.ops import operation_command
from sasekit.workflows import loader, schema

CAT = load()
EVERY = [(k, n) for k in CAT for n in CAT.operation_names(k)]


def test_both_families_are_counted():
    served = {f: sum(len(CAT.operation_names(k, f)) for k in CAT) for f in ("legacy", "unified")}
    assert served == {"legacy": 344, "unified": 697}
    # plus those on their own paths, counted apart: sasekit's own documents (resource family
    # "ip") and the health APIs (families "incidents" and "insights", tests/test_health_catalog.py)
    own = [(k, n) for k, n in EVERY if not CAT[k].operations[n].families]
    by_family = {f: [(k, n) for k, n in own if CAT[k].family == f] for f in {CAT[k].family for k, _ in own}}
    assert by_family.pop("ip") == [("prismaAccessIp", "list")]
    assert set(by_family) == {"incidents", "insights"} and ("incident", "search") in by_family["incidents"]
    assert len(EVERY) == 344 + 697 + len(own) - sum(
        1 for k, n in EVERY if CAT[k].operations[n].families == ("legacy", "unified"))


def test_every_operation_has_a_cli_command_on_each_family_it_serves():
    for key, name in EVERY:
        op = CAT[key].operations[name]
        for family in op.families:
            command = operation_command(key, name, family)
            assert isinstance(command, click.Command), (key, name, family)
            flags = {o for p in command.params for o in getattr(p, "opts", ())}
            variant = op.variant(family)
            missing = [p for p in variant.parameters if f"--{p.replace('_', '-')}" not in flags]
            assert not missing, (key, name, family, missing)


def _complete(args: list[str], incomplete: str) -> list[str]:
    comp = ShellComplete(cli, {}, "sasekit", "_SASEKIT_COMPLETE")
    return [c.value for c in comp.get_completions(args, incomplete)]


@pytest.mark.parametrize("key", ["zone", "natRule", "logicalRouter", "label", "mobileAgentForwardingProfile"])
def test_completion_offers_resources_only_the_unified_family_serves(key):
    assert key in _complete([], key[:4])
    assert set(_complete([key], "")) >= set(CAT.operation_names(key))


def test_the_client_plans_every_operation_on_each_family(tmp_path, monkeypatch):
    monkeypatch.setenv("SASEKIT_TOKEN_CACHE", "off")
    settings: dict[str, Any] = {"client_id": "demo@1234567890.iam.panserviceaccount.com",
                                "client_secret": "x", "tsg_id": "1234567890",
                                "base_url": "https://api.example.test", "auth_url": "https://auth.example.test",
                                "setup_url": "https://setup.example.test"}
    clients = {f: Client(**settings, url_family=f, validate=False) for f in ("legacy", "unified")}
    try:
        for key, name in EVERY:
            op = CAT[key].operations[name]
            for family in op.families:
                variant = op.variant(family)
                params = {p: "x" for p, param in variant.parameters.items() if param.location == "path"}
                plan = clients[family].plan(key, name, params)
                assert plan.method == variant.method
                expected = variant.path
                for p in params:
                    expected = expected.replace("{" + p + "}", "x")
                assert plan.path == expected, (key, name, family)
    finally:
        for c in clients.values():
            c.close()


def test_the_workflow_validator_knows_every_operation():
    for key, name in EVERY:
        doc = loader.loads(f"name: t\nsteps:\n  - id: s\n    resource: {key}\n    operation: {name}\n"
                           f"    parameters: {{}}\n")
        unknown = [i for i in schema.validate(doc) if "unknown resource" in i.message
                   or "unknown operation" in i.message]
        assert not unknown, (key, name, unknown)
