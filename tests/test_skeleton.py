"""The trip file ``mission init`` writes: clean for ``validate`` whatever the day it is
written, every section there with a comment on each key, a title that reads back as
typed."""

from __future__ import annotations

import re
import tomllib
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mission_cli.model.build import SECTIONS
from mission_cli.published import PROJECT_URL, SCHEMA_URL
from mission_cli.skeleton import (
    DEFAULT_TITLES,
    FORMAT_PAGE,
    LANGUAGES,
    TitleError,
    checked_title,
    skeleton,
    trip_start,
    yaml_scalar,
)
from mission_cli.words.words import LANGUAGES as OUTPUT_LANGUAGES
from tests.support import ROOT, check_golden, load

TODAY = date(2025, 3, 5)  # a Wednesday


def test_the_english_skeleton_is_the_golden_file() -> None:
    check_golden("init-en.yaml", skeleton(TODAY))


@pytest.mark.parametrize(
    ("today", "start"),
    [
        (date(2025, 3, 5), date(2025, 4, 7)),  # a Wednesday: the Monday after 4 weeks
        (date(2025, 3, 3), date(2025, 3, 31)),  # a Monday: 4 weeks to the day
        (date(2025, 3, 4), date(2025, 4, 7)),  # a Tuesday: 6 days more
        (date(2024, 12, 20), date(2025, 1, 20)),  # over the new year
    ],
)
def test_the_trip_starts_on_the_first_monday_four_weeks_ahead(today: date, start: date) -> None:
    assert trip_start(today) == start


def test_every_day_of_a_year_gives_a_monday_four_to_five_weeks_ahead() -> None:
    for offset in range(366):
        today = date(2024, 1, 1) + timedelta(days=offset)
        start = trip_start(today)
        assert start.weekday() == 0
        assert 28 <= (start - today).days < 35


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_skeleton_validates_without_any_problem(lang: str) -> None:
    loaded = load(skeleton(TODAY, lang))
    assert loaded.result.diagnostics == []
    assert loaded.model is not None
    assert loaded.model.info is not None
    assert loaded.model.info.locale == lang
    assert loaded.model.info.title == DEFAULT_TITLES[lang]
    assert loaded.model.info.start == "2025-04-07"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_it_stays_clean_whatever_week_it_is_written(lang: str) -> None:
    """Clocks change on other days in Europe and America: a trip in those weeks too."""
    for week in range(0, 53, 2):
        today = date(2026, 1, 1) + timedelta(weeks=week)
        assert load(skeleton(today, lang)).result.diagnostics == [], today


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_first_line_names_the_published_schema(lang: str) -> None:
    first = skeleton(TODAY, lang).splitlines()[0]
    assert first == f"# yaml-language-server: $schema={SCHEMA_URL}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_section_is_there_ignore_as_a_comment(lang: str) -> None:
    text = skeleton(TODAY, lang)
    sections = re.findall(r"^([a-z_]+):", text, flags=re.MULTILINE)
    assert sorted(sections) == sorted(name for name in SECTIONS if name != "ignore")
    assert "\n# ignore:\n" in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_ignore_example_once_uncommented_is_only_unused(lang: str) -> None:
    """Its rule, ids and reason are right: what remains is that it matches nothing."""
    text = skeleton(TODAY, lang)
    head, example = text.split("\n# ignore:\n")
    uncommented = "\n".join(line.removeprefix("# ") for line in example.splitlines())
    found = load(f"{head}\nignore:\n{uncommented}\n").result.diagnostics
    assert [(d.rule, d.severity) for d in found] == [("unused-ignore", "warning")]


_KEY = re.compile(r"^( *)(?:- )?([A-Za-z_][\w-]*):")
_MAPPED = {"groups", "cities", "venues", "delegates", "entry"}
"""Sections whose entries are keyed by an id of the user's: one comment for all ids."""


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_key_is_commented_where_it_first_appears(lang: str) -> None:
    seen: set[tuple[str, str]] = set()
    section = ""
    lines = skeleton(TODAY, lang).splitlines()
    for number, line in enumerate(lines):
        match = _KEY.match(line)
        if match is None:
            continue
        indent, key = match.groups()
        if not indent:
            section = key
            assert lines[number - 1].startswith("# "), f"no comment above {key}"
            continue
        name = "<id>" if section in _MAPPED and len(indent) == 2 else key
        if (section, name) not in seen:
            assert "  # " in line, f"line {number + 1} has no comment: {line}"
            seen.add((section, name))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_lines_are_short_enough_to_edit(lang: str) -> None:
    lines = skeleton(TODAY, lang).splitlines()[1:]  # the schema's address is what it is
    assert max(map(len, lines)) <= 100


