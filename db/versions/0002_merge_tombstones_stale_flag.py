"""Merge tombstones, stale flag, stable ids on SQLite, unbounded text columns.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 00:39:58.372814
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _keep_ids() -> dict:
    """SQLite only: rebuild the table with AUTOINCREMENT so deleted ids are never reused."""
    if op.get_bind().dialect.name == "sqlite":
        return {"recreate": "always", "table_kwargs": {"sqlite_autoincrement": True}}
    return {}


def upgrade() -> None:
    with op.batch_alter_table("articles", schema=None, **_keep_ids()) as batch_op:
        batch_op.alter_column(
            "outlet", existing_type=sa.VARCHAR(length=512), type_=sa.Text(), existing_nullable=True
        )
        batch_op.alter_column(
            "author", existing_type=sa.VARCHAR(length=512), type_=sa.Text(), existing_nullable=True
        )
        batch_op.drop_index(batch_op.f("ix_articles_content_hash"))

    with op.batch_alter_table("claims", schema=None, **_keep_ids()) as batch_op:
        batch_op.alter_column(
            "unit", existing_type=sa.VARCHAR(length=256), type_=sa.Text(), existing_nullable=True
        )

    with op.batch_alter_table("cluster_keys", schema=None) as batch_op:
        batch_op.alter_column(
            "key", existing_type=sa.VARCHAR(length=256), type_=sa.Text(), existing_nullable=False
        )

    with op.batch_alter_table("clusters", schema=None, **_keep_ids()) as batch_op:
        batch_op.add_column(sa.Column("merged_into", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("stale", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.alter_column(
            "reviewed_by",
            existing_type=sa.VARCHAR(length=256),
            type_=sa.Text(),
            existing_nullable=True,
        )
        batch_op.create_index(batch_op.f("ix_clusters_merged_into"), ["merged_into"], unique=False)
        batch_op.create_index(batch_op.f("ix_clusters_stale"), ["stale"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_clusters_merged_into_clusters"), "clusters", ["merged_into"], ["id"]
        )

    with op.batch_alter_table("decisions", schema=None) as batch_op:
        batch_op.alter_column(
            "author", existing_type=sa.VARCHAR(length=256), type_=sa.Text(), existing_nullable=False
        )
        batch_op.drop_constraint(batch_op.f("fk_decisions_cluster_id_clusters"), type_="foreignkey")

    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.alter_column(
            "canonical",
            existing_type=sa.VARCHAR(length=512),
            type_=sa.Text(),
            existing_nullable=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.alter_column(
            "canonical",
            existing_type=sa.Text(),
            type_=sa.VARCHAR(length=512),
            existing_nullable=False,
        )

    with op.batch_alter_table("decisions", schema=None) as batch_op:
        batch_op.create_foreign_key(
            batch_op.f("fk_decisions_cluster_id_clusters"),
            "clusters",
            ["cluster_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.alter_column(
            "author", existing_type=sa.Text(), type_=sa.VARCHAR(length=256), existing_nullable=False
        )

    with op.batch_alter_table("clusters", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_clusters_merged_into_clusters"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_clusters_stale"))
        batch_op.drop_index(batch_op.f("ix_clusters_merged_into"))
        batch_op.alter_column(
            "reviewed_by",
            existing_type=sa.Text(),
            type_=sa.VARCHAR(length=256),
            existing_nullable=True,
        )
        batch_op.drop_column("stale")
        batch_op.drop_column("merged_into")

    with op.batch_alter_table("cluster_keys", schema=None) as batch_op:
        batch_op.alter_column(
            "key", existing_type=sa.Text(), type_=sa.VARCHAR(length=256), existing_nullable=False
        )

    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.alter_column(
            "unit", existing_type=sa.Text(), type_=sa.VARCHAR(length=256), existing_nullable=True
        )

    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_articles_content_hash"), ["content_hash"], unique=False
        )
        batch_op.alter_column(
            "author", existing_type=sa.Text(), type_=sa.VARCHAR(length=512), existing_nullable=True
        )
        batch_op.alter_column(
            "outlet", existing_type=sa.Text(), type_=sa.VARCHAR(length=512), existing_nullable=True
        )
