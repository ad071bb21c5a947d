"""Personal-account refunds and payouts (DOMAIN.md §8, seeds 000/001): verdicts, timing,
amounts and checklist facts, for every scenario and applicant."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from yibao.domain.kernel import Finding, Level, PolicyView
from yibao.domain.people import Relation, Scheme
from yibao.domain.policy import Confidence, Override, PolicyBook, load_policy_book
from yibao.domain.policy.values import parse_value
from yibao.domain.refund import (
    ACCOUNT_SCENARIOS,
    AmountBasis,
    Applicant,
    HeirRelation,
    RefundRequest,
    Scenario,
    Verdict,
    add_months,
    allowed_applicants,
    assess,
    check_request,
    checklist_facts,
    cn_date,
    heir_relation_for,
)

POLICY_DIR = Path(__file__).resolve().parents[2] / "resources" / "policy"

WUHAN = "420100"
LUZHOU = "510500"
YUNFU = "445300"
ZHENGZHOU = "410100"


@pytest.fixture(scope="module")
def book() -> PolicyBook:
    return load_policy_book(POLICY_DIR)


_NATIONAL = PolicyView(load_policy_book(POLICY_DIR), None, date(2025, 6, 1))
#: who may apply by the national rule (``refund.applicants.*``)
ALLOWED_APPLICANTS = {s: allowed_applicants(_NATIONAL, s) for s in Scenario}


def _rests_on(item: Finding, key: str) -> bool:
    return any(b.key == key for b in item.basis)


def _request(scenario: Scenario, applicant: Applicant, **changes: object) -> RefundRequest:
    """A complete request for *scenario* (values a user would give), then *changes*."""
    base: dict[str, object] = dict(scenario=scenario, applicant=applicant, region_code=LUZHOU)
    if scenario in ACCOUNT_SCENARIOS:
        base.update(
            scheme=Scheme.EMPLOYEE_ACTIVE,
            termination_date=date(2025, 1, 10),
            balance=Decimal("1000.00"),
        )
        if scenario is Scenario.DEATH:
            base.update(heir_relation=HeirRelation.CHILD)
        if scenario is Scenario.LEAVE_REGION:
            base.update(account_transferable=False)
    elif scenario is Scenario.DUPLICATE_ENROLMENT:
        base.update(
            scheme=Scheme.RESIDENT,
            benefit_year=2025,
            employee_enrolment_date=date(2024, 11, 20),
            region_code=YUNFU,
        )
    else:
        base.update(region_code=ZHENGZHOU, amount=Decimal("400"))
    base.update(changes)
    return RefundRequest(**base)  # type: ignore[arg-type]


# ------------------------------------------------------------------ the three "done when"


def test_heir_of_deceased_employee_father_in_wuhan_waits_two_months(book: PolicyBook) -> None:
    """An heir (the son) of a 职工 father who died in Wuhan on 2025-01-10, asking on 02-01."""
    request = RefundRequest(
        scenario=Scenario.DEATH,
        applicant=Applicant.HEIR,
        region_code="420106",  # 武昌区 → 武汉市
        scheme=Scheme.EMPLOYEE_RETIRED,
        heir_relation=heir_relation_for(Relation.PARENT),
        termination_date=date(2025, 1, 10),
        balance=Decimal("3456.78"),
        balance_from_history=True,
    )
    result = assess(book, request, today=date(2025, 2, 1))

    assert result.verdict is Verdict.NOT_YET
    assert result.earliest_application == date(2025, 3, 10)
    inherit = next(r for r in result.reasons if _rests_on(r, "account.inheritable"))
    assert inherit.level is Level.OK
    assert inherit.confidence is Confidence.SECONDARY  # a legal Q&A page (2026-12-02)
    assert inherit.basis[0].region_name == "武汉市"
    wait = next(
        r for r in result.reasons if _rests_on(r, "refund.account.apply_after_termination_months")
    )
    assert wait.level is Level.WAIT
    assert "2025年3月10日" in wait.text and "武汉市" in wait.text
    assert wait.confidence is Confidence.SECONDARY
    assert [(d.label, d.due) for d in result.deadlines] == [
        ("可以去申请了（终止参保满 2 个月）", date(2025, 3, 10))
    ]
    assert result.amount.value == Decimal("3456.78")
    assert result.amount.basis is AmountBasis.HISTORY
    assert "¥3,456.78" in result.amount.text
    assert not result.arrival.known
    assert result.facts == {
        "scenario": "death",
        "applicant": "heir",
        "other_heirs": False,
        "region": "420100",  # the 统筹区, so Wuhan's checklist items match
        "heir_relation": "child",
        "waits_after_termination": True,  # 武汉's 2 months, from the book
    }
    # two months later the same heir can apply
    later = assess(book, request, today=date(2025, 3, 10))
    assert later.verdict is Verdict.ELIGIBLE
    assert [d.due for d in later.deadlines] == [date(2025, 3, 10)]


def test_employer_clerk_for_departing_employee(book: PolicyBook) -> None:
    """A clerk handles a colleague who left Wuhan on 2025-03-31 for a place the account
    cannot move to; asking on 2025-04-15, then again on 2025-06-03."""
    request = RefundRequest(
        scenario=Scenario.LEAVE_REGION,
        applicant=Applicant.EMPLOYER,
        region_code=WUHAN,
        scheme=None,  # not a household member: scheme unknown
        termination_date=date(2025, 3, 31),
        account_transferable=False,
        balance=Decimal("1200"),
    )
    early = assess(book, request, today=date(2025, 4, 15))
    assert early.verdict is Verdict.NOT_YET
    assert early.earliest_application == date(2025, 5, 31)
    assert any(r.level is Level.OK and "转不到" in r.text for r in early.reasons)
    assert any("单位经办人可以办理" in r.text for r in early.reasons)

    ready = assess(book, request, today=date(2025, 6, 3))
    assert ready.verdict is Verdict.ELIGIBLE
    assert ready.can_apply_now
    assert "单位账户" in ready.amount.text
    assert ready.facts["applicant"] == "employer"
    assert [d.due for d in ready.deadlines] == [date(2025, 6, 3)]


def test_resident_who_joined_employee_insurance_in_march_gets_no_refund(
    book: PolicyBook,
) -> None:
    """Benefit period from January; 职工医保 from March → that year's contribution stays."""
    request = RefundRequest(
        scenario=Scenario.DUPLICATE_ENROLMENT,
        applicant=Applicant.INSURED,
        region_code=WUHAN,
        scheme=Scheme.RESIDENT,
        benefit_year=2025,
        employee_enrolment_date=date(2025, 3, 10),
        amount=Decimal("400"),
    )
    result = assess(book, request, today=date(2025, 4, 1))

    assert result.verdict is Verdict.NOT_ELIGIBLE
    texts = [r.text for r in result.reasons]
    assert any("2025年1月1日" in t and "已经开始了" in t for t in texts)
    against = next(r for r in result.reasons if r.level is Level.BLOCKED)
    assert _rests_on(against, "refund.resident_duplicate.after_benefit_start")
    assert "不予退还" in against.text
    assert against.confidence is Confidence.UNCONFIRMED  # generalised from 云浮
    assert result.earliest_application is None
    assert result.amount.value is None
    # what else to do: stop paying next year's resident contribution (or get it back)
    assert any("2026 年度" in a.text and "2026年1月1日" in a.text for a in result.alternatives)
    assert [d.due for d in result.deadlines] == [date(2026, 1, 1)]


