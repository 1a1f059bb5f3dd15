"""Probes: latency, jitter and loss of one path, by ICMP echo, UDP echo, TCP connect or HTTP.

``run(target, source=..., count=..., interval_s=..., timeout_s=...)`` sends ``count``
probes from an optional source address (bound, so the probes take the path of that
address: a tunnel's inside address, say), keeps every probe as a :class:`Sample`
(sequence, send time, round-trip time or lost) and returns a :class:`Result` with the
figures. ``run_in_namespace(ns, targets, ...)`` does the same inside a network namespace
(``ip netns exec NS python -m sasekit.health.probes run ... --json``) and parses what it
prints. ``echo_server(host, port)`` is a small RFC 862 echo responder (UDP, and TCP if
asked) for the UDP probes, in tests and in the lab.

Targets (:func:`parse_target`)::

    icmp:HOST                  ICMP echo (ping)
    udp:HOST[:PORT]            UDP echo, RFC 862 (port 7 unless given)
    tcp:HOST:PORT              TCP connect: the three-way handshake, then close
    http://HOST[:PORT][/PATH]  HTTP GET, time to first byte (https:// too)

An IPv6 HOST goes in brackets where a port follows (``udp:[2001:db8::1]:7``).

Timing
------
Probes leave on a fixed schedule, probe ``i`` at ``start + i * interval_s`` (a late probe
goes at once, so the schedule does not drift), and do not wait for each other: many are
outstanding at a time. A probe whose answer has not come ``timeout_s`` after it was sent
is *lost*; an answer that comes later still is ignored and the sample says ``late``.
TCP and HTTP probes each hold a socket while outstanding, so at most ``concurrency`` of
them are (``ceil(timeout_s / interval_s) + 1`` by default, at most 256): a probe waits
for a free slot, which only happens when many time out. UDP and ICMP probes share one
socket and have no such limit. 1,000 probes at 10 ms take 10 s plus one timeout.

Each probe's send and receive times come from ``clock`` (``time.perf_counter_ns``:
CLOCK_MONOTONIC on Linux, nanoseconds, never stepped by NTP), read just before the send
call and just after the answer is read, in the event loop's thread; the schedule itself
runs on the event loop's clock. The round trip so includes a few microseconds of this
process (tens for ICMP, where the library builds the packet). Several targets in one
call run in one event loop at once; for the most exact figures, probe one target per
call or per process. Wall-clock time appears only as ``started_at`` (a label, UTC).

What each method measures, and what counts as lost or failed
-------------------------------------------------------------
``sent = received + lost + failed``:

* **received** (``ok``): the expected answer came within the timeout.
* **lost**: no answer within the timeout (a datagram dropped either way, a SYN never
  answered, an HTTP server that said nothing in time).
* **failed**: an answer that is a refusal or an error, or a send that the local stack
  refused: TCP ``ECONNREFUSED`` (the RST comes back at once, and its time is kept in the
  sample), an ICMP destination-unreachable or time-exceeded for our echo (raw sockets
  only), an HTTP status other than 2xx/3xx (the status is in ``http_status`` and in
  ``http_statuses``, the time to it in ``rtt_ns``), a connection error, ``ENETUNREACH``
  on send. ``errors`` counts the reasons.

The RTT figures and the jitter use the received samples only: failed and lost ones enter
neither. ``loss_pct = 100 * lost / sent`` and ``failed_pct = 100 * failed / sent``.

* ICMP: echo request to echo reply. Uses icmplib's sockets (packet building, checksums,
  parsing, privileges and the source address), with this module's schedule. An
  unprivileged datagram socket is tried first (Linux: ``net.ipv4.ping_group_range``
  must include the process's group; the kernel then picks the ICMP identifier and hands
  the socket only its own replies), then a raw socket (root or CAP_NET_RAW; replies are
  matched on a random identifier). Neither allowed: the result's ``error`` says so.
  ``detail`` says which socket was used.
* UDP: a 64-byte datagram (a magic, a random run token, the sequence number) from an
  unconnected socket to an echo service, which sends it back. A port with nothing
  listening answers with ICMP port-unreachable, which an unconnected socket does not
  see: those probes are lost, like a stopped responder. Echoes of another run (another
  token) are ignored.
* TCP: from ``connect()`` to the handshake's completion (one round trip: SYN to
  SYN-ACK), then the socket is closed.
* HTTP: time to first byte, as curl's ``time_starttransfer``: from the start of the
  request to the response's status line and headers, on a new connection each time, so
  it includes the TCP connect (and TLS for https): about two round trips over plain
  HTTP. No proxy from the environment, no redirect followed, the body not read.

Figures (:func:`figures`)
-------------------------
Over the received samples, in milliseconds: ``rtt_mean_ms``, ``rtt_p50_ms``,
``rtt_p95_ms`` (percentiles by linear interpolation between the closest ranks, numpy's
default: position ``(n - 1) * p / 100`` in the sorted RTTs), ``rtt_min_ms``,
``rtt_max_ms``, ``rtt_stdev_ms`` (population standard deviation). The latency figures
are these round-trip times: one clock cannot measure a one-way delay.

``jitter_ms`` is RFC 3550's interarrival jitter (section 6.4.1, code in A.8): for each
received packet i, in order of arrival (not of sequence), and the packet received just
before it, ``D(i-1, i) = (R_i - S_i) - (R_{i-1} - S_{i-1})``: the difference of the two
packets' transit times; then ``J = J + (|D(i-1, i)| - J) / 16``, from ``J = 0``. Here S
is the send time and R the time the answer came back, on the same clock, so the transit
time ``R - S`` is the round-trip time and ``D`` is the difference of two consecutive
RTTs: the jitter of the round trip (both directions' variation together), with no clock
offset to remove. A.8 keeps ``J`` scaled by 16 in integers; this keeps it as a float,
which is the same formula without the rounding. Lost, late and failed probes do not
enter it (RFC 3550 counts only packets received). The estimator starts at 0 and moves by
1/16 of each difference, so it needs some 50 received probes to settle; for a steady
path it tends to the mean of ``|D|`` (noisy), which is given as ``ipdv_mean_ms``: the
plain mean absolute difference of consecutive RTTs, the same pairs in the same order
(RFC 5481's IPDV, in absolute value). With fewer than two received, both are None.

Bounds
------
count 1..65,535 (one ICMP sequence space), interval 1 ms..60 s, timeout up to 60 s,
concurrency up to 1,024. A run ends by :func:`time_bound_s`: probes that could not be
sent by then are not (``truncated`` is true and ``sent < count``). The echo responder
stops after its lifetime (at most 24 h), on :meth:`EchoServer.stop`, SIGTERM or SIGINT;
it keeps at most 64 TCP connections and 1 MiB unsent per connection, and answers no
datagram from the ports of the other small services (7, 9, 13, 17, 19, 37) so that two
responders cannot echo to each other forever.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import errno
import ipaddress
import itertools
import json
import math
import os
import random
import re
import secrets
import selectors
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Coroutine, Iterable, Sequence
from dataclasses import asdict, dataclass, field, fields
from datetime import UTC, datetime
from types import FrameType, TracebackType
from typing import Any, Literal, cast
from urllib.parse import urlsplit

from sasekit import errors

__all__ = [
    "DEFAULT_COUNT",
    "DEFAULT_INTERVAL_S",
    "DEFAULT_TIMEOUT_S",
    "ECHO_PORT",
    "METHODS",
    "EchoServer",
    "Figures",
    "ProbeError",
    "Result",
    "Sample",
    "Target",
    "arun",
    "arun_many",
    "echo_server",
    "figures",
    "main",
    "parse_target",
    "percentile",
    "rfc3550_jitter",
    "run",
    "run_in_namespace",
    "run_many",
    "time_bound_s",
]

Method = Literal["icmp", "udp", "tcp", "http"]
Status = Literal["ok", "lost", "failed"]

METHODS: tuple[Method, ...] = ("icmp", "udp", "tcp", "http")
ECHO_PORT = 7                      # RFC 862
DEFAULT_COUNT = 10
DEFAULT_INTERVAL_S = 0.02
DEFAULT_TIMEOUT_S = 1.0
MAX_COUNT = 65_535                 # one ICMP sequence space: every sequence number unique
MIN_INTERVAL_S = 0.001
MAX_INTERVAL_S = 60.0
MAX_TIMEOUT_S = 60.0
DEFAULT_MAX_CONCURRENCY = 256      # the default's cap (TCP and HTTP hold a socket each)
MAX_CONCURRENCY = 1024
PAYLOAD_SIZE = 64                  # bytes of UDP and ICMP payload
LATE = "late"                      # a lost sample's ``error`` when its answer came after the timeout
SETTLE_S = 0.005                   # after the last timeout, before the run ends
SEND_SLACK = 1.25                  # the send window allows this much over the schedule
RESOLVE_TIMEOUT_S = 5.0
NAMESPACE_STARTUP_S = 20.0         # a Python start-up and imports, in run_in_namespace's timeout
JSON_VERSION = 1

ECHO_DEFAULT_LIFETIME_S = 600.0
ECHO_MAX_LIFETIME_S = 24 * 3600.0
ECHO_MAX_CONNECTIONS = 64
ECHO_MAX_PENDING = 1 << 20         # bytes not yet echoed on one TCP connection
ECHO_BATCH = 64                    # datagrams read per wake-up
_NO_ECHO_PORTS = frozenset({7, 9, 13, 17, 19, 37})  # echo, discard, daytime, qotd, chargen, time

_UDP_MAGIC = b"SKP1"
_ICMP_MAGIC = b"sasekit-probe"
_UDP_HEADER = 4 + 8 + 4            # magic, run token, sequence
_HOSTNAME = re.compile(r"(?=.{1,253}\.?$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                       r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?")
_icmp_ids = itertools.count(random.randrange(0xFFFF))
_NAMESPACE = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,254}")
TARGET_RULE = ("a target is icmp:HOST, udp:HOST[:PORT] (port 7 unless given), tcp:HOST:PORT or "
               "http(s)://HOST[:PORT][/PATH]; an IPv6 HOST in brackets where a port follows")


class ProbeError(errors.SasekitError):
    """A probe run could not be carried out at all (the namespace's command failed, its
    output was not a result); what the probes found is in a :class:`Result`, never raised."""

    REMEDY = ("run it as root on a machine with `ip` (iproute2), with the namespace present "
              "(`ip netns list`); the message quotes what the command printed")


# --------------------------------------------------------------------------- targets


@dataclass(frozen=True)
class Target:
    """Where and how to probe: ``method``, ``host`` (an address or a name), ``port``
    (None for ICMP) and, for HTTP, the ``url`` (its ``host`` and ``port`` given too).
    ``str(target)`` is the canonical form, which :func:`parse_target` reads back."""

    method: Method
    host: str
    port: int | None = None
    url: str | None = None

    @classmethod
    def parse(cls, spec: str) -> Target:
        return parse_target(spec)

    def __str__(self) -> str:
        if self.method == "http":
            return self.url or f"http://{_bracket(self.host)}:{self.port}/"
        if self.method == "icmp":
            return f"icmp:{self.host}"
        return f"{self.method}:{_bracket(self.host)}:{self.port}"


def _bracket(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def _bad(spec: object, why: str) -> ValueError:
    return ValueError(f"target {spec!r}: {why}; {TARGET_RULE}")


def _check_host(spec: str, host: str) -> str:
    if not host:
        raise _bad(spec, "no host")
    try:
        return str(ipaddress.ip_address(host))
    except ValueError:
        pass
    if ":" in host or not _HOSTNAME.fullmatch(host):
        raise _bad(spec, f"{host!r} is neither an IP address nor a host name")
    return host


def _check_port(spec: str, text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 65535:
        raise _bad(spec, f"port {text!r} is not a number 1-65535")
    return int(text)


def _host_port(spec: str, rest: str, default: int | None) -> tuple[str, int]:
    if rest.startswith("["):
        end = rest.find("]")
        if end < 0:
            raise _bad(spec, "an IPv6 address opened with '[' is not closed with ']'")
        host, after = rest[1:end], rest[end + 1:]
        if after and not after.startswith(":"):
            raise _bad(spec, f"{after!r} after the bracketed address")
        port_text = after[1:] if after else None
        try:
            ipaddress.IPv6Address(host)
        except ValueError:
            raise _bad(spec, f"{host!r} in brackets is not an IPv6 address") from None
    elif rest.count(":") > 1:
        raise _bad(spec, "an IPv6 address goes in brackets, as in udp:[::1]:7")
    else:
        host, sep, port_text_ = rest.partition(":")
        port_text = port_text_ if sep else None
    if port_text is None:
        if default is None:
            raise _bad(spec, "no port")
        return _check_host(spec, host), default
    return _check_host(spec, host), _check_port(spec, port_text)


def parse_target(spec: str | Target) -> Target:
    """Read ``icmp:HOST``, ``udp:HOST[:PORT]``, ``tcp:HOST:PORT`` or an http(s) URL.

    Raises ValueError naming the value and the rule it breaks."""
    if isinstance(spec, Target):
        return spec
    if not isinstance(spec, str) or not spec.strip():
        raise _bad(spec, "empty")
    text = spec.strip()
    scheme, sep, rest = text.partition(":")
    method = scheme.lower()
    if method in ("http", "https"):
        if not rest.startswith("//"):
            raise _bad(spec, f"an {method} target is a URL, {method}://HOST[:PORT][/PATH]")
        parts = urlsplit(text)
        if parts.username is not None or parts.password is not None:
            raise _bad(spec, "credentials in the URL are not allowed (results are stored)")
        try:
            port = parts.port
        except ValueError:
            raise _bad(spec, "the port is not a number 0-65535") from None
        host = _check_host(spec, parts.hostname or "")
        return Target("http", host, port or (443 if method == "https" else 80), text)
    if not sep or method not in METHODS:
        raise _bad(spec, f"unknown method {scheme!r}" if sep else "no method")
    if method == "icmp":
        host = rest[1:-1] if rest.startswith("[") and rest.endswith("]") else rest
        if ":" in host:
            try:
                ipaddress.IPv6Address(host)
            except ValueError:
                raise _bad(spec, "an ICMP target has no port") from None
        return Target("icmp", _check_host(spec, host))
    host, port = _host_port(spec, rest, ECHO_PORT if method == "udp" else None)
    return Target(cast(Method, method), host, port)


# --------------------------------------------------------------------------- samples and figures


@dataclass
class Sample:
    """One probe. ``sent_ns``: when it was sent, in ns after the run's start (its clock).
    ``rtt_ns``: the time to its answer, for received and failed ones (a refusal's time),
    None when lost. ``error``: why it failed, or ``"late"`` for a lost one whose answer
    came after the timeout. ``http_status``: the HTTP answer's status."""

    seq: int
    sent_ns: int
    rtt_ns: int | None = None
    status: Status = "lost"
    http_status: int | None = None
    error: str | None = None

    @property
    def received_ns(self) -> int | None:
        return None if self.rtt_ns is None else self.sent_ns + self.rtt_ns


@dataclass(kw_only=True)
class Figures:
    """What a list of samples says (see the module's docstring for each definition)."""

    sent: int
    received: int
    lost: int
    failed: int
    late: int
    loss_pct: float | None
    failed_pct: float | None
    rtt_mean_ms: float | None
    rtt_p50_ms: float | None
    rtt_p95_ms: float | None
    rtt_min_ms: float | None
    rtt_max_ms: float | None
    rtt_stdev_ms: float | None
    jitter_ms: float | None
    ipdv_mean_ms: float | None


def percentile(values: Sequence[float], p: float) -> float:
    """The ``p``-th percentile (0-100) by linear interpolation between closest ranks."""
    if not values:
        raise ValueError("percentile of no values")
    if not 0 <= p <= 100:
        raise ValueError(f"percentile {p}: between 0 and 100")
    xs = sorted(values)
    k = (len(xs) - 1) * p / 100
    lo = math.floor(k)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def rfc3550_jitter(transits: Sequence[float]) -> float:
    """RFC 3550 interarrival jitter over transit times in arrival order (any unit):
    ``J += (|D| - J) / 16`` with ``D`` the difference of consecutive transit times."""
    j = 0.0
    for prev, cur in itertools.pairwise(transits):
        j += (abs(cur - prev) - j) / 16
    return j


def figures(samples: Sequence[Sample]) -> Figures:
    """Loss, RTT statistics and jitter of ``samples`` (received ones for the RTTs)."""
    sent = len(samples)
    ok = [s for s in samples if s.status == "ok" and s.rtt_ns is not None]
    lost = sum(1 for s in samples if s.status == "lost")
    failed = sum(1 for s in samples if s.status == "failed")
    late = sum(1 for s in samples if s.status == "lost" and s.error == LATE)
    rtts = [cast(int, s.rtt_ns) / 1e6 for s in ok]
    arrival = sorted(ok, key=lambda s: (cast(int, s.received_ns), s.seq))
    transits = [cast(int, s.rtt_ns) / 1e6 for s in arrival]
    diffs = [abs(b - a) for a, b in itertools.pairwise(transits)]
    return Figures(
        sent=sent, received=len(ok), lost=lost, failed=failed, late=late,
        loss_pct=100.0 * lost / sent if sent else None,
        failed_pct=100.0 * failed / sent if sent else None,
        rtt_mean_ms=statistics.fmean(rtts) if rtts else None,
        rtt_p50_ms=percentile(rtts, 50) if rtts else None,
        rtt_p95_ms=percentile(rtts, 95) if rtts else None,
        rtt_min_ms=min(rtts) if rtts else None,
        rtt_max_ms=max(rtts) if rtts else None,
        rtt_stdev_ms=statistics.pstdev(rtts) if rtts else None,
        jitter_ms=rfc3550_jitter(transits) if len(transits) > 1 else None,
        ipdv_mean_ms=statistics.fmean(diffs) if diffs else None,
    )


@dataclass(kw_only=True)
class Result(Figures):
    """One run against one target: its parameters, the figures, and every sample.

    ``error`` is set when the run could not probe at all (no permission for ICMP
    sockets, a source address not on this host, a name that does not resolve): then
    ``sent`` is 0. ``detail`` says how it probed (the ICMP socket kind). ``truncated``:
    the run's time bound stopped it before ``count`` probes were sent."""

    target: str
    method: Method
    host: str
    port: int | None
    source: str | None
    count: int
    interval_s: float
    timeout_s: float
    concurrency: int | None
    started_at: str
    duration_s: float
    duplicates: int = 0
    truncated: bool = False
    http_statuses: dict[str, int] = field(default_factory=dict)
    errors: dict[str, int] = field(default_factory=dict)
    error: str | None = None
    detail: str | None = None
    samples: list[Sample] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """The run probed (whatever it found)."""
        return self.error is None

    def to_dict(self, *, samples: bool = True) -> dict[str, Any]:
        data = asdict(self)
        if not samples:
            data["samples"] = []
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Result:
        names = {f.name for f in fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in names}
        sample_names = {f.name for f in fields(Sample)}
        kwargs["samples"] = [Sample(**{k: v for k, v in s.items() if k in sample_names})
                             for s in data.get("samples") or []]
        return cls(**kwargs)

    def summary(self) -> str:
        """One line for people."""
        head = f"{self.target}" + (f" from {self.source}" if self.source else "")
        if self.error:
            return f"{head}: error: {self.error}"

        def ms(v: float | None) -> str:
            return "-" if v is None else f"{v:.3f}"

        line = (f"{head}: sent {self.sent}, received {self.received}, lost {self.lost} "
                f"({self.loss_pct or 0.0:.1f}%), failed {self.failed}; rtt min/mean/p50/p95/max "
                f"{ms(self.rtt_min_ms)}/{ms(self.rtt_mean_ms)}/{ms(self.rtt_p50_ms)}/"
                f"{ms(self.rtt_p95_ms)}/{ms(self.rtt_max_ms)} ms, jitter {ms(self.jitter_ms)} ms")
        if self.errors:
            line += "; " + ", ".join(f"{why} x{n}" for why, n in sorted(self.errors.items()))
        if self.truncated:
            line += "; stopped at the time bound"
        return line


# --------------------------------------------------------------------------- the run


class _RunError(Exception):
    """The run cannot probe at all; becomes ``Result.error``."""


def _describe(exc: BaseException) -> str:
    """A short, stable reason: the errno's name and text where there is one."""
    seen: BaseException | None = exc
    for _ in range(6):
        if seen is None:
            break
        if isinstance(seen, OSError) and seen.errno:
            name = errno.errorcode.get(seen.errno, str(seen.errno))
            return f"{name} ({os.strerror(seen.errno)})"
        seen = seen.__cause__ or seen.__context__
    text = str(exc).strip() or type(exc).__name__
    return f"{type(exc).__name__}: {text}"[:200]


def default_concurrency(interval_s: float, timeout_s: float) -> int:
    return max(1, min(DEFAULT_MAX_CONCURRENCY, math.ceil(timeout_s / interval_s) + 1))


def _send_window_s(method: Method, count: int, interval_s: float, timeout_s: float,
                   concurrency: int) -> float:
    per = interval_s if method in ("icmp", "udp") else max(interval_s, timeout_s / concurrency)
    return (count - 1) * per * SEND_SLACK + 1.0


def time_bound_s(target: Target | str, count: int, interval_s: float, timeout_s: float,
                 concurrency: int | None = None) -> float:
    """The longest a run of these parameters takes (it is over by then, whatever happens)."""
    t = parse_target(target) if isinstance(target, str) else target
    conc = concurrency or default_concurrency(interval_s, timeout_s)
    return (_send_window_s(t.method, count, interval_s, timeout_s, conc) + timeout_s + SETTLE_S
            + RESOLVE_TIMEOUT_S + 3.0)


def _check_args(count: int, interval_s: float, timeout_s: float, concurrency: int | None,
                source: str | None) -> None:
    if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= MAX_COUNT:
        raise ValueError(f"count {count!r}: a whole number 1-{MAX_COUNT}")
    if not MIN_INTERVAL_S <= interval_s <= MAX_INTERVAL_S:
        raise ValueError(f"interval {interval_s!r} s: between {MIN_INTERVAL_S} and {MAX_INTERVAL_S} s")
    if not 0 < timeout_s <= MAX_TIMEOUT_S:
        raise ValueError(f"timeout {timeout_s!r} s: above 0 and at most {MAX_TIMEOUT_S} s")
    if concurrency is not None and not 1 <= concurrency <= MAX_CONCURRENCY:
        raise ValueError(f"concurrency {concurrency!r}: between 1 and {MAX_CONCURRENCY}")
    if source is not None:
        try:
            ipaddress.ip_address(source)
        except ValueError:
            raise ValueError(f"source {source!r}: an IP address of this host (it is bound)") from None


async def _sleep_until(loop: asyncio.AbstractEventLoop, when: float) -> None:
    delay = when - loop.time()
    if delay > 0:
        await asyncio.sleep(delay)


def _family_of(source: str | None) -> int:
    if source is None:
        return 0
    return socket.AF_INET6 if ipaddress.ip_address(source).version == 6 else socket.AF_INET


async def _resolve(host: str, port: int, source: str | None,
                   socktype: int) -> tuple[int, tuple[Any, ...]]:
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(RESOLVE_TIMEOUT_S):
            infos = await loop.getaddrinfo(host, port, family=_family_of(source), type=socktype)
    except TimeoutError:
        raise _RunError(f"{host}: name resolution timed out") from None
    except OSError as exc:
        want = f" as IPv{ipaddress.ip_address(source).version} (the source's)" if source else ""
        raise _RunError(f"{host}: cannot resolve{want}: {exc}") from None
    if not infos:
        raise _RunError(f"{host}: resolves to no address")
    family, _, _, _, sockaddr = infos[0]
    return family, sockaddr


def _bind(sock: socket.socket, source: str) -> None:
    try:
        sock.bind((source, 0))
    except OSError as exc:
        raise _RunError(f"source {source}: cannot bind ({_describe(exc)}); "
                        "it must be an address of this host (or of the namespace)") from None


@dataclass
class _Run:
    target: Target
    source: str | None
    count: int
    interval_s: float
    timeout_s: float
    concurrency: int
    clock: Callable[[], int]
    verify: bool
    icmp_privileged: bool | None
    origin: int = 0
    samples: list[Sample] = field(default_factory=list)
    pending: set[int] = field(default_factory=set)
    duplicates: int = 0
    truncated: bool = False
    detail: str | None = None
    sending_done: bool = False
    answered_all: asyncio.Event = field(default_factory=asyncio.Event)

    @property
    def timeout_ns(self) -> int:
        return int(self.timeout_s * 1e9)

    def now(self) -> int:
        return self.clock() - self.origin

    def answer(self, seq: int, t_recv: int, status: Status = "ok", error: str | None = None) -> None:
        """An answer to probe ``seq`` read at clock ``t_recv``."""
        if seq not in self.pending:
            if 0 <= seq < len(self.samples):
                self.duplicates += 1
            return
        self.pending.discard(seq)
        s = self.samples[seq]
        rtt = t_recv - self.origin - s.sent_ns
        if rtt > self.timeout_ns:
            s.error = LATE
        else:
            s.rtt_ns, s.status, s.error = max(rtt, 0), status, error
        if self.sending_done and not self.pending:
            self.answered_all.set()

    async def datagrams(self, send: Callable[[int], None]) -> None:
        """Send on schedule through ``send(seq)``; answers come through :meth:`answer`.
        Returns once every probe is answered or timed out."""
        loop = asyncio.get_running_loop()
        start = loop.time()
        send_until = start + _send_window_s(self.target.method, self.count, self.interval_s,
                                            self.timeout_s, self.concurrency)
        last = start
        for seq in range(self.count):
            when = start + seq * self.interval_s
            if when > send_until:
                self.truncated = True
                break
            await _sleep_until(loop, when)
            s = Sample(seq=seq, sent_ns=self.now())
            self.samples.append(s)
            self.pending.add(seq)
            try:
                send(seq)
            except OSError as exc:
                self.pending.discard(seq)
                s.status, s.error = "failed", _describe(exc)
            last = loop.time()
        self.sending_done = True
        if self.pending:
            remaining = last + self.timeout_s + SETTLE_S - loop.time()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.answered_all.wait(), max(remaining, 0.0))

    async def streams(self, probe: Callable[[Sample], Coroutine[Any, Any, None]]) -> None:
        """Start ``probe(sample)`` on schedule, at most ``concurrency`` at a time; each
        probe bounds itself by the timeout, and this waits for them all."""
        loop = asyncio.get_running_loop()
        start = loop.time()
        send_until = start + _send_window_s(self.target.method, self.count, self.interval_s,
                                            self.timeout_s, self.concurrency)
        slots = asyncio.Semaphore(self.concurrency)
        tasks: dict[asyncio.Task[None], Sample] = {}
        for seq in range(self.count):
            when = start + seq * self.interval_s
            if when > send_until:
                self.truncated = True
                break
            await _sleep_until(loop, when)
            try:
                if slots.locked():
                    await asyncio.wait_for(slots.acquire(), max(send_until - loop.time(), 0.001))
                else:
                    await slots.acquire()
            except TimeoutError:
                self.truncated = True
                break
            s = Sample(seq=seq, sent_ns=self.now())
            self.samples.append(s)
            task = asyncio.create_task(probe(s))
            task.add_done_callback(lambda _t: slots.release())
            tasks[task] = s
        if tasks:
            _, stuck = await asyncio.wait(tasks, timeout=self.timeout_s + SETTLE_S + 1.0)
            for task in stuck:
                tasks[task].error = "cancelled at the time bound"
                task.cancel()
            if stuck:
                await asyncio.wait(stuck, timeout=1.0)


