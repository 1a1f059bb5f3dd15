"""The emulator's identity provider: token endpoint answers and bearer-token checks.

The token endpoint is exercised over HTTP (httpx + ASGITransport against a small
Starlette app built here) because its contract is the wire format a client sees.
"""

from __future__ import annotations

import asyncio
import base64
import json
from typing import Any
from urllib.parse import quote

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jwt.algorithms import RSAAlgorithm
from starlette.applications import Starlette
from starlette.routing import Route

from fakes import FakeClock
from sasekit.emulator import auth as auth_module
from sasekit.emulator.auth import (
    AUDIENCE,
    ISSUER,
    TOKEN_PATHS,
    AuthFailure,
    Principal,
    TokenAuthority,
)
from sasekit.emulator.config import Account, EmulatorConfig, Faults

CLIENT_ID = "ops@1234567890.iam.panserviceaccount.com"
SECRET = "s3cret:with/odd+chars"
TSG = "1234567890"
OTHER_TSG = "9999999999"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def config() -> EmulatorConfig:
    return EmulatorConfig(
        accounts=[
            Account(CLIENT_ID, SECRET, TSG, "admin"),
            # The same service account with a second TSG, on which it is read-only.
            Account(CLIENT_ID, SECRET, "5555555555", "read-only"),
            Account("viewer@1234567890.iam.panserviceaccount.com", "v", TSG, "read-only"),
        ],
        token_ttl_s=900,
    )


@pytest.fixture
def authority(config: EmulatorConfig, clock: FakeClock) -> TokenAuthority:
    return TokenAuthority(config, clock=clock)


def make_app(authority: TokenAuthority) -> Starlette:
    routes = [Route(path, authority.token_endpoint, methods=["POST"]) for path in TOKEN_PATHS]
    routes.append(Route("/oauth2/jwks", authority.jwks_endpoint, methods=["GET"]))
    return Starlette(routes=routes)


def basic(client_id: str, secret: str) -> str:
    raw = f"{quote(client_id, safe='')}:{quote(secret, safe='')}".encode()
    return "Basic " + base64.b64encode(raw).decode()


def post(authority: TokenAuthority, path: str = "/oauth2/access_token", **kwargs: Any) -> httpx.Response:
    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=make_app(authority))
        async with httpx.AsyncClient(transport=transport, base_url="https://auth.test") as client:
            return await client.post(path, **kwargs)

    return asyncio.run(go())


def fetch(authority: TokenAuthority, tsg: str = TSG, *, client_id: str = CLIENT_ID,
          secret: str = SECRET) -> str:
    resp = post(authority, headers={"Authorization": basic(client_id, secret)},
                data={"grant_type": "client_credentials", "scope": f"tsg_id:{tsg}"})
    assert resp.status_code == 200, resp.text
    return resp.json()["access_token"]


GOOD_FORM = {"grant_type": "client_credentials", "scope": f"tsg_id:{TSG}"}


# -- token endpoint ------------------------------------------------------------------------


@pytest.mark.parametrize("path", TOKEN_PATHS)
def test_basic_credentials_on_every_token_path(authority: TokenAuthority, path: str) -> None:
    resp = post(authority, path, headers={"Authorization": basic(CLIENT_ID, SECRET)}, data=GOOD_FORM)
    assert resp.status_code == 200
    body = resp.json()
    assert set(body) == {"access_token", "token_type", "expires_in", "scope"}
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 899  # as the service answers for its 15-minute tokens
    assert body["scope"] == f"tsg_id:{TSG}"
    assert resp.headers["cache-control"] == "no-store"


def test_form_body_credentials(authority: TokenAuthority) -> None:
    resp = post(authority, data={**GOOD_FORM, "client_id": CLIENT_ID, "client_secret": SECRET})
    assert resp.status_code == 200
    assert authority.verify("Bearer " + resp.json()["access_token"]).client_id == CLIENT_ID


