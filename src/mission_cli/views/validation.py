"""What ``mission validate`` shows: one result per trip file given, or why a file could
not be read, each worded in its language (``--lang``, else the file's ``locale``)."""

from __future__ import annotations

import gc
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import BinaryIO

from mission_cli.catalog import Severity
from mission_cli.diagnostics import Diagnostic, Result
from mission_cli.load.inputs import Inputs, read_input
from mission_cli.load.source import SourceError
from mission_cli.pipeline import load_source
from mission_cli.words.message import Message
from mission_cli.words.terms import SEVERITIES
from mission_cli.words.words import Words, words_for

EXIT_UNREADABLE = 2

COLLECT_EVERY = 64
"""Files checked between two passes of the cyclic garbage collector (paused during a
run): a folder of thousands of files stays within a steady amount of memory."""


@dataclass(slots=True)
class Unreadable:
    """A file that could not be read at all (missing, a folder of no trip, too large)."""

    file: str
    said: Message
    """Why, worded as ``error`` once the run's words are known."""
    error: str = ""


@dataclass(frozen=True, slots=True)
class Said:
    """A diagnostic as the output says it."""

    diagnostic: Diagnostic
    severity: str
    """``error``, ``warning`` (``erreur``…)."""
    message: str
    hint: str | None


def say(diag: Diagnostic, words: Words) -> Said:
    """A diagnostic in ``words``: its severity, message and hint."""
    hint = words.say(diag.hint_said) if diag.hint_said is not None else None
    return Said(diag, words.term(SEVERITIES[diag.severity]), words.say(diag.said), hint)


@dataclass(frozen=True, slots=True)
class Checked:
    """A file that was read and checked, and the words it is reported in."""

    result: Result
    words: Words

    def said(self, diag: Diagnostic) -> Said:
        return say(diag, self.words)

    def shown(self, quiet: bool) -> list[Diagnostic]:
        """The diagnostics to show: all, or under ``--quiet`` only the problems (a
        suppressed finding is none)."""
        return [d for d in self.result.diagnostics if not (quiet and d.suppressed)]

    @property
    def has_problems(self) -> bool:
        """A live error or warning (or more not shown, or checks stopped early): what
        ``--quiet`` still prints."""
        result = self.result
        live = any(not d.suppressed for d in result.diagnostics)
        return live or bool(result.omitted) or result.checks_stopped

    def suppressed_severity(self, severity: Severity) -> str:
        """``suppressed warning``; in French the adjective follows and agrees
        (``avertissement ignoré``, ``erreur ignorée``)."""
        if severity is Severity.ERROR:
            return self.words.t("suppressed error")
        return self.words.t("suppressed warning")

    @property
    def hint_word(self) -> str:
        return self.words.t("hint")

    def summary_line(self) -> str:
        """``1 error, 0 warnings (1 suppressed)``, or ``FILE: no problems found``."""
        counts, words = self.result.counts, self.words
        if not (counts.error or counts.warning or counts.suppressed):
            return words.t("{file}: no problems found", file=self.result.file)
        text = words.t(
            "{errors}, {warnings}",
            errors=words.tn("{n} error", "{n} errors", counts.error),
            warnings=words.tn("{n} warning", "{n} warnings", counts.warning),
        )
        if counts.suppressed:
            text += " " + words.tn("({n} suppressed)", "({n} suppressed)", counts.suppressed)
        return text

    def file_summary(self) -> str:
        """The summary line, naming the file."""
        line = self.summary_line()
        name = self.result.file
        return line if line.startswith(f"{name}: ") else f"{name}: {line}"

    def omitted_line(self) -> str:
        return self.words.t(
            "… and {count} more problems, not shown: fix the first {shown} (most often a few "
            "mistakes repeated) and run again",
            count=self.result.omitted,
            shown=len(self.result.diagnostics),
        )

    def stopped_line(self) -> str:
        return self.words.t(
            "… the schedule checks stopped early (after thousands of findings, or years of "
            "nights): fix these, or the trip's dates, and run again; more may follow"
        )


