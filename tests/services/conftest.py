"""Fixtures for service tests: an opened database in a throwaway data dir, a small policy book."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from yibao.domain.policy import PolicyBook, load_policy_book
from yibao.paths import AppPaths
from yibao.services import policy as policy_service
from yibao.services.database import Database, open_database

MINI_PARAMETERS = """
[[parameter]]
key = "resident.contribution.individual_min"
label = "居民医保个人缴费标准"
unit = "元/年"
type = "decimal"
category = "居民医保缴费"
description = "测试用"

[[parameter]]
key = "employee.account.rate"
label = "个人账户划入比例"
unit = "%"
type = "decimal"
category = "职工医保"
description = "测试用"

[[parameter]]
key = "resident.collection.months"
label = "征缴月份"
unit = ""
type = "table"
category = "居民医保缴费"
description = "测试用"
fields = [
    { name = "start_month", type = "integer", label = "开始月份", unit = "月" },
    { name = "end_month", type = "integer", label = "截止月份", unit = "月" },
]
"""

MINI_SOURCES = """
[[source]]
id = "test-source"
title = "测试来源"
confidence = "official"
checked_on = 2025-01-01
"""

MINI_NATIONAL = """
[region]
key = "national"
name = "全国"

[[resident.contribution.individual_min]]
effective_from = 2024-01-01
value = "380"
source = "test-source"

[[resident.contribution.individual_min]]
effective_from = 2025-01-01
value = "400"
source = "test-source"

[[employee.account.rate]]
effective_from = 2024-01-01
value = "0.02"
source = "test-source"
"""

MINI_CITY = """
[region]
key = "city-510500"
name = "泸州市"

[[resident.collection.months]]
effective_from = 2024-01-01
value = { start_month = 9, end_month = 12 }
source = "test-source"
"""


@pytest.fixture
def mini_policy_dir(tmp_path: Path) -> Path:
    d = tmp_path / "policy"
    d.mkdir()
    (d / "parameters.toml").write_text(MINI_PARAMETERS, encoding="utf-8")
    (d / "sources.toml").write_text(MINI_SOURCES, encoding="utf-8")
    (d / "national.toml").write_text(MINI_NATIONAL, encoding="utf-8")
    (d / "city-510500.toml").write_text(MINI_CITY, encoding="utf-8")
    return d


@pytest.fixture
def mini_book(mini_policy_dir: Path, monkeypatch: pytest.MonkeyPatch) -> PolicyBook:
    """Use a small, stable policy book instead of resources/policy."""
    book = load_policy_book(mini_policy_dir)
    monkeypatch.setattr(policy_service, "policy_book", lambda: book)
    return book


@pytest.fixture
def db(tmp_paths: AppPaths) -> Iterator[Database]:
    opened = open_database(tmp_paths, busy_timeout_ms=200)
    yield opened.db
    opened.db.close()
