"""异地就医备案 rules: the type for each answer, validity, money notes, filing afterwards,
the 手工报销 deadline (holidays), checklists per type, and the two worked examples."""

from __future__ import annotations

import tomllib
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from yibao.domain.checklists import ChecklistBook, load_checklists
from yibao.domain.kernel import Level
from yibao.domain.offsite import (
    CutMethod,
    FilingType,
    OffsiteAnswers,
    Reason,
    TemporaryCut,
    checklist_facts,
    claim_deadline,
    decide_type,
    plan_offsite,
    previous_working_day,
    validate_answers,
)
from yibao.domain.people import Scheme
from yibao.domain.policy import (
    Confidence,
    FrozenTable,
    Override,
    PolicyBook,
    load_policy_book,
)
from yibao.domain.workdays import FixedCalendar, official_calendar, weekends_only

ROOT = Path(__file__).resolve().parents[2] / "resources"
TODAY = date(2026, 11, 22)


@pytest.fixture(scope="module")
def book() -> PolicyBook:
    return load_policy_book(ROOT / "policy")


@pytest.fixture(scope="module")
def checklists(book: PolicyBook) -> ChecklistBook:
    return load_checklists(ROOT / "checklists", known_sources=[s.id for s in book.sources()])


def _ids(checklists: ChecklistBook, name: str, facts: dict[str, object]) -> set[str]:
    return {e.id for e in checklists.build(name, facts)}  # type: ignore[arg-type]


# ----------------------------------------------------------------------- type decision

TYPE_CASES = [
    # (reason, scheme, expected)
    (Reason.SETTLE, Scheme.EMPLOYEE_RETIRED, FilingType.LONG_TERM_RETIRED),
    (Reason.SETTLE, Scheme.EMPLOYEE_ACTIVE, FilingType.LONG_TERM_RESIDENT),
    (Reason.SETTLE, Scheme.RESIDENT, FilingType.LONG_TERM_RESIDENT),
    (Reason.LIVE, Scheme.RESIDENT, FilingType.LONG_TERM_RESIDENT),
    (Reason.LIVE, Scheme.EMPLOYEE_RETIRED, FilingType.LONG_TERM_RESIDENT),
    (Reason.POSTED, Scheme.EMPLOYEE_ACTIVE, FilingType.LONG_TERM_WORKER),
    (Reason.POSTED, Scheme.FLEXIBLE_ACCOUNT, FilingType.LONG_TERM_WORKER),
    (Reason.POSTED, Scheme.RESIDENT, FilingType.LONG_TERM_RESIDENT),
    (Reason.POSTED, Scheme.EMPLOYEE_RETIRED, FilingType.LONG_TERM_RESIDENT),
    (Reason.REFERRAL, Scheme.RESIDENT, FilingType.TEMP_REFERRAL),
    (Reason.EMERGENCY, Scheme.EMPLOYEE_ACTIVE, FilingType.TEMP_EMERGENCY),
    (Reason.TRIP, Scheme.EMPLOYEE_ACTIVE, FilingType.TEMP_OTHER),
]


@pytest.mark.parametrize(("reason", "scheme", "expected"), TYPE_CASES)
def test_decide_type(reason: Reason, scheme: Scheme, expected: FilingType) -> None:
    filing_type, why = decide_type(OffsiteAnswers("510500", "330100", reason, scheme))
    assert filing_type is expected
    assert "{dest}" in why


def test_type_labels_match_policy_book(book: PolicyBook) -> None:
    names = {
        row["name"]: row["term"] for row in book.require("offsite.filing_types", None, TODAY).value
    }  # type: ignore[union-attr, index]
    for t in FilingType:
        assert names[t.policy_name] == ("长期" if t.is_long_term else "临时")


# ----------------------------------------------------------------------- validation


