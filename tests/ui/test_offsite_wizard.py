"""异地就医备案 wizard, driven as a new user would: a 泸州 retiree moving to 杭州, and a 天津
worker who was hospitalised in an emergency in 广州 and paid in full; inline errors; the
"after return" branch from a saved case; cases saved, ticked, exported and found again."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QPushButton
from pytestqt.qtbot import QtBot

from tests.ui.uihelpers import make_profile, seed, shot, wait_idle
from yibao.domain.cases import CaseKind
from yibao.domain.offsite import FilingType, Reason, claim_deadline
from yibao.domain.people import Gender, Scheme
from yibao.domain.workdays import official_calendar
from yibao.paths import AppPaths
from yibao.ui.export import case_pdf
from yibao.ui.main_window import MainWindow
from yibao.ui.pages.cases import CasesPage
from yibao.ui.wizards.offsite_filing import OffsiteFilingWizard, PageId

TODAY = date.today()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _open(qtbot: QtBot, window: MainWindow) -> OffsiteFilingWizard:
    wizard = window.open_wizard("offsite-filing")
    assert isinstance(wizard, OffsiteFilingWizard)
    wait_idle(qtbot, window)
    return wizard


def _pick(picker: object, province: str, city: str) -> None:
    picker.province.setCurrentIndex(picker.province.findData(province))  # type: ignore[attr-defined]
    picker.city.setCurrentIndex(picker.city.findData(city))  # type: ignore[attr-defined]


def _result(qtbot: QtBot, window: MainWindow, wizard: OffsiteFilingWizard) -> str:
    assert wizard.currentId() == PageId.RESULT
    qtbot.waitUntil(lambda: wizard.result_page.result is not None, timeout=10000)
    wait_idle(qtbot, window)
    return wizard.result_page.browser.toPlainText()


def _save(qtbot: QtBot, window: MainWindow, wizard: OffsiteFilingWizard) -> None:
    wizard.accept()
    qtbot.waitUntil(lambda: wizard.result_case is not None, timeout=10000)
    wait_idle(qtbot, window)


def _cases_page(qtbot: QtBot, window: MainWindow) -> CasesPage:
    window.show_page("cases")
    wait_idle(qtbot, window)
    page = window.page("cases")
    assert isinstance(page, CasesPage)
    return page


@pytest.fixture
def retiree(open_window: Callable[..., MainWindow], tmp_paths: AppPaths) -> MainWindow:
    tmp_paths.ensure()
    seed(
        tmp_paths,
        make_profile(
            name="王芳",
            gender=Gender.FEMALE,
            birth_date=date(1958, 3, 1),
            scheme=Scheme.EMPLOYEE_RETIRED,
            region_code="510500",
        ),
    )
    return open_window()


@pytest.fixture
def worker(open_window: Callable[..., MainWindow], tmp_paths: AppPaths) -> MainWindow:
    tmp_paths.ensure()
    seed(tmp_paths, make_profile(name="李强", region_code="120000"))
    return open_window()


def test_luzhou_retiree_moving_to_hangzhou(
    qtbot: QtBot,
    retiree: MainWindow,
    open_window: Callable[..., MainWindow],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    wizard = _open(qtbot, retiree)
    where = wizard.where
    assert where.member.currentText().startswith("王芳")
    assert where.scheme.currentData() == Scheme.EMPLOYEE_RETIRED.value
    assert where.insured.code() == "510500"
    _pick(where.dest, "33", "330100")
    assert "跨省" in where.scope.text()
    shot(wizard, "offsite-1-where")
    wizard.next()
    assert wizard.currentId() == PageId.WHY
    wizard.why.buttons[Reason.SETTLE].setChecked(True)
    assert wizard.why.hukou.isVisible() and wizard.why.treated.isVisible()
    wizard.why.has_start.setChecked(True)
    wizard.why.start.setDate(_qdate(TODAY + timedelta(days=20)))
    shot(wizard, "offsite-2-why")
    wizard.next()
    text = _result(qtbot, retiree, wizard)
    shot(wizard, "offsite-3-result-retiree")
    assert wizard.filing_type() is FilingType.LONG_TERM_RETIRED
    for fragment in (
        "异地安置退休（长期备案）",
        "长期有效",
        "按参保地（泸州市）的起付线、报销比例和最高支付限额结算",
        "回泸州市看病",
        "首页点【异地备案】→【异地就医备案申请】",
        "「国家异地就医备案」小程序",
        "泸州市医保经办机构窗口",
        "居住证，或《异地长期居住承诺书》",
        "承诺的限制",
        "身份证或社会保障卡",
        "未经证实",
    ):
        assert fragment in text, fragment
    assert "手工报销的期限" not in text
    # every finding with its basis, the one renderer's way; the sources at the end
    assert "✔ 符合" in text and "依据：全国 · 《国家医保局" in text and "医保发〔2022〕22号" in text
    assert "核验于" in text
    finish = wizard.button(wizard.WizardButton.FinishButton)
    assert finish.text() == "保存到我的事项"
    _save(qtbot, retiree, wizard)
    # a visible confirmation: the wizard closed, the status bar says where the case went
    assert retiree.statusBar().currentMessage() == (
        "已保存到“我的事项”：王芳 异地安置退休备案（泸州市→杭州市）"
    )

    page = _cases_page(qtbot, retiree)
    assert retiree.current_page().page_name == "cases"
    (case,) = page.model.rows()
    assert case.kind is CaseKind.OFFSITE_FILING
    assert case.title == "王芳 异地安置退休备案（泸州市→杭州市）"
    assert case.result["filing_type"] == "long_term_retired"
    assert [d.due for d in case.deadlines] == [TODAY + timedelta(days=20)]
    box = page.detail.findChild(QCheckBox, "item_offsite.mat.id_card")
    assert box is not None
    box.setChecked(True)
    wait_idle(qtbot, retiree)
    shot(retiree, "offsite-4-case-retiree")
    target = tmp_path / "retiree.pdf"
    monkeypatch.setattr(case_pdf, "ask_pdf_path", lambda parent, suggested: target)
    button = page.detail.findChild(QPushButton, "export_pdf")
    assert button is not None
    button.click()
    qtbot.waitUntil(lambda: target.exists(), timeout=10000)
    wait_idle(qtbot, retiree)
    assert target.read_bytes().startswith(b"%PDF") and target.stat().st_size > 20_000

    retiree.shutdown()
    again = open_window()
    page2 = _cases_page(qtbot, again)
    (stored,) = page2.model.rows()
    assert next(i for i in stored.items if i.key == "offsite.mat.id_card").done
    assert stored.result["filing_type"] == "long_term_retired"


def test_retiree_who_moved_and_was_already_treated_gets_the_claim(
    qtbot: QtBot, retiree: MainWindow
) -> None:
    """Long-term filing too: "已经看过病" leads to the bill's dates and the 手工报销 claim."""
    wizard = _open(qtbot, retiree)
    _pick(wizard.where.dest, "33", "330100")
    wizard.next()
    why = wizard.why
    why.buttons[Reason.SETTLE].setChecked(True)
    # a start date already past doesn't say "还没出发"
    why.has_start.setChecked(True)
    why.start.setDate(_qdate(TODAY - timedelta(days=30)))
    assert "还没出发" not in why.hint.text() and "已经看过病了" in why.hint.text()
    why.treated.setChecked(True)
    assert why.nextId() == PageId.TREATED
    wizard.next()
    assert wizard.currentId() == PageId.TREATED
    wizard.treated.start.setDate(_qdate(TODAY - timedelta(days=20)))
    wizard.treated.discharge.setDate(_qdate(TODAY - timedelta(days=10)))
    wizard.next()
    text = _result(qtbot, retiree, wizard)
    assert wizard.filing_type() is FilingType.LONG_TERM_RETIRED
    assert "手工报销" in text
    result = wizard.result_page.result
    assert result is not None and result.plan.claim is not None
    shot(wizard, "offsite-long-term-treated")


