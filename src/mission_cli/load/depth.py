"""How deeply a text nests its collections, found before any parser sees it.

ruamel.yaml's C composer recurses once per level and crashes the process (a
segmentation fault, no exception) somewhere past ten thousand levels; a trip file
nests a few levels. A text that could nest past ``NESTING_LIMIT`` is refused here,
at the line where it does. The common case costs a few scans at C speed and a sum
over its brackets: a file with shallow brackets, no deep indentation and no run of
``- - -`` cannot be deep.
"""

from __future__ import annotations

import re
from itertools import accumulate

NESTING_LIMIT = 1000
"""Far above any trip (the tree stops at 64 levels with a diagnostic), far below a crash."""

_HALF = NESTING_LIMIT // 2
_DEEP_INDENTS = tuple(brk + " " * _HALF for brk in ("\n", "\r"))
_COMPACT = (re.compile(r"-[ \t]+[-?][ \t]"), re.compile(r"\?[ \t]+[-?][ \t]"))
_BLOCK = re.compile(r"^([ \t]*)((?:[-?][ \t]+)*)", re.MULTILINE)
_BRACKET = re.compile(r"[\[\]{}]")
_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}
_BYTE_STEP = {ord(k): v for k, v in _STEP.items()}
_NOT_BRACKETS = bytes(range(256)).translate(None, b"[]{}")


def too_deep(text: str) -> tuple[int, int] | None:
    """(line, column), 1-based, where the nesting may pass ``NESTING_LIMIT``; None when
    it cannot."""
    if _shallow(text):
        return None
    # Brackets count wherever they stand: working out which ones sit in a quoted
    # scalar or a comment would take YAML's own tokenizer (an apostrophe in `it's` or
    # a `#` in `a#` starts neither), and a trip never opens a thousand of them.
    block = _block_depth(text)
    flow = _flow_depth(text)
    if block + flow <= NESTING_LIMIT:
        return None
    if flow >= block:
        return _position(text, _flow_past(text, NESTING_LIMIT - block))
    return _position(text, _block_past(text, NESTING_LIMIT - flow))


def _shallow(text: str) -> bool:
    """The common case, at C speed: no line indented by half the limit, no line opening
    two block collections (``- - x``), and brackets nested less than half the limit."""
    if text.startswith(" " * _HALF) or any(deep in text for deep in _DEEP_INDENTS):
        return False
    if any(compact.search(text) for compact in _COMPACT):
        return False
    brackets = text.encode("utf-8", "surrogatepass").translate(None, _NOT_BRACKETS)
    return max(accumulate(map(_BYTE_STEP.__getitem__, brackets)), default=0) <= _HALF


def _flow_depth(text: str) -> int:
    """The deepest nesting of brackets, counting every bracket of the text."""
    return max(accumulate(map(_STEP.__getitem__, _BRACKET.findall(text))), default=0)


def _block_depth(text: str) -> int:
    """The most levels a line's indentation and leading ``- `` could open."""
    return max((_levels(match) for match in _BLOCK.finditer(text)), default=0)


def _levels(match: re.Match[str]) -> int:
    return len(match.group(1)) + match.group(2).count("-") + match.group(2).count("?")


def _block_past(text: str, limit: int) -> int:
    """The offset of the space or ``-`` at which block nesting passes ``limit``."""
    for match in _BLOCK.finditer(text):
        if _levels(match) <= limit:
            continue
        indent = len(match.group(1))
        if indent > limit:
            return match.start(1) + limit
        indicators = [i for i, c in enumerate(match.group(2)) if c in "-?"]
        return match.start(2) + indicators[limit - indent]
    return 0


def _flow_past(text: str, limit: int) -> int:
    """The offset of the bracket at which flow nesting passes ``limit``."""
    depth = 0
    for match in _BRACKET.finditer(text):
        depth += _STEP[match.group(0)]
        if depth > limit:
            return match.start()
    return 0


def _position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1
