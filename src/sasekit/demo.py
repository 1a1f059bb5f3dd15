"""``make demo``: the most useful end-to-end thing sasekit does today.

It shows the compiled catalog at work: the counts, and the parameters of the guide's
first example (creating an address) with the constraints a request is checked against.
"""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from sasekit.catalog import load


def main() -> None:
    console = Console()
    cat = load()
    stats = cat.stats()["config"]
    console.print(f"[bold]sasekit catalog[/]: {stats['resources']} resources, "
                  f"{stats['operations']} operations of the Prisma Access Configuration API")
    kinds = ", ".join(f"{n} {k}" for k, n in sorted(stats["kinds"].items()))
    console.print(f"  by kind: {kinds}")
    op = cat["address"].operations["create"]
    table = Table(title=f"{op.qualified_name}: {op.method} {op.path}  (unified: {op.unified_path})")
    for col in ("parameter", "in", "type", "required", "rules"):
        table.add_column(col)
    for p in op.parameters.values():
        rules = ", ".join(f"{k}={v}" for k, v in p.constraints.items() if k != "suggestions")
        if p.suggestions:
            rules = (rules + ", " if rules else "") + "suggested: " + " | ".join(p.suggestions)
        table.add_row(p.name, p.location, str(p.type), "yes" if p.required else "", escape(rules))
    console.print(table)
    groups = ["exactly one of " + " | ".join("+".join(k) for k in g["keys"]) for g in op.body.exclusive]
    console.print("  body rule: " + "; ".join(groups))


if __name__ == "__main__":
    main()
