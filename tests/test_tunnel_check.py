"""sasekit.tunnels.check: the IKEv2 outcome predicted from both sides' tunnels.

Every difference class of the health facts' table "What must match for IKEv2/IPsec to
come up", in both directions: the branch differs from Prisma (change the branch), and
Prisma differs from the branch and the intent (change Prisma).
"""

from __future__ import annotations

import json
import sys
import types
from dataclasses import dataclass, replace
from typing import Any

import pytest

from sasekit.tunnels.check import (
    BGP_EVENT,
    BGP_SECRET_PLACEHOLDER,
    IKE_EVENT,
    IPSEC_EVENT,
    PSK_PLACEHOLDER,
    Event,
    Prediction,
    PrismaNames,
    check_site,
    predict,
)
from sasekit.tunnels.model import (
    BgpPeer,
    EspProposal,
    Identity,
    IkeProposal,
    Tunnel,
    esp_product,
    ike_product,
)

PSK = "Zq7-psk-never-shown-41"
OTHER_PSK = "Other-psk-never-shown-77"
BGP_SECRET = "bgp-md5-never-shown-19"
OTHER_BGP_SECRET = "other-md5-never-shown-23"
SECRETS = (PSK, OTHER_PSK, BGP_SECRET, OTHER_BGP_SECRET)

BRANCH_ADDR = "203.0.113.10"
PRISMA_ADDR = "198.51.100.20"
IKE = ike_product(["aes-256-cbc"], ["sha256"], ["group14"])
ESP = esp_product(["aes-256-cbc"], ["sha256"], "group14")
BGP = BgpPeer("65001", "65534", "169.254.0.1", "169.254.0.2", BGP_SECRET)
NAMES = PrismaNames(ike_crypto="paris-ike", ipsec_crypto="paris-ipsec", gateway="paris-wan1", tunnel="paris-wan1",
                    remote_network="paris")
INTENT = "sites.yaml"
FOLDER = '--folder "Remote Networks"'


def tunnel(**changes: Any) -> Tunnel:
    base = Tunnel(name="paris-wan1", site="paris", role="primary", interface="eth0", branch_address=BRANCH_ADDR,
                  prisma_address=PRISMA_ADDR, psk=PSK, ike=IKE, esp=ESP, bgp=BGP)
    return base.with_(**changes)


def only(pred: Prediction) -> Event:
    assert len(pred.events) == 1, [e.to_dict() for e in pred.events]
    return pred.events[0]


def raw_commands(ev: Event) -> list[str]:
    return [c for c in ev.fixes["prisma"] if c.startswith("sasekit ") and not c.startswith("sasekit tunnel ")]


# ---------------------------------------------------------------------------- a fake devices module


@dataclass
class Call:
    kind: str
    tunnel: Tunnel
    field: str


class FakeDevices(types.ModuleType):
    """Stands in for sasekit.tunnels.devices: records each fix_lines call."""

    def __init__(self, leak: str | None = None) -> None:
        super().__init__("sasekit.tunnels.devices")
        self.calls: list[Call] = []
        self.leak = leak

    def get(self, kind: str) -> Any:
        outer = self

        class Device:
            def fix_lines(self, t: Tunnel, field: str) -> list[str]:
                outer.calls.append(Call(kind, t, field))
                lines = [f"{kind} {field} for {t.name}"]
                if outer.leak:
                    lines.append(f"secret = {outer.leak}")
                return lines

        return Device()


@pytest.fixture
def fake_devices(monkeypatch: pytest.MonkeyPatch) -> FakeDevices:
    fake = FakeDevices()
    monkeypatch.setitem(sys.modules, "sasekit.tunnels.devices", fake)
    return fake


def should_be(field: str, target: Tunnel) -> object:
    """What the branch-fix target holds for ``field`` (compared with Prisma's value)."""
    if field == "pfs":
        return {x.pfs for x in target.esp}
    if field == "branch_id":
        return target.branch_id
    if field == "prisma_id":
        return target.prisma_id
    return getattr(target, field)


def prisma_value(field: str, p: Tunnel) -> object:
    if field == "pfs":
        return {x.pfs for x in p.esp}
    if field == "psk":
        return PSK_PLACEHOLDER
    if field == "branch_id":
        return p.branch_id or Identity("ipaddr", p.branch_address)
    if field == "prisma_id":
        return p.prisma_id or Identity("ipaddr", p.prisma_address or "")
    if field == "bgp":
        return None if p.bgp is None else replace(p.bgp, secret=BGP_SECRET_PLACEHOLDER if p.bgp.secret else None)
    return getattr(p, field)


# ---------------------------------------------------------------------------- the difference table


@dataclass(frozen=True)
class Case:
    id: str
    changes: dict[str, Any]
    name: str
    stage: str
    field: str
    symptom: str
    log: str
    command: str          # the start of the Prisma-side raw command
    to_changed: str       # in that command when Prisma is to take the changed value
    to_base: str          # in that command when Prisma is to take the base value
    latent: bool = False
    base_text: str | None = None
    changed_text: str | None = None


