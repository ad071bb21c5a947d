"""Contribution history use cases: the windowed view, editing with undo, import / export,
and the analysis the overview shows (years, breaks, waiting periods, account).

One ``with db.session()`` per user action; everything returned is a plain dataclass.
"""

from __future__ import annotations

import dataclasses
import logging
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from yibao import paths
from yibao.domain.account import AccountSummary, account_summary
from yibao.domain.contributions import (
    EMPLOYEE_SCHEMES,
    AccountMovement,
    ContributionRecord,
    HistoryQuery,
    MemberHistory,
    Month,
    Payer,
    RetirementRequirement,
    Totals,
    YearsStatus,
    covered_now,
    requirement_at_retirement,
    statutory_retirement_date,
    years_status,
    years_text,
)
from yibao.domain.flexible import (
    FlexibleQuote,
    default_base,
    has_local_rate,
    quotes,
    user_quote,
)
from yibao.domain.i18n import QT_TRANSLATE_NOOP, Message, fill, list_text
from yibao.domain.importers import (
    MSG_DUPLICATE_SAVED,
    Defaults,
    Field,
    ImportFileError,
    ImportRow,
    Layout,
    Problem,
    Severity,
    Table,
    Validation,
    guess_layout,
    read_file,
    template_csv,
    validate,
    write_csv,
    write_xlsx,
)
from yibao.domain.limits import MAX_YUAN, NOTE_MAX, benefit_years
from yibao.domain.money import format_yuan
from yibao.domain.people import Gender, Member, Scheme
from yibao.domain.policy import Override, PolicyBook, region_keys_for
from yibao.domain.regions import region_book
from yibao.domain.waiting import EmployeeBreak, ResidentBreak, employee_breaks, resident_breaks
from yibao.services.database import Database
from yibao.services.errors import FieldError, InvalidInput, text_errors, translate_db_error

log = logging.getLogger(__name__)

FIRST_PAGE = 400
DEEMED_MAX_MONTHS = 50 * 12

_MSG_MEMBER_GONE = QT_TRANSLATE_NOOP("services", "这位家庭成员已被删除，请刷新后再试")
_MSG_RECORD_GONE = QT_TRANSLATE_NOOP("services", "这条记录已被删除，请刷新后再试")
_MSG_DUPLICATE = QT_TRANSLATE_NOOP(
    "services", "{month} 已有一条{scheme}记录，请修改那一条，或换一个月份"
)
_MSG_NEGATIVE = QT_TRANSLATE_NOOP("services", "金额不能是负数")
_MSG_TOO_LARGE = QT_TRANSLATE_NOOP("services", "金额过大，请检查是否多输了数字")
_MSG_NO_AMOUNT = QT_TRANSLATE_NOOP("services", "个人缴费和单位缴费不能都是 0")
_MSG_PROXY_WHO = QT_TRANSLATE_NOOP("services", "请选择是哪位家人代缴的")
_MSG_PROXY_SELF = QT_TRANSLATE_NOOP("services", "代缴人不能是本人")
_MSG_YEAR = QT_TRANSLATE_NOOP("services", "待遇年度应在 {low} 至 {high} 之间")
_MSG_PAID_FUTURE = QT_TRANSLATE_NOOP("services", "缴费日期不能晚于今天（{today}）")
_MSG_NOTE = QT_TRANSLATE_NOOP("services", "备注不能超过 {max} 个字")
_MSG_DEEMED = QT_TRANSLATE_NOOP("services", "视同缴费月数应在 0 至 {max} 之间")
_MSG_SCHEME_NONE = QT_TRANSLATE_NOOP("services", "请选择险种")
_MSG_BAD_ROWS = QT_TRANSLATE_NOOP(
    "services",
    "文件中有 {n} 行有问题（如第 {line} 行：{problem}），没有导入任何一行。"
    "请改正后再导入，或选择跳过有问题的行",
)

