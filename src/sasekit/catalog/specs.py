"""Where Palo Alto's OpenAPI folder is: the one answer for the compiler, the
description lookups and the tests.

The first of these that is given decides:

1. an explicit argument (``--spec-dir``, ``descriptions(folder)``);
2. ``SASEKIT_SPEC_DIR``, then ``spec_dir`` in ``config.toml``
   (:func:`sasekit.settings.configured_spec_dir` reads both, in that order);
3. only where a development checkout is expected (the compiler, the tests):
   ``$SASEKIT_SHARED_DIR/openapi``, else the ``shared/openapi`` folder beside the
   repository. That one is found from this file's location, never from the current
   directory, so a command behaves the same wherever it is started.

A folder is not checked for existence here: each caller says in its own words what
it expected to find there.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal, overload

SPEC_DIR_ENV = "SASEKIT_SPEC_DIR"
SHARED_DIR_ENV = "SASEKIT_SHARED_DIR"
# src/sasekit/catalog/specs.py -> the repository root (in a checkout or an editable install)
REPOSITORY_ROOT = Path(__file__).resolve().parents[3]


def shared_spec_dir() -> Path:
    """The checkout's spec folder: ``$SASEKIT_SHARED_DIR/openapi``, else
    ``../shared/openapi`` next to the repository root."""
    shared = os.environ.get(SHARED_DIR_ENV)
    base = Path(shared).expanduser() if shared else REPOSITORY_ROOT.parent / "shared"
    return base / "openapi"


@overload
def spec_dir(explicit: str | os.PathLike[str] | None = ..., *,
             checkout: Literal[True]) -> Path: ...
@overload
def spec_dir(explicit: str | os.PathLike[str] | None = ..., *,
             checkout: bool = ...) -> Path | None: ...
def spec_dir(explicit: str | os.PathLike[str] | None = None, *,
             checkout: bool = False) -> Path | None:
    """The spec folder to read, or ``None`` when none is configured.

    ``checkout=True`` (the compiler, the tests) falls back to :func:`shared_spec_dir`,
    so the answer is never ``None`` then.
    """
    if explicit:
        return Path(explicit).expanduser()
    from sasekit.settings import configured_spec_dir  # lazily: settings is not needed for a path

    configured = configured_spec_dir()
    if configured:
        return Path(configured).expanduser()
    return shared_spec_dir() if checkout else None
