"""Linux desktop file, AppStream metainfo and the icon files."""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

import yibao

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{yibao.APP_REVERSE_ID}.desktop"
METAINFO = LINUX / f"{yibao.APP_REVERSE_ID}.metainfo.xml"
ICONS = ROOT / "resources" / "icons"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_names_and_icon() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == yibao.APP_NAME_EN
    assert entry["Name[zh_CN]"] == yibao.APP_NAME_ZH
    assert entry["Icon"] == yibao.APP_REVERSE_ID
    assert entry["Exec"].split()[0] == "yibao"
    assert entry["Terminal"] == "false"


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_desktop_file_validates() -> None:
    proc = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0 and not proc.stdout.strip(), proc.stdout + proc.stderr


def test_metainfo_matches_the_package() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == yibao.APP_REVERSE_ID
    launchable = root.find("launchable")
    assert launchable is not None and launchable.text == DESKTOP.name
    names = {
        n.get("{http://www.w3.org/XML/1998/namespace}lang"): n.text for n in root.findall("name")
    }
    assert names == {None: yibao.APP_NAME_EN, "zh-CN": yibao.APP_NAME_ZH}
    releases = [r.get("version") for r in root.iter("release")]
    assert releases and releases[0] == yibao.__version__, "add a <release> for the new version"


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream")
def test_metainfo_validates() -> None:
    proc = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_svg_icon() -> None:
    svg = ICONS / "yibao.svg"
    root = ET.parse(svg).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 256 256"
    assert not list(root.iter("{http://www.w3.org/2000/svg}text")), "no text in the icon"


def test_hicolor_pngs_in_every_size(specdata: ModuleType) -> None:
    for size in specdata.ICON_SIZES:
        png = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{yibao.APP_REVERSE_ID}.png"
        assert png.is_file(), png
        assert _png_size(png) == (size, size)


def test_windows_ico_has_16_to_256(specdata: ModuleType) -> None:
    data = (ICONS / "yibao.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for i in range(count):
        width, height = struct.unpack("<BB", data[6 + 16 * i : 8 + 16 * i])
        sizes.add((width or 256, height or 256))
    assert {(s, s) for s in specdata.ICO_SIZES} <= sizes


def test_macos_icns() -> None:
    data = (ICONS / "yibao.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    types = set()
    offset = 8
    while offset < len(data):
        kind, length = (
            data[offset : offset + 4],
            struct.unpack(">I", data[offset + 4 : offset + 8])[0],
        )
        types.add(kind)
        offset += length
    assert {b"ic07", b"ic08", b"ic09", b"ic10"} <= types  # 128, 256, 512, 1024 px
