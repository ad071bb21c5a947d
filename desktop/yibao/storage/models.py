"""Typed SQLAlchemy 2 declarative models.

Schema changes go through a new Alembic migration in ``migrations/versions`` (never edit a
released one) plus a fixture database under ``tests/storage/fixtures``. Enums are stored as
their string values in plain ``VARCHAR`` columns without CHECK constraints, so adding an
enum member needs no table rebuild; the repositories reject unknown values on read.
"""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from yibao.domain.bindings import BindingStatus
from yibao.domain.cases import CaseKind, CaseStatus
from yibao.domain.people import Gender, Relation, Scheme
from yibao.storage.columns import TypedJson, UtcDateTime, utcnow

#: Deterministic constraint names, so batch migrations on SQLite can refer to them.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def str_enum(enum_cls: type[enum.StrEnum]) -> Enum:
    """An enum column holding the members' string *values* (not their names)."""
    return Enum(
        enum_cls,
        values_callable=lambda members: [m.value for m in members],
        native_enum=False,
        create_constraint=False,
        length=32,
        validate_strings=True,
    )


class MemberRow(Base):
    """A household member; the user's own profile is the one row with ``relation='self'``."""

    __tablename__ = "members"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    relation: Mapped[Relation] = mapped_column(str_enum(Relation))
    name: Mapped[str] = mapped_column(String(100))
    gender: Mapped[Gender] = mapped_column(str_enum(Gender))
    birth_date: Mapped[date | None] = mapped_column(Date)
    id_number: Mapped[str | None] = mapped_column(String(18), unique=True)
    scheme: Mapped[Scheme] = mapped_column(str_enum(Scheme))
    region_code: Mapped[str | None] = mapped_column(String(6))
    enrolled: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("1"))
    notes: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    died_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)

    __table_args__ = (
        # At most one profile row.
        Index(
            "uq_members_single_self",
            "relation",
            unique=True,
            sqlite_where=text("relation = 'self'"),
        ),
    )


class PolicyOverrideRow(Base):
    """The user's own value for a policy parameter in a region, from a date on (本地修改)."""

    __tablename__ = "policy_overrides"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    region_key: Mapped[str] = mapped_column(String(64))
    parameter_key: Mapped[str] = mapped_column(String(200))
    effective_from: Mapped[date] = mapped_column(Date)
    value: Mapped[object] = mapped_column("value_json", TypedJson)
    note: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    __table_args__ = (UniqueConstraint("region_key", "parameter_key", "effective_from"),)


class BindingRow(Base):
    """A 家庭共济 binding: ``giver`` lets ``relative`` use their personal account."""

    __tablename__ = "bindings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    giver_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    relative_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[BindingStatus] = mapped_column(str_enum(BindingStatus))
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    ended_reason: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    notes: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    #: both sides' scheme and 统筹区 when last checked (for automatic dissolution)
    snapshot: Mapped[object | None] = mapped_column("snapshot_json", TypedJson, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)

    __table_args__ = (
        # One binding in force (planned or active) per giver and relative.
        Index(
            "uq_bindings_in_force",
            "giver_id",
            "relative_id",
            unique=True,
            sqlite_where=text("status != 'dissolved'"),
        ),
    )


class CaseRow(Base):
    """A saved case (我的事项) from a wizard: inputs, result, checklist, deadlines."""

    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[CaseKind] = mapped_column(str_enum(CaseKind), index=True)
    title: Mapped[str] = mapped_column(String(200))
    member_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[CaseStatus] = mapped_column(str_enum(CaseStatus))
    inputs: Mapped[object] = mapped_column("inputs_json", TypedJson)
    result: Mapped[object] = mapped_column("result_json", TypedJson)
    notes: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)

    items: Mapped[list[CaseItemRow]] = relationship(
        back_populates="case",
        cascade="all, delete-orphan",
        order_by="CaseItemRow.position",
        passive_deletes=True,
    )
    deadlines: Mapped[list[CaseDeadlineRow]] = relationship(
        back_populates="case",
        cascade="all, delete-orphan",
        order_by="CaseDeadlineRow.due",
        passive_deletes=True,
    )


class CaseItemRow(Base):
    __tablename__ = "case_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    item_key: Mapped[str] = mapped_column(String(100))
    section: Mapped[str] = mapped_column(String(32))
    #: the item's wording (attribute not named ``text``: that would shadow ``sqlalchemy.text``)
    content: Mapped[str] = mapped_column("text", Text)
    why: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    required: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("1"))
    source_id: Mapped[str | None] = mapped_column(String(100))
    done: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    done_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    note: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))

    case: Mapped[CaseRow] = relationship(back_populates="items")


class CaseDeadlineRow(Base):
    __tablename__ = "case_deadlines"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String(200))
    due: Mapped[date] = mapped_column(Date, index=True)
    done: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))

    case: Mapped[CaseRow] = relationship(back_populates="deadlines")


# Feature tables defined in their own modules register on ``Base.metadata`` here.
from yibao.storage import history_models as _history_models  # noqa: E402
from yibao.storage import reminder_models as _reminder_models  # noqa: E402

del _history_models, _reminder_models
