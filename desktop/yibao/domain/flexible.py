"""Flexible workers (灵活就业): what each 档次 costs per month and per year (DOMAIN.md §9).

monthly = base × rate + extra (大额医疗 where the region has it), rounded half-up to the cent;
yearly = monthly × 12. Seeds: 7000 × 10 % = 700 (8400 a year); 4494 × 8 % + 5 = 364.52;
济南 2023 4242 × 9 % = 381.78. Only 统账结合 (``with_account``) builds a personal account.

There is no national rate: the seeds' 10 % / 6 % are examples (``flexible.worked_examples``).
Where the book has no local rate, :func:`quotes` returns nothing and the user types the rate
published locally (:func:`parse_rate_percent`, :func:`user_quote`).
"""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

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
    #: the book's rate the quote uses; ``None`` when the user typed the rate
    rate_rule: Resolved | None

    @property
    def rate_from_user(self) -> bool:
        return self.rate_rule is None

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


def has_local_rate(
    book: PolicyBook, region_code: str | None, at: date, overrides: Sequence[Override] = ()
) -> bool:
    """Whether the book (or the user's own entry) has any rate for the region on *at*."""
    return any(
        book.resolve(tier.rate_key, region_code, at, overrides) is not None for tier in FlexibleTier
    )


class RateError(ValueError):
    """A rate the user typed that cannot be used; ``message`` is Chinese."""

    def __init__(self, template: str, **params: str) -> None:
        self.template = template
        self.params = dict(params)
        super().__init__(template.format(**params))

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


_MSG_RATE_INVALID = QT_TRANSLATE_NOOP(
    "domain", "“{text}”不是有效的缴费比例，请按百分数填写，如 8 或 8%"
)
_MSG_RATE_RANGE = QT_TRANSLATE_NOOP(
    "domain", "缴费比例 {text} 不在 0% 到 30% 之间，请按当地公布的百分数填写（如 8%）"
)
#: no 医保 rate for flexible workers is anywhere near this; a typo guard, not a policy value
MAX_RATE = Decimal("0.30")


def parse_rate_percent(text: str) -> Decimal:
    """A rate typed in percent: ``"8"``, ``"8%"``, ``"９．５％"`` → ``Decimal("0.08")`` …

    Raises :class:`RateError` for text that is not a number or not above 0 % and at most 30 %.
    """
    cleaned = unicodedata.normalize("NFKC", text).strip().replace(" ", "")
    cleaned = cleaned.removesuffix("%").removesuffix("％")
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        raise RateError(_MSG_RATE_INVALID, text=text.strip()) from None
    if not number.is_finite():
        raise RateError(_MSG_RATE_INVALID, text=text.strip())
    rate = number.scaleb(-2)
    if not (0 < rate <= MAX_RATE):
        raise RateError(_MSG_RATE_RANGE, text=f"{cleaned}%")
    return rate


def user_quote(base: Decimal, rate: Decimal, extra: Decimal = Decimal(0)) -> FlexibleQuote:
    """The cost with the rate the user typed (the region's 档次 unknown: ``GENERAL``)."""
    monthly = monthly_contribution(base, rate, extra)
    return FlexibleQuote(
        tier=FlexibleTier.GENERAL,
        base=base,
        rate=rate,
        extra=extra,
        monthly=monthly,
        yearly=monthly * 12,
        builds_account=None,
        rate_rule=None,
    )
