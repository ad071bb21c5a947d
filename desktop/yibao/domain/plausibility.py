"""Rows that can be imported but look wrong: a warning at the cell, never a refusal.

Only rules that hold everywhere, with no local figures: what goes into the personal account
comes out of that month's contributions (retirees aside, whose credit comes from the pool),
and no month's contributions exceed the base they are computed from.
"""

from __future__ import annotations

from dataclasses import dataclass

from yibao.domain.i18n import QT_TRANSLATE_NOOP
from yibao.domain.money import format_yuan, from_fen
from yibao.domain.people import Scheme

MSG_CREDITED_ABOVE_PAID = QT_TRANSLATE_NOOP(
    "domain",
    "划入个人账户 {credited} 比这个月个人和单位缴费合计 {paid} 还多，请核对（仍可导入）",
)
MSG_PAID_ABOVE_BASE = QT_TRANSLATE_NOOP(
    "domain", "个人和单位缴费合计 {paid} 超过了缴费基数 {base}，请核对基数（仍可导入）"
)


@dataclass(frozen=True, slots=True)
class Doubt:
    """A warning about one field (``"credited"``, ``"base"``: the importer's field names)."""

    field: str
    code: str
    template: str
    params: dict[str, str]


def doubts(
    scheme: Scheme,
    base_fen: int | None,
    personal_fen: int,
    employer_fen: int,
    credited_fen: int | None,
) -> list[Doubt]:
    paid = personal_fen + employer_fen
    out: list[Doubt] = []
    if credited_fen is not None and credited_fen > paid and scheme is not Scheme.EMPLOYEE_RETIRED:
        out.append(
            Doubt(
                "credited",
                "credited_above_paid",
                MSG_CREDITED_ABOVE_PAID,
                {"credited": _yuan(credited_fen), "paid": _yuan(paid)},
            )
        )
    if base_fen is not None and paid > base_fen:
        out.append(
            Doubt(
                "base",
                "paid_above_base",
                MSG_PAID_ABOVE_BASE,
                {"paid": _yuan(paid), "base": _yuan(base_fen)},
            )
        )
    return out


def _yuan(fen: int) -> str:
    return format_yuan(from_fen(fen))
