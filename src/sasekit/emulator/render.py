"""One stored object, answered in each URL family's own types.

The two specs type a few fields of one object differently: a signature's ``threat_id``
is an integer on the legacy family and a string on the unified one; an app-override
rule's ``port`` the other way round. The emulator stores one object whichever family
wrote it, so an answer converts such a field to the type the answering family's schema
declares, when the value reads as that type without loss (``15000`` <-> ``"15000"``);
any other value is left as stored. Only operations whose families disagree get a plan,
so every other answer is passed through untouched.
"""

from __future__ import annotations

from typing import Any

from sasekit.catalog import Operation

SCALARS = ("string", "integer")
_PLANS: dict[int, tuple[Operation, dict[str, str]]] = {}


def plan(op: Operation) -> dict[str, str]:
    """Field -> the type ``op``'s family declares, for the top-level answer fields whose
    type the other family declares differently (``{}`` for almost every operation)."""
    hit = _PLANS.get(id(op))
    if hit is not None and hit[0] is op:
        return hit[1]
    out: dict[str, str] = {}
    theirs = _other_family_shape(op)
    mine = op.response
    if mine is not None and theirs is not None:
        for name, prop in mine.properties.items():
            counterpart = theirs.properties.get(name)
            if (counterpart is not None and prop.type in SCALARS and counterpart.type in SCALARS
                    and prop.type != counterpart.type):
                out[name] = str(prop.type)
    _PLANS[id(op)] = (op, out)
    return out


def _other_family_shape(op: Operation) -> Any:
    """The object as the other family's schema declares it: this operation's other
    variant, or, for an operation only one family serves (the unified GET of a signature
    the legacy family only lists), that family's get or list of the same resource."""
    primary = op.resource.operations[op.name]
    if op.families == ("legacy", "unified"):
        return (primary if op.family == "unified" else primary.variant("unified")).response
    want = "legacy" if op.family == "unified" else "unified"
    for name in ("get", "list"):
        other = op.resource.operations.get(name)
        if other is not None and want in other.families:
            return other.variant(want).response
    return None


def render(answer: Any, fields: dict[str, str]) -> Any:
    """The answer (an object, a list of them, or a ``{data: [...]}`` page) with ``fields``
    converted where lossless. Returns the same object, changed in place."""
    items: list[Any]
    if isinstance(answer, dict) and isinstance(answer.get("data"), list):
        items = answer["data"]
    elif isinstance(answer, list):
        items = answer
    else:
        items = [answer]
    for item in items:
        if not isinstance(item, dict):
            continue
        for name, want in fields.items():
            if name in item:
                item[name] = _as(item[name], want)
    return answer


def _as(value: Any, want: str) -> Any:
    if want == "string" and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if want == "integer" and isinstance(value, str):
        text = value.strip()
        digits = text[1:] if text[:1] == "-" else text
        if digits.isascii() and digits.isdigit() and len(digits) <= 18:
            return int(text)
    return value
