"""The booklet's document as the view builds it from a trip: whose it is, its days (an
arrival after midnight on both days, the night's hotel after each), its contacts, the
timeline of several delegates, and personal data only when asked for. No Typst here:
``tests/cli/test_booklet*.py`` read the PDFs back."""

from __future__ import annotations

from datetime import date

import pytest

from mission_cli.booklet.data import CITY_PALETTE, LABELS, BookletData, check_data
from mission_cli.pipeline import LoadedTrip, load_path
from mission_cli.views.booklet.build import booklet_data
from mission_cli.views.booklet.edition import Edition, Selection, edition
from mission_cli.words.words import words_for
from tests.support import ROOT, load

SAMPLE = load_path(ROOT / "trips" / "2024-04.yaml").whole()
assert SAMPLE is not None
DAY = date(2024, 3, 28)
ROCHESTER = "Hôtel du centre-ville (illustratif), Downtown Rochester, NY · +1 585 555 0199"
QUEBEC = "Hôtel du Vieux-Québec (illustratif), Vieux-Québec, Québec"
MONTREAL = "Hôtel du centre-ville (illustratif), Centre-ville, Montréal"


def sample_edition(lang: str = "fr", *, personal: bool = False) -> Edition:
    assert SAMPLE is not None
    return edition(SAMPLE, words_for(lang), DAY, personal=personal)


def of(*keys: str, lang: str = "fr", personal: bool = False) -> BookletData:
    data = booklet_data(sample_edition(lang, personal=personal), Selection(keys))
    check_data(data)
    return data


def whole(lang: str = "fr", *, personal: bool = False) -> BookletData:
    assert SAMPLE is not None
    data = booklet_data(sample_edition(lang, personal=personal), Selection.everyone(SAMPLE.model))
    check_data(data)
    return data


def test_a_delegates_booklet_is_theirs_in_the_trips_language() -> None:
    data = of("nappere")
    assert (data["lang"], data["date"], data["whose"]) == ("fr", "2024-03-28", "Nathalie Appéré")
    assert data["title"] == "Délégation rennaise à Rochester et au Québec"
    assert sorted(data["labels"]) == sorted(LABELS)
    labels = data["labels"]
    assert (labels["booklet"], labels["page"], labels["home_time"]) == (
        "Carnet de route", "page", "Heure de Rennes"
    )  # fmt: skip
    cover = data["cover"]
    assert cover["dates"] == "du mercredi 3 avril 2024 au vendredi 12 avril 2024"
    assert cover["cities"] == ["Rochester", "Québec", "Montréal"]
    assert cover["edition"] == "Version du jeudi 28 mars 2024"
    assert cover["notice"] is None
    assert data["timeline"] is None  # one delegate: no picture of the delegation
    english = of("nappere", lang="en")
    assert (english["labels"]["booklet"], english["labels"]["home_time"]) == (
        "Travel booklet", "Time in Rennes"
    )  # fmt: skip


def test_whose_booklet() -> None:
    assert whole()["whose"] == "Toute la délégation"
    assert whole("en")["whose"] == "Whole delegation"
    assert SAMPLE is not None
    startups = tuple(k for k in SAMPLE.model.delegates if k.startswith("startup-"))
    assert of(*startups)["whose"] == "Startups"  # exactly a group: its name
    assert of("nappere", "dri")["whose"] == (
        "Nathalie Appéré et Directeur·rice des relations internationales"
    )
    assert of("nappere", "dri", "cci", "poool")["whose"] == (
        "Nathalie Appéré, Directeur·rice des relations internationales et 2 autres"
    )


def test_a_late_joiner_has_their_own_dates_and_cities() -> None:
    cover = of("startup-cyber")["cover"]
    assert cover["dates"] == "du dimanche 7 avril 2024 au vendredi 12 avril 2024"
    assert cover["cities"] == ["Québec", "Montréal"]


def test_each_day_ends_with_the_nights_hotel() -> None:
    days = of("nappere")["days"]
    nights = [(day["heading"].split(" — ")[0], day.get("night")) for day in days]
    assert nights == [
        ("mercredi 3 avril 2024", ROCHESTER),
        ("jeudi 4 avril 2024", ROCHESTER),
        ("vendredi 5 avril 2024", ROCHESTER),
        ("samedi 6 avril 2024", QUEBEC),
        ("dimanche 7 avril 2024", QUEBEC),  # no item that day: the day is still there
        ("lundi 8 avril 2024", QUEBEC),
        ("mardi 9 avril 2024", QUEBEC),
        ("mercredi 10 avril 2024", MONTREAL),
        ("jeudi 11 avril 2024", "en route (trajet de nuit)"),
        ("vendredi 12 avril 2024", None),  # home
    ]
    free = days[4]
    assert free["heading"] == "dimanche 7 avril 2024 — Québec"
    assert (free["items"], free.get("note")) == ([], "Rien de prévu ce jour-là.")