GW = f"sasekit ikeGateway update {FOLDER} --name paris-wan1"
RN = f"sasekit remoteNetwork update {FOLDER} --name paris --protocol"
CASES = [
    Case("ike-encryption", {"ike": ike_product(["aes-128-cbc"], ["sha256"], ["group14"])}, IKE_EVENT, "IKE_SA_INIT",
         "ike", "NO_PROPOSAL_CHOSEN at IKE_SA_INIT", "no acceptable ENCRYPTION_ALGORITHM found",
         f"sasekit ikeCryptoProfile update {FOLDER} --name paris-ike", "--encryption aes-128-cbc",
         "--encryption aes-256-cbc", base_text="aes-256-cbc/sha256/group14", changed_text="aes-128-cbc/sha256/group14"),
    Case("ike-integrity", {"ike": ike_product(["aes-256-cbc"], ["sha1"], ["group14"])}, IKE_EVENT, "IKE_SA_INIT",
         "ike", "NO_PROPOSAL_CHOSEN at IKE_SA_INIT", "no acceptable INTEGRITY_ALGORITHM found",
         f"sasekit ikeCryptoProfile update {FOLDER} --name paris-ike", "--hash sha1", "--hash sha256",
         base_text="aes-256-cbc/sha256/group14", changed_text="aes-256-cbc/sha1/group14"),
    Case("ike-dh", {"ike": ike_product(["aes-256-cbc"], ["sha256"], ["group19"])}, IKE_EVENT, "IKE_SA_INIT",
         "ike", "NO_PROPOSAL_CHOSEN at IKE_SA_INIT", "no acceptable KEY_EXCHANGE_METHOD found",
         f"sasekit ikeCryptoProfile update {FOLDER} --name paris-ike", "--dh-group group19", "--dh-group group14",
         base_text="aes-256-cbc/sha256/group14", changed_text="aes-256-cbc/sha256/group19"),
    Case("ike-version", {"ike_version": "ikev1"}, IKE_EVENT, "IKE_SA_INIT", "ike_version",
         "NO_PROPOSAL_CHOSEN at IKE_SA_INIT", "no IKE config found", f"{GW} --protocol",
         '"version": "ikev1", "ikev1": {"ike_crypto_profile": "paris-ike"',
         '"version": "ikev2", "ikev2": {"ike_crypto_profile": "paris-ike"', base_text="ikev2", changed_text="ikev1"),
    Case("psk", {"psk": OTHER_PSK}, IKE_EVENT, "IKE_AUTH", "psk", "AUTHENTICATION_FAILED at IKE_AUTH",
         "MAC mismatched", f"{GW} --authentication", PSK_PLACEHOLDER, PSK_PLACEHOLDER,
         base_text="differs", changed_text="differs"),
    Case("local-id", {"branch_id": Identity("fqdn", "paris.example.com")}, IKE_EVENT, "IKE_AUTH", "branch_id",
         "AUTHENTICATION_FAILED at IKE_AUTH (indistinguishable from a wrong pre-shared key)",
         "no matching peer config found", f"{GW} --peer-id", '{"type": "fqdn", "id": "paris.example.com"}',
         '{"type": "ipaddr", "id": "203.0.113.10"}', base_text="ipaddr:203.0.113.10 (the address)",
         changed_text="fqdn:paris.example.com"),
    Case("peer-id", {"prisma_id": Identity("fqdn", "prisma.example.net")}, IKE_EVENT, "IKE_AUTH", "prisma_id",
         "AUTHENTICATION_FAILED at IKE_AUTH (indistinguishable from a wrong pre-shared key)",
         "no matching peer config found", f"{GW} --local-id", '{"type": "fqdn", "id": "prisma.example.net"}',
         '{"type": "ipaddr", "id": "198.51.100.20"}', base_text="ipaddr:198.51.100.20 (the address)",
         changed_text="fqdn:prisma.example.net"),
    Case("esp", {"esp": esp_product(["aes-128-cbc"], ["sha1"], "group14")}, IPSEC_EVENT, "CREATE_CHILD_SA", "esp",
         "IKE SA up, no CHILD_SA built (NO_PROPOSAL_CHOSEN)", "no acceptable proposal found",
         f"sasekit ipsecCryptoProfile update {FOLDER} --name paris-ipsec --esp",
         '{"encryption": ["aes-128-cbc"], "authentication": ["sha1"]}',
         '{"encryption": ["aes-256-cbc"], "authentication": ["sha256"]}',
         base_text="aes-256-cbc/sha256", changed_text="aes-128-cbc/sha1"),
    Case("pfs-group", {"esp": esp_product(["aes-256-cbc"], ["sha256"], "group5")}, IPSEC_EVENT, "rekey", "pfs",
         "tunnel comes up, then fails at the first CHILD_SA rekey, about 60 minutes after it comes up",
         "no acceptable KEY_EXCHANGE_METHOD found",
         f"sasekit ipsecCryptoProfile update {FOLDER} --name paris-ipsec --dh-group", "--dh-group group5",
         "--dh-group group14", latent=True, base_text="group14", changed_text="group5"),
    Case("pfs-none", {"esp": esp_product(["aes-256-cbc"], ["sha256"], "no-pfs")}, IPSEC_EVENT, "rekey", "pfs",
         "tunnel comes up, then fails at the first CHILD_SA rekey, about 60 minutes after it comes up",
         "no acceptable KEY_EXCHANGE_METHOD found",
         f"sasekit ipsecCryptoProfile update {FOLDER} --name paris-ipsec --dh-group", "--dh-group no-pfs",
         "--dh-group group14", latent=True, base_text="group14", changed_text="no-pfs"),
    Case("bgp-local-as", {"bgp": replace(BGP, local_as="65009")}, BGP_EVENT, "BGP", "bgp",
         "BGP session stays in Active/Connect", "bad peer AS", RN, '"peer_as": "65009"', '"peer_as": "65001"',
         base_text="local_as=65001", changed_text="local_as=65009"),
    Case("bgp-peer-as", {"bgp": replace(BGP, peer_as="65100")}, BGP_EVENT, "BGP", "bgp",
         "BGP session stays in Active/Connect", "bad peer AS", "sasekit infrastructureSetting update --infra-bgp-as",
         "--infra-bgp-as 65100", "--infra-bgp-as 65534", base_text="peer_as=65534", changed_text="peer_as=65100"),
    Case("bgp-local-address", {"bgp": replace(BGP, local_address="169.254.0.5")}, BGP_EVENT, "BGP", "bgp",
         "BGP session stays in Active/Connect", "local_address", RN, '"peer_ip_address": "169.254.0.5"',
         '"peer_ip_address": "169.254.0.1"', base_text="local_address=169.254.0.1",
         changed_text="local_address=169.254.0.5"),
    Case("bgp-peer-address", {"bgp": replace(BGP, peer_address="169.254.0.6")}, BGP_EVENT, "BGP", "bgp",
         "BGP session stays in Active/Connect", "peer_address", RN, '"local_ip_address": "169.254.0.6"',
         '"local_ip_address": "169.254.0.2"', base_text="peer_address=169.254.0.2",
         changed_text="peer_address=169.254.0.6"),
    Case("bgp-swapped", {"bgp": replace(BGP, local_address="169.254.0.2", peer_address="169.254.0.1")}, BGP_EVENT,
         "BGP", "bgp", "BGP session stays in Active/Connect (the addresses are swapped)", "refused", RN,
         '"peer_ip_address": "169.254.0.2", "local_ip_address": "169.254.0.1"',
         '"peer_ip_address": "169.254.0.1", "local_ip_address": "169.254.0.2"',
         base_text="local_address=169.254.0.1, peer_address=169.254.0.2",
         changed_text="local_address=169.254.0.2, peer_address=169.254.0.1"),
    Case("bgp-secret", {"bgp": replace(BGP, secret=OTHER_BGP_SECRET)}, BGP_EVENT, "BGP", "bgp",
         "BGP session resets: TCP MD5 signature mismatch", "TCP MD5 signature mismatch", RN,
         f'"secret": "{BGP_SECRET_PLACEHOLDER}"', f'"secret": "{BGP_SECRET_PLACEHOLDER}"',
         base_text="secret differs", changed_text="secret differs"),
    Case("bgp-one-side", {"bgp": None}, BGP_EVENT, "BGP", "bgp", "BGP session stays in Active/Connect",
         "BGP", RN, '{"bgp": {"enable": false}}', '"enable": true, "peer_as": "65001"', base_text=None,
         changed_text="off"),
]


