"""Health: the connection check, and the health of the tenant's tunnels.

:mod:`.check` is ``client.check()`` (the guide's "Test Connection"); :mod:`.probes`
measures latency, jitter and loss per tunnel path. Both are re-exported or imported
lazily so that ``import sasekit`` stays light.
"""

from .check import REMEDIES, HealthReport, Step, check_flow

__all__ = ["REMEDIES", "HealthReport", "Step", "check_flow"]
