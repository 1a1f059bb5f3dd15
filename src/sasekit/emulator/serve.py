"""Serving the emulator over HTTP with uvicorn, in the foreground or in a thread.

The thread form is what tests and benchmarks use to get a real socket on 127.0.0.1
(sync clients, connection drops and subprocess CLIs need one).

The foreground form also sends the emulator's own log (``sasekit.emulator``: a bug met
while serving, with its request id) to stderr. uvicorn's log config covers only its own
loggers, and the CLI puts a NullHandler on ``sasekit``, so without a handler here a 500
would leave no trace beside the id in its body.
"""

from __future__ import annotations

import logging
import socket
import sys
import threading
import time
from typing import Any

from .app import ConnectionDropped, EmulatorApp
from .config import EmulatorConfig


class _QuietDrops(logging.Filter):
    """An injected dropped connection is the app raising ConnectionDropped; uvicorn would log
    each one as "Exception in ASGI application" with a traceback, which reads as a bug."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], ConnectionDropped))


def _uvicorn_config(app: EmulatorApp, host: str, port: int, log_level: str,
                    tls: tuple[str, str] | None = None) -> Any:
    import uvicorn

    cert, key = tls or (None, None)
    config = uvicorn.Config(app, host=host, port=port, log_level=log_level, access_log=False,
                            lifespan="on", timeout_keep_alive=30, ssl_certfile=cert, ssl_keyfile=key)
    logger = logging.getLogger("uvicorn.error")  # after Config, which configures logging
    if not any(isinstance(f, _QuietDrops) for f in logger.filters):
        logger.addFilter(_QuietDrops())
    return config


class _StderrHandler(logging.StreamHandler):
    """The handler :func:`log_to_stderr` installs (a class of its own so it is added once)."""


def log_to_stderr(log_level: str = "warning") -> logging.Logger:
    """Show the ``sasekit.emulator`` log on stderr at ``log_level``, and always its errors
    (``--log-level critical`` quiets uvicorn, never the report of an emulator bug)."""
    logger = logging.getLogger("sasekit.emulator")
    level = min(logging.getLevelName(log_level.upper()), logging.ERROR)
    handler = next((h for h in logger.handlers if isinstance(h, _StderrHandler)), None)
    if handler is None:
        handler = _StderrHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
    handler.setLevel(level)
    logger.setLevel(level)
    logger.propagate = False  # --debug's root handler would print each record twice
    return logger


def serve(config: EmulatorConfig, host: str = "127.0.0.1", port: int = 8443,
          log_level: str = "warning", tls: tuple[str, str] | None = None,
          app: EmulatorApp | None = None) -> None:
    """Serve in the foreground until interrupted; over HTTPS with ``tls=(cert file, key file)``.
    ``app``: one already built from ``config`` (the CLI builds it to print its admin secret)."""
    import uvicorn

    log_to_stderr(log_level)
    app = app or EmulatorApp(config)
    uvicorn.Server(_uvicorn_config(app, host, port, log_level, tls)).run()


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


class ServerThread:
    """A uvicorn server on 127.0.0.1 in a background thread; a context manager."""

    def __init__(self, app: EmulatorApp | None = None, config: EmulatorConfig | None = None,
                 host: str = "127.0.0.1", port: int | None = None, log_level: str = "error",
                 tls: tuple[str, str] | None = None) -> None:
        import uvicorn

        self.app = app or EmulatorApp(config)
        self.host = host
        self.port = port or free_port(host)
        self.scheme = "https" if tls else "http"
        self.server = uvicorn.Server(_uvicorn_config(self.app, host, self.port, log_level, tls))
        self.thread = threading.Thread(target=self.server.run, name="sasekit-emulator", daemon=True)

    @property
    def url(self) -> str:
        return f"{self.scheme}://{self.host}:{self.port}"

    @property
    def admin_headers(self) -> dict[str, str]:
        """The headers that authorize a request to the served ``/_emulator/`` endpoints."""
        return self.app.admin_headers

    def start(self) -> ServerThread:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"emulator did not start on {self.url}")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)

    def __enter__(self) -> ServerThread:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
