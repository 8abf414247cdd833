"""The sample's meetings are what ``mission schedule --write`` makes of its requests,
and the plan it shows of them."""

from __future__ import annotations

from pathlib import Path

from tests.support import check_golden, invoke

SAMPLE = Path("trips/2024-04.yaml")
PLACED = "  # Rendez-vous placés par mission schedule\n"


def _unplaced_sample() -> str:
    """The sample as it was before ``mission schedule --write``: its requests, none of
    their meetings."""
    text = SAMPLE.read_text(encoding="utf-8")
    start = text.index(PLACED)
    end = text.index("\n# Meeting requests (version 1.2)")
    return text[:start] + text[end:]


def test_the_sample_is_what_schedule_write_makes_of_its_requests(tmp_path: Path) -> None:
    """Its meetings are the plan, written back: from the requests alone, --write gives
    the sample byte for byte."""
    path = tmp_path / "2024-04.yaml"
    path.write_text(_unplaced_sample(), encoding="utf-8")
    code, output = invoke("schedule", str(path), "--lang", "en", width=100)
    assert code == 0, output
    check_golden("schedule-2024-04-plan.txt", output)
    code, output = invoke("schedule", str(path), "--write", "--format", "json")
    assert code == 0, output
    assert path.read_bytes() == SAMPLE.read_bytes()


def test_the_sample_holds_its_meetings(tmp_path: Path) -> None:
    code, output = invoke("schedule", str(SAMPLE), width=100)
    assert code == 0, output
    check_golden("schedule-2024-04.txt", output)
