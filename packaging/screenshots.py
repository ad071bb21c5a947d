"""Render every page and every wizard's pages to PNG, in normal and 大字 mode, at two sizes.

    QT_QPA_PLATFORM=offscreen python packaging/screenshots.py [--out DIR] [--readme]
        [--language en [--english-check]]

A demo household (an employee in 成都 with her parents in 绵阳 and a child) lives in a
throwaway data folder. Each PNG is checked with :mod:`yibao.ui.layoutcheck`; the problems found
(clipped text, sideways scrolling) are printed and the exit status is 1 when there are any.
``--readme`` also refreshes the README's ``packaging/screenshots/overview.png`` (normal mode,
1024×700). ``--language en`` renders the English interface and lists, per screen, the Chinese
left outside brackets and the demo household's names and places (:mod:`yibao.ui.cjkcheck`);
with ``--english-check`` those count as problems too.
Needs a CJK font (``fonts-noto-cjk``).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZES = ((1024, 700), (1920, 1080))
MODES = ("normal", "large")
PAGES = ("overview", "history", "family", "cases", "policy", "settings")
WIZARDS = ("binding", "proxy-payment", "offsite-filing", "refund")


def demo_household(data_dir: Path) -> None:
    """成都 employee 李娜, her parents in 绵阳 (residents), her 8-year-old son."""
    from yibao.domain.people import Gender, Member, Relation, Scheme
    from yibao.paths import resolve_paths
    from yibao.services import household
    from yibao.services.database import open_database

    today = date.today()
    paths = resolve_paths(data_dir)
    paths.ensure()
    opened = open_database(paths)
    db = opened.db
    try:
        household.save_profile(
            db,
            Member(
                name="李娜",
                relation=Relation.SELF,
                gender=Gender.FEMALE,
                birth_date=date(1988, 6, 12),
                scheme=Scheme.EMPLOYEE_ACTIVE,
                region_code="510100",
            ),
            today=today,
        )
        for member in (
            Member(
                "李建国", Relation.PARENT, Gender.MALE, date(1958, 3, 1), Scheme.RESIDENT, "510700"
            ),
            Member(
                "王秀英",
                Relation.PARENT,
                Gender.FEMALE,
                date(1960, 8, 9),
                Scheme.RESIDENT,
                "510700",
            ),
            Member(
                "张小明", Relation.CHILD, Gender.MALE, date(2018, 5, 20), Scheme.RESIDENT, "510100"
            ),
        ):
            household.add_member(db, member, today=today)
    finally:
        db.close()


def _pump(app: object, rounds: int = 20) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    for _ in range(rounds):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def _wait(window: object, predicate: object, rounds: int = 400) -> None:
    from PySide6.QtCore import QCoreApplication, QThread

    for _ in range(rounds):
        QCoreApplication.processEvents()
        if predicate():  # type: ignore[operator]
            return
        QThread.msleep(10)


def _user_data() -> list[str]:
    """Names of the demo household and of every place: user data an English screen may show."""
    from yibao.ui.cjkcheck import place_names

    return ["李娜", "李建国", "王秀英", "张小明", *place_names()]


def shots(
    out: Path, language: str = "zh_CN", english_check: bool = False
) -> Iterator[tuple[str, list[str]]]:
    """(png name, problems) for every page and wizard page, every size and mode."""
    from PySide6.QtWidgets import QApplication, QWizard

    from yibao.paths import resolve_paths
    from yibao.prefs import Preferences
    from yibao.ui.errors import ErrorReporter
    from yibao.ui.i18n import apply_font, install_translators
    from yibao.ui.layoutcheck import find_problems
    from yibao.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    from yibao.ui.cjkcheck import find_chinese

    install_translators(app, language)  # type: ignore[arg-type]
    user_data = _user_data() if language == "en" else []

    def check(widget: object) -> list[str]:
        """Layout problems, then (English only) stray Chinese, marked as a problem or a note."""
        problems = [str(p) for p in find_problems(widget)]  # type: ignore[arg-type]
        if language == "en":
            mark = "Chinese" if english_check else "note: Chinese"
            found = find_chinese(widget, user_data)  # type: ignore[arg-type]
            problems += [f"{mark}: {c}" for c in found]
        return problems

    data = Path(tempfile.mkdtemp(prefix="yibao-shots-"))
    demo_household(data)
    paths = resolve_paths(data)
    out.mkdir(parents=True, exist_ok=True)
    for mode in MODES:
        prefs = Preferences(font_size=mode, language=language)
        apply_font(app, prefs.point_size)  # type: ignore[arg-type]
        reporter = ErrorReporter(paths.log_path, interactive=False)
        window = MainWindow(paths, prefs, reporter)
        window.show()
        window.start()
        _wait(window, lambda w=window: w.ctx.is_ready and w.ctx.ops.pending == 0)
        for width, height in SIZES:
            window.resize(width, height)
            for page in PAGES:
                window.show_page(page)
                _wait(window, lambda w=window: w.ctx.ops.pending == 0)
                _pump(app)
                name = f"{mode}-{width}x{height}-page-{page}.png"
                window.grab().save(str(out / name))
                yield name, check(window)
            for wizard_name in WIZARDS:
                wizard = window.open_wizard(wizard_name)
                assert isinstance(wizard, QWizard)
                _wait(window, lambda w=window: w.ctx.ops.pending == 0)
                wizard.resize(min(width, 1100), min(height, 780))
                _pump(app)
                index = 1
                while True:
                    name = f"{mode}-{width}x{height}-wizard-{wizard_name}-{index}.png"
                    wizard.grab().save(str(out / name))
                    yield name, check(wizard)
                    before = wizard.currentId()
                    button = wizard.button(QWizard.WizardButton.NextButton)
                    if not (button.isVisible() and button.isEnabled()) or index >= 8:
                        break
                    wizard.next()
                    _wait(window, lambda w=window: w.ctx.ops.pending == 0)
                    _pump(app)
                    if wizard.currentId() == before:
                        break  # the page wants input this demo doesn't give
                    index += 1
                wizard.edits.reset()  # type: ignore[attr-defined]
                wizard.reject()
                _pump(app)
        if reporter.errors:
            yield f"{mode}-errors", [str(e) for e in reporter.errors]
        window.shutdown()
        window.deleteLater()
        _pump(app)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "yibao-shots")
    parser.add_argument("--readme", action="store_true")
    parser.add_argument("--language", choices=("zh_CN", "en"), default="zh_CN")
    parser.add_argument("--english-check", action="store_true")
    args = parser.parse_args(argv)
    failed = 0
    chinese_screens = 0
    for name, found in shots(args.out, args.language, args.english_check):
        problems = [p for p in found if not p.startswith("note: ")]
        status = "ok" if not problems else "PROBLEMS"
        print(f"{status} {name}")
        for line in found:
            print(f"    {line}")
        failed += bool(problems)
        chinese_screens += any(p.startswith(("note: Chinese", "Chinese")) for p in found)
    print(f"{failed} screens with problems; PNGs in {args.out}")
    if args.language == "en":
        print(f"{chinese_screens} screens with Chinese outside brackets and user data")
    if args.readme:
        import shutil

        shutil.copyfile(
            args.out / "normal-1024x700-page-overview.png",
            ROOT / "packaging" / "screenshots" / "overview.png",
        )
        print("updated packaging/screenshots/overview.png")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
