"""A client on an embedded emulator: ``make demo`` and ``sasekit run --emulator``.

Both rehearse real workflows with nothing leaving this machine: an emulator served on
127.0.0.1 for the length of a ``with`` block, and a client logged in to it as the
emulator's demo account.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sasekit.client import Client

__all__ = ["emulated_client"]


@contextlib.contextmanager
def emulated_client(
    *, push_s: float, db: str | os.PathLike[str] = ":memory:"
) -> Iterator[tuple[Client, str]]:
    """Serve an emulator and yield ``(client, url)``; both close when the block ends.

    ``push_s`` is how long the emulator's push jobs take; ``db`` where it keeps its
    state (a file keeps a rehearsal resumable). The client uses the demo account,
    explicitly: with no account configured the emulator would take the ``SCM_*``
    credentials of the environment (a real tenant's), which this client does not use.
    """
    from sasekit.client import Client
    from sasekit.emulator import DEMO_ACCOUNT, Account, EmulatorConfig
    from sasekit.emulator.serve import ServerThread

    config = EmulatorConfig(push_s=push_s, accounts=[Account(**DEMO_ACCOUNT)], db=os.fspath(db))
    with ServerThread(config=config) as srv:
        a = DEMO_ACCOUNT
        # every host on the emulator, the health APIs' too: a rehearsal never reaches a tenant
        with Client(a["client_id"], a["client_secret"], a["tsg_id"], base_url=srv.url,
                    auth_url=srv.url, setup_url=srv.url, incidents_url=srv.url, insights_url=srv.url) as client:
            yield client, srv.url
