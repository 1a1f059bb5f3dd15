"""``make demo``: the IOC-blocking template, rehearsed on the embedded emulator.

Threat intel → address objects → address group → security rule → push → job tree,
run by the workflow runner against an emulator served on 127.0.0.1 for the length
of the demo (nothing leaves this machine), then the run summary: objects created,
job result and time taken. The run is recorded in a temporary history.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from sasekit.rehearsal import emulated_client
from sasekit.workflows.history import History
from sasekit.workflows.runner import Runner

TEMPLATE = Path(__file__).resolve().parent / "workflows" / "templates" / "ioc-blocking.yaml"


def main() -> None:
    err = Console(stderr=True)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp, emulated_client(push_s=1.5) as (client, url):
        err.print(f"[bold]sasekit demo[/]: the IOC-blocking workflow on the embedded emulator at {url}")
        report = client.check()
        err.print(f"health check: {'ok' if report.ok else 'FAILED'}")

        def progress(step: str, done: int, total: int) -> None:
            err.print(f"  {step}: {done}/{total}", highlight=False)

        history = History(Path(tmp) / "runs.db")
        result = Runner(client, history, base_dir=TEMPLATE.parent, progress=progress).run(
            TEMPLATE, target="emulator")
        history.close()
    summary = Table(title=f"Run {result.run_id}: {result.status}")
    summary.add_column("item")
    summary.add_column("value")
    steps = result.steps
    summary.add_row("IOCs parsed", ", ".join(steps["parse"]["output"]["ipv4"]))
    summary.add_row("objects created", f"{result.created} (tag, {len(steps['addresses']['output'])} addresses, "
                                       "address group, security rule)")
    for job in result.jobs:
        summary.add_row(f"job {job.get('id')}", f"{job.get('type_str')}: {job.get('status_str')} "
                                                 f"{job.get('result_str')}")
    summary.add_row("time taken", f"{time.perf_counter() - started:.1f} s (workflow {result.seconds:.1f} s)")
    Console().print(summary)
    if result.status != "succeeded":
        raise SystemExit(f"demo run {result.status}: {result.error}")


if __name__ == "__main__":
    main()