def check_event(ev: Event, case: Case, change: str) -> None:
    assert ev.name == case.name
    assert ev.tunnel == "paris-wan1"
    assert ev.stage == case.stage
    assert ev.field == case.field
    assert ev.symptom.startswith(case.symptom), ev.symptom
    assert case.log in ev.responder_log
    assert ev.latent is case.latent
    assert ev.change == change
    assert set(ev.fixes) == {"prisma", "branch"}


def check_outcome(pred: Prediction, case: Case) -> None:
    if case.stage in ("IKE_SA_INIT", "IKE_AUTH"):
        assert (pred.ike_sa, pred.child_sa, pred.rekey) == ("fails", "not tried", "not tried")
    elif case.stage == "CREATE_CHILD_SA":
        assert (pred.ike_sa, pred.child_sa, pred.rekey) == ("up", "fails", "not tried")
    elif case.stage == "rekey":
        assert (pred.ike_sa, pred.child_sa, pred.rekey) == ("up", "up", "fails")  # comes up, fails later
    else:
        assert (pred.ike_sa, pred.child_sa, pred.rekey, pred.bgp) == ("up", "up", "ok", "mismatch")
    assert not pred.ok


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_the_branch_differs_from_prisma(case: Case, fake_devices: FakeDevices) -> None:
    prisma, branch = tunnel(), tunnel(**case.changes)
    pred = predict(prisma, branch, names=NAMES)
    ev = only(pred)
    check_event(ev, case, "branch")
    check_outcome(pred, case)
    if case.base_text is not None:
        assert ev.prisma == case.base_text
    assert ev.branch == case.changed_text
    # Prisma's alternative: take the branch's value (no intent: no apply)
    assert not any(c.startswith("sasekit tunnel apply") for c in ev.fixes["prisma"])
    [cmd] = raw_commands(ev)
    assert cmd.startswith(case.command) and case.to_changed in cmd, cmd
    # the branch's fix: the device lines for the branch as it should be (Prisma's value)
    assert ev.fixes["branch"] == [f"strongswan {case.field} for paris-wan1"]
    [call] = fake_devices.calls[-1:]
    assert (call.kind, call.field) == ("strongswan", case.field)
    assert should_be(case.field, call.tunnel) == prisma_value(case.field, prisma)
    assert call.tunnel.interface == "eth0"  # the branch's own settings are kept


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_prisma_differs_from_the_branch_and_the_intent(case: Case, fake_devices: FakeDevices) -> None:
    intended = branch = tunnel()
    prisma = tunnel(**case.changes)
    pred = predict(prisma, branch, names=NAMES, intended=intended, intent_path=INTENT)
    ev = only(pred)
    check_event(ev, case, "prisma")
    check_outcome(pred, case)
    assert ev.prisma == case.changed_text
    if case.base_text is not None:
        assert ev.branch == case.base_text
    assert ev.fixes["prisma"][0] == f"sasekit tunnel apply {INTENT}"
    [cmd] = raw_commands(ev)
    assert cmd.startswith(case.command) and case.to_base in cmd, cmd
    # the branch's alternative: take Prisma's (changed) value
    assert ev.fixes["branch"] == [f"strongswan {case.field} for paris-wan1"]
    assert should_be(case.field, fake_devices.calls[-1].tunnel) == prisma_value(case.field, prisma)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_prisma_differs_without_an_intent_changes_the_branch(case: Case) -> None:
    ev = only(predict(tunnel(**case.changes), tunnel(), names=NAMES))
    check_event(ev, case, "branch")


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_the_branch_differs_from_the_intent_no_apply_offered(case: Case) -> None:
    # Prisma is as intended: applying the intent again would change nothing
    ev = only(predict(tunnel(), tunnel(**case.changes), names=NAMES, intended=tunnel(), intent_path=INTENT))
    assert ev.change == "branch"
    assert not any(c.startswith("sasekit tunnel apply") for c in ev.fixes["prisma"])


# ---------------------------------------------------------------------------- the branch fixes, real devices


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_branch_fixes_are_the_device_modules_lines(case: Case) -> None:
    prisma, branch = tunnel(), tunnel(**case.changes)
    ev = only(predict(prisma, branch, names=NAMES))
    devices = pytest.importorskip("sasekit.tunnels.devices")
    target = branch.with_(psk=PSK_PLACEHOLDER)
    if branch.bgp is not None:
        target = target.with_(bgp=replace(branch.bgp, secret=BGP_SECRET_PLACEHOLDER))
    if case.field == "pfs":
        target = target.with_(esp=tuple(replace(x, pfs="group14") for x in branch.esp))
    elif case.field != "psk":
        target = target.with_(**{case.field: prisma_value(case.field, prisma)})
    expected = list(devices.get("strongswan").fix_lines(target, case.field))
    assert ev.fixes["branch"] == expected
    assert expected, f"no device lines for {case.field}"
    text = "\n".join(ev.fixes["branch"])
    for secret in SECRETS:
        assert secret not in text