@pytest.mark.parametrize(
    ("changes", "field", "fragment"),
    [
        ({"dest_region": "510500"}, "dest_region", "不用办理"),
        ({"dest_region": "510521"}, "dest_region", "不用办理"),  # a county of 泸州
        ({"insured_region": "999999"}, "insured_region", "不是有效"),
        ({"already_treated": True}, "start", "开始"),
        ({"already_treated": True, "start": date(2026, 12, 1)}, "start", "不能晚于今天"),
        (
            {"already_treated": True, "paid_in_full": True, "start": date(2026, 10, 1)},
            "discharge",
            "出院",
        ),
        (
            {
                "already_treated": True,
                "paid_in_full": True,
                "start": date(2026, 10, 5),
                "discharge": date(2026, 10, 1),
            },
            "discharge",
            "不能早于",
        ),
        (
            {
                "already_treated": True,
                "paid_in_full": True,
                "start": date(2026, 11, 20),
                "discharge": date(2026, 11, 30),
            },
            "discharge",
            "不能晚于今天",
        ),
    ],
)
def test_validation(changes: dict[str, object], field: str, fragment: str) -> None:
    values: dict[str, object] = {
        "insured_region": "510500",
        "dest_region": "330100",
        "reason": Reason.EMERGENCY,
    }
    values.update(changes)
    problems = validate_answers(OffsiteAnswers(**values), TODAY)  # type: ignore[arg-type]
    assert [p.field for p in problems] == [field]
    assert fragment in problems[0].message


def test_valid_answers_have_no_problems() -> None:
    assert validate_answers(OffsiteAnswers("510500", "330100", Reason.SETTLE), TODAY) == ()


# ----------------------------------------------------------------------- worked example 1


def test_luzhou_retiree_moving_to_hangzhou(book: PolicyBook, checklists: ChecklistBook) -> None:
    answers = OffsiteAnswers(
        insured_region="510500",
        dest_region="330100",
        reason=Reason.SETTLE,
        scheme=Scheme.EMPLOYEE_RETIRED,
        start=date(2026, 12, 15),
    )
    plan = plan_offsite(answers, book, TODAY, cal=official_calendar())
    assert plan.filing_type is FilingType.LONG_TERM_RETIRED
    assert plan.cross_province
    assert (plan.insured_name, plan.dest_name) == ("泸州市", "杭州市")
    assert "长期有效" in plan.validity.text and plan.valid_until is None
    assert [s.id for s in plan.validity.sources] == ["nhsa-2022-22"]
    money = " ".join(n.text for n in plan.money)
    assert "按参保地（泸州市）的起付线、报销比例和最高支付限额结算" in money
    assert "回泸州市看病" in money
    assert all(n.confidence is Confidence.PRESS for n in plan.money)
    assert "手工报销" in plan.without_filing.text
    assert plan.without_filing.confidence is Confidence.UNCONFIRMED
    assert plan.claim is None and plan.file_afterwards is None
    assert [(d.label, d.due) for d in plan.deadlines] == [
        ("出发（开始就医）前办好备案", date(2026, 12, 15))
    ]
    ids = _ids(checklists, "offsite_filing", checklist_facts(plan))
    assert {
        "offsite.step.app",
        "offsite.step.choose",
        "offsite.step.mini_program",
        "offsite.step.app_region",
        "offsite.step.counter",
        "offsite.mat.id_card",
        "offsite.mat.residence_retired",
        "offsite.pledge.option",
        "offsite.pledge.limits",
        "offsite.field.address",
        "offsite.note.home",
    } <= ids
    assert not ids & {"offsite.mat.hukou", "offsite.mat.referral", "offsite.mat.posting"}
    texts = [e.text for e in checklists.build("offsite_filing", checklist_facts(plan))]
    assert any("参保地（泸州市）、就医地（杭州市）" in t and "异地安置退休" in t for t in texts)
    # with the 户口 moved: 户口簿 instead of 居住证/承诺书, and no pledge
    moved = plan_offsite(
        OffsiteAnswers(
            "510500", "330100", Reason.SETTLE, Scheme.EMPLOYEE_RETIRED, hukou_moved=True
        ),
        book,
        TODAY,
    )
    ids = _ids(checklists, "offsite_filing", checklist_facts(moved))
    assert "offsite.mat.hukou" in ids
    assert not ids & {"offsite.mat.residence_retired", "offsite.pledge.option"}


# ----------------------------------------------------------------------- worked example 2


def _tianjin_emergency_paid(
    start: date, discharge: date, scheme: Scheme = Scheme.EMPLOYEE_ACTIVE
) -> OffsiteAnswers:
    """A 天津 insured person's emergency stay in 广州, already over and paid in full."""
    return OffsiteAnswers(
        insured_region="120000",
        dest_region="440100",
        reason=Reason.EMERGENCY,
        scheme=scheme,
        already_treated=True,
        paid_in_full=True,
        inpatient=True,
        start=start,
        discharge=discharge,
    )


