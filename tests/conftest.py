"""Shared fixtures. Tests that read Palo Alto's specs skip, with a reason, when
``../shared`` is not beside the checkout (as in a bare clone)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from sasekit.catalog.specs import shared_spec_dir

ROOT = Path(__file__).resolve().parents[1]
# The checkout's specs only (SASEKIT_SHARED_DIR), never a user's SASEKIT_SPEC_DIR or
# config.toml: the golden tests compare against the catalog built from these.
SPEC_DIR = shared_spec_dir()
SHARED = SPEC_DIR.parent  # also holds the product docs the CLI tests read


@pytest.fixture(autouse=True)
def private_state(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test's own state folder (run history, the CLI's token cache, the shared
    rate-limit bucket), inherited by the CLI subprocesses it starts: no test writes to
    the home folder or sees another test's tokens."""
    state = tmp_path_factory.mktemp("state")
    monkeypatch.setenv("SASEKIT_STATE_DIR", str(state))
    return state


@pytest.fixture
def spec_dir() -> Path:
    if not (SPEC_DIR / "prisma-access-config").is_dir():
        pytest.skip(f"Palo Alto OpenAPI specs not found at {SPEC_DIR} (../shared is absent; fix: put the shared "
                    f"folder beside the repository, or export SASEKIT_SHARED_DIR=/path/to/shared)")
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


#: Test modules -> the third-party tool environments they use (tests/third_party_venv.py).
TOOL_MODULES = {"test_pan_scm_sdk": "pan-scm-sdk", "test_pan_scm_cli": "pan-scm-cli",
                "test_scm_config_clone": "scm-config-clone"}


def pytest_collection_finish(session: pytest.Session) -> None:
    """Start making the tool environments the collected tests will use, all at once and
    in the background: pip spends most of its minutes waiting on the index and on
    unpacking, which overlaps with the rest of the suite instead of running before each
    of those modules in turn. A test that gets there first waits on the environment's
    lock (:func:`third_party_venv.ensure`), then finds it ready."""
    import threading

    import third_party_venv

    needed = sorted({TOOL_MODULES[m] for item in session.items
                     if (m := item.module.__name__.rsplit(".", 1)[-1] if item.module else "") in TOOL_MODULES})
    for name in needed:
        if not third_party_venv.Venv(name, third_party_venv.TOOLS[name]).ready():
            threading.Thread(target=third_party_venv.ensure, args=(name,), daemon=True,
                             name=f"venv-{name}").start()
