"""The overview's notice for someone not insured says when the next 集中缴费期 is, from the
book with its basis (it used to say "9 月至 12 月" for everyone)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.ui.uihelpers import make_profile, seed, wait_idle
from yibao.domain.people import Gender, Relation, Scheme
from yibao.paths import AppPaths
from yibao.ui.main_window import MainWindow
from yibao.ui.pages.overview import OverviewPage


class _Day(dt.date):
    """A fixed today for the overview page."""

    fixed = dt.date(2025, 10, 1)

    @classmethod
    def today(cls) -> _Day:
        return cls(cls.fixed.year, cls.fixed.month, cls.fixed.day)


def _notices(qtbot: QtBot, window: MainWindow) -> list[str]:
    window.show_page("overview")
    wait_idle(qtbot, window)
    page = window.page("overview")
    assert isinstance(page, OverviewPage)
    page.refresh()
    wait_idle(qtbot, window)
    out = []
    for i in range(page.notices.count()):
        item = page.notices.itemAt(i)
        widget = item.widget() if item is not None else None
        if isinstance(widget, QLabel):
            out.append(widget.text())
    return out


@pytest.fixture
def household(
    open_window: Callable[..., MainWindow], tmp_paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> Callable[[str | None, dt.date], MainWindow]:
    def make(region: str | None, today: dt.date) -> MainWindow:
        import yibao.ui.pages.overview as overview

        _Day.fixed = today
        monkeypatch.setattr(overview, "date", _Day)
        tmp_paths.ensure()
        mother = make_profile(
            name="李秀英",
            relation=Relation.PARENT,
            gender=Gender.FEMALE,
            birth_date=dt.date(1956, 2, 1),
            scheme=Scheme.NONE,
            enrolled=False,
            region_code=region,
        )
        seed(tmp_paths, make_profile(region_code="310000"), [mother])
        return open_window()

    return make


def test_the_published_period_of_the_members_region(
    qtbot: QtBot, household: Callable[[str | None, dt.date], MainWindow]
) -> None:
    # 上海 2026 年度: 2025-11-07 至 2025-12-25 (city-310000, resident.collection.period);
    # on 2025-10-01 the 2025 benefit year's period is over, the 2026 one comes next
    window = household("310000", dt.date(2025, 10, 1))
    notices = _notices(qtbot, window)
    assert len(notices) == 1
    assert notices[0].startswith(
        "李秀英目前没有参保。上海市居民医保的集中缴费期是 2025-11-07 至 2025-12-25〔"
    )
    assert notices[0].endswith("〕，断缴后再参保需要等待一段时间才能报销。")
    assert "9 月至 12 月" not in notices[0]


def test_the_usual_months_are_said_to_be_an_estimate(
    qtbot: QtBot, household: Callable[[str | None, dt.date], MainWindow]
) -> None:
    # no region: the national usual window, 9 月 to 12 月 of the year before the benefit year
    # (national.toml resident.collection.default_window); 2027's on 2026-12-02
    window = household(None, dt.date(2026, 12, 2))
    (notice,) = _notices(qtbot, window)
    assert notice.startswith(
        "李秀英目前没有参保。居民医保的集中缴费期通常是 2026-09-01 至 2026-12-31〔"
    )
    assert "未经证实" in notice and "以当地公布为准" in notice
