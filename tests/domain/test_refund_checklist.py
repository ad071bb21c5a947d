"""The ``refund`` checklist (resources/checklists/refund.toml) for every scenario and
applicant, with the facts :func:`yibao.domain.refund.checklist_facts` produces."""

from __future__ import annotations

import itertools
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from yibao.domain.checklists import ChecklistBook, load_checklists
from yibao.domain.kernel import PolicyView
from yibao.domain.people import Scheme
from yibao.domain.policy import Override, load_policy_book
from yibao.domain.refund import (
    Applicant,
    HeirRelation,
    RefundRequest,
    Scenario,
    allowed_applicants,
    checklist_facts,
)

ROOT = Path(__file__).resolve().parents[2] / "resources"

_NATIONAL = PolicyView(load_policy_book(ROOT / "policy"), None, date(2025, 6, 1))
#: who may apply by the national rule (``refund.applicants.*``)
ALLOWED_APPLICANTS = {s: allowed_applicants(_NATIONAL, s) for s in Scenario}


@pytest.fixture(scope="module")
def book() -> ChecklistBook:
    policy = load_policy_book(ROOT / "policy")
    return load_checklists(ROOT / "checklists", known_sources=[s.id for s in policy.sources()])


def _ids(
    book: ChecklistBook,
    scenario: Scenario,
    applicant: Applicant,
    region: str = "510500",
    heir: HeirRelation | None = HeirRelation.CHILD,
    other_heirs: bool = False,
) -> set[str]:
    request = RefundRequest(
        scenario,
        applicant,
        region,
        heir_relation=heir,
        other_heirs=other_heirs,
    )
    view = PolicyView(_NATIONAL.book, region, date(2025, 6, 1))
    return {e.id for e in book.build("refund", checklist_facts(request, view), view)}


EMPLOYER_ITEMS = {"refund.mat.employer_bank", "refund.mat.clerk_id", "refund.mat.finance_seal"}


def test_heir_child_of_deceased_father_in_wuhan(book: ChecklistBook) -> None:
    ids = _ids(book, Scenario.DEATH, Applicant.HEIR, region="420106")
    # the heir asks when the insurance ended; nobody asks them to do the employer's 减员
    assert "refund.check.terminated" not in ids
    assert {
        "refund.check.terminated_death",
        "refund.check.wait_after_termination",
        "refund.where.counter",
        "refund.mat.form",
        "refund.mat.deceased_id",
        "refund.mat.death_certificate",
        "refund.mat.heir_id",
        "refund.mat.household_register",
        "refund.mat.bank_card",
    } <= ids
    assert "refund.mat.marriage" not in ids
    assert "refund.mat.notarised" not in ids
    assert "refund.mat.notarised_optional" in ids  # some places always want it
    assert not ids & EMPLOYER_ITEMS
    assert "refund.mat.agent_id" not in ids


def test_employer_clerk_for_departing_employee(book: ChecklistBook) -> None:
    ids = _ids(book, Scenario.LEAVE_REGION, Applicant.EMPLOYER, region="420100")
    assert ids >= EMPLOYER_ITEMS
    assert {
        "refund.mat.employee_id_copy",
        "refund.mat.form",
        "refund.check.transfer",
        "refund.check.wait_after_termination",
        "refund.where.employer",
        "refund.after.employer_pass_on",
    } <= ids
    assert "refund.mat.bank_card" not in ids  # the employer's account instead
    assert "refund.mat.heir_id" not in ids


def test_duplicate_enrolment_materials(book: ChecklistBook) -> None:
    ids = _ids(book, Scenario.DUPLICATE_ENROLMENT, Applicant.INSURED, region="445300")
    assert {
        "refund.mat.dup_voucher",
        "refund.mat.dup_id_copy",
        "refund.mat.dup_account",
        "refund.check.duplicate_dates",
        "refund.where.duplicate",
        "refund.where.guangdong",
    } <= ids
    assert "refund.mat.form" not in ids
    outside = _ids(book, Scenario.DUPLICATE_ENROLMENT, Applicant.INSURED, region="420100")
    assert "refund.where.guangdong" not in outside


@pytest.mark.parametrize(
    ("heir", "other_heirs", "present", "absent"),
    [
        (HeirRelation.SPOUSE, False, {"refund.mat.marriage"}, {"refund.mat.household_register"}),
        (HeirRelation.PARENT, False, {"refund.mat.household_register"}, {"refund.mat.marriage"}),
        (
            HeirRelation.OTHER,
            False,
            {"refund.mat.notarised"},
            {"refund.mat.notarised_optional", "refund.mat.notarised_other_heirs"},
        ),
        (
            HeirRelation.CHILD,
            True,
            {"refund.mat.notarised_other_heirs", "refund.check.heirs"},
            {"refund.mat.notarised_optional"},
        ),
        (
            HeirRelation.OTHER,
            True,
            {"refund.mat.notarised", "refund.check.heirs"},
            {"refund.mat.notarised_other_heirs"},
        ),
    ],
)
def test_proof_of_relationship(
    book: ChecklistBook,
    heir: HeirRelation,
    other_heirs: bool,
    present: set[str],
    absent: set[str],
) -> None:
    ids = _ids(book, Scenario.DEATH, Applicant.HEIR, heir=heir, other_heirs=other_heirs)
    assert present <= ids
    assert not absent & ids


