"""Tried as new users would (issue 14 items 3, 5, 6):

- a 北京 household's 代缴 prices each member by group
  (老年人 460 / 学生儿童 435 / 劳动年龄内居民 795);
- a 成都 user sees that the 2027 figure is only the national minimum of 2025, enters 成都's
  figure right at the field, sees it used at once and listed as 本地修改 on the policy page;
- the policy page finds "400" at any date and marks stale values 待核验.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.ui.uihelpers import make_profile, seed, shot, wait_idle
from yibao.domain.kernel import Basis
from yibao.domain.people import Gender, Member, Relation, Scheme
from yibao.domain.policy import Resolved
from yibao.paths import AppPaths
from yibao.prefs import Preferences
from yibao.ui.main_window import MainWindow
from yibao.ui.pages.policy import LOCAL_VALUES, PolicyPage
from yibao.ui.widgets.findings import stale_text
from yibao.ui.wizards.proxy_payment import PageId, ProxyPaymentWizard

CHENGDU = "510100"  # 成都市
BEIJING = "110000"  # 北京市


def _resident(name: str, relation: Relation, born: date, region: str, gender: Gender) -> Member:
    return Member(name, relation, gender, born, Scheme.RESIDENT, region)


def _open(qtbot: QtBot, window: MainWindow, today: date) -> ProxyPaymentWizard:
    wizard = window.open_wizard("proxy-payment")
    assert isinstance(wizard, ProxyPaymentWizard)
    wizard.set_today(today)
    wizard.resize(1024, 700)  # the size the screens are looked at
    qtbot.waitUntil(wizard.isVisible)
    wait_idle(qtbot, window)
    return wizard


def _next(qtbot: QtBot, window: MainWindow, wizard: ProxyPaymentWizard, expected: PageId) -> None:
    wait_idle(qtbot, window)
    wizard.next()
    wait_idle(qtbot, window)
    assert wizard.currentId() == expected


def _to_relatives(qtbot: QtBot, window: MainWindow, wizard: ProxyPaymentWizard) -> None:
    qtbot.keyClicks(wizard.giver_page.balance, "5000")
    wizard.giver_page.monthly_credit.setText("200")
    _next(qtbot, window, wizard, PageId.PLAN)
    qtbot.waitUntil(lambda: wizard.facts is not None)
    _next(qtbot, window, wizard, PageId.RELATIVES)
    wait_idle(qtbot, window)


def _policy_page(qtbot: QtBot, window: MainWindow) -> PolicyPage:
    window.resize(1024, 700)
    window.show_page("policy")
    wait_idle(qtbot, window)
    page = window.page("policy")
    assert isinstance(page, PolicyPage)
    return page


def _visible_rows(page: PolicyPage) -> list[Resolved]:
    rows = []
    for row in range(page.proxy.rowCount()):
        if not page.table.isRowHidden(row):
            source = page.proxy.mapToSource(page.proxy.index(row, 0))
            rows.append(page.model.row_at(source.row()))
    return rows


def test_beijing_household_is_priced_by_group(
    qtbot: QtBot, open_window: Callable[..., MainWindow], tmp_paths: AppPaths
) -> None:
    tmp_paths.ensure()
    seed(
        tmp_paths,
        make_profile(region_code=BEIJING),
        [
            _resident("父亲", Relation.PARENT, date(1954, 3, 2), BEIJING, Gender.MALE),
            _resident("女儿", Relation.CHILD, date(2015, 9, 1), BEIJING, Gender.FEMALE),
            _resident("妻子", Relation.SPOUSE, date(1990, 5, 20), BEIJING, Gender.FEMALE),
        ],
    )
    window = open_window()
    wizard = _open(qtbot, window, date(2025, 12, 1))
    _to_relatives(qtbot, window, wizard)
    page = wizard.relatives_page
    assert wizard.plan_page.benefit_year_value() == 2026
    assert sorted(d.name for d in wizard.drafts) == ["女儿", "妻子", "父亲"]
    qtbot.waitUntil(lambda: all(d.price is not None for d in wizard.drafts))
    # the book lists the groups but not who is in them: the user is asked, nothing is guessed
    page.list.setCurrentRow(0)
    assert page.rel_price_group.isVisibleTo(page)
    assert [page.rel_price_group.itemText(i) for i in range(page.rel_price_group.count())] == [
        "（请选择）",
        "老年人",
        "学生儿童",
        "劳动年龄内居民",
    ]
    assert "按人群定个人缴费标准" in page.contribution_basis.text()
    assert page.rel_contribution.text() == ""
    shot(wizard, "pricing-1-beijing-choose-group")
    groups = {"父亲": "老年人", "女儿": "学生儿童", "妻子": "劳动年龄内居民"}
    for index, draft in enumerate(wizard.drafts):
        page.list.setCurrentRow(index)
        combo = page.rel_price_group
        combo.setCurrentIndex(combo.findData(groups[draft.name]))
        combo.activated.emit(combo.currentIndex())
    amounts = {d.name: d.contribution_text for d in wizard.drafts}
    assert amounts == {"父亲": "460.00", "女儿": "435.00", "妻子": "795.00"}
    page.list.setCurrentRow([d.name for d in wizard.drafts].index("父亲"))
    text = page.contribution_basis.text()
    assert "北京市 2026 年度老年人个人缴费 ¥460.00" in text
    assert "二手资料" in text  # 北京's own figure, read on a page that reprints the report
    shot(wizard, "pricing-2-beijing-priced")
    _next(qtbot, window, wizard, PageId.RESULT)
    result = wizard.result_page.result
    assert result is not None
    by_name = {r.relative.name: r for r in result.rows}
    assert {n: r.amount for n, r in by_name.items()} == {
        "父亲": Decimal("460.00"),
        "女儿": Decimal("435.00"),
        "妻子": Decimal("795.00"),
    }
    assert by_name["父亲"].relative.price_group == "老年人"
    assert result.total_due == Decimal("1690.00")
    html = wizard.result_page.view.toPlainText()
    assert "个人缴费标准（学生儿童）：¥435.00" in html
    shot(wizard, "pricing-3-beijing-result")
    # the group is kept in the case inputs
    from yibao.domain.proxy_payment import plan_from_data, plan_to_data

    restored = plan_from_data(plan_to_data(result.plan))
    assert {r.name: r.price_group for r in restored.relatives} == groups


def test_chengdu_user_enters_the_local_figure_at_the_field(
    qtbot: QtBot, open_window: Callable[..., MainWindow], tmp_paths: AppPaths
) -> None:
    tmp_paths.ensure()
    seed(
        tmp_paths,
        make_profile(region_code=CHENGDU),
        [_resident("母亲", Relation.PARENT, date(1958, 4, 9), CHENGDU, Gender.FEMALE)],
    )
    window = open_window()
    wizard = _open(qtbot, window, date(2026, 12, 1))
    _to_relatives(qtbot, window, wizard)
    assert wizard.plan_page.benefit_year_value() == 2027
    page = wizard.relatives_page
    qtbot.waitUntil(lambda: wizard.drafts[0].contribution_text == "400.00")
    page.list.setCurrentRow(0)
    text = page.contribution_basis.text()
    # the book has 成都's 2026 figure but not yet 2027's: said at the figure
    assert "政策库还没有 2027 年度的标准" in text
    assert "先按 2026 年度的 ¥400.00" in text
    assert "〔二手资料〕" in text
    assert page.local_value.isVisibleTo(page) and page.local_value.isEnabled()
    assert not page.rel_price_group.isVisibleTo(page)  # 成都 has no by-group table
    shot(wizard, "pricing-4-chengdu-fallback")

    qtbot.mouseClick(page.local_value, Qt.MouseButton.LeftButton)
    dialog = wizard.local_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    # nothing typed: refused at the field
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.errors.text("value")
    qtbot.keyClicks(dialog.value, "4x0")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    wait_idle(qtbot, window)
    assert dialog.saved is None and dialog.errors.text("value")
    dialog.value.clear()
    qtbot.keyClicks(dialog.value, "430")
    dialog.note.setText("成都市医保局2027年度缴费通知")
    shot(dialog, "pricing-5-local-value-dialog")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: wizard.drafts[0].contribution_text == "430.00")
    assert dialog.saved is not None and not dialog.isVisible()
    priced = wizard.drafts[0].price
    assert priced is not None and priced.overridden and priced.figure_year == 2027
    text = page.contribution_basis.text()
    assert "成都市 2027 年度个人缴费 ¥430.00" in text and "本地修改" in text
    assert "待核验" not in text and not page.local_value.isVisibleTo(page)
    shot(wizard, "pricing-6-chengdu-local")
    _next(qtbot, window, wizard, PageId.RESULT)
    result = wizard.result_page.result
    assert result is not None and result.rows[0].amount == Decimal("430.00")
    assert "个人缴费标准：¥430.00" in wizard.result_page.view.toPlainText()
    assert "本地修改 · 成都市" in wizard.result_page.view.toPlainText()
    shot(wizard, "pricing-7-chengdu-result")
    wizard.edits.reset()  # closing without saving is the point here
    wizard.reject()
    wait_idle(qtbot, window)

    # listed on the policy page as 本地修改: in the list of local values and by search
    policy = _policy_page(qtbot, window)
    policy.category.setCurrentIndex(policy.category.findData(LOCAL_VALUES))
    wait_idle(qtbot, window)
    listed = _visible_rows(policy)
    assert [(r.region_name, r.effective_from, r.overridden) for r in listed] == [
        ("成都市", date(2027, 1, 1), True)
    ]
    assert listed[0].override is not None
    assert listed[0].override.note == "成都市医保局2027年度缴费通知"
    shot(window, "pricing-8-policy-local-values")
    policy.category.setCurrentIndex(0)
    wait_idle(qtbot, window)
    policy.search.setText("430")
    wait_idle(qtbot, window)
    found = _visible_rows(policy)
    assert [(r.info.key, r.overridden, r.effective_from) for r in found] == [
        ("resident.contribution.individual_min", True, date(2027, 1, 1))
    ]
    policy.table.selectRow(0)
    assert "本地修改" in policy.detail.toPlainText()


def test_policy_page_finds_400_at_any_date_and_marks_stale(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = _policy_page(qtbot, window)
    page.today = date(2026, 12, 1)
    page.at.setDate(page.at.date().fromString("2026-12-01", "yyyy-MM-dd"))
    wait_idle(qtbot, window)
    # on 2026-12-01 no individual contribution is in force for 泸州 …
    keys = {r.info.key for r in page.model.rows()}
    assert "resident.contribution.individual_min" not in keys
    page.search.setText("400")
    wait_idle(qtbot, window)
    assert page.mode == "search"
    found = [
        (r.region_key, r.effective_from)
        for r in _visible_rows(page)
        if r.info.key == "resident.contribution.individual_min"
    ]
    assert found == [
        ("province-51", date(2025, 1, 1)),
        ("national", date(2025, 1, 1)),
        ("national", date(2024, 1, 1)),
    ]
    # … and both are marked 待核验: earlier benefit years
    column = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(10)].index(
        "可信度"
    )
    for row in range(page.proxy.rowCount()):
        r = page.model.row_at(page.proxy.mapToSource(page.proxy.index(row, 0)).row())
        if r.info.key == "resident.contribution.individual_min":
            assert "待核验" in page.proxy.index(row, column).data()
            page.table.selectRow(row)
            assert "年度的还没有收录" in page.detail.toPlainText()
    shot(window, "pricing-9-policy-search-400")
    # by name too
    page.search.setText("个人缴费标准（最低）")
    wait_idle(qtbot, window)
    assert len(_visible_rows(page)) >= 4
    # a year later every source is over 12 months old
    page.search.clear()
    wait_idle(qtbot, window)
    page.today = date(2027, 12, 2)
    page.table.selectRow(0)
    assert "已超过12个月" in page.detail.toPlainText()


def test_reasons_renderer_says_stale(qtbot: QtBot, window: MainWindow) -> None:
    from yibao.services.policy import policy_book

    resolved = policy_book().require(
        "resident.contribution.individual_min", CHENGDU, date(2025, 1, 1)
    )
    basis = Basis.from_resolved(resolved)
    assert stale_text(basis.stale(date(2025, 10, 1))) == ""
    note = stale_text(basis.stale(date(2026, 12, 1)))
    assert note.startswith("待核验：") and "只到 2025 年度" in note


def test_big_text_mode_pages_render(
    qtbot: QtBot, open_window: Callable[..., MainWindow], tmp_paths: AppPaths
) -> None:
    """大字 mode: the relatives page with the fallback line and the button still fit."""
    tmp_paths.ensure()
    seed(
        tmp_paths,
        make_profile(region_code=CHENGDU),
        [_resident("母亲", Relation.PARENT, date(1958, 4, 9), CHENGDU, Gender.FEMALE)],
    )
    window = open_window(Preferences(font_size="large"))
    wizard = _open(qtbot, window, date(2026, 12, 1))
    _to_relatives(qtbot, window, wizard)
    qtbot.waitUntil(lambda: wizard.drafts[0].contribution_text == "400.00")
    page = wizard.relatives_page
    page.list.setCurrentRow(0)
    assert page.local_value.isVisibleTo(page)
    assert page.contribution_basis.wordWrap()
    shot(wizard, "pricing-10-chengdu-fallback-big")
    wizard.edits.reset()  # closing without saving is the point here
    wizard.reject()
    wait_idle(qtbot, window)
    policy = _policy_page(qtbot, window)
    policy.search.setText("400")
    wait_idle(qtbot, window)
    assert policy.mode == "search"
    shot(window, "pricing-11-policy-search-400-big")


def test_student_question_appears_where_the_region_has_a_student_row(
    qtbot: QtBot, open_window: Callable[..., MainWindow], tmp_paths: AppPaths
) -> None:
    """A region whose table (here the user's own) has a students-only row asks per relative."""
    from yibao.services import policy
    from yibao.services.database import open_database

    tmp_paths.ensure()
    seed(
        tmp_paths,
        make_profile(region_code=CHENGDU),
        [_resident("女儿", Relation.CHILD, date(2006, 3, 1), CHENGDU, Gender.FEMALE)],
    )
    opened = open_database(tmp_paths)
    try:
        policy.set_override(
            opened.db,
            "city-510100",
            "resident.contribution.individual_by_group",
            date(2027, 1, 1),
            "人群=大学生；个人缴费=310；最小年龄=16；仅限在校学生=是 | 人群=成年人；个人缴费=450",
        )
    finally:
        opened.db.close()
    window = open_window()
    wizard = _open(qtbot, window, date(2026, 12, 1))
    _to_relatives(qtbot, window, wizard)
    page = wizard.relatives_page
    qtbot.waitUntil(lambda: wizard.drafts[0].contribution_text == "450.00")
    page.list.setCurrentRow(0)
    assert page.rel_student.isVisibleTo(page) and not page.rel_student.isChecked()
    assert "成年人个人缴费 ¥450.00〔本地修改〕" in page.contribution_basis.text()
    page.rel_student.setChecked(True)
    assert wizard.drafts[0].contribution_text == "310.00"
    assert "大学生个人缴费 ¥310.00" in page.contribution_basis.text()
    shot(wizard, "pricing-12-student-row")
    _next(qtbot, window, wizard, PageId.RESULT)
    result = wizard.result_page.result
    assert result is not None and result.rows[0].amount == Decimal("310.00")
    assert result.plan.relatives[0].student is True
    assert result.plan.relatives[0].price_group == "大学生"
