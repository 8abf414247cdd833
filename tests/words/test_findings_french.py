"""The findings of the stages before the checks (reading the YAML, the schema, the
references, the times) are worded in the trip's language: a few of each stage, their
message and their hint, exactly, in English and in French."""

from __future__ import annotations

import pytest

from mission_cli.catalog import INVALID_TIME
from mission_cli.clock.times import TimeTextError, parse_duration, parse_time_text
from mission_cli.diagnostics import Diagnostic
from mission_cli.load.source import decode_source
from mission_cli.words.message import Message, english
from mission_cli.words.words import words_for
from tests.support import BASE, problems, text_of

FR = words_for("fr")
S = "\u202f"  # the narrow no-break space before French : ; ? !

Case = tuple[str, str, str | None, str, str | None]
"""The English message, the French one, the English hint, the French hint (None: no
hint), found by the English message among the findings of a text."""


def _found(text: str, message: str) -> Diagnostic:
    found = [d for d in problems(text) if d.message == message]
    assert found, [d.message for d in problems(text)]
    return found[0]


def _check(diag: Diagnostic, case: Case) -> None:
    en, fr, en_hint, fr_hint = case[1:]
    assert (english(diag.said), FR.say(diag.said)) == (en, fr)
    hint = diag.hint_said
    assert (english(hint) if hint else None, FR.say(hint) if hint else None) == (en_hint, fr_hint)


LOAD: list[Case] = [
    (
        "trip:\n\ttitle: x\n",
        "found character '\\t' that cannot start any token (while scanning for the next token)",
        "found character '\\t' that cannot start any token (while scanning for the next token)",
        "indent with spaces, not tabs",
        "indentez avec des espaces, pas avec des tabulations",
    ),
    (
        "trip: {title: x}\n---\ntrip: {title: y}\n",
        "the file holds several YAML documents; a trip file is one document",
        f"le fichier contient plusieurs documents YAML{S}; un fichier de déplacement n'en "
        "contient qu'un",
        "remove the '---' line (and the document after it), or split the file",
        "supprimez la ligne '---' (et le document qui la suit), ou divisez le fichier",
    ),
    (
        "trip:\n  title: x\n  title: y\n",
        "key 'title' appears twice in this mapping (first on line 2)",
        "la clé 'title' figure deux fois dans ce bloc (d'abord à la ligne 2)",
        "remove one of them, or merge their contents",
        "supprimez l'une des deux, ou fusionnez leur contenu",
    ),
    (
        "trip: {title: x, cities: [a, b}\n",
        "expected ',' or ']', but got '}' (while parsing a flow sequence)",
        "expected ',' or ']', but got '}' (while parsing a flow sequence)",
        "the '[' or '{' opened on line 1, column 26 is not closed where it should be",
        "le '[' ou le '{' ouvert ligne 1, colonne 26 n'est pas refermé là où il le faudrait",
    ),
]


@pytest.mark.parametrize("case", LOAD, ids=lambda case: case[1][:40])
def test_findings_of_reading_the_file(case: Case) -> None:
    _check(_found(case[0], case[1]), case)


def test_a_file_in_another_encoding() -> None:
    (diag,) = decode_source(b"\xff\xfet\x00r\x00", "trip.yaml").diagnostics
    _check(
        diag,
        (
            "",
            "the file is UTF-16 text",
            "le fichier est du texte UTF-16",
            "trip files are UTF-8: in your editor, save the file with the encoding UTF-8",
            f"les fichiers de déplacement sont en UTF-8{S}: dans votre éditeur, enregistrez le "
            "fichier avec l'encodage UTF-8",
        ),
    )


EVENT = """\
events:
  - id: visite
    title: Visite
    venue: city-hall
    start: 2024-04-04 09:00
    duration: 1h30
"""
MOVE = """\
travel:
  - {id: vol, mode: flight, from: rochester, to: quebec, depart: 2024-04-06 09:00,
     arrive: 2024-04-06 11:00, seats: 0}
"""

