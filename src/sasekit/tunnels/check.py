"""Predict what IKEv2 does between a branch and Prisma Access, and why it fails.

The branch device initiates, Prisma Access responds; :func:`predict` walks the exchange
the way the responder decides it (measured with strongSwan 5.9, see the table "What must
match for IKEv2/IPsec to come up" in the health facts):

1. IKE_SA_INIT: the IKE versions, then the first of the *initiator's* IKE proposals,
   in its order, that the responder accepts (an exact match of encryption,
   integrity/PRF and DH group). Overlap is enough.
2. IKE_AUTH: the identities (a missing id is the side's address), then the
   pre-shared key. Both fail as ``AUTHENTICATION_FAILED``.
3. The first CHILD_SA (built in IKE_AUTH, PFS ignored): the ESP proposals, then the
   traffic selectors (the branch's must lie within Prisma's).
4. Latent: the PFS group only matters at the first CHILD_SA rekey.
5. BGP over the tunnel, each tunnel with its own peer.
6. Lifetimes, DPD and NAT-T may differ (notes, not events).

Every difference is an :class:`Event` named as the product document names them
("Prisma IKE Config Mismatch", "Prisma IPsec Config Mismatch"; BGP has no name there,
so sasekit's own "Prisma BGP Config Mismatch"), with the fix on either side: sasekit
commands for Prisma, device lines (:mod:`sasekit.tunnels.devices`) for the branch.
Pre-shared keys and BGP secrets never appear in an event, a fix or a report: they are
shown as "differs" and written as placeholders.
"""

from __future__ import annotations

import importlib
import ipaddress
import json
import re
import shlex
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from dataclasses import field as _field
from typing import Any

from .model import (
    GCM,
    BgpPeer,
    EspProposal,
    Identity,
    IkeProposal,
    Tunnel,
    esp_lists,
    ike_lists,
    ike_product,
)

IKE_EVENT = "Prisma IKE Config Mismatch"
IPSEC_EVENT = "Prisma IPsec Config Mismatch"
BGP_EVENT = "Prisma BGP Config Mismatch"

#: The stages of an event, in the order the exchange reaches them.
STAGES = ("IKE_SA_INIT", "IKE_AUTH", "CREATE_CHILD_SA", "rekey", "BGP")

#: Written in fixes where a secret belongs; sasekit never prints the secret itself.
PSK_PLACEHOLDER = "<pre-shared key>"
BGP_SECRET_PLACEHOLDER = "<BGP secret>"

FOLDER = "Remote Networks"
DEVICES_MODULE = "sasekit.tunnels.devices"

#: The fields a branch device can be given (``fix_lines``), in the order of a tunnel.
DEVICE_FIELDS = ("ike_version", "ike", "psk", "branch_id", "prisma_id", "esp", "pfs", "branch_ts", "prisma_ts",
                 "bgp", "prisma_address")

_VERSIONS = {"ikev2": frozenset({2}), "ikev1": frozenset({1}), "ikev2-preferred": frozenset({1, 2})}
_ANY4 = "0.0.0.0/0"
_PLAIN = re.compile(r"[A-Za-z0-9_./:@%+=,-]+")


@dataclass(frozen=True)
class PrismaNames:
    """The names of the SCM objects behind one tunnel, for the Prisma-side fix commands.
    Unknown names stay placeholders (``<ike crypto profile>``)."""

    ike_crypto: str = "<ike crypto profile>"
    ipsec_crypto: str = "<ipsec crypto profile>"
    gateway: str = "<ike gateway>"
    tunnel: str = "<ipsec tunnel>"
    remote_network: str = "<remote network>"
    folder: str = FOLDER

    @classmethod
    def for_tunnel(cls, tunnel: Tunnel) -> PrismaNames:
        """sasekit's own naming (:func:`sasekit.tunnels.prisma.tunnel_objects`): the IKE
        gateway and IPsec tunnel are named after the tunnel, the remote network after
        the site; the crypto profiles stay placeholders."""
        return cls(gateway=tunnel.name, tunnel=tunnel.name, remote_network=tunnel.site or cls.remote_network)


@dataclass
class Event:
    """One difference that breaks (or will break) a tunnel or its BGP session.

    ``prisma``/``branch`` are the two values as short text (a secret is "differs");
    ``change`` is the side to change; ``fixes`` the way to do it on either side
    (``"prisma"``: sasekit commands, ``"branch"``: device lines). ``masked``: the
    exchange fails earlier, so this one shows only once that is fixed."""

    name: str
    tunnel: str
    stage: str
    field: str
    prisma: str
    branch: str
    symptom: str
    responder_log: str
    latent: bool = False
    change: str = "branch"
    fixes: dict[str, list[str]] = _field(default_factory=lambda: {"prisma": [], "branch": []})
    masked: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "tunnel": self.tunnel, "stage": self.stage, "field": self.field,
                "prisma": self.prisma, "branch": self.branch, "symptom": self.symptom,
                "responder_log": self.responder_log, "latent": self.latent, "change": self.change,
                "masked": self.masked, "fixes": {k: list(v) for k, v in self.fixes.items()}}

    def format_text(self, number: int = 1) -> str:
        where = f"{self.field} at {self.stage}"
        flags = []
        if self.latent:
            flags.append("latent: the tunnel comes up, then fails")
        if self.masked:
            flags.append("shows once the earlier failure is fixed")
        lines = [f"  {number}. {self.name}: {where}" + (f" ({'; '.join(flags)})" if flags else ""),
                 f"     Prisma: {self.prisma}",
                 f"     branch: {self.branch}",
                 f"     branch sees: {self.symptom}",
                 f"     Prisma logs: {self.responder_log}"]
        other = "prisma" if self.change == "branch" else "branch"
        for i, side in enumerate((self.change, other)):
            fixes = self.fixes.get(side) or []
            label = "Prisma" if side == "prisma" else "the branch"
            head = f"change {label}" if i == 0 else f"or change {label}"
            if not fixes:
                lines.append(f"     {head}: (no fix available)")
                continue
            lines.append(f"     {head}:")
            lines.extend(f"       {line}" for line in fixes)
        return "\n".join(lines)


