"""Small typed repositories over one Session: rows in, domain values out.

They never commit; the caller's unit of work (``services.database.Database.session``) does.
"""

from __future__ import annotations

from datetime import date
from typing import TypeVar, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from yibao.domain.people import Member, Relation
from yibao.domain.policy import FrozenTable, Override, PolicyValue
from yibao.storage.columns import utcnow
from yibao.storage.models import Base, MemberRow, PolicyOverrideRow

_RowT = TypeVar("_RowT", bound=Base)


class RowNotFound(LookupError):
    """``update`` of a row that does not exist (any more)."""


def get_row(session: Session, model: type[_RowT], row_id: int | None, what: str) -> _RowT:
    """The *model* row with this id; :class:`RowNotFound` ("<what> <id> not found") if none."""
    row = None if row_id is None else session.get(model, row_id)
    if row is None:
        raise RowNotFound(f"{what} {row_id} not found")
    return row


def delete_row(session: Session, model: type[Base], row_id: int) -> bool:
    """Delete the *model* row with this id; ``False`` if there was none."""
    row = session.get(model, row_id)
    if row is None:
        return False
    session.delete(row)
    session.flush()
    return True


def member_from_row(row: MemberRow) -> Member:
    return Member(
        id=row.id,
        name=row.name,
        relation=row.relation,
        gender=row.gender,
        birth_date=row.birth_date,
        scheme=row.scheme,
        region_code=row.region_code,
        id_number=row.id_number,
        enrolled=row.enrolled,
        notes=row.notes,
        died_on=row.died_on,
    )


def _copy_member(member: Member, row: MemberRow) -> None:
    row.name = member.name
    row.relation = member.relation
    row.gender = member.gender
    row.birth_date = member.birth_date
    row.scheme = member.scheme
    row.region_code = member.region_code
    row.id_number = member.id_number
    row.enrolled = member.enrolled
    row.notes = member.notes
    row.died_on = member.died_on


class MemberRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def list(self) -> list[Member]:
        """Every member, in insertion order (callers sort for display)."""
        rows = self._session.scalars(select(MemberRow).order_by(MemberRow.id))
        return [member_from_row(r) for r in rows]

    def get(self, member_id: int) -> Member | None:
        row = self._session.get(MemberRow, member_id)
        return None if row is None else member_from_row(row)

    def get_self(self) -> Member | None:
        row = self._session.scalars(
            select(MemberRow).where(MemberRow.relation == Relation.SELF)
        ).first()
        return None if row is None else member_from_row(row)

    def find_by_id_number(self, id_number: str) -> Member | None:
        row = self._session.scalars(
            select(MemberRow).where(MemberRow.id_number == id_number)
        ).first()
        return None if row is None else member_from_row(row)

    def add(self, member: Member) -> Member:
        """Insert *member* (its ``id`` is ignored) and return it with the new id."""
        row = MemberRow()
        _copy_member(member, row)
        self._session.add(row)
        self._session.flush()
        return member_from_row(row)

    def update(self, member: Member) -> Member:
        row = get_row(self._session, MemberRow, member.id, "member")
        _copy_member(member, row)
        row.updated_at = utcnow()
        self._session.flush()
        return member_from_row(row)

    def delete(self, member_id: int) -> bool:
        """Delete a member; ``False`` if there was none with that id."""
        return delete_row(self._session, MemberRow, member_id)


def _policy_value(raw: object) -> PolicyValue:
    """Decoded JSON → the domain's value types (table rows become ``FrozenTable``)."""
    if isinstance(raw, dict):
        return FrozenTable(raw)
    if isinstance(raw, tuple):
        return cast(PolicyValue, tuple(FrozenTable(x) if isinstance(x, dict) else x for x in raw))
    return cast(PolicyValue, raw)


def override_from_row(row: PolicyOverrideRow) -> Override:
    return Override(
        region_key=row.region_key,
        key=row.parameter_key,
        effective_from=row.effective_from,
        value=_policy_value(row.value),
        note=row.note,
        id=row.id,
    )


class OverrideRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def list(self) -> list[Override]:
        rows = self._session.scalars(
            select(PolicyOverrideRow).order_by(
                PolicyOverrideRow.region_key,
                PolicyOverrideRow.parameter_key,
                PolicyOverrideRow.effective_from,
            )
        )
        return [override_from_row(r) for r in rows]

    def get(self, override_id: int) -> Override | None:
        row = self._session.get(PolicyOverrideRow, override_id)
        return None if row is None else override_from_row(row)

    def find(self, region_key: str, key: str, effective_from: date) -> Override | None:
        row = self._session.scalars(
            select(PolicyOverrideRow).where(
                PolicyOverrideRow.region_key == region_key,
                PolicyOverrideRow.parameter_key == key,
                PolicyOverrideRow.effective_from == effective_from,
            )
        ).first()
        return None if row is None else override_from_row(row)

    def add(self, override: Override) -> Override:
        """Insert *override* (its ``id`` is ignored) and return it with the new id."""
        row = PolicyOverrideRow(
            region_key=override.region_key,
            parameter_key=override.key,
            effective_from=override.effective_from,
            value=override.value,
            note=override.note,
        )
        self._session.add(row)
        self._session.flush()
        return override_from_row(row)

    def update(self, override: Override) -> Override:
        """Change the value and note of a stored override (matched by ``id``)."""
        row = get_row(self._session, PolicyOverrideRow, override.id, "override")
        row.region_key = override.region_key
        row.parameter_key = override.key
        row.effective_from = override.effective_from
        row.value = override.value
        row.note = override.note
        self._session.flush()
        return override_from_row(row)

    def delete(self, override_id: int) -> bool:
        return delete_row(self._session, PolicyOverrideRow, override_id)