MODEL: list[Case] = [
    (
        text_of(EVENT + "    atendees: all\n"),
        "unknown key 'atendees' in event 'visite'",
        "clé inconnue 'atendees' dans l'événement 'visite'",
        "did you mean 'attendees'?",
        f"vouliez-vous dire 'attendees'{S}?",
    ),
    (
        text_of(MOVE),
        "seats of move 'vol' should be at least 1, not a number (0)",
        "seats du trajet 'vol' doit valoir au moins 1, et non un nombre (0)",
        "the seats for the delegation: a whole number, at least 1",
        f"les places pour la délégation{S}: un nombre entier, au moins 1",
    ),
    (
        text_of(
            "events:\n  - {title: V, city: rochester, start: 2024-04-04 09:00, duration: 1h}\n"
        ),
        "events[0] has no 'id'",
        "events[0] n'a pas de clé 'id'",
        "add `id: …` here",
        "ajoutez ici la clé `id`",
    ),
    (
        BASE + "  bob: {name: Bob, diet: [vegan, [a]]}\n",
        "delegates.bob.diet[1]: a list is not a diet need",
        f"delegates.bob.diet[1]{S}: une liste n'est pas un besoin alimentaire",
        "write a need (vegetarian, vegan, halal, …) or `{other: what it is}`",
        "écrivez un besoin (vegetarian, vegan, halal, …) ou décrivez-le sous la clé other",
    ),
    (
        text_of("entry:\n  France: {requires: [passport]}\n"),
        "'France' is not a country code",
        "'France' n'est pas un code de pays",
        "write FR, the ISO 3166-1 code of France",
        "écrivez FR, le code ISO 3166-1 de France",
    ),
    (
        text_of("travel: x\n"),
        "travel should be a list, not the text 'x'",
        "travel doit être une liste, et non le texte 'x'",
        "start each entry with '- ' on its own line",
        "commencez chaque entrée par '- ' sur sa propre ligne",
    ),
    (
        BASE + '  bob: {name: Bob, title: "a\\tb"}\n',
        "delegates.bob.title holds the control character U+0009, which a one-line text cannot hold",
        "delegates.bob.title contient le caractère de contrôle U+0009, qu'un texte d'une "
        "ligne ne peut pas contenir",
        "remove it (it often comes pasted with text from an e-mail or a document); a line "
        "break belongs only in notes",
        "supprimez-le (il arrive souvent avec un texte copié d'un courriel ou d'un "
        f"document){S}; un saut de ligne n'a sa place que dans notes",
    ),
]


@pytest.mark.parametrize("case", MODEL, ids=lambda case: case[1][:40])
def test_findings_of_the_schema(case: Case) -> None:
    _check(_found(case[0], case[1]), case)


RESOLVE: list[Case] = [
    (
        text_of(EVENT + "    attendees: [napere]\n"),
        "unknown delegate 'napere'",
        "délégué inconnu 'napere'",
        "did you mean 'nappere'?",
        f"vouliez-vous dire 'nappere'{S}?",
    ),
    (
        text_of(EVENT.replace("venue: city-hall", "city: montreal")),
        "unknown city 'montreal'",
        "ville inconnue 'montreal'",
        "the cities defined are: paris, quebec, rennes, rochester",
        f"les villes définies sont{S}: paris, quebec, rennes, rochester",
    ),
    (
        text_of(EVENT + EVENT.removeprefix("events:\n")),
        "id 'visite' is already used by events[0] (line 20)",
        "l'identifiant 'visite' est déjà utilisé par events[0] (ligne 20)",
        "ids are unique across events, travel and lodging: rename one of them",
        f"les identifiants sont uniques entre events, travel et lodging{S}: renommez l'un des deux",
    ),
    (
        text_of(MOVE.replace("arrive: 2024-04-06 11:00, seats: 0", "arrive: 2024-04-06 08:00")),
        "'vol' arrives at 2024-04-06 08:00 EDT, not after it departs at 2024-04-06 09:00 EDT",
        "'vol' arrive à 2024-04-06 08:00 EDT, et non après son départ à 2024-04-06 09:00 EDT",
        "a depart time is read in the 'from' city's zone and an arrive time in the 'to' "
        "city's: check both, and the date of an overnight arrival",
        "depart se lit dans le fuseau de la ville 'from', arrive dans celui de la ville "
        f"'to'{S}: vérifiez les deux, ainsi que la date d'une arrivée le lendemain",
    ),
    (
        text_of(
            "lodging:\n  - {id: hotel, name: Hôtel, city: quebec, check_in: 2024-04-06, "
            "check_out: 2024-04-06, guests: all}\n"
        ),
        "lodging 'hotel' checks out (2024-04-06) the day it checks in (2024-04-06): it "
        "holds no night",
        "l'hébergement 'hotel' a son check_out (2024-04-06) le jour même de son check_in "
        f"(2024-04-06){S}: il ne compte aucune nuit",
        "check_out is the morning of leaving: a stay of the nights of 6 to 9 April checks "
        "in on 2024-04-06 and out on 2024-04-10",
        f"check_out est le matin du départ{S}: un séjour pour les nuits du 6 au 9 avril a "
        "son check_in le 2024-04-06 et son check_out le 2024-04-10",
    ),
    (
        text_of("checks:\n  rules: {yaml-syntax: off}\n"),
        "'yaml-syntax' is a rule of the file: it cannot be ignored or switched off",
        f"'yaml-syntax' est une règle du fichier{S}: elle ne peut être ni ignorée ni désactivée",
        "fix the problem in the file instead",
        "corrigez plutôt le problème dans le fichier",
    ),
]


