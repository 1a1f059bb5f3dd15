"""Cost of validating parameters before sending, beside one in-process emulator round trip.

Target: validation under 5% of an in-process round trip (httpx ASGITransport to the
emulator). Measures the guide's address-create and securityRule-create parameters.
Run: .venv/bin/python bench/validation_cost.py
"""

from __future__ import annotations

import asyncio
import statistics
import time
import timeit

import httpx

from sasekit.catalog import load
from sasekit.emulator import DEMO_ACCOUNT, EmulatorConfig, create_app
from sasekit.validate import validate_params

ADDRESS = {"folder": "Shared", "name": "Malicious_IP_203_0_113_42", "ip_netmask": "203.0.113.42/32",
           "description": "IP flagged by threat intel feed on 2026-05-04", "tag": ["Blocked", "ThreatIntel"]}
RULE = {"folder": "Shared", "position": "pre", "name": "Block_Malicious_IP_203_0_113_42", "action": "deny",
        "from": ["any"], "to": ["any"], "source": ["Malicious_IP_203_0_113_42"], "destination": ["any"],
        "application": ["any"], "service": ["any"], "description": "Auto-block from threat intel workflow"}


def per_call(fn, number: int = 20000) -> float:
    fn()
    return min(timeit.repeat(fn, number=number, repeat=5)) / number


async def round_trip(n: int = 1500) -> float:
    app = create_app(EmulatorConfig.from_mapping({"rate_limit": {"enabled": False}}))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://emu") as http:
        a = DEMO_ACCOUNT
        tok = (await http.post("/oauth2/access_token", auth=(a["client_id"], a["client_secret"]),
                               data={"grant_type": "client_credentials",
                                     "scope": f"tsg_id:{a['tsg_id']}"})).json()["access_token"]
        headers = {"Authorization": f"Bearer {tok}"}
        made = (await http.post("/sse/config/v1/addresses", params={"folder": "Shared"}, headers=headers,
                                json={"name": "x", "ip_netmask": "192.0.2.1/32"})).json()
        samples = []
        for _ in range(5):
            start = time.perf_counter()
            for _ in range(n // 5):
                await http.get(f"/sse/config/v1/addresses/{made['id']}", headers=headers)
            samples.append((time.perf_counter() - start) / (n // 5))
        return statistics.median(samples)


def main() -> None:
    cat = load()
    create = cat["address"].operations["create"]
    rule = cat["securityRule"].operations["create"]
    rt = asyncio.run(round_trip())
    rows = [("address.create (guide example)", per_call(lambda: validate_params(create, ADDRESS))),
            ("securityRule.create (guide example)", per_call(lambda: validate_params(rule, RULE)))]
    print(f"in-process emulator round trip (GET by id): {rt * 1e6:.0f} µs")
    print(f"{'validation of':<38} {'µs/call':>8} {'% of round trip':>16}  target")
    for name, cost in rows:
        print(f"{name:<38} {cost * 1e6:>8.1f} {cost / rt * 100:>15.1f}%  < 5%")


if __name__ == "__main__":
    main()
