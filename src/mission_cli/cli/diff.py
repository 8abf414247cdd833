"""``mission diff OLD NEW``: what changed between two versions, for each delegate."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from mission_cli.cli.common import (
    EXIT_PROBLEMS,
    LangOption,
    OutputOption,
    QuietOption,
    choices,
    delegate_option,
    done,
    emit,
    fail,
    format_option,
    load_side,
    words_of,
)
from mission_cli.render.formats import DIFF

if TYPE_CHECKING:
    from mission_cli.views.diff.view import DiffView

    DiffFormat = str
else:
    DiffFormat = choices("DiffFormat", DIFF)

OldArgument = Annotated[
    str,
    typer.Argument(
        metavar="OLD", help="A trip file, or REV:PATH for a version in git (HEAD~1:trip.yaml)."
    ),
]
NewArgument = Annotated[str, typer.Argument(metavar="NEW", help="The same, for the newer version.")]


def diff(
    old: OldArgument,
    new: NewArgument,
    output_format: Annotated[DiffFormat, format_option(DIFF, {"text": "(the terminal)"})] = "text",
    delegate: Annotated[
        list[str] | None,
        delegate_option(
            "Only these delegates' changes: a key, a full name, @group, or -key / -@group "
            "to take away; repeat for several."
        ),
    ] = None,
    lang: LangOption = None,
    output: OutputOption = None,
    exit_code: Annotated[
        bool, typer.Option("--exit-code", help="Exit 1 when there are changes (as git diff).")
    ] = False,
    per_delegate: Annotated[
        bool,
        typer.Option(
            "--per-delegate",
            help="Write one message per delegate whose programme changed into --output DIR/.",
        ),
    ] = False,
    quiet: QuietOption = False,
) -> None:
    """Show what changed between two versions of the trip, for each delegate.

    Each side is a file or REV:PATH (the file as git keeps it). Exit 0 whether or not
    there are changes; with --exit-code, 1 when there are.
    """
    from mission_cli.views.diff.view import build_diff
    from mission_cli.views.requests import RequestError, expand_delegates

    json_errors = output_format == "json"
    before = load_side(old, lang=lang, json_errors=json_errors)
    after = load_side(new, lang=lang, json_errors=json_errors)
    if per_delegate and output_format != "text":
        fail("--per-delegate writes one Markdown message per delegate: leave out --format")
    keys = None
    if delegate:
        try:
            keys = expand_delegates(after.trip, delegate)
        except RequestError as exc:
            try:  # a delegate who left the trip still has changes: what was cancelled
                keys = expand_delegates(before.trip, delegate)
            except RequestError:
                fail(str(exc))
    view = build_diff(before, after, words_of(lang, after.model), keys)
    if per_delegate:
        _write_messages(view, output, [Path(old), Path(new)], quiet)
    else:
        emit(
            DIFF[output_format],
            view,
            output,
            name="diff",
            source=[Path(old), Path(new)],
            quiet=quiet,
        )
    if exit_code and view.changes.changes:
        raise typer.Exit(EXIT_PROBLEMS)


def _write_messages(view: DiffView, output: str | None, sources: list[Path], quiet: bool) -> None:
    """``KEY.md`` in the folder ``output`` for each delegate whose programme changed."""
    from mission_cli.files import OutputError, is_directory_request, member_target, write_atomic
    from mission_cli.render.markdown import write_markdown
    from mission_cli.render.visible import visible
    from mission_cli.views.diff.view import delegate_message

    if (
        output is None
        or output == "-"
        or not (is_directory_request(output) or Path(output).is_dir())
    ):
        fail("--per-delegate writes one file per delegate: give --output a folder, such as out/")
    written = 0
    for section in view.sections:
        if not section.key:
            continue
        try:
            target = member_target(Path(output), f"{section.key}.md", sources)
            text = visible(write_markdown(delegate_message(view, section)))
            write_atomic(target, text, make_folder=True)
        except OutputError as exc:
            fail(str(exc))
        except OSError as exc:
            fail(f"cannot write {output}: {exc.strerror or exc}")
        written += 1
    done(f"{written} message(s) written in {output}", quiet=quiet)
