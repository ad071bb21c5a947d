"""概览: who is in the household, their schemes and regions, and what to do next."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from yibao.domain.people import Member, Relation, Scheme, age_on
from yibao.ui.context import AppContext
from yibao.ui.i18n import dtr
from yibao.ui.pages.base import Page
from yibao.ui.widgets.basics import clear_layout
from yibao.ui.widgets.bindings_block import BindingsOverviewBlock
from yibao.ui.widgets.deadlines_block import DeadlinesBlock
from yibao.ui.widgets.history_overview import HistorySection

if TYPE_CHECKING:
    from yibao.domain.proxy_payment import CollectionPeriod
    from yibao.services.database import Database


def _insured(member: Member) -> bool:
    return member.scheme is not Scheme.NONE and member.enrolled


@dataclass(frozen=True)
class _Household:
    members: list[Member]
    # the next 集中缴费期 by region, for the members not insured
    periods: dict[str | None, CollectionPeriod | None] = field(default_factory=dict)


class OverviewPage(Page):
    page_name = "overview"

    def title(self) -> str:
        return self.tr("概览")

    def hint(self) -> str:
        return self.tr("全家人的参保情况一目了然；需要注意的事项排在最前面。")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        scroll = QScrollArea(self)
        scroll.setObjectName("overview_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget(scroll)
        self.column = QVBoxLayout(inner)
        self.column.setContentsMargins(0, 0, 8, 0)
        self.column.setSpacing(12)
        scroll.setWidget(inner)
        self.body.addWidget(scroll, 1)

        self.notices = QVBoxLayout()
        self.column.addLayout(self.notices)
        # 缴费记录: warnings on top, figures and charts below (ui/widgets/history_overview.py)
        self.history_section = HistorySection(ctx, inner)
        self.history_section.goto_history.clicked.connect(lambda: self.navigate.emit("history"))
        self.column.addWidget(self.history_section.warnings)
        self._build_deadlines_block(inner)
        # 家庭共济: auto-dissolution notices and bindings in force (ui/widgets/bindings_block.py)
        self.bindings_block = BindingsOverviewBlock(ctx, inner, navigate=self.navigate.emit)
        self.column.addWidget(self.bindings_block)
        members_title = QLabel(self.tr("家庭成员"), inner)
        members_title.setProperty("role", "sectionTitle")
        self.column.addWidget(members_title)
        self.cards = QGridLayout()
        self.cards.setSpacing(12)
        self.column.addLayout(self.cards)
        self.column.addWidget(self.history_section)
        next_title = QLabel(self.tr("接下来可以做"), inner)
        next_title.setProperty("role", "sectionTitle")
        self.column.addWidget(next_title)
        self.action_list = QVBoxLayout()
        self.column.addLayout(self.action_list)
        self.column.addStretch(1)
        self.loading = QLabel(self.tr("正在打开数据…"), inner)
        self.loading.setProperty("role", "hint")
        self.cards.addWidget(self.loading, 0, 0)
        ctx.household_changed.connect(self.refresh)

    def refresh(self) -> None:
        if not self.ctx.is_ready:
            return
        self._refresh_deadlines()
        self.bindings_block.refresh()
        self.history_section.refresh()

        today = date.today()

        def work(db: Database) -> _Household:
            from yibao.services import household
            from yibao.services.policy import next_collection_period

            members = household.list_members(db)
            periods = {
                m.region_code: next_collection_period(db, m.region_code, today)
                for m in members
                if not _insured(m)
            }
            return _Household(members, periods)

        self.ctx.call(work, self._show)

    # -- rendering ------------------------------------------------------------------------
    def _show(self, loaded: _Household) -> None:
        clear_layout(self.cards)
        clear_layout(self.notices)
        clear_layout(self.action_list)
        today = date.today()
        members = loaded.members
        notices = self._notices(loaded)
        for text in notices:
            label = QLabel(text)
            label.setProperty("role", "warning")
            label.setWordWrap(True)
            self.notices.addWidget(label)
        if not members:
            empty = QLabel(self.tr("还没有设置个人信息。"))
            empty.setProperty("role", "hint")
            self.cards.addWidget(empty, 0, 0)
        for i, member in enumerate(members):
            self.cards.addWidget(self._card(member, today), i // 2, i % 2)
        self.cards.setColumnStretch(0, 1)
        self.cards.setColumnStretch(1, 1)
        if not any(m.relation is Relation.SELF for m in members):
            self._add_action(
                self.tr("设置个人信息"),
                self.tr("告诉我您的参保类型和参保地，之后的政策和清单都按您所在地来。"),
                "",
                self.setup_profile,
            )
        from yibao.ui import registry

        for entry in registry.WIZARDS:
            self._add_action(
                entry.title(),
                entry.description(),
                entry.name,
                lambda _c=False, name=entry.name: self.start_wizard.emit(name),
                button=self.tr("开始"),
            )
        self._add_action(
            self.tr("添加家庭成员"),
            self.tr("把父母、配偶、子女加进来，之后办理家庭共济和代缴时可以直接选择。"),
            "family",
        )
        self._add_action(
            self.tr("查看政策参数"),
            self.tr("看看您所在地的缴费标准、个人账户划入、异地就医等规定，以及每个数字的出处。"),
            "policy",
        )
        self._add_action(
            self.tr("备份数据"),
            self.tr("换电脑或重装系统前，先在设置里做一次备份。"),
            "settings",
        )

    def _notices(self, loaded: _Household) -> list[str]:
        out: list[str] = []
        for m in loaded.members:
            if not _insured(m):
                out.append(self._not_insured(m, loaded.periods.get(m.region_code)))
            elif m.region_code is None:
                out.append(
                    self.tr("请为{name}补充参保地，否则无法查到当地政策。").format(name=m.name)
                )
        return out

    def _not_insured(self, m: Member, period: CollectionPeriod | None) -> str:
        """Not insured: when the next 集中缴费期 is, from the book (with its basis)."""
        from yibao.ui.widgets.findings import basis_tag  # not before the first paint

        if period is None:
            return self.tr(
                "{name}目前没有参保。居民医保在当地公布的集中缴费期内缴费，"
                "断缴后再参保需要等待一段时间才能报销。"
            ).format(name=m.name)
        if period.estimated:
            text = self.tr(
                "{name}目前没有参保。居民医保的集中缴费期通常是 {start} 至 {end}〔{tag}〕，"
                "以当地公布为准；断缴后再参保需要等待一段时间才能报销。"
            )
        else:
            text = self.tr(
                "{name}目前没有参保。{region}居民医保的集中缴费期是 {start} 至 {end}〔{tag}〕，"
                "断缴后再参保需要等待一段时间才能报销。"
            )
        basis = period.basis
        return text.format(
            name=m.name,
            region=basis.region_name if basis is not None else "",
            start=period.start.isoformat(),
            end=period.end.isoformat(),
            tag=basis_tag(basis) if basis is not None else "",
        )

    def _card(self, m: Member, today: date) -> QFrame:
        card = QFrame()
        card.setProperty("role", "card")
        card.setObjectName(f"member_card_{m.id}")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(14, 12, 14, 12)
        head = QHBoxLayout()
        name = QLabel(m.name)
        name.setProperty("role", "cardTitle")
        head.addWidget(name)
        relation = QLabel(dtr(m.relation.label))
        relation.setProperty("role", "badge")
        head.addWidget(relation)
        head.addStretch(1)
        status = QLabel(self.tr("正常参保") if m.enrolled else self.tr("未参保"))
        status.setProperty("role", "badge" if m.enrolled else "badgeWarn")
        head.addWidget(status)
        layout.addLayout(head)
        from yibao.domain.regions import region_book  # loaded by the op thread at start-up

        age = age_on(m.birth_date, today)
        lines = [
            dtr(m.scheme.label),
            region_book().full_name(m.region_code) if m.region_code else self.tr("参保地未填写"),
        ]
        if age is not None:
            lines.append(self.tr("{age} 岁").format(age=age))
        if m.scheme.has_personal_account:
            lines.append(self.tr("有个人账户，可为近亲属家庭共济"))
        elif m.scheme is Scheme.FLEXIBLE_POOLING:
            lines.append(self.tr("单建统筹，没有个人账户"))
        detail = QLabel(" · ".join(lines))
        detail.setWordWrap(True)
        detail.setProperty("role", "hint")
        layout.addWidget(detail)
        if m.relation is Relation.SELF:
            detail.setToolTip(self.tr("这是您本人"))
        return card

    def setup_profile(self) -> None:
        window = self.window()
        run = getattr(window, "run_first_run_wizard", None)
        if callable(run):
            run()

    def _add_action(
        self,
        title: str,
        text: str,
        target: str,
        on_click: Callable[..., None] | None = None,
        *,
        button: str | None = None,
    ) -> None:
        row = QFrame()
        row.setProperty("role", "card")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(14, 10, 14, 10)
        texts = QVBoxLayout()
        t = QLabel(title)
        t.setProperty("role", "cardTitle")
        d = QLabel(text)
        d.setWordWrap(True)
        d.setProperty("role", "hint")
        texts.addWidget(t)
        texts.addWidget(d)
        layout.addLayout(texts, 1)
        go = QPushButton(button or self.tr("前往"))
        go.setObjectName(f"goto_{target or 'profile'}")
        go.setCursor(Qt.CursorShape.PointingHandCursor)
        if on_click is not None:
            go.clicked.connect(on_click)
        else:
            go.clicked.connect(lambda: self.navigate.emit(target))
        layout.addWidget(go)
        self.action_list.addWidget(row)

    # -- 近期期限 (every deadline of the household; ui/widgets/deadlines_block.py) ---------
    def _build_deadlines_block(self, parent: QWidget) -> None:
        self.deadlines_block = DeadlinesBlock(
            self.ctx,
            parent,
            navigate=self.navigate.emit,
            start_wizard=self.start_wizard.emit,
            open_case=self.open_case,
        )
        self.column.addWidget(self.deadlines_block)
        self.ctx.cases_changed.connect(lambda _id: self._refresh_deadlines())
        self.ctx.prefs_changed.connect(self._refresh_deadlines)
        self.ctx.policy_changed.connect(self._refresh_deadlines)

    def _refresh_deadlines(self) -> None:
        self.deadlines_block.refresh()

    def open_case(self, case_id: int) -> None:
        """Show the case in 我的事项 (the main window builds the page on first use)."""
        self.navigate.emit("cases")
        page = getattr(self.window(), "page", None)
        if callable(page):
            cases_page = page("cases")
            opener = getattr(cases_page, "open_case", None)
            if callable(opener):
                opener(case_id)
