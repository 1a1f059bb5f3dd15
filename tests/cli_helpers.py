"""The in-process ``sasekit`` command against a served emulator, for the CLI test files:
the demo account in the environment, and a runner that returns (code, stdout, stderr)."""

from __future__ import annotations

import io
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sasekit.cli import main
from sasekit.emulator import DEMO_ACCOUNT

#: Variables of the user's own setup that would change what a test sees.
USER_VARS = ("SASEKIT_PROFILE", "SASEKIT_SPEC_DIR", "SASEKIT_CONFIG_JSON", "SASEKIT_TOKEN_CACHE",
             "_SASEKIT_COMPLETE", "SSL_CERT_FILE", "SSL_CERT_DIR", "COLUMNS")


@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def lines(self) -> list[str]:
        return self.err.strip().splitlines()

    @property
    def fix(self) -> str:
        """The one ``  fix: ...`` line under the error."""
        fixes = [line for line in self.lines if line.startswith("  fix: ")]
        assert len(fixes) == 1, self.err
        return fixes[0].removeprefix("  fix: ")

    def json(self) -> Any:
        return json.loads(self.out)


def demo_env(srv: Any, monkeypatch: Any, tmp_path: Path) -> dict[str, str]:
    """An empty tenant, and the environment of a user of the demo account on it."""
    srv.app.store.reset()
    values = {"SCM_CLIENT_ID": DEMO_ACCOUNT["client_id"], "SCM_CLIENT_SECRET": DEMO_ACCOUNT["client_secret"],
              "SCM_TSG_ID": DEMO_ACCOUNT["tsg_id"], "SCM_BASE_URL": srv.url, "SCM_AUTH_URL": srv.url,
              "SCM_SETUP_URL": srv.url, "SASEKIT_CONFIG_DIR": str(tmp_path / "config")}
    for name in USER_VARS:
        monkeypatch.delenv(name, raising=False)
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    return values


def cli_runner(capsys: Any, monkeypatch: Any) -> Any:
    """``invoke(*args, stdin=None)``: ``sasekit ARGS`` in this process, as a :class:`Result`."""

    def invoke(*args: str, stdin: str | None = None) -> Result:
        capsys.readouterr()
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin or ""))
        try:
            main(list(args))
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        out, err = capsys.readouterr()
        return Result(code, out, err)

    return invoke
