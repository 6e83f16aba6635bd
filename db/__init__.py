"""Alembic migrations for the claimtrack schema; shipped as `claimtrack.migrations`."""

# The newest migration's revision, so that opening a database already at it needs no
# alembic import (tests/test_store.py checks it against alembic's own head).
HEAD_REVISION = "0003"
# Where alembic records a database's revision (its default; env.py keeps it).
VERSION_TABLE = "alembic_version"
