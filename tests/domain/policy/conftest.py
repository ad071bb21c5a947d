"""Fixtures for the policy book tests: the shipped book and a tiny valid book to break."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.domain.policy.mini_book import MINI_CITY, MINI_NATIONAL, MINI_PARAMETERS, MINI_SOURCES
from yibao.domain.policy import PolicyBook, load_policy_book

SHIPPED_POLICY_DIR = Path(__file__).resolve().parents[3] / "resources" / "policy"

WritePolicy = Callable[..., Path]


@pytest.fixture(scope="session")
def book() -> PolicyBook:
    """The policy book shipped in ``resources/policy``."""
    return load_policy_book(SHIPPED_POLICY_DIR)


@pytest.fixture
def write_policy(tmp_path: Path) -> WritePolicy:
    """Write a small valid policy directory; keyword arguments replace or add files.

    ``write_policy(**{"city-510500.toml": "..."})``; a value of ``None`` removes the file.
    """

    def write(**files: str | None) -> Path:
        directory = tmp_path / "policy"
        directory.mkdir(exist_ok=True)
        contents: dict[str, str | None] = {
            "parameters.toml": MINI_PARAMETERS,
            "sources.toml": MINI_SOURCES,
            "national.toml": MINI_NATIONAL,
            "city-510500.toml": MINI_CITY,
        }
        contents.update(files)
        for name, text in contents.items():
            if text is not None:
                (directory / name).write_text(text, encoding="utf-8")
        return directory

    return write
