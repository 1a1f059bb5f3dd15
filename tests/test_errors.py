"""The error tree: exact messages from the integration guide, and from_response parsing."""

from __future__ import annotations

import json
import pickle
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import pytest

from sasekit import errors
from sasekit.errors import (
    APIError,
    AuthError,
    BadRequest,
    ConfigError,
    Conflict,
    EmptyResponseError,
    Forbidden,
    JobFailed,
    JobTimeout,
    MethodNotAllowed,
    NameNotUnique,
    NotAuthenticated,
    NotFound,
    RateLimitBlocked,
    RateLimited,
    ReferenceNotZero,
    SasekitError,
    ServerError,
    TokenFetchError,
    TokenUnavailableError,
    TransportError,
    UnsupportedOperation,
    UnsupportedResource,
    ValidationError,
    parse_retry_after,
    redact,
)

ADDRESSES = "/sse/config/v1/addresses"


def scm_body(*entries: dict[str, Any], request_id: str = "req-1") -> bytes:
    return json.dumps({"_errors": list(entries), "_request_id": request_id}).encode()


# ------------------------------------------------------------------ guide messages


def test_guide_messages_exactly() -> None:
    assert str(ConfigError.for_missing(["clientId"])) == "clientId is required"
    assert (
        str(TokenFetchError(401, b'{"error":"invalid_client"}'))
        == "token fetch failed: status=401 body=invalid_client"
    )
    assert str(TokenUnavailableError()) == "failed to obtain access token"
    assert str(EmptyResponseError("GET", ADDRESSES, 200)) == "received empty response from API"
    assert (
        str(APIError(409, "POST", ADDRESSES, [{"code": "E006", "message": "Name Not Unique"}]))
        == "API error [409] on POST /sse/config/v1/addresses: Name Not Unique"
    )
    assert (
        str(UnsupportedResource("adress", ["address"]))
        == "unsupported resource: adress (did you mean: address?)"
    )


def test_config_error_lists_every_missing_field() -> None:
    err = ConfigError.for_missing(["clientId", "clientSecret", "tsgId"], hint="set them")
    assert str(err) == "clientId is required; clientSecret is required; tsgId is required"
    assert err.missing == ("clientId", "clientSecret", "tsgId")
    assert err.hint == "set them"


def test_every_error_is_a_sasekit_error_and_drawn_in_the_tree() -> None:
    doc = errors.__doc__ or ""
    for name in errors.__all__:
        obj = getattr(errors, name)
        if isinstance(obj, type) and issubclass(obj, BaseException):
            assert issubclass(obj, SasekitError), name
            assert f" {name} " in doc or doc.rstrip().endswith(name) or f"{name}\n" in doc, name
    assert issubclass(TokenFetchError, AuthError)
    assert issubclass(TokenUnavailableError, AuthError)
    assert issubclass(RateLimitBlocked, Forbidden)
    assert issubclass(NameNotUnique, Conflict) and issubclass(ReferenceNotZero, Conflict)
    for klass in (
        BadRequest,
        NotAuthenticated,
        Forbidden,
        NotFound,
        MethodNotAllowed,
        Conflict,
        RateLimited,
        ServerError,
    ):
        assert issubclass(klass, APIError)


# ------------------------------------------------------------------------ auth


def test_token_fetch_error_body_forms() -> None:
    err = TokenFetchError(
        401, '{"error": "invalid_client", "error_description": "Client authentication failed"}'
    )
    assert err.error == "invalid_client"
    assert err.description == "Client authentication failed"
    assert "rotated" in (err.hint or "")
    assert str(TokenFetchError(403, {"error": "access_denied"})).endswith("body=access_denied")
    assert TokenFetchError(403, b"").hint and "role" in TokenFetchError(403, b"").hint
    plain = TokenFetchError(500, "Internal error " + "x" * 1000)
    assert str(plain).startswith("token fetch failed: status=500 body=Internal error x")
    assert len(str(plain)) < 260 and str(plain).endswith("...")
    assert str(TokenFetchError(400, None)) == "token fetch failed: status=400 body="
    # JSON without an "error" field shows the (compact) JSON text
    assert str(TokenFetchError(502, {"message": "bad"})).endswith('body={"message":"bad"}')


