"""The tunnel intent file and the region choice: what a user writes and what sasekit decides."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from sasekit.tunnels import intent as intents
from sasekit.tunnels.region import Regions, distance_km

GOOD = """\
defaults:
  device: junos
sites:
  - name: paris-01
    location: {city: Paris}
    subnets: [10.20.0.0/24]
    wan:
      - {name: wan1, interface: eth0, address: 203.0.113.10}
      - {name: lte, interface: eth1, address: dynamic, id: {ufqdn: paris@example.com}}
    bgp:
      local_as: 65101
      local_address: 169.254.10.2
      peer_address: 169.254.10.1
      secret: ${PARIS_BGP}
      secondary: {local_address: 169.254.11.2, peer_address: 169.254.11.1}
  - name: tokyo-01
    location: auto
    country: Japan
    subnets: [10.30.0.0/24]
    device: strongswan
    psk: keyring:sasekit/tokyo
    crypto:
      ike: {encryption: [aes-256-gcm], hash: [sha384], dh_group: [group20], lifetime: 8h}
      ipsec: {encryption: [aes-256-gcm], authentication: [none], dh_group: group20, lifetime: 60m}
    wan: [{name: wan1, address: 198.51.100.7, id: tokyo.example.com}]
  - name: lab-01
    region: europe-central
    subnets: [10.40.0.0/24]
    crypto: {ike: PaloAlto-Networks-IKE-Crypto, ipsec: PaloAlto-Networks-IPSec-Crypto}
    wan: [{name: wan1, address: 192.0.2.9}]
  - name: edge-01
    location: {latitude: -33.87, longitude: 151.21}
    subnets: [10.50.0.0/24]
    wan: [{name: wan1, address: 192.0.2.10}]
"""


def write(tmp_path: Path, text: str, name: str = "tunnels.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_an_intent_reads_into_sites_with_every_choice_kept(tmp_path):
    intent = intents.read(write(tmp_path, GOOD))
    paris, tokyo, lab, edge = intent.sites
    assert paris.device == "junos" and tokyo.device == "strongswan"  # defaults, and a site's own value
    assert (paris.place.latitude, paris.place.longitude) == (48.86, 2.35) and "Paris" in paris.place.source
    assert tokyo.place.source == "Japan"
    assert lab.place.value == "europe-central" and edge.place.source.startswith("-33.87")
    assert [w.address for w in paris.wan] == ["203.0.113.10", "dynamic"]
    assert paris.wan[1].identity == ("ufqdn", "paris@example.com")
    assert tokyo.wan[0].identity == ("fqdn", "tokyo.example.com")
    assert paris.wan[0].psk == "generate" and tokyo.wan[0].psk == "keyring:sasekit/tokyo"
    assert paris.bgp.primary.secret == paris.bgp.secondary.secret == "${PARIS_BGP}"  # inherited
    assert paris.bgp.secondary.peer_address == "169.254.11.1"
    assert paris.crypto.kind == "default" and paris.crypto.profile_names("paris-01") == intents.DEFAULT_PROFILES
    assert tokyo.crypto.kind == "explicit" and tokyo.crypto.ike["lifetime"] == 28800
    assert tokyo.crypto.ipsec["lifetime"] == 3600 and tokyo.crypto.profile_names("tokyo-01") == (
        "tokyo-01-ike", "tokyo-01-ipsec")
    assert lab.crypto.kind == "predefined" and lab.crypto.profile_names("lab-01") == (
        "PaloAlto-Networks-IKE-Crypto", "PaloAlto-Networks-IPSec-Crypto")
    assert intent.folder == "Remote Networks" and len(intent.digest) == 16


BAD = """\
sites:
  - name: 1bad
    location: {city: Pariss}
    wan:
      - {name: wan1, address: 300.1.1.1, psk: hunter2}
      - {name: wan1, address: dynamic}
      - {name: wan3}
    crypto:
      ike: {encryption: [aes-999], dh_group: [group21], lifetime: 2y}
    device: junoss
    colour: blue
  - name: twice
    subnets: [10.0.0.1/24]
    location: {country: Atlantis}
    wan:
      - {name: a, address: 192.0.2.1}
      - {name: b, address: 192.0.2.2}
    bgp: {local_as: 65001, local_address: 169.254.0.2, peer_address: 169.254.0.1, secret: plain}
  - name: twice
    location: {latitude: 91, longitude: 0}
    subnets: [10.1.0.0/24]
    wan: [{name: a, address: 192.0.2.3}]
