"""What the filing changes in money: long-term filers settle under the 参保地's rules and
may be treated at home; a temporary filing may pay less (the 参保地's own rule, else the
national ceiling); 省内 the province may have its own bands."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from yibao.domain.kernel import Finding, Level, PolicyView, finding
from yibao.domain.offsite import messages as m
from yibao.domain.offsite.cuts import TemporaryCut, cut_finding
from yibao.domain.offsite.model import FilingType
from yibao.domain.offsite.places import Places
from yibao.domain.policy import format_rate
from yibao.domain.policy.model import TableValue

#: the home ratio of the example in the national-ceiling explanation (percent)
_EXAMPLE_HOME_PERCENT = 80


def long_term_money(view: PolicyView, names: Mapping[str, str]) -> list[Finding]:
    """Settled under the 参保地's deductible, ratio and cap; treatment at home still allowed."""
    out: list[Finding] = []
    rules = view.flag("offsite.long_term.insured_region_rules")
    if rules.value is True:
        out.append(
            Finding("offsite.money.long_rules", m.MONEY_LONG_RULES, names, basis=(rules.basis,))
        )
    home = view.flag("offsite.long_term.home_treatment_allowed")
    if home.value is True:
        out.append(
            Finding("offsite.money.long_home", m.MONEY_LONG_HOME, names, basis=(home.basis,))
        )
    return out


def temporary_money(
    view: PolicyView, filing_type: FilingType, names: Mapping[str, str], insured_name: str
) -> tuple[Finding, TemporaryCut | None]:
    """The 参保地's own cut for *filing_type* if it has one, else the national ceiling."""
    cuts = view.tables("offsite.temporary.cuts")
    rule = TemporaryCut.for_filing(cuts.value, filing_type)
    if rule is not None:
        return cut_finding(rule, names, cuts, insured_name), rule
    key = (
        "offsite.temporary.max_reduction_other"
        if filing_type is FilingType.TEMP_OTHER
        else "offsite.temporary.max_reduction_referral"
    )
    ceiling = view.decimal(key)
    if ceiling.value is None:
        return finding(
            "offsite.money.temp_missing", m.MONEY_TEMP_MISSING, ceiling.basis, level=Level.CHECK
        ), None
    points = int((ceiling.value * 100).to_integral_value())
    params = {**names, "points": str(points), "floor": str(_EXAMPLE_HOME_PERCENT - points)}
    return Finding(
        "offsite.money.temp_ceiling", m.MONEY_TEMP_CUT, params, basis=(ceiling.basis,)
    ), None


def same_province_money(view: PolicyView, insured_name: str) -> Finding | None:
    """The province's bands for 省内异地就医, where the book has them."""
    bands = view.tables("offsite.same_province.ratio_bands")
    if bands.value is None:
        return None
    return finding(
        "offsite.money.same_province",
        m.MONEY_SAME_PROVINCE,
        bands.basis,
        region=bands.basis.region_name or insured_name,
        bands=bands_text(bands.value),
    )


def bands_text(bands: tuple[TableValue, ...]) -> str:
    """``0–3000元 88%；…；10000元以上 95%``."""
    parts: list[str] = []
    for band in bands:
        low, high, rate = band.get("min_amount"), band.get("max_amount"), band.get("rate")
        if not isinstance(rate, Decimal):
            continue
        if high is None:
            parts.append(f"{low}元以上 {format_rate(rate)}")
        else:
            parts.append(f"{low}–{high}元 {format_rate(rate)}")
    return "；".join(parts)


def money_findings(
    view: PolicyView, filing_type: FilingType, places: Places
) -> tuple[list[Finding], TemporaryCut | None]:
    """Every money finding of the plan, and the 参保地's temporary cut if one applies."""
    names = {
        "insured": places.insured_name,
        "dest": places.dest_name,
        "type": filing_type.label,
    }
    rule: TemporaryCut | None = None
    if filing_type.is_long_term:
        out = long_term_money(view, names)
    else:
        cut, rule = temporary_money(view, filing_type, names, places.insured_name)
        out = [cut]
    if not places.cross_province and (bands := same_province_money(view, places.insured_name)):
        out.append(bands)
    return out, rule
