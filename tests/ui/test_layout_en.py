"""The English interface's wizard layout: longer texts are shown whole, in 大字 mode at 1024×700.

English is about a third longer than the Chinese it translates: subtitles take three lines where
Qt's wizard header keeps room for two, and a table's last column title no longer fits in what
the other columns leave. The checker (:mod:`yibao.ui.layoutcheck`) finds both.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage
from pytestqt.qtbot import QtBot

from tests.ui.uihelpers import make_profile, seed, wait_idle
from yibao.domain.proxy_payment import ProxyMode
from yibao.paths import AppPaths
from yibao.prefs import Preferences
from yibao.ui.layoutcheck import find_problems
from yibao.ui.main_window import MainWindow
from yibao.ui.widgets.basics import row_table
from yibao.ui.wizards.base import GuardedWizard


@pytest.fixture
def english_large(qapp: QApplication) -> Iterator[Preferences]:
    """English and 大字 for one test; Chinese and the session's text size again after it."""
    from tests.ui.conftest import FONT_SIZE
    from yibao.ui.i18n import apply_font, install_translators

    prefs = Preferences(font_size="large", language="en")
    install_translators(qapp, "en")
    apply_font(qapp, prefs.point_size)
    yield prefs
    install_translators(qapp, "zh_CN")
    apply_font(qapp, Preferences(font_size=FONT_SIZE).point_size)


def _header_subtitle(wizard: QWizard) -> QLabel:
    page = wizard.currentPage()
    (label,) = [w for w in wizard.findChildren(QLabel) if w.text() == page.subTitle()]
    return label


def test_a_long_subtitle_is_shown_whole_and_the_header_shrinks_again(qtbot: QtBot) -> None:
    """Qt's header has room for two lines of subtitle; the third was cut off."""
    wizard = GuardedWizard()
    qtbot.addWidget(wizard)
    wizard.setWizardStyle(QWizard.WizardStyle.ModernStyle)
    for subtitle in ("医保" * 150, "一行就够"):
        page = QWizardPage(wizard)
        page.setTitle("标题")
        page.setSubTitle(subtitle)
        QVBoxLayout(page).addWidget(QLabel("内容", page))
        wizard.addPage(page)
    wizard.resize(700, 500)
    wizard.show()
    qtbot.waitExposed(wizard)
    long_one = _header_subtitle(wizard)
    qtbot.waitUntil(lambda: long_one.height() >= long_one.heightForWidth(long_one.width()))
    assert long_one.height() > 2 * long_one.fontMetrics().lineSpacing() + 2
    assert find_problems(wizard) == []
    tall = long_one.parentWidget().height()
    wizard.next()  # a one-line subtitle: the header is back to Qt's two lines
    qtbot.waitUntil(lambda: long_one.parentWidget().height() < tall)
    assert long_one.height() <= 2 * long_one.fontMetrics().lineSpacing() + 4
    assert find_problems(wizard) == []


def test_last_column_keeps_its_title_when_the_columns_fill_the_table(qtbot: QtBot) -> None:
    """A stretched last column got what the others left, however little: its title was cut."""
    model = QStandardItemModel(2, 6)
    model.setHorizontalHeaderLabels([f"A fairly long column title {n}" for n in range(6)])
    table = row_table(None, "t", "t", model)  # type: ignore[arg-type]
    qtbot.addWidget(table)
    table.resize(500, 200)
    table.show()
    qtbot.waitExposed(table)
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: not header.stretchLastSection())
    assert header.sectionSize(5) >= header.sectionSizeHint(5)  # its whole title
    assert table.horizontalScrollBar().maximum() > 0  # the table scrolls sideways instead
    table.resize(3000, 200)  # room again: the last column takes the rest
    qtbot.waitUntil(header.stretchLastSection)
    assert header.sectionPosition(5) + header.sectionSize(5) == table.viewport().width()