@dataclass
class Prediction:
    """What IKEv2 does for one tunnel. ``ike_sa`` up|fails, ``child_sa`` up|fails|not
    tried, ``rekey`` ok|fails|not tried, ``bgp`` ok|mismatch|off; ``ike``/``esp`` the
    proposals the responder picks (None: none agreed, or not known)."""

    tunnel: str
    role: str = "primary"
    site: str = ""
    ike_version: str | None = "ikev2"
    ike_sa: str = "up"
    child_sa: str = "up"
    rekey: str = "ok"
    bgp: str = "off"
    ike: IkeProposal | None = None
    esp: EspProposal | None = None
    events: list[Event] = _field(default_factory=list)
    notes: list[str] = _field(default_factory=list)

    @property
    def ok(self) -> bool:
        """No difference that blocks now or later (notes do not count)."""
        return not self.events

    def outcome(self) -> str:
        ike = f"IKE SA {self.ike_sa}"
        if self.ike_sa == "up" and self.ike is not None:
            ike += f" [{_ike_one(self.ike)}]"
        child = f"CHILD_SA {self.child_sa}"
        if self.child_sa == "up" and self.esp is not None:
            child += f" [{_esp_one(self.esp)}]"
        return f"{ike}, {child}, rekey {self.rekey}, BGP {self.bgp}"

    def to_dict(self) -> dict[str, Any]:
        return {"tunnel": self.tunnel, "role": self.role, "site": self.site, "ok": self.ok,
                "ike_version": self.ike_version, "ike_sa": self.ike_sa, "child_sa": self.child_sa,
                "rekey": self.rekey, "bgp": self.bgp,
                "ike": _ike_one(self.ike) if self.ike else None,
                "esp": _esp_one(self.esp) if self.esp else None,
                "events": [e.to_dict() for e in self.events], "notes": list(self.notes)}

    def format_text(self) -> str:
        verdict = "ok" if self.ok else f"{len(self.events)} problem{'s' if len(self.events) != 1 else ''}"
        lines = [f"tunnel {self.tunnel} ({self.role}): {verdict}", f"  predicted: {self.outcome()}"]
        lines.extend(e.format_text(i) for i, e in enumerate(self.events, 1))
        lines.extend(f"  note: {n}" for n in self.notes)
        return "\n".join(lines)


@dataclass
class SiteCheck:
    """The tunnels of one site, both sides compared; a tunnel on one side only has a
    prediction of its own, with its "no tunnel" event."""

    site: str
    tunnels: list[Prediction] = _field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(t.ok for t in self.tunnels)

    @property
    def events(self) -> list[Event]:
        return [e for t in self.tunnels for e in t.events]

    def to_dict(self) -> dict[str, Any]:
        return {"site": self.site, "ok": self.ok, "events": [e.to_dict() for e in self.events],
                "tunnels": [t.to_dict() for t in self.tunnels]}

    def format_text(self) -> str:
        n = len(self.events)
        head = f"site {self.site or '(unnamed)'}: {len(self.tunnels)} tunnel{'s' if len(self.tunnels) != 1 else ''}, " + (
            "no problems" if not n else f"{n} problem{'s' if n != 1 else ''}")
        return "\n\n".join([head, *(t.format_text() for t in self.tunnels)]) + "\n"


# ---------------------------------------------------------------------------- public


def predict(prisma: Tunnel, branch: Tunnel, *, device: str = "strongswan", names: PrismaNames | None = None,
            intended: Tunnel | None = None, intent_path: str | None = None) -> Prediction:
    """The IKEv2 outcome for one tunnel when ``branch`` initiates to ``prisma``.

    ``prisma`` is built from the live SCM objects, ``branch`` from the intent or a
    device configuration; both in the model's orientation (``branch_*`` the branch's).
    With ``intended``, each event changes the side that differs from it; otherwise the
    branch (sasekit manages the Prisma side)."""
    return _Checker(prisma, branch, device=device, names=names, intended=intended,
                    intent_path=intent_path).run()


def check_site(prisma: Sequence[Tunnel], branch: Sequence[Tunnel], *, device: str = "strongswan",
               names: Mapping[str, PrismaNames] | None = None, intended: Sequence[Tunnel] | None = None,
               intent_path: str | None = None) -> SiteCheck:
    """Every tunnel of a site: paired by name, then by role; ``names`` by tunnel name."""
    pairs, only_prisma, only_branch = _pair(list(prisma), list(branch))
    wanted = list(intended) if intended is not None else None
    site = next((t.site for t in [*prisma, *branch] if t.site), "")
    out = SiteCheck(site=site)
    names = names or {}
    for p, b in pairs:
        partner = next((t for t in prisma if t is not p and t.role != p.role), None)
        checker = _Checker(p, b, device=device, names=names.get(p.name) or names.get(b.name),
                           intended=_match(p, wanted, by_role=False) or _match(b, wanted),
                           intent_path=intent_path, partner=partner)
        out.tunnels.append(checker.run())
    for t in only_prisma:
        out.tunnels.append(_one_sided(t, "prisma", device, names.get(t.name), wanted, intent_path))
    for t in only_branch:
        out.tunnels.append(_one_sided(t, "branch", device, names.get(t.name), wanted, intent_path))
    return out


