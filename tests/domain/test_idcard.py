from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from yibao.domain.idcard import (
    IdCheck,
    IdIssue,
    check_id_number,
    id_number_checksum,
    mask_id_number,
    normalize_id_number,
)
from yibao.domain.people import Gender

TODAY = date(2026, 6, 1)
GB_EXAMPLE = "11010519491231002X"  # the example printed in GB 11643-1999


def make(first17: str) -> str:
    return first17 + id_number_checksum(first17)


def check(text: str) -> IdCheck:
    return check_id_number(text, today=TODAY)


def codes(result: IdCheck) -> list[str]:
    return [issue.code for issue in result.errors]


# --- checksum and the published example ---------------------------------------------------


def test_gb_example_is_valid() -> None:
    assert id_number_checksum(GB_EXAMPLE[:17]) == "X"
    result = check(GB_EXAMPLE)
    assert result.ok
    assert result.errors == ()
    assert result.warnings == ()
    assert result.info is not None
    assert result.info.number == GB_EXAMPLE
    assert result.info.birth_date == date(1949, 12, 31)
    assert result.info.gender is Gender.FEMALE  # 17th digit 2
    assert result.info.province_code == "110000"
    assert result.info.county_code == "110105"
    assert not result.info.is_residence_permit


@pytest.mark.parametrize(
    ("first17", "check_char"),
    [
        ("11010519491231002", "X"),
        ("36042619910101007", "1"),
        ("51052119800101001", None),
    ],
)
def test_checksum(first17: str, check_char: str | None) -> None:
    char = id_number_checksum(first17)
    assert char in "0123456789X"
    if check_char is not None:
        assert char == check_char


@pytest.mark.parametrize("bad", ["", "1234567890123456", "123456789012345678", "1101051949123100X"])
def test_checksum_needs_17_digits(bad: str) -> None:
    with pytest.raises(ValueError):
        id_number_checksum(bad)


def test_constructed_numbers_are_valid() -> None:
    male = make("51052119800101001")
    result = check(male)
    assert result.ok, result.errors
    assert result.info is not None
    assert result.info.gender is Gender.MALE
    assert result.info.birth_date == date(1980, 1, 1)
    assert result.info.county_code == "510521"
    assert result.info.province_code == "510000"


def test_historic_county_code_is_accepted_without_warning() -> None:
    # 110103 崇文区 was abolished in 2010; people born there keep their number.
    result = check(make("11010319650315123"))
    assert result.ok
    assert result.warnings == ()


# --- normalisation ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        " 11010519491231002x ",
        "110105 19491231 002X",
        "110105-19491231-002X",
        "１１０１０５１９４９１２３１００２ｘ",
        "110105\u300019491231\u3000002Ｘ",
    ],
)
def test_normalize(typed: str) -> None:
    assert normalize_id_number(typed) == GB_EXAMPLE
    assert check(typed).ok
    assert check(typed).number == GB_EXAMPLE


# --- errors -------------------------------------------------------------------------------


def test_empty() -> None:
    for text in ("", "   ", " - "):
        result = check(text)
        assert codes(result) == ["empty"]
        assert result.info is None
        assert not result.ok


@pytest.mark.parametrize("n", [1, 10, 17, 19, 20])
def test_wrong_length_says_how_many(n: int) -> None:
    result = check(("1101051949123100299")[:n] if n <= 19 else "1" * n)
    assert codes(result) == ["length"]
    assert f"{n} 位" in result.errors[0].message
    assert result.errors[0].params == {"n": str(n)}


def test_old_15_digit_number_is_refused_with_advice() -> None:
    result = check("110105491231002")
    assert codes(result) == ["length"]
    message = result.errors[0].message
    assert "15 位" in message
    assert "18 位" in message


@pytest.mark.parametrize(
    ("text", "position", "char"),
    [
        ("11010519491231002A", "18", "A"),
        ("1101051949X231002X", "11", "X"),
        ("11010519491231002.", "18", "."),
        ("11010519491231O02X", "15", "O"),
    ],
)
def test_bad_characters(text: str, position: str, char: str) -> None:
    result = check(text)
    assert codes(result) == ["characters"]
    assert result.errors[0].params == {"position": position, "char": char}


def test_bad_characters_and_length_both_reported() -> None:
    result = check("1101051949a")
    assert codes(result) == ["characters", "length"]


def test_final_x_on_a_short_number_is_only_a_length_problem() -> None:
    assert codes(check("1101051949123100X")) == ["length"]


@pytest.mark.parametrize("prefix", ["00", "10", "16", "20", "24", "30", "38", "47", "55", "60"])
def test_unknown_province_prefix(prefix: str) -> None:
    result = check(make(prefix + "010519491231002"))
    assert codes(result) == ["province"]
    assert result.errors[0].params == {"prefix": prefix}


def test_taiwan_gb2260_prefix_71_is_not_an_id_prefix() -> None:
    assert codes(check(make("71000019800101001"))) == ["province"]


@pytest.mark.parametrize("county", ["810000", "820000", "830000"])
def test_residence_permit_prefixes(county: str) -> None:
    result = check(make(county + "19900101001"))
    assert result.ok
    assert result.warnings == ()
    assert result.info is not None
    assert result.info.is_residence_permit
    assert result.info.province_code == county[:2] + "0000"


def test_odd_residence_permit_address_code_is_a_warning() -> None:
    result = check(make("83010119900101001"))
    assert result.ok
    assert [w.code for w in result.warnings] == ["unknown_county"]


def test_unknown_county_is_only_a_warning() -> None:
    result = check(make("11019919800101001"))
    assert result.ok
    assert result.info is not None
    assert [w.code for w in result.warnings] == ["unknown_county"]
    assert result.warnings[0].params == {"county": "110199"}
    assert result.warnings[0].field == "id_number"


