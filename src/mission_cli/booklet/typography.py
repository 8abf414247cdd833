"""The spaces that must not break and the typographic apostrophe, put into the booklet's
strings before Typst sets them.

Typst hyphenates French but leaves its punctuation to the text: before ``: ; ! ?`` and
inside ``« »`` French puts a space that never starts a line (a thin one before ``; ! ?``,
a word space before ``:`` and inside the quotes, as the Imprimerie nationale does), and
the words of one letter (``à``, ``a``, ``y``, ``ô``) never end a line. In
every language a number stays with the word after it (``4 avril``, ``12 rue``). Only
spaces already there are changed: nothing is added, so ``09:00`` and an address on the
web keep their colons and question marks. An apostrophe between two letters is the
typographic one (``l’hôtel``, ``Monday’s``), in both languages.
"""

from __future__ import annotations

import re
from typing import Any

NBSP = "\u00a0"
THIN_NBSP = "\u202f"
APOSTROPHE = "\u2019"

_NUMBER_WORD = re.compile(r"(?<=\d) (?=[^\W\d_])")
_BEFORE_THIN = re.compile(r" (?=[;!?])")
_BEFORE_WIDE = re.compile(r" (?=[:»])")
_AFTER_QUOTE = re.compile(r"(?<=«) ")
_APOSTROPHE = re.compile(r"(?<=[^\W\d_])'(?=[^\W\d_])")
_ONE_LETTER_WORD = re.compile(r"(?<![\w'’])([aàyôAÀYÔ]) ")


def typographic(text: str, lang: str) -> str:
    """``text`` with the spaces that must not break made unbreakable and its apostrophes
    typographic, for ``lang``."""
    text = _APOSTROPHE.sub(APOSTROPHE, _NUMBER_WORD.sub(NBSP, text))
    if lang == "fr":
        text = _BEFORE_THIN.sub(THIN_NBSP, text)
        text = _BEFORE_WIDE.sub(NBSP, text)
        text = _AFTER_QUOTE.sub(NBSP, text)
        text = _ONE_LETTER_WORD.sub(r"\1" + NBSP, text)
    return text


def all_typographic(value: Any, lang: str) -> Any:
    """Every string inside ``value`` (dictionaries, lists) through ``typographic``: the
    template then need not know any language's rules."""
    if isinstance(value, str):
        return typographic(value, lang)
    if isinstance(value, dict):
        return {key: all_typographic(item, lang) for key, item in value.items()}
    if isinstance(value, list):
        return [all_typographic(item, lang) for item in value]
    return value