def _import_icmplib() -> Any:
    try:
        import icmplib  # type: ignore[import-untyped]
    except ImportError:
        raise _RunError("ICMP probes need the icmplib package (pip install icmplib)") from None
    return icmplib


def _open_icmp(icmplib: Any, family: int, source: str | None,
               privileged: bool | None) -> tuple[Any, bool]:
    cls = icmplib.ICMPv6Socket if family == socket.AF_INET6 else icmplib.ICMPv4Socket
    for priv in ([False, True] if privileged is None else [privileged]):
        try:
            return cls(address=source, privileged=priv), priv
        except icmplib.SocketPermissionError:
            continue
        except icmplib.SocketAddressError:
            raise _RunError(f"source {source}: cannot bind; it must be an address of this host "
                            "(or of the namespace)") from None
        except icmplib.ICMPSocketError as exc:
            raise _RunError(f"cannot open an ICMP socket: {exc}") from None
    tried = {None: "neither an unprivileged datagram socket nor a raw one",
             False: "no unprivileged datagram socket", True: "no raw socket"}[privileged]
    raise _RunError(f"ICMP sockets are not permitted here ({tried}): put the process's group in "
                    "net.ipv4.ping_group_range, or run as root (CAP_NET_RAW)")


async def _run_icmp(run: _Run) -> None:
    icmplib = _import_icmplib()
    family, sockaddr = await _resolve(run.target.host, 0, run.source, socket.SOCK_DGRAM)
    address = sockaddr[0]
    sync_sock, privileged = _open_icmp(icmplib, family, run.source, run.icmp_privileged)
    run.detail = "icmp: " + ("raw socket (privileged)" if privileged
                             else "datagram socket (unprivileged)")
    sock = icmplib.AsyncSocket(sync_sock)
    v6 = family == socket.AF_INET6
    echo_reply, error_types = (129, (1, 3)) if v6 else (0, (3, 11))
    our_id = next(_icmp_ids) % 0xFFFF + 1   # distinct per run in this process
    expected: list[int] = []          # the identifier replies carry (the kernel's, unprivileged)
    payload = _ICMP_MAGIC + bytes(PAYLOAD_SIZE - len(_ICMP_MAGIC))
    loop = asyncio.get_running_loop()
    hard_end = loop.time() + time_bound_s(run.target, run.count, run.interval_s, run.timeout_s,
                                          run.concurrency)

    def send(seq: int) -> None:
        try:
            sock.send(icmplib.ICMPRequest(destination=address, id=our_id, sequence=seq,
                                          payload=payload))
        except icmplib.ICMPSocketError as exc:
            raise OSError(str(exc)) from exc
        if not expected:
            expected.append(our_id if privileged else sock.sock.getsockname()[1])

    async def receive() -> None:
        while (remaining := hard_end - loop.time()) > 0:
            try:
                reply = await sock.receive(None, timeout=remaining)
            except icmplib.TimeoutExceeded:
                return
            except icmplib.ICMPSocketError:
                await asyncio.sleep(0.001)   # a socket error (e.g. a queued ICMP error): go on
                continue
            t_recv = run.clock()
            if not expected or reply.id != expected[0]:
                continue                    # another process's, or our own request (raw, loopback)
            if reply.type == echo_reply:
                run.answer(reply.sequence, t_recv)
            elif reply.type in error_types:
                try:
                    reply.raise_for_status()
                except icmplib.ICMPError as exc:
                    run.answer(reply.sequence, t_recv, "failed", f"ICMP: {exc}")

    receiver = asyncio.create_task(receive())
    try:
        await run.datagrams(send)
    finally:
        receiver.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await receiver
        sock.close()


