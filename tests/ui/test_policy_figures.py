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


def test_who_pays_names_each_givers_threshold_rule(qtbot: QtBot) -> None:
    """山西 (province-14 family.min_retained_balance): ¥1,000 stays in the account; the note
    names that region and amount from the book with its source, not "山西等地"."""
    from decimal import Decimal

    from yibao.domain.family import PayerBalance, PayerRole
    from yibao.services.bindings import WhoPaysSetup
    from yibao.services.policy import policy_book
    from yibao.ui.dialogs.binding_dialogs import WhoPaysDialog
    from yibao.ui.widgets.findings import basis_text

    book = policy_book()
    day = date(2026, 3, 1)
    rule = book.require("family.min_retained_balance", "140100", day)
    mother = _relative("140100")
    setup = WhoPaysSetup(
        mother,
        True,
        (PayerBalance("张伟", PayerRole.GIVER, Decimal(0), Decimal(1000), 1),),
        book.resolve("family.payment_order", "140100", day),
        ((1, rule),),
    )
    dialog = WhoPaysDialog(setup)
    qtbot.addWidget(dialog)
    dialog.bill.setText("900")
    dialog.own.setText("0")
    dialog.giver_fields[0][1].setText("1500")
    assert dialog.calculate() is not None
    text = dialog.result_view.toPlainText()
    assert "山西省规定：个人账户要留 ¥1,000.00，超过的部分才可以共济。" in text
    from yibao.domain.kernel import Basis

    assert basis_text(Basis.from_resolved(rule)) in text
    assert "山西等地" not in text
    # without the rule at hand (an older setup): said without naming a region
    bare = WhoPaysSetup(mother, True, setup.givers, setup.order)
    dialog = WhoPaysDialog(bare)
    qtbot.addWidget(dialog)
    dialog.bill.setText("900")
    dialog.own.setText("0")
    dialog.giver_fields[0][1].setText("1500")
    assert dialog.calculate() is not None
    assert "共济人参保地规定个人账户要留一定金额" in dialog.result_view.toPlainText()
