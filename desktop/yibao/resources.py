"""One locator for the top-level ``resources/`` folder, wherever the app runs from.

- a PyInstaller bundle: ``<bundle>/resources`` (``sys._MEIPASS``);
- an installed wheel: ``yibao/_resources`` (hatch force-includes ``resources/`` there);
- a source checkout or editable install: ``<repo>/resources``.
``YIBAO_RESOURCES`` overrides all of them (tests, packagers).
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

ENV_RESOURCES = "YIBAO_RESOURCES"


class ResourcesNotFound(RuntimeError):
    pass


def _candidates() -> list[Path]:
    found: list[Path] = []
    env = os.environ.get(ENV_RESOURCES)
    if env:
        found.append(Path(env))
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        found.append(Path(meipass) / "resources")
    here = Path(__file__).resolve().parent
    found.append(here / "_resources")
    found.append(here.parent.parent / "resources")
    return found


@cache
def resources_dir() -> Path:
    for candidate in _candidates():
        if (candidate / "policy").is_dir():
            return candidate
    tried = ", ".join(str(c) for c in _candidates())
    raise ResourcesNotFound(f"resources/ not found (tried: {tried})")


def resource_path(*parts: str) -> Path:
    """Path of a file or folder under ``resources/``, e.g. ``resource_path("policy")``."""
    return resources_dir().joinpath(*parts)
