"""Many request flows at once on one thread, over libcurl's multi interface.

Bulk work (10,000 address creates) is bound by the client's CPU, not the network:
httpx spends about 1 ms of Python per request and a thread pool adds GIL hand-offs,
while libcurl does the HTTP in C, so one thread keeps dozens of transfers going for
a fraction of that (``bench/http_cost.py``). The flows are the very ones the other
drivers run (see :mod:`sasekit.engine`): retries, the 401 replay, the rate limiter,
create de-duplication, pagination and job polling behave the same; only the driver
differs, so a loop item that pages or pushes waits here without stalling the others.

libcurl resends a request by itself, on a new connection, when a kept-alive
connection turns out to have been closed before any answer came; the server may have
applied the first copy. Each time a request goes on the wire is counted (libcurl's
pre-request callback): an answer to a resent request is marked ``resent``, so that a
create's 409 is checked like any other ambiguous failure, and a failed transfer that
never reached the wire is reported as never sent.
"""

from __future__ import annotations

import heapq
import itertools
import json
import os
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar, cast

import httpx
import pycurl

from . import transport as t
from .auth import TokenManager
from .engine import Outcome, advance

T = TypeVar("T")

# libcurl error codes (curl/curl.h) for failures before the request left this machine.
_NEVER_SENT = {
    1: "unsupported protocol", 3: "malformed URL", 5: "could not resolve proxy", 6: "could not resolve host",
    7: "could not connect", 35: "TLS handshake failed", 51: "peer's certificate did not match",
    53: "TLS engine not found", 58: "problem with the local certificate", 59: "could not use the TLS cipher",
    60: "peer certificate cannot be authenticated", 77: "problem with the CA certificate",
    83: "TLS issuer check failed", 90: "TLS pinned key mismatch",
}
_TIMEOUT, _GOT_NOTHING, _SEND_ERROR, _RECV_ERROR = 28, 52, 55, 56


class Reply:
    """An answer as the flows read it: ``status_code``, ``headers`` (lower-case names),
    ``content``, ``text``, ``json()`` — the part of ``httpx.Response`` they use."""

    __slots__ = ("content", "headers", "resent", "status_code")

    def __init__(self, status_code: int, headers: dict[str, str], content: bytes, resent: bool = False) -> None:
        self.status_code = status_code
        self.headers = headers
        self.content = content
        self.resent = resent

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", "replace")

    def json(self) -> Any:
        return json.loads(self.content)

    def __repr__(self) -> str:
        return f"<Reply {self.status_code}>"


def parse_headers(lines: list[bytes]) -> dict[str, str]:
    """Header lines of the last response (after redirects, 100-continue or a resend)."""
    start = 0
    for i, line in enumerate(lines):
        if line.startswith(b"HTTP/"):
            start = i + 1
    out: dict[str, str] = {}
    for line in lines[start:]:
        name, sep, value = line.decode("latin-1").partition(":")
        if not sep:
            continue
        key, value = name.strip().lower(), value.strip()
        out[key] = f"{out[key]}, {value}" if key in out else value
    return out


def transport_error(errno: int, message: str, sent: bool) -> httpx.TransportError:
    """The httpx exception a failed transfer stands for: the flows decide retries by these
    (a connect error or timeout means the request never left)."""
    text = f"{message or _NEVER_SENT.get(errno, 'transfer failed')} (libcurl error {errno})"
    if errno == _TIMEOUT:
        return httpx.ReadTimeout(text) if sent else httpx.ConnectTimeout(text)
    if errno in _NEVER_SENT or not sent:
        return httpx.ConnectError(text)
    if errno == _GOT_NOTHING:
        return httpx.RemoteProtocolError(text)
    if errno == _SEND_ERROR:
        return httpx.WriteError(text)
    if errno == _RECV_ERROR:
        return httpx.ReadError(text)
    return httpx.RemoteProtocolError(text)


@dataclass(slots=True)
class _Running:
    index: int
    flow: t.Flow[Any]


class _Transfer:
    """One request on the wire: whose it is, what came back, how often it was sent."""

    __slots__ = ("body", "head", "run", "sends")

    def __init__(self, run: _Running) -> None:
        self.run = run
        self.body: list[bytes] = []
        self.head: list[bytes] = []
        self.sends = 0

    def prereq(self, *_conn: Any) -> int:
        self.sends += 1
        return pycurl.PREREQFUNC_OK