# ---------------------------------------------------------------- scenario × applicant


CASES = [(s, a) for s in Scenario for a in Applicant]


@pytest.mark.parametrize(("scenario", "applicant"), CASES, ids=[f"{s}-{a}" for s, a in CASES])
def test_every_scenario_and_applicant(
    book: PolicyBook, scenario: Scenario, applicant: Applicant
) -> None:
    today = date(2025, 6, 1)
    result = assess(book, _request(scenario, applicant), today)
    allowed = applicant in ALLOWED_APPLICANTS[scenario]
    first = result.reasons[0]
    if not allowed:
        assert result.verdict is Verdict.NOT_ELIGIBLE
        assert first.level is Level.BLOCKED
        assert applicant.label in first.text
        assert result.alternatives, "a 'not eligible' must say what else to do"
        assert result.amount.value is None
        return
    assert first.level is Level.INFO
    assert result.verdict is not Verdict.NOT_ELIGIBLE
    view = PolicyView(book, result.request.region_code, today)
    assert result.facts == checklist_facts(_request(scenario, applicant), view)
    # every reason that rests on a policy value names its source and confidence
    for reason in result.reasons:
        for basis in reason.basis:
            if basis.is_policy and not reason.overridden:
                assert basis.source is not None
                assert reason.confidence is not None
    assert result.to_result()["verdict"] == result.verdict.value