@pytest.mark.parametrize("birth", ["19990230", "19991301", "19990001", "19990100", "20230229"])
def test_impossible_birth_date(birth: str) -> None:
    result = check(make("110105" + birth + "001"))
    assert codes(result) == ["birth_date_invalid"]
    assert birth[:4] in result.errors[0].message
    assert result.info is None


def test_leap_day_is_fine() -> None:
    assert check(make("11010520000229001")).ok


def test_birth_date_in_the_future() -> None:
    tomorrow = TODAY + timedelta(days=1)
    result = check(make("110105" + tomorrow.strftime("%Y%m%d") + "001"))
    assert codes(result) == ["birth_date_future"]
    # born today is fine
    assert check(make("110105" + TODAY.strftime("%Y%m%d") + "001")).ok


def test_today_defaults_to_the_real_date() -> None:
    far_future = make("11010530000101001")
    assert codes(check_id_number(far_future)) == ["birth_date_future"]


def test_birth_year_before_1900() -> None:
    result = check(make("11010518991231001"))
    assert codes(result) == ["birth_year_too_early"]
    assert result.errors[0].params == {"year": "1899"}
    assert check(make("11010519000101001")).ok


def test_wrong_check_digit_does_not_reveal_the_expected_one() -> None:
    wrong = GB_EXAMPLE[:17] + "5"
    result = check(wrong)
    assert codes(result) == ["checksum"]
    message = result.errors[0].message
    assert message == "身份证号校验位不正确，请核对是否有输错的数字"
    assert "X" not in message
    assert result.errors[0].params == {}


def test_several_errors_are_reported_together() -> None:
    result = check("00010519990230002" + "1")
    assert set(codes(result)) >= {"province", "birth_date_invalid"}


def test_every_error_has_chinese_message_and_distinct_code() -> None:
    samples = [
        "",
        "12345",
        "110105491231002",
        "11010519491231002A",
        make("99010519491231002"),
        make("11010519990230002"),
        make("11010530000101001"),
        make("11010518500101001"),
        GB_EXAMPLE[:17] + "0",
    ]
    seen: dict[str, IdIssue] = {}
    for sample in samples:
        for issue in check(sample).errors:
            assert any("\u4e00" <= ch <= "\u9fff" for ch in issue.message)
            assert issue.message == issue.template.format(**issue.params)
            seen.setdefault(issue.code, issue)
    assert set(seen) == {
        "empty",
        "length",
        "characters",
        "province",
        "birth_date_invalid",
        "birth_date_future",
        "birth_year_too_early",
        "checksum",
    }


# --- properties ---------------------------------------------------------------------------

mainland_counties = st.sampled_from(["110105", "510521", "429004", "441900", "659001", "460400"])
birth_dates = st.dates(min_value=date(1900, 1, 1), max_value=TODAY)
sequences = st.integers(min_value=0, max_value=999).map(lambda n: f"{n:03d}")


@given(mainland_counties, birth_dates, sequences)
def test_valid_numbers_pass(county: str, birth: date, sequence: str) -> None:
    number = make(county + birth.strftime("%Y%m%d") + sequence)
    result = check(number)
    assert result.ok, result.errors
    assert result.warnings == ()
    assert result.info is not None
    assert result.info.birth_date == birth
    assert result.info.gender is (Gender.MALE if int(sequence[-1]) % 2 else Gender.FEMALE)


@given(
    st.text(alphabet="0123456789", min_size=17, max_size=17),
    st.data(),
)
def test_any_17_digits_with_valid_date_and_checksum_pass_the_checksum(
    first17: str, data: st.DataObject
) -> None:
    birth = data.draw(birth_dates)
    first17 = first17[:6] + birth.strftime("%Y%m%d") + first17[14:]
    result = check(make(first17))
    assert "checksum" not in codes(result)
    assert "birth_date_invalid" not in codes(result)
    if first17[:2] in {"11", "51", "65"}:
        assert result.ok


@given(mainland_counties, birth_dates, sequences, st.data())
def test_changing_any_one_character_fails(
    county: str, birth: date, sequence: str, data: st.DataObject
) -> None:
    number = make(county + birth.strftime("%Y%m%d") + sequence)
    position = data.draw(st.integers(min_value=0, max_value=17))
    alphabet = "0123456789X" if position == 17 else "0123456789"
    replacement = data.draw(st.sampled_from(alphabet).filter(lambda c: c != number[position]))
    changed = number[:position] + replacement + number[position + 1 :]
    result = check(changed)
    assert not result.ok
    assert result.info is None
    assert "checksum" in codes(result)


# --- masking ------------------------------------------------------------------------------


def test_mask_18() -> None:
    assert mask_id_number(GB_EXAMPLE) == "110105********002X"
    assert mask_id_number(" 11010519491231002x ") == "110105********002X"


def test_mask_empty() -> None:
    assert mask_id_number(None) == ""
    assert mask_id_number("") == ""
    assert mask_id_number("   ") == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("110105491231002", "11010*******002"),
        ("1", "*"),
        ("12", "**"),
        ("1234", "1***"),
        ("123456789", "123****89"),
    ],
)
def test_mask_short(text: str, expected: str) -> None:
    assert mask_id_number(text) == expected


@given(st.text(alphabet="0123456789X", max_size=30))
def test_mask_never_reveals_more_than_6_plus_4(text: str) -> None:
    masked = mask_id_number(text)
    assert len(masked) == len(text)
    shown = [i for i, ch in enumerate(masked) if ch != "*"]
    assert len(shown) <= 10
    for i in shown:
        assert masked[i] == text[i]
        assert i < 6 or i >= len(text) - 4
    if len(text) < 18:
        assert len(shown) <= len(text) * 10 // 18 + 1
