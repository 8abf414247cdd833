"""``mission rules [RULE]``: every rule with its severity and what it checks, or one
rule's page (its example and fix), in the language of ``--lang``."""

from __future__ import annotations

from typing import Annotated

import typer

from mission_cli.cli.common import (
    OutputOption,
    QuietOption,
    emit,
    fail,
    format_option,
    lang_option,
    words_of,
)
from mission_cli.render.formats import RULES as RULES_FORMATS


def _rule_names(incomplete: str) -> list[str]:
    from mission_cli.catalog import RULES

    return [name for name in RULES if name.startswith(incomplete)]


def list_rules(
    rule: Annotated[
        str | None,
        typer.Argument(
            metavar="RULE",
            help="A rule's name: print its page (what fires it, an example, the fix).",
            autocompletion=_rule_names,
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[
        str,
        format_option(
            RULES_FORMATS,
            {
                "table": "for people",
                "json": "for scripts",
                "html": "(without RULE: the whole reference)",
            },
        ),
    ] = "table",
    output: OutputOption = None,
    lang: Annotated[
        str | None, lang_option("en or fr: the language of the list and the pages (default: en).")
    ] = None,
    quiet: QuietOption = False,
) -> None:
    """List every rule, its default severity and what it checks; with a RULE, print that
    rule's page: what fires it, an example and the fix. As markdown or html, without a
    RULE: the whole reference (docs/rules.md; in French, docs/rules.fr.md)."""
    from mission_cli.render.formats import DOCUMENT_FORMATS
    from mission_cli.views.rules import ReferenceView, UnknownRule, rules_view

    words = words_of(lang, None)
    if rule is None and output_format in DOCUMENT_FORMATS:
        reference = ReferenceView(words)
        emit(DOCUMENT_FORMATS[output_format], reference, output, words=words, name="rules",
             quiet=quiet)  # fmt: skip
        return
    try:
        view = rules_view(rule, words)
    except UnknownRule as exc:
        fail(exc.said, words)
    emit(RULES_FORMATS[output_format], view, output, words=words, name=rule or "rules",
         quiet=quiet)  # fmt: skip
