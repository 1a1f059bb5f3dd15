"""Answers in the real service's shapes: the ``_errors`` envelope and its codes.

Error codes follow api-facts: E016 not authenticated (401), E007 unauthorized (403),
E005 object not present (404), E006 name not unique (409), E009 reference not zero (409),
E012 action or method not supported (405/501). A refused request payload is answered as
the real service answers it (api-facts, "Real 400s look like"): code ``API_I00035``,
message ``"Invalid Request Payload "`` (the trailing space is the service's), and a list
of details worded like the service's own (Joi-style) messages, e.g. ``"folder" is
required``.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from typing import Any

from starlette.responses import Response

JSON = "application/json"


def request_id() -> str:
    return str(uuid.uuid4())


def json_response(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(json.dumps(data, separators=(",", ":")).encode(), status, headers, JSON)


def error(status: int, code: str, message: str, details: Any = None, rid: str | None = None,
          headers: dict[str, str] | None = None) -> Response:
    body = {"_errors": [{"code": code, "message": message, "details": {} if details is None else details}],
            "_request_id": rid or request_id()}
    return json_response(body, status, headers)


def not_authenticated(message: str = "Not Authenticated", rid: str | None = None) -> Response:
    return error(401, "E016", message, rid=rid)


def unauthorized(detail: str, rid: str | None = None) -> Response:
    return error(403, "E007", "Unauthorized", {"message": detail}, rid)


def not_found(detail: str, rid: str | None = None) -> Response:
    return error(404, "E005", "Object Not Present", {"message": detail}, rid)


def name_not_unique(detail: str, rid: str | None = None) -> Response:
    return error(409, "E006", "Name Not Unique", {"message": detail}, rid)


def reference_not_zero(detail: str, references: list[str], rid: str | None = None) -> Response:
    return error(409, "E009", "Reference Not Zero", {"message": detail, "references": references}, rid)


#: The real service's code and message for a request it refuses as invalid (400).
INVALID_PAYLOAD_CODE = "API_I00035"
INVALID_PAYLOAD_MESSAGE = "Invalid Request Payload "


def invalid(details: list[str], message: str = INVALID_PAYLOAD_MESSAGE, rid: str | None = None) -> Response:
    """400 for a request the service refuses, as the real service words it:
    ``{"code": "API_I00035", "message": "Invalid Request Payload ", "details": [...]}``.

    ``details`` say what is wrong, one line each. ``message`` is the service's own;
    "Invalid Request Payload" given without its trailing space is the same message."""
    if message.strip() == INVALID_PAYLOAD_MESSAGE.strip():
        message = INVALID_PAYLOAD_MESSAGE
    return error(400, INVALID_PAYLOAD_CODE, message, details, rid)


def not_supported(status: int, message: str, rid: str | None = None) -> Response:
    return error(status, "E012", message, rid=rid)


def joi_messages(problems: Iterable[Any]) -> list[str]:
    """Validation problems worded the way the service words them (``"folder" is required``)."""
    out = []
    for p in problems:
        field = f'"{p.path or "value"}"'
        if p.rule == "required":
            out.append(f"{field} is required")
        elif p.rule == "unknown":
            out.append(f"{field} is not allowed")
        else:
            out.append(f"{field} {p.message.split(': ', 1)[-1]}")
    return out