# ---------------------------------------------------------------------------- pairing


def _pair(prisma: list[Tunnel], branch: list[Tunnel]
          ) -> tuple[list[tuple[Tunnel, Tunnel]], list[Tunnel], list[Tunnel]]:
    pairs: list[tuple[Tunnel, Tunnel]] = []
    left_p, left_b = list(prisma), list(branch)
    for p in list(left_p):
        b = next((t for t in left_b if t.name == p.name), None)
        if b is not None:
            pairs.append((p, b))
            left_p.remove(p)
            left_b.remove(b)
    for p in list(left_p):
        b = next((t for t in left_b if t.role == p.role), None)
        if b is not None:
            pairs.append((p, b))
            left_p.remove(p)
            left_b.remove(b)
    return pairs, left_p, left_b


def _match(t: Tunnel, candidates: list[Tunnel] | None, *, by_role: bool = True) -> Tunnel | None:
    if candidates is None:
        return None
    return (next((c for c in candidates if c.name == t.name), None)
            or (next((c for c in candidates if c.role == t.role), None) if by_role else None))


def _one_sided(t: Tunnel, side: str, device: str, names: PrismaNames | None, intended: list[Tunnel] | None,
               intent_path: str | None) -> Prediction:
    """A tunnel that only one side has: it cannot come up."""
    names = names or PrismaNames.for_tunnel(t)
    in_intent = _match(t, intended, by_role=False) is not None if intended is not None else None
    if side == "prisma":
        # the branch never initiates it
        change = "prisma" if in_intent is False else "branch"
        branch_fix = [f"# the branch has no tunnel {t.name}: add it"]
        target = _redacted(t)
        for f in DEVICE_FIELDS:
            if (f == "bgp" and t.bgp is None) or (f == "prisma_address" and t.prisma_address is None):
                continue
            branch_fix.extend(_device_lines(device, target, f, _secrets(t)))
        prisma_fix = [f"# remove tunnel {t.name} from remote network {names.remote_network}, then:",
                      _command("ipsecTunnel", names.folder, names.tunnel, [], verb="delete")]
        log = "(nothing: the branch never initiates this tunnel)"
    else:
        change = "prisma" if in_intent else "branch"
        branch_fix = [f"# remove tunnel {t.name} from the branch configuration"]
        prisma_fix = ([f"sasekit tunnel apply {_q(intent_path)}"] if intent_path and in_intent is not False
                      else [f"# add tunnel {t.name} to the intent, then: sasekit tunnel apply INTENT"])
        log = "no IKE config found, sending NO_PROPOSAL_CHOSEN"
    event = Event(name=IKE_EVENT, tunnel=t.name, stage="IKE_SA_INIT", field="tunnel",
                  prisma=t.name if side == "prisma" else "(none)", branch=t.name if side == "branch" else "(none)",
                  symptom="no tunnel: the other side has no configuration for it", responder_log=log,
                  change=change, fixes={"prisma": prisma_fix, "branch": branch_fix})
    return Prediction(tunnel=t.name, role=t.role, site=t.site, ike_version=None, ike_sa="fails",
                      child_sa="not tried", rekey="not tried", bgp="off" if t.bgp is None else "mismatch",
                      events=[event])


# ---------------------------------------------------------------------------- the checker


