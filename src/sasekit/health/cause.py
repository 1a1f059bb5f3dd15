"""Root causes: an incident on a tunnel whose configuration check finds a mismatch says so.

The service says *that* a tunnel flaps; ``tunnel check`` (:mod:`sasekit.tunnels.check`)
says *why* a tunnel between this intent and this tenant fails, and when (at IKE_SA_INIT,
at IKE_AUTH, at the first rekey). Put together: "flapping at every rekey: PFS group
differs, branch group14, Prisma group20". The check's differences are also events of
their own ("Prisma IKE Config Mismatch", 003's configuration difference alerts), keyed by
what differs, so the same mismatch is one event however often it is checked.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .model import Event

#: How a check's field reads in a sentence.
FIELDS = {"pfs": "PFS group", "ike": "IKE proposals", "esp": "ESP proposals", "psk": "pre-shared key",
          "ike_version": "IKE version", "branch_id": "branch identity", "prisma_id": "Prisma identity",
          "branch_ts": "branch traffic selectors", "prisma_ts": "Prisma traffic selectors", "bgp": "BGP",
          "prisma_address": "Prisma address", "tunnel": "tunnel"}


def difference(e: Any) -> str:
    """One check event as "PFS group differs, branch group14, Prisma group20"."""
    label = FIELDS.get(e.field, e.field.replace("_", " "))
    if e.prisma == e.branch == "differs":          # a secret: never its value
        return f"{label} differs"
    return f"{label} differs, branch {e.branch}, Prisma {e.prisma}"


def cause_of(event: Event, found: Sequence[Any]) -> str:
    """The root cause of ``event`` among the check events ``found`` on its tunnel ("" when
    the check finds nothing there: the cause is elsewhere, e.g. the link)."""
    if event.state not in ("down", "flap") or not found:
        return ""
    shown = [e for e in found if not e.masked] or list(found)
    latent = [e for e in shown if e.latent]
    if event.state == "flap" and latent:
        return "flapping at every rekey: " + "; ".join(difference(e) for e in latent)
    blocking = [e for e in shown if not e.latent]
    if not blocking:  # a latent mismatch fails rekeys; a plain down has a cause the check cannot see
        return ""
    first = blocking[0]
    verb = "flapping" if event.state == "flap" else "down"
    return f"{verb}: {first.name}: {difference(first)} ({first.symptom})"


def by_tunnel(site_checks: Iterable[Any]) -> dict[str, list[Any]]:
    """tunnel name → its check events, from :func:`sasekit.tunnels.live.checks`."""
    out: dict[str, list[Any]] = {}
    for report in site_checks:
        for prediction in report.tunnels:
            if prediction.events:
                out[prediction.tunnel] = list(prediction.events)
    return out


def mismatch_events(site_checks: Iterable[Any], roles: Mapping[str, tuple[str, str]], now: float) -> list[Event]:
    """The check's differences as events; ``roles``: tunnel → (service, role)."""
    out = []
    for report in site_checks:
        for prediction in report.tunnels:
            for e in prediction.events:
                service, role = roles.get(e.tunnel, ("rn", prediction.role))
                digest = hashlib.sha256(f"{e.field}|{e.prisma}|{e.branch}".encode()).hexdigest()[:12]
                detail = f"{difference(e)}: " + ("comes up, then fails at each CHILD_SA rekey" if e.latent
                                                  else e.symptom)
                out.append(Event(key=f"check:{e.tunnel}:{e.field}:{digest}", at=now, site=report.site or
                                 prediction.site, name=e.name, state="mismatch", object="tunnel", service=service,
                                 role=role, tunnel=e.tunnel, source="check", detail=detail))
    return out
