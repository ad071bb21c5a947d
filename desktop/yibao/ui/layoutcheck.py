"""Finding text a person can't read whole: clipped labels and buttons, sideways scrolling.

Used by the layout tests and by ``packaging/screenshots.py`` on every page and wizard page,
in normal and 大字 mode, at 1024×700 and larger. A finding names the widget and its text, so a
failing test says what to fix.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

#: a pixel or two of rounding is not clipping
_SLACK = 2


@dataclass(frozen=True)
class LayoutProblem:
    widget: str
    text: str
    problem: str

    def __str__(self) -> str:
        return f"{self.widget}: {self.problem} – {self.text[:40]!r}"


def widget_path(widget: QWidget) -> str:
    """``dialog/page/field``: a widget's object names (or class names) from the top."""
    names: list[str] = []
    current: QWidget | None = widget
    while current is not None and len(names) < 4:
        names.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return "/".join(reversed(names))


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.width() > 0 and widget.height() > 0


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text.strip() or label.textFormat() == Qt.TextFormat.RichText:
        return None
    if label.pixmap() is not None and not label.pixmap().isNull():
        return None
    if label.wordWrap():
        if label.hasHeightForWidth():
            needed = label.heightForWidth(label.width())
            if needed > label.height() + _SLACK:
                return f"needs {needed}px height, has {label.height()}"
        return None
    widest = max(label.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
    if widest > label.contentsRect().width() + _SLACK:
        return f"needs {widest}px width, has {label.contentsRect().width()}"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    text = _plain(button.text())
    if not text.strip():
        return None
    width = button.fontMetrics().horizontalAdvance(text)
    if isinstance(button, QCheckBox | QRadioButton):
        option = QStyleOptionButton()
        option.initFrom(button)
        indicator = button.style().pixelMetric(
            QStyle.PixelMetric.PM_IndicatorWidth
            if isinstance(button, QCheckBox)
            else QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
            option,
            button,
        )
        width += indicator + 4
    elif isinstance(button, QPushButton):
        width += 8
    if width > button.width() + _SLACK:
        return f"needs {width}px width, has {button.width()}"
    return None


def _header_problems(header: QHeaderView) -> list[LayoutProblem]:
    model = header.model()
    if model is None or (header.stretchLastSection() and header.count() == 1):
        return []
    font = QFont(header.font())
    font.setWeight(QFont.Weight.DemiBold)  # the style sheet's header weight
    metrics = QFontMetrics(font)
    found = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        title = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        needed = metrics.horizontalAdvance(title) + 12  # the style sheet's padding
        if title and needed > header.sectionSize(section) + _SLACK:
            found.append(
                LayoutProblem(
                    widget_path(header),
                    title,
                    f"column title needs {needed}px, has {header.sectionSize(section)}",
                )
            )
    return found


def find_problems(root: QWidget) -> list[LayoutProblem]:
    """Clipped label, button and column-title text, and sideways scrolling, inside ``root``."""
    problems: list[LayoutProblem] = []
    for label in root.findChildren(QLabel):
        if not _shown(label, root):
            continue
        problem = _label_problem(label)
        if problem:
            problems.append(LayoutProblem(widget_path(label), label.text(), problem))
    for button in root.findChildren(QAbstractButton):
        if not _shown(button, root) or button.parentWidget() is None:
            continue
        problem = _button_problem(button)
        if problem:
            problems.append(LayoutProblem(widget_path(button), button.text(), problem))
    for header in root.findChildren(QHeaderView):
        if not _shown(header, root) or header.orientation() != Qt.Orientation.Horizontal:
            continue
        problems.extend(_header_problems(header))
    for area in root.findChildren(QAbstractScrollArea):
        if not _shown(area, root) or not isinstance(area, QScrollArea):
            continue
        bar = area.horizontalScrollBar()
        if bar.maximum() > 0:
            problems.append(
                LayoutProblem(widget_path(area), "", f"scrolls sideways by {bar.maximum()}px")
            )
    return problems