class _Checker:
    def __init__(self, prisma: Tunnel, branch: Tunnel, *, device: str, names: PrismaNames | None,
                 intended: Tunnel | None, intent_path: str | None, partner: Tunnel | None = None) -> None:
        self.p, self.b = prisma, branch
        self.device = device
        self.names = names or PrismaNames.for_tunnel(prisma)
        self.intended = intended
        self.intent_path = intent_path
        self.partner = partner
        self.secrets = _secrets(prisma, branch, *([intended] if intended else []),
                                *([partner] if partner else []))
        self.out = Prediction(tunnel=prisma.name, role=prisma.role, site=prisma.site or branch.site)

    # -- events

    def note(self, text: str) -> None:
        self.out.notes.append(text)

    def event(self, name: str, stage: str, fld: str, prisma: str, branch: str, symptom: str, log: str, *,
              latent: bool = False, sub: str | None = None, change: str | None = None) -> None:
        self.out.events.append(Event(
            name=name, tunnel=self.p.name, stage=stage, field=fld, prisma=prisma, branch=branch,
            symptom=symptom, responder_log=log, latent=latent, change=change or self.change_side(fld, sub),
            fixes={"prisma": self.prisma_fix(fld, sub), "branch": self.branch_fix(fld)}))

    def change_side(self, fld: str, sub: str | None) -> str:
        """The side that differs from the intent; the branch without one."""
        if self.intended is None:
            return "branch"
        want = _key(self.intended, fld, sub)
        if _key(self.p, fld, sub) != want and _key(self.b, fld, sub) == want:
            return "prisma"
        return "branch"

    # -- the exchange

    def run(self) -> Prediction:
        self.versions()
        self.address()
        self.ike_proposals()
        self.identities()
        self.psk()
        # The responder picks the CHILD_SA's configuration by its traffic selectors first,
        # then a proposal of it (strongSwan's child_create; bench/ike_conformance.py found it):
        # when both differ the branch sees TS_UNACCEPTABLE, and the ESP difference shows after.
        refused = len(self.out.events)
        self.selectors()
        ts_refused = len(self.out.events) > refused
        before_esp = len(self.out.events)
        self.esp_proposals()
        if ts_refused:
            for e in self.out.events[before_esp:]:
                if e.stage == "CREATE_CHILD_SA":
                    e.masked = True
        self.bgp()
        self.not_blocking()
        self.settle()
        return self.out

    def versions(self) -> None:
        pv, bv = self.p.ike_version, self.b.ike_version
        if pv not in _VERSIONS or bv not in _VERSIONS:
            self.note(f"ike_version: Prisma {pv!r}, branch {bv!r}: not a known version, not compared")
            return
        common = _VERSIONS[pv] & _VERSIONS[bv]
        if not common:
            self.out.ike_version = None
            self.event(IKE_EVENT, "IKE_SA_INIT", "ike_version", pv, bv, "NO_PROPOSAL_CHOSEN at IKE_SA_INIT",
                       "no IKE config found, sending NO_PROPOSAL_CHOSEN")
        elif 2 not in common:
            self.out.ike_version = "ikev1"
            self.note(f"ike_version: Prisma {pv}, branch {bv}: IKEv1 is negotiated; this prediction follows "
                      "IKEv2's rules")
        else:
            self.out.ike_version = "ikev2"

    def address(self) -> None:
        pa, ba = self.p.prisma_address, self.b.prisma_address
        if pa and ba and _norm_address(pa) != _norm_address(ba):
            self.event(IKE_EVENT, "IKE_SA_INIT", "prisma_address", pa, ba,
                       f"no answer to IKE_SA_INIT: the branch sends to {ba}, not to Prisma's {pa} (it "
                       "retransmits, then gives up)", "(nothing: Prisma receives no IKE_SA_INIT)",
                       change="branch")

    def ike_proposals(self) -> None:
        p, b = self.p.ike, self.b.ike
        if not p or not b:
            self.note(f"ike: {_unknown(not p, not b)} IKE proposals are not known: not compared")
            return
        accepted = set(p)
        chosen = next((x for x in b if x in accepted), None)
        if chosen is not None:
            self.out.ike = chosen
            if chosen != b[0]:
                self.note(f"ike: Prisma does not accept the branch's first IKE proposal ({_ike_one(b[0])}); "
                          f"it picks {_ike_one(chosen)}")
            return
        missing = []
        if not {x.encryption for x in p} & {x.encryption for x in b}:
            missing.append("ENCRYPTION_ALGORITHM")
        if not {x.integrity for x in p} & {x.integrity for x in b}:
            all_gcm = all(x.encryption in GCM for x in b)
            missing.append("PSEUDO_RANDOM_FUNCTION" if all_gcm else "INTEGRITY_ALGORITHM")
        if not {x.dh_group for x in p} & {x.dh_group for x in b}:
            missing.append("KEY_EXCHANGE_METHOD")
        log = "; ".join(f"no acceptable {m} found" for m in missing) or (
            "no acceptable proposal found (each transform overlaps, no combination does)")
        self.event(IKE_EVENT, "IKE_SA_INIT", "ike", _ike_text(p), _ike_text(b), "NO_PROPOSAL_CHOSEN at IKE_SA_INIT",
                   log)

    def identities(self) -> None:
        # (field, the branch side's id, Prisma's id, who sends it): branch_id is the branch's
        # local id against the peer id Prisma expects; prisma_id Prisma's local id against
        # the remote id the branch expects
        for fld, id_of, sender in (("branch_id", _branch_id, "branch"), ("prisma_id", _prisma_id, "prisma")):
            on_branch, on_prisma = id_of(self.b), id_of(self.p)
            if fld == "prisma_id" and self.p.prisma_id is None and self.b.prisma_id is None and any(
                    e.field == "prisma_address" for e in self.out.events):
                continue  # both are Prisma's address: that difference is already an event
            sent, expected = (on_branch, on_prisma) if sender == "branch" else (on_prisma, on_branch)
            if expected is None:
                continue  # no id and no address: any id is accepted
            if sent is None:
                if expected.kind == "ipaddr":
                    self.note(f"{fld}: {'the branch' if sender == 'branch' else 'Prisma'} sends its address as "
                              f"its id, which is not known here (expected {expected}): not compared")
                    continue
            elif _id_key(sent) == _id_key(expected):
                continue
            self.event(IKE_EVENT, "IKE_AUTH", fld, _id_text(on_prisma, getattr(self.p, fld)),
                       _id_text(on_branch, getattr(self.b, fld)),
                       "AUTHENTICATION_FAILED at IKE_AUTH (indistinguishable from a wrong pre-shared key)",
                       "no matching peer config found")

    def psk(self) -> None:
        p, b = self.p.psk, self.b.psk
        if p is None or b is None:
            self.note(f"psk: {_unknown(p is None, b is None)} pre-shared key is not known (masked?): the PSK "
                      "could not be compared")
            return
        if p != b:
            self.event(IKE_EVENT, "IKE_AUTH", "psk", "differs", "differs", "AUTHENTICATION_FAILED at IKE_AUTH",
                       "tried 1 shared key, but MAC mismatched")

    def esp_proposals(self) -> None:
        p, b = self.p.esp, self.b.esp
        if not p or not b:
            self.note(f"esp: {_unknown(not p, not b)} ESP proposals are not known: not compared")
            return
        pairs = {(x.encryption, x.integrity) for x in p}
        chosen = next((x for x in b if (x.encryption, x.integrity) in pairs), None)
        if chosen is None:
            self.event(IPSEC_EVENT, "CREATE_CHILD_SA", "esp", _esp_text(p), _esp_text(b),
                       "IKE SA up, no CHILD_SA built (NO_PROPOSAL_CHOSEN)", "no acceptable proposal found")
            p_pfs, b_pfs = {x.pfs for x in p}, {x.pfs for x in b}
            if not p_pfs & b_pfs:
                self.pfs_event(", ".join(sorted(p_pfs)), ", ".join(sorted(b_pfs)))
            return
        self.out.esp = chosen
        exact = set(p)
        if any(x in exact for x in b):
            return
        # the first CHILD_SA came up without PFS; its rekey needs the same group on both sides
        same = [x.pfs for x in p if (x.encryption, x.integrity) == (chosen.encryption, chosen.integrity)]
        self.pfs_event(", ".join(dict.fromkeys(same)), chosen.pfs)

    def pfs_event(self, prisma: str, branch: str) -> None:
        minutes = max(1, round(min(self.p.esp_lifetime, self.b.esp_lifetime) / 60))
        self.event(IPSEC_EVENT, "rekey", "pfs", prisma, branch,
                   f"tunnel comes up, then fails at the first CHILD_SA rekey, about {minutes} minutes after it "
                   "comes up", "no acceptable KEY_EXCHANGE_METHOD found", latent=True)

    def selectors(self) -> None:
        proposed_local = self.b.branch_ts or (_ANY4,)
        proposed_remote = self.b.prisma_ts or (_ANY4,)
        log = f"traffic selectors {', '.join(proposed_local)} === {', '.join(proposed_remote)} unacceptable"
        for fld, proposed, allowed in (("branch_ts", proposed_local, self.p.branch_ts),
                                       ("prisma_ts", proposed_remote, self.p.prisma_ts)):
            if not allowed:
                continue  # Prisma accepts any
            want = _networks(proposed, f"the branch's {fld}", self.note)
            have = _networks(allowed, f"Prisma's {fld}", self.note)
            if want is None or have is None:
                continue
            if all(any(_within(w, h) for h in have) for w in want):
                continue
            if any(w.version == h.version and w.overlaps(h) for w in want for h in have):
                # a responder narrows what overlaps (RFC 7296 2.9; strongSwan does, measured by
                # bench/ike_conformance.py): the CHILD_SA comes up with the narrower selectors
                self.note(f"{fld}: the branch proposes {', '.join(proposed)}, Prisma allows {', '.join(allowed)}: "
                          "narrowed by Prisma to what both allow (traffic outside it is not carried)")
                continue
            self.event(IPSEC_EVENT, "CREATE_CHILD_SA", fld, ", ".join(allowed),
                       ", ".join(getattr(self.b, fld)) or f"{_ANY4} (any)",
                       "IKE SA up, no CHILD_SA built (TS_UNACCEPTABLE)", log)

    def bgp(self) -> None:
        p, b = self.p.bgp, self.b.bgp
        if p is None and b is None:
            self.out.bgp = "off"
            return
        if p is None or b is None:
            on = "branch" if p is None else "Prisma"
            self.event(BGP_EVENT, "BGP", "bgp", _bgp_text(p), _bgp_text(b),
                       f"BGP session stays in Active/Connect (BGP is configured on {on} only)",
                       "no BGP peer configured for the branch" if p is None
                       else "BGP peer stays in Active: the branch never opens a session", sub="enabled")
            return
        unknown = [f for f in ("local_as", "peer_as", "local_address", "peer_address") if
                   not getattr(p, f) or not getattr(b, f)]
        if unknown:
            self.note(f"bgp: {', '.join(unknown)} not known on one side: not compared")
        for f, what in (("local_as", "the branch's AS"), ("peer_as", "Prisma's AS")):
            pv, bv = getattr(p, f), getattr(b, f)
            if f not in unknown and str(pv) != str(bv):
                self.event(BGP_EVENT, "BGP", "bgp", f"{f}={pv}", f"{f}={bv}",
                           "BGP session stays in Active/Connect",
                           f"OPEN message error: bad peer AS ({what}: expected {pv}, got {bv})", sub=f)
        pl, pp, bl, bp = p.local_address, p.peer_address, b.local_address, b.peer_address
        known = "local_address" not in unknown and "peer_address" not in unknown
        if known and _norm_address(bl) == _norm_address(pp) and _norm_address(bp) == _norm_address(pl) and \
                _norm_address(pl) != _norm_address(pp):
            self.event(BGP_EVENT, "BGP", "bgp", f"local_address={pl}, peer_address={pp}",
                       f"local_address={bl}, peer_address={bp}",
                       "BGP session stays in Active/Connect (the addresses are swapped)",
                       f"BGP connection from {bl} refused: the peer is expected at {pl}", sub="addresses")
        else:
            for f in ("local_address", "peer_address"):
                pv, bv = getattr(p, f), getattr(b, f)
                if f not in unknown and _norm_address(pv) != _norm_address(bv):
                    self.event(BGP_EVENT, "BGP", "bgp", f"{f}={pv}", f"{f}={bv}",
                               "BGP session stays in Active/Connect",
                               f"no BGP session with the branch: {f} expected {pv}, the branch uses {bv}", sub=f)
        if p.secret != b.secret:
            both = p.secret is not None and b.secret is not None
            self.event(BGP_EVENT, "BGP", "bgp", "secret differs" if both else _set(p.secret),
                       "secret differs" if both else _set(b.secret),
                       "BGP session resets: TCP MD5 signature mismatch" if both else
                       "BGP session stays in Active/Connect: TCP MD5 signature on one side only",
                       "TCP MD5 signature mismatch" if both else "TCP MD5 signature missing or unexpected",
                       sub="secret")

    def not_blocking(self) -> None:
        p, b = self.p, self.b
        if p.ike_lifetime != b.ike_lifetime:
            self.note(f"ike_lifetime: Prisma {p.ike_lifetime} s, branch {b.ike_lifetime} s: not blocking (each "
                      "side rekeys on its own timer)")
        if p.esp_lifetime != b.esp_lifetime:
            self.note(f"esp_lifetime: Prisma {p.esp_lifetime} s, branch {b.esp_lifetime} s: not blocking (each "
                      "side rekeys on its own timer)")
        if p.dpd != b.dpd:
            self.note(f"dpd: Prisma {_onoff(p.dpd)}, branch {_onoff(b.dpd)}: not blocking (a dead peer is found "
                      "by one side only)")
        if p.nat_traversal != b.nat_traversal:
            self.note(f"nat_traversal: Prisma {_onoff(p.nat_traversal)}, branch {_onoff(b.nat_traversal)}: not "
                      "blocking (needed only behind NAT)")

    def settle(self) -> None:
        """The outcome by stage; events after the first failing stage are masked."""
        out = self.out
        failing = [STAGES.index(e.stage) for e in out.events if not e.latent and e.stage != "BGP"]
        first = min(failing, default=len(STAGES))
        for e in out.events:
            if STAGES.index(e.stage) > first:
                e.masked = True
        stages = {e.stage for e in out.events}
        out.ike_sa = "fails" if stages & {"IKE_SA_INIT", "IKE_AUTH"} else "up"
        out.child_sa = "not tried" if out.ike_sa != "up" else ("fails" if "CREATE_CHILD_SA" in stages else "up")
        out.rekey = "not tried" if out.child_sa != "up" else ("fails" if "rekey" in stages else "ok")
        if self.p.bgp is None and self.b.bgp is None:
            out.bgp = "off"
        else:
            out.bgp = "mismatch" if "BGP" in stages else "ok"
        out.events.sort(key=lambda e: STAGES.index(e.stage))

    # -- fixes

    def branch_fix(self, fld: str) -> list[str]:
        """The device lines that give the branch Prisma's value of ``fld``."""
        p, b = self.p, self.b
        if fld == "branch_id":
            target = b.with_(branch_id=_branch_id(p))
        elif fld == "prisma_id":
            target = b.with_(prisma_id=_prisma_id(p))
        elif fld == "pfs":
            pfs = next((x.pfs for x in p.esp), "no-pfs")
            target = b.with_(esp=tuple(replace(x, pfs=pfs) for x in b.esp) or p.esp)
        else:
            target = b.with_(**{fld: getattr(p, fld)})
        return _device_lines(self.device, _redacted(target), fld, self.secrets)

    def prisma_fix(self, fld: str, sub: str | None) -> list[str]:
        """The sasekit commands that give Prisma the branch's value of ``fld``."""
        out: list[str] = []
        if self.intent_path and (self.intended is None or _key(self.intended, fld, sub) == _key(self.b, fld, sub)):
            out.append(f"sasekit tunnel apply {_q(self.intent_path)}")
        n, b = self.names, self.b
        gw = lambda *args: _command("ikeGateway", n.folder, n.gateway, list(args))  # noqa: E731
        if fld == "ike":
            enc, hashes, groups = ike_lists(b.ike)
            args = [*_flags("--encryption", enc), *_flags("--hash", hashes), *_flags("--dh-group", groups)]
            out.append(_command("ikeCryptoProfile", n.folder, n.ike_crypto, args))
        elif fld == "ike_version":
            protocol: dict[str, Any] = {"version": b.ike_version}
            for v in ("ikev1", "ikev2"):
                if int(v[-1]) in _VERSIONS.get(b.ike_version, frozenset()):
                    protocol[v] = {"ike_crypto_profile": n.ike_crypto, "dpd": {"enable": self.p.dpd}}
            out.append(gw("--protocol", _json(protocol)))
        elif fld == "psk":
            out.append(f"# replace {PSK_PLACEHOLDER} with the branch's pre-shared key")
            out.append(gw("--authentication", _json({"pre_shared_key": {"key": PSK_PLACEHOLDER}})))
        elif fld in ("branch_id", "prisma_id"):
            ident = _branch_id(b) if fld == "branch_id" else _prisma_id(b)
            flag = "--peer-id" if fld == "branch_id" else "--local-id"
            if ident is None:
                out.append(f"# the branch gives no {'local' if fld == 'branch_id' else 'remote'} id and its "
                           "address is not known: set the same explicit id on both sides")
            else:
                out.append(gw(flag, _json({"type": ident.kind, "id": ident.value})))
        elif fld == "prisma_address":
            out.append(f"# Prisma assigns its own address ({self.p.prisma_address}): change the branch's remote "
                       "address")
        elif fld == "esp":
            enc, auth, _ = esp_lists(b.esp)
            out.append(_command("ipsecCryptoProfile", n.folder, n.ipsec_crypto,
                                ["--esp", _json({"encryption": enc, "authentication": auth})]))
        elif fld == "pfs":
            chosen = self.out.esp or (b.esp[0] if b.esp else None)
            pfs = chosen.pfs if chosen else "no-pfs"
            out.append(_command("ipsecCryptoProfile", n.folder, n.ipsec_crypto, ["--dh-group", pfs]))
        elif fld in ("branch_ts", "prisma_ts"):
            auto_key: dict[str, Any] = {"ike_gateway": [{"name": n.gateway}], "ipsec_crypto_profile": n.ipsec_crypto}
            if b.branch_ts or b.prisma_ts:
                pairs = [(lo, rem) for lo in (b.prisma_ts or (_ANY4,)) for rem in (b.branch_ts or (_ANY4,))]
                auto_key["proxy_id"] = [{"name": f"proxy-{i}", "local": lo, "remote": rem}
                                        for i, (lo, rem) in enumerate(pairs, 1)]
            out.append(_command("ipsecTunnel", n.folder, n.tunnel, ["--auto-key", _json(auto_key)]))
        elif fld == "bgp":
            out.extend(self.bgp_fix(sub))
        return out

    def bgp_fix(self, sub: str | None) -> list[str]:
        n, b = self.names, self.b.bgp
        if sub == "peer_as" and b is not None:
            return ["# Prisma's AS is the tenant's (shared infrastructure settings): this changes every remote "
                    "network's peering",
                    f"sasekit infrastructureSetting update --infra-bgp-as {_q(b.peer_as)}"]
        if b is None:
            protocol: dict[str, Any] = {"bgp": {"enable": False}}
        else:
            primary = self.b if self.p.role != "secondary" else self.partner
            secondary = self.b if self.p.role == "secondary" else self.partner
            primary_bgp = primary.bgp if primary is not None else None
            bgp: dict[str, Any] = {"enable": True, "peer_as": b.local_as}
            if primary_bgp is not None:
                bgp.update(_rn_peer(primary_bgp))
            protocol = {"bgp": bgp}
            if secondary is not None and secondary.bgp is not None:
                protocol["bgp_peer"] = _rn_peer(secondary.bgp)
        lines = ["# --protocol replaces the remote network's whole protocol object: check it with --dry-run "
                 "first"]
        if self.p.role == "secondary" and self.partner is None:
            lines.append("# add the primary tunnel's peer (bgp: local_ip_address, peer_ip_address) before running it")
        if BGP_SECRET_PLACEHOLDER in json.dumps(protocol):
            lines.append(f"# replace {BGP_SECRET_PLACEHOLDER} with the session's TCP MD5 secret")
        lines.append(_command("remoteNetwork", n.folder, n.remote_network, ["--protocol", _json(protocol)]))
        return lines


