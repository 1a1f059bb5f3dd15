"""Where sasekit's settings come from, and how secrets stay out of sight.

Each field is taken from the first place that sets it::

    arguments (resolve(**overrides), CLI options)
      > environment   SCM_CLIENT_ID, SCM_CLIENT_SECRET, SCM_TSG_ID, SCM_BASE_URL,
                      SCM_AUTH_URL, SCM_SETUP_URL, SCM_INCIDENTS_URL, SCM_INSIGHTS_URL,
                      SCM_PANW_REGION, SCM_PRISMA_TENANT, SASEKIT_SPEC_DIR, SASEKIT_TOKEN_CACHE
                      (SASEKIT_PROFILE picks the profile)
      > profile       [profiles.<name>] in $SASEKIT_CONFIG_DIR/config.toml
                      (default $XDG_CONFIG_HOME/sasekit/config.toml, ~/.config/sasekit/...)
      > JSON file     the best-practices layout (auth_url, client_id, client_secret,
                      host, protocol, scope), from an argument or SASEKIT_CONFIG_JSON
      > defaults

so a one-off ``SCM_TSG_ID=... sasekit ...`` overrides a profile without editing it,
and ``Settings.source`` records which layer won for each field (``sasekit auth test``
prints it). An empty environment variable counts as unset.

``token_cache_file`` is off unless some layer names a file; ``off`` (also ``none``,
``no``, ``false``, ``0``) in any layer switches it off there, so ``SASEKIT_TOKEN_CACHE=off``
beats a profile's file, and the CLI — which otherwise caches in its state folder —
can tell "switched off" (a source is recorded) from "never set" (source ``default``).

Secrets never sit in clear in memory dumps of settings, in reprs or in messages: the
client secret is a ``Secret`` whose repr is ``Secret('****')``. In files, a secret
should be a reference, ``${ENV_VAR}`` or ``keyring:<service>/<username>``, resolved
only when that field wins. A file holding a clear-text secret is refused unless only
its owner can read it (mode 0600). Files this module writes are created 0600 from the
first byte and replaced atomically.

Regional tenants only change the URLs; nothing here depends on the host. The health
APIs have hosts of their own (``incidents_url``, ``insights_url``: their specs' servers by
default) and two headers the engine sends from here: ``X-PANW-Region`` from
``panw_region`` (the tenant's region, ``americas``, ``europe``...; no default) and
``Prisma-Tenant`` from ``prisma_tenant`` (default: the TSG id).

Start-up cost matters (the CLI imports this): only the standard library is imported
at module level; ``keyring`` and ``tomli_w`` are imported when used.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .files import write_private

__all__ = [
    "DEFAULT_AUTH_URL",
    "DEFAULT_BASE_URL",
    "DEFAULT_INCIDENTS_URL",
    "DEFAULT_INSIGHTS_URL",
    "DEFAULT_SETUP_URL",
    "ENV_VARS",
    "HOST_SETTINGS",
    "KEYRING_SERVICE",
    "TOKEN_CACHE_OFF",
    "ProfileInfo",
    "Secret",
    "Settings",
    "add_profile",
    "config_path",
    "configured_spec_dir",
    "expand_env_refs",
    "list_profiles",
    "remove_profile",
    "resolve",
    "use_profile",
]

DEFAULT_BASE_URL = "https://api.sase.paloaltonetworks.com"
DEFAULT_AUTH_URL = "https://auth.apps.paloaltonetworks.com"
DEFAULT_SETUP_URL = "https://api.strata.paloaltonetworks.com"
#: The health APIs' hosts, as their specs' ``servers`` name them (the catalog's
#: ``families[...]["server"]``; a test keeps the two equal).
DEFAULT_INCIDENTS_URL = "https://api.strata.paloaltonetworks.com"
DEFAULT_INSIGHTS_URL = "https://pa-us.api.prismaaccess.com"
#: A catalog family's ``host`` -> the Settings field holding that host's URL.
HOST_SETTINGS = {"base": "base_url", "setup": "setup_url", "incidents": "incidents_url",
                 "insights": "insights_url"}
#: Header settings that fall back on another field when empty.
_HEADER_FALLBACKS = {"prisma_tenant": "tsg_id"}
TOKEN_PATH = "/oauth2/access_token"
#: Keyring service under which ``add_profile(store_secret="keyring")`` stores secrets.
KEYRING_SERVICE = "sasekit"

#: Settings field -> environment variable.
ENV_VARS: dict[str, str] = {
    "client_id": "SCM_CLIENT_ID",
    "client_secret": "SCM_CLIENT_SECRET",
    "tsg_id": "SCM_TSG_ID",
    "base_url": "SCM_BASE_URL",
    "auth_url": "SCM_AUTH_URL",
    "setup_url": "SCM_SETUP_URL",
    "incidents_url": "SCM_INCIDENTS_URL",
    "insights_url": "SCM_INSIGHTS_URL",
    "panw_region": "SCM_PANW_REGION",
    "prisma_tenant": "SCM_PRISMA_TENANT",
    "spec_dir": "SASEKIT_SPEC_DIR",
    "token_cache_file": "SASEKIT_TOKEN_CACHE",
    "max_connect_failures": "SASEKIT_MAX_CONNECT_FAILURES",
    "protected": "SASEKIT_PROTECTED",
}
PROFILE_ENV = "SASEKIT_PROFILE"
CONFIG_DIR_ENV = "SASEKIT_CONFIG_DIR"
CONFIG_JSON_ENV = "SASEKIT_CONFIG_JSON"

#: The guide's name of each credential -> its Settings field.
_CREDENTIALS = {"clientId": "client_id", "clientSecret": "client_secret", "tsgId": "tsg_id"}
_PROFILE_ADD = "sasekit profile add {name} --client-id ID --tsg-id TSG_ID --secret-env VAR"
#: Where to put a secret when the system keyring cannot be used.
_KEYRING_HINT = (
    "pip install keyring, or keep the secret elsewhere: sasekit profile add NAME ... --secret-env VAR "
    "(read from an environment variable), or --secret-stdin --store-secret file (kept in config.toml, "
    "mode 0600)"
)


def _credential_hint(missing: list[str], profile: str | None) -> str:
    """``SCM_CLIENT_SECRET is not set; export it or run: sasekit profile add NAME ...``."""
    names = [ENV_VARS[_CREDENTIALS[m]] for m in missing]
    one = len(names) == 1
    listed = names[0] if one else f"{', '.join(names[:-1])} and {names[-1]}"
    where = f" (nor is it in profile {profile!r})" if profile and one else \
        f" (nor are they in profile {profile!r})" if profile else ""
    return (f"{listed} {'is' if one else 'are'} not set{where}; export {'it' if one else 'them'} or run: "
            f"{_PROFILE_ADD.format(name='NAME')}")
_ENV_REF = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
_PROFILE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


class Secret:
    """A string that does not show itself.

    ``reveal()`` returns the value; ``repr``/``str``/f-strings show ``Secret('****')``
    (``Secret('')`` when empty, so a missing secret is visible in a debug dump).
    Equality compares the values in constant time, never the printed forms. Falsy
    when empty.
    """

    __slots__ = ("_value",)

    def __init__(self, value: str = "") -> None:
        if isinstance(value, Secret):
            value = value.reveal()
        if not isinstance(value, str):
            raise TypeError("Secret wraps a string")
        self._value = value

    def reveal(self) -> str:
        """The clear value: call this only where the secret is sent (the token request)."""
        return self._value

    def __repr__(self) -> str:
        return "Secret('****')" if self._value else "Secret('')"

    __str__ = __repr__

    def __bool__(self) -> bool:
        return bool(self._value)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        import hmac

        return hmac.compare_digest(self._value.encode(), other._value.encode())

    def __hash__(self) -> int:
        return hash((Secret, self._value))


# ---------------------------------------------------------------------- settings

_FLOAT_FIELDS = ("connect_timeout", "read_timeout", "token_refresh_margin", "retry_budget")
_INT_FIELDS = ("rate_limit_per_minute", "max_retries", "max_connect_failures")
_BOOL_FIELDS = ("verify_tls",)
_LIST_FIELDS = ("protected",)
_OPTIONAL_FIELDS = ("token_cache_file", "spec_dir")
_URL_FIELDS = ("base_url", "auth_url", "setup_url", "incidents_url", "insights_url")
_TEXT_FIELDS = ("client_id", "tsg_id", "panw_region", "prisma_tenant")
#: Settings sent as request headers, and what a value must look like.
_HEADER_KINDS = {"panw_region": "a region name such as americas, europe, uk or au",
                 "prisma_tenant": "a TSG id, or tenant_id:sub_tenant_id"}
_HEADER_VALUE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}")
#: Values of ``token_cache_file`` (any layer, any case) that mean "no cache file".
TOKEN_CACHE_OFF = frozenset({"off", "none", "no", "false", "0"})


@dataclass(frozen=True)
class Settings:
    """Everything the client needs, resolved once; immutable so workers can share it.

    ``auth_url`` is the identity provider's base (the token path is appended, see
    ``token_url``); a full token URL ending in ``.../access_token`` is accepted as is.
    ``rate_limit_per_minute`` (1,960, plus the limiter's burst of 20) keeps every rolling
    60 s under the documented 2,000 requests, at 98% of that rate. ``max_retries`` caps
    attempts per call; ``retry_budget`` caps the seconds one call may spend waiting
    between retries. ``max_connect_failures``: after that many failed connections in a
    row the client stops sending (a bulk run stops and says how to resume; 0: never).
    ``source`` maps each field to where its value came from.
    """

    client_id: str = ""
    client_secret: Secret = field(default_factory=Secret)
    tsg_id: str = ""
    base_url: str = DEFAULT_BASE_URL
    auth_url: str = DEFAULT_AUTH_URL
    setup_url: str = DEFAULT_SETUP_URL
    #: The health APIs (families ``incidents`` and ``insights``): hosts and the two headers.
    incidents_url: str = DEFAULT_INCIDENTS_URL
    insights_url: str = DEFAULT_INSIGHTS_URL
    panw_region: str = ""
    prisma_tenant: str = ""
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    token_refresh_margin: float = 300.0
    token_cache_file: str | None = None
    rate_limit_per_minute: int = 1960  # + the limiter's burst of 20: <= 1,980 in any 60 s
    max_retries: int = 5
    retry_budget: float = 120.0
    max_connect_failures: int = 8
    #: Networks and domains blocking workflows must never block, besides the always
    #: protected ranges (sasekit.workflows.protect); a list in a profile, or comma-separated.
    protected: tuple[str, ...] = ()
    verify_tls: bool = True
    profile: str | None = None
    spec_dir: str | None = None
    source: Mapping[str, str] = field(default_factory=dict, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        # Accept a plain string for convenience, but never keep one.
        if not isinstance(self.client_secret, Secret):
            object.__setattr__(self, "client_secret", Secret(self.client_secret))
        for name in _URL_FIELDS:
            object.__setattr__(self, name, str(getattr(self, name)).strip().rstrip("/"))
        for name in _TEXT_FIELDS:
            object.__setattr__(self, name, str(getattr(self, name)).strip())

    def header_value(self, name: str) -> str:
        """The value of a header the engine sends from setting ``name`` (a catalog
        parameter's ``setting``): ``prisma_tenant`` falls back on the TSG id; "" when unset."""
        value = getattr(self, name, "") or ""
        if not value and name in _HEADER_FALLBACKS:
            value = getattr(self, _HEADER_FALLBACKS[name], "") or ""
        return str(value)

    def host_url(self, host: str) -> str:
        """The URL of a catalog family's ``host`` (``base``, ``setup``, ``incidents``, ``insights``)."""
        return str(getattr(self, HOST_SETTINGS.get(host, "base_url")))

    @property
    def token_url(self) -> str:
        """The OAuth2 token endpoint: ``auth_url`` + ``/oauth2/access_token``.

        Unless ``auth_url`` already has a path naming ``access_token`` (the JSON
        layout stores the full URL; other services use ``/am/oauth2/access_token``).
        """
        rest = self.auth_url.split("://", 1)[-1]
        path = rest[rest.find("/") :] if "/" in rest else ""
        return self.auth_url if "access_token" in path else self.auth_url + TOKEN_PATH

    @property
    def scope(self) -> str:
        """The OAuth2 scope of every token: ``tsg_id:<TSG_ID>``."""
        return f"tsg_id:{self.tsg_id}"

    def require_credentials(self) -> Settings:
        """Raise ``ConfigError`` naming every missing credential, before any HTTP call.

        Messages follow the integration guide (``clientId is required``, ...), joined
        by ``; `` when several are missing. Returns ``self`` so calls can chain.
        """
        missing = []
        if not self.client_id:
            missing.append("clientId")
        if not self.client_secret:
            missing.append("clientSecret")
        if not self.tsg_id:
            missing.append("tsgId")
        if missing:
            raise ConfigError.for_missing(missing, hint=_credential_hint(missing, self.profile))
        return self

    def describe(self) -> list[tuple[str, str, str]]:
        """``(field, shown value, source)`` rows for ``sasekit auth test``; the secret is masked."""
        rows = []
        for f in fields(self):
            if f.name == "source":
                continue
            value = getattr(self, f.name)
            if isinstance(value, Secret):
                shown = "****" if value else "(not set)"
            elif value is None and f.name == "token_cache_file" and f.name in self.source \
                    and self.source[f.name] != "default":
                shown = "off"
            else:
                shown = "(not set)" if value in (None, "") else str(value)
            rows.append((f.name, shown, self.source.get(f.name, "default")))
        return rows


_FIELD_NAMES = frozenset(f.name for f in fields(Settings)) - {"source"}
#: Keys a profile in config.toml may hold (``description`` is for people only).
PROFILE_KEYS = frozenset(_FIELD_NAMES - {"profile"}) | {"description"}


# ------------------------------------------------------------------------- paths


def config_path(env: Mapping[str, str] | None = None) -> Path:
    """Path of config.toml: $SASEKIT_CONFIG_DIR, else $XDG_CONFIG_HOME/sasekit, else ~/.config/sasekit."""
    env = os.environ if env is None else env
    if env.get(CONFIG_DIR_ENV):
        return Path(env[CONFIG_DIR_ENV]).expanduser() / "config.toml"
    base = env.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base).expanduser() / "sasekit" / "config.toml"


def configured_spec_dir() -> str | None:
    """The spec folder for description lookups: $SASEKIT_SPEC_DIR, else ``spec_dir`` in config.toml.

    Called while help texts render, so a missing or broken config file yields None
    instead of an error.
    """
    if os.environ.get(ENV_VARS["spec_dir"]):
        return os.environ[ENV_VARS["spec_dir"]]
    try:
        doc = _read_toml(config_path())
    except (ConfigError, OSError):
        return None
    value = doc.get("spec_dir")
    return str(value) if isinstance(value, str) and value else None


# ---------------------------------------------------------------------- file IO


def _read_toml(path: Path) -> dict[str, Any]:
    import tomllib

    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror or exc})") from None
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None