@pytest.mark.parametrize(("case_id", "token"), [
    ("ike-encryption", "aes256"), ("ike-dh", "modp2048"), ("esp", "aes256"), ("pfs-group", "modp2048"),
    ("local-id", "203.0.113.10"), ("bgp-local-as", "65001"), ("psk", "<psk: see the 0600 file>"),
])
def test_strongswan_branch_fixes_name_prismas_values(case_id: str, token: str) -> None:
    case = next(c for c in CASES if c.id == case_id)
    ev = only(predict(tunnel(), tunnel(**case.changes), names=NAMES))
    pytest.importorskip("sasekit.tunnels.devices")
    assert token in "\n".join(ev.fixes["branch"])


def test_junos_branch_fixes_come_from_the_junos_module() -> None:
    ev = only(predict(tunnel(), tunnel(ike=ike_product(["aes-256-cbc"], ["sha256"], ["group19"])), device="junos"))
    devices = pytest.importorskip("sasekit.tunnels.devices")
    target = tunnel(ike=IKE, psk=PSK_PLACEHOLDER, bgp=replace(BGP, secret=BGP_SECRET_PLACEHOLDER))
    assert ev.fixes["branch"] == list(devices.get("junos").fix_lines(target, "ike"))


def test_the_device_kind_is_passed_through(fake_devices: FakeDevices) -> None:
    ev = only(predict(tunnel(), tunnel(psk=OTHER_PSK), device="junos"))
    assert ev.fixes["branch"] == ["junos psk for paris-wan1"]
    assert fake_devices.calls[-1].kind == "junos"
    assert fake_devices.calls[-1].tunnel.psk == PSK_PLACEHOLDER  # never the key itself


def test_without_the_devices_module_there_are_no_branch_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "sasekit.tunnels.devices", None)  # import fails: ModuleNotFoundError
    ev = only(predict(tunnel(), tunnel(psk=OTHER_PSK)))
    assert ev.fixes["branch"] == []
    assert raw_commands(ev)


# ---------------------------------------------------------------------------- IKE details


def test_matching_sides_come_up() -> None:
    pred = predict(tunnel(), tunnel(), names=NAMES)
    assert pred.ok and pred.events == [] and pred.notes == []
    assert (pred.ike_sa, pred.child_sa, pred.rekey, pred.bgp) == ("up", "up", "ok", "ok")
    assert pred.ike == IkeProposal("aes-256-cbc", "sha256", "group14")
    assert pred.esp == EspProposal("aes-256-cbc", "sha256", "group14")
    assert pred.ike_version == "ikev2"


def test_overlap_is_enough_the_initiators_first_acceptable_proposal_wins() -> None:
    prisma = tunnel(ike=ike_product(["aes-256-cbc", "aes-128-cbc"], ["sha256"], ["group14", "group19"]),
                    esp=esp_product(["aes-256-cbc", "aes-128-cbc"], ["sha256", "sha1"], "group14"))
    branch = tunnel(ike=(IkeProposal("aes-256-gcm", "sha384", "group20"), IkeProposal("aes-128-cbc", "sha256", "group19"),
                         IkeProposal("aes-256-cbc", "sha256", "group14")),
                    esp=(EspProposal("aes-256-gcm", "none", "group14"), EspProposal("aes-128-cbc", "sha1", "group14"),
                         EspProposal("aes-256-cbc", "sha256", "group14")))
    pred = predict(prisma, branch)
    assert pred.ok and (pred.ike_sa, pred.child_sa, pred.rekey) == ("up", "up", "ok")
    # the initiator's order decides, not the responder's
    assert pred.ike == IkeProposal("aes-128-cbc", "sha256", "group19")
    assert pred.esp == EspProposal("aes-128-cbc", "sha1", "group14")
    assert any("first IKE proposal (aes-256-gcm/sha384/group20)" in n for n in pred.notes)


def test_no_overlap_in_several_transforms_names_each() -> None:
    branch = tunnel(ike=ike_product(["aes-128-cbc"], ["sha256"], ["group19"]))
    ev = only(predict(tunnel(), branch))
    assert ev.responder_log == ("no acceptable ENCRYPTION_ALGORITHM found; no acceptable KEY_EXCHANGE_METHOD found")


def test_each_transform_overlaps_but_no_combination_does() -> None:
    prisma = tunnel(ike=(IkeProposal("aes-256-cbc", "sha256", "group14"), IkeProposal("aes-128-cbc", "sha1", "group19")))
    branch = tunnel(ike=(IkeProposal("aes-256-cbc", "sha1", "group19"), IkeProposal("aes-128-cbc", "sha256", "group14")))
    ev = only(predict(prisma, branch))
    assert ev.field == "ike" and ev.symptom == "NO_PROPOSAL_CHOSEN at IKE_SA_INIT"
    assert ev.responder_log.startswith("no acceptable proposal found")


def test_gcm_ike_without_a_common_prf() -> None:
    prisma = tunnel(ike=ike_product(["aes-256-gcm"], ["sha384"], ["group20"]))
    branch = tunnel(ike=ike_product(["aes-256-gcm"], ["sha256"], ["group20"]))
    assert only(predict(prisma, branch)).responder_log == "no acceptable PSEUDO_RANDOM_FUNCTION found"


def test_a_full_product_is_shown_as_its_lists() -> None:
    prisma = tunnel(ike=ike_product(["aes-256-cbc", "aes-128-cbc"], ["sha256", "sha384"], ["group19", "group20"]))
    ev = only(predict(prisma, tunnel()))
    assert ev.prisma == "aes-256-cbc|aes-128-cbc/sha256|sha384/group19|group20"
    assert ev.branch == "aes-256-cbc/sha256/group14"


@pytest.mark.parametrize(("prisma", "branch", "negotiated"), [
    ("ikev2-preferred", "ikev1", "ikev1"),
    ("ikev2-preferred", "ikev2", "ikev2"),
    ("ikev1", "ikev2-preferred", "ikev1"),
    ("ikev2", "ikev2-preferred", "ikev2"),
    ("ikev1", "ikev1", "ikev1"),
])
def test_ikev2_preferred_accepts_either_version(prisma: str, branch: str, negotiated: str) -> None:
    pred = predict(tunnel(ike_version=prisma), tunnel(ike_version=branch))
    assert pred.ok and pred.ike_sa == "up"
    assert pred.ike_version == negotiated
    assert any("IKEv1 is negotiated" in n for n in pred.notes) is (negotiated == "ikev1")


