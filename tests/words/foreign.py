"""Words of one language in the other's output: two lists of common words, each never
in the other language's prose, and what a reader sees stripped of what is the same in
every language (the trip's own texts, ids, keys of the format, rule names, zones,
quoted values, file names) before the words are looked up."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import yaml

from mission_cli.catalog import RULES
from mission_cli.words.message import Message, Verbatim
from tests.support import ROOT

_ENGLISH = """
the and or but not no nor with within without is are was were be been being has have had
does did do will would should could must can cannot of at from to into onto by than then
this that these those there their they them its it itself which who whom whose what when
where why how if so because since until while once after before between among about above
below under over through during inside outside here each every both either neither none
nobody nothing someone something everyone only also already still yet again never often
more most less least few fewer many several other others another own such very too
hint error errors warning warnings problem problems finding findings found missing
unknown left out refused denied failed closed allowed suppressed ignored cancelled
delegate delegation night nights day days today tomorrow yesterday hour hours year
months month seconds hotel hotels bed beds room guest passenger meeting meetings
arrives arrival arriving leaves leave leaving departs departure flight flights journey
move moves trip trips travelling transit overnight stay sleeps enters enter passport
expired requires file files folder line column path directory written write writes read
reading run see give gives take takes add adds added remove removed change changed
changes changed correct new next first last whole empty free own clean unreadable
calendar calendars item items letter letters sent send published publishing server
password connection link key keys value values list lists number names rule meal meals
covers diet diets people person someone hello regards best planned placed proven checked
nothing says said shown show mean means meant choose keep hold holds exists exist fits
monday tuesday wednesday thursday friday saturday sunday january february march april
june july august september october november december
"""
ENGLISH = frozenset(_ENGLISH.split()) - {
    "correct", "rule", "diet", "meal", "number", "values", "list", "lists", "hours", "other",
    "requires", "trip",
}  # fmt: skip
"""English words never in French prose; the keys of the format are none of them (a
French message names a key as it is written, ``guests``, ``check_in``), but for the few
a French message quotes (``'from'``, ``'to'``): see :data:`QUOTED_KEYS`."""

_FRENCH = """
le la les l un une des du de au aux et ou où ni mais donc car avec sans chez dans par pour
sur sous entre vers avant après pendant depuis jusqu jusque selon contre est sont était
sera été être avoir fait faire doit peut faut pas ne moins très trop déjà jamais
toujours encore aussi alors ainsi puis ici là qui que qu quoi dont quel quelle quels
quelles ce cet cette ces celui son sa ses leur leurs notre votre vous il elle ils elles
lui se soit même mêmes autre autres chaque aucun aucune tout tous toute toutes rien
personne plusieurs parmi seulement souvent plutôt
conseil erreur erreurs avertissement avertissements problème problèmes remarque ignoré
ignorés ignorée ignorées manque inconnu inconnue inconnus introuvable refusé refusée
délégué délégués déléguée déléguées délégation nuit nuits jour jours journée heure heures
mois secondes aujourd hui demain hier hôtel hôtels chambre chambres lit lits passager
passagers participants trajet trajets vol vols arrivée arrivées départ départs voyage
déplacement séjour étape événement événements hébergement repas déjeuner dîner
couverts régime allergie passeport téléphone chauffeur urgences entrée sortie entrer
lieu lieux ville villes pays adresse fuseau décalage horaires créneau durée fin début
fichier fichiers dossier chemin ligne colonne lien clé clés valeur valeurs nom noms
titre texte liste élément éléments règle règles groupe groupes calendrier calendriers
carnet rapport lettres serveur données personnelles demande demandes rendez
écrit écrits écrire lire lu voir vérifiez corrigez supprimez ajoutez retirez indiquez
utilisez mettez nommez choisissez relancez écrivez vouliez dire ajouter créer envoyer
ajouté ajoutés modifié modifiés supprimés annulé annulés envoyé laissé laissés expiré
exige contient accueille chevauche dépasse commence finit dure existe attend donne
nouveau nouvelle nouveaux premier première dernier dernière vide libre valide seule
disponible ensemble
lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin
juillet août septembre octobre novembre décembre
"""
FRENCH = frozenset(_FRENCH.split())
"""French words never in English prose (not ``plus``, which English writes too: "its
attendees plus its guests")."""

QUOTED_KEYS = frozenset({"from", "to", "with", "within"})
"""Keys of the format that are English words of the list above: a French message quotes
them (``la ville 'from'``)."""


SCHEMA = json.loads((ROOT / "schema" / "trip-1.2.json").read_text(encoding="utf-8"))


def _keys(schema: object) -> Iterator[str]:
    if isinstance(schema, dict):
        for key, value in schema.items():
            if key == "properties" and isinstance(value, dict):
                yield from value
            yield from _keys(value)
    elif isinstance(schema, list):
        for value in schema:
            yield from _keys(value)


KEYS = frozenset(_keys(SCHEMA))
"""The keys of the trip format, which a message names as they are written (``check_in``,
``guests``) in every language."""


def data_of(paths: Iterable[Path]) -> frozenset[str]:
    """The trip's own texts: every key and every value of the files (titles, names,
    places, notes, ids...), printed as they are written in every language."""
    found: set[str] = set()
    for path in paths:
        found |= texts_of(path.read_text(encoding="utf-8", errors="replace"))
    return frozenset(found)


def texts_of(text: str, *, values: bool = False) -> frozenset[str]:
    """The texts of one YAML document (with ``values``, the format's words too: ``flight``,
    ``double``, as a new file writes them)."""
    try:  # every scalar as written: no date, no number is made of them
        document = yaml.load(text, Loader=yaml.BaseLoader)
        found = set(_scalars(document, values))
        if values:
            found |= set(_keys_of(document))
    except yaml.YAMLError:  # a file with a syntax error: its words, line by line
        found = set(re.findall(r"[:-]\s*([^#{}\[\],\n]+?)\s*$", text, re.MULTILINE))
    return frozenset(value for value in found if value.strip())


def _keys_of(value: object) -> Iterator[str]:
    if isinstance(value, dict):
        yield from map(str, value)
        for item in value.values():
            yield from _keys_of(item)
    elif isinstance(value, list):
        for item in value:
            yield from _keys_of(item)


def _enumerated(schema: object) -> Iterator[str]:
    if isinstance(schema, dict):
        for key, value in schema.items():
            if key == "enum" and isinstance(value, list):
                yield from map(str, value)
            yield from _enumerated(value)
    elif isinstance(schema, list):
        for value in schema:
            yield from _enumerated(value)


FORMAT_VALUES = frozenset({*_enumerated(SCHEMA), "all"})
"""The words a trip file writes as values (``flight``, ``must``, ``warning``, ``all``):
where an output names them as the file writes them (the comments of a new file, the
priorities of ``schedule``), they are the format's, in every language."""


ENUMERATED = frozenset({
    "mode", "type", "meal", "diet", "priority", "role", "rule", "rules", "requires", "exempt",
    "locale", "country", "nationality",
})  # fmt: skip
"""Keys whose values are the format's words (``flight``, ``double``, ``vegetarian``),
which every output words in its language: not the trip's own texts."""


def _scalars(value: object, values: bool = False) -> Iterator[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            if str(key) not in KEYS:  # a delegate's, a city's, a group's key
                yield str(key)
            if values or str(key) not in ENUMERATED or isinstance(item, dict):
                yield from _scalars(item, values)
            elif isinstance(item, list):  # a diet's {other: "..."} is the trip's text
                yield from _scalars([entry for entry in item if isinstance(entry, dict)])
    elif isinstance(value, list):
        for item in value:
            yield from _scalars(item, values)
    elif isinstance(value, str):
        yield value.strip()
        yield from (line.strip() for line in value.splitlines())


def verbatim_of(paths: Iterable[Path]) -> frozenset[str]:
    """What the findings of these files quote as a library said it (the YAML parser's
    words, a ``Verbatim``): the project says them as they are, in every language."""
    from mission_cli.pipeline import load_path

    found: set[str] = set()
    for path in paths:
        for diagnostic in load_path(path).result.diagnostics:
            pending = [diagnostic.said, diagnostic.hint_said]
            while pending:
                said = pending.pop()
                if isinstance(said, Verbatim):
                    found.add(said.text)
                elif isinstance(said, Message):
                    pending.extend(v for v in said.args.values() if isinstance(v, Message))
    return frozenset(found)


_SPACES = str.maketrans({"\u202f": " ", "\u00a0": " ", "\u2019": "'", "\u2011": "-"})
_SOURCE = re.compile(r"^\s*\d+ \|.*$|^\s*\|[ ^~]*$", re.MULTILINE)
"""A line of the trip file quoted under a finding, and its caret."""
_ANNOTATION = re.compile(r"^::(?:error|warning) file=[^\n]*?(?:,line=\d+,col=\d+)?,title=", re.M)
"""The command of a GitHub annotation, up to its title (a rule's name, or words)."""
_QUOTED = re.compile(r"(?<![\w'])'[^'\n]*?'(?![\w])|`[^`\n]*`|\"[^\"\n]*\"|«[^»\n]*»")
"""A value quoted as written: ``'vol-cdg'``, ```- {type: esta}```, ``"@elus"``, ``« from
»`` (a French apostrophe, ``l'événement``, opens nothing)."""
_VERBATIM = re.compile(
    r"https?://\S+|\S+@\S+|\S*[/\\]\S*|\S+\.(?:ya?ml|ics|pdf|md|html|csv|xlsx|json|txt)\b"
    r"|\w+(?:[._]\w+)+|@[\w-]+|%0A|(?<!\w)--?[\w-]+"
    r"|# yaml-language-server: \S+|\b(?:[A-ZÀ-Þ]{1,2} ){2,}[A-ZÀ-Þ]{1,2}\b"
)
"""Addresses, e-mails, paths and zones (``Europe/Paris``), files, dotted or underscored
names of the format (``checks.transfer_minutes``, ``check_in``), ``@groups``, an option
of the command line (``--day``), the line that tells editors a file's schema, a title set
in spaced capitals (``T R AV E L``)."""
_CAPITALS = re.compile(r"\b[^\W\d_a-zà-ÿ]{2,}\b")
"""A word in capitals: an abbreviation (``CEST``, ``JST``, ``ESTA``), a family name as
a rooming list writes it, the same in every language."""
RULE_NAMES = re.compile("|".join(sorted(map(re.escape, RULES), key=len, reverse=True)))


_VALUE = r"[a-z][a-z-]*"
_LISTED = re.compile(rf"{_VALUE}(?:(?:, | ou | or ){_VALUE})+")


def _without_value_lists(text: str) -> str:
    """A list of the values the format admits (``flight, train, bus, car, boat, other``),
    named as a file writes them, in every language."""

    def blank(found: re.Match[str]) -> str:
        words = re.split(r", | ou | or ", found.group())
        listed = sum(word in FORMAT_VALUES for word in words) >= 2
        return " " * len(found.group()) if listed else found.group()

    return _LISTED.sub(blank, text)


def reader_text(text: str, data: frozenset[str]) -> str:
    """What a reader sees, but for what every language writes alike."""
    text = _ANNOTATION.sub(" ", _SOURCE.sub("", text.translate(_SPACES)))
    text = _without_data(RULE_NAMES.sub(" ", text), data)
    text = _without_value_lists(text)
    text = _QUOTED.sub(" ", text)
    text = _VERBATIM.sub(" ", text)
    return _CAPITALS.sub(" ", text)


_BREAKS = frozenset(" \t\n-\u00ad")
"""What a layout puts inside a text or takes out of it: a line's end, a hyphen where a
word is cut (a booklet's PDF, a cell of a table)."""


def _squashed(text: str) -> str:
    return "".join(char for char in text if char not in _BREAKS)


def _without_data(text: str, data: frozenset[str]) -> str:
    """``text`` with each of the trip's texts blanked, wherever a layout cut it: the
    texts are looked for without spaces nor hyphens, and blanked where they stand."""
    kept = [i for i, char in enumerate(text) if char not in _BREAKS]
    squashed = "".join(text[i] for i in kept)
    blank = bytearray(len(text))
    for value in data:
        for form in {_squashed(value), _squashed(value).upper()}:
            start = squashed.find(form) if len(form) > 1 else -1
            while start >= 0:
                first, last = kept[start], kept[start + len(form) - 1]
                if not _inside_a_word(text, first, last):
                    blank[first : last + 1] = b"\1" * (last + 1 - first)
                start = squashed.find(form, start + 1)
    return "".join(" " if blank[i] else char for i, char in enumerate(text))


def _inside_a_word(text: str, first: int, last: int) -> bool:
    before = text[first - 1] if first else " "
    after = text[last + 1] if last + 1 < len(text) else " "
    return before.isalnum() or after.isalnum()


def foreign_words(text: str, lang: str, data: frozenset[str]) -> list[tuple[str, str]]:
    """Each word of the other language in ``text`` (in ``lang``), with its line."""
    foreign = ENGLISH if lang == "fr" else FRENCH
    found: list[tuple[str, str]] = []
    for line in reader_text(text, data).splitlines():
        for word in re.findall(r"[^\W\d_]+", line):
            if word.lower() in foreign:
                found.append((word, line.strip()))
    return found
