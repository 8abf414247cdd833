"""Dates in words: the long date of headings, and the shorter ones of the booklet (a day
within the trip, a column of its timeline), French ``1er`` included."""

from __future__ import annotations

from datetime import date

import pytest

from mission_cli.words.words import words_for


@pytest.mark.parametrize(
    ("lang", "day", "long", "day_month", "short"),
    [
        ("en", date(2024, 4, 4), "Thursday 4 April 2024", "4 April", "Thu 4"),
        ("fr", date(2024, 4, 4), "jeudi 4 avril 2024", "4 avril", "jeu. 4"),
        ("en", date(2025, 4, 1), "Tuesday 1 April 2025", "1 April", "Tue 1"),
        ("fr", date(2025, 4, 1), "mardi 1er avril 2025", "1er avril", "mar. 1"),
    ],
)
def test_dates_in_each_language(
    lang: str, day: date, long: str, day_month: str, short: str
) -> None:
    words = words_for(lang)
    assert words.long_date(day) == long
    assert words.day_month(day) == day_month
    assert words.short_day(day) == short
