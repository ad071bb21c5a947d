"""Figures the book holds come from the book (with their basis), not from typed UI text."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from pytestqt.qtbot import QtBot

from tests.ui.uihelpers import make_profile, seed, shot, wait_idle
from yibao.domain.people import Gender, Member, Relation, Scheme
from yibao.paths import AppPaths
from yibao.ui.main_window import MainWindow


def test_the_flexible_base_range_comes_from_the_book(qtbot: QtBot, window: MainWindow) -> None:
    """national.toml flexible.base.ratio_range: 0.60–3.00 of the average wage (60%～300%);
    长沙 has no range of its own, so the national one stands in and the tag says so."""
    from yibao.ui.dialogs.flexible_dialog import FlexibleDialog

    calc = FlexibleDialog(window.ctx, "430100")
    qtbot.addWidget(calc)
    # nothing typed: before a calculation no figure is shown
    assert not any("60%" in w.text() for w in calc.findChildren(type(calc.note)))
    calc.base.setText("7000")
    calc.rate.setText("8")
    calc.on_date.setText("2025-06-01")
    calc.calculate()
    wait_idle(qtbot, window)
    note = calc.note.text()
    assert "缴费基数一般可在当地上年度平均工资的 60%～300% 之间选择〔" in note
    assert "当地未收录，用全国的数〕。" in note


def test_the_deemed_years_cutoff_is_the_regions_own(
    qtbot: QtBot, open_window: Callable[..., MainWindow], tmp_paths: AppPaths
) -> None:
    """泸州 (city-510500 retirement.deemed_cutoff): work before 1996-12-31 counts as 视同缴费;
    长沙 has no cutoff in the book, so no date is said."""
    from yibao.services import household
    from yibao.ui.dialogs.account_dialog import AccountDialog

    tmp_paths.ensure()
    seed(tmp_paths, make_profile(region_code="510500"), [_relative("430100")])
    window = open_window()
    db = window.ctx.db
    assert db is not None
    me, mother = household.list_members(db)
    texts = []
    for member in (me, mother):
        dialog = AccountDialog(window.ctx, member)
        qtbot.addWidget(dialog)
        wait_idle(qtbot, window)
        texts.append(dialog.hint.text())
    assert texts[0].startswith("视同缴费年限：1996-12-31 以前参加工作的年限〔")
    assert "〕（以档案或社保部门认定为准）。期初余额：" in texts[0]
    assert texts[1].startswith("视同缴费年限：个人缴费制度实行以前参加工作、按规定视同缴费的年限")
    assert "1996" not in texts[1]


def _relative(region: str) -> Member:
    return make_profile(
        name="李秀英",
        relation=Relation.PARENT,
        gender=Gender.FEMALE,
        birth_date=date(1960, 2, 1),
        scheme=Scheme.EMPLOYEE_RETIRED,
        region_code=region,
    )


def test_a_collection_deadline_says_where_its_date_comes_from(
    qtbot: QtBot, open_window: Callable[..., MainWindow], tmp_paths: AppPaths
) -> None:
    """The overview's deadline for a resident relative's 集中征缴期 carries its 依据 line (the
    region's published period or the usual months), as the renderer writes it."""
    from PySide6.QtWidgets import QFrame, QLabel

    from yibao.domain.reminders.deadlines import collection_reminders
    from yibao.prefs import Preferences
    from yibao.services.policy import policy_book
    from yibao.ui.widgets.findings import basis_text

    mother = Member(
        "李秀英", Relation.PARENT, Gender.FEMALE, date(1950, 3, 1), Scheme.RESIDENT, "510500"
    )
    tmp_paths.ensure()
    seed(tmp_paths, make_profile(), [mother])
    window = open_window(Preferences(overview_days=366))
    window.show_page("overview")
    wait_idle(qtbot, window)
    page = window.page("overview")
    rows = [
        f
        for f in page.findChildren(QFrame)
        if f.objectName().startswith("deadline_row_")
        and "李秀英的" in f.findChild(QLabel, "deadline_head").text()
    ]
    assert len(rows) == 1
    db = window.ctx.db
    assert db is not None
    from yibao.services import household

    stored = next(m for m in household.list_members(db) if m.name == "李秀英")
    (expected,) = collection_reminders([stored], policy_book(), date.today())
    assert expected.basis is not None
    line = rows[0].findChild(QLabel, "deadline_basis")
    assert line is not None and line.text() == basis_text(expected.basis, date.today())
    shot(rows[0], "deadline-with-basis")
    # 泸州 publishes no dates in the book: the national usual months (domain-notes-unconfirmed)
    assert line.text() == (
        "依据：全国 · 《常见的说法，没有找到原始文件（未经证实）》 · 未经证实。"
        "以当地医保部门公布为准。"
    )
