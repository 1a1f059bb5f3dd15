"""The health view on a terminal: the status table, the events table, the live view.

Tables are rich renderables so that ``watch`` redraws the same ones in a ``Live``
display; colours follow an event's severity (bad red, good green). Times are UTC
(a NOC's screens and SCM's incident times agree on nothing else).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from .model import Event, SiteStatus

STYLE = {"bad": "red", "good": "green", "neutral": "", "up": "green", "down": "red", "degraded": "yellow"}
ROLE_TITLES = (("primary", "PRIMARY WAN"), ("secondary", "SECONDARY WAN"), ("ecmp", "ECMP"),
               ("", "OTHER WAN"))


def when(at: float | None) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(at)) if at else "-"


def short_when(at: float | None) -> str:
    """Without the year: a status table's column is narrow, and changes are recent."""
    return time.strftime("%m-%d %H:%M:%S", time.gmtime(at)) if at else "-"


def _wan(status: SiteStatus, role: str) -> str:
    wan = next((w for w in status.wans if w.role == role), None)
    if wan is None:
        return "-"
    text = f"{wan.tunnels_up}/{wan.tunnels} up"
    if wan.bgp:
        text += f", BGP {wan.bgp_up}/{wan.bgp}"
    return text


def status_table(sites: Sequence[SiteStatus], *, title: str | None = None) -> Any:
    from rich.table import Table

    roles = [(r, t) for r, t in ROLE_TITLES if any(w.role == r for s in sites for w in s.wans)] or ROLE_TITLES[:1]
    table = Table(title=title, title_justify="left", box=None, header_style="bold", pad_edge=False)
    table.add_column("SITE", no_wrap=True)
    table.add_column("STATE", no_wrap=True)
    for _, heading in roles:
        table.add_column(heading, overflow="fold")
    table.add_column("LAST CHANGE (UTC)", overflow="fold")
    table.add_column("OPEN INCIDENTS", overflow="fold")
    for s in sites:
        last = s.last_change
        change = f"{short_when(last.at)} {_short(last.name)}" if last else "-"
        incidents = "\n".join(str(i.get("code", "")).removeprefix("INC_") for i in s.open_incidents) or "-"
        table.add_row(_escape(s.site), f"[{STYLE[s.state]}]{s.state}[/]", *(_wan(s, r) for r, _ in roles),
                      _escape(change), _escape(incidents))
    return table


def events_table(events: Sequence[Event], *, title: str | None = None) -> Any:
    from rich.table import Table

    table = Table(title=title, title_justify="left", box=None, header_style="bold", pad_edge=False)
    table.add_column("TIME (UTC)", no_wrap=True)
    table.add_column("SITE", overflow="fold")
    table.add_column("EVENT", overflow="fold")
    table.add_column("TUNNEL", overflow="fold")
    table.add_column("SCM INCIDENT", no_wrap=True)
    table.add_column("DETAIL", overflow="fold")
    for e in events:
        style = STYLE[e.severity]
        name = f"[{style}]{e.name}[/]" if style else e.name
        table.add_row(when(e.at), _escape(e.site), name, _escape(e.tunnel or "-"), e.incident_id or "-",
                      _escape(_detail(e)))
    return table


def event_line(e: Event) -> str:
    """One event as one line of plain text: what ``watch`` writes when its output is a file
    or a pipe (a log, a journal), where a redrawn table would be unreadable."""
    parts = [f"{when(e.at)} UTC", e.site, e.name]
    if e.tunnel:
        parts.append(f"tunnel {e.tunnel}")
    if e.incident_id:
        parts.append(f"incident {e.incident_id}")
    detail = _detail(e)
    if detail:
        parts.append(" ".join(detail.split()))
    return "  ".join(parts)


def _detail(e: Event) -> str:
    """What the row does not say already: the root cause, a mismatch, a state change's reason
    (an incident's title repeats its name)."""
    if e.cause:
        return f"root cause: {e.cause}"
    return "" if e.source == "incident" else e.detail


def live_view(sites: Sequence[SiteStatus], events: Sequence[Event], *, polled_at: float, calls: int,
              problems: Sequence[str] = ()) -> Any:
    from rich.console import Group
    from rich.text import Text

    down = sum(s.state == "down" for s in sites)
    degraded = sum(s.state == "degraded" for s in sites)
    head = Text(f"sasekit health watch  {when(polled_at)} UTC  {len(sites)} sites, {down} down, {degraded} degraded"
                f"  ({calls} API calls)  Ctrl-C to stop", style="bold")
    parts: list[Any] = [head, status_table(sites), Text(""), events_table(events, title="latest events")]
    parts += [Text(p, style="yellow") for p in problems]
    return Group(*parts)


def _short(name: str) -> str:
    """An event's name without what the column says already: "Secondary WAN Tunnel Up"."""
    for prefix in ("Prisma RN ", "Prisma Service Connection ", "Prisma "):
        if name.startswith(prefix):
            return name[len(prefix):]
    return name


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)