def _read_json(path: Path) -> dict[str, Any]:
    import json

    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: configuration file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read ({exc})") from None
    try:
        data = json.loads(text)
    except ValueError as exc:
        # The best-practices example ends with a trailing comma; accept that one slip.
        try:
            data = json.loads(re.sub(r",(\s*[}\]])", r"\1", text))
        except ValueError:
            raise ConfigError(f"{path}: invalid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a JSON object")
    return data


def _is_reference(value: Any) -> bool:
    """A secret given as ``${VAR}`` or ``keyring:...`` rather than in clear."""
    if not isinstance(value, str):
        return False
    text = value.strip()
    return text.startswith("keyring:") or bool(_ENV_REF.fullmatch(text))


def _holds_clear_secret(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip()) and not _is_reference(value)


def _check_private(path: Path) -> None:
    """Refuse a file that holds a clear-text secret and that others can read."""
    if os.name != "posix":
        return
    import stat

    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return
    if mode & 0o077:
        raise ConfigError(
            f"{path} holds a client secret in clear text and is readable by others "
            f"(mode {mode:04o}); run: chmod 600 {path}"
        )


def _write_toml(path: Path, doc: Mapping[str, Any]) -> None:
    try:
        import tomli_w
    except ImportError:
        raise ConfigError(
            "writing config.toml needs the 'tomli-w' package (pip install tomli-w)"
        ) from None
    write_private(path, tomli_w.dumps(dict(doc)))


