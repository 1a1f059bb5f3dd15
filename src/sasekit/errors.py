"""Every error sasekit raises, in one tree.

Callers catch ``SasekitError`` for "anything sasekit reported", or one branch when
they can act on it: ``ConfigError`` before any HTTP call, ``AuthError`` for the
identity provider, ``APIError`` subclasses for what SCM answered, ``TransportError``
when the answer never came. The messages are the ones the integration guide's
troubleshooting tables quote (``clientId is required``, ``token fetch failed:
status=401 body=invalid_client``, ``API error [409] on POST ...``), so a message can
be looked up there.

::

    SasekitError
    ├── ConfigError                  missing or bad settings, raised before any HTTP call
    │   └── RunBusy                  the run to resume is being run by another live process
    ├── AuthError
    │   ├── TokenFetchError          the identity provider refused (status, OAuth error)
    │   └── TokenUnavailableError    no token at all (endpoint unreachable, bad answer)
    ├── ValidationError              parameters break the catalog's rules (every problem)
    │   ├── ItemsInvalid             items of a bulk call break them (every item, with its line)
    │   └── tunnels.intent.IntentInvalid   a tunnel intent has problems (every one, with its line)
    ├── UnsupportedResource          unknown resource key (with suggestions)
    ├── UnsupportedOperation         unknown operation of a known resource
    ├── APIError                     SCM answered with an error status
    │   ├── BadRequest               400 (E003 invalid input, E013 bad XPath, ...)
    │   ├── NotAuthenticated         401 (E016)
    │   ├── Forbidden                403 (E007: no role for this resource)
    │   │   └── RateLimitBlocked     403 after a burst: the source IP is blocked for 180 s
    │   ├── NotFound                 404 (E005)
    │   ├── MethodNotAllowed         405 / 501 (E012)
    │   ├── Conflict                 409
    │   │   ├── NameNotUnique        E006
    │   │   └── ReferenceNotZero     E009
    │   ├── RateLimited              429, ``retry_after`` from the Retry-After header
    │   └── ServerError              5xx (gateways may answer with HTML)
    ├── EmptyResponseError           a call that must return a body returned none
    ├── TransportError               connection failure or timeout (did it reach the server?)
    │   └── ServiceUnreachable       not sent: the last connections failed (the client's breaker)
    ├── JobFailed                    a job finished, but its result is not OK
    ├── JobTimeout                   a job did not finish in the time allowed
    ├── BulkFailed                   an item of ``call_many`` failed (the others' results kept)
    ├── NameNotFound                 no object of that name in that folder (a by-name get/update/delete)
    ├── NameAmbiguous                several objects of that name there: an id must choose
    ├── WorkflowFileError            a workflow file cannot be read or parsed at all
    ├── TemplateProblem              a ``{{ }}`` template does not compile or evaluate
    ├── NotifyError                  a notification (Slack, webhook, e-mail) was not delivered
    ├── workflows.runner.WorkflowInvalid   a workflow breaks the schema (every problem, with lines)
    ├── workflows.runner.StepFailed        a workflow step failed (``cause`` says why)
    ├── lab.host.LabUnavailable            this machine cannot run the lab (why, and the fix)
    ├── lab.host.CommandFailed             a system command of the lab failed
    ├── lab.lab.LabError                   a lab command cannot do what was asked
    └── health.probes.ProbeError           a probe run could not be carried out at all

The runner's, the lab's, the probes' and the tunnel intent's errors live beside their code; every other class is defined here and
re-exported by the module that raises it (``sasekit.workflows.notify.NotifyError``).
Outside the tree, on purpose: the emulator's internal exceptions (turned into HTTP
answers before anything sees them) and the CLI's ``click.ClickException`` subclasses
(click prints them and exits with their code).

Every error carries its remedy: ``remedy`` is one line saying what to do about it
(the CLI prints it under the error, after ``fix:``), from the class's ``REMEDY`` made
precise by what the instance knows (the job id to wait on, the variable to export); an
error that wraps another (``cause``) passes the cause's remedy on when it has none.

No error stores a token or a client secret: messages are built from status codes,
error codes and response bodies, and free text taken from elsewhere passes through
``redact`` first. Errors pickle (worker processes send them back to their parent).

This module imports only the standard library (and ``sasekit.suggest``, which does
too), because the CLI imports it at start-up.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, ClassVar

from .suggest import did_you_mean

__all__ = [
    "MASK",
    "APIError",
    "AuthError",
    "BadRequest",
    "BulkFailed",
    "ConfigError",
    "Conflict",
    "EmptyResponseError",
    "Forbidden",
    "ItemsInvalid",
    "JobFailed",
    "JobTimeout",
    "MethodNotAllowed",
    "NameAmbiguous",
    "NameNotFound",
    "NameNotUnique",
    "NotAuthenticated",
    "NotFound",
    "NotifyError",
    "RateLimitBlocked",
    "RateLimited",
    "ReferenceNotZero",
    "RunBusy",
    "SasekitError",
    "ServerError",
    "ServiceUnreachable",
    "TemplateProblem",
    "TokenFetchError",
    "TokenUnavailableError",
    "TransportError",
    "UnsupportedOperation",
    "UnsupportedResource",
    "ValidationError",
    "WorkflowFileError",
    "mask_secrets",
    "parse_retry_after",
    "redact",
]

#: Longest piece of response text quoted in a message; the full body stays on the error.
BRIEF = 200
#: How much of a response body an ``APIError`` keeps in ``body_text``.
BODY_KEEP = 4096
#: The documented block after more than 2,500 requests in 60 s from one source IP.
RATE_LIMIT_BLOCK_S = 180.0

#: What every masked secret becomes, in messages, logs and the run history.
MASK = "****"
_BEARER = re.compile(r"(?i)\b(bearer)\s+[^\s\"',;]+")
_JWT = re.compile(r"\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*")
_FORM_SECRET = re.compile(r"(?i)((?:client_secret|access_token)[\"']?\s*[=:]\s*[\"']?)[^&\s\"',}]+")


def mask_secrets(text: str, secrets: Iterable[Any] = ()) -> str:
    """Return ``text`` with each of the given secrets replaced by ``****``, nothing else.

    ``secrets`` are strings, or objects with a ``reveal()`` method such as
    ``settings.Secret``; empty ones are skipped, and the longest is masked first, so a
    secret that contains another is masked whole. For data that must survive intact
    but for the secrets in it (the run history replays stored outputs on resume);
    messages go through ``redact``.
    """
    values = set()
    for item in secrets:
        value = item.reveal() if hasattr(item, "reveal") else item
        if isinstance(value, str) and value:
            values.add(value)
    for value in sorted(values, key=len, reverse=True):  # longest first: overlaps stay masked
        text = text.replace(value, MASK)
    return text


def redact(text: str, secrets: Iterable[Any] = ()) -> str:
    """Return free ``text`` with every known secret, and anything shaped like a
    credential, replaced by ``****``.

    Error messages end up in logs, terminals and bug reports; anything that might
    carry a credential goes through here first. Besides the given secrets (see
    ``mask_secrets``), it masks ``Bearer <token>``, anything shaped like a JWT, and
    ``client_secret=``/``access_token=`` values in form or JSON text. Structures, such
    as the outputs the run history stores, go through
    ``workflows.history.redact_secret_fields`` instead.
    """
    text = mask_secrets(text, secrets)
    text = _BEARER.sub(lambda m: f"{m.group(1)} {MASK}", text)
    text = _JWT.sub(MASK, text)
    return _FORM_SECRET.sub(lambda m: f"{m.group(1)}{MASK}", text)


def _brief(text: str, limit: int = BRIEF) -> str:
    """One line, at most ``limit`` characters: messages must stay readable."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 3].rstrip() + "..."


