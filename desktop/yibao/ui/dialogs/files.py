"""Asking where to save a file: one dialog call for every export (PDF, calendar, backup)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def ask_save_path(
    parent: QWidget | None, title: str, suggested: Path, pattern: str, suffix: str
) -> Path | None:
    """The chosen path (``suffix`` added when the name has another or none), or ``None``."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), pattern)
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.name.lower().endswith(suffix.lower()) else path.with_suffix(suffix)
