"""Emulator settings: accounts, token lifetime, job timing, rate limits and faults.

Everything that makes the emulator behave like a particular tenant on a particular
day lives here, so tests can dial it (a 2-second token, a 50 ms push, a 10-request
rate limit, a 30% chance of a 502) without touching the code that serves requests.
A config file is JSON or YAML with the same field names.

Every setting has a rule (:data:`RULES`), checked wherever a setting comes in: the config
given at start (:meth:`EmulatorConfig.check`, run by the app and by ``sasekit emulator
serve`` before it prints anything) and the admin endpoints that change settings at run
time (:func:`check_changes`). A value out of range is refused instead of being obeyed:
``latency_ms: 1e300`` would hang every request, ``window_s: -5`` would turn the rate
limit into nonsense.
"""

from __future__ import annotations

import math
import os
import secrets
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any

from .prisma_data import SEED_CHOICES

ROLES = ("admin", "read-only", "no-setup")
SYSTEM_FOLDERS = (
    "Shared",
    "Mobile Users",
    "Remote Networks",
    "Service Connections",
    "Mobile Users Container",
    "Mobile Users Explicit Proxy",
)
#: The namespace of the system folders' ids (:func:`system_folder_id`). Fixed for good: a
#: state file, a client's cache or a test may hold an id made from it.
SYSTEM_FOLDER_NAMESPACE = uuid.UUID("5a5e0f01-de75-4c3a-9e1b-5a5e4b175f01")


def system_folder_id(tsg: str, name: str) -> str:
    """The id of system folder ``name`` in tenant ``tsg``: a UUID, as every folder id is
    (pan-scm-sdk's folder models refuse anything else), the same on every start.

    Per tenant, as on the real service, where each tenant's folders are its own objects:
    one tenant's folder id names nothing in another (a client that mixes tenants' ids
    gets 404, not another tenant's folder). uuid5 of a fixed namespace and
    ``<tsg>/<name>`` makes it stable without storing anything."""
    return str(uuid.uuid5(SYSTEM_FOLDER_NAMESPACE, f"{tsg}/{name}"))


# A documented account for trying sasekit with no credentials of one's own.
DEMO_ACCOUNT = {
    "client_id": "demo@1234567890.iam.panserviceaccount.com",
    "client_secret": "sasekit-demo-secret",
    "tsg_id": "1234567890",
    "role": "admin",
}
#: Where ``sasekit emulator serve`` (and an app given no ``admin_secret``) reads the secret
#: that the ``/_emulator/`` admin endpoints require.
ADMIN_SECRET_ENV = "SASEKIT_EMULATOR_ADMIN_SECRET"
ADMIN_HEADER = "X-Emulator-Admin"
DAY_S = 86_400.0
MAX_LATENCY_MS = 60_000.0


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
    # Required by the /_emulator/ admin endpoints (header X-Emulator-Admin). None: taken from
    # SASEKIT_EMULATOR_ADMIN_SECRET, else generated when the app starts (with_admin_secret).
    admin_secret: str | None = field(default=None, repr=False)
    # The bandwidth allocations every tenant starts with (prisma_data.DEFAULT_ALLOCATIONS):
    # "default" (US East, US West, Europe Central, Japan Central, Australia Southeast), "none",
    # or "all" (every aggregate region). Served from that table until a client changes or
    # deletes one (see emulator/provisioning.py); POST /_emulator/reset brings them back.
    seed_bandwidth_allocations: str = "default"
    # The health APIs (emulator/health.py): how much faster than real time the incidents'
    # flap thresholds run (5 flaps in 600 s, cleared after 480 s; at 60 they are 10 s and 8 s)
    # and a health scenario's offsets play; and that scenario, a file of timed tunnel state
    # changes (emulator/scenario.py), checked whole at start.
    health_clock_factor: float = 1.0
    health_scenario: str | None = None
    # Or a simulation of tunnel state from each push (emulator/simulation.py): "mirror" (the
    # branch mirrors Prisma: every complete tunnel comes up) or a tunnel intent file whose
    # render is the branch side; and, for demonstrations, a CHILD_SA rekey interval shorter
    # than the IPsec lifetime (a PFS mismatch then flaps often enough for a FLAP incident).
    health_simulate: str | None = None
    health_rekey_s: float | None = None

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

    def with_admin_secret(self, environ: Mapping[str, str] | None = None) -> EmulatorConfig:
        """With no admin secret configured: the one in SASEKIT_EMULATOR_ADMIN_SECRET, else a
        new random one. An admin endpoint can reset the tenant or make every request fail,
        so it is never open to whoever can reach the port."""
        if self.admin_secret is None:
            env = os.environ if environ is None else environ
            self.admin_secret = env.get(ADMIN_SECRET_ENV) or secrets.token_urlsafe(32)
        return self

    def check(self) -> EmulatorConfig:
        """Refuse settings out of their range (ValueError, naming every bad one with its
        rule and value), and make whole numbers given as ``3.0`` ints. Run before anything
        is served, so a bad setting fails at start, not on the first request."""
        problems: list[str] = []
        top = {f.name: getattr(self, f.name) for f in fields(self)
               if f.name not in ("accounts", "rate_limit", "faults")}
        for name, value in _normalized("config", top, problems).items():
            setattr(self, name, value)
        if not problems and self.default_page > self.max_page:
            problems.append(f"config.default_page must be at most max_page ({self.max_page}), "
                            f"not {self.default_page!r}")
        if not isinstance(self.accounts, list):
            problems.append(f"config.accounts must be a list of accounts, not {self.accounts!r}")
        else:
            for i, account in enumerate(self.accounts):
                problems.extend(_account_problems(account, f"config.accounts[{i}]"))
        for section in ("rate_limit", "faults"):
            cfg = getattr(self, section)
            values = {f.name: getattr(cfg, f.name) for f in fields(cfg)}
            for name, value in _normalized(section, values, problems).items():
                setattr(cfg, name, value)
        if not problems:
            problems.extend(fault_sum_problems(self.faults))
        if problems:
            raise ValueError("; ".join(problems))
        return self