def test_token_fetch_error_never_echoes_a_token() -> None:
    err = TokenFetchError(400, "echo: Authorization: Bearer abc.def.ghi client_secret=hunter2")
    assert "abc.def.ghi" not in str(err) and "hunter2" not in str(err)
    assert "Bearer ****" in str(err)


def test_token_unavailable_with_cause() -> None:
    err = TokenUnavailableError(ConnectionRefusedError("connection refused"))
    assert str(err) == "failed to obtain access token: ConnectionRefusedError: connection refused"
    assert str(TokenUnavailableError("DNS lookup failed")) == (
        "failed to obtain access token: DNS lookup failed"
    )


# -------------------------------------------------------------- local validation


@dataclass
class Problem:
    path: str
    rule: str
    value: Any
    message: str


def test_validation_error_lists_every_problem() -> None:
    problems = [
        Problem("folder", "required", None, "is required"),
        Problem("name", "maxLength", "x" * 70, "is longer than 63 characters"),
        Problem("pre_shared_key", "type", "s3cr3t-psk", "must be an object"),
    ]
    err = ValidationError(problems, "address", "create")
    assert str(err).splitlines() == [
        "3 problems in address.create parameters",
        "  folder: is required [required]",
        "  name: is longer than 63 characters [maxLength]",
        "  pre_shared_key: must be an object [type]",
    ]
    assert "s3cr3t-psk" not in str(err)  # values are never printed
    assert err.problems == tuple(problems)
    assert str(ValidationError(problems[:1])) == "folder: is required [required]"
    assert str(ValidationError(problems[:1], "address", "create")).startswith(
        "1 problem in address.create parameters\n"
    )


def test_validation_error_with_the_validators_problems() -> None:
    RealProblem = pytest.importorskip("sasekit.validate").Problem

    problems = [
        RealProblem(
            "name", "maxLength", "x" * 70, "name: longer than 63 characters (maxLength): 'xxx…'"
        ),
        RealProblem(
            "colour", "unknown", "red", "colour: unknown field (unknown): 'red'", ("color",)
        ),
        RealProblem(
            "", "exclusive", ("fqdn",), "value: exactly one of a | b is required (exclusive)"
        ),
    ]
    assert str(ValidationError(problems, "address", "create")).splitlines() == [
        "3 problems in address.create parameters",
        "  name: longer than 63 characters (maxLength): 'xxx…'",
        "  colour: unknown field (unknown): 'red'; did you mean 'color'?",
        "  value: exactly one of a | b is required (exclusive)",
    ]


def test_unsupported_names() -> None:
    assert str(UnsupportedResource("addresses")) == "unsupported resource: addresses"
    assert (
        str(UnsupportedResource("adress", ["address", "addressGroup"]))
        == "unsupported resource: adress (did you mean: address, addressGroup?)"
    )
    err = UnsupportedOperation("address", "craete", ["create"])
    assert str(err) == "unsupported operation: address.craete (did you mean: create?)"
    assert str(UnsupportedOperation("job", "delete")) == "unsupported operation: job.delete"
    assert err.suggestions == ("create",)


# ----------------------------------------------------------------- API errors


def test_from_response_scm_conflict() -> None:
    err = APIError.from_response(
        409,
        "post",
        ADDRESSES,
        scm_body({"code": "E006", "message": "Name Not Unique", "details": {}}, request_id="r-42"),
        {"Content-Type": "application/json"},
    )
    assert type(err) is NameNotUnique
    assert isinstance(err, Conflict) and isinstance(err, APIError)
    assert str(err) == "API error [409] on POST /sse/config/v1/addresses: Name Not Unique"
    assert (err.status, err.method, err.path) == (409, "POST", ADDRESSES)
    assert err.codes == ("E006",)
    assert err.request_id == "r-42"
    assert err.errors[0]["message"] == "Name Not Unique"
    assert err.retry_after is None