# warnings and figures shown on the overview
W_EMPLOYEE_ONGOING = QT_TRANSLATE_NOOP(
    "services",
    "{name}的职工医保从 {first} 起没有缴费记录：{stop} 起暂停报销；"
    "续缴后需连续缴满 {resume} 个月才恢复（{rule}）",
)
W_EMPLOYEE_PAST = QT_TRANSLATE_NOOP(
    "services",
    "{name}的职工医保在 {first} 至 {last} 断缴 {months} 个月：{stop} 起暂停报销，"
    "{resumes} 起恢复{projected}",
)
W_RESIDENT = QT_TRANSLATE_NOOP(
    "services",
    "{name}的居民医保 {years} 年没有参保（断保 {count} 年）：{when}参保后有 {months} 个月等待期，"
    "{start} 起才能报销。{repair}",
)
W_RESIDENT_LATE = QT_TRANSLATE_NOOP(
    "services",
    "{name}的 {year} 年度居民医保是在集中缴费期结束后（{paid}）缴的：有 {months} 个月固定等待期，"
    "从缴费之日算起，{start} 起才能报销。{extra}",
)
W_RESIDENT_NEWBORN = QT_TRANSLATE_NOOP(
    "services",
    "新生儿在当地规定的期限内参保缴费可以不设等待期、从出生之日起享受待遇；"
    "政策库中没有当地的期限，请向当地医保部门确认。",
)
W_RESIDENT_EXEMPT = QT_TRANSLATE_NOOP(
    "services", "不设等待期的人群：{groups}等（以当地规定为准）。"
)
W_RESIDENT_REPAIR = QT_TRANSLATE_NOOP(
    "services", "按当年标准多缴 {n} 年（约 {cost}）可把等待期缩短到 {months} 个月，{start} 起报销。"
)
W_RESIDENT_REPAIR_NO_COST = QT_TRANSLATE_NOOP(
    "services",
    "按当年标准多缴 {n} 年可把等待期缩短到 {months} 个月，{start} 起报销"
    "（当年标准以当地公布为准）。",
)
W_SHORTFALL = QT_TRANSLATE_NOOP(
    "services",
    "{name}的职工医保累计缴费 {counted}，{region}退休时需要 {required}{actual_rule}："
    "还差 {missing}。按月继续缴费，预计 {met_in} 满足。{retirement}",
)
W_ACTUAL_RULE = QT_TRANSLATE_NOOP("services", "（其中实际缴费至少 {years}）")
W_ACTUAL_LOCAL_RULE = QT_TRANSLATE_NOOP(
    "services",
    "（其中在{region}实际缴费至少 {years}；本软件把您记录的缴费都算作在{region}缴的，"
    "在外地缴的月份不算，请自行扣除）",
)
W_RETIRES = QT_TRANSLATE_NOOP(
    "services", "按法定退休年龄（{date} 退休，已含延迟退休{note}）查的是那时的规定。"
)
W_RETIRES_FEMALE = QT_TRANSLATE_NOOP("services", "；女性按原55岁计算，原50岁退休的女工人退休更早")
W_NOT_BY_RETIREMENT = QT_TRANSLATE_NOOP(
    "services", "到退休时仍不够，需要一次性补缴或退休后继续缴费，以当地规定为准。"
)
#: the parts warnings are built from (translated with them: yibao.domain.i18n.Message)
W_RULE_REGION = QT_TRANSLATE_NOOP("services", "{region}的规定")
W_RULE_USUAL = QT_TRANSLATE_NOOP("services", "按多数地区的做法，以当地规定为准")
W_PROJECTED = QT_TRANSLATE_NOOP("services", "（需继续按月缴费）")
W_WHEN_YEAR = QT_TRANSLATE_NOOP("services", "{year} 年度")
W_WHEN_FOR_YEAR = QT_TRANSLATE_NOOP("services", "为 {year} 年度")
W_REQUIREMENT_NOT_FOUND = QT_TRANSLATE_NOOP(
    "services",
    "{name}预计 {date} 退休：政策库中没有{region}这一年退休的最低缴费年限（查过，未找到），"
    "请向当地医保部门确认。{note}",
)
W_CREDIT_MISMATCH = QT_TRANSLATE_NOOP(
    "services",
    "{name}有 {n} 个月的个人账户划入与按规则计算的不一致（如 {month}：记录 {recorded}，"
    "按规则 {computed}），请核对缴费明细",
)


@dataclass(frozen=True, slots=True)
class HistoryWarning:
    template: str
    #: text, or parts that are messages themselves (:class:`~yibao.domain.i18n.Message`, or
    #: a tuple of parts), translated with the template by ``yibao.ui.i18n.dtr``
    params: dict[str, str | Message | tuple[str | Message, ...]]

    @property
    def message(self) -> str:
        """The Chinese."""
        return fill(self.template, self.params)


# ---------------------------------------------------------------------------- view


@dataclass(frozen=True)
class ViewResult:
    ids: array[int]
    totals: Totals
    first_rows: list[ContributionRecord]


def query_view(db: Database, query: HistoryQuery, first_page: int = FIRST_PAGE) -> ViewResult:
    """The ids of the rows in view (sorted and filtered in SQL), totals, and the first page."""
    from yibao.storage.history_repo import HistoryRepository

    with db.session() as session:
        repo = HistoryRepository(session)
        ids = repo.ids(query)
        totals = repo.totals(query)
        first = repo.rows(ids[:first_page])
    return ViewResult(ids, totals, first)