def test_ikev2_only_branch_against_ikev1_only_prisma() -> None:
    ev = only(predict(tunnel(ike_version="ikev1"), tunnel(ike_version="ikev2")))
    assert (ev.field, ev.prisma, ev.branch) == ("ike_version", "ikev1", "ikev2")
    assert ev.symptom == "NO_PROPOSAL_CHOSEN at IKE_SA_INIT" and "no IKE config found" in ev.responder_log


def test_the_branch_sends_to_the_wrong_prisma_address() -> None:
    pred = predict(tunnel(), tunnel(prisma_address="198.51.100.99"), names=NAMES, intended=tunnel(),
                   intent_path=INTENT)
    ev = only(pred)
    assert (ev.name, ev.stage, ev.field) == (IKE_EVENT, "IKE_SA_INIT", "prisma_address")
    assert (ev.prisma, ev.branch) == (PRISMA_ADDR, "198.51.100.99")
    assert ev.symptom.startswith("no answer to IKE_SA_INIT")
    assert ev.change == "branch" and pred.ike_sa == "fails"
    # Prisma chooses its own address: even when it is the side that differs, the branch changes
    ev = only(predict(tunnel(prisma_address="198.51.100.99"), tunnel(), intended=tunnel()))
    assert ev.change == "branch"
    assert any("Prisma assigns its own address" in c for c in ev.fixes["prisma"])


# ---------------------------------------------------------------------------- IKE_AUTH details


@pytest.mark.parametrize("side", ["prisma", "branch"])
def test_an_unknown_psk_is_a_note(side: str) -> None:
    prisma, branch = (tunnel(psk=None), tunnel()) if side == "prisma" else (tunnel(), tunnel(psk=None))
    pred = predict(prisma, branch)
    assert pred.ok and pred.ike_sa == "up"
    [note] = pred.notes
    assert note.startswith("psk:") and "could not be compared" in note
    assert ("Prisma's" in note) is (side == "prisma")


def test_explicit_ids_on_both_sides_agree() -> None:
    ids = {"branch_id": Identity("fqdn", "paris.example.com"), "prisma_id": Identity("ufqdn", "pa@example.net")}
    assert predict(tunnel(**ids), tunnel(**ids)).ok
    # fqdn compares without case
    assert predict(tunnel(**ids), tunnel(**{**ids, "branch_id": Identity("fqdn", "PARIS.example.com")})).ok


def test_an_id_kind_mismatch_with_the_same_text() -> None:
    ev = only(predict(tunnel(branch_id=Identity("fqdn", "paris")), tunnel(branch_id=Identity("keyid", "paris"))))
    assert (ev.field, ev.prisma, ev.branch) == ("branch_id", "fqdn:paris", "keyid:paris")


def test_a_dynamic_branch_without_an_id_is_accepted_by_a_dynamic_gateway() -> None:
    pred = predict(tunnel(branch_address="dynamic"), tunnel(branch_address="dynamic"))
    assert pred.ok and pred.notes == []


def test_a_dynamic_branch_without_an_id_cannot_give_an_fqdn() -> None:
    prisma = tunnel(branch_address="dynamic", branch_id=Identity("fqdn", "paris.example.com"))
    ev = only(predict(prisma, tunnel(branch_address="dynamic")))
    assert (ev.field, ev.prisma, ev.branch) == ("branch_id", "fqdn:paris.example.com", "(its address, not known)")
    assert ev.responder_log == "no matching peer config found"


def test_a_dynamic_branch_address_against_an_expected_address_is_a_note() -> None:
    pred = predict(tunnel(), tunnel(branch_address="dynamic"))
    assert pred.ok
    assert any(n.startswith("branch_id:") and "not compared" in n for n in pred.notes)


def test_ids_and_psk_both_wrong_are_both_reported() -> None:
    pred = predict(tunnel(), tunnel(psk=OTHER_PSK, branch_id=Identity("fqdn", "x.example")))
    assert [e.field for e in pred.events] == ["branch_id", "psk"]
    assert all(e.stage == "IKE_AUTH" and not e.masked for e in pred.events)


# ---------------------------------------------------------------------------- CHILD_SA and rekey details


def test_pfs_fails_after_the_smaller_lifetime() -> None:
    prisma = tunnel(esp_lifetime=3600)
    branch = tunnel(esp=esp_product(["aes-256-cbc"], ["sha256"], "group19"), esp_lifetime=1800)
    pred = predict(prisma, branch)
    ev = only(pred)
    assert ev.latent and ev.stage == "rekey" and not ev.masked
    assert "about 30 minutes after it comes up" in ev.symptom
    assert (pred.ike_sa, pred.child_sa, pred.rekey) == ("up", "up", "fails")
    assert pred.esp == EspProposal("aes-256-cbc", "sha256", "group19")
    assert any(n.startswith("esp_lifetime:") for n in pred.notes)


def test_one_of_several_branch_pfs_groups_matching_is_enough() -> None:
    branch = tunnel(esp=(EspProposal("aes-256-cbc", "sha256", "group19"), EspProposal("aes-256-cbc", "sha256", "group14")))
    pred = predict(tunnel(), branch)
    assert pred.ok and pred.rekey == "ok"


def test_esp_and_pfs_both_differ_the_pfs_is_masked() -> None:
    pred = predict(tunnel(), tunnel(esp=esp_product(["aes-128-cbc"], ["sha1"], "no-pfs")))
    assert [(e.field, e.masked, e.latent) for e in pred.events] == [("esp", False, False), ("pfs", True, True)]
    assert (pred.child_sa, pred.rekey) == ("fails", "not tried")


def test_an_ike_failure_masks_the_later_stages() -> None:
    branch = tunnel(ike_version="ikev1", esp=esp_product(["aes-128-cbc"], ["sha1"], "group14"),
                    bgp=replace(BGP, local_as="65009"))
    pred = predict(tunnel(), branch)
    assert [(e.stage, e.masked) for e in pred.events] == [("IKE_SA_INIT", False), ("CREATE_CHILD_SA", True),
                                                          ("BGP", True)]
    assert (pred.ike_sa, pred.child_sa, pred.rekey, pred.bgp) == ("fails", "not tried", "not tried", "mismatch")