# ------------------------------------------------------------------- references


def expand_env_refs(text: str, where: str, env: Mapping[str, str] | None = None) -> str:
    """``text`` with every ``${NAME}`` replaced by the environment variable NAME.

    The one expansion of references, for settings files and workflow definitions
    alike, so that they can be stored without the secrets they need. An empty
    variable counts as unset, as everywhere in settings: a reference that expands to
    nothing is a mistake to report, not a credential to send. Raises ``ConfigError``
    ``<where> refers to environment variable A, B, which is not set`` naming every
    unset variable (``missing`` holds the names); the message never holds a value.
    """
    env = os.environ if env is None else env
    missing = [name for name in dict.fromkeys(_ENV_REF.findall(text)) if not env.get(name)]
    if missing:
        raise ConfigError(
            f"{where} refers to environment variable {', '.join(missing)}, which is not set",
            missing=missing,
        )
    return _ENV_REF.sub(lambda m: env[m.group(1)], text)


def _expand(value: Any, where: str, env: Mapping[str, str]) -> tuple[Any, str]:
    """Resolve ``keyring:`` and ``${VAR}`` references; return the value and how it was found."""
    if not isinstance(value, str):
        return value, ""
    text = value.strip()
    if text.startswith("keyring:"):
        return _keyring_lookup(text[len("keyring:") :], where), f" via {text}"
    names = dict.fromkeys(_ENV_REF.findall(value))
    if not names:
        return value, ""
    expanded = expand_env_refs(value, where, env)
    return expanded, " via " + ", ".join(f"${{{n}}}" for n in names)


