"""The country codes kept in ``countries.py`` are Babel's, and names become codes."""

from __future__ import annotations

import pytest

from mission_cli.words.countries import COUNTRY_CODES, code_for, country_codes, country_name


def test_the_codes_kept_are_babels() -> None:
    assert country_codes() == COUNTRY_CODES
    assert {"FR", "US", "CA", "XK"} <= COUNTRY_CODES
    assert not {"EU", "UN", "ZZ", "XA"} & COUNTRY_CODES


@pytest.mark.parametrize(
    ("written", "code"),
    [("France", "FR"), ("états-unis", "US"), ("Etats Unis", "US"), ("fr", "FR"),
     ("Canada", "CA"), ("Narnia", None)],
)  # fmt: skip
def test_a_country_by_name(written: str, code: str | None) -> None:
    assert code_for(written) == code


def test_names_in_both_languages() -> None:
    assert country_name("US") == "United States"
    assert country_name("US", "fr") == "États-Unis"
    assert country_name("QQ") == "QQ"
