"""``mission schedule``: the plan as a table, JSON and Markdown; ``--write`` adds the
meetings to the file and keeps every other byte (comments, quotes, line ends), refuses
a file changed meanwhile; the solver is imported by this command alone, and without it
one line says what to install."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from mission_cli.pipeline import load_path
from tests.meetings.support import BASE, request, trip, window
from tests.support import check_golden, invoke

SAME = window("09", "14:00", "14:45")
TEXT = (
    "# A trip to place meetings in.  Comments,  spacing and 'quotes' stay as they are.\n"
    + trip(
        request("r-ia", "[ia]", windows=SAME, priority="must"),
        request("r-data", "[data]", windows=SAME).replace("Fonds de la Capitale", "Desjardins"),
        request("r-late", "[data]", windows=window("09", "14:00", "14:45")),
        request(
            "r-poool",
            "[poool]",
            within=False,
            city="montreal",
            windows=window("09", "10:00", "12:00"),
        ),
        events="  # the last event ends above\n",
    )
    + "# after the requests\nchecks: {transfer_minutes: 30}   # kept\n"
)
"""Two meetings at once at two tables; a should that loses its only slot to its own
startup's meeting; one in a city its delegate is not in."""


def _file(tmp_path: Path, text: str = TEXT, newline: str = "\n") -> Path:
    path = tmp_path / "trip.yaml"
    path.write_bytes(text.replace("\n", newline).encode("utf-8"))
    return path


def test_the_plan_as_a_table(tmp_path: Path) -> None:
    path = _file(tmp_path)
    code, output = invoke("schedule", str(path), width=100)
    assert code == 0, output
    check_golden("schedule-table.txt", output)
    assert path.read_text(encoding="utf-8") == TEXT  # a dry run by default


def test_the_plan_in_french_and_markdown(tmp_path: Path) -> None:
    path = _file(tmp_path)
    code, output = invoke("schedule", str(path), "--lang", "fr", "--format", "markdown")
    assert code == 0, output
    check_golden("schedule-fr.md", output)


def test_the_plan_as_json(tmp_path: Path) -> None:
    code, output = invoke("schedule", str(_file(tmp_path)), "--format", "json")
    assert code == 0, output
    found = json.loads(output)
    assert found["optimal"] is True
    assert found["written"] is False
    assert [(p["id"], p["start"], p["end"], p["venue"], p["table"]) for p in found["placed"]] == [
        ("r-ia", "2024-04-09T14:00:00-04:00", "2024-04-09T14:45:00-04:00", "salon", 1),
        ("r-data", "2024-04-09T14:00:00-04:00", "2024-04-09T14:45:00-04:00", "salon", 2),
    ]
    assert found["placed"][0]["part_of"] == "session"
    assert found["placed"][0]["attendees"] == ["ia"]
    assert [(u["id"], u["priority"]) for u in found["unplaced"]] == [
        ("r-late", "should"),
        ("r-poool", "should"),
    ]
    assert found["unplaced"][1]["reason"] == (
        "poool is in Québec on 2024-04-09 (from 'vol' to 'car')"
    )


def _split(before: str, after: str) -> tuple[str, str, str]:
    """``after`` as ``head + added + tail`` where ``head + tail`` is ``before``."""
    head = 0
    while head < len(before) and before[head] == after[head]:
        head += 1
    head = before.rfind("\n", 0, head) + 1  # the insertion starts a line
    tail = len(before) - head
    assert after.endswith(before[head:])
    return before[:head], after[head : len(after) - tail], before[head:]


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_write_adds_the_meetings_and_keeps_every_other_byte(tmp_path: Path, newline: str) -> None:
    path = _file(tmp_path, newline=newline)
    before = path.read_bytes().decode("utf-8")
    code, output = invoke("schedule", str(path), "--write")
    assert code == 0, output
    assert "mission: 2 meetings added to" in output
    after = path.read_bytes().decode("utf-8")
    head, added, tail = _split(before, after)
    assert head.endswith(f"    attendees: [ia, data, poool]{newline}")  # the last event's end
    assert tail.startswith(f"  # the last event ends above{newline}requests:")
    assert added == newline.join(
        [
            "  # Meetings placed by mission schedule",
            "  - id: r-ia",
            "    title: Meeting r-ia",
            "    venue: salon",
            "    start: 2024-04-09 14:00",
            "    duration: 45m",
            "    attendees: [ia]",
            "    part_of: session",
            "    kind: meeting",
            "  - id: r-data",
            "    title: Meeting r-data",
            "    venue: salon",
            "    start: 2024-04-09 14:00",
            "    duration: 45m",
            "    attendees: [data]",
            "    part_of: session",
            "    kind: meeting",
            "",
        ]
    )
    result = load_path(path).result
    assert [(d.rule, d.message) for d in result.diagnostics] == []
    # again: the meetings are in the file, nothing more to add, the file stays
    code, output = invoke("schedule", str(path), "--write")
    assert code == 0, output
    assert "No new meeting to add to the file." in output
    assert "already in the file" in output
    assert path.read_bytes().decode("utf-8") == after