# ---------------------------------------------------------------------------- traffic selectors


TS = {"branch_ts": ("10.1.0.0/16",), "prisma_ts": ("10.200.0.0/16",)}


def test_narrower_traffic_selectors_are_accepted() -> None:
    pred = predict(tunnel(**TS), tunnel(branch_ts=("10.1.2.0/24",), prisma_ts=("10.200.0.0/17", "10.200.128.0/17")))
    assert pred.ok and pred.child_sa == "up"


def test_prisma_without_selectors_accepts_anything() -> None:
    assert predict(tunnel(), tunnel(branch_ts=("10.0.0.0/8",), prisma_ts=("0.0.0.0/0",))).ok


def test_a_branch_selector_outside_prismas_is_refused(fake_devices: FakeDevices) -> None:
    prisma = tunnel(**TS)
    pred = predict(prisma, tunnel(branch_ts=("10.99.0.0/16",), prisma_ts=TS["prisma_ts"]), names=NAMES)
    ev = only(pred)
    assert (ev.name, ev.stage, ev.field) == (IPSEC_EVENT, "CREATE_CHILD_SA", "branch_ts")
    assert (ev.prisma, ev.branch) == ("10.1.0.0/16", "10.99.0.0/16")
    assert ev.symptom == "IKE SA up, no CHILD_SA built (TS_UNACCEPTABLE)"
    assert ev.responder_log == "traffic selectors 10.99.0.0/16 === 10.200.0.0/16 unacceptable"
    assert ev.change == "branch" and not ev.latent
    assert (pred.ike_sa, pred.child_sa) == ("up", "fails")
    [cmd] = raw_commands(ev)
    assert cmd.startswith(f"sasekit ipsecTunnel update {FOLDER} --name paris-wan1 --auto-key ")
    assert '"proxy_id": [{"name": "proxy-1", "local": "10.200.0.0/16", "remote": "10.99.0.0/16"}]' in cmd
    assert fake_devices.calls[-1].field == "branch_ts"
    assert fake_devices.calls[-1].tunnel.branch_ts == ("10.1.0.0/16",)


def test_a_wider_branch_selector_is_narrowed_by_prisma_and_comes_up() -> None:
    """Measured (bench/ike_conformance.py): a responder narrows selectors that overlap its own."""
    pred = predict(tunnel(**TS), tunnel(branch_ts=("10.0.0.0/8",), prisma_ts=TS["prisma_ts"]))
    assert pred.ok and (pred.ike_sa, pred.child_sa) == ("up", "up")
    assert any(n.startswith("branch_ts: the branch proposes 10.0.0.0/8, Prisma allows 10.1.0.0/16: narrowed")
               for n in pred.notes)


def test_a_branch_proposing_any_is_narrowed_by_prisma_with_selectors() -> None:
    pred = predict(tunnel(**TS), tunnel(branch_ts=TS["branch_ts"]))
    assert pred.ok and any(n.startswith("prisma_ts: the branch proposes 0.0.0.0/0") for n in pred.notes)


def test_a_remote_selector_outside_prismas_is_refused() -> None:
    ev = only(predict(tunnel(**TS), tunnel(branch_ts=TS["branch_ts"], prisma_ts=("10.250.0.0/16",))))
    assert (ev.field, ev.prisma, ev.branch) == ("prisma_ts", "10.200.0.0/16", "10.250.0.0/16")
    wider = predict(tunnel(**TS), tunnel(branch_ts=TS["branch_ts"], prisma_ts=("10.200.0.0/15",)))
    assert wider.ok


def test_an_ipv6_selector_is_not_within_an_ipv4_one() -> None:
    ev = only(predict(tunnel(**TS), tunnel(branch_ts=("2001:db8::/48",), prisma_ts=TS["prisma_ts"])))
    assert ev.field == "branch_ts"


def test_prisma_selectors_apart_from_the_intent_change_prisma(fake_devices: FakeDevices) -> None:
    intended = branch = tunnel(branch_ts=("10.2.0.0/16",))
    prisma = tunnel(branch_ts=("10.1.0.0/16",))
    ev = only(predict(prisma, branch, names=NAMES, intended=intended, intent_path=INTENT))
    assert (ev.field, ev.change) == ("branch_ts", "prisma")
    assert ev.fixes["prisma"][0] == f"sasekit tunnel apply {INTENT}"
    [cmd] = raw_commands(ev)
    assert '"proxy_id": [{"name": "proxy-1", "local": "0.0.0.0/0", "remote": "10.2.0.0/16"}]' in cmd
    assert fake_devices.calls[-1].tunnel.branch_ts == ("10.1.0.0/16",)


def test_a_selector_that_is_not_a_network_is_a_note() -> None:
    pred = predict(tunnel(branch_ts=("10.1.0.0/16",)), tunnel(branch_ts=("branch-lan",)))
    assert pred.ok
    assert any("'branch-lan' is not a network" in n for n in pred.notes)


# ---------------------------------------------------------------------------- BGP details


def test_no_bgp_on_either_side_is_off() -> None:
    pred = predict(tunnel(bgp=None), tunnel(bgp=None))
    assert pred.ok and pred.bgp == "off"


def test_bgp_on_the_branch_only() -> None:
    ev = only(predict(tunnel(bgp=None), tunnel(), names=NAMES))
    assert (ev.prisma, ev.branch.split(" ")[0]) == ("off", "local_as=65001")
    assert "on branch only" in ev.symptom
    [cmd] = raw_commands(ev)
    assert '"bgp": {"enable": true, "peer_as": "65001", "peer_ip_address": "169.254.0.1", ' \
           '"local_ip_address": "169.254.0.2", "secret": "<BGP secret>"}' in cmd


def test_bgp_on_prisma_only_names_prisma() -> None:
    ev = only(predict(tunnel(), tunnel(bgp=None)))
    assert "on Prisma only" in ev.symptom
    assert ev.branch == "off" and ev.prisma.endswith("secret set")


