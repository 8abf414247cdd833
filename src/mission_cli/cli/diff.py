"""``mission diff OLD NEW``: what changed between two versions, for each delegate."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from mission_cli.cli.choices import choosing
from mission_cli.cli.common import (
    EXIT_PROBLEMS,
    LangOption,
    OutputOption,
    QuietOption,
    cannot_write,
    delegate_option,
    done,
    emit,
    fail,
    format_option,
    load_side,
    words_of,
)
from mission_cli.render.formats import DIFF
from mission_cli.words.message import N_, Message

SUPPLIERS = ("hotel", "caterer", "transport")

if TYPE_CHECKING:
    from mission_cli.pipeline import LoadedTrip
    from mission_cli.views.diff.by_delegate import DelegateChanges
    from mission_cli.views.diff.view import DiffView


LETTERS = {"markdown": "md", "text": "txt", "html": "html"}
"""The formats of ``--per-delegate`` letters, and their files' extensions."""

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
    output_format: Annotated[
        str | None, format_option(DIFF, {"text": "(the terminal; plain letters)"})
    ] = None,
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
            help="Write one letter per delegate whose programme changed into --output DIR/ "
            "(Markdown; plain text with --format text, HTML with --format html).",
        ),
    ] = False,
    home_time: Annotated[
        bool,
        typer.Option("--home-time", help="In the letters, the time at home under each time."),
    ] = False,
    supplier: Annotated[
        str | None,
        typer.Option(
            "--for",
            help="Only what changed for one supplier, worded for them: hotel (the rooming "
            "list), caterer (the meals) or transport (the passenger lists).",
            **choosing("--for", SUPPLIERS, "SUPPLIER"),
        ),
    ] = None,
    quiet: QuietOption = False,
) -> None:
    """Show what changed between two versions of the trip, for each delegate.

    Each side is a file or REV:PATH (the file as git keeps it). Exit 0 whether or not
    there are changes; with --exit-code, 1 when there are.
    """
    from mission_cli.views.diff.view import build_diff
    from mission_cli.views.requests import RequestError, expand_in_versions

    json_errors = output_format == "json"
    before = load_side(old, lang=lang, json_errors=json_errors)
    after = load_side(new, lang=lang, json_errors=json_errors)
    words = words_of(lang, after.model)
    if per_delegate and output_format not in (None, *LETTERS):
        said = N_(
            "--per-delegate writes letters: leave out --format (Markdown), or give text or html"
        )
        fail(Message(said), words)
    if per_delegate and supplier is not None:
        said = N_("--per-delegate writes to delegates and --for to a supplier: give one of them")
        fail(Message(said), words)
    if supplier is not None and output_format != "json":
        from mission_cli.render.formats import DOCUMENT_FORMATS, TERMINAL
        from mission_cli.views.diff.suppliers import supplier_notice

        notice = supplier_notice(before, after, str(supplier), words)
        formats = {"text": TERMINAL, **DOCUMENT_FORMATS}
        emit(formats[output_format or "text"], notice, output, words=words,
             name=f"changes-{supplier}", source=[Path(old), Path(new)], quiet=quiet)  # fmt: skip
        return
    keys = None
    if delegate:  # a group as either version has it: the one who left it has changes
        try:
            keys = expand_in_versions(before.trip, after.trip, delegate)
        except RequestError as exc:
            fail(exc.said, words)
    view = build_diff(before, after, words, keys)
    if supplier is not None:  # the JSON of the changes to that supplier's items
        from mission_cli.views.diff.view import for_supplier

        view = for_supplier(view, before, after, str(supplier))
    if per_delegate:
        letters = _Letters(before, after, output_format or "markdown", home_time)
        _write_messages(view, output, [Path(old), Path(new)], quiet, letters)
    else:
        emit(
            DIFF[output_format or "text"],
            view,
            output,
            words=words,
            name="diff",
            source=[Path(old), Path(new)],
            quiet=quiet,
        )
    if exit_code and view.changes.changes:
        raise typer.Exit(EXIT_PROBLEMS)


class _Letters:
    """How the letters are written: the two versions, the format, the home time."""

    def __init__(self, old: LoadedTrip, new: LoadedTrip, form: str, home_time: bool) -> None:
        from mission_cli.views.diff.letters import LetterOptions

        self.options = LetterOptions(old, new, home_time)
        self.form = form
        self.extension = LETTERS[form]

    def write(self, view: DiffView, section: DelegateChanges) -> str:
        from mission_cli.views.diff.letters import letter

        document = letter(view, section, self.options)
        if self.form == "text":
            from mission_cli.render.plain import write_plain

            return write_plain(document)
        if self.form == "html":
            from mission_cli.render.html import write_html

            return write_html(document)
        from mission_cli.render.markdown import write_markdown

        return write_markdown(document)


def _write_messages(
    view: DiffView, output: str | None, sources: list[Path], quiet: bool, letters: _Letters
) -> None:
    """``KEY.md`` (``.txt``, ``.html``) in the folder ``output`` for each delegate whose
    programme changed."""
    from mission_cli.files import OutputError, is_directory_request, member_target, write_atomic
    from mission_cli.render.visible import visible

    words = view.words
    if (
        output is None
        or output == "-"
        or not (is_directory_request(output) or Path(output).is_dir())
    ):
        said = N_(
            "--per-delegate writes one file per delegate: give --output a folder, such as out/"
        )
        fail(Message(said), words)
    written = 0
    for section in view.sections:
        if not section.key:
            continue
        try:
            target = member_target(Path(output), f"{section.key}.{letters.extension}", sources)
            text = visible(letters.write(view, section))
            write_atomic(target, text, make_folder=True)
        except OutputError as exc:
            fail(exc.said, words)
        except OSError as exc:
            fail(cannot_write(output, exc), words)
        written += 1
    done(
        Message.plural(
            written, "{n} letter written in {folder}", "{n} letters written in {folder}",
            folder=output,
        ),
        words,
        quiet=quiet,
    )  # fmt: skip
