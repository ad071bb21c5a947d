"""Start at login: the XDG entry written and removed (Linux), and what the Windows Run key
and the macOS LaunchAgent would hold, in their documented formats."""

from __future__ import annotations

import plistlib
import stat
import subprocess
from pathlib import Path

import pytest

from yibao.services import autostart
from yibao.services.autostart import (
    LaunchAgentAutostart,
    RunKeyAutostart,
    XdgAutostart,
    command_line,
    exec_quote,
)

CMD = ["/opt/医保 助手/bin/python", "-m", "yibao", "--minimized", "--data-dir", "/home/w/数据 100%"]


def _exec_args(entry: str) -> list[str]:
    """Parse the Exec key back the way the Desktop Entry specification says."""
    line = next(x for x in entry.splitlines() if x.startswith("Exec="))
    value = line.removeprefix("Exec=")
    # string-value escapes first (\\ → \), then the field code %% → %
    unescaped = value.replace("\\\\", "\\").replace("%%", "%")
    args: list[str] = []
    current: list[str] | None = None
    chars = iter(unescaped)
    quoted = False
    for ch in chars:
        if quoted:
            if ch == "\\":
                current.append(next(chars))  # type: ignore[union-attr]
            elif ch == '"':
                quoted = False
            else:
                current.append(ch)  # type: ignore[union-attr]
        elif ch == " ":
            if current is not None:
                args.append("".join(current))
                current = None
        else:
            current = current if current is not None else []
            if ch == '"':
                quoted = True
            else:
                current.append(ch)
    if current is not None:
        args.append("".join(current))
    return args


def test_command_line() -> None:
    assert command_line(executable="/usr/bin/python3", frozen=False) == [
        "/usr/bin/python3",
        "-m",
        "yibao",
        "--minimized",
    ]
    assert command_line(Path("/data"), executable="/opt/yibao/yibao", frozen=True) == [
        "/opt/yibao/yibao",
        "--minimized",
        "--data-dir",
        "/data",
    ]


def test_xdg_entry_written_and_removed(tmp_path: Path) -> None:
    config = tmp_path / "cfg"
    writer = autostart.for_platform("linux", home=tmp_path, env={"XDG_CONFIG_HOME": str(config)})
    assert isinstance(writer, XdgAutostart)
    assert writer.path == config / "autostart" / "yibao.desktop"
    assert not writer.is_enabled()
    writer.enable(CMD)
    assert writer.is_enabled()
    text = writer.path.read_text(encoding="utf-8")
    assert text.startswith("[Desktop Entry]\n")
    keys = dict(line.split("=", 1) for line in text.splitlines()[1:])
    assert keys["Type"] == "Application" and keys["Name"] == "医保个人助手"
    assert keys["Terminal"] == "false"
    assert _exec_args(text) == CMD
    assert stat.S_IMODE(writer.path.stat().st_mode) & 0o022 == 0
    writer.disable()
    assert not writer.is_enabled() and not writer.path.exists()
    writer.disable()  # already gone: fine


def test_xdg_default_and_relative_config_home(tmp_path: Path) -> None:
    for env in ({}, {"XDG_CONFIG_HOME": "relative/cfg"}):
        writer = autostart.for_platform("linux", home=tmp_path, env=env)
        assert isinstance(writer, XdgAutostart)
        assert writer.path == tmp_path / ".config" / "autostart" / "yibao.desktop"


@pytest.mark.parametrize("arg", ["plain", "with space", 'q"uote', "do$llar", "back\\slash", "50%"])
def test_exec_quote_round_trips(arg: str) -> None:
    entry = f"[Desktop Entry]\nExec={exec_quote(arg)}\n"
    assert _exec_args(entry) == [arg]


class FakeRegistry:
    def __init__(self) -> None:
        self.values: dict[tuple[str, str], str] = {}

    def get(self, key: str, name: str) -> str | None:
        return self.values.get((key, name))

    def set(self, key: str, name: str, value: str) -> None:
        self.values[(key, name)] = value

    def delete(self, key: str, name: str) -> None:
        self.values.pop((key, name), None)


def test_windows_run_key() -> None:
    registry = FakeRegistry()
    writer = autostart.for_platform("win32", registry=registry)
    assert isinstance(writer, RunKeyAutostart)
    cmd = [r"C:\Program Files\Yibao\yibao.exe", "--minimized", "--data-dir", r"D:\医保 数据"]
    writer.enable(cmd)
    key = r"Software\Microsoft\Windows\CurrentVersion\Run"
    value = registry.values[(key, "Yibao")]
    assert value == r'"C:\Program Files\Yibao\yibao.exe" --minimized --data-dir "D:\医保 数据"'
    assert value == subprocess.list2cmdline(cmd)
    assert writer.is_enabled()
    assert (
        writer.location()
        == r"HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run\Yibao"
    )
    writer.disable()
    assert registry.values == {} and not writer.is_enabled()


def test_macos_launch_agent(tmp_path: Path) -> None:
    writer = autostart.for_platform("darwin", home=tmp_path)
    assert isinstance(writer, LaunchAgentAutostart)
    assert writer.path == tmp_path / "Library" / "LaunchAgents" / "org.yibao.Assistant.plist"
    writer.enable(CMD)
    data = plistlib.loads(writer.path.read_bytes())
    assert data == {"Label": "org.yibao.Assistant", "ProgramArguments": CMD, "RunAtLoad": True}
    assert writer.path.read_bytes().startswith(b"<?xml")
    writer.disable()
    assert not writer.path.exists()


def test_unknown_platform_has_none() -> None:
    assert autostart.for_platform("sunos5") is None