@pytest.mark.parametrize("case", RESOLVE, ids=lambda case: case[1][:40])
def test_findings_of_the_references(case: Case) -> None:
    _check(_found(case[0], case[1]), case)


def _start(start: str) -> str:
    return text_of(EVENT.replace("start: 2024-04-04 09:00", f"start: {start}"))


CLOCK: list[Case] = [
    (
        _start("2024-03-10 02:30"),
        "2024-03-10 02:30 does not exist in Rochester (America/New_York): the clocks jump "
        "forward that night (EST to EDT)",
        f"2024-03-10 02:30 n'existe pas à Rochester (America/New_York){S}: les horloges "
        "avancent cette nuit-là (passage de l'heure EST à l'heure EDT)",
        "use 03:00 EDT (the first minute after the jump), or add the intended offset",
        "utilisez 03:00 EDT (la première minute après le saut), ou ajoutez le décalage voulu",
    ),
    (
        _start("2024-11-03 01:30"),
        "2024-11-03 01:30 happens twice in Rochester (America/New_York): the clocks go "
        "back that night",
        f"2024-11-03 01:30 existe deux fois à Rochester (America/New_York){S}: les "
        "horloges reculent cette nuit-là",
        "add the offset you mean: -04:00 (EDT) or -05:00 (EST)",
        f"ajoutez le décalage voulu{S}: -04:00 (EDT) ou -05:00 (EST)",
    ),
    (
        _start("2024-04-04 09:00 EST"),
        "unknown time zone 'EST'",
        "fuseau horaire inconnu 'EST'",
        "'EST' is a fixed offset or an abbreviation, not a place's rules: use an IANA name "
        "such as 'America/New_York'",
        "'EST' est un décalage fixe ou une abréviation, et non les règles horaires d'un "
        f"lieu{S}: utilisez un nom IANA comme 'America/New_York'",
    ),
    (
        _start("2024-04-04 25:00"),
        "'2024-04-04 25:00' is not a time: hours go from 00 to 23, not 25",
        f"'2024-04-04 25:00' n'est pas une date et une heure valides{S}: les heures vont de "
        "00 à 23, et non 25",
        "write the local time as YYYY-MM-DD HH:MM (2024-04-04 10:00), optionally followed "
        "by a zone (2024-04-04 16:00 Europe/Paris) or an offset (-04:00)",
        "écrivez l'heure locale au format AAAA-MM-JJ HH:MM (2024-04-04 10:00), suivie si "
        "besoin d'un fuseau (2024-04-04 16:00 Europe/Paris) ou d'un décalage (-04:00)",
    ),
    (
        text_of("legs:\n  - {city: quebec, start: 2023-02-29, end: 2023-03-02, delegates: all}\n"),
        "'2023-02-29' is not a date: the days of 2023-02 go from 01 to 28, not 29",
        f"'2023-02-29' n'est pas une date{S}: les jours de 2023-02 vont de 01 à 28, et non 29",
        "no such day: check the month and the day (YYYY-MM-DD)",
        f"ce jour n'existe pas{S}: vérifiez le mois et le jour (AAAA-MM-JJ)",
    ),
]


@pytest.mark.parametrize("case", CLOCK, ids=lambda case: case[1][:40])
def test_findings_of_the_times(case: Case) -> None:
    _check(_found(case[0], case[1]), case)


def test_a_time_pasted_from_an_email() -> None:
    with pytest.raises(TimeTextError) as caught:
        parse_time_text("04/05/2027 11:00")
    err = caught.value
    assert FR.say(err.said) == "'04/05/2027 11:00' ne se lit pas comme une date et une heure"
    assert err.hint_said is not None
    assert FR.say(err.hint_said).startswith(
        f"vouliez-vous dire '2027-05-04 11:00' (jour/mois) ou '2027-04-05 11:00' "
        f"(mois/jour){S}? écrivez l'heure locale au format AAAA-MM-JJ HH:MM"
    )
    assert err.hint_text is not None
    assert err.hint_text.startswith(
        "did you mean '2027-05-04 11:00' (day/month) or '2027-04-05 11:00' (month/day)? "
        "write the local time as YYYY-MM-DD HH:MM"
    )


def test_a_time_error_says_english_where_a_command_reads_it() -> None:
    """``str()``, ``message`` and ``hint_text`` stay the English of a command's error."""
    with pytest.raises(TimeTextError) as caught:
        parse_duration("1h75")
    err = caught.value
    assert err.rule == INVALID_TIME
    assert str(err) == err.message == "'1h75' has 75 minutes after the hours"
    assert FR.say(err.said) == "'1h75' compte 75 minutes après les heures"
    assert err.hint_said == Message("write a duration such as 45m, 2h or 1h30")
    assert err.hint == err.hint_text == "write a duration such as 45m, 2h or 1h30"
