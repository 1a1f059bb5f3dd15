"""``sasekit health status|events|watch|probes|serve`` and ``sasekit probe run``.

Every command but ``probes`` and ``events --no-poll`` polls the tenant once (or, for
``watch`` and ``serve``, every ``--interval``) into the local history, then shows what
the history holds: the same code against the emulator and a real tenant.
"""

from __future__ import annotations

import contextlib
import errno
import re
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import click

from sasekit.cli.context import output_options

UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
DURATION = re.compile(r"(\d+(?:\.\d+)?)([smhd])")
LONGEST_S = 3650 * 86400.0      # ten years: any longer is a typo (and past what clocks and sleeps take)


def _state() -> Any:
    return click.get_current_context().find_root().obj


def duration(value: str, option: str, *, zero: bool = False) -> float:
    """``90``, ``90s``, ``15m``, ``2h``, ``30d`` → seconds, above 0 (or, with ``zero``, 0
    too); a usage error names the option."""
    text = value.strip().lower()
    m = DURATION.fullmatch(text if not re.fullmatch(r"\d+(?:\.\d+)?", text) else text + "s")
    if m is None:
        raise click.BadParameter(f"{value!r} is not a duration such as 90s, 15m, 2h or 30d", param_hint=option)
    seconds = float(m.group(1)) * UNITS[m.group(2)]
    if seconds < 0 or (seconds == 0 and not zero):
        raise click.BadParameter(f"{value!r}: a duration above 0 (such as 10s)", param_hint=option)
    if seconds > LONGEST_S:
        raise click.BadParameter(f"{value!r}: at most {LONGEST_S // 86400:g}d", param_hint=option)
    return seconds


def since_time(value: str | None, now: float) -> float:
    """``--since``: a duration back from now (``1h``) or a UTC time (``2026-12-02T10:00``)."""
    if not value:
        return 0.0
    if DURATION.fullmatch(value.strip().lower()):
        return now - duration(value, "--since")
    from datetime import UTC, datetime

    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise click.BadParameter(f"{value!r} is neither a duration back from now (1h, 30m) nor a time "
                                 "(2026-12-02T10:00:00Z)", param_hint="--since") from None
    return (parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)).timestamp()


def history_options(fn: Any) -> Any:
    fn = click.option("--retention", default="30d", show_default=True, metavar="DURATION",
                      help="Keep events, probe samples and cleared incidents this long.")(fn)
    return click.option("--history", "history_path", type=click.Path(dir_okay=False), envvar="SASEKIT_HEALTH_DB",
                        help="The health history (SQLite; default <state dir>/health.db, also "
                             "SASEKIT_HEALTH_DB).")(fn)


intent_option = click.option(
    "--intent", "-f", "intent_file", type=click.Path(dir_okay=False), envvar="SASEKIT_TUNNEL_INTENT",
    help="The tunnel intent: root causes and mismatch events from `tunnel check` (default: tunnels.yaml when "
         "it exists; also SASEKIT_TUNNEL_INTENT).")


def _history(path: str | None, retention: str) -> Any:
    from sasekit.health.history import HealthHistory

    keep = duration(retention, "--retention")
    if path is not None and not Path(path).parent.is_dir():   # a typo'd folder is not made (the default is)
        raise click.BadParameter(f"{path}: the folder {str(Path(path).parent)!r} does not exist",
                                 param_hint="--history")
    return HealthHistory(path, retention_s=keep)


def _intent(path: str | None) -> tuple[Any, str | None]:
    if path is None:
        if not Path("tunnels.yaml").is_file():
            return None, None
        path = "tunnels.yaml"
    from sasekit.tunnels.intent import read
    from sasekit.workflows.loader import WorkflowFileError

    try:
        return read(path), path
    except WorkflowFileError as exc:
        raise click.ClickException(str(exc)) from None


def _watcher(history: Any, intent_file: str | None, notifiers: Sequence[Any] = (), *,
             notify_existing: bool = False, config_every: int = 10) -> Any:
    from sasekit.health.collect import Collector
    from sasekit.health.watch import Watcher

    intent, path = _intent(intent_file)
    client = _state().client()
    _one_tenant(history, str(client.settings.tsg_id))
    collector = Collector(client, history, config_every=config_every)
    return Watcher(collector, intent=intent, intent_path=path, notifiers=list(notifiers),
                   notify_existing=notify_existing)


