"""Notifications at the end of a workflow: Slack, a generic JSON webhook, or e-mail.

The guide's workflows end with "Slack (notify)", "Email Node (notify SOC)" or
"Notification". A notification is the last step of a run whose real work (blocking an
IOC, pushing a configuration) is already done, so this module is built to fail
clearly rather than cleverly:

* explicit timeouts everywhere, and for webhooks exactly one retry, after a short
  pause, on connection errors, 5xx answers and 429 (when Retry-After is short);
* anything else raises :class:`NotifyError` with a one-line reason: the HTTP status and
  the first 200 characters of the answer, or the SMTP reply;
* secrets never leave: a Slack webhook URL *is* a credential (its path is the token),
  so messages, logs and results show only ``https://host/…``; header values and SMTP
  passwords are never shown. Secrets may be given as ``${ENV_VAR}`` references so that
  workflow definitions can be stored without them.

HTTP goes through :mod:`urllib.request` rather than httpx on purpose: httpx logs every
request line (URL included) at INFO level, which would write webhook tokens into any
log that has INFO enabled. urllib logs nothing, and redirects are refused (a webhook
that redirects is misconfigured, and following it would re-send the payload elsewhere).
"""

from __future__ import annotations

import ipaddress
import json
import logging
import smtplib
import ssl
import time
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from http.client import HTTPException
from typing import Any
from urllib.parse import urlsplit

from sasekit.cells import cell_text
from sasekit.errors import ConfigError, NotifyError, parse_retry_after, redact
from sasekit.settings import expand_env_refs

__all__ = ["KINDS", "NotifyError", "check_target", "notify"]

log = logging.getLogger(__name__)

#: Supported notification kinds.
KINDS = ("slack", "webhook", "email")
#: Pause before the single retry of a webhook (seconds).
RETRY_BACKOFF_S = 0.5
#: A 429 is retried only when its Retry-After asks for at most this long (seconds).
MAX_RETRY_AFTER_S = 5.0
#: Characters of an answer quoted in an error message.
BODY_QUOTE = 200
#: Bytes of an error answer read at most.
_BODY_READ = 64 * 1024

_SLACK_TEXT_MAX = 3000  # a section block's text
_SLACK_FIELD_MAX = 2000  # one field's text
_SLACK_FIELDS_MAX = 10  # fields in one section block
_SLACK_PASSTHROUGH = ("channel", "username", "icon_emoji", "icon_url")


# ----------------------------------------------------------------------------- helpers


def _one_line(text: str, limit: int = BODY_QUOTE) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _expand(value: Any, what: str, kind: str) -> str:
    """Replace each ``${NAME}`` in ``value`` with the environment variable NAME."""
    try:
        return expand_env_refs(str(value), what)
    except ConfigError as exc:
        raise NotifyError(f"{kind}: {what} refers to ${{{exc.missing[0]}}}, which is not set",
                          kind=kind) from None


