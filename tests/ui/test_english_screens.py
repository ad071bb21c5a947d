"""Every page, every wizard page and the main dialogs rendered in English show no Chinese
outside user data and the terms kept on purpose (issue 17: English that works end to end).

What counts as kept on purpose is :mod:`yibao.ui.cjkcheck`'s rule: a Chinese term in brackets
or quotes beside its English, a document number (文号), the name 简体中文 in the language list.
User data is the test household's names and the names of places (the region book's). Each
wizard is taken through all its pages with answers that reach its result and checklist.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget, QWizard
from pytestqt.qtbot import QtBot

from tests.ui.uihelpers import VALID_ID, make_profile, seed, shot, wait_idle
from yibao.domain.cases import Case
from yibao.domain.people import Gender, Member, Relation, Scheme
from yibao.domain.refund import Scenario
from yibao.paths import AppPaths
from yibao.prefs import Preferences
from yibao.ui.cjkcheck import find_chinese, place_names
from yibao.ui.main_window import MainWindow

PAGES = ("overview", "history", "family", "cases", "policy", "settings")

#: the names the households below are given (the self of make_profile is 张伟)
NAMES = ("张伟", "李娜", "李建国", "王秀英", "张小明", "张强", "张建国", "李强")

#: the demo household of packaging/screenshots.py: 李娜 in 成都, her parents in 绵阳, her son
DEMO_PROFILE = make_profile(name="李娜", gender=Gender.FEMALE, region_code="510100")
DEMO_FAMILY = [
    Member("李建国", Relation.PARENT, Gender.MALE, date(1958, 3, 1), Scheme.RESIDENT, "510700"),
    Member("王秀英", Relation.PARENT, Gender.FEMALE, date(1960, 8, 9), Scheme.RESIDENT, "510700"),
    Member("张小明", Relation.CHILD, Gender.MALE, date(2018, 5, 20), Scheme.RESIDENT, "510100"),
]


USER_DATA = (*NAMES, *place_names())


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[Preferences]:
    """English for one test; Chinese again after it, as the other UI tests expect."""
    from tests.ui.conftest import FONT_SIZE
    from yibao.ui.i18n import install_translators

    install_translators(qapp, "en")
    yield Preferences(font_size=FONT_SIZE, language="en")
    install_translators(qapp, "zh_CN")


class Screens:
    """The Chinese found on each screen looked at, by screen name."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.found: dict[str, list[str]] = {}
        self.names: list[str] = []

    def look(self, widget: QWidget, name: str) -> None:
        self.qtbot.wait(20)  # let queued updates (wrapped labels, models) land
        self.names.append(name)
        shot(widget, f"en-{name}")  # YIBAO_SHOTS=dir keeps a PNG of each screen to look at
        chinese = [str(c) for c in find_chinese(widget, USER_DATA)]
        if chinese:
            self.found[name] = chinese
            import os

            if os.environ.get("ENDUMP"):
                with open(os.environ["ENDUMP"], "a") as f:
                    for c in find_chinese(widget, USER_DATA):
                        f.write(f"=== {name} {c.widget}\n{c.chinese}\n---\n{c.text}\n")

    def assert_english(self, *expected: str) -> None:
        for name in expected:
            assert name in self.names, f"screen {name} was not reached"
        assert self.found == {}, "Chinese on English screens:\n" + "\n".join(
            f"{screen}:\n    " + "\n    ".join(lines) for screen, lines in self.found.items()
        )


@pytest.fixture
def screens(qtbot: QtBot) -> Screens:
    return Screens(qtbot)


def _window(
    open_window: Callable[..., MainWindow],
    tmp_paths: AppPaths,
    prefs: Preferences,
    profile: Member | None,
    members: list[Member] = (),  # type: ignore[assignment]
) -> MainWindow:
    tmp_paths.ensure()
    seed(tmp_paths, profile, members)
    return open_window(prefs)


def _next(qtbot: QtBot, window: MainWindow, wizard: QWizard, expected: int) -> None:
    wait_idle(qtbot, window)
    wizard.next()
    wait_idle(qtbot, window)
    assert wizard.currentId() == expected, (wizard.currentId(), expected)


