"""A compiled message catalogue (``.mo``), read for the one language a run speaks.

The standard library's ``gettext`` reads the same files, but importing it costs a
French run of ``validate`` more than reading the catalogue itself (about 8 ms: it
compiles the parser of plural formulas and imports ``locale``), and ``validate`` of the
sample is measured to the millisecond. The format is small and fixed (GNU gettext's
manual, "The Format of GNU MO Files"); the plural rule of each language ``mission``
speaks is written here, and a test checks it against the catalogue's own
``Plural-Forms`` through ``gettext``, and every message against ``gettext``'s reading.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from pathlib import Path

PLURALS: dict[str, Callable[[int], int]] = {
    "fr": lambda n: int(n > 1),  # nplurals=2; plural=(n > 1);
}
"""Each translated language's plural rule: the count -> the index of its form."""
_MAGIC = 0x950412DE
_CONTEXT = "\x04"


class MoCatalogue:
    """Translations by msgid (``context\\x04msgid`` for a context), plural forms by the
    singular msgid; a text without a translation is itself."""

    def __init__(self, path: Path, lang: str) -> None:
        self._plural = PLURALS[lang]
        self._texts: dict[str, str] = {}
        self._forms: dict[str, list[str]] = {}
        data = path.read_bytes()
        magic, _, count, originals, translations = struct.unpack_from("<5I", data)
        order = "<" if magic == _MAGIC else ">"
        if magic != _MAGIC:
            _, _, count, originals, translations = struct.unpack_from(">5I", data)
        # Each table: (length, offset) of every string, read at once.
        keys = struct.unpack_from(f"{order}{2 * count}I", data, originals)
        values = struct.unpack_from(f"{order}{2 * count}I", data, translations)
        for n in range(0, 2 * count, 2):
            at = keys[n + 1]
            key = data[at : at + keys[n]].decode("utf-8")
            at = values[n + 1]
            value = data[at : at + values[n]].decode("utf-8")
            if "\0" in key:
                self._forms[key.split("\0", 1)[0]] = value.split("\0")
            elif key:
                self._texts[key] = value

    def gettext(self, text: str, /) -> str:
        return self._texts.get(text, text)

    def pgettext(self, context: str, text: str, /) -> str:
        return self._texts.get(f"{context}{_CONTEXT}{text}", text)

    def ngettext(self, one: str, many: str, count: int, /) -> str:
        forms = self._forms.get(one)
        if forms is None:
            return one if count == 1 else many
        return forms[min(self._plural(count), len(forms) - 1)]