def test_from_response_reference_not_zero() -> None:
    body = scm_body(
        {"code": "E009", "message": "Reference Not Zero", "details": ["used by rule r1"]}
    )
    err = APIError.from_response(409, "DELETE", ADDRESSES + "/abc", body)
    assert type(err) is ReferenceNotZero
    assert (
        str(err)
        == "API error [409] on DELETE /sse/config/v1/addresses/abc: Reference Not Zero: used by rule r1"
    )


def test_details_as_list_string_and_dict() -> None:
    real_400 = (
        b'{"_errors":[{"code":"API_I00035","message":"Invalid Request Payload ",'
        b'"details":["\\"folder\\" is required"]}],"_request_id":"abc"}'
    )
    err = APIError.from_response(400, "POST", ADDRESSES, real_400)
    assert type(err) is BadRequest
    assert (
        str(err)
        == 'API error [400] on POST /sse/config/v1/addresses: Invalid Request Payload: "folder" is required'
    )

    err = APIError.from_response(
        400,
        "POST",
        ADDRESSES,
        scm_body({"code": "E003", "message": "Invalid Object", "details": "name too long"}),
    )
    assert str(err).endswith(": Invalid Object: name too long")

    # a dict without a known reason key is kept on the error but not printed
    err = APIError.from_response(
        400,
        "POST",
        ADDRESSES,
        scm_body({"code": "E003", "message": "Invalid Object", "details": {"x": 1}}),
    )
    assert str(err).endswith(": Invalid Object")
    assert err.errors[0]["details"] == {"x": 1}

    # SCM's "configuration is not valid" answer: the reason is inside the dict
    err = APIError.from_response(
        400,
        "POST",
        ADDRESSES,
        scm_body(
            {
                "code": "API_I00013",
                "message": "Your configuration is not valid.",
                "details": {"errorType": "Object Already Exists", "message": ["a1 already exists"]},
            }
        ),
    )
    assert type(err) is NameNotUnique and err.status == 400
    assert str(err).endswith(
        ": Your configuration is not valid.: Object Already Exists: a1 already exists"
    )
    assert err.error_types == ("Object Already Exists",)


def test_several_entries_are_joined() -> None:
    err = APIError.from_response(
        400,
        "PUT",
        ADDRESSES + "/1",
        scm_body({"code": "E003", "message": "Bad name"}, {"code": "E013", "message": "Bad XPath"}),
    )
    assert str(err).endswith(": Bad name; Bad XPath")
    assert err.codes == ("E003", "E013")


def test_from_response_html_502() -> None:
    html = b"<html><head><title>502 Bad Gateway</title></head><body><h1>502</h1></body></html>"
    err = APIError.from_response(502, "GET", ADDRESSES, html, {"content-type": "text/html"})
    assert type(err) is ServerError
    assert str(err) == "API error [502] on GET /sse/config/v1/addresses: bad gateway (HTML body)"
    assert err.errors == [] and err.codes == ()
    assert "<title>502" in err.body_text


@pytest.mark.parametrize("body", [b"", "", None, b"   \n"])
def test_from_response_empty_body(body: Any) -> None:
    err = APIError.from_response(503, "GET", ADDRESSES, body)
    assert type(err) is ServerError
    assert (
        str(err)
        == "API error [503] on GET /sse/config/v1/addresses: service unavailable (empty body)"
    )


def test_from_response_429_retry_after() -> None:
    err = APIError.from_response(429, "GET", ADDRESSES, b"", {"Retry-After": "7"})
    assert type(err) is RateLimited
    assert err.retry_after == 7.0
    assert str(err) == (
        "API error [429] on GET /sse/config/v1/addresses: too many requests (empty body) (retry after 7 s)"
    )
    without = APIError.from_response(429, "GET", ADDRESSES, b"")
    assert without.retry_after is None
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    dated = APIError.from_response(429, "GET", ADDRESSES, b"", [("retry-after", when)])
    assert dated.retry_after is not None and 20 <= dated.retry_after <= 31


def test_parse_retry_after() -> None:
    assert parse_retry_after("1.5") == 1.5
    assert parse_retry_after("-3") == 0.0
    assert parse_retry_after(None) is None
    assert parse_retry_after("soon") is None
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # in the past


