"""The one value every stage emits: a located, named problem.

Stages collect diagnostics instead of raising, so that one run reports every
problem of a file. A :class:`Result` lists the file's own errors (syntax, keys,
references, times: what load, model and resolve find) first, then the schedule's
findings, each part in file order like yamllint's ``LintProblem``: a root mistake comes
before anything it may explain.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property

from mission_cli.catalog import RULES, Rule, Severity
from mission_cli.words.message import Message, Verbatim, english

__all__ = ["Counts", "Diagnostic", "Result", "Severity"]

_LINE_BREAK = re.compile(r"\r\n|\r|\n")

MAX_PROBLEMS = 1000
"""Past this many problems a result keeps (and shows) the first ones in the file and
counts the rest, as compilers do: a file with 50,000 mistakes needs fixing at its top."""


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """A problem found in a trip file.

    ``line`` and ``column`` are 1-based and point at the YAML node most to blame;
    ``path`` is the dotted path of that node (``events[3].start``); ``events`` and
    ``delegates`` list the ids involved; ``hint`` says how to fix it.
    """

    rule: str
    severity: Severity
    said: Message
    """What it says, worded at the edge in the output's language (``message`` in English)."""
    line: int = 1
    column: int = 1
    path: str = ""
    events: tuple[str, ...] = ()
    delegates: tuple[str, ...] = ()
    hint_said: Message | None = None
    """How to fix it."""
    suppressed: bool = False
    reason: str | None = None
    """Why it is suppressed: the reason of the ``ignore`` entry that matched it."""
    day: date | None = None
    """The local date a finding is about when no item's time says it (a night, a day of a
    leg): where ``mission report`` files it."""

    @classmethod
    def of(
        cls,
        rule: Rule,
        message: Message | str,
        line: int = 1,
        column: int = 1,
        *,
        path: str = "",
        events: tuple[str, ...] = (),
        delegates: tuple[str, ...] = (),
        hint: Message | str | None = None,
    ) -> Diagnostic:
        """A diagnostic of a catalogued rule, at its default severity: the one way every
        stage makes one (``Locator.diag`` and the checks' ``ctx.diag`` find its place
        first)."""
        said = message if isinstance(message, Message) else Verbatim(message)
        fix = hint if isinstance(hint, Message) or hint is None else Verbatim(hint)
        return cls(rule.name, rule.severity, said, line, column, path, events, delegates, fix)

    @property
    def message(self) -> str:
        """What it says, in English (the reference wording)."""
        return english(self.said)

    @property
    def hint(self) -> str | None:
        return english(self.hint_said) if self.hint_said is not None else None

    def hiding(self, hide: Callable[[str], str]) -> Diagnostic:
        """The same, with ``hide`` applied to every text it quotes (document numbers)."""
        fix = self.hint_said.hiding(hide) if self.hint_said is not None else None
        return replace(self, said=self.said.hiding(hide), hint_said=fix)

    def suppress(self, reason: str) -> Diagnostic:
        return replace(self, suppressed=True, reason=reason)


@dataclass(slots=True)
class Counts:
    """How many live errors, live warnings and suppressed problems."""

    error: int = 0
    warning: int = 0
    suppressed: int = 0

    def add(self, diag: Diagnostic) -> None:
        if diag.suppressed:
            self.suppressed += 1
        elif diag.severity == Severity.ERROR:
            self.error += 1
        else:
            self.warning += 1


def _order(diag: Diagnostic) -> tuple[bool, int, int, str, str]:
    """The file's own errors first, then the schedule's findings, each in file order."""
    rule = RULES.get(diag.rule)
    return (rule is None or not rule.of_the_file, diag.line, diag.column, diag.rule, diag.message)


@dataclass
class Result:
    """Everything ``validate`` found in one file, ready for a reporter."""

    file: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    """The problems, the file's own errors first, each part in file order: the first
    ``MAX_PROBLEMS`` of them."""
    text: str = ""
    """The file's text, to quote a line under its diagnostic."""
    omitted: int = field(default=0, init=False)
    """How many more problems the file has past ``MAX_PROBLEMS`` (counted, not kept)."""
    _counts: Counts = field(default_factory=lambda: Counts(), init=False, repr=False)
    hide: Callable[[str], str] | None = field(default=None, init=False, repr=False)
    """Applied to a line before it is quoted (document numbers shown as ``••••••234``)."""
    checks_stopped: bool = field(default=False, init=False)
    """A schedule check stopped early (thousands of overlapping pairs): more problems may
    hide behind the ones found."""

    def __post_init__(self) -> None:
        self.diagnostics.sort(key=_order)
        for diag in self.diagnostics:
            self._counts.add(diag)
        if len(self.diagnostics) > MAX_PROBLEMS:
            self.omitted = len(self.diagnostics) - MAX_PROBLEMS
            del self.diagnostics[MAX_PROBLEMS:]

    def with_only(self, diagnostics: list[Diagnostic]) -> Result:
        """The same file (its text, what hides in it) with only these problems."""
        kept = Result(self.file, diagnostics, self.text)
        kept.hide = self.hide
        return kept

    @cached_property
    def lines(self) -> list[str]:
        """The file's lines, split where YAML splits them (not at form feeds or U+2028),
        as they may be quoted."""
        text = self.hide(self.text) if self.hide is not None else self.text
        return _LINE_BREAK.split(text)

    @property
    def counts(self) -> Counts:
        """Every problem of the file, the omitted ones included."""
        return Counts(self._counts.error, self._counts.warning, self._counts.suppressed)

    @property
    def ok(self) -> bool:
        """True when no live error remains (warnings allowed), as far as the checks went:
        a run whose checks stopped early is never ok."""
        return self.counts.error == 0 and not self.checks_stopped

    def exit_code(self, *, strict: bool = False) -> int:
        counts = self.counts
        if counts.error or (strict and counts.warning) or self.checks_stopped:
            return 1
        return 0
