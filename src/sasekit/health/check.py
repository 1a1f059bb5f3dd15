"""``client.check()``: the guide's "Test Connection", with its troubleshooting remedies.

Before a big job, check that a token can be had and one light call succeeds; report
what failed in the guide's words and what to do about it, instead of raising.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .. import transport as t
from ..errors import (
    APIError,
    Forbidden,
    NotAuthenticated,
    SasekitError,
    TokenFetchError,
    TokenUnavailableError,
    TransportError,
)

if TYPE_CHECKING:
    from ..engine import Engine

# The guide's troubleshooting table, keyed by what failed.
REMEDIES = {
    "token-401": "Client ID or Client Secret is incorrect, or the secret has been rotated. Regenerate the "
                 "credential in SCM (Settings → Identity & Access → Service Accounts) and update it here.",
    "token-403": "The service account lacks an active role assignment on the TSG. Check Settings → "
                 "Identity & Access in SCM.",
    "token-unreachable": "The token endpoint is not reachable. Check network connectivity to the auth URL "
                         "and any corporate proxy settings.",
    "api-403": "The service account is authenticated but lacks the role required for this resource. Most "
               "resources require Prisma Access Admin.",
    "api-401": "The token was refused by the API. Check that the TSG ID matches the service account.",
    "api-unreachable": "The API host is not reachable. Check the base URL (regional tenants use their own "
                       "host) and network connectivity.",
    "api-error": "The API answered with an error. Retry; if it persists, check the Prisma Access status.",
}


@dataclass
class Step:
    name: str
    ok: bool
    detail: str
    remedy: str | None = None
    ms: float = 0.0


@dataclass
class HealthReport:
    steps: list[Step] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(s.ok for s in self.steps)

    def __str__(self) -> str:
        lines = []
        for s in self.steps:
            lines.append(f"[{'ok' if s.ok else 'FAIL'}] {s.name}: {s.detail}")
            if s.remedy:
                lines.append(f"      {s.remedy}")
        return "\n".join(lines)


def check_flow(engine: Engine) -> t.Flow[HealthReport]:
    report = HealthReport()
    started = time.perf_counter()
    try:
        token = yield t.Token()
        del token
        report.steps.append(Step("token", True, f"obtained from {engine.settings.token_url}",
                                 ms=(time.perf_counter() - started) * 1000))
    except TokenFetchError as exc:
        key = "token-403" if exc.status == 403 else "token-401"
        report.steps.append(Step("token", False, str(exc), REMEDIES[key]))
        return report
    except TokenUnavailableError as exc:
        report.steps.append(Step("token", False, str(exc), REMEDIES["token-unreachable"]))
        return report
    started = time.perf_counter()
    try:
        answer = yield from engine.call(engine.plan("address", "list", {"folder": "Shared", "limit": 1}))
        total = answer.get("total") if isinstance(answer, dict) else None
        report.steps.append(Step("api", True, f"listed addresses in Shared (total {total})",
                                 ms=(time.perf_counter() - started) * 1000))
    except Forbidden as exc:
        report.steps.append(Step("api", False, str(exc), REMEDIES["api-403"]))
    except NotAuthenticated as exc:
        report.steps.append(Step("api", False, str(exc), REMEDIES["api-401"]))
    except TransportError as exc:
        report.steps.append(Step("api", False, str(exc), REMEDIES["api-unreachable"]))
    except (APIError, SasekitError) as exc:
        report.steps.append(Step("api", False, str(exc), REMEDIES["api-error"]))
    return report