def _one_tenant(history: Any, tsg: str) -> None:
    """A history holds one tenant's health: another tenant's polls would mix its sites in
    (shown down, since they are not in this tenant's answers) and its incidents."""
    owner = history.get("tenant")
    if not owner:
        history.put("tenant", tsg)
    elif owner != tsg:
        raise click.ClickException(f"{history.path} holds tenant {owner}'s health, not tenant {tsg}'s: give each "
                                   "tenant its own history (--history FILE or SASEKIT_HEALTH_DB)")


def _notifier(text: str) -> Any:
    """``slack=URL``, ``webhook=URL`` or ``email=ADDRESS[,ADDRESS]`` (SMTP from SASEKIT_SMTP_*)."""
    import os

    from sasekit.health.watch import Notifier

    kind, sep, value = text.partition("=")
    kind = kind.strip().lower()
    if not sep or not value or kind not in ("slack", "webhook", "email"):
        raise click.BadParameter(f"{text[:40]!r}: use slack=URL, webhook=URL or email=ADDRESS (a URL may be "
                                 "${ENV_VAR})", param_hint="--notify")
    if kind != "email":
        return _checked(Notifier(kind, {"url": value}))
    port_text = os.environ.get("SASEKIT_SMTP_PORT", "25").strip()
    if not port_text.isdigit() or not 0 < int(port_text) < 65536:
        raise click.BadParameter(f"SASEKIT_SMTP_PORT={port_text[:20]!r} is not a port (1 to 65535)",
                                 param_hint="--notify email")
    target: dict[str, Any] = {"to": value, "host": os.environ.get("SASEKIT_SMTP_HOST", "127.0.0.1"),
                              "port": int(port_text),
                              "from": os.environ.get("SASEKIT_SMTP_FROM", "sasekit@localhost")}
    if os.environ.get("SASEKIT_SMTP_USER"):
        target.update(username=os.environ["SASEKIT_SMTP_USER"], password="${SASEKIT_SMTP_PASSWORD}",
                      starttls=True)
    return _checked(Notifier(kind, target))


def _checked(notifier: Any) -> Any:
    """A notifier that could never send is refused now, not at every event of the watch."""
    from sasekit.workflows.notify import NotifyError, check_target

    try:
        check_target(notifier.kind, notifier.target)
    except NotifyError as exc:
        raise click.BadParameter(str(exc), param_hint="--notify") from None
    return notifier


