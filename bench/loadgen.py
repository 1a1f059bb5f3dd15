"""A small HTTP/1.1 load generator for benchmarks on 127.0.0.1, and the one way the
benchmarks start a served emulator (:func:`start_emulator`).

Python HTTP clients spend more CPU per request than the emulator does, which would
make them the bottleneck; this one writes pre-built requests on keep-alive
connections with asyncio streams and parses only the status line and the
Content-Length. Loops are bounded by a request count and a deadline.
"""

from __future__ import annotations

import asyncio
import os
import secrets
import socket
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable

#: The admin secret of the emulators this process starts (their /_emulator/ endpoints need it).
ADMIN_SECRET = secrets.token_urlsafe(32)


def admin_headers() -> dict[str, str]:
    """The headers of a request to the /_emulator/ endpoints of an emulator started here."""
    return {"X-Emulator-Admin": ADMIN_SECRET}


async def _worker(host: str, port: int, make: Callable[[int], bytes], next_index: Callable[[], int | None],
                  statuses: Counter, deadline: float) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    try:
        while time.perf_counter() < deadline:
            i = next_index()
            if i is None:
                return
            writer.write(make(i))
            status_line = await reader.readline()
            if not status_line:
                statuses["closed"] += 1
                return
            status = int(status_line.split()[1])
            length = 0
            while True:
                line = await reader.readline()
                if line in (b"\r\n", b""):
                    break
                name, _, value = line.partition(b":")
                if name.lower() == b"content-length":
                    length = int(value)
            if length:
                await reader.readexactly(length)
            statuses[status] += 1
    finally:
        writer.close()


def request(method: str, path: str, token: str, body: bytes = b"") -> bytes:
    head = (f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {token}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n")
    return head.encode() + body


def run(host: str, port: int, make: Callable[[int], bytes], total: int, concurrency: int = 32,
        max_seconds: float = 60.0) -> tuple[float, Counter]:
    """Send ``total`` requests built by ``make(i)``; return (seconds, status counts)."""
    counter = iter(range(total))

    def next_index() -> int | None:
        return next(counter, None)

    async def main() -> tuple[float, Counter]:
        statuses: Counter = Counter()
        start = time.perf_counter()
        deadline = start + max_seconds
        await asyncio.gather(*(_worker(host, port, make, next_index, statuses, deadline)
                               for _ in range(concurrency)))
        return time.perf_counter() - start, statuses

    return asyncio.run(main())


def start_emulator(port: int, rate_limit: bool = False, env: dict[str, str] | None = None) -> subprocess.Popen:
    """`sasekit emulator serve` on 127.0.0.1:port with the demo account; rate limit off unless asked."""
    if env is None:
        env = {k: v for k, v in os.environ.items() if k not in ("SCM_CLIENT_ID", "SCM_CLIENT_SECRET", "SCM_TSG_ID")}
    env = {**env, "SASEKIT_EMULATOR_ADMIN_SECRET": ADMIN_SECRET}  # in the environment: not on a command line
    proc = subprocess.Popen([sys.executable, "-m", "sasekit", "emulator", "serve", "--port", str(port),
                             *([] if rate_limit else ["--no-rate-limit"]), "--log-level", "error"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return proc
        except OSError:
            if proc.poll() is not None:
                break
            time.sleep(0.05)
    proc.kill()
    raise SystemExit("the emulator did not start")