def test_rate_limit_block_after_burst() -> None:
    body = scm_body({"code": "E007", "message": "Unauthorized"})
    plain = APIError.from_response(403, "GET", ADDRESSES, body)
    assert type(plain) is Forbidden
    assert str(plain) == "API error [403] on GET /sse/config/v1/addresses: Unauthorized"
    blocked = APIError.from_response(403, "GET", ADDRESSES, body, after_burst=True)
    assert type(blocked) is RateLimitBlocked and isinstance(blocked, Forbidden)
    assert blocked.retry_after == 180.0
    assert "180 s" in str(blocked)
    assert str(blocked).startswith("API error [403] on GET /sse/config/v1/addresses: Unauthorized")


@pytest.mark.parametrize(
    ("status", "code", "klass"),
    [
        (400, "E003", BadRequest),
        (400, "E013", BadRequest),
        (401, "E016", NotAuthenticated),
        (403, "E007", Forbidden),
        (404, "E005", NotFound),
        (405, "E012", MethodNotAllowed),
        (501, "E012", MethodNotAllowed),
        (501, None, MethodNotAllowed),
        (409, "E999", Conflict),
        (500, "E999", ServerError),
        (504, None, ServerError),
        (418, None, APIError),
        (422, "E005", NotFound),
    ],
)
def test_class_by_status_and_code(status: int, code: str | None, klass: type[APIError]) -> None:
    body = scm_body({"code": code, "message": "m"}) if code else b"oops"
    assert type(APIError.from_response(status, "GET", "/p", body)) is klass


def test_from_response_other_bodies() -> None:
    plain = APIError.from_response(500, "GET", "/p", b"upstream connect error")
    assert str(plain) == "API error [500] on GET /p: upstream connect error"
    other_json = APIError.from_response(404, "GET", "/p", b'{"message": "no route"}')
    assert str(other_json) == "API error [404] on GET /p: no route"
    odd_json = APIError.from_response(400, "GET", "/p", b"[1, 2]")
    assert str(odd_json) == "API error [400] on GET /p: bad request: [1, 2]"
    parsed = APIError.from_response(
        409, "POST", "/p", {"_errors": [{"code": "E006", "message": "Name Not Unique"}]}
    )
    assert type(parsed) is NameNotUnique
    with_header_id = APIError.from_response(404, "GET", "/p", b"", {"X-Request-ID": "hdr-9"})
    assert with_header_id.request_id == "hdr-9"
    no_method = APIError(
        403, "", "/sse/config/v1/tags", [{"code": "E007", "message": "Unauthorized"}]
    )
    assert str(no_method) == "API error [403] on /sse/config/v1/tags: Unauthorized"


# --------------------------------------------------------------------- others


def test_transport_error_says_whether_the_request_reached_the_server() -> None:
    before = TransportError(
        ConnectionRefusedError("refused"),
        method="POST",
        path=ADDRESSES,
        may_have_reached_server=False,
    )
    assert str(before) == (
        "transport error on POST /sse/config/v1/addresses: ConnectionRefusedError: refused "
        "(the request did not reach the server)"
    )
    after = TransportError(TimeoutError(), method="POST", path=ADDRESSES)
    assert after.may_have_reached_server
    assert str(after).endswith("TimeoutError (the request may have reached the server)")


def test_job_errors() -> None:
    job = {
        "id": "1586",
        "type_str": "CommitAndPush",
        "status_str": "FIN",
        "result_str": "FAIL",
        "details": json.dumps(
            {"errors": ["rule r1 references missing address a9"], "warnings": []}
        ),
    }
    err = JobFailed(job)
    assert str(err) == (
        "job 1586 (CommitAndPush) failed: status=FIN result=FAIL: rule r1 references missing address a9"
    )
    assert err.job_id == "1586" and err.result == "FAIL"
    assert str(
        JobFailed({"id": "7", "status_str": "PUSHFAIL", "result_str": "FAIL"}, ["a", "b"])
    ).endswith(": a; b")
    assert str(JobFailed({"id": "8", "result_str": "FAIL", "summary": "Push failed"})).endswith(
        ": Push failed"
    )
    timeout = JobTimeout("1586", 1800, "ACT")
    assert str(timeout) == "job 1586 did not finish within 1800 s (last status: ACT)"
    assert timeout.waited_s == 1800.0


