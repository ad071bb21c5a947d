"""The facts the checklists ``offsite_filing.toml`` and ``manual_claim.toml`` choose their
items by."""

from __future__ import annotations

from yibao.domain.offsite.model import OffsitePlan
from yibao.domain.offsite.places import pooling_code
from yibao.domain.people import Scheme


def checklist_facts(plan: OffsitePlan) -> dict[str, str | bool]:
    """Facts for ``offsite_filing.toml`` and ``manual_claim.toml``."""
    a = plan.answers
    return {
        "filing_type": plan.filing_type.value,
        "cross_province": plan.cross_province,
        "insured_region": pooling_code(a.insured_region) or a.insured_region,
        "dest_region": pooling_code(a.dest_region) or a.dest_region,
        "hukou_moved": a.hukou_moved,
        "has_residence_permit": a.has_residence_permit,
        "already_treated": a.already_treated,
        "paid_in_full": a.paid_in_full,
        "inpatient": a.inpatient,
        "in_service": a.scheme is Scheme.EMPLOYEE_ACTIVE,
        "insured_name": plan.insured_name,
        "dest_name": plan.dest_name,
        "type_label": plan.filing_type.label,
    }
