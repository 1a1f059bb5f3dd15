"""The Prisma side of a lab tunnel: a strongSwan responder configured from what SCM runs.

The tunnel is read from the tenant after the push (:func:`sasekit.tunnels.prisma.tunnels_from`,
the mapping the check uses), not from the intent, and mirrored: Prisma's address and
identity become the local ones, the branch's the remote ones, the traffic selectors swap.
It is then written by the same strongSwan renderer as a branch, with the three actions of
an initiator (start, restart on close and on DPD) turned into a responder's (wait).
Prisma's identity, when its gateway sets none, is its address — as the branch expects.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sasekit.tunnels.devices import get
from sasekit.tunnels.model import BgpPeer, Identity, Tunnel

RESPONDER_ACTIONS = (("start_action = start", "start_action = none"),
                     ("close_action = start", "close_action = none"),
                     ("dpd_action = restart", "dpd_action = clear"))


def mirrored(t: Tunnel) -> Tunnel:
    """``t`` seen from Prisma: its local side is Prisma's."""
    if t.prisma_address is None:
        raise ValueError(f"tunnel {t.name}: Prisma's public address is not known yet: push first")
    prisma_id = t.prisma_id or Identity("ipaddr", t.prisma_address)
    branch_id = t.branch_id or (Identity("ipaddr", t.branch_address) if t.branch_address != "dynamic" else None)
    bgp = None
    if t.bgp is not None:
        bgp = BgpPeer(t.bgp.peer_as, t.bgp.local_as, t.bgp.peer_address, t.bgp.local_address, t.bgp.secret)
    return replace(t, branch_address=t.prisma_address,
                   prisma_address="%any" if t.branch_address == "dynamic" else t.branch_address,
                   branch_id=prisma_id, prisma_id=branch_id, branch_ts=t.prisma_ts, prisma_ts=t.branch_ts, bgp=bgp,
                   interface="")


def responder_conf(t: Tunnel) -> str:
    """A responder's swanctl.conf for one Prisma-side tunnel."""
    text = get("strongswan").render([mirrored(t).with_(bgp=None)])["swanctl.conf"]
    for initiator, responder in RESPONDER_ACTIONS:
        text = text.replace(initiator, responder)
    return re.sub(r"^# swanctl.conf for site .*$", f"# Prisma side of tunnel {t.name} (lab responder, "
                                                   f"from the pushed configuration)", text, count=1, flags=re.M)