async def _run_udp(run: _Run) -> None:
    port = cast(int, run.target.port)
    family, sockaddr = await _resolve(run.target.host, port, run.source, socket.SOCK_DGRAM)
    sock = socket.socket(family, socket.SOCK_DGRAM)
    sock.setblocking(False)
    loop = asyncio.get_running_loop()
    token = secrets.token_bytes(8)
    padding = bytes(PAYLOAD_SIZE - _UDP_HEADER)

    def readable() -> None:
        for _ in range(ECHO_BATCH):
            try:
                data = sock.recv(2048)
            except (BlockingIOError, InterruptedError):
                return
            except OSError:
                continue                    # an error queued on the socket: read on
            t_recv = run.clock()
            if len(data) >= _UDP_HEADER and data[:4] == _UDP_MAGIC and data[4:12] == token:
                run.answer(int.from_bytes(data[12:16], "big"), t_recv)

    def send(seq: int) -> None:
        sock.sendto(_UDP_MAGIC + token + seq.to_bytes(4, "big") + padding, sockaddr)

    try:
        if run.source:
            _bind(sock, run.source)
        loop.add_reader(sock.fileno(), readable)
        try:
            await run.datagrams(send)
        finally:
            loop.remove_reader(sock.fileno())
    finally:
        sock.close()


