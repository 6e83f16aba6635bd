"""The storage layer: the only place that talks SQL.

`Store` answers read queries with plain records (claimtrack.records); `Store.unit()` opens one
write transaction (`Unit`) — the tracker uses one per article, so a crash or Ctrl-C loses at
most the article being written and never leaves half of one behind.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Insert,
    Select,
    bindparam,
    delete,
    func,
    insert,
    or_,
    select,
    union_all,
    update,
)
from sqlalchemy.exc import (
    DataError,
    IntegrityError,
    InterfaceError,
    OperationalError,
    SQLAlchemyError,
)
from sqlalchemy.orm import Session, sessionmaker

from claimtrack.errors import ClaimtrackError, RecordRejected, StorageError
from claimtrack.model import Article, Claim
from claimtrack.records import ClaimRecord, ClusterRecord, SourceCount, Stats
from claimtrack.store import db
from claimtrack.store.models import (
    ArticleRow,
    ClaimRow,
    ClusterKeyRow,
    ClusterRow,
    DecisionRow,
    SourceRow,
)

# Clusters looked at per blocking key when placing a new claim (the most recent ones).
PER_KEY = 500
# Ids per DELETE statement (SQLite binds at most 32 766 parameters in one statement).
DELETE_BATCH = 500


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass(frozen=True, slots=True)
class ClaimQuery:
    """Filters for listing claims; every field is optional."""

    source: str | None = None
    accused: str | None = None
    kind: str | None = None
    article: str | None = None
    search: str | None = None
    cluster_id: int | None = None
    conflicts_only: bool = False
    limit: int | None = None
    offset: int = 0


class Store:
    """A claimtrack database (SQLite file or any SQLAlchemy URL), migrated on first use."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = db.make_engine(url)
        try:
            db.upgrade(self.engine)
        except OperationalError as exc:
            raise ClaimtrackError(f"Cannot open the database {self.safe_url}: {exc.orig}") from exc
        except SQLAlchemyError as exc:
            raise ClaimtrackError(f"Cannot prepare the database {self.safe_url}: {exc}") from exc
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def safe_url(self) -> str:
        """The URL without its password, for messages."""
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def unit(self) -> Iterator[Unit]:
        """One write transaction: committed on success, rolled back on any error.

        Database failures become claimtrack errors: `RecordRejected` when the database
        refuses this transaction's data, `StorageError` when it cannot be used at all.
        """
        try:
            with self._sessions() as session, session.begin():
                yield Unit(session)
        except (IntegrityError, DataError) as exc:
            raise RecordRejected(f"the database refused it ({exc.orig})") from exc
        except (OperationalError, InterfaceError) as exc:
            raise StorageError(f"The database {self.safe_url} failed: {exc.orig}") from exc

    @contextmanager
    def _read(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    # --- reads -------------------------------------------------------------------------

    def claims(self, query: ClaimQuery) -> list[ClaimRecord]:
        stmt = _claims_select()
        if query.source:
            stmt = stmt.where(
                or_(
                    _contains(SourceRow.canonical, query.source),
                    _contains(ClaimRow.source_text, query.source),
                )
            )
        if query.accused:
            stmt = stmt.where(
                or_(
                    _contains(ClaimRow.accused_canonical, query.accused),
                    _contains(ClaimRow.accused_text, query.accused),
                )
            )
        if query.kind:
            stmt = stmt.where(ClaimRow.kind == query.kind)
        if query.article:
            stmt = stmt.where(_contains(ArticleRow.name, query.article))
        if query.search:
            stmt = stmt.where(_contains(ClaimRow.sentence, query.search))
        if query.cluster_id is not None:
            stmt = stmt.where(ClaimRow.cluster_id == query.cluster_id)
        if query.conflicts_only:
            stmt = stmt.where(ClusterRow.in_conflict.is_(True))
        stmt = stmt.order_by(ArticleRow.name, ClaimRow.seq).offset(query.offset)
        if query.limit is not None:
            stmt = stmt.limit(query.limit)
        with self._read() as session:
            return [_record(row) for row in session.execute(stmt)]

    def iter_claims(self, batch: int = 1000) -> Iterator[ClaimRecord]:
        """Every claim, streamed in article order (constant memory)."""
        stmt = _claims_select().order_by(ArticleRow.name, ClaimRow.seq)
        with self._read() as session:
            for row in session.execute(stmt.execution_options(yield_per=batch)):
                yield _record(row)

    def claim(self, claim_id: int) -> ClaimRecord | None:
        with self._read() as session:
            row = session.execute(_claims_select().where(ClaimRow.id == claim_id)).first()
            return _record(row) if row else None

    def article_text(self, name: str) -> str | None:
        with self._read() as session:
            return session.scalar(select(ArticleRow.text).where(ArticleRow.name == name))

    def cluster(self, cluster_id: int) -> ClusterRecord | None:
        with self._read() as session:
            row = session.get(ClusterRow, cluster_id)
            if row is None:
                return None
            return _cluster_record(session, row)

    def conflict_clusters(self, limit: int | None = None) -> list[ClusterRecord]:
        """Conflicting clusters, most severe first."""
        stmt = (
            select(ClusterRow)
            .where(ClusterRow.in_conflict.is_(True))
            .order_by(ClusterRow.severity.desc(), ClusterRow.id)
        )
        if limit is not None:
            stmt = stmt.limit(limit)
        with self._read() as session:
            return [_cluster_record(session, row) for row in session.scalars(stmt)]

    def source_counts(self, spellings: int = 6) -> list[SourceCount]:
        """Each source with its claims by kind, its articles and a few spellings (SQL does it)."""
        counts: dict[int, dict[str, Any]] = {}
        with self._read() as session:
            totals = (
                select(
                    SourceRow.id,
                    SourceRow.canonical,
                    SourceRow.anonymous,
                    func.count(ClaimRow.id),
                    func.count(func.distinct(ClaimRow.article_id)),
                )
                .join(ClaimRow, ClaimRow.source_id == SourceRow.id)
                .group_by(SourceRow.id, SourceRow.canonical, SourceRow.anonymous)
            )
            for sid, canonical, anonymous, claims, articles in session.execute(totals):
                counts[sid] = {
                    "canonical": canonical,
                    "anonymous": anonymous,
                    "claims": claims,
                    "articles": articles,
                    "kinds": {},
                    "spellings": [],
                }
            by_kind = select(ClaimRow.source_id, ClaimRow.kind, func.count()).group_by(
                ClaimRow.source_id, ClaimRow.kind
            )
            for sid, kind, n in session.execute(by_kind):
                counts[sid]["kinds"][kind] = n
            written = (
                select(ClaimRow.source_id, ClaimRow.source_text, func.count())
                .group_by(ClaimRow.source_id, ClaimRow.source_text)
                .order_by(func.count().desc())
            )
            for sid, text, _n in session.execute(written):
                if len(counts[sid]["spellings"]) < spellings:
                    counts[sid]["spellings"].append(text)
        records = [
            SourceCount(
                canonical=c["canonical"],
                anonymous=c["anonymous"],
                claims=c["claims"],
                articles=c["articles"],
                by_kind=c["kinds"],
                spellings=c["spellings"],
            )
            for c in counts.values()
        ]
        return sorted(records, key=lambda c: (-c.claims, c.canonical.lower()))

    def stats(self) -> Stats:
        with self._read() as session:
            by_kind = dict(
                session.execute(select(ClaimRow.kind, func.count()).group_by(ClaimRow.kind)).all()
            )
            by_lang = dict(
                session.execute(
                    select(ArticleRow.lang, func.count())
                    .join(ClaimRow, ClaimRow.article_id == ArticleRow.id)
                    .group_by(ArticleRow.lang)
                ).all()
            )
            used_clusters = select(ClaimRow.cluster_id).distinct().scalar_subquery()
            return Stats(
                articles=session.scalar(select(func.count(ArticleRow.id))) or 0,
                claims=session.scalar(select(func.count(ClaimRow.id))) or 0,
                sources=session.scalar(select(func.count(SourceRow.id))) or 0,
                clusters=session.scalar(
                    select(func.count(ClusterRow.id)).where(ClusterRow.id.in_(used_clusters))
                )
                or 0,
                conflicts=session.scalar(
                    select(func.count(ClusterRow.id)).where(ClusterRow.in_conflict.is_(True))
                )
                or 0,
                by_kind=by_kind,
                by_lang=by_lang,
            )


class Unit:
    """Writes inside one transaction (see `Store.unit`)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._sources: dict[str, int] = {}
        self._splits: dict[str, int | None] | None = None
        self._merges: dict[int, int] | None = None

    # --- articles ----------------------------------------------------------------------

    def article_hash(self, name: str) -> str | None:
        return self.session.scalar(select(ArticleRow.content_hash).where(ArticleRow.name == name))

    def replace_article(self, article: Article) -> tuple[int, set[int]]:
        """Insert or overwrite an article; drop its old claims. Returns (id, clusters touched)."""
        row = self.session.scalar(select(ArticleRow).where(ArticleRow.name == article.name))
        touched: set[int] = set()
        if row is None:
            row = ArticleRow(name=article.name)
            self.session.add(row)
        else:
            touched = set(
                self.session.scalars(
                    select(ClaimRow.cluster_id)
                    .where(ClaimRow.article_id == row.id, ClaimRow.cluster_id.is_not(None))
                    .distinct()
                )
            )
            old_ids = select(ClaimRow.id).where(ClaimRow.article_id == row.id)
            # Other articles' claims may point at these (copy_of, denies): unlink first.
            self.session.execute(
                update(ClaimRow).where(ClaimRow.copy_of_id.in_(old_ids)).values(copy_of_id=None)
            )
            self.session.execute(
                update(ClaimRow).where(ClaimRow.denies_id.in_(old_ids)).values(denies_id=None)
            )
            self.session.execute(delete(ClaimRow).where(ClaimRow.article_id == row.id))
        row.title = article.title
        row.outlet = article.outlet
        row.author = article.author
        row.url = article.url
        row.published = article.published
        row.lang = article.lang
        row.content_hash = article.content_hash
        row.text = article.text
        row.ingested_at = now()
        self.session.flush()
        return row.id, touched

    # --- sources and claims ------------------------------------------------------------

    def _source_ids(self, sources: Sequence[tuple[str, bool]]) -> list[int]:
        """The ids of (canonical, anonymous) sources; the missing ones are inserted in order
        of first mention, anonymous as that mention says. A few statements for all."""
        wanted = [c for c in dict.fromkeys(c for c, _ in sources) if c not in self._sources]
        if wanted:
            self._sources.update(self._source_rows(wanted))
            anonymous = dict(reversed(sources))  # the first mention's flag
            new = [c for c in wanted if c not in self._sources]
            if new:
                self._insert_many(
                    insert(SourceRow), [{"canonical": c, "anonymous": anonymous[c]} for c in new]
                )
                self._sources.update(self._source_rows(new))
        return [self._sources[c] for c, _ in sources]

    def _insert_many(self, statement: Insert, rows: list[dict[str, Any]]) -> None:
        """One executemany on the transaction's connection: the ORM's bulk insert would cut
        the rows into one statement per run of rows with the same columns left empty. No
        rows, no statement: an empty parameter list would run one INSERT of all defaults."""
        if rows:
            self.session.connection().execute(statement, rows)

    def _source_rows(self, canonicals: Sequence[str]) -> dict[str, int]:
        rows = self.session.execute(
            select(SourceRow.canonical, SourceRow.id).where(SourceRow.canonical.in_(canonicals))
        )
        return dict(rows.all())

    def add_claims(
        self,
        article_id: int,
        claims: Sequence[Claim],
        cluster_ids: Sequence[int | None],
        fingerprints: Sequence[str],
        denied: Sequence[int | None],
    ) -> None:
        """Insert an article's claims (`seq`: the position in `claims`) in one statement;
        `denied[i]` is the position of the earlier claim that claim i denies."""
        source_ids = self._source_ids(
            [(c.attribution.canonical, c.attribution.anonymous) for c in claims]
        )
        self._insert_many(
            insert(ClaimRow),
            [
                {
                    "article_id": article_id,
                    "cluster_id": cluster_ids[seq],
                    "source_id": source_ids[seq],
                    "seq": seq,
                    "fingerprint": fingerprints[seq],
                    **_claim_columns(claim),
                }
                for seq, claim in enumerate(claims)
            ],
        )
        links = [(seq, target) for seq, target in enumerate(denied) if target is not None]
        if links:  # a denial points at a claim inserted above: read the article's ids
            ids = dict(
                self.session.execute(
                    select(ClaimRow.seq, ClaimRow.id).where(ClaimRow.article_id == article_id)
                ).all()
            )
            self.session.execute(
                update(ClaimRow),
                [{"id": ids[seq], "denies_id": ids[target]} for seq, target in links],
            )

    # --- clusters ----------------------------------------------------------------------

    def candidates(self, keys: Sequence[str], limit: int) -> list[tuple[int, str]]:
        """Clusters sharing a blocking key, most shared keys first (never a full scan), with
        their representative profile as stored (JSON text: the caller may cache what it
        decodes by the text, which changes only when the profile does).

        Merged clusters are included: their profile still describes claims that now live in
        the cluster that absorbed them (see `merged_into`).
        """
        if not keys:
            return []
        unique = list(dict.fromkeys(keys))
        params: dict[str, Any] = {f"key_{i}": key for i, key in enumerate(unique)}
        params["limit"] = limit
        stmt = _candidates_statement(len(unique))
        return [(cid, profile) for cid, profile in self.session.execute(stmt, params)]

    def new_cluster(self, profile: dict[str, Any], keys: Sequence[str]) -> int:
        row = ClusterRow(profile=json.dumps(profile, ensure_ascii=False), created_at=now())
        self.session.add(row)
        self.session.flush()
        self.session.add_all(ClusterKeyRow(key=key, cluster_id=row.id) for key in set(keys))
        return row.id

    def update_cluster_profile(
        self, cluster_id: int, profile: dict[str, Any], keys: Sequence[str]
    ) -> None:
        """Replace a cluster's representative profile; add blocking keys it did not have."""
        self.session.execute(
            update(ClusterRow)
            .where(ClusterRow.id == cluster_id)
            .values(profile=json.dumps(profile, ensure_ascii=False))
        )
        present = set(
            self.session.scalars(
                select(ClusterKeyRow.key).where(ClusterKeyRow.cluster_id == cluster_id)
            )
        )
        self.session.add_all(
            ClusterKeyRow(key=key, cluster_id=cluster_id) for key in set(keys) - present
        )

    def cluster_exists(self, cluster_id: int) -> bool:
        return self.session.get(ClusterRow, cluster_id) is not None

    def members(self, cluster_id: int) -> list[ClaimRecord]:
        """A cluster's claims, earliest article first."""
        return _members(self.session, cluster_id)

    def set_analysis(
        self,
        cluster_id: int,
        *,
        in_conflict: bool,
        severity: float,
        summary: str,
        independent_sources: int,
        copy_changes: dict[int, int | None],
    ) -> None:
        """Store a cluster's conflict analysis; `copy_changes` maps claim id → new copy_of."""
        self.session.execute(
            update(ClusterRow)
            .where(ClusterRow.id == cluster_id)
            .values(
                in_conflict=in_conflict,
                severity=severity,
                summary=summary,
                independent_sources=independent_sources,
                stale=False,
            )
        )
        if copy_changes:  # one executemany by primary key, not one statement per claim
            self.session.execute(
                update(ClaimRow),
                [{"id": cid, "copy_of_id": original} for cid, original in copy_changes.items()],
            )

    def mark_stale(self, cluster_ids: Iterable[int]) -> None:
        """Flag clusters whose membership changed; `stale_clusters` lists them for a refresh."""
        ids = sorted(set(cluster_ids))
        if ids:
            self.session.execute(
                update(ClusterRow).where(ClusterRow.id.in_(ids)).values(stale=True)
            )

    def stale_clusters(self, limit: int) -> list[int]:
        return list(
            self.session.scalars(
                select(ClusterRow.id)
                .where(ClusterRow.stale.is_(True))
                .order_by(ClusterRow.id)
                .limit(limit)
            )
        )

    def drop_empty_clusters(self, cluster_ids: set[int]) -> None:
        """Remove clusters left without claims, unless an editor has decided on them
        (reviewed, labelled, merged away or merged into)."""
        has_claims = select(ClaimRow.id).where(ClaimRow.cluster_id == ClusterRow.id).exists()
        ids = sorted(cluster_ids)
        # In batches: a re-clustering run may hand over every cluster of the database, more
        # than a statement may bind.
        for start in range(0, len(ids), DELETE_BATCH):
            self.session.execute(
                delete(ClusterRow)
                .where(
                    ClusterRow.id.in_(ids[start : start + DELETE_BATCH]),
                    ~_decided_on(),
                    ~has_claims,
                )
                .execution_options(synchronize_session="fetch")
            )

    # --- re-clustering ---------------------------------------------------------------------

    def release_clusters(self) -> tuple[set[int], set[int]]:
        """Make every cluster no editor has decided on invisible to `candidates`.

        Returns (released ids, kept ids). Kept: reviewed, labelled, merged away or into, or
        made by `split`; their claims stay where the editor left them. Released clusters
        keep their rows, so re-clustering can hand their ids to the groups that succeed them.
        """
        decided = or_(
            _decided_on(),
            ClusterRow.id.in_(
                select(DecisionRow.other_cluster_id).where(
                    DecisionRow.action == "split", DecisionRow.other_cluster_id.is_not(None)
                )
            ),
        )
        kept: set[int] = set()
        released: set[int] = set()
        for cluster_id, is_decided in self.session.execute(select(ClusterRow.id, decided)):
            (kept if is_decided else released).add(cluster_id)
        self.session.execute(
            delete(ClusterKeyRow).where(
                ClusterKeyRow.cluster_id.in_(select(ClusterRow.id).where(~decided))
            )
        )
        return released, kept

    def forget_loaded(self) -> None:
        """Write pending changes and drop loaded rows, so a long transaction stays small."""
        self.session.flush()
        self.session.expunge_all()

    def article_ids(self) -> list[int]:
        """Every article, in the order they were first ingested."""
        return list(self.session.scalars(select(ArticleRow.id).order_by(ArticleRow.id)))

    def stored_article(self, article_id: int) -> tuple[Article, list[ClaimRecord]]:
        """One article as ingest built it, with its claims in article order."""
        row = self.session.get(ArticleRow, article_id)
        if row is None:
            raise ClaimtrackError(f"No article {article_id}.")
        article = Article(
            name=row.name,
            text=row.text,
            lang=row.lang,
            content_hash=row.content_hash,
            title=row.title,
            outlet=row.outlet,
            author=row.author,
            url=row.url,
            published=row.published,
        )
        stmt = _claims_select().where(ClaimRow.article_id == article_id).order_by(ClaimRow.seq)
        return article, [_record(r) for r in self.session.execute(stmt)]

    # --- editors' decisions --------------------------------------------------------------

    def record_decision(self, **fields: Any) -> None:
        self.session.add(DecisionRow(at=now(), **fields))
        self._splits = None

    def review(self, cluster_id: int, status: str, note: str | None, author: str) -> None:
        row = self._cluster(cluster_id)
        row.review_status, row.review_note = status, note
        row.reviewed_by, row.reviewed_at = author, now()
        self.record_decision(
            action="review", cluster_id=cluster_id, status=status, note=note, author=author
        )

    def rename(self, cluster_id: int, label: str, author: str) -> None:
        self._cluster(cluster_id).label = label
        self.record_decision(action="rename", cluster_id=cluster_id, note=label, author=author)

    def merge(self, keep: int, other: int, author: str) -> None:
        """Move `other`'s claims into `keep` and leave `other` as a tombstone pointing there.

        The tombstone keeps its profile and blocking keys, so claims that would have joined
        `other` on a later ingest are routed to `keep`. A review on `other` carries over
        when `keep` has none.
        """
        kept, gone = self._cluster(keep), self._cluster(other)
        moved = update(ClaimRow).where(ClaimRow.cluster_id == other)
        self.session.execute(moved.values(cluster_id=keep))
        if not kept.review_status and gone.review_status:
            kept.review_status, kept.review_note = gone.review_status, gone.review_note
            kept.reviewed_by, kept.reviewed_at = gone.reviewed_by, gone.reviewed_at
        gone.merged_into = keep
        if self._merges is not None:
            self._merges[other] = keep
        gone.in_conflict, gone.stale = False, False
        self.record_decision(action="merge", cluster_id=other, other_cluster_id=keep, author=author)

    def absorb(self, keep: int, other: int) -> None:
        """Move `other`'s claims into `keep` and delete `other` (the clusterer found them
        one claim; no editor's decision is recorded, and no tombstone is kept)."""
        self.session.execute(
            update(ClaimRow).where(ClaimRow.cluster_id == other).values(cluster_id=keep)
        )
        self.session.execute(delete(ClusterKeyRow).where(ClusterKeyRow.cluster_id == other))
        self.session.execute(
            delete(ClusterRow)
            .where(ClusterRow.id == other)
            .execution_options(synchronize_session="fetch")
        )

    def decided(self, cluster_id: int) -> bool:
        """True for a cluster an editor has decided on (reviewed, labelled, merged away or
        into) or made by `split`: the clusterer never merges it on its own."""
        split_made = select(DecisionRow.other_cluster_id).where(
            DecisionRow.action == "split", DecisionRow.other_cluster_id.is_not(None)
        )
        found = self.session.scalar(
            select(ClusterRow.id).where(
                ClusterRow.id == cluster_id, or_(_decided_on(), ClusterRow.id.in_(split_made))
            )
        )
        return found is not None

    def set_claim_cluster(self, claim_id: int, cluster_id: int) -> None:
        self.session.execute(
            update(ClaimRow).where(ClaimRow.id == claim_id).values(cluster_id=cluster_id)
        )

    def claim_fingerprint(self, claim_id: int) -> str:
        """The identity ingest gave a stored claim (see `tracker.claim_fingerprints`)."""
        return str(
            self.session.execute(
                select(ClaimRow.fingerprint).where(ClaimRow.id == claim_id)
            ).scalar_one()
        )

    def set_claim_accused(self, claim_id: int, text: str | None, canonical: str) -> None:
        """Store the party an accusation accuses (as written, canonical)."""
        self.session.execute(
            update(ClaimRow)
            .where(ClaimRow.id == claim_id)
            .values(accused_text=text, accused_canonical=canonical)
        )

    def split_target(self, fingerprint: str) -> int | None:
        """The cluster an editor moved this claim to, if they did (latest decision wins)."""
        if self._splits is None:
            # Read once per transaction: splits are a few editor decisions, while this is
            # asked for every claim ingested.
            rows = self.session.execute(
                select(DecisionRow.claim_fingerprint, DecisionRow.other_cluster_id)
                .where(DecisionRow.action == "split", DecisionRow.claim_fingerprint.is_not(None))
                .order_by(DecisionRow.id)
            )
            self._splits = {str(f): target for f, target in rows}
        return self._splits.get(fingerprint)

    def merged_into(self, cluster_id: int) -> int:
        """Follow merges: the live cluster that now stands for `cluster_id`."""
        if self._merges is None:
            # Read once per transaction: merges are a few editor decisions, while this is
            # asked for every claim placed.
            rows = self.session.execute(
                select(ClusterRow.id, ClusterRow.merged_into).where(
                    ClusterRow.merged_into.is_not(None)
                )
            )
            self._merges = {int(merged): int(target) for merged, target in rows}
        return follow_moves(self._merges, cluster_id)

    def _cluster(self, cluster_id: int) -> ClusterRow:
        row = self.session.get(ClusterRow, cluster_id)
        if row is None:
            raise ClaimtrackError(f"No cluster {cluster_id}.")
        return row


# --- helpers -------------------------------------------------------------------------------


def _decided_on() -> ColumnElement[bool]:
    """Clusters an editor has decided on: reviewed, labelled, merged away or merged into."""
    return or_(
        ClusterRow.review_status.is_not(None),
        ClusterRow.label.is_not(None),
        ClusterRow.merged_into.is_not(None),
        ClusterRow.id.in_(
            select(ClusterRow.merged_into).where(ClusterRow.merged_into.is_not(None))
        ),
    )


@cache
def _candidates_statement(key_count: int) -> Select[Any]:
    """The `candidates` query for this many keys, built once (building it costs more than
    running it); the keys and the limit are bound parameters."""
    # Each key contributes at most its PER_KEY most recent clusters, so a key shared by
    # half the database ("measure:deaths") costs the same as a rare one.
    per_key = [
        select(
            select(ClusterKeyRow.cluster_id)
            .where(ClusterKeyRow.key == bindparam(f"key_{i}"))
            .order_by(ClusterKeyRow.cluster_id.desc())
            .limit(PER_KEY)
            .subquery()
        )
        for i in range(key_count)
    ]
    hits = union_all(*per_key).subquery()
    shared = func.count().label("shared")
    ranked = (
        select(hits.c.cluster_id, shared)
        .group_by(hits.c.cluster_id)
        .order_by(shared.desc(), hits.c.cluster_id)
        .limit(bindparam("limit"))
        .subquery()
    )
    return (
        select(ClusterRow.id, ClusterRow.profile)
        .join(ranked, ranked.c.cluster_id == ClusterRow.id)
        .order_by(ranked.c.shared.desc(), ClusterRow.id)
    )


def _claims_select() -> Select[Any]:
    return (
        select(ClaimRow, ArticleRow, SourceRow, ClusterRow)
        .join(ArticleRow, ClaimRow.article_id == ArticleRow.id)
        .join(SourceRow, ClaimRow.source_id == SourceRow.id)
        .outerjoin(ClusterRow, ClaimRow.cluster_id == ClusterRow.id)
    )


def _contains(column: Any, text: str) -> Any:
    """Case-insensitive substring match, with % and _ taken literally, on every backend."""
    return func.lower(column).contains(text.lower(), autoescape=True)


def follow_moves(moved: Mapping[int, int], cluster_id: int) -> int:
    """The cluster that now holds `cluster_id`'s claims, following `moved` (merges or
    absorptions: old id -> the id that took its claims) to its end; a cycle ends the chain."""
    seen = {cluster_id}
    while cluster_id in moved and moved[cluster_id] not in seen:
        cluster_id = moved[cluster_id]
        seen.add(cluster_id)
    return cluster_id


def _record(row: Any) -> ClaimRecord:
    claim, article, source, cluster = row
    return ClaimRecord(
        claim_id=claim.id,
        cluster_id=claim.cluster_id,
        article=article.name,
        title=article.title,
        outlet=article.outlet,
        published=article.published,
        lang=article.lang,
        kind=claim.kind,
        polarity=claim.polarity,
        sentence=claim.sentence,
        start=claim.start,
        end=claim.end,
        source=claim.source_text,
        source_canonical=source.canonical,
        value=claim.value,
        value_low=claim.value_low,
        value_high=claim.value_high,
        unit=claim.unit,
        unit_canonical=claim.unit_canonical,
        approx=claim.approx,
        hedged=claim.hedged,
        in_conflict=bool(cluster and cluster.in_conflict),
        copy_of=claim.copy_of_id,
        review_status=cluster.review_status if cluster else None,
        review_note=cluster.review_note if cluster else None,
        source_anonymous=source.anonymous,
        figure_text=claim.figure_text,
        figure_start=claim.figure_start,
        figure_end=claim.figure_end,
        cluster_label=cluster.label if cluster else None,
        accused=claim.accused_text,
        accused_canonical=claim.accused_canonical,
    )


def _claim_columns(claim: Claim) -> dict[str, Any]:
    """The columns of a claim's row that the claim itself gives."""
    figure = claim.figure
    return {
        "sentence": claim.sentence,
        "start": claim.start,
        "end": claim.end,
        "kind": claim.kind,
        "polarity": claim.polarity,
        "hedged": claim.hedged,
        "source_text": claim.attribution.source,
        "value": figure.value if figure else None,
        "value_low": figure.low if figure else None,
        "value_high": figure.high if figure else None,
        "unit": figure.unit if figure else None,
        "unit_canonical": figure.unit_canonical if figure else None,
        "approx": figure.approx if figure else False,
        "figure_text": figure.text if figure else None,
        "figure_start": figure.start if figure else None,
        "figure_end": figure.end if figure else None,
        "accused_text": claim.extras.get("accused_text"),
        "accused_canonical": claim.extras.get("accused"),
    }


def _members(session: Session, cluster_id: int) -> list[ClaimRecord]:
    stmt = (
        _claims_select()
        .where(ClaimRow.cluster_id == cluster_id)
        .order_by(ArticleRow.published.nulls_last(), ArticleRow.name, ClaimRow.seq)
    )
    return [_record(r) for r in session.execute(stmt)]


def _cluster_record(session: Session, row: ClusterRow) -> ClusterRecord:
    members = _members(session, row.id)
    return ClusterRecord(
        cluster_id=row.id,
        label=row.label,
        summary=row.summary,
        in_conflict=row.in_conflict,
        severity=row.severity,
        independent_sources=row.independent_sources,
        review_status=row.review_status,
        review_note=row.review_note,
        reviewed_by=row.reviewed_by,
        reviewed_at=row.reviewed_at.isoformat(timespec="seconds") if row.reviewed_at else None,
        members=members,
    )