def test_tianjin_worker_emergency_in_guangzhou(book: PolicyBook, checklists: ChecklistBook) -> None:
    answers = _tianjin_emergency_paid(date(2026, 10, 3), date(2026, 10, 12))
    assert validate_answers(answers, TODAY) == ()
    plan = plan_offsite(answers, book, TODAY, cal=official_calendar())
    assert plan.filing_type is FilingType.TEMP_EMERGENCY
    assert plan.cross_province
    assert "至少 6 个月" in plan.validity.text
    assert plan.valid_until == date(2027, 4, 2)
    (cut,) = plan.money
    assert "最多低 10 个百分点" in cut.text and cut.confidence is Confidence.SECONDARY
    # Tianjin's rule for filing afterwards is not in the book: said so, no invented deadline
    assert plan.file_afterwards is not None and plan.file_afterwards.missing
    assert "天津市" in plan.file_afterwards.text and plan.file_afterwards_by is None
    claim = plan.claim
    assert claim is not None
    # 6 months from 2026-10-12 → 2027-04-11 (a Sunday) → Friday 2027-04-09
    assert claim.deadline == date(2027, 4, 9)
    assert claim.shortest_months == 6 and claim.longest == "次年年底"
    assert "2027-04-09" in claim.note.text
    assert claim.review_working_days == 30
    assert claim.review_note is not None
    assert ("手工报销材料提交截止（按最短时限）", date(2027, 4, 9)) in [
        (d.label, d.due) for d in plan.deadlines
    ]
    facts = checklist_facts(plan)
    claim_ids = _ids(checklists, "manual_claim", facts)
    assert {
        "claim.mat.invoice",
        "claim.mat.list",
        "claim.mat.diagnosis",
        "claim.mat.records",
        "claim.mat.emergency",
        "claim.mat.id",
        "claim.mat.bank",
        "claim.step.submit",
        "claim.step.employer",
    } <= claim_ids
    assert "claim.mat.referral" not in claim_ids
    assert "claim.mat.outpatient_records" not in claim_ids
    filing_ids = _ids(checklists, "offsite_filing", facts)
    assert "offsite.mat.emergency" in filing_ids
    assert "offsite.check.designated" not in filing_ids  # already back home


@pytest.mark.parametrize(
    ("scheme", "asked"),
    [
        (Scheme.EMPLOYEE_ACTIVE, True),
        (Scheme.EMPLOYEE_RETIRED, False),  # a retiree has no 单位经办人 to ask
        (Scheme.FLEXIBLE_ACCOUNT, False),
        (Scheme.RESIDENT, False),
    ],
)
def test_only_workers_in_service_are_told_to_ask_their_employer(
    book: PolicyBook, checklists: ChecklistBook, scheme: Scheme, asked: bool
) -> None:
    answers = _tianjin_emergency_paid(date(2026, 10, 3), date(2026, 10, 12), scheme)
    plan = plan_offsite(answers, book, TODAY, cal=official_calendar())
    claim_ids = _ids(checklists, "manual_claim", checklist_facts(plan))
    assert ("claim.step.employer" in claim_ids) is asked


# ----------------------------------------------------------------------- other types


def test_guangdong_emergency_can_be_filed_within_10_days(book: PolicyBook) -> None:
    answers = OffsiteAnswers(
        "440100",
        "120000",
        Reason.EMERGENCY,
        already_treated=True,
        start=date(2026, 11, 18),
    )
    plan = plan_offsite(answers, book, TODAY)
    assert plan.file_afterwards_by == date(2026, 11, 28)
    assert plan.file_afterwards is not None and "10 天" in plan.file_afterwards.text
    assert [s.id for s in plan.file_afterwards.sources] == ["guangdong-offsite-secondary"]
    assert ("急诊补办备案截止", date(2026, 11, 28)) in [(d.label, d.due) for d in plan.deadlines]


def test_national_rules_are_not_shown_as_a_stand_in_for_a_local_figure(book: PolicyBook) -> None:
    """医保发〔2022〕22号's rules hold everywhere: read for 泸州 they are not 'the national
    minimum standing in for 泸州's own figure'."""
    plan = plan_offsite(OffsiteAnswers("510500", "110000", Reason.REFERRAL), book, TODAY)
    bases = [b for f in plan.findings for b in f.basis]
    assert {b.region_key for b in bases} == {"national"}
    assert not any(b.national_fallback for b in bases)


