"""User text made safe in Markdown: shared by every Markdown renderer."""

from __future__ import annotations

import re

_SPECIAL = re.compile(r"([\\`*_\[\]|~#])")
_BREAKS = re.compile(r"[\r\n\t\v\f\x1c-\x1e\x85\u2028\u2029]+")
"""What ends a line (or a table row): made one space. Other spaces stay as written (the
narrow no-break space of French typography before a colon)."""


def md(text: str) -> str:
    """User text made inert: Markdown punctuation escaped, HTML and line breaks neutralised."""
    text = _SPECIAL.sub(r"\\\1", text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _BREAKS.sub(" ", text).strip()


def code(text: str) -> str:
    """A key or an id as inline code: one line (a line break would end the span, the
    table row, or start raw HTML), no backtick to close it early, no ``|`` to split a
    table cell. Inside a code span ``<img …>`` is shown, not run."""
    flat = " ".join(text.replace("`", "'").split())
    return "`" + flat.replace("|", "\\|") + "`"
