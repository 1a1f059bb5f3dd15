"""Test doubles shared by several test files."""

from __future__ import annotations


class FakeClock:
    """A clock that moves only when a test moves it (``clock.now += 5``)."""

    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now