"""


def test_every_problem_of_an_intent_at_once_with_its_line(tmp_path):
    with pytest.raises(intents.IntentInvalid) as caught:
        intents.read(write(tmp_path, BAD))
    text = str(caught.value)
    expected = [
        ("tunnels.yaml:2: sites[0].name", "must start with a letter"),
        ("tunnels.yaml:3: sites[0].location", "city 'Pariss' is not in the table (did you mean 'Paris'?)"),
        ("tunnels.yaml:5: sites[0].wan", "one or two WAN links"),
        ("tunnels.yaml:5: sites[0].wan[0].address", "'300.1.1.1' is not an IPv4 address"),
        ("tunnels.yaml:5: sites[0].wan[0].psk", "must not be written in the file"),
        ("tunnels.yaml:6: sites[0].wan[1].name", "'wan1' is given twice"),
        ("tunnels.yaml:6: sites[0].wan[1].id", "a dynamic address needs an IKE identity"),
        ("tunnels.yaml:9: sites[0].crypto.ike.dh_group[0]", "Prisma Access has no group21"),
        ("tunnels.yaml:9: sites[0].crypto.ike.encryption[0]", "'aes-999' is not one of"),
        ("tunnels.yaml:9: sites[0].crypto.ike.lifetime", "lifetime '2y'"),
        ("tunnels.yaml:10: sites[0].device", "did you mean 'junos'?"),
        ("tunnels.yaml:11: sites[0].colour", "unknown site key 'colour'"),
        ("tunnels.yaml:13: sites[1].subnets[0]", "'10.0.0.1/24' is not an IPv4 network"),
        ("tunnels.yaml:14: sites[1].location", "country 'Atlantis' is not in the table"),
        ("tunnels.yaml:18: sites[1].bgp", "the secondary WAN needs its own BGP peer"),
        ("tunnels.yaml:18: sites[1].bgp.secret", "must not be written in the file"),
        ("tunnels.yaml:19: sites[2].name", "site 'twice' is given twice"),
        ("tunnels.yaml:20: sites[2].location", "out of range"),
    ]
    for where, what in expected:
        assert any(f"{tmp_path}/{where}:" in line and what in line for line in text.splitlines()), (where, text)
    assert text.startswith(f"{tmp_path / 'tunnels.yaml'}: 20 problems; nothing was changed")
    assert "hunter2" not in text and "plain" not in text.replace("explain", "")  # secrets are not echoed
    assert caught.value.remedy.startswith("fix the lines above")


def test_the_cli_reports_a_bad_intent_in_one_block_and_exits_2(capsys, monkeypatch, tmp_path):
    from cli_helpers import cli_runner

    cli = cli_runner(capsys, monkeypatch)
    path = write(tmp_path, BAD)
    r = cli("tunnel", "validate", str(path))
    assert r.code == 2 and "Traceback" not in r.err
    assert "20 problems; nothing was changed" in r.err and "fix: fix the lines above" in r.err
    r = cli("tunnel", "validate", str(write(tmp_path, GOOD, "good.yaml")))
    assert r.code == 0 and "ok (4 sites, 5 tunnels)" in r.err


def test_a_generated_secret_is_made_once_mode_0600_and_reused(tmp_path):
    ref = intents.generated(tmp_path / ".tunnels.secrets", "site-wan1.psk")
    path = Path(ref[len("file:"):])
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    assert oct((tmp_path / ".tunnels.secrets").stat().st_mode & 0o777) == "0o700"
    first = intents.resolve_secret(ref, "test")
    assert len(first) == 32 and intents.generated(tmp_path / ".tunnels.secrets", "site-wan1.psk") == ref
    assert intents.resolve_secret(ref, "test") == first


def test_secret_references_resolve_from_the_environment_and_name_what_is_missing(monkeypatch):
    monkeypatch.setenv("BRANCH_PSK", "from-the-env")
    assert intents.resolve_secret("${BRANCH_PSK}", "site x") == "from-the-env"
    monkeypatch.delenv("BRANCH_PSK")
    with pytest.raises(Exception, match="site x refers to environment variable BRANCH_PSK, which is not set"):
        intents.resolve_secret("${BRANCH_PSK}", "site x")


# ---------------------------------------------------------------------------- region choice

LOCATIONS = [
    {"value": "france-north", "display": "France North", "latitude": 48.86, "longitude": 2.35,
     "aggregate_region": "europe-west"},
    {"value": "belgium", "display": "Belgium", "latitude": 50.85, "longitude": 4.35,
     "aggregate_region": "europe-west"},
    {"value": "uk", "display": "UK", "latitude": 51.51, "longitude": -0.13, "aggregate_region": "europe-west"},
    {"value": "germany-central", "display": "Germany Central", "latitude": 50.11, "longitude": 8.68,
     "aggregate_region": "europe-central"},
    {"value": "japan-central", "display": "Japan Central", "latitude": 35.68, "longitude": 139.69,
     "aggregate_region": "asia-northeast"},
]
ALLOCATIONS = [{"name": "europe-central", "allocated_bandwidth": 100, "spn_name_list": ["eu-c-oak", "eu-c-elm"]},
               {"name": "asia-northeast", "allocated_bandwidth": 50, "spn_name_list": ["ap-ne-cedar"]}]


def site(**changes):
    from dataclasses import replace

    base = intents.read({"sites": [{"name": "s1", "location": {"city": "Paris"}, "subnets": ["10.0.0.0/24"],
                                    "wan": [{"name": "wan1", "address": "192.0.2.1"}]}]}).sites[0]
    return replace(base, **changes)


def test_the_nearest_location_with_bandwidth_is_chosen_and_the_nearer_ones_explained():
    choice = Regions(LOCATIONS, ALLOCATIONS).choose(site())
    assert choice.region == "germany-central" and choice.aggregate_region == "europe-central"
    assert [c.value for c in choice.candidates][:3] == ["france-north", "belgium", "uk"]
    assert not any(c.allocated for c in choice.candidates[:3]) and choice.candidates[3].allocated
    lines = choice.explain()
    assert lines[0].startswith("France North (france-north, europe-west): 0 km, no bandwidth allocation")
    assert "Germany Central (germany-central, europe-central): 478 km, allocated  <- chosen" in lines[3]
    assert lines[-1] == "SPN eu-c-oak (least used of 2 in europe-central)"
    assert 477 < distance_km(48.86, 2.35, 50.11, 8.68) < 478  # Paris - Frankfurt


def test_spns_are_shared_out_and_a_site_keeps_the_one_it_has():
    regions = Regions(LOCATIONS, ALLOCATIONS, [{"name": "old", "spn_name": "eu-c-oak"}])
    assert regions.choose(site()).spn_name == "eu-c-elm"          # the less loaded
    assert regions.choose(site()).spn_name in ("eu-c-oak", "eu-c-elm")
    kept = Regions(LOCATIONS, ALLOCATIONS).choose(site(), {"region": "germany-central", "spn_name": "eu-c-elm"})
    assert kept.spn_name == "eu-c-elm" and kept.spn_how.startswith("kept")


def test_hand_chosen_region_and_spn_are_checked_not_changed():
    regions = Regions(LOCATIONS, ALLOCATIONS)
    assert regions.choose(site(place=intents.Place(value="japan-central"))).spn_name == "ap-ne-cedar"
    uk = regions.choose(site(place=intents.Place(value="uk")))
    assert uk.problem.startswith("region uk (europe-west) has no bandwidth allocation: allocate some first")
    typo = regions.choose(site(place=intents.Place(value="japan-centrl")))
    assert "is not a Prisma Access location of this tenant (did you mean 'japan-central'?)" in typo.problem
    wrong = regions.choose(site(spn_name="ap-ne-cedar"))
    assert wrong.problem == "spn_name 'ap-ne-cedar' is not in the allocation of europe-central (eu-c-oak, eu-c-elm)"
    byol = regions.choose(site(license_type="FWAAS-BYOL"))
    assert byol.region == "germany-central" and byol.spn_name is None and byol.problem is None


def test_without_any_allocation_the_choice_says_what_to_do():
    choice = Regions(LOCATIONS, []).choose(site())
    assert "no aggregate region of this tenant has bandwidth allocated" in choice.problem


def test_the_places_table_is_usable():
    table = intents.places()
    assert len(table["cities"]) > 100 and len(table["countries"]) > 60
    for c in table["cities"]:
        assert -90 <= c["latitude"] <= 90 and -180 <= c["longitude"] <= 180 and c["country"] in table["countries"]
    assert os.path.basename(intents.__file__) == "intent.py"
