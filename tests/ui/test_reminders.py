"""Reminders in the running app: notifications with a fake clock and a fake notifier (once
per deadline per step, quiet mode), the in-app fallback without a tray, the overview's
deadline list and its span setting, the settings (lead days, quiet, start at login, export),
one case to the calendar, and the ``--minimized`` start."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import icalendar
import pytest
from PySide6.QtWidgets import QFrame, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from tests.ui.uihelpers import make_profile, seed, shot, wait_idle
from yibao.domain.cases import Case, CaseKind, Deadline
from yibao.domain.people import Gender, Member, Relation, Scheme
from yibao.paths import AppPaths
from yibao.prefs import Preferences, load_preferences
from yibao.services import cases as case_service
from yibao.services.database import open_database
from yibao.ui import tray
from yibao.ui.main_window import MainWindow
from yibao.ui.pages.settings import SettingsPage
from yibao.ui.widgets import deadlines_block

TODAY = date.today()
#: far from today, so the window's own monitor (real clock) never announces these
FAR = date(2031, 3, 10)


@pytest.fixture(autouse=True)
def _config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    config = tmp_path / "xdg-config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    return config


def _case(title: str, *dues: date) -> Case:
    return Case(
        kind=CaseKind.OFFSITE_FILING,
        title=title,
        member_id=1,
        deadlines=tuple(Deadline(f"期限{i + 1}", due) for i, due in enumerate(dues)),
    )


def _seed(paths: AppPaths, *found: Case, members: list[Member] = ()) -> None:  # type: ignore[assignment]
    paths.ensure()
    seed(paths, make_profile(), list(members))
    opened = open_database(paths)
    try:
        for c in found:
            case_service.save_case(opened.db, c)
    finally:
        opened.db.close()


class FakeNotifier:
    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []

    def notify(self, title: str, text: str) -> None:
        self.shown.append((title, text))


def _monitor(window: MainWindow, clock: list[date]) -> tuple[tray.ReminderMonitor, FakeNotifier]:
    fake = FakeNotifier()
    monitor = tray.ReminderMonitor(window.ctx, fake, today=lambda: clock[0], parent=window)
    return monitor, fake


def test_notified_once_per_step_with_a_fake_clock(
    qtbot: QtBot, open_window: Callable[..., MainWindow], tmp_paths: AppPaths
) -> None:
    _seed(tmp_paths, _case("临时外出就医备案", FAR))
    window = open_window()
    clock = [FAR - timedelta(days=10)]
    monitor, fake = _monitor(window, clock)
    seen: list[list[object]] = []
    monitor.notified.connect(seen.append)

    def check() -> None:
        monitor.check()
        wait_idle(qtbot, window)

    check()
    assert fake.shown == []  # ten days ahead: not in the 7-day window yet
    clock[0] = FAR - timedelta(days=7)
    check()
    assert fake.shown == [
        (
            "医保期限提醒",
            "2031-03-10（还有 7 天）期限1（临时外出就医备案）\n"
            "按“我的事项”里的清单备齐材料，在这天之前到参保地医保经办机构或医保 APP 办理；"
            "办完后勾选这个期限。",
        )
    ]
    assert len(seen) == 1
    check()
    clock[0] = FAR - timedelta(days=3)
    check()
    assert len(fake.shown) == 1  # same step: said once
    # quiet: nothing is shown, and nothing is used up
    window.ctx.prefs = window.ctx.prefs.with_(reminders_quiet=True)
    clock[0] = FAR - timedelta(days=1)
    check()
    assert len(fake.shown) == 1
    window.ctx.prefs = window.ctx.prefs.with_(reminders_quiet=False)
    check()
    assert fake.shown[-1][1].startswith("2031-03-10（还有 1 天）")
    clock[0] = FAR
    check()
    assert fake.shown[-1][1].startswith("2031-03-10（今天到期）")
    clock[0] = FAR + timedelta(days=2)
    check()
    assert fake.shown[-1][1].startswith("2031-03-10（已过期 2 天）")
    assert len(fake.shown) == 4


def test_several_deadlines_in_one_notification_and_lead_setting(
    qtbot: QtBot, open_window: Callable[..., MainWindow], tmp_paths: AppPaths
) -> None:
    _seed(tmp_paths, _case("返还", FAR, FAR - timedelta(days=2)))
    window = open_window(Preferences(reminder_lead_days=14))
    clock = [FAR - timedelta(days=14)]
    monitor, fake = _monitor(window, clock)
    monitor.check()
    wait_idle(qtbot, window)
    ((title, text),) = fake.shown
    assert title == "有 2 个医保期限需要注意"
    assert text.splitlines() == [
        "2031-03-08（还有 12 天）期限2（返还）",
        "2031-03-10（还有 14 天）期限1（返还）",
    ]


def test_without_a_tray_notices_go_to_the_status_bar(qtbot: QtBot, window: MainWindow) -> None:
    assert not tray.tray_available()  # offscreen has no system tray
    monitor = window.reminder_monitor
    assert monitor is not None and isinstance(monitor.notifier, tray.WindowNotifier)
    assert window.property("has_tray") is None
    monitor.notifier.notify("医保期限提醒", "2031-03-10（还有 7 天）期限1\n按清单办理")
    assert window.statusBar().currentMessage() == "医保期限提醒：2031-03-10（还有 7 天）期限1"


def _rows(window: MainWindow) -> list[QFrame]:
    page = window.page("overview")
    return [f for f in page.findChildren(QFrame) if f.objectName().startswith("deadline_row_")]


def _heads(window: MainWindow) -> list[str]:
    return [r.findChild(QLabel, "deadline_head").text() for r in _rows(window)]


def test_overview_spans_90_days_and_links_to_the_wizard(
    qtbot: QtBot, open_window: Callable[..., MainWindow], tmp_paths: AppPaths
) -> None:
    mother = Member(
        "李秀英", Relation.PARENT, Gender.FEMALE, date(1950, 3, 1), Scheme.RESIDENT, "510500"
    )
    _seed(
        tmp_paths,
        _case(
            "报销",
            TODAY + timedelta(days=5),
            TODAY + timedelta(days=60),
            TODAY + timedelta(days=120),
        ),
        members=[mother],
    )
    window = open_window(Preferences(overview_days=90))
    window.show_page("overview")
    wait_idle(qtbot, window)
    heads = _heads(window)
    case_heads = [h for h in heads if "（报销）" in h]
    assert len(case_heads) == 2  # +5 and +60; +120 is beyond 90 days
    span = window.page("overview").findChild(QLabel, "deadlines_span")
    assert span.text() == "接下来 90 天"
    # a longer span (the setting): the third case deadline and the collection end appear
    window.ctx.prefs = window.ctx.prefs.with_(overview_days=366)
    window.ctx.prefs_changed.emit()
    wait_idle(qtbot, window)
    heads = _heads(window)
    assert len([h for h in heads if "（报销）" in h]) == 3
    (collection,) = [
        r for r in _rows(window) if "李秀英的" in r.findChild(QLabel, "deadline_head").text()
    ]
    action = collection.findChild(QLabel, "deadline_action").text()
    assert "为李秀英缴纳" in action and "等待 3 个月" in action
    link = collection.findChild(QPushButton)
    assert link is not None and link.text() == "去代缴"
    shot(window, "overview-reminders")
    link.click()
    qtbot.waitUntil(lambda: getattr(window, "current_wizard", None) is not None)
    window.current_wizard.reject()
    wait_idle(qtbot, window)


def _settings(qtbot: QtBot, window: MainWindow) -> SettingsPage:
    window.show_page("settings")
    wait_idle(qtbot, window)
    page = window.page("settings")
    assert isinstance(page, SettingsPage)
    return page


def test_settings_save_reminder_preferences(
    qtbot: QtBot, window: MainWindow, tmp_paths: AppPaths
) -> None:
    page = _settings(qtbot, window)
    assert page.lead_days.value() == 7 and page.overview_days.value() == 90
    assert not page.quiet.isChecked()
    page.lead_days.setValue(10)
    page.overview_days.setValue(120)
    page.quiet.setChecked(True)
    saved = json.loads(tmp_paths.prefs_path.read_text(encoding="utf-8"))
    assert (saved["reminder_lead_days"], saved["overview_days"], saved["reminders_quiet"]) == (
        10,
        120,
        True,
    )
    assert load_preferences(tmp_paths.prefs_path) == window.ctx.prefs
    assert "没有系统托盘" in page.findChild(QLabel, "notify_where").text()


def test_start_at_login_writes_and_removes_the_xdg_entry(
    qtbot: QtBot, window: MainWindow, tmp_paths: AppPaths, _config_home: Path
) -> None:
    page = _settings(qtbot, window)
    entry = _config_home / "autostart" / "yibao.desktop"
    assert not page.start_at_login.isChecked() and not entry.exists()  # off by default
    assert str(entry) in page.autostart_note.text()
    page.start_at_login.setChecked(True)
    text = entry.read_text(encoding="utf-8")
    assert "--minimized" in text and str(tmp_paths.data_dir) in text
    assert page.start_at_login.isChecked()
    page.start_at_login.setChecked(False)
    assert not entry.exists()


def test_export_household_and_one_case_to_calendar(
    qtbot: QtBot,
    open_window: Callable[..., MainWindow],
    tmp_paths: AppPaths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _seed(tmp_paths, _case("报销", FAR), _case("备案", FAR, FAR + timedelta(days=1)))
    window = open_window()
    target = tmp_path / "out" / "全家"
    target.parent.mkdir()
    asked: list[Path] = []

    def ask(_parent: object, suggested: Path) -> Path:
        asked.append(suggested)
        return target.with_suffix(".ics")

    monkeypatch.setattr(deadlines_block, "ask_ics_path", ask)
    page = _settings(qtbot, window)
    page.export_button.click()
    wait_idle(qtbot, window)
    assert asked[-1].name == "医保期限.ics"
    events = icalendar.Calendar.from_ical(target.with_suffix(".ics").read_bytes()).walk("VEVENT")
    assert len(events) == 3
    assert "已导出 3 个期限" in page.reminder_status.text()
    # one case, from 我的事项
    window.show_page("cases")
    wait_idle(qtbot, window)
    cases_page = window.page("cases")
    cases_page.open_case(2)
    button = cases_page.findChild(QPushButton, "case_to_calendar")
    assert button is not None and button.text() == "加入日历…"
    button.click()
    wait_idle(qtbot, window)
    assert asked[-1].name == "备案.ics"
    events = icalendar.Calendar.from_ical(target.with_suffix(".ics").read_bytes()).walk("VEVENT")
    assert sorted(str(e["SUMMARY"]) for e in events) == ["期限1（备案）", "期限2（备案）"]
    assert "已导出 2 个期限" in cases_page.status_line.text()


def test_refund_wait_text_promises_only_what_is_delivered() -> None:
    from yibao.domain import refund

    assert "本事项会在那天提醒您" not in refund._A_WAIT
    assert "“加入日历…”" in refund._A_WAIT  # the cases page button of that name exists


def test_minimized_start_opens_the_database_without_a_paint(
    qtbot: QtBot, tmp_paths: AppPaths, reporter: object
) -> None:
    from yibao.app import _parse_plain, _parser

    assert _parse_plain(["--minimized"]) == _parser().parse_args(["--minimized"])
    assert _parse_plain(["--minimized"]).minimized is True
    _seed(tmp_paths)
    window = MainWindow(tmp_paths, Preferences(), reporter)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show_minimized_start()
    window.start()
    qtbot.waitUntil(lambda: window.ctx.is_ready, timeout=15000)
    wait_idle(qtbot, window)
    assert window.reminder_monitor is not None
    window.show_overview()
    qtbot.waitUntil(lambda: "overview" in window.pages)
    assert window.isVisible() and not window.isMinimized()
    wait_idle(qtbot, window)
    window.shutdown()


def test_reminders_add_nothing_before_the_first_paint(tmp_path: Path) -> None:
    """icalendar, the tray and the reminder services load after the window first paints."""
    from tests.ui.test_app import LOADED_AT_PAINT, _run, _startup_bench

    later = "icalendar,yibao.ui.tray,yibao.services.reminders,yibao.services.autostart"
    code = _startup_bench().yibao_code(LOADED_AT_PAINT)
    proc = _run(str(tmp_path / "data"), later, code=code)
    assert proc.returncode == 0, proc.stderr
    assert "loaded: []" in proc.stdout


def test_minimized_start_with_a_tray_stays_hidden_and_keeps_running(
    qtbot: QtBot, tmp_paths: AppPaths, reporter: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    monkeypatch.setattr(tray, "tray_available", lambda: True)
    tmp_paths.ensure()
    window = MainWindow(tmp_paths, Preferences(), reporter)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    try:
        window.show_minimized_start()
        assert not window.isVisible()
        assert app.quitOnLastWindowClosed() is False  # closing the window leaves the tray
    finally:
        app.setQuitOnLastWindowClosed(True)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ({}, (7, False, 90)),
        ({"reminder_lead_days": 14, "reminders_quiet": True, "overview_days": 30}, (14, True, 30)),
        # out of range, wrong types: the defaults, never a crash
        (
            {"reminder_lead_days": 0, "reminders_quiet": "yes", "overview_days": 5000},
            (7, False, 90),
        ),
        ({"reminder_lead_days": True, "overview_days": "90"}, (7, False, 90)),
    ],
)
def test_reminder_preferences_are_read_safely(
    tmp_path: Path, raw: dict[str, object], expected: tuple[int, bool, int]
) -> None:
    path = tmp_path / "prefs.json"
    path.write_text(json.dumps({"font_size": "large", **raw}), encoding="utf-8")
    prefs = load_preferences(path)
    assert (prefs.reminder_lead_days, prefs.reminders_quiet, prefs.overview_days) == expected
    assert prefs.font_size == "large"


def test_overview_shows_eight_and_counts_the_rest(
    qtbot: QtBot, open_window: Callable[..., MainWindow], tmp_paths: AppPaths
) -> None:
    _seed(tmp_paths, _case("多个期限", *(TODAY + timedelta(days=d) for d in range(1, 11))))
    window = open_window()
    window.show_page("overview")
    wait_idle(qtbot, window)
    assert len(_rows(window)) == 8
    more = window.page("overview").findChild(QPushButton, "deadlines_more")
    assert more is not None and more.text() == "还有 2 个期限，到“我的事项”查看"
    more.click()
    wait_idle(qtbot, window)
    cases_page = window.current_page()
    assert cases_page.page_name == "cases"
    button = cases_page.findChild(QPushButton, "case_to_calendar")
    assert button is not None
    qtbot.wait(50)
    cases_page.detail_scroll.ensureWidgetVisible(button)
    shot(window, "cases-with-calendar-button")


def test_tray_notifier_shows_a_balloon() -> None:
    from PySide6.QtWidgets import QSystemTrayIcon

    class FakeTray:
        def __init__(self) -> None:
            self.shown: list[tuple[object, ...]] = []

        def showMessage(self, *args: object) -> None:
            self.shown.append(args)

    fake = FakeTray()
    tray.TrayNotifier(fake).notify("医保期限提醒", "2031-03-10（还有 7 天）期限1")  # type: ignore[arg-type]
    assert fake.shown == [
        (
            "医保期限提醒",
            "2031-03-10（还有 7 天）期限1",
            QSystemTrayIcon.MessageIcon.Information,
            15000,
        )
    ]


def test_a_setting_changed_tick_by_tick_is_looked_at_once(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Moving the lead-days spin box from 7 to 30 must not announce the deadlines 23 times."""
    from yibao.services import reminders as reminder_service

    calls: list[int] = []
    monkeypatch.setattr(
        reminder_service, "take_notices", lambda db, today, lead: calls.append(lead) or []
    )
    monitor, _fake = _monitor(window, [date(2026, 12, 1)])
    for lead in range(8, 31):
        window.ctx.prefs = window.ctx.prefs.with_(reminder_lead_days=lead)
        window.ctx.prefs_changed.emit()
    assert calls == []
    # the window's own monitor listens too: each looks once, with the settled value
    qtbot.waitUntil(lambda: bool(calls), timeout=tray.SETTLE_MS + 3000)
    qtbot.wait(500)
    assert set(calls) == {30} and len(calls) <= 2
    del monitor
