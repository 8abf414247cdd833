"""``mission agenda`` and ``mission whereis``: golden tables in both languages, the JSON
contract checked against zoneinfo, filters, narrow terminals, bad requests."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from rich.cells import cell_len

from mission_cli.pipeline import load_path
from mission_cli.views.requests import RequestError, parse_day
from tests.support import ROOT, check_golden, invoke

TRIP = "trips/2024-04.yaml"
ODD = "tests/trips/valid/odd-zones.yaml"


@pytest.mark.parametrize(
    ("golden", "args", "width"),
    [
        ("agenda-nappere-fr.txt", ["-d", "nappere"], 80),
        ("agenda-nappere-en.txt", ["-d", "nappere", "--lang", "en"], 80),
        ("agenda-quebec-home.txt", ["--city", "quebec", "--day", "2024-04-09", "--home-time"], 80),
        ("agenda-day-tz-home.txt", ["--day", "2024-04-11", "--tz", "home", "--lang", "en"], 80),
        ("agenda-startups-narrow.txt", ["-d", "@startups", "--day", "2024-04-07"], 40),
        ("agenda-day-markdown.md", ["--day", "2024-04-04", "--format", "markdown"], 80),
        ("agenda-day-html.html", ["--day", "2024-04-08", "--format", "html", "--lang", "en"], 80),
    ],
)
def test_agenda_golden(golden: str, args: list[str], width: int) -> None:
    code, output = invoke("agenda", TRIP, *args, width=width)
    assert code == 0, output
    check_golden(golden, output)
    if golden.endswith(".txt"):
        assert max(cell_len(line) for line in output.splitlines()) <= width


@pytest.mark.parametrize("width", [80, 60, 40, 30])
def test_no_line_is_wider_than_the_terminal(width: int) -> None:
    code, output = invoke("agenda", TRIP, "--home-time", width=width)
    assert code == 0
    assert max(cell_len(line) for line in output.splitlines()) <= width
    assert "\x1b[" not in output


def test_every_time_shows_its_zone() -> None:
    _, output = invoke("agenda", TRIP, "-d", "nappere", "--lang", "en", width=120)
    rows = [line for line in output.splitlines() if line[:2].isdigit() or line.startswith("⚠")]
    assert rows
    for row in rows:
        when = row.split("  ")[0]
        assert any(zone in when for zone in ("EDT", "CEST")), row


def test_a_move_landing_the_next_day_says_plus_one() -> None:
    _, output = invoke("agenda", TRIP, "-d", "nappere", "--day", "2024-04-11", width=120)
    assert "21:30 EDT → 10:35 CEST +1" in output


def test_json_is_the_contract_and_matches_zoneinfo() -> None:
    code, output = invoke("agenda", ODD, "--format", "json")
    assert code == 0
    items = json.loads(output)["items"]
    trip = load_path(ROOT / ODD).trip
    assert trip is not None
    events = {e.event.id: e for e in trip.events}
    assert [i["id"] for i in items] == sorted(events, key=lambda k: events[k].start)
    for item in items:
        assert set(item) >= {
            "id", "type", "title", "city", "venue", "start", "end", "timezone", "attendees"
        }  # fmt: skip
        event = events[item["id"]]
        zone = ZoneInfo(item["timezone"])
        for key, instant in (("start", event.start), ("end", event.end)):
            expected = instant.astimezone(zone).isoformat()
            assert item[key] == expected, (item["id"], key)
            assert datetime.fromisoformat(item[key]) == instant
        assert item["attendees"] == list(event.attendees)
    by_id = {i["id"]: i for i in items}
    assert by_id["k1"]["start"] == "2024-03-05T09:00:00+05:45"
    assert by_id["c1"]["start"] == "2024-04-06T20:00:00+13:45"
    assert by_id["c1"]["end"] == "2024-04-07T04:00:00+12:45"  # after the fall-back
    assert by_id["c2"]["start"] == "2024-09-29T10:00:00+13:45"
    assert by_id["l1"]["end"] == "2024-04-07T02:15:00+10:30"
    assert by_id["d1"]["start"] == "2024-03-30T10:00:00+00:00"
    assert by_id["d2"]["start"] == "2024-03-31T10:00:00+01:00"
    assert by_id["d3"]["start"] == "2024-10-27T10:00:00+00:00"


def test_json_of_a_move_has_each_end_in_its_zone() -> None:
    _, output = invoke("agenda", TRIP, "-d", "nappere", "--day", "2024-04-11", "-f", "json")
    flight = next(i for i in json.loads(output)["items"] if i["id"] == "vol-yul-cdg")
    assert flight["type"] == "travel"
    assert flight["city"] == "paris"
    assert flight["start"] == "2024-04-11T21:30:00-04:00"
    assert flight["end"] == "2024-04-12T10:35:00+02:00"
    assert flight["timezone"] == "America/Toronto"
    assert flight["venue"] is None


def test_filters_combined() -> None:
    _, output = invoke(
        "agenda", TRIP, "-d", "@startups", "-d", "cci", "--city", "quebec",
        "--from", "2024-04-08", "--to", "2024-04-09", "-f", "json",
    )  # fmt: skip
    items = json.loads(output)["items"]
    assert [i["id"] for i in items] == [
        "numeriqc-jour-1",
        "numeriqc-strategie",
        "rdv-cyber-cqc",  # the meetings placed by mission schedule at the session's tables
        "rdv-data-ville",
        "rdv-ia-ulaval",
        "rdv-mobilite-rtc",
        "rdv-sante-chu",
        "rdv-startups-quebec",
        "rdv-cyber-assureur",
        "rdv-jeu-studio",
        "rdv-ia-fonds",
        "rdv-sante-fonds",
        "rdv-data-fonds",
        "reception-quebec",
    ]
    for item in items:
        assert item["city"] == "quebec"
        assert "2024-04-08" <= item["start"][:10] <= "2024-04-09"


def test_a_city_view_includes_the_moves_that_touch_it() -> None:
    _, output = invoke("agenda", TRIP, "--city", "montreal", "-f", "json")
    ids = [i["id"] for i in json.loads(output)["items"]]
    assert ids[0] == "autocar-yqb-yul"
    assert "vol-yul-cdg" in ids
    assert "scale-ai" in ids


def test_the_day_selects_by_the_local_date_of_the_start() -> None:
    _, output = invoke("agenda", TRIP, "--day", "2024-04-11", "-f", "json")
    ids = [i["id"] for i in json.loads(output)["items"]]
    assert "vol-yul-cdg" in ids  # leaves at 21:30 in Montréal, already the 12th in Paris


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-d", "napere"], "mission: error: unknown delegate 'napere'; did you mean 'nappere'?"),
        (["-d", "@startup"], "mission: error: unknown group '@startup'; did you mean '@startups'?"),
        (["--city", "montrea"], "mission: error: unknown city 'montrea'; did you mean 'montreal'?"),
        (["--day", "4 avril"], "mission: error: '4 avril' is not a date: write YYYY-MM-DD, today"),
        (["--tz", "Paris"], "mission: error: --tz: unknown time zone 'Paris'; did you mean"),
    ],
)
def test_bad_requests_exit_2(args: list[str], message: str) -> None:
    code, output = invoke("agenda", TRIP, *args, "--lang", "en")
    assert code == 2
    assert output.startswith(message)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-d", "napere"], "délégué inconnu 'napere'\u202f; vouliez-vous dire 'nappere'\u202f?"),
        (["--city", "montrea"], "ville inconnue 'montrea'\u202f; vouliez-vous dire 'montreal'"),
        (
            ["--day", "4 avril"],
            "'4 avril' n'est pas une date\u202f: écrivez AAAA-MM-JJ, aujourd'hui",
        ),
    ],
)
def test_bad_requests_in_the_trip_s_language(args: list[str], message: str) -> None:
    code, output = invoke("agenda", TRIP, *args)  # a French trip: no --lang
    assert code == 2
    assert output.startswith(f"mission\u202f: erreur\u202f: {message}")


def test_a_day_outside_the_trip_is_an_empty_agenda_with_a_note() -> None:
    code, output = invoke("agenda", TRIP, "--day", "2024-05-01", "--lang", "en")
    assert code == 0
    assert "Wednesday 1 May 2024 is outside the trip, which runs from Wednesday 3 April" in output
    code, output = invoke("agenda", TRIP, "--day", "2024-05-01")
    assert "Le mercredi 1er mai 2024 est en dehors du déplacement" in output


def test_a_file_with_errors_still_gives_what_it_can() -> None:
    """The one item in error is left out and named on stderr; --no-partial refuses (and
    --strict, its name in version 1.1, unlisted)."""
    code, output = invoke("agenda", "trips/examples/dst-gap.yaml")
    assert code == 0
    assert (
        "mission: note: trips/examples/dst-gap.yaml has 1 error; 1 item left out: "
        "petit-dejeuner; the first, line 20: 2024-03-10 02:30 does not exist in Rochester"
    ) in " ".join(output.split())
    _, output = invoke("agenda", "trips/examples/dst-gap.yaml", "--lang", "fr")
    assert (
        "mission : remarque : trips/examples/dst-gap.yaml contient 1 erreur ; 1 élément laissé "
        "de côté : petit-dejeuner ; la première, ligne 20 : 2024-03-10 02:30 n'existe pas à "
        "Rochester"
    ) in " ".join(output.replace("\u202f", " ").split())
    for refuse in ("--no-partial", "--strict"):
        code, output = invoke("agenda", "trips/examples/dst-gap.yaml", refuse)
        assert code == 1
        assert "nonexistent-time" in output
    for command in (["agenda"], ["whereis"], ["logistics", "meals"], ["export", "ics"]):
        _, shown = invoke(*command, "--help", width=200)
        assert "--no-partial" in shown
        assert "--strict" not in shown  # one meaning per listed name: warnings fail


def test_today_and_tomorrow_in_the_delegations_zone() -> None:
    trip = load_path(ROOT / TRIP).trip
    assert trip is not None
    # 02:00 UTC on 5 April is still the 4th in Rochester, where the delegation is
    now = datetime(2024, 4, 5, 2, 0, tzinfo=UTC)
    assert str(parse_day("today", trip, now)) == "2024-04-04"
    assert str(parse_day("tomorrow", trip, now)) == "2024-04-05"
    # before departure, everyone is in Rennes: Paris time, already the 3rd
    early = datetime(2024, 4, 2, 23, 30, tzinfo=UTC)
    assert str(parse_day("today", trip, early)) == "2024-04-03"
    with pytest.raises(RequestError):
        parse_day("someday", trip, now)


def test_whereis() -> None:
    code, output = invoke(
        "whereis", TRIP, "--at", "2024-04-06 17:00 America/New_York", "-f", "json"
    )
    assert code == 0
    rows = {r["delegate"]: r for r in json.loads(output)["delegates"]}
    assert rows["nappere"]["state"] == "travel"
    assert rows["nappere"]["item"] == "vol-yyz-yqb"
    assert rows["startup-ia"] == {
        "delegate": "startup-ia", "state": "city", "city": "rennes", "item": None, "venue": None
    }  # fmt: skip
    code, output = invoke("whereis", TRIP, "--at", "2024-04-09 12:00 America/Toronto", "-f", "json")
    rows = {r["delegate"]: r for r in json.loads(output)["delegates"]}
    assert rows["nappere"]["state"] == "event"
    assert rows["nappere"]["item"] == "inrs"
    assert rows["nappere"]["venue"] == "inrs"


def test_whereis_table_reads_the_time_in_home_time_by_default() -> None:
    code, output = invoke("whereis", TRIP, "--at", "2024-04-04 16:00", "--lang", "en", width=120)
    assert code == 0
    assert "Where everyone is on Thursday 4 April 2024, 16:00 CEST" in output
    assert "Temps d'échange entre les deux maires" in output  # 10:00 in Rochester


def test_whereis_bad_time_exits_2() -> None:
    code, output = invoke("whereis", TRIP, "--at", "tomorrow noon", "--lang", "en")
    assert code == 2
    assert output.startswith("mission: error: 'tomorrow noon' is not a time")
    assert "did you mean" not in output  # 'tomorrow' is right: the time is what is wrong


def test_wide_characters_keep_their_width() -> None:
    from mission_cli.render.terminal_table import wrap

    lines = wrap("東京の会議 と 京都の訪問 with accents é à", 10)
    assert all(cell_len(line) <= 10 for line in lines)
    assert "".join(lines).replace(" ", "") == "東京の会議と京都の訪問withaccentsé à".replace(
        " ", ""
    )


@pytest.mark.parametrize("width", range(20, 141, 7))
def test_column_widths_keep_every_word_and_never_exceed_the_terminal(width: int) -> None:
    from mission_cli.render.terminal_table import _Extent, _widths

    extents = [_Extent(23, 23), _Extent(14, 60), _Extent(12, 40), _Extent(15, 50)]
    widths = _widths(extents, [0, 3, 2, 2], width)
    if width < 23 + 14 + 12 + 15 + 2 * 3:
        assert widths is None  # the stacked layout
        return
    assert widths is not None
    assert sum(widths) + 2 * 3 <= width
    assert all(e.least <= w <= e.most for e, w in zip(extents, widths, strict=True))


ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.mark.parametrize("width", [40, 80, 140])
@pytest.mark.parametrize("colour", [False, True], ids=["plain", "colour"])
def test_every_word_of_every_title_stays_whole(width: int, colour: bool) -> None:
    env = {"FORCE_COLOR": "1", "TERM": "xterm"} if colour else None
    code, output = invoke("agenda", TRIP, "--lang", "en", width=width, env=env)
    assert code == 0
    plain = ANSI.sub("", output)
    assert max(cell_len(line) for line in plain.splitlines()) <= width
    tokens = set(plain.split())
    model = load_path(ROOT / TRIP).model
    assert model is not None
    for _, event in model.events:
        for word in event.title.split():
            assert word in tokens, (word, event.title)
    for venue in model.venues.values():
        for word in venue.name.split():
            assert word.rstrip(",") in {t.rstrip(",") for t in tokens}, (word, venue.name)


def test_colour_only_on_a_terminal_and_never_with_no_color() -> None:
    term = {"FORCE_COLOR": "1", "TERM": "xterm"}
    _, coloured = invoke("agenda", TRIP, "-d", "nappere", "--day", "2024-04-04", env=term)
    assert "\x1b[1m" in coloured
    _, plain = invoke(
        "agenda", TRIP, "-d", "nappere", "--day", "2024-04-04", env={**term, "NO_COLOR": "1"}
    )
    assert "\x1b[3" not in plain  # no colour (bold may stay)


def test_whereis_speaks_the_language_of_the_trip() -> None:
    code, output = invoke("whereis", TRIP, "--at", "2024-04-11 22:00 America/Toronto", width=200)
    assert code == 0
    assert "Où est chacun le vendredi 12 avril 2024, 04:00 CEST" in output
    assert "Vol Air France AF 347 (Montréal → Paris (Roissy-Charles-de-Gaulle)), arrivée" in output


def test_whereis_now_and_tomorrow() -> None:
    code, output = invoke("whereis", TRIP, "--at", "now", "--format", "json")
    assert code == 0
    assert json.loads(output)["delegates"]
    code, output = invoke("whereis", TRIP, "--at", "tomorrow 09:00", "--format", "json")
    assert code == 0
    at = datetime.fromisoformat(json.loads(output)["at"])
    assert at.minute == 0


@pytest.mark.parametrize(
    "args", [["-h"], ["agenda", "-h"], ["export", "ics", "-h"], ["whereis", "-h"]]
)
def test_dash_h_is_help(args: list[str]) -> None:
    code, output = invoke(*args)
    assert code == 0
    assert output.startswith("Usage: mission")


def test_a_delegate_by_name_or_by_a_mistyped_name() -> None:
    code, output = invoke("agenda", TRIP, "-d", "Nathalie Appéré", "--day", "2024-04-04")
    assert code == 0
    assert "Nathalie Appéré" in output.splitlines()[1]
    code, output = invoke("agenda", TRIP, "-d", "appere", "--lang", "en")
    assert code == 2
    assert output == "mission: error: unknown delegate 'appere'; did you mean 'nappere'?\n"


THREE = (
    "trip: {title: T, home_timezone: Europe/Paris, start: 2024-04-03, end: 2024-04-12,"
    " locale: fr}\n"
    "groups: {elus: {name: Élus}}\n"
    "cities: {rochester: {name: Rochester, timezone: America/New_York}}\n"
    "delegates:\n  a: {name: Anne, groups: [elus]}\n  b: {name: Bruno, groups: [elus]}\n"
    "  c: {name: Chloé}\n"
    "events:\n"
)
"""Three delegates, two of them Élus: a trip to read attendee lists on."""


def test_attendees_that_take_people_away(tmp_path: Path) -> None:
    trip = tmp_path / "trip.yaml"
    trip.write_text(
        THREE + "  - {id: e1, title: Sans Bruno, city: rochester, start: 2024-04-04 10:00,"
        " duration: 1h, attendees: [all, -b]}\n"
        "  - {id: e2, title: Les élus, city: rochester, start: 2024-04-04 12:00,"
        " duration: 1h, attendees: ['@elus']}\n"
        "  - {id: e3, title: Élus sans Anne, city: rochester, start: 2024-04-04 14:00,"
        " duration: 1h, attendees: ['@elus', -a]}\n"
    )
    code, output = invoke("agenda", str(trip), "--format", "json")
    assert code == 0
    people = {i["id"]: i["attendees"] for i in json.loads(output)["items"]}
    assert people == {"e1": ["a", "c"], "e2": ["a", "b"], "e3": ["b"]}
    _, booklet = invoke("agenda", str(trip), "--format", "markdown")
    assert "| toute la délégation sauf Bruno |" in booklet
    assert "| Élus |" in booklet
    assert "@elus" not in booklet
    assert "| Bruno |" in booklet  # "@elus, -a" comes to Bruno: the names left are said


def test_whereis_flags_an_event_its_delegate_cannot_reach(tmp_path: Path) -> None:
    from tests.cli.test_report import DAYS_TRIP

    trip = tmp_path / "trip.yaml"
    trip.write_text(DAYS_TRIP)
    code, output = invoke(
        "whereis", str(trip), "--at", "2025-03-12 11:00 America/Vancouver", width=200
    )
    assert code == 0
    adjoint = next(line for line in output.splitlines() if "(adjoint)" in line)
    assert "Port visit" in adjoint
    assert "⚠ but in Boston by their moves" in adjoint


def test_a_city_by_its_name_and_items_left_out_named_in_the_booklet(tmp_path: Path) -> None:
    code, output = invoke("agenda", TRIP, "-c", "Québec", "--day", "2024-04-09")
    assert code == 0
    assert "mardi 9 avril 2024 — Québec" in output
    bad = ROOT / "trips" / "examples" / "dst-gap.yaml"
    _, booklet = invoke("agenda", str(bad), "--format", "markdown", "--lang", "en")
    assert "Left out because of errors in the file: petit-dejeuner" in booklet


@pytest.mark.parametrize(
    ("attendees", "said"),
    [
        ("[-a, '@elus']", "toute la délégation sauf Chloé"),  # in order: @elus adds Anne back
        ("[a, -all, b]", "Bruno"),
        ("['@elus', -b, b]", "toute la délégation sauf Chloé"),
        ("[-all]", "personne"),
        ("[all, -c]", "toute la délégation sauf Chloé"),
    ],
)
def test_who_says_what_the_list_comes_to(tmp_path: Path, attendees: str, said: str) -> None:
    trip = tmp_path / "trip.yaml"
    trip.write_text(
        THREE + "  - {id: e1, title: E, city: rochester, start: '2024-04-04 10:00', duration: 1h,"
        f" attendees: {attendees}}}\n"
    )
    _, booklet = invoke("agenda", str(trip), "--format", "markdown")
    assert f"| {said} |" in booklet


def test_a_typo_in_a_delegate_keeps_the_delegate(tmp_path: Path) -> None:
    text = (
        (ROOT / TRIP)
        .read_text()
        .replace("name: Nathalie Appéré", "titel: Maire\n    name: Nathalie Appéré", 1)
    )
    trip = tmp_path / "trip.yaml"
    trip.write_text(text)
    code, output = invoke("agenda", str(trip), "-d", "nappere", "--day", "2024-04-04")
    assert code == 0
    assert "Nathalie Appéré" in output
    assert "clé inconnue 'titel'" in output  # said in the note on stderr, in French


def test_empty_options_are_refused() -> None:
    for option in ("--day", "--from", "--to", "--city"):
        code, output = invoke("agenda", TRIP, option, "", "--lang", "en")
        assert code == 2, option
        assert f"{option} needs a value" in output


def test_today_without_a_valid_home_zone_is_a_refusal(tmp_path: Path) -> None:
    trip = tmp_path / "trip.yaml"
    trip.write_text(
        "trip: {title: T, home_timezone: Mars/Base, start: 2024-04-03, end: 2024-04-12}\n"
        "cities: {rochester: {name: Rochester, timezone: America/New_York}}\n"
        "delegates: {a: {name: A}}\n"
    )
    code, output = invoke("agenda", str(trip), "--day", "today")
    assert code == 2
    assert "internal error" not in output


def test_delegates_taken_away_from_everyone() -> None:
    code, output = invoke("agenda", TRIP, "-d", "-@startups", "-f", "json")
    assert code == 0
    people = {k for item in json.loads(output)["items"] for k in item["attendees"]}
    assert "startup-ia" in people  # on items shared with the others
    code, all_but = invoke("agenda", TRIP, "-d", "all", "-d", "-@startups", "-f", "json")
    assert all_but == output
    code, output = invoke("agenda", TRIP, "-d", "nappere", "-d", "-nappere", "--lang", "en")
    assert code == 2
    assert output == "mission: error: nappere -nappere selects nobody\n"
