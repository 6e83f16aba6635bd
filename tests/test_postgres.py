"""The same library on a real PostgreSQL server (a throwaway one started for the test).

Set CLAIMTRACK_TEST_PG to a URL to use an existing server instead. Skipped, with the reason,
when neither is possible.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimtrack.options import Options
from claimtrack.store import ClaimQuery
from claimtrack.tracker import Tracker

from .conftest import corpus_articles, database_at_0002


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_postgres_user(args: list[str]) -> list[str]:
    """initdb refuses to run as root: run the server as the 'postgres' system user then."""
    if os.geteuid() == 0:
        if not shutil.which("runuser"):
            pytest.skip("running as root without runuser: cannot start PostgreSQL")
        return ["runuser", "-u", "postgres", "--", *args]
    return args


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    if url := os.environ.get("CLAIMTRACK_TEST_PG"):
        yield url
        return
    pytest.importorskip("psycopg", reason="psycopg not installed (pip install '.[postgres]')")
    initdb, pg_ctl = shutil.which("initdb"), shutil.which("pg_ctl")
    if not initdb or not pg_ctl:
        pytest.skip("no PostgreSQL server binaries (initdb, pg_ctl) on this machine")
    base = Path(tempfile.mkdtemp(prefix="claimtrack-pg-"))
    data = base / "data"
    port = _free_port()
    if os.geteuid() == 0:
        shutil.chown(base, user="postgres")
    base.chmod(0o777)
    subprocess.run(
        _as_postgres_user(
            [initdb, "-D", str(data), "-U", "claimtrack", "--auth=trust", "-E", "UTF8"]
        ),
        check=True,
        capture_output=True,
    )
    subprocess.run(
        _as_postgres_user(
            [
                pg_ctl,
                "-D",
                str(data),
                "-l",
                str(base / "log"),
                "-w",
                "start",
                "-o",
                f"-p {port} -k {base} -h 127.0.0.1",
            ]
        ),
        check=True,
        capture_output=True,
    )
    try:
        yield f"postgresql+psycopg://claimtrack@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            _as_postgres_user([pg_ctl, "-D", str(data), "-m", "fast", "stop"]),
            capture_output=True,
        )
        shutil.rmtree(base, ignore_errors=True)


def test_corpus_round_trip_on_postgresql(pg_url: str) -> None:
    with Tracker(Options(db=pg_url)) as tracker:
        first = tracker.ingest(corpus_articles())
        assert first.ok and first.new == 5
        again = tracker.ingest(corpus_articles())
        assert again.unchanged == 5 and again.claims == 0
        pentagon = tracker.claims(ClaimQuery(source="pentagon"))
        assert [(c.value, c.unit_canonical) for c in pentagon] == [(10000, "soldiers")]
        troops = [
            v.cluster
            for v in tracker.conflicts()
            if {10000, 12000} <= {m.value for m in v.cluster.members}
        ]
        assert len(troops) == 1
        assert tracker.stats().articles == 5


def test_database_made_before_the_accused_columns_upgrades_on_postgresql(
    pg_url: str, tmp_path: Path
) -> None:
    """A PostgreSQL database at revision 0002 (before `accused_text`, `accused_canonical`)
    keeps its claim through the upgrade, and new accusations store their party."""
    from sqlalchemy import create_engine, text

    from claimtrack.store import Store
    from claimtrack.store.db import head_revision

    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text("drop database if exists before_accused"))
        connection.execute(text("create database before_accused"))
    admin.dispose()
    url = pg_url.rsplit("/", 1)[0] + "/before_accused"
    database_at_0002(url)
    store = Store(url)
    try:
        with store.engine.connect() as connection:
            version = connection.execute(text("select version_num from alembic_version"))
            assert version.scalar() == head_revision()
        (old,) = store.claims(ClaimQuery())
        assert (old.claim_id, old.source, old.value, old.unit) == (
            1,
            "la préfecture",
            1200,
            "hectares",
        )
        assert (old.accused, old.accused_canonical) == (None, None)
    finally:
        store.close()
    article = tmp_path / "en_fire.txt"
    article.write_text(
        "---\nlang: en\n---\n"
        "The SASP firefighters' union accused Lignéo of failing to clear the scrub under its "
        "high-voltage line.\n",
        encoding="utf-8",
    )
    with Tracker(Options(db=url)) as tracker:
        assert tracker.ingest([str(article)]).ok
        (charge,) = tracker.claims(ClaimQuery(kind="accusation"))
        assert (charge.accused, charge.accused_canonical) == ("Lignéo", "Lignéo")
        assert charge.claim_id > 1


def test_article_without_claims_is_stored_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    """An article with nothing to track inserts no claim row (no empty batch statement)."""
    from sqlalchemy import create_engine, text

    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text("drop database if exists no_claims"))
        connection.execute(text("create database no_claims"))
    admin.dispose()
    article = tmp_path / "en_weather.txt"
    article.write_text(
        "---\ntitle: Weather\nlang: en\n---\nSunshine returns to the coast on Thursday.\n",
        encoding="utf-8",
    )
    with Tracker(Options(db=pg_url.rsplit("/", 1)[0] + "/no_claims")) as tracker:
        report = tracker.ingest([str(article)])
        assert (report.new, report.claims, report.skipped) == (1, 0, [])
        assert tracker.stats().articles == 1
