from __future__ import annotations

import importlib.util
import time
from importlib.metadata import version

import pytest

from yibao.domain import regions
from yibao.domain.regions import (
    DATA_CORRECTIONS,
    REGIONS_SOURCE,
    Region,
    RegionBook,
    RegionKind,
    RegionLevel,
    region_book,
)


@pytest.fixture(scope="module")
def book() -> RegionBook:
    return region_book()


def codes(items: list[Region]) -> list[str]:
    return [r.code for r in items]


def test_singleton() -> None:
    assert region_book() is region_book()


def test_source_records_stdnum_version_and_wikipedia() -> None:
    assert REGIONS_SOURCE.version == f"python-stdnum {version('python-stdnum')}"
    assert "zh.wikipedia.org" in REGIONS_SOURCE.origin
    assert "(8区)" in REGIONS_SOURCE.origin
    assert "GB/T 2260" in REGIONS_SOURCE.title


def test_parse_is_fast() -> None:
    text = regions._read_loc_dat()
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        RegionBook(regions._build(regions._parse(text)))
        best = min(best, time.perf_counter() - start)
    assert best < 0.2  # ~25 ms here; generous bound for slow CI machines


# --- provinces ----------------------------------------------------------------------------


def test_provinces(book: RegionBook) -> None:
    provinces = book.provinces()
    assert len(provinces) == 31
    assert codes(provinces) == sorted(codes(provinces))
    assert provinces[0].code == "110000"
    assert provinces[0].name == "北京市"
    assert provinces[-1].name == "新疆维吾尔自治区"
    prefixes = {r.code[:2] for r in provinces}
    assert not prefixes & {"71", "81", "82"}
    assert all(r.level is RegionLevel.PROVINCE and r.current for r in provinces)
    kinds = {r.code: r.kind for r in provinces}
    assert kinds["110000"] == "municipality"
    assert kinds["500000"] == RegionKind.MUNICIPALITY
    assert kinds["510000"] == "province"


def test_hk_macau_taiwan_can_be_looked_up(book: RegionBook) -> None:
    hong_kong = book.lookup("810000")
    assert hong_kong is not None
    assert hong_kong.name == "香港特别行政区"
    assert hong_kong.kind == RegionKind.SAR
    taiwan = book.lookup("710000")
    assert taiwan is not None and taiwan.name == "台湾省"
    assert book.pooling_regions("81") == []
    assert book.pooling_regions("71") == []


# --- pooling regions ----------------------------------------------------------------------


@pytest.mark.parametrize("code", ["11", "110000"])
def test_beijing_is_one_region(book: RegionBook, code: str) -> None:
    pooling = book.pooling_regions(code)
    assert codes(pooling) == ["110000"]
    assert pooling[0].name == "北京市"


@pytest.mark.parametrize("prefix", ["11", "12", "31", "50"])
def test_municipalities_are_single_regions(book: RegionBook, prefix: str) -> None:
    assert codes(book.pooling_regions(prefix)) == [prefix + "0000"]


def test_sichuan(book: RegionBook) -> None:
    pooling = {r.code: r.name for r in book.pooling_regions("51")}
    assert pooling["510500"] == "泸州市"
    assert pooling["510700"] == "绵阳市"
    assert "510200" not in pooling  # 渡口市 was renamed and recoded (攀枝花 510400)
    assert len(pooling) == 21


def test_pooling_regions_exclude_grouping_and_historic_rows(book: RegionBook) -> None:
    for province in book.provinces():
        for region in book.pooling_regions(province.code):
            assert region.current
            assert region.kind in ("municipality", "prefecture", "province_direct")
            assert region.name not in ("市辖区", "县", "市", "省直辖县级行政单位")
        pooling = codes(book.pooling_regions(province.code))
        assert pooling == sorted(pooling)
        assert len(set(pooling)) == len(pooling)
        names = [r.name for r in book.pooling_regions(province.code)]
        assert len(set(names)) == len(names), province.name


