"""Whatever a client sends, the emulator answers in the 4xx range, never 5xx.

A client author points their code at the emulator to learn how the service refuses bad
input; an emulator that answers a malformed body with 500 teaches them that the service
is broken instead, and hides the refusal they must handle. So bad input of every kind —
nesting depth, text encoding, number size, JSON type, headers, paths — must come back
as a 4xx in the service's error shape, saying what is wrong.

Two kinds of test: deterministic ones, one per known failure (a 2 kB body nested 1,000
deep; a lone surrogate; the four bad bodies sent to every create and update of a
collection path) and a fixed corpus sent to every operation of the catalog on both URL
families; and property-based ones (hypothesis) that draw an operation and a body,
query, headers and path from strategies that go for the edges. All run in process
through ``httpx.ASGITransport`` with a valid token.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sasekit.catalog import Operation, load
from sasekit.emulator import DEMO_ACCOUNT, create_app
from sasekit.emulator.auth import TOKEN_PATHS
from sasekit.emulator.body import MAX_DEPTH
from sasekit.emulator.faults import PROBABILITIES
from sasekit.emulator.router import served

CATALOG = load()
MISSING_ID = "00000000-0000-4000-8000-000000000000"
SETTINGS = settings(max_examples=300, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@dataclass(frozen=True)
class Route:
    """One way to reach an operation: its method and a path template of one URL family."""

    op: Operation
    template: str
    family: str

    def path(self, fill: str = MISSING_ID) -> str:
        return re.sub(r"\{[^}]+\}", fill, self.template)

    def __repr__(self) -> str:  # what a failure message shows
        return f"{self.op.method} {self.template} ({self.op.qualified_name})"


def _routes() -> list[Route]:
    out = []
    for key in CATALOG:
        for name in CATALOG.operation_names(key):
            op = CATALOG[key].operations[name]
            if not served(op):
                # a family the emulator does not serve yet (the health APIs): answered 501 E012
                # whatever is sent, which is no refusal to fuzz (tests/test_health_catalog.py)
                continue
            out.append(Route(op, op.path, "legacy"))
            if op.unified_path and op.unified_path != op.path:
                out.append(Route(op, op.unified_path, "unified"))
    return out


ROUTES = _routes()
WRITES = [r for r in ROUTES if r.op.kind in ("create", "update")]


class Emulator:
    """One in-process emulator (rate limit off: the fuzzing is one busy client) with a
    valid token, driven synchronously so hypothesis can call it."""

    def __init__(self) -> None:
        self.app = create_app(rate_limit={"enabled": False})
        self.loop = asyncio.new_event_loop()
        self.http = httpx.AsyncClient(transport=httpx.ASGITransport(app=self.app), base_url="http://emu")
        self.login()

    def login(self) -> None:
        a = DEMO_ACCOUNT
        token = self.run(self.http.post(
            "/oauth2/access_token", auth=(a["client_id"], a["client_secret"]),
            data={"grant_type": "client_credentials", "scope": f"tsg_id:{a['tsg_id']}"})).json()
        self.auth = {"Authorization": f"Bearer {token['access_token']}"}

    def run(self, coro: Any) -> Any:
        return self.loop.run_until_complete(coro)

    def send(self, method: str, path: str, content: bytes | None = None,
             params: dict[str, str] | None = None, headers: dict[str, Any] | None = None,
             auth: bool = True) -> httpx.Response:
        all_headers = {**(self.auth if auth else {}), "Content-Type": "application/json", **(headers or {})}
        return self.run(self.http.request(method, path, content=content, params=params, headers=all_headers))

    def close(self) -> None:
        self.run(self.http.aclose())
        self.loop.close()


@pytest.fixture(scope="module")
def emu() -> Iterator[Emulator]:
    emulator = Emulator()
    yield emulator
    emulator.close()


def refusal(resp: httpx.Response, what: object, oauth: bool = False) -> str | None:
    """What is wrong with an answer to bad input, or None: a 5xx is wrong, and so is a
    4xx that is not in the service's error shape with a message to read (the token
    endpoint may also answer in OAuth2's, ``error`` and ``error_description``)."""
    if resp.status_code >= 500:
        return f"{what}: {resp.status_code} {resp.text[:300]}"
    if resp.status_code >= 400:
        try:
            body = resp.json()
            if oauth and "error" in body:
                assert body["error"] and body["error_description"]
            else:
                error = body["_errors"][0]
                assert error["code"] and error["message"] and "_request_id" in body
        except (ValueError, KeyError, IndexError, TypeError, AssertionError):
            return f"{what}: {resp.status_code} not in the expected error shape: {resp.text[:300]}"
    return None


