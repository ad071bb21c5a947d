"""Flexible workers (灵活就业): what each 档次 costs per month and per year (DOMAIN.md §9).

monthly = base × rate + extra (大额医疗 where the region has it), rounded half-up to the cent;
yearly = monthly × 12. Seeds: 7000 × 10 % = 700 (8400 a year); 4494 × 8 % + 5 = 364.52;
济南 2023 4242 × 9 % = 381.78. Only 统账结合 (``with_account``) builds a personal account.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from yibao.domain.i18n import QT_TRANSLATE_NOOP
from yibao.domain.money import format_yuan, round_yuan
from yibao.domain.policy import Override, PolicyBook, Resolved, format_rate


class FlexibleTier(enum.StrEnum):
    WITH_ACCOUNT = "with_account"  # 统账结合 / 二档 / 高档
    POOLING_ONLY = "pooling_only"  # 单建统筹 / 一档 / 低档
    GENERAL = "general"  # the region publishes one rate without tiers

    @property
    def label(self) -> str:
        return _TIER_LABELS[self]

    @property
    def builds_account(self) -> bool | None:
        """True / False, or None when the region does not say (one rate for all)."""
        return {FlexibleTier.WITH_ACCOUNT: True, FlexibleTier.POOLING_ONLY: False}.get(self)

    @property
    def rate_key(self) -> str:
        return f"flexible.rate.{self.value}"


_TIER_LABELS = {
    FlexibleTier.WITH_ACCOUNT: QT_TRANSLATE_NOOP("domain", "统账结合（有个人账户）"),
    FlexibleTier.POOLING_ONLY: QT_TRANSLATE_NOOP("domain", "单建统筹（无个人账户）"),
    FlexibleTier.GENERAL: QT_TRANSLATE_NOOP("domain", "当地统一比例"),
}


def monthly_contribution(base: Decimal, rate: Decimal, extra: Decimal = Decimal(0)) -> Decimal:
    """``base × rate + extra`` rounded half-up to the cent: 4494 × 8 % + 5 → 364.52."""
    return round_yuan(base * rate + extra)


@dataclass(frozen=True, slots=True)
class FlexibleQuote:
    tier: FlexibleTier
    base: Decimal
    rate: Decimal
    extra: Decimal
    monthly: Decimal
    yearly: Decimal
    builds_account: bool | None
    rate_rule: Resolved

    @property
    def formula(self) -> str:
        text = f"{format_yuan(self.base, symbol=False)} × {format_rate(self.rate)}"
        if self.extra:
            text += f" + {format_yuan(self.extra, symbol=False)}"
        return f"{text} = {format_yuan(self.monthly, symbol=False)}"


def default_base(
    book: PolicyBook, region_code: str | None, at: date, overrides: Sequence[Override] = ()
) -> Resolved | None:
    """The region's published monthly base for flexible workers, if the book has one."""
    return book.resolve("flexible.base.monthly", region_code, at, overrides)


def quotes(
    book: PolicyBook,
    region_code: str | None,
    at: date,
    base: Decimal,
    extra: Decimal = Decimal(0),
    overrides: Sequence[Override] = (),
) -> list[FlexibleQuote]:
    """Monthly and yearly cost for each tier the region has a rate for on *at*.

    A region-specific general rate (济南 9 %) is listed first; the tiers follow.
    """
    out: list[FlexibleQuote] = []
    for tier in (FlexibleTier.GENERAL, FlexibleTier.WITH_ACCOUNT, FlexibleTier.POOLING_ONLY):
        resolved = book.resolve(tier.rate_key, region_code, at, overrides)
        if resolved is None or not isinstance(resolved.value, Decimal):
            continue
        monthly = monthly_contribution(base, resolved.value, extra)
        out.append(
            FlexibleQuote(
                tier=tier,
                base=base,
                rate=resolved.value,
                extra=extra,
                monthly=monthly,
                yearly=monthly * 12,
                builds_account=tier.builds_account,
                rate_rule=resolved,
            )
        )
    return out
