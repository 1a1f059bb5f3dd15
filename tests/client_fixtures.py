"""Emulator-backed fixtures for client tests: a served emulator (real socket) for the
sync client, and an in-process one (ASGI) for the async client."""

from __future__ import annotations

import contextlib

import httpx

from sasekit.emulator import DEMO_ACCOUNT, EmulatorConfig, create_app
from sasekit.emulator.serve import ServerThread
from sasekit.engine import forget_tokens
from sasekit.transport import RetryPolicy

FAST_RETRY = RetryPolicy(max_retries=6, budget=30.0, base=0.01, cap=0.2)


def fresh_tokens() -> None:
    """Forget shared token managers, so each test counts its own token requests."""
    forget_tokens()


def config(**kw) -> EmulatorConfig:
    data = {"push_s": 0.2, **kw}
    return EmulatorConfig.from_mapping(data)


@contextlib.contextmanager
def served(**kw):
    with ServerThread(config=config(**kw)) as srv:
        yield srv


def sync_client(srv, account: dict | None = None, **kw):
    from sasekit import Client

    a = account or DEMO_ACCOUNT
    kw.setdefault("retry", FAST_RETRY)
    kw.setdefault("rate_limit", 0)
    return Client(a["client_id"], a["client_secret"], a["tsg_id"], base_url=srv.url, auth_url=srv.url,
                  setup_url=srv.url, **kw)


def async_client(app=None, account: dict | None = None, **kw):
    from sasekit import AsyncClient

    app = app or create_app(config())
    a = account or DEMO_ACCOUNT
    kw.setdefault("retry", FAST_RETRY)
    kw.setdefault("rate_limit", 0)
    return AsyncClient(a["client_id"], a["client_secret"], a["tsg_id"], base_url="http://emu",
                       auth_url="http://emu", setup_url="http://emu",
                       transport=httpx.ASGITransport(app=app), **kw), app
