"""Small helpers for tests that talk to the emulator over HTTP (in-process)."""

from __future__ import annotations

import httpx

from sasekit.emulator import DEMO_ACCOUNT, EmulatorConfig, create_app

BASE = "/sse/config/v1"


def make_app(**config):
    return create_app(EmulatorConfig.from_mapping(config) if config else EmulatorConfig())




class Api:
    """An async httpx client with a bearer token, bound to one emulator app."""

    def __init__(self, app, account: dict | None = None) -> None:
        self.app = app
        self.account = account or DEMO_ACCOUNT
        self.http = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://emu")
        self.token: str | None = None

    async def login(self) -> str:
        a = self.account
        resp = await self.http.post("/oauth2/access_token", auth=(a["client_id"], a["client_secret"]),
                                    data={"grant_type": "client_credentials", "scope": f"tsg_id:{a['tsg_id']}"})
        assert resp.status_code == 200, resp.text
        self.token = resp.json()["access_token"]
        return self.token

    async def request(self, method: str, path: str, **kw) -> httpx.Response:
        if self.token is None:
            await self.login()
        headers = {"Authorization": f"Bearer {self.token}", **kw.pop("headers", {})}
        return await self.http.request(method, path, headers=headers, **kw)

    async def get(self, path, **kw):
        return await self.request("GET", path, **kw)

    async def post(self, path, **kw):
        return await self.request("POST", path, **kw)

    async def put(self, path, **kw):
        return await self.request("PUT", path, **kw)

    async def delete(self, path, **kw):
        return await self.request("DELETE", path, **kw)

    async def create_address(self, name: str, folder: str = "Shared", **body) -> dict:
        body = {"name": name, **(body or {"ip_netmask": "192.0.2.1/32"})}
        resp = await self.post(f"{BASE}/addresses", params={"folder": folder}, json=body)
        assert resp.status_code == 201, resp.text
        return resp.json()

    async def aclose(self) -> None:
        await self.http.aclose()
