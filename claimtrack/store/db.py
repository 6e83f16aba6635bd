"""Database URLs, engines and schema migrations."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from claimtrack.errors import ClaimtrackError
from claimtrack.migrations import HEAD_REVISION, VERSION_TABLE
from claimtrack.options import DB_ENV_VAR

if TYPE_CHECKING:
    from alembic.config import Config

DEFAULT_DB = "claimtrack.db"


def resolve_url(db: str | os.PathLike[str] | None) -> str:
    """Turn `--db` / `CLAIMTRACK_DB` (a file path or any SQLAlchemy URL) into a URL."""
    raw = str(db) if db else os.environ.get(DB_ENV_VAR) or DEFAULT_DB
    if "://" in raw:
        try:
            make_url(raw)
        except ArgumentError as exc:
            raise ClaimtrackError(f"Not a valid database URL: {raw}") from exc
        return raw
    return f"sqlite:///{Path(raw).expanduser().resolve()}"


def _lower(text: str | None) -> str | None:
    return text.lower() if isinstance(text, str) else text


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    # SQLite's own lower() only knows ASCII: "États" would never match "états".
    dbapi_connection.create_function("lower", 1, _lower, deterministic=True)
    cursor = dbapi_connection.cursor()
    # Foreign keys enforce the cascades; WAL lets readers work while an ingest writes.
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str) -> Engine:
    """Create an engine; SQLite files get foreign keys and WAL."""
    if url.startswith("sqlite"):
        path = make_url(url).database
        if path and path != ":memory:" and not Path(path).parent.exists():
            raise ClaimtrackError(
                f"The folder for the database does not exist: {Path(path).parent}"
            )
        engine = create_engine(url, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    try:
        return create_engine(url, pool_pre_ping=True)
    except ArgumentError as exc:  # includes an unknown dialect or driver name
        raise ClaimtrackError(f"Cannot use the database URL {url}: {exc}") from exc
    except ModuleNotFoundError as exc:
        raise ClaimtrackError(
            f"The database driver for {make_url(url).drivername} is not installed "
            f"({exc.name}). For PostgreSQL: pip install 'claimtrack[postgres]'."
        ) from exc


def alembic_config() -> Config:
    """Alembic configuration pointing at the migrations shipped in the package."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(resources.files("claimtrack.migrations")))
    return config


def head_revision() -> str | None:
    """The newest migration's revision, as alembic reads it from the scripts."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def _at_head(connection: Connection) -> bool:
    """Whether the database records exactly the newest revision (no alembic needed)."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return False
    revisions = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars()
    return list(revisions) == [HEAD_REVISION]


def upgrade(engine: Engine) -> None:
    """Bring the schema to the latest migration (creates it on a new database)."""
    with engine.connect() as connection:
        if _at_head(connection):
            return
    # Alembic (slow to import) is only loaded when the database needs it.
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    if current == head_revision():
        return
    config = alembic_config()
    known = {script.revision for script in ScriptDirectory.from_config(config).walk_revisions()}
    if current is not None and current not in known:
        raise ClaimtrackError(
            f"This database was made by a newer claimtrack (schema {current}); "
            "upgrade claimtrack to use it."
        )
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # SQLite migrations rebuild tables (copy, drop, rename); with foreign keys on,
            # dropping a parent table would cascade-delete its children's rows.
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()
        with connection.begin():
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            connection.commit()