# ---------------------------------------------------------------------------- helpers


def _device_lines(device: str, tunnel: Tunnel, fld: str, secrets: Iterable[str]) -> list[str]:
    """``devices.get(device).fix_lines(tunnel, fld)``, with any secret taken out; [] when
    the devices module is not there."""
    try:
        devices = importlib.import_module(DEVICES_MODULE)
    except ModuleNotFoundError as e:
        if e.name == DEVICES_MODULE:
            return []
        raise
    try:
        lines = [str(line) for line in devices.get(device).fix_lines(tunnel, fld)]
    except ValueError as exc:  # the device cannot carry Prisma's value (e.g. Junos and ikev2-preferred)
        return [f"# {device} cannot be given this value: {exc}; change the Prisma side instead"]
    return [_redact(line, secrets) for line in lines]


def _redacted(t: Tunnel) -> Tunnel:
    """The tunnel with its secrets replaced by placeholders (for device lines)."""
    bgp = t.bgp
    if bgp is not None and bgp.secret is not None:
        bgp = replace(bgp, secret=BGP_SECRET_PLACEHOLDER)
    return t.with_(psk=PSK_PLACEHOLDER if t.psk is not None else None, bgp=bgp)


def _secrets(*tunnels: Tunnel) -> list[str]:
    found = set()
    for t in tunnels:
        if t.psk:
            found.add(t.psk)
        if t.bgp is not None and t.bgp.secret:
            found.add(t.bgp.secret)
    return sorted(found, key=len, reverse=True)


