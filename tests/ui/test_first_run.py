"""A new user: the first-run wizard, validation at the field, and the profile after a restart."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from tests.ui.uihelpers import VALID_ID, shot, wait_idle
from yibao.domain.people import Gender, Relation, Scheme
from yibao.ui.main_window import MainWindow
from yibao.ui.wizards.first_run import FirstRunWizard, PageId


def _wizard(qtbot: QtBot, window: MainWindow) -> FirstRunWizard:
    qtbot.waitUntil(lambda: getattr(window, "first_run_wizard", None) is not None)
    wizard = window.first_run_wizard
    qtbot.waitUntil(wizard.isVisible)
    return wizard


def test_new_user_completes_wizard_and_finds_profile_after_restart(
    qtbot: QtBot, open_window: Callable[..., MainWindow]
) -> None:
    window = open_window()
    wizard = _wizard(qtbot, window)
    shot(wizard, "first-run-1-welcome")
    assert wizard.currentId() == PageId.WELCOME
    # Qt's own translation is loaded only by app.py; the button exists either way
    wizard.next()
    assert wizard.currentId() == PageId.PERSON
    form = wizard.person.form
    # mandatory name registered with '*': Next is disabled until a name is typed
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    form.name.setText("王秀英")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()

    # a wrong check digit is refused at the field, with a clear message
    wrong = VALID_ID[:-1] + "5"
    qtbot.keyClicks(form.id_number.line, wrong)
    wizard.next()
    assert wizard.currentId() == PageId.PERSON
    assert "校验位" in form.errors.text("id_number")
    assert form.id_number.line.property("invalid") is True
    shot(wizard, "first-run-2-person-error")

    # the right number fills in birth date and gender
    form.id_number.line.clear()
    qtbot.keyClicks(form.id_number.line, VALID_ID.lower())
    assert form.birth_date.value() == date(1949, 12, 31)
    assert form.gender_value() is Gender.FEMALE
    wizard.next()
    assert wizard.currentId() == PageId.INSURANCE
    assert form.errors.text("id_number") == ""

    ins = wizard.insurance.form
    ins.scheme.setCurrentIndex(ins.scheme.findData(Scheme.EMPLOYEE_RETIRED.value))
    # no region chosen → refused at the region field
    wizard.next()
    assert wizard.currentId() == PageId.INSURANCE
    assert ins.errors.text("region_code")
    ins.region.province.setCurrentIndex(ins.region.province.findData("51"))
    ins.region.city.setCurrentIndex(ins.region.city.findData("510500"))
    shot(wizard, "first-run-3-insurance")
    wizard.next()
    assert wizard.currentId() == PageId.SUMMARY
    summary = wizard.summary.summary.text()
    assert "王秀英" in summary and "泸州市" in summary
    assert VALID_ID not in summary and "110105********002X" in summary
    shot(wizard, "first-run-4-summary")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: not wizard.isVisible())
    wait_idle(qtbot, window)
    assert window.ctx.profile is not None
    assert window.ctx.profile.name == "王秀英"
    assert "王秀英" in window.profile_label.text()
    window.shutdown()

    # restart: no wizard, same profile
    again = open_window()
    wait_idle(qtbot, again)
    assert getattr(again, "first_run_wizard", None) is None
    profile = again.ctx.profile
    assert profile is not None
    assert profile.relation is Relation.SELF
    assert profile.id_number == VALID_ID
    assert profile.scheme is Scheme.EMPLOYEE_RETIRED
    assert profile.region_code == "510500"
    family = again.page("family")
    again.show_page("family")
    wait_idle(qtbot, again)
    assert family.model.rowCount() == 1
    masked = family.model.data(family.model.index(0, 5), Qt.ItemDataRole.DisplayRole)
    assert masked == "110105********002X"


def test_birth_date_in_future_refused(qtbot: QtBot, open_window: Callable[..., MainWindow]) -> None:
    window = open_window()
    wizard = _wizard(qtbot, window)
    wizard.next()
    form = wizard.person.form
    form.name.setText("李四")
    form.gender.setCurrentIndex(form.gender.findData(Gender.MALE.value))
    form.birth_date.setValue(date.today() + timedelta(days=30))
    wizard.next()
    assert wizard.currentId() == PageId.PERSON
    assert form.errors.text("birth_date")
    wizard.reject()