EXPECTED_VERDICTS = {
    # Luzhou: the national list applies, no waiting time in the book
    Scenario.DEATH: Verdict.ELIGIBLE,
    Scenario.EMIGRATION: Verdict.ELIGIBLE,
    Scenario.LEAVE_REGION: Verdict.ELIGIBLE,
    Scenario.RELOCATION: Verdict.CHECK_LOCALLY,  # "异地安置（部分地区）"
    # Yunfu: joined 职工医保 in November before the benefit year
    Scenario.DUPLICATE_ENROLMENT: Verdict.ELIGIBLE,
    # Henan: 撤销 exists (unconfirmed); 先缴后返 with resubmission (press)
    Scenario.PROXY_CANCEL: Verdict.ELIGIBLE,
    Scenario.PROXY_RESUBMIT: Verdict.ELIGIBLE,
}


@pytest.mark.parametrize("scenario", list(Scenario))
def test_verdict_per_scenario_for_the_usual_applicant(book: PolicyBook, scenario: Scenario) -> None:
    applicant = ALLOWED_APPLICANTS[scenario][0]
    result = assess(book, _request(scenario, applicant), date(2025, 6, 1))
    assert result.verdict is EXPECTED_VERDICTS[scenario], [r.text for r in result.reasons]


def test_insured_cannot_claim_own_inheritance(book: PolicyBook) -> None:
    result = assess(book, _request(Scenario.DEATH, Applicant.INSURED), date(2025, 6, 1))
    assert result.verdict is Verdict.NOT_ELIGIBLE
    assert "继承人" in result.reasons[0].text
    assert any("继承人" in a.text for a in result.alternatives)


def test_employer_cannot_claim_duplicate_refund(book: PolicyBook) -> None:
    result = assess(
        book, _request(Scenario.DUPLICATE_ENROLMENT, Applicant.EMPLOYER), date(2024, 12, 1)
    )
    assert result.verdict is Verdict.NOT_ELIGIBLE
    assert any("单位不能代办" in a.text for a in result.alternatives)


# ------------------------------------------------------------------- account payouts


def test_cash_out_is_not_allowed_in_general(book: PolicyBook) -> None:
    result = assess(book, _request(Scenario.EMIGRATION, Applicant.INSURED), date(2025, 6, 1))
    cash = next(r for r in result.reasons if _rests_on(r, "account.cash_out_allowed"))
    assert "不能提现" in cash.text
    assert cash.confidence is Confidence.SECONDARY


@pytest.mark.parametrize("scheme", [Scheme.RESIDENT, Scheme.FLEXIBLE_POOLING, Scheme.NONE])
def test_no_personal_account_nothing_to_pay_out(book: PolicyBook, scheme: Scheme) -> None:
    result = assess(book, _request(Scenario.DEATH, Applicant.HEIR, scheme=scheme), date(2025, 6, 1))
    assert result.verdict is Verdict.NOT_ELIGIBLE
    assert any("没有个人账户" in r.text for r in result.reasons)
    if scheme is Scheme.RESIDENT:
        assert any("重复参保" in a.text for a in result.alternatives)


@pytest.mark.parametrize(
    "scheme", [Scheme.EMPLOYEE_ACTIVE, Scheme.EMPLOYEE_RETIRED, Scheme.FLEXIBLE_ACCOUNT]
)
def test_schemes_with_an_account_can_be_paid_out(book: PolicyBook, scheme: Scheme) -> None:
    result = assess(book, _request(Scenario.DEATH, Applicant.HEIR, scheme=scheme), date(2025, 6, 1))
    assert result.verdict is Verdict.ELIGIBLE


def test_leaving_region_with_a_transferable_account_means_transfer(book: PolicyBook) -> None:
    result = assess(
        book,
        _request(Scenario.LEAVE_REGION, Applicant.INSURED, account_transferable=True),
        date(2025, 6, 1),
    )
    assert result.verdict is Verdict.NOT_ELIGIBLE
    assert any("转移接续" in a.text for a in result.alternatives)


def test_leaving_region_unsure_about_transfer_means_ask(book: PolicyBook) -> None:
    result = assess(
        book,
        _request(Scenario.LEAVE_REGION, Applicant.INSURED, account_transferable=None),
        date(2025, 6, 1),
    )
    assert result.verdict is Verdict.CHECK_LOCALLY


def test_relocation_is_only_some_regions(book: PolicyBook) -> None:
    result = assess(book, _request(Scenario.RELOCATION, Applicant.INSURED), date(2025, 6, 1))
    check = next(r for r in result.reasons if r.level is Level.CHECK)
    assert "部分地区" in check.text and "泸州市" in check.text
    assert result.alternatives


