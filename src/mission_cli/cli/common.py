"""What every command shares: exit codes, consoles, options, load-or-exit, output.

A command module defines its options, calls the core, picks its renderer from the
mapping in ``render/formats.py`` and hands the view to :func:`emit`.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, NoReturn, TypeVar

import typer

from mission_cli.cli.choices import choosing, listed
from mission_cli.cli.consoles import (
    EXIT_USAGE,
    OutputClosed,
    colourless_stdout,
    done,
    fail,
    sized,
    status,
    stderr_console,
    stdout_console,
)
from mission_cli.diagnostics import Diagnostic, Result
from mission_cli.model.build import TripModel
from mission_cli.pipeline import WHOLE, Loaded, LoadedTrip, Scope
from mission_cli.render.formats import Format
from mission_cli.words.message import Arg, Message
from mission_cli.words.words import LANGUAGES, Words

EXIT_OK = 0
EXIT_PROBLEMS = 1
__all__ = [
    "EXIT_USAGE", "OutputClosed", "done", "fail", "status", "stderr_console", "stdout_console",
]  # fmt: skip
"""Said by ``consoles``, which every command reaches through this module."""

FILE_WIDTH = 100
"""Width of a terminal layout written to a file with ``--output``."""

V = TypeVar("V")


FileArgument = Annotated[Path, typer.Argument(metavar="FILE", help="The trip file (YAML).")]


def lang_option(help_text: str) -> Any:
    """``--lang``, the one definition every command shares: ``en`` or ``fr``, whatever
    the case (``FR``, ``Fr``), a near miss answered with "did you mean". Read first
    (eager), wherever it stands: what the command line itself refuses is said in it."""
    return typer.Option("--lang", help=help_text, is_eager=True, **choosing("--lang", LANGUAGES))


LangOption = Annotated[str | None, lang_option("en or fr (default: the trip's locale).")]
StrictOption = Annotated[bool, typer.Option("--strict", help="Fail (exit 1) on warnings too.")]
QuietOption = Annotated[
    bool,
    typer.Option(
        "--quiet", "-q", help="No 'written to' line (notes about the trip are still said)."
    ),
]
IncludePersonal = Annotated[
    bool,
    typer.Option(
        "--include-personal",
        help="Add personal data (e-mail, phone, diet, documents' last 3 characters): not "
        "for circulation.",
    ),
]
NoPartialOption = Annotated[
    bool,
    typer.Option(
        "--no-partial",
        help="Refuse (exit 1) while the file has errors, instead of leaving out the items in "
        "error.",
    ),
]
StrictAlias = Annotated[
    bool, typer.Option("--strict", hidden=True, help="The same as --no-partial (version 1.1).")
]
"""``--strict`` means "warnings fail" (validate, report); the commands that show a trip
took it, in version 1.1, for what is now ``--no-partial``, and still do, unlisted."""
OutputOption = Annotated[
    str | None,
    typer.Option(
        "--output",
        "-o",
        metavar="PATH",
        help="Write to this file instead (a folder: DIR/ or an existing one; - for standard "
        "output).",
    ),
]


def delegate_option(help_text: str) -> Any:
    """``--delegate``/``-d WHO``, repeatable: a key, a full name, ``@group``, ``-key`` or
    ``-@group`` (``views/requests.expand_delegates`` reads them)."""
    return typer.Option("--delegate", "-d", metavar="WHO", help=help_text)


def format_option(formats: Mapping[str, object], notes: Mapping[str, str] | None = None) -> Any:
    """``--format``/``-f``: its choices come from the type, made with :func:`choices` from
    the command's mapping of formats, and its help names them all (``notes`` says what
    some are for): a new format is in the help as soon as it is in the mapping."""
    named = [f"{name} {notes[name]}" if notes and name in notes else name for name in formats]
    return typer.Option("--format", "-f", help=f"{listed(named)}.", **choosing("--format", formats))


def finish(result: Result, *, strict: bool = False) -> NoReturn:
    """Map a result to the contract's exit code: 1 for live errors (or warnings if strict)."""
    raise typer.Exit(result.exit_code(strict=strict))


def words_of(lang: str | None, model: TripModel | None) -> Words:
    """The words of the run: ``--lang``, else the trip's ``locale``, else English."""
    from mission_cli.words.words import words_for

    if lang is not None:
        return words_for(str(lang))
    info = model.info if model is not None else None
    return words_for((info.locale if info else None) or "en")


