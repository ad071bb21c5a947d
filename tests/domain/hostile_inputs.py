"""Hostile CSV and XLSX files from a seeded random generator, for the fuzz test in the suite
and for ``bench/import_fuzz.py`` (which runs thousands of them and times each).

Every file is small (a few hundred KiB at most) and built to hit one of the ways a reader
can break: odd numbers (NaN, 1e300, 20-digit integers), odd digits, odd dates, cells longer
than the CSV field limit, unbalanced quotes, wrong encodings, row numbers far down, cells
far right, lying dimensions, shared strings that do not exist, broken XML and broken ZIPs.
"""

from __future__ import annotations

import io
import random
import zipfile

from tests.domain import xlsx_parts as xp

HEADERS = [
    "缴费年月", "费款所属期", "个人缴费", "单位缴费", "缴费基数", "划入个人账户", "险种",
    "缴费状态", "缴费方", "代缴人", "待遇年度", "缴费日期", "备注", "来源", "成员",
    "accrym_begn", "psn_clct_amt", "所属期止", "个人缴费划入个人账户金额", "未知列", "",
]  # fmt: skip

NASTY = [
    "", " ", "0", "-0", "-1", "120", "120.5", "120.505", "1e300", "1E5", "NaN", "nan", "inf",
    "-inf", "92233720368547758", "9223372036854775807", "100000000", "100000000.01",
    "99999999999999999999999", "1,234.50", "1,23,4", "¥120", "￥1２0", "120元", "1" + "元" * 50,
    "¥" * 40 + "1", "．５", "1.2.3", "--5", "+5", "2024-01", "2024-13", "2024-00", "0000-01",
    "202401", "20240101", "2024年1月", "2024/1/31", "٢٠٢٤-٠٥", "፩፪፫፬-፩፪", "2024-0\u0665",
    "𝟐𝟎𝟐𝟒-05", "2024-02-30", "2100-12", "2101-01", "1949-12", "19491231", "99999999",
    "2025", "２０２５年度", "99999", "职工医保", "居民", "310", "390", "灵活就业", "???",
    "已缴", "补缴", "欠缴", "1", "是", "本人", "单位", "代缴", "张伟", "李四", "=1+1",
    "@SUM(A1)", "+cmd", "'=x", "\t", "\r", "\n", "\x00", "\ufeff", "\ud7ff", "💥", "'",
    '"', '""', "a;b;c", "a,b", "x" * 600, "备注" * 300,
]  # fmt: skip


#: readable values for the columns the importer knows, so that rows get through
PLAUSIBLE = {
    "缴费年月": lambda r: f"{r.randint(1950, 2100)}-{r.randint(1, 12):02d}",
    "费款所属期": lambda r: f"{r.randint(1990, 2030)}{r.randint(1, 12):02d}",
    "个人缴费": lambda r: f"{r.randint(0, 99999)}.{r.randint(0, 99):02d}",
    "单位缴费": lambda r: str(r.randint(0, 5000)),
    "缴费基数": lambda r: str(r.randint(0, 40000)),
    "划入个人账户": lambda r: str(r.randint(0, 800)),
    "险种": lambda r: r.choice(["职工医保", "居民医保", "灵活就业", ""]),
    "缴费状态": lambda r: r.choice(["已缴", "补缴", "欠缴", ""]),
    "待遇年度": lambda r: r.choice(["", "2025", "2024年"]),
    "缴费日期": lambda r: r.choice(["", "2024-01-15", "20240115"]),
    "备注": lambda r: r.choice(["", '=HYPERLINK("x")', "@A1", "补缴 3 个月", "x" * 400]),
}


def plausible(rng: random.Random, header: str) -> str:
    make = PLAUSIBLE.get(header)
    return make(rng) if make is not None else rng.choice(["", nasty(rng)])


def nasty(rng: random.Random) -> str:
    pick = rng.random()
    if pick < 0.85:
        return rng.choice(NASTY)
    if pick < 0.95:
        return "".join(rng.choice(NASTY) for _ in range(rng.randint(2, 4)))
    return "".join(_char(rng) for _ in range(rng.randint(1, 12)))


def _char(rng: random.Random) -> str:
    code = rng.randint(1, 0x2FFFF)
    return "?" if 0xD800 <= code <= 0xDFFF else chr(code)