def fetch_rows(db: Database, ids: Sequence[int]) -> list[ContributionRecord]:
    from yibao.storage.history_repo import HistoryRepository

    with db.session() as session:
        return HistoryRepository(session).rows(ids)


def year_span(db: Database) -> tuple[int, int] | None:
    from yibao.storage.history_repo import HistoryRepository

    with db.session() as session:
        return HistoryRepository(session).years_present()


# ---------------------------------------------------------------------------- editing


@dataclass(frozen=True)
class UndoAction:
    """How to take back the last destructive change (delete, overwrite, import)."""

    label: str
    #: records to put back exactly as they were (deleted or overwritten ones)
    restore: tuple[ContributionRecord, ...] = ()
    #: records inserted by an import: (low, high) with ``low < id <= high``
    inserted: tuple[int, int] | None = None
    #: records added that should go again
    remove_ids: tuple[int, ...] = ()


def validate_record(
    record: ContributionRecord, members: Sequence[Member], today: date
) -> list[FieldError]:
    errors: list[FieldError] = []
    if record.scheme is Scheme.NONE:
        errors.append(FieldError.of("scheme", _MSG_SCHEME_NONE))
    for name in ("base", "personal", "employer", "credited"):
        value = getattr(record, name)
        if value is None:
            continue
        if value < 0:
            errors.append(FieldError.of(name, _MSG_NEGATIVE))
        elif value > MAX_YUAN:
            errors.append(FieldError.of(name, _MSG_TOO_LARGE))
    if record.personal == 0 and record.employer == 0:
        errors.append(FieldError.of("personal", _MSG_NO_AMOUNT))
    if record.payer is Payer.PROXY:
        if record.payer_member_id is None:
            errors.append(FieldError.of("payer_member_id", _MSG_PROXY_WHO))
        elif record.payer_member_id == record.member_id:
            errors.append(FieldError.of("payer_member_id", _MSG_PROXY_SELF))
        elif record.payer_member_id not in {m.id for m in members}:
            errors.append(FieldError.of("payer_member_id", _MSG_MEMBER_GONE))
    low, high = benefit_years(today)
    if record.benefit_year is not None and not (low <= record.benefit_year <= high):
        errors.append(FieldError.of("benefit_year", _MSG_YEAR, low=str(low), high=str(high)))
    if record.paid_on is not None and record.paid_on > today:
        errors.append(FieldError.of("paid_on", _MSG_PAID_FUTURE, today=today.isoformat()))
    if len(record.note) > NOTE_MAX:
        errors.append(FieldError.of("note", _MSG_NOTE, max=str(NOTE_MAX)))
    errors += text_errors("note", record.note)
    return errors


@dataclass(frozen=True)
class SaveResult:
    record: ContributionRecord
    undo: UndoAction | None  # for an edit: the record as it was


def save_record(db: Database, record: ContributionRecord, *, today: date) -> SaveResult:
    """Add (``id is None``) or overwrite a record. Raises :class:`InvalidInput`."""
    from yibao.storage.history_repo import HistoryRepository
    from yibao.storage.repositories import MemberRepository

    if record.payer is not Payer.PROXY and record.payer_member_id is not None:
        record = _replace(record, payer_member_id=None)
    with db.session() as session:
        members = MemberRepository(session).list()
        if record.member_id not in {m.id for m in members}:
            raise InvalidInput(FieldError.of("member_id", _MSG_MEMBER_GONE))
        errors = validate_record(record, members, today)
        repo = HistoryRepository(session)
        other = repo.find(record.member_id, record.month, record.scheme)
        if other is not None and other.id != record.id:
            errors.append(
                FieldError.of(
                    "month", _MSG_DUPLICATE, month=record.month.label(), scheme=record.scheme.label
                )
            )
        if errors:
            raise InvalidInput(errors)
        if record.id is None:
            saved = repo.add(record)
            undo = None
        else:
            before = repo.get(record.id)
            if before is None:
                raise InvalidInput(FieldError.of("month", _MSG_RECORD_GONE))
            updated = repo.update(record)
            assert updated is not None
            saved = updated
            undo = UndoAction("edit", restore=(before,))
    log.info("contribution saved: id=%s member=%s month=%s", saved.id, saved.member_id, saved.month)
    return SaveResult(saved, undo)


def _replace(record: ContributionRecord, **changes: object) -> ContributionRecord:
    return dataclasses.replace(record, **changes)  # type: ignore[arg-type]


def delete_records(db: Database, ids: Sequence[int]) -> UndoAction:
    from yibao.storage.history_repo import HistoryRepository

    with db.session() as session:
        gone = HistoryRepository(session).delete(ids)
    log.info("contributions deleted: %d", len(gone))
    return UndoAction("delete", restore=tuple(gone))