def details(resp: httpx.Response) -> str:
    return json.dumps(resp.json()["_errors"][0]["details"])


def nested(depth: int, leaf: str = "1") -> bytes:
    return ("[" * depth + leaf + "]" * depth).encode()


def wrong_types(op: Operation) -> dict[str, Any]:
    """Every declared body field given a value of a type it does not take."""
    out: dict[str, Any] = {}
    for name, prop in (op.body.properties.items() if op.body is not None else ()):
        kind = prop.type if isinstance(prop.type, str) else "any"
        out[name] = {"string": 12, "integer": "twelve", "number": [1.5], "boolean": "yes",
                     "array": {"not": "a list"}, "object": ["not", "an", "object"]}.get(kind, {"x": [None]})
    return out


# --------------------------------------------------------------------------- the named repros


def test_a_body_nested_1000_deep_is_a_400_naming_the_depth(emu: Emulator) -> None:
    body = b'{"name": ' + nested(1000) + b"}"
    assert len(body) < 2100  # the reported repro: 2 kB
    resp = emu.send("POST", "/sse/config/v1/addresses", body, {"folder": "Shared"})
    assert resp.status_code == 400, resp.text
    assert resp.json()["_errors"][0]["code"] == "API_I00035"
    assert "1001 levels deep" in details(resp) and f"at most {MAX_DEPTH}" in details(resp)


@pytest.mark.parametrize("body", [
    b"[" * 200_000,  # never closed: a recursive parser dives before it sees the end
    b'{"a":' * 50_000 + b"1" + b"}" * 50_000,
    b"[{" * 40_000,
], ids=["open-arrays", "objects", "mixed"])
def test_deeper_and_unbalanced_nesting_is_a_400(emu: Emulator, body: bytes) -> None:
    resp = emu.send("POST", "/sse/config/v1/addresses", body, {"folder": "Shared"})
    assert resp.status_code == 400 and "levels deep" in details(resp), resp.text[:300]


def test_brackets_inside_strings_are_text_not_nesting(emu: Emulator) -> None:
    """A description full of brackets is ordinary text: the depth check must not count it."""
    text = "[{" * 300 + '\\"]' * 20
    body = json.dumps({"name": "brackets", "ip_netmask": "192.0.2.1/32", "description": text})
    resp = emu.send("POST", "/sse/config/v1/addresses", body.encode(), {"folder": "Shared"})
    assert resp.status_code == 201, resp.text
    assert resp.json()["description"] == text


def test_nesting_up_to_the_limit_is_read(emu: Emulator) -> None:
    """At the limit the body is parsed and validated as usual (the refusal is about the
    field, not the depth)."""
    body = b'{"name": "deep-ok", "ip_netmask": "192.0.2.1/32", "tag": ' + nested(MAX_DEPTH - 1, '"t"') + b"}"
    resp = emu.send("POST", "/sse/config/v1/addresses", body, {"folder": "Shared"})
    assert resp.status_code == 400 and "tag" in details(resp) and "levels deep" not in details(resp)


def test_a_lone_surrogate_in_a_name_is_a_400_naming_the_field(emu: Emulator) -> None:
    body = b'{"name": "\\ud800", "ip_netmask": "192.0.2.1/32"}'
    resp = emu.send("POST", "/sse/config/v1/addresses", body, {"folder": "Shared"})
    assert resp.status_code == 400, resp.text
    assert '\\"name\\"' in details(resp) and "surrogate" in details(resp) and "ud800" in details(resp)


@pytest.mark.parametrize(("body", "named"), [
    (b'{"name": "ok", "ip_netmask": "192.0.2.1/32", "tag": ["a", "b\\udfff"]}', "tag[1]"),
    (b'{"name": "ok", "ip_netmask": "192.0.2.1/32", "\\udbff": 1}', "\\\\udbff"),
    (b'{"name": "ok", "ip_netmask": "192.0.2.1/32", "description": "\\ude00\\ud83d"}', "description"),
], ids=["in-a-list", "in-a-key", "pair-reversed"])
def test_lone_surrogates_anywhere_are_a_400(emu: Emulator, body: bytes, named: str) -> None:
    resp = emu.send("POST", "/sse/config/v1/addresses", body, {"folder": "Shared"})
    assert resp.status_code == 400 and "surrogate" in details(resp) and named in details(resp), resp.text