def _csv_text(rng: random.Random) -> str:
    delimiter = rng.choice([",", ",", ";", "\t", "|"])
    width = rng.randint(1, 9)
    head = [rng.choice(HEADERS) for _ in range(width)]
    if rng.random() < 0.8:  # mostly files the importer recognises, so rows get validated
        head[: min(2, width)] = ["缴费年月", "个人缴费"][: min(2, width)]
        rng.shuffle(head)
    lines = []
    if rng.random() < 0.2:
        lines.append(nasty(rng))  # a title line
    lines.append(delimiter.join(head))
    for _ in range(rng.randint(0, 30)):
        if rng.random() < 0.6:
            cells = [plausible(rng, h) if rng.random() < 0.9 else nasty(rng) for h in head]
        else:
            cells = [nasty(rng) for _ in range(rng.randint(0, width + 2))]
        if rng.random() < 0.5:
            cells = ['"' + c.replace('"', '""') + '"' for c in cells]
        lines.append(delimiter.join(cells))
    text = rng.choice(["\n", "\r\n", "\r"]).join(lines)
    roll = rng.random()
    if roll < 0.05:
        text += "\n2024-01," + "9" * rng.choice([131_073, 140_000, 40_000])
    elif roll < 0.08:
        text += '\n"never closed,' + "y" * 1000
    elif roll < 0.10:
        text += ("\n" + ",".join(["1"] * 250)) * 3
    return text


