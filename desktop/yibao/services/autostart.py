"""Start at login, minimised, to check deadlines (off by default; a setting).

One writer per platform, each writing the entry its platform documents:

* Linux and other XDG desktops: ``$XDG_CONFIG_HOME/autostart/yibao.desktop`` (default
  ``~/.config``), a Desktop Entry (XDG Autostart specification);
* Windows: the value ``Yibao`` under ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``
  holding the command line (written through an injectable registry, so tests on any OS can
  check what would be written);
* macOS: ``~/Library/LaunchAgents/org.yibao.Assistant.plist`` with ``Label``,
  ``ProgramArguments`` and ``RunAtLoad`` (launchd.plist).

The command is this program with ``--minimized`` (and ``--data-dir`` when one was chosen).
"""

from __future__ import annotations

import os
import plistlib
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Protocol

from yibao import APP_ID, APP_NAME_ZH, APP_REVERSE_ID

MINIMIZED_FLAG = "--minimized"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = APP_ID
DESKTOP_FILE = "yibao.desktop"


def command_line(
    data_dir: Path | None = None,
    *,
    executable: str | None = None,
    frozen: bool | None = None,
) -> list[str]:
    """The command that starts this app minimised (a frozen build is its own executable)."""
    exe = executable or sys.executable
    is_frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    if not is_frozen and sys.platform == "win32":
        windowed = Path(exe).with_name("pythonw.exe")  # no console window at login
        if windowed.exists():
            exe = str(windowed)
    cmd = [exe] if is_frozen else [exe, "-m", "yibao"]
    cmd.append(MINIMIZED_FLAG)
    if data_dir is not None:
        cmd += ["--data-dir", str(data_dir)]
    return cmd


class Autostart(Protocol):
    def is_enabled(self) -> bool: ...

    def enable(self, command: Sequence[str]) -> None: ...

    def disable(self) -> None: ...

    def location(self) -> str:
        """Where the entry lives (shown in Settings)."""
        ...


# ---------------------------------------------------------------------------- XDG


_EXEC_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def exec_quote(arg: str) -> str:
    """One argument of a Desktop Entry ``Exec`` key (quoting rules of the specification,
    then the escapes of a string value: ``\\`` doubled, ``%`` written ``%%``)."""
    if arg and not (set(arg) & _EXEC_RESERVED):
        quoted = arg
    else:
        inner = "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg)
        quoted = f'"{inner}"'
    return quoted.replace("\\", "\\\\").replace("%", "%%")


def desktop_entry(command: Sequence[str]) -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME_ZH}\n"
        "Name[en]=Yibao Assistant\n"
        "Comment=登录后在后台检查医保期限\n"
        "Comment[en]=Checks medical insurance deadlines after login\n"
        f"Exec={' '.join(exec_quote(a) for a in command)}\n"
        f"Icon={APP_REVERSE_ID}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


class XdgAutostart:
    def __init__(self, home: Path, env: Mapping[str, str]) -> None:
        config = env.get("XDG_CONFIG_HOME", "")
        # the specification: a relative XDG_CONFIG_HOME is invalid and ignored
        base = Path(config) if config and Path(config).is_absolute() else home / ".config"
        self.path = base / "autostart" / DESKTOP_FILE

    def is_enabled(self) -> bool:
        return self.path.is_file()

    def enable(self, command: Sequence[str]) -> None:
        _write_text(self.path, desktop_entry(command))

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)

    def location(self) -> str:
        return str(self.path)


# ---------------------------------------------------------------------------- macOS


def launch_agent(command: Sequence[str]) -> bytes:
    return plistlib.dumps(
        {"Label": APP_REVERSE_ID, "ProgramArguments": list(command), "RunAtLoad": True}
    )


class LaunchAgentAutostart:
    def __init__(self, home: Path) -> None:
        self.path = home / "Library" / "LaunchAgents" / f"{APP_REVERSE_ID}.plist"

    def is_enabled(self) -> bool:
        return self.path.is_file()

    def enable(self, command: Sequence[str]) -> None:
        _write_bytes(self.path, launch_agent(command))

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)

    def location(self) -> str:
        return str(self.path)


# ---------------------------------------------------------------------------- Windows


class Registry(Protocol):
    """The few calls on ``HKEY_CURRENT_USER`` the Run key needs."""

    def get(self, key: str, name: str) -> str | None: ...

    def set(self, key: str, name: str, value: str) -> None: ...

    def delete(self, key: str, name: str) -> None: ...


class WinRegistry:  # pragma: no cover - only on Windows
    """``winreg`` on ``HKEY_CURRENT_USER``."""

    def get(self, key: str, name: str) -> str | None:
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key) as handle:  # type: ignore[attr-defined,unused-ignore]
                value, _kind = winreg.QueryValueEx(handle, name)  # type: ignore[attr-defined,unused-ignore]
        except FileNotFoundError:
            return None
        return str(value)

    def set(self, key: str, name: str, value: str) -> None:
        import winreg

        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, key) as handle:  # type: ignore[attr-defined,unused-ignore]
            winreg.SetValueEx(handle, name, 0, winreg.REG_SZ, value)  # type: ignore[attr-defined,unused-ignore]

    def delete(self, key: str, name: str) -> None:
        import winreg

        try:
            with winreg.OpenKey(  # type: ignore[attr-defined,unused-ignore]
                winreg.HKEY_CURRENT_USER,  # type: ignore[attr-defined,unused-ignore]
                key,
                0,
                winreg.KEY_SET_VALUE,  # type: ignore[attr-defined,unused-ignore]
            ) as handle:
                winreg.DeleteValue(handle, name)  # type: ignore[attr-defined,unused-ignore]
        except FileNotFoundError:
            pass


def run_key_value(command: Sequence[str]) -> str:
    """The Run value: one command line, quoted the way Windows programs parse it."""
    return subprocess.list2cmdline(list(command))


class RunKeyAutostart:
    def __init__(self, registry: Registry) -> None:
        self.registry = registry

    def is_enabled(self) -> bool:
        return self.registry.get(RUN_KEY, RUN_VALUE) is not None

    def enable(self, command: Sequence[str]) -> None:
        self.registry.set(RUN_KEY, RUN_VALUE, run_key_value(command))

    def disable(self) -> None:
        self.registry.delete(RUN_KEY, RUN_VALUE)

    def location(self) -> str:
        return f"HKEY_CURRENT_USER\\{RUN_KEY}\\{RUN_VALUE}"


# ---------------------------------------------------------------------------- choice


def for_platform(
    platform: str | None = None,
    *,
    home: Path | None = None,
    env: Mapping[str, str] | None = None,
    registry: Registry | None = None,
) -> Autostart | None:
    """The writer for *platform* (``sys.platform``); ``None`` where there is none."""
    platform = platform or sys.platform
    home = home or Path.home()
    if platform == "win32":
        return RunKeyAutostart(registry or WinRegistry())
    if platform == "darwin":
        return LaunchAgentAutostart(home)
    if platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return XdgAutostart(home, os.environ if env is None else env)
    return None


def _write_bytes(path: Path, data: bytes) -> None:
    from yibao.paths import write_private_file

    path.parent.mkdir(parents=True, exist_ok=True)
    write_private_file(path, data)


def _write_text(path: Path, text: str) -> None:
    _write_bytes(path, text.encode("utf-8"))
