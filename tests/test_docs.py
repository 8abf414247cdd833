"""The rules reference stays true, in each of its languages: every rule has a section;
each of its examples fires the rule, and its ``text`` block shows what ``mission validate
--lang LANG`` prints for it, line for line (each finding with its hint; a ``…`` stands
for what the docs shorten); each near miss passes. Read from the sources,
``reference/rules.LANG.md``; docs/rules.md and docs/rules.fr.md are generated from them
(see tests/cli/test_rules.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mission_cli.catalog import RULES
from mission_cli.reference.pages import TABLE_MARK, pages, source
from mission_cli.words.words import LANGUAGES
from tests.support import invoke, problems

LANGS = LANGUAGES
"""Every language mission speaks has its reference, a page for every rule."""
FENCED = re.compile(r"```(\w*)\n(.*?)```", re.DOTALL)
NEAR_MISS = re.compile(r"^# (?:passes|accepté)\u202f?: ")
"""How a near miss starts: ``# passes:`` (in French ``# accepté :``)."""
LOCATED = re.compile(r"^\S+:\d+:\d+: ")
"""``trip.yaml:7:5: ``, before a finding (the examples of the schedule leave it out)."""
EXCERPT = re.compile(r"^ +\d* \| ")
"""A line of the file under a finding, or its caret."""
EVENTS = (
    "events:\n  - id: exemple\n    title: Exemple\n    duration: 1h\n",
    "events:\n  - id: exemple\n    title: Exemple\n    city: rochester\n"
    "    start: 2024-04-04 10:00\n    duration: 1h\n",
)
"""What an indented fragment of the rules of the file (``    start: …``, ``    attendees:
[…]``) is read in: the end of an event."""


def base(lang: str) -> str:
    """The base trip of the rules of the schedule: the first example after their table."""
    chapter = source(lang).split("{{rules schedule}}", 1)[1]
    found = FENCED.search(chapter)
    assert found is not None
    assert found.group(1) == "yaml"
    return found.group(2)


def examples(lang: str, name: str) -> list[tuple[str, str]]:
    """Each example of a rule that fires it, and the ``text`` block that follows it."""
    blocks = FENCED.findall(pages(lang)[name])
    out = []
    for number, (kind, body) in enumerate(blocks):
        if kind == "yaml" and not NEAR_MISS.match(body):
            following = blocks[number + 1] if number + 1 < len(blocks) else ("", "")
            assert following[0] == "text", (lang, name, body)
            out.append((body, following[1]))
    return out


def near_misses(lang: str, name: str) -> list[str]:
    page = pages(lang).get(name, "")  # a missing page fails its own test, not the collection
    return [body for kind, body in FENCED.findall(page) if NEAR_MISS.match(body)]


def contexts(lang: str, name: str, example: str) -> list[str]:
    """The files an example is read in: after the base trip (a rule of the schedule); a
    rule of the file's example, which is a fragment, also alone or inside an event."""
    if not RULES[name].of_the_file:
        return [base(lang) + example]
    within = [base(lang) + event + example for event in EVENTS if example.startswith(" ")]
    return [example, base(lang) + example, *within]


Finding = tuple[str, str | None]
"""A finding's line (``error rule: message``, without its place) and its hint's line."""


def said(text: str, lang: str, folder: Path) -> list[Finding]:
    """What ``mission validate --lang LANG`` prints for a file holding ``text``."""
    path = folder / "trip.yaml"
    path.write_text(text, encoding="utf-8")
    _, output = invoke("validate", "--lang", lang, str(path))
    findings: list[Finding] = []
    for line in output.splitlines():
        if LOCATED.match(line):
            findings.append((LOCATED.sub("", line, count=1), None))
        elif line.startswith("  = ") and findings:
            findings[-1] = (findings[-1][0], line)
    return findings


def shown(block: str) -> list[Finding]:
    """The findings a ``text`` block shows, each with the hint under it, if any."""
    findings: list[Finding] = []
    for line in block.splitlines():
        if EXCERPT.match(line):
            continue
        if line.startswith("  = "):
            assert findings, line
            assert findings[-1][1] is None, line
            findings[-1] = (findings[-1][0], line)
        else:
            findings.append((LOCATED.sub("", line, count=1), None))
    return findings


def _pattern(line: str) -> re.Pattern[str]:
    return re.compile(".*?".join(map(re.escape, line.split("…"))), re.DOTALL)