def test_the_templates_are_in_the_wheel() -> None:
    """Every template matches the package data of pyproject.toml."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["mission_cli"]
    package = ROOT / "src" / "mission_cli"
    templates = sorted((package / "templates").iterdir())
    assert [p.name for p in templates] == [f"trip.{lang}.yaml" for lang in sorted(LANGUAGES)]
    for template in templates:
        assert any(template.relative_to(package).match(p) for p in patterns), template


TITLES = [
    'Visit: "Québec" #1',
    "@elus first",
    "- a list? no",
    "back\\slash \\n",
    "東京とソウルへの訪問",
    "زيارة الوفد",
    "It's 'quoted'",
    "true",
    "NULL",
    "2024",
    "1e3",
    "~",
    "{a: b}",
    "[x]",
    "a: b",
    "&anchor *alias",
    "!tag",
    "% directive",
    "Rennes – Rochester, 2024",
    "Budget $5 ${day1} $$",
]


@pytest.mark.parametrize("title", TITLES)
def test_a_title_reads_back_exactly(title: str) -> None:
    model = load(skeleton(TODAY, "en", title)).model
    assert model is not None
    assert model.info is not None
    assert model.info.title == title


@settings(max_examples=150, deadline=None)
@given(st.text(min_size=1, max_size=40))
def test_any_title_that_is_accepted_reads_back(title: str) -> None:
    try:
        expected = checked_title(title)
    except TitleError:
        return
    loaded = load(skeleton(TODAY, "fr", title))
    assert loaded.result.diagnostics == []
    assert loaded.model is not None
    assert loaded.model.info is not None
    assert loaded.model.info.title == expected


@pytest.mark.parametrize("title", ["Rennes à Québec", "Délégation 2025", "Visite de l'INRS"])
def test_a_plain_title_stays_without_quotes(title: str) -> None:
    assert yaml_scalar(title) == title
    assert f"  title: {title}  # " in skeleton(TODAY, "en", title)


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("two\nlines", "U+000A"),
        ("a\ttab", "U+0009"),
        ("escape \x1b[31m", "U+001B"),
        ("override \u202e", "U+202E"),
        ("broken byte \udcff", "U+DCFF"),
        ("\r", "U+000D"),
    ],
)
def test_a_title_with_a_control_character_is_refused(title: str, code: str) -> None:
    with pytest.raises(TitleError, match=re.escape(code)):
        skeleton(TODAY, "en", title)


@pytest.mark.parametrize("title", ["", "   ", "\u3000"])
def test_an_empty_title_is_refused(title: str) -> None:
    with pytest.raises(TitleError, match="empty"):
        checked_title(title)


@pytest.mark.parametrize("title", ["  Québec ", "x ", " x", "\u00a0Québec", "Québec\u3000"])
def test_spaces_around_a_title_are_refused_not_dropped(title: str) -> None:
    """The file's texts are read without them: kept, they would not read back (#24)."""
    with pytest.raises(TitleError, match="begins or ends with a space"):
        checked_title(title)


def test_the_header_points_to_the_format_page() -> None:
    assert FORMAT_PAGE.startswith(PROJECT_URL + "/blob/main/")
    assert (ROOT / FORMAT_PAGE.removeprefix(PROJECT_URL + "/blob/main/")).is_file()
    for lang in LANGUAGES:
        assert f"\n#   {FORMAT_PAGE}\n" in skeleton(TODAY, lang)


def test_there_is_a_skeleton_in_every_language_of_the_outputs() -> None:
    """``--lang`` offers the languages of the outputs: each needs its template."""
    assert set(LANGUAGES) == set(OUTPUT_LANGUAGES)
