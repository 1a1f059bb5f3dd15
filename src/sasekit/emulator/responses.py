"""Answers in the real service's shapes: the ``_errors`` envelope and its codes.

Error codes follow api-facts: E003 invalid input (400), E016 not authenticated (401),
E007 unauthorized (403), E005 object not present (404), E006 name not unique (409),
E009 reference not zero (409), E012 action or method not supported (405/501).
Validation details are worded like the service's own (Joi-style) messages, e.g.
``"folder" is required``.
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


def invalid(details: list[str], message: str = "Invalid Object", rid: str | None = None) -> Response:
    return error(400, "E003", message, details, rid)


def not_supported(status: int, message: str, rid: str | None = None) -> Response:
    return error(status, "E012", message, rid=rid)


def _q(path: str) -> str:
    return f'"{path or "value"}"'


def _short(value: Any, limit: int = 60) -> str:
    text = value if isinstance(value, str) else json.dumps(value, default=str)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def joi_messages(problems: Iterable[Any]) -> list[str]:
    """Validation problems worded the way the service words them."""
    out = []
    for p in problems:
        field, rule, value = p.path, p.rule, p.value
        words = {
            "required": f"{_q(field)} is required",
            "type": f"{_q(field)} must be of the declared type ({_short(value)} given)",
            "enum": f"{_q(field)} must be one of the allowed values ({_short(value)} given)",
            "minLength": f"{_q(field)} length must be at least the declared minimum ({_short(value)} given)",
            "maxLength": f"{_q(field)} length must be less than or equal to the declared maximum",
            "pattern": f"{_q(field)} with value {_short(value)} fails to match the required pattern",
            "minimum": f"{_q(field)} must be greater than or equal to the declared minimum ({_short(value)} given)",
            "maximum": f"{_q(field)} must be less than or equal to the declared maximum ({_short(value)} given)",
            "minItems": f"{_q(field)} must contain at least the declared number of items",
            "maxItems": f"{_q(field)} must contain at most the declared number of items",
            "uniqueItems": f"{_q(field)} contains a duplicate value",
            "unknown": f"{_q(field)} is not allowed",
            "exclusive": f"{_q(field)} {p.message.split(': ', 1)[-1]}",
        }
        out.append(words.get(rule, f"{_q(field)} {p.message}"))
    return out