def _close(qtbot: QtBot, window: MainWindow, wizard: QWizard) -> None:
    wizard.edits.reset()  # type: ignore[attr-defined]
    wizard.reject()
    wait_idle(qtbot, window)


def _look_at_case(
    qtbot: QtBot, window: MainWindow, screens: Screens, case_id: int | None, name: str
) -> None:
    """The cases page with *case_id* shown, then the overview (its deadlines)."""
    from yibao.ui.pages.cases import CasesPage

    assert case_id is not None
    window.show_page("cases")
    wait_idle(qtbot, window)
    page = window.page("cases")
    assert isinstance(page, CasesPage)
    assert page.select_case(case_id)
    wait_idle(qtbot, window)
    toggle = page.findChild(QPushButton, "toggle_summary")
    if toggle is not None:
        toggle.setChecked(True)  # the result notes kept with the case, shown
    screens.look(window, f"page-cases-{name}")
    window.show_page("overview")
    wait_idle(qtbot, window)
    screens.look(window, f"page-overview-{name}")


def test_main_pages_in_english(
    qtbot: QtBot,
    open_window: Callable[..., MainWindow],
    tmp_paths: AppPaths,
    english: Preferences,
    screens: Screens,
) -> None:
    """The six pages with the demo household, then again with a case saved in English."""
    window = _window(open_window, tmp_paths, english, DEMO_PROFILE, DEMO_FAMILY)
    window.resize(1024, 700)
    for page in PAGES:
        window.show_page(page)
        wait_idle(qtbot, window)
        screens.look(window, f"page-{page}")
    case_id = _save_refund_case(qtbot, window)
    _look_at_case(qtbot, window, screens, case_id, "refund")
    screens.assert_english(*(f"page-{p}" for p in PAGES), "page-cases-refund")


def _save_refund_case(qtbot: QtBot, window: MainWindow) -> int | None:
    """A refund for 李建国 (death) saved from the wizard, so the cases page has a case."""
    from tests.ui.test_refund_wizard import _open, _set_date
    from yibao.domain.refund import Scenario
    from yibao.ui.wizards.refund import PageId

    wizard = _open(qtbot, window, date.today())
    wizard.scenario_page.set_scenario(Scenario.DEATH)
    _next(qtbot, window, wizard, PageId.PERSON)
    _next(qtbot, window, wizard, PageId.DETAILS)
    _set_date(wizard.details_page.termination_date, date.today() - timedelta(days=20))
    wizard.details_page.balance.setText("3456.78")
    _next(qtbot, window, wizard, PageId.RESULT)
    _next(qtbot, window, wizard, PageId.CHECKLIST)
    qtbot.waitUntil(lambda: wizard.checklist_page.preview is not None)
    saved: list[Case] = []
    wizard.saved.connect(saved.append)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: bool(saved), timeout=10000)
    wait_idle(qtbot, window)
    return saved[0].id


