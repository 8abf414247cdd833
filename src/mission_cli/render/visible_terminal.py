"""Control characters made visible on a Rich console: a hook every console of the
command line carries, so that nothing a trip file holds reaches the terminal raw
(``visible.py`` says which characters, and how they are written)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from rich.console import Console, ConsoleOptions, RenderableType, RenderHook
from rich.segment import Segment

from mission_cli.render.visible import UNSAFE, visible


class _Visible:
    def __init__(self, inner: RenderableType) -> None:
        self.inner = inner

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Segment]:
        for segment in console.render(self.inner, options):
            if segment.control or not UNSAFE.search(segment.text):
                yield segment
            else:
                yield Segment(visible(segment.text), segment.style)


class VisibleControls(RenderHook):
    """A console hook: everything printed goes through :func:`visible`."""

    def process_renderables(self, renderables: list[Any]) -> list[Any]:
        return [_Visible(r) for r in renderables]
