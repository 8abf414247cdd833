"""The words of one language, bound once per run from ``--lang`` or ``trip.locale``.

Every human-facing output is worded through a :class:`Words`: labels and messages by
their English template (translated through the gettext catalogue of the language, read
once and only for the language used: English needs none), plurals by the language's
rule, numbers and dates as the language writes them (dates through Babel), and the
language's punctuation (French puts a narrow no-break space before ``:``). Views word
everything they show with it; renderers take no language.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import cache
from pathlib import Path
from typing import Protocol

from mission_cli.words.message import Arg, Message, Verbatim
from mission_cli.words.terms import Term

ENGLISH = "en"
LANGUAGES = ("en", "fr")
"""The languages of every human-facing output."""
DOMAIN = "mission"
_NNBSP = "\u202f"


class Catalogue(Protocol):
    """What ``gettext`` gives: a language's translations."""

    def gettext(self, text: str, /) -> str: ...

    def pgettext(self, context: str, text: str, /) -> str: ...

    def ngettext(self, one: str, many: str, count: int, /) -> str: ...


class Words:
    """Labels, messages, numbers and dates in one language."""

    def __init__(self, lang: str, catalogue: Catalogue) -> None:
        self.lang = lang
        self._catalogue = catalogue
        self.colon = f"{_NNBSP}: " if lang == "fr" else ": "
        """``: `` (French: a narrow no-break space first)."""

    def __repr__(self) -> str:
        return f"Words({self.lang!r})"

    # -- templates -----------------------------------------------------------------

    def t(self, text: str, /, **values: Arg) -> str:
        """``text`` (an English template) in this language, its ``{placeholders}`` filled."""
        return self._fill(self._catalogue.gettext(text), values)

    def tp(self, context: str, text: str, /, **values: Arg) -> str:
        """Like :meth:`t`, for an English text that another language says two ways
        (``When``: a time column, or a date column)."""
        return self._fill(self._catalogue.pgettext(context, text), values)

    def tn(self, one: str, many: str, count: int, /, **values: Arg) -> str:
        """``one`` or ``many`` by ``count`` and the language's rule (French counts 0 and
        1 alike); ``{n}`` is the count."""
        return self._fill(self._catalogue.ngettext(one, many, count), {"n": count, **values})

    def term(self, term: Term) -> str:
        """A value of the format in words (``flight`` -> ``Vol``): see ``terms.py``."""
        return self._catalogue.pgettext(*term)

    def say(self, message: Message) -> str:
        """A message of the core, worded."""
        if isinstance(message, Verbatim):
            return message.text
        if message.many is not None:
            return self.tn(message.text, message.many, message.count, **message.args)
        return self.t(message.text, **message.args)

    def _fill(self, template: str, values: dict[str, Arg]) -> str:
        if not values:
            return template
        return template.format_map({key: self.value(v) for key, v in values.items()})

    def value(self, value: Arg) -> str:
        """An argument as this language writes it: text as it is (data is never
        translated), a number with the language's separators, a date, a phrase worded."""
        if isinstance(value, str):
            return value
        if isinstance(value, bool):
            return str(value)
        if isinstance(value, int | float):
            return self.number(value)
        if isinstance(value, date):
            return value.isoformat()
        return value.say(self)

    # -- numbers, lists, dates -------------------------------------------------------

    def number(self, value: float) -> str:
        """``1,664`` in English, ``1 664`` in French (a narrow no-break space)."""
        text = f"{value:,}" if isinstance(value, int) else f"{value:,.0f}"
        return text.replace(",", _NNBSP) if self.lang == "fr" else text

    def join(self, parts: Iterable[str]) -> str:
        """``a, b and c`` (``a, b et c``)."""
        items = list(parts)
        if len(items) < 2:
            return "".join(items)
        conjunction = self.t("and")  # outside the f-string: the extraction must see it
        return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"

    def long_date(self, day: date) -> str:
        """``Thursday 4 April 2024``, ``jeudi 4 avril 2024``, ``mardi 1er avril 2025``."""
        from mission_cli.words.babel_data import babel_dates

        pattern = "EEEE '1er' MMMM y" if self.lang == "fr" and day.day == 1 else "EEEE d MMMM y"
        return str(babel_dates().format_date(day, pattern, locale=self.lang))

    def day_month(self, day: date) -> str:
        """``4 April``, ``4 avril``, ``1er avril``: a date within a trip whose year is said
        elsewhere."""
        from mission_cli.words.babel_data import babel_dates

        pattern = "'1er' MMMM" if self.lang == "fr" and day.day == 1 else "d MMMM"
        return str(babel_dates().format_date(day, pattern, locale=self.lang))

    def short_day(self, day: date) -> str:
        """``Thu 4``, ``jeu. 4``: a day's label where there is room for little (a column
        of the booklet's timeline)."""
        from mission_cli.words.babel_data import babel_dates

        return str(babel_dates().format_date(day, "EEE d", locale=self.lang))

    def country(self, code: str) -> str:
        """A country's name in this language (``US`` -> ``États-Unis``)."""
        from mission_cli.words.countries import country_name

        return country_name(code, self.lang)


class _English:
    """The reference language needs no catalogue (nor the ``gettext`` module)."""

    @staticmethod
    def gettext(text: str) -> str:
        return text

    @staticmethod
    def pgettext(context: str, text: str) -> str:
        return text

    @staticmethod
    def ngettext(one: str, many: str, count: int) -> str:
        return one if count == 1 else many


@cache
def words_for(lang: str) -> Words:
    """The words of ``lang`` (``en``, ``fr``, any case), its catalogue read once."""
    lang = lang.lower()
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}: {', '.join(LANGUAGES)}")
    if lang == ENGLISH:
        return Words(lang, _English())
    from mission_cli.words.catalogue import MoCatalogue

    path = Path(__file__).parent / "locale" / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"
    return Words(lang, MoCatalogue(path, lang))
