"""The import dialog after hostile files and failures: it always leaves "正在检查…", shows
the importer's message, and stays usable; delimiter choice, template, warnings (pytest-qt)."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.domain import xlsx_parts as xp
from tests.ui.uihelpers import shot, wait_idle
from yibao.ui.dialogs.import_dialog import ImportDialog
from yibao.ui.dialogs.record_dialog import RecordDialog
from yibao.ui.errors import ErrorReporter
from yibao.ui.main_window import MainWindow
from yibao.ui.pages.history import HistoryPage

GOOD = "缴费年月,个人缴费,单位缴费\n2024-01,120,480\n2024-02,120,480\n"


def _dialog(qtbot: QtBot, window: MainWindow) -> ImportDialog:
    window.show_page("history")
    wait_idle(qtbot, window)
    page = window.pages["history"]
    assert isinstance(page, HistoryPage)
    dialog = ImportDialog(window.ctx, page.members, None, page)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _load(qtbot: QtBot, window: MainWindow, dialog: ImportDialog, path: Path) -> None:
    dialog.load_file(path)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: not dialog.busy)


def _usable_again(qtbot: QtBot, window: MainWindow, dialog: ImportDialog, tmp_path: Path) -> None:
    good = tmp_path / "good.csv"
    good.write_text(GOOD, "utf-8")
    _load(qtbot, window, dialog, good)
    assert dialog.preview is not None and dialog.preview.new == 2
    assert dialog.import_button.isEnabled()


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        (
            "long.csv",
            ("缴费年月,个人缴费\n2024-01,1\n2024-02," + "9" * 140_000).encode(),
            "第 3 行",
        ),
        (
            "nan.xlsx",
            xp.build(
                xp.sheet_xml(
                    xp.row(1, xp.text("A1", "缴费年月"), xp.text("B1", "个人缴费"))
                    + xp.row(2, xp.text("A2", "2024-01"), xp.num("B2", "NaN"))
                )
            ),
            "第 2 行",
        ),
        ("empty.csv", b"", "文件是空的"),
        ("broken.xlsx", b"PK\x03\x04 not really a zip", "Excel"),
    ],
)
def test_hostile_file_shows_the_importers_message_and_the_dialog_stays_usable(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, name: str, content: bytes, expected: str
) -> None:
    dialog = _dialog(qtbot, window)
    path = tmp_path / name
    path.write_bytes(content)
    _load(qtbot, window, dialog, path)
    text = dialog.summary.text()
    assert expected in text and "正在" not in text, text
    assert not dialog.import_button.isEnabled()
    assert dialog.choose_button.isEnabled() and dialog.mapping.isEnabled()
    shot(dialog, f"import-hostile-{name}")
    _usable_again(qtbot, window, dialog, tmp_path)


def test_unexpected_failure_while_checking_leaves_checking(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    reporter: ErrorReporter,
) -> None:
    from yibao.services import history

    dialog = _dialog(qtbot, window)
    path = tmp_path / "a.csv"
    path.write_text(GOOD, "utf-8")

    def boom(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(history, "preview_import", boom)
    _load(qtbot, window, dialog, path)
    text = dialog.summary.text()
    assert "正在检查" not in text and "没能完成" in text
    assert dialog.recheck_button.isEnabled() and not dialog.import_button.isEnabled()
    assert len(reporter.errors) == 1  # reported the usual way (the log), once
    reporter.errors.clear()
    monkeypatch.undo()
    dialog.check()
    wait_idle(qtbot, window)
    assert dialog.preview is not None and dialog.import_button.isEnabled()


def test_delimiter_choice_rereads_the_file(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, window)
    path = tmp_path / "semi.csv"
    path.write_text("缴费年月;个人缴费;备注\n2024-01;120;a,b\n", "utf-8")
    _load(qtbot, window, dialog, path)
    assert dialog.table is not None and dialog.table.delimiter == ";"
    assert "分号" in dialog.encoding_note.text()
    assert dialog.preview is not None and dialog.preview.new == 1
    dialog.delimiter.setCurrentIndex(dialog.delimiter.findData(","))
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.table is not None and dialog.table.delimiter == ","
    assert dialog.preview is not None and dialog.preview.file_errors
    assert not dialog.import_button.isEnabled()


def test_save_template_then_import_it(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, window)
    target = tmp_path / "模板"
    dialog.save_template(target)
    wait_idle(qtbot, window)
    saved = tmp_path / "模板.csv"
    assert saved.exists() and str(saved) in dialog.summary.text()
    if sys.platform != "win32":
        assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    _load(qtbot, window, dialog, saved)
    assert dialog.preview is not None
    assert dialog.preview.problems == [] and dialog.preview.new == 1
    assert dialog.import_button.isEnabled()


def test_implausible_row_is_warned_in_the_preview_but_can_be_imported(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, window)
    path = tmp_path / "odd.csv"
    path.write_text(
        "缴费年月,缴费基数,个人缴费,单位缴费,划入个人账户\n"
        "2024-01,7,0,480,560\n2024-02,6000,120,480,150\n",
        "utf-8",
    )
    _load(qtbot, window, dialog, path)
    assert dialog.problems.rowCount() == 2
    assert {dialog.problems.item(i, 0).text() for i in range(2)} == {"第 2 行"}
    assert "仍可导入" in dialog.problems.item(0, 2).text()
    assert "1 行的数字看起来不对劲" in dialog.summary.text()
    row = dialog._lines.index(2)
    credited = dialog.data.item(row, 4)
    assert credited is not None and "划入个人账户" in credited.toolTip()
    shot(dialog, "import-warning")
    assert dialog.import_button.isEnabled()
    dialog.commit()
    qtbot.waitUntil(lambda: dialog.result_ is not None)
    assert dialog.result_ is not None and dialog.result_.inserted == 2


def test_record_dialog_month_in_odd_digits_is_a_field_error(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.show_page("history")
    wait_idle(qtbot, window)
    page = window.pages["history"]
    assert isinstance(page, HistoryPage)
    dialog = RecordDialog(window.ctx, page.members, None, None, page)
    qtbot.addWidget(dialog)
    dialog.month.setText("፩፪፫፬-፩፪")
    dialog.personal.setText("1" + "元" * 300_000)
    dialog.save()
    assert "不是有效的年月" in dialog.errors.text("month")
    assert dialog.errors.text("personal")
    assert dialog.result_ is None