def test_binding_wizard_in_english(
    qtbot: QtBot,
    open_window: Callable[..., MainWindow],
    tmp_paths: AppPaths,
    english: Preferences,
    screens: Screens,
) -> None:
    from tests.ui.test_binding_wizard import HOUSEHOLD, POLICY_DAY, SHANXI_PROFILE
    from yibao.ui.wizards.binding import BindingWizard, PageId

    window = _window(open_window, tmp_paths, english, SHANXI_PROFILE, HOUSEHOLD)
    wizard = window.open_wizard("binding")
    assert isinstance(wizard, BindingWizard)
    wizard.today = lambda: POLICY_DAY
    wait_idle(qtbot, window)
    screens.look(wizard, "binding-intro")
    _next(qtbot, window, wizard, PageId.GIVER)
    page = wizard.giver_page
    page.policy_date.setDate(QDate(2025, 12, 15))
    wait_idle(qtbot, window)
    page.balance.setText("abc")
    assert not page.validatePage()
    screens.look(wizard, "binding-giver-error")
    page.balance.setText("2500")
    screens.look(wizard, "binding-giver")
    _next(qtbot, window, wizard, PageId.RELATIVES)
    assert not wizard.relatives_page.validatePage()
    screens.look(wizard, "binding-relatives-error")
    relatives = wizard.relatives_page.list
    for row in range(relatives.count()):
        relatives.item(row).setCheckState(Qt.CheckState.Checked)
    screens.look(wizard, "binding-relatives")
    _next(qtbot, window, wizard, PageId.VERDICTS)
    qtbot.waitUntil(wizard.verdicts_page.isComplete, timeout=5000)
    screens.look(wizard, "binding-verdicts")
    _next(qtbot, window, wizard, PageId.STEPS)
    screens.look(wizard, "binding-steps")
    _next(qtbot, window, wizard, PageId.FINISH)
    screens.look(wizard, "binding-finish")
    wizard.accept()
    qtbot.waitUntil(lambda: wizard.result_bindings is not None, timeout=10000)
    wait_idle(qtbot, window)
    for name in ("family", "overview"):  # the bindings saved, their steps and notices
        window.show_page(name)
        wait_idle(qtbot, window)
        screens.look(window, f"page-{name}-with-bindings")
    screens.assert_english("binding-finish", "page-family-with-bindings")


def test_proxy_payment_wizard_in_english(
    qtbot: QtBot,
    open_window: Callable[..., MainWindow],
    tmp_paths: AppPaths,
    english: Preferences,
    screens: Screens,
) -> None:
    """Giver, plan (with a threshold), relatives, the result in each mode, the checklist."""
    from tests.ui.test_proxy_payment_wizard import _finish, _giver, _open
    from yibao.domain.proxy_payment import ProxyMode
    from yibao.ui.wizards.proxy_payment import PageId

    window = _window(open_window, tmp_paths, english, make_profile())
    wizard = _open(qtbot, window)
    qtbot.keyClicks(wizard.giver_page.balance, "abc")
    wizard.next()
    assert wizard.currentId() == PageId.GIVER
    screens.look(wizard, "proxy-giver-error")
    wizard.giver_page.balance.clear()
    _giver(qtbot, window, wizard)
    screens.look(wizard, "proxy-giver")
    _next(qtbot, window, wizard, PageId.PLAN)
    qtbot.waitUntil(lambda: wizard.facts is not None)
    wizard.plan_page.has_threshold.setChecked(True)
    screens.look(wizard, "proxy-plan-threshold")
    wizard.plan_page.has_threshold.setChecked(False)
    screens.look(wizard, "proxy-plan")
    _next(qtbot, window, wizard, PageId.RELATIVES)
    wizard.next()
    assert wizard.currentId() == PageId.RELATIVES
    screens.look(wizard, "proxy-relatives-error")
    page = wizard.relatives_page
    for name, relation in (("李建国", Relation.PARENT), ("张小明", Relation.CHILD)):
        page.add_other.click()
        page.rel_name.setText(name)
        page.rel_relation.setCurrentIndex(page.rel_relation.findData(relation.value))
        page._store("rel_relation")
    qtbot.waitUntil(lambda: all(d.contribution_text == "400.00" for d in wizard.drafts))
    screens.look(wizard, "proxy-relatives")
    _next(qtbot, window, wizard, PageId.RESULT)
    screens.look(wizard, "proxy-result")
    for mode in (ProxyMode.WALLET_QUOTA, ProxyMode.PAY_THEN_REFUND):
        while wizard.currentId() != PageId.PLAN:
            wizard.back()
        wait_idle(qtbot, window)
        wizard.plan_page.mode_buttons[mode].click()
        _next(qtbot, window, wizard, PageId.RELATIVES)
        _next(qtbot, window, wizard, PageId.RESULT)
        screens.look(wizard, f"proxy-result-{mode.value}")
    _next(qtbot, window, wizard, PageId.CHECKLIST)
    qtbot.waitUntil(lambda: wizard.checklist_page.preview is not None)
    screens.look(wizard, "proxy-checklist")
    case = _finish(qtbot, window, wizard)
    _look_at_case(qtbot, window, screens, case.id, "proxy")
    screens.assert_english("proxy-result-wallet_quota", "proxy-checklist", "page-cases-proxy")


