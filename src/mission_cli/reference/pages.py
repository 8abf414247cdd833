"""The rules reference: what fires each rule, an example, the fix.

Its one source is ``reference/rules.en.md`` in the package: prose and one ``## rule``
section per rule, with a ``{{rules CHAPTER}}`` line where the chapter's table of rules
goes. The table is made from the catalog (name, severity, summary), so a rule's summary
is written once; ``mission rules --format markdown`` prints the whole reference, which
is ``docs/rules.md`` (a test keeps them equal), and ``mission rules RULE`` a rule's
section, for a user who installed with pip and has no ``docs/`` folder.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

from mission_cli.catalog import RULES, Chapter

_HEADING = re.compile(r"^#{1,2} ", re.MULTILINE)
_TABLE = re.compile(r"^\{\{rules (\w+)\}\}$", re.MULTILINE)


@cache
def source() -> str:
    """The reference as written, with its table markers."""
    return files("mission_cli.reference").joinpath("rules.en.md").read_text(encoding="utf-8")


def table(chapter: Chapter) -> str:
    """The chapter's rules as a Markdown table, each name linking to its section."""
    rows = [
        f"| [`{rule.name}`](#{rule.name}) | {rule.severity} | {rule.summary} |"
        for rule in RULES.values()
        if rule.chapter is chapter
    ]
    return "\n".join(["| rule | severity | fires when |", "| --- | --- | --- |", *rows])


@cache
def reference() -> str:
    """The whole rules reference, as Markdown (``docs/rules.md``)."""
    return _TABLE.sub(lambda m: table(Chapter(m.group(1))), source())


@cache
def pages() -> dict[str, str]:
    """Each rule's section (``## name`` up to the next heading, a ``#`` line inside a code
    block being a YAML comment, not a heading), by rule name."""
    sections: list[list[str]] = [[]]
    fenced = False
    for line in source().splitlines():
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
