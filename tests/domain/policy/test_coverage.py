"""The coverage report: per parameter, how many 统筹区 resolve to a city, a province, only
national, or nothing; and the README table is current (CI's check)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.domain.policy.conftest import SHIPPED_POLICY_DIR
from yibao.domain.policy import PolicyBook, load_policy_book
from yibao.domain.policy.coverage import (
    END_MARK,
    START_MARK,
    coverage,
    main,
    pooling_codes,
    replace_section,
    section,
    section_date,
)
from yibao.domain.regions import region_book

PARAMETERS = """
[[parameter]]
key = "a.rate"
label = "甲"
unit = "%"
type = "decimal"
category = "测试"
description = "普通参数。"

[[parameter]]
key = "b.fee"
label = "乙"
unit = "元/年"
type = "decimal"
category = "测试"
description = "按待遇年度（当年1月1日起）记录。"
benefit_year = true
"""
SOURCES = """
[[source]]
id = "t"
title = "测试"
confidence = "official"
checked_on = 2026-12-01
"""
NATIONAL = """
[region]
key = "national"
name = "全国"

[[a.rate]]
effective_from = 2020-01-01
value = "0.02"
source = "t"
"""
PROVINCE_51 = """
[region]
key = "province-51"
name = "四川省"

[[a.rate]]
effective_from = 2020-01-01
value = "0.03"
source = "t"

[[b.fee]]
effective_from = 2026-01-01
value = "400"
source = "t"

[[not_found]]
parameter = "b.fee"
year = 2027
checked_on = 2026-12-01
note = "未找到2027年度标准。"
"""
CITY_510500 = """
[region]
key = "city-510500"
name = "泸州市"

[[a.rate]]
effective_from = 2026-06-01
value = "0.04"
source = "t"

[[b.fee]]
effective_from = 2026-01-01
value = "420"
source = "t"

[[b.fee]]
effective_from = 2027-01-01
value = "none"
source = "t"
"""


@pytest.fixture
def small_book(tmp_path: Path) -> PolicyBook:
    files = {
        "parameters.toml": PARAMETERS,
        "sources.toml": SOURCES,
        "national.toml": NATIONAL,
        "province-51.toml": PROVINCE_51,
        "city-510500.toml": CITY_510500,
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return load_policy_book(tmp_path)


def test_pooling_regions_are_the_pickers_369() -> None:
    codes = pooling_codes(region_book())
    assert len(codes) == len(set(codes)) == 369
    assert "510500" in codes and "110000" in codes and "429004" in codes
    sichuan = [c for c in codes if c.startswith("51")]
    assert len(sichuan) == 21


def test_counts_per_level(small_book: PolicyBook) -> None:
    codes = pooling_codes(region_book())
    sichuan = sum(c.startswith("51") for c in codes)
    rows = {r.key: r for r in coverage(small_book, codes, date(2026, 12, 1))}
    a = rows["a.rate"]
    assert (a.city, a.province, a.national, a.none) == (1, sichuan - 1, 369 - sichuan, 0)
    assert not a.benefit_year and a.not_found == 0
    # benefit-year parameter (flagged benefit_year = true): resolved at 2026-01-01; the
    # city's 2026 figure, closed from the 2027 benefit year on
    b = rows["b.fee"]
    assert b.benefit_year
    assert (b.city, b.province, b.national, b.none) == (1, sichuan - 1, 0, 369 - sichuan)
    assert b.not_found == 1 and b.regions == 369
    # the same date in 2025: nothing for b, and a without the city's 2026 value
    early = {r.key: r for r in coverage(small_book, codes, date(2025, 12, 1))}
    assert early["b.fee"].none == 369
    later = {r.key: r for r in coverage(small_book, codes, date(2027, 3, 1))}
    assert (later["b.fee"].city, later["b.fee"].province) == (0, sichuan)
    assert (early["a.rate"].city, early["a.rate"].province) == (0, sichuan)


def test_section_states_its_date_and_round_trips(small_book: PolicyBook) -> None:
    body = section(small_book, region_book(), date(2026, 12, 1))
    assert "计算日期：2026-12-01" in body and "369 个" in body
    assert "| `b.fee` * | 乙 | 1 | 20 | 0 | 348 | 1 |" in body
    readme = f"# x\n\n{START_MARK}\nold\n{END_MARK}\n\nafter\n"
    new = replace_section(readme, body)
    assert new.startswith("# x\n\n" + START_MARK + "\n") and new.endswith(END_MARK + "\n\nafter\n")
    assert "old" not in new and section_date(new) == date(2026, 12, 1)
    assert replace_section(new, body) == new  # idempotent
    with pytest.raises(ValueError):
        replace_section("# no markers\n", body)


def test_write_rewrites_only_the_section(small_book: PolicyBook, tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text(f"intro\n{START_MARK}\n{END_MARK}\nend\n", encoding="utf-8")
    assert main(["--date", "2026-12-01", "--policy-dir", str(tmp_path), "--write"]) == 0
    text = (tmp_path / "README.md").read_text(encoding="utf-8")
    assert text.startswith("intro\n") and text.endswith("end\n")
    assert section_date(text) == date(2026, 12, 1)
    assert "| `a.rate` | 甲 | 1 | 20 | 348 | 0 | 0 |" in text


def test_readme_coverage_table_is_current(book: PolicyBook) -> None:
    readme = (SHIPPED_POLICY_DIR / "README.md").read_text(encoding="utf-8")
    at = section_date(readme)
    assert at is not None, f"resources/policy/README.md needs a {START_MARK} section"
    command = (
        f"PYTHONPATH=desktop python -m yibao.domain.policy.coverage --write --date {at.isoformat()}"
    )
    start = readme.index(START_MARK) + len(START_MARK)
    current = readme[start : readme.index(END_MARK)].strip("\n")
    assert current == section(book, region_book(), at), (
        f"the coverage table in resources/policy/README.md is out of date; run: {command}"
    )
