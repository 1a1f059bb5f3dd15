"""Close names for a mistyped one: the one "did you mean" of the client, the
validator, the workflow schema and the CLI.

Matching ignores case (``Address`` finds ``address``) and answers in the spelling of
the choices, so a suggestion can be pasted back as it is. ``difflib`` is imported on
the first mistake, not at start-up.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence


def close_matches(word: str, choices: Iterable[str], n: int = 3, cutoff: float = 0.6) -> list[str]:
    """Up to ``n`` choices that look like ``word``, best first."""
    import difflib

    lowered: dict[str, str] = {}
    for choice in choices:
        lowered.setdefault(str(choice).lower(), str(choice))
    hits = difflib.get_close_matches(str(word).lower(), list(lowered), n=n, cutoff=cutoff)
    return [lowered[h] for h in hits]


def did_you_mean(suggestions: Sequence[str]) -> str:
    """`` (did you mean: a, b?)``, or nothing when there is no suggestion."""
    return f" (did you mean: {', '.join(suggestions)}?)" if suggestions else ""
