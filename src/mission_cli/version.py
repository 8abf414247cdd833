"""The installed version: pyproject.toml's ``version``, the one place it is written, read
back from the distribution's metadata.

``importlib.metadata`` costs ``mission --version`` some 50 ms (it imports the e-mail
parser, ``zipfile``, ``csv``…), twice the rest of that command, which answers before
anything heavy is imported. So the metadata folder is found here the way
``importlib.metadata`` finds it (the first ``mission_cli-*.dist-info`` or
``mission_cli*.egg-info`` along ``sys.path``) and its ``Version`` field read; any other
layout (a zip, no folder found) is left to ``importlib.metadata`` itself."""

from __future__ import annotations

import os
import sys

DISTRIBUTION = "mission-cli"
UNKNOWN = "0+unknown"
"""The version of code that runs without being installed."""

_NORMALIZED = "mission_cli"


def installed_version() -> str:
    folder = _metadata_folder()
    found = _version_field(folder) if folder is not None else None
    if found:
        return found
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(DISTRIBUTION) or UNKNOWN
    except PackageNotFoundError:
        return UNKNOWN


def _metadata_folder() -> str | None:
    """The first metadata folder of the distribution along ``sys.path``: each entry's
    ``*.dist-info`` and ``*.egg-info`` folders, named before their first ``-``."""
    for entry in sys.path:
        try:
            children = os.listdir(entry or ".")
        except OSError:  # a zip file, a folder that is gone
            continue
        for child in children:
            low = child.lower()
            if low.endswith((".dist-info", ".egg-info")) and _normalize(low) == _NORMALIZED:
                return os.path.join(entry, child)
    return None


def _normalize(folder: str) -> str:
    name = folder.rpartition(".")[0].partition("-")[0]
    for separator in "-.":
        name = name.replace(separator, "_")
    while "__" in name:
        name = name.replace("__", "_")
    return name


def _version_field(folder: str) -> str | None:
    """The ``Version`` field of the folder's ``METADATA`` (``PKG-INFO`` for an egg)."""
    for name in ("METADATA", "PKG-INFO"):
        try:
            with open(os.path.join(folder, name), encoding="utf-8") as lines:
                for line in lines:
                    if not line.strip():  # the end of the fields
                        break
                    field, _, value = line.partition(":")
                    if field.lower() == "version":
                        return value.strip()
        except OSError:
            continue
        return None
    return None