def test_bgp_secret_on_one_side_only() -> None:
    ev = only(predict(tunnel(), tunnel(bgp=replace(BGP, secret=None))))
    assert (ev.prisma, ev.branch) == ("secret set", "no secret")
    assert "TCP MD5" in ev.symptom


def test_an_unknown_prisma_as_is_a_note() -> None:
    pred = predict(tunnel(bgp=replace(BGP, peer_as="")), tunnel())
    assert pred.ok and pred.bgp == "ok"
    assert any(n.startswith("bgp: peer_as") for n in pred.notes)


def site_tunnels(primary_bgp: BgpPeer, secondary_bgp: BgpPeer) -> list[Tunnel]:
    return [tunnel(bgp=primary_bgp),
            tunnel(name="paris-wan2", role="secondary", interface="eth1", branch_address="203.0.113.11",
                   bgp=secondary_bgp)]


SECONDARY_BGP = BgpPeer("65001", "65534", "169.254.0.5", "169.254.0.6", BGP_SECRET)


def test_the_secondary_tunnel_has_its_own_bgp_peer(fake_devices: FakeDevices) -> None:
    prisma = site_tunnels(BGP, SECONDARY_BGP)
    # the branch's secondary peers with the primary's addresses: a classic mistake
    branch = site_tunnels(BGP, replace(BGP, secret=BGP_SECRET))
    site = check_site(prisma, branch, names={"paris-wan1": NAMES, "paris-wan2": replace(NAMES, gateway="paris-wan2",
                                                                                         tunnel="paris-wan2")})
    primary, secondary = site.tunnels
    assert primary.ok and primary.bgp == "ok"
    assert not secondary.ok and secondary.bgp == "mismatch"
    assert {(e.tunnel, e.field) for e in site.events} == {("paris-wan2", "bgp")}
    assert [(e.prisma, e.branch) for e in secondary.events] == [
        ("local_address=169.254.0.5", "local_address=169.254.0.1"),
        ("peer_address=169.254.0.6", "peer_address=169.254.0.2")]
    # the fix keeps the primary's peer (bgp) beside the secondary's (bgp_peer)
    cmd = raw_commands(secondary.events[0])[0]
    assert '"bgp": {"enable": true, "peer_as": "65001", "peer_ip_address": "169.254.0.1", ' \
           '"local_ip_address": "169.254.0.2"' in cmd
    assert '"bgp_peer": {"peer_ip_address": "169.254.0.1", "local_ip_address": "169.254.0.2"' in cmd
    assert fake_devices.calls[-1].tunnel.bgp == replace(SECONDARY_BGP, secret=BGP_SECRET_PLACEHOLDER)


def test_a_secondary_checked_alone_says_to_keep_the_primary_peer() -> None:
    p = site_tunnels(BGP, SECONDARY_BGP)[1]
    ev = only(predict(p, p.with_(bgp=replace(SECONDARY_BGP, local_address="169.254.0.9"))))
    assert any("add the primary tunnel's peer" in c for c in ev.fixes["prisma"])
    assert '"bgp_peer": {"peer_ip_address": "169.254.0.9"' in raw_commands(ev)[0]


# ---------------------------------------------------------------------------- not blocking


def test_lifetimes_dpd_and_nat_t_differing_are_notes() -> None:
    pred = predict(tunnel(), tunnel(ike_lifetime=14400, esp_lifetime=1800, dpd=False, nat_traversal=False))
    assert pred.ok and pred.events == []
    assert (pred.ike_sa, pred.child_sa, pred.rekey) == ("up", "up", "ok")
    assert [n.split(":")[0] for n in pred.notes] == ["ike_lifetime", "esp_lifetime", "dpd", "nat_traversal"]
    assert all("not blocking" in n for n in pred.notes)
    site = check_site([tunnel()], [tunnel(dpd=False)])
    assert site.ok and site.events == []


# ---------------------------------------------------------------------------- sites


def test_tunnels_pair_by_name_then_by_role() -> None:
    prisma = site_tunnels(BGP, SECONDARY_BGP)
    branch = [prisma[1].with_(psk=OTHER_PSK), prisma[0].with_(name="paris-eth0")]
    site = check_site(prisma, branch)
    assert [t.tunnel for t in site.tunnels] == ["paris-wan2", "paris-wan1"]
    assert [e.field for e in site.events] == ["psk"]
    assert site.site == "paris"


def test_a_tunnel_on_prisma_only(fake_devices: FakeDevices) -> None:
    prisma = site_tunnels(BGP, SECONDARY_BGP)
    site = check_site(prisma, [prisma[0]], names={"paris-wan2": replace(NAMES, tunnel="paris-wan2")})
    assert not site.ok
    [ev] = site.events
    assert (ev.name, ev.field, ev.tunnel, ev.stage) == (IKE_EVENT, "tunnel", "paris-wan2", "IKE_SA_INIT")
    assert ev.symptom == "no tunnel: the other side has no configuration for it"
    assert (ev.prisma, ev.branch, ev.change) == ("paris-wan2", "(none)", "branch")
    assert ev.fixes["branch"][0] == "# the branch has no tunnel paris-wan2: add it"
    assert "strongswan ike for paris-wan2" in ev.fixes["branch"]
    assert f"sasekit ipsecTunnel delete {FOLDER} --name paris-wan2" in ev.fixes["prisma"]
    one = site.tunnels[1]
    assert (one.ike_sa, one.child_sa, one.rekey) == ("fails", "not tried", "not tried")


def test_a_tunnel_on_the_branch_only() -> None:
    prisma = site_tunnels(BGP, SECONDARY_BGP)
    site = check_site(prisma[:1], prisma, intended=prisma, intent_path=INTENT)
    [ev] = site.events
    assert (ev.field, ev.prisma, ev.branch) == ("tunnel", "(none)", "paris-wan2")
    assert ev.change == "prisma"  # the intent has it: Prisma is missing it
    assert ev.fixes["prisma"] == [f"sasekit tunnel apply {INTENT}"]
    # without an intent the branch changes (sasekit manages Prisma)
    [ev] = check_site(prisma[:1], prisma).events
    assert ev.change == "branch"


