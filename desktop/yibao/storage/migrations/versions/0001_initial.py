"""Initial schema: household members and the user's policy overrides.

Revision ID: 0001
Revises:
Create Date: 2026-11-22

Migrations are frozen history: they use plain SQLAlchemy types, never the app's models or
column classes (those change). Enum columns are VARCHAR(32) holding the enum *values*;
``created_at``/``updated_at`` are naive-UTC DATETIME text; ``value_json`` is the typed JSON
of ``yibao.storage.codec``.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("relation", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("gender", sa.String(length=32), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("id_number", sa.String(length=18), nullable=True),
        sa.Column("scheme", sa.String(length=32), nullable=False),
        sa.Column("region_code", sa.String(length=6), nullable=True),
        sa.Column("enrolled", sa.Boolean(), server_default=sa.text("1"), nullable=False),
        sa.Column("notes", sa.Text(), server_default=sa.text("''"), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_members")),
        sa.UniqueConstraint("id_number", name=op.f("uq_members_id_number")),
    )
    op.create_index(
        "uq_members_single_self",
        "members",
        ["relation"],
        unique=True,
        sqlite_where=sa.text("relation = 'self'"),
    )
    op.create_table(
        "policy_overrides",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("region_key", sa.String(length=64), nullable=False),
        sa.Column("parameter_key", sa.String(length=200), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("value_json", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), server_default=sa.text("''"), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_policy_overrides")),
        sa.UniqueConstraint(
            "region_key",
            "parameter_key",
            "effective_from",
            name=op.f("uq_policy_overrides_region_key_parameter_key_effective_from"),
        ),
    )


def downgrade() -> None:
    op.drop_table("policy_overrides")
    op.drop_index("uq_members_single_self", table_name="members")
    op.drop_table("members")