async def _run_tcp(run: _Run) -> None:
    port = cast(int, run.target.port)
    family, sockaddr = await _resolve(run.target.host, port, run.source, socket.SOCK_STREAM)
    if run.source:
        with socket.socket(family, socket.SOCK_STREAM) as trial:
            _bind(trial, run.source)
    loop = asyncio.get_running_loop()

    async def probe(s: Sample) -> None:
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            sock.setblocking(False)
            if run.source:
                sock.bind((run.source, 0))
            t1 = run.clock()
            s.sent_ns = t1 - run.origin
            try:
                async with asyncio.timeout(run.timeout_s):
                    await loop.sock_connect(sock, sockaddr)
            except TimeoutError:
                return                      # lost: the handshake did not complete in time
            except OSError as exc:
                s.rtt_ns, s.status, s.error = run.clock() - t1, "failed", _describe(exc)
                return
            s.rtt_ns, s.status = run.clock() - t1, "ok"
        except OSError as exc:
            s.status, s.error = "failed", _describe(exc)
        finally:
            sock.close()

    await run.streams(probe)


async def _run_http(run: _Run) -> None:
    import httpx

    url = cast(str, run.target.url)
    if run.source:
        with socket.socket(_family_of(run.source), socket.SOCK_STREAM) as trial:
            _bind(trial, run.source)
    limits = httpx.Limits(max_connections=run.concurrency, max_keepalive_connections=0)
    transport = httpx.AsyncHTTPTransport(verify=run.verify, local_address=run.source, retries=0,
                                         limits=limits)
    headers = {"User-Agent": "sasekit-probe/1", "Cache-Control": "no-cache", "Connection": "close"}
    async with httpx.AsyncClient(transport=transport, trust_env=False, follow_redirects=False,
                                 timeout=httpx.Timeout(run.timeout_s)) as client:

        async def probe(s: Sample) -> None:
            t1 = run.clock()
            s.sent_ns = t1 - run.origin
            try:
                async with asyncio.timeout(run.timeout_s):
                    async with client.stream("GET", url, headers=headers) as response:
                        s.rtt_ns = run.clock() - t1
                        s.http_status = code = response.status_code
                        if 200 <= code < 400:
                            s.status = "ok"
                        else:
                            s.status, s.error = "failed", f"HTTP {code}"
            except (TimeoutError, httpx.TimeoutException):
                if s.rtt_ns is None:
                    s.status = "lost"       # nothing in time
            except Exception as exc:        # connection refused, TLS, protocol errors
                if s.rtt_ns is None:
                    s.status, s.error = "failed", _describe(exc)

        await run.streams(probe)