class FanoutDriver:
    """The engine's driver for many flows that only yield actions: at most
    ``concurrency`` in progress at once on this one thread, an ``Outcome``
    ``(index, result, error)`` as each finishes, in the order they finish.

    ``http`` is only used for token requests (rare, and blocking). The iterable of
    flows is consumed lazily, so a caller can stop new flows from starting by ending it.
    On KeyboardInterrupt, transfers already on the wire are finished and handed to their
    flows (which record what they completed) before the interrupt goes on; a second one
    stops at once. A run keeps its own libcurl handles: one driver may serve runs in
    several threads.

    ``clock`` (monotonic seconds) and ``sleep`` time the flows' waits (retry backoff, the
    rate limiter's delays); tests pass a fake clock whose ``sleep`` moves it.
    """

    def __init__(self, http: httpx.Client, tokens: TokenManager, limiter: t.RateLimiter | None, *,
                 connect_timeout: float = 10.0, read_timeout: float = 60.0, verify: bool = True,
                 clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], None] = time.sleep) -> None:
        self.http, self.tokens, self.limiter = http, tokens, limiter
        self.connect_ms = max(1, int(connect_timeout * 1000))
        self.read_s = max(1, round(read_timeout))
        self.verify = verify
        self.clock, self.sleep = clock, sleep

    def run(self, flow: t.Flow[T]) -> T:
        outcomes = self.run_many([flow], 1)
        try:
            _, result, error = next(outcomes)
        finally:
            outcomes.close()
        if error is not None:
            raise error
        return cast(T, result)

    def run_many(self, flows: Iterable[t.Flow[Any]], concurrency: int) -> Generator[Outcome, None, None]:
        return _Run(self, t.check_concurrency(concurrency)).run(flows)


