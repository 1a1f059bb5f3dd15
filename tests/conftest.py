"""Shared fixtures. Tests that read Palo Alto's specs skip, with a reason, when
``../shared`` is not beside the checkout (as in a bare clone)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SASEKIT_SHARED_DIR", ROOT.parent / "shared"))
SPEC_DIR = SHARED / "openapi"


@pytest.fixture
def spec_dir() -> Path:
    if not (SPEC_DIR / "prisma-access-config").is_dir():
        pytest.skip(f"Palo Alto OpenAPI specs not found at {SPEC_DIR} (../shared is absent)")
    return SPEC_DIR


@pytest.fixture
def run_sasekit():
    """Run the real ``sasekit`` entry point in a subprocess."""
    import subprocess

    def run(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None):
        full_env = {**os.environ, **(env or {})}
        return subprocess.run([sys.executable, "-m", "sasekit", *args], capture_output=True,
                              text=True, env=full_env, cwd=cwd or ROOT, timeout=120)

    return run


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