def _rebuild(cls: type[BaseException], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    obj = cls.__new__(cls)
    BaseException.__init__(obj, *args)
    obj.__dict__.update(state)
    return obj


class SasekitError(Exception):
    """Base of every sasekit error: catch this to handle anything sasekit reports."""

    #: What to do about errors of this class, in one line (see ``remedy``).
    REMEDY: ClassVar[str | None] = None

    @property
    def remedy(self) -> str | None:
        """What to do about this error, in one line, or None: the class's ``REMEDY``,
        made precise where the instance knows more; an error that wraps another
        (``cause``) and has no remedy of its own passes the cause's on."""
        cause = self.__dict__.get("cause")
        if self.REMEDY is None and isinstance(cause, SasekitError):
            return cause.remedy
        return self.REMEDY

    def __reduce__(self) -> tuple[Any, ...]:
        # Subclasses take their own constructor arguments; rebuild from the message
        # and the attributes so errors cross process boundaries intact.
        return (_rebuild, (type(self), self.args, dict(self.__dict__)))


# --------------------------------------------------------------------------- config


class ConfigError(SasekitError):
    """Settings are missing or wrong; raised before any HTTP call is made.

    ``missing`` names the absent credential fields with the guide's spelling
    (``clientId``, ``clientSecret``, ``tsgId``); ``hint`` says where to set them
    (kept out of ``str`` so the message matches the guide exactly).
    """

    def __init__(
        self, message: str, *, missing: Sequence[str] = (), hint: str | None = None
    ) -> None:
        super().__init__(message)
        self.missing = tuple(missing)
        self.hint = hint

    REMEDY = ("check the setting the message names: `sasekit profile list` shows the profiles, and SCM_* "
              "variables or options override them")

    @property
    def remedy(self) -> str | None:
        return self.hint or self.REMEDY

    @classmethod
    def for_missing(cls, fields: Sequence[str], *, hint: str | None = None) -> ConfigError:
        """``clientId is required; tsgId is required``: every missing field at once."""
        return cls("; ".join(f"{name} is required" for name in fields), missing=fields, hint=hint)


# ----------------------------------------------------------------------------- auth


class AuthError(SasekitError):
    """No usable access token: nothing can be sent to SCM until this is fixed."""

    REMEDY = "check the credentials: `sasekit auth test` tries them and says what is wrong"


_TOKEN_HINTS = {
    400: "the token request was malformed: check the TSG ID (scope tsg_id:<TSG_ID>)",
    401: "client ID or client secret is incorrect, or the secret was rotated: "
    "regenerate the credential in SCM and update it here",
    403: "the service account has no active role on the TSG: "
    "check Settings > Identity & Access in SCM",
}


class TokenFetchError(AuthError):
    """The identity provider answered the token request with an error status.

    ``str`` is ``token fetch failed: status=401 body=invalid_client``: the body is
    the OAuth ``error`` field when the answer is JSON with one, else the (redacted,
    truncated) text. ``error`` and ``description`` hold the OAuth fields; ``hint``
    the guide's advice for the status.
    """

    def __init__(self, status: int, body: bytes | str | Mapping[str, Any] | None = None) -> None:
        self.status = status
        self.error: str | None = None
        self.description: str | None = None
        data: Any = body
        if isinstance(body, bytes | bytearray):
            data = body.decode("utf-8", "replace")
        if isinstance(data, str):
            with contextlib.suppress(ValueError):
                data = json.loads(data) if data.strip() else ""
        if isinstance(data, Mapping):
            if data.get("error"):
                self.error = str(data["error"])
            if data.get("error_description"):
                self.description = _brief(redact(str(data["error_description"])))
            shown = self.error or json.dumps(data, separators=(",", ":"), default=str)
        else:
            shown = "" if data is None else str(data)
        self.body = _brief(redact(shown))
        self.hint = _TOKEN_HINTS.get(status)
        super().__init__(f"token fetch failed: status={status} body={self.body}")

    @property
    def remedy(self) -> str | None:
        if self.hint:
            return self.hint
        if self.status >= 500:
            return "the identity provider failed: run again in a minute"
        return self.REMEDY


class TokenUnavailableError(AuthError):
    """No token could be obtained: the endpoint was unreachable or answered nonsense.

    ``str`` is ``failed to obtain access token``, followed by ``: <cause>`` when a
    cause is given (passed through ``redact``).
    """

    def __init__(self, cause: BaseException | str | None = None) -> None:
        self.cause_text: str | None = None
        if cause is not None:
            text = cause if isinstance(cause, str) else f"{type(cause).__name__}: {cause}"
            self.cause_text = _brief(redact(text)) or type(cause).__name__
        message = "failed to obtain access token"
        super().__init__(f"{message}: {self.cause_text}" if self.cause_text else message)

    REMEDY = "check the identity provider's URL (SCM_AUTH_URL) and the network path to it (DNS, proxy, firewall)"

    @property
    def remedy(self) -> str | None:
        return TLS_REMEDY if is_tls_failure(self.cause_text or "") else self.REMEDY


# ----------------------------------------------------------------- local validation


def _problem_line(problem: Any) -> str:
    """One line per problem, without repeating what the validator's message already says."""
    path = str(getattr(problem, "path", "") or "")
    rule = getattr(problem, "rule", None)
    render = getattr(problem, "format", None)
    text = render() if callable(render) else str(getattr(problem, "message", "") or "")
    text = " ".join(text.split()) or "invalid"
    if path and not text.startswith(path):
        text = f"{path}: {text}"
    if rule and f"({rule})" not in text and f"[{rule}]" not in text:
        text += f" [{rule}]"
    return text


class ValidationError(SasekitError):
    """Parameters break the catalog's rules; every problem is reported at once.

    ``problems`` are objects with ``path``, ``rule``, ``value`` and ``message``
    (defined by the validator). Each line is the problem's ``format()`` (or its
    ``message``), prefixed with the path and followed by ``[rule]`` unless the
    message already names them. ``value`` is never added here: some parameters are
    secrets (pre-shared keys, passwords).
    """

    def __init__(
        self,
        problems: Iterable[Any],
        resource: str | None = None,
        operation: str | None = None,
    ) -> None:
        self.problems = tuple(problems)
        self.resource = resource
        self.operation = operation
        lines = [_problem_line(problem) for problem in self.problems]
        if operation:
            count = len(self.problems)
            where = f"{resource}.{operation}" if resource else operation
            noun = "problem" if count == 1 else "problems"
            lines = [f"{count} {noun} in {where} parameters", *(f"  {line}" for line in lines)]
        super().__init__("\n".join(lines))

    REMEDY = "`sasekit describe RESOURCE OPERATION` lists the parameters and their rules"

    @property
    def remedy(self) -> str | None:
        operation = (self.operation or "").split(" ", 1)[0]  # plan_many's "create (item 3)"
        if self.resource and operation:
            return f"`sasekit describe {self.resource} {operation}` lists the parameters and their rules"
        return self.REMEDY


class ItemsInvalid(ValidationError):
    """Items of a bulk call break the catalog's rules (or are not items at all); every
    invalid item is reported, each problem on a line naming the item (``line 4``), and
    nothing was sent. ``items`` holds ``(label, error)`` pairs; ``problems`` every
    problem of every item; ``total`` how many items there were."""

    def __init__(self, items: Sequence[tuple[str, BaseException]], total: int, source: str = "", *,
                 resource: str | None = None, operation: str | None = None) -> None:
        self.items = [(label, error) for label, error in items]
        self.total = total
        self.source = source
        self.problems = tuple(p for _, e in self.items for p in getattr(e, "problems", ()))
        first = next((e for _, e in self.items if isinstance(e, ValidationError)), None)
        self.resource = resource or (first.resource if first is not None else None)
        self.operation = operation or (first.operation if first is not None else None)
        lines: list[str] = []
        for label, error in self.items:
            problems = getattr(error, "problems", ())
            if isinstance(error, ValidationError) and problems:
                op = (error.operation or "").split(" ", 1)[0]
                where = f"{error.resource}.{op}: " if error.resource and op else ""
                lines.extend(f"{label}: {where}{_problem_line(p)}" for p in problems)
            else:
                lines.append(f"{label}: {' '.join(str(error).split())}")
        n = len(self.items)
        head = (f"{n} of {total:,} item{'s' if total != 1 else ''} {'is' if n == 1 else 'are'} invalid"
                f"{' in ' + source if source else ''} (nothing was sent)")
        text = f"{head}: {lines[0]}" if len(lines) == 1 else "\n".join([head, *(f"  {line}" for line in lines)])
        SasekitError.__init__(self, text)

    @property
    def remedy(self) -> str | None:
        rules = super().remedy
        return f"fix {'that item' if len(self.items) == 1 else 'those items'} and run again; {rules}"


class UnsupportedResource(SasekitError):
    """The resource key is not in the catalog (keys are camelCase singulars)."""

    def __init__(self, name: str, suggestions: Sequence[str] = ()) -> None:
        self.name = name
        self.suggestions = tuple(suggestions)
        super().__init__(f"unsupported resource: {name}{did_you_mean(self.suggestions)}")

    REMEDY = "`sasekit resources` lists every resource"


class UnsupportedOperation(SasekitError):
    """The resource exists but has no such operation."""

    def __init__(self, resource: str, operation: str, suggestions: Sequence[str] = ()) -> None:
        self.resource = resource
        self.operation = operation
        self.suggestions = tuple(suggestions)
        super().__init__(
            f"unsupported operation: {resource}.{operation}{did_you_mean(self.suggestions)}"
        )

    @property
    def remedy(self) -> str | None:
        return f"`sasekit describe {self.resource}` lists its operations"


# ------------------------------------------------------------------------ API errors


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP date), else None."""
    if value is None or not str(value).strip():
        return None
    text = str(value).strip()
    try:
        return max(0.0, float(text))
    except ValueError:
        pass
    from datetime import UTC, datetime
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _header(headers: Any, name: str) -> str | None:
    """Case-insensitive header lookup on a dict, httpx.Headers or list of pairs."""
    if not headers:
        return None
    items = headers.items() if hasattr(headers, "items") else headers
    wanted = name.lower()
    for key, value in items:
        if str(key).lower() == wanted:
            return str(value)
    return None


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase.lower()
    except ValueError:
        return f"http {status}"


def _brief_details(details: Any, message: str) -> str:
    """A short rendering of an ``_errors`` entry's ``details`` (dict, list or string)."""
    if details is None:
        return ""
    if isinstance(details, str):
        text = details.strip()
        return "" if text == message else text
    if isinstance(details, list | tuple):
        parts = []
        for item in details:
            if isinstance(item, Mapping):
                item = item.get("message") or item.get("msg") or json.dumps(item, default=str)
            if str(item).strip():
                parts.append(str(item).strip())
        return ", ".join(parts)
    if isinstance(details, Mapping):
        # SCM's "configuration is not valid" answers carry the real reason here.
        parts = []
        if details.get("errorType"):
            parts.append(str(details["errorType"]).strip())
        inner = details.get("message") or details.get("msg") or details.get("errors")
        if inner:
            rendered = _brief_details(inner, message)
            if rendered:
                parts.append(rendered)
        return ": ".join(part for part in parts if part)
    return ""


