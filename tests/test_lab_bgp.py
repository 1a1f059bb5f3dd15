"""Real BGP for the lab: FRR's bgpd (no zebra) in two namespaces this test makes.

The configurations are the lab's (:func:`branch_frr_conf` over a real strongSwan+FRR
render, :func:`prisma_frr_conf` from the mirrored tunnel). No IPsec here: the two
namespaces ``skbgp-a`` (branch) and ``skbgp-b`` (Prisma) are joined by a veth, the
BGP peers are inside addresses on ``lo`` routed over it, as the tunnel carries them in
the lab. The lab tests need Linux, root and the lab's Debian packages (`make lab-deps`)
and skip otherwise, saying which and how to fix it; the configuration tests run anywhere.
"""

from __future__ import annotations

import json
import stat
import subprocess
import time
from pathlib import Path

import pytest

from sasekit.lab import host
from sasekit.lab.bgp import (
    MASK,
    PRISMA_PREFIX,
    Bgpd,
    branch_frr_conf,
    is_bgpd,
    masked,
    prisma_frr_conf,
    secrets_of,
)
from sasekit.lab.host import CommandFailed
from sasekit.tunnels.devices import get
from sasekit.tunnels.model import BgpPeer, Tunnel, esp_product, ike_product

PROBLEM = host.missing()
needs_lab = pytest.mark.skipif(PROBLEM is not None, reason=f"the lab cannot run here: {PROBLEM[0]}; fix: "
                                                            f"{PROBLEM[1]}" if PROBLEM else "")
NS_A, NS_B = "skbgp-a", "skbgp-b"        # branch, Prisma
IF_A, IF_B = "skbgpa0", "skbgpb0"
VETH_A, VETH_B = "10.98.0.1", "10.98.0.2"
INSIDE_A, INSIDE_B = "169.254.30.1", "169.254.30.2"
SUBNET = "10.20.0.0/24"
SECRET = "md5-Sk3t-91zq"
OTHER_SECRET = "md5-0ther-77xw"
ESTABLISH_S = 10.0
STATE_TIMEOUT_S = 10.0


def tunnel(secret: str | None = SECRET) -> Tunnel:
    return Tunnel(name="skbgp-01-wan1", site="skbgp-01", branch_address="203.0.113.10", prisma_address="198.51.100.7",
                  psk="not-used-here", ike=ike_product(["aes-256-cbc"], ["sha256"], ["group14"]),
                  esp=esp_product(["aes-256-cbc"], ["sha256"], "group14"),
                  bgp=BgpPeer("65001", "65534", INSIDE_A, INSIDE_B, secret))


def branch_conf(t: Tunnel) -> str:
    return branch_frr_conf(get("strongswan").render([t])["frr.conf"], [SUBNET])


def namespaces() -> set[str]:
    out = subprocess.run(["ip", "netns", "list"], capture_output=True, text=True, check=False).stdout
    return {line.split()[0] for line in out.splitlines() if line.strip()}


# ---------------------------------------------------------------------------- the configurations (anywhere)


def test_the_branch_conf_keeps_the_renderers_lines_and_adds_what_bgpd_without_zebra_needs() -> None:
    rendered = get("strongswan").render([tunnel()])["frr.conf"]
    conf = branch_conf(tunnel())
    lines = [x.rstrip() for x in conf.splitlines()]
    for line in rendered.splitlines():
        if not line.startswith("! Needs bgpd=yes"):
            assert line in lines, line
    start, end = lines.index("router bgp 65001"), lines.index("exit")
    body = lines[start + 1:end]
    for wanted in (f" bgp router-id {INSIDE_A}", " no bgp network import-check", " timers bgp 1 3",
                   f" neighbor {INSIDE_B} remote-as 65534", f" neighbor {INSIDE_B} update-source {INSIDE_A}",
                   f" neighbor {INSIDE_B} password {SECRET}", f" neighbor {INSIDE_B} disable-connected-check",
                   f" neighbor {INSIDE_B} timers connect 1", " address-family ipv4 unicast", f"  network {SUBNET}",
                   " exit-address-family"):
        assert wanted in body, wanted
    assert body.count(" no bgp ebgp-requires-policy") == 1
    assert not any("ebgp-multihop" in x for x in lines)   # TTL 1: the peer is one hop away, inside the tunnel
    assert lines[-1] == "exit"


