"""Page 1: which situation (scenario) the money question is about."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from yibao.domain.refund import (
    Scenario,
)
from yibao.ui.i18n import dtr
from yibao.ui.widgets.basics import label as _label
from yibao.ui.widgets.scroll import scrolled

if TYPE_CHECKING:
    from yibao.ui.wizards.refund.wizard import RefundWizard


class ScenarioPage(QWizardPage):
    def __init__(self, wizard: RefundWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("scenarioPage")
        self.wiz = wizard
        self.setTitle(self.tr("您遇到的是哪种情况？"))
        self.setSubTitle(
            self.tr(
                "职工医保个人账户里的钱一般不能直接取现。下面这些情况可以一次性领取、继承或退费。"
            )
        )
        inner = QWidget(self)
        inner.setObjectName("scenario")
        inner.setAccessibleName(self.tr("情况"))
        box = QVBoxLayout(inner)
        box.setSpacing(2)
        self.group = QButtonGroup(self)
        self.buttons: dict[Scenario, QRadioButton] = {}
        for index, scenario in enumerate(Scenario):
            button = QRadioButton(dtr(scenario.label), inner)
            button.setObjectName(f"scenario_{scenario.value}")
            button.setAccessibleName(dtr(scenario.label))
            self.group.addButton(button, index)
            self.buttons[scenario] = button
            box.addWidget(button)
            hint = _label(dtr(scenario.description), inner, "hint")
            hint.setContentsMargins(24, 0, 0, 6)
            box.addWidget(hint)
        box.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolled(inner, self))
        self.group.idToggled.connect(lambda _i, _c: self.completeChanged.emit())

    def scenario(self) -> Scenario | None:
        index = self.group.checkedId()
        return list(Scenario)[index] if index >= 0 else None

    def set_scenario(self, scenario: Scenario) -> None:
        self.buttons[scenario].setChecked(True)

    def isComplete(self) -> bool:
        return self.scenario() is not None
