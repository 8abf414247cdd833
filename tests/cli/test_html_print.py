"""The HTML agenda and report printed from a browser: A4, each page numbered, each page
but the first headed with the document's title and whose it is (``@page`` margin boxes,
which Chromium prints); the title is a CSS string that no text of the trip can end. Where
a headless Chromium is installed, a page is printed and read back."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.booklet.reading import flat, reader
from tests.support import ROOT, invoke

TRIP = ROOT / "trips" / "2024-04.yaml"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
TITLE = "Délégation rennaise à Rochester et au Québec"


def css_strings(html: str) -> list[str]:
    """Every ``content`` of the stylesheet's margin boxes, its escapes read back."""
    style = "".join(part.split("</style>", 1)[0] for part in html.split("<style>")[1:])
    found = re.findall(r'content: "((?:[^"\\]|\\[0-9a-fA-F]{1,6} ?)*)"', style)
    escape = re.compile(r"\\([0-9a-fA-F]{1,6}) ?")
    return [escape.sub(lambda m: chr(int(m.group(1), 16)), text) for text in found]


def test_an_agenda_prints_on_a4_numbered_and_headed_with_whose_it_is() -> None:
    code, html = invoke("agenda", str(TRIP), "-d", "nappere", "-f", "html")
    assert code == 0
    assert "@page { size: A4;" in html
    assert 'content: counter(page) " / " counter(pages)' in html
    assert css_strings(html) == [f"Programme\u202f: {TITLE} — Nathalie Appéré"]
    assert "@page :first { @top-left { content: none; } }" in html


def test_a_report_is_headed_with_its_title() -> None:
    code, html = invoke("report", str(TRIP), "-f", "html", "--lang", "en")
    assert code == 0
    assert css_strings(html) == [f"Pre-departure report: {TITLE}"]


HOSTILE = 'a"; } body { display: none } </style><script>alert(1)</script> \\"\n'


def test_no_title_ends_the_stylesheet(tmp_path: Path) -> None:
    text = TRIP.read_text(encoding="utf-8").replace(
        f"title: {TITLE}", "title: " + '"' + HOSTILE.replace("\\", "\\\\").replace('"', '\\"')
        .replace("\n", "") + '"', 1
    )  # fmt: skip
    trip = tmp_path / "trip.yaml"
    trip.write_text(text, encoding="utf-8")
    code, html = invoke("agenda", str(trip), "-d", "nappere", "-f", "html")
    assert code == 0, html
    assert html.count("</style>") == 2  # the shared stylesheet, the page's own rule
    assert "<script>" not in html
    assert css_strings(html) == [f"Programme\u202f: {HOSTILE.strip()} — Nathalie Appéré"]


@pytest.mark.skipif(CHROMIUM is None, reason="no headless Chromium on this machine")
def test_chromium_prints_it_so(tmp_path: Path) -> None:
    page = tmp_path / "agenda.html"
    assert invoke("agenda", str(TRIP), "-d", "nappere", "-f", "html", "-o", str(page))[0] == 0
    pdf = tmp_path / "agenda.pdf"
    assert CHROMIUM is not None
    subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--no-pdf-header-footer",
         f"--print-to-pdf={pdf}", page.as_uri()],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    pages = reader(pdf.read_bytes()).pages
    assert len(pages) > 2
    for number, sheet in enumerate(pages, 1):
        width, height = float(sheet.mediabox.width), float(sheet.mediabox.height)
        assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == (210, 297)
        text = flat(sheet.extract_text())
        assert f" {number} / {len(pages)} " in f" {text} ", number
        headed = flat(f"Programme\u202f: {TITLE} — Nathalie Appéré") in text
        assert headed == (number > 1), number
