"""What ``mission rules`` shows: the list of rules, one rule's page, or the whole
reference, each as a document.

A page is read from the reference's Markdown source in the language of the words
(``reference/rules.en.md``, ``rules.fr.md``): its headings, paragraphs (with inline code
and links to other rules; their lines joined, for a writer to wrap them to its width),
examples (fenced blocks, shown as written) and the tables of rules made from the catalog,
their summaries worded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mission_cli.catalog import RULES, Chapter, Rule
from mission_cli.reference.pages import TABLE_MARK, pages, source
from mission_cli.suggest import nearest, suggestion
from mission_cli.views.document import (
    Block,
    Cell,
    Code,
    Column,
    Document,
    Inline,
    Paragraph,
    Row,
    Section,
    Span,
    Table,
    line,
)
from mission_cli.words.message import Message, MessageError
from mission_cli.words.terms import FAMILIES, SEVERITIES
from mission_cli.words.words import Words


class UnknownRule(MessageError):
    """A rule name that is none; the message suggests the nearest."""


@dataclass(frozen=True, slots=True)
class RulesView:
    words: Words
    rules: list[Rule]
    one: bool = False
    """One rule, with its page."""

    @property
    def page(self) -> str:
        """The rule's page as written in the reference of the view's language (Markdown)."""
        return pages(self.words.lang)[self.rules[0].name]

    def summary(self, rule: Rule) -> str:
        """What fires the rule, in the language of the view."""
        return self.words.t(rule.summary)

    def document(self) -> Document:
        if self.one:
            return markdown_document(self.page, self.words)
        return Document(self.words.t("Rules"), self.words.lang, self.words.colon,
                        [rules_table(self.rules, self.words)])  # fmt: skip


def rules_view(name: str | None, words: Words) -> RulesView:
    """Every rule, or the rule ``name`` (``UnknownRule`` when there is none)."""
    if name is None:
        return RulesView(words, list(RULES.values()))
    key = name.strip().lower()
    if key not in RULES:
        shown = name if len(name) <= 60 else name[:60] + "…"
        guess = suggestion(nearest(name[:200], RULES)) or Message("`mission rules` lists them all")
        raise UnknownRule(Message("unknown rule '{name}'; {guess}", name=shown, guess=guess))
    return RulesView(words, [RULES[key]], one=True)


@dataclass(frozen=True, slots=True)
class ReferenceView:
    """The whole rules reference in the view's language (``docs/rules.md``,
    ``docs/rules.fr.md``)."""

    words: Words

    def document(self) -> Document:
        return markdown_document(source(self.words.lang), self.words)


def rules_table(rules: list[Rule], words: Words, *, linked: bool = False) -> Table:
    columns = (
        Column(words.t("rule"), nowrap=True, weight=0),
        Column(words.t("severity"), nowrap=True, weight=0),
        Column(words.t("family"), nowrap=True, weight=0),
        Column(words.t("fires when")),
    )
    rows = []
    for rule in rules:
        name = Span(rule.name, "code", rule.name if linked else None)
        cells: tuple[Cell, ...] = (
            (line(name),),
            (line(Span(words.term(SEVERITIES[rule.severity]), str(rule.severity))),),
            (line(words.term(FAMILIES[rule.family])),),
            (line(words.t(rule.summary)),),
        )
        rows.append(Row(cells))
    return Table(columns, tuple(rows))


_INLINE = re.compile(r"\[`([^`]+)`\]\(#([\w-]+)\)|`([^`]+)`")


def inline(text: str) -> Inline:
    """Markdown's inline code and links to a rule's section, as spans."""
    spans: list[Span] = []
    at = 0
    for match in _INLINE.finditer(text):
        if match.start() > at:
            spans.append(Span(text[at : match.start()]))
        if match.group(1) is not None:
            spans.append(Span(match.group(1), "code", match.group(2)))
        else:
            spans.append(Span(match.group(3), "code"))
        at = match.end()
    if at < len(text):
        spans.append(Span(text[at:]))
    return tuple(spans)


def markdown_document(text: str, words: Words) -> Document:
    """The reference's Markdown (or a part of it) as a document: its first heading the
    title, ``#`` and ``##`` headings its sections."""
    lines = text.splitlines()
    title = lines[0].lstrip("#").strip() if lines and lines[0].startswith("#") else ""
    doc = Document(title, words.lang, words.colon)
    chapter: Section | None = None
    current: list[Block] = doc.blocks
    for kind, value, body in _blocks(lines[1:] if title else lines):
        if kind == "heading":
            section = Section(inline(body), anchor=body if body in RULES else None)
            level = len(value)
            if level == 1 or chapter is None:
                doc.blocks.append(section)
                chapter = section if level == 1 else chapter
            else:
                chapter.blocks.append(section)
            current = section.blocks
        elif kind == "code":
            current.append(Code(tuple(body.split("\n")), value))
        elif kind == "table":
            chosen = [r for r in RULES.values() if r.chapter is Chapter(value)]
            current.append(rules_table(chosen, words, linked=True))
        else:
            current.append(Paragraph(tuple(inline(t) for t in flowed(body)), "prose"))
    return doc


_ITEM = re.compile(r"(?:[-*+]|\d+[.)]) ")
"""A list item's marker, at the start of a line."""


def flowed(paragraph: str) -> list[str]:
    """A paragraph's lines as a writer lays them out: the source's lines joined, since
    its breaks are only where the editor wrapped (a terminal or a page wraps again to its
    own width), but each list item on a line of its own (with the lines that continue it)."""
    out: list[str] = []
    for raw in paragraph.split("\n"):
        text = raw.strip()
        if out and not _ITEM.match(text):
            out[-1] = f"{out[-1]} {text}"
        else:
            out.append(text)
    return out


def _blocks(lines: list[str]) -> list[tuple[str, str, str]]:
    """(kind, detail, text) of each block: headings (detail: the ``#``s), fenced code
    (detail: its language), tables of rules (detail: the chapter), paragraphs."""
    out: list[tuple[str, str, str]] = []
    paragraph: list[str] = []
    fence: list[str] | None = None
    language = ""
    for raw in [*lines, ""]:
        if fence is not None:
            if raw.startswith("```"):
                out.append(("code", language, "\n".join(fence)))
                fence = None
            else:
                fence.append(raw)
            continue
        if paragraph and (raw.startswith(("```", "#")) or not raw.strip()):
            out.append(("paragraph", "", "\n".join(paragraph)))
            paragraph = []
        if raw.startswith("```"):
            fence, language = [], raw[3:].strip()
        elif raw.startswith("#"):
            marks, _, heading = raw.partition(" ")
            out.append(("heading", marks, heading.strip()))
        elif (table := TABLE_MARK.fullmatch(raw.strip())) is not None:
            out.append(("table", table.group(1), ""))
        elif raw.strip():
            paragraph.append(raw)
    return out