@contextlib.contextmanager
def _exit_on_sigterm() -> Iterator[None]:
    """SIGTERM (systemd, docker stop, kill) as SystemExit while the command runs: a
    notification being sent is released for the next watcher instead of dying marked as
    told. The handler before is put back after."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    before = signal.signal(signal.SIGTERM, lambda *_: sys.exit(128 + signal.SIGTERM))
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, before)


def _console() -> Any:
    from sasekit.cli.output import console

    return console()


def _wants_text() -> bool:
    from sasekit.cli.output import wants_table

    state = _state()
    return wants_table(state.output, state.query)


@click.group()
def health() -> None:
    """Tunnel and BGP health from SCM incidents and Insights, with probes and metrics.

    \b
    sasekit health status                 per site: tunnels and BGP up per WAN, open incidents
    sasekit health events --since 1h      events named as in SCM, each with its incident
    sasekit health watch --notify slack='${SLACK_WEBHOOK}'
    sasekit probe run --site paris-01 --tunnel paris-01-wan1 --egress eth1 icmp:10.0.0.1
    sasekit health probes paris-01 --plot paris.png
    sasekit health serve                  Prometheus metrics on 127.0.0.1:9108
    """


@health.command()
@history_options
@intent_option
@output_options
def status(history_path: str | None, retention: str, intent_file: str | None) -> None:
    """Poll once; per site: tunnels and BGP peers up per WAN, the last change, open incidents."""
    from sasekit.health.view import status_table

    with _history(history_path, retention) as history:
        poll = _watcher(history, intent_file).cycle()
        if _wants_text() and not poll.sites:
            click.echo("no sites: the tenant has no remote network or service connection with a tunnel, and "
                       "Insights lists none (sasekit tunnel apply provisions them)")
        elif _wants_text():
            _console().print(status_table(poll.sites))
        else:
            _state().emit([s.to_dict() for s in poll.sites])


@health.command()
@click.option("--since", metavar="WHEN", default="24h", show_default=True,
              help="A duration back from now (30m, 2h, 7d) or a UTC time (2026-12-02T10:00:00Z).")
@click.option("--site", help="Only this site's events.")
@click.option("--kind", "kinds", multiple=True, metavar="KIND", callback=lambda _c, _p, v: tuple(k.lower() for k in v),
              help="tunnel, bgp, site; down, up, flap, flap-cleared, rtt-high, mismatch; incident, state, check. "
                   "Repeat for any of them.")
@click.option("--no-poll", is_flag=True, help="Show the history only; do not poll the tenant.")
@history_options
@intent_option
@output_options
def events(since: str, site: str | None, kinds: tuple[str, ...], no_poll: bool, history_path: str | None,
           retention: str, intent_file: str | None) -> None:
    """Events per site, named as SCM names them, each with its SCM incident id and root cause."""
    from sasekit.health.view import events_table

    known = {"tunnel", "bgp", "site", "down", "up", "flap", "flap-cleared", "mismatch", "rtt-high", "incident",
             "state", "check"}
    for kind in kinds:
        if kind not in known:
            raise click.BadParameter(f"{kind!r} is not one of {', '.join(sorted(known))}", param_hint="--kind")
    start = since_time(since, time.time())
    with _history(history_path, retention) as history:
        if not no_poll:
            _watcher(history, intent_file).cycle()
        found = history.events(since=start, site=site, kinds=kinds, newest=True)
        if found.truncated:
            click.echo(f"showing the newest {len(found)} of {found.total} events since {since} (narrow it with "
                       "--since, --site or --kind)", err=True)
        if site and not found:
            _unknown_site(history, site)
        if _wants_text():
            _console().print(events_table(found) if found else "no events")
        else:
            _state().emit([e.to_dict() for e in found])


@health.command()
@click.option("--interval", default="10s", show_default=True, metavar="DURATION", help="Time between polls.")
@click.option("--count", type=click.IntRange(min=1), help="Stop after this many polls (default: until Ctrl-C).")
@click.option("--notify", "notifiers", multiple=True, metavar="KIND=TARGET",
              help="Send new incidents and mismatches: slack=URL, webhook=URL, email=ADDRESS. Repeat.")
@click.option("--notify-existing", is_flag=True,
              help="Also send what the history holds from before (default: a new watcher starts quiet).")
@click.option("--events", "shown", default=15, show_default=True, type=click.IntRange(min=0),
              help="Latest events shown (0: none).")
@history_options
@intent_option
def watch(interval: str, count: int | None, notifiers: tuple[str, ...], notify_existing: bool, shown: int,
          history_path: str | None, retention: str, intent_file: str | None) -> None:
    """A live view, redrawn at each poll; new incidents sent to the notifiers."""
    from rich.live import Live

    from sasekit.errors import SasekitError
    from sasekit.health.view import event_line, live_view

    every = duration(interval, "--interval")
    targets = [_notifier(n) for n in notifiers]        # refused before the history is touched
    con = _console()
    with _exit_on_sigterm(), _history(history_path, retention) as history:
        watcher = _watcher(history, intent_file, targets, notify_existing=notify_existing)
        done = good = 0
        failure: SasekitError | None = None
        # On a terminal the view is redrawn; into a file or a pipe each new event is a line.
        drawn = con.is_terminal
        with Live(console=con, auto_refresh=False, transient=False, redirect_stdout=False) if drawn \
                else contextlib.nullcontext() as live:
            while count is None or done < count:
                started = time.monotonic()
                problems: list[str] = []
                try:
                    poll = watcher.cycle()
                    good += 1
                except SasekitError as exc:  # a failed poll is shown; the next one tries again
                    problems.append(f"poll failed: {exc}")
                    poll, failure = None, exc
                problems += watcher.failures[-3:]
                watcher.failures.clear()
                if drawn and poll is not None:
                    assert live is not None
                    view = live_view(poll.sites, history.latest(shown) if shown else [], polled_at=poll.at,
                                     calls=poll.calls, problems=problems)
                    live.update(view, refresh=True)
                elif drawn:
                    con.print("\n".join(problems), style="yellow")
                else:
                    for event in poll.new_events if poll is not None else []:
                        click.echo(event_line(event))
                    for problem in problems:
                        click.echo(problem, err=True)
                    sys.stdout.flush()
                done += 1
                if count is not None and done >= count:
                    break
                time.sleep(max(0.0, every - (time.monotonic() - started)))
        if not sys.stdout.isatty() and watcher.sent_count:
            click.echo(f"{watcher.sent_count} notifications sent", err=True)
    if failure is not None and not good:       # --count polls, none of them through: not a success
        from sasekit.cli import exit_code

        sys.exit(exit_code(failure))


def _unknown_site(history: Any, site: str) -> None:
    """A --site the history has never seen is said so (a typo, a case), not shown as calm."""
    sites = sorted({t.site for t in history.tunnels().values() if t.site})
    if site in sites:
        return
    from sasekit.suggest import close_matches, did_you_mean

    hint = did_you_mean(close_matches(site, sites))
    click.echo(f"note: no site {site!r} in the health history{hint}; "
               + (f"it knows {', '.join(sites[:10])}{' …' if len(sites) > 10 else ''}" if sites
                  else "it knows no site yet"), err=True)


@health.command()
@click.argument("site")
@click.option("--since", metavar="WHEN", default="24h", show_default=True,
              help="A duration back from now or a UTC time.")
@click.option("--plot", "plot_file", type=click.Path(dir_okay=False),
              help="Draw latency, jitter, loss and RTT per path to FILE.png or FILE.svg, events marked.")
@history_options
@output_options
def probes(site: str, since: str, plot_file: str | None, history_path: str | None, retention: str) -> None:
    """The site's probe figures per path (egress interface <--> tunnel), from the history."""
    from sasekit.health.chart import FORMATS, Mark, Point, path_label, plot
    from sasekit.health.chart import Path as ChartPath

    if plot_file and Path(plot_file).suffix.lower() not in FORMATS:
        raise click.BadParameter(f"{plot_file!r}: the chart is written as FILE.png or FILE.svg", param_hint="--plot")
    start = since_time(since, time.time())
    with _history(history_path, retention) as history:
        samples = history.samples(site=site, since=start)
        marks = [Mark(e.at, e.name.removeprefix("Prisma "), e.severity)
                 for e in history.events(since=start, site=site)]
    if not samples:
        raise click.ClickException(f"no probe samples for site {site!r} since {since} (run `sasekit probe run "
                                   f"--site {site} ...` first)")
    several = len({s["target"] for s in samples}) > 1    # then each label names its target (it has the method)
    paths: dict[str, list[Any]] = {}
    for s in samples:
        label = path_label(s["egress"], s["tunnel"]) + (f" ({s['target']})" if several else "")
        paths.setdefault(label, []).append(s)
    if plot_file:
        try:
            out = plot(site, [ChartPath(label, [Point(s["at"], s["latency_ms"], s["jitter_ms"], s["loss_pct"],
                                                      s["rtt_ms"]) for s in rows]) for label, rows in paths.items()],
                       marks, plot_file)
        except OSError as exc:
            raise click.ClickException(f"cannot write the chart to {plot_file}: {exc.strerror or exc}") from None
        click.echo(f"{out}: {len(paths)} paths, {len(samples)} points, {len(marks)} events marked", err=True)
        return
    from sasekit.health.view import when

    text = _wants_text()
    rows = []
    for label, items in paths.items():
        last = items[-1]
        rows.append({"path": label, "points": len(items),
                     **{k: _figure(last[k], text) for k in ("latency_ms", "p95_ms", "jitter_ms", "loss_pct",
                                                             "rtt_ms")},
                     "at": when(last["at"]) + " UTC" if text else last["at"]})
    _state().emit(rows)


