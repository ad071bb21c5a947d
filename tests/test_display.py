"""No display, or no libxcb-cursor0: one line saying what to do, a clean exit, no abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from yibao.display import EXIT_NO_DISPLAY, NO_DISPLAY, NO_XCB_CURSOR, display_problem

ROOT = Path(__file__).resolve().parents[1]


def _found(_name: str) -> str | None:
    return "libxcb-cursor.so.0"


def _missing(_name: str) -> str | None:
    return None


@pytest.mark.parametrize(
    ("environ", "find", "expected"),
    [
        ({}, _found, NO_DISPLAY),
        ({"QT_QPA_PLATFORM": "offscreen"}, _missing, None),
        ({"DISPLAY": ":0"}, _found, None),
        ({"DISPLAY": ":0"}, _missing, NO_XCB_CURSOR),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, _missing, NO_XCB_CURSOR),
        ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, _missing, None),
        ({"WAYLAND_DISPLAY": "wayland-0"}, _missing, None),
    ],
)
def test_linux_display_problems(
    environ: dict[str, str], find: object, expected: str | None
) -> None:
    assert display_problem(environ, "linux", find) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_windows_and_macos_always_have_a_screen(platform: str) -> None:
    assert display_problem({}, platform, _missing) is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland only")
def test_started_without_a_display_prints_a_hint_and_exits_cleanly(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env["PYTHONPATH"] = str(ROOT / "desktop")
    done = subprocess.run(
        [sys.executable, "-m", "yibao", "--data-dir", str(tmp_path / "data")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == EXIT_NO_DISPLAY, done.stderr
    assert done.stderr.strip().splitlines() == [NO_DISPLAY]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="shared libraries on Linux")
def test_libraries_are_found_where_distributions_keep_them() -> None:
    from yibao.display import find_library

    assert find_library("c") is not None  # glibc, present everywhere
    assert find_library("surely-no-such-library-here") is None