@pytest.mark.parametrize("reason", ["settle", "live", "posted", "referral", "emergency", "trip"])
def test_offsite_filing_wizard_in_english(
    qtbot: QtBot,
    open_window: Callable[..., MainWindow],
    tmp_paths: AppPaths,
    english: Preferences,
    screens: Screens,
    reason: str,
) -> None:
    """天津 → 广州 for each reason to its result; care already had: the treated page too."""
    from tests.ui.test_offsite_wizard import _pick, _qdate
    from yibao.domain.offsite import Reason
    from yibao.ui.wizards.offsite_filing import PageId

    window = _window(
        open_window, tmp_paths, english, make_profile(name="李强", region_code="120000")
    )
    wizard = window.open_wizard("offsite-filing")
    wait_idle(qtbot, window)
    _pick(wizard.where.dest, "44", "440100")
    screens.look(wizard, "offsite-where")
    _next(qtbot, window, wizard, PageId.WHY)
    why = wizard.why
    why.buttons[Reason(reason)].setChecked(True)
    treated = reason in ("emergency", "settle")
    if treated:
        why.treated.setChecked(True)
    elif why.has_start.isVisible():
        why.has_start.setChecked(True)
    screens.look(wizard, f"offsite-why-{reason}")
    today = date.today()
    if treated:
        _next(qtbot, window, wizard, PageId.TREATED)
        wizard.treated.start.setDate(_qdate(today - timedelta(days=50)))
        wizard.treated.discharge.setDate(_qdate(today - timedelta(days=41)))
        screens.look(wizard, f"offsite-treated-{reason}")
    _next(qtbot, window, wizard, PageId.RESULT)
    qtbot.waitUntil(lambda: wizard.result_page.result is not None, timeout=10000)
    wait_idle(qtbot, window)
    screens.look(wizard, f"offsite-result-{reason}")
    wizard.accept()  # saved as a case
    qtbot.waitUntil(lambda: wizard.result_case is not None, timeout=10000)
    wait_idle(qtbot, window)
    _look_at_case(qtbot, window, screens, wizard.result_case.id, f"offsite-{reason}")
    screens.assert_english(f"offsite-result-{reason}", f"page-cases-offsite-{reason}")


@pytest.mark.parametrize("scenario", [s.value for s in Scenario])
def test_refund_wizard_in_english(
    qtbot: QtBot,
    open_window: Callable[..., MainWindow],
    tmp_paths: AppPaths,
    english: Preferences,
    screens: Screens,
    scenario: str,
) -> None:
    """Each scenario for 张建国 (retired, 武汉) through its details, result and checklist."""
    from tests.ui.test_refund_wizard import FATHER, _open, _set_date
    from yibao.ui.wizards.refund import PageId

    window = _window(open_window, tmp_paths, english, make_profile(region_code="420100"), [FATHER])
    wizard = _open(qtbot, window, date(2025, 2, 1))
    screens.look(wizard, "refund-scenario")
    wizard.scenario_page.set_scenario(Scenario(scenario))
    _next(qtbot, window, wizard, PageId.PERSON)
    screens.look(wizard, f"refund-person-{scenario}")
    _next(qtbot, window, wizard, PageId.DETAILS)
    wizard.next()  # nothing entered: the errors at the fields (where a field is needed)
    wait_idle(qtbot, window)
    if wizard.currentId() == PageId.DETAILS:
        screens.look(wizard, f"refund-details-error-{scenario}")
    else:
        wizard.back()
    details = wizard.details_page

    def shown(field: QWidget) -> bool:  # the fields this scenario asks for
        return field.isVisibleTo(wizard)

    if shown(details.termination_date):
        _set_date(details.termination_date, date(2025, 1, 10))
    if shown(details.balance):
        details.balance.setText("3,456.78")
    if shown(details.employee_enrolment_date):
        _set_date(details.employee_enrolment_date, date(2025, 1, 10))
    if shown(details.amount):
        details.amount.setText("400")
    if shown(details.application_date):
        _set_date(details.application_date, date(2025, 1, 20))
    screens.look(wizard, f"refund-details-{scenario}")
    _next(qtbot, window, wizard, PageId.RESULT)
    qtbot.waitUntil(lambda: wizard.result_page.assessment is not None)
    screens.look(wizard, f"refund-result-{scenario}")
    _next(qtbot, window, wizard, PageId.CHECKLIST)
    qtbot.waitUntil(lambda: wizard.checklist_page.preview is not None)
    screens.look(wizard, f"refund-checklist-{scenario}")
    _close(qtbot, window, wizard)
    screens.assert_english(f"refund-checklist-{scenario}")


