"""Sent notifications: which deadline reminders were already shown, per lead step.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01

Frozen history: plain SQLAlchemy types only (see 0001).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sent_notifications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reminder_uid", sa.String(length=200), nullable=False),
        sa.Column("due", sa.Date(), nullable=False),
        sa.Column("step", sa.Integer(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sent_notifications")),
        sa.UniqueConstraint(
            "reminder_uid",
            "due",
            "step",
            name=op.f("uq_sent_notifications_reminder_uid_due_step"),
        ),
    )


def downgrade() -> None:
    op.drop_table("sent_notifications")