_METHODS: dict[str, Callable[[_Run], Coroutine[Any, Any, None]]] = {
    "icmp": _run_icmp, "udp": _run_udp, "tcp": _run_tcp, "http": _run_http}


async def arun(target: Target | str, *, source: str | None = None, count: int = DEFAULT_COUNT,
               interval_s: float = DEFAULT_INTERVAL_S, timeout_s: float = DEFAULT_TIMEOUT_S,
               concurrency: int | None = None, clock: Callable[[], int] = time.perf_counter_ns,
               verify: bool = True, icmp_privileged: bool | None = None) -> Result:
    """:func:`run`, for a caller already in an event loop."""
    t = parse_target(target) if isinstance(target, str) else target
    _check_args(count, interval_s, timeout_s, concurrency, source)
    conc = concurrency or default_concurrency(interval_s, timeout_s)
    run_ = _Run(t, source, count, interval_s, timeout_s, conc, clock, verify, icmp_privileged)
    started_at = datetime.now(UTC).isoformat(timespec="milliseconds")
    began = time.monotonic()
    run_.origin = clock()
    error = None
    try:
        await _METHODS[t.method](run_)
    except _RunError as exc:
        error = str(exc)
    duration = time.monotonic() - began
    figs = figures(run_.samples)
    statuses = Counter(str(s.http_status) for s in run_.samples if s.http_status is not None)
    reasons = Counter(s.error for s in run_.samples if s.error and s.status == "failed")
    return Result(
        **asdict(figs), target=str(t), method=t.method, host=t.host, port=t.port, source=source,
        count=count, interval_s=interval_s, timeout_s=timeout_s,
        concurrency=conc if t.method in ("tcp", "http") else None,
        started_at=started_at, duration_s=round(duration, 6), duplicates=run_.duplicates,
        truncated=run_.truncated, http_statuses=dict(statuses), errors=dict(reasons),
        error=error, detail=run_.detail, samples=run_.samples)