def load_or_exit(
    file: Path, *, lang: str | None = None, json_errors: bool = False, scope: Scope = WHOLE
) -> Loaded:
    """The trip as far as it goes through the stages (all of it, or ``scope``); exit 2
    when it cannot be read (with ``json_errors``, saying so as a JSON object on standard
    output too)."""
    from mission_cli.load.source import SourceError
    from mission_cli.pipeline import load_path

    try:
        return load_path(file, str(file), scope)
    except SourceError as exc:
        unreadable(str(file), exc.said, words_of(lang, None), json_errors=json_errors)


def unreadable(name: str, said: Message, words: Words, *, json_errors: bool) -> NoReturn:
    """A file that cannot be read: one line on standard error, exit 2; under ``--format
    json``, also ``{"file", "ok": false, "error"}`` on standard output, so that a script
    reading JSON gets JSON."""
    if json_errors:
        from mission_cli.render.visible import json_document

        error = {"file": name, "ok": False, "error": words.say(said)}
        write_output(json_document(error), None, words)
    fail(said, words)


def load_side(spec: str, *, lang: str | None = None, json_errors: bool = False) -> LoadedTrip:
    """One version of the trip, read and resolved (the schedule is not checked); exit 2
    when it cannot be read or holds no trip to compare (with its errors): ``diff
    --exit-code`` keeps 1 for "there are changes"."""
    from mission_cli.load.revisions import read_side
    from mission_cli.load.source import SourceError
    from mission_cli.pipeline import load_source

    try:
        loaded = load_source(read_side(spec), checks=False)
    except SourceError as exc:
        unreadable(spec, exc.said, words_of(lang, None), json_errors=json_errors)
    whole = loaded.whole()
    if whole is None:
        result = loaded.result
        errors = [d for d in result.diagnostics if d.severity == "error"]
        _say_errors(result.with_only(errors), words_of(lang, loaded.model))
        raise typer.Exit(EXIT_USAGE)  # nothing to compare: the command could not run
    return whole


def load_whole_trip(
    file: Path,
    *,
    lang: str | None = None,
    no_partial: bool = False,
    json_errors: bool = False,
    scope: Scope = WHOLE,
) -> LoadedTrip:
    """The trip as far as it resolves, for a command that shows it (agenda, whereis,
    calendars): exit 2 when the file cannot be read, 1 (with the diagnostics on stderr)
    when nothing can be shown, or when errors remain under ``no_partial``. Otherwise items
    whose own time or place is in error are left out, and standard error says which. With
    ``scope`` (a supplier's sheet), the errors are those of what it names."""
    loaded = load_or_exit(file, lang=lang, json_errors=json_errors, scope=scope)
    result = loaded.result
    errors = [d for d in result.diagnostics if not d.suppressed and d.severity == "error"]
    whole = loaded.whole()
    words = words_of(lang, loaded.model)
    if whole is None or (no_partial and errors):
        _say_errors(result.with_only(errors), words)
        raise typer.Exit(EXIT_PROBLEMS)
    if errors:
        status(_left_out_note(file, whole, errors, scoped=scope != WHOLE), words)
    return whole


def _left_out_note(
    file: Path, whole: LoadedTrip, errors: list[Diagnostic], *, scoped: bool
) -> Message:
    """``note: FILE has 2 errors; 1 item left out: ID; the first, line 12: …; see
    `mission validate FILE``` (``scoped``: the errors in what a supplier's sheet shows)."""
    from mission_cli.views.items import items_left_out

    left_out = items_left_out(whole)
    first = errors[0]
    count = (
        Message.plural(
            len(errors),
            "{file} has {n} error in what this sheet shows",
            "{file} has {n} errors in what this sheet shows",
            file=str(file),
        )
        if scoped
        else Message.plural(
            len(errors), "{file} has {n} error", "{file} has {n} errors", file=str(file)
        )
    )
    args: dict[str, Arg] = {
        "errors": count,
        "line": first.line,
        "message": first.said,
        "command": f"`mission validate {file}`",
    }
    if not left_out:
        return Message("note: {errors}; the first, line {line}: {message}; see {command}", **args)
    shown = ", ".join(left_out[:10]) + (", …" if len(left_out) > 10 else "")
    args["left"] = Message.plural(
        len(left_out), "{n} item left out: {items}", "{n} items left out: {items}", items=shown
    )
    return Message(
        "note: {errors}; {left}; the first, line {line}: {message}; see {command}", **args
    )