def _entry_summary(entry: Mapping[str, Any]) -> str:
    message = str(entry.get("message") or "").strip() or str(entry.get("code") or "error")
    detail = _brief_details(entry.get("details"), message)
    return f"{message}: {detail}" if detail else message


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:512].lower()
    return head.startswith("<") and any(
        tag in head for tag in ("<html", "<!doctype", "<head", "<body", "<title")
    )


class APIError(SasekitError):
    """SCM answered with an error status.

    ``str`` is ``API error [409] on POST /sse/config/v1/addresses: Name Not Unique``:
    the messages of every ``_errors`` entry joined by ``; ``, with list or string
    ``details`` (and the reason inside dict ones) appended briefly. Build instances
    with ``APIError.from_response``, which picks the subclass.
    """

    def __init__(
        self,
        status: int,
        method: str,
        path: str,
        errors: Sequence[Mapping[str, Any]] = (),
        request_id: str | None = None,
        body_text: str = "",
        *,
        retry_after: float | None = None,
        message: str | None = None,
    ) -> None:
        self.status = status
        self.method = (method or "").upper()
        self.path = path
        self.errors = [dict(entry) for entry in errors]
        self.codes = tuple(str(e["code"]) for e in self.errors if e.get("code") not in (None, ""))
        self.request_id = request_id
        self.body_text = redact(body_text or "")[:BODY_KEEP]
        self.retry_after = retry_after
        if self.errors:
            summary = "; ".join(_entry_summary(entry) for entry in self.errors)
        else:
            summary = message or _reason(status)
        self.summary = _brief(redact(summary), 2 * BRIEF)
        where = f"{self.method} {path}" if self.method else path
        super().__init__(f"API error [{status}] on {where}: {self.summary}{self._suffix()}")

    def _suffix(self) -> str:
        return ""

    REMEDY = "the message is the service's own; `--debug` shows its whole answer"

    @property
    def remedy(self) -> str | None:
        if self.request_id and type(self).REMEDY == APIError.REMEDY:
            return f"{self.REMEDY}; Palo Alto support can trace it by its request id {self.request_id}"
        return self.REMEDY

    @property
    def error_types(self) -> tuple[str, ...]:
        """``details.errorType`` of each entry that has one (e.g. ``Object Already Exists``)."""
        found = []
        for entry in self.errors:
            details = entry.get("details")
            if isinstance(details, Mapping) and details.get("errorType"):
                found.append(str(details["errorType"]))
        return tuple(found)

    @classmethod
    def from_response(
        cls,
        status: int,
        method: str,
        path: str,
        body: bytes | str | Mapping[str, Any] | None = None,
        headers: Any = None,
        *,
        after_burst: bool = False,
    ) -> APIError:
        """Build the right subclass from an error response.

        Parses SCM's ``{"_errors": [...], "_request_id": ...}``; copes with other JSON,
        HTML gateway pages (``bad gateway (HTML body)``), plain text and empty bodies.
        ``headers`` may be any mapping or list of pairs (looked up case-insensitively):
        ``Retry-After`` fills ``retry_after``, ``X-Request-Id`` backs up ``_request_id``.
        The client passes ``after_burst=True`` when a 403 follows a burst of requests,
        which makes it a ``RateLimitBlocked``.

        The class follows the status, refined by error codes: E006 or errorType
        "Object Already Exists" gives ``NameNotUnique``, E009 or "Reference Not Zero"
        gives ``ReferenceNotZero``, E012 gives ``MethodNotAllowed`` — even when SCM
        sends them with a 400, as it does for some "configuration is not valid"
        answers. 429 and 5xx (but 501) always stay ``RateLimited`` / ``ServerError``.
        """
        errors: list[dict[str, Any]] = []
        request_id: str | None = None
        message: str | None = None
        if isinstance(body, bytes | bytearray):
            text = bytes(body).decode("utf-8", "replace")
        elif isinstance(body, Mapping):
            text = json.dumps(body, default=str)
        else:
            text = body or ""
        reason = _reason(status)
        data: Any = body if isinstance(body, Mapping) else None
        if data is None and text.strip():
            try:
                data = json.loads(text)
            except ValueError:
                data = None
        if not text.strip():
            message = f"{reason} (empty body)"
        elif isinstance(data, Mapping):
            raw = data.get("_errors")
            if isinstance(raw, list):
                for entry in raw:
                    if isinstance(entry, Mapping):
                        errors.append(dict(entry))
                    else:
                        errors.append({"code": None, "message": str(entry), "details": None})
            elif isinstance(raw, Mapping):
                errors.append(dict(raw))
            if data.get("_request_id"):
                request_id = str(data["_request_id"])
            if not errors:
                for key in ("message", "error_description", "error", "msg", "detail", "title"):
                    if data.get(key):
                        message = _brief(str(data[key]))
                        break
                else:
                    message = f"{reason}: {_brief(text)}"
        elif data is not None:
            message = f"{reason}: {_brief(text)}"
        elif _looks_like_html(text):
            message = f"{reason} (HTML body)"
        else:
            message = _brief(text)
        request_id = request_id or _header(headers, "x-request-id")
        retry_after = parse_retry_after(_header(headers, "retry-after"))
        klass = _choose_class(status, errors, after_burst)
        return klass(
            status,
            method,
            path,
            errors,
            request_id,
            text,
            retry_after=retry_after,
            message=message,
        )