@dataclass(frozen=True)
class Rule:
    """What one setting may be: a number in ``[lo, hi]`` (``lo`` excluded when
    ``lo_open``), a whole number, a flag, a text, or also null."""

    kind: str  # "number", "integer", "flag", "text", "secret" or "choice"
    rule: str  # how a message words it: "... must be <rule>, not <value>"
    lo: float = -math.inf
    hi: float = math.inf
    lo_open: bool = False
    nullable: bool = False
    choices: tuple[str, ...] = ()  # kind "choice": the values it may take

    def normalize(self, value: Any) -> Any:
        """The value as stored (``3.0`` -> ``3`` for whole numbers), or raise ValueError."""
        if value is None and self.nullable:
            return None
        if self.kind == "flag":
            if isinstance(value, bool):
                return value
            raise ValueError
        if self.kind == "choice":
            if isinstance(value, str) and value in self.choices:
                return value
            raise ValueError
        if self.kind in ("text", "secret"):
            if not isinstance(value, str) or not value or "\x00" in value:
                raise ValueError
            if self.kind == "secret" and not (16 <= len(value) <= 512 and value.isascii()
                                              and value.isprintable() and " " not in value):
                raise ValueError
            return value
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError
        if not (math.isfinite(value) and self.lo <= value <= self.hi) or (
                self.lo_open and value == self.lo):
            raise ValueError
        if self.kind == "integer":
            if value != int(value):
                raise ValueError
            return int(value)
        return float(value)


def _seconds(lo: float, hi: float, *, lo_open: bool = False, nullable: bool = False) -> Rule:
    span = f"over {lo:g} and at most {hi:g}" if lo_open else f"from {lo:g} to {hi:g}"
    return Rule("number", f"a number of seconds {span}" + (", or null" if nullable else ""),
                lo, hi, lo_open, nullable)


def _whole(lo: int, hi: int, what: str = "a whole number") -> Rule:
    return Rule("integer", f"{what} from {lo} to {hi}", lo, hi)


def _choice(values: tuple[str, ...]) -> Rule:
    return Rule("choice", "one of " + ", ".join(repr(v) for v in values), choices=values)


