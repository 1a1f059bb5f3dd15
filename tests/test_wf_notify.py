"""Notifications against a local HTTP receiver and a local SMTP server (127.0.0.1 only)."""

from __future__ import annotations

import json
import logging
import pickle
import socket
import threading
from collections.abc import Iterator
from email import message_from_bytes
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from sasekit.errors import SasekitError
from sasekit.workflows import notify as notify_mod
from sasekit.workflows.notify import NotifyError, notify

SECRET_PATH = "/services/T0001/B0002/XyZsecretTOKEN123"


class Receiver:
    """A webhook receiver that records each request and answers from a script."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.script: list[tuple[int, str, dict[str, str]]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                receiver.requests.append({"path": self.path, "headers": dict(self.headers), "body": body})
                status, text, headers = receiver.script.pop(0) if receiver.script else (200, "ok", {})
                data = text.encode()
                self.send_response(status)
                for name, value in {"Content-Type": "text/plain", **headers}.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.02},
                                       daemon=True)

    def json(self, n: int = -1) -> Any:
        return json.loads(self.requests[n]["body"])


@pytest.fixture
def receiver(monkeypatch: pytest.MonkeyPatch) -> Iterator[Receiver]:
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setattr(notify_mod, "RETRY_BACKOFF_S", 0.01)
    r = Receiver()
    r.thread.start()
    yield r
    r.server.shutdown()
    r.server.server_close()


def test_slack_payload(receiver: Receiver) -> None:
    url = receiver.url + SECRET_PATH
    result = notify("slack", {"url": url, "channel": "#soc"}, "Blocked 3 IOCs from feed X",
                    {"job": "1234", "objects": ["IOC_203_0_113_42", "IOC_evil.example.com"], "ok": True})
    assert result == {"kind": "slack", "ok": True, "status": 200, "target": f"{receiver.url}/…", "attempts": 1}
    request = receiver.requests[0]
    assert request["path"] == SECRET_PATH
    assert request["headers"]["Content-Type"] == "application/json"
    payload = receiver.json()
    assert payload["text"] == "Blocked 3 IOCs from feed X"
    assert payload["channel"] == "#soc"
    assert payload["blocks"][0] == {"type": "section",
                                    "text": {"type": "mrkdwn", "text": "Blocked 3 IOCs from feed X"}}
    assert payload["blocks"][1]["type"] == "section"
    assert [f["text"] for f in payload["blocks"][1]["fields"]] == [
        "*job*\n1234", "*objects*\nIOC_203_0_113_42, IOC_evil.example.com",
        "*ok*\ntrue"]  # cells read as in CLI tables and reports (sasekit.cells)


def test_slack_escapes_control_sequences(receiver: Receiver) -> None:
    fields = {f"k{i}": i for i in range(12)}
    notify("slack", {"url": receiver.url + "/hook"}, "feed says <!channel> & <http://x|click>", fields)
    payload = receiver.json()
    assert payload["text"] == "feed says &lt;!channel&gt; &amp; &lt;http://x|click&gt;"
    assert len(payload["blocks"][1]["fields"]) == 10
    assert payload["blocks"][2]["elements"][0]["text"] == "+2 more fields"


def test_webhook_payload_headers_and_env_secrets(receiver: Receiver, monkeypatch: pytest.MonkeyPatch,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setenv("HOOK_URL", receiver.url + SECRET_PATH)
    monkeypatch.setenv("HOOK_TOKEN", "s3cr3t-token-value")
    caplog.set_level(logging.DEBUG)
    data = {"created": ["IOC_203_0_113_42"], "job": {"id": "1234", "result": "OK"}}
    result = notify("webhook", {"url": "${HOOK_URL}", "headers": {"Authorization": "Bearer ${HOOK_TOKEN}",
                                                                  "X-Source": "sasekit"}},
                    "IOC blocking finished", data, timeout=5)
    assert result["ok"] and result["status"] == 200 and result["target"] == f"{receiver.url}/…"
    assert receiver.json() == {"message": "IOC blocking finished", "data": data}
    headers = receiver.requests[0]["headers"]
    assert headers["Authorization"] == "Bearer s3cr3t-token-value" and headers["X-Source"] == "sasekit"
    assert "XyZsecretTOKEN123" not in caplog.text and "s3cr3t" not in caplog.text and "s3cr3t" not in str(result)


def test_500_then_200_is_retried_once(receiver: Receiver, caplog: pytest.LogCaptureFixture) -> None:
    receiver.script = [(500, "upstream hiccup", {}), (200, "ok", {})]
    result = notify("webhook", {"url": receiver.url + SECRET_PATH}, "hello")
    assert result["ok"] and result["attempts"] == 2
    assert len(receiver.requests) == 2 and receiver.json(0) == receiver.json(1)
    assert "retrying once" in caplog.text and "XyZsecretTOKEN123" not in caplog.text


def test_two_500s_fail(receiver: Receiver) -> None:
    receiver.script = [(502, "bad gateway", {}), (503, "<html>down</html>", {})]
    with pytest.raises(NotifyError, match=r"HTTP 503: <html>down</html>") as info:
        notify("slack", {"url": receiver.url + SECRET_PATH}, "hello")
    assert info.value.status == 503 and len(receiver.requests) == 2


def test_429_with_short_retry_after_is_retried(receiver: Receiver) -> None:
    receiver.script = [(429, "rate_limited", {"Retry-After": "0"}), (200, "ok", {})]
    assert notify("slack", {"url": receiver.url + "/h"}, "x")["attempts"] == 2
    receiver.script = [(429, "rate_limited", {"Retry-After": "120"})]
    with pytest.raises(NotifyError, match=r"HTTP 429: rate_limited \(rate limited, retry after 120s\)"):
        notify("slack", {"url": receiver.url + "/h"}, "x")


def test_404_raises_a_readable_error_without_the_secret(receiver: Receiver) -> None:
    receiver.script = [(404, "no_service " + "x" * 500 + f" echo {SECRET_PATH}", {})]
    with pytest.raises(NotifyError) as info:
        notify("slack", {"url": receiver.url + SECRET_PATH}, "hello")
    text = str(info.value)
    assert text.startswith(f"slack notification to {receiver.url}/… failed: HTTP 404: no_service xxx")
    assert "XyZsecretTOKEN123" not in text and "T0001" not in text and "\n" not in text
    assert len(text) < 320  # the answer is quoted up to 200 characters
    assert len(receiver.requests) == 1  # a 4xx is not retried
    assert info.value.kind == "slack" and info.value.status == 404 and isinstance(info.value, SasekitError)
    assert info.value.__cause__ is None and info.value.__suppress_context__
    assert str(pickle.loads(pickle.dumps(info.value))) == text


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # closed again: nothing listens there until someone binds it


def test_connection_refused_is_retried_then_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(notify_mod, "RETRY_BACKOFF_S", 0.01)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    port = free_port()
    with pytest.raises(NotifyError, match=r"webhook notification to http://127\.0\.0\.1:\d+/… failed: "
                                          r"cannot connect \(ConnectionRefusedError") as info:
        notify("webhook", {"url": f"http://127.0.0.1:{port}{SECRET_PATH}"}, "hello", timeout=2)
    assert "XyZsecret" not in str(info.value)


def test_redirects_are_not_followed(receiver: Receiver) -> None:
    receiver.script = [(302, "moved", {"Location": receiver.url + "/elsewhere"})]
    with pytest.raises(NotifyError, match="HTTP 302: moved") as info:
        notify("webhook", {"url": receiver.url + SECRET_PATH}, "hello")
    assert [r["path"] for r in receiver.requests] == [SECRET_PATH] and info.value.status == 302


def test_no_answer_times_out_without_a_retry(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    with socket.socket() as silent:  # accepts connections (backlog) but never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(4)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}{SECRET_PATH}"
        with pytest.raises(NotifyError, match=r"failed: no answer within 0\.3s$") as info:
            notify("webhook", {"url": url}, "hello", timeout=0.3)
    assert "XyZsecret" not in str(info.value)


@pytest.mark.parametrize(("kind", "target", "match"), [
    ("pager", {"url": "http://127.0.0.1:1/x"}, "unknown notification kind 'pager'"),
    ("slack", {}, "slack: target has no url"),
    ("webhook", {"url": "file:///etc/passwd"}, "must be an http"),
    ("webhook", {"url": "${NOT_SET_ANYWHERE_42}"}, r"refers to \$\{NOT_SET_ANYWHERE_42\}, which is not set"),
    ("webhook", {"url": "http://127.0.0.1:1/x", "headers": {"X-A": "a\r\nX-B: b"}}, "contains a line break"),
    ("email", {"host": "127.0.0.1", "from": "a@example.com"}, "at least one 'to'"),
    ("email", {"host": "smtp.example.com", "from": "a@example.com", "to": "b@example.com",
               "username": "bot", "password": "pw-123456"}, "refusing to send the password"),
])
def test_bad_targets(kind: str, target: dict[str, Any], match: str) -> None:
    with pytest.raises(NotifyError, match=match) as info:
        notify(kind, target, "hello")
    assert "pw-123456" not in str(info.value)


# ---------------------------------------------------------------------------- email

aiosmtpd = pytest.importorskip("aiosmtpd", reason="aiosmtpd (dev extra) provides the test SMTP server")
from aiosmtpd.controller import Controller  # noqa: E402
from aiosmtpd.smtp import AuthResult, LoginPassword  # noqa: E402


class Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], Message]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), message_from_bytes(envelope.content)))
        return "250 OK"


def _authenticator(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
    ok = isinstance(data, LoginPassword) and data.login == b"bot" and data.password == b"right-pass-123"
    return AuthResult(success=ok, handled=False)


@pytest.fixture
def smtp_server() -> Iterator[tuple[Inbox, int]]:
    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port, authenticator=_authenticator,
                            auth_require_tls=False, ready_timeout=5)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


def test_email_is_delivered(smtp_server: tuple[Inbox, int]) -> None:
    inbox, port = smtp_server
    target = {"host": "127.0.0.1", "port": port, "from": "sasekit@example.com",
              "to": "soc@example.com, oncall@example.com", "local_hostname": "localhost"}
    result = notify("email", target, "Phishing domains blocked\nURL category Phishing_Block updated.",
                    {"domains": ["evil.example.com"], "job": "1234"}, timeout=5)
    assert result == {"kind": "email", "ok": True, "status": 250, "target": f"smtp://127.0.0.1:{port}",
                      "to": ["soc@example.com", "oncall@example.com"], "refused": []}
    sender, rcpts, msg = inbox.messages[0]
    assert sender == "sasekit@example.com" and rcpts == ["soc@example.com", "oncall@example.com"]
    assert msg["Subject"] == "Phishing domains blocked"
    assert msg["To"] == "soc@example.com, oncall@example.com"
    body = msg.get_payload(decode=True).decode().replace("\r\n", "\n")  # SMTP lines end in CRLF
    assert body.startswith("Phishing domains blocked\nURL category Phishing_Block updated.\n\n")
    assert json.loads(body.split("\n\n", 1)[1]) == {"domains": ["evil.example.com"], "job": "1234"}


def test_email_login_with_env_password(smtp_server: tuple[Inbox, int], monkeypatch: pytest.MonkeyPatch) -> None:
    inbox, port = smtp_server
    target = {"host": "127.0.0.1", "port": port, "from": "bot@example.com", "to": ["soc@example.com"],
              "username": "bot", "password": "${SMTP_PASS}", "subject": "Custom subject",
              "local_hostname": "localhost"}
    monkeypatch.setenv("SMTP_PASS", "right-pass-123")
    assert notify("email", target, "body text")["ok"]
    assert inbox.messages[0][2]["Subject"] == "Custom subject"
    monkeypatch.setenv("SMTP_PASS", "wrong-pass-456")
    with pytest.raises(NotifyError, match=r"authentication refused: 535") as info:
        notify("email", target, "body text")
    assert "wrong-pass-456" not in str(info.value) and info.value.status == 535
    assert len(inbox.messages) == 1


def test_email_header_injection_is_refused(smtp_server: tuple[Inbox, int]) -> None:
    inbox, port = smtp_server
    target = {"host": "127.0.0.1", "port": port, "from": "a@example.com", "to": "b@example.com",
              "subject": "hi\r\nBcc: victim@example.com"}
    with pytest.raises(NotifyError, match="invalid header"):
        notify("email", target, "x")
    assert inbox.messages == []