def test_agent_brings_power_of_attorney(book: ChecklistBook) -> None:
    for scenario in Scenario:
        if Applicant.AGENT in ALLOWED_APPLICANTS[scenario]:
            ids = _ids(book, scenario, Applicant.AGENT)
            assert {"refund.mat.agent_id", "refund.mat.power_of_attorney"} <= ids, scenario


def test_emigration_papers(book: ChecklistBook) -> None:
    ids = _ids(book, Scenario.EMIGRATION, Applicant.INSURED)
    assert {"refund.mat.emigration", "refund.mat.insured_id", "refund.mat.bank_card"} <= ids
    assert "refund.mat.death_certificate" not in ids


def test_proxy_channels(book: ChecklistBook) -> None:
    henan = _ids(book, Scenario.PROXY_CANCEL, Applicant.INSURED, region="410100")
    assert {"refund.where.henan_cancel", "refund.mat.proxy_voucher"} <= henan
    elsewhere = _ids(book, Scenario.PROXY_CANCEL, Applicant.INSURED, region="510500")
    assert "refund.where.henan_cancel" not in elsewhere
    assert "refund.where.proxy_online" in elsewhere
    resubmit = _ids(book, Scenario.PROXY_RESUBMIT, Applicant.INSURED, region="410100")
    assert {"refund.where.henan_resubmit", "refund.mat.resubmit_bank"} <= resubmit


@pytest.mark.parametrize(
    ("scenario", "applicant"),
    [(s, a) for s in Scenario for a in ALLOWED_APPLICANTS[s]],
)
def test_every_allowed_pair_says_where_and_what_to_bring(
    book: ChecklistBook, scenario: Scenario, applicant: Applicant
) -> None:
    entries = book.build(
        "refund",
        checklist_facts(RefundRequest(scenario, applicant, "510500", Scheme.EMPLOYEE_ACTIVE)),
    )
    sections = {e.section for e in entries if e.required}
    assert {"steps", "materials"} <= sections, [e.id for e in entries]
    for entry in entries:
        assert entry.why, entry.id
        assert entry.source_id, entry.id


def test_every_item_is_reachable(book: ChecklistBook) -> None:
    reached: set[str] = set()
    regions = ["510500", "420100", "410100", "445300"]
    for scenario, applicant, region, heir, others in itertools.product(
        Scenario, Applicant, regions, HeirRelation, (False, True)
    ):
        reached |= _ids(book, scenario, applicant, region, heir, others)
    every = {item.id for item in book.get("refund").items}
    assert every - reached == set()


def test_facts_from_a_full_request_are_accepted(book: ChecklistBook) -> None:
    request = RefundRequest(
        Scenario.DEATH,
        Applicant.HEIR,
        "420106",
        Scheme.EMPLOYEE_RETIRED,
        HeirRelation.SPOUSE,
        other_heirs=True,
        termination_date=date(2025, 1, 10),
        balance=Decimal("10"),
    )
    assert book.build("refund", checklist_facts(request))


def test_waiting_time_comes_from_the_book(book: ChecklistBook) -> None:
    """武汉's 2 months are read from the policy book (no typed figure); 泸州 has no waiting
    time, so the item is left out; a user's own 0 months leaves it out too."""
    request = RefundRequest(
        Scenario.DEATH, Applicant.HEIR, "420106", heir_relation=HeirRelation.CHILD
    )
    wuhan = PolicyView(_NATIONAL.book, "420106", date(2025, 6, 1))
    entries = {e.id: e for e in book.build("refund", checklist_facts(request, wuhan), wuhan)}
    wait = entries["refund.check.wait_after_termination"]
    assert wait.text == "终止参保满2个月以后再去申请。"
    assert [b.key for b in wait.basis] == ["refund.account.apply_after_termination_months"]
    assert wait.basis[0].region_name == "武汉市"
    luzhou = PolicyView(_NATIONAL.book, "510500", date(2025, 6, 1))
    other = RefundRequest(
        Scenario.DEATH, Applicant.HEIR, "510500", heir_relation=HeirRelation.CHILD
    )
    assert "refund.check.wait_after_termination" not in {
        e.id for e in book.build("refund", checklist_facts(other, luzhou), luzhou)
    }
    zero = Override(
        "city-420100", "refund.account.apply_after_termination_months", date(2000, 1, 1), 0
    )
    mine = PolicyView(_NATIONAL.book, "420106", date(2025, 6, 1), (zero,))
    assert checklist_facts(request, mine)["waits_after_termination"] is False


def test_benefit_period_start_comes_from_the_book(book: ChecklistBook) -> None:
    request = RefundRequest(Scenario.DUPLICATE_ENROLMENT, Applicant.INSURED, "445300")
    view = PolicyView(_NATIONAL.book, "445300", date(2025, 6, 1))
    entries = {e.id: e for e in book.build("refund", checklist_facts(request, view), view)}
    dates = entries["refund.check.duplicate_dates"]
    assert "当地一般从1月1日开始" in dates.text
    assert [b.key for b in dates.basis] == ["resident.benefit_period.start_month"]