def test_the_example_of_filing_afterwards_comes_from_the_book(book: PolicyBook) -> None:
    """Tianjin has no rule in the book; the example (广东 10 days) is the book's, not typed."""
    answers = OffsiteAnswers(
        "120000", "440100", Reason.EMERGENCY, already_treated=True, start=date(2026, 11, 1)
    )
    plan = plan_offsite(answers, book, TODAY)
    after = plan.file_afterwards
    assert after is not None and after.code == "offsite.after.unknown" and after.missing
    assert "例如广东省是急诊后 10 天内" in after.text
    assert "guangdong-offsite-secondary" in [s.id for s in after.sources]
    changed = Override("province-44", "offsite.emergency.filing_deadline_days", date(2025, 1, 1), 7)
    plan = plan_offsite(answers, book, TODAY, overrides=[changed])
    assert plan.file_afterwards is not None
    assert "例如广东省是急诊后 7 天内" in plan.file_afterwards.text
    # before Guangdong's rule (2022-06-30) the book has no example: none is given
    early = plan_offsite(
        OffsiteAnswers(
            "120000", "440100", Reason.EMERGENCY, already_treated=True, start=date(2022, 5, 1)
        ),
        book,
        TODAY,
    )
    assert early.file_afterwards is not None
    assert "例如" not in early.file_afterwards.text and "10 天" not in early.file_afterwards.text


def test_a_passed_deadline_to_file_afterwards_is_said_to_have_passed(book: PolicyBook) -> None:
    """Bug: an emergency 50 days ago was told "期限是…10 天内（即 2026-10-13 前）" and given
    an overdue deadline, as if it could still be filed."""
    answers = OffsiteAnswers(
        "440100", "120000", Reason.EMERGENCY, already_treated=True, start=date(2026, 10, 3)
    )
    plan = plan_offsite(answers, book, TODAY)
    after = plan.file_afterwards
    assert after is not None and after.code == "offsite.after.passed"
    assert after.level is Level.WARNING
    assert "2026-10-13" in after.text and "已经过了" in after.text and "手工报销" in after.text
    assert plan.file_afterwards_by == date(2026, 10, 13)
    assert "急诊补办备案截止" not in [d.label for d in plan.deadlines]
    # on its last day it can still be done
    last = plan_offsite(answers, book, date(2026, 10, 13))
    assert last.file_afterwards is not None and last.file_afterwards.code == "offsite.after.allowed"
    assert ("急诊补办备案截止", date(2026, 10, 13)) in [(d.label, d.due) for d in last.deadlines]


def test_a_passed_claim_deadline_is_said_to_have_passed(book: PolicyBook) -> None:
    """Bug: a stay that ended 14 months ago was told "请在 2026-03-09 前把材料交到…"."""
    answers = _tianjin_emergency_paid(date(2025, 9, 1), date(2025, 9, 10))
    plan = plan_offsite(answers, book, TODAY, cal=official_calendar())
    claim = plan.claim
    assert claim is not None
    # 2025-09-10 + 6 months → 2026-03-09 (a Monday, a working day)
    assert claim.deadline == date(2026, 3, 9)
    assert claim.note.code == "offsite.claim.passed" and claim.note.level is Level.WARNING
    assert "2026-03-09 已经过了" in claim.note.text and "次年年底" in claim.note.text
    assert "请在" not in claim.note.text
    assert not any(d.label.startswith("手工报销") for d in plan.deadlines)


def test_guangdong_referral_lasts_3_months_elsewhere_6(book: PolicyBook) -> None:
    gd = plan_offsite(
        OffsiteAnswers("440300", "110000", Reason.REFERRAL, start=date(2026, 12, 1)), book, TODAY
    )
    assert gd.filing_type is FilingType.TEMP_REFERRAL
    assert "最长 3 个月" in gd.validity.text
    assert gd.valid_until == date(2027, 2, 28)
    sc = plan_offsite(
        OffsiteAnswers("510500", "110000", Reason.REFERRAL, start=date(2026, 12, 1)), book, TODAY
    )
    assert sc.valid_until == date(2027, 5, 31)
    assert "10 个百分点" in sc.money[0].text
    labels = [d.label for d in sc.deadlines]
    assert "临时备案到期（如仍需就医请续办）" in labels