def test_httpx_basic_auth_without_url_encoding_also_works(authority: TokenAuthority) -> None:
    # httpx's own BasicAuth does not form-encode; "@" and "/" survive unquoting unchanged.
    resp = post(authority, auth=(CLIENT_ID, "plain-secret-no-plus"), data=GOOD_FORM)
    assert resp.status_code == 401  # wrong secret, but parsed as credentials, not garbage
    assert resp.json()["error"] == "invalid_client"
    authority.config.accounts.append(Account("a@b.c", "p/q", TSG))
    assert post(authority, auth=("a@b.c", "p/q"), data=GOOD_FORM).status_code == 200


@pytest.mark.parametrize(("client_id", "secret"), [
    (CLIENT_ID, "wrong"),
    ("nobody@1234567890.iam.panserviceaccount.com", SECRET),
    (CLIENT_ID, ""),
])
def test_wrong_credentials_are_invalid_client(authority: TokenAuthority, client_id: str,
                                              secret: str) -> None:
    resp = post(authority, headers={"Authorization": basic(client_id, secret)}, data=GOOD_FORM)
    assert resp.status_code == 401
    assert resp.json() == {"error": "invalid_client", "error_description": "Client authentication failed"}
    assert resp.headers["www-authenticate"].startswith("Basic")
    assert authority.issued == 0


def test_wrong_form_secret_and_missing_credentials_are_invalid_client(authority: TokenAuthority) -> None:
    resp = post(authority, data={**GOOD_FORM, "client_id": CLIENT_ID, "client_secret": "nope"})
    assert (resp.status_code, resp.json()["error"]) == (401, "invalid_client")
    resp = post(authority, data=GOOD_FORM)
    assert (resp.status_code, resp.json()["error"]) == (401, "invalid_client")


def test_two_authentication_methods_disagreeing_is_invalid_request(authority: TokenAuthority) -> None:
    resp = post(authority, headers={"Authorization": basic(CLIENT_ID, SECRET)},
                data={**GOOD_FORM, "client_id": "someone-else"})
    assert (resp.status_code, resp.json()["error"]) == (400, "invalid_request")


@pytest.mark.parametrize("grant", ["password", "authorization_code", "refresh_token", ""])
def test_other_grant_types_are_unsupported(authority: TokenAuthority, grant: str) -> None:
    resp = post(authority, headers={"Authorization": basic(CLIENT_ID, SECRET)},
                data={"grant_type": grant, "scope": f"tsg_id:{TSG}"})
    assert resp.status_code == 400
    assert resp.json()["error"] == "unsupported_grant_type"


def test_missing_grant_type_is_invalid_request(authority: TokenAuthority) -> None:
    resp = post(authority, headers={"Authorization": basic(CLIENT_ID, SECRET)},
                data={"scope": f"tsg_id:{TSG}"})
    assert (resp.status_code, resp.json()["error"]) == (400, "invalid_request")


@pytest.mark.parametrize("scope", [None, "", "tsg_id:", "tsg:1234567890", "1234567890",
                                   "tsg_id:1 tsg_id:2", "profile", "tsg_id:12:34"])
def test_missing_or_malformed_scope_is_invalid_scope(authority: TokenAuthority,
                                                     scope: str | None) -> None:
    data = {"grant_type": "client_credentials"}
    if scope is not None:
        data["scope"] = scope
    resp = post(authority, headers={"Authorization": basic(CLIENT_ID, SECRET)}, data=data)
    assert resp.status_code == 400
    assert resp.json()["error"] == "invalid_scope"


def test_tsg_without_a_role_is_access_denied(authority: TokenAuthority) -> None:
    resp = post(authority, headers={"Authorization": basic(CLIENT_ID, SECRET)},
                data={"grant_type": "client_credentials", "scope": f"tsg_id:{OTHER_TSG}"})
    assert resp.status_code == 403
    body = resp.json()
    assert body["error"] == "access_denied"
    assert OTHER_TSG in body["error_description"]
    assert "role" in body["error_description"]


