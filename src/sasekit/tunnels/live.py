"""A site's tunnels checked against the live tenant: what ``tunnel check`` and the health
view's root causes both run, so the two never disagree about a mismatch."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sasekit.errors import ValidationError

from .check import PrismaNames, SiteCheck, check_site
from .intent import Intent
from .model import Tunnel
from .prisma import Tenant, site_tunnels, tunnels_from

#: How the real service returns a stored pre-shared key: encrypted, so not comparable.
ENCRYPTED_PSK = "-AQ=="


def site_check(intent: Intent, tenant: Tenant, site_name: str, *, branch: Sequence[Tunnel] | None = None,
               device: str | None = None, prisma_address: str | None = None, intent_path: str | None = None
               ) -> tuple[SiteCheck, list[str]]:
    """The site's live Prisma side against ``branch`` (default: the intent's render), and
    warnings about the Prisma side (objects missing in the tenant). A site the intent does
    not have, or cannot render, is a ValidationError saying why."""
    site = intent.site(site_name)
    if prisma_address:
        tenant.addresses[site.name] = prisma_address
    intended, _, problems = site_tunnels(intent, site, tenant)
    if problems:
        raise ValidationError([f"site {site_name}: " + "; ".join(problems)])
    rn = tenant.get("remoteNetwork", site.name)
    prisma: list[Tunnel] = []
    warnings: list[str] = []
    if rn is not None:
        prisma, warnings = tunnels_from(tenant, rn)
    prisma = [t.with_(psk=None) if (t.psk or "").startswith(ENCRYPTED_PSK) else t for t in prisma]
    ike_name, ipsec_name = site.crypto.profile_names(site.name)
    names = {t.name: PrismaNames(ike_crypto=ike_name, ipsec_crypto=ipsec_name, gateway=t.name, tunnel=t.name,
                                 remote_network=site.name) for t in intended}
    report = check_site(prisma, intended if branch is None else list(branch), device=device or site.device,
                        names=names, intended=intended, intent_path=intent_path)
    return report, warnings


def checks(client: Any, intent: Intent, *, intent_path: str | None = None) -> list[SiteCheck]:
    """Every site of the intent checked against the tenant, read once."""
    from .prisma import read_tenant

    tenant = read_tenant(client, intent.folder)
    out = []
    for site in intent.sites:
        try:
            out.append(site_check(intent, tenant, site.name, intent_path=intent_path)[0])
        except ValidationError:
            continue  # a site that cannot be rendered has no tunnels to compare (tunnel validate says why)
    return out