@dataclass(slots=True)
class Validation:
    """Every file checked, in the order given."""

    words: Words
    """The words of the run: ``--lang``, else the files' own language when they share
    one, else English."""
    checked: list[Checked | Unreadable] = field(default_factory=list)
    strict: bool = False
    quiet: bool = False
    """Only the problems: no summary, nothing about clean files."""
    several: bool = False
    """Several arguments, or a folder: a summary of all, and JSON lists the files."""

    @property
    def results(self) -> list[Checked]:
        return [c for c in self.checked if isinstance(c, Checked)]

    @property
    def unreadable(self) -> list[Unreadable]:
        return [c for c in self.checked if isinstance(c, Unreadable)]

    @property
    def shown(self) -> list[Checked | Unreadable]:
        """The files to show: all, or under ``--quiet`` those with a problem (an
        unreadable file is one)."""
        return [c for c in self.checked if not (self.quiet and isinstance(c, Checked))
                or c.has_problems]  # fmt: skip

    def exit_code(self) -> int:
        """The worst of the files: 2 if one could not be read, else 1 if one has errors
        (or warnings, strict), else 0."""
        if self.unreadable:
            return EXIT_UNREADABLE
        return max((c.result.exit_code(strict=self.strict) for c in self.results), default=0)

    def files_line(self) -> str:
        """``12 files checked: 10 clean, 1 with errors, 1 unreadable``."""
        words, results = self.words, [c.result for c in self.results]
        errors = sum(1 for r in results if not r.ok)
        warnings = sum(1 for r in results if r.ok and r.counts.warning)
        parts = [words.tn("{n} clean", "{n} clean", len(results) - errors - warnings)]
        if warnings:
            parts.append(words.tn("{n} with warnings only", "{n} with warnings only", warnings))
        if errors:
            parts.append(words.tn("{n} with errors", "{n} with errors", errors))
        if self.unreadable:
            parts.append(words.tn("{n} unreadable", "{n} unreadable", len(self.unreadable)))
        checked = words.tn("{n} file checked", "{n} files checked", len(self.checked))
        return f"{checked}{words.colon}{', '.join(parts)}"

    def pointer_line(self) -> str | None:
        """Where to read more: the page of the first error's rule, else the first
        warning's (pip users have no ``docs/``)."""
        live = [d for c in self.results for d in c.result.diagnostics if not d.suppressed]
        errors = (d for d in live if d.severity is Severity.ERROR)
        first = next(errors, None) or next(iter(live), None)
        if first is None:
            return None
        return self.words.t("A rule's example and fix: mission rules {rule}", rule=first.rule)


def validate_inputs(
    inputs: Inputs,
    stdin: Callable[[], BinaryIO],
    *,
    lang: str | None = None,
    strict: bool = False,
    quiet: bool = False,
) -> Validation:
    """Read and check each input in turn; nothing raises for a bad file. ``stdin`` gives
    standard input, asked for only if ``-`` was given. Each file is worded in ``lang``,
    else in its own ``locale``."""
    view = Validation(words_for(lang or "en"), strict=strict, quiet=quiet, several=inputs.batch)
    locales: set[str] = set()
    for number, item in enumerate(inputs.items, start=1):
        try:
            source = read_input(item, stdin)
        except SourceError as exc:
            view.checked.append(Unreadable(item.name, exc.said))
            continue
        loaded = load_source(source)
        info = loaded.model.info if loaded.model is not None else None
        locale = lang or (info.locale if info is not None else None) or "en"
        locales.add(locale)
        view.checked.append(Checked(loaded.result, words_for(locale)))
        if number % COLLECT_EVERY == 0:
            gc.collect()
    if lang is None and len(locales) == 1:
        view.words = words_for(locales.pop())
    for unreadable in view.unreadable:
        unreadable.error = view.words.say(unreadable.said)
    return view
