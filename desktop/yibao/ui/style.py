"""The application style sheet, scaled for the normal or the 大字 (large text) mode."""

from __future__ import annotations

from functools import cache

from yibao.resources import resource_path


@cache
def _template() -> str:
    return resource_path("styles", "app.qss").read_text(encoding="utf-8")


def app_stylesheet(point_size: int) -> str:
    sizes = {
        "@base@": point_size,
        "@small@": max(point_size - 1, 8),
        "@large@": point_size + 2,
        "@title@": point_size + 6,
        # check boxes and radio buttons grow with the text (13 px at 10 pt, 18 px at 14 pt)
        "@indicator@": round(point_size * 1.3),
    }
    text = _template()
    for key, value in sizes.items():
        text = text.replace(key, str(value))
    return text
