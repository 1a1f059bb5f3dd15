"""The emulator's identity provider: the OAuth2 token endpoint and the bearer-token check.

The real service splits this between ``auth.apps.paloaltonetworks.com`` (client
credentials in, a 15-minute RS256 JWT out) and the API gateway (every call must carry
``Authorization: Bearer <jwt>``). The emulator does both in one object so that tests can
dial the token lifetime, make every token expire at once, and count how many tokens a
client asked for.

Errors follow the two services: the token endpoint answers in OAuth2 form
(``{"error": "invalid_client", "error_description": ...}``, RFC 6749 section 5.2); the API
answers 401 with SCM's ``E016`` messages (``Not Authenticated``, ``Invalid Credential``,
``Key Expired``, ``Key Too Long``), which the app renders from :class:`AuthFailure`.

``verify`` runs on every API request, so a token's RSA signature is checked once and the
result kept in a bounded dictionary; the expiry is still compared with the clock on every
call, because a cached token must die on time.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import math
import re
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, unquote_plus

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from sasekit.emulator.config import Account, EmulatorConfig

__all__ = [
    "AUDIENCE",
    "ISSUER",
    "TOKEN_PATHS",
    "AuthFailure",
    "Principal",
    "TokenAuthority",
]

# The three token paths seen in the wild: the documented one, the auth spec's, and the
# one another SCM client uses. The app mounts ``token_endpoint`` on all of them.
TOKEN_PATHS = ("/oauth2/access_token", "/auth/v1/oauth2/access_token", "/am/oauth2/access_token")
# Deliberately not the real issuer: an emulator token must never pass for a real one.
ISSUER = "https://auth.sasekit-emulator.invalid/am/oauth2"
AUDIENCE = "sasekit-emulator-scm-api"

_MAX_FORM_BYTES = 16_384  # a token request is a few hundred bytes; anything bigger is abuse
_MAX_FORM_FIELDS = 32
_MAX_TOKEN_CHARS = 8_192  # longer bearer values get SCM's "Key Too Long" without parsing
_SCOPE_RE = re.compile(r"tsg_id:([^\s:]+)")
# RFC 6749 section 5.1: token responses must not be cached by intermediaries.
_NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}
_GENERATION_CLAIM = "sasekit_gen"  # which expire_all() era a token belongs to


@dataclass(frozen=True)
class Principal:
    """Who is calling: the outcome of a verified bearer token, used for role checks."""

    client_id: str
    tsg_id: str
    role: str
    jti: str
    expires_at: float


class AuthFailure(Exception):
    """A bearer token was refused; ``message`` is the SCM E016 message the app answers with."""

    code = "E016"
    status = 401

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


# ---------------------------------------------------------------------------------------
# The signing key: one per process. RSA-2048 generation costs tens of milliseconds on a
# slow machine, and a test suite builds hundreds of apps, so it is made once and shared.


@dataclass(frozen=True)
class _SigningKey:
    private: rsa.RSAPrivateKey
    public: rsa.RSAPublicKey
    kid: str
    jwk: dict[str, Any]


_KEY_LOCK = threading.Lock()
_KEY: _SigningKey | None = None


def _signing_key() -> _SigningKey:
    global _KEY
    if _KEY is None:
        with _KEY_LOCK:
            if _KEY is None:
                private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
                public = private.public_key()
                jwk = dict(RSAAlgorithm.to_jwk(public, as_dict=True))
                # RFC 7638 thumbprint: the kid changes exactly when the public key does.
                canonical = json.dumps({k: jwk[k] for k in ("e", "kty", "n")},
                                       separators=(",", ":"), sort_keys=True)
                digest = hashlib.sha256(canonical.encode("ascii")).digest()
                kid = base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")
                jwk.pop("key_ops", None)  # RFC 7517 4.3: "use" and "key_ops" not both
                jwk.update({"kid": kid, "use": "sig", "alg": "RS256"})
                _KEY = _SigningKey(private, public, kid, jwk)
    return _KEY


def _numeric_date(value: float) -> int | float:
    """JWT NumericDate: whole seconds when the clock reads whole seconds (fake clocks in
    tests), else milliseconds, so a 1-second token lives one second and not 0.01 of one."""
    return int(value) if float(value).is_integer() else round(value, 3)


def _oauth_error(status: int, error: str, description: str,
                 headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": error, "error_description": description}, status_code=status,
                        headers={**_NO_STORE, **(headers or {})})


class _OAuthError(Exception):
    """Internal: unwinds the token endpoint to one OAuth2 error response."""

    def __init__(self, status: int, error: str, description: str) -> None:
        super().__init__(description)
        self.status, self.error, self.description = status, error, description

    def response(self) -> JSONResponse:
        headers = {"WWW-Authenticate": 'Basic realm="oauth2"'} if self.status == 401 else None
        return _oauth_error(self.status, self.error, self.description, headers)


class TokenAuthority:
    """Issues tokens to configured accounts and verifies them on API requests.

    ``clock`` returns epoch seconds (``exp``/``iat`` are epoch seconds); tests pass a fake
    one to expire tokens without sleeping. ``cache_size`` bounds the verified-token cache.
    """

    def __init__(self, config: EmulatorConfig, clock: Callable[[], float] = time.time,
                 *, cache_size: int = 4096) -> None:
        self.config = config
        self.issued = 0  # successful token responses; tests assert "exactly one token fetch"
        self._clock = clock
        self._key = _signing_key()
        self._generation = 0  # bumped by expire_all(); older tokens count as expired
        self._cache_size = max(1, cache_size)
        # raw token -> (principal, iat, generation); insertion order gives FIFO eviction
        self._cache: dict[str, tuple[Principal, float, int]] = {}

    # -- token endpoint ------------------------------------------------------------------

    async def token_endpoint(self, request: Request) -> Response:
        """OAuth2 client-credentials grant (POST, form-encoded), as the real IdP answers it."""
        try:
            if request.method != "POST":
                raise _OAuthError(405, "invalid_request", "The token endpoint accepts POST only")
            form = await self._read_form(request)
            account_matches = self._authenticate(request, form)
            grant = form.get("grant_type")
            if grant is None:
                raise _OAuthError(400, "invalid_request", "Missing parameter: grant_type")
            if grant != "client_credentials":
                raise _OAuthError(400, "unsupported_grant_type",
                                  f"Grant type is not supported: {grant[:64]}")
            tsg_id = self._requested_tsg(form.get("scope"))
            account = next((a for a in account_matches if a.tsg_id == tsg_id), None)
            if account is None:
                raise _OAuthError(403, "access_denied",
                                  f"The service account has no active role assignment on TSG {tsg_id}")
        except _OAuthError as exc:
            return exc.response()
        return JSONResponse(self._issue(account), headers=_NO_STORE)

    async def jwks_endpoint(self, request: Request) -> Response:
        """The JWKS document as a response, for an ``/oauth2/jwks``-style route."""
        return JSONResponse(self.jwks())

    async def _read_form(self, request: Request) -> dict[str, str]:
        content_type = request.headers.get("content-type", "")
        media = content_type.split(";", 1)[0].strip().lower()
        if media and media != "application/x-www-form-urlencoded":
            raise _OAuthError(400, "invalid_request",
                              "Content-Type must be application/x-www-form-urlencoded")
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > _MAX_FORM_BYTES:
                raise _OAuthError(413, "invalid_request", "Request body too large")
        try:
            text = body.decode("utf-8")
            pairs = parse_qsl(text, keep_blank_values=True, strict_parsing=bool(text),
                              max_num_fields=_MAX_FORM_FIELDS)
        except (UnicodeDecodeError, ValueError):
            raise _OAuthError(400, "invalid_request", "Malformed form body") from None
        form: dict[str, str] = {}
        for name, value in pairs:
            if name in form:  # RFC 6749 section 3.2: parameters must not repeat
                raise _OAuthError(400, "invalid_request", f"Repeated parameter: {name[:64]}")
            form[name] = value
        return form

    def _authenticate(self, request: Request, form: dict[str, str]) -> list[Account]:
        """Return the accounts matching the client's credentials (one per TSG), or 401."""
        header = request.headers.get("authorization")
        if header is not None:
            raw_id, raw_secret = self._basic_credentials(header)
            # RFC 6749 2.3.1 form-encodes both halves; curl -u and most clients send them
            # raw. Accept either reading, as the identity provider does.
            candidates = {(raw_id, raw_secret), (unquote_plus(raw_id), unquote_plus(raw_secret))}
            if "client_secret" in form or form.get("client_id") not in (None, *(c[0] for c in candidates)):
                raise _OAuthError(400, "invalid_request",
                                  "Use one client authentication method, not two")
        else:
            client_id, secret = form.get("client_id"), form.get("client_secret")
            if client_id is None or secret is None:
                raise _OAuthError(401, "invalid_client", "Client authentication failed")
            candidates = {(client_id, secret)}
        matches = [a for a in self.config.accounts
                   if any(hmac.compare_digest(a.client_id.encode(), cid.encode())
                          and hmac.compare_digest(a.client_secret.encode(), sec.encode())
                          for cid, sec in candidates)]
        if not matches:
            raise _OAuthError(401, "invalid_client", "Client authentication failed")
        return matches

    @staticmethod
    def _basic_credentials(header: str) -> tuple[str, str]:
        scheme, _, encoded = header.strip().partition(" ")
        if scheme.lower() != "basic":
            raise _OAuthError(401, "invalid_client", "Client authentication failed")
        try:
            decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            raise _OAuthError(401, "invalid_client", "Client authentication failed") from None
        client_id, colon, secret = decoded.partition(":")
        if not colon:
            raise _OAuthError(401, "invalid_client", "Client authentication failed")
        return client_id, secret

    @staticmethod
    def _requested_tsg(scope: str | None) -> str:
        if not scope:
            raise _OAuthError(400, "invalid_scope", "Missing scope: expected tsg_id:<TSG ID>")
        match = _SCOPE_RE.fullmatch(scope.strip())
        if match is None:
            raise _OAuthError(400, "invalid_scope",
                              f"Invalid scope {scope[:80]!r}: expected tsg_id:<TSG ID>")
        return match.group(1)

    def _issue(self, account: Account) -> dict[str, Any]:
        now = self._clock()
        ttl = float(self.config.token_ttl_s)
        jti = str(uuid.uuid4())
        scope = f"tsg_id:{account.tsg_id}"
        claims = {
            "iss": ISSUER,
            "sub": account.client_id,
            # The real IdP (ForgeRock AM) sets aud to the client id, and SDKs check it; the
            # emulator's own audience rides along so its tokens stay recognisably its own.
            "aud": [account.client_id, AUDIENCE],
            "iat": _numeric_date(now),
            "exp": _numeric_date(now + ttl),
            "jti": jti,
            "scope": scope,
            "tsg_id": account.tsg_id,
            "role": account.role,
            _GENERATION_CLAIM: self._generation,
        }
        token = jwt.encode(claims, self._key.private, algorithm="RS256",
                           headers={"kid": self._key.kid})
        self.issued += 1
        # The service reports the lifetime left once it has answered, in whole seconds: 899
        # for its 900 s tokens (api-facts: Authentication); the token itself lives ``ttl``.
        return {"access_token": token, "token_type": "Bearer",
                "expires_in": max(1, math.ceil(ttl) - 1), "scope": scope}

    # -- keys and verification -----------------------------------------------------------

    def jwks(self) -> dict[str, Any]:
        """The public signing key as a JWK Set, so clients and tests can check signatures."""
        return {"keys": [dict(self._key.jwk)]}

    def verify(self, authorization: str | None) -> Principal:
        """Check an ``Authorization`` header; return the caller or raise :class:`AuthFailure`."""
        if not authorization:
            raise AuthFailure("Not Authenticated")
        if authorization.startswith("Bearer "):
            token = authorization[7:].strip()
        else:
            scheme, _, rest = authorization.strip().partition(" ")
            if scheme.lower() != "bearer":
                raise AuthFailure("Not Authenticated")
            token = rest.strip()
        if not token:
            raise AuthFailure("Not Authenticated")
        entry = self._cache.get(token)
        if entry is None:
            entry = self._decode(token)
            if len(self._cache) >= self._cache_size:
                self._cache.pop(next(iter(self._cache)), None)
            self._cache[token] = entry
        principal, iat, generation = entry
        now = self._clock()
        deadline = principal.expires_at
        early = self.config.faults.token_ttl_s
        if early is not None:
            deadline = min(deadline, iat + early)
        if now >= deadline or generation < self._generation:
            raise AuthFailure("Key Expired")
        return principal

    def _decode(self, token: str) -> tuple[Principal, float, int]:
        """Signature and claim checks, done once per token; expiry is left to ``verify``."""
        if len(token) > _MAX_TOKEN_CHARS:
            raise AuthFailure("Key Too Long")
        try:
            claims = jwt.decode(
                token, self._key.public, algorithms=["RS256"], audience=AUDIENCE, issuer=ISSUER,
                # exp/iat/nbf are compared with the injected clock in verify(), not time.time().
                options={"verify_exp": False, "verify_iat": False, "verify_nbf": False,
                         "require": ["exp", "iat", "sub", "jti", "tsg_id"]},
            )
            principal = Principal(
                client_id=str(claims["sub"]), tsg_id=str(claims["tsg_id"]),
                role=str(claims.get("role", "read-only")), jti=str(claims["jti"]),
                expires_at=float(claims["exp"]),
            )
            iat = float(claims["iat"])
            generation = int(claims.get(_GENERATION_CLAIM, 0))
        except (jwt.PyJWTError, TypeError, ValueError):
            raise AuthFailure("Invalid Credential") from None
        # The signing key is shared per process: accept only this emulator's own accounts.
        if not any(a.client_id == principal.client_id and a.tsg_id == principal.tsg_id
                   for a in self.config.accounts):
            raise AuthFailure("Invalid Credential")
        return principal, iat, generation

    def expire_all(self) -> None:
        """Treat every token issued so far as expired; tokens issued afterwards still work.

        A generation number rather than a time cut-off, so a token issued in the same clock
        tick as the call (a fake clock that does not move) is not caught by mistake.
        """
        self._generation += 1

