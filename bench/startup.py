"""Time to first paint of ``yibao`` against a bare PySide6 QMainWindow, in the same run.

Each sample is a fresh process, measured from spawn until the first paint event of its main
window (offscreen). Runs alternate between the two so machine noise hits both alike. The data
dir holds a household of six, already migrated, as a returning user would have, and our modules
are byte-compiled, as they are once installed.

    python bench/startup.py [--runs 9]

Prints the medians and the ratio (goal: ≤ 1.5).
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The hook watches the main window only: it is installed when ``QMainWindow.show`` runs (for the
# bare window and for ours alike). An application-wide Python event filter would turn every event
# of every widget into a call into Python, a cost the real app never pays and one that grows with
# the number of widgets, so it would penalise the app for the measurement's sake.
PAINT_HOOK = r"""
import os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            on_first_paint()
            sys.stdout.flush()
            os._exit(0)
        return False

app = QApplication(sys.argv[:1])
hook = FirstPaint()
_show = QMainWindow.show

def show(self):
    self.installEventFilter(hook)
    _show(self)

QMainWindow.show = show
"""

REPORT_PAINT = r"""
def on_first_paint():
    sys.stdout.write("painted\n")
"""

BARE = (
    PAINT_HOOK
    + REPORT_PAINT
    + r"""
w = QMainWindow(); w.resize(1120, 740); w.show()
app.exec()
"""
)


def yibao_code(on_first_paint: str = REPORT_PAINT) -> str:
    """``yibao`` on the data dir in ``sys.argv[1]``; ``on_first_paint`` defines what runs then.

    tests/ui/test_app.py uses it to check what is loaded at the moment this bench measures.
    """
    return (
        PAINT_HOOK
        + on_first_paint
        + r"""
from yibao.app import main
main(["--data-dir", sys.argv[1]])
"""
    )


def prepare_data_dir(path: Path) -> None:
    """A returning user's data dir: migrated database, profile and five relatives."""
    from yibao.domain.people import Gender, Member, Relation, Scheme
    from yibao.paths import resolve_paths
    from yibao.services import household
    from yibao.services.database import open_database

    opened = open_database(resolve_paths(path))
    db = opened.db
    today = date.today()
    household.save_profile(
        db,
        Member(
            "张伟", Relation.SELF, Gender.MALE, date(1980, 5, 1), Scheme.EMPLOYEE_ACTIVE, "510500"
        ),
        today=today,
    )
    people = [
        ("李娜", Relation.SPOUSE, Gender.FEMALE, date(1982, 3, 9), Scheme.RESIDENT),
        ("张建国", Relation.PARENT, Gender.MALE, date(1952, 1, 2), Scheme.EMPLOYEE_RETIRED),
        ("王秀英", Relation.PARENT, Gender.FEMALE, date(1954, 7, 7), Scheme.RESIDENT),
        ("张小明", Relation.CHILD, Gender.MALE, date(2010, 9, 1), Scheme.RESIDENT),
        ("张强", Relation.SIBLING, Gender.MALE, date(1985, 2, 2), Scheme.NONE),
    ]
    for name, rel, gender, born, scheme in people:
        household.add_member(
            db,
            Member(name, rel, gender, born, scheme, "510500", enrolled=scheme is not Scheme.NONE),
            today=today,
        )
    db.close()


def sample(code: str, *args: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(ROOT / "desktop"), env.get("PYTHONPATH")])
    )
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, timeout=120
    )
    elapsed = time.perf_counter() - t0
    if "painted" not in proc.stdout:
        raise SystemExit(f"no paint seen (exit {proc.returncode}): {proc.stderr[-2000:]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "desktop"))
    # An installed app starts from bytecode (pip compiles at install, PyInstaller ships .pyc);
    # with PYTHONDONTWRITEBYTECODE set, a source checkout would recompile every module on
    # every start, so compile once up front.
    compileall.compile_dir(ROOT / "desktop" / "yibao", quiet=1)
    with tempfile.TemporaryDirectory(prefix="yibao-bench-") as tmp:
        data = Path(tmp)
        prepare_data_dir(data)
        sample(BARE)  # warm the file cache for both
        sample(yibao_code(), str(data))
        bare: list[float] = []
        app: list[float] = []
        for _ in range(args.runs):
            bare.append(sample(BARE))
            app.append(sample(yibao_code(), str(data)))
    b, a = statistics.median(bare), statistics.median(app)
    print(f"bare QMainWindow first paint: median {b * 1000:.0f} ms over {args.runs} runs")
    print(f"yibao first paint:            median {a * 1000:.0f} ms over {args.runs} runs")
    print(f"ratio yibao / bare: {a / b:.2f} (goal <= 1.50)")


if __name__ == "__main__":
    main()
