"""The command line through typer's CliRunner, at a fixed width, against golden files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from mission_cli import __version__
from mission_cli.cli import main
from tests import support
from tests.support import ROOT, check_golden


def invoke(*args: str, env: dict[str, str | None] | None = None) -> tuple[int, str]:
    return support.invoke(*args, env=env)


@pytest.mark.parametrize(
    ("example", "code"),
    [
        ("trips/2024-04.yaml", 0),
        ("trips/examples/typo-in-key.yaml", 1),
        ("trips/examples/dst-gap.yaml", 1),
        ("trips/examples/comma-in-braces.yaml", 1),
        ("trips/examples/unknown-delegate.yaml", 1),
    ],
)
def test_validate_text_golden(example: str, code: int) -> None:
    exit_code, output = invoke("validate", example)
    assert exit_code == code
    check_golden(Path(example).stem + ".txt", output)
    assert max(map(len, output.splitlines())) <= 200


def test_validate_json_is_the_contract_object() -> None:
    code, output = invoke("validate", "--format", "json", "trips/examples/typo-in-key.yaml")
    assert code == 1
    report = json.loads(output)
    assert report == {
        "file": "trips/examples/typo-in-key.yaml",
        "ok": False,
        "counts": {"error": 1, "warning": 0, "suppressed": 0},
        "diagnostics": [
            {
                "rule": "schema",
                "severity": "error",
                "message": "unknown key 'atendees' in event 'echange-maires'",
                "line": 22,
                "column": 5,
                "path": "events[0].atendees",
                "events": ["echange-maires"],
                "delegates": [],
                "suppressed": False,
                "hint": "did you mean 'attendees'?",
                "reason": None,
            }
        ],
    }


def test_json_of_a_clean_trip() -> None:
    code, output = invoke("validate", "-f", "json", "trips/2024-04.yaml")
    assert code == 0
    assert json.loads(output) == {
        "file": "trips/2024-04.yaml",
        "ok": True,
        "counts": {"error": 0, "warning": 0, "suppressed": 0},
        "diagnostics": [],
    }


def test_bad_option_exits_2() -> None:
    code, output = invoke("validate", "--format", "xml", "trips/2024-04.yaml")
    assert code == 2
    assert "xml" in output


def test_version() -> None:
    code, output = invoke("--version")
    assert (code, output) == (0, f"mission {__version__}\n")


def test_version_fast_path(capsys: pytest.CaptureFixture[str]) -> None:
    main(["--version"])
    assert capsys.readouterr().out == f"mission {__version__}\n"


def test_no_colour_when_not_a_terminal() -> None:
    _, output = invoke("validate", "trips/examples/typo-in-key.yaml")
    assert "\x1b[" not in output


def test_colour_on_a_terminal_and_no_color_respected() -> None:
    _, coloured = invoke(
        "validate", "trips/examples/typo-in-key.yaml", env={"FORCE_COLOR": "1", "TERM": "xterm"}
    )
    assert "\x1b[31m" in coloured or "\x1b[1;31m" in coloured
    _, plain = invoke(
        "validate",
        "trips/examples/typo-in-key.yaml",
        env={"FORCE_COLOR": "1", "NO_COLOR": "1", "TERM": "xterm"},
    )
    assert "31m" not in plain


def test_unexpected_failure_is_a_short_message(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import mission_cli.views.validation

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("something broke")

    monkeypatch.setattr(mission_cli.views.validation, "load_source", boom)
    with pytest.raises(SystemExit) as exit_info:
        main(["validate", str(ROOT / "trips/2024-04.yaml")])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "mission: internal error: RuntimeError: something broke" in err
    assert "--debug" in err
    assert "Traceback" not in err

    with pytest.raises(SystemExit):
        main(["--debug", "validate", str(ROOT / "trips/2024-04.yaml")])
    assert "Traceback" in capsys.readouterr().err


def test_python_dash_m() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mission_cli", "validate", "trips/examples/dst-gap.yaml"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert "nonexistent-time" in done.stdout
    assert done.stderr == ""


def test_strict_fails_on_warnings_only_when_asked() -> None:
    from mission_cli.catalog import ODD_HOUR
    from mission_cli.diagnostics import Diagnostic, Result

    result = Result("t.yaml", [Diagnostic.of(ODD_HOUR, "late", 3, 4)])
    assert result.exit_code() == 0
    assert result.exit_code(strict=True) == 1
    assert result.ok
