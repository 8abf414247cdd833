"""Every word in the trip's language (#19): every command, in every format, over the
sample (a French trip) and over a trip with one finding of each rule (an English trip,
``tests/trips/words/every-rule.yaml``; the examples of ``trips/examples/`` and the
mistakes of ``tests/trips/`` for the YAML syntax), run with ``--lang fr`` and ``--lang
en``, says no word of the other language: no English word in French output, no French
word in English output. What every language writes alike is stripped first (see
``foreign.py``): the trip's own texts, ids, keys, rule names, zones, quoted values.

The status lines and the errors of the command line (a bad ``--day``, ``--at``,
``--tz``, ``--alarm``, an unknown choice, a missing or unreadable file) are in the
language of ``--lang`` too."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from mission_cli.cli.diff import SUPPLIERS
from mission_cli.cli.logistics import VIEWS as VIEW_NAMES
from mission_cli.render.formats import AGENDA, DIFF, LOGISTICS, REPORT, VALIDATE, WHEREIS
from mission_cli.words.words import LANGUAGES
from tests.support import ROOT
from tests.words.foreign import (
    ENGLISH,
    FORMAT_VALUES,
    FRENCH,
    KEYS,
    QUOTED_KEYS,
    data_of,
    foreign_words,
    texts_of,
    verbatim_of,
)
from tests.words.outputs import Said, as_text, folder_texts, fresh, run


@dataclass(frozen=True)
class Trip:
    """A trip, and what its commands are asked: instants, a delegate, a city, a day, and
    the edits that make a newer version of it."""

    path: str
    instants: tuple[str, ...]
    delegate: str
    city: str
    day: str
    edits: tuple[tuple[str, str], ...]

    @property
    def name(self) -> str:
        return Path(self.path).stem


SAMPLE = Trip(
    "trips/2024-04.yaml",
    ("2024-04-06 18:00 America/Toronto", "2024-04-08 03:00", "2024-04-02 12:00",
     "2024-04-09 15:00 EDT"),
    "nappere",
    "quebec",
    "2024-04-08",
    (
        # the welcome dinner half an hour later, two more guests
        ("    start: 2024-04-03 19:30\n    duration: 1h30\n    kind: repas\n    meal: dinner\n"
         "    guests: 12\n",
         "    start: 2024-04-03 20:00\n    duration: 1h30\n    kind: repas\n    meal: dinner\n"
         "    guests: 14\n"),
        # removed: Nazareth University
        ("  - id: nazareth\n    title: Rencontre avec Nazareth University\n    venue: nazareth\n"
         "    start: 2024-04-05 09:30\n    end: 2024-04-05 11:00\n"
         "    kind: enseignement supérieur et recherche\n"
         "    attendees: [elu-international, univ-rennes]\n", ""),
        # a diet changed: the caterer's sheet changes
        ("    groups: [elus, institutionnel]\n    nationality: FR\n    diet: [vegetarian]\n",
         "    groups: [elus, institutionnel]\n    nationality: FR\n    diet: [vegan]\n"),
        # a night less in Montréal
        ("    check_in: 2024-04-10\n    check_out: 2024-04-11\n",
         "    check_in: 2024-04-10\n    check_out: 2024-04-10\n"),
        # added: a visit of the port
        ("  - id: bilan-mission\n",
         "  - id: visite-port\n    title: Visite du port de Montréal\n    city: montreal\n"
         "    start: 2024-04-11 13:00\n    duration: 1h30\n    attendees: [\"@mobilite\"]\n"
         "  - id: bilan-mission\n"),
    ),
)  # fmt: skip
EVERY_RULE = Trip(
    "tests/trips/words/every-rule.yaml",
    ("2024-04-04 15:30 America/New_York", "2024-04-02 03:00 Europe/Paris", "2024-03-29 12:00",
     "2024-04-09 12:00"),
    "anna",
    "rochester",
    "2024-04-02",
    (
        # a guest added to the exhibition, the archive visit an hour later
        ("     attendees: [anna]}\n  - {id: archive,",
         "     attendees: [anna, ben]}\n  - {id: archive,"),
        ("  - {id: archive, title: Archive visit, venue: museum, start: 2024-04-02 15:00,",
         "  - {id: archive, title: Archive visit, venue: museum, start: 2024-04-02 16:00,"),
        # two more guests at breakfast, a diet changed: the caterer's notice
        ("     duration: 1h, meal: breakfast, guests: 2,",
         "     duration: 1h, meal: breakfast, guests: 4,"),
        ("    diet: [vegetarian]\n", "    diet: [vegan]\n"),
        # a night less in Rochester: the hotel's notice
        ("    check_in: 2024-03-31\n    check_out: 2024-04-04\n",
         "    check_in: 2024-04-01\n    check_out: 2024-04-04\n"),
        # a passenger taken off a flight: the coach company's
        ("arrive: 2024-04-04 16:00, seats: 3, passengers: [anna, ben, carl, dina]}",
         "arrive: 2024-04-04 16:00, seats: 3, passengers: [anna, ben, carl]}"),
        # added: a farewell lunch
        ("  - {id: debrief,",
         "  - {id: lunch, title: Farewell lunch, city: quebec, start: 2024-04-06 12:00,\n"
         "     duration: 1h30, meal: lunch, attendees: [anna, ben, carl, dina]}\n"
         "  - {id: debrief,"),
    ),
)  # fmt: skip
TRIPS = (SAMPLE, EVERY_RULE)
LANGS = ("fr", "en")

Runs = Iterator[tuple[str, tuple[str, ...]]]
"""(format read back, arguments of the command)."""
VIEWS = {"table": "text", "text": "text", "markdown": "text", "html": "html", "json": "json"}


def _checking(trip: Trip, lang: str) -> Runs:
    for form in ("text", "json", "github"):
        yield VIEWS.get(form, "text"), ("validate", trip.path, "-f", form, "--lang", lang)
    yield "text", ("validate", trip.path, "--strict", "-q", "--lang", lang)
    for form in ("text", "markdown", "html", "json"):
        yield VIEWS[form], ("report", trip.path, "-f", form, "--include-personal", "--lang", lang)


def _showing(trip: Trip, lang: str) -> Runs:
    for form in ("table", "markdown", "html", "json"):
        for at in trip.instants:
            args = ("whereis", trip.path, "--at", at, "-f", form, "--include-personal")
            yield VIEWS[form], (*args, "--lang", lang)
        agenda = ("agenda", trip.path, "-f", form, "--lang", lang)
        yield VIEWS[form], (*agenda, "--home-time", "--include-personal")
        yield VIEWS[form], (*agenda, "-d", trip.delegate, "--tz", "home")
        yield VIEWS[form], (*agenda, "-c", trip.city, "--from", trip.day)
        yield VIEWS[form], (*agenda, "--day", trip.day)


def _logistics(trip: Trip, lang: str) -> Runs:
    for view in ("meals", "rooming", "manifest", "documents"):
        for form in ("table", "json", "csv", "markdown", "html"):
            kind = VIEWS.get(form, "csv")
            yield (
                kind,
                ("logistics", view, trip.path, "-f", form, "--include-personal", "--lang", lang),
            )


def _versions(trip: Trip, folder: Path) -> tuple[str, str]:
    """The trip and a newer version of it, with its edits."""
    text = (ROOT / trip.path).read_text(encoding="utf-8")
    old, new = folder / f"{trip.name}.yaml", folder / f"{trip.name}-new.yaml"
    old.write_text(text, encoding="utf-8")
    for before, after in trip.edits:
        assert text.count(before) == 1, before
        text = text.replace(before, after)
    new.write_text(text, encoding="utf-8")
    return str(old), str(new)


Group = Callable[[Trip, str, Path], Iterator[Said]]


def _commands(runs: Callable[[Trip, str], Runs]) -> Group:
    """A group of runs whose output is what they print."""

    def said(trip: Trip, lang: str, folder: Path) -> Iterator[Said]:
        for kind, args in runs(trip, lang):
            _, output = run(*args)
            yield Said(" ".join(args), [as_text(kind, output)])

    return said


def _written(name: str, args: tuple[str, ...], folder: Path) -> Said:
    """A run that writes files into ``folder``: what it prints, and each file read."""
    _, output = run(*args)
    said = Said(name, [output])
    for file, text in folder_texts(folder):
        said.texts.append(f"{file}\n{text}")
    return said


def _diff(trip: Trip, lang: str, folder: Path) -> Iterator[Said]:
    old, new = _versions(trip, fresh(folder / "versions"))
    diff = ("diff", old, new, "--lang", lang)
    for form in ("text", "markdown", "html", "json"):
        _, output = run(*diff, "-f", form)
        yield Said(f"diff -f {form}", [as_text(VIEWS[form], output)])
        _, output = run(*diff, "-f", form, "-d", trip.delegate)
        yield Said(f"diff -f {form} -d", [as_text(VIEWS[form], output)])
    for supplier in ("hotel", "caterer", "transport"):
        for form in ("text", "markdown", "html", "json"):
            _, output = run(*diff, "--for", supplier, "-f", form)
            yield Said(f"diff --for {supplier} -f {form}", [as_text(VIEWS[form], output)])
    for form in ("markdown", "text", "html"):
        letters = fresh(folder / f"letters-{form}")
        args = (*diff, "--per-delegate", "--home-time", "-f", form, "-o", f"{letters}/")
        yield _written(f"diff --per-delegate -f {form}", args, letters)
    _, output = run("report", new, "--since", old, "--lang", lang)
    yield Said("report --since", [output])


def _files(trip: Trip, lang: str, folder: Path) -> Iterator[Said]:
    """Calendars, a booklet, a spreadsheet of each logistics view: files read back."""
    calendars = fresh(folder / "ics")
    args = ("export", "ics", trip.path, "-o", f"{calendars}/", "--alarm", "30m",
            "--include-contacts", "--include-personal", "--lang", lang)  # fmt: skip
    yield _written("export ics", args, calendars)
    for view in ("meals", "rooming", "manifest", "documents"):
        sheets = fresh(folder / f"xlsx-{view}")
        args = ("logistics", view, trip.path, "-f", "xlsx", "-o", f"{sheets}/", "--lang", lang)
        yield _written(f"logistics {view} -f xlsx", args, sheets)
    booklets = fresh(folder / "booklet")
    args = ("booklet", trip.path, "-o", f"{booklets}/whole.pdf", "-d", trip.delegate,
            "--include-personal", "--lang", lang)  # fmt: skip
    yield _written("booklet", args, booklets)


def _planning(trip: Trip, lang: str, folder: Path) -> Iterator[Said]:
    """``schedule``, a dry run in each format, then written into a copy of the trip."""
    for form in ("table", "markdown", "json"):
        _, output = run("schedule", trip.path, "-f", form, "--lang", lang)
        # A priority is named as the file writes it (must, should, could), as a key is:
        # "aucun plan ne place plus de must, puis plus de should".
        yield Said(f"schedule -f {form}", [as_text(VIEWS[form], output)], FORMAT_VALUES)
    copy = fresh(folder / "schedule") / Path(trip.path).name
    copy.write_text((ROOT / trip.path).read_text(encoding="utf-8"), encoding="utf-8")
    _, output = run("schedule", str(copy), "--write", "--lang", lang)
    yield Said("schedule --write", [output], FORMAT_VALUES)


def _starting(trip: Trip, lang: str, folder: Path) -> Iterator[Said]:
    """``init``: the new file, and what it says writing it (into a folder)."""
    _, output = run("init", "-", "--lang", lang)
    # The new file's keys, ids and values, and the keys and values of the format, which its
    # comments name as a file writes them (``within``, ``all``, ``flight``)
    alike = texts_of(output, values=True) | FORMAT_VALUES | KEYS
    yield Said("init -", [output], alike)
    target = fresh(folder / "init")
    _, output = run("init", str(target), "--lang", lang)
    yield Said("init FOLDER", [output])


def _refused(trip: Trip, lang: str, folder: Path) -> Iterator[Said]:
    """What the command line cannot do: one line each, in the language of ``--lang``."""
    directory = fresh(folder / "refused")
    path, other = trip.path, str(directory / "missing.yaml")
    for args in (
        ("agenda", path, "--day", "2024-13-01"),
        ("agenda", path, "--day", "someday"),
        ("agenda", path, "--from", "2024-04-09", "--to", "2024-04-05"),
        ("agenda", path, "--day", trip.day, "--from", trip.day),
        ("agenda", path, "--tz", "Europe/Rennes"),
        ("agenda", path, "--tz", "hom"),
        ("agenda", path, "-f", "tabel"),
        ("agenda", path, "-d", "nobody"),
        ("agenda", path, "-d", "@nogroup"),
        ("agenda", path, "-c", "nowhere"),
        ("agenda", path, "-o", path),
        ("whereis", path, "--at", "yesterday"),
        ("whereis", path, "--at", "2024-04-06 25:00"),
        ("whereis", path, "--at", "2024-04-06 10:00 Europe/Rennes"),
        ("export", "ics", path, "-o", f"{directory}/", "--alarm", "5x"),
        ("export", "ics", path, "-o", "-"),
        ("logistics", "meal", path),
        ("diff", path, other),
        ("diff", path, path, "--for", "hotl"),
        ("diff", path, path, "--per-delegate"),
        ("report", other),
        ("report", str(directory)),
        ("report", "/dev/zero"),  # read, but past the limit: not a trip file
        ("report", path, "-f", "json", "--since", other),
        ("validate", path, other),
        ("validate", path, other, "-f", "json"),
        ("validate", path, other, "-f", "github"),
        ("booklet", path, "-o", f"{directory}/booklet.txt"),
        ("schedule", path, "--step", "7x"),
        ("init", path),
        ("init", f"{directory}/no/such/folder/trip.yaml"),
    ):
        _, output = run(*args, "--lang", lang)
        yield Said(" ".join(args), [output])


FORMATS = (AGENDA, DIFF, LOGISTICS, REPORT, VALIDATE, WHEREIS)
CHOICES = frozenset({*SUPPLIERS, *VIEW_NAMES, *LANGUAGES, *(name for f in FORMATS for name in f)})
"""The values of the options and arguments, which a refusal lists."""

EXAMPLES = sorted(
    path
    for path in [*ROOT.glob("trips/examples/*.yaml"), *ROOT.glob("tests/trips/*/*.yaml")]
    if "valid" not in path.parts
)
"""Every trip of the repository with mistakes: the examples, each with one, and the
mistakes of each stage (the YAML's syntax among them)."""


@pytest.fixture(params=LANGS)
def lang(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_every_finding_of_the_examples(lang: str) -> None:
    # the texts of forty files, less those that are words of the lists (a key 'est'
    # somewhere would hide the French "est" everywhere): each file quotes its own
    data = frozenset(t for t in data_of(EXAMPLES) if t.lower() not in ENGLISH | FRENCH)
    data |= verbatim_of(EXAMPLES)
    paths = [str(path.relative_to(ROOT)) for path in EXAMPLES]
    found = []
    for form, kind in (("text", "text"), ("json", "json"), ("github", "text")):
        _, output = run("validate", *paths, "-f", form, "--lang", lang)
        found.extend((form, *said) for said in foreign_words(as_text(kind, output), lang, data))
    assert not found, _report(found)


GROUPS: dict[str, Group] = {
    "validate-report": _commands(_checking),
    "whereis-agenda": _commands(_showing),
    "logistics": _commands(_logistics),
    "diff": _diff,
    "files": _files,
    "schedule": _planning,
    "init": _starting,
    "refused": _refused,
}


CASES = [
    pytest.param(trip, lang, group, id=f"{trip.name}-{lang}-{group}")
    for trip in TRIPS
    for lang in LANGS
    for group in GROUPS
]


def _report(found: list[tuple[str, str, str]]) -> str:
    """Each line with a foreign word, once, with the first run that printed it."""
    lines: dict[str, tuple[str, set[str]]] = {}
    for name, word, line in found:
        lines.setdefault(line, (name, set()))[1].add(word)
    return "\n".join(f"{name}: {sorted(words)}: {line}" for line, (name, words) in lines.items())


@pytest.mark.parametrize(("trip", "lang", "group"), CASES)
def test_no_word_of_the_other_language(trip: Trip, lang: str, group: str, tmp_path: Path) -> None:
    said = list(GROUPS[group](trip, lang, tmp_path))
    data = data_of([ROOT / trip.path, *tmp_path.glob("versions/*.yaml")])
    if group == "refused":  # what an option takes is typed as it is, in every language
        data |= CHOICES
    found = [
        (run.name, word, line)
        for run in said
        for text in run.texts
        for word, line in foreign_words(text, lang, data | run.alike)
    ]
    assert not found, _report(found)


@pytest.mark.parametrize(
    ("trip", "lang"), [(SAMPLE, "fr"), (EVERY_RULE, "en")], ids=["2024-04-fr", "every-rule-en"]
)
def test_without_lang_each_trip_in_its_own_language(trip: Trip, lang: str, tmp_path: Path) -> None:
    """Without ``--lang``, the trip's ``locale`` (the sample's is ``fr``, the other's
    ``en``): what is printed, what is said on standard error, what a request refuses."""
    data = data_of([ROOT / trip.path])
    outputs = [
        run("validate", trip.path)[1],
        run("report", trip.path)[1],
        run("agenda", trip.path, "-d", trip.delegate, "-o", f"{tmp_path}/")[1],
        run("agenda", trip.path, "-d", "nobody")[1],
        run("whereis", trip.path, "--at", "someday")[1],
        run("export", "ics", trip.path, "-o", f"{tmp_path}/ics/")[1],
    ]
    found = [("", *said) for text in outputs for said in foreign_words(text, lang, data)]
    assert not found, _report(found)


def test_the_lists_see_the_other_language() -> None:
    """The check is not blind: what is stripped leaves the words of each output, which
    the other language's list finds (the report of every rule, and a refusal)."""
    data = data_of([ROOT / EVERY_RULE.path])
    for lang, other in (("fr", "en"), ("en", "fr")):
        _, report = run("report", EVERY_RULE.path, "--lang", lang)
        _, refusal = run("agenda", EVERY_RULE.path, "--day", "2024-13-01", "--lang", lang)
        assert len(foreign_words(report, other, data)) > 100
        assert len(foreign_words(refusal, other, data)) >= 3


def test_the_lists_name_no_key_but_those_a_french_message_quotes() -> None:
    """A key is written as it is in every language (``guests``, ``check_in``): none is in
    the English list, but the few that French messages quote (``la ville 'from'``)."""
    assert ENGLISH & KEYS == QUOTED_KEYS
    assert not ENGLISH & FRENCH