def undo(db: Database, action: UndoAction) -> None:
    """Take back *action* in one transaction."""
    from yibao.storage.history_repo import HistoryRepository

    with db.session() as session:
        repo = HistoryRepository(session)
        if action.inserted is not None:
            repo.delete_id_range(*action.inserted)
        if action.remove_ids:
            repo.delete(action.remove_ids)
        repo.restore(action.restore)
    log.info("undone: %s", action.label)


# ---------------------------------------------------------------------------- per member


def member_history(db: Database, member_id: int) -> MemberHistory:
    from yibao.storage.history_repo import HistoryRepository

    with db.session() as session:
        return HistoryRepository(session).member_history(member_id)


def set_member_history(db: Database, history: MemberHistory) -> MemberHistory:
    from yibao.storage.history_repo import HistoryRepository
    from yibao.storage.repositories import MemberRepository

    errors: list[FieldError] = []
    if not (0 <= history.deemed_months <= DEEMED_MAX_MONTHS):
        errors.append(FieldError.of("deemed_months", _MSG_DEEMED, max=str(DEEMED_MAX_MONTHS)))
    if history.opening_balance < -MAX_YUAN or history.opening_balance > MAX_YUAN:
        errors.append(FieldError.of("opening_balance", _MSG_TOO_LARGE))
    if errors:
        raise InvalidInput(errors)
    with db.session() as session:
        if MemberRepository(session).get(history.member_id) is None:
            raise InvalidInput(FieldError.of("member_id", _MSG_MEMBER_GONE))
        return HistoryRepository(session).set_member_history(history)


def list_movements(db: Database, member_id: int) -> list[AccountMovement]:
    from yibao.storage.history_repo import HistoryRepository

    with db.session() as session:
        return HistoryRepository(session).movements(member_id)


def add_movement(db: Database, movement: AccountMovement) -> AccountMovement:
    from yibao.storage.history_repo import HistoryRepository

    if movement.amount <= 0 or movement.amount > MAX_YUAN:
        raise InvalidInput(FieldError.of("amount", _MSG_NEGATIVE))
    with db.session() as session:
        return HistoryRepository(session).add_movement(movement)


def delete_movement(db: Database, movement_id: int) -> None:
    from yibao.storage.history_repo import HistoryRepository

    with db.session() as session:
        HistoryRepository(session).delete_movement(movement_id)


# ---------------------------------------------------------------------------- import


@dataclass
class ImportPreview:
    """Everything the import dialog shows before anything is written."""

    member_id: int
    file_name: str
    table: Table
    layout: Layout
    validation: Validation
    #: valid rows whose month is saved already with other figures (skip or replace)
    duplicates: list[tuple[int, ImportRow]] = field(default_factory=list)
    #: valid rows identical to what is saved (re-import changes nothing)
    unchanged: int = 0
    #: valid rows that are new
    new: int = 0

    @property
    def problems(self) -> list[Problem]:
        return self.validation.problems

    @property
    def errors(self) -> list[Problem]:
        return self.validation.errors

    @property
    def file_errors(self) -> list[Problem]:
        return self.validation.file_errors


def source_for(file_name: str) -> str:
    """The ``source`` of rows imported from *file_name* (cut to the column's 200)."""
    return f"file:{file_name}"[:200]


def read_import_file(
    path: Path, encoding: str | None = None, delimiter: str | None = None
) -> Table:
    """Read a CSV/XLSX file (no database). Raises :class:`ImportFileError`."""
    try:
        return read_file(Path(path), encoding, delimiter)
    except OSError as exc:
        problem = translate_db_error(exc, Path(path))
        if problem is not None:
            raise problem from exc
        raise


