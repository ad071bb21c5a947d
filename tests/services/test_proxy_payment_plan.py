"""The 代缴 plan built in services from what the pages hold: the horizon the account is
projected to, the rules with a typed threshold, each relative's contribution and basis, the
order by amount, the suggested mode and the benefit year on the plan page."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from yibao.domain.kernel import Origin
from yibao.domain.people import Gender, Member, Relation, Scheme
from yibao.domain.proxy_payment import (
    CollectionPeriod,
    DeductionSchedule,
    EventKind,
    PlannedDeduction,
    ProxyMode,
    ProxyRules,
    Verdict,
)
from yibao.domain.resident_pricing import Person
from yibao.services import proxy_payment as service
from yibao.services.database import Database

PLAN_DAY = date(2024, 10, 15)
PERIOD = CollectionPeriod(date(2024, 9, 1), date(2024, 12, 31))


def _rel(key: str, amount: str = "400", **kw: object) -> service.RelativeInput:
    return service.RelativeInput(key, key, D(amount), contribution_auto=False, period=PERIOD, **kw)  # type: ignore[arg-type]


def test_the_account_is_projected_over_the_simulations_24_months() -> None:
    assert service.HORIZON_MONTHS == 24
    assert service.event_horizon(PLAN_DAY) == date(2026, 10, 15)
    # a collection period ending later is still covered
    late = CollectionPeriod(date(2026, 9, 1), date(2027, 2, 28))
    assert service.event_horizon(PLAN_DAY, [PERIOD, None, late]) == date(2027, 2, 28)


def test_ltc_deductions_are_counted_over_the_horizon_only() -> None:
    """¥4 长护险 on the 10th: 10 Nov 2024 … 10 Oct 2026 = 24 deductions = ¥96.00."""
    ltc = PlannedDeduction(D(4), DeductionSchedule.MONTHLY)
    plan = service.build_plan(
        service.GiverInput(D(1500), D(180), 10, "张伟"),
        [_rel("a")],
        facts=None,
        benefit_year=2025,
        plan_date=PLAN_DAY,
        mode=ProxyMode.DIRECT,
        ltc=ltc,
    )
    deductions = [e for e in plan.events if e.kind is EventKind.DEDUCTION]
    credits = [e for e in plan.events if e.kind is EventKind.CREDIT]
    assert len(deductions) == 24 and len(credits) == 24
    assert deductions[-1].on == date(2026, 10, 10)
    result = service.run(plan)
    note = next(n for n in result.notes if n.code == "deductions")
    assert (note.params["total"], note.params["until"]) == ("¥96.00", "2026-10-10")
    assert [r.verdict for r in result.rows] == [Verdict.NOW]


def test_balance_from_the_history_starts_at_its_day_with_its_credits() -> None:
    """History: ¥1,000 at 30 Sep 2024, October's credit not in it yet; projected ¥150 for
    Oct and Nov, then the typed ¥180 flat."""
    account = service.AccountInfo(
        balance=D(1000),
        balance_on=date(2024, 9, 30),
        next_credit_month=date(2024, 10, 1),
        monthly_credit=D(150),
        projection=((date(2024, 10, 1), D(150)), (date(2024, 11, 1), D(150))),
    )
    plan = service.build_plan(
        service.GiverInput(D(1000), D(180), 10, account=account),
        [_rel("a")],
        facts=None,
        benefit_year=2025,
        plan_date=PLAN_DAY,
        mode=ProxyMode.DIRECT,
    )
    assert plan.balance_on == date(2024, 9, 30)
    first = [(e.on, e.amount) for e in plan.events[:3]]
    assert first == [
        (date(2024, 10, 10), D("150.00")),
        (date(2024, 11, 10), D("150.00")),
        (date(2024, 12, 10), D("180.00")),
    ]
    # on the plan day October's ¥150 is in: 1,150 usable, 400 paid now
    result = service.run(plan)
    assert result.balance_now == D("1150.00")


def test_rules_keep_the_books_threshold_or_take_the_typed_one(db: Database) -> None:
    facts = service.policy_facts(db, "140100", [], 2026, date(2025, 12, 15))
    assert facts.rules.min_retained_balance == D("1000")
    same = service.rules_for(facts, D("1000"))
    basis = same.basis_of("family.min_retained_balance")
    assert basis is not None and basis.origin is Origin.BOOK and basis.region_name == "山西省"
    typed = service.rules_for(facts, D("800"))
    basis = typed.basis_of("family.min_retained_balance")
    assert typed.min_retained_balance == D("800")
    assert basis is not None and basis.origin is Origin.USER
    none = service.rules_for(facts, None)
    assert (
        none.min_retained_balance is None and none.basis_of("family.min_retained_balance") is None
    )
    assert service.rules_for(None, None) == ProxyRules()


def test_relatives_contribution_rests_on_the_book_unless_typed(db: Database) -> None:
    facts = service.policy_facts(db, "510903", ["510903"], 2025, PLAN_DAY)
    figures = service.price_relative(facts, "510903", Person(date(1958, 4, 2)))
    assert figures is not None and figures.price.amount == D("400.00")
    assert service.price_relative(facts, "110101", Person()) is None  # not asked yet
    assert service.price_relative(None, "510903", Person()) is None
    book = service.RelativeInput(
        "a", " 母亲 ", D("400.00"), price=figures.price, period=figures.period, share_percent=30
    )
    typed = service.RelativeInput("b", "父亲", D("380"), contribution_auto=False)
    plan = service.build_plan(
        service.GiverInput(D(1500)),
        [book, typed],
        facts=facts,
        benefit_year=2025,
        plan_date=PLAN_DAY,
        mode=ProxyMode.DIRECT,
        typed_label="居民医保个人缴费",
    )
    first, second = plan.relatives
    assert first.name == "母亲" and first.amount_due == D("120.00")
    assert first.contribution_basis is not None
    assert first.contribution_basis.origin is Origin.BOOK
    assert second.contribution_basis is not None
    assert second.contribution_basis.origin is Origin.USER
    assert second.contribution_basis.value_text == "¥380.00"
    assert service.check(plan) == ()


def test_amount_due_is_the_share_rounded_to_the_fen() -> None:
    assert service.amount_due(D(400), 30) == D("120.00")
    assert service.amount_due(D("333.33"), 50) == D("166.67")  # 166.665, half up
    assert service.amount_due(D("380.50"), 0) == D("0.00")


def test_order_by_amount_smallest_due_first_unreadable_last() -> None:
    rows = [("a", D(400), 100), ("b", None, 100), ("c", D(400), 30), ("d", D(380), 100)]
    # due: a 400, c 120, d 380; b unreadable
    assert service.order_by_amount(rows) == ["c", "d", "a", "b"]


def test_suggested_mode_from_the_book() -> None:
    assert service.suggested_mode(ProxyRules(pay_then_refund=True)) is ProxyMode.PAY_THEN_REFUND
    assert service.suggested_mode(ProxyRules(tax_channel_deduction=True)) is ProxyMode.DIRECT
    assert service.suggested_mode(ProxyRules(wallet_quota=True)) is ProxyMode.WALLET_QUOTA
    assert service.suggested_mode(ProxyRules()) is None


def test_benefit_year_on_the_plan_page(db: Database) -> None:
    # the book's usual window opens in September of the year before (national)
    setup = service.load_setup(db, date(2024, 8, 31))
    assert service.default_benefit_year(setup, date(2024, 8, 31)) == 2024
    assert service.default_benefit_year(setup, date(2024, 9, 1)) == 2025
    assert service.default_benefit_year(setup, date(2026, 12, 2)) == 2027
    # 郑州 publishes its own 2025 period: from 10 October 2024
    assert service.default_benefit_year(setup, date(2024, 10, 9), "410105") == 2024
    assert service.default_benefit_year(setup, date(2024, 10, 10), "410105") == 2025
    # before the book is read: this year's, no guessed month
    assert service.default_benefit_year(None, date(2024, 10, 15)) == 2024
    # the kernel's valid benefit years: 1950 … two years ahead of the plan day
    assert service.offered_benefit_years(PLAN_DAY) == (1950, 2026)
    assert service.benefit_year_problem(1950, PLAN_DAY) is None
    assert service.benefit_year_problem(2026, PLAN_DAY) is None
    problem = service.benefit_year_problem(2027, PLAN_DAY)
    assert problem is not None and problem.field == "benefit_year"
    assert problem.message == "待遇年度应在 1950 至 2026 之间"
    assert service.benefit_year_problem(1949, PLAN_DAY) is not None


def _person(name: str, relation: Relation, gender: Gender, scheme: Scheme) -> Member:
    return Member(
        name=name,
        relation=relation,
        gender=gender,
        birth_date=date(1960, 1, 1),
        scheme=scheme,
        region_code="510500",
    )


def test_relation_to_the_giver() -> None:
    me = _person("我", Relation.SELF, Gender.MALE, Scheme.EMPLOYEE_ACTIVE)
    mother = _person("妈妈", Relation.PARENT, Gender.FEMALE, Scheme.RESIDENT)
    spouse = _person("妻子", Relation.SPOUSE, Gender.FEMALE, Scheme.EMPLOYEE_ACTIVE)
    child = _person("儿子", Relation.CHILD, Gender.MALE, Scheme.RESIDENT)
    setup = service.ProxySetup(me, (me, spouse), (mother, child))
    assert service.relation_to_giver(setup, me, mother) is Relation.PARENT
    assert service.relation_to_giver(setup, None, child) is Relation.CHILD
    assert service.relation_to_giver(setup, None, me) is None
    # through the user: my mother is my wife's mother-in-law (not a 近亲属), my son hers
    assert service.relation_to_giver(setup, spouse, mother) is Relation.OTHER
    assert service.relation_to_giver(setup, spouse, child) is Relation.CHILD


def test_giver_period_and_subsidised_groups_come_from_the_book(db: Database) -> None:
    facts = service.policy_facts(db, "410105", ["410105"], 2025, PLAN_DAY)
    zhengzhou = service.giver_period(facts, "410105")  # 郑州's own 2025 window
    assert zhengzhou is not None and not zhengzhou.estimated
    assert (zhengzhou.start, zhengzhou.end) == (date(2024, 10, 10), date(2024, 12, 31))
    national = service.giver_period(facts, None)
    assert national is not None and national.estimated
    assert (national.start, national.end) == (date(2024, 9, 1), date(2024, 12, 31))
    assert service.giver_period(None, "410105") is None
    assert facts.subsidised_groups == ("特困人员", "孤儿", "低保对象")


def test_fully_subsidised_groups_come_from_each_relatives_region(db: Database) -> None:
    facts = service.policy_facts(db, "410105", ["371302", "410105"], 2025, PLAN_DAY)
    linyi = facts.fully_subsidised_in("371302")
    assert linyi is not None and linyi.value == ("特困人员",)
    assert linyi.basis.region_key == "city-371300"
    assert linyi.basis.source is not None
    assert linyi.basis.source.id == "city-371300-subsidised-enrolment"
    zhengzhou = facts.fully_subsidised_in("410105")  # nothing local: the national list
    assert zhengzhou is not None and zhengzhou.value == ("特困人员",)
    assert zhengzhou.basis.region_key == "national"
    nationally = facts.fully_subsidised_in(None)
    assert nationally is not None and nationally.value == ("特困人员",)
    assert facts.fully_subsidised_in("510500") is None  # not asked for
    # the share the wizard sets when the group is chosen: 0 % only where the book says so
    assert service.subsidised_share(facts, "371302", "特困人员") == 0
    assert service.subsidised_share(facts, "371302", "孤儿") is None  # the user types it
    assert service.subsidised_share(facts, "371302", "低保对象") is None
    assert service.subsidised_share(facts, "371302", "") is None
    assert service.subsidised_share(facts, "510500", "特困人员") is None
    assert service.subsidised_share(None, "371302", "特困人员") is None


def test_fully_subsidised_groups_follow_the_users_local_value(db: Database) -> None:
    from yibao.services.policy import set_override

    set_override(
        db, "city-371300", "resident.fully_subsidised_groups", date(2024, 1, 1), "特困人员、孤儿"
    )
    facts = service.policy_facts(db, None, ["371302"], 2025, PLAN_DAY)
    linyi = facts.fully_subsidised_in("371302")
    assert linyi is not None and linyi.value == ("特困人员", "孤儿")
    assert linyi.basis.origin is Origin.OVERRIDE
    assert service.subsidised_share(facts, "371302", "孤儿") == 0
    # the day counts: before the local value, the book's own list
    earlier = service.policy_facts(db, None, ["371302"], 2024, date(2023, 10, 15))
    assert service.subsidised_share(earlier, "371302", "孤儿") is None