def run(target: Target | str, *, source: str | None = None, count: int = DEFAULT_COUNT,
        interval_s: float = DEFAULT_INTERVAL_S, timeout_s: float = DEFAULT_TIMEOUT_S,
        concurrency: int | None = None, clock: Callable[[], int] = time.perf_counter_ns,
        verify: bool = True, icmp_privileged: bool | None = None) -> Result:
    """Probe ``target`` ``count`` times, one probe every ``interval_s``, each lost after
    ``timeout_s``, from ``source`` (an address of this host, bound) if given.

    ``concurrency`` bounds the outstanding TCP/HTTP probes; ``clock`` (integer ns,
    monotonic) times the probes; ``verify``: check https certificates;
    ``icmp_privileged``: None tries an unprivileged ICMP socket, then a raw one.
    Raises ValueError for bad arguments; everything the run meets is in the Result.
    Not from inside a running event loop: use :func:`arun` there."""
    return asyncio.run(arun(target, source=source, count=count, interval_s=interval_s,
                            timeout_s=timeout_s, concurrency=concurrency, clock=clock,
                            verify=verify, icmp_privileged=icmp_privileged))


async def arun_many(targets: Iterable[Target | str], **options: Any) -> list[Result]:
    """:func:`arun` for several targets at once (one event loop), results in their order."""
    parsed = [parse_target(t) if isinstance(t, str) else t for t in targets]
    return list(await asyncio.gather(*(arun(t, **options) for t in parsed)))


