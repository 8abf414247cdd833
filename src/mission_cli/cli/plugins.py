"""Pydantic's plugin loader, while plugins are disabled: a stand-in that finds none.

Pydantic asks its loader (``pydantic.plugin._loader``) for plugins each time it makes a
validator. With ``PYDANTIC_DISABLE_PLUGINS`` set to ``__all__``, ``1`` or ``true`` (as
``mission`` sets it, unless the environment says otherwise) the loader answers that
there are none without looking; but importing its module imports ``importlib.metadata``
(e-mail, zip and CSV parsing), some 10 ms of a short command. The stand-in answers the
same, as long as plugins stay disabled; otherwise, or for anything else asked of it,
the real loader is imported and answers.
"""

from __future__ import annotations

import importlib
import os
import sys
import types
from collections.abc import Iterable
from typing import Any

LOADER = "pydantic.plugin._loader"
DISABLED = ("__all__", "1", "true")
"""The values of ``PYDANTIC_DISABLE_PLUGINS`` for which Pydantic loads no plugin."""


def _disabled() -> bool:
    return os.environ.get("PYDANTIC_DISABLE_PLUGINS") in DISABLED


def _real() -> types.ModuleType:
    """Pydantic's own loader, which takes the stand-in's place from then on."""
    if isinstance(sys.modules.get(LOADER), _StandIn):
        del sys.modules[LOADER]
    return importlib.import_module(LOADER)


class _StandIn(types.ModuleType):
    def get_plugins(self) -> Iterable[Any]:
        return () if _disabled() else _real().get_plugins()

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # what the import system looks for (``__path__``)
            raise AttributeError(name)
        return getattr(_real(), name)


def find_no_plugins() -> None:
    """Put the stand-in in the loader's place, when plugins are disabled and the loader
    is not imported yet."""
    if _disabled() and LOADER not in sys.modules:
        sys.modules[LOADER] = _StandIn(LOADER)