def _matches(doc: Finding, real: Finding) -> bool:
    """The docs show this finding, and its hint exactly when mission gives one."""
    if not _pattern(doc[0]).fullmatch(real[0]):
        return False
    if doc[1] is None or real[1] is None:
        return doc[1] is real[1]
    return _pattern(doc[1]).fullmatch(real[1]) is not None


RULE_EXAMPLES = [(lang, name) for lang in LANGS for name in RULES]


@pytest.mark.parametrize("lang", LANGS)
def test_every_rule_is_documented_with_an_example(lang: str) -> None:
    sections = pages(lang)
    assert set(RULES) <= set(sections)
    for name in RULES:
        assert examples(lang, name), name
        assert f" {name}: " in sections[name], name
        assert TABLE_MARK.search(sections[name]) is None, name


@pytest.mark.parametrize(("lang", "name"), RULE_EXAMPLES)
def test_each_example_fires_its_rule_and_shows_what_mission_says(
    lang: str, name: str, tmp_path: Path
) -> None:
    """Every finding shown is one mission prints, with its hint. For a rule of the
    schedule, the findings of the rule are all shown, in mission's order; a rule of the
    file's example, a fragment, is read alone, after the base trip and inside an event,
    and its findings are among what these say."""
    for example, block in examples(lang, name):
        docs = shown(block)
        real = [f for text in contexts(lang, name, example) for f in said(text, lang, tmp_path)]
        assert any(f" {name}: " in line for line, _ in real), (lang, name, real)
        assert [line for line, _ in docs if f" {name}: " not in line] == []
        if RULES[name].of_the_file:
            assert [d for d in docs if not any(_matches(d, r) for r in real)] == [], real
        else:
            own = [r for r in real if f" {name}: " in r[0]]
            assert len(docs) == len(own), (docs, own)
            assert [d for d, r in zip(docs, own, strict=True) if not _matches(d, r)] == [], own


@pytest.mark.parametrize(
    ("lang", "name", "example"),
    [
        (lang, name, example)
        for lang in LANGS
        for name in RULES
        if not RULES[name].of_the_file
        for example in near_misses(lang, name)
    ],
)
def test_near_miss_does_not_fire(lang: str, name: str, example: str) -> None:
    """The near misses the docs show pass: the rule stays silent, and the file is read."""
    found = problems(base(lang) + example)
    assert name not in {d.rule for d in found}
    assert not [d for d in found if RULES[d.rule].of_the_file]


@pytest.mark.parametrize("lang", LANGS)
def test_the_docs_show_near_misses(lang: str) -> None:
    assert sum(len(near_misses(lang, name)) for name in RULES) >= 8


def _bare(block: str) -> str:
    """A YAML example without its comments (written in the page's language)."""
    lines = (re.sub(r"\s+#.*$|^#.*$", "", line) for line in block.splitlines())
    return "\n".join(line for line in lines if line.strip())


@pytest.mark.parametrize("lang", [lang for lang in LANGS if lang != "en"])
def test_a_translation_shows_the_english_examples(lang: str) -> None:
    """The same chapters, the same examples and near misses in the same order (their
    comments translated); the base trip says which language it is in."""
    assert TABLE_MARK.findall(source(lang)) == TABLE_MARK.findall(source("en"))
    assert _bare(base(lang)) == _bare(base("en")).replace(
        "trip: {title: Exemple,", f"trip: {{title: Exemple, locale: {lang},", 1
    )
    for name in RULES:
        english = [_bare(b) for kind, b in FENCED.findall(pages("en")[name]) if kind == "yaml"]
        translated = [_bare(b) for kind, b in FENCED.findall(pages(lang)[name]) if kind == "yaml"]
        assert translated == english, name
        assert len(near_misses(lang, name)) == len(near_misses("en", name)), name


_PUNCTUATION = re.compile(r"(.)([:;?!])(?=\s|$)")


def test_the_french_reference_follows_french_typography() -> None:
    """In its prose (not in examples nor inline code): a narrow no-break space before
    ``:`` ``;`` ``?`` ``!`` and inside « », as in the catalogue."""
    prose = re.sub(r"```.*?```", "", source("fr"), flags=re.DOTALL)
    for line in prose.splitlines():
        text = "".join(line.split("`")[::2])
        assert [b for b, _ in _PUNCTUATION.findall(text) if b not in "\u202f\u00a0"] == [], line
        assert "« " not in text, line
        assert " »" not in text, line