def test_other_trip_up_to_20_points(book: PolicyBook, checklists: ChecklistBook) -> None:
    plan = plan_offsite(OffsiteAnswers("510500", "460100", Reason.TRIP), book, TODAY)
    assert plan.filing_type is FilingType.TEMP_OTHER
    assert "最多低 20 个百分点" in plan.money[0].text and "60%" in plan.money[0].text
    ids = _ids(checklists, "offsite_filing", checklist_facts(plan))
    assert "offsite.mat.id_card" in ids
    assert not any(i.startswith("offsite.mat.") and i != "offsite.mat.id_card" for i in ids)


def test_posted_worker_needs_posting_letter(book: PolicyBook, checklists: ChecklistBook) -> None:
    plan = plan_offsite(OffsiteAnswers("420100", "310000", Reason.POSTED), book, TODAY)
    assert plan.filing_type is FilingType.LONG_TERM_WORKER
    ids = _ids(checklists, "offsite_filing", checklist_facts(plan))
    assert {"offsite.mat.posting", "offsite.pledge.option"} <= ids


def test_long_term_resident_and_referral_materials(
    book: PolicyBook, checklists: ChecklistBook
) -> None:
    plan = plan_offsite(OffsiteAnswers("370100", "110000", Reason.LIVE), book, TODAY)
    ids = _ids(checklists, "offsite_filing", checklist_facts(plan))
    assert "offsite.mat.residence" in ids
    referral = plan_offsite(OffsiteAnswers("370100", "110000", Reason.REFERRAL), book, TODAY)
    ids = _ids(checklists, "offsite_filing", checklist_facts(referral))
    assert {"offsite.mat.referral", "offsite.field.hospital"} <= ids


def test_provincial_app_by_insured_province(book: PolicyBook, checklists: ChecklistBook) -> None:
    for code, item in (
        ("440100", "offsite.step.app_guangdong"),
        ("410100", "offsite.step.app_henan"),
        ("140100", "offsite.step.app_shanxi"),
        ("510500", "offsite.step.app_region"),
    ):
        plan = plan_offsite(OffsiteAnswers(code, "110000", Reason.TRIP), book, TODAY)
        ids = _ids(checklists, "offsite_filing", checklist_facts(plan))
        assert item in ids
        assert len([i for i in ids if i.startswith("offsite.step.app_")]) == 1


def test_same_province_shows_bands_and_free_filing_hint(
    book: PolicyBook, checklists: ChecklistBook
) -> None:
    plan = plan_offsite(OffsiteAnswers("330300", "330100", Reason.TRIP), book, TODAY)
    assert not plan.cross_province
    bands = [n for n in plan.money if "分段" in n.text]
    assert bands and "3000–5000元 90%" in bands[0].text
    assert any("省内异地" in w.text for w in plan.warnings)
    assert "offsite.check.same_province" in _ids(
        checklists, "offsite_filing", checklist_facts(plan)
    )


def test_user_override_changes_the_ratio_note(book: PolicyBook) -> None:
    override = Override(
        "national", "offsite.temporary.max_reduction_other", date(2025, 1, 1), Decimal("0.15")
    )
    plan = plan_offsite(
        OffsiteAnswers("510500", "460100", Reason.TRIP), book, TODAY, overrides=[override]
    )
    assert "最多低 15 个百分点" in plan.money[0].text


def test_outpatient_claim_asks_for_outpatient_records(
    book: PolicyBook, checklists: ChecklistBook
) -> None:
    answers = OffsiteAnswers(
        "510500",
        "440100",
        Reason.TRIP,
        already_treated=True,
        paid_in_full=True,
        inpatient=False,
        start=date(2026, 9, 1),
        discharge=date(2026, 9, 1),
    )
    plan = plan_offsite(answers, book, TODAY)
    ids = _ids(checklists, "manual_claim", checklist_facts(plan))
    assert "claim.mat.outpatient_records" in ids and "claim.mat.records" not in ids


# ----------------------------------------------------------------------- deadlines