def resolve_reference(value: str, where: str) -> str:
    """The secret a ``${VAR}`` or ``keyring:service/user`` reference stands for (the same
    resolution as for client secrets); raises ``ConfigError`` naming ``where``, never the value."""
    resolved, _ = _expand(value, where, os.environ)
    return str(resolved)


def _split_keyring_ref(ref: str, where: str) -> tuple[str, str]:
    service, _, username = ref.partition("/")
    if not service.strip() or not username.strip():
        raise ConfigError(
            f"{where}: keyring reference must look like keyring:<service>/<username>, both "
            f"non-empty (got keyring:{ref})"
        )
    return service, username


def _import_keyring(where: str) -> Any:
    try:
        import keyring
    except ImportError:
        raise ConfigError(
            f"{where} uses the system keyring, but the 'keyring' package is not installed "
            "(pip install keyring)",
            hint=_KEYRING_HINT,
        ) from None
    return keyring


def _keyring_lookup(ref: str, where: str) -> str:
    service, username = _split_keyring_ref(ref, where)
    keyring = _import_keyring(where)
    try:
        value = keyring.get_password(service, username)
    except Exception as exc:  # any backend failure: no keyring daemon, locked, ...
        raise ConfigError(
            f"{where}: keyring lookup of {service}/{username} failed ({type(exc).__name__})",
            hint=_KEYRING_HINT,
        ) from None
    if value is None:
        raise ConfigError(f"{where}: no keyring entry for service {service!r}, user {username!r}")
    return value


