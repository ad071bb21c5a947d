"""Is there a screen to show the window on? Said in one line before Qt would abort.

Started without a display (over SSH, in a container) or without ``libxcb-cursor0`` on X11, Qt
prints a long plugin message and aborts with status 134. This check runs before Qt is loaded and
prints what to do instead. Standard library only (it runs before the first paint).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping

#: exit status when there is no display to show the window on
EXIT_NO_DISPLAY = 4

#: Qt platforms that need no screen or bring their own
_HEADLESS = ("offscreen", "minimal", "vnc", "eglfs", "linuxfb", "vkkhrdisplay")

NO_DISPLAY = (
    "医保个人助手需要图形界面，但这里没有显示器（没有设置 DISPLAY 或 WAYLAND_DISPLAY）。"
    "请在桌面环境中启动；只想检查安装是否完好，可以运行："
    "QT_QPA_PLATFORM=offscreen yibao --smoke-test"
)
#: where Linux distributions keep shared libraries (looked at directly: ``ctypes.util`` would
#: run ``ldconfig`` in a subprocess before the first paint)
_LIBRARY_DIRS = (
    "/usr/lib/x86_64-linux-gnu",
    "/usr/lib/aarch64-linux-gnu",
    "/usr/lib64",
    "/usr/lib",
    "/lib/x86_64-linux-gnu",
    "/lib/aarch64-linux-gnu",
    "/lib64",
    "/lib",
    "/usr/local/lib",
)


def find_library(name: str) -> str | None:
    """The path of ``lib<name>.so.*`` in the usual places (and ``LD_LIBRARY_PATH``), or None."""
    extra = [d for d in os.environ.get("LD_LIBRARY_PATH", "").split(os.pathsep) if d]
    prefix = f"lib{name}.so"
    for directory in (*extra, *_LIBRARY_DIRS):
        try:
            with os.scandir(directory) as entries:
                for entry in entries:
                    if entry.name.startswith(prefix):
                        return entry.path
        except OSError:
            continue
    return None


NO_XCB_CURSOR = (
    "缺少 Qt 在 X11 上需要的库 libxcb-cursor0。Debian/Ubuntu 上安装："
    "sudo apt-get install libxcb-cursor0（其他发行版：xcb-util-cursor）"
)


def display_problem(
    environ: Mapping[str, str],
    platform: str = sys.platform,
    find_library: Callable[[str], str | None] = find_library,
) -> str | None:
    """A Chinese one-line hint when the window can't be shown here, else ``None``."""
    if not platform.startswith("linux") and "bsd" not in platform:
        return None  # Windows and macOS always have their own platform plugin
    chosen = environ.get("QT_QPA_PLATFORM", "").strip().lower()
    if chosen.startswith(_HEADLESS):
        return None
    wayland = bool(environ.get("WAYLAND_DISPLAY"))
    x11 = bool(environ.get("DISPLAY"))
    if not (wayland or x11):
        return NO_DISPLAY
    uses_xcb = chosen.startswith("xcb") or (not chosen and x11 and not wayland)
    if uses_xcb and find_library("xcb-cursor") is None:
        return NO_XCB_CURSOR
    return None