@pytest.mark.parametrize(
    ("discharge", "expected"),
    [
        # 2025-04-01 + 6 months → 2025-09-30 (Tuesday, a working day)
        (date(2025, 4, 1), date(2025, 9, 30)),
        # 2025-04-04 + 6 months → 2025-10-03: National Day holiday → back to Tue 09-30
        (date(2025, 4, 4), date(2025, 9, 30)),
        # 2025-03-29 + 6 months → Sun 2025-09-28, a weekend worked in lieu (调休): kept
        (date(2025, 3, 29), date(2025, 9, 28)),
        # 2025-08-17 + 6 months → 2026-02-16: Spring Festival (02-15…23) → Sat 02-14 (调休)
        (date(2025, 8, 17), date(2026, 2, 14)),
        # 2025-11-02 + 6 months → 2026-05-01: Labour Day (05-01…05) → Thu 04-30
        (date(2025, 11, 2), date(2026, 4, 30)),
    ],
)
def test_claim_deadline_moves_back_over_holidays(discharge: date, expected: date) -> None:
    deadline, estimated = claim_deadline(discharge, 6, official_calendar())
    assert deadline == expected
    assert not estimated


def test_claim_deadline_beyond_holiday_data_is_estimated() -> None:
    deadline, estimated = claim_deadline(date(2035, 1, 10), 6, official_calendar())
    assert deadline == date(2035, 7, 9)
    assert estimated
    assert claim_deadline(date(2035, 1, 10), 6, weekends_only())[1]


def test_previous_working_day_with_fixed_calendar() -> None:
    cal = FixedCalendar(holidays=frozenset({date(2030, 6, 3)}), years=frozenset({2030}))
    assert previous_working_day(date(2030, 6, 3), cal) == (date(2030, 5, 31), False)


def test_review_payout_counts_working_days_over_holidays(book: PolicyBook) -> None:
    answers = _tianjin_emergency_paid(date(2025, 9, 1), date(2025, 9, 10))
    plan = plan_offsite(answers, book, date(2025, 9, 25), cal=official_calendar())
    assert plan.claim is not None and plan.claim.review_note is not None
    # 2025-09-25 + 30 working days over National Day (10-01…08 off, 09-28 & 10-11 worked):
    # 09-26, 09-28, 09-29, 09-30 (4), 10-09…11 (7), then 23 more weekdays → 11-12
    assert "2025-11-12" in plan.claim.review_note.text
    assert "按法定节假日推算" in plan.claim.review_note.text


# ----------------------------------------------------------- temporary cuts (calculation)

_CUT_CASES = tomllib.loads(
    (Path(__file__).resolve().parent / "cases" / "offsite" / "temporary_cuts.toml").read_text(
        encoding="utf-8"
    )
)


@pytest.mark.parametrize("case", _CUT_CASES["case"], ids=lambda c: c["name"])
def test_temporary_cut_ratio(case: dict[str, str]) -> None:
    assert case.get("why"), f"{case['name']}: say how the figures were worked out"
    cut = TemporaryCut(CutMethod(case["method"]), Decimal(case["value"]))
    ratio = cut.ratio(Decimal(case["home_ratio"]))
    assert ratio == Decimal(case["ratio"])
    assert (Decimal(case["bill"]) * ratio).quantize(Decimal("0.01")) == Decimal(case["paid"])


_REASONS = {"trip": Reason.TRIP, "emergency": Reason.EMERGENCY, "referral": Reason.REFERRAL}


@pytest.mark.parametrize("case", _CUT_CASES["plan"], ids=lambda c: c["name"])
def test_temporary_cut_explained_in_the_plan(book: PolicyBook, case: dict[str, Any]) -> None:
    assert case.get("why"), f"{case['name']}: say how the figures were worked out"
    rows = tuple(FrozenTable({**row, "value": Decimal(row["value"])}) for row in case["cuts"])
    override = Override("city-510500", "offsite.temporary.cuts", date(2025, 1, 1), rows)
    answers = OffsiteAnswers("510500", "460100", _REASONS[case["reason"]])
    plan = plan_offsite(answers, book, TODAY, overrides=[override])
    money = plan.money[0]
    for fragment in case["says"]:
        assert fragment in money.text, money.text
    if case["method"]:
        assert plan.temporary_cut is not None
        assert plan.temporary_cut.method is CutMethod(case["method"])
        assert money.basis[0].region_name == "泸州市"
    else:
        assert plan.temporary_cut is None


def test_without_a_local_rule_the_national_ceiling_is_explained(book: PolicyBook) -> None:
    plan = plan_offsite(OffsiteAnswers("510500", "460100", Reason.TRIP), book, TODAY)
    assert plan.temporary_cut is None
    assert "最多低 20 个百分点" in plan.money[0].text


