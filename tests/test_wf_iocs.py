"""IOC extraction for the IOC-blocking, phishing and bulk-import workflows."""

from __future__ import annotations

import contextlib
import ipaddress
import re

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from sasekit.workflows.iocs import (
    FILE_EXTENSIONS,
    IOC_KINDS,
    ioc_object_name,
    parse_iocs,
    parse_iocs_file,
    refang,
)

FEED = """\
THREAT BULLETIN 2026-05-04 (TLP:AMBER)
C2 server: 203.0.113.42 -- seen beaconing over TLS.
Phishing: evil[.]example(.)com and login.evil{.}example[dot]com; landing page
hxxps://bad[.]site/path?q=1 (also hXXp[://]Bad[.]Site/other.php).
IPv6 callback 2001:db8::1, sinkhole range 198.51.100.0/24, compromised host 10.0.0.5.
Attachments: invoice.pdf, evil.exe, payload.ps1.  Bogus: 999.1.1.1 and 1.2.3
Duplicates: "203.0.113.42", EVIL.EXAMPLE.COM., [2001:db8::1]
"""


def test_mixed_threat_intel_text() -> None:
    got = parse_iocs(FEED)
    assert got == {
        "ipv4": ["203.0.113.42", "10.0.0.5"],
        "ipv6": ["2001:db8::1"],
        "cidr": ["198.51.100.0/24"],
        "domain": ["evil.example.com", "login.evil.example.com"],
        "url": ["https://bad.site/path?q=1", "http://bad.site/other.php"],
        "private": ["10.0.0.5"],
    }


def test_url_hosts_are_not_domains_or_addresses_unless_alone() -> None:
    got = parse_iocs("see https://phish.example/login and http://192.0.2.7:8080/x")
    assert got["url"] == ["https://phish.example/login", "http://192.0.2.7:8080/x"]
    assert got["domain"] == [] and got["ipv4"] == []
    got = parse_iocs("phish.example hosts https://phish.example/login")
    assert got["domain"] == ["phish.example"]


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("198.51.100.77/24", "cidr", "198.51.100.0/24"),  # host bits cleared
    ("2001:DB8:0:0::/32", "cidr", "2001:db8::/32"),
    ("10.1.2.3/255.255.0.0", "cidr", "10.1.0.0/16"),
    ("2001:0DB8::0001", "ipv6", "2001:db8::1"),
    ("'Evil.Example.COM.'", "domain", "evil.example.com"),
    ("<evil.example>", "domain", "evil.example"),
    ("*.wild.example", "domain", "wild.example"),
    ("attacker@mail.evil.example", "domain", "mail.evil.example"),
    ("C2:203.0.113.9", "ipv4", "203.0.113.9"),
    ("203.0.113.9:443", "ipv4", "203.0.113.9"),
    ("xn--80ak6aa92e.com", "domain", "xn--80ak6aa92e.com"),
    ("HTTPS://Evil.Example:8443/A/B?C=D.", "url", "https://evil.example:8443/A/B?C=D"),
    ("(https://x.example/a_(b))", "url", "https://x.example/a_(b)"),
    ("http://[2001:DB8::5]/p", "url", "http://[2001:db8::5]/p"),
    ("evil.example/payload.bin", "url", "http://evil.example/payload.bin"),
    ("hxxp://evil[.]zip/", "url", "http://evil.zip/"),  # a real URL keeps a file-like TLD
])
def test_normal_forms(text: str, kind: str, value: str) -> None:
    got = parse_iocs(text)
    assert got[kind] == [value], got
    assert sum(len(got[k]) for k in IOC_KINDS) == 1, got


@pytest.mark.parametrize("junk", [
    "999.1.1.1", "1.2.3", "256.256.256.256", "010.0.0.1", "report.pdf", "evil.exe", "run.sh",
    "archive.tar.gz", "localhost", "v1.2.3", "python3.11", "e.g.", "a..b.com", "-bad-.com",
    "1.2.3.4/33", "http://999.1.1.1/", "http://localhost/x", "fe80::1%eth0", "::ffff::1",
    "exa_mple.com", "straße.de",
])
def test_junk_is_rejected(junk: str) -> None:
    got = parse_iocs(junk)
    assert all(got[k] == [] for k in IOC_KINDS), got


