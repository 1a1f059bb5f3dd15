"""Third-party tools in virtual environments of their own, made once and reused.

A tool under test (pan-scm-cli, scm-config-clone) has pins of its own that are not
sasekit's, so it lives in ``.cache/venv-<name>/`` holding exactly the pinned packages.
The environment is made on first use under a lock (two test runs in one checkout do not
build it at once) and reused while its marker file lists the same pins. When it cannot be
made (PyPI out of reach, most often) :func:`venv_or_skip` skips the test, saying why and
which command makes it by hand.

Modelled on ``_build_venv``/``sdk_python`` in tests/test_pan_scm_sdk.py.

Run ``.venv/bin/python tests/third_party_venv.py [NAME ...]`` to make the environments
(all of :data:`TOOLS` when no name is given) ahead of a test run.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / ".cache"
VENV_TIMEOUT_S = 120
INSTALL_TIMEOUT_S = 600

#: The tools whose environments the tests use: name -> exact pins (the tool and the SDK it
#: resolved to when the tests were written; a newer SDK inside the tool's range may behave
#: differently, so it is pinned too).
TOOLS: dict[str, tuple[str, ...]] = {
    "pan-scm-sdk": ("pan-scm-sdk==0.15.1",),
    "pan-scm-cli": ("pan-scm-cli==2.0.0", "pan-scm-sdk==0.15.1"),
    "scm-config-clone": ("scm-config-clone==0.3.2", "pan-scm-sdk==0.3.44"),
}


@dataclass(frozen=True)
class Venv:
    name: str
    packages: tuple[str, ...]

    @property
    def path(self) -> Path:
        return CACHE / f"venv-{self.name}"

    @property
    def marker(self) -> Path:
        return self.path / ".sasekit-installed"  # the pins, once the install is complete

    @property
    def python(self) -> Path:
        return self.bin("python")

    def bin(self, script: str) -> Path:
        """A console script (or the python) of this environment."""
        if os.name == "nt":
            return self.path / "Scripts" / (script + ".exe")
        return self.path / "bin" / script

    @property
    def fix_command(self) -> str:
        return f".venv/bin/python tests/third_party_venv.py {self.name}   (needs PyPI)"

    def ready(self) -> bool:
        return (self.marker.is_file() and self.python.exists()
                and self.marker.read_text().split() == list(self.packages))


def _run(cmd: list[str], timeout: float) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout,
                          stdin=subprocess.DEVNULL)


def _tail(text: str, lines: int = 3) -> str:
    """The last lines of pip's output, its ERROR lines when it has some."""
    all_lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    errors = [line for line in all_lines if line.startswith("ERROR")]
    return " | ".join((errors or all_lines)[-lines:])


def _build(venv: Venv) -> str | None:
    """Make the environment; return why it could not be made, or None."""
    shutil.rmtree(venv.path, ignore_errors=True)
    try:
        made = _run([sys.executable, "-m", "venv", str(venv.path)], VENV_TIMEOUT_S)
        if made.returncode != 0:
            return f"python -m venv failed: {_tail(made.stderr or made.stdout)}"
        pip = [str(venv.python), "-m", "pip", "install", "--disable-pip-version-check",
               "--no-input", "--timeout", "20", "--retries", "2", *venv.packages]
        installed = _run(pip, INSTALL_TIMEOUT_S)
        if installed.returncode != 0:
            return (f"pip install {' '.join(venv.packages)} failed (is PyPI reachable?): "
                    f"{_tail(installed.stderr or installed.stdout)}")
    except subprocess.TimeoutExpired as exc:
        return f"{' '.join(map(str, exc.cmd[1:4]))} timed out after {exc.timeout:.0f} s (is PyPI reachable?)"
    except OSError as exc:
        return f"could not make {venv.path}: {exc}"
    venv.marker.write_text("\n".join(venv.packages) + "\n")
    return None


def ensure(name: str) -> tuple[Venv, str | None]:
    """The environment of tool ``name``, made when missing or stale; and why it could
    not be made (None when it is ready)."""
    venv = Venv(name, TOOLS[name])
    CACHE.mkdir(parents=True, exist_ok=True)
    with open(CACHE / f"venv-{name}.lock", "w") as lock:
        with contextlib.suppress(ImportError):  # POSIX only; elsewhere, no lock
            import fcntl

            fcntl.flock(lock, fcntl.LOCK_EX)
        if venv.ready():
            return venv, None
        problem = _build(venv)
        if problem is not None:
            shutil.rmtree(venv.path, ignore_errors=True)
        return venv, problem


def venv_or_skip(name: str) -> Venv:
    """For a test: the ready environment of tool ``name``, or skip the test saying why."""
    import pytest

    venv, problem = ensure(name)
    if problem is not None:
        pytest.skip(f"{name}: {problem}; to make it: {venv.fix_command}")
    return venv


def load_scenario(name: str) -> ModuleType:
    """A scenario module of tests/data (``pan_scm_cli_scenario``...), importable from the
    tests and from bench/ alike (tests/data is put on ``sys.path``: they import each other)."""
    data = str(Path(__file__).resolve().parent / "data")
    if data not in sys.path:
        sys.path.insert(0, data)
    return importlib.import_module(name)


def clean_env(**extra: str) -> dict[str, str]:
    """The environment for a tool's process: ours without anything that would point it
    elsewhere (python paths, SCM_/OAUTHLIB_ settings, proxies), plus ``extra``."""
    dropped = ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE",
               "SSL_CERT_FILE", "SSL_CERT_DIR")
    env = {k: v for k, v in os.environ.items()
           if k not in dropped and not k.upper().startswith(("SCM_", "OAUTHLIB_", "SASEKIT_"))
           and not k.lower().endswith("_proxy")}
    env.update(extra)
    return env


if __name__ == "__main__":
    names = sys.argv[1:] or list(TOOLS)
    unknown = [n for n in names if n not in TOOLS]
    if unknown:
        raise SystemExit(f"unknown tool(s) {unknown}; known: {', '.join(TOOLS)}")
    failed = False
    for tool in names:
        env, why = ensure(tool)
        print(f"{tool}: {'ready in ' + str(env.path.relative_to(ROOT)) if why is None else why}")
        failed = failed or why is not None
    raise SystemExit(1 if failed else 0)
