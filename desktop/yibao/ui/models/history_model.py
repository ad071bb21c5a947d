"""The contribution history as a windowed ``QAbstractTableModel``.

Sorting and filtering run in SQL on the op thread (``services.history.query_view``); the model
holds only the ids in display order and fetches rows page by page when the view asks for
them. Until a page arrives its cells show "…" (the window never waits for the database).
"""

from __future__ import annotations

from array import array
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from yibao.domain.contributions import ContributionRecord, HistoryQuery, Month, RecordStatus, Totals
from yibao.domain.money import format_yuan
from yibao.domain.people import Scheme
from yibao.ui.i18n import dtr

if TYPE_CHECKING:
    from yibao.services.database import Database
    from yibao.services.history import ViewResult
    from yibao.ui.context import AppContext

_Index = QModelIndex | QPersistentModelIndex
_t = QCoreApplication.translate

PAGE = 200
PLACEHOLDER = "…"


def _money(value: Decimal | None) -> str:
    return "" if value is None else format_yuan(value, symbol=False)


@dataclass(frozen=True)
class HistoryColumn:
    key: str  # sort key (storage.history_repo.SORT_COLUMNS)
    header: Callable[[], str]
    text: Callable[[ContributionRecord, dict[int, str]], str]
    right: bool = False


COLUMNS: tuple[HistoryColumn, ...] = (
    HistoryColumn("month", lambda: _t("HistoryModel", "费款所属期"), lambda r, n: str(r.month)),
    HistoryColumn(
        "member", lambda: _t("HistoryModel", "成员"), lambda r, n: n.get(r.member_id, "")
    ),
    HistoryColumn("scheme", lambda: _t("HistoryModel", "险种"), lambda r, n: dtr(r.scheme.label)),
    HistoryColumn(
        "base", lambda: _t("HistoryModel", "缴费基数"), lambda r, n: _money(r.base), True
    ),
    HistoryColumn(
        "personal", lambda: _t("HistoryModel", "个人缴费"), lambda r, n: _money(r.personal), True
    ),
    HistoryColumn(
        "employer", lambda: _t("HistoryModel", "单位缴费"), lambda r, n: _money(r.employer), True
    ),
    HistoryColumn(
        "credited",
        lambda: _t("HistoryModel", "划入个人账户"),
        lambda r, n: _money(r.credited),
        True,
    ),
    HistoryColumn(
        "payer",
        lambda: _t("HistoryModel", "缴费方"),
        lambda r, n: (
            _t("HistoryModel", "{name}代缴").format(name=n.get(r.payer_member_id, "?"))
            if r.payer_member_id is not None
            else dtr(r.payer.label)
        ),
    ),
    HistoryColumn(
        "status", lambda: _t("HistoryModel", "缴费状态"), lambda r, n: dtr(r.status.label)
    ),
    HistoryColumn(
        "benefit_year",
        lambda: _t("HistoryModel", "待遇年度"),
        lambda r, n: "" if r.benefit_year is None else str(r.benefit_year),
    ),
    HistoryColumn(
        "paid_on",
        lambda: _t("HistoryModel", "缴费日期"),
        lambda r, n: "" if r.paid_on is None else r.paid_on.isoformat(),
    ),
    HistoryColumn(
        "source",
        lambda: _t("HistoryModel", "来源"),
        lambda r, n: (
            _t("HistoryModel", "手工录入")
            if r.source == "manual"
            else r.source.removeprefix("file:")
        ),
    ),
    HistoryColumn("note", lambda: _t("HistoryModel", "备注"), lambda r, n: r.note),
)


class HistoryTableModel(QAbstractTableModel):
    """Rows are fetched lazily in pages of :data:`PAGE` on the op thread."""

    RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
    #: a reload finished: (totals)
    loaded = Signal(object)
    #: a reload started
    loading = Signal()

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filter = HistoryQuery()
        self.names: dict[int, str] = {}
        self._ids: array[int] = array("q")
        self._pages: dict[int, list[ContributionRecord]] = {}
        self._pending: set[int] = set()
        self._generation = 0
        self.totals: Totals | None = None
        self.busy = False

    # -- loading --------------------------------------------------------------------------
    def set_filter(self, new: HistoryQuery) -> None:
        self.filter = new
        self.reload()

    def reload(self) -> None:
        """Query ids, totals and the first page for the current filter (op thread)."""
        if not self.ctx.is_ready:
            return
        self._generation += 1
        generation = self._generation
        query = self.filter
        self.busy = True
        self.loading.emit()

        def work(db: Database) -> ViewResult:
            from yibao.services import history

            return history.query_view(db, query, first_page=PAGE * 2)

        self.ctx.call(work, lambda result: self._loaded(generation, result))

    def _loaded(self, generation: int, result: ViewResult) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._ids = result.ids
        self._pages = {}
        self._pending = set()
        first = result.first_rows
        for start in range(0, len(first), PAGE):
            self._pages[start // PAGE] = first[start : start + PAGE]
        self.endResetModel()
        self.totals = result.totals
        self.busy = False
        self.loaded.emit(result.totals)

    def _fetch(self, page: int) -> None:
        if page in self._pending or page in self._pages or not self.ctx.is_ready:
            return
        self._pending.add(page)
        generation = self._generation
        ids = self._ids[page * PAGE : (page + 1) * PAGE].tolist()

        def work(db: Database) -> list[ContributionRecord]:
            from yibao.services import history

            return history.fetch_rows(db, ids)

        self.ctx.call(work, lambda rows: self._page_arrived(generation, page, ids, rows))

    def _page_arrived(
        self, generation: int, page: int, ids: list[int], rows: list[ContributionRecord]
    ) -> None:
        if generation != self._generation:
            return
        self._pending.discard(page)
        by_id = {r.id: r for r in rows}
        # A row deleted meanwhile keeps a blank placeholder until the next reload.
        self._pages[page] = [by_id.get(i) or _gone(i) for i in ids]
        first = page * PAGE
        last = min(first + PAGE, len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    # -- access ---------------------------------------------------------------------------
    def record_at(self, row: int) -> ContributionRecord | None:
        """The record shown in *row*, or ``None`` while its page is being fetched."""
        if not (0 <= row < len(self._ids)):
            return None
        page = self._pages.get(row // PAGE)
        if page is None:
            self._fetch(row // PAGE)
            return None
        offset = row % PAGE
        return page[offset] if offset < len(page) else None

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: int) -> int | None:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return None

    def column_key(self, column: int) -> str:
        return COLUMNS[column].key

    # -- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        if not (0 <= index.column() < len(COLUMNS)):
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.BackgroundRole,
            self.RECORD_ROLE,
        ):
            return None
        record = self.record_at(index.row())
        if role == self.RECORD_ROLE:
            return record
        if record is None:
            return PLACEHOLDER if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.BackgroundRole:
            if record.status is RecordStatus.ARREARS:
                return QBrush(QColor("#fff4e0"))
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.key == "note" and record.note:
                return record.note
            if column.key == "source" and record.source != "manual":
                return record.source
            return None
        return column.text(record, self.names)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return COLUMNS[section].header()
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._ids):
            return str(section + 1)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(COLUMNS)):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        key = COLUMNS[column].key
        if (key, descending) == (self.filter.sort, self.filter.descending):
            return
        self.set_filter(replace(self.filter, sort=key, descending=descending))


def _gone(record_id: int) -> ContributionRecord:
    return ContributionRecord(
        member_id=-1,
        month=Month(1950, 1),
        scheme=Scheme.NONE,
        personal=Decimal(0),
        id=record_id,
        source="",
        note=_t("HistoryModel", "（已删除）"),
    )
