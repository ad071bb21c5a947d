"""我的事项: list by urgency, tick items and deadlines, notes, status, delete (asks first),
PDF export, empty state, the overview's 近期期限, and a restart that finds everything."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QLineEdit, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from tests.ui.uihelpers import make_profile, seed, shot, wait_idle
from yibao.domain.cases import Case, CaseItem, CaseKind, Deadline
from yibao.paths import AppPaths
from yibao.services import cases as case_service
from yibao.services.database import open_database
from yibao.ui.dialogs import confirm as confirm_mod
from yibao.ui.export import case_pdf
from yibao.ui.main_window import MainWindow
from yibao.ui.pages.cases import CasesPage

TODAY = date.today()


def _case(title: str, due_in: int | None, member_id: int | None = 1) -> Case:
    return Case(
        kind=CaseKind.OFFSITE_FILING,
        title=title,
        member_id=member_id,
        result={"summary": "备案类型：异地长期居住", "summary_lines": ("有效期：长期",)},
        items=(
            CaseItem(
                "t.steps.app", "steps", "打开国家医保服务平台 APP，首页 → 异地备案", why="线上办理"
            ),
            CaseItem("t.mat.id", "materials", "身份证", why="核对身份", source_id="seed-000"),
            CaseItem("t.mat.opt", "materials", "居住证", required=False),
        ),
        deadlines=()
        if due_in is None
        else (Deadline("手工报销截止", TODAY + timedelta(days=due_in)),),
    )


def _seed_cases(paths: AppPaths, *found: Case) -> None:
    opened = open_database(paths)
    try:
        for c in found:
            case_service.save_case(opened.db, c)
    finally:
        opened.db.close()


def _page(qtbot: QtBot, window: MainWindow) -> CasesPage:
    window.show_page("cases")
    wait_idle(qtbot, window)
    page = window.page("cases")
    assert isinstance(page, CasesPage)
    return page


@pytest.fixture
def seeded(open_window: Callable[..., MainWindow], tmp_paths: AppPaths) -> MainWindow:
    tmp_paths.ensure()
    seed(tmp_paths, make_profile())
    _seed_cases(
        tmp_paths,
        _case("没有期限的事项", None),
        _case("已过期的事项", -3),
        _case("下周到期的事项", 7),
    )
    return open_window()


def test_empty_state_explains_and_links_to_wizards(qtbot: QtBot, window: MainWindow) -> None:
    page = _page(qtbot, window)
    assert page.empty.isVisible()
    assert not page.splitter.isVisible()
    shot(window, "cases-empty")


def test_list_sorted_by_urgency_and_model_is_sound(
    qtbot: QtBot, seeded: MainWindow, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, seeded)
    titles = [c.title for c in page.model.rows()]
    assert titles == ["已过期的事项", "下周到期的事项", "没有期限的事项"]
    qtmodeltester.check(page.model)
    assert page.model.index(0, 1).data() == "张伟"
    assert page.model.index(0, 3).data() == "0/2"
    assert "已过期 3 天" in page.model.index(0, 4).data()
    assert "还有 7 天" in page.model.index(1, 4).data()
    assert page.model.index(2, 4).data() == "无"
    assert page.model.highlight is not None and page.model.highlight(page.model.rows()[0])
    shot(seeded, "cases-list")


def test_tick_note_deadline_status_and_restart(
    qtbot: QtBot, seeded: MainWindow, open_window: Callable[..., MainWindow]
) -> None:
    page = _page(qtbot, seeded)
    assert page._current is not None and page._current.title == "已过期的事项"
    box = page.detail.findChild(QCheckBox, "item_t.mat.id")
    assert box is not None
    box.setChecked(True)
    wait_idle(qtbot, seeded)
    assert page.model.index(0, 3).data() == "1/2"
    assert "1 / 2" in page.progress_label.text()
    note = page.detail.findChild(QLineEdit, "note_t.mat.id")
    assert note is not None
    note.setText("带原件和复印件")
    note.editingFinished.emit()
    wait_idle(qtbot, seeded)
    (deadline_box,) = [
        b for b in page.detail.findChildren(QCheckBox) if b.objectName().startswith("deadline_")
    ]
    assert "已过期" in deadline_box.accessibleName()
    deadline_box.setChecked(True)
    wait_idle(qtbot, seeded)
    page.notes_edit.setPlainText("窗口电话 0830-1234567")
    page.save_notes()
    wait_idle(qtbot, seeded)
    shot(seeded, "cases-detail")
    page.status_combo.setCurrentIndex(page.status_combo.findData("done"))
    wait_idle(qtbot, seeded)
    # done cases go last
    assert [c.title for c in page.model.rows()][-1] == "已过期的事项"

    seeded.shutdown()
    again = open_window()
    page2 = _page(qtbot, again)
    stored = next(c for c in page2.model.rows() if c.title == "已过期的事项")
    assert stored.status.value == "done"
    item = next(i for i in stored.items if i.key == "t.mat.id")
    assert item.done and item.note == "带原件和复印件"
    assert stored.deadlines[0].done
    assert stored.notes == "窗口电话 0830-1234567"


def test_delete_asks_first(
    qtbot: QtBot, seeded: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, seeded)
    answers = iter([False, True])
    monkeypatch.setattr(confirm_mod, "confirm", lambda *a, **k: next(answers))
    page.delete_case()
    wait_idle(qtbot, seeded)
    assert page.model.rowCount() == 3
    page.delete_case()
    wait_idle(qtbot, seeded)
    assert [c.title for c in page.model.rows()] == ["下周到期的事项", "没有期限的事项"]


def test_export_pdf(
    qtbot: QtBot, seeded: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, seeded)
    target = tmp_path / "out" / "事项.pdf"
    monkeypatch.setattr(case_pdf, "ask_pdf_path", lambda parent, suggested: target)
    button = page.detail.findChild(QPushButton, "export_pdf")
    assert button is not None
    button.click()
    wait_idle(qtbot, seeded)
    qtbot.waitUntil(lambda: page.last_export == target)
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(data) > 10_000  # embedded CJK font subset and text
    assert "已导出" in page.status_line.text()
    if os.name == "posix":  # it holds ID numbers: the user's alone
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_export_pdf_over_an_open_file_makes_it_private(
    qtbot: QtBot, seeded: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, seeded)
    target = tmp_path / "exports" / "旧的.pdf"
    target.parent.mkdir()
    target.write_bytes(b"old export")
    target.chmod(0o644)
    monkeypatch.setattr(case_pdf, "ask_pdf_path", lambda parent, suggested: target)
    page.export_pdf()
    wait_idle(qtbot, seeded)
    qtbot.waitUntil(lambda: page.last_export == target)
    assert target.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in target.parent.iterdir()] == ["旧的.pdf"]  # no temporary left


def test_print_uses_dialog_answer(
    qtbot: QtBot, seeded: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, seeded)
    asked: list[object] = []
    monkeypatch.setattr(case_pdf, "ask_printer", lambda parent: asked.append(parent))
    page.print_case()
    wait_idle(qtbot, seeded)
    assert asked == [page]  # cancelled: nothing printed, no error


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS prints through its platform plugin")
def test_print_without_a_printing_backend_offers_the_pdf(
    qtbot: QtBot, seeded: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, seeded)
    monkeypatch.setattr(case_pdf, "print_support_plugins", lambda: [])
    asked: list[object] = []
    monkeypatch.setattr(case_pdf, "ask_printer", lambda parent: asked.append(parent))
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda parent, title, text: shown.append(text))
    )
    page.print_case()
    assert asked == []
    assert len(shown) == 1 and "导出 PDF" in shown[0]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the CUPS plugin")
def test_print_support_plugin_is_found() -> None:
    assert case_pdf.print_support_plugins() == ["libcupsprintersupport.so"]
    assert case_pdf.printing_available()


def test_overview_shows_deadlines_with_what_to_do_and_opens_the_case(
    qtbot: QtBot, seeded: MainWindow
) -> None:
    seeded.show_page("overview")
    wait_idle(qtbot, seeded)
    page = seeded.page("overview")
    rows = [f for f in page.findChildren(QFrame) if f.objectName().startswith("deadline_row_")]
    heads = [r.findChild(QLabel, "deadline_head").text() for r in rows]
    assert len(heads) == 2
    assert "已过期 3 天" in heads[0] and "已过期的事项" in heads[0]
    assert "下周到期的事项" in heads[1] and "还有 7 天" in heads[1]
    action = rows[1].findChild(QLabel, "deadline_action").text()
    assert "勾选这个期限" in action
    shot(seeded, "overview-deadlines")
    link = rows[1].findChild(QPushButton)
    assert link is not None and link.text() == "打开事项"
    link.click()
    wait_idle(qtbot, seeded)
    cases_page = seeded.current_page()
    assert isinstance(cases_page, CasesPage)
    assert cases_page._current is not None and cases_page._current.title == "下周到期的事项"


def test_long_titles_and_deadlines_are_shown_whole_at_the_default_width(
    qtbot: QtBot, open_window: Callable[..., MainWindow], tmp_paths: AppPaths
) -> None:
    tmp_paths.ensure()
    seed(tmp_paths, make_profile())
    long_title = "张伟 异地安置退休备案（泸州市→杭州市）以及回来以后的手工报销"
    _seed_cases(tmp_paths, _case(long_title, 150))
    window = open_window()
    page = _page(qtbot, window)
    table = page.table
    metrics = table.fontMetrics()
    header = table.horizontalHeader()
    # the deadline column is as wide as its text
    deadline = str(page.model.index(0, 4).data())
    assert header.sectionSize(4) >= metrics.horizontalAdvance(deadline)
    # the title wraps within its column: the row is tall enough for all its lines
    width = header.sectionSize(0) - 8
    lines = -(-metrics.horizontalAdvance(long_title) // max(width, 1))
    assert lines >= 2
    assert table.rowHeight(0) >= lines * metrics.lineSpacing()
