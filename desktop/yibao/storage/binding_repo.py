"""家庭共济 bindings: rows of ``bindings`` in, :class:`~yibao.domain.bindings.Binding` out.

Each binding also keeps a :class:`~yibao.domain.family.BindingSnapshot` (both sides' scheme
and 统筹区 when it was last checked) in ``snapshot_json``, so a later change can dissolve it
automatically.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from yibao.domain.bindings import Binding, BindingStatus
from yibao.domain.family import BindingSnapshot
from yibao.domain.people import Scheme
from yibao.storage.columns import utcnow
from yibao.storage.models import BindingRow
from yibao.storage.repositories import delete_row, get_row

log = logging.getLogger(__name__)


def snapshot_to_json(snapshot: BindingSnapshot | None) -> dict[str, object] | None:
    if snapshot is None:
        return None
    return {
        "giver_scheme": snapshot.giver_scheme.value,
        "giver_region": snapshot.giver_region,
        "giver_enrolled": snapshot.giver_enrolled,
        "relative_scheme": snapshot.relative_scheme.value,
        "relative_region": snapshot.relative_region,
        "relative_enrolled": snapshot.relative_enrolled,
    }


def snapshot_from_json(data: object) -> BindingSnapshot | None:
    """The stored snapshot, or ``None`` if absent or unreadable (a new one is then taken)."""
    if data is None:
        return None
    try:
        assert isinstance(data, Mapping)
        return BindingSnapshot(
            giver_scheme=Scheme(data["giver_scheme"]),
            giver_region=data["giver_region"],
            relative_scheme=Scheme(data["relative_scheme"]),
            relative_region=data["relative_region"],
            giver_enrolled=bool(data["giver_enrolled"]),
            relative_enrolled=bool(data["relative_enrolled"]),
        )
    except (AssertionError, ValueError, KeyError, TypeError):
        log.warning("binding snapshot unreadable; a new one will be taken")
        return None


def binding_from_row(row: BindingRow) -> tuple[Binding, BindingSnapshot | None]:
    binding = Binding(
        giver_id=row.giver_id,
        relative_id=row.relative_id,
        status=BindingStatus(row.status),
        start_date=row.start_date,
        end_date=row.end_date,
        ended_reason=row.ended_reason,
        notes=row.notes,
        id=row.id,
    )
    return binding, snapshot_from_json(row.snapshot)


def _copy(binding: Binding, snapshot: BindingSnapshot | None, row: BindingRow) -> None:
    row.giver_id = binding.giver_id
    row.relative_id = binding.relative_id
    row.status = binding.status
    row.start_date = binding.start_date
    row.end_date = binding.end_date
    row.ended_reason = binding.ended_reason
    row.notes = binding.notes
    row.snapshot = snapshot_to_json(snapshot)


class BindingRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def list(self) -> list[tuple[Binding, BindingSnapshot | None]]:
        """Every binding with its snapshot, oldest first."""
        rows = self._session.scalars(select(BindingRow).order_by(BindingRow.id))
        return [binding_from_row(r) for r in rows]

    def get(self, binding_id: int) -> tuple[Binding, BindingSnapshot | None] | None:
        row = self._session.get(BindingRow, binding_id)
        return None if row is None else binding_from_row(row)

    def add(self, binding: Binding, snapshot: BindingSnapshot | None) -> Binding:
        """Insert *binding* (its ``id`` is ignored); returns it with the new id."""
        row = BindingRow()
        _copy(binding, snapshot, row)
        self._session.add(row)
        self._session.flush()
        return binding_from_row(row)[0]

    def update(self, binding: Binding, snapshot: BindingSnapshot | None) -> Binding:
        row = get_row(self._session, BindingRow, binding.id, "binding")
        _copy(binding, snapshot, row)
        row.updated_at = utcnow()
        self._session.flush()
        return binding_from_row(row)[0]

    def delete(self, binding_id: int) -> bool:
        return delete_row(self._session, BindingRow, binding_id)
