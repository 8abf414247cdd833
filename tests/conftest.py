"""Shared by every test: the helpers live in ``tests/support.py`` (imported as
``tests.support``); this file keeps the run independent of where pytest starts."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.support import ROOT


@pytest.fixture(autouse=True)
def _from_the_project_folder() -> Iterator[None]:
    """File names in outputs are relative, as a user types them: run from the project's
    folder, and come back afterwards."""
    before = os.getcwd()
    os.chdir(ROOT)
    yield
    os.chdir(before)