def hostile_csv(rng: random.Random) -> bytes:
    kind = rng.random()
    if kind < 0.1:
        return bytes(rng.randrange(256) for _ in range(rng.randint(0, 3000)))
    text = _csv_text(rng)
    encoding = rng.choice(["utf-8", "utf-8", "utf-8-sig", "gb18030", "gb18030", "utf-16"])
    data = text.encode(encoding, errors="replace")
    if kind < 0.2 and data:
        buf = bytearray(data)
        for _ in range(rng.randint(1, 10)):
            op = rng.random()
            at = rng.randrange(len(buf) + 1)
            if op < 0.4 and buf:
                buf[min(at, len(buf) - 1)] = rng.randrange(256)
            elif op < 0.7:
                buf[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
            else:
                del buf[at : at + rng.randint(1, 20)]
        data = bytes(buf)
    return data


#: cells openpyxl cannot read (the file is refused); the rest are odd but readable
_BREAKING_NUMBERS = ["NaN", "INF", "1" * 5000, "0x10", ""]
_NUMBERS = [
    "120", "120.5", "202401", "1e300", "1e999", "-1e999", "-5", "92233720368547758",
    "9" * 30, "1.5e-300", "2958466", "-1", "45000", "4.5E4", "0", "100000000.01",
]  # fmt: skip


def _xlsx_value_cell(rng: random.Random, ref: str, wild: bool) -> str:
    roll = rng.random()
    if not wild and roll >= 0.6:
        roll = rng.random() * 0.6  # text and numbers only
    if roll < 0.35:
        return xp.text(ref, _xml_escape(nasty(rng)))
    if roll < 0.6:
        pool = _NUMBERS + _BREAKING_NUMBERS if wild else _NUMBERS
        value = rng.choice(pool)
        style = rng.choice([None, None, 1, 7, 99999])
        return xp.num(ref, value, style)
    if roll < 0.75:
        index = rng.choice(["0", "1", "2", "5", "-1", "99999999", "x", ""])
        return f'<c r="{ref}" t="s"><v>{index}</v></c>'
    if roll < 0.85:
        kind = rng.choice(["d", "b", "e", "str", "n", "inlineStr", "zz"])
        value = rng.choice(["2024-01-01", "2024-13-45", "x", "1", "2", "#N/A", "", "10**9"])
        return f'<c r="{ref}" t="{kind}"><v>{value}</v></c>'
    if roll < 0.92:
        return f'<c r="{ref}"><f>SUM(A1:A2)</f><v>{rng.choice(["3", "x", ""])}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is>' + "<r><t>a</t></r>" * rng.randint(1, 50) + "</is></c>"


def _xml_escape(text: str) -> str:
    out = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return "".join(ch for ch in out if ch in "\t\n\r" or ord(ch) >= 0x20).replace("\ufffe", "")


def _column(n: int) -> str:
    letters = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        letters = chr(65 + r) + letters
    return letters


def _sheet(rng: random.Random, wild: bool) -> str:
    width = rng.randint(1, 8)
    head = [rng.choice(HEADERS) for _ in range(width)]
    if rng.random() < 0.8:
        head[: min(2, width)] = ["缴费年月", "个人缴费"][: min(2, width)]
        rng.shuffle(head)
    rows = [xp.row(1, *(xp.text(f"{_column(i + 1)}1", h) for i, h in enumerate(head)))]
    number = 1
    for _ in range(rng.randint(0, 25)):
        roll = rng.random()
        if roll < 0.85 or (not wild and roll < 0.95):
            number += 1
        elif roll < 0.9:
            number = rng.choice([0, -1, number, 10**6, 10**9, 1_048_576, 200_001])
        else:
            number += rng.randint(2, 5000)
        cells = []
        if rng.random() < 0.6:
            for i, h in enumerate(head):
                value, ref = plausible(rng, h), f"{_column(i + 1)}{number}"
                numeric = value.replace(".", "", 1).isdigit()
                cell = xp.num(ref, value) if numeric and rng.random() < 0.5 else None
                cells.append(cell or xp.text(ref, _xml_escape(value)))
        for i in range(rng.randint(0, width + 1) if not cells else 0):
            col = i + 1 if rng.random() < 0.997 else rng.choice([16384, 201, 18278])
            ref = f"{_column(col)}{number}"
            if wild and rng.random() < 0.05:
                ref = rng.choice(["ZZZZ1", "1A", "", "A0"])
            cells.append(_xlsx_value_cell(rng, ref, wild) if ref else "<c><v>1</v></c>")
        r = str(number)
        if wild and rng.random() < 0.05:
            r = rng.choice(["1.5", "x", "", "99999999999999999999"])
        rows.append(f'<row r="{r}">{"".join(cells)}</row>' if r else f"<row>{''.join(cells)}</row>")
    if rng.random() < 0.03:
        rows.append("".join(xp.row(i, xp.num(f"XFD{i}", "1")) for i in range(30, 3000)))
    dimension = rng.choice([None] * 4 + ["A1:XFD1048576", "A1:B2", "A1"])
    if wild and rng.random() < 0.1:
        dimension = "garbage"
    return xp.sheet_xml("".join(rows), dimension)


def _shared(rng: random.Random) -> str | None:
    roll = rng.random()
    if roll < 0.5:
        return None
    if roll < 0.9:
        items = "".join(f"<si><t>{_xml_escape(nasty(rng))}</t></si>" for _ in range(3))
        return xp.shared_xml(items)
    if roll < 0.95:
        return xp.shared_xml("<si><t/></si>" * rng.choice([1000, 300_000]))
    return xp.shared_xml("<si><t>" + "x" * rng.choice([40_000, 2_000_000]) + "</t></si>")


def _mutate_xml(rng: random.Random, xml: str) -> str:
    if rng.random() < 0.85 or not xml:
        return xml
    at = rng.randrange(len(xml))
    return (
        xml[:at]
        + rng.choice(["<", ">", "&", "</row>", "<c>", '"', "&#0;", "<!DOCTYPE x>"])
        + xml[at:]
    )


def hostile_xlsx(rng: random.Random) -> bytes:
    kind = rng.random()
    if kind < 0.05:
        return b"PK\x03\x04" + bytes(rng.randrange(256) for _ in range(rng.randint(0, 2000)))
    wild = rng.random() < 0.4
    sheet = _sheet(rng, wild)
    if wild:
        sheet = _mutate_xml(rng, sheet)
    shared = _shared(rng)
    styles = xp.DATE_STYLES if rng.random() < 0.4 else None
    sheets = rng.choice([1] * 12 + [2, 3, 60])
    data = xp.build(sheet, shared, sheets=sheets, styles=styles)
    if kind < 0.15:
        buf = bytearray(data)
        for _ in range(rng.randint(1, 6)):
            at = rng.randrange(len(buf))
            buf[at] = rng.randrange(256)
        data = bytes(buf)
    elif kind < 0.2:
        data = data[: rng.randrange(len(data))]
    elif kind < 0.25:
        data = _bomb(rng)
    return data


def _bomb(rng: random.Random) -> bytes:
    """A part that unpacks to far more than the file's size."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/worksheets/sheet1.xml", b" " * 65 * 1024 * 1024)
    return out.getvalue()
