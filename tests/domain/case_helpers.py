"""Shared helpers for the calculation-case runners (``tests/domain/cases/<capability>/``)."""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from yibao.domain.policy import Override, PolicyBook, parse_value


def case_overrides(book: PolicyBook, raw: Mapping[str, Any]) -> list[Override]:
    """A case's ``[[case.overrides]]`` (``region_key``, ``parameter``, ``effective_from``,
    ``value`` as the user types it) as the user's overrides, read the way the app reads them."""
    return [
        Override(
            region_key=o["region_key"],
            key=o["parameter"],
            effective_from=o["effective_from"],
            value=parse_value(book.info(o["parameter"]), o["value"]),
            id=index,
        )
        for index, o in enumerate(raw.get("overrides", []), start=1)
    ]


def case_tables(
    paths: Iterable[Path], *, parse_float: Callable[[str], Any] = float
) -> Iterator[tuple[Path, dict[str, Any]]]:
    """Each ``[[case]]`` table of the files at *paths* (sorted), with its file.

    A file holds only ``[[case]]`` tables, and every case says in ``why`` how its expected
    figures were worked out by hand (never pasted from the program's output)."""
    for path in sorted(paths):
        with path.open("rb") as handle:
            data = tomllib.load(handle, parse_float=parse_float)
        assert set(data) == {"case"}, f"{path.name}: only [[case]] tables allowed"
        for raw in data["case"]:
            assert str(raw.get("why", "")).strip(), (
                f"{raw['name']}: say how the figures were worked out"
            )
            yield path, raw


def case_params(
    where: Path | Iterable[Path],
    check: Callable[[str, dict[str, Any]], None] | None = None,
    *,
    wrap: Callable[[str, dict[str, Any]], Any] | None = None,
    parse_float: Callable[[str], Any] = float,
) -> list[Any]:
    """Every case of the ``*.toml`` files in *where* (a directory, or the files themselves)
    as a pytest parameter (id ``file: name``), each first checked by *check(file name, case)*
    (the runner's fields); the parameter is the case table, or *wrap(file name, case)*."""
    paths = where.glob("*.toml") if isinstance(where, Path) else where
    params = []
    for path, raw in case_tables(paths, parse_float=parse_float):
        if check is not None:
            check(path.name, raw)
        value = raw if wrap is None else wrap(path.name, raw)
        params.append(pytest.param(value, id=f"{path.stem}: {raw['name']}"))
    return params