def test_an_arrival_after_midnight_is_on_both_days() -> None:
    days = of("nappere")["days"]
    flight = [
        (day["heading"].split(" — ")[0], item["time"], item.get("carried"))
        for day in days
        for item in day["items"]
        if item["title"] == "Vol Air France AF 347"
    ]
    assert flight == [
        ("jeudi 11 avril 2024", "21:30 EDT → 10:35 CEST +1", False),
        ("vendredi 12 avril 2024", "21:30 EDT -1 → 10:35 CEST", True),
    ]
    assert (
        days[-1]["heading"] == "vendredi 12 avril 2024 — Paris (Roissy-Charles-de-Gaulle), Rennes"
    )


def test_an_item_is_worded_as_the_agenda_words_it() -> None:
    day = of("nappere")["days"][1]
    assert (
        day["note"] == "Heure locale\u202f: EDT (UTC−4)\u202f; heure de Rennes\u202f: CEST (UTC+2)"
    )
    first = day["items"][0]
    assert first == {
        "time": "09:00–10:30 EDT",
        "home_time": "15:00–16:30 CEST",
        "title": "Temps d'échange entre les deux maires avec le maire Malik D. Evans",
        "kind": "rencontre institutionnelle",
        "place": "Rochester City Hall, 30 Church Street, Rochester, NY 14614",
        "meal": None,
        "contact": "Protocole de la Ville de Rochester, +1 585 555 0100",
        "people": "Élus, Directeur·rice des relations internationales",
        "notes": "Perspectives de la coopération entre Rennes et Rochester",
        "carried": False,
    }
    train = of("nappere")["days"][0]["items"][0]
    assert (train["title"], train["place"], train["time"], train["home_time"]) == (
        "Train SNCF TGV 5210", "Rennes → Paris (Roissy-Charles-de-Gaulle)",
        "05:50 CEST → 08:55 CEST", None,  # at home: said once
    )  # fmt: skip


def test_the_contacts_of_a_delegate_are_those_of_where_they_go() -> None:
    sections = {s["heading"]: s["rows"] for s in of("startup-cyber")["contacts"]}
    assert list(sections) == [
        "Urgences", "Ambassades et consulats", "Organisation et assistance", "Hôtels",
        "Sur les lieux des rendez-vous",
    ]  # fmt: skip
    assert [(r["role"], r["phone"]) for r in sections["Urgences"]] == [("urgences · Canada", "911")]
    consulates = [r["name"] for r in sections["Ambassades et consulats"]]
    assert consulates == [
        "Consulat général de France à Québec",
        "Consulat général de France à Montréal",
    ]
    duty = sections["Organisation et assistance"][0]
    assert (duty["role"], duty["phone"]) == ("permanence", "+33 2 99 00 00 00")
    assert duty["notes"] == (
        "24 h/24 pendant le déplacement\n"
        "Joignable depuis l'étranger ; prévient les familles et le cabinet."
    )
    hotels = [(r["name"], r["role"]) for r in sections["Hôtels"]]
    assert hotels == [
        ("Hôtel du Vieux-Québec (illustratif)", "Québec · du 7 avril au 10 avril"),
        ("Hôtel du centre-ville (illustratif)", "Montréal · du 10 avril au 11 avril"),
    ]
    venues = sections["Sur les lieux des rendez-vous"]
    assert venues == [
        {"name": "Service du protocole", "role": "Hôtel de ville de Québec",
         "phone": "+1 418 555 0150", "address": "2, rue des Jardins, Québec"},
    ]  # fmt: skip


def test_the_delegations_contacts_are_all_of_them() -> None:
    rows = [row for section in whole()["contacts"] for row in section["rows"]]
    assert SAMPLE is not None
    for _, contact in SAMPLE.model.contacts:
        assert any((r["name"], r["phone"]) == (contact.name, contact.phone) for r in rows)
    assert [r["name"] for r in rows if r["role"] and r["role"].startswith("Rochester ·")] == [
        "Hôtel du centre-ville (illustratif)"
    ]


HOTEL_AT_A_VENUE = """\
trip: {title: T, home_timezone: Europe/Paris, start: 2024-05-06, end: 2024-05-08}
cities:
  paris: {name: Paris, timezone: Europe/Paris, home: true}
  lyon: {name: Lyon, timezone: Europe/Paris}
venues:
  grand: {name: Grand Hôtel, city: lyon, address: 1 place Bellecour, contact: {name: Réception, phone: "+33 4 00 00 00 00"}}
delegates:
  ana: {name: Ana}
  bo: {name: Bo}
lodging:
  - {id: h1, name: Grand Hôtel, venue: grand, check_in: 2024-05-06, check_out: 2024-05-07, guests: [ana]}
  - {id: h2, name: Grand Hôtel, venue: grand, check_in: 2024-05-07, check_out: 2024-05-08, guests: [ana, bo]}
travel:
  - {id: t1, mode: train, from: paris, to: lyon, depart: 2024-05-06 08:00, arrive: 2024-05-06 10:00}
  - {id: t2, mode: train, from: lyon, to: paris, depart: 2024-05-08 18:00, arrive: 2024-05-08 20:00}
events:
  - {id: e1, title: Visite, city: lyon, start: 2024-05-07 10:00, duration: 1h}
"""  # noqa: E501


