from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Column, Engine, Integer, MetaData, Table, insert, select, text

from yibao.storage.codec import CodecError, decode_value, encode_value
from yibao.storage.columns import Fen, UtcDateTime, fen_to_yuan, yuan_to_fen
from yibao.storage.engine import make_engine


@pytest.fixture(scope="module")
def money_table(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Engine, Table]]:
    engine = make_engine(tmp_path_factory.mktemp("money") / "m.sqlite3")
    meta = MetaData()
    table = Table(
        "t",
        meta,
        Column("id", Integer, primary_key=True),
        Column("amount", Fen),
        Column("at", UtcDateTime),
    )
    meta.create_all(engine)
    yield engine, table
    engine.dispose()


@pytest.mark.parametrize(
    ("yuan", "fen"),
    [
        (Decimal("0"), 0),
        (Decimal("12.34"), 1234),
        (Decimal("0.005"), 1),  # half-up
        (Decimal("0.0049"), 0),
        (Decimal("-0.005"), -1),  # half away from zero
        (Decimal("2.675"), 268),  # the classic float trap
        (Decimal("99999999.99"), 9999999999),
        (5, 500),
    ],
)
def test_yuan_to_fen(yuan: Decimal, fen: int) -> None:
    assert yuan_to_fen(yuan) == fen


@pytest.mark.parametrize("bad", [1.5, "1.50", True, Decimal("NaN"), Decimal("Infinity")])
def test_yuan_to_fen_rejects(bad: object) -> None:
    with pytest.raises((TypeError, ValueError)):
        yuan_to_fen(bad)  # type: ignore[arg-type]


def test_fen_to_yuan_has_two_places() -> None:
    assert str(fen_to_yuan(0)) == "0.00"
    assert str(fen_to_yuan(-5)) == "-0.05"
    assert str(fen_to_yuan(123456)) == "1234.56"


def test_fen_column_stores_integer(money_table: tuple[Engine, Table]) -> None:
    engine, table = money_table
    with engine.begin() as conn:
        row_id = conn.execute(insert(table).values(amount=Decimal("2.675"))).inserted_primary_key
        assert row_id is not None
        raw = conn.execute(
            text("SELECT amount, typeof(amount) FROM t WHERE id = :i"), {"i": row_id[0]}
        ).one()
        assert tuple(raw) == (268, "integer")
        back = conn.execute(select(table.c.amount).where(table.c.id == row_id[0])).scalar_one()
        assert back == Decimal("2.68") and str(back) == "2.68"
        conn.execute(insert(table).values(amount=None))


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_fen_round_trip_through_sqlite(money_table: tuple[Engine, Table], fen: int) -> None:
    engine, table = money_table
    yuan = fen_to_yuan(fen)
    with engine.begin() as conn:
        new_id = conn.execute(insert(table).values(amount=yuan)).inserted_primary_key[0]
        assert (
            conn.execute(text("SELECT amount FROM t WHERE id = :i"), {"i": new_id}).scalar_one()
            == fen
        )
        back = conn.execute(select(table.c.amount).where(table.c.id == new_id)).scalar_one()
    assert back == yuan
    assert back.as_tuple().exponent == -2


@given(st.decimals(min_value=-(10**9), max_value=10**9, allow_nan=False, places=4))
def test_fen_rounds_half_up(value: Decimal) -> None:
    fen = yuan_to_fen(value)
    # Within half a fen, and ties go away from zero.
    diff = value * 100 - fen
    assert abs(diff) <= Decimal("0.5")
    if abs(diff) == Decimal("0.5"):
        assert abs(fen) > abs(value * 100)


def test_utc_datetime_round_trip(money_table: tuple[Engine, Table]) -> None:
    engine, table = money_table
    beijing = timezone(timedelta(hours=8))
    moment = datetime(2025, 3, 1, 16, 30, 15, 123456, tzinfo=beijing)
    with engine.begin() as conn:
        new_id = conn.execute(insert(table).values(at=moment)).inserted_primary_key[0]
        back = conn.execute(select(table.c.at).where(table.c.id == new_id)).scalar_one()
    assert back == moment
    assert back.tzinfo is UTC and back.hour == 8


def test_utc_datetime_refuses_naive(money_table: tuple[Engine, Table]) -> None:
    engine, table = money_table
    with pytest.raises(Exception, match="naive"), engine.begin() as conn:
        conn.execute(insert(table).values(at=datetime(2025, 1, 1)))


policy_scalars = (
    st.decimals(allow_nan=False, allow_infinity=False)
    | st.integers()
    | st.booleans()
    | st.text()
    | st.dates()
)
policy_values = st.recursive(
    policy_scalars,
    lambda inner: (
        st.lists(inner, max_size=4).map(tuple)
        | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def _same(a: object, b: object) -> bool:
    """Equal *and* of the same types all the way down (1 == True == Decimal(1) in Python)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, tuple):
        assert isinstance(b, tuple)
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict):
        assert isinstance(b, dict)
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, Decimal):
        return str(a) == str(b)  # keeps the exponent: 0.10 stays 0.10
    return a == b


@given(policy_values)
def test_codec_round_trips_exactly(value: object) -> None:
    assert _same(decode_value(encode_value(value)), value)


def test_codec_examples() -> None:
    assert encode_value(Decimal("0.10")) == '{"t":"dec","v":"0.10"}'
    assert encode_value(True) == '{"t":"bool","v":true}'
    assert encode_value(date(2025, 1, 1)) == '{"t":"date","v":"2025-01-01"}'
    tiers = ({"upto": Decimal("10000"), "rate": Decimal("0.85")}, {"rate": Decimal("0.9")})
    assert decode_value(encode_value(tiers)) == tiers
    assert decode_value(encode_value(None)) is None


@pytest.mark.parametrize("bad", [1.5, datetime(2025, 1, 1), {1: 2}, object(), Decimal("NaN")])
def test_codec_refuses(bad: object) -> None:
    with pytest.raises(CodecError):
        encode_value(bad)


@pytest.mark.parametrize(
    "text_", ["", "[]", '{"t":"dec","v":1.5}', '{"t":"what"}', '{"t":"date","v":"x"}', "{"]
)
def test_codec_rejects_bad_text(text_: str) -> None:
    with pytest.raises(CodecError):
        decode_value(text_)
