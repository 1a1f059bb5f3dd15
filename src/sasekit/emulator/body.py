"""Request bodies read as the service must read them: bounded in size and nesting, strict
UTF-8, standard JSON only, every string valid Unicode.

Each check stands in front of something that would otherwise fail instead of refusing:
the JSON parser recurses once per nesting level (a 2 kB body of 1,000 ``[`` raised
RecursionError, answered 500), and so do the validator and the store's JSON encoder
after it; SQLite cannot bind a string holding a lone UTF-16 surrogate (``"\\ud800"`` is
legal JSON text but no Unicode character); ``NaN``, ``Infinity`` and numbers past the
double range (``1e400``) are not JSON values at all, and stored they would come back
out as invalid JSON. So all of them are refused here, with a message that names the
problem, before anything else looks at the body.

The nesting bound is checked on the raw bytes, before parsing, so that the recursive
parser never sees input deeper than :data:`MAX_DEPTH`. The scan is linear and runs in C
(byte replacements, a split, a translate); the common small body takes the first exit.
"""

from __future__ import annotations

import json
import re
import sys
from itertools import accumulate
from typing import Any

from starlette.requests import Request

__all__ = ["MAX_DEPTH", "nesting", "parse", "read"]

#: Deepest nesting of arrays and objects accepted. The deepest request shape in the
#: catalog nests 12 levels; the parser and the validator recurse about once per level.
MAX_DEPTH = 64

_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
_STEP = [0] * 256
_STEP[ord("[")] = _STEP[ord("{")] = 1
_STEP[ord("]")] = _STEP[ord("}")] = -1
# A \u escape in the D800-DFFF range: the only way a lone surrogate gets into parsed text
# (strict UTF-8 decoding refuses encoded surrogates).
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_SURROGATE = re.compile("[\ud800-\udfff]")
_MAX_INT = int(sys.float_info.max)
_SHOW = 60


async def read(request: Request, limit: int) -> tuple[bytes, str | None]:
    """The whole body, or what is wrong with it as soon as it is known to be over
    ``limit`` bytes: a declared Content-Length over it is refused unread, a streamed body
    is not read past it, so an oversized upload costs at most ``limit`` bytes of memory."""
    declared = request.headers.get("content-length", "")
    if declared.isascii() and declared.isdigit() and int(declared) > limit:
        return b"", f"body of {int(declared)} bytes is over the {limit}-byte limit"
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            return b"", f"body of more than {limit} bytes is over the {limit}-byte limit"
        chunks.append(chunk)
    return b"".join(chunks), None


def nesting(raw: bytes, bound: int = MAX_DEPTH) -> int:
    """How deep the arrays and objects of ``raw`` nest, outside strings; exact when the
    JSON is valid, and for invalid JSON never less than the depth a parser reaches before
    it finds the error. Returns early with a number <= ``bound`` when the count of
    opening brackets alone shows the depth is within it."""
    if raw.count(b"[") + raw.count(b"{") <= bound:
        return raw.count(b"[") + raw.count(b"{")
    # Drop escaped backslashes, then escaped quotes: every quote left delimits a string.
    text = raw.replace(b"\\\\", b"").replace(b'\\"', b"")
    outside = b"".join(text.split(b'"')[::2])
    brackets = outside.translate(None, _NOT_BRACKETS)
    opens = brackets.count(b"[") + brackets.count(b"{")
    if opens <= bound:
        return opens
    return max(accumulate(map(_STEP.__getitem__, brackets)))


def parse(raw: bytes, max_depth: int = MAX_DEPTH) -> tuple[Any, str | None]:
    """``raw`` as a JSON value, or None and what is wrong with it (a 400's detail)."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, (f"body is not valid UTF-8: byte 0x{raw[exc.start]:02x} at offset {exc.start} "
                      f"({exc.reason})")
    depth = nesting(raw, max_depth)
    if depth > max_depth:
        return None, f"body nests arrays and objects {depth} levels deep; at most {max_depth} are accepted"
    try:
        value = json.loads(text, parse_constant=_no_constant, parse_float=_finite_float,
                           parse_int=_bounded_int)
    except (ValueError, RecursionError) as exc:  # RecursionError: unreachable past the scan
        return None, f"body is not valid JSON: {exc}"
    if _SURROGATE_ESCAPE.search(raw):
        where = _lone_surrogate(value)
        if where is not None:
            path, char = where
            return None, (f"{_label(path)} holds a lone UTF-16 surrogate (\\u{ord(char):04x}), "
                          "which is not a Unicode character; send text as UTF-8, or escape a "
                          "character outside the BMP as a whole surrogate pair")
    return value, None


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON value")


def _finite_float(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise ValueError(f"the number {_cut(text)} is out of range: JSON numbers here must lie "
                         "within ±1.8e308")
    return value


def _bounded_int(text: str) -> int:
    if len(text) > 311 or abs(value := int(text)) > _MAX_INT:
        raise ValueError(f"the number {_cut(text)} ({len(text.lstrip('-'))} digits) is out of "
                         "range: JSON numbers here must lie within ±1.8e308")
    return value


def _lone_surrogate(value: Any) -> tuple[str, str] | None:
    """The path of a string (or key) holding a lone surrogate, and that surrogate; found
    without recursion, though the depth is bounded already."""
    stack: list[tuple[str, Any]] = [("", value)]
    while stack:
        path, node = stack.pop()
        if isinstance(node, str):
            hit = _SURROGATE.search(node)
            if hit:
                return path, hit.group()
        elif isinstance(node, dict):
            for key, item in node.items():
                sub = f"{path}.{key}" if path else key
                hit = _SURROGATE.search(key)
                if hit:
                    return sub, hit.group()
                stack.append((sub, item))
        elif isinstance(node, list):
            stack.extend((f"{path}[{i}]", item) for i, item in enumerate(node))
    return None


def _label(path: str) -> str:
    """A field as messages name it (``"name"``), printable and short; ``body`` for the root."""
    if not path:
        return "body"
    shown = path.encode("utf-8", "backslashreplace").decode("utf-8")
    return f'"{_cut(shown)}"'


def _cut(text: str) -> str:
    return text if len(text) <= _SHOW else text[:_SHOW] + "…"
