"""``mission logistics VIEW FILE``: meals, rooming, manifest or documents, for the hotels,
caterers, coach companies and visa desk the office works with."""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated

import typer

from mission_cli.cli.choices import choosing
from mission_cli.cli.common import (
    FileArgument,
    LangOption,
    NoPartialOption,
    OutputOption,
    QuietOption,
    StrictAlias,
    emit,
    format_option,
    load_whole_trip,
    words_of,
)
from mission_cli.render.formats import LOGISTICS

VIEWS = ("meals", "rooming", "manifest", "documents")

if TYPE_CHECKING:
    from mission_cli.pipeline import LoadedTrip
    from mission_cli.views.logistics.sheets import LogisticsView
    from mission_cli.words.words import Words


def _builder(view: str) -> Callable[[LoadedTrip, Words, bool], LogisticsView]:
    """The view's builder, its module alone imported."""
    if view == "meals":
        from mission_cli.views.logistics.meals import build_meals

        return build_meals
    if view == "rooming":
        from mission_cli.views.logistics.rooming import build_rooming

        return build_rooming
    if view == "manifest":
        from mission_cli.views.logistics.manifest import build_manifest

        return build_manifest
    from mission_cli.views.logistics.documents import build_documents

    return build_documents


def logistics_command(
    view: Annotated[
        str,
        typer.Argument(
            metavar="VIEW",
            help="meals (covers and diets), rooming (beds), manifest (passengers) or "
            "documents (entry).",
            **choosing("VIEW", VIEWS),
        ),
    ],
    file: FileArgument,
    output_format: Annotated[str, format_option(LOGISTICS, {"table": "(the terminal)"})] = "table",
    output: OutputOption = None,
    lang: LangOption = None,
    no_partial: NoPartialOption = False,
    strict: StrictAlias = False,
    include_personal: Annotated[
        bool,
        typer.Option(
            "--include-personal",
            help="Add what only some suppliers may have: nationality and passport number "
            "(whole, for the hotel's register), phones. Not for circulation.",
        ),
    ] = False,
    quiet: QuietOption = False,
) -> None:
    """What the hotels, caterers, coach companies and visa desk need: covers and diets per
    meal (with names), the rooming list per hotel, passenger lists, entry documents.

    People are shown by name (family name first), never by key, but in JSON. xlsx is a
    spreadsheet for Excel (give --output). Each sheet holds the personal data its
    supplier needs (diets for the caterer, documents for the visa desk); nationality,
    passport numbers and phones only with --include-personal. A sheet counts the errors of
    what it shows (rooming: the moves and the lodging); validate checks everything.
    """
    from mission_cli.views.logistics.scope import SCOPES

    name = str(view)
    loaded = load_whole_trip(
        file,
        lang=lang,
        no_partial=no_partial or strict,
        json_errors=output_format == "json",
        scope=SCOPES[name],
    )
    # As while loading (pipeline.py): the collector would walk the rows of a long trip's
    # sheet many times over and find nothing to free.
    gc.disable()
    try:
        words = words_of(lang, loaded.model)
        built = _builder(name)(loaded, words, include_personal)
        emit(
            LOGISTICS[output_format],
            built,
            output,
            words=words,
            name=name,
            source=file,
            quiet=quiet,
        )
    finally:
        gc.enable()
