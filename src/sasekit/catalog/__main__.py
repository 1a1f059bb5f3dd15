"""``python -m sasekit.catalog build|lint|stats`` — the same commands as ``sasekit catalog``."""

from sasekit.cli.catalog_cmd import catalog

if __name__ == "__main__":
    catalog(prog_name="python -m sasekit.catalog")