# ------------------------------------------------------------------------ coercion


def _coerce(name: str, value: Any, origin: str) -> Any:
    """Turn a raw layer value into the field's type; messages never quote a secret."""

    def bad(kind: str) -> ConfigError:
        shown = "" if name == "client_secret" else f" (got {value!r})"
        return ConfigError(f"{name} from {origin} must be {kind}{shown}")

    if name == "client_secret":
        if isinstance(value, Secret):
            return value
        if not isinstance(value, str):
            raise bad("a string")
        return Secret(value.strip())
    if name in _FLOAT_FIELDS:
        if isinstance(value, bool):
            raise bad("a number")
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise bad("a number") from None
        if number < 0 or (number == 0 and name != "retry_budget"):
            raise bad("a positive number")
        return number
    if name in _INT_FIELDS:
        if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
            raise bad("a whole number")
        try:
            number = int(value)
        except (TypeError, ValueError):
            raise bad("a whole number") from None
        if number < 0 or (number == 0 and name == "rate_limit_per_minute"):
            raise bad("a positive whole number")
        return number
    if name in _LIST_FIELDS:
        items = value.split(",") if isinstance(value, str) else value
        if not isinstance(items, list | tuple) or not all(isinstance(i, str) for i in items):
            raise bad("a list of strings (or one comma-separated string)")
        return tuple(i.strip() for i in items if i.strip())
    if name in _BOOL_FIELDS:
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in ("1", "true", "yes", "on"):
            return True
        if text in ("0", "false", "no", "off"):
            return False
        raise bad("true or false")
    if name in _OPTIONAL_FIELDS:
        if value is None or value == "":
            return None
        if name == "token_cache_file" and (
            value is False or (isinstance(value, str) and value.strip().lower() in TOKEN_CACHE_OFF)
        ):
            return None
        if not isinstance(value, str | os.PathLike):
            raise bad("a path" + (" or off" if name == "token_cache_file" else ""))
        return str(Path(value).expanduser())
    if not isinstance(value, str):
        raise bad("a string")
    text = value.strip()
    if name in _URL_FIELDS and not text.startswith(("https://", "http://")):
        raise bad("an http(s) URL")
    if name in _HEADER_KINDS and text and not _HEADER_VALUE.fullmatch(text):
        raise bad(_HEADER_KINDS[name])  # sent as a header: one word, never a line break
    return text