def test_a_surrogate_pair_is_one_character_and_is_kept(emu: Emulator) -> None:
    body = b'{"name": "emoji", "ip_netmask": "192.0.2.1/32", "description": "ok \\ud83d\\ude00"}'
    resp = emu.send("POST", "/sse/config/v1/addresses", body, {"folder": "Shared"})
    assert resp.status_code == 201, resp.text
    assert resp.json()["description"] == "ok \U0001f600"


@pytest.mark.parametrize(("body", "said"), [
    (b'{"name": "n", "ip_netmask": "\xed\xa0\x80"}', "not valid UTF-8"),  # an encoded surrogate
    (b'{"name": "\xff"}', "not valid UTF-8"),
    (b'{"name": "\xc0\xaf"}', "not valid UTF-8"),  # an overlong "/"
    (b"\xef\xbb\xbf{}", "not valid JSON"),  # a byte-order mark
    (b'{"name": 1e400}', "out of range"),
    (b'{"name": -1e309}', "out of range"),
    (b'{"name": ' + b"9" * 400 + b"}", "out of range"),
    (b'{"name": ' + b"9" * 5000 + b"}", "out of range"),  # past Python's own digit limit
    (b'{"name": NaN}', "NaN is not a JSON value"),
    (b'{"name": Infinity}', "Infinity is not a JSON value"),
    (b'{"name": -Infinity}', "-Infinity is not a JSON value"),
    (b"[]", "must be a JSON object, not an array"),
    (b'"address"', "must be a JSON object, not a string"),
    (b"null", "must be a JSON object, not null"),
    (b"7", "must be a JSON object, not a number"),
    (b"true", "must be a JSON object, not a boolean"),
    (b'{"name": "a"', "not valid JSON"),
])
def test_bad_encodings_numbers_and_types_are_a_400_that_says_so(emu: Emulator, body: bytes, said: str) -> None:
    resp = emu.send("POST", "/sse/config/v1/addresses", body, {"folder": "Shared"})
    assert resp.status_code == 400, resp.text
    assert said in resp.json()["_errors"][0]["details"][0]


def test_an_oversized_body_is_refused_before_it_is_read(emu: Emulator) -> None:
    limit = emu.app.config.max_body_bytes
    big = b'{"name": "' + b"x" * limit + b'"}'
    resp = emu.send("POST", "/sse/config/v1/addresses", big, {"folder": "Shared"})
    assert resp.status_code == 400 and f"{limit}-byte limit" in details(resp)

    async def chunks() -> Any:  # no Content-Length: the reader must stop on its own
        for _ in range(limit // 65536 + 2):
            yield b" " * 65536

    streamed = emu.run(emu.http.post("/sse/config/v1/addresses", params={"folder": "Shared"},
                                     content=chunks(), headers=emu.auth))
    assert streamed.status_code == 400 and f"{limit}-byte limit" in details(streamed)


FOUR_BAD_BODIES = {
    "nested 1,000 deep": b'{"name": ' + nested(1000) + b"}",
    "lone surrogate": b'{"name": "\\ud800"}',
    "number past double range": b'{"name": 1e400}',
    "not an object": b'[{"name": "x"}]',
}


def folder_param(op: Operation) -> dict[str, str]:
    return {"folder": "Shared"} if "folder" in op.parameters else {}


def test_four_bad_bodies_on_every_create_and_update(emu: Emulator) -> None:
    """The reported sweep (four bad bodies to each create and update on a collection path,
    98 answers of 500), widened to the by-id paths: each must be a 400 that names the
    problem. The one create that takes no body ignores one, as the service does."""
    assert len([r for r in WRITES if "{" not in r.template]) > 140
    failures = []
    for route in WRITES:
        for label, body in FOUR_BAD_BODIES.items():
            resp = emu.send(route.op.method, route.path(), body, folder_param(route.op))
            wrong = refusal(resp, f"{route!r} with {label}")
            if wrong is None and route.op.body is not None and resp.status_code != 400:
                wrong = f"{route!r} with {label}: {resp.status_code} {resp.text[:200]}"
            if wrong:
                failures.append(wrong)
    assert failures == []


def test_hostile_bodies_on_every_operation_of_both_url_families(emu: Emulator) -> None:
    corpus = [*FOUR_BAD_BODIES.values(), b'{"name": "\xff\xfe"}', b'{"a": NaN}', b"{" * 3000,
              b'{"name": "' + b"\\ud800" * 200 + b'"}', b"\x00\x01\x02", b'{"": {"": {"": []}}}']
    failures = []
    for route in ROUTES:
        bodies = [*corpus, json.dumps(wrong_types(route.op)).encode(),
                  json.dumps(dict.fromkeys(wrong_types(route.op))).encode()]
        for body in bodies:
            wrong = refusal(emu.send(route.op.method, route.path(), body, folder_param(route.op)),
                            f"{route!r} with {body[:40]!r}")
            if wrong:
                failures.append(wrong)
    assert failures == []


# --------------------------------------------------------------------------- generated input

TEXT = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["", " ", "   ", "\x00", "\ud800", "\udfff", "a\ud83d", "\U0001f600", "../..",
                     "Shared", "any", "%00", "\u202e", "x" * 300]),
)
NUMBERS = st.one_of(st.integers(), st.integers(min_value=-(10**400), max_value=10**400),
                    st.floats(allow_nan=True, allow_infinity=True), st.sampled_from([0, -1, 2**63, 2**64]))