def test_the_role_follows_the_tsg_asked_for(authority: TokenAuthority) -> None:
    assert authority.verify("Bearer " + fetch(authority, TSG)).role == "admin"
    principal = authority.verify("Bearer " + fetch(authority, "5555555555"))
    assert (principal.tsg_id, principal.role) == ("5555555555", "read-only")


@pytest.mark.parametrize(("headers", "content"), [
    ({"Content-Type": "application/x-www-form-urlencoded"}, b"\xff\xfe\x00garbage"),
    ({"Content-Type": "application/x-www-form-urlencoded"}, b"=&&==&%zz"),
    ({"Content-Type": "application/json"}, json.dumps(GOOD_FORM).encode()),
    ({"Content-Type": "multipart/form-data; boundary=x"}, b"--x\r\n\r\n--x--"),
    ({}, b"{not a form"),
    ({}, b""),
    ({"Content-Type": "application/x-www-form-urlencoded"}, b"a=" + b"x" * 100_000),
    ({"Content-Type": "application/x-www-form-urlencoded"}, b"&".join(b"f%d=1" % i for i in range(200))),
    ({"Authorization": "Basic !!!not-base64!!!"}, b"grant_type=client_credentials"),
    ({"Authorization": "Basic " + base64.b64encode(b"no-colon").decode()}, b"grant_type=client_credentials"),
    ({"Authorization": "Basic " + base64.b64encode(b"\xff\xfe:\xff").decode()}, b"grant_type=client_credentials"),
    ({"Authorization": "Bearer abc"}, b"grant_type=client_credentials"),
    ({"Content-Type": "application/x-www-form-urlencoded"},
     b"grant_type=client_credentials&grant_type=client_credentials"),
])
def test_garbage_requests_get_a_4xx_never_a_500(authority: TokenAuthority, headers: dict[str, str],
                                                  content: bytes) -> None:
    resp = post(authority, headers=headers, content=content)
    assert 400 <= resp.status_code < 500, (resp.status_code, resp.text)
    assert "error" in resp.json()
    assert authority.issued == 0


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.binary(max_size=300), auth=st.none() | st.text(max_size=40))
def test_random_bodies_never_cause_a_500(authority: TokenAuthority, body: bytes,
                                         auth: str | None) -> None:
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    if auth is not None and auth.isascii() and auth.isprintable():
        headers["Authorization"] = auth
    resp = post(authority, headers=headers, content=body)
    assert resp.status_code < 500


def test_get_is_not_a_token_request(authority: TokenAuthority) -> None:
    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=make_app(authority))
        async with httpx.AsyncClient(transport=transport, base_url="https://auth.test") as client:
            return await client.get("/oauth2/access_token")

    assert asyncio.run(go()).status_code == 405


def test_issued_counts_successful_token_responses_only(authority: TokenAuthority) -> None:
    assert authority.issued == 0
    fetch(authority)
    post(authority, headers={"Authorization": basic(CLIENT_ID, "wrong")}, data=GOOD_FORM)
    fetch(authority)
    assert authority.issued == 2


# -- the JWT ---------------------------------------------------------------------------------


def jwks_over_http(authority: TokenAuthority) -> dict[str, Any]:
    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=make_app(authority))
        async with httpx.AsyncClient(transport=transport, base_url="https://auth.test") as client:
            return await client.get("/oauth2/jwks")

    resp = asyncio.run(go())
    assert resp.status_code == 200
    return resp.json()


def test_token_verifies_with_the_jwks_public_key(authority: TokenAuthority, clock: FakeClock) -> None:
    token = fetch(authority)
    jwks = jwks_over_http(authority)
    assert jwks == authority.jwks()
    (jwk,) = jwks["keys"]
    assert (jwk["kty"], jwk["alg"], jwk["use"]) == ("RSA", "RS256", "sig")
    header = jwt.get_unverified_header(token)
    assert header["alg"] == "RS256"
    assert header["kid"] == jwk["kid"]
    public_key = RSAAlgorithm.from_jwk(json.dumps(jwk))
    claims = jwt.decode(token, public_key, algorithms=["RS256"], audience=AUDIENCE,
                        options={"verify_exp": False, "verify_iat": False})
    assert claims["iss"] == ISSUER
    assert claims["sub"] == CLIENT_ID
    assert claims["tsg_id"] == TSG
    assert claims["scope"] == f"tsg_id:{TSG}"
    assert claims["role"] == "admin"
    assert claims["iat"] == clock.now
    assert claims["exp"] == clock.now + 900
    assert claims["jti"]


