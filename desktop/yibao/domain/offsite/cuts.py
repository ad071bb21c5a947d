"""How much less a temporary filing pays: the 参保地's own rule (``offsite.temporary.cuts``)
as a :class:`TemporaryCut`, and its explanation with a worked example."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from yibao.domain.kernel import Fact, Finding, LabelledEnum
from yibao.domain.money import round_yuan
from yibao.domain.offsite import messages as m
from yibao.domain.offsite.model import FilingType
from yibao.domain.policy.model import TableValue
from yibao.domain.policy.values import plain_decimal


class CutMethod(LabelledEnum):
    """How a temporary filing's ratio is lowered (the ``method`` of ``offsite.temporary.cuts``;
    the values are the data's names, never shown: the findings explain the method)."""

    POINTS = "降低百分点"
    PAID_FIRST = "先行自付"
    FACTOR = "乘以系数"


_HUNDRED = Decimal(100)

#: the bill and the home ratio of the worked example in the explanation
EXAMPLE_BILL = Decimal(10000)
EXAMPLE_HOME_RATIO = Decimal("0.90")


@dataclass(frozen=True, slots=True)
class TemporaryCut:
    """One row of ``offsite.temporary.cuts``: *value* is a fraction (``0.10`` = 10 points,
    10 % paid first, or — for a factor — ``0.80`` = ×80 %)."""

    method: CutMethod
    value: Decimal

    def ratio(self, home: Decimal) -> Decimal:
        """The share of an eligible bill paid off-site when *home* is paid at home (before
        deductibles and caps, which follow the home rules)."""
        if self.method is CutMethod.POINTS:
            return max(Decimal(0), home - self.value)
        if self.method is CutMethod.PAID_FIRST:
            return (1 - self.value) * home
        return home * self.value

    @classmethod
    def for_filing(
        cls, rows: Sequence[TableValue] | None, filing: FilingType
    ) -> TemporaryCut | None:
        """The first row of an ``offsite.temporary.cuts`` value for *filing*, if any."""
        for row in rows or ():
            value = row.get("value")
            if row.get("filing") == filing.policy_name and isinstance(value, Decimal):
                return cls(CutMethod(str(row.get("method"))), value)
        return None


def pct(fraction: Decimal) -> str:
    """``0.81`` → ``81``, ``0.855`` → ``85.5`` (a percentage without trailing zeros)."""
    return plain_decimal((fraction * _HUNDRED).quantize(Decimal("0.1"), ROUND_HALF_UP))


def yuan(amount: Decimal) -> str:
    """``10000`` → ``10000``, ``1234.5`` → ``1234.5``: the cent-rounded amount, plain."""
    return plain_decimal(round_yuan(amount))


def cut_finding(
    rule: TemporaryCut,
    names: Mapping[str, str],
    cuts: Fact[tuple[TableValue, ...]],
    insured_name: str,
) -> Finding:
    """The region's own rule for the temporary-filing ratio, with the worked example."""
    home = EXAMPLE_HOME_RATIO
    ratio = rule.ratio(home)
    params = {
        **names,
        "region": cuts.basis.region_name or insured_name,
        "home": pct(home),
        "value": pct(rule.value),
        "result": pct(ratio),
        "bill": yuan(EXAMPLE_BILL),
        "paid": yuan(EXAMPLE_BILL * ratio),
    }
    if ratio == home:
        code, template = "offsite.money.temp_no_cut", m.MONEY_TEMP_NO_CUT
    elif rule.method is CutMethod.PAID_FIRST:
        first = EXAMPLE_BILL * rule.value
        params |= {"first": yuan(first), "rest": yuan(EXAMPLE_BILL - first)}
        code, template = "offsite.money.temp_paid_first", m.MONEY_TEMP_PAID_FIRST
    elif rule.method is CutMethod.FACTOR:
        code, template = "offsite.money.temp_factor", m.MONEY_TEMP_FACTOR
    else:
        code, template = "offsite.money.temp_points", m.MONEY_TEMP_POINTS
    return Finding(code, template, params, basis=(cuts.basis,))
