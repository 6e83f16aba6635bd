"""Alembic migrations for the claimtrack schema; shipped as `claimtrack.migrations`."""
