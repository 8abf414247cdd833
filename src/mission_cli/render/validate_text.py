"""``validate`` in the terminal: a line per problem, the source line, a caret, a hint."""

from __future__ import annotations

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from mission_cli.diagnostics import Diagnostic, Severity
from mission_cli.render.visible import one_line
from mission_cli.views.validation import Checked, Validation

WINDOW = 100
"""Source lines longer than this are shown as a window around the column."""

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "bold yellow"}


def source_excerpt(line_text: str, column: int) -> tuple[str, int]:
    """The part of a line to show, and the caret's cell offset within it."""
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
    return shown, cell_len(shown[:start])


def render_diagnostic(checked: Checked, diagnostic: Diagnostic) -> Text:
    result = checked.result
    said = checked.said(diagnostic)
    diag = said.diagnostic
    out = Text()
    out.append(f"{one_line(result.file)}:{diag.line}:{diag.column}: ", style="bold")
    if diag.suppressed:  # in a neutral colour: nothing to do about it
        out.append(checked.suppressed_severity(diag.severity), style="dim")
    else:
        out.append(said.severity, style=_STYLE[diag.severity])
    out.append(f" {diag.rule}: ", style="bold")
    out.append(one_line(said.message))
    if 1 <= diag.line <= len(result.lines):
        shown, offset = source_excerpt(result.lines[diag.line - 1], diag.column)
        gutter = str(diag.line)
        out.append(f"\n {gutter} | ", style="blue")
        out.append(shown)
        out.append(f"\n {' ' * len(gutter)} | ", style="blue")
        out.append(" " * offset + "^", style=_STYLE[diag.severity])
    if said.hint:
        out.append(f"\n  = {checked.hint_word}{checked.words.colon}", style="cyan")
        out.append(one_line(said.hint))
    return out


def render_checked(
    checked: Checked, console: Console, *, quiet: bool = False, summary: bool = True
) -> None:
    """One file's problems, then its summary line (unless ``quiet``, or not ``summary``);
    ``quiet`` leaves out the suppressed findings too, which are no problems."""
    result = checked.result
    for diagnostic in checked.shown(quiet):
        console.print(render_diagnostic(checked, diagnostic), soft_wrap=True)
        console.print()
    if result.omitted:
        console.print(Text(one_line(checked.omitted_line()), style="bold"), soft_wrap=True)
        console.print()
    if result.checks_stopped:
        console.print(Text(checked.stopped_line(), style="bold"), soft_wrap=True)
        console.print()
    if summary and not quiet:
        line = one_line(checked.summary_line())
        console.print(Text(line, style=_summary_style(checked)), soft_wrap=True)


def _summary_style(checked: Checked) -> str:
    counts = checked.result.counts
    return "bold red" if counts.error else "bold yellow" if counts.warning else "bold green"


def render_validate_text(view: Validation, console: Console) -> None:
    """Each file's problems. One file ends with its summary; several files, with a line
    for each that has problems and one for them all. A file that cannot be read is said
    on standard error by the command."""
    if not view.several:
        for checked in view.results:
            render_checked(checked, console, quiet=view.quiet)
        _rule_pointer(view, console)
        return
    for checked in view.results:
        counts, result = checked.result.counts, checked.result
        if not (counts.error or counts.warning or counts.suppressed or result.checks_stopped):
            continue
        if view.quiet and not checked.has_problems:
            continue
        render_checked(checked, console, quiet=view.quiet, summary=False)
        if not view.quiet:
            line = one_line(checked.file_summary())
            console.print(Text(line, style=_summary_style(checked)), soft_wrap=True)
            console.print()
    if not view.quiet and view.results:  # with none read, standard error said why
        console.print(Text(view.files_line(), style="bold"), soft_wrap=True)
    _rule_pointer(view, console)


def _rule_pointer(view: Validation, console: Console) -> None:
    pointer = view.pointer_line()
    if pointer is not None and not view.quiet:
        console.print(Text(pointer, style="dim"), soft_wrap=True)
