"""A poll cycle with everything around it: root causes, mismatch events, notifications.

``sasekit health status``, ``events`` and ``watch`` all run :meth:`Watcher.cycle`; watch
runs it every ``interval`` seconds. Notifications go through the workflows' notifiers
(webhook, Slack-compatible, e-mail): incidents raised and cleared, and configuration
mismatches; plain state changes are in the view and the history but page nobody (the
incident behind them does). What to tell is decided by the history, in the same
transaction that marks it told, so a watcher restarted after a crash tells nobody
twice; a notification that fails is unmarked and tried again at the next cycle. The
first cycle on a new history takes what is already there as known (a new watcher does
not page anyone for last night), unless ``notify_existing``; so does a notifier added
later.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .cause import by_tunnel, cause_of, mismatch_events
from .collect import Collector, Poll
from .model import Event

log = logging.getLogger(__name__)

#: The configuration check reads the whole tenant: at most this often, unless a tunnel
#: went down or started flapping since.
CHECK_EVERY_S = 300.0
#: Events older than this are not notified late (a watcher down for a week does not
#: page anyone for all of it when it comes back).
CLAIM_WINDOW_S = 86400.0


@dataclass(frozen=True)
class Notifier:
    """Where notifications go: a kind of :func:`sasekit.workflows.notify.notify` and its target."""

    kind: str
    target: dict[str, Any] = field(hash=False)

    @property
    def channel(self) -> str:
        """Who was told is remembered per channel: the kind and a digest of the target
        (the target holds credentials: a webhook URL is one)."""
        digest = hashlib.sha256(json.dumps(self.target, sort_keys=True, default=str).encode()).hexdigest()[:16]
        return f"{self.kind}:{digest}"


def message(event: Event) -> str:
    when = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(event.at))
    text = f"{event.name}: {event.site}" + (f" / {event.tunnel}" if event.tunnel else "") + f" at {when}"
    if event.cause:
        text += f"\nroot cause: {event.cause}"
    elif event.detail:
        text += f"\n{event.detail}"
    if event.incident_id:
        text += f"\nSCM incident {event.incident_id}"
    return text


class Watcher:
    def __init__(self, collector: Collector, *, intent: Any = None, intent_path: str | None = None,
                 notifiers: Sequence[Notifier] = (), notify_existing: bool = False,
                 clock: Callable[[], float] = time.time, send: Callable[..., Any] | None = None) -> None:
        self.collector = collector
        self.history = collector.history
        self.intent = intent
        self.intent_path = intent_path
        self.notifiers = list(notifiers)
        self.notify_existing = notify_existing
        self.clock = clock
        self.checked_at: float | None = None
        self.found: dict[str, list[Any]] = {}
        self.sent: list[tuple[str, str]] = []     # (kind, event key) this process sent
        self.failures: list[str] = []
        self._send = send

    def cycle(self) -> Poll:
        poll = self.collector.poll()
        if self.intent is not None and self._check_due(poll):
            poll.new_events += self._check(poll)
        for event in poll.new_events:
            found = self.found.get(event.tunnel) or []
            cause = cause_of(event, found)
            if cause and cause != event.cause:
                event.cause = cause
                self.history.set_cause(event.key, cause)
        for n in self.notifiers:
            if not self.history.get("channel:" + n.channel) and not self.notify_existing:
                self.history.claim(n.channel, now=poll.at)  # what was there before this channel: known, not told
                self.history.put("channel:" + n.channel, repr(poll.at))
                continue
            self.history.put("channel:" + n.channel, repr(poll.at))
            self._notify(n, self.history.claim(n.channel, since=poll.at - CLAIM_WINDOW_S, now=poll.at))
        return poll

    def _check_due(self, poll: Poll) -> bool:
        if self.checked_at is None or self.clock() - self.checked_at >= CHECK_EVERY_S:
            return True
        return any(e.state in ("down", "flap") and e.tunnel not in self.found for e in poll.new_events)

    def _check(self, poll: Poll) -> list[Event]:
        from sasekit.tunnels.live import checks

        self.checked_at = self.clock()
        reports = checks(self.collector.client, self.intent, intent_path=self.intent_path)
        self.found = by_tunnel(reports)
        roles = {name: (t.service, t.role) for name, t in poll.tunnels.items()}
        return self.history.add_events(mismatch_events(reports, roles, poll.at), now=poll.at)

    def _notify(self, n: Notifier, events: Sequence[Event]) -> None:
        if not events:
            return
        if self._send is None:
            from sasekit.workflows.notify import notify as send
        else:
            send = self._send
        for i, event in enumerate(events):
            try:
                send(n.kind, n.target, message(event), _data(event))
                self.sent.append((n.kind, event.key))
            except Exception as exc:  # NotifyError, and whatever a target does: tried again next cycle
                rest = events[i:]
                self.failures.append(f"{n.kind}: {len(rest)} notification{'s' if len(rest) != 1 else ''} not "
                                     f"sent, tried again at the next poll: {exc}")
                log.warning("notification of %s by %s failed: %s", event.key, n.kind, exc)
                for left in rest:  # a target that fails once is not tried again this cycle
                    self.history.release(n.channel, left.key)
                return


def _data(event: Event) -> dict[str, Any]:
    return {k: v for k, v in event.to_dict().items() if v not in ("", None) and k != "key"}
