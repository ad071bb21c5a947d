"""Tables of the contribution history (schema 0003): records, per-member figures, and
money leaving the personal account. Imported at the end of :mod:`yibao.storage.models`
so ``Base.metadata`` always has them.

Money columns are :class:`~yibao.storage.columns.Fen` (integer fen in SQLite). Months are
``yyyymm`` integers so that SQL sorts and filters them directly.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from yibao.domain.contributions import MovementKind, Payer, RecordStatus
from yibao.domain.people import Scheme
from yibao.storage.columns import Fen
from yibao.storage.models import Base, str_enum


class ContributionRow(Base):
    """One contribution month (费款所属期) of a member in a scheme."""

    __tablename__ = "contributions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    #: yyyymm
    month: Mapped[int] = mapped_column(Integer)
    scheme: Mapped[Scheme] = mapped_column(str_enum(Scheme))
    base: Mapped[Decimal | None] = mapped_column(Fen)
    personal: Mapped[Decimal] = mapped_column(Fen)
    employer: Mapped[Decimal] = mapped_column(Fen)
    credited: Mapped[Decimal | None] = mapped_column(Fen)
    payer: Mapped[Payer] = mapped_column(str_enum(Payer))
    payer_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL")
    )
    status: Mapped[RecordStatus] = mapped_column(str_enum(RecordStatus))
    benefit_year: Mapped[int | None] = mapped_column(Integer)
    paid_on: Mapped[date | None] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(200))
    note: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))

    __table_args__ = (UniqueConstraint("member_id", "month", "scheme"),)


class MemberHistoryRow(Base):
    """视同缴费年限 and the personal account's opening balance, per member."""

    __tablename__ = "member_history"

    member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", ondelete="CASCADE"), primary_key=True
    )
    deemed_months: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    opening_balance: Mapped[Decimal] = mapped_column(
        Fen, default=Decimal(0), server_default=text("0")
    )
    opening_date: Mapped[date | None] = mapped_column(Date)


class AccountMovementRow(Base):
    """Money leaving a personal account: spending, 长护险 deductions, 代缴 …"""

    __tablename__ = "account_movements"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    on_date: Mapped[date] = mapped_column(Date)
    kind: Mapped[MovementKind] = mapped_column(str_enum(MovementKind))
    amount: Mapped[Decimal] = mapped_column(Fen)
    note: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
