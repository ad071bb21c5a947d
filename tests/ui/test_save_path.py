"""Where to save: the file gets its suffix whatever the person typed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from yibao.ui.dialogs.files import ask_save_path


@pytest.mark.parametrize(
    ("typed", "saved"),
    [
        ("/tmp/x/家里的备份", "/tmp/x/家里的备份.yibao-backup"),
        ("/tmp/x/a.yibao-backup", "/tmp/x/a.yibao-backup"),
        ("/tmp/x/A.YIBAO-BACKUP", "/tmp/x/A.YIBAO-BACKUP"),
        ("", None),
    ],
)
def test_suffix_is_added_and_cancel_is_none(
    qapp, monkeypatch: pytest.MonkeyPatch, typed: str, saved: str | None
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (typed, "")))
    got = ask_save_path(None, "保存", Path("/tmp"), "*", ".yibao-backup")
    assert got == (Path(saved) if saved else None)