def test_first_run_wizard_in_english(
    qtbot: QtBot,
    open_window: Callable[..., MainWindow],
    english: Preferences,
    screens: Screens,
) -> None:
    from yibao.ui.wizards.first_run import PageId

    window = open_window(english)
    qtbot.waitUntil(lambda: getattr(window, "first_run_wizard", None) is not None)
    wizard = window.first_run_wizard
    qtbot.waitUntil(wizard.isVisible)
    screens.look(wizard, "first-run-welcome")
    wizard.next()
    form = wizard.person.form
    form.name.setText("李娜")
    qtbot.keyClicks(form.id_number.line, VALID_ID[:-1] + "5")
    wizard.next()
    assert wizard.currentId() == PageId.PERSON
    screens.look(wizard, "first-run-person-error")
    form.id_number.line.clear()
    qtbot.keyClicks(form.id_number.line, VALID_ID)
    wizard.next()
    assert wizard.currentId() == PageId.INSURANCE
    wizard.next()
    assert wizard.currentId() == PageId.INSURANCE
    screens.look(wizard, "first-run-insurance-error")
    region = wizard.insurance.form.region
    region.province.setCurrentIndex(region.province.findData("51"))
    region.city.setCurrentIndex(region.city.findData("510500"))
    wizard.next()
    assert wizard.currentId() == PageId.SUMMARY
    screens.look(wizard, "first-run-summary")
    wizard.edits.reset()
    wizard.reject()
    screens.assert_english("first-run-summary")


def test_dialogs_in_english(
    qtbot: QtBot,
    open_window: Callable[..., MainWindow],
    tmp_paths: AppPaths,
    english: Preferences,
    screens: Screens,
) -> None:
    from tests.ui.test_policy_page import _decimal_row
    from yibao.ui.dialogs.account_dialog import AccountDialog
    from yibao.ui.dialogs.backup_file_dialog import BackupPasswordDialog
    from yibao.ui.dialogs.flexible_dialog import FlexibleDialog
    from yibao.ui.dialogs.import_dialog import ImportDialog
    from yibao.ui.dialogs.member_dialog import MemberDialog
    from yibao.ui.dialogs.override_dialog import OverrideDialog
    from yibao.ui.dialogs.record_dialog import RecordDialog
    from yibao.ui.dialogs.recovery import RecoveryDialog
    from yibao.ui.pages.policy import PolicyPage

    window = _window(open_window, tmp_paths, english, DEMO_PROFILE, DEMO_FAMILY)
    ctx = window.ctx
    window.show_page("history")
    wait_idle(qtbot, window)
    members = window.page("history").members  # type: ignore[attr-defined]
    window.show_page("policy")
    wait_idle(qtbot, window)
    policy = window.page("policy")
    assert isinstance(policy, PolicyPage)
    dialogs: dict[str, Callable[[], QWidget]] = {
        "member-new": lambda: MemberDialog(ctx, None, window),
        "member-edit": lambda: MemberDialog(ctx, members[1], window),
        "account": lambda: AccountDialog(ctx, members[0], window),
        "flexible-430100": lambda: FlexibleDialog(ctx, "430100", window),
        "flexible-370100": lambda: FlexibleDialog(ctx, "370100", window),
        "record": lambda: RecordDialog(ctx, members, None, None, window),
        "import": lambda: ImportDialog(ctx, members, None, window),
        "backup-save": lambda: BackupPasswordDialog(window, saving=True),
        "backup-open": lambda: BackupPasswordDialog(window, saving=False, file_name="x.yibao"),
        "override": lambda: OverrideDialog(
            ctx, _decimal_row(policy), "city-510100", "四川省 成都市", policy
        ),
        "recovery": lambda: RecoveryDialog(tmp_paths, "The data file is empty.", start_over=True),
    }
    for name, make in dialogs.items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        wait_idle(qtbot, window)
        screens.look(dialog, f"dialog-{name}")
        dialog.hide()
    screens.assert_english(*(f"dialog-{name}" for name in dialogs))


