"""The token cache file: one token request for many processes, never another account's
token, never a crash over a bad cache, a clear error for a path that cannot work.

The token manager is driven directly through an httpx mock transport (each test sees
every token request it causes); the many-processes test runs real ``sasekit``
processes against an emulator on a real socket and counts the tokens it issued.
"""

from __future__ import annotations

import json
import logging
import os
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from client_fixtures import fresh_tokens, served
from conftest import ROOT
from sasekit.auth import TokenManager, cache_key, check_token_cache
from sasekit.emulator import DEMO_ACCOUNT
from sasekit.errors import ConfigError
from sasekit.settings import Settings

fcntl = pytest.importorskip("fcntl", reason="flock and file modes are POSIX")

BASE = {"client_id": "cid@1.iam.panserviceaccount.com", "client_secret": "s3cret-0123", "tsg_id": "1001",
        "auth_url": "https://auth.example"}


def settings(cache: Path | None, **changes: Any) -> Settings:
    values = {**BASE, **changes}
    return Settings(**values, token_cache_file=str(cache) if cache else None,
                    source={"token_cache_file": "env SASEKIT_TOKEN_CACHE"} if cache else {})


class IdP:
    """A token endpoint that issues numbered tokens and can run a check inside a request."""

    def __init__(self, during: Callable[[], None] | None = None) -> None:
        self.issued: list[str] = []
        self.during = during

    def handler(self, request: httpx.Request) -> httpx.Response:
        if self.during is not None:
            self.during()
        token = f"token-{len(self.issued) + 1}"
        self.issued.append(token)
        return httpx.Response(200, json={"access_token": token, "expires_in": 900})

    def http(self) -> httpx.Client:
        return httpx.Client(transport=httpx.MockTransport(self.handler))


def fetch(s: Settings, idp: IdP) -> tuple[str, TokenManager]:
    """A token as a new process would get it: a manager with nothing in memory."""
    manager = TokenManager(s)
    with idp.http() as http:
        return manager.get_sync(http), manager


# --------------------------------------------------------------------------- sharing


def test_the_fetch_holds_the_lock_and_the_next_process_reads_the_cache(tmp_path: Path) -> None:
    cache = tmp_path / "tokens.json"
    seen: list[str] = []

    def another_process_tries_the_lock() -> None:
        fd = os.open(f"{cache}.lock", os.O_RDWR)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            seen.append("lock was free")
        except BlockingIOError:
            seen.append("lock held")
        finally:
            os.close(fd)

    first, _ = fetch(settings(cache), IdP(another_process_tries_the_lock))
    assert seen == ["lock held"]  # while the one request is on the wire, others wait
    idp = IdP()
    second, manager = fetch(settings(cache), idp)
    assert (first, second) == ("token-1", "token-1")
    assert idp.issued == [] and manager.requests == 0


def test_what_the_file_holds_tokens_and_expiry_only_under_an_opaque_key(tmp_path: Path) -> None:
    cache = tmp_path / "tokens.json"
    fetch(settings(cache), IdP())
    assert stat.S_IMODE(cache.stat().st_mode) == 0o600
    text = cache.read_text()
    data = json.loads(text)
    assert list(data) == [cache_key(settings(cache))]
    assert set(data[cache_key(settings(cache))]) == {"access_token", "expires_at"}
    for clear in (BASE["client_secret"], BASE["client_id"], BASE["tsg_id"], "auth.example"):
        assert clear not in text


@pytest.mark.parametrize("change", [
    {"client_id": "other@1.iam.panserviceaccount.com"},
    {"tsg_id": "1002"},
    {"auth_url": "https://auth.other.example"},
    {"auth_url": "https://auth.example/am/oauth2/access_token"},
    {"client_secret": "a-wrong-or-rotated-secret"},
])
def test_another_account_tenant_idp_or_secret_never_gets_a_cached_token(tmp_path: Path,
                                                                         change: dict[str, str]) -> None:
    cache = tmp_path / "tokens.json"
    mine, _ = fetch(settings(cache), IdP())
    idp = IdP()
    theirs, manager = fetch(settings(cache, **change), idp)
    assert idp.issued == [theirs] and theirs == "token-1" and manager.requests == 1  # a request of its own
    assert len(json.loads(cache.read_text())) == 2  # and the first entry is kept
    again, _ = fetch(settings(cache), IdP(lambda: pytest.fail("the first account's token was lost")))
    assert again == mine


