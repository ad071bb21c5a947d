"""Asking which file to open or where to save: one place for every export and import.

On Linux without a desktop portal Qt shows its own file dialog; its "修改日期" column follows
the system locale (``1 12 2026`` under ``C.UTF-8``), so a proxy writes dates the way the rest
of the app does (``2026-12-01 09:30``). Native dialogs (Windows, macOS) ignore the proxy.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QIdentityProxyModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QWidget

#: the file system model's column of modification times
_DATE_COLUMN = 3


class _ReadableDates(QIdentityProxyModel):
    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and index.column() == _DATE_COLUMN:
            source = self.sourceModel()
            if isinstance(source, QFileSystemModel):
                when = source.lastModified(self.mapToSource(index))
                if when.isValid():
                    return when.toString("yyyy-MM-dd HH:mm")
        return super().data(index, role)


def file_dialog(
    parent: QWidget | None, title: str, start: Path, pattern: str, *, save: bool
) -> QFileDialog:
    dialog = QFileDialog(parent, title, str(start), pattern)
    dialog.setObjectName("fileDialog")
    dialog.setAcceptMode(
        QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen
    )
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
    if save and start.name:
        dialog.selectFile(start.name)
    dialog.setProxyModel(_ReadableDates(dialog))
    return dialog


def run_file_dialog(dialog: QFileDialog) -> str:
    """The chosen path, or ``""`` when cancelled (tests replace this)."""
    if dialog.exec() != QFileDialog.DialogCode.Accepted:
        return ""
    files = dialog.selectedFiles()
    return files[0] if files else ""


def ask_save_path(
    parent: QWidget | None, title: str, suggested: Path, pattern: str, suffix: str
) -> Path | None:
    """The chosen path (``suffix`` added when the name has another or none), or ``None``."""
    chosen = run_file_dialog(file_dialog(parent, title, suggested, pattern, save=True))
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.name.lower().endswith(suffix.lower()) else path.with_suffix(suffix)


def ask_open_path(parent: QWidget | None, title: str, start: Path, pattern: str) -> Path | None:
    """An existing file to read, or ``None``."""
    chosen = run_file_dialog(file_dialog(parent, title, start, pattern, save=False))
    return Path(chosen) if chosen else None
