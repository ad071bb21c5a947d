"""The errors services raise for the UI, and the mapping of low-level database errors.

Messages are Chinese templates marked with ``QT_TRANSLATE_NOOP("services", …)``; ``message``
is the formatted text. The UI may translate ``template`` under ``context`` and format it with
``params``, or simply show ``message``.
"""

from __future__ import annotations

import dataclasses
import enum
import errno
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from yibao.domain.i18n import QT_TRANSLATE_NOOP
from yibao.domain.text import MSG_BROKEN_CHARACTER, has_broken_character

CONTEXT = "services"


@dataclass(frozen=True, slots=True)
class FieldError:
    """A problem with one input field; ``field`` is the ``Member``/form attribute name."""

    field: str
    message: str
    template: str = ""
    params: Mapping[str, str] = dataclasses.field(default_factory=dict, compare=False, hash=False)
    context: str = CONTEXT

    @classmethod
    def of(
        cls, field_name: str, template: str, context: str = CONTEXT, **params: str
    ) -> FieldError:
        return cls(field_name, template.format(**params), template, dict(params), context)


def text_errors(field_name: str, *texts: str) -> list[FieldError]:
    """A problem at *field_name* when any of *texts* holds a broken (half) character that
    could not be saved (see :mod:`yibao.domain.text`); else nothing."""
    if any(has_broken_character(text) for text in texts):
        return [FieldError.of(field_name, MSG_BROKEN_CHARACTER, "domain")]
    return []


#: Where a broken character reached the database without a field check (the last net).
TEXT_FIELD = "text"


class InvalidInput(Exception):
    """The user's input cannot be saved; ``errors`` says which fields and why."""

    def __init__(self, errors: FieldError | tuple[FieldError, ...] | list[FieldError]) -> None:
        self.errors: tuple[FieldError, ...] = (
            (errors,) if isinstance(errors, FieldError) else tuple(errors)
        )
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in self.errors))

    def for_field(self, name: str) -> tuple[FieldError, ...]:
        return tuple(e for e in self.errors if e.field == name)

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(e.field for e in self.errors))


class ProblemKind(enum.StrEnum):
    DISK_FULL = "disk_full"
    LOCKED = "locked"
    READ_ONLY = "read_only"
    CORRUPT = "corrupt"
    #: the data file is there but has zero bytes: its content was lost (not a new install)
    EMPTY_FILE = "empty_file"
    #: the data file exists but cannot be opened or read (permissions, I/O); not locked
    UNREADABLE = "unreadable"
    TOO_NEW = "too_new"
    MISSING_BACKUP = "missing_backup"
    IO = "io"


_MESSAGES: Mapping[ProblemKind, str] = {
    ProblemKind.DISK_FULL: QT_TRANSLATE_NOOP(
        "services",
        "磁盘空间已满，刚才的操作没有完成。之前保存的数据没有丢失。"
        "请清理磁盘空间后再试一次。数据文件位置：{path}",
    ),
    ProblemKind.LOCKED: QT_TRANSLATE_NOOP(
        "services",
        "数据文件正被另一个程序使用（可能同时打开了两个医保个人助手），刚才的操作没有完成。"
        "之前保存的数据没有丢失。请关闭其他窗口或程序后再试一次。数据文件位置：{path}",
    ),
    ProblemKind.READ_ONLY: QT_TRANSLATE_NOOP(
        "services",
        "数据文件或所在文件夹是只读的，刚才的修改无法保存。之前保存的数据没有丢失。"
        "请检查该文件夹的权限，或用 --data-dir 换一个可写的文件夹。数据文件位置：{path}",
    ),
    ProblemKind.CORRUPT: QT_TRANSLATE_NOOP(
        "services",
        "数据文件已损坏，或不是医保个人助手的数据文件，无法打开。软件没有修改或删除它。"
        "您可以在“设置”中从备份恢复（当前文件会被保留在原文件夹中）。数据文件位置：{path}",
    ),
    ProblemKind.EMPTY_FILE: QT_TRANSLATE_NOOP(
        "services",
        "数据文件是空的（0 字节），里面已经没有任何资料。常见原因是上次保存时断电、磁盘已满，"
        "或复制、同步文件时出了错。软件没有把它当作新安装重新开始，也没有修改或删除它。"
        "数据文件位置：{path}",
    ),
    ProblemKind.UNREADABLE: QT_TRANSLATE_NOOP(
        "services",
        "无法读取数据文件（可能是权限不足、磁盘故障或文件被移走），软件没有修改或删除它。"
        "请检查该文件和文件夹的权限后重新打开；也可以从备份恢复（原文件会被保留）。"
        "数据文件位置：{path}",
    ),
    ProblemKind.TOO_NEW: QT_TRANSLATE_NOOP(
        "services",
        "此数据库由更新版本的医保个人助手创建，请升级软件后再打开；为保护数据，本版本不会打开它。"
        "数据文件位置：{path}",
    ),
    ProblemKind.MISSING_BACKUP: QT_TRANSLATE_NOOP(
        "services",
        "找不到所选的备份文件，可能已被移动或删除。当前数据没有改动。备份文件：{path}",
    ),
    ProblemKind.IO: QT_TRANSLATE_NOOP(
        "services",
        "读写数据文件时出错（可能是磁盘故障、权限不足或文件被移走），刚才的操作没有完成。"
        "之前保存的数据没有丢失。请检查磁盘和文件夹权限后再试一次。数据文件位置：{path}",
    ),
}

