"""Render ``resources/icons/yibao.svg`` into the icon files the installers need.

    QT_QPA_PLATFORM=offscreen python packaging/make_icons.py

Writes (and the repository keeps, so builds never need to regenerate them):

- ``resources/icons/hicolor/<N>x<N>/apps/org.yibao.Assistant.png`` for N in 16…512 (Linux);
- ``resources/icons/yibao.ico`` with 16–256 px frames (Windows: exe and installer);
- ``resources/icons/yibao.icns`` with 32–1024 px frames (macOS bundle and DMG).

Each size is rendered from the SVG by Qt (QSvgRenderer, in PySide6-Essentials), not scaled
down from a big bitmap, so small sizes stay crisp. Pillow only packs the .ico and .icns.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import specdata

SVG = specdata.ICONS / "yibao.svg"
ICNS_SIZES = (32, 64, 128, 256, 512, 1024)


def hicolor_png(size: int, icons: Path = specdata.ICONS) -> Path:
    name = f"{specdata.app_meta().reverse_id}.png"
    return icons / "hicolor" / f"{size}x{size}" / "apps" / name


def render_png(svg: Path, size: int) -> bytes:
    """The SVG rendered at ``size``×``size`` as PNG bytes (transparent background)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(["make_icons"])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def make_icons(svg: Path = SVG, icons: Path = specdata.ICONS) -> list[Path]:
    from PIL import Image

    rendered = {
        size: render_png(svg, size)
        for size in sorted({*specdata.ICON_SIZES, *specdata.ICO_SIZES, *ICNS_SIZES})
    }
    written = []
    for size in specdata.ICON_SIZES:
        target = hicolor_png(size, icons)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(rendered[size])
        written.append(target)

    def image(size: int) -> Image.Image:
        return Image.open(io.BytesIO(rendered[size])).convert("RGBA")

    ico = icons / "yibao.ico"
    largest = max(specdata.ICO_SIZES)
    image(largest).save(
        ico,
        format="ICO",
        sizes=[(s, s) for s in specdata.ICO_SIZES],
        append_images=[image(s) for s in specdata.ICO_SIZES if s != largest],
    )
    written.append(ico)

    icns = icons / "yibao.icns"
    image(max(ICNS_SIZES)).save(
        icns, format="ICNS", append_images=[image(s) for s in ICNS_SIZES[:-1]]
    )
    written.append(icns)
    return written


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for path in make_icons():
        print(f"wrote {path.relative_to(specdata.ROOT)} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