def _redact(text: str, secrets: Iterable[str]) -> str:
    for s in secrets:
        if s and s in text:
            text = text.replace(s, "<secret>")
    return text


def _rn_peer(peer: BgpPeer) -> dict[str, Any]:
    """A remote network's peer object from the branch's view of it."""
    out: dict[str, Any] = {"peer_ip_address": peer.local_address, "local_ip_address": peer.peer_address}
    if peer.secret is not None:
        out["secret"] = BGP_SECRET_PLACEHOLDER
    return out


def _key(t: Tunnel, fld: str, sub: str | None) -> object:
    """A field's value for comparing a side with the intent (order-free where the
    responder does not care about order)."""
    if fld == "ike":
        return frozenset(t.ike)
    if fld == "esp":
        return frozenset((x.encryption, x.integrity) for x in t.esp)
    if fld == "pfs":
        return frozenset(x.pfs for x in t.esp)
    if fld == "branch_id":
        ident = _branch_id(t)
        return _id_key(ident) if ident else None
    if fld == "prisma_id":
        ident = _prisma_id(t)
        return _id_key(ident) if ident else None
    if fld in ("branch_ts", "prisma_ts"):
        return frozenset(_norm_net(x) for x in getattr(t, fld))
    if fld == "bgp":
        if t.bgp is None or sub == "enabled":
            return t.bgp is not None
        if sub == "addresses":
            return (_norm_address(t.bgp.local_address), _norm_address(t.bgp.peer_address))
        if sub in ("local_address", "peer_address"):
            return _norm_address(getattr(t.bgp, sub))
        return getattr(t.bgp, sub or "local_as")
    return getattr(t, fld, None)


