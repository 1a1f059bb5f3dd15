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
import random
from dataclasses import dataclass
from typing import Any

from sasekit.emulator.config import FAULT_PROBABILITIES, Faults, check_changes, fault_sum_problems

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
PROBABILITIES = FAULT_PROBABILITIES
_KIND_OF = {"p500": "500", "p502": "502", "p503": "503",
            "p_drop_before": "drop_before", "p_drop_after": "drop_after", "p_empty": "empty"}
KINDS = ("none", *(_KIND_OF[name] for name in PROBABILITIES))


@dataclass(frozen=True, slots=True)
class Decision:
    """What to do to one request: ``kind`` is one of :data:`KINDS`; wait ``latency_s`` first."""

    kind: str
    latency_s: float


def validate(cfg: Faults) -> None:
    """Raise ValueError naming every bad field of ``cfg``, with its rule
    (:data:`~sasekit.emulator.config.RULES`) and value."""
    _, problems = check_changes("faults", dataclasses.asdict(cfg))
    problems = problems or fault_sum_problems(cfg)
    if problems:
        raise ValueError("; ".join(problems))


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
        checked, problems = self.check(changes)
        if problems:
            raise ValueError("; ".join(problems))
        for name in checked:
            setattr(self.cfg, name, checked[name])
        if "seed" in checked:
            self._rng.seed(self.cfg.seed)
        return dataclasses.replace(self.cfg)

    def check(self, changes: Any) -> tuple[dict[str, Any], list[str]]:
        """``changes`` normalized, and every problem with them (each field against its rule,
        then the sum of the probabilities they would leave); nothing is applied."""
        checked, problems = check_changes("faults", changes)
        if not problems:
            problems = fault_sum_problems(dataclasses.replace(self.cfg, **checked))
        return checked, problems

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
