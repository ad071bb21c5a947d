"""Reading contribution statements (CSV / XLSX) into records: pure, no database.

* Encodings: UTF-8 with or without BOM, GB18030 (a superset of GBK, what Excel in China
  writes). :func:`detect_encoding` picks one; the user may override it.
* Headers: Chinese (缴费年月 / 费款所属期, 缴费基数, 个人缴费, 单位缴费, 划入个人账户 / 个账划入,
  险种, 缴费状态 …), our own export template, and the field names of the national platform's
  contribution queries (``accrym_begn``, ``psn_clctstd_sumamt``, ``psn_clct_amt``,
  ``into_acct_amt`` …). Unknown headers are left for the user to map.
* Amounts are exact: ``"364.52"`` stays 364.52; XLSX floats go through their ``repr``
  (:func:`yibao.domain.money.yuan_from_float`), never ``Decimal(float)``.
* :func:`validate` lists every problem by row and column before anything is written, and
  warns (without refusing) about rows that look implausible (:mod:`.plausibility`).
* Hostile files: every failure is an :class:`ImportFileError` (with the row where known);
  sizes, rows, columns and cell lengths are capped (:mod:`.limits`); XLSX goes through
  :mod:`.xlsx_reader`. Amounts have the manual-entry cap (¥100,000,000).
* Exports hold no live formula (:mod:`.spreadsheet_text`).

Validated rows carry amounts as integer fen (fast for 100,000 rows; storage keeps fen too).
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import enum
import io
import math
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from yibao.domain import limits
from yibao.domain.contributions import (
    ContributionRecord,
    Month,
    MonthError,
    Payer,
    RecordStatus,
)
from yibao.domain.datetext import DayTextError, parse_day
from yibao.domain.i18n import QT_TRANSLATE_NOOP
from yibao.domain.import_errors import ImportFileError as ImportFileError
from yibao.domain.money import (
    MAX_YUAN,
    AmountError,
    from_fen,
    parse_yuan,
    round_yuan,
    to_fen,
    yuan_from_float,
)
from yibao.domain.people import Scheme
from yibao.domain.plausibility import doubts
from yibao.domain.spreadsheet_text import csv_text, from_csv_text, needs_quote, xlsx_text
from yibao.domain.xlsx_reader import MSG_NOT_XLSX as MSG_NOT_XLSX
from yibao.domain.xlsx_reader import column_label, iter_sheets

# ---------------------------------------------------------------------------- fields


class Field(enum.StrEnum):
    MEMBER = "member"
    MONTH = "month"
    MONTH_END = "month_end"
    SCHEME = "scheme"
    BASE = "base"
    PERSONAL = "personal"
    EMPLOYER = "employer"
    CREDITED = "credited"
    CREDITED_PERSONAL = "credited_personal"
    CREDITED_EMPLOYER = "credited_employer"
    STATUS = "status"
    PAYER = "payer"
    PAYER_NAME = "payer_name"
    BENEFIT_YEAR = "benefit_year"
    PAID_ON = "paid_on"
    SOURCE = "source"
    NOTE = "note"

    @property
    def label(self) -> str:
        return _FIELD_LABELS[self]


_FIELD_LABELS = {
    Field.MEMBER: QT_TRANSLATE_NOOP("domain", "成员"),
    Field.MONTH: QT_TRANSLATE_NOOP("domain", "费款所属期"),
    Field.MONTH_END: QT_TRANSLATE_NOOP("domain", "所属期止"),
    Field.SCHEME: QT_TRANSLATE_NOOP("domain", "险种"),
    Field.BASE: QT_TRANSLATE_NOOP("domain", "缴费基数"),
    Field.PERSONAL: QT_TRANSLATE_NOOP("domain", "个人缴费"),
    Field.EMPLOYER: QT_TRANSLATE_NOOP("domain", "单位缴费"),
    Field.CREDITED: QT_TRANSLATE_NOOP("domain", "划入个人账户"),
    Field.CREDITED_PERSONAL: QT_TRANSLATE_NOOP("domain", "个人缴费划入个人账户"),
    Field.CREDITED_EMPLOYER: QT_TRANSLATE_NOOP("domain", "单位缴费划入个人账户"),
    Field.STATUS: QT_TRANSLATE_NOOP("domain", "缴费状态"),
    Field.PAYER: QT_TRANSLATE_NOOP("domain", "缴费方"),
    Field.PAYER_NAME: QT_TRANSLATE_NOOP("domain", "代缴人"),
    Field.BENEFIT_YEAR: QT_TRANSLATE_NOOP("domain", "待遇年度"),
    Field.PAID_ON: QT_TRANSLATE_NOOP("domain", "缴费日期"),
    Field.SOURCE: QT_TRANSLATE_NOOP("domain", "来源"),
    Field.NOTE: QT_TRANSLATE_NOOP("domain", "备注"),
}

#: Our own export template, in column order (import reads it back).
TEMPLATE_FIELDS: tuple[Field, ...] = (
    Field.MEMBER,
    Field.MONTH,
    Field.SCHEME,
    Field.BASE,
    Field.PERSONAL,
    Field.EMPLOYER,
    Field.CREDITED,
    Field.PAYER,
    Field.PAYER_NAME,
    Field.STATUS,
    Field.BENEFIT_YEAR,
    Field.PAID_ON,
    Field.SOURCE,
    Field.NOTE,
)

_ALIASES: dict[Field, tuple[str, ...]] = {
    Field.MEMBER: ("成员", "姓名", "参保人", "参保人姓名", "人员姓名", "psn_name", "member"),
    Field.MONTH: (
        "费款所属期",
        "缴费年月",
        "所属期",
        "所属年月",
        "缴费月份",
        "缴费所属期",
        "费款所属期起",
        "所属期起",
        "年月",
        "月份",
        "对应费款所属期起始",
        "cashym",
        "accrym_begn",
        "accrym",
        "month",
    ),
    Field.MONTH_END: ("所属期止", "费款所属期止", "对应费款所属期结束", "accrym_end"),
    Field.SCHEME: (
        "险种",
        "险种类型",
        "参保险种",
        "险种名称",
        "insutype",
        "insutype_name",
        "scheme",
    ),
    Field.BASE: (
        "缴费基数",
        "个人缴费基数",
        "人员缴费基数",
        "月缴费基数",
        "psn_clctstd",
        "psn_clctstd_sumamt",
        "clctstd",
        "base",
    ),
    Field.PERSONAL: (
        "个人缴费",
        "个人缴费金额",
        "个人缴纳",
        "个人缴纳金额",
        "个人应缴",
        "个人部分",
        "psn_clct_amt",
        "personal",
    ),
    Field.EMPLOYER: (
        "单位缴费",
        "单位缴费金额",
        "单位缴纳",
        "单位缴纳金额",
        "单位应缴",
        "单位部分",
        "emp_clct_amt",
        "employer",
    ),
    Field.CREDITED: (
        "划入个人账户",
        "个账划入",
        "划入个账",
        "个人账户划入",
        "划入金额",
        "划账金额",
        "记账金额",
        "个人账户划入金额",
        "划入个人账户金额",
        "into_acct_amt",
        "credited",
    ),
    Field.CREDITED_PERSONAL: ("个人缴费划入个人账户金额", "psn_clct_into_acct_amt"),
    Field.CREDITED_EMPLOYER: ("单位缴费划入个人账户金额", "emp_clct_into_acct_amt"),
    Field.STATUS: ("缴费状态", "状态", "缴费标志", "到账状态", "clct_flag", "status"),
    Field.PAYER: ("缴费方", "缴费人类型", "缴费方式", "payer"),
    Field.PAYER_NAME: ("代缴人", "代缴人姓名", "payer_name"),
    Field.BENEFIT_YEAR: ("待遇年度", "参保年度", "享受待遇年度", "benefit_year"),
    Field.PAID_ON: ("缴费日期", "缴费时间", "到账日期", "到账时间", "clct_time", "paid_on"),
    Field.SOURCE: ("来源", "数据来源", "source"),
    Field.NOTE: ("备注", "说明", "memo", "note"),
}

_STRIP_RE = re.compile(r"[\s*＊:：()（）\[\]【】<>《》\"'“”‘’]+")


def normalise_header(text: object) -> str:
    """Header text for matching: NFKC, lower case, no spaces, brackets or unit suffixes."""
    s = unicodedata.normalize("NFKC", "" if text is None else str(text)).strip().lower()
    s = s.replace("\ufeff", "")
    for unit in ("(元)", "（元）", "(元/月)", "元"):
        if s.endswith(unit) and len(s) > len(unit):
            s = s[: -len(unit)]
    return _STRIP_RE.sub("", s)


_HEADER_INDEX: dict[str, Field] = {
    normalise_header(alias): f for f, aliases in _ALIASES.items() for alias in aliases
}
_HEADER_INDEX.update({normalise_header(f.label): f for f in Field})


def guess_field(header: object) -> Field | None:
    """The field a header names, or ``None`` (then the user maps it, or it is ignored)."""
    if header is None or (isinstance(header, str) and len(header) > 64):
        return None
    return _HEADER_INDEX.get(normalise_header(header))


# ---------------------------------------------------------------------------- problems


class Severity(enum.StrEnum):
    ERROR = "error"  # the row cannot be imported as it is
    DUPLICATE = "duplicate"  # the month is already saved: skip or replace, as the user says
    WARNING = "warning"  # the row looks implausible; it is imported all the same


@dataclass(frozen=True, slots=True)
class Problem:
    """A problem at a row (the spreadsheet's row number, 1-based; 0 = the whole file) and
    column (its header text, empty when not about one column)."""

    line: int
    column: str
    field: Field | None
    code: str
    template: str
    params: Mapping[str, str] = dataclasses.field(default_factory=dict)
    severity: Severity = Severity.ERROR

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


MSG_BAD_MONTH = QT_TRANSLATE_NOOP("domain", "年月不对：{detail}")
MSG_NO_MONTH = QT_TRANSLATE_NOOP("domain", "缺少费款所属期（缴费年月）")
MSG_NEGATIVE = QT_TRANSLATE_NOOP("domain", "金额不能是负数：{text}")
MSG_BAD_AMOUNT = QT_TRANSLATE_NOOP("domain", "金额不对：{detail}")
MSG_NO_AMOUNT = QT_TRANSLATE_NOOP("domain", "个人缴费和单位缴费都是空的")
MSG_UNKNOWN_SCHEME = QT_TRANSLATE_NOOP(
    "domain", "不认识的险种“{text}”，请写 职工医保、灵活就业、居民医保 之一（或跳过这一行）"
)
MSG_UNKNOWN_STATUS = QT_TRANSLATE_NOOP(
    "domain", "不认识的缴费状态“{text}”，请写 已缴、补缴 或 欠缴"
)
MSG_UNKNOWN_PAYER = QT_TRANSLATE_NOOP("domain", "不认识的缴费方“{text}”，请写 本人、单位 或 代缴")
MSG_UNKNOWN_MEMBER = QT_TRANSLATE_NOOP("domain", "代缴人“{text}”不是家庭成员，请先在家庭成员中添加")
MSG_UNKNOWN_OWNER = QT_TRANSLATE_NOOP(
    "domain", "“{text}”不是家庭成员（或有重名），请先在家庭成员中添加，或删掉这一列"
)
MSG_PROXY_SELF = QT_TRANSLATE_NOOP("domain", "代缴人不能是本人")
MSG_BAD_YEAR = QT_TRANSLATE_NOOP("domain", "待遇年度“{text}”不对，请写 4 位年份，如 2025")
MSG_BAD_DATE = QT_TRANSLATE_NOOP("domain", "日期“{text}”不对，请写成 2025-01-15 的样子")
MSG_RANGE = QT_TRANSLATE_NOOP("domain", "这一行包含 {first} 至 {last} 多个月，职工医保请每个月一行")
MSG_DUPLICATE_IN_FILE = QT_TRANSLATE_NOOP(
    "domain", "{month} {scheme}在文件中重复（第 {other} 行已有），这一行不会导入"
)
MSG_DUPLICATE_SAVED = QT_TRANSLATE_NOOP("domain", "{month} {scheme}已有记录（{what}）")
MSG_NOT_MAPPED = QT_TRANSLATE_NOOP("domain", "文件中没有“{label}”这一列，请在上方指定哪一列是它")
MSG_NO_AMOUNT_COLUMN = QT_TRANSLATE_NOOP(
    "domain", "文件中没有“个人缴费”或“单位缴费”列，请在上方指定"
)
MSG_EMPTY_FILE = QT_TRANSLATE_NOOP("domain", "文件里没有数据行")
MSG_FILE_IS_EMPTY = QT_TRANSLATE_NOOP("domain", "文件是空的")
MSG_AMOUNT_TOO_LARGE = QT_TRANSLATE_NOOP(
    "domain", "金额过大：{text}（超过 1 亿元），请检查是否多输了数字"
)
MSG_CSV_BROKEN = QT_TRANSLATE_NOOP(
    "domain", "第 {line} 行读不出来（格子内容太长，或引号没有配对），请检查这个文件"
)
MSG_CANNOT_DECODE = QT_TRANSLATE_NOOP(
    "domain", "无法按 {encoding} 读取这个文件（第 {line} 行附近），请换一种编码试试"
)
MSG_UNKNOWN_ENCODING = QT_TRANSLATE_NOOP(
    "domain", "认不出文件的编码，请手动选择（Excel 保存的 CSV 一般是 GB18030/GBK）"
)
MSG_TOO_LONG = QT_TRANSLATE_NOOP("domain", "内容太长（超过 {max} 个字）")


# ---------------------------------------------------------------------------- encodings

#: (codec name, label shown to the user)
ENCODINGS: tuple[tuple[str, str], ...] = (
    ("utf-8-sig", "UTF-8（带 BOM）"),
    ("utf-8", "UTF-8"),
    ("gb18030", "GB18030 / GBK（Excel 中文版）"),
)


def detect_encoding(data: bytes) -> str:
    """``utf-8-sig`` with a BOM, else ``utf-8`` if it decodes, else ``gb18030``."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    try:
        data.decode("gb18030")
    except UnicodeDecodeError:
        raise ImportFileError(MSG_UNKNOWN_ENCODING) from None
    return "gb18030"


def decode(data: bytes, encoding: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ImportFileError(MSG_CANNOT_DECODE, encoding=encoding, line=str(line)) from None
    return text.removeprefix("\ufeff")


# ---------------------------------------------------------------------------- tables

Cell = object  # str from CSV; str/int/float/datetime/None from XLSX


@dataclass
class Table:
    """Cells as read from a file, before any mapping. ``rows[i]`` is file row ``i + 1``."""

    rows: list[list[Cell]]
    encoding: str | None = None  # None for XLSX
    sheet: str | None = None
    delimiter: str | None = None  # None for XLSX


#: (delimiter, label shown to the user)
DELIMITERS: tuple[tuple[str, str], ...] = (
    (",", QT_TRANSLATE_NOOP("domain", "逗号 ,")),
    (";", QT_TRANSLATE_NOOP("domain", "分号 ;")),
    ("\t", QT_TRANSLATE_NOOP("domain", "制表符 Tab")),
)


def sniff_delimiter(text: str) -> str:
    """The delimiter among ``, ; tab`` under which the first lines name the most known
    headers (then: give the most rows of one width > 1); ``,`` on a tie."""
    lines = text[:65536].splitlines()[:20]
    best, best_key = ",", (0, 0)
    for delimiter, _label in DELIMITERS:
        try:
            rows = list(csv.reader(lines, delimiter=delimiter))
        except csv.Error:
            continue
        widths = [len(r) for r in rows if any(c.strip() for c in r)]
        common = max(widths, key=widths.count) if widths else 0
        key = (_header_score(rows), widths.count(common) if common > 1 else 0)
        if key > best_key:
            best, best_key = delimiter, key
    return best


def read_csv(data: bytes, encoding: str | None = None, delimiter: str | None = None) -> Table:
    """Decode and split a CSV file (the delimiter, unless given, by :func:`sniff_delimiter`).

    Raises :class:`ImportFileError` for a file that cannot be decoded or split, and past the
    caps on rows, columns and cell length.
    """
    used = encoding or detect_encoding(data)
    text = decode(data, used)
    chosen = delimiter or sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=chosen)
    rows: list[list[Cell]] = []
    max_rows, max_columns, max_chars = limits.MAX_ROWS, limits.MAX_COLUMNS, limits.MAX_CELL_CHARS
    cells = 0
    try:
        for r in reader:
            if len(rows) >= max_rows:
                raise ImportFileError(limits.MSG_TOO_MANY_ROWS, max=str(max_rows))
            cells += len(r)
            if cells > limits.MAX_CELLS:
                raise ImportFileError(limits.MSG_TOO_MANY_CELLS, max=f"{limits.MAX_CELLS:,}")
            if len(r) > max_columns:
                while r and not r[-1].strip():
                    r.pop()
                if len(r) > max_columns:
                    raise ImportFileError(
                        limits.MSG_TOO_MANY_COLUMNS, line=str(len(rows) + 1), max=str(max_columns)
                    )
            if r and max(map(len, r)) > max_chars:
                column = next(i for i, c in enumerate(r) if len(c) > max_chars) + 1
                raise ImportFileError(
                    limits.MSG_CELL_TOO_LONG,
                    line=str(len(rows) + 1),
                    column=column_label(rows, column),
                    max=str(max_chars),
                )
            rows.append(r)  # type: ignore[arg-type]
    except csv.Error:
        raise ImportFileError(MSG_CSV_BROKEN, line=str(len(rows) + 1)) from None
    return Table(rows, used, None, chosen)


def read_xlsx(source: Path | bytes) -> Table:
    """The first worksheet with a recognisable header (else the first one)."""
    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    chosen: tuple[str | None, list[list[Cell]]] | None = None
    for title, rows in iter_sheets(data):
        if chosen is None:
            chosen = (title, rows)
        if _header_score(rows) >= 2:
            chosen = (title, rows)
            break
    if chosen is None:
        return Table([], None, None)
    return Table(chosen[1], None, chosen[0])


def read_file(path: Path, encoding: str | None = None, delimiter: str | None = None) -> Table:
    """Read a CSV or XLSX file (by its suffix or its first bytes); raises
    :class:`ImportFileError` (and ``OSError`` when the file cannot be opened)."""
    path = Path(path)
    if path.stat().st_size > limits.MAX_FILE_BYTES:
        raise ImportFileError(
            limits.MSG_FILE_TOO_BIG, max=str(limits.MAX_FILE_BYTES // (1024 * 1024))
        )
    data = path.read_bytes()
    if len(data) > limits.MAX_FILE_BYTES:  # grew since stat()
        raise ImportFileError(
            limits.MSG_FILE_TOO_BIG, max=str(limits.MAX_FILE_BYTES // (1024 * 1024))
        )
    xlsx = path.suffix.lower() in (".xlsx", ".xlsm") or data[:4] == b"PK\x03\x04"
    if not data:
        return Table([], None if xlsx else "utf-8", None, None if xlsx else ",")
    if xlsx:
        return read_xlsx(data)
    return read_csv(data, encoding, delimiter)


def _header_score(rows: Sequence[Sequence[Cell]], limit: int = 15) -> int:
    return max((_row_score(r) for r in rows[:limit]), default=0)


def _row_score(row: Sequence[Cell]) -> int:
    return len({f for c in row if (f := guess_field(c)) is not None})


def find_header(rows: Sequence[Sequence[Cell]], limit: int = 15) -> int:
    """Index of the header row: the first of the first rows naming ≥ 2 known fields
    (statements often start with a title line); 0 if none does."""
    best, best_score = 0, 0
    for index, row in enumerate(rows[:limit]):
        score = _row_score(row)
        if score >= 2 and score > best_score:
            best, best_score = index, score
            break
    return best


@dataclass
class Layout:
    """Which column holds which field. ``mapping[i]`` is column ``i``'s field or ``None``."""

    header_index: int
    headers: list[str]
    mapping: list[Field | None]

    @property
    def unknown_columns(self) -> list[int]:
        return [i for i, f in enumerate(self.mapping) if f is None and self.headers[i].strip()]


def guess_layout(table: Table) -> Layout:
    index = find_header(table.rows)
    header = table.rows[index] if table.rows else []
    headers = ["" if c is None else str(c).strip().removeprefix("\ufeff") for c in header]
    mapping: list[Field | None] = []
    seen: set[Field] = set()
    for h in headers:
        f = guess_field(h)
        if f is not None and f in seen:
            f = None  # a second column for the same field: let the user decide
        if f is not None:
            seen.add(f)
        mapping.append(f)
    return Layout(index, headers, mapping)


# ---------------------------------------------------------------------------- values


def _too_large(text: str) -> AmountError:
    return AmountError("too_large", MSG_AMOUNT_TOO_LARGE, text=text[:40])


def amount_fen(value: Cell) -> int | None:
    """Cell → integer fen (``None`` for empty); raises :class:`AmountError`.

    Negative amounts raise ``AmountError`` with code ``negative``, amounts above the
    manual-entry cap (¥100,000,000, :data:`yibao.domain.limits.MAX_FEN`) code ``too_large``.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise AmountError(
            "invalid", QT_TRANSLATE_NOOP("domain", "“{text}”不是金额"), text=str(value)
        )
    if isinstance(value, int):
        if value < 0:
            raise AmountError("negative", MSG_NEGATIVE, text=str(value) if value > -1e20 else "-…")
        if value > MAX_YUAN:
            raise _too_large(str(value) if value < 10**20 else "…")
        return value * 100
    if isinstance(value, float | Decimal):
        if isinstance(value, float):
            # beyond 1e15 the float is too large anyway; its repr would not quantize cheaply
            big = math.isfinite(value) and abs(value) > 1e15
            yuan = Decimal(value) if big else yuan_from_float(value)  # raises for NaN/inf
            shown = repr(value)
        else:
            if not value.is_finite():
                round_yuan(value)  # raises the not-a-number AmountError
            yuan, shown = value, str(value)[:40]
        if yuan < 0:
            raise AmountError("negative", MSG_NEGATIVE, text=shown)
        if yuan > MAX_YUAN:
            raise _too_large(shown)
        return _capped(to_fen(yuan), shown)
    text = str(value).strip()
    if not text or text in ("-", "—", "--"):
        return None
    whole, point, cents = text.partition(".")
    if (
        whole.isascii()
        and whole.isdigit()
        and len(whole) <= 12
        and (not point or (cents.isascii() and cents.isdigit() and len(cents) <= 2))
    ):  # the common case, without Decimal or a regex
        fen = int(whole) * 100 + (int(cents.ljust(2, "0")) if point else 0)
        return _capped(fen, text)
    yuan = parse_yuan(text, allow_negative=True)
    if yuan < 0:
        raise AmountError("negative", MSG_NEGATIVE, text=text)
    return _capped(to_fen(yuan), text)


def _capped(fen: int, shown: str) -> int:
    if limits.fen_too_large(fen):
        raise _too_large(shown)
    return fen


_SCHEME_CODES = {"310": "employee", "390": Scheme.RESIDENT}


def parse_scheme(value: Cell, default: Scheme) -> Scheme | None:
    """A scheme from its label, our value, or the national code (310 职工, 390 居民)."""
    text = "" if value is None else unicodedata.normalize("NFKC", str(value)).strip()
    if isinstance(value, float) and value.is_integer():
        text = str(int(value))
    if not text:
        return default
    try:
        return Scheme(text)
    except ValueError:
        pass
    for scheme in Scheme:
        if text == scheme.label:
            return scheme
    generic: Scheme | str | None = _SCHEME_CODES.get(text)
    if generic is None:
        if "退休" in text:
            generic = Scheme.EMPLOYEE_RETIRED
        elif "单建统筹" in text:
            generic = Scheme.FLEXIBLE_POOLING
        elif "灵活" in text or "统账结合" in text:
            generic = Scheme.FLEXIBLE_ACCOUNT
        elif "居民" in text or "新农合" in text or "城乡" in text:
            generic = Scheme.RESIDENT
        elif "职工" in text or "基本医疗" in text:
            generic = "employee"
    if generic == "employee":
        return default if default.is_employee_scheme else Scheme.EMPLOYEE_ACTIVE
    return generic if isinstance(generic, Scheme) else None


_STATUS_WORDS = (
    (RecordStatus.BACK_PAID, ("补缴", "补收", "补交", "back_paid")),
    (RecordStatus.ARREARS, ("欠缴", "未缴", "未到账", "未足额", "arrears")),
    (RecordStatus.PAID, ("已缴", "已到账", "正常", "足额", "已足额", "已交", "paid", "实缴")),
)


def parse_status(value: Cell) -> RecordStatus | None:
    text = "" if value is None else unicodedata.normalize("NFKC", str(value)).strip()
    if isinstance(value, float) and value.is_integer():
        text = str(int(value))
    if not text:
        return RecordStatus.PAID
    if text in ("1", "是"):
        return RecordStatus.PAID
    if text in ("0", "否"):
        return RecordStatus.ARREARS
    for status, words in _STATUS_WORDS:
        if text == status.label or any(w in text for w in words):
            return status
    return None


def parse_payer(value: Cell) -> Payer | None:
    text = "" if value is None else unicodedata.normalize("NFKC", str(value)).strip()
    if not text:
        return None
    try:
        return Payer(text)
    except ValueError:
        pass
    if "代缴" in text or "共济" in text:
        return Payer.PROXY
    if "单位" in text:
        return Payer.EMPLOYER
    if text in ("本人", "个人", "自己", "自缴", "个人缴纳"):
        return Payer.SELF
    return None


#: a time after the day ("2024-05-01 10:30:00", "2024-05-01T10:30") or after eight digits
_TIME_TAIL = re.compile(r"(?:(?<=[0-9日])[ T].*|(?<=^[0-9]{8})[0-9]{6})$")


def parse_date(value: Cell) -> date | None:
    """A day from a cell; ``None`` for empty; raises ``ValueError`` if it is not a date.

    Text goes through :func:`yibao.domain.datetext.parse_day`, the reader of every typed date;
    a statement's time of day after it is ignored.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = unicodedata.normalize("NFKC", str(value)).strip()
    if isinstance(value, float) and value.is_integer():
        text = str(int(value))
    if not text:
        return None
    try:
        day = parse_day(_TIME_TAIL.sub("", text, count=1))
    except DayTextError:
        raise ValueError(text) from None
    if day is None:
        raise ValueError(text)
    return day


def parse_year(value: Cell) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError(str(value))
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = unicodedata.normalize("NFKC", str(value)).strip().removesuffix("年度").removesuffix("年")
    if not text:
        return None
    if not (len(text) == 4 and text.isdigit()) or not (1950 <= int(text) <= 2100):
        raise ValueError(text)
    return int(text)


# ---------------------------------------------------------------------------- validation


@dataclass(frozen=True, slots=True)
class Defaults:
    """What a row without that column gets, and how names map to members.

    ``members_by_name`` holds every household member (ambiguous names left out);
    ``schemes`` each member's scheme (the default for rows of that member). With ``today``
    the rows get the date checks of hand entry too (待遇年度 at most two years ahead, no
    payment date after today).
    """

    member_id: int
    scheme: Scheme
    source: str
    members_by_name: Mapping[str, int] = dataclasses.field(default_factory=dict)
    schemes: Mapping[int, Scheme] = dataclasses.field(default_factory=dict)
    today: date | None = None


@dataclass(frozen=True, slots=True)
class ImportRow:
    """A valid row, amounts in fen (``None`` = not given)."""

    line: int
    member_id: int
    month: Month
    scheme: Scheme
    base_fen: int | None
    personal_fen: int
    employer_fen: int
    credited_fen: int | None
    payer: Payer
    payer_member_id: int | None
    status: RecordStatus
    benefit_year: int | None
    paid_on: date | None
    source: str
    note: str

    @property
    def key(self) -> tuple[int, int, str]:
        return (self.member_id, self.month.code, self.scheme.value)

    def to_record(self) -> ContributionRecord:
        return ContributionRecord(
            member_id=self.member_id,
            month=self.month,
            scheme=self.scheme,
            personal=from_fen(self.personal_fen),
            employer=from_fen(self.employer_fen),
            base=None if self.base_fen is None else from_fen(self.base_fen),
            credited=None if self.credited_fen is None else from_fen(self.credited_fen),
            payer=self.payer,
            payer_member_id=self.payer_member_id,
            status=self.status,
            benefit_year=self.benefit_year,
            paid_on=self.paid_on,
            source=self.source,
            note=self.note,
        )


@dataclass
class Validation:
    rows: list[ImportRow]
    problems: list[Problem]
    #: data rows read (valid or not)
    total: int

    @property
    def bad_lines(self) -> set[int]:
        return {p.line for p in self.problems if p.severity is Severity.ERROR}

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]

    @property
    def file_errors(self) -> list[Problem]:
        return [p for p in self.errors if p.line == 0]


NOTE_MAX = limits.NOTE_MAX


def default_payer(scheme: Scheme) -> Payer:
    return Payer.EMPLOYER if scheme is Scheme.EMPLOYEE_ACTIVE else Payer.SELF


def _blank(row: Sequence[Cell]) -> bool:
    for c in row:  # noqa: SIM110 - a plain loop is faster than all() here (100,000 rows)
        if c is not None and (c.__class__ is not str or c.strip()):
            return False
    return True


def iter_data(table: Table, layout: Layout) -> Iterator[tuple[int, list[Cell]]]:
    """(file line number, cells) of each non-blank row after the header."""
    for index in range(layout.header_index + 1, len(table.rows)):
        row = table.rows[index]
        if not _blank(row):
            yield index + 1, row


def _cell(row: list[Cell], index: int | None) -> Cell:
    if index is None or index >= len(row):
        return None
    value = row[index]
    if value.__class__ is str:
        value = value.strip()
        return value or None
    return value


def _text(row: list[Cell], index: int | None) -> str | None:
    """A text cell (name, note, source): as :func:`_cell`, and our export's ``'`` before
    ``=`` taken off again."""
    value = _cell(row, index)
    if value is None:
        return None
    text = value if isinstance(value, str) else str(value)
    return from_csv_text(text) if text.startswith("'") else text


def _shown(value: Cell) -> str:
    """A cell's text for a message: at most 40 characters."""
    text = str(value)
    return text if len(text) <= 40 else text[:40] + "…"


_AMOUNT_FIELDS = (
    Field.BASE,
    Field.PERSONAL,
    Field.EMPLOYER,
    Field.CREDITED,
    Field.CREDITED_PERSONAL,
    Field.CREDITED_EMPLOYER,
)


class _Memo:
    """Per-file caches: statements repeat the same months, schemes and statuses."""

    def __init__(self) -> None:
        self.months: dict[object, Month | MonthError] = {}
        self.schemes: dict[tuple[object, Scheme], Scheme | None] = {}
        self.statuses: dict[object, RecordStatus | None] = {}
        self.payers: dict[object, Payer | None] = {}

    def month(self, value: Cell) -> Month:
        key = (value.__class__, value)
        found = self.months.get(key)
        if found is None:
            try:
                found = Month.parse(value)
            except MonthError as exc:
                found = exc
            self.months[key] = found
        if isinstance(found, MonthError):
            raise found
        return found

    def scheme(self, value: Cell, default: Scheme) -> Scheme | None:
        key = (value, default)
        if key not in self.schemes:
            self.schemes[key] = parse_scheme(value, default)
        return self.schemes[key]

    def status(self, value: Cell) -> RecordStatus | None:
        if value not in self.statuses:
            self.statuses[value] = parse_status(value)
        return self.statuses[value]

    def payer(self, value: Cell) -> Payer | None:
        if value not in self.payers:
            self.payers[value] = parse_payer(value)
        return self.payers[value]


def validate(table: Table, layout: Layout, defaults: Defaults) -> Validation:
    """Every row checked; problems by row and column; duplicates within the file flagged."""
    columns: dict[Field, int] = {}
    for i, f in enumerate(layout.mapping):
        if f is not None and f not in columns:
            columns[f] = i
    problems: list[Problem] = []
    if all(_blank(r) for r in table.rows):
        problems.append(Problem(0, "", None, "empty_file", MSG_FILE_IS_EMPTY))
        return Validation([], problems, 0)
    if Field.MONTH not in columns:
        problems.append(
            Problem(0, "", Field.MONTH, "not_mapped", MSG_NOT_MAPPED, {"label": Field.MONTH.label})
        )
    if Field.PERSONAL not in columns and Field.EMPLOYER not in columns:
        problems.append(Problem(0, "", Field.PERSONAL, "not_mapped", MSG_NO_AMOUNT_COLUMN))
    if problems:
        return Validation([], problems, 0)
    headers = layout.headers
    rows: list[ImportRow] = []
    seen: dict[tuple[int, int, str], int] = {}
    total = 0
    memo = _Memo()
    col = columns.get
    i_member, i_month, i_end = col(Field.MEMBER), col(Field.MONTH), col(Field.MONTH_END)
    i_scheme, i_status, i_payer = col(Field.SCHEME), col(Field.STATUS), col(Field.PAYER)
    i_payer_name, i_year = col(Field.PAYER_NAME), col(Field.BENEFIT_YEAR)
    i_paid, i_note, i_source = col(Field.PAID_ON), col(Field.NOTE), col(Field.SOURCE)
    amount_columns = [(f, columns[f]) for f in _AMOUNT_FIELDS if f in columns]
    column_of = {f: headers[i] for f, i in columns.items()}
    line = 0
    bad: list[Problem] = []
    today = defaults.today

    def fail(f: Field, code: str, template: str, **params: str) -> None:
        bad.append(Problem(line, column_of.get(f, f.label), f, code, template, params))

    for line, row in iter_data(table, layout):
        total += 1
        bad.clear()
        owner = defaults.member_id
        raw_owner = _text(row, i_member)
        if raw_owner is not None:
            found = defaults.members_by_name.get(raw_owner.strip())
            if found is None:
                fail(Field.MEMBER, "unknown_owner", MSG_UNKNOWN_OWNER, text=_shown(raw_owner))
            else:
                owner = found
        default_scheme = defaults.schemes.get(owner, defaults.scheme)
        month: Month | None = None
        raw_month = _cell(row, i_month)
        if raw_month is None:
            fail(Field.MONTH, "no_month", MSG_NO_MONTH)
        else:
            try:
                month = memo.month(raw_month)
            except MonthError as exc:
                fail(Field.MONTH, "bad_month", MSG_BAD_MONTH, detail=str(exc))
        raw_scheme = _cell(row, i_scheme)
        scheme = memo.scheme(raw_scheme, default_scheme)
        if scheme is None:
            fail(Field.SCHEME, "unknown_scheme", MSG_UNKNOWN_SCHEME, text=_shown(raw_scheme))
        end_raw = _cell(row, i_end)
        if end_raw is not None and month is not None:
            try:
                end = memo.month(end_raw)
            except MonthError as exc:
                fail(Field.MONTH_END, "bad_month", MSG_BAD_MONTH, detail=str(exc))
            else:
                if end != month and scheme is not Scheme.RESIDENT:
                    fail(Field.MONTH_END, "range", MSG_RANGE, first=str(month), last=str(end))
        amounts: dict[Field, int | None] = dict.fromkeys(_AMOUNT_FIELDS)
        for f, index in amount_columns:
            raw = _cell(row, index)
            try:
                amounts[f] = amount_fen(raw)
            except AmountError as exc:
                if exc.code == "negative":
                    fail(f, "negative", MSG_NEGATIVE, text=_shown(raw))
                elif exc.code == "too_large":
                    fail(f, "too_large", exc.template, **exc.params)
                else:
                    fail(f, "bad_amount", MSG_BAD_AMOUNT, detail=exc.message)
        personal, employer = amounts[Field.PERSONAL], amounts[Field.EMPLOYER]
        if (
            personal is None
            and employer is None
            and not any(p.field in (Field.PERSONAL, Field.EMPLOYER) for p in bad)
        ):
            where = Field.PERSONAL if Field.PERSONAL in columns else Field.EMPLOYER
            fail(where, "no_amount", MSG_NO_AMOUNT)
        credited = amounts[Field.CREDITED]
        split = (amounts[Field.CREDITED_PERSONAL], amounts[Field.CREDITED_EMPLOYER])
        if credited is None and split != (None, None):
            credited = (split[0] or 0) + (split[1] or 0)
        raw_status = _cell(row, i_status)
        status = memo.status(raw_status)
        if status is None:
            fail(Field.STATUS, "unknown_status", MSG_UNKNOWN_STATUS, text=_shown(raw_status))
        payer_raw = _cell(row, i_payer)
        payer = memo.payer(payer_raw)
        if payer_raw is not None and payer is None:
            fail(Field.PAYER, "unknown_payer", MSG_UNKNOWN_PAYER, text=_shown(payer_raw))
        payer_member: int | None = None
        name = _text(row, i_payer_name)
        if name is not None:
            payer_member = defaults.members_by_name.get(name.strip())
            if payer_member is None:
                fail(Field.PAYER_NAME, "unknown_member", MSG_UNKNOWN_MEMBER, text=_shown(name))
            elif payer_member == owner:
                fail(Field.PAYER_NAME, "proxy_self", MSG_PROXY_SELF)
            elif payer is None:
                payer = Payer.PROXY
        raw_year = _cell(row, i_year)
        benefit_year: int | None = None
        if raw_year is not None:
            try:
                benefit_year = parse_year(raw_year)
            except ValueError:
                fail(Field.BENEFIT_YEAR, "bad_year", MSG_BAD_YEAR, text=_shown(raw_year))
        if benefit_year is None and scheme is Scheme.RESIDENT and month is not None:
            benefit_year = month.year
        if benefit_year is not None and today is not None:
            low, high = limits.benefit_years(today)
            if not (low <= benefit_year <= high):
                where = Field.BENEFIT_YEAR if i_year is not None else Field.MONTH
                fail(where, "year_range", limits.MSG_YEAR_RANGE, low=str(low), high=str(high))
        raw_paid = _cell(row, i_paid)
        paid_on: date | None = None
        if raw_paid is not None:
            try:
                paid_on = parse_date(raw_paid)
            except ValueError:
                fail(Field.PAID_ON, "bad_date", MSG_BAD_DATE, text=_shown(raw_paid))
            if paid_on is not None and today is not None and paid_on > today:
                fail(Field.PAID_ON, "paid_future", limits.MSG_PAID_FUTURE, today=today.isoformat())
        note_raw = _text(row, i_note)
        note = "" if note_raw is None else note_raw
        if len(note) > NOTE_MAX:
            fail(Field.NOTE, "too_long", MSG_TOO_LONG, max=str(NOTE_MAX))
        source_raw = _text(row, i_source)
        source = defaults.source if source_raw is None else source_raw[: limits.SOURCE_MAX]
        if bad:
            problems.extend(bad)
            continue
        assert month is not None and scheme is not None and status is not None
        key = (owner, month.code, scheme.value)
        first = seen.get(key)
        if first is not None:
            problems.append(
                Problem(
                    line,
                    column_of[Field.MONTH],
                    Field.MONTH,
                    "duplicate_in_file",
                    MSG_DUPLICATE_IN_FILE,
                    {"month": str(month), "scheme": scheme.label, "other": str(first)},
                )
            )
            continue
        seen[key] = line
        for doubt in doubts(scheme, amounts[Field.BASE], personal or 0, employer or 0, credited):
            f = Field(doubt.field)
            problems.append(
                Problem(
                    line,
                    column_of.get(f, f.label),
                    f,
                    doubt.code,
                    doubt.template,
                    doubt.params,
                    Severity.WARNING,
                )
            )
        rows.append(
            ImportRow(
                line,
                owner,
                month,
                scheme,
                amounts[Field.BASE],
                personal or 0,
                employer or 0,
                credited,
                payer or default_payer(scheme),
                payer_member,
                status,
                benefit_year,
                paid_on,
                source,
                note,
            )
        )
    if total == 0:
        problems.append(Problem(0, "", None, "empty", MSG_EMPTY_FILE))
    return Validation(rows, problems, total)


# ---------------------------------------------------------------------------- export


def record_cells(record: ContributionRecord, names: Mapping[int, str]) -> list[str]:
    """One exported row in :data:`TEMPLATE_FIELDS` order (amounts as plain ``364.52``)."""

    def money(value: Decimal | None) -> str:
        return "" if value is None else f"{value:.2f}"

    return [
        names.get(record.member_id, ""),
        str(record.month),
        record.scheme.label,
        money(record.base),
        money(record.personal),
        money(record.employer),
        money(record.credited),
        record.payer.label,
        names.get(record.payer_member_id, "") if record.payer_member_id is not None else "",
        record.status.label,
        "" if record.benefit_year is None else str(record.benefit_year),
        "" if record.paid_on is None else record.paid_on.isoformat(),
        record.source,
        record.note,
    ]


def template_headers() -> list[str]:
    return [f.label for f in TEMPLATE_FIELDS]


#: columns of :func:`record_cells` holding free text (names, source, note)
_TEXT_COLUMNS = frozenset(
    TEMPLATE_FIELDS.index(f) for f in (Field.MEMBER, Field.PAYER_NAME, Field.SOURCE, Field.NOTE)
)
_AMOUNT_COLUMNS = frozenset(
    TEMPLATE_FIELDS.index(f) for f in (Field.BASE, Field.PERSONAL, Field.EMPLOYER, Field.CREDITED)
)


def _csv_bytes(rows: Iterable[Sequence[str]]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(template_headers())
    for cells in rows:
        writer.writerow([csv_text(c) if i in _TEXT_COLUMNS else c for i, c in enumerate(cells)])
    return codecs.BOM_UTF8 + out.getvalue().encode("utf-8")


def write_csv(records: Iterable[ContributionRecord], names: Mapping[int, str]) -> bytes:
    """UTF-8 with BOM (so Excel opens it), CRLF line ends, our template's headers.

    Text that a spreadsheet would run as a formula (``=…``, ``+…``, ``@…`` …) gets a
    leading ``'`` (:func:`~yibao.domain.spreadsheet_text.csv_text`); import takes it off.
    """
    return _csv_bytes(record_cells(r, names) for r in records)


#: the example row of :func:`template_csv` (成员 empty: the member chosen in the dialog)
_TEMPLATE_EXAMPLE = {
    Field.MONTH: "2025-01",
    Field.SCHEME: Scheme.EMPLOYEE_ACTIVE.label,
    Field.BASE: "6000.00",
    Field.PERSONAL: "120.00",
    Field.EMPLOYER: "480.00",
    Field.CREDITED: "120.00",
    Field.PAYER: Payer.EMPLOYER.label,
    Field.STATUS: RecordStatus.PAID.label,
    Field.PAID_ON: "2025-01-15",
    Field.NOTE: QT_TRANSLATE_NOOP("domain", "示例：请改成您自己的记录，或删掉这一行"),
}


def template_csv() -> bytes:
    """A CSV with our headers and one example row, for filling in by hand (reads back)."""
    return _csv_bytes([[_TEMPLATE_EXAMPLE.get(f, "") for f in TEMPLATE_FIELDS]])


def write_xlsx(records: Iterable[ContributionRecord], names: Mapping[int, str]) -> bytes:
    """An XLSX with our template's headers; amounts as numbers.

    Text is written as text (never a formula, whatever it starts with).
    """
    import openpyxl  # type: ignore[import-untyped]
    from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("缴费记录")

    def text_cell(text: str) -> object:
        cell = WriteOnlyCell(sheet, value=None)
        cell.value = xlsx_text(text)
        cell.data_type = "s"  # not "f" for "=…", not "e" for "#N/A"
        if needs_quote(text):
            cell.quotePrefix = True
        return cell

    sheet.append([text_cell(h) for h in template_headers()])
    for r in records:
        row: list[object] = []
        for i, text in enumerate(record_cells(r, names)):
            if i in _AMOUNT_COLUMNS:
                row.append(None if text == "" else Decimal(text))
            elif i == 10 and r.benefit_year is not None:
                row.append(r.benefit_year)
            elif text == "":
                row.append(None)
            else:
                row.append(text_cell(text))
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