def test_the_prisma_conf_is_the_mirrored_tunnel_advertising_prismas_prefix() -> None:
    conf = prisma_frr_conf(tunnel())
    lines = conf.splitlines()
    assert lines[0].startswith("! Prisma side of tunnel skbgp-01-wan1")
    for wanted in ("router bgp 65534", f" bgp router-id {INSIDE_B}", f" neighbor {INSIDE_A} remote-as 65001",
                   f" neighbor {INSIDE_A} update-source {INSIDE_B}", f" neighbor {INSIDE_A} password {SECRET}",
                   f"  network {PRISMA_PREFIX}"):
        assert wanted in lines, wanted
    assert not any("0.0.0.0/0" in x for x in lines)
    assert f" neighbor {INSIDE_A} password" not in prisma_frr_conf(tunnel(None))


def test_confs_that_cannot_be_loaded_are_refused_without_the_secret() -> None:
    for bad, why in (([SUBNET.replace("0/24", "1/24")], "host bits"), (["2001:db8::/64"], "IPv4 unicast only")):
        with pytest.raises(ValueError, match=why) as err:
            branch_frr_conf(get("strongswan").render([tunnel()])["frr.conf"], bad)
        assert SECRET not in str(err.value)
    with pytest.raises(ValueError, match="no `router bgp`"):
        branch_frr_conf("! nothing\n", [SUBNET])
    with pytest.raises(ValueError, match="no BGP"):
        prisma_frr_conf(tunnel().with_(bgp=None))
    text = f" neighbor 1.2.3.4 password {SECRET}\nline 2: % Unknown command: neighbor x passwurd {SECRET}"
    assert secrets_of(text) == (SECRET,)
    assert SECRET not in masked(text, secrets_of(text)) and MASK in masked(text)


# ---------------------------------------------------------------------------- live (root, FRR)


@pytest.fixture(scope="module")
def pair(tmp_path_factory):
    """Two namespaces joined by a veth, a bgpd in each: (branch, prisma)."""
    if PROBLEM is not None:
        pytest.skip(f"the lab cannot run here: {PROBLEM[0]}; fix: {PROBLEM[1]}")
    assert not {NS_A, NS_B} & namespaces(), f"{NS_A}/{NS_B} exist: a run of this test was interrupted; " \
                                            f"`ip netns delete {NS_A}; ip netns delete {NS_B}`"
    had_frr_tmp = Path("/var/tmp/frr").exists()
    folder = tmp_path_factory.mktemp("bgp")
    a, b = Bgpd(NS_A, folder), Bgpd(NS_B, folder)
    made: list[str] = []
    try:
        for ns in (NS_A, NS_B):
            made.append(ns)
            host.run(["ip", "netns", "add", ns])
            host.run(["ip", "-n", ns, "link", "set", "lo", "up"])
        host.run(["ip", "link", "add", IF_A, "netns", NS_A, "type", "veth", "peer", "name", IF_B, "netns", NS_B])
        for ns, dev, veth, inside in ((NS_A, IF_A, VETH_A, INSIDE_A), (NS_B, IF_B, VETH_B, INSIDE_B)):
            host.run(["ip", "-n", ns, "addr", "add", f"{veth}/30", "dev", dev])
            host.run(["ip", "-n", ns, "addr", "add", f"{inside}/32", "dev", "lo"])
            host.run(["ip", "-n", ns, "link", "set", dev, "up"])
        routes()
        a.start(branch_conf(tunnel()))
        b.start(prisma_frr_conf(tunnel()))
        yield a, b
    finally:
        pids = [d.pid for d in (a, b) if d.pid]
        for d in (a, b):
            d.stop()
        existing = namespaces()
        for ns in made:
            if ns in existing:
                host.run(["ip", "netns", "delete", ns], check=False)
        assert not {NS_A, NS_B} & namespaces()
        assert not any(is_bgpd(p) for p in pids)
        assert had_frr_tmp or not Path("/var/tmp/frr").exists()  # FRR's crash buffers stayed in the lab folder


def routes() -> None:
    """Each inside address reached over the veth (the kernel drops these when the link goes down)."""
    host.run(["ip", "-n", NS_A, "route", "replace", f"{INSIDE_B}/32", "via", VETH_B, "dev", IF_A])
    host.run(["ip", "-n", NS_B, "route", "replace", f"{INSIDE_A}/32", "via", VETH_A, "dev", IF_B])


def state(d: Bgpd) -> str:
    rows = d.summary()
    return rows[0]["state"] if rows else "none"


def wait_for(d: Bgpd, established: bool, timeout_s: float = STATE_TIMEOUT_S) -> float:
    started = time.monotonic()
    while (state(d) == "Established") != established:
        if time.monotonic() - started > timeout_s:
            raise AssertionError(f"{d.ns}: still {state(d)} after {timeout_s:.0f} s")
        time.sleep(0.1)
    return time.monotonic() - started


