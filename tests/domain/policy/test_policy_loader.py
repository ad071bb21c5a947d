"""The loader rejects malformed policy files with a Chinese message naming file,
parameter and problem."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from tests.domain.policy.conftest import WritePolicy
from tests.domain.policy.mini_book import MINI_CITY, MINI_NATIONAL, MINI_PARAMETERS, MINI_SOURCES
from yibao.domain.policy import PolicyFileError, ValueType, load_policy_book

CITY_HEADER = '[region]\nkey = "city-510500"\nname = "泸州市"\n\n'


def city(body: str) -> str:
    return CITY_HEADER + body


def test_minimal_book_loads(write_policy: WritePolicy) -> None:
    book = load_policy_book(write_policy())
    assert [p.key for p in book.parameters()] == [
        "resident.contribution.individual_min",
        "retirement.required_years",
        "family.scope",
    ]
    assert book.info("retirement.required_years").value_type is ValueType.TABLE
    assert book.series("resident.contribution.individual_min", "national")[0].value == Decimal(
        "400"
    )
    assert book.region_keys() == [("national", "全国"), ("city-510500", "泸州市")]
    assert book.info("resident.contribution.individual_min").benefit_year
    assert not book.info("family.scope").benefit_year  # the flag defaults to false


BROKEN = [
    pytest.param(
        {
            "city-510500.toml": city(
                "[[retirement.required_years]]\neffective_from = 2000-01-01\n"
                "value = { male_months = 360, female_months = 300 }\n"
            )
        },
        "city-510500.toml",
        "retirement.required_years",
        "缺少 source",
        id="missing-source",
    ),
    pytest.param(
        {
            "city-510500.toml": city(
                '[[retirement.required_years]]\neffective_from = 2000-01-01\nsource = "src-a"\n'
            )
        },
        "city-510500.toml",
        "retirement.required_years",
        "缺少 value",
        id="missing-value",
    ),
    pytest.param(
        {
            "city-510500.toml": city(
                "[[retirement.required_years]]\n"
                "value = { male_months = 360, female_months = 300 }\n"
                'source = "src-a"\n'
            )
        },
        "city-510500.toml",
        "retirement.required_years",
        "缺少 effective_from",
        id="missing-date",
    ),
    pytest.param(
        {
            "city-510500.toml": city(
                '[[retirement.years]]\neffective_from = 2000-01-01\nvalue = 1\nsource = "src-a"\n'
            )
        },
        "city-510500.toml",
        "retirement.years",
        "未知参数",
        id="unknown-parameter",
    ),
    pytest.param(
        {
            "city-510500.toml": city(
                "[[retirement.required_years]]\neffective_from = 2000-01-01\n"
                "value = { male_months = 360, female_months = 300 }\n"
                'source = "nowhere"\n'
            )
        },
        "city-510500.toml",
        "retirement.required_years",
        "未知来源 nowhere",
        id="unknown-source",
    ),
    pytest.param(
        {"national.toml": MINI_NATIONAL.replace('value = "400"', 'value = "四百"')},
        "national.toml",
        "resident.contribution.individual_min",
        "应为数值",
        id="decimal-not-a-number",
    ),
    pytest.param(
        {"national.toml": MINI_NATIONAL.replace('value = "400"', "value = true")},
        "national.toml",
        "resident.contribution.individual_min",
        "布尔值",
        id="decimal-given-bool",
    ),
    pytest.param(
        {"city-510500.toml": MINI_CITY.replace("male_months = 360", 'male_months = "360"')},
        "city-510500.toml",
        "retirement.required_years",
        "字段 male_months 应为整数",
        id="table-field-wrong-type",
    ),
    pytest.param(
        {"city-510500.toml": MINI_CITY.replace("male_months = 360, ", "")},
        "city-510500.toml",
        "retirement.required_years",
        "缺少字段 male_months",
        id="table-missing-field",
    ),
    pytest.param(
        {"city-510500.toml": MINI_CITY.replace("male_months = 360", "male = 360")},
        "city-510500.toml",
        "retirement.required_years",
        "未知字段 male",
        id="table-unknown-field",
    ),
    pytest.param(
        {"national.toml": MINI_NATIONAL.replace('["配偶", "父母"]', '["配偶", "邻居"]')},
        "national.toml",
        "family.scope",
        "邻居",
        id="list-item-not-a-choice",
    ),
    pytest.param(
        {"national.toml": MINI_NATIONAL.replace('["配偶", "父母"]', '"配偶"')},
        "national.toml",
        "family.scope",
        "文本列表",
        id="list-given-text",
    ),
    pytest.param(
        {"national.toml": MINI_NATIONAL.replace("2024-01-01", '"2024-01-01"')},
        "national.toml",
        "resident.contribution.individual_min",
        "effective_from 应为日期",
        id="date-as-string",
    ),
    pytest.param(
        {"national.toml": MINI_NATIONAL.replace("2024-01-01", "2024-01-01T08:00:00")},
        "national.toml",
        "resident.contribution.individual_min",
        "effective_from 应为日期",
        id="datetime-not-date",
    ),
    pytest.param(
        {
            "national.toml": MINI_NATIONAL + "\n[[resident.contribution.individual_min]]\n"
            'effective_from = 2024-01-01\nvalue = "410"\nsource = "src-a"\n'
        },
        "national.toml",
        "resident.contribution.individual_min",
        "生效日期 2024-01-01 重复",
        id="duplicate-date",
    ),
    pytest.param(
        {"national.toml": MINI_NATIONAL.replace('value = "400"', 'value = "none"')},
        "national.toml",
        "resident.contribution.individual_min",
        "不能是 none",
        id="series-starts-with-none",
    ),
    pytest.param(
        {
            "national.toml": MINI_NATIONAL + "\n[[resident.contribution.individual_min]]\n"
            'effective_from = 2025-01-01\nvalue = "410"\nsource = "src-a"\n'
            'remark = "x"\n'
        },
        "national.toml",
        "resident.contribution.individual_min",
        "未知字段 remark",
        id="unknown-entry-field",
    ),
    pytest.param(
        {"city-510500.toml": MINI_CITY.replace('key = "city-510500"', 'key = "city-510700"')},
        "city-510500.toml",
        None,
        "与文件名不符",
        id="region-key-mismatch",
    ),
    pytest.param(
        {"city-5105.toml": '[region]\nkey = "city-5105"\nname = "x"\n'},
        "city-5105.toml",
        None,
        "key 应为 national",
        id="region-key-malformed",
    ),
    pytest.param(
        {
            "city-510500.toml": MINI_CITY.replace(
                '[region]\nkey = "city-510500"\nname = "泸州市"\n', ""
            )
        },
        "city-510500.toml",
        None,
        "缺少 [region]",
        id="region-header-missing",
    ),
    pytest.param(
        {"city-510500.toml": MINI_CITY.replace('name = "泸州市"', "")},
        "city-510500.toml",
        None,
        "缺少 name",
        id="region-name-missing",
    ),
    pytest.param(
        {
            "national.toml": MINI_NATIONAL.replace('value = "400"', 'value = "400'),
        },
        "national.toml",
        None,
        "第 7 行",
        id="toml-syntax-error-line",
    ),
    pytest.param(
        {"national.toml": MINI_NATIONAL + "\n[resident.contribution.individual_min]\nx = 1\n"},
        "national.toml",
        None,
        "TOML 语法错误",
        id="toml-redefined-table",
    ),
    pytest.param(
        {"sources.toml": MINI_SOURCES.replace('"secondary"', '"rumour"')},
        "sources.toml",
        None,
        "未知的 confidence 'rumour'",
        id="unknown-confidence",
    ),
    pytest.param(
        {"sources.toml": MINI_SOURCES.replace("checked_on = 2026-11-22\n\n", "\n")},
        "sources.toml",
        None,
        "缺少 checked_on",
        id="source-missing-checked-on",
    ),
    pytest.param(
        {"sources.toml": MINI_SOURCES.replace('id = "src-b"', 'id = "src-a"')},
        "sources.toml",
        None,
        "来源 id 重复",
        id="duplicate-source",
    ),
    pytest.param(
        {"sources.toml": MINI_SOURCES + 'published = "2024年"\n'},
        "sources.toml",
        None,
        "published 应为日期",
        id="source-bad-date",
    ),
    pytest.param(
        {"parameters.toml": MINI_PARAMETERS.replace('type = "decimal"', 'type = "money"')},
        "parameters.toml",
        "resident.contribution.individual_min",
        "未知类型 'money'",
        id="unknown-value-type",
    ),
    pytest.param(
        {"parameters.toml": MINI_PARAMETERS.replace('category = "家庭共济"\n', "")},
        "parameters.toml",
        "family.scope",
        "缺少 category",
        id="parameter-missing-category",
    ),
    pytest.param(
        {"parameters.toml": MINI_PARAMETERS + MINI_PARAMETERS[: MINI_PARAMETERS.index("\n\n")]},
        "parameters.toml",
        "resident.contribution.individual_min",
        "key 重复",
        id="duplicate-parameter",
    ),
    pytest.param(
        {
            "parameters.toml": MINI_PARAMETERS.replace(
                '{ name = "includes_deemed", type = "boolean"',
                '{ name = "includes_deemed", type = "table"',
            )
        },
        "parameters.toml",
        "retirement.required_years",
        "应为标量",
        id="table-field-not-scalar",
    ),
    pytest.param(
        {"national.toml": None},
        "national.toml",
        None,
        "缺少全国文件",
        id="no-national-file",
    ),
    pytest.param(
        {
            "city-510500.toml": MINI_CITY
            + '\n[[source]]\nid = "src-a"\ntitle = "重复"\nconfidence = "official"\n'
            "checked_on = 2026-12-01\n"
        },
        "city-510500.toml",
        None,
        "来源 id 重复",
        id="region-source-repeats-an-id",
    ),
    pytest.param(
        {
            "city-510500.toml": MINI_CITY + '\n[[source]]\nid = "src-c"\ntitle = "无日期"\n'
            'confidence = "official"\n'
        },
        "city-510500.toml",
        None,
        "缺少 checked_on",
        id="region-source-missing-checked-on",
    ),
    pytest.param(
        {"parameters.toml": MINI_PARAMETERS.replace("benefit_year = true", 'benefit_year = "yes"')},
        "parameters.toml",
        "resident.contribution.individual_min",
        "benefit_year 应为 true 或 false",
        id="benefit-year-flag-not-a-bool",
    ),
    pytest.param(
        {
            "national.toml": MINI_NATIONAL.replace(
                "effective_from = 2024-01-01", "effective_from = 2024-03-01"
            )
        },
        "national.toml",
        "resident.contribution.individual_min",
        "按待遇年度记录，生效日期应为某年的1月1日",
        id="benefit-year-entry-not-on-1-january",
    ),
    pytest.param(
        {"sources.toml": None},
        "sources.toml",
        None,
        "无法读取文件",
        id="no-sources-file",
    ),
]


@pytest.mark.parametrize(("files", "file_name", "parameter", "problem"), BROKEN)
def test_broken_files_are_reported(
    write_policy: WritePolicy,
    files: dict[str, str | None],
    file_name: str,
    parameter: str | None,
    problem: str,
) -> None:
    directory = write_policy(**files)
    with pytest.raises(PolicyFileError) as caught:
        load_policy_book(directory)
    error = caught.value
    message = str(error)
    assert error.path.name == file_name
    assert error.parameter == parameter
    assert problem in error.problem
    assert message.startswith(f"政策文件 {file_name}")
    assert problem in message
    if parameter is not None:
        assert f"中的参数 {parameter} 有误：" in message


def test_error_message_format(write_policy: WritePolicy) -> None:
    body = (
        "[[retirement.required_years]]\neffective_from = 2000-01-01\n"
        "value = { male_months = 360, female_months = 300 }\n"
    )
    with pytest.raises(PolicyFileError) as caught:
        load_policy_book(write_policy(**{"city-510500.toml": city(body)}))
    assert str(caught.value).startswith(
        "政策文件 city-510500.toml 中的参数 retirement.required_years 有误：缺少 source"
    )
    assert isinstance(caught.value, ValueError)


def test_missing_directory(tmp_path: Path) -> None:
    with pytest.raises(PolicyFileError, match="政策目录不存在"):
        load_policy_book(tmp_path / "nowhere")


def test_entries_may_be_listed_in_any_order(write_policy: WritePolicy) -> None:
    national = MINI_NATIONAL + (
        "\n[[resident.contribution.individual_min]]\neffective_from = 2021-01-01\n"
        'value = 320\nsource = "src-b"\n'
    )
    book = load_policy_book(write_policy(**{"national.toml": national}))
    series = book.series("resident.contribution.individual_min", "national")
    assert [e.effective_from for e in series] == [date(2021, 1, 1), date(2024, 1, 1)]
    assert series[0].value == Decimal(320)


def test_none_value_ends_a_series(write_policy: WritePolicy) -> None:
    national = MINI_NATIONAL + (
        "\n[[resident.contribution.individual_min]]\neffective_from = 2026-01-01\n"
        'value = "none"\nsource = "src-a"\nnote = "未知"\n'
    )
    book = load_policy_book(write_policy(**{"national.toml": national}))
    series = book.series("resident.contribution.individual_min", "national")
    assert series[-1].value is None
    assert series[-1].note == "未知"
    assert book.resolve("resident.contribution.individual_min", None, date(2026, 1, 1)) is None


def test_region_file_may_carry_its_own_sources(write_policy: WritePolicy) -> None:
    """A city's evidence can live beside its figures; its ids join the book's sources."""
    city_file = MINI_CITY.replace('source = "src-b"', 'source = "city-own"') + (
        '\n[[source]]\nid = "city-own"\ntitle = "泸州市医保局通知"\n'
        'url = "https://example.gov.cn/notice"\nconfidence = "official"\n'
        "checked_on = 2026-12-01\n"
    )
    book = load_policy_book(write_policy(**{"city-510500.toml": city_file}))
    assert book.source("city-own").url == "https://example.gov.cn/notice"
    assert book.series("retirement.required_years", "city-510500")[0].source_id == "city-own"
    assert {s.id for s in book.sources()} == {"src-a", "src-b", "city-own"}


def test_searches_that_found_nothing_are_recorded(write_policy: WritePolicy) -> None:
    city_file = MINI_CITY + (
        '\n[[not_found]]\nparameter = "resident.contribution.individual_min"\nyear = 2027\n'
        'checked_on = 2026-12-01\nnote = "市医保局网站未见2027年度缴费标准"\n'
    )
    book = load_policy_book(write_policy(**{"city-510500.toml": city_file}))
    [record] = book.not_found("city-510500")
    assert (record.key, record.year, record.checked_on) == (
        "resident.contribution.individual_min",
        2027,
        date(2026, 12, 1),
    )
    assert book.not_found(key="family.scope") == []


def test_not_found_names_a_known_parameter(write_policy: WritePolicy) -> None:
    city_file = MINI_CITY + (
        '\n[[not_found]]\nparameter = "no.such"\nchecked_on = 2026-12-01\nnote = "x"\n'
    )
    with pytest.raises(PolicyFileError, match=r"未知参数 no\.such"):
        load_policy_book(write_policy(**{"city-510500.toml": city_file}))
