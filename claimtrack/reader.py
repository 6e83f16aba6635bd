"""Read-only access to a claimtrack database: what `list`, `show`, `export`, `sources` and
`stats` need, without the extraction and clustering stages.

`Tracker` (tracker.py) is a `Reader` that also ingests, clusters and records editors'
decisions; a command that only reads opens a `Reader`, so it does not import those stages.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Self

from claimtrack.errors import UsageError
from claimtrack.options import Options
from claimtrack.records import ClaimRecord, ClusterRecord, SourceCount, Stats
from claimtrack.store import ClaimQuery, Store, resolve_url


class Reader:
    """Open (creating or upgrading if needed) the database named by `options.db`."""

    def __init__(self, options: Options | None = None) -> None:
        self.options = options or Options()
        self.store = Store(resolve_url(self.options.db))

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def claims(self, query: ClaimQuery) -> list[ClaimRecord]:
        return self.store.claims(query)

    def claim(self, claim_id: int) -> ClaimRecord:
        found = self.store.claim(claim_id)
        if found is None:
            raise UsageError(f"No claim {claim_id}. `claimtrack list` shows claim ids.")
        return found

    def cluster(self, cluster_id: int) -> ClusterRecord:
        found = self.store.cluster(cluster_id)
        if found is None:
            raise UsageError(f"No cluster {cluster_id}. `claimtrack conflicts` shows cluster ids.")
        return found

    def article_text(self, name: str) -> str:
        return self.store.article_text(name) or ""

    def sources(self) -> list[SourceCount]:
        return self.store.source_counts()

    def stats(self) -> Stats:
        return self.store.stats()

    def iter_records(self) -> Iterable[ClaimRecord]:
        return self.store.iter_claims()