def test_the_signing_key_is_made_once_per_process(config: EmulatorConfig) -> None:
    first, second = TokenAuthority(config), TokenAuthority(EmulatorConfig())
    assert first.jwks() == second.jwks()
    # The key is shared, but an app accepts only tokens of its own accounts.
    with pytest.raises(AuthFailure):
        second.verify("Bearer " + fetch(first))
    third = TokenAuthority(EmulatorConfig(accounts=list(config.accounts)))
    assert third.verify("Bearer " + fetch(first)).client_id == CLIENT_ID


def test_jti_is_unique_per_token(authority: TokenAuthority) -> None:
    jtis = {authority.verify("Bearer " + fetch(authority)).jti for _ in range(5)}
    assert len(jtis) == 5


# -- verify ----------------------------------------------------------------------------------


def test_verify_accepts_a_fresh_token(authority: TokenAuthority, clock: FakeClock) -> None:
    token = fetch(authority)
    principal = authority.verify(f"Bearer {token}")
    assert principal == Principal(client_id=CLIENT_ID, tsg_id=TSG, role="admin",
                                  jti=principal.jti, expires_at=clock.now + 900)
    assert authority.verify(f"bearer   {token}  ") == principal  # scheme is case-insensitive


@pytest.mark.parametrize("header", [None, "", "Bearer", "Bearer ", "Basic abc", "Token abc"])
def test_verify_without_a_bearer_token_is_not_authenticated(authority: TokenAuthority,
                                                            header: str | None) -> None:
    with pytest.raises(AuthFailure) as info:
        authority.verify(header)
    assert info.value.message == "Not Authenticated"
    assert (info.value.code, info.value.status) == ("E016", 401)


@pytest.mark.parametrize("token", ["abc", "a.b.c", "e30.e30.", "Ym9ndXM"])
def test_verify_rejects_garbage_as_invalid_credential(authority: TokenAuthority, token: str) -> None:
    with pytest.raises(AuthFailure, match="Invalid Credential"):
        authority.verify(f"Bearer {token}")


def test_verify_rejects_an_overlong_token(authority: TokenAuthority) -> None:
    with pytest.raises(AuthFailure, match="Key Too Long"):
        authority.verify("Bearer " + "a" * 10_000)


def test_verify_rejects_a_tampered_token(authority: TokenAuthority) -> None:
    token = fetch(authority, "5555555555")  # read-only on that TSG
    header, payload, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims["role"] = "admin"
    forged = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    with pytest.raises(AuthFailure, match="Invalid Credential"):
        authority.verify(f"Bearer {header}.{forged}.{signature}")
    flipped = signature[:-2] + ("A" if signature[-2] != "A" else "B") + signature[-1]
    with pytest.raises(AuthFailure, match="Invalid Credential"):
        authority.verify(f"Bearer {header}.{payload}.{flipped}")


def test_verify_rejects_a_token_signed_by_another_key(authority: TokenAuthority,
                                                      clock: FakeClock) -> None:
    other_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    kid = authority.jwks()["keys"][0]["kid"]
    claims = {"iss": ISSUER, "aud": AUDIENCE, "sub": CLIENT_ID, "tsg_id": TSG, "role": "admin",
              "jti": "x", "iat": clock.now, "exp": clock.now + 900}
    token = jwt.encode(claims, other_key, algorithm="RS256", headers={"kid": kid})
    with pytest.raises(AuthFailure, match="Invalid Credential"):
        authority.verify(f"Bearer {token}")
    # "alg": "none" must not pass either.
    unsigned = jwt.encode(claims, None, algorithm="none")
    with pytest.raises(AuthFailure, match="Invalid Credential"):
        authority.verify(f"Bearer {unsigned}")