def run_many(targets: Iterable[Target | str], **options: Any) -> list[Result]:
    """:func:`run` for several targets at once, with the same options."""
    return asyncio.run(arun_many(targets, **options))


def run_in_namespace(ns: str, targets: Iterable[Target | str], *, source: str | None = None,
                     count: int = DEFAULT_COUNT, interval_s: float = DEFAULT_INTERVAL_S,
                     timeout_s: float = DEFAULT_TIMEOUT_S, concurrency: int | None = None,
                     verify: bool = True, python: str = sys.executable) -> list[Result]:
    """Probe from inside network namespace ``ns``: ``ip netns exec NS python -m
    sasekit.health.probes run ... --json`` (root), and its results parsed.

    Raises ValueError for bad arguments, :class:`ProbeError` when the command fails,
    times out or prints no results."""
    if not isinstance(ns, str) or not _NAMESPACE.fullmatch(ns):
        raise ValueError(f"namespace {ns!r}: letters, digits, '_', '.', '-', not starting with '-' or '.'")
    parsed = [parse_target(t) if isinstance(t, str) else t for t in targets]
    if not parsed:
        raise ValueError("run_in_namespace: no target")
    _check_args(count, interval_s, timeout_s, concurrency, source)
    argv = ["ip", "netns", "exec", ns, python, "-m", "sasekit.health.probes", "run",
            "--count", str(count), "--interval", repr(interval_s), "--timeout", repr(timeout_s),
            "--json"]
    if source:
        argv += ["--source", source]
    if concurrency:
        argv += ["--concurrency", str(concurrency)]
    if not verify:
        argv.append("--insecure")
    argv += ["--", *(str(t) for t in parsed)]
    limit = max(time_bound_s(t, count, interval_s, timeout_s, concurrency) for t in parsed)
    limit += NAMESPACE_STARTUP_S
    try:
        proc = subprocess.run(argv, capture_output=True, text=True, timeout=limit,
                              stdin=subprocess.DEVNULL, check=False)
    except FileNotFoundError:
        raise ProbeError("`ip` (iproute2) is not installed") from None
    except subprocess.TimeoutExpired:
        raise ProbeError(f"probes in namespace {ns} did not finish in {limit:.0f} s") from None
    tail = (proc.stderr or "").strip()[-600:]
    if proc.returncode not in (0, 1):
        raise ProbeError(f"probes in namespace {ns} failed (exit {proc.returncode}): {tail}")
    try:
        data = json.loads(proc.stdout)
        return [Result.from_dict(r) for r in data["results"]]
    except (ValueError, KeyError, TypeError) as exc:
        raise ProbeError(f"probes in namespace {ns} printed no results ({exc}): {tail}") from None


# --------------------------------------------------------------------------- echo responder