def loaded(text: str) -> LoadedTrip:
    trip = load(text).whole()
    assert trip is not None
    return trip


def test_a_hotel_at_a_venue_has_the_venues_address_and_is_one_hotel() -> None:
    trip = loaded(HOTEL_AT_A_VENUE)
    data = booklet_data(edition(trip, words_for("en"), DAY), Selection.everyone(trip.model))
    (hotels,) = [s["rows"] for s in data["contacts"] if s["heading"] == "Hotels"]
    assert hotels == [
        {"name": "Grand Hôtel", "role": "Lyon · 6 May to 8 May",
         "phone": "+33 4 00 00 00 00", "address": "1 place Bellecour"},
    ]  # fmt: skip
    nights = [day.get("night") for day in data["days"]]
    line = "Grand Hôtel, 1 place Bellecour · +33 4 00 00 00 00"
    assert nights == [line, line, None]


def test_the_timeline_colours_where_they_stay_and_hatches_their_travels() -> None:
    timeline = whole()["timeline"]
    assert timeline is not None
    assert timeline["days"][:2] == ["mer. 3", "jeu. 4"]
    assert len(timeline["days"]) == 10
    assert timeline["cities"] == [
        {"name": name, "colour": colour}
        for name, colour in zip(("Rochester", "Québec", "Montréal"), CITY_PALETTE, strict=False)
    ]
    rows = {row["name"]: row["segments"] for row in timeline["rows"]}
    assert len(rows) == 17
    mayor = [
        (s["city"], round(s["start"] * 10, 3), round(s["end"] * 10, 3))
        for s in rows["Nathalie Appéré"]
    ]
    # Tenths of the trip are its days: 05:50 on the 3rd is 0.243 of a day.
    assert mayor[0] == (None, round(5 / 24 + 50 / 1440, 3), round(17 / 24 + 35 / 1440, 3))
    assert [city for city, _, _ in mayor] == [
        None,
        "Rochester",
        None,
        "Québec",
        None,
        "Montréal",
        None,
    ]  # a connection (JFK, Toronto, Roissy) is part of the travel
    assert mayor[-1][2] == round(9 + 16 / 24 + 5 / 1440, 3)  # home at 16:05 on the 12th
    startup = rows["Startup rennaise (cybersécurité)"]
    assert startup[0]["city"] is None
    assert startup[0]["start"] == pytest.approx((4 + 6.5 / 24) / 10, abs=1e-4)  # 06:30 the 7th


def test_personal_data_only_when_asked_for() -> None:
    plain, personal = of("startup-cyber"), of("startup-cyber", personal=True)
    assert all(row.get("contact") is None for row in plain["delegation"])
    assert plain["cover"]["notice"] is None
    dri = next(r for r in personal["delegation"] if r["name"].startswith("Directeur"))
    assert dri.get("contact") == "+33 6 00 00 00 01 · dri@rennes.example"
    assert personal["cover"]["notice"] == (
        "Contient des données personnelles\u202f: réservé aux personnes nommées, ne pas diffuser."
    )

    def meals(data: BookletData) -> list[str | None]:
        return [
            item.get("meal") for day in data["days"] for item in day["items"] if item.get("meal")
        ]

    assert meals(plain) == ["Réception", "Petit-déjeuner"]
    assert meals(personal) == [
        "Réception — régime\u202f: végétarien",
        "Petit-déjeuner — régime\u202f: végétarien",
    ]
    several = [m for m in meals(whole(personal=True)) if m and m.startswith("Réception")]
    assert several[-1].startswith("Réception — végétarien ×2 (elu-international, startup-cyber); ")


def test_a_mistake_of_a_year_prints_no_year_of_days() -> None:
    """An item typed a year late (an error of its own, still in the schedule) and an end
    typed years late: no page per empty day, no picture of a thousand columns."""
    text = (ROOT / "trips" / "2024-04.yaml").read_text(encoding="utf-8")
    text = text.replace("start: 2024-04-11 15:00", "start: 2025-04-11 15:00")
    text = text.replace("  end: 2024-04-12\n", "  end: 2027-04-12\n", 1)
    trip = loaded(text)
    data = booklet_data(edition(trip, words_for("fr"), DAY), Selection.everyone(trip.model))
    headings = [day["heading"].split(" — ")[0] for day in data["days"]]
    assert headings[-3:] == [
        "jeudi 11 avril 2024", "vendredi 12 avril 2024", "vendredi 11 avril 2025"
    ]  # fmt: skip
    assert len(headings) == 11
    assert data["timeline"] is None
