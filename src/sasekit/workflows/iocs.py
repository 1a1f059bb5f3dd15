"""Indicators of compromise (IOCs) pulled out of free-form threat-intel text.

The guide's "Automated IOC Blocking", "Phishing Domain Response" and "Bulk IOC Import"
workflows all start with a script step that turns a feed, an e-mail or a CSV into
address objects and URL-category entries. Feeds are messy: indicators are defanged
(``hxxps://bad[.]site``) so nobody clicks them, wrapped in quotes and brackets, repeated,
and mixed with file names that look like domains (``invoice.pdf``). A wrong guess here
becomes a wrong block rule in production, so the parser is deliberately conservative:

* every value is normalised (``ipaddress`` for addresses and networks, lower-case
  domains and URL hosts) so the same indicator is one object, whatever its spelling;
* an indicator is reported once, in the order it was first seen, so object names and
  rule order are stable from run to run;
* the host of a URL is not repeated as a domain (nor an IP host as an address) unless
  it also appears on its own: blocking a URL and blocking its whole domain are
  different decisions;
* private, loopback, link-local, multicast and reserved addresses are *kept* (a feed
  saying "10.0.0.5 is compromised" is information) but listed under ``private`` as
  well, because blocking internal infrastructure from a feed entry is rarely wanted.
  Documentation ranges (``203.0.113.0/24`` and friends) are not flagged: they stand
  in for public addresses in examples and tests, including the integration guide's.
"""

from __future__ import annotations

import csv
import hashlib
import io
import ipaddress
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

__all__ = ["IOC_KINDS", "feed_lines", "ioc_object_name", "parse_iocs", "parse_iocs_file", "refang", "unparsed"]

#: The keys of :func:`parse_iocs`'s result that hold indicators (``private`` is extra).
IOC_KINDS = ("ipv4", "ipv6", "cidr", "domain", "url")

#: Last labels that are far more often file extensions than top-level domains in
#: threat-intel prose (several are real TLDs, e.g. ``.zip`` and ``.sh``; an explicit
#: URL such as ``https://evil.zip/`` is still accepted, only bare tokens are refused).
FILE_EXTENSIONS = frozenset((
    "exe", "dll", "pdf", "doc", "docx", "xls", "xlsx", "zip", "js", "txt", "png", "jpg", "gif",
    "sh", "py", "ps1", "bat", "msi", "dat", "log", "tmp", "bin", "iso", "rar", "gz", "tar", "csv",
    "json", "xml", "html", "htm", "php", "asp", "aspx", "jsp", "jar", "vbs", "lnk", "hta", "scr",
    "docm", "xlsm", "ppt", "pptx", "rtf", "yml", "yaml", "ini", "cfg", "tgz", "dmg", "apk",
))

# Networks whose addresses are internal or never routed on the Internet. Python's
# ``is_private`` would also flag the documentation ranges, which is not what a caller
# deciding "is this internal infrastructure?" wants.
_INTERNAL_NETS: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...] = tuple(
    ipaddress.ip_network(n)
    for n in (
        "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16",
        "172.16.0.0/12", "192.0.0.0/24", "192.168.0.0/16", "198.18.0.0/15", "224.0.0.0/4",
        "240.0.0.0/4",
        "::/128", "::1/128", "100::/64", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8",
    )
)

# --------------------------------------------------------------------------- refanging

_REFANGS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\[\s*:\s*//\s*\]"), "://"),
    (re.compile(r"\[\s*:\s*\]"), ":"),
    (re.compile(r"[\[({]\s*(?:\.|dot)\s*[\])}]", re.IGNORECASE), "."),
    (re.compile(r"\bhxxp(s?)(?=://)", re.IGNORECASE), r"http\1"),
    (re.compile(r"\bfxp(s?)(?=://)", re.IGNORECASE), r"ftp\1"),
)


def refang(text: str) -> str:
    """Undo the usual defanging (``hxxp``, ``[.]``, ``(.)``, ``{.}``, ``[dot]``, ``[:]``,
    ``[://]``) so the text can be parsed like plain text.

    Replacement repeats until nothing changes, so nested forms such as ``[[.]]`` end up
    in the same place as their plain spelling and parsing stays idempotent.
    """
    while True:
        new = text
        for pattern, repl in _REFANGS:
            new = pattern.sub(repl, new)
        if new == text:
            return text
        text = new


