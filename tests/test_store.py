"""The schema: migrations create it, agree with the models, and apply once."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from claimtrack.errors import ClaimtrackError
from claimtrack.migrations import HEAD_REVISION, VERSION_TABLE
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


def _revision(url: str) -> str | None:
    engine = make_engine(url)
    with engine.connect() as connection:
        revision = MigrationContext.configure(connection).get_current_revision()
    engine.dispose()
    return revision


def _database_at(url: str, revision: str) -> None:
    from alembic import command

    from claimtrack.store.db import alembic_config

    engine = make_engine(url)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()


def test_head_revision_constant_is_alembics_head() -> None:
    """The cheap constant the fast open path trusts must follow every new migration."""
    assert head_revision() == HEAD_REVISION


def test_version_table_constant_is_the_one_alembic_writes(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'v.db'}")
    with engine.connect() as connection:
        assert MigrationContext.configure(connection).version_table == VERSION_TABLE
    upgrade(engine)
    assert VERSION_TABLE in inspect(engine).get_table_names()
    engine.dispose()


@pytest.mark.parametrize("revision", ["0001", "0002"])
def test_older_database_is_upgraded_to_head_on_open(tmp_path: Path, revision: str) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    _database_at(url, revision)
    assert _revision(url) == revision
    Store(url).close()
    assert _revision(url) == HEAD_REVISION


def test_database_from_a_newer_claimtrack_is_a_clear_error(tmp_path: Path) -> None:
    from sqlalchemy import text

    url = f"sqlite:///{tmp_path / 'newer.db'}"
    Store(url).close()
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(text(f"UPDATE {VERSION_TABLE} SET version_num = '0999'"))
    engine.dispose()
    with pytest.raises(ClaimtrackError, match="newer claimtrack"):
        Store(url)


def test_opening_a_database_at_head_does_not_import_alembic(tmp_path: Path) -> None:
    """Alembic takes a large share of a short command's start-up: a database already at
    head is opened without it (a fresh process, since this one has alembic loaded)."""
    url = f"sqlite:///{tmp_path / 'head.db'}"
    Store(url).close()
    probe = (
        "import sys\n"
        "from claimtrack.store import Store\n"
        f"Store({url!r}).close()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True
    )
    assert result.stdout.strip() == "[]"


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