def test_hubei_province_direct_units(book: RegionBook) -> None:
    pooling = {r.code: r.name for r in book.pooling_regions("42")}
    assert pooling["429004"] == "仙桃市"
    assert pooling["429005"] == "潜江市"
    assert pooling["429006"] == "天门市"
    assert pooling["429021"] == "神农架林区"
    assert pooling["421300"] == "随州市"
    # loc.dat lists 429001 随州市 with no end year; see DATA_CORRECTIONS
    assert "429001" not in pooling
    assert "422900" not in pooling
    assert "429000" not in pooling
    assert len(pooling) == 17  # 12 prefecture-level cities + 恩施州 + 4 province-direct


def test_data_corrections_keep_codes_for_lookup(book: RegionBook) -> None:
    for code in DATA_CORRECTIONS:
        region = book.lookup(code)
        assert region is not None
        assert not region.current
        assert book.is_known_county(code)


def test_henan_jiyuan(book: RegionBook) -> None:
    pooling = {r.code: r.name for r in book.pooling_regions("41")}
    assert pooling["419001"] == "济源市"
    assert len(pooling) == 18


def test_hainan(book: RegionBook) -> None:
    pooling = {r.code: r.name for r in book.pooling_regions("46")}
    assert pooling["460100"] == "海口市"
    assert pooling["460300"] == "三沙市"
    assert pooling["460400"] == "儋州市"  # prefecture-level since 2015
    assert "469003" not in pooling  # 儋州's former province-direct code
    assert pooling["469001"] == "五指山市"
    assert pooling["469030"] == "琼中黎族苗族自治县"
    assert "469031" not in pooling  # 西沙群岛, folded into 三沙 in 2012
    old_danzhou = book.lookup("469003")
    assert old_danzhou is not None and not old_danzhou.current


def test_xinjiang_bingtuan_cities(book: RegionBook) -> None:
    pooling = {r.code: r for r in book.pooling_regions("65")}
    assert pooling["659001"].name == "石河子市"
    assert pooling["659001"].kind == "province_direct"
    assert pooling["659001"].parent_code == "650000"
    bingtuan = [code for code in pooling if code.startswith("6590")]
    assert len(bingtuan) >= 12
    assert pooling["650100"].name == "乌鲁木齐市"
    assert "659000" not in pooling


def test_chongqing_grouping_rows(book: RegionBook) -> None:
    county_group = book.lookup("500200")
    assert county_group is not None
    assert county_group.kind == RegionKind.GROUPING
    assert county_group.level is RegionLevel.PREFECTURE
    assert codes(book.pooling_regions("50")) == ["500000"]
    assert book.pooling_region_of("500229") == book.lookup("500000")  # 城口县
    assert book.full_name("500229") == "重庆市 城口县"


def test_beijing_grouping_rows(book: RegionBook) -> None:
    districts = book.lookup("110100")
    counties = book.lookup("110200")
    assert districts is not None and districts.kind == "grouping" and districts.current
    assert counties is not None and counties.kind == "grouping" and not counties.current


def test_unknown_province(book: RegionBook) -> None:
    assert book.pooling_regions("99") == []
    assert book.pooling_regions("") == []
    assert book.pooling_regions("5") == []
    assert book.pooling_regions("510500") == []  # not a province code


# --- lookup -------------------------------------------------------------------------------


def test_lookup_current_and_historic(book: RegionBook) -> None:
    chaoyang = book.lookup("110105")
    assert chaoyang == Region(
        code="110105",
        name="朝阳区",
        level=RegionLevel.COUNTY,
        parent_code="110000",
        current=True,
        kind="county",
    )
    chongwen = book.lookup("110103")
    assert chongwen is not None
    assert chongwen.name == "崇文区"
    assert not chongwen.current
    assert chongwen.until == 2010
    assert book.lookup("999999") is None
    assert book.lookup("") is None


def test_renamed_codes_keep_former_names(book: RegionBook) -> None:
    xiangyang = book.lookup("420600")
    assert xiangyang is not None
    assert xiangyang.name == "襄阳市"
    assert xiangyang.former_names == ("襄樊市",)
    assert xiangyang.current
    fangshan = book.lookup("110111")
    assert fangshan is not None and fangshan.since == 1986 and fangshan.current