def _cases_override(book: PolicyBook, text: str) -> Override:
    """泸州's payout cases as the user types them in the override editor."""
    info = book.info("refund.account.payout_cases")
    return Override("city-510500", info.key, date(2024, 1, 1), parse_value(info, text))


def test_wuhan_lists_no_relocation_payout(book: PolicyBook) -> None:
    """武汉's page names 出国（境）定居、死亡、转出市外且个人帐户无法转移 only."""
    result = assess(
        book, _request(Scenario.RELOCATION, Applicant.INSURED, region_code=WUHAN), date(2025, 6, 1)
    )
    assert result.verdict is Verdict.NOT_ELIGIBLE
    listed = next(r for r in result.reasons if _rests_on(r, "refund.account.payout_cases"))
    assert listed.level is Level.BLOCKED and "异地安置" in listed.text
    assert listed.confidence is Confidence.SECONDARY


def test_user_override_can_list_relocation_for_their_city(book: PolicyBook) -> None:
    override = _cases_override(book, "情形=参保人死亡 | 情形=异地安置")
    result = assess(
        book,
        _request(Scenario.RELOCATION, Applicant.INSURED),
        date(2025, 6, 1),
        [override],
    )
    assert result.verdict is Verdict.ELIGIBLE
    listed = next(r for r in result.reasons if _rests_on(r, "refund.account.payout_cases"))
    assert listed.overridden
    assert listed.confidence is None  # a user's own value has no source


def test_case_not_listed_in_region_is_not_eligible(book: PolicyBook) -> None:
    override = _cases_override(book, "情形=参保人死亡")
    result = assess(
        book, _request(Scenario.EMIGRATION, Applicant.INSURED), date(2025, 6, 1), [override]
    )
    assert result.verdict is Verdict.NOT_ELIGIBLE
    assert any("不在其中" in r.text for r in result.reasons)
    assert any("不会清零" in a.text for a in result.alternatives)


def test_not_inheritable_rules_out_the_heir(book: PolicyBook) -> None:
    override = Override("city-510500", "account.inheritable", date(2024, 1, 1), False)
    result = assess(book, _request(Scenario.DEATH, Applicant.HEIR), date(2025, 6, 1), [override])
    assert result.verdict is Verdict.NOT_ELIGIBLE


def test_without_waiting_rule_apply_after_termination(book: PolicyBook) -> None:
    result = assess(book, _request(Scenario.EMIGRATION, Applicant.INSURED), date(2025, 6, 1))
    assert result.earliest_application == date(2025, 1, 10)
    assert any("没有泸州市终止参保后要等多久" in r.text for r in result.reasons)


def test_insurance_not_yet_ended(book: PolicyBook) -> None:
    result = assess(
        book,
        _request(Scenario.EMIGRATION, Applicant.INSURED, termination_date=date(2025, 8, 1)),
        date(2025, 6, 1),
    )
    assert result.verdict is Verdict.NOT_YET
    assert any("先办理停保" in a.text for a in result.alternatives)


def test_missing_termination_date_is_not_yet(book: PolicyBook) -> None:
    result = assess(
        book,
        _request(Scenario.EMIGRATION, Applicant.INSURED, termination_date=None),
        date(2025, 6, 1),
    )
    assert result.verdict is Verdict.NOT_YET
    assert result.earliest_application is None


@pytest.mark.parametrize(
    ("termination", "earliest"),
    [
        (date(2025, 1, 10), date(2025, 3, 10)),
        (date(2025, 3, 31), date(2025, 5, 31)),
        (date(2024, 12, 31), date(2025, 2, 28)),  # clamped to the end of February
        (date(2023, 12, 31), date(2024, 2, 29)),  # leap year
        (date(2025, 11, 15), date(2026, 1, 15)),  # over the year end
    ],
)
def test_wuhan_two_months_after_termination(
    book: PolicyBook, termination: date, earliest: date
) -> None:
    request = _request(
        Scenario.EMIGRATION, Applicant.INSURED, region_code=WUHAN, termination_date=termination
    )
    assert assess(book, request, termination).earliest_application == earliest
    assert assess(book, request, earliest).verdict is Verdict.ELIGIBLE
    day_before = date.fromordinal(earliest.toordinal() - 1)
    assert assess(book, request, day_before).verdict is Verdict.NOT_YET


