"""The YAML test suite's 402 documents: each gets diagnostics and exit 1, never a traceback.

Read from ../shared/corpus/ when it is there (never copied into the project).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from mission_cli.cli.app import build_app
from tests.support import ROOT

CORPUS = ROOT.parent / "shared" / "corpus" / "yaml-test-suite"
FILES = sorted(CORPUS.glob("*/*.yaml")) if CORPUS.is_dir() else []
runner = CliRunner()


@pytest.mark.skipif(not FILES, reason="../shared/corpus/yaml-test-suite is not here")
def test_the_corpus_is_complete() -> None:
    assert len(FILES) == 402


@pytest.mark.skipif(not FILES, reason="../shared/corpus/yaml-test-suite is not here")
@pytest.mark.parametrize("path", FILES, ids=[f"{p.parent.name}/{p.stem}" for p in FILES])
def test_corpus_document(path: Path) -> None:
    result = runner.invoke(build_app(), ["validate", "--format", "json", str(path)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 1, result.output
    import json

    report = json.loads(result.output)
    assert report["ok"] is False
    assert report["diagnostics"], "a document that is no trip gets at least one diagnostic"
    for diag in report["diagnostics"]:
        assert diag["line"] >= 1
        assert diag["column"] >= 1
        assert diag["rule"] in {"yaml-syntax", "schema", "duplicate-id", "unknown-reference"}
