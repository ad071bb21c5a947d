"""The overview's 家庭共济 block: automatic-dissolution notices first, then the bindings in
force (已办理 / 计划中), with a link to the family page. Hidden while there is nothing to say.

``refresh()`` calls ``services.bindings.bindings_overview`` (which runs
``reconcile_bindings``) on the op thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from yibao.domain.bindings import BindingStatus
from yibao.ui.context import AppContext
from yibao.ui.i18n import dtr
from yibao.ui.widgets.basics import clear_layout

if TYPE_CHECKING:
    from yibao.services.bindings import BindingsOverview
    from yibao.services.database import Database


class BindingsOverviewBlock(QWidget):
    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        navigate: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bindings_block")
        self.ctx = ctx
        self.today: Callable[[], date] = date.today
        self._navigate = navigate
        self.overview: BindingsOverview | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.title = QLabel(self.tr("家庭共济"), self)
        self.title.setObjectName("bindings_title")
        self.title.setProperty("role", "sectionTitle")
        layout.addWidget(self.title)
        self.notice_list = QVBoxLayout()
        layout.addLayout(self.notice_list)
        self.card = QFrame(self)
        self.card.setProperty("role", "card")
        card_layout = QHBoxLayout(self.card)
        card_layout.setContentsMargins(14, 10, 14, 10)
        self.lines = QLabel(self.card)
        self.lines.setObjectName("bindings_lines")
        self.lines.setWordWrap(True)
        self.lines.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        card_layout.addWidget(self.lines, 1)
        self.go = QPushButton(self.tr("查看"), self.card)
        self.go.setObjectName("goto_bindings")
        self.go.setCursor(Qt.CursorShape.PointingHandCursor)
        self.go.clicked.connect(self._open_family)
        card_layout.addWidget(self.go, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.card)
        self.hide()

    def _open_family(self) -> None:
        if self._navigate is not None:
            self._navigate("family")

    def refresh(self) -> None:
        if not self.ctx.is_ready:
            return
        today = self.today()

        def work(db: Database) -> BindingsOverview:
            from yibao.services import bindings

            return bindings.bindings_overview(db, today)

        self.ctx.call(work, self._show)

    def _show(self, overview: BindingsOverview) -> None:
        self.overview = overview
        clear_layout(self.notice_list)
        for notice in overview.notices:
            label = QLabel(dtr(notice.template, notice.params), self)
            label.setObjectName(f"binding_notice_{notice.binding_id}")
            label.setProperty("role", "warning")
            label.setProperty("noticeKind", notice.kind.value)
            label.setWordWrap(True)
            self.notice_list.addWidget(label)
        lines = []
        for r in overview.in_force:
            b = r.binding
            since = (
                self.tr("，自 {date} 起").format(date=b.start_date.isoformat())
                if b.start_date and b.status is BindingStatus.ACTIVE
                else ""
            )
            lines.append(
                self.tr("{giver} → {relative}：{status}{since}").format(
                    giver=r.giver.name,
                    relative=r.relative.name,
                    status=dtr(b.status.label),
                    since=since,
                )
            )
        self.lines.setText("\n".join(lines))
        self.card.setVisible(bool(lines))
        self.setVisible(bool(lines) or bool(overview.notices))