#: Extra templates for situations that share a kind.
MSG_BACKUP_DAMAGED = QT_TRANSLATE_NOOP(
    "services",
    "所选备份文件已损坏或不是医保个人助手的备份，无法恢复。当前数据没有改动。备份文件：{path}",
)
MSG_BACKUP_TOO_NEW = QT_TRANSLATE_NOOP(
    "services",
    "所选备份由更新版本的医保个人助手创建，请升级软件后再恢复；当前数据没有改动。备份文件：{path}",
)


class EnvironmentProblem(Exception):
    """Something about the computer, not the input, stopped the action (DESIGN §5)."""

    def __init__(
        self,
        kind: ProblemKind,
        path: Path | None = None,
        *,
        template: str | None = None,
        detail: str = "",
    ) -> None:
        self.kind = kind
        self.path = path
        self.template = template if template is not None else _MESSAGES[kind]
        self.params: Mapping[str, str] = {"path": str(path) if path is not None else "—"}
        self.context = CONTEXT
        #: low-level reason, for the log only
        self.detail = detail
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)

    def __repr__(self) -> str:
        return f"EnvironmentProblem(kind={self.kind!r}, path={self.path!r}, detail={self.detail!r})"


_TEXT_KINDS: tuple[tuple[str, ProblemKind], ...] = (
    ("database is locked", ProblemKind.LOCKED),
    ("database table is locked", ProblemKind.LOCKED),
    ("database or disk is full", ProblemKind.DISK_FULL),
    ("attempt to write a readonly database", ProblemKind.READ_ONLY),
    ("readonly database", ProblemKind.READ_ONLY),
    ("file is not a database", ProblemKind.CORRUPT),
    ("database disk image is malformed", ProblemKind.CORRUPT),
    ("disk i/o error", ProblemKind.IO),
    ("unable to open database file", ProblemKind.IO),
)

_ERRNO_KINDS: Mapping[int, ProblemKind] = {
    errno.ENOSPC: ProblemKind.DISK_FULL,
    errno.EDQUOT: ProblemKind.DISK_FULL,
    errno.EACCES: ProblemKind.READ_ONLY,
    errno.EPERM: ProblemKind.READ_ONLY,
    errno.EROFS: ProblemKind.READ_ONLY,
    errno.EIO: ProblemKind.IO,
}


def _unwrap(exc: BaseException) -> BaseException:
    # SQLAlchemy's DBAPIError wraps the driver's exception in ``.orig``.
    orig = getattr(exc, "orig", None)
    return orig if isinstance(orig, BaseException) else exc


def broken_text_input(exc: BaseException) -> InvalidInput | None:
    """The user's problem behind a failed write of text with a broken character, if that is
    what *exc* is (``UnicodeEncodeError: … surrogates not allowed``)."""
    inner = _unwrap(exc)
    if isinstance(inner, UnicodeEncodeError) and "surrogate" in str(inner.reason):
        return InvalidInput(FieldError.of(TEXT_FIELD, MSG_BROKEN_CHARACTER, "domain"))
    return None


def translate_db_error(exc: BaseException, path: Path | None = None) -> EnvironmentProblem | None:
    """The environment problem behind a database or file error, or ``None`` if it is ours."""
    if isinstance(exc, EnvironmentProblem):
        return exc
    inner = _unwrap(exc)
    if isinstance(inner, OSError):
        kind = _ERRNO_KINDS.get(inner.errno or 0)
        if kind is None and isinstance(inner, PermissionError):
            kind = ProblemKind.READ_ONLY
        if kind is None:
            return None
        where = path or (Path(inner.filename) if isinstance(inner.filename, str) else None)
        return EnvironmentProblem(kind, where, detail=str(inner))
    text = str(inner).lower()
    if isinstance(inner, sqlite3.Error):
        for needle, kind in _TEXT_KINDS:
            if needle in text:
                return EnvironmentProblem(kind, path, detail=str(inner))
    return None


def environment_problem(exc: BaseException, path: Path) -> EnvironmentProblem:
    """Like :func:`translate_db_error`, but an I/O problem at *path* when no kind fits (for
    errors that can only come from the environment: file copies, backups, opening)."""
    return translate_db_error(exc, path) or EnvironmentProblem(
        ProblemKind.IO, path, detail=str(exc)
    )