# ------------------------------------------------------------------------- layers


def _json_layer(path: Path) -> dict[str, Any]:
    """Map the best-practices JSON layout onto settings fields."""
    data = _read_json(path)
    values = {key: data[key] for key in PROFILE_KEYS & data.keys() if data[key] is not None}
    values.pop("description", None)
    if data.get("host") and "base_url" not in values:
        host = str(data["host"]).strip().rstrip("/")
        values["base_url"] = f"{data.get('protocol') or 'https'}://{host}"
    scope = data.get("scope")
    if scope and "tsg_id" not in values:
        match = re.fullmatch(r"\s*tsg_id:(\S+)\s*", str(scope))
        if not match:
            raise ConfigError(f"{path}: scope must look like tsg_id:<TSG_ID>")
        values["tsg_id"] = match.group(1)
    if _holds_clear_secret(values.get("client_secret")):
        _check_private(path)
    return values


def _profile_problems(name: str, body: Any, path: Path) -> None:
    if not isinstance(body, dict):
        raise ConfigError(f"{path}: [profiles.{name}] must be a table")
    unknown = sorted(set(body) - PROFILE_KEYS)
    if unknown:
        raise ConfigError(
            f"{path}: unknown key(s) {', '.join(unknown)} in profile {name!r}; "
            f"valid keys: {', '.join(sorted(PROFILE_KEYS))}"
        )


def _profile_not_found(shown: str, path: Path, profiles: Mapping[str, Any]) -> ConfigError:
    """The one message for a profile name that is not in the file, with those that are."""
    known = ", ".join(sorted(profiles)) or "none"
    return ConfigError(f"profile {shown} not found in {path}; known profiles: {known}")


def _profiles(doc: Mapping[str, Any], path: Path) -> dict[str, Any]:
    profiles = doc.get("profiles", {})
    if not isinstance(profiles, dict):
        raise ConfigError(f"{path}: 'profiles' must be a table of [profiles.<name>] tables")
    return profiles


