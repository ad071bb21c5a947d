"""What is wrong with an imported file, a row or a cell: :class:`Problem` (a
:class:`~yibao.domain.kernel.FieldProblem` at a row and column), its :class:`Severity`, and
the Chinese messages."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass

from yibao.domain.i18n import QT_TRANSLATE_NOOP
from yibao.domain.kernel.findings import FieldProblem


class Severity(enum.StrEnum):
    ERROR = "error"  # the row cannot be imported as it is
    DUPLICATE = "duplicate"  # the month is already saved: skip or replace, as the user says
    WARNING = "warning"  # the row looks implausible; it is imported all the same


@dataclass(frozen=True, kw_only=True)
class Problem(FieldProblem):
    """Bad input at a row (the spreadsheet's row number, 1-based; 0 = the whole file) and
    column (its header text, empty when not about one column).

    ``field`` is the :class:`~yibao.domain.importers.fields.Field` it is about (``""`` when
    about none); ``code`` a stable id; ``severity`` whether the row is refused, a duplicate
    or only doubtful. Build one with :meth:`at`.
    """

    line: int
    column: str
    code: str
    severity: Severity = Severity.ERROR

    @classmethod
    def at(
        cls,
        line: int,
        column: str,
        field: str | None,
        code: str,
        template: str,
        params: Mapping[str, str] | None = None,
        severity: Severity = Severity.ERROR,
    ) -> Problem:
        return cls(
            field="" if field is None else field,
            template=template,
            params=dict(params or {}),
            line=line,
            column=column,
            code=code,
            severity=severity,
        )


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
