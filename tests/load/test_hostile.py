"""Hostile and huge input, at the stages that read it: sizes are generated here, never
committed. Each ends in a located diagnostic; none crashes, hangs or rewrites a value.
(Timings belong in benchmarks/, not here.)"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from mission_cli.diagnostics import MAX_PROBLEMS
from mission_cli.load.depth import NESTING_LIMIT, too_deep
from mission_cli.load.source import MAX_BYTES, SourceError, decode_source, read_source
from mission_cli.pipeline import load_path, load_source
from tests.support import BASE, BASE_LINES, ROOT, problems

HEAD = "trip: {title: T, home_timezone: UTC, start: 2024-01-01, end: 2024-01-02}\n"


def load_text(text: str) -> list[tuple[str, int, int]]:
    result = load_source(decode_source(text.encode(), "trip.yaml")).result
    return [(d.rule, d.line, d.column) for d in result.diagnostics]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("x: " + "[" * 30_000 + "]" * 30_000 + "\n", (1, 4 + NESTING_LIMIT)),
        ("x: " + "{a: " * 30_000 + "1" + "}" * 30_000 + "\n", (1, 4 + 4 * NESTING_LIMIT)),
        ("- " * 30_000 + "x\n", (1, 2 * NESTING_LIMIT + 1)),
        ("-\t" * 30_000 + "x\n", (1, 2 * NESTING_LIMIT + 1)),
    ],
    ids=["flow-sequences", "flow-mappings", "block-dashes", "block-dashes-with-tabs"],
)
def test_thirty_thousand_levels_are_refused_before_the_parser(
    text: str, where: tuple[int, int]
) -> None:
    """ruamel's C composer would crash the process (a segmentation fault) on these."""
    assert load_text(text) == [("yaml-syntax", *where)]


