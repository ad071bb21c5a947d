"""Windows and macOS installer scripts, the CI matrix, and build.py's own logic."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from types import ModuleType

import pytest

import yibao

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "packaging" / "windows" / "yibao.iss"
DMG = ROOT / "packaging" / "macos" / "make_dmg.sh"
MATRIX = ROOT / "packaging" / "ci" / "build-matrix.yml"
ACTIVE_MATRIX = ROOT / ".github" / "workflows" / "installers.yml"  # once on GitHub
#: Never change it: Windows finds the installed copy (upgrade, uninstall) by this id.
STABLE_APP_ID = "D8E44E51-C026-4216-B0E4-5CB13C3F2664"


def _iss() -> str:
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Inno Setup needs a UTF-8 BOM for Chinese text"
    return raw.decode("utf-8-sig")


def test_iss_stable_app_id() -> None:
    assert f"AppId={{{{{STABLE_APP_ID}}}" in _iss()


def test_iss_per_user_install_and_languages() -> None:
    text = _iss()
    assert re.search(r"^PrivilegesRequired=lowest\s*$", text, re.M)
    assert re.search(r"^PrivilegesRequiredOverridesAllowed=.*dialog", text, re.M)
    assert "{autopf}" in text and "{autoprograms}" in text
    assert re.search(r'^Name: "zh_CN"; MessagesFile:', text, re.M)
    assert re.search(r'^Name: "en"; MessagesFile: "compiler:Default.isl"', text, re.M)
    assert "[UninstallDelete]" not in text.replace("; No [UninstallDelete]", "")
    assert "userappdata" in text  # tells the user where the kept data is


def test_iss_names_agree_with_the_package() -> None:
    text = _iss()
    defines = dict(re.findall(r'^#define (\w+) "([^"]*)"', text, re.M))
    assert defines["AppNameZh"] == yibao.APP_NAME_ZH
    assert defines["AppNameEn"] == yibao.APP_NAME_EN
    assert defines["AppReverseId"] == yibao.APP_REVERSE_ID
    assert defines["AppDataDirName"] == yibao.APP_ID
    assert "#error Pass /DAppVersion" in text  # the version always comes from the package


def test_build_passes_the_package_version_to_iscc(build_script: ModuleType) -> None:
    cmd = build_script.iscc_command("ISCC.exe", Path("dist/yibao"), Path("dist"))
    assert f"/DAppVersion={yibao.__version__}" in cmd
    assert cmd[-1].endswith("yibao.iss")


def test_dmg_script() -> None:
    text = DMG.read_text(encoding="utf-8")
    assert "hdiutil create" in text and "/Applications" in text
    assert DMG.stat().st_mode & 0o111
    if shutil.which("bash"):
        subprocess.run(["bash", "-n", str(DMG)], check=True)
    if shutil.which("shellcheck"):
        subprocess.run(["shellcheck", str(DMG)], check=True)


def test_ci_matrix() -> None:
    text = (MATRIX if MATRIX.exists() else ACTIVE_MATRIX).read_text(encoding="utf-8")
    for os_name in ("ubuntu-", "windows-", "macos-"):
        assert f"os: {os_name}" in text
    assert "packaging/build.py --ci" in text
    assert ".github/workflows" in text  # says where to copy it


@pytest.mark.parametrize(
    ("soname", "package"),
    [
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libdbus-1.so.3", "libdbus-1-3"),
        ("libX11-xcb.so.1", "libx11-xcb1"),
        ("libglib-2.0.so.0", "libglib2.0-0"),
        ("libfontconfig.so.1", "libfontconfig1"),
        ("libEGL.so.1", "libegl1"),
    ],
)
def test_debian_package_names(build_script: ModuleType, soname: str, package: str) -> None:
    assert build_script._soname_package(soname) == package


def test_required_runtime_depends(build_script: ModuleType) -> None:
    for package in (
        "libgl1",
        "libegl1",
        "libxkbcommon0",
        "libxkbcommon-x11-0",
        "libfontconfig1",
        "libdbus-1-3",
        "libxcb-cursor0",
    ):
        assert package in build_script.DEB_REQUIRED_DEPENDS
    assert "fonts-noto-cjk" in build_script.DEB_RECOMMENDS


GOOD = "ok wizard:first-run\nok page:overview\nok page:family\n"


def test_smoke_output_accepted(build_script: ModuleType) -> None:
    assert build_script.check_smoke_output(0, GOOD, "", "x INFO y: starting\n") == []


@pytest.mark.parametrize(
    ("code", "stdout", "stderr", "log", "reason"),
    [
        (1, GOOD, "", "", "exit code 1"),
        (0, GOOD + "hello\n", "", "", "unexpected stdout"),
        (0, GOOD, "Traceback (most recent call last):\n", "", "stderr"),
        (0, GOOD, "qt.qpa.plugin: Could not load\n", "", "stderr"),
        (0, GOOD, "", "2026 WARNING MainThread yibao.ui.i18n: qtbase_zh_CN.qm not found", "log"),
        (0, "ok wizard:first-run\n", "", "", "no page"),
    ],
)
def test_smoke_output_rejected(
    build_script: ModuleType, code: int, stdout: str, stderr: str, log: str, reason: str
) -> None:
    problems = build_script.check_smoke_output(code, stdout, stderr, log)
    assert any(reason in p for p in problems), problems
