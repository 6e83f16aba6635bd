"""Start-up cost of the command line: a module loads only the libraries its commands need
(`claimtrack --help` answers without the store, extraction or HTML reading)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def loaded_after_import(module: str, candidates: tuple[str, ...]) -> list[str]:
    """Which of `candidates` a fresh interpreter has loaded once it imported `module`."""
    code = f"import sys, {module}; print(' '.join(m for m in {candidates!r} if m in sys.modules))"
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return done.stdout.split()


@pytest.mark.parametrize(
    ("module", "not_loaded"),
    [
        # the CLI module itself: each command imports the library it uses
        (
            "claimtrack.cli",
            ("sqlalchemy", "alembic", "trafilatura", "py3langid", "claimtrack.tracker"),
        ),
        # a command that only reads the database (list, stats, show) reads no HTML and
        # detects no language
        ("claimtrack.tracker", ("trafilatura", "py3langid")),
    ],
)
def test_import_leaves_heavy_libraries_unloaded(module: str, not_loaded: tuple[str, ...]) -> None:
    assert loaded_after_import(module, not_loaded) == []


def test_the_check_sees_a_loaded_library() -> None:
    # the tracker does open databases: the check must report SQLAlchemy as loaded
    assert loaded_after_import("claimtrack.tracker", ("sqlalchemy",)) == ["sqlalchemy"]