def _branch_id(t: Tunnel) -> Identity | None:
    """The branch's id: its own, or its address; None when neither is known."""
    return t.branch_id or _address_id(t.branch_address)


def _prisma_id(t: Tunnel) -> Identity | None:
    return t.prisma_id or _address_id(t.prisma_address)


def _address_id(address: str | None) -> Identity | None:
    if not address:
        return None
    try:
        return Identity("ipaddr", str(ipaddress.ip_address(address)))
    except ValueError:
        return None


def _id_key(ident: Identity) -> tuple[str, str]:
    value = ident.value
    if ident.kind == "ipaddr":
        value = _norm_address(value)
    elif ident.kind in ("fqdn", "ufqdn"):
        value = value.lower().rstrip(".")
    return ident.kind, value


def _id_text(ident: Identity | None, explicit: Identity | None) -> str:
    if ident is None:
        return "(its address, not known)"
    return str(ident) if explicit is not None else f"{ident} (the address)"


def _norm_address(value: str) -> str:
    try:
        return str(ipaddress.ip_address(value.split("/")[0]))
    except ValueError:
        return value.strip().lower()


def _norm_net(value: str) -> str:
    try:
        return str(ipaddress.ip_network(value, strict=False))
    except ValueError:
        return value


def _networks(values: Iterable[str], what: str, note: Callable[[str], None]
              ) -> list[ipaddress.IPv4Network | ipaddress.IPv6Network] | None:
    out = []
    for v in values:
        try:
            out.append(ipaddress.ip_network(v, strict=False))
        except ValueError:
            note(f"traffic selectors: {what} {v!r} is not a network: not compared")
            return None
    return out