def test_unknown_balance_says_where_to_look(book: PolicyBook) -> None:
    result = assess(book, _request(Scenario.DEATH, Applicant.HEIR, balance=None), date(2025, 6, 1))
    assert result.amount.value is None
    assert "国家医保服务平台" in result.amount.text


def test_typed_balance(book: PolicyBook) -> None:
    result = assess(book, _request(Scenario.DEATH, Applicant.HEIR), date(2025, 6, 1))
    assert result.amount.basis is AmountBasis.TYPED
    assert result.amount.value == Decimal("1000.00")


# --------------------------------------------------------------- duplicate enrolment


@pytest.mark.parametrize(
    ("region", "enrolled", "verdict", "confidence"),
    [
        (YUNFU, date(2024, 12, 31), Verdict.ELIGIBLE, Confidence.SECONDARY),
        (YUNFU, date(2025, 1, 1), Verdict.NOT_ELIGIBLE, Confidence.SECONDARY),  # started that day
        (YUNFU, date(2025, 3, 10), Verdict.NOT_ELIGIBLE, Confidence.SECONDARY),
        (WUHAN, date(2024, 12, 1), Verdict.ELIGIBLE, Confidence.UNCONFIRMED),
        (WUHAN, date(2025, 3, 10), Verdict.NOT_ELIGIBLE, Confidence.UNCONFIRMED),
    ],
)
def test_duplicate_refundable_only_before_benefit_start(
    book: PolicyBook, region: str, enrolled: date, verdict: Verdict, confidence: Confidence
) -> None:
    request = _request(
        Scenario.DUPLICATE_ENROLMENT,
        Applicant.INSURED,
        region_code=region,
        employee_enrolment_date=enrolled,
    )
    result = assess(book, request, date(2025, 4, 1))
    assert result.verdict is verdict
    decisive = next(r for r in result.reasons if r.level in (Level.OK, Level.BLOCKED))
    assert decisive.confidence is confidence


def test_benefit_period_from_region_override(book: PolicyBook) -> None:
    """A region whose benefit period starts in March: joining 职工医保 in February is early
    enough."""
    override = Override("city-445300", "resident.benefit_period.start_month", date(2025, 1, 1), 3)
    request = _request(
        Scenario.DUPLICATE_ENROLMENT,
        Applicant.INSURED,
        employee_enrolment_date=date(2025, 2, 20),
    )
    assert assess(book, request, date(2025, 2, 25)).verdict is Verdict.NOT_ELIGIBLE
    result = assess(book, request, date(2025, 2, 25), [override])
    assert result.verdict is Verdict.ELIGIBLE
    assert any("2025年3月1日" in r.text for r in result.reasons)


def test_duplicate_amount_estimated_from_standard(book: PolicyBook) -> None:
    request = _request(Scenario.DUPLICATE_ENROLMENT, Applicant.INSURED, amount=None)
    result = assess(book, request, date(2024, 12, 1))
    assert result.amount.basis is AmountBasis.STANDARD
    assert result.amount.value == Decimal("400")
    assert result.amount.resolved is not None
    assert result.amount.resolved.confidence is Confidence.PRESS
    assert "缴费凭证" in result.amount.text


def test_duplicate_amount_unknown_year_without_standard(book: PolicyBook) -> None:
    request = _request(
        Scenario.DUPLICATE_ENROLMENT,
        Applicant.INSURED,
        amount=None,
        benefit_year=2026,
        employee_enrolment_date=date(2025, 11, 1),
    )
    result = assess(book, request, date(2025, 12, 1))
    assert result.verdict is Verdict.ELIGIBLE
    assert result.amount.basis is AmountBasis.UNKNOWN
    assert "缴费凭证" in result.amount.text


def test_duplicate_typed_amount(book: PolicyBook) -> None:
    request = _request(Scenario.DUPLICATE_ENROLMENT, Applicant.AGENT, amount=Decimal("380"))
    result = assess(book, request, date(2024, 12, 1))
    assert result.amount.value == Decimal("380")
    assert result.earliest_application == date(2024, 12, 1)


def test_no_next_year_advice_once_next_year_started(book: PolicyBook) -> None:
    request = _request(
        Scenario.DUPLICATE_ENROLMENT,
        Applicant.INSURED,
        region_code=WUHAN,
        employee_enrolment_date=date(2025, 3, 10),
    )
    result = assess(book, request, date(2026, 2, 1))
    assert result.deadlines == ()


# ----------------------------------------------------------------------------- 代缴


