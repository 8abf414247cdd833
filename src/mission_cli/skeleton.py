"""The trip file ``mission init`` writes: every section with one example, each key
commented in the chosen language, dated a few weeks after today, and clean for
``mission validate`` (no error, no warning).

The texts are the templates ``templates/trip.LANG.yaml`` (package data): ``${day1}``
and the other placeholders are filled in here; the first line names the published
schema, so that an editor completes and checks the keys.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from importlib.resources import files
from string import Template

from mission_cli.model.texts import control_character
from mission_cli.published import PROJECT_URL, SCHEMA_URL
from mission_cli.words.message import Message, MessageError

LANGUAGES = ("en", "fr")
DEFAULT_TITLES = {"en": "Delegation to Montréal", "fr": "Délégation à Montréal"}
"""The title of a skeleton written without ``--title``: a placeholder to replace."""
SCHEMA_LINE = f"# yaml-language-server: $schema={SCHEMA_URL}\n"
FORMAT_PAGE = f"{PROJECT_URL}/blob/main/docs/trip-format.md"
"""The reference of the format, which the header of the file points to."""

_NOT_TEXT = re.compile(r"[\ud800-\udfff\ufffe\uffff]")
"""What a YAML file cannot hold at all: halves of a surrogate pair (bytes of a command
line that were no UTF-8) and the two non-characters."""
_PLAIN = re.compile(r"[^\W\d_][\w .,'()&/+!?–—-]*")
"""A title that reads back as itself without quotes: a letter first, then words,
spaces and punctuation that never mean anything to YAML in a block (no ``:``, no
``#``, no quote or bracket that would open a flow)."""
_YAML_WORDS = {"true", "false", "null"}


class TitleError(MessageError, ValueError):
    """A ``--title`` that a trip file cannot hold."""


def trip_start(today: date) -> date:
    """The skeleton's first day: the first Monday at least four weeks after ``today``."""
    ahead = today + timedelta(weeks=4)
    return ahead + timedelta(days=-ahead.weekday() % 7)


def checked_title(title: str) -> str:
    """The title as typed, which the file will hold and read back exactly; a
    :class:`TitleError` says why one cannot be written. Spaces around it are refused, not
    dropped: a trip file's texts are read without them, so the title would not read
    back as typed, and mission never rewrites a value silently."""
    found = control_character(title) or _NOT_TEXT.search(title)
    if found is not None:
        code = f"U+{ord(found.group()):04X}"
        said = Message(
            "the title holds the character {code} (a line break, a tab or another invisible "
            "character), which a title cannot hold: write it on one line",
            code=code,
        )
        raise TitleError(said)
    text = title.strip()
    if not text:
        example = '--title "Visit to Québec"'
        raise TitleError(
            Message("the title is empty: give the trip a name, e.g. {example}", example=example)
        )
    if text != title:
        example = f'--title "{text}"'
        said = Message(
            "the title begins or ends with a space, which a trip file does not keep: write "
            "it without, {example}",
            example=example,
        )
        raise TitleError(said)
    return text


def yaml_scalar(text: str) -> str:
    """``text`` as a YAML value on one line: as it is where YAML reads it back
    unchanged, else between single quotes (inside which only a quote is doubled)."""
    if _PLAIN.fullmatch(text) and text.lower() not in _YAML_WORDS:
        return text
    return "'" + text.replace("'", "''") + "'"


def skeleton(today: date, lang: str = "en", title: str | None = None) -> str:
    """The text of a new trip file in ``lang``, its trip starting a few weeks after
    ``today``; ``title`` (else a placeholder) is checked with :func:`checked_title`."""
    if lang not in LANGUAGES:
        raise ValueError(f"no skeleton in {lang!r}")
    start = trip_start(today)
    values = {
        "title": yaml_scalar(DEFAULT_TITLES[lang] if title is None else checked_title(title)),
        "day1": start.isoformat(),
        "day2": (start + timedelta(days=1)).isoformat(),
        "day4": (start + timedelta(days=3)).isoformat(),
        "passport_expires": start.replace(year=start.year + 6, day=1).isoformat(),
        "eta_expires": start.replace(year=start.year + 4, day=1).isoformat(),
        "format_page": FORMAT_PAGE,
    }
    template = (files("mission_cli") / "templates" / f"trip.{lang}.yaml").read_text("utf-8")
    return SCHEMA_LINE + Template(template).substitute(values)
