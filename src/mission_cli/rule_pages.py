"""Each rule's page of the rules reference: what fires it, an example, the fix.

The reference ships inside the package (``mission_cli/rules.md``), so that ``mission
rules RULE`` shows it to a user who installed with pip and has no ``docs/`` folder;
``docs/rules.md`` is the same file (a test keeps them equal).
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

_HEADING = re.compile(r"^#{1,2} ", re.MULTILINE)


@cache
def reference() -> str:
    """The whole rules reference, as Markdown."""
    return files("mission_cli").joinpath("rules.md").read_text(encoding="utf-8")


@cache
def pages() -> dict[str, str]:
    """Each rule's section (``## name`` up to the next heading, a ``#`` line inside a code
    block being a YAML comment, not a heading), by rule name."""
    sections: list[list[str]] = [[]]
    fenced = False
    for line in reference().splitlines():
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
