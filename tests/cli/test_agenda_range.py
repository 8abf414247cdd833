"""``agenda --from`` after ``--to`` is refused in one line, not printed as an empty
agenda without a word (issue #24, 12)."""

from __future__ import annotations

from tests.support import invoke

SAMPLE = "trips/2024-04.yaml"


def test_from_after_to_is_refused() -> None:
    code, output = invoke(
        "agenda", SAMPLE, "--from", "2024-04-08", "--to", "2024-04-05", "--lang", "en"
    )
    assert code == 2
    assert output == "mission: error: --from 2024-04-08 is after --to 2024-04-05: swap them\n"


def test_one_day_from_and_to_is_that_day() -> None:
    code, output = invoke("agenda", SAMPLE, "--from", "2024-04-08", "--to", "2024-04-08")
    assert code == 0
    assert "lundi 8 avril 2024" in output
    assert "mardi 9 avril 2024" not in output
