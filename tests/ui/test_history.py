"""缴费记录 page, import dialog and overview figures (pytest-qt)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.domain.history_helpers import record
from tests.ui.uihelpers import make_profile, seed, shot, wait_idle
from yibao.domain.contributions import MemberHistory, Month
from yibao.domain.people import Scheme
from yibao.paths import AppPaths
from yibao.ui.dialogs import confirm as confirm_mod
from yibao.ui.dialogs.import_dialog import ImportDialog
from yibao.ui.dialogs.record_dialog import RecordDialog
from yibao.ui.main_window import MainWindow
from yibao.ui.pages.history import HistoryPage
from yibao.ui.pages.overview import OverviewPage

GBK_CSV = (
    "缴费年月,险种,缴费基数,个人缴费,单位缴费,个账划入,缴费状态\r\n"
    "2024-01,职工基本医疗保险,6000,120,480,120,已缴\r\n"
    "2024-02,职工基本医疗保险,6000,120,480,120,已缴\r\n"
    "2024-1３,职工基本医疗保险,6000,120,480,120,已缴\r\n"
    "2024-04,职工基本医疗保险,6000,120.00,480,120,补缴\r\n"
).encode("gbk")


def _seed_records(paths: AppPaths, months: int = 30, credited: str | None = "120") -> None:
    from yibao.services import history, household
    from yibao.services.database import open_database

    opened = open_database(paths)
    try:
        me = household.get_profile(opened.db)
        assert me is not None and me.id is not None
        for i in range(months):
            month = str(Month(2023, 1).add(i))
            personal = "100" if i == 5 else "120"
            history.save_record(
                opened.db,
                record(month, member_id=me.id, personal=personal, credited=credited),
                today=date.today(),
            )
        history.set_member_history(
            opened.db, MemberHistory(me.id, 120, Decimal("800"), date(2023, 1, 1))
        )
    finally:
        opened.db.close()


@pytest.fixture
def history_window(open_window, tmp_paths: AppPaths) -> MainWindow:  # type: ignore[no-untyped-def]
    tmp_paths.ensure()
    seed(tmp_paths, make_profile())
    _seed_records(tmp_paths)
    return open_window()  # type: ignore[no-any-return]


def _page(qtbot: QtBot, window: MainWindow) -> HistoryPage:
    window.show_page("history")
    wait_idle(qtbot, window)
    page = window.pages["history"]
    assert isinstance(page, HistoryPage)
    qtbot.waitUntil(lambda: not page.model.busy)
    wait_idle(qtbot, window)
    return page


def test_page_lists_sorts_filters_and_totals(
    qtbot: QtBot,
    history_window: MainWindow,
    qtmodeltester,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, history_window)
    model = page.model
    assert model.rowCount() == 30
    assert model.index(0, 0).data() == str(Month(2023, 1).add(29))  # newest first
    assert "共 30 条" in page.totals_label.text() and "¥3,580.00" in page.totals_label.text()
    qtmodeltester.check(model)
    shot(history_window, "history-page")
    # sort by 个人缴费 ascending: the 100.00 month comes first
    page.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    wait_idle(qtbot, history_window)
    assert model.index(0, 4).data() == "100.00"
    # filter by year
    page.year_from.setValue(2024)
    page.year_to.setValue(2024)
    wait_idle(qtbot, history_window)
    assert model.rowCount() == 12
    assert {model.index(r, 0).data()[:4] for r in range(12)} == {"2024"}
    page.scheme_filter.setCurrentIndex(page.scheme_filter.findData(Scheme.RESIDENT.value))
    wait_idle(qtbot, history_window)
    assert model.rowCount() == 0 and "没有符合条件" in page.totals_label.text()
    qtmodeltester.check(model)


def test_add_with_field_errors_edit_delete_and_undo(
    qtbot: QtBot, history_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, history_window)
    dialog = RecordDialog(history_window.ctx, page.members, None, None, page)
    qtbot.addWidget(dialog)
    dialog.month.setText("2025-13")
    dialog.personal.setText("12a")
    dialog.save()
    assert "2025-13" in dialog.errors.text("month")
    assert dialog.errors.text("personal")
    shot(dialog, "history-record-dialog-errors")
    dialog.month.setText("2023-03")  # saved already: the service says so at the field
    dialog.personal.setText("130")
    dialog.save()
    wait_idle(qtbot, history_window)
    assert "已有" in dialog.errors.text("month")
    dialog.month.setText("2020-06")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.result_ is not None)
    assert dialog.result_ is not None
    page._saved(dialog.result_)
    wait_idle(qtbot, history_window)
    assert page.model.rowCount() == 31
    # edit it, then undo the edit
    row = page.model.row_of(dialog.result_.record.id or 0)
    assert row is not None
    page.table.selectRow(row)
    edit = RecordDialog(history_window.ctx, page.members, page.model.record_at(row), None, page)
    qtbot.addWidget(edit)
    assert edit.personal.text() == "130.00"
    edit.personal.setText("140")
    edit.save()
    qtbot.waitUntil(lambda: edit.result_ is not None)
    assert edit.result_ is not None
    page._saved(edit.result_)
    wait_idle(qtbot, history_window)
    assert page.undo_button.isEnabled()
    page.undo_last()
    wait_idle(qtbot, history_window)
    row = page.model.row_of(dialog.result_.record.id or 0)
    assert row is not None and page.model.index(row, 4).data() == "130.00"
    # delete asks first; "no" keeps the row
    asked: list[str] = []

    def answer(value: bool):  # type: ignore[no-untyped-def]
        def _confirm(parent, title, text, *, yes, no):  # type: ignore[no-untyped-def]
            asked.append(text)
            return value

        return _confirm

    page.table.selectRow(row)
    monkeypatch.setattr(confirm_mod, "confirm", answer(False))
    page.delete_selected()
    wait_idle(qtbot, history_window)
    assert page.model.rowCount() == 31 and asked
    monkeypatch.setattr(confirm_mod, "confirm", answer(True))
    page.table.selectRow(row)
    page.delete_selected()
    wait_idle(qtbot, history_window)
    assert page.model.rowCount() == 30
    assert "撤销" in page.status_label.text()
    page.undo_last()
    wait_idle(qtbot, history_window)
    assert page.model.rowCount() == 31


def test_import_gbk_preview_names_bad_row_fix_import_export_reimport(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = _page(qtbot, window)
    assert page.model.rowCount() == 0
    path = tmp_path / "缴费明细.csv"
    path.write_bytes(GBK_CSV)
    dialog = ImportDialog(window.ctx, page.members, None, page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load_file(path)
    wait_idle(qtbot, window)
    assert "GB18030" in dialog.encoding_note.text()
    assert dialog.problems.rowCount() == 1
    assert dialog.problems.item(0, 0).text() == "第 4 行"
    assert dialog.problems.item(0, 1).text() == "缴费年月"
    assert "2024-13" in dialog.problems.item(0, 2).text()
    assert not dialog.import_button.isEnabled()
    assert "有问题 1 行" in dialog.summary.text()
    shot(dialog, "history-import-preview")
    # fix the bad cell in the preview, check again, import
    dialog.edit_cell(4, 0, "2024-03")
    dialog.check()
    wait_idle(qtbot, window)
    assert dialog.problems.rowCount() == 0 and dialog.import_button.isEnabled()
    dialog.commit()
    qtbot.waitUntil(lambda: dialog.result_ is not None)
    assert dialog.result_ is not None and dialog.result_.inserted == 4
    page.imported(dialog.result_)
    wait_idle(qtbot, window)
    assert page.model.rowCount() == 4
    # export, then import the export: nothing changes
    out = tmp_path / "导出.xlsx"
    page.export_to(out)
    wait_idle(qtbot, window)
    assert out.exists() and "已导出 4 条" in page.status_label.text()
    again = ImportDialog(window.ctx, page.members, None, page)
    qtbot.addWidget(again)
    again.load_file(out)
    wait_idle(qtbot, window)
    assert again.preview is not None and again.preview.unchanged == 4 and again.preview.new == 0
    again.commit()
    qtbot.waitUntil(lambda: again.result_ is not None)
    assert again.result_ is not None
    assert (again.result_.inserted, again.result_.replaced, again.result_.unchanged) == (0, 0, 4)


def test_import_skip_bad_rows_and_unknown_column_mapping(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from yibao.domain.importers import Field

    page = _page(qtbot, window)
    path = tmp_path / "a.csv"
    path.write_text("月份X,个人缴费\n2024-01,120\n2024-02,-3\n", "utf-8")
    dialog = ImportDialog(window.ctx, page.members, None, page)
    qtbot.addWidget(dialog)
    dialog.load_file(path)
    wait_idle(qtbot, window)
    assert dialog.preview is not None and dialog.preview.file_errors
    assert "费款所属期" in dialog.summary.text()
    dialog.set_mapping(0, Field.MONTH)
    wait_idle(qtbot, window)
    assert dialog.problems.item(0, 0).text() == "第 3 行"
    assert not dialog.import_button.isEnabled()
    dialog.skip_bad.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.commit()
    qtbot.waitUntil(lambda: dialog.result_ is not None)
    assert dialog.result_ is not None and dialog.result_.inserted == 1


def test_overview_shows_figures_warnings_and_charts(
    qtbot: QtBot, history_window: MainWindow
) -> None:
    window = history_window
    window.show_page("overview")
    wait_idle(qtbot, window)
    page = window.pages["overview"]
    assert isinstance(page, OverviewPage)
    section = page.history_section
    qtbot.waitUntil(lambda: section.loaded)
    (a,) = section.analyses
    lines = section.figure_lines(a)
    text = "\n".join(lines)
    assert "职工医保实际缴费 2年6个月" in text and "视同缴费 10年" in text
    assert "泸州市要求累计 30年" in text and "实际缴费至少 10年" in text
    # what the rule rests on (city-510500 retirement.required_years: seed-000, 二手资料)
    assert "；按 2043-05-01 退休时的规定〔二手资料 · 泸州市〕）" in text
    assert "2% × 6,000.00 = 120.00" in text
    warnings = [w.message for w in a.warnings]
    assert any("还差" in w for w in warnings)
    assert section.warnings.findChildren(type(page.title_label))
    assert section.yearly_chart.built and section.balance_chart.built
    window.resize(1200, 1400)
    shot(window, "history-overview")
    shot(section, "history-overview-section")


def test_page_empty_database_explains(qtbot: QtBot, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window()
    wizard = getattr(window, "first_run_wizard", None)
    if wizard is not None:
        wizard.reject()
    page = _page(qtbot, window)
    assert page.model.rowCount() == 0
    assert not page.add_button.isEnabled() and not page.import_button.isEnabled()
    shot(window, "history-empty")


def test_record_dialog_proxy_payer(qtbot: QtBot, window: MainWindow) -> None:
    from yibao.domain.contributions import Payer

    page = _page(qtbot, window)
    dialog = RecordDialog(window.ctx, page.members, None, None, page)
    qtbot.addWidget(dialog)
    dialog.payer.setCurrentIndex(dialog.payer.findData(Payer.PROXY.value))
    dialog.month.setText("2024-01")
    dialog.personal.setText("400")
    dialog.save()
    wait_idle(qtbot, window)
    assert dialog.errors.text("payer_member_id")


def test_lazy_pages_fetch_off_the_gui_thread(
    qtbot: QtBot,
    open_window,
    tmp_paths: AppPaths,
    qtmodeltester,  # type: ignore[no-untyped-def]
) -> None:
    from yibao.ui.models.history_model import PAGE, PLACEHOLDER

    tmp_paths.ensure()
    seed(tmp_paths, make_profile())
    _seed_records(tmp_paths, months=3 * PAGE + 17, credited=None)
    window = open_window()
    page = _page(qtbot, window)
    model = page.model
    assert model.rowCount() == 3 * PAGE + 17
    last = model.rowCount() - 1
    assert model.index(last, 0).data() == PLACEHOLDER  # not fetched yet: no waiting
    wait_idle(qtbot, window)
    assert model.index(last, 0).data() == "2023-01"
    qtmodeltester.check(model)


def test_resident_break_warning_and_account_dialog(
    qtbot: QtBot,
    open_window,
    tmp_paths: AppPaths,  # type: ignore[no-untyped-def]
) -> None:
    from yibao.domain.people import Gender, Member, Relation
    from yibao.services import history, household
    from yibao.services.database import open_database
    from yibao.ui.dialogs.account_dialog import AccountDialog
    from yibao.ui.dialogs.flexible_dialog import FlexibleDialog

    tmp_paths.ensure()
    seed(tmp_paths, make_profile())
    opened = open_database(tmp_paths)
    try:
        kid = household.add_member(
            opened.db,
            Member(
                "张小明", Relation.CHILD, Gender.MALE, date(2015, 3, 1), Scheme.RESIDENT, "510500"
            ),
            today=date.today(),
        )
        assert kid.id is not None
        year = date.today().year
        for y in (year - 4, year - 3):
            history.save_record(
                opened.db,
                record(
                    f"{y}-01",
                    member_id=kid.id,
                    scheme=Scheme.RESIDENT,
                    base=None,
                    personal="400",
                    employer="0",
                    benefit_year=y,
                ),
                today=date.today(),
            )
    finally:
        opened.db.close()
    window = open_window()
    window.show_page("overview")
    wait_idle(qtbot, window)
    section = window.pages["overview"].history_section  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: section.loaded)
    kid_analysis = next(a for a in section.analyses if a.member.name == "张小明")
    messages = [w.message for w in kid_analysis.warnings]
    assert any("等待期" in m and "张小明" in m for m in messages), messages
    shot(window, "history-overview-resident-break")
    page = _page(qtbot, window)
    dialog = AccountDialog(window.ctx, page.members[0], page)
    qtbot.addWidget(dialog)
    wait_idle(qtbot, window)
    dialog.deemed_years.setValue(8)
    dialog.opening_balance.setText("abc")
    dialog.save()
    assert dialog.errors.text("opening_balance")
    dialog.opening_balance.setText("1,200.50")
    dialog.opening_date.setText("2024-01-01")
    dialog.move_date.setText("2024-02-01")
    dialog.move_amount.setText("4")
    dialog.add_movement()
    wait_idle(qtbot, window)
    assert dialog.movements.rowCount() == 1
    shot(dialog, "history-account-dialog")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved is not None)
    assert dialog.saved is not None and dialog.saved.deemed_months == 96
    calc = FlexibleDialog(window.ctx, "370100", page)
    qtbot.addWidget(calc)
    calc.on_date.setText("2023-06-01")
    calc.calculate()
    wait_idle(qtbot, window)
    assert calc.quotes_table.rowCount() >= 1
    assert calc.quotes_table.item(0, 2).text() == "¥381.78"
    assert "当地公布的基数" in calc.note.text()
    shot(calc, "history-flexible-calculator")


def test_flexible_calculator_without_a_local_rate_asks_for_one(
    qtbot: QtBot,
    history_window: MainWindow,
) -> None:
    """No national rate any more (the seeds' 10 % / 6 % are examples): a city without its own
    rate gets no figure, a clear note, and a field to type the local rate into."""
    from yibao.ui.dialogs.flexible_dialog import FlexibleDialog

    page = _page(qtbot, history_window)
    calc = FlexibleDialog(history_window.ctx, "430102", page)  # 长沙: nothing in the book
    qtbot.addWidget(calc)
    calc.base.setText("7000")
    calc.on_date.setText("2025-06-01")
    calc.calculate()
    wait_idle(qtbot, history_window)
    assert calc.answer is not None and calc.answer.book_rate_missing
    assert calc.quotes_table.rowCount() == 0
    assert "没有当地的缴费比例" in calc.note.text() and "缴费比例" in calc.note.text()
    calc.rate.setText("abc")
    calc.calculate()
    assert "不是有效的缴费比例" in calc.errors.text("rate")
    calc.rate.setText("8")
    calc.calculate()
    wait_idle(qtbot, history_window)
    assert calc.quotes_table.rowCount() == 1
    assert calc.quotes_table.item(0, 0).text() == "您填写的比例"
    assert calc.quotes_table.item(0, 2).text() == "¥560.00"
    assert calc.quotes_table.item(0, 3).text() == "¥6,720.00"
    assert "您填写的比例" in calc.note.text()
    shot(calc, "history-flexible-calculator-user-rate")
