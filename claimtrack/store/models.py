"""SQLAlchemy 2 typed models. The schema itself is created by the Alembic migrations in db/."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Explicit constraint names keep migrations identical on SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class ArticleRow(Base):
    """An ingested article; `name` (the file name) identifies it across re-ingests."""

    __tablename__ = "articles"
    # Ids are what exports and editors refer to: never hand a deleted row's id to a new one.
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(512), unique=True)
    title: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(10), index=True)
    lang: Mapped[str] = mapped_column(String(8))
    content_hash: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)
    ingested_at: Mapped[datetime] = mapped_column(DateTime)


class SourceRow(Base):
    """A canonical source entity (one row per entity, whatever the spelling in articles)."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    canonical: Mapped[str] = mapped_column(Text, unique=True)
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)


class ClusterRow(Base):
    """A group of claims about the same thing, with the editors' decision on it."""

    __tablename__ = "clusters"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    label: Mapped[str | None] = mapped_column(Text)
    profile: Mapped[str] = mapped_column(Text)  # JSON of cluster.ClaimProfile (representative)
    summary: Mapped[str | None] = mapped_column(Text)
    in_conflict: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    severity: Mapped[float] = mapped_column(Float, default=0.0, index=True)
    independent_sources: Mapped[int] = mapped_column(Integer, default=0)
    review_status: Mapped[str | None] = mapped_column(String(32))
    review_note: Mapped[str | None] = mapped_column(Text)
    reviewed_by: Mapped[str | None] = mapped_column(Text)
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # An editor merged this cluster into another: kept (empty) so the decision and the
    # profile it stood for still route later claims to the cluster that absorbed it.
    merged_into: Mapped[int | None] = mapped_column(ForeignKey("clusters.id"), index=True)
    # Membership changed since the conflict rules last ran on it.
    stale: Mapped[bool] = mapped_column(Boolean, default=False, index=True)


class ClusterKeyRow(Base):
    """Blocking keys: a new claim is compared only with clusters sharing one of its keys."""

    __tablename__ = "cluster_keys"

    key: Mapped[str] = mapped_column(Text, primary_key=True)
    cluster_id: Mapped[int] = mapped_column(
        ForeignKey("clusters.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class ClaimRow(Base):
    """One attributed assertion, with its exact provenance in its article."""

    __tablename__ = "claims"
    __table_args__ = (
        Index("ix_claims_article_id_seq", "article_id", "seq"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    cluster_id: Mapped[int | None] = mapped_column(
        ForeignKey("clusters.id", ondelete="SET NULL"), index=True
    )
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)  # order within the article
    fingerprint: Mapped[str] = mapped_column(String(64), index=True)
    sentence: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    polarity: Mapped[str] = mapped_column(String(8))
    hedged: Mapped[bool] = mapped_column(Boolean)
    source_text: Mapped[str] = mapped_column(Text)
    value: Mapped[float | None] = mapped_column(Float)
    value_low: Mapped[float | None] = mapped_column(Float)
    value_high: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(Text)
    unit_canonical: Mapped[str | None] = mapped_column(String(64), index=True)
    approx: Mapped[bool] = mapped_column(Boolean)
    figure_text: Mapped[str | None] = mapped_column(Text)
    figure_start: Mapped[int | None] = mapped_column(Integer)
    figure_end: Mapped[int | None] = mapped_column(Integer)
    # Accusations: the party accused, as the sentence writes it ("the company") and as the
    # entity it stands for ("Optivel"), resolved like a source. Not a `sources` row: being
    # accused does not make a party a source. Null when the sentence names no party; the
    # text alone is null when the party is not written there (reciprocal blame).
    accused_text: Mapped[str | None] = mapped_column(Text)
    accused_canonical: Mapped[str | None] = mapped_column(Text)
    denies_id: Mapped[int | None] = mapped_column(ForeignKey("claims.id", ondelete="SET NULL"))
    copy_of_id: Mapped[int | None] = mapped_column(ForeignKey("claims.id", ondelete="SET NULL"))


class DecisionRow(Base):
    """An editor's decision (review, merge, split, rename), kept so it can be replayed."""

    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    action: Mapped[str] = mapped_column(String(16))
    # Plain integers, not foreign keys: the record of a decision outlives the rows it names.
    cluster_id: Mapped[int | None] = mapped_column(Integer, index=True)
    # For split: the fingerprint of the claim taken out, so the decision survives re-ingest.
    claim_fingerprint: Mapped[str | None] = mapped_column(String(64), index=True)
    other_cluster_id: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str | None] = mapped_column(String(32))
    note: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime)