def preview_import(
    db: Database,
    member_id: int,
    table: Table,
    file_name: str,
    layout: Layout | None = None,
    *,
    today: date | None = None,
) -> ImportPreview:
    """Validate every row (with the limits of hand entry, as of *today*) and compare with
    what is saved; writes nothing."""
    from yibao.storage.history_repo import HistoryRepository
    from yibao.storage.repositories import MemberRepository

    with db.session() as session:
        members = MemberRepository(session).list()
    member = next((m for m in members if m.id == member_id), None)
    if member is None:
        raise InvalidInput(FieldError.of("member_id", _MSG_MEMBER_GONE))
    layout = layout or guess_layout(table)
    names: dict[str, int] = {}
    ambiguous: set[str] = set()
    for m in members:
        if m.id is None:
            continue
        if m.name in names:
            ambiguous.add(m.name)
        names[m.name] = m.id
    defaults = Defaults(
        member_id=member_id,
        scheme=_default_scheme(member),
        source=source_for(file_name),
        members_by_name={k: v for k, v in names.items() if k not in ambiguous},
        schemes={m.id: _default_scheme(m) for m in members if m.id is not None},
        today=today or date.today(),
    )
    validation = validate(table, layout, defaults)
    with db.session() as session:
        existing = HistoryRepository(session).existing_keys({r.member_id for r in validation.rows})
    preview = ImportPreview(member_id, file_name, table, layout, validation)
    month_col = (
        layout.headers[layout.mapping.index(Field.MONTH)] if Field.MONTH in layout.mapping else ""
    )
    for row in validation.rows:
        saved = existing.get(row.key)
        if saved is None:
            preview.new += 1
        elif row.to_record().same_content(saved):
            preview.unchanged += 1
        else:
            assert saved.id is not None
            preview.duplicates.append((saved.id, row))
            what = _difference(saved, row)
            validation.problems.append(
                Problem.at(
                    row.line,
                    month_col,
                    Field.MONTH,
                    "duplicate_saved",
                    MSG_DUPLICATE_SAVED,
                    {"month": str(row.month), "scheme": row.scheme.label, "what": what},
                    Severity.DUPLICATE,
                )
            )
    validation.problems.sort(key=lambda p: (p.line, p.column))
    return preview


def _default_scheme(member: Member) -> Scheme:
    return member.scheme if member.scheme is not Scheme.NONE else Scheme.RESIDENT


def _difference(saved: ContributionRecord, row: ImportRow) -> str:
    new = row.to_record()
    parts = []
    if new.personal != saved.personal:
        parts.append(f"个人缴费 已存 {saved.personal} / 文件 {new.personal}")
    if new.employer != saved.employer:
        parts.append(f"单位缴费 已存 {saved.employer} / 文件 {new.employer}")
    if new.status != saved.status:
        parts.append(f"状态 已存 {saved.status.label} / 文件 {new.status.label}")
    return "；".join(parts) or "其他内容不同"


@dataclass(frozen=True)
class ImportResult:
    inserted: int
    replaced: int
    unchanged: int
    skipped: int
    undo: UndoAction | None


