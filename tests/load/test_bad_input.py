"""Whatever the file holds: diagnostics and the right exit code, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from mission_cli.cli.app import build_app
from mission_cli.load.source import MAX_BYTES, decode_source
from mission_cli.pipeline import load_source
from tests.support import BASE, problems

runner = CliRunner()


def run_bytes(tmp_path: Path, data: bytes) -> tuple[int, str]:
    path = tmp_path / "trip.yaml"
    path.write_bytes(data)
    result = runner.invoke(build_app(), ["validate", str(path)], env={"COLUMNS": "100"})
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


def rules_of(data: bytes) -> list[tuple[str, int, int]]:
    loaded = load_source(decode_source(data, "trip.yaml"))
    return [(d.rule, d.line, d.column) for d in loaded.result.diagnostics]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", [("schema", 1, 1)]),
        (b"# only a comment\n", [("schema", 1, 1)]),
        (b"- a\n- b\n", [("schema", 1, 1)]),
        (b"just some text\n", [("schema", 1, 1)]),
        (b"a: 1\n---\nb: 2\n", [("yaml-syntax", 2, 1)]),
        (b"trip: caf\xe9\n", [("yaml-syntax", 1, 10)]),
        (b"\x00\x01\x02\xff\xfe binary", [("yaml-syntax", 1, 4)]),
        (b"\xff\xfet\x00r\x00i\x00p\x00", [("yaml-syntax", 1, 1)]),
        (b"a: \x07bell\n", [("yaml-syntax", 1, 4)]),
    ],
)
def test_odd_files_give_located_diagnostics(
    data: bytes, expected: list[tuple[str, int, int]]
) -> None:
    assert rules_of(data) == expected


def test_non_utf8_says_utf8_is_expected(tmp_path: Path) -> None:
    code, out = run_bytes(tmp_path, b"trip:\n  title: Qu\xe9bec\n")
    assert code == 1
    assert "trip.yaml:2:12: error yaml-syntax: the file is not UTF-8 text" in out
    assert "save the file with the encoding UTF-8" in out


def test_a_bom_is_accepted() -> None:
    assert rules_of(b"\xef\xbb\xbf" + BASE.encode()) == []


def test_bom_keeps_columns_of_the_first_line() -> None:
    assert rules_of(b"\xef\xbb\xbfbad_section: 1\n" + BASE.encode()) == [("schema", 1, 1)]


def test_twenty_thousand_nested_brackets() -> None:
    """Refused before the C parser sees it (its composer recurses and, deeper, crashes):
    at the bracket that passes the limit of 1,000 levels."""
    data = b"trip: " + b"[" * 20_000 + b"]" * 20_000 + b"\n"
    assert rules_of(data) == [("yaml-syntax", 1, 1007)]


def test_hundreds_of_nested_brackets_are_cut_at_the_tree_limit() -> None:
    data = b"trip: " + b"[" * 500 + b"]" * 500 + b"\n"
    diags = rules_of(data)
    assert ("schema", 1, 70) in diags  # cut at the depth limit of values, once


def test_deep_nesting_reported_once() -> None:
    diags = problems("x: " + "[" * 200 + "]" * 200 + "\n")
    assert sum("nested more than" in d.message for d in diags) == 1


def test_alias_bomb_is_refused_fast() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 12):
        prev = f"*a{i - 1}"
        lines.append(f"a{i}: &a{i} [{', '.join([prev] * 10)}]")
    data = ("\n".join(lines) + "\n").encode()
    # refused before 10^12 values are made (which would never end): by the alias budget
    diags = load_source(decode_source(data, "bomb.yaml")).result.diagnostics
    assert any("aliases expand to more than" in d.message for d in diags)


def test_alias_to_itself() -> None:
    diags = problems("a: &x [1, *x]\n")
    assert any("refers to the collection that holds it" in d.message for d in diags)


@pytest.mark.parametrize(
    "tagged",
    [
        "trip: !!python/object/apply:os.system ['echo pwned']\n",
        "trip: !venue rochester\n",
        "trip: !!binary aGVsbG8=\n",
        "trip: !!set {a, b}\n",
    ],
)
def test_tags_are_refused_never_acted_on(tagged: str) -> None:
    (diag,) = [d for d in problems(tagged) if d.message.startswith("YAML tag '")]
    assert (diag.rule, diag.line, diag.column) == ("schema", 1, 7)


def test_merge_keys_are_supported() -> None:
    text = BASE + (
        "events:\n"
        "  - &visit {id: a, title: A, city: rochester, start: '2024-04-04 10:00', duration: 1h}\n"
        "  - {<<: *visit, id: b, start: '2024-04-04 12:00'}\n"
    )
    assert problems(text) == []


def test_core_schema_keeps_times_and_no_as_text() -> None:
    from mission_cli.load.tree import PlainNumber, build_values
    from mission_cli.load.yaml_nodes import compose

    composed = compose("a: 07:00\nb: NO\nc: 2024-04-04 10:00:00\nd: 2024-04-03\ne: 12\nf: ~\n")
    values, diags = build_values(composed.root)
    assert diags == []
    assert values == {
        "a": "07:00",
        "b": "NO",
        "c": "2024-04-04 10:00:00",
        "d": "2024-04-03",
        "e": "12",
        "f": None,
    }
    # a number keeps the text it was written as, and its value for number fields
    assert isinstance(values["e"], PlainNumber)
    assert values["e"].number() == 12


def test_yaml11_directive_does_not_change_the_meaning() -> None:
    from mission_cli.load.tree import build_values
    from mission_cli.load.yaml_nodes import compose

    composed = compose("%YAML 1.1\n---\na: 07:00\nb: NO\n")
    values, _ = build_values(composed.root)
    assert values == {"a": "07:00", "b": "NO"}


def test_a_parser_bug_becomes_a_diagnostic(monkeypatch: pytest.MonkeyPatch) -> None:
    from mission_cli.load import yaml_nodes

    class Broken:
        def compose(self, text: str) -> None:
            raise TypeError("unhashable type: 'list'")

    monkeypatch.setattr(yaml_nodes, "_yaml", lambda pure: Broken())
    (diag,) = problems("a: 1\n")
    assert diag.rule == "yaml-syntax"
    assert "TypeError" in diag.message


def test_recursion_in_the_pure_parser_becomes_a_diagnostic(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from mission_cli.load import yaml_nodes

    class Deep:
        def compose(self, text: str) -> None:
            raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(yaml_nodes, "_yaml", lambda pure: Deep())
    (diag,) = problems("a: 1\n")
    assert diag.message == "the file is nested too deeply to read"


def test_missing_file_exits_2_with_one_line(tmp_path: Path) -> None:
    result = runner.invoke(build_app(), ["validate", str(tmp_path / "nope.yaml")])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        f"mission: error: {tmp_path / 'nope.yaml'}: no such file"
    ]


def test_folder_without_trip_files_exits_2(tmp_path: Path) -> None:
    """A folder stands for its trip files; with none, there is nothing to check."""
    (tmp_path / "notes.txt").write_text("not a trip", encoding="utf-8")
    result = runner.invoke(build_app(), ["validate", str(tmp_path)])
    assert result.exit_code == 2
    assert result.output == f"mission: error: {tmp_path}: no .yaml or .yml file in this folder\n"


def test_fifty_megabytes_are_refused_with_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    assert path.stat().st_size > MAX_BYTES
    result = runner.invoke(build_app(), ["validate", str(path)])
    assert result.exit_code == 2
    assert "trip files are limited to 32 MB" in result.output


def test_a_long_single_line_is_shown_as_a_window(tmp_path: Path) -> None:
    code, out = run_bytes(tmp_path, b"trip: " + b"x" * 5000 + b": y: z\n")
    assert code == 1
    assert max(len(line) for line in out.splitlines()) < 400


def test_an_unclosed_bracket_says_where_it_opened() -> None:
    (diag,) = problems("trip: [a, b\ncities: {}\n")
    assert diag.rule == "yaml-syntax"
    assert diag.hint is not None
    assert "opened on line 1, column 7" in diag.hint


def test_the_c_parser_is_installed() -> None:
    """ruamel.yaml 0.19 ships its C parser separately: a fresh install must have it."""
    from ruamel.yaml import YAML

    yaml = YAML(typ="safe", pure=False)
    yaml.compose("a: 1\n")
    assert type(yaml.parser).__name__ == "CParser"


def test_a_large_broken_file_is_not_read_twice(monkeypatch: pytest.MonkeyPatch) -> None:
    from mission_cli.load import yaml_nodes

    calls: list[bool] = []
    real = yaml_nodes._yaml

    def spy(pure: bool) -> object:
        calls.append(pure)
        return real(pure)

    monkeypatch.setattr(yaml_nodes, "_yaml", spy)
    big = "notes: " + "x " * (yaml_nodes.PURE_RETRY_CHARS // 2) + "\nbad: [\n"
    (diag,) = yaml_nodes.compose(big).diagnostics
    assert diag.rule == "yaml-syntax"
    assert calls == [False]  # the C parser's word only
    calls.clear()
    yaml_nodes.compose("a: {b: 2024-04-04 10:00}\n")
    assert calls == [False, True]  # a small file gets the pure parser's second opinion
