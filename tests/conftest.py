"""Shared fixtures: real SQLite files, the bundled corpus, a CLI runner with a pinned width."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.extract import extract_claims
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


def sources_by_figure(text: str, lang: str) -> list[tuple[str, str]]:
    """(figure as written, canonical source) for every figure claim of `text`."""
    return [
        (claim.figure.text, claim.attribution.canonical)
        for claim in extract_claims(text, lang)
        if claim.figure is not None
    ]


def database_at_0002(url: str) -> None:
    """A database at the schema before the accused columns (revision 0002), with one
    article, one claim and a deleted claim (ids must never be reused)."""
    from alembic import command
    from sqlalchemy import text

    from claimtrack.store.db import alembic_config, make_engine

    engine = make_engine(url)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
    sentence = "Selon la préfecture, le feu a parcouru 1 200 hectares."
    with engine.begin() as connection:
        for statement in (
            "insert into articles (name, lang, content_hash, text, ingested_at) "
            f"values ('old.txt', 'fr', 'h', '{sentence}', '2025-08-14')",
            "insert into sources (canonical, anonymous) values ('Var prefecture', false)",
            "insert into clusters (profile, in_conflict, severity, independent_sources, "
            "created_at, stale) values ('{}', false, 0, 0, '2025-08-14', false)",
            "insert into claims (article_id, cluster_id, source_id, seq, fingerprint, sentence, "
            'start, "end", kind, polarity, hedged, source_text, value, unit, approx) values '
            f"(1, 1, 1, 0, 'f1', '{sentence}', 0, {len(sentence)}, 'figure', 'affirm', false, "
            "'la préfecture', 1200, 'hectares', false)",
            "insert into claims (article_id, cluster_id, source_id, seq, fingerprint, sentence, "
            'start, "end", kind, polarity, hedged, source_text, approx) values '
            "(1, 1, 1, 1, 'f2', 'x', 0, 1, 'statement', 'affirm', false, 'x', false)",
            "delete from claims where id = 2",
        ):
            connection.execute(text(statement))
    engine.dispose()
