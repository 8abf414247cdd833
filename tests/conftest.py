"""Shared by every test: the helpers live in ``tests/support.py`` (imported as
``tests.support``); this file keeps the run independent of where pytest starts."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import configuration, settings
from hypothesis.database import DirectoryBasedExampleDatabase

from tests.support import ROOT

_HYPOTHESIS_HOME = Path(tempfile.mkdtemp(prefix="mission-hypothesis-"))
atexit.register(shutil.rmtree, _HYPOTHESIS_HOME, ignore_errors=True)
configuration.set_hypothesis_home_dir(_HYPOTHESIS_HOME)
settings.register_profile(
    "mission", database=DirectoryBasedExampleDatabase(_HYPOTHESIS_HOME / "examples")
)
settings.load_profile("mission")
"""Hypothesis keeps its examples in a temporary folder of its own, removed at the end:
the suite leaves the checkout as it found it (no ``.hypothesis/``)."""


@pytest.fixture(autouse=True)
def _from_the_project_folder() -> Iterator[None]:
    """File names in outputs are relative, as a user types them: run from the project's
    folder, and come back afterwards."""
    before = os.getcwd()
    os.chdir(ROOT)
    yield
    os.chdir(before)
