"""A poll cycle with everything around it: root causes, mismatch events, notifications.

``sasekit health status``, ``events`` and ``watch`` all run :meth:`Watcher.cycle`; watch
runs it every ``interval`` seconds. Notifications go through the workflows' notifiers
(webhook, Slack-compatible, e-mail): incidents raised and cleared, and configuration
mismatches; plain state changes are in the view and the history but page nobody (the
incident behind them does). What to tell is decided by the history, in the same
transaction that marks it told, one event at a time just before its send, so a watcher
restarted after a crash tells nobody twice; a notification that fails, or is cut short
(Ctrl-C, SystemExit from a SIGTERM handler), is unmarked and tried again at the next
cycle (or by the next watcher), and the ones after it were never marked. The
first cycle on a new history takes what is already there as known (a new watcher does
not page anyone for last night), unless ``notify_existing``; so does a notifier added
later.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .cause import by_tunnel, cause_of, mismatch_events
from .collect import Collector, Poll
from .model import Event

log = logging.getLogger(__name__)

#: The configuration check reads the whole tenant: at most this often, unless a tunnel
#: the last check did not cover (a new one) went down or started flapping since.
CHECK_EVERY_S = 300.0
#: How many of the notifications it sent a watcher remembers (``sent``; ``sent_count``
#: counts them all).
SENT_KEPT = 1000
#: Events older than this are not notified late (a watcher down for a week does not
#: page anyone for all of it when it comes back).
CLAIM_WINDOW_S = 86400.0


@dataclass(frozen=True)
class Notifier:
    """Where notifications go: a kind of :func:`sasekit.workflows.notify.notify` and its target."""

    kind: str
    target: dict[str, Any] = field(hash=False, repr=False)   # a webhook URL is a credential

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
        self.checked: dict[str, float] = {}      # tunnel → when the configuration check last covered it
        self.found: dict[str, list[Any]] = {}
        self.sent: deque[tuple[str, str]] = deque(maxlen=SENT_KEPT)   # (kind, event key), the latest sent
        self.sent_count = 0
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
            self._notify(n, self.history.unclaimed(n.channel, since=poll.at - CLAIM_WINDOW_S), poll.at)
        return poll

    def _check_due(self, poll: Poll) -> bool:
        """The first cycle, every ``CHECK_EVERY_S``, and in between only for a tunnel down or
        flapping that the last check did not cover (one it found clean is not read again
        at each of its downs: a flapping link would read the whole tenant at every poll)."""
        if self.checked_at is None or self.clock() - self.checked_at >= CHECK_EVERY_S:
            return True
        return any(e.state in ("down", "flap") and e.tunnel and e.tunnel not in self.checked
                   for e in poll.new_events)

    def _check(self, poll: Poll) -> list[Event]:
        from sasekit.tunnels.live import checks

        self.checked_at = at = self.clock()
        reports = checks(self.collector.client, self.intent, intent_path=self.intent_path)
        self.found = by_tunnel(reports)
        # Every tunnel the check saw is checked, clean ones too; so is every tunnel the poll
        # knows (the intent says nothing of one it does not name: a new check would not either).
        self.checked = {name: at for name in poll.tunnels}
        self.checked.update((p.tunnel, at) for report in reports for p in report.tunnels)
        roles = {name: (t.service, t.role) for name, t in poll.tunnels.items()}
        return self.history.add_events(mismatch_events(reports, roles, poll.at), now=poll.at)

    def _notify(self, n: Notifier, events: Sequence[Event], now: float) -> None:
        """Each event claimed just before it is sent; one whose send raises anything (a
        failed target, Ctrl-C, SystemExit) is given back, and the rest were never claimed,
        so the next cycle or watcher sends them and never one that went out."""
        if not events:
            return
        if self._send is None:
            from sasekit.workflows.notify import notify as send
        else:
            send = self._send
        for i, event in enumerate(events):
            if not self.history.claim_one(n.channel, event.key, now=now):
                continue  # another watcher on this history has it
            try:
                send(n.kind, n.target, message(event), _data(event))
            except Exception as exc:  # NotifyError, and whatever a target does: tried again next cycle
                self.history.release(n.channel, event.key)
                rest = len(events) - i
                self.failures.append(f"{n.kind}: {rest} notification{'s' if rest != 1 else ''} not "
                                     f"sent, tried again at the next poll: {exc}")
                log.warning("notification of %s by %s failed: %s", event.key, n.kind, exc)
                return  # a target that fails once is not tried again this cycle
            except BaseException:
                self.history.release(n.channel, event.key)
                raise
            self.sent.append((n.kind, event.key))
            self.sent_count += 1


def _data(event: Event) -> dict[str, Any]:
    return {k: v for k, v in event.to_dict().items() if v not in ("", None) and k != "key"}
