"""OAuth2 client credentials: one shared token, fetched once, refreshed early.

The identity provider tolerates only about ten concurrent token requests per tenant,
so N threads or N asyncio tasks that start together must cause exactly one request:
the first caller fetches under a lock and the others wait for it and reuse the
result. The token is refreshed ``token_refresh_margin`` seconds before it expires
(5 minutes by default, at most half its lifetime). An optional cache file (mode
0600, keyed by client id and TSG, guarded by a file lock) lets parallel processes
share one token too.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import logging
import os
import threading
import time
import weakref
from collections.abc import Iterator
from typing import Any

import httpx

from .errors import TokenFetchError, TokenUnavailableError
from .files import PRIVATE_MODE, write_private
from .settings import Settings

log = logging.getLogger(__name__)


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

    @property
    def _cache_key(self) -> str:
        return f"{self.settings.client_id}@{self.settings.tsg_id}"

    @contextlib.contextmanager
    def _file_lock(self) -> Iterator[None]:
        """Cross-process lock around a fetch, so parallel processes make one request."""
        path = self.settings.token_cache_file
        if not path:
            yield
            return
        import fcntl

        fd = os.open(path + ".lock", os.O_RDWR | os.O_CREAT, PRIVATE_MODE)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)

    def _load_cache(self, stale: str | None) -> str | None:
        path = self.settings.token_cache_file
        if not path or not os.path.exists(path):
            return None
        try:
            with open(path, encoding="utf-8") as fh:
                entry = json.load(fh).get(self._cache_key)
            token, expires_at = str(entry["access_token"]), float(entry["expires_at"])
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return None
        if token == stale:
            return None
        self._set(token, expires_at)
        return self._usable(stale)

    def _save_cache(self) -> None:
        path = self.settings.token_cache_file
        if not path or not self._token:
            return
        data: dict[str, Any] = {}
        with contextlib.suppress(OSError, ValueError), open(path, encoding="utf-8") as fh:
            loaded = json.load(fh)
            data = loaded if isinstance(loaded, dict) else {}
        data[self._cache_key] = {"access_token": self._token, "expires_at": self._expires_at}
        write_private(path, json.dumps(data))