# ------------------------------------------------------------------------- recognising

_URL = re.compile(r"\b(?:https?|ftps?|sftp)://[^\s<>\"'`]+", re.IGNORECASE)
_SPLIT = re.compile(r"[\s,;|\"'`<>()\[\]{}=\\\u201c\u201d\u2018\u2019\u00ab\u00bb]+")
_STRIP = ".,;!?*'\"`()[]{}<>#\u201c\u201d\u2018\u2019\u00ab\u00bb"
_URL_TRAILING = ".,;:!?*"
_CLOSERS = {")": "(", "]": "[", "}": "{"}
_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
_TLD = re.compile(r"[a-z]{2,63}|xn--[a-z0-9-]{1,59}")
_PORT = re.compile(r"[0-9]{1,5}")

_Kind = tuple[str, str]  # (kind, normalised value)


def _domain(text: str, *, files_ok: bool) -> str | None:
    """The normalised domain, or None when ``text`` is not a plausible host name."""
    if not text.isascii():
        return None
    name = text.lower().rstrip(".")
    labels = name.split(".")
    if len(labels) < 2 or len(name) > 253:
        return None
    if not _TLD.fullmatch(labels[-1]) or not all(_LABEL.fullmatch(label) for label in labels):
        return None
    if not files_ok and labels[-1] in FILE_EXTENSIONS:
        return None
    return name


