"""The terminal wraps between words only: never at a no-break space (French puts a narrow
one before ``;`` and ``:``), nor between a code span and the comma after it."""

from __future__ import annotations

from mission_cli.render.terminal import wrap_spans
from mission_cli.views.document import Inline, Span


def _lines(spans: Inline, width: int) -> list[str]:
    return ["".join(text for text, _ in line) for line in wrap_spans(spans, width, 0, 0)]


def test_a_narrow_no_break_space_holds_its_mark_to_the_word_before() -> None:
    text = "Un signalement qui nomme les délégués concernés\u202f; le repère"
    assert _lines((Span(text),), 48) == [
        "Un signalement qui nomme les délégués",
        "concernés\u202f; le repère",
    ]


def test_a_word_over_two_spans_is_not_broken_between_them() -> None:
    spans = (Span("the first night is the "), Span("check_in", "code"), Span(", the last"))
    assert _lines(spans, 31) == ["the first night is the", "check_in, the last"]
    assert [tone for _, tone in wrap_spans(spans, 31, 0, 0)[1]][:2] == ["code", ""]


def test_a_word_wider_than_the_line_is_cut_across_its_spans() -> None:
    spans = (Span("a"), Span("x" * 50, "code"), Span("yz"))
    assert _lines(spans, 20) == ["a" + "x" * 19, "x" * 20, "x" * 11 + "yz"]
