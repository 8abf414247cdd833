"""YAML text -> a node tree with positions, through ruamel.yaml's C parser.

Composing (not constructing) keeps every node's mark and acts on no tag. The
parser is called here and nowhere else, and whatever it raises or warns becomes
a ``yaml-syntax`` diagnostic: its edges include a plain ``TypeError`` on some
valid documents and ``RecursionError`` in its pure-Python paths.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from typing import Any

from mission_cli.catalog import YAML_SYNTAX
from mission_cli.diagnostics import Diagnostic
from mission_cli.load.core_schema import core_resolver
from mission_cli.load.depth import NESTING_LIMIT, too_deep
from mission_cli.words.message import Message, Verbatim


@dataclass(slots=True, eq=False)
class Composed:
    """The node tree of a YAML text, or why there is none."""

    root: Any
    """The root node, or None for an empty document or a failed parse."""
    diagnostics: list[Diagnostic] = field(default_factory=list)
    retry: bool = False
    """The parser refused the text itself (worth asking the other parser)."""


def _yaml(pure: bool) -> Any:
    from ruamel.yaml import YAML

    yaml = YAML(typ="safe", pure=pure)
    yaml.Resolver = core_resolver()
    return yaml


def compose(text: str) -> Composed:
    """Compose with the C parser; where it refuses, ask the pure-Python one.

    libyaml (the C parser) follows YAML 1.1 on a few points and refuses, for
    instance, ``{start: 2024-04-04 10:00}`` (a ':' inside a flow mapping's plain
    value), which YAML 1.2 allows and organisers write. The pure parser reads
    those; it is slower, so it is only asked when the C parser fails.
    """
    deep = too_deep(text)
    if deep is not None:
        return Composed(
            None,
            [
                _syntax(
                    Message(
                        "collections are nested more than {limit} levels deep here; "
                        "the file is not read",
                        limit=str(NESTING_LIMIT),
                    ),
                    *deep,
                    hint=Message(
                        "a trip file nests a few levels at most: look for unclosed brackets "
                        "or a run of '- '"
                    ),
                )
            ],
        )
    first = _compose_with(text, pure=False)
    if not first.retry or len(text) > _pure_limit(first):
        return first
    second = _compose_with(text, pure=True)
    # Where both refuse, the pure parser's word is the YAML 1.2 one; where it
    # gave up for its own reasons (recursion), the C parser's stands.
    return second if second.retry or not second.diagnostics else first


PURE_RETRY_CHARS = 256_000
"""The pure parser reads about 0.1 MB/s: past this size (a trip of a thousand events) a
second opinion would take seconds; the C parser's word stands."""
FLOW_COLON_RETRY_CHARS = PURE_RETRY_CHARS


def _pure_limit(first: Composed) -> int:
    flow_colon = any("found unexpected ':'" in d.message for d in first.diagnostics)
    return FLOW_COLON_RETRY_CHARS if flow_colon else PURE_RETRY_CHARS


def _compose_with(text: str, *, pure: bool) -> Composed:
    from ruamel.yaml.error import MarkedYAMLError, YAMLError
    from ruamel.yaml.reader import ReaderError

    try:
        yaml = _yaml(pure)
    except Exception:  # pragma: no cover - only without ruamel.yaml.clib
        yaml = _yaml(True)
    with warnings.catch_warnings():
        # The parser warns about things such as reused anchors; a warning must
        # never reach the user's terminal, and what it says is not an error here.
        warnings.simplefilter("ignore")
        try:
            return Composed(yaml.compose(text), [])
        except MarkedYAMLError as exc:
            return Composed(None, [_marked(exc)], retry=True)
        except ReaderError as exc:
            line, column = _line_column(text, exc.position)
            char = exc.character
            code = ord(char) if isinstance(char, str) and char else int(char or 0)
            return Composed(
                None,
                [
                    _syntax(
                        Message(
                            "the file holds a control character ({code}) that YAML does not allow",
                            code="#x" + format(code, "04x"),
                        ),
                        line,
                        column,
                        hint=Message(
                            "remove it; it is often pasted along with text from a document"
                        ),
                    )
                ],
            )
        except YAMLError as exc:
            said = Message("the YAML parser refused the file: {problem}", problem=str(exc))
            return Composed(None, [_syntax(said, 1, 1)])
        except RecursionError:
            said = Message("the file is nested too deeply to read")
            return Composed(None, [_syntax(said, 1, 1)])
        except Exception as exc:  # the parser's own bugs
            return Composed(None, [_failed(exc)])


def _failed(exc: Exception) -> Diagnostic:
    """The parser's own bug, said as it is."""
    problem = f"{type(exc).__name__}: {exc}"
    return _syntax(
        Message("the YAML parser failed on this file ({problem})", problem=problem),
        1,
        1,
        hint=Message(
            "simplify the YAML around the last change (complex keys, "
            "unusual flow collections); the file format needs none of them"
        ),
    )


def _line_column(text: str, position: int) -> tuple[int, int]:
    before = text[:position]
    line_start = max(before.rfind("\n"), before.rfind("\r")) + 1
    return before.count("\n") + before.count("\r") - before.count("\r\n") + 1, (
        position - line_start + 1
    )


def _marked(exc: Any) -> Diagnostic:
    """The parser's own words (said as they are, in every language), with our hint."""
    mark = exc.problem_mark or exc.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    problem = (exc.problem or "invalid YAML").strip()
    context = (exc.context or "").strip()
    if "expected a single document" in (context + problem):
        return _syntax(
            Message("the file holds several YAML documents; a trip file is one document"),
            line,
            column,
            hint=Message("remove the '---' line (and the document after it), or split the file"),
        )
    if "duplicate anchor" in problem or "duplicate anchor" in context:
        first = exc.context_mark
        said = (
            Message(
                "an anchor is defined twice (first defined on line {line})",
                line=str(first.line + 1),
            )
            if first is not None
            else Message("an anchor is defined twice")
        )
        return _syntax(said, line, column, Message("rename one of them"))
    message = problem if not context else f"{problem} ({context})"
    return _syntax(Verbatim(message), line, column, _parser_hint(exc, problem, context))


def _parser_hint(exc: Any, problem: str, context: str) -> Message | None:
    """How to fix what the parser refused, from its words."""
    if ("tab" in problem and "indent" in problem) or "found character '\\t'" in problem:
        return Message("indent with spaces, not tabs")
    if "found unexpected ':'" in problem:
        return Message(
            "inside [...] or {...}, quote a value that holds ':' "
            '(start: "2024-04-04 09:00"), or write the item one key per line'
        )
    if "mapping values are not allowed" in problem:
        return Message("a value holding ': ' must be quoted, or a key is missing its indentation")
    if "could not find expected ':'" in problem or "expected <block end>" in problem:
        return Message("check the indentation of this line against the line above")
    if ("flow sequence" in context or "flow mapping" in context) and exc.context_mark:
        opened = exc.context_mark
        return Message(
            "the '[' or '{{' opened on line {line}, column {column} "
            "is not closed where it should be",
            line=str(opened.line + 1),
            column=str(opened.column + 1),
        )
    if "flow" in context:
        return Message("a '{square}' or '{curly}' is not closed", square="[", curly="{")
    if "found undefined alias" in problem:
        return Message("define the anchor (&name) before using the alias (*name)")
    if "special characters are not allowed" in problem:
        return Message("remove the control character; trip files are plain UTF-8 text")
    return None


def _syntax(message: Message, line: int, column: int, hint: Message | None = None) -> Diagnostic:
    return Diagnostic.of(YAML_SYNTAX, message, line, column, hint=hint)
