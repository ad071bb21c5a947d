"""The 异地就医备案 wizard explains the 参保地's own temporary-filing cut with figures."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from tests.ui.uihelpers import make_profile, seed, shot, wait_idle
from yibao.domain.offsite import Reason
from yibao.paths import AppPaths
from yibao.ui.main_window import MainWindow
from yibao.ui.wizards.offsite_filing import OffsiteFilingWizard, PageId


def test_linyi_trip_shows_the_share_paid_first(
    qtbot: QtBot, open_window: Callable[..., MainWindow], tmp_paths: AppPaths
) -> None:
    tmp_paths.ensure()
    seed(tmp_paths, make_profile(name="赵敏", region_code="371300"))
    window = open_window()
    wizard = window.open_wizard("offsite-filing")
    assert isinstance(wizard, OffsiteFilingWizard)
    wait_idle(qtbot, window)
    assert wizard.where.insured.code() == "371300"
    wizard.where.dest.province.setCurrentIndex(wizard.where.dest.province.findData("31"))
    wizard.where.dest.city.setCurrentIndex(wizard.where.dest.city.findData("310000"))
    wizard.next()
    wizard.why.buttons[Reason.TRIP].setChecked(True)
    wizard.next()
    assert wizard.currentId() == PageId.RESULT
    qtbot.waitUntil(lambda: wizard.result_page.result is not None, timeout=10000)
    wait_idle(qtbot, window)
    text = wizard.result_page.browser.toPlainText()
    shot(wizard, "offsite-cut-paid-first")
    for fragment in (
        "临沂市规定",
        "先由个人自付 10%",
        "10000 元先自付 1000 元",
        "整笔费用报 81%",
    ):
        assert fragment in text, fragment
    wizard.reject()