def test_private_and_reserved_are_kept_and_flagged() -> None:
    text = ("10.0.0.5 192.168.1.1 127.0.0.1 169.254.1.1 100.64.0.1 224.0.0.1 0.0.0.0 "
            "8.8.8.8 203.0.113.42 fd00::1 fe80::1 ::1 2001:db8::1 2606:4700::1 ::ffff:10.0.0.1 "
            "172.16.0.0/12 0.0.0.0/0 8.8.8.0/24 http://192.168.1.1/admin https://example.com/")
    got = parse_iocs(text)
    assert "10.0.0.5" in got["ipv4"] and "fd00::1" in got["ipv6"]  # kept
    assert set(got["private"]) == {
        "10.0.0.5", "192.168.1.1", "127.0.0.1", "169.254.1.1", "100.64.0.1", "224.0.0.1", "0.0.0.0",
        "fd00::1", "fe80::1", "::1", str(ipaddress.ip_address("::ffff:10.0.0.1")),
        "172.16.0.0/12", "0.0.0.0/0", "http://192.168.1.1/admin",
    }


def test_iterable_source_and_refang() -> None:
    assert parse_iocs(["203.0.113.1", "evil.example"])["domain"] == ["evil.example"]
    assert refang("hxxps[://]a[.]b(.)c{.}d[dot]e [[.]]") == "https://a.b.c.d.e ."


def test_parse_text_file(tmp_path) -> None:
    path = tmp_path / "feed.txt"
    path.write_text(FEED, encoding="utf-8")
    assert parse_iocs_file(path) == parse_iocs(FEED)


def test_parse_csv_prefers_indicator_column(tmp_path) -> None:
    path = tmp_path / "iocs.csv"
    path.write_text(
        "Type,Indicator,Comment\n"
        "ip,203.0.113.42,\"first seen on mirror.example.org, 2026\"\n"
        "domain,evil[.]example,\n"
        "url,\"hxxps://bad[.]site/a,b\",x\n"
        "ip,203.0.113.42,duplicate\n",
        encoding="utf-8-sig",
    )
    got = parse_iocs_file(path)
    assert got["ipv4"] == ["203.0.113.42"]
    assert got["domain"] == ["evil.example"]  # mirror.example.org is only in a comment
    assert got["url"] == ["https://bad.site/a,b"]  # one cell, one value: the comma is part of it