def test_proxy_cancel_henan_unconfirmed_back_to_account(book: PolicyBook) -> None:
    result = assess(book, _request(Scenario.PROXY_CANCEL, Applicant.INSURED), date(2025, 6, 1))
    rule = next(r for r in result.reasons if _rests_on(r, "proxy.cancellable"))
    assert rule.level is Level.OK
    assert rule.confidence is Confidence.UNCONFIRMED
    assert result.weakest_confidence is Confidence.UNCONFIRMED
    assert "个人账户" in result.arrival.text
    assert result.amount.value == Decimal("400")


def test_proxy_cancel_unknown_elsewhere(book: PolicyBook) -> None:
    result = assess(
        book,
        _request(Scenario.PROXY_CANCEL, Applicant.INSURED, region_code=LUZHOU),
        date(2025, 6, 1),
    )
    assert result.verdict is Verdict.CHECK_LOCALLY
    assert any("泸州市" in r.text for r in result.reasons if r.level is Level.CHECK)


def test_proxy_cancel_not_allowed_by_override(book: PolicyBook) -> None:
    override = Override("province-41", "proxy.cancellable", date(2025, 1, 1), False)
    result = assess(
        book, _request(Scenario.PROXY_CANCEL, Applicant.INSURED), date(2025, 6, 1), [override]
    )
    assert result.verdict is Verdict.NOT_ELIGIBLE
    assert result.alternatives


@pytest.mark.parametrize(
    ("applied", "month"),
    [
        (date(2025, 6, 1), (date(2025, 7, 1), date(2025, 7, 31))),
        (date(2025, 12, 15), (date(2026, 1, 1), date(2026, 1, 31))),
        (date(2025, 1, 31), (date(2025, 2, 1), date(2025, 2, 28))),
    ],
)
def test_resubmitted_payout_arrives_next_month_in_henan(
    book: PolicyBook, applied: date, month: tuple[date, date]
) -> None:
    request = _request(Scenario.PROXY_RESUBMIT, Applicant.INSURED, application_date=applied)
    result = assess(book, request, applied)
    assert result.verdict is Verdict.ELIGIBLE
    assert (result.arrival.earliest, result.arrival.latest) == month
    assert result.arrival.resolved is not None
    assert result.arrival.resolved.confidence is Confidence.PRESS
    assert f"{month[0].year}年{month[0].month}月" in result.arrival.text
    assert result.deadlines[-1].due == month[1]


def test_resubmit_unknown_outside_henan(book: PolicyBook) -> None:
    request = _request(Scenario.PROXY_RESUBMIT, Applicant.INSURED, region_code=LUZHOU)
    result = assess(book, request, date(2025, 6, 1))
    assert result.verdict is Verdict.CHECK_LOCALLY
    assert not result.arrival.known


# ------------------------------------------------------------------------ validation


def test_complete_requests_have_no_problems() -> None:
    for scenario in Scenario:
        request = _request(scenario, ALLOWED_APPLICANTS[scenario][0])
        assert check_request(request, date(2025, 6, 1)) == ()


@pytest.mark.parametrize(
    ("scenario", "applicant", "changes", "field", "snippet"),
    [
        (Scenario.DEATH, Applicant.HEIR, {"termination_date": None}, "termination_date", "请填写"),
        (
            Scenario.DEATH,
            Applicant.HEIR,
            {"termination_date": date(2025, 7, 1)},
            "termination_date",
            "不能晚于今天",
        ),
        (
            Scenario.EMIGRATION,
            Applicant.INSURED,
            {"termination_date": date(1949, 12, 31)},
            "termination_date",
            "1950",
        ),
        (Scenario.DEATH, Applicant.HEIR, {"heir_relation": None}, "heir_relation", "关系"),
        (
            Scenario.DUPLICATE_ENROLMENT,
            Applicant.INSURED,
            {"benefit_year": None},
            "benefit_year",
            "待遇年度",
        ),
        (
            Scenario.DUPLICATE_ENROLMENT,
            Applicant.INSURED,
            {"benefit_year": 2099},
            "benefit_year",
            "之间",
        ),
        (
            Scenario.DUPLICATE_ENROLMENT,
            Applicant.INSURED,
            {"employee_enrolment_date": None},
            "employee_enrolment_date",
            "请填写",
        ),
        (
            Scenario.DUPLICATE_ENROLMENT,
            Applicant.INSURED,
            {"employee_enrolment_date": date(2019, 5, 1)},
            "employee_enrolment_date",
            "太远",
        ),
        (Scenario.DEATH, Applicant.HEIR, {"balance": Decimal("-1")}, "balance", "负数"),
        (Scenario.PROXY_CANCEL, Applicant.INSURED, {"amount": Decimal("-5")}, "amount", "负数"),
    ],
)
def test_input_problems(
    scenario: Scenario,
    applicant: Applicant,
    changes: dict[str, object],
    field: str,
    snippet: str,
) -> None:
    request = replace(_request(scenario, applicant), **changes)  # type: ignore[arg-type]
    problems = check_request(request, date(2025, 6, 1))
    assert [p.field for p in problems] == [field]
    assert snippet in problems[0].message


