"""A mistake in the command line that Click finds itself (a missing option, an option
that does not exist, a value of the wrong type, an argument too many) is one line on
standard error in the language of ``--lang``, with where to read the help, exit 2, as
every other refusal (issue #19): never Click's usage message, in English."""

from __future__ import annotations

import contextlib
import io

import pytest

from mission_cli.cli.app import run

TRIP = "trips/2024-04.yaml"
S = "\u202f"


def _said(*args: str) -> tuple[int, str, str]:
    """The exit code, standard output and standard error of ``mission ARGS`` as the
    console script runs it (``cli.app.run``: Click's own mistakes reach its handler)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = run(list(args))
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize(
    ("args", "english", "french"),
    [
        (
            ["whereis", TRIP],
            "missing option '--at' (see mission whereis -h)",
            "option manquante '--at' (voir mission whereis -h)",
        ),
        (
            ["agenda"],
            "missing argument 'FILE' (see mission agenda -h)",
            "argument manquant 'FILE' (voir mission agenda -h)",
        ),
        (
            ["agenda", TRIP, "--dya", "2024-04-04"],
            "no such option: --dya; did you mean '--day'? (see mission agenda -h)",
            f"option inconnue{S}: --dya{S}; vouliez-vous dire '--day'{S}? (voir mission agenda -h)",
        ),
        (
            ["agenda", TRIP, "extra"],
            "unexpected extra argument: extra (see mission agenda -h)",
            f"argument en trop{S}: extra (voir mission agenda -h)",
        ),
        (
            ["schedule", TRIP, "--time-limit", "soon"],
            "invalid value for '--time-limit' (see mission schedule -h)",
            "valeur invalide pour '--time-limit' (voir mission schedule -h)",
        ),
        (
            ["agenda", TRIP, "--home-time=yes"],
            "--home-time takes no value",  # found before Click knows the command's help
            "--home-time ne prend pas de valeur",
        ),
        (
            ["agnda", TRIP],
            "no such command: 'agnda'; did you mean 'agenda'? (see mission -h)",
            f"commande inconnue{S}: 'agnda'{S}; vouliez-vous dire 'agenda'{S}? (voir mission -h)",
        ),
    ],
)
def test_one_line_in_the_language_of_lang(args: list[str], english: str, french: str) -> None:
    assert _said(*args) == (2, "", f"mission: error: {english}\n")
    assert _said(*args, "--lang", "en") == (2, "", f"mission: error: {english}\n")
    assert _said(*args, "--lang", "fr") == (2, "", f"mission{S}: erreur{S}: {french}\n")


def test_help_is_still_clicks() -> None:
    code, out, _ = _said("agenda", "-h")
    assert (code, out.startswith("Usage: mission agenda")) == (0, True)
