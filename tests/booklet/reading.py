"""The booklet's PDF read back as a person reads it: its pages' text with the line breaks,
hyphenations and unbreakable spaces of the layout taken out."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from mission_cli.booklet.typography import typographic

_SPACES = re.compile(r"\s+")


def flat(text: str) -> str:
    """``text`` on one line, without hyphens, every run of spaces (unbreakable ones too)
    one space. Hyphens go because the PDF cannot tell them apart: the glyph ending a
    hyphenated line reads back as a soft hyphen or a hyphen, and so does a compound's own
    hyphen on the same page (each glyph has one meaning in a font's map)."""
    text = text.replace("\xad\n", "").replace("-\n", "")
    text = text.replace("\xad", "").replace("-", "")
    return _SPACES.sub(" ", text.replace("\xa0", " ").replace("\u202f", " ")).strip()


def as_printed(text: str, lang: str = "fr") -> str:
    """A string of the document as the booklet prints it, flattened the same way."""
    return flat(typographic(text, lang))


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def pages_text(pdf: bytes, last: int | None = None) -> list[str]:
    """Each page's text, flattened; only the ``last`` pages' when given (reading a page
    takes pypdf some 30 ms)."""
    pages = list(reader(pdf).pages)
    return [flat(page.extract_text()) for page in pages[-last if last else 0 :]]
