"""Load packaging/specdata.py and packaging/build.py as modules (``packaging`` and ``build``
are also the names of PyPI distributions, so they are loaded by path under other names)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def _load(name: str, path: Path) -> ModuleType:
    if name in sys.modules:
        return sys.modules[name]
    if str(PACKAGING) not in sys.path:
        sys.path.insert(0, str(PACKAGING))  # build.py imports specdata by that name
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def specdata() -> ModuleType:
    return _load("specdata", PACKAGING / "specdata.py")


@pytest.fixture(scope="session")
def build_script(specdata: ModuleType) -> ModuleType:
    return _load("yibao_packaging_build", PACKAGING / "build.py")
