"""Checks every free-text field shares (names, notes), whether typed or imported.

A *lone surrogate* is half of a character: a Qt text field or a clipboard can hand one over
when a rare character (生僻字) or an emoji was cut in two. It cannot be written as UTF-8, so
saving it would fail; it is refused at the field instead.
"""

from __future__ import annotations

from yibao.domain.i18n import QT_TRANSLATE_NOOP

MSG_BROKEN_CHARACTER = QT_TRANSLATE_NOOP(
    "domain",
    "这里有一个残缺的字符（常见于复制粘贴生僻字或表情符号时只粘贴了一半），无法保存。"
    "请删掉它后重新输入",
)


def has_broken_character(text: str) -> bool:
    """True when *text* holds a lone surrogate (U+D800–U+DFFF), which cannot be saved."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False