SCALARS = st.one_of(st.none(), st.booleans(), NUMBERS, TEXT)
JSON_VALUES = st.recursive(SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(TEXT, inner, max_size=4)), max_leaves=20)


def _encoded(value: Any) -> bytes:
    # ensure_ascii: lone surrogates go out as \ud800 escapes; non-finite floats as NaN/Infinity
    return json.dumps(value).encode("ascii")


@st.composite
def bodies(draw: st.DrawFn, op: Operation) -> bytes | None:
    """A request body aimed at ``op``: mostly objects over its own field names (so the
    validator and the handler see them), and the edges: deep nesting, raw bytes, huge
    numbers, non-objects."""
    fields = list(op.body.properties) if op.body is not None else []
    shaped = st.dictionaries(st.sampled_from([*fields, "name", "folder", "id", "position"]) | TEXT,
                             JSON_VALUES, max_size=6)
    kind = draw(st.sampled_from(["shaped", "shaped", "shaped", "any", "deep", "bytes", "number", "none"]))
    if kind == "shaped":
        return _encoded(draw(shaped))
    if kind == "any":
        return _encoded(draw(JSON_VALUES))
    if kind == "deep":
        depth = draw(st.integers(MAX_DEPTH - 2, 3000))
        opener, closer = draw(st.sampled_from([("[", "]"), ('{"a":', "}"), ("[{\"b\":", "}]")]))
        closed = draw(st.booleans())
        return (opener * depth + "1" + (closer * depth if closed else "")).encode()
    if kind == "bytes":
        return draw(st.binary(max_size=64))
    if kind == "number":
        digits = draw(st.integers(1, 6000))
        return b'{"name": ' + draw(st.sampled_from([b"", b"-"])) + b"9" * digits + draw(
            st.sampled_from([b"", b".5", b"e999", b"e-999"])) + b"}"
    return None


HEADER_NAMES = st.sampled_from(["content-type", "accept", "x-emulator-admin", "x-request-id", "cookie",
                                "content-encoding", "transfer-encoding", "x-forwarded-for", "user-agent",
                                "authorization"])
HEADER_VALUES = st.one_of(
    st.binary(max_size=40).map(lambda b: b.replace(b"\r", b"").replace(b"\n", b"")),
    st.sampled_from([b"Bearer", b"Bearer ", b"Basic \xff\xfe", b"Bearer " + b"A" * 9000, b"bearer x.y.z",
                     b"application/json; charset=utf-16", b"gzip"]))
CONTROL_PATHS = [*TOKEN_PATHS, "/oauth2/jwks", "/.well-known/jwks.json",
                 *(f"/_emulator/{a}" for a in ("faults", "rate-limit", "tokens:expire", "stats", "tunnel-events", "tunnels",
                                                      "x", ""))]


@dataclass(frozen=True)
class Generated:
    method: str
    path: str
    body: bytes | None
    query: dict[str, str]
    headers: dict[str, bytes]
    auth: bool  # with the API token
    admin: bool  # with the admin secret


@st.composite
def control_requests(draw: st.DrawFn) -> Generated:
    """The endpoints outside the catalog: tokens, keys and the admin controls (never
    ``reset``, which would only empty the tenant the other examples work on)."""
    body = draw(st.one_of(st.none(), st.binary(max_size=64), JSON_VALUES.map(_encoded),
                          st.just(b"grant_type=client_credentials&scope=tsg_id:1&" * 3)))
    return Generated(draw(st.sampled_from(["GET", "POST", "PUT", "DELETE", "PATCH"])),
                     draw(st.sampled_from(CONTROL_PATHS)), body, {},
                     draw(st.dictionaries(HEADER_NAMES, HEADER_VALUES, max_size=3)), False, draw(st.booleans()))


