"""The booklet as a reader sees it: the cover and a day's page rendered to PNG by Poppler's
``pdftoppm`` (skipped where it is not installed). The pictures land in pytest's temporary
folder, to be looked at; the test checks that they are A4 pages with ink on them (read
from a grey PGM of the same page, which needs no image library)."""

from __future__ import annotations

import math
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from mission_cli.booklet.typeset import typeset
from tests.booklet import sample
from tests.booklet.reading import as_printed, pages_text

PDFTOPPM = shutil.which("pdftoppm")
DPI = 50
A4_PIXELS = (math.ceil(595.28 / 72 * DPI), math.ceil(841.89 / 72 * DPI))  # as pdftoppm rounds


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's header chunk."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def dark_share(path: Path) -> float:
    """The share of a binary PGM's pixels darker than mid-grey: the page's ink."""
    data = path.read_bytes()
    magic, width, height, maximum, pixels = data.split(maxsplit=4)
    assert (magic, maximum) == (b"P5", b"255")
    assert len(pixels) == int(width) * int(height)
    return sum(1 for value in pixels if value < 128) / len(pixels)


def render(pdf: Path, number: int, target: Path, *options: str) -> None:
    """Page ``number`` of ``pdf`` as a picture at ``target`` (pdftoppm adds the suffix)."""
    assert PDFTOPPM is not None
    pages = ["-f", str(number), "-l", str(number)]
    command = [PDFTOPPM, *options, "-singlefile", "-r", str(DPI), *pages, str(pdf), str(target)]
    subprocess.run(command, check=True)


@pytest.mark.skipif(PDFTOPPM is None, reason="pdftoppm (poppler-utils) is not installed")
def test_the_cover_and_a_day_render_as_a4_pages_with_ink(tmp_path: Path) -> None:
    data = sample.booklet()
    pdf = tmp_path / "booklet.pdf"
    pdf.write_bytes(typeset(data))
    item = as_printed(data["days"][1]["items"][1]["title"])  # the contents list headings
    page = 1 + next(i for i, text in enumerate(pages_text(pdf.read_bytes())) if item in text)
    assert page > 2
    for number in (1, page):
        target = tmp_path / f"page-{number}"
        render(pdf, number, target, "-png")
        assert png_size(target.with_suffix(".png")) == A4_PIXELS
        render(pdf, number, target, "-gray")
        assert 0.001 < dark_share(target.with_suffix(".pgm")) < 0.2
