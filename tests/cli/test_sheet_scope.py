"""A supplier's sheet checks what it shows (``views/logistics/scope.py``): its note and
``--no-partial`` count the errors of its own rules and of the file's shape, not a
mistake it cannot show (an event's time, for the hotel's rooming list)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mission_cli.catalog import RULES, SCHEDULE_RULES
from mission_cli.pipeline import WHOLE, load_path
from mission_cli.views.logistics.scope import SCOPES
from tests.support import ROOT, invoke

BASE = (ROOT / "trips" / "examples" / "night-without-hotel.yaml").read_text(encoding="utf-8")
HOTELS = BASE.replace("check_in: 2024-04-07", "check_in: 2024-04-06")  # a bed every night
EVENT_IN_ERROR = (
    "events:\n"
    "  - {id: visite, title: Visite, city: rochester, start: 2024-04-04 25:00,"
    " duration: 1h}\n"
    "  - {id: diner, title: Dîner, city: rochester, start: 2024-04-04 19:00, duration: 2h,"
    " meal: dinner}\n"
)


def _note(output: str) -> str:
    return " ".join(line for line in output.splitlines() if line.startswith("mission: note"))


def _trip(tmp_path: Path, text: str) -> str:
    path = tmp_path / "trip.yaml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_an_event_in_error_is_no_error_of_the_rooming_list(tmp_path: Path) -> None:
    trip = _trip(tmp_path, HOTELS + EVENT_IN_ERROR)
    code, output = invoke("validate", trip)
    assert code == 1
    assert "invalid-time" in output
    for view in ("rooming", "manifest", "documents"):
        code, output = invoke("logistics", view, trip, "-f", "csv", "--no-partial")
        assert code == 0, view
        assert _note(output) == ""
    code, output = invoke("logistics", "meals", trip, "-f", "csv")  # meals are events
    assert code == 0
    assert _note(output).startswith(
        f"mission: note: {trip} has 1 error; 1 item left out: visite; the first, line 35:"
    )
    code, output = invoke("logistics", "meals", trip, "-f", "csv", "--no-partial")
    assert code == 1


def test_a_night_without_a_bed_is_the_rooming_list_s(tmp_path: Path) -> None:
    trip = _trip(tmp_path, BASE + EVENT_IN_ERROR)
    code, output = invoke("logistics", "rooming", trip, "-f", "csv")
    assert code == 0
    assert _note(output) == (
        f"mission: note: {trip} has 1 error in what this sheet shows; the first, line 33: "
        "the whole delegation has no bed in Québec for the night of 2024-04-06 (they are in "
        f"Québec at 03:00); see `mission validate {trip}`"
    )
    code, output = invoke("logistics", "rooming", trip, "-f", "csv", "--lang", "fr")
    assert "contient 1 erreur dans ce que montre cette feuille" in output
    code, output = invoke("logistics", "rooming", trip, "-f", "csv", "--no-partial")
    assert code == 1
    assert "no-lodging" in output
    assert "invalid-time" not in output  # not the sheet's


def test_a_broken_itinerary_is_every_sheet_s(tmp_path: Path) -> None:
    """Where they sleep and which borders they cross come from their moves."""
    broken = HOTELS.replace("from: quebec, to: rennes", "from: montreal, to: rennes")
    broken = broken.replace(
        "cities:\n", "cities:\n  montreal: {name: Montréal, timezone: America/Toronto}\n"
    )
    trip = _trip(tmp_path, broken)
    for view in ("rooming", "manifest", "documents", "meals"):
        code, output = invoke("logistics", view, trip, "-f", "csv", "--no-partial")
        assert code == 1, view
        assert "broken-itinerary" in output


def test_a_misspelt_key_anywhere_but_in_the_events_counts(tmp_path: Path) -> None:
    trip = _trip(tmp_path, HOTELS.replace("  cci:\n    name:", "  cci:\n    nmae:"))
    code, output = invoke("logistics", "rooming", trip, "-f", "csv", "--no-partial")
    assert code == 1
    assert "schema" in output
    trip = _trip(tmp_path, HOTELS + EVENT_IN_ERROR.replace("title: Visite", "titel: Visite"))
    code, output = invoke("logistics", "rooming", trip, "-f", "csv", "--no-partial")
    assert code == 0  # the events are not the rooming list's: only their ids are read


def test_an_ignore_naming_an_event_is_no_unknown_reference_for_a_sheet(tmp_path: Path) -> None:
    ignore = "ignore:\n  - {rule: double-booking, events: [diner], reason: r}\n"
    trip = _trip(tmp_path, HOTELS + EVENT_IN_ERROR.replace("25:00", "10:00") + ignore)
    code, output = invoke("logistics", "rooming", trip, "-f", "csv", "--no-partial")
    assert (code, _note(output)) == (0, "")
    loaded = load_path(Path(trip), None, SCOPES["rooming"])
    assert [d.rule for d in loaded.result.diagnostics] == []  # nor an unused ignore
    assert [d.rule for d in load_path(Path(trip)).result.diagnostics] == ["unused-ignore"]


@pytest.mark.parametrize("view", sorted(SCOPES))
def test_each_sheet_names_real_rules(view: str) -> None:
    scope = SCOPES[view]
    assert scope.rules is None or scope.rules <= SCHEDULE_RULES
    assert scope.rules is None or all(RULES[name] for name in scope.rules)
    assert (scope == WHOLE) == (view == "meals")


def test_the_sample_sheets_are_the_same_read_in_part(tmp_path: Path) -> None:
    """What a sheet shows does not change for reading only its part of the file."""
    sample = str(ROOT / "trips" / "2024-04.yaml")
    for view in ("rooming", "manifest", "documents"):
        _, part = invoke("logistics", view, sample, "-f", "json")
        assert '"' in part
        whole = load_path(Path(sample)).whole()
        assert whole is not None
        from mission_cli.cli.logistics import _builder
        from mission_cli.render.formats import LOGISTICS
        from mission_cli.words.words import words_for

        built = _builder(view)(whole, words_for("fr"), False)
        text = LOGISTICS["json"].text
        assert text is not None
        assert text(built) == part


def test_an_id_given_by_a_merge_key_is_known_to_a_sheet(tmp_path: Path) -> None:
    """Events that are not plain YAML (an alias, a merge key) are read as validate reads
    them: an id may come from elsewhere."""
    events = (
        "events:\n"
        "  - <<: {id: bilan}\n"
        "    title: Bilan\n    city: rochester\n    start: 2024-04-05 10:30\n    duration: 1h\n"
        "ignore:\n  - {rule: double-booking, events: [bilan], reason: r}\n"
    )
    trip = _trip(tmp_path, HOTELS + events)
    for view in ("rooming", "manifest", "documents"):
        code, output = invoke("logistics", view, trip, "-f", "csv", "--no-partial")
        assert (code, _note(output)) == (0, ""), view


def test_an_alias_bomb_in_the_events_is_refused_by_a_sheet_too(tmp_path: Path) -> None:
    levels = "".join(f"    n{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]\n" for n in range(1, 8))
    events = f"events:\n  - id: lol\n    notes: &a0 [x, x, x, x, x, x, x, x, x, x]\n{levels}"
    trip = _trip(tmp_path, HOTELS + events)
    for command in (["validate"], ["logistics", "rooming"]):
        code, output = invoke(*command, trip, "--no-partial" if command[0] != "validate" else "-q")
        assert code == 1, command
        assert "aliases expand to more than 100,000 values; the file is refused" in output


def test_a_sheet_never_judges_an_ignore_unused(tmp_path: Path) -> None:
    """An ignore may be about an event, which a sheet does not read: only validate can
    tell that it matches nothing."""
    events = (
        "events:\n"
        "  - {id: bilan, title: Bilan, city: rochester, start: 2024-04-03 12:00, duration: 1h}\n"
        "ignore:\n  - {rule: during-travel, events: [bilan, aller], reason: on board}\n"
        "checks: {rules: {unused-ignore: error}}\n"
    )
    trip = _trip(tmp_path, HOTELS + events)
    code, output = invoke("validate", trip)
    assert (code, output.splitlines()[-1]) == (0, "0 errors, 0 warnings (1 suppressed)")
    for view in ("rooming", "manifest", "documents"):
        code, output = invoke("logistics", view, trip, "-f", "csv", "--no-partial")
        assert (code, _note(output)) == (0, ""), view


def test_only_events_without_anchor_alias_or_merge_are_read_as_ids() -> None:
    from mission_cli.load.tree import plain_sections
    from mission_cli.load.yaml_nodes import compose

    events = frozenset({"events"})
    for text, found in [
        ("events:\n  - {id: a, title: Visite}\nlodging: &l []\n", events),  # elsewhere
        ("events:\n  - {id: a, title: R&D}\n", frozenset()),  # a title may: read whole
        ("events:\n  - &e {id: a}\n  - *e\n", frozenset()),
        ("events:\n  - {<<: {id: a}, title: T}\n", frozenset()),
        ("events:\n  - {id: a, notes: '*'}\n", frozenset()),
        ("events: []\n", events),
        ("trip: {title: T}\n", frozenset()),  # no events to read
    ]:
        assert plain_sections(compose(text).root, text, events) == found, text