class BadRequest(APIError):
    """400: the request is invalid (SCM says precisely which field, in ``details``)."""

    REMEDY = ("the service refused a value: the message names the field; `sasekit describe RESOURCE OPERATION` "
              "shows the rules")


class NotAuthenticated(APIError):
    """401 (E016): the token was refused; the auth layer refreshes and replays once."""

    REMEDY = ("the API refused the token: check that SCM_TSG_ID is the service account's TSG "
              "(`sasekit auth test`)")


class Forbidden(APIError):
    """403 (E007): authenticated, but the service account lacks the role for this."""

    REMEDY = ("the service account lacks a role for this: assign one in SCM (Settings > Identity & Access; "
              "most resources need Prisma Access Admin)")


class RateLimitBlocked(Forbidden):
    """403 right after a burst: more than 2,500 requests in 60 s blocks the IP for 180 s.

    ``retry_after`` is the Retry-After header when present, else the documented 180 s.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        if kwargs.get("retry_after") is None:
            kwargs["retry_after"] = RATE_LIMIT_BLOCK_S
        super().__init__(*args, **kwargs)

    @property
    def remedy(self) -> str | None:
        return (f"wait {self.retry_after or RATE_LIMIT_BLOCK_S:.0f} s before sending again, then send fewer "
                "requests a minute (bulk runs: a lower --concurrency)")

    def _suffix(self) -> str:
        return (
            f" (rate-limit block: more than 2,500 requests in 60 s block the source IP"
            f" for {RATE_LIMIT_BLOCK_S:.0f} s; retry in {self.retry_after:.0f} s)"
        )


class NotFound(APIError):
    """404 (E005): no such object, or it lives in another folder."""

    REMEDY = ("check the id, and the folder the object lives in: `sasekit RESOURCE list --folder FOLDER` shows "
              "what is there; `get --name NAME --folder FOLDER` finds one by name")


class MethodNotAllowed(APIError):
    """405 / 501 (E012): the action or method is not supported on this path."""

    REMEDY = ("the service does not offer this operation on this path: `sasekit describe RESOURCE` shows the "
              "operations and their routes (--unified switches the URL family)")


class Conflict(APIError):
    """409: the change conflicts with the current configuration."""

    REMEDY = "the change conflicts with the object as it is now: read it (get) and change what the message names"


class NameNotUnique(Conflict):
    """E006: an object with this name already exists in the folder (update instead)."""

    REMEDY = ("an object of that name already exists there: change it with `update --name NAME --folder FOLDER`, "
              "or choose another name")


class ReferenceNotZero(Conflict):
    """E009: the object is still referenced (by a rule, a group, ...) and cannot go."""

    REMEDY = "other objects still use it: remove those references (rules, groups, profiles) first, then delete it"


class RateLimited(APIError):
    """429: over 2,000 requests in 60 s; wait ``retry_after`` seconds when given."""

    REMEDY = ("sasekit already waited and retried: run again later, and send fewer requests at once "
              "(bulk runs: a lower --concurrency)")

    def _suffix(self) -> str:
        return f" (retry after {self.retry_after:g} s)" if self.retry_after is not None else ""


class ServerError(APIError):
    """5xx: SCM or a gateway in front of it failed (which statuses are retried:
    ``sasekit.transport.RetryPolicy``)."""

    REMEDY = ("a failure on the service's side: run the command again in a minute (a create already made is "
              "recognised); if it persists, check the Prisma Access status")


_BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequest,
    401: NotAuthenticated,
    403: Forbidden,
    404: NotFound,
    405: MethodNotAllowed,
    409: Conflict,
    501: MethodNotAllowed,
}
_BY_CODE: dict[str, type[APIError]] = {
    "E003": BadRequest,
    "E013": BadRequest,
    "E016": NotAuthenticated,
    "E007": Forbidden,
    "E005": NotFound,
}


def _choose_class(
    status: int, errors: Sequence[Mapping[str, Any]], after_burst: bool
) -> type[APIError]:
    codes = {str(e.get("code")) for e in errors}
    kinds = {
        str(e["details"].get("errorType", "")).strip().lower()
        for e in errors
        if isinstance(e.get("details"), Mapping)
    }
    if status == 429:
        return RateLimited
    if status == 403 and after_burst:
        return RateLimitBlocked
    if status >= 500 and status != 501:
        return ServerError
    if "E006" in codes or "object already exists" in kinds:
        return NameNotUnique
    if "E009" in codes or "reference not zero" in kinds:
        return ReferenceNotZero
    if "E012" in codes:
        return MethodNotAllowed
    if status in _BY_STATUS:
        return _BY_STATUS[status]
    for code, klass in _BY_CODE.items():
        if code in codes:
            return klass
    return APIError


# ------------------------------------------------------------------ other failures


class EmptyResponseError(SasekitError):
    """A call that must return a body (not a DELETE) returned 200 with none.

    Usually a passing Prisma Access service issue: retry. ``str`` is exactly
    ``received empty response from API``; ``method``/``path``/``status`` say where.
    """

    def __init__(
        self, method: str | None = None, path: str | None = None, status: int | None = None
    ) -> None:
        self.method = method
        self.path = path
        self.status = status
        super().__init__("received empty response from API")

    REMEDY = "usually a passing service hiccup: run the command again"


#: How a failed certificate check reads, from Python's ssl module and from libcurl.
_TLS_MARKS = ("certificate_verify_failed", "certificate verify failed", "sslcertverificationerror",
              "peer certificate cannot be authenticated", "problem with the ca certificate",
              "tls issuer check failed", "self-signed certificate", "unable to get local issuer")
TLS_REMEDY = ("the server's certificate is not trusted here: if a TLS-inspecting proxy or a private CA signs it, "
              "export SSL_CERT_FILE=/path/to/ca-bundle.pem (or SSL_CERT_DIR); verify_tls = false in a profile "
              "turns the check off (test labs only)")


def is_tls_failure(text: str) -> bool:
    """Whether an error's text says the server's certificate could not be verified."""
    low = text.lower()
    return any(mark in low for mark in _TLS_MARKS)


class TransportError(SasekitError):
    """No HTTP answer: connection refused, DNS, TLS or a timeout.

    ``may_have_reached_server`` tells a caller whether retrying a non-idempotent call
    (a create, a push) could apply it twice: False for failures before the request
    was sent (connect errors, connect timeouts), True otherwise.
    """

    def __init__(
        self,
        cause: BaseException | str,
        *,
        method: str | None = None,
        path: str | None = None,
        may_have_reached_server: bool = True,
    ) -> None:
        self.method = method
        self.path = path
        self.may_have_reached_server = may_have_reached_server
        if isinstance(cause, BaseException):
            self.cause_type: str | None = type(cause).__name__
            text = f"{self.cause_type}: {cause}" if str(cause) else self.cause_type
        else:
            self.cause_type = None
            text = cause
        self.cause_text = _brief(redact(text))
        where = " ".join(part for part in (method, path) if part)
        reached = (
            "the request may have reached the server"
            if may_have_reached_server
            else "the request did not reach the server"
        )
        prefix = f"transport error on {where}" if where else "transport error"
        super().__init__(f"{prefix}: {self.cause_text} ({reached})")

    REMEDY = "check the service's URL and the network path to it (DNS, proxy, firewall)"

    @property
    def tls(self) -> bool:
        """Whether the server's certificate failed verification."""
        return is_tls_failure(self.cause_text)

    @property
    def timed_out(self) -> bool:
        return "timeout" in (self.cause_type or "").lower() or "timed out" in self.cause_text.lower()

    @property
    def remedy(self) -> str | None:
        if self.tls:
            return TLS_REMEDY
        if self.timed_out:
            return ("the service did not answer in time: run the command again (a create already made is "
                    "recognised); raise read_timeout in the profile if it keeps happening")
        return self.REMEDY


