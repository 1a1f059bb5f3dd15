"""Per-IP rate limiting: 429 over the limit, 403 and a block over block_at."""

from __future__ import annotations

import math
from collections import defaultdict

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fakes import FakeClock
from sasekit.emulator.config import RateLimit
from sasekit.emulator.limits import RateLimiter, Verdict


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(1000.0)


@pytest.fixture
def limiter(clock: FakeClock) -> RateLimiter:
    return RateLimiter(RateLimit(limit=10, block_at=15, window_s=60, block_s=180), clock=clock)


def test_the_eleventh_request_in_a_window_gets_429(limiter: RateLimiter, clock: FakeClock) -> None:
    for _ in range(10):
        assert limiter.check("10.0.0.1") is None
        clock.now += 1  # requests at 1000..1009
    verdict = limiter.check("10.0.0.1")  # at 1010
    assert verdict == Verdict(status=429, retry_after=51)  # the second request leaves at 1061
    # At 1061 the two oldest have left: 9 remain, so one more fits.
    clock.now = 1061
    assert limiter.check("10.0.0.1") is None


def test_retry_after_is_whole_seconds_and_at_least_one(limiter: RateLimiter, clock: FakeClock) -> None:
    for _ in range(10):
        limiter.check("ip")
    clock.now += 59.7
    verdict = limiter.check("ip")
    assert verdict is not None
    assert verdict.status == 429
    assert verdict.retry_after == 1  # 0.3 s rounds up, never down to 0
    assert isinstance(verdict.retry_after, int)


def test_obeying_retry_after_gets_served(limiter: RateLimiter, clock: FakeClock) -> None:
    for _ in range(10):
        limiter.check("ip")
        clock.now += 2.5
    verdict = limiter.check("ip")
    assert verdict is not None
    clock.now += verdict.retry_after
    assert limiter.check("ip") is None


def test_ignoring_429_leads_to_403_and_a_block(limiter: RateLimiter, clock: FakeClock) -> None:
    verdicts = [limiter.check("ip") for _ in range(15)]
    assert verdicts[:10] == [None] * 10
    assert [v.status for v in verdicts[10:]] == [429] * 5  # type: ignore[union-attr]
    assert limiter.check("ip") == Verdict(403, 180)  # the 16th
    clock.now += 100
    assert limiter.check("ip") == Verdict(403, 80)
    clock.now += 79.5
    assert limiter.check("ip") == Verdict(403, 1)
    clock.now += 0.5  # block_s has passed
    assert limiter.check("ip") is None
    # After the block the IP starts afresh: a full limit is available again.
    assert all(limiter.check("ip") is None for _ in range(9))
    assert limiter.check("ip").status == 429  # type: ignore[union-attr]


def test_requests_during_a_block_do_not_extend_it(limiter: RateLimiter, clock: FakeClock) -> None:
    for _ in range(16):
        limiter.check("ip")
    for _ in range(179):
        clock.now += 1
        assert limiter.check("ip").status == 403  # type: ignore[union-attr]
    clock.now += 1
    assert limiter.check("ip") is None


def test_the_window_rolls_over(limiter: RateLimiter, clock: FakeClock) -> None:
    for _ in range(10):
        assert limiter.check("ip") is None
    assert limiter.check("ip").status == 429  # type: ignore[union-attr]
    clock.now += 60  # every hit above is now exactly window_s old: out of the window
    for _ in range(10):
        assert limiter.check("ip") is None
    # Once those leave too, a steady 1 request per 6 s never trips a 10-per-60 s limit.
    clock.now += 60
    for _ in range(100):
        clock.now += 6
        assert limiter.check("ip") is None


def test_ips_are_counted_separately(limiter: RateLimiter) -> None:
    for _ in range(16):
        limiter.check("10.0.0.1")
    assert limiter.check("10.0.0.1").status == 403  # type: ignore[union-attr]
    assert limiter.check("10.0.0.2") is None


def test_disabled_always_serves(clock: FakeClock) -> None:
    limiter = RateLimiter(RateLimit(enabled=False, limit=1, block_at=2), clock=clock)
    assert all(limiter.check("ip") is None for _ in range(1000))


def test_config_changes_apply_at_once(limiter: RateLimiter) -> None:
    for _ in range(10):
        limiter.check("ip")
    limiter.cfg.enabled = False
    assert limiter.check("ip") is None
    limiter.cfg.enabled = True
    limiter.cfg.limit = 100
    limiter.cfg.block_at = 200
    assert limiter.check("ip") is None


def test_reset_forgets_counts_and_blocks(limiter: RateLimiter) -> None:
    for _ in range(16):
        limiter.check("ip")
    limiter.reset()
    assert limiter.check("ip") is None


def test_memory_stays_bounded_by_the_window(limiter: RateLimiter, clock: FakeClock) -> None:
    limiter.cfg.limit, limiter.cfg.block_at = 10**9, 10**9
    for i in range(10_000):
        limiter.check("steady")
        limiter.check(f"passer-by-{i}")  # each IP is seen once
        clock.now += 0.1
    assert len(limiter._hits["steady"]) <= 601  # 60 s of 10 requests a second
    assert len(limiter._hits) <= 2 * 601  # silent IPs are swept once per window
    for _ in range(16):
        limiter.check("blocked")
    clock.now += 10_000
    limiter.check("steady")
    assert set(limiter._hits) == {"steady"}
    assert limiter._blocked_until == {}


class Model:
    """The rules as plainly as they can be said, to check the fast limiter against."""

    def __init__(self, cfg: RateLimit) -> None:
        self.cfg = cfg
        self.hits: dict[str, list[float]] = defaultdict(list)
        self.blocked: dict[str, float] = {}

    def check(self, ip: str, now: float) -> Verdict | None:
        cfg = self.cfg
        if ip in self.blocked and now < self.blocked[ip]:
            return Verdict(403, max(1, math.ceil(self.blocked[ip] - now)))
        self.blocked.pop(ip, None)
        hits = [t for t in self.hits[ip] if t > now - cfg.window_s] + [now]
        self.hits[ip] = hits
        if len(hits) > cfg.block_at:
            self.blocked[ip] = now + cfg.block_s
            self.hits[ip] = []
            return Verdict(403, max(1, math.ceil(cfg.block_s)))
        if len(hits) > cfg.limit:
            # The smallest wait after which one more request would be served.
            for wait in range(1, 10_000):
                if sum(t > now + wait - cfg.window_s for t in hits) + 1 <= cfg.limit:
                    return Verdict(429, wait)
        return None


@settings(max_examples=200, deadline=None)
@given(
    limit=st.integers(1, 8),
    extra=st.integers(0, 6),
    window=st.integers(1, 30),
    block=st.integers(1, 60),
    steps=st.lists(st.tuples(st.sampled_from(["a", "b"]), st.integers(0, 20).map(lambda n: n / 4)),
                   max_size=120),
)
def test_matches_a_plain_model(limit: int, extra: int, window: int, block: int,
                               steps: list[tuple[str, float]]) -> None:
    cfg = RateLimit(limit=limit, block_at=limit + extra, window_s=window, block_s=block)
    clock = FakeClock(0.0)
    limiter, model = RateLimiter(cfg, clock=clock), Model(cfg)
    for ip, advance in steps:
        clock.now += advance
        assert limiter.check(ip) == model.check(ip, clock.now), (ip, clock.now)