class EchoServer:
    """RFC 862 echo on ``host``:``port`` (0: any free port; UDP and TCP then share it),
    served by one thread (:meth:`start`) or the caller's (:meth:`serve`) until
    :meth:`stop` or ``lifetime_s``. ``port`` is the bound port once started."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, *, udp: bool = True,
                 tcp: bool = False, lifetime_s: float = ECHO_DEFAULT_LIFETIME_S,
                 max_connections: int = ECHO_MAX_CONNECTIONS) -> None:
        if not (udp or tcp):
            raise ValueError("echo server: UDP, TCP or both")
        if not 0 < lifetime_s <= ECHO_MAX_LIFETIME_S:
            raise ValueError(f"echo lifetime {lifetime_s!r} s: above 0 and at most {ECHO_MAX_LIFETIME_S:.0f} s")
        if isinstance(port, bool) or not isinstance(port, int) or not 0 <= port <= 65535:
            raise ValueError(f"echo port {port!r}: 0-65535 (0: any free port)")
        try:
            ipaddress.ip_address(host)
        except ValueError:
            raise ValueError(f"echo host {host!r}: an IP address to listen on") from None
        self.host, self.udp, self.tcp = host, udp, tcp
        self.lifetime_s, self.max_connections = lifetime_s, max_connections
        self.port = port
        self.datagrams = 0           # echoed
        self.connections = 0         # accepted
        self._wanted_port = port
        self._udp_sock: socket.socket | None = None
        self._tcp_sock: socket.socket | None = None
        self._wake_r, self._wake_w = socket.socketpair()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def _bind(self) -> None:
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        for attempt in range(20):
            u = t = None
            try:
                port = self._wanted_port
                if self.udp:
                    u = socket.socket(family, socket.SOCK_DGRAM)
                    u.bind((self.host, port))
                    port = u.getsockname()[1]
                if self.tcp:
                    t = socket.socket(family, socket.SOCK_STREAM)
                    t.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                    t.bind((self.host, port))
                    t.listen(128)
                    port = t.getsockname()[1]
            except OSError as exc:
                for s in (u, t):
                    if s is not None:
                        s.close()
                if self._wanted_port == 0 and exc.errno == errno.EADDRINUSE and attempt < 19:
                    continue                # the UDP port's number is taken for TCP: another
                raise
            for s in (u, t):
                if s is not None:
                    s.setblocking(False)
            self._udp_sock, self._tcp_sock, self.port = u, t, port
            return

    def start(self) -> EchoServer:
        """Bind (OSError if it cannot), then serve in a daemon thread."""
        self._bind()
        self._thread = threading.Thread(target=self._loop, name=f"echo-{self.port}", daemon=True)
        self._thread.start()
        return self

    def serve(self) -> None:
        """Bind and serve in this thread until stopped or the lifetime is over."""
        self._bind()
        self._loop()

    def stop(self, timeout_s: float = 2.0) -> None:
        self._stopping.set()
        with contextlib.suppress(OSError):
            self._wake_w.send(b"x")
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout_s)

    def __enter__(self) -> EchoServer:
        return self if self._thread is not None else self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    def _loop(self) -> None:
        sel = selectors.DefaultSelector()
        conns: dict[socket.socket, bytearray] = {}
        try:
            sel.register(self._wake_r, selectors.EVENT_READ, "wake")
            if self._udp_sock is not None:
                sel.register(self._udp_sock, selectors.EVENT_READ, "udp")
            if self._tcp_sock is not None:
                sel.register(self._tcp_sock, selectors.EVENT_READ, "listen")
            deadline = time.monotonic() + self.lifetime_s
            while not self._stopping.is_set():
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                for key, mask in sel.select(min(remaining, 1.0)):
                    sock = cast(socket.socket, key.fileobj)
                    if key.data == "wake":
                        with contextlib.suppress(OSError):
                            sock.recv(64)
                    elif key.data == "udp":
                        self._echo_datagrams(sock)
                    elif key.data == "listen":
                        self._accept(sel, sock, conns)
                    else:
                        self._echo_stream(sel, sock, mask, conns)
        finally:
            self._stopping.set()
            for conn in conns:
                conn.close()
            sel.close()
            for s in (self._udp_sock, self._tcp_sock, self._wake_r, self._wake_w):
                if s is not None:
                    s.close()

    def _echo_datagrams(self, sock: socket.socket) -> None:
        for _ in range(ECHO_BATCH):
            try:
                data, addr = sock.recvfrom(65535)
            except (BlockingIOError, InterruptedError):
                return
            except OSError:
                continue
            if addr[1] in _NO_ECHO_PORTS:
                continue
            with contextlib.suppress(OSError):
                sock.sendto(data, addr)
                self.datagrams += 1

    def _accept(self, sel: selectors.BaseSelector, listener: socket.socket,
                conns: dict[socket.socket, bytearray]) -> None:
        try:
            conn, _ = listener.accept()
        except OSError:
            return
        if len(conns) >= self.max_connections:
            conn.close()
            return
        conn.setblocking(False)
        conns[conn] = bytearray()
        self.connections += 1
        sel.register(conn, selectors.EVENT_READ, "conn")

    def _echo_stream(self, sel: selectors.BaseSelector, conn: socket.socket, mask: int,
                     conns: dict[socket.socket, bytearray]) -> None:
        pending = conns[conn]
        try:
            if mask & selectors.EVENT_READ:
                data = conn.recv(65536)
                if not data:
                    raise ConnectionResetError
                pending += data
                if len(pending) > ECHO_MAX_PENDING:
                    raise BufferError
            if pending:
                del pending[:conn.send(pending)]
        except (BlockingIOError, InterruptedError):
            pass
        except (OSError, BufferError):
            sel.unregister(conn)
            del conns[conn]
            conn.close()
            return
        events = selectors.EVENT_READ | (selectors.EVENT_WRITE if pending else 0)
        sel.modify(conn, events, "conn")


def echo_server(host: str = "127.0.0.1", port: int = 0, *, udp: bool = True, tcp: bool = False,
                lifetime_s: float = ECHO_DEFAULT_LIFETIME_S) -> EchoServer:
    """A started :class:`EchoServer` (a context manager: ``with echo_server() as echo:``)."""
    return EchoServer(host, port, udp=udp, tcp=tcp, lifetime_s=lifetime_s).start()


# --------------------------------------------------------------------------- command line


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(f"{text!r}: a number above 0")
    return value


def _target_arg(text: str) -> Target:
    try:
        return parse_target(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m sasekit.health.probes",
                                     description="Path probes and an echo responder.")
    sub = parser.add_subparsers(dest="command", required=True)
    r = sub.add_parser("run", help="probe targets; one result per target")
    r.add_argument("targets", nargs="+", type=_target_arg, metavar="TARGET", help=TARGET_RULE)
    r.add_argument("--source", help="an address of this host to send from (bound)")
    r.add_argument("--count", type=int, default=DEFAULT_COUNT)
    r.add_argument("--interval", type=_positive_float, default=DEFAULT_INTERVAL_S, help="seconds")
    r.add_argument("--timeout", type=_positive_float, default=DEFAULT_TIMEOUT_S, help="seconds")
    r.add_argument("--concurrency", type=int, help="outstanding TCP/HTTP probes at most")
    r.add_argument("--insecure", action="store_true", help="do not verify https certificates")
    r.add_argument("--json", action="store_true", help='print {"version": 1, "results": [...]}')
    r.add_argument("--no-samples", action="store_true", help="leave the samples out of --json")
    e = sub.add_parser("echo", help="an RFC 862 echo responder, for a bounded time")
    e.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    e.add_argument("--port", type=int, default=ECHO_PORT, help="0: any free port")
    e.add_argument("--tcp", action="store_true", help="TCP echo too")
    e.add_argument("--no-udp", action="store_true", help="no UDP echo (with --tcp)")
    e.add_argument("--lifetime", type=_positive_float, default=ECHO_DEFAULT_LIFETIME_S,
                   help=f"seconds before it exits (at most {ECHO_MAX_LIFETIME_S:.0f})")
    return parser


def _cmd_run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    try:
        _check_args(args.count, args.interval, args.timeout, args.concurrency, args.source)
    except ValueError as exc:
        parser.error(str(exc))
    results = run_many(args.targets, source=args.source, count=args.count,
                       interval_s=args.interval, timeout_s=args.timeout,
                       concurrency=args.concurrency, verify=not args.insecure)
    if args.json:
        doc = {"version": JSON_VERSION,
               "results": [r.to_dict(samples=not args.no_samples) for r in results]}
        sys.stdout.write(json.dumps(doc, separators=(",", ":")) + "\n")
    else:
        for r in results:
            print(r.summary())
    return 0 if all(r.ok for r in results) else 1


def _cmd_echo(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    try:
        server = EchoServer(args.host, args.port, udp=not args.no_udp, tcp=args.tcp,
                            lifetime_s=args.lifetime)
        server._bind()
    except ValueError as exc:
        parser.error(str(exc))
    except OSError as exc:
        print(f"echo: cannot listen on {args.host}:{args.port}: {_describe(exc)}", file=sys.stderr)
        return 1

    def stop(_sig: int, _frame: FrameType | None) -> None:
        server.stop()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    ready = {"echo": {"host": server.host, "port": server.port, "udp": server.udp,
                      "tcp": server.tcp, "lifetime_s": server.lifetime_s}}
    sys.stdout.write(json.dumps(ready) + "\n")
    sys.stdout.flush()
    server._loop()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "run":
        return _cmd_run(args, parser)
    return _cmd_echo(args, parser)


if __name__ == "__main__":
    sys.exit(main())