def test_a_tunnel_on_the_branch_only_that_the_intent_lacks() -> None:
    prisma = site_tunnels(BGP, SECONDARY_BGP)
    extra = prisma[1].with_(name="paris-lte", role="secondary")
    site = check_site(prisma, [*prisma, extra], intended=prisma, intent_path=INTENT)
    [ev] = site.events
    assert (ev.tunnel, ev.field, ev.change) == ("paris-lte", "tunnel", "branch")
    assert ev.fixes["branch"] == ["# remove tunnel paris-lte from the branch configuration"]
    assert not any(c.startswith("sasekit tunnel apply") for c in ev.fixes["prisma"])


def test_a_site_with_intended_tunnels_changes_the_side_that_differs() -> None:
    intended = site_tunnels(BGP, SECONDARY_BGP)
    prisma = [intended[0].with_(ike=ike_product(["aes-128-cbc"], ["sha256"], ["group14"])), intended[1]]
    site = check_site(prisma, intended, intended=intended, intent_path=INTENT)
    [ev] = site.events
    assert (ev.tunnel, ev.field, ev.change) == ("paris-wan1", "ike", "prisma")


# ---------------------------------------------------------------------------- output, secrets


def everything_wrong() -> tuple[list[Tunnel], list[Tunnel]]:
    prisma = site_tunnels(BGP, SECONDARY_BGP)
    branch = [prisma[0].with_(psk=OTHER_PSK, bgp=replace(BGP, secret=OTHER_BGP_SECRET),
                              esp=esp_product(["aes-256-cbc"], ["sha256"], "no-pfs")),
              prisma[1].with_(psk=OTHER_PSK, bgp=replace(SECONDARY_BGP, secret=None))]
    return prisma, branch


def test_secrets_never_appear_in_json_or_text(monkeypatch: pytest.MonkeyPatch) -> None:
    prisma, branch = everything_wrong()
    # a device module that (wrongly) writes a secret into its lines is redacted as well
    monkeypatch.setitem(sys.modules, "sasekit.tunnels.devices", FakeDevices(leak=OTHER_PSK))
    site = check_site(prisma, branch, intended=prisma, intent_path=INTENT)
    assert {e.field for e in site.events} == {"psk", "bgp", "pfs"}
    outputs = [json.dumps(site.to_dict()), site.format_text(),
               *(json.dumps(t.to_dict()) for t in site.tunnels), *(t.format_text() for t in site.tunnels)]
    for out in outputs:
        for secret in SECRETS:
            assert secret not in out
    assert PSK_PLACEHOLDER in outputs[0] and BGP_SECRET_PLACEHOLDER in outputs[0]


def test_secrets_never_appear_with_the_real_device_modules() -> None:
    prisma, branch = everything_wrong()
    pytest.importorskip("sasekit.tunnels.devices")
    for device in ("strongswan", "junos"):
        site = check_site(prisma, branch, device=device)
        for out in (json.dumps(site.to_dict()), site.format_text()):
            for secret in SECRETS:
                assert secret not in out


def test_to_dict_is_plain_json() -> None:
    prisma, branch = everything_wrong()
    data = json.loads(json.dumps(check_site(prisma, branch, names={"paris-wan1": NAMES}).to_dict()))
    assert data["site"] == "paris" and data["ok"] is False and len(data["events"]) == 5
    first = data["tunnels"][0]
    assert set(first) == {"tunnel", "role", "site", "ok", "ike_version", "ike_sa", "child_sa", "rekey", "bgp", "ike",
                          "esp", "events", "notes"}
    assert first["ike"] == "aes-256-cbc/sha256/group14"
    ev = first["events"][0]
    assert set(ev) == {"name", "tunnel", "stage", "field", "prisma", "branch", "symptom", "responder_log", "latent",
                       "change", "masked", "fixes"}
    assert set(ev["fixes"]) == {"prisma", "branch"}


def test_format_text_reads_per_tunnel() -> None:
    prisma = tunnel(ike=ike_product(["aes-256-cbc"], ["sha256"], ["group19"]))
    text = check_site([prisma], [tunnel()], names={"paris-wan1": NAMES}).format_text()
    lines = text.splitlines()
    assert lines[0] == "site paris: 1 tunnel, 1 problem"
    assert "tunnel paris-wan1 (primary): 1 problem" in lines
    assert "  predicted: IKE SA fails, CHILD_SA not tried, rekey not tried, BGP ok" in lines
    assert "  1. Prisma IKE Config Mismatch: ike at IKE_SA_INIT" in lines
    assert "     Prisma: aes-256-cbc/sha256/group19" in lines
    assert "     branch: aes-256-cbc/sha256/group14" in lines
    assert "     branch sees: NO_PROPOSAL_CHOSEN at IKE_SA_INIT" in lines
    assert "     Prisma logs: no acceptable KEY_EXCHANGE_METHOD found" in lines
    assert lines.index("     or change Prisma:") > lines.index("     Prisma logs: no acceptable KEY_EXCHANGE_METHOD found")
    assert any(line.strip().startswith("sasekit ikeCryptoProfile update") for line in lines)


def test_format_text_of_a_good_tunnel_shows_the_chosen_proposals_and_notes() -> None:
    text = predict(tunnel(), tunnel(dpd=False)).format_text()
    assert text.splitlines()[:2] == [
        "tunnel paris-wan1 (primary): ok",
        "  predicted: IKE SA up [aes-256-cbc/sha256/group14], CHILD_SA up [aes-256-cbc/sha256, pfs group14], "
        "rekey ok, BGP ok"]
    assert "  note: dpd: Prisma on, branch off" in text


def test_a_latent_event_is_marked_in_the_text() -> None:
    text = predict(tunnel(), tunnel(esp=esp_product(["aes-256-cbc"], ["sha256"], "group5"))).format_text()
    assert "pfs at rekey (latent: the tunnel comes up, then fails)" in text


def test_default_names_follow_sasekits_own_naming() -> None:
    ev = only(predict(tunnel(), tunnel(psk=OTHER_PSK)))
    assert f"sasekit ikeGateway update {FOLDER} --name paris-wan1 --authentication" in raw_commands(ev)[0]
    ev = only(predict(tunnel(), tunnel(ike=ike_product(["aes-128-cbc"], ["sha256"], ["group14"]))))
    assert '--name "<ike crypto profile>"' in raw_commands(ev)[0]
