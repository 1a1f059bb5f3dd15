"""OAuth2 client credentials: one shared token, fetched once, refreshed early.

The identity provider tolerates only about ten concurrent token requests per tenant,
so N threads or N asyncio tasks that start together must cause exactly one request:
the first caller fetches under a lock and the others wait for it and reuse the
result. The token is refreshed ``token_refresh_margin`` seconds before it expires
(5 minutes by default, at most half its lifetime).

An optional cache file (``token_cache_file``) lets parallel processes share one token
too: ten CLI processes started together make one token request. What it holds is
access tokens and their expiry times, nothing else, mode 0600. Each entry is keyed by
a one-way hash of everything that decides which token a request would get — token
URL, client id, TSG, scope and the client secret — so another account, tenant,
identity provider or a wrong or rotated secret never picks up a token that is not its
own, and the file names no account. The fetch runs under ``flock`` on a sibling
``.lock`` file (the others wait, then read the cache) and the file is replaced
atomically, so concurrent writers never leave it half-written. A cache that cannot be
read or parsed is ignored (debug log) and rewritten; a path that cannot work at all
(no such folder, not writable, a folder, readable by others and not ours to fix) is a
``ConfigError`` before any request, naming the setting, the path and the fix.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import functools
import hashlib
import json
import logging
import os
import stat
import threading
import time
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

from .errors import ConfigError, TokenFetchError, TokenUnavailableError
from .files import PRIVATE_MODE, write_private
from .settings import Settings

__all__ = ["TokenManager", "cache_key", "check_token_cache"]

log = logging.getLogger(__name__)

#: PBKDF2 rounds of the cache key: enough that the file is no cheap oracle for guessing a
#: weak client secret, few enough (about 5 ms, once per process) not to slow the CLI.
_KEY_ROUNDS = 10_000
_CACHE_OFF_HINT = "or switch the token cache off (SASEKIT_TOKEN_CACHE=off, sasekit --no-token-cache)"


class TokenManager:
    """Holds the bearer token of one service account on one TSG."""

    def __init__(self, settings: Settings, clock: Any = time.time) -> None:
        self.settings = settings
        self._clock = clock
        self._token: str | None = None
        self._expires_at = 0.0
        self._refresh_at = 0.0
        self._thread_lock = threading.Lock()
        self._async_locks: weakref.WeakKeyDictionary[Any, asyncio.Lock] = weakref.WeakKeyDictionary()
        self._cache_checked = False
        self.requests = 0  # token requests sent: one per real fetch, for diagnostics and tests

    def __repr__(self) -> str:
        state = "valid" if self._usable(None) else "none"
        return f"<TokenManager client_id={self.settings.client_id!r} tsg={self.settings.tsg_id!r} token={state}>"

    @property
    def secrets(self) -> tuple[str, ...]:
        """Strings that must never be logged: the client secret and the current token."""
        return tuple(s for s in (self.settings.client_secret.reveal(), self._token) if s)

    def _usable(self, stale: str | None) -> str | None:
        if self._token and self._token != stale and self._clock() < self._refresh_at:
            return self._token
        return None

    # ------------------------------------------------------------------ request / answer

    def _request(self, http: httpx.Client | httpx.AsyncClient) -> httpx.Request:
        s = self.settings
        # HTTP Basic with the raw id and secret, as curl -u and the identity provider expect.
        pair = f"{s.client_id}:{s.client_secret.reveal()}".encode()
        return http.build_request(
            "POST", s.token_url,
            headers={"Authorization": "Basic " + base64.b64encode(pair).decode(),
                     "Accept": "application/json"},
            data={"grant_type": "client_credentials", "scope": s.scope},
        )

    def _accept(self, response: httpx.Response) -> str:
        if response.status_code != 200:
            log.warning("token request to %s failed: status=%s", self.settings.token_url, response.status_code)
            raise TokenFetchError(response.status_code, response.content)
        try:
            data = response.json()
            token = str(data["access_token"])
            lifetime = float(data.get("expires_in", 900))
        except (ValueError, KeyError, TypeError) as exc:
            raise TokenUnavailableError(f"unexpected answer from the token endpoint ({exc})") from None
        self._set(token, self._clock() + lifetime)
        self._save_cache()
        log.debug("token obtained for %s on tsg %s, valid %.0f s", self.settings.client_id,
                  self.settings.tsg_id, lifetime)
        return token

    def _set(self, token: str, expires_at: float) -> None:
        lifetime = max(0.0, expires_at - self._clock())
        margin = min(self.settings.token_refresh_margin, lifetime / 2)
        self._token, self._expires_at, self._refresh_at = token, expires_at, expires_at - margin

    # ------------------------------------------------------------------ sync

    def get_sync(self, http: httpx.Client, stale: str | None = None) -> str:
        token = self._usable(stale)
        if token:
            return token
        with self._thread_lock, self._file_lock():
            token = self._usable(stale) or self._load_cache(stale)
            if token:
                return token
            self.requests += 1
            try:
                response = http.send(self._request(http))
            except (httpx.TransportError, OSError) as exc:
                raise TokenUnavailableError(exc) from None
            return self._accept(response)

    # ------------------------------------------------------------------ async

    def _async_lock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        lock = self._async_locks.get(loop)
        if lock is None:
            lock = self._async_locks[loop] = asyncio.Lock()
        return lock

    async def get_async(self, http: httpx.AsyncClient, stale: str | None = None) -> str:
        token = self._usable(stale)
        if token:
            return token
        async with self._async_lock():
            token = self._usable(stale)
            if token:
                return token
            with self._file_lock():
                token = self._load_cache(stale)
                if token:
                    return token
                self.requests += 1
                try:
                    response = await http.send(self._request(http))
                except (httpx.TransportError, OSError) as exc:
                    raise TokenUnavailableError(exc) from None
                return self._accept(response)

    # ------------------------------------------------------------------ cache file

    @functools.cached_property
    def _cache_key(self) -> str:
        return cache_key(self.settings)

    @property
    def _cache_where(self) -> str:
        origin = self.settings.source.get("token_cache_file")
        return f"token_cache_file from {origin}" if origin and origin != "default" else "token_cache_file"

    @contextlib.contextmanager
    def _file_lock(self) -> Iterator[None]:
        """Cross-process lock around a fetch, so parallel processes make one request."""
        path = self.settings.token_cache_file
        if not path:
            yield
            return
        if not self._cache_checked:
            check_token_cache(path, self._cache_where)
            self._cache_checked = True
        try:
            import fcntl
        except ImportError:  # no flock (Windows): the cache still works, without the lock
            yield
            return
        lock = path + ".lock"
        try:
            fd = os.open(lock, os.O_RDWR | os.O_CREAT, PRIVATE_MODE)
        except OSError as exc:
            raise ConfigError(f"{self._cache_where}: cannot open the lock file {lock} "
                              f"({exc.strerror or type(exc).__name__}); fix its folder's permissions, "
                              f"give another path, {_CACHE_OFF_HINT}") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)

    def _read_cache(self, path: str) -> dict[str, Any]:
        """The cache's entries; {} when there is none or it cannot be used (never an error:
        the cache only saves a request, and the next save rewrites it whole)."""
        try:
            with open(path, encoding="utf-8") as fh:
                data = json.load(fh)
        except FileNotFoundError:
            return {}
        except OSError as exc:
            log.debug("token cache %s ignored: cannot read it (%s)", path, exc.strerror or type(exc).__name__)
            return {}
        except ValueError as exc:  # invalid JSON or UTF-8; the message quotes no content
            log.debug("token cache %s ignored: not valid JSON (%s)", path, type(exc).__name__)
            return {}
        if not isinstance(data, dict):
            log.debug("token cache %s ignored: not a JSON object", path)
            return {}
        return data

    def _load_cache(self, stale: str | None) -> str | None:
        path = self.settings.token_cache_file
        if not path:
            return None
        entry = self._read_cache(path).get(self._cache_key)
        if entry is None:
            return None
        try:
            token, expires_at = str(entry["access_token"]), float(entry["expires_at"])
        except (TypeError, KeyError, ValueError):
            log.debug("token cache %s: entry ignored (not an access token and expiry)", path)
            return None
        if token == stale:
            return None
        self._set(token, expires_at)
        return self._usable(stale)

    def _save_cache(self) -> None:
        path = self.settings.token_cache_file
        if not path or not self._token:
            return
        now = self._clock()
        # expired entries (other accounts', rotated secrets', older layouts') go, so the file stays small
        kept = {key: entry for key, entry in self._read_cache(path).items() if _expires_at(entry) > now}
        kept[self._cache_key] = {"access_token": self._token, "expires_at": self._expires_at}
        try:
            write_private(path, json.dumps(kept))
        except OSError as exc:  # the token was obtained: this process goes on, unshared
            log.warning("token cache %s not written (%s): the token is not shared with other processes",
                        path, exc.strerror or type(exc).__name__)


def _expires_at(entry: Any) -> float:
    try:
        return float(entry["expires_at"])
    except (TypeError, KeyError, ValueError):
        return 0.0


def cache_key(settings: Settings) -> str:
    """The cache entry's name for these settings: a salted one-way hash of the secret with
    token URL, client id, TSG and scope as the salt. Any of them differing gives another
    key; the key tells nothing about the account, and reveals the secret to no one."""
    identity = "\n".join((settings.token_url, settings.client_id, settings.tsg_id, settings.scope))
    digest = hashlib.pbkdf2_hmac("sha256", settings.client_secret.reveal().encode(), identity.encode(),
                                 _KEY_ROUNDS)
    return digest.hex()


def check_token_cache(path: str | os.PathLike[str], where: str = "token_cache_file", *,
                      create_folder: bool = False) -> None:
    """Raise ``ConfigError`` if a token cache at ``path`` cannot work, with the fix.

    Called before the first token request, so a mistyped path is reported rather than
    found out as a crash (or a cache silently never written). The folder must exist
    unless ``create_folder`` (the CLI's own default folder): a user-given path whose
    folder is missing is more likely a typo than a wish. A cache file readable by others
    is made 0600 if it is ours; if not, that is an error too (someone else's file, or
    one we cannot fix, must not be trusted with our tokens). ``where`` names the
    setting and its source in the message.
    """
    target = Path(path)
    folder = target.parent
    if create_folder:
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise ConfigError(f"{where}: cannot create the folder {folder} for {target} "
                              f"({exc.strerror or type(exc).__name__}); give another path, "
                              f"{_CACHE_OFF_HINT}") from None
    if not folder.is_dir():
        what = "is not a folder" if folder.exists() else "does not exist"
        fix = f"create it (mkdir -p -m 700 {folder})" if not folder.exists() else "give another path"
        raise ConfigError(f"{where}: {folder} {what}, so {target} cannot be written; {fix}, {_CACHE_OFF_HINT}")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ConfigError(f"{where}: the folder {folder} is not writable, so {target} cannot be written; "
                          f"give a path in a folder of yours, {_CACHE_OFF_HINT}")
    for candidate, role in ((target, "the token cache"), (Path(f"{target}.lock"), "its lock file")):
        try:
            info = candidate.stat()
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise ConfigError(f"{where}: cannot use {candidate} ({exc.strerror or type(exc).__name__}); "
                              f"give another path, {_CACHE_OFF_HINT}") from None
        if stat.S_ISDIR(info.st_mode):
            fix = f"give a file path, such as {target / 'tokens.json'}" if candidate == target else \
                "remove it or give another path"
            raise ConfigError(f"{where}: {candidate} ({role}) is a folder; {fix}, {_CACHE_OFF_HINT}")
        if not stat.S_ISREG(info.st_mode):
            raise ConfigError(f"{where}: {candidate} ({role}) is not a regular file; give another path, "
                              f"{_CACHE_OFF_HINT}")
        mode = stat.S_IMODE(info.st_mode)
        if os.name == "posix" and mode & 0o077:
            try:
                os.chmod(candidate, PRIVATE_MODE)
            except OSError:
                raise ConfigError(f"{where}: {candidate} ({role}) is open to others (mode {mode:04o}) and "
                                  f"cannot be made private; run chmod 600 {candidate} as its owner, or "
                                  f"remove it, {_CACHE_OFF_HINT}") from None
            log.debug("token cache: %s was mode %04o, now 0600", candidate, mode)
