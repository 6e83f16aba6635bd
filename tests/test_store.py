"""The schema: migrations create it, agree with the models, and apply once."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from claimtrack.errors import ClaimtrackError
from claimtrack.store import Store, resolve_url
from claimtrack.store.db import head_revision, make_engine, upgrade
from claimtrack.store.models import Base


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'm.db'}")
    upgrade(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_new_database_is_created_at_head_on_first_use(tmp_path: Path) -> None:
    store = Store(resolve_url(tmp_path / "new.db"))
    tables = set(inspect(store.engine).get_table_names())
    assert {"articles", "claims", "sources", "clusters", "cluster_keys", "decisions"} <= tables
    with store.engine.connect() as connection:
        assert MigrationContext.configure(connection).get_current_revision() == head_revision()
    store.close()
    # Opening again does not try to migrate twice.
    Store(resolve_url(tmp_path / "new.db")).close()


def test_resolve_url_takes_paths_urls_and_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert resolve_url(tmp_path / "a.db") == f"sqlite:///{tmp_path / 'a.db'}"
    assert resolve_url("postgresql+psycopg://u:p@localhost/news").startswith("postgresql")
    monkeypatch.setenv("CLAIMTRACK_DB", str(tmp_path / "env.db"))
    assert resolve_url(None) == f"sqlite:///{tmp_path / 'env.db'}"


def test_database_in_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ClaimtrackError, match="folder for the database does not exist"):
        Store(resolve_url(tmp_path / "nowhere" / "x.db"))


def test_upgrading_an_existing_database_keeps_its_rows(tmp_path: Path) -> None:
    from alembic import command
    from sqlalchemy import text

    from claimtrack.store.db import alembic_config

    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    with engine.begin() as connection:
        for statement in (
            "insert into articles (name, lang, content_hash, text, ingested_at) "
            "values ('a.txt', 'fr', 'h', 'Selon X, 3 morts.', '2024-01-01')",
            "insert into sources (canonical, anonymous) values ('X', 0)",
            "insert into clusters (profile, in_conflict, severity, independent_sources, "
            "created_at) values ('{}', 0, 0, 0, '2024-01-01')",
            "insert into claims (article_id, cluster_id, source_id, seq, fingerprint, sentence, "
            'start, "end", kind, polarity, hedged, source_text, approx) values '
            "(1, 1, 1, 0, 'f', 'Selon X, 3 morts.', 0, 17, 'figure', 'affirm', 0, 'X', 0)",
        ):
            connection.execute(text(statement))
    engine.dispose()
    store = Store(f"sqlite:///{tmp_path / 'old.db'}")
    stats = store.stats()
    assert (stats.articles, stats.claims, stats.sources) == (1, 1, 1)
    store.close()


def test_absorbing_a_cluster_spares_editors_clusters_and_drops_the_absorbed(
    tmp_path: Path,
) -> None:
    """The clusterer may merge clusters no editor decided on: `decided` tells them apart, and
    `absorb` leaves no trace of the absorbed cluster (no decision, no tombstone)."""
    store = Store(resolve_url(tmp_path / "absorb.db"))
    try:
        with store.unit() as unit:
            older = unit.new_cluster({"kind": "figure"}, ["measure:deaths"])
            younger = unit.new_cluster({"kind": "figure"}, ["measure:deaths"])
            reviewed = unit.new_cluster({"kind": "figure"}, ["measure:deaths"])
            unit.review(reviewed, "disputed", None, "editor")
            assert not unit.decided(older)
            assert not unit.decided(younger)
            assert unit.decided(reviewed)
            unit.absorb(older, younger)
            assert unit.cluster_exists(older)
            assert not unit.cluster_exists(younger)
            assert {cid for cid, _ in unit.candidates(["measure:deaths"], 10)} == {
                reviewed,
                older,
            }
            assert not unit.decided(older)
    finally:
        store.close()