# --------------------------------------------------------------------- redact


class _SecretLike:
    def reveal(self) -> str:
        return "wrapped-secret"


def test_redact() -> None:
    text = "id=abc secret=s3cr3t-value Authorization: Bearer eyJhbGciOiJI.eyJzdWIiOiIx.sig wrapped-secret"
    out = redact(text, ["s3cr3t-value", "", _SecretLike()])
    assert "s3cr3t-value" not in out and "wrapped-secret" not in out
    assert "eyJ" not in out
    assert out == "id=abc secret=**** Authorization: Bearer **** ****"
    assert redact("nothing here", []) == "nothing here"
    assert redact('{"access_token": "opaque123"}', ()) == '{"access_token": "****"}'
    assert redact("bearer xyz", ()) == "bearer ****"
    # overlapping secrets: the longer one is masked whole
    assert redact("abcdef", ["abc", "abcdef"]) == "****"


def test_api_error_body_is_redacted() -> None:
    err = APIError.from_response(500, "GET", "/p", b"debug: Authorization: Bearer tok123")
    assert "tok123" not in str(err) and "tok123" not in err.body_text


# -------------------------------------------------------------------- pickling


@pytest.mark.parametrize(
    "err",
    [
        ConfigError.for_missing(["tsgId"]),
        TokenFetchError(401, b'{"error":"invalid_client"}'),
        TokenUnavailableError("down"),
        UnsupportedOperation("address", "x", ["list"]),
        APIError.from_response(
            409, "POST", ADDRESSES, scm_body({"code": "E006", "message": "Name Not Unique"})
        ),
        APIError.from_response(429, "GET", ADDRESSES, b"", {"Retry-After": "3"}),
        APIError.from_response(403, "GET", ADDRESSES, b"", after_burst=True),
        EmptyResponseError(),
        TransportError("boom", may_have_reached_server=False),
        JobTimeout("1", 5),
    ],
)
def test_errors_pickle(err: SasekitError) -> None:
    copy = pickle.loads(pickle.dumps(err))
    assert type(copy) is type(err)
    assert str(copy) == str(err)
    assert copy.__dict__ == err.__dict__


# ------------------------------------------------------------- the whole tree

# Exceptions sasekit defines outside the tree, on purpose (errors.py's docstring says so).
OUTSIDE_THE_TREE = {
    # The emulator's own: raised and caught inside it and answered as HTTP errors
    # (401 envelopes, OAuth error bodies, a dropped connection); no caller sees them.
    "sasekit.emulator.auth.AuthFailure",
    "sasekit.emulator.auth._OAuthError",
    "sasekit.emulator.app.ConnectionDropped",
    "sasekit.emulator.health.HealthError",
    # The CLI's click exceptions: click prints their message and exits with their code
    # before anything else could catch them.
    "sasekit.cli.workflow_cmd._FileProblem",
    "sasekit.cli.tunnel_cmd._Problem",
    "sasekit.cli.emulator_cmd.ConfigFileError",
    # A probe run that cannot start: caught inside the run and reported in its Result.error.
    "sasekit.health.probes._RunError",
}
# Modules not imported by the walk: running them is their only use.
NOT_IMPORTED = ("__main__",)
# Optional dependencies: a module that needs one is skipped when it is not installed.
OPTIONAL = {"keyring"}


def _sasekit_modules() -> list[Any]:
    import importlib
    import pkgutil

    import sasekit

    modules = [sasekit]
    for info in pkgutil.walk_packages(sasekit.__path__, "sasekit."):
        if info.name.rsplit(".", 1)[-1] in NOT_IMPORTED:
            continue
        try:
            modules.append(importlib.import_module(info.name))
        except ModuleNotFoundError as exc:
            if exc.name not in OPTIONAL:
                raise
    return modules


def _sasekit_exceptions() -> dict[str, type[BaseException]]:
    found: dict[str, type[BaseException]] = {}
    for module in _sasekit_modules():
        for value in vars(module).values():
            if (isinstance(value, type) and issubclass(value, BaseException)
                    and value.__module__ == module.__name__):
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return found