def test_future_emigration_date_is_allowed() -> None:
    request = _request(Scenario.EMIGRATION, Applicant.INSURED, termination_date=date(2025, 9, 1))
    assert check_request(request, date(2025, 6, 1)) == ()


def test_bad_input_never_crashes_assess(book: PolicyBook) -> None:
    """Even an incomplete request gets an answer (the wizard validates first)."""
    for scenario in Scenario:
        bare = RefundRequest(scenario, ALLOWED_APPLICANTS[scenario][0], None)
        result = assess(book, bare, date(2025, 6, 1))
        assert result.verdict in Verdict
        assert result.amount.text and result.arrival.text


# ---------------------------------------------------------------------------- helpers


@pytest.mark.parametrize(
    ("relation", "heir"),
    [
        (Relation.PARENT, HeirRelation.CHILD),
        (Relation.SPOUSE, HeirRelation.SPOUSE),
        (Relation.CHILD, HeirRelation.PARENT),
        (Relation.SIBLING, HeirRelation.OTHER),
        (Relation.OTHER, HeirRelation.OTHER),
    ],
)
def test_heir_relation_for(relation: Relation, heir: HeirRelation) -> None:
    assert heir_relation_for(relation) is heir


def test_add_months_and_cn_date() -> None:
    assert add_months(date(2025, 1, 31), 1) == date(2025, 2, 28)
    assert add_months(date(2025, 12, 15), 2) == date(2026, 2, 15)
    assert add_months(date(2025, 5, 5), 0) == date(2025, 5, 5)
    assert cn_date(date(2025, 3, 9)) == "2025年3月9日"


def test_facts_only_name_heir_relation_for_death() -> None:
    request = _request(Scenario.EMIGRATION, Applicant.AGENT, heir_relation=HeirRelation.SPOUSE)
    assert "heir_relation" not in checklist_facts(request)
    death = _request(Scenario.DEATH, Applicant.AGENT, other_heirs=True)
    assert checklist_facts(death)["other_heirs"] is True


def test_to_result_is_plain_typed_json(book: PolicyBook) -> None:
    result = assess(book, _request(Scenario.DEATH, Applicant.HEIR), date(2025, 6, 1)).to_result()
    allowed = (str, int, bool, Decimal, date, list, dict, type(None))

    def walk(value: object) -> None:
        assert isinstance(value, allowed), type(value)
        if isinstance(value, list):
            for v in value:
                walk(v)
        if isinstance(value, dict):
            for k, v in value.items():
                assert isinstance(k, str)
                walk(v)

    walk(result)
    assert result["verdict"] == "eligible"
    reasons = result["reasons"]
    assert isinstance(reasons, list) and reasons
    assert any(r["confidence"] == "secondary" for r in reasons)


def test_labels_exist() -> None:
    for enum_cls in (Scenario, Applicant, HeirRelation, Verdict, AmountBasis):
        for member in enum_cls:  # type: ignore[attr-defined]
            assert member.label
    for scenario in Scenario:
        assert scenario.description


def test_summary_for_print(book: PolicyBook) -> None:
    request = _request(Scenario.DEATH, Applicant.HEIR, region_code=WUHAN)
    result = assess(book, request, date(2025, 2, 1))
    assert result.summary == "符合条件，但还没到可以申请的时间：2025年3月10日 起可以申请"
    lines = result.summary_lines()
    assert any(
        "依法继承" in line
        and "合法继承人可申请个人账户余额一次性支付" in line
        and "二手资料" in line
        for line in lines
    )
    # who may apply rests on an unconfirmed common practice, and says so
    assert any("继承人可以办理" in line and "未经证实" in line for line in lines)
    assert not any("“参保人死亡”可以一次性" in line for line in lines if "依据" not in line)
    assert lines[-2].startswith("预计金额：") and lines[-1].startswith("到账时间：")
    assert any(line.startswith("建议：") for line in lines)
    stored = result.to_result()
    assert stored["summary"] == result.summary and stored["summary_lines"] == lines


