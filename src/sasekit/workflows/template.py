"""Templating of workflow values, in Jinja's sandbox: never ``eval``.

``"{{ steps.create_rule.output.id }}"`` — a value that is one expression — yields
the expression's own value (a list stays a list, a number a number); any other
string with ``{{ }}`` renders to a string. Undefined names are errors, so a typo in
a step id fails loudly instead of sending an empty string to the API.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any

from jinja2 import StrictUndefined, TemplateError, Undefined
from jinja2.sandbox import SandboxedEnvironment

from sasekit.errors import TemplateProblem

__all__ = ["ENV", "TemplateProblem", "check_syntax", "input_references", "is_template", "render",
           "step_references"]

_WHOLE = re.compile(r"^\s*\{\{(?P<expr>(?:(?!\}\}).)*)\}\}\s*$", re.S)
_REFS = re.compile(r"steps\.([A-Za-z_][A-Za-z0-9_]*)")
_INPUT_REFS = re.compile(r"(?<![\w.])inputs(?:\.([A-Za-z_]\w*)|\[\s*['\"]([^'\"]+)['\"]\s*\])")


class _Sandbox(SandboxedEnvironment):
    def make_globals(self, d: Mapping[str, Any] | None) -> Any:
        # A plain dict instead of Jinja's ChainMap: every render copies the globals into
        # its context, and iterating a ChainMap costs more than the rest of a small
        # render. Nothing changes the environment's globals after start-up.
        return {**self.globals, **(d or {})}


def _env() -> SandboxedEnvironment:
    env = _Sandbox(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=True)
    env.filters["slug"] = lambda v: re.sub(r"[^0-9A-Za-z._-]+", "_", str(v)).strip("_")[:63]
    env.filters["ioc_name"] = _ioc_name
    return env


def _ioc_name(value: Any, prefix: str = "IOC") -> str:
    """``{{ ioc | ioc_name }}``: the object name of an address, network, domain or URL
    IOC (:func:`~sasekit.workflows.iocs.ioc_object_name`), its kind read from its shape."""
    from .iocs import ioc_object_name

    text = str(value)
    kind = ("url" if "://" in text else "cidr" if "/" in text else "ipv6" if ":" in text
            else "ipv4" if text.replace(".", "").isdigit() else "domain")
    return ioc_object_name(text, kind, prefix)


ENV = _env()


# Compiling is ~1 ms a template; a loop renders the same few strings for every item.
@functools.lru_cache(maxsize=4096)
def _compiled(value: str) -> tuple[bool, Any]:
    """(is one whole expression, its compiled form) of a template string."""
    whole = _WHOLE.match(value)
    if whole and "{%" not in value:
        return True, ENV.compile_expression(whole.group("expr"), undefined_to_none=False)
    return False, ENV.from_string(value)


def is_template(value: Any) -> bool:
    return isinstance(value, str) and ("{{" in value or "{%" in value)


def render(value: Any, context: Mapping[str, Any]) -> Any:
    """Render a value (recursively through lists and dicts) against ``context``."""
    if isinstance(value, str):
        if "{{" not in value and "{%" not in value:
            return value
        try:
            expression, compiled = _compiled(value)
            if expression:
                result = compiled(**context)
                _no_undefined(result)
                return result
            return compiled.render(**context)
        except TemplateError as exc:
            raise TemplateProblem(f"{value.strip()!r}: {exc}") from None
        except Exception as exc:  # whatever an expression raises (OverflowError, IndexError...)
            raise TemplateProblem(f"{value.strip()!r}: {type(exc).__name__}: {exc}") from None
    if isinstance(value, list):
        return [render(v, context) for v in value]
    if isinstance(value, dict):
        return {k: render(v, context) for k, v in value.items()}
    return value


def _no_undefined(value: Any) -> None:
    """A whole-value expression yields its object, so an undefined name (or an unsafe
    attribute, which the sandbox turns into an undefined) would come back as an
    ``Undefined`` instead of failing: make it fail, here and inside lists and dicts."""
    if isinstance(value, Undefined):
        value._fail_with_undefined_error()
    elif isinstance(value, list | tuple):
        for v in value:
            _no_undefined(v)
    elif isinstance(value, dict):
        for v in value.values():
            _no_undefined(v)


def check_syntax(value: str) -> str | None:
    """A compile error message for a template string, or None."""
    try:
        whole = _WHOLE.match(value)
        if whole and "{%" not in value:
            ENV.compile_expression(whole.group("expr"))
        else:
            ENV.parse(value)
    except TemplateError as exc:
        return str(exc)
    return None


def step_references(value: Any) -> set[str]:
    """Step ids a value's templates refer to (``steps.<id>``)."""
    found: set[str] = set()
    if isinstance(value, str) and ("{{" in value or "{%" in value):
        found.update(_REFS.findall(value))
    elif isinstance(value, list):
        for v in value:
            found |= step_references(v)
    elif isinstance(value, dict):
        for v in value.values():
            found |= step_references(v)
    return found


def input_references(value: str) -> set[str]:
    """Input names a template string refers to (``inputs.<name>`` or ``inputs['<name>']``)."""
    if not is_template(value):
        return set()
    names = {a or b for a, b in _INPUT_REFS.findall(value)}
    # mapping methods, and underscored attributes (the sandbox refuses those at run time)
    return {n for n in names if not n.startswith("_")} - {"get", "items", "keys", "values"}
