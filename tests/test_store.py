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
