"""Province → insured-region (统筹区) picker with GB/T 2260 codes, incl. 直辖市 and 省直辖县级."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from yibao.domain.regions import region_book


class RegionPicker(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, name: str = "region_code") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.province = QComboBox(self)
        self.province.setObjectName(f"{name}_province")
        self.province.setAccessibleName(self.tr("省份"))
        self.city = QComboBox(self)
        self.city.setObjectName(f"{name}_city")
        self.city.setAccessibleName(self.tr("参保地（市）"))
        self.province.setMinimumContentsLength(8)
        self.city.setMinimumContentsLength(10)
        layout.addWidget(self.province, 1)
        layout.addWidget(self.city, 1)
        self.province.addItem(self.tr("请选择省份"), None)
        for region in region_book().provinces():
            self.province.addItem(region.name, region.code[:2])
        self.province.currentIndexChanged.connect(self._fill_cities)
        self.city.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self._fill_cities()

    def _fill_cities(self) -> None:
        self.city.blockSignals(True)
        self.city.clear()
        prefix = self.province.currentData()
        if prefix is None:
            self.city.addItem(self.tr("请先选择省份"), None)
            self.city.setEnabled(False)
        else:
            regions = region_book().pooling_regions(prefix)
            if len(regions) != 1:
                self.city.addItem(self.tr("请选择城市"), None)
            for region in regions:
                self.city.addItem(region.name, region.code)
            self.city.setEnabled(True)
        self.city.blockSignals(False)
        self.changed.emit()

    def code(self) -> str | None:
        data = self.city.currentData()
        return str(data) if data else None

    def set_code(self, code: str | None) -> None:
        book = region_book()
        if not code:
            self.province.setCurrentIndex(0)
            return
        pooling = book.pooling_region_of(code)
        target = pooling.code if pooling else code
        idx = self.province.findData(target[:2])
        self.province.setCurrentIndex(max(idx, 0))
        city_idx = self.city.findData(target)
        if city_idx >= 0:
            self.city.setCurrentIndex(city_idx)