def test_a_deep_file_does_not_crash_the_command(tmp_path: Path) -> None:
    path = tmp_path / "deep.yaml"
    path.write_text("x: " + "[" * 30_000 + "]" * 30_000 + "\n")
    done = subprocess.run(
        [sys.executable, "-m", "mission_cli", "validate", str(path)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 1, done.stderr
    assert "nested more than 1000 levels" in done.stdout


def test_deep_indentation_is_refused_at_its_line() -> None:
    text = "a:\n" + "".join(" " * i + f"k{i}:\n" for i in range(1, 1200))
    assert load_text(text) == [("yaml-syntax", NESTING_LIMIT + 2, NESTING_LIMIT + 1)]


@pytest.mark.parametrize(
    "text",
    [
        "trip: [a#, " + "[" * 40_000 + "]" * 40_000 + "]\n",  # '#' in a plain scalar
        "a: it's\nb: " + "[" * 40_000 + "]" * 40_000 + "\nc: x # it's\n",  # apostrophes
        "a: [it's " + "[" * 40_000 + "]" * 40_000 + " 'x']\n",
    ],
    ids=["hash", "apostrophes", "apostrophes-on-a-line"],
)
def test_quotes_and_comments_cannot_hide_brackets(text: str) -> None:
    """Brackets count wherever they stand: what looks like a quote or a comment may be
    neither (the C composer crashed on these)."""
    assert [rule for rule, _, _ in load_text(text)] == ["yaml-syntax"]


def test_a_few_brackets_in_quotes_and_comments_are_fine() -> None:
    text = BASE + f"# {'[' * 200}\nevents: []\nignore: []\n" + f"x: '{'[' * 200}'\n"
    assert too_deep(text) is None
    assert [d.rule for d in problems(text)] == ["schema"]  # the unknown section x, only


def test_shallow_files_pass_the_quick_test() -> None:
    assert too_deep((ROOT / "trips" / "2024-04.yaml").read_text()) is None


def test_past_a_thousand_problems_the_rest_are_counted() -> None:
    text = HEAD + "cities: {a: {name: A, timezone: UTC}}\ndelegates: {d: {name: D}}\n"
    text += "".join(f"unknown{i}: 1\n" for i in range(25_000))
    result = load_source(decode_source(text.encode(), "trip.yaml")).result
    assert len(result.diagnostics) == MAX_PROBLEMS
    assert result.omitted == 25_000 - MAX_PROBLEMS
    assert result.counts.error == 25_000
    first = result.diagnostics[0]
    assert (first.line, first.column, first.message) == (4, 1, "unknown section 'unknown0'")
    assert first.hint is not None  # hints for the problems shown
    assert result.diagnostics[-1].line == 4 + MAX_PROBLEMS - 1


def test_an_endless_device_is_read_up_to_the_limit_only() -> None:
    with pytest.raises(SourceError, match="trip files are limited to 32 MB"):
        read_source(Path("/dev/zero"))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_larger_than_the_limit_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "trip.yaml"
    os.mkfifo(fifo)
    writer = subprocess.Popen(  # writes far more than the limit, until the reader goes
        [sys.executable, "-c", f"import sys\nwith open({str(fifo)!r}, 'wb') as f:\n"
         f"    [f.write(b'#' * 1048576) for _ in range({MAX_BYTES // 1048576 + 16})]"],
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        with pytest.raises(SourceError, match="limited to 32 MB"):
            read_source(fifo)
    finally:
        writer.kill()
        writer.wait()


def test_an_alias_bomb_is_refused_alone() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 12)]
    messages = [d.message for d in problems("\n".join(lines) + "\n")]
    assert len(messages) == 1
    assert "aliases expand to more than" in messages[0]


def test_numbers_keep_the_text_they_were_written_as() -> None:
    loaded = load_path(ROOT / "tests" / "trips" / "valid" / "numbers-kept-as-written.yaml")
    model = loaded.model
    assert model is not None
    assert model.info is not None
    assert model.info.title == "1e3"
    assert model.delegates["nappere"].name == ".nan"
    assert model.delegates["nappere"].phone == "0612345678"
    assert model.delegates["cci"].phone == "+33612345678"
    (_, move), *_ = model.travel
    assert (move.number, move.notes) == ("007", "0x10")
    (_, event), *_ = model.events
    assert event.title == "2024"


def test_a_five_thousand_digit_number_is_a_diagnostic() -> None:
    text = BASE + f"checks: {{transfer_minutes: {'9' * 5000}}}\n"
    (diag,) = problems(text)
    assert (diag.rule, diag.line, diag.column) == ("schema", BASE_LINES + 1, 28)
    assert "too many digits" in diag.message


def test_unknown_names_are_listed_in_good_english() -> None:
    (diag,) = problems(BASE + "legs:\n  - {city: tokyo, start: 2024-04-03, end: 2024-04-04}\n")
    assert diag.hint is not None
    assert diag.hint.startswith("the cities defined are:")


def test_a_nul_in_a_zone_is_never_suggested_back() -> None:
    text = BASE.replace("timezone: America/Toronto", 'timezone: "America/Toronto\\0"')
    (diag,) = problems(text)
    assert diag.rule == "schema"
    assert "U+0000" in diag.message
    assert "America/Toronto" not in (diag.hint or "")


def test_a_lone_surrogate_is_a_diagnostic_not_a_crash() -> None:
    text = BASE.replace("title: Test trip", 'title: "T\\ud800"') + '"\\udc00": 1\n'
    diags = problems(text)
    assert [(d.rule, d.line) for d in diags] == [("schema", 2), ("schema", BASE_LINES + 1)]


def test_aliases_of_a_long_text_are_counted() -> None:
    events = "".join(
        f"  - {{id: e{i}, title: *long, city: rochester, start: 2024-04-04 10:00, duration: 1h}}\n"
        for i in range(40)
    )
    text = BASE + f"x-notes: &long {'x' * 50_000}\nevents:\n{events}"
    (diag,) = problems(text)
    assert "aliases of long texts add more than 1,000,000 characters" in diag.message


def test_too_many_values_are_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "many.yaml"
    path.write_text("trip: [" + "1," * 600_000 + "1]\n")
    with pytest.raises(SourceError, match="trip files are limited to 500,000"):
        read_source(path)


def test_thousands_of_clashes_stop_the_checks_early() -> None:
    events = "".join(
        f"  - {{id: e{i}, title: T, venue: city-hall, start: 2024-04-04 10:00, duration: 1h}}\n"
        for i in range(600)
    )
    result = load_source(decode_source((BASE + "events:\n" + events).encode(), "t.yaml")).result
    assert result.checks_stopped
    assert len(result.diagnostics) == MAX_PROBLEMS


def test_a_key_with_a_trailing_line_break_is_no_slug() -> None:
    text = BASE + '  "cci\\n": {name: Other}\n'
    (diag,) = problems(text)
    assert diag.message == "'cci\n' is not a valid key"  # shown escaped, on one line


def test_dates_take_ascii_digits_only() -> None:
    text = BASE.replace("start: 2024-01-01", "start: ٢٠٢٤-01-01")
    (diag,) = problems(text)
    assert diag.rule == "invalid-time"


def test_a_rule_switched_off_spends_no_budget_and_a_stopped_run_is_never_ok() -> None:
    events = "".join(
        f"  - {{id: e{i}, title: T, city: quebec, start: '2024-04-04 10:00', duration: 1h,"
        " attendees: [cci]}\n"
        for i in range(70)
    )
    legs = "legs:\n  - {city: rochester, start: 2024-04-01, end: 2024-04-30}\n"
    off = "checks: {rules: {double-booking: off}}\n"
    text = BASE + legs + "events:\n" + events + off
    result = load_source(decode_source(text.encode(), "t.yaml")).result
    assert not result.checks_stopped
    assert [d.rule for d in result.diagnostics] == ["wrong-city"] * 70
    flood = "".join(
        f"  - {{id: f{i}, title: T, city: rochester, start: '2024-04-05 10:00', duration: 1h}}\n"
        for i in range(600)
    )
    text = BASE + "events:\n" + flood
    result = load_source(decode_source(text.encode(), "t.yaml")).result
    assert result.checks_stopped
    assert not result.ok
    assert result.exit_code() == 1


def test_an_attendee_list_of_thousands_of_names_is_refused() -> None:
    names = ", ".join(['"@elus"', '"-@elus"'] * 600)
    text = BASE + (
        "events:\n  - {id: e, title: T, city: rochester, start: '2024-04-04 10:00',"
        f" duration: 1h, attendees: [{names}]}}\n"
    )
    (diag,) = problems(text)
    assert "lists 1200 names; a list holds at most 1000" in diag.message
