"""Shared fixtures: real SQLite files, the bundled corpus, a CLI runner with a pinned width."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.options import Options

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED_DEVSET = ROOT.parent / "shared" / "devset"
WIDTH = 200


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    """Environment for CLI runs: pinned terminal width, a database of the test's own."""
    return {"COLUMNS": str(WIDTH), "CLAIMTRACK_DB": str(tmp_path / "cli.db"), "NO_COLOR": "1"}


def corpus_articles() -> list[str]:
    return sorted(str(p) for p in CORPUS.glob("*.txt"))


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding the bundled corpus, ingested once for the whole session."""
    from claimtrack.tracker import Tracker

    path = tmp_path_factory.mktemp("corpus") / "corpus.db"
    with Tracker(Options(db=str(path))) as tracker:
        report = tracker.ingest(corpus_articles())
    assert report.ok, report.skipped
    return path


@pytest.fixture
def corpus_tracker(corpus_db: Path):  # type: ignore[no-untyped-def]
    from claimtrack.tracker import Tracker

    with Tracker(Options(db=str(corpus_db))) as tracker:
        yield tracker
