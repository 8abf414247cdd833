"""The whole of ``validate``: load -> model -> resolve -> diagnostics.

The one entry point the CLI calls; it never prints and never exits.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass
from pathlib import Path

from mission_cli.checks.run import run_checks
from mission_cli.diagnostics import Diagnostic, Result
from mission_cli.load.positions import Locator
from mission_cli.load.source import Source, read_source
from mission_cli.load.tree import REFUSED, build_values, plain_sections
from mission_cli.load.yaml_nodes import compose
from mission_cli.model.build import TripModel, build_model
from mission_cli.model.schema import TripInfo
from mission_cli.model.supplies import document_secrets, hidden
from mission_cli.resolve.items import ResolvedTrip
from mission_cli.resolve.resolver import resolve


@dataclass(slots=True)
class Loaded:
    """A trip file taken as far through the stages as it would go."""

    result: Result
    model: TripModel | None = None
    trip: ResolvedTrip | None = None

    def whole(self) -> LoadedTrip | None:
        """The trip as every view of it needs it, or None when the file holds none (its
        ``trip`` section in error, or no YAML at all)."""
        if self.model is None or self.trip is None or self.model.info is None:
            return None
        return LoadedTrip(self.result, self.model, self.trip, self.model.info)


@dataclass(frozen=True, slots=True)
class LoadedTrip:
    """A trip that resolved, as far as its own errors allow: what a view starts from."""

    result: Result
    """Every diagnostic of the file."""
    model: TripModel
    trip: ResolvedTrip
    info: TripInfo

    @property
    def file(self) -> str:
        return self.result.file


@dataclass(frozen=True, slots=True)
class Scope:
    """What of a trip a command looks at: every part and rule (``WHOLE``, what
    ``validate`` checks), or what one view shows and is made from (a supplier's sheet:
    ``views/logistics/scope.py``). The file is always read whole, its shape checked."""

    rules: frozenset[str] | None = None
    """The rules of the schedule that run (None: all)."""
    events: bool = True
    """Whether events (and the meeting requests placed among them) are read: their
    fields, times and places, and their errors found (else only their ids)."""


WHOLE = Scope()


def load_path(path: Path, display_name: str | None = None, scope: Scope = WHOLE) -> Loaded:
    """Read and check a trip file. Raises ``SourceError`` when it cannot be read at all."""
    return load_source(read_source(path, display_name), scope=scope)


def load_source(source: Source, *, checks: bool = True, scope: Scope = WHOLE) -> Loaded:
    """The stages on a source's text; without ``checks``, no rule of the schedule runs
    (what ``diff`` needs: the items, not their problems); a ``scope`` other than
    ``WHOLE`` takes only what it names beyond the file's shape."""
    diagnostics: list[Diagnostic] = list(source.diagnostics)
    if source.text is None:
        return Loaded(Result(source.name, diagnostics))
    # The collector would walk every new object of a big load many times over and
    # find nothing to free: pausing it is most of the speed of a large trip.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        composed = compose(source.text)
        diagnostics += composed.diagnostics
        if composed.diagnostics:
            return Loaded(Result(source.name, diagnostics, source.text))
        locator = Locator(composed.root)
        only_ids = frozenset() if scope.events else frozenset({"events"})
        only_ids = plain_sections(composed.root, source.text, only_ids)
        data, tree_diags = build_values(composed.root, only_ids)
        diagnostics += tree_diags
        if data is REFUSED:
            return Loaded(Result(source.name, diagnostics, source.text))
        secrets = document_secrets(data)
        model, model_diags = build_model(data, locator, events=scope.events)
        del data
        diagnostics += model_diags
        trip, resolve_diags = resolve(model, locator, events=scope.events)
        diagnostics += resolve_diags
        found, stopped = run_checks(trip, locator, scope.rules) if checks else ([], False)
        diagnostics += found
    finally:
        if was_enabled:
            gc.enable()
    if secrets:  # no document number is quoted whole: not in a message, not in a line
        diagnostics = [_hidden(d, secrets) if _quotes(d, secrets) else d for d in diagnostics]
    result = Result(source.name, diagnostics, source.text)
    if secrets:
        result.hide = lambda text: hidden(text, secrets)
    result.checks_stopped = stopped
    return Loaded(result, model, trip)


def _quotes(diag: Diagnostic, secrets: set[str]) -> bool:
    said = f"{diag.message}\n{diag.hint or ''}"  # worded once, not once per secret
    return any(s in said for s in secrets)


def _hidden(diag: Diagnostic, secrets: set[str]) -> Diagnostic:
    return diag.hiding(lambda text: hidden(text, secrets))
