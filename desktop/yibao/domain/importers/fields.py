"""Which field of a contribution record a column holds: the fields, their Chinese labels,
the header texts statements use for them (Chinese, our export template, the national
platform's field names) and :func:`guess_field`."""

from __future__ import annotations

import re
import unicodedata

from yibao.domain.i18n import QT_TRANSLATE_NOOP
from yibao.domain.kernel.labels import LabelledEnum


class Field(LabelledEnum):
    """A field of a contribution record that a column may hold, with its Chinese label."""

    MEMBER = "member", QT_TRANSLATE_NOOP("domain", "成员")
    MONTH = "month", QT_TRANSLATE_NOOP("domain", "费款所属期")
    MONTH_END = "month_end", QT_TRANSLATE_NOOP("domain", "所属期止")
    SCHEME = "scheme", QT_TRANSLATE_NOOP("domain", "险种")
    BASE = "base", QT_TRANSLATE_NOOP("domain", "缴费基数")
    PERSONAL = "personal", QT_TRANSLATE_NOOP("domain", "个人缴费")
    EMPLOYER = "employer", QT_TRANSLATE_NOOP("domain", "单位缴费")
    CREDITED = "credited", QT_TRANSLATE_NOOP("domain", "划入个人账户")
    CREDITED_PERSONAL = "credited_personal", QT_TRANSLATE_NOOP("domain", "个人缴费划入个人账户")
    CREDITED_EMPLOYER = "credited_employer", QT_TRANSLATE_NOOP("domain", "单位缴费划入个人账户")
    STATUS = "status", QT_TRANSLATE_NOOP("domain", "缴费状态")
    PAYER = "payer", QT_TRANSLATE_NOOP("domain", "缴费方")
    PAYER_NAME = "payer_name", QT_TRANSLATE_NOOP("domain", "代缴人")
    BENEFIT_YEAR = "benefit_year", QT_TRANSLATE_NOOP("domain", "待遇年度")
    PAID_ON = "paid_on", QT_TRANSLATE_NOOP("domain", "缴费日期")
    SOURCE = "source", QT_TRANSLATE_NOOP("domain", "来源")
    NOTE = "note", QT_TRANSLATE_NOOP("domain", "备注")


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
