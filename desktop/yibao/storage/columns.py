"""Column types: money as integer fen, UTC timestamps, typed JSON values."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import DateTime, Dialect, Integer, Text
from sqlalchemy.types import TypeDecorator

from yibao.domain.money import from_fen, to_fen
from yibao.storage.codec import decode_value, encode_value


def yuan_to_fen(value: Decimal | int) -> int:
    """Decimal (or whole int) yuan → integer fen, rounded half-up (``yibao.domain.money``).

    Stricter than :func:`~yibao.domain.money.to_fen` at the storage boundary: no strings,
    floats or bools, and non-finite Decimals raise ``ValueError``.
    """
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        raise TypeError(f"money must be Decimal or int yuan, not {type(value).__name__}")
    if isinstance(value, Decimal) and not value.is_finite():
        raise ValueError(f"money must be finite, got {value}")
    return to_fen(value)


def fen_to_yuan(fen: int) -> Decimal:
    """Integer fen → Decimal yuan with exactly two decimal places."""
    return from_fen(fen)


class Fen(TypeDecorator[Decimal]):
    """``Decimal`` yuan in Python, ``INTEGER`` fen in SQLite (DESIGN §4: never REAL)."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> int | None:
        return None if value is None else yuan_to_fen(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else fen_to_yuan(int(value))

    def process_literal_param(self, value: Decimal | None, dialect: Dialect) -> str:
        return "NULL" if value is None else str(yuan_to_fen(value))

    @property
    def python_type(self) -> type[Decimal]:
        return Decimal


class UtcDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in Python; naive UTC text in SQLite."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime; pass an aware datetime (UTC)")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC)

    @property
    def python_type(self) -> type[datetime]:
        return datetime


class TypedJson(TypeDecorator[object]):
    """A policy value stored as typed JSON text (see :mod:`yibao.storage.codec`)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: object, dialect: Dialect) -> str | None:
        return encode_value(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> object:
        return None if value is None else decode_value(str(value))

    @property
    def python_type(self) -> type[object]:
        return object


def utcnow() -> datetime:
    return datetime.now(UTC)