def _say_errors(result: Result, words: Words) -> None:
    """A file's errors on standard error, as ``validate`` says them."""
    from mission_cli.render.validate_text import render_checked
    from mission_cli.views.validation import Checked

    render_checked(Checked(result, words), stderr_console())


def emit(
    renderer: Format[V],
    view: V,
    output: str | None,
    *,
    words: Words,
    name: str,
    source: Path | list[Path] | None = None,
    quiet: bool = False,
) -> None:
    """Lay ``view`` out with ``renderer``: print it, or write it whole to ``output`` (a
    file; in a directory, ``NAME.EXT``; ``-`` for standard output). ``source``, the trip
    file, is never written over; ``quiet``: no "written to" line (in ``words``, as every
    line of the command's own)."""
    from mission_cli.files import OutputError, is_directory_request, output_file
    from mission_cli.render.visible import visible

    try:
        target = (
            None
            if output is None
            else output_file(output, f"{name}.{renderer.extension}", _paths(source))
        )
    except OutputError as exc:
        fail(exc.said, words)
    if renderer.data is not None:
        _write_bytes(renderer, view, target, output, words=words, name=name, quiet=quiet)
        return
    if target is None and renderer.plain is not None and colourless_stdout():
        text = visible(renderer.plain(view))
    elif renderer.draw is not None:
        if target is None:
            renderer.draw(view, stdout_console())
            return
        from rich.console import Console

        buffer = io.StringIO()
        page = sized(
            Console(file=buffer, width=FILE_WIDTH, no_color=True, highlight=False, emoji=False)
        )
        renderer.draw(view, page)
        text = buffer.getvalue()
    else:
        assert renderer.text is not None
        text = renderer.text(view)
        if renderer.extension != "json":  # JSON escapes them itself
            text = visible(text)
    make_folder = output is not None and is_directory_request(output)
    write_output(text, target, words, make_folder=make_folder, quiet=quiet)


def _write_bytes(
    renderer: Format[V],
    view: V,
    target: Path | None,
    output: str | None,
    *,
    words: Words,
    name: str,
    quiet: bool,
) -> None:
    """A binary format (a spreadsheet): to a file, or to standard output when it is a
    pipe or a file, never to a terminal, where it would print garbage."""
    import sys

    assert renderer.data is not None
    file = f"{name}.{renderer.extension}"
    if target is None and sys.stdout.isatty():
        said = Message(
            "--format {format} writes a file, not text for the terminal: give --output {file} "
            "(or a folder), or redirect standard output to a file",
            format=renderer.extension,
            file=file,
        )
        fail(said, words)
    content = renderer.data(view)
    if target is None:
        try:
            sys.stdout.flush()
            sys.stdout.buffer.write(content)
            sys.stdout.buffer.flush()
        except BrokenPipeError as exc:
            raise OutputClosed(exc.strerror or str(exc)) from None
        return
    from mission_cli.files import is_directory_request

    make_folder = output is not None and is_directory_request(output)
    write_file(target, content, words, make_folder=make_folder)
    done(Message("written to {file}", file=str(target)), words, quiet=quiet)


def _paths(source: Path | list[Path] | None) -> list[Path]:
    if source is None:
        return []
    return source if isinstance(source, list) else [source]


def write_output(
    text: str, target: Path | None, words: Words, *, make_folder: bool = False, quiet: bool = False
) -> None:
    """Print ``text``, or write it whole to ``target`` (a temporary file, then a rename)."""
    if target is None:
        try:
            typer.echo(text, nl=False)
        except BrokenPipeError as exc:
            raise OutputClosed(exc.strerror or str(exc)) from None
        return
    write_file(target, text, words, make_folder=make_folder)
    done(Message("written to {file}", file=str(target)), words, quiet=quiet)


def write_file(
    target: Path, content: str | bytes, words: Words, *, make_folder: bool = False
) -> None:
    """``content`` written whole to ``target``; exit 2, saying why, when it cannot be."""
    from mission_cli.files import write_atomic

    try:
        write_atomic(target, content, make_folder=make_folder)
    except OSError as exc:
        fail(cannot_write(target, exc), words)


def cannot_write(target: Path | str, exc: OSError) -> Message:
    """``cannot write FILE: REASON``."""
    from mission_cli.words.reasons import os_reason

    return Message("cannot write {file}: {reason}", file=str(target), reason=os_reason(exc))