def test_verify_rejects_an_expired_token(authority: TokenAuthority, clock: FakeClock) -> None:
    token = fetch(authority)
    authority.verify(f"Bearer {token}")  # now cached
    clock.now += 899.5
    authority.verify(f"Bearer {token}")
    clock.now += 0.5
    with pytest.raises(AuthFailure) as info:
        authority.verify(f"Bearer {token}")
    assert info.value.message == "Key Expired"


def test_a_short_configured_ttl(config: EmulatorConfig, clock: FakeClock) -> None:
    config.token_ttl_s = 2.5
    authority = TokenAuthority(config, clock=clock)
    resp = post(authority, headers={"Authorization": basic(CLIENT_ID, SECRET)}, data=GOOD_FORM)
    assert resp.json()["expires_in"] == 2
    token = resp.json()["access_token"]
    clock.now += 2.4
    authority.verify(f"Bearer {token}")
    clock.now += 0.1
    with pytest.raises(AuthFailure, match="Key Expired"):
        authority.verify(f"Bearer {token}")


def test_real_clock_tokens_keep_sub_second_precision(config: EmulatorConfig) -> None:
    config.token_ttl_s = 1.0
    authority = TokenAuthority(config)  # time.time: fractional seconds
    token = fetch(authority)
    claims = jwt.decode(token, options={"verify_signature": False})
    assert claims["exp"] - claims["iat"] == pytest.approx(1.0, abs=0.002)
    authority.verify(f"Bearer {token}")


def test_early_expiry_fault(config: EmulatorConfig, clock: FakeClock) -> None:
    config.faults = Faults(token_ttl_s=30)
    authority = TokenAuthority(config, clock=clock)
    token = fetch(authority)
    clock.now += 29
    authority.verify(f"Bearer {token}")
    clock.now += 1
    with pytest.raises(AuthFailure, match="Key Expired"):
        authority.verify(f"Bearer {token}")
    # The fault is read per call: lifting it brings the token back within its real life.
    config.faults.token_ttl_s = None
    assert authority.verify(f"Bearer {token}").client_id == CLIENT_ID


def test_expire_all_kills_old_tokens_but_not_new_ones(authority: TokenAuthority) -> None:
    old_cached, old_uncached = fetch(authority), fetch(authority)
    authority.verify(f"Bearer {old_cached}")
    authority.expire_all()  # the fake clock does not move: a time cut-off could not work
    for token in (old_cached, old_uncached):
        with pytest.raises(AuthFailure, match="Key Expired"):
            authority.verify(f"Bearer {token}")
    fresh = fetch(authority)
    assert authority.verify(f"Bearer {fresh}").client_id == CLIENT_ID
    authority.expire_all()
    with pytest.raises(AuthFailure, match="Key Expired"):
        authority.verify(f"Bearer {fresh}")


def test_signature_is_checked_once_per_token(authority: TokenAuthority,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real_decode = auth_module.jwt.decode

    def counting_decode(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real_decode(*args, **kwargs)

    monkeypatch.setattr(auth_module.jwt, "decode", counting_decode)
    token = fetch(authority)
    for _ in range(100):
        authority.verify(f"Bearer {token}")
    assert len(calls) == 1


def test_the_verified_token_cache_is_bounded(config: EmulatorConfig, clock: FakeClock) -> None:
    authority = TokenAuthority(config, clock=clock, cache_size=3)
    tokens = [fetch(authority) for _ in range(10)]
    for token in tokens:
        authority.verify(f"Bearer {token}")
    assert len(authority._cache) == 3
    # Evicted tokens are still good; they are just verified again.
    assert authority.verify(f"Bearer {tokens[0]}").client_id == CLIENT_ID
