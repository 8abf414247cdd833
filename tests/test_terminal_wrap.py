"""A cell's text wrapped for the terminal: a word longer than the line is cut in one pass
(textwrap copies what is left of it at every line: a title of 3 MB in one word took tens
of seconds in ``whereis``), line for line what textwrap gives."""

from __future__ import annotations

import textwrap
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from mission_cli.render.terminal_table import _cutting_long_words, wrap
from tests.support import invoke

_WORDS = st.text(alphabet="xyz-", min_size=0, max_size=90)
_BLANKS = st.sampled_from([" ", "  ", "   ", "\t", " \n ", "\r"])


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.tuples(_WORDS, _BLANKS), min_size=1, max_size=8),
    st.booleans(),
    st.integers(min_value=1, max_value=40),
)
def test_long_words_are_cut_as_textwrap_cuts_them(
    pieces: list[tuple[str, str]], leading: bool, width: int
) -> None:
    text = ("  " if leading else "") + "".join(word + blank for word, blank in pieces)
    expected = tuple(textwrap.wrap(text, width=width, break_on_hyphens=False))
    assert _cutting_long_words(text, width) == expected


def test_a_title_of_one_long_word_is_kept_whole_within_the_lines(tmp_path: Path) -> None:
    title = "".join(chr(ord("A") + n % 26) for n in range(300_000))
    trip = tmp_path / "long.yaml"
    trip.write_text(
        "trip: {title: T, home_timezone: Europe/Paris, start: 2024-04-03, end: 2024-04-05}\n"
        "cities:\n  roc: {name: Rochester, timezone: America/New_York, country: US}\n"
        "delegates:\n  d0: {name: D Zero}\n"
        f"events:\n  - id: e1\n    title: {title}\n    city: roc\n"
        "    start: 2024-04-04 10:00\n    duration: 1h\n",
        encoding="utf-8",
    )
    code, output = invoke("whereis", str(trip), "--at", "2024-04-04 10:30 EDT", "--lang", "en")
    assert code == 0
    lines = output.splitlines()
    assert lines[2:4] == ["D Zero (d0)", "  Doing: " + title[:69]]
    cut = [line.strip() for line in lines[3:] if line.startswith("    ")]
    assert "".join(cut) == title[69:] + " (Rochester) · 10:00–11:00\xa0EDT"
    assert max(map(len, lines)) <= 80
    assert wrap(title, 76) == tuple(title[i : i + 76] for i in range(0, len(title), 76))


def test_the_characters_measured_at_once_are_one_cell_each_for_rich() -> None:
    from rich.cells import cell_len as rich_cell_len

    from mission_cli.render.terminal_table import NARROW, cell_len

    narrow = [chr(c) for c in range(0x20, 0x2200) if NARROW.fullmatch(chr(c))]
    assert len(narrow) == 1312
    assert [c for c in narrow if rich_cell_len(c) != 1] == []
    assert cell_len("Réunion · 10:00–11:00\u202fEDT → 東京") == rich_cell_len(
        "Réunion · 10:00–11:00\u202fEDT → 東京"
    )
