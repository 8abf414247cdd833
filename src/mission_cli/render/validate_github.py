"""``validate --format github``: GitHub Actions workflow commands, so that each problem
shows on its line of a pull request.

``::error file=F,line=L,col=C,title=RULE::message`` for an error, ``::warning`` for a
warning; a suppressed problem is not annotated. Properties and messages are escaped as
GitHub's runner reads them (``%``, line breaks, and ``:`` and ``,`` inside properties),
and control characters are written as visible escapes. The summary line starts with
``mission:``, so that a file named ``::stop-commands::x.yaml`` cannot make it a command.
"""

from __future__ import annotations

from mission_cli.render.visible import one_line, visible
from mission_cli.views.validation import Checked, Validation


def _data(text: str) -> str:
    return visible(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(checked: Checked, index: int) -> str:
    said = checked.said(checked.result.diagnostics[index])
    diag = said.diagnostic
    where = f"file={_property(checked.result.file)},line={diag.line},col={diag.column}"
    hint = f"\n{checked.hint_word}{checked.words.colon}{said.hint}" if said.hint else ""
    message = said.message + hint
    return f"::{diag.severity} {where},title={_property(diag.rule)}::{_data(message)}\n"


def _file_lines(checked: Checked) -> list[str]:
    result = checked.result
    lines = [annotation(checked, i) for i, d in enumerate(result.diagnostics) if not d.suppressed]
    if result.omitted:
        more = checked.words.t("{count} more problems not shown", count=result.omitted)
        lines.append(f"::error file={_property(result.file)},title=mission::{_data(more)}\n")
    return lines


def render_validate_github(view: Validation) -> str:
    lines: list[str] = []
    for item in view.checked:
        if isinstance(item, Checked):
            lines += _file_lines(item)
        else:
            title = _property(view.words.t("unreadable"))
            lines.append(
                f"::error file={_property(item.file)},title={title}::{_data(item.error)}\n"
            )
    if not view.quiet and view.results:
        last = view.files_line() if view.several else view.results[0].file_summary()
        lines.append(f"mission: {one_line(last)}\n")  # never read as a command
    return "".join(lines)