def _within(inner: ipaddress.IPv4Network | ipaddress.IPv6Network,
            outer: ipaddress.IPv4Network | ipaddress.IPv6Network) -> bool:
    if inner.version != outer.version:
        return False
    return inner.subnet_of(outer)  # type: ignore[arg-type]


def _unknown(prisma: bool, branch: bool) -> str:
    return "Prisma's and the branch's" if prisma and branch else ("Prisma's" if prisma else "the branch's")


def _ike_one(x: IkeProposal) -> str:
    return f"{x.encryption}/{x.integrity}/{x.dh_group}"


def _esp_one(x: EspProposal) -> str:
    text = f"{x.encryption}/{x.integrity}"
    return text + (f", pfs {x.pfs}" if x.pfs != "no-pfs" else ", no-pfs")


def _ike_text(props: Sequence[IkeProposal]) -> str:
    """Proposals as short text: a full product as its lists (``a|b/sha256/group14``)."""
    lists = ike_lists(props)
    if len(props) > 3 and set(ike_product(*lists)) == set(props):
        return "/".join("|".join(x) for x in lists)
    return _listed([_ike_one(x) for x in props])


def _esp_text(props: Sequence[EspProposal]) -> str:
    pairs = list(dict.fromkeys((x.encryption, x.integrity) for x in props))
    encs = list(dict.fromkeys(e for e, _ in pairs))
    auths = list(dict.fromkeys(a for _, a in pairs))
    if len(pairs) > 3 and len(pairs) == len(encs) * len(auths):
        return f"{'|'.join(encs)}/{'|'.join(auths)}"
    return _listed([f"{e}/{a}" for e, a in pairs])


def _listed(items: list[str], limit: int = 6) -> str:
    if len(items) <= limit:
        return ", ".join(items)
    return ", ".join(items[:limit]) + f", ... ({len(items)} in all)"


def _bgp_text(peer: BgpPeer | None) -> str:
    if peer is None:
        return "off"
    return (f"local_as={peer.local_as} peer_as={peer.peer_as} local_address={peer.local_address} "
            f"peer_address={peer.peer_address}" + (" secret set" if peer.secret is not None else ""))


def _set(secret: str | None) -> str:
    return "secret set" if secret is not None else "no secret"


def _onoff(value: bool) -> str:
    return "on" if value else "off"


def _q(value: str) -> str:
    """A shell word: bare when plain, in double quotes when that is safe, else quoted."""
    if _PLAIN.fullmatch(value):
        return value
    if not any(c in value for c in '"\\$`!'):
        return f'"{value}"'
    return shlex.quote(value)


def _json(obj: object) -> str:
    return json.dumps(obj, separators=(", ", ": "))


def _flags(flag: str, values: Iterable[str]) -> list[str]:
    return [x for v in values for x in (flag, v)]


def _command(resource: str, folder: str, name: str, args: list[str], verb: str = "update") -> str:
    words = ["sasekit", resource, verb, "--folder", _q(folder), "--name", _q(name)]
    words.extend(a if a.startswith("--") else _q(a) for a in args)
    return " ".join(words)