def test_write_keeps_a_byte_order_mark_and_writes_through_a_link(tmp_path: Path) -> None:
    target = tmp_path / "real.yaml"
    target.write_bytes(b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    link = tmp_path / "trip.yaml"
    link.symlink_to(target)
    code, output = invoke("schedule", str(link), "--write")
    assert code == 0, output
    assert link.is_symlink()
    assert target.read_bytes().startswith(b"\xef\xbb\xbf# A trip to place meetings in.")
    assert b"kind: meeting" in target.read_bytes()


def test_write_refuses_a_file_changed_since_it_was_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An editor saves the file while the solver runs: nothing is written over it."""
    import mission_cli.meetings.plan as plan

    path = _file(tmp_path)
    solve = plan.schedule

    def edited_meanwhile(*args: object, **kwargs: object) -> object:
        path.write_text(TEXT + "# a line added meanwhile\n", encoding="utf-8")
        return solve(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(plan, "schedule", edited_meanwhile)
    code, output = invoke("schedule", str(path), "--write")
    assert code == 2
    assert "changed since mission read it: nothing written" in output
    assert path.read_text(encoding="utf-8") == TEXT + "# a line added meanwhile\n"


@pytest.mark.parametrize(
    ("option", "said"),
    [
        (["--step", "0m"], "--step: duration '0m' is not positive"),
        (["--step", "2 days"], "--step: '2 days' is not a duration"),
        (["--step", "25h"], "--step 25h is longer than a day"),
        (["--time-limit", "0"], "--time-limit needs a number of seconds above 0"),
        (["--time-limit", "nan"], "--time-limit needs a number of seconds above 0"),
    ],
)
def test_bad_options_exit_2(tmp_path: Path, option: list[str], said: str) -> None:
    code, output = invoke("schedule", str(_file(tmp_path)), *option)
    assert code == 2
    assert said in output


def test_a_file_whose_events_are_inline_cannot_take_meetings(tmp_path: Path) -> None:
    inline = trip(request("r", "[ia]", within=False, city="quebec"), base=BASE.split("events:")[0])
    inline = inline.replace("requests:", "events: []\nrequests:")
    code, output = invoke("schedule", str(_file(tmp_path, inline)))
    assert code == 2
    assert "cannot add meetings to it: its events are not written as a list" in output


def test_without_the_solver_one_line_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "highspy", None)
    code, output = invoke("schedule", str(_file(tmp_path)))
    assert code == 2
    assert (
        output
        == "mission: error: mission schedule needs HiGHS: pip install 'mission-cli[schedule]'\n"
    )


@pytest.mark.parametrize("argv", [["--version"], ["validate", "trips/2024-04.yaml"], ["--help"]])
def test_only_schedule_imports_the_solver(argv: list[str]) -> None:
    code = (
        "import sys; from mission_cli.cli.app import run; run(sys.argv[1:]); "
        "print('highspy' in sys.modules, 'numpy' in sys.modules, file=sys.stderr)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, *argv], capture_output=True, text=True, check=False
    )
    assert done.stderr.strip().splitlines()[-1] == "False False", done.stderr


def test_schedule_imports_the_solver_when_it_solves(tmp_path: Path) -> None:
    code = (
        "import sys; from mission_cli.cli.app import run; run(sys.argv[1:]); "
        "print('highspy' in sys.modules, file=sys.stderr)"
    )
    argv = ["schedule", str(_file(tmp_path)), "--format", "json"]
    done = subprocess.run(
        [sys.executable, "-c", code, *argv], capture_output=True, text=True, check=False
    )
    assert done.stderr.strip().splitlines()[-1] == "True", done.stderr


def test_the_example_of_the_docs_is_what_mission_prints(tmp_path: Path) -> None:
    docs = (Path("docs") / "scheduling.md").read_text(encoding="utf-8")
    trip_file = re.search(r"```yaml\n(trip:\n.*?)```", docs, re.DOTALL)
    shown = re.search(r"```text\n\$ mission schedule trip.yaml\n(.*?)```", docs, re.DOTALL)
    assert trip_file is not None
    assert shown is not None
    path = tmp_path / "trip.yaml"
    path.write_text(trip_file.group(1), encoding="utf-8")
    code, output = invoke("schedule", str(path), width=88)
    assert code == 0, output
    assert output == shown.group(1)
    invoke("schedule", str(path), "--write")
    written = re.search(
        r"`--write` adds the three meetings.*?```yaml\n(.*?)    …\n```", docs, re.DOTALL
    )
    assert written is not None
    assert written.group(1) in path.read_text(encoding="utf-8")


def test_a_request_in_error_is_counted_and_named(tmp_path: Path) -> None:
    """A request the file gets wrong is left out, named by its id, and the note on
    standard error sends to validate; the others are placed."""
    text = trip(
        request(
            "good", "[ia]", within=False, city="quebec", windows=window("09", "11:00", "12:00")
        ),
        request("bad", "[ia]", within=False, city="quebec", priority="urgent"),
    )
    code, output = invoke("schedule", str(_file(tmp_path, text)), width=100)
    assert code == 0, output
    assert "has 1 error;" in output
    assert "Requests placed: 1 of 2 (must 0/0, should 1/1, could 0/0)." in output
    assert (
        "  bad\n    why: its entry in the file has an error: `mission validate` says which"
        in output
    )