def _ip(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    if not text.isascii() or "%" in text:  # a zone index is not an indicator
        return None
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


def _authority(auth: str, *, files_ok: bool) -> tuple[str, str, str] | None:
    """Normalise ``[user@]host[:port]``: (authority, host kind, host value) or None."""
    userinfo, at, hostport = auth.rpartition("@")
    port = ""
    if hostport.startswith("["):
        host, bracket, rest = hostport[1:].partition("]")
        if not bracket or (rest and not rest.startswith(":")):
            return None
        port = rest[1:] if rest else ""
        addr = _ip(host)
        if not isinstance(addr, ipaddress.IPv6Address):
            return None
        kind, value, shown = "ipv6", addr.compressed, f"[{addr.compressed}]"
    else:
        host, colon, port = hostport.partition(":")
        if colon and not port:
            return None
        addr = _ip(host)
        if isinstance(addr, ipaddress.IPv4Address):
            kind, value = "ipv4", str(addr)
        elif (name := _domain(host, files_ok=files_ok)) is not None:
            kind, value = "domain", name
        else:
            return None
        shown = value
    if port and (not _PORT.fullmatch(port) or int(port) > 65535):
        return None
    return f"{userinfo}{at}{shown}{':' + port if port else ''}", kind, value


def _url(text: str) -> str | None:
    """The normalised URL (scheme and host lower-cased, the rest verbatim), or None."""
    scheme, _, rest = text.partition("://")
    cut = min((i for i in (rest.find(c) for c in "/?#") if i >= 0), default=len(rest))
    parsed = _authority(rest[:cut], files_ok=True)
    if parsed is None:
        return None
    return f"{scheme.lower()}://{parsed[0]}{rest[cut:]}"


def _trim_url(text: str) -> str:
    """Drop sentence punctuation and unbalanced closing brackets after a URL."""
    while text:
        last = text[-1]
        if last in _URL_TRAILING or (last in _CLOSERS and text.count(last) > text.count(_CLOSERS[last])):
            text = text[:-1]
        else:
            break
    return text


def _classify(token: str) -> _Kind | None:
    """Recognise one whitespace/bracket-free token as a single indicator."""
    if not token:
        return None
    if "/" in token:
        host, _, rest = token.partition("/")
        if _ip(host) is not None and rest.isascii() and rest.replace(".", "").isdigit():
            try:  # a prefix length, or a netmask such as /255.255.255.0
                return "cidr", str(ipaddress.ip_network(token, strict=False))
            except ValueError:
                return None
        parsed = _authority(host, files_ok=False)
        if parsed is None:
            return None
        if not rest:  # "evil.com/" is the host itself
            return parsed[1], parsed[2]
        return "url", f"http://{parsed[0]}/{rest}"  # schemeless "host/path": a web URL
    addr = _ip(token)
    if addr is not None:
        return ("ipv4" if addr.version == 4 else "ipv6"), addr.compressed
    name = _domain(token, files_ok=False)
    return ("domain", name) if name else None


def _token_iocs(token: str) -> list[_Kind]:
    """Indicators in a token: the whole token, else its ``:``/``@``-separated parts
    (``10.0.0.5:8080``, ``C2:203.0.113.42``, ``user@evil.example``)."""
    inner = token.strip(_STRIP)
    found = _classify(inner)
    if found is None and inner.endswith(":") and not inner.endswith("::"):  # "203.0.113.9:"
        found = _classify(inner[:-1].rstrip(_STRIP))
    if found:
        return [found]
    if ":" not in inner and "@" not in inner:
        return []
    parts = (_classify(part.strip(_STRIP + ":")) for part in re.split(r"[:@]", inner))
    return [found for found in parts if found]


def _is_internal(value: str) -> bool:
    """Whether an address, network or URL host is internal or never globally routed."""
    if "://" in value:
        parsed = _authority(re.split(r"[/?#]", value.partition("://")[2], maxsplit=1)[0], files_ok=True)
        if parsed is None or parsed[1] == "domain":
            return False
        value = parsed[2]
    try:
        net = ipaddress.ip_network(value, strict=False)
    except ValueError:
        return False
    if isinstance(net, ipaddress.IPv6Network) and net.prefixlen == 128:
        mapped = net.network_address.ipv4_mapped
        if mapped is not None:
            net = ipaddress.ip_network(mapped)
    return any(net.version == inner.version and net.overlaps(inner) for inner in _INTERNAL_NETS)


def parse_iocs(source: str | Iterable[str]) -> dict[str, list[str]]:
    """Extract and normalise the IOCs in ``source`` (a text, or lines/cells of text).

    Returns ``{"ipv4", "ipv6", "cidr", "domain", "url", "private"}``, each a list of
    distinct strings in first-seen order. ``private`` repeats the addresses, networks
    (any overlap counts) and URLs with an address host that are internal or reserved,
    so a caller can drop them with ``value not in result["private"]``.

    Normal forms: ``203.0.113.42``, ``2001:db8::1``, ``198.51.100.0/24`` (host bits
    cleared), ``evil.example.com`` (lower case, no trailing dot) and
    ``https://bad.site/path?q=1`` (scheme and host lower case, path kept). A bare
    ``host/path`` becomes an ``http://`` URL. Rejected: invalid addresses, single-label
    names, names whose last label is not alphabetic (or ``xn--``), and bare names ending
    in a common file extension (:data:`FILE_EXTENSIONS`).
    """
    text = source if isinstance(source, str) else "\n".join(source)
    text = refang(text)
    found: dict[str, dict[str, None]] = {kind: {} for kind in IOC_KINDS}
    pieces: list[str] = []
    position = 0
    for match in _URL.finditer(text):
        pieces.append(text[position:match.start()])
        position = match.end()
        url = _url(_trim_url(match.group()))
        if url is not None:
            found["url"].setdefault(url)
    pieces.append(text[position:])
    for token in _SPLIT.split(" ".join(pieces)):
        for kind, value in _token_iocs(token):
            found[kind].setdefault(value)
    result = {kind: list(values) for kind, values in found.items()}
    result["private"] = [
        value for kind in ("ipv4", "ipv6", "cidr", "url") for value in result[kind] if _is_internal(value)
    ]
    return result


_PREFERRED_COLUMNS = ("ioc", "indicator", "value")


def parse_iocs_file(path: str | os.PathLike[str], column: str | None = None) -> dict[str, list[str]]:
    """:func:`parse_iocs` over a text file or a CSV/TSV export (the "Bulk IOC Import"
    workflow's input); which lines or cells are read: :func:`feed_lines`."""
    return parse_iocs(text for _, text in feed_lines(path, column))


def feed_lines(path: str | os.PathLike[str], column: str | None = None) -> list[tuple[int, str]]:
    """``(line number, text)`` of each line of a feed file that may hold indicators.

    A text file: every line that is not blank and not a ``#`` comment. A ``.csv``/``.tsv``
    file: the cells of ``column`` (any case), or when none is given of the first column
    named ``ioc``, ``indicator`` or ``value``, else every cell; the number is the row's
    (the header is row 1). A ``column`` the file does not have is an error naming the
    columns it has, so a typo cannot turn into an empty import.
    """
    path = Path(path)
    text = path.read_bytes().decode("utf-8-sig", errors="replace")
    if path.suffix.lower() not in (".csv", ".tsv"):
        return [(n, line) for n, line in enumerate(text.splitlines(), 1)
                if line.strip() and not line.lstrip().startswith("#")]
    if path.suffix.lower() == ".tsv":
        delimiter = "\t"
    else:
        try:
            delimiter = csv.Sniffer().sniff(text[:8192], delimiters=",;\t|").delimiter
        except csv.Error:
            delimiter = ","
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    header = [cell.strip().lower() for cell in rows[0]] if rows else []
    wanted = [column.strip().lower()] if column else list(_PREFERRED_COLUMNS)
    for name in wanted:
        if name in header:
            at = header.index(name)
            return [(n, row[at]) for n, row in enumerate(rows[1:], 2) if len(row) > at and row[at].strip()]
    if column:
        raise ValueError(f"{path.name} has no column {column!r} (columns: {', '.join(rows[0]) if rows else 'none'})")
    return [(n, cell) for n, row in enumerate(rows, 1) for cell in row if cell.strip()]


def unparsed(lines: Iterable[tuple[int, str]]) -> list[dict[str, Any]]:
    """The lines in which :func:`parse_iocs` finds no indicator: ``{line, text}`` each,
    so a feed's garbage is listed instead of silently dropped (or, worse, blocked)."""
    return [{"line": n, "text": text.strip()[:200]} for n, text in lines
            if not any(found for kind, found in parse_iocs(text).items() if kind != "private")]


# ------------------------------------------------------------------------ object names

_NAME_MAX = 63
_HASH_LEN = 10
_UNSAFE = re.compile(r"[^0-9a-zA-Z.-]")


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()[:_HASH_LEN]


def _canonical_ip_body(value: str, kind: str) -> str | None:
    """The readable name part for a canonical address or network, else None.

    ``.`` and ``:`` become ``_``, the ``/`` of a network becomes ``-``. Only canonical
    values take this path, and for them the mapping is one-to-one (see tests).
    """
    try:
        if kind == "cidr":
            canonical = str(ipaddress.ip_network(value, strict=True))
        elif kind in ("ipv4", "ipv6"):
            addr = ipaddress.ip_address(value)
            canonical = str(addr) if addr.version == int(kind[-1]) else ""
        else:
            return None
    except ValueError:
        return None
    if canonical != value or (":" in value and "." in value):  # "::ffff:1.2.3.4" spellings
        return None
    return value.replace(".", "_").replace(":", "_").replace("/", "-")


def ioc_object_name(value: str, kind: str, prefix: str = "IOC") -> str:
    """A Prisma Access object name for an IOC: ``IOC_203_0_113_42``, ``IOC_evil.example.com``.

    Names allow only ``[0-9a-zA-Z._-]`` and at most 63 characters. The readable part is
    the value itself when that is lossless (a canonical address or network, or a value
    already made of letters, digits, ``.`` and ``-``); otherwise unsafe characters
    become ``_`` and a short hash of the exact value is appended, so two different
    values never share a name (``a?b`` and ``a&b`` would both read ``a_b``). URLs lose
    their ``scheme://`` in the readable part; the hash keeps ``http``/``https`` apart.
    Names longer than 63 characters are cut and end with the hash too. The same value
    always gets the same name, so re-running a workflow finds its earlier objects.
    """
    head = _UNSAFE.sub("_", prefix)
    head = f"{head}_" if head else ""
    body = _canonical_ip_body(value, kind)
    if body is None:
        shown = value.partition("://")[2] if kind == "url" and "://" in value else value
        if shown and kind != "url" and not _UNSAFE.search(shown):
            body = shown  # lossless: no "_" can appear in it
        else:
            safe = _UNSAFE.sub("_", shown)
            body = f"{safe}_{_digest(value)}"
    name = head + body
    if len(name) > _NAME_MAX:
        name = f"{name[: _NAME_MAX - _HASH_LEN - 1]}_{_digest(value)}"
    return name
