"""政策参数: browse with sources; override a value for the user's region; revert; restart."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.uihelpers import shot, wait_idle
from yibao.domain.policy import Resolved, ValueType
from yibao.ui.dialogs import confirm as confirm_mod
from yibao.ui.dialogs.override_dialog import OverrideDialog
from yibao.ui.main_window import MainWindow
from yibao.ui.pages.policy import PolicyPage


def _page(qtbot: QtBot, window: MainWindow) -> PolicyPage:
    window.show_page("policy")
    wait_idle(qtbot, window)
    page = window.page("policy")
    assert isinstance(page, PolicyPage)
    return page


def _decimal_row(page: PolicyPage) -> Resolved:
    for r in page.model.rows():
        if r.info.value_type is ValueType.DECIMAL and not r.overridden:
            return r
    raise AssertionError("no decimal parameter in the book")


def test_rows_show_source_and_confidence(qtbot: QtBot, window: MainWindow) -> None:
    page = _page(qtbot, window)
    assert page.region.currentData() == "510500"  # the user's region first
    assert "泸州" in page.region.currentText()
    assert page.model.rowCount() > 10
    assert all(r.source is not None for r in page.model.rows())
    row = _decimal_row(page)
    assert page.select_key(row.info.key)
    html = page.detail.toHtml()
    assert row.source is not None and row.source.title.split("（")[0][:6] in html
    assert "核验日期" in html
    shot(window, "policy-page")


def test_search_and_category_filter(qtbot: QtBot, window: MainWindow) -> None:
    page = _page(qtbot, window)
    total = page.model.rowCount()
    page.search.setText("zzzz-no-such-thing")
    assert page.count_label.text() == "共 0 项"
    page.search.clear()
    page.category.setCurrentIndex(1)
    shown = int(page.count_label.text().strip("共 项"))
    assert 0 < shown < total


def test_override_marked_survives_restart_and_reverts(
    qtbot: QtBot,
    window: MainWindow,
    open_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _page(qtbot, window)
    row = _decimal_row(page)
    page.select_key(row.info.key)

    # invalid text is refused at the field
    dialog = OverrideDialog(window.ctx, row, "city-510500", "四川省 泸州市", page)
    qtbot.addWidget(dialog)
    dialog.value.setText("abc")
    dialog.save()
    wait_idle(qtbot, window)
    assert dialog.saved is None
    assert dialog.errors.text("value")

    dialog.value.setText("123.45")
    dialog.note.setText("当地 2025 年通知")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved is not None)
    wait_idle(qtbot, window)
    changed = next(r for r in page.model.rows() if r.info.key == row.info.key)
    assert changed.overridden
    assert str(changed.value) in ("123.45", "123.450", "1.2345")  # unit-dependent display
    page.select_key(row.info.key)
    assert page.revert_button.isEnabled()
    assert "本地修改" in page.detail.toPlainText()
    shot(window, "policy-page-override")
    window.shutdown()

    again = open_window()
    page2 = _page(qtbot, again)
    kept = next(r for r in page2.model.rows() if r.info.key == row.info.key)
    assert kept.overridden and kept.override is not None
    assert kept.override.note == "当地 2025 年通知"

    monkeypatch.setattr(confirm_mod, "confirm", lambda *a, **k: True)
    page2.select_key(row.info.key)
    page2.revert_selected()
    wait_idle(qtbot, again)
    back = next(r for r in page2.model.rows() if r.info.key == row.info.key)
    assert not back.overridden
    assert back.value == row.value


def test_policy_models_pass_modeltester(qtmodeltester, qtbot: QtBot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, window)
    qtmodeltester.check(page.model)