def test_linyi_trip_pays_10_percent_first(book: PolicyBook) -> None:
    """临沂市 (official): 临时外出就医 个人先自付 10 % from 2023-10-01."""
    plan = plan_offsite(OffsiteAnswers("371300", "310000", Reason.TRIP), book, TODAY)
    assert plan.temporary_cut == TemporaryCut(CutMethod.PAID_FIRST, Decimal("0.10"))
    (money,) = plan.money
    assert "临沂市规定" in money.text and "先由个人自付 10%" in money.text
    assert "整笔费用报 81%" in money.text
    assert money.confidence is Confidence.OFFICIAL
    assert money.sources and money.sources[0].url is not None
    # before the rule: the national ceiling
    old = plan_offsite(
        OffsiteAnswers(
            "371300", "310000", Reason.TRIP, already_treated=True, start=date(2023, 9, 1)
        ),
        book,
        TODAY,
    )
    assert old.temporary_cut is None and "最多低 20 个百分点" in old.money[0].text


def test_zhuhai_emergency_keeps_the_home_ratio(book: PolicyBook) -> None:
    plan = plan_offsite(OffsiteAnswers("440400", "110000", Reason.EMERGENCY), book, TODAY)
    assert plan.temporary_cut == TemporaryCut(CutMethod.POINTS, Decimal("0"))
    assert "不因临时外出而降低" in plan.money[0].text
    assert plan.money[0].confidence is Confidence.SECONDARY
    trip = plan_offsite(OffsiteAnswers("440400", "110000", Reason.TRIP), book, TODAY)
    assert "低 20 个百分点" in trip.money[0].text and "= 70%" in trip.money[0].text
    # the referral ratio is not on the page: the national ceiling is explained
    referral = plan_offsite(OffsiteAnswers("440400", "110000", Reason.REFERRAL), book, TODAY)
    assert referral.temporary_cut is None and "最多低 10 个百分点" in referral.money[0].text


def test_every_name_of_the_old_module_is_still_importable() -> None:
    """``domain/offsite.py`` became a package; what it offered is still there."""
    import yibao.domain.offsite as package
    from yibao.domain.kernel import FieldProblem, Finding

    old = {
        "ClaimPlan",
        "CutMethod",
        "EARLIEST",
        "EXAMPLE_BILL",
        "EXAMPLE_HOME_RATIO",
        "FilingType",
        "Note",
        "OffsiteAnswers",
        "OffsitePlan",
        "OffsiteProblem",
        "Reason",
        "TemporaryCut",
        "UNCONFIRMED_SOURCE",
        "checklist_facts",
        "claim_deadline",
        "decide_type",
        "plan_offsite",
        "previous_working_day",
        "validate_answers",
    }
    assert old <= set(package.__all__)
    assert all(hasattr(package, name) for name in package.__all__)
    assert package.Note is Finding and package.OffsiteProblem is FieldProblem
    assert (
        FilingType.TEMP_OTHER.label == "其他临时外出就医"
        and FilingType("temp_other").is_long_term is False
    )
    assert Reason.TRIP.label.startswith("出差")


def test_checklist_figures_come_from_the_book(book: PolicyBook, checklists: ChecklistBook) -> None:
    """The claim's time limits and the stop after a break are the book's values (with their
    basis), not typed into the checklist text; a user's own value shows through."""
    from yibao.domain.kernel import PolicyView

    answers = OffsiteAnswers(
        "120000",
        "440100",
        Reason.EMERGENCY,
        already_treated=True,
        paid_in_full=True,
        start=date(2026, 10, 3),
        discharge=date(2026, 10, 12),
    )
    plan = plan_offsite(answers, book, TODAY)
    facts = checklist_facts(plan)
    view = PolicyView(book, "120000", TODAY)
    claim = {e.id: e for e in checklists.build("manual_claim", facts, view)}
    submit = claim["claim.step.submit"]
    assert "最短6个月、最长到次年年底" in submit.why and not submit.missing
    assert "seed-004" in [b.source_id for b in submit.basis]
    filing = {e.id: e for e in checklists.build("offsite_filing", facts, view)}
    assert "中断缴费1个月后即停止" in filing["offsite.check.enrolled"].why
    changed = Override(
        "national",
        "offsite.manual_claim.time_limit",
        date(2025, 1, 1),
        FrozenTable({"shortest_months": 3, "longest": "一年"}),
    )
    mine = PolicyView(book, "120000", TODAY, [changed])
    claim = {e.id: e for e in checklists.build("manual_claim", facts, mine)}
    assert "最短3个月、最长到一年" in claim["claim.step.submit"].why
