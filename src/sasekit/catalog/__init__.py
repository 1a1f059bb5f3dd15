"""The compiled catalog of the Prisma Access Configuration API.

``load()`` returns lazy, read-only views; ``sasekit catalog build`` recompiles the
data from Palo Alto's OpenAPI files. Description prose is never stored here: it is
read from a spec folder at run time (see :mod:`sasekit.catalog.descriptions`).
"""

from __future__ import annotations

import os

from .model import DATA_DIR, Catalog, Operation, Parameter, Resource, Shape

__all__ = ["DATA_DIR", "Catalog", "Operation", "Parameter", "Resource", "Shape", "load"]

_loaded: dict[str, Catalog] = {}


def load(data_dir: os.PathLike[str] | str | None = None) -> Catalog:
    """The catalog (cached per data folder). Reads only the index until a resource is used."""
    path = os.path.abspath(os.fspath(data_dir)) if data_dir else DATA_DIR
    cat = _loaded.get(path)
    if cat is None:
        cat = _loaded[path] = Catalog(path)
    return cat
