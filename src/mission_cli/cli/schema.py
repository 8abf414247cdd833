"""``mission schema``: the JSON Schema of the trip file, for editors (docs/editors.md)."""

from __future__ import annotations

from mission_cli.cli.common import OutputOption, QuietOption, emit
from mission_cli.published import SCHEMA_VERSION
from mission_cli.render.formats import SCHEMA


def schema(output: OutputOption = None, quiet: QuietOption = False) -> None:
    """Print the JSON Schema of the trip file, for completion in editors (see
    docs/editors.md)."""
    from mission_cli.model.json_schema import trip_json_schema
    from mission_cli.words.words import words_for

    name = f"trip-{SCHEMA_VERSION}"
    emit(SCHEMA, trip_json_schema(), output, words=words_for("en"), name=name, quiet=quiet)
