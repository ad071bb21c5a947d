"""Every public name the single-file modules had before issue 13 (``git show
f0b4ce1:desktop/yibao/domain/<x>.py``) still imports from the same path, so callers and
outside scripts keep working after the move into packages.

Removed on purpose, and so not listed: ``refund.ALLOWED_APPLICANTS`` (who may apply is policy
data now, ``refund.applicants.*``, read by ``allowed_applicants(view, scenario)``) and
``refund.Stance`` (a finding's ``Level`` replaced it; no outside code can have used a stance
without the ``Reason.stance`` it belonged to).
"""

from __future__ import annotations

import importlib

import pytest

OLD_NAMES: dict[str, tuple[str, ...]] = {
    "refund": (
        "ACCOUNT_SCENARIOS", "Amount", "AmountBasis", "Applicant", "Arrival", "CHECKLIST_ID",
        "EARLIEST_YEAR", "HeirRelation", "Reason", "RefundAssessment", "RefundProblem",
        "RefundRequest", "Scenario", "Verdict", "add_months", "assess", "check_request",
        "checklist_facts", "cn_date", "heir_relation_for", "reason_line",
    ),
    "family": (
        "AUTO_DISSOLVED_PREFIX", "Assessment", "BindingRecord", "BindingSnapshot", "Distance",
        "GiverCheck", "NOTICE_DAYS", "Notice", "NoticeKind", "Outcome", "PayerBalance",
        "PayerRole", "PaymentLine", "PaymentPlan", "REACH_CROSS_PROVINCE",
        "REACH_SAME_PROVINCE", "REACH_SAME_REGION", "Reason", "ReasonStatus", "Reconciled",
        "Rule", "SCHEME_EMPLOYEE", "SCHEME_RESIDENT", "Verdict", "allocate_payment",
        "assess_relative", "check_giver", "distance_between", "earlier_notice", "guide_facts",
        "in_force", "reconcile_binding", "relation_between", "scheme_kind", "snapshot_of",
        "threshold_of", "usable_balance",
    ),
    "importers": (
        "Cell", "DELIMITERS", "Defaults", "ENCODINGS", "Field", "ImportRow", "Layout",
        "MSG_AMOUNT_TOO_LARGE", "MSG_BAD_AMOUNT", "MSG_BAD_DATE", "MSG_BAD_MONTH",
        "MSG_BAD_YEAR", "MSG_CANNOT_DECODE", "MSG_CSV_BROKEN", "MSG_DUPLICATE_IN_FILE",
        "MSG_DUPLICATE_SAVED", "MSG_EMPTY_FILE", "MSG_FILE_IS_EMPTY", "MSG_NEGATIVE",
        "MSG_NOT_MAPPED", "MSG_NO_AMOUNT", "MSG_NO_AMOUNT_COLUMN", "MSG_NO_MONTH",
        "MSG_PROXY_SELF", "MSG_RANGE", "MSG_TOO_LONG", "MSG_UNKNOWN_ENCODING",
        "MSG_UNKNOWN_MEMBER", "MSG_UNKNOWN_OWNER", "MSG_UNKNOWN_PAYER", "MSG_UNKNOWN_SCHEME",
        "MSG_UNKNOWN_STATUS", "NOTE_MAX", "Problem", "Severity", "TEMPLATE_FIELDS", "Table",
        "Validation", "amount_fen", "decode", "default_payer", "detect_encoding",
        "find_header", "guess_field", "guess_layout", "iter_data", "normalise_header",
        "parse_date", "parse_payer", "parse_scheme", "parse_status", "parse_year", "read_csv",
        "read_file", "read_xlsx", "record_cells", "sniff_delimiter", "template_csv",
        "template_headers", "validate", "write_csv", "write_xlsx",
    ),
    "import_errors": ("ImportFileError",),
    "xlsx_reader": (
        "MSG_BAD_CELL", "MSG_BAD_CONTENT", "MSG_NOT_XLSX", "Rows", "column_label",
        "inspect_package", "iter_sheets",
    ),
    "spreadsheet_text": ("FORMULA_STARTS", "csv_text", "from_csv_text", "needs_quote", "xlsx_text"),
}  # fmt: skip


@pytest.mark.parametrize("module", sorted(OLD_NAMES))
def test_every_old_public_name_still_imports(module: str) -> None:
    package = importlib.import_module(f"yibao.domain.{module}")
    assert [name for name in OLD_NAMES[module] if not hasattr(package, name)] == []


@pytest.mark.parametrize("module", ["refund", "family", "importers"])
def test_the_package_exports_what_it_lists(module: str) -> None:
    package = importlib.import_module(f"yibao.domain.{module}")
    exported = set(package.__all__)
    assert [name for name in exported if not hasattr(package, name)] == []
    assert [n for n in OLD_NAMES[module] if n not in exported] == []