def test_summary_marks_user_overrides(book: PolicyBook) -> None:
    override = Override("city-420100", "account.inheritable", date(2000, 1, 1), True)
    result = assess(
        book,
        _request(Scenario.DEATH, Applicant.HEIR, region_code=WUHAN),
        date(2025, 6, 1),
        [override],
    )
    assert any("依法继承。（依据：您的本地修改）" in line for line in result.summary_lines())


def test_arrival_wording_for_a_longer_lag(book: PolicyBook) -> None:
    override = Override("province-41", "proxy.refund_payout_lag_months", date(2025, 1, 1), 2)
    request = _request(
        Scenario.PROXY_RESUBMIT, Applicant.INSURED, application_date=date(2025, 6, 5)
    )
    result = assess(book, request, date(2025, 6, 5), [override])
    assert (result.arrival.earliest, result.arrival.latest) == (date(2025, 8, 1), date(2025, 8, 31))
    assert "隔 2 个月" in result.arrival.text
    plain = assess(book, request, date(2025, 6, 5))
    assert "次月" in plain.arrival.text


def test_benefit_years_are_the_kernel_range() -> None:
    """One definition of the valid benefit years (kernel): 1950 … today's year + 2; dates
    before 1950 are typing mistakes."""
    today = date(2025, 6, 1)
    request = _request(Scenario.DUPLICATE_ENROLMENT, Applicant.INSURED)
    ahead = replace(request, benefit_year=2027, employee_enrolment_date=date(2026, 11, 1))
    assert check_request(ahead, today) == ()
    too_far = replace(request, benefit_year=2028, employee_enrolment_date=date(2027, 11, 1))
    [problem] = check_request(too_far, today)
    assert problem.field == "benefit_year" and "1950 至 2027" in problem.message
    old = replace(request, benefit_year=1950, employee_enrolment_date=date(1950, 1, 1))
    assert check_request(old, today) == ()


def test_national_rules_are_not_shown_as_a_stand_in_for_a_local_figure(book: PolicyBook) -> None:
    """Read for 泸州, the national refund rules (who may apply, no cash-out, the payout cases)
    are the rule there, not 'the national minimum standing in for 泸州's own figure'."""
    result = assess(book, _request(Scenario.DEATH, Applicant.HEIR), date(2025, 6, 1))
    bases = [b for f in result.reasons for b in f.basis if b.is_policy]
    assert {b.region_key for b in bases} >= {"national"}
    assert not any(b.national_fallback for b in bases)


def test_an_old_override_of_the_free_text_cases_is_pointed_out(book: PolicyBook) -> None:
    """Before the payout cases were typed rows, users could change the free-text list
    (refund.account.cases). Such a 本地修改 no longer decides; the result says so and where
    to change it, instead of ignoring it silently."""
    old = Override("city-510500", "refund.account.cases", date(2024, 1, 1), ("参保人死亡",))
    result = assess(book, _request(Scenario.EMIGRATION, Applicant.INSURED), date(2025, 6, 1), [old])
    note = next(r for r in result.reasons if r.code == "refund.case.old_override")
    assert note.level is Level.WARNING and note.overridden
    # it names both items as the book labels them and says what to do with each
    new_label = book.info("refund.account.payout_cases").label
    old_label = book.info("refund.account.cases").label
    assert note.text == (
        f"您以前在“政策参数”里修改过“{old_label}”。这一项现在不再用来判断，您的修改不起作用了；"
        f"软件改按“{new_label}”判断。如果当地的规定和软件里的不一样，请在“政策参数”页面修改"
        f"“{new_label}”；原来那条修改可以选中后点“恢复原值”删掉。"
    )
    assert result.verdict is Verdict.ELIGIBLE  # the typed national rows still decide
    plain = assess(book, _request(Scenario.EMIGRATION, Applicant.INSURED), date(2025, 6, 1))
    assert not any(r.code == "refund.case.old_override" for r in plain.reasons)


def test_the_payout_month_is_written_for_the_language(book: PolicyBook) -> None:
    """English reads '… in 2025-07', not '2025-7' (the month was put in as a bare number)."""
    from yibao.domain.i18n import set_language

    applied = date(2025, 6, 5)
    request = _request(Scenario.PROXY_RESUBMIT, Applicant.INSURED, application_date=applied)
    set_language("en")
    try:
        english = assess(book, request, applied).arrival.params["month"]
    finally:
        set_language("zh_CN")
    assert english == "2025-07"
    assert assess(book, request, applied).arrival.params["month"] == "2025年7月"
