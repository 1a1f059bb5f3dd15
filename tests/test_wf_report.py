"""Compliance reports: Markdown, CSV and HTML, and escaping of hostile object names."""

from __future__ import annotations

import csv
import io
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from sasekit.workflows.report import render_report, write_report

EVIL = "<script>alert(1)</script>|x"

RULES = {
    "title": "Security rules (pre)",
    "columns": ["name", "action", "source", "destination", "disabled", "description"],
    "summary": "3 rules in Shared; 2 deny.",
    "rows": [
        {"name": "Block_Malicious_IP_203_0_113_42", "action": "deny", "source": ["Malicious_IP_203_0_113_42"],
         "destination": ["any"], "disabled": False, "description": "Auto-block from threat intel"},
        {"name": EVIL, "action": "deny", "source": ["any"], "destination": ["any"], "disabled": True,
         "description": "line one\nline two, with \"quotes\""},
        {"name": "Allow_Web", "action": "allow", "source": ["trust"], "destination": ["any"],
         "extra": "not a listed column"},
    ],
}
URL_CATEGORIES = {
    "title": "URL categories",
    "rows": [
        {"name": "Phishing_Block", "list": ["evil.example.com", "bad.site/path"], "type": "URL List"},
        {"name": "Tagged", "list": [], "type": "URL List", "tag": {"color": "red", "ids": [1, 2]}},
    ],
    "columns": None,
    "summary": None,
}
SECTIONS = [RULES, URL_CATEGORIES]


def markdown_table_rows(text: str, heading: str) -> list[list[str]]:
    """Split the table under ``heading`` into cells, honouring ``\\|`` escapes."""
    lines = text.split("\n")
    start = lines.index(heading)
    rows = []
    for line in lines[start + 1:]:
        if line.startswith("## "):
            break
        if line.startswith("|"):
            cells = re.split(r"(?<!\\)\|", line.strip())[1:-1]
            rows.append([c.strip() for c in cells])
    return rows


def test_markdown_report() -> None:
    text = render_report("Compliance report 2026-05", SECTIONS, "markdown")
    assert text.startswith("# Compliance report 2026-05\n")
    assert "3 rules in Shared; 2 deny." in text
    rules = markdown_table_rows(text, "## Security rules (pre)")
    assert rules[0] == RULES["columns"]
    assert rules[1] == ["---"] * 6
    assert all(len(r) == 6 for r in rules), rules  # "|" in a name does not add a column
    assert rules[2] == ["Block_Malicious_IP_203_0_113_42", "deny", "Malicious_IP_203_0_113_42", "any", "false",
                        "Auto-block from threat intel"]
    evil = rules[3]
    assert evil[0] == r"&lt;script&gt;alert(1)&lt;/script&gt;\|x"
    assert evil[5] == 'line one<br>line two, with "quotes"'
    assert "<script>" not in text
    cats = markdown_table_rows(text, "## URL categories")
    assert cats[0] == ["name", "list", "type", "tag"]  # union of row keys, first-seen order
    assert cats[2] == ["Phishing_Block", "evil.example.com, bad.site/path", "URL List", ""]
    assert cats[3] == ["Tagged", "", "URL List", '{"color":"red","ids":\\[1,2\\]}']


def test_markdown_empty_section() -> None:
    text = render_report("T", [{"title": "Nothing", "rows": []}], "md")
    assert "## Nothing\n\n_No rows._" in text


def test_csv_report_round_trips() -> None:
    text = render_report("ignored in CSV", SECTIONS, "csv")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    header = rows[0]
    assert header == ["section", "name", "action", "source", "destination", "disabled", "description",
                      "list", "type", "tag"]
    records = [dict(zip(header, r, strict=True)) for r in rows[1:]]
    assert len(records) == 5
    assert records[0]["section"] == "Security rules (pre)"
    assert records[1]["name"] == EVIL
    assert records[1]["description"] == "line one\nline two, with \"quotes\""
    assert records[2]["name"] == "Allow_Web" and records[2]["description"] == ""
    assert "extra" not in header  # columns given explicitly are the columns shown
    assert records[3]["section"] == "URL categories"
    assert records[3]["list"] == "evil.example.com, bad.site/path"
    assert records[4]["tag"] == '{"color":"red","ids":[1,2]}'