def test_levels_and_parents(book: RegionBook) -> None:
    luxian = book.lookup("510521")
    assert luxian is not None
    assert luxian.level is RegionLevel.COUNTY
    assert luxian.parent_code == "510500"
    luzhou = book.lookup("510500")
    assert luzhou is not None
    assert luzhou.level is RegionLevel.PREFECTURE
    assert luzhou.kind == "prefecture"
    assert luzhou.parent_code == "510000"
    sichuan = book.lookup("510000")
    assert sichuan is not None and sichuan.parent_code is None
    xiantao = book.lookup("429004")
    assert xiantao is not None
    assert xiantao.level is RegionLevel.COUNTY
    assert xiantao.parent_code == "420000"


def test_every_parent_exists(book: RegionBook) -> None:
    for region in book.all():
        assert len(region.code) == 6 and region.code.isdigit()
        if region.parent_code is not None:
            parent = book.lookup(region.parent_code)
            assert parent is not None
            assert parent.kind != RegionKind.GROUPING
            if region.current:
                assert parent.current, region


# --- find ---------------------------------------------------------------------------------


def test_find_exact_then_prefix(book: RegionBook) -> None:
    found = book.find("泸州市")
    assert found[0].code == "510500"
    prefix = book.find("泸州")
    assert prefix[0].code == "510500"
    chaoyang = book.find("朝阳区")
    assert {"110105", "220104"} <= set(codes(chaoyang))
    chaoyang_prefix = book.find("朝阳")
    assert "211300" in codes(chaoyang_prefix)  # 朝阳市 (辽宁)


def test_find_current_first_and_former_names(book: RegionBook) -> None:
    found = book.find("儋州市")
    assert codes(found) == ["460400", "460003", "469003"]  # 1993–2002, 2002–2015
    assert [r.current for r in found] == [True, False, False]
    assert codes(book.find("襄樊市")) == ["420600"]
    assert book.find("") == []
    assert book.find("不存在的地方") == []


# --- pooling_region_of / province_of / full_name -------------------------------------------


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("110105", "110000"),  # district of a 直辖市
        ("110000", "110000"),
        ("110100", "110000"),
        ("310115", "310000"),
        ("510521", "510500"),  # county → prefecture
        ("510500", "510500"),  # prefecture → itself
        ("429004", "429004"),  # 省直辖县级 → itself
        ("419001", "419001"),
        ("659001", "659001"),
        ("460400", "460400"),
        ("441900", "441900"),  # 东莞 has no counties
        ("110103", "110000"),  # abolished 崇文区 still maps
    ],
)
def test_pooling_region_of(book: RegionBook, code: str, expected: str) -> None:
    region = book.pooling_region_of(code)
    assert region is not None
    assert region.code == expected


@pytest.mark.parametrize("code", ["510000", "429000", "999999", "", "51", "abcdef", "5105210"])
def test_pooling_region_of_none(book: RegionBook, code: str) -> None:
    assert book.pooling_region_of(code) is None


def test_province_of(book: RegionBook) -> None:
    province = book.province_of("510521")
    assert province is not None and province.code == "510000"
    assert book.province_of("51") == province
    assert book.province_of("999999") is None
    assert book.province_of("x") is None


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("429004", "湖北省 仙桃市"),
        ("110000", "北京市"),
        ("110105", "北京市 朝阳区"),
        ("510500", "四川省 泸州市"),
        ("510521", "四川省 泸州市 泸县"),
        ("659001", "新疆维吾尔自治区 石河子市"),
        ("510000", "四川省"),
        ("999999", "999999"),
        ("", ""),
    ],
)
def test_full_name(book: RegionBook, code: str, expected: str) -> None:
    assert book.full_name(code) == expected


def test_is_known_county(book: RegionBook) -> None:
    assert book.is_known_county("110105")
    assert book.is_known_county("110103")  # abolished 2010
    assert book.is_known_county("469003")  # 儋州's old code
    assert not book.is_known_county("110199")
    assert not book.is_known_county("830000")


def test_reads_data_through_importlib_resources_when_no_plain_file(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    expected = regions._read_loc_dat()
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    assert regions._read_loc_dat() == expected
