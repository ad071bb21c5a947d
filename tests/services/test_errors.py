from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from yibao.services.errors import (
    EnvironmentProblem,
    FieldError,
    InvalidInput,
    ProblemKind,
    translate_db_error,
)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("database is locked", ProblemKind.LOCKED),
        ("database or disk is full", ProblemKind.DISK_FULL),
        ("disk I/O error", ProblemKind.IO),
        ("attempt to write a readonly database", ProblemKind.READ_ONLY),
        ("file is not a database", ProblemKind.CORRUPT),
        ("database disk image is malformed", ProblemKind.CORRUPT),
    ],
)
def test_sqlite_texts(text: str, kind: ProblemKind) -> None:
    raw = sqlite3.OperationalError(text)
    problem = translate_db_error(raw, Path("/data/yibao.sqlite3"))
    assert problem is not None and problem.kind is kind
    assert "/data/yibao.sqlite3" in problem.message
    wrapped = OperationalError("INSERT ...", {}, raw)
    again = translate_db_error(wrapped)
    assert again is not None and again.kind is kind


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        (errno.ENOSPC, ProblemKind.DISK_FULL),
        (errno.EACCES, ProblemKind.READ_ONLY),
        (errno.EROFS, ProblemKind.READ_ONLY),
        (errno.EIO, ProblemKind.IO),
    ],
)
def test_os_errors(code: int, kind: ProblemKind) -> None:
    problem = translate_db_error(OSError(code, "x", "/data/f"))
    assert problem is not None and problem.kind is kind and problem.path == Path("/data/f")


@pytest.mark.parametrize(
    "exc",
    [
        sqlite3.OperationalError("no such table: members"),
        sqlite3.IntegrityError("UNIQUE constraint failed"),
        ValueError("database is locked"),  # not a database error at all
        OSError(errno.ENOENT, "missing"),
    ],
)
def test_our_bugs_are_not_translated(exc: BaseException) -> None:
    assert translate_db_error(exc) is None


def test_messages_say_nothing_was_lost() -> None:
    for kind in ProblemKind:
        problem = EnvironmentProblem(kind, Path("/p"))
        assert problem.message and "/p" in problem.message
        assert problem.template.format(**problem.params) == problem.message
        assert problem.context == "services"
    for kind in (ProblemKind.DISK_FULL, ProblemKind.LOCKED, ProblemKind.READ_ONLY):
        assert "没有丢失" in EnvironmentProblem(kind).message
    assert "此数据库由更新版本的医保个人助手创建" in EnvironmentProblem(ProblemKind.TOO_NEW).message


def test_invalid_input() -> None:
    err = FieldError.of("name", "姓名不能超过 {max} 个字", max="40")
    assert err.message == "姓名不能超过 40 个字" and err.params == {"max": "40"}
    exc = InvalidInput([err, FieldError("id_number", "x")])
    assert exc.fields == ("name", "id_number")
    assert exc.for_field("name") == (err,)
    assert InvalidInput(err).errors == (err,)
