"""The operations of tests/data/pan_scm_sdk_services.py known to fail, and why.

Three kinds (the first word of each entry):

- ``sdk``: a bug of pan-scm-sdk 0.15.1 itself, shown by its source (file:line under
  ``site-packages/scm/``). These stay excluded; the evidence is the reason.
- ``emulator``: sasekit's emulator or catalog answers what the real service would not;
  expected to be fixed (the unified ``/config/<group>/v1`` family compiled from its own
  spec, and the emulator state work). When one is fixed the test fails until the entry
  is removed here: that is the point.
- ``not-served``: the SDK calls an API the emulator does not model at all (insights,
  incidents, device operations). Reported as such and not counted as working or failing.

``compare`` matches a run against this table: every failure must be listed, and every
listed operation must still fail.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SDK_BUG, EMULATOR, NOT_SERVED_KIND = "sdk", "emulator", "not-served"

# -- Causes: one paragraph each, the evidence included ------------------------------------

SDK_BASE_URL = (
    "pan-scm-sdk: RemoteNetworks rewrites the shared client's base URL. "
    "scm/config/deployment/remote_networks.py:52, in RemoteNetworks.__init__: "
    "`self.api_client.api_base_url = \"https://api.sase.paloaltonetworks.com\"`. The Scm client is "
    "shared by all its services, so from the first `client.remote_network` on, every request of "
    "every service of that client goes to the production legacy host, whatever api_base_url the "
    "user gave (the driver refuses those requests: they are not for the emulator).")
SDK_INSIGHTS_HOST = (
    "pan-scm-sdk: the Insights services ignore api_base_url. scm/insights/__init__.py:21 "
    "`INSIGHTS_BASE_URL = \"https://api.strata.paloaltonetworks.com/insights/v3.0\"` (a class constant) "
    "and :119 `requests.post(endpoint, ...)`: a module-level call, not the client's session "
    "(no retries, no token refresh), to a host the user cannot change.")
SDK_AUTO_TAG_BY_ID = (
    "pan-scm-sdk: AutoTagActions.update/delete address /auto-tag-actions/{id}, which the API does not "
    "have. scm/config/objects/auto_tag_actions.py:163-164 (PUT {ENDPOINT}/{object_id}) and :435-436 "
    "(DELETE {ENDPOINT}/{object_id}); scm-config/objects.yaml has only /auto-tag-actions: PUT with the "
    "object in the body, DELETE with the required query `name` (api-facts, Names: autoTagAction is "
    "addressed by name). The emulator's 404 'no such path' is the service's answer.")
SDK_AUTH_SETTINGS_BY_ID = (
    "pan-scm-sdk: AuthSettings.get/update/delete address /authentication-settings/{id}, which the "
    "API does not have, with an id its own response model does not carry. "
    "scm/config/mobile_agent/auth_settings.py:167 (GET {ENDPOINT}/{object_id}), :196 (PUT) and :373 "
    "(DELETE); scm-config/mobile-agent.yaml has only /authentication-settings (GET, POST, PUT and "
    "DELETE on the collection) and /authentication-settings/{name}:move. The update goes to "
    "/authentication-settings/None; the emulator's 404 'no such path' is the service's answer.")

NOT_SERVED_OPERATIONS = (
    "not served: /operations/v1/... (local-config, device jobs) is in none of the specs in "
    "../shared/openapi; the emulator models the configuration API and answers 404 'no such path'.")

#: (service, operation) -> (kind, cause). The causes above; the kinds in the module docstring.
KNOWN: dict[tuple[str, str], tuple[str, str]] = {
    # pan-scm-sdk's own bugs (stay excluded)
    ("remote_network", "instantiate"): (SDK_BUG, SDK_BASE_URL),
    ("remote_network", "create"): (SDK_BUG, SDK_BASE_URL),
    ("remote_network", "list"): (SDK_BUG, SDK_BASE_URL),
    ("alerts", "list"): (SDK_BUG, SDK_INSIGHTS_HOST),
    ("auto_tag_action", "update"): (SDK_BUG, SDK_AUTO_TAG_BY_ID),
    ("auto_tag_action", "delete"): (SDK_BUG, SDK_AUTO_TAG_BY_ID),
    ("auth_setting", "update"): (SDK_BUG, SDK_AUTH_SETTINGS_BY_ID),
    ("auth_setting", "delete"): (SDK_BUG, SDK_AUTH_SETTINGS_BY_ID),
    # the emulator's (EXPECTED_TO_FIX): none left; a new one goes here, kind EMULATOR
    # APIs the emulator does not model
    ("local_config", "list_versions"): (NOT_SERVED_KIND, NOT_SERVED_OPERATIONS),
    ("device_operations", "route_table"): (NOT_SERVED_KIND, NOT_SERVED_OPERATIONS),
}

SDK_BUGS = frozenset(k for k, (kind, _) in KNOWN.items() if kind == SDK_BUG)
EXPECTED_TO_FIX = frozenset(k for k, (kind, _) in KNOWN.items() if kind == EMULATOR)
NOT_SERVED = frozenset(k for k, (kind, _) in KNOWN.items() if kind == NOT_SERVED_KIND)


@dataclass
class Comparison:
    """A run against :data:`KNOWN`."""

    new: list[dict[str, Any]] = field(default_factory=list)       # failed, not listed
    fixed: list[tuple[str, str]] = field(default_factory=list)    # listed, now ok
    unreached: list[tuple[str, str, str]] = field(default_factory=list)  # listed, not run

    @property
    def exact(self) -> bool:
        return not (self.new or self.fixed or self.unreached)

    def message(self) -> str:
        lines = []
        if self.new:
            lines.append(f"{len(self.new)} operation(s) fail that tests/data/pan_scm_sdk_known.py does not list:")
            for r in self.new:
                req = r.get("request") or {}
                lines.append(f"  {(r['service'], r['op'])!r}: {r.get('cause') or r.get('exception')}"
                             f"  [{req.get('method', '')} {req.get('path', '')} query={req.get('query')}"
                             f" body_keys={req.get('body_keys')}]")
        if self.fixed:
            lines.append(f"{len(self.fixed)} listed operation(s) now work: remove them from KNOWN "
                         f"(EXPECTED_TO_FIX reached):")
            lines += [f"  {k!r}: was {KNOWN[k][0]}: {KNOWN[k][1][:120]}" for k in self.fixed]
        if self.unreached:
            lines.append(f"{len(self.unreached)} listed operation(s) were not run (an earlier step fails now):")
            lines += [f"  {(s, o)!r}: {why}" for s, o, why in self.unreached]
        return "\n".join(lines)


def compare(results: list[dict[str, Any]]) -> Comparison:
    out = Comparison()
    seen: dict[tuple[str, str], dict[str, Any]] = {(r["service"], r["op"]): r for r in results}
    for key, r in seen.items():
        if r["result"] == "failed" and key not in KNOWN:
            out.new.append(r)
    for key in KNOWN:
        r = seen.get(key)
        if r is None or r["result"] in ("skipped", "not-offered"):
            out.unreached.append((*key, (r or {}).get("cause") or "not in the run"))
        elif r["result"] == "ok":
            out.fixed.append(key)
    return out


def kind_of(service: str, op: str) -> str | None:
    entry = KNOWN.get((service, op))
    return entry[0] if entry else None
