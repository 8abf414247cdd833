"""The pictures of ``docs/booklet.md`` are there, whole A4 pages rendered from the sample
(``mission booklet trips/2024-04.yaml`` with ``SOURCE_DATE_EPOCH=1711584000``, then
``pdftoppm -r 90 -png``), light enough for a page of documentation; and so are the
documents' links."""

from __future__ import annotations

import re

from tests.booklet.test_pictures import png_size
from tests.support import ROOT

DOC = ROOT / "docs" / "booklet.md"


def test_the_docs_pictures_are_a4_pages_under_300_kb() -> None:
    text = DOC.read_text(encoding="utf-8")
    pictures = re.findall(r"!\[[^\]]+\]\((images/[^)]+\.png)\)", text)
    assert pictures == ["images/booklet-day.png", "images/booklet-timeline.png"]
    for name in pictures:
        path = DOC.parent / name
        assert path.stat().st_size < 300_000, name
        width, height = png_size(path)
        assert abs(height / width - 297 / 210) < 0.01, name


def test_the_docs_links_lead_somewhere() -> None:
    text = DOC.read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([\w./-]+\.md)(?:#[\w-]+)?\)", text):
        assert (DOC.parent / target).is_file(), target
    assert "(cli.md#mission-booklet)" in text
    assert "\n## mission booklet\n" in (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