def stays_down(d: Bgpd, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if state(d) == "Established":
            return False
        time.sleep(0.2)
    return True


@needs_lab
def test_the_session_establishes_and_each_side_learns_the_others_prefix(pair):
    a, b = pair
    wait_for(a, True, ESTABLISH_S)
    wait_for(b, True, ESTABLISH_S)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and (SUBNET not in b.received() or PRISMA_PREFIX not in a.received()):
        time.sleep(0.1)
    assert PRISMA_PREFIX in a.received() and SUBNET in b.received()
    [row] = a.summary()
    assert row["address"] == INSIDE_B and row["remote_as"] == 65534 and row["local_as"] == 65001
    assert row["state"] == "Established" and row["prefixes_received"] >= 1 and row["prefixes_sent"] >= 1
    assert row["uptime"] and row["uptime"] != "never"
    assert next(r for r in a.routes() if r["prefix"] == PRISMA_PREFIX)["as_path"] == "65534"
    # the daemon: no zebra, no kernel, its files the lab folder's, owner-only
    argv = Path(f"/proc/{a.pid}/cmdline").read_bytes().split(b"\0")
    assert b"-Z" in argv and b"-n" in argv and str(a.vty_dir).encode() in argv
    for f in (a.conf, a.log, a.pid_file):
        assert stat.S_IMODE(f.stat().st_mode) == 0o600, f
    for f in (a.vty_dir, a.tmp_dir):
        assert stat.S_IMODE(f.stat().st_mode) == 0o700, f
    # the session is the MD5-signed one: the secret is in the conf file only
    assert SECRET in a.conf.read_text() and SECRET in b.conf.read_text()
    for d in (a, b):
        shown = json.dumps([d.summary(), d.routes()])
        assert SECRET not in shown and SECRET not in d.log.read_text()


@needs_lab
def test_different_md5_passwords_keep_the_session_down(pair):
    a, b = pair
    wait_for(a, True, ESTABLISH_S)
    # the kernel checks TCP MD5 (CONFIG_TCP_MD5SIG) in every namespace; without it bgpd refuses a password
    b.reload(prisma_frr_conf(tunnel(OTHER_SECRET)))
    try:
        assert b.alive()
        wait_for(a, False)
        assert stays_down(a, 4.0) and state(b) != "Established"
        for d in (a, b):
            shown = json.dumps(d.summary())
            assert SECRET not in shown and OTHER_SECRET not in shown
            assert SECRET not in d.log.read_text() and OTHER_SECRET not in d.log.read_text()
    finally:
        b.reload(prisma_frr_conf(tunnel()))
    wait_for(a, True, ESTABLISH_S)


@needs_lab
def test_a_refused_line_fails_the_reload_and_its_message_hides_the_secret(pair):
    a, b = pair
    good = prisma_frr_conf(tunnel())
    bad = good.replace(" exit-address-family", f" neighbor {INSIDE_A} passwurd {OTHER_SECRET}\n"
                                                f" neighbor {INSIDE_A} password {OTHER_SECRET} extra\n"
                                                " exit-address-family")
    try:
        with pytest.raises(CommandFailed, match="Unknown command") as err:
            b.reload(bad)
        assert OTHER_SECRET not in str(err.value) and SECRET not in str(err.value) and MASK in str(err.value)
    finally:
        b.reload(good)
    wait_for(a, True, ESTABLISH_S)


@needs_lab
def test_link_down_ends_the_session_and_link_up_brings_it_back(pair):
    a, b = pair
    wait_for(a, True, ESTABLISH_S)
    host.run(["ip", "-n", NS_A, "link", "set", IF_A, "down"])
    try:
        seen = wait_for(a, False)
        wait_for(b, False)
        assert seen < 6, f"the hold time (3 s) ended the session only after {seen:.1f} s"
        assert PRISMA_PREFIX not in a.received()
    finally:
        host.run(["ip", "-n", NS_A, "link", "set", IF_A, "up"])
        routes()
    back = wait_for(a, True, ESTABLISH_S)
    assert back < ESTABLISH_S
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and PRISMA_PREFIX not in a.received():
        time.sleep(0.1)
    assert PRISMA_PREFIX in a.received()


@needs_lab
def test_stop_leaves_no_bgpd_and_a_start_again_comes_back(pair):
    a, b = pair
    wait_for(a, True, ESTABLISH_S)
    pid = a.pid
    assert pid is not None
    a.stop()
    assert not a.alive() and not is_bgpd(pid) and not Path(f"/proc/{pid}").exists()
    assert not a.socket.exists() and not a.pid_file.exists()
    a.stop()  # stopped already: nothing to do, nothing else touched
    assert b.alive()
    wait_for(b, False)
    new = a.start(branch_conf(tunnel()))
    assert new != pid and a.alive() and is_bgpd(new, a.vty_dir) and not is_bgpd(new, b.vty_dir)
    wait_for(a, True, ESTABLISH_S)
