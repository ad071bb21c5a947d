"""Figures the book holds come from the book (with their basis), not from typed UI text."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from pytestqt.qtbot import QtBot

from tests.ui.uihelpers import make_profile, seed, wait_idle
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
