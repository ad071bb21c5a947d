"""家庭共济 bindings: rows of ``bindings`` in, :class:`~yibao.domain.bindings.Binding` out.

Each binding also keeps a :class:`~yibao.domain.family.BindingSnapshot` (both sides' scheme
and 统筹区 when it was last checked), so a later change can dissolve it automatically. Schema
0002 has no column for it, so it rides at the end of the ``notes`` column after an ASCII
record separator (``\\x1e``) as a small JSON object; the user's own notes never contain
control characters (the service refuses them), and :func:`split_notes` / :func:`join_notes`
are the only readers and writers. A future migration may move it to its own column.
"""

from __future__ import annotations

import json
import logging

from sqlalchemy import select
from sqlalchemy.orm import Session

from yibao.domain.bindings import Binding, BindingStatus
from yibao.domain.family import BindingSnapshot
from yibao.domain.people import Scheme
from yibao.storage.columns import utcnow
from yibao.storage.models import BindingRow

log = logging.getLogger(__name__)

SEPARATOR = "\x1e"
_TAG = "snapshot:1 "


class BindingNotFound(LookupError):
    pass


def join_notes(notes: str, snapshot: BindingSnapshot | None) -> str:
    if snapshot is None:
        return notes
    data = {
        "gs": snapshot.giver_scheme.value,
        "gr": snapshot.giver_region,
        "ge": snapshot.giver_enrolled,
        "rs": snapshot.relative_scheme.value,
        "rr": snapshot.relative_region,
        "re": snapshot.relative_enrolled,
    }
    return f"{notes}{SEPARATOR}{_TAG}{json.dumps(data, separators=(',', ':'))}"


def split_notes(stored: str) -> tuple[str, BindingSnapshot | None]:
    """The user's notes and the snapshot (``None`` if absent or unreadable)."""
    notes, sep, tail = stored.partition(SEPARATOR)
    if not sep or not tail.startswith(_TAG):
        return notes, None
    try:
        data = json.loads(tail[len(_TAG) :])
        snapshot = BindingSnapshot(
            giver_scheme=Scheme(data["gs"]),
            giver_region=data["gr"],
            relative_scheme=Scheme(data["rs"]),
            relative_region=data["rr"],
            giver_enrolled=bool(data["ge"]),
            relative_enrolled=bool(data["re"]),
        )
    except (ValueError, KeyError, TypeError):
        log.warning("binding snapshot unreadable; a new one will be taken")
        return notes, None
    return notes, snapshot


def binding_from_row(row: BindingRow) -> tuple[Binding, BindingSnapshot | None]:
    notes, snapshot = split_notes(row.notes)
    binding = Binding(
        giver_id=row.giver_id,
        relative_id=row.relative_id,
        status=BindingStatus(row.status),
        start_date=row.start_date,
        end_date=row.end_date,
        ended_reason=row.ended_reason,
        notes=notes,
        id=row.id,
    )
    return binding, snapshot


def _copy(binding: Binding, snapshot: BindingSnapshot | None, row: BindingRow) -> None:
    row.giver_id = binding.giver_id
    row.relative_id = binding.relative_id
    row.status = binding.status
    row.start_date = binding.start_date
    row.end_date = binding.end_date
    row.ended_reason = binding.ended_reason
    row.notes = join_notes(binding.notes, snapshot)


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
        row = None if binding.id is None else self._session.get(BindingRow, binding.id)
        if row is None:
            raise BindingNotFound(f"binding {binding.id} not found")
        _copy(binding, snapshot, row)
        row.updated_at = utcnow()
        self._session.flush()
        return binding_from_row(row)[0]

    def delete(self, binding_id: int) -> bool:
        row = self._session.get(BindingRow, binding_id)
        if row is None:
            return False
        self._session.delete(row)
        self._session.flush()
        return True