def test_a_token_the_api_refused_is_not_taken_from_the_cache_again(tmp_path: Path) -> None:
    cache = tmp_path / "tokens.json"
    refused, _ = fetch(settings(cache), IdP())
    idp = IdP()
    manager = TokenManager(settings(cache))
    with idp.http() as http:
        fresh = manager.get_sync(http, stale=refused)
    assert idp.issued == [fresh]
    assert json.loads(cache.read_text())[cache_key(settings(cache))]["access_token"] == fresh


def test_expired_entries_are_dropped_when_the_file_is_rewritten(tmp_path: Path) -> None:
    cache = tmp_path / "tokens.json"
    cache.write_text(json.dumps({"old@1": {"access_token": "x", "expires_at": 1.0},  # an older layout, expired
                                 "gone": {"access_token": "y", "expires_at": 2.0}, "junk": 5}))
    cache.chmod(0o600)
    fetch(settings(cache), IdP())
    assert list(json.loads(cache.read_text())) == [cache_key(settings(cache))]


@pytest.mark.parametrize("content", [b"{not json", b"[1, 2]", b"\xff\xfe\x00", b'{"%s": 7}', b""])
def test_a_corrupt_cache_is_ignored_with_a_debug_line_and_rewritten(tmp_path: Path, content: bytes,
                                                                     caplog: pytest.LogCaptureFixture) -> None:
    cache = tmp_path / "tokens.json"
    key = cache_key(settings(cache))
    cache.write_bytes(content.replace(b"%s", key.encode()))
    cache.chmod(0o600)
    idp = IdP()
    with caplog.at_level(logging.DEBUG, logger="sasekit.auth"):
        token, _ = fetch(settings(cache), idp)
    assert idp.issued == [token]
    assert any("token cache" in r.getMessage() and "ignored" in r.getMessage() and r.levelno == logging.DEBUG
               for r in caplog.records), [r.getMessage() for r in caplog.records]
    assert json.loads(cache.read_text())[key]["access_token"] == token


def test_a_cache_that_cannot_be_written_costs_the_sharing_not_the_call(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch,
                                                                        caplog: pytest.LogCaptureFixture) -> None:
    from sasekit import auth

    def disk_full(path: Any, data: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(auth, "write_private", disk_full)
    with caplog.at_level(logging.WARNING, logger="sasekit.auth"):
        token, _ = fetch(settings(tmp_path / "tokens.json"), IdP())
    assert token == "token-1"
    assert [r.getMessage() for r in caplog.records] == [
        f"token cache {tmp_path / 'tokens.json'} not written (No space left on device): the token is not "
        "shared with other processes"]


# --------------------------------------------------------------------------- paths that cannot work


def refused(s: Settings) -> str:
    """The error for ``s``'s cache path, checked to come before any token request."""
    idp = IdP()
    with pytest.raises(ConfigError) as info:
        fetch(s, idp)
    assert idp.issued == []
    return str(info.value)


def test_a_missing_folder_is_a_config_error_naming_the_setting_the_path_and_the_fix(tmp_path: Path) -> None:
    cache = tmp_path / "no-such-dir" / "tokens.json"
    assert refused(settings(cache)) == (
        f"token_cache_file from env SASEKIT_TOKEN_CACHE: {cache.parent} does not exist, so {cache} cannot be "
        f"written; create it (mkdir -p -m 700 {cache.parent}), or switch the token cache off "
        "(SASEKIT_TOKEN_CACHE=off, sasekit --no-token-cache)")
    assert not cache.parent.exists()  # a user-given path: a typo is reported, not created


def test_a_folder_given_as_the_cache_file_is_a_config_error(tmp_path: Path) -> None:
    message = refused(settings(tmp_path))
    assert f"{tmp_path} (the token cache) is a folder; give a file path, such as {tmp_path / 'tokens.json'}" \
        in message
    (tmp_path / "c.json.lock").mkdir()
    assert "c.json.lock (its lock file) is a folder" in refused(settings(tmp_path / "c.json"))
    (tmp_path / "file").write_text("")
    assert f"{tmp_path / 'file'} is not a folder" in refused(settings(tmp_path / "file" / "tokens.json"))


def test_a_folder_that_is_not_writable_is_a_config_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "ro"
    folder.mkdir(mode=0o500)
    if os.access(folder, os.W_OK):  # root ignores modes: make the refusal the system's answer
        real = os.access
        monkeypatch.setattr(os, "access", lambda p, m, **kw: False if Path(p) == folder else real(p, m, **kw))
    assert f"the folder {folder} is not writable" in refused(settings(folder / "tokens.json"))


def test_a_cache_open_to_others_is_made_private_or_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "tokens.json"
    cache.write_text("{}")
    cache.chmod(0o644)
    fetch(settings(cache), IdP())
    assert stat.S_IMODE(cache.stat().st_mode) == 0o600  # ours: fixed

    cache.chmod(0o640)

    def not_the_owner(path: Any, mode: int, **kw: Any) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "chmod", not_the_owner)
    message = refused(settings(cache))
    assert f"{cache} (the token cache) is open to others (mode 0640) and cannot be made private; run chmod 600 " \
           f"{cache} as its owner, or remove it" in message


