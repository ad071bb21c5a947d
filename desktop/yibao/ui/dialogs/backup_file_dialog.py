"""The password of a backup file: set one when saving (optional), type it when restoring."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from yibao.ui.dialogs.failures import field_error_text
from yibao.ui.widgets.basics import grow_to_fit, label
from yibao.ui.widgets.forms import FieldErrors

#: the suffix of backup files saved by the user (any name is accepted when restoring)
SUFFIX = ".yibao-backup"


def ask_backup_path(parent: QWidget | None, *, save: bool, suggested: Path) -> Path | None:
    """Where to save the backup file, or which one to restore (``None``: cancelled)."""
    if save:
        title = QCoreApplication.translate("BackupFile", "保存备份到文件")
    else:
        title = QCoreApplication.translate("BackupFile", "选择要恢复的备份文件")
    pattern = QCoreApplication.translate(
        "BackupFile", "医保个人助手备份 (*{suffix} *.sqlite3);;所有文件 (*)"
    ).format(suffix=SUFFIX)
    if save:
        from yibao.ui.dialogs.files import ask_save_path

        return ask_save_path(parent, title, suggested, pattern, SUFFIX)
    from yibao.ui.dialogs.files import ask_open_path

    return ask_open_path(parent, title, suggested, pattern)


class BackupPasswordDialog(QDialog):
    """``saving``: an optional new password, typed twice. Otherwise: the file's password."""

    def __init__(
        self, parent: QWidget | None, *, saving: bool, problem: str = "", file_name: str = ""
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backupPasswordDialog")
        self.saving = saving
        self.password: str | None = None
        self.setWindowTitle(self.tr("备份文件的密码") if saving else self.tr("输入备份文件的密码"))
        # wide enough for the explanation at any text size; tall enough for its lines
        self.setMinimumWidth(max(460, self.fontMetrics().horizontalAdvance("测") * 30))
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        if saving:
            intro = self.tr(
                "备份文件里有全家人的身份证号和缴费记录。要拷到 U 盘、网盘或别的电脑，"
                "建议设一个密码：文件会被加密，没有密码谁也打不开。"
                "请记住这个密码，忘了就没有办法恢复。不设密码就留空。"
            )
        else:
            intro = self.tr("“{name}”设了密码，请输入保存备份时设的密码。").format(name=file_name)
        layout.addWidget(label(intro, self))
        form = QFormLayout()
        self.errors = FieldErrors()
        self.first = QLineEdit(self)
        self.first.setObjectName("password")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors.add_row(form, self.tr("密码"), "password", self.first)
        self.again = QLineEdit(self)
        self.again.setObjectName("password_again")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        if saving:
            self.errors.add_row(form, self.tr("再输一遍"), "password_again", self.again)
        else:
            self.again.hide()
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.first.textEdited.connect(lambda _t: self.errors.clear_field("password"))
        self.again.textEdited.connect(lambda _t: self.errors.clear_field("password_again"))
        if problem:
            self.errors.show([("password", problem)])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        grow_to_fit(self)

    def check(self) -> None:
        from yibao.services.backup_files import check_new_password

        first = self.first.text()
        if self.saving:
            problems = check_new_password(first, self.again.text())
            if problems:
                self.errors.show([(e.field, field_error_text(e)) for e in problems])
                return
        elif not first:
            self.errors.show([("password", self.tr("请输入密码"))])
            return
        self.password = first
        self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        saving: bool,
        problem: str = "",
        file_name: str = "",
    ) -> str | None:
        """The password (``""``: none, when saving), or ``None`` when cancelled."""
        dialog = cls(parent, saving=saving, problem=problem, file_name=file_name)
        dialog.exec()
        return dialog.password
