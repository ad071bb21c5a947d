"""Sorting and text filtering over a :class:`RowTableModel`."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt

from yibao.ui.models.table import RowTableModel


def sorting_proxy(
    model: RowTableModel[object], parent: QObject | None = None
) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(RowTableModel.SORT_ROLE)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(-1)
    proxy.setSortLocaleAware(True)
    return proxy