PROBABILITY = Rule("number", "a probability between 0 and 1", 0.0, 1.0)
#: The rule of every setting, by section (the config's own fields, ``rate_limit``, ``faults``).
RULES: dict[str, dict[str, Rule]] = {
    "config": {
        "token_ttl_s": _seconds(0, DAY_S, lo_open=True),
        "push_s": _seconds(0, 3600),
        "db": Rule("text", "a file path or ':memory:'"),
        "max_page": _whole(1, 1_000_000),
        "default_page": _whole(1, 1_000_000),
        "max_body_bytes": _whole(1, 1 << 30, "a whole number of bytes"),
        "demo": Rule("flag", "true or false"),
        "admin_secret": Rule("secret", "16 to 512 printable ASCII characters without spaces, or null",
                             nullable=True),
        "seed_bandwidth_allocations": _choice(SEED_CHOICES),
        "health_clock_factor": Rule("number", "a number over 0 and at most 1000000", 0.0, 1e6, lo_open=True),
        "health_scenario": Rule("text", "a file path, or null", nullable=True),
        "health_simulate": Rule("text", "\"mirror\", a tunnel intent file, or null", nullable=True),
        "health_rekey_s": Rule("number", "a number of seconds over 0 and at most 86400, or null", 0.0, 86400.0,
                               lo_open=True, nullable=True),
    },
    "rate_limit": {
        "enabled": Rule("flag", "true or false"),
        "window_s": _seconds(0, DAY_S, lo_open=True),
        "limit": _whole(1, 1_000_000_000),
        "block_at": _whole(1, 1_000_000_000),
        "block_s": _seconds(0, DAY_S),
    },
    "faults": {
        "p500": PROBABILITY,
        "p502": PROBABILITY,
        "p503": PROBABILITY,
        "latency_ms": Rule("number", f"a number of milliseconds from 0 to {MAX_LATENCY_MS:g}",
                           0.0, MAX_LATENCY_MS),
        "p_drop_before": PROBABILITY,
        "p_drop_after": PROBABILITY,
        "p_empty": PROBABILITY,
        "token_ttl_s": _seconds(0, DAY_S, lo_open=True, nullable=True),
        "seed": Rule("integer", "a whole number or null", nullable=True),
    },
}
#: The fault probabilities, in the order their slices of one uniform draw are cut.
FAULT_PROBABILITIES = ("p500", "p502", "p503", "p_drop_before", "p_drop_after", "p_empty")


def _normalized(section: str, values: Mapping[str, Any], problems: list[str]) -> dict[str, Any]:
    """``values`` checked against the section's rules; a problem per bad one is appended."""
    rules = RULES[section]
    out: dict[str, Any] = {}
    for name, value in values.items():
        rule = rules.get(name)
        if rule is None:
            problems.append(f"{section}: unknown setting {name!r}; known: {', '.join(rules)}")
            continue
        try:
            out[name] = rule.normalize(value)
        except (ValueError, TypeError, OverflowError):
            shown = (f"a {type(value).__name__} of {len(value)} characters"
                     if rule.kind == "secret" and isinstance(value, str) else _shown(value))
            problems.append(f"{section}.{name} must be {rule.rule}, not {shown}")
    return out


def _shown(value: Any) -> str:
    """A value as a message shows it: long values are cut, so a message stays one line."""
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def check_changes(section: str, changes: Any) -> tuple[dict[str, Any], list[str]]:
    """Changes to one section's settings (an admin request's body, a CLI option), checked
    as a whole: the normalized changes and, one line per bad setting naming it, its rule
    and its value, the problems. Apply the changes only when there are no problems."""
    if not isinstance(changes, Mapping):
        return {}, [f"{section}: expected a JSON object of settings, not {type(changes).__name__}"]
    problems: list[str] = []
    unknown = sorted(str(k) for k in changes if k not in RULES[section])
    if unknown:
        problems.append(f"unknown {section.replace('_', '-')} setting(s) {', '.join(unknown)}; "
                        f"known: {', '.join(RULES[section])}")
    checked = _normalized(section, {k: v for k, v in changes.items() if k in RULES[section]},
                          problems)
    return checked, problems


def fault_sum_problems(cfg: Faults) -> list[str]:
    """The fault probabilities are slices of one draw: together at most 1."""
    total = sum(getattr(cfg, name) for name in FAULT_PROBABILITIES)
    if total <= 1.0 + 1e-9:
        return []
    used = " + ".join(f"{name}={getattr(cfg, name)}" for name in FAULT_PROBABILITIES
                      if getattr(cfg, name))
    return [f"faults: {used} add up to {total:g}; together they must be at most 1"]


def _account_problems(account: Any, where: str) -> list[str]:
    if not isinstance(account, Account):
        return [f"{where} must be an account (client_id, client_secret, tsg_id, role), not {account!r}"]
    out = []
    for name in ("client_id", "client_secret", "tsg_id"):
        value = getattr(account, name)
        if not isinstance(value, str) or not value.strip():
            shown = "a secret" if name == "client_secret" else _shown(value)
            out.append(f"{where}.{name} must be a non-empty string (quote numbers in YAML), not {shown}")
    return out


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
            if not isinstance(value, list):
                raise ValueError(f"{where}.accounts: expected a list of accounts, got {type(value).__name__}")
            kwargs[name] = [_build(Account, a, f"{where}.accounts[{i}]") for i, a in enumerate(value)]
        elif is_dataclass(sample):
            kwargs[name] = _build(type(sample), value, f"{where}.{name}")
        else:
            kwargs[name] = value
    return cls(**kwargs)
