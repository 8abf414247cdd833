"""The smallest app of mission's stack that reads a trip file: Typer for the command
line, ruamel.yaml for the YAML (its C parser, the pure one where the C one refuses, as
mission does), a Pydantic model of the file's top level. The yardstick of ``mission
validate`` on a small file (``run.py``): what any tool built on the same stack pays."""

from __future__ import annotations

from typing import Any

import typer
from pydantic import BaseModel, ConfigDict
from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError


class Trip(BaseModel):
    model_config = ConfigDict(extra="allow")
    trip: dict[str, Any]
    cities: dict[str, Any]
    delegates: dict[str, Any] = {}
    events: list[Any] = []


def main(path: str) -> None:
    with open(path, encoding="utf-8") as stream:
        text = stream.read()
    try:
        data = YAML(typ="safe", pure=False).load(text)
    except YAMLError:
        data = YAML(typ="safe", pure=True).load(text)
    Trip.model_validate(data)
    typer.echo(f"{path}: ok")


if __name__ == "__main__":
    typer.run(main)