def test_tianjin_worker_emergency_in_guangzhou_then_claim(
    qtbot: QtBot,
    worker: MainWindow,
    open_window: Callable[..., MainWindow],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    start = TODAY - timedelta(days=50)
    discharge = TODAY - timedelta(days=41)
    wizard = _open(qtbot, worker)
    assert wizard.where.insured.code() == "120000"
    _pick(wizard.where.dest, "44", "440100")
    wizard.next()
    wizard.why.buttons[Reason.EMERGENCY].setChecked(True)
    wizard.why.treated.setChecked(True)
    wizard.next()
    assert wizard.currentId() == PageId.TREATED
    wizard.treated.start.setDate(_qdate(start))
    wizard.treated.discharge.setDate(_qdate(discharge))
    assert wizard.treated.paid.isChecked() and wizard.treated.inpatient.isChecked()
    shot(wizard, "offsite-5-treated")
    wizard.next()
    text = _result(qtbot, worker, wizard)
    shot(wizard, "offsite-6-result-worker")
    deadline, _ = claim_deadline(discharge, 6, official_calendar())
    assert wizard.filing_type() is FilingType.TEMP_EMERGENCY
    for fragment in (
        "急诊抢救（临时备案）",
        "至少 6 个月",
        "最多低 10 个百分点",
        "政策库中没有天津市能否事后补办急诊备案",
        "手工报销的期限",
        f"请在 {deadline.isoformat()} 前",
        "医疗费用发票原件",
        "费用明细清单",
        "诊断证明书",
        "病案首页、医嘱、入院记录、出院记录",
        "本人银行卡",
        "急诊病历",
    ):
        assert fragment in text, fragment
    _save(qtbot, worker, wizard)

    page = _cases_page(qtbot, worker)
    (case,) = page.model.rows()
    assert case.title == "张伟 急诊抢救备案（天津市→广州市）".replace("张伟", "李强")
    assert (("手工报销材料提交截止（按最短时限）", deadline)) in [
        (d.label, d.due) for d in case.deadlines
    ]
    assert deadline.isoformat() in page.model.index(0, 4).data()
    for key in ("claim.mat.invoice", "claim.mat.bank"):
        box = page.detail.findChild(QCheckBox, f"item_{key}")
        assert box is not None
        box.setChecked(True)
        wait_idle(qtbot, worker)
    assert page.model.rows()[0].progress[0] == 2
    shot(worker, "offsite-7-case-worker")
    target = Path(os.environ.get("YIBAO_SHOTS") or tmp_path) / "worker.pdf"
    monkeypatch.setattr(case_pdf, "ask_pdf_path", lambda parent, suggested: target)
    page.export_pdf()
    qtbot.waitUntil(lambda: target.exists(), timeout=10000)
    wait_idle(qtbot, worker)
    assert target.read_bytes().startswith(b"%PDF")

    worker.shutdown()
    again = open_window()
    page2 = _cases_page(qtbot, again)
    (stored,) = page2.model.rows()
    assert {i.key for i in stored.items if i.done} == {"claim.mat.invoice", "claim.mat.bank"}


def test_errors_shown_at_the_field(qtbot: QtBot, worker: MainWindow) -> None:
    wizard = _open(qtbot, worker)
    wizard.next()  # nothing chosen for 就医地
    assert wizard.currentId() == PageId.WHERE
    assert "就医地" in wizard.where.errors._labels["dest_region"].text()
    _pick(wizard.where.dest, "12", "120000")  # same as 参保地
    wizard.next()
    assert wizard.currentId() == PageId.WHERE
    assert "不用办理异地就医备案" in wizard.where.errors._labels["dest_region"].text()
    shot(wizard, "offsite-error-same-city")
    _pick(wizard.where.dest, "44", "440100")
    wizard.next()
    assert wizard.currentId() == PageId.WHY
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()  # no reason yet
    wizard.why.buttons[Reason.TRIP].setChecked(True)
    wizard.why.treated.setChecked(True)
    wizard.next()
    wizard.treated.start.setDate(_qdate(TODAY - timedelta(days=5)))
    wizard.treated.discharge.setDate(_qdate(TODAY - timedelta(days=9)))
    wizard.next()
    assert wizard.currentId() == PageId.TREATED
    assert "不能早于" in wizard.treated.errors._labels["discharge"].text()
    wizard.reject()


def test_after_return_branch_from_a_saved_case(qtbot: QtBot, worker: MainWindow) -> None:
    # a trip planned and filed before leaving …
    wizard = _open(qtbot, worker)
    _pick(wizard.where.dest, "46", "460100")
    wizard.next()
    wizard.why.buttons[Reason.TRIP].setChecked(True)
    wizard.next()
    _result(qtbot, worker, wizard)
    _save(qtbot, worker, wizard)
    page = _cases_page(qtbot, worker)
    box = page.detail.findChild(QCheckBox, "item_offsite.step.app")
    assert box is not None
    box.setChecked(True)
    wait_idle(qtbot, worker)
    assert page.detail.findChild(QCheckBox, "item_claim.mat.invoice") is None
    # … then care paid in full there: started later from the case
    button = page.detail.findChild(QPushButton, "add_claim")
    assert button is not None
    button.click()
    claim = page.claim_wizard
    assert isinstance(claim, OffsiteFilingWizard)
    assert claim.currentId() == PageId.TREATED
    claim.treated.start.setDate(_qdate(TODAY - timedelta(days=10)))
    claim.treated.inpatient.setChecked(False)
    claim.treated.discharge.setDate(_qdate(TODAY - timedelta(days=10)))
    claim.next()
    text = _result(qtbot, worker, claim)
    assert "最多低 20 个百分点" in text and "门诊病历" in text
    shot(claim, "offsite-8-claim-from-case")
    _save(qtbot, worker, claim)
    wait_idle(qtbot, worker)
    (case,) = page.model.rows()
    keys = {i.key: i for i in case.items}
    assert keys["offsite.step.app"].done  # kept
    assert "claim.mat.outpatient_records" in keys and "claim.mat.records" not in keys
    assert any(d.label.startswith("手工报销") for d in case.deadlines)


def test_the_wizard_asks_services_never_a_domain_calculator() -> None:
    """The pages check answers and get the plan through ``services.offsite`` only."""
    import ast

    import yibao.ui.wizards.offsite_filing as package

    calculators = {
        "plan_offsite",
        "validate_answers",
        "decide_type",
        "claim_deadline",
        "checklist_facts",
        "previous_working_day",
    }
    for path in Path(package.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("yibao.domain"):
                used = {alias.name for alias in node.names} & calculators
                assert not used, f"{path.name} imports {used} from {node.module}"
