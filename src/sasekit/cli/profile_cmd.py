"""``sasekit profile add|list|use|remove``: named connections, secrets kept out of files.

A secret is stored as a reference: ``${ENV_VAR}``, or an entry in the system keyring.
A clear-text secret in the file needs ``--store-secret file`` and the file is then
written with mode 0600.
"""

from __future__ import annotations

import sys
from typing import Any

import click

from sasekit.cli.context import output_options


def _state():
    return click.get_current_context().find_root().obj


def _keyring_entry(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Refuse a malformed entry now: stored, it would only fail at the next command that
    needs the secret, far from the typo. ``keyring:`` in front is accepted and dropped."""
    if value is None:
        return None
    entry = value.strip().removeprefix("keyring:")
    service, _, user = entry.partition("/")
    if not service.strip() or not user.strip():
        raise click.BadParameter(f"must be SERVICE/USER, a keyring service and user name, both non-empty "
                                 f"(e.g. sasekit/prod); got {value!r}", ctx, param)
    return entry


@click.group()
def profile() -> None:
    """Manage named connection profiles (config.toml, mode 0600)."""


@profile.command("add")
@click.argument("name")
@click.option("--client-id", required=True, help="Service account client ID.")
@click.option("--tsg-id", required=True, help="Tenant Service Group ID.")
@click.option("--secret-env", metavar="VAR", help="Read the client secret from this environment variable.")
@click.option("--secret-keyring", metavar="SERVICE/USER", callback=_keyring_entry,
              help="Read the client secret from this keyring entry.")
@click.option("--secret-stdin", is_flag=True, help="Read the secret from stdin and store it (see --store-secret).")
@click.option("--store-secret", type=click.Choice(["keyring", "file"]), default="keyring", show_default=True,
              help="Where a secret read from stdin is kept.")
@click.option("--base-url", help="API host for this profile (regional tenants).")
@click.option("--auth-url", help="Identity provider host for this profile.")
@click.option("--setup-url", help="Setup API host for this profile.")
@click.option("--panw-region", metavar="REGION", help="The tenant's region for the health APIs (X-PANW-Region).")
@click.option("--default", "make_default", is_flag=True, default=None, help="Make it the default profile.")
@click.option("--overwrite", is_flag=True, help="Replace an existing profile of that name.")
def add(name: str, client_id: str, tsg_id: str, secret_env: str | None, secret_keyring: str | None,
        secret_stdin: bool, store_secret: str, base_url: str | None, auth_url: str | None,
        setup_url: str | None, panw_region: str | None, make_default: bool | None, overwrite: bool) -> None:
    """Add a profile. Give the secret as --secret-env, --secret-keyring or --secret-stdin."""
    from sasekit.settings import add_profile

    chosen = [x for x in (secret_env, secret_keyring, secret_stdin or None) if x]
    if len(chosen) != 1:
        raise click.UsageError("give the client secret one way: --secret-env VAR, --secret-keyring "
                               "SERVICE/USER or --secret-stdin")
    store = None
    if secret_env:
        secret = "${" + secret_env + "}"
    elif secret_keyring:
        secret = "keyring:" + secret_keyring
    else:
        secret = sys.stdin.readline().strip()  # click.get_text_stream is deprecated (Click 9)
        if not secret:
            raise click.UsageError("--secret-stdin: no secret on stdin")
        store = store_secret
    # Any, as add_profile's **fields_ are: a dict[str, str] could hold its `env` keyword.
    fields: dict[str, Any] = {"client_id": client_id, "tsg_id": tsg_id, "client_secret": secret}
    for key, value in (("base_url", base_url), ("auth_url", auth_url), ("setup_url", setup_url),
                       ("panw_region", panw_region)):
        if value:
            fields[key] = value
    path = add_profile(name, store_secret=store, overwrite=overwrite, make_default=make_default, **fields)
    click.echo(f"profile {name!r} saved in {path}", err=True)


@profile.command("list")
@output_options
def list_() -> None:
    """The profiles, with how each stores its secret (never the secret)."""
    from sasekit.settings import list_profiles

    _state().emit([{"name": p.name, "default": p.is_default, "client_id": p.client_id, "tsg_id": p.tsg_id,
                    "base_url": p.base_url, "secret": p.secret} for p in list_profiles()])


@profile.command("use")
@click.argument("name")
def use(name: str) -> None:
    """Make a profile the default."""
    from sasekit.settings import use_profile

    path = use_profile(name)
    click.echo(f"default profile is now {name!r} ({path})", err=True)


@profile.command("remove")
@click.argument("name")
@click.option("--delete-secret", is_flag=True, help="Also delete its keyring entry.")
def remove(name: str, delete_secret: bool) -> None:
    """Remove a profile."""
    from sasekit.settings import remove_profile

    path = remove_profile(name, delete_secret=delete_secret)
    click.echo(f"profile {name!r} removed from {path}", err=True)