class ServiceUnreachable(TransportError):
    """Not sent: the last ``failures`` connections to the service failed in a row (the
    client's circuit breaker, :class:`sasekit.limiter.Breaker`), so sasekit stopped
    sending instead of spending minutes on retries. A bulk run stops here and says how
    to resume."""

    def __init__(self, method: str, path: str, failures: int, retry_in: float) -> None:
        self.failures = failures
        self.retry_in = retry_in
        super().__init__(f"the last {failures} connections to the service failed; stopped sending "
                         f"(the next call may try again in {max(0.0, retry_in):.0f} s)",
                         method=method, path=path, may_have_reached_server=False)

    @property
    def remedy(self) -> str | None:
        return ("check the service's URL and the network path to it, then run the command again: what was "
                "done is recognised, the rest is sent")


def _job_details_text(details: Any) -> str:
    if details is None:
        return ""
    if isinstance(details, str):
        try:
            details = json.loads(details)
        except ValueError:
            return _brief(redact(details))
    if isinstance(details, Mapping):
        picked = details.get("errors") or details.get("error") or details.get("message")
        if not picked:
            return ""
        details = picked
    if isinstance(details, list | tuple):
        parts = []
        for item in details:
            if isinstance(item, Mapping):
                item = item.get("msg") or item.get("message") or json.dumps(item, default=str)
            parts.append(str(item))
        return _brief(redact("; ".join(parts)))
    return _brief(redact(str(details)))


