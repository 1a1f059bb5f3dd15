"""Injected failures: the bad days of the real service, on demand and reproducibly.

The real gateway sometimes answers 500 (SCM JSON), 502 or 503 (an HTML page from the
proxy in front), or drops the connection, before or after the change was applied. A
client has to survive all of them, so the emulator can produce each with a set
probability. A seeded ``random.Random`` makes a failing run repeatable.

The fault probabilities are adjacent slices of one uniform draw, so they exclude each
other and their sum is the total fault rate (hence the rule that the sum is at most 1).
The admin endpoint changes the settings at run time through :meth:`FaultInjector.update`,
which validates before it applies anything.
"""

from __future__ import annotations

import dataclasses
import json
import math
import random
from dataclasses import dataclass
from typing import Any

from sasekit.emulator.config import Faults

__all__ = [
    "HTML_CONTENT_TYPE",
    "KINDS",
    "PROBABILITIES",
    "Decision",
    "FaultInjector",
    "error_500_body",
    "error_page",
    "html_502",
    "html_503",
    "validate",
]

# The order of the slices of the uniform draw; part of the seeded behaviour, keep it.
PROBABILITIES = ("p500", "p502", "p503", "p_drop_before", "p_drop_after", "p_empty")
_KIND_OF = {"p500": "500", "p502": "502", "p503": "503",
            "p_drop_before": "drop_before", "p_drop_after": "drop_after", "p_empty": "empty"}
KINDS = ("none", *(_KIND_OF[name] for name in PROBABILITIES))
_FIELDS = tuple(f.name for f in dataclasses.fields(Faults))


@dataclass(frozen=True, slots=True)
class Decision:
    """What to do to one request: ``kind`` is one of :data:`KINDS`; wait ``latency_s`` first."""

    kind: str
    latency_s: float


def _is_number(value: object) -> bool:
    # bool is an int subclass, but "p502: true" is a mistake, not a probability of 1.
    return isinstance(value, int | float) and not isinstance(value, bool)


def validate(cfg: Faults) -> None:
    """Raise ValueError naming the first bad field of ``cfg``."""
    for name in PROBABILITIES:
        value = getattr(cfg, name)
        if not _is_number(value) or not 0.0 <= value <= 1.0:
            raise ValueError(f"faults.{name} must be a probability between 0 and 1, not {value!r}")
    total = sum(getattr(cfg, name) for name in PROBABILITIES)
    if total > 1.0 + 1e-9:
        used = " + ".join(f"{name}={getattr(cfg, name)}" for name in PROBABILITIES
                          if getattr(cfg, name))
        raise ValueError(f"faults: {used} add up to {total:g}; together they must be at most 1")
    if not _is_number(cfg.latency_ms) or not (0.0 <= cfg.latency_ms < math.inf):
        raise ValueError(f"faults.latency_ms must be a finite number >= 0, not {cfg.latency_ms!r}")
    ttl = cfg.token_ttl_s
    if ttl is not None and (not _is_number(ttl) or not (0.0 < ttl < math.inf)):
        raise ValueError(f"faults.token_ttl_s must be a number of seconds > 0 or null, not {ttl!r}")
    if cfg.seed is not None and (not isinstance(cfg.seed, int) or isinstance(cfg.seed, bool)):
        raise ValueError(f"faults.seed must be an integer or null, not {cfg.seed!r}")


class FaultInjector:
    """Draws one :class:`Decision` per API request from the ``Faults`` settings.

    ``cfg`` is kept, not copied, and :meth:`update` changes it in place: the token
    authority reads ``faults.token_ttl_s`` from the same object, so one admin call
    changes both.
    """

    def __init__(self, cfg: Faults) -> None:
        validate(cfg)
        self.cfg = cfg
        self._rng = random.Random(cfg.seed)

    def decide(self) -> Decision:
        """One uniform draw, cut into the fault slices in :data:`PROBABILITIES` order."""
        cfg = self.cfg
        latency_s = cfg.latency_ms / 1000.0
        if not (cfg.p500 or cfg.p502 or cfg.p503 or cfg.p_drop_before or cfg.p_drop_after or cfg.p_empty):
            return Decision("none", latency_s)  # no draw: the common case stays cheap
        x = self._rng.random()
        edge = 0.0
        for name in PROBABILITIES:
            edge += getattr(cfg, name)
            if x < edge:
                return Decision(_KIND_OF[name], latency_s)
        return Decision("none", latency_s)

    def update(self, changes: dict[str, Any]) -> Faults:
        """Validate ``changes`` as a whole, apply them, and return a copy of the new settings.

        Nothing is applied if anything is wrong, so a bad admin call cannot leave the
        settings half-changed. A new ``seed`` restarts the random sequence.
        """
        if not isinstance(changes, dict):
            raise ValueError(f"fault settings must be a mapping, not {type(changes).__name__}")
        unknown = sorted(str(name) for name in changes if name not in _FIELDS)
        if unknown:
            raise ValueError(f"unknown fault setting(s) {', '.join(unknown)}; "
                             f"known: {', '.join(_FIELDS)}")
        candidate = dataclasses.replace(self.cfg, **changes)
        validate(candidate)
        for name in changes:
            setattr(self.cfg, name, getattr(candidate, name))
        if "seed" in changes:
            self._rng.seed(self.cfg.seed)
        return dataclasses.replace(self.cfg)

    def snapshot(self) -> dict[str, Any]:
        """The current settings as plain data, for the admin endpoint's answer."""
        return dataclasses.asdict(self.cfg)


# -- bodies of injected errors ------------------------------------------------------------
# 502 and 503 come from the proxy in front of the API, so they are HTML, as nginx writes
# them; a client that assumes every error body is JSON must be caught out here.

_NGINX_PAGE = (
    "<html>\r\n<head><title>{status} {reason}</title></head>\r\n<body>\r\n"
    "<center><h1>{status} {reason}</h1></center>\r\n<hr><center>nginx</center>\r\n"
    "</body>\r\n</html>\r\n"
)
_GATEWAY_PAGES = {
    status: _NGINX_PAGE.format(status=status, reason=reason).encode("ascii")
    for status, reason in ((502, "Bad Gateway"), (503, "Service Temporarily Unavailable"),
                           (504, "Gateway Time-out"))
}
HTML_CONTENT_TYPE = "text/html"


def error_page(status: int) -> bytes:
    """The HTML body a gateway sends with ``status`` (502, 503 or 504), as ``text/html``."""
    try:
        return _GATEWAY_PAGES[status]
    except KeyError:
        raise ValueError(f"no gateway page for status {status}; have {sorted(_GATEWAY_PAGES)}") from None


def html_502() -> bytes:
    """The body of an injected 502, served as ``text/html``."""
    return _GATEWAY_PAGES[502]


def html_503() -> bytes:
    """The body of an injected 503, served as ``text/html``."""
    return _GATEWAY_PAGES[503]


def error_500_body(request_id: str) -> bytes:
    """The body of an injected 500: the API's own JSON error shape, code E000."""
    return json.dumps({
        "_errors": [{"code": "E000", "message": "Internal Error", "details": {}}],
        "_request_id": request_id,
    }).encode("utf-8")