def _drawn_tree() -> dict[str, str | None]:
    """name as drawn in errors.py's docstring -> the name drawn as its parent."""
    doc = errors.__doc__ or ""
    block = doc.split("::", 1)[1]
    parents: dict[str, str | None] = {}
    stack: list[str] = []
    for line in block.splitlines():
        if line.strip() == "SasekitError":
            parents["SasekitError"], stack = None, ["SasekitError"]
            continue
        if "── " not in line:
            if stack and line.strip():
                break  # the first line of prose after the drawing
            continue
        depth = line.index("── ") // 4  # each level indents by four columns
        name = line.split("── ", 1)[1].split()[0]
        del stack[depth:]
        parents[name] = stack[-1]
        stack.append(name)
    return parents


def _drawn_name(cls: type[BaseException]) -> str:
    """Classes of errors.py are drawn by name, the others with their module under sasekit."""
    if cls.__module__ == errors.__name__:
        return cls.__name__
    return f"{cls.__module__.removeprefix('sasekit.')}.{cls.__name__}"


def test_every_exception_sasekit_defines_is_in_the_tree_and_drawn() -> None:
    found = _sasekit_exceptions()
    assert set(OUTSIDE_THE_TREE) <= set(found), "the allowlist names a class that is gone"
    drawn = _drawn_tree()
    by_drawn_name = {_drawn_name(cls): cls for cls in found.values()}
    for name, cls in sorted(found.items()):
        if name in OUTSIDE_THE_TREE:
            continue
        assert issubclass(cls, SasekitError), f"{name} does not derive from SasekitError"
        label = _drawn_name(cls)
        assert label in drawn, f"{name} is missing from the drawing in errors.py's docstring"
        if cls is SasekitError:
            continue
        parent = next(base for base in cls.__mro__[1:] if issubclass(base, SasekitError))
        assert drawn[label] == _drawn_name(parent), f"{label} is drawn under {drawn[label]}, not its base"
    for label in drawn:
        assert label in by_drawn_name, f"the drawing shows {label}, which sasekit does not define"


def test_every_error_of_errors_py_is_exported() -> None:
    defined = {name for name, value in vars(errors).items()
               if isinstance(value, type) and issubclass(value, BaseException)
               and value.__module__ == errors.__name__}
    assert defined <= set(errors.__all__), sorted(defined - set(errors.__all__))
    assert all(hasattr(errors, name) for name in errors.__all__)


def test_workflow_errors_are_sasekit_errors_where_they_are_raised() -> None:
    from sasekit.workflows import history, loader, notify, template

    assert loader.WorkflowFileError is errors.WorkflowFileError
    assert template.TemplateProblem is errors.TemplateProblem
    assert notify.NotifyError is errors.NotifyError
    assert history.RunBusy is errors.RunBusy and issubclass(history.RunBusy, ConfigError)
    with pytest.raises(SasekitError, match="duplicate key"):
        loader.loads("a: 1\na: 2\n")
    with pytest.raises(SasekitError, match="nope"):
        template.render("{{ nope }}", {})


def test_workflow_errors_pickle() -> None:
    busy = errors.RunBusy("20250101-000000-abcdef", 4242)
    sent = errors.NotifyError("slack: boom", kind="slack", status=500)
    for err in (busy, sent, errors.WorkflowFileError("x.yaml: line 3: bad"), errors.TemplateProblem("t")):
        copy = pickle.loads(pickle.dumps(err))
        assert type(copy) is type(err) and str(copy) == str(err) and copy.__dict__ == err.__dict__


def test_mask_secrets_masks_only_the_given_secrets() -> None:
    text = "Bearer abc.def url=https://x/?access_token=t0k s3cr3t-value"
    assert errors.mask_secrets(text, ["s3cr3t-value", ""]) == (
        "Bearer abc.def url=https://x/?access_token=t0k ****"
    )
    assert errors.mask_secrets("abcdef", ["abc", _SecretLike(), "abcdef"]) == "****"
    assert redact(text, ["s3cr3t-value"]) == "Bearer **** url=https://x/?access_token=**** ****"
