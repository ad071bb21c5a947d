"""政策参数: browse the policy book for a region and date; set or revert local values."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
)

from yibao.domain.kernel import Basis
from yibao.domain.policy import (
    Resolved,
    region_code_of_key,
    region_keys_for,
    resolved_staleness,
    start_known,
)
from yibao.domain.regions import region_book
from yibao.services.policy import unit_text, value_text
from yibao.ui.context import AppContext
from yibao.ui.dialogs import confirm as confirm_mod
from yibao.ui.dialogs.override_dialog import OverrideDialog
from yibao.ui.i18n import dtr
from yibao.ui.models.proxy import sorting_proxy
from yibao.ui.models.table import Column, RowTableModel
from yibao.ui.pages.base import Page
from yibao.ui.widgets.basics import date_edit, from_qdate, html_escape, row_table
from yibao.ui.widgets.findings import (
    DOUBT,
    basis_tag,
    confidence_text,
    mark_stale,
    stale_text,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from yibao.domain.policy import PolicyBook
    from yibao.services.database import Database

NATIONAL = "national"


def _after_colon(label: str) -> str:
    """A label ending in an ASCII colon (English) needs a space before what follows; the
    full-width ``：`` carries its own."""
    return label + " " if label.endswith(":") else label


#: the category entry that lists every 本地修改 (any region, any date)
LOCAL_VALUES = "__local_values__"


class PolicyPage(Page):
    page_name = "policy"

    def title(self) -> str:
        return self.tr("政策参数")

    def hint(self) -> str:
        return self.tr(
            "软件里用到的每个数字都在这里，并注明出处和可信程度。各地政策会调整，"
            "如与当地医保部门公布的不同，以当地为准，您也可以改成当地的数值（本地修改）。"
        )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._book: PolicyBook | None = None
        self._my_region: str | None = None
        #: the day 待核验 is judged on (tests set it)
        self.today = date.today()
        #: what the table shows: "date" (in force on the day), "search" (any date), "local"
        self.mode = "date"
        controls = QHBoxLayout()
        self.region = QComboBox(self)
        self.region.setObjectName("policy_region")
        self.region.setAccessibleName(self.tr("地区"))
        self.region.setMinimumContentsLength(14)
        self.at = date_edit(self, "policy_date", self.tr("查看日期"))
        self.category = QComboBox(self)
        self.category.setObjectName("policy_category")
        self.category.setAccessibleName(self.tr("类别"))
        self.search = QLineEdit(self)
        self.search.setObjectName("policy_search")
        self.search.setAccessibleName(self.tr("搜索"))
        self.search.setPlaceholderText(self.tr("搜索参数、数值或来源（所有日期）"))
        self.search.setClearButtonEnabled(True)
        controls.addWidget(QLabel(self.tr("地区："), self))
        controls.addWidget(self.region, 2)
        controls.addWidget(QLabel(self.tr("日期："), self))
        controls.addWidget(self.at)
        controls.addWidget(QLabel(self.tr("类别："), self))
        controls.addWidget(self.category, 1)
        controls.addWidget(self.search, 2)
        self.body.addLayout(controls)

        self.model: RowTableModel[Resolved] = RowTableModel(self._columns(), self)
        self.model.highlight = lambda r: r.overridden
        self.proxy = sorting_proxy(self.model, self)  # type: ignore[arg-type]
        self.table = row_table(
            self,
            "policy_table",
            self.tr("政策参数列表"),
            self.proxy,
            fit_contents=False,
            striped=False,
        )
        self.table.setSortingEnabled(True)
        # the book's own order (category, then catalogue) until the user sorts by a column
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        self.detail = QTextBrowser(self)
        self.detail.setObjectName("policy_detail")
        self.detail.setAccessibleName(self.tr("参数说明与出处"))
        self.detail.setOpenLinks(False)
        self.detail.setOpenExternalLinks(False)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.body.addWidget(splitter, 1)

        buttons = QHBoxLayout()
        self.override_button = QPushButton(self.tr("修改本地值…"), self)
        self.override_button.setObjectName("override")
        self.revert_button = QPushButton(self.tr("恢复原值"), self)
        self.revert_button.setObjectName("revert")
        self.count_label = QLabel(self)
        self.count_label.setProperty("role", "hint")
        buttons.addWidget(self.override_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        self.body.addLayout(buttons)

        self.region.currentIndexChanged.connect(lambda _i: self.refresh())
        self.at.dateChanged.connect(lambda _d: self.refresh())
        self.category.currentIndexChanged.connect(lambda _i: self._category_changed())
        self.search.textChanged.connect(lambda _t: self._search_changed())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_detail())
        self.override_button.clicked.connect(self.override_selected)
        self.revert_button.clicked.connect(self.revert_selected)
        ctx.policy_changed.connect(self.refresh)
        ctx.household_changed.connect(self._fill_regions)
        self._show_detail()

    def _columns(self) -> list[Column[Resolved]]:
        def shown(r: Resolved) -> str:
            text = value_text(r.info, r.value)
            return mark_stale(text) if resolved_staleness(r, self.today) is not None else text

        def confidence(r: Resolved) -> str:
            return basis_tag(Basis.from_resolved(r), self.today, region=False)

        return [
            Column(
                self.tr("类别"),
                lambda r: dtr(r.info.category),
                lambda r: f"{r.info.category}{r.info.key}",
            ),
            Column(
                self.tr("参数"),
                lambda r: dtr(r.info.label),
                tooltip=lambda r: dtr(r.info.description),
            ),
            Column(self.tr("值"), shown, tooltip=shown),
            Column(self.tr("单位"), lambda r: unit_text(r.info.unit)),
            Column(self.tr("适用地区"), lambda r: r.region_name),
            Column(
                self.tr("生效日期"),
                lambda r: (
                    r.effective_from.isoformat()
                    if start_known(r.effective_from)
                    else self.tr("不详")
                ),
                lambda r: r.effective_from.isoformat(),
            ),
            Column(
                self.tr("截止日期"),
                lambda r: r.effective_to.isoformat() if r.effective_to else self.tr("至今"),
            ),
            Column(self.tr("可信度"), confidence),
            Column(
                self.tr("核验日期"),
                lambda r: r.source.checked_on.isoformat() if r.source else "",
            ),
            Column(
                self.tr("来源"),
                lambda r: (
                    (r.override.note or self.tr("用户填写"))
                    if r.overridden and r.override
                    else (r.source.title if r.source else "")
                ),
                tooltip=lambda r: r.source.title if r.source else "",
            ),
        ]

    # -- data -----------------------------------------------------------------------------
    def _on_ready(self) -> None:
        self._fill_regions()
        super()._on_ready()

    def _fill_regions(self) -> None:
        """Household regions first, then national, then every region the book has data for."""
        if self._book is None:
            from yibao.services.policy import policy_book

            self._book = policy_book()
        current = self.region.currentData()
        self.region.blockSignals(True)
        self.region.clear()
        book = region_book()
        seen: set[str] = set()
        profile = self.ctx.profile
        my_region = profile.region_code if profile is not None else None
        if my_region != self._my_region:
            current = my_region  # the user's own region (new or changed) comes first
            self._my_region = my_region
        if profile is not None and profile.region_code:
            self.region.addItem(
                self.tr("我的参保地：{name}").format(name=book.full_name(profile.region_code)),
                profile.region_code,
            )
            seen.add(profile.region_code)
        self.region.addItem(self.tr("全国"), NATIONAL)
        for key, name in self._book.region_keys():
            code = region_code_of_key(key)
            if code is None or code in seen:
                continue
            seen.add(code)
            self.region.addItem(name, code)
        idx = self.region.findData(current) if current is not None else 0
        self.region.setCurrentIndex(max(idx, 0))
        self.region.blockSignals(False)
        self._fill_categories()

    def _fill_categories(self) -> None:
        assert self._book is not None
        current = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("全部"), None)
        for cat in sorted({p.category for p in self._book.parameters()}):
            self.category.addItem(dtr(cat), cat)
        self.category.addItem(self.tr("我的本地修改（所有地区、日期）"), LOCAL_VALUES)
        self.category.setCurrentIndex(max(self.category.findData(current), 0))
        self.category.blockSignals(False)

    def selected_region_code(self) -> str | None:
        data = self.region.currentData()
        return None if data in (None, NATIONAL) else str(data)

    def selected_date(self) -> date:
        return from_qdate(self.at.date())

    def refresh(self) -> None:
        """Rows in force on the day; or, while searching, matches at any date; or, for the
        本地修改 category, every local value the user made."""
        if not self.ctx.is_ready:
            return
        if self.region.count() == 0:
            self._fill_regions()
        code = self.selected_region_code()
        at = self.selected_date()
        text = self.search.text().strip()
        local = self.category.currentData() == LOCAL_VALUES
        mode = "local" if local else "search" if text else "date"

        def work(db: Database) -> list[Resolved]:
            from yibao.services import policy

            if mode == "local":
                return policy.local_value_rows(db)
            if mode == "search":
                return policy.search_policy(db, code, text)
            return policy.policy_rows(db, code, at)

        def answered(rows: list[Resolved]) -> None:
            self.mode = mode
            self._set_rows(rows)

        self.ctx.call(work, answered)

    def _search_changed(self) -> None:
        self._apply_filter()  # at once on what is shown; the any-date answer follows
        self.refresh()

    def _category_changed(self) -> None:
        if (self.category.currentData() == LOCAL_VALUES) != (self.mode == "local"):
            self.refresh()
        else:
            self._apply_filter()

    def _set_rows(self, rows: list[Resolved]) -> None:
        selected = self.selected()
        self.model.set_rows(rows)
        self._apply_filter()
        self.table.resizeColumnsToContents()
        for col, width in ((1, 260), (2, 220), (9, 320)):
            if self.table.columnWidth(col) > width:
                self.table.setColumnWidth(col, width)
        if selected is not None:
            self.select_key(selected.info.key)
        self._show_detail()

    def _apply_filter(self) -> None:
        category = self.category.currentData()
        text = self.search.text().strip().lower()

        def keep(r: Resolved) -> bool:
            if category not in (None, LOCAL_VALUES) and r.info.category != category:
                return False
            if not text:
                return True
            if self.mode == "search":
                return True  # matched by value or name at any date (numbers inside tables too)
            hay = " ".join(
                (
                    dtr(r.info.label),
                    r.info.key,
                    value_text(r.info, r.value),
                    r.region_name,
                    r.source.title if r.source else "",
                    r.source.doc_number or "" if r.source else "",
                    r.override.note if r.override else "",
                )
            ).lower()
            return text in hay

        for row in range(self.model.rowCount()):
            hide = not keep(self.model.row_at(row))
            self.table.setRowHidden(self.proxy.mapFromSource(self.model.index(row, 0)).row(), hide)
        visible = sum(1 for row in range(self.proxy.rowCount()) if not self.table.isRowHidden(row))
        if self.mode == "search" and text:
            self.count_label.setText(self.tr("所有日期共 {n} 项").format(n=visible))
        else:
            self.count_label.setText(self.tr("共 {n} 项").format(n=visible))
        if self.mode == "search" and text:
            self.count_label.setToolTip(self.tr("搜索的是所有日期的数值，不只是所选日期的。"))
        else:
            self.count_label.setToolTip("")

    # -- selection ------------------------------------------------------------------------
    def selected(self) -> Resolved | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        source: QModelIndex = self.proxy.mapToSource(rows[0])
        return self.model.row_at(source.row())

    def select_key(self, key: str) -> bool:
        for row, r in enumerate(self.model.rows()):
            if r.info.key == key:
                self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
                return True
        return False

    def _show_detail(self) -> None:
        r = self.selected()
        self.override_button.setEnabled(r is not None and self.ctx.is_ready)
        self.revert_button.setEnabled(r is not None and r.overridden)
        if r is None:
            self.detail.setHtml(
                "<p style='color:#5b6773'>"
                + html_escape(self.tr("选择一行查看说明、出处和可信程度。"))
                + "</p>"
            )
            return
        e = html_escape
        parts = [
            f"<h3>{e(dtr(r.info.label))}</h3>",
            f"<p>{e(dtr(r.info.description))}</p>",
            "<p><b>{}</b>{}</p>".format(
                e(_after_colon(self.tr("值："))),
                e(f"{value_text(r.info, r.value)} {unit_text(r.info.unit)}".strip()),
            ),
        ]
        stale = resolved_staleness(r, self.today)
        if stale is not None:
            parts.append(f"<p style='color:{DOUBT}'><b>{e(stale_text(stale))}</b></p>")
        if r.overridden and r.override is not None:
            original = value_text(r.info, r.file_value.value) if r.file_value else self.tr("（无）")
            parts.append(
                "<p style='color:#8a5300'><b>{}</b>{}</p>".format(
                    e(_after_colon(self.tr("本地修改："))),
                    e(
                        self.tr("自 {d} 起由您设定。软件内置的值为 {orig}。备注：{note}").format(
                            d=r.override.effective_from.isoformat(),
                            orig=original,
                            note=r.override.note or "—",
                        )
                    ),
                )
            )
        source = r.source if not r.overridden else (r.file_value.source if r.file_value else None)
        if source is not None:
            rows = [
                (self.tr("来源"), source.title),
                (self.tr("文号"), source.doc_number or "—"),
                (self.tr("发布机构"), source.issuer or "—"),
                (self.tr("发布日期"), source.published.isoformat() if source.published else "—"),
                (self.tr("网址"), source.url or "—"),
                (self.tr("可信度"), confidence_text(source.confidence)),
                (self.tr("核验日期"), source.checked_on.isoformat()),
            ]
            if source.note:
                rows.append((self.tr("说明"), source.note))
            parts.append(
                "<table cellspacing='0' cellpadding='2'>"
                + "".join(
                    f"<tr><td style='color:#5b6773;padding-right:12px'>{e(k)}</td>"
                    f"<td>{e(v)}</td></tr>"
                    for k, v in rows
                )
                + "</table>"
            )
            if not source.confidence.is_official:
                parts.append(
                    "<p style='color:#8a5300'>"
                    + e(self.tr("此数值并非来自官方文件原文，以当地医保部门公布为准。"))
                    + "</p>"
                )
        self.detail.setHtml("".join(parts))

    # -- actions --------------------------------------------------------------------------
    def _target_region(self) -> tuple[str, str]:
        code = self.selected_region_code()
        key = region_keys_for(code)[0]
        name = region_book().full_name(code) if code else self.tr("全国")
        return key, name

    def override_selected(self) -> None:
        r = self.selected()
        if r is None:
            return
        key, name = self._target_region()
        if self.mode == "local":  # a listed local value: change it where it was made
            key, name = r.region_key, r.region_name
        OverrideDialog.ask(self.ctx, r, key, name, self)

    def revert_selected(self) -> None:
        r = self.selected()
        if r is None or r.override is None or r.override.id is None:
            return
        if not confirm_mod.confirm(
            self,
            self.tr("恢复原值"),
            self.tr("删除您对“{label}”的本地修改，恢复软件内置的值？").format(
                label=dtr(r.info.label)
            ),
            yes=self.tr("恢复"),
            no=self.tr("取消"),
        ):
            return
        override_id = r.override.id

        def work(db: Database) -> None:
            from yibao.services import policy

            policy.revert_override(db, override_id)

        self.ctx.call(work, lambda _r: self.ctx.policy_changed.emit())
