"""Storage: the only package that imports SQLAlchemy."""

from claimtrack.store.db import resolve_url
from claimtrack.store.repo import ClaimQuery, Store, Unit

__all__ = ["ClaimQuery", "Store", "Unit", "resolve_url"]
