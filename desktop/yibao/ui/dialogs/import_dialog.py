"""Import a contribution statement (CSV / XLSX): check everything first, then write it all
in one go.

The dialog reads the file on the op thread, guesses the encoding and the columns (the user
can change both), and lists every problem by row and column before anything is saved. A bad
cell can be corrected right in the preview (then 重新检查) or the row skipped. Months that
are saved already are skipped or replaced, as the user chooses; identical rows change nothing.
Implausible rows are flagged (a warning at the row) but imported. Whatever goes wrong while
reading or checking, the dialog says so and stays usable. 保存模板 writes a CSV to fill in.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from yibao.domain.importers import DELIMITERS, ENCODINGS, Field, Layout, Severity, Table
from yibao.domain.people import Member
from yibao.ui.context import AppContext
from yibao.ui.i18n import dtr
from yibao.ui.widgets.basics import label as _label

if TYPE_CHECKING:
    from yibao.services.database import Database
    from yibao.services.history import ImportPreview, ImportResult

#: data rows shown in the preview besides the rows with a problem
PREVIEW_ROWS = 300
#: rows with a problem shown in the preview, and problems listed (a hostile file can have
#: 100,000 of them; the summary still counts them all)
PREVIEW_PROBLEM_ROWS = 1000
LISTED_PROBLEMS = 2000

_ERROR_COLOR = "#b3261e"
_NOTICE_COLOR = "#8a5300"
_WARNING_CELL = "#fff9c4"


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value)
    return str(value)


class ImportDialog(QDialog):
    progressed = Signal(int, int)

    def __init__(
        self,
        ctx: AppContext,
        members: Sequence[Member],
        member_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("导入缴费记录"))
        self.resize(980, 700)
        self.ctx = ctx
        self.members = [m for m in members if m.id is not None]
        self.path: Path | None = None
        self.table: Table | None = None
        self.layout_: Layout | None = None
        self.preview: ImportPreview | None = None
        self.result_: ImportResult | None = None
        self.busy = False
        self._lines: list[int] = []  # preview row → file line
        self._filling = False

        layout = QVBoxLayout(self)
        intro = _label(
            self.tr(
                "可以导入国家医保服务平台、地方医保 App 或 Excel 里导出的缴费明细（CSV 或 XLSX）。"
                "导入前会逐行检查，有问题的行会列出来，确认后才会保存。"
            ),
            self,
            "hint",
        )
        layout.addWidget(intro)

        top = QFormLayout()
        file_row = QHBoxLayout()
        self.file_label = QLabel(self.tr("还没有选择文件"), self)
        self.file_label.setObjectName("file_label")
        self.choose_button = QPushButton(self.tr("选择文件…"), self)
        self.choose_button.setObjectName("choose_file")
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)
        top.addRow(self.tr("文件："), file_row)
        self.member = QComboBox(self)
        self.member.setObjectName("member_id")
        self.member.setAccessibleName(self.tr("导入给哪位家庭成员"))
        for m in self.members:
            self.member.addItem(m.name, m.id)
        if member_id is not None and self.member.findData(member_id) >= 0:
            self.member.setCurrentIndex(self.member.findData(member_id))
        top.addRow(self.tr("导入给："), self.member)
        self.encoding = QComboBox(self)
        self.encoding.setObjectName("encoding")
        self.encoding.setAccessibleName(self.tr("文件编码"))
        self.encoding.addItem(self.tr("自动识别"), None)
        for codec, label in ENCODINGS:
            self.encoding.addItem(label, codec)
        self.encoding_note = QLabel("", self)
        self.encoding_note.setProperty("role", "hint")
        self.delimiter = QComboBox(self)
        self.delimiter.setObjectName("delimiter")
        self.delimiter.setAccessibleName(self.tr("CSV 文件的分隔符"))
        self.delimiter.addItem(self.tr("自动识别"), None)
        for mark, label in DELIMITERS:
            self.delimiter.addItem(dtr(label), mark)
        enc_row = QHBoxLayout()
        enc_row.addWidget(self.encoding)
        enc_row.addWidget(QLabel(self.tr("分隔符："), self))
        enc_row.addWidget(self.delimiter)
        enc_row.addWidget(self.encoding_note, 1)
        top.addRow(self.tr("编码："), enc_row)
        layout.addLayout(top)

        self.mapping = QTableWidget(0, 2, self)
        self.mapping.setObjectName("mapping")
        self.mapping.setAccessibleName(self.tr("列的对应关系"))
        self.mapping.setHorizontalHeaderLabels([self.tr("文件中的列"), self.tr("对应为")])
        self.mapping.verticalHeader().hide()
        self.mapping.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mapping.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.problems = QTableWidget(0, 3, self)
        self.problems.setObjectName("problems")
        self.problems.setAccessibleName(self.tr("发现的问题"))
        self.problems.setHorizontalHeaderLabels([self.tr("行"), self.tr("列"), self.tr("问题")])
        self.problems.verticalHeader().hide()
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems.setWordWrap(True)

        self.data = QTableWidget(0, 0, self)
        self.data.setObjectName("preview")
        self.data.setAccessibleName(self.tr("文件内容预览（可直接修改有问题的格子）"))
        self.data.setAlternatingRowColors(True)

        upper = QWidget(self)
        upper_layout = QHBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        map_box = QVBoxLayout()
        map_title = QLabel(self.tr("列的对应（认不出的列请手动指定）"), self)
        map_title.setProperty("role", "sectionTitle")
        map_box.addWidget(map_title)
        map_box.addWidget(self.mapping)
        prob_box = QVBoxLayout()
        prob_title = QLabel(self.tr("检查结果"), self)
        prob_title.setProperty("role", "sectionTitle")
        prob_box.addWidget(prob_title)
        prob_box.addWidget(self.problems)
        upper_layout.addLayout(map_box, 2)
        upper_layout.addLayout(prob_box, 3)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(upper)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        data_title = QLabel(
            self.tr("文件内容（黄色是有问题的格子，双击可以直接改，改完点“重新检查”）"), self
        )
        data_title.setProperty("role", "sectionTitle")
        lower_layout.addWidget(data_title)
        lower_layout.addWidget(self.data)
        splitter.addWidget(lower)
        layout.addWidget(splitter, 1)

        self.summary = _label("", self, None, "summary")
        layout.addWidget(self.summary)
        options = QHBoxLayout()
        options.addWidget(QLabel(self.tr("已经有记录的月份："), self))
        self.skip_duplicates = QRadioButton(self.tr("保留原记录（跳过）"), self)
        self.skip_duplicates.setObjectName("skip_duplicates")
        self.replace_duplicates = QRadioButton(self.tr("用文件中的替换"), self)
        self.replace_duplicates.setObjectName("replace_duplicates")
        self.skip_duplicates.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.skip_duplicates)
        group.addButton(self.replace_duplicates)
        options.addWidget(self.skip_duplicates)
        options.addWidget(self.replace_duplicates)
        options.addStretch(1)
        layout.addLayout(options)
        # on a line of its own: in English and 大字 one line was wider than a 1024 screen
        self.skip_bad = QCheckBox(self.tr("跳过有问题的行"), self)
        self.skip_bad.setObjectName("skip_bad_rows")
        layout.addWidget(self.skip_bad)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("progress")
        self.progress.hide()
        layout.addWidget(self.progress)
        buttons = QHBoxLayout()
        self.template_button = QPushButton(self.tr("保存模板…"), self)
        self.template_button.setObjectName("save_template")
        self.template_button.setToolTip(
            self.tr("保存一个 CSV 模板（列名和一行示例），在 Excel 里填好后再导入")
        )
        buttons.addWidget(self.template_button)
        buttons.addStretch(1)
        self.recheck_button = QPushButton(self.tr("重新检查"), self)
        self.recheck_button.setObjectName("recheck")
        self.import_button = QPushButton(self.tr("导入"), self)
        self.import_button.setObjectName("do_import")
        self.import_button.setProperty("role", "primary")
        self.cancel_button = QPushButton(self.tr("取消"), self)
        self.cancel_button.setObjectName("cancel")
        for b in (self.recheck_button, self.import_button, self.cancel_button):
            buttons.addWidget(b)
        layout.addLayout(buttons)

        self.choose_button.clicked.connect(self.choose_file)
        self.encoding.currentIndexChanged.connect(self._encoding_changed)
        self.delimiter.currentIndexChanged.connect(self._encoding_changed)
        self.template_button.clicked.connect(self.choose_template_path)
        self.member.currentIndexChanged.connect(lambda _i: self.check())
        self.recheck_button.clicked.connect(self.check)
        self.import_button.clicked.connect(self.commit)
        self.cancel_button.clicked.connect(self.reject)
        self.skip_bad.toggled.connect(lambda _c: self._update_buttons())
        self.problems.cellDoubleClicked.connect(self._goto_problem)
        self.data.itemChanged.connect(self._cell_edited)
        self.progressed.connect(self._on_progress)
        self._update_buttons()

    # -- loading --------------------------------------------------------------------------
    def choose_file(self) -> None:
        from yibao.ui.dialogs.files import ask_open_path

        chosen = ask_open_path(
            self,
            self.tr("选择缴费明细文件"),
            Path.home(),
            self.tr("表格文件 (*.csv *.xlsx *.txt);;所有文件 (*)"),
        )
        if chosen is not None:
            self.load_file(chosen)

    def _encoding_changed(self) -> None:
        if self.path is not None:
            self.load_file(self.path)

    def choose_template_path(self) -> None:
        from yibao.ui.dialogs.files import ask_save_path

        chosen = ask_save_path(
            self,
            self.tr("保存导入模板"),
            Path.home() / self.tr("缴费记录导入模板.csv"),
            self.tr("CSV 文件 (*.csv)"),
            ".csv",
        )
        if chosen is not None:
            self.save_template(chosen)

    def save_template(self, path: Path) -> None:
        """Write the CSV template to *path* (op thread)."""
        target = Path(path)
        if target.suffix.lower() != ".csv":
            target = target.with_name(target.name + ".csv")

        def work(_db: Database) -> Path:
            from yibao.services import history

            history.save_template(target)
            return target

        self.ctx.call(work, self._template_saved, self._failed)

    def _template_saved(self, path: Path) -> None:
        self.summary.setText(
            self.tr("模板已保存到 {path}。用 Excel 打开填好后，在这里选择它导入。").format(
                path=str(path)
            )
        )

    def load_file(self, path: Path) -> None:
        """Read *path* (op thread), then check it."""
        self.path = Path(path)
        self.file_label.setText(self.path.name)
        encoding = self.encoding.currentData()
        delimiter = self.delimiter.currentData()
        self._set_busy(True, self.tr("正在读取文件…"))

        def work(_db: Database) -> Table:
            from yibao.services import history

            return history.read_import_file(path, encoding, delimiter)

        self.ctx.call(work, self._file_read, self._failed)

    def _file_read(self, table: Table) -> None:
        from yibao.domain.importers import guess_layout

        self.table = table
        self.layout_ = guess_layout(table)
        if table.encoding is None:
            self.encoding_note.setText(
                self.tr("Excel 工作表“{sheet}”").format(sheet=table.sheet or "")
            )
        else:
            label = dict(ENCODINGS).get(table.encoding, table.encoding)
            mark = dtr(dict(DELIMITERS).get(table.delimiter or ",", ","))
            self.encoding_note.setText(
                self.tr("按 {encoding} 读取，分隔符：{delimiter}").format(
                    encoding=label, delimiter=mark
                )
            )
        self._fill_mapping()
        self._busy_off()
        self.check()

    def _fill_mapping(self) -> None:
        assert self.layout_ is not None
        self.mapping.setRowCount(0)
        for column, header in enumerate(self.layout_.headers):
            row = self.mapping.rowCount()
            self.mapping.insertRow(row)
            item = QTableWidgetItem(header or self.tr("（第 {n} 列，无标题）").format(n=column + 1))
            self.mapping.setItem(row, 0, item)
            combo = QComboBox(self.mapping)
            combo.setObjectName(f"map_{column}")
            combo.setAccessibleName(self.tr("“{h}”对应为").format(h=header))
            combo.addItem(self.tr("（不导入）"), None)
            for f in Field:
                combo.addItem(dtr(f.label), f.value)
            current = self.layout_.mapping[column]
            combo.setCurrentIndex(combo.findData(current.value) if current else 0)
            if current is None and header.strip():
                item.setBackground(QBrush(QColor("#fff4e0")))
                item.setToolTip(self.tr("认不出这一列，请指定它是什么，或保持“不导入”"))
            combo.currentIndexChanged.connect(lambda _i, c=column, w=combo: self._mapped(c, w))
            self.mapping.setCellWidget(row, 1, combo)

    def _mapped(self, column: int, combo: QComboBox) -> None:
        if self.layout_ is None:
            return
        value = combo.currentData()
        mapping = list(self.layout_.mapping)
        mapping[column] = Field(value) if value else None
        self.layout_ = dataclasses.replace(self.layout_, mapping=mapping)
        self.check()

    def set_mapping(self, column: int, field: Field | None) -> None:
        """Map a column (what the combo in the mapping table does)."""
        combo = self.mapping.cellWidget(column, 1)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(field.value) if field else 0)

    # -- checking -------------------------------------------------------------------------
    def check(self) -> None:
        """Validate every row against the chosen columns and what is saved (op thread)."""
        if self.table is None or self.layout_ is None or self.busy:
            return
        member_id = self.member.currentData()
        if member_id is None:
            return
        table, layout = self.table, self.layout_
        name = self.path.name if self.path else ""
        self._set_busy(True, self.tr("正在检查…"))

        def work(db: Database) -> ImportPreview:
            from yibao.services import history

            return history.preview_import(db, int(member_id), table, name, layout)

        self.ctx.call(work, self._checked, self._failed)

    def _checked(self, preview: ImportPreview) -> None:
        self.preview = preview
        self._busy_off()
        self._fill_problems(preview)
        self._fill_data(preview)
        errors = len(preview.validation.bad_lines - {0})
        warned = len({p.line for p in preview.problems if p.severity is Severity.WARNING} - {0})
        dup = len(preview.duplicates)
        if preview.file_errors:
            text = dtr(preview.file_errors[0].template, preview.file_errors[0].params)
        else:
            text = self.tr(
                "共 {total} 行：新增 {new} 行，与已保存的完全相同 {same} 行（不会改动），"
                "已有记录但内容不同 {dup} 行，有问题 {bad} 行。"
            ).format(
                total=preview.validation.total,
                new=preview.new,
                same=preview.unchanged,
                dup=dup,
                bad=errors,
            )
            if warned:
                text += self.tr("另有 {n} 行的数字看起来不对劲，请核对（仍可导入）。").format(
                    n=warned
                )
            if errors:
                text += self.tr("请在下方改正有问题的格子后点“重新检查”，或勾选“跳过有问题的行”。")
        self.summary.setText(text)
        self._update_buttons()

    def _fill_problems(self, preview: ImportPreview) -> None:
        self.problems.setRowCount(0)
        listed = preview.problems[:LISTED_PROBLEMS]
        for p in listed:
            row = self.problems.rowCount()
            self.problems.insertRow(row)
            line = QTableWidgetItem(self.tr("第 {n} 行").format(n=p.line) if p.line else "—")
            line.setData(Qt.ItemDataRole.UserRole, p.line)
            column = QTableWidgetItem(p.column)
            message = QTableWidgetItem(dtr(p.template, p.params))
            message.setToolTip(message.text())
            color = QColor(_ERROR_COLOR if p.severity is Severity.ERROR else _NOTICE_COLOR)
            for index, item in enumerate((line, column, message)):
                item.setForeground(QBrush(color))
                self.problems.setItem(row, index, item)
        if len(preview.problems) > len(listed):
            row = self.problems.rowCount()
            self.problems.insertRow(row)
            more = QTableWidgetItem(
                self.tr("……还有 {n} 个问题没有列出").format(n=len(preview.problems) - len(listed))
            )
            self.problems.setItem(row, 2, more)
        self.problems.resizeColumnToContents(0)
        self.problems.resizeColumnToContents(1)

    def _fill_data(self, preview: ImportPreview) -> None:
        assert self.table is not None and self.layout_ is not None
        self._filling = True
        try:
            headers = self.layout_.headers
            self.data.clear()
            self.data.setColumnCount(len(headers))
            self.data.setHorizontalHeaderLabels(headers)
            bad: dict[int, set[int]] = {}
            doubtful: dict[int, dict[int, str]] = {}
            for p in preview.problems:
                if not p.line:
                    continue
                column = headers.index(p.column) if p.column in headers else -1
                if p.severity is Severity.ERROR:
                    if p.line in bad or len(bad) < PREVIEW_PROBLEM_ROWS:
                        bad.setdefault(p.line, set()).add(column)
                elif p.severity is Severity.WARNING and len(doubtful) < PREVIEW_PROBLEM_ROWS:
                    doubtful.setdefault(p.line, {})[column] = dtr(p.template, p.params)
            start = self.layout_.header_index + 1
            lines = list(range(start + 1, min(len(self.table.rows), start + PREVIEW_ROWS) + 1))
            lines = sorted(set(lines) | set(bad) | set(doubtful))
            self._lines = lines
            self.data.setRowCount(len(lines))
            self.data.setVerticalHeaderLabels([str(n) for n in lines])
            for r, line in enumerate(lines):
                cells = self.table.rows[line - 1] if line - 1 < len(self.table.rows) else []
                for c in range(len(headers)):
                    value = cells[c] if c < len(cells) else None
                    item = QTableWidgetItem(_cell_text(value))
                    if c in bad.get(line, set()):
                        item.setBackground(QBrush(QColor("#ffe1a8")))
                    elif line in bad:
                        item.setBackground(QBrush(QColor("#fff4e0")))
                    elif line in doubtful:
                        item.setBackground(QBrush(QColor(_WARNING_CELL)))
                        notes = doubtful[line]
                        item.setToolTip(notes.get(c) or "\n".join(notes.values()))
                    self.data.setItem(r, c, item)
            self.data.resizeColumnsToContents()
        finally:
            self._filling = False

    def _cell_edited(self, item: QTableWidgetItem) -> None:
        if self._filling or self.table is None:
            return
        line = self._lines[item.row()]
        cells = self.table.rows[line - 1]
        while len(cells) <= item.column():
            cells.append(None)
        cells[item.column()] = item.text()
        self.summary.setText(self.tr("已修改，请点“重新检查”。"))
        self.import_button.setEnabled(False)

    def edit_cell(self, line: int, column: int, text: str) -> None:
        """Change a cell in the preview as the user would (then :meth:`check`)."""
        row = self._lines.index(line)
        item = self.data.item(row, column)
        assert item is not None
        item.setText(text)

    def _goto_problem(self, row: int, _column: int) -> None:
        line_item = self.problems.item(row, 0)
        col_item = self.problems.item(row, 1)
        if line_item is None or self.layout_ is None:
            return
        line = line_item.data(Qt.ItemDataRole.UserRole)
        if line not in self._lines:
            return
        headers = self.layout_.headers
        column = headers.index(col_item.text()) if col_item and col_item.text() in headers else 0
        target = self.data.item(self._lines.index(line), column)
        if target is not None:
            self.data.setCurrentItem(target)
            self.data.scrollToItem(target)
            self.data.setFocus()

    # -- commit ---------------------------------------------------------------------------
    def can_import(self) -> bool:
        p = self.preview
        if p is None or self.busy or p.file_errors:
            return False
        if p.errors and not self.skip_bad.isChecked():
            return False
        return bool(p.validation.rows)

    def _update_buttons(self) -> None:
        self.import_button.setEnabled(self.can_import())
        self.recheck_button.setEnabled(self.table is not None and not self.busy)

    def commit(self) -> None:
        preview = self.preview
        if preview is None or not self.can_import():
            return
        replace = self.replace_duplicates.isChecked()
        skip_bad = self.skip_bad.isChecked()
        self._set_busy(True, self.tr("正在保存…"))
        self.progress.setRange(0, max(preview.new + len(preview.duplicates), 1))
        self.progress.setValue(0)
        self.progress.show()
        emit = self.progressed.emit

        def work(db: Database) -> ImportResult:
            from yibao.services import history

            return history.commit_import(
                db, preview, replace_duplicates=replace, skip_bad_rows=skip_bad, progress=emit
            )

        self.ctx.call(work, self._committed, self._failed)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _committed(self, result: ImportResult) -> None:
        self.result_ = result
        self._busy_off()
        self.progress.hide()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from yibao.domain.importers import ImportFileError
        from yibao.services.errors import InvalidInput

        self._busy_off()
        self.progress.hide()
        if isinstance(exc, ImportFileError):
            self.summary.setText(dtr(exc.template, exc.params))
            self.table = None
            self.layout_ = None
            self.preview = None
            self.problems.setRowCount(0)
            self.data.setRowCount(0)
            self.mapping.setRowCount(0)
            self.encoding_note.setText("")
            self._update_buttons()
            return
        if isinstance(exc, InvalidInput):
            self.summary.setText(
                "；".join(dtr(e.template or e.message, e.params) for e in exc.errors)
            )
            self._update_buttons()
            return
        # not the importer's own error (a bug, or the disk): say so here, keep the dialog
        # usable, and report it the usual way
        self.summary.setText(
            self.tr("没能完成（{what}）。可以重新选择文件，或换一种编码、分隔符再试。").format(
                what=self._failure_text(exc)
            )
        )
        self.preview = None
        self._update_buttons()
        self.ctx.reporter.report(exc, self)

    def _failure_text(self, exc: BaseException) -> str:
        from yibao.services.errors import EnvironmentProblem

        if isinstance(exc, EnvironmentProblem):
            return dtr(exc.message)
        if isinstance(exc, OSError):
            return self.tr("无法读取或写入这个文件")
        return self.tr("程序出了问题，已记录到日志")

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        if text:
            self.summary.setText(text)
        self.data.setEnabled(not busy)
        self.mapping.setEnabled(not busy)
        self._update_buttons()

    def _busy_off(self) -> None:
        self._set_busy(False)

    @classmethod
    def ask(
        cls,
        ctx: AppContext,
        members: Sequence[Member],
        member_id: int | None = None,
        parent: QWidget | None = None,
    ) -> ImportResult | None:
        dialog = cls(ctx, members, member_id, parent)
        dialog.exec()
        return dialog.result_
