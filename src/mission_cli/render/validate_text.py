"""``validate`` in the terminal: a line per problem, the source line, a caret, a hint.

The lines are made once, as spans of text and style (:func:`validate_blocks`), without
Rich: :func:`render_validate_text` draws them on a Rich console (a terminal, in colour),
:func:`validate_plain` joins them as the plain text Rich would print where no colour is
shown (a pipe, a file): a check run by a script does not pay for importing Rich.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from mission_cli.diagnostics import Diagnostic, Severity
from mission_cli.render.visible import one_line, visible
from mission_cli.views.validation import Checked, Validation

if TYPE_CHECKING:
    from rich.console import Console

WINDOW = 100
"""Source lines longer than this are shown as a window around the column."""

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "bold yellow"}

Block = list[tuple[str, str]]
"""What one ``print`` shows: spans of text, each with its Rich style ("" for none); an
empty block is an empty line."""


def source_excerpt(line_text: str, column: int) -> tuple[str, int]:
    """The part of a line to show, its control characters written as escapes
    (``\\x1b``), and the caret's cell offset within it, the escapes counted as shown."""
    shown = line_text.replace("\t", " ")
    start = column - 1
    prefix = ""
    if len(shown) > WINDOW:
        left = max(0, start - WINDOW // 2)
        right = left + WINDOW
        prefix = "…" if left else ""
        shown = prefix + shown[left:right] + ("…" if right < len(shown) else "")
        start = start - left + len(prefix)
    start = max(0, min(start, len(shown)))
    before, shown = visible(shown[:start]), visible(shown)
    if before.isascii():  # a cell per character
        return shown, len(before)
    from rich.cells import cell_len

    return shown, cell_len(before)


def diagnostic_block(checked: Checked, diagnostic: Diagnostic) -> Block:
    result = checked.result
    said = checked.said(diagnostic)
    diag = said.diagnostic
    out: Block = [(f"{one_line(result.file)}:{diag.line}:{diag.column}: ", "bold")]
    if diag.suppressed:  # in a neutral colour: nothing to do about it
        out.append((checked.suppressed_severity(diag.severity), "dim"))
    else:
        out.append((said.severity, _STYLE[diag.severity]))
    out += [(f" {diag.rule}: ", "bold"), (one_line(said.message), "")]
    if 1 <= diag.line <= len(result.lines):
        shown, offset = source_excerpt(result.lines[diag.line - 1], diag.column)
        gutter = str(diag.line)
        out += [(f"\n {gutter} | ", "blue"), (shown, "")]
        out += [(f"\n {' ' * len(gutter)} | ", "blue"), (" " * offset + "^", _STYLE[diag.severity])]
    if said.hint:
        out.append((f"\n  = {checked.hint_word}{checked.words.colon}", "cyan"))
        out.append((one_line(said.hint), ""))
    return out


def checked_blocks(
    checked: Checked, *, quiet: bool = False, summary: bool = True
) -> Iterator[Block]:
    """One file's problems, then its summary line (unless ``quiet``, or not ``summary``);
    ``quiet`` leaves out the suppressed findings too, which are no problems."""
    result = checked.result
    for diagnostic in checked.shown(quiet):
        yield diagnostic_block(checked, diagnostic)
        yield []
    if result.omitted:
        yield [(one_line(checked.omitted_line()), "bold")]
        yield []
    if result.checks_stopped:
        yield [(checked.stopped_line(), "bold")]
        yield []
    if summary and not quiet:
        yield [(one_line(checked.summary_line()), _summary_style(checked))]


def _summary_style(checked: Checked) -> str:
    counts = checked.result.counts
    return "bold red" if counts.error else "bold yellow" if counts.warning else "bold green"


def validate_blocks(view: Validation) -> Iterator[Block]:
    """Each file's problems. One file ends with its summary; several files, with a line
    for each that has problems and one for them all. A file that cannot be read is said
    on standard error by the command."""
    if not view.several:
        for checked in view.results:
            yield from checked_blocks(checked, quiet=view.quiet)
        yield from _rule_pointer(view)
        return
    for checked in view.results:
        counts, result = checked.result.counts, checked.result
        if not (counts.error or counts.warning or counts.suppressed or result.checks_stopped):
            continue
        if view.quiet and not checked.has_problems:
            continue
        yield from checked_blocks(checked, quiet=view.quiet, summary=False)
        if not view.quiet:
            yield [(one_line(checked.file_summary()), _summary_style(checked))]
            yield []
    if not view.quiet and view.results:  # with none read, standard error said why
        yield [(view.files_line(), "bold")]
    yield from _rule_pointer(view)


def _rule_pointer(view: Validation) -> Iterator[Block]:
    pointer = view.pointer_line()
    if pointer is not None and not view.quiet:
        yield [(pointer, "dim")]


def draw(blocks: Iterator[Block], console: Console) -> None:
    """The blocks on a Rich console, each a ``print``."""
    from rich.text import Text

    for block in blocks:
        text = Text()
        for part, style in block:  # escaped here: Rich would drop some (a bell, a backspace)
            text.append(visible(part), style=style or None)
        console.print(text, soft_wrap=True)


def render_checked(
    checked: Checked, console: Console, *, quiet: bool = False, summary: bool = True
) -> None:
    """:func:`checked_blocks` on a Rich console."""
    draw(checked_blocks(checked, quiet=quiet, summary=summary), console)


def render_validate_text(view: Validation, console: Console) -> None:
    draw(validate_blocks(view), console)


def validate_plain(view: Validation) -> str:
    """What :func:`render_validate_text` prints where colours are not shown."""
    return "".join("".join(part for part, _ in block) + "\n" for block in validate_blocks(view))
