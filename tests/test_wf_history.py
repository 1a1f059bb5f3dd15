"""Run history: what is stored of secrets, and the mode of what is written."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from sasekit.workflows.history import REDACTED, History, redact_secret_fields

KNOWN = "psk-Known-0123"


def test_redact_secret_fields_masks_secret_keys_and_known_secrets_only() -> None:
    value = {
        "name": f"tunnel with {KNOWN} inside",
        "client_secret": "anything",
        "auth": {"Password": "x", "token": "", "api_key": None},
        "urls": ["https://phish.example/?access_token=abc", "Bearer keep-me"],
        "count": 3,
    }
    assert redact_secret_fields(value, (KNOWN,)) == {
        "name": f"tunnel with {REDACTED} inside",
        "client_secret": REDACTED,
        "auth": {"Password": REDACTED, "token": "", "api_key": None},  # nothing to hide
        # data that only looks like a credential stays: resume replays it as it was seen
        "urls": ["https://phish.example/?access_token=abc", "Bearer keep-me"],
        "count": 3,
    }


def test_history_stores_no_known_secret(tmp_path: Path) -> None:
    history = History(tmp_path / "runs.db")
    history.secrets = (KNOWN,)
    run_id = history.start("wf", None, "d", "emulator", {"psk": KNOWN, "folder": "Shared"}, {"psk"})
    history.step_done(run_id, "s1", {"out": f"x{KNOWN}x", "client_secret": "c"}, started=1.0)
    history.step_failed(run_id, "s2", f"failed: Bearer eyJhbGciOiJI.eyJzdWIiOiIx.sig {KNOWN}", started=1.0)
    history.finish(run_id, "failed", f"boom {KNOWN}")
    record, steps = history.run(run_id), history.steps(run_id)
    history.close()
    assert record is not None and record["inputs"] == {"psk": REDACTED, "folder": "Shared"}
    assert json.loads(steps[0]["output"]) == {"out": f"x{REDACTED}x", "client_secret": REDACTED}
    assert steps[1]["error"] == f"failed: Bearer {REDACTED} {REDACTED}"  # free text: errors.redact
    assert record["error"] == f"boom {REDACTED}"
    for path in tmp_path.iterdir():
        assert KNOWN.encode() not in path.read_bytes(), path


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_history_database_is_private(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        history = History(tmp_path / "state" / "runs.db")
        history.start("wf", None, "d", "tenant", {}, set())
    finally:
        os.umask(old)
    for path in (tmp_path / "state").iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    history.close()