class JobFailed(SasekitError):
    """A job (a push, a load) finished without ``result_str`` OK.

    ``job`` is the job record as SCM returned it (string fields); ``details`` the
    parsed errors/warnings (the job's ``details`` field is a JSON string), or the
    child job's, where push results live.
    """

    def __init__(self, job: Mapping[str, Any], details: Any = None) -> None:
        self.job = dict(job)
        self.details = details
        self.job_id = str(self.job.get("id", "?"))
        self.status = self.job.get("status_str")
        self.result = self.job.get("result_str")
        kind = self.job.get("type_str")
        head = f"job {self.job_id}" + (f" ({kind})" if kind else "")
        message = f"{head} failed: status={self.status} result={self.result}"
        text = _job_details_text(details if details is not None else self.job.get("details"))
        if not text and self.job.get("summary"):
            text = _brief(redact(str(self.job["summary"])))
        super().__init__(f"{message}: {text}" if text else message)

    @property
    def remedy(self) -> str | None:
        return (f"`sasekit job get {self.job_id}` shows the job's details: fix what they name, then push "
                "again")


class JobTimeout(SasekitError):
    """A job did not finish in time; it may still finish later (check it in SCM)."""

    def __init__(self, job_id: str, waited_s: float, last_status: str | None = None) -> None:
        self.job_id = str(job_id)
        self.waited_s = float(waited_s)
        self.last_status = last_status
        tail = f" (last status: {last_status})" if last_status else ""
        super().__init__(f"job {self.job_id} did not finish within {self.waited_s:g} s{tail}")

    @property
    def remedy(self) -> str | None:
        return f"the job may still finish: `sasekit job wait {self.job_id}` follows it"


