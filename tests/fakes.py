"""Test doubles shared by several test files: a fake clock, the ways to put a client's
waits on it, and a recorder of what reaches an emulator.

No wall-clock windows in tests: a test that is about time moves a :class:`FakeClock`;
a test that is about concurrency or ordering waits for events recorded at the emulator
(:class:`Recorder`). :data:`HANG_GUARD_S` only stops a broken run from hanging.
"""

from __future__ import annotations

import asyncio
import inspect
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sasekit.transport import Flow

#: How long a test waits for something that must happen before it calls it a hang. Never
#: an assertion about speed: a correct run gets there in milliseconds, also under load.
HANG_GUARD_S = 30.0


class FakeClock:
    """A clock that moves only when a test moves it (``clock.now += 5``), or when
    something waits on it (``clock.sleep(5)``: the time passes, nobody sleeps)."""

    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            self.now += seconds


# --------------------------------------------------------------------------- a client's waits on a fake clock


def virtual_fanout(monkeypatch: Any, clock: FakeClock) -> None:
    """Every libcurl fan-out started from now on keeps its timers (retry backoff, the client
    rate limiter's delays) on ``clock``: waiting for one moves the clock instead of sleeping.
    While a transfer is on the wire the clock stands still, so the emulator sees each
    request at the clock time the client sent it."""
    from sasekit import fanout

    class VirtualTimeFanout(fanout.FanoutDriver):
        def __init__(self, *args: Any, **kw: Any) -> None:
            super().__init__(*args, clock=clock, sleep=clock.sleep, **kw)

    monkeypatch.setattr(fanout, "FanoutDriver", VirtualTimeFanout)


def virtual_limiter(engine: Any, clock: FakeClock) -> Any:
    """The engine's rate limiter (same ceiling) on ``clock``: its holds after a 429 and its
    pacing are measured in the test's time."""
    from sasekit.limiter import RateLimiter

    ceiling = engine.limiter.ceiling
    engine.limiter = RateLimiter(None if ceiling == float("inf") else ceiling * 60, clock=clock)
    return engine.limiter


def virtual_sleeps(monkeypatch: Any, engine: Any, clock: FakeClock) -> list[float]:
    """The flows a blocking client runs (``engine.run``: calls, pushes, job waits), with each
    wait they ask for taken on ``clock`` — a :class:`~sasekit.transport.Sleep` (backoff,
    polling) or the rate limiter's wait for an :class:`~sasekit.transport.Acquire` (its pace,
    its hold after a 429): the clock moves by it and the driver does not sleep. Job
    deadlines are measured on it too. Returns the list the waits are appended to."""
    from sasekit.engine import advance
    from sasekit.transport import Acquire, Sleep

    waits: list[float] = []
    run = engine.run
    limiter = virtual_limiter(engine, clock)
    monkeypatch.setattr(engine, "clock", clock)  # job deadlines too

    def on_the_clock(flow: Flow[Any]) -> Flow[Any]:
        value: Any = None
        error: BaseException | None = None
        try:
            while True:
                done, action = advance(flow, value, error)
                if done:
                    return action
                value, error = None, None
                if type(action) is Sleep:
                    waits.append(action.seconds)
                    clock.sleep(action.seconds)
                    continue
                if type(action) is Acquire:
                    delay = limiter.reserve()
                    while delay > 0:
                        waits.append(delay)
                        clock.sleep(delay)
                        delay = limiter.held()
                    continue
                try:
                    value = yield action
                except GeneratorExit:
                    raise
                except BaseException as exc:  # handed to the flow, as a driver does
                    error = exc
        finally:
            flow.close()

    monkeypatch.setattr(engine, "run", lambda flow: run(on_the_clock(flow)))
    return waits


# --------------------------------------------------------------------------- what reaches the emulator


@dataclass(frozen=True)
class Answer:
    """One API request as the emulator saw it: when (on the recorder's clock), what, and
    what it answered (``status`` None: the connection was dropped)."""

    method: str
    path: str
    name: str | None  # the name of an address create
    at: float | None
    status: int | None
    retry_after: str | None


class Recorder:
    """Wraps an emulator's request pipeline (``app.respond``; :meth:`install` puts it in).

    Records the address creates that reach it (names, in arrival order) and the most that
    were in flight at once, and every API request with its answer (:class:`Answer`).
    ``gate=n`` holds each create until ``n`` creates are in flight at once, so that a test
    sees concurrency happen instead of hoping for it (if it never happens the gate opens
    after :data:`HANG_GUARD_S` and ``gate_timeouts`` counts it). ``on_create(n)``, sync or
    async, runs before create number ``n`` (from 1) is handled: a test expires tokens
    there, or holds that create until it has done something. ``clock`` stamps the answers.
    """

    def __init__(self, app: Any, *, clock: Callable[[], float] | None = None, gate: int = 0,
                 on_create: Callable[[int], Any] | None = None) -> None:
        from sasekit.emulator.auth import TOKEN_PATHS

        self.app = app
        self.original = app.respond
        self.token_paths = frozenset(TOKEN_PATHS)
        self.clock, self.gate, self.on_create = clock, gate, on_create
        self.creates: list[str] = []
        self.answers: list[Answer] = []
        self.inflight = 0
        self.max_inflight = 0
        self.gate_timeouts = 0
        self._open = asyncio.Event()  # bound to the emulator's loop when first awaited there

    def install(self, monkeypatch: Any) -> Recorder:
        monkeypatch.setattr(self.app, "respond", self.respond)
        return self

    async def respond(self, request: Any) -> Any:
        path = request.url.path
        if path.startswith("/_emulator/") or path in self.token_paths:
            return await self.original(request)
        at = self.clock() if self.clock is not None else None
        create = request.method == "POST" and path.endswith("/addresses")
        name = None
        if create:
            name = json.loads(await request.body()).get("name")  # starlette caches the body
            self.creates.append(name)
            self.inflight += 1
            self.max_inflight = max(self.max_inflight, self.inflight)
        try:
            if create:
                await self._through_gate()
                if self.on_create is not None:
                    step = self.on_create(len(self.creates))
                    if inspect.isawaitable(step):
                        await step
            response, drop = await self.original(request)
        finally:
            if create:
                self.inflight -= 1
        status = None if drop or response is None else response.status_code
        retry_after = None if response is None else response.headers.get("retry-after")
        self.answers.append(Answer(request.method, path, name, at, status, retry_after))
        return response, drop

    async def _through_gate(self) -> None:
        if not self.gate or self._open.is_set():
            return
        if self.inflight >= self.gate:
            self._open.set()
        else:
            try:
                await asyncio.wait_for(self._open.wait(), HANG_GUARD_S)
            except TimeoutError:  # the concurrency never came: let the run end, and the test fail on it
                self.gate_timeouts += 1
                self._open.set()
