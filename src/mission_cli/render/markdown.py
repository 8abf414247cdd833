"""User text made safe in Markdown: shared by every Markdown renderer."""

from __future__ import annotations

import re

_SPECIAL = re.compile(r"([\\`*_\[\]|~#])")


def md(text: str) -> str:
    """User text made inert: Markdown punctuation escaped, HTML and line breaks neutralised."""
    text = _SPECIAL.sub(r"\\\1", text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return " ".join(text.split())


def code(text: str) -> str:
    return "`" + text.replace("`", "'") + "`"
