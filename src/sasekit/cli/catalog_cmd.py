"""``sasekit catalog``: build the catalog from the specs, print its quirks and its counts."""

from __future__ import annotations

import json
from pathlib import Path

import click


def _spec_dir(given: str | None) -> Path:
    """The folder to compile: --spec-dir, SASEKIT_SPEC_DIR, spec_dir in config.toml, else
    the checkout's ../shared/openapi (see :mod:`sasekit.catalog.specs`)."""
    from sasekit.catalog.compiler import CONFIG_DIR
    from sasekit.catalog.specs import spec_dir

    folder = spec_dir(given, checkout=True)
    if (folder / CONFIG_DIR).is_dir():
        return folder
    raise click.UsageError(
        f"no OpenAPI spec folder found at {folder}: pass --spec-dir DIR "
        "(a folder holding prisma-access-config/ and scm-config/)"
    )


@click.group()
def catalog() -> None:
    """Build, lint and count the compiled API catalog."""


@catalog.command()
@click.option("--spec-dir", type=click.Path(file_okay=False), help="Folder with the OpenAPI files.")
@click.option("--out", type=click.Path(file_okay=False), help="Where to write the catalog data.")
def build(spec_dir: str | None, out: str | None) -> None:
    """Compile the OpenAPI files into the catalog data (and, for the package's own
    catalog, the typed stub ``sasekit/client.pyi`` that editors complete from)."""
    from sasekit.catalog import DATA_DIR, Catalog, compiler, stubs

    result = compiler.build(_spec_dir(spec_dir))
    target = Path(out) if out else Path(DATA_DIR)
    written = compiler.write(result, target)
    if target.resolve() == Path(DATA_DIR).resolve():
        # A fresh Catalog, not load(): load() may hold a cached view of the old files.
        written.append(Path(stubs.write_client_stub(Catalog(target))))
    d = result.diagnostics
    counts = Catalog(target).stats()
    families = "; ".join(f"{fam} family {counts[fam]['resources']} resources, {counts[fam]['operations']} operations"
                         for fam in ("legacy", "unified", "incidents", "insights") if fam in counts)
    click.echo(
        f"wrote {len(written)} files to {target}: {families}; diagnostics:"
        f" {d.count('error')} errors, {d.count('warning')} warnings, {d.count('info')} info"
    )


@catalog.command()
@click.option("--spec-dir", type=click.Path(file_okay=False),
              help="Recompile from this folder instead of reading the committed diagnostics.")
@click.option("--level", type=click.Choice(["error", "warning", "info"]), default="info",
              show_default=True, help="Lowest level to show.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def lint(spec_dir: str | None, level: str, as_json: bool) -> None:
    """List the spec quirks found while compiling, with file and path."""
    from sasekit.catalog.diagnostics import LEVELS

    if spec_dir:
        from sasekit.catalog import compiler

        items = compiler.build(_spec_dir(spec_dir)).diagnostics.to_json()
    else:
        from sasekit.catalog import load

        items = load().diagnostics()
    cutoff = LEVELS.index(level)
    items = [d for d in items if LEVELS.index(d["level"]) <= cutoff]
    if as_json:
        click.echo(json.dumps(items, indent=1))
        return
    for d in items:
        click.echo(f"{d['level']:<7} {d['code']:<27} {d['file']}:{d['path']}")
        click.echo(f"        {d['message']}")
    counts = {lv: sum(1 for d in items if d["level"] == lv) for lv in LEVELS}
    click.echo(", ".join(f"{n} {lv}" for lv, n in counts.items()), err=True)


@catalog.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def stats(as_json: bool) -> None:
    """Count resources and operations, per operation kind."""
    from sasekit.catalog import load

    data = load().stats()
    if as_json:
        click.echo(json.dumps(data, indent=1, sort_keys=True))
        return
    titles = {"legacy": "Prisma Access Configuration API, legacy family (/sse/config/v1)",
              "unified": "SCM Configuration API, unified family (/config/<group>/v1)",
              "setup": "  SCM Setup API resources (/config/setup/v1)",
              "ip": "sasekit's own description of the Prisma Access IP API (catalog/extra; emulated)",
              "incidents": "SCM incidents API (/incidents/v1; host incidents_url)",
              "insights": "Prisma Access Insights 2.0 (/api/sase/v2.0/resource; host insights_url)",
              "config": "  Prisma Access resources, on either family",
              "scm": "  resources only the unified family serves"}
    for fam in ("legacy", "unified", "config", "scm", "setup", "ip", "incidents", "insights"):
        if fam not in data:
            continue
        f = data[fam]
        click.echo(f"{titles[fam]}: {f['resources']} resources, {f['operations']} operations")
        if fam not in ("legacy", "unified"):
            continue
        for kind in ("list", "get", "create", "update", "delete", "action"):
            if kind in f["kinds"]:
                click.echo(f"  {kind:<8} {f['kinds'][kind]:>4}")
