"""Finding Chinese text on a screen shown in English (issue 17: English that works end to end).

A text on a shown widget is *English* when every run of Chinese characters in it is one the
reader needs at the counter or in an app, kept on purpose beside the English:

- inside brackets or quotes — ``family mutual aid (家庭共济)``, ``《国办发〔2024〕38号》``,
  ``“医保钱包”``;
- a document number (文号) as written, ``国办发〔2024〕38号``;
- user data: the names of the household's members and regions the caller passes in
  (``allowed``), e.g. the demo household's 李娜 and 成都市.

Anything else — a Chinese label, a Chinese sentence, a Chinese policy parameter — is reported
with the widget's name, so a failing check says what to translate.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabWidget,
    QTextBrowser,
    QWidget,
)

from yibao.ui.layoutcheck import widget_path as _name

#: a run of CJK ideographs (with the CJK punctuation that sits inside Chinese text)
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff5e]+")
_HAS_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
#: bracketed or quoted spans, Chinese ones included; nested once
_KEPT = re.compile(
    r"\([^()]*(?:\([^()]*\)[^()]*)*\)|（[^（）]*）|《[^《》]*》|〔[^〔〕]*〕|“[^“”]*”|「[^「」]*」|\"[^\"]*\""
)
#: a document number (文号) as written on the document: 国办发〔2024〕38号, 鲁医保发〔2021〕54号
_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,12}〔\d{4}〕\d+号")
_TAGS = re.compile(r"<[^>]+>")
#: a cell of a table or a list: how many rows of a view are looked at
_MAX_ROWS = 200


@dataclass(frozen=True)
class ChineseText:
    widget: str
    text: str
    chinese: str

    def __str__(self) -> str:
        return f"{self.widget}: {self.chinese!r} in {self.text[:60]!r}"


#: Chinese that stays Chinese on an English screen by design: the name of the Chinese language
#: in the language list (each language is named in itself)
KEPT_ON_PURPOSE = ("简体中文",)


def place_names() -> tuple[str, ...]:
    """Every place of the region book, short and full (成都市, 四川省 成都市): user data an
    English screen may show, for *allowed*."""
    from yibao.domain.regions import region_book

    book = region_book()
    return tuple(name for r in book.all() for name in (r.name, book.full_name(r.code)))


def stray_chinese(text: str, allowed: Iterable[str] = ()) -> str:
    """The Chinese in *text* that is neither bracketed/quoted nor allowed user data ("" if none)."""
    plain = _TAGS.sub(" ", text)
    for word in sorted((*allowed, *KEPT_ON_PURPOSE), key=len, reverse=True):
        if word:
            plain = plain.replace(word, " ")
    plain = _DOC_NUMBER.sub(" ", plain)
    plain = _KEPT.sub(" ", plain)
    runs = [run for run in _CJK_RUN.findall(plain) if _HAS_CJK.search(run)]
    return " ".join(runs)


def _texts(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel):
        return [widget.text()]
    if isinstance(widget, QAbstractButton):
        return [widget.text(), widget.toolTip()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QTabWidget):
        return [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QComboBox):
        return [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QLineEdit):
        # what the user typed is their data; a read-only field shows the app's text
        return [widget.placeholderText(), widget.text() if widget.isReadOnly() else ""]
    if isinstance(widget, QTextBrowser):
        return [widget.toPlainText()]
    if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
        return _view_texts(widget)  # a header's titles are read with its view
    return []


def _view_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    root = QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list model keeps columnCount private: one column
        columns = 1
    out = [
        str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        for section in range(columns)
    ]
    for row in range(min(model.rowCount(root), _MAX_ROWS)):
        for column in range(columns):
            value = model.data(model.index(row, column, QModelIndex()))
            if isinstance(value, str):
                out.append(value)
    return out


def find_chinese(root: QWidget, allowed: Iterable[str] = ()) -> list[ChineseText]:
    """Stray Chinese on the widgets shown inside *root* (and *root*'s window title)."""
    kept = tuple(allowed)
    found: list[ChineseText] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        texts = _texts(widget)
        if widget is root or widget.isWindow():
            texts.append(widget.windowTitle())
        for text in texts:
            chinese = stray_chinese(text, kept) if text else ""
            if chinese:
                found.append(ChineseText(_name(widget), text, chinese))
    return found