def test_local_value_dialog_in_english(
    qtbot: QtBot,
    open_window: Callable[..., MainWindow],
    tmp_paths: AppPaths,
    english: Preferences,
    screens: Screens,
) -> None:
    """The 代缴 relatives page for a 成都 resident and its "local value" dialog."""
    from tests.ui.test_resident_pricing_ui import CHENGDU, _open, _resident, _to_relatives
    from yibao.ui.dialogs.override_dialog import LocalValueDialog

    mother = _resident("王秀英", Relation.PARENT, date(1958, 4, 9), CHENGDU, Gender.FEMALE)
    window = _window(open_window, tmp_paths, english, make_profile(region_code=CHENGDU), [mother])
    wizard = _open(qtbot, window, date(2026, 12, 1))
    _to_relatives(qtbot, window, wizard)
    page = wizard.relatives_page
    qtbot.waitUntil(lambda: wizard.drafts[0].contribution_text == "400.00")
    page.list.setCurrentRow(0)
    screens.look(wizard, "proxy-relatives-chengdu")
    qtbot.mouseClick(page.local_value, Qt.MouseButton.LeftButton)
    dialog = wizard.local_dialog
    assert isinstance(dialog, LocalValueDialog)
    qtbot.waitUntil(dialog.isVisible)
    screens.look(dialog, "dialog-local-value")
    dialog.reject()
    _close(qtbot, window, wizard)
    screens.assert_english("proxy-relatives-chengdu", "dialog-local-value")


def test_who_pays_dialog_in_english(qtbot: QtBot, screens: Screens) -> None:
    from tests.ui.test_binding_wizard import shanxi_who_pays_setup
    from yibao.ui.dialogs.binding_dialogs import WhoPaysDialog

    dialog = WhoPaysDialog(shanxi_who_pays_setup("李娜"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    screens.look(dialog, "who-pays")
    dialog.bill.setText("900")
    dialog.giver_fields[0][1].setText("1500")
    dialog.giver_fields[1][1].setText("1300")
    dialog.calculate()
    screens.look(dialog, "who-pays-calculated")
    screens.assert_english("who-pays-calculated")


def test_book_values_and_lists_in_a_message_read_english() -> None:
    """A text value of the policy book put into a message (次年年底, 省内跨统筹区) reads as the
    book's English catalogue has it; a list of them (``Items``) item by item, joined the
    English way; a saved case's text (``written``) is written in English."""
    from yibao.domain.i18n import Items, written
    from yibao.ui.i18n import dtr, dtr_value

    assert dtr_value("次年年底") == "End of the following year"
    assert dtr("{text}", {"text": "省内跨统筹区"}) == "Across regions in the province"
    cases = Items(["参保人死亡", "离开统筹区且个人账户无法转移"])
    assert cases == "参保人死亡、离开统筹区且个人账户无法转移"  # as text: the Chinese
    assert dtr_value(cases) == (
        "The insured person died, Left the insurance region and the account cannot be moved"
    )
    assert written("有效期：{text}", {"text": "次年年底"}) == "Valid: End of the following year"
    assert written("{name}的返还申报成功", {"name": "李建国"}) == (
        "李建国's refund application approved"
    )
