"""``make demo``: the guide's IOC-blocking chain, rehearsed on the built-in emulator.

Threat intel → address objects → address group → security rule → push → job poll,
against an emulator served on 127.0.0.1 for the length of the demo, then a summary:
objects created, job result and time taken. Nothing leaves this machine.
"""

from __future__ import annotations

import time

from rich.console import Console
from rich.table import Table

from sasekit.client import Client
from sasekit.emulator import DEMO_ACCOUNT, EmulatorConfig
from sasekit.emulator.serve import ServerThread

IOCS = ["203.0.113.42", "198.51.100.7", "192.0.2.66"]


def main() -> None:
    console = Console(stderr=True)
    started = time.perf_counter()
    with ServerThread(config=EmulatorConfig(push_s=1.5)) as srv:
        console.print(f"[bold]sasekit demo[/]: emulator on {srv.url} (demo account, nothing leaves this machine)")
        a = DEMO_ACCOUNT
        with Client(a["client_id"], a["client_secret"], a["tsg_id"], base_url=srv.url, auth_url=srv.url,
                    setup_url=srv.url) as client:
            report = client.check()
            console.print(f"health check: {'ok' if report.ok else 'FAILED'}")
            created = []
            for ip in IOCS:
                name = "Malicious_IP_" + ip.replace(".", "_")
                created.append(client.address.create(folder="Shared", name=name, ip_netmask=f"{ip}/32",
                                                     description="IOC from threat intel feed",
                                                     tag=["Blocked", "ThreatIntel"]))
                console.print(f"  address {name} created")
            group = client.addressGroup.create(folder="Shared", name="Blocked_IOCs",
                                               static=[o["name"] for o in created])
            console.print(f"  address group {group['name']} created ({len(created)} members)")
            rule = client.securityRule.create({"from": ["any"], "to": ["any"]}, folder="Shared", position="pre",
                                              name="Block_IOCs", action="deny", source=[group["name"]],
                                              destination=["any"], application=["any"], service=["any"],
                                              description="Auto-block from threat intel")
            console.print(f"  security rule {rule['name']} created (pre rulebase)")
            console.print("pushing the candidate configuration…")
            result = client.push(["Shared"], "Block IOCs from the demo feed",
                                 progress=lambda job, kids: console.print(
                                     f"  job {job['id']}: {job['status_str']} {job['result_str']} "
                                     f"{job['percent']}%", highlight=False))
            running = client.configVersion.getRunning()
    elapsed = time.perf_counter() - started
    summary = Table(title="Run summary")
    summary.add_column("item")
    summary.add_column("value")
    summary.add_row("objects created", f"{len(created)} addresses, 1 address group, 1 security rule")
    summary.add_row("push job", f"{result['job']['id']} {result['job']['result_str']} "
                                f"({len(result['children'])} child job)")
    summary.add_row("running version", ", ".join(f"{r['device']} v{r['version']}" for r in running))
    summary.add_row("time taken", f"{elapsed:.1f} s")
    Console().print(summary)


if __name__ == "__main__":
    main()