# --------------------------------------------------------------------------- bulk


class BulkFailed(SasekitError):
    """An item of ``Client.call_many`` failed: nothing new was started after it, the
    calls already on the wire finished. ``results`` holds, in input order, each
    item's result, its error, or None for the items never started; ``index`` and
    ``cause`` are the first failure."""

    def __init__(self, index: int, cause: BaseException, results: list[Any], done: int) -> None:
        self.index, self.cause, self.results, self.done = index, cause, results, done
        failed = sum(1 for r in results if isinstance(r, BaseException))
        not_started = len(results) - done - failed
        super().__init__(f"item {index} of {len(results):,} failed: {cause} ({done:,} done, {failed:,} failed, "
                         f"{not_started:,} not started)")

    @property
    def remedy(self) -> str | None:
        cause = self.cause.remedy if isinstance(self.cause, SasekitError) else None
        again = "run it again: the creates already made are recognised, the rest is sent"
        return f"{cause}; then {again}" if cause else again


class NameNotFound(SasekitError):
    """No object of that exact name in that scope (a by-name get, update or delete).

    ``str`` is ``no address named 'web' in folder 'Shared'``."""

    def __init__(self, resource: str, name: str, scope: Mapping[str, Any] | None = None) -> None:
        self.resource, self.name, self.scope = resource, name, dict(scope or {})
        super().__init__(f"no {resource} named {name!r}{_scope_text(self.scope)}")

    @property
    def remedy(self) -> str | None:
        where = "".join(f" --{k} {_shell_word(str(v))}" for k, v in self.scope.items())
        return (f"`sasekit {self.resource} list{where}` shows what is there (names are exact and "
                "case-sensitive)")


