"""Shared, Qt-free fixtures (UI fixtures live in tests/ui/conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from yibao.paths import AppPaths


@pytest.fixture
def tmp_paths(tmp_path: Path) -> AppPaths:
    """A throwaway data dir (logs inside it), like ``--data-dir``; not yet created on disk."""
    data_dir = tmp_path / "data"
    return AppPaths(data_dir=data_dir, log_dir=data_dir / "logs")