def test_csv_neutralises_spreadsheet_formulas() -> None:
    text = render_report("T", [{"title": "S", "rows": [
        {"a": "=HYPERLINK(\"http://evil\",\"x\")", "b": -5, "c": "@SUM(A1)", "d": "+1", "e": "ok-ish"}]}], "csv")
    row = list(csv.reader(io.StringIO(text, newline="")))[1]
    assert row == ["S", "'=HYPERLINK(\"http://evil\",\"x\")", "-5", "'@SUM(A1)", "'+1", "ok-ish"]


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.cells: list[str] = []
        self._in_cell = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append(tag)
        if tag == "td":
            self._in_cell = True
            self.cells.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "td":
            self._in_cell = False

    def handle_data(self, data: str) -> None:
        if self._in_cell:
            self.cells[-1] += data


def test_html_report_is_self_contained_and_escaped() -> None:
    text = render_report(f"Report {EVIL}", SECTIONS, "html")
    assert text.startswith("<!DOCTYPE html>")
    assert "<style>" in text and "Content-Security-Policy" in text
    assert "<script" not in text.lower().replace("&lt;script", "")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;|x" in text
    parser = _Collect()
    parser.feed(text)
    assert "script" not in parser.tags
    assert not re.search(r"""(?:src|href)\s*=""", text)  # nothing is loaded from elsewhere
    assert parser.tags.count("table") == 2 and parser.tags.count("h2") == 2
    assert EVIL in parser.cells  # shown to the reader exactly as it is named
    assert "line one\nline two, with \"quotes\"" in parser.cells
    assert '{"color":"red","ids":[1,2]}' in parser.cells


def test_unknown_format_and_bad_rows() -> None:
    with pytest.raises(ValueError, match="unknown report format"):
        render_report("T", SECTIONS, "pdf")
    with pytest.raises(TypeError, match="row 0"):
        render_report("T", [{"title": "S", "rows": ["not a mapping"]}], "csv")


@pytest.mark.parametrize(("suffix", "marker"), [(".md", "# Compliance"), (".csv", "section,"),
                                                (".html", "<!DOCTYPE html>")])
def test_write_report_picks_format_from_suffix(tmp_path: Path, suffix: str, marker: str) -> None:
    path = tmp_path / "out" / f"report{suffix}"
    written = write_report(path, "Compliance", SECTIONS)
    assert written == path
    assert path.read_text(encoding="utf-8").startswith(marker)
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file left
    assert oct(path.stat().st_mode & 0o777) == oct(0o644)


def test_write_report_replaces_atomically_and_keeps_mode(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text("old", encoding="utf-8")
    os.chmod(path, 0o600)
    with pytest.raises(ValueError, match="cannot tell the report format"):
        write_report(path, "T", SECTIONS)
    assert path.read_text(encoding="utf-8") == "old"
    write_report(path, "T", SECTIONS, fmt="csv")
    assert path.read_text(encoding="utf-8").startswith("section,")
    assert path.stat().st_mode & 0o777 == 0o600
    with pytest.raises(TypeError):
        write_report(path, "T", [{"title": "S", "rows": [1]}], fmt="csv")
    assert path.read_text(encoding="utf-8").startswith("section,")  # untouched on failure
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.txt"]


def test_cells_read_the_same_in_reports_tables_and_notifications() -> None:
    from sasekit.cells import cell_text

    assert cell_text(None) == "" and cell_text(True) == "true" and cell_text(False) == "false"
    assert cell_text(3) == "3" and cell_text(2.5) == "2.5" and cell_text("as is\n") == "as is\n"
    assert cell_text(["a", 1, None, ("b", "c")]) == "a, 1, , b, c"
    assert cell_text({"color": "red", "ids": [1, 2], "é": None}) == '{"color":"red","ids":[1,2],"é":null}'