def _shown_url(url: str) -> str:
    """``https://hooks.slack.com/…``: scheme and host only, never the path or userinfo."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        port = parts.port
    except ValueError:
        return "<invalid url>"
    if not parts.scheme or not host:
        return "<invalid url>"
    if ":" in host:
        host = f"[{host}]"
    shown = f"{parts.scheme}://{host}{f':{port}' if port else ''}"
    return shown + ("/…" if (parts.path not in ("", "/") or parts.query or parts.fragment) else "")


def _scrub(text: str, secrets: list[str]) -> str:
    """Text from elsewhere (an answer, an OS error) with every secret masked."""
    return redact(text, [s for s in secrets if len(s) >= 4])


# ---------------------------------------------------------------------------- webhooks


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None  # the 3xx is raised as an HTTPError and reported


_OPENER = urllib.request.build_opener(_NoRedirect())


def _slack_escape(text: str) -> str:
    # Slack reads <...> as links and mentions (<!channel>): feed-controlled text must
    # not be able to page a whole workspace.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _slack_payload(target: Mapping[str, Any], message: str, data: Mapping[str, Any] | None) -> dict[str, Any]:
    text = _slack_escape(message) or "(no message)"
    blocks: list[dict[str, Any]] = [
        {"type": "section", "text": {"type": "mrkdwn", "text": _clip(text, _SLACK_TEXT_MAX)}}
    ]
    items = list((data or {}).items())
    if items:
        fields = [
            {"type": "mrkdwn",
             "text": _clip(f"*{_slack_escape(str(key))}*\n{_slack_escape(cell_text(value))}", _SLACK_FIELD_MAX)}
            for key, value in items[:_SLACK_FIELDS_MAX]
        ]
        blocks.append({"type": "section", "fields": fields})
        if len(items) > _SLACK_FIELDS_MAX:
            blocks.append({"type": "context", "elements": [
                {"type": "mrkdwn", "text": f"+{len(items) - _SLACK_FIELDS_MAX} more fields"}]})
    payload: dict[str, Any] = {"text": _clip(text, 40000), "blocks": blocks}
    payload.update({key: target[key] for key in _SLACK_PASSTHROUGH if target.get(key)})
    return payload


def _url_of(kind: str, target: Mapping[str, Any]) -> tuple[str, str]:
    """(the target's URL with its ``${VAR}`` expanded, the URL as it may be shown)."""
    if not target.get("url"):
        raise NotifyError(f"{kind}: target has no url", kind=kind)
    url = _expand(target["url"], "url", kind)
    shown = _shown_url(url)
    if urlsplit(url).scheme.lower() not in ("http", "https") or shown == "<invalid url>":
        raise NotifyError(f"{kind}: target url must be an http(s) URL (got {shown})", kind=kind)
    return url, shown


def _post_json(kind: str, target: Mapping[str, Any], payload: Any, timeout: float) -> dict[str, Any]:
    url, shown = _url_of(kind, target)
    secrets = [url, urlsplit(url).path, urlsplit(url).query]
    headers = {"Content-Type": "application/json", "User-Agent": "sasekit-notify"}
    for name, value in (target.get("headers") or {}).items():
        expanded = _expand(value, f"header {name}", kind)
        if any(c in str(name) + expanded for c in "\r\n\0"):
            raise NotifyError(f"{kind}: header {_one_line(str(name), 60)!r} contains a line break", kind=kind)
        headers[str(name)] = expanded
        secrets.append(expanded)
    body = json.dumps(payload, ensure_ascii=False, default=str).encode("utf-8")

    def fail(reason: str, status: int | None = None) -> NotifyError:
        return NotifyError(_scrub(f"{kind} notification to {shown} failed: {reason}", secrets),
                           kind=kind, status=status)

    for attempt in (1, 2):
        request = urllib.request.Request(url, data=body, headers=headers, method="POST")
        retry_in: float | None = None
        try:
            with _OPENER.open(request, timeout=timeout) as response:
                status = response.status
        except urllib.error.HTTPError as exc:
            status = exc.code
            try:
                answer = exc.read(_BODY_READ).decode("utf-8", "replace")
            except (OSError, HTTPException):
                answer = ""
            finally:
                exc.close()
            reason = f"HTTP {status}" + (f": {_one_line(_scrub(answer, secrets))}" if answer.strip() else "")
            if status >= 500:
                retry_in = RETRY_BACKOFF_S
            elif status == 429:
                wait = parse_retry_after(exc.headers.get("Retry-After"))
                wait = RETRY_BACKOFF_S if wait is None else wait
                if wait <= MAX_RETRY_AFTER_S:
                    retry_in = wait
                else:
                    reason += f" (rate limited, retry after {wait:.0f}s)"
            if retry_in is None or attempt == 2:
                raise fail(reason, status) from None
        except urllib.error.URLError as exc:  # could not connect (DNS, refused, TLS, connect timeout)
            reason = f"cannot connect ({type(exc.reason).__name__}: {_one_line(str(exc.reason))})"
            if attempt == 2:
                raise fail(reason) from None
            retry_in = RETRY_BACKOFF_S
        except TimeoutError:
            # Connected, but no answer in time: the receiver may have taken the message,
            # so a retry could post it twice.
            raise fail(f"no answer within {timeout:g}s") from None
        except (OSError, HTTPException) as exc:  # dropped connection before an answer
            reason = f"connection lost ({type(exc).__name__})"
            if attempt == 2:
                raise fail(reason) from None
            retry_in = RETRY_BACKOFF_S
        except ValueError:  # http.client refuses e.g. control characters in the URL
            raise fail("the request is invalid (bad URL or header)") from None
        else:
            log.info("%s notification sent to %s (HTTP %s)", kind, shown, status)
            return {"kind": kind, "ok": True, "status": status, "target": shown, "attempts": attempt}
        log.warning("%s", _scrub(f"{kind} notification to {shown}: {reason}; retrying once in {retry_in:g}s",
                                 secrets))
        time.sleep(retry_in)
    raise AssertionError("unreachable")  # pragma: no cover


# ------------------------------------------------------------------------------- email


def _recipients(value: Any) -> list[str]:
    items = value.split(",") if isinstance(value, str) else list(value or [])
    return [str(item).strip() for item in items if str(item).strip()]


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class _Mail:
    host: str
    port: int
    sender: str
    recipients: list[str]
    use_ssl: bool
    starttls: bool
    username: str
    password: str = field(repr=False)
    shown: str


def _mail_of(target: Mapping[str, Any]) -> _Mail:
    """An e-mail target's settings, or the NotifyError that says why it cannot be sent to."""
    kind = "email"
    host = str(target.get("host") or "").strip()
    if not host:
        raise NotifyError("email: target has no host", kind=kind)
    try:
        port = int(target.get("port") or 25)
    except (TypeError, ValueError):
        raise NotifyError("email: target port must be a number", kind=kind) from None
    sender = str(target.get("from") or "").strip()
    recipients = _recipients(target.get("to"))
    if not sender or not recipients:
        raise NotifyError("email: target needs 'from' and at least one 'to' address", kind=kind)
    use_ssl = port == 465 or bool(target.get("ssl"))
    starttls = bool(target.get("starttls")) and not use_ssl
    username = str(target.get("username") or "")
    password = _expand(target["password"], "password", kind) if target.get("password") else ""
    if username and not password:
        raise NotifyError("email: username given without a password", kind=kind)
    shown = f"smtp{'s' if use_ssl else ''}://{host}:{port}"
    if username and not (use_ssl or starttls or _is_loopback(host)):
        raise NotifyError(f"email via {shown}: refusing to send the password over an unencrypted "
                          "connection; set starttls: true or use port 465", kind=kind)
    return _Mail(host, port, sender, recipients, use_ssl, starttls, username, password, shown)


def _send_email(target: Mapping[str, Any], message: str, data: Mapping[str, Any] | None,
                timeout: float) -> dict[str, Any]:
    kind = "email"
    mail = _mail_of(target)
    host, port, sender, recipients = mail.host, mail.port, mail.sender, mail.recipients
    use_ssl, starttls, username, password, shown = mail.use_ssl, mail.starttls, mail.username, mail.password, \
        mail.shown
    secrets = [password]

    msg = EmailMessage()
    subject = target.get("subject") or next((line.strip() for line in message.splitlines() if line.strip()),
                                            "sasekit notification")
    try:
        msg["Subject"] = _clip(str(subject), 150)
        msg["From"] = sender
        msg["To"] = ", ".join(recipients)
        msg["Date"] = formatdate(localtime=True)
        msg["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2].strip("<> ") or "sasekit.invalid")
    except (ValueError, TypeError) as exc:  # line breaks in a header: header injection
        raise NotifyError(f"email: invalid header ({_one_line(str(exc), 120)})", kind=kind) from None
    body = message
    if data:
        body += "\n\n" + json.dumps(data, indent=2, ensure_ascii=False, default=str)
    msg.set_content(body + "\n")

    def fail(reason: str, status: int | None = None) -> NotifyError:
        return NotifyError(_scrub(f"email via {shown} failed: {reason}", secrets), kind=kind, status=status)

    context = ssl.create_default_context()
    local = target.get("local_hostname") or None
    try:
        smtp: smtplib.SMTP
        if use_ssl:
            smtp = smtplib.SMTP_SSL(host, port, local_hostname=local, timeout=timeout, context=context)
        else:
            smtp = smtplib.SMTP(host, port, local_hostname=local, timeout=timeout)
        with smtp:
            smtp.ehlo_or_helo_if_needed()
            if starttls:
                smtp.starttls(context=context)
                smtp.ehlo()
            if username:
                smtp.login(username, password)
            refused = smtp.send_message(msg, from_addr=sender, to_addrs=recipients)
    except smtplib.SMTPRecipientsRefused as exc:
        raise fail(f"every recipient was refused ({', '.join(exc.recipients)})") from None
    except smtplib.SMTPResponseException as exc:  # auth refused, sender refused, data refused
        reply = exc.smtp_error.decode("utf-8", "replace") if isinstance(exc.smtp_error, bytes) else str(exc.smtp_error)
        what = "authentication refused" if isinstance(exc, smtplib.SMTPAuthenticationError) else "server refused"
        raise fail(f"{what}: {exc.smtp_code} {_one_line(reply)}", exc.smtp_code) from None
    except smtplib.SMTPException as exc:
        raise fail(f"{type(exc).__name__}: {_one_line(str(exc))}") from None
    except TimeoutError:
        raise fail(f"no answer within {timeout:g}s") from None
    except OSError as exc:  # refused, unreachable, TLS failures
        raise fail(f"cannot connect ({type(exc).__name__}: {_one_line(str(exc))})") from None
    log.info("email notification sent via %s to %d recipient(s)", shown, len(recipients) - len(refused))
    return {"kind": kind, "ok": not refused, "status": 250, "target": shown, "to": recipients,
            "refused": sorted(refused)}


# ------------------------------------------------------------------------------ public


def check_target(kind: str, target: Mapping[str, Any]) -> None:
    """Raise the :class:`NotifyError` that :func:`notify` would raise before sending
    anything (an unknown kind, no URL or not an http(s) one, a ``${VAR}`` that is not set,
    an e-mail target missing an address), so that a watcher refuses it at start rather
    than failing at every event."""
    kind = str(kind).lower()
    if not isinstance(target, Mapping):
        raise NotifyError(f"{kind}: target must be a mapping", kind=kind)
    if kind in ("slack", "webhook"):
        _url_of(kind, target)
    elif kind == "email":
        _mail_of(target)
    else:
        raise NotifyError(f"unknown notification kind {kind!r}; use one of: {', '.join(KINDS)}", kind=kind)


def notify(
    kind: str,
    target: Mapping[str, Any],
    message: str,
    data: Mapping[str, Any] | None = None,
    *,
    timeout: float = 10.0,
) -> dict[str, Any]:
    """Send ``message`` (and optional ``data``) as a ``slack``, ``webhook`` or ``email``
    notification; returns ``{"kind", "ok", "status", "target", ...}`` with ``target``
    shown without secrets.

    ``target`` per kind:

    * ``slack``: ``url`` (an incoming-webhook URL; optional ``channel``, ``username``,
      ``icon_emoji``, ``icon_url`` are passed through). Posts ``{"text", "blocks"}``: a
      section with the message and, when ``data`` is given, a section of up to ten
      ``*key*\\nvalue`` fields. ``& < >`` are escaped as Slack requires, which also
      stops feed text from triggering ``<!channel>``-style mentions.
    * ``webhook``: ``url`` and optional ``headers``; posts ``{"message", "data"}``.
    * ``email``: ``host``, ``port`` (25; 465 means implicit TLS), ``from``, ``to`` (a
      list or a comma-separated string), optional ``starttls``, ``username``,
      ``password``, ``subject`` (default: the message's first line), ``local_hostname``.
      The body is the message, then ``data`` as indented JSON. A password is only sent
      over TLS (or to a loopback server).

    ``url``, header values and ``password`` may contain ``${ENV_VAR}`` references.
    ``timeout`` applies to connecting and to each wait for an answer. Raises
    :class:`NotifyError` when the notification was not delivered.
    """
    kind = str(kind).lower()
    check_target(kind, target)  # a kind and a target that can be sent to, or the reason why not
    if kind == "slack":
        return _post_json(kind, target, _slack_payload(target, message, data), timeout)
    if kind == "webhook":
        return _post_json(kind, target, {"message": message, "data": data}, timeout)
    return _send_email(target, message, data, timeout)