def test_parse_csv_without_preferred_header_reads_every_cell(tmp_path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("source;address;note\nfeedA;198.51.100.9;see evil.example\n", encoding="utf-8")
    got = parse_iocs_file(path)
    assert got["ipv4"] == ["198.51.100.9"] and got["domain"] == ["evil.example"]


def test_object_names() -> None:
    assert ioc_object_name("203.0.113.42", "ipv4") == "IOC_203_0_113_42"
    assert ioc_object_name("evil.example.com", "domain") == "IOC_evil.example.com"
    assert ioc_object_name("198.51.100.0/24", "cidr") == "IOC_198_51_100_0-24"
    assert ioc_object_name("2001:db8::1", "ipv6", prefix="Block") == "Block_2001_db8__1"
    assert ioc_object_name("evil.example", "domain", prefix="") == "evil.example"
    url = ioc_object_name("https://bad.site/path?q=1", "url")
    assert re.fullmatch(r"IOC_bad\.site_path_q_1_[0-9a-f]{10}", url)
    assert url != ioc_object_name("http://bad.site/path?q=1", "url")
    long = ioc_object_name("a" * 60 + ".example.com", "domain")
    assert len(long) == 63 and long == ioc_object_name("a" * 60 + ".example.com", "domain")
    assert long != ioc_object_name("a" * 60 + ".example.net", "domain")


# ------------------------------------------------------------------ properties

NAME = re.compile(r"^[0-9a-zA-Z._-]{1,63}$")
label = st.from_regex(r"[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?", fullmatch=True)
tld = st.from_regex(r"[a-z]{2,6}", fullmatch=True).filter(lambda t: t not in FILE_EXTENSIONS)
domains = st.builds(lambda labels, t: ".".join([*labels, t]), st.lists(label, min_size=1, max_size=3), tld)
ipv4s = st.ip_addresses(v=4).map(str)
ipv6s = st.ip_addresses(v=6).map(str)
cidrs = st.builds(lambda ip, p: f"{ip}/{p % (ip.max_prefixlen + 1)}", st.ip_addresses(), st.integers(0, 128))
paths = st.from_regex(r"(/[A-Za-z0-9._~%-]{0,8}){0,3}(\?[a-z]{1,5}=[A-Za-z0-9]{1,5})?[A-Za-z0-9]", fullmatch=True)
urls = st.builds(lambda s, host, path: f"{s}://{host}{path}", st.sampled_from(["http", "https", "HTTPS", "ftp"]),
                 st.one_of(domains, ipv4s, ipv6s.map(lambda a: f"[{a}]")), paths)
iocs = st.one_of(domains, ipv4s, ipv6s, cidrs, urls)
junk = st.sampled_from(["the", "invoice.pdf", "999.1.1.1", "and/or", "1.2.3", "TLP:AMBER", "--", "evil.exe"])
separators = st.sampled_from([" ", "\n", ", ", "; ", " | ", "\t", " (", ") "])
wrappers = st.sampled_from(["{}", "\"{}\"", "<{}>", "[{}]", "'{}'", "({})", "{}."])


def defang(value: str, style: int) -> str:
    dot = ["[.]", "(.)", "{.}", "[dot]", "[.]"][style % 5]
    value = re.sub(r"^http", "hxxp", value, flags=re.IGNORECASE)
    value = value.replace("://", "[://]" if style % 2 else "://")
    if "://" not in value and "[://]" not in value and ":" in value and style % 3 == 0:
        value = value.replace(":", "[:]")
    return value.replace(".", dot)


@st.composite
def feeds(draw: st.DrawFn) -> tuple[list[str], str, str]:
    values = draw(st.lists(st.one_of(iocs, junk), min_size=1, max_size=8))
    plain, fanged = [], []
    for value in values:
        wrap = draw(wrappers)
        if wrap == "[{}]" and ":" in value and "://" not in value:
            wrap = "{}"  # [2001:db8::1] stays, but a defanged "[2001[:]db8...]" would be ambiguous
        sep = draw(separators)
        plain.append(wrap.format(value) + sep)
        fanged.append(wrap.format(defang(value, draw(st.integers(0, 5)))) + sep)
    return values, "".join(plain), "".join(fanged)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(feeds())
def test_defanged_text_parses_the_same(feed: tuple[list[str], str, str]) -> None:
    values, plain, fanged = feed
    got = parse_iocs(plain)
    assert parse_iocs(fanged) == got
    assert parse_iocs(plain) == got  # deterministic
    for value in values:
        net = None
        with contextlib.suppress(ValueError):
            net = ipaddress.ip_network(value, strict=False)
        if net is not None and "/" in value:
            assert str(net) in got["cidr"]
        elif net is not None:
            assert str(net.network_address) in got[f"ipv{net.version}"]
        elif re.fullmatch(r"[a-z0-9.-]+", value) and "." in value and value.rsplit(".", 1)[1].isalpha():
            assert value in got["domain"] or value.rsplit(".", 1)[1] in FILE_EXTENSIONS
    seen = [v for k in IOC_KINDS for v in got[k]]
    assert len(seen) == len(set(seen))


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_parses_deterministically_and_idempotently(text: str) -> None:
    got = parse_iocs(text)
    assert parse_iocs(text) == got
    again = parse_iocs("\n".join(v for k in IOC_KINDS for v in got[k]))
    assert again == got


@settings(max_examples=100, deadline=None)
@given(st.lists(iocs, min_size=1, max_size=6))
def test_reparsing_normalised_output_is_stable(values: list[str]) -> None:
    got = parse_iocs(" ".join(values))
    assert parse_iocs("\n".join(v for k in IOC_KINDS for v in got[k])) == got


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120), st.text(max_size=120), st.sampled_from([*IOC_KINDS, "other"]),
       st.sampled_from(["IOC", "", "Block C2", "x" * 70]))
def test_object_names_are_valid_and_distinct(a: str, b: str, kind: str, prefix: str) -> None:
    name_a = ioc_object_name(a, kind, prefix)
    assert NAME.fullmatch(name_a), name_a
    assert ioc_object_name(a, kind, prefix) == name_a  # stable
    assume(a != b)
    assert ioc_object_name(b, kind, prefix) != name_a


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(ipv4s.map(lambda v: ("ipv4", v)), ipv6s.map(lambda v: ("ipv6", v)),
                          cidrs.map(lambda v: ("cidr", str(ipaddress.ip_network(v, strict=False)))),
                          domains.map(lambda v: ("domain", v)), urls.map(lambda v: ("url", v))),
                min_size=2, max_size=8, unique_by=lambda kv: kv[1]))
def test_real_iocs_of_any_kind_never_share_a_name(items: list[tuple[str, str]]) -> None:
    names = [ioc_object_name(value, kind) for kind, value in items]
    assert all(NAME.fullmatch(n) for n in names)
    assert len(set(names)) == len(names), list(zip(items, names, strict=True))
