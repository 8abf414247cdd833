"""``validate`` in the terminal: a line per problem, the source line, a caret, a hint."""

from __future__ import annotations

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from mission_cli.diagnostics import Diagnostic, Result, Severity
from mission_cli.render.visible import one_line
from mission_cli.views.validation import Validation
from mission_cli.words.labels import plural

WINDOW = 100
"""Source lines longer than this are shown as a window around the column."""

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "bold yellow"}


def summary_line(result: Result) -> str:
    counts = result.counts
    if not (counts.error or counts.warning or counts.suppressed):
        return f"{one_line(result.file)}: no problems found"
    text = f"{plural(counts.error, 'error')}, {plural(counts.warning, 'warning')}"
    if counts.suppressed:
        text += f" ({counts.suppressed} suppressed)"
    return text


def file_summary(result: Result) -> str:
    """The summary line, naming the file."""
    line = summary_line(result)
    name = one_line(result.file)
    return line if line.startswith(f"{name}: ") else f"{name}: {line}"


STOPPED = (
    "… the schedule checks stopped early (after thousands of findings, or years of nights): "
    "fix these, or the trip's dates, and run again; more may follow"
)


def omitted_line(result: Result) -> str:
    shown = len(result.diagnostics)
    return (
        f"… and {result.omitted:,} more problems, not shown: fix the first {shown:,} "
        "(most often a few mistakes repeated) and run again"
    )


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


def render_diagnostic(diag: Diagnostic, result: Result) -> Text:
    out = Text()
    out.append(f"{one_line(result.file)}:{diag.line}:{diag.column}: ", style="bold")
    if diag.suppressed:
        out.append("suppressed ", style="dim")
    out.append(str(diag.severity), style=_STYLE[diag.severity])
    out.append(f" {diag.rule}: ", style="bold")
    out.append(one_line(diag.message))
    if 1 <= diag.line <= len(result.lines):
        shown, offset = source_excerpt(result.lines[diag.line - 1], diag.column)
        gutter = str(diag.line)
        out.append(f"\n {gutter} | ", style="blue")
        out.append(shown)
        out.append(f"\n {' ' * len(gutter)} | ", style="blue")
        out.append(" " * offset + "^", style=_STYLE[diag.severity])
    if diag.hint:
        out.append("\n  = hint: ", style="cyan")
        out.append(one_line(diag.hint))
    return out


def render_result_text(result: Result, console: Console, *, quiet: bool = False) -> None:
    """One file's problems, then (unless ``quiet``) its summary line."""
    for diag in result.diagnostics:
        console.print(render_diagnostic(diag, result), soft_wrap=True)
        console.print()
    if result.omitted:
        console.print(Text(omitted_line(result), style="bold"), soft_wrap=True)
        console.print()
    if result.checks_stopped:
        console.print(Text(STOPPED, style="bold"), soft_wrap=True)
        console.print()
    if not quiet:
        console.print(Text(summary_line(result), style=_summary_style(result)), soft_wrap=True)


def _summary_style(result: Result) -> str:
    counts = result.counts
    return "bold red" if counts.error else "bold yellow" if counts.warning else "bold green"


def render_validate_text(view: Validation, console: Console) -> None:
    """Each file's problems. One file ends with its summary; several files, with a line
    for each that has problems and one for them all. A file that cannot be read is said
    on standard error by the command."""
    if not view.several:
        for result in view.results:
            render_result_text(result, console, quiet=view.quiet)
        _rule_pointer(view, console)
        return
    for result in view.results:
        counts = result.counts
        if not (counts.error or counts.warning or counts.suppressed or result.checks_stopped):
            continue
        render_result_text(result, console, quiet=True)
        if not view.quiet:
            line = file_summary(result)
            console.print(Text(line, style=_summary_style(result)), soft_wrap=True)
            console.print()
    if not view.quiet and view.results:  # with none read, standard error said why
        console.print(Text(files_line(view), style="bold"), soft_wrap=True)
    _rule_pointer(view, console)


def _rule_pointer(view: Validation, console: Console) -> None:
    """Where to read more: the page of the first rule that fired (pip users have no
    ``docs/``)."""
    live = (d for r in view.results for d in r.diagnostics if not d.suppressed)
    first = next(live, None)
    if first is not None and not view.quiet:
        console.print(
            Text(f"A rule's example and fix: mission rules {first.rule}", style="dim"),
            soft_wrap=True,
        )


def files_line(view: Validation) -> str:
    """``12 files checked: 10 clean, 1 with errors, 1 unreadable``."""
    results = view.results
    errors = sum(1 for r in results if not r.ok)
    warnings = sum(1 for r in results if r.ok and r.counts.warning)
    clean = len(results) - errors - warnings
    parts = [f"{clean:,} clean"]
    if warnings:
        parts.append(f"{warnings:,} with warnings only")
    if errors:
        parts.append(f"{errors:,} with errors")
    if view.unreadable:
        parts.append(f"{len(view.unreadable):,} unreadable")
    checked = len(view.checked)
    return f"{checked:,} file{'' if checked == 1 else 's'} checked: " + ", ".join(parts)
