"""The party an accusation accuses, as written and canonical, on each claim.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 11:40:00.000000

Two nullable columns: existing claims keep every value and read back with no accused party
until `claimtrack recluster` fills it in (for articles whose claims extraction still finds as
stored) or their article is ingested again with changed text.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _keep_ids() -> dict:
    """SQLite only: a table rebuilt by batch mode keeps AUTOINCREMENT, so deleted ids are
    never reused (adding a column does not rebuild it; dropping one does)."""
    if op.get_bind().dialect.name == "sqlite":
        return {"table_kwargs": {"sqlite_autoincrement": True}}
    return {}


def upgrade() -> None:
    with op.batch_alter_table("claims", schema=None, **_keep_ids()) as batch_op:
        batch_op.add_column(sa.Column("accused_text", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("accused_canonical", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("claims", schema=None, **_keep_ids()) as batch_op:
        batch_op.drop_column("accused_canonical")
        batch_op.drop_column("accused_text")
