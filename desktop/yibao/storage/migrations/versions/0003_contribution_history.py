"""Contribution history: records per month, per-member 视同 months and opening balance,
money leaving the personal account.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22

Frozen history: plain SQLAlchemy types only (see 0001). Money is INTEGER fen; months are
yyyymm integers.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "contributions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.Integer(), nullable=False),
        sa.Column("scheme", sa.String(length=32), nullable=False),
        sa.Column("base", sa.Integer(), nullable=True),
        sa.Column("personal", sa.Integer(), nullable=False),
        sa.Column("employer", sa.Integer(), nullable=False),
        sa.Column("credited", sa.Integer(), nullable=True),
        sa.Column("payer", sa.String(length=32), nullable=False),
        sa.Column("payer_member_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("benefit_year", sa.Integer(), nullable=True),
        sa.Column("paid_on", sa.Date(), nullable=True),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), server_default=sa.text("''"), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_contributions_member_id_members"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["payer_member_id"],
            ["members.id"],
            name=op.f("fk_contributions_payer_member_id_members"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contributions")),
        sa.UniqueConstraint(
            "member_id", "month", "scheme", name=op.f("uq_contributions_member_id_month_scheme")
        ),
    )
    op.create_table(
        "member_history",
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("deemed_months", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("opening_balance", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("opening_date", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_member_history_member_id_members"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("member_id", name=op.f("pk_member_history")),
    )
    op.create_table(
        "account_movements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), server_default=sa.text("''"), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_account_movements_member_id_members"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account_movements")),
    )
    with op.batch_alter_table("account_movements", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_account_movements_member_id"), ["member_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("account_movements", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_account_movements_member_id"))
    op.drop_table("account_movements")
    op.drop_table("member_history")
    op.drop_table("contributions")
