"""Control characters made visible: no text from a trip file moves a terminal's cursor,
clears its screen, writes its clipboard (OSC 52), hides a link (OSC 8) or reverses a
line (U+202E).

Single-line fields refuse these characters already; what is left (a message quoting a
bad key, notes) is shown as escapes such as ``\\x1b`` or ``\\u202e``. Every terminal
renderer goes through ``visible_terminal.VisibleControls``, every text written through
:func:`visible`, every JSON document through :func:`json_document`.
"""

from __future__ import annotations

import re
from typing import Any

# C0 but tab and line feed, DEL, C1, the bidirectional marks, embeddings, overrides and
# isolates, the line and paragraph separators, and lone surrogates ("\udc00" in a
# double-quoted YAML string: no character, and no encoding can write it).
UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069"
    "\ud800-\udfff]"
)
# What JSON leaves raw (it escapes C0 itself): the same, past C0 (compiled when a JSON
# document is written).
_JSON_UNSAFE = "[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069\ud800-\udfff]"


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """``text`` with every unsafe character written as an escape (``\\x1b``)."""
    return UNSAFE.sub(_escape, text)


def one_line(text: str) -> str:
    """Like :func:`visible`, with line breaks and tabs written as escapes too: a message
    quoting a bad key stays on its line."""
    return visible(text).replace("\n", "\\n").replace("\t", "\\t")


def json_document(value: Any) -> str:
    """``value`` as an indented JSON document, UTF-8 text kept readable, with the
    characters JSON leaves raw written as ``\\u`` escapes (the same string, once parsed)."""
    import json

    document = json.dumps(value, ensure_ascii=False, indent=2)
    return re.sub(_JSON_UNSAFE, lambda m: f"\\u{ord(m.group()):04x}", document) + "\n"