class NameAmbiguous(SasekitError):
    """Several objects have that name in that scope (inherited from a parent folder, say):
    ``matches`` holds them; an id must choose."""

    def __init__(self, resource: str, name: str, scope: Mapping[str, Any] | None = None,
                 matches: Sequence[Mapping[str, Any]] = ()) -> None:
        self.resource, self.name, self.scope = resource, name, dict(scope or {})
        self.matches = [dict(m) for m in matches]
        listed = "; ".join(
            f"{m.get('id')}" + "".join(f" ({k} {m[k]})" for k in ("folder", "snippet", "device", "position")
                                       if m.get(k))
            for m in self.matches)
        super().__init__(f"{len(self.matches)} {resource} objects named {name!r}{_scope_text(self.scope)}: "
                         f"{listed}")

    REMEDY = "choose one with --id ID instead of --name"


def _scope_text(scope: Mapping[str, Any]) -> str:
    return "".join(f" in {k} {v!r}" for k, v in scope.items())


def _shell_word(text: str) -> str:
    return text if re.fullmatch(r"[\w@%+=:,./-]+", text) else "'" + text.replace("'", "'\\''") + "'"


# ---------------------------------------------------------------------- workflows


class WorkflowFileError(SasekitError):
    """A workflow file cannot be read or parsed at all (``str`` names the file, and the
    line when there is one); problems in a file that parses are ``WorkflowInvalid``."""

    REMEDY = "fix the file where the message says; `sasekit workflow validate FILE` checks it without running it"


class TemplateProblem(SasekitError):
    """A template failed to compile or to evaluate; the message names the expression."""

    REMEDY = ("check the expression against the names it can use (the inputs, earlier steps' outputs); "
              "`sasekit workflow validate FILE` checks the templates")


class RunBusy(ConfigError):
    """``--resume`` of a run that a live process on this machine is running now: two
    processes resuming one run would both send its remaining changes."""

    def __init__(self, run_id: str, pid: int) -> None:
        self.run_id, self.pid = run_id, pid
        super().__init__(f"run {run_id} is being run by process {pid} on this machine; let it finish or stop it "
                         f"before resuming", hint=f"wait for process {pid} to end (or stop it: kill {pid}), then "
                                              f"resume again")


class NotifyError(SasekitError):
    """A notification could not be delivered; ``str()`` is a one-line reason.

    ``kind`` is the notification kind and ``status`` the HTTP status or SMTP reply code
    when there was one. No message contains a webhook path, header value or password.
    """

    def __init__(self, message: str, *, kind: str | None = None, status: int | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.status = status

    REMEDY = "check the notification's target (URL, address, credentials) and that this machine can reach it"
