"""代缴 simulation (domain.proxy_payment): the issue's "done when" cases in every mode, then
one test group per rule (threshold, order, deadlines and credits, subsidised groups, scope
and reach, current year only, binding, 长护险, 先缴后返, 医保钱包 quota), the policy-book
helpers, the saved case, and properties that must hold for any plan."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from yibao.domain.cases import CaseItem
from yibao.domain.people import Relation
from yibao.domain.policy import Confidence, Override, load_policy_book
from yibao.domain.proxy_payment import (
    AccountEvent,
    Basis,
    CollectionPeriod,
    DeductionSchedule,
    EventKind,
    Level,
    Origin,
    PaymentStatus,
    PlannedDeduction,
    ProxyMode,
    ProxyPlan,
    ProxyPlanError,
    ProxyRules,
    RefundState,
    Relative,
    TimelineKind,
    Trigger,
    Verdict,
    add_months,
    case_deadlines,
    case_title,
    check_plan,
    checklist_facts,
    collection_period,
    default_order,
    ltc_deduction_from_book,
    merge_items,
    payment_item_key,
    payment_items,
    plan_from_data,
    plan_to_data,
    project_events,
    relative_progress,
    resident_contribution,
    result_to_data,
    rules_from_book,
    simulate,
)
from yibao.resources import resource_path

PLAN_DAY = date(2024, 10, 15)
#: 2025 benefit year, the usual Sep–Dec collection period of 2024
PERIOD_2025 = CollectionPeriod(date(2024, 9, 1), date(2024, 12, 31))
CREDIT = D("180")


@pytest.fixture(scope="module")
def book():  # type: ignore[no-untyped-def]
    return load_policy_book(resource_path("policy"))


def relative(key: str, name: str, amount: str = "400", **changes: object) -> Relative:
    values: dict[str, object] = dict(
        key=key,
        name=name,
        contribution=D(amount),
        relation=Relation.PARENT,
        region_code="510502",
        collection=PERIOD_2025,
        bound=True,
    )
    values.update(changes)
    return Relative(**values)  # type: ignore[arg-type]


THREE = (relative("a", "父亲"), relative("b", "母亲"), relative("c", "女儿"))


def credits(
    monthly: D = CREDIT, *, since: date = PLAN_DAY, day: int = 10
) -> tuple[AccountEvent, ...]:
    return project_events(since, date(2026, 12, 31), monthly_credit=monthly, credit_day=day)


def plan(
    *,
    mode: ProxyMode = ProxyMode.DIRECT,
    threshold: D | None = None,
    relatives: tuple[Relative, ...] = THREE,
    balance: str = "1500",
    events: tuple[AccountEvent, ...] | None = None,
    rules: ProxyRules | None = None,
    **changes: object,
) -> ProxyPlan:
    base_rules = (rules or ProxyRules(refund_payout_lag_months=1)).with_threshold(threshold)
    values: dict[str, object] = dict(
        balance=D(balance),
        benefit_year=2025,
        plan_date=PLAN_DAY,
        mode=mode,
        relatives=relatives,
        rules=base_rules,
        events=credits() if events is None else events,
        giver_region="510502",
    )
    values.update(changes)
    return ProxyPlan(**values)  # type: ignore[arg-type]


def verdicts(result) -> list[Verdict]:  # type: ignore[no-untyped-def]
    return [r.verdict for r in result.rows]


# ───────────────────────────────────────────── the "done when", every mode


@pytest.mark.parametrize("mode", list(ProxyMode))
def test_threshold_1000_only_one_of_three_now(mode: ProxyMode) -> None:
    """¥1,500, only the part above ¥1,000 usable → ¥500 → one relative at ¥400 now."""
    result = simulate(plan(mode=mode, threshold=D(1000)))
    assert result.usable_now == D("500")
    assert verdicts(result) == [Verdict.NOW, Verdict.LATER, Verdict.SHORT]
    first, second, third = result.rows
    assert first.pay_on == PLAN_DAY and first.balance_after == D("1100")
    assert result.balance_after_now == D("1100")
    # 100 usable left; two ¥180 credits (Nov, Dec) make 460 ≥ 400 → after the 2024-12 credit
    assert second.trigger is Trigger.CREDIT
    assert second.after_credit is not None and second.after_credit.month_text == "2024-12"
    assert second.pay_on == date(2024, 12, 10) and second.pay_on <= second.deadline  # type: ignore[operator]
    assert second.balance_after == D("1060")
    # 60 usable left; Jan + Feb credits → 420: only after the 2025-02 credit, past 2024-12-31
    assert third.deadline == date(2024, 12, 31)
    assert third.would_cover_on == date(2025, 2, 10)
    assert third.would_cover_after is not None and third.would_cover_after.month_text == "2025-02"
    assert third.cash_needed == D("400")
    assert result.rest_covered_on == date(2024, 12, 10)
    assert result.deadline == date(2024, 12, 31)
    assert not result.all_covered
    texts = [n.text for n in result.summary]
    assert texts[0] == "现在可以代缴：父亲，共 ¥400.00；缴完后账户余额 ¥1,100.00。"
    assert "母亲：2024-12 的划入到账后可以代缴（约 2024-12-10），早于截止日 2024-12-31。" in texts
    assert any("女儿" in t and "2025-02" in t and "2024-12-31" in t for t in texts)
    assert "个人账户之外，全家还需要准备 ¥400.00。" in texts


@pytest.mark.parametrize("mode", list(ProxyMode))
def test_no_threshold_all_three_now_300_left(mode: ProxyMode) -> None:
    result = simulate(plan(mode=mode, threshold=None))
    assert verdicts(result) == [Verdict.NOW] * 3
    assert [r.balance_after for r in result.rows] == [D("1100"), D("700"), D("300")]
    assert result.balance_after_now == D("300")
    assert result.total_covered == D("1200")
    assert result.cash_needed == 0
    assert result.all_covered
    assert result.summary[0].text == (
        "3 位亲属现在都可以用个人账户代缴，共 ¥1,200.00；缴完后账户余额 ¥300.00。"
    )


def test_pay_then_refund_cash_up_front_and_return_month() -> None:
    result = simulate(plan(mode=ProxyMode.PAY_THEN_REFUND, threshold=D(1000)))
    first, second, third = result.rows
    # everyone pays first: 3 × 400
    assert result.cash_up_front == D("1200")
    assert [r.cash_up_front for r in result.rows] == [D("400")] * 3
    # applied now (Oct) → back in Nov; applied after the Dec credit → back in Jan
    assert first.return_month == date(2024, 11, 1)
    assert second.return_month == date(2025, 1, 1)
    assert third.return_month is None and third.cash_needed == D("400")
    assert "约 2024-11 返还到银行卡" in first.reasons[1].text
    codes = [n.code for n in result.notes]
    assert "refund" in codes and "refund_deadline" in codes


def test_pay_then_refund_without_known_lag() -> None:
    result = simulate(plan(mode=ProxyMode.PAY_THEN_REFUND, rules=ProxyRules()))
    assert all(r.return_month is None for r in result.rows)
    assert "refund_no_lag" in [n.code for n in result.notes]


def test_wallet_quota_now_and_top_ups() -> None:
    result = simulate(plan(mode=ProxyMode.WALLET_QUOTA, threshold=D(1000)))
    assert result.quota_now == D("400")
    assert result.quota_topups == ((date(2024, 12, 10), D("400"), ("母亲",)),)
    quota = next(n for n in result.notes if n.code == "quota")
    assert "¥400.00" in quota.text and "退回" in quota.text
    topup = next(n for n in result.notes if n.code == "quota_topup")
    assert "2024-12" in topup.text and "母亲" in topup.text


def test_wallet_quota_no_threshold_sets_everything() -> None:
    result = simulate(plan(mode=ProxyMode.WALLET_QUOTA))
    assert result.quota_now == D("1200")
    assert result.quota_topups == ()


def test_direct_mode_has_no_cash_up_front_or_quota() -> None:
    result = simulate(plan(mode=ProxyMode.DIRECT, threshold=D(1000)))
    assert result.cash_up_front == 0 and result.quota_now == 0
    assert all(r.return_month is None for r in result.rows)


# ───────────────────────────────────────────── order


def test_order_decides_who_is_paid_now() -> None:
    reordered = (THREE[2], THREE[0], THREE[1])
    result = simulate(plan(threshold=D(1000), relatives=reordered))
    assert [r.relative.name for r in result.by_verdict(Verdict.NOW)] == ["女儿"]
    assert [r.position for r in result.rows] == [1, 2, 3]


def test_a_smaller_later_relative_is_paid_when_an_earlier_one_does_not_fit() -> None:
    rels = (
        relative("a", "父亲", "400"),
        relative("b", "低保母亲", "400", pays_share=D("0.5"), subsidy_group="低保对象"),
    )
    result = simulate(plan(balance="1300", threshold=D(1000), relatives=rels, events=()))
    assert verdicts(result) == [Verdict.SHORT, Verdict.NOW]
    assert result.row("b").amount == D("200")


def test_default_order_smallest_first_nothing_due_last() -> None:
    rels = [
        relative("a", "甲", "400"),
        relative("b", "乙", "400", pays_share=D(0), subsidy_group="特困人员"),
        relative("c", "丙", "400", pays_share=D("0.3"), subsidy_group="低保对象"),
        relative("d", "丁", "380"),
    ]
    assert [r.key for r in default_order(rels)] == ["c", "d", "a", "b"]


# ───────────────────────────────────────────── deadlines and credits


def test_no_credits_short_never_covered() -> None:
    result = simulate(plan(threshold=D(1000), events=()))
    assert verdicts(result) == [Verdict.NOW, Verdict.SHORT, Verdict.SHORT]
    assert result.rows[1].would_cover_on is None
    assert result.rows[1].reasons[0].code == "short_never"


def test_period_not_open_yet_waits_for_start() -> None:
    early = date(2024, 7, 1)
    result = simulate(plan(plan_date=early, events=credits(since=early)))
    assert all(r.trigger is Trigger.PERIOD_START for r in result.rows)
    assert all(r.pay_on == date(2024, 9, 1) for r in result.rows)
    assert verdicts(result) == [Verdict.LATER] * 3
    # credits of Jul/Aug arrive before the period opens
    assert result.rows[0].balance_before == D("1500") + 2 * CREDIT
    assert "not_open" in [n.code for n in result.notes]


def test_period_over_is_not_eligible() -> None:
    result = simulate(plan(plan_date=date(2025, 1, 5), events=()))
    assert verdicts(result) == [Verdict.NOT_ELIGIBLE] * 3
    assert result.rows[0].reasons[0].code == "period_over"
    assert result.cash_needed == D("1200")


def test_extended_period_to_february_catches_the_third() -> None:
    mianyang = CollectionPeriod(date(2024, 9, 1), date(2025, 2, 28))
    rels = tuple(replace(r, collection=mianyang) for r in THREE)
    result = simulate(plan(threshold=D(1000), relatives=rels))
    assert verdicts(result) == [Verdict.NOW, Verdict.LATER, Verdict.LATER]
    assert result.rows[2].pay_on == date(2025, 2, 10)
    assert result.all_covered
    assert result.summary[-1].code == "all_by"
    assert "2025-02-10" in result.summary[-1].text and "2025-02-28" in result.summary[-1].text


def test_without_the_collection_period_rule_there_is_no_deadline() -> None:
    rules = ProxyRules(within_collection_period=False)
    result = simulate(plan(threshold=D(1000), rules=rules))
    assert verdicts(result) == [Verdict.NOW, Verdict.LATER, Verdict.LATER]
    assert all(r.deadline is None for r in result.rows)


def test_unknown_period_is_flagged_and_not_enforced() -> None:
    rels = tuple(replace(r, collection=None) for r in THREE)
    result = simulate(plan(threshold=D(1000), relatives=rels))
    assert verdicts(result) == [Verdict.NOW, Verdict.LATER, Verdict.LATER]
    assert "no_period" in [c.code for c in result.rows[0].conditions]


def test_estimated_period_is_said_to_be_an_estimate() -> None:
    rels = tuple(replace(r, collection=replace(PERIOD_2025, estimated=True)) for r in THREE)
    result = simulate(plan(relatives=rels))
    codes = [c.code for c in result.rows[0].conditions]
    assert "period_estimated" in codes


def test_balance_read_earlier_adds_the_credits_since() -> None:
    read = date(2024, 8, 20)
    events = credits(since=read)
    result = simulate(plan(balance="1000", balance_on=read, events=events, threshold=D(1000)))
    # Sep and Oct credits (10th) arrived before 2024-10-15: 1000 + 360
    assert result.balance_now == D("1360")
    assert result.usable_now == D("360")
    assert verdicts(result)[0] is Verdict.LATER


def test_explicit_credit_projection_replaces_the_flat_amount() -> None:
    events = project_events(
        PLAN_DAY,
        date(2025, 12, 31),
        monthly_credit=D(100),
        credit_day=10,
        credits=[(date(2024, 11, 10), D("700"))],
    )
    result = simulate(plan(threshold=D(1000), events=events))
    # 100 usable + 700 in November covers both
    assert result.rows[1].pay_on == date(2024, 11, 10)
    assert result.rows[2].pay_on == date(2024, 11, 10)
    assert result.rows[2].balance_after == D("1000")


# ───────────────────────────────────────────── subsidised groups, newborns


def test_fully_subsidised_pays_nothing() -> None:
    rels = (relative("a", "特困的舅舅", pays_share=D(0), subsidy_group="特困人员"),)
    result = simulate(plan(relatives=rels))
    assert result.rows[0].verdict is Verdict.NOTHING_DUE
    assert "特困人员个人不用缴费" in result.rows[0].reasons[0].text
    assert payment_items(result) == ()


def test_partly_subsidised_pays_its_share() -> None:
    rels = (relative("a", "母亲", pays_share=D("0.5"), subsidy_group="低保对象"),)
    result = simulate(plan(relatives=rels))
    assert result.rows[0].amount == D("200")
    assert result.rows[0].verdict is Verdict.NOW


def test_share_rounds_half_up_to_the_cent() -> None:
    rel = relative("a", "母亲", "380", pays_share=D("0.333"))
    assert rel.amount_due == D("126.54")  # 126.54 exactly
    assert relative("b", "x", "0.03", pays_share=D("0.5")).amount_due == D("0.02")


def test_special_channel_and_newborn_excluded() -> None:
    rules = ProxyRules(excluded_groups=("新生儿", "通过专门渠道缴费的资助参保人员"))
    rels = (
        relative("a", "孙子", newborn=True, relation=Relation.GRANDCHILD),
        relative("b", "母亲", subsidy_group="低保对象", pays_share=D("0.5"), special_channel=True),
        relative("c", "父亲"),
    )
    result = simulate(plan(relatives=rels, rules=rules))
    assert verdicts(result) == [Verdict.NOT_ELIGIBLE, Verdict.NOT_ELIGIBLE, Verdict.NOW]
    assert result.rows[0].reasons[0].code == "newborn"
    assert result.rows[1].reasons[0].code == "special_channel"
    assert result.cash_needed == D("600")
    assert "special" in [n.code for n in result.notes]


def test_newborns_are_excluded_by_the_typed_choice_not_a_word_in_a_text() -> None:
    """proxy.excluded_groups holds choices: a group that merely mentions 新生儿 is not it."""
    newborn = (relative("a", "孙子", newborn=True, relation=Relation.GRANDCHILD),)
    only_channel = ProxyRules(excluded_groups=("通过专门渠道缴费的资助参保人员",))
    assert verdicts(simulate(plan(relatives=newborn, rules=only_channel))) == [Verdict.NOW]
    wordy = ProxyRules(excluded_groups=("新生儿以外的资助参保人员",))
    assert verdicts(simulate(plan(relatives=newborn, rules=wordy))) == [Verdict.NOW]
    listed = ProxyRules(excluded_groups=("新生儿",))
    assert verdicts(simulate(plan(relatives=newborn, rules=listed))) == [Verdict.NOT_ELIGIBLE]


# ───────────────────────────────────────────── scope, reach, year, binding


def test_scope_henan_excludes_siblings() -> None:
    rules = ProxyRules(scope=("配偶", "父母", "子女"))
    rels = (relative("a", "哥哥", relation=Relation.SIBLING), relative("b", "父亲"))
    result = simulate(plan(relatives=rels, rules=rules))
    assert verdicts(result) == [Verdict.NOT_ELIGIBLE, Verdict.NOW]
    assert "兄弟姐妹不在范围内" in result.rows[0].reasons[0].text


def test_reach_within_pooling_region() -> None:
    rules = ProxyRules(reach="统筹区内")
    rels = (
        relative("a", "父亲", region_code="510703"),
        relative("b", "母亲", region_code="510521"),
    )
    result = simulate(plan(relatives=rels, rules=rules))  # giver in 泸州 510502
    assert verdicts(result) == [Verdict.NOT_ELIGIBLE, Verdict.NOW]
    assert result.rows[0].reasons[0].code == "reach_pooling"


def test_reach_within_province_and_wallet_across_provinces() -> None:
    rels = (relative("a", "父亲", region_code="420102"),)
    rules = ProxyRules(reach="省内跨统筹区", wallet_cross_province=True)
    direct = simulate(plan(relatives=rels, rules=rules))
    assert direct.rows[0].verdict is Verdict.NOT_ELIGIBLE
    assert direct.rows[0].reasons[0].code == "reach_province"
    wallet = simulate(plan(relatives=rels, rules=rules, mode=ProxyMode.WALLET_QUOTA))
    assert wallet.rows[0].verdict is Verdict.NOW
    shanxi = ProxyRules(reach="省内跨统筹区", wallet_cross_province=False)
    assert (
        simulate(plan(relatives=rels, rules=shanxi, mode=ProxyMode.WALLET_QUOTA)).rows[0].verdict
        is Verdict.NOT_ELIGIBLE
    )


def test_current_year_only_refuses_past_years() -> None:
    rules = ProxyRules(current_year_only=True, within_collection_period=False)
    past = simulate(plan(rules=rules, benefit_year=2023))
    assert verdicts(past) == [Verdict.NOT_ELIGIBLE] * 3
    assert past.rows[0].reasons[0].code == "not_current_year"
    this = simulate(plan(rules=rules, benefit_year=2024))
    nxt = simulate(plan(rules=rules, benefit_year=2025))
    assert Verdict.NOT_ELIGIBLE not in verdicts(this) + verdicts(nxt)
    assert "current_year" in [n.code for n in nxt.notes]


def test_binding_is_a_condition_not_a_verdict() -> None:
    rels = (
        relative("a", "父亲", bound=False),
        relative("b", "母亲", bound=None),
        relative("c", "x"),
    )
    result = simulate(plan(relatives=rels))
    assert verdicts(result) == [Verdict.NOW] * 3
    assert result.rows[0].conditions[0].code == "binding"
    assert result.rows[0].conditions[0].level is Level.WARNING
    assert "请确认" in result.rows[1].conditions[0].text
    assert not [c for c in result.rows[2].conditions if c.code == "binding"]
    # the table doesn't say 现在可以代缴 for the one whose binding is only 计划中
    assert [r.status_label for r in result.rows] == ["绑定后可代缴", "现在可以代缴", "现在可以代缴"]
    assert [r.waits_for_binding for r in result.rows] == [True, False, False]
    no_rule = simulate(plan(relatives=rels, rules=ProxyRules(requires_binding=False)))
    assert not [c for r in no_rule.rows for c in r.conditions if c.code == "binding"]


# ───────────────────────────────────────────── 长护险 and other deductions


def test_monthly_ltc_deduction_delays_a_payment() -> None:
    ltc = PlannedDeduction(D("4"), DeductionSchedule.MONTHLY)
    events = project_events(
        PLAN_DAY, date(2026, 12, 31), monthly_credit=D(150), credit_day=10, deductions=[ltc]
    )
    # 100 usable after the first; +146 per month → 392 after Dec (< 400) → Jan: too late
    result = simulate(plan(threshold=D(1000), events=events))
    assert verdicts(result) == [Verdict.NOW, Verdict.SHORT, Verdict.SHORT]
    assert result.rows[1].would_cover_on == date(2025, 1, 10)
    without = simulate(plan(threshold=D(1000), events=credits(D(150))))
    assert without.rows[1].verdict is Verdict.LATER  # 100 + 300 = 400 after Dec
    assert "deductions" in [n.code for n in result.notes]


def test_yearly_ltc_at_year_end_may_overdraw() -> None:
    ltc = PlannedDeduction(D("120"), DeductionSchedule.YEARLY, label="长护险")
    events = project_events(date(2024, 12, 1), date(2025, 1, 31), deductions=[ltc])
    assert events == (AccountEvent(date(2024, 12, 31), EventKind.DEDUCTION, D("120.00"), "长护险"),)
    rels = (
        relative("a", "父亲", collection=CollectionPeriod(date(2024, 9, 1), date(2025, 2, 28))),
    )
    result = simulate(
        plan(balance="50", relatives=rels, events=events, plan_date=date(2024, 12, 1))
    )
    assert result.rows[0].verdict is Verdict.SHORT
    assert result.timeline[-1].balance == D("-70")


def test_ltc_from_the_book(book) -> None:  # type: ignore[no-untyped-def]
    zaozhuang = ltc_deduction_from_book(book, "370402", date(2025, 10, 1))
    assert zaozhuang is not None
    assert zaozhuang.amount == D("4.00") and zaozhuang.schedule is DeductionSchedule.MONTHLY
    assert zaozhuang.basis[0].confidence is Confidence.UNCONFIRMED
    assert ltc_deduction_from_book(book, "321202", date(2025, 10, 1)) is None  # 泰州: no amount
    assert ltc_deduction_from_book(book, "510502", date(2025, 10, 1)) is None


# ───────────────────────────────────────────── events and dates


def test_project_events_clamps_the_day_and_orders_credit_before_deduction() -> None:
    ltc = PlannedDeduction(D("4"))
    events = project_events(
        date(2025, 1, 31), date(2025, 3, 31), monthly_credit=D(100), credit_day=31, deductions=[ltc]
    )
    assert [(e.on, e.kind) for e in events] == [
        (date(2025, 2, 28), EventKind.CREDIT),
        (date(2025, 2, 28), EventKind.DEDUCTION),
        (date(2025, 3, 31), EventKind.CREDIT),
        (date(2025, 3, 31), EventKind.DEDUCTION),
    ]
    assert events[0].label == "2025-02 划入"
    with pytest.raises(ValueError):
        project_events(date(2025, 1, 1), date(2025, 2, 1), credit_day=0)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2024, 10, 15), 1, date(2024, 11, 15)),
        (date(2024, 12, 1), 1, date(2025, 1, 1)),
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2025, 3, 1), -3, date(2024, 12, 1)),
        (date(2024, 10, 15), 24, date(2026, 10, 15)),
    ],
)
def test_add_months(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected


def test_timeline_runs_from_the_balance_to_each_payment() -> None:
    result = simulate(plan(threshold=D(1000)))
    kinds = [t.kind for t in result.timeline]
    assert kinds[0] is TimelineKind.START and result.timeline[0].balance == D("1500")
    payments = [t for t in result.timeline if t.kind is TimelineKind.PAYMENT]
    assert [(t.relative_key, t.balance) for t in payments] == [("a", D("1100")), ("b", D("1060"))]


# ───────────────────────────────────────────── states


def test_refund_states_flow() -> None:
    assert RefundState.NOT_APPLIED.next_states() == (RefundState.APPLIED,)
    assert RefundState.APPLIED.can_become(RefundState.APPROVED)
    assert RefundState.APPLIED.can_become(RefundState.FAILED)
    assert RefundState.APPROVED.can_become(RefundState.RETURNED)
    assert RefundState.FAILED.next_states() == (RefundState.APPLIED,)  # 修改后重新提交
    assert RefundState.RETURNED.next_states() == ()
    assert not RefundState.NOT_APPLIED.can_become(RefundState.RETURNED)
    assert [s.label for s in RefundState][:4] == ["未申报", "已申报", "申报成功", "已返还"]


# ───────────────────────────────────────────── input problems


def test_check_plan_reports_each_field() -> None:
    bad = plan(
        balance="-1",
        benefit_year=2030,
        relatives=(relative("a", " ", "-5"), relative("b", "母亲", pays_share=D("1.5"))),
        threshold=D(-1),
        balance_on=date(2025, 1, 1),
    )
    fields = {p.field for p in check_plan(bad)}
    assert fields == {
        "balance",
        "balance_on",
        "benefit_year",
        "min_retained_balance",
        "relatives.0.name",
        "relatives.0.contribution",
        "relatives.1.pays_share",
    }
    with pytest.raises(ProxyPlanError) as info:
        simulate(bad)
    assert "余额不能是负数" in str(info.value)
    assert check_plan(plan(relatives=()))[0].message == "请至少添加一位要代缴的亲属"
    with pytest.raises(ValueError):
        check_plan(plan(relatives=(relative("a", "x"), relative("a", "y"))))


# ───────────────────────────────────────────── from the policy book


def test_rules_henan(book) -> None:  # type: ignore[no-untyped-def]
    rules = rules_from_book(book, "410105", date(2025, 10, 1))
    assert rules.pay_then_refund is True
    assert rules.refund_payout_lag_months == 1
    assert rules.resubmit_failed_payout is True
    assert rules.current_year_only is True
    assert rules.cancellable is True
    # 河南 moved to 近亲属 in 2024 (POLICY-REVIEW §1 #1)
    assert rules.scope == (
        *("配偶", "父母", "子女", "兄弟姐妹"),
        *("祖父母", "外祖父母", "孙子女", "外孙子女"),
    )
    assert rules.min_retained_balance is None
    assert rules.mode_supported(ProxyMode.PAY_THEN_REFUND) is True
    assert rules.mode_supported(ProxyMode.DIRECT) is None
    lag = rules.basis_of("proxy.refund_payout_lag_months")
    assert lag is not None and lag.confidence is Confidence.PRESS and lag.region_name == "河南省"
    cancel = rules.basis_of("proxy.cancellable")
    assert cancel is not None and cancel.confidence is Confidence.UNCONFIRMED
    assert cancel.needs_checking


def test_rules_shanxi_threshold_from_the_2022_rules(book) -> None:  # type: ignore[no-untyped-def]
    before = rules_from_book(book, "140105", date(2022, 6, 28))
    after = rules_from_book(book, "140105", date(2025, 12, 1))
    assert before.min_retained_balance is None
    assert after.min_retained_balance == D("1000")
    basis = after.basis_of("family.min_retained_balance")
    assert basis is not None and basis.confidence is Confidence.SECONDARY


def test_rules_shandong_tax_channel(book) -> None:  # type: ignore[no-untyped-def]
    rules = rules_from_book(book, "370102", date(2025, 10, 1))
    assert rules.mode_supported(ProxyMode.DIRECT) is True
    assert rules.tax_invoice_issued is False


def test_rules_with_a_user_override(book) -> None:  # type: ignore[no-untyped-def]
    override = Override("province-51", "family.min_retained_balance", date(2024, 1, 1), D(500))
    rules = rules_from_book(book, "510502", date(2025, 10, 1), [override])
    assert rules.min_retained_balance == D(500)
    basis = rules.basis_of("family.min_retained_balance")
    assert basis is not None and basis.origin is Origin.OVERRIDE


def test_threshold_typed_by_the_user() -> None:
    rules = ProxyRules().with_threshold(D(1000))
    basis = rules.basis_of("family.min_retained_balance")
    assert basis is not None and basis.origin is Origin.USER and basis.value_text == "¥1,000.00"
    assert rules.with_threshold(None).basis_of("family.min_retained_balance") is None


def test_collection_period_published_mianyang(book) -> None:  # type: ignore[no-untyped-def]
    period = collection_period(book, "510703", 2025)
    assert period is not None and not period.estimated
    assert (period.start, period.end) == (date(2024, 9, 1), date(2025, 2, 28))
    assert period.basis is not None and period.basis.confidence is Confidence.SECONDARY


def test_collection_period_usual_months(book) -> None:  # type: ignore[no-untyped-def]
    period = collection_period(book, "510502", 2026)
    assert period is not None and period.estimated
    assert (period.start, period.end) == (date(2025, 9, 1), date(2025, 12, 31))
    assert period.contains(date(2025, 12, 31)) and not period.contains(date(2026, 1, 1))


def test_collection_period_window_into_the_benefit_year(book) -> None:  # type: ignore[no-untyped-def]
    override = Override(
        "city-510500",
        "resident.collection.default_window",
        date(2000, 1, 1),
        {"start_month": 9, "end_month": 2, "end_in_benefit_year": True},
    )
    period = collection_period(book, "510502", 2025, [override])
    assert period is not None
    assert (period.start, period.end) == (date(2024, 9, 1), date(2025, 2, 28))
    period = collection_period(book, "510502", 2024, [override])
    assert period is not None and period.end == date(2024, 2, 29)


def test_resident_contribution(book) -> None:  # type: ignore[no-untyped-def]
    suining = resident_contribution(book, "510903", 2025)
    assert suining is not None and suining.amount == D("400.00") and not suining.estimated
    assert suining.basis.region_name == "遂宁市"
    assert resident_contribution(book, "510502", 2026) is None
    guess = resident_contribution(book, "510502", 2026, look_back_years=1)
    assert guess is not None and guess.estimated and guess.figure_year == 2025
    assert guess.amount == D("400.00")


def test_whole_plan_from_the_book_henan(book) -> None:  # type: ignore[no-untyped-def]
    """河南 2026 年度: 先缴后返, siblings included (近亲属 since 2024), money back next month."""
    day = date(2025, 10, 20)
    rules = rules_from_book(book, "410105", day)
    period = collection_period(book, "410105", 2026)
    rels = (
        relative("a", "父亲", region_code="410102", collection=period),
        relative("b", "姐姐", region_code="410102", collection=period, relation=Relation.SIBLING),
    )
    result = simulate(
        ProxyPlan(
            D(800), 2026, day, ProxyMode.PAY_THEN_REFUND, rels, rules, (), giver_region="410105"
        )
    )
    assert verdicts(result) == [Verdict.NOW, Verdict.NOW]
    assert result.rows[0].return_month == date(2025, 11, 1)
    assert result.rows[0].reasons[1].basis[0].confidence is Confidence.PRESS
    codes = [n.code for n in result.notes]
    assert "mode_unknown" not in codes and "cancel" in codes and "no_invoice" in codes
    assert "refund_resubmit" in codes


def test_mode_not_supported_or_unknown_is_said() -> None:
    no = simulate(plan(rules=ProxyRules(pay_then_refund=False), mode=ProxyMode.PAY_THEN_REFUND))
    assert no.notes[0].code == "mode_no" and no.notes[0].level is Level.PROBLEM
    unknown = simulate(plan(mode=ProxyMode.DIRECT))
    assert unknown.notes[0].code == "mode_unknown"


def test_basis_from_typed_value() -> None:
    basis = Basis.typed("balance", "个人账户余额", "¥1,500.00")
    assert basis.origin is Origin.USER and not basis.needs_checking


# ───────────────────────────────────────────── the saved case


def test_case_items_and_deadlines_direct() -> None:
    result = simulate(plan(threshold=D(1000)))
    items = payment_items(result)
    assert [i.key for i in items] == ["proxy.pay.a", "proxy.pay.b", "proxy.pay.c"]
    assert items[0].text == "为父亲代缴 2025 年度居民医保 ¥400.00（现在就可以；截止 2024-12-31）"
    assert "2024-12 划入到账后" in items[1].text
    assert items[2].text == "女儿自己缴 2025 年度居民医保 ¥400.00（截止 2024-12-31）"
    assert all(i.section == "steps" for i in items)
    deadlines = case_deadlines(result)
    assert [(d.label, d.due) for d in deadlines] == [
        ("2024-12 划入到账后为母亲代缴", date(2024, 12, 10)),
        ("2025 年度居民医保缴费截止（父亲、母亲、女儿）", date(2024, 12, 31)),
    ]
    assert case_title(result) == "代缴 2025 年度居民医保（父亲、母亲、女儿）"


def test_case_items_pay_then_refund_follow_the_states() -> None:
    result = simulate(plan(mode=ProxyMode.PAY_THEN_REFUND, threshold=D(1000)))
    items = payment_items(result)
    keys = [i.key for i in items]
    assert keys[:4] == [
        "proxy.pay.a.paid",
        "proxy.pay.a.applied",
        "proxy.pay.a.approved",
        "proxy.pay.a.returned",
    ]
    assert "预计 2024-11" in items[3].text
    assert keys[-1] == "proxy.pay.c"
    deadlines = case_deadlines(result)
    assert ("查询父亲的返还是否到账", date(2024, 11, 30)) in [(d.label, d.due) for d in deadlines]

    def ticked(*steps: str) -> list[CaseItem]:
        return [replace(i, done=i.key.rsplit(".", 1)[-1] in steps) for i in items]

    assert relative_progress(ProxyMode.PAY_THEN_REFUND, items, "a") == RefundState.NOT_APPLIED
    assert relative_progress(ProxyMode.PAY_THEN_REFUND, ticked("paid", "applied"), "a") == (
        RefundState.APPLIED
    )
    assert relative_progress(ProxyMode.PAY_THEN_REFUND, ticked("returned"), "a") == (
        RefundState.RETURNED
    )
    direct = payment_items(simulate(plan()))
    done = [replace(direct[0], done=True), *direct[1:]]
    assert relative_progress(ProxyMode.DIRECT, done, "a") == PaymentStatus.PAID
    assert relative_progress(ProxyMode.DIRECT, done, "b") == PaymentStatus.PLANNED


def test_payment_item_key_is_a_valid_checklist_id() -> None:
    assert payment_item_key("m12") == "proxy.pay.m12"
    assert payment_item_key("张三") == "proxy.pay.__"
    assert payment_item_key("A-1", "paid") == "proxy.pay.a_1.paid"


def test_checklist_facts() -> None:
    result = simulate(
        plan(
            mode=ProxyMode.WALLET_QUOTA,
            threshold=D(1000),
            relatives=(relative("a", "父亲", bound=None), *THREE[1:]),
        )
    )
    facts = checklist_facts(result)
    assert facts["mode"] == "wallet_quota"
    assert facts["needs_binding"] is True and facts["has_threshold"] is True
    assert facts["has_later"] is True and facts["has_self_pay"] is True
    assert facts["giver_region"] == "510502"


def test_plan_round_trips_through_typed_json() -> None:
    from yibao.storage.codec import decode_value, encode_value

    original = plan(
        mode=ProxyMode.PAY_THEN_REFUND,
        threshold=D(1000),
        relatives=(
            relative("a", "父亲"),
            relative(
                "b",
                "母亲",
                pays_share=D("0.5"),
                subsidy_group="低保对象",
                bound=None,
                member_id=7,
                collection=None,
            ),
        ),
        balance_on=date(2024, 10, 1),
        giver_member_id=3,
        giver_name="张伟",
    )
    data = decode_value(encode_value(plan_to_data(original)))
    assert isinstance(data, dict)
    restored = plan_from_data(data)
    assert restored.relatives == original.relatives
    assert restored.events == original.events
    assert restored.rules.min_retained_balance == D(1000)
    assert replace(restored, rules=original.rules) == original

    def outline(p: ProxyPlan) -> list[tuple[object, ...]]:
        return [(r.verdict, r.pay_on, r.balance_after, r.return_month) for r in simulate(p).rows]

    assert outline(restored) == outline(original)
    with pytest.raises(ValueError):
        plan_from_data({**data, "balance": True})


def test_result_to_data_has_the_summary_the_pdf_shows() -> None:
    from yibao.storage.codec import encode_value

    result = simulate(plan(threshold=D(1000)))
    data = result_to_data(result)
    encode_value(data)  # storable
    assert data["summary"] == "现在可以代缴：父亲，共 ¥400.00；缴完后账户余额 ¥1,100.00。"
    assert any("母亲" in line for line in data["summary_lines"])  # type: ignore[attr-defined]
    rows = data["rows"]
    assert [r["verdict"] for r in rows] == ["now", "later", "short"]  # type: ignore[attr-defined]


# ───────────────────────────────────────────── properties

amounts = st.decimals(min_value=0, max_value=2000, places=2, allow_nan=False, allow_infinity=False)


@settings(max_examples=150, deadline=None)
@given(
    balance=amounts,
    threshold=st.one_of(st.none(), amounts),
    dues=st.lists(amounts, min_size=1, max_size=5),
    monthly=st.decimals(min_value=0, max_value=500, places=2),
    mode=st.sampled_from(list(ProxyMode)),
)
def test_never_spends_below_the_threshold(
    balance: D, threshold: D | None, dues: list[D], monthly: D, mode: ProxyMode
) -> None:
    rels = tuple(relative(f"r{i}", f"亲属{i}", str(d)) for i, d in enumerate(dues))
    result = simulate(
        plan(
            mode=mode,
            balance=str(balance),
            threshold=threshold,
            relatives=rels,
            events=credits(monthly),
        )
    )
    floor = threshold or D(0)
    for row in result.rows:
        if row.verdict.covered:
            assert row.balance_after is not None and row.balance_after >= floor
            assert row.pay_on is not None and row.deadline is not None
            assert PLAN_DAY <= row.pay_on <= row.deadline
        if row.verdict is Verdict.SHORT and row.would_cover_on is not None:
            assert row.deadline is not None and row.would_cover_on > row.deadline
    assert result.total_now <= result.usable_now
    assert result.total_covered + result.cash_needed == result.total_due
    # every relative appears once, in order
    assert [r.position for r in result.rows] == list(range(1, len(dues) + 1))


@settings(max_examples=80, deadline=None)
@given(dues=st.lists(amounts, min_size=1, max_size=4), balance=amounts)
def test_more_money_keeps_the_first_and_a_full_cover(dues: list[D], balance: D) -> None:
    rels = tuple(relative(f"r{i}", f"亲属{i}", str(d)) for i, d in enumerate(dues))
    base = simulate(plan(balance=str(balance), relatives=rels, events=()))
    richer = simulate(plan(balance=str(balance + 1000), relatives=rels, events=()))
    if base.rows[0].verdict.covered:
        assert richer.rows[0].verdict.covered
    if base.all_covered:
        assert richer.all_covered
    assert base.balance_after_now >= 0


# ───────────────────────────────────────────── the checklist file


@pytest.fixture(scope="module")
def checklists(book):  # type: ignore[no-untyped-def]
    from yibao.domain.checklists import load_checklists

    return load_checklists(
        resource_path("checklists"), known_sources=[s.id for s in book.sources()]
    )


@pytest.mark.parametrize(
    ("mode", "threshold", "present", "absent"),
    [
        (
            ProxyMode.DIRECT,
            D(1000),
            {
                "proxy.direct.open",
                "proxy.check.threshold",
                "proxy.after.later",
                "proxy.after.self_pay",
            },
            {"proxy.refund.bank_card", "proxy.wallet.quota"},
        ),
        (
            ProxyMode.PAY_THEN_REFUND,
            None,
            {"proxy.refund.bank_card", "proxy.refund.where"},
            {
                "proxy.direct.open",
                "proxy.check.threshold",
                "proxy.after.later",
                "proxy.after.self_pay",
                "proxy.refund.failed",
            },
        ),
        (
            ProxyMode.WALLET_QUOTA,
            D(1000),
            {"proxy.wallet.open", "proxy.wallet.quota", "proxy.wallet.topup"},
            {"proxy.direct.open", "proxy.refund.where"},
        ),
    ],
)
def test_checklist_per_mode(
    checklists, mode: ProxyMode, threshold: D | None, present: set[str], absent: set[str]
) -> None:  # type: ignore[no-untyped-def]
    from yibao.domain.checklists import to_case_items

    result = simulate(plan(mode=mode, threshold=threshold))
    entries = checklists.build("proxy_payment", checklist_facts(result))
    ids = {e.id for e in entries}
    assert present <= ids
    assert not (absent & ids)
    assert any("2025 年度" in e.text for e in entries)  # {benefit_year} filled in
    items = merge_items(to_case_items(entries), payment_items(result))
    sections = [i.section for i in items]
    # the per-relative items come right after the file's own steps, before 办完以后
    first_pay = next(i for i, item in enumerate(items) if item.key.startswith("proxy.pay."))
    assert sections[first_pay - 1] == "steps"
    assert "after" not in sections[:first_pay]
    assert len({i.key for i in items}) == len(items)


def test_henan_checklist_offers_resubmit_and_cancel(checklists, book) -> None:  # type: ignore[no-untyped-def]
    day = date(2025, 10, 20)
    rules = rules_from_book(book, "410105", day)
    result = simulate(
        ProxyPlan(
            D(800),
            2026,
            day,
            ProxyMode.PAY_THEN_REFUND,
            (relative("a", "父亲", region_code="410102"),),
            rules,
            (),
        )
    )
    ids = {e.id for e in checklists.build("proxy_payment", checklist_facts(result))}
    assert {
        "proxy.refund.failed",
        "proxy.note.cancel",
        "proxy.note.no_invoice",
        "proxy.check.current_year",
    } <= ids


def test_merge_items_without_steps_goes_after_checks() -> None:
    checks = CaseItem("x.check", "checks", "确认")
    after = CaseItem("x.after", "after", "之后")
    pay = CaseItem("proxy.pay.a", "steps", "缴")
    assert merge_items([checks, after], [pay]) == (checks, pay, after)
    assert merge_items([], [pay]) == (pay,)


def test_project_events_first_month_delays_the_flat_credit() -> None:
    events = project_events(
        date(2025, 10, 15),
        date(2025, 12, 31),
        monthly_credit=D(100),
        credit_day=20,
        first_month=date(2025, 11, 1),
    )
    assert [e.on for e in events] == [date(2025, 11, 20), date(2025, 12, 20)]


def test_case_title_shortens_a_long_list() -> None:
    rels = tuple(relative(f"r{i}", f"亲属{i}") for i in range(6))
    assert (
        case_title(simulate(plan(relatives=rels)))
        == "代缴 2025 年度居民医保（亲属0、亲属1、亲属2 等 6 人）"
    )


def test_whole_plan_from_the_book_shanxi_threshold(book) -> None:  # type: ignore[no-untyped-def]
    """山西 (太原), December 2025: only the balance above ¥1,000 (official) is usable."""
    day = date(2025, 12, 15)
    rules = rules_from_book(book, "140100", day)
    period = collection_period(book, "140100", 2026)
    assert period is not None and period.end == date(2025, 12, 31) and period.estimated
    rels = tuple(
        relative(k, n, region_code="140100", collection=period)
        for k, n in (("a", "父亲"), ("b", "母亲"), ("c", "女儿"))
    )
    events = project_events(day, date(2027, 12, 31), monthly_credit=CREDIT, credit_day=10)
    result = simulate(
        ProxyPlan(
            D(1500), 2026, day, ProxyMode.WALLET_QUOTA, rels, rules, events, giver_region="140100"
        )
    )
    assert verdicts(result) == [Verdict.NOW, Verdict.SHORT, Verdict.SHORT]
    threshold = next(n for n in result.notes if n.code == "threshold")
    assert threshold.basis[0].confidence is Confidence.SECONDARY
    assert "¥1,000.00" in threshold.text and "可用 ¥500.00" in threshold.text
    # the next credit (2026-01-10) comes after the period ends
    assert result.rows[1].would_cover_on == date(2026, 2, 10)
    assert result.quota_now == D("400")


def test_summary_for_a_single_relative() -> None:
    result = simulate(plan(relatives=(relative("a", "母亲"),)))
    assert (
        result.summary[0].text == "母亲现在可以用个人账户代缴 ¥400.00；缴完后账户余额 ¥1,100.00。"
    )


# ───────────────────────────────────────────── issue 13: bugs, each a test first


def test_the_threshold_is_family_s_one_rule_to_the_cent() -> None:
    """山西's threshold was written twice: family's ``usable_balance`` rounds to the cent,
    proxy's did not. An account holds whole fen, so ¥1,400.005 reads as ¥1,400.01 and
    ¥400.01 of it is above ¥1,000: the ¥400.01 contribution fits now (the note already said
    可用 ¥400.01 while the verdict said it did not fit)."""
    from yibao.domain.family import usable_balance

    result = simulate(
        plan(threshold=D(1000), balance="1400.005", relatives=(relative("a", "父亲", "400.01"),))
    )
    assert result.usable_now == usable_balance(D("1400.005"), D(1000)) == D("400.01")
    assert verdicts(result) == [Verdict.NOW]
    note = next(n for n in result.notes if n.code == "threshold")
    assert "可用 ¥400.01" in note.text


def test_valid_benefit_years_are_the_kernel_s() -> None:
    """One definition of the valid benefit years (kernel.benefit_year_range): on 2024-10-15
    that is 1950 … 2026 (the plan used to allow 2018 … 2025)."""
    from yibao.domain.kernel import benefit_year_range

    low, high = benefit_year_range(PLAN_DAY)
    assert (low, high) == (1950, 2026)
    for year in (low, 2017, high):
        assert not [p for p in check_plan(plan(benefit_year=year)) if p.field == "benefit_year"]
    for year in (low - 1, high + 1):
        (problem,) = [p for p in check_plan(plan(benefit_year=year)) if p.field == "benefit_year"]
        assert problem.message == "待遇年度应在 1950 至 2026 之间"


def test_mode_texts_name_no_region_and_no_figure() -> None:
    """“河南…次月到账” and “山东税务” were typed into the mode descriptions for every region;
    the return month comes from the book (proxy.refund_payout_lag_months) in the notes."""
    for mode in ProxyMode:
        for word in ("河南", "山东", "次月"):
            assert word not in mode.description, (mode, word)
    henan = simulate(
        plan(mode=ProxyMode.PAY_THEN_REFUND, rules=ProxyRules(refund_payout_lag_months=1))
    )
    refund = next(n for n in henan.notes if n.code == "refund")
    assert refund.params["lag"] == "1"
    cancel = simulate(plan(rules=ProxyRules(cancellable=True)))
    assert "河南" not in next(n for n in cancel.notes if n.code == "cancel").text


def test_every_old_public_name_is_still_importable() -> None:
    import yibao.domain.proxy_payment as package

    old = [
        "AccountEvent",
        "Basis",
        "CHECKLIST_ID",
        "CollectionPeriod",
        "ContributionFigure",
        "DEFAULT_HORIZON_MONTHS",
        "DeductionSchedule",
        "EventKind",
        "Level",
        "Note",
        "ONE",
        "Origin",
        "PAYMENT_SECTION",
        "PaymentStatus",
        "PlanProblem",
        "PlannedDeduction",
        "ProxyMode",
        "ProxyPlan",
        "ProxyPlanError",
        "ProxyResult",
        "ProxyRules",
        "RULE_KEYS",
        "RefundState",
        "Relative",
        "RelativeResult",
        "TimelineKind",
        "TimelineRow",
        "Trigger",
        "Verdict",
        "add_months",
        "case_deadlines",
        "case_title",
        "check_plan",
        "checklist_facts",
        "collection_period",
        "default_order",
        "ltc_deduction_from_book",
        "merge_items",
        "month_start",
        "payment_item_key",
        "payment_items",
        "plan_from_data",
        "plan_to_data",
        "project_events",
        "relative_progress",
        "resident_contribution",
        "result_to_data",
        "rules_from_book",
        "simulate",
    ]
    assert not [name for name in old if not hasattr(package, name)]
    assert not [name for name in package.__all__ if not hasattr(package, name)]
    from yibao.domain.kernel import Finding, InputProblems
    from yibao.domain.kernel import Level as KernelLevel

    assert package.Note is Finding and package.Level.PROBLEM is KernelLevel.BLOCKED
    assert issubclass(package.ProxyPlanError, InputProblems)


def test_no_balance_too_low_headline_when_money_is_not_what_waits() -> None:
    """The summary said “现在可用余额 ¥1,000.00，还不够给任何一位亲属代缴” when the ¥1,000 was
    enough and only the collection period had not opened (or the relative was ruled out)."""
    later = CollectionPeriod(date(2024, 11, 1), date(2024, 12, 31))
    waiting = simulate(plan(balance="1000", relatives=(relative("a", "父亲", collection=later),)))
    assert [r.verdict for r in waiting.rows] == [Verdict.LATER]
    assert [n.code for n in waiting.summary] == ["later_period", "all_by"]
    over = CollectionPeriod(date(2024, 9, 1), date(2024, 9, 30))
    ruled_out = simulate(plan(balance="1000", relatives=(relative("a", "父亲", collection=over),)))
    assert [n.code for n in ruled_out.summary] == ["not_eligible", "cash"]
    short = simulate(plan(balance="100", relatives=(relative("a", "父亲"),)))
    assert short.summary[0].code == "none_now"


def test_the_special_channel_note_names_the_book_s_groups() -> None:
    """“新生儿和…资助参保人员（特困、低保等）” was typed into the note; it names the groups of
    proxy.excluded_groups now (and says the book has nothing when it has nothing)."""
    rels = (relative("a", "外孙", newborn=True),)
    listed = simulate(plan(relatives=rels, rules=ProxyRules(excluded_groups=("新生儿", "孤儿"))))
    note = next(n for n in listed.notes if n.code == "special")
    assert note.text.startswith("新生儿、孤儿一般不能用个人账户代缴")
    unknown = simulate(plan(relatives=rels, rules=ProxyRules()))
    note = next(n for n in unknown.notes if n.code == "special_unknown")
    assert "特困" not in note.text and "政策库中没有本地区的记录" in note.text
