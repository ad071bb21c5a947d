"""Helpers shared by the UI tests (importable; fixtures live in conftest.py)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from yibao.domain.people import Gender, Member, Relation, Scheme
from yibao.paths import AppPaths
from yibao.ui.main_window import MainWindow

#: a valid 18-digit number (GB 11643-1999's published example)
VALID_ID = "11010519491231002X"

SHOTS = os.environ.get("YIBAO_SHOTS")


def make_profile(**changes: object) -> Member:
    values: dict[str, object] = dict(
        name="张伟",
        relation=Relation.SELF,
        gender=Gender.MALE,
        birth_date=date(1980, 5, 1),
        scheme=Scheme.EMPLOYEE_ACTIVE,
        region_code="510500",
    )
    values.update(changes)
    return Member(**values)  # type: ignore[arg-type]


def seed(paths: AppPaths, profile: Member | None, members: list[Member] = ()) -> None:  # type: ignore[assignment]
    """Create the database the way a returning user would have it."""
    from yibao.services import household
    from yibao.services.database import open_database

    opened = open_database(paths)
    try:
        if profile is not None:
            household.save_profile(opened.db, profile, today=date.today())
        for m in members:
            household.add_member(opened.db, m, today=date.today())
    finally:
        opened.db.close()


def wait_idle(qtbot: QtBot, window: MainWindow, timeout: int = 10000) -> None:
    qtbot.waitUntil(lambda: window.ctx.ops.pending == 0, timeout=timeout)


def shot(widget: object, name: str) -> None:
    """Save a PNG of ``widget`` when YIBAO_SHOTS=dir is set (for looking at screens)."""
    if not SHOTS:
        return
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    from PySide6.QtCore import QCoreApplication

    # lay out what changed since the last event loop turn, as a person would see it
    QCoreApplication.processEvents()
    Path(SHOTS).mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(Path(SHOTS) / f"{name}.png"))
    from yibao.ui.layoutcheck import find_problems

    problems = find_problems(widget)
    if problems:
        with (Path(SHOTS) / "layout-problems.txt").open("a", encoding="utf-8") as out:
            out.writelines(f"{name}: {p}\n" for p in problems)
