"""Charts for the overview: contributions per year, and the account balance with its projection.

Drawn with pyqtgraph (Qt Charts is deprecated since Qt 6.10), which is imported only when a
chart is first shown, so first paint never waits for it (or for numpy).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

AXIS_COLOR = "#4a5561"
PERSONAL_COLOR = "#1b6fa8"
EMPLOYER_COLOR = "#8fc0e3"
BALANCE_COLOR = "#1b6fa8"
PROJECTION_COLOR = "#c77700"


@dataclass(frozen=True)
class YearBar:
    year: int
    personal: Decimal
    employer: Decimal


@dataclass(frozen=True)
class BalanceSeries:
    #: (month index since year 0, balance) – past and projected points
    past: Sequence[tuple[int, Decimal]]
    projected: Sequence[tuple[int, Decimal]]


class _LazyChart(QWidget):
    """A frame whose pyqtgraph plot is built on first show."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(220)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(title, self)
        self.title.setProperty("role", "sectionTitle")
        self._layout.addWidget(self.title)
        # literal context: self.tr() here would look under the subclass name at run time
        self.empty = QLabel(QCoreApplication.translate("_LazyChart", "还没有数据"), self)
        self.empty.setProperty("role", "hint")
        self._layout.addWidget(self.empty)
        self.plot: Any = None
        self._data: Any = None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.plot is None and self._data is not None:
            self._build()
            self._draw()

    def _build(self) -> None:
        import pyqtgraph as pg  # type: ignore[import-untyped]

        pg.setConfigOptions(antialias=True, background="w", foreground=AXIS_COLOR)
        self.plot = pg.PlotWidget(self)
        self.plot.setObjectName(f"{self.objectName()}_plot")
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        self._layout.addWidget(self.plot, 1)

    def set_data(self, data: Any) -> None:
        self._data = data
        self.empty.setVisible(not data)
        if self.plot is None and data and self.isVisible():
            self._build()
        if self.plot is not None:
            self.plot.setVisible(bool(data))
            self._draw()

    @property
    def built(self) -> bool:
        return self.plot is not None

    def _draw(self) -> None:
        raise NotImplementedError


class YearlyChart(_LazyChart):
    """Stacked bars: personal and employer contributions per year."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("yearly_chart")
        self.title.setText(self.tr("每年缴费（元；深蓝为个人，浅蓝为单位）"))

    def _draw(self) -> None:
        import pyqtgraph as pg

        bars: Sequence[YearBar] = self._data or ()
        self.plot.clear()
        if not bars:
            return
        years = [b.year for b in bars]
        personal = [float(b.personal) for b in bars]
        employer = [float(b.employer) for b in bars]
        self.plot.addItem(
            pg.BarGraphItem(x=years, height=personal, width=0.6, brush=PERSONAL_COLOR, pen=None)
        )
        self.plot.addItem(
            pg.BarGraphItem(
                x=years, y0=personal, height=employer, width=0.6, brush=EMPLOYER_COLOR, pen=None
            )
        )
        axis = self.plot.getAxis("bottom")
        step = max(1, len(years) // 10)
        axis.setTicks([[(y, str(y)) for y in years[::step]]])
        self.plot.setXRange(min(years) - 0.7, max(years) + 0.7, padding=0)


class BalanceChart(_LazyChart):
    """The account balance month by month, and the next 12 months projected (dashed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("balance_chart")
        self.title.setText(self.tr("个人账户余额（元，虚线为预测）"))

    def _draw(self) -> None:
        import pyqtgraph as pg
        from PySide6.QtCore import Qt

        series: BalanceSeries | None = self._data
        self.plot.clear()
        if not series or not series.past:
            return
        xs = [i / 12 for i, _ in series.past]
        ys = [float(v) for _, v in series.past]
        self.plot.plot(xs, ys, pen=pg.mkPen(BALANCE_COLOR, width=2))
        if series.projected:
            px = [xs[-1]] + [i / 12 for i, _ in series.projected]
            py = [ys[-1]] + [float(v) for _, v in series.projected]
            self.plot.plot(
                px, py, pen=pg.mkPen(PROJECTION_COLOR, width=2, style=Qt.PenStyle.DashLine)
            )
        first, last = int(xs[0]), int((px if series.projected else xs)[-1]) + 1
        step = max(1, (last - first) // 8)
        self.plot.getAxis("bottom").setTicks(
            [[(float(y), str(y)) for y in range(first, last + 1, step)]]
        )
