"""The ``sasekit`` command. Sub-commands are imported only when invoked, so
``sasekit --help`` and completion stay fast."""

from __future__ import annotations

import importlib
import sys
from typing import Any

import click

# name -> (module, attribute, one-line help shown by --help without importing the module)
COMMANDS: dict[str, tuple[str, str, str]] = {
    "catalog": ("sasekit.cli.catalog_cmd", "catalog", "Build, lint and count the compiled API catalog."),
    "emulator": ("sasekit.cli.emulator_cmd", "emulator", "Run the local Prisma Access / SCM emulator."),
}


class LazyGroup(click.Group):
    """A group whose commands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*COMMANDS, *super().list_commands(ctx)})

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in COMMANDS:
            module, attr, _ = COMMANDS[name]
            return getattr(importlib.import_module(module), attr)
        return super().get_command(ctx, name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, COMMANDS[name][2]) for name in sorted(COMMANDS)]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="sasekit", prog_name="sasekit")
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """Automate Palo Alto Networks Prisma Access through Strata Cloud Manager."""
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug


def main(argv: list[str] | None = None) -> Any:
    """Console entry point: user mistakes become one line on stderr, never a traceback."""
    args = sys.argv[1:] if argv is None else argv
    try:
        return cli.main(args=args, prog_name="sasekit", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except Exception as exc:  # the last line of defence: no traceback unless --debug
        if "--debug" in args:
            raise
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