def _figure(value: float | None, shown: bool) -> float | None:
    """A probe figure in a table: to the microsecond (the digits after are noise to a reader;
    JSON keeps them all, a loopback path's figures are microseconds)."""
    if value is None or not shown:
        return value
    return round(float(value), 3)


@health.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=9108, show_default=True, type=click.IntRange(0, 65535))
@click.option("--interval", default="30s", show_default=True, metavar="DURATION", help="Time between polls.")
@history_options
@intent_option
def serve(host: str, port: int, interval: str, history_path: str | None, retention: str,
          intent_file: str | None) -> None:
    """Prometheus/OpenMetrics metrics: tunnel and BGP state, open incidents by code, probe figures."""
    from sasekit.health.metrics import serve as run

    every = duration(interval, "--interval")
    with _exit_on_sigterm(), _history(history_path, retention) as history:
        watcher = _watcher(history, intent_file)
        try:
            run(watcher, host=host, port=port, interval_s=every)
        except OSError as exc:  # only the listening socket: a failed poll is counted and served
            hint = (" (another process on the port? choose one with --port, or --port 0 for any free port)"
                    if exc.errno == errno.EADDRINUSE else "")
            raise click.ClickException(f"{exc.strerror or exc}{hint}") from None


# ------------------------------------------------------------------ sasekit probe

