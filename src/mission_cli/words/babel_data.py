"""Babel, imported safely: it reads the local zone (``$TZ``) when imported and fails on a
broken one (``TZ=:/etc/passwd``); mission never uses the local zone, so it then does
without it."""

from __future__ import annotations

import os
from types import ModuleType


def babel_dates() -> ModuleType:
    """``babel.dates`` (which brings ``babel.Locale`` with it)."""
    try:
        import babel.dates
    except Exception:  # TZ=:/etc/passwd, TZ=/dev/zero…
        os.environ.pop("TZ", None)
        import babel.dates
    return babel.dates