class _Run:
    """One fan-out run: its libcurl multi handle, transfers, timers and ready flows."""

    def __init__(self, driver: FanoutDriver, concurrency: int) -> None:
        self.http, self.tokens, self.limiter = driver.http, driver.tokens, driver.limiter
        self.connect_ms, self.read_s, self.verify = driver.connect_ms, driver.read_s, driver.verify
        self._clock, self._sleep = driver.clock, driver.sleep
        self.concurrency = concurrency
        self._ca: tuple[int, str] | None = None
        self._multi = pycurl.CurlMulti()
        self._multi.setopt(pycurl.M_MAX_HOST_CONNECTIONS, concurrency)
        self._multi.setopt(pycurl.M_MAXCONNECTS, concurrency)
        self._free: list[pycurl.Curl] = []
        self._transfers: dict[pycurl.Curl, _Transfer] = {}
        self._timers: list[tuple[float, int, _Running, bool]] = []
        self._seq = itertools.count()
        self._ready: deque[tuple[_Running, Any, BaseException | None]] = deque()
        self._done: deque[Outcome] = deque()
        self._draining = False

    # ------------------------------------------------------------------ driving flows

    def run(self, flows: Iterable[t.Flow[Any]]) -> Generator[Outcome, None, None]:
        source = enumerate(flows)
        active, exhausted = 0, False
        try:
            while True:
                while not exhausted and active < self.concurrency:
                    nxt = next(source, None)
                    if nxt is None:
                        exhausted = True
                        break
                    active += 1
                    self._advance(_Running(*nxt), None, None)
                    self._step_ready()
                while self._done:
                    active -= 1
                    yield self._done.popleft()
                if exhausted and active == 0:
                    return
                if active >= self.concurrency or exhausted:
                    self._wait()
                    self._step_ready()
        except KeyboardInterrupt:
            self._drain()
            raise
        finally:
            self._abort()

    def _advance(self, run: _Running, value: Any, error: BaseException | None) -> None:
        """Move one flow on until it waits for a transfer or a timer, or ends."""
        flow = run.flow
        while True:
            try:
                done, action = advance(flow, value, error)
            except Exception as exc:
                self._done.append((run.index, None, exc))
                return
            if done:
                self._done.append((run.index, action, None))
                return
            if self._draining:
                flow.close()
                return
            value, error = None, None
            kind = type(action)
            if kind is t.Send:
                self._start(run, action.request)
                return
            if kind is t.Acquire:
                delay = self.limiter.reserve() if self.limiter is not None else 0.0
                if delay > 0:
                    self._later(delay, run, acquiring=True)
                    return
            elif kind is t.Sleep:
                self._later(action.seconds, run)
                return
            elif kind is t.Token:
                try:
                    value = self.tokens.get_sync(self.http, action.stale)
                except Exception as exc:  # handed back to the flow, which decides
                    error = exc
            else:
                error = TypeError(f"flow action {action!r} cannot run in a fan-out")

    def _later(self, seconds: float, run: _Running, acquiring: bool = False) -> None:
        """Wake ``run`` after ``seconds``; an ``acquiring`` one waits on if the limiter began
        a hold meanwhile (a 429 seen by another call while this one waited its turn)."""
        heapq.heappush(self._timers, (self._clock() + max(0.0, seconds), next(self._seq), run, acquiring))

    def _step_ready(self) -> None:
        while self._ready:
            self._advance(*self._ready.popleft())

    # ------------------------------------------------------------------ libcurl

    def _start(self, run: _Running, request: t.Outgoing) -> None:
        c = self._free.pop() if self._free else pycurl.Curl()
        c.reset()
        transfer = _Transfer(run)
        c.setopt(pycurl.URL, request.url)
        c.setopt(pycurl.NOSIGNAL, 1)
        c.setopt(pycurl.HTTP_VERSION, pycurl.CURL_HTTP_VERSION_1_1)
        c.setopt(pycurl.CONNECTTIMEOUT_MS, self.connect_ms)
        # httpx's read timeout: give up when nothing arrives for that long
        c.setopt(pycurl.LOW_SPEED_LIMIT, 1)
        c.setopt(pycurl.LOW_SPEED_TIME, self.read_s)
        c.setopt(pycurl.ACCEPT_ENCODING, "")
        c.setopt(pycurl.WRITEFUNCTION, transfer.body.append)
        c.setopt(pycurl.HEADERFUNCTION, transfer.head.append)
        c.setopt(pycurl.PREREQFUNCTION, transfer.prereq)
        if not self.verify:
            c.setopt(pycurl.SSL_VERIFYPEER, 0)
            c.setopt(pycurl.SSL_VERIFYHOST, 0)
        elif request.url.startswith("https:"):
            c.setopt(*self._trust())
        headers = {**t.DEFAULT_HEADERS, **request.headers}
        lines = [f"{k}: {v}" for k, v in headers.items()]
        lines.append("Expect:")  # no 100-continue round trip for larger bodies
        c.setopt(pycurl.HTTPHEADER, lines)
        method = request.method
        if request.body is not None:
            c.setopt(pycurl.POSTFIELDS, request.body)
            if method != "POST":
                c.setopt(pycurl.CUSTOMREQUEST, method)
        elif method == "HEAD":
            c.setopt(pycurl.NOBODY, 1)
        elif method == "POST":
            c.setopt(pycurl.POSTFIELDS, b"")
        elif method != "GET":
            c.setopt(pycurl.CUSTOMREQUEST, method)
        self._transfers[c] = transfer
        self._multi.add_handle(c)

    def _trust(self) -> tuple[int, str]:
        """The CAs to verify against, chosen as httpx chooses them (SSL_CERT_FILE, then
        SSL_CERT_DIR, then certifi), so that both clients trust the same servers —
        a company's TLS-inspecting proxy included."""
        if self._ca is None:
            if os.environ.get("SSL_CERT_FILE"):
                self._ca = (pycurl.CAINFO, os.environ["SSL_CERT_FILE"])
            elif os.environ.get("SSL_CERT_DIR"):
                self._ca = (pycurl.CAPATH, os.environ["SSL_CERT_DIR"])
            else:
                import certifi

                self._ca = (pycurl.CAINFO, certifi.where())
        return self._ca

    def _wait(self) -> None:
        """Wait for transfers or the next timer, then queue what became ready."""
        now = self._clock()
        timeout = 1.0
        if self._timers:
            timeout = min(timeout, max(0.0, self._timers[0][0] - now))
        if self._transfers:
            curl_ms = self._multi.timeout()  # e.g. polling a name resolution that has no socket yet
            if curl_ms >= 0:
                timeout = min(timeout, curl_ms / 1000)
            self._perform()
            if not self._ready and timeout > 0:
                self._multi.select(timeout)
                self._perform()
        elif timeout > 0:
            self._sleep(timeout)
        now = self._clock()
        while self._timers and self._timers[0][0] <= now:
            _, _, run, acquiring = heapq.heappop(self._timers)
            held = self.limiter.held() if acquiring and self.limiter is not None else 0.0
            if held > 0:
                self._later(held, run, acquiring=True)
            else:
                self._ready.append((run, None, None))

    def _perform(self) -> None:
        multi = self._multi
        while multi.perform()[0] == pycurl.E_CALL_MULTI_PERFORM:
            pass
        while True:
            queued, ok, failed = multi.info_read()
            for c in ok:
                tr = self._finish(c)
                reply = Reply(c.getinfo(pycurl.RESPONSE_CODE), parse_headers(tr.head), b"".join(tr.body),
                              tr.sends > 1)
                self._ready.append((tr.run, reply, None))
            for c, errno, message in failed:
                tr = self._finish(c)
                self._ready.append((tr.run, transport_error(errno, message, tr.sends > 0), None))
            if not queued:
                return

    def _finish(self, c: pycurl.Curl) -> _Transfer:
        self._multi.remove_handle(c)
        self._free.append(c)
        return self._transfers.pop(c)

    # ------------------------------------------------------------------ stopping

    def _drain(self) -> None:
        """After Ctrl-C: let transfers on the wire finish into their flows; start nothing new."""
        self._draining = True
        for timer in self._timers:
            timer[2].flow.close()
        self._timers.clear()
        self._step_ready()  # answers already in hand go to their flows first
        deadline = time.monotonic() + self.read_s + self.connect_ms / 1000  # the wire's time, not the flows'
        while self._transfers and time.monotonic() < deadline:
            self._wait()
            self._step_ready()

    def _abort(self) -> None:
        for c, transfer in list(self._transfers.items()):
            self._multi.remove_handle(c)
            transfer.run.flow.close()
        self._transfers.clear()
        for timer in self._timers:
            timer[2].flow.close()
        self._timers.clear()
        for c in self._free:
            c.close()
        self._free.clear()
        self._multi.close()
