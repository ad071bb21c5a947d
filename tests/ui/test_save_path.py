"""Where to save: the file gets its suffix whatever the person typed."""

from __future__ import annotations

from pathlib import Path

import pytest

from yibao.ui.dialogs import files
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
    monkeypatch.setattr(files, "run_file_dialog", lambda dialog: typed)
    got = ask_save_path(None, "保存", Path("/tmp"), "*", ".yibao-backup")
    assert got == (Path(saved) if saved else None)


def test_the_file_dialog_writes_dates_like_the_rest_of_the_app(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import re

    from PySide6.QtWidgets import QFileDialog, QTreeView

    (tmp_path / "备份.yibao-backup").write_bytes(b"x")
    dialog = files.file_dialog(None, "保存", tmp_path / "x.yibao-backup", "*", save=True)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    dialog.show()
    view = dialog.findChild(QTreeView, "treeView")
    assert view is not None
    model = view.model()
    qtbot.waitUntil(lambda: model.rowCount(view.rootIndex()) > 0)
    shown = model.index(0, 3, view.rootIndex()).data()
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", str(shown)), shown
    dialog.reject()