@click.group()
def probe() -> None:
    """Probe tunnel paths: latency, jitter (RFC 3550), loss and RTT, kept in the health history."""


@probe.command("run")
@click.argument("targets", nargs=-1, required=True, metavar="TARGET...")
@click.option("--site", help="The site the path belongs to (required unless --lab).")
@click.option("--tunnel", help="The Prisma tunnel the path goes through (required unless --lab).")
@click.option("--egress", help="The branch's egress interface (the chart's label: egress <--> tunnel).")
@click.option("--source", metavar="IP", help="Send from this address (the tunnel's inside address).")
@click.option("--lab", "lab_tunnel", metavar="TUNNEL",
              help="Probe from inside the lab's branch namespace of TUNNEL (root): its site, egress and source.")
@click.option("--count", default=100, show_default=True, type=click.IntRange(1, 65_535))  # probes.MAX_COUNT
@click.option("--interval", default="0.1", show_default=True, metavar="SECONDS", help="Between probes.")
@click.option("--timeout", default="1", show_default=True, metavar="SECONDS", help="A probe is lost after.")
@click.option("--window", default="10s", show_default=True, metavar="DURATION",
              help="One point of the chart per this much of the run.")
@history_options
@output_options
def probe_run(targets: tuple[str, ...], site: str | None, tunnel: str | None, egress: str | None,
              source: str | None, lab_tunnel: str | None, count: int, interval: str, timeout: str, window: str,
              history_path: str | None, retention: str) -> None:
    """Probe TARGETs (icmp:HOST, udp:HOST[:PORT], tcp:HOST:PORT, http://...) COUNT times each.

    Each run is kept as points of WINDOW each, per target, for `sasekit health probes`."""
    from sasekit.health import probes as p

    try:
        parsed = list(dict.fromkeys(p.parse_target(t) for t in targets))   # a target given twice: probed once
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="TARGET") from None
    every, wait = duration(interval, "--interval", zero=True), duration(timeout, "--timeout")
    size = duration(window, "--window")
    namespace = None
    if lab_tunnel:
        from sasekit.lab.lab import Lab, LabError

        try:
            link = Lab().link(lab_tunnel)
        except LabError as exc:
            raise click.ClickException(str(exc)) from None
        site, tunnel, egress = site or link.site, tunnel or link.tunnel, egress or link.branch_if
        source, namespace = source or link.branch_inside.split("/")[0], link.branch_ns
    if not site or not tunnel:
        raise click.UsageError("--site and --tunnel name the path (or --lab TUNNEL)")
    with _history(history_path, retention) as history:   # a history that cannot be written: before probing
        _probe_into(history, parsed, site, tunnel, egress, source, namespace, count, every, wait, size)


def _probe_into(history: Any, parsed: list[Any], site: str, tunnel: str, egress: str | None, source: str | None,
                namespace: str | None, count: int, every: float, wait: float, size: float) -> None:
    from sasekit.health import probes as p
    from sasekit.health.sampling import points

    started = time.time()
    try:
        if namespace:
            results = p.run_in_namespace(namespace, parsed, source=source, count=count, interval_s=every,
                                         timeout_s=wait)
        else:
            results = p.run_many(parsed, source=source, count=count, interval_s=every, timeout_s=wait)
    except ValueError as exc:  # --count, --interval, --timeout or --source out of the probes' bounds
        raise click.UsageError(str(exc)) from None
    except p.ProbeError as exc:
        raise click.ClickException(str(exc)) from None
    rows = []
    for result in results:
        if result.error:
            click.echo(f"{result.target}: {result.error}", err=True)
            continue
        rows += points(result, site=site, tunnel=tunnel, egress=egress or "-", started=started, window_s=size)
    history.add_samples(rows)
    text = _wants_text()
    summary = [{"target": r.target, "sent": r.sent, "received": r.received, "lost": r.lost, "failed": r.failed,
                **{k: _figure(v, text) for k, v in (("loss_pct", r.loss_pct), ("failed_pct", r.failed_pct),
                                               ("latency_ms", r.rtt_mean_ms), ("p50_ms", r.rtt_p50_ms),
                                               ("p95_ms", r.rtt_p95_ms), ("jitter_ms", r.jitter_ms))},
                "error": r.error} for r in results]
    _state().emit(summary)
    if all(r.error for r in results):
        sys.exit(1)
