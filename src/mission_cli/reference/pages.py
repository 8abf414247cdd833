"""The rules reference: what fires each rule, an example, the fix.

Its source is one file per language in the package, ``reference/rules.LANG.md``
(``rules.en.md``, ``rules.fr.md``): prose and one ``## rule`` section per rule, headed by
the rule's name in every language, with a ``{{rules CHAPTER}}`` line where the chapter's
table of rules goes (made from the catalog: a rule's summary is written once, and
translated in the catalogues). Each language's file is written in that language, its
examples the same files and its ``text`` blocks what ``mission validate --lang LANG``
prints for them (``tests/test_docs.py``). ``views/rules.py`` reads it as a document:
``mission rules --format markdown`` prints the whole reference, which is
``docs/rules.md`` (``--lang fr``: ``docs/rules.fr.md``; a test keeps them equal), and
``mission rules RULE`` a rule's section, for a user who installed with pip and has no
``docs/`` folder.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

_HEADING = re.compile(r"^#{1,2} ", re.MULTILINE)
TABLE_MARK = re.compile(r"\{\{rules (\w+)\}\}")
"""Where a chapter's table of rules goes, on a line of its own."""


@cache
def source(lang: str = "en") -> str:
    """The reference as written in ``lang``, with its table markers."""
    reference = files("mission_cli.reference").joinpath(f"rules.{lang}.md")
    return reference.read_text(encoding="utf-8")


@cache
def pages(lang: str = "en") -> dict[str, str]:
    """Each rule's section (``## name`` up to the next heading, a ``#`` line inside a code
    block being a YAML comment, not a heading), by rule name."""
    sections: list[list[str]] = [[]]
    fenced = False
    for line in source(lang).splitlines():
        if line.startswith("```"):
            fenced = not fenced
        elif not fenced and _HEADING.match(line):
            sections.append([])
        sections[-1].append(line)
    return {
        lines[0][3:].strip(): "\n".join(lines).rstrip() + "\n"
        for lines in sections
        if lines and lines[0].startswith("## ")
    }