def test_proxy_payment_pages_fit_in_english_large_at_1024x700(
    qtbot: QtBot,
    open_window: Callable[..., MainWindow],
    tmp_paths: AppPaths,
    english_large: Preferences,
) -> None:
    """The 代缴 wizard's giver and relatives subtitles take three lines; in 医保钱包 mode the
    result table's last column, "Mutual aid amount", was squeezed to a part of its title."""
    from tests.ui.test_proxy_payment_wizard import _giver, _open, _three_relatives
    from yibao.ui.wizards.proxy_payment import PageId

    tmp_paths.ensure()
    seed(tmp_paths, make_profile())
    window = open_window(english_large)
    wizard = _open(qtbot, window)
    wizard.resize(1024, 700)
    _giver(qtbot, window, wizard)
    qtbot.wait(50)
    problems = {"giver": [str(p) for p in find_problems(wizard)]}
    wizard.next()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: wizard.facts is not None)
    wizard.plan_page.mode_buttons[ProxyMode.WALLET_QUOTA].click()
    wizard.next()
    wait_idle(qtbot, window)
    _three_relatives(qtbot, wizard)
    qtbot.wait(50)
    problems["relatives"] = [str(p) for p in find_problems(wizard)]
    wizard.next()
    wait_idle(qtbot, window)
    assert wizard.currentId() == PageId.RESULT
    assert not wizard.result_page.table.isColumnHidden(10)  # 共济额度, the last one shown
    qtbot.wait(50)
    problems["result"] = [str(p) for p in find_problems(wizard)]
    assert problems == {"giver": [], "relatives": [], "result": []}
    wizard.edits.reset()
    wizard.reject()


def test_dialogs_fit_in_english_large(
    qtbot: QtBot,
    open_window: Callable[..., MainWindow],
    tmp_paths: AppPaths,
    english_large: Preferences,
) -> None:
    """Each dialog at the size it opens with, narrower than a 1024 screen, nothing cut off: the
    account dialog's section title, the member form's 参保状态 check box and the recovery
    dialog's wrapped lines were cut, and the import dialog's options made it 1081 px wide."""
    from tests.ui.test_layout import HOUSEHOLD
    from yibao.ui.dialogs.account_dialog import AccountDialog
    from yibao.ui.dialogs.import_dialog import ImportDialog
    from yibao.ui.dialogs.member_dialog import MemberDialog
    from yibao.ui.dialogs.recovery import RecoveryDialog

    tmp_paths.ensure()
    seed(tmp_paths, make_profile(name="李娜", region_code="510100"), HOUSEHOLD)
    window = open_window(english_large)
    ctx = window.ctx
    window.show_page("history")
    wait_idle(qtbot, window)
    members = window.page("history").members  # type: ignore[attr-defined]
    dialogs = {
        "member": MemberDialog(ctx, None, window),
        "account": AccountDialog(ctx, members[0], window),
        "import": ImportDialog(ctx, members, None, window),
        "recovery": RecoveryDialog(tmp_paths, "数据文件是空的（0 字节）", start_over=True),
    }
    problems: dict[str, list[str]] = {}
    for name, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        wait_idle(qtbot, window)
        qtbot.wait(50)
        found = [str(p) for p in find_problems(dialog)]
        if dialog.width() > 1024:
            found.append(f"{dialog.width()} px wide")
        if found:
            problems[name] = found
        dialog.hide()
    assert problems == {}


def test_who_pays_labels_fit_in_english_large(qtbot: QtBot, english_large: Preferences) -> None:
    """The label "Balance of sharing account holder 张伟(must keep ¥1,000.00)" was cut to its
    first half: the field goes below a label too long for the row, and the dialog grows with
    the text."""
    from tests.ui.test_binding_wizard import shanxi_who_pays_setup
    from yibao.ui.dialogs.binding_dialogs import WhoPaysDialog

    dialog = WhoPaysDialog(shanxi_who_pays_setup())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(50)
    assert find_problems(dialog) == []
    assert dialog.width() <= 1024


def test_refund_details_fit_in_english_large_at_1024x700(
    qtbot: QtBot,
    open_window: Callable[..., MainWindow],
    tmp_paths: AppPaths,
    english_large: Preferences,
) -> None:
    """离开参保地: "Can the personal account be transferred to the new place of insurance?"
    beside its field made the 日期和金额 page scroll sideways by 320 px."""
    from datetime import date

    from tests.ui.test_refund_wizard import FATHER, _open
    from yibao.domain.refund import Scenario
    from yibao.ui.wizards.refund import PageId

    tmp_paths.ensure()
    seed(tmp_paths, make_profile(region_code="420100"), [FATHER])
    window = open_window(english_large)
    wizard = _open(qtbot, window, date(2025, 2, 1))
    wizard.resize(1024, 700)
    wizard.scenario_page.set_scenario(Scenario.LEAVE_REGION)
    wizard.next()
    wait_idle(qtbot, window)
    wizard.next()
    wait_idle(qtbot, window)
    assert wizard.currentId() == PageId.DETAILS
    qtbot.wait(50)
    assert find_problems(wizard) == []
    wizard.edits.reset()
    wizard.reject()