def commit_import(
    db: Database,
    preview: ImportPreview,
    *,
    replace_duplicates: bool,
    skip_bad_rows: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> ImportResult:
    """Write the valid rows in one transaction: all of them or none.

    While any row has a problem nothing is written (:class:`InvalidInput`), unless
    *skip_bad_rows*: then those rows are left out. Months saved already: replaced or
    skipped as chosen; identical ones change nothing. The comparison with what is saved is
    redone inside the transaction.
    """
    from yibao.storage.history_repo import HistoryRepository

    _refuse_bad_rows(preview, skip_bad_rows)
    member_id = preview.member_id
    with db.session() as session:
        repo = HistoryRepository(session)
        existing = repo.existing_keys({r.member_id for r in preview.validation.rows})
        inserts: list[ImportRow] = []
        replaces: list[tuple[int, ImportRow]] = []
        before: list[ContributionRecord] = []
        unchanged = skipped = 0
        for row in preview.validation.rows:
            saved = existing.get(row.key)
            if saved is None:
                inserts.append(row)
            elif row.to_record().same_content(saved):
                unchanged += 1
            elif replace_duplicates:
                assert saved.id is not None
                replaces.append((saved.id, row))
                before.append(saved)
            else:
                skipped += 1
        low = repo.max_id()
        repo.replace_import(replaces)
        repo.insert_import(inserts, progress)
        high = repo.max_id()
    undo: UndoAction | None = None
    if inserts or replaces:
        undo = UndoAction(
            "import", restore=tuple(before), inserted=(low, high) if inserts else None
        )
    log.info(
        "import committed: member=%s inserted=%d replaced=%d unchanged=%d skipped=%d",
        member_id,
        len(inserts),
        len(replaces),
        unchanged,
        skipped,
    )
    return ImportResult(len(inserts), len(replaces), unchanged, skipped, undo)


def _refuse_bad_rows(preview: ImportPreview, skip_bad_rows: bool) -> None:
    if preview.file_errors:
        first = preview.file_errors[0]
        raise ImportFileError(first.template, **first.params)
    errors = preview.errors
    if errors and not skip_bad_rows:
        first = errors[0]
        raise InvalidInput(
            FieldError.of(
                "file",
                _MSG_BAD_ROWS,
                n=str(len(preview.validation.bad_lines)),
                line=str(first.line),
                problem=first.message,
            )
        )


def import_file(
    db: Database,
    member_id: int,
    path: Path,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    replace_duplicates: bool = False,
    skip_bad_rows: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> ImportResult:
    """Read, validate and commit a file without a dialog.

    All or nothing by default: while any row has a problem nothing is imported
    (:class:`InvalidInput`); with *skip_bad_rows* the good rows are.
    """
    table = read_import_file(path, encoding, delimiter)
    preview = preview_import(db, member_id, table, Path(path).name)
    return commit_import(
        db,
        preview,
        replace_duplicates=replace_duplicates,
        skip_bad_rows=skip_bad_rows,
        progress=progress,
    )


# ---------------------------------------------------------------------------- export


def export_records(db: Database, path: Path, member_id: int | None = None) -> int:
    """Write CSV (UTF-8 with BOM) or XLSX by the file's suffix; returns the row count.

    Written to a temporary file first and moved into place, so a failure leaves no half file;
    the file is readable by the user only.
    """
    from yibao.storage.history_repo import HistoryRepository
    from yibao.storage.repositories import MemberRepository

    with db.session() as session:
        repo = HistoryRepository(session)
        ids = repo.ids(HistoryQuery(member_id=member_id, sort="month", descending=False))
        records = repo.rows(ids)
        names = {m.id: m.name for m in MemberRepository(session).list() if m.id is not None}
    path = Path(path)
    data = (
        write_xlsx(records, names) if path.suffix.lower() == ".xlsx" else write_csv(records, names)
    )
    _write_export(path, data)
    return len(records)


def save_template(path: Path) -> None:
    """Write a CSV template (our headers and one example row) for filling in by hand."""
    _write_export(Path(path), template_csv())


def _write_export(path: Path, data: bytes) -> None:
    """:func:`yibao.paths.write_private_file` (0600, atomic: exports hold ID numbers and
    amounts), with a full disk or a read-only folder said as the environment's problem."""
    try:
        paths.write_private_file(path, data)
    except OSError as exc:
        problem = translate_db_error(exc, path)
        if problem is not None:
            raise problem from exc
        raise


# ---------------------------------------------------------------------------- analysis


@dataclass(frozen=True)
class MemberAnalysis:
    member: Member
    record_count: int
    history: MemberHistory
    covered: bool
    years: YearsStatus | None
    employee_breaks: tuple[EmployeeBreak, ...]
    resident_breaks: tuple[ResidentBreak, ...]
    account: AccountSummary | None
    yearly: tuple[tuple[int, Decimal, Decimal], ...]
    warnings: tuple[HistoryWarning, ...]


def _warnings(
    member: Member,
    years: YearsStatus | None,
    ebreaks: Sequence[EmployeeBreak],
    rbreaks: Sequence[ResidentBreak],
    account: AccountSummary | None,
    today: date,
) -> list[HistoryWarning]:
    out = [w for b in ebreaks if (w := _employee_warning(member.name, b, today)) is not None]
    out += [w for b in rbreaks if (w := _resident_warning(member.name, b, today)) is not None]
    if years is not None and years.met is False and years.requirement is not None:
        out.append(_shortfall_warning(member, years, years.requirement))
    if account is not None and account.mismatches:
        first = account.mismatches[0]
        out.append(
            HistoryWarning(
                W_CREDIT_MISMATCH,
                {
                    "name": member.name,
                    "n": str(len(account.mismatches)),
                    "month": first.record.month.label(),
                    "recorded": format_yuan(first.record.credited or Decimal(0)),
                    "computed": format_yuan(first.computed.amount or Decimal(0)),
                },
            )
        )
    return out


def _employee_warning(name: str, b: EmployeeBreak, today: date) -> HistoryWarning | None:
    """An ongoing 职工医保 break, or one whose benefits resumed within the last 12 months."""
    if b.ongoing:
        return HistoryWarning(
            W_EMPLOYEE_ONGOING,
            {
                "name": name,
                "first": b.first.label(),
                "stop": b.benefits_stop.label(),
                "resume": str(b.resume_after_months),
                "rule": (
                    Message(W_RULE_REGION, {"region": b.resume_rule.region_name})
                    if b.resume_rule is not None and b.resume_rule.region_key != "national"
                    else Message(W_RULE_USUAL)
                ),
            },
        )
    if b.resumes is not None and b.resumes > Month.of(today).add(-12):
        return HistoryWarning(
            W_EMPLOYEE_PAST,
            {
                "name": name,
                "first": b.first.label(),
                "last": b.last.label(),
                "months": str(b.months),
                "stop": b.benefits_stop.label(),
                "resumes": b.resumes.label(),
                "projected": Message(W_PROJECTED) if b.resume_projected else "",
            },
        )
    return None


def _resident_warning(name: str, rb: ResidentBreak, today: date) -> HistoryWarning | None:
    """A 居民医保 waiting period ending last year or later (a late payment, or a gap)."""
    w = rb.without_repair
    if w is None or w.benefit_start < date(today.year - 1, 1, 1):
        return None
    extra = _resident_extra(rb)
    if rb.late_payment:
        return HistoryWarning(
            W_RESIDENT_LATE,
            {
                "name": name,
                "year": str(rb.enrol_year),
                "paid": w.start.isoformat(),
                "months": str(w.total_months),
                "start": w.benefit_start.isoformat(),
                "extra": extra,
            },
        )
    return HistoryWarning(
        W_RESIDENT,
        {
            "name": name,
            "years": list_text(str(y) for y in rb.uncovered),
            "count": str(len(rb.uncovered)),
            "when": Message(
                W_WHEN_FOR_YEAR if rb.ongoing else W_WHEN_YEAR, {"year": rb.enrol_year}
            ),
            "months": str(w.total_months),
            "start": w.benefit_start.isoformat(),
            "repair": _repair_text(rb) + extra,
        },
    )


def _repair_text(rb: ResidentBreak) -> tuple[Message, ...]:
    """What repairing (paying missed years) would shorten the wait to, and its cost."""
    r = rb.with_repair
    if r is None:
        return ()
    params = {
        "n": str(r.repaired_years),
        "months": str(r.total_months),
        "start": r.benefit_start.isoformat(),
    }
    if rb.repair_cost is not None:
        return (Message(W_RESIDENT_REPAIR, {**params, "cost": format_yuan(rb.repair_cost)}),)
    return (Message(W_RESIDENT_REPAIR_NO_COST, params),)


def _resident_extra(rb: ResidentBreak) -> tuple[Message, ...]:
    """The newborn and exempt-group notes of a resident waiting period."""
    extra: tuple[Message, ...] = (Message(W_RESIDENT_NEWBORN),) if rb.newborn_window_unknown else ()
    if rb.exempt_rule is not None and isinstance(rb.exempt_rule.value, tuple):
        groups = list_text(str(g) for g in rb.exempt_rule.value)
        if groups:
            extra += (Message(W_RESIDENT_EXEMPT, {"groups": groups}),)
    return extra


def _shortfall_warning(
    member: Member, years: YearsStatus, req: RetirementRequirement
) -> HistoryWarning:
    """Fewer years paid than retirement asks for."""
    actual_rule: str | Message = ""
    if req.min_actual_months and req.actual_local:
        actual_rule = Message(
            W_ACTUAL_LOCAL_RULE,
            {"region": req.resolved.region_name, "years": years_text(req.min_actual_months)},
        )
    elif req.min_actual_months:
        actual_rule = Message(W_ACTUAL_RULE, {"years": years_text(req.min_actual_months)})
    retirement: tuple[Message, ...] = ()
    if req.retirement_date is not None:
        note = Message(W_RETIRES_FEMALE) if member.gender is Gender.FEMALE else ""
        retirement = (Message(W_RETIRES, {"date": req.retirement_date.isoformat(), "note": note}),)
        if years.met_by_retirement is False:
            retirement += (Message(W_NOT_BY_RETIREMENT),)
    return HistoryWarning(
        W_SHORTFALL,
        {
            "name": member.name,
            "counted": years_text(years.counted_months),
            "region": req.resolved.region_name,
            "required": years_text(req.required_months),
            "actual_rule": actual_rule,
            "missing": years_text(max(years.missing_months, years.missing_actual_months)),
            "met_in": years.met_in.label() if years.met_in else "",
            "retirement": retirement,
        },
    )


def _requirement_not_found(book: PolicyBook, member: Member, today: date) -> HistoryWarning | None:
    """A warning when the book searched for the region's retirement years and found none
    (广州 2023—2029: the phase-in exists, the yearly figures were not found)."""
    if member.birth_date is None or member.region_code is None:
        return None
    try:
        keys = region_keys_for(member.region_code)
    except ValueError:
        return None
    searched = [
        r for r in book.not_found() if r.key == "retirement.required_years" and r.region_key in keys
    ]
    if not searched:
        return None
    retires = statutory_retirement_date(member.birth_date, member.gender)
    region = region_book().full_name(member.region_code)
    return HistoryWarning(
        W_REQUIREMENT_NOT_FOUND,
        {"name": member.name, "date": retires.isoformat(), "region": region, "note": ""},
    )


def analyse_member(db: Database, member_id: int, *, today: date) -> MemberAnalysis:
    from yibao.services.policy import list_overrides, policy_book
    from yibao.storage.history_repo import HistoryRepository
    from yibao.storage.repositories import MemberRepository

    overrides = list_overrides(db)
    with db.session() as session:
        member = MemberRepository(session).get(member_id)
        if member is None:
            raise InvalidInput(FieldError.of("member_id", _MSG_MEMBER_GONE))
        repo = HistoryRepository(session)
        records = repo.for_member(member_id)
        history = repo.member_history(member_id)
        movements = repo.movements(member_id)
    return _analyse(member, records, history, movements, today, policy_book(), overrides)


def _analyse(
    member: Member,
    records: list[ContributionRecord],
    history: MemberHistory,
    movements: list[AccountMovement],
    today: date,
    book: PolicyBook,
    overrides: Sequence[Override],
) -> MemberAnalysis:
    region = member.region_code
    years: YearsStatus | None = None
    # Years only once there is something to count (records or 视同 months entered).
    has_employee = history.deemed_months > 0 or any(r.scheme in EMPLOYEE_SCHEMES for r in records)
    missing_rule: HistoryWarning | None = None
    if has_employee and member.scheme is not Scheme.EMPLOYEE_RETIRED:
        requirement = requirement_at_retirement(book, member, today, overrides)
        years = years_status(records, history.deemed_months, requirement, today)
        if requirement is None:
            missing_rule = _requirement_not_found(book, member, today)
    ebreaks = tuple(employee_breaks(records, book, region, today, overrides)) if records else ()
    if member.scheme is Scheme.EMPLOYEE_RETIRED:
        ebreaks = tuple(b for b in ebreaks if not b.ongoing)
    rbreaks = (
        tuple(
            resident_breaks(records, book, region, today, overrides, birth_date=member.birth_date)
        )
        if records
        else ()
    )
    account: AccountSummary | None = None
    if member.scheme.has_personal_account and (records or history.opening_date or movements):
        account = account_summary(book, member, history, records, movements, today, overrides)
    yearly: dict[int, list[Decimal]] = {}
    for r in records:
        if r.status.counts:
            slot = yearly.setdefault(r.month.year, [Decimal(0), Decimal(0)])
            slot[0] += r.personal
            slot[1] += r.employer
    warnings = _warnings(member, years, ebreaks, rbreaks, account, today)
    if missing_rule is not None:
        warnings.append(missing_rule)
    return MemberAnalysis(
        member=member,
        record_count=len(records),
        history=history,
        covered=covered_now(records, member, today),
        years=years,
        employee_breaks=ebreaks,
        resident_breaks=rbreaks,
        account=account,
        yearly=tuple((y, p, e) for y, (p, e) in sorted(yearly.items())),
        warnings=tuple(warnings),
    )


def household_analysis(db: Database, *, today: date) -> list[MemberAnalysis]:
    """Every member's figures, in the household's display order (one read)."""
    from yibao.services import household
    from yibao.services.policy import list_overrides, policy_book
    from yibao.storage.history_repo import HistoryRepository

    members = household.list_members(db)
    overrides = list_overrides(db)
    book = policy_book()
    out = []
    with db.session() as session:
        repo = HistoryRepository(session)
        loaded = [
            (m, repo.for_member(m.id), repo.member_history(m.id), repo.movements(m.id))
            for m in members
            if m.id is not None
        ]
    for member, records, history, movements in loaded:
        out.append(_analyse(member, records, history, movements, today, book, overrides))
    return out


# ---------------------------------------------------------------------------- calculator


@dataclass(frozen=True)
class FlexibleAnswer:
    base: Decimal | None
    base_from_book: bool
    quotes: tuple[FlexibleQuote, ...]
    #: the book has no local rate for the region and date (there is no national one)
    book_rate_missing: bool = False


def flexible_calculator(
    db: Database,
    region_code: str | None,
    at: date,
    base: Decimal | None,
    extra: Decimal = Decimal(0),
    rate: Decimal | None = None,
) -> FlexibleAnswer:
    """Cost per 档次 for a base (or the region's published base when none is given).

    *rate* is a rate the user typed (their local figure); its quote comes first, then the
    book's local rates. Without a local rate in the book and none typed, ``quotes`` is empty
    and ``book_rate_missing`` says so: the national file has no rate to fall back on.
    """
    from yibao.services.policy import list_overrides, policy_book

    overrides = list_overrides(db)
    book = policy_book()
    from_book = False
    if base is None:
        resolved = default_base(book, region_code, at, overrides)
        if resolved is not None and isinstance(resolved.value, Decimal):
            base, from_book = resolved.value, True
    missing = not has_local_rate(book, region_code, at, overrides)
    if base is None:
        return FlexibleAnswer(None, False, (), book_rate_missing=missing)
    mine = [user_quote(base, rate, extra)] if rate is not None else []
    from_rules = quotes(book, region_code, at, base, extra, overrides)
    return FlexibleAnswer(base, from_book, tuple(mine + from_rules), book_rate_missing=missing)
