"""个人账户返还与退费 wizard, tried as a new user would: an heir of a deceased 职工 father in
Wuhan, an employer clerk for a departing colleague, a resident who joined 职工医保 in March.
Cases are saved, exported to PDF and found after a restart."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from tests.ui.uihelpers import SHOTS, make_profile, seed, shot, wait_idle
from yibao.domain.cases import Case, CaseKind
from yibao.domain.people import Gender, Member, Relation, Scheme
from yibao.domain.refund import Applicant, HeirRelation, Scenario, Verdict
from yibao.paths import AppPaths
from yibao.services import cases as case_service
from yibao.services.database import open_database
from yibao.ui.export import case_pdf
from yibao.ui.main_window import MainWindow
from yibao.ui.pages.cases import CasesPage
from yibao.ui.wizards.refund import PageId, RefundWizard

FATHER = Member(
    name="张建国",
    relation=Relation.PARENT,
    gender=Gender.MALE,
    birth_date=date(1950, 3, 1),
    scheme=Scheme.EMPLOYEE_RETIRED,
    region_code="420100",
)


@pytest.fixture
def family_window(open_window: Callable[..., MainWindow], tmp_paths: AppPaths) -> MainWindow:
    tmp_paths.ensure()
    seed(tmp_paths, make_profile(region_code="420100"), [FATHER])
    return open_window()


def _open(qtbot: QtBot, window: MainWindow, today: date) -> RefundWizard:
    wizard = window.open_wizard("refund")
    assert isinstance(wizard, RefundWizard)
    wizard.today = today
    qtbot.waitUntil(wizard.isVisible)
    wait_idle(qtbot, window)
    return wizard


def _next(qtbot: QtBot, window: MainWindow, wizard: RefundWizard, expected: PageId) -> None:
    wizard.next()
    wait_idle(qtbot, window)
    assert wizard.currentId() == expected


def _set_date(edit: object, day: date) -> None:
    from yibao.ui.widgets.date_field import DateField

    assert isinstance(edit, DateField)
    edit.setValue(day)


def _finish(qtbot: QtBot, window: MainWindow, wizard: RefundWizard) -> Case:
    """Click 保存到我的事项; the wizard closes (and is deleted); returns the saved case."""
    assert wizard.currentId() == PageId.CHECKLIST
    qtbot.waitUntil(lambda: wizard.checklist_page.preview is not None)
    saved: list[Case] = []
    wizard.saved.connect(saved.append)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: bool(saved))
    return saved[0]


def test_heir_of_deceased_father_saves_case_exports_and_finds_it_after_restart(
    qtbot: QtBot,
    family_window: MainWindow,
    open_window: Callable[..., MainWindow],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = family_window
    wizard = _open(qtbot, window, date(2025, 2, 1))
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # choose a scenario first
    shot(wizard, "refund-1-scenario")
    wizard.scenario_page.set_scenario(Scenario.DEATH)
    assert next_button.isEnabled()
    _next(qtbot, window, wizard, PageId.PERSON)

    person = wizard.person_page
    # the money of someone who died: the user isn't offered, a relative not in the household is
    texts = [person.person.itemText(i) for i in range(person.person.count())]
    assert texts == ["张建国（父母）", "不在家庭成员中的亲属（填写姓名）"]
    assert person.person.currentIndex() == 0  # starts from the deceased, not from the user
    person.person.setCurrentIndex(person.person.findText("张建国（父母）"))
    # filled from the household: his scheme, region; I am his child and apply as heir
    assert person.scheme_value() is Scheme.EMPLOYEE_RETIRED
    assert person.region.code() == "420100"
    assert person.applicant_value() is Applicant.HEIR
    assert person.heir_value() is HeirRelation.CHILD
    assert person.heir_relation.isVisibleTo(wizard)
    shot(wizard, "refund-2-person-heir")
    _next(qtbot, window, wizard, PageId.DETAILS)

    details = wizard.details_page
    assert details.termination_date.isVisibleTo(wizard)
    assert not details.benefit_year.isVisibleTo(wizard)
    # no date yet → refused at the field
    wizard.next()
    assert wizard.currentId() == PageId.DETAILS
    assert "请填写" in details.errors.text("termination_date")
    # a date after "today" is refused too
    _set_date(details.termination_date, date(2025, 3, 1))
    wizard.next()
    assert "不能晚于今天" in details.errors.text("termination_date")
    # typed with the keyboard as a person would: a day that doesn't exist is named
    field = details.termination_date
    field.edit.clear()
    qtbot.keyClicks(field.edit, "2025/2/30")
    wizard.next()
    assert wizard.currentId() == PageId.DETAILS
    assert details.errors.text("termination_date") == "没有 2025 年 2 月 30 日这一天"
    field.edit.clear()
    qtbot.keyClicks(field.edit, "20250110")
    assert field.value() == date(2025, 1, 10)
    details.balance.setText("abc")
    wizard.next()
    assert wizard.currentId() == PageId.DETAILS
    assert "不是有效的金额" in details.errors.text("balance")
    details.balance.setText("3,456.78")
    shot(wizard, "refund-3-details-heir")
    _next(qtbot, window, wizard, PageId.RESULT)

    result = wizard.result_page
    qtbot.waitUntil(lambda: result.assessment is not None)
    assessment = result.assessment
    assert assessment is not None
    assert assessment.verdict is Verdict.NOT_YET
    assert assessment.earliest_application == date(2025, 3, 10)
    text = result.view.toPlainText()
    assert "2025年3月10日" in text
    assert "二手资料 · 武汉市" in text  # inheritance: Wuhan, read on a legal Q&A page
    assert "¥3,456.78" in text
    # the findings renderer: level marks, and the sources listed with their confidence
    assert "✔" in text and "…" in text
    assert "未经证实 · 全国" in text  # who may apply: a common practice, not a document
    assert "核验于 2026-12-01" in text and "以当地医保部门公布为准" in text
    shot(wizard, "refund-4-result-heir")
    _next(qtbot, window, wizard, PageId.CHECKLIST)

    checklist = wizard.checklist_page
    qtbot.waitUntil(lambda: checklist.preview is not None)
    shown = checklist.view.toPlainText()
    for expected in ("医学死亡证明", "户口簿", "继承人的身份证", "银行卡", "终止参保满2个月"):
        assert expected in shown, expected
    assert "单位财务章（在申请表上盖章）" not in shown
    checklist.notes.setPlainText("窗口电话 027-0000000")
    shot(wizard, "refund-5-checklist-heir")
    saved = _finish(qtbot, window, wizard)
    assert saved.id is not None
    assert saved.kind is CaseKind.REFUND
    assert saved.title == "参保人去世，继承人领取余额（张建国）"
    assert saved.notes == "窗口电话 027-0000000"

    # the 我的事项 page shows it and exports it through the shared PDF export
    window.show_page("cases")
    wait_idle(qtbot, window)
    page = window.page("cases")
    assert isinstance(page, CasesPage)
    qtbot.waitUntil(lambda: page.select_case(saved.id or 0))
    wait_idle(qtbot, window)
    qtbot.wait(300)
    shot(window, "refund-6-cases-page")
    target = tmp_path / "pdf" / "继承.pdf"
    monkeypatch.setattr(case_pdf, "ask_pdf_path", lambda parent, suggested: target)
    page.export_pdf()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: page.last_export == target)
    assert target.read_bytes().startswith(b"%PDF")

    # the printable document carries the verdict, reasons with sources and the checklist
    html_text = case_pdf.case_html(case_pdf.CaseDocument(saved, FATHER))
    assert "2025年3月10日 起可以申请" in html_text
    assert "医学死亡证明" in html_text
    assert "合法继承人可申请个人账户余额一次性支付" in html_text

    window.shutdown()
    restarted = open_window()
    opened = open_database(restarted.ctx.paths)
    try:
        found = case_service.list_cases(opened.db, date(2025, 2, 1))
    finally:
        opened.db.close()
    assert [c.title for c in found] == ["参保人去世，继承人领取余额（张建国）"]
    assert found[0].result["verdict"] == "not_yet"


def test_employer_clerk_for_departing_colleague(qtbot: QtBot, family_window: MainWindow) -> None:
    window = family_window
    wizard = _open(qtbot, window, date(2025, 6, 3))
    wizard.scenario_page.set_scenario(Scenario.LEAVE_REGION)
    _next(qtbot, window, wizard, PageId.PERSON)
    person = wizard.person_page
    person.person.setCurrentIndex(person.person.findData(-1))  # not a household member
    assert person.person_name.isEnabled()
    assert person.applicant_value() is Applicant.EMPLOYER  # default for someone else's payout
    assert not person.heir_relation.isVisibleTo(wizard)
    # no name → refused at the field
    person.person_name.clear()
    wizard.next()
    assert wizard.currentId() == PageId.PERSON
    assert "姓名" in person.errors.text("person_name")
    person.person_name.setText("李娜")
    person.region.set_code("420100")
    shot(wizard, "refund-7-person-employer")
    _next(qtbot, window, wizard, PageId.DETAILS)

    details = wizard.details_page
    assert details.account_transferable.isVisibleTo(wizard)
    _set_date(details.termination_date, date(2025, 3, 31))
    details.account_transferable.setCurrentIndex(details.account_transferable.findData(False))
    details.balance.setText("1200")
    _next(qtbot, window, wizard, PageId.RESULT)
    result = wizard.result_page
    qtbot.waitUntil(lambda: result.assessment is not None)
    assert result.assessment is not None
    assert result.assessment.verdict is Verdict.ELIGIBLE
    assert "现在就可以去申请" in result.view.toPlainText()
    assert "单位账户" in result.view.toPlainText()
    shot(wizard, "refund-8-result-employer")
    _next(qtbot, window, wizard, PageId.CHECKLIST)
    qtbot.waitUntil(lambda: wizard.checklist_page.preview is not None)
    shown = wizard.checklist_page.view.toPlainText()
    for expected in ("单位银行开户信息", "单位经办人员的身份证复印件", "单位财务章", "转移接续"):
        assert expected in shown, expected
    shot(wizard, "refund-9-checklist-employer")
    saved = _finish(qtbot, window, wizard)
    assert saved.member_id is None
    assert saved.title == "离开参保地，个人账户转不走（李娜）"


def test_resident_who_joined_employee_insurance_in_march(
    qtbot: QtBot, family_window: MainWindow
) -> None:
    window = family_window
    wizard = _open(qtbot, window, date(2025, 4, 1))
    wizard.scenario_page.set_scenario(Scenario.DUPLICATE_ENROLMENT)
    _next(qtbot, window, wizard, PageId.PERSON)
    person = wizard.person_page
    person.person.setCurrentIndex(0)  # 本人
    assert person.applicant_value() is Applicant.INSURED
    _next(qtbot, window, wizard, PageId.DETAILS)
    details = wizard.details_page
    assert details.benefit_year.isVisibleTo(wizard)
    assert not details.termination_date.isVisibleTo(wizard)
    details.benefit_year.setValue(2025)
    _set_date(details.employee_enrolment_date, date(2025, 3, 10))
    details.amount.setText("400")
    shot(wizard, "refund-10-details-duplicate")
    _next(qtbot, window, wizard, PageId.RESULT)
    result = wizard.result_page
    qtbot.waitUntil(lambda: result.assessment is not None)
    assert result.assessment is not None
    assert result.assessment.verdict is Verdict.NOT_ELIGIBLE
    text = result.view.toPlainText()
    assert "不符合条件" in text
    assert "已经开始了" in text and "不予退还" in text
    assert "未经证实" in text
    assert "2026 年度" in text  # what to do instead
    shot(wizard, "refund-11-result-duplicate")
    _next(qtbot, window, wizard, PageId.CHECKLIST)
    qtbot.waitUntil(lambda: wizard.checklist_page.preview is not None)
    shot(wizard, "refund-12-checklist-duplicate")
    saved = _finish(qtbot, window, wizard)
    assert saved.result["verdict"] == "not_eligible"
    assert [d.due for d in saved.deadlines] == [date(2026, 1, 1)]


def test_applicant_not_allowed_is_explained(qtbot: QtBot, family_window: MainWindow) -> None:
    window = family_window
    wizard = _open(qtbot, window, date(2025, 6, 1))
    wizard.scenario_page.set_scenario(Scenario.DUPLICATE_ENROLMENT)
    _next(qtbot, window, wizard, PageId.PERSON)
    person = wizard.person_page
    person.applicant.setCurrentIndex(person.applicant.findData(Applicant.EMPLOYER.value))
    assert "一般不能由单位经办人办理" in person.applicant_hint.text()
    _next(qtbot, window, wizard, PageId.DETAILS)
    _set_date(wizard.details_page.employee_enrolment_date, date(2025, 3, 10))
    _next(qtbot, window, wizard, PageId.RESULT)
    qtbot.waitUntil(lambda: wizard.result_page.assessment is not None)
    text = wizard.result_page.view.toPlainText()
    assert "不能由单位经办人办理" in text
    assert "单位不能代办" in text
    wizard.reject()


def test_opens_on_a_fresh_database_and_explains(
    qtbot: QtBot, open_window: Callable[..., MainWindow], tmp_paths: AppPaths
) -> None:
    tmp_paths.ensure()
    window = open_window()  # no profile, no members (the first-run wizard is open too)
    wizard = _open(qtbot, window, date(2025, 6, 1))
    wizard.scenario_page.set_scenario(Scenario.EMIGRATION)
    _next(qtbot, window, wizard, PageId.PERSON)
    person = wizard.person_page
    assert person.person.count() == 1
    assert person.household_hint.isVisibleTo(wizard)
    assert "家庭成员" in person.household_hint.text()
    assert person.applicant_value() is Applicant.INSURED  # probably the user themself
    shot(wizard, "refund-13-person-empty")
    wizard.reject()


def test_balance_comes_from_the_contribution_history(
    qtbot: QtBot, open_window: Callable[..., MainWindow], tmp_paths: AppPaths, tmp_path: Path
) -> None:
    """With an opening balance recorded for the father, the wizard fills it in (editable)."""
    from dataclasses import replace
    from decimal import Decimal

    history = pytest.importorskip("yibao.services.history")
    tmp_paths.ensure()
    seed(tmp_paths, make_profile(region_code="420100"), [FATHER])
    opened = open_database(tmp_paths)
    try:
        father_id = next(m.id for m in household_members(opened.db) if m.name == "张建国")
        current = history.member_history(opened.db, father_id)
        history.set_member_history(
            opened.db,
            replace(current, opening_balance=Decimal("2345.60"), opening_date=date(2025, 1, 1)),
        )
    finally:
        opened.db.close()
    window = open_window()
    wizard = _open(qtbot, window, date(2025, 3, 20))
    wizard.scenario_page.set_scenario(Scenario.DEATH)
    _next(qtbot, window, wizard, PageId.PERSON)
    person = wizard.person_page
    person.person.setCurrentIndex(person.person.findText("张建国（父母）"))
    _next(qtbot, window, wizard, PageId.DETAILS)
    details = wizard.details_page
    qtbot.waitUntil(lambda: details.balance.text() == "2,345.60")
    assert details.balance_from_history
    assert "缴费记录" in details.balance_hint.text()
    shot(wizard, "refund-14-details-history-balance")
    _set_date(details.termination_date, date(2025, 1, 10))
    _next(qtbot, window, wizard, PageId.RESULT)
    qtbot.waitUntil(lambda: wizard.result_page.assessment is not None)
    assert "按缴费记录推算的余额" in wizard.result_page.view.toPlainText()
    _next(qtbot, window, wizard, PageId.CHECKLIST)
    saved = _finish(qtbot, window, wizard)
    assert saved.inputs["balance_from_history"] is True
    assert saved.result["verdict"] == "eligible"  # 2025-03-20 is after 03-10

    # a printable copy through the shared PDF export
    target = tmp_path / "继承-张建国.pdf"
    case_pdf.export_pdf(case_pdf.CaseDocument(saved, FATHER, today=date(2025, 3, 20)), target)
    assert target.read_bytes().startswith(b"%PDF")
    if SHOTS:
        import shutil

        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        shutil.copy(target, Path(SHOTS) / "refund-15-case.pdf")


def household_members(db: object) -> list[Member]:
    from yibao.services import household

    return household.list_members(db)  # type: ignore[arg-type]


def test_failed_pay_then_refund_resubmitted_in_henan(
    qtbot: QtBot, family_window: MainWindow
) -> None:
    window = family_window
    wizard = _open(qtbot, window, date(2025, 6, 1))
    wizard.scenario_page.set_scenario(Scenario.PROXY_RESUBMIT)
    _next(qtbot, window, wizard, PageId.PERSON)
    person = wizard.person_page
    assert person.applicant_value() is Applicant.INSURED
    person.region.set_code("410100")
    _next(qtbot, window, wizard, PageId.DETAILS)
    details = wizard.details_page
    assert details.application_date.isVisibleTo(wizard)
    assert not details.termination_date.isVisibleTo(wizard)
    details.amount.setText("400")
    _set_date(details.application_date, date(2025, 6, 5))
    _next(qtbot, window, wizard, PageId.RESULT)
    qtbot.waitUntil(lambda: wizard.result_page.assessment is not None)
    text = wizard.result_page.view.toPlainText()
    assert "可以申请" in text
    assert "2025年7月" in text and "权威媒体报道 · 河南省" in text
    shot(wizard, "refund-16-result-resubmit")
    _next(qtbot, window, wizard, PageId.CHECKLIST)
    qtbot.waitUntil(lambda: wizard.checklist_page.preview is not None)
    assert "河南医保" in wizard.checklist_page.view.toPlainText()
    saved = _finish(qtbot, window, wizard)
    assert [d.due for d in saved.deadlines][-1] == date(2025, 7, 31)


def test_heir_of_a_member_marked_deceased_and_the_case_names_everyone(
    qtbot: QtBot, open_window: Callable[..., MainWindow], tmp_paths: AppPaths
) -> None:
    """The father is marked 已去世 in the household: the wizard starts from him with his date,
    and the saved case and its PDF name the insured person, the applicant and the relation."""
    import dataclasses

    tmp_paths.ensure()
    died = date(2026, 10, 12)
    seed(tmp_paths, make_profile(region_code="420100"), [dataclasses.replace(FATHER, died_on=died)])
    window = open_window()
    wizard = _open(qtbot, window, date(2026, 12, 1))
    wizard.scenario_page.set_scenario(Scenario.DEATH)
    _next(qtbot, window, wizard, PageId.PERSON)
    person = wizard.person_page
    assert person.person.currentText() == "张建国（父母，已去世）"
    assert person.applicant_value() is Applicant.HEIR
    assert person.heir_value() is HeirRelation.CHILD
    _next(qtbot, window, wizard, PageId.DETAILS)
    assert wizard.details_page.termination_date.value() == died  # from the household
    wizard.details_page.balance.setText("2000")
    _next(qtbot, window, wizard, PageId.RESULT)
    qtbot.waitUntil(lambda: wizard.result_page.assessment is not None)
    _next(qtbot, window, wizard, PageId.CHECKLIST)
    saved = _finish(qtbot, window, wizard)
    html_text = case_pdf.case_html(
        case_pdf.CaseDocument(saved, dataclasses.replace(FATHER, died_on=died))
    )
    assert "参保人：张建国" in html_text and "已去世（2026-10-12）" in html_text
    assert "办理：继承人（是去世者的子女）" in html_text
    assert "未指定成员" not in html_text


def test_heir_of_someone_not_in_the_household_is_named_in_the_case(
    qtbot: QtBot, family_window: MainWindow
) -> None:
    window = family_window
    wizard = _open(qtbot, window, date(2026, 12, 1))
    wizard.scenario_page.set_scenario(Scenario.DEATH)
    _next(qtbot, window, wizard, PageId.PERSON)
    person = wizard.person_page
    person.person.setCurrentIndex(person.person.findText("不在家庭成员中的亲属（填写姓名）"))
    person.person_name.setText("李桂兰")
    person.heir_relation.setCurrentIndex(person.heir_relation.findData(HeirRelation.CHILD.value))
    _next(qtbot, window, wizard, PageId.DETAILS)
    wizard.details_page.termination_date.setValue(date(2026, 10, 1))
    _next(qtbot, window, wizard, PageId.RESULT)
    qtbot.waitUntil(lambda: wizard.result_page.assessment is not None)
    _next(qtbot, window, wizard, PageId.CHECKLIST)
    saved = _finish(qtbot, window, wizard)
    line = case_pdf.people_line(saved, None)
    assert line.startswith("参保人：李桂兰 · 参保地 湖北省 武汉市")
    assert "办理：继承人（是去世者的子女）" in line


@pytest.mark.parametrize("size", [None, (1024, 700)])
def test_every_page_fits_in_large_mode(
    qtbot: QtBot,
    open_window: Callable[..., MainWindow],
    tmp_paths: AppPaths,
    size: tuple[int, int] | None,
) -> None:
    """大字 mode, as the wizard opens and at 1024×700: the heir's pages show their wrapped
    hints in full (the balance hint under its field was clipped by a few pixels)."""
    from PySide6.QtWidgets import QApplication

    from yibao.prefs import Preferences
    from yibao.ui.i18n import apply_font
    from yibao.ui.layoutcheck import find_problems

    tmp_paths.ensure()
    seed(tmp_paths, make_profile(region_code="420100"), [FATHER])
    prefs = Preferences(font_size="large")
    window = open_window(prefs)
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    apply_font(qapp, prefs.point_size)
    try:
        wizard = _open(qtbot, window, date(2025, 2, 1))
        if size is not None:
            wizard.resize(*size)
        wizard.scenario_page.set_scenario(Scenario.DEATH)
        problems: dict[int, list[str]] = {}
        for page in (PageId.PERSON, PageId.DETAILS, PageId.RESULT, PageId.CHECKLIST):
            if page is PageId.RESULT:
                # errors shown at the fields, then put right
                details = wizard.details_page
                wizard.next()  # no date yet
                _set_date(details.termination_date, date(2025, 3, 1))  # after today
                wizard.next()
                details.termination_date.edit.clear()
                qtbot.keyClicks(details.termination_date.edit, "20250110")
                details.balance.setText("abc")
                wizard.next()
                assert wizard.currentId() == PageId.DETAILS
                details.balance.setText("3,456.78")
                qtbot.wait(50)
                found = [str(p) for p in find_problems(wizard)]
                if found:
                    problems[int(PageId.DETAILS)] = found
            _next(qtbot, window, wizard, page)
            if page is PageId.RESULT:
                qtbot.waitUntil(lambda: wizard.result_page.assessment is not None)
            qtbot.wait(50)
            found = [str(p) for p in find_problems(wizard)]
            if found:
                problems[int(page)] = found
        assert not problems, problems
        wizard.edits.reset()
        wizard.reject()
    finally:
        apply_font(qapp, Preferences().point_size)
