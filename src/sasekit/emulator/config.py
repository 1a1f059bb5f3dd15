"""Emulator settings: accounts, token lifetime, job timing, rate limits and faults.

Everything that makes the emulator behave like a particular tenant on a particular
day lives here, so tests can dial it (a 2-second token, a 50 ms push, a 10-request
rate limit, a 30% chance of a 502) without touching the code that serves requests.
A config file is JSON or YAML with the same field names.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any

ROLES = ("admin", "read-only", "no-setup")
SYSTEM_FOLDERS = (
    "Shared",
    "Mobile Users",
    "Remote Networks",
    "Service Connections",
    "Mobile Users Container",
    "Mobile Users Explicit Proxy",
)
# A documented account for trying sasekit with no credentials of one's own.
DEMO_ACCOUNT = {
    "client_id": "demo@1234567890.iam.panserviceaccount.com",
    "client_secret": "sasekit-demo-secret",
    "tsg_id": "1234567890",
    "role": "admin",
}


@dataclass
class Account:
    """A service account: credentials, the TSG it may act on, and its role.

    ``admin`` reads and writes everything; ``read-only`` gets 403 E007 on any change;
    ``no-setup`` works on the configuration API but gets 403 on the Setup API folders.
    """

    client_id: str
    client_secret: str
    tsg_id: str
    role: str = "admin"

    def __post_init__(self) -> None:
        if self.role not in ROLES:
            raise ValueError(f"account role must be one of {ROLES}, not {self.role!r}")

    def __repr__(self) -> str:
        return f"Account(client_id={self.client_id!r}, tsg_id={self.tsg_id!r}, role={self.role!r})"


@dataclass
class RateLimit:
    """Per source IP, rolling window: over ``limit`` -> 429; over ``block_at`` -> 403 for ``block_s``."""

    enabled: bool = True
    window_s: float = 60.0
    limit: int = 2000
    block_at: int = 2500
    block_s: float = 180.0


@dataclass
class Faults:
    """Injected failures. Probabilities are per API request (token and admin endpoints excluded)."""

    p500: float = 0.0
    p502: float = 0.0  # answered with an HTML body, like a gateway
    p503: float = 0.0
    latency_ms: float = 0.0
    p_drop_before: float = 0.0  # connection dropped before the request is processed
    p_drop_after: float = 0.0  # processed, then the connection is dropped before the answer
    p_empty: float = 0.0  # answered 200 with no body, a known service hiccup
    token_ttl_s: float | None = None  # early token expiry: tokens die after this many seconds
    seed: int | None = None


@dataclass
class EmulatorConfig:
    accounts: list[Account] = field(default_factory=list)
    token_ttl_s: float = 900.0  # the real service: 15 minutes
    push_s: float = 2.0  # how long a push job takes from ACT to FIN
    db: str = ":memory:"
    rate_limit: RateLimit = field(default_factory=RateLimit)
    faults: Faults = field(default_factory=Faults)
    max_page: int = 5000  # real tenants cap a page at 5000
    default_page: int = 200
    max_body_bytes: int = 2_000_000
    demo: bool = False  # True when the demo account was created because none was configured

    @classmethod
    def from_mapping(cls, data: dict[str, Any]) -> EmulatorConfig:
        """Build from a JSON/YAML mapping; unknown keys are an error that names them."""
        return _build(cls, data, "config")

    @classmethod
    def from_file(cls, path: str) -> EmulatorConfig:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        if path.endswith((".yaml", ".yml")):
            import yaml

            data = yaml.safe_load(text) or {}
        else:
            import json

            data = json.loads(text or "{}")
        return cls.from_mapping(data)

    def with_default_account(self, environ: dict[str, str] | None = None) -> EmulatorConfig:
        """With no account configured: one admin from SCM_* variables, else the demo account."""
        if self.accounts:
            return self
        env = os.environ if environ is None else environ
        cid, secret, tsg = env.get("SCM_CLIENT_ID"), env.get("SCM_CLIENT_SECRET"), env.get("SCM_TSG_ID")
        if cid and secret and tsg:
            self.accounts = [Account(cid, secret, tsg, "admin")]
        else:
            self.accounts = [Account(**DEMO_ACCOUNT)]
            self.demo = True
        return self


def _build(cls: Any, data: dict[str, Any], where: str) -> Any:
    if not isinstance(data, dict):
        raise ValueError(f"{where}: expected a mapping, got {type(data).__name__}")
    known = {f.name: f for f in fields(cls)}
    unknown = sorted(set(data) - set(known))
    if unknown:
        raise ValueError(f"{where}: unknown setting(s) {', '.join(unknown)}; known: {', '.join(known)}")
    kwargs: dict[str, Any] = {}
    for name, value in data.items():
        default = known[name].default_factory
        sample = default() if callable(default) else None
        if name == "accounts":
            kwargs[name] = [Account(**a) for a in value]
        elif is_dataclass(sample):
            kwargs[name] = _build(type(sample), value, f"{where}.{name}")
        else:
            kwargs[name] = value
    return cls(**kwargs)