def resolve(
    *,
    profile: str | None = None,
    config_file: str | os.PathLike[str] | None = None,
    config_json: str | os.PathLike[str] | None = None,
    env: Mapping[str, str] | None = None,
    **overrides: Any,
) -> Settings:
    """Build ``Settings``: arguments > environment > profile > JSON file > defaults.

    ``overrides`` are Settings fields (``None`` values are ignored, so CLI options
    pass straight through). ``profile`` picks a profile, else ``SASEKIT_PROFILE``,
    else ``default_profile`` in config.toml; naming one that does not exist is an
    error. ``config_file`` replaces the config.toml path, ``config_json`` (else
    ``SASEKIT_CONFIG_JSON``) adds a JSON file. ``env`` replaces ``os.environ`` (tests).

    References in files (``${VAR}``, ``keyring:svc/user``) are resolved only for
    the values that win. Credentials are not required here: call
    ``require_credentials()`` before the first HTTP call.
    """
    env = os.environ if env is None else env
    unknown = sorted(set(overrides) - _FIELD_NAMES - {"profile"})
    if unknown:
        raise TypeError(f"resolve() got unknown setting(s): {', '.join(unknown)}")

    layers: list[tuple[str, dict[str, Any], bool]] = []  # (origin, values, from a file)
    layers.append(("argument", {k: v for k, v in overrides.items() if v is not None}, False))
    layers.append(("env", {k: env[var] for k, var in ENV_VARS.items() if env.get(var)}, False))

    toml_path = Path(config_file).expanduser() if config_file else config_path(env)
    doc = _read_toml(toml_path)
    profiles = _profiles(doc, toml_path)
    explicit = profile or env.get(PROFILE_ENV) or None
    chosen = explicit or doc.get("default_profile") or None
    if chosen is not None:
        chosen = str(chosen)
        if chosen not in profiles:
            how = "" if explicit else " (default_profile)"
            raise _profile_not_found(f"{chosen!r}{how}", toml_path, profiles)
    for name, body in profiles.items():
        _profile_problems(name, body, toml_path)
        if _holds_clear_secret(body.get("client_secret")):
            _check_private(toml_path)  # the whole file leaks, whichever profile is used
    if chosen is not None:
        body = {k: v for k, v in profiles[chosen].items() if k != "description"}
        layers.append((f"profile {chosen} ({toml_path})", body, True))

    json_file = config_json or env.get(CONFIG_JSON_ENV) or None
    if json_file:
        json_path = Path(json_file).expanduser()
        layers.append((f"json {json_path}", _json_layer(json_path), True))

    top = {"spec_dir": doc["spec_dir"]} if doc.get("spec_dir") else {}
    layers.append((f"config {toml_path}", top, True))

    values: dict[str, Any] = {}
    source: dict[str, str] = {}
    for name in sorted(_FIELD_NAMES - {"profile"}):
        for origin, layer, from_file in layers:
            if name not in layer:
                continue
            raw = layer[name]
            label = f"env {ENV_VARS[name]}" if origin == "env" else origin
            how = ""
            if from_file:
                raw, how = _expand(raw, f"{name} in {label}", env)
            values[name] = _coerce(name, raw, label)
            source[name] = label + how
            break
        else:
            source[name] = "default"
    if chosen is not None:
        source["profile"] = (
            "argument"
            if profile
            else (f"env {PROFILE_ENV}" if explicit else f"default_profile ({toml_path})")
        )
    return Settings(**values, profile=chosen, source=source)


# ---------------------------------------------------------------- profile management


@dataclass(frozen=True)
class ProfileInfo:
    """One profile as ``sasekit profile list`` shows it; the secret only as its kind."""

    name: str
    is_default: bool
    client_id: str | None
    tsg_id: str | None
    base_url: str | None
    secret: str  # "${VAR}", "keyring:svc/user", "clear text (in file)" or "not set"


def _secret_kind(value: Any) -> str:
    if not value:
        return "not set"
    if _is_reference(value):
        return str(value).strip()
    return "clear text (in file)"


def _load_for_edit(
    config_file: str | os.PathLike[str] | None, env: Mapping[str, str] | None
) -> tuple[Path, dict[str, Any]]:
    path = Path(config_file).expanduser() if config_file else config_path(env)
    doc = _read_toml(path)
    doc["profiles"] = dict(_profiles(doc, path))
    return path, doc


def list_profiles(
    *, config_file: str | os.PathLike[str] | None = None, env: Mapping[str, str] | None = None
) -> list[ProfileInfo]:
    """Every profile in config.toml, sorted by name, without resolving any secret."""
    path, doc = _load_for_edit(config_file, env)
    default = doc.get("default_profile")
    result = []
    for name in sorted(doc["profiles"]):
        body = doc["profiles"][name]
        if not isinstance(body, dict):
            raise ConfigError(f"{path}: [profiles.{name}] must be a table")
        result.append(
            ProfileInfo(
                name=name,
                is_default=name == default,
                client_id=body.get("client_id"),
                tsg_id=body.get("tsg_id"),
                base_url=body.get("base_url"),
                secret=_secret_kind(body.get("client_secret")),
            )
        )
    return result