@st.composite
def api_requests(draw: st.DrawFn) -> Generated:
    route = draw(st.sampled_from(ROUTES))
    op = route.op
    segment = draw(st.one_of(st.just(MISSING_ID), st.text(min_size=1, max_size=20)))
    path = route.path(quote(segment, safe=""))
    if draw(st.integers(0, 9)) == 0:  # now and then, a path that is not quite the route
        path += draw(st.sampled_from(["/", "/x", ":push", "%2F..", "/%00", "//"]))
    names = [*op.parameters, "limit", "offset", "folder", "name", "position", "snippet", "device"]
    query = draw(st.dictionaries(st.sampled_from(names) | st.text(max_size=8),
                                 st.text(max_size=20).filter(lambda t: not re.search("[\ud800-\udfff]", t))
                                 | st.sampled_from(["-1", "1e400", "9" * 40, "NaN", "true", "0x10", ""]),
                                 max_size=4))
    headers = draw(st.dictionaries(HEADER_NAMES, HEADER_VALUES, max_size=3))
    auth = draw(st.integers(0, 9)) > 0  # mostly with the token, so requests get past it
    return Generated(op.method, path, draw(bodies(op)), query, headers, auth, False)


@SETTINGS
@given(request=st.one_of(api_requests(), api_requests(), api_requests(), control_requests()))
def test_generated_requests_to_any_endpoint_get_no_5xx(emu: Emulator, request: Generated) -> None:
    headers = {**(emu.app.admin_headers if request.admin else {}), **request.headers}
    try:
        resp = emu.send(request.method, request.path, request.body, request.query, headers, auth=request.auth)
        assert refusal(resp, request, oauth=request.path in TOKEN_PATHS) is None
    finally:  # a generated admin change must not leak into the next example
        emu.app.faults.update({name: 0.0 for name in PROBABILITIES} | {"latency_ms": 0.0, "token_ttl_s": None})
        emu.app.config.rate_limit.enabled = False
        if request.path == "/_emulator/tokens:expire":
            emu.login()


@SETTINGS
@given(route=st.sampled_from(WRITES), data=st.data())
def test_generated_bodies_on_every_write_get_no_5xx(emu: Emulator, route: Route, data: st.DataObject) -> None:
    body = data.draw(bodies(route.op))
    resp = emu.send(route.op.method, route.path(), body, folder_param(route.op))
    assert refusal(resp, f"{route!r} {body!r}") is None


@settings(max_examples=150, deadline=None)
@given(section=st.sampled_from(["faults", "rate-limit"]),
       changes=st.one_of(st.dictionaries(
           st.sampled_from(["p500", "p502", "p503", "p_drop_before", "p_drop_after", "p_empty", "latency_ms",
                            "token_ttl_s", "seed", "enabled", "window_s", "limit", "block_at", "block_s"]),
           st.one_of(SCALARS, st.lists(SCALARS, max_size=2)), max_size=4), JSON_VALUES))
def test_admin_settings_are_applied_whole_or_refused_whole(emu: Emulator, section: str, changes: Any) -> None:
    """Any settings change is a 200 that applies all of it or a 400 that applies none;
    never a 5xx, and never a setting the emulator cannot live with (a latency that hangs
    every request, a negative window)."""
    admin = emu.app.admin_headers
    before = emu.send("GET", f"/_emulator/{section}", headers=admin, auth=False).json()
    try:
        resp = emu.send("PUT", f"/_emulator/{section}", _encoded(changes), headers=admin, auth=False)
        assert resp.status_code in (200, 400), resp.text
        after = emu.send("GET", f"/_emulator/{section}", headers=admin, auth=False).json()
        if resp.status_code == 400:
            assert after == before
            assert refusal(resp, changes) is None
        else:
            assert isinstance(changes, dict)
            for name, value in changes.items():
                assert after[name] == value
            emu.app.config.check()  # what was accepted obeys the rules the config is held to
    finally:  # the other tests share this emulator: no faults, no limit
        emu.app.faults.update({name: 0.0 for name in PROBABILITIES} | {"latency_ms": 0.0, "token_ttl_s": None})
        emu.app.config.rate_limit.enabled = False
