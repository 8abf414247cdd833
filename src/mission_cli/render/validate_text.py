"""``validate`` in the terminal: a line per problem, the source line, a caret, a hint."""

from __future__ import annotations

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from mission_cli.diagnostics import Diagnostic, Result, Severity
from mission_cli.i18n import plural
from mission_cli.render.visible import one_line

WINDOW = 100
"""Source lines longer than this are shown as a window around the column."""

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "bold yellow"}


def summary_line(result: Result) -> str:
    counts = result.counts
    if not (counts.error or counts.warning or counts.suppressed):
        return f"{result.file}: no problems found"
    text = f"{plural(counts.error, 'error')}, {plural(counts.warning, 'warning')}"
    if counts.suppressed:
        text += f" ({counts.suppressed} suppressed)"
    return text


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
    out.append(f"{result.file}:{diag.line}:{diag.column}: ", style="bold")
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


def render_validate_text(result: Result, console: Console) -> None:
    for diag in result.diagnostics:
        console.print(render_diagnostic(diag, result), soft_wrap=True)
        console.print()
    if result.omitted:
        console.print(Text(omitted_line(result), style="bold"), soft_wrap=True)
        console.print()
    if result.checks_stopped:
        console.print(Text(STOPPED, style="bold"), soft_wrap=True)
        console.print()
    counts = result.counts
    style = "bold red" if counts.error else "bold yellow" if counts.warning else "bold green"
    console.print(Text(summary_line(result), style=style), soft_wrap=True)