def add_profile(
    name: str,
    *,
    store_secret: str | None = None,
    overwrite: bool = False,
    make_default: bool | None = None,
    config_file: str | os.PathLike[str] | None = None,
    env: Mapping[str, str] | None = None,
    **fields_: Any,
) -> Path:
    """Add (or with ``overwrite`` replace) ``[profiles.<name>]``; return the file written.

    ``client_secret`` must be a reference (``${ENV_VAR}`` or ``keyring:svc/user``),
    unless a clear value is given with ``store_secret="keyring"`` (it goes into the
    keyring under service ``sasekit``, user ``<name>``, and the reference is stored)
    or ``store_secret="file"`` (stored in clear; the file is 0600 anyway). The first
    profile becomes the default unless ``make_default`` says otherwise.
    """
    if not _PROFILE_NAME.match(name):
        raise ConfigError(
            f"invalid profile name {name!r}: use letters, digits, '.', '_' and '-' (max 64)"
        )
    if store_secret not in (None, "keyring", "file"):
        raise ConfigError("store_secret must be 'keyring', 'file' or None")
    unknown = sorted(set(fields_) - PROFILE_KEYS)
    if unknown:
        raise ConfigError(
            f"unknown profile key(s) {', '.join(unknown)}; valid keys: {', '.join(sorted(PROFILE_KEYS))}"
        )
    path, doc = _load_for_edit(config_file, env)
    if name in doc["profiles"] and not overwrite:
        raise ConfigError(f"profile {name!r} already exists in {path}")

    body: dict[str, Any] = {}
    for key, value in fields_.items():
        if value is None or value == "":
            continue
        if isinstance(value, Secret):
            value = value.reveal()
        if key == "client_secret" or key == "description" or _ENV_REF.search(str(value)):
            body[key] = str(value).strip() if key == "client_secret" else value
        else:
            body[key] = _coerce(key, value, f"profile {name}")
    secret = body.get("client_secret")
    if isinstance(secret, str) and secret.startswith("keyring:"):
        # checked now: stored, a malformed reference would only fail at the next resolve()
        _split_keyring_ref(secret[len("keyring:") :], f"client_secret of profile {name!r}")
    if secret and not _is_reference(secret):
        if store_secret == "keyring":
            keyring = _import_keyring(f"profile {name!r}")
            try:
                keyring.set_password(KEYRING_SERVICE, name, secret)
            except Exception as exc:
                raise ConfigError(
                    f"profile {name!r}: storing the secret in the keyring failed ({type(exc).__name__})",
                    hint="no usable keyring here: add the profile with --store-secret file (kept in "
                    "config.toml, mode 0600), or give the secret as --secret-env VAR",
                ) from None
            body["client_secret"] = f"keyring:{KEYRING_SERVICE}/{name}"
        elif store_secret != "file":
            raise ConfigError(
                f"refusing to store a clear-text client secret for profile {name!r}: give a "
                "reference (${ENV_VAR} or keyring:<service>/<username>), or choose "
                "store_secret='keyring' or store_secret='file'"
            )
    doc["profiles"][name] = body
    if make_default or (make_default is None and not doc.get("default_profile")):
        doc["default_profile"] = name
    _write_toml(path, doc)
    return path


def use_profile(
    name: str,
    *,
    config_file: str | os.PathLike[str] | None = None,
    env: Mapping[str, str] | None = None,
) -> Path:
    """Make ``name`` the ``default_profile``; return the file written."""
    path, doc = _load_for_edit(config_file, env)
    if name not in doc["profiles"]:
        raise _profile_not_found(repr(name), path, doc["profiles"])
    doc["default_profile"] = name
    _write_toml(path, doc)
    return path


def remove_profile(
    name: str,
    *,
    delete_secret: bool = False,
    config_file: str | os.PathLike[str] | None = None,
    env: Mapping[str, str] | None = None,
) -> Path:
    """Remove ``[profiles.<name>]`` (and ``default_profile`` if it named it).

    With ``delete_secret``, a ``keyring:`` secret is deleted from the keyring too
    (off by default: other profiles or tools may share the entry).
    """
    path, doc = _load_for_edit(config_file, env)
    if name not in doc["profiles"]:
        raise _profile_not_found(repr(name), path, doc["profiles"])
    body = doc["profiles"].pop(name)
    if doc.get("default_profile") == name:
        del doc["default_profile"]
    _write_toml(path, doc)
    secret = body.get("client_secret") if isinstance(body, dict) else None
    if delete_secret and isinstance(secret, str) and secret.strip().startswith("keyring:"):
        where = f"profile {name!r}"
        service, username = _split_keyring_ref(secret.strip()[len("keyring:") :], where)
        keyring = _import_keyring(where)
        try:
            keyring.delete_password(service, username)
        except Exception as exc:
            raise ConfigError(
                f"{where} removed, but deleting keyring entry {service}/{username} failed "
                f"({type(exc).__name__})"
            ) from None
    return path