def test_the_cli_default_folder_is_created_private(tmp_path: Path) -> None:
    cache = tmp_path / "state" / "sasekit" / "tokens.json"
    check_token_cache(cache, create_folder=True)
    assert stat.S_IMODE(cache.parent.stat().st_mode) == 0o700 and not cache.exists()


# --------------------------------------------------------------------------- real processes


def cli_env(srv: Any, tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SCM_", "SASEKIT_", "XDG_"))}
    env.update({"SCM_CLIENT_ID": DEMO_ACCOUNT["client_id"], "SCM_CLIENT_SECRET": DEMO_ACCOUNT["client_secret"],
                "SCM_TSG_ID": DEMO_ACCOUNT["tsg_id"], "SCM_BASE_URL": srv.url, "SCM_AUTH_URL": srv.url,
                "SCM_SETUP_URL": srv.url, "SASEKIT_CONFIG_DIR": str(tmp_path / "config"),
                "HOME": str(tmp_path / "home"), "NO_PROXY": "127.0.0.1,localhost", **extra})
    return env


def run_together(n: int, env: dict[str, str], *flags: str) -> None:
    """``n`` sasekit processes started at once; each must succeed."""
    procs = [subprocess.Popen([sys.executable, "-m", "sasekit", *flags, "address", "list", "--folder", "Shared"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
             for _ in range(n)]
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        assert json.loads(out)["total"] == 0


def test_ten_cli_processes_make_one_token_request(tmp_path: Path) -> None:
    fresh_tokens()
    with served(rate_limit={"enabled": False}) as srv:
        before = srv.app.auth.issued
        run_together(10, cli_env(srv, tmp_path, XDG_STATE_HOME=str(tmp_path / "xdg-state")))
        assert srv.app.auth.issued - before == 1
        cache = tmp_path / "xdg-state" / "sasekit" / "tokens.json"  # the default: the state folder
        assert stat.S_IMODE(cache.stat().st_mode) == 0o600
        assert stat.S_IMODE(cache.parent.stat().st_mode) == 0o700
        assert len(json.loads(cache.read_text())) == 1
        assert DEMO_ACCOUNT["client_secret"] not in cache.read_text()

        # the control: switched off, each process fetches its own
        before = srv.app.auth.issued
        off_state = tmp_path / "off-state"
        run_together(2, cli_env(srv, tmp_path, SASEKIT_STATE_DIR=str(off_state)), "--no-token-cache")
        run_together(2, cli_env(srv, tmp_path, SASEKIT_STATE_DIR=str(off_state), SASEKIT_TOKEN_CACHE="off"))
        assert srv.app.auth.issued - before == 4
        assert not (off_state / "tokens.json").exists()


# --------------------------------------------------------------------------- library logging


LIBRARY_SCRIPT = r"""
import logging, sys
import httpx
import sasekit
from sasekit import Client
from sasekit.errors import TokenFetchError

def answer(request):
    return httpx.Response(401, json={"error": "invalid_client", "error_description": "BODY-MARKER-7"})

def handlers():
    return [type(h).__name__ for h in logging.getLogger("sasekit").handlers + logging.getLogger().handlers]

assert handlers() == [], handlers()
client = Client("cid", "secret", "1", auth_url="https://auth.example", base_url="https://api.example",
                rate_limit=0, transport=httpx.MockTransport(answer))
try:
    client.call("address", "list", folder="Shared")
except TokenFetchError:
    pass
else:
    raise SystemExit("no TokenFetchError")
assert handlers() == [], handlers()
print("ok")
"""


def test_the_library_adds_no_handler_and_its_token_warning_carries_no_body(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SCM_", "SASEKIT_"))}
    proc = subprocess.run([sys.executable, "-c", LIBRARY_SCRIPT], capture_output=True, text=True,
                          env={**env, "SASEKIT_STATE_DIR": str(tmp_path)}, cwd=ROOT, timeout=60)
    assert proc.returncode == 0 and proc.stdout == "ok\n", proc.stderr
    # logging left unconfigured: Python's last-resort handler prints the WARNING, so the
    # test would see a body if one were logged
    assert "token request to https://auth.example/oauth2/access_token failed: status=401" in proc.stderr
    assert "BODY-MARKER-7" not in proc.stderr and "invalid_client" not in proc.stderr
